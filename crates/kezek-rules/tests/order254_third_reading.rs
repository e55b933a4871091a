//! A lawyer's third reading of order No. 254: two deadlines Kezek told a
//! parent as facts although the text gives an earlier day under another
//! reading. One test per finding, named after its clause, through the real
//! path (a case in JSON → `evaluate` → the evaluation's JSON). Each asserts
//! the day a careful lawyer would advise the parent to rely on, and that the
//! other day is said as a reading.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::messages::{ftl, message_value};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::Channel;
use serde_json::Value;

const PORTAL: Channel = Channel::EgovPortal;
const OFFICE: Channel = Channel::ProviderOffice;

/// Queue registration through `channel` at `as_of`: both IINs given, the
/// phthisiatrician's conclusion held, consents given.
fn queue_case(channel: Channel, as_of: chrono::NaiveDateTime) -> CaseBuilder {
    CaseBuilder::queue_registration()
        .channel(channel)
        .as_of(as_of)
        .applicant_iin("900314422336")
        .child_iin("230510512343")
        .holds(D::PhthisiatricianConclusion)
        .consent()
}

/// Admission (00403002) of a child born 20.01.2022, consents given.
fn admission(channel: Channel, as_of: chrono::NaiveDateTime) -> CaseBuilder {
    CaseBuilder::admission()
        .channel(channel)
        .as_of(as_of)
        .child_born(date(2022, 1, 20))
        .consent()
}

fn has(v: &Value, code: &str) -> bool {
    v.as_array()
        .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(code)))
}

/// Every text of `key` (kk, ru, en) says it is Kezek's reading.
fn said_as_a_reading(key: &str) {
    for lang in ["kk", "ru", "en"] {
        let text = message_value(ftl(lang).unwrap(), key).unwrap_or_else(|| panic!("{lang} {key}"));
        assert!(text.contains("Kezek"), "{lang} {key}: {text}");
        if lang == "ru" {
            assert!(!text.contains('ё'), "{lang} {key}: {text}");
        }
    }
}

/// cl. 22: «тіркеуге өтініш жіберген … сәттен бастап 5 жұмыс күнінен
/// кешіктірмей ұсынуы тиіс … Тек құжаттар расталғаннан кейін өтініш кезекте
/// тіркеледі». Kezek counts the five working days from the day after sending
/// (`originals_by`); counted «from the moment» of sending with that day as the
/// first, the last day is a working day earlier — and originals brought late
/// leave the application unregistered. The earlier day is the one to rely on
/// (`originals_safe_by`), said as a reading where the two differ.
#[test]
fn cl22_originals_counted_from_the_day_of_sending_give_an_earlier_safe_day() {
    // Sent on the portal on Tue 24.11.2026: Kezek's count 25, 26, 27, 30.11,
    // 01.12; with the Tuesday as the first day, 24 … 30.11.
    let e = queue_case(PORTAL, at(2026, 11, 24, 10, 0)).evaluate_json();
    let s = &e["schedule"];
    assert_eq!(s["originals_by"], "2026-12-01", "{s}");
    assert_eq!(s["originals_safe_by"], "2026-11-30", "{s}");
    assert!(
        has(&s["reasons"], "schedule.originals_first_day_reading"),
        "{s}"
    );
    // Sent after working time (Mon 23.11 at 22:00): the Monday is still the
    // day of sending — safe Fri 27.11, Kezek's count Mon 30.11.
    let e = queue_case(PORTAL, at(2026, 11, 23, 22, 0)).evaluate_json();
    assert_eq!(e["schedule"]["originals_safe_by"], "2026-11-27");
    assert_eq!(e["schedule"]["originals_by"], "2026-11-30");
    // At the office the application is sent when it is handed over: closed
    // at 17:45 on Mon 23.11, handed over Tue 24.11 — as on the portal that day.
    let e = queue_case(OFFICE, at(2026, 11, 23, 17, 45)).evaluate_json();
    assert_eq!(e["schedule"]["originals_safe_by"], "2026-11-30");
    // Sent on a day off (Sat 28.11; Independence Day 16.12 at 22:10): the
    // day of sending is no working day, both readings end on the same day
    // and nothing is said of a reading.
    for (when, day) in [
        (at(2026, 11, 28, 11, 0), "2026-12-04"),
        (at(2026, 12, 16, 22, 10), "2026-12-23"),
    ] {
        let e = queue_case(PORTAL, when).evaluate_json();
        let s = &e["schedule"];
        assert_eq!(s["originals_by"], day, "{s}");
        assert_eq!(s["originals_safe_by"], day, "{s}");
        assert!(
            !has(&s["reasons"], "schedule.originals_first_day_reading"),
            "{s}"
        );
    }
    said_as_a_reading("reason-schedule-originals-first-day-reading");
}

/// cl. 22, the second check: the originals «қабылдауға жолдама алған сәттен
/// бастап 5 жұмыс күнінен кешіктірмей». Referral received Fri 11.12.2026
/// (16.12 a holiday): Kezek's count 14, 15, 17, 18, 21.12; with the Friday as
/// the first day, 11 … 18.12.
#[test]
fn cl22_admission_originals_counted_from_the_day_of_the_referral_give_an_earlier_safe_day() {
    let e = admission(OFFICE, at(2026, 12, 11, 15, 0))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .evaluate_json();
    let s = &e["schedule"];
    assert_eq!(s["originals_by"], "2026-12-21", "{s}");
    assert_eq!(s["originals_safe_by"], "2026-12-18", "{s}");
    assert!(
        has(&s["reasons"], "schedule.originals_first_day_reading"),
        "{s}"
    );
    // Without the referral's date there is no deadline, and no reading.
    let e = admission(OFFICE, at(2026, 12, 11, 15, 0)).evaluate_json();
    assert!(e["schedule"].get("originals_safe_by").is_none());
    assert!(!has(
        &e["schedule"]["reasons"],
        "schedule.originals_first_day_reading"
    ));
}
