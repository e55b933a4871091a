//! The root component: the page frame around the current screen. Each
//! concern — the language, the catalogue's messages, hash routing, the draft
//! and its storage, the error summary, the embedding page's configuration,
//! the evaluation, the title — is a hook of its own in [`crate::hooks`].

use std::rc::Rc;

use yew::prelude::*;

use crate::components::error_summary::ErrorSummary;
use crate::components::frame::{screen_section, PageFooter, PageHeader};
use crate::components::progress::Progress;
use crate::components::register_card::short_key;
use crate::draft::FieldError;
use crate::hooks::catalogue_messages::use_catalogue_messages;
use crate::hooks::draft::use_draft;
use crate::hooks::embed_config::use_embed_config;
use crate::hooks::hash_screen::{show_screen, use_hash_screen};
use crate::hooks::lang::use_lang;
use crate::hooks::outcome::use_outcome;
use crate::hooks::page_title::use_page_title;
use crate::hooks::screen_arrival::use_screen_arrival;
use crate::hooks::step_errors::use_step_errors;
use crate::i18n::I18n;
use crate::platform::{as_of_from_url, embedded, now_almaty};
use crate::route::{step_of_field, Screen, Step};
use crate::steps::{self, StepProps};
use crate::storage;

/// The whole application: composes the [`crate::hooks`] and renders the
/// page frame around the current screen.
#[function_component(App)]
pub fn app() -> Html {
    let lang = use_lang();
    // A new screen's errors wait for its own "Next".
    let errors = use_step_errors();
    let screen = use_hash_screen(errors.hide.clone());
    // The catalogue's messages, fetched when a catalogue screen first shows.
    let catalogue = use_catalogue_messages(lang.lang, !matches!(screen, Screen::Wizard(_)));
    // Keyed on whether the catalogue is loaded, not on its text: the text is
    // fixed once fetched for a language, and comparing it on every render
    // would cost a 30 KB string comparison.
    let i18n = use_memo((lang.lang, catalogue.text.is_some()), {
        let loaded = catalogue.text.clone();
        move |(l, _)| I18n::with_catalogue(*l, loaded.as_deref())
    });
    let draft = use_draft();
    let wizard = draft.wizard.clone();
    use_screen_arrival(screen, wizard.dispatcher());
    let as_of = use_memo((), |_| as_of_from_url());
    let now = use_memo((), |_| now_almaty());
    let problems: Rc<Vec<FieldError>> =
        use_memo((wizard.draft.clone(), *now), |(d, now)| d.problems(*now));
    let calendar = use_embed_config(
        (*i18n).clone(),
        lang.show_configured.clone(),
        wizard.dispatcher(),
    );
    let outcome = use_outcome(&wizard.draft, *now, calendar.clone());
    let calendar = calendar.1;
    let step = match screen {
        Screen::Wizard(s) => s,
        _ => Step::Service,
    };

    let i18n: I18n = (*i18n).clone();
    let on_erase = {
        let erase = draft.erase.clone();
        Callback::from(move |()| {
            erase.emit(());
            show_screen(Screen::Start);
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
    let errors_shown = errors.shown || current < wizard.draft.reached;
    let on_next = {
        let (refused, hide) = (errors.refused.clone(), errors.hide.clone());
        let blocked = !blocking.is_empty();
        let service = wizard.draft.service;
        Callback::from(move |_| {
            // Advance only when nothing on this or an earlier step is wrong.
            if blocked {
                refused.emit(());
            } else if let Some(n) = current.next_in(service) {
                hide.emit(());
                // After a "Change" link, "Next" goes back to the summary.
                if steps::handoff::returning() {
                    steps::handoff::set_returning(false);
                    show_screen(Screen::Wizard(Step::Handoff));
                } else {
                    show_screen(Screen::Wizard(n));
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
        calendar: crate::state::CalendarInUse(calendar.clone()),
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
    let (screen_slug, screen_title, other_body) = match screen {
        // The heading names the service, by the short plain name the first
        // screen links it with (the official name is in its card below).
        Screen::Service(code) => (
            "catalogue-service".to_owned(),
            i18n.t(&short_key(code)),
            html! { <crate::services::service::ServiceScreen i18n={i18n.clone()}
            draft={Rc::new(wizard.draft.clone())} dispatch={screen_dispatch}
            now={*now} code={code} calendar={crate::state::CalendarInUse(calendar.clone())} /> },
        ),
        _ => (
            "start".to_owned(),
            i18n.t("ui-start-title"),
            html! { <crate::services::start::StartScreen i18n={i18n.clone()}
            resume={storage::Resume::of_app(&wizard.draft, draft.notice.as_ref(), draft.keep_stored)} /> },
        ),
    };
    // The tab's title names the step (or screen), the service, in the page's language.
    let page_title = match screen {
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
    use_page_title(page_title);
    html! {
        <main class="kz-app">
            <PageHeader i18n={i18n.clone()} onlang={lang.show.clone()} {screen} />
            if lang.failed {
                <p class="kz-notice kz-error" role="alert" id="kz-lang-failed">{ i18n.t("ui-lang-failed") }</p>
            }
            if let Some(at) = *as_of {
                <p class="kz-notice" role="status" id="kz-as-of">
                    { i18n.t_args("ui-as-of-banner", &[("date", i18n.date_time(at))]) }
                </p>
            }
            if let Some(notice) = &draft.notice {
                { draft_notice_html(&i18n, notice, embedded()) }
            }
            if let Screen::Wizard(_) = screen {
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
                { screen_section(&i18n, &screen_slug, screen_title, catalogue.failed && !i18n.catalogue, other_body) }
            }
            <PageFooter i18n={i18n.clone()} onerase={on_erase} />
        </main>
    }
}

/// The message and the ARIA role of the notice that the answers are not
/// stored (`embedded`: the app is in a host page's frame). In a frame the
/// cause is nearly always the browser's blocking of a third-party page's
/// storage (Safari, a private window), from the first screen on and for every
/// parent: what it means for them is said briefly, as a status.
fn not_saved_notice(embedded: bool) -> (&'static str, &'static str) {
    if embedded {
        ("ui-draft-not-saved-embedded", "status")
    } else {
        ("ui-draft-not-saved", "alert")
    }
}

/// The notice about the stored answers: what was lost, what is kept, what a
/// reload would do.
fn draft_notice_html(i18n: &I18n, notice: &storage::DraftNotice, embedded: bool) -> Html {
    use storage::DraftNotice as N;
    let mut role = "alert";
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
        N::NotSaved => {
            let (key, r) = not_saved_notice(embedded);
            role = r;
            ("not-saved", i18n.t(key))
        }
    };
    html! {
        <div class="kz-notice" {role} id="kz-draft-notice" data-notice={kind}>
            <p>{ text }</p>
        </div>
    }
}

// The messages are read as the app reads them (bundled, or natively).
#[cfg(all(test, any(feature = "bundled-messages", not(target_arch = "wasm32"))))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// In a host page's frame, a browser that blocks third-party storage (Safari,
    /// a private window) refuses every parent's answers from the first screen:
    /// the notice says what it means for them (a reload or closing the page
    /// loses the answers), briefly, as a status read out politely, not an alert
    /// about the browser and its storage.
    #[test]
    fn not_saved_in_a_frame_is_a_short_calm_status_in_every_language() {
        assert_eq!(not_saved_notice(false), ("ui-draft-not-saved", "alert"));
        let (key, role) = not_saved_notice(true);
        assert_eq!(role, "status");
        // The browser and its storage, which the parent can do nothing about in a frame.
        for (lang, cause) in [
            (Lang::Kk, ["браузер", "қойма"]),
            (Lang::Ru, ["браузер", "хранилищ"]),
            (Lang::En, ["browser", "storage"]),
        ] {
            let i = I18n::new(lang);
            let (framed, alone) = (i.t(key), i.t("ui-draft-not-saved"));
            assert!(i.has(key), "{lang:?}: {key}");
            assert!(
                framed.chars().count() < alone.chars().count(),
                "{lang:?}: {framed}"
            );
            for word in cause {
                assert!(
                    alone.to_lowercase().contains(word),
                    "{lang:?}: {word} in {alone}"
                );
                assert!(!framed.to_lowercase().contains(word), "{lang:?}: {framed}");
            }
            assert!(!framed.contains("Kezek"), "{lang:?}: {framed}");
        }
    }
}
