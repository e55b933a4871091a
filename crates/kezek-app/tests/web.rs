//! Component tests in headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen_test::*;
wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn app_renders_title_and_first_step() {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    yew::Renderer::<kezek_app::App>::with_root(root.clone()).render();
    gloo::timers::future::sleep(Duration::from_millis(50)).await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Kezek"), "rendered: {text}");
    assert!(text.contains("Step 1"), "rendered: {text}");
}
