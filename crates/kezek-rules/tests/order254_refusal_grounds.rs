//! A second reading of the grounds for refusal (session of 03.12.2026,
//! eighth): Annex 2 p. 9 and Annex 4 p. 9 (the grounds), Annex 3 (the
//! receipt), cl. 34 (admission's refusals) against `refusal.rs` and the texts
//! that say a refusal's consequence. One test per finding, named after its
//! clause, through the real path (a case in JSON → `evaluate` → the
//! evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 34: «Көрсетілетін қызметті беруші келесі себептермен баланы
//!   қабылдамайды: 1) өтініш беруші келісім шарт жасау үшін талап етілетін
//!   құжаттарды ұсынбаған немесе құжаттардың қолданылу мерзімі өтіп кетсе
//!   (баланың денсаулық паспорты және келісім шарт жасалған күннен 3 (үш)
//!   күнтізбелік күннен кешіктірмей берілген баланың денсаулық жағдайы туралы
//!   анықтама ұсынбауы); …»
//! - Annex 4 p. 8, the kindergarten's list, item 7: «психологиялық-
//!   медициналық-педагогикалық консультацияның қорытындысы (ерекше білім
//!   беруді қажет ететін балалар үшін)» — without the portal list's «(бар
//!   болғанда сканерленген көшірмесі)»; p. 9 sub. 4: «…құжаттардың толық
//!   топтамасын ұсынбаған … жағдайда» is a ground for refusal.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;

/// cl. 34 sub. 1 names not presenting «баланың денсаулық паспорты» among the
/// reasons the kindergarten does not admit the child; Annex 4 p. 8 does not
/// list it, so Kezek does not add it to the set (it cannot know whether the
/// parent holds one) but says it on an item of its own (the walk of 05.12,
/// 41: beside the health certificate, until the hand-off's list of what to
/// bring left it out). That text
/// said "the preschool may ask for it, so have it ready" — softer than the
/// clause, which gives its consequence: the child is not admitted. It now
/// says so, and to bring it.
#[test]
fn cl34_1_the_health_passport_is_said_with_the_consequence_cl34_gives() {
    let e = admission(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 22))
        .evaluate_json();
    let i = item(&e, "health_passport");
    assert!(has(&i["reasons"], "doc.health_passport_cl34"), "{i}");
    for (lang, cl34, not_admitted, softer) in [
        (
            "kk",
            "34-тармақтың 1) тармақшасы",
            "баланы қабылдамайды",
            "сұрауы мүмкін",
        ),
        (
            "ru",
            "1) пункта 34",
            "не принимает ребенка",
            "может его попросить",
        ),
        (
            "en",
            "cl. 34 sub. 1",
            "does not admit the child",
            "may ask for it",
        ),
    ] {
        let t = text(lang, "reason-doc-health-passport-cl34");
        assert!(t.contains(cl34), "{lang}: {cl34:?} not in {t}");
        assert!(
            t.contains(not_admitted),
            "{lang}: {not_admitted:?} not in {t}"
        );
        assert!(!t.contains(softer), "{lang}: {t}");
    }
}

/// Annex 4 p. 8 item 7 (the kindergarten's list) with p. 9 sub. 4 and cl. 34
/// sub. 1: a SEN child's PMPC conclusion is listed at the kindergarten
/// without «бар болғанда», so without it the set is incomplete and the
/// refusal section says `refusal.incomplete_service_refused` (cl. 32); the
/// item's own reason said "the kindergarten MAY refuse" on the same screen
/// — two consequences for one document, as the phthisiatrician's item had
/// (seventh session). The item now says the refusal's consequence.
#[test]
fn annex4_9_4_the_missing_pmpc_conclusion_at_the_kindergarten_is_said_to_be_refused_as_the_refusal_says(
) {
    let e = admission(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .special_needs(false)
        .holds_issued(D::Referral, date(2026, 11, 20))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 22))
        .evaluate_json();
    let i = item(&e, "pmpc_conclusion");
    assert_eq!(i["status"], "missing", "{i}");
    assert!(has(&i["reasons"], "doc.pmpc_kindergarten_reading"), "{i}");
    assert!(
        has(
            &e["refusal"]["reasons"],
            "refusal.incomplete_service_refused"
        ),
        "{}",
        e["refusal"]
    );
    for (lang, refused, hedge) in [
        ("kk", "қызметті көрсетуден бас тарт", "бас тартуы мүмкін"),
        ("ru", "в оказании услуги", "может отказать"),
        ("en", "refusal of the service", "may refuse"),
    ] {
        let refusal = text(lang, "reason-refusal-incomplete-service-refused");
        assert!(refusal.contains(refused), "{lang}: {refusal}");
        let reading = text(lang, "reason-doc-pmpc-kindergarten-reading");
        assert!(reading.contains(refused), "{lang}: {reading}");
        assert!(!reading.contains(hedge), "{lang}: {reading}");
    }
}
