# Shared by scripts/*.sh: paths, the chosen wasm toolchain, and small helpers.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
DIST="$ROOT/dist"
export PATH="$HOME/.cargo/bin:$TOOLS/node_modules/.bin:$PATH"
WASM_TOOLCHAIN=""
# shellcheck disable=SC1091
[ -f "$TOOLS/env" ] && . "$TOOLS/env"
# Run cargo with the toolchain that has the wasm32 target (the default one
# when rustup could add the target, Debian's rustc-web linked as `web` otherwise).
wasm_cargo() { RUSTUP_TOOLCHAIN="$WASM_TOOLCHAIN" cargo "$@"; }
say() { printf '\033[1m[%s]\033[0m %s\n' "${KZ_STEP:-kezek}" "$*"; }
# size_line FILE: "name  raw bytes  gzip bytes"
size_line() {
    local raw gz
    raw=$(wc -c < "$1")
    gz=$(gzip -9 -c "$1" | wc -c)
    printf '  %-28s %9d bytes raw  %9d bytes gzip\n' "$(basename "$1")" "$raw" "$gz"
}
