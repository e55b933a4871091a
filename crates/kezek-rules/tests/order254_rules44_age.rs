//! Order No. 254's age (cl. 18, cl. 24 sub. 9) items a code review left
//! open (review44, rules44).
//!
//! 1. cl. 24 sub. 9 says what the queue system does with the application of
//!    a child who has turned 6 (takes it out of the queue and archives it),
//!    not when, nor that such an application is registered first.
//! 2. cl. 18 / cl. 24 sub. 9: the age is judged on the day an application
//!    made now is accepted, where that is later than today (as the one-month
//!    certificates and cl. 16's month are).

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::Channel;

const PORTAL: Channel = Channel::EgovPortal;

/// cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін … кезектен алып
/// тастайды және оны … архивке орналастырады»: what the system does, not
/// when, nor that the application is registered first. The texts keep the
/// outcome and say no "at once" / "as soon as it is registered".
#[test]
fn cl24_9_the_turned_six_texts_do_not_say_when_the_application_is_archived() {
    for (lang, at_once) in [
        ("kk", ["бірден", "тіркелген бойда"]),
        ("ru", ["сразу", "после регистрации"]),
        ("en", ["at once", "as soon as"]),
    ] {
        for key in [
            "reason-age-turned-six-archived",
            "reason-refusal-age-turned-six",
        ] {
            let t = text(lang, key);
            for w in at_once {
                assert!(!t.contains(w), "{lang} {key}: {w}: {t}");
            }
            assert!(t.contains("24"), "{lang} {key}: {t}");
        }
    }
}

/// A child born `born`, queue registration on egov.kz at `as_of`, no IIN.
fn child(born: chrono::NaiveDate, as_of: chrono::NaiveDateTime) -> serde_json::Value {
    CaseBuilder::queue_registration()
        .channel(PORTAL)
        .as_of(as_of)
        .child_born(born)
        .holds(D::PhthisiatricianConclusion)
        .consent()
        .evaluate_json()
}

/// Sixth birthday Wed 15.04.2026, before 1 September. On Tue 14.04 at 19:00
/// the portal accepts the application on Wed 15.04 (Annex 2 p. 7 sub. 3):
/// the child has turned 6 then, and cl. 24 sub. 9 takes the application
/// out of the queue on either reading of cl. 18 — not Kezek's reading alone.
#[test]
fn cl24_9_the_age_is_judged_on_the_day_the_portal_accepts_the_application() {
    let born = date(2020, 4, 15);
    let e = child(born, at(2026, 4, 14, 19, 0));
    assert_eq!(
        e["schedule"]["accepted_at"].as_str().unwrap()[..10],
        *"2026-04-15"
    );
    assert_eq!(
        // Still 5 that evening: said as the birthday and the day of
        // acceptance, not "has already turned 6" (review45).
        e["age"]["reasons"][0],
        "age.turns_six_by_acceptance",
        "{}",
        e["age"]
    );
    assert!(
        risk(&e, "refusal.age_turned_six").is_some(),
        "{}",
        e["refusal"]
    );
    assert!(
        risk(&e, "refusal.age_cut_off_reading").is_none(),
        "{}",
        e["refusal"]
    );
    // Within working time the same day: accepted today, still 5.
    let e = child(born, at(2026, 4, 14, 10, 0));
    assert_eq!(e["age"]["reasons"][0], "age.too_old", "{}", e["age"]);
    assert!(
        risk(&e, "refusal.age_cut_off_reading").is_some(),
        "{}",
        e["refusal"]
    );
}

/// cl. 18 «ағымдағы жылғы 1 қыркүйекте»: sent on egov.kz on the evening of
/// 31.12.2026, the application is accepted in 2027, whose 1 September the
/// cut-off then is: a child turning 6 on 10.03.2027 is over it by Kezek's
/// reading (its archive day, 01.01.2027, come by then).
#[test]
fn cl18_the_current_year_is_the_year_the_portal_accepts_the_application() {
    let born = date(2021, 3, 10);
    let e = child(born, at(2026, 12, 31, 19, 0));
    assert_eq!(e["schedule"]["accepted_at"].as_str().unwrap()[..4], *"2027");
    assert_eq!(e["age"]["eligible"], false, "{}", e["age"]);
    assert_eq!(e["age"]["cutoff"], "2027-09-01", "{}", e["age"]);
    // Said of the year of acceptance, not "this year" (review45).
    assert_eq!(
        e["age"]["reasons"][0], "age.too_old_on_acceptance",
        "{}",
        e["age"]
    );
    assert!(
        risk(&e, "refusal.age_cut_off_reading").is_some(),
        "{}",
        e["refusal"]
    );
    let e = child(born, at(2026, 12, 31, 10, 0));
    assert_eq!(e["age"]["eligible"], true, "{}", e["age"]);
}
