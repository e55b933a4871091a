//! The module's memory allocator in the browser: talc, not Rust's default
//! dlmalloc (issue 19: a smaller module; see size-budget.json's
//! `_comment_session45_jsapi` for the bytes and the speed measured). The
//! module runs on one thread (no `atomics` target feature), which talc's
//! single-threaded WebAssembly allocator requires; native builds (tests, the
//! CLI) keep the system allocator.

#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
