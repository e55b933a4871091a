// The first paint needs one round trip (issue 19): styles.css is inlined into
// index.html at build time (scripts/inline-styles.mjs) and allowed by its
// SHA-256 in the Content-Security-Policy, with no 'unsafe-inline'. The first
// screen is styled even when styles.css cannot be fetched, and the CSP blocks
// nothing.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { DIST, useSiteAndBrowser } from "./harness.mjs";

const env = useSiteAndBrowser({ before, after });

test("index.html carries the stylesheet inline, allowed by its hash in the CSP", async () => {
  const res = await fetch(`${env.site.url}/index.html`);
  const policy = res.headers.get("content-security-policy");
  const html = await res.text();
  assert.doesNotMatch(html, /<link rel="stylesheet"/, "no render-blocking stylesheet request");
  const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.equal(styles.length, 1);
  assert.equal(styles[0], fs.readFileSync(path.join(DIST, "styles.css"), "utf8"));
  // Without web/styles.css's comments (developers' notes; ~1.1 KB brotli of the first load).
  assert.doesNotMatch(styles[0], /\/\*/, "no comment in the inline stylesheet");
  assert.ok(fs.readFileSync(path.join(path.dirname(DIST), "web", "styles.css"), "utf8").includes("/*"), "the source keeps its comments");
  const hash = `'sha256-${crypto.createHash("sha256").update(styles[0]).digest("base64")}'`;
  assert.match(policy, new RegExp(`style-src 'self' ${hash.replace(/[+/]/g, "\\$&")}(;|$)`));
  assert.doesNotMatch(policy, /unsafe-inline/);
  // Operators copy the same source into their own server's CSP.
  assert.equal(fs.readFileSync(path.join(DIST, "csp-style-src.txt"), "utf8").trim(), `style-src 'self' ${hash}`);
});

test("the first screen is styled without fetching styles.css, and the CSP blocks nothing", async () => {
  const context = await env.browser.newContext({ locale: "kk-KZ" });
  const page = await context.newPage();
  const violations = [];
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && violations.push(m.text()));
  const cssRequests = [];
  await page.route(/styles\.css$/, (route) => {
    cssRequests.push(route.request().url());
    return route.abort();
  });
  await page.route(/\.wasm$/, (route) => route.abort());
  await page.goto(`${env.site.url}/index.html?nosw`, { waitUntil: "load" });
  await page.waitForSelector("#kz-static");
  const bg = await page.evaluate(() => getComputedStyle(document.body).getPropertyValue("--kz-blue").trim());
  assert.equal(bg, "#0b5cad", "the inline styles apply");
  assert.deepEqual(cssRequests, []);
  assert.deepEqual(violations, []);
  await context.close();
});
