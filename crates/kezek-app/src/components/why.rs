//! "Why?": a line's reason expands to the plain-language reason of each
//! clause behind it (from the citation: [`kezek_rules::Citation::plain_keys`]),
//! then the clauses themselves («негіздеме»), and on request the text of the
//! clause in the original Kazakh (fetched once
//! from `law/order254.kk.json`, extracted from the source document by
//! `scripts/extract-law.py`, and precached for offline use).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use kezek_rules::{Act, Citation};
use wasm_bindgen::JsCast;
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

/// The part of a clause's text a citation uses: with a sub-clause, the
/// clause's opening words and that sub-clause only (a parent asking about
/// cl. 24 sub. 9 reads sub. 9, not all ten); otherwise the whole clause.
pub fn cited_text(text: &str, sub: Option<u16>) -> Vec<&str> {
    let paras: Vec<&str> = text.split('\n').collect();
    let Some(n) = sub else { return paras };
    let is_sub = |p: &&str| {
        let t = p.trim_start();
        t.split_once(')')
            .is_some_and(|(d, _)| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    };
    let marker = format!("{n})");
    let lead: Vec<&str> = paras.iter().copied().take_while(|p| !is_sub(p)).collect();
    let own: Vec<&str> = paras
        .iter()
        .copied()
        .skip_while(|p| !p.trim_start().starts_with(&marker))
        .enumerate()
        .take_while(|(i, p)| *i == 0 || !is_sub(p))
        .map(|(_, p)| p)
        .collect();
    if own.is_empty() {
        return paras;
    }
    lead.into_iter().chain(own).collect()
}

/// The citations in their order, each once: a line resting on the same
/// clause for two reasons lists that clause once.
pub fn distinct(citations: &[Citation]) -> Vec<&Citation> {
    let mut seen = std::collections::HashSet::new();
    citations.iter().filter(|c| seen.insert(c.key())).collect()
}

async fn load_law() -> Option<Rc<HashMap<String, String>>> {
    if let Some(l) = LAW.with(|l| l.borrow().clone()) {
        return Some(l);
    }
    let text = crate::platform::fetch_text("law/order254.kk.json").await?;
    // The browser's JSON reader, not serde_json: this component is also on
    // the first screen, whose small module then carries no JSON parser (issue 19).
    let object: js_sys::Object = js_sys::JSON::parse(&text).ok()?.dyn_into().ok()?;
    let map: HashMap<String, String> = js_sys::Object::entries(&object)
        .iter()
        .filter_map(|pair| {
            let pair = js_sys::Array::from(&pair);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect();
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
    // Each clause once, with the sub-clauses cited (none: the whole clause).
    let mut keys: Vec<(String, Option<u16>)> = p
        .citations
        .iter()
        .filter_map(|c| clause_key(c).map(|k| (k, c.sub)))
        .collect();
    keys.sort();
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
    // The plain reason of each citation first (its most specific message),
    // each said once.
    let mut plain: Vec<String> = Vec::new();
    for c in &p.citations {
        if let Some(k) = c.plain_keys().into_iter().find(|k| p.i18n.has(k)) {
            let text = p.i18n.t(&k);
            if !plain.contains(&text) {
                plain.push(text);
            }
        }
    }
    html! {
        <details class="kz-why">
            <summary>{ p.i18n.t("ui-why") }</summary>
            if !plain.is_empty() {
                <div class="kz-why-plain">
                    { for plain.into_iter().map(|t| html! { <p>{ t }</p> }) }
                </div>
            }
            <p class="kz-why-source">{ p.i18n.t("ui-why-source") }</p>
            <ul>
                { for distinct(&p.citations).into_iter().map(|c| html! {
                    <li data-cite={c.key()}>{ p.i18n.citation(c) }</li>
                }) }
            </ul>
            if !keys.is_empty() {
                if let Some(l) = &*law {
                    { for keys.iter().filter_map(|(k, sub)| l.get(k).map(|t| cited_text(t, *sub))).map(|paras| html! {
                        <blockquote class="kz-law" lang="kk">
                            { for paras.into_iter().map(|para| html! { <p>{ para.to_owned() }</p> }) }
                        </blockquote>
                    }) }
                } else {
                    <button type="button" class="kz-link" onclick={on_show}>{ p.i18n.t("ui-show-original") }</button>
                }
            }
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::{cited_text, distinct};
    use kezek_rules::Citation;

    #[test]
    fn a_clause_cited_twice_is_listed_once_in_its_first_place() {
        let twice = [
            Citation::sub(24, 9),
            Citation::clause(22),
            Citation::sub(24, 9),
            Citation::annex(2, 8, Some(3)),
            Citation::clause(22),
        ];
        let keys: Vec<String> = distinct(&twice).into_iter().map(|c| c.key()).collect();
        let want: Vec<String> = [&twice[0], &twice[1], &twice[3]]
            .iter()
            .map(|c| c.key())
            .collect();
        assert_eq!(keys, want);
    }

    const CL24: &str =
        "24. The system:\n1) registers;\n2) receives;\nmore of 2;\n9) archives at six;\n10) ends.";

    #[test]
    fn a_sub_clause_citation_shows_the_clause_lead_and_that_sub_clause_only() {
        assert_eq!(
            cited_text(CL24, Some(2)),
            ["24. The system:", "2) receives;", "more of 2;"]
        );
        assert_eq!(
            cited_text(CL24, Some(9)),
            ["24. The system:", "9) archives at six;"]
        );
        // Sub 1 is not the start of sub 10.
        assert_eq!(
            cited_text(CL24, Some(1)),
            ["24. The system:", "1) registers;"]
        );
    }

    #[test]
    fn a_clause_citation_or_an_unknown_sub_clause_shows_the_whole_clause() {
        assert_eq!(cited_text(CL24, None).len(), 6);
        assert_eq!(cited_text(CL24, Some(42)).len(), 6);
    }
}
