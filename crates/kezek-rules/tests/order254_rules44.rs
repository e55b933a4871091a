//! Order No. 254 items a code review left open (review44, rules44).
//!
//! 1. Annex 2 p. 7 sub. 1 and 3 with p. 8 «берілген күннен бастап бір ай
//!    ішінде жарамды»: on egov.kz after the department's reception (17:30)
//!    on the working day BEFORE a one-month certificate's safe day, the
//!    next working day may be after its safe day — and after its last day
//!    by Kezek's count too. The item said «accepted today, this
//!    certificate's safe day» and the day-of-issue reading; on the next
//!    working day it is out of date on both counts of the month.
//!    (The age items are `order254_rules44_age.rs`.)

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{item, risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const AFTER_RECEPTION: &str = "refusal.issue_day_after_reception_reading";
const DOC_AFTER_RECEPTION: &str = "doc.issue_day_after_reception_reading";
const DOC_LAPSES_AFTER_RECEPTION: &str = "doc.lapses_after_reception_reading";

/// A teacher's workplace certificate issued on `issued` (Annex 2 p. 8
/// sub. 5), queue registration on egov.kz on December 2026's day `day`.
fn teacher(issued: chrono::NaiveDate, day: u32, h: u32, m: u32) -> serde_json::Value {
    CaseBuilder::queue_registration()
        .channel(PORTAL)
        .as_of(at(2026, 12, day, h, m))
        .holds(D::PhthisiatricianConclusion)
        .consent()
        .ground(Ground::Teacher)
        .holds_issued(D::TeacherWorkplaceCertificate, issued)
        .evaluate_json()
}

/// Issued Fri 06.11.2026: safe day (the day of issue counted) Sat 05.12,
/// Kezek's last day Sun 06.12. On Fri 04.12 after 17:30 the next working
/// day is Mon 07.12, past both: not "accepted today, this certificate's
/// safe day", not the day-of-issue reading — out of date on both counts
/// if working time ends at 17:30.
#[test]
fn annex2_7_1_3_the_day_before_a_safe_day_off_after_1730_the_next_working_day_is_past_both_counts()
{
    let e = teacher(date(2026, 11, 6), 4, 17, 45);
    assert_eq!(e["schedule"]["accepted_at"], "2026-12-04T17:45:00");
    let c = item(&e, "teacher_workplace_certificate");
    assert_eq!(c["status"], "expires_soon", "{c}");
    assert_eq!(c["reasons"][0], DOC_LAPSES_AFTER_RECEPTION, "{c}");
    let k = risk(&e, AFTER_RECEPTION).unwrap_or_else(|| panic!("{}", e["refusal"]));
    assert_eq!(k["reading"], true, "{k}");
    assert_eq!(k["remedy"], "fix_documents", "{k}");
    assert_eq!(k["detail"], json!([DOC_LAPSES_AFTER_RECEPTION]), "{k}");
    // Within the reception: accepted today on every reading, valid.
    let e = teacher(date(2026, 11, 6), 4, 17, 0);
    let c = item(&e, "teacher_workplace_certificate");
    assert_eq!(c["reasons"][0], "doc.expires_soon", "{c}");
    assert!(risk(&e, AFTER_RECEPTION).is_none(), "{}", e["refusal"]);
}

/// Issued Sat 07.11.2026: safe day Sun 06.12, Kezek's last day Mon 07.12.
/// On Fri 04.12 after 17:30 the next working day, Mon 07.12, is past the
/// safe day only: the day-of-issue reading, as on the safe day itself.
#[test]
fn annex2_7_1_3_the_day_before_a_safe_day_off_after_1730_within_kezeks_count_is_the_issue_day_reading(
) {
    let e = teacher(date(2026, 11, 7), 4, 17, 45);
    let c = item(&e, "teacher_workplace_certificate");
    assert_eq!(c["status"], "expires_soon", "{c}");
    assert_eq!(c["reasons"][0], DOC_AFTER_RECEPTION, "{c}");
    let k = risk(&e, AFTER_RECEPTION).unwrap_or_else(|| panic!("{}", e["refusal"]));
    assert_eq!(k["detail"], json!([DOC_AFTER_RECEPTION]), "{k}");
    // Issued Tue 03.11.2026: safe day Wed
    // 02.12, Kezek's last day Thu 03.12: on the safe day after 17:30 the
    // next working day is Kezek's last day — the day-of-issue reading.
    let e = teacher(date(2026, 11, 3), 2, 17, 45);
    let c = item(&e, "teacher_workplace_certificate");
    assert_eq!(c["reasons"][0], DOC_AFTER_RECEPTION, "{c}");
}

/// The texts: the day-of-issue one no longer says today is the safe day
/// (it is said the day before too); the new one says the next working
/// day is after the certificate's last day, the reading and the hours.
#[test]
fn annex2_7_1_3_the_after_reception_texts_do_not_say_today_is_the_safe_day() {
    for (lang, safe_today) in [
        (
            "kk",
            [
                "бүгін — анықтаманың сенімді күні",
                "бүгін — анықтаманың сенімді күні",
            ],
        ),
        (
            "ru",
            [
                "сегодня, в надежный день справки",
                "сегодня — в надежный день справки",
            ],
        ),
        (
            "en",
            [
                "today, this certificate's safe day",
                "today, the certificate's safe day",
            ],
        ),
    ] {
        for key in [
            "reason-doc-issue-day-after-reception-reading",
            "reason-refusal-issue-day-after-reception-reading",
        ] {
            let t = text(lang, key);
            for w in safe_today {
                assert!(!t.contains(w), "{lang} {key}: {t}");
            }
        }
    }
    for (lang, marker, last) in [
        ("kk", "Kezek түсіндірмесі", "соңғы күн"),
        ("ru", "олкование Kezek", "последн"),
        ("en", "Kezek's reading", "last day"),
    ] {
        let t = text(lang, "reason-doc-lapses-after-reception-reading");
        assert!(t.contains(marker), "{lang}: {t}");
        assert!(t.contains("17:30") && t.contains("18:30"), "{lang}: {t}");
        assert!(t.contains(last), "{lang}: {t}");
        assert!(!t.contains('ё'), "{lang}: {t}");
    }
}
