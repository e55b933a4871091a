// Helpers that drive Kezek's wizard like a parent: pick options by their
// labels' `for` ids, type into fields, press Next, and wait for each step.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./harness.mjs";

export const AS_OF = "2026-11-23T10:00";

/** The app URL with a fixed "now" (Asia/Almaty; `AS_OF` unless `asOf`) and no service worker. */
export function appUrl(site, hash = "#/service", extra = "", asOf = AS_OF) {
  return `${site.url}/index.html?nosw&as_of=${asOf}${extra}${hash}`;
}

export async function step(page, slug) {
  // The app's step, not the static first screen of index.html (#kz-static).
  await page.waitForSelector(`main.kz-app:not(#kz-static) .kz-step[data-step="${slug}"]`, { timeout: 15000 });
}

// In a host page's frame (a Playwright Frame, not a Page) the wizard is
// driven by the keyboard: the example hosts give the frame the app's height
// on every `resize` message, and a click aimed while the frame grew missed
// its button now and then (twice in full runs, 05.12.2026). Enter on the
// focused button and Space on the focused choice are a parent's own ways.
const inFrame = (page) => typeof page.parentFrame === "function" && page.parentFrame() !== null;

export async function next(page, toSlug) {
  if (inFrame(page)) await page.press("#kz-next", "Enter");
  else await page.click("#kz-next");
  if (toSlug) await step(page, toSlug);
}

export async function choose(page, id) {
  if (inFrame(page)) await page.press(`#${id}`, "Space");
  else await page.click(`label[for="${id}"]`);
}

/** A button or link pressed (a frame: Enter on it, as `next`). */
export async function press(page, selector) {
  if (inFrame(page)) await page.press(selector, "Enter");
  else await page.click(selector);
}

/** A checkbox ticked (a frame: Space on it, as `choose`), then held ticked. */
export async function tick(page, selector) {
  if (inFrame(page)) {
    if (!(await page.isChecked(selector))) await page.press(selector, "Space");
    await page.waitForSelector(`${selector}:checked`, { state: "attached" });
  } else await page.check(selector);
}

export async function type(page, selector, value) {
  await page.fill(selector, value);
}

/** Step 1: the service and the channel (`c.service`, `c.channel`), then Next to step 2. */
export async function toChild(page, c = {}) {
  await step(page, "service");
  await choose(page, `service-${c.service || "00403001"}`);
  await choose(page, `channel-${c.channel || "egov_portal"}`);
  await next(page, "child");
}

/** Step 2's answers, Next not pressed: the child's IIN and/or birth date,
 * the settlement; `sen` ticks special educational needs (with a PMPC
 * conclusion unless `pmpc: false`, and `disorders`); `previousPriority` a
 * priority referral left (its day, if given). */
export async function answerChild(page, c = {}) {
  if (c.childIin) await type(page, "#child-iin", c.childIin);
  if (c.birthDate) await type(page, "#child-birth-date", c.birthDate);
  await type(page, "#child-settlement", c.settlement || "Астана");
  if (c.sen) {
    await page.check("#child-sen");
    if (c.pmpc !== false) await page.check("#child-pmpc");
    for (const d of c.disorders || []) await page.check(`#disorder-${d}`);
  }
  if (c.previousPriority !== undefined) {
    await page.check("#child-previous-priority");
    if (c.previousPriority) await type(page, "#child-previous-priority-date", c.previousPriority);
  }
}

/** Step 3's answers, Next not pressed: the role, the applicant's IIN, name
 * and phone (`name: null` or `phone: null` leaves that box empty). */
export async function answerApplicant(page, c = {}) {
  await choose(page, `role-${c.role || "parent"}`);
  await type(page, "#applicant-iin", c.applicantIin || "900315410004");
  if (c.name !== null) await type(page, "#applicant-name", c.name || "Серікбаев Нұрлан");
  if (c.phone !== null) await type(page, "#applicant-phone-1", c.phone || "+77011234567");
}

/** The walk service → child → applicant: steps 1 and 2 answered and passed,
 * step 3's answers typed, its Next not pressed (see [`toChild`],
 * [`answerChild`], [`answerApplicant`] for `c`). */
export async function walkToApplicant(page, c = {}) {
  await toChild(page, c);
  await answerChild(page, c);
  await next(page, "applicant");
  await answerApplicant(page, c);
}

/** Steps 1–4 for a case; `family` is a list of ground codes to tick. */
export async function fillCase(page, c) {
  await walkToApplicant(page, c);
  await next(page, "family");
  for (const g of c.family || []) await page.check(`#family-${g}`);
  await next(page, "result");
}

/** Every message id of every Fluent file in the repository (the app's, the rules', the catalogue's). */
export const MESSAGE_IDS = (() => {
  const ids = new Set();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory() && !["target", "node_modules", "dist", "pkg", ".git"].includes(e.name)) walk(p);
      else if (e.isFile() && e.name.endsWith(".ftl")) {
        for (const m of fs.readFileSync(p, "utf8").matchAll(/^([a-zA-Z][a-zA-Z0-9_-]*)\s*=/gm)) ids.add(m[1]);
      }
    }
  };
  walk(path.join(ROOT, "crates"));
  return ids;
})();

// A word of the page that is a known id, or has an id's shape (a known prefix
// and one or more segments) — also an id missing from every file.
const ID_SHAPE = /^(ui|reason|doc|ground|error|svc|provider|result|refusal|eligibility|life|q)(-[a-z0-9]+)+$/;

/** Text of the page that looks like an untranslated Fluent id. */
export async function rawMessageIds(page) {
  const text = await page.evaluate(() => document.body.innerText);
  const words = text.match(/[A-Za-z0-9_][A-Za-z0-9_-]*[A-Za-z0-9_]/g) || [];
  return words.filter((w) => MESSAGE_IDS.has(w) || ID_SHAPE.test(w));
}

export async function assertNoRawIds(page, where) {
  assert.deepEqual(await rawMessageIds(page), [], `untranslated message ids on ${where}`);
}

/** Starts recording `kezek:*` DOM events in the page. */
export async function recordEvents(page) {
  await page.evaluate(() => {
    window.__kezekEvents = [];
    for (const n of ["application-prepared", "result", "step-changed"]) {
      window.addEventListener(`kezek:${n}`, (e) => window.__kezekEvents.push({ type: n, detail: e.detail }));
    }
  });
}

export async function events(page, type) {
  return (await page.evaluate(() => window.__kezekEvents || [])).filter((e) => e.type === type);
}

/** "No" to every yes/no question of a family service's screen not answered yet. */
export async function answerTheRestNo(page) {
  // A question about another answer comes and goes with that answer (order
  // 414: the marriage's registry question only after a marriage or
  // divorce): the first one unanswered is read again after each answer.
  for (let i = 0; i < 100; i++) {
    const id = await page.$$eval('#svc-questions input[type="radio"][value="no"]', (l) =>
      l.filter((r) => !document.querySelector(`input[name="${r.name}"]:checked`)).map((r) => r.id)[0] ?? null);
    if (id === null) return;
    // Clicked, then waited for as checked by its id: a question that comes
    // or goes above it re-renders the list, and the node clicked may then
    // hold another question (page.check would look at that node).
    await page.click(`#${id}`);
    await page.waitForSelector(`#${id}:checked`);
  }
  throw new Error("answerTheRestNo: the questions kept coming");
}

/** A family service's questions: each of `yes` answered yes, in order (once
 * the first is on screen), then every other one no. */
export async function answerYesTheRestNo(page, yes) {
  await page.waitForSelector(`#q-${yes[0]}-yes`);
  for (const q of yes) await page.check(`#q-${q}-yes`);
  await answerTheRestNo(page);
}

/**
 * Queue registration on egov.kz from step 1 (the service already chosen) to
 * the hand-off pressed, with the fewest answers (a child's IIN and
 * settlement, a parent's IIN, consent): in a page or an embedded frame.
 * Returns the SHA-256 the hand-off step shows for the prepared application.
 */
export async function handOffQueueRegistration(frame) {
  // By the keyboard in a frame (`inFrame`): a click aimed while the host
  // grew the frame on a `resize` message missed step 1's Next once in a
  // full run (embed "the configured language and service reach the wizard",
  // 06.12.2026: step 2 never came).
  await choose(frame, "channel-egov_portal");
  await frame.waitForSelector("#channel-egov_portal:checked", { state: "attached" });
  await next(frame, "child");
  await frame.fill("#child-iin", "230510512343");
  await frame.fill("#child-settlement", "Астана");
  await next(frame, "applicant");
  await choose(frame, "role-parent");
  await frame.waitForSelector("#role-parent:checked", { state: "attached" });
  await frame.fill("#applicant-iin", "900315410004");
  await frame.evaluate(() => (location.hash = "#/handoff"));
  await frame.waitForSelector('.kz-step[data-step="handoff"]');
  // The box is the app's state (checked by the draft's consent): in a fresh
  // clone's run under load a click landed while step 8 was re-rendering and
  // Playwright's check() saw no change ("Clicking the checkbox did not change
  // its state"). Tick it until it holds, as a parent would tick again.
  for (let i = 0; !(await frame.isChecked("#consent")); i++) {
    if (i === 5) throw new Error("the consent box does not stay ticked after 5 tries");
    if (inFrame(frame)) await frame.press("#consent", "Space");
    else await frame.click("#consent");
    await frame.waitForTimeout(200);
  }
  await frame.waitForSelector("#kz-sha256", { state: "attached" });
  const sha = (await frame.textContent("#kz-sha256")).trim();
  await press(frame, "#kz-handoff");
  return sha;
}
