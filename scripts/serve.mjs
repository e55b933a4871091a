// Kezek's static server: serves a folder on a loopback port with correct MIME
// types and the security headers the app promises (CSP without 'unsafe-inline'
// or 'unsafe-eval'; 'wasm-unsafe-eval' for WebAssembly). No dependencies.
//
//   node scripts/serve.mjs [--dir dist] [--port 8080] [--host 127.0.0.1]
//       [--frame-ancestors "'self' http://localhost:8081"]   who may embed these pages
//       [--frame-src "'self' http://127.0.0.1:8080"]         what these pages may embed
//       [--script-src "http://127.0.0.1:8080"]               extra script origins (embedding host pages)
//
// Also importable: `startServer({ dir, port, host, frameAncestors })` resolves
// to { server, url } (tests use port 0 for a free port).
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { fileURLToPath } from "node:url";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".schema.json": "application/schema+json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".d.ts": "text/plain; charset=utf-8",
};

/**
 * The CSP sources ('sha256-…') of the inline <style> elements of DIR/index.html
 * (scripts/inline-styles.mjs puts styles.css there so the first paint needs no
 * second round trip); none when there is no index.html.
 */
export function styleHashes(dir) {
  let html;
  try {
    html = fs.readFileSync(path.join(dir, "index.html"), "utf8");
  } catch {
    return [];
  }
  return [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) => `'sha256-${crypto.createHash("sha256").update(m[1], "utf8").digest("base64")}'`,
  );
}

export function csp(frameAncestors = "'self'", frameSrc = "'self'", styles = []) {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ["style-src 'self'", ...styles].join(" "),
    "img-src 'self' data: blob:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    `frame-src ${frameSrc}`,
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** File suffix of each precompressed encoding (scripts/compress.mjs). */
const EXT = { br: "br", gzip: "gz" };

/**
 * The encoding to send for an `Accept-Encoding` header: brotli, then gzip,
 * then the plain file, each only when the browser accepts it (q > 0) and
 * `available(encoding)` says the precompressed copy exists.
 */
export function negotiateEncoding(header, available = () => true) {
  const q = new Map();
  for (const part of String(header || "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const accepts = (e) => (q.has(e) ? q.get(e) > 0 : q.has("*") && q.get("*") > 0);
  const ranked = ["br", "gzip"].filter((e) => accepts(e) && available(e)).sort((a, b) => (q.get(b) ?? q.get("*")) - (q.get(a) ?? q.get("*")));
  return ranked[0] || "identity";
}

/**
 * Files whose name carries a hash of their content (`kezek_app.0123456789abcdef.js`,
 * written by scripts/build.sh) never change under that name: cached for a year.
 * Everything else is revalidated on every use (a 304 against its ETag).
 */
export function cacheControl(pathname) {
  return /\.[0-9a-f]{16}\.[a-z]+$/.test(pathname) ? "public, max-age=31536000, immutable" : "no-cache";
}

const etags = new Map();
/** Size and strong ETag (a hash of the bytes) of a file, memoised by mtime and size. */
function representation(file) {
  const st = fs.statSync(file);
  const key = `${st.mtimeMs}:${st.size}`;
  const hit = etags.get(file);
  if (hit && hit.key === key) return hit;
  const etag = `"${crypto.createHash("sha256").update(fs.readFileSync(file)).digest("base64url").slice(0, 27)}"`;
  const entry = { key, size: st.size, etag };
  etags.set(file, entry);
  return entry;
}

/** Whether an `If-None-Match` header names `etag` (weak comparison, RFC 9110 13.1.2). */
function ifNoneMatch(header, etag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

export function startServer({ dir = "dist", port = 8080, host = "127.0.0.1", frameAncestors = "'self'", frameSrc = "'self'", scriptSrc = "", quiet = true } = {}) {
  const root = path.resolve(dir);
  let policy = csp(frameAncestors, frameSrc, styleHashes(root));
  if (scriptSrc) policy = policy.replace("script-src 'self'", `script-src 'self' ${scriptSrc}`);
  const server = http.createServer((req, res) => {
    // The security headers of every answer, errors included.
    const secure = {
      "Content-Security-Policy": policy,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cross-Origin-Opener-Policy": "same-origin",
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400, { "Content-Type": "text/plain; charset=utf-8", ...secure }).end("bad request");
      return;
    }
    if (pathname.endsWith("/")) pathname += "index.html";
    const file = path.resolve(root, "." + pathname);
    if (file !== root && !file.startsWith(root + path.sep)) {
      res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8", ...secure }).end("forbidden");
      return;
    }
    fs.stat(file, (err, st) => {
      if (err || !st.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", ...secure });
        res.end("not found");
        if (!quiet) console.log(`404 ${pathname}`);
        return;
      }
      const ext = [".d.ts", ".schema.json"].find((e) => file.endsWith(e)) ?? path.extname(file);
      // A precompressed copy (scripts/compress.mjs) when the browser takes it.
      // A copy older than its file is stale (the file was changed after the
      // build) and is never sent.
      const fresh = (e) => {
        try {
          return fs.statSync(`${file}.${EXT[e]}`).mtimeMs >= st.mtimeMs;
        } catch {
          return false;
        }
      };
      const variants = fresh("br") || fresh("gzip");
      const encoding = variants ? negotiateEncoding(req.headers["accept-encoding"], fresh) : "identity";
      const body = encoding === "identity" ? file : `${file}.${EXT[encoding]}`;
      let sent;
      try {
        sent = representation(body);
      } catch {
        res.writeHead(500).end("read error");
        return;
      }
      const headers = {
        "Content-Type": MIME[ext] || "application/octet-stream",
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": cacheControl(pathname),
        "Cross-Origin-Opener-Policy": "same-origin",
        // A strong validator per representation: the compressed and the plain
        // bytes differ, so do their tags.
        ETag: sent.etag,
        ...(variants ? { Vary: "Accept-Encoding" } : {}),
        ...(encoding !== "identity" ? { "Content-Encoding": encoding } : {}),
        // The embedding script, the JS API module and the wire format's JSON
        // Schemas are public, static and carry no personal data: other
        // origins may load them.
        ...(/^\/(embed|pkg|schema)\//.test(pathname) ? { "Access-Control-Allow-Origin": "*" } : {}),
      };
      if (ifNoneMatch(req.headers["if-none-match"], sent.etag)) {
        delete headers["Content-Type"];
        res.writeHead(304, headers).end();
        return;
      }
      res.writeHead(200, { ...headers, "Content-Length": sent.size });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(body).pipe(res);
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const addr = server.address();
      resolve({ server, url: `http://${host}:${addr.port}` });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = args.indexOf(name);
    return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : dflt;
  };
  const { url } = await startServer({
    dir: opt("--dir", "dist"),
    port: Number(opt("--port", process.env.PORT || 8080)),
    host: opt("--host", "127.0.0.1"),
    frameAncestors: opt("--frame-ancestors", process.env.KEZEK_FRAME_ANCESTORS || "'self'"),
    frameSrc: opt("--frame-src", "'self'"),
    scriptSrc: opt("--script-src", ""),
    quiet: false,
  });
  console.log(`Kezek is served at ${url}/  (Ctrl-C to stop)`);
}
