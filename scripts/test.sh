#!/usr/bin/env bash
# Runs every test layer of Kezek and fails if any fails:
#   1. cargo fmt --check
#   2. cargo clippy --all-targets -- -D warnings; the catalogue's .ftl files match
#      scripts/catalogue-messages.py (no silent drift either way)
#   3. native cargo test --workspace (rules, queue, CLI, app logic)
#   4. wasm-bindgen-test in headless Debian Chromium (kezek-app, kezek-wasm)
#   5. build of the site (dist/, pkg/) and its size budget (size-budget.json)
#   6. end-to-end tests: node:test + playwright-core driving /usr/bin/chromium
# The last line is the summary "N passed, N failed" over all tests and checks.
set -uo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
KZ_STEP=test
cd "$ROOT"

PASSED=0
FAILED=0
FAILED_LAYERS=()
LOG_DIR="$(mktemp -d)"

# The free disk, said first: a run of a fresh clone writes about 4.6 GB of
# build output (target/, measured 05.12.2026; 11.7 GB before the test builds
# dropped most debug info, Cargo.toml [profile.dev]), and a full disk fails it
# in ways that look like build errors ("No space left on device" while
# linking: CI of 05.12.2026).
free_kb=$(df -Pk "$ROOT" | awk 'NR == 2 { print $4 }')
say "free disk at $ROOT: $((free_kb / 1024 / 1024)) GB"
if [ "${free_kb:-0}" -lt $((8 * 1024 * 1024)) ]; then
    say "warning: less than 8 GB free; the build may run out of disk (remove old target/ directories)"
fi

# count_cargo LOG: adds up cargo's "test result:" lines.
count_cargo() {
    local p f
    read -r p f < <(awk '/^test result:/ { for (i = 1; i <= NF; i++) { if ($i ~ /^passed;?$/) p += $(i-1); if ($i ~ /^failed;?$/) f += $(i-1) } } END { print p+0, f+0 }' "$1")
    PASSED=$((PASSED + p))
    FAILED=$((FAILED + f))
}

# layer NAME KIND CMD...: runs a layer, shows its output, counts its results.
# KIND is "check" (one pass/fail), "cargo" (count test results) or "node".
layer() {
    local name="$1" kind="$2"
    shift 2
    local log="$LOG_DIR/$name.log"
    say "$name: $*"
    "$@" 2>&1 | tee "$log"
    local rc=${PIPESTATUS[0]}
    case "$kind" in
        check) if [ "$rc" = 0 ]; then PASSED=$((PASSED + 1)); else FAILED=$((FAILED + 1)); fi ;;
        cargo) count_cargo "$log" ;;
        node)
            PASSED=$((PASSED + $(grep -E '^# pass ' "$log" | awk '{s+=$3} END {print s+0}')))
            FAILED=$((FAILED + $(grep -E '^# fail ' "$log" | awk '{s+=$3} END {print s+0}')))
            ;;
    esac
    if [ "$rc" != 0 ]; then
        FAILED_LAYERS+=("$name")
        # a layer that failed without reporting a failed test still counts as one failure
        if [ "$kind" != check ] && ! grep -qE '([1-9][0-9]* failed|^# fail [1-9])' "$log"; then
            FAILED=$((FAILED + 1))
        fi
    fi
    return 0
}

layer fmt check cargo fmt --all -- --check
layer clippy check cargo clippy --quiet --workspace --all-targets -- -D warnings
# The catalogue's .ftl files (which translators edit) against their source table.
layer catalogue-messages check python3 "$ROOT/scripts/catalogue-messages.py" --check
layer native-tests cargo cargo test --workspace

export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export WASM_BINDGEN_TEST_TIMEOUT=120
# The component tests mount the app without the built site: its messages are compiled in for them.
layer wasm-tests cargo wasm_cargo test --target wasm32-unknown-unknown -p kezek-app -p kezek-wasm --features kezek-app/bundled-messages

layer build check bash "$ROOT/scripts/build.sh"
if [ -f "$DIST/index.html" ]; then
    layer size-budget check bash "$ROOT/scripts/check-size.sh"
    layer e2e node bash -c "cd '$ROOT/tests' && node --test --test-concurrency=1 --test-reporter=tap e2e/"
else
    FAILED=$((FAILED + 1)); FAILED_LAYERS+=("e2e (no dist/)")
fi

rm -rf "$LOG_DIR"
echo
if [ ${#FAILED_LAYERS[@]} -gt 0 ]; then
    say "failed layers: ${FAILED_LAYERS[*]}"
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ] && [ ${#FAILED_LAYERS[@]} = 0 ]
