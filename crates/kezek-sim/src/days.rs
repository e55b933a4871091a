//! Working days of the simulated city: Kazakhstan's working calendar (the
//! weekend, public holidays and their weekend transfers), taken as *data*
//! from Kezek's built-in calendar (`kezek_rules::calendar`): the bulletin is
//! published and priority access counted on working days (cl. 24 p. 3–4).
//! Years the data do not cover get the holidays fixed by law.

use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// The first and last year of the cached table.
const FIRST_YEAR: i32 = 2015;
const LAST_YEAR: i32 = 2045;

fn table() -> &'static (NaiveDate, Vec<bool>) {
    static TABLE: OnceLock<(NaiveDate, Vec<bool>)> = OnceLock::new();
    TABLE.get_or_init(|| {
        let cal = kezek_rules::calendar::Calendar::builtin();
        let first = NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or_default();
        let mut d = first;
        let mut days = Vec::new();
        while d.year() <= LAST_YEAR {
            days.push(cal.is_working_day(d));
            d += Duration::days(1);
        }
        (first, days)
    })
}

/// A working day of Kazakhstan's calendar (outside 2015–2045: Monday to Friday).
pub fn is_working(d: NaiveDate) -> bool {
    let (first, days) = table();
    match usize::try_from((d - *first).num_days())
        .ok()
        .and_then(|i| days.get(i))
    {
        Some(w) => *w,
        None => !matches!(d.weekday(), Weekday::Sat | Weekday::Sun),
    }
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
    fn working_days_skip_the_weekend_and_public_holidays() {
        // 2026-04-17 is a Friday.
        assert_eq!(next_working(d(4, 17)), d(4, 20));
        assert!(!is_working(d(4, 18)));
        // 8 March 2026 is a Sunday: the day off moves to Monday 9 March.
        assert_eq!(next_working(d(3, 6)), d(3, 10));
        assert_eq!(add_working(d(3, 6), 5), d(3, 16));
        assert_eq!(working_between(d(3, 6), d(3, 16)), 5);
        // 1 and 2 January 2027 (2 January a Saturday: the day off moves to
        // Monday 4 January), 7 January.
        assert_eq!(
            next_working(d(12, 31)),
            NaiveDate::from_ymd_opt(2027, 1, 5).unwrap()
        );
        assert!(!is_working(NaiveDate::from_ymd_opt(2027, 1, 7).unwrap()));
    }
}
