// Issue 17 item 1: a step never lets through an answer that blocks a later
// step, and a "Next" that cannot proceed shows the error summary (GOV.UK):
// every problem at once at the top, each a link to its field, focus moved to
// the summary, and the same message at the field — once. Walked in kk and ru.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { assertAccessible, open, screenshot, useSiteAndBrowser } from "./harness.mjs";
import { answerApplicant, appUrl, next, step, toChild, type } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

/** The summary's links: the field each names and its text. */
async function summary(page) {
  await page.waitForSelector("#kz-error-summary", { timeout: 5000 });
  return page.$$eval("#kz-error-summary a", (as) => as.map((a) => ({ field: a.dataset.field, href: a.getAttribute("href"), text: a.textContent.trim() })));
}

async function focused(page) {
  return page.evaluate(() => document.activeElement?.id);
}

/** The error text shown at the field whose element id is `id`. */
async function fieldError(page, id) {
  return (await page.textContent(`#${id}-error`))?.trim();
}

for (const [lang, locale] of [["kk", "kk-KZ"], ["ru", "ru-RU"]]) {
  test(`${lang}: an empty step 1 lists both questions, focus goes to the summary, each link focuses its field`, async () => {
    const { page, context, log } = await open(env.browser, appUrl(env.site), { locale, viewport: { width: 375, height: 812 } });
    await step(page, "service");
    await page.click("#kz-next");
    const links = await summary(page);
    assert.deepEqual(links.map((l) => l.field), ["service", "channel"], "both unanswered questions, in page order");
    assert.equal(await focused(page), "kz-error-summary", "focus moved to the summary");
    assert.equal(links[0].text, await fieldError(page, "service"), "the message is also at the field");
    assert.equal(links[1].text, await fieldError(page, "channel"));
    await assertAccessible(page, `${lang} step 1 with errors`);
    await page.click('#kz-error-summary a[data-field="channel"]');
    assert.equal(await focused(page), "channel-egov_portal", "the link moved focus to the field");
    assert.equal(await page.getAttribute(".kz-step", "data-step"), "service", "still on step 1");
    await screenshot(page, `error-summary-${lang}-375-service`);
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: an empty step 2 names the IIN-or-birth-date and the settlement, each at its own field`, async () => {
    const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: { width: 375, height: 812 } });
    await toChild(page);
    await page.click("#kz-next");
    const links = await summary(page);
    assert.deepEqual(links.map((l) => l.field), ["child.iin", "child.settlement"]);
    assert.equal(links[0].text, await fieldError(page, "child-iin"));
    assert.equal(links[1].text, await fieldError(page, "child-settlement"));
    assert.equal(await page.locator("#child-birth-date-error").count(), 0, "no generic message under the birth date");
    // The settlements offered are named in the page's language.
    // The settlements offered are named in the page's language; the value
    // the application carries is the Kazakh official name in every language.
    const offered = await page.$$eval("#kz-settlements option", (os) => os.map((o) => [o.value, o.getAttribute("label")]));
    assert.equal(offered.length, 22);
    const karaganda = offered.find(([value]) => value === "Қарағанды");
    assert.deepEqual(karaganda, ["Қарағанды", lang === "ru" ? "Караганда" : null], "in Kazakh the name is its own label");
    assert.equal(await focused(page), "kz-error-summary");
    await assertAccessible(page, `${lang} step 2 with errors`);
    await context.close();
  });

  test(`${lang}: a birth date in the future is stopped on step 2 with a message, not a silent dead end on step 3`, async () => {
    const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: { width: 375, height: 812 } });
    await toChild(page);
    await type(page, "#child-birth-date", "2027-03-01");
    await type(page, "#child-settlement", "Астана");
    await page.click("#kz-next");
    await page.waitForTimeout(300);
    assert.equal(await page.getAttribute(".kz-step", "data-step"), "child", "Next did not let the future date through");
    const links = await summary(page);
    assert.deepEqual(links.map((l) => l.field), ["child.birth_date"]);
    assert.equal(links[0].text, await fieldError(page, "child-birth-date"));
    assert.equal(await focused(page), "kz-error-summary");
    await screenshot(page, `error-summary-${lang}-375-future-birth`);
    await page.click('#kz-error-summary a[data-field="child.birth_date"]');
    assert.equal(await focused(page), "child-birth-date");
    // Fixing the year lets the parent on.
    await type(page, "#child-birth-date", "2022-03-01");
    await next(page, "applicant");
    await context.close();
  });

  test(`${lang}: a bad IIN and a bad phone on step 3 both show; the IIN message once`, async () => {
    const { page, context } = await open(env.browser, appUrl(env.site), { locale, viewport: { width: 375, height: 812 } });
    await toChild(page);
    await type(page, "#child-iin", "210315601232");
    await type(page, "#child-settlement", "Астана");
    await page.click("#kz-next");
    const childLinks = await summary(page);
    assert.deepEqual(childLinks.map((l) => l.field), ["child.iin"]);
    const shown = await page.$$eval(".kz-step .kz-error", (els) => els.map((e) => e.textContent.trim()));
    assert.equal(shown.filter((t) => t === childLinks[0].text).length, 1, "the bad-IIN message appears once at the field");
    await type(page, "#child-iin", "230510512343");
    await next(page, "applicant");
    await answerApplicant(page, { applicantIin: "900315410005", name: "Ә".repeat(201), phone: "12345" });
    await page.click("#kz-next");
    const links = await summary(page);
    assert.deepEqual(links.map((l) => l.field), ["applicant.iin", "applicant.full_name", "applicant.phones[0]"], "every problem at once");
    assert.equal(links[1].text, await fieldError(page, "applicant-name"), "a name longer than a field takes is said at the name box");
    assert.match(links[1].text, /200/);
    assert.equal(links[2].text, await fieldError(page, "applicant-phone-1"));
    await page.click('#kz-error-summary a[data-field="applicant.full_name"]');
    assert.equal(await focused(page), "applicant-name");
    await assertAccessible(page, `${lang} step 3 with errors`);
    await context.close();
  });
}
