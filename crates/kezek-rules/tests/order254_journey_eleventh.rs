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
