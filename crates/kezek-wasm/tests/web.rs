//! Runs the JS API inside headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn edition_is_reported_in_the_browser() {
    assert!(kezek_wasm::edition().contains("254"));
}
