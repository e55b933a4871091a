//! Entry point of the first screen's small module (`kezek-first`, see
//! [`kezek_app::first`]): replaces the static first screen with
//! [`kezek_app::first::FirstApp`] once the parent's messages are here, and
//! leaves the page when the whole app mounts (`kezek:app-mounting`).

use std::cell::RefCell;

use kezek_app::boot;
use kezek_app::first::FirstApp;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::AppHandle;

thread_local! {
    static MOUNTED: RefCell<Option<AppHandle<FirstApp>>> = const { RefCell::new(None) };
}

fn main() {
    kezek_app::i18n::first_screen_only();
    wasm_bindgen_futures::spawn_local(async {
        if !boot::messages_ready().await {
            return;
        }
        let Some(w) = web_sys::window() else { return };
        // The whole app came first (a fast network, the offline cache): it
        // has the page already.
        let static_screen = w.document().and_then(|d| d.get_element_by_id("kz-static"));
        if static_screen.is_none() {
            boot::dispatch("kezek:first-screen-done");
            return;
        }
        // The whole app is here: this screen leaves, the app renders the same
        // one (or the screen a tap chose) in its place.
        let leave = Closure::once_into_js(|| {
            if let Some(app) = MOUNTED.with(|m| m.borrow_mut().take()) {
                app.destroy();
            }
        });
        let _ = w.add_event_listener_with_callback("kezek:app-mounting", leave.unchecked_ref());
        boot::replace_static_screen();
        let app = yew::Renderer::<FirstApp>::new().render();
        MOUNTED.with(|m| *m.borrow_mut() = Some(app));
        boot::mark("kezek-app-ready");
        // boot.js now fetches the whole app.
        boot::dispatch("kezek:first-screen-done");
    });
}
