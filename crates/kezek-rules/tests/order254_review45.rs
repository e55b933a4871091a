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

/// cl. 18 «ағымдағы жылғы 1 қыркүйекте», the same cause: on egov.kz on
/// Thu 31.12.2026 at 19:00 the application is accepted in 2027, whose 1
/// September is the cut-off; a child born 10.03.2021 turns 6 on
/// 10.03.2027. The outcome (over by Kezek's reading) is right, but
/// `age.too_old` says "turns 6 before 1 September of this year" (2026): the
/// headline must name the birthday and the day of acceptance instead.
#[test]
fn cl18_accepted_next_year_the_headline_says_the_year_of_acceptance_not_this_year() {
    let e = CaseBuilder::queue_registration()
        .channel(Channel::EgovPortal)
        .as_of(at(2026, 12, 31, 19, 0))
        .child_born(date(2021, 3, 10))
        .holds(D::PhthisiatricianConclusion)
        .consent()
        .evaluate_json();
    assert_eq!(e["age"]["cutoff"], "2027-09-01", "{}", e["age"]);
    let headline = e["age"]["reasons"][0].as_str().unwrap();
    let key = format!("reason-{}", headline.replace(['.', '_'], "-"));
    for (lang, this_year, accepted) in [
        (
            "kk",
            "ағымдағы жылдың 1 қыркүйегіне дейін 6 жасқа толады",
            "$accepted",
        ),
        (
            "ru",
            "до 1 сентября текущего года ребенку исполнится",
            "$accepted",
        ),
        ("en", "turns 6 before 1 September of this year", "$accepted"),
    ] {
        let said = text(lang, &key);
        assert!(
            !said.contains(this_year) && said.contains(accepted) && said.contains("$birthday"),
            "{lang}: accepted in 2027, the headline {headline} says «{this_year}»: {said}"
        );
    }
    // The refusal's detail is the headline's own text.
    let r = kezek_rules::testing::order254::risk(&e, "refusal.age_cut_off_reading")
        .expect("the reading risk");
    assert_eq!(r["detail"][0], headline, "{r}");
}
