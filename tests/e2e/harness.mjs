// Shared helpers for Kezek's end-to-end tests: serve dist/ on a free loopback
// port, start Debian's Chromium headless through playwright-core, collect
// console errors, CSP violations and every network request of a page.
import assert from "node:assert/strict";
import { chromium } from "playwright-core";
import path from "node:path";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { startServer } from "../../scripts/serve.mjs";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = path.join(ROOT, "dist");
export const SCREENSHOTS = path.join(ROOT, "tests", "screenshots");

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Serves dist/ (or `dir`) on 127.0.0.1 with a free port. */
export async function serve(opts = {}) {
  if (!fs.existsSync(path.join(DIST, "index.html"))) {
    throw new Error("dist/ is not built: run ./dev build (./dev test builds it first)");
  }
  return startServer({ dir: DIST, port: 0, ...opts });
}

/** Starts headless Chromium (Debian's, at /usr/bin/chromium unless CHROMIUM is set). */
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * Opens `url` in a fresh context and records what a reviewer would want to
 * know: console errors, page errors, CSP violations, requests.
 */
export async function open(browser, url, { viewport = { width: 1280, height: 900 }, locale = "en-US" } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const log = { errors: [], cspViolations: [], requests: [] };
  page.on("console", (msg) => {
    const text = msg.text();
    if (msg.type() === "error") log.errors.push(text);
    if (/Content.Security.Policy/i.test(text)) log.cspViolations.push(text);
  });
  page.on("pageerror", (err) => log.errors.push(String(err)));
  page.on("request", (req) => log.requests.push(req.url()));
  await page.goto(url, { waitUntil: "load" });
  return { context, page, log };
}

/** Saves a screenshot under tests/screenshots/ (git-ignored) for reviewers. */
export async function screenshot(page, name) {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * Registers before/after hooks that serve dist/ and start Chromium once for a
 * test file; returns an object whose `site` and `browser` are set once ready.
 */
export function useSiteAndBrowser(hooks, serveOptions = {}) {
  const env = { site: null, browser: null };
  hooks.before(async () => {
    env.site = await serve(serveOptions);
    env.browser = await launch();
  });
  hooks.after(async () => {
    await env.browser?.close();
    env.site?.server.close();
  });
  return env;
}

/** Resolves once the page is controlled by an activated service worker. */
export async function waitForServiceWorker(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }));
    }
  });
}

/**
 * Runs axe-core (npm `axe-core`, injected through the DevTools protocol so the
 * page's CSP is untouched) on the page as it is now and asserts zero
 * violations; `where` names the screen in the failure message.
 */
export async function assertAccessible(page, where) {
  const loaded = await page.evaluate(() => typeof window.axe === "object");
  if (!loaded) {
    const src = fs.readFileSync(path.join(ROOT, "tests", "node_modules", "axe-core", "axe.min.js"), "utf8");
    await page.evaluate(src);
  }
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  assert.deepEqual(violations, [], `axe-core violations on ${where}`);
}

/**
 * Waits until an embedded app's frame is as tall as the app's content — the
 * app's `resize` {height} came and the host page applied it — so the app has
 * nothing to scroll inside; returns the heights read in the frame (`content`,
 * the app's root box; `viewport`, the frame's inner height). `frame` is the
 * app's Playwright frame; `why` names the moment in the failure message.
 */
export async function frameFitsApp(frame, why) {
  let s;
  for (let i = 0; i < 100; i++) {
    s = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      viewport: innerHeight,
      scrollRoom: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    if (s.scrollRoom <= 0 && s.viewport >= s.content && s.viewport - s.content < 1) return s;
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`${why}: the frame is not as tall as the app's content (${JSON.stringify(s)})`);
}
