// Puts styles.css into index.html as an inline <style> (issue 19: the first
// paint needs no second round trip for the stylesheet), and writes the CSP
// source that allows exactly that style, 'sha256-…', to csp-style-src.txt for
// operators; scripts/serve.mjs computes the same hash from index.html.
//   node scripts/inline-styles.mjs DIR
import fs from "node:fs";
import path from "node:path";
import { styleHashes } from "./serve.mjs";

const dir = process.argv[2];
const indexFile = path.join(dir, "index.html");
// Without its comments (the reasons beside the rules are for developers; on
// the first load they were ~1.1 KB brotli of index.html, issue 19): written
// back to DIR/styles.css too, so the file served and the inline copy are one
// text. styles.css has no string holding "/*" (checked), so a comment is any
// "/*…*/"; the blank lines they leave are dropped.
const source = fs.readFileSync(path.join(dir, "styles.css"), "utf8");
if (/["'][^"'\n]*\/\*/.test(source)) throw new Error("styles.css has a string holding /*: strip its comments another way");
const css = source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\n\s*\n+/g, "\n").trimStart();
fs.writeFileSync(path.join(dir, "styles.css"), css);
if (css.includes("</style")) throw new Error("styles.css contains </style");
const link = '<link rel="stylesheet" href="styles.css">';
const html = fs.readFileSync(indexFile, "utf8");
if (!html.includes(link)) throw new Error(`index.html has no ${link}`);
fs.writeFileSync(indexFile, html.replace(link, () => `<style>${css}</style>`));
const hashes = styleHashes(dir);
fs.writeFileSync(path.join(dir, "csp-style-src.txt"), `style-src 'self' ${hashes.join(" ")}\n`);
console.log(`  styles.css inlined into index.html (${Buffer.byteLength(css)} bytes), CSP ${hashes.join(" ")}`);
