//! Shared by the date property tests of `kezek-rules` and `kezek-queue`
//! (`#[path]`-included there): dates over chrono's whole range, weighted to
//! the ends of chrono's range and of the supported range.
#![allow(dead_code)]

use chrono::{Datelike, NaiveDate};
use kezek_rules::dates::{FIRST, LAST};
use proptest::prelude::*;

/// `PROPTEST_CASES` cases (default `default`), no persisted failures.
pub fn config(default: u32) -> ProptestConfig {
    let cases = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// The date `n` days from 1 January of year 1.
pub fn from_days(n: i32) -> NaiveDate {
    NaiveDate::from_num_days_from_ce_opt(n).expect("inside chrono's range")
}

/// Any date chrono can represent, with extra weight at the ends of chrono's
/// range and of the supported range.
pub fn any_date() -> impl Strategy<Value = NaiveDate> {
    let min = NaiveDate::MIN.num_days_from_ce();
    let max = NaiveDate::MAX.num_days_from_ce();
    let first = FIRST.num_days_from_ce();
    let last = LAST.num_days_from_ce();
    prop_oneof![
        (min..=max).prop_map(from_days),
        (min..=min + 800).prop_map(from_days),
        (max - 800..=max).prop_map(from_days),
        (first - 800..=first + 800).prop_map(from_days),
        (last - 800..=last + 800).prop_map(from_days),
        (first..=last).prop_map(from_days),
    ]
}

/// `YYYY-MM-DD`, with a sign and six digits outside 0000–9999 (as chrono reads them).
pub fn date_text(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}
