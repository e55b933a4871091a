//! Order No. 254's age texts read against the law (wording47).
//!
//! 1. cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін … кезектен алып
//!    тастайды және … архивке орналастырады» names the child who has turned
//!    6, not the moment of removal: no age text says the system takes the
//!    application out "when the child turns 6".
//! 2. Where Kezek's archive day (1 January) is also the day from which cl. 24
//!    sub. 9 takes the child out on either reading of cl. 18, the archive's
//!    lines take `$order` = `same` and do not call the day a reading only
//!    (kezek-app's `wording47_tests` reads them formatted).

use kezek_rules::messages::{ftl, message_value};
use kezek_rules::testing::date;
use kezek_rules::testing::CaseBuilder;

/// Every `reason-age-*` message of `lang`, key and value.
fn age_texts(lang: &str) -> Vec<(String, &'static str)> {
    let f = ftl(lang).unwrap();
    kezek_rules::messages::all_keys()
        .into_iter()
        .filter(|k| k.starts_with("reason-age-"))
        .map(|k| {
            let v = message_value(f, &k).unwrap_or_else(|| panic!("{lang} {k}"));
            (k, v)
        })
        .collect()
}

/// cl. 24 sub. 9: «6 (алты) жасқа толған баланың өтінішін … кезектен алып
/// тастайды» — the application of a child who has turned 6. The texts of
/// the order's own day (`age.archive_order_date`, `…_past`) and Kezek's
/// one rule (`age.one_rule_reading`) said the system takes it out "when the
/// child turns 6", a day of removal the sub-item does not give; rules47's
/// own texts say "the application of a child who has turned 6", and so do
/// these.
#[test]
fn cl24_9_no_age_text_says_the_application_is_removed_when_the_child_turns_6() {
    for (lang, when, who) in [
        (
            "kk",
            ["бала 6 жасқа толғанда"],
            "6 жасқа толған баланың өтінішін",
        ),
        (
            "ru",
            ["когда ребенку исполняется 6 лет"],
            "заявление ребенка, достигшего 6 лет",
        ),
        (
            "en",
            ["when the child turns 6"],
            "the application of a child who has turned 6",
        ),
    ] {
        let texts = age_texts(lang);
        assert!(texts.len() > 20, "{lang}: {}", texts.len());
        for (k, v) in &texts {
            for w in when {
                assert!(!v.contains(w), "{lang} {k}: «{w}» in {v}");
            }
        }
        for k in [
            "reason-age-archive-order-date",
            "reason-age-archive-order-date-past",
        ] {
            let v = texts.iter().find(|(x, _)| x == k).unwrap().1;
            assert!(v.contains(who), "{lang} {k}: «{who}» not in {v}");
        }
    }
}

/// cl. 18 (Kezek's reading: over the limit from 1 January of the year
/// before whose 1 September the child turns 6) and cl. 24 sub. 9 (the
/// application of a child who has turned 6, except one who had not turned
/// 6 «ағымдағы жылдың 1 қыркүйегіне дейін»): a sixth birthday on 1 January
/// is that day itself; one on or after 1 September of the year before is
/// out of the exception from 1 January, when the current year changes. On
/// those days the order's own terms and Kezek's reading agree; a sixth
/// birthday from 2 January to 31 August is later than Kezek's day (the
/// order's own day, `age.archive_order_date`).
#[test]
fn cl18_cl24_9_the_archive_day_is_the_orders_own_where_the_two_agree() {
    for (born, same) in [
        (date(2020, 1, 1), true),
        (date(2020, 9, 1), true),
        (date(2020, 10, 15), true),
        (date(2020, 12, 31), true),
        (date(2020, 1, 2), false),
        (date(2020, 3, 10), false),
        (date(2020, 8, 31), false),
    ] {
        let case = CaseBuilder::queue_registration()
            .child_born(born)
            .as_of(date(2025, 6, 1).and_hms_opt(10, 0, 0).unwrap())
            .build();
        let a = kezek_rules::age::decide(&case);
        assert_eq!(a.archive_day_is_the_orders(), same, "{born}: {a:?}");
        // The order's own day is said beside Kezek's exactly where they differ.
        assert_eq!(
            a.reasons
                .contains(&kezek_rules::ReasonCode::AgeArchiveOrderDate),
            !same,
            "{born}: {:?}",
            a.reasons
        );
    }
    // Every archive line has both variants; the order's is not Kezek's
    // reading only.
    for (lang, reading_only) in [
        ("kk", "Kezek түсіндірмесі бойынша (төменде) өтініштің"),
        ("ru", "По толкованию Kezek (ниже), день"),
        ("en", "By Kezek's reading (below), the day"),
    ] {
        let texts = age_texts(lang);
        for k in [
            "reason-age-archive-date",
            "reason-age-archive-date-past",
            "reason-age-archive-date-before-acceptance",
            "reason-age-archive-date-after-reception-reading",
        ] {
            let v = texts.iter().find(|(x, _)| x == k).unwrap().1;
            let (same, later) = v
                .split_once("*[later]")
                .unwrap_or_else(|| panic!("{lang} {k}: no `*[later]` in {v}"));
            let same = same
                .split_once("[same]")
                .unwrap_or_else(|| panic!("{lang} {k}: no `[same]` in {v}"))
                .1;
            assert!(v.contains("{ $order ->"), "{lang} {k}: {v}");
            assert!(!same.contains(reading_only), "{lang} {k}: {same}");
            assert!(same.contains("24"), "{lang} {k}: {same}");
            assert!(later.contains("Kezek"), "{lang} {k}: {later}");
        }
    }
}

/// cl. 18 read by Kezek, and cl. 24 sub. 9: `age.too_old` is the headline
/// only of a child not yet 6 on the day the application is judged — one
/// who has turned 6 before 1 September is out of the queue on either
/// reading (`age.turned_six_archived`). Its text said "turns 6 before 1
/// September of this year (or already has)", a case it is never said in.
/// And `age.one_rule_reading` named "1 January of that year" with no year
/// before it, and "a child born January–August", where a child born on 1
/// January turns 6 on Kezek's day itself.
#[test]
fn cl18_too_old_is_said_only_of_a_child_not_yet_6_and_says_no_other() {
    let on = date(2026, 3, 1).and_hms_opt(10, 0, 0).unwrap();
    for days in (0..1200).step_by(3) {
        let born = date(2019, 1, 1) + chrono::Duration::days(days);
        let case = CaseBuilder::queue_registration()
            .child_born(born)
            .as_of(on)
            .build();
        let a = kezek_rules::age::decide(&case);
        if a.reasons[0] == kezek_rules::ReasonCode::AgeTooOld {
            assert!(a.sixth_birthday > on.date(), "{born}: {a:?}");
        }
    }
    for (lang, already, that_year, jan_aug) in [
        (
            "kk",
            "(немесе толған)",
            "сол жылдың 1 қаңтарында",
            "Қаңтар–тамызда туған",
        ),
        (
            "ru",
            "(или уже исполнилось)",
            "1 января того года",
            "в январе–августе",
        ),
        (
            "en",
            "(or already has)",
            "1 January of that year",
            "born January–August",
        ),
    ] {
        let texts = age_texts(lang);
        let get = |k: &str| texts.iter().find(|(x, _)| x == k).unwrap().1;
        let too_old = get("reason-age-too-old");
        assert!(!too_old.contains(already), "{lang}: {too_old}");
        let one_rule = get("reason-age-one-rule-reading");
        for w in [that_year, jan_aug] {
            assert!(!one_rule.contains(w), "{lang}: «{w}» in {one_rule}");
        }
    }
}
