//! The first screen: "what do you need?" Services grouped by the parent's
//! life situation, the kindergarten wizard first; each catalogue service
//! links to its screen under a short plain name, its official name beneath.
//! Register services whose requirement lists Kezek does not have open as
//! cards with the register's fields only, and the creative
//! clubs as an information card. Services not for parents (the adoption
//! agency's accreditation) are not listed here; they stay in the catalogue,
//! the CLI and the JS API.

use kezek_rules::catalogue::{
    service_links, LifeSituation, RegisterCard, CREATIVE_CLUBS, REGISTER_CARDS,
};
use yew::prelude::*;

use super::term_text;
use crate::components::register_card::{register_card, short_key};
use crate::components::why::Why;
use crate::i18n::I18n;
use crate::route::{Screen, Step};
use crate::storage::Resume;

/// Props of [`StartScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct StartProps {
    /// Translator (with the catalogue's messages once loaded).
    pub i18n: I18n,
    /// A returning parent's stored answers: said, with where to go on.
    #[prop_or_default]
    pub resume: Option<Resume>,
}

/// The first screen.
#[function_component(StartScreen)]
pub fn start_screen(p: &StartProps) -> Html {
    let t = |k: &str| p.i18n.t(k);
    let resume = p
        .resume
        .map(|r| resume_line(&p.i18n, r))
        .unwrap_or_default();
    if !p.i18n.catalogue {
        return html! { <>{ resume }<p class="kz-lead" role="status">{ t("ui-loading") }</p></> };
    }
    let group = |life: LifeSituation| {
        // The links only, not the whole catalogue: this screen is also the
        // first screen's own small module (issue 19).
        let entries: Vec<_> = service_links()
            .iter()
            .filter(|e| e.life_situation == life)
            .collect();
        let cards: Vec<&RegisterCard> = REGISTER_CARDS
            .iter()
            .filter(|c| c.life_situation == life)
            .collect();
        html! {
            <section class="kz-card kz-life" data-life={life.key()}>
                <h3>{ t(&life.key()) }</h3>
                <ul class="kz-services">
                    { for entries.iter().map(|e| {
                        let term = e.first_term.map(|term| term_text(&p.i18n, term)).unwrap_or_default();
                        html! {
                            <li data-code={e.code}>
                                <a id={format!("svc-link-{}", e.code)} href={Screen::Service(e.code).hash()}>{ t(&short_key(e.code)) }</a>
                                <span class="kz-hint">{ " · " }{ term }</span>
                                <span class="kz-official">{ t(&e.name_key()) }</span>
                            </li>
                        }
                    }) }
                    { for cards.iter().map(|c| register_card(&p.i18n, c, false)) }
                    if life == LifeSituation::SchoolChild {
                        { creative_clubs(&p.i18n) }
                    }
                </ul>
            </section>
        }
    };
    html! {
        <>
            { resume }
            <p class="kz-lead">{ t("ui-start-lead") }</p>
            <section class="kz-card kz-life" data-life="kindergarten">
                <h3>{ t("ui-life-kindergarten") }</h3>
                <ul class="kz-services">
                    <li>
                        <a id="need-kindergarten" href={Screen::Wizard(Step::Service).hash()}>{ t("ui-need-kindergarten") }</a>
                        <span class="kz-official">{ t("ui-need-kindergarten-official") }</span>
                    </li>
                </ul>
            </section>
            { for LifeSituation::ALL.into_iter().filter(|l| *l != LifeSituation::NotForFamilies).map(group) }
        </>
    }
}

/// A returning parent's line: the answers are kept on this device, and a
/// link to the step where they stopped ("erase my data" stays in the
/// footer). Only the wizard has steps: answers to the family services'
/// questions alone are said kept, with no link.
fn resume_line(i18n: &I18n, r: Resume) -> Html {
    html! {
        <p class="kz-notice" id="kz-resume">
            { i18n.t("ui-resume-saved") }
            if let (Some(step), Some(n)) = (r.step, r.number()) {
                { " " }
                <a id="kz-resume-link" href={step.hash()}>
                    { i18n.t_args("ui-resume-link", &[("n", n.to_string()), ("title", i18n.t(&step.title_key()))]) }
                </a>
            }
        </p>
    }
}

/// The creative clubs (seed 000): an information card, not a service flow.
fn creative_clubs(i18n: &I18n) -> Html {
    let t = |k: &str| i18n.t(k);
    html! {
        <li data-code="creative-clubs" class="kz-register">
            <details id="info-creative-clubs">
                <summary>{ t("ui-short-creative-clubs") }</summary>
                <p class="kz-official">{ t("info-creative-clubs-name") }</p>
                <ul>
                    { for CREATIVE_CLUBS.iter().map(|l| html! {
                        <li data-info={l.key}>{ t(l.key) }</li>
                    }) }
                </ul>
                <Why i18n={i18n.clone()} citations={CREATIVE_CLUBS.iter().map(|l| l.citation).collect::<Vec<_>>()} />
            </details>
        </li>
    }
}
