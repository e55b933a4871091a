//! The screen the location hash names: followed on every `hashchange`
//! (browser Back/Forward, links, an embedding page's `configure`).

use yew::prelude::*;

use super::window_event::use_window_event;
use crate::route::{current_screen, Screen};

/// Shows `screen` by setting the location hash (the hook follows it).
pub fn show_screen(screen: Screen) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&screen.hash());
    }
}

/// The screen shown; `on_change` runs on every change of the hash, before
/// the new screen renders.
#[hook]
pub fn use_hash_screen(on_change: Callback<()>) -> Screen {
    let screen = use_state(current_screen);
    {
        let screen = screen.clone();
        use_window_event("hashchange", move || {
            screen.set(current_screen());
            on_change.emit(());
        });
    }
    {
        let screen = screen.clone();
        use_effect_with((), move |_| {
            // A hash set between the first render and now is followed too.
            if current_screen() != *screen {
                screen.set(current_screen());
            }
        });
    }
    *screen
}
