//! A listener on the window for as long as the component lives.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Calls `on` on every window event `name` (the `on` of the first render),
/// until the component leaves the page.
#[hook]
pub fn use_window_event<F>(name: &'static str, on: F)
where
    F: Fn() + 'static,
{
    use_effect_with((), move |_| {
        let cb = Closure::<dyn Fn()>::new(on);
        let w = web_sys::window();
        if let Some(w) = &w {
            let _ = w.add_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = w {
                let _ = w.remove_event_listener_with_callback(name, cb.as_ref().unchecked_ref());
            }
        }
    });
}
