//! Order No. 254 items a lawyer's pass left open (late42).
//!
//! Annex 4 p. 7 sub. 1: «Өтініштерді қабылдау және мемлекеттік қызметті
//! көрсету нәтижелерін беру сағат 09.00-ден 17.30-ға дейін»; sub. 2: an
//! application sent on the portal «жұмыс уақыты аяқталғаннан кейін» is
//! accepted on the next working day. Kezek reads working time as the
//! kindergarten's working day, to 18:00 (R7), and keeps that reading for the
//! day of acceptance (`accepted_at`). Read as the hours of sub. 1, working
//! time ends at 17:30: on the referral's safe last day, an application sent
//! between 17:30 and 18:00 may be accepted only on the next working day,
//! after that day — a refusal risk said as Kezek's reading.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, item, risk, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const AFTER_RECEPTION: &str = "refusal.referral_after_reception_reading";
const DOC_AFTER_RECEPTION: &str = "doc.referral_after_reception_reading";

/// A referral of Fri 11.12.2026 (16.12 a holiday): safe last day Fri 18.12,
/// Kezek's count Mon 21.12; the parent on egov.kz at `h`:`m` on `day`.12.
fn on_the_portal(day: u32, h: u32, m: u32) -> serde_json::Value {
    admission(PORTAL, at(2026, 12, day, h, m))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .evaluate_json()
}

#[test]
fn annex4_7_1_2_on_the_safe_day_after_the_reception_the_referral_may_be_refused_as_a_reading() {
    let e = on_the_portal(18, 17, 45);
    // R7 kept: accepted today by Kezek's reading of working time.
    assert_eq!(e["schedule"]["accepted_at"], "2026-12-18T17:45:00");
    let r = item(&e, "referral");
    assert_eq!(r["status"], "expires_soon", "{r}");
    assert_eq!(r["reasons"][0], DOC_AFTER_RECEPTION, "{r}");
    let k = risk(&e, AFTER_RECEPTION).unwrap_or_else(|| panic!("{}", e["refusal"]));
    assert_eq!(k["reading"], true, "{k}");
    assert_eq!(k["remedy"], "fact", "{k}");
    assert_eq!(k["detail"], json!([DOC_AFTER_RECEPTION]), "{k}");
    assert_eq!(
        k["citations"],
        json!([
            {"act": "order254", "annex": 4, "clause": 7, "sub": 1},
            {"act": "order254", "annex": 4, "clause": 7, "sub": 2},
            {"act": "order254", "annex": 4, "clause": 9, "sub": 4},
            {"act": "order254", "clause": 34, "sub": 1}
        ]),
        "{k}"
    );
    assert!(
        !e["refusal"]["reasons"]
            .as_array()
            .unwrap()
            .contains(&json!("refusal.none")),
        "{}",
        e["refusal"]
    );
}

#[test]
fn annex4_7_1_2_within_the_reception_or_before_the_safe_day_no_risk_is_added() {
    // 17:15 on the safe day: within the reception on every reading. 17:45
    // the day before: the next working day, 18.12, is still the safe day.
    for (day, h, m) in [(18, 17, 15), (17, 17, 45)] {
        let e = on_the_portal(day, h, m);
        assert!(
            risk(&e, AFTER_RECEPTION).is_none(),
            "{day} {h}:{m}: {}",
            e["refusal"]
        );
        let r = item(&e, "referral");
        assert_ne!(r["reasons"][0], DOC_AFTER_RECEPTION, "{day} {h}:{m}: {r}");
    }
}

#[test]
fn annex4_7_1_2_the_after_reception_texts_say_the_reading_and_the_clauses() {
    for key in [
        "reason-refusal-referral-after-reception-reading",
        "reason-doc-referral-after-reception-reading",
    ] {
        for (lang, marker) in [
            ("kk", "Kezek түсіндірмесі"),
            ("ru", "олкование Kezek"),
            ("en", "Kezek's reading"),
        ] {
            let t = text(lang, key);
            assert!(t.contains(marker), "{lang} {key}: {t}");
            assert!(t.contains("17:30"), "{lang} {key}: {t}");
            assert!(!t.contains('ё'), "{lang} {key}: {t}");
        }
    }
    for (lang, may) in [
        ("kk", "бас тартылуы мүмкін"),
        ("ru", "могут отказать"),
        ("en", "may be refused"),
    ] {
        let t = text(lang, "reason-refusal-referral-after-reception-reading");
        assert!(t.contains(may), "{lang}: {t}");
        assert!(t.contains("7"), "{lang}: {t}");
    }
}
