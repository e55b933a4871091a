#!/usr/bin/env bash
# Builds the site into dist/ and the embedders' JS module into pkg/.
#
#   dist/  index.html (with the first screen prerendered into it), boot.js,
#          styles.css, web/ assets, kezek_app.<hash>.js + kezek_app_bg.<hash>.wasm,
#          messages/ui.<lang>.ftl (fetched per language), and a .br and .gz copy
#          beside every text and wasm file (scripts/compress.mjs)
#   pkg/   wasm-pack output of crates/kezek-wasm (the JS API for embedding pages)
#   pkg/schema/, dist/schema/  the JSON Schemas of the wire format (schema/)
#
# The app is built with the `wasm` cargo profile (opt-level z, lto, one codegen
# unit, panic abort), bound with wasm-bindgen, then shrunk with `wasm-opt -Oz`.
# wasm-opt detects the features the module uses; `--all-features` would emit
# compact imports that Chromium rejects ("Invalid import kind 126").
# Prints the wasm and JS sizes, raw and gzipped.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KZ_STEP=build
cd "$ROOT"

say "cargo build kezek-app (profile wasm, target wasm32) with toolchain '$WASM_TOOLCHAIN'"
wasm_cargo build --quiet --profile wasm --target wasm32-unknown-unknown -p kezek-app --bin kezek-app
# The first screen's own small module (crates/kezek-app/src/first.rs): on the
# page while the whole app loads (web/boot.js).
say "cargo build kezek-first (profile wasm, target wasm32)"
wasm_cargo build --quiet --profile wasm --target wasm32-unknown-unknown -p kezek-app --bin kezek-first
# The queue step's own module, run in its Web Worker (web/queue-worker.js):
# fetched only when the parent reaches step 7. Its own profile (Cargo.toml,
# `wasm-worker`: opt-level 3) makes the forecast fast; it is not on the first load.
say "cargo build kezek-queue-worker (profile wasm-worker, target wasm32)"
wasm_cargo build --quiet --profile wasm-worker --target wasm32-unknown-unknown -p kezek-queue-worker

rm -rf "$DIST.tmp" && mkdir -p "$DIST.tmp"
say "wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-dir "$DIST.tmp" --out-name kezek_app \
    "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm/kezek-app.wasm"
say "wasm-opt -Oz"
# Each module's memory is its own (exported, instantiated once, so it starts
# zeroed) and Rust leaves its first 1 KB unused: wasm-opt may assume both and
# fold more addresses. Measured on the app (issue 19): 398,750 -> 397,317 B brotli.
# `-ocimfs=100`: a function called from one place is inlined there only when it
# is at most 100 bytes (the JS API's step below says why): 397,317 -> 395,368.
wasm-opt -Oz -ocimfs=100 --zero-filled-memory --low-memory-unused "$DIST.tmp/kezek_app_bg.wasm" -o "$DIST.tmp/kezek_app_bg.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$DIST.tmp" --out-name kezek_first \
    "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm/kezek-first.wasm"
# The first screen's module is on the first load: wasm-opt also runs its
# passes until they stop shrinking it (--converge, ~7 s more). Measured
# (issue 19, brotli): 119,911 -> 119,249 B with the two assumptions above;
# 118,638 with -ocimfs=100.
wasm-opt -Oz -ocimfs=100 --converge --zero-filled-memory --low-memory-unused "$DIST.tmp/kezek_first_bg.wasm" -o "$DIST.tmp/kezek_first_bg.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$DIST.tmp" --out-name kezek_queue_worker \
    "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm-worker/kezek_queue_worker.wasm"
wasm-opt -Oz "$DIST.tmp/kezek_queue_worker_bg.wasm" -o "$DIST.tmp/kezek_queue_worker_bg.wasm"

# The JavaScript wasm-bindgen writes, without its comments and white space
# (esbuild, names kept: a stack trace still reads; Kazakh and Russian texts
# kept as UTF-8, not \uXXXX escapes: every .js is served as UTF-8 and module
# scripts are read as UTF-8). Measured (issue 19): kezek_first.js 6,029 ->
# ~5,100 B brotli; --charset=utf8: boot.js 1,482 -> 1,430 B brotli.
minify() { # FILE... -> each rewritten in place
    local f
    for f in "$@"; do
        esbuild "$f" --minify-whitespace --minify-syntax --charset=utf8 --format=esm --log-level=warning --outfile="$f.min"
        mv "$f.min" "$f"
    done
}
minify "$DIST.tmp/kezek_app.js" "$DIST.tmp/kezek_first.js" "$DIST.tmp/kezek_queue_worker.js"

# Content-hashed names: served as immutable (scripts/serve.mjs), so a returning
# parent without the service worker downloads them again only when they change.
hashed() { # FILE -> FILE renamed to name.<16 hex of sha256>.ext; prints the new base name
    local f="$1" h base ext
    h=$(sha256sum "$f" | cut -c1-16)
    base=$(basename "$f"); ext="${base##*.}"
    mv "$f" "$(dirname "$f")/${base%.*}.$h.$ext"
    echo "${base%.*}.$h.$ext"
}
app_wasm=$(hashed "$DIST.tmp/kezek_app_bg.wasm")
app_js=$(hashed "$DIST.tmp/kezek_app.js")
first_wasm=$(hashed "$DIST.tmp/kezek_first_bg.wasm")
first_js=$(hashed "$DIST.tmp/kezek_first.js")
worker_wasm=$(hashed "$DIST.tmp/kezek_queue_worker_bg.wasm")
worker_js=$(hashed "$DIST.tmp/kezek_queue_worker.js")

cp index.html "$DIST.tmp/"
cp -R web/. "$DIST.tmp/"
say "embedding: the services the bridge accepts, from the engine (kezek services --codes)"
node scripts/embed-services.mjs "$DIST.tmp/embed/services.js"
node -e '
  const fs = require("fs");
  const [dir, ...pairs] = process.argv.slice(1);
  const names = { "kezek_app.js": pairs[0], "kezek_app_bg.wasm": pairs[1], "kezek_first.js": pairs[2], "kezek_first_bg.wasm": pairs[3] };
  for (const f of ["index.html", "boot.js"]) {
    const p = `${dir}/${f}`;
    const src = fs.readFileSync(p, "utf8");
    let out = src;
    for (const [plain, hashed] of Object.entries(names)) out = out.replaceAll(plain, hashed);
    if (out === src) throw new Error(`${f} names none of the app module files`);
    fs.writeFileSync(p, out);
  }
' "$DIST.tmp" "$app_js" "$app_wasm" "$first_js" "$first_wasm"
node -e '
  const fs = require("fs");
  const [p, js, wasm] = process.argv.slice(1);
  const src = fs.readFileSync(p, "utf8");
  const out = src.replaceAll("kezek_queue_worker.js", js).replaceAll("kezek_queue_worker_bg.wasm", wasm);
  if (!out.includes(js) || !out.includes(wasm)) throw new Error("queue-worker.js names neither module file");
  fs.writeFileSync(p, out);
' "$DIST.tmp/queue-worker.js" "$worker_js" "$worker_wasm"
# Messages are fetched on demand, not compiled in: one file per language (the
# rules' and the app's), and the service catalogue's.
mkdir -p "$DIST.tmp/messages"
cp crates/kezek-rules/messages/catalogue.*.ftl "$DIST.tmp/messages/"
for lang in kk ru en; do
    cat "crates/kezek-rules/messages/$lang.ftl" <(echo) "crates/kezek-app/messages/$lang.ftl" > "$DIST.tmp/messages/ui.$lang.ftl"
done

say "prerender the first screen into index.html (headless Chromium)"
node scripts/prerender.mjs "$DIST.tmp"
say "inline the stylesheet into index.html (allowed by its CSP hash)"
node scripts/inline-styles.mjs "$DIST.tmp"

# The first load's own scripts as well (after the prerender wrote boot.js's
# texts): first-screen.js 2,809 -> ~1,430 and boot.js 2,497 -> ~1,480 B brotli.
# Their readable source is web/.
say "minify the first load's scripts (esbuild)"
minify "$DIST.tmp/first-screen.js" "$DIST.tmp/boot.js"

say "service worker: precache list and content version"
# The version is a hash of every file the worker precaches, so any change to
# the app makes browsers install the new worker (and show "reload to update").
(
    cd "$DIST.tmp"
    # The app shell only: the embedding examples and the bench page are not
    # part of it (and pkg/ is added after this step); the bridge's protocol
    # constants and service list (embed/protocol.js, embed/services.js) are.
    list=$( { find . -type f ! -name sw.js ! -path './bench/*' ! -path './embed/*'; echo ./embed/protocol.js; echo ./embed/services.js; } | sed 's|^\./||' | LC_ALL=C sort)
    version=$(printf '%s\n' $list | xargs sha256sum | sha256sum | cut -c1-16)
    json=$(printf '%s\n' "./" $list | node -e 'const l=require("fs").readFileSync(0,"utf8").trim().split("\n");process.stdout.write(JSON.stringify(l))')
    node -e '
      const fs = require("fs");
      const [file, version, json] = process.argv.slice(1);
      const src = fs.readFileSync(file, "utf8").replace("__KEZEK_VERSION__", version).replace("__KEZEK_PRECACHE__", json);
      fs.writeFileSync(file, src);
    ' sw.js "$version" "$json"
    echo "  version $version, $(printf '%s\n' $list | wc -l) files precached"
)
rm -rf "$DIST" && mv "$DIST.tmp" "$DIST"

say "wasm-pack build crates/kezek-wasm -> pkg/"
(cd crates/kezek-wasm && RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" wasm-pack --quiet build --target web --profile wasm \
    --out-dir "$ROOT/pkg" --out-name kezek >/dev/null)
# The JS API's memory is its own (exported, never imported; a restart after a
# trap instantiates it afresh, scripts/guard-pkg.mjs), so it starts zeroed, and
# Rust leaves the first 1 KB unused (the stack starts at 1 MB and grows down,
# the data lies above it): `--zero-filled-memory --low-memory-unused` let
# wasm-opt fold more addresses (issue 19: -1.3 KB gzip). `-ocimfs=100`: a
# function called from one place is inlined there only when it is at most 100
# bytes (wasm-opt's default inlines every such function, whatever its size).
# The module is ~1 % larger uncompressed but 14 KB smaller gzipped and 9 KB
# smaller in brotli (large bodies merged into their callers compressed worse;
# measured on pkg/kezek_bg.wasm, issue 19, session 45: -Oz 255,919 B gzip /
# 203,703 brotli, -ocimfs=100 241,768 / 194,385; at 20, 234,635 / 190,279 but
# one evaluate ~27 % slower in node, at 100 0 to +10 %; the forecast the same;
# size-budget.json's _comment_session45_jsapi).
wasm-opt -Oz -ocimfs=100 --zero-filled-memory --low-memory-unused pkg/kezek_bg.wasm -o pkg/kezek_bg.wasm
# A trap restarts the module instead of leaving it dead (issue 18, item 4).
node scripts/guard-pkg.mjs pkg/kezek.js
# The JSON Schemas of the wire format (schema/, written by `kezek schema`; a
# test keeps them equal to the code): beside the module for embedders (and in
# its package's files), and served at /schema/ (application/schema+json).
say "JSON Schemas -> pkg/schema/, dist/schema/"
mkdir -p pkg/schema "$DIST/schema"
cp schema/*.schema.json pkg/schema/
cp schema/*.schema.json "$DIST/schema/"
node scripts/pkg-files.mjs pkg/package.json schema/
# Embedding pages may load the module from the app's origin: /pkg/.
mkdir -p "$DIST/pkg"
cp pkg/kezek.js pkg/kezek_bg.wasm pkg/kezek.d.ts pkg/package.json "$DIST/pkg/"
# The answer builder the module imports (crates/kezek-wasm/src/answer.js).
cp -R pkg/snippets "$DIST/pkg/"

say "precompress (brotli + gzip) beside every text and wasm file"
node scripts/compress.mjs "$DIST"

say "sizes"
echo "  app (dist/):"
size_line "$DIST/$app_wasm"
size_line "$DIST/$app_js"
echo "  first screen's module (dist/, the first load):"
size_line "$DIST/$first_wasm"
size_line "$DIST/$first_js"
echo "  queue worker (dist/, fetched at step 7):"
size_line "$DIST/$worker_wasm"
size_line "$DIST/$worker_js"
echo "  JS API (pkg/):"
size_line pkg/kezek_bg.wasm
size_line pkg/kezek.js
