//! The offices and their hours («жұмыс кестесі», «жұмыс графигі»): each
//! office's hours declared once, with the text that sets them, and the one
//! way every term of both orders is counted in them.
//!
//! | office | hours | where |
//! |---|---|---|
//! | [`EDUCATION_DEPARTMENT_ORDER_254`] | Mon–Fri 09:00–18:30, lunch 13:00–14:30; applications and results 09:00–13:00, 14:30–17:30 | order 254 Annex 2 p. 7 sub. 1 |
//! | [`PRESCHOOL_ORDER_254`] | Mon–Fri 09:00–18:00, lunch 13:00–14:00; applications and results 09:00–13:00, 14:00–17:30 | order 254 Annex 4 p. 7 sub. 1 |
//! | [`PROVIDER_ORDER_414`] | Mon–Fri 09:00–18:30, lunch 13:00–14:30 | order 414, row 7 item 1 of each annex |
//! | [`STATE_CORPORATION`] | Mon–Sat 09:00–20:00 without lunch, except Sundays and holidays | order 254 Annex 2 p. 7 sub. 2; order 414 row 7 item 2 |
//! | the portal ([`Timetable::portal`]) | around the clock; after the provider's working time, on a day off or a holiday → the next working day | order 254 Annex 2 p. 7 sub. 3, Annex 4 p. 7 sub. 2; order 414 row 7 item 2 or 3 |
//!
//! Where the two orders' texts differ, the difference is in these
//! declarations, not in the counting: order 254 narrows the hours in which
//! applications are accepted and results given («Өтініштерді қабылдау және
//! мемлекеттік қызмет көрсету нәтижесін беру … сағат 09.00-ден 17.30-ға
//! дейін») while order 414's row 7 item 1 names only the working day, so the
//! catalogue's provider receives until 18:30 — Kezek does not carry order
//! 254's 17:30 over to a text that does not say it.
//!
//! Readings noted for the lawyer (the same for both orders):
//! - A term in minutes (30 minutes, order 254 Annex 2/4 p. 3; order 414
//!   Annex 4 row 3) is counted in the hours in which applications are
//!   accepted and results given ([`Timetable::after_minutes`]): lunch and the
//!   night pause it. Order 414's due date says so when the minutes run past
//!   the close (`note-minutes-paused-at-closing`); order 254's schedule does
//!   not yet (audit27 F4).
//! - The portal works around the clock, and only «жұмыс уақыты аяқталғаннан
//!   кейін» (after the end of working time), on a day off or a holiday are
//!   acceptance and the result moved to the next working day. "Working time"
//!   is read as the provider's working day (to 18:30 or 18:00), not its
//!   reception window, and a lunch break is not "after working time"; before
//!   09:00 is after the previous day's working time ([`Timetable::portal`]).
//! - The State Corporation receives documents whenever it is open, a Saturday
//!   included, although a Saturday is not a working day; it is closed on a
//!   holiday moved to a weekday or a decreed day off (the text closes it on
//!   «жексенбі және мереке күндері» only). Order 414's due date says both to
//!   the parent (`note-state-corporation-saturday`,
//!   `note-state-corporation-moved-day-off`, `catalogue::Due::note`); order
//!   254's schedule says the second where such a day moves the acceptance or
//!   the result (`schedule.state_corporation_moved_day_off_reading`, counted
//!   with [`Timetable::with_moved_days_off_open`]).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::calendar::{Calendar, DayOffReason};

/// One daily window, `HH:MM`–`HH:MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Window {
    /// Opens.
    #[serde(with = "hhmm")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::TimeOfDay"))]
    pub from: NaiveTime,
    /// Closes.
    #[serde(with = "hhmm")]
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::TimeOfDay"))]
    pub to: NaiveTime,
}

mod hhmm {
    use chrono::NaiveTime;
    use serde::{Deserialize, Deserializer, Serializer};

    /// `HH:MM`, what chrono's `%H:%M` writes, digit by digit (chrono's
    /// format machinery stays out of the JS API's wasm: issue 19).
    pub fn serialize<S: Serializer>(t: &NaiveTime, s: S) -> Result<S::Ok, S::Error> {
        use chrono::Timelike;
        let digit = |n: u32| char::from(b'0' + (n % 10) as u8);
        let text: String = [
            digit(t.hour() / 10),
            digit(t.hour()),
            ':',
            digit(t.minute() / 10),
            digit(t.minute()),
        ]
        .into_iter()
        .collect();
        s.serialize_str(&text)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveTime, D::Error> {
        let s = String::deserialize(d)?;
        NaiveTime::parse_from_str(&s, "%H:%M").map_err(serde::de::Error::custom)
    }
}

/// Which days an office is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum OpenDays {
    /// Working days of the calendar (Monday–Friday, not days off): «демалыс
    /// және мереке күндерін қоспағанда, дүйсенбіден бастап жұманы қоса алғанда».
    WorkingDays,
    /// Monday–Saturday except holidays (the State Corporation): «жексенбі
    /// және мереке күндерін қоспағанда, дүйсенбі мен сенбіні қоса алғанда».
    MondayToSaturdayExceptHolidays,
}

const fn hm(h: u32, m: u32) -> NaiveTime {
    match NaiveTime::from_hms_opt(h, m, 0) {
        Some(t) => t,
        None => panic!("a time of day"),
    }
}

const fn window(from: NaiveTime, to: NaiveTime) -> Window {
    Window { from, to }
}

/// The hours of one office, as its order words them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Hours {
    /// The days it is open.
    pub open_days: OpenDays,
    /// The working day («жұмыс уақыты»): what the portal's "after working
    /// time" and a term in working days end with.
    pub working_day: Window,
    /// The lunch break («түскі үзіліс»), if any.
    pub lunch: Option<Window>,
    /// When applications are accepted and results given, if the text sets it
    /// apart from the working day (order 254: until 17:30); `None` = the
    /// whole working day.
    pub reception_until: Option<NaiveTime>,
}

/// The education department, the provider of queue registration
/// (00403001), order 254 Annex 2 p. 7 sub. 1: «дүйсенбі – жұма аралығында
/// сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 09.00-ден 18.30-ға
/// дейін. Өтініштерді қабылдау және мемлекеттік қызмет көрсету нәтижесін беру
/// сағат 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 09.00-ден 17.30-ға
/// дейін жүзеге асырылады».
pub const EDUCATION_DEPARTMENT_ORDER_254: Hours = Hours {
    open_days: OpenDays::WorkingDays,
    working_day: window(hm(9, 0), hm(18, 30)),
    lunch: Some(window(hm(13, 0), hm(14, 30))),
    reception_until: Some(hm(17, 30)),
};

/// The preschool, the provider of admission (00403002), order 254 Annex 4
/// p. 7 sub. 1: «дүйсенбі мен жұма аралығында … сағат 13.00-ден 14.00-ге
/// дейінгі түскі үзіліспен сағат 09.00-ден 18.00-ге дейін. Өтініштерді
/// қабылдау және мемлекеттік қызмет көрсету нәтижелерін беру сағат
/// 13.00-ден 14.00-ге дейінгі түскі үзіліспен сағат 09.00-ден 17.30-ға дейін
/// жүзеге асырылады».
pub const PRESCHOOL_ORDER_254: Hours = Hours {
    open_days: OpenDays::WorkingDays,
    working_day: window(hm(9, 0), hm(18, 0)),
    lunch: Some(window(hm(13, 0), hm(14, 0))),
    reception_until: Some(hm(17, 30)),
};

/// The provider of every catalogue service (the local executive body, its
/// education department, or the education organisation), order 414 row 7
/// item 1 of each annex (e.g. Annex 6): «демалыс және мереке күндерін
/// қоспағанда, дүйсенбіден бастап жұманы қоса алғанда сағат 13.00-ден
/// 14.30-ға дейінгі аралықта түскі үзіліспен сағат 9.00-ден 18.30-ға дейін».
/// The row names no narrower reception window.
pub const PROVIDER_ORDER_414: Hours = Hours {
    open_days: OpenDays::WorkingDays,
    working_day: window(hm(9, 0), hm(18, 30)),
    lunch: Some(window(hm(13, 0), hm(14, 30))),
    reception_until: None,
};

/// The State Corporation «Government for Citizens», the same words in both
/// orders (order 254 Annex 2 p. 7 sub. 2; order 414 row 7 item 2 of Annexes
/// 6, 13, 15, 18): «жексенбі және мереке күндерін қоспағанда, дүйсенбі мен
/// сенбіні қоса алғанда белгіленген жұмыс кестесіне сәйкес сағат 9.00-ден
/// 20.00-ге дейін, түскі үзіліссіз».
pub const STATE_CORPORATION: Hours = Hours {
    open_days: OpenDays::MondayToSaturdayExceptHolidays,
    working_day: window(hm(9, 0), hm(20, 0)),
    lunch: None,
    reception_until: None,
};

impl Hours {
    /// The daily windows in which applications are accepted and results
    /// given: the working day (or its reception part) less the lunch break.
    pub fn reception(&self) -> Vec<Window> {
        let end = self.reception_end();
        match self.lunch {
            Some(l) => vec![window(self.working_day.from, l.from), window(l.to, end)],
            None => vec![window(self.working_day.from, end)],
        }
    }

    /// The end of the day's reception: when the last of [`Self::reception`]'s
    /// windows closes (order 254: 17:30, Annex 2 and 4 p. 7 sub. 1; else
    /// the end of the working day).
    pub fn reception_end(&self) -> NaiveTime {
        self.reception_until.unwrap_or(self.working_day.to)
    }

    /// The close of the working day on `d`: where a term in working or
    /// calendar days ends.
    pub fn close_on(&self, d: NaiveDate) -> NaiveDateTime {
        d.and_time(self.working_day.to)
    }
}

/// The days and daily windows in which a place accepts applications and
/// counts a term: the one algorithm behind every term of both orders.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Timetable {
    /// The days it is open.
    pub open_days: OpenDays,
    /// The daily windows.
    pub windows: Vec<Window>,
    /// Monday to Saturday except holidays only: open on a day off moved from
    /// a holiday or set by an act of the competent body (not a Sunday) — the
    /// text's own words, the reading Kezek does not count by
    /// ([`Timetable::with_moved_days_off_open`]). Not on the wire.
    #[serde(skip)]
    pub moved_days_off_open: bool,
}

impl Timetable {
    /// At the office's counter: its reception windows on its open days.
    pub fn counter(h: &Hours) -> Timetable {
        Timetable {
            open_days: h.open_days,
            windows: h.reception(),
            moved_days_off_open: false,
        }
    }

    /// On the portal whose applications `provider` handles: around the
    /// clock, but an application after the provider's working time, on a day
    /// off or a holiday is accepted and answered the next working day — so
    /// the portal "accepts" in the provider's whole working day (lunch is not
    /// after working time) on working days.
    pub fn portal(provider: &Hours) -> Timetable {
        Timetable {
            open_days: OpenDays::WorkingDays,
            windows: vec![provider.working_day],
            moved_days_off_open: false,
        }
    }

    /// The same place open on a day off moved from a holiday or set by an act
    /// of the competent body that is not a Sunday, where it is open Monday to
    /// Saturday except holidays (the State Corporation): what its text says
    /// («мереке күндерін қоспағанда», «жексенбі және мереке күндерін
    /// қоспағанда»), while Kezek counts it closed then — the other reading,
    /// to tell the parent where it moves a moment
    /// (`schedule.state_corporation_moved_day_off_reading`,
    /// `schedule.state_corporation_moved_day_off_result_reading`). Other
    /// places are unchanged. Order 414's provider's text closes it on every
    /// day off («демалыс және мереке күндерін қоспағанда»); order 254's
    /// providers' does not: Annex 2 p. 7 sub. 1 and Annex 4 p. 7 sub. 1 name
    /// only «мереке күндерін қоспағанда», Monday to Friday, but «көрсетілетін
    /// қызметті берушінің белгіленген жұмыс кестесі бойынша» — by the
    /// provider's set working schedule, which as an employer's follows the
    /// labour law's days off, moved ones included. Kezek counts those
    /// providers closed on a moved day off (`OpenDays::WorkingDays`): the
    /// later acceptance and result, the safe reading for a parent.
    pub fn with_moved_days_off_open(mut self) -> Timetable {
        self.moved_days_off_open = true;
        self
    }

    /// Whether `d` is an open day.
    pub fn is_open_day(&self, d: NaiveDate, cal: &Calendar) -> bool {
        match self.open_days {
            OpenDays::WorkingDays => cal.is_working_day(d),
            OpenDays::MondayToSaturdayExceptHolidays => match cal.day_off(d) {
                None => d.weekday() != Weekday::Sun,
                Some(DayOffReason::Weekend) => d.weekday() == Weekday::Sat,
                Some(DayOffReason::MovedHoliday { .. } | DayOffReason::Decree { .. })
                    if self.moved_days_off_open =>
                {
                    d.weekday() != Weekday::Sun
                }
                Some(_) => false,
            },
        }
    }

    /// The instant an application made at `at` is accepted: `at` itself
    /// while the place is open, otherwise its next opening.
    pub fn receives(&self, at: NaiveDateTime, cal: &Calendar) -> NaiveDateTime {
        let mut day = at.date();
        let mut time = at.time();
        // Bounded: no calendar closes a place for a year.
        for _ in 0..400 {
            if self.is_open_day(day, cal) {
                for w in &self.windows {
                    if time < w.to {
                        return day.and_time(time.max(w.from));
                    }
                }
            }
            let Some(next) = day.succ_opt() else {
                return at;
            };
            day = next;
            time = NaiveTime::MIN;
        }
        at
    }

    /// `minutes` of open time after `start`: a term in minutes, paused by
    /// lunch, the night and closed days.
    pub fn after_minutes(
        &self,
        start: NaiveDateTime,
        minutes: i64,
        cal: &Calendar,
    ) -> NaiveDateTime {
        let mut now = start;
        let mut left = Duration::minutes(minutes);
        for _ in 0..1000 {
            now = self.receives(now, cal);
            let Some(w) = self
                .windows
                .iter()
                .find(|w| now.time() >= w.from && now.time() < w.to)
            else {
                return now;
            };
            let room = now.date().and_time(w.to) - now;
            if left <= room {
                return now + left;
            }
            left -= room;
            now = now.date().and_time(w.to);
        }
        now
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::at;

    /// A window's times are written as chrono's `%H:%M` writes them.
    #[test]
    fn window_times_are_written_as_chrono_writes_them() {
        for (h, m) in [(0, 0), (9, 5), (10, 30), (23, 59)] {
            let t = NaiveTime::from_hms_opt(h, m, 0).unwrap();
            let w = Window { from: t, to: t };
            let want = t.format("%H:%M").to_string();
            assert_eq!(
                serde_json::to_value(w).unwrap(),
                serde_json::json!({ "from": want, "to": want })
            );
        }
    }

    #[test]
    fn annex2_p7_1_reception_is_the_working_day_less_lunch_until_17_30() {
        let r = EDUCATION_DEPARTMENT_ORDER_254.reception();
        assert_eq!(
            r,
            vec![window(hm(9, 0), hm(13, 0)), window(hm(14, 30), hm(17, 30))]
        );
        let p = PRESCHOOL_ORDER_254.reception();
        assert_eq!(p[1], window(hm(14, 0), hm(17, 30)));
        assert_eq!(PRESCHOOL_ORDER_254.working_day.to, hm(18, 0));
        // The end of the day's reception, one definition for the rules and
        // the app: the last window's end, 17:30 at both of order 254's
        // providers, the working day's end where the text sets none apart.
        for (h, end) in [
            (EDUCATION_DEPARTMENT_ORDER_254, hm(17, 30)),
            (PRESCHOOL_ORDER_254, hm(17, 30)),
            (PROVIDER_ORDER_414, hm(18, 30)),
            (STATE_CORPORATION, hm(20, 0)),
        ] {
            assert_eq!(h.reception_end(), end, "{h:?}");
            assert_eq!(h.reception().last().map(|w| w.to), Some(end), "{h:?}");
        }
    }

    #[test]
    fn order414_row7_item1_provider_receives_until_18_30_with_lunch() {
        assert_eq!(
            PROVIDER_ORDER_414.reception(),
            vec![window(hm(9, 0), hm(13, 0)), window(hm(14, 30), hm(18, 30))]
        );
    }

    #[test]
    fn annex2_p7_2_state_corporation_is_open_saturday_not_sunday_nor_holiday() {
        let cal = Calendar::builtin();
        let sc = Timetable::counter(&STATE_CORPORATION);
        assert_eq!(sc.windows, vec![window(hm(9, 0), hm(20, 0))]);
        assert_eq!(
            sc.receives(at(2026, 11, 28, 11, 0), cal),
            at(2026, 11, 28, 11, 0)
        );
        assert_eq!(
            sc.receives(at(2026, 11, 29, 11, 0), cal),
            at(2026, 11, 30, 9, 0)
        );
        // Independence Day, Wednesday 16.12.2026.
        assert_eq!(
            sc.receives(at(2026, 12, 16, 10, 0), cal),
            at(2026, 12, 17, 9, 0)
        );
    }

    #[test]
    fn annex2_p7_3_portal_after_working_time_is_the_next_working_day() {
        let cal = Calendar::builtin();
        let p = Timetable::portal(&EDUCATION_DEPARTMENT_ORDER_254);
        // Lunch is working time.
        assert_eq!(
            p.receives(at(2026, 11, 24, 13, 40), cal),
            at(2026, 11, 24, 13, 40)
        );
        // Friday 18:40: Monday 09:00.
        assert_eq!(
            p.receives(at(2026, 11, 27, 18, 40), cal),
            at(2026, 11, 30, 9, 0)
        );
        // 30 minutes from Friday 18:20: ten today, twenty on Monday.
        assert_eq!(
            p.after_minutes(at(2026, 11, 27, 18, 20), 30, cal),
            at(2026, 11, 30, 9, 20)
        );
    }

    #[test]
    fn annex4_p3_thirty_minutes_pause_for_the_preschool_lunch() {
        let cal = Calendar::builtin();
        let c = Timetable::counter(&PRESCHOOL_ORDER_254);
        assert_eq!(
            c.after_minutes(at(2026, 11, 23, 12, 50), 30, cal),
            at(2026, 11, 23, 14, 20)
        );
    }
}
