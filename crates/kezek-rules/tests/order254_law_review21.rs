//! Law review 21 (02.12.2026): where cl. 22's originals go, with its
//! proviso (F1.1), and the longest wait and service time in person that
//! Annex 2 p. 10 and Annex 4 p. 10 give (section 2). Through the real path (a
//! case in JSON → `evaluate` → the evaluation's JSON).

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, queue_case, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::{json, Value};

const PORTAL: Channel = Channel::EgovPortal;
const OFFICE: Channel = Channel::ProviderOffice;
const STATE_CORPORATION: Channel = Channel::StateCorporation;

/// A citation as `(annex, clause, sub)`.
type Cited = (Option<u64>, u64, Option<u64>);

fn cited(v: &Value) -> Vec<Cited> {
    v.as_array()
        .unwrap_or_else(|| panic!("citations: {v}"))
        .iter()
        .map(|c| {
            (
                c["annex"].as_u64(),
                c["clause"].as_u64().unwrap(),
                c["sub"].as_u64(),
            )
        })
        .collect()
}

/// cl. 22: «…ақпаратты көрсетілетін қызметті беруші басқа тәртіпті
/// белгілмеген жағдайда кезекке қоюға жаңа өтініш тіркелген сәтте және
/// мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін екі рет
/// тексереді…», and the originals go «көрсетілетін қызметті берушіге». In
/// cl. 22 (§1) that provider is the queue service's, the education department
/// or, in the three cities, the administration (cl. 4); the kindergarten is
/// the provider only from cl. 31 (§2, admission) on. Wherever the schedule
/// gives the originals' day — five working days from sending, or from the
/// referral — the parent is told where they go, with the proviso, as Kezek's
/// reading, citing cl. 4, 22 and 31.
#[test]
fn cl22_the_originals_department_is_named_with_its_proviso() {
    const WHERE: &str = "schedule.originals_where_reading";
    // Queue registration, every channel: the five working days from sending.
    for channel in [PORTAL, OFFICE, STATE_CORPORATION] {
        let e = queue_case(channel, at(2026, 11, 24, 10, 0)).evaluate_json();
        let s = &e["schedule"];
        assert!(has(&s["reasons"], WHERE), "{channel:?}: {s}");
        let c = cited(&s["citations"]);
        for clause in [4, 22, 31] {
            assert!(c.contains(&(None, clause, None)), "{channel:?}: {c:?}");
        }
    }
    // Admission, after the referral: the same.
    for channel in [PORTAL, OFFICE] {
        let e = admission(channel, at(2026, 12, 11, 15, 0))
            .holds_issued(D::Referral, date(2026, 12, 11))
            .evaluate_json();
        let s = &e["schedule"];
        assert!(has(&s["reasons"], WHERE), "{channel:?}: {s}");
        let c = cited(&s["citations"]);
        for clause in [4, 22, 31] {
            assert!(c.contains(&(None, clause, None)), "{channel:?}: {c:?}");
        }
    }
    // No day for the originals, nothing said of where they go: the
    // referral's date not given, or the documents already confirmed.
    let e = admission(OFFICE, at(2026, 12, 11, 15, 0)).evaluate_json();
    assert!(!has(&e["schedule"]["reasons"], WHERE), "{}", e["schedule"]);
    let e = admission(OFFICE, at(2026, 12, 11, 15, 0))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .admission_fact("documents_confirmed_on", json!("2026-12-11"))
        .evaluate_json();
    assert!(!has(&e["schedule"]["reasons"], WHERE), "{}", e["schedule"]);
    // The text: Kezek's reading, the department with the three cities'
    // administration, the proviso (the department's own other procedure:
    // `cl22_the_proviso_reads_the_same_in_every_text`), and the clauses.
    for (lang, proviso, department, clauses) in [
        (
            "kk",
            "өзі басқа тәртіп белгілемесе",
            "білім бөліміне (басқармасына)",
            ["22-тармақ", "4-тармақ", "31-тармақ"],
        ),
        (
            "ru",
            "если он сам не установил иной порядок",
            "отделу (управлению) образования",
            ["пункт 22", "пункт 4", "пункт 31"],
        ),
        (
            "en",
            "unless it has set another procedure",
            "education department (in Astana, Almaty and Shymkent, the city's education administration)",
            ["cl. 22", "cl. 4", "cl. 31"],
        ),
    ] {
        let t = text(lang, "reason-schedule-originals-where-reading");
        assert!(t.contains("Kezek"), "{lang}: {t}");
        assert!(t.contains(proviso), "{lang}: {t}");
        assert!(t.contains(department), "{lang}: {t}");
        for c in clauses {
            assert!(t.contains(c), "{lang}: {c}: {t}");
        }
    }
}

/// cl. 22's proviso, «көрсетілетін қызметті беруші басқа тәртіпті белгілмеген
/// жағдайда» (unless the provider has set another procedure): the provider in
/// cl. 22 (§1) is the education department (cl. 4), so every text that gives
/// the proviso says the same thing in the same words — the department checks
/// unless IT has set another procedure — not "unless another procedure has
/// been set" (by whom?) in one text and "unless it has set" in another.
#[test]
fn cl22_the_proviso_reads_the_same_in_every_text() {
    for (lang, proviso) in [
        ("kk", "өзі басқа тәртіп белгілемесе"),
        ("ru", "если он сам не установил иной порядок"),
        ("en", "unless it has set another procedure"),
    ] {
        for key in [
            "why-order254-cl22",
            "reason-schedule-originals-where-reading",
            "reason-doc-recheck-cl22",
        ] {
            let t = text(lang, key);
            assert!(t.contains(proviso), "{lang} {key}: {proviso:?} not in {t}");
        }
    }
}

/// The information line `code` of `e`, with its citations.
fn info(e: &Value, code: &str) -> Option<Vec<Cited>> {
    let line = e["information"]
        .as_array()?
        .iter()
        .find(|i| i["reason"] == code)?;
    Some(cited(&line["citations"]))
}

/// Annex 2 p. 10 (queue registration): «Көрсетілетін қызметті берушіге
/// немесе Мемлекеттік корпорацияға құжаттар топтамасын тапсыру үшін күтудің
/// рұқсат етілген ең ұзақ уақыты – 15 минут. Көрсетілетін қызметті берушінің
/// немесе Мемлекеттік корпорацияның қызмет көрсетуінің рұқсат етілген ең ұзақ
/// уақыты – 30 минут.» Told to a parent who applies in person, not on the
/// portal.
#[test]
fn annex2_p10_the_longest_wait_and_service_in_person_are_told() {
    const CODE: &str = "info.in_person_times_annex2";
    for channel in [OFFICE, STATE_CORPORATION] {
        let e = queue_case(channel, at(2026, 11, 24, 10, 0)).evaluate_json();
        assert_eq!(
            info(&e, CODE),
            Some(vec![(Some(2), 10, None)]),
            "{channel:?}: {}",
            e["information"]
        );
    }
    let e = queue_case(PORTAL, at(2026, 11, 24, 10, 0)).evaluate_json();
    assert_eq!(info(&e, CODE), None, "{}", e["information"]);
    for (lang, wait, service) in [
        ("kk", "15 минут", "30 минут"),
        ("ru", "не более 15 минут", "не более 30 минут"),
        ("en", "15 minutes", "30 minutes"),
    ] {
        let t = text(lang, "reason-info-in-person-times-annex2");
        let (w, s) = (t.find(wait), t.rfind(service));
        assert!(w.is_some() && s.is_some() && w < s, "{lang}: {t}");
    }
}

/// Annex 4 p. 10 (admission): «Құжаттарды тапсыру үшін күтудің рұқсат
/// етілген ең ұзақ уақыты – 15 минут. Қызмет көрсетудің рұқсат етілген ең
/// ұзақ уақыты – 15 минут.» Annex 4 p. 3: «Мемлекеттік қызметті көрсету
/// мерзімі 30 минут.» The two are not reconciled by the order: both are told,
/// and that Kezek's time of the result follows p. 3's 30 minutes — not one
/// picked silently. In person at the kindergarten only.
#[test]
fn annex4_p10_the_desk_s_15_minutes_are_told_beside_p3_s_30_minute_term() {
    const CODE: &str = "info.in_person_times_annex4";
    let e = admission(OFFICE, at(2026, 12, 3, 10, 0)).evaluate_json();
    assert_eq!(
        info(&e, CODE),
        Some(vec![(Some(4), 10, None), (Some(4), 3, None)]),
        "{}",
        e["information"]
    );
    let e = admission(PORTAL, at(2026, 12, 3, 10, 0)).evaluate_json();
    assert_eq!(info(&e, CODE), None, "{}", e["information"]);
    for (lang, fifteen, thirty, unsaid) in [
        ("kk", "15 минут", "30 минут", "бұйрық айтпайды"),
        ("ru", "15 минут", "30 минут", "приказ не говорит"),
        ("en", "15 minutes", "30 minutes", "order does not say"),
    ] {
        let t = text(lang, "reason-info-in-person-times-annex4");
        assert_eq!(t.matches(fifteen).count(), 2, "{lang}: {t}");
        assert!(t.contains(thirty), "{lang}: {t}");
        assert!(t.contains(unsaid), "{lang}: {t}");
    }
}
