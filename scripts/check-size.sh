#!/usr/bin/env bash
# Fails when the built app (dist/: wasm + JS glue) or the JS API module (pkg/)
# grows past the gzip limits committed in size-budget.json. Never timings.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KZ_STEP=size
cd "$ROOT"
gz() { gzip -9 -c "$1" | wc -c; }
limit() { node -e "console.log(require('./size-budget.json')['$1'])"; }
app=$(( $(gz dist/kezek_app_bg.wasm) + $(gz dist/kezek_app.js) ))
api=$(( $(gz pkg/kezek_bg.wasm) + $(gz pkg/kezek.js) ))
app_max=$(limit app_gzip_bytes_max)
api_max=$(limit js_api_gzip_bytes_max)
status=0
say "app (wasm + js): $app bytes gzip (limit $app_max)"
say "JS API module (pkg/): $api bytes gzip (limit $api_max)"
if [ "$app" -gt "$app_max" ]; then say "FAIL: the app grew past its size budget"; status=1; fi
if [ "$api" -gt "$api_max" ]; then say "FAIL: the JS API module grew past its size budget"; status=1; fi
exit $status
