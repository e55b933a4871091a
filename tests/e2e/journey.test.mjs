// Issue 17: the parent finishes. Scenario 1 (a general family, egov portal,
// Astana) walked like a parent at 375 px in kk and ru — every screen checked by
// axe-core and for English words — ending on the confirmation page with the
// channel's next steps; the State Corporation and the education department
// get theirs. Counts the screens, clicks and typed fields of scenario 1.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, screenshot, useSiteAndBrowser } from "./harness.mjs";
import { englishWords, PHONE, walkToDocuments, walker } from "./parent.mjs";
import { appUrl, fillCase, next, step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });
/** Steps 1–3 of a simple case on `channel`, straight to the hand-off with consent. */
async function toConfirmation(page, { channel, settlement = "Астана", name, role = "parent" }) {
  await step(page, "service");
  await page.click('label[for="service-00403001"]');
  await page.click(`label[for="channel-${channel}"]`);
  await page.click("#kz-next");
  await step(page, "child");
  await page.fill("#child-iin", "230510512343");
  await page.fill("#child-settlement", settlement);
  await page.click("#kz-next");
  await step(page, "applicant");
  await page.click(`label[for="role-${role}"]`);
  await page.fill("#applicant-iin", "900315410004");
  if (name) await page.fill("#applicant-name", name);
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  await page.click('label[for="consent"]');
  await page.waitForSelector("#kz-confirmation");
}

for (const [lang, locale] of [["kk", "kk-KZ"], ["ru", "ru-RU"]]) {
  test(`${lang}: scenario 1 — a general family on egov.kz finishes on a confirmation page that says what to do next`, async () => {
    const { page, context, log } = await open(env.browser, `${env.site.url}/index.html?nosw&as_of=2026-11-23T10:00`, { locale, viewport: PHONE });
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: env.site.url });
    const w = walker(page, lang);
    await page.waitForSelector("#need-kindergarten");
    await w.check("start");
    await w.click("#need-kindergarten");
    await walkToDocuments(w, page, {
      service: "00403001",
      channel: "egov_portal",
      child: { iin: "230510512343", settlement: "Астана" },
      applicant: { name: "Серікбаева Айгүл", phone: "+7 701 123 45 67" },
      at: {
        service: async () => assert.doesNotMatch(await page.textContent(".kz-step"), /004030/, "no internal service code in the parent's text"),
        // The tab's title names the step and the service, in the page's language.
        child: async () => assert.match(await page.title(), lang === "kk" ? /2-қадам.*Бала.*кезег/ : /Шаг 2.*ребен.*очеред/i),
      },
    });
    await w.check("documents");
    await w.click("#kz-next");
    await step(page, "queue");
    await w.click("#kz-load-sample");
    await page.waitForSelector("#kz-position");
    await w.click("#kz-run-forecast");
    await page.waitForSelector("#kz-forecast-result", { timeout: 60000 });
    assert.equal(await page.locator("#kz-position h3 .kz-demo, #kz-forecast h3 .kz-demo").count(), 2, "the sample city's numbers say they are an example");
    await page.click("#kz-forecast details.kz-why summary");
    await w.check("queue");
    await w.click("#kz-next");
    await step(page, "handoff");
    await w.check("handoff");
    await w.click('label[for="consent"]');
    await page.waitForSelector("#kz-confirmation");
    await page.click("#kz-specialists summary");
    await w.check("handoff", "confirmation");
    await screenshot(page, `journey-${lang}-375-confirmation`);

    // The confirmation says nothing was sent, and how to apply on egov.kz.
    assert.equal(await page.getAttribute("#kz-confirmation", "data-channel"), "egov_portal");
    assert.ok(await page.locator("#kz-nothing-sent").isVisible());
    assert.equal(await page.getAttribute("#kz-egov-link", "href"), `https://egov.kz/cms/${lang}/services/037pass_mon`);
    // The answers in the form's order, each copyable.
    const answers = await page.$$eval("#kz-answers .kz-answer", (els) => els.map((e) => [e.dataset.answer, e.querySelector(".kz-answer-value").textContent]));
    // Annex 1 asks the birth year («___ жылы туған»), not the date.
    assert.deepEqual(answers.map(([id]) => id), ["applicant-name", "applicant-iin", "child-iin", "child-birth-year", "settlement", "category", "sms", "consent"]);
    assert.deepEqual(answers.slice(0, 5).map(([, v]) => v), ["Серікбаева Айгүл", "900315410004", "230510512343", "2023", "Астана"]);
    // The consent and the category's boxes are ticked on the form: nothing to copy beside them.
    assert.equal(await page.locator('#kz-answers [data-answer="consent"] .kz-copy').count(), 0);
    assert.equal(await page.locator('#kz-answers [data-answer="category"] .kz-copy').count(), 0);
    await page.click('#kz-answers [data-answer="child-iin"] .kz-copy');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "230510512343");
    assert.match(await page.textContent("#kz-handoff-status"), /\S/, "the copy is confirmed");
    // Not embedded: no hand-off to a host page, and nothing claims one happened.
    assert.equal(await page.locator("#kz-handoff").count(), 0);
    // The technical record only under "for specialists"; no "show to the operator".
    assert.match(await page.textContent("#kz-specialists #kz-sha256"), /^[0-9a-f]{64}$/);
    assert.equal(await page.locator("#kz-confirmation > .kz-actions #kz-download").count(), 0);
    assert.deepEqual(log.errors, []);

    // Scenario 1 in numbers (the walkthrough counted 9 screens, 14 clicks, 5 fields).
    console.log(`# scenario 1 (${lang}): ${w.counts.screens} screens, ${w.counts.clicks} clicks, ${w.counts.fields} typed fields`);
    assert.deepEqual(w.counts, { screens: 9, clicks: 14, fields: 5 }, "no step added to the journey");
    await context.close();
  });
}

test("ru: the State Corporation confirmation says where to go, the hours and what to bring", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await toConfirmation(page, { channel: "state_corporation", settlement: "Алматы", name: "Иванова Анна" });
  assert.equal(await page.getAttribute("#kz-confirmation", "data-channel"), "state_corporation");
  assert.match(await page.textContent("#kz-confirmation"), /Госкорпорации/);
  // The review before the hand-off shows the channel chosen, with its "Change" link.
  assert.match(await page.textContent("#kz-summary-channel"), /Государственной корпорации/);
  assert.equal(await page.locator('#kz-summary-channel a.kz-change[href="#/service"]').count(), 1);
  assert.match(await page.textContent("#kz-done-hours"), /\d\d:\d\d–\d\d:\d\d/);
  const bring = await page.$$eval("#kz-done-bring li", (els) => els.map((e) => e.textContent));
  assert.match(bring[0], /распечатанное из Kezek/, "the printed application first, then the documents the rules ask to bring");
  assert.doesNotMatch(bring.join(" | "), /законным представителем/, "a parent is on the birth certificate");
  assert.equal(await page.locator("#kz-print").count(), 1, "the printed application");
  // The printed application is the form: the child's IIN, no empty e-mail line, no app chrome.
  const annex = await page.textContent(".kz-annex1");
  assert.match(annex, /230510512343/);
  assert.doesNotMatch(annex, /почта/, "no e-mail line when none was given");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible(".kz-header"), false, "no app header on paper");
  assert.equal(await page.isVisible("#kz-step-title"), false, "no step heading on paper");
  assert.ok(await page.isVisible(".kz-annex1"));
  // One A4 sheet per form (Annex 1, then Annex 5 with Kezek's notes below it):
  // a parent's walkthrough printed Annex 1's consent and signature line alone on
  // a second sheet.
  const pdf = (await page.pdf({ format: "A4" })).toString("latin1");
  assert.equal((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length, 2, "Annex 1 and its signature on one sheet, Annex 5 on the next");
  await page.emulateMedia({ media: "screen" });
  assert.equal(await page.locator("#kz-egov-link").count(), 0);
  await assertAccessible(page, "ru state corporation confirmation");
  assert.deepEqual(await englishWords(page), []);
  // "Change" names what it changes, and "Next" then returns to the summary.
  const changes = await page.$$eval("#kz-summary a.kz-change", (as) => as.map((a) => a.textContent));
  assert.equal(new Set(changes).size, changes.length, `each "Change" link is distinct: ${changes}`);
  await page.click('#kz-summary a.kz-change[href="#/child"]');
  await step(page, "child");
  assert.match(await page.textContent("#kz-next"), /Вернуться к проверке/);
  await page.click("#kz-next");
  await step(page, "handoff");
  await context.close();
});

test("kk: the education department confirmation, and an embedded Kezek offers the hand-off and tells the truth", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site, "#/service", "&embed=1"), { locale: "kk-KZ", viewport: PHONE });
  await toConfirmation(page, { channel: "provider_office" });
  assert.equal(await page.getAttribute("#kz-confirmation", "data-channel"), "provider_office");
  assert.match(await page.textContent("#kz-confirmation"), /білім бөліміне \(басқармасына\)/);
  await page.evaluate(() => {
    window.__sent = [];
    window.addEventListener("kezek:application-prepared", (e) => window.__sent.push(e.detail));
  });
  await page.click("#kz-handoff");
  assert.equal((await page.evaluate(() => window.__sent)).length, 1);
  assert.match(await page.textContent("#kz-handoff-status"), /растамайынша өтініш берілмейді/);
  await assertAccessible(page, "kk provider office confirmation, embedded");
  assert.deepEqual(await englishWords(page), []);
  await context.close();
});

/** A serviceman's family (cl. 20 p. 1, Annex 1 box 1), office, Astana, walked to step 6. */
async function servicemanToDocuments(page, alsoGrounds = []) {
  await step(page, "service");
  await page.click('label[for="service-00403001"]');
  await page.click('label[for="channel-provider_office"]');
  await page.click("#kz-next");
  await step(page, "child");
  await page.fill("#child-iin", "230612510004");
  await page.fill("#child-settlement", "Астана");
  await page.click("#kz-next");
  await step(page, "applicant");
  await page.click('label[for="role-parent"]');
  await page.fill("#applicant-iin", "900315410004");
  await page.click("#kz-next");
  await step(page, "family");
  await page.check("#family-serviceman");
  for (const ground of alsoGrounds) await page.check(`#family-${ground}`);
  await page.click("#kz-next");
  await step(page, "result");
  await page.click("#kz-next");
  await step(page, "documents");
}

// From step 6 to the hand-off: the caveats beside the place (step 7), in the
// forecast and before the hand-off, as shown (null where there is none), and
// the place itself.
async function priorityCaveats(page) {
  await page.click("#kz-next");
  await step(page, "queue");
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-position");
  const place = await page.locator("#kz-if-not-proven").textContent({ timeout: 3000 }).catch(() => null);
  const position = Number(await page.getAttribute("#kz-position", "data-position"));
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-result");
  const forecast = await page.locator("#kz-forecast-result #kz-forecast-if-not-proven").textContent({ timeout: 2000 }).catch(() => null);
  // The forecast shown is run where the child stands at best without the
  // priority claimed, as the place's headline is; the same forecast run
  // again with the priority, the better case, is said beside the caveat.
  const ifProvenLine = page.locator("#kz-forecast-result #kz-forecast-if-proven");
  const ifProven = await ifProvenLine.textContent({ timeout: 60000 }).catch(() => null);
  const ifProvenGroup = ifProven === null ? null : await ifProvenLine.getAttribute("data-group");
  await page.click("#kz-next");
  await step(page, "handoff");
  const handoff = await page.locator("#kz-handoff-unproven").textContent({ timeout: 3000 }).catch(() => null);
  return { place, position, forecast, ifProven, ifProvenGroup, handoff };
}

// cl. 20–21 with a second ground: a serviceman's family without the
// «бар болған жағдайда» certificate that is also a large family (confirmed
// through the e-government gateway) stands, if the out-of-turn right is not
// confirmed, with the first priority — not "at best on general grounds"
// (review helper-145).
test("ru: a serviceman's family without the certificate that is also a large family is told it falls back to the first priority, not to general grounds", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await servicemanToDocuments(page, ["large_family"]);
  await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="unconfirmed"]');
  const { place, position, forecast, ifProven, ifProvenGroup, handoff } = await priorityCaveats(page);
  assert.match(place ?? "(no caveat beside the place)", /с первоочередным правом, которое подтверждают другие ваши документы/);
  assert.doesNotMatch(place, /на общих основаниях/);
  // …and where: the place the worker counted for a first-priority application
  // (position's as_first), after every out-of-turn one.
  const first = Number(/место (\d+)/.exec(place)?.[1]);
  assert.ok(first > position, `place as first priority ${first} after the out-of-turn place ${position}: ${place}`);
  assert.match(forecast ?? "(no caveat in the forecast)", /Этот прогноз, как и место в заголовке, рассчитан на случай, если право .* не подтвердится: ребенок (в лучшем случае )?встанет в очередь с первоочередным правом.*толкование Kezek/s);
  assert.match(ifProven ?? "(no forecast with the priority)", /^Если право на внеочередное получение места подтвердится, (в половине .* место приходит до \d\d\.\d\d\.\d{4}|место до .* меньше чем в половине)/s);
  assert.equal(ifProvenGroup, "out-of-turn");
  assert.match(handoff ?? "(no word of the unconfirmed priority before the hand-off)", /с первоочередным правом/);
  await context.close();
});

// Another query, another forecast: an application number typed after the
// forecast — while its run with the priority (the if-proven line) may still
// be on its way — leaves neither that forecast nor its if-proven line shown,
// nor brings them back once the number is cleared (they were the query
// before's; the parent runs the forecast again).
test("ru: typing an application number after the forecast forgets it and its run with the priority", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await servicemanToDocuments(page);
  await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="unconfirmed"]');
  await page.click("#kz-next");
  await step(page, "queue");
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-position");
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-result");
  await page.fill("#kz-application-id", "999999");
  await page.waitForSelector("#kz-forecast-result", { state: "detached", timeout: 3000 });
  await page.fill("#kz-application-id", "");
  await page.waitForSelector("#kz-position");
  // Long enough for a forecast run still on its way to come back.
  await page.waitForTimeout(1500);
  assert.equal(await page.locator("#kz-forecast-result").count(), 0, "the query before's forecast is not shown again");
  assert.equal(await page.locator("#kz-forecast-if-proven").count(), 0, "nor its run with the priority");
  // Run again, the forecast and its if-proven line are the query's own.
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-result #kz-forecast-if-proven", { timeout: 60000 });
  assert.equal(await page.getAttribute("#kz-forecast-if-proven", "data-group"), "out-of-turn");
  await context.close();
});

test("ru: an expired serviceman's certificate changes the outcome — place as a general applicant, and a warning before the hand-off", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await servicemanToDocuments(page);
  await page.check("#held-service_workplace_certificate");
  await page.fill("#issued-service_workplace_certificate", "2026-10-10");
  await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="expired"]');
  await page.click("#kz-next");
  await step(page, "queue");
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-position");
  await page.waitForSelector("#kz-if-not-proven");
  assert.match(await page.textContent("#kz-if-not-proven"), /на общих основаниях: место \d+/);
  // The headline is the place if the right is not confirmed (the caveat's
  // general place), not the place with the out-of-turn right counted; that
  // one is the line under it.
  const general = /на общих основаниях: место (\d+)/.exec(await page.textContent("#kz-if-not-proven"))[1];
  const best = await page.getAttribute("#kz-position", "data-position");
  assert.match(await page.textContent("#kz-position h3"), new RegExp(`^Место ${general} из \\d+, если право на внеочередное получение места не подтвердится`));
  assert.match(await page.textContent("#kz-position-if-proven"), new RegExp(`^Если право подтвердится: место ${best} из \\d+`));
  // cl. 22 says the application is registered once its documents are
  // confirmed, not what follows when the priority proof is not: a reading.
  assert.match(await page.textContent("#kz-if-not-proven"), /Толкование Kezek/);
  // The forecast, like the headline, is the place without the right: it says
  // so beside its dates and chances, not only the position card (walkthrough
  // M5; cl. 22 — the run with the right is the line after the caveat).
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-result");
  const caveat = await page.locator("#kz-forecast-result #kz-forecast-if-not-proven").textContent({ timeout: 2000 }).catch(() => null);
  assert.match(caveat ?? "(no caveat in the forecast)", /как и место в заголовке, рассчитан на случай, если право на внеочередное или первоочередное получение места не подтвердится.*общих основаниях/s);
  await assertAccessible(page, "ru queue, expired proof");
  await page.click("#kz-next");
  await step(page, "handoff");
  await page.waitForSelector("#kz-handoff-warning");
  assert.match(await page.textContent("#kz-handoff-warning"), /Перед подачей/);
  await assertAccessible(page, "ru handoff, expired proof");
  assert.deepEqual(await englishWords(page), []);
  await context.close();
});

// Annex 1's boxes 1, 2 and 4 end «(құжаттың көшірмесі)»: on paper a copy of
// the proof goes with the form, so the confirmation's list of what to bring
// says to bring one with the original (04.12.2026, third) — for that proof
// only.
for (const [lang, locale, doc, copy] of [
  ["ru", "ru-RU", /Справка с места работы/, /копию документа к заявлению/],
  ["kk", "kk-KZ", /Әскери қызметкердің немесе арнаулы/, /оның көшірмесін/],
]) {
  test(`${lang}: at the office a serviceman's family is told to bring the certificate with a copy for the form (Annex 1 box 1)`, async () => {
    const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: PHONE });
    await servicemanToDocuments(page);
    await page.check("#held-service_workplace_certificate");
    await page.fill("#issued-service_workplace_certificate", "2026-11-20");
    await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="ok"]');
    await page.goto(page.url().replace(/#.*$/, "#/handoff"));
    await step(page, "handoff");
    await page.click('label[for="consent"]');
    await page.waitForSelector("#kz-confirmation");
    const bring = await page.$$eval("#kz-done-bring li", (els) => els.map((e) => e.textContent));
    const cert = bring.filter((b) => doc.test(b));
    assert.equal(cert.length, 1, bring.join(" | "));
    assert.match(cert[0], copy, cert[0]);
    assert.equal(bring.filter((b) => copy.test(b)).length, 1, `only the box's proof: ${bring.join(" | ")}`);
    assert.deepEqual(await englishWords(page), []);
    await context.close();
  });
}

// Annex 2 p. 8 sub. 4 (office) and portal sub. 2: the serviceman's workplace
// certificate is «(бар болған жағдайда)», "if any": without it the set is
// complete (no refusal), but nothing confirms the out-of-turn right (cl. 22:
// the application gets its place in the queue only once its documents are
// confirmed). The position and the forecast run with the claimed group, so
// they say so, and so does the hand-off (second reading F9; before, only the
// step-6 summary did, and step 7 showed an out-of-turn place as certain).
test("ru: a serviceman with no workplace certificate — complete set, but the place and the forecast say the priority is not confirmed, and so does the hand-off", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await servicemanToDocuments(page);
  await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="unconfirmed"]');
  const { place, forecast, ifProven, ifProvenGroup, handoff: unproven } = await priorityCaveats(page);
  assert.match(place ?? "(no caveat beside the place)", /на общих основаниях: место \d+/);
  assert.match(forecast ?? "(no caveat in the forecast)", /рассчитан на случай, если право на внеочередное или первоочередное получение места не подтвердится: ребенок в лучшем случае встанет в очередь на общих основаниях \(толкование Kezek\)/);
  assert.match(ifProven ?? "(no forecast with the priority)", /^Если право на внеочередное получение места подтвердится, (в половине .* место приходит до \d\d\.\d\d\.\d{4}|место до .* меньше чем в половине)/s);
  assert.equal(ifProvenGroup, "out-of-turn");
  assert.match(unproven ?? "(no word of the unconfirmed priority before the hand-off)", /не подтвержд/);
  assert.match(unproven, /Справка с места работы/i, "names the document that confirms the priority");
  // The certificate is not among the documents "missing or out of date" (the
  // set is complete without it: no refusal is foretold for it).
  const missing = (await page.locator("#kz-handoff-warning").count()) ? await page.textContent("#kz-handoff-warning") : "";
  assert.doesNotMatch(missing, /Справка с места работы/i);
  // …nor is a refusal or a lost category foretold under the documents that are
  // missing (here the phthisiatrician's conclusion, no priority's proof).
  assert.doesNotMatch(missing, /льгота не будет учтена/);
  await assertAccessible(page, "ru handoff, priority not confirmed");
  assert.deepEqual(await englishWords(page), []);
  await context.close();
});

// Annex 2 p. 8 sub. 4 («… анықтама (бар болған жағдайда) (берілген күннен
// бастап бір ай ішінде жарамды)») with cl. 22: the certificate ticked as held
// with no issue date is not judged yet, so the place and the forecast still
// count the right as not proven (the safe side) — but their caveats said
// «Принесите действующий документ» of a document the parent holds. They now
// ask for its issue date at step 6.
test("ru: a serviceman's certificate held without its issue date — the place and the forecast ask for the date, not for a valid document", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await servicemanToDocuments(page);
  await page.check("#held-service_workplace_certificate");
  await page.waitForSelector('[data-doc="service_workplace_certificate"][data-status="awaits-date"]');
  const { place, forecast } = await priorityCaveats(page);
  for (const said of [place ?? "(no caveat beside the place)", forecast ?? "(no caveat in the forecast)"]) {
    assert.match(said, /Укажите дату выдачи на шаге 6/, said);
    assert.doesNotMatch(said, /Принесите действующий документ/, said);
  }
  await context.close();
});

// Order 254 cl. 20 p. 1 (the law-enforcement ground, added by order 464) has
// no box on Annex 1: the prepared application declares it in words
// (`declared_grounds`), and what the parent copies to egov and signs on paper
// must carry it too — before, both said only "None of these". Annex 2 p. 8
// sub. 2–3: the birth certificate and the applicant's identity document are
// shown «сәйкестендіру үшін» at the office, so "take with you" lists them.
test("ru: a law-enforcement family's ground is declared on the form and in the answers, and the identity documents are in 'take with you'", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await step(page, "service");
  await page.click('label[for="service-00403001"]');
  await page.click('label[for="channel-state_corporation"]');
  await page.click("#kz-next");
  await step(page, "child");
  await page.fill("#child-iin", "230510512343");
  await page.fill("#child-settlement", "Астана");
  await page.click("#kz-next");
  await step(page, "applicant");
  await page.click('label[for="role-parent"]');
  await page.fill("#applicant-iin", "900315410004");
  await page.fill("#applicant-name", "Иванова Анна");
  await page.click("#kz-next");
  await step(page, "family");
  await page.check("#family-law_enforcement");
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  await page.click('label[for="consent"]');
  await page.waitForSelector("#kz-confirmation");
  // The category is the box ticked, in the form's words, with no copy
  // button and no commentary (the walk of 05.12 copied «— заявлено словами…»);
  // the ground the form has no box for is Kezek's note beside the answers.
  const category = await page.textContent('#kz-answers [data-answer="category"]');
  assert.match(category, /10\) не относится ни к одной из перечисленных выше категорий/, category);
  assert.doesNotMatch(category, /правоохранительн/, `no commentary in the value: ${category}`);
  assert.equal(await page.locator('#kz-answers [data-answer="category"] .kz-copy').count(), 0);
  const declared = await page.textContent('#kz-confirmation .kz-declared-ground[data-ground="law_enforcement"]');
  assert.match(declared, /правоохранительн/, `Kezek's note names the ground: ${declared}`);
  // The printed Annex 1 is the form's words: the ground (no box there) is
  // Kezek's note below the forms, and on the screen one of the lines to
  // write in by hand before signing.
  const annex = await page.textContent(".kz-annex1");
  assert.doesNotMatch(annex, /правоохранительн/, `no line of Kezek's in the form: ${annex}`);
  assert.match(await page.textContent("#kz-print-notes"), /правоохранительн/);
  assert.match(await page.textContent("#kz-print-fill"), /правоохранительн/);
  const bring = await page.$$eval("#kz-done-bring li", (els) => els.map((e) => e.textContent).join(" | "));
  assert.match(bring, /Свидетельство о рождении/, bring);
  assert.match(bring, /удостоверяющий личность/, bring);
  assert.deepEqual(await englishWords(page), []);
  await context.close();
});

// cl. 22: the provider checks «заңды өкілдің, бала мен өтініш берушінің
// арасындағы құқықтарының болуын растайтын барлық ақпаратты»; Annex 2 p. 8
// names no document for it. A guardian is told to bring the act that made
// them the child's representative (a reading, said so). And the printed
// Annex 1 follows the form's lines: addressed to the service provider, the
// applicant's address and the child's full name (filled in on paper) as
// lines to fill in where Kezek does not know them.
test("ru: a guardian is told to bring the act of guardianship, and the printed Annex 1 has the form's address and child's-name lines", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await toConfirmation(page, { channel: "provider_office", name: "Иванова Анна", role: "guardian" });
  const bring = await page.$$eval("#kz-done-bring li", (els) => els.map((e) => e.textContent).join(" | "));
  assert.match(bring, /законным представителем/, bring);
  assert.match(bring, /Толкование Kezek/, "said to be a reading");
  const annex = await page.textContent(".kz-annex1");
  assert.match(annex, /услугодателю/i, "addressed as the form is");
  assert.match(annex, /проживающ\S* по адресу: _{5,}/i, `the applicant's address line: ${annex}`);
  assert.match(annex, /_{5,} \(Ф\.И\.О\. ребенка/, `the child's name line: ${annex}`);
  assert.match(annex, /\(не более двух\): _{5,}/, "no phone given: a line to fill in, not an empty 'SMS: .'");
  assert.match(annex, /Приложение 1 к Правилам/, "an annex to the Rules, not to the order");
  // Kezek's translation, said under the mark; the form's fourth header line
  // (no caption) stands blank above «Заявление», Kezek's note says so.
  assert.match(annex, /Правилам[^]*Перевод Kezek с официального казахского текста формы/, annex);
  assert.match(annex, /\(далее – ИИН\)\)_{5,}Заявление/, `the form's blank line before «Заявление»: ${annex}`);
  assert.match(await page.textContent("#kz-print-note-blank-line"), /Заявление/);
  assert.doesNotMatch(annex, /Кому:|От:/, "the form has no «Кому:», «От:» (Annex 1)");
  // Annex 2 p. 8 item 1: the applications under Annexes 1 and 5 — both
  // printed; Annex 5's addressee (a preschool) is not known yet: a line.
  const annex5 = await page.textContent(".kz-annex5");
  assert.match(annex5, /_{5,} \(дошкольная организация\)/, annex5);
  assert.doesNotMatch(annex5, /Кому:/, "the form has no «Кому:» (Annex 5)");
  assert.match(annex5, /Иванова Анна/, annex5);
  // The rules' own text of the reading, with its exception for a parent on
  // the birth certificate (an adoptive parent named there need not bring the decision).
  assert.match(bring, /вы не указаны как родитель/, bring);
  assert.deepEqual(await englishWords(page), []);
  await context.close();
});

// The same reading on egov.kz, where the identity documents are the
// gateway's and the reading sits on the application's item: step 6 said it
// only once consent was given (the item showed "the application on step 8"
// alone), so the list a trustee printed before that lacked the act.
test("ru: on egov a trustee sees on step 6, before consent, that the act of trusteeship is to be shown (cl. 22, a reading)", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await fillCase(page, { service: "00403001", channel: "egov_portal", birthDate: "2021-03-01", role: "trustee", family: ["without_parental_care"] });
  await next(page, "documents");
  const item = await page.textContent('[data-doc="application_form"]');
  assert.match(item, /шаге 8/, item);
  assert.match(item, /законным представителем/, item);
  await context.close();
});

// Walkthrough 28 (m9): the printed Annex 1 carried a pre-printed date («Күні
// 03.12.2026» — wrong if signed another day; the form's «Күні ___» is blank) and a
// SHA-256 line on the official form, and nothing on the screen said which
// blanks the parent writes in before signing. The date is a line to write
// in; the digest stands below the forms as Kezek's note, apart from them;
// the screen names the blanks before the print button. Annex 5 likewise.
// Annex 2 p. 8 (portal) sub. 1: on egov.kz the application of Annexes 1 and 5
// is «ЭЦҚ қойылған электрондық құжат нысанындағы өтініш» — an electronic
// document signed online. The confirmation told a portal parent "before you
// sign, write in by hand on the printed forms" beside "sign and send the
// application" on egov.kz (the walk of 05.12): the printout there is a copy
// for the parent, said so, with no blanks to write in.
for (const [lang, locale, copy] of [
  ["ru", "ru-RU", /копия для вас/],
  ["kk", "kk-KZ", /өзіңізге арналған көшірме/],
]) {
  test(`${lang}: on egov.kz the printed form is a copy for the parent, with no blanks to write in before signing (Annex 2 p. 8)`, async () => {
    const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: PHONE });
    await toConfirmation(page, { channel: "egov_portal" });
    assert.equal(await page.locator("#kz-print-fill").count(), 0, "no hand-written blanks on the portal");
    assert.match(await page.textContent("#kz-print-portal-copy"), copy);
    assert.equal(await page.locator("#kz-print").count(), 1, "the copy can still be printed");
    assert.deepEqual(await englishWords(page), []);
    await context.close();
  });
}

for (const [channel, lang, locale, date, fill, copy] of [
  ["provider_office", "ru", "ru-RU", /Дата _{5,}/, [/адрес/, /Ф\.И\.О\. ребенка/, /дату/, /согласии \(приложение 5\) строку «\(дошкольная организация\)»: до направления детский сад не выбран/], "(копия документа)"],
  ["state_corporation", "kk", "kk-KZ", /Күні _{5,}/, [/мекенжай/, /баланың тегі/, /күн/, /келісімдегі \(5-қосымша\) «\(мектепке дейінгі ұйым\)» жолы/], "(құжаттың көшірмесі)"],
]) {
  test(`${lang}: the printed Annex 1 leaves the date to write in, Kezek's digest stands apart from the forms, and the screen names the blanks (${channel})`, async () => {
    const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: PHONE });
    await toConfirmation(page, { channel, name: "Иванова Анна" });
    const annex1 = await page.textContent(".kz-annex1");
    assert.match(annex1, date, `the date is a line to write in: ${annex1}`);
    // Boxes 1, 2 and 4 of the form end «(құжаттың көшірмесі)» (Annex 1).
    const boxes = await page.$$eval(".kz-annex1 ol li", (els) => els.map((e) => e.textContent));
    assert.equal(boxes.length, 10);
    assert.deepEqual(boxes.map((b, i) => [i + 1, b.endsWith(copy)]), boxes.map((_, i) => [i + 1, [1, 2, 4].includes(i + 1)]), boxes.join(" | "));
    assert.doesNotMatch(annex1, /\d\d\.\d\d\.\d{4}/, `no pre-printed date: ${annex1}`);
    for (const form of [".kz-annex1", ".kz-annex5"]) {
      assert.doesNotMatch(await page.textContent(form), /SHA-256/, `no digest on the form ${form}`);
    }
    const digest = await page.textContent("#kz-print-digest");
    assert.match(digest, /SHA-256/);
    assert.match(digest, /Kezek/, "said to be Kezek's note");
    const told = await page.textContent("#kz-print-fill");
    for (const re of fill) assert.match(told, re, told);
    // Both IINs given: neither is a line to write in.
    assert.doesNotMatch(told, /ИИН|ЖСН/, told);
    assert.ok(await page.isVisible("#kz-print-fill"), "said on the screen, before printing");
    await page.emulateMedia({ media: "print" });
    assert.ok(await page.isVisible("#kz-print-digest"), "printed, below the forms");
    assert.equal(await page.isVisible("#kz-print-fill"), false, "the instruction is not printed");
    await page.emulateMedia({ media: "screen" });
    assert.deepEqual(await englishWords(page), []);
    await context.close();
  });
}

// Annex 1 («…(бұдан әрі – ЖСН) ___»): with no IIN given, the printed form
// read «От: Иванова Анна, ИИН » — nothing after it, no line to write in.
// It is a blank line, as every value not given on the forms, with the
// form's caption under it (and no «От:», which the form does not have).
test("ru: the printed Annex 1 leaves a line for the applicant's IIN not given", async () => {
  const { page, context } = await open(env.browser, appUrl(env.site), { locale: "ru-RU", viewport: PHONE });
  await step(page, "service");
  await page.click('label[for="service-00403001"]');
  await page.click('label[for="channel-provider_office"]');
  await page.click("#kz-next");
  await step(page, "child");
  await page.fill("#child-iin", "230510512343");
  await page.fill("#child-settlement", "Астана");
  await page.click("#kz-next");
  await step(page, "applicant");
  await page.click('label[for="role-parent"]');
  await page.fill("#applicant-name", "Иванова Анна");
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  const annex1 = await page.textContent(".kz-annex1");
  assert.match(annex1, /Иванова Анна \(фамилия[^]*_{5,} \(индивидуальный идентификационный номер/, annex1);
  await context.close();
});
