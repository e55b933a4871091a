//! The catalogue as a door shows it: one row per service with its names in
//! Kazakh, Russian and English, provider, channels, terms and the questions
//! it asks — what `kezek
//! services --json` prints, what the JS API's `services()` returns, and what
//! the build turns into the embedding bridge's list of accepted services.

use serde::Serialize;

use super::{
    catalogue, register_only_channels, register_only_forms, CatalogueEntry, LifeSituation,
    RegisterOnlyChannel, RegisterOnlyForm, ServiceChannel, Term, Variant,
};
use crate::citation::Citation;

/// A text in the three languages of the app.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Names {
    /// Kazakh.
    pub kk: String,
    /// Russian.
    pub ru: String,
    /// English.
    pub en: String,
}

/// One term of a service (row 3): `n` `unit`s, for a sub-type or the service.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ListedTerm {
    /// The sub-type it applies to, `None` = the service.
    pub variant: Option<Variant>,
    /// `working_days`, `calendar_days` or `minutes`.
    pub unit: &'static str,
    /// How many.
    pub n: u16,
    /// Row 3 of the annex.
    pub citation: Citation,
}

/// One service of the catalogue, as listed.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceListing {
    /// Register code (seed 002), e.g. `"00403008"`.
    pub code: &'static str,
    /// The annex of order No. 414 holding its requirement list.
    pub annex: u8,
    /// The row of the register of public services.
    pub register_row: u16,
    /// Names in kk/ru/en.
    pub name: Names,
    /// The provider, in English (row 1).
    pub provider: String,
    /// The provider, in Kazakh (row 1).
    pub provider_kk: String,
    /// Row 2: channels.
    pub channels: &'static [ServiceChannel],
    /// Ways the register (seed 002) lists and row 2 does not: not in
    /// `channels`, each with its reading note and both citations. Absent =
    /// none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub register_only_channels: Vec<RegisterOnlyChannel>,
    /// Forms of provision the register lists and row 4 does not (free
    /// school meals: «проактивті»), each with its reading note and both
    /// citations. Absent = none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub register_only_forms: Vec<RegisterOnlyForm>,
    /// Row 3: terms.
    pub term: Vec<ListedTerm>,
    /// Row 6: free of charge.
    pub free: bool,
    /// The life situation of the app's first screen.
    pub life_situation: LifeSituation,
    /// Whether a parent may apply (some services are for legal entities only).
    pub for_parents: bool,
    /// The facts the service asks, as a request's `facts` names them (yes/no
    /// answers, `child_birth_date`, `other_children_birth_dates`), in the
    /// order the app asks them ([`super::questions`]): of the facts a request
    /// gives, its prepared application keeps these.
    pub questions: Vec<&'static str>,
}

/// The text of message `key` in the catalogue's `lang` messages (the key
/// itself if it is missing, which the message-coverage tests forbid).
fn text(lang: &str, key: &str) -> String {
    crate::messages::catalogue_ftl(lang)
        .and_then(|src| crate::messages::message_value(src, key))
        .unwrap_or(key)
        .to_owned()
}

fn listed(e: &CatalogueEntry, text: &dyn Fn(&str, &str) -> String) -> ServiceListing {
    ServiceListing {
        code: e.code,
        annex: e.annex,
        register_row: e.register_row,
        name: Names {
            kk: text("kk", &e.name_key()),
            ru: text("ru", &e.name_key()),
            en: text("en", &e.name_key()),
        },
        provider: text("en", e.provider_key),
        provider_kk: text("kk", e.provider_key),
        channels: e.channels,
        register_only_channels: register_only_channels(e.code).copied().collect(),
        register_only_forms: register_only_forms(e.code).copied().collect(),
        term: e
            .terms
            .iter()
            .map(|t| {
                let (unit, n) = match t.term {
                    Term::WorkingDays(n) => ("working_days", n),
                    Term::CalendarDays(n) => ("calendar_days", n),
                    Term::Minutes(n) => ("minutes", n),
                };
                ListedTerm {
                    variant: t.variant,
                    unit,
                    n,
                    citation: t.citation,
                }
            })
            .collect(),
        free: e.free,
        life_situation: e.life_situation,
        for_parents: e.in_scope_for_parents,
        questions: super::questions(e.code).unwrap_or_default(),
    }
}

/// Every service of the catalogue, in the order of order No. 414's annexes.
pub fn listing() -> Vec<ServiceListing> {
    listing_with(&text)
}

/// [`listing`] with the texts from `text(lang, key)` instead of the whole
/// catalogue message files: the JS API compiles in only the names and
/// providers ([`listing_keys`]), not the three files (issue 19).
pub fn listing_with(text: &dyn Fn(&str, &str) -> String) -> Vec<ServiceListing> {
    catalogue().iter().map(|e| listed(e, text)).collect()
}

/// The `(lang, message id)` pairs [`listing`] reads.
pub fn listing_keys() -> Vec<(&'static str, String)> {
    catalogue()
        .iter()
        .flat_map(|e| {
            [
                ("kk", e.name_key()),
                ("ru", e.name_key()),
                ("en", e.name_key()),
                ("en", e.provider_key.to_owned()),
                ("kk", e.provider_key.to_owned()),
            ]
        })
        .collect()
}

/// The text [`listing`] shows for message `key` in `lang`.
pub fn listing_text(lang: &str, key: &str) -> String {
    text(lang, key)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_listed_service_has_its_name_in_three_languages() {
        let rows = super::listing();
        assert_eq!(rows.len(), super::catalogue().len());
        for r in &rows {
            for name in [&r.name.kk, &r.name.ru, &r.name.en] {
                assert!(!name.starts_with("svc-"), "{}: raw key {name}", r.code);
            }
            assert!(!r.term.is_empty(), "{}", r.code);
        }
    }
}
