//! Order No. 254 items the last session left open (rules45). Each table was
//! written before its fix and seen failing (but item 4's, which passed: the
//! referral's safe day is always a working day).
//!
//! Annex 2 p. 7 sub. 1: «Өтініштерді қабылдау және мемлекеттік қызмет
//! көрсету нәтижесін беру сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен
//! сағат 09.00-ден 17.30-ға дейін жүзеге асырылады»; sub. 3, the portal:
//! «тәулік бойы (көрсетілетін қызметті алушы жұмыс уақыты аяқталғанда
//! жүгінгенде, … өтініштерді қабылдау және мемлекеттік қызметті көрсету
//! нәтижелері келесі жұмыс күнінде беріледі)». Kezek
//! reads "working time" as the working day (to 18:30; the kindergarten's
//! 18:00, Annex 4 p. 7 sub. 1–2: R7); read as the hours of sub. 1 it ends at
//! 17:30. Between the two, every outcome that hangs on the day of
//! acceptance is a reading of working time, said as such.

use kezek_rules::calendar::Calendar;
use kezek_rules::documents::DocumentKind as D;
use kezek_rules::schedule;
use kezek_rules::testing::order254::{admission, has, item, queue_case, risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Service};
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const DESK: Channel = Channel::ProviderOffice;
const LANGS: [&str; 3] = ["kk", "ru", "en"];

/// Item 1: Annex 2 p. 7 sub. 1 and 3, Annex 4 p. 7 sub. 1 and 2: on egov.kz after
/// the reception (17:30) but within the provider's working day, the result's
/// time (`result_by`, today) rests on R7 alone. Before, no line said so: the
/// general working-time note was folded away on step 1 and never named the
/// later result. Now `schedule.portal_after_reception_reading`, with when
/// the application is accepted and the result due if working time ends with
/// the reception (the next working day, 09:00 and 09:30). Fri 20.11.2026,
/// the next working day Mon 23.11.
#[test]
fn annex2_7_1_3_annex4_7_1_2_the_portals_result_after_1730_is_a_reading_of_working_time() {
    let cal = Calendar::builtin();
    let reading = "schedule.portal_after_reception_reading";
    // (service, hour, minute, the reading said)
    let rows = [
        (Service::QueueRegistration, 17, 29, false),
        (Service::QueueRegistration, 17, 30, true),
        (Service::QueueRegistration, 18, 0, true),
        (Service::QueueRegistration, 18, 29, true),
        (Service::QueueRegistration, 18, 30, false),
        (Service::QueueRegistration, 18, 31, false),
        (Service::Admission, 17, 29, false),
        (Service::Admission, 17, 30, true),
        (Service::Admission, 17, 59, true),
        (Service::Admission, 18, 0, false),
    ];
    for (service, h, m, said) in rows {
        let t = schedule::service_timing(service, PORTAL, at(2026, 11, 20, h, m), cal);
        let codes: Vec<&str> = t.reasons.iter().map(|r| r.code()).collect();
        assert_eq!(
            codes.contains(&reading),
            said,
            "{service:?} {h}:{m:02}: {codes:?}"
        );
        let other = schedule::result_if_working_time_ends_with_reception(&t, cal);
        if said {
            // R7: received now, the result 30 minutes of the working day
            // later (at 18:29, on Monday at 09:29) — earlier than on the
            // other reading.
            assert_eq!(
                t.accepted_at,
                at(2026, 11, 20, h, m),
                "{service:?} {h}:{m:02}"
            );
            assert_eq!(
                other,
                Some((at(2026, 11, 23, 9, 0), at(2026, 11, 23, 9, 30))),
                "{service:?} {h}:{m:02}"
            );
            assert!(
                t.result_by < at(2026, 11, 23, 9, 30),
                "{service:?} {h}:{m:02}"
            );
        } else {
            assert_eq!(other, None, "{service:?} {h}:{m:02}");
        }
    }
    // Not at the desks: the reception's hours are theirs on every reading.
    for channel in [DESK, Channel::StateCorporation] {
        let t = schedule::service_timing(
            Service::QueueRegistration,
            channel,
            at(2026, 11, 20, 17, 45),
            cal,
        );
        assert!(
            !t.reasons.iter().any(|r| r.code() == reading),
            "{channel:?}"
        );
    }
    // Said as Kezek's reading, with both days' times and both clauses.
    for lang in LANGS {
        let t = text(lang, "reason-schedule-portal-after-reception-reading");
        for needle in ["Kezek", "$accepted", "$result", "17:30", "18:30", "18:00"] {
            assert!(t.contains(needle), "{lang}: {needle}: {t}");
        }
    }
}

/// Item 2: cl. 16 «бір ай өткен соң» with Annex 2 p. 7 sub. 1 and 3 (lawyer44):
/// a choice of Fri 23.10.2026, sent on egov.kz on Fri 20.11 at 17:45. By R7
/// accepted that day, when the month has not passed on any count; read as
/// the reception's hours, on Mon 23.11, when it has passed counted from the
/// day of the choice. `refusal.cl16_month_reading` said «counted from the
/// day of the choice itself, it has» — untrue of the day R7 accepts on —
/// and left the working-time reading to a general note in its detail. Now
/// its own code, whose text says both readings; the safe day beside it.
#[test]
fn cl16_annex2_7_1_3_the_refusal_after_1730_says_both_readings_it_hangs_on() {
    let working_time = "refusal.cl16_month_working_time_reading";
    let month = "refusal.cl16_month_reading";
    // (choice, sent, the risk) — Thu 22.10's same date is Sun 22.11, Kezek's
    // day Mon 23.11: accepted then, the month has passed on every count.
    let rows = [
        (
            date(2026, 10, 23),
            at(2026, 11, 20, 17, 45),
            Some(working_time),
        ),
        (
            date(2026, 10, 22),
            at(2026, 11, 20, 17, 45),
            Some(working_time),
        ),
        (
            date(2026, 10, 23),
            at(2026, 11, 20, 18, 0),
            Some(working_time),
        ),
        (date(2026, 10, 23), at(2026, 11, 20, 17, 29), None),
        (date(2026, 10, 23), at(2026, 11, 23, 10, 0), Some(month)),
        (date(2026, 10, 23), at(2026, 11, 23, 17, 45), Some(month)),
    ];
    for (choice, sent, said) in rows {
        let e = queue_case(PORTAL, sent)
            .left_priority_referral(true, choice)
            .evaluate_json();
        let reasons = &e["refusal"]["reasons"];
        match said {
            Some(code) => {
                let r = risk(&e, code).unwrap_or_else(|| panic!("{choice} {sent}: {reasons}"));
                assert_eq!(r["reading"], true, "{r}");
                assert_eq!(r["detail"], json!(["limit.cl16_wait_one_month"]), "{r}");
                let other = if code == month { working_time } else { month };
                assert!(risk(&e, other).is_none(), "{choice} {sent}: {reasons}");
                let cited = r["citations"].to_string();
                assert_eq!(
                    cited.contains(r#""annex":2,"clause":7,"sub":3"#),
                    code == working_time,
                    "{r}"
                );
            }
            None => {
                // Accepted today on every reading: the flat refusal.
                assert!(
                    has(reasons, "refusal.requirements_not_met"),
                    "{choice} {sent}: {reasons}"
                );
            }
        }
    }
    for lang in LANGS {
        let t = text(lang, "reason-refusal-cl16-month-working-time-reading");
        for needle in ["Kezek", "16", "17:30", "18:30"] {
            assert!(t.contains(needle), "{lang}: {needle}: {t}");
        }
    }
}

/// A child born 15.04.2020 (sixth birthday Wed 15.04.2026, before 1
/// September), queue registration through `channel` at `h`:`m` on Tue
/// 14.04.2026, the evening before.
fn evening_before_the_sixth_birthday(channel: Channel, h: u32, m: u32) -> serde_json::Value {
    CaseBuilder::queue_registration()
        .channel(channel)
        .as_of(at(2026, 4, 14, h, m))
        .child_born(date(2020, 4, 15))
        .holds(D::PhthisiatricianConclusion)
        .consent()
        .evaluate_json()
}

/// Item 3: cl. 18, cl. 24 sub. 9 with Annex 2 p. 7 sub. 1 and 3: the evening
/// before a sixth birthday that falls before 1 September. Accepted before
/// the birthday, the child is over cl. 18's limit by Kezek's reading only
/// (`age.too_old`, `refusal.age_cut_off_reading`: the other reading keeps
/// the child); accepted on it, out of the queue on either reading
/// (`age.turns_six_by_acceptance`, `refusal.age_turned_six`). On egov.kz from
/// 17:30 to 18:30 R7 accepts today, but read as the reception's hours the
/// application is accepted on the birthday: the other reading of cl. 18
/// may not count. Before, nothing said so; now
/// `age.turned_six_after_reception_reading` beside `age.too_old` and in the
/// risk's detail, still a reading ("may be refused"). The desk receives to
/// 17:30 on every reading: from then on, the birthday.
#[test]
fn cl18_cl24_9_annex2_7_1_3_the_evening_before_the_sixth_birthday() {
    const TOO_OLD: &str = "age.too_old";
    // Still 5 on the evening before: said as the birthday and the day of
    // acceptance (review45), not "has already turned 6".
    const TURNED_SIX: &str = "age.turns_six_by_acceptance";
    const AFTER: &str = "age.turned_six_after_reception_reading";
    // (channel, hour, minute, age's first reason, the working-time line)
    let rows = [
        (PORTAL, 17, 29, TOO_OLD, false),
        (PORTAL, 17, 30, TOO_OLD, true),
        (PORTAL, 18, 0, TOO_OLD, true),
        (PORTAL, 18, 30, TURNED_SIX, false),
        (PORTAL, 18, 31, TURNED_SIX, false),
        (DESK, 17, 29, TOO_OLD, false),
        (DESK, 17, 30, TURNED_SIX, false),
        (DESK, 18, 0, TURNED_SIX, false),
        (DESK, 18, 30, TURNED_SIX, false),
        (DESK, 18, 31, TURNED_SIX, false),
    ];
    for (channel, h, m, first, after) in rows {
        let e = evening_before_the_sixth_birthday(channel, h, m);
        let row = format!("{channel:?} {h}:{m:02}");
        let age = &e["age"];
        assert_eq!(age["reasons"][0], first, "{row}: {age}");
        assert_eq!(has(&age["reasons"], AFTER), after, "{row}: {age}");
        if first == TOO_OLD {
            let r = risk(&e, "refusal.age_cut_off_reading")
                .unwrap_or_else(|| panic!("{row}: {}", e["refusal"]));
            assert_eq!(r["reading"], true, "{row}: {r}");
            assert_eq!(has(&r["detail"], AFTER), after, "{row}: {r}");
            let cited = r["citations"].to_string();
            assert_eq!(
                cited.contains(r#""clause":24,"sub":9"#)
                    && cited.contains(r#""annex":2,"clause":7,"sub":3"#),
                after,
                "{row}: {r}"
            );
            assert!(risk(&e, "refusal.age_turned_six").is_none(), "{row}");
        } else {
            assert!(
                risk(&e, "refusal.age_turned_six").is_some(),
                "{row}: {}",
                e["refusal"]
            );
            assert!(risk(&e, "refusal.age_cut_off_reading").is_none(), "{row}");
        }
    }
    for lang in LANGS {
        let t = text(lang, "reason-age-turned-six-after-reception-reading");
        for needle in ["Kezek", "17:30", "18:30", "18", "24"] {
            assert!(t.contains(needle), "{lang}: {needle}: {t}");
        }
    }
}

/// Item 4: Annex 4 p. 7 sub. 1–2 with p. 8 sub. 1 and cl. 30 (the one extension,
/// calendar days): `doc.referral_after_reception_reading` says «still
/// accepted today, the referral's safe last day», and its condition has the
/// `as_of <= safe` shape that fired the day before a one-month
/// certificate's safe day (bfe7a9c). The referral's safe day is moved back
/// to a working day (`documents::referral_safe_last_day`), so the next
/// working day after an earlier day is never past it: the reading only on
/// the safe day itself, from 17:30 until the kindergarten's 18:00.
/// Referral of Mon 23.11.2026: safe Fri 27.11, Kezek's Mon 30.11; extended
/// by 2 days the safe day is still Fri 27.11 (Sun 29.11 moved back), by 3
/// days Mon 30.11 (Kezek's Thu 03.12). Issued on Sat 28.11: both counts end
/// Fri 04.12.
#[test]
fn annex4_7_1_2_p8_1_cl30_the_referrals_after_reception_reading_is_for_its_safe_day_only() {
    const AFTER: &str = "doc.referral_after_reception_reading";
    // (issued, extension days, sent, the reading said)
    let rows = [
        (date(2026, 11, 23), None, at(2026, 11, 26, 17, 45), false),
        (date(2026, 11, 23), None, at(2026, 11, 27, 17, 29), false),
        (date(2026, 11, 23), None, at(2026, 11, 27, 17, 30), true),
        (date(2026, 11, 23), None, at(2026, 11, 27, 17, 59), true),
        (date(2026, 11, 23), None, at(2026, 11, 27, 18, 0), false),
        (date(2026, 11, 23), None, at(2026, 11, 30, 17, 45), false),
        (date(2026, 11, 23), Some(2), at(2026, 11, 26, 17, 45), false),
        (date(2026, 11, 23), Some(2), at(2026, 11, 27, 17, 45), true),
        (date(2026, 11, 23), Some(2), at(2026, 11, 30, 17, 45), false),
        // The day before a safe day after a weekend: the next working day
        // is the safe day itself.
        (date(2026, 11, 23), Some(3), at(2026, 11, 27, 17, 45), false),
        (date(2026, 11, 23), Some(3), at(2026, 11, 30, 17, 45), true),
        (date(2026, 11, 23), Some(3), at(2026, 12, 1, 17, 45), false),
        (date(2026, 11, 28), None, at(2026, 12, 3, 17, 45), false),
        (date(2026, 11, 28), None, at(2026, 12, 4, 17, 45), true),
    ];
    for (issued, extension, sent, said) in rows {
        let mut b = admission(PORTAL, sent).holds_issued(D::Referral, issued);
        if let Some(n) = extension {
            b = b.admission_fact("referral_extension_days", json!(n));
        }
        let e = b.evaluate_json();
        let r = item(&e, "referral");
        let row = format!("{issued} +{extension:?} {sent}");
        assert_eq!(r["reasons"][0] == AFTER, said, "{row}: {r}");
        assert_eq!(
            risk(&e, "refusal.referral_after_reception_reading").is_some(),
            said,
            "{row}: {}",
            e["refusal"]
        );
    }
}

/// Item 6: cl. 20 sub. 2 (a teacher's child, first priority) with Annex 2 p. 8
/// sub. 5 (portal sub. 3): «педагогтің жұмыс орнынан анықтама (берілген
/// күннен бастап бір ай ішінде жарамды), дипломның сканерленген көшірмесі»
/// — no «(бар болған жағдайда)», as sub. 4 and sub. 6 have. The proof is
/// asked at registration: without it (or with the certificate out of date)
/// the set is refused (p. 9 sub. 4), on every channel, and the order does
/// not put the application in the general queue. Before, the refusal said
/// only «documents missing»; now its detail says what the text asks, that
/// it does not say "general queue", that the parent can apply declaring no
/// ground (Annex 1 box 10), and — Kezek's reading — that cl. 23 sub. 1 and
/// cl. 20 sub. 3 leave open how the priority is claimed later. Queue
/// registration on Mon 23.11.2026.
#[test]
fn cl20_2_annex2_8_5_a_teachers_proof_is_asked_at_registration_not_later() {
    const SAID: &str = "doc.teacher_proof_at_registration";
    let teacher =
        |channel| queue_case(channel, at(2026, 11, 23, 10, 0)).ground(kezek_rules::Ground::Teacher);
    // (row, case, the refusal risk, the detail said, sub. of Annex 2 p. 8)
    let rows: Vec<(&str, CaseBuilder, &str, bool, u8)> = vec![
        (
            "desk, neither",
            teacher(DESK),
            "refusal.incomplete",
            true,
            5,
        ),
        (
            "portal, neither",
            teacher(PORTAL),
            "refusal.incomplete_not_considered",
            true,
            3,
        ),
        (
            "desk, the diploma only",
            teacher(DESK).holds(D::TeacherDiploma),
            "refusal.incomplete",
            true,
            5,
        ),
        (
            "desk, the certificate of 10.10.2026 (out of date on 23.11)",
            teacher(DESK)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 10))
                .holds(D::TeacherDiploma),
            "refusal.expired",
            true,
            5,
        ),
        (
            "portal, the certificate of 10.10.2026",
            teacher(PORTAL)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 10))
                .holds(D::TeacherDiploma),
            "refusal.expired_service_refused",
            true,
            3,
        ),
        (
            "desk, the phthisiatrician's conclusion missing, the teacher's proof held",
            CaseBuilder::queue_registration()
                .channel(DESK)
                .as_of(at(2026, 11, 23, 10, 0))
                .consent()
                .ground(kezek_rules::Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 11, 20))
                .holds(D::TeacherDiploma),
            "refusal.incomplete",
            false,
            5,
        ),
    ];
    for (row, case, code, said, sub) in rows {
        let e = case.evaluate_json();
        // Declared, the ground is counted: not "general queue" (the order
        // does not say so).
        assert_eq!(e["category"]["category"], "first_priority", "{row}");
        let r = risk(&e, code).unwrap_or_else(|| panic!("{row}: {}", e["refusal"]));
        assert_eq!(r["reading"], false, "{row}: {r}");
        assert_eq!(has(&r["detail"], SAID), said, "{row}: {r}");
        let cited = r["citations"].to_string();
        for c in [
            format!(r#""annex":2,"clause":8,"sub":{sub}"#),
            r#""clause":20,"sub":3"#.to_owned(),
            r#""clause":23,"sub":1"#.to_owned(),
        ] {
            assert_eq!(cited.contains(&c), said, "{row}: {c}: {r}");
        }
    }
    // Both in hand: no refusal. At admission the proof is cl. 22's second
    // check, not the set: not said there.
    let e = teacher(DESK)
        .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 11, 20))
        .holds(D::TeacherDiploma)
        .evaluate_json();
    assert!(
        has(&e["refusal"]["reasons"], "refusal.none"),
        "{}",
        e["refusal"]
    );
    let e = admission(DESK, at(2026, 11, 23, 10, 0))
        .ground(kezek_rules::Ground::Teacher)
        .evaluate_json();
    assert!(!e.to_string().contains(SAID), "{}", e["refusal"]);
    for (lang, if_any) in [
        ("kk", "«(бар болған жағдайда)»"),
        ("ru", "«(при наличии)»"),
        ("en", "\"(if any)\""),
    ] {
        let t = text(lang, "reason-doc-teacher-proof-at-registration");
        for needle in [if_any, "Kezek", "10", "23", "20"] {
            assert!(t.contains(needle), "{lang}: {needle}: {t}");
        }
    }
}
