//! Working days of the simulated city: Monday to Friday. Public holidays are
//! not modelled (they shift a referral by a day or two, far below the
//! forecast's monthly resolution).

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Monday to Friday.
pub fn is_working(d: NaiveDate) -> bool {
    !matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The first working day after `d`.
pub fn next_working(d: NaiveDate) -> NaiveDate {
    let mut x = d + Duration::days(1);
    while !is_working(x) {
        x += Duration::days(1);
    }
    x
}

/// `n` working days after `d` (`d` itself not counted).
pub fn add_working(d: NaiveDate, n: u32) -> NaiveDate {
    (0..n).fold(d, |x, _| next_working(x))
}

/// Working days in `[from, to)`.
pub fn working_between(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut n = 0;
    let mut x = from;
    while x < to {
        if is_working(x) {
            n += 1;
        }
        x += Duration::days(1);
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    #[test]
    fn working_days_skip_the_weekend() {
        // 2026-03-06 is a Friday.
        assert_eq!(next_working(d(3, 6)), d(3, 9));
        assert_eq!(add_working(d(3, 6), 5), d(3, 13));
        assert_eq!(working_between(d(3, 6), d(3, 13)), 5);
        assert!(!is_working(d(3, 7)));
    }
}
