// Probe of 06.12.2026 (probe46), the JS API (pkg/kezek.js with its wasm, loaded in Node) with
// hostile input: one error object at every door — the line its message says is its `line`, given
// as JSON text; an object given has neither —, evaluate's options that are not an object, a
// catalogue request's channel of the wrong type, a snapshot's settlement checked as a free text, a
// snapshot with no queue, and `checklist` as `evaluate`'s checklist section.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { SNAPSHOT, read, loadKezek } from "./js-api-fixtures.mjs";

const CASE = read("crates/kezek-rules/examples/cases/01-portal-general-family.json");
const REQUEST = read("crates/kezek-rules/examples/catalogue/school-meals-tsa.json");
const QUESTION = { birth_year: 2023, group: "general", submitted: "2026-01-01T10:00" };

let kezek;
before(async () => {
  kezek = await loadKezek();
});

/** The error `f` throws (it must throw). */
function thrown(f) {
  try {
    f();
  } catch (e) {
    return e;
  }
  assert.fail("did not throw");
}

/** The line serde's message ends with ("… at line 3 column 12"), if any. */
const saidLine = (message) => {
  const m = / at line (\d+) column \d+$/.exec(message);
  return m ? Number(m[1]) : undefined;
};

/** Given as JSON text: the line the message says is `line`; given as an object: no line, none said. */
function oneErrorObject(what, asText, asObject, code, field) {
  const t = thrown(asText);
  assert.deepEqual([t.code, t.field], [code, field], `${what} as text: ${t.message}`);
  assert.ok(t.line > 1, `${what} as text: line ${t.line} («${t.message}»)`);
  assert.equal(t.line, saidLine(t.message), `${what} as text: «${t.message}»`);
  const o = thrown(asObject);
  assert.deepEqual([o.code, o.field], [code, field], `${what} as an object: ${o.message}`);
  assert.equal(o.line, undefined, `${what} as an object`);
  assert.equal(saidLine(o.message), undefined, `${what} as an object: «${o.message}»`);
}

// Item 1: a case of the wrong shape given as text said «at line 14 column 19» and had no `line`;
// calendar data, a question and forecast options given as text likewise.
test("an error whose message says a line carries it as `line`; one of an object given has neither", () => {
  const wrong = { ...CASE, child: { ...CASE.child, birth_date: 5 } };
  oneErrorObject("a case", () => kezek.evaluate(JSON.stringify(wrong, null, 2)), () => kezek.evaluate(wrong), "case.invalid_json", "child.birth_date");
  oneErrorObject("a case (checklist)", () => kezek.checklist(JSON.stringify(wrong, null, 2)), () => kezek.checklist(wrong), "case.invalid_json", "child.birth_date");
  const calendar = { format: "kezek.calendar/1", zz: 1 };
  oneErrorObject("calendar data", () => kezek.evaluate(CASE, JSON.stringify(calendar, null, 2)), () => kezek.evaluate(CASE, calendar), "calendar.invalid_json", "calendar.zz");
  const question = { birth_year: 2023, group: "firts" };
  oneErrorObject("a question", () => kezek.position(SNAPSHOT, JSON.stringify(question, null, 2)), () => kezek.position(SNAPSHOT, question), "query.invalid", "application.group");
  const options = { paths: 50, seed: "one" };
  oneErrorObject("forecast options", () => kezek.forecast(SNAPSHOT, QUESTION, JSON.stringify(options, null, 2)), () => kezek.forecast(SNAPSHOT, QUESTION, options), "forecast.bad_options", "options.seed");
  // A case that reads but a rule refuses: its field, no line, none said.
  const e = thrown(() => kezek.evaluate(JSON.stringify({ ...CASE, applicant: { ...CASE.applicant, phones: ["123"] } }, null, 2)));
  assert.deepEqual([e.code, e.field, e.line, saidLine(e.message)], ["case.bad_phone", "applicant.phones[0]", undefined, undefined], e.message);
});

// New ground: `evaluate`'s options are an object only (README); each other kind of value is said.
test("evaluate's options that are not an object are refused with the argument's code", () => {
  for (const [what, options, code] of [
    ["a number", 5, "input.not_an_object"],
    ["false", false, "input.not_an_object"],
    ["an empty string", "", "input.not_an_object"],
    ["JSON text", '{"sections": ["category"]}', "input.not_an_object"],
    ["a function", () => ({ sections: ["category"] }), "input.not_an_object"],
    ["a symbol", Symbol("sections"), "input.not_an_object"],
    ["a BigInt", 10n, "input.not_an_object"],
    ["a Date", new Date(0), "input.not_json"],
    ["a boxed string", new String("category"), "input.not_json"],
    ["a Map", new Map([["sections", ["category"]]]), "input.not_json"],
  ]) {
    const e = thrown(() => kezek.evaluate(CASE, undefined, options));
    assert.deepEqual([e.code, e.field], [code, "options"], `${what}: ${e.message}`);
  }
  // An object without a prototype is an object.
  const bare = Object.assign(Object.create(null), { sections: ["category"] });
  assert.ok(kezek.evaluate(CASE, undefined, bare).category, "Object.create(null)");
});

// New ground: a catalogue request's channel of the wrong type is the request's error at `channel`
// (with its line as text); an unknown one is quoted with backticks as every value (item 4).
test("a catalogue request's channel of the wrong type or unknown is refused at channel", () => {
  for (const channel of [5, null, ["egov_portal"], { kind: "egov_portal" }, true]) {
    const request = { ...REQUEST, channel };
    oneErrorObject(`channel ${JSON.stringify(channel)}`, () => kezek.evaluateService(JSON.stringify(request, null, 2)), () => kezek.evaluateService(request), "catalogue.invalid_json", "channel");
  }
  for (const f of [kezek.evaluateService, kezek.prepareService]) {
    const e = thrown(() => f({ ...REQUEST, channel: "fax" }));
    assert.deepEqual([e.code, e.field], ["catalogue.unknown_channel", "channel"], e.message);
    assert.ok(e.message.startsWith("`fax` is not one of"), e.message);
    assert.ok(!e.message.includes("'"), e.message);
  }
  const e = thrown(() => kezek.evaluateService({ ...REQUEST, documents_held: [{ id: "passport_scan" }] }));
  assert.deepEqual([e.code, e.field], ["catalogue.unknown_document", "documents_held[0].id"], e.message);
  assert.ok(e.message.startsWith("`passport_scan` is not a document"), e.message);
});

// Item 3: a snapshot's settlement is a free text as a case's is.
test("a snapshot's settlement is at most 200 characters with none no one sees", () => {
  for (const [settlement, code] of [
    ["A".repeat(201), "snapshot.text_too_long"],
    ["Астана\nАлматы", "snapshot.text_control_character"],
    ["Аста\u202Eна", "snapshot.text_control_character"],
  ]) {
    for (const f of [() => kezek.position({ ...SNAPSHOT, settlement }, QUESTION), () => kezek.forecast({ ...SNAPSHOT, settlement }, QUESTION, { paths: 10 })]) {
      const e = thrown(f);
      assert.deepEqual([e.code, e.field, e.line], [code, "settlement", undefined], e.message);
    }
  }
  assert.ok(kezek.position({ ...SNAPSHOT, settlement: "Ә".repeat(200) }, QUESTION).position >= 1);
});

// A snapshot with no queue at all is refused as it is read (probe47: `snapshot.no_queues` at
// `queues`), not said to lack the question's queue at a field the caller may not have given.
test("a snapshot with no queue: the snapshot is said to have none", () => {
  for (const f of [() => kezek.position({ ...SNAPSHOT, queues: [] }, QUESTION), () => kezek.forecast({ ...SNAPSHOT, queues: [] }, QUESTION, { paths: 10 })]) {
    const e = thrown(f);
    assert.deepEqual([e.code, e.field], ["snapshot.no_queues", "queues"], e.message);
  }
});

// Item 7: `checklist` reads the case once (validated as it is read) and is `evaluate`'s checklist section.
test("checklist is evaluate's checklist section, and refuses what evaluate refuses", () => {
  for (const name of ["01-portal-general-family.json", "08-admission-office-complete.json"]) {
    const c = read(`crates/kezek-rules/examples/cases/${name}`);
    assert.deepEqual(kezek.checklist(c), kezek.evaluate(c, undefined, { sections: ["checklist"] }).checklist, name);
  }
  for (const bad of [{ ...CASE, as_of: "9999-12-31T10:00" }, { ...CASE, applicant: { ...CASE.applicant, email: "no" } }]) {
    const a = thrown(() => kezek.checklist(bad));
    const b = thrown(() => kezek.evaluate(bad));
    assert.deepEqual([a.code, a.field, a.line], [b.code, b.field, b.line], a.message);
  }
});
