// In-browser benchmarks of the wasm JS API. Each workload runs in batches of
// calls lasting >= 10 ms, for ~1 s or 2,000 batches (at least 5), and reports
// the median time per call in milliseconds. Results: window.kezekBench = {done, results}.
import init, * as kezek from "../pkg/kezek.js";
import { batchFor, median, sample } from "./timing.js";

const results = {};
window.kezekBench = { done: false, results };

function report(name, times) {
  results[name] = median(times);
  const row = document.createElement("tr");
  for (const cell of [name, `${results[name].toFixed(4)} ms`, String(times.length)]) {
    const td = document.createElement("td");
    td.textContent = cell;
    row.append(td);
  }
  document.getElementById("results").append(row);
}

/**
 * Measures workloads that are compared with each other (a whole and its
 * parts) sample by sample in turn, ~1 s each in all, so each median is taken
 * over the same stretch of time. On this kind of machine (a 2-core VM) the
 * speed of memory-bound code changes by up to 1.8x from one half-second to
 * the next while a register-only loop does not (issue 19, session 7:
 * evaluate read 150-170 µs in one second and 81-90 µs in the next, its
 * compute phase 35-42 and 21-23 µs, a random walk over 16 MB 27-32 and
 * 23-25 µs, a xorshift loop 39-42 µs throughout): measured one after the
 * other, a whole and its phases each caught a different state and did not add up.
 */
function measureTogether(list) {
  const batches = list.map(([, fn]) => batchFor(fn));
  const times = list.map(() => []);
  const start = performance.now();
  while (times[0].length < 5 || (performance.now() - start < 1000 * list.length && times[0].length < 2000)) {
    list.forEach(([, fn], i) => times[i].push(sample(fn, batches[i])));
  }
  list.forEach(([name], i) => report(name, times[i]));
}

/** One workload alone: ~1 s, or 2,000 samples (at least 5). */
const measure = (name, fn) => measureTogether([[name, fn]]);

async function json(url) {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return res.json();
}

async function run() {
  await init({ module_or_path: new URL("../pkg/kezek_bg.wasm", import.meta.url) });
  const workloads = await json("workloads.json");
  if (kezek.validateIin) measure("validate_iin", () => kezek.validateIin(workloads.iin));
  if (kezek.workingDays) measure("working_days_one_year", () => kezek.workingDays(workloads.year_from, workloads.year_to));
  // The evaluation: whole (from a JS object, from JSON text, only the
  // sections a page shows: evaluate's options.sections) and split into its
  // phases (hooks of crates/kezek-wasm/src/bench.rs): reading the case, the
  // rules' computation, writing the answer as plain JS objects. Measured
  // together, so the phases can be compared with the whole.
  const evaluation = [];
  if (kezek.evaluate) {
    const text = JSON.stringify(workloads.case);
    evaluation.push(["evaluate_case", () => kezek.evaluate(workloads.case)]);
    evaluation.push(["evaluate_case_json_text", () => kezek.evaluate(text)]);
    if (workloads.sections) {
      evaluation.push(["evaluate_case_sections", () => kezek.evaluate(workloads.case, undefined, { sections: workloads.sections })]);
    }
  }
  if (kezek.benchReadCase) {
    kezek.benchReadCase(workloads.case);
    kezek.benchEvaluateKept();
    evaluation.push(["evaluate_case_phase_read", () => kezek.benchReadCase(workloads.case)]);
    evaluation.push(["evaluate_case_phase_compute", () => kezek.benchEvaluateKept()]);
    evaluation.push(["evaluate_case_phase_write", () => kezek.benchWriteKept()]);
  }
  // A yardstick, not a workload of Kezek: the browser's own JSON.parse of the
  // answer's JSON text, i.e. the cost of making the answer's ~690 JS values
  // anew. Named a floor when every call built them all; since the JS API
  // shares its citations' objects from answer to answer (a call builds ~330
  // values and refers to the rest, issue 19), one whole evaluation ("JS
  // object in, JS object out", issue 19's row) can take less than this. On
  // one machine it says how fast the machine is at building JS values, so
  // runs on different machines can be compared by their ratio to it.
  if (kezek.evaluate) {
    const answerText = JSON.stringify(kezek.evaluate(workloads.case));
    evaluation.push(["evaluate_answer_json_parse_floor", () => JSON.parse(answerText)]);
  }
  if (evaluation.length) measureTogether(evaluation);
  if (kezek.position || kezek.forecast) {
    const snapshot = await json(workloads.snapshot_url);
    if (kezek.position) measure("position_sample_city", () => kezek.position(snapshot, workloads.application));
    if (kezek.forecast) measure("forecast_1000_paths", () => kezek.forecast(snapshot, workloads.application, workloads.forecast_options));
  }
  await forecastInWorker(workloads);
}

// The app's way (issue 19): the queue's own module in its Web Worker
// (web/queue-worker.js), a 10,000-path forecast, with the page's thread
// watched for tasks over 50 ms. The snapshot's fetch and parse ("load") and
// the forecast are timed apart; median of 3 runs, each in a fresh worker.
// Two sequences:
// - a parent's (the headline): the app starts the worker when the parent
//   reaches step 7 (crates/kezek-app/src/steps/queue.rs) and asks it to warm
//   its code ({type: "warm"}) while it waits; the parent picks the snapshot 1 s later, reads
//   the position and asks for the forecast 1 s after it;
// - back to back (`_back_to_back`): load, position and forecast sent at once
//   to a fresh worker whose module has just started (a script's worst case:
//   no time to warm; the module's start is not counted in the load).
const PARENT_PAUSE_MS = 1000;

async function forecastInWorker(workloads) {
  const paths = 10000;
  const longTasks = [];
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  // The JS API's measurements above ran in one long task of their own.
  await sleep(100);
  const observer = new PerformanceObserver((list) => longTasks.push(...list.getEntries().map((e) => e.duration)));
  observer.observe({ type: "longtask" });
  const query = JSON.stringify(workloads.application);
  const snapshot = { type: "load", name: "city.json", now: "2026-11-23T21:30:00", url: new URL(workloads.snapshot_url, location.href).href };
  const options = JSON.stringify({ ...workloads.forecast_options, paths });
  const sequence = async (parent) => {
    const times = { loads: [], forecasts: [] };
    for (let run = 0; run < 3; run++) {
      const worker = new Worker(new URL("../queue-worker.js", import.meta.url), { type: "module" });
      let next = 0;
      const ask = (m) =>
        new Promise((resolve, reject) => {
          const id = ++next;
          const on = (e) => {
            if (e.data.id !== id || "progress" in e.data) return;
            worker.removeEventListener("message", on);
            if (e.data.error) reject(new Error(e.data.error));
            else resolve(e.data.ok);
          };
          worker.addEventListener("message", on);
          worker.postMessage({ id, ...m });
        });
      // As the app does whenever it starts or meets the worker at step 7
      // (QueueWorker::prepare / start): it asks for the warm-up, in both
      // sequences (a worker started only to check an embedding page's
      // snapshot is not warmed until then; before 01.12.2026 every worker
      // warmed up as it started, and the back-to-back sequence measured that).
      worker.postMessage({ type: "warm" });
      if (parent) await sleep(PARENT_PAUSE_MS);
      // The module's start: a request that fails at once.
      else await ask({ type: "load", name: "city.json", now: "2026-11-23T21:30:00", text: "[]" }).catch(() => {});
      let t = performance.now();
      await ask(snapshot);
      times.loads.push(performance.now() - t);
      await ask({ type: "position", query });
      if (parent) await sleep(PARENT_PAUSE_MS);
      t = performance.now();
      await ask({ type: "forecast", query, options });
      times.forecasts.push(performance.now() - t);
      worker.terminate();
    }
    return times;
  };
  const parent = await sequence(true);
  const backToBack = await sequence(false);
  await sleep(100);
  observer.disconnect();
  const row = (name, value) => {
    results[name] = value;
    const tr = document.createElement("tr");
    for (const cell of [name, typeof value === "number" ? `${value.toFixed(1)} ms` : String(value), "3"]) {
      const td = document.createElement("td");
      td.textContent = cell;
      tr.append(td);
    }
    document.getElementById("results").append(tr);
  };
  // Every run beside the median, so a noisy machine's spread shows.
  const runs = (xs) => xs.map((x) => Math.round(x * 10) / 10);
  row("forecast_10000_paths_in_worker", median(parent.forecasts));
  results.forecast_10000_paths_in_worker_runs = runs(parent.forecasts);
  row("forecast_worker_snapshot_fetch_and_parse", median(parent.loads));
  row("forecast_10000_paths_in_worker_back_to_back", median(backToBack.forecasts));
  results.forecast_10000_paths_in_worker_back_to_back_runs = runs(backToBack.forecasts);
  row("forecast_worker_snapshot_fetch_and_parse_back_to_back", median(backToBack.loads));
  row("forecast_worker_page_tasks_over_50ms", `${longTasks.length} (longest ${Math.round(Math.max(0, ...longTasks))} ms)`);
}

run()
  .then(() => {
    document.getElementById("status").textContent = "done";
  })
  .catch((err) => {
    results.error = String(err);
    document.getElementById("status").textContent = `failed: ${err}`;
    console.error(err);
  })
  .finally(() => {
    window.kezekBench.done = true;
  });
