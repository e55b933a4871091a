//! Law review 21 (helper-74), admission (00403002) and cl. 22: one test per
//! finding, named after its clause, through the real path (a case in JSON →
//! `evaluate` → the evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 4: the queue service is provided by «республикалық маңызы бар
//!   қалалардың және астананың білім басқармалары, аудандардың, облыстық
//!   маңызы бар қалалардың білім бөлімдері (бұдан әрі – көрсетілетін қызметті
//!   беруші)»; cl. 31 defines the same term for admission as the preschools.
//! - cl. 22: «…ақпаратты көрсетілетін қызметті беруші басқа тәртіпті
//!   белгілмеген жағдайда кезекке қоюға жаңа өтініш тіркелген сәтте және
//!   мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін екі рет
//!   тексереді және растайды. … Тек құжаттар расталғаннан кейін өтініш кезекте
//!   тіркеледі, өз кезектілігін алады, ал жолдама бойынша қабылдауға бөлінген
//!   кезеңді есептеу басталады және ол мектепке дейінгі ұйымға қолжетімді
//!   болады.»
//! - cl. 34: «Көрсетілетін қызметті беруші келесі себептермен баланы
//!   қабылдамайды: 1) … келісім шарт жасалған күннен 3 (үш) күнтізбелік
//!   күннен кешіктірмей берілген баланың денсаулық жағдайы туралы анықтама
//!   ұсынбауы); … 3) растайтын құжаттарды ұсынуда өзге де себептердің
//!   болуына байланысты.»

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::json;

const OFFICE: Channel = Channel::ProviderOffice;

/// Admission at the kindergarten on Mon 23.11.2026: a teacher's child with a
/// referral of that day, the vaccination card and a health certificate of
/// that day — the Annex 4 list complete.
fn teachers_child() -> CaseBuilder {
    admission(OFFICE, at(2026, 11, 23, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
}

/// cl. 34 sub. 3 and cl. 22: a referral given for a priority right whose
/// proof is not re-presented at cl. 22's second check. The order does not say
/// what follows; but cl. 22 starts the admission period only after the
/// documents are confirmed, and cl. 34 sub. 3 lets the kindergarten refuse
/// «растайтын құжаттарды ұсынуда өзге де себептердің болуына байланысты».
/// So neither "no ground for refusal" nor "the set of documents is still
/// complete" (it is the Annex 4 list that is): a refusal risk said as Kezek's
/// reading (law review 21, F4.1).
#[test]
fn cl34_3_an_unconfirmed_priority_recheck_is_a_reading_risk_not_no_refusal() {
    let e = teachers_child().evaluate_json();
    assert_eq!(e["checklist"]["complete"], true, "{}", e["checklist"]);
    let cert = item(&e, "teacher_workplace_certificate");
    assert_eq!(cert["status"], "unconfirmed", "{cert}");
    assert_eq!(cert["reasons"][0], "doc.recheck_unconfirmed", "{cert}");
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.none"), "{reasons}");
    assert!(
        has(reasons, "refusal.recheck_unconfirmed_reading"),
        "{reasons}"
    );
    let r = risk(&e, "refusal.recheck_unconfirmed_reading").expect("the risk");
    assert!(has(&r["documents"], "teacher_workplace_certificate"), "{r}");
    assert!(has(&r["documents"], "teacher_diploma"), "{r}");
    let cites = r["citations"].as_array().unwrap();
    assert!(
        cites.contains(&json!({"act": "order254", "clause": 34, "sub": 3})),
        "{r}"
    );
    assert!(
        cites.contains(&json!({"act": "order254", "clause": 22})),
        "{r}"
    );
    // Said as a reading, with what the order does and does not say.
    for (lang, reading, unsaid, complete) in [
        ("kk", "Kezek түсіндірмесі", "айтпайды", "4-қосымша"),
        ("ru", "Толкование Kezek", "не говорит", "приложения 4"),
        ("en", "Kezek's reading", "does not say", "Annex 4"),
    ] {
        let t = text(lang, "reason-refusal-recheck-unconfirmed-reading");
        assert!(t.starts_with(reading), "{lang}: {t}");
        assert!(t.contains(unsaid), "{lang}: {t}");
        assert!(t.contains("34") && t.contains("22"), "{lang}: {t}");
        let item_text = text(lang, "reason-doc-recheck-unconfirmed");
        assert!(item_text.contains(complete), "{lang}: {item_text}");
    }
    // The proof re-presented and valid: no such risk, and no ground at all.
    let e = teachers_child()
        .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 11, 20))
        .holds(D::TeacherDiploma)
        .evaluate_json();
    assert!(
        risk(&e, "refusal.recheck_unconfirmed_reading").is_none(),
        "{}",
        e["refusal"]
    );
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
    // Queue registration's "if any" items keep their own text: the set of
    // documents is complete there (Annex 2 p. 9 sub. 4 refuses for its list).
    let e = kezek_rules::testing::order254::queue_case(OFFICE, at(2026, 11, 23, 10, 0))
        .ground(Ground::Serviceman)
        .evaluate_json();
    let cert = item(&e, "service_workplace_certificate");
    assert_eq!(cert["reasons"][0], "doc.priority_unconfirmed", "{cert}");
    assert!(!has(
        &e["refusal"]["reasons"],
        "refusal.recheck_unconfirmed_reading"
    ));
}

/// cl. 34 sub. 1 «келісім шарт жасалған күннен 3 (үш) күнтізбелік күннен
/// кешіктірмей берілген»: Kezek reads it as "issued not earlier than three
/// days before the contract" — a reading (`doc.too_early_for_contract`).
/// When the health certificate so judged is the only expired document, the
/// refusal's headline says "may be refused", as Kezek's reading, not "would
/// be refused" (law review 21, F4.3). With another expired document beside
/// it, the flat headline stays.
#[test]
fn cl34_1_a_health_certificate_expired_only_by_kezeks_reading_may_be_refused() {
    let contract = |b: CaseBuilder| {
        b.admission_fact("contract_date", json!("2026-11-25"))
            .holds_issued(D::HealthCertificate, date(2026, 11, 21))
    };
    let e = contract(admission(OFFICE, at(2026, 11, 23, 10, 0)))
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .evaluate_json();
    let h = item(&e, "health_certificate");
    assert_eq!(h["status"], "expired", "{h}");
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.expired_not_admitted"), "{reasons}");
    assert!(
        has(reasons, "refusal.expired_health_certificate_reading"),
        "{reasons}"
    );
    let r = risk(&e, "refusal.expired_health_certificate_reading").unwrap();
    assert!(has(&r["documents"], "health_certificate"), "{r}");
    for (lang, reading, may) in [
        ("kk", "Kezek түсіндірмесі", "мүмкін"),
        ("ru", "толкованию Kezek", "могут"),
        ("en", "Kezek's reading", "may be refused"),
    ] {
        let t = text(lang, "reason-refusal-expired-health-certificate-reading");
        assert!(t.contains(reading) && t.contains(may), "{lang}: {t}");
        assert!(t.contains("34"), "{lang}: {t}");
    }
    // A lapsed referral beside it: a document has expired outright.
    let e = contract(admission(OFFICE, at(2026, 11, 23, 10, 0)))
        .holds_issued(D::Referral, date(2026, 11, 2))
        .holds(D::VaccinationCard)
        .evaluate_json();
    let reasons = &e["refusal"]["reasons"];
    assert!(has(reasons, "refusal.expired_not_admitted"), "{reasons}");
    assert!(
        !has(reasons, "refusal.expired_health_certificate_reading"),
        "{reasons}"
    );
}

/// cl. 34 sub. 1 «келісім шарт жасалған күннен 3 (үш) күнтізбелік күннен
/// кешіктірмей берілген»: whether the contract day is one of the three days
/// the text does not say. A certificate of 23.11.2026 for a contract on 26.11
/// is valid by Kezek's count (from the day before the contract) and a day too
/// old if the contract day counts: at risk, said as Kezek's reading on the
/// item, with the safe day (25.11). cl. 34 sub. 1 is a ground for refusal
/// under the stricter count, so the answer says the risk as a reading,
/// `refusal.health_certificate_first_day_reading` ("may be refused", what to
/// do) — never `refusal.none` beside an item that says the kindergarten may
/// hold the certificate too old, and never the flat `refusal.expired` nor
/// `refusal.expired_health_certificate_reading` (a certificate expired by
/// Kezek's count). Its citations are its neighbour's (the certificate
/// expired by Kezek's reading); the preview is marked a reading.
#[test]
fn cl34_1_a_certificate_at_risk_by_the_first_day_reading_may_be_refused_as_a_reading() {
    let contract = |day: &str| {
        admission(OFFICE, at(2026, 11, 23, 10, 0))
            .holds_issued(D::Referral, date(2026, 11, 23))
            .holds(D::VaccinationCard)
            .holds_issued(D::HealthCertificate, date(2026, 11, 23))
            .admission_fact("contract_date", json!(day))
            .evaluate_json()
    };
    let e = contract("2026-11-26");
    let h = item(&e, "health_certificate");
    assert_eq!(h["status"], "expires_soon", "{h}");
    assert_eq!(h["safe_last_day"], "2026-11-25", "{h}");
    assert_eq!(h["last_valid_day"], "2026-11-26", "{h}");
    assert_eq!(
        h["reasons"][0], "doc.health_certificate_first_day_reading",
        "{h}"
    );
    assert!(
        !has(&e["checklist"]["expired"], "health_certificate"),
        "{h}"
    );
    assert_eq!(e["checklist"]["complete"], true, "{}", e["checklist"]);
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.none"), "{reasons}");
    assert!(!has(reasons, "refusal.expired_not_admitted"), "{reasons}");
    assert!(
        !has(reasons, "refusal.expired_health_certificate_reading"),
        "{reasons}"
    );
    assert_eq!(
        reasons,
        &json!(["refusal.health_certificate_first_day_reading"]),
        "{reasons}"
    );
    let r = risk(&e, "refusal.health_certificate_first_day_reading").expect("the risk");
    assert_eq!(r["reading"], true, "{r}");
    assert_eq!(r["documents"], json!(["health_certificate"]), "{r}");
    assert_eq!(
        r["detail"],
        json!(["doc.health_certificate_first_day_reading"]),
        "{r}"
    );
    assert_eq!(r["remedy"], "fix_documents", "{r}");
    let pv = &e["refusal"]["preview"];
    assert_eq!(pv["reading"], true, "{pv}");
    assert_eq!(pv["form"], "reasoned_reply", "{pv}");
    // The neighbour's citations: a contract on 27.11, expired by Kezek's count.
    let later = contract("2026-11-27");
    let n = risk(&later, "refusal.expired_health_certificate_reading").expect("the neighbour");
    assert_eq!(r["citations"], n["citations"], "{r}\n{n}");
    assert!(
        risk(&later, "refusal.health_certificate_first_day_reading").is_none(),
        "{}",
        later["refusal"]
    );
    // On the safe day: valid under both counts, no risk.
    let e = contract("2026-11-25");
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
    // Said as Kezek's reading, "may be refused", with what to do (a new
    // certificate within 2 days before the contract, or the contract by the
    // safe day), in kk, ru and en.
    for (lang, marker, may, two) in [
        ("kk", "Kezek түсіндірмесі", "мүмкін", "2 күн"),
        ("ru", "Толкование Kezek", "могут отказать", "2 дня"),
        ("en", "Kezek's reading", "may be refused", "2 days"),
    ] {
        let t = text(lang, "reason-refusal-health-certificate-first-day-reading");
        assert!(t.starts_with(marker), "{lang}: {t}");
        assert!(t.contains(may) && t.contains(two), "{lang}: {t}");
        assert!(t.contains("34"), "{lang}: {t}");
        if lang != "en" {
            let latin = t.replace("Kezek", "");
            assert!(
                !latin.chars().any(|c| c.is_ascii_alphabetic()),
                "{lang}: {t}"
            );
        }
    }
}

/// The first-day reading of cl. 34 sub. 1's three days is said as Kezek's
/// reading, opening with the reading's marker, in kk, ru and en; it names
/// the clause and the two counts (3 days, 2 days), and kk and ru are free of
/// English (the name Kezek aside).
#[test]
fn cl34_1_the_first_day_reading_of_the_health_certificate_is_said_in_kk_ru_en() {
    for (lang, marker, three, two) in [
        ("kk", "Kezek түсіндірмесі", "3 күн", "2 күн"),
        ("ru", "Толкование Kezek", "3 дня", "2 дня"),
        ("en", "Kezek's reading", "3 days", "2 days"),
    ] {
        let t = text(lang, "reason-doc-health-certificate-first-day-reading");
        assert!(t.starts_with(marker), "{lang}: {t}");
        assert!(t.contains("34"), "{lang}: {t}");
        assert!(t.contains(three) && t.contains(two), "{lang}: {t}");
        if lang != "en" {
            let latin = t.replace("Kezek", "");
            assert!(
                !latin.chars().any(|c| c.is_ascii_alphabetic()),
                "{lang}: {t}"
            );
        }
        if lang == "ru" {
            assert!(!t.contains('ё'), "{lang}: {t}");
        }
    }
    // The safe day said as included (kk «… қоса алғанда», ru «по …
    // включительно», en "inclusive"), not «… дейін» / «до …», which read as
    // the day before; the clause named as the neighbouring texts name it;
    // kk's "no earlier than 2 days before the contract" in natural Kazakh.
    for (lang, included, excluded) in [
        (
            "kk",
            "берілген күннен кейінгі екінші күнді қоса алғанда",
            "екінші күнге дейін",
        ),
        (
            "ru",
            "по второй день после дня ее выдачи включительно",
            "до второго дня",
        ),
        (
            "en",
            "inclusive",
            "only until the second day after the day it was issued —",
        ),
    ] {
        let t = text(lang, "reason-doc-health-certificate-first-day-reading");
        assert!(t.contains(included) && !t.contains(excluded), "{lang}: {t}");
        let neighbour = text(lang, "reason-doc-too-early-for-contract");
        let clause = [
            "cl. 34 sub. 1",
            "подпункта 1) пункта 34",
            "34-тармақтың 1) тармақшасы",
        ]
        .into_iter()
        .find(|c| neighbour.contains(c))
        .expect("the neighbour names the clause");
        assert!(t.contains(clause), "{lang}: {t}\n{neighbour}");
    }
    let kk = text("kk", "reason-doc-health-certificate-first-day-reading");
    assert!(
        kk.contains("шарт күнінен 2 күн бұрыннан ерте берілмеуі") && !kk.contains("2 күннен ерте"),
        "kk: {kk}"
    );
}

/// cl. 22 «Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі»: the
/// application is registered once the documents are confirmed. The order does
/// not say that originals shown after the fifth working day are refused, so
/// the text does not say "or the application is not registered" (law review
/// 21, F4.4).
#[test]
fn cl22_the_originals_text_says_registration_follows_confirmation_not_a_refusal() {
    for (lang, asserted, registered) in [
        ("kk", "әйтпесе", "расталғаннан кейін ғана"),
        ("ru", "иначе", "только после их подтверждения"),
        (
            "en",
            "or the application is not registered",
            "only once they are confirmed",
        ),
    ] {
        let t = text(lang, "reason-schedule-originals-within-5-working-days");
        assert!(!t.contains(asserted), "{lang}: {t}");
        assert!(t.contains(registered), "{lang}: {t}");
    }
}

/// cl. 22 is in §1 (queue registration), where «көрсетілетін қызметті беруші»
/// is the education department (cl. 4; in Astana, Almaty and Shymkent the
/// city's education administration); on the admission checklist (cl. 31) the
/// same word is the kindergarten. The texts of the second check name the
/// department, and keep cl. 22's «басқа тәртіпті белгілмеген жағдайда»
/// (law review 21, F1.2).
#[test]
fn cl22_the_second_check_names_the_education_department_not_the_provider() {
    for key in ["reason-doc-recheck-cl22", "why-order254-cl22"] {
        for (lang, department, provider, proviso) in [
            ("kk", "білім бөлімі (басқармасы)", "көрсетілетін қызметті беруші", "басқа тәртіп"),
            ("ru", "отдел (управление) образования", "услугодател", "иной порядок"),
            (
                "en",
                "education department (in Astana, Almaty and Shymkent, the city's education administration)",
                "provider",
                "another procedure",
            ),
        ] {
            let t = text(lang, key);
            let lower = t.to_lowercase();
            assert!(lower.contains(&department.to_lowercase()), "{lang} {key}: {t}");
            assert!(!lower.contains(provider), "{lang} {key}: {t}");
            assert!(!t.contains("The office"), "{lang} {key}: {t}");
            assert!(t.contains(proviso), "{lang} {key}: {t}");
        }
    }
    // Shown on the admission checklist, at the teacher's certificate.
    let e = teachers_child().evaluate_json();
    assert!(has(
        &item(&e, "teacher_workplace_certificate")["reasons"],
        "doc.recheck_cl22"
    ));
}
