// Issue 19: `evaluate(case, calendar, {sections})` in the real JS module
// (pkg/kezek.js with its wasm, loaded in Node): the answer has the header and
// exactly the sections asked for, each equal to the full answer's, for every
// example case; without `sections` the answer is the full evaluation; a name
// that is not a section throws `input.bad_sections` naming the entry.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./harness.mjs";

const HEADER = ["schema_version", "edition", "edition_warning", "calendar", "service", "channel", "as_of"];
const SECTIONS = ["iin", "category", "queues", "age", "limits", "checklist", "schedule", "refusal", "application", "information", "citations", "reasons"];
const CASES_DIR = path.join(ROOT, "crates/kezek-rules/examples/cases");
const CASES = fs.readdirSync(CASES_DIR).sort().map((f) => [f, JSON.parse(fs.readFileSync(path.join(CASES_DIR, f), "utf8"))]);

let kezek;
before(async () => {
  kezek = await import(pathToFileURL(path.join(ROOT, "pkg", "kezek.js")).href);
  kezek.initSync({ module: fs.readFileSync(path.join(ROOT, "pkg", "kezek_bg.wasm")) });
});

function full(c) {
  try {
    return kezek.evaluate(c);
  } catch {
    return null; // an example of a refused case (its error is tested elsewhere)
  }
}

const only = (answer, wanted) => Object.fromEntries(Object.entries(answer).filter(([k]) => HEADER.includes(k) || wanted.includes(k)));

test("each section asked for alone, and a page's usual pair, equal the full answer's", () => {
  let evaluated = 0;
  for (const [name, c] of CASES) {
    const whole = full(c);
    if (!whole) continue;
    evaluated++;
    for (const wanted of [...SECTIONS.map((s) => [s]), ["category", "queues"], ["checklist", "refusal", "application"], []]) {
      const got = kezek.evaluate(c, undefined, { sections: wanted });
      assert.deepEqual(got, only(whole, wanted), `${name}: ${wanted.join(",")}`);
      assert.deepEqual(Object.keys(got), Object.keys(only(whole, wanted)), `${name}: key order`);
    }
    assert.deepEqual(kezek.evaluate(c, undefined, { sections: SECTIONS }), whole, `${name}: every section`);
    assert.deepEqual(kezek.evaluate(c, null, {}), whole, `${name}: no sections is the full answer`);
    assert.deepEqual(kezek.evaluate(JSON.stringify(c), undefined, { sections: ["queues"] }), only(whole, ["queues"]), `${name}: from JSON text`);
  }
  assert.ok(evaluated >= 10, `${evaluated} example cases evaluated`);
});

test("a name that is not a section throws input.bad_sections naming the entry", () => {
  const c = CASES[0][1];
  for (const [options, field] of [
    [{ sections: ["category", "queue"] }, "options.sections[1]"],
    [{ sections: [42] }, "options.sections[0]"],
    [{ sections: "category" }, "options.sections"],
  ]) {
    assert.throws(
      () => kezek.evaluate(c, undefined, options),
      (e) => e instanceof Error && e.code === "input.bad_sections" && e.field === field && /category/.test(e.message),
      JSON.stringify(options),
    );
  }
});

test("an option evaluate does not have is said, not ignored (a misspelt `sections` would have given the whole answer)", () => {
  const c = CASES[0][1];
  for (const [options, code, field] of [
    [{ sectoins: ["category"] }, "input.unknown_option", "options.sectoins"],
    [{ sections: ["category"], lang: "kk" }, "input.unknown_option", "options.lang"],
    // A long one is cut as every door cuts a value: 40 characters and "…" (probe44).
    [{ ["y".repeat(60)]: 1 }, "input.unknown_option", `options.${"y".repeat(40)}…`],
    [["category"], "input.not_an_object", "options"],
    ["category", "input.not_an_object", "options"],
  ]) {
    assert.throws(
      () => kezek.evaluate(c, undefined, options),
      (e) => e instanceof Error && e.code === code && e.field === field,
      JSON.stringify(options),
    );
  }
  assert.ok(kezek.evaluate(c, undefined, {}).category, "no option: the whole answer");
});

test("options that cannot be read (a Proxy or a getter that throws) are input.not_json, not a bare Error nor 'no options'", () => {
  const c = CASES[0][1];
  const fail = () => {
    throw new Error("hostile");
  };
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  for (const [what, options, field] of [
    ["ownKeys throws", new Proxy({}, { ownKeys: fail }), "options"],
    ["a revoked Proxy", revoked.proxy, "options"],
    ["a getter of sections throws", { get sections() { fail(); } }, "options.sections"],
    ["a list whose reading throws", { sections: new Proxy(["category"], { get: fail }) }, "options.sections"],
  ]) {
    assert.throws(
      () => kezek.evaluate(c, undefined, options),
      (e) => e instanceof Error && e.code === "input.not_json" && e.field === field,
      what,
    );
  }
  assert.ok(kezek.evaluate(c, undefined, { sections: ["category"] }).category, "the module still answers");
});

test("a case the rules refuse is refused whatever sections are asked for", () => {
  const c = { ...CASES[0][1], applicant: { ...CASES[0][1].applicant, phones: ["not a phone"] } };
  assert.throws(() => kezek.evaluate(c, undefined, { sections: ["queues"] }), (e) => e.code === "case.bad_phone");
});
