// The JS module (pkg/, served at /pkg/) used from a page on ANOTHER origin, as an
// egov page would: the example page web/embed/module.html is served by a
// separate host server (its own CSP allows the app's origin for scripts and
// for fetching the wasm), imports https://APP/pkg/kezek.js and calls the whole
// engine — services(), evaluateService() with the refusal preview,
// prepareService() (the facts given, the applicant and the child), an
// order-254 evaluate() and position() on its category, and coded errors.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { serve, launch, DIST } from "./harness.mjs";

let app, host, browser, hostOrigin;
before(async () => {
  app = await serve();
  // The host page's own server: a different origin (localhost vs 127.0.0.1),
  // serving only the example's files.
  const files = { "/module.html": "text/html", "/module-host.js": "text/javascript", "/host.css": "text/css" };
  host = http.createServer((req, res) => {
    const p = new URL(req.url, "http://x").pathname;
    if (p === "/favicon.ico") return res.writeHead(204).end(); // the host page has no icon
    if (!files[p]) return res.writeHead(404).end();
    res.writeHead(200, {
      "Content-Type": `${files[p]}; charset=utf-8`,
      "Content-Security-Policy": `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${app.url}; connect-src 'self' ${app.url}`,
    });
    res.end(fs.readFileSync(path.join(DIST, "embed", p.slice(1))));
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

test("from another origin, the JS module lists the catalogue and evaluates a school-meals request and an order-254 case", async () => {
  assert.notEqual(new URL(app.url).origin, hostOrigin);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${hostOrigin}/module.html?app=${encodeURIComponent(app.url)}`);
  await page.waitForFunction(() => window.kezekModuleReady === true, null, { timeout: 20000 });
  const out = await page.evaluate(() => window.kezekModule);

  // services(): the whole catalogue, names in three languages, provider, terms.
  assert.ok(out.services.length >= 11, `${out.services.length} services`);
  const meals = out.services.find((s) => s.code === "00403008");
  assert.match(meals.name.ru, /питания/);
  assert.match(meals.name.kk, /Жалпы білім беретін мектептердегі/);
  assert.equal(meals.term[0].unit, "working_days");
  assert.ok(meals.channels.includes("egov_portal"), JSON.stringify(meals.channels));
  // The register's mobile device (row 205) is not one of Annex 17 row 2's
  // ways: not offered, listed beside them with its reading note.
  assert.ok(!meals.channels.some((c) => c.includes("mobile")), JSON.stringify(meals.channels));
  assert.equal(meals.register_only_channels[0].note_key, "note-register-mobile-channel");
  assert.equal(out.services.filter((s) => s.register_only_channels).length, 1);
  assert.equal(meals.register_only_forms[0].note_key, "note-register-proactive-form");
  assert.equal(out.services.filter((s) => s.register_only_forms).length, 1);

  // evaluateService(): eligible by targeted social assistance, no refusal risk yet.
  assert.equal(out.meals.service, "00403008");
  assert.equal(out.meals.eligibility.eligible, true);
  assert.deepEqual(out.meals.checklist.map((l) => l.id), ["application", "birth_certificate", "status_tsa"]);
  assert.deepEqual(out.meals.refusal_risks, []);
  assert.equal(out.meals.due.due, "2026-12-23T18:30:00");
  assert.equal(out.mealsPrepared.application.format, "kezek.catalogue-application/1");
  assert.match(out.mealsPrepared.sha256, /^[0-9a-f]{64}$/);

  // The parent ticks a refusal ground: the preview shows it with its citation.
  await page.check("#unreliable");
  const risky = await page.evaluate(() => window.kezekModule.meals);
  assert.deepEqual(risky.refusal_risks.map((r) => r.code), ["documents-unreliable"]);
  assert.deepEqual(risky.refusal_risks[0].citation, { act: "order414", annex: 17, clause: 9, sub: 1 });
  assert.equal(risky.eligibility.eligible, false);

  // prepareService(): the application to sign holds the facts the request
  // gives that the service asks — not documents_unreliable, which the
  // provider checks —, never a fact at its default that nobody gave.
  assert.deepEqual(out.mealsPrepared.application.facts, { family_receives_targeted_social_assistance: true, child_born_abroad: true });
  assert.deepEqual(out.certificateBare.application?.facts, {}, JSON.stringify(out.certificateBare));
  assert.equal(out.certificateBare.application.applicant, undefined);
  // With who applies for which child, when the request names them.
  assert.deepEqual(out.mealsNamed.application?.applicant, { full_name: "Ахметова Айгүл", iin: "900315410004" }, JSON.stringify(out.mealsNamed));
  // The child's birth date the request leaves out is the one its IIN gives, as in the app.
  // The date the child's IIN gives, marked so (none was given).
  assert.deepEqual(out.mealsNamed.application.child, { iin: "150203600012", birth_date: "2015-02-03", birth_date_from_iin: true });
  assert.match(out.mealsNamed.sha256, /^[0-9a-f]{64}$/);
  assert.notEqual(out.mealsNamed.sha256, out.mealsPrepared.sha256);
  assert.deepEqual(
    { name: out.badIin?.name, code: out.badIin?.code, field: out.badIin?.field },
    { name: "Error", code: "catalogue.bad_iin", field: "applicant.iin" },
  );
  assert.match(out.badIin.message, /last digit/);

  // evaluate(): an order-254 case, with its category and application digest.
  assert.equal(out.queue.category.category, "first_priority");
  assert.match(out.queue.application.sha256, /^[0-9a-f]{64}$/);
  // position(): the evaluation's category is read as the group it stands in.
  assert.equal(out.place.error, undefined, JSON.stringify(out.place.error));
  assert.equal(out.place.group, "first");
  assert.equal(out.place.ahead.first, 1, JSON.stringify(out.place));

  // Errors are the engine's error object, thrown as an Error.
  assert.deepEqual(
    { name: out.error.name, code: out.error.code, field: out.error.field },
    { name: "Error", code: "catalogue.unknown_service", field: "service" },
  );

  for (const url of requests) {
    assert.ok(url.startsWith(app.url) || url.startsWith(hostOrigin), `unexpected request ${url}`);
  }
  assert.deepEqual(errors, []);
  await context.close();
});
