// Keyboard only: a parent who cannot use a mouse completes the first steps
// with Tab, Space and Enter; focus moves to each step's heading; the page
// works at 320 px wide (no horizontal scrolling).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, screenshot, useSiteAndBrowser } from "./harness.mjs";
import { appUrl, next, step, walkToApplicant } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`could not reach ${selector} with Tab`);
}

test("the service step and the child step can be completed with the keyboard alone", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site));
  await step(page, "service");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-step-title", "focus starts on the step heading");
  await tabTo(page, "#service-00403001");
  await page.keyboard.press("Space");
  await tabTo(page, 'input[name="channel"]');
  const checkedChannel = () => page.evaluate(() => document.querySelector('input[name="channel"]:checked')?.id);
  await page.keyboard.press("Space");
  const first = await checkedChannel();
  assert.ok(first, "Space checks the focused channel");
  // Arrow keys move within a radio group, checking the channel they reach.
  await page.keyboard.press("ArrowDown");
  await page.waitForFunction((f) => document.querySelector('input[name="channel"]:checked')?.id !== f, first, { timeout: 2000 }).catch(() => {});
  const second = await checkedChannel();
  assert.ok(second && second !== first, `ArrowDown moved the checked channel (from ${first} to ${second})`);
  assert.equal(await page.evaluate(() => document.activeElement?.id), second, "focus moved with it");
  await tabTo(page, "#kz-next");
  await page.keyboard.press("Enter");
  await step(page, "child");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-step-title", "focus moved to the new heading");
  await tabTo(page, "#child-iin");
  await page.keyboard.type("230510512343");
  await page.waitForSelector("#kz-iin-live.kz-derived");
  await tabTo(page, "#child-settlement");
  await page.keyboard.type("Астана");
  await tabTo(page, "#kz-next");
  await page.keyboard.press("Enter");
  await step(page, "applicant");
  await context.close();
});

// The family step lists Annex 1's boxes in the form's order, each with its
// "Why?", and "none of these" (box 10) last: a parent with no priority
// ground Tabbed through every box and every "Why?" (20 stops) to reach Next.
// Counted from the step's first control: the way to box 10 it offers (a
// link, activated with Enter), then Tab to box 10, Space, Tab to Next.
test("a parent with no priority ground reaches Next from the family step's first control in a few Tab presses", async (t) => {
  const { page, context } = await open(env.browser, appUrl(env.site));
  await walkToApplicant(page, { childIin: "230510512343" });
  await next(page, "family");
  await assertAccessible(page, "family step");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-step-title", "focus starts on the step heading");
  const focused = () => page.evaluate(() => {
    const a = document.activeElement;
    return { id: a?.id || "", tag: a?.tagName || "", text: (a?.textContent || "").trim() };
  });
  await page.keyboard.press("Tab");
  const first = await focused();
  // A link or button first is the step's way past the boxes: follow it.
  if (first.tag === "A" || first.tag === "BUTTON") await page.keyboard.press("Enter");
  let tabs = 0;
  const tabUntil = async (id) => {
    while ((await focused()).id !== id) {
      assert.ok(tabs < 60, `could not reach #${id} with Tab`);
      await page.keyboard.press("Tab");
      tabs++;
    }
  };
  await tabUntil("family-none");
  await page.keyboard.press("Space");
  await tabUntil("kz-next");
  t.diagnostic(`${tabs} Tab presses from the first control to Next`);
  assert.ok(tabs <= 3, `${tabs} Tab presses from the family step's first control (${first.tag} ${first.id || first.text}) to Next`);
  const chosen = await page.evaluate(() => [...document.querySelectorAll('.kz-step[data-step="family"] input[type="checkbox"]:checked')].map((i) => i.id));
  assert.deepEqual(chosen, ["family-none"], "box 10 alone is chosen");
  await page.keyboard.press("Enter");
  await step(page, "result");
  await context.close();
});

test("at 320 px wide nothing scrolls sideways", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site, "#/family"), { viewport: { width: 320, height: 640 } });
  await step(page, "family");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  await screenshot(page, "keyboard-family-320");
  await context.close();
});

// Order 414's follow-up questions (the marriage's registry question, the
// marriage abroad) come and go with the answer they are about. A parent on
// the keyboard who answers "married: no" with Space must not be left on
// another question: before the questions were keyed, the list was
// re-rendered by position and the focus landed on another question's radio
// (q-applicant_is_legal_representative-no), where the next key would have
// changed an answer the parent had not meant to touch. Nor on the page: the
// legend beside the keyed questions made the list compared by position, the
// answered radio was re-created and the focus fell to <body>.
test("a question that hides its follow-ups keeps the keyboard on the answer given (order 414)", async () => {
  const { page, context } = await open(env.browser, `${env.site.url}/index.html?nosw&as_of=2026-12-15T10:00#/svc/00402013`, { locale: "ru-RU" });
  await page.waitForSelector("#q-married-no");
  await page.click("#q-applicant_is_legal_representative-yes");
  // A follow-up waits for the answer it follows: shown after "married: yes".
  assert.equal(await page.locator("#q-married_abroad-no").count(), 0, "the follow-up waits while the marriage is unanswered");
  await page.click("#q-married-yes");
  await page.waitForSelector("#q-married_abroad-no");
  await page.focus("#q-married-no");
  await page.keyboard.press("Space");
  await page.waitForSelector("#q-married-no:checked");
  await page.waitForFunction(() => !document.querySelector("#q-married_abroad-no"));
  const active = await page.evaluate(() => document.activeElement?.id || document.activeElement?.nodeName || "");
  assert.equal(active, "q-married-no", "the keyboard stays on the answer given");
  // The next key goes on from there: Tab leaves the radio group for the next question.
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => document.activeElement?.id || "");
  assert.ok(next.startsWith("q-") && !next.startsWith("q-married-"), `Tab goes on to the next question: ${next}`);
  assert.equal(await page.evaluate(() => document.querySelector("#q-applicant_is_legal_representative-yes").checked), true);
  await context.close();
});
