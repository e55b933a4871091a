//! Evaluating one service for a family: eligibility, checklist, refusal
//! risks and the due date («нәтиже беру мерзімі»), each cited.

use super::*;
use crate::common::offices::{self, Timetable};

/// The catalogue's service `code`, or `None` when the catalogue has no such
/// service (`entry_or_err` makes that the `catalogue.unknown_service` error).
pub fn entry(code: &str) -> Option<&'static CatalogueEntry> {
    catalogue().iter().find(|e| e.code == code)
}

/// `id` is the id of a line of some service's requirement list
/// (`birth_certificate`, `status_tsa`…): what `documents_held` may name.
pub fn is_document_id(id: &str) -> bool {
    catalogue()
        .iter()
        .flat_map(|e| e.documents)
        .flat_map(|l| l.items)
        .any(|i| i.id == id)
}

pub(crate) fn entry_or_err(code: &str) -> Result<&'static CatalogueEntry, CatalogueError> {
    entry(code).ok_or_else(|| CatalogueError::UnknownService(code.to_owned()))
}

/// The catalogue's services in the order of order 414's annexes, named once
/// for both [`catalogue`] and [`service_links`].
macro_rules! services_in_annex_order {
    ($($service:ident),* $(,)?) => {
        /// The whole catalogue, in the order of order 414's annexes.
        pub fn catalogue() -> &'static [CatalogueEntry] {
            static ALL: [CatalogueEntry; [$(stringify!($service)),*].len()] = [$($service::ENTRY),*];
            &ALL
        }

        /// The catalogue as the app's first screen links to it, in the same
        /// order: made from each entry at compile time, so that a module which
        /// only lists the services (the first screen's own, issue 19) does
        /// not carry their requirement lists.
        pub fn service_links() -> &'static [ServiceLink] {
            static ALL: [ServiceLink; [$(stringify!($service)),*].len()] =
                [$(ServiceLink::of(&$service::ENTRY)),*];
            &ALL
        }
    };
}

services_in_annex_order![
    adoption_agency_accreditation,
    adoption_registration,
    guardianship_certificate,
    minors_property,
    guardianship,
    foster_family,
    parental_meeting,
    school_transport,
    school_meals,
    camps,
    child_opinion,
];

/// The first screen's link to service `code`, if the catalogue has it.
pub fn service_link(code: &str) -> Option<&'static ServiceLink> {
    service_links().iter().find(|l| l.code == code)
}

/// The term that applies to a channel (and sub-type).
pub fn term(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
) -> Result<&'static TermRule, CatalogueError> {
    let e = entry_or_err(code)?;
    check_channel(e, channel)?;
    e.terms
        .iter()
        .find(|t| {
            (t.channels.is_empty() || t.channels.contains(&channel))
                && (t.variant.is_none() || t.variant == variant)
        })
        .ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })
}

fn check_channel(e: &CatalogueEntry, channel: ServiceChannel) -> Result<(), CatalogueError> {
    if e.channels.contains(&channel) {
        Ok(())
    } else {
        Err(CatalogueError::ChannelNotOffered {
            code: e.code.to_owned(),
            channel,
        })
    }
}

/// When the result is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Due {
    /// The instant the application counts as accepted.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub accepted: NaiveDateTime,
    /// The latest instant the result is due.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub due: NaiveDateTime,
    /// The term applied.
    pub term: Term,
    /// Row 3 (term) and row 7 (schedule) of the annex, then the rules'
    /// clause on the preliminary refusal notice where there is one.
    pub citations: Vec<Citation>,
    /// The last day a preliminary refusal notice can come, if the provider
    /// finds a ground to refuse: 3 working days before the term ends (each
    /// amended rules' clause). A hearing follows, then the result.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub preliminary_refusal_by: Option<NaiveDate>,
    /// A reading note on the day of acceptance, shown when the due date
    /// rests on it: `note-state-corporation-saturday`, documents handed to
    /// the State Corporation on a Saturday (not a working day) are taken as
    /// accepted that day and the working days counted from the next working
    /// day; accepted on the next working day instead, the result would be
    /// due one working day later; or `note-portal-before-opening`, a portal
    /// application sent on a working day before 09:00 is taken as accepted
    /// at 09:00 that day (not on the next working day), or
    /// `note-portal-before-opening-first-day`, the same whose text also says
    /// the next-day count below (where there is an earlier date); or `note-state-corporation-moved-day-off`,
    /// documents brought to the State Corporation on a day off moved from a
    /// holiday or set by an act of
    /// the competent body (not a Sunday, not a holiday: the text does
    /// not close it then) are taken as received on the next working day
    /// (`note-state-corporation-moved-day-off-saturday` when the next day is a
    /// Saturday, accepted then); or
    /// `note-term-first-day-reading`, the days of row 3's «тапсырған сәттен
    /// бастап» are counted from the day after acceptance, or
    /// `note-term-first-day-unstated`, the same where row 3 does not say from
    /// which day the term runs; or
    /// `note-minutes-paused-at-closing`, a term in minutes is paused at the
    /// close. Absent = none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<LineNote>,
    /// The due instant under the other reading the note marks, where it is
    /// earlier than `due`: the day of acceptance counted as the first day of
    /// the term (`note-term-first-day-reading`, `-unstated`,
    /// `note-portal-before-opening-first-day`),
    /// the State Corporation receiving on a moved day off (the same day), or
    /// the minutes counted straight on (`note-minutes-paused-at-closing`).
    /// Absent = no earlier reading.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::LocalDateTime>")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earlier_due: Option<NaiveDateTime>,
    /// The last day of the preliminary refusal notice under that reading: 3
    /// working days before `earlier_due` (the rules' «мерзімі аяқталғанға
    /// дейін 3 (үш) жұмыс күнінен кешіктірмей»), where it is earlier than
    /// `preliminary_refusal_by` and not before the day of acceptance (Annex
    /// 5's 3 working days: under that reading the three days do not fit into
    /// the term). Absent = none.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(skip_serializing_if = "Option::is_none")]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub earlier_preliminary_refusal_by: Option<NaiveDate>,
    /// The steps of the provider's procedure that the service's rules state
    /// with a term of their own, in their order: Annex 20's rules cl. 6 (the
    /// decision «кәмелетке толмаған адаммен (балалармен) әңгімелесу
    /// өткізгеннен кейін 4 (төрт) жұмыс күні ішінде»). They move no date
    /// above. Absent = none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub steps: Vec<ProcedureStep>,
}

/// The note on a due date counted from a Saturday at the State Corporation
/// (row 7 item 2 opens it «дүйсенбі мен сенбіні қоса алғанда»; only the
/// portal's item moves an application on a day off to «келесі жұмыс
/// күні»): Kezek's reading, see [`Due::note`].
pub const NOTE_STATE_CORPORATION_SATURDAY: &str = "note-state-corporation-saturday";

/// The note beside `not-kazakhstan-citizen-resident` (Annex 3): the scope
/// is read from the title of the rules of order No. 407, not from the
/// requirement list (a reading).
pub const NOTE_RULES_407_TITLE_SCOPE: &str = "note-rules-407-title-scope";

/// The note beside `ward-housing-transaction` (Annex 5 row 9 item 5) when
/// it holds through another child under fourteen only: the other children
/// are taken to share the child's orphan or no-care status (a reading).
pub const NOTE_WARD_STATUS_SHARED: &str = "note-ward-status-shared";

/// The note beside `noncompliant-decree-64` (Annex 17 row 9 item 2) for a
/// pupil of a non-state school: decree No. 64 is known by the title the row
/// quotes, which names pupils of state education institutions; that it
/// leaves the pupil out is a reading.
pub const NOTE_DECREE_64_TITLE_STATE_SCHOOLS: &str = "note-decree-64-title-state-schools";

/// The note beside `child-of-full-age` where the text calls the child of
/// the service a minor in passing — where to apply (Annex 6, row 7 item 2:
/// «… кәмелетке толмаған баланың тіркелген жері бойынша»), the
/// interview (Annex 20's rules cl. 6: «кәмелетке толмаған адаммен
/// (балалармен) әңгімелесу») — and states no upper age: that the service is
/// for minors only is a reading (the safe one for the parent), and full age
/// is taken at eighteen.
pub const NOTE_CHILD_CALLED_MINOR: &str = "note-child-called-minor";

/// The code of the scope rule «the child is a minor» (a reason, or a
/// caution at school transport): `refusal-` / `caution-child-of-full-age`.
pub const CHILD_OF_FULL_AGE: &str = "child-of-full-age";

/// The code of the scope rule «the child is a minor» where the service
/// itself is about a minor's property (Annex 5 row 5 «Кәмелетке толмаған
/// балалардың мүлкіне иелік ету үшін анықтама»): its own words,
/// `refusal-child-of-full-age-minors-property` — the certificate is given
/// only for disposing of a minor's property — not those shared with
/// Annexes 6 and 20, which call the child a minor in passing.
pub const CHILD_OF_FULL_AGE_MINORS_PROPERTY: &str = "child-of-full-age-minors-property";

/// The note beside the caution `child-of-full-age` (Annex 15, row 7 item
/// 2: «… тасымалдауды қажет ететін кәмелетке толмаған баланы»): the text
/// calls the pupil a minor only to say where to apply and states no upper
/// age; Kezek does not read it as excluding a pupil of eighteen or older,
/// but the provider may: ask before applying ([`ScopeEffect::Cautions`]).
pub const NOTE_CHILD_CALLED_MINOR_CAUTION: &str = "note-child-called-minor-caution";

/// The note on the due date of a portal application sent on a working day
/// before the provider opens (00:00–09:00): taken as accepted at 09:00 that
/// day, while row 7's «жұмыс уақыты аяқталғаннан кейін … келесі жұмыс
/// күнімен» could be counted from the day it was sent (a reading; order
/// 254's schedule reads the same and says so in
/// `reason-schedule-portal-working-time-reading`).
pub const NOTE_PORTAL_BEFORE_OPENING: &str = "note-portal-before-opening";

/// The same note where the term's days also give an earlier date
/// ([`Due::earlier_due`]): its text adds the next-day count
/// ([`NOTE_TERM_FIRST_DAY_READING`]) — one working day earlier.
pub const NOTE_PORTAL_BEFORE_OPENING_FIRST_DAY: &str = "note-portal-before-opening-first-day";

/// The note on a due date in working (or calendar) days counted from the
/// day after acceptance: row 3 says «құжаттарды тапсырған сәттен бастап»
/// (from the moment of submission); counted with the day of acceptance as
/// the first, the result is due one working day earlier
/// ([`Due::earlier_due`]). A reading; order 254 marks the same words in
/// cl. 22 (`reason-schedule-originals-first-day-reading`).
pub const NOTE_TERM_FIRST_DAY_READING: &str = "note-term-first-day-reading";

/// The same note where row 3 gives the bare term and does not say from
/// which day it runs (Annex 3 «10 (он) жұмыс күні», Annex 5 «3 (үш) жұмыс
/// күні», [`TermRule::from_submission`]): Kezek counts from the day after
/// acceptance; counted from the day of acceptance, one working day earlier
/// ([`Due::earlier_due`]). A reading.
pub const NOTE_TERM_FIRST_DAY_UNSTATED: &str = "note-term-first-day-unstated";

/// The note on a due date at the State Corporation when the documents are
/// brought on a day off moved from a holiday or set by decree, not a Sunday:
/// row 7 item 2 closes it only «жексенбі және мереке күндерін қоспағанда»;
/// Kezek keeps it closed that day (the later due date) — a reading; received
/// that day, the result is due one working day earlier ([`Due::earlier_due`]).
pub const NOTE_STATE_CORPORATION_MOVED_DAY_OFF: &str = "note-state-corporation-moved-day-off";

/// The same day off when the next day is a Saturday (Friday 03.01.2025):
/// Kezek takes the documents as accepted on the Saturday, a reading of its
/// own ([`NOTE_STATE_CORPORATION_SATURDAY`]); received on the Friday, the
/// working days run from the same next working day — no earlier date.
pub const NOTE_STATE_CORPORATION_MOVED_DAY_OFF_SATURDAY: &str =
    "note-state-corporation-moved-day-off-saturday";

/// The note on a due date in minutes that runs past the close: row 3 gives
/// «30 (отыз) минут» and row 7 moves to the next working day only an
/// application made after working time; Kezek pauses the minutes at the
/// close — a reading; counted straight on, the result is due at
/// [`Due::earlier_due`].
pub const NOTE_MINUTES_PAUSED_AT_CLOSING: &str = "note-minutes-paused-at-closing";

/// The note beside the proof that one parent does not care for the child
/// (Annex 5 row 8 item 3) when the fact is recorded with the civil registry:
/// the item's closing «(АХАЖ АЖ-да мәліметтер болмаған жағдайда)» may spare
/// the whole list of proofs or only the last one it follows; the proof is
/// kept on the list (a reading).
pub const NOTE_CIVIL_REGISTRY_PROOF_READING: &str = "note-civil-registry-proof-reading";

/// The days and hours in which `channel` receives applications (row 7): the
/// State Corporation's (item 2), the portal's (around the clock, accepted
/// in the provider's working time), or the provider's — its office or the
/// education organisation (item 1).
fn timetable(channel: ServiceChannel) -> Timetable {
    let provider = &offices::PROVIDER_ORDER_414;
    if channel == ServiceChannel::STATE_CORPORATION {
        Timetable::counter(&offices::STATE_CORPORATION)
    } else if channel == ServiceChannel::PORTAL {
        Timetable::portal(provider)
    } else {
        Timetable::counter(provider)
    }
}

/// The days and hours in which a counter — the provider's office, the
/// education organisation, the State Corporation — receives the documents
/// of service `code` (row 7 item 1 or 2, the citation), for the hand-off to
/// say when to go; `None` on the portal, which is open around the clock.
pub fn counter_hours(
    code: &str,
    channel: ServiceChannel,
) -> Result<Option<(Timetable, Citation)>, CatalogueError> {
    let e = entry_or_err(code)?;
    Ok((channel != ServiceChannel::PORTAL).then(|| (timetable(channel), cite(e.annex, 7, None))))
}

/// When the result of `code` applied for through `channel` at `submitted` is
/// due, on the working-day calendar, counted in the hours of row 7 as
/// declared once in [`crate::common::offices`] — the same hours and the
/// same counting as the preschool schedule of order 254.
///
/// Row 7 (the schedule): the provider (its office, or the education
/// organisation) receives Monday to Friday 09:00–18:30 with lunch
/// 13:00–14:30 (item 1, [`offices::PROVIDER_ORDER_414`]); the State
/// Corporation Monday to Saturday 09:00–20:00 without lunch, except Sundays
/// and holidays (item 2, [`offices::STATE_CORPORATION`]); the portal around
/// the clock, but «жұмыс уақыты аяқталғаннан кейін, демалыс және мереке
/// күндері жүгінген жағдайда өтінішті қабылдау және мемлекеттік қызмет
/// көрсету нәтижесін беру келесі жұмыс күнімен жүзеге асырылады» (item 2 or
/// 3, [`Timetable::portal`]). An application made while its place is closed
/// is accepted at the next opening; documents handed to the State
/// Corporation on a Saturday are received then, and the working days are
/// counted from Monday — a reading (the text moves an application on a day
/// off to «келесі жұмыс күні» for the portal only), so the due date then
/// carries [`NOTE_STATE_CORPORATION_SATURDAY`] ([`Due::note`]).
///
/// Row 3 counts «құжаттарды тапсырған сәттен бастап» — from the moment of
/// submission: N working days end at the close (18:30) of the N-th working
/// day after the day of acceptance (the day of acceptance itself is not
/// counted, as civil-law terms run from the next day under the Civil Code's
/// rules on terms — not in law/, so no article is cited —
/// a reading the due date says, [`NOTE_TERM_FIRST_DAY_READING`]).
/// Calendar days: N days later, and a day off at the end moves to the next
/// working day's close. Minutes (the automated certificate): counted in the
/// place's hours, so a portal application at 18:20 is answered by 09:20 of
/// the next working day, as order 254's 30 minutes are counted — a reading
/// the due date says ([`NOTE_MINUTES_PAUSED_AT_CLOSING`]). The State
/// Corporation is closed on a day off moved from a holiday or set by decree
/// (a reading, [`NOTE_STATE_CORPORATION_MOVED_DAY_OFF`]). Each of these keeps
/// the later date and gives the earlier one in [`Due::earlier_due`].
pub fn result_due(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    submitted: NaiveDateTime,
    cal: &Calendar,
) -> Result<Due, CatalogueError> {
    let e = entry_or_err(code)?;
    let rule = term(code, channel, variant)?;
    // The longest term is a few months; the calendar's day-by-day steps must
    // stay inside chrono's date range (an absurd year is an input error).
    submitted
        .date()
        .checked_add_days(chrono::Days::new(800))
        .ok_or_else(|| CatalogueError::OutOfRange {
            field: "as_of".to_owned(),
        })?;
    let provider = &offices::PROVIDER_ORDER_414;
    let hours = timetable(channel);
    let accepted = hours.receives(submitted, cal);
    // `first`: the day of acceptance counted as day 1 of a term in days —
    // the other reading of «тапсырған сәттен бастап» (it only moves a term
    // begun on a working day).
    let in_days = |first: bool| match rule.term {
        Term::Minutes(n) => hours.after_minutes(accepted, i64::from(n), cal),
        Term::WorkingDays(n) => {
            let n = u32::from(n) - u32::from(first && n > 0);
            provider.close_on(cal.add_working_days(accepted.date(), n))
        }
        Term::CalendarDays(n) => {
            let n = u64::from(n) - u64::from(first && n > 0);
            provider.close_on(cal.next_working_day_from(accepted.date() + chrono::Days::new(n)))
        }
    };
    let due = in_days(false);
    let first_day_counted =
        Some(in_days(true)).filter(|e| *e < due && cal.is_working_day(accepted.date()));
    // The minutes counted straight on, not paused at the close.
    let straight = match rule.term {
        Term::Minutes(n) => Some(accepted + Duration::minutes(i64::from(n))).filter(|s| *s < due),
        _ => None,
    };
    let mut citations = vec![rule.citation, cite(e.annex, 7, None)];
    citations.extend(rule.preliminary_refusal);
    let preliminary_refusal_by = rule
        .preliminary_refusal
        .map(|_| working_days_before(cal, due.date(), 3));
    // Accepted on a day that is not a working day (the State Corporation's
    // Saturday): a term in working days rests on the reading that the day
    // counts as the day of acceptance ("one working day later" otherwise;
    // for calendar days or minutes the difference is not that, and no State
    // Corporation term is counted so today).
    let saturday =
        matches!(rule.term, Term::WorkingDays(_)) && !cal.is_working_day(accepted.date());
    // Sent on the portal on a working day before the provider opens: taken
    // as accepted at the opening that day; "after working time … the next
    // working day" could also be counted from the day it was sent.
    let before_opening = channel == ServiceChannel::PORTAL
        && accepted.date() == submitted.date()
        && accepted > submitted;
    // Brought to the State Corporation on a day off that is neither a
    // Sunday nor a holiday (a holiday moved to a weekday, a decreed day off)
    // while its hours run: the text does not close it («жексенбі және мереке
    // күндерін қоспағанда»); Kezek does, and says so. Received that day (not
    // a working day, like a Saturday), the term's days would run from the
    // next working day — the day Kezek accepts it on — so the earlier date
    // is the first-day count's. The same reading as order 254's
    // (`Timetable::with_moved_days_off_open`): open on such days, the State
    // Corporation would receive the documents the day they are brought.
    // Only that day: brought on a Sunday or after hours before a moved day
    // off (Sunday 03.01.2027 18:00, Monday 04.01 moved), the note's text —
    // «the day you bring the documents is a day off moved…» — would not be
    // true, and the first-day note gives the same earlier date (a known
    // divergence from order 254, which says the reading there:
    // `ann15_row7_item2_the_day_before_a_moved_day_off_keeps_the_first_day_note`).
    let moved_day_off = channel == ServiceChannel::STATE_CORPORATION
        && matches!(rule.term, Term::WorkingDays(_))
        && {
            let open = hours
                .clone()
                .with_moved_days_off_open()
                .receives(submitted, cal);
            open != accepted && open.date() == submitted.date()
        };
    // One note: a reading of the day of acceptance (row 7) first, its text
    // saying the next-day count too; else a reading of the term (row 3).
    let row7 = cite(e.annex, 7, None);
    let (note, earlier_due) = if moved_day_off && saturday {
        // Brought on the moved day off before a Saturday: the parent reads
        // about the day they came; accepted on the Saturday, no earlier date.
        (
            Some((NOTE_STATE_CORPORATION_MOVED_DAY_OFF_SATURDAY, row7)),
            None,
        )
    } else if saturday {
        (Some((NOTE_STATE_CORPORATION_SATURDAY, row7)), None)
    } else if moved_day_off {
        (
            Some((NOTE_STATE_CORPORATION_MOVED_DAY_OFF, row7)),
            first_day_counted,
        )
    } else if before_opening {
        // Its text says the next-day count only where there is an earlier
        // date (not for Annex 4's 30 minutes).
        let key = if first_day_counted.is_some() {
            NOTE_PORTAL_BEFORE_OPENING_FIRST_DAY
        } else {
            NOTE_PORTAL_BEFORE_OPENING
        };
        (Some((key, row7)), first_day_counted)
    } else if first_day_counted.is_some() {
        let key = if rule.from_submission {
            NOTE_TERM_FIRST_DAY_READING
        } else {
            NOTE_TERM_FIRST_DAY_UNSTATED
        };
        (Some((key, rule.citation)), first_day_counted)
    } else if straight.is_some() {
        (
            Some((NOTE_MINUTES_PAUSED_AT_CLOSING, rule.citation)),
            straight,
        )
    } else {
        (None, None)
    };
    let note = note.map(|(key, citation)| LineNote {
        key,
        citation,
        depends_on: Vec::new(),
    });
    let earlier_preliminary_refusal_by = rule
        .preliminary_refusal
        .and(earlier_due)
        .map(|d| working_days_before(cal, d.date(), 3))
        .filter(|d| preliminary_refusal_by.is_some_and(|p| *d < p))
        // Before the day of acceptance (Annex 5's 3 working days counted
        // from that day: three working days before its end fall before the
        // application): the rules' three days do not fit into the term under
        // that reading, and no notice can be due before the application it
        // answers: none.
        .filter(|d| *d >= accepted.date())
        // Before the first supported day (a request of 01.01.1900): none.
        .filter(|d| crate::dates::supported(*d));
    Ok(Due {
        accepted,
        due,
        term: rule.term,
        citations,
        preliminary_refusal_by,
        note,
        earlier_due,
        earlier_preliminary_refusal_by,
        steps: rule.steps.to_vec(),
    })
}

/// The `n`-th working day before `d` (`working_days_between(result, d) == n`).
fn working_days_before(cal: &Calendar, d: NaiveDate, n: u32) -> NaiveDate {
    let mut day = d;
    let mut k = 0;
    while k < n {
        day -= Duration::days(1);
        if cal.is_working_day(day) {
            k += 1;
        }
    }
    day
}

/// One line of a checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChecklistLine {
    /// Document id.
    pub id: &'static str,
    /// Fluent key of its name.
    pub name_key: &'static str,
    /// How to supply it.
    pub supply: Supply,
    /// Annex, row 8, item.
    pub citation: Citation,
    /// How many are needed where the item is one per child (the number of
    /// children of the age on the day of application, or on the later day
    /// of acceptance if [more](FamilyFacts::on_acceptance_day)); absent =
    /// one, or not yet known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// The [unanswered questions](FamilyFacts::unanswered) (the request's
    /// `unanswered`) that decide
    /// whether the document is needed: it stays on the list until they are
    /// answered (the safe side); `child_birth_date` first where the child's
    /// age decides it and no birth date is given (Annex 5 row 8 item 6, a
    /// reading); absent = needed whatever the answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<&'static str>,
    /// A [reading note](ReadingNote) shown beside the line: the law lets
    /// the provider accept the set without the document for this family,
    /// at its discretion, or may not need it on one reading of the text
    /// (`note-civil-registry-proof-reading`); or `note-age-reading-document`, the document is
    /// needed with ages on one of the days of submission and of acceptance
    /// [only](FamilyFacts::on_acceptance_day); absent = none (or not for
    /// this family).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<LineNote>,
}

/// A reading note beside a checklist line or a refusal ground.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LineNote {
    /// Fluent key of the note (`note-<…>`).
    pub key: &'static str,
    /// Where the law says it.
    pub citation: Citation,
    /// The unanswered questions that decide whether the note is for this
    /// family; absent = it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<&'static str>,
}

/// A condition read on the two days an age may be taken on
/// ([`FamilyFacts::on_acceptance_day`], a reading): its value with ages on
/// the day of submission and with ages on the day of acceptance (the same
/// day when the application is accepted the day it is made). Each value is
/// three-valued ([`Condition::known`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct OnEitherDay {
    submitted: Option<bool>,
    accepted: Option<bool>,
}

impl OnEitherDay {
    /// Undecided on both days: waiting for a question.
    const UNDECIDED: Self = OnEitherDay {
        submitted: None,
        accepted: None,
    };

    fn of(c: &Condition, facts: &FamilyFacts, later: Option<&FamilyFacts>) -> Self {
        let submitted = c.known(facts);
        OnEitherDay {
            submitted,
            accepted: later.map_or(submitted, |f| c.known(f)),
        }
    }

    /// It holds on both days, whatever the reading.
    fn holds(self) -> bool {
        self.submitted == Some(true) && self.accepted == Some(true)
    }

    /// It holds on one day at least: on one reading.
    fn holds_on_either(self) -> bool {
        self.submitted == Some(true) || self.accepted == Some(true)
    }

    /// It fails on one day at least: on one reading.
    fn fails_on_either(self) -> bool {
        self.submitted == Some(false) || self.accepted == Some(false)
    }

    /// It fails on both days, whatever the reading.
    fn fails(self) -> bool {
        self.submitted == Some(false) && self.accepted == Some(false)
    }

    /// It waits for an unanswered question on one day at least.
    fn open(self) -> bool {
        self.submitted.is_none() || self.accepted.is_none()
    }

    /// The two readings give different answers.
    fn differs(self) -> bool {
        self.submitted != self.accepted
    }
}

/// The unanswered inputs `c` waits for on either day, in first-use order.
fn unanswered_on_either_day(
    c: &Condition,
    facts: &FamilyFacts,
    later: Option<&FamilyFacts>,
) -> Vec<&'static str> {
    let mut out = Vec::new();
    add_unanswered_on_either_day(c, facts, later, &mut out);
    out
}

/// Adds [`unanswered_on_either_day`] to `out`, each once.
fn add_unanswered_on_either_day(
    c: &Condition,
    facts: &FamilyFacts,
    later: Option<&FamilyFacts>,
    out: &mut Vec<&'static str>,
) {
    c.add_unanswered_inputs(facts, out);
    if let Some(f) = later {
        c.add_unanswered_inputs(f, out);
    }
}

/// The note beside a document that the two days of
/// [`FamilyFacts::on_acceptance_day`] ask for differently (Annex 5 row 8
/// item 6: one opinion more from a child who turns ten in between): bring
/// it. Cited to row 7, which makes the day of acceptance a later day.
pub const NOTE_AGE_READING_DOCUMENT: &str = "note-age-reading-document";

/// The note beside a refusal ground that applies on one of the two days of
/// [`FamilyFacts::on_acceptance_day`] only (Annex 5 row 9 item 5: a ward
/// who turns fourteen in between): it may apply.
pub const NOTE_AGE_READING_GROUND: &str = "note-age-reading-ground";

/// The note beside `child-of-full-age` when the child turns eighteen after
/// the day of submission and by the day of acceptance
/// ([`FamilyFacts::on_acceptance_day`]): the provider may take the age on
/// the later day; to be safe, submit before the birthday, in working hours
/// (the advice is the reverse of [`NOTE_AGE_READING_GROUND`]'s).
pub const NOTE_AGE_READING_MAJORITY: &str = "note-age-reading-majority";

/// The eligibility reason for a category met on one of the two days of
/// [`FamilyFacts::on_acceptance_day`] only (Annex 20: the child turns ten
/// in between): the day decides; submit on or after the birthday.
pub const AGE_REACHED_AFTER_SUBMISSION: &str = "age-reached-after-submission";

/// The eligibility reason for a child not yet ten on either day, in place
/// of `not-in-any-category`, where the service's one category is «он жасқа
/// толған» (Annex 20 row 5 and the service's name): the parent is told the
/// age and to apply on or after the tenth birthday, not that the child is
/// in «none of the categories».
pub const CHILD_UNDER_TEN: &str = "child-under-ten";

/// The day to apply on or after where the reason is [`CHILD_UNDER_TEN`] or
/// [`AGE_REACHED_AFTER_SUBMISSION`]: the child's tenth birthday, the first
/// day of Annex 20's one category («он жасқа толған», row 5 and the
/// service's name), so the parent reads a date, not only "after the tenth
/// birthday". `None` for another reason, or without the birth date.
pub fn apply_from(code: &str, facts: &FamilyFacts) -> Option<NaiveDate> {
    if code != CHILD_UNDER_TEN && code != AGE_REACHED_AFTER_SUBMISSION {
        return None;
    }
    Some(crate::common::ages::anniversary(
        facts.child_birth_date?,
        10,
    ))
}

/// The eligibility reason for an applicant not deprived of parental rights,
/// in place of `not-in-any-category`, where the service's one category is
/// the parent deprived of them (Annex 13: its name; row 8 item 3, the court
/// decision): the category is the parent's, not «the child's».
pub const NOT_DEPRIVED_PARENT: &str = "not-deprived-parent";

/// The eligibility reason for a family not in a remote rural settlement,
/// in place of `not-in-any-category`, where the service's one category is
/// the child living in one (Annex 15, the list's title).
pub const NOT_REMOTE_RURAL_SETTLEMENT: &str = "not-remote-rural-settlement";

/// The eligibility reason for a family in none of a service's several
/// categories (Annexes 17 and 18: meals, camps; and Annex 6's one category
/// of two kinds, an orphan or a child without parental care).
pub const NOT_IN_ANY_CATEGORY: &str = "not-in-any-category";

/// What [`NOT_IN_ANY_CATEGORY`] cites. Annexes 17 and 18 name their
/// categories twice: in row 8 (item 5 at meals, item 6 at camps) as the
/// status document each category brings («мәртебесін растайтын құжаттың
/// көшірмесі: … балалар үшін – …»), and in row 9 item 2, the ground for
/// refusal, through the title of Government decree No. 64 («… мемлекеттік
/// атаулы әлеуметтік көмек алуға құқығы бар отбасылардан … және өзге де
/// санаттағы білім алушылар мен тәрбиеленушілерге … көмек көрсетуге …»)
/// whose requirements the pupil does not meet («… сәйкес келмеуі»). Row 5
/// gives a refusal only «… талаптарының 9-тармағында көрсетілген негіздер
/// бойынша»: a pupil in none of the categories is refused on row 9 item 2,
/// which the reason cites (its "Why?" is then a ground for refusal, not the
/// documents to bring); a category held keeps citing its row-8 proof.
/// Elsewhere (Annex 6), the category's own citation.
fn none_of_the_categories_cited(e: &CatalogueEntry) -> Citation {
    e.refusal_grounds
        .iter()
        .find(|g| g.code == parts::NONCOMPLIANT_DECREE_64)
        .map_or(e.eligibility[0].citation, |g| g.citation)
}

/// The note beside [`NOT_IN_ANY_CATEGORY`] where it cites row 9 item 2
/// (Annexes 17 and 18): that a child in none of the categories fails
/// decree No. 64 is Kezek's reading of the decree's title, as the row
/// quotes it (the decree's text is not in Kezek's sources). Cited to row 8,
/// where the list names the categories (the first category's item: 5 at
/// meals, 6 at camps at the office; 4 and 5 on the portal: `categories`,
/// the first category's citation through the channel). Elsewhere none.
pub const NOTE_DECREE_64_TITLE_CATEGORIES: &str = "note-decree-64-title-categories";

fn none_of_the_categories_note(e: &CatalogueEntry, categories: Citation) -> Option<LineNote> {
    e.refusal_grounds
        .iter()
        .any(|g| g.code == parts::NONCOMPLIANT_DECREE_64)
        .then(|| LineNote {
            key: NOTE_DECREE_64_TITLE_CATEGORIES,
            citation: categories,
            depends_on: Vec::new(),
        })
}

/// The reason that names the one category a service has, when the family
/// is not in it: `Some` where «none of the categories» would say nothing a
/// parent can act on (Annexes 13, 15 and 20); `None` keeps
/// `not-in-any-category` (the several categories of Annexes 17 and 18).
fn one_category_unmet(e: &CatalogueEntry) -> Option<&'static str> {
    match e.eligibility {
        [EligibilityRule {
            condition: Condition::When(fact),
            ..
        }] => match fact {
            Fact::ChildAged10OrOlder => Some(CHILD_UNDER_TEN),
            Fact::ApplicantDeprivedOfParentalRights => Some(NOT_DEPRIVED_PARENT),
            Fact::RemoteRuralSettlement => Some(NOT_REMOTE_RURAL_SETTLEMENT),
            _ => None,
        },
        _ => None,
    }
}

/// The age reading's note, cited to row 7 of the annex (the acceptance on
/// the next working day).
fn age_reading_note(annex: u8, key: &'static str) -> LineNote {
    LineNote {
        key,
        citation: cite(annex, 7, None),
        depends_on: Vec::new(),
    }
}

/// The reading note of a refusal ground or a scope rule given as a reason,
/// when the family is one of the note's (its condition holds on one of the
/// two days of [`FamilyFacts::on_acceptance_day`]); the age reading's note
/// (`age_note`) takes its place when the reason itself depends on the day
/// (`by_age`).
fn reason_note(
    annex: u8,
    by_age: bool,
    age_note: &'static str,
    note: Option<ReadingNote>,
    facts: &FamilyFacts,
    later: Option<&FamilyFacts>,
) -> Option<LineNote> {
    if by_age {
        return Some(age_reading_note(annex, age_note));
    }
    let n = note?;
    OnEitherDay::of(&n.condition, facts, later)
        .holds_on_either()
        .then(|| LineNote {
            key: n.key,
            citation: n.citation,
            depends_on: Vec::new(),
        })
}

/// The documents `code` needs through `channel` for this family, in the
/// seed's order. A document needed with ages on the day of submission or on
/// the later day of acceptance is listed, with the age reading's note when
/// only one of the days asks for it (or for one more of it):
/// [`FamilyFacts::on_acceptance_day`].
pub fn checklist(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    facts: &FamilyFacts,
) -> Result<Vec<ChecklistLine>, CatalogueError> {
    Ok(checklist_with_certainty(code, channel, variant, facts)?
        .into_iter()
        .map(|(line, _)| line)
        .collect())
}

/// [`checklist`], each line with whether it is certainly needed: its
/// condition holds whatever day the age is taken on, and no note of the
/// provider's discretion goes with it. The receipt preview counts such a
/// line as a gap even when the age reading's note is beside it (one opinion
/// more on one day: an older child's is needed either way).
pub(crate) fn checklist_with_certainty(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    facts: &FamilyFacts,
) -> Result<Vec<(ChecklistLine, bool)>, CatalogueError> {
    let e = entry_or_err(code)?;
    check_channel(e, channel)?;
    let list = e
        .documents
        .iter()
        .find(|l| l.channels.contains(&channel) && (l.variant.is_none() || l.variant == variant))
        .ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })?;
    let later = facts.on_acceptance_day();
    let later = later.as_ref();
    Ok(list
        .items
        .iter()
        .filter_map(|i| {
            let need = OnEitherDay::of(&i.condition, facts, later);
            // The child's age, not given, decides the line (Annex 5 row 8
            // item 6, «он жасқа толған жағдайда»): listed if it is needed
            // at some age (the safe side), never certain ([`by_age`]).
            let by_age = by_age_on_either_day(&i.condition, facts, later);
            if need.fails() || by_age.is_some_and(|a| !a.may_hold) {
                return None;
            }
            let count_on = |f: &FamilyFacts| {
                let age = i.each_child_aged?;
                Some(f.children_ages()?.iter().filter(|&&a| a >= age).count())
            };
            let (count, count_later) = (count_on(facts), later.and_then(count_on));
            let by_reading = need.differs() || (later.is_some() && count != count_later);
            let discretion = i.note.filter(|n| n.condition.known(facts) != Some(false));
            let certain = need.holds() && discretion.is_none() && by_age.is_none();
            let note = if by_reading {
                Some(age_reading_note(e.annex, NOTE_AGE_READING_DOCUMENT))
            } else {
                discretion.map(|n| LineNote {
                    key: n.key,
                    citation: n.citation,
                    depends_on: if n.condition.known(facts).is_none() {
                        n.condition.unanswered_inputs(facts)
                    } else {
                        Vec::new()
                    },
                })
            };
            let line = ChecklistLine {
                id: i.id,
                name_key: i.name_key,
                supply: i.supply,
                citation: i.citation,
                count: count.max(count_later),
                depends_on: if by_age.is_some() {
                    waits_for_birth_date(&i.condition, facts, later)
                } else if need.open() && !need.holds_on_either() {
                    unanswered_on_either_day(&i.condition, facts, later)
                } else {
                    Vec::new()
                },
                note,
            };
            Some((line, certain))
        })
        .collect())
}

/// A ground that applies to the family: code and citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Risk {
    /// Reason code (`refusal-<code>` in the messages).
    pub code: &'static str,
    /// Annex, row 9, item.
    pub citation: Citation,
    /// A reading note shown beside the reason: `note-age-reading-ground`
    /// when the ground applies with ages on one of the
    /// [two days](FamilyFacts::on_acceptance_day), of submission and of
    /// acceptance, only, so it may apply
    /// (`note-age-reading-majority` beside `child-of-full-age`: the child
    /// turns eighteen in between); or the
    /// [ground's](RefusalGround::note) or [scope rule's](ScopeRule::note)
    /// own note when the reason rests on a reading for this
    /// family (`note-rules-407-title-scope`, `note-ward-status-shared`,
    /// `note-decree-64-title-state-schools`, `note-child-called-minor`);
    /// absent = none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<LineNote>,
    /// The questions not answered yet that decide whether the ground or
    /// the caution applies — `child_birth_date` first, where the child's
    /// age decides it and no birth date is given (a reading): it applies
    /// at some age, so it is shown as *possible*, never asserted — in the
    /// refusal preview and among the cautions only, never among the
    /// eligibility's reasons (Annex 5 row 9 item 5, the ward under
    /// fourteen; Annex 15 row 7 item 2, the pupil of full age). Absent = it
    /// applies to the family as answered.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<&'static str>,
    /// The day the outcome turns on, where the reason is the child's age
    /// (`child-under-ten`, `age-reached-after-submission`; Annex 20 row 5,
    /// «он жасқа толған»): the tenth birthday, the first day to apply on
    /// ([`apply_from`]). Absent = none.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "crate::dates::date::option::serialize"
    )]
    pub apply_from: Option<NaiveDate>,
}

impl Risk {
    fn of(code: &'static str, citation: Citation) -> Self {
        Risk {
            code,
            citation,
            note: None,
            depends_on: Vec::new(),
            apply_from: None,
        }
    }

    /// [`Risk::of`] with the day to apply from of a reason that is the
    /// child's age ([`apply_from`]).
    fn of_age(code: &'static str, citation: Citation, facts: &FamilyFacts) -> Self {
        Risk {
            apply_from: apply_from(code, facts),
            ..Risk::of(code, citation)
        }
    }

    /// Shown as possible: it applies at some age of the child, whose birth
    /// date is not given, and waits for `depends_on`.
    pub fn is_possible(&self) -> bool {
        !self.depends_on.is_empty()
    }

    /// Rests on Kezek's reading of the text: it carries a reading note
    /// ([`Risk::note`]: a ground met on one of the two days of
    /// [`FamilyFacts::on_acceptance_day`] only, a scope read from a title, a
    /// status taken as shared…), or it is [`AGE_REACHED_AFTER_SUBMISSION`],
    /// whose own text says the day decides (the order names no day for the
    /// age). The provider may read the text otherwise.
    pub fn rests_on_reading(&self) -> bool {
        self.note.is_some() || self.code == AGE_REACHED_AFTER_SUBMISSION
    }
}

/// The child's full ages a rule that reads the child's age is read at
/// while the birth date is not given: every age from 0 to 18, so that each
/// span between the seeds' age thresholds has one — 10 («он жасқа
/// толған», Annex 5 row 8 item 6, Annex 20), 14 («он төрт жасқа
/// толмаған», Annex 5 row 9 item 5) and 18 (full age, the scope rule
/// `child-of-full-age`).
const AGES_WHILE_NOT_GIVEN: std::ops::RangeInclusive<u32> = 0..=18;

/// What the child's age, not given, may make of `c` ([`by_age`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByAge {
    /// `c` holds at some age.
    may_hold: bool,
    /// `c` fails at some age.
    may_fail: bool,
}

/// **Reading (order No. 414, the child's birth date not given).** The rules
/// that read the child's age — the scope rule «the child is a minor»
/// (`child-of-full-age`: Annex 5 row 5, Annex 6 and 15 row 7 item 2, Annex
/// 20's rules cl. 6), Annex 5 row 9 item 5 «он төрт жасқа толмаған жетім
/// баланың … тұрғын үйін иеліктен шығару», Annex 20's category «Он жасқа
/// толған» — say nothing of a child whose age nobody gave, and Kezek does
/// not give one: the child is neither taken to be a minor nor of full age,
/// neither under fourteen nor over. Taking the side a careful lawyer would
/// advise a parent to take, where `c` reads the child's age, no birth date
/// is given and the answer differs from one age to another
/// ([`AGES_WHILE_NOT_GIVEN`]), the age decides it: a rule the verdict rests
/// on waits for the date (`pending`: `child_birth_date`, as Annex 20's
/// category since the ninth session), and a refusal ground or a caution
/// that holds at some age is shown as possible ([`Risk::depends_on`]) —
/// not dropped, not asserted. `None` where the date is given, `c` does not
/// read it, or every age gives the same answer (an answer given already
/// decides it: no transaction with the home, no orphan). Read on the day
/// of `facts` (see [`by_age_on_either_day`] for the day of acceptance).
fn by_age(c: &Condition, facts: &FamilyFacts) -> Option<ByAge> {
    let on = facts.application_date?;
    if facts.birth_date_given().is_some() || !c.reads(CHILD_BIRTH_DATE) {
        return None;
    }
    let mut at = facts.clone();
    at.unanswered.retain(|u| u != CHILD_BIRTH_DATE);
    let values: Vec<Option<bool>> = AGES_WHILE_NOT_GIVEN
        .map(|age| {
            at.child_birth_date = on.checked_sub_months(chrono::Months::new(12 * age));
            c.known(&at)
        })
        .collect();
    let first = values[0];
    (!values.iter().all(|&v| v == first)).then(|| ByAge {
        may_hold: values.contains(&Some(true)),
        may_fail: values.contains(&Some(false)),
    })
}

/// [`by_age`] on the day of submission or on the later day of acceptance
/// ([`FamilyFacts::on_acceptance_day`]).
fn by_age_on_either_day(
    c: &Condition,
    facts: &FamilyFacts,
    later: Option<&FamilyFacts>,
) -> Option<ByAge> {
    let (a, b) = (by_age(c, facts), later.and_then(|f| by_age(c, f)));
    (a.is_some() || b.is_some()).then(|| ByAge {
        may_hold: a.is_some_and(|x| x.may_hold) || b.is_some_and(|x| x.may_hold),
        may_fail: a.is_some_and(|x| x.may_fail) || b.is_some_and(|x| x.may_fail),
    })
}

/// What a rule the age decides ([`by_age`]) waits for: the child's birth
/// date, then the other unanswered questions it reads.
fn waits_for_birth_date(
    c: &Condition,
    facts: &FamilyFacts,
    later: Option<&FamilyFacts>,
) -> Vec<&'static str> {
    let mut out = vec![CHILD_BIRTH_DATE];
    for i in unanswered_on_either_day(c, facts, later) {
        if !out.contains(&i) {
            out.push(i);
        }
    }
    out
}

/// The refusal grounds of `code` that these facts trigger (the refusal
/// preview). A ground that waits for an unanswered question is not asserted;
/// the eligibility lists the question as `pending`. A ground that applies
/// with ages on one of the two days of [`FamilyFacts::on_acceptance_day`]
/// only is kept, with the age reading's note (it may apply). A ground the
/// child's age decides while no birth date is given ([`by_age`]: Annex 5
/// row 9 item 5) is kept if it holds at some age, as possible
/// ([`Risk::depends_on`]: `child_birth_date`).
pub fn refusal_risks(
    code: &str,
    variant: Option<Variant>,
    facts: &FamilyFacts,
) -> Result<Vec<Risk>, CatalogueError> {
    let e = entry_or_err(code)?;
    let later = facts.on_acceptance_day();
    // With the birth date given, no ground waits for the age.
    let age_open = facts.birth_date_given().is_none();
    Ok(e.refusal_grounds
        .iter()
        .filter(|g| g.variant.is_none() || g.variant == variant)
        .filter_map(|g| {
            let by_age = age_open
                .then(|| by_age_on_either_day(&g.condition, facts, later.as_ref()))
                .flatten();
            if let Some(age) = by_age {
                return age.may_hold.then(|| Risk {
                    depends_on: waits_for_birth_date(&g.condition, facts, later.as_ref()),
                    ..Risk::of(g.code, g.citation)
                });
            }
            let applies = OnEitherDay::of(&g.condition, facts, later.as_ref());
            applies.holds_on_either().then(|| Risk {
                note: reason_note(
                    e.annex,
                    applies.differs(),
                    NOTE_AGE_READING_GROUND,
                    g.note,
                    facts,
                    later.as_ref(),
                ),
                ..Risk::of(g.code, g.citation)
            })
        })
        .collect())
}

/// The eligibility verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Eligibility {
    /// Whether the family may receive the service.
    pub eligible: bool,
    /// The categories the child falls in (`eligibility-<code>`), with citations.
    pub grounds: Vec<Risk>,
    /// Reason codes against: refusal grounds that the facts trigger, or
    /// `not-in-any-category` (`child-under-ten`, `not-deprived-parent` or
    /// `not-remote-rural-settlement` where the one category is the age of
    /// ten, the parent deprived of parental rights or the remote rural
    /// settlement), or `not-for-parents`.
    pub reasons: Vec<Risk>,
    /// Cautions (`caution-<code>` in the messages): scope rules the family
    /// is outside of under a reading the text does not make
    /// [certain](ScopeEffect::Cautions); the provider may refuse on them, but
    /// the verdict does not rest on them — `eligible` may be true beside
    /// them. Each carries its reading note. One with
    /// [`depends_on`](Risk::depends_on) is possible only: the child's age
    /// decides it and no birth date is given (Annex 15: the pupil may be
    /// of full age). Absent = none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cautions: Vec<Risk>,
    /// The [unanswered questions](FamilyFacts::unanswered) (the request's
    /// `unanswered`) the verdict
    /// waits for: a scope rule, a category or a refusal ground that the
    /// answers given do not decide; and `child_birth_date` where the child's
    /// age decides a category, the scope rule «the child is a minor» or a
    /// refusal ground and the birth date is not given (Annex 20's category;
    /// `child-of-full-age` at Annexes 6 and 20, `-minors-property` at Annex 5; Annex 5 row 9 item 5: a
    /// question, never a reason; a reading). While any is pending, `eligible` is
    /// false and nothing is asserted for them. Their texts:
    /// [`pending_keys`](Eligibility::pending_keys).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<&'static str>,
    /// The Fluent key of the text of each of `pending`, in its order
    /// ([`pending_key_at`]): `q-<field>` for a question; for the child's
    /// birth date, the line that asks for it and says the age the order
    /// names at this service (`pending-child-birth-date-minor`, `-minor-reading`,
    /// `-aged-10-minor-reading`; `pending-child-birth-date` elsewhere).
    /// Absent when `pending` is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pending_keys: Vec<&'static str>,
}

impl Eligibility {
    /// The reasons of the verdict that the text states flatly — not Kezek's
    /// reading ([`Risk::rests_on_reading`]), not shown as possible: the
    /// refusal these answers foretell, which a hand-off says in place of
    /// "ready". Empty where the family is eligible, where the verdict waits
    /// for an answer and no reason is met yet, or where every reason is a
    /// reading (the provider may read it otherwise: said as such).
    pub fn foretold(&self) -> Vec<&Risk> {
        self.reasons
            .iter()
            .filter(|r| !r.rests_on_reading() && !r.is_possible())
            .collect()
    }
}

/// The Fluent key of the text of input `name` where the verdict of service
/// `code` waits for it ([`Eligibility::pending_keys`]): the question as the
/// service asks it ([`question_key_at`]), except the child's birth date, whose line says why it is asked — the age
/// the order names for the service, which a parent may not see on the screen:
///
/// - the scope rule «the child is a minor» (`child-of-full-age`) said of the
///   service itself (Annex 5 row 5, the certificate for a minor's property):
///   `pending-child-birth-date-minor`;
/// - the same rule where the text calls the child a minor in passing and
///   Kezek reads the service as one for minors (Annex 6 row 7 item 2; the
///   rule's reading note): `pending-child-birth-date-minor-reading`;
/// - that reading beside the category «Он жасқа толған» (Annex 20: the name,
///   row 5, the rules' cl. 6): `pending-child-birth-date-aged-10-minor-reading`;
/// - otherwise, or for a service not in the catalogue, `pending-child-birth-date`.
pub fn pending_key_at(code: &str, name: &str) -> Option<&'static str> {
    let generic = pending_key(name);
    if name != CHILD_BIRTH_DATE {
        return question_key_at(code, name);
    }
    let Some(e) = entry(code) else {
        return generic;
    };
    let aged_ten = e
        .eligibility
        .iter()
        .any(|r| r.condition == Condition::When(Fact::ChildAged10OrOlder));
    let minor = e
        .scope
        .iter()
        .find(|r| {
            matches!(
                r.code,
                CHILD_OF_FULL_AGE | CHILD_OF_FULL_AGE_MINORS_PROPERTY
            ) && r.effect == ScopeEffect::Excludes
        })
        .map(|r| r.note.is_some());
    Some(match (aged_ten, minor) {
        (true, Some(true)) => "pending-child-birth-date-aged-10-minor-reading",
        (false, Some(true)) => "pending-child-birth-date-minor-reading",
        (false, Some(false)) => "pending-child-birth-date-minor",
        _ => return generic,
    })
}

/// Whether the family may receive `code`: for services with categories, the
/// child must fall in one; and no refusal ground may apply. A rule that
/// waits for an unanswered question makes the verdict wait (`pending`).
///
/// Ages are read on both days of [`FamilyFacts::on_acceptance_day`] (a
/// reading): a category is a ground when it holds on both; a category met
/// on one day only (Annex 20: the child turns ten after the day of
/// submission and by the day of acceptance) is neither a ground nor
/// `not-in-any-category` but [`AGE_REACHED_AFTER_SUBMISSION`]; a refusal
/// ground met on one day is kept with its note ([`refusal_risks`]).
///
/// A category is cited as the service defines it (at meals and camps, the
/// office list's status document); [`eligibility_at`] cites it in the list
/// of the channel applied through.
pub fn eligibility(code: &str, facts: &FamilyFacts) -> Result<Eligibility, CatalogueError> {
    let asked = questions_for(code, facts)?;
    eligibility_with(
        code,
        facts,
        None,
        &refusal_risks(code, None, facts)?,
        &asked,
    )
}

/// [`eligibility`] for an application through `channel` (and sub-type
/// `variant`): a category cited to its proof's row-8 item cites that proof's
/// item in the channel's list ([`category_cited_at`]) — Annex 17 lists the
/// status document as item 5 at the office and item 4 on the portal, Annex
/// 18 as item 6 and item 5.
pub fn eligibility_at(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    facts: &FamilyFacts,
) -> Result<Eligibility, CatalogueError> {
    let risks = refusal_risks(code, None, facts)?;
    let asked = questions_for(code, facts)?;
    eligibility_with(code, facts, Some((channel, variant)), &risks, &asked)
}

/// Where category `r` of `e` is cited for an application through `at`:
/// where the category cites its proof (`r.citation` is the proof's item in
/// one of the lists), the proof's item in the list of `at`'s channel;
/// otherwise, or with no channel, the category's own citation (Annex 15's
/// category cites the list's title, not its proof).
fn category_cited_at(
    e: &CatalogueEntry,
    r: &EligibilityRule,
    at: Option<(ServiceChannel, Option<Variant>)>,
) -> Citation {
    let proof_items = || {
        e.documents
            .iter()
            .flat_map(|l| l.items.iter().map(move |i| (l, i)))
            .filter(|(_, i)| Some(i.id) == r.proof)
    };
    let cites_its_proof = proof_items().any(|(_, i)| i.citation == r.citation);
    match at {
        Some((channel, variant)) if cites_its_proof => proof_items()
            .find(|(l, _)| {
                l.channels.contains(&channel) && (l.variant.is_none() || l.variant == variant)
            })
            .map_or(r.citation, |(_, i)| i.citation),
        _ => r.citation,
    }
}

/// The verdict, given the refusal risks of the grounds every sub-type has
/// (`risks`: [`refusal_risks`] with no sub-type), which the evaluation of a
/// service without sub-types has already, and the questions these facts
/// ask (`asked`: [`questions_for`]), which the evaluation has too.
pub(crate) fn eligibility_with(
    code: &str,
    facts: &FamilyFacts,
    at: Option<(ServiceChannel, Option<Variant>)>,
    risks: &[Risk],
    asked: &[&'static str],
) -> Result<Eligibility, CatalogueError> {
    let e = entry_or_err(code)?;
    let cited = |r: &EligibilityRule| category_cited_at(e, r, at);
    let later = facts.on_acceptance_day();
    let later = later.as_ref();
    let days = |c: &Condition| OnEitherDay::of(c, facts, later);
    // An age nobody gave is a question the verdict waits for wherever it
    // decides a rule ([`by_age`], a reading): a category (Annex 20's title
    // «Он жасқа толған») is neither held nor denied; the scope rule «the
    // child is a minor» (`child-of-full-age`) is neither met nor failed —
    // the child is not taken to be a minor —, and a caution on it is shown
    // as possible; a refusal ground (Annex 5 row 9 item 5, under fourteen)
    // is possible, in the preview, not a reason. The law refuses nobody for
    // a date not given yet.
    // With the birth date given, no rule waits for the age (asked once,
    // not of every rule).
    let age_open = facts.birth_date_given().is_none();
    let by_age = |c: &Condition| {
        age_open
            .then(|| by_age_on_either_day(c, facts, later))
            .flatten()
    };
    let waits_for_age = |r: &EligibilityRule| by_age(&r.condition).is_some();
    let category = |r: &EligibilityRule| {
        if waits_for_age(r) {
            OnEitherDay::UNDECIDED
        } else {
            days(&r.condition)
        }
    };
    let mut pending: Vec<&'static str> = Vec::new();
    let wait_for = |pending: &mut Vec<&'static str>, inputs: Vec<&'static str>| {
        for i in inputs {
            if !pending.contains(&i) {
                pending.push(i);
            }
        }
    };
    let wait_for_answers = |pending: &mut Vec<&'static str>, c: &Condition| {
        add_unanswered_on_either_day(c, facts, later, pending)
    };
    // Each scope rule read once: what the verdict waits for, then a reason
    // or a caution.
    let (mut reasons, mut cautions) = (Vec::new(), Vec::new());
    for r in e.scope {
        if let Some(age) = by_age(&r.condition) {
            match r.effect {
                ScopeEffect::Excludes => {
                    wait_for(
                        &mut pending,
                        waits_for_birth_date(&r.condition, facts, later),
                    );
                }
                // A caution leaves the verdict alone: it does not wait. No
                // birth date: one that holds at some age is shown as
                // possible, with its reading note; a reason is not
                // asserted (the verdict waits).
                ScopeEffect::Cautions if age.may_fail => cautions.push(Risk {
                    note: reason_note(
                        e.annex,
                        false,
                        NOTE_AGE_READING_MAJORITY,
                        r.note,
                        facts,
                        later,
                    ),
                    depends_on: waits_for_birth_date(&r.condition, facts, later),
                    ..Risk::of(r.code, r.citation)
                }),
                ScopeEffect::Cautions => {}
            }
            continue;
        }
        let rule = days(&r.condition);
        if rule.open() {
            wait_for_answers(&mut pending, &r.condition);
        }
        if !rule.fails_on_either() {
            continue;
        }
        // The one scope rule that reads an age is the child's minority
        // (`child-of-full-age`): met on one day only, the child turns
        // eighteen in between.
        let risk = Risk {
            note: reason_note(
                e.annex,
                rule.differs(),
                NOTE_AGE_READING_MAJORITY,
                r.note,
                facts,
                later,
            ),
            ..Risk::of(r.code, r.citation)
        };
        match r.effect {
            ScopeEffect::Excludes => reasons.push(risk),
            ScopeEffect::Cautions => cautions.push(risk),
        }
    }
    // Each category read once.
    let categories: Vec<(&EligibilityRule, OnEitherDay)> =
        e.eligibility.iter().map(|r| (r, category(r))).collect();
    let category_known = categories.iter().any(|(_, c)| c.holds());
    let category_open = !category_known && categories.iter().any(|(_, c)| c.open());
    if category_open {
        for (r, _) in categories.iter().filter(|(_, c)| c.open()) {
            if waits_for_age(r) {
                wait_for(
                    &mut pending,
                    waits_for_birth_date(&r.condition, facts, later),
                );
            } else {
                wait_for_answers(&mut pending, &r.condition);
            }
        }
    }
    for g in e.refusal_grounds.iter().filter(|g| g.variant.is_none()) {
        if by_age(&g.condition).is_some() {
            wait_for(
                &mut pending,
                waits_for_birth_date(&g.condition, facts, later),
            );
        } else if days(&g.condition).open() {
            wait_for_answers(&mut pending, &g.condition);
        }
    }
    let grounds: Vec<Risk> = categories
        .iter()
        .filter(|(_, c)| c.holds())
        .map(|(r, _)| Risk::of(r.code, cited(r)))
        .collect();
    // A ground shown as possible (the age not given) is no reason.
    reasons.extend(risks.iter().filter(|r| !r.is_possible()).cloned());
    if !e.eligibility.is_empty() && grounds.is_empty() && !category_open {
        // A category met on one of the two days only: the day decides.
        match categories.iter().find(|(_, c)| c.holds_on_either()) {
            Some((r, _)) => {
                reasons.push(Risk::of_age(AGE_REACHED_AFTER_SUBMISSION, cited(r), facts))
            }
            None => reasons.push(match one_category_unmet(e) {
                Some(code) => Risk::of_age(code, cited(&e.eligibility[0]), facts),
                None => Risk {
                    note: none_of_the_categories_note(e, cited(&e.eligibility[0])),
                    ..Risk::of(NOT_IN_ANY_CATEGORY, none_of_the_categories_cited(e))
                },
            }),
        }
    }
    if !e.in_scope_for_parents {
        reasons.push(Risk::of("not-for-parents", cite(e.annex, 1, None)));
    }
    // A question about another answer ([`FOLLOW_UPS`]) that these answers
    // do not ask yet ([`questions_for`]: the three years of a single man
    // before "yes" to the single man, Annexes 3, 6 and 11 row 9) is not
    // waited for: the screen does not show it, and by its definition its
    // answer changes no ground or verdict while it is not asked — what it
    // is about is waited for instead.
    pending.retain(|q| !FOLLOW_UPS.contains(q) || asked.contains(q));
    let pending_keys = pending
        .iter()
        .map(|&q| pending_key_at(code, q).unwrap_or(q))
        .collect();
    Ok(Eligibility {
        eligible: reasons.is_empty() && pending.is_empty(),
        grounds,
        reasons,
        cautions,
        pending,
        pending_keys,
    })
}

/// Every Fluent key the catalogue uses (names, providers, results, documents,
/// refusal grounds, eligibility codes, out-of-scope reasons), sorted, unique.
pub fn message_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for e in catalogue() {
        keys.push(e.name_key());
        keys.push(e.provider_key.to_owned());
        keys.push(e.result_key());
        if let Some(k) = e.out_of_scope_key {
            keys.push(k.to_owned());
        }
        for l in e.documents {
            keys.extend(l.items.iter().map(|i| i.name_key.to_owned()));
            keys.extend(l.items.iter().filter_map(|i| Some(i.note?.key.to_owned())));
        }
        keys.extend(
            e.refusal_grounds
                .iter()
                .map(|g| format!("refusal-{}", g.code)),
        );
        keys.extend(
            e.refusal_grounds
                .iter()
                .filter_map(|g| Some(g.note?.key.to_owned())),
        );
        keys.extend(e.scope.iter().filter_map(|r| Some(r.note?.key.to_owned())));
        keys.extend(e.scope.iter().map(|r| match r.effect {
            ScopeEffect::Excludes => format!("refusal-{}", r.code),
            ScopeEffect::Cautions => format!("caution-{}", r.code),
        }));
        keys.extend(
            e.eligibility
                .iter()
                .map(|g| format!("eligibility-{}", g.code)),
        );
        keys.extend(pending_key_at(e.code, CHILD_BIRTH_DATE).map(str::to_owned));
    }
    keys.extend(pending_key(CHILD_BIRTH_DATE).map(str::to_owned));
    keys.push(format!("refusal-{AGE_REACHED_AFTER_SUBMISSION}"));
    keys.push(format!("refusal-{CHILD_UNDER_TEN}"));
    keys.push(format!("refusal-{NOT_DEPRIVED_PARENT}"));
    keys.push(format!("refusal-{NOT_REMOTE_RURAL_SETTLEMENT}"));
    keys.push(NOTE_AGE_READING_DOCUMENT.to_owned());
    keys.push(NOTE_AGE_READING_GROUND.to_owned());
    keys.push(NOTE_AGE_READING_MAJORITY.to_owned());
    keys.push(NOTE_STATE_CORPORATION_SATURDAY.to_owned());
    keys.push(NOTE_PORTAL_BEFORE_OPENING.to_owned());
    keys.extend(register::register_message_keys());
    keys.push(format!("refusal-{NOT_IN_ANY_CATEGORY}"));
    keys.push(NOTE_DECREE_64_TITLE_CATEGORIES.to_owned());
    keys.push("refusal-not-for-parents".to_owned());
    keys.sort();
    keys.dedup();
    keys
}
