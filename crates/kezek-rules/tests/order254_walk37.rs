//! A parent's walk of 05.12.2026 (session 37): the screens' text for queue
//! registration after a priority referral was left (cl. 16), read against
//! the order.

use kezek_rules::category::Ground;
use kezek_rules::evaluate;
use kezek_rules::testing::order254::{admission, queue_case, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;

/// Cl. 16: «… басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң
/// жалпы кезекке тұрады және жекеменшік мектепке дейінгі ұйымға жолдама
/// алады» — the new application stands in the general queue AND its referral
/// is to a private preschool. The category's line said only the first half;
/// the queue step's forecast counts every place, so the evaluation says
/// when the referral can only be to a private preschool. Not at admission
/// (the referral is already held) and not without a referral left.
#[test]
fn cl16_referral_after_a_priority_referral_left_is_to_a_private_preschool() {
    let now = at(2026, 12, 2, 15, 0);
    let left = queue_case(Channel::EgovPortal, now)
        .ground(Ground::Teacher)
        .left_priority_referral(true, date(2025, 9, 1))
        .build();
    assert!(evaluate(&left)
        .unwrap()
        .referral_to_private_preschool_only());
    let kept = queue_case(Channel::EgovPortal, now)
        .ground(Ground::Teacher)
        .build();
    assert!(!evaluate(&kept)
        .unwrap()
        .referral_to_private_preschool_only());
    let at_admission = admission(Channel::EgovPortal, now)
        .ground(Ground::Teacher)
        .left_priority_referral(true, date(2025, 9, 1))
        .build();
    assert!(!evaluate(&at_admission)
        .unwrap()
        .referral_to_private_preschool_only());
    for (lang, private) in [("kk", "жекеменшік"), ("ru", "частный"), ("en", "private")]
    {
        for key in ["reason-category-priority-lost-cl16", "why-order254-cl16"] {
            let said = text(lang, key);
            assert!(said.contains(private), "{lang} {key}: {said}");
        }
    }
}
