//! The parent's walk of 05.12.2026 (41), the hand-off: what the rules give
//! the hand-off to say, through the real path (a case → `evaluate` → the
//! evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 34: «Көрсетілетін қызметті беруші келесі себептермен баланы
//!   қабылдамайды: 1) өтініш беруші келісім шарт жасау үшін талап етілетін
//!   құжаттарды ұсынбаған немесе құжаттардың қолданылу мерзімі өтіп кетсе
//!   (баланың денсаулық паспорты және келісім шарт жасалған күннен 3 (үш)
//!   күнтізбелік күннен кешіктірмей берілген баланың денсаулық жағдайы туралы
//!   анықтама ұсынбауы); …»
//! - Annex 2 p. 9 sub. 4: «көрсетілетін қызметті алушы … көзделген тізбеге
//!   сәйкес құжаттардың толық топтамасын ұсынбаған және (немесе) қолданылу
//!   мерзімі өтіп кеткен құжаттарды ұсынған жағдайда».

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, queue_case, text};
use kezek_rules::testing::{at, date};
use kezek_rules::{Channel, Ground};

/// cl. 34 sub. 1 names the child's health passport among «келісім шарт жасау
/// үшін талап етілетін құжаттар», which Annex 4 p. 8 does not list. The walk
/// of 05.12 (p4-07, p4-09): step 6 said so beside the health certificate,
/// but the hand-off's "Take with you" — read from the checklist's items — had
/// no health passport, and the portal's hand-off said nothing of it: a parent
/// arrives without it and the child is not admitted. It is now an item of
/// the checklist on both channels (numbered 0: not an item of the annex's
/// list), brought in the original to the kindergarten for the contract,
/// citing cl. 34 sub. 1 — outside the set Annex 4 p. 8 makes complete
/// (Kezek does not ask whether it is held: `bring_to_contract`; said held,
/// `ok`).
#[test]
fn cl34_1_the_health_passport_is_an_item_to_bring_to_the_contract_on_both_channels() {
    for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
        let base = || {
            admission(channel, at(2026, 11, 23, 10, 0))
                .holds_issued(D::Referral, date(2026, 11, 20))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 22))
                .holds(D::ApplicantIdentity)
                .holds(D::BirthCertificate)
        };
        let e = base().evaluate_json();
        let list = &e["checklist"];
        let passport = list["items"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["document"] == "health_passport")
            .unwrap_or_else(|| panic!("{channel:?}: no health passport in {list}"));
        assert_eq!(passport["item"], 0, "{channel:?}: {passport}");
        assert_eq!(passport["applies"], true, "{channel:?}: {passport}");
        assert_eq!(passport["source"], "parent", "{channel:?}: {passport}");
        assert_eq!(passport["form"], "original", "{channel:?}: {passport}");
        assert_eq!(
            passport["status"], "bring_to_contract",
            "{channel:?}: {passport}"
        );
        assert!(
            has(&passport["reasons"], "doc.health_passport_cl34"),
            "{channel:?}: {passport}"
        );
        assert!(
            passport["citations"]
                .as_array()
                .unwrap()
                .iter()
                .any(|c| c["clause"] == 34 && c["sub"] == 1 && c.get("annex").is_none()),
            "{channel:?}: {passport}"
        );
        // Said once, on its own item, not beside the health certificate.
        let certificate = item(&e, "health_certificate");
        assert!(
            !has(&certificate["reasons"], "doc.health_passport_cl34"),
            "{channel:?}: {certificate}"
        );
        // Outside Annex 4 p. 8's set: the set is complete without it, and
        // no refusal is foretold for it.
        assert_eq!(list["complete"], true, "{channel:?}: {list}");
        assert!(
            !has(&list["missing"], "health_passport"),
            "{channel:?}: {list}"
        );
        // Held (an API caller may say so): in order.
        let mut held = base().json();
        held["documents"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!({"kind": "health_passport"}));
        let case = kezek_rules::Case::from_json(&held.to_string()).expect("a case");
        let e = serde_json::to_value(kezek_rules::evaluate(&case).unwrap()).unwrap();
        assert_eq!(item(&e, "health_passport")["status"], "ok", "{channel:?}");
    }
    // Queue registration: no contract, no health passport.
    let e = queue_case(Channel::ProviderOffice, at(2026, 11, 24, 10, 0))
        .child_born(date(2023, 5, 10))
        .evaluate_json();
    assert!(!e["checklist"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["document"] == "health_passport"));
}

/// Annex 2 p. 9 sub. 4 refuses where the applicant «қолданылу мерзімі өтіп
/// кеткен құжаттарды ұсынған»; Annex 2 p. 8 names no certificate for the
/// law-enforcement ground (cl. 20 sub. 1), which Kezek asks by analogy. The
/// rules hold an expired one no ground for refusal (the set is complete
/// without it; COVERAGE R9) — but step 6 said «с просроченной справкой …
/// это не основание для отказа», and the hand-off listed it among the scans
/// to attach (the walk of 05.12, p1-22, p1-23). Whether sub. 4 reaches a
/// document the list does not name the text does not say, and an expired one
/// proves nothing: the careful advice is a new one, or to apply without it
/// (the set complete, the right not confirmed) — never to hand in the
/// expired one. Step 6's lines now say so, and no longer promise that one
/// handed in expired is no ground.
#[test]
fn annex2_9_4_an_expired_law_enforcement_certificate_is_not_handed_in() {
    let e = queue_case(Channel::EgovPortal, at(2026, 12, 4, 10, 0))
        .child_born(date(2023, 5, 10))
        .ground(Ground::LawEnforcement)
        .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 1))
        .evaluate_json();
    let cert = item(&e, "service_workplace_certificate");
    assert_eq!(cert["reasons"][0], "doc.priority_proof_lapsed", "{cert}");
    assert!(
        has(&cert["reasons"], "doc.law_enforcement_reading"),
        "{cert}"
    );
    assert!(
        cert["citations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["annex"] == 2 && c["clause"] == 9 && c["sub"] == 4),
        "the reading cites Annex 2 p. 9 sub. 4: {cert}"
    );
    for (lang, do_not, without, promise) in [
        (
            "kk",
            "мерзімі өткенін бермеңіз",
            "онсыз",
            "мерзімі өткен анықтамамен бұл құқық расталмайды; бұл құжаттарды қабылдаудан бас тарту негізі емес",
        ),
        (
            "ru",
            "просроченный не подавайте",
            "без него",
            "с просроченной справкой это право не подтверждается; это не основание",
        ),
        (
            "en",
            "do not hand in",
            "without it",
            "with one older than a month, the priority is not confirmed; it is no ground",
        ),
    ] {
        let lapsed = text(lang, "reason-doc-priority-proof-lapsed");
        assert!(lapsed.contains(do_not), "{lang}: {do_not:?} not in {lapsed}");
        assert!(lapsed.contains(without), "{lang}: {without:?} not in {lapsed}");
        let reading = text(lang, "reason-doc-law-enforcement-reading");
        assert!(!reading.contains(promise), "{lang}: {reading}");
    }
}
