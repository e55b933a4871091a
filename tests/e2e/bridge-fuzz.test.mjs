// Fuzzes the embedding bridge's validation (web/bridge.js, as built in dist/) with random values
// of every kind a structured clone can carry — JSON values, BigInt, Date, Map,
// Set, ArrayBuffer, typed arrays, cycles, shared references, huge strings,
// deep nesting — and checks its invariants: it never throws, and whatever it
// accepts is JSON that serialises within the size limit. Runs for
// KEZEK_FUZZ_MS milliseconds (default 1500) and prints the number of cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST } from "./harness.mjs";

// The built bridge: its protocol constants import embed/services.js, which the build writes.
const { validateMessage, checkBounds, isPlainObject, LIMITS, errorText } = await import(pathToFileURL(path.join(DIST, "bridge.js")).href);

// A small deterministic generator (xorshift32), seeded per run.
function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

function value(r, depth) {
  const pick = Math.floor(r() * (depth > 20 ? 6 : 16));
  switch (pick) {
    case 0: return null;
    case 1: return r() < 0.5;
    case 2: return [0, -1, 1.5, 1e308, -0, NaN, Infinity, 2 ** 53][Math.floor(r() * 8)];
    case 3: return "ж".repeat(Math.floor(r() ** 8 * 3_000_000));
    case 4: return "<script>".repeat(Math.floor(r() * 4));
    case 5: return BigInt(Math.floor(r() * 1000));
    case 6: return new Date(Math.floor(r() * 1e12));
    case 7: return new Map([["k", value(r, depth + 1)]]);
    case 8: return new ArrayBuffer(Math.floor(r() * 1024));
    case 9: return new Uint8Array(Math.floor(r() * 16));
    case 10: return new Set([1]);
    case 11: return undefined;
    default: {
      if (r() < 0.5) {
        const n = Math.floor(r() ** 4 * 8);
        return Array.from({ length: n }, () => value(r, depth + 1));
      }
      const o = {};
      const n = Math.floor(r() * 5);
      for (let i = 0; i < n; i++) o[["a", "lang", "__proto__", "constructor", "ж"][Math.floor(r() * 5)] + i] = value(r, depth + 1);
      return o;
    }
  }
}

/** A random payload; sometimes with a cycle or a shared reference. */
function payload(r) {
  const p = {};
  for (const k of ["snapshot", "calendar", "lang", "service", "applicantIin", "surprise"]) if (r() < 0.3) p[k] = value(r, 0);
  if (r() < 0.1) {
    const inner = { a: 1 };
    inner.self = r() < 0.5 ? inner : p;
    p.snapshot = inner;
  }
  if (r() < 0.1) {
    // The same object twice side by side (a structured clone keeps a shared reference): no cycle.
    const shared = { birth_year: 2023, applications: [] };
    p.snapshot = { queues: [shared, shared], also: shared };
  }
  if (r() < 0.05) {
    // Deep nesting, deeper than the limit.
    let o = {};
    const root = o;
    for (let i = 0; i < LIMITS.depth + Math.floor(r() * 10); i++) o = o.a = {};
    p.snapshot = root;
  }
  return p;
}

/** Whether `v` is made of JSON values only: no cycle (a value inside itself); the same value twice side by side is JSON. */
function jsonOnly(v, inside = []) {
  if (v === null || typeof v === "boolean" || typeof v === "string") return true;
  if (typeof v === "number") return Number.isFinite(v);
  if (typeof v !== "object" || inside.includes(v)) return false;
  const within = [...inside, v];
  if (Array.isArray(v)) return v.every((x) => jsonOnly(x, within));
  return isPlainObject(v) && Object.values(v).every((x) => jsonOnly(x, within));
}

test("fuzz: the bridge's validation never throws and accepts only bounded JSON", () => {
  const ms = Number(process.env.KEZEK_FUZZ_MS || 1500);
  const seed = Number(process.env.KEZEK_FUZZ_SEED || Date.now() % 2 ** 31);
  const r = rng(seed);
  const started = Date.now();
  let cases = 0;
  let accepted = 0;
  globalThis.location ??= new URL("http://127.0.0.1:8080/index.html");
  while (Date.now() - started < ms) {
    const p = payload(r);
    const msg = r() < 0.95 ? { protocol: "kezek", version: 1, type: "configure", payload: p } : value(r, 0);
    let out;
    try {
      out = validateMessage(msg);
    } catch (e) {
      assert.fail(`seed ${seed}, case ${cases}: validateMessage threw ${e}`);
    }
    cases++;
    if (out.ok) {
      accepted++;
      assert.ok(jsonOnly(msg.payload), `seed ${seed}, case ${cases}: accepted a value that is not JSON`);
      const text = JSON.stringify(msg.payload);
      assert.ok(Buffer.byteLength(text) <= LIMITS.messageBytes, `seed ${seed}, case ${cases}: accepted ${Buffer.byteLength(text)} bytes`);
    } else {
      assert.match(out.code, /^embed\.[a-z_]+$/);
      assert.equal(typeof out.field, "string", `seed ${seed}, case ${cases}: ${out.code} names no field`);
      assert.equal(typeof out.message, "string");
    }
  }
  console.log(`# bridge fuzz: ${cases} cases (${accepted} accepted) in ${ms} ms, seed ${seed}`);
  assert.ok(cases > 0);
});

test("the size is the JSON text's UTF-8 bytes, found by a walk that stops at the limit", () => {
  // 3 × 2,000,000 Cyrillic letters: 6 M characters (under the old character
  // count's 8 M) but 12 MB of UTF-8.
  const cyr = { a: "ж".repeat(2e6), b: "ж".repeat(2e6), c: "ж".repeat(2e6) };
  assert.equal(checkBounds(cyr), "too_large");
  // 2 × 1,900,000 letters: 7.6 MB, accepted.
  assert.equal(checkBounds({ a: "ж".repeat(1.9e6), b: "ж".repeat(1.9e6) }), null);
  // A 64 MB ArrayBuffer is refused for what it is, not measured.
  assert.equal(checkBounds({ snapshot: new ArrayBuffer(64 * 1024 * 1024) }), "bad_type");
});

// Probe (05.12.2026, probe42): the bridge's own errors (embed.*) were said in
// English inside a frame that shows kk or ru, where the engine's refusals of a
// snapshot or a calendar are said in the language the frame shows. Now each
// has its kk, ru and en text, chosen by the language the frame shows (another
// is kk); the code and the field, which the integrator's code reads, are the
// same in every language.
test("the bridge's own errors have kk, ru and en texts, the code and the field the same in each", () => {
  globalThis.location ??= new URL("http://127.0.0.1:8080/index.html");
  const configure = (payload) => ({ protocol: "kezek", version: 1, type: "configure", payload });
  const cyclic = { a: 1 };
  cyclic.self = cyclic;
  let deep = {};
  const nested = deep;
  for (let i = 0; i <= LIMITS.depth; i++) deep = deep.a = {};
  const rows = [
    [null, "embed.not_an_object", ""],
    [{ ...configure({}), protocol: "other" }, "embed.wrong_protocol", "protocol"],
    [{ ...configure({}), version: 2 }, "embed.unsupported_version", "version"],
    [{ ...configure({}), type: "reset" }, "embed.unknown_type", "type"],
    [configure([]), "embed.bad_payload", "payload"],
    [configure({ snapshot: nested }), "embed.too_deep", "snapshot.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a.a"],
    [configure({ snapshot: { s: "x".repeat(LIMITS.stringChars + 1) } }), "embed.string_too_long", "snapshot.s"],
    [configure({ snapshot: { a: new Array(LIMITS.arrayItems + 1).fill(0) } }), "embed.array_too_long", "snapshot.a"],
    [configure({ snapshot: cyclic }), "embed.cyclic", "snapshot.self"],
    [configure({ snapshot: { d: new Date(0) } }), "embed.bad_type", "snapshot.d"],
    [configure({ lang: "fr" }), "embed.bad_lang", "lang"],
    [configure({ service: "99999999" }), "embed.bad_service", "service"],
    [configure({ applicantIin: "123" }), "embed.bad_iin", "applicantIin"],
    [configure({ snapshot: [] }), "embed.bad_snapshot", "snapshot"],
    [configure({ snapshotUrl: 5 }), "embed.bad_snapshot_url", "snapshotUrl"],
    [configure({ snapshotUrl: "http://[" }), "embed.bad_snapshot_url", "snapshotUrl"],
    [configure({ snapshotUrl: "https://elsewhere.kz/city.json" }), "embed.bad_snapshot_url", "snapshotUrl"],
    [configure({ snapshot: {}, snapshotUrl: "/sample/city.json" }), "embed.two_snapshots", "snapshotUrl"],
    [configure({ calendar: "2026" }), "embed.bad_calendar", "calendar"],
    [configure({ x1: 1, x2: 2 }), "embed.unknown_field", "x1"],
  ];
  // What may stay in Latin letters in a kk or ru text: the protocol's names and values, and notations.
  const names = /protocol|version|type|configure|payload|kezek|lang|applicantIin|snapshotUrl|snapshot|service|calendar|\b(kk|ru|en|x1|x2)\b|JSON|URL|HTTP|BigInt|Date|Map|ArrayBuffer|\/data\/astana\.json|[.\w]*\.a\b/gi;
  for (const [message, code, field] of rows) {
    const said = Object.fromEntries(["kk", "ru", "en"].map((lang) => [lang, validateMessage(message, lang)]));
    for (const [lang, got] of Object.entries(said)) {
      assert.deepEqual([got.ok, got.code, got.field], [false, code, field], `${code} in ${lang}`);
      assert.equal(got.message, errorText(code, lang, got.details), `${code} in ${lang}`);
    }
    assert.notEqual(said.kk.message, said.en.message, code);
    assert.notEqual(said.ru.message, said.en.message, code);
    assert.notEqual(said.kk.message, said.ru.message, code);
    assert.match(said.ru.message, /[а-яё]/i, code);
    assert.match(said.kk.message, /[а-яёәғқңөұүһі]/i, code);
    for (const lang of ["kk", "ru"]) {
      const words = said[lang].message.replace(names, "").match(/[A-Za-z]{2,}/g);
      assert.equal(words, null, `${code} in ${lang}: English left in «${said[lang].message}»`);
    }
  }
  // The answers the bridge gives without a message to check.
  for (const [code, details, shows] of [
    ["embed.app_unavailable", {}, null],
    ["embed.snapshot_unreachable", { status: 404 }, "HTTP 404"],
    ["embed.snapshot_unreachable", { seconds: 20 }, "20"],
    // The browser's own words of a failed fetch are English: said in words in kk/ru/en, the detail
    // left to the integrator's console (probe44: «snapshotUrl жүктелмеді: Failed to fetch»).
    ["embed.snapshot_unreachable", { error: "Failed to fetch" }, null],
    ["embed.snapshot_unreachable", { error: "NetworkError when attempting to fetch resource." }, null],
  ]) {
    const texts = ["kk", "ru", "en"].map((lang) => errorText(code, lang, details));
    assert.equal(new Set(texts).size, 3, `${code}: ${texts}`);
    if (shows) for (const t of texts) assert.ok(t.includes(shows), `${code}: ${t}`);
    for (const t of texts.slice(0, 2)) {
      const words = t.replace(names, "").match(/[A-Za-z]{2,}/g);
      assert.equal(words, null, `${code}: English left in «${t}»`);
    }
  }
  // A language the app does not show: kk, its first.
  assert.equal(errorText("embed.bad_lang", "fr"), errorText("embed.bad_lang", "kk"));
});

// A value, a key or a path the bridge cuts is cut by code points, never inside a surrogate pair
// (probe44): `"a" + "😀".repeat(20)` as a service came back as «"a😀😀😀😀😀😀😀\ud83d"», half an
// emoji, and a long unknown key's field ended in a lone surrogate.
test("the bridge cuts what it echoes by code points, never half a surrogate pair", () => {
  const configure = (payload) => ({ protocol: "kezek", version: 1, type: "configure", payload });
  const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|\\ud[89a-f][0-9a-f]{2}/i;
  const key = `k${"😀".repeat(40)}`;
  for (const [what, message] of [
    ["a service", configure({ service: `a${"😀".repeat(20)}` })],
    ["an unknown field", configure({ [key]: 1 })],
    ["a path to a value that is not JSON", configure({ snapshot: { [key]: 1n } })],
  ]) {
    for (const lang of ["kk", "ru", "en"]) {
      const got = validateMessage(message, lang);
      assert.equal(got.ok, false, what);
      assert.doesNotMatch(got.field, lone, `${what}: field ${got.field}`);
      assert.doesNotMatch(got.message, lone, `${what}: ${got.message}`);
    }
  }
  // Cut where it is longer, with "…"; whole where it is not.
  assert.ok(validateMessage(configure({ service: `a${"😀".repeat(20)}` }), "en").message.includes(`"a${"😀".repeat(15)}…"`));
  assert.ok(validateMessage(configure({ service: "0040300X" }), "en").message.includes('"0040300X" '));
});

// The frame's `resize` {height}, as the example host page and <kezek-checker> apply it (probe44):
// the example page set `frame.style.height = "${height}px"` from whatever came, "1e9px" or
// "undefinedpx". A number of CSS px is taken, rounded up and bounded; anything else is ignored.
test("a resize's height is a bounded number of px, anything else is ignored", async () => {
  const { frameHeight, MAX_FRAME_HEIGHT } = await import(pathToFileURL(path.join(DIST, "embed", "protocol.js")).href);
  assert.ok(MAX_FRAME_HEIGHT >= 20_000 && MAX_FRAME_HEIGHT <= 100_000, `${MAX_FRAME_HEIGHT}`);
  for (const [height, px] of [
    [640, 640], [640.2, 641], [0, 0], [1e9, MAX_FRAME_HEIGHT], [Number.MAX_VALUE, MAX_FRAME_HEIGHT],
    [-1, null], [NaN, null], [Infinity, null], ["640", null], [null, null], [undefined, null], [{}, null], [640n, null],
  ]) {
    assert.equal(frameHeight(height), px, String(height));
  }
});

// The one cut of the embedding files (probe45): the bridge's errors and
// <kezek-checker>'s console warnings import embed/protocol.js `cut`; the
// element cut its warnings with slice(0, 40), half an emoji at the cut.
test("embed/protocol.js cuts by code points with \"…\", and the element and the bridge use it", async () => {
  const { cut } = await import(pathToFileURL(path.join(DIST, "embed", "protocol.js")).href);
  const e = "\u{1F600}";
  assert.equal(cut(`a${e.repeat(45)}`, 40), `a${e.repeat(39)}…`);
  assert.equal(cut(e.repeat(40), 40), e.repeat(40));
  assert.equal(cut("abc", 2), "ab…");
  assert.equal(cut("", 40), "");
  // A lone surrogate is one code point, as the engine counts it.
  assert.equal(cut(`\ud83d${e}x`, 2), `\ud83d${e}…`);
  const fs = await import("node:fs");
  const checker = fs.readFileSync(path.join(DIST, "embed", "kezek-checker.js"), "utf8");
  assert.doesNotMatch(checker, /\.slice\(0, *\d+\)/, "the element cuts with protocol.js's cut");
  assert.match(checker, /import \{[^}]*\bcut\b[^}]*\} from "\.\/protocol\.js"/);
  const bridge = fs.readFileSync(path.join(DIST, "bridge.js"), "utf8");
  assert.doesNotMatch(bridge, /function cut\(/, "one definition");
});

// Probe (06.12.2026, probe46): what a structured clone carries from another origin and JSON does
// not. The same object twice side by side (a shared reference, which the clone keeps) was refused
// as `embed.cyclic` "it refers to itself (a cycle)", which it does not: JSON writes it twice. Now
// only a value inside itself is a cycle, and a shared one is walked (and counted) once per place.
test("a structured clone's values: a shared reference is no cycle, the rest is refused at its field", () => {
  globalThis.location ??= new URL("http://127.0.0.1:8080/index.html");
  const configure = (payload) => ({ protocol: "kezek", version: 1, type: "configure", payload });
  const queue = { birth_year: 2023, queue: "general", applications: [] };
  const shared = configure({ snapshot: { schema: "kezek.snapshot/1", settlement: "A", as_of: "2026-11-23T10:00", queues: [queue, queue] } });
  const ok = validateMessage(shared, "en");
  assert.equal(ok.ok, true, JSON.stringify(ok));
  assert.deepEqual(ok.payload.snapshot.queues, [queue, queue]);
  // Its size is the JSON text's, each place counted: one 3 MB (UTF-8) object twice is 6 MB, under
  // the limit; three times, 9 MB, over it.
  const part = { s: "ж".repeat(1.5e6) };
  assert.equal(checkBounds({ a: part, b: part }), null);
  assert.equal(checkBounds({ a: part, b: part, c: part }), "too_large");
  // A value inside itself, however far down, is a cycle, said at the place it comes back.
  const loop = { queues: [{ applications: [] }] };
  loop.queues[0].applications.push(loop);
  const cyclic = validateMessage(configure({ snapshot: loop }), "en");
  assert.deepEqual([cyclic.code, cyclic.field], ["embed.cyclic", "snapshot.queues[0].applications[0]"]);
  const rows = [
    [new Date(0), "embed.not_an_object", ""],
    [/kezek/, "embed.not_an_object", ""],
    [{ ...configure({}), payload: new Date(0) }, "embed.bad_payload", "payload"],
    [{ ...configure({}), payload: /x/ }, "embed.bad_payload", "payload"],
    [configure({ snapshot: new Date(0) }), "embed.bad_type", "snapshot"],
    [configure({ calendar: { years: [/2026/] } }), "embed.bad_type", "calendar.years[0]"],
    [configure({ snapshot: { queues: new Map() } }), "embed.bad_type", "snapshot.queues"],
    [configure({ snapshot: { queues: [new Error("x")] } }), "embed.bad_type", "snapshot.queues[0]"],
    [configure({ snapshot: { blob: new Uint8Array(8) } }), "embed.bad_type", "snapshot.blob"],
    // A hole of a sparse array is no JSON value (JSON.stringify would write null).
    [configure({ snapshot: { queues: [, queue] } }), "embed.bad_type", "snapshot.queues[0]"],
  ];
  for (const [message, code, field] of rows) {
    const got = validateMessage(message, "en");
    assert.deepEqual([got.ok, got.code, got.field], [false, code, field], `${code} ${field}`);
  }
  // A huge array is refused by its length, before a single item is looked at: a sparse one of
  // 2^32 − 1 items (no memory) and a dense one of a million, at once.
  for (const items of [new Array(2 ** 32 - 1), new Array(1e6).fill(0)]) {
    const started = Date.now();
    const got = validateMessage(configure({ snapshot: { queues: items } }), "en");
    assert.deepEqual([got.code, got.field], ["embed.array_too_long", "snapshot.queues"]);
    assert.ok(Date.now() - started < 200, `${items.length} items took ${Date.now() - started} ms`);
  }
});
