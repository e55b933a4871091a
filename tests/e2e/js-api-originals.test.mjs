// cl. 22's originals day after the reception has closed, through the real JS
// module (pkg/kezek.js with its wasm), loaded in Node: the app says "today was
// the last day, the reception closed at 17:30 (Kezek's reading)"; an
// integrator calling evaluate() reads the same from the schedule
// (originals_day_passed, originals_closed_at) and its reason.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { loadKezek, read } from "./js-api-fixtures.mjs";

// Admission at the kindergarten's desk, referral of Wed 18.11.2026: the
// originals are safe to Tue 24.11 (Kezek's count: Wed 25.11).
const CASE = read("crates/kezek-rules/examples/cases/08-admission-office-complete.json");

let kezek;
before(async () => {
  kezek = await loadKezek();
});

// The contract is concluded on the day of evaluation (not before it).
const at = (asOf) => {
  const c = structuredClone(CASE);
  c.as_of = asOf;
  c.admission.contract_date = asOf.slice(0, 10);
  return c;
};

test("cl22: evaluate says the originals day has passed after the reception closed", () => {
  const s = kezek.evaluate(at("2026-11-24T17:45")).schedule;
  assert.equal(s.originals_safe_by, "2026-11-24", JSON.stringify(s));
  assert.equal(s.originals_day_passed, true, JSON.stringify(s));
  assert.equal(s.originals_closed_at, "2026-11-24T17:30:00", JSON.stringify(s));
  assert.ok(s.reasons.includes("schedule.originals_reception_closed"), JSON.stringify(s.reasons));
  // The schedule section alone says the same.
  const only = kezek.evaluate(at("2026-11-24T17:45"), undefined, { sections: ["schedule"] });
  assert.deepEqual(only.schedule, s);
  // Before the reception closed, and the day after (the safe day gone by).
  const before = kezek.evaluate(at("2026-11-24T17:29")).schedule;
  assert.equal(before.originals_day_passed, false, JSON.stringify(before));
  assert.equal("originals_closed_at" in before, false, JSON.stringify(before));
  const after = kezek.evaluate(at("2026-11-25T10:00")).schedule;
  assert.equal(after.originals_day_passed, true, JSON.stringify(after));
  assert.equal("originals_closed_at" in after, false, JSON.stringify(after));
  assert.ok(after.reasons.includes("schedule.originals_day_passed"), JSON.stringify(after.reasons));
});
