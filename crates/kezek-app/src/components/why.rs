//! "Why?": a line's reason expands to the clauses behind it («негіздеме»), and
//! on request to the text of the clause in the original Kazakh (fetched once
//! from `law/order254.kk.json`, extracted from the source document by
//! `scripts/extract-law.py`, and precached for offline use).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use kezek_rules::{Act, Citation};
use yew::prelude::*;

use crate::i18n::I18n;

thread_local! {
    static LAW: RefCell<Option<Rc<HashMap<String, String>>>> = const { RefCell::new(None) };
}

/// The key of the clause text a citation points into, if it is a clause of order No. 254.
pub fn clause_key(c: &Citation) -> Option<String> {
    (c.act == Act::Order254 && c.annex.is_none())
        .then_some(c.clause)
        .flatten()
        .map(|n| format!("order254:cl{n}"))
}

async fn load_law() -> Option<Rc<HashMap<String, String>>> {
    if let Some(l) = LAW.with(|l| l.borrow().clone()) {
        return Some(l);
    }
    let text = crate::platform::fetch_text("law/order254.kk.json").await?;
    let map: HashMap<String, String> = serde_json::from_str(&text).ok()?;
    let rc = Rc::new(map);
    LAW.with(|l| *l.borrow_mut() = Some(rc.clone()));
    Some(rc)
}

/// Props of [`Why`].
#[derive(Properties, PartialEq, Clone)]
pub struct WhyProps {
    /// Translator.
    pub i18n: I18n,
    /// The citations.
    pub citations: Vec<Citation>,
}

/// A `<details>` listing the citations in words, each with its stable key, and
/// the clauses' original text on request.
#[function_component(Why)]
pub fn why(p: &WhyProps) -> Html {
    let law = use_state(|| None::<Rc<HashMap<String, String>>>);
    if p.citations.is_empty() {
        return html! {};
    }
    let mut keys: Vec<String> = p.citations.iter().filter_map(clause_key).collect();
    keys.dedup();
    let on_show = {
        let law = law.clone();
        Callback::from(move |_| {
            let law = law.clone();
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(l) = load_law().await {
                    law.set(Some(l));
                }
            });
        })
    };
    html! {
        <details class="kz-why">
            <summary>{ p.i18n.t("ui-why") }</summary>
            <ul>
                { for p.citations.iter().map(|c| html! {
                    <li data-cite={c.key()}>{ p.i18n.citation(c) }</li>
                }) }
            </ul>
            if !keys.is_empty() {
                if let Some(l) = &*law {
                    { for keys.iter().filter_map(|k| l.get(k)).map(|text| html! {
                        <blockquote class="kz-law" lang="kk">
                            { for text.split('\n').map(|para| html! { <p>{ para }</p> }) }
                        </blockquote>
                    }) }
                } else {
                    <button type="button" class="kz-link" onclick={on_show}>{ p.i18n.t("ui-show-original") }</button>
                }
            }
        </details>
    }
}
