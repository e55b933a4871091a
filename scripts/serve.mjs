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
import { fileURLToPath } from "node:url";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ftl": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".d.ts": "text/plain; charset=utf-8",
};

export function csp(frameAncestors = "'self'", frameSrc = "'self'") {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
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

export function startServer({ dir = "dist", port = 8080, host = "127.0.0.1", frameAncestors = "'self'", frameSrc = "'self'", scriptSrc = "", quiet = true } = {}) {
  const root = path.resolve(dir);
  let policy = csp(frameAncestors, frameSrc);
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
      const ext = file.endsWith(".d.ts") ? ".d.ts" : path.extname(file);
      res.writeHead(200, {
        "Content-Type": MIME[ext] || "application/octet-stream",
        "Content-Length": st.size,
        "Content-Security-Policy": policy,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cache-Control": pathname.endsWith("sw.js") || pathname.endsWith(".html") ? "no-cache" : "public, max-age=0, must-revalidate",
        "Cross-Origin-Opener-Policy": "same-origin",
        // The embedding script and the JS API module are public, static and
        // carry no personal data: other origins may load them.
        ...(/^\/(embed|pkg)\//.test(pathname) ? { "Access-Control-Allow-Origin": "*" } : {}),
      });
      if (req.method === "HEAD") return res.end();
      fs.createReadStream(file).pipe(res);
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
