//! Age arithmetic («баланың жасы», «толық жасы»): how old a person is on a
//! day, and the day a given age is reached — one way for both orders.
//! Order 254 uses it for the queue's age limit (cl. 18, 24 p. 9, 28;
//! [`crate::age`]), order 414 for «он жасқа толған» / «он төрт жасқа
//! толмаған» (Annexes 5 and 20; [`crate::catalogue::FamilyFacts`]). Each
//! order's eligibility rule stays in its order; only the counting is here.
//!
//! A period in years or months ends on the same date of the last year or
//! month, and when that month has no such date, on its last day (the rule
//! of the Civil Code on terms; its text is not in law/, so no article is
//! cited): a child born on 29 February turns
//! six — or ten — on 28 February of a common year.

use chrono::{Datelike, Months, NaiveDate};

/// The date `years` after `birth` (28 February for a 29 February birth in a
/// common year).
pub fn anniversary(birth: NaiveDate, years: u32) -> NaiveDate {
    birth
        .checked_add_months(Months::new(12 * years))
        .unwrap_or(NaiveDate::MAX)
}

/// Full years and the remaining full months between `birth` and `on`
/// (`(0, 0)` before the birth).
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> (u32, u32) {
    if on < birth {
        return (0, 0);
    }
    let mut months = (on.year() - birth.year()) * 12 + on.month() as i32 - birth.month() as i32;
    if months > 0
        && birth
            .checked_add_months(Months::new(months as u32))
            .is_some_and(|d| d > on)
    {
        months -= 1;
    }
    let months = months.max(0) as u32;
    (months / 12, months % 12)
}

/// Full years on `on` («толық жасы»), `None` if `on` is before the birth.
pub fn full_years(birth: NaiveDate, on: NaiveDate) -> Option<u32> {
    (on >= birth).then(|| age_on(birth, on).0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn civil_code_terms_born_29_february_is_ten_on_28_february() {
        assert_eq!(anniversary(d(2016, 2, 29), 10), d(2026, 2, 28));
        assert_eq!(full_years(d(2016, 2, 29), d(2026, 2, 27)), Some(9));
        assert_eq!(full_years(d(2016, 2, 29), d(2026, 2, 28)), Some(10));
        assert_eq!(full_years(d(2016, 2, 29), d(2028, 2, 28)), Some(11));
        assert_eq!(full_years(d(2016, 2, 29), d(2028, 2, 29)), Some(12));
    }

    #[test]
    fn full_years_count_whole_years_and_none_before_birth() {
        assert_eq!(full_years(d(2014, 5, 1), d(2024, 4, 30)), Some(9));
        assert_eq!(full_years(d(2014, 5, 1), d(2024, 5, 1)), Some(10));
        assert_eq!(full_years(d(2014, 5, 1), d(2014, 5, 1)), Some(0));
        assert_eq!(full_years(d(2014, 5, 1), d(2014, 4, 30)), None);
        assert_eq!(age_on(d(2023, 1, 31), d(2023, 2, 28)), (0, 1));
    }
}
