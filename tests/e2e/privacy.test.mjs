// Privacy of an embedded Kezek: a host page on another origin frames the app,
// the parent walks the whole flow with priority grounds ticked (orphan, a
// child with a disability), and until the parent hands off, the host receives
// nothing but `ready`, `configured` and the height of the app's content
// (`resize` {height}, a number) — no step, no category.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, launch, DIST } from "./harness.mjs";
import { choose, press, tick } from "./wizard.mjs";
import { startServer } from "../../scripts/serve.mjs";

let app, host, browser, appOrigin, hostOrigin;
before(async () => {
  app = await serve({ frameAncestors: "'self' http://localhost:*" });
  appOrigin = app.url;
  host = await startServer({ dir: DIST, port: 0, frameSrc: "http://127.0.0.1:*", scriptSrc: "http://127.0.0.1:*" });
  hostOrigin = host.url.replace("127.0.0.1", "localhost");
  browser = await launch();
});
after(async () => {
  await browser?.close();
  for (const s of [app, host]) s?.server.close();
});

test("cross-origin host: nothing but ready/configured and the content's height before the hand-off", async () => {
  assert.notEqual(new URL(appOrigin).origin, new URL(hostOrigin).origin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${hostOrigin}/embed/iframe.html?app=${encodeURIComponent(appOrigin)}`);
  await page.waitForFunction(() => (window.kezekEvents || []).some((e) => e.type === "configured"));
  const frame = page.frames().find((f) => f.url().startsWith(appOrigin));
  const slug = (s) => frame.waitForSelector(`.kz-step[data-step="${s}"]`, { timeout: 30000 });
  // By the keyboard (wizard.mjs): the host grows the frame on every
  // `resize`, and a click aimed meanwhile can miss.
  const next = async (s) => {
    await press(frame, "#kz-next");
    await slug(s);
  };
  await slug("service");
  await choose(frame, "channel-egov_portal");
  await next("child");
  await frame.fill("#child-iin", "230510512343");
  await frame.fill("#child-settlement", "Астана");
  await next("applicant");
  await choose(frame, "role-parent");
  await frame.fill("#applicant-iin", "900315410004");
  await frame.fill("#applicant-name", "Серікбаев Нұрлан");
  await frame.fill("#applicant-phone-1", "+77011234567");
  await next("family");
  await tick(frame, "#family-orphan");
  await tick(frame, "#family-disabled_child_in_family");
  await next("result");
  assert.equal(await frame.getAttribute("#kz-category", "data-category"), "first_priority");
  await next("documents");
  await next("queue");
  await next("handoff");
  await tick(frame, "#consent");
  // Let any message in flight arrive before looking.
  await page.waitForTimeout(300);
  const before = await page.evaluate(() => window.kezekEvents.map((e) => e.type));
  assert.deepEqual([...new Set(before)].sort(), ["configured", "ready", "resize"], `received before the hand-off: ${before}`);
  for (const { payload } of await page.evaluate(() => window.kezekEvents.filter((e) => e.type === "resize"))) {
    assert.deepEqual(Object.keys(payload), ["height"], "a height and nothing more");
    assert.ok(Number.isInteger(payload.height), JSON.stringify(payload));
  }
  const raw = JSON.stringify(await page.evaluate(() => window.kezekEvents));
  for (const secret of ["first_priority", "orphan", "disabled", "230510512343", "900315410004", "family"]) {
    assert.ok(!raw.includes(secret), `the host learnt "${secret}" before the hand-off`);
  }
  // The hand-off is the parent's choice, and only then the application goes out.
  await press(frame, "#kz-handoff");
  await page.waitForFunction(() => window.kezekEvents.some((e) => e.type === "application-prepared"));
  const after = await page.evaluate(() => window.kezekEvents.map((e) => e.type));
  assert.deepEqual(after.slice(before.length).filter((t) => t !== "resize"), ["application-prepared"]);
  for (const url of requests) {
    assert.ok(url.startsWith(appOrigin) || url.startsWith(hostOrigin), `unexpected request ${url}`);
  }
  await context.close();
});
