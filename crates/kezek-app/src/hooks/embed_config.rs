//! What an embedding page configures — language, service, the applicant's
//! IIN, newer working-day calendar data and the queue snapshot — whenever it
//! does (bridge.js → `kezek:configure`; before the app mounts the bridge holds
//! the message until `kezek:app-mounted`), and the kept configuration at mount.
//!
//! What only the engine can check is checked here, before anything of the
//! message is applied: the calendar (at once) and the snapshot (read by the
//! queue step's own code in its worker, [`QueueWorker::check`], so the
//! answer is the one step 7 would give) — an inline `snapshot`, or the text
//! of a `snapshotUrl` the bridge fetched. A refused message is answered with
//! the engine's error object, its message in the language shown; nothing of
//! it is applied and the bridge keeps the configuration it had.

use std::cell::RefCell;
use std::rc::Rc;

use kezek_rules::calendar::{Calendar, CalendarError};
use kezek_rules::wire::ErrorObject;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use super::hash_screen::show_screen;
use crate::i18n::{I18n, Lang};
use crate::queue_worker::{embed_snapshot_js, set, QueueWorker, EMBED_NAME};
use crate::route::Screen;
use crate::state::{Action, Wizard};

/// Listens for `kezek:configure`: shows the language through `show_lang`,
/// sets the service (or opens a catalogue service's screen) and the
/// applicant's IIN through `dispatch`. Returns the embedding page's calendar
/// with its change count (so an evaluation follows every change). `i18n` is
/// the language shown, in which a refused message is answered.
#[hook]
pub fn use_embed_config(
    i18n: I18n,
    show_lang: Callback<Lang>,
    dispatch: UseReducerDispatcher<Wizard>,
) -> (u32, Rc<Option<Calendar>>) {
    let calendar = use_state(|| (0u32, Rc::new(calendar_at_mount())));
    let changes = use_mut_ref(|| 0u32);
    let shown = use_mut_ref(|| i18n.clone());
    *shown.borrow_mut() = i18n;
    {
        let calendar = calendar.clone();
        use_effect_with((), move |_| {
            // What an accepted message sets.
            let accept = Rc::new(move |detail: &JsValue, new_calendar: Option<Calendar>| {
                if let Some(c) = new_calendar {
                    let n = {
                        let mut n = changes.borrow_mut();
                        *n += 1;
                        *n
                    };
                    calendar.set((n, Rc::new(Some(c))));
                }
                let get = |k: &str| {
                    js_sys::Reflect::get(detail, &k.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                if let Some(l) = get("lang").and_then(|c| Lang::from_code(&c)) {
                    show_lang.emit(l);
                }
                if let Some(code) = get("service") {
                    if let Some(s) = kezek_rules::Service::from_code(&code) {
                        dispatch.dispatch(Action::SetService(s));
                    } else if let Some(e) = kezek_rules::catalogue::entry(&code) {
                        // A family-and-children service: open its screen.
                        show_screen(Screen::Service(e.code));
                    }
                }
                if let Some(iin) = get("applicantIin") {
                    dispatch.dispatch(Action::SetApplicantIin(iin));
                }
            });
            // `checked`: the message is new (the kept configuration at mount
            // was accepted when it came).
            let apply = move |detail: JsValue, checked: bool| {
                // The calendar first: a bad one refuses the whole message (the
                // bridge answers the host with this error instead of `configured`).
                let new_calendar = match embed_calendar(&detail) {
                    Ok(c) => c,
                    Err(e) => {
                        let e = host_error(ErrorObject::from(e), "calendar");
                        let text = shown.borrow().t(&e.key());
                        set(&detail, "kezekRejected", &refusal(&e, text));
                        return;
                    }
                };
                // The applicant's IIN: the bridge checked its 12 digits, the
                // rules check the number (a new message only: the kept
                // configuration at mount was answered when it came).
                let iin = js_sys::Reflect::get(&detail, &"applicantIin".into())
                    .ok()
                    .and_then(|v| v.as_string());
                if let Some(e) = iin
                    .filter(|_| checked)
                    .and_then(|i| applicant_iin_refusal(&i))
                {
                    let text = shown.borrow().t(&e.key());
                    set(&detail, "kezekRejected", &refusal(&e, text));
                    return;
                }
                let snapshot = if checked {
                    embed_snapshot_js(&detail)
                        .map(|t| (t, "snapshot"))
                        .or_else(|| fetched_snapshot_text(&detail).map(|t| (t, "snapshotUrl")))
                } else {
                    None
                };
                let Some((text, argument)) = snapshot else {
                    accept(&detail, new_calendar);
                    return;
                };
                // The snapshot is read by the queue's engine in its worker: the
                // bridge waits for this promise of the refusal (or none) before
                // it answers, and answers the messages in the order they came.
                // (A Promise and spawn_local, both in the app already, rather
                // than future_to_promise: 2 KB less wasm.)
                let mut settle = None;
                let check = js_sys::Promise::new(&mut |resolve, _| settle = Some(resolve));
                set(&detail, "kezekChecked", &check);
                let (accept, shown, kept) = (accept.clone(), shown.clone(), detail.clone());
                let now = crate::platform::now_almaty();
                wasm_bindgen_futures::spawn_local(async move {
                    use futures::future::{select, Either};
                    let worker = QueueWorker::shared();
                    let checking = Box::pin(worker.check(EMBED_NAME, text, now));
                    let waited = gloo::timers::future::TimeoutFuture::new(CHECK_WAIT_MS);
                    let refused = match select(checking, waited).await {
                        Either::Left((Err(e), _)) if read_by_the_engine(&e, &shown) => {
                            snapshot_refusal(e, &shown, argument)
                        }
                        // Read, or not checked: the worker's module could not
                        // be fetched, it stopped, or it did not answer in
                        // time. Not checked, the snapshot is taken as it was
                        // before the check existed (step 7 reads it and says
                        // what is wrong), and the next message is answered.
                        _ => {
                            accept(&kept, new_calendar);
                            JsValue::UNDEFINED
                        }
                    };
                    if let Some(settle) = settle {
                        let _ = settle.call1(&JsValue::NULL, &refused);
                    }
                });
            };
            let w = web_sys::window();
            if let Some(cfg) = crate::platform::embed_config() {
                apply(cfg, false);
            }
            let cb =
                Closure::<dyn Fn(web_sys::CustomEvent)>::new(move |e: web_sys::CustomEvent| {
                    apply(e.detail(), true)
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

/// The error a refused message is answered with: the engine's error object
/// `{code, field, line?, message}` with `text`, its message in the language
/// shown, as the message.
fn refusal(e: &ErrorObject, text: String) -> JsValue {
    let o = js_sys::Object::new();
    set(&o, "code", &e.code.as_str().into());
    set(&o, "field", &e.field.as_str().into());
    if let Some(line) = e.line {
        set(&o, "line", &(line as f64).into());
    }
    set(&o, "message", &text.into());
    o.into()
}

/// How long a `configure` waits for the queue's worker to read its snapshot
/// before the snapshot is taken unchecked (a module still being fetched on a
/// slow network, a worker that never answers): the messages after it are
/// answered all the same.
const CHECK_WAIT_MS: u32 = 20_000;

/// Whether `e` is the engine's reading of the snapshot (a code with its
/// kk/ru/en text), not the worker failing to read it at all.
fn read_by_the_engine(e: &ErrorObject, shown: &RefCell<I18n>) -> bool {
    !e.code.starts_with("engine.") && shown.borrow().has(&e.key())
}

/// The refusal of a snapshot the queue's engine could not read: its error
/// object with the field named under `argument` (`snapshot`, or `snapshotUrl`
/// for the text fetched from it), as a calendar's are under `calendar`.
fn snapshot_refusal(e: ErrorObject, shown: &RefCell<I18n>, argument: &str) -> JsValue {
    let text = shown.borrow().t(&e.key());
    refusal(&host_error(e, argument), text)
}

/// The engine's error of what a `configure` gave under `argument`, as the
/// host is answered with it: a `snapshot` or a `calendar` given in the
/// message is an object, read from the text `JSON.stringify` wrote, which
/// the host never saw: no line, as the JS API's error of an object
/// ([`ErrorObject::of_an_object`]); the text fetched from a `snapshotUrl` is
/// the host's own file, its line named.
fn host_error(e: ErrorObject, argument: &str) -> ErrorObject {
    match argument {
        // Named under `calendar` already (the calendar's own error object).
        "calendar" => e.of_an_object(),
        "snapshotUrl" => e.under(argument),
        _ => e.under(argument).of_an_object(),
    }
}

/// The text bridge.js fetched from a `configure`'s `snapshotUrl`
/// (`kezekSnapshotText`), none when it has not (its body came too late: the
/// snapshot is taken unchecked).
fn fetched_snapshot_text(detail: &JsValue) -> Option<JsValue> {
    js_sys::Reflect::get(detail, &"kezekSnapshotText".into())
        .ok()
        .filter(JsValue::is_string)
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
    embed_calendar(&crate::platform::embed_config()?)
        .ok()
        .flatten()
}

/// The refusal of a `configure`'s `applicantIin` that is no IIN: the
/// bridge checks only that it is 12 digits; the rules' IIN check (the
/// century digit, the birth date, the check digit) is the app's.
fn applicant_iin_refusal(iin: &str) -> Option<ErrorObject> {
    let e = kezek_rules::iin::parse(iin).err()?;
    Some(ErrorObject::new(e.code(), "applicantIin", e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Probe of 05.12.2026: `configure {applicantIin: "000000000000"}` (or
    /// any 12 digits whose check digit is wrong) was answered `configured`
    /// and the number put in the applicant's IIN field, where the parent
    /// found it refused at step 2. The host is now told, as for a calendar
    /// the engine refuses: the rules' IIN code at `applicantIin`, nothing
    /// applied.
    #[test]
    fn embed_applicant_iin_that_is_no_iin_is_refused_with_the_rules_code() {
        for (iin, code) in [
            ("000000000000", "iin.bad_century"),
            ("900315410005", "iin.bad_checksum"),
            ("901315410004", "iin.bad_date"),
        ] {
            let e = applicant_iin_refusal(iin)
                .unwrap_or_else(|| panic!("{iin} was taken as an applicant's IIN"));
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                (code, "applicantIin"),
                "{iin}"
            );
        }
        assert_eq!(applicant_iin_refusal("900315410004"), None);
    }

    /// One error object for the host (probe46): a `snapshot` or a
    /// `calendar` given in the message is an object the host never saw as
    /// text (the app reads the text `JSON.stringify` writes from it), so its
    /// error carries no line, as the JS API's error of an object carries
    /// none; the text fetched from a `snapshotUrl` is the host's own file,
    /// whose line its error names. An inline snapshot's refusal said
    /// `line: 1`, of a text nobody wrote.
    #[test]
    fn an_inline_snapshots_or_calendars_refusal_has_no_line_a_fetched_ones_has() {
        let text = "{\n\"schema\": 3}";
        let read = || kezek_queue::parse_json(text).unwrap_err();
        assert_eq!(read().line, Some(2));
        let inline = host_error(read(), "snapshot");
        assert_eq!(
            (inline.field.as_str(), inline.line),
            ("snapshot.schema", None)
        );
        let fetched = host_error(read(), "snapshotUrl");
        assert_eq!(
            (fetched.field.as_str(), fetched.line),
            ("snapshotUrl.schema", Some(2))
        );
        let calendar = Calendar::from_json("{\n\"format\": 1}").unwrap_err();
        let e = host_error(ErrorObject::from(calendar), "calendar");
        assert_eq!((e.field.as_str(), e.line), ("calendar.format", None));
    }
}
