//! Entry point of the browser app. Fetches the messages of the parent's
//! language (and the catalogue's, when the first screen lists it) while the
//! static first screen of `index.html` is showing, then mounts
//! [`kezek_app::App`] on `<body>` in its place: the app replaces that screen
//! once it can show the same one, so nothing jumps and a tap made meanwhile
//! (a link changes the location hash) is where the app starts.

use kezek_app::i18n;
use kezek_app::route::Screen;

fn main() {
    wasm_bindgen_futures::spawn_local(async {
        // The parent may pick another language on the static screen while
        // these load: start in the one chosen last.
        let mut lang = kezek_app::app::initial_lang();
        let ok = loop {
            let catalogue = async {
                // The screen may have changed by a tap since the page loaded.
                if !matches!(kezek_app::app::current_screen(), Screen::Wizard(_)) {
                    i18n::fetch_once(&lang.catalogue_url()).await;
                }
            };
            let (ok, ()) = futures::future::join(i18n::load(lang), catalogue).await;
            let chosen = kezek_app::app::initial_lang();
            if !ok || chosen == lang {
                break ok;
            }
            lang = chosen;
        };
        let window = web_sys::window();
        if !ok {
            // boot.js shows the translated "could not load" state.
            if let Some(w) = &window {
                if let Ok(e) = web_sys::Event::new("kezek:boot-failed") {
                    let _ = w.dispatch_event(&e);
                }
            }
            return;
        }
        if let Some(d) = window.as_ref().and_then(|w| w.document()) {
            for id in ["kz-static", "kz-boot"] {
                if let Some(el) = d.get_element_by_id(id) {
                    el.remove();
                }
            }
        }
        yew::Renderer::<kezek_app::App>::new().render();
        if let Some(p) = window.and_then(|w| w.performance()) {
            let _ = p.mark("kezek-app-ready");
        }
    });
}
