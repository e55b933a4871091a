//! An auditor's re-check of order No. 254 against the second reading
//! (`shared/reviews/order254-second-reading.md`), items F14, F15 and F5: one
//! test per item, named after its clause, reading the texts a parent sees
//! (kk, ru, en) and the built-in data, or evaluating an example case through
//! the public path (the case's JSON → `evaluate` → the evaluation's JSON).

use kezek_rules::calendar::Calendar;
use kezek_rules::messages::{ftl, message_value};

const LANGS: [&str; 3] = ["kk", "ru", "en"];

const APP_KK: &str = include_str!("../../kezek-app/messages/kk.ftl");
const APP_RU: &str = include_str!("../../kezek-app/messages/ru.ftl");
const APP_EN: &str = include_str!("../../kezek-app/messages/en.ftl");

fn app_ftl(lang: &str) -> &'static str {
    match lang {
        "kk" => APP_KK,
        "ru" => APP_RU,
        _ => APP_EN,
    }
}

fn rules_text(lang: &str, id: &str) -> &'static str {
    message_value(ftl(lang).unwrap(), id).unwrap_or_else(|| panic!("rules {lang} {id}"))
}

fn app_text(lang: &str, id: &str) -> &'static str {
    message_value(app_ftl(lang), id).unwrap_or_else(|| panic!("app {lang} {id}"))
}

/// F14. The transfers of days off that a year's calendar may miss are made
/// by act of the competent body — the 2025 one by order of the Minister of
/// Labour and Social Protection (the data's `source`) — not by a Government
/// decree; the Labour Code (art. 84) is cited for the weekend move only.
/// The reason a parent reads was already corrected; the data's `notes`,
/// which `kezek calendar` prints, said "Government-decreed" for 2024, 2026
/// and 2027.
#[test]
fn calendar_transfers_are_by_act_of_the_competent_body_not_government_decree() {
    let forbidden = |text: &str| {
        let lower = text.to_lowercase();
        ["үкімет қаулы", "overnment decree", "overnment-decree"]
            .iter()
            .any(|w| lower.contains(w))
            || (lower.contains("постановлени") && lower.contains("правительств"))
    };
    let mut wrong = Vec::new();
    let data = Calendar::builtin().data();
    assert!(
        data.years.len() >= 4,
        "the built-in years: {}",
        data.years.len()
    );
    for y in &data.years {
        if forbidden(&y.notes) {
            wrong.push(format!("calendar {} notes: {}", y.year, y.notes));
        }
    }
    if forbidden(&data.source) {
        wrong.push(format!("calendar source: {}", data.source));
    }
    for lang in LANGS {
        let text = rules_text(lang, "reason-calendar-decrees-not-checked");
        if forbidden(text) {
            wrong.push(format!(
                "{lang} reason-calendar-decrees-not-checked: {text}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    // Said the way the corrected reason says it.
    for y in &data.years {
        assert!(
            y.notes.contains("by act of the competent body"),
            "{}: {}",
            y.year,
            y.notes
        );
    }
}

/// F15 (a). Annex 1: «___ қала (кенті, ауылы) елдімекені аумағында тұратын,
/// ЖСН ___ … жылы туған баламды» — the settlement is where the child resides;
/// cl. 13 keeps the general queue by the settlement the child belongs to
/// («елді мекенге … тиістілігі бойынша»). The field's hint and the errors
/// that ask for it say so, not "the settlement whose queue you mean".
#[test]
fn annex1_settlement_is_where_the_child_resides_in_every_language() {
    // What "where the child lives" is in each language's words.
    let resides = |lang: &str, text: &str| match lang {
        "kk" => text.contains("Бала тұратын"),
        "ru" => text.contains("где живет ребенок"),
        _ => text.contains("where the child lives"),
    };
    let queue_meant = |text: &str| {
        let lower = text.to_lowercase();
        ["кезегіне тұратын", "в очередь которого", "whose queue"]
            .iter()
            .any(|w| lower.contains(w))
    };
    let mut wrong = Vec::new();
    for lang in LANGS {
        let texts = [
            (
                "app ui-settlement-hint",
                app_text(lang, "ui-settlement-hint"),
            ),
            (
                "app ui-error-settlement-required",
                app_text(lang, "ui-error-settlement-required"),
            ),
            (
                "rules error-case-empty-settlement",
                rules_text(lang, "error-case-empty-settlement"),
            ),
        ];
        for (id, text) in texts {
            if !resides(lang, text) || queue_meant(text) {
                wrong.push(format!("{lang} {id}: {text}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
