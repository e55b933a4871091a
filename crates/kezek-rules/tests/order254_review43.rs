//! A review of the seventh session's change (review43): what the rules said
//! that the clauses they cite do not.

use kezek_rules::testing::order254::{has, queue_case};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::json;

/// cl. 16 «бір ай өткен соң жалпы кезекке тұрады» with Annex 2 p. 7 sub. 3:
/// the other kindergarten chosen on Fri 23.10.2026, Kezek's month ends on
/// Mon 23.11, the general queue open from Tue 24.11. On egov.kz on Mon
/// 23.11 at 19:00, after the department's working time, the application is
/// accepted on Tue 24.11, when the month has passed on every count: no
/// refusal, neither flat nor "may be refused" as a reading
/// (`refusal.cl16_month_reading` is for a day of acceptance from the same
/// date of the next month until Kezek's day, not after it).
#[test]
fn cl16_accepted_on_the_day_the_general_queue_opens_is_no_refusal() {
    let e = queue_case(Channel::EgovPortal, at(2026, 11, 23, 19, 0))
        .left_priority_referral(true, date(2026, 10, 23))
        .evaluate_json();
    assert_eq!(e["limits"]["cl16"]["general_queue_from"], "2026-11-24");
    assert_eq!(
        e["schedule"]["accepted_at"], "2026-11-24T09:00:00",
        "{}",
        e["schedule"]
    );
    let reasons = &e["refusal"]["reasons"];
    assert!(
        !has(reasons, "refusal.cl16_month_reading"),
        "{reasons} {}",
        e["refusal"]
    );
    assert!(!has(reasons, "refusal.requirements_not_met"), "{reasons}");
    assert_eq!(reasons, &json!(["refusal.none"]), "{}", e["refusal"]);
}
