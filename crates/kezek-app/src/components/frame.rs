//! The page frame every screen shares: the header (name, tagline, language
//! switch) and the footer (privacy, edition, "erase my answers"). Used by the
//! whole app ([`crate::App`]) and by the first screen's own small module
//! ([`crate::first::FirstApp`]), so the page does not move when one replaces
//! the other.

use yew::prelude::*;

use crate::components::lang_switch::LangSwitch;
use crate::i18n::{I18n, Lang};
use crate::route::{Screen, Step};

/// Props of [`PageHeader`].
#[derive(Properties, PartialEq, Clone)]
pub struct PageHeaderProps {
    /// Translator (current language).
    pub i18n: I18n,
    /// Called with the language the parent chose.
    pub onlang: Callback<Lang>,
    /// The screen shown: it chooses the tagline.
    pub screen: Screen,
}

/// Kezek's name, its tagline and the language switch. The tagline is the
/// kindergarten queue's on the first screen and in the wizard, and the
/// family services' on a family service's screen (a parent's walkthrough:
/// the school-meals screen said "get your child into the kindergarten queue").
#[function_component(PageHeader)]
pub fn page_header(p: &PageHeaderProps) -> Html {
    let tagline = match p.screen {
        Screen::Service(_) => p.i18n.t("ui-tagline-services"),
        Screen::Start | Screen::Wizard(_) => p.i18n.t("ui-tagline"),
    };
    html! {
        <header class="kz-header">
            <div class="kz-brand">
                <h1>{ "Kezek" }</h1>
                <p class="kz-tagline">{ tagline }</p>
            </div>
            <LangSwitch i18n={p.i18n.clone()} onchange={p.onlang.clone()} />
        </header>
    }
}

/// Props of [`PageFooter`].
#[derive(Properties, PartialEq, Clone)]
pub struct PageFooterProps {
    /// Translator (current language).
    pub i18n: I18n,
    /// Erases every stored answer (after the parent confirmed).
    pub onerase: Callback<()>,
}

/// What Kezek keeps (nothing leaves the device), the edition of the rules,
/// and the button that erases the stored answers after asking.
#[function_component(PageFooter)]
pub fn page_footer(p: &PageFooterProps) -> Html {
    let onclick = {
        let (erase, question) = (p.onerase.clone(), p.i18n.t("ui-erase-confirm"));
        Callback::from(move |_| {
            let ok = web_sys::window()
                .and_then(|w| w.confirm_with_message(&question).ok())
                .unwrap_or(true);
            if ok {
                erase.emit(());
            }
        })
    };
    html! {
        <footer class="kz-footer">
            <p>{ p.i18n.t("ui-privacy") }</p>
            <p class="kz-edition">{ p.i18n.t("ui-edition") }</p>
            <button type="button" class="kz-button kz-danger" id="kz-erase" {onclick}>{ p.i18n.t("ui-erase") }</button>
        </footer>
    }
}

/// A screen outside the wizard (the first screen, a family service): its
/// heading, then its body — or, when the catalogue's messages could not be
/// fetched, what failed and the way to the kindergarten wizard, which needs
/// none of them.
pub fn screen_section(
    i18n: &I18n,
    slug: &str,
    title: String,
    catalogue_failed: bool,
    body: Html,
) -> Html {
    html! {
        <section class="kz-step" aria-labelledby="kz-step-title" data-step={slug.to_owned()}>
            <h2 id="kz-step-title" tabindex="-1">{ title }</h2>
            if catalogue_failed {
                <div class="kz-notice kz-error" role="alert" id="svc-messages-failed">
                    <p>{ i18n.t("ui-svc-messages-failed") }</p>
                    <p><a href={Screen::Wizard(Step::Service).hash()}>{ i18n.t("ui-need-kindergarten") }</a></p>
                </div>
            } else {
                { body }
            }
        </section>
    }
}
