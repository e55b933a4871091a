//! A lawyer's decisions on order No. 254 items left open (lawyer44). Each
//! test was written before its fix and seen failing.

use kezek_rules::testing::order254::{has, queue_case, risk};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;

/// cl. 16 «… бір ай өткен соң жалпы кезекке тұрады», with Annex 2 p. 7 sub.
/// 1 and 3: on egov.kz an application sent «жұмыс уақыты аяқталғанда» is
/// accepted on the next working day. Kezek reads working time to the
/// education department's 18:30 (R7); read as the reception's 17:30, an
/// application sent on Fri 20.11.2026 at 17:45 is accepted on Mon 23.11 —
/// the same date of the next month after a choice of Fri 23.10, when the
/// month has passed on the count from the day of the choice. The flat
/// refusal («would be refused») rested on R7 alone: between 17:30 and 18:30
/// it is a reading («may be refused»), the safe day beside it.
#[test]
fn cl16_annex2_7_3_after_the_reception_the_day_before_the_months_date_is_a_reading() {
    let e = queue_case(Channel::EgovPortal, at(2026, 11, 20, 17, 45))
        .left_priority_referral(true, date(2026, 10, 23))
        .evaluate_json();
    let reasons = &e["refusal"]["reasons"];
    assert!(!has(reasons, "refusal.requirements_not_met"), "{reasons}");
    // Its own code since rules45, whose text says both readings.
    let r =
        risk(&e, "refusal.cl16_month_working_time_reading").unwrap_or_else(|| panic!("{reasons}"));
    assert_eq!(r["reading"], true, "{r}");
    // Before the reception closes, accepted today on every reading: flat.
    let e = queue_case(Channel::EgovPortal, at(2026, 11, 20, 17, 0))
        .left_priority_referral(true, date(2026, 10, 23))
        .evaluate_json();
    assert!(
        has(&e["refusal"]["reasons"], "refusal.requirements_not_met"),
        "{}",
        e["refusal"]["reasons"]
    );
}
