// The draft survives a reload; "erase my data" leaves nothing in storage;
// every step renders in every language without an untranslated id; screenshots
// of every step at 1280 and 375 px for reviewers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, screenshot, useSiteAndBrowser } from "./harness.mjs";
import { appUrl, assertNoRawIds, fillCase, step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });
const STEPS = ["service", "child", "applicant", "family", "result", "documents", "queue", "handoff"];

test("a reload mid-flow finds the answers intact", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site));
  await fillCase(page, { childIin: "230510512343", family: ["large_family"] });
  await page.reload();
  await step(page, "result");
  assert.equal(await page.getAttribute("#kz-category", "data-category"), "first_priority");
  await page.goto(page.url().replace(/#.*$/, "#/child"));
  await step(page, "child");
  assert.equal(await page.inputValue("#child-iin"), "230510512343");
  assert.equal(await page.inputValue("#child-settlement"), "Астана");
  await context.close();
});

// Step 8's consent is a controlled box (checked from the draft, set again on
// every render). One click — not Playwright's check(), not a second try —
// must hold through what re-renders the step: the application it makes ready
// (the box below it changes), another language, leaving the step and coming
// back, and a reload (steps46).
test("step 8: one click on the consent holds through re-renders and a reload", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site));
  await fillCase(page, { childIin: "230510512343" });
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  assert.equal(await page.isChecked("#consent"), false);
  await page.waitForSelector("#kz-not-ready");
  await page.click("#consent");
  assert.equal(await page.isChecked("#consent"), true, "right after the click");
  // The consent makes the application ready: step 8 re-renders below the box.
  await page.waitForSelector("#kz-confirmation");
  assert.equal(await page.isChecked("#consent"), true, "after the re-render it brought");
  assert.equal(await page.evaluate(() => JSON.parse(localStorage.getItem("kezek.draft")).consent), true, "saved");
  await page.click("#kz-lang-en");
  await page.waitForSelector('#kz-lang-en[aria-pressed="true"]');
  assert.equal(await page.isChecked("#consent"), true, "after another language");
  await page.goto(page.url().replace(/#.*$/, "#/queue"));
  await step(page, "queue");
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  assert.equal(await page.isChecked("#consent"), true, "after leaving the step and coming back");
  await page.reload();
  await step(page, "handoff");
  assert.equal(await page.isChecked("#consent"), true, "after a reload");
  await page.waitForSelector("#kz-confirmation");
  await context.close();
});

test("erase my data empties the storage", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site));
  await fillCase(page, { childIin: "230510512343" });
  assert.ok(await page.evaluate(() => localStorage.getItem("kezek.draft")), "draft stored");
  page.on("dialog", (d) => d.accept());
  await page.click("#kz-erase");
  // Back to the first screen, nothing kept; the wizard starts empty.
  await step(page, "start");
  const keys = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kezek.")));
  assert.deepEqual(keys, []);
  await page.click("#need-kindergarten");
  await step(page, "service");
  assert.equal(await page.isChecked("#service-00403001"), false);
  await context.close();
});

for (const [lang, locale] of [["kk", "kk-KZ"], ["ru", "ru-RU"], ["en", "en-US"]]) {
  test(`every step in ${lang} has all its messages (and screenshots)`, async () => {
    for (const [width, height] of [[1280, 900], [375, 812]]) {
      const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: { width, height } });
      await fillCase(page, { childIin: "230510512343", family: ["teacher"] });
      assert.equal(await page.getAttribute("html", "lang"), lang);
      for (const slug of STEPS) {
        await page.goto(page.url().replace(/#.*$/, `#/${slug}`));
        await step(page, slug);
        await assertNoRawIds(page, `${lang} ${slug}`);
        if (width === 1280 || lang === "kk") await screenshot(page, `step-${STEPS.indexOf(slug) + 1}-${slug}-${lang}-${width}`);
      }
      await context.close();
    }
  });
}

test("the language switcher changes the language and remembers it", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "en-US" });
  await step(page, "service");
  await page.click("#kz-lang-ru");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  assert.match(await page.textContent("#kz-step-title"), /Какая услуга/);
  await page.reload();
  await step(page, "service");
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  await context.close();
});
