//! The root component: the page frame, the language, the one reducer of the
//! wizard's state, hash routing, draft persistence and the current step.

use std::rc::Rc;

use chrono::NaiveDateTime;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::error_summary::{focus_pending, focus_summary, ErrorSummary};
use crate::components::lang_switch::LangSwitch;
use crate::components::progress::Progress;
use crate::i18n::{I18n, Lang};
use crate::platform::embedded;
use crate::route::{step_of_field, Screen, Step};
use crate::state::{Action, FieldError, Wizard};
use crate::steps::{self, Outcome, StepProps};
use crate::storage;

/// `?as_of=YYYY-MM-DDTHH:MM` from the page URL (a demo or a test fixes the
/// date with it); the app then shows a banner for as long as it is set.
pub fn as_of_from_url() -> Option<NaiveDateTime> {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|s| {
            s.trim_start_matches('?')
                .split('&')
                .find_map(|kv| kv.strip_prefix("as_of=").map(str::to_owned))
        })
        .and_then(|v| {
            let v = js_sys::decode_uri_component(&v).ok()?.as_string()?;
            kezek_rules::dates::parse_datetime(&v).ok()
        })
}

/// "Now" in Asia/Almaty (UTC+5, no daylight saving), or [`as_of_from_url`].
pub fn now_almaty() -> NaiveDateTime {
    as_of_from_url().unwrap_or_else(|| {
        let ms = js_sys::Date::now() as i64 + 5 * 3600 * 1000;
        chrono::DateTime::from_timestamp_millis(ms)
            .map(|d| d.naive_utc())
            .unwrap_or_default()
    })
}

fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn set_hash(step: Step) {
    set_screen_hash(Screen::Wizard(step));
}

fn set_screen_hash(screen: Screen) {
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_hash(&screen.hash());
    }
}

/// The screen the location hash names.
pub fn current_screen() -> Screen {
    Screen::from_hash(&current_hash(), embedded())
}

fn focus_heading() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("kz-step-title"))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// The remembered language, else the browser's first one Kezek speaks.
pub fn initial_lang() -> Lang {
    storage::load_lang().unwrap_or_else(|| {
        let langs = storage::browser_languages();
        Lang::pick(langs.iter().map(String::as_str))
    })
}

/// Shows language `l` once its messages are here (fetched on first use);
/// when they cannot be fetched, stays in the current one and says so.
fn show_lang(lang: &UseStateHandle<Lang>, failed: &UseStateHandle<bool>, l: Lang) {
    if crate::i18n::has_messages(l) {
        failed.set(false);
        lang.set(l);
        return;
    }
    let (lang, failed) = (lang.clone(), failed.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let ok = crate::i18n::load(l).await;
        failed.set(!ok);
        if ok {
            lang.set(l);
        }
    });
}

/// The whole application.
#[function_component(App)]
pub fn app() -> Html {
    let lang = use_state(initial_lang);
    let lang_failed = use_state(|| false);
    let screen = use_state(current_screen);
    // The catalogue's messages, fetched when a catalogue screen first shows.
    let catalogue_ftl = use_state(|| {
        let l = *lang;
        crate::i18n::fetched(&l.catalogue_url()).map(|t| (l, t))
    });
    let loaded = (*catalogue_ftl)
        .as_ref()
        .filter(|(l, _)| *l == *lang)
        .map(|(_, s)| s.clone());
    // Keyed on whether the catalogue is loaded, not on its text: the text is
    // fixed once fetched for a language, and comparing it on every render
    // would cost a 30 KB string comparison.
    let i18n = use_memo((*lang, loaded.is_some()), {
        let loaded = loaded.clone();
        move |(l, _)| I18n::with_catalogue(*l, loaded.as_deref())
    });
    let catalogue_failed = use_state(|| false);
    {
        let catalogue_ftl = catalogue_ftl.clone();
        let catalogue_failed = catalogue_failed.clone();
        let needed = !matches!(*screen, Screen::Wizard(_)) && loaded.is_none();
        use_effect_with((*lang, needed), move |(l, needed)| {
            if *needed {
                let l = *l;
                wasm_bindgen_futures::spawn_local(async move {
                    match crate::i18n::fetch_once(&l.catalogue_url()).await {
                        Some(text) => {
                            catalogue_failed.set(false);
                            catalogue_ftl.set(Some((l, text)));
                        }
                        None => catalogue_failed.set(true),
                    }
                });
            }
        });
    }
    let initial = use_memo((), |_| storage::load_draft());
    let wizard = use_reducer({
        let initial = initial.clone();
        move || Wizard {
            draft: initial.draft.clone(),
        }
    });
    let draft_notice = use_state(|| initial.notice.clone());
    // A newer Kezek's draft (or one no copy could be made of) is never overwritten.
    let keep_stored = use_state(|| initial.keep_stored);
    let as_of = use_memo((), |_| as_of_from_url());
    let step = match *screen {
        Screen::Wizard(s) => s,
        _ => Step::Service,
    };
    let show_errors = use_state(|| false);
    // Failed "Next" presses: each moves focus to the error summary.
    let attempts = use_state(|| 0u32);
    let now = use_memo((), |_| now_almaty());
    let problems: Rc<Vec<FieldError>> =
        use_memo((wizard.draft.clone(), *now), |(d, now)| d.problems(*now));

    // Routing: follow the location hash (browser Back/Forward, links).
    {
        let screen = screen.clone();
        let show_errors = show_errors.clone();
        use_effect_with((), move |_| {
            let cb = Closure::<dyn Fn()>::new(move || {
                screen.set(current_screen());
                show_errors.set(false);
            });
            let w = web_sys::window();
            if let Some(w) = &w {
                let _ =
                    w.add_event_listener_with_callback("hashchange", cb.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = w {
                    let _ = w.remove_event_listener_with_callback(
                        "hashchange",
                        cb.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    // On each step: remember it was reached, move focus to its heading, tell the page.
    {
        let dispatch = wizard.dispatcher();
        use_effect_with(*screen, move |s| {
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
    // Persist every change of the draft.
    {
        let draft_notice = draft_notice.clone();
        use_effect_with((wizard.draft.clone(), *keep_stored), move |(d, keep)| {
            // An untouched (or just erased) draft is not written: nothing to keep.
            if *keep || *d == crate::state::Draft::default() {
                return;
            }
            let not_saved = Some(storage::DraftNotice::NotSaved);
            match storage::save_draft(d) {
                // Tell the parent at once: a reload would lose every answer.
                false if *draft_notice != not_saved => draft_notice.set(not_saved),
                true if *draft_notice == not_saved => draft_notice.set(None),
                _ => {}
            }
        });
    }
    // The language: remembered, and on <html lang>.
    use_effect_with(*lang, |l| {
        storage::save_lang(*l);
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", l.code());
        }
    });
    // Newer working-day calendar data from the embedding page: at mount from the
    // kept configuration, later from each `configure` (counted, so the
    // evaluation below follows every change).
    let calendar = use_state(|| (0u32, Rc::new(embed_calendar_at_mount())));
    let calendar_changes = use_mut_ref(|| 0u32);
    // An embedding page may configure language, service and calendar (bridge.js →
    // `kezek:configure`), whenever it does: before the app mounts the bridge
    // holds the message until `kezek:app-mounted`.
    {
        let lang = lang.clone();
        let lang_failed = lang_failed.clone();
        let dispatch = wizard.dispatcher();
        let calendar = calendar.clone();
        use_effect_with((), move |_| {
            let apply = move |detail: wasm_bindgen::JsValue| {
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
                        let mut n = calendar_changes.borrow_mut();
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
                    show_lang(&lang, &lang_failed, l);
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
                            set_screen_hash(Screen::Service(e.code));
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

    let (calendar_version, calendar) = (calendar.0, calendar.1.clone());
    let outcome: Rc<Outcome> = use_memo((wizard.draft.clone(), *now, calendar_version), {
        let calendar = calendar.clone();
        move |(d, now, _)| {
            let cal = (*calendar)
                .as_ref()
                .unwrap_or(kezek_rules::calendar::Calendar::builtin());
            d.to_case(*now)
                .and_then(|c| kezek_rules::evaluate_with(&c, cal).map_err(Into::into))
        }
    });
    // Tell the embedding page the category once it is known.
    use_effect_with(outcome.clone(), |o| {
        if let Ok(e) = o.as_ref() {
            crate::platform::emit(
                "result",
                &serde_json::json!({ "category": e.category.category, "queues": e.queues.options.len(), "complete": e.checklist.complete }),
            );
        }
    });

    let i18n: I18n = (*i18n).clone();
    let on_lang = {
        let lang = lang.clone();
        let lang_failed = lang_failed.clone();
        Callback::from(move |l: Lang| show_lang(&lang, &lang_failed, l))
    };
    let on_erase = {
        let wizard = wizard.clone();
        let i18n = i18n.clone();
        let draft_notice = draft_notice.clone();
        let keep_stored = keep_stored.clone();
        Callback::from(move |_| {
            let ok = web_sys::window()
                .and_then(|w| w.confirm_with_message(&i18n.t("ui-erase-confirm")).ok())
                .unwrap_or(true);
            if ok {
                storage::erase_all();
                wizard.dispatch(Action::Erase);
                // The effect above writes the empty draft; remove it too.
                storage::erase_all();
                keep_stored.set(false);
                draft_notice.set(None);
                set_screen_hash(Screen::Start);
            }
        })
    };
    let current = step;
    // The problems "Next" stops on: those of this step and the earlier ones.
    let blocking: Vec<FieldError> = problems
        .iter()
        .filter(|e| {
            let s = step_of_field(&e.field);
            s <= current && s != Step::Handoff
        })
        .cloned()
        .collect();
    // A step already passed shows its problems at once (an answer changed
    // since); a new one only after "Next".
    let errors_shown = *show_errors || current < wizard.draft.reached;
    {
        use_effect_with(*attempts, |n| {
            if *n > 0 {
                focus_summary();
            }
        });
    }
    let on_next = {
        let show_errors = show_errors.clone();
        let attempts = attempts.clone();
        let blocked = !blocking.is_empty();
        let service = wizard.draft.service;
        Callback::from(move |_| {
            // Advance only when nothing on this or an earlier step is wrong.
            if blocked {
                show_errors.set(true);
                attempts.set(*attempts + 1);
            } else if let Some(n) = current.next_in(service) {
                show_errors.set(false);
                // After a "Change" link, "Next" goes back to the summary.
                if steps::handoff::returning() {
                    steps::handoff::set_returning(false);
                    set_hash(Step::Handoff);
                } else {
                    set_hash(n);
                }
            }
        })
    };
    let props = StepProps {
        i18n: i18n.clone(),
        draft: Rc::new(wizard.draft.clone()),
        dispatch: Callback::from({
            let wizard = wizard.clone();
            move |a| wizard.dispatch(a)
        }),
        now: *now,
        outcome: outcome.clone(),
        problems: problems.clone(),
        show_errors: errors_shown,
        embedded: embedded(),
    };
    let wizard_body = match current {
        Step::Service => html! { <steps::service::ServiceStep ..props /> },
        Step::Child => html! { <steps::child::ChildStep ..props /> },
        Step::Applicant => html! { <steps::applicant::ApplicantStep ..props /> },
        Step::Family => html! { <steps::family::FamilyStep ..props /> },
        Step::Result => html! { <steps::result::ResultStep ..props /> },
        Step::Documents => html! { <steps::documents::DocumentsStep ..props /> },
        Step::Queue if !Step::Queue.in_journey(wizard.draft.service) => html! {
            <div class="kz-notice" role="status" id="kz-not-in-journey">
                <p>{ i18n.t("ui-queue-not-for-admission") }</p>
                <p><a href={Step::Handoff.hash()}>{ i18n.t("ui-go-to-handoff") }</a></p>
            </div>
        },
        Step::Queue => html! { <steps::queue::QueueStep ..props /> },
        Step::Handoff => html! { <steps::handoff::HandoffStep ..props /> },
    };
    let screen_dispatch = Callback::from({
        let wizard = wizard.clone();
        move |a| wizard.dispatch(a)
    });
    let (screen_slug, screen_title, other_body) = match *screen {
        Screen::Service(code) => (
            "catalogue-service".to_owned(),
            i18n.t("ui-svc-title"),
            html! { <crate::services::service::ServiceScreen i18n={i18n.clone()}
            draft={Rc::new(wizard.draft.clone())} dispatch={screen_dispatch}
            now={*now} code={code} calendar={calendar.clone()} /> },
        ),
        _ => (
            "start".to_owned(),
            i18n.t("ui-start-title"),
            html! { <crate::services::start::StartScreen i18n={i18n.clone()} /> },
        ),
    };
    // The tab's title names the step (or screen), the service, in the page's language.
    let page_title = match *screen {
        Screen::Wizard(s) => format!(
            "{} {} · {} · Kezek",
            i18n.t_args(
                "ui-step-n",
                &[("n", s.number_in(wizard.draft.service).to_string())]
            ),
            i18n.t(&s.title_key()),
            wizard
                .draft
                .service
                .map(|sv| i18n.t(&format!("ui-service-{}", sv.code())))
                .unwrap_or_else(|| i18n.t("ui-need-kindergarten")),
        ),
        Screen::Service(code) => match kezek_rules::catalogue::entry(code) {
            Some(e) if i18n.catalogue => format!("{} · Kezek", i18n.t(&e.name_key())),
            _ => format!("{screen_title} · Kezek"),
        },
        Screen::Start => format!("{screen_title} · Kezek"),
    };
    use_effect_with(page_title, |t| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            d.set_title(t);
        }
    });
    html! {
        <main class="kz-app">
            <header class="kz-header">
                <div class="kz-brand">
                    <h1>{ "Kezek" }</h1>
                    <p class="kz-tagline">{ i18n.t("ui-tagline") }</p>
                </div>
                <LangSwitch i18n={i18n.clone()} onchange={on_lang} />
            </header>
            if *lang_failed {
                <p class="kz-notice kz-error" role="alert" id="kz-lang-failed">{ i18n.t("ui-lang-failed") }</p>
            }
            if let Some(at) = *as_of {
                <p class="kz-notice" role="status" id="kz-as-of">
                    { i18n.t_args("ui-as-of-banner", &[("date", at.format("%d.%m.%Y %H:%M").to_string())]) }
                </p>
            }
            if let Some(notice) = &*draft_notice {
                { draft_notice_html(&i18n, notice) }
            }
            if let Screen::Wizard(_) = *screen {
                <Progress i18n={i18n.clone()} current={current} reached={wizard.draft.reached.max(current)} service={wizard.draft.service} />
                <section class="kz-step" aria-labelledby="kz-step-title" data-step={current.slug()}>
                    if errors_shown {
                        <ErrorSummary i18n={i18n.clone()} current={current} problems={blocking.clone()} />
                    }
                    <h2 id="kz-step-title" tabindex="-1">
                        <span class="kz-step-number">{ i18n.t_args("ui-step-n", &[("n", current.number_in(wizard.draft.service).to_string())]) }</span>
                        { " " }{ i18n.t(&current.title_key()) }
                    </h2>
                    { wizard_body }
                    if current >= Step::Result {
                        // Every outcome says which edition of the rules it comes from.
                        <p class="kz-edition-note" id="kz-edition-note">{ i18n.t("ui-edition-note") }</p>
                    }
                    <nav class="kz-nav" aria-label={i18n.t("ui-step-navigation")}>
                        if let Some(prev) = current.prev_in(wizard.draft.service) {
                            <a class="kz-button kz-secondary" id="kz-back" href={prev.hash()}>{ i18n.t("ui-back") }</a>
                        } else if !embedded() {
                            <a class="kz-button kz-secondary" id="kz-to-start" href={Screen::Start.hash()}>{ i18n.t("ui-svc-back-to-start") }</a>
                        }
                        if current.next_in(wizard.draft.service).is_some() {
                            <button type="button" class="kz-button" id="kz-next" onclick={on_next}>{ i18n.t(if steps::handoff::returning() { "ui-back-to-summary" } else { "ui-next" }) }</button>
                        }
                    </nav>
                </section>
            } else {
                <section class="kz-step" aria-labelledby="kz-step-title" data-step={screen_slug}>
                    <h2 id="kz-step-title" tabindex="-1">{ screen_title }</h2>
                    if *catalogue_failed && !i18n.catalogue {
                        <div class="kz-notice kz-error" role="alert" id="svc-messages-failed">
                            <p>{ i18n.t("ui-svc-messages-failed") }</p>
                            <p><a href={Screen::Wizard(Step::Service).hash()}>{ i18n.t("ui-need-kindergarten") }</a></p>
                        </div>
                    } else {
                        { other_body }
                    }
                </section>
            }
            <footer class="kz-footer">
                <p>{ i18n.t("ui-privacy") }</p>
                <p class="kz-edition">{ i18n.t("ui-edition") }</p>
                <button type="button" class="kz-button kz-danger" id="kz-erase" onclick={on_erase}>{ i18n.t("ui-erase") }</button>
            </footer>
        </main>
    }
}

/// The notice about the stored answers: what was lost, what is kept, what a
/// reload would do.
fn draft_notice_html(i18n: &I18n, notice: &storage::DraftNotice) -> Html {
    use storage::DraftNotice as N;
    let (kind, text) = match notice {
        N::Partial(steps) => {
            let list = steps
                .iter()
                .map(|s| {
                    format!(
                        "«{} {}»",
                        i18n.t_args("ui-step-n", &[("n", s.number().to_string())]),
                        i18n.t(&s.title_key())
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            let text = if steps.is_empty() {
                i18n.t("ui-draft-partial-other")
            } else {
                i18n.t_args("ui-draft-partial", &[("steps", list)])
            };
            ("partial", text)
        }
        N::Unreadable => ("unreadable", i18n.t("ui-draft-unreadable")),
        N::Newer => ("newer", i18n.t("ui-draft-newer")),
        N::NotSaved => ("not-saved", i18n.t("ui-draft-not-saved")),
    };
    html! {
        <div class="kz-notice" role="alert" id="kz-draft-notice" data-notice={kind}>
            <p>{ text }</p>
        </div>
    }
}

/// The calendar of a `configure` detail (or of the kept configuration):
/// `Ok(None)` when there is none, the calendar when it is valid, its coded
/// error otherwise.
fn embed_calendar(
    detail: &wasm_bindgen::JsValue,
) -> Result<Option<kezek_rules::calendar::Calendar>, kezek_rules::calendar::CalendarError> {
    let v = js_sys::Reflect::get(detail, &"calendar".into()).unwrap_or_default();
    if !v.is_object() {
        return Ok(None);
    }
    let text = js_sys::JSON::stringify(&v)
        .ok()
        .and_then(|t| t.as_string())
        .unwrap_or_default();
    kezek_rules::calendar::Calendar::from_json(&text).map(Some)
}

/// A calendar an embedding page set in `window.kezekEmbedConfig` before the
/// app mounted, if valid (a bad one is answered by the bridge).
fn embed_calendar_at_mount() -> Option<kezek_rules::calendar::Calendar> {
    let cfg = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"kezekEmbedConfig".into()).ok())
        .filter(|v| v.is_object())?;
    embed_calendar(&cfg).ok().flatten()
}
