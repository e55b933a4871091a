// A parent's walk through Kezek, for the end-to-end journeys of issue 17:
// every screen checked by axe-core and for English words in the kk/ru
// interface, and the screens, clicks and typed fields counted.
import assert from "node:assert/strict";
import { assertAccessible } from "./harness.mjs";
import { step } from "./wizard.mjs";

export const PHONE = { width: 375, height: 812 };

// Latin words a kk/ru screen may show: names, and the notations people use
// (a date field's line quotes the browser's own "mm/dd/yyyy", components/field.rs).
const ALLOWED = new Set(["Kezek", "egov", "eGov", "kz", "adilet", "zan", "SMS", "QR", "JSON", "CSV", "json", "csv", "SHA", "XX", "XXX", "English", "mm", "dd", "yyyy"]);

/** Latin words on the screen outside the allowlist (digests and the language switcher aside). */
export async function englishWords(page) {
  const text = await page.evaluate(() => {
    const root = document.querySelector(".kz-app").cloneNode(true);
    for (const el of root.querySelectorAll("code, .kz-digest, .kz-lang, .kz-print-only")) el.remove();
    // innerText of a detached node is its textContent; open <details> count as shown.
    return root.textContent;
  });
  return (text.match(/[A-Za-z][A-Za-z'’-]*[A-Za-z]/g) || []).filter((w) => !ALLOWED.has(w));
}

/** Whether the page is wider than the viewport (a horizontal scroll on a phone). */
export async function overflowsWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** A parent's walk: counts the screens seen, the clicks and the typed fields. */
export function walker(page, lang) {
  const seen = [];
  const counts = { screens: 0, clicks: 0, fields: 0 };
  // `state` names a state of the same screen (its errors, an opened panel).
  const check = async (name, state = "") => {
    if (!seen.includes(name)) {
      seen.push(name);
      counts.screens += 1;
    }
    await assertAccessible(page, `${lang} ${name} ${state}`);
    assert.deepEqual(await englishWords(page), [], `English words on ${lang} ${name} ${state}`);
    assert.equal(await overflowsWidth(page), false, `${lang} ${name} ${state} is wider than the phone`);
  };
  return {
    counts,
    check,
    click: async (sel) => {
      counts.clicks += 1;
      await page.click(sel);
    },
    fill: async (sel, v) => {
      counts.fields += 1;
      await page.fill(sel, v);
    },
  };
}

/**
 * Steps 1–5 of the kindergarten wizard through the walker `w` (each screen
 * checked, each click and typed field counted), ending on step 6 (documents).
 * `c`: `service` and `channel` codes; `child` {iin, birthDate, settlement,
 * disorders (an SEN child with a PMPC conclusion)}; `applicant` {name, iin,
 * phone}; `family`: ground codes to tick; `at`: {screen: async () => …}, the
 * walk's own assertions, run on that screen before it is checked.
 */
export async function walkToDocuments(w, page, c) {
  const at = async (name) => c.at?.[name]?.();
  await step(page, "service");
  await at("service");
  await w.check("service");
  await w.click(`label[for="service-${c.service}"]`);
  await w.click(`label[for="channel-${c.channel}"]`);
  await w.click("#kz-next");
  await step(page, "child");
  const child = c.child;
  if (child.iin) await w.fill("#child-iin", child.iin);
  if (child.birthDate) await w.fill("#child-birth-date", child.birthDate);
  await w.fill("#child-settlement", child.settlement);
  if (child.disorders) {
    await w.click('label[for="child-sen"]');
    await w.click('label[for="child-pmpc"]');
    for (const d of child.disorders) await w.click(`label[for="disorder-${d}"]`);
  }
  await at("child");
  await w.check("child", child.disorders ? "SEN" : "");
  await w.click("#kz-next");
  await step(page, "applicant");
  const a = c.applicant;
  await w.click(`label[for="role-${a.role || "parent"}"]`);
  await w.fill("#applicant-iin", a.iin || "900315410004");
  await w.fill("#applicant-name", a.name);
  if (a.phone) await w.fill("#applicant-phone-1", a.phone);
  await at("applicant");
  await w.check("applicant");
  await w.click("#kz-next");
  await step(page, "family");
  for (const g of c.family || []) await w.click(`label[for="family-${g}"]`);
  await at("family");
  await w.check("family");
  await w.click("#kz-next");
  await step(page, "result");
  await at("result");
  await w.check("result");
  await w.click("#kz-next");
  await step(page, "documents");
}
