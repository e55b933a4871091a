//! A lawyer's decisions on order No. 254 items left open (lawyer42).
//!
//! The order (Kazakh text, seed 004):
//! - cl. 16: «Мемлекеттік мектепке дейінгі ұйымға кезектен тыс немесе
//!   бірінші кезекте жолдама алған баланың ата-анасы немесе заңды өкілі
//!   басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң жалпы кезекке
//!   тұрады және жекеменшік мектепке дейінгі ұйымға жолдама алады.» The
//!   month runs from the choice; «бір ай өткен соң» does not say whether the
//!   day of the choice is the month's first day. Kezek counts from the next
//!   day (the general queue from the day after the same date of the next
//!   month); counted from the day of the choice, or from its moment, the
//!   month has passed on that same date. So on that date — or when an
//!   application made now is accepted on it or later (Annex 2 p. 7) — a
//!   refusal (Annex 2 p. 9 sub. 2) is Kezek's reading only, "may be
//!   refused"; before it the month has not passed on any count: the flat
//!   ground stays.

use kezek_rules::testing::order254::{has, queue_case, risk, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::{json, Value};

const CL16_READING: &str = "refusal.cl16_month_reading";

/// The other kindergarten chosen on Fri 23.10.2026: Kezek's month ends on
/// Mon 23.11.2026, the general queue open from Tue 24.11.2026.
fn left_on_23_october(channel: Channel, as_of: chrono::NaiveDateTime) -> Value {
    queue_case(channel, as_of)
        .left_priority_referral(true, date(2026, 10, 23))
        .evaluate_json()
}

#[test]
fn cl16_on_the_same_date_of_the_next_month_the_refusal_is_a_reading() {
    // At the department on Mon 23.11.2026, and on egov.kz on Fri 20.11 at
    // 20:00 (accepted on Mon 23.11, Annex 2 p. 7 sub. 3).
    for (channel, as_of) in [
        (Channel::ProviderOffice, at(2026, 11, 23, 10, 0)),
        (Channel::EgovPortal, at(2026, 11, 20, 20, 0)),
    ] {
        let e = left_on_23_october(channel, as_of);
        let reasons = &e["refusal"]["reasons"];
        assert!(
            !has(reasons, "refusal.requirements_not_met"),
            "{as_of}: {reasons}"
        );
        let r = risk(&e, CL16_READING).unwrap_or_else(|| panic!("{as_of}: {reasons}"));
        assert_eq!(r["reading"], true, "{r}");
        assert_eq!(r["remedy"], "fact", "{r}");
        assert_eq!(r["detail"], json!(["limit.cl16_wait_one_month"]), "{r}");
        assert_eq!(
            r["citations"],
            json!([
                {"act": "order254", "annex": 2, "clause": 9, "sub": 2},
                {"act": "order254", "clause": 16}
            ]),
            "{r}"
        );
        assert_eq!(e["limits"]["cl16"]["general_queue_from"], "2026-11-24");
    }
}

#[test]
fn cl16_before_the_same_date_of_the_next_month_the_refusal_stays_flat() {
    // Fri 20.11.2026 at the department: the month has not passed on any
    // count.
    let e = left_on_23_october(Channel::ProviderOffice, at(2026, 11, 20, 10, 0));
    let reasons = &e["refusal"]["reasons"];
    assert!(has(reasons, "refusal.requirements_not_met"), "{reasons}");
    assert!(!has(reasons, CL16_READING), "{reasons}");
    // From Kezek's day on, no ground at all.
    let e = left_on_23_october(Channel::ProviderOffice, at(2026, 11, 24, 10, 0));
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
}

#[test]
fn cl16_the_reading_refusal_and_the_months_line_say_the_reading_and_the_safe_day() {
    for (lang, marker) in [
        ("kk", "Kezek түсіндірмесі"),
        ("ru", "Толкование Kezek"),
        ("en", "Kezek's reading"),
    ] {
        for key in [
            "reason-refusal-cl16-month-reading",
            "reason-limit-cl16-wait-one-month",
        ] {
            let t = text(lang, key);
            assert!(t.contains(marker), "{lang} {key}: {t}");
        }
    }
}

// Annex 2 p. 8 sub. 5 at admission (cl. 22's second check): the teacher's
// workplace certificate «берілген күннен бастап бір ай ішінде жарамды».
// Kezek counts the month from the day after issue (`last_valid_day`); with
// the day of issue counted, its last day is a day earlier — the day to rely
// on (`safe_last_day`), as at queue registration. At admission the item
// gave Kezek's count alone: on Mon 23.11.2026, a certificate of 23.10.2026
// was "expires soon" ("apply while it is still valid") beside the reading
// "act a day earlier" — a day already gone.

/// Admission at the kindergarten on Mon 23.11.2026 10:00, the referral of
/// that day, a teacher's child whose workplace certificate is of `issued`.
fn teacher_at_admission(issued: chrono::NaiveDate) -> Value {
    use kezek_rules::documents::DocumentKind as D;
    kezek_rules::testing::order254::admission(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(kezek_rules::Ground::Teacher)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
        .holds(D::TeacherDiploma)
        .holds_issued(D::TeacherWorkplaceCertificate, issued)
        .evaluate_json()
}

#[test]
fn cl22_annex2_8_5_at_admission_a_one_month_proof_has_its_safe_day() {
    // Issued Sun 01.11.2026: Kezek's count to Tue 01.12, safe Mon 30.11.
    let e = teacher_at_admission(date(2026, 11, 1));
    let i = kezek_rules::testing::order254::item(&e, "teacher_workplace_certificate");
    assert_eq!(i["last_valid_day"], "2026-12-01", "{i}");
    assert_eq!(i["safe_last_day"], "2026-11-30", "{i}");
    assert!(has(&i["reasons"], "doc.issue_day_reading"), "{i}");
}

#[test]
fn cl22_annex2_8_5_at_admission_a_one_month_proof_past_its_safe_day_is_at_risk() {
    // Issued Fri 23.10.2026: Kezek's count to Mon 23.11 (today), safe Sun
    // 22.11 — gone by.
    let e = teacher_at_admission(date(2026, 10, 23));
    let i = kezek_rules::testing::order254::item(&e, "teacher_workplace_certificate");
    assert_eq!(i["safe_last_day"], "2026-11-22", "{i}");
    assert_eq!(i["status"], "expires_soon", "{i}");
    assert_eq!(
        i["reasons"][0], "doc.recheck_issue_day_reading_at_risk",
        "{i}"
    );
    for not in ["doc.expires_soon", "doc.issue_day_reading"] {
        assert!(!has(&i["reasons"], not), "{not}: {i}");
    }
    // The right it proves may not be confirmed at the second check: the
    // reading risk of cl. 34 sub. 3 and cl. 22, naming it.
    let r = risk(&e, "refusal.recheck_unconfirmed_reading").expect("the reading risk");
    assert_eq!(r["reading"], true, "{r}");
    assert_eq!(
        r["documents"],
        json!(["teacher_workplace_certificate"]),
        "{r}"
    );
    assert!(!has(&e["refusal"]["reasons"], "refusal.none"));
    // Its text says the reading in every language.
    for (lang, marker) in [
        ("kk", "Kezek түсіндірмесі"),
        ("ru", "толкование Kezek"),
        ("en", "Kezek's reading"),
    ] {
        let t = text(lang, "reason-doc-recheck-issue-day-reading-at-risk");
        assert!(t.contains(marker), "{lang}: {t}");
    }
}

// Annex 4 p. 7 sub. 1–2 and Annex 2 p. 7 sub. 1, 3: at the desk after its
// hours for receiving applications (17:30), Kezek says egov.kz still accepts
// an application today until the end of the working day (its reading of
// «жұмыс уақыты»). Read as those hours, working time is over: the line says
// that the order does not settle it (lawyer42).
#[test]
fn annex4_7_2_the_portal_accepting_today_after_the_reception_is_said_unsettled() {
    for key in [
        "reason-doc-referral-portal-accepts-today",
        "reason-doc-portal-accepts-today",
    ] {
        for (lang, unsettled) in [
            ("kk", "тура айтпайды"),
            ("ru", "прямо не говорит"),
            ("en", "does not say so outright"),
        ] {
            let t = text(lang, key);
            assert!(t.contains(unsettled), "{lang} {key}: {t}");
        }
    }
}
