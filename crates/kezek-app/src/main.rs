//! Entry point of the whole app (`kezek-app`). Fetches the messages of the
//! parent's language while the static first screen of `index.html` (or the
//! first screen's own small module, [`kezek_app::first`]) is showing, then
//! mounts [`kezek_app::App`] on `<body>` in its place: the app replaces that
//! screen once it can show the same one, so nothing jumps and a tap made
//! meanwhile (a link changes the location hash) is where the app starts.

use kezek_app::boot;

fn main() {
    // scripts/prerender.mjs: which messages the first screen shows.
    let search = web_sys::window().and_then(|w| w.location().search().ok());
    if search.is_some_and(|s| s.contains("record-messages")) {
        kezek_app::i18n::record_messages();
    }
    wasm_bindgen_futures::spawn_local(async {
        if !boot::messages_ready().await {
            return;
        }
        // The first screen's module, if it runs, leaves the page now.
        boot::dispatch("kezek:app-mounting");
        boot::replace_static_screen();
        yew::Renderer::<kezek_app::App>::new().render();
        boot::mark("kezek-app-ready");
        boot::mark("kezek-wizard-ready");
    });
}
