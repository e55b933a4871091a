// Admission with a referral in hand (00403002) at the preschool: the Annex 4
// list, the referral's 5 working days, and the hand-off.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, useSiteAndBrowser } from "./harness.mjs";
import { appUrl, fillCase, next, type } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

test("admission with a referral: the referral is valid five working days", async () => {
  const { page, context, log } = await open(env.browser, appUrl(env.site));
  await fillCase(page, { service: "00403002", channel: "provider_office", childIin: "210201610002" });
  await next(page, "documents");
  const referral = '[data-doc="referral"]';
  assert.equal(await page.getAttribute(referral, "data-status"), "missing");
  await page.check("#held-referral");
  await type(page, "#issued-referral", "2026-11-20");
  // Fri 20 Nov 2026 + 5 working days = Fri 27 Nov 2026: four days left, so "expires soon".
  await page.waitForSelector(`${referral}[data-status="expires-soon"]`);
  assert.match(await page.textContent(referral), /27\.11\.2026/);
  // Annex 4 p. 2: admission is not offered at the State Corporation.
  await page.goto(page.url().replace(/#.*$/, "#/service"));
  await page.waitForSelector('.kz-step[data-step="service"]');
  assert.equal(await page.isDisabled("#channel-state_corporation"), true);
  assert.deepEqual(log.errors, []);
  await context.close();
});
