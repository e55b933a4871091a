// The app loads in Debian Chromium from the served site, Yew renders the
// title and the first step, and nothing goes wrong on the way.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, screenshot, useSiteAndBrowser } from "./harness.mjs";

const env = useSiteAndBrowser({ before, after });

test("the app renders its title and first step from Yew", async () => {
  const { page, log, context } = await open(env.browser, `${env.site.url}/`);
  // The app (not the static first screen of index.html, which it replaces).
  await page.waitForSelector("main.kz-app:not(#kz-static) h1", { timeout: 15000 });
  assert.match(await page.textContent(".kz-app h1"), /Kezek/);
  assert.equal(await page.locator("#kz-static").count(), 0, "the static first screen was replaced");
  assert.ok(await page.locator("#kz-step-title").count() === 1, "a step heading is rendered");
  await screenshot(page, "app-loads-1280");
  assert.deepEqual(log.errors, [], "no console error");
  assert.deepEqual(log.cspViolations, [], "no CSP violation");
  // Privacy: the page fetched only its own static assets.
  for (const url of log.requests) assert.ok(url.startsWith(`${env.site.url}/`), `request to another origin: ${url}`);
  await context.close();
});

test("the server sends a strict Content-Security-Policy and correct MIME types", async () => {
  const res = await fetch(`${env.site.url}/`);
  const policy = res.headers.get("content-security-policy");
  assert.ok(policy, "CSP header present");
  assert.match(policy, /default-src 'self'/);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
  assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
  assert.match(res.headers.get("content-type"), /^text\/html/);
  // The app's files are named by a hash of their content (scripts/build.sh);
  // boot.js names the whole app's, index.html the first screen's module.
  const boot = await (await fetch(`${env.site.url}/boot.js`)).text();
  const [wasmName] = boot.match(/kezek_app_bg\.[0-9a-f]{16}\.wasm/);
  const [jsName] = boot.match(/kezek_app\.[0-9a-f]{16}\.js/);
  assert.match(await res.text(), /kezek_first_bg\.[0-9a-f]{16}\.wasm/);
  const wasm = await fetch(`${env.site.url}/${wasmName}`);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  const js = await fetch(`${env.site.url}/${jsName}`);
  assert.match(js.headers.get("content-type"), /^text\/javascript/);
  const missing = await fetch(`${env.site.url}/no-such-file`);
  assert.equal(missing.status, 404);
  const escape = await fetch(`${env.site.url}/..%2f..%2fetc%2fpasswd`);
  assert.notEqual(escape.status, 200, "no path traversal out of dist/");
});
