//! One evaluation («бағалау») of a case: every part of the rules in one result,
//! the shape the app, the JS API and `kezek evaluate` all show.
//!
//! [`evaluate`] uses the built-in working-day calendar; [`evaluate_with`] takes
//! another one (an embedding page may pass newer calendar data).

use chrono::Datelike;
use serde::{Deserialize, Serialize};

use crate::age::{self, AgeDecision};
use crate::calendar::Calendar;
use crate::case::{Case, CaseError};
use crate::category::{self, CategoryDecision};
use crate::checklist::{self, Checklist};
use crate::citation::Citation;
use crate::edition::{self, EditionWarning};
use crate::limits::{self, LimitsDecision};
use crate::payload::{self, PreparedApplication};
use crate::queues::{self, QueuesDecision};
use crate::reason::ReasonCode;
use crate::refusal::{self, RefusalAssessment};
use crate::schedule::{self, ServiceTiming};
use crate::service::{Channel, Service};

/// The version of the [`Evaluation`] JSON shape.
pub const SCHEMA_VERSION: u32 = 1;

/// The child's IIN checked against the birth date entered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct IinCheck {
    /// An IIN was given.
    pub given: bool,
    /// It agrees with the birth date (true when not given).
    pub matches_birth_date: bool,
    /// The birth date the IIN encodes.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    pub encoded_birth_date: Option<chrono::NaiveDate>,
    /// Reason code.
    pub reason: ReasonCode,
}

/// Which working-day calendar the evaluation used, and how far it can be trusted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CalendarUse {
    /// The data's version.
    pub version: String,
    /// Whether the data covers the year of "as of".
    pub covered: bool,
    /// Whether decreed transfers of that year were checked.
    pub decrees_checked: bool,
    /// Reason code.
    pub reason: ReasonCode,
}

/// The full result.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Evaluation {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The rules edition evaluated.
    pub edition: String,
    /// A warning when `as_of` is before the edition took effect, or outside the calendar data.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition_warning: Option<EditionWarning>,
    /// The working-day calendar used.
    pub calendar: CalendarUse,
    /// The service.
    pub service: Service,
    /// The channel.
    pub channel: Channel,
    /// The evaluation instant (Asia/Almaty local).
    #[serde(with = "crate::case::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub as_of: chrono::NaiveDateTime,
    /// The child's IIN check.
    pub iin: IinCheck,
    /// Priority category and grounds (cl. 20, Annex 1).
    pub category: CategoryDecision,
    /// Queues (cl. 13, 17).
    pub queues: QueuesDecision,
    /// Age (cl. 18, 24 p. 9, 28).
    pub age: AgeDecision,
    /// Limits (cl. 15, 16, 19).
    pub limits: LimitsDecision,
    /// Document checklist (Annex 2/4 p. 8).
    pub checklist: Checklist,
    /// When the service happens (Annex 2/4 p. 7, cl. 6, 22).
    pub schedule: ServiceTiming,
    /// Refusal risks (Annex 2/4 p. 9, cl. 34).
    pub refusal: RefusalAssessment,
    /// The prepared application (Annex 1, Annex 5).
    pub application: PreparedApplication,
    /// Information for the parent (cl. 10–12, 24, 36; Annex 2 p. 10).
    pub information: Vec<crate::information::Information>,
    /// Every citation used anywhere in the result, sorted and unique.
    pub citations: Vec<Citation>,
    /// Every reason code used anywhere in the result, sorted and unique.
    pub reasons: Vec<ReasonCode>,
}

/// Evaluates `case` with the built-in calendar.
pub fn evaluate(case: &Case) -> Result<Evaluation, CaseError> {
    evaluate_with(case, Calendar::builtin())
}

/// Evaluates `case` with the calendar `cal`.
pub fn evaluate_with(case: &Case, cal: &Calendar) -> Result<Evaluation, CaseError> {
    case.validate()?;
    let iin = check_iin(case);
    let category = category::decide(case);
    let queues = queues::decide(case);
    let age = age::decide(case);
    let limits = limits::decide(case);
    let checklist = checklist::build(case, cal);
    let mut schedule = schedule::service_timing(case.service, case.channel, case.as_of, cal);
    // cl. 22, second check: for admission the originals are due within 5
    // working days of receiving the referral.
    if let Some(issued) = (case.service == Service::Admission && schedule.available)
        .then(|| case.held(crate::documents::DocumentKind::Referral))
        .flatten()
        .and_then(|r| r.issued_on)
    {
        schedule.originals_by = Some(schedule::admission_originals_by(issued, cal));
        schedule
            .reasons
            .push(ReasonCode::ScheduleOriginalsAfterReferral);
        schedule.citations.push(Citation::clause(22));
    }
    let refusal = refusal::assess(case, &checklist, &age, &limits, !iin.matches_birth_date);
    let application = payload::prepare(case, &category);
    let edition_warning = edition::edition_warning(case.as_of.date());
    let calendar = calendar_use(cal, case.as_of.date().year());

    let mut citations: Vec<Citation> = Vec::new();
    let mut reasons: Vec<ReasonCode> = vec![iin.reason, calendar.reason];
    reasons.extend(schedule.reasons.iter().copied());
    if let Some(w) = &edition_warning {
        reasons.push(w.reason);
        citations.extend(w.citations.iter().cloned());
    }
    citations.extend(category.citations.iter().cloned());
    reasons.extend(category.reasons.iter().copied());
    for g in &category.grounds {
        citations.extend(g.citations.iter().cloned());
    }
    citations.extend(queues.citations.iter().cloned());
    reasons.extend(queues.reasons.iter().copied());
    for o in &queues.options {
        citations.extend(o.citations.iter().cloned());
        reasons.push(o.reason);
    }
    citations.extend(age.citations.iter().cloned());
    reasons.extend(age.reasons.iter().copied());
    citations.extend(limits.citations.iter().cloned());
    reasons.extend(limits.reasons.iter().copied());
    citations.extend(checklist.citations.iter().cloned());
    for i in &checklist.items {
        citations.extend(i.citations.iter().cloned());
        reasons.extend(i.reasons.iter().copied());
    }
    citations.extend(schedule.citations.iter().cloned());
    citations.extend(refusal.citations.iter().cloned());
    reasons.extend(refusal.reasons.iter().copied());
    for r in &refusal.risks {
        citations.extend(r.citations.iter().cloned());
        reasons.extend(r.detail.iter().copied());
    }
    citations.extend(application.citations.iter().cloned());
    reasons.extend(application.reasons.iter().copied());
    let information = crate::information::lines(case);
    for i in &information {
        citations.extend(i.citations.iter().cloned());
        reasons.push(i.reason);
    }
    citations.sort();
    citations.dedup();
    reasons.sort();
    reasons.dedup();

    Ok(Evaluation {
        schema_version: SCHEMA_VERSION,
        edition: crate::EDITION.to_owned(),
        edition_warning,
        calendar,
        service: case.service,
        channel: case.channel,
        as_of: case.as_of,
        iin,
        category,
        queues,
        age,
        limits,
        checklist,
        schedule,
        refusal,
        application,
        information,
        citations,
        reasons,
    })
}

fn calendar_use(cal: &Calendar, year: i32) -> CalendarUse {
    let covered = cal.covers(year);
    let decrees_checked = covered
        && cal
            .data()
            .years
            .iter()
            .any(|y| y.year == year && y.decrees_checked);
    CalendarUse {
        version: cal.data().version.clone(),
        covered,
        decrees_checked,
        reason: if !covered {
            ReasonCode::CalendarOutsideData
        } else if !decrees_checked {
            ReasonCode::CalendarDecreesNotChecked
        } else {
            ReasonCode::CalendarCovered
        },
    }
}

fn check_iin(case: &Case) -> IinCheck {
    match case.child.iin.as_deref().map(crate::iin::parse) {
        Some(Ok(iin)) => {
            let matches = iin.birth_date == case.child.birth_date;
            IinCheck {
                given: true,
                matches_birth_date: matches,
                encoded_birth_date: Some(iin.birth_date),
                reason: if matches {
                    ReasonCode::IinOk
                } else {
                    ReasonCode::IinBirthDateMismatch
                },
            }
        }
        // `Case::validate` rejects a malformed IIN before this point.
        Some(Err(_)) | None => IinCheck {
            given: case.child.iin.is_some(),
            matches_birth_date: true,
            encoded_birth_date: None,
            reason: ReasonCode::IinOk,
        },
    }
}
