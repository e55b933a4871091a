// Findings of a parent's walkthrough (December 2026), each through the real
// UI: the provider's own checks per service, the forecast's words against its
// chart, a forecast where few or no futures give a place, the step number of
// the hand-off, the receipt's wording and the focus after "calculate".
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, useSiteAndBrowser } from "./harness.mjs";
import { fillCase, next, step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

const at = (asOf, hash) => `${env.site.url}/index.html?nosw&as_of=${asOf}${hash}`;

/** "No" to every yes/no question of the service screen not answered yet. */
async function answerTheRestNo(page) {
  const unanswered = await page.$$eval('#svc-questions input[type="radio"][value="no"]', (l) =>
    l.filter((r) => !document.querySelector(`input[name="${r.name}"]:checked`)).map((r) => r.id));
  for (const id of unanswered) await page.check(`#${id}`);
}

async function providerChecks(page) {
  await page.waitForSelector("#svc-risks details");
  return page.$eval("#svc-risks details", (d) => d.textContent);
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
  await page.waitForSelector("#q-family_receives_targeted_social_assistance-yes");
  await page.check("#q-family_receives_targeted_social_assistance-yes");
  await answerTheRestNo(page);
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
