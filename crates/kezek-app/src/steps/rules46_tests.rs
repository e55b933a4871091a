//! Order No. 254's age at the year's turn and step 5's queue card (rules46):
//! the texts the age card says, with their variables.

use crate::i18n::{I18n, Lang};
use crate::steps::result::age_lines;
use crate::steps::tests::{example, portal_case as case, props};
use kezek_rules::ReasonCode;

/// The age card's lines (id, text) in `lang`.
fn lines(c: &serde_json::Value, lang: Lang) -> Vec<(Option<&'static str>, String)> {
    let e = example(&c.to_string());
    let mut p = props(e.clone());
    p.i18n = I18n::new(lang);
    age_lines(&p, &e)
        .into_iter()
        .map(|l| (l.id, l.text))
        .collect()
}

/// cl. 18 with cl. 24 sub. 9 (Kezek's one rule) and Annex 2 p. 7 sub. 1
/// and 3: a child born 10.03.2021 leaves the queue on 01.01.2027. Sent on
/// egov.kz on Thu 31.12.2026 at 18:31 the application is accepted on Tue
/// 05.01.2027: the card's archive line said «01.01.2027» as the day the
/// application would leave the queue, a day before it would be accepted.
/// It says both days; at 17:31 (accepted today by Kezek's working time,
/// on 05.01.2027 if working time ends at 17:30) the line after it says the
/// reading with both days; at 17:29 neither is said.
#[test]
fn cl24_9_annex2_7_the_age_cards_archive_line_at_the_years_turn() {
    for lang in Lang::ALL {
        let l = lines(&case("2021-03-10", "2026-12-31T18:31"), lang);
        let at = l.iter().position(|(id, _)| *id == Some("kz-archive-on"));
        let archive = &l[at.unwrap_or_else(|| panic!("{lang:?}: {l:#?}"))].1;
        assert!(
            archive.contains("01.01.2027") && archive.contains("05.01.2027"),
            "{lang:?}: {archive}"
        );
        let l = lines(&case("2021-03-10", "2026-12-31T17:31"), lang);
        let at = l
            .iter()
            .position(|(id, _)| *id == Some("kz-archive-on"))
            .unwrap();
        assert!(!l[at].1.contains("05.01.2027"), "{lang:?}: {l:#?}");
        let next = &l[at + 1].1;
        assert!(
            next.contains("01.01.2027") && next.contains("05.01.2027") && next.contains("17:30"),
            "{lang:?}: {l:#?}"
        );
        let l = lines(&case("2021-03-10", "2026-12-31T17:29"), lang);
        assert!(
            l.iter().all(|(_, t)| !t.contains("05.01.2027")),
            "{lang:?}: {l:#?}"
        );
        for (_, t) in &l {
            assert!(!t.contains('{') && !t.contains('$'), "{lang:?}: {t}");
        }
    }
}

/// cl. 18 «ағымдағы жылғы 1 қыркүйекте», judged on the day of acceptance:
/// sent on Thu 31.12.2026 at 18:31, accepted on Tue 05.01.2027, the current
/// year is 2027. A child 7 on 01.09.2027 (born 01.09.2020), one turning 6
/// on 02.01.2027 and one 6 since 10.10.2026 were told "this year" or "1
/// September of the current year" on 31.12.2026. The headline names 2027,
/// as a plain number.
#[test]
fn cl18_the_age_cards_headline_names_the_year_of_acceptance() {
    for (born, headline) in [
        ("2020-09-01", ReasonCode::AgeOverOnEveryReading),
        ("2021-01-02", ReasonCode::AgeTurnsSixByAcceptance),
        ("2020-10-10", ReasonCode::AgeTurnedSixArchived),
    ] {
        let c = case(born, "2026-12-31T18:31");
        assert_eq!(example(&c.to_string()).age.reasons[0], headline, "{born}");
        for lang in Lang::ALL {
            let l = lines(&c, lang);
            let t = &l[1].1;
            assert!(t.contains("2027"), "{born} {lang:?}: {t}");
            for w in ["{", "$", "this year", "биыл", "в этом году"] {
                assert!(!t.contains(w), "{born} {lang:?}: «{w}» {t}");
            }
        }
    }
}

/// Step 5's queue card (`ui-queues-age-bars`, over cl. 18's limit by
/// Kezek's reading only) listed the queue under a text read as "the other
/// reading keeps the child", while the age card below it said that on
/// egov.kz after 17:30 the other reading counts only if working time runs
/// to 18:30 (`age.turned_six_after_reception_reading`; Tue 14.04.2026 at
/// 17:45, a child turning 6 on 15.04). The queue card leaves whether, and
/// on what conditions, the other reading keeps the child to the age card.
/// The message is the app's; the decision the rules'.
#[test]
fn cl18_annex2_7_step_5s_queue_card_leaves_the_other_readings_conditions_to_the_age_card() {
    let e = example(&case("2020-04-15", "2026-04-14T17:45").to_string());
    assert!(e.age.over_by_kezeks_reading_only(), "{:?}", e.age.reasons);
    assert!(
        e.age
            .reasons
            .contains(&ReasonCode::AgeTurnedSixAfterReceptionReading),
        "{:?}",
        e.age.reasons
    );
    for (lang, conditions, card) in [
        (Lang::Kk, "қандай жағдайда", "«Жасы»"),
        (Lang::Ru, "при каких условиях", "«Возраст»"),
        (Lang::En, "on what conditions", "“Age”"),
    ] {
        let t = I18n::new(lang).t("ui-queues-age-bars");
        assert!(t.contains(conditions) && t.contains(card), "{lang:?}: {t}");
    }
}

/// cl. 18's exception, at the year's turn (reread46): a SEN child with a
/// PMPC conclusion born 10.03.2021, sent on egov.kz on Thu 31.12.2026 at
/// 18:31 (accepted on Tue 05.01.2027, the current year of cl. 18 being
/// 2027), was told «turns 6 before 1 September of this year» — read on
/// 31.12.2026 as 2026, when the child turns 6 in March 2027 — as the other
/// headlines were before rules46. The headline names 2027.
#[test]
fn cl18_the_exceptions_headline_names_the_year_of_acceptance() {
    let mut c = case("2021-03-10", "2026-12-31T18:31");
    c["child"]["special_educational_needs"] = true.into();
    c["child"]["pmpc_conclusion"] = true.into();
    c["documents"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"kind": "pmpc_conclusion"}));
    let e = example(&c.to_string());
    assert_eq!(e.age.reasons[0], ReasonCode::AgeSenPmpcException);
    assert_eq!(e.schedule.accepted_at.date().to_string(), "2027-01-05");
    for lang in Lang::ALL {
        let l = lines(&c, lang);
        let t = &l[1].1;
        assert!(t.contains("2027"), "{lang:?}: {t}");
        for w in ["{", "$", "this year", "биыл", "в этом году"] {
            assert!(!t.contains(w), "{lang:?}: «{w}» {t}");
        }
    }
}
