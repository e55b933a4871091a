// Browser-side measurements for `./dev bench`, taken inside Debian Chromium:
//   - cold load to the first rendered step, with 4x CPU throttling and the
//     DevTools "Fast 3G" network profile (Chrome DevTools Protocol);
//   - reload served by the service worker with the network cut (offline);
//   - the wasm workloads of web/bench/ (evaluation, position, forecast), when
//     that page is built.
// Prints one JSON object on stdout. Usage: node tests/bench/browser.mjs [runs]
import { serve, launch, waitForServiceWorker } from "../e2e/harness.mjs";

const RUNS = Number(process.argv[2] || 5);
// DevTools' "Fast 3G" preset (chrome-devtools-frontend NetworkConditions):
// 562.5 ms latency, 1.44 Mbit/s down (180 KB/s), 675 kbit/s up.
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.44 * 1024 * 1024) / 8, uploadThroughput: (675 * 1024) / 8 };

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** ms from navigation start until the step heading exists, measured in the page. */
async function firstStepMs(page) {
  await page.waitForSelector("#kz-step-title", { timeout: 120000 });
  return page.evaluate(() => performance.now());
}

async function coldLoad(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", FAST_3G);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`${url}/?nosw`, { waitUntil: "commit" });
  const ms = await firstStepMs(page);
  await context.close();
  return ms;
}

async function offlineReload(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.waitForSelector("#kz-step-title");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload({ waitUntil: "commit" });
  const ms = await firstStepMs(page);
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

const site = await serve();
const browser = await launch();
try {
  const cold = [];
  const offline = [];
  for (let i = 0; i < RUNS; i++) cold.push(await coldLoad(browser, site.url));
  for (let i = 0; i < RUNS; i++) offline.push(await offlineReload(browser, site.url));
  const workloads = await wasmWorkloads(browser, site.url);
  const version = browser.version();
  console.log(
    JSON.stringify(
      {
        chromium: version,
        runs: RUNS,
        cold_first_step_ms_4x_cpu_fast3g: { median: median(cold), all: cold },
        offline_reload_first_step_ms: { median: median(offline), all: offline },
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
