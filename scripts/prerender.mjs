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
//   <template id="kz-static-{ru,en}">                the other languages, for the switch
// The boot texts come from the app's Fluent files (ui-boot-* in messages/ui.<lang>.ftl).
//
//   node scripts/prerender.mjs dist
import fs from "node:fs";
import path from "node:path";
import { startServer } from "./serve.mjs";
import { launch } from "../tests/e2e/harness.mjs";

const LANGS = ["kk", "ru", "en"];
const DEFAULT = "kk";
const PLACEHOLDER = /<!-- kezek:first-screen[^>]*-->/;
const BOOT_KEYS = { loading: "ui-boot-loading", failed: "ui-boot-failed", nowasm: "ui-boot-no-wasm", reload: "ui-boot-reload" };

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
    await page.goto(`${url}/index.html?nosw#/start`);
    // The screen is complete once the catalogue's services are listed.
    await page.waitForSelector("main.kz-app [data-life] li[data-code] a", { timeout: 120000 });
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
  ...LANGS.filter((l) => l !== DEFAULT).map((l) => `<template id="kz-static-${l}">${screens[l]}</template>`),
].join("\n  ");
fs.writeFileSync(indexFile, index.replace(PLACEHOLDER, () => markup));
console.log(`  first screen written into index.html (${LANGS.join(", ")}): ${Buffer.byteLength(markup)} bytes`);
