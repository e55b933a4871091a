// Step 1 on a phone (session 42): at 390x844 the wizard's «Далее» was 2.4
// screens down (its bottom at 2,021 px in ru, 2,080 px in kk), under the
// header, the as-of banner, the list of the eight steps (149 px) and the
// radio groups' boxes. On a phone (web/styles.css, max-width: 30rem) the
// name and the language switch now share a line, the step list is
// "Step 1 of 8" with a button that opens it (components/progress.rs), the
// heading's "Step 1:" is left to screen readers, and the groups have no box
// of their own; a wider screen is unchanged.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, useSiteAndBrowser } from "./harness.mjs";
import { appUrl, choose, next, step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });
const PHONE = { width: 390, height: 844 };

/** Step 1 with the queue and the portal chosen (the readings folded). */
async function stepOne(locale, viewport = PHONE) {
  const { page, context, log } = await open(env.browser, appUrl(env.site), { locale, viewport });
  await step(page, "service");
  await choose(page, "service-00403001");
  await choose(page, "channel-egov_portal");
  await page.waitForSelector("#kz-timing-more");
  return { page, context, log };
}

const box = (page, selector) =>
  page.$eval(selector, (e) => {
    const r = e.getBoundingClientRect();
    return { top: r.top + scrollY, bottom: r.bottom + scrollY, width: r.width, height: r.height };
  });

const LANGS = [
  ["kk-KZ", "8 қадамның 1-қадамы", "1-қадам:", "Барлық қадамдар"],
  ["ru-RU", "Шаг 1 из 8", "Шаг 1:", "Все шаги"],
];

for (const [locale, count, number, all] of LANGS) {
  test(`${locale}, phone 390x844: step 1's question is on the first screen and «Next» within one screen of scrolling`, async () => {
    const { page, context, log } = await stepOne(locale);
    const first = await box(page, 'label[for="service-00403001"]');
    assert.ok(first.bottom <= PHONE.height, `the first answer ends ${first.bottom} px down, below the first screen`);
    const above = await box(page, ".kz-step");
    assert.ok(above.top <= 260, `the step starts ${above.top} px down (the header, the as-of banner and the step list above it)`);
    const nextButton = await box(page, "#kz-next");
    // Measured with this layout: 1,581 (kk) and 1,537 (ru); before it 2,080 and 2,021.
    assert.ok(nextButton.bottom <= 2 * PHONE.height, `«Next» ends ${nextButton.bottom} px down, more than one screen of scrolling`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${locale}, phone: the step list is "${count}" and a button that opens it; the heading still says the step to a screen reader`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale, viewport: PHONE });
    await step(page, "service");
    assert.equal((await page.textContent(".kz-progress-count")).trim(), count);
    assert.equal(await page.isVisible(".kz-progress-count"), true);
    const toggle = page.locator("#kz-progress-toggle");
    assert.equal(await toggle.isVisible(), true, "the button is shown on a phone");
    assert.equal((await toggle.textContent()).trim(), all);
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await toggle.getAttribute("aria-controls"), "kz-progress-list");
    assert.equal(await page.isVisible("#kz-progress-list"), false, "the list folded until asked");
    // The heading: the step's number is in its text (what a screen reader
    // says when the focus lands on it), not drawn twice on the screen.
    assert.ok((await page.textContent("#kz-step-title")).trim().startsWith(number), await page.textContent("#kz-step-title"));
    assert.ok((await box(page, "#kz-step-title .kz-step-number")).width <= 1, "the number is visually hidden");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-step-title", "focus starts on the heading");
    // The keyboard: the button is just before the heading; Enter opens the
    // list with the current step marked.
    await page.keyboard.press("Shift+Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-progress-toggle");
    await page.keyboard.press("Enter");
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.equal(await page.isVisible("#kz-progress-list"), true, "opened on asking");
    assert.equal(await page.locator('#kz-progress-list [aria-current="step"]').count(), 1);
    assert.equal(await page.locator("#kz-progress-list li").count(), 8);
    await assertAccessible(page, `${locale} step 1 on a phone, the step list open`);
    await page.keyboard.press("Enter");
    assert.equal(await page.isVisible("#kz-progress-list"), false, "folded again");
    await assertAccessible(page, `${locale} step 1 on a phone, the step list folded`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// At 390 px «Әрі қарай» wrapped to two lines beside «← Басқа қызмет таңдау»
// (steps43): "Next" keeps one line, the link beside it wraps (web/styles.css,
// .kz-nav and #kz-next), on 320 px too, and nothing is wider than the screen.
for (const [locale, width] of [["kk-KZ", 390], ["ru-RU", 390], ["kk-KZ", 320]]) {
  test(`${locale}, ${width} px: «Next» stays on one line beside «← choose another service»`, async () => {
    const { page, context, log } = await stepOne(locale, { width, height: 844 });
    const next = await box(page, "#kz-next");
    const lines = await page.$eval("#kz-next", (b) => Math.round(b.getBoundingClientRect().height / parseFloat(getComputedStyle(b).lineHeight || "24")));
    assert.ok(next.height < 60, `«Next» is ${next.height} px tall (${lines} lines)`);
    const back = await box(page, "#kz-to-start");
    assert.ok(Math.abs(back.top + back.height / 2 - (next.top + next.height / 2)) < 2, "the two are centred on each other");
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, "nothing wider than the screen");
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// With 150 % text (a phone's large font) «Әрі қарай» beside «Артқа» ran past
// the nav at 390 px (steps44): at 390 px the two share a row inside it; at
// 360 px, where they cannot, «Next» takes a row of its own, right-aligned.
for (const [width, oneRow] of [[390, true], [360, false]]) {
  test(`kk-KZ, ${width} px, 150 % text: «Әрі қарай» stays inside the nav`, async () => {
    const { page, context, log } = await stepOne("kk-KZ", { width, height: 844 });
    await next(page, "child");
    // CSSOM, which the CSP allows (no inline style).
    await page.evaluate(() => { document.documentElement.style.fontSize = "150%"; });
    const [nav, nextButton, back] = await Promise.all(["nav.kz-nav", "#kz-next", "#kz-back"].map((s) => box(page, s)));
    const right = (s) => page.$eval(s, (e) => e.getBoundingClientRect().right);
    assert.ok((await right("#kz-next")) <= (await right("nav.kz-nav")) + 0.5, "«Next» ends inside the nav");
    assert.ok((await right("#kz-back")) <= (await right("nav.kz-nav")) + 0.5, "«Back» ends inside the nav");
    assert.ok(nextButton.top >= nav.top && nextButton.bottom <= nav.bottom + 0.5, "«Next» inside the nav's height");
    assert.equal(Math.abs(back.top + back.height / 2 - (nextButton.top + nextButton.height / 2)) < 2, oneRow, `one row at ${width} px: ${oneRow}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// With 150 % text (a phone's large font) at 360 px the language switch ran
// to 385 px, «English» past the screen's edge (review45): its buttons wrap
// onto a second row (web/styles.css, .kz-lang), each inside the screen.
test("kk-KZ, 360 px, 150 % text: the language switch's three buttons stay inside the screen", async () => {
  const { page, context, log } = await open(env.browser, appUrl(env.site), { locale: "kk-KZ", viewport: { width: 360, height: 800 } });
  await step(page, "service");
  // CSSOM, which the CSP allows (no inline style).
  await page.evaluate(() => { document.documentElement.style.fontSize = "150%"; });
  const screen = await page.evaluate(() => document.documentElement.clientWidth);
  const buttons = await page.$$eval("main.kz-app:not(#kz-static) .kz-lang button", (bs) =>
    bs.map((b) => { const r = b.getBoundingClientRect(); return { id: b.id, left: r.left, right: r.right }; }));
  assert.deepEqual(buttons.map((b) => b.id), ["kz-lang-kk", "kz-lang-ru", "kz-lang-en"]);
  for (const b of buttons) assert.ok(b.left >= -0.5 && b.right <= screen + 0.5, `${b.id} spans ${b.left}-${b.right} px on a ${screen} px screen`);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), true, "nothing wider than the screen");
  assert.deepEqual(log.errors, []);
  await context.close();
});

// A date input draws the browser's format: an en-US Chromium showed
// «mm/dd/yyyy» in the kk birth-date box (steps43). The field's own line says
// day.month.year with an example and what mm/dd/yyyy asks first, then the
// date entered as the page writes it.
test("kk, phone: the birth date says day.month.year beside the browser's mm/dd/yyyy, then the date entered", async () => {
  const { page, context, log } = await stepOne("kk-KZ");
  await next(page, "child");
  const line = await page.textContent("#child-birth-date-format");
  assert.match(line, /10\.05\.2023.*mm\/dd\/yyyy.*айды \(mm\)/, line);
  assert.match(await page.getAttribute("#child-birth-date", "aria-describedby"), /child-birth-date-format/);
  await page.fill("#child-birth-date", "2023-05-10");
  await page.waitForFunction(() => /Енгізілгені: 10\.05\.2023/.test(document.querySelector("#child-birth-date-format")?.textContent ?? ""));
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("ru, phone: on step 2 the opened list links back to step 1 by keyboard, and step 1 starts with the list folded", async () => {
  const { page, context, log } = await stepOne("ru-RU");
  await next(page, "child");
  assert.equal(await page.isVisible("#kz-progress-list"), false);
  await page.focus("#kz-progress-toggle");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.getAttribute("href")), "#/service", "the reached step is a link");
  await page.keyboard.press("Enter");
  await step(page, "service");
  assert.equal(await page.getAttribute("#kz-progress-toggle", "aria-expanded"), "false");
  assert.equal(await page.isVisible("#kz-progress-list"), false);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("ru, desktop: the step list, the count and the heading's number are shown as before; no button", async () => {
  const { page, context, log } = await stepOne("ru-RU", { width: 1280, height: 900 });
  assert.equal(await page.isVisible("#kz-progress-toggle"), false);
  assert.equal(await page.isVisible("#kz-progress-list"), true);
  assert.equal(await page.isVisible("#kz-step-title .kz-step-number"), true);
  assert.ok((await box(page, "#kz-step-title .kz-step-number")).width > 20);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// The family services' screen has the same header: its name and language
// switch on one line on a phone (156-180 px high before, 87 now in kk).
test("kk, phone: a family service's header takes one line and the tagline", async () => {
  const { page, context, log } = await open(env.browser, appUrl(env.site, "#/svc/00402002"), { locale: "kk-KZ", viewport: PHONE });
  await page.waitForSelector("main.kz-app:not(#kz-static) #svc-eligibility");
  const [h1, lang, header] = [await box(page, ".kz-header h1"), await box(page, ".kz-lang"), await box(page, ".kz-header")];
  assert.ok(Math.abs(h1.top + h1.height / 2 - (lang.top + lang.height / 2)) < 4, "the name beside the language switch");
  assert.ok(header.height <= 110, `the header is ${header.height} px high`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// A legend of several lines (step 2's sanatorium question: five lines at
// 360 px, three at 520) was crossed by its box's top border at its middle
// line (walk 42, p1-sanatorium-legend). The legend is floated into the box
// (web/styles.css): on a phone, where the box has no border, and wider.
for (const width of [360, 520, 1280]) {
  test(`kk, ${width} px: step 2's legends sit inside their boxes, not across the top border`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale: "kk-KZ", viewport: { width, height: 800 } });
    await step(page, "service");
    await choose(page, "service-00403001");
    await choose(page, "channel-state_corporation");
    await next(page, "child");
    await page.waitForSelector("legend");
    const crossed = await page.$$eval("main.kz-app:not(#kz-static) fieldset > legend", (legends) =>
      legends
        .filter((l) => {
          const box = l.parentElement.getBoundingClientRect();
          const border = parseFloat(getComputedStyle(l.parentElement).borderTopWidth);
          return l.getBoundingClientRect().top < box.top + border - 0.5;
        })
        .map((l) => l.textContent),
    );
    assert.deepEqual(crossed, []);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
