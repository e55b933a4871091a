//! The refusal the order gives, per service and channel (session of
//! 05.12.2026): an incomplete set of documents or an expired document is a
//! ground for refusing the service on every channel (Annex 2 p. 9 sub. 4,
//! Annex 4 p. 9 sub. 4: «мемлекеттік қызметті көрсетуден бас тарту үшін
//! негіздер»), but what the parent is told differs:
//! - cl. 5 (queue registration at the provider's office or the State
//!   Corporation): «өтінішті қабылдаудан бас тартады және … 3-қосымшасына
//!   сәйкес нысанда құжаттарды қабылдаудан бас тарту жөнінде қолхат береді»;
//!   Annex 3's receipt is also for «жарамдылық мерзімі өткен құжаттарды
//!   тапсыруыңызға байланысты» — a refusal to accept the documents;
//! - cl. 6 (queue registration on the portal) and cl. 32 (admission on the
//!   portal): «өтінішті қарастырудан бас тарту жөнінде дәлелді жауап» in the
//!   personal cabinet — a refusal to consider the application;
//! - cl. 32 (admission at the kindergarten): «балаларды қабылдау жөніндегі
//!   мемлекеттік қызметті көрсетуден бас тарту жөнінде дәлелді жауап»;
//! - cl. 34 sub. 1 (admission): «баланы қабылдамайды» where documents are
//!   not given or expired.
//!
//! Every refusal said "the application would be refused" («в приеме
//! заявления откажут») on every service and channel. Each now says the one
//! the order gives there, by its own reason code, with its clause.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Citation, Ground};
use serde_json::Value;

const OFFICE: Channel = Channel::ProviderOffice;
const CORP: Channel = Channel::StateCorporation;
const PORTAL: Channel = Channel::EgovPortal;

/// Queue registration through `channel` on Monday 23.11.2026, 10:00,
/// consents given, nothing held: the phthisiatrician's conclusion missing.
fn queue(channel: Channel) -> CaseBuilder {
    CaseBuilder::queue_registration()
        .channel(channel)
        .as_of(at(2026, 11, 23, 10, 0))
        .applicant_iin("900314422336")
        .child_iin("230510512343")
        .consent()
}

/// A serviceman's child, the conclusion held, the workplace certificate
/// issued 01.10.2026 (one month: out of date on 23.11).
fn queue_expired(channel: Channel) -> CaseBuilder {
    queue(channel)
        .holds(D::PhthisiatricianConclusion)
        .ground(Ground::Serviceman)
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 1))
}

/// Admission, the vaccination card and the health certificate held, the
/// referral missing.
fn admission_incomplete(channel: Channel) -> CaseBuilder {
    admission(channel, at(2026, 11, 23, 10, 0))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 22))
}

/// Admission, the set complete but the referral of 02.11.2026 lapsed.
fn admission_expired(channel: Channel) -> CaseBuilder {
    admission_incomplete(channel).holds_issued(D::Referral, date(2026, 11, 2))
}

/// The refusal reasons of `b`, and the citations of its risk `code`.
fn refusal_of(b: CaseBuilder, code: &str) -> (Value, Vec<Citation>) {
    let e = b.evaluate_json();
    let reasons = e["refusal"]["reasons"].clone();
    let risk = e["refusal"]["risks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["reason"] == code)
        .unwrap_or_else(|| panic!("no risk {code}: {reasons}"));
    let cites = serde_json::from_value(risk["citations"].clone()).unwrap();
    (reasons, cites)
}

/// Asserts that `b`'s refusal is `code`, not any other of the
/// incomplete/expired codes, and that it cites each of `cites`.
fn assert_refusal(b: CaseBuilder, code: &str, cites: &[Citation]) {
    let (reasons, got) = refusal_of(b, code);
    for other in [
        "refusal.incomplete",
        "refusal.incomplete_not_considered",
        "refusal.incomplete_service_refused",
        "refusal.expired",
        "refusal.expired_service_refused",
        "refusal.expired_not_admitted",
    ] {
        if other != code {
            assert!(!has(&reasons, other), "{code}: {other} too: {reasons}");
        }
    }
    for c in cites {
        assert!(got.contains(c), "{code}: {c:?} not cited: {got:?}");
    }
}

/// Asserts that the text of `key` holds each `want` and none of `not` in `lang`.
fn assert_text(lang: &str, key: &str, want: &[&str], not: &[&str]) {
    let t = text(lang, key);
    for w in want {
        assert!(t.contains(w), "{lang} {key}: {w:?} not in {t}");
    }
    for n in not {
        assert!(!t.contains(n), "{lang} {key}: {n:?} in {t}");
    }
}

#[test]
fn cl5_office_incomplete_set_is_a_refusal_to_accept_with_the_annex3_receipt() {
    for channel in [OFFICE, CORP] {
        assert_refusal(
            queue(channel),
            "refusal.incomplete",
            &[Citation::annex(2, 9, Some(4)), Citation::clause(5)],
        );
    }
    assert_text(
        "kk",
        "reason-refusal-incomplete",
        &["өтінішті қабылдаудан бас тартады", "3-қосымша", "5-тармақ"],
        &[],
    );
    assert_text(
        "ru",
        "reason-refusal-incomplete",
        &["откажет в приеме заявления", "приложени", "пункт 5"],
        &[],
    );
    assert_text(
        "en",
        "reason-refusal-incomplete",
        &["refuse to accept the application", "Annex 3", "cl. 5"],
        &[],
    );
}

#[test]
fn cl6_portal_incomplete_set_is_a_refusal_to_consider() {
    assert_refusal(
        queue(PORTAL),
        "refusal.incomplete_not_considered",
        &[Citation::annex(2, 9, Some(4)), Citation::clause(6)],
    );
    for (lang, consider, not) in [
        (
            "kk",
            "өтінішті қарастырудан бас тарту",
            "өтінішті қабылдаудан",
        ),
        ("ru", "отказ в рассмотрении заявления", "в приеме заявления"),
        (
            "en",
            "refusal to consider the application",
            "refuse to accept",
        ),
    ] {
        assert_text(
            lang,
            "reason-refusal-incomplete-not-considered",
            &[consider, "egov.kz"],
            &[not, "3-қосымша", "приложению 3", "Annex 3"],
        );
    }
}

#[test]
fn cl32_portal_admission_incomplete_set_is_a_refusal_to_consider() {
    assert_refusal(
        admission_incomplete(PORTAL),
        "refusal.incomplete_not_considered",
        &[Citation::annex(4, 9, Some(4)), Citation::clause(32)],
    );
}

#[test]
fn cl32_kindergarten_incomplete_set_is_a_reasoned_refusal_of_the_service() {
    assert_refusal(
        admission_incomplete(OFFICE),
        "refusal.incomplete_service_refused",
        &[
            Citation::annex(4, 9, Some(4)),
            Citation::clause(32),
            Citation::sub(34, 1),
        ],
    );
    for (lang, service, not) in [
        (
            "kk",
            "қызметті көрсетуден бас тарту",
            "өтінішті қабылдаудан",
        ),
        ("ru", "отказ в оказании услуги", "в приеме заявления"),
        ("en", "refusal of the service", "refuse to accept"),
    ] {
        assert_text(
            lang,
            "reason-refusal-incomplete-service-refused",
            &[service],
            &[not, "3-қосымша", "приложению 3", "Annex 3"],
        );
    }
}

/// Annex 3: the receipt refuses to accept the documents also where they are
/// out of date («жарамдылық мерзімі өткен құжаттарды тапсыруыңызға
/// байланысты»), at an office or the State Corporation (cl. 5 names the
/// receipt; Annex 2 p. 9 sub. 4 the ground).
#[test]
fn annex3_office_expired_document_is_a_refusal_to_accept_the_documents() {
    for channel in [OFFICE, CORP] {
        assert_refusal(
            queue_expired(channel),
            "refusal.expired",
            &[Citation::annex(2, 9, Some(4)), Citation::annex_form(3)],
        );
    }
    for (lang, accept, not) in [
        (
            "kk",
            "құжаттарды қабылдаудан бас тарт",
            "өтінішті қабылдаудан",
        ),
        ("ru", "в приеме документов", "в приеме заявления"),
        (
            "en",
            "refuse to accept the documents",
            "the application would",
        ),
    ] {
        assert_text(lang, "reason-refusal-expired", &[accept], &[not]);
    }
}

/// Annex 2 p. 9 sub. 4 on the portal: cl. 6's refusal to consider is for an
/// incomplete set only; an expired document is a ground for refusing the
/// service.
#[test]
fn annex2_9_4_portal_expired_document_is_a_refusal_of_the_service() {
    assert_refusal(
        queue_expired(PORTAL),
        "refusal.expired_service_refused",
        &[Citation::annex(2, 9, Some(4))],
    );
    for (lang, service, not) in [
        ("kk", "қызметті көрсетуден бас тарт", "қабылдаудан"),
        ("ru", "в оказании услуги откажут", "в приеме"),
        ("en", "the service would be refused", "accept"),
    ] {
        assert_text(
            lang,
            "reason-refusal-expired-service-refused",
            &[service],
            &[not],
        );
    }
}

/// cl. 34 sub. 1 with Annex 4 p. 9 sub. 4: for admission an expired document
/// means the child is not admitted, on either channel.
#[test]
fn cl34_1_admission_expired_document_is_the_child_not_admitted() {
    for channel in [OFFICE, PORTAL] {
        assert_refusal(
            admission_expired(channel),
            "refusal.expired_not_admitted",
            &[Citation::annex(4, 9, Some(4)), Citation::sub(34, 1)],
        );
    }
    for (lang, not_admitted, not) in [
        ("kk", "баланы қабылдамайды", "өтінішті қабылдаудан"),
        ("ru", "ребенка не примут", "в приеме заявления"),
        (
            "en",
            "the child would not be admitted",
            "the application would",
        ),
    ] {
        assert_text(
            lang,
            "reason-refusal-expired-not-admitted",
            &[not_admitted],
            &[not],
        );
    }
}

/// No text of a refusal or a document's consequence says "the application
/// would be refused to be accepted" but where cl. 5 gives it: the readings
/// of admission (cl. 34 sub. 1, Annex 4 p. 9 sub. 4), of queue
/// registration's certificates (Annex 2 p. 9 sub. 4, every channel), and
/// the documents' texts said it where the order gives another refusal.
#[test]
fn annex2_9_4_annex4_9_4_no_other_text_says_a_refusal_to_accept_the_application() {
    let keys = [
        "reason-refusal-expired",
        "reason-refusal-expired-health-certificate-reading",
        "reason-refusal-health-certificate-first-day-reading",
        "reason-refusal-referral-at-risk-issue-day-reading",
        "reason-refusal-issue-day-reading-at-risk",
        "reason-refusal-referral-at-risk-cl22-reading",
        "reason-refusal-referral-accepted-late-reading",
        "reason-doc-referral-if-missed",
        "reason-doc-pmpc-kindergarten-reading",
    ];
    for (lang, accept) in [
        ("kk", "өтінішті қабылдаудан"),
        ("ru", "приеме заявления"),
        ("en", "the application would be refused"),
        ("en", "the application may be refused"),
        ("en", "refuses the application"),
    ] {
        for key in keys {
            assert_text(lang, key, &[], &[accept]);
        }
    }
}

/// cl. 5 and cl. 6: the phthisiatrician's conclusion is asked on every
/// channel of queue registration (a reading, `doc.phthisiatrician_reading`);
/// its text said "the application would be refused" («в приеме заявления
/// откажут») for the portal too. It says both refusals, each with its clause.
#[test]
fn cl5_cl6_the_missing_phthisiatrician_conclusion_says_each_channels_refusal() {
    for channel in [OFFICE, CORP] {
        assert_refusal(queue(channel), "refusal.incomplete", &[Citation::clause(5)]);
    }
    assert_refusal(
        queue(PORTAL),
        "refusal.incomplete_not_considered",
        &[Citation::clause(6)],
    );
    for (lang, want) in [
        (
            "kk",
            [
                "өтінішті қабылдаудан бас тарт",
                "5-тармақ",
                "қарастырудан бас тарт",
                "6-тармақ",
            ],
        ),
        (
            "ru",
            [
                "в приеме заявления откажут",
                "пункт 5",
                "в его рассмотрении",
                "пункт 6",
            ],
        ),
        (
            "en",
            [
                "refuse to accept the application",
                "cl. 5",
                "refuse to consider it",
                "cl. 6",
            ],
        ),
    ] {
        assert_text(lang, "reason-doc-phthisiatrician-reading", &want, &[]);
    }
}

/// Annex 2 p. 9 and Annex 4 p. 9 give the unreliable data (sub. 1), the
/// requirements not met (sub. 2) and the consent not given (sub. 3) as
/// grounds for refusing the service («мемлекеттік қызметті көрсетуден бас
/// тарту үшін негіздер»); kk and ru said so («қызмет көрсетуден бас
/// тартылады», «в услуге откажут»), en said "the application would be
/// refused". Each says the service would be refused in the three languages.
#[test]
fn annex2_9_annex4_9_refusals_say_the_service_is_refused_in_every_language() {
    for key in [
        "reason-refusal-no-consent",
        "reason-refusal-unreliable-data",
        "reason-refusal-requirements-not-met",
    ] {
        assert_text("kk", key, &["қызмет көрсетуден бас тартылады"], &[]);
        assert_text("ru", key, &["в услуге откажут"], &["заявлени"]);
        assert_text(
            "en",
            key,
            &["the service would be refused"],
            &["application"],
        );
    }
}
