// Times one evaluation of web/bench/workloads.json's case in node (V8, like
// Chromium), for iterating on issue 19 without `./dev bench`: the whole
// evaluate(case), its three phases (the bench hooks of
// crates/kezek-wasm/src/bench.rs), evaluate with options.sections, and
// JSON.parse of the answer's text (a yardstick: web/bench/bench.js). Interleaved sample by sample
// like web/bench/bench.js's measureTogether; medians in µs. Not a test.
//
//   node scripts/bench-eval.mjs [PKG_DIR=pkg] [--rounds N=5] [--seconds S=2]
//
// PKG_DIR is a wasm-pack --target web build (scripts/build.sh writes pkg/).
// Run it alone on the machine (a parallel build skews every number).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import * as timing from "../web/bench/timing.js";

const { median } = timing;

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  if (i < 0) return dflt;
  const v = Number(args[i + 1]);
  args.splice(i, 2);
  return v;
};
const rounds = opt("--rounds", 5);
const seconds = opt("--seconds", 2);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const pkg = path.resolve(args[0] ?? path.join(root, "pkg"));

const kezek = await import(pathToFileURL(path.join(pkg, "kezek.js")).href);
await kezek.default({ module_or_path: fs.readFileSync(path.join(pkg, "kezek_bg.wasm")) });
const workloads = JSON.parse(fs.readFileSync(path.join(root, "web/bench/workloads.json"), "utf8"));
const kase = workloads.case;
const answerText = JSON.stringify(kezek.evaluate(kase));

// web/bench/bench.js's timing (ms); here in µs, after 200 ms of warm-up.
const batchFor = (fn) => timing.batchFor(fn, 200);
const sample = (fn, batch) => timing.sample(fn, batch) * 1000;

kezek.benchReadCase(kase);
kezek.benchEvaluateKept();
const list = [
  ["evaluate", () => kezek.evaluate(kase)],
  ["read", () => kezek.benchReadCase(kase)],
  ["compute", () => kezek.benchEvaluateKept()],
  ["write", () => kezek.benchWriteKept()],
  ["sections", () => kezek.evaluate(kase, undefined, { sections: workloads.sections })],
  ["JSON.parse", () => JSON.parse(answerText)],
];
const batches = list.map(([, fn]) => batchFor(fn));
const perRound = list.map(() => []);
for (let r = 0; r < rounds; r++) {
  const times = list.map(() => []);
  const start = performance.now();
  while (times[0].length < 5 || performance.now() - start < 1000 * seconds) {
    list.forEach(([, fn], i) => times[i].push(sample(fn, batches[i])));
  }
  list.forEach((_, i) => perRound[i].push(median(times[i])));
}
console.log(`${pkg}: medians in µs, ${rounds} rounds of ${seconds} s (per round; median of rounds last)`);
for (const [i, [name]] of list.entries()) {
  console.log(`${name.padEnd(11)} ${perRound[i].map((x) => x.toFixed(2).padStart(7)).join(" ")}   | ${median(perRound[i]).toFixed(2)}`);
}
const [e, r, c, w] = perRound.slice(0, 4).map(median);
console.log(`read+compute+write ${(r + c + w).toFixed(2)} (evaluate ${e.toFixed(2)}); answer ${answerText.length} B of JSON`);
