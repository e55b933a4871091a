// The integrator's hostile-input probe (05.12.2026, probe41): a Map, a Set, an
// ArrayBuffer or another object that holds its values not as fields is
// written by JSON.stringify as `{}`, so what it held was silently lost — a
// request whose `facts` were a Map was evaluated with no facts at all (not
// eligible) and prepared with `facts: {}`, an `applicant` given as a Map was
// dropped from the application, forecast options given as a Map ran the
// default 10,000 paths, and evaluate's `options` as a Map answered the whole
// evaluation. Each is now refused with `input.not_json` at its field (the
// argument's name for the whole argument), as the embedding bridge refuses
// them (`embed.bad_type`). A plain object, an array, a class instance with
// fields, and a Date (written as its ISO text, read or refused as a date) are
// read as before. The real module (pkg/kezek.js with its wasm), in Node.
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

const refused = (fn, field) => (e) => {
  assert.ok(e instanceof Error, String(e));
  assert.equal(e.code, "input.not_json", `${fn}: ${e.code} ${e.field} ${e.message}`);
  assert.equal(e.field, field, `${fn}: ${e.message}`);
  assert.match(e.message, /\{\}/, `${fn}: the message says what was lost: ${e.message}`);
  return true;
};

test("a Map, a Set or an ArrayBuffer inside an input is refused at its field, not read as {}", () => {
  const facts = new Map(Object.entries(REQUEST.facts));
  assert.throws(() => kezek.evaluateService({ ...REQUEST, facts }), refused("evaluateService", "facts"));
  assert.throws(() => kezek.prepareService({ ...REQUEST, facts }), refused("prepareService", "facts"));
  assert.throws(
    () => kezek.prepareService({ ...REQUEST, applicant: new Map([["full_name", "Ахметова Айгүл"]]) }),
    refused("prepareService", "applicant"),
  );
  assert.throws(() => kezek.evaluate({ ...CASE, family: new Map([["teacher", true]]) }), refused("evaluate", "family"));
  assert.throws(() => kezek.checklist({ ...CASE, documents: [new Set(["phthisiatrician_conclusion"])] }), refused("checklist", "documents[0]"));
  // Another argument than the document: under its name.
  assert.throws(() => kezek.forecast(SNAPSHOT, QUERY, new Map([["paths", 5]])), refused("forecast", "options"));
  assert.throws(() => kezek.forecast(SNAPSHOT, QUERY, { paths: 5, preference: new Map([["kind", "any"]]) }), refused("forecast", "options.preference"));
  assert.throws(() => kezek.evaluate(CASE, null, new Map([["sections", ["category"]]])), refused("evaluate", "options"));
  assert.throws(() => kezek.workingDays("2026-01-01", "2026-02-01", new Map()), refused("workingDays", "calendar"));
  assert.throws(() => kezek.position(SNAPSHOT, new Map(Object.entries(QUERY))), refused("position", "application"));
  // The whole document.
  assert.throws(() => kezek.evaluate(new Map(Object.entries(CASE))), refused("evaluate", "case"));
  assert.throws(() => kezek.position(new ArrayBuffer(8), QUERY), refused("position", "snapshot"));
  // What JSON.stringify writes faithfully is read as before.
  class Facts {
    constructor() {
      this.family_receives_targeted_social_assistance = true;
    }
  }
  const asObject = kezek.prepareService(REQUEST);
  assert.deepEqual(kezek.prepareService({ ...REQUEST, facts: Object.assign(new Facts(), { child_born_abroad: true }) }), asObject);
  assert.equal(kezek.forecast(SNAPSHOT, QUERY, { paths: 5 }).paths, 5);
  assert.ok(kezek.evaluate({ ...CASE, family: {} }).category, "an empty plain object is an object");
  assert.equal(kezek.evaluate(CASE, null, {}).checklist !== undefined, true);
});

// The integrator's probe, round two (probe42): a value JSON.stringify writes as
// no object at all — a Date or a URL (their text), a boxed number — given as
// evaluate's `options` was read as no options: evaluate(c, null, new Date())
// answered the whole evaluation, as did an instance of a class whose options
// are getters (JSON.stringify writes only own fields: `{}`), which forecast
// and position, reading the JSON, took as the defaults and as no question. Each
// is now refused with the door's error for a value of the wrong type:
// input.not_json at the argument (evaluate's options; any door's instance of
// a class with no fields of its own, a Promise), the options' own error where
// the door reads JSON text (forecast.bad_options, query.invalid,
// calendar.invalid_json: a Date's text is no object), input.not_an_object
// for a function. A class instance with fields, a Date inside a document (read
// or refused as a date) and a plain object with no options are read as before.
test("a Date, a URL, a boxed number, a Promise, a function or a class instance with no fields of its own as options: refused, not read as no options", () => {
  class Options {
    get sections() {
      return ["category"];
    }
  }
  class ForecastOptions {
    get paths() {
      return 5;
    }
  }
  const at = (code, field, fn) => (e) => {
    assert.ok(e instanceof Error, String(e));
    assert.deepEqual([e.code, e.field], [code, field], `${fn}: ${e.message}`);
    return true;
  };
  for (const [name, options] of [
    ["a Date", new Date("2026-11-23T10:00:00Z")],
    ["a URL", new URL("https://egov.kz/")],
    ["a boxed number", new Number(1)],
    ["a Promise", Promise.resolve({ sections: ["category"] })],
    ["a class instance of getters", new Options()],
  ]) {
    assert.throws(() => kezek.evaluate(CASE, null, options), at("input.not_json", "options", `evaluate, ${name}`));
  }
  assert.throws(() => kezek.evaluate(CASE, null, () => ({ sections: ["category"] })), at("input.not_an_object", "options", "evaluate, a function"));
  // The other doors' options and questions.
  assert.throws(() => kezek.forecast(SNAPSHOT, QUERY, new ForecastOptions()), at("input.not_json", "options", "forecast, a class instance"));
  assert.throws(() => kezek.forecast(SNAPSHOT, QUERY, Promise.resolve({ paths: 5 })), at("input.not_json", "options", "forecast, a Promise"));
  assert.throws(() => kezek.forecast(SNAPSHOT, QUERY, new Date()), at("forecast.bad_options", "options", "forecast, a Date"));
  assert.throws(() => kezek.position(SNAPSHOT, new Date()), at("query.invalid", "application", "position, a Date"));
  assert.throws(() => kezek.evaluate(CASE, new Date()), at("calendar.invalid_json", "calendar", "evaluate, a Date as the calendar"));
  assert.throws(
    () => kezek.prepareService({ ...REQUEST, facts: new (class Facts { get family_receives_targeted_social_assistance() { return true; } })() }),
    at("input.not_json", "facts", "prepareService, facts of getters"),
  );
  // Read as before.
  assert.deepEqual(Object.keys(kezek.evaluate(CASE, null, { sections: ["category"] })), Object.keys(kezek.evaluate(CASE, null, Object.assign(Object.create(null), { sections: ["category"] }))));
  class Own {
    constructor() {
      this.sections = ["category"];
    }
  }
  assert.equal(kezek.evaluate(CASE, null, new Own()).queues, undefined, "a class instance's own fields are its options");
  assert.equal(kezek.forecast(SNAPSHOT, QUERY, Object.assign(new (class {})(), { paths: 5 })).paths, 5);
  assert.ok(kezek.evaluate(CASE, null, {}).checklist, "a plain object with no options is the whole evaluation");
  assert.throws(() => kezek.evaluate({ ...CASE, as_of: new Date("2026-11-23T10:00:00Z") }), (e) => e.code !== "input.not_json");
});
