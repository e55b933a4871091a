// Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip -9) beside every
// text and wasm file under the given folders, so scripts/serve.mjs (or nginx's
// gzip_static/brotli_static, Caddy's `precompressed`) can send them as they are.
// A compressed copy that is not smaller than the original is not written.
// Node's built-in zlib only: no dependency.
//
//   node scripts/compress.mjs dist [more folders...]
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** The file types worth compressing (images in PNG are already compressed). */
export const COMPRESSIBLE = /\.(html|js|mjs|css|json|webmanifest|svg|ftl|csv|txt|wasm|d\.ts)$/;

function* files(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* files(p);
    else if (COMPRESSIBLE.test(e.name)) yield p;
  }
}

const totals = { files: 0, raw: 0, br: 0, gz: 0 };
for (const dir of process.argv.slice(2)) {
  for (const file of files(dir)) {
    const raw = fs.readFileSync(file);
    const br = zlib.brotliCompressSync(raw, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith(".wasm") ? zlib.constants.BROTLI_MODE_GENERIC : zlib.constants.BROTLI_MODE_TEXT,
      },
    });
    const gz = zlib.gzipSync(raw, { level: 9 });
    for (const [ext, data] of [[".br", br], [".gz", gz]]) {
      if (data.length < raw.length) fs.writeFileSync(file + ext, data);
      else fs.rmSync(file + ext, { force: true });
    }
    totals.files += 1;
    totals.raw += raw.length;
    totals.br += Math.min(br.length, raw.length);
    totals.gz += Math.min(gz.length, raw.length);
  }
}
console.log(`  ${totals.files} files: ${totals.raw} bytes raw, ${totals.gz} gzip, ${totals.br} brotli`);
