//! A parent's walkthrough of admission (00403002) with a referral, on a phone
//! in kk and ru (helper-63's review, findings H2, M2, M4): one test per
//! finding, named after its clause, through the real path (a case in JSON →
//! `evaluate` → the evaluation's JSON) and the texts the parent reads.

use kezek_rules::calendar::Calendar;
use kezek_rules::documents::DocumentKind as D;
use kezek_rules::schedule::service_timing;
use kezek_rules::testing::order254::{admission, has, item, queue_case, risk, text};
use kezek_rules::testing::{at, date};
use kezek_rules::{Channel, Service};
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const OFFICE: Channel = Channel::ProviderOffice;

/// Every text of `key` (kk, ru, en) says it is Kezek's reading.
fn said_as_a_reading(key: &str) {
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, key);
        assert!(t.contains("Kezek"), "{lang} {key}: {t}");
        if lang == "ru" {
            assert!(!t.contains('ё'), "{lang} {key}: {t}");
        }
    }
}

/// Annex 4 p. 7 sub. 2: on the portal an application sent after the
/// kindergarten's working time is accepted on the next working day. Referral
/// of Fri 11.12.2026 (16.12 a holiday): its safe last day is Fri 18.12
/// (11, 14, 15, 17, 18), Kezek's count Mon 21.12. On 18.12 at 18:40 an
/// application sent now is accepted Mon 21.12 at 09:00 — and the kindergarten
/// (Annex 4 p. 7 sub. 1) next receives one then too, so "go to the
/// kindergarten in its working hours" adds nothing: the text says that the
/// kindergarten also opens only that day, that the referral may be held
/// lapsed, and whom to ask at once — as the desk's own text
/// (`doc.referral_office_reopens_after_last_day`) does.
#[test]
fn annex4_p7_2_portal_after_hours_on_the_safe_day_the_kindergarten_reopens_only_then_too() {
    let now = at(2026, 12, 18, 18, 40);
    let e = admission(PORTAL, now)
        .holds_issued(D::Referral, date(2026, 12, 11))
        .evaluate_json();
    assert_eq!(e["schedule"]["accepted_at"], "2026-12-21T09:00:00");
    let r = item(&e, "referral");
    assert_eq!(r["safe_last_day"], "2026-12-18", "{r}");
    assert_eq!(r["last_valid_day"], "2026-12-21", "{r}");
    assert_eq!(r["status"], "expires_soon", "{r}");
    assert_eq!(
        r["reasons"][0], "doc.referral_accepted_after_last_day",
        "{r}"
    );
    // The kindergarten's desk reopens on the day the portal accepts.
    let desk = service_timing(Service::Admission, OFFICE, now, Calendar::builtin());
    assert_eq!(desk.accepted_at, at(2026, 12, 21, 9, 0));
    said_as_a_reading("reason-doc-referral-accepted-after-last-day");
    for (lang, hours, ask) in [
        ("ru", "рабочие часы", "отделе (управлении) образования"),
        ("kk", "жұмыс уақытында барыңыз", "бөлімінен (басқармасынан)"),
        (
            "en",
            "working hours",
            "education department (in Astana, Almaty and Shymkent",
        ),
    ] {
        let t = text(lang, "reason-doc-referral-accepted-after-last-day");
        assert!(!t.contains(hours), "{lang}: {t}");
        assert!(t.contains(ask), "{lang}: {t}");
    }
}

/// Annex 4 p. 8 sub. 1 «берілген күннен бастап бес жұмыс күні»: read with the
/// day of issue as the first of the five, the referral of Fri 20.11.2026 runs
/// to Thu 26.11 (the safe day), by Kezek's count to Fri 27.11. A contract on
/// 27.11 is after the safe day: at risk, said as the reading, as the day of
/// acceptance is judged against the safe day — not "expires 26.11, apply
/// before" with the contract day unremarked. Whether the documents'
/// confirmation day (cl. 22) is given or not.
#[test]
fn annex4_p8_1_a_contract_after_the_safe_day_within_kezeks_count_is_at_risk() {
    let referral = |contract: &str| {
        let e = admission(OFFICE, at(2026, 11, 23, 10, 0))
            .holds_issued(D::Referral, date(2026, 11, 20))
            .admission_fact("contract_date", json!(contract))
            .evaluate_json();
        item(&e, "referral").clone()
    };
    let r = referral("2026-11-27");
    assert_eq!(r["safe_last_day"], "2026-11-26", "{r}");
    assert_eq!(r["last_valid_day"], "2026-11-27", "{r}");
    assert_eq!(r["status"], "expires_soon", "{r}");
    assert_eq!(
        r["reasons"][0], "doc.referral_at_risk_issue_day_reading",
        "{r}"
    );
    // The at-risk reason says the reading; not said twice.
    assert!(!has(&r["reasons"], "doc.issue_day_reading"), "{r}");
    said_as_a_reading("reason-doc-referral-at-risk-issue-day-reading");
    // On the safe day: not at risk.
    let r = referral("2026-11-26");
    assert!(
        !has(&r["reasons"], "doc.referral_at_risk_issue_day_reading"),
        "{r}"
    );
    // After Kezek's count too: it lapses.
    let r = referral("2026-11-30");
    assert_eq!(r["status"], "expired", "{r}");
    assert_eq!(r["reasons"][0], "doc.lapses_before_use", "{r}");
    // The documents confirmed (cl. 22) on the day of issue: the same.
    let e = admission(OFFICE, at(2026, 11, 23, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .admission_fact("contract_date", json!("2026-11-27"))
        .admission_fact("documents_confirmed_on", json!("2026-11-20"))
        .evaluate_json();
    let r = item(&e, "referral");
    assert_eq!(
        r["reasons"][0], "doc.referral_at_risk_issue_day_reading",
        "{r}"
    );
    // No contract day given: the day of use is today, before the safe day.
    let e = admission(OFFICE, at(2026, 11, 23, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .evaluate_json();
    let r = item(&e, "referral");
    assert!(
        !has(&r["reasons"], "doc.referral_at_risk_issue_day_reading"),
        "{r}"
    );
    assert!(has(&r["reasons"], "doc.issue_day_reading"), "{r}");
}

/// cl. 30: the referral of Fri 20.11.2026 extended by 30 calendar days runs,
/// by Kezek's count, to Sun 27.12, a day off: the note that Kezek does not
/// move a last day off a day off is given for it — and names a document, not
/// a certificate («справка», «анықтама»): a referral is «направление»,
/// «жолдама» (scenario A10 of the walkthrough: evaluated Thu 10.12 at the
/// kindergarten).
#[test]
fn cl30_the_day_off_note_of_an_extended_referral_does_not_call_it_a_certificate() {
    let e = admission(OFFICE, at(2026, 12, 10, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .admission_fact("referral_extension_days", json!(30))
        .evaluate_json();
    let r = item(&e, "referral");
    assert_eq!(r["last_valid_day"], "2026-12-27", "{r}");
    assert!(
        has(&r["reasons"], "doc.last_day_non_working_reading"),
        "{r}"
    );
    for (lang, certificate) in [("ru", "справк"), ("kk", "анықтама"), ("en", "certificate")]
    {
        let t = text(lang, "reason-doc-last-day-non-working-reading");
        assert!(!t.contains(certificate), "{lang}: {t}");
    }
    said_as_a_reading("reason-doc-last-day-non-working-reading");
}

/// cl. 3 p. 7: with early booking the referral's five working days start when
/// the place is actually vacated — the later of that day and the day of issue
/// (`documents::count_start`). A place vacated on or before the day of issue
/// does not move the count, so the parent is not told that it starts at the
/// vacancy rather than at issue (helper-65's note: it was said either way).
#[test]
fn cl3_7_a_place_vacated_before_the_referral_does_not_move_its_count() {
    let now = at(2026, 12, 7, 10, 0);
    let with_vacancy = |vacated: chrono::NaiveDate| {
        admission(OFFICE, now)
            .holds_issued(D::Referral, date(2026, 12, 7))
            .admission_fact("place_vacated_on", json!(vacated.to_string()))
            .evaluate_json()
    };
    // Vacated after issue: the count starts then, and that is said.
    let later = with_vacancy(date(2026, 12, 9));
    let r = item(&later, "referral");
    assert!(has(&r["reasons"], "doc.referral_from_vacancy"), "{r}");
    assert_eq!(r["safe_last_day"], "2026-12-15", "{r}");
    // Vacated before issue, or on the day: the count starts at issue, as
    // without early booking, and the vacancy is not given as its start.
    for vacated in [date(2026, 12, 1), date(2026, 12, 7)] {
        let e = with_vacancy(vacated);
        let r = item(&e, "referral");
        assert!(
            !has(&r["reasons"], "doc.referral_from_vacancy"),
            "{vacated}: {r}"
        );
        let plain = admission(OFFICE, now)
            .holds_issued(D::Referral, date(2026, 12, 7))
            .evaluate_json();
        let p = item(&plain, "referral");
        assert_eq!(r["last_valid_day"], p["last_valid_day"], "{vacated}");
        assert_eq!(r["safe_last_day"], p["safe_last_day"], "{vacated}");
    }
}

/// cl. 22 «жолдама алған сәттен бастап 5 жұмыс күнінен кешіктірмей»
/// (scenario A8 of the walkthrough): the originals after the referral of Fri
/// 11.12.2026 (16.12 a holiday) are safe to Fri 18.12, the day of receiving
/// it the first of the five; Kezek's count runs to Mon 21.12. Originals are
/// shown in person, in the reception hours of the education department
/// (Annex 2 p. 7 sub. 1, to 17:30; the kindergarten's desk too, Annex 4 p. 7
/// sub. 1): on 18.12 after 17:30 the safe day can no longer be met, whatever
/// the channel — "show them by 18.12" would be a day the parent cannot act
/// by. Before 09:00 and in the lunch break it still can. On Kezek's count's
/// own last day after 17:30 the count is no longer said as a day to act by.
#[test]
fn cl22_the_originals_safe_day_is_over_once_its_reception_has_ended() {
    let originals = |channel, now| {
        admission(channel, now)
            .holds_issued(D::Referral, date(2026, 12, 11))
            .evaluate()
            .schedule
            .originals_day()
            .expect("the originals' day after the referral")
    };
    for (channel, h, m, passed) in [
        (PORTAL, 18, 40, true),
        (OFFICE, 17, 45, true),
        (PORTAL, 17, 30, true),
        (PORTAL, 17, 29, false),
        (OFFICE, 13, 30, false),
        (PORTAL, 8, 0, false),
    ] {
        let o = originals(channel, at(2026, 12, 18, h, m));
        assert_eq!((o.safe, o.count), (date(2026, 12, 18), date(2026, 12, 21)));
        assert_eq!(o.passed, passed, "{channel:?} {h}:{m}: {o:?}");
        assert!(o.reading, "{channel:?} {h}:{m}: {o:?}");
        assert_eq!(
            o.closed_at,
            passed.then(|| at(2026, 12, 18, 17, 30)),
            "{channel:?} {h}:{m}"
        );
    }
    // Kezek's count's last day, Mon 21.12, after the reception: both over.
    let o = originals(PORTAL, at(2026, 12, 21, 18, 0));
    assert!(o.passed && !o.reading, "{o:?}");
    assert_eq!(o.closed_at, Some(at(2026, 12, 21, 17, 30)));
    // That morning: the safe day gone by, the count still to act by.
    let o = originals(PORTAL, at(2026, 12, 21, 11, 0));
    assert!(o.passed && o.reading && o.closed_at.is_none(), "{o:?}");
}

/// cl. 22's originals day set against the evaluation's instant, on the wire
/// (scenario A8, referral of Fri 11.12.2026: safe to Fri 18.12, Kezek's count
/// Mon 21.12): the screens say "the reception closed at 17:30" or "the day
/// has passed" from `schedule::OriginalsDay`; an integrator of the JS API or
/// the CLI reads the same from the schedule — `originals_day_passed` (the day
/// to rely on can no longer be met) and `originals_closed_at` (the reception
/// that receives the originals closed on the day named, today; Kezek's
/// reading, Annex 2 p. 7 sub. 1) — with a reason whose text says it:
/// `schedule.originals_reception_closed` (its time as `$time`, a reading) on
/// the day itself, `schedule.originals_day_passed` once the day to rely on is
/// before today. Neither is given while the day can still be met.
#[test]
fn cl22_the_wire_says_the_originals_day_has_passed_after_the_reception_closed() {
    let referral =
        |channel, now| admission(channel, now).holds_issued(D::Referral, date(2026, 12, 11));
    // (channel, now, passed, closed_at, the reasons given, the reasons not).
    let closed = "schedule.originals_reception_closed";
    let passed = "schedule.originals_day_passed";
    for (channel, now, is_passed, closed_at, given, not) in [
        (
            PORTAL,
            at(2026, 12, 18, 18, 40),
            true,
            Some("2026-12-18T17:30:00"),
            vec![closed],
            vec![passed],
        ),
        (
            OFFICE,
            at(2026, 12, 18, 17, 45),
            true,
            Some("2026-12-18T17:30:00"),
            vec![closed],
            vec![passed],
        ),
        (
            PORTAL,
            at(2026, 12, 18, 17, 29),
            false,
            None,
            vec![],
            vec![closed, passed],
        ),
        (
            PORTAL,
            at(2026, 12, 21, 11, 0),
            true,
            None,
            vec![passed],
            vec![closed],
        ),
        (
            PORTAL,
            at(2026, 12, 21, 18, 0),
            true,
            Some("2026-12-21T17:30:00"),
            vec![passed, closed],
            vec![],
        ),
        (
            OFFICE,
            at(2026, 12, 23, 10, 0),
            true,
            None,
            vec![passed],
            vec![closed],
        ),
    ] {
        let b = referral(channel, now);
        let e = b.evaluate_json();
        let s = &e["schedule"];
        let said = format!("{channel:?} {now}: {s}");
        assert_eq!(s["originals_day_passed"], is_passed, "{said}");
        assert_eq!(s["originals_closed_at"].as_str(), closed_at, "{said}");
        for code in given {
            assert!(has(&s["reasons"], code), "{code}: {said}");
            assert!(has(&e["reasons"], code), "{code}: {said}");
        }
        for code in not {
            assert!(!has(&s["reasons"], code), "{code}: {said}");
        }
        // The wire says what the screens say.
        let o = b.evaluate().schedule.originals_day().expect("a day");
        assert_eq!(o.passed, is_passed, "{said}");
        let o_closed = o
            .closed_at
            .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string());
        assert_eq!(o_closed.as_deref(), closed_at, "{said}");
    }
    // No day to meet, nothing passed: queue registration's count from the
    // day of sending, and admission once the documents are confirmed.
    for e in [
        queue_case(PORTAL, at(2026, 12, 18, 18, 40)).evaluate_json(),
        referral(PORTAL, at(2026, 12, 23, 10, 0))
            .admission_fact("documents_confirmed_on", json!("2026-12-14"))
            .evaluate_json(),
    ] {
        let s = &e["schedule"];
        assert_eq!(s["originals_day_passed"], false, "{s}");
        assert_eq!(s.get("originals_closed_at"), None, "{s}");
    }
    // The texts: the time from the rules (`$time`, as `HH:MM`), never a
    // written 17:30; the reception's hours said as Kezek's reading.
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-schedule-originals-reception-closed");
        assert!(t.contains("$time"), "{lang}: {t}");
        assert!(!t.contains("17:30"), "{lang}: {t}");
        assert!(!t.contains("UNTIL"), "{lang}: {t}");
        let t = text(lang, "reason-schedule-originals-day-passed");
        assert!(!t.contains('$'), "{lang}: {t}");
    }
    said_as_a_reading("reason-schedule-originals-reception-closed");
    said_as_a_reading("reason-schedule-originals-day-passed");
}

/// Annex 4 p. 7 sub. 2: at the kindergarten's desk after 17:30 on the
/// referral's safe day, the portal still accepts an application that day
/// until the end of the kindergarten's working day (Kezek's reading of
/// working time). The time comes from the rules — the item gives it
/// (`portal_accepts_until`) beside `doc.referral_portal_accepts_today` and
/// the text takes it as `$time` — not from a literal "18:00" in three
/// languages that the app and an integrator could not check against the
/// schedule.
#[test]
fn annex4_p7_2_the_portal_accepts_today_until_a_time_the_rules_give() {
    let at_desk = |h, m| {
        admission(OFFICE, at(2026, 11, 26, h, m))
            .holds_issued(D::Referral, date(2026, 11, 20))
            .evaluate_json()
    };
    let e = at_desk(17, 45);
    let r = item(&e, "referral");
    assert!(
        has(&r["reasons"], "doc.referral_portal_accepts_today"),
        "{r}"
    );
    assert_eq!(r["portal_accepts_until"], "2026-11-26T18:00:00", "{r}");
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-doc-referral-portal-accepts-today");
        assert!(t.contains("$time"), "{lang}: {t}");
        assert!(!t.contains("18:00"), "{lang}: {t}");
    }
    // Without the reason (in hours; after the portal's working time): none.
    for (h, m) in [(10, 0), (18, 30)] {
        let e = at_desk(h, m);
        let r = item(&e, "referral");
        assert_eq!(r.get("portal_accepts_until"), None, "{h}:{m}: {r}");
    }
}

/// The admission case at the kindergarten's desk at 10:00 on `day`
/// November 2026, with a referral issued on Fri 20.11.2026, evaluated (the
/// cl. 30 and Annex 4 p. 9 sub. 4 tests read its referral item).
fn referral_of_20_11_at_the_desk_on(day: u32) -> serde_json::Value {
    admission(OFFICE, at(2026, 11, day, 10, 0))
        .holds_issued(D::Referral, date(2026, 11, 20))
        .evaluate_json()
}

/// cl. 30 «бір тәуліктен кешіктірмей»: once the one-day window has passed
/// (Kezek's reading: it bounds the extension too), the parent is told the
/// day it ended — the item gives it (`extension_window_ended_on`, the day
/// after issue, as `extension_window_ends_on` while it is open) and the text
/// of `doc.referral_extension_window_passed` takes it as `$date`.
#[test]
fn cl30_the_passed_extension_window_names_the_day_it_ended() {
    let e = referral_of_20_11_at_the_desk_on(23);
    let r = item(&e, "referral");
    assert!(
        has(&r["reasons"], "doc.referral_extension_window_passed"),
        "{r}"
    );
    assert_eq!(r["extension_window_ended_on"], "2026-11-21", "{r}");
    assert_eq!(r.get("extension_window_ends_on"), None, "{r}");
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-doc-referral-extension-window-passed");
        assert!(t.contains("$date"), "{lang}: {t}");
    }
    // While it is open: the day it ends, not one it ended.
    let e = referral_of_20_11_at_the_desk_on(21);
    let r = item(&e, "referral");
    assert_eq!(r["extension_window_ends_on"], "2026-11-21", "{r}");
    assert_eq!(r.get("extension_window_ended_on"), None, "{r}");
}

/// cl. 3 p. 7: with early booking the referral's count starts when the place
/// is actually vacated. Where the rules give `doc.referral_from_vacancy` with
/// the day-of-issue reading (`doc.issue_day_reading`, or
/// `doc.issue_day_reading_extended` when extended), that reading's text —
/// what a JS API integrator shows beside it — says the count starts at the
/// vacancy too, not only "from the day of issue".
#[test]
fn cl3_7_the_day_of_issue_readings_say_the_count_starts_at_the_vacancy() {
    for extension in [None, Some(30)] {
        let mut b = admission(OFFICE, at(2026, 12, 7, 10, 0))
            .holds_issued(D::Referral, date(2026, 12, 7))
            .admission_fact("place_vacated_on", json!("2026-12-09"));
        if let Some(days) = extension {
            b = b.admission_fact("referral_extension_days", json!(days));
        }
        let e = b.evaluate_json();
        let r = item(&e, "referral");
        assert!(has(&r["reasons"], "doc.referral_from_vacancy"), "{r}");
        let reading = match extension {
            None => "doc.vacancy_day_reading",
            Some(_) => "doc.issue_day_reading_extended",
        };
        assert!(has(&r["reasons"], reading), "{r}");
        assert!(!has(&r["reasons"], "doc.issue_day_reading"), "{r}");
        let key = format!("reason-{}", reading.replace(['.', '_'], "-"));
        for (lang, vacated) in [("kk", "босаған"), ("ru", "освободилось"), ("en", "vacated")]
        {
            let t = text(lang, &key);
            assert!(t.contains(vacated), "{lang} {key}: {t}");
        }
    }
}

/// The day-of-issue reading is given for every document counted from its
/// issue (certificates too): it says nothing of early booking, which only the
/// referral's own reading (`doc.vacancy_day_reading`) is about.
#[test]
fn cl3_7_the_day_of_issue_reading_of_a_certificate_says_nothing_of_early_booking() {
    for (lang, vacated) in [("kk", "босаған"), ("ru", "освободилось"), ("en", "vacated")]
    {
        let t = text(lang, "reason-doc-issue-day-reading");
        assert!(!t.contains(vacated), "{lang}: {t}");
    }
}

/// "Get a new one" in a reason's text, in each language.
const GET_A_NEW_ONE: [(&str, &str); 3] = [
    ("kk", "жаңасын алыңыз"),
    ("ru", "получите нов"),
    ("en", "get a new one"),
];

/// A lapsed referral is not told "get a new one": the order says nothing of
/// what happens to a referral past its last day, nor of taking a new one
/// (cl. 26 only says a general-queue referral is issued at the applicant's
/// initiative; language review 20's M6). Its reason says so and whom to ask
/// (`doc.referral_lapsed`), in place of the certificates' `doc.expired`.
/// Referral of Fri 11.12.2026: its last day is Mon 21.12 at the latest;
/// on 28.12 it has lapsed.
#[test]
fn annex4_8_1_a_lapsed_referral_is_not_told_to_get_a_new_one() {
    for channel in [PORTAL, OFFICE] {
        let e = admission(channel, at(2026, 12, 28, 11, 0))
            .holds_issued(D::Referral, date(2026, 12, 11))
            .evaluate_json();
        let r = item(&e, "referral");
        assert_eq!(r["status"], "expired", "{r}");
        assert!(!has(&r["reasons"], "doc.expired"), "{r}");
        assert_eq!(r["reasons"][0], "doc.referral_lapsed", "{r}");
        // Nor "sign the contract while the referral is valid" (cl. 30's
        // passed window): it is not valid any more.
        assert!(
            !has(&r["reasons"], "doc.referral_extension_window_passed"),
            "{r}"
        );
        assert_eq!(
            r["extension_window_ended_on"],
            serde_json::Value::Null,
            "{r}"
        );
        for reason in r["reasons"].as_array().unwrap() {
            let key = format!(
                "reason-{}",
                reason.as_str().unwrap().replace(['.', '_'], "-")
            );
            for (lang, new_one) in GET_A_NEW_ONE {
                let t = text(lang, &key);
                assert!(!t.contains(new_one), "{lang} {key}: {t}");
            }
        }
    }
    for (lang, ask) in [("kk", "сұраңыз"), ("ru", "спросите"), ("en", "ask")] {
        let t = text(lang, "reason-doc-referral-lapsed");
        assert!(t.contains(ask), "{lang}: {t}");
    }
}

/// A document that expires within the week is to be used while it is still
/// valid, its last day included (language review 20's M3): not "before it
/// does" (ru «до этого», kk «оған дейін»), which reads as the day before.
#[test]
fn annex4_8_a_document_expiring_soon_is_used_while_it_is_valid_its_last_day_included() {
    for (lang, before) in [
        ("kk", "оған дейін"),
        ("ru", "до этого"),
        ("en", "before it does"),
    ] {
        let t = text(lang, "reason-doc-expires-soon");
        assert!(!t.contains(before), "{lang}: {t}");
    }
}

/// The refusal risk of an expired document says what the parent can do
/// (`detail`): for a lapsed referral not the certificates' "get a new one"
/// (`doc.expired`) but `doc.referral_lapsed`; for a referral valid today that
/// lapses before the contract day she gave, `doc.lapses_before_use` ("sign
/// while it is valid"). Annex 4 p. 9 sub. 4, cl. 34 sub. 1.
#[test]
fn annex4_9_4_the_refusal_risk_of_a_lapsed_referral_is_not_get_a_new_one() {
    let risk = |e: &serde_json::Value| {
        risk(e, "refusal.expired_not_admitted")
            .cloned()
            .unwrap_or_else(|| panic!("no refusal.expired_not_admitted: {}", e["refusal"]))
    };
    // Lapsed on 28.12 (issued Fri 11.12).
    let e = admission(OFFICE, at(2026, 12, 28, 11, 0))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .evaluate_json();
    let r = risk(&e);
    assert!(!has(&r["detail"], "doc.expired"), "{r}");
    assert!(has(&r["detail"], "doc.referral_lapsed"), "{r}");
    // Valid on Mon 30.11 to Tue 01.12, the contract on Thu 03.12.
    let e = admission(OFFICE, at(2026, 11, 30, 10, 0))
        .admission_fact("contract_date", json!("2026-12-03"))
        .holds_issued(D::Referral, date(2026, 11, 24))
        .evaluate_json();
    let r = risk(&e);
    assert!(!has(&r["detail"], "doc.expired"), "{r}");
    assert!(has(&r["detail"], "doc.lapses_before_use"), "{r}");
    // An old health certificate beside a lapsed referral: both said.
    let e = admission(OFFICE, at(2026, 12, 28, 11, 0))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .holds_issued(D::HealthCertificate, date(2026, 1, 10))
        .evaluate_json();
    let r = risk(&e);
    assert!(has(&r["detail"], "doc.referral_lapsed"), "{r}");
    assert!(has(&r["detail"], "doc.expired"), "{r}");
}

/// Annex 4 p. 8 sub. 1 (the referral valid five working days from issue),
/// p. 9 sub. 4 and cl. 34 sub. 1 (a document whose validity has passed is
/// a refusal ground; the kindergarten does not admit on it). Walkthrough 28
/// (m5): the parent was told "apply no later than" the referral's last day,
/// never what follows if she misses it. While the day is still to come, the
/// referral says it, with its citations — and, the order being silent on
/// what becomes of the application in the queue, says so and whom to ask
/// before the day. A lapsed referral keeps its own text
/// (`doc.referral_lapsed`), not this one.
#[test]
fn annex4_p9_4_a_missed_referral_day_is_a_refusal_ground_said_before_the_day() {
    let e = referral_of_20_11_at_the_desk_on(23);
    let r = item(&e, "referral");
    assert!(has(&r["reasons"], "doc.referral_if_missed"), "{r}");
    for c in [
        json!({"act": "order254", "annex": 4, "clause": 9, "sub": 4}),
        json!({"act": "order254", "clause": 34, "sub": 1}),
    ] {
        assert!(
            r["citations"].as_array().unwrap().contains(&c),
            "{c} not cited: {}",
            r["citations"]
        );
    }
    let e = referral_of_20_11_at_the_desk_on(30);
    let lapsed = item(&e, "referral");
    assert!(
        !has(&lapsed["reasons"], "doc.referral_if_missed"),
        "{lapsed}"
    );
    assert!(has(&lapsed["reasons"], "doc.referral_lapsed"), "{lapsed}");
    for (lang, silent, ask) in [
        ("kk", "бұйрықта айтылмаған", "сол күнге дейін"),
        ("ru", "приказ не говорит", "до этого дня"),
        ("en", "the order does not say", "before that day"),
    ] {
        let t = text(lang, "reason-doc-referral-if-missed");
        assert!(t.contains(silent) && t.contains(ask), "{lang}: {t}");
        assert!(!t.contains('ё'), "{lang}: {t}");
    }
}
