//! What an embedding page configures — language, service, the applicant's
//! IIN and newer working-day calendar data — whenever it does (bridge.js →
//! `kezek:configure`; before the app mounts the bridge holds the message
//! until `kezek:app-mounted`), and the kept configuration at mount.

use std::rc::Rc;

use kezek_rules::calendar::{Calendar, CalendarError};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::hash_screen::show_screen;
use crate::i18n::Lang;
use crate::route::Screen;
use crate::state::{Action, Wizard};

/// Listens for `kezek:configure`: shows the language through `show_lang`,
/// sets the service (or opens a catalogue service's screen) and the
/// applicant's IIN through `dispatch`. Returns the embedding page's calendar
/// with its change count (so an evaluation follows every change).
#[hook]
pub fn use_embed_config(
    show_lang: Callback<Lang>,
    dispatch: UseReducerDispatcher<Wizard>,
) -> (u32, Rc<Option<Calendar>>) {
    let calendar = use_state(|| (0u32, Rc::new(calendar_at_mount())));
    let changes = use_mut_ref(|| 0u32);
    {
        let calendar = calendar.clone();
        use_effect_with((), move |_| {
            let apply = move |detail: JsValue| {
                // The calendar first: a bad one rejects the whole message (the
                // bridge answers the host with this error instead of `configured`).
                let new_calendar = match embed_calendar(&detail) {
                    Ok(c) => c,
                    Err(e) => {
                        let rejected = js_sys::Object::new();
                        let _ = js_sys::Reflect::set(&rejected, &"code".into(), &e.code().into());
                        let _ = js_sys::Reflect::set(
                            &rejected,
                            &"message".into(),
                            &e.to_string().into(),
                        );
                        let _ = js_sys::Reflect::set(&detail, &"kezekRejected".into(), &rejected);
                        return;
                    }
                };
                if let Some(c) = new_calendar {
                    let n = {
                        let mut n = changes.borrow_mut();
                        *n += 1;
                        *n
                    };
                    calendar.set((n, Rc::new(Some(c))));
                }
                let get = |k: &str| {
                    js_sys::Reflect::get(&detail, &k.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                if let Some(l) = get("lang").and_then(|c| Lang::from_code(&c)) {
                    show_lang.emit(l);
                }
                match get("service").as_deref() {
                    Some("00403001") => dispatch
                        .dispatch(Action::SetService(kezek_rules::Service::QueueRegistration)),
                    Some("00403002") => {
                        dispatch.dispatch(Action::SetService(kezek_rules::Service::Admission))
                    }
                    // A family-and-children service: open its screen.
                    Some(code) => {
                        if let Some(e) = kezek_rules::catalogue::entry(code) {
                            show_screen(Screen::Service(e.code));
                        }
                    }
                    None => {}
                }
                if let Some(iin) = get("applicantIin") {
                    dispatch.dispatch(Action::SetApplicantIin(iin));
                }
            };
            let w = web_sys::window();
            if let Some(cfg) = w
                .as_ref()
                .and_then(|w| js_sys::Reflect::get(w, &"kezekEmbedConfig".into()).ok())
                .filter(|v| v.is_object())
            {
                apply(cfg);
            }
            let cb =
                Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
                    apply(e.detail())
                });
            if let Some(w) = &w {
                let _ = w.add_event_listener_with_callback(
                    "kezek:configure",
                    cb.as_ref().unchecked_ref(),
                );
                // Now listening: the bridge may hand over what it holds.
                if let Ok(e) = web_sys::CustomEvent::new("kezek:app-mounted") {
                    let _ = w.dispatch_event(&e);
                }
            }
            move || {
                if let Some(w) = w {
                    let _ = w.remove_event_listener_with_callback(
                        "kezek:configure",
                        cb.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    (calendar.0, calendar.1.clone())
}

/// The calendar of a `configure` detail (or of the kept configuration):
/// `Ok(None)` when there is none, the calendar when it is valid, its coded
/// error otherwise.
fn embed_calendar(detail: &JsValue) -> Result<Option<Calendar>, CalendarError> {
    let v = js_sys::Reflect::get(detail, &"calendar".into()).unwrap_or_default();
    if !v.is_object() {
        return Ok(None);
    }
    let text = js_sys::JSON::stringify(&v)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    Calendar::from_json(&text).map(Some)
}

/// A calendar an embedding page set in `window.kezekEmbedConfig` before the
/// app mounted, if valid (a bad one is answered by the bridge).
fn calendar_at_mount() -> Option<Calendar> {
    let cfg = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"kezekEmbedConfig".into()).ok())
        .filter(|v| v.is_object())?;
    embed_calendar(&cfg).ok().flatten()
}
