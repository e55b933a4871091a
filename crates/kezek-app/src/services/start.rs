//! The first screen: "what do you need?" Services grouped by the parent's
//! life situation, the kindergarten wizard first; each links to its screen.

use kezek_rules::catalogue::{catalogue, LifeSituation};
use yew::prelude::*;

use super::term_text;
use crate::i18n::I18n;
use crate::route::{Screen, Step};

/// Props of [`StartScreen`].
#[derive(Properties, PartialEq, Clone)]
pub struct StartProps {
    /// Translator (with the catalogue's messages once loaded).
    pub i18n: I18n,
}

/// The first screen.
#[function_component(StartScreen)]
pub fn start_screen(p: &StartProps) -> Html {
    let t = |k: &str| p.i18n.t(k);
    if !p.i18n.catalogue {
        return html! { <p class="kz-lead" role="status">{ t("ui-loading") }</p> };
    }
    let group = |life: LifeSituation| {
        let entries: Vec<_> = catalogue()
            .iter()
            .filter(|e| e.life_situation == life)
            .collect();
        let for_parents = life != LifeSituation::NotForFamilies;
        html! {
            <section class="kz-card kz-life" data-life={life.key()}>
                <h3>{ t(&life.key()) }</h3>
                <ul class="kz-services">
                    { for entries.iter().map(|e| {
                        let term = e.terms.first().map(|r| term_text(&p.i18n, r.term)).unwrap_or_default();
                        html! {
                            <li data-code={e.code}>
                                if for_parents {
                                    <a id={format!("svc-link-{}", e.code)} href={Screen::Service(e.code).hash()}>{ t(e.name_key) }</a>
                                    <span class="kz-hint">{ " · " }{ term }</span>
                                } else {
                                    <span>{ t(e.name_key) }</span>
                                    <p class="kz-hint">{ e.out_of_scope_key.map(t).unwrap_or_default() }</p>
                                }
                            </li>
                        }
                    }) }
                </ul>
            </section>
        }
    };
    html! {
        <>
            <p class="kz-lead">{ t("ui-start-lead") }</p>
            <section class="kz-card kz-life" data-life="kindergarten">
                <h3>{ t("ui-life-kindergarten") }</h3>
                <ul class="kz-services">
                    <li><a id="need-kindergarten" href={Screen::Wizard(Step::Service).hash()}>{ t("ui-need-kindergarten") }</a></li>
                </ul>
            </section>
            { for LifeSituation::ALL.into_iter().map(group) }
        </>
    }
}
