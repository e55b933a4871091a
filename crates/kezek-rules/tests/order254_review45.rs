//! Order No. 254: items a code review of session 44's work found (review45).
//! Each test fails on the code as merged (b565219) and says why.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::text;
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::Channel;

/// cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін …»: since
/// `age::decide_on` (cb6700ec) the age is judged on the day the portal
/// accepts the application, so on Tue 14.04.2026 at 19:00 a child born
/// 15.04.2020 — 5 years old that evening — is given `age.turned_six_archived`,
/// whose text says «Балаңыз 6 жасқа толып қойған» / «Ребенку уже исполнилось
/// 6 лет» / "Your child has already turned 6". The child has not: it turns 6
/// on the day of acceptance. A parent must not be told a fact of today that
/// is a fact of the day of acceptance only (the outcome, out of the queue on
/// either reading, is right).
#[test]
fn cl24_9_a_child_still_5_today_is_not_told_it_has_already_turned_6() {
    let e = CaseBuilder::queue_registration()
        .channel(Channel::EgovPortal)
        .as_of(at(2026, 4, 14, 19, 0))
        .child_born(date(2020, 4, 15))
        .holds(D::PhthisiatricianConclusion)
        .consent()
        .evaluate_json();
    let age_years = e["age"]["age_years"].as_u64().unwrap();
    assert_eq!(age_years, 5, "{}", e["age"]);
    let headline = e["age"]["reasons"][0].as_str().unwrap();
    let key = format!("reason-{}", headline.replace(['.', '_'], "-"));
    for (lang, already) in [
        ("kk", "6 жасқа толып қойған"),
        ("ru", "уже исполнилось 6 лет"),
        ("en", "already turned 6"),
    ] {
        let said = text(lang, &key);
        assert!(
            !said.contains(already),
            "{lang}: a child of {age_years} today is told «{already}» ({headline}): {said}"
        );
    }
}

/// cl. 16 «бір ай өткен соң» with Annex 2 p. 7 sub. 1 and 3 (45495151): on
/// Fri 20.11.2026 at 17:45 on egov.kz, after a choice of Fri 23.10, the
/// application is accepted today by Kezek's reading of working time (to
/// 18:30; `schedule.accepted_at` 2026-11-20), when the month has passed on
/// NO count (the same date is 23.11); only read as the reception's 17:30 is
/// it accepted on Mon 23.11. The risk is `refusal.cl16_month_reading`,
/// whose headline was written for the month's count alone: "… then it has
/// not yet passed on the day an application made now is accepted; counted
/// from the day of the choice itself, it has." On 20.11 it has not, and the
/// detail beside it (`schedule.portal_working_time_reading`) says an
/// application sent before 18:30 is received the same day: nothing the
/// parent reads says why the refusal is only possible (the next working
/// day if working time ends at 17:30), and what it says is untrue.
#[test]
fn cl16_annex2_7_3_the_month_reading_is_not_said_of_a_day_before_the_same_date() {
    use kezek_rules::testing::order254::{queue_case, risk};
    let e = queue_case(Channel::EgovPortal, at(2026, 11, 20, 17, 45))
        .left_priority_referral(true, date(2026, 10, 23))
        .evaluate_json();
    let r = risk(&e, "refusal.cl16_month_reading").expect("the cl. 16 reading risk");
    let accepted = &e["schedule"]["accepted_at"].as_str().unwrap()[..10];
    let from = e["limits"]["cl16"]["general_queue_from"].as_str().unwrap();
    let same_date = chrono::NaiveDate::parse_from_str(from, "%Y-%m-%d")
        .unwrap()
        .pred_opt()
        .unwrap()
        .to_string();
    let headline = text("en", "reason-refusal-cl16-month-reading");
    let claims_passed = headline.contains("counted from the day of the choice itself, it has");
    assert!(
        !claims_passed || *accepted >= *same_date.as_str(),
        "accepted on {accepted} (Kezek's working time), the month's same date is {same_date}, \
         yet the risk {} says: {headline}",
        r["reason"]
    );
}
