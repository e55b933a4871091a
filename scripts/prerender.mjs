// Writes the app's first screen ("what do you need?") into the built
// index.html as static markup, so a parent on a slow phone reads it and can
// follow its links before the wasm has arrived (web/first-screen.js explains
// how the app then takes over).
//
// The markup is the app's own: the built site is served, the app is started
// in headless Chromium once per language, and its rendered screen is copied.
// No second copy of the screen's markup or texts exists to drift. In the page:
//   <main id="kz-static" lang="kk" data-boot-*="…">  the Kazakh screen
//   <p id="kz-boot" role="status">                   "loading the checker…"
//   <template id="kz-static-ru">                      the Russian screen, for the switch
// and beside it first-screen.en.html: the English screen, fetched by
// first-screen.js for a parent who reads English. Russian, which many parents
// in Kazakhstan read, is in the page so that they read it at once; English is
// not (its bytes, and the browser's scanning and parsing of them, delayed
// every parent's first paint).
// The boot texts come from the app's Fluent files (ui-boot-* in messages/ui.<lang>.ftl).
//
// It also writes messages/first.<lang>.ftl: only the messages the first screen
// shows (the first screen's own module, crates/kezek-app/src/first.rs, fetches
// that file instead of the whole ui.<lang>.ftl and catalogue.<lang>.ftl). The
// app records every message id it asks for (`?record-messages`, see
// crates/kezek-app/src/i18n.rs); the messages and terms those refer to, and
// those the first screen's module shows only later (FIRST_SCREEN_LATER), are
// added.
//
//   node scripts/prerender.mjs dist
import fs from "node:fs";
import path from "node:path";
import { startServer } from "./serve.mjs";
import { launch } from "../tests/e2e/harness.mjs";

const LANGS = ["kk", "ru", "en"];
const DEFAULT = "kk";
// The other languages whose screen is in the page (a <template>); the rest are fetched.
const IN_PAGE = ["ru"];
const PLACEHOLDER = /<!-- kezek:first-screen[^>]*-->/;
const BOOT_KEYS = { loading: "ui-boot-loading", failed: "ui-boot-failed", nowasm: "ui-boot-no-wasm", reload: "ui-boot-reload" };

// Shown by the first screen's module after a tap or a failure, not on the
// screen the app renders here (crates/kezek-app/src/first.rs, components/frame.rs).
// A returning parent's line (services/start.rs resume_line): its texts and the step titles it names
// (the slugs of crates/kezek-app/src/route.rs's Step::ALL, in order: its test
// the_first_screens_messages_name_every_steps_title fails when they differ).
const RESUME = ["ui-resume-saved", "ui-resume-link", ...["service", "child", "applicant", "family", "result", "documents", "queue", "handoff"].map((s) => `ui-step-${s}`)];
const FIRST_SCREEN_LATER = ["ui-loading", "ui-boot-failed", "ui-boot-reload", "ui-lang-failed", "ui-svc-messages-failed", "ui-need-kindergarten", "ui-erase-confirm", "ui-start-title", "ui-tagline-services", ...RESUME];

const dir = path.resolve(process.argv[2] || "dist");
const indexFile = path.join(dir, "index.html");
const index = fs.readFileSync(indexFile, "utf8");
if (!PLACEHOLDER.test(index)) throw new Error("index.html has no <!-- kezek:first-screen --> placeholder");

/** A one-line Fluent message of the built messages file (the boot texts are plain text). */
function message(lang, id) {
  const ftl = fs.readFileSync(path.join(dir, "messages", `ui.${lang}.ftl`), "utf8");
  const m = ftl.match(new RegExp(`^${id} = (.+)$`, "m"));
  if (!m || /[{}]/.test(m[1])) throw new Error(`${lang}: ${id} must be a one-line message without placeables`);
  return m[1].trim();
}

/** Fluent entries (messages and terms) of a source, by id: each with its indented lines. */
function entries(src) {
  const out = new Map();
  let current = null;
  for (const line of src.split("\n")) {
    const start = line.match(/^(-?[a-zA-Z][a-zA-Z0-9_-]*)\s*=/);
    if (start) out.set(start[1], (current = [line]));
    // Continuation: an indented line, a blank one, or a select's closing brace (Fluent allows it unindented).
    else if (current && (line.startsWith(" ") || line.startsWith("}") || line.trim() === "")) current.push(line);
    else current = null;
  }
  return new Map([...out].map(([id, lines]) => [id, lines.join("\n").trimEnd()]));
}

/** Writes messages/first.<lang>.ftl: the entries `ids` name, and those they refer to. */
function firstScreenMessages(lang, ids) {
  const all = new Map();
  for (const f of [`ui.${lang}.ftl`, `catalogue.${lang}.ftl`]) for (const [id, text] of entries(fs.readFileSync(path.join(dir, "messages", f), "utf8"))) all.set(id, text);
  const chosen = new Set();
  const add = (id) => {
    if (chosen.has(id) || !all.has(id)) return;
    chosen.add(id);
    for (const m of all.get(id).matchAll(/\{\s*(-?[a-zA-Z][a-zA-Z0-9_-]*)/g)) add(m[1]);
  };
  ids.forEach(add);
  for (const id of FIRST_SCREEN_LATER) if (!chosen.has(id)) throw new Error(`${lang}: ${id} is not in the messages`);
  const body = [...chosen].sort().map((id) => all.get(id)).join("\n");
  const header = `# The first screen's messages (written by scripts/prerender.mjs from ui.${lang}.ftl and catalogue.${lang}.ftl).\n`;
  fs.writeFileSync(path.join(dir, "messages", `first.${lang}.ftl`), `${header}${body}\n`);
  console.log(`  messages/first.${lang}.ftl: ${chosen.size} of ${all.size} messages`);
}

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const { server, url } = await startServer({ dir, port: 0 });
const browser = await launch();
const screens = {};
try {
  for (const lang of LANGS) {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript((l) => localStorage.setItem("kezek.lang", l), lang);
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${url}/index.html?nosw&record-messages#/start`);
    // The screen is complete once the catalogue's services are listed.
    await page.waitForSelector("main.kz-app [data-life] li[data-code] a", { timeout: 120000 });
    const ids = (await page.getAttribute("html", "data-kezek-messages")) || "";
    firstScreenMessages(lang, [...ids.split(" ").filter(Boolean), ...FIRST_SCREEN_LATER]);
    const boot = Object.fromEntries(Object.entries(BOOT_KEYS).map(([k, id]) => [k, message(lang, id)]));
    screens[lang] = await page.evaluate(
      ({ lang, boot }) => {
        const main = document.querySelector("main.kz-app").cloneNode(true);
        main.id = "kz-static";
        main.lang = lang;
        main.setAttribute("aria-busy", "true");
        for (const [k, v] of Object.entries(boot)) main.dataset[`boot${k[0].toUpperCase()}${k.slice(1)}`] = v;
        // Buttons need the app (the language buttons are handled by first-screen.js).
        for (const b of main.querySelectorAll("button")) if (!b.closest(".kz-lang")) b.disabled = true;
        return main.outerHTML;
      },
      { lang, boot },
    );
    if (errors.length) throw new Error(`${lang}: the app reported errors while prerendering:\n${errors.join("\n")}`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const loading = message(DEFAULT, BOOT_KEYS.loading);
const markup = [
  screens[DEFAULT],
  `<p id="kz-boot" class="kz-boot" role="status" data-state="loading"><span>${escape(loading)}</span></p>`,
  ...IN_PAGE.map((l) => `<template id="kz-static-${l}">${screens[l]}</template>`),
].join("\n  ");
// Which languages first-screen.js fetches (in the head: read before the page is parsed).
const fetched = LANGS.filter((l) => l !== DEFAULT && !IN_PAGE.includes(l));
const meta = `<meta name="kezek-first-screen-fetched" content="${fetched.join(" ")}">`;
if (!/<meta charset="utf-8">/.test(index)) throw new Error("index.html has no <meta charset=\"utf-8\">");
// The page's description in its language; the no-JavaScript notice in every language.
const description = `<meta name="description" content="${escape(message(DEFAULT, "ui-meta-description"))}">`;
const noscript = `<noscript>${LANGS.map((l) => `<p lang="${l}">${escape(message(l, "ui-boot-no-script"))}</p>`).join("")}</noscript>`;
const filled = [
  [PLACEHOLDER, markup],
  [/<!-- kezek:description[\s\S]*?-->/, description],
  [/<!-- kezek:noscript[\s\S]*?-->/, noscript],
].reduce((html, [at, text]) => {
  if (!at.test(html)) throw new Error(`index.html has no ${at} placeholder`);
  return html.replace(at, () => text);
}, index);
fs.writeFileSync(indexFile, filled.replace('<meta charset="utf-8">', (m) => `${m}\n  ${meta}`));
// boot.js's "a new version is ready" banner, in every language.
const bootFile = path.join(dir, "boot.js");
const boot = fs.readFileSync(bootFile, "utf8");
const UPDATE = /\/\* kezek:update-text \*\/ \{\}/;
if (!UPDATE.test(boot)) throw new Error("boot.js has no /* kezek:update-text */ {} placeholder");
const updateText = Object.fromEntries(LANGS.map((l) => [l, [message(l, "ui-update-ready"), message(l, "ui-update-reload")]]));
fs.writeFileSync(bootFile, boot.replace(UPDATE, () => JSON.stringify(updateText)));
console.log(`  first screen written into index.html (${[DEFAULT, ...IN_PAGE].join(", ")}): ${Buffer.byteLength(markup)} bytes`);
for (const lang of fetched) {
  fs.writeFileSync(path.join(dir, `first-screen.${lang}.html`), `${screens[lang]}\n`);
  console.log(`  first-screen.${lang}.html: ${Buffer.byteLength(screens[lang])} bytes`);
}
