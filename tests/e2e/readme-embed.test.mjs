// The README's embedding snippets, as an integrator pastes them: each code
// block of "Embed on your page" and the JS API's page example is put, word
// for word (APP-ORIGIN and your.host replaced by the two test origins), in a
// page of another origin, served by a plain server with no Kezek file of its
// own, and opened in Chromium. What the snippet logs is what the README says
// it logs: the iframe's hand-off {payload, sha256}, the element's event
// detail, the module's category, missing documents, digest and error code.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { serve, launch, ROOT, frameFitsApp } from "./harness.mjs";
import { answerYesTheRestNo, handOffQueueRegistration, press, tick, toChild } from "./wizard.mjs";

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
const section = (title) => {
  const start = README.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README has a section "${title}"`);
  return README.slice(start, README.indexOf("\n## ", start + 1));
};
const blocks = (text, lang) => [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter((m) => m[1] === lang).map((m) => m[2]);

let app, host, browser, hostOrigin;
const pages = {};
before(async () => {
  app = await serve({ frameAncestors: "'self' http://localhost:*" });
  // The integrator's server: only the pages made from the README, no CSP of Kezek's.
  host = http.createServer((req, res) => {
    const p = new URL(req.url, "http://x").pathname;
    if (p === "/favicon.ico") return res.writeHead(204).end(); // the page has no icon
    if (!pages[p]) return res.writeHead(404).end();
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(pages[p]);
  });
  await new Promise((r) => host.listen(0, "127.0.0.1", r));
  hostOrigin = `http://localhost:${host.address().port}`;
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.server.close();
  host?.close();
});

/** A page holding `snippet` with the README's placeholders replaced. */
function page(name, snippet) {
  const body = snippet
    .replaceAll("https://APP-ORIGIN", app.url)
    .replaceAll(encodeURIComponent("https://your.host"), encodeURIComponent(hostOrigin))
    .replaceAll("https://your.host", hostOrigin);
  // The head any page has (the viewport's width on a phone).
  const head = `<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>`;
  pages[`/${name}`] = `<!doctype html><html lang="en"><head>${head}</head><body>\n${body}\n</body></html>`;
  return `${hostOrigin}/${name}`;
}

/**
 * Opens `url` and collects what its scripts log (console.log), as JSON values;
 * `options` are the context's (a phone's viewport), `initScript` runs in every
 * frame before its own scripts.
 */
async function open(url, { initScript, ...options } = {}) {
  const context = await browser.newContext(options);
  if (initScript) await context.addInitScript(initScript);
  const p = await context.newPage();
  const logged = [];
  const pending = [];
  const errors = [];
  p.on("console", async (m) => {
    if (m.type() === "error") errors.push(m.text());
    if (m.type() !== "log") return;
    // In the order logged, whichever value is read first.
    const at = pending.push(null) - 1;
    pending[at] = await Promise.all(m.args().map((a) => a.jsonValue().catch(() => String(a))));
    const unread = pending.indexOf(null);
    logged.splice(0, logged.length, ...(unread < 0 ? pending : pending.slice(0, unread)));
  });
  p.on("pageerror", (e) => errors.push(String(e)));
  await p.goto(url);
  return { context, page: p, logged, errors };
}

const appFrame = (p) => p.frames().find((f) => f.url().startsWith(app.url));

/** From the app's first step to the hand-off of queue registration, as the parent would in the frame. */
async function handOff(frame) {
  await frame.waitForSelector('.kz-step[data-step="service"]', { timeout: 20000 });
  return handOffQueueRegistration(frame);
}

test("README, embed 1: the iframe snippet as written configures the app and logs the hand-off {payload, sha256}", async () => {
  const [snippet] = blocks(section("Embed on your page"), "html");
  assert.match(snippet, /<iframe id="kezek"/);
  const { context, page: p, logged, errors } = await open(page("iframe.html", snippet));
  let frame;
  for (let i = 0; i < 100 && !(frame = appFrame(p)); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(frame, "the app is framed");
  // The snippet's `configure` on `ready`: the app shows what it asked.
  await frame.waitForFunction(() => window.kezekEmbedConfig?.service === "00403001", null, { timeout: 20000 });
  assert.deepEqual(await frame.evaluate(() => window.kezekEmbedConfig), { lang: "kk", service: "00403001" });
  await frame.waitForFunction(() => document.documentElement.lang === "kk");
  const sha = await handOff(frame);
  for (let i = 0; i < 200 && !logged.length; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(logged.length, 1, JSON.stringify(logged).slice(0, 300));
  const [handed] = logged[0];
  assert.deepEqual(Object.keys(handed).sort(), ["payload", "sha256"], "the README's comment: {payload, sha256}");
  assert.equal(handed.sha256, sha);
  assert.equal(handed.payload.schema, "kezek.application/1");
  assert.deepEqual(errors, []);
  await context.close();
});

// The README: `service` may be "a catalogue code such as `00403008`", and the
// hand-off is `application-prepared` {payload, sha256} — for a family
// service of order No. 414 too, not a shape of its own.
test("README, embed 1 with a catalogue service: school meals are configured and handed off as {payload, sha256} too", async () => {
  const [snippet] = blocks(section("Embed on your page"), "html");
  assert.ok(snippet.includes('service: "00403001"'));
  const { context, page: p, logged, errors } = await open(page("iframe-meals.html", snippet.replace('service: "00403001"', 'service: "00403008"')));
  let frame;
  for (let i = 0; i < 100 && !(frame = appFrame(p)); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(frame, "the app is framed");
  await frame.waitForSelector('#svc-about[data-code="00403008"]', { timeout: 20000 });
  await answerYesTheRestNo(frame, ["family_receives_targeted_social_assistance", "child_in_state_education_institution"]);
  await frame.waitForSelector('#svc-eligibility[data-eligible="true"]');
  await tick(frame, "#svc-consent");
  await press(frame, "#svc-prepare");
  await frame.waitForSelector("#svc-sha256", { state: "attached" });
  const sha = (await frame.textContent("#svc-sha256")).trim();
  for (let i = 0; i < 200 && !logged.length; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(logged.length, 1, JSON.stringify(logged).slice(0, 300));
  const [handed] = logged[0];
  assert.deepEqual(Object.keys(handed).sort(), ["payload", "sha256"], "the README's comment: {payload, sha256}");
  assert.equal(handed.sha256, sha);
  assert.equal(handed.payload.format, "kezek.catalogue-application/1");
  assert.equal(handed.payload.service, "00403008");
  assert.deepEqual(errors, []);
  await context.close();
});

// A parent's walkthrough (05.12.2026, walk 42) pasted the snippet into a page
// and opened it on a phone: a frame of 304 × 154 px (an iframe's own 300 × 150
// and its border) with the app, 2,420 px tall, scrolling inside it. The
// snippet now makes the frame the page's width and as tall as the app says
// its content is (`resize` {height}), on every step: the page scrolls, the
// frame never does.
test("README, embed 1 on a phone: the snippet's frame is the page's width and as tall as the app, step after step, and never scrolls inside", async () => {
  const [snippet] = blocks(section("Embed on your page"), "html");
  assert.match(snippet, /e\.data\.type === "resize"/, "the snippet sizes the frame");
  const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
  // What the host page heard, from its first moment: every message with Kezek's protocol.
  const initScript = () => {
    if (window.parent !== window) return;
    window.heard = [];
    addEventListener("message", (e) => e.data?.protocol === "kezek" && window.heard.push({ origin: e.origin, ...e.data }));
  };
  const { context, page: p, errors } = await open(page("iframe-phone.html", snippet), { ...phone, initScript });
  let frame;
  for (let i = 0; i < 100 && !(frame = appFrame(p)); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(frame, "the app is framed");
  await frame.waitForFunction(() => window.kezekEmbedConfig?.service === "00403001", null, { timeout: 20000 });
  await frame.waitForSelector('.kz-step[data-step="service"]', { timeout: 20000 });
  const box = () => p.evaluate(() => {
    const r = document.getElementById("kezek").getBoundingClientRect();
    return { width: r.width, height: r.height, page: document.body.clientWidth };
  });
  const first = await frameFitsApp(frame, "step 1");
  let b = await box();
  assert.equal(b.width, b.page, `the frame is the page's width: ${JSON.stringify(b)}`);
  assert.ok(b.width > 300, JSON.stringify(b));
  assert.equal(b.height, first.viewport, "no border: the frame's box is the app's height");
  assert.ok(first.content > 740, `the app is taller than the phone's screen, so the page scrolls: ${first.content}`);
  // Step 2 is taller: the frame grows with it.
  await toChild(frame);
  const second = await frameFitsApp(frame, "step 2");
  assert.notEqual(Math.round(second.content), Math.round(first.content), "another step, another height");
  // Back to step 1: the frame shrinks again (its own height does not hold the app up).
  await press(frame, "#kz-back");
  await frame.waitForSelector('.kz-step[data-step="service"]');
  const back = await frameFitsApp(frame, "back on step 1");
  assert.ok(back.content < second.content, `${back.content} < ${second.content}`);
  b = await box();
  assert.equal(b.height, back.viewport);
  // Each `resize` is {height} alone, a whole number of CSS px.
  const heard = await p.evaluate(() => window.heard);
  assert.equal(heard[0].type, "ready");
  const resizes = heard.filter((m) => m.type === "resize");
  assert.ok(resizes.length >= 3, JSON.stringify(resizes));
  for (const m of resizes) {
    assert.equal(m.origin, app.url);
    assert.deepEqual(Object.keys(m.payload), ["height"]);
    assert.ok(Number.isInteger(m.payload.height) && m.payload.height > 0, JSON.stringify(m));
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("README, embed 2: the custom element snippet as written opens the app and logs the hand-off's detail", async () => {
  const snippet = blocks(section("Embed on your page"), "html").find((b) => b.includes("<kezek-checker"));
  assert.ok(snippet, "the README shows <kezek-checker>");
  const { context, page: p, logged, errors } = await open(page("element.html", snippet));
  let frame;
  for (let i = 0; i < 100 && !(frame = appFrame(p)); i++) await new Promise((r) => setTimeout(r, 100));
  assert.ok(frame, "the element frames the app");
  await frame.waitForFunction(() => window.kezekEmbedConfig?.service === "00403001", null, { timeout: 20000 });
  assert.deepEqual(await frame.evaluate(() => window.kezekEmbedConfig), { lang: "kk", service: "00403001" });
  const sha = await handOff(frame);
  for (let i = 0; i < 200 && !logged.length; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(logged.length, 1, JSON.stringify(logged).slice(0, 300));
  const [detail] = logged[0];
  assert.deepEqual(Object.keys(detail).sort(), ["payload", "sha256"]);
  assert.equal(detail.sha256, sha);
  assert.deepEqual(errors, []);
  await context.close();
});

test("README, JS API: the page example as written (init() with no argument, from another origin) logs the category, the missing documents, the digest and the error's code and field", async () => {
  const [snippet] = blocks(section("JS API"), "html");
  assert.match(snippet, /await init\(\);/);
  const { context, logged, errors } = await open(page("module.html", snippet));
  for (let i = 0; i < 200 && logged.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(logged.length, 2, `${JSON.stringify(logged).slice(0, 300)} ${errors}`);
  const [category, missing, sha256] = logged[0];
  assert.equal(category, "first_priority");
  assert.ok(Array.isArray(missing), JSON.stringify(missing));
  assert.match(sha256, /^[0-9a-f]{64}$/);
  assert.deepEqual(logged[1], ["case.invalid_json", "channel"]);
  assert.deepEqual(errors, []);
  await context.close();
});
