//! The tab's title (`document.title`).

use yew::prelude::*;

/// Keeps `document.title` at `title`.
#[hook]
pub fn use_page_title(title: String) {
    use_effect_with(title, |t| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(t);
        }
    });
}
