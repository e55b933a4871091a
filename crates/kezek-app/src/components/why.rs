//! "Why?": a line's reason expands to the clauses behind it («негіздеме»).

use kezek_rules::Citation;
use yew::prelude::*;

use crate::i18n::I18n;

/// Props of [`Why`].
#[derive(Properties, PartialEq, Clone)]
pub struct WhyProps {
    /// Translator.
    pub i18n: I18n,
    /// The citations.
    pub citations: Vec<Citation>,
}

/// A `<details>` listing the citations in words, each with its stable key.
#[function_component(Why)]
pub fn why(p: &WhyProps) -> Html {
    if p.citations.is_empty() {
        return html! {};
    }
    html! {
        <details class="kz-why">
            <summary>{ p.i18n.t("ui-why") }</summary>
            <ul>
                { for p.citations.iter().map(|c| html! {
                    <li data-cite={c.key()}>{ p.i18n.citation(c) }</li>
                }) }
            </ul>
        </details>
    }
}
