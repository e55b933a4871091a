//! Translations («аудармалар») of every reason code, document, ground and input
//! error, in Kazakh, Russian and English (Fluent `.ftl` files in `messages/`).
//!
//! The app and the JS API load these texts; this module only embeds them and
//! checks, in tests, that no key is missing in any language. The texts are
//! `&'static str`s the linker drops from builds that do not call [`ftl`].

use crate::category::Ground;
use crate::documents::DocumentKind;
use crate::reason::{fluent_key, ReasonCode};

/// The languages Kezek speaks, in the order the app offers them.
pub const LANGUAGES: &[&str] = &["kk", "ru", "en"];

/// The Fluent source for a language (`kk`, `ru`, `en`).
pub fn ftl(lang: &str) -> Option<&'static str> {
    match lang {
        "kk" => Some(include_str!("../../messages/kk.ftl")),
        "ru" => Some(include_str!("../../messages/ru.ftl")),
        "en" => Some(include_str!("../../messages/en.ftl")),
        _ => None,
    }
}

/// The Fluent source of the service catalogue (order No. 414) for a language.
pub fn catalogue_ftl(lang: &str) -> Option<&'static str> {
    match lang {
        "kk" => Some(include_str!("../../messages/catalogue.kk.ftl")),
        "ru" => Some(include_str!("../../messages/catalogue.ru.ftl")),
        "en" => Some(include_str!("../../messages/catalogue.en.ftl")),
        _ => None,
    }
}

/// Every message id the catalogue can produce: its entries' keys, a
/// question per input (`q-<field>`) and a heading per life situation.
pub fn catalogue_keys() -> Vec<String> {
    use crate::catalogue::{self, LifeSituation};
    let mut keys = catalogue::message_keys();
    keys.push("q-child-birth-date".to_owned());
    keys.push("q-other-children-birth-dates".to_owned());
    keys.push(catalogue::MARRIAGE_REGISTRY_MARRIED_KEY.to_owned());
    keys.extend(
        catalogue::FACT_TABLE
            .iter()
            .map(|f| f.question_key.to_owned()),
    );
    keys.extend(LifeSituation::ALL.iter().map(|l| l.key()));
    keys
}

/// Whether `ftl` defines message `id` (a line starting with `id =`).
pub fn has_message(ftl: &str, id: &str) -> bool {
    message_value(ftl, id).is_some()
}

/// The value of message `id` in `ftl` (the text after `id =`, with the
/// lines that continue it: indented, or the `}` that closes a select's
/// variants), for tools that need a plain text without a Fluent bundle (the
/// CLI). A select (`reason-schedule-open-now`'s `$at`) is given whole, its
/// variants one per line.
pub fn message_value<'a>(ftl: &'a str, id: &str) -> Option<&'a str> {
    let mut at = 0;
    let mut lines = ftl.split_inclusive('\n');
    while let Some(l) = lines.next() {
        let start = at;
        at += l.len();
        let Some(rest) = l
            .strip_prefix(id)
            .map(str::trim_start)
            .and_then(|r| r.strip_prefix('='))
        else {
            continue;
        };
        let from = start + (l.len() - rest.len());
        let mut end = at;
        for next in lines.by_ref() {
            if !(next.starts_with(' ') || next.starts_with('}')) {
                break;
            }
            end += next.len();
        }
        return Some(ftl[from..end].trim());
    }
    None
}

/// Every message id the rules can produce.
pub fn all_keys() -> Vec<String> {
    let mut keys: Vec<String> = ReasonCode::ALL.iter().map(|r| r.key()).collect();
    keys.extend(DocumentKind::ALL.iter().map(|d| d.key()));
    // A document's name in the form it is given (the diploma's original).
    keys.extend(
        crate::checklist::name_keys()
            .into_iter()
            .filter(|k| !keys.contains(k))
            .collect::<Vec<_>>(),
    );
    keys.extend(Ground::ALL.iter().map(|g| g.key()));
    // Every code of the one error object: input, case, catalogue, calendar, IIN.
    keys.extend(crate::wire::codes().iter().map(|c| fluent_key("error", c)));
    keys
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_key_has_a_message_in_every_language() {
        for lang in LANGUAGES {
            let src = catalogue_ftl(lang).unwrap();
            let missing: Vec<String> = catalogue_keys()
                .into_iter()
                .filter(|k| !has_message(src, k))
                .collect();
            assert!(missing.is_empty(), "{lang}: {missing:?}");
        }
    }

    #[test]
    fn catalogue_keys_do_not_collide_with_the_preschool_keys() {
        // Fluent keeps the first definition: a clash would show the wrong text.
        let src = ftl("en").unwrap();
        let clashes: Vec<String> = catalogue_keys()
            .into_iter()
            .filter(|k| has_message(src, k))
            .collect();
        assert!(clashes.is_empty(), "{clashes:?}");
    }

    #[test]
    fn every_key_has_a_message_in_every_language() {
        let mut missing = Vec::new();
        for lang in LANGUAGES {
            let src = ftl(lang).unwrap();
            for k in all_keys() {
                if !has_message(src, &k) {
                    missing.push(format!("{lang}: {k}"));
                }
            }
        }
        assert!(missing.is_empty(), "missing messages: {missing:#?}");
    }

    /// The reason codes the rules can emit and the `reason-*` messages of each
    /// language are the same set: no code without a message, and no message
    /// left behind for a code the rules no longer emit (it would say something
    /// the rules do not).
    #[test]
    fn reason_codes_and_reason_messages_are_the_same_set_in_every_language() {
        let codes: std::collections::BTreeSet<String> =
            ReasonCode::ALL.iter().map(|r| r.key()).collect();
        for lang in LANGUAGES {
            let msgs: std::collections::BTreeSet<String> = ftl(lang)
                .unwrap()
                .lines()
                .filter(|l| l.starts_with("reason-"))
                .filter_map(|l| l.split_once(" =").map(|(k, _)| k.to_owned()))
                .collect();
            assert_eq!(msgs, codes, "{lang}");
        }
    }

    /// The kk, ru and en text of every reason states the same numbers (days,
    /// times, hours, clause and order numbers): a message that says "up to 3"
    /// in one language and "5" in another says a different thing.
    #[test]
    fn reason_messages_state_the_same_numbers_in_every_language() {
        let numbers = |text: &str| -> Vec<String> {
            let mut v: Vec<String> = text
                .split(|c: char| !c.is_ascii_digit())
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect();
            v.sort();
            v
        };
        let mut differ = Vec::new();
        for r in ReasonCode::ALL {
            let key = r.key();
            let en = numbers(message_value(ftl("en").unwrap(), &key).unwrap_or(""));
            for lang in ["kk", "ru"] {
                let other = numbers(message_value(ftl(lang).unwrap(), &key).unwrap_or(""));
                if other != en {
                    differ.push(format!("{key}: en {en:?} vs {lang} {other:?}"));
                }
            }
        }
        assert!(differ.is_empty(), "{differ:#?}");
    }

    #[test]
    fn languages_define_the_same_ids() {
        let ids = |s: &str| -> Vec<String> {
            s.lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(k, _)| k.to_owned()))
                .collect()
        };
        let en = ids(ftl("en").unwrap());
        assert_eq!(ids(ftl("kk").unwrap()), en);
        assert_eq!(ids(ftl("ru").unwrap()), en);
    }
}
