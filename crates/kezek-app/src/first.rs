//! The first screen's own small module (`kezek-first`, built from
//! `src/bin/first.rs`): what a parent opening Kezek sees and uses first —
//! "what do you need?", the language switch and "erase my answers" — without
//! the wizard, the family services' screens, the rules' evaluation or the
//! draft's reader. It replaces the static first screen of `index.html` as soon
//! as its few kilobytes are here; the whole app ([`crate::App`], `kezek-app`)
//! is fetched meanwhile and takes over from it (`boot.js`), rendering the
//! same frame, so the page does not move.
//!
//! A link tapped before the whole app is here changes the location hash; this
//! screen then says the chosen screen is loading, and the whole app starts on
//! it: the tap is not lost. If the whole app cannot be fetched
//! (`kezek:app-failed`), the screen says so and offers to reload.

use yew::prelude::*;

use crate::components::frame::{screen_section, PageFooter, PageHeader};
use crate::hooks::catalogue_messages::use_catalogue_messages;
use crate::hooks::hash_screen::{show_screen, use_hash_screen};
use crate::hooks::lang::use_lang;
use crate::hooks::page_title::use_page_title;
use crate::hooks::window_event::use_window_event;
use crate::i18n::I18n;
use crate::route::Screen;

/// The first screen, as the whole app shows it.
#[function_component(FirstApp)]
pub fn first_app() -> Html {
    let lang = use_lang();
    let screen = use_hash_screen(Callback::noop());
    let catalogue = use_catalogue_messages(lang.lang, true);
    let i18n = use_memo((lang.lang, catalogue.text.is_some()), {
        let loaded = catalogue.text.clone();
        move |(l, _)| I18n::with_catalogue(*l, loaded.as_deref())
    });
    let i18n: I18n = (*i18n).clone();
    let title = i18n.t("ui-start-title");
    use_page_title(format!("{title} · Kezek"));
    let app_failed = use_app_failed();
    // A returning parent: where they stopped, read from the stored draft's
    // text (no draft reader in this module).
    let resume = use_state(crate::storage::stored_resume);
    let on_erase = {
        let resume = resume.clone();
        Callback::from(move |()| {
            crate::storage::erase_all();
            resume.set(None);
            show_screen(Screen::Start);
        })
    };
    let body = if screen == Screen::Start {
        html! { <crate::services::start::StartScreen i18n={i18n.clone()} resume={*resume} /> }
    } else {
        // A link was tapped: the whole app, on its way, starts on that screen.
        html! { <p class="kz-lead" role="status" id="kz-next-loading">{ i18n.t("ui-loading") }</p> }
    };
    html! {
        <main class="kz-app">
            <PageHeader i18n={i18n.clone()} onlang={lang.show.clone()} {screen} />
            if lang.failed {
                <p class="kz-notice kz-error" role="alert" id="kz-lang-failed">{ i18n.t("ui-lang-failed") }</p>
            }
            if app_failed {
                <div class="kz-notice kz-error" role="alert" id="kz-app-failed">
                    <p>{ i18n.t("ui-boot-failed") }</p>
                    <button type="button" class="kz-button" onclick={Callback::from(|_| reload())}>{ i18n.t("ui-boot-reload") }</button>
                </div>
            }
            { screen_section(&i18n, "start", title, catalogue.failed && !i18n.catalogue, body) }
            <PageFooter i18n={i18n.clone()} onerase={on_erase} />
        </main>
    }
}

/// Whether the whole app could not be fetched (boot.js's `kezek:app-failed`).
#[hook]
fn use_app_failed() -> bool {
    let failed = use_state(|| false);
    {
        let failed = failed.clone();
        use_window_event("kezek:app-failed", move || failed.set(true));
    }
    *failed
}

fn reload() {
    if let Some(w) = web_sys::window() {
        let _ = w.location().reload();
    }
}
