//! Whether a refusal risk's ground can be mended by the parent before
//! applying, or is a fact (the risk's `remedy`): the hand-off says "fix what
//! the warning names, then apply" for the first, "ask the provider" for the
//! second. One row per ground of Annex 2/4 p. 9, cl. 34 and Kezek's
//! readings, through the real path (a case → `evaluate` → JSON).
//!
//! - Annex 2/4 p. 9 sub. 1 («дәйексіздігі анықталған»): the date or the IIN
//!   corrected — an answer.
//! - Annex 2 p. 9 sub. 2 with cl. 18 (the age limit) and cl. 16 (one month
//!   after a priority referral turned away): facts, no answer changes them.
//! - Annex 2/4 p. 9 sub. 3 (no consent, Annex 5): an answer.
//! - Annex 2/4 p. 9 sub. 4, cl. 34 sub. 1 (an incomplete set, documents out
//!   of date): documents brought or renewed; a referral past its last day is
//!   not renewed (Annex 4 p. 8 sub. 1 gives no new one): a fact; valid today
//!   but not on the contract day: the contract day, an answer.
//! - cl. 34 sub. 2 (a medical contraindication): a fact.
//! - cl. 34 sub. 3 and cl. 22 (Kezek's readings): the proofs' originals
//!   shown, in time — documents.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, queue_case, risk};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::{json, Value};

const PORTAL: Channel = Channel::EgovPortal;
const OFFICE: Channel = Channel::ProviderOffice;

fn remedy(case: CaseBuilder, ground: &str) -> Value {
    let e = case.evaluate_json();
    let r = risk(&e, ground).unwrap_or_else(|| panic!("no {ground}: {}", e["refusal"]));
    r["remedy"].clone()
}

fn registration() -> CaseBuilder {
    queue_case(OFFICE, at(2026, 11, 24, 10, 0))
}

fn admitted() -> CaseBuilder {
    admission(OFFICE, at(2026, 11, 23, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
}

#[test]
fn annex2_9_each_refusal_ground_says_whether_the_parent_can_mend_it() {
    let rows: Vec<(&str, CaseBuilder, &str, &str)> = vec![
        (
            "Annex 2 p. 9 sub. 1: a birth year the IIN contradicts (on the Annex 1 form)",
            registration().child_born(date(2022, 5, 10)),
            "refusal.unreliable_data",
            "fix_answers",
        ),
        (
            "Annex 2 p. 9 sub. 1 (Kezek's reading): a birth date the IIN contradicts in the same year",
            registration().child_born(date(2023, 5, 11)),
            "refusal.unreliable_data_reading",
            "fix_answers",
        ),
        (
            "Annex 2 p. 9 sub. 2, cl. 18: a child over the age limit on either reading (seven before 1 September)",
            registration()
                .without("child.iin")
                .child_born(date(2019, 5, 10)),
            "refusal.requirements_not_met",
            "fact",
        ),
        (
            // cl. 18 «…психологиялық-медициналық-педагогикалық комиссияның
            // қорытындысы бар ерекше білім берілуіне қажеттілігі бар
            // балалардан басқа»: the conclusion got, the limit does not
            // apply (review29 item 3).
            "Annex 2 p. 9 sub. 2, cl. 18: a SEN child over the age limit without a PMPC conclusion",
            registration()
                .without("child.iin")
                .child_born(date(2019, 5, 10))
                .set("child.special_educational_needs", json!(true)),
            "refusal.requirements_not_met",
            "fix_documents",
        ),
        (
            "Annex 2 p. 9 sub. 2, cl. 18 and cl. 16: the month's wait stands beside the SEN child's age",
            registration()
                .without("child.iin")
                .child_born(date(2019, 5, 10))
                .set("child.special_educational_needs", json!(true))
                .left_priority_referral(true, date(2026, 11, 2)),
            "refusal.requirements_not_met",
            "fact",
        ),
        (
            // cl. 18 by Kezek's reading (six before 1 September and not yet
            // six: January–August): the same fact, its own reading risk.
            "Annex 2 p. 9 sub. 2, cl. 18 (Kezek's reading): a child not yet six, six before 1 September",
            registration()
                .as_of(at(2026, 3, 2, 10, 0))
                .without("child.iin")
                .child_born(date(2020, 5, 10)),
            "refusal.age_cut_off_reading",
            "fact",
        ),
        (
            "Annex 2 p. 9 sub. 2, cl. 18 (Kezek's reading): the SEN child gets the conclusion",
            registration()
                .as_of(at(2026, 3, 2, 10, 0))
                .without("child.iin")
                .child_born(date(2020, 5, 10))
                .set("child.special_educational_needs", json!(true)),
            "refusal.age_cut_off_reading",
            "fix_documents",
        ),
        (
            // cl. 18 with cl. 24 sub. 9: six already, before 1 September —
            // refused or archived on either reading.
            "Annex 2 p. 9 sub. 2, cl. 18, cl. 24 sub. 9: a child six since 10.05.2026, seven after 1 September",
            registration()
                .without("child.iin")
                .child_born(date(2020, 5, 10)),
            "refusal.age_turned_six",
            "fact",
        ),
        (
            "Annex 2 p. 9 sub. 2, cl. 18, cl. 24 sub. 9: the SEN child gets the conclusion",
            registration()
                .without("child.iin")
                .child_born(date(2020, 5, 10))
                .set("child.special_educational_needs", json!(true)),
            "refusal.age_turned_six",
            "fix_documents",
        ),
        (
            "Annex 2 p. 9 sub. 2, cl. 16: a month after a priority referral turned away",
            registration().left_priority_referral(true, date(2026, 11, 2)),
            "refusal.requirements_not_met",
            "fact",
        ),
        (
            "Annex 2 p. 9 sub. 3: no consent",
            registration().set("consent", json!(false)),
            "refusal.no_consent",
            "fix_answers",
        ),
        (
            "Annex 2 p. 9 sub. 4: an incomplete set",
            registration().set("documents", json!([])),
            "refusal.incomplete",
            "fix_documents",
        ),
        (
            "Annex 2 p. 9 sub. 4: a certificate out of date",
            registration()
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 9, 1))
                .holds(D::TeacherDiploma),
            "refusal.expired",
            "fix_documents",
        ),
        (
            "Annex 4 p. 8 sub. 1, cl. 34 sub. 1: a referral past its last day",
            admission(OFFICE, at(2026, 12, 2, 10, 0))
                .admission_fact("contract_date", json!("2026-12-03"))
                .holds_issued(D::Referral, date(2026, 11, 24))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 12, 2)),
            "refusal.expired_not_admitted",
            "fact",
        ),
        (
            "Annex 4 p. 8, cl. 34 sub. 1: a referral valid today, lapsed on the contract day",
            admission(OFFICE, at(2026, 11, 30, 10, 0))
                .admission_fact("contract_date", json!("2026-12-03"))
                .holds_issued(D::Referral, date(2026, 11, 24))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 30)),
            "refusal.expired_not_admitted",
            "fix_answers",
        ),
        (
            // Referrals come only from the queue (cl. 26): one not held is
            // not "brought" (review29 item 7).
            "Annex 4 p. 9 sub. 4: admission without the referral",
            admission(OFFICE, at(2026, 11, 23, 10, 0))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 23)),
            "refusal.incomplete_service_refused",
            "fact",
        ),
        (
            "Annex 4 p. 8 sub. 1 with cl. 34 sub. 1: a lapsed referral beside an expired health certificate: the harder stands",
            admission(OFFICE, at(2026, 12, 2, 10, 0))
                .admission_fact("contract_date", json!("2026-12-03"))
                .holds_issued(D::Referral, date(2026, 11, 24))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 10, 1)),
            "refusal.expired_not_admitted",
            "fact",
        ),
        (
            "cl. 34 sub. 2: a medical contraindication",
            admitted().medical_contraindication(),
            "refusal.medical_contraindication",
            "fact",
        ),
        (
            "cl. 34 sub. 1 (Kezek's reading): a health certificate too early for the contract",
            admission(OFFICE, at(2026, 11, 23, 10, 0))
                .holds_issued(D::Referral, date(2026, 11, 23))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 21))
                .admission_fact("contract_date", json!("2026-11-25")),
            // Valid today, not on the contract day given: the rules' own
            // detail is to sign while it is valid (`doc.lapses_before_use`).
            "refusal.expired_health_certificate_reading",
            "fix_answers",
        ),
        (
            "Annex 4 p. 8 sub. 1, cl. 34 sub. 1 (Kezek's reading): a referral at risk on the contract day, its safe day to come",
            admission(OFFICE, at(2026, 11, 26, 10, 0))
                .holds_issued(D::Referral, date(2026, 11, 20))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 26))
                .admission_fact("contract_date", json!("2026-11-27")),
            // The contract signed by the safe day (26.11): an answer.
            "refusal.referral_at_risk_issue_day_reading",
            "fix_answers",
        ),
        (
            "Annex 4 p. 8 sub. 1, cl. 34 sub. 1 (Kezek's reading): a referral at risk on the contract day, its safe day gone by",
            admission(OFFICE, at(2026, 11, 27, 10, 0))
                .holds_issued(D::Referral, date(2026, 11, 20))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 26))
                .admission_fact("contract_date", json!("2026-11-27")),
            // No new referral (Annex 4 p. 8 sub. 1 gives none): ask.
            "refusal.referral_at_risk_issue_day_reading",
            "fact",
        ),
        (
            "Annex 4 p. 8 sub. 1 against cl. 22 (Kezek's reading): a referral past Annex 4's day, within cl. 22's count",
            admission(OFFICE, at(2026, 11, 30, 10, 0))
                .holds_issued(D::Referral, date(2026, 11, 23))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 30))
                .admission_fact("documents_confirmed_on", json!("2026-11-27"))
                .admission_fact("contract_date", json!("2026-12-02")),
            // The contract signed by Annex 4's last day (30.11): an answer.
            "refusal.referral_at_risk_cl22_reading",
            "fix_answers",
        ),
        (
            "Annex 4 p. 7 sub. 1, p. 8 sub. 1 (Kezek's reading): the kindergarten's desk closed, reopening after the referral's safe day",
            admission(OFFICE, at(2026, 11, 26, 18, 0))
                .holds_issued(D::Referral, date(2026, 11, 20))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 26))
                .admission_fact("contract_date", json!("2026-11-27")),
            // The day of acceptance is the calendar's, not hers to give: ask.
            "refusal.referral_accepted_late_reading",
            "fact",
        ),
        (
            "Annex 4 p. 7 sub. 2, p. 8 sub. 1 (Kezek's reading): on the portal after working time, accepted after the referral's safe day",
            admission(PORTAL, at(2026, 11, 26, 19, 0))
                .holds_issued(D::Referral, date(2026, 11, 20))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 26)),
            "refusal.referral_accepted_late_reading",
            "fact",
        ),
        (
            "cl. 34 sub. 3, cl. 22 (Kezek's reading): a priority proof not rechecked",
            admitted().ground(Ground::Teacher),
            "refusal.recheck_unconfirmed_reading",
            "fix_documents",
        ),
        (
            "cl. 22, Annex 2 p. 9 sub. 4 (Kezek's reading): a certificate lapsing before the originals' check",
            queue_case(PORTAL, at(2026, 11, 24, 10, 0))
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 28))
                .holds(D::TeacherDiploma),
            "refusal.expires_before_check_reading",
            "fix_documents",
        ),
    ];
    for (what, case, ground, expected) in rows {
        assert_eq!(remedy(case, ground), json!(expected), "{what}");
    }
}

/// Annex 4 p. 7 sub. 1 (the kindergarten receives applications in its
/// working hours, `schedule`) with p. 8 sub. 1 and cl. 22: the referral of
/// 23.11.2026, the documents confirmed on Fri 27.11, runs by Annex 4 to Mon
/// 30.11 — the day to sign by under `refusal.referral_at_risk_cl22_reading`
/// (a contract on Wed 02.12). On 30.11 while the desk receives, the contract
/// day given by 30.11 mends it (`fix_answers`); on 30.11 after the desk has
/// closed, the day of acceptance is its next opening, Tue 01.12, past the
/// day to sign by: nothing she answers or brings moves it — a fact, as the
/// day after. Counted by the schedule's day of acceptance, not the date.
#[test]
fn annex4_7_1_after_the_desk_has_closed_on_the_last_day_the_referral_risk_is_a_fact() {
    let case = |h, min| {
        admission(OFFICE, at(2026, 11, 30, h, min))
            .holds_issued(D::Referral, date(2026, 11, 23))
            .holds(D::VaccinationCard)
            .holds_issued(D::HealthCertificate, date(2026, 11, 30))
            .admission_fact("documents_confirmed_on", json!("2026-11-27"))
            .admission_fact("contract_date", json!("2026-12-02"))
    };
    let ground = "refusal.referral_at_risk_cl22_reading";
    // Before closing: accepted today, the contract still signable by 30.11.
    let open = case(10, 0).evaluate_json();
    assert_eq!(
        open["schedule"]["accepted_at"].as_str().map(|s| &s[..10]),
        Some("2026-11-30"),
        "{}",
        open["schedule"]
    );
    assert_eq!(remedy(case(10, 0), ground), json!("fix_answers"));
    // After closing: accepted at the next opening, 01.12.
    let closed = case(19, 0).evaluate_json();
    assert_eq!(
        closed["schedule"]["accepted_at"].as_str().map(|s| &s[..10]),
        Some("2026-12-01"),
        "{}",
        closed["schedule"]
    );
    assert_eq!(remedy(case(19, 0), ground), json!("fact"));
}
