//! Component tests in headless Chromium (wasm-bindgen-test): each step's
//! behaviour — rendering, validation on Next, values derived as typed, the
//! draft's persistence round-trip, the language switch.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn storage() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

/// Waits until `cond` holds, checking every 10 ms for up to 5 s; a condition
/// on the DOM, not a guess of how long rendering takes.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..500 {
        if cond() {
            return;
        }
        gloo::timers::future::sleep(Duration::from_millis(10)).await;
    }
    panic!("timed out waiting for {what}");
}

/// The text of `#id` under `root`, or empty while it is not rendered.
fn text_of(root: &web_sys::Element, id: &str) -> String {
    root.query_selector(&format!("#{id}"))
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// A mounted App: its root element (what the tests read) and its handle, so
/// that unmounting destroys the App instead of leaving it running with its
/// `localStorage` and `hashchange` listeners for the next test.
struct Mounted {
    root: web_sys::Element,
    handle: yew::AppHandle<kezek_app::App>,
}

impl std::ops::Deref for Mounted {
    type Target = web_sys::Element;
    fn deref(&self) -> &web_sys::Element {
        &self.root
    }
}

/// Mounts a fresh App at `hash`, in English, with an empty or given draft, and
/// waits until its step is rendered.
async fn mount(hash: &str, draft: Option<&str>) -> Mounted {
    let s = storage();
    s.clear().unwrap();
    s.set_item("kezek.lang", "en").unwrap();
    if let Some(d) = draft {
        s.set_item("kezek.draft", d).unwrap();
    }
    web_sys::window()
        .unwrap()
        .location()
        .set_hash(hash)
        .unwrap();
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<kezek_app::App>::with_root(root.clone()).render();
    let r = root.clone();
    until("the step to render", move || {
        r.query_selector(".kz-step").ok().flatten().is_some()
    })
    .await;
    Mounted { root, handle }
}

/// Destroys the App and removes its root.
fn unmount(m: Mounted) {
    m.handle.destroy();
    m.root.remove();
}

fn by_id<T: JsCast>(root: &web_sys::Element, id: &str) -> T {
    root.query_selector(&format!("#{id}"))
        .unwrap()
        .unwrap_or_else(|| panic!("#{id} not rendered"))
        .dyn_into::<T>()
        .unwrap()
}

fn type_into(root: &web_sys::Element, id: &str, value: &str) {
    let input: web_sys::HtmlInputElement = by_id(root, id);
    input.set_value(value);
    let ev = web_sys::InputEvent::new("input").unwrap();
    input.dispatch_event(&ev).unwrap();
}

fn click(root: &web_sys::Element, id: &str) {
    let el: web_sys::HtmlElement = by_id(root, id);
    el.click();
}

#[wasm_bindgen_test]
async fn step1_renders_title_and_both_services() {
    let root = mount("#/service", None).await;
    let text = root.text_content().unwrap_or_default();
    assert!(text.contains("Kezek"), "rendered: {text}");
    assert!(text.contains("Step 1"), "rendered: {text}");
    // Both services are offered (their codes are the choices' values) and no
    // internal code shows in the parent's text.
    for code in ["00403001", "00403002"] {
        let choice = format!("input[value=\"{code}\"]");
        assert!(root.query_selector(&choice).unwrap().is_some(), "{code}");
        assert!(!text.contains(code), "internal code {code} in: {text}");
    }
    unmount(root);
}

#[wasm_bindgen_test]
async fn step1_next_without_answers_shows_the_error_and_stays() {
    let root = mount("#/service", None).await;
    click(&root, "kz-next");
    // The field's own message, also listed in the error summary (issue 17).
    until("the service error", || {
        text_of(&root, "service-error").contains("Choose the service")
    })
    .await;
    assert!(text_of(&root, "kz-error-summary").contains("Choose the service"));
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/service"
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn step2_child_iin_derives_birth_date_and_sex_as_typed() {
    let root = mount("#/child", None).await;
    type_into(&root, "child-iin", "2305105");
    until("the digits count", || {
        text_of(&root, "kz-iin-live").contains("more digits")
    })
    .await;
    let live: web_sys::HtmlElement = by_id(&root, "kz-iin-live");
    assert!(live.text_content().unwrap().contains("5 more digits"));
    type_into(&root, "child-iin", "230510512343");
    until("the decoded IIN", || {
        text_of(&root, "kz-iin-live").contains("10.05.2023")
    })
    .await;
    let live: web_sys::HtmlElement = by_id(&root, "kz-iin-live");
    let t = live.text_content().unwrap();
    assert!(t.contains("10.05.2023") && t.contains("boy"), "{t}");
    type_into(&root, "child-iin", "230510512344");
    until("the checksum error", || {
        !text_of(&root, "kz-iin-live").contains("10.05.2023")
    })
    .await;
    let live: web_sys::HtmlElement = by_id(&root, "kz-iin-live");
    assert!(live.text_content().unwrap().contains("last digit"));
    unmount(root);
}

#[wasm_bindgen_test]
async fn step2_answers_persist_and_come_back_after_a_remount() {
    let root = mount("#/child", None).await;
    type_into(&root, "child-settlement", "Шымкент");
    until("the draft to be saved", || {
        storage()
            .get_item("kezek.draft")
            .ok()
            .flatten()
            .is_some_and(|d| d.contains("Шымкент"))
    })
    .await;
    let stored = storage().get_item("kezek.draft").unwrap().unwrap();
    assert!(stored.contains("Шымкент"), "{stored}");
    unmount(root);
    let root = mount("#/child", Some(&stored)).await;
    let input: web_sys::HtmlInputElement = by_id(&root, "child-settlement");
    assert_eq!(input.value(), "Шымкент");
    unmount(root);
}

#[wasm_bindgen_test]
async fn step5_shows_the_category_from_the_rules() {
    let draft = r#"{"version":2,"service":"00403001","channel":"egov_portal","child_iin":"230510512343",
        "settlement":"Астана","role":"parent","family":{"serviceman":true}}"#;
    let root = mount("#/result", Some(draft)).await;
    let cat: web_sys::HtmlElement = by_id(&root, "kz-category");
    assert_eq!(
        cat.get_attribute("data-category").as_deref(),
        Some("out_of_turn")
    );
    assert!(cat.text_content().unwrap().contains("Out of turn"));
    unmount(root);
}

#[wasm_bindgen_test]
async fn language_switch_translates_and_is_remembered() {
    let root = mount("#/service", None).await;
    click(&root, "kz-lang-kk");
    until("the Kazakh title", || {
        text_of(&root, "kz-step-title").contains("қызмет")
    })
    .await;
    let title: web_sys::HtmlElement = by_id(&root, "kz-step-title");
    assert!(title.text_content().unwrap().contains("қызмет"));
    // Remembered by an effect that runs after the render that showed the
    // title (Yew defers it): wait for it rather than read at once.
    until("the language to be remembered", || {
        storage().get_item("kezek.lang").unwrap().as_deref() == Some("kk")
    })
    .await;
    assert_eq!(
        document()
            .document_element()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("kk")
    );
    unmount(root);
}

#[wasm_bindgen_test]
async fn step8_without_consent_lists_what_is_missing() {
    let draft = r#"{"version":2,"service":"00403001","channel":"egov_portal","child_iin":"230510512343",
        "settlement":"Астана","role":"parent","applicant_iin":"900315410004"}"#;
    let root = mount("#/handoff", Some(draft)).await;
    let note: web_sys::HtmlElement = by_id(&root, "kz-not-ready");
    assert!(note.text_content().unwrap().contains("consent"));
    unmount(root);
}

#[wasm_bindgen_test]
async fn unmounting_destroys_the_app_so_no_test_leaks_a_running_one() {
    let m = mount("#/service", None).await;
    let root = m.root.clone();
    assert!(root.child_element_count() > 0);
    m.handle.destroy();
    // A destroyed App takes its DOM with it (Yew runs the destruction on its
    // scheduler, after this task); one that was only detached would still hold
    // (and update) its tree and its listeners, and this wait would time out.
    let r = root.clone();
    until("the destroyed App to remove its DOM", move || {
        r.child_element_count() == 0
    })
    .await;
    root.remove();
}
