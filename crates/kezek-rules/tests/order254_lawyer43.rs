//! Order No. 254 items a lawyer's pass left open (lawyer43).
//!
//! 1. Annex 4 p. 8 sub. 1 «қабылдауға арналған жолдама (берілген күннен
//!    бастап бес жұмыс күні ішінде жарамды)» with Annex 4 p. 9 sub. 4 and
//!    cl. 34 sub. 1: on Kezek's own last day of the referral — after its
//!    safe day (the day of issue the first of the five), no contract day
//!    given — the referral is out of date by the stricter count on any day
//!    the contract can still be signed; on egov.kz after the kindergarten's
//!    reception (Annex 4 p. 7 sub. 1, to 17:30), if working time ends then
//!    (sub. 2), the application is accepted on the next working day, when it
//!    is out of date on either count. The answer said `refusal.none`.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, risk, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const DESK: Channel = Channel::ProviderOffice;
const ISSUE_DAY_RISK: &str = "refusal.referral_at_risk_issue_day_reading";
const ISSUE_DAY_DOC: &str = "doc.referral_at_risk_issue_day_reading";

/// A referral of Fri 11.12.2026 (16.12 a holiday): safe last day Fri 18.12,
/// Kezek's count Mon 21.12; no contract day given.
fn referral_on(channel: Channel, day: u32, h: u32, m: u32) -> serde_json::Value {
    admission(channel, at(2026, 12, day, h, m))
        .holds_issued(D::Referral, date(2026, 12, 11))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 12, day))
        .evaluate_json()
}

#[test]
fn annex4_8_1_on_kezeks_own_last_day_the_referral_may_be_refused_as_a_reading() {
    for (channel, h, m) in [
        (PORTAL, 10, 0),
        (PORTAL, 17, 45),
        (DESK, 10, 0),
        (PORTAL, 7, 30),
    ] {
        let at = format!("{channel:?} 21.12 {h}:{m}");
        let e = referral_on(channel, 21, h, m);
        // Accepted today (R7 on the portal; the desk open): not the accepted-late risk.
        assert_eq!(
            e["schedule"]["accepted_at"].as_str().unwrap()[..10],
            *"2026-12-21",
            "{at}"
        );
        let r = item(&e, "referral");
        assert_eq!(r["status"], "expires_soon", "{at}: {r}");
        assert_eq!(r["reasons"][0], ISSUE_DAY_DOC, "{at}: {r}");
        let reasons = &e["refusal"]["reasons"];
        assert!(!has(reasons, "refusal.none"), "{at}: {reasons}");
        let k = risk(&e, ISSUE_DAY_RISK).unwrap_or_else(|| panic!("{at}: {}", e["refusal"]));
        assert_eq!(k["reading"], true, "{at}: {k}");
        // The safe day gone by: nothing she gives mends it — ask at once.
        assert_eq!(k["remedy"], "fact", "{at}: {k}");
        assert_eq!(k["documents"], json!(["referral"]), "{at}: {k}");
    }
    // The safe day itself (10:00): valid on every count, no risk.
    let e = referral_on(PORTAL, 18, 10, 0);
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
    assert_ne!(item(&e, "referral")["reasons"][0], ISSUE_DAY_DOC);
}

/// The texts of the referral's issue-day risk say it with no contract day
/// given too (today), not only of "the contract day".
#[test]
fn annex4_8_1_the_issue_day_risk_texts_say_today_where_no_contract_day_is_given() {
    for (lang, today) in [("kk", "бүгін"), ("ru", "сегодня"), ("en", "today")] {
        for key in [
            "reason-doc-referral-at-risk-issue-day-reading",
            "reason-refusal-referral-at-risk-issue-day-reading",
        ] {
            let t = text(lang, key);
            assert!(t.to_lowercase().contains(today), "{lang} {key}: {t}");
        }
    }
}
