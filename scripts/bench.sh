#!/usr/bin/env bash
# `./dev bench`: every performance number Kezek quotes, in one run, written to
# bench-report/ (git-ignored) as report.md + report.json with the machine and
# the date. Timings are never asserted here or in tests; only reported.
#
#   1. native criterion benchmarks of kezek-rules and kezek-queue
#   2. the peer: the cl. 20-21 category decision as a GoRules ZEN decision table
#      (benches/peer-zen, outside the workspace) vs kezek-rules on the same cases
#   3. in Chromium: wasm workloads (web/bench/); cold loads like a phone per
#      network profile (Slow 4G, Lighthouse mobile, Slow 3G; 4x CPU): first
#      contentful paint, interactive, compressed bytes by file and round trips
#      before interactive, a request waterfall; offline (service worker) reload
#   4. sizes: app and JS API module, raw, gzip and brotli, with the top functions
#   5. peak memory of the CLI parsing a 200,000-row snapshot
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KZ_STEP=bench
cd "$ROOT"
OUT="$ROOT/bench-report"
mkdir -p "$OUT"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"

say "1/5 native criterion benchmarks"
rm -rf "$TARGET_DIR/criterion"
# Only the criterion targets (the libraries' own test harness does not take
# criterion's options); warm-up and measurement times are set in each bench.
{ cargo bench --quiet -p kezek-rules --bench evaluate && cargo bench --quiet -p kezek-rules --bench catalogue \
    && cargo bench --quiet -p kezek-queue --bench queue; } 2>&1 \
    | tee "$OUT/criterion.log" | grep -E 'time:' || true
node -e '
  const fs = require("fs"), path = require("path");
  const root = process.argv[1], out = {};
  const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true })) {
    const p = path.join(d, e.name);
    if (e.isDirectory()) { if (e.name === "new" && fs.existsSync(path.join(p, "estimates.json"))) {
        const est = JSON.parse(fs.readFileSync(path.join(p, "estimates.json"), "utf8"));
        const bm = JSON.parse(fs.readFileSync(path.join(p, "benchmark.json"), "utf8"));
        out[bm.full_id] = { median_ns: est.median.point_estimate, mean_ns: est.mean.point_estimate,
          median_ci_ns: [est.median.confidence_interval.lower_bound, est.median.confidence_interval.upper_bound] };
      } else walk(p); } } };
  if (fs.existsSync(root)) walk(root);
  fs.writeFileSync(process.argv[2], JSON.stringify(out, null, 2));
' "$TARGET_DIR/criterion" "$OUT/criterion.json"

say "2/5 peer: GoRules ZEN decision table vs kezek-rules"
if [ -f benches/peer-zen/Cargo.toml ]; then
    (cd benches/peer-zen && cargo run --quiet --release -- 10000) > "$OUT/peer.json" 2> "$OUT/peer.log" || say "peer failed: see $OUT/peer.log"
else
    echo '{}' > "$OUT/peer.json"
fi

say "3/5 build the site, then measure in Chromium"
bash "$ROOT/scripts/build.sh" > "$OUT/build.log" 2>&1 || { say "build failed: see $OUT/build.log"; exit 1; }
# 9 cold runs per profile (Slow 3G: 3), 9 offline reloads: on this 2-core
# machine single loads spread by +-150 ms (Lighthouse FCP 630-1,100 ms across
# 24 loads of one build), so a median of 5 moved by ~100 ms between two runs
# of the same build; every run is listed in browser.json.
(cd tests && node bench/browser.mjs 9 "$OUT") > "$OUT/browser.json" 2> "$OUT/browser.log" || say "browser measurements failed: see $OUT/browser.log"

say "4/5 sizes"
{
    echo "{"
    first=1
    # The app's files carry a content hash in their names; the .br files are
    # what scripts/serve.mjs sends (scripts/compress.mjs writes them).
    for f in dist/kezek_app_bg.*.wasm dist/kezek_app.*.js dist/index.html dist/messages/ui.kk.ftl dist/messages/catalogue.kk.ftl pkg/kezek_bg.wasm pkg/kezek.js; do
        [ -f "$f" ] || continue
        [ $first = 1 ] || echo ","
        first=0
        br=$(node -e 'const z=require("zlib");process.stdout.write(String(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]),{params:{[z.constants.BROTLI_PARAM_QUALITY]:11}}).length))' "$f")
        printf '  "%s": {"raw": %d, "gzip": %d, "brotli": %d}' "$f" "$(wc -c < "$f")" "$(gzip -9 -c "$f" | wc -c)" "$br"
    done
    echo
    echo "}"
} > "$OUT/sizes.json"
# Top contributors: function sizes from the name section of the cargo output
# (before wasm-bindgen and wasm-opt strip it), by function and by crate.
for m in kezek-app kezek_wasm; do
    W="$TARGET_DIR/wasm32-unknown-unknown/wasm/$m.wasm"
    [ -f "$W" ] || continue
    # A failure is reported, not swallowed: the report says "wasm-top failed:
    # see bench-report/top-$m.err" in place of the table (scripts/bench-report.mjs).
    if ! python3 "$ROOT/scripts/wasm-top.py" "$W" > "$OUT/top-$m.json" 2> "$OUT/top-$m.err"; then
        printf '{"error": "wasm-top failed: see bench-report/top-%s.err"}\n' "$m" > "$OUT/top-$m.json"
        echo "[bench] wasm-top failed on $W: see $OUT/top-$m.err" >&2
    else
        rm -f "$OUT/top-$m.err"
    fi
done

say "5/5 peak memory of parsing a 200,000-row snapshot (CLI)"
cargo build --quiet --release -p kezek-cli 2>/dev/null
KEZEK="$TARGET_DIR/release/kezek"
if [ -x "$KEZEK" ]; then
    "$KEZEK" synth --seed 7 --size 200000 --csv > "$OUT/city-200k.csv"
    SNAP="$OUT/city-200k.csv"
    python3 - "$KEZEK" "$SNAP" > "$OUT/memory.json" <<'PY'
import json, resource, subprocess, sys, time
kezek, snap = sys.argv[1], sys.argv[2]
t = time.perf_counter()
r = subprocess.run([kezek, "position", snap, "--as-of", "2026-11-23T09:00", "--group", "general",
                    "--submitted", "2026-01-01T10:00", "--birth-year", "2022"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
elapsed = time.perf_counter() - t
print(json.dumps({"command": f"kezek position {snap.split('/')[-1]} --as-of ... (200,000 CSV rows, streamed)", "exit": r.returncode,
                  "peak_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "wall_s": round(elapsed, 3)}))
PY
    rm -f "$OUT"/city-200k.*
else
    echo '{}' > "$OUT/memory.json"
fi

say "6/6 short backtest of the wait forecast (kezek-sim; the long run is in the README)"
cargo build --quiet --release -p kezek-sim 2>/dev/null
if [ -x "$TARGET_DIR/release/kezek-backtest" ]; then
    "$TARGET_DIR/release/kezek-backtest" --max-arrivals 10000 --applicants 50 --paths 500 --out "$OUT" \
        > /dev/null 2> "$OUT/backtest.log" || say "backtest failed: see $OUT/backtest.log"
fi

node "$ROOT/scripts/bench-report.mjs" "$OUT"
say "report: $OUT/report.md and $OUT/report.json"
