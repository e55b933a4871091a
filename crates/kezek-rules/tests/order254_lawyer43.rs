//! Order No. 254 items a lawyer's pass left open (lawyer43).
//!
//! 1. Annex 4 p. 8 sub. 1 «қабылдауға арналған жолдама (берілген күннен
//!    бастап бес жұмыс күні ішінде жарамды)» with Annex 4 p. 9 sub. 4 and
//!    cl. 34 sub. 1: on Kezek's own last day of the referral — after its
//!    safe day (the day of issue the first of the five), no contract day
//!    given — the referral is out of date by the stricter count on any day
//!    the contract can still be signed; on egov.kz after the kindergarten's
//!    reception (Annex 4 p. 7 sub. 1, to 17:30), if working time ends then
//!    (sub. 2), the application is accepted on the next working day, when it
//!    is out of date on either count. The answer said `refusal.none`.
//! 2. Annex 2 p. 8 («берілген күннен бастап бір ай ішінде жарамды») with
//!    Annex 2 p. 7 sub. 1 and 3 and p. 9 sub. 4: on egov.kz on a one-month
//!    certificate's safe day between the department's reception (17:30) and
//!    the end of its working day (18:30), accepted today by Kezek's reading
//!    of working time (R7) but, read as the reception's hours, on the next
//!    working day, after the safe day — the refusal at acceptance said as a
//!    reading, as admission's referral is (late42).

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, queue_case, risk, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const DESK: Channel = Channel::ProviderOffice;
const ISSUE_DAY_RISK: &str = "refusal.referral_at_risk_issue_day_reading";
const ISSUE_DAY_DOC: &str = "doc.referral_at_risk_issue_day_reading";

/// A referral of Fri 11.12.2026 (16.12 a holiday): safe last day Fri 18.12,
/// Kezek's count Mon 21.12; no contract day given.
fn referral_on(channel: Channel, day: u32, h: u32, m: u32) -> serde_json::Value {
    admission(channel, at(2026, 12, day, h, m))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 12, day))
        .evaluate_json()
}

#[test]
fn annex4_8_1_on_kezeks_own_last_day_the_referral_may_be_refused_as_a_reading() {
    for (channel, h, m) in [
        (PORTAL, 10, 0),
        (PORTAL, 17, 45),
        (DESK, 10, 0),
        (PORTAL, 7, 30),
    ] {
        let at = format!("{channel:?} 21.12 {h}:{m}");
        let e = referral_on(channel, 21, h, m);
        // Accepted today (R7 on the portal; the desk open): not the accepted-late risk.
        assert_eq!(
            e["schedule"]["accepted_at"].as_str().unwrap()[..10],
            *"2026-12-21",
            "{at}"
        );
        let r = item(&e, "referral");
        assert_eq!(r["status"], "expires_soon", "{at}: {r}");
        assert_eq!(r["reasons"][0], ISSUE_DAY_DOC, "{at}: {r}");
        let reasons = &e["refusal"]["reasons"];
        assert!(!has(reasons, "refusal.none"), "{at}: {reasons}");
        let k = risk(&e, ISSUE_DAY_RISK).unwrap_or_else(|| panic!("{at}: {}", e["refusal"]));
        assert_eq!(k["reading"], true, "{at}: {k}");
        // The safe day gone by: nothing she gives mends it — ask at once.
        assert_eq!(k["remedy"], "fact", "{at}: {k}");
        assert_eq!(k["documents"], json!(["referral"]), "{at}: {k}");
    }
    // The safe day itself (10:00): valid on every count, no risk.
    let e = referral_on(PORTAL, 18, 10, 0);
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
    assert_ne!(item(&e, "referral")["reasons"][0], ISSUE_DAY_DOC);
}

/// The texts of the referral's issue-day risk say it with no contract day
/// given too (today), not only of "the contract day".
#[test]
fn annex4_8_1_the_issue_day_risk_texts_say_today_where_no_contract_day_is_given() {
    for (lang, today) in [("kk", "бүгін"), ("ru", "сегодня"), ("en", "today")] {
        for key in [
            "reason-doc-referral-at-risk-issue-day-reading",
            "reason-refusal-referral-at-risk-issue-day-reading",
        ] {
            let t = text(lang, key);
            assert!(t.to_lowercase().contains(today), "{lang} {key}: {t}");
        }
    }
}

/// A serviceman's workplace certificate issued Wed 28.10.2026: safe day
/// (the day of issue counted) Fri 27.11, Kezek's count Sat 28.11.
fn certificate_on(day: u32, h: u32, m: u32) -> serde_json::Value {
    queue_case(PORTAL, at(2026, 11, day, h, m))
        .set("family", json!({"serviceman": true}))
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 28))
        .evaluate_json()
}

const AFTER_RECEPTION: &str = "refusal.issue_day_after_reception_reading";
const DOC_AFTER_RECEPTION: &str = "doc.issue_day_after_reception_reading";
const DOC_LAPSES_AFTER_RECEPTION: &str = "doc.lapses_after_reception_reading";

#[test]
fn annex2_7_1_3_on_a_one_month_certificates_safe_day_after_1730_egov_may_refuse_as_a_reading() {
    let e = certificate_on(27, 17, 45);
    // R7 kept: accepted today.
    assert_eq!(e["schedule"]["accepted_at"], "2026-11-27T17:45:00");
    let c = item(&e, "service_workplace_certificate");
    assert_eq!(c["status"], "expires_soon", "{c}");
    // The next working day, Mon 30.11, is past Kezek's last day (Sat 28.11)
    // too: out of date then on both counts, not the day-of-issue reading
    // (review44; `order254_rules44.rs` has the day-of-issue case).
    assert_eq!(c["reasons"][0], DOC_LAPSES_AFTER_RECEPTION, "{c}");
    let k = risk(&e, AFTER_RECEPTION).unwrap_or_else(|| panic!("{}", e["refusal"]));
    assert_eq!(k["reading"], true, "{k}");
    assert_eq!(k["remedy"], "fix_documents", "{k}");
    assert_eq!(
        k["documents"],
        json!(["service_workplace_certificate"]),
        "{k}"
    );
    assert_eq!(k["detail"], json!([DOC_LAPSES_AFTER_RECEPTION]), "{k}");
    assert_eq!(
        k["citations"],
        json!([
            {"act": "order254", "annex": 2, "clause": 8, "sub": 2},
            {"act": "order254", "annex": 2, "clause": 7, "sub": 1},
            {"act": "order254", "annex": 2, "clause": 7, "sub": 3},
            {"act": "order254", "annex": 2, "clause": 9, "sub": 4}
        ]),
        "{k}"
    );
    // Within the reception (17:15), the day before (Thu 17:45: the next
    // working day is the safe day) or at 18:45 (after working time on every
    // reading: its own risk): not this one.
    for (day, h, m) in [(27, 17, 15), (26, 17, 45), (27, 18, 45)] {
        let e = certificate_on(day, h, m);
        assert!(
            risk(&e, AFTER_RECEPTION).is_none(),
            "{day} {h}:{m}: {}",
            e["refusal"]
        );
        let c = item(&e, "service_workplace_certificate");
        assert_ne!(c["reasons"][0], DOC_AFTER_RECEPTION, "{day} {h}:{m}: {c}");
    }
}

#[test]
fn annex2_7_1_3_the_after_reception_texts_say_the_reading_and_the_clauses() {
    for key in [
        "reason-refusal-issue-day-after-reception-reading",
        "reason-doc-issue-day-after-reception-reading",
    ] {
        for (lang, marker) in [
            ("kk", "Kezek түсіндірмесі"),
            ("ru", "олкование Kezek"),
            ("en", "Kezek's reading"),
        ] {
            let t = text(lang, key);
            assert!(t.contains(marker), "{lang} {key}: {t}");
            assert!(
                t.contains("17:30") && t.contains("18:30"),
                "{lang} {key}: {t}"
            );
            assert!(!t.contains('ё'), "{lang} {key}: {t}");
        }
    }
    for (lang, may) in [
        ("kk", "бас тартылуы мүмкін"),
        ("ru", "могут отказать"),
        ("en", "may be refused"),
    ] {
        let t = text(lang, "reason-refusal-issue-day-after-reception-reading");
        assert!(t.contains(may), "{lang}: {t}");
    }
}

/// cl. 22 with Annex 2 p. 8 sub. 5 at admission (lawyer43, after lawyer42):
/// the teacher's one-month certificate is shown at the second check of the
/// originals, not with the application (Annex 4 p. 8 does not list it).
/// Step 6's line says so (late42), but the item's first line was
/// `doc.expires_soon`, «apply while it is still valid, its last day
/// included» — "apply", and by Kezek's count. Its first line is now the
/// check's own: valid on the day of the second check.
#[test]
fn cl22_at_admission_a_one_month_proofs_first_line_is_the_check_not_apply_while_valid() {
    for channel in [DESK, PORTAL] {
        let e = admission(channel, at(2026, 12, 21, 10, 0))
            .set("family", json!({"teacher": true}))
            .holds_issued(D::Referral, date(2026, 12, 18))
            .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 11, 23))
            .holds(D::TeacherDiploma)
            .evaluate_json();
        let c = item(&e, "teacher_workplace_certificate");
        assert_eq!(c["status"], "expires_soon", "{channel:?}: {c}");
        assert_ne!(c["reasons"][0], "doc.expires_soon", "{channel:?}: {c}");
        assert_eq!(
            c["reasons"][0], "doc.recheck_cl22_valid_on_check",
            "{channel:?}: {c}"
        );
        let n = c["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| *r == "doc.recheck_cl22_valid_on_check")
            .count();
        assert_eq!(n, 1, "{channel:?}: {c}");
    }
}

/// cl. 24 sub. 3 «күн сайын сағат 18:00-де … (регламенттік уақыт
/// көрсетілетін қызметті берушінің нормативтік актісімен өзгертілуі мүмкін)»
/// and sub. 4 «күн сайын таңғы сағат 07:00-де … (… өзгертілуі мүмкін, алайда
/// күнделікті сағат 23:59-дан кешіктірілмеуі тиіс)»: the "Why?" of each
/// said the time flatly; it says, as the clause does, that the provider may
/// change it (and for sub. 4, not past 23:59) — lawyer43's pass over every
/// time of day said to a parent.
#[test]
fn cl24_3_4_the_whys_say_the_provider_may_change_the_times() {
    for (lang, may) in [
        ("kk", "өзгертуі мүмкін"),
        ("ru", "может изменить"),
        ("en", "may change"),
    ] {
        for key in ["why-order254-cl24-3", "why-order254-cl24-4"] {
            let t = text(lang, key);
            assert!(t.contains(may), "{lang} {key}: {t}");
        }
        let t = text(lang, "why-order254-cl24-4");
        assert!(t.contains("23:59"), "{lang}: {t}");
    }
}

/// Annex 2 p. 5: the result of queue registration is the notice «немесе …
/// 9-тармағында белгіленген негіздер бойынша мемлекеттік қызметті көрсетуден
/// бас тарту туралы дәлелді жауап»; cl. 6 gives the portal's reasoned reply
/// for one ground only: «Толық болмаған жағдайда … өтінішті қарастырудан бас
/// тарту жөнінде дәлелді жауап». The preview of a refusal on egov.kz cited
/// cl. 6 whatever the ground (a child over the age limit, a certificate out
/// of date); it cites cl. 6 where the set is incomplete, Annex 2 p. 5
/// otherwise (lawyer43's pass over queue registration's refusals).
#[test]
fn annex2_5_cl6_a_reasoned_refusal_on_egov_cites_cl6_only_for_an_incomplete_set() {
    let preview = |e: &serde_json::Value| e["refusal"]["preview"]["citation"].clone();
    let cl6 = json!({"act": "order254", "clause": 6});
    let p5 = json!({"act": "order254", "annex": 2, "clause": 5});
    // Over the age limit on every reading (seven before 1 September).
    let e = queue_case(PORTAL, at(2026, 11, 24, 10, 0))
        .child_born(date(2019, 5, 10))
        .evaluate_json();
    assert!(has(
        &e["refusal"]["reasons"],
        "refusal.requirements_not_met"
    ));
    assert_eq!(preview(&e), p5, "{}", e["refusal"]);
    // A serviceman's certificate out of date (issued 01.10.2026).
    let e = queue_case(PORTAL, at(2026, 11, 24, 10, 0))
        .set("family", json!({"serviceman": true}))
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 1))
        .evaluate_json();
    assert!(has(
        &e["refusal"]["reasons"],
        "refusal.expired_service_refused"
    ));
    assert_eq!(preview(&e), p5, "{}", e["refusal"]);
    // The phthisiatrician's conclusion missing: cl. 6, beside the age too.
    let e = queue_case(PORTAL, at(2026, 11, 24, 10, 0))
        .child_born(date(2019, 5, 10))
        .set("documents", json!([]))
        .evaluate_json();
    assert!(has(
        &e["refusal"]["reasons"],
        "refusal.incomplete_not_considered"
    ));
    assert_eq!(preview(&e), cl6, "{}", e["refusal"]);
}
