// The server sends what the build precompressed (scripts/compress.mjs) to a
// browser that accepts it, with the headers a cache needs: Content-Encoding,
// Vary, a strong ETag per representation (304 when it matches), and a year of
// immutable caching for the content-hashed app files only.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import zlib from "node:zlib";
import fs from "node:fs";
import path from "node:path";
import os from "node:os";
import { DIST, open, serve, useSiteAndBrowser } from "./harness.mjs";

const env = useSiteAndBrowser({ before, after });

/** GET with exact headers (no automatic decompression); resolves {status, headers, body}. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

/** The content-hashed module files, as boot.js names them: the whole app's and the first screen's. */
const appFiles = () => {
  const boot = fs.readFileSync(path.join(DIST, "boot.js"), "utf8");
  const named = (re) => boot.match(re)[0];
  return {
    wasm: named(/kezek_app_bg\.[0-9a-f]{16}\.wasm/),
    js: named(/kezek_app\.[0-9a-f]{16}\.js/),
    firstWasm: named(/kezek_first_bg\.[0-9a-f]{16}\.wasm/),
    firstJs: named(/kezek_first\.[0-9a-f]{16}\.js/),
  };
};

test("the wasm, scripts, page and messages go out brotli- or gzip-compressed, as the browser accepts", async () => {
  const { wasm, js, firstWasm, firstJs } = appFiles();
  for (const file of [wasm, js, firstWasm, firstJs, "index.html", "styles.css", "messages/ui.kk.ftl", "pkg/kezek_bg.wasm"]) {
    const plain = fs.readFileSync(path.join(DIST, file));
    const br = await get(`${env.site.url}/${file}`, { "Accept-Encoding": "gzip, deflate, br" });
    assert.equal(br.headers["content-encoding"], "br", file);
    assert.equal(br.headers.vary, "Accept-Encoding", file);
    assert.equal(Number(br.headers["content-length"]), br.body.length);
    assert.ok(br.body.length < plain.length * 0.6, `${file}: ${br.body.length} of ${plain.length} bytes`);
    assert.ok(zlib.brotliDecompressSync(br.body).equals(plain), `${file}: brotli gives back the file`);
    const gz = await get(`${env.site.url}/${file}`, { "Accept-Encoding": "gzip" });
    assert.equal(gz.headers["content-encoding"], "gzip", file);
    assert.ok(zlib.gunzipSync(gz.body).equals(plain), `${file}: gzip gives back the file`);
    const none = await get(`${env.site.url}/${file}`, { "Accept-Encoding": "br;q=0, gzip;q=0" });
    assert.equal(none.headers["content-encoding"], undefined, file);
    assert.ok(none.body.equals(plain));
    assert.equal(none.headers.vary, "Accept-Encoding");
    // One strong tag per representation.
    const tags = new Set([br.headers.etag, gz.headers.etag, none.headers.etag]);
    assert.equal(tags.size, 3, `${file}: ${[...tags]}`);
    for (const t of tags) assert.match(t, /^"[^"]+"$/, "a strong ETag");
  }
  // Already-compressed images are sent as they are.
  const png = await get(`${env.site.url}/icons/icon-192.png`, { "Accept-Encoding": "br" });
  assert.equal(png.headers["content-encoding"], undefined);
});

test("a matching If-None-Match gets a 304 without a body; hashed app files are immutable, the rest revalidated", async () => {
  const { wasm } = appFiles();
  const first = await get(`${env.site.url}/${wasm}`, { "Accept-Encoding": "br" });
  assert.equal(first.headers["cache-control"], "public, max-age=31536000, immutable");
  const again = await get(`${env.site.url}/${wasm}`, { "Accept-Encoding": "br", "If-None-Match": first.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);
  assert.equal(again.headers.etag, first.headers.etag);
  const otherEncoding = await get(`${env.site.url}/${wasm}`, { "Accept-Encoding": "gzip", "If-None-Match": first.headers.etag });
  assert.equal(otherEncoding.status, 200, "the brotli tag does not validate the gzip bytes");
  for (const file of ["index.html", "boot.js", "sw.js", "messages/ui.kk.ftl"]) {
    const res = await get(`${env.site.url}/${file}`, { "Accept-Encoding": "br" });
    assert.equal(res.headers["cache-control"], "no-cache", file);
    const cached = await get(`${env.site.url}/${file}`, { "Accept-Encoding": "br", "If-None-Match": res.headers.etag });
    assert.equal(cached.status, 304, file);
  }
});

test("in Chromium the app arrives compressed and starts", async () => {
  const { page, context, log } = await open(env.browser, `${env.site.url}/?nosw`);
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const encodings = new Map();
  cdp.on("Network.responseReceived", (e) => encodings.set(new URL(e.response.url).pathname, e.response.headers["content-encoding"] || e.response.headers["Content-Encoding"]));
  await page.reload();
  await page.waitForSelector("main.kz-app:not(#kz-static) #need-kindergarten");
  // The whole app follows the first screen's module.
  await page.waitForFunction(() => performance.getEntriesByName("kezek-wizard-ready").length > 0);
  const { wasm, firstWasm } = appFiles();
  assert.match(String(encodings.get(`/${firstWasm}`)), /^(br|gzip)$/, "the first screen's wasm is compressed on the wire");
  assert.match(String(encodings.get(`/${wasm}`)), /^(br|gzip)$/, "the wasm is compressed on the wire");
  assert.match(String(encodings.get("/index.html") ?? encodings.get("/")), /^(br|gzip)$/);
  assert.deepEqual(log.errors, []);
  await context.close();
});

test("a file changed after the build is sent as it now is, never its stale compressed copy", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kezek-stale-"));
  fs.cpSync(DIST, dir, { recursive: true });
  const site = await serve({ dir });
  try {
    const before = await get(`${site.url}/styles.css`, { "Accept-Encoding": "br" });
    assert.equal(before.headers["content-encoding"], "br");
    fs.appendFileSync(path.join(dir, "styles.css"), "\n/* changed in place */\n");
    const after = await get(`${site.url}/styles.css`, { "Accept-Encoding": "br" });
    assert.equal(after.headers["content-encoding"], undefined);
    assert.ok(after.body.toString().includes("changed in place"));
    assert.notEqual(after.headers.etag, before.headers.etag);
  } finally {
    site.server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
