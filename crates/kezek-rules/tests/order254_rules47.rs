//! Order No. 254 items the last session's lawyer left open (rules47).
//!
//! 1. cl. 18, cl. 24 sub. 9 and Annex 2 p. 7 sub. 1 and 3 at the year's
//!    turn: the order's own archive day (cl. 24 sub. 9: the sixth birthday)
//!    said against the day an application made now is accepted, not only
//!    against Kezek's earlier day (1 January).

use chrono::Datelike;
use kezek_rules::testing::order254::{codes, portal_born as portal, text};
use kezek_rules::testing::{at, date};
use serde_json::json;

const ELIGIBLE_TAIL: [&str; 3] = [
    "age.one_rule_reading",
    "age.referral_age",
    "age.cl28_unclear",
];

/// cl. 18 («ағымдағы жылғы 1 қыркүйекте 6 жастан аспайды»), cl. 24 sub. 9
/// («6 (алты) жасқа толған баланың өтінішін (… ағымдағы жылдың 1
/// қыркүйегіне дейін 6 жасқа толмаған балалардан басқа) кезектен алып
/// тастайды») and Annex 2 p. 7 (sub. 1: working day to 18.30, applications
/// received to 17.30; sub. 3: on the portal after working time, accepted on
/// the next working day), on 31 December of 2026 (Thu; 01.01 and 02.01.2027
/// days off, 02.01 a Saturday moved by the built-in calendar to Monday
/// 04.01: accepted on Tue 05.01.2027) and of 2025 (Wed; 01.01–02.01.2026
/// days off, 03.01–04.01 the weekend: accepted on Mon 05.01.2026), for a
/// sixth birthday on 31.12, 01.01 and 02.01–06.01 (the last after the day
/// of acceptance), sent before 17:30, between 17:30 and 18:30 and after
/// 18:30.
///
/// Where the sixth birthday falls after 1 January (Kezek's day) the card
/// says the order's own day (`age.archive_order_date`) and told the parent
/// to ask the department which of the two the system applies — also after
/// 18:30, when the application is accepted on 05.01, on or after the
/// birthday too, and on neither day would it stand in the queue. It now
/// says so against the day of acceptance
/// (`age.archive_order_date_before_acceptance`). Between 17:30 and 18:30
/// (accepted on 31.12 by Kezek's working time, R7, on 05.01 if working time
/// ends with the reception) a child within the limit on 31.12 is 6 on that
/// later day and turned 6 before 1 September of its year: out of the queue
/// on either reading of cl. 18 (cl. 24 sub. 9), which the card did not say
/// (`age.turned_six_next_year_after_reception_reading`).
#[test]
fn cl18_cl24_9_annex2_7_the_orders_own_archive_day_at_the_years_turn_golden_table() {
    use std::iter::once;
    let window = "age.turned_six_next_year_after_reception_reading";
    // (sixth birthday: days after 31 December, sent at, the age's reasons)
    let table: Vec<(i64, (u32, u32), Vec<&str>)> = {
        let eligible = |mid: &[&'static str]| -> Vec<&'static str> {
            once("age.eligible")
                .chain(mid.iter().copied())
                .chain(ELIGIBLE_TAIL)
                .collect()
        };
        let mut t = Vec::new();
        for day in 0..=6 {
            // Born 31.12 or 01.01: the order's day is Kezek's, 1 January.
            let order_line = day >= 2;
            let before = if order_line {
                eligible(&["age.archive_date", "age.archive_order_date"])
            } else {
                eligible(&["age.archive_date"])
            };
            t.push((day, (17, 29), before));
            let mut mid = vec![
                "age.archive_date",
                "age.archive_date_after_reception_reading",
            ];
            if order_line {
                mid.push("age.archive_order_date");
            }
            // 6 by 05.01 (the day of acceptance if working time ends at 17:30).
            if day <= 5 {
                mid.push(window);
            }
            t.push((day, (17, 31), eligible(&mid)));
            let after = match day {
                0 => vec![
                    "age.turned_six_archived",
                    "age.archive_date_before_acceptance",
                    "age.one_rule_reading",
                ],
                1 => vec![
                    "age.turns_six_by_acceptance",
                    "age.archive_date_before_acceptance",
                    "age.one_rule_reading",
                ],
                2..=5 => vec![
                    "age.turns_six_by_acceptance",
                    "age.archive_date_before_acceptance",
                    "age.archive_order_date_before_acceptance",
                    "age.one_rule_reading",
                ],
                // 6 on 06.01, after the day of acceptance: the order's day
                // still to come then, the department asked which day holds.
                _ => once("age.too_old_on_acceptance")
                    .chain([
                        "age.archive_date_before_acceptance",
                        "age.archive_order_date",
                    ])
                    .chain(ELIGIBLE_TAIL)
                    .collect(),
            };
            t.push((day, (18, 31), after));
        }
        t
    };
    for year in [2026, 2025] {
        let accepted_late = format!("{}-01-05", year + 1);
        for (day, (h, m), want) in &table {
            let sixth = date(year, 12, 31) + chrono::Duration::days(*day);
            let born = date(sixth.year() - 6, sixth.month(), sixth.day());
            let e = portal(born, at(year, 12, 31, *h, *m));
            let at = format!("born {born}, sent {year}-12-31 {h}:{m}: {}", e["age"]);
            assert_eq!(e["age"]["sixth_birthday"], sixth.to_string(), "{at}");
            let accepted = if *h == 18 {
                accepted_late.clone()
            } else {
                format!("{year}-12-31")
            };
            assert_eq!(
                e["schedule"]["accepted_at"].as_str().unwrap()[..10],
                accepted,
                "{at}"
            );
            assert_eq!(codes(&e["age"]["reasons"]), *want, "{at}");
            if want.contains(&window) {
                let cites = e["age"]["citations"].as_array().unwrap();
                for c in [
                    json!({"act": "order254", "clause": 24, "sub": 9}),
                    json!({"act": "order254", "annex": 2, "clause": 7, "sub": 1}),
                    json!({"act": "order254", "annex": 2, "clause": 7, "sub": 3}),
                ] {
                    assert!(cites.contains(&c), "{at}: {c}");
                }
            }
        }
    }
    // The texts name the day of acceptance where it decides, beside the
    // order's day; the window's line names the year of that day's 1
    // September and both readings of cl. 18.
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-age-archive-order-date-before-acceptance");
        for v in ["{ $birthday }", "{ $accepted }", "24"] {
            assert!(t.contains(v), "{lang}: {v} not in {t}");
        }
        let t = text(
            lang,
            "reason-age-turned-six-next-year-after-reception-reading",
        );
        for v in [
            "{ $birthday }",
            "{ $accepted }",
            "{ $year }",
            "17:30",
            "24",
            "18",
        ] {
            assert!(t.contains(v), "{lang}: {v} not in {t}");
        }
        for t in [
            text(lang, "reason-age-archive-order-date-before-acceptance"),
            text(
                lang,
                "reason-age-turned-six-next-year-after-reception-reading",
            ),
        ] {
            // Not the before-acceptance advice to ask which day applies:
            // neither day lets the application stand in the queue.
            for ask in [
                "Ask the education",
                "уточните в отделе",
                "білім бөлімінен (басқармасынан) сұраңыз",
            ] {
                assert!(!t.contains(ask), "{lang}: {t}");
            }
        }
    }
}
