// A lawyer's second reading of the admission service (00403002; audit26,
// findings 1, 2 and 6): step 5 at admission says the admission's lines, not
// the queue registration's, and the refusal preview names the service by its
// official name (the queue's Annex 3 receipt has a line for it, «мемлекеттік
// көрсетілетін қызметтің атауын көрсету»; cl. 32 prescribes no content for
// the admission's reasoned refusal, and Kezek names it the same way).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, useSiteAndBrowser } from "./harness.mjs";
import { appUrl, fillCase, next, step, toChild, type, walkToApplicant } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

/** Steps 1–4 of an admission at `channel`; `sen` ticks special educational
 * needs without a PMPC conclusion; `family` lists ground codes. */
async function admissionResult(page, { channel = "provider_office", birthDate = "2021-02-01", sen = false, family = [] } = {}) {
  await fillCase(page, { service: "00403002", channel, birthDate, sen, pmpc: false, family });
}

// Annex 4 p. 8: the kindergarten's item 7 names the PMPC conclusion without
// «бар болғанда», and the admission application is the Annex 5 form, with no
// category boxes. Step 5 does not say the set is "complete without it", that
// the application "stands in the general queue", nor that the prepared
// application ticks box 10 (audit26, finding 1): step 6 marks the conclusion
// missing at the kindergarten, and the child holds a referral.
for (const [locale, queueWords, admissionWords] of [
  // law26c: nor the queue's headline (cl. 21's order, "before everyone else").
  ["en", /complete without it|stands in the general queue|box 10|before everyone else|all the others/, /checked a second time after the referral/],
  ["kk", /онсыз да толық|жалпы кезекте тұрады|10-белгі|басқалардың бәрінен бұрын|басқалардың бәрінің алдына/, /жолдамадан кейін екінші рет тексерілетін/],
]) {
  test(`${locale}: at admission step 5 says the SEN and law-enforcement grounds in the admission's words, not the queue's`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await admissionResult(page, { sen: true, family: ["law_enforcement"] });
    const card = await page.textContent("#kz-category");
    assert.doesNotMatch(card, queueWords, card);
    assert.match(card, admissionWords, card);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// cl. 18 and cl. 24 p. 9 set the age limit to apply and to stand in the
// queue; §2 (cl. 31–35) sets none for admission. A child born 10.03.2020
// with a referral on 23.11.2026 is not told it can neither apply nor stand
// in the queue, nor pointed to "the date shown" no card shows (audit26,
// finding 2): the age card gives the referral's age lines (cl. 28).
test("en: at admission the age card gives the referral's age, not the queue's limit or archive", async () => {
  const { page, context, log } = await open(env.browser, appUrl(env.site));
  await admissionResult(page, { birthDate: "2020-03-10" });
  const card = await page.textContent("#kz-age");
  assert.doesNotMatch(card, /can neither apply nor stand in the queue|on the date shown|may stand in the queue|Kezek's reading: cl\. 18/, card);
  assert.match(card, /full years your child reaches this calendar year/, card);
  // cl. 28's caveat asks the education department, whose queue gives the
  // referral, not "the provider" — the kindergarten at admission (law26c).
  assert.doesNotMatch(card, /ask the provider/, card);
  assert.match(card, /ask the department how it counts the age/, card);
  assert.equal(await page.locator("#kz-archive-on").count(), 0);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// Annex 3 «(мемлекеттік көрсетілетін қызметтің атауын көрсету)», the queue
// registration's receipt; cl. 32 prescribes no content for the admission's
// reasoned refusal: the preview names the service by its official name, not
// Kezek's label of step 1, for both (audit26, finding 6).
for (const [locale, official, label] of [
  ["en", "Acceptance of documents and enrolment of children in preschool organisations", "Enrol with a referral I already have"],
  ["kk", "Мектепке дейінгі ұйымдарға құжаттарды қабылдау және балаларды қабылдау", "Алған жолдамамен балабақшаға қабылдану"],
]) {
  test(`${locale}: the admission's refusal preview names the service by its official name`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await admissionResult(page);
    await next(page, "documents");
    await page.waitForSelector("#kz-refusal-preview");
    const preview = await page.textContent("#kz-refusal-preview");
    assert.ok(preview.includes(official), preview);
    assert.ok(!preview.includes(label), preview);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

test("ru: the queue registration's refusal preview names the service by its official name", async () => {
  const { page, context, log } = await open(env.browser, appUrl(env.site), { locale: "ru" });
  // Steps 1–3 as the test always reached step 6: the name and phone empty.
  await walkToApplicant(page, { channel: "provider_office", childIin: "230510512343", name: null, phone: null });
  await page.goto(page.url().replace(/#.*$/, "#/documents"));
  await page.waitForSelector("#kz-refusal-preview");
  const preview = await page.textContent("#kz-refusal-preview");
  assert.ok(preview.includes("Постановка на очередь детей дошкольного возраста (до 6 лет) для направления в дошкольные организации"), preview);
  assert.ok(!preview.includes("Поставить ребенка в очередь в детский сад"), preview);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// cl. 13 and Annex 1: "the child goes on that settlement's queue" is Kezek's
// reading for queue registration (the Annex 1 form's settlement line). At
// admission the form is Annex 5, which asks no settlement, and the child
// holds a referral: the hint says only where the child lives (review of
// journey26, item 2).
for (const [locale, queueWords] of [
  ["en", /Annex 1|cl\. 13|queue/],
  ["ru", /приложение 1|пункта 13|очеред/],
  ["kk", /1-қосымша|13-тармақ|кезег/],
]) {
  test(`${locale}: at admission the settlement hint names no Annex 1 form and no cl. 13 queue`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await toChild(page, { service: "00403002", channel: "provider_office" });
    const hint = await page.textContent("#child-settlement-hint");
    assert.ok(hint.trim().length > 0, "a hint is shown");
    assert.doesNotMatch(hint, queueWords, hint);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// At admission the child holds a referral: there is no queue to be in
// (journey review, item 8). With no out-of-turn or first-priority right
// counted (the rules' `category.general_admission`), step 5 is not headed
// "General queue"; its heading says what the rules' line says. The hand-off's
// summary names the category as step 5 heads it (journey26: not the bare
// category name beside step 5's "… once they are proven").
for (const [locale, queueHeading, heading] of [
  ["en", /General queue/, /^No out-of-turn or first-priority right counted$/],
  ["ru", /Общая очередь/, /^Право на внеочередное или первоочередное получение места не учитывается$/],
  ["kk", /Жалпы кезек/, /^Кезектен тыс немесе бірінші кезекте орын алу құқығы ескерілмейді$/],
]) {
  test(`${locale}: at admission with no priority right step 5 is not headed "general queue", and the hand-off's summary says the same`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await admissionResult(page);
    const h = (await page.textContent("#kz-category h3")).trim();
    assert.doesNotMatch(h, queueHeading, h);
    assert.match(h, heading, h);
    await page.goto(page.url().replace(/#.*$/, "#/handoff"));
    await step(page, "handoff");
    const row = (await page.textContent("#kz-summary-category")).trim();
    assert.ok(row.startsWith(h), `the summary's row «${row}» does not say step 5's «${h}»`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// The hand-off's "Category" row names a declared priority as step 5 heads it:
// the category the declared grounds give once proven (`ui-category-claimed`;
// cl. 22 checks the right after the referral), not the bare category name.
test("ru: at admission a teacher's category is named in the hand-off's summary as step 5 heads it", async () => {
  const { page, context, log } = await open(env.browser, appUrl(env.site), { locale: "ru" });
  await admissionResult(page, { family: ["teacher"] });
  const h = (await page.textContent("#kz-category h3")).trim();
  assert.match(h, /после их подтверждения/, h);
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  const row = (await page.textContent("#kz-summary-category")).trim();
  assert.ok(row.startsWith(h), `the summary's row «${row}» does not say step 5's «${h}»`);
  assert.deepEqual(log.errors, []);
  await context.close();
});

// cl. 22: the teacher's certificate (one month's validity) is checked a
// second time after the referral (13.11.2026), within 5 working days. Issued
// 16.10, it was valid after the referral and has lapsed since (today
// 23.11): the rules' first line is `doc.recheck_lapsed_since_referral` — if
// the documents were confirmed while it was valid it need not be renewed. Its
// badge agrees with that line, not "lapsed: the right it proves is not
// confirmed" (review26c, item 4); and its day is said lapsed, not "Valid
// until <a past date>". Issued 01.09, it lapsed before the referral
// (`doc.recheck_lapsed`): its day is said lapsed too.
for (const [locale, oldBadge, badge, lapsedLine] of [
  ["en", /lapsed: the right it proves is not confirmed/, /since the referral/, /^It was valid until 1[56]\.11\.2026 inclusive and has lapsed\.$/],
  ["ru", /срок истек: право, которое подтверждает этот документ, не подтверждено/, /после направления/, /^Срок действия истек: документ действовал по 1[56]\.11\.2026 включительно\.$/],
  ["kk", /мерзімі өткен: ол растайтын құқық расталмаған/, /жолдамадан кейін/, /^1[56]\.11\.2026 қоса алғанда жарамды болды, мерзімі өтіп кетті\.$/],
]) {
  test(`${locale}: cl. 22: a teacher's certificate lapsed since the referral has a badge that agrees with its line, and its day is said lapsed`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await admissionResult(page, { family: ["teacher"] });
    await next(page, "documents");
    await page.check("#held-referral");
    await type(page, "#issued-referral", "2026-11-13");
    await page.check("#held-teacher_workplace_certificate");
    await type(page, "#issued-teacher_workplace_certificate", "2026-10-16");
    const item = '[data-doc="teacher_workplace_certificate"]';
    await page.waitForSelector(`${item}[data-status="unconfirmed"] .kz-expiry`);
    const said = await page.textContent(`${item} .kz-badge`);
    assert.doesNotMatch(said, oldBadge, said);
    assert.match(said, badge, said);
    const expiry = (await page.textContent(`${item} .kz-expiry`)).trim();
    assert.match(expiry, lapsedLine, expiry);
    // Lapsed before the referral: the old badge is right; the day is lapsed.
    await type(page, "#issued-teacher_workplace_certificate", "2026-09-01");
    await page.waitForFunction((s) => !/1[56]\.11\.2026/.test(document.querySelector(s)?.textContent || ""), `${item} .kz-expiry`);
    assert.match(await page.textContent(`${item} .kz-badge`), oldBadge);
    const before = (await page.textContent(`${item} .kz-expiry`)).trim();
    assert.match(before, new RegExp(lapsedLine.source.replace("1[56]\\.11", "0[12]\\.10")), before);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// At admission a ground's proof is cl. 22's second check after the referral:
// its originals presented within 5 working days of receiving it (Annex 4's
// portal list names no copy of them) — not Annex 2 p. 8's list of the queue
// registration nor "upload a scan" (note of the eleventh session: the family
// step's proof hints cited Annex 2 p. 8 at admission). Said so on the
// family step and under step 5's grounds.
// Step 5 says the check once, in the category's header, and under each
// ground only what to show for it and by when (helper170's 09f4304).
const SHOW_WITHIN = {
  en: /For this check you show the originals within 5 working days of receiving the referral \(cl\. 22\)/,
  ru: /Оригиналы для этой проверки вы предъявляете в течение 5 рабочих дней с получения направления \(пункт 22\)/,
  kk: /Түпнұсқаларын осы тексеруге жолдама алғаннан бастап 5 жұмыс күнінен кешіктірмей ұсынасыз \(22-тармақ\)/,
};
for (const [locale, queueWords, admissionWords] of [
  ["en", /Annex 2|upload a scan|scanned copy/, /checks this right a second time, unless it has set another procedure \(cl\. 22\)/],
  ["ru", /Приложение 2|загружаете скан|скан/, /повторно проверяет это право, если он сам не установил иной порядок \((пункт|п\.) 22\)/],
  ["kk", /2-қосымша|сканерленген/, /егер өзі басқа тәртіп белгілемесе, бұл құқықты екінші рет тексереді \(22-тармақ\)/],
]) {
  test(`${locale}: at admission the family step's and step 5's proof hints say cl. 22's second check, not Annex 2 p. 8`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await walkToApplicant(page, { service: "00403002", channel: "egov_portal", birthDate: "2021-02-01" });
    await next(page, "family");
    // The teacher's proof under its box; the gateway's grounds (a large
    // family) point to the step's one note under the list (walk 42).
    for (const [g, where] of [["teacher", "#family-teacher-hint .kz-proof"], ["large_family", "#family-proof-note"]]) {
      const hint = await page.textContent(where);
      assert.doesNotMatch(hint, queueWords, `${g}: ${hint}`);
      assert.match(hint, admissionWords, `${g}: ${hint}`);
    }
    await page.check("#family-teacher");
    await next(page, "result");
    const grounds = await page.textContent("#kz-category .kz-grounds .kz-hint");
    assert.doesNotMatch(grounds, queueWords, grounds);
    assert.match(grounds, SHOW_WITHIN[locale], grounds);
    assert.doesNotMatch(grounds, admissionWords, `said once, in the header: ${grounds}`);
    assert.match(await page.textContent("#kz-category"), admissionWords);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

// cl. 20 sub. 2 makes a SEN child's right a first-priority one, so cl. 22's
// second check after the referral covers its proof, the PMPC conclusion (on
// Annex 4 p. 8's list as item 7, and step 6 says `doc.recheck_cl22` of it):
// step 5's hint of the SEN ground says the second check, as the teacher's
// does (the rules' `Ground::proof_check`; before, it kept the list's "You
// bring it" while step 6 gave the 5 working days — review27c item 1).
for (const [locale, secondCheck] of [
  ["en", /checks this right a second time, unless it has set another procedure \(cl\. 22\)/],
  ["kk", /бұл құқықты екінші рет тексереді \(22-тармақ\)/],
]) {
  // The check itself is said in step 5's header; the ground's hint says what
  // to show for it and by when (helper170's 09f4304).
  test(`${locale}: at admission a SEN child's PMPC conclusion is cl. 22's second check on step 5, as on step 6`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale });
    await walkToApplicant(page, { service: "00403002", channel: "provider_office", birthDate: "2021-02-01", sen: true });
    await next(page, "family");
    await next(page, "result");
    const hint = (await page.textContent("[data-ground=special_educational_needs] .kz-hint")).trim();
    assert.match(hint, SHOW_WITHIN[locale], hint);
    assert.match(await page.textContent("#kz-category"), secondCheck);
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}
