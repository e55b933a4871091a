// Keyboard only: a parent who cannot use a mouse completes the first steps
// with Tab, Space and Enter; focus moves to each step's heading; the page
// works at 320 px wide (no horizontal scrolling).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, screenshot, useSiteAndBrowser } from "./harness.mjs";
import { appUrl, step } from "./wizard.mjs";

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

test("at 320 px wide nothing scrolls sideways", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site, "#/family"), { viewport: { width: 320, height: 640 } });
  await step(page, "family");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `horizontal overflow of ${overflow}px`);
  await screenshot(page, "keyboard-family-320");
  await context.close();
});
