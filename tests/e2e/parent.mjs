// A parent's walk through Kezek, for the end-to-end journeys of issue 17:
// every screen checked by axe-core and for English words in the kk/ru
// interface, and the screens, clicks and typed fields counted.
import assert from "node:assert/strict";
import { assertAccessible } from "./harness.mjs";

export const PHONE = { width: 375, height: 812 };

// Latin words a kk/ru screen may show: names, and the notations people use.
const ALLOWED = new Set(["Kezek", "egov", "eGov", "kz", "adilet", "zan", "SMS", "QR", "JSON", "CSV", "json", "csv", "SHA", "XX", "XXX", "English"]);

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
