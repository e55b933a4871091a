//! Refusal risks that are only Kezek's readings (session of 02.12.2026,
//! seventh): the refusal preview beside them, and a document that expires
//! before cl. 22's check of the originals. Through the real path (a case in
//! JSON → `evaluate` → the evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 22: «…өтініш беруші көрсетілетін қызметті берушіге тексеру үшін
//!   тексерілетін құжаттардың түпнұсқаларын тіркеуге өтініш жіберген немесе
//!   қабылдауға жолдама алған сәттен бастап 5 жұмыс күнінен кешіктірмей
//!   ұсынуы тиіс. … Тек құжаттар расталғаннан кейін өтініш кезекте
//!   тіркеледі…»
//! - Annex 2 p. 9 sub. 4: «…(немесе) қолданылу мерзімі өтіп кеткен
//!   құжаттарды ұсынған жағдайда».
//! - cl. 34 sub. 3: «растайтын құжаттарды ұсынуда өзге де себептердің
//!   болуына байланысты».

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, queue_case, risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::{json, Value};

const PORTAL: Channel = Channel::EgovPortal;
const OFFICE: Channel = Channel::ProviderOffice;

/// Admission at the kindergarten on Mon 23.11.2026: a teacher's child with a
/// referral of that day, the vaccination card and a health certificate of
/// that day — the Annex 4 list complete; the teacher's proof not re-presented.
fn teachers_child() -> CaseBuilder {
    admission(OFFICE, at(2026, 11, 23, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
}

/// Queue registration on the portal on Tue 24.11.2026 (originals by Tue
/// 01.12.2026): a teacher's child whose workplace certificate was issued on
/// `issued`.
fn teacher_registration(issued: chrono::NaiveDate) -> Value {
    queue_case(PORTAL, at(2026, 11, 24, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::TeacherWorkplaceCertificate, issued)
        .holds(D::TeacherDiploma)
        .evaluate_json()
}

/// cl. 34 sub. 3 and cl. 22; cl. 5 and Annex 3: the refusal preview is built
/// whenever a risk applies. When every risk is only Kezek's reading ("may be
/// refused"), the preview is of a refusal the office may give under that
/// reading, not a certain one: the wire says so (`reading`), on each risk and
/// on the preview. One flat ground beside the reading makes it certain.
#[test]
fn cl34_3_the_refusal_preview_beside_reading_risks_only_is_marked_a_reading() {
    // The unconfirmed recheck alone (cl. 34 sub. 3, Kezek's reading).
    let e = teachers_child().evaluate_json();
    let r = risk(&e, "refusal.recheck_unconfirmed_reading").expect("the risk");
    assert_eq!(r["reading"], true, "{r}");
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["form"], "reasoned_reply", "{pv}");
    assert_eq!(pv["reading"], true, "{pv}");
    // The health certificate expired only by Kezek's reading of cl. 34 sub. 1.
    let e = admission(OFFICE, at(2026, 11, 23, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 21))
        .admission_fact("contract_date", json!("2026-11-25"))
        .evaluate_json();
    let r = risk(&e, "refusal.expired_health_certificate_reading").expect("the risk");
    assert_eq!(r["reading"], true, "{r}");
    assert_eq!(e["refusal"]["preview"]["reading"], true, "{}", e["refusal"]);
    // A flat ground beside the reading (no vaccination card: an incomplete
    // set, cl. 34 sub. 1): the refusal is certain, the preview not a reading.
    let e = admission(OFFICE, at(2026, 11, 23, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
        .evaluate_json();
    let inc = risk(&e, "refusal.incomplete_service_refused").expect("incomplete");
    assert_eq!(inc["reading"], false, "{inc}");
    assert!(
        risk(&e, "refusal.recheck_unconfirmed_reading").is_some(),
        "{}",
        e["refusal"]
    );
    assert_eq!(
        e["refusal"]["preview"]["reading"], false,
        "{}",
        e["refusal"]
    );
}

/// cl. 22 and Annex 2 p. 9 sub. 4: a certificate valid on the day of sending
/// (Tue 24.11.2026) but lapsing (Sat 28.11) before the last day for the
/// originals (Tue 01.12). The office checks the original when it is shown;
/// shown after it has lapsed, it is a document «қолданылу мерзімі өтіп
/// кеткен», and cl. 22 registers the application only once the documents are
/// confirmed. The order does not say that the validity is judged on the day
/// of the check rather than the day of sending — so a risk, said as Kezek's
/// reading, with what to do (show the original while it is valid), never
/// `refusal.none` beside it, and a preview marked a reading.
#[test]
fn annex2_9_4_cl22_a_certificate_lapsing_before_the_originals_check_may_be_refused() {
    let e = teacher_registration(date(2026, 10, 28));
    assert_eq!(e["schedule"]["originals_by"], "2026-12-01");
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.none"), "{reasons}");
    let r = risk(&e, "refusal.expires_before_check_reading").expect("the risk");
    assert_eq!(
        r["documents"],
        json!(["teacher_workplace_certificate"]),
        "{r}"
    );
    assert!(has(&r["detail"], "doc.expires_before_cl22_check"), "{r}");
    let cites = r["citations"].as_array().unwrap();
    assert!(
        cites.contains(&json!({"act": "order254", "clause": 22})),
        "{r}"
    );
    assert!(
        cites.contains(&json!({"act": "order254", "annex": 2, "clause": 9, "sub": 4})),
        "{r}"
    );
    assert_eq!(r["reading"], true, "{r}");
    assert_eq!(e["refusal"]["preview"]["reading"], true, "{}", e["refusal"]);
    // Not a ground for the Annex 3 receipt, which refuses to accept the set
    // (cl. 5): on the day of sending the certificate is valid.
    let e = queue_case(OFFICE, at(2026, 11, 24, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 28))
        .holds(D::TeacherDiploma)
        .evaluate_json();
    assert!(risk(&e, "refusal.expires_before_check_reading").is_some());
    assert_eq!(e["refusal"]["preview"]["form"], "reasoned_reply");
    // Valid to 20.12: no risk, no ground at all.
    let e = teacher_registration(date(2026, 11, 20));
    assert!(risk(&e, "refusal.expires_before_check_reading").is_none());
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
    // Said as a reading, naming cl. 22.
    for (lang, reading) in [
        ("kk", "Kezek түсіндірмесі"),
        ("ru", "Толкование Kezek"),
        ("en", "Kezek's reading"),
    ] {
        let t = text(lang, "reason-refusal-expires-before-check-reading");
        assert!(t.starts_with(reading), "{lang}: {t}");
        assert!(t.contains("22"), "{lang}: {t}");
    }
}

/// cl. 22 and cl. 34 sub. 3, admission: the teacher's certificate
/// re-presented at the second check, valid on the day of the referral (Mon
/// 23.11.2026) but lapsing (Sat 28.11) before the originals' last day (Mon
/// 30.11): the same reading risk, citing cl. 34 sub. 3 (the kindergarten's
/// ground) beside cl. 22; the Annex 4 list itself is complete.
#[test]
fn cl34_3_cl22_a_recheck_proof_lapsing_before_the_second_check_may_be_refused() {
    let e = teachers_child()
        .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 28))
        .holds(D::TeacherDiploma)
        .evaluate_json();
    let r = risk(&e, "refusal.expires_before_check_reading").expect("the risk");
    assert_eq!(
        r["documents"],
        json!(["teacher_workplace_certificate"]),
        "{r}"
    );
    let cites = r["citations"].as_array().unwrap();
    assert!(
        cites.contains(&json!({"act": "order254", "clause": 34, "sub": 3})),
        "{r}"
    );
    assert!(
        cites.contains(&json!({"act": "order254", "clause": 22})),
        "{r}"
    );
    assert!(!has(&e["refusal"]["reasons"], "refusal.none"));
    assert_eq!(e["refusal"]["preview"]["reading"], true, "{}", e["refusal"]);
}

/// cl. 20 sub. 1 and cl. 22, queue registration: the law-enforcement
/// officer's certificate is asked by analogy (no Annex 2 item names it), and
/// one held but out of date leaves the priority unconfirmed — «no ground for
/// refusing the documents», as `doc.law_enforcement_reading` says (Annex 2
/// p. 9 sub. 4 refuses for the list's documents only). So a certificate
/// lapsing before cl. 22's check, out of date on the portal's day of
/// acceptance, or out of date by the day the closed office next receives
/// applications (Annex 2 p. 7) is said to leave the priority unconfirmed —
/// never a refusal risk, nor the Annex 3 receipt. The teacher's certificate,
/// an item of the list, keeps its refusal (tests above).
#[test]
fn cl20_1_a_law_enforcement_certificate_out_of_date_later_is_no_refusal() {
    const SC: Channel = Channel::StateCorporation;
    // (channel, as of, issued, the item's first reason, its status)
    #[rustfmt::skip]
    let table = [
        // Lapsing Sat 28.11 before the originals' last day, Tue 01.12 (cl. 22).
        (PORTAL, at(2026, 11, 24, 10, 0), date(2026, 10, 28), "doc.expires_soon", "expires_soon"),
        (OFFICE, at(2026, 11, 24, 10, 0), date(2026, 10, 28), "doc.expires_soon", "expires_soon"),
        // Valid to Sun 29.11, evaluated Sat 28.11: accepted Mon 30.11.
        (PORTAL, at(2026, 11, 28, 10, 0), date(2026, 10, 29), "doc.priority_proof_lapses_before_acceptance", "expires_soon"),
        (OFFICE, at(2026, 11, 28, 10, 0), date(2026, 10, 29), "doc.priority_proof_lapses_before_opening", "unconfirmed"),
        (SC, at(2026, 11, 28, 20, 0), date(2026, 10, 29), "doc.priority_proof_lapses_before_opening", "unconfirmed"),
    ];
    for (channel, as_of, issued, first, status) in table {
        let e = queue_case(channel, as_of)
            .ground(Ground::LawEnforcement)
            .holds_issued(D::ServiceWorkplaceCertificate, issued)
            .evaluate_json();
        let i = kezek_rules::testing::order254::item(&e, "service_workplace_certificate");
        let at = format!("{channel:?} {as_of}: {i}\n{}", e["refusal"]);
        assert_eq!(i["reasons"][0], first, "{at}");
        assert_eq!(i["status"], status, "{at}");
        assert!(has(&i["reasons"], "doc.law_enforcement_reading"), "{at}");
        assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]), "{at}");
        assert!(e["refusal"]["preview"].is_null(), "{at}");
        assert!(
            !e["checklist"]["expired"]
                .as_array()
                .unwrap()
                .contains(&json!("service_workplace_certificate")),
            "{at}"
        );
    }
    // At admission the certificate is cl. 22's second check's, and the
    // kindergarten may refuse (cl. 34 sub. 3, Kezek's reading): lapsing
    // before that check's last day it keeps the risk.
    let e = admission(OFFICE, at(2026, 12, 1, 10, 0))
        .ground(Ground::LawEnforcement)
        .holds_issued(D::Referral, date(2026, 12, 1))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 12, 1))
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 3))
        .evaluate_json();
    let r = risk(&e, "refusal.expires_before_check_reading").expect("the admission's risk");
    assert_eq!(
        r["documents"],
        json!(["service_workplace_certificate"]),
        "{r}"
    );
    // The portal's is Kezek's reading (cl. 6), and says so; neither text
    // speaks of a refusal: the priority is not confirmed with it.
    for (lang, reading) in [
        ("kk", "Kezek түсіндірмесі"),
        ("ru", "Толкование Kezek"),
        ("en", "Kezek's reading"),
    ] {
        let t = text(lang, "reason-doc-priority-proof-lapses-before-acceptance");
        assert!(t.contains(reading), "{lang}: {t}");
        for key in [
            "reason-doc-priority-proof-lapses-before-acceptance",
            "reason-doc-priority-proof-lapses-before-opening",
        ] {
            let t = text(lang, key);
            assert!(t.contains("7"), "{lang} {key}: {t}");
        }
    }
}

/// Admission at the kindergarten's desk on `now`: a referral issued on
/// `referral`, the vaccination card, a health certificate issued on `health`
/// and the contract on `contract`.
fn referral_case(
    now: chrono::NaiveDateTime,
    referral: chrono::NaiveDate,
    health: chrono::NaiveDate,
    contract: &str,
) -> CaseBuilder {
    admission(OFFICE, now)
        .holds_issued(D::Referral, referral)
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, health)
        .admission_fact("contract_date", json!(contract))
}

/// The citations of the flat `refusal.expired_not_admitted` of a referral lapsed on the
/// contract day (Annex 4 p. 9 sub. 4, cl. 34 sub. 1): those of the
/// referral's reading risks.
fn lapsed_referrals_citations() -> Value {
    let e = referral_case(
        at(2026, 12, 2, 10, 0),
        date(2026, 11, 23),
        date(2026, 12, 2),
        "2026-12-02",
    )
    .evaluate_json();
    assert_eq!(item(&e, "referral")["status"], "expired");
    risk(&e, "refusal.expired_not_admitted").expect("the referral lapsed")["citations"].clone()
}

/// Annex 4 p. 8 sub. 1 «қабылдауға арналған жолдама (берілген күннен бастап
/// бес жұмыс күні ішінде жарамды)»; Annex 4 p. 9 sub. 4 and cl. 34 sub. 1:
/// a document out of date is a ground for refusal. The referral of Fri
/// 20.11.2026 runs to Fri 27.11 by Kezek's count (from the day after issue),
/// to Thu 26.11 if the day of issue is the first of the five. A contract on
/// 27.11 is at risk (`doc.referral_at_risk_issue_day_reading`): under the
/// stricter count the referral is out of date on it and the kindergarten may
/// refuse. So the answer says the risk as Kezek's reading, "may be refused" —
/// never `refusal.none` beside an item saying the kindergarten may hold the
/// referral lapsed, and never the flat `refusal.expired_not_admitted`. Its citations are
/// the lapsed referral's; what mends it is the contract day (an answer) while
/// the safe day is to come, and once it has passed, nothing she can give (a
/// fact: ask the kindergarten). The preview is marked a reading. (The health
/// certificate of 26.11 serves a contract on 27.11 by both counts.)
#[test]
fn annex4_8_1_a_referral_at_risk_on_the_contract_day_may_be_refused_as_a_reading() {
    let case = |now, contract: &str| {
        referral_case(now, date(2026, 11, 20), date(2026, 11, 26), contract).evaluate_json()
    };
    let e = case(at(2026, 11, 26, 10, 0), "2026-11-27");
    let r = item(&e, "referral");
    assert_eq!(r["status"], "expires_soon", "{r}");
    assert_eq!(r["safe_last_day"], "2026-11-26", "{r}");
    assert_eq!(r["last_valid_day"], "2026-11-27", "{r}");
    assert_eq!(
        r["reasons"][0], "doc.referral_at_risk_issue_day_reading",
        "{r}"
    );
    assert_eq!(item(&e, "health_certificate")["status"], "ok");
    assert_eq!(e["checklist"]["complete"], true, "{}", e["checklist"]);
    assert_eq!(e["checklist"]["expired"], json!([]));
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.none"), "{reasons}");
    assert!(!has(reasons, "refusal.expired_not_admitted"), "{reasons}");
    assert_eq!(
        reasons,
        &json!(["refusal.referral_at_risk_issue_day_reading"]),
        "{reasons}"
    );
    let k = risk(&e, "refusal.referral_at_risk_issue_day_reading").expect("the risk");
    assert_eq!(k["reading"], true, "{k}");
    assert_eq!(k["documents"], json!(["referral"]), "{k}");
    assert_eq!(
        k["detail"],
        json!(["doc.referral_at_risk_issue_day_reading"]),
        "{k}"
    );
    assert_eq!(k["citations"], lapsed_referrals_citations(), "{k}");
    // The contract signed by the safe day (today, 26.11): an answer.
    assert_eq!(k["remedy"], "fix_answers", "{k}");
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["reading"], true, "{pv}");
    assert_eq!(pv["form"], "reasoned_reply", "{pv}");
    // On the safe day: valid by both counts, no risk.
    let e = case(at(2026, 11, 26, 10, 0), "2026-11-26");
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
    // After Kezek's count: lapsed by both, the flat refusal, not this risk.
    let e = case(at(2026, 11, 26, 10, 0), "2026-11-28");
    assert!(has(
        &e["refusal"]["reasons"],
        "refusal.expired_not_admitted"
    ));
    assert!(risk(&e, "refusal.referral_at_risk_issue_day_reading").is_none());
    // Evaluated on Fri 27.11, the safe day gone by: nothing she can answer
    // mends it — a fact, ask the kindergarten.
    let e = case(at(2026, 11, 27, 10, 0), "2026-11-27");
    assert_eq!(
        e["refusal"]["reasons"],
        json!(["refusal.referral_at_risk_issue_day_reading"])
    );
    let k = risk(&e, "refusal.referral_at_risk_issue_day_reading").expect("the risk");
    assert_eq!(k["remedy"], "fact", "{k}");
    assert_eq!(e["refusal"]["preview"]["reading"], true);
}

/// Annex 4 p. 8 sub. 1 against cl. 22 «Тек құжаттар расталғаннан кейін …
/// жолдама бойынша қабылдауға бөлінген кезеңді есептеу басталады»: the
/// referral of 23.11.2026, the documents confirmed on Fri 27.11, runs by
/// Annex 4 to Mon 30.11 and, counted from the confirmation, to Fri 04.12. A
/// contract on Wed 02.12 is at risk (`doc.referral_at_risk_cl22_reading`):
/// by Annex 4 — Kezek's own day to rely on — the referral is out of date on
/// it, a ground for refusal (Annex 4 p. 9 sub. 4, cl. 34 sub. 1); only cl.
/// 22's count keeps it running. The same reasoning as the first-day reading:
/// a risk said as Kezek's reading, "may be refused", not `refusal.none` and
/// not the flat `refusal.expired_not_admitted`. Mended by the contract day while Annex 4's
/// last day is to come; once it has passed, a fact. (The health certificate
/// of 30.11 serves a contract on 02.12 by both counts.)
#[test]
fn cl22_a_referral_at_risk_by_the_cl22_count_may_be_refused_as_a_reading() {
    let case = |now, contract: &str| {
        referral_case(now, date(2026, 11, 23), date(2026, 11, 30), contract)
            .admission_fact("documents_confirmed_on", json!("2026-11-27"))
            .evaluate_json()
    };
    let e = case(at(2026, 11, 30, 10, 0), "2026-12-02");
    let r = item(&e, "referral");
    assert_eq!(r["status"], "expires_soon", "{r}");
    assert_eq!(r["reasons"][0], "doc.referral_at_risk_cl22_reading", "{r}");
    assert_eq!(item(&e, "health_certificate")["status"], "ok");
    assert_eq!(e["checklist"]["complete"], true, "{}", e["checklist"]);
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.none"), "{reasons}");
    assert!(!has(reasons, "refusal.expired_not_admitted"), "{reasons}");
    assert_eq!(
        reasons,
        &json!(["refusal.referral_at_risk_cl22_reading"]),
        "{reasons}"
    );
    let k = risk(&e, "refusal.referral_at_risk_cl22_reading").expect("the risk");
    assert_eq!(k["reading"], true, "{k}");
    assert_eq!(k["documents"], json!(["referral"]), "{k}");
    assert_eq!(
        k["detail"],
        json!(["doc.referral_at_risk_cl22_reading"]),
        "{k}"
    );
    assert_eq!(k["citations"], lapsed_referrals_citations(), "{k}");
    // The contract signed by Annex 4's last day (today, 30.11): an answer.
    assert_eq!(k["remedy"], "fix_answers", "{k}");
    assert_eq!(e["refusal"]["preview"]["reading"], true);
    // Past both counts (Mon 07.12): the flat refusal.
    let e = case(at(2026, 11, 30, 10, 0), "2026-12-07");
    assert!(has(
        &e["refusal"]["reasons"],
        "refusal.expired_not_admitted"
    ));
    assert!(risk(&e, "refusal.referral_at_risk_cl22_reading").is_none());
    // Evaluated on Tue 01.12, Annex 4's last day gone by: a fact.
    let e = case(at(2026, 12, 1, 10, 0), "2026-12-02");
    let k = risk(&e, "refusal.referral_at_risk_cl22_reading").expect("the risk");
    assert_eq!(k["remedy"], "fact", "{k}");
}

/// The referral's reading risks are said as Kezek's readings (the marker
/// first), "may be refused", with what to do (sign by the day; past it, ask
/// the kindergarten or the education department), in kk, ru and en; kk and
/// ru without Latin letters but Kezek's name, ru without «ё».
#[test]
fn annex4_8_1_the_referrals_reading_risks_are_said_in_kk_ru_en() {
    for key in [
        "reason-refusal-referral-at-risk-issue-day-reading",
        "reason-refusal-referral-at-risk-cl22-reading",
    ] {
        for (lang, marker, may, sign, ask) in [
            (
                "kk",
                "Kezek түсіндірмесі",
                "мүмкін",
                "шартты",
                "білім бөлімінен (басқармасынан)",
            ),
            (
                "ru",
                "Толкование Kezek",
                "могут отказать",
                "заключите договор",
                "отделе (управлении) образования",
            ),
            (
                "en",
                "Kezek's reading",
                "may be refused",
                "sign the contract",
                "education department",
            ),
        ] {
            let t = text(lang, key);
            assert!(t.starts_with(marker), "{lang} {key}: {t}");
            for part in [may, sign, ask, "34"] {
                assert!(t.contains(part), "{lang} {key}: no {part}: {t}");
            }
            if lang != "en" {
                let latin = t.replace("Kezek", "");
                assert!(
                    !latin.chars().any(|c| c.is_ascii_alphabetic()),
                    "{lang} {key}: {t}"
                );
            }
            if lang == "ru" {
                assert!(!t.contains('ё'), "{lang} {key}: {t}");
            }
        }
    }
    // Each names the reading it rests on: the day of issue as the first of
    // the five working days, or cl. 22's count from the confirmation.
    for (lang, cl22) in [("kk", "22-тармақ"), ("ru", "пункт 22"), ("en", "cl. 22")] {
        let t = text(lang, "reason-refusal-referral-at-risk-cl22-reading");
        assert!(t.contains(cl22), "{lang}: {t}");
        let t = text(lang, "reason-refusal-referral-at-risk-issue-day-reading");
        assert!(!t.contains(cl22), "{lang}: {t}");
    }
}

/// Admission on `channel` at `now`: the referral of Fri 20.11.2026 (safe day
/// Thu 26.11, Kezek's count Fri 27.11), the vaccination card, a health
/// certificate of 26.11 and, if given, the contract day.
fn accepted_late_case(
    channel: Channel,
    now: chrono::NaiveDateTime,
    contract: Option<&str>,
) -> Value {
    let mut c = admission(channel, now)
        .holds_issued(D::Referral, date(2026, 11, 20))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 26));
    if let Some(day) = contract {
        c = c.admission_fact("contract_date", json!(day));
    }
    c.evaluate_json()
}

/// Annex 4 p. 7 sub. 1–2 with p. 8 sub. 1: an application made now at
/// admission is accepted only on a working day after the referral's safe
/// day — at the kindergarten's desk after its hours (Thu 26.11.2026 18:00,
/// it next receives applications Fri 27.11;
/// `doc.referral_office_reopens_after_last_day`), or on the portal after
/// working time (accepted the next working day;
/// `doc.referral_accepted_after_last_day`). The item is at risk: judged on
/// the day of acceptance, with the day of issue the first of the five
/// working days (or on the day of acceptance at all, when that is past
/// Kezek's count too), the referral is out of date — a ground for refusal
/// (Annex 4 p. 9 sub. 4 «қолданылу мерзімі өтіп кеткен құжаттарды
/// ұсынған»; cl. 34 sub. 1). So the answer says the risk as Kezek's reading
/// (`refusal.referral_accepted_late_reading`, "may be refused"), never
/// `refusal.none` beside an item saying the referral may be held lapsed,
/// nor the flat `refusal.expired_not_admitted`. Its citations are the lapsed referral's;
/// its remedy a fact: the day of acceptance is the calendar's and the
/// clock's (Annex 4 p. 7), not an answer or a document she can give, and
/// the order gives no new referral — ask at once. Accepted the same day, no
/// risk.
#[test]
fn annex4_7_2_a_referral_accepted_after_its_safe_day_may_be_refused_as_a_reading() {
    let cases = [
        (
            OFFICE,
            at(2026, 11, 26, 18, 0),
            Some("2026-11-27"),
            "doc.referral_office_reopens_after_last_day",
        ),
        (
            OFFICE,
            at(2026, 11, 26, 18, 0),
            None,
            "doc.referral_office_reopens_after_last_day",
        ),
        (
            PORTAL,
            at(2026, 11, 26, 19, 0),
            Some("2026-11-27"),
            "doc.referral_accepted_after_last_day",
        ),
        (
            PORTAL,
            at(2026, 11, 26, 19, 0),
            None,
            "doc.referral_accepted_after_last_day",
        ),
        // Sent on Fri 27.11 at 19:00, accepted Mon 30.11: past Kezek's count
        // too, out of date if judged on the day of acceptance at all.
        (
            PORTAL,
            at(2026, 11, 27, 19, 0),
            None,
            "doc.referral_accepted_after_last_day",
        ),
    ];
    for (channel, now, contract, first) in cases {
        let e = accepted_late_case(channel, now, contract);
        let r = item(&e, "referral");
        assert_eq!(
            r["status"], "expires_soon",
            "{channel:?} {now} {contract:?}: {r}"
        );
        assert_eq!(r["reasons"][0], first, "{r}");
        let reasons = &e["refusal"]["reasons"];
        assert!(
            !has(reasons, "refusal.none"),
            "{channel:?} {now} {contract:?}: {reasons}"
        );
        assert!(!has(reasons, "refusal.expired_not_admitted"), "{reasons}");
        assert!(
            has(reasons, "refusal.referral_accepted_late_reading"),
            "{channel:?} {now} {contract:?}: {reasons}"
        );
        // Not also the contract day's own risk: the item's first reason is
        // the acceptance's.
        assert!(
            !has(reasons, "refusal.referral_at_risk_issue_day_reading"),
            "{reasons}"
        );
        let k = risk(&e, "refusal.referral_accepted_late_reading").expect("the risk");
        assert_eq!(k["reading"], true, "{k}");
        assert_eq!(k["documents"], json!(["referral"]), "{k}");
        assert_eq!(k["detail"], json!([first]), "{k}");
        assert_eq!(k["citations"], lapsed_referrals_citations(), "{k}");
        assert_eq!(k["remedy"], "fact", "{k}");
        if reasons.as_array().is_some_and(|a| a.len() == 1) {
            assert_eq!(e["refusal"]["preview"]["reading"], true, "{}", e["refusal"]);
        }
    }
    // Accepted the same day (the desk and the portal in working hours on the
    // safe day): valid by both counts, no risk.
    for channel in [OFFICE, PORTAL] {
        for contract in [Some("2026-11-26"), None] {
            let e = accepted_late_case(channel, at(2026, 11, 26, 10, 0), contract);
            assert_eq!(
                e["refusal"]["reasons"],
                json!(["refusal.none"]),
                "{channel:?} {contract:?}: {}",
                e["refusal"]
            );
        }
    }
}

/// The accepted-late risk is said as Kezek's reading (the marker first),
/// "may be refused", with what to do (ask the kindergarten or the education
/// department at once; egov.kz if it still accepts today), in kk, ru and
/// en; kk and ru without Latin letters but Kezek's and egov.kz's names, ru
/// without «ё».
#[test]
fn annex4_7_2_the_accepted_late_reading_risk_is_said_in_kk_ru_en() {
    let key = "reason-refusal-referral-accepted-late-reading";
    for (lang, marker, may, ask, p7) in [
        (
            "kk",
            "Kezek түсіндірмесі",
            "мүмкін",
            "білім бөлімінен (басқармасынан)",
            "7-тармағ",
        ),
        (
            "ru",
            "Толкование Kezek",
            "могут отказать",
            "отделе (управлении) образования",
            "пункта 7",
        ),
        (
            "en",
            "Kezek's reading",
            "may be refused",
            "education department",
            "p. 7",
        ),
    ] {
        let t = text(lang, key);
        assert!(t.starts_with(marker), "{lang}: {t}");
        for part in [may, ask, p7, "34", "egov.kz"] {
            assert!(t.contains(part), "{lang}: no {part}: {t}");
        }
        if lang != "en" {
            let latin = t.replace("Kezek", "").replace("egov.kz", "");
            assert!(
                !latin.chars().any(|c| c.is_ascii_alphabetic()),
                "{lang}: {t}"
            );
        }
        if lang == "ru" {
            assert!(!t.contains('ё'), "{lang}: {t}");
        }
    }
}

/// Annex 3 «(жоқ құжаттардың атауы)» and cl. 32, Annex 2 p. 5 (the reasoned
/// reply): the preview of the refusal the office may give under Kezek's
/// reading names the document the reading is about — the one each reading
/// risk's own `documents` names (Annex 2/4 p. 9 sub. 4: a document held out
/// of date under it) — not an empty list under "may be given under Kezek's
/// reading". Missing, expired and those, each once, in the risks' order.
#[test]
fn annex3_cl32_the_preview_under_a_reading_names_the_document_at_risk() {
    let teacher = |channel, now, issued| {
        queue_case(channel, now)
            .ground(Ground::Teacher)
            .holds_issued(D::TeacherWorkplaceCertificate, issued)
            .holds(D::TeacherDiploma)
            .evaluate_json()
    };
    let cases: Vec<(&str, Value, &str, &str)> = vec![
        (
            "Annex 4 p. 8 sub. 1: the referral at risk by the day of issue",
            referral_case(
                at(2026, 11, 26, 10, 0),
                date(2026, 11, 20),
                date(2026, 11, 26),
                "2026-11-27",
            )
            .evaluate_json(),
            "refusal.referral_at_risk_issue_day_reading",
            "referral",
        ),
        (
            "Annex 4 p. 8 sub. 1 against cl. 22: the referral at risk by cl. 22's count",
            referral_case(
                at(2026, 11, 30, 10, 0),
                date(2026, 11, 23),
                date(2026, 11, 30),
                "2026-12-02",
            )
            .admission_fact("documents_confirmed_on", json!("2026-11-27"))
            .evaluate_json(),
            "refusal.referral_at_risk_cl22_reading",
            "referral",
        ),
        (
            "Annex 4 p. 7 sub. 1: the referral accepted after its safe day",
            accepted_late_case(OFFICE, at(2026, 11, 26, 18, 0), Some("2026-11-27")),
            "refusal.referral_accepted_late_reading",
            "referral",
        ),
        (
            "cl. 34 sub. 1: the health certificate at risk by the first-day reading",
            referral_case(
                at(2026, 11, 23, 10, 0),
                date(2026, 11, 23),
                date(2026, 11, 23),
                "2026-11-26",
            )
            .evaluate_json(),
            "refusal.health_certificate_first_day_reading",
            "health_certificate",
        ),
        (
            "Annex 2 p. 8 sub. 5: a one-month certificate at risk by the day of issue",
            teacher(OFFICE, at(2026, 11, 25, 10, 0), date(2026, 10, 25)),
            "refusal.issue_day_reading_at_risk",
            "teacher_workplace_certificate",
        ),
        (
            "Annex 2 p. 7 sub. 3: out of date on the portal's day of acceptance",
            teacher(PORTAL, at(2026, 11, 28, 10, 0), date(2026, 10, 29)),
            "refusal.lapses_before_acceptance_reading",
            "teacher_workplace_certificate",
        ),
        (
            "cl. 22: lapsing before the originals' check",
            teacher(PORTAL, at(2026, 11, 24, 10, 0), date(2026, 10, 28)),
            "refusal.expires_before_check_reading",
            "teacher_workplace_certificate",
        ),
    ];
    for (what, e, ground, doc) in cases {
        assert_eq!(
            e["refusal"]["reasons"],
            json!([ground]),
            "{what}: {}",
            e["refusal"]
        );
        let k = risk(&e, ground).expect("the risk");
        assert_eq!(k["documents"], json!([doc]), "{what}: {k}");
        let pv = &e["refusal"]["preview"];
        assert_eq!(pv["reading"], true, "{what}: {pv}");
        assert_eq!(pv["documents"], json!([doc]), "{what}: {pv}");
    }
    // Beside a missing document (the vaccination card) the refusal is
    // certain, and the preview is of it: the missing document only. The
    // referral at risk stays in its own (reading) risk, not named in a
    // certain refusal as out of date (review helper-148).
    let e = admission(OFFICE, at(2026, 11, 26, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .holds_issued(D::HealthCertificate, date(2026, 11, 26))
        .admission_fact("contract_date", json!("2026-11-27"))
        .evaluate_json();
    assert_eq!(
        e["refusal"]["reasons"],
        json!([
            "refusal.incomplete_service_refused",
            "refusal.referral_at_risk_issue_day_reading"
        ]),
        "{}",
        e["refusal"]
    );
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["reading"], false, "{pv}");
    assert_eq!(pv["documents"], json!(["vaccination_card"]), "{pv}");
}

/// cl. 5 and Annex 3 «…жарамдылық мерзімі өткен құжаттарды тапсыруыңызға…
/// құжаттарды қабылдаудан бас тартады»: at the education department the
/// refusal for a document held out of date is the receipt, not the reasoned
/// reply (Annex 2 p. 5) — so under the day-of-issue reading, which holds the
/// one-month certificate out of date on the day it is handed in (Annex 2 p.
/// 8 sub. 4–5, p. 9 sub. 4), the refusal the office may give is the receipt
/// naming it. On the portal a reasoned reply (cl. 6) all the same.
#[test]
fn cl5_annex3_the_receipt_under_the_issue_day_reading_at_the_office() {
    let serviceman = |channel| {
        queue_case(channel, at(2026, 11, 25, 10, 0))
            .ground(Ground::Serviceman)
            .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25))
            .evaluate_json()
    };
    let e = serviceman(OFFICE);
    assert_eq!(
        e["refusal"]["reasons"],
        json!(["refusal.issue_day_reading_at_risk"]),
        "{}",
        e["refusal"]
    );
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["form"], "annex3_receipt", "{pv}");
    assert_eq!(
        pv["citation"],
        json!({"act": "order254", "annex": 3}),
        "{pv}"
    );
    assert_eq!(pv["reading"], true, "{pv}");
    assert_eq!(
        pv["documents"],
        json!(["service_workplace_certificate"]),
        "{pv}"
    );
    let e = serviceman(Channel::EgovPortal);
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["form"], "reasoned_reply", "{pv}");
    assert_eq!(pv["reading"], true, "{pv}");
    // Beside a certain ground that is not about documents (the consent not
    // given) the refusal is certain, on that ground: a reasoned reply (Annex 2
    // p. 5), not a certain receipt naming a certificate valid by Kezek's count
    // (review helper-148).
    let e = queue_case(OFFICE, at(2026, 11, 25, 10, 0))
        .ground(Ground::Serviceman)
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25))
        .set("consent", json!(false))
        .evaluate_json();
    let reasons = e["refusal"]["reasons"].to_string();
    assert!(
        reasons.contains("refusal.no_consent")
            && reasons.contains("refusal.issue_day_reading_at_risk"),
        "{}",
        e["refusal"]
    );
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["form"], "reasoned_reply", "{pv}");
    assert_eq!(pv["reading"], false, "{pv}");
    assert_eq!(pv["documents"], json!([]), "{pv}");
}
