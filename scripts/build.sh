#!/usr/bin/env bash
# Builds the site into dist/ and the embedders' JS module into pkg/.
#
#   dist/  index.html, boot.js, styles.css, web/ assets, kezek_app.js + kezek_app_bg.wasm
#   pkg/   wasm-pack output of crates/kezek-wasm (the JS API for embedding pages)
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

rm -rf "$DIST.tmp" && mkdir -p "$DIST.tmp"
say "wasm-bindgen --target web"
wasm-bindgen --target web --no-typescript --out-dir "$DIST.tmp" --out-name kezek_app \
    "${CARGO_TARGET_DIR:-$ROOT/target}/wasm32-unknown-unknown/wasm/kezek-app.wasm"
say "wasm-opt -Oz"
wasm-opt -Oz "$DIST.tmp/kezek_app_bg.wasm" -o "$DIST.tmp/kezek_app_bg.wasm"

cp index.html "$DIST.tmp/"
cp -R web/. "$DIST.tmp/"
# The service catalogue's messages are fetched on demand, not compiled in.
mkdir -p "$DIST.tmp/messages"
cp crates/kezek-rules/messages/catalogue.*.ftl "$DIST.tmp/messages/"

say "service worker: precache list and content version"
# The version is a hash of every file the worker precaches, so any change to
# the app makes browsers install the new worker (and show "reload to update").
(
    cd "$DIST.tmp"
    # The app shell only: the embedding examples and the bench page are not
    # part of it (and pkg/ is added after this step).
    list=$(find . -type f ! -name sw.js ! -path './bench/*' ! -path './embed/*' | sed 's|^\./||' | LC_ALL=C sort)
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
wasm-opt -Oz pkg/kezek_bg.wasm -o pkg/kezek_bg.wasm
# A trap restarts the module instead of leaving it dead (issue 18, item 4).
node scripts/guard-pkg.mjs pkg/kezek.js
# Embedding pages may load the module from the app's origin: /pkg/.
mkdir -p "$DIST/pkg"
cp pkg/kezek.js pkg/kezek_bg.wasm pkg/kezek.d.ts pkg/package.json "$DIST/pkg/"

say "sizes"
echo "  app (dist/):"
size_line "$DIST/kezek_app_bg.wasm"
size_line "$DIST/kezek_app.js"
echo "  JS API (pkg/):"
size_line pkg/kezek_bg.wasm
size_line pkg/kezek.js
