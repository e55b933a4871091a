//! The working-day calendar of Kazakhstan («жұмыс күндері», «демалыс және
//! мереке күндері»): which days count when the rules speak of working days
//! (a referral valid 5 working days, originals within 5 working days, a
//! portal application answered on the next working day).
//!
//! A day is a day off when it is a Saturday or Sunday, a holiday of the Law
//! «On holidays», a holiday moved off a weekend, or a day off moved by act of
//! the competent body; a weekend day that such an act makes a working day is a
//! working day. The rule applied to holidays that fall on a weekend is the
//! Labour Code's (art. 84; the Law «On holidays» only lists them): the day
//! off moves to the next working day, **except the religious holidays**
//! (Orthodox Christmas on 7 January and the first day of Kurban Ait), which are
//! never moved.
//!
//! The calendar is dated data (`data/calendar-kz.json`, 2024–2027) that an
//! embedding page may replace at runtime with newer data in the same format
//! ([`Calendar::from_json`]). For a year outside the data the fixed-date holidays
//! and the transfer rule are still applied, but Kurban Ait and decreed transfers
//! are unknown: [`Calendar::covers`] says so and the evaluation warns.
//!
//! Reading noted for the lawyer: the acts transferring days off are not among
//! Kezek's source documents. The built-in data records the one transfer Kezek
//! could confirm from several public reports (2025: Friday 3 January a day
//! off, Sunday 5 January a working day, order of the Minister of Labour and
//! Social Protection; the order's text not seen) and keeps every year marked
//! `decrees_checked: false`; counting may be off by a day around another
//! transfer until the embedding page supplies it.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};

use crate::citation::{Act, Citation};

/// The format tag of calendar data.
pub const FORMAT: &str = "kezek.calendar/1";

/// The most years calendar data may hold (bounds hostile input).
pub const MAX_YEARS: usize = 100;

/// What calendar data holds, as an empty input is told
/// ([`crate::wire::empty`]).
pub const HOLDS: &str = "calendar data, a JSON object {\"format\": \"kezek.calendar/1\", \"version\", \"source\", \"years\": [{\"year\", \"holidays\", …}]}";

/// The most holidays or transfers one year may hold.
pub const MAX_ENTRIES_PER_YEAR: usize = 100;

const BUILTIN_JSON: &str = include_str!("../../data/calendar-kz.json");

/// A holiday («мереке күні»).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Holiday {
    /// The date.
    #[serde(with = "crate::dates::date")]
    pub date: NaiveDate,
    /// A stable name, e.g. `nauryz`, `kurban_ait` (translation key `holiday-…`).
    pub name: String,
    /// A religious holiday: not moved when it falls on a weekend.
    #[serde(default)]
    pub religious: bool,
}

/// A decreed transfer («демалыс күнін ауыстыру»): a weekend day becomes a
/// working day and another day becomes a day off.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Transfer {
    /// The weekend day that becomes a working day.
    #[serde(with = "crate::dates::date")]
    pub working_day: NaiveDate,
    /// The working day that becomes a day off.
    #[serde(with = "crate::dates::date")]
    pub day_off: NaiveDate,
    /// The decree that made the transfer.
    pub decree: String,
}

/// One year of calendar data.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearData {
    /// The year.
    pub year: i32,
    /// Its holidays.
    pub holidays: Vec<Holiday>,
    /// Its decreed transfers.
    #[serde(default)]
    pub transfers: Vec<Transfer>,
    /// Whether the decreed transfers of the year were checked against the decrees.
    #[serde(default)]
    pub decrees_checked: bool,
    /// Notes on the data.
    #[serde(default)]
    pub notes: String,
}

/// Calendar data as JSON (`kezek.calendar/1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CalendarData {
    /// Must be [`FORMAT`].
    pub format: String,
    /// The data's own version (a date, for display).
    pub version: String,
    /// Where the data comes from.
    pub source: String,
    /// The years.
    pub years: Vec<YearData>,
}

/// Why calendar data was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarError {
    code: &'static str,
    /// The entry at fault, a path inside the calendar data
    /// (`years[0].holidays[1].date`), or empty for the whole.
    field: String,
    /// The 1-based line of the data's text its message says (`… at line 4
    /// column 15`), for data that does not read; `None` otherwise.
    line: Option<usize>,
    message: String,
}

impl CalendarError {
    /// Every error code (translation key `error-calendar-…`).
    pub const CODES: &'static [&'static str] = &[
        "calendar.invalid_json",
        "calendar.date_out_of_range",
        "calendar.bad_format",
        "calendar.too_large",
        "calendar.duplicate_year",
        "calendar.date_outside_year",
        "calendar.transfer_not_weekend",
    ];

    fn new(code: &'static str, field: impl Into<String>, message: String) -> Self {
        debug_assert!(Self::CODES.contains(&code));
        let field = field.into();
        Self {
            code,
            field,
            line: None,
            message,
        }
    }

    /// The same error at a 1-based line of the data's text.
    fn at_line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    /// The stable code, e.g. `calendar.duplicate_year`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The entry at fault inside the calendar data, or empty for the whole.
    pub fn field(&self) -> &str {
        &self.field
    }

    /// The 1-based line of the data's text where it stopped reading, which
    /// its message says; `None` for data refused by a rule after it read.
    pub fn line(&self) -> Option<usize> {
        self.line
    }
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for CalendarError {}

/// Why a day is not a working day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DayOffReason {
    /// Saturday or Sunday.
    Weekend,
    /// A holiday.
    Holiday {
        /// Its name.
        name: String,
    },
    /// A holiday that fell on a weekend, moved here.
    MovedHoliday {
        /// Its name.
        name: String,
        /// The weekend day it fell on.
        from: NaiveDate,
    },
    /// A day off by decree.
    Decree {
        /// The decree.
        decree: String,
    },
}

/// A day off and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayOff {
    /// The date.
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub date: NaiveDate,
    /// Why.
    pub reason: DayOffReason,
}

/// One year as `kezek calendar YEAR` prints it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct YearReport {
    /// The year.
    pub year: i32,
    /// Whether the calendar data covers it (otherwise Kurban Ait and decrees are unknown).
    pub covered: bool,
    /// Whether decreed transfers were checked.
    pub decrees_checked: bool,
    /// The number of working days.
    pub working_days: u32,
    /// The days off that are not ordinary weekends, and the weekends, in date order.
    pub days_off: Vec<DayOff>,
    /// Weekend days made working days by decree.
    pub working_weekends: Vec<NaiveDate>,
    /// Notes from the data.
    pub notes: String,
    /// The acts behind the calendar.
    pub citations: Vec<Citation>,
}

/// The days off of one year, computed from its data.
#[derive(Debug, Clone, Default)]
struct YearDays {
    off: BTreeMap<NaiveDate, DayOffReason>,
    working_weekends: BTreeSet<NaiveDate>,
    /// Bit `ordinal0` set for each working day of the year: what
    /// [`Calendar::is_working_day`] answers, worked out once from `off` and
    /// `working_weekends` (issue 19: the schedule and the checklist walk
    /// many days, and two tree searches a day were a fiftieth of an
    /// evaluation).
    working: [u64; 6],
    decrees_checked: bool,
    notes: String,
}

/// The working-day calendar.
#[derive(Debug, Clone)]
pub struct Calendar {
    data: CalendarData,
    years: BTreeMap<i32, YearDays>,
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The citation of the holiday list (the Law «On holidays»).
pub fn citation() -> Citation {
    Citation {
        act: Act::LawHolidays,
        article: None,
        annex: None,
        clause: None,
        sub: None,
        sub_item: None,
    }
}

/// The citations of the calendar: the Labour Code art. 84 (days off, the move
/// of a holiday off a weekend, religious days off not moved — the article as
/// secondary sources give it; issue 15, item 20) and the Law «On holidays»
/// (the list of holidays).
pub fn citations() -> Vec<Citation> {
    vec![Citation::law(Act::LabourCode, 84, None), citation()]
}

/// The working days of `year` as [`YearDays::working`] holds them: the
/// weekdays, less the days off, plus the weekend days made working days (a
/// working weekend day is a working day even where a day off is listed).
fn working_days(
    year: i32,
    off: &BTreeMap<NaiveDate, DayOffReason>,
    working_weekends: &BTreeSet<NaiveDate>,
) -> [u64; 6] {
    let mut bits = [0u64; 6];
    let mut set = |d: NaiveDate, working: bool| {
        let i = d.ordinal0() as usize;
        if working {
            bits[i / 64] |= 1 << (i % 64);
        } else {
            bits[i / 64] &= !(1 << (i % 64));
        }
    };
    let days = NaiveDate::from_ymd_opt(year, 1, 1)
        .into_iter()
        .flat_map(|first| first.iter_days())
        .take_while(|d| d.year() == year);
    for d in days {
        set(d, !is_weekend(d));
    }
    for d in off.keys().filter(|d| d.year() == year) {
        set(*d, false);
    }
    for d in working_weekends.iter().filter(|d| d.year() == year) {
        set(*d, true);
    }
    bits
}

impl YearDays {
    fn build(y: &YearData) -> Self {
        let mut off = BTreeMap::new();
        let mut working_weekends = BTreeSet::new();
        for t in &y.transfers {
            working_weekends.insert(t.working_day);
            off.insert(
                t.day_off,
                DayOffReason::Decree {
                    decree: t.decree.clone(),
                },
            );
        }
        let holidays: BTreeSet<NaiveDate> = y.holidays.iter().map(|h| h.date).collect();
        let mut sorted: Vec<&Holiday> = y.holidays.iter().collect();
        sorted.sort_by_key(|h| h.date);
        for h in &sorted {
            off.insert(
                h.date,
                DayOffReason::Holiday {
                    name: h.name.clone(),
                },
            );
        }
        // A non-religious holiday on a weekend moves to the next working day:
        // not a weekend, not a holiday, not already taken by another move.
        for h in sorted {
            if h.religious || !is_weekend(h.date) || working_weekends.contains(&h.date) {
                continue;
            }
            let mut d = h.date;
            loop {
                d += Duration::days(1);
                let taken = off.contains_key(&d) || holidays.contains(&d);
                let working = !is_weekend(d) || working_weekends.contains(&d);
                if working && !taken {
                    break;
                }
            }
            off.insert(
                d,
                DayOffReason::MovedHoliday {
                    name: h.name.clone(),
                    from: h.date,
                },
            );
        }
        let working = working_days(y.year, &off, &working_weekends);
        YearDays {
            off,
            working_weekends,
            working,
            decrees_checked: y.decrees_checked,
            notes: y.notes.clone(),
        }
    }

    /// Whether `d`, a day of this year, is a working day.
    fn is_working(&self, d: NaiveDate) -> bool {
        let i = d.ordinal0() as usize;
        self.working[i / 64] & (1 << (i % 64)) != 0
    }

    /// The working days in `lo..=hi` (both in this year): the weekdays, less the
    /// weekdays off, plus the weekend days made working days.
    fn working_days_in(&self, lo: NaiveDate, hi: NaiveDate) -> i64 {
        if lo > hi {
            return 0;
        }
        let days = (hi - lo).num_days() + 1;
        let mut weekdays = days / 7 * 5;
        let mut d = lo;
        for _ in 0..days % 7 {
            if !is_weekend(d) {
                weekdays += 1;
            }
            d = d.succ_opt().unwrap_or(d);
        }
        let working_weekends = self
            .working_weekends
            .range(lo..=hi)
            .filter(|d| is_weekend(**d))
            .count() as i64;
        let weekdays_off = self
            .off
            .range(lo..=hi)
            .filter(|(d, _)| !is_weekend(**d) && !self.working_weekends.contains(*d))
            .count() as i64;
        weekdays - weekdays_off + working_weekends
    }

    /// Fixed-date holidays only, for a year outside the data.
    fn fallback(year: i32) -> Self {
        let fixed: [(u32, u32, &str, bool); 14] = [
            (1, 1, "new_year", false),
            (1, 2, "new_year", false),
            (1, 7, "orthodox_christmas", true),
            (3, 8, "womens_day", false),
            (3, 21, "nauryz", false),
            (3, 22, "nauryz", false),
            (3, 23, "nauryz", false),
            (5, 1, "unity_day", false),
            (5, 7, "defender_day", false),
            (5, 9, "victory_day", false),
            (7, 6, "capital_day", false),
            (8, 30, "constitution_day", false),
            (10, 25, "republic_day", false),
            (12, 16, "independence_day", false),
        ];
        let holidays = fixed
            .iter()
            .filter_map(|&(m, d, name, religious)| {
                Some(Holiday {
                    date: NaiveDate::from_ymd_opt(year, m, d)?,
                    name: name.to_owned(),
                    religious,
                })
            })
            .collect();
        let mut y = YearDays::build(&YearData {
            year,
            holidays,
            transfers: Vec::new(),
            decrees_checked: false,
            notes: String::new(),
        });
        y.notes = format!(
            "{year} is outside the calendar data: fixed-date holidays only; Kurban Ait and decreed transfers are unknown."
        );
        y
    }
}

static BUILTIN: OnceLock<Calendar> = OnceLock::new();

impl Calendar {
    /// The calendar compiled into Kezek (`data/calendar-kz.json`).
    pub fn builtin() -> &'static Calendar {
        BUILTIN.get_or_init(|| {
            Calendar::from_json(BUILTIN_JSON).expect("the built-in calendar data is valid")
        })
    }

    /// Calendar data from JSON (`kezek.calendar/1`), validated.
    pub fn from_json(json: &str) -> Result<Calendar, CalendarError> {
        let data: CalendarData = crate::wire::read_typed(json).map_err(|e| {
            // Nested deeper than JSON is read, or no JSON at all: said as
            // every input's (`input.too_deep`, `input.empty`), not as
            // calendar data of the wrong shape.
            let whole = match &e.too_deep {
                Some(deep) => Some(("input.too_deep", deep.line, deep.message.clone())),
                None => crate::wire::empty(json, HOLDS).map(|e| ("input.empty", None, e.message)),
            };
            if let Some((code, line, message)) = whole {
                return CalendarError {
                    code,
                    field: String::new(),
                    line,
                    message,
                };
            }
            // The line its message says, as a case's and a snapshot's.
            let line = Some(e.error.line()).filter(|&l| l > 0);
            if e.is_out_of_range() {
                return CalendarError::new(
                    "calendar.date_out_of_range",
                    e.field,
                    e.error.to_string(),
                )
                .at_line(line);
            }
            CalendarError::new(
                "calendar.invalid_json",
                e.field,
                format!(
                    "the calendar data is not valid JSON of the expected shape: {}",
                    e.error
                ),
            )
            .at_line(line)
        })?;
        Calendar::from_data(data)
    }

    /// Calendar data already parsed, validated.
    pub fn from_data(data: CalendarData) -> Result<Calendar, CalendarError> {
        if data.format != FORMAT {
            return Err(CalendarError::new(
                "calendar.bad_format",
                "format",
                format!(
                    "the calendar format must be `{FORMAT}`, not `{}`",
                    data.format
                ),
            ));
        }
        if data.years.len() > MAX_YEARS {
            return Err(CalendarError::new(
                "calendar.too_large",
                "years",
                format!("at most {MAX_YEARS} years are accepted"),
            ));
        }
        let mut years = BTreeMap::new();
        for (i, y) in data.years.iter().enumerate() {
            if !crate::dates::supported_year(y.year) {
                let (first, last) = (crate::dates::FIRST.year(), crate::dates::LAST.year());
                return Err(CalendarError::new(
                    "calendar.date_out_of_range",
                    format!("years[{i}].year"),
                    format!(
                        "the year {} is outside the years Kezek supports, {first} to {last}",
                        y.year
                    ),
                ));
            }
            if y.holidays.len() > MAX_ENTRIES_PER_YEAR || y.transfers.len() > MAX_ENTRIES_PER_YEAR {
                return Err(CalendarError::new(
                    "calendar.too_large",
                    format!("years[{i}]"),
                    format!(
                        "{}: at most {MAX_ENTRIES_PER_YEAR} holidays and transfers per year",
                        y.year
                    ),
                ));
            }
            // Every date under its own year; the first that is not, by its entry.
            // Every date under its own year; the first that is not, by its entry.
            let holidays = y.holidays.iter().enumerate();
            let holidays = holidays.map(|(j, h)| (j, "holidays", "date", h.date));
            let transfers = y.transfers.iter().enumerate().flat_map(|(j, t)| {
                [
                    (j, "transfers", "working_day", t.working_day),
                    (j, "transfers", "day_off", t.day_off),
                ]
            });
            if let Some((j, list, name, d)) =
                holidays.chain(transfers).find(|e| e.3.year() != y.year)
            {
                return Err(CalendarError::new(
                    "calendar.date_outside_year",
                    format!("years[{i}].{list}[{j}].{name}"),
                    format!("{d} is listed under the year {}", y.year),
                ));
            }
            if let Some((j, t)) = y
                .transfers
                .iter()
                .enumerate()
                .find(|(_, t)| !is_weekend(t.working_day))
            {
                return Err(CalendarError::new(
                    "calendar.transfer_not_weekend",
                    format!("years[{i}].transfers[{j}].working_day"),
                    format!(
                        "{} is not a Saturday or Sunday, so it cannot be made a working day",
                        t.working_day
                    ),
                ));
            }
            if years.insert(y.year, YearDays::build(y)).is_some() {
                return Err(CalendarError::new(
                    "calendar.duplicate_year",
                    format!("years[{i}].year"),
                    format!("the year {} is listed twice", y.year),
                ));
            }
        }
        Ok(Calendar { data, years })
    }

    /// The data this calendar was made from.
    pub fn data(&self) -> &CalendarData {
        &self.data
    }

    /// Whether the data covers `year` (Kurban Ait and decrees known).
    pub fn covers(&self, year: i32) -> bool {
        self.years.contains_key(&year)
    }

    fn with_year<T>(&self, year: i32, f: impl FnOnce(&YearDays) -> T) -> T {
        match self.years.get(&year) {
            Some(y) => f(y),
            None => f(&YearDays::fallback(year)),
        }
    }

    /// Why `d` is a day off, or `None` for a working day.
    pub fn day_off(&self, d: NaiveDate) -> Option<DayOffReason> {
        self.with_year(d.year(), |y| {
            if y.working_weekends.contains(&d) {
                None
            } else if let Some(r) = y.off.get(&d) {
                Some(r.clone())
            } else if is_weekend(d) {
                Some(DayOffReason::Weekend)
            } else {
                None
            }
        })
    }

    /// Whether `d` is a working day: [`Calendar::day_off`] is `None` (without
    /// copying the reason: the schedule asks this of many days, issue 19).
    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        self.with_year(d.year(), |y| y.is_working(d))
    }

    /// The `n`-th working day after `d` (`n = 0` gives `d` itself).
    pub fn add_working_days(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut day = d;
        let mut k = 0;
        while k < n {
            day += Duration::days(1);
            if self.is_working_day(day) {
                k += 1;
            }
        }
        day
    }

    /// The first working day on or after `d`.
    pub fn next_working_day_from(&self, d: NaiveDate) -> NaiveDate {
        let mut day = d;
        while !self.is_working_day(day) {
            day += Duration::days(1);
        }
        day
    }

    /// The last working day before `d` (a year back at most): the day to
    /// rely on where a last day falls on a day off.
    pub fn last_working_day_before(&self, d: NaiveDate) -> Option<NaiveDate> {
        std::iter::successors(d.pred_opt(), |w| w.pred_opt())
            .take(366)
            .find(|w| self.is_working_day(*w))
    }

    /// The number of working days `w` with `from < w <= to`; negative when `to < from`.
    /// Counted a year at a time (weekdays by arithmetic, then the year's days
    /// off and working weekends), so a wide range costs its years, not its days.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        let (a, b, sign) = if from <= to {
            (from, to, 1)
        } else {
            (to, from, -1)
        };
        let Some(start) = a.succ_opt() else {
            return 0;
        };
        let mut n = 0i64;
        for year in start.year()..=b.year() {
            let lo = if year == start.year() {
                Some(start)
            } else {
                NaiveDate::from_ymd_opt(year, 1, 1)
            };
            let hi = if year == b.year() {
                Some(b)
            } else {
                NaiveDate::from_ymd_opt(year, 12, 31)
            };
            if let (Some(lo), Some(hi)) = (lo, hi) {
                n += self.with_year(year, |y| y.working_days_in(lo, hi));
            }
        }
        sign * n
    }

    /// Every day off of `year` and its working days, as `kezek calendar YEAR` prints.
    pub fn year_report(&self, year: i32) -> Option<YearReport> {
        let first = NaiveDate::from_ymd_opt(year, 1, 1)?;
        let last = NaiveDate::from_ymd_opt(year, 12, 31)?;
        let (decrees_checked, notes, working_weekends) = self.with_year(year, |y| {
            (
                y.decrees_checked,
                y.notes.clone(),
                y.working_weekends.iter().copied().collect(),
            )
        });
        let mut days_off = Vec::new();
        let mut working_days = 0;
        for d in first.iter_days().take_while(|d| *d <= last) {
            match self.day_off(d) {
                Some(reason) => days_off.push(DayOff { date: d, reason }),
                None => working_days += 1,
            }
        }
        Some(YearReport {
            year,
            covered: self.covers(year),
            decrees_checked,
            working_days,
            days_off,
            working_weekends,
            notes,
            citations: citations(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn builtin_data_covers_2024_to_2027() {
        let c = Calendar::builtin();
        for y in 2024..=2027 {
            assert!(c.covers(y), "{y}");
        }
        assert!(!c.covers(2028));
    }

    /// The notes of the built-in data agree with its transfers (a review:
    /// 2025 listed the 3 January transfer while its notes said transfers
    /// "are not recorded in the built-in data").
    #[test]
    fn builtin_notes_agree_with_the_transfers_recorded() {
        let c = Calendar::builtin();
        for y in 2024..=2027 {
            let r = c.year_report(y).unwrap();
            let has_transfers = !r.working_weekends.is_empty();
            let says_none = r.notes.contains("are not recorded in the built-in data");
            assert!(!(has_transfers && says_none), "{y}: {}", r.notes);
            if has_transfers {
                assert!(r.notes.contains("transfer"), "{y}: {}", r.notes);
            }
        }
    }

    /// A working day is a day with no reason to be off, in the built-in
    /// years (holidays, moved days off, decrees, working weekends) and in the
    /// years outside them (the fixed holidays alone).
    #[test]
    fn a_working_day_is_one_without_a_day_off_reason() {
        let c = Calendar::builtin();
        let mut day = d(2014, 1, 1);
        while day <= d(2031, 12, 31) {
            assert_eq!(c.is_working_day(day), c.day_off(day).is_none(), "{day}");
            day += Duration::days(1);
        }
    }

    #[test]
    fn weekends_are_days_off() {
        let c = Calendar::builtin();
        assert!(!c.is_working_day(d(2026, 11, 21)));
        assert!(!c.is_working_day(d(2026, 11, 22)));
        assert!(c.is_working_day(d(2026, 11, 23)));
    }

    #[test]
    fn every_listed_holiday_is_a_day_off() {
        let c = Calendar::builtin();
        for (m, day) in [
            (1, 1),
            (1, 2),
            (1, 7),
            (3, 8),
            (3, 21),
            (3, 22),
            (3, 23),
            (5, 1),
            (5, 7),
            (5, 9),
            (7, 6),
            (8, 30),
            (10, 25),
            (12, 16),
        ] {
            for y in 2024..=2027 {
                assert!(!c.is_working_day(d(y, m, day)), "{y}-{m}-{day}");
            }
        }
    }

    #[test]
    fn kurban_ait_first_day_by_year() {
        let c = Calendar::builtin();
        assert_eq!(
            c.day_off(d(2025, 6, 6)),
            Some(DayOffReason::Holiday {
                name: "kurban_ait".into()
            })
        );
        assert!(!c.is_working_day(d(2026, 5, 27)));
        assert!(c.is_working_day(d(2026, 5, 28)));
    }

    #[test]
    fn holiday_on_a_weekend_moves_to_the_next_working_day() {
        let c = Calendar::builtin();
        // 8 March 2026 is a Sunday: Monday 9 March is the day off.
        assert_eq!(
            c.day_off(d(2026, 3, 9)),
            Some(DayOffReason::MovedHoliday {
                name: "womens_day".into(),
                from: d(2026, 3, 8)
            })
        );
        // Nauryz 2026: Sat 21, Sun 22, Mon 23 March; the two weekend days move to Tue 24 and Wed 25.
        assert!(!c.is_working_day(d(2026, 3, 24)));
        assert!(!c.is_working_day(d(2026, 3, 25)));
        assert!(c.is_working_day(d(2026, 3, 26)));
        // 9 May 2026 is a Saturday: Monday 11 May.
        assert!(!c.is_working_day(d(2026, 5, 11)));
        // 30 August 2026 and 25 October 2026 are Sundays.
        assert!(!c.is_working_day(d(2026, 8, 31)));
        assert!(!c.is_working_day(d(2026, 10, 26)));
    }

    #[test]
    fn religious_holidays_on_a_weekend_do_not_move() {
        let c = Calendar::builtin();
        // Kurban Ait 16 June 2024 is a Sunday: Monday 17 June is a working day.
        assert!(c.is_working_day(d(2024, 6, 17)));
        // 7 January 2024 is a Sunday: Monday 8 January is a working day.
        assert!(c.is_working_day(d(2024, 1, 8)));
    }

    #[test]
    fn add_working_days_skips_weekends_and_holidays() {
        let c = Calendar::builtin();
        // Fri 11 Dec 2026 + 5 working days: Mon 14, Tue 15, (Wed 16 Independence Day), Thu 17, Fri 18, Mon 21.
        assert_eq!(c.add_working_days(d(2026, 12, 11), 5), d(2026, 12, 21));
        assert_eq!(c.add_working_days(d(2026, 12, 11), 0), d(2026, 12, 11));
    }

    #[test]
    fn working_days_between_counts_the_end_not_the_start() {
        let c = Calendar::builtin();
        assert_eq!(c.working_days_between(d(2026, 11, 23), d(2026, 11, 30)), 5);
        assert_eq!(c.working_days_between(d(2026, 11, 30), d(2026, 11, 23)), -5);
        assert_eq!(c.working_days_between(d(2026, 11, 23), d(2026, 11, 23)), 0);
    }

    #[test]
    fn a_supplied_calendar_with_a_decreed_transfer_replaces_the_builtin() {
        let json = r#"{"format":"kezek.calendar/1","version":"test","source":"test decree",
          "years":[{"year":2026,"holidays":[],"transfers":[
            {"working_day":"2026-11-21","day_off":"2026-11-23","decree":"Decree No. 1"}]}]}"#;
        let c = Calendar::from_json(json).unwrap();
        assert!(c.is_working_day(d(2026, 11, 21)));
        assert_eq!(
            c.day_off(d(2026, 11, 23)),
            Some(DayOffReason::Decree {
                decree: "Decree No. 1".into()
            })
        );
    }

    /// A calendar error names the entry at fault as a path inside the
    /// calendar data, as every other input's error names its field.
    #[test]
    fn a_bad_calendar_entry_is_named_by_its_path() {
        let data = |years: &str| {
            format!(r#"{{"format":"kezek.calendar/1","version":"","source":"","years":[{years}]}}"#)
        };
        let ok = r#"{"date":"2026-01-01","name":"new_year"}"#;
        #[rustfmt::skip]
        let rows: Vec<(String, &str, &str)> = vec![
            // calendar data,                                                           code,                              field
            (data(&format!(r#"{{"year":2026,"holidays":[{ok},{{"date":"2026-13-01","name":"x"}}]}}"#)), "calendar.invalid_json", "years[0].holidays[1].date"),
            (data(r#"{"year":2026,"holidays":[{"date":"1800-01-01","name":"x"}]}"#),       "calendar.date_out_of_range",      "years[0].holidays[0].date"),
            (data(r#"{"year":2026,"holidays":[{"date":"2026-01-01","nmae":"x"}]}"#),       "calendar.invalid_json",           "years[0].holidays[0].nmae"),
            (data(r#"{"year":2026,"holidays":[{"date":"2027-01-01","name":"x"}]}"#),       "calendar.date_outside_year",      "years[0].holidays[0].date"),
            (data(r#"{"year":2026,"holidays":[],"transfers":[{"working_day":"2026-11-23","day_off":"2026-11-24","decree":"x"}]}"#),
                                                                                           "calendar.transfer_not_weekend",   "years[0].transfers[0].working_day"),
            (data(r#"{"year":2026,"holidays":[]},{"year":2026,"holidays":[]}"#),           "calendar.duplicate_year",         "years[1].year"),
            (data(r#"{"year":1800,"holidays":[]}"#),                                        "calendar.date_out_of_range",      "years[0].year"),
            (r#"{"format":"x","version":"","source":"","years":[]}"#.to_owned(),           "calendar.bad_format",             "format"),
        ];
        for (json, code, field) in rows {
            let e = Calendar::from_json(&json).unwrap_err();
            assert_eq!((e.code(), e.field()), (code, field), "{json}");
            let wire = crate::wire::ErrorObject::from(e);
            assert_eq!(wire.field, format!("calendar.{field}"));
        }
        let whole = crate::wire::ErrorObject::from(Calendar::from_json("{").unwrap_err());
        assert_eq!(whole.field, "calendar");
    }

    #[test]
    fn bad_calendar_data_is_refused_with_a_code() {
        let code = |j: &str| Calendar::from_json(j).unwrap_err().code();
        assert_eq!(code("{"), "calendar.invalid_json");
        assert_eq!(
            code(r#"{"format":"x","version":"","source":"","years":[]}"#),
            "calendar.bad_format"
        );
        assert_eq!(
            code(
                r#"{"format":"kezek.calendar/1","version":"","source":"","years":[
                {"year":2026,"holidays":[]},{"year":2026,"holidays":[]}]}"#
            ),
            "calendar.duplicate_year"
        );
        assert_eq!(
            code(
                r#"{"format":"kezek.calendar/1","version":"","source":"","years":[
                {"year":2026,"holidays":[{"date":"2027-01-01","name":"new_year"}]}]}"#
            ),
            "calendar.date_outside_year"
        );
        assert_eq!(
            code(
                r#"{"format":"kezek.calendar/1","version":"","source":"","years":[
                {"year":2026,"holidays":[],"transfers":[{"working_day":"2026-11-23","day_off":"2026-11-24","decree":"x"}]}]}"#
            ),
            "calendar.transfer_not_weekend"
        );
    }

    #[test]
    fn outside_the_data_fixed_holidays_still_apply() {
        let c = Calendar::builtin();
        assert!(!c.is_working_day(d(2030, 12, 16)));
        let r = c.year_report(2030).unwrap();
        assert!(!r.covered);
        assert!(r.notes.contains("outside"));
    }

    #[test]
    fn year_report_counts_working_days() {
        let r = Calendar::builtin().year_report(2026).unwrap();
        let off = r.days_off.len() as u32;
        assert_eq!(r.working_days + off, 365);
        assert!(r.covered);
        assert!(!r.decrees_checked);
    }
}
