#!/usr/bin/env bash
# Fails when the built app (dist/: wasm + JS glue) or the JS API module (pkg/)
# grows past the gzip limits committed in size-budget.json. Never timings.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KZ_STEP=size
cd "$ROOT"
gz() { gzip -9 -c "$1" | wc -c; }
limit() { node -e "console.log(require('./size-budget.json')['$1'])"; }
# The app's files carry a content hash in their names (scripts/build.sh).
app_wasm=$(ls dist/kezek_app_bg.*.wasm)
app_js=$(ls dist/kezek_app.*.js)
app=$(( $(gz "$app_wasm") + $(gz "$app_js") ))
# The JS API: the wasm, its glue and the answer builder the glue imports (pkg/snippets/).
api=$(( $(gz pkg/kezek_bg.wasm) + $(gz pkg/kezek.js) ))
for f in pkg/snippets/*/src/*.js; do [ -f "$f" ] && api=$(( api + $(gz "$f") )); done
app_max=$(limit app_gzip_bytes_max)
api_max=$(limit js_api_gzip_bytes_max)
status=0
say "app (wasm + js): $app bytes gzip (limit $app_max)"
say "JS API module (pkg/): $api bytes gzip (limit $api_max)"
if [ "$app" -gt "$app_max" ]; then say "FAIL: the app grew past its size budget"; status=1; fi
if [ "$api" -gt "$api_max" ]; then say "FAIL: the JS API module grew past its size budget"; status=1; fi
# The queue step's module (fetched at step 7, not on the first load).
worker=$(( $(gz "$(ls dist/kezek_queue_worker_bg.*.wasm)") + $(gz "$(ls dist/kezek_queue_worker.*.js)") ))
worker_max=$(limit queue_worker_gzip_bytes_max)
say "queue worker's module (wasm + js): $worker bytes gzip (limit $worker_max)"
if [ "$worker" -gt "$worker_max" ]; then say "FAIL: the queue worker's module grew past its size budget"; status=1; fi
# What a parent's browser downloads before the first screen works, as served
# (brotli, the .br files scripts/compress.mjs writes): the page, its styles and
# scripts, the first screen's module (the whole app follows it, after the
# first screen works: web/boot.js), and the default language's messages of
# the first screen (messages/first.kk.ftl, written by scripts/prerender.mjs)
# (styles.css is inline in index.html; the embedding bridge, bridge.js and
# embed/*.js, is imported only in a frame; first-screen.<ru|en>.html only for
# a parent reading those languages).
br() { wc -c < "$1.br"; }
first=0
first_wasm=$(ls dist/kezek_first_bg.*.wasm)
first_js=$(ls dist/kezek_first.*.js)
for f in index.html first-screen.js boot.js "${first_js#dist/}" "${first_wasm#dist/}" messages/first.kk.ftl; do
    first=$(( first + $(br "dist/$f") ))
done
app_br=$(( $(br "$app_wasm") + $(br "$app_js") ))
first_max=$(limit first_load_brotli_bytes_max)
app_br_max=$(limit app_brotli_bytes_max)
say "app (wasm + js): $app_br bytes brotli (limit $app_br_max)"
say "first load (page, styles, scripts, first screen's module, kk messages): $first bytes brotli (limit $first_max)"
if [ "$app_br" -gt "$app_br_max" ]; then say "FAIL: the app grew past its compressed size budget"; status=1; fi
if [ "$first" -gt "$first_max" ]; then say "FAIL: the first load grew past its compressed size budget"; status=1; fi
exit $status
