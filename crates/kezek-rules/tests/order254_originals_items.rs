//! cl. 22's originals and the checklist items they concern (session of
//! 03.12.2026, eighth): what an item says of a document cl. 22 has shown in
//! the original, through the real path (a case in JSON → `evaluate` → the
//! evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004):
//! - Annex 2 p. 8, office list, item 8: «мектепке дейінгі ұйымға бірінші
//!   кезекте орын алу құқығын растайтын құжаттар»; and after the list:
//!   «Көрсетілетін қызметті беруші немесе Мемлекеттік корпорацияның
//!   қызметкері жеке басын куәландыратын құжаттар, баланың туу туралы
//!   куәлігі, мектепке дейінгі ұйымға бірінші кезекте орын алу құқығын
//!   растайтын құжат туралы мәліметтерді тиісті мемлекеттік ақпараттық
//!   жүйелерден "электрондық үкімет" шлюзі арқылы алады.»
//! - cl. 22: «…мектепке дейінгі ұйымға орын алудың кезектен тыс немесе
//!   бірінші кезекті орын алуға құқығын растайтын ақпаратты көрсетілетін
//!   қызметті беруші басқа тәртіпті белгілмеген жағдайда кезекке қоюға жаңа
//!   өтініш тіркелген сәтте және мектепке дейінгі ұйымға қабылдауға жолдама
//!   алғаннан кейін екі рет тексереді және растайды. Бұл жағдайда өтініш
//!   беруші көрсетілетін қызметті берушіге тексеру үшін тексерілетін
//!   құжаттардың түпнұсқаларын … 5 жұмыс күнінен кешіктірмей ұсынуы тиіс.»
//! - cl. 20 sub. 2 names «ерекше білім беруді қажет ететін балалардың» among
//!   the first-priority grounds; Annex 4 p. 8 item 7 is the PMPC conclusion
//!   «(ерекше білім беруді қажет ететін балалар үшін)».

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, queue_case, text};
use kezek_rules::testing::{at, date};
use kezek_rules::{Channel, Ground};
use serde_json::{json, Value};

/// Whether an item's citations name cl. 22.
fn cites_cl22(i: &Value) -> bool {
    i["citations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| *c == json!({"act": "order254", "clause": 22}))
}

/// Annex 2 p. 8 item 8 and its closing paragraph, with cl. 22: at the office
/// (or the State Corporation) the first-priority item said "nothing to bring"
/// (`doc.automatic`), while the originals line of the same screen asks for
/// its original (cl. 22). The item now says what Annex 2 p. 8 says — the
/// office gets the information through the gateway, so (Kezek's reading) it
/// is not attached — and points to cl. 22's originals; so does admission's
/// second-check item, which the education department checks the same way.
#[test]
fn annex2_8_8_the_first_priority_item_points_to_cl22_originals_not_nothing_to_bring() {
    let mut items = Vec::new();
    for channel in [Channel::ProviderOffice, Channel::StateCorporation] {
        let e = queue_case(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::DisabledChildInFamily)
            .evaluate_json();
        items.push((
            format!("{channel:?}"),
            item(&e, "first_priority_proof").clone(),
        ));
    }
    let e = admission(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(Ground::DisabledChildInFamily)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
        .evaluate_json();
    let recheck = item(&e, "first_priority_proof").clone();
    assert!(has(&recheck["reasons"], "doc.recheck_cl22"), "{recheck}");
    items.push(("admission".into(), recheck));
    for (what, i) in &items {
        // Still not brought as an item of the set: no refusal without it.
        assert_eq!(i["status"], "automatic", "{what}: {i}");
        assert!(!has(&i["reasons"], "doc.automatic"), "{what}: {i}");
        assert!(
            has(&i["reasons"], "doc.bring_if_not_in_databases"),
            "{what}: {i}"
        );
        assert!(cites_cl22(i), "{what}: {i}");
    }
    // The item's text: Annex 2 p. 8's gateway, not attached as Kezek's
    // reading, and cl. 22's originals — never "nothing to bring".
    for (lang, gateway, reading, cl22, nothing) in [
        (
            "kk",
            "«электрондық үкімет» шлюзі",
            "Kezek түсіндірмесі",
            "22-тармақ",
            "әкелудің қажеті жоқ",
        ),
        (
            "ru",
            "шлюз «электронного правительства»",
            "Толкование Kezek",
            "Пункт 22",
            "не нужно приносить",
        ),
        (
            "en",
            "e-government gateway",
            "Kezek's reading",
            "cl. 22",
            "nothing to bring",
        ),
    ] {
        let t = text(lang, "reason-doc-bring-if-not-in-databases");
        for said in [gateway, reading, cl22] {
            assert!(t.contains(said), "{lang}: {said:?} not in {t}");
        }
        assert!(!t.contains(nothing), "{lang}: {t}");
    }
}

/// Annex 4 p. 8 item 7 with cl. 22 and cl. 20 sub. 2: a SEN child's PMPC
/// conclusion proves a first-priority right, which cl. 22 checks a second
/// time after the referral — the originals' line names it among the
/// originals to show (`checklist::Condition::proves_priority_right`). The item
/// itself said nothing of that check; it now says so with the second-check
/// items' own reason (`doc.recheck_cl22`) and cites cl. 22. For queue
/// registration there is no second check: the item does not say it.
#[test]
fn annex4_8_7_the_pmpc_conclusion_says_cl22s_second_check_covers_it() {
    for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
        let e = admission(channel, at(2026, 11, 23, 10, 0))
            .special_needs(true)
            .holds_issued(D::Referral, date(2026, 11, 20))
            .holds(D::VaccinationCard)
            .holds_issued(D::HealthCertificate, date(2026, 11, 22))
            .holds(D::PmpcConclusion)
            .evaluate_json();
        let i = item(&e, "pmpc_conclusion");
        assert_eq!(i["status"], "ok", "{channel:?}: {i}");
        assert!(has(&i["reasons"], "doc.recheck_cl22"), "{channel:?}: {i}");
        assert!(cites_cl22(i), "{channel:?}: {i}");
        // The Annex 4 item keeps its own citation first.
        assert_eq!(
            i["citations"][0],
            json!({"act": "order254", "annex": 4, "clause": 8, "sub": 7}),
            "{channel:?}: {i}"
        );
    }
    // No SEN: not needed, nothing said of a check.
    let e = admission(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .evaluate_json();
    let i = item(&e, "pmpc_conclusion");
    assert!(!has(&i["reasons"], "doc.recheck_cl22"), "{i}");
    // Queue registration: cl. 22's first check, said by the originals' line.
    let e = queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .special_needs(true)
        .holds(D::PmpcConclusion)
        .evaluate_json();
    let i = item(&e, "pmpc_conclusion");
    assert!(!has(&i["reasons"], "doc.recheck_cl22"), "{i}");
}
