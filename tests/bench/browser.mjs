// Browser-side measurements for `./dev bench`, taken inside Debian Chromium.
//   - Cold loads (cache disabled, no service worker) under each phone profile
//     below, 4x CPU throttling: first contentful paint, "interactive" (the app
//     has replaced the static first screen and its handlers are live: the
//     `kezek-app-ready` performance mark, set by the first screen's own module
//     crates/kezek-app/src/bin/first.rs, or the whole app when it comes first),
//     "whole app" (every screen loaded: the `kezek-wizard-ready` mark of
//     crates/kezek-app/src/main.rs),
//     bytes on the wire before interactive (compressed, headers included) by
//     file, and the number of sequential round trips before interactive (the
//     depth of the request chain: the page, what it names, what those start).
//     The median run's request waterfall is written to <out>/waterfall-<profile>.json.
//   - Reload served by the service worker with the network cut (offline).
//   - The wasm workloads of web/bench/ (evaluation, position, forecast).
// Prints one JSON object on stdout. Usage: node tests/bench/browser.mjs [runs] [out-dir]
import fs from "node:fs";
import path from "node:path";
import { serve, launch, waitForServiceWorker } from "../e2e/harness.mjs";

const RUNS = Number(process.argv[2] || 5);
const OUT = process.argv[3] || null;

// Network profiles. DevTools' presets (chrome-devtools-frontend
// NetworkConditions): "Slow 4G" (formerly "Fast 3G") and "Slow 3G"; and
// Lighthouse's mobile profile as the issue states it (150 ms RTT, 1.6 Mbit/s).
export const PROFILES = {
  slow_4g: { latency: 150 * 3.75, downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, uploadThroughput: ((750 * 1000) / 8) * 0.9, runs: RUNS },
  lighthouse_mobile: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8, runs: RUNS },
  // The walkthrough's worst case, reported (fewer runs: each takes long).
  slow_3g: { latency: 400 * 5, downloadThroughput: ((500 * 1000) / 8) * 0.8, uploadThroughput: ((500 * 1000) / 8) * 0.8, runs: Math.min(RUNS, 3) },
};
const CPU_SLOWDOWN = 4;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const APP_STEP = "main.kz-app:not(#kz-static) #kz-step-title";

/**
 * Waits, without running Playwright's own script in the page, until `expression`
 * is true there. Playwright's waitForSelector/waitForFunction first inject its
 * ~100 KB helper script into the page: compiling it took 85–140 ms of the main
 * thread at 4× CPU in the middle of the load (a trace showed it before the
 * first paint), which a parent's browser never runs. A tiny expression
 * evaluated over the DevTools protocol every 50 ms costs next to nothing.
 */
async function until(cdp, expression, timeout = 180000) {
  const end = Date.now() + timeout;
  for (;;) {
    const { result } = await cdp.send("Runtime.evaluate", { expression: `!!(${expression})`, returnByValue: true }).catch(() => ({ result: {} }));
    if (result.value === true) return;
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const appStepShown = `document.querySelector(${JSON.stringify(APP_STEP)})`;
const marked = (name) => `performance.getEntriesByName(${JSON.stringify(name)}).length > 0`;

async function coldLoad(browser, url, profile) {
  const context = await browser.newContext({ locale: "kk-KZ", viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, ...profile });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const requests = new Map();
  cdp.on("Network.requestWillBeSent", (e) => {
    const frames = e.initiator?.stack?.callFrames || [];
    const by = e.initiator?.url || frames[0]?.url || null;
    requests.set(e.requestId, { url: e.request.url, by, t0: e.timestamp });
  });
  cdp.on("Network.loadingFinished", (e) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { t1: e.timestamp, bytes: e.encodedDataLength });
  });
  await page.goto(`${url}/?nosw`, { waitUntil: "commit" });
  // The app (not the static screen) shows a step heading.
  await until(cdp, appStepShown);
  // The whole app (every screen) follows the first screen's own module.
  await until(cdp, marked("kezek-wizard-ready"));
  const marks = await page.evaluate(() => ({
    fcp: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
    interactive: performance.getEntriesByName("kezek-app-ready")[0]?.startTime ?? null,
    whole: performance.getEntriesByName("kezek-wizard-ready")[0]?.startTime ?? null,
  }));
  await context.close();
  // The waterfall, relative to the page's request; depth = sequential round trips.
  const all = [...requests.values()].filter((r) => r.url.startsWith(url));
  const doc = all.find((r) => !r.by) || all[0];
  const depthOf = new Map();
  const depth = (r, seen = new Set()) => {
    if (depthOf.has(r.url)) return depthOf.get(r.url);
    if (r === doc || !r.by || seen.has(r.url)) return 1;
    seen.add(r.url);
    const parent = all.find((p) => p.url === r.by);
    const d = 1 + (parent ? depth(parent, seen) : 1);
    depthOf.set(r.url, d);
    return d;
  };
  const waterfall = all
    .map((r) => ({
      file: new URL(r.url).pathname,
      depth: depth(r),
      start_ms: Math.round((r.t0 - doc.t0) * 1000),
      end_ms: r.t1 ? Math.round((r.t1 - doc.t0) * 1000) : null,
      bytes: r.bytes ?? null,
    }))
    .sort((a, b) => a.start_ms - b.start_ms);
  const before = waterfall.filter((w) => w.end_ms !== null && w.end_ms <= marks.interactive);
  return {
    fcp_ms: marks.fcp,
    interactive_ms: marks.interactive,
    whole_app_ms: marks.whole,
    bytes_before_interactive: before.reduce((s, w) => s + w.bytes, 0),
    round_trips_before_interactive: Math.max(...before.map((w) => w.depth)),
    waterfall,
  };
}

async function offlineReload(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForSelector(APP_STEP);
  await waitForServiceWorker(page);
  // A returning parent: the whole app has loaded (and been cached) before.
  await page.waitForFunction(() => performance.getEntriesByName("kezek-wizard-ready").length > 0, null, { timeout: 180000 });
  await context.setOffline(true);
  const cdp = await context.newCDPSession(page);
  await page.reload({ waitUntil: "commit" });
  await until(cdp, `${appStepShown} && ${marked("kezek-app-ready")}`);
  // When the app's first step rendered (its mark), not when the test saw it.
  const ms = await page.evaluate(() => performance.getEntriesByName("kezek-app-ready")[0]?.startTime ?? performance.now());
  await context.close();
  return ms;
}

async function wasmWorkloads(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const res = await page.goto(`${url}/bench/index.html`);
  if (!res || res.status() !== 200) {
    await context.close();
    return null;
  }
  await page.waitForFunction(() => window.kezekBench && window.kezekBench.done, null, { timeout: 600000 });
  const out = await page.evaluate(() => window.kezekBench.results);
  await context.close();
  return out;
}

const only = (process.env.KEZEK_BENCH_ONLY || "profiles,offline,workloads").split(",");
const site = await serve();
const browser = await launch();
try {
  const profiles = {};
  if (only.includes("profiles")) {
    for (const [name, profile] of Object.entries(PROFILES)) {
      const { runs, ...conditions } = profile;
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await coldLoad(browser, site.url, conditions));
      const mid = [...all].sort((a, b) => a.interactive_ms - b.interactive_ms)[all.length >> 1];
      if (OUT) fs.writeFileSync(path.join(OUT, `waterfall-${name}.json`), JSON.stringify(mid.waterfall, null, 2));
      const byFile = {};
      for (const w of mid.waterfall.filter((w) => w.end_ms !== null && w.end_ms <= mid.interactive_ms)) byFile[w.file] = w.bytes;
      profiles[name] = {
        network: conditions,
        cpu_slowdown: CPU_SLOWDOWN,
        runs,
        fcp_ms: { median: median(all.map((r) => r.fcp_ms)), all: all.map((r) => r.fcp_ms) },
        interactive_ms: { median: median(all.map((r) => r.interactive_ms)), all: all.map((r) => r.interactive_ms) },
        whole_app_ms: { median: median(all.map((r) => r.whole_app_ms)), all: all.map((r) => r.whole_app_ms) },
        bytes_before_interactive: { median: median(all.map((r) => r.bytes_before_interactive)), by_file_median_run: byFile },
        round_trips_before_interactive: { median: median(all.map((r) => r.round_trips_before_interactive)) },
      };
    }
  }
  const offline = [];
  if (only.includes("offline")) for (let i = 0; i < RUNS; i++) offline.push(await offlineReload(browser, site.url));
  const workloads = only.includes("workloads") ? await wasmWorkloads(browser, site.url) : null;
  console.log(
    JSON.stringify(
      {
        chromium: browser.version(),
        runs: RUNS,
        profiles,
        offline_reload_first_step_ms: offline.length ? { median: median(offline), all: offline } : null,
        wasm_workloads: workloads,
      },
      null,
      2,
    ),
  );
} finally {
  await browser.close();
  site.server.close();
}
