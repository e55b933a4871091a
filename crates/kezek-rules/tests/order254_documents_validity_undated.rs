//! The documents' validity clauses — Annex 4 p. 8 (admission 00403002: the
//! referral, sub. 1, «берілген күннен бастап бес жұмыс күні ішінде жарамды»;
//! the health certificate, cl. 34 sub. 1, «келісім шарт жасалған күннен 3
//! (үш) күнтізбелік күннен кешіктірмей берілген»; cl. 22's second check of a
//! priority's proof) and Annex 2 p. 8 (queue registration 00403001: the
//! serviceman's and the teacher's workplace certificates, «берілген күннен
//! бастап бір ай ішінде жарамды») — judged from the day of issue. A document
//! the parent holds whose day of issue is not given is neither missing nor
//! out of date: Kezek cannot judge it yet. Annex 2/4 p. 9 sub. 4 refuses an
//! incomplete set or an expired document, neither of which it is known to
//! be; so no refusal is foretold for it — the rules say to enter its issue
//! date, after which Kezek checks its validity (walkthrough of 05.12.2026).
//!
//! Through the real path (a case in JSON → `evaluate` → the evaluation's
//! JSON), as the JS API and the CLI give it.

use kezek_rules::category::Ground;
use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, item, queue_case};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::Channel;
use serde_json::Value;

const OFFICE: Channel = Channel::ProviderOffice;
const SC: Channel = Channel::StateCorporation;
const PORTAL: Channel = Channel::EgovPortal;

fn code(d: D) -> String {
    serde_json::to_value(d)
        .unwrap()
        .as_str()
        .unwrap()
        .to_owned()
}

/// Admission on Monday 23.11.2026, the contract on 24.11, every document of
/// Annex 4 p. 8 held and dated but `doc` (and, with a ground, its proofs).
fn adm(channel: Channel, ground: Option<Ground>, doc: D) -> CaseBuilder {
    let mut b = admission(channel, at(2026, 11, 23, 10, 0))
        .admission_fact("contract_date", serde_json::json!("2026-11-24"))
        .holds(D::VaccinationCard);
    if doc != D::Referral {
        b = b.holds_issued(D::Referral, date(2026, 11, 20));
    }
    if doc != D::HealthCertificate {
        b = b.holds_issued(D::HealthCertificate, date(2026, 11, 22));
    }
    if let Some(g) = ground {
        b = b.ground(g);
        if g == Ground::Teacher {
            b = b.holds(D::TeacherDiploma);
        }
    }
    b
}

/// Queue registration on Monday 23.11.2026, every document held but `doc`.
fn qr(channel: Channel, ground: Option<Ground>, _doc: D) -> CaseBuilder {
    let mut b = queue_case(channel, at(2026, 11, 23, 10, 0));
    if let Some(g) = ground {
        b = b.ground(g);
        if g == Ground::Teacher {
            b = b.holds(D::TeacherDiploma);
        }
    }
    b
}

fn risks_naming<'a>(e: &'a Value, doc: &str) -> Vec<&'a Value> {
    e["refusal"]["risks"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| {
            r["documents"]
                .as_array()
                .is_some_and(|ds| ds.iter().any(|d| d == doc))
        })
        .collect()
}

/// The case of the service, with the ground.
type Base = fn(Channel, Option<Ground>, D) -> CaseBuilder;
/// Service, case, channel, ground, document, a valid day of issue, its
/// status when not held.
type Row = (
    &'static str,
    Base,
    Channel,
    Option<Ground>,
    D,
    chrono::NaiveDate,
    &'static str,
);

#[test]
fn annex4_8_and_annex2_8_a_held_document_without_its_issue_date_awaits_it_and_is_no_refusal_ground()
{
    #[rustfmt::skip]
    let rows: &[Row] = &[
        // service, case, channel, ground, document, issued on (valid), status not held
        ("00403002", adm, OFFICE, None,                  D::HealthCertificate,           date(2026, 11, 22), "missing"),
        ("00403002", adm, PORTAL, None,                  D::HealthCertificate,           date(2026, 11, 22), "missing"),
        ("00403002", adm, OFFICE, None,                  D::Referral,                    date(2026, 11, 20), "missing"),
        ("00403002", adm, PORTAL, None,                  D::Referral,                    date(2026, 11, 20), "missing"),
        ("00403002", adm, OFFICE, Some(Ground::Teacher), D::TeacherWorkplaceCertificate, date(2026, 11, 10), "unconfirmed"),
        ("00403002", adm, PORTAL, Some(Ground::Serviceman), D::ServiceWorkplaceCertificate, date(2026, 11, 10), "unconfirmed"),
        ("00403001", qr,  OFFICE, Some(Ground::Teacher), D::TeacherWorkplaceCertificate, date(2026, 11, 10), "missing"),
        ("00403001", qr,  SC,     Some(Ground::Teacher), D::TeacherWorkplaceCertificate, date(2026, 11, 10), "missing"),
        ("00403001", qr,  PORTAL, Some(Ground::Teacher), D::TeacherWorkplaceCertificate, date(2026, 11, 10), "missing"),
        ("00403001", qr,  OFFICE, Some(Ground::Serviceman), D::ServiceWorkplaceCertificate, date(2026, 11, 10), "unconfirmed"),
        ("00403001", qr,  PORTAL, Some(Ground::Serviceman), D::ServiceWorkplaceCertificate, date(2026, 11, 10), "unconfirmed"),
    ];
    for &(service, base, channel, ground, doc, issued, not_held) in rows {
        let d = code(doc);
        let row = format!("{service} {channel:?} {d}");
        let b = base(channel, ground, doc);

        // Held, with its date: judged, valid, no ground names it.
        let e = b.clone().holds_issued(doc, issued).evaluate_json();
        let i = item(&e, &d);
        assert!(
            i["status"] == "ok" || i["status"] == "expires_soon",
            "{row}, dated: {i:#}"
        );
        assert!(
            risks_naming(&e, &d).is_empty(),
            "{row}, dated: {:#}",
            e["refusal"]
        );

        // Held, its date not given: the case is taken as it is (JS API, CLI),
        // the item awaits the date, and no refusal is foretold for it.
        let undated = b.clone().holds(doc);
        assert!(
            undated.try_build().is_ok(),
            "{row}: {:?}",
            undated.try_build().err()
        );
        let e = undated.evaluate_json();
        let i = item(&e, &d);
        assert_eq!(i["status"], "awaits_issue_date", "{row}, undated: {i:#}");
        assert_eq!(
            i["reasons"][0], "doc.awaits_issue_date",
            "{row}, undated: {i:#}"
        );
        let c = &e["checklist"];
        assert!(
            !c["missing"].as_array().unwrap().iter().any(|x| *x == d),
            "{row}: {c:#}"
        );
        assert!(
            !c["expired"].as_array().unwrap().iter().any(|x| *x == d),
            "{row}: {c:#}"
        );
        assert!(
            !c["unconfirmed"].as_array().unwrap().iter().any(|x| *x == d),
            "{row}: {c:#}"
        );
        assert!(
            c["awaiting_issue_date"]
                .as_array()
                .unwrap()
                .iter()
                .any(|x| *x == d),
            "{row}: {c:#}"
        );
        let naming = risks_naming(&e, &d);
        assert_eq!(naming.len(), 1, "{row}, undated: {:#}", e["refusal"]);
        let r = naming[0];
        assert_eq!(r["reason"], "refusal.awaits_issue_date", "{row}: {r:#}");
        assert_eq!(r["detail"][0], "doc.awaits_issue_date", "{row}: {r:#}");
        assert_eq!(r["remedy"], "fix_answers", "{row}: {r:#}");
        // A fact not given yet, not Kezek's reading of a text nor a ground
        // the order states flatly: `awaits_fact`, `reading` false. Not
        // foretold ("may", not "would be refused"), no refusal document.
        assert_eq!(r["awaits_fact"], true, "{row}: {r:#}");
        assert_eq!(r["reading"], false, "{row}: {r:#}");
        assert!(
            e["refusal"]["risks"]
                .as_array()
                .unwrap()
                .iter()
                .all(|r| r["reading"] == true || r["awaits_fact"] == true),
            "{row}: {:#}",
            e["refusal"]
        );
        assert!(
            e["refusal"]["preview"].is_null(),
            "{row}: {:#}",
            e["refusal"]
        );

        // Not held: missing (a refusal, Annex 2/4 p. 9 sub. 4) or, an "if
        // any" item or cl. 22's second check, its right unconfirmed.
        let e = b.evaluate_json();
        let i = item(&e, &d);
        assert_eq!(i["status"], not_held, "{row}, not held: {i:#}");
        if not_held == "missing" {
            assert!(
                risks_naming(&e, &d)
                    .iter()
                    .any(|r| r["reading"] == false && r["awaits_fact"] == false),
                "{row}, not held: {:#}",
                e["refusal"]
            );
            assert!(!e["refusal"]["preview"].is_null(), "{row}");
        }
    }
}
