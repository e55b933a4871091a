// Issue 17, "Done when": the walkthrough's scenarios 2–6 walked like a parent
// at 375 px in kk and ru (scenario 1 is journey.test.mjs). Every screen is
// checked by axe-core, for English words and for horizontal scroll; each walk
// ends on the confirmation page with the channel's next steps, and asserts
// what a parent is shown on the way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { open, screenshot, useSiteAndBrowser } from "./harness.mjs";
import { PHONE, overflowsWidth, walkToDocuments, walker } from "./parent.mjs";
import { step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });
const LANGS = [["kk", "kk-KZ"], ["ru", "ru-RU"]];
const url = (asOf, hash = "#/service") => `${env.site.url}/index.html?nosw&as_of=${asOf}${hash}`;

/** Step 8: consent, then the confirmation page of `channel`. */
async function confirm(w, page, channel) {
  await step(page, "handoff");
  await w.check("handoff");
  await w.click('label[for="consent"]');
  await page.waitForSelector("#kz-confirmation");
  assert.equal(await page.getAttribute("#kz-confirmation", "data-channel"), channel);
  assert.ok(await page.locator("#kz-nothing-sent").isVisible(), "the parent is told nothing was sent");
  if (channel === "egov_portal") {
    assert.ok(await page.locator("#kz-egov-link").isVisible(), "the link to the service on egov.kz");
  } else {
    assert.ok((await page.$$eval("#kz-done-bring li", (l) => l.length)) > 1, "what to bring");
    assert.ok(await page.locator("#kz-print").isVisible(), "the printed application");
  }
  assert.equal(await page.locator("#kz-handoff").count(), 0, "no hand-off to a page that did not open Kezek");
  await w.check("handoff", "confirmation");
}

for (const [lang, locale] of LANGS) {
  test(`${lang}: scenario 2 — a serviceman's expired certificate: as a general applicant, warned before the hand-off, then the education department's next steps`, async () => {
    const { page, context, log } = await open(env.browser, url("2026-11-23T10:00"), { locale, viewport: PHONE });
    const w = walker(page, lang);
    await walkToDocuments(w, page, {
      service: "00403001",
      channel: "provider_office",
      child: { iin: "230612510004", settlement: "Астана" },
      applicant: { name: "Иванов Сергей", phone: "8 701 123 45 67" },
      family: ["serviceman"],
      at: {
        result: async () => assert.equal(await page.getAttribute("#kz-category", "data-category"), "out_of_turn"),
      },
    });
    await w.click('label[for="held-service_workplace_certificate"]');
    await w.fill("#issued-service_workplace_certificate", "2026-10-10");
    await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="expired"]');
    assert.match(await page.textContent('[data-doc="service_workplace_certificate"]'), /10\.11\.2026/, "the day it expired");
    await w.check("documents", "expired certificate");
    await w.click("#kz-next");
    await step(page, "queue");
    await w.click("#kz-load-sample");
    await page.waitForSelector("#kz-if-not-proven");
    assert.match(await page.textContent("#kz-if-not-proven"), /\d+/, "the place as a general applicant");
    await w.check("queue");
    await w.click("#kz-next");
    await step(page, "handoff");
    assert.ok(await page.locator("#kz-handoff-warning").isVisible(), "warned before preparing");
    await confirm(w, page, "provider_office");
    assert.match(await page.textContent("#kz-done-hours"), /\d\d:\d\d/);
    await screenshot(page, `scenario2-${lang}-375-confirmation`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: scenario 3 — an SEN child with a PMPC conclusion: both queues in words, the queue step says what to do, the print names both queues`, async () => {
    const { page, context, log } = await open(env.browser, url("2026-11-23T10:00"), { locale, viewport: PHONE });
    const w = walker(page, lang);
    let queues;
    await walkToDocuments(w, page, {
      service: "00403001",
      channel: "egov_portal",
      child: { iin: "191001500018", settlement: "Алматы", disorders: ["hearing"] },
      applicant: { name: "Сейітова Дана", phone: "8 701 123 45 67" },
      at: {
        result: async () => {
          // Both queues, in words, and the child may stay after six (PMPC).
          queues = await page.$$eval("#kz-queues li.kz-queue strong", (l) => l.map((x) => x.textContent));
          assert.equal(queues.length, 2, `two queues: ${queues}`);
          assert.equal(await page.getAttribute("#kz-age", "data-eligible"), "true");
        },
      },
    });
    await w.check("documents");
    await w.click("#kz-next");
    await step(page, "queue");
    await w.click("#kz-load-sample");
    // The sample city has no queue for 2019: said in words, with what to do.
    await page.waitForSelector("#kz-queue-error");
    const error = await page.textContent("#kz-queue-error");
    assert.match(error, /2019/);
    assert.doesNotMatch(error, /query\.|general|special/, "no internal code or queue id");
    await w.check("queue", "no such queue in the sample");
    await w.click("#kz-next");
    await confirm(w, page, "egov_portal");
    // The form has no line for the queues: Kezek's note below the forms.
    const printed = await page.textContent("#kz-print-note-queues");
    // After the note's colon each name opens in lower case (steps46).
    for (const q of queues) assert.ok(printed.toLowerCase().includes(q.toLowerCase()), `the print names ${q}: ${printed}`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: scenario 4 — admission with a referral has its own journey: no queue step, the health certificate at risk on Kezek's last day (cl. 34 sub. 1, a reading), the Annex 5 form and the kindergarten's next steps`, async () => {
    // Monday 30.11.2026: referral of 24.11, health certificate of 27.11, contract today.
    const { page, context, log } = await open(env.browser, url("2026-11-30T10:00"), { locale, viewport: PHONE });
    const w = walker(page, lang);
    await walkToDocuments(w, page, {
      service: "00403002",
      channel: "provider_office",
      child: { iin: "210201610002", settlement: "Астана" },
      applicant: { name: "Омарова Әсел", phone: "8 701 123 45 67" },
      at: {
        child: async () => assert.match(await page.textContent(".kz-progress-count"), /7/, "seven steps for admission"),
        result: async () =>
          assert.equal(await page.locator("#kz-archive-on, #kz-limits, #kz-queues").count(), 0, "no queues, queue archive or registration limits after the referral"),
      },
    });
    assert.match(await page.textContent('[data-doc="application_form"]'), /5/, "the application is the Annex 5 form");
    await w.fill("#contract-date", "2026-11-30");
    // Annex 5 is addressed to the referral's preschool (required on paper).
    await w.fill("#preschool", "№ 12 «Айгөлек» балабақшасы");
    for (const [doc, issued] of [["referral", "2026-11-24"], ["vaccination_card", null], ["health_certificate", "2026-11-27"]]) {
      await w.click(`label[for="held-${doc}"]`);
      if (issued) await w.fill(`#issued-${doc}`, issued);
    }
    // cl. 34 sub. 1: issued three days before the contract, valid by Kezek's
    // count (to 30.11), a day too old if the contract day is one of the
    // three: at risk, the safe day 29.11 said before Kezek's count.
    await page.waitForSelector('[data-doc="health_certificate"][data-status="expires-soon"]');
    const health = await page.textContent('[data-doc="health_certificate"]');
    assert.match(health, /29\.11\.2026[^]*30\.11\.2026/, health);
    // At risk on the contract day, valid on it by Kezek's count — not "no
    // longer valid on the contract day" (review helper-136, M1).
    const atRisk = { en: /on the contract day it is at risk/, ru: /в день договора — под угрозой/, kk: /шарт жасасу күні — қатерде/ }[lang];
    assert.match(health, atRisk, `${lang}: ${health}`);
    assert.equal(await page.getAttribute('[data-doc="referral"]', "data-status"), "expires-soon");
    await w.check("documents", "filled");
    await w.click("#kz-next");
    // Straight to the check: step 7 of 7.
    await confirm(w, page, "provider_office");
    assert.match(await page.textContent("#kz-step-title"), /7/);
    assert.equal(await page.locator(".kz-annex1").count(), 0, "not the queue-registration form");
    assert.match(await page.textContent(".kz-annex5"), /Омарова Әсел/);
    // Addressed to the kindergarten the parent named, not "the one in the referral".
    assert.match(await page.textContent(".kz-annex5"), /Айгөлек/);
    // Annex 5 is the form: no IIN and no date (it has neither), the consent
    // given under «2 және 4-қосымшаларының 8-тармағына», signed with the name.
    const annex5 = await page.textContent(".kz-annex5");
    assert.doesNotMatch(annex5, /210201610002|ЖСН|ИИН/, `no IIN on Annex 5: ${annex5}`);
    assert.doesNotMatch(annex5, /Күні|Дата/, `no date on Annex 5: ${annex5}`);
    assert.match(annex5, lang === "kk" ? /2 және 4-қосымшалар/ : /приложений 2 и 4/, annex5);
    // The form's label under the annex mark («Нысан»); the ru print says it
    // is Kezek's translation of the Kazakh text, the kk print (the form) not.
    assert.match(annex5, lang === "kk" ? /5-қосымшаНысан/ : /формы\.Форма/, annex5);
    if (lang === "kk") assert.doesNotMatch(annex5, /Kezek/, annex5);
    else assert.match(annex5, /Перевод Kezek с официального казахского текста формы/, annex5);
    // The answers are Annex 5's: the preschool, the name, the consent — the
    // child's IIN and birth date stay in the review (Annex 5 asks neither).
    const answers = await page.$$eval("#kz-answers .kz-answer", (l) => l.map((a) => a.dataset.answer));
    assert.deepEqual(answers, ["preschool", "applicant-name", "consent"]);
    assert.match(await page.textContent("#kz-summary-child"), /210201610002/);
    assert.match(await page.textContent("#kz-print"), /5/);
    await screenshot(page, `scenario4-${lang}-375-confirmation`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: scenario 5 — school meals on targeted social assistance, then the guardianship certificate: each ends on its confirmation page, consent is not carried over`, async () => {
    const { page, context, log } = await open(env.browser, url("2026-11-23T10:00", ""), { locale, viewport: PHONE });
    const w = walker(page, lang);
    await step(page, "start");
    await page.waitForSelector("#svc-link-00403008");
    await w.check("start");
    await w.click("#svc-link-00403008");
    await step(page, "catalogue-service");
    await page.waitForSelector("#svc-eligibility");
    // Yes/no pairs, none ticked, and no verdict before an answer.
    assert.equal(await page.getAttribute("#svc-eligibility", "data-eligible"), "unanswered");
    assert.equal(await page.locator('#svc-questions input[type="radio"]:checked').count(), 0);
    await w.check("meals");
    await w.click('label[for="q-family_receives_targeted_social_assistance-yes"]');
    // Row 9 item 2 (decree No. 64): the verdict waits for the state-school answer.
    await w.click('label[for="q-child_in_state_education_institution-yes"]');
    await page.waitForSelector('#svc-eligibility[data-eligible="true"]');
    await w.click('label[for="svc-channel-egov_portal"]');
    // The disabled button says why.
    assert.equal(await page.isDisabled("#svc-prepare"), true);
    assert.equal(await page.getAttribute("#svc-prepare", "aria-describedby"), "svc-prepare-why");
    // It also looks disabled (walkthrough m4: it looked active): not the
    // active blue of the same button once it can be pressed.
    const look = () => page.$eval("#svc-prepare", (b) => { const s = getComputedStyle(b); return { cursor: s.cursor, background: s.backgroundColor }; });
    const disabledLook = await look();
    assert.equal(disabledLook.cursor, "not-allowed");
    await w.check("meals", "answered");
    await w.click('label[for="svc-consent"]');
    assert.equal(await page.isDisabled("#svc-prepare"), false);
    const enabledLook = await look();
    assert.notEqual(disabledLook.background, enabledLook.background, "a disabled button is not drawn as an enabled one");
    assert.notEqual(enabledLook.cursor, "not-allowed");
    await w.click("#svc-prepare");
    await page.waitForSelector("#svc-confirmation");
    assert.equal(await page.getAttribute("#svc-confirmation", "data-channel"), "egov_portal");
    assert.ok(await page.locator("#svc-nothing-sent").isVisible());
    assert.ok(await page.locator("#svc-egov-link").isVisible());
    const answers = await page.$$eval("#svc-answers .kz-answer", (l) => l.map((a) => a.dataset.answer));
    assert.ok(answers.includes("family_receives_targeted_social_assistance"), `the answer given: ${answers}`);
    assert.equal(await page.locator("#svc-specialists[open]").count(), 0, "the record is closed under 'for specialists'");
    await page.click("#svc-specialists summary");
    await w.check("meals", "confirmation");
    await screenshot(page, `scenario5-${lang}-375-meals-confirmation`);

    await w.click("#svc-back");
    await step(page, "start");
    await w.click("#svc-link-00402002");
    await step(page, "catalogue-service");
    await page.waitForSelector("#svc-consent");
    assert.equal(await page.isChecked("#svc-consent"), false, "consent is given per application");
    await w.check("guardianship");
    await w.click('label[for="svc-consent"]');
    await w.click("#svc-prepare");
    await page.waitForSelector("#svc-confirmation");
    assert.equal(await page.getAttribute("#svc-confirmation", "data-channel"), "egov_portal");
    await w.check("guardianship", "confirmation");
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: scenario 6 — a mistyped birth year, a bad IIN and a wrong file are each said at once, and the parent still finishes`, async () => {
    const { page, context, log } = await open(env.browser, url("2026-11-23T10:00"), { locale, viewport: PHONE });
    const w = walker(page, lang);
    await step(page, "service");
    await w.check("service");
    await w.click('label[for="service-00403001"]');
    await w.click('label[for="channel-egov_portal"]');
    await w.click("#kz-next");
    await step(page, "child");
    // Nothing typed: every empty field at once, focus on the summary.
    await w.click("#kz-next");
    await page.waitForSelector("#kz-error-summary");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-error-summary", "focus on the summary");
    const empty = await page.$$eval("#kz-error-summary a", (l) => l.map((a) => a.dataset.field));
    assert.deepEqual(empty, ["child.iin", "child.settlement"], "each empty field named once");
    await w.check("child", "empty fields");
    await w.fill("#child-birth-date", "2027-03-01");
    await w.fill("#child-settlement", "Астана");
    await w.click("#kz-next");
    await page.waitForFunction(() => document.activeElement?.id === "kz-error-summary");
    assert.deepEqual(await page.$$eval("#kz-error-summary a", (l) => l.map((a) => a.dataset.field)), ["child.birth_date"], "the future birth date is named");
    assert.equal(await page.getAttribute(".kz-step", "data-step"), "child", "not let through");
    await w.check("child", "future birth date");
    await w.fill("#child-birth-date", "");
    await w.fill("#child-iin", "230510512343");
    await w.click("#kz-next");
    await step(page, "applicant");
    await w.click('label[for="role-parent"]');
    await w.fill("#applicant-iin", "900315410005");
    await w.fill("#applicant-name", "Серікбаева Айгүл");
    await w.click("#kz-next");
    await page.waitForSelector('#kz-error-summary a[data-field="applicant.iin"]');
    assert.equal(await page.evaluate(() => document.activeElement?.id), "kz-error-summary", "focus on the summary");
    await w.check("applicant", "bad IIN");
    await w.fill("#applicant-iin", "900315410004");
    await w.check("applicant", "corrected");
    await w.click("#kz-next");
    await step(page, "family");
    await w.check("family");
    await w.click("#kz-next");
    await step(page, "result");
    await w.check("result");
    await w.click("#kz-next");
    await step(page, "documents");
    await w.check("documents");
    await w.click("#kz-next");
    await step(page, "queue");
    await w.check("queue");
    // A file that is not a queue: a message in words, the page keeps its width.
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "kezek-")), "очередь.csv");
    fs.writeFileSync(file, "hello world,this is not,a queue snapshot with a very long unbreakable header_header_header_header_header\n");
    await page.setInputFiles("#kz-snapshot-file", file);
    await page.waitForSelector("#kz-snapshot-error");
    assert.equal(await overflowsWidth(page), false, "no horizontal scroll at 375 px");
    await w.check("queue", "wrong file");
    // The sample city still loads afterwards.
    await w.click("#kz-load-sample");
    await page.waitForSelector("#kz-position");
    await w.check("queue", "sample");
    await w.click("#kz-next");
    await confirm(w, page, "egov_portal");
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// Issue 17 item 10: the family-services record holds what the parent said —
// the facts answered and who applies for which child — and no fact the
// parent was never asked (it carried 49 such defaults, e.g.
// "non_traditional_orientation": false, and no applicant or child).
test("ru: the guardianship certificate's prepared record holds only the answers given, the applicant and the child", async () => {
  const { page, context, log } = await open(env.browser, url("2026-11-23T10:00"), { locale: "ru-RU", viewport: PHONE });
  const w = walker(page, "ru");
  await walkToDocuments(w, page, {
    service: "00403001",
    channel: "egov_portal",
    child: { iin: "230510512343", settlement: "Астана" },
    applicant: { name: "Серікбаева Айгүл", phone: "8 701 123 45 67" },
  });
  await page.goto(url("2026-11-23T10:00", "#/svc/00402002"));
  await step(page, "catalogue-service");
  await page.waitForSelector("#svc-consent");
  // Answer "no" to every question not already known from the kindergarten steps.
  const unanswered = await page.$$eval("#svc-questions fieldset.kz-radios", (fs) =>
    fs.filter((f) => !f.querySelector("input:checked")).map((f) => f.id),
  );
  for (const name of unanswered) await w.click(`label[for="${name}-no"]`);
  await w.check("guardianship", "answered");
  await page.evaluate(() => {
    window.__prepared = [];
    window.addEventListener("kezek:application-prepared", (e) => window.__prepared.push(e.detail));
  });
  await w.click('label[for="svc-consent"]');
  await w.click("#svc-prepare");
  await page.waitForSelector("#svc-confirmation");
  await w.check("guardianship", "confirmation");
  const [prepared] = await page.evaluate(() => window.__prepared);
  const record = prepared.payload;
  const asked = unanswered.map((id) => id.replace(/^q-/, ""));
  assert.deepEqual(Object.keys(record.facts).sort(), asked.sort(), "exactly the facts answered");
  for (const never of ["non_traditional_orientation", "serious_crime_record", "applicant_has_training"]) {
    if (!asked.includes(never)) assert.equal(never in record.facts, false, `${never} was never asked`);
  }
  assert.deepEqual(record.applicant, { full_name: "Серікбаева Айгүл", iin: "900315410004" });
  // No birth date typed: the one the IIN encodes, marked so.
  assert.deepEqual(record.child, { iin: "230510512343", birth_date: "2023-05-10", birth_date_from_iin: true });
  assert.equal(await page.textContent("#svc-sha256"), prepared.sha256);
  assert.deepEqual(log.errors, []);
  await context.close();
});
