// The README's promises about the JS API, checked on what an integrator gets:
// the built module (pkg/kezek.js with its wasm, loaded in Node), its
// declarations (pkg/kezek.d.ts, read by ./dts.mjs) and its schemas
// (pkg/schema/). The README's table of functions against the module's
// exports and declared parameters; every answer against the type kezek.d.ts
// declares for it; every thrown error against error.schema.json; and the
// README's own examples, run as written.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./harness.mjs";
import { SNAPSHOT, loadKezek, read } from "./js-api-fixtures.mjs";
import { readDeclarations, conforms, isUntyped } from "./dts.mjs";

const README = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
/** The README's section `## title`, up to the next `## `. */
const section = (title) => {
  const start = README.indexOf(`\n## ${title}\n`);
  assert.ok(start >= 0, `README has a section "${title}"`);
  const end = README.indexOf("\n## ", start + 1);
  return README.slice(start, end < 0 ? undefined : end);
};
const JS_API = section("JS API");

const CASES_DIR = path.join(ROOT, "crates/kezek-rules/examples/cases");
const CASES = fs.readdirSync(CASES_DIR).sort().map((f) => [f, read(`crates/kezek-rules/examples/cases/${f}`)]);
const REQUESTS_DIR = path.join(ROOT, "crates/kezek-rules/examples/catalogue");
const REQUESTS = fs.readdirSync(REQUESTS_DIR).sort().map((f) => [f, read(`crates/kezek-rules/examples/catalogue/${f}`)]);

let kezek, decls;
before(async () => {
  kezek = await loadKezek();
  decls = readDeclarations(fs.readFileSync(path.join(ROOT, "pkg", "kezek.d.ts"), "utf8"));
});

/** The functions of the README's JS API table: [name, [param, …]] with `?` on the optional ones. */
function readmeFunctions() {
  const rows = [...JS_API.matchAll(/^\| `(\w+)\(([^)]*)\)` \|/gm)];
  return rows.map((m) => [m[1], m[2].split(",").map((p) => p.trim()).filter(Boolean)]);
}

test("every function of the README's table is exported and declared in kezek.d.ts with the README's parameters, the optional ones optional", () => {
  const listed = readmeFunctions();
  assert.ok(listed.length >= 10, `the README's table lists ${listed.map(([n]) => n)}`);
  const wrong = [];
  for (const [name, params] of listed) {
    if (typeof kezek[name] !== "function") {
      wrong.push(`${name}: not exported by pkg/kezek.js`);
      continue;
    }
    const d = decls.functions[name];
    if (!d) {
      wrong.push(`${name}: not declared in kezek.d.ts`);
      continue;
    }
    const said = `${name}(${params.join(", ")})`;
    const declared = `${name}(${d.params.map((p) => `${p.name.replace(/^_/, "")}${p.optional ? "?" : ""}`).join(", ")})`;
    // `case` is a word JavaScript reserves: wasm-bindgen writes it `_case`.
    if (said !== declared) wrong.push(`README ${said}, kezek.d.ts ${declared}`);
    if (isUntyped(d.returns)) wrong.push(`${name}: kezek.d.ts declares its answer \`any\``);
  }
  assert.deepEqual(wrong, []);
});

/** [what, function, answer]: real answers of every documented function, on the README's inputs and the examples. */
function answers() {
  const out = [];
  const call = (what, name, ...args) => {
    try {
      out.push([what, name, kezek[name](...args)]);
    } catch (e) {
      if (!e.code) throw e;
    }
  };
  for (const [f, c] of CASES) {
    call(`evaluate(${f})`, "evaluate", c);
    call(`checklist(${f})`, "checklist", c);
  }
  call("services()", "services");
  for (const s of kezek.services()) {
    for (const channel of s.channels) {
      for (const variant of new Set(s.term.map((t) => t.variant))) {
        const r = { service: s.code, channel, variant, as_of: "2026-12-15T10:00", facts: {} };
        call(`evaluateService(${s.code} ${channel} ${variant})`, "evaluateService", r);
        call(`prepareService(${s.code} ${channel} ${variant})`, "prepareService", r);
      }
    }
  }
  for (const [f, r] of REQUESTS) {
    call(`evaluateService(${f})`, "evaluateService", r);
    call(`prepareService(${f})`, "prepareService", r);
    const ev = kezek.evaluateService(r);
    const held = { ...r, documents_held: ev.checklist.slice(1).map((l) => ({ id: l.id, valid_until: "2027-12-31" })) };
    call(`evaluateService(${f}, documents held)`, "evaluateService", held);
    const pending = { ...r, facts: { ...r.facts, unanswered: Object.keys(r.facts).slice(0, 1) } };
    call(`evaluateService(${f}, a question unanswered)`, "evaluateService", pending);
  }
  call("prepareService(README)", "prepareService", {
    service: "00403008", channel: "egov_portal", as_of: "2026-12-15T10:00",
    facts: { family_receives_targeted_social_assistance: true, child_birth_date: "2015-02-03" },
    applicant: { full_name: "Ахметова Айгүл", iin: "900315410004" }, child: { iin: "150203600012" },
  });
  call("validateIin(valid)", "validateIin", "230510512343");
  call("validateIin(invalid)", "validateIin", "230510512344");
  const hypothetical = { birth_year: 2023, group: "first_priority", submitted: "2026-11-23T10:00" };
  call("position(hypothetical)", "position", SNAPSHOT, hypothetical);
  call("position(existing)", "position", SNAPSHOT, { birth_year: 2023, id: "A2" });
  call("forecast(defaults)", "forecast", SNAPSHOT, hypothetical, { paths: 500 });
  call("forecast(every option)", "forecast", SNAPSHOT, hypothetical, {
    paths: 500, seed: 7, horizon_years: 2, birth_date: "2023-05-10", by_date: "2027-09-01",
    preference: { kind: "only", preschools: ["p1"] }, sen_pmpc: false,
  });
  call("workingDays", "workingDays", "2026-01-01", "2026-12-31");
  call("edition", "edition");
  return out;
}

test("every answer is of the type kezek.d.ts declares for it", () => {
  const problems = [];
  const seen = new Set();
  for (const [what, name, answer] of answers()) {
    seen.add(name);
    for (const p of conforms(answer, decls.functions[name].returns, decls)) problems.push(`${what}: ${p}`);
  }
  assert.ok(seen.size >= 10, [...seen].join(", "));
  // One line per kind of problem is enough to read.
  const kinds = [...new Map(problems.map((p) => [p.replace(/\[\d+\]/g, "[i]").replace(/^[^:]*: /, ""), p])).values()];
  assert.deepEqual(kinds, []);
});

/** The first parameter of `name` whose declared type is given, as kezek.d.ts spells it: the object form. */
const paramType = (name, i) => {
  const t = decls.functions[name].params[i].type;
  return t.kind === "union" ? { kind: "union", alts: t.alts.filter((a) => !(a.kind === "name" && ["string", "null"].includes(a.name))) } : t;
};

test("the inputs the module reads are of the types kezek.d.ts declares for its arguments", () => {
  // Every fact form a catalogue request carries: yes/no, dates, lists of dates, the agency's findings (numbers), unanswered.
  const request = (code, channel, facts, variant) => ({ service: code, channel, variant, as_of: "2026-12-15T10:00", facts });
  const inputs = [
    ...REQUESTS.map(([f, r]) => [`evaluateService(${f})`, "evaluateService", 0, r]),
    ["the agency's findings (numbers)", "evaluateService", 0, request("00404005", "provider_office", { agency_findings: [1, 3] }, "accreditation")],
    ["dates and unanswered questions", "evaluateService", 0, request("00402004", "egov_portal", { child_birth_date: "2015-01-01", other_children_birth_dates: ["2016-01-01"], unanswered: ["married"] })],
    ["the snapshot of the tests", "position", 0, SNAPSHOT],
    ["the sample city", "position", 0, read("web/sample/city.json")],
    ["a hypothetical application", "position", 1, { birth_year: 2023, group: "first_priority", submitted: "2026-11-23T10:00" }],
    ["an existing application", "position", 1, { birth_year: 2023, queue: "general", id: "A2" }],
    ["every forecast option", "forecast", 2, { paths: 500, seed: 7, horizon_years: 2, birth_date: "2023-05-10", by_date: "2027-09-01", preference: { kind: "only", preschools: ["p1"] }, sen_pmpc: false }],
    ["sections", "evaluate", 2, { sections: ["category", "queues"] }],
  ];
  const problems = [];
  for (const [what, name, i, input] of inputs) {
    for (const p of conforms(input, paramType(name, i), decls, "input")) problems.push(`${what}: ${p}`);
  }
  // And each is read by the module.
  for (const [what, name, i, input] of inputs) {
    const args = { evaluateService: [input], position: i === 0 ? [input, { birth_year: 2023, id: "A1" }] : [SNAPSHOT, input], forecast: [SNAPSHOT, { birth_year: 2023, id: "A1" }, input], evaluate: [CASES[0][1], undefined, input] }[name];
    try {
      kezek[name](...args);
    } catch (e) {
      if (!["query.unknown_id", "query.unknown_queue"].includes(e.code)) problems.push(`${what}: ${e.code} ${e.field}`);
    }
  }
  assert.deepEqual(problems, []);
});

// The README: prepareService keeps "of the facts given (the keys of `facts`),
// those the service asks (`kezek services` questions)". So the catalogue's
// listing names them, and they are what a prepared application keeps.
test("services() lists each service's questions, and prepareService keeps of the facts given exactly those", () => {
  const all = new Set();
  const services = kezek.services();
  for (const s of services) for (const q of s.questions ?? []) all.add(q);
  const problems = [];
  const answer = (q) => (q.endsWith("_dates") ? ["2016-01-01"] : q.endsWith("_date") ? "2015-01-01" : true);
  for (const s of services) {
    if (!Array.isArray(s.questions)) {
      problems.push(`${s.code}: services() lists no questions (${Object.keys(s)})`);
      continue;
    }
    // Every question answered, and one the service does not ask.
    const other = [...all].find((q) => !s.questions.includes(q) && !q.endsWith("date") && !q.endsWith("dates"));
    const facts = Object.fromEntries([...s.questions, other].filter(Boolean).map((q) => [q, answer(q)]));
    const request = { service: s.code, channel: s.channels[0], variant: s.term[0].variant, as_of: "2026-12-15T10:00", facts };
    const kept = Object.keys(kezek.prepareService(request).application.facts).sort();
    // With every question answered "yes", a question about another answer
    // that this answer leaves unasked is not kept (the changelog's
    // `questions_for`): the divorce after "married: yes" (Annexes 17/18 row 8
    // item 4 ask one certificate, of the marriage or of the divorce).
    // Likewise, where the single-man ground waits for "married: no" (Annexes 6
    // and 11 row 9 item 10, steps42), "married: yes" leaves it and its three
    // years unasked.
    const singleManWaits = ["00402003", "00404007"].includes(s.code);
    const unasked = facts.married === true ? ["divorced", ...(singleManWaits ? ["single_man", "raised_child_three_years"] : [])] : [];
    const asked = s.questions.filter((q) => q !== "child_birth_date" && !unasked.includes(q)).sort();
    if (JSON.stringify(kept) !== JSON.stringify(asked)) problems.push(`${s.code}: kept ${kept}, listed ${asked}`);
  }
  assert.deepEqual(problems, []);
});

test("an answer of evaluate with options.sections has only what CaseEvaluation declares", () => {
  for (const [f, c] of CASES.slice(0, 4)) {
    const got = kezek.evaluate(c, undefined, { sections: ["category", "queues"] });
    const problems = conforms(got, decls.functions.evaluate.returns, decls).filter((p) => !p.endsWith("declared, missing"));
    assert.deepEqual(problems, [], f);
  }
});

/** The thrown error's own fields, as an integrator reads them. */
const said = (e) => Object.fromEntries(["code", "field", "line", "message"].filter((k) => k in e).map((k) => [k, e[k]]));

test("every thrown error is the one error object of error.schema.json — code, field (empty when none), message, line where known — whatever the function", () => {
  const schema = read("pkg/schema/error.schema.json");
  const bad = [
    ["evaluate", ["{"]],
    ["evaluate", ["[]"]],
    ["evaluate", [{ service: "00403001" }]],
    ["checklist", [""]],
    ["evaluateService", ["nope"]],
    ["prepareService", [{ service: "99999999", channel: "egov_portal", as_of: "2026-12-15T10:00" }]],
    ["position", ["{", { birth_year: 2023 }]],
    ["position", [SNAPSHOT, { birth_year: 2023 }]],
    ["forecast", [SNAPSHOT, { birth_year: 2023, submitted: "2026-11-23T10:00" }, { paths: 0 }]],
    ["validateIin", [42]],
    ["workingDays", ["2026-01-01", "x"]],
  ];
  const wrong = [];
  const checkOne = (what, e) => {
    if (!(e instanceof Error)) return void wrong.push(`${what}: threw ${typeof e}, not an Error`);
    const o = said(e);
    for (const k of schema.required) if (!(k in o)) wrong.push(`${what}: no \`${k}\` (${JSON.stringify(o)})`);
    for (const [k, v] of Object.entries(o)) {
      const want = schema.properties[k].type;
      const types = Array.isArray(want) ? want : [want];
      const ok = types.some((t) => (t === "integer" ? Number.isInteger(v) : t === "null" ? v === null : typeof v === t));
      if (!ok) wrong.push(`${what}: ${k} ${JSON.stringify(v)} is not ${types.join(" or ")}`);
    }
    const own = { code: o.code, ...("field" in o ? { field: o.field } : {}), ...(o.line === undefined ? {} : { line: o.line }) };
    wrong.push(...conforms(own, { kind: "object", members: decls.types.KezekError.members, index: null }, decls, `${what} (KezekError)`));
  };
  for (const [name, args] of bad) {
    try {
      kezek[name](...args);
      wrong.push(`${name}(${JSON.stringify(args).slice(0, 40)}) answered`);
    } catch (e) {
      checkOne(`${name}(${JSON.stringify(args).slice(0, 40)})`, e);
    }
  }
  // A trap (the engine's memory overwritten, as a bug would leave it): engine.crashed, the same object.
  new Uint8Array(kezek.initSync().memory.buffer).fill(0xff);
  try {
    kezek.evaluate(CASES[0][1]);
    wrong.push("evaluate on a broken memory answered");
  } catch (e) {
    assert.equal(e.code, "engine.crashed");
    checkOne("engine.crashed", e);
  }
  assert.equal(kezek.edition().length > 0, true, "the module restarted");
  assert.deepEqual(wrong, []);
});

// A function called before the module is initialised (the page forgot to
// await init()) throws the engine's error object, engine.not_initialised,
// as every other failure does — not a TypeError without a code
// (helper-157's probe).
test("a function called before init() throws engine.not_initialised, with a code and a field", async () => {
  const fresh = await import(`${pathToFileURL(path.join(ROOT, "pkg", "kezek.js")).href}?uninitialised`);
  for (const call of [() => fresh.edition(), () => fresh.validateIin("230510512343")]) {
    assert.throws(call, (e) => {
      assert.ok(e instanceof Error, String(e));
      assert.equal(e.code, "engine.not_initialised", `${e.name}: ${e.message}`);
      assert.equal(e.field, "");
      assert.match(e.message, /init/);
      return true;
    });
  }
  fresh.initSync({ module: fs.readFileSync(path.join(ROOT, "pkg", "kezek_bg.wasm")) });
  assert.ok(fresh.edition().length > 0, "initialised, it answers");
});

/** The README's JS API code blocks: [html, js]. */
function readmeExamples() {
  const blocks = [...JS_API.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((m) => [m[1], m[2]]);
  const html = blocks.find(([lang]) => lang === "html")?.[1];
  const js = blocks.find(([lang]) => lang === "js")?.[1];
  assert.ok(html && js, "the JS API section has its html and js examples");
  return { html, js };
}

/** Runs example code with the module's exports in scope and a console that records what it logs. */
async function run(code, scope) {
  const logged = [];
  const console = { log: (...a) => logged.push(a) };
  const names = Object.keys(scope);
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  const f = new AsyncFunction("console", ...names, code);
  const result = await f(console, ...names.map((n) => scope[n]));
  return { logged, result };
}

test("the README's JS API examples run as written and say what the README says", async () => {
  const { html, js } = readmeExamples();
  // The page's script: its import of the module from APP-ORIGIN is the module loaded here.
  const script = html.match(/<script type="module">\n([\s\S]*?)<\/script>/)[1];
  const imported = script.match(/import init, \{([^}]*)\} from "https:\/\/APP-ORIGIN\/pkg\/kezek\.js";/);
  assert.ok(imported, "the example imports init and named functions from /pkg/kezek.js");
  const body = script.replace(imported[0], "").replace("await init();", "");
  const names = imported[1].split(",").map((s) => s.trim());
  const { logged } = await run(body, Object.fromEntries(names.map((n) => [n, kezek[n]])));
  assert.equal(logged.length, 2, JSON.stringify(logged));
  const [category, missing, sha256] = logged[0];
  assert.equal(category, "first_priority", "a teacher's child: the first priority");
  assert.ok(Array.isArray(missing) && missing.every((m) => typeof m === "string"), JSON.stringify(missing));
  assert.match(sha256, /^[0-9a-f]{64}$/);
  const [code, field] = logged[1];
  assert.equal(code, "case.invalid_json");
  assert.equal(field, "channel");

  // The second example, with the first one's case and a snapshot taken after it.
  const theCase = new Function(`return ${script.match(/evaluate\((\{[\s\S]*?\})\);/)[1]}`)();
  const { result } = await run(`${js}\nreturn { evaluation, place, prepared };`, {
    evaluate: kezek.evaluate, position: kezek.position, prepareService: kezek.prepareService,
    theCase, snapshot: SNAPSHOT,
  });
  assert.equal(result.evaluation.category.category, "first_priority");
  assert.equal(result.place.group, "first", "first_priority stands in the group `first`");
  const claimed = js.match(/prepared\.application\.facts is (\{[^}]*\})/)[1].replace(/(\w+):/g, '"$1":');
  assert.deepEqual(result.prepared.application.facts, JSON.parse(claimed));
  assert.deepEqual(result.prepared.application.applicant, { full_name: "Ахметова Айгүл", iin: "900315410004" });
  const child = js.match(/prepared\.application\.child is (\{[^}]*\})/)[1].replace(/(\w+):/g, '"$1":');
  assert.deepEqual(result.prepared.application.child, JSON.parse(child));
});
