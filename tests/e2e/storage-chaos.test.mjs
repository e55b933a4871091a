// Storage chaos: the stored draft corrupted, written by a newer Kezek, with a
// field of the wrong type; localStorage full; localStorage blocked. In each
// case the parent's recoverable answers survive, nothing is overwritten that
// cannot be read, and the parent is told what happened, in their language.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { useSiteAndBrowser, screenshot } from "./harness.mjs";
import { appUrl, step, type } from "./wizard.mjs";

const env = useSiteAndBrowser({ before, after });

/** A v2 draft with the child's and the applicant's answers. */
const GOOD = {
  version: 2,
  service: "00403001",
  channel: "egov_portal",
  child_iin: "230510512343",
  settlement: "Астана",
  role: "parent",
  applicant_iin: "900315410004",
  full_name: "Серікбаев Нұрлан",
  phones: ["+77011234567"],
  family: { orphan: true },
  reached: "family",
};

/** Opens the app with `stored` as the stored draft (a string, or null for none). */
async function openWith(stored, { locale = "en-US", initScript, hash = "#/child" } = {}) {
  const context = await env.browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  if (initScript) await context.addInitScript(initScript);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  if (stored !== null) {
    // Same origin, before the app reads storage: a 404 page of the same server.
    await page.goto(`${env.site.url}/no-such-page`);
    await page.evaluate((v) => localStorage.setItem("kezek.draft", v), stored);
  }
  await page.goto(appUrl(env.site, hash));
  await page.waitForSelector("#kz-step-title");
  return { context, page, errors };
}

const stored = (page, key = "kezek.draft") => page.evaluate((k) => localStorage.getItem(k), key);
const notice = (page) => page.getAttribute("#kz-draft-notice", "data-notice").catch(() => null);

test("corrupted draft: the original is kept under another key and the parent is told", async () => {
  const original = '{"version":2,"child_iin":"230510512343","settlement":"Аст';
  const { page, context, errors } = await openWith(original);
  await step(page, "child");
  assert.equal(await notice(page), "unreadable");
  assert.match(await page.textContent("#kz-draft-notice"), /could not be read/);
  assert.equal(await stored(page, "kezek.draft.unreadable"), original, "the original is kept");
  await type(page, "#child-iin", "230510512343");
  await page.waitForFunction(() => localStorage.getItem("kezek.draft")?.includes("230510512343"));
  assert.equal(await stored(page, "kezek.draft.unreadable"), original, "still kept after new answers");
  await screenshot(page, "storage-corrupted");
  // Erasing removes the copy too.
  page.on("dialog", (d) => d.accept());
  await page.click("#kz-erase");
  await step(page, "start");
  assert.equal(await stored(page, "kezek.draft.unreadable"), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test("future version: shown as far as understood, never overwritten", async () => {
  const original = JSON.stringify({ ...GOOD, version: 3, guardian_of_record: { iin: "900315410004" } });
  const { page, context, errors } = await openWith(original);
  await step(page, "child");
  assert.equal(await notice(page), "newer");
  assert.equal(await page.inputValue("#child-iin"), "230510512343", "what this version understands is shown");
  assert.equal(await page.inputValue("#child-settlement"), "Астана");
  await type(page, "#child-settlement", "Алматы");
  await page.goto(page.url().replace(/#.*$/, "#/applicant"));
  await step(page, "applicant");
  assert.equal(await page.inputValue("#applicant-iin"), "900315410004");
  assert.equal(await stored(page), original, "the newer draft is untouched");
  await page.reload();
  await page.waitForSelector("#kz-step-title");
  assert.equal(await stored(page), original, "…also after a reload");
  assert.deepEqual(errors, []);
  await context.close();
});

test("one field of the wrong type loses only that field, and the parent is told which steps to check", async () => {
  for (const bad of [{ sen: "yes" }, { times_queued: -1 }, { role: "uncle" }]) {
    const original = JSON.stringify({ ...GOOD, ...bad });
    const { page, context, errors } = await openWith(original);
    await step(page, "child");
    const what = JSON.stringify(bad);
    assert.equal(await notice(page), "partial", what);
    const text = await page.textContent("#kz-draft-notice");
    assert.match(text, bad.role ? /Step 3: About you/ : /Step 2: About your child/, what);
    assert.equal(await page.inputValue("#child-iin"), "230510512343", what);
    assert.equal(await page.inputValue("#child-settlement"), "Астана", what);
    await page.goto(page.url().replace(/#.*$/, "#/applicant"));
    await step(page, "applicant");
    assert.equal(await page.inputValue("#applicant-iin"), "900315410004", what);
    assert.equal(await page.inputValue("#applicant-name"), "Серікбаев Нұрлан", what);
    await page.goto(page.url().replace(/#.*$/, "#/family"));
    await step(page, "family");
    assert.equal(await page.isChecked("#family-orphan"), true, what);
    assert.equal(await stored(page, "kezek.draft.unreadable"), original, what);
    // What is now stored is the recovered draft, readable whole.
    const now = JSON.parse(await stored(page));
    assert.equal(now.child_iin, "230510512343", what);
    assert.equal(now.applicant_iin, "900315410004", what);
    assert.deepEqual(errors, [], what);
    await context.close();
  }
});

test("the notice is in the parent's language", async () => {
  const original = JSON.stringify({ ...GOOD, sen: "yes" });
  for (const [locale, pattern] of [["kk-KZ", /2-қадам: Бала туралы/], ["ru-RU", /Шаг 2: О ребенке/]]) {
    const { page, context } = await openWith(original, { locale });
    await step(page, "child");
    assert.match(await page.textContent("#kz-draft-notice"), pattern);
    assert.doesNotMatch(await page.textContent("#kz-draft-notice"), /[A-Za-z]{4,}/, "no English, no codes");
    await context.close();
  }
});

test("full storage: the parent is told at once, the answers live on in the page", async () => {
  const { page, context, errors } = await openWith(null, { hash: "#/service" });
  // Fill this origin's localStorage to the quota with someone else's keys.
  const filled = await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size = Math.floor(size / 2)) {
      const chunk = "x".repeat(size);
      try {
        for (;;) localStorage.setItem(`other.${n++}`, chunk);
      } catch {
        /* full at this size: try smaller */
      }
    }
    return n;
  });
  assert.ok(filled > 0);
  await page.click('label[for="service-00403001"]');
  await page.click('label[for="channel-egov_portal"]');
  await page.click("#kz-next");
  await step(page, "child");
  await type(page, "#child-iin", "230510512343");
  await page.waitForSelector('#kz-draft-notice[data-notice="not-saved"]');
  assert.match(await page.textContent("#kz-draft-notice"), /reload/);
  assert.equal(await stored(page), null, "nothing could be stored");
  // Working in memory: the answers survive moving between steps.
  await page.click("#kz-back");
  await step(page, "service");
  await page.click("#kz-next");
  await step(page, "child");
  assert.equal(await page.inputValue("#child-iin"), "230510512343");
  await screenshot(page, "storage-full");
  assert.deepEqual(errors, []);
  await context.close();
});

test("blocked storage: the parent is told before typing, the answers live on in the page", async () => {
  const block = () => {
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("The operation is insecure.", "SecurityError");
      },
    });
  };
  const { page, context, errors } = await openWith(null, { initScript: block, hash: "#/service" });
  await page.waitForSelector('#kz-draft-notice[data-notice="not-saved"]');
  await page.click('label[for="service-00403001"]');
  await page.click('label[for="channel-egov_portal"]');
  await page.click("#kz-next");
  await step(page, "child");
  await type(page, "#child-iin", "230510512343");
  await page.click("#kz-back");
  await step(page, "service");
  assert.equal(await page.isChecked("#service-00403001"), true);
  await page.click("#kz-next");
  await step(page, "child");
  assert.equal(await page.inputValue("#child-iin"), "230510512343");
  assert.deepEqual(errors, []);
  await context.close();
});
