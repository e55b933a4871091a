//! Arriving on a screen: the wizard remembers the step was reached, focus
//! moves to the heading (unless the error summary takes it), and the page is
//! told (`kezek:step-changed`).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::error_summary::focus_pending;
use crate::route::Screen;
use crate::state::{Action, Wizard};

fn focus_heading() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("kz-step-title"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Runs on every change of `screen`.
#[hook]
pub fn use_screen_arrival(screen: Screen, dispatch: UseReducerDispatcher<Wizard>) {
    use_effect_with(screen, move |s| {
        let slug = match s {
            Screen::Wizard(step) => {
                dispatch.dispatch(Action::Reached(*step));
                step.slug().to_owned()
            }
            Screen::Start => "start".to_owned(),
            Screen::Service(code) => format!("svc/{code}"),
        };
        if !focus_pending() {
            focus_heading();
        }
        crate::platform::emit("step-changed", &serde_json::json!({ "step": slug }));
    });
}
