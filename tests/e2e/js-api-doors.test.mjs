// The JS module's answers and errors against the command line's, on the same
// inputs (session of 03.12.2026, tenth: three places where the doors
// disagreed). The JS side is the real module (pkg/kezek.js with its wasm),
// loaded in Node; the CLI side is the real binary (`cargo run -p kezek-cli`).
//  1. every answer cites with the rules' citation object: a position's and a
//     forecast's citations, as an evaluation's;
//  2. `validateIin(x)` is `kezek iin x`'s answer (`iin` included);
//  3. an error about a snapshot names the field as the path inside the
//     snapshot, by both doors; an option's field is named under `options`
//     (JS) or as its flag (CLI), never as if it were the snapshot's.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT } from "./harness.mjs";
import { loadKezek, read, SNAPSHOT } from "./js-api-fixtures.mjs";

let kezek;
before(async () => {
  kezek = await loadKezek();
});

/** `kezek --json ARGS…`: its exit code, its answer (stdout) and its error object (stderr), parsed. */
function cli(...args) {
  const r = spawnSync("cargo", ["run", "--quiet", "-p", "kezek-cli", "--", "--json", ...args], { cwd: ROOT, encoding: "utf8" });
  const last = (s) => (s.trim() ? JSON.parse(s.trim().split("\n").pop()) : null);
  return { status: r.status, answer: r.status === 2 ? null : JSON.parse(r.stdout), error: r.status === 0 ? null : last(r.stderr) };
}

const DIR = fs.mkdtempSync(path.join(os.tmpdir(), "kezek-doors-"));
let files = 0;
/** A JSON file holding `value`, for the CLI. */
function file(value) {
  const p = path.join(DIR, `${files++}.json`);
  fs.writeFileSync(p, typeof value === "string" ? value : JSON.stringify(value));
  return p;
}

/** The thrown error object of `fn(...args)`. */
function thrown(fn, ...args) {
  try {
    kezek[fn](...args);
  } catch (e) {
    const o = { code: e.code, field: e.field, message: e.message };
    if (e.line !== undefined) o.line = e.line;
    return o;
  }
  assert.fail(`${fn} accepted ${JSON.stringify(args).slice(0, 200)}`);
}

test("1. a position and a forecast cite with the rules' citation objects, as an evaluation does, by both doors", () => {
  const app = { birth_year: 2023, group: "first", submitted: "2026-05-01T10:00" };
  const city = file(SNAPSHOT);
  const query = ["--birth-year", "2023", "--group", "first", "--submitted", "2026-05-01T10:00"];
  const evaluation = kezek.evaluate(read("crates/kezek-rules/examples/cases/01-portal-general-family.json"));
  // The shape an evaluation cites with: an object naming the act and the clause.
  assert.ok(evaluation.queues.citations.every((c) => typeof c === "object" && c.act === "order254"), JSON.stringify(evaluation.queues.citations));
  const position = kezek.position(SNAPSHOT, app);
  assert.deepEqual(position.citations, [
    { act: "order254", clause: 14 }, { act: "order254", clause: 20 }, { act: "order254", clause: 21 },
  ]);
  const fromCli = cli("position", city, ...query);
  assert.equal(fromCli.status, 0, JSON.stringify(fromCli.error));
  assert.deepEqual(fromCli.answer.citations, position.citations);
  const forecast = kezek.forecast(SNAPSHOT, app, { paths: 50 });
  assert.deepEqual(forecast.position.citations, position.citations);
  assert.deepEqual(forecast.citations.map((c) => c.clause), [3, 20, 21, 22, 23, 24, 25, 28, 30]);
  assert.ok(forecast.citations.every((c) => c.act === "order254" && Object.keys(c).join() === "act,clause"), JSON.stringify(forecast.citations));
  const forecastCli = cli("forecast", city, ...query, "--paths", "50");
  assert.equal(forecastCli.status, 0, JSON.stringify(forecastCli.error));
  assert.deepEqual(forecastCli.answer.citations, forecast.citations);
});

test("2. validateIin answers as `kezek iin` does, on the same IINs", () => {
  // [the IIN, what it is, the code (none: valid)]
  const rows = [
    ["230510512343", "valid, a boy born 10.05.2023", null],
    ["900315410004", "valid, a woman born 15.03.1990", null],
    ["230510512344", "a wrong check digit", "iin.bad_checksum"],
    ["990101100000", "a 7th digit of the 1800s", "iin.bad_century"],
    ["230230512343", "digits 1-6 no date", "iin.bad_date"],
    ["23051051234", "11 digits", "iin.not_12_digits"],
    ["2305105123430", "13 digits", "iin.not_12_digits"],
    ["23051051234x", "a letter", "iin.not_12_digits"],
    [" 230510512343", "a space before the 12 digits (a case refuses it too)", "iin.not_12_digits"],
  ];
  for (const [iin, what, code] of rows) {
    const js = kezek.validateIin(iin);
    const fromCli = cli("iin", iin);
    assert.equal(fromCli.status, code ? 1 : 0, `${what}: ${JSON.stringify(fromCli)}`);
    assert.deepEqual(js, fromCli.answer, what);
    if (code) {
      assert.deepEqual(Object.keys(js).sort(), ["code", "message", "valid"], what);
      assert.equal(js.code, code, what);
      // The reason, as the error object on standard error.
      assert.deepEqual({ code: fromCli.error.code, message: fromCli.error.message }, { code: js.code, message: js.message }, what);
    } else {
      assert.deepEqual(Object.keys(js).sort(), ["birth_date", "iin", "sex", "valid"], what);
      assert.equal(js.iin, iin, what);
    }
  }
  assert.deepEqual(kezek.validateIin("230510512343"), { valid: true, iin: "230510512343", birth_date: "2023-05-10", sex: "male" });
});

/** An error object without serde_json's position in the text (`… at line 1 column 256`) and its line. */
const withoutPosition = ({ line, ...e }) => ({ ...e, message: e.message.replace(/ at line \d+ column \d+$/, "") });

/** SNAPSHOT with `change` applied to a copy. */
const snapshotWith = (change) => {
  const s = structuredClone(SNAPSHOT);
  change(s);
  return s;
};

test("3. an error about a snapshot names its field as the path inside the snapshot, by both doors", () => {
  const asked = ["--birth-year", "2023", "--submitted", "2026-05-01T10:00"];
  const app = { birth_year: 2023, submitted: "2026-05-01T10:00" };
  // [what, the snapshot (an object or JSON text), code, field]
  const rows = [
    ["a submission that is no date", snapshotWith((s) => { s.queues[0].applications[1].submitted = "not a date"; }), "snapshot.invalid_json", "queues[0].applications[1].submitted"],
    ["a submission before 1900", snapshotWith((s) => { s.queues[0].applications[0].submitted = "1899-12-31T10:00"; }), "snapshot.date_out_of_range", "queues[0].applications[0].submitted"],
    ["a submission after the snapshot", snapshotWith((s) => { s.queues[0].applications[1].submitted = "2026-12-01T10:00"; }), "snapshot.submitted_after_snapshot", "queues[0].applications[1].submitted"],
    ["an id given twice", snapshotWith((s) => { s.queues[0].applications[1].id = "A1"; }), "snapshot.duplicate_id", "queues[0].applications[1].id"],
    ["a queue listed twice (cl. 13)", snapshotWith((s) => { s.queues.push(structuredClone(s.queues[0])); }), "snapshot.duplicate_queue", `queues[${SNAPSHOT.queues.length}].queue`],
    ["a birth date outside its queue's year (cl. 13, Annex 1)", snapshotWith((s) => { s.queues[0].applications[1].birth_date = "2022-12-31"; }), "snapshot.birth_date_mismatch", "queues[0].applications[1].birth_date"],
    ["an empty id", snapshotWith((s) => { s.queues[0].applications[0].id = ""; }), "snapshot.bad_id", "queues[0].applications[0].id"],
    ["an unknown group", snapshotWith((s) => { s.queues[0].applications[0].group = "vip"; }), "snapshot.invalid_json", "queues[0].applications[0].group"],
    ["a misspelt field", snapshotWith((s) => { s.queues[0].applications[0].sumbitted = "2024-01-10T10:00"; }), "snapshot.invalid_json", "queues[0].applications[0].sumbitted"],
    ["the date of the snapshot", snapshotWith((s) => { s.as_of = "2026-13-01T09:00"; }), "snapshot.invalid_json", "as_of"],
    ["a bulletin's birth year", snapshotWith((s) => { s.bulletins[0].birth_year = 1899; }), "snapshot.date_out_of_range", "bulletins[0].birth_year"],
    ["the format", snapshotWith((s) => { s.schema = "kezek.snapshot/9"; }), "snapshot.bad_schema", "schema"],
    ["a queue as a list", JSON.stringify(SNAPSHOT, null, 1).replace(/"queues": \[\s*\{[^]*?"applications"/, '"queues": [["x"], {"applications"'), "snapshot.invalid_json", "queues[0]"],
  ];
  for (const [what, snapshot, code, field] of rows) {
    const fromJs = thrown("position", snapshot, app);
    assert.deepEqual({ code: fromJs.code, field: fromJs.field }, { code, field }, what);
    const fromCli = cli("position", file(snapshot), ...asked);
    assert.equal(fromCli.status, 2, what);
    // The CLI reads the file written from an object; the JS API's caller gave
    // the object and never saw a text, so its error names no line or column.
    assert.deepEqual(fromJs, typeof snapshot === "string" ? fromCli.error : withoutPosition(fromCli.error), `${what}: the same error object by both doors`);
  }
  // The engine's own check of a forecast: the application's birth date in the
  // snapshot (a child archived for age after 2200-12-31) is the snapshot's
  // field; the one given as an option is the option's.
  const late = snapshotWith((s) => {
    s.as_of = "2200-11-23T09:00";
    s.queues[0].birth_year = 2199;
    s.queues[0].applications[1].birth_date = "2199-05-01";
    s.queues[0].applications.forEach((a) => { a.submitted = "2199-06-01T10:00"; });
    s.bulletins[0].birth_year = 2199;
  });
  const lateFile = file(late);
  const fromJs = thrown("forecast", late, { birth_year: 2199, id: "A2" }, { paths: 20 });
  assert.deepEqual({ code: fromJs.code, field: fromJs.field }, { code: "forecast.archive_out_of_range", field: "queues[0].applications[1].birth_date" });
  const fromCli = cli("forecast", lateFile, "--birth-year", "2199", "--id", "A2", "--paths", "20");
  assert.deepEqual(fromJs, fromCli.error, "the snapshot's birth date, by both doors");
  // The option: `options.birth_date` in JS, `--birth-date` on the command line.
  const option = thrown("forecast", late, { birth_year: 2199, submitted: "2199-06-01T10:00" }, { paths: 20, birth_date: "2199-01-02" });
  assert.deepEqual({ code: option.code, field: option.field }, { code: "forecast.archive_out_of_range", field: "options.birth_date" });
  const optionCli = cli("forecast", lateFile, "--birth-year", "2199", "--submitted", "2199-06-01T10:00", "--paths", "20", "--birth-date", "2199-01-02");
  assert.deepEqual(optionCli.error, { ...option, field: "--birth-date" });
  // The application asked about: under `application`, or its flag.
  const early = thrown("position", SNAPSHOT, { birth_year: 2023, submitted: "2000-01-01T10:00" });
  assert.equal(early.field, "application.submitted");
  const earlyCli = cli("position", file(SNAPSHOT), "--birth-year", "2023", "--submitted", "2000-01-01T10:00");
  assert.deepEqual(earlyCli.error, { ...early, field: "--submitted" });
});
