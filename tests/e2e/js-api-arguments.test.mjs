// The JS module called with the wrong number of arguments, or with an empty
// string for one (probe43, the doors' third round). The real module
// (pkg/kezek.js with its wasm), loaded in Node.
//  - Too many: JavaScript drops the extra ones silently, so
//    `checklist(case, calendar, {sections})` answered the whole checklist and
//    `position(snapshot, application, {paths})` no forecast, with no word of
//    it. Now every function refuses more arguments than it takes with
//    `input.too_many_arguments` (scripts/guard-pkg.mjs), as the module refuses
//    an unknown option or field; trailing `undefined`s are not counted.
//  - None: each function that takes an argument says which one is missing,
//    with its code and its name as the field (as before).
//  - "": an empty string says it is empty and what it should hold
//    (`input.empty`), not serde's "EOF while parsing a value at line 1 column 0".
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { loadKezek, read, SNAPSHOT } from "./js-api-fixtures.mjs";

const CASE = read("crates/kezek-rules/examples/cases/01-portal-general-family.json");
const REQUEST = read("crates/kezek-rules/examples/catalogue/school-meals-tsa.json");
const QUERY = { birth_year: 2023, group: "general", submitted: "2026-11-23T10:00" };

let kezek;
before(async () => {
  kezek = await loadKezek();
});

const coded = (code, field, what) => (e) => {
  assert.ok(e instanceof Error, `${what}: ${String(e)}`);
  assert.equal(e.code, code, `${what}: ${e.code} ${e.field} ${e.message}`);
  assert.equal(e.field, field, `${what}: ${e.message}`);
  return true;
};

/** Each function with every argument it takes, in the README's order. */
const FULL = {
  evaluate: () => [CASE, null, { sections: ["category"] }],
  checklist: () => [CASE, null],
  services: () => [],
  evaluateService: () => [REQUEST, null],
  prepareService: () => [REQUEST, null],
  position: () => [SNAPSHOT, QUERY],
  forecast: () => [SNAPSHOT, QUERY, { paths: 20 }],
  validateIin: () => ["230510512343"],
  workingDays: () => ["2026-01-01", "2026-02-01", null],
  edition: () => [],
};

test("more arguments than a function takes are refused with input.too_many_arguments, not dropped", () => {
  for (const [name, args] of Object.entries(FULL)) {
    const all = args();
    assert.doesNotThrow(() => kezek[name](...all), name);
    // Trailing undefined ones are not counted (a wrapper that passes them on).
    assert.doesNotThrow(() => kezek[name](...all, undefined, undefined), `${name} with undefined`);
    for (const extra of [{ sections: ["category"] }, null, 0, "x"]) {
      assert.throws(() => kezek[name](...all, extra), (e) => {
        coded("input.too_many_arguments", "", name)(e);
        assert.ok(e.message.startsWith(`${name}(`), e.message);
        assert.match(e.message, new RegExp(`not ${all.length + 1}\\b`));
        return true;
      });
    }
  }
  // The mistakes it is about: options given to a function that has none.
  assert.throws(() => kezek.checklist(CASE, null, { sections: ["checklist"] }), coded("input.too_many_arguments", "", "checklist"));
  assert.throws(() => kezek.position(SNAPSHOT, QUERY, { paths: 20 }), coded("input.too_many_arguments", "", "position"));
  assert.throws(() => kezek.services("00403008"), /services\(\) takes no arguments, not 1/);
  // The module still answers.
  assert.ok(kezek.edition().length > 0);
});

test("no argument: each function says which one is missing, by its name", () => {
  const missing = {
    evaluate: ["input.not_an_object", "case"],
    checklist: ["input.not_an_object", "case"],
    evaluateService: ["input.not_an_object", "request"],
    prepareService: ["input.not_an_object", "request"],
    position: ["input.not_an_object", "snapshot"],
    forecast: ["input.not_an_object", "snapshot"],
    validateIin: ["input.not_a_string", "iin"],
    workingDays: ["input.not_a_string", "from"],
  };
  for (const [name, [code, field]] of Object.entries(missing)) {
    assert.throws(() => kezek[name](), coded(code, field, name));
  }
  assert.throws(() => kezek.position(SNAPSHOT), coded("input.not_an_object", "application", "position"));
  assert.throws(() => kezek.workingDays("2026-01-01"), coded("input.not_a_string", "to", "workingDays"));
  assert.ok(Array.isArray(kezek.services()));
});

test("an empty string says it is empty and what it should hold (input.empty), at the argument it was", () => {
  const empty = (field, holds, what) => (e) => {
    coded("input.empty", field, what)(e);
    assert.ok(!/EOF/.test(e.message), `${what}: ${e.message}`);
    assert.ok(e.message.includes(holds), `${what}: ${e.message}`);
    assert.equal(e.line, undefined, what);
    return true;
  };
  for (const text of ["", "  \n "]) {
    assert.throws(() => kezek.evaluate(text), empty("", "order254-case", "evaluate"));
    assert.throws(() => kezek.checklist(text), empty("", "order254-case", "checklist"));
    assert.throws(() => kezek.evaluateService(text), empty("", "order414-request", "evaluateService"));
    assert.throws(() => kezek.prepareService(text), empty("", "order414-request", "prepareService"));
    assert.throws(() => kezek.position(text, QUERY), empty("", "kezek.snapshot/1", "position"));
    assert.throws(() => kezek.forecast(text, QUERY), empty("", "kezek.snapshot/1", "forecast"));
    assert.throws(() => kezek.evaluate(CASE, text), empty("calendar", "kezek.calendar/1", "evaluate's calendar"));
    assert.throws(() => kezek.workingDays("2026-01-01", "2026-02-01", text), empty("calendar", "kezek.calendar/1", "workingDays' calendar"));
    assert.throws(() => kezek.position(SNAPSHOT, text), empty("application", "birth_year", "position's application"));
    assert.throws(() => kezek.forecast(SNAPSHOT, QUERY, text), empty("options", "paths", "forecast's options"));
  }
});
