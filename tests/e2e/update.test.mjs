// A new deployment never swaps code under a half-filled form: the new service
// worker waits, the parent sees "reload to update", and what was stored locally
// survives the update.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { serve, launch, open, DIST, waitForServiceWorker } from "./harness.mjs";
import { next, choose, step, type } from "./wizard.mjs";

let site, browser, dir;
before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kezek-deploy-"));
  fs.cpSync(DIST, dir, { recursive: true });
  site = await serve({ dir });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** "Deploys" version N+1 in place: a changed stylesheet and a re-stamped worker. */
function deployNextVersion() {
  fs.appendFileSync(path.join(dir, "styles.css"), "\n/* next version */\n");
  const sw = path.join(dir, "sw.js");
  fs.writeFileSync(sw, fs.readFileSync(sw, "utf8").replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
}

async function swVersion(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        const ch = new MessageChannel();
        ch.port1.onmessage = (e) => resolve(e.data);
        navigator.serviceWorker.controller.postMessage({ type: "version" }, [ch.port2]);
      }),
  );
}

test("version N+1 waits, the parent is told, stored answers survive the update", async () => {
  const { page, context, log } = await open(browser, `${site.url}/`, { locale: "kk-KZ" });
  await page.waitForSelector("#kz-step-title");
  await waitForServiceWorker(page);
  const before = await swVersion(page);
  // The parent opens the kindergarten wizard from the first screen and fills
  // half the form: service, channel, and part of the child step.
  await page.click("#need-kindergarten");
  await choose(page, "service-00403001");
  await choose(page, "channel-egov_portal");
  await next(page, "child");
  await type(page, "#child-iin", "230510512343");
  await type(page, "#child-settlement", "Қарағанды");
  const draft = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(draft.includes("kezek.draft"), "the draft is stored");

  deployNextVersion();
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#kz-update", { timeout: 15000 });
  // Still the old code until the parent chooses.
  assert.equal(await swVersion(page), before, "the running version is not swapped silently");
  // In the page's language, from the app's Fluent file (not text kept in boot.js).
  const lang = await page.evaluate(() => document.documentElement.lang);
  assert.equal(lang, "kk");
  const ftl = fs.readFileSync(path.join(DIST, "messages", `ui.${lang}.ftl`), "utf8");
  const says = (id) => ftl.match(new RegExp(`^${id} = (.+)$`, "m"))[1];
  assert.equal(await page.textContent("#kz-update span"), says("ui-update-ready"));
  assert.equal(await page.textContent("#kz-update button"), says("ui-update-reload"));

  await Promise.all([page.waitForEvent("load"), page.click("#kz-update button")]);
  await page.waitForSelector("#kz-step-title");
  assert.equal(await swVersion(page), `${before}-next`, "after the parent's reload the new version runs");
  // The half-filled answers are on screen again, in the new version.
  await step(page, "child");
  assert.equal(await page.inputValue("#child-iin"), "230510512343");
  assert.equal(await page.inputValue("#child-settlement"), "Қарағанды");
  for (const key of draft) {
    assert.ok(await page.evaluate((k) => localStorage.getItem(k) !== null, key), `draft key ${key} survived`);
  }
  assert.deepEqual(log.errors, []);
  await context.close();
});
