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
