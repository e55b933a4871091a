// Adds entries to the "files" of the JS API's package.json (wasm-pack lists
// only the module's own files), so a package made from pkg/ carries them too.
//
//   node scripts/pkg-files.mjs pkg/package.json schema/ …   (scripts/build.sh runs it)
import fs from "node:fs";

const [file, ...entries] = process.argv.slice(2);
if (!file || !entries.length) {
  console.error("usage: node scripts/pkg-files.mjs PACKAGE.json ENTRY…");
  process.exit(2);
}
const pkg = JSON.parse(fs.readFileSync(file, "utf8"));
pkg.files = [...new Set([...(pkg.files ?? []), ...entries])];
fs.writeFileSync(file, JSON.stringify(pkg, null, 2) + "\n");
