// The installed app works offline: after one online visit the service worker
// serves the whole app shell, and a reload with the network cut renders the app.
import { AS_OF, fillCase, step } from "./wizard.mjs";
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { open, useSiteAndBrowser, waitForServiceWorker } from "./harness.mjs";

const env = useSiteAndBrowser({ before, after });

test("the manifest names the app and its icons, and every icon is served", async () => {
  const manifest = await (await fetch(`${env.site.url}/manifest.webmanifest`)).json();
  assert.equal(manifest.display, "standalone");
  assert.ok(manifest.name.includes("Kezek"));
  assert.ok(manifest.name_localized.ru && manifest.name_localized.en);
  const sizes = manifest.icons.map((i) => `${i.sizes}/${i.purpose}`);
  for (const want of ["192x192/any", "512x512/any", "192x192/maskable", "512x512/maskable"]) {
    assert.ok(sizes.includes(want), `icon ${want}`);
  }
  for (const icon of manifest.icons) {
    const res = await fetch(`${env.site.url}/${icon.src}`);
    assert.equal(res.status, 200, icon.src);
    assert.equal(res.headers.get("content-type").split(";")[0], icon.type);
  }
});

test("after one online visit, a reload with the network cut still renders the app", async () => {
  const { page, context, log } = await open(env.browser, `${env.site.url}/`);
  await page.waitForSelector("#kz-step-title");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  const started = Date.now();
  await page.reload({ waitUntil: "load" });
  await page.waitForSelector("#kz-step-title", { timeout: 10000 });
  const ms = Date.now() - started;
  console.log(`# offline reload to first rendered step: ${ms} ms`);
  assert.match(await page.textContent(".kz-app h1"), /Kezek/);
  assert.deepEqual(log.errors, [], "no console error offline");
  await context.close();
});

test("offline, the whole flow completes: from the service to a prepared application", async () => {
  const { page, context, log } = await open(env.browser, `${env.site.url}/index.html?as_of=${AS_OF}`);
  await page.waitForSelector("#kz-step-title");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload({ waitUntil: "load" });
  // The first screen, then the kindergarten wizard; the catalogue's messages come from the cache too.
  await step(page, "start");
  await page.waitForSelector("#need-kindergarten");
  await page.click("#need-kindergarten");
  await fillCase(page, { childIin: "230510512343", family: ["orphan"] });
  assert.equal(await page.getAttribute("#kz-category", "data-category"), "first_priority");
  await page.goto(page.url().replace(/#.*$/, "#/handoff"));
  await step(page, "handoff");
  await page.check("#consent");
  await page.waitForSelector("#kz-sha256", { state: "attached" });
  assert.match(await page.textContent("#kz-sha256"), /^[0-9a-f]{64}$/);
  assert.deepEqual(log.errors, [], "no console error offline");
  await context.close();
});
