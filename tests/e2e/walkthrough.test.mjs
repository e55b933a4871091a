// Findings of a parent's walkthrough (December 2026), each through the real
// UI: the provider's own checks per service, the forecast's words against its
// chart, a forecast where few or no futures give a place, the step number of
// the hand-off, the receipt's wording and the focus after "calculate".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, useSiteAndBrowser } from "./harness.mjs";
import { answerTheRestNo, answerYesTheRestNo, choose, fillCase, next, step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

const at = (asOf, hash) => `${env.site.url}/index.html?nosw&as_of=${asOf}${hash}`;


async function providerChecks(page) {
  // The panel itself, not a risk's "Why?".
  await page.waitForSelector("#svc-risks > details");
  return page.$eval("#svc-risks > details", (d) => d.textContent);
}

test("order 414: the provider's own checks are the service's own refusal grounds, not every service's", async () => {
  const { page, context, log } = await open(env.browser, at("2026-12-15T10:00", "#/svc/00402002"));
  await step(page, "catalogue-service");
  // Guardianship certificate (Annex 2 row 9): no orientation ground, no approvals and expertise.
  let text = await providerChecks(page);
  assert.match(text, /reliable/, text);
  assert.doesNotMatch(text, /sexual orientation/, `00402002: ${text}`);
  assert.doesNotMatch(text, /Approvals and expert review/, `00402002: ${text}`);
  // School meals (Annex 17 row 9): no orientation ground.
  await page.goto(at("2026-12-15T10:00", "#/svc/00403008"));
  await step(page, "catalogue-service");
  await answerYesTheRestNo(page, ["family_receives_targeted_social_assistance"]);
  text = await providerChecks(page);
  assert.doesNotMatch(text, /sexual orientation/, `00403008: ${text}`);
  // Annex 17 row 9 item 3 is the negative approval or expertise.
  assert.match(text, /Approvals and expert review/, `00403008: ${text}`);
  // Adopters' registration (Annex 3 row 9 item 9) has the orientation ground.
  await page.goto(at("2026-12-15T10:00", "#/svc/00404004"));
  await step(page, "catalogue-service");
  await page.waitForSelector("#svc-questions");
  await answerTheRestNo(page);
  text = await providerChecks(page);
  assert.match(text, /sexual orientation/, `00404004: ${text}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

/** Steps 1–6 of a general-queue case, then the sample city at step 7. */
async function toSampleQueue(page, c = {}) {
  await fillCase(page, { childIin: "230510501239", ...c });
  await next(page, "documents");
  await next(page, "queue");
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-run-forecast");
}

test("the forecast's words say what its darker bars are, and name the tallest bar", async () => {
  const { page, context, log } = await open(env.browser, at("2026-11-30T10:00", "#/service"), { locale: "ru-RU" });
  await toSampleQueue(page);
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-chart", { timeout: 60000 });
  const bars = await page.$$eval("#kz-forecast-chart rect", (l) =>
    l.map((r) => ({ month: r.dataset.month, count: Number(r.dataset.count), likely: r.classList.contains("kz-bar-likely") })));
  const likely = bars.filter((b) => b.likely);
  const others = bars.filter((b) => !b.likely);
  assert.ok(likely.length > 0);
  const text = await page.textContent("#kz-forecast-likely");
  const legend = await page.textContent(".kz-chart-legend");
  // "The months of the tallest bars" is said only when it is true of the chart.
  const allTallest = Math.min(...likely.map((b) => b.count)) >= Math.max(0, ...others.map((b) => b.count));
  for (const t of [text, legend]) {
    if (!allTallest) assert.doesNotMatch(t, /самых высоких столбцов|чаще всего/, `the chart contradicts: ${t}`);
  }
  // The tallest bar is among the darker ones and named.
  const tallest = bars.reduce((a, b) => (b.count > a.count ? b : a));
  assert.ok(tallest.likely);
  const [y, m] = tallest.month.split("-");
  assert.ok(text.includes(`${m}.${y}`), `the tallest bar ${m}.${y} is named: ${text}`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a queue where no future gives a place: the share is said, no empty chart, no spread", async () => {
  const { page, context, log } = await open(env.browser, at("2026-11-30T10:00", "#/service"), { locale: "ru-RU", viewport: { width: 375, height: 812 } });
  await toSampleQueue(page, { childIin: "211115603213", settlement: "Алматы", sen: true, disorders: ["severe_speech"] });
  await page.selectOption("#kz-queue-choice", { index: 1 });
  await page.waitForSelector("#kz-position");
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-result", { timeout: 60000 });
  assert.match(await page.textContent("#kz-prob-by-date"), /: 0%/, "the case is one where no future gives a place");
  assert.equal(await page.locator("#kz-forecast-chart").count(), 0, "no chart without a bar");
  assert.equal(await page.locator("#kz-forecast-reliability").count(), 0, "no spread of dates that do not exist");
  assert.match(await page.textContent("#kz-forecast-never"), /10\u00a0000 из 10\u00a0000/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a queue where few futures give a place: the share without one is said, and the chart says it shows the others; at 375 px its labels do not touch", async () => {
  const { page, context, log } = await open(env.browser, at("2026-11-30T10:00", "#/service"), { locale: "ru-RU", viewport: { width: 375, height: 812 } });
  await toSampleQueue(page, { childIin: "211115603213", settlement: "Алматы", sen: true, disorders: ["severe_speech"] });
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-chart", { timeout: 60000 });
  const placed = await page.$$eval("#kz-forecast-chart rect", (l) => l.reduce((a, r) => a + Number(r.dataset.count), 0));
  assert.ok(placed > 0 && placed < 5000, `few futures with a place: ${placed}`);
  const never = String(10000 - placed).replace(/\B(?=(\d{3})+(?!\d))/g, "\u00a0");
  assert.match(await page.textContent("#kz-forecast-never"), new RegExp(`В ${never} из 10\u00a0000 вариантов места нет до \\d\\d\\.\\d\\d\\.\\d{4}`));
  assert.match(await page.textContent("#kz-forecast-chart-placed"), /только/);
  // No middle, early or late date is said: nothing to say how far to trust.
  assert.equal(await page.locator("#kz-forecast-reliability").count(), 0);
  assert.equal(await page.locator("#kz-forecast-chart line").count(), 0, "no line the legend does not explain");
  const boxes = await page.$$eval(".kz-tick", (l) => l.map((t) => t.getBoundingClientRect()).map((r) => [r.left, r.right]));
  assert.ok(boxes.length >= 2);
  for (let i = 1; i < boxes.length; i++) {
    assert.ok(boxes[i][0] >= boxes[i - 1][1] + 4, `labels ${i - 1} and ${i} touch: ${JSON.stringify(boxes)}`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("admission (7 steps): the documents step names the hand-off's real step number", async () => {
  for (const [locale, re, wrong] of [["ru-RU", /на шаге 7/, /шаге 8/], ["kk-KZ", /7-қадамда/, /8-қадам/], ["en-US", /step 7/, /step 8/]]) {
    const { page, context, log } = await open(env.browser, at("2026-11-23T10:00", "#/service"), { locale });
    await fillCase(page, { service: "00403002", channel: "provider_office", childIin: "210201610002" });
    await next(page, "documents");
    assert.equal(await page.locator('[data-status="awaits-consent"]').count() > 0, true);
    const t = await page.textContent("#kz-checklist");
    assert.match(t, re, `${locale}: ${t}`);
    assert.doesNotMatch(t, wrong, `${locale}: ${t}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

// Annex 19's receipt (Law on public services art. 20 p. 2) is a refusal for
// an incomplete set: a complete one escapes that refusal, and nothing in the
// order promises it is accepted.
test("order 414: a complete set is said to escape the refusal for an incomplete set, not to be accepted", async () => {
  for (const [locale, bad, good] of [["en-US", /it is accepted|should be accepted/, /refusal for an incomplete set does not apply/], ["ru-RU", /его примут\.|должны принять/, /отказ из-за неполного пакета к нему не относится/], ["kk-KZ", /ол қабылданады\.|қабылдануы тиіс/, /толық болмауына байланысты бас тарту оған қолданылмайды/]]) {
    const { page, context, log } = await open(env.browser, at("2026-12-15T10:00", "#/svc/00403009"), { locale });
    await step(page, "catalogue-service");
    await answerYesTheRestNo(page, ["family_receives_targeted_social_assistance", "child_in_state_education_institution", "child_birth_in_civil_registry"]);
    await page.click('label[for="svc-channel-state_corporation"]');
    await page.waitForSelector("#svc-receipt");
    const held = await page.$$eval('#svc-checklist input[id^="svc-held-"]', (l) => l.map((x) => x.id));
    for (const id of held) await page.check(`#${id}`);
    await page.waitForSelector('#svc-receipt[data-outcome="accepted"]');
    const t = await page.textContent("#svc-receipt-outcome");
    assert.doesNotMatch(t, bad, `${locale}: ${t}`);
    assert.match(t, good, `${locale}: ${t}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  }
});

test("step 7: 'calculate the forecast' pressed with Enter keeps the focus on the button", async () => {
  const { page, context, log } = await open(env.browser, at("2026-11-30T10:00", "#/service"), { locale: "kk-KZ", viewport: { width: 375, height: 812 } });
  await toSampleQueue(page);
  await page.focus("#kz-run-forecast");
  await page.keyboard.press("Enter");
  const seen = new Set();
  for (let i = 0; i < 15; i++) {
    seen.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName));
    await page.waitForTimeout(50);
  }
  await page.waitForSelector("#kz-forecast-result", { timeout: 60000 });
  seen.add(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName));
  assert.deepEqual([...seen], ["kz-run-forecast"], "focus never falls to the page");
  // A second Enter while it is busy starts nothing new and breaks nothing.
  assert.equal(await page.getAttribute("#kz-run-forecast", "aria-disabled"), "false");
  assert.deepEqual(log.errors, []);
  await context.close();
});

// The walkthrough of 01.12.2026: the portal's hint began with the provider's
// hours ("Рабочие дни, 09:00–18:30. Работает круглосуточно…"), saying both
// that it keeps hours and that it never closes. Annex 2 p. 7 sub. 3: the
// portal works around the clock; after the end of working time, on days off
// and holidays the application is accepted on the next working day.
test("ru: the portal's hint says it works around the clock and what the working hours change", async () => {
  const { page, context } = await open(env.browser, at("2026-11-23T10:00", "#/service"), { locale: "ru-RU" });
  await step(page, "service");
  const hint = await page.textContent("#channel-egov_portal-hint");
  assert.match(hint, /^Работает круглосуточно/, hint);
  assert.match(hint, /после окончания рабочего времени \(09:00–18:30\)/, hint);
  assert.doesNotMatch(hint, /Рабочие дни/, hint);
  await context.close();
});

// The walkthrough of 01.12.2026: consent given on one service was taken back
// on arriving at the next (consent is for one application) by answering it
// "no", and the rules then showed "no consent" (row 9, Law on personal data
// art. 8) as a ground for refusal before the parent reached the consent box.
// The box is required before the application is prepared: no verdict counts
// its absence against the parent.
test("kk: consent given on one service and taken back on the next is never a ground for refusal", async () => {
  const { page, context } = await open(env.browser, at("2026-11-23T10:00", "#/svc/00403008"), { locale: "kk-KZ" });
  await answerYesTheRestNo(page, ["family_receives_targeted_social_assistance"]);
  await page.check("#svc-consent");
  await page.goto(page.url().replace(/#.*$/, "#/svc/00404007"));
  await page.waitForSelector('#svc-about[data-code="00404007"]');
  await answerTheRestNo(page);
  await page.waitForSelector("#svc-risks");
  assert.equal(await page.locator('#svc-risks [data-risk="no-consent"]').count(), 0, await page.textContent("#svc-risks"));
  assert.equal(await page.isChecked("#svc-consent"), false, "consent is for one application");
  await context.close();
});

// The walkthrough of 01.12.2026: "-1" typed as the number of times queued
// became 0 without a word. It is said at the field, and the step waits.
test("ru: a number of times queued that is not a whole number is said, not taken as 0", async () => {
  const { page, context } = await open(env.browser, at("2026-11-23T10:00", "#/service"), { locale: "ru-RU" });
  await step(page, "service");
  await choose(page, "service-00403001");
  await choose(page, "channel-egov_portal");
  await next(page, "child");
  await page.fill("#child-iin", "230510512343");
  await page.fill("#child-settlement", "Астана");
  await page.fill("#child-times-queued", "-1");
  await page.click("#kz-next");
  await page.waitForSelector("#child-times-queued[aria-invalid=true]");
  assert.match(await page.textContent(".kz-step"), /целое число от 0 до 50/);
  assert.equal(await page.inputValue("#child-times-queued"), "-1", "what was typed stays");
  // Words reach the app too (a text field with a numeric keyboard, not a
  // number field that hands over "" for what it cannot read).
  await page.fill("#child-times-queued", "два");
  await page.click("#kz-next");
  await page.waitForSelector("#child-times-queued[aria-invalid=true]");
  assert.equal(await page.inputValue("#child-times-queued"), "два");
  await context.close();
});

// The walkthrough of 01.12.2026: for a child past the age limit (IIN of
// 1990) step 5 said "Queues the child can join: General — Shymkent, 1990"
// next to "the child can neither apply nor stay in the queue" (cl. 18).
test("ru: a child past the age limit is not told which queues they can join", async () => {
  const { page, context } = await open(env.browser, at("2026-11-23T10:00", "#/service"), { locale: "ru-RU" });
  await fillCase(page, { childIin: "900315410004", settlement: "Шымкент", applicantIin: "900314422336" });
  await page.waitForSelector('#kz-age[data-eligible="false"]');
  // No queues card at all (steps44: no list; steps46: "no queue" said once,
  // by the category card, not again by a queues card under it).
  assert.equal(await page.locator("#kz-queues, .kz-queue").count(), 0);
  const category = await page.textContent("#kz-category > h3");
  assert.doesNotMatch(await page.textContent(".kz-step"), /Шымкент, 1990/);
  // Born 1990: over the limit on every reading, said flatly (not "by Kezek's reading").
  assert.match(category, /^Нет очереди: по возрасту ребенок не будет стоять в очереди ни при каком прочтении приказа/, category);
  await context.close();
});

// The walkthrough of session 40 on a phone (390 px): step 1 was about three
// screens of hours and legal notes before "Next" (the timing card alone
// about 1,400 px). The card now shows what the parent acts on — when the
// application is received and the result due, the originals' day and which
// day is Kezek's reading — and folds Kezek's readings of the 30 minutes, of
// the portal's working time and of where the originals go behind a closed
// disclosure with a translated summary, each still there in full.
for (const [locale, summary] of [["kk-KZ", /^Kezek түсіндірмелері/], ["ru-RU", /^Толкования Kezek/], ["en-US", /^Kezek's readings/]]) {
  test(`${locale}, phone: step 1 folds Kezek's readings of the hours and the originals behind a disclosure`, async () => {
    const { page, context, log } = await open(env.browser, at("2026-11-23T10:00", "#/service"), { locale, viewport: { width: 390, height: 844 } });
    await step(page, "service");
    await choose(page, "service-00403001");
    await choose(page, "channel-egov_portal");
    await page.waitForSelector("#kz-timing-more");
    assert.match(await page.textContent("#kz-timing-more > summary"), summary);
    assert.equal(await page.$eval("#kz-timing-more", (d) => d.open), false, "closed until asked");
    for (const id of ["kz-timing-open-now", "kz-timing-portal-working-time", "kz-originals-where"]) {
      assert.equal(await page.locator(`#kz-timing-more #${id}`).count(), 1, id);
      assert.equal(await page.isVisible(`#${id}`), false, `${id} folded`);
    }
    for (const id of ["kz-timing-headline", "kz-originals-by", "kz-originals-reading"]) {
      assert.equal(await page.isVisible(`#${id}`), true, `${id} in sight`);
    }
    const card = await page.$eval("#kz-timing", (c) => c.getBoundingClientRect().height);
    assert.ok(card < 800, `the timing card is ${card} px high`);
    await page.click("#kz-timing-more > summary");
    assert.equal(await page.isVisible("#kz-originals-where"), true, "opened on asking");
    // The 30 minutes name the hours of the place the parent goes to: on the
    // portal, the education department's working day (Annex 2 p. 7 sub. 3).
    const openNow = await page.textContent("#kz-timing-open-now");
    assert.match(openNow, /18:30/, openNow);
    assert.doesNotMatch(openNow, /17:30|18:00|20:00/, openNow);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// The walkthrough of 05.12.2026 on a phone: step 1's timing card opened with
// an empty band, the card's padding plus its first paragraph's own margin.
// A card's first line starts at its padding, as a card with a heading does.
test("kk, phone: a card's first line starts at its padding, with no empty band above it", async () => {
  const { page, context, log } = await open(env.browser, at("2026-11-23T10:00", "#/service"), { locale: "kk-KZ", viewport: { width: 390, height: 844 } });
  await step(page, "service");
  await choose(page, "service-00403001");
  await choose(page, "channel-egov_portal");
  await page.waitForSelector("#kz-timing-headline");
  const gap = await page.$eval("#kz-timing", (card) => {
    const style = getComputedStyle(card);
    const inner = card.getBoundingClientRect().top + parseFloat(style.borderTopWidth) + parseFloat(style.paddingTop);
    return card.querySelector("#kz-timing-headline").getBoundingClientRect().top - inner;
  });
  assert.ok(Math.abs(gap) < 1, `the first line starts ${gap} px below the card's padding`);
  assert.deepEqual(log.errors, []);
  await context.close();
});
