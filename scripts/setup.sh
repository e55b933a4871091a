#!/usr/bin/env bash
# Kezek set-up: makes this machine able to build, serve and test Kezek.
#
# Idempotent: every step first checks whether it is already satisfied and
# skips itself if so; a second run takes seconds. Each step prints one line.
#
# What it provides (see README "Prerequisites"):
#   - a Rust toolchain with the wasm32-unknown-unknown target. First choice:
#     `rustup target add` on the default toolchain. Where that cannot download
#     (these Debian machines), the recipe of ../shared/wasm-toolchain.md:
#     Debian's rustc-web 1.96 + rust-web-src + lld-22, std built once for
#     wasm32 into that toolchain's sysroot, `rust-lld` linked, and the
#     toolchain registered with rustup as `web`;
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock;
#   - wasm-pack; wasm-opt (npm `binaryen`), esbuild (npm) and playwright-core (npm) under
#     .tools/ in the project;
#   - Debian chromium + chromium-driver for the browser tests.
#
# It writes the chosen toolchain to .tools/env, which scripts/lib.sh sources.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="$ROOT/.tools"
mkdir -p "$TOOLS"
cd "$ROOT"

step() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
SUDO=""
if [ "$(id -u)" != 0 ] && have sudo; then SUDO="sudo"; fi

APT_UPDATED=0
apt_install() {
    # apt_install PKG... : installs the Debian packages that are missing.
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$APT_UPDATED" = 0 ]; then
        $SUDO apt-get update -qq
        APT_UPDATED=1
    fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ---------------------------------------------------------------- toolchain
WASM_TOOLCHAIN=""
wasm_target_works() {
    # True when toolchain $1 can compile a crate for wasm32 (std present).
    local tc="$1" sysroot
    sysroot="$(RUSTUP_TOOLCHAIN="$tc" rustc --print sysroot 2>/dev/null)" || return 1
    ls "$sysroot"/lib/rustlib/wasm32-unknown-unknown/lib/libstd-*.rlib >/dev/null 2>&1
}

setup_debian_toolchain() {
    step "apt: rustc-web cargo-web rust-web-src lld-22"
    apt_install rustc-web cargo-web rust-web-src lld-22
    if [ ! -e /usr/local/bin/rust-lld ]; then
        step "linking rust-lld -> lld-22"
        $SUDO ln -sf /usr/lib/llvm-22/bin/lld /usr/local/bin/rust-lld
    fi
    WASM_TOOLCHAIN="web"
    if ! rustup toolchain list | grep -q '^web'; then
        step "rustup toolchain link web /usr"
        rustup toolchain link web /usr
    fi
    # The marker says std was built with embedded bitcode: the release profile
    # uses LTO, which fails on a std without it ("Can't find section .llvmbc").
    local marker="/usr/lib/rustlib/wasm32-unknown-unknown/lib/.kezek-std-bitcode"
    if ! wasm_target_works web || [ ! -f "$marker" ]; then
        step "building std for wasm32 once, with bitcode for LTO (about 1-2 minutes)"
        local tmp dest f
        tmp="$(mktemp -d)"
        (
            cd "$tmp"
            cat > Cargo.toml <<'TOML'
[package]
name = "kezek_std_builder"
version = "0.0.0"
edition = "2021"
[workspace]
TOML
            mkdir src && echo 'pub fn f() {}' > src/lib.rs
            RUSTFLAGS="-Cembed-bitcode=yes" RUSTC=/usr/bin/rustc RUSTUP_TOOLCHAIN=web RUSTC_BOOTSTRAP=1 /usr/bin/cargo build -q --release --target wasm32-unknown-unknown \
                -Zbuild-std=std,panic_abort,panic_unwind,test,proc_macro
        )
        dest="/usr/lib/rustlib/wasm32-unknown-unknown/lib"
        $SUDO mkdir -p "$dest"
        for f in "$tmp"/target/wasm32-unknown-unknown/release/deps/lib*.rlib; do
            case "$(basename "$f")" in libkezek_std_builder*) continue ;; esac
            $SUDO cp "$f" "$dest/"
        done
        rm -rf "$tmp"
        $SUDO touch "$marker"
    fi
    wasm_target_works web || { echo "[setup] std for wasm32 is still missing" >&2; exit 1; }
}

default_toolchain() { rustup show active-toolchain 2>/dev/null | cut -d' ' -f1; }
FORCE="${KEZEK_WASM_TOOLCHAIN:-}"   # "debian" forces the rustc-web path
if [ -f "$TOOLS/env" ] && . "$TOOLS/env" && [ -n "${WASM_TOOLCHAIN:-}" ] \
    && { [ "$FORCE" != debian ] || [ "$WASM_TOOLCHAIN" = web ]; } \
    && wasm_target_works "$WASM_TOOLCHAIN" \
    && { [ "$WASM_TOOLCHAIN" != web ] || { have rust-lld && [ -f /usr/lib/rustlib/wasm32-unknown-unknown/lib/.kezek-std-bitcode ]; }; }; then
    step "wasm32 toolchain: '$WASM_TOOLCHAIN' already set up"
elif [ "$FORCE" = debian ]; then
    step "wasm32 toolchain: KEZEK_WASM_TOOLCHAIN=debian, using Debian rustc-web"
    setup_debian_toolchain
elif have rustup && wasm_target_works "$(default_toolchain)"; then
    WASM_TOOLCHAIN="$(default_toolchain)"
    step "wasm32 toolchain: default toolchain '$WASM_TOOLCHAIN' already has the target"
else
    step "wasm32 toolchain: trying 'rustup target add wasm32-unknown-unknown' (60 s limit)"
    if have rustup && timeout 60 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 \
        && wasm_target_works "$(default_toolchain)"; then
        WASM_TOOLCHAIN="$(default_toolchain)"
        step "wasm32 toolchain: rustup installed the target on '$WASM_TOOLCHAIN'"
    else
        step "wasm32 toolchain: rustup cannot download here; using Debian rustc-web (recipe in shared/wasm-toolchain.md)"
        setup_debian_toolchain
    fi
fi
echo "WASM_TOOLCHAIN=$WASM_TOOLCHAIN" > "$TOOLS/env"

# Native toolchain components used by the test command.
if have rustup; then
    for c in rustfmt clippy; do
        if ! rustup component list --installed 2>/dev/null | grep -q "^$c"; then
            step "rustup component add $c"
            timeout 120 rustup component add "$c" >/dev/null 2>&1 || step "could not add $c (will be reported by the test command)"
        fi
    done
fi

# ---------------------------------------------------------------- wasm-bindgen-cli
wb_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)"
if [ -z "$wb_version" ]; then echo "[setup] wasm-bindgen not found in Cargo.lock" >&2; exit 1; fi
if have wasm-bindgen && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$wb_version" ]; then
    step "wasm-bindgen-cli $wb_version: present"
else
    step "cargo install wasm-bindgen-cli $wb_version (about 3.5 minutes, once)"
    cargo install -q wasm-bindgen-cli --version "$wb_version" --force
fi

# ---------------------------------------------------------------- wasm-pack
if have wasm-pack; then
    step "wasm-pack: present ($(wasm-pack --version))"
else
    step "cargo install wasm-pack (about 2.5 minutes, once)"
    cargo install -q wasm-pack
fi

# ---------------------------------------------------------------- npm tools
if [ -x "$TOOLS/node_modules/.bin/wasm-opt" ]; then
    step "wasm-opt (npm binaryen): present"
else
    step "npm install binaryen@132 into .tools/ (wasm-opt)"
    [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
    (cd "$TOOLS" && npm install --silent --no-audit --no-fund binaryen@132 >/dev/null 2>&1)
fi
# esbuild (npm, a pinned version): strips the comments and white space of the
# JavaScript on the first load (scripts/build.sh; issue 19), names kept.
if [ -x "$TOOLS/node_modules/.bin/esbuild" ]; then
    step "esbuild (npm): present"
else
    step "npm install esbuild@0.25.12 into .tools/ (minifies the first load's JavaScript)"
    [ -f "$TOOLS/package.json" ] || echo '{"private":true}' > "$TOOLS/package.json"
    (cd "$TOOLS" && npm install --silent --no-audit --no-fund --save-exact esbuild@0.25.12 >/dev/null 2>&1) \
        || { echo "[setup] npm install esbuild failed" >&2; exit 1; }
fi
# Installed again whenever tests/package-lock.json changes (a stamp of its hash).
lock_sum=$(sha256sum "$ROOT/tests/package-lock.json" | cut -c1-64)
if [ "$(cat "$ROOT/tests/node_modules/.kezek-lock" 2>/dev/null)" = "$lock_sum" ]; then
    step "e2e dependencies (tests/node_modules): present"
else
    step "npm ci in tests/ (playwright-core, axe-core; it drives Debian's chromium, no browser download)"
    (cd "$ROOT/tests" && npm ci --silent --no-audit --no-fund >/dev/null 2>&1) \
        && echo "$lock_sum" > "$ROOT/tests/node_modules/.kezek-lock" \
        || { echo "[setup] npm ci in tests/ failed" >&2; exit 1; }
fi

# ---------------------------------------------------------------- browser
if have chromium && have chromedriver; then
    step "chromium + chromedriver: present ($(chromium --version 2>/dev/null | awk '{print $2}'))"
else
    step "apt: chromium chromium-driver"
    apt_install chromium chromium-driver
fi

# ---------------------------------------------------------------- python3
# scripts/catalogue-messages.py (the catalogue's messages, checked by ./dev test),
# extract-law.py and the bench's helpers.
if have python3; then
    step "python3: present ($(python3 --version 2>&1 | awk '{print $2}'))"
else
    step "apt: python3"
    apt_install python3
fi

step "done (wasm toolchain: $WASM_TOOLCHAIN)"
