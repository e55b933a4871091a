// Hostile-input findings that live in the shell around the app (issue 18):
// `?as_of=` is always visible; the service worker answers only the app shell
// with index.html; an update reloads only the tab that asked; error answers
// carry the security headers.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { serve, launch, open, DIST, waitForServiceWorker } from "./harness.mjs";
import { appUrl, step } from "./wizard.mjs";

let site, browser, dir;
before(async () => {
  // A copy of dist/, so a test can "deploy" a new version into it.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kezek-hardening-"));
  fs.cpSync(DIST, dir, { recursive: true });
  site = await serve({ dir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("?as_of= shows a banner with the date the app computes with; without it, none", async () => {
  const { page, context } = await open(browser, appUrl(site, "#/child"));
  await step(page, "child");
  assert.match(await page.textContent("#kz-as-of"), /23\.11\.2026 10:00/);
  await page.goto(`${site.url}/index.html?nosw#/child`);
  await page.reload();
  await step(page, "child");
  assert.equal(await page.$("#kz-as-of"), null);
  // An out-of-range date in the address is not used at all.
  await page.goto(`${site.url}/index.html?nosw&as_of=%2B262142-06-01T10:00#/service`);
  await page.reload();
  await step(page, "service");
  assert.equal(await page.$("#kz-as-of"), null);
  await context.close();
});

/** GET a raw path (no URL normalisation), resolving to {status, headers}. */
function rawGet(rawPath) {
  const { hostname, port } = new URL(site.url);
  return new Promise((resolve, reject) => {
    http.get({ hostname, port, path: rawPath }, (res) => {
      res.resume();
      resolve({ status: res.statusCode, headers: res.headers });
    }).on("error", reject);
  });
}

test("404 and 403 answers carry the security headers", async () => {
  for (const [p, status] of [["/does/not/exist", 404], ["/..%2f..%2fetc%2fpasswd", 403]]) {
    const r = await rawGet(p);
    assert.equal(r.status, status, p);
    assert.equal(r.headers["x-content-type-options"], "nosniff", p);
    assert.equal(r.headers["referrer-policy"], "no-referrer", p);
    assert.equal(r.headers["cross-origin-opener-policy"], "same-origin", p);
    assert.match(r.headers["content-security-policy"] || "", /default-src 'self'/, p);
  }
});

test("with the service worker in control, only the app shell gets index.html; other pages and unknown paths come from the server", async () => {
  const { page, context, log } = await open(browser, `${site.url}/`);
  await page.waitForSelector("#kz-step-title");
  await waitForServiceWorker(page);
  let res = await page.goto(`${site.url}/embed/iframe.html`);
  assert.equal(res.status(), 200);
  assert.match(await page.title(), /iframe — example host page/);
  res = await page.goto(`${site.url}/bench/index.html`);
  assert.match(await page.title(), /benchmarks/);
  res = await page.goto(`${site.url}/pkg/kezek.d.ts`);
  assert.match(await res.text(), /export function/);
  res = await page.goto(`${site.url}/does/not/exist`);
  assert.equal(res.status(), 404);
  // The app shell still comes from the cache, also offline.
  await context.setOffline(true);
  res = await page.goto(`${site.url}/index.html`);
  await page.waitForSelector("#kz-step-title");
  await context.setOffline(false);
  assert.deepEqual(log.errors.filter((e) => !/404|Failed to load resource/.test(e)), []);
  await context.close();
});

test("'Reload to update' in one tab reloads only that tab; the other keeps its page and its banner", async () => {
  const context = await browser.newContext();
  const tab1 = await context.newPage();
  await tab1.goto(`${site.url}/`);
  await tab1.waitForSelector("#kz-step-title");
  await waitForServiceWorker(tab1);
  const tab2 = await context.newPage();
  await tab2.goto(`${site.url}/`);
  await tab2.waitForSelector("#kz-step-title");
  await tab2.evaluate(() => (window.__stillHere = true));
  // Deploy the next version; tab 1 reloads and finds it waiting.
  fs.appendFileSync(path.join(dir, "styles.css"), "\n/* next version */\n");
  const sw = path.join(dir, "sw.js");
  fs.writeFileSync(sw, fs.readFileSync(sw, "utf8").replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
  await tab1.reload({ waitUntil: "load" });
  await tab1.waitForSelector("#kz-update", { timeout: 15000 });
  await tab2.waitForSelector("#kz-update", { timeout: 15000 });
  await Promise.all([tab1.waitForEvent("load"), tab1.click("#kz-update button")]);
  await tab1.waitForSelector("#kz-step-title");
  // Tab 2 changed controller too, but was not reloaded under its parent.
  await tab2.waitForFunction(() => navigator.serviceWorker.controller && navigator.serviceWorker.controller.state === "activated");
  await tab2.waitForTimeout(500);
  assert.equal(await tab2.evaluate(() => window.__stillHere), true, "tab 2 was not reloaded");
  assert.ok(await tab2.$("#kz-update"), "tab 2 still shows the banner");
  // Its own click reloads it.
  await Promise.all([tab2.waitForEvent("load"), tab2.click("#kz-update button")]);
  assert.equal(await tab2.evaluate(() => window.__stillHere), undefined);
  await context.close();
});
