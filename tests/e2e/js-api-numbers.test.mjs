// The hostile-input review (November 2026): a number JSON cannot carry — NaN,
// Infinity — given to the JS module was written by JSON.stringify as null, so
// an optional field silently read as "not given" (a referral's cl. 30
// extension of NaN days was dropped, the referral judged without it) and a
// required one was refused as "invalid type: null". Both are now refused with
// `input.not_finite`, naming the field, at every door that takes a JS object
// (a case, a catalogue request, a queue snapshot and query). The real module
// (pkg/kezek.js with its wasm), loaded in Node.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { loadKezek, read, SNAPSHOT } from "./js-api-fixtures.mjs";

const ADMISSION = read("crates/kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json");
const REQUEST = read("crates/kezek-rules/examples/catalogue/school-meals-tsa.json");

let kezek;
before(async () => {
  kezek = await loadKezek();
});

const refused = (fn, field) => (e) => {
  assert.ok(e instanceof Error, String(e));
  assert.equal(e.code, "input.not_finite", `${fn}: ${e.code} ${e.field} ${e.message}`);
  assert.equal(e.field, field, `${fn}: ${e.message}`);
  return true;
};

test("a case: NaN or Infinity in a number field is refused at the field, not read as 'not given'", () => {
  // The example as given: extended by 30 days.
  const base = kezek.evaluate(ADMISSION);
  assert.ok(base.checklist.items.some((i) => i.document === "referral"));
  for (const bad of [NaN, Infinity, -Infinity]) {
    const c = structuredClone(ADMISSION);
    c.admission.referral_extension_days = bad;
    assert.throws(() => kezek.evaluate(c), refused("evaluate", "admission.referral_extension_days"), String(bad));
  }
  // In a list: the second phone given as a number that is not one.
  const c = structuredClone(ADMISSION);
  c.applicant.phones = ["+77011234567", NaN];
  assert.throws(() => kezek.evaluate(c), refused("evaluate", "applicant.phones[1]"));
  // null where a field may be absent is still "not given".
  const n = structuredClone(ADMISSION);
  n.admission.referral_extension_days = null;
  assert.ok(kezek.evaluate(n).checklist);
  // The module answers the next call.
  assert.deepEqual(kezek.evaluate(ADMISSION), base);
});

test("a catalogue request and a queue snapshot and query: NaN or Infinity refused at the field", () => {
  const r = structuredClone(REQUEST);
  r.facts.child_birth_date = NaN;
  assert.throws(() => kezek.evaluateService(r), refused("evaluateService", "facts.child_birth_date"));
  assert.ok(kezek.evaluateService(REQUEST).eligibility);
  const query = { birth_year: 2023, group: "general", submitted: "2026-11-23T10:00" };
  assert.ok(kezek.position(SNAPSHOT, query));
  // Another argument than the document: its field named under the
  // argument's name, as its other errors are (the README's field rule).
  assert.throws(() => kezek.position(SNAPSHOT, { ...query, birth_year: NaN }), refused("position", "application.birth_year"));
  assert.throws(() => kezek.forecast(SNAPSHOT, query, { paths: Infinity }), refused("forecast", "options.paths"));
  assert.throws(() => kezek.workingDays("2026-01-01", "2026-12-31", { schema: "kezek.calendar/1", years: [{ year: NaN }] }), refused("workingDays", "calendar.years[0].year"));
  const s = structuredClone(SNAPSHOT);
  s.queues[0].birth_year = Infinity;
  assert.throws(() => kezek.position(s, query), refused("position", "queues[0].birth_year"));
});

// Probe (06.12.2026, probe45, left open by probe44): a whole number written
// `1.0` or `-0` in JSON text was refused ("invalid type: floating point"),
// while the same JS numbers in an object were taken (JSON.stringify writes
// 1 and 0). One behaviour: the value, not its spelling, as JSON text and as
// an object; a fraction is refused both ways; a count past its range has its
// own code whatever its size.
test("a whole number written 1.0, 1e0 or -0 reads the same as JSON text and as a JS object", () => {
  const c = structuredClone(ADMISSION);
  c.times_queued_in_settlement = 1;
  const base = kezek.evaluate(c);
  const text = JSON.stringify(c);
  for (const spelt of ["1.0", "1e0", "1E0", "10e-1"]) {
    const t = text.replace('"times_queued_in_settlement":1', `"times_queued_in_settlement":${spelt}`);
    assert.notEqual(t, text);
    assert.deepEqual(kezek.evaluate(t), base, spelt);
  }
  assert.deepEqual(kezek.evaluate({ ...c, times_queued_in_settlement: 1.0 }), base);
  const zero = kezek.evaluate({ ...c, times_queued_in_settlement: 0 });
  assert.deepEqual(kezek.evaluate({ ...c, times_queued_in_settlement: -0 }), zero);
  assert.deepEqual(kezek.evaluate(text.replace('"times_queued_in_settlement":1', '"times_queued_in_settlement":-0')), zero);
  // A fraction: the wrong type, both ways.
  for (const arg of [{ ...c, times_queued_in_settlement: 1.5 }, text.replace('"times_queued_in_settlement":1', '"times_queued_in_settlement":1.5')]) {
    assert.throws(() => kezek.evaluate(arg), (e) => e.code === "case.invalid_json" && e.field === "times_queued_in_settlement");
  }
  // Past 0–50: one code, whatever the size.
  for (const n of [51, -1, 2 ** 32, 1e21]) {
    assert.throws(
      () => kezek.evaluate({ ...c, times_queued_in_settlement: n }),
      (e) => e.code === "case.times_queued_out_of_range" && e.field === "times_queued_in_settlement" && e.message.includes("0–50"),
      String(n),
    );
  }
  // The queue: a birth year 2023.0 in JSON text, paths 1e3 in options text.
  const query = { birth_year: 2023, group: "general", submitted: "2026-11-23T10:00" };
  const place = kezek.position(SNAPSHOT, query);
  assert.deepEqual(kezek.position(JSON.stringify(SNAPSHOT), '{"birth_year": 2023.0, "group": "general", "submitted": "2026-11-23T10:00"}'), place);
  assert.equal(kezek.forecast(SNAPSHOT, query, '{"paths": 1e3, "seed": -0}').paths, kezek.forecast(SNAPSHOT, query, { paths: 1000, seed: 0 }).paths);
});
