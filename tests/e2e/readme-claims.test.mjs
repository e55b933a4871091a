// Claims of the README that no test checked (the audit of 06.12.2026, claims43),
// each through the real path: the server started by its own command line, the
// built site in Chromium, the built embedding files, the CLI.
//  - "serve it with `--frame-ancestors \"'self' https://your.host\"`" (Embed on your page);
//  - the services an embedding page may configure are the list `kezek services
//    --codes` prints, written into `embed/services.js`; the protocol's limits
//    in `embed/protocol.js` are the README's numbers;
//  - "Nothing is sent anywhere until the parent chooses a hand-off" (Privacy),
//    for a family service of order No. 414 and the kindergarten wizard alike;
//  - "After one online visit … the app opens and works with no network" — the
//    queue step too, with the sample city (Install as an app);
//  - "the \"erase my data\" button … removes every `kezek.*` key" — the
//    language too, and from a family service's screen (Privacy);
//  - "Opened anywhere else (a wizard step, a family service, … a demo date
//    `?as_of=`), the whole app starts at once" (Fast first load).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { DIST, ROOT, open, serve, launch, waitForServiceWorker } from "./harness.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { AS_OF, answerYesTheRestNo, appUrl, fillCase, next, step } from "./wizard.mjs";

let site, browser;
before(async () => {
  site = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

/** `node scripts/serve.mjs ARGS` on a free port; resolves {url, stop} once it says where it serves. */
function serveCommand(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "serve.mjs"), "--dir", DIST, "--port", "0", ...args], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/served at (http:\/\/[^/\s]+)\//);
      if (m) resolve({ url: m[1], stop: () => child.kill() });
    });
    child.on("error", reject);
    child.on("exit", (code) => reject(new Error(`serve.mjs exited (${code}) before serving: ${out}`)));
  });
}

test("README: `scripts/serve.mjs --frame-ancestors` lets the host named frame the app; without it, only the app itself", async () => {
  // The host page's own server, on another origin (localhost, not 127.0.0.1).
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kezek-host-"));
  const host = await startServer({ dir, port: 0, frameSrc: "http://127.0.0.1:*" });
  const hostOrigin = host.url.replace("127.0.0.1", "localhost");
  const named = await serveCommand(["--frame-ancestors", `'self' ${hostOrigin}`]);
  const other = await serveCommand(["--frame-ancestors", "'self' https://your.host"]);
  const alone = await serveCommand([]);
  try {
    for (const file of ["/", "/index.html", "/embed/protocol.js"]) {
      const policy = (await fetch(`${other.url}${file}`)).headers.get("content-security-policy");
      assert.match(policy, /(^|; )frame-ancestors 'self' https:\/\/your\.host(;|$)/, `${file}: ${policy}`);
      // The rest of the policy is the README's: the flag adds to it and weakens nothing.
      assert.match(policy, /(^|; )default-src 'self'(;|$)/);
      assert.match(policy, /(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
      assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'/);
      const own = (await fetch(`${alone.url}${file}`)).headers.get("content-security-policy");
      assert.match(own, /(^|; )frame-ancestors 'self'(;|$)/, `${file} without the flag: ${own}`);
    }
    // In Chromium: the host page frames the app served with its origin named;
    // served naming another host, or without the flag, the browser refuses it.
    for (const [server, allowed, what] of [[named, true, "naming the host"], [other, false, "naming another host"], [alone, false, "without the flag"]]) {
      fs.writeFileSync(
        path.join(dir, "host.html"),
        `<!doctype html><title>host</title><iframe src="${server.url}/index.html?nosw&embed=1&origins=${encodeURIComponent(hostOrigin)}"></iframe>`,
      );
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${hostOrigin}/host.html`, { waitUntil: "load" });
      const inside = page.frames().find((f) => f !== page.mainFrame());
      const shown = await inside
        .waitForSelector("#kz-static, main.kz-app", { state: "attached", timeout: allowed ? 15000 : 3000 })
        .then(() => true, () => false);
      assert.equal(shown, allowed, `served ${what}, the host page ${shown ? "framed" : "could not frame"} the app (${inside.url()})`);
      await context.close();
    }
  } finally {
    for (const s of [named, other, alone]) s.stop();
    host.server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** The codes `kezek services --codes --json` prints (the CLI, as the build runs it). */
function cliCodes() {
  const r = spawnSync("cargo", ["run", "--quiet", "-p", "kezek-cli", "--", "--json", "services", "--codes"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

test("README: an embedding page may configure exactly the services `kezek services --codes` prints; the protocol's limits are the README's", async () => {
  const codes = cliCodes();
  assert.deepEqual(codes.slice(0, 2), ["00403001", "00403002"]);
  assert.ok(codes.includes("00403008"));
  // As served, to a host page of another origin.
  const res = await fetch(`${site.url}/embed/services.js`, { headers: { Origin: "https://egov.example" } });
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("access-control-allow-origin"), "*");
  // The protocol module the bridge, the element and the examples import (served at /embed/protocol.js).
  const protocolRes = await fetch(`${site.url}/embed/protocol.js`, { headers: { Origin: "https://egov.example" } });
  assert.equal(protocolRes.status, 200);
  assert.equal(protocolRes.headers.get("access-control-allow-origin"), "*");
  const protocol = await import(pathToFileURL(path.join(DIST, "embed", "protocol.js")).href);
  assert.deepEqual([...protocol.SERVICES], codes, "embed/services.js is the CLI's list");
  assert.equal(protocol.PROTOCOL, "kezek");
  assert.equal(protocol.VERSION, 1);
  assert.deepEqual(protocol.LANGS, ["kk", "ru", "en"]);
  // "over 8 MB, nesting deeper than 16, a string over 2,097,152 characters, arrays over 250,000 items"
  assert.deepEqual(protocol.LIMITS, { messageBytes: 8 * 1024 * 1024, stringChars: 2_097_152, arrayItems: 250_000, depth: 16 });
  const readme = fs.readFileSync(path.join(ROOT, "README.md"), "utf8");
  assert.match(readme, /over 8 MB,\s+nesting deeper than 16, a string over 2,097,152 characters, arrays over 250,000 items/);
  // The configure fields the README lists, and no other.
  assert.deepEqual([...protocol.CONFIGURE_FIELDS].sort(), ["applicantIin", "calendar", "lang", "service", "snapshot", "snapshotUrl"]);
});

/** Every request of a context (pages and their workers), with its method and body. */
function recordRequests(context) {
  const seen = [];
  context.on("request", (r) => seen.push({ url: r.url(), method: r.method(), body: r.postData() }));
  return seen;
}

/** Asserts that `seen` holds only GETs of the site's own files, none carrying any of `secrets`. */
function nothingLeft(seen, secrets, what) {
  assert.ok(seen.length > 0, `${what}: requests were recorded`);
  for (const { url, method, body } of seen) {
    if (url.startsWith("data:") || url.startsWith("blob:")) continue;
    assert.ok(url.startsWith(`${site.url}/`), `${what}: a request to another origin: ${url}`);
    assert.equal(method, "GET", `${what}: ${method} ${url}`);
    assert.equal(body, null, `${what}: a request with a body: ${url}`);
    for (const s of secrets) {
      assert.ok(!decodeURIComponent(url).includes(s), `${what}: ${s} in ${url}`);
    }
  }
}

const SECRETS = ["230510512343", "900315410004", "7011234567", "Серікбаев", "Нұрлан"];

test("README, Privacy: a family service from its questions to a prepared, downloaded application sends nothing anywhere", async () => {
  const context = await browser.newContext({ locale: "kk-KZ", viewport: { width: 1280, height: 900 } });
  const seen = recordRequests(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // The child and the applicant as the wizard asks them, then school meals (order No. 414, Annex 17).
  await page.goto(`${site.url}/index.html?nosw&as_of=2026-12-15T10:00#/service`);
  await fillCase(page, { childIin: "230510512343" });
  await page.goto(page.url().replace(/#.*$/, "#/svc/00403008"));
  await step(page, "catalogue-service");
  await answerYesTheRestNo(page, ["family_receives_targeted_social_assistance", "child_in_state_education_institution"]);
  await page.waitForSelector('#svc-eligibility[data-eligible="true"]');
  await page.check("#svc-consent");
  await page.click("#svc-prepare");
  await page.waitForSelector("#svc-sha256", { state: "attached" });
  await page.click("#svc-specialists summary");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#svc-download")]);
  const record = JSON.parse(fs.readFileSync(await download.path(), "utf8"));
  assert.equal(record.child.iin, "230510512343", "the application holds the child's IIN — and it went nowhere");
  await page.waitForTimeout(300);
  nothingLeft(seen, SECRETS, "a family service");
  assert.deepEqual(errors, []);
  await context.close();
});

test("README, Privacy: the kindergarten wizard through step 7's forecast to the downloaded application sends nothing anywhere", async () => {
  const context = await browser.newContext({ locale: "ru-RU", viewport: { width: 1280, height: 900 } });
  const seen = recordRequests(context);
  const page = await context.newPage();
  await page.goto(appUrl(site));
  await fillCase(page, { childIin: "230510512343", family: ["orphan"] });
  await next(page, "documents");
  await next(page, "queue");
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-position");
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-chart", { timeout: 60000 });
  await next(page, "handoff");
  await page.check("#consent");
  await page.click("#kz-specialists summary");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("#kz-download")]);
  assert.ok(fs.readFileSync(await download.path(), "utf8").includes("900315410004"));
  await page.waitForTimeout(300);
  // The queue's worker and the sample city were seen: the record holds the workers' requests too.
  assert.ok(seen.some((r) => /kezek_queue_worker_bg\.[0-9a-f]{16}\.wasm$/.test(r.url)), "the queue worker's module");
  assert.ok(seen.some((r) => r.url.endsWith("/sample/city.json")), "the sample city");
  nothingLeft(seen, SECRETS, "the kindergarten wizard");
  await context.close();
});

test("README, Install as an app: after one online visit, step 7 reads the sample city and runs the forecast with no network", async () => {
  const { page, context, log } = await open(browser, `${site.url}/index.html?as_of=${AS_OF}`);
  await page.waitForSelector("#kz-step-title");
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.reload({ waitUntil: "load" });
  await step(page, "start");
  await page.click("#need-kindergarten");
  await fillCase(page, { childIin: "230510512343", family: ["teacher"] });
  await next(page, "documents");
  await next(page, "queue");
  // The queue's own module (its worker) and the sample city come from the cache.
  await page.click("#kz-load-sample");
  await page.waitForSelector("#kz-position", { timeout: 30000 });
  assert.ok(Number(await page.getAttribute("#kz-position", "data-position")) >= 1);
  await page.click("#kz-run-forecast");
  await page.waitForSelector("#kz-forecast-chart", { timeout: 60000 });
  assert.deepEqual(log.errors, [], "no console error offline");
  await context.close();
});

const kezekKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("kezek.")).sort());

test("README, Privacy: erase my data removes every kezek.* key — the language too — from a family service's screen", async () => {
  const { page, context } = await open(browser, appUrl(site), { locale: "en-US" });
  await fillCase(page, { childIin: "230510512343" });
  await page.click("#kz-lang-ru");
  await page.waitForFunction(() => document.documentElement.lang === "ru");
  await page.goto(page.url().replace(/#.*$/, "#/svc/00403008"));
  await step(page, "catalogue-service");
  await page.check("#q-family_receives_targeted_social_assistance-yes");
  await page.waitForFunction(() => (localStorage.getItem("kezek.draft") || "").includes("family_receives_targeted_social_assistance"));
  assert.deepEqual(await kezekKeys(page), ["kezek.draft", "kezek.lang"]);
  page.on("dialog", (d) => d.accept());
  await page.click("#kz-erase");
  await step(page, "start");
  assert.deepEqual(await kezekKeys(page), [], "nothing of the parent's is kept");
  // Nothing remembered: a reload starts in the browser's language, with no answers.
  await page.reload();
  await step(page, "start");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  assert.equal(await page.evaluate(() => localStorage.getItem("kezek.draft")), null);
  // …and the reload itself writes nothing: the language is remembered when
  // the parent chooses one (before: `kezek.lang` = "en" again at the start).
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50))));
  assert.deepEqual(await kezekKeys(page), [], "a reload after erasing remembers nothing the parent did not choose");
  await context.close();
});

test("README, Fast first load: opened on a wizard step, a family service or with ?as_of=, the whole app starts at once", async () => {
  const WHOLE = /kezek_app_bg\.[0-9a-f]{16}\.wasm$/;
  for (const where of ["index.html?nosw#/child", "index.html?nosw#/svc/00403008", `index.html?nosw&as_of=${AS_OF}`, "index.html?nosw"]) {
    const context = await browser.newContext({ locale: "kk-KZ" });
    // Whether the first screen's own module ran (it says so when its screen works).
    await context.addInitScript(() => {
      window.__firstScreenDone = false;
      addEventListener("kezek:first-screen-done", () => (window.__firstScreenDone = true));
    });
    const page = await context.newPage();
    const asked = [];
    page.on("request", (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/${where}`);
    await page.waitForFunction(() => performance.getEntriesByName("kezek-wizard-ready").length > 0, null, { timeout: 30000 });
    assert.ok(asked.some((p) => WHOLE.test(p)), `${where}: the whole app`);
    const firstRan = await page.evaluate(() => window.__firstScreenDone);
    // Only the first screen alone starts with its own small module, the whole app after it.
    assert.equal(firstRan, where === "index.html?nosw", `${where}: the first screen's module ${firstRan ? "started first" : "did not start"}`);
    await context.close();
  }
});

test("README, Fast first load: every text and wasm file of dist/ has its .br and .gz copy beside it (where the copy is smaller), and the server sends it", async () => {
  const TEXT_OR_WASM = /\.(html|js|mjs|css|json|webmanifest|svg|ftl|csv|txt|wasm|d\.ts)$/;
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (TEXT_OR_WASM.test(e.name)) files.push(p);
    }
  };
  walk(fs.realpathSync(DIST));
  assert.ok(files.length > 30, `${files.length} files`);
  const root = fs.realpathSync(DIST);
  for (const file of files) {
    const size = fs.statSync(file).size;
    const rel = path.relative(root, file).split(path.sep).join("/");
    for (const [ext, encoding] of [["br", "br"], ["gz", "gzip"]]) {
      const copy = `${file}.${ext}`;
      if (!fs.existsSync(copy)) {
        // Only a file its compressed copy would not make smaller goes without one.
        assert.ok(size < 200, `${rel}: no .${ext} beside ${size} bytes`);
        continue;
      }
      assert.ok(fs.statSync(copy).size < size, `${rel}.${ext} is not smaller`);
      const res = await fetch(`${site.url}/${rel}`, { headers: { "Accept-Encoding": encoding } });
      assert.equal(res.headers.get("content-encoding"), encoding, rel);
      await res.arrayBuffer();
    }
  }
});
