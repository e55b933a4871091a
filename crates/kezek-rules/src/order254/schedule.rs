//! When the service happens («жұмыс кестесі», «мемлекеттік қызметті көрсету
//! мерзімі»): given the instant a parent applies and the channel, the moment the
//! application is accepted, the moment the result is due, and the deadline to
//! show originals.
//!
//! Sources: Annex 2 p. 3 and Annex 4 p. 3 (term: 30 minutes), Annex 2 p. 7 and
//! Annex 4 p. 7 (schedules), cl. 6 (portal: documents accepted on the day they
//! arrive, completeness checked within 30 minutes), cl. 22 (originals within
//! 5 working days of the application).
//!
//! The hours of the education department, the preschool, the State
//! Corporation and the portal are declared once, with their text, in
//! [`crate::common::offices`], and counted there (the same way as every term
//! of order 414). Readings noted for the lawyer:
//! - The 30 minutes at an office are counted in the hours in which the
//!   provider accepts applications and gives results (Annex 2 p. 7 sub. 1:
//!   09:00–17:30 with a lunch break 13:00–14:30; Annex 4 p. 7 sub. 1:
//!   09:00–17:30, lunch 13:00–14:00), not in its whole working day (to 18:30 /
//!   18:00): the schedule says applications are accepted and results given
//!   only then.
//! - The portal (issue 15, item 7): it works around the clock, and only «жұмыс
//!   уақыты аяқталғанда» (after the end of working time) or on a day off are
//!   acceptance and the result moved to the next working day (Annex 2 p. 7
//!   sub. 3; Annex 4 p. 7 sub. 2); cl. 6 and cl. 32 say a portal application
//!   is accepted and registered «түскен күні», on the day it arrives. Kezek
//!   reads "working time" as the working day — 09:00–18:30 at the education
//!   department (Annex 2 p. 7 sub. 1), 09:00–18:00 at the preschool (Annex 4
//!   p. 7 sub. 1) — not the reception window ending 17:30, and a lunch break
//!   is not "after working time": a portal application made then is received
//!   that day. Before 09:00 is after the previous day's working time. The
//!   parent is told this is a reading
//!   ([`ReasonCode::SchedulePortalWorkingTimeReading`]). Where a last day
//!   hangs on it (the referral's, a one-month certificate's safe day), the
//!   app tells the time every reading keeps — the hours for receiving
//!   applications, 09:00 to 17:30 — and Kezek's reading beside it
//!   (lawyer42); `accepted_at` stays Kezek's reading.
//! - The State Corporation works Monday to Saturday 09:00–20:00 without lunch,
//!   except holidays (Annex 2 p. 7 sub. 2): it is open on Saturdays although a
//!   Saturday is not a working day, and Kezek keeps it closed on a holiday
//!   moved to a weekday or a day off set by an act of the competent body —
//!   the text does not close it then; where that moves the acceptance or the
//!   result, the parent is told it is a reading
//!   ([`ReasonCode::ScheduleStateCorporationMovedDayOffReading`] where the
//!   acceptance moves, [`ReasonCode::ScheduleStateCorporationMovedDayOffResultReading`]
//!   where only the rest of the 30 minutes does).
//! - cl. 22 (issue 15, item 1): the originals are due «тіркеуге өтініш
//!   жіберген … сәттен бастап 5 жұмыс күнінен кешіктірмей» — five working days
//!   from the moment the application was *sent*, not from its acceptance after
//!   hours or a day off. On the portal that is the instant of sending; at an
//!   office or the State Corporation the application is handed over when it is
//!   accepted. The count starts the next day. The documents checked are those
//!   of cl. 22: identity, legal representation and the priority right.
//! - cl. 22 for admission (00403002): the provider checks a second time after
//!   the referral, and the originals are due within 5 working days from the
//!   moment the referral was received; [`admission_originals_by`] counts them
//!   from the referral's issue day (the evaluation adds it when the referral's
//!   date is known and the documents' confirmation after the referral,
//!   `admission.documents_confirmed_on`, is not given: once confirmed, the
//!   originals have been shown and no day is left).
//! - cl. 22, the first of the five days (a lawyer's third reading): «сәттен
//!   бастап» — from the *moment* of sending (of receiving the referral). Kezek's
//!   count (`originals_by`) starts the day after, as a period counted from an
//!   event does (the Civil Code's rules on terms, as for documents' validity in
//!   [`crate::documents`]); read with the day of sending as the first of the
//!   five, the last day is one working day earlier, and originals brought late
//!   mean the application «кезекте тіркеледі» only after they are confirmed —
//!   not registered. The earlier day is the one to rely on
//!   (`originals_safe_by`, [`originals_safe_by`]); where the two differ the
//!   parent is told it is a reading
//!   ([`ReasonCode::ScheduleOriginalsFirstDayReading`]). When the day of
//!   sending is not a working day both readings end on the same day.
//! - cl. 22, in person at the education department: the provider confirms
//!   the originals «ұсынылған сәттен бастап 30 минуттан кешіктірмей»; handed
//!   over with the application they are checked at the same visit, so Kezek
//!   advises bringing them then
//!   ([`ReasonCode::ScheduleOriginalsWithApplication`]); the five working
//!   days remain the latest day.
//! - cl. 22, the originals' last day itself: originals are shown in person
//!   and confirmed «кезекке тұру тәртібімен», so Kezek reads them as received
//!   in the reception hours, to 17:30 at the education department (Annex 2
//!   p. 7 sub. 1) and at the kindergarten's desk (Annex 4 p. 7 sub. 1) alike,
//!   never through the portal ([`originals_received_until`]). On the last
//!   day after 17:30 that day can no longer be met ([`OriginalsDay`]): the
//!   screens say the reception has closed, not "show them by today".

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::citation::Citation;
use crate::common::offices::{self, Hours, Timetable};
use crate::reason::ReasonCode;
use crate::service::{Channel, Service};

pub use crate::common::offices::{OpenDays, Window};

/// The service term in minutes (Annex 2 p. 3, Annex 4 p. 3).
pub const TERM_MINUTES: i64 = 30;

/// Working days to show originals (cl. 22).
pub const ORIGINALS_WORKING_DAYS: u32 = 5;

/// The expected timing of one application.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ServiceTiming {
    /// The service.
    pub service: Service,
    /// The channel.
    pub channel: Channel,
    /// Whether the service is offered through this channel at all.
    pub available: bool,
    /// The instant of applying (Asia/Almaty).
    #[serde(with = "crate::dates::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub submitted_at: NaiveDateTime,
    /// Whether the place accepts applications at that instant.
    pub open_now: bool,
    /// When the application is accepted (now, or the next opening).
    #[serde(with = "crate::dates::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub accepted_at: NaiveDateTime,
    /// When the result is due: 30 minutes of service hours after acceptance.
    #[serde(with = "crate::dates::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub result_by: NaiveDateTime,
    /// The last day to show originals for checking (cl. 22) by Kezek's count,
    /// five working days from the day after sending (queue registration) or
    /// after the referral (admission, added by the evaluation while the
    /// documents are not yet confirmed after the referral); the day to rely on
    /// is `originals_safe_by`.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub originals_by: Option<NaiveDate>,
    /// The last day to show the originals if the day of sending (of receiving
    /// the referral) is counted as the first of the five working days — cl. 22
    /// «сәттен бастап», from the moment (a reading): the day to rely on. Present
    /// with `originals_by`; the same day when the day of sending is not a
    /// working day, otherwise one working day earlier.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub originals_safe_by: Option<NaiveDate>,
    /// cl. 22: the day to rely on (`originals_safe_by`) can no longer be met
    /// at `submitted_at` — it is before that day, or it is that day and the
    /// reception that receives the originals has closed (17:30, Annex 2 p. 7
    /// sub. 1; Kezek's reading): never a day to act by. `false` where no day
    /// is given. Beside the reason `schedule.originals_day_passed` (the day to
    /// rely on is before that day) or `schedule.originals_reception_closed`
    /// (`originals_closed_at`).
    pub originals_day_passed: bool,
    /// When the reception that receives the originals closed (17:30, Annex 2
    /// p. 7 sub. 1; Kezek's reading), where the day said to have passed is
    /// the day of `submitted_at`: the day to rely on, or Kezek's count
    /// (`originals_by`) once that cannot be met either. Beside the reason
    /// `schedule.originals_reception_closed`, whose text says its time
    /// (`$time`, `HH:MM`). Absent otherwise. Its date is `submitted_at`'s,
    /// inside the supported range.
    #[serde(
        skip_serializing_if = "Option::is_none",
        default,
        with = "crate::dates::local_datetime::option"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::LocalDateTime>")
    )]
    pub originals_closed_at: Option<NaiveDateTime>,
    /// The days the place is open.
    pub open_days: OpenDays,
    /// The daily hours in which applications are accepted and results given.
    pub hours: Vec<Window>,
    /// Reason codes.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

impl ServiceTiming {
    /// Until when an application made on the day of `submitted_at` is still
    /// accepted that same day: the end of the day's last window — on the
    /// portal the end of the provider's working day (18:30, 18:00: Annex 2
    /// p. 7 sub. 1, Annex 4 p. 7 sub. 1; Annex 2 p. 7 sub. 3, Annex 4 p. 7
    /// sub. 2: sent «жұмыс уақыты аяқталғаннан кейін», it is
    /// accepted on the next working day; Kezek's reading of working time, see
    /// the module doc), at an office the end of its reception. `None` where an
    /// application made now is accepted only on a later day (after hours, a
    /// day off), or the service is not offered through the channel. Not a
    /// wire field: the screens say "send by" with it.
    pub fn accepted_today_until(&self) -> Option<NaiveDateTime> {
        let today = self.submitted_at.date();
        if !self.available || self.accepted_at.date() != today {
            return None;
        }
        self.hours.last().map(|w| today.and_time(w.to))
    }

    /// cl. 22's originals day of this timing, set against the instant it was
    /// made for ([`OriginalsDay`]); `None` where it gives no day.
    pub fn originals_day(&self) -> Option<OriginalsDay> {
        OriginalsDay::new(self.originals_by, self.originals_safe_by, self.submitted_at)
    }

    /// Sets the wire's `originals_day_passed` and `originals_closed_at` from
    /// [`Self::originals_day`], with their reasons: once the originals' days
    /// are final (queue registration's at once, admission's after the
    /// referral's are added by the evaluation).
    pub(crate) fn settle_originals_day(&mut self) {
        let Some(o) = self.originals_day() else {
            return;
        };
        self.originals_day_passed = o.passed;
        self.originals_closed_at = o.closed_at;
        if o.passed && o.safe < self.submitted_at.date() {
            self.reasons.push(ReasonCode::ScheduleOriginalsDayPassed);
        }
        if o.closed_at.is_some() {
            self.reasons
                .push(ReasonCode::ScheduleOriginalsReceptionClosed);
            // The reception hours that receive the originals (Kezek's reading).
            let hours = Citation::annex(2, 7, Some(1));
            if !self.citations.contains(&hours) {
                self.citations.push(hours);
            }
        }
    }
}

/// cl. 22's originals day set against the instant an evaluation is made for
/// (`submitted_at`), as every screen says it (step 1's timing, step 6's line,
/// the hand-off): the day to rely on, Kezek's count, whether the day to rely
/// on can no longer be met and whether Kezek's count is said beside it as a
/// reading. The evaluation gives both days (`originals_by`,
/// `originals_safe_by`) and, on the wire, `passed` and `closed_at`
/// (`originals_day_passed`, `originals_closed_at`); this sets them against
/// now.
///
/// A day can be met while the originals can still be shown on it: a later
/// day, or today before the reception that receives them closes
/// ([`originals_received_until`]). On the last day after 17:30 the parent is
/// not told to show them "by today" (scenario A8 of the walkthrough: an
/// application sent on the portal then is accepted on the next working day,
/// Annex 4 p. 7 sub. 2, and the originals cannot be shown that day either).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OriginalsDay {
    /// The day to rely on (`originals_safe_by`; Kezek's count where none is
    /// given).
    pub safe: NaiveDate,
    /// Kezek's count (`originals_by`).
    pub count: NaiveDate,
    /// The day to rely on can no longer be met (before today, or today after
    /// the reception has closed): never a day to act by.
    pub passed: bool,
    /// Kezek's count is another day that can still be met: said as a reading.
    pub reading: bool,
    /// The day said to have passed (the day to rely on beside a reading,
    /// otherwise Kezek's count) is today, and the reception that receives
    /// the originals closed for it at this instant: said so, with the time,
    /// rather than "the day has passed".
    pub closed_at: Option<NaiveDateTime>,
}

impl OriginalsDay {
    /// The originals day of `count` (Kezek's) and `safe` (to rely on) at
    /// `now`; `None` where the rules give no day (the service is not offered
    /// through the channel, or admission's documents are already confirmed).
    pub fn new(
        count: Option<NaiveDate>,
        safe: Option<NaiveDate>,
        now: NaiveDateTime,
    ) -> Option<Self> {
        let count = count?;
        let safe = safe.unwrap_or(count);
        let today = now.date();
        let closes = originals_received_until(today);
        let can_meet = |d: NaiveDate| d > today || (d == today && now < closes);
        let passed = !can_meet(safe);
        let reading = safe != count && can_meet(count);
        let named = if reading { safe } else { count };
        Some(OriginalsDay {
            safe,
            count,
            passed,
            reading,
            closed_at: (passed && named == today).then_some(closes),
        })
    }
}

/// cl. 22: until when on `day` the originals can be shown. They are shown in
/// person to the provider that checks them («көрсетілетін қызметті берушіге
/// тексеру үшін … түпнұсқаларын … ұсынуы тиіс»), confirmed «кезекке тұру
/// тәртібімен» (in the order of the live queue) — the education department of
/// cl. 22's chapter, whose applications and results are handled 09:00–17:30
/// (Annex 2 p. 7 sub. 1); the kindergarten's desk ends at the same 17:30
/// (Annex 4 p. 7 sub. 1), so the day does not depend on whose desk it is.
/// Kezek's reading, the safe one: originals are received in those reception
/// hours, not to the end of the working day (18:30, 18:00), and never on the
/// portal, which takes no originals — so not the channel's
/// [`ServiceTiming::accepted_today_until`]. `day` is a working day wherever
/// it is a last day (a count of working days ends on one).
pub fn originals_received_until(day: NaiveDate) -> NaiveDateTime {
    day.and_time(offices::EDUCATION_DEPARTMENT_ORDER_254.reception_end())
}

/// The day an application made on the portal at `timing.submitted_at` is
/// accepted if "working time" (Annex 2 p. 7 sub. 3, Annex 4 p. 7 sub. 2)
/// ends with the provider's reception (17:30, sub. 1), not with its working
/// day as Kezek reads it (R7): the next working day, where the application
/// is accepted today by R7 but sent after the reception. `None` otherwise
/// (another channel, accepted on a later day already, or sent before
/// 17:30: the same day on either reading). The one definition: the
/// checklist's one-month certificates and referral, the refusal, and the
/// app's "send today" lines (`PortalSend`) ask it.
pub fn accepted_on_if_working_time_ends_with_reception(
    timing: &ServiceTiming,
    cal: &Calendar,
) -> Option<NaiveDate> {
    let today = timing.submitted_at.date();
    if timing.channel != Channel::EgovPortal
        || !timing.available
        || timing.accepted_at.date() != today
    {
        return None;
    }
    let reception_end = provider(timing.service).reception_end();
    (timing.submitted_at.time() >= reception_end)
        .then(|| cal.next_working_day_from(today + chrono::Duration::days(1)))
}

/// When an application made on the portal at `timing.submitted_at` is
/// accepted, and its result due, if "working time" ends with the provider's
/// reception ([`accepted_on_if_working_time_ends_with_reception`]): the next
/// working day as the provider's working day starts (09:00), and 30 minutes
/// of the portal's hours after it (Annex 2 p. 3, Annex 4 p. 3) — the other
/// reading beside R7's `accepted_at` and `result_by`
/// (`schedule.portal_after_reception_reading`). `None` where that reading
/// moves nothing.
pub fn result_if_working_time_ends_with_reception(
    timing: &ServiceTiming,
    cal: &Calendar,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let day = accepted_on_if_working_time_ends_with_reception(timing, cal)?;
    let portal = Timetable::portal(provider(timing.service));
    let accepted = portal.receives(day.and_time(chrono::NaiveTime::MIN), cal);
    Some((accepted, portal.after_minutes(accepted, TERM_MINUTES, cal)))
}

/// The provider of `service`: the education department for queue
/// registration (Annex 2 p. 7 sub. 1), the preschool for admission (Annex 4
/// p. 7 sub. 1).
pub fn provider(service: Service) -> &'static Hours {
    match service {
        Service::QueueRegistration => &offices::EDUCATION_DEPARTMENT_ORDER_254,
        Service::Admission => &offices::PRESCHOOL_ORDER_254,
    }
}

fn timetable(service: Service, channel: Channel) -> Option<(Timetable, Vec<Citation>)> {
    let annex = match service {
        Service::QueueRegistration => 2,
        Service::Admission => 4,
    };
    let term = Citation::annex(annex, 3, None);
    // With room for the citations the timing adds (cl. 22, cl. 4 and 31,
    // the reception's hours).
    let citations = |these: &[Citation]| {
        let mut v = Vec::with_capacity(these.len() + 4);
        v.extend_from_slice(these);
        v
    };
    match (service, channel) {
        (_, Channel::ProviderOffice) => Some((
            Timetable::counter(provider(service)),
            citations(&[term, Citation::annex(annex, 7, Some(1))]),
        )),
        (_, Channel::StateCorporation) if !service.offered_through(channel) => None,
        (_, Channel::StateCorporation) => Some((
            Timetable::counter(&offices::STATE_CORPORATION),
            citations(&[term, Citation::annex(2, 7, Some(2))]),
        )),
        (_, Channel::EgovPortal) => Some((
            Timetable::portal(provider(service)),
            citations(&[
                term,
                Citation::annex(annex, 7, Some(1)),
                Citation::annex(annex, 7, Some(if annex == 2 { 3 } else { 2 })),
                Citation::clause(if annex == 2 { 6 } else { 32 }),
            ]),
        )),
    }
}

/// The schedule of `service` at `channel`: open days, hours, citations; `None`
/// when the service is not offered there.
pub fn hours(service: Service, channel: Channel) -> Option<(OpenDays, Vec<Window>, Vec<Citation>)> {
    timetable(service, channel).map(|(t, c)| (t.open_days, t.windows, c))
}

/// The hours the text of `schedule.open_now` names for `service` through
/// `channel` — its Fluent variable `$at`: the reception of the education
/// department (Annex 2 p. 7 sub. 1, `education-department`) or of the
/// kindergarten (Annex 4 p. 7 sub. 1, `preschool`) until 17:30, the State
/// Corporation's day until 20:00 (Annex 2 p. 7 sub. 2,
/// `state-corporation`), and on the portal (Annex 2 p. 7 sub. 3, Annex 4
/// p. 7 sub. 2) the working day of the service's own provider (Annex 2
/// p. 7 sub. 1, `portal`: 18:30; Annex 4 p. 7 sub. 1, `portal-admission`:
/// 18:00) — the place the parent goes
/// to, not both providers' hours. A page that passes no `$at` gets every
/// place's hours.
pub fn open_now_at(service: Service, channel: Channel) -> &'static str {
    match (service, channel) {
        (_, Channel::StateCorporation) => "state-corporation",
        (Service::QueueRegistration, Channel::ProviderOffice) => "education-department",
        (Service::Admission, Channel::ProviderOffice) => "preschool",
        (Service::QueueRegistration, Channel::EgovPortal) => "portal",
        (Service::Admission, Channel::EgovPortal) => "portal-admission",
    }
}

/// The timing of an application made at `at` through `channel`.
pub fn service_timing(
    service: Service,
    channel: Channel,
    at: NaiveDateTime,
    cal: &Calendar,
) -> ServiceTiming {
    let Some((timetable, mut citations)) = timetable(service, channel) else {
        return ServiceTiming {
            service,
            channel,
            available: false,
            submitted_at: at,
            open_now: false,
            accepted_at: at,
            result_by: at,
            originals_by: None,
            originals_safe_by: None,
            originals_day_passed: false,
            originals_closed_at: None,
            open_days: OpenDays::WorkingDays,
            hours: Vec::new(),
            reasons: vec![ReasonCode::ChannelNotAvailable],
            citations: vec![Citation::annex(4, 2, None)],
        };
    };
    let accepted_at = timetable.receives(at, cal);
    let open_now = accepted_at == at;
    let result_by = timetable.after_minutes(accepted_at, TERM_MINUTES, cal);
    // Room for the notes below and the originals' (`settle_originals_day`,
    // the admission's second check).
    let mut reasons = Vec::with_capacity(8);
    reasons.push(if open_now {
        ReasonCode::ScheduleOpenNow
    } else if channel == Channel::EgovPortal && accepted_at.date() > at.date() {
        ReasonCode::ScheduleNextWorkingDay
    } else if channel == Channel::EgovPortal {
        // A working day before 09:00: accepted when it starts, that day.
        ReasonCode::ScheduleAcceptedWhenWorkingDayStarts
    } else {
        ReasonCode::ScheduleClosedNextOpening
    });
    if channel == Channel::EgovPortal {
        // Its own provider's working day: the education department's
        // (Annex 2 p. 7 sub. 1), the kindergarten's at admission (Annex 4).
        reasons.push(match service {
            Service::QueueRegistration => ReasonCode::SchedulePortalWorkingTimeReading,
            Service::Admission => ReasonCode::SchedulePortalWorkingTimeReadingAdmission,
        });
    }
    // Annex 2 p. 7 sub. 2 closes the State Corporation only on holidays
    // (Monday to Saturday): Kezek keeps it closed on a day off moved from a
    // holiday or set by an act too. Where that moves the acceptance, the
    // parent is told it is a reading of the acceptance and the 30 minutes;
    // where the application is received now under both readings and only
    // the rest of the 30 minutes moves, a reading of the result alone. cl.
    // 22's day to rely on (`originals_safe_by`) is the same either way:
    // received on such a day, not a working day, the five days run from the
    // first working day after it, the day Kezek accepts on or the one after
    // a Saturday.
    if channel == Channel::StateCorporation {
        let open = timetable.clone().with_moved_days_off_open();
        let accepted = open.receives(at, cal);
        if accepted != accepted_at {
            reasons.push(ReasonCode::ScheduleStateCorporationMovedDayOffReading);
        } else if open.after_minutes(accepted, TERM_MINUTES, cal) != result_by {
            reasons.push(ReasonCode::ScheduleStateCorporationMovedDayOffResultReading);
        }
    }
    let sent_on = if channel == Channel::EgovPortal {
        at.date()
    } else {
        accepted_at.date()
    };
    let originals_by = (service == Service::QueueRegistration).then(|| {
        citations.push(Citation::clause(22));
        reasons.push(ReasonCode::ScheduleOriginalsWithin5WorkingDays);
        cal.add_working_days(sent_on, ORIGINALS_WORKING_DAYS)
    });
    let originals_safe_by = originals_by.map(|_| originals_safe_by(sent_on, cal));
    if originals_by != originals_safe_by {
        reasons.push(ReasonCode::ScheduleOriginalsFirstDayReading);
    }
    // cl. 22 «Көрсетілетін қызметті беруші ұсынылған құжаттардың дұрыстығын
    // олар ұсынылған сәттен бастап 30 минуттан кешіктірмей, яғни кезекке тұру
    // тәртібімен растауы тиіс»: at the education department the application
    // is handed over in person, so the originals shown with it are confirmed
    // at the same visit and the application registered — Kezek's advice, the
    // safe one (the five working days stay the latest day). Not at the State
    // Corporation, which does not check them, nor on the portal.
    if service == Service::QueueRegistration && channel == Channel::ProviderOffice {
        reasons.push(ReasonCode::ScheduleOriginalsWithApplication);
    }
    let mut timing = ServiceTiming {
        service,
        channel,
        available: true,
        submitted_at: at,
        open_now,
        accepted_at,
        result_by,
        originals_by,
        originals_safe_by,
        originals_day_passed: false,
        originals_closed_at: None,
        open_days: timetable.open_days,
        hours: timetable.windows,
        reasons,
        citations,
    };
    if timing.originals_by.is_some() {
        timing.add_originals_where();
    }
    // Annex 2 p. 7 sub. 1 and 3, Annex 4 p. 7 sub. 1 and 2 (rules45): sent
    // on the portal after the reception (17:30) but within the working day
    // (18:30, 18:00), received today and the result due today by R7 only;
    // read as the reception's hours, accepted on the next working day and
    // the result due from then — the result's time is a reading, said
    // beside it (`result_if_working_time_ends_with_reception`).
    if accepted_on_if_working_time_ends_with_reception(&timing, cal).is_some() {
        timing
            .reasons
            .push(ReasonCode::SchedulePortalAfterReceptionReading);
    }
    timing.settle_originals_day();
    timing
}

impl ServiceTiming {
    /// cl. 22, where the originals go: «…ақпаратты көрсетілетін қызметті
    /// беруші басқа тәртіпті белгілмеген жағдайда … екі рет тексереді», and
    /// the originals are shown «көрсетілетін қызметті берушіге». cl. 22 is in
    /// §1 (queue registration), where that provider is the education
    /// department or, in Astana, Almaty and Shymkent, the city's education
    /// administration (cl. 4); §2 names the kindergarten the provider of
    /// admission only from cl. 31 on. So the second check after a referral is
    /// the department's too — unless it has set another procedure: the
    /// proviso's subject is the provider, in the nominative before
    /// «…белгілмеген жағдайда», so the procedure is the department's own
    /// (every text that gives the proviso says it in the same words:
    /// `cl22_the_proviso_reads_the_same_in_every_text`). Kezek's reading, said wherever a day for
    /// the originals is given
    /// ([`ReasonCode::ScheduleOriginalsWhereReading`]): ask the department
    /// where it checks them and, after a referral, take them to the
    /// kindergarten as well (Annex 4 p. 8's documents go there anyway).
    pub(crate) fn add_originals_where(&mut self) {
        self.reasons.push(ReasonCode::ScheduleOriginalsWhereReading);
        for c in [Citation::clause(4), Citation::clause(31)] {
            if !self.citations.contains(&c) {
                self.citations.push(c);
            }
        }
    }
}

/// Admission (cl. 22): the last day to show the originals of the checked
/// documents at the second check — 5 working days from the day the referral
/// was received (its issue day), counted from the next day.
pub fn admission_originals_by(referral_issued: NaiveDate, cal: &Calendar) -> NaiveDate {
    cal.add_working_days(referral_issued, ORIGINALS_WORKING_DAYS)
}

/// cl. 22 «тіркеуге өтініш жіберген немесе қабылдауға жолдама алған сәттен
/// бастап 5 жұмыс күнінен кешіктірмей»: the last day to show the originals if
/// the day of sending (or of receiving the referral), `sent_on`, is itself the
/// first of the five working days when it is one — a reading, and the day a
/// careful lawyer tells the parent to rely on, since originals brought late
/// leave the application unregistered («Тек құжаттар расталғаннан кейін өтініш
/// кезекте тіркеледі»). One working day before Kezek's count
/// ([`ORIGINALS_WORKING_DAYS`] working days after `sent_on`) when `sent_on` is a
/// working day; the same day otherwise.
pub fn originals_safe_by(sent_on: NaiveDate, cal: &Calendar) -> NaiveDate {
    cal.add_working_days(
        cal.next_working_day_from(sent_on),
        ORIGINALS_WORKING_DAYS - 1,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::at;

    fn timing(s: Service, c: Channel, when: NaiveDateTime) -> ServiceTiming {
        service_timing(s, c, when, Calendar::builtin())
    }

    /// Annex 2 p. 2 and Annex 4 p. 2: a schedule exactly where the service is
    /// offered, so step 1's "not offered here" and the case's
    /// `case.channel_not_available` say the same.
    #[test]
    fn annex2_p2_annex4_p2_a_schedule_only_where_the_service_is_offered() {
        for s in Service::ALL {
            for c in [
                Channel::ProviderOffice,
                Channel::StateCorporation,
                Channel::EgovPortal,
            ] {
                assert_eq!(hours(s, c).is_some(), s.offered_through(c), "{s:?} {c:?}");
            }
        }
        assert!(!Service::Admission.offered_through(Channel::StateCorporation));
        assert!(Service::QueueRegistration.offered_through(Channel::StateCorporation));
    }

    #[test]
    fn annex2_p3_term_is_30_minutes_in_office_hours() {
        let r = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 10, 0),
        );
        assert!(r.open_now);
        assert_eq!(r.result_by, at(2026, 11, 23, 10, 30));
        assert!(r.citations.contains(&Citation::annex(2, 3, None)));
    }

    #[test]
    fn annex2_p7_1_office_lunch_13_to_14_30_pauses_the_term() {
        let r = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 12, 50),
        );
        assert_eq!(r.result_by, at(2026, 11, 23, 14, 50));
        let lunch = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 13, 30),
        );
        assert!(!lunch.open_now);
        assert_eq!(lunch.accepted_at, at(2026, 11, 23, 14, 30));
    }

    #[test]
    fn annex2_p7_1_office_accepts_applications_until_17_30() {
        let r = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 17, 45),
        );
        assert!(!r.open_now);
        assert_eq!(r.accepted_at, at(2026, 11, 24, 9, 0));
        assert_eq!(r.reasons[0], ReasonCode::ScheduleClosedNextOpening);
        // 17:20: ten minutes today, twenty tomorrow morning.
        let late = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 17, 20),
        );
        assert_eq!(late.result_by, at(2026, 11, 24, 9, 20));
    }

    /// Annex 2 p. 7 sub. 1–3, Annex 4 p. 7 (R7): `schedule.open_now` names
    /// the times at which the code stops the 30 minutes — the end of the
    /// reception at the desks (17:30), of the State Corporation's day
    /// (20:00), of the provider's working day on the portal (18:30, 18:00) —
    /// not "when the working day ends" (at the education department at
    /// 17:15 the result is due at 09:15 the next morning, before its
    /// working day ends at 18:30).
    #[test]
    fn annex2_p7_annex4_p7_open_now_names_the_times_the_term_stops_at() {
        let r = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 17, 15),
        );
        assert_eq!(r.reasons[0], ReasonCode::ScheduleOpenNow);
        assert_eq!(r.result_by, at(2026, 11, 24, 9, 15));
        let mut ends: Vec<String> = Service::ALL
            .into_iter()
            .flat_map(|s| Channel::ALL.into_iter().filter_map(move |c| hours(s, c)))
            .filter_map(|(_, w, _)| w.last().map(|w| w.to.format("%H:%M").to_string()))
            .collect();
        ends.sort();
        ends.dedup();
        assert_eq!(ends, ["17:30", "18:00", "18:30", "20:00"]);
        for (lang, not) in [
            ("kk", "жұмыс күні аяқталғанға дейін өтпесе"),
            ("ru", "до конца рабочего дня"),
            ("en", "when the working day ends"),
        ] {
            let text = crate::messages::message_value(
                crate::messages::ftl(lang).unwrap(),
                &ReasonCode::ScheduleOpenNow.key(),
            )
            .unwrap_or_else(|| panic!("{lang}"));
            for e in &ends {
                assert!(text.contains(e.as_str()), "{lang} lacks {e}: {text}");
            }
            assert!(!text.contains(not), "{lang}: {text}");
        }
    }

    #[test]
    fn annex2_p7_2_state_corporation_works_saturday_until_20_00() {
        let sat = timing(
            Service::QueueRegistration,
            Channel::StateCorporation,
            at(2026, 11, 28, 19, 0),
        );
        assert!(sat.open_now);
        assert_eq!(sat.result_by, at(2026, 11, 28, 19, 30));
        let sun = timing(
            Service::QueueRegistration,
            Channel::StateCorporation,
            at(2026, 11, 29, 11, 0),
        );
        assert_eq!(sun.accepted_at, at(2026, 11, 30, 9, 0));
        // Independence Day, Wednesday 16 December 2026: closed.
        let hol = timing(
            Service::QueueRegistration,
            Channel::StateCorporation,
            at(2026, 12, 16, 10, 0),
        );
        assert_eq!(hol.accepted_at, at(2026, 12, 17, 9, 0));
    }

    /// Annex 2 p. 7 sub. 2: «мереке күндерін қоспағанда, … дүйсенбі мен
    /// сенбіні қоса алғанда» — the State Corporation is closed on holidays
    /// (and, Monday to Saturday, on Sundays), not on a day off moved from a
    /// holiday or set by an act of the competent body. Kezek keeps it closed
    /// then (the later acceptance and result) and says it is a reading
    /// wherever that day moves them (audit27 F3, as order 414's
    /// `note-state-corporation-moved-day-off`); the day to rely on for the
    /// originals is the same under either reading.
    #[test]
    fn annex2_p7_2_state_corporation_on_a_moved_day_off_is_a_reading() {
        let reading = ReasonCode::ScheduleStateCorporationMovedDayOffReading;
        let sc = |when| timing(Service::QueueRegistration, Channel::StateCorporation, when);
        // Monday 04.01.2027, a day off moved from Saturday 02.01 (New Year):
        // Kezek accepts on Tuesday 05.01 at 09:00; open, it would be 10:00 that day.
        let moved = sc(at(2027, 1, 4, 10, 0));
        assert_eq!(moved.accepted_at, at(2027, 1, 5, 9, 0));
        assert!(moved.reasons.contains(&reading), "{:?}", moved.reasons);
        assert!(moved.citations.contains(&Citation::annex(2, 7, Some(2))));
        // The day to rely on for the originals: 12.01 either way (received on
        // the Monday, not a working day: 05, 06, 08, 11, 12; 07.01 a holiday).
        assert_eq!(
            moved.originals_safe_by,
            Some(NaiveDate::from_ymd_opt(2027, 1, 12).unwrap())
        );
        // Sunday 03.01.2027 evening: its next opening would be the Monday.
        let sunday = sc(at(2027, 1, 3, 18, 0));
        assert!(sunday.reasons.contains(&reading), "{:?}", sunday.reasons);
        // Friday 03.01.2025, a day off set by an act (the transfer from
        // Sunday 05.01): Kezek accepts on Saturday 04.01.
        let decreed = sc(at(2025, 1, 3, 11, 0));
        assert_eq!(decreed.accepted_at, at(2025, 1, 4, 9, 0));
        assert!(decreed.reasons.contains(&reading), "{:?}", decreed.reasons);
        // After 20:00 on the moved day off it would be closed anyway.
        assert!(!sc(at(2027, 1, 4, 20, 30)).reasons.contains(&reading));
        // A holiday itself (Independence Day, 16.12.2026), a Saturday, a
        // working day, and the portal on the moved day off: no such reading.
        for t in [
            sc(at(2026, 12, 16, 10, 0)),
            sc(at(2026, 11, 28, 19, 45)),
            sc(at(2026, 11, 24, 10, 0)),
            timing(
                Service::QueueRegistration,
                Channel::EgovPortal,
                at(2027, 1, 4, 10, 0),
            ),
        ] {
            assert!(
                !t.reasons.contains(&reading),
                "{} {:?}",
                t.submitted_at,
                t.reasons
            );
        }
        // Said as Kezek's reading, with the question to ask and the 30
        // minutes that day, in the order's words (holidays only).
        for (lang, says) in [
            (
                "kk",
                [
                    "Kezek түсіндірмесі",
                    "сұраңыз",
                    "30 минут сол күні",
                    "тек мереке күндері",
                ],
            ),
            (
                "ru",
                [
                    "Толкование Kezek",
                    "уточните",
                    "30 минут истекают в тот же день",
                    "только в праздники",
                ],
            ),
            (
                "en",
                [
                    "Kezek's reading",
                    "Ask the State Corporation",
                    "30 minutes run that day",
                    "only on holidays",
                ],
            ),
        ] {
            let text =
                crate::messages::message_value(crate::messages::ftl(lang).unwrap(), &reading.key())
                    .unwrap_or_else(|| panic!("{lang}"));
            for s in says {
                assert!(text.contains(s), "{lang} lacks {s}: {text}");
            }
            assert!(!text.contains('ё'), "{lang}: {text}");
        }
    }

    /// Annex 2 p. 7 sub. 2, the same reading when only the result moves: an
    /// application received now (open now under both readings) whose 30
    /// minutes run over into a day off moved from a holiday is told that it
    /// is received now and that only the rest of the 30 minutes runs on the
    /// next opening Kezek counts — not that the acceptance moves
    /// (`schedule.state_corporation_moved_day_off_result_reading`). Where
    /// the acceptance moves (several days off in a row, Nauryz 2026), the
    /// acceptance's reading is said, and only it.
    #[test]
    fn annex2_p7_2_state_corporation_result_moved_by_a_moved_day_off_is_its_own_reading() {
        let acceptance = ReasonCode::ScheduleStateCorporationMovedDayOffReading;
        let result = ReasonCode::ScheduleStateCorporationMovedDayOffResultReading;
        let sc = |when| timing(Service::QueueRegistration, Channel::StateCorporation, when);
        // Saturday 07.03.2026 19:45: received now (Saturday to 20:00); Sunday
        // 08.03 is a holiday, so Monday 09.03 a moved day off: the last 15
        // minutes run on Tuesday 10.03 by Kezek's count, Monday if open.
        let sat = sc(at(2026, 3, 7, 19, 45));
        assert!(sat.open_now);
        assert_eq!(sat.accepted_at, at(2026, 3, 7, 19, 45));
        assert_eq!(sat.result_by, at(2026, 3, 10, 9, 15));
        assert!(sat.reasons.contains(&result), "{:?}", sat.reasons);
        assert!(!sat.reasons.contains(&acceptance), "{:?}", sat.reasons);
        // Friday 20.03.2026 21:00: Nauryz Sat 21 – Mon 23, its weekend days
        // moved to Tuesday 24 and Wednesday 25: Kezek accepts on Thursday
        // 26.03 at 09:00; open on the moved days off, on Tuesday 24.
        let nauryz = sc(at(2026, 3, 20, 21, 0));
        assert_eq!(nauryz.accepted_at, at(2026, 3, 26, 9, 0));
        assert_eq!(nauryz.result_by, at(2026, 3, 26, 9, 30));
        assert!(nauryz.reasons.contains(&acceptance), "{:?}", nauryz.reasons);
        assert!(!nauryz.reasons.contains(&result), "{:?}", nauryz.reasons);
        // Monday 04.01.2027 10:00 (the acceptance moves): the acceptance's reading only.
        let moved = sc(at(2027, 1, 4, 10, 0));
        assert!(!moved.reasons.contains(&result), "{:?}", moved.reasons);
        // Said as Kezek's reading: received now, the rest of the 30 minutes
        // on the next opening Kezek counts, the result maybe that day — ask.
        for (lang, says, not) in [
            (
                "kk",
                ["Kezek түсіндірмесі", "қазір қабылдайды", "сұраңыз"],
                "қабылдауды",
            ),
            (
                "ru",
                ["Толкование Kezek", "заявление сейчас", "уточните"],
                "прием заявления",
            ),
            (
                "en",
                [
                    "Kezek's reading",
                    "receives your application now",
                    "Ask the State Corporation",
                ],
                "counts the acceptance",
            ),
        ] {
            let text =
                crate::messages::message_value(crate::messages::ftl(lang).unwrap(), &result.key())
                    .unwrap_or_else(|| panic!("{lang}"));
            for s in says {
                assert!(text.contains(s), "{lang} lacks {s}: {text}");
            }
            assert!(!text.contains(not), "{lang}: {text}");
            assert!(!text.contains('ё'), "{lang}: {text}");
        }
    }

    #[test]
    fn annex2_p7_3_portal_after_hours_answers_next_working_day() {
        // Friday evening: the result comes on Monday morning.
        let r = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 27, 21, 0),
        );
        assert!(!r.open_now);
        assert_eq!(r.reasons[0], ReasonCode::ScheduleNextWorkingDay);
        assert_eq!(r.accepted_at, at(2026, 11, 30, 9, 0));
        assert_eq!(r.result_by, at(2026, 11, 30, 9, 30));
        assert!(r.citations.contains(&Citation::clause(6)));
    }

    /// Annex 2 p. 7 sub. 3 (Kezek's reading, R7): on a working day before
    /// 09:00 the portal application is accepted when the working day starts,
    /// that day — the card does not say "the next working day" of it.
    /// Annex 2 p. 7 sub. 1 (the education department: 09:00–18:30) and
    /// Annex 4 p. 7 sub. 1 (the kindergarten: 09:00–18:00): the portal's
    /// reading of "after working time" named both days' ends for either
    /// service — a parent registering in the queue read «18:00 в детском
    /// саду» (walk of 05.12.2026), a provider of the other service. Each
    /// service's reading now names its own provider's working day.
    #[test]
    fn annex2_p7_annex4_p7_the_portal_reading_names_the_services_own_working_day() {
        use crate::messages::{ftl, message_value};
        let when = at(2026, 12, 5, 10, 0);
        for (service, own, other, end, not) in [
            (
                Service::QueueRegistration,
                ReasonCode::SchedulePortalWorkingTimeReading,
                ReasonCode::SchedulePortalWorkingTimeReadingAdmission,
                "18:30",
                "18:00",
            ),
            (
                Service::Admission,
                ReasonCode::SchedulePortalWorkingTimeReadingAdmission,
                ReasonCode::SchedulePortalWorkingTimeReading,
                "18:00",
                "18:30",
            ),
        ] {
            let r = timing(service, Channel::EgovPortal, when);
            assert!(r.reasons.contains(&own), "{service:?}: {:?}", r.reasons);
            assert!(!r.reasons.contains(&other), "{service:?}: {:?}", r.reasons);
            for lang in ["kk", "ru", "en"] {
                let text = message_value(ftl(lang).unwrap(), &own.key())
                    .unwrap_or_else(|| panic!("{lang} {own:?}"));
                assert!(text.contains(end) && !text.contains(not), "{lang}: {text}");
            }
        }
    }

    #[test]
    fn annex2_p7_3_portal_before_9_is_accepted_the_same_day_not_the_next() {
        // Wednesday 25.11.2026, a working day, 07:30.
        let r = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 25, 7, 30),
        );
        assert!(!r.open_now);
        assert_eq!(r.accepted_at, at(2026, 11, 25, 9, 0));
        assert_eq!(r.result_by, at(2026, 11, 25, 9, 30));
        assert_eq!(
            r.reasons[0],
            ReasonCode::ScheduleAcceptedWhenWorkingDayStarts
        );
        assert!(r
            .reasons
            .contains(&ReasonCode::SchedulePortalWorkingTimeReading));
        // Admission: the kindergarten's working day starts at 09:00 too.
        let adm = timing(
            Service::Admission,
            Channel::EgovPortal,
            at(2026, 11, 25, 7, 30),
        );
        assert_eq!(adm.accepted_at, at(2026, 11, 25, 9, 0));
        assert_eq!(
            adm.reasons[0],
            ReasonCode::ScheduleAcceptedWhenWorkingDayStarts
        );
        // Before 09:00 on a Saturday: the next working day, Monday.
        let sat = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 28, 7, 30),
        );
        assert_eq!(sat.accepted_at, at(2026, 11, 30, 9, 0));
        assert_eq!(sat.reasons[0], ReasonCode::ScheduleNextWorkingDay);
        // The text says today, not the next working day.
        for (lang, says, not) in [
            ("kk", "бүгін", "келесі жұмыс күні қабылдайды"),
            ("ru", "сегодня", "на следующий рабочий день"),
            ("en", "today", "next working day"),
        ] {
            let text = crate::messages::message_value(
                crate::messages::ftl(lang).unwrap(),
                &r.reasons[0].key(),
            )
            .unwrap_or_else(|| panic!("{lang}"));
            assert!(text.contains(says), "{lang}: {text}");
            assert!(text.contains("09:00"), "{lang}: {text}");
            assert!(!text.contains(not), "{lang}: {text}");
        }
    }

    #[test]
    fn annex4_p7_preschool_lunch_is_13_to_14() {
        let r = timing(
            Service::Admission,
            Channel::ProviderOffice,
            at(2026, 11, 23, 13, 10),
        );
        assert_eq!(r.accepted_at, at(2026, 11, 23, 14, 0));
        assert_eq!(r.result_by, at(2026, 11, 23, 14, 30));
        assert_eq!(r.originals_by, None);
    }

    #[test]
    fn annex4_p2_admission_is_not_offered_at_the_state_corporation() {
        let r = timing(
            Service::Admission,
            Channel::StateCorporation,
            at(2026, 11, 23, 10, 0),
        );
        assert!(!r.available);
        assert_eq!(r.reasons, vec![ReasonCode::ChannelNotAvailable]);
    }

    #[test]
    fn cl22_originals_within_5_working_days_of_sending() {
        // Sent Friday 11 December 2026; 16 December is a holiday.
        let r = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 12, 11, 10, 0),
        );
        assert_eq!(r.originals_by, NaiveDate::from_ymd_opt(2026, 12, 21));
        assert!(r.citations.contains(&Citation::clause(22)));
    }

    #[test]
    fn cl22_at_the_education_department_the_originals_come_with_the_application() {
        // Handed over in person at the education department (Mon 23.11.2026
        // 10:00): the originals are checked within 30 minutes of being shown,
        // so they are brought with the application.
        let office = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 10, 0),
        );
        assert!(
            office
                .reasons
                .contains(&ReasonCode::ScheduleOriginalsWithApplication),
            "{:?}",
            office.reasons
        );
        assert!(office.citations.contains(&Citation::clause(22)));
        // Nowhere else: the portal and the State Corporation do not check
        // the originals at the hand-over; admission's are due after the
        // referral.
        for (s, c) in [
            (Service::QueueRegistration, Channel::EgovPortal),
            (Service::QueueRegistration, Channel::StateCorporation),
            (Service::Admission, Channel::ProviderOffice),
            (Service::Admission, Channel::EgovPortal),
        ] {
            let t = timing(s, c, at(2026, 11, 23, 10, 0));
            assert!(
                !t.reasons
                    .contains(&ReasonCode::ScheduleOriginalsWithApplication),
                "{s:?} {c:?}"
            );
        }
    }

    #[test]
    fn cl22_originals_due_five_working_days_from_sending() {
        // Sent on the portal on Independence Day, Wed 16.12.2026 at 22:10: the
        // five working days are 17, 18, 21, 22, 23 December — not counted from
        // the acceptance on Thursday 17th.
        let r = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 12, 16, 22, 10),
        );
        assert_eq!(r.accepted_at, at(2026, 12, 17, 9, 0));
        assert_eq!(r.originals_by, NaiveDate::from_ymd_opt(2026, 12, 23));
        // Sent on Saturday 28.11.2026: Mon 30.11 .. Fri 04.12.
        let sat = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 28, 11, 0),
        );
        assert_eq!(sat.originals_by, NaiveDate::from_ymd_opt(2026, 12, 4));
    }

    #[test]
    fn cl22_admission_originals_five_working_days_from_the_referral() {
        // Referral received Friday 11.12.2026; 16.12 is a holiday:
        // 14, 15, 17, 18, 21 December.
        assert_eq!(
            admission_originals_by(
                NaiveDate::from_ymd_opt(2026, 12, 11).unwrap(),
                Calendar::builtin()
            ),
            NaiveDate::from_ymd_opt(2026, 12, 21).unwrap()
        );
    }

    #[test]
    fn cl22_originals_safe_day_counts_the_day_of_sending_as_the_first() {
        let cal = Calendar::builtin();
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day).unwrap();
        // Fri 11.12.2026 (16.12 a holiday): 11, 14, 15, 17, 18 December.
        assert_eq!(originals_safe_by(d(12, 11), cal), d(12, 18));
        // Sat 28.11: not a working day, the first is Mon 30.11 — Fri 04.12,
        // as Kezek's count.
        assert_eq!(originals_safe_by(d(11, 28), cal), d(12, 4));
        assert_eq!(cal.add_working_days(d(11, 28), 5), d(12, 4));
    }

    #[test]
    fn annex2_p7_3_portal_working_time_ends_18_30_and_lunch_is_not_after_hours() {
        // 13:40, the office's lunch break: the portal application is received today.
        let lunch = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 24, 13, 40),
        );
        assert!(lunch.open_now);
        assert_eq!(lunch.result_by, at(2026, 11, 24, 14, 10));
        // 18:00, after the reception window but inside the working day (to 18:30).
        let evening = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 24, 18, 0),
        );
        assert!(evening.open_now);
        assert!(evening
            .reasons
            .contains(&ReasonCode::SchedulePortalWorkingTimeReading));
        // 18:40: after working time, the next working day.
        let late = timing(
            Service::QueueRegistration,
            Channel::EgovPortal,
            at(2026, 11, 24, 18, 40),
        );
        assert_eq!(late.accepted_at, at(2026, 11, 25, 9, 0));
        // Admission on the portal: the preschool's working day ends at 18:00.
        let adm = timing(
            Service::Admission,
            Channel::EgovPortal,
            at(2026, 11, 24, 18, 10),
        );
        assert!(!adm.open_now);
    }

    /// Annex 4 p. 7 sub. 2: an application sent on the portal after the
    /// kindergarten's working time (to 18:00, Annex 4 p. 7 sub. 1) is accepted
    /// on the next working day — so on a working day it is accepted the same
    /// day only if sent by 18:00; at the kindergarten's desk, by 17:30 (its
    /// reception). After that, on a day off or a holiday, not the same day.
    #[test]
    fn annex4_p7_2_portal_accepts_an_application_the_same_day_until_the_working_day_ends() {
        let until = |c, when| timing(Service::Admission, c, when).accepted_today_until();
        let portal = Channel::EgovPortal;
        assert_eq!(
            until(portal, at(2026, 12, 18, 10, 0)),
            Some(at(2026, 12, 18, 18, 0))
        );
        // Lunch is not after working time.
        assert_eq!(
            until(portal, at(2026, 12, 18, 13, 30)),
            Some(at(2026, 12, 18, 18, 0))
        );
        // Before 09:00: accepted at 09:00 that day.
        assert_eq!(
            until(portal, at(2026, 12, 18, 7, 0)),
            Some(at(2026, 12, 18, 18, 0))
        );
        assert_eq!(until(portal, at(2026, 12, 18, 18, 40)), None);
        // Independence Day, Wed 16.12.2026, and a Saturday.
        assert_eq!(until(portal, at(2026, 12, 16, 10, 0)), None);
        assert_eq!(until(portal, at(2026, 12, 19, 10, 0)), None);
        assert_eq!(
            until(Channel::ProviderOffice, at(2026, 12, 18, 10, 0)),
            Some(at(2026, 12, 18, 17, 30))
        );
        // Queue registration on the portal: the education department's day, to 18:30.
        assert_eq!(
            timing(Service::QueueRegistration, portal, at(2026, 12, 18, 18, 10))
                .accepted_today_until(),
            Some(at(2026, 12, 18, 18, 30))
        );
        assert_eq!(
            until(Channel::StateCorporation, at(2026, 12, 18, 10, 0)),
            None
        );
    }

    /// cl. 22's originals day against today (moved from the app with its
    /// test: the screens only choose their words).
    #[test]
    fn cl22_originals_day_against_today() {
        let d = |m, day| NaiveDate::from_ymd_opt(2026, m, day);
        let noon = |m, day| at(2026, m, day, 12, 0);
        // Safe 26.11, Kezek's count 27.11: both to come, the count a reading.
        let o = OriginalsDay::new(d(11, 27), d(11, 26), noon(11, 23)).unwrap();
        assert_eq!(
            (Some(o.safe), Some(o.count), o.passed, o.reading),
            (d(11, 26), d(11, 27), false, true)
        );
        // The safe day gone by, the count today: passed, the count a reading.
        let o = OriginalsDay::new(d(11, 27), d(11, 26), noon(11, 27)).unwrap();
        assert_eq!((o.passed, o.reading), (true, true));
        // Both gone by: passed, no reading.
        let o = OriginalsDay::new(d(11, 27), d(11, 26), noon(11, 30)).unwrap();
        assert_eq!((o.passed, o.reading), (true, false));
        // The same day (sent on a day off), or no safe day given: no reading.
        let o = OriginalsDay::new(d(12, 4), d(12, 4), noon(11, 28)).unwrap();
        assert_eq!((o.passed, o.reading), (false, false));
        let o = OriginalsDay::new(d(12, 4), None, noon(12, 4)).unwrap();
        assert_eq!(
            (Some(o.safe), o.passed, o.reading),
            (d(12, 4), false, false)
        );
        assert_eq!(OriginalsDay::new(None, d(12, 4), noon(12, 1)), None);
    }

    /// cl. 22: the originals are received in the reception hours, to 17:30
    /// at the education department (Annex 2 p. 7 sub. 1) and at the
    /// kindergarten's desk alike (Annex 4 p. 7 sub. 1): whose desk they are
    /// shown at does not move the day.
    #[test]
    fn cl22_originals_received_until_the_reception_ends_at_either_desk() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 18).unwrap();
        assert_eq!(originals_received_until(day), at(2026, 12, 18, 17, 30));
        for s in Service::ALL {
            let desk = Timetable::counter(provider(s));
            assert_eq!(
                desk.windows.last().map(|w| day.and_time(w.to)),
                Some(originals_received_until(day)),
                "{s:?}"
            );
        }
    }

    #[test]
    fn hours_serialise_as_hh_mm() {
        let r = timing(
            Service::QueueRegistration,
            Channel::ProviderOffice,
            at(2026, 11, 23, 10, 0),
        );
        let j = serde_json::to_value(&r).unwrap();
        assert_eq!(j["hours"][1]["from"], "14:30");
        assert_eq!(j["result_by"], "2026-11-23T10:30:00");
    }
}
