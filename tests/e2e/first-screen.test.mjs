// The first screen is in index.html itself: a parent on a slow phone reads
// "what do you need?" and can follow its links before the wasm has arrived;
// the app then takes the screen over without a jump and without losing a tap.
// The wasm download is blocked or held back by request interception here.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, launch, serve } from "./harness.mjs";

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

const ftl = (lang, id) => fs.readFileSync(path.join(DIST, "messages", `ui.${lang}.ftl`), "utf8").match(new RegExp(`^${id} = (.+)$`, "m"))[1];
const APP = "main.kz-app:not(#kz-static)";

/**
 * A page whose wasm requests (those matching `only`: all of them unless
 * given) are held until `release()`, or aborted with `block`.
 */
async function openHeld(locale, { block = false, init, only = /\.wasm$/, also = null } = {}) {
  const context = await browser.newContext({ locale, viewport: { width: 390, height: 844 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(only, async (route) => {
    if (block) return route.abort();
    await held;
    await route.continue();
  });
  // `also`: a second pattern held until `releaseAlso()`.
  let releaseAlso;
  const heldAlso = new Promise((r) => (releaseAlso = r));
  if (also)
    await page.route(also, async (route) => {
      await heldAlso;
      await route.continue();
    });
  await page.goto(`${site.url}/index.html?nosw`, { waitUntil: "domcontentloaded" });
  return { context, page, errors, release, releaseAlso };
}

test("index.html carries the Kazakh first screen as markup, with working links, and the Russian one; the English one is beside it", async () => {
  const html = await (await fetch(`${site.url}/index.html`)).text();
  assert.match(html, /<main[^>]* id="kz-static"/);
  assert.match(html, /id="need-kindergarten" href="#\/service"/, "the kindergarten link works without the app");
  assert.ok((html.match(/href="#\/svc\/\d+"/g) || []).length >= 10, "the family-and-children services are linked");
  assert.ok(html.includes(ftl("kk", "ui-boot-loading")), "a translated loading state");
  assert.ok(html.includes(ftl("kk", "ui-start-lead")), "the Kazakh lead of the first screen");
  assert.match(html, /<template id="kz-static-ru"><main[^>]* id="kz-static"[^>]* lang="ru"/, "the Russian screen, in a template");
  assert.ok(html.includes(ftl("ru", "ui-start-lead")), "the Russian lead of the first screen");
  assert.ok(!html.includes(ftl("en", "ui-start-lead")), "not the English one");
  assert.match(html, /<meta name="kezek-first-screen-fetched" content="en">/);
  const en = await (await fetch(`${site.url}/first-screen.en.html`)).text();
  assert.match(en, /^<main[^>]* id="kz-static"[^>]* lang="en"/);
  assert.ok(en.includes(ftl("en", "ui-start-lead")), "en: the lead of the first screen");
  assert.match(en, /id="need-kindergarten" href="#\/service"/);
  // The English screen is fetched only for a parent reading English; the
  // embedding bridge only in a frame.
  for (const [locale, wanted] of [["kk-KZ", []], ["ru-RU", []], ["en-US", ["/first-screen.en.html"]]]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/index.html?nosw`);
    await page.waitForSelector(`${APP} #need-kindergarten`);
    assert.deepEqual(asked.filter((p) => /first-screen\.\w+\.html|bridge\.js|embed\//.test(p)), wanted, locale);
    await context.close();
  }
});

test("index.html describes itself in the page's language and tells a browser without JavaScript why, in every language", async () => {
  const html = await (await fetch(`${site.url}/index.html`)).text();
  const escaped = (t) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  assert.match(html, /<html lang="kk">/);
  assert.ok(html.includes(`<meta name="description" content="${escaped(ftl("kk", "ui-meta-description"))}">`), "the description is Kazakh, as the page");
  const noscript = html.match(/<noscript>([\s\S]*?)<\/noscript>/)?.[1] ?? "";
  for (const lang of ["kk", "ru", "en"]) assert.ok(noscript.includes(`<p lang="${lang}">${escaped(ftl(lang, "ui-boot-no-script"))}</p>`), `the no-JavaScript notice in ${lang}`);
  assert.doesNotMatch(html, /kezek:(description|noscript|first-screen)/, "no placeholder is left");
});

test("with the wasm request blocked, the first screen is readable in the parent's language and says the checker could not load", async () => {
  const { context, page } = await openHeld("ru-RU", { block: true });
  await page.waitForSelector('#kz-static[lang="ru"]');
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  assert.equal((await page.textContent("#kz-static #kz-step-title")).trim(), ftl("ru", "ui-start-title"));
  assert.ok(await page.isVisible("#kz-static #need-kindergarten"));
  assert.ok((await page.locator("#kz-static a[href^='#/svc/']").count()) >= 10);
  // The failed download is said in Russian, with a way to try again.
  await page.waitForSelector('#kz-boot[data-state="failed"]');
  assert.equal((await page.textContent("#kz-boot span")).trim(), ftl("ru", "ui-boot-failed"));
  assert.equal((await page.textContent("#kz-boot button")).trim(), ftl("ru", "ui-boot-reload"));
  // Its links work as links; the first screen's list gives way to the status.
  await page.click("#kz-static #need-kindergarten");
  assert.equal(await page.evaluate(() => location.hash), "#/service");
  assert.equal(await page.isVisible("#kz-static .kz-step"), false);
  assert.ok(await page.isVisible("#kz-boot"));
  await context.close();
});

test("without WebAssembly the first screen stays readable and says why the checker cannot start", async () => {
  const { context, page } = await openHeld("kk-KZ", { block: true, init: () => delete globalThis.WebAssembly });
  await page.waitForSelector('#kz-boot[data-state="nowasm"]');
  assert.equal((await page.textContent("#kz-boot span")).trim(), ftl("kk", "ui-boot-no-wasm"));
  assert.equal((await page.textContent("#kz-static #kz-step-title")).trim(), ftl("kk", "ui-start-title"));
  await context.close();
});

test("while the wasm loads the parent sees 'loading the checker'; the app then replaces the screen in place", async () => {
  const { context, page, errors, release } = await openHeld("kk-KZ");
  await page.waitForSelector("#kz-static");
  assert.equal((await page.textContent("#kz-boot")).trim(), ftl("kk", "ui-boot-loading"));
  assert.ok(await page.isVisible("#kz-boot"));
  const boxes = () =>
    page.evaluate(() =>
      ["#kz-step-title", "#need-kindergarten", ".kz-footer"].map((s) => {
        const r = document.querySelector(s).getBoundingClientRect();
        return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
      }),
    );
  const before = await boxes();
  release();
  await page.waitForSelector(`${APP} #need-kindergarten`);
  assert.equal(await page.locator("#kz-static").count(), 0, "the static screen is gone");
  assert.equal(await page.locator("#kz-boot").count(), 0, "the loading state is gone");
  assert.equal(await page.locator("#kz-step-title").count(), 1);
  assert.deepEqual(await boxes(), before, "nothing moved when the app took over");
  assert.deepEqual(errors, []);
  await context.close();
});

// Walk 44: on a desktop in Russian the "loading the checker" pill, fixed
// at the bottom, stood over a service's description line. It is now an opaque
// bar the window's width, and the static screen keeps room below its last
// line: scrolled to the end, no line of the screen is under it.
test("ru, desktop: the loading bar is the window's width and covers no line at the end of the static screen", async () => {
  const context = await browser.newContext({ locale: "ru-RU", viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // The wasm held back: the bar says "loading" meanwhile.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.abort();
  });
  await page.goto(`${site.url}/index.html?nosw`, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("#kz-static #need-kindergarten");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  const bar = await page.evaluate(() => {
    const r = document.getElementById("kz-boot").getBoundingClientRect();
    return { left: r.left, right: r.right, width: document.documentElement.clientWidth };
  });
  assert.equal(Math.round(bar.left), 0, JSON.stringify(bar));
  assert.equal(Math.round(bar.right), bar.width, JSON.stringify(bar));
  await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const covered = await page.evaluate(() => {
    const top = document.getElementById("kz-boot").getBoundingClientRect().top;
    return [...document.querySelectorAll("#kz-static li, #kz-static p, #kz-static .kz-footer")]
      .filter((e) => e.checkVisibility() && e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().bottom > top + 1)
      .map((e) => e.textContent.trim().slice(0, 60));
  });
  assert.deepEqual(covered, []);
  release();
  await context.close();
});

test("opened on another screen (a wizard step), the static first screen does not show the wrong screen", async () => {
  const context = await browser.newContext({ locale: "kk-KZ" });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(`${site.url}/index.html?nosw#/child`, { waitUntil: "domcontentloaded" });
  await page.waitForSelector("#kz-static .kz-header");
  assert.equal(await page.isVisible("#kz-static .kz-step"), false);
  assert.ok(await page.isVisible("#kz-boot"));
  await context.close();
});

test("a tap on the static screen before the app starts is not lost", async () => {
  const { context, page, release } = await openHeld("kk-KZ");
  await page.click("#kz-static #need-kindergarten");
  release();
  await page.waitForSelector(`${APP} .kz-step[data-step="service"]`);
  assert.equal(await page.locator("#kz-static").count(), 0);
  await context.close();
});

test("the static language buttons work before the app starts, and the app starts in the chosen language", async () => {
  const { context, page, release } = await openHeld("kk-KZ");
  await page.click("#kz-static #kz-lang-en");
  // The English screen is fetched (first-screen.en.html), then shown.
  await page.waitForSelector('#kz-static[lang="en"]');
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal((await page.textContent("#kz-static #kz-step-title")).trim(), ftl("en", "ui-start-title"));
  assert.equal((await page.textContent("#kz-boot")).trim(), ftl("en", "ui-boot-loading"));
  await page.click("#kz-static #kz-lang-kk");
  await page.waitForSelector('#kz-static[lang="kk"]');
  assert.equal((await page.textContent("#kz-static #kz-step-title")).trim(), ftl("kk", "ui-start-title"));
  await page.click("#kz-static #kz-lang-en");
  await page.waitForSelector('#kz-static[lang="en"]');
  release();
  await page.waitForSelector(`${APP} #kz-lang-en[aria-pressed="true"]`);
  assert.equal((await page.textContent(`${APP} #kz-step-title`)).trim(), ftl("en", "ui-start-title"));
  await context.close();
});

test("the app fetches only the language it shows, and the next one when the parent switches", async () => {
  const { context, page, release } = await openHeld("kk-KZ");
  const fetched = [];
  page.on("request", (r) => /messages\/ui\./.test(r.url()) && fetched.push(new URL(r.url()).pathname));
  release();
  // The whole app (not the first screen's module, which has its own files).
  await wizardReady(page);
  assert.ok(!fetched.includes("/messages/ui.ru.ftl"), "Russian was not fetched before the switch");
  await page.click(`${APP} #kz-lang-ru`);
  await page.waitForSelector(`${APP} #kz-lang-ru[aria-pressed="true"]`);
  assert.equal((await page.textContent(`${APP} #kz-step-title`)).trim(), ftl("ru", "ui-start-title"));
  assert.ok(!fetched.includes("/messages/ui.en.ftl"), "English was never fetched");
  assert.ok(fetched.includes("/messages/ui.ru.ftl"), "Russian was fetched on the switch");
  await context.close();
});

// The first screen's own small module (crates/kezek-app/src/first.rs) starts
// first; the whole app (kezek_app_bg.<hash>.wasm) follows and takes over.
const WHOLE_APP = /kezek_app_bg\.[0-9a-f]{16}\.wasm$/;
const wizardReady = (page) => page.waitForFunction(() => performance.getEntriesByName("kezek-wizard-ready").length > 0);
const boxes = (page) =>
  page.evaluate(() =>
    ["#kz-step-title", "#need-kindergarten", ".kz-footer", ".kz-lang"].map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return [s, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    }),
  );

test("the first screen's own module replaces the static screen while the whole app loads; the app then takes over, nothing moves", async () => {
  const FIRST = /kezek_first_bg\.[0-9a-f]{16}\.wasm$/;
  const { context, page, errors, release, releaseAlso } = await openHeld("kk-KZ", { only: WHOLE_APP, also: FIRST });
  await page.waitForSelector("#kz-static");
  const onStatic = await boxes(page);
  const text = () => page.evaluate(() => document.querySelector("main.kz-app").innerText);
  const staticText = await text();
  releaseAlso();
  await page.waitForSelector(`${APP} #need-kindergarten`);
  assert.equal(await text(), staticText, "the first screen's module shows the same words");
  assert.equal(await page.locator("#kz-static").count(), 0, "the static screen is gone");
  assert.equal(await page.locator("#kz-boot").count(), 0, "the loading state is gone");
  assert.equal(await page.evaluate(() => performance.getEntriesByName("kezek-wizard-ready").length), 0, "the whole app is still held");
  assert.deepEqual(await boxes(page), onStatic, "nothing moved when the first screen's module took over");
  release();
  await wizardReady(page);
  assert.equal(await page.locator("main.kz-app").count(), 1, "one app on the page");
  assert.equal(await page.locator("#kz-step-title").count(), 1);
  assert.deepEqual(await boxes(page), onStatic, "nothing moved when the whole app took over");
  assert.equal(await text(), staticText, "the whole app shows the same words");
  assert.deepEqual(errors, []);
  await context.close();
});

// Walk 44: a returning parent (a draft stored) landed on «Что вам нужно?»
// with nothing saying the answers were kept or where they stopped. The first
// screen's module (from the stored text) and then the whole app (from the
// draft) say it, with a link to the step reached.
test("a returning parent is told the answers are kept and can continue at the step reached, on both modules", async () => {
  const FIRST = /kezek_first_bg\.[0-9a-f]{16}\.wasm$/;
  const draft = JSON.stringify({ version: 2, service: "00403001", child_birth_date: "2023-05-10", reached: "documents" });
  const { context, page, errors, release, releaseAlso } = await openHeld("ru-RU", {
    only: WHOLE_APP,
    also: FIRST,
    init: `localStorage.setItem("kezek.draft", ${JSON.stringify(draft)});`,
  });
  releaseAlso();
  await page.waitForSelector(`${APP} #kz-resume`);
  const said = async () => ({ text: await page.textContent(`${APP} #kz-resume`), href: await page.getAttribute(`${APP} #kz-resume-link`, "href") });
  const first = await said();
  assert.ok(first.text.includes(ftl("ru", "ui-resume-saved")), first.text);
  assert.match(first.text, /шаг 6, Документы/, first.text);
  assert.equal(first.href, "#/documents");
  release();
  await wizardReady(page);
  assert.deepEqual(await said(), first, "the whole app says the same");
  assert.deepEqual(errors, []);
  await context.close();
});

test("on the first screen's module the language switch works, and a tap waits for the whole app, which starts on the chosen screen", async () => {
  const { context, page, errors, release } = await openHeld("kk-KZ", { only: WHOLE_APP });
  await page.waitForSelector(`${APP} #need-kindergarten`);
  await page.click(`${APP} #kz-lang-ru`);
  await page.waitForSelector(`${APP} #kz-lang-ru[aria-pressed="true"]`);
  assert.equal((await page.textContent(`${APP} #kz-step-title`)).trim(), ftl("ru", "ui-start-title"));
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  assert.equal(await page.evaluate(() => localStorage.getItem("kezek.lang")), "ru", "the choice is remembered");
  await page.click(`${APP} #need-kindergarten`);
  assert.equal((await page.textContent(`${APP} #kz-next-loading`)).trim(), ftl("ru", "ui-loading"));
  release();
  await page.waitForSelector(`${APP} .kz-step[data-step="service"]`);
  assert.ok((await page.textContent(`${APP} #kz-step-title`)).includes(ftl("ru", "ui-step-service")), "the step in the chosen language");
  assert.equal(await page.locator("#kz-next-loading").count(), 0);
  assert.equal(await page.locator("main.kz-app").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

// A language asked for on the first screen's module is remembered at once, as
// the static screen's buttons do: the whole app may take over before that
// language's messages arrive, and it then starts in it (a lost tap before).
test("a language asked for on the first screen's module while the whole app arrives is the one the whole app starts in", async () => {
  const { context, page, errors, release } = await openHeld("kk-KZ", { only: WHOLE_APP });
  await page.waitForSelector(`${APP} #need-kindergarten`);
  let releaseRu;
  const ruHeld = new Promise((r) => (releaseRu = r));
  await page.route(/\/messages\/first\.ru\.ftl$/, async (route) => {
    await ruHeld;
    await route.continue();
  });
  await page.click(`${APP} #kz-lang-ru`);
  release();
  await wizardReady(page);
  await page.waitForSelector(`${APP} #kz-lang-ru[aria-pressed="true"]`, { timeout: 10000 });
  assert.equal((await page.textContent(`${APP} #kz-step-title`)).trim(), ftl("ru", "ui-start-title"));
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  // The first screen's module, gone, gets its messages late: nothing changes.
  const late = page.waitForResponse(/\/messages\/first\.ru\.ftl$/);
  releaseRu();
  await late;
  await page.evaluate(() => new Promise((r) => setTimeout(r, 200)));
  assert.equal(await page.getAttribute("html", "lang"), "ru");
  assert.equal(await page.evaluate(() => localStorage.getItem("kezek.lang")), "ru");
  assert.equal(await page.locator("main.kz-app").count(), 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a language whose messages cannot be fetched: the page stays in its language, says so in it, and does not remember the other", async () => {
  const { context, page, errors, release } = await openHeld("kk-KZ", { only: WHOLE_APP });
  await page.waitForSelector(`${APP} #need-kindergarten`);
  await page.route(/\/messages\/first\.ru\.ftl$/, (route) => route.abort());
  await page.click(`${APP} #kz-lang-ru`);
  await page.waitForSelector(`${APP} #kz-lang-failed`);
  assert.equal((await page.textContent(`${APP} #kz-lang-failed`)).trim(), ftl("kk", "ui-lang-failed"));
  assert.equal(await page.getAttribute("html", "lang"), "kk");
  assert.equal(await page.evaluate(() => localStorage.getItem("kezek.lang")), "kk", "the language shown stays the remembered one");
  release();
  await wizardReady(page);
  assert.equal(await page.getAttribute("html", "lang"), "kk");
  await page.waitForSelector(`${APP} #kz-lang-kk[aria-pressed="true"]`);
  assert.deepEqual(errors, []);
  await context.close();
});

test("when the whole app cannot be fetched, the first screen's module says so in the parent's language and offers a reload", async () => {
  const { context, page } = await openHeld("ru-RU", { block: true, only: WHOLE_APP });
  await page.waitForSelector(`${APP} #kz-app-failed`);
  assert.equal((await page.textContent(`${APP} #kz-app-failed p`)).trim(), ftl("ru", "ui-boot-failed"));
  assert.equal((await page.textContent(`${APP} #kz-app-failed button`)).trim(), ftl("ru", "ui-boot-reload"));
  assert.ok(await page.isVisible(`${APP} #need-kindergarten`), "the first screen stays readable");
  await context.close();
});

test("the first screen's module shows the same words as the static screen in kk, ru and en, the hidden ones too (its messages file lacks none)", async () => {
  const FIRST = /kezek_first_bg\.[0-9a-f]{16}\.wasm$/;
  for (const [locale, lang] of [["kk-KZ", "kk"], ["ru-RU", "ru"], ["en-US", "en"]]) {
    const { context, page, errors, releaseAlso } = await openHeld(locale, { only: WHOLE_APP, also: FIRST });
    await page.waitForSelector(`#kz-static[lang="${lang}"]`);
    const words = () => page.evaluate(() => document.querySelector("main.kz-app").textContent.replace(/\s+/g, " ").trim());
    const onStatic = await words();
    releaseAlso();
    await page.waitForSelector(`${APP} #need-kindergarten`);
    assert.equal(await words(), onStatic, `${lang}: the same words, <details> included`);
    // Before the first screen worked, only its own messages were fetched (the
    // whole app's follow with it).
    const asked = await page.evaluate(() => {
      const ready = performance.getEntriesByName("kezek-app-ready")[0].startTime;
      return performance.getEntriesByType("resource").filter((r) => r.startTime < ready).map((r) => new URL(r.name).pathname);
    });
    assert.ok(asked.includes(`/messages/first.${lang}.ftl`), `${lang}: the first screen's messages`);
    assert.ok(!asked.some((p) => /\/messages\/(ui|catalogue)\./.test(p)), `${lang}: not the whole messages files`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("every message the first screen's module names in its code is in messages/first.<lang>.ftl", () => {
  const src = ["first.rs", "components/frame.rs", "components/lang_switch.rs"]
    .map((f) => fs.readFileSync(path.join(DIST, "..", "crates", "kezek-app", "src", f), "utf8"))
    .join("\n");
  const ids = [...new Set([...src.matchAll(/\.t(?:_args)?\("([a-z][a-z0-9-]*)"/g)].map((m) => m[1]))];
  assert.ok(ids.length >= 8, `found ${ids.length}`);
  for (const lang of ["kk", "ru", "en"]) {
    const ftl = fs.readFileSync(path.join(DIST, "messages", `first.${lang}.ftl`), "utf8");
    for (const id of ids) assert.match(ftl, new RegExp(`^${id} =`, "m"), `${lang}: ${id}`);
  }
});
