//! The one-month certificates and the day of issue (a reviewer's finding,
//! 04.12.2026, third session).
//!
//! The order (Kazakh text, seed 004), Annex 2 p. 8: the serviceman's /
//! special state body employee's workplace certificate (office sub. 4,
//! portal sub. 2) and the teacher's workplace certificate (office sub. 5,
//! portal sub. 3) are «берілген күннен бастап бір ай ішінде жарамды»; Annex 2
//! p. 9 sub. 4 refuses where the applicant «қолданылу мерзімі өтіп кеткен
//! құжаттарды ұсынған».
//!
//! Kezek counts the month from the day after issue (`last_valid_day`); if
//! the day of issue itself is counted, the last day is a day earlier — the
//! day to act by (`safe_last_day`, what `doc.issue_day_reading` promises).
//! A day of acceptance after it but within Kezek's count is at risk
//! (`doc.issue_day_reading_at_risk` first, status `expires_soon`), and the
//! refusal a reading risk (`refusal.issue_day_reading_at_risk`, "may be
//! refused"), never `refusal.none` beside it — but not for the
//! law-enforcement certificate asked by analogy (COVERAGE R9): no refusal
//! ground at queue registration.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{has, item, queue_case, risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::{json, Value};

const AT_RISK: &str = "doc.issue_day_reading_at_risk";
const RISK: &str = "refusal.issue_day_reading_at_risk";

/// A serviceman's certificate issued Sun 25.10.2026: Kezek's count ends Wed
/// 25.11.2026, the day of issue counted Tue 24.11.2026 (both working days).
fn serviceman(channel: Channel, as_of: chrono::NaiveDateTime) -> CaseBuilder {
    queue_case(channel, as_of)
        .ground(Ground::Serviceman)
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25))
}

fn cite(annex: u8, clause: u8, sub: u8) -> Value {
    json!({"act": "order254", "annex": annex, "clause": clause, "sub": sub})
}

/// The at-risk item and its reading risk, for the list item `sub`.
fn assert_at_risk_and_may_be_refused(e: &Value, doc: &str, sub: u8) {
    let i = item(e, doc);
    assert_eq!(i["last_valid_day"], "2026-11-25", "{i}");
    assert_eq!(i["safe_last_day"], "2026-11-24", "{i}");
    assert_eq!(i["status"], "expires_soon", "{i}");
    assert_eq!(i["reasons"][0], AT_RISK, "{i}");
    // The reading's "act by then" is the first line's, not beside it.
    assert!(!has(&i["reasons"], "doc.issue_day_reading"), "{i}");
    let reasons = &e["refusal"]["reasons"];
    assert!(has(reasons, RISK), "{reasons}");
    assert!(!has(reasons, "refusal.none"), "{reasons}");
    assert!(!has(reasons, "refusal.expired"), "{reasons}");
    assert!(
        !has(reasons, "refusal.expired_service_refused"),
        "{reasons}"
    );
    let k = risk(e, RISK).expect("the risk");
    assert_eq!(k["reading"], true, "{k}");
    assert_eq!(k["remedy"], "fix_documents", "{k}");
    assert_eq!(k["documents"], json!([doc]), "{k}");
    assert_eq!(k["detail"], json!([AT_RISK]), "{k}");
    let cites = k["citations"].as_array().unwrap();
    assert!(cites.contains(&cite(2, 8, sub)), "{k}");
    assert!(cites.contains(&cite(2, 9, 4)), "{k}");
}

#[test]
fn annex2_8_2_a_one_month_certificate_after_its_safe_day_is_at_risk_and_may_be_refused() {
    let cal = kezek_rules::calendar::Calendar::builtin();
    assert!(cal.is_working_day(date(2026, 11, 25)));
    assert!(cal.is_working_day(date(2026, 11, 24)));
    // On egov.kz at 07:30 on 25.11: accepted that day (R7).
    let e = serviceman(Channel::EgovPortal, at(2026, 11, 25, 7, 30)).evaluate_json();
    assert_at_risk_and_may_be_refused(&e, "service_workplace_certificate", 2);
}

#[test]
fn annex2_8_4_at_the_office_a_one_month_certificate_after_its_safe_day_is_at_risk_and_may_be_refused(
) {
    let e = serviceman(Channel::ProviderOffice, at(2026, 11, 25, 10, 0)).evaluate_json();
    assert_at_risk_and_may_be_refused(&e, "service_workplace_certificate", 4);
    // The teacher's certificate, office sub. 5.
    let e = queue_case(Channel::ProviderOffice, at(2026, 11, 25, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 25))
        .holds(D::TeacherDiploma)
        .evaluate_json();
    assert_at_risk_and_may_be_refused(&e, "teacher_workplace_certificate", 5);
}

#[test]
fn annex2_8_2_on_its_safe_day_a_one_month_certificate_expires_soon_by_that_day() {
    let e = serviceman(Channel::EgovPortal, at(2026, 11, 24, 7, 30)).evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert_eq!(i["last_valid_day"], "2026-11-25", "{i}");
    assert_eq!(i["safe_last_day"], "2026-11-24", "{i}");
    assert_eq!(i["status"], "expires_soon", "{i}");
    assert_eq!(i["reasons"][0], "doc.expires_soon", "{i}");
    assert!(has(&i["reasons"], "doc.issue_day_reading"), "{i}");
    assert!(!has(&i["reasons"], AT_RISK), "{i}");
    assert!(risk(&e, RISK).is_none(), "{}", e["refusal"]);
    // Well before: ok, the safe day given all the same.
    let e = serviceman(Channel::EgovPortal, at(2026, 11, 2, 10, 0)).evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert_eq!(i["status"], "ok", "{i}");
    assert_eq!(i["safe_last_day"], "2026-11-24", "{i}");
    assert!(has(&i["reasons"], "doc.issue_day_reading"), "{i}");
    assert!(risk(&e, RISK).is_none(), "{}", e["refusal"]);
}

/// Sent on egov.kz after working time on the safe day (Tue 24.11, 20:00):
/// accepted on Wed 25.11 (Annex 2 p. 7 sub. 3), the day it is judged on —
/// after the safe day, within Kezek's count: at risk.
#[test]
fn annex2_7_3_sent_after_hours_on_the_safe_day_a_one_month_certificate_is_at_risk() {
    let e = serviceman(Channel::EgovPortal, at(2026, 11, 24, 20, 0)).evaluate_json();
    assert_eq!(
        e["schedule"]["accepted_at"].as_str().map(|s| &s[..10]),
        Some("2026-11-25"),
        "{}",
        e["schedule"]
    );
    assert_at_risk_and_may_be_refused(&e, "service_workplace_certificate", 2);
}

/// cl. 20 p. 1, COVERAGE R9: the law-enforcement certificate is asked by
/// analogy, not an item of Annex 2 p. 8 — at risk on the item, but no ground
/// for refusing the application (the priority unconfirmed at worst).
#[test]
fn cl20_1_a_law_enforcement_certificate_after_its_safe_day_is_at_risk_without_a_refusal() {
    let e = queue_case(Channel::EgovPortal, at(2026, 11, 25, 7, 30))
        .ground(Ground::LawEnforcement)
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25))
        .evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert_eq!(i["status"], "expires_soon", "{i}");
    assert_eq!(i["safe_last_day"], "2026-11-24", "{i}");
    assert_eq!(i["reasons"][0], AT_RISK, "{i}");
    assert!(has(&i["reasons"], "doc.law_enforcement_reading"), "{i}");
    assert!(risk(&e, RISK).is_none(), "{}", e["refusal"]);
    assert_eq!(
        e["refusal"]["reasons"],
        json!(["refusal.none"]),
        "{}",
        e["refusal"]
    );
}

#[test]
fn annex2_8_the_issue_day_at_risk_reading_is_said_in_kk_ru_en() {
    for lang in ["kk", "ru", "en"] {
        for key in [
            "reason-doc-issue-day-reading-at-risk",
            "reason-refusal-issue-day-reading-at-risk",
        ] {
            let t = text(lang, key);
            assert!(!t.trim().is_empty(), "{lang}: {key}");
            if lang != "en" {
                assert!(
                    !t.contains(" the ") && !t.contains("risk"),
                    "{lang}: {key}: {t}"
                );
            }
        }
    }
    // A reading, said so.
    assert!(text("en", "reason-doc-issue-day-reading-at-risk").contains("Kezek's reading"));
    assert!(text("en", "reason-refusal-issue-day-reading-at-risk").contains("may be refused"));
}

/// Review helper-144, major 1: the safe day on a day off. A certificate
/// issued Fri 30.10.2026 runs by Kezek's count to Mon 30.11.2026; the day of
/// issue counted, to Sun 29.11. An application made on the Sunday is
/// accepted on Mon 30.11 (Annex 2 p. 7 sub. 3: «демалыс және мереке күндерін
/// қоспағанда … келесі жұмыс күнінде»; the offices are closed), after the
/// safe day: the day to act by is the working day before, Fri 27.11
/// (`last_working_day`, as for a last day on a day off), while the safe day
/// itself stays the line past which a day of acceptance is at risk (a
/// Saturday at the State Corporation is not).
#[test]
fn annex2_8_a_safe_day_on_a_day_off_is_acted_on_by_the_working_day_before() {
    for channel in [Channel::EgovPortal, Channel::ProviderOffice] {
        let e = queue_case(channel, at(2026, 11, 27, 10, 0))
            .ground(Ground::Serviceman)
            .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 30))
            .evaluate_json();
        let i = item(&e, "service_workplace_certificate");
        assert_eq!(i["last_valid_day"], "2026-11-30", "{i}");
        assert_eq!(i["safe_last_day"], "2026-11-29", "{i}");
        assert_eq!(i["last_working_day"], "2026-11-27", "{channel:?} {i}");
        assert_ne!(i["reasons"][0], AT_RISK, "{i}");
    }
    // At the State Corporation on Saturday 28.11, accepted that day: before
    // the safe day, not at risk.
    let e = queue_case(Channel::StateCorporation, at(2026, 11, 28, 10, 0))
        .ground(Ground::Serviceman)
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 30))
        .evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert_ne!(i["reasons"][0], AT_RISK, "{i}");
    assert!(!has(&e["refusal"]["reasons"], RISK), "{}", e["refusal"]);
}

/// Review helper-144, minor 3: at the education department after its
/// reception (17:30) on the safe day, Tue 24.11.2026, an application made
/// there is accepted on Wed 25.11, after the safe day — at risk. egov.kz
/// still accepts one sent today until the end of the working day (18:30,
/// Kezek's reading of working time, Annex 2 p. 7 sub. 3): the item says so,
/// with its time (`portal_accepts_until`), as the referral's does.
#[test]
fn annex2_7_3_after_the_office_closes_on_the_safe_day_the_portal_still_accepts_today() {
    let e = serviceman(Channel::ProviderOffice, at(2026, 11, 24, 17, 45)).evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert_eq!(i["reasons"][0], AT_RISK, "{i}");
    assert!(has(&i["reasons"], "doc.portal_accepts_today"), "{i}");
    assert_eq!(i["portal_accepts_until"], "2026-11-24T18:30:00", "{i}");
    for lang in ["kk", "ru", "en"] {
        assert!(
            text(lang, "reason-doc-portal-accepts-today").contains("egov.kz"),
            "{lang}"
        );
    }
    // After 18:30 the portal too accepts it only on 25.11: nothing to say.
    let e = serviceman(Channel::ProviderOffice, at(2026, 11, 24, 18, 45)).evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert_eq!(i["reasons"][0], AT_RISK, "{i}");
    assert!(!has(&i["reasons"], "doc.portal_accepts_today"), "{i}");
    assert!(i.get("portal_accepts_until").is_none(), "{i}");
    // On 25.11 itself the portal's acceptance is after the safe day too.
    let e = serviceman(Channel::ProviderOffice, at(2026, 11, 25, 17, 45)).evaluate_json();
    let i = item(&e, "service_workplace_certificate");
    assert!(!has(&i["reasons"], "doc.portal_accepts_today"), "{i}");
}
