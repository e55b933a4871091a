//! Starting a module on the page (`main.rs`, the whole app; `bin/first.rs`,
//! the first screen's small module): fetch the messages of the parent's
//! language while the static first screen of `index.html` shows, then take
//! its place.

use crate::i18n;
use crate::route::Screen;

/// Fetches the messages of the parent's language — and the catalogue's when
/// the screen shown needs them (not the wizard) — in the language chosen
/// last: the parent may pick another on the static screen while these load.
/// `false` when they could not be fetched (boot.js then shows the translated
/// "could not load" state on the static screen).
pub async fn messages_ready() -> bool {
    let mut lang = crate::platform::initial_lang();
    loop {
        let catalogue = async {
            // The screen may have changed by a tap since the page loaded.
            // (The first screen's module has one file for both: fetched once.)
            let one_file = lang.catalogue_url() == lang.messages_url();
            if !one_file && !matches!(crate::route::current_screen(), Screen::Wizard(_)) {
                i18n::fetch_once(&lang.catalogue_url()).await;
            }
        };
        let (ok, ()) = futures::future::join(i18n::load(lang), catalogue).await;
        // boot.js may run before the page is parsed (an async module): the
        // static screen, and a language chosen on it, are complete after this.
        document_parsed().await;
        let chosen = crate::platform::initial_lang();
        if !ok || chosen == lang {
            if !ok {
                dispatch("kezek:boot-failed");
            }
            return ok;
        }
        lang = chosen;
    }
}

/// Removes the static first screen and its "loading" status: the module
/// renders in their place next.
pub fn replace_static_screen() {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        for id in ["kz-static", "kz-boot"] {
            if let Some(el) = d.get_element_by_id(id) {
                el.remove();
            }
        }
    }
}

/// A performance mark (read by `./dev bench`).
pub fn mark(name: &str) {
    if let Some(p) = web_sys::window().and_then(|w| w.performance()) {
        let _ = p.mark(name);
    }
}

/// Dispatches the event `name` on the window (synchronously: its listeners
/// have run when this returns).
pub fn dispatch(name: &str) {
    if let (Some(w), Ok(e)) = (web_sys::window(), web_sys::Event::new(name)) {
        let _ = w.dispatch_event(&e);
    }
}

/// Waits until the page is parsed (`DOMContentLoaded`), if it is not yet.
pub async fn document_parsed() {
    let Some(d) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let loading = js_sys::Reflect::get(&d, &"readyState".into())
        .ok()
        .and_then(|s| s.as_string())
        .is_some_and(|s| s == "loading");
    if !loading {
        return;
    }
    let parsed = js_sys::Promise::new(&mut |resolve, _| {
        let _ = d.add_event_listener_with_callback("DOMContentLoaded", &resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(parsed).await;
}
