// Merges the pieces of `./dev bench` into bench-report/report.json and report.md.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execSync } from "node:child_process";

const dir = process.argv[2];
const read = (f, dflt = {}) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
  } catch {
    return dflt;
  }
};
const sh = (cmd) => {
  try {
    return execSync(cmd, { encoding: "utf8" }).trim();
  } catch {
    return "";
  }
};
const report = {
  date: new Date().toISOString(),
  machine: {
    cpu: (sh("grep -m1 'model name' /proc/cpuinfo").split(":")[1] || "").trim(),
    cores: os.cpus().length,
    memory_gib: Math.round(os.totalmem() / 2 ** 30),
    os: sh("grep PRETTY_NAME /etc/os-release").replace(/.*="?([^"]*)"?/, "$1"),
    rustc: sh("rustc --version"),
    commit: sh("git rev-parse --short HEAD"),
  },
  criterion: read("criterion.json"),
  peer: read("peer.json"),
  browser: read("browser.json"),
  sizes: read("sizes.json"),
  memory: read("memory.json"),
  top_app: read("top-kezek-app.json"),
  top_js_api: read("top-kezek_wasm.json"),
};
fs.writeFileSync(path.join(dir, "report.json"), JSON.stringify(report, null, 2));

const fmtNs = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
const lines = [];
lines.push(`# Kezek benchmark report`, ``, `${report.date} — ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.memory_gib} GiB, ${report.machine.os}; ${report.machine.rustc}; commit ${report.machine.commit}`, ``);
lines.push(`## Native (criterion medians)`, ``, `| benchmark | median | 95% CI |`, `| --- | --- | --- |`);
for (const [id, v] of Object.entries(report.criterion)) lines.push(`| ${id} | ${fmtNs(v.median_ns)} | ${fmtNs(v.median_ci_ns[0])} – ${fmtNs(v.median_ci_ns[1])} |`);
lines.push(``, `## Peer: GoRules ZEN (zen-engine) vs kezek-rules, same cases`, ``, "```json", JSON.stringify(report.peer, null, 2), "```");
lines.push(``, `## In Chromium (${report.browser.chromium || "n/a"})`, ``);
const profiles = report.browser.profiles || {};
if (Object.keys(profiles).length) {
  lines.push(`Cold loads (cache disabled, no service worker, 4x CPU throttling, kk-KZ), median of the runs; "interactive" = the app has replaced the static first screen and its inputs respond (mark \`kezek-app-ready\`, set by the first screen's own module); "whole app" = every screen of the app loaded (mark \`kezek-wizard-ready\`):`, ``);
  lines.push(`| profile | runs | first contentful paint | interactive | whole app | bytes before interactive (on the wire) | sequential round trips |`, `| --- | --- | --- | --- | --- | --- | --- |`);
  for (const [name, p] of Object.entries(profiles)) {
    const n = p.network;
    lines.push(`| ${name} (${n.latency} ms, ${((n.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s) | ${p.runs} | ${p.fcp_ms.median.toFixed(0)} ms | ${p.interactive_ms.median.toFixed(0)} ms | ${p.whole_app_ms?.median?.toFixed(0) ?? "n/a"} ms | ${p.bytes_before_interactive.median} B | ${p.round_trips_before_interactive.median} |`);
  }
  const first = Object.values(profiles)[0];
  lines.push(``, `Bytes by file before interactive (median run of the first profile; waterfalls in waterfall-<profile>.json):`, ``, `| file | bytes |`, `| --- | --- |`);
  for (const [f, b] of Object.entries(first.bytes_before_interactive.by_file_median_run)) lines.push(`| ${f} | ${b} |`);
  lines.push(``);
}
if (report.browser.offline_reload_first_step_ms) {
  lines.push(`- offline reload (service worker) to the app's first step: median ${report.browser.offline_reload_first_step_ms.median.toFixed(0)} ms`);
}
if (report.browser.wasm_workloads) {
  lines.push(``, `| wasm workload | median |`, `| --- | --- |`);
  for (const [k, v] of Object.entries(report.browser.wasm_workloads)) lines.push(`| ${k} | ${typeof v === "number" ? fmtNs(v * 1e6) : JSON.stringify(v)} |`);
}
lines.push(``, `## Sizes`, ``, `| file | raw | gzip | brotli |`, `| --- | --- | --- | --- |`);
for (const [f, v] of Object.entries(report.sizes)) lines.push(`| ${f} | ${v.raw} | ${v.gzip} | ${v.brotli ?? ""} |`);
for (const [title, t] of [["the app", report.top_app], ["the JS API module", report.top_js_api]]) {
  if (t && t.error) {
    lines.push(``, `Top contributors of ${title}: ${t.error}`);
    continue;
  }
  if (!t || !t.by_crate) continue;
  lines.push(``, `Top contributors of ${title} (code bytes before wasm-bindgen/wasm-opt; code ${t.code_bytes}, data ${t.data_bytes}):`, ``, `| crate | bytes |`, `| --- | --- |`);
  for (const c of t.by_crate.slice(0, 10)) lines.push(`| ${c.crate} | ${c.bytes} |`);
  lines.push(``, `| function | bytes |`, `| --- | --- |`);
  for (const f of t.top_functions.slice(0, 10)) lines.push(`| \`${f.name.replace(/\|/g, "\\|").slice(0, 100)}\` | ${f.bytes} |`);
}
lines.push(``, `## Memory`, ``, "```json", JSON.stringify(report.memory), "```", ``);
fs.writeFileSync(path.join(dir, "report.md"), lines.join("\n"));
console.log(lines.join("\n"));
