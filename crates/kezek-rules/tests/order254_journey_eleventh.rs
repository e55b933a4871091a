//! Leftovers of the reviews of a parent's journey through order No. 254's
//! queue registration (03.12.2026, eleventh session): each test reads the
//! clause's own words against the texts a parent sees (kk, ru, en), and was
//! written before its fix and seen failing.

use kezek_rules::messages::{ftl, message_value};

const LANGS: [&str; 3] = ["kk", "ru", "en"];

fn rules_text(lang: &str, id: &str) -> &'static str {
    message_value(ftl(lang).unwrap(), id).unwrap_or_else(|| panic!("rules {lang} {id}"))
}

/// cl. 20 p. 1–2, cl. 22, Annex 2 p. 8: the category is decided from the
/// grounds the parent *declares*; the provider checks the information
/// confirming «кезектен тыс немесе бірінші кезекті орын алуға құқығын» when
/// the application is registered (cl. 22), and the proof is asked at the
/// documents step. The category's reason, shown on step 5 before any
/// document is entered (and by the CLI and the JS API), said «балаңыздың …
/// орын алуға құқығы бар» / "your child has the right to a place before
/// everyone else": a right not proven. It now says what cl. 21 does with an
/// application whose right is confirmed, and no more.
#[test]
fn cl22_the_priority_category_reason_does_not_assert_a_right_not_yet_confirmed() {
    let mut wrong = Vec::new();
    for lang in LANGS {
        let (asserted, confirmed): (&[&str], &str) = match lang {
            "kk" => (&["балаңыздың", "баланың өтініші"], "расталған"),
            "ru" => (&["ваш ребенок", "заявление ребенка"], "подтвержден"),
            _ => (&["your child", "your child's"], "confirmed"),
        };
        for id in [
            "reason-category-out-of-turn",
            "reason-category-first-priority",
        ] {
            let text = rules_text(lang, id);
            let lower = text.to_lowercase();
            if asserted.iter().any(|w| lower.contains(w)) || !lower.contains(confirmed) {
                wrong.push(format!("{lang} {id}: {text}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

const APP_KK: &str = include_str!("../../kezek-app/messages/kk.ftl");
const APP_RU: &str = include_str!("../../kezek-app/messages/ru.ftl");
const APP_EN: &str = include_str!("../../kezek-app/messages/en.ftl");

fn app_text(lang: &str, id: &str) -> &'static str {
    let ftl = match lang {
        "kk" => APP_KK,
        "ru" => APP_RU,
        _ => APP_EN,
    };
    message_value(ftl, id).unwrap_or_else(|| panic!("app {lang} {id}"))
}

/// cl. 13: the general queue is formed «елді мекенге (қала, ауыл, кент)
/// тиістілігі бойынша» — by the settlement the child *belongs to*; Annex 1
/// has the parent write the settlement «… елдімекені аумағында тұратын» —
/// where the child lives. That the child therefore goes on the queue of the
/// settlement where the child lives is Kezek's reading of the two together
/// (the text does not say what "belonging" is), and which queue the child
/// stands in depends on it. The settlement field's hint said it as the
/// law's: it now says it is Kezek's reading of cl. 13, after the form's own
/// words (which `annex1_settlement_is_where_the_child_resides_in_every_language`
/// keeps checking).
#[test]
fn cl13_the_settlements_queue_is_said_as_kezeks_reading_of_cl13() {
    let mut wrong = Vec::new();
    for lang in LANGS {
        // (the reading's mark, the clause, the queue it leads to)
        let (reading, clause, queue) = match lang {
            "kk" => ("Kezek түсіндірмесі", "13-тармақ", "кезегіне қойылады"),
            "ru" => (
                "Толкование Kezek",
                "пункта 13",
                "в очередь этого населенного пункта",
            ),
            _ => ("Kezek's reading", "cl. 13", "that settlement's queue"),
        };
        let text = app_text(lang, "ui-settlement-hint");
        let marked = text.find(reading);
        let said = text.find(queue);
        let ok = match (marked, said) {
            (Some(r), Some(q)) => r < q && text.contains(clause),
            _ => false,
        };
        if !ok {
            wrong.push(format!("{lang}: {text}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

/// cl. 21: «Кезектен тыс орын алу бойынша өтініштер бірінші кезекте орын алу
/// бойынша өтініштердің алдына қойылады», and within each group «өтініш
/// берген күні мен уақыты бойынша». The text puts out-of-turn applications
/// before the first-priority ones; that they stand before the general ones
/// too is Kezek's reading (kezek-queue order.rs, reading 2). The line said
/// "goes before all the others (cl. 21)", the law's name on Kezek's reading
/// (review of this session's change, item 3): it now says what cl. 21 says
/// and marks the rest as a reading.
#[test]
fn cl21_out_of_turn_stands_before_first_priority_and_the_rest_is_a_reading() {
    let mut wrong = Vec::new();
    for lang in LANGS {
        // (cl. 21's own words, the date-and-time order, the reading's mark)
        let (first_priority, by_time, reading): (&str, &str, &str) = match lang {
            "kk" => (
                "бірінші кезекте орын алу бойынша өтініштердің алдына",
                "күні мен уақыты",
                "kezek түсіндірмесі",
            ),
            "ru" => (
                "перед заявлениями первой очереди",
                "по дате и времени",
                "толкованию kezek",
            ),
            _ => (
                "before the first-priority applications",
                "date and time",
                "kezek's reading",
            ),
        };
        let text = rules_text(lang, "reason-category-out-of-turn");
        let lower = text.to_lowercase();
        let all_others = ["басқалардың бәрінің", "всеми остальными", "all the others"];
        if !lower.contains(first_priority)
            || !lower.contains(by_time)
            || !lower.contains(reading)
            || all_others.iter().any(|w| lower.contains(w))
        {
            wrong.push(format!("{lang}: {text}"));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}
