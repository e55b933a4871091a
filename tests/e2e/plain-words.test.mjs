// Issue 17 items 8, 14 and 15, walked on the real screens in kk and ru at
// 375 px: the forecast in words a non-expert reads right (and consistent
// with its chart, labelled in HTML at a readable size, no date before today),
// "Why?" opening a plain reason before the citation and quoting only the
// clause used, and the parent's text free of internal codes, with short
// names on the first screen, a "none of these" choice and each ground's
// proof said as it is.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, SCREENSHOTS, open, useSiteAndBrowser } from "./harness.mjs";
import { PHONE } from "./parent.mjs";
import { fillCase, next, step } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });
const LANGS = [["kk", "kk-KZ"], ["ru", "ru-RU"]];
// A week after the sample city's snapshot (23.11.2026 09:00).
const TODAY = "2026-11-30";
const url = (hash = "#/service", today = TODAY) => `${env.site.url}/index.html?nosw&as_of=${today}T10:00${hash}`;

/** A one-line message of the built Fluent file `file` (ui or catalogue). */
const ftl = (lang, id, file = "ui") =>
  fs.readFileSync(path.join(DIST, "messages", `${file}.${lang}.ftl`), "utf8").match(new RegExp(`^${id} = (.+)$`, "m"))?.[1];

/** `dd.mm.yyyy` → `yyyy-mm-dd`. */
const iso = (d) => d.split(".").reverse().join("-");

/** The text of the app's screen with every <details> counted as open (the language switcher aside). */
const screenText = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("main.kz-app:not(#kz-static)").cloneNode(true);
    for (const el of root.querySelectorAll(".kz-lang")) el.remove();
    return root.textContent;
  });

async function toForecast(page, family) {
  await fillCase(page, { childIin: "230510512343", family });
  await next(page, "documents");
  await next(page, "queue");
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-position");
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-result", { timeout: 60000 });
}

for (const [lang, locale] of LANGS) {
  // The serviceman's walk is five weeks after the snapshot: simulated places
  // of November and December before today must not show as dates in the past.
  for (const [who, family, today] of [["a general family", [], TODAY], ["a serviceman (out of turn), the snapshot five weeks old", ["serviceman"], "2026-12-28"]]) {
    test(`${lang}: item 8 — ${who}: the forecast said in words that agree with its chart, labelled in HTML, no date before today`, async () => {
      const { page, context, log } = await open(env.browser, url("#/service", today), { locale, viewport: PHONE });
      await toForecast(page, family);
      const result = "#kz-forecast-result";

      // Labels are HTML at a readable size, not SVG text scaled down.
      assert.equal(await page.locator("#kz-forecast-chart text").count(), 0, "no SVG text in the chart");
      const labels = await page.$$eval(`${result} .kz-chart-axis .kz-tick`, (ls) =>
        ls.map((l) => {
          const r = l.getBoundingClientRect();
          return { text: l.textContent.trim(), size: parseFloat(getComputedStyle(l).fontSize), left: r.left, right: r.right };
        }),
      );
      assert.ok(labels.length >= 2, `month labels under the chart: ${JSON.stringify(labels)}`);
      for (const l of labels) {
        assert.ok(l.size >= 12, `label ${l.text} is ${l.size}px`);
        assert.ok(l.left >= 0 && l.right <= PHONE.width, `label ${l.text} is on the phone's screen`);
      }
      for (let i = 1; i < labels.length; i++) assert.ok(labels[i].left >= labels[i - 1].right, `labels ${labels[i - 1].text} and ${labels[i].text} overlap`);

      // No date before today, in the text or on the axis.
      const text = await page.textContent(result);
      for (const d of text.match(/\b\d{2}\.\d{2}\.\d{4}\b/g) || []) assert.ok(iso(d) >= today, `${d} is before today: ${text}`);
      for (const l of labels) {
        const [m, y] = l.text.split(".");
        assert.ok(`${y}-${m}` >= today.slice(0, 7), `axis month ${l.text} is before today's month`);
      }
      const bars = await page.$$eval("#kz-forecast-chart rect.kz-bar[data-month]", (bs) => bs.map((b) => ({ month: b.dataset.month, count: Number(b.dataset.count) })));
      assert.ok(bars.length >= 1 && bars.every((b) => b.month >= today.slice(0, 7)), `bars from today's month: ${JSON.stringify(bars.slice(0, 3))}`);
      if (today !== TODAY) {
        // Places the simulation put before today are said to be shown as today.
        assert.equal(await page.locator("#kz-forecast-clamped").count(), 1, "the older snapshot is explained");
        assert.ok(text.includes(today.split("-").reverse().join(".")), "today's date stands for the earlier places");
      }

      // In words: half of the 10,000 futures before the middle date; the
      // darker months said as what they are — the months around the tallest
      // bar, which is named — never "the months of the tallest bars" (a month
      // outside them can be taller than one inside).
      const words = await page.textContent("#kz-forecast-words");
      assert.match(words, /10\s000/, `the futures counted: ${words}`);
      const tallest = bars.reduce((a, b) => (b.count > a.count ? b : a));
      const likely = page.locator("#kz-forecast-likely");
      assert.equal(await likely.count(), 1, "the darker months are said");
      const [from, to] = [await likely.getAttribute("data-from"), await likely.getAttribute("data-to")];
      assert.ok(from <= tallest.month && tallest.month <= to, `darker ${from}..${to}, the tallest bar is ${tallest.month}`);
      const peak = tallest.month.split("-").reverse().join(".");
      assert.ok((await likely.textContent()).includes(peak), `the tallest bar ${peak} is named`);
      assert.doesNotMatch(text, lang === "kk" ? /ең биік бағандардың айлары/i : /месяцы самых высоких столбцов/i);

      // The percentiles in plain words, never bare P10/P50/P90.
      assert.doesNotMatch(text, /\bP\s?(10|50|90)\b/, "no bare percentile labels");
      const legend = await page.textContent(`${result} .kz-chart-legend`);
      assert.ok(legend.trim().length > 40, `the chart's lines explained: ${legend}`);

      // The chart keeps its text alternative, now with what it shows.
      assert.equal(await page.getAttribute("#kz-forecast-chart", "role"), "img");
      const alt = await page.getAttribute("#kz-forecast-chart", "aria-label");
      assert.ok(alt.includes(ftl(lang, "ui-queue-chart-title")) && alt.length > ftl(lang, "ui-queue-chart-title").length + 20, `text alternative: ${alt}`);
      assert.equal(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth), false, "no horizontal scroll");
      await page.locator("#kz-forecast").screenshot({ path: path.join(SCREENSHOTS, `plain-words-${lang}-375-forecast-${family.length ? "serviceman" : "general"}.png`) });
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }

  test(`${lang}: item 14 — "Why?" opens a plain reason first, then the citation; the clause text is only the clause used`, async () => {
    const { page, context, log } = await open(env.browser, url(), { locale, viewport: PHONE });
    await fillCase(page, { childIin: "230510512343", family: ["teacher"] });
    const whys = page.locator(".kz-step .kz-why");
    const n = await whys.count();
    assert.ok(n >= 4, `"Why?" on the result: ${n}`);
    for (let i = 0; i < n; i++) {
      const why = whys.nth(i);
      await why.locator("summary").click();
      const order = await why.evaluate((d) => [...d.children].filter((c) => c.tagName !== "SUMMARY").map((c) => c.className || c.tagName));
      assert.equal(order[0], "kz-why-plain", `the plain reason comes first (${i}): ${order}`);
      const plain = (await why.locator(".kz-why-plain").textContent()).trim();
      assert.ok(plain.length > 20, `a plain reason (${i}): ${plain}`);
      assert.doesNotMatch(plain, /\bui-|why-|order254/, `no raw id (${i}): ${plain}`);
      assert.ok((await why.locator("[data-cite]").count()) >= 1, `the citation follows (${i})`);
    }
    // The age's clause text: cl. 24 p. 9 is cited, so of cl. 24 only p. 9 is shown.
    const age = page.locator("#kz-age .kz-why");
    await age.locator("button.kz-link").click();
    await age.locator("blockquote.kz-law").first().waitFor();
    const quotes = await age.locator("blockquote.kz-law").evaluateAll((qs) => qs.map((q) => [...q.querySelectorAll("p")].map((p) => p.textContent.trim())));
    const cl24 = quotes.find((q) => q[0].startsWith("24."));
    assert.ok(cl24, "clause 24 is quoted");
    const subs = cl24.filter((p) => /^\d+\)/.test(p));
    assert.deepEqual(subs.map((p) => p.split(")")[0]), ["9"], `only sub-clause 9 of clause 24: ${subs.join(" | ")}`);
    await page.locator("#kz-age").screenshot({ path: path.join(SCREENSHOTS, `plain-words-${lang}-375-why-age.png`) });
    assert.deepEqual(log.errors, []);
    await context.close();
  });

  test(`${lang}: item 15 — no internal codes, short names over the official ones, "none of these", each proof said as it is`, async () => {
    const { page, context, log } = await open(env.browser, url("#/start"), { locale, viewport: PHONE });
    await page.waitForSelector("main.kz-app:not(#kz-static) [data-life] li[data-code] a");
    // The first screen: short plain names, each with the official name beneath.
    const links = await page.$$eval("main.kz-app:not(#kz-static) li[data-code]:not(.kz-register) > a", (as) =>
      as.map((a) => ({ code: a.closest("li").dataset.code, name: a.textContent.trim(), official: a.closest("li").querySelector(".kz-official")?.textContent.trim() })),
    );
    assert.ok(links.length >= 9);
    for (const l of links) {
      const official = ftl(lang, `svc-${l.code}`, "catalogue");
      assert.equal(l.official, official, `${l.code}: the official name beneath`);
      assert.ok(l.name.length <= 60 && l.name !== official, `${l.code}: a short plain name: ${l.name}`);
    }
    const cards = await page.$$eval("main.kz-app:not(#kz-static) li.kz-register summary", (ss) => ss.map((s) => s.textContent.trim()));
    for (const c of cards) assert.ok(c.length <= 60, `a register card's short name: ${c}`);
    const kindergarten = (await page.textContent("#need-kindergarten")).trim();
    assert.ok(kindergarten.length <= 40, `the kindergarten link is short: ${kindergarten}`);
    for (const d of await page.$$("main.kz-app:not(#kz-static) details")) await d.evaluate((e) => (e.open = true));
    assert.doesNotMatch(await screenText(page), /\b00\d{6}\b/, "no service code on the first screen");
    // The first screen in index.html (before the wasm) is the same.
    const html = await (await fetch(`${env.site.url}/index.html`)).text();
    const staticScreen =
      lang === "kk" ? html.split('<template id="kz-static-ru">')[0] : lang === "ru" ? html.split('<template id="kz-static-ru">')[1].split("</template>")[0] : await (await fetch(`${env.site.url}/first-screen.en.html`)).text();
    for (const l of links) assert.ok(staticScreen.includes(`>${l.name}<`), `${l.code}: the static first screen names it ${l.name}`);
    assert.doesNotMatch(staticScreen.replace(/data-code="\d+"|svc-link-\d+|#\/svc\/\d+|reg-\d+/g, ""), /\b00\d{6}\b/, "no code in the static first screen's text");

    // The wizard: no code on any screen.
    await page.click("#need-kindergarten");
    await step(page, "service");
    assert.doesNotMatch(await screenText(page), /\b00\d{6}\b/, "step 1");
    await choose2(page);
    await step(page, "child");
    await page.fill("#child-iin", "230510512343");
    await page.fill("#child-settlement", "Астана");
    await next(page, "applicant");
    await page.click('label[for="role-parent"]');
    await page.fill("#applicant-iin", "900315410004");
    await page.fill("#applicant-name", "Серікбаев Нұрлан");
    await page.fill("#applicant-phone-1", "+77011234567");
    await next(page, "family");

    // The family step: "none of these", exclusive with the grounds.
    const none = page.locator("#family-none");
    assert.equal(await none.count(), 1, "a 'none of these' choice");
    await page.check("#family-large_family");
    assert.equal(await none.isChecked(), false);
    await page.check("#family-none");
    assert.equal(await page.isChecked("#family-large_family"), false, "'none of these' clears the grounds");
    await page.check("#family-teacher");
    assert.equal(await none.isChecked(), false, "a ground clears 'none of these'");
    await page.check("#family-none");
    // Each ground's proof as it is: no "confirming document: documents confirming the right".
    const family = await screenText(page);
    assert.ok(!family.includes(ftl(lang, "doc-first-priority-proof")), "the circular proof text is gone");
    const proofs = await page.$$eval(".kz-proof", (ps) => ps.map((p) => p.textContent.trim()));
    assert.equal(new Set(proofs).size >= 3, true, `proofs differ by ground: ${proofs.join(" | ")}`);
    assert.doesNotMatch(family, /\b00\d{6}\b/, "family step");
    await next(page, "result");
    assert.doesNotMatch(await screenText(page), /\b00\d{6}\b/, "result");
    await next(page, "documents");
    await next(page, "queue");
    await next(page, "handoff");
    assert.doesNotMatch(await screenText(page), /\b00\d{6}\b/, "the summary");
    assert.deepEqual(log.errors, []);
    await context.close();
  });
}

async function choose2(page) {
  await page.click('label[for="service-00403001"]');
  await page.click('label[for="channel-egov_portal"]');
  await next(page, "child");
}
