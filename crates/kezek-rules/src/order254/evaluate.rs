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
///
/// Sections on request: the JS API's `evaluate(case, calendar, {sections})`
/// (and [`evaluate_sections`]) answers with `schema_version`, `edition`,
/// `edition_warning`, `calendar`, `service`, `channel` and `as_of`, and only
/// the sections named (`iin`, `category`, `queues`, `age`, `limits`,
/// `checklist`, `schedule`, `refusal`, `application`, `information`,
/// `citations`, `reasons`), each equal to the full result's.
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

/// Every date an answer gives is inside the supported range
/// ([`crate::dates::FIRST`]..=[`crate::dates::LAST`]), or the case is refused
/// with `case.term_out_of_range` naming the input the term is counted from:
/// that date is in range (the case's own dates are checked first, as
/// `case.date_out_of_range`), the term counted from it is not, and the
/// parent is told so (errors20 item 2, as order 414's
/// `catalogue.term_out_of_range`).
///
/// The inputs are bounded to 1900–2200, but an answer counts terms forward
/// from them: a child born in 2199 has a sixth birthday in 2205, a case
/// evaluated at an office on 2200-12-31 is decided on 2201-01-05. Such a date
/// is refused by Kezek's own date fields, calendar (`kezek calendar 2201`,
/// `workingDays`) and JSON Schemas, so an answer holding it could not be
/// checked or fed back; a parent cannot meet it before 2194. The field named
/// is the input the date is counted from: `child.birth_date` for the age
/// limits, the document's `issued_on` for its validity, the cl. 16 change
/// date for the general queue's reopening, `as_of` for the rest (the
/// schedule, a referral's count from the evaluation day).
fn answer_dates_supported(
    case: &Case,
    age: Option<&AgeDecision>,
    limits: Option<&LimitsDecision>,
    checklist: Option<&checklist::Checklist>,
    schedule: Option<&ServiceTiming>,
) -> Result<(), CaseError> {
    use crate::documents::DocumentKind;
    /// The input a term counts from: its field, and the document's index, are
    /// worked out only for the error, not on every evaluation (`evaluate` is
    /// the JS API's hot path).
    #[derive(Clone, Copy)]
    enum From {
        AsOf,
        /// The referral, dated or not (cl. 22's originals count from it).
        Referral,
        /// The dated document of this kind (its validity counts from it).
        Issued(DocumentKind),
        BirthDate,
        Cl16Change,
    }
    // The evaluation day's terms first: a case evaluated on 2200-12-31 is
    // refused for its `as_of` before its child's age limits. Looked through
    // as they come, none gathered first (one evaluation, issue 19).
    let schedule_dates = schedule.into_iter().flat_map(|t| {
        // The originals are counted from the referral's issue (cl. 22).
        let referral = From::Referral;
        [
            (
                From::AsOf,
                "schedule.accepted_at",
                Some(t.accepted_at.date()),
            ),
            (From::AsOf, "schedule.result_by", Some(t.result_by.date())),
            (referral, "schedule.originals_by", t.originals_by),
            (referral, "schedule.originals_safe_by", t.originals_safe_by),
        ]
    });
    let cl16_dates = limits.and_then(|l| l.cl16.as_ref()).map(|c| {
        (
            From::Cl16Change,
            "limits.cl16.general_queue_from",
            Some(c.general_queue_from),
        )
    });
    let use_on = checklist.map(|list| (From::AsOf, "checklist.use_on", Some(list.use_on)));
    let item_dates = checklist
        .into_iter()
        .flat_map(|list| &list.items)
        .flat_map(|item| {
            let from = From::Issued(item.document);
            [
                (from, "checklist.items.last_valid_day", item.last_valid_day),
                (
                    from,
                    "checklist.items.reading_last_day",
                    item.reading_last_day,
                ),
                (from, "checklist.items.safe_last_day", item.safe_last_day),
                (
                    from,
                    "checklist.items.last_working_day",
                    item.last_working_day,
                ),
                (
                    from,
                    "checklist.items.extension_window_ends_on",
                    item.extension_window_ends_on,
                ),
                (
                    from,
                    "checklist.items.extension_window_ended_on",
                    item.extension_window_ended_on,
                ),
            ]
        });
    let age_dates = age.into_iter().flat_map(|a| {
        [
            (
                From::BirthDate,
                "age.sixth_birthday",
                Some(a.sixth_birthday),
            ),
            (From::BirthDate, "age.cutoff", Some(a.cutoff)),
            (From::BirthDate, "age.archive_on", a.archive_on),
        ]
    });
    let mut dates = schedule_dates
        .chain(cl16_dates)
        .chain(use_on)
        .chain(item_dates)
        .chain(age_dates);
    let Some((from, name, d)) = dates.find_map(|(from, name, d)| {
        d.filter(|d| !crate::dates::supported(*d))
            .map(|d| (from, name, d))
    }) else {
        return Ok(());
    };
    // The document's field where the case gives it, else the evaluation day.
    let document = |found: Option<usize>| {
        found.map_or("as_of".to_owned(), |i| format!("documents[{i}].issued_on"))
    };
    let field = match from {
        From::AsOf => "as_of".to_owned(),
        From::Referral => document(
            case.documents
                .iter()
                .position(|d| d.kind == DocumentKind::Referral),
        ),
        From::Issued(kind) => document(
            case.documents
                .iter()
                .position(|d| d.kind == kind && d.issued_on.is_some()),
        ),
        From::BirthDate => "child.birth_date".to_owned(),
        From::Cl16Change => "previous_priority_referral.changed_on".to_owned(),
    };
    Err(CaseError::new(
        "case.term_out_of_range",
        &field,
        format!(
            "the answer's {name} counted from it would be {d}, after {}, the last day Kezek's calendar supports: the term runs past it; evaluate a case whose terms end by then",
            crate::dates::LAST,
        ),
    ))
}

impl Evaluation {
    /// Whether the referral this application can lead to is to a private
    /// preschool only (жекеменшік мектепке дейінгі ұйым): cl. 16, «Мемлекеттік
    /// мектепке дейінгі ұйымға кезектен тыс немесе бірінші кезекте жолдама
    /// алған баланың ата-анасы немесе заңды өкілі басқа мектепке дейінгі ұйымды
    /// таңдағанда бір ай өткен соң жалпы кезекке тұрады және жекеменшік
    /// мектепке дейінгі ұйымға жолдама алады» — after an out-of-turn or
    /// first-priority referral to a state preschool, a parent who chose
    /// another one stands in the general queue after a month and gets a
    /// referral to a private preschool. True at queue registration exactly
    /// when the category says so ([`ReasonCode::CategoryPriorityLostCl16`]);
    /// the queue's position and forecast count every place of the queue
    /// (the queue file does not say which are private), so the app says this
    /// beside the forecast.
    pub fn referral_to_private_preschool_only(&self) -> bool {
        self.service == Service::QueueRegistration
            && self
                .category
                .reasons
                .contains(&ReasonCode::CategoryPriorityLostCl16)
    }

    /// The proof documents of the grounds the category counts on
    /// ([`category::GroundFinding::confirmed`]) that the checklist does not
    /// find in hand and valid on its day: missing, out of date, or — for the
    /// «(бар болған жағдайда)» ("if any") certificates, and the
    /// law-enforcement certificate read by analogy — not held
    /// ([`checklist::Status::Unconfirmed`]), in checklist order, each once.
    ///
    /// The category then rests on a right nothing yet confirms: cl. 22
    /// «Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі, өз
    /// кезектілігін алады» — the application takes its place in the queue
    /// only once its documents are confirmed. Annex 2 p. 8 sub. 4 (portal
    /// sub. 2) makes the serviceman's certificate "if any": the set is complete
    /// without it (no refusal, Annex 2 p. 9), but the out-of-turn right is not
    /// confirmed. What the queue does with an unconfirmed right the order does
    /// not say; the app shows the place and the forecast as counting on the
    /// right, beside where the child stands without it — as a general
    /// applicant, or with the first priority another ground proves
    /// ([`Self::proven_category`]; Kezek's reading, the safe side). Empty when every counted ground's proof is in hand, or the
    /// ground is confirmed through the e-government gateway; empty when the
    /// category counts on no ground (general: none declared, none confirmed,
    /// or cl. 16 set them aside); and empty at admission, where a proof not
    /// re-presented is cl. 22's second check (its own reason and refusal
    /// reading, `doc.recheck_unconfirmed`), not a place in the queue.
    pub fn unproven_priority_documents(&self) -> Vec<crate::documents::DocumentKind> {
        self.counted_proofs(unproven)
    }

    /// The documents of the priority the category counts on that are in hand
    /// but at risk on the day the application is accepted by the reading
    /// that counts a one-month certificate's month from its day of issue
    /// (Annex 2 p. 8 sub. 4–5, [`ReasonCode::DocIssueDayReadingAtRisk`]):
    /// valid by Kezek's count, so not [unproven](Self::unproven_priority_documents),
    /// but the right may not be confirmed if the provider counts the other
    /// way. So are those valid today but out of date on the day an
    /// application made now is accepted (Annex 2 p. 7 sub. 3:
    /// [`ReasonCode::DocLapsesBeforeAcceptance`],
    /// [`ReasonCode::DocPriorityProofLapsesBeforeAcceptance`]). The app says
    /// so beside the place and the forecast that count on the right, as it
    /// does for an unproven one (the safe side). Empty
    /// where [`Self::unproven_priority_documents`] is by its own rules
    /// (general, admission).
    ///
    /// Only the grounds of the category counted, and nothing while one of
    /// them is proven with no document at risk (a teacher's certificate at
    /// risk beside a serviceman's valid one: the out-of-turn place stands;
    /// review helper-145).
    pub fn priority_documents_at_risk(&self) -> Vec<crate::documents::DocumentKind> {
        let top = self.category.category;
        let grounds = || {
            self.category
                .grounds
                .iter()
                .filter(move |g| g.confirmed && g.category == top)
        };
        if grounds().any(|g| g.documents.iter().all(|d| self.proof_sound(*d))) {
            return Vec::new();
        }
        let docs: Vec<_> = grounds()
            .flat_map(|g| g.documents.iter().copied())
            .collect();
        self.counted_proofs(|i| at_risk_on_acceptance(i) && docs.contains(&i.document))
    }

    /// The category the grounds whose proof is in hand, with nothing at risk,
    /// give (confirmed through the e-government gateway, or every document
    /// sound: not missing, out of date, unconfirmed or at risk by the
    /// day-of-issue reading): where the child stands if the rest of the
    /// priority declared is not confirmed (cl. 20–21, the highest wins).
    /// Below [`CategoryDecision::category`] exactly when the category counts
    /// on a right whose proof is [unproven](Self::unproven_priority_documents)
    /// or [at risk](Self::priority_documents_at_risk). General at admission.
    pub fn proven_category(&self) -> crate::category::Category {
        use crate::category::Category;
        if self.service != Service::QueueRegistration {
            return Category::General;
        }
        self.category
            .grounds
            .iter()
            .filter(|g| g.confirmed && g.documents.iter().all(|d| self.proof_sound(*d)))
            .map(|g| g.category)
            .max()
            .unwrap_or(Category::General)
    }

    /// Every checklist line of the document `d` that applies is in hand and
    /// not at risk.
    fn proof_sound(&self, d: crate::documents::DocumentKind) -> bool {
        self.checklist
            .items
            .iter()
            .filter(|i| i.applies && i.document == d)
            .all(|i| !unproven(i) && !at_risk_on_acceptance(i))
    }

    /// The documents of the grounds the category counts on (at queue
    /// registration, a category above general) whose checklist line is
    /// `which`, once each, in checklist order.
    fn counted_proofs(
        &self,
        which: impl Fn(&checklist::ChecklistItem) -> bool,
    ) -> Vec<crate::documents::DocumentKind> {
        if self.service != Service::QueueRegistration
            || self.category.category == crate::category::Category::General
        {
            return Vec::new();
        }
        let counted: Vec<_> = self
            .category
            .grounds
            .iter()
            .filter(|g| g.confirmed)
            .flat_map(|g| g.documents.iter().copied())
            .collect();
        let mut out = Vec::new();
        for i in &self.checklist.items {
            if i.applies && counted.contains(&i.document) && which(i) && !out.contains(&i.document)
            {
                out.push(i.document);
            }
        }
        out
    }
}

/// A proof not in hand: missing, out of date, or unconfirmed (an "if any"
/// certificate not held, a proof by analogy lapsed) — or held with its day
/// of issue not given, so not yet judged valid (the safe side).
fn unproven(i: &checklist::ChecklistItem) -> bool {
    use checklist::Status;
    matches!(
        i.status,
        Status::Missing | Status::Expired | Status::Unconfirmed | Status::AwaitsIssueDate
    )
}

/// A proof valid today but not on the day the application is accepted: a
/// one-month certificate at risk then by the day-of-issue reading (Annex 2
/// p. 8 sub. 4–5), or out of date then, an application made now being
/// accepted on a later day (Annex 2 p. 7 sub. 3; the law-enforcement
/// certificate's own reason). Review helper-146: the second was said as
/// sound.
fn at_risk_on_acceptance(i: &checklist::ChecklistItem) -> bool {
    i.status == checklist::Status::ExpiresSoon
        && (i.at_risk_by_issue_day() || i.lapses_before_acceptance())
}

/// The day the queue registration's age is judged on: the day an application
/// made now is accepted, where the service can be asked now (else today).
fn age_judged_on(case: &Case, timing: &schedule::ServiceTiming) -> chrono::NaiveDate {
    if timing.available {
        timing.accepted_at.date()
    } else {
        case.as_of.date()
    }
}

/// Evaluates `case` with the built-in calendar.
pub fn evaluate(case: &Case) -> Result<Evaluation, CaseError> {
    evaluate_with(case, Calendar::builtin())
}

/// Evaluates `case` with the calendar `cal`.
pub fn evaluate_with(case: &Case, cal: &Calendar) -> Result<Evaluation, CaseError> {
    case.validate()?;
    evaluate_validated(case, cal)
}

/// [`evaluate_with`] of a case [`Case::validate`] has accepted.
fn evaluate_validated(case: &Case, cal: &Calendar) -> Result<Evaluation, CaseError> {
    let iin = check_iin(case);
    let category = category::decide(case);
    let queues = queues::decide(case);
    let limits = limits::decide(case);
    // The service's timing, for the checklist (cl. 22's day) and the schedule.
    let timing = schedule::service_timing(case.service, case.channel, case.as_of, cal);
    // The day an application made now is accepted: the referral's remedy
    // is judged against it (`refusal::assess`); and the later day the
    // portal accepts it on if working time ends with the reception.
    let accepted_on = timing.accepted_at.date();
    let after_reception = schedule::accepted_on_if_working_time_ends_with_reception(&timing, cal);
    // cl. 18 / cl. 24 sub. 9 judged on the day of acceptance (review44),
    // and on the later day where it moves the outcome (rules45).
    let age = age::decide_at(case, age_judged_on(case, &timing), after_reception);
    let checklist = checklist::build_with(case, cal, &timing);
    let schedule = schedule_of(case, cal, timing);
    answer_dates_supported(
        case,
        Some(&age),
        Some(&limits),
        Some(&checklist),
        Some(&schedule),
    )?;
    let refusal = refusal::assess(
        case,
        &checklist,
        accepted_on,
        after_reception,
        &age,
        &limits,
        iin.encoded_birth_date.filter(|_| !iin.matches_birth_date),
    );
    let application = payload::prepare(case, &category);
    let edition_warning = edition::edition_warning(case.as_of.date());
    let calendar = calendar_use(cal, case.as_of.date().year());

    // Room for one evaluation's ~100 citations and ~50 reasons (issue 19:
    // grown from empty they were copied six times).
    let mut citations: Vec<Citation> = Vec::with_capacity(128);
    let mut reasons: Vec<ReasonCode> = Vec::with_capacity(64);
    reasons.extend([iin.reason, calendar.reason]);
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
    let information = crate::information::lines(case, &queues);
    for i in &information {
        citations.extend(i.citations.iter().cloned());
        reasons.push(i.reason);
    }
    // Unstable sorts: equal items are identical (issue 19: half the cost).
    citations.sort_unstable();
    citations.dedup();
    reasons.sort_unstable();
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

/// When the service happens for `case`, with the admission's second check:
/// `schedule` is `schedule::service_timing` of the case's service, channel
/// and instant.
fn schedule_of(case: &Case, cal: &Calendar, mut schedule: ServiceTiming) -> ServiceTiming {
    // cl. 22, second check: for admission the originals are due within 5
    // working days of receiving the referral — while they are still to be
    // shown: once the parent gives the day the documents were confirmed after
    // the referral (`documents_confirmed_on`), that check is made and no day
    // is left.
    let confirmed = case
        .admission
        .as_ref()
        .is_some_and(|a| a.documents_confirmed_on.is_some());
    if let Some(issued) = (case.service == Service::Admission && schedule.available && !confirmed)
        .then(|| case.held(crate::documents::DocumentKind::Referral))
        .flatten()
        .and_then(|r| r.issued_on)
    {
        let by = schedule::admission_originals_by(issued, cal);
        let safe_by = schedule::originals_safe_by(issued, cal);
        schedule.originals_by = Some(by);
        schedule.originals_safe_by = Some(safe_by);
        schedule
            .reasons
            .push(ReasonCode::ScheduleOriginalsAfterReferral);
        // cl. 22 «жолдама алған сәттен бастап»: the day of receiving the
        // referral as the first of the five is a reading (see `schedule`).
        if safe_by != by {
            schedule
                .reasons
                .push(ReasonCode::ScheduleOriginalsFirstDayReading);
        }
        schedule.citations.push(Citation::clause(22));
        schedule.add_originals_where();
        // Set against the evaluation's instant: passed, or closed today.
        schedule.settle_originals_day();
    }
    schedule
}

/// A section of an [`Evaluation`] an embedding page can ask for alone (the
/// JS API's `evaluate(case, calendar, {sections})`, issue 19): named as the
/// evaluation's field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Section {
    /// [`Evaluation::iin`].
    Iin,
    /// [`Evaluation::category`].
    Category,
    /// [`Evaluation::queues`].
    Queues,
    /// [`Evaluation::age`].
    Age,
    /// [`Evaluation::limits`].
    Limits,
    /// [`Evaluation::checklist`].
    Checklist,
    /// [`Evaluation::schedule`].
    Schedule,
    /// [`Evaluation::refusal`].
    Refusal,
    /// [`Evaluation::application`].
    Application,
    /// [`Evaluation::information`].
    Information,
    /// [`Evaluation::citations`] (needs every other section).
    Citations,
    /// [`Evaluation::reasons`] (needs every other section).
    Reasons,
}

impl Section {
    /// Every section, in the evaluation's order.
    pub const ALL: &'static [Section] = &[
        Section::Iin,
        Section::Category,
        Section::Queues,
        Section::Age,
        Section::Limits,
        Section::Checklist,
        Section::Schedule,
        Section::Refusal,
        Section::Application,
        Section::Information,
        Section::Citations,
        Section::Reasons,
    ];

    /// The field name, e.g. `"checklist"`.
    pub fn name(self) -> &'static str {
        match self {
            Section::Iin => "iin",
            Section::Category => "category",
            Section::Queues => "queues",
            Section::Age => "age",
            Section::Limits => "limits",
            Section::Checklist => "checklist",
            Section::Schedule => "schedule",
            Section::Refusal => "refusal",
            Section::Application => "application",
            Section::Information => "information",
            Section::Citations => "citations",
            Section::Reasons => "reasons",
        }
    }

    /// The section of a field name.
    pub fn from_name(name: &str) -> Option<Section> {
        Section::ALL.iter().copied().find(|s| s.name() == name)
    }
}

/// An [`Evaluation`] with only the sections asked for: the header
/// (`schema_version`, `edition`, `edition_warning`, `calendar`, `service`,
/// `channel`, `as_of`) always, each [`Section`] only when asked for, equal to
/// the full evaluation's. Its JSON is the full evaluation's without the
/// sections not asked for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PartialEvaluation {
    /// [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The rules edition evaluated.
    pub edition: String,
    /// As [`Evaluation::edition_warning`].
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
    pub as_of: chrono::NaiveDateTime,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::iin`], when the `iin` section is asked for.
    pub iin: Option<IinCheck>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::category`], when the `category` section is asked for.
    pub category: Option<CategoryDecision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::queues`], when the `queues` section is asked for.
    pub queues: Option<QueuesDecision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::age`], when the `age` section is asked for.
    pub age: Option<AgeDecision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::limits`], when the `limits` section is asked for.
    pub limits: Option<LimitsDecision>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::checklist`], when the `checklist` section is asked for.
    pub checklist: Option<Checklist>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::schedule`], when the `schedule` section is asked for.
    pub schedule: Option<ServiceTiming>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::refusal`], when the `refusal` section is asked for.
    pub refusal: Option<RefusalAssessment>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::application`], when the `application` section is asked for.
    pub application: Option<PreparedApplication>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::information`], when the `information` section is asked for.
    pub information: Option<Vec<crate::information::Information>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::citations`], when the `citations` section is asked for.
    pub citations: Option<Vec<Citation>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    /// [`Evaluation::reasons`], when the `reasons` section is asked for.
    pub reasons: Option<Vec<ReasonCode>>,
}

impl PartialEvaluation {
    /// The sections `wanted` of a full evaluation.
    fn of(e: Evaluation, wanted: &[Section]) -> Self {
        let want = |s: Section| wanted.contains(&s);
        PartialEvaluation {
            schema_version: e.schema_version,
            edition: e.edition,
            edition_warning: e.edition_warning,
            calendar: e.calendar,
            service: e.service,
            channel: e.channel,
            as_of: e.as_of,
            iin: want(Section::Iin).then_some(e.iin),
            category: want(Section::Category).then_some(e.category),
            queues: want(Section::Queues).then_some(e.queues),
            age: want(Section::Age).then_some(e.age),
            limits: want(Section::Limits).then_some(e.limits),
            checklist: want(Section::Checklist).then_some(e.checklist),
            schedule: want(Section::Schedule).then_some(e.schedule),
            refusal: want(Section::Refusal).then_some(e.refusal),
            application: want(Section::Application).then_some(e.application),
            information: want(Section::Information).then_some(e.information),
            citations: want(Section::Citations).then_some(e.citations),
            reasons: want(Section::Reasons).then_some(e.reasons),
        }
    }
}

/// Evaluates only the sections `wanted` of `case` (and what they depend on:
/// the refusal risks need the IIN check, age, limits and checklist; the
/// application needs the category; `citations` and `reasons` need every
/// section, so they evaluate the whole case). Each section equals the full
/// [`evaluate_with`]'s.
pub fn evaluate_sections(
    case: &Case,
    cal: &Calendar,
    wanted: &[Section],
) -> Result<PartialEvaluation, CaseError> {
    case.validate()?;
    evaluate_sections_validated(case, cal, wanted)
}

/// A case [`Case::validate`] has accepted, as the doors read one
/// ([`crate::wire::read_valid_case`]: the JS API's `evaluate` and
/// `checklist`, `kezek evaluate`), or [`ValidCase::try_from`] a case built in
/// code: evaluated without validating it a second time (issue 19; probe46:
/// `checklist` validated the case it had just read). The type is the proof
/// that the case was validated, so the evaluation that skips it is not
/// public ([`evaluate_sections_validated`] was, and a case not validated
/// could be given to it).
#[derive(Debug, Clone, PartialEq)]
pub struct ValidCase(Case);

impl ValidCase {
    /// A case the caller has just validated (read by [`Case::from_json`]).
    pub(crate) fn validated(case: Case) -> Self {
        ValidCase(case)
    }

    /// The case.
    pub fn case(&self) -> &Case {
        &self.0
    }

    /// The case, given back.
    pub fn into_case(self) -> Case {
        self.0
    }

    /// [`evaluate_with`] of the case, not validated again.
    pub fn evaluate(&self, cal: &Calendar) -> Result<Evaluation, CaseError> {
        evaluate_validated(&self.0, cal)
    }

    /// [`evaluate_sections`] of the case, not validated again.
    pub fn evaluate_sections(
        &self,
        cal: &Calendar,
        wanted: &[Section],
    ) -> Result<PartialEvaluation, CaseError> {
        evaluate_sections_validated(&self.0, cal, wanted)
    }
}

impl TryFrom<Case> for ValidCase {
    type Error = CaseError;

    /// The case, once [`Case::validate`] accepts it.
    fn try_from(case: Case) -> Result<Self, CaseError> {
        case.validate()?;
        Ok(ValidCase(case))
    }
}

/// [`evaluate_sections`] of a case [`Case::validate`] has accepted: the same
/// answer, without validating the case a second time. Reached through
/// [`ValidCase`], whose type says the case was validated; a case not
/// validated must go through [`evaluate_sections`], which refuses what this
/// would compute with (a date outside the supported range, a malformed IIN).
fn evaluate_sections_validated(
    case: &Case,
    cal: &Calendar,
    wanted: &[Section],
) -> Result<PartialEvaluation, CaseError> {
    let want = |s: Section| wanted.contains(&s);
    if want(Section::Citations) || want(Section::Reasons) {
        return Ok(PartialEvaluation::of(
            evaluate_validated(case, cal)?,
            wanted,
        ));
    }
    let refusal_wanted = want(Section::Refusal);
    let iin = (want(Section::Iin) || refusal_wanted).then(|| check_iin(case));
    let category =
        (want(Section::Category) || want(Section::Application)).then(|| category::decide(case));
    let age_wanted = want(Section::Age) || refusal_wanted;
    let limits = (want(Section::Limits) || refusal_wanted).then(|| limits::decide(case));
    let checklist_wanted = want(Section::Checklist) || refusal_wanted;
    let timing = (checklist_wanted || want(Section::Schedule) || age_wanted)
        .then(|| schedule::service_timing(case.service, case.channel, case.as_of, cal));
    let after_reception = timing
        .as_ref()
        .and_then(|t| schedule::accepted_on_if_working_time_ends_with_reception(t, cal));
    let age = timing
        .as_ref()
        .filter(|_| age_wanted)
        .map(|t| age::decide_at(case, age_judged_on(case, t), after_reception));
    let checklist = match &timing {
        Some(timing) if checklist_wanted => Some(checklist::build_with(case, cal, timing)),
        _ => None,
    };
    let accepted_on = timing.as_ref().map(|t| t.accepted_at.date());
    let schedule = timing
        .filter(|_| want(Section::Schedule))
        .map(|timing| schedule_of(case, cal, timing));
    answer_dates_supported(
        case,
        age.as_ref(),
        limits.as_ref(),
        checklist.as_ref(),
        schedule.as_ref(),
    )?;
    let refusal = match (&iin, &age, &limits, &checklist, accepted_on) {
        (Some(iin), Some(age), Some(limits), Some(checklist), Some(accepted_on))
            if refusal_wanted =>
        {
            Some(refusal::assess(
                case,
                checklist,
                accepted_on,
                after_reception,
                age,
                limits,
                iin.encoded_birth_date.filter(|_| !iin.matches_birth_date),
            ))
        }
        _ => None,
    };
    let application = match &category {
        Some(category) if want(Section::Application) => Some(payload::prepare(case, category)),
        _ => None,
    };
    // The queues, for their own section and the information's cl. 26–27 lines.
    let queues =
        (want(Section::Queues) || want(Section::Information)).then(|| queues::decide(case));
    let information = queues
        .as_ref()
        .filter(|_| want(Section::Information))
        .map(|q| crate::information::lines(case, q));
    Ok(PartialEvaluation {
        schema_version: SCHEMA_VERSION,
        edition: crate::EDITION.to_owned(),
        edition_warning: edition::edition_warning(case.as_of.date()),
        calendar: calendar_use(cal, case.as_of.date().year()),
        service: case.service,
        channel: case.channel,
        as_of: case.as_of,
        iin: iin.filter(|_| want(Section::Iin)),
        category: category.filter(|_| want(Section::Category)),
        queues: queues.filter(|_| want(Section::Queues)),
        age: age.filter(|_| want(Section::Age)),
        limits: limits.filter(|_| want(Section::Limits)),
        checklist: checklist.filter(|_| want(Section::Checklist)),
        schedule,
        refusal,
        application,
        information,
        citations: None,
        reasons: None,
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
    IinCheck::of(case.child.iin.as_deref(), case.child.birth_date)
}

impl IinCheck {
    /// The birth date a valid IIN encodes (its first six digits with the
    /// century of the seventh, [`crate::iin::decode`]); none for a malformed
    /// one. The date [`IinCheck::of`] checks a typed date against, and the
    /// one a form or a family-service request goes by where no date is typed
    /// (the app's «from the IIN», `child.iin` of a catalogue request).
    pub fn encoded(iin: &str) -> Option<chrono::NaiveDate> {
        crate::iin::decode(iin).ok().map(|(date, _)| date)
    }

    /// The child's IIN (if given) checked against `birth_date`: the one
    /// definition of the check behind `iin.birth_date_mismatch` (Annex 2/4
    /// p. 9 sub. 1, data that do not agree), which a form asks too before
    /// a typed date drives anything. A malformed IIN (said by
    /// [`crate::iin::parse`]) contradicts nothing here.
    pub fn of(iin: Option<&str>, birth_date: chrono::NaiveDate) -> IinCheck {
        match iin.map(IinCheck::encoded) {
            Some(Some(encoded)) => {
                let matches = encoded == birth_date;
                IinCheck {
                    given: true,
                    matches_birth_date: matches,
                    encoded_birth_date: Some(encoded),
                    reason: if matches {
                        ReasonCode::IinOk
                    } else {
                        ReasonCode::IinBirthDateMismatch
                    },
                }
            }
            // `Case::validate` rejects a malformed IIN before evaluation.
            Some(None) | None => IinCheck {
                given: iin.is_some(),
                matches_birth_date: true,
                encoded_birth_date: None,
                reason: ReasonCode::IinOk,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &[&str] = &[
        "schema_version",
        "edition",
        "edition_warning",
        "calendar",
        "service",
        "channel",
        "as_of",
    ];

    fn example_cases() -> Vec<Case> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases");
        let mut paths: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        paths.sort();
        let cases: Vec<Case> = paths
            .into_iter()
            .filter_map(|e| Case::from_json(&std::fs::read_to_string(e).unwrap()).ok())
            .collect();
        assert!(cases.len() >= 10);
        cases
    }

    /// What [`Service::asks`] says admission does not ask (the times
    /// queued, cl. 15; the sanatorium and special queues, cl. 13) changes
    /// nothing the admission's evaluation decides: its category, age,
    /// documents, timing, refusal grounds (Annex 4 p. 9), application and
    /// information lines are the same with or without the answers; only the
    /// queues and limits — not shown at admission — move.
    #[test]
    fn admission_reads_none_of_the_queue_questions() {
        use crate::case::{Disorder, SanatoriumType};
        use crate::service::ChildQuestion;
        use crate::testing::CaseBuilder;
        for q in ChildQuestion::ALL {
            assert!(Service::QueueRegistration.asks(q), "{q:?}");
            assert!(!Service::Admission.asks(q), "{q:?}");
        }
        let plain = || CaseBuilder::admission().special_needs(true);
        let answered = plain()
            .times_queued(5)
            .sanatorium(SanatoriumType::Prevention)
            .disorders(&[Disorder::Hearing])
            .build();
        let (a, b) = (
            evaluate(&plain().build()).unwrap(),
            evaluate(&answered).unwrap(),
        );
        assert_eq!(a.category, b.category);
        assert_eq!(a.age, b.age);
        assert_eq!(a.checklist, b.checklist);
        assert_eq!(a.schedule, b.schedule);
        assert_eq!(a.refusal, b.refusal);
        assert_eq!(a.application, b.application);
        assert_eq!(a.information, b.information);
        assert_ne!(a.queues, b.queues, "the test's answers are not void");
    }

    /// The full evaluation's JSON with only the header and `wanted`.
    fn full_without_others(full: &serde_json::Value, wanted: &[Section]) -> serde_json::Value {
        let mut v = full.clone();
        v.as_object_mut()
            .unwrap()
            .retain(|k, _| HEADER.contains(&k.as_str()) || wanted.iter().any(|s| s.name() == k));
        v
    }

    /// Sections computed on their own (every combination of up to three of
    /// the ten, all ten, and each aggregate) are exactly those sections of
    /// the full evaluation, for every example case.
    #[test]
    fn sections_asked_for_alone_equal_the_full_evaluations() {
        let cal = Calendar::builtin();
        let own = &Section::ALL[..10];
        for case in example_cases() {
            let full = serde_json::to_value(evaluate_with(&case, cal).unwrap()).unwrap();
            // Every combination of up to three sections, and all ten.
            let masks =
                (0u32..(1 << own.len())).filter(|m| m.count_ones() <= 3 || m.count_ones() == 10);
            for mask in masks {
                let wanted: Vec<Section> = (0..own.len())
                    .filter(|i| mask & (1 << i) != 0)
                    .map(|i| own[i])
                    .collect();
                let got = serde_json::to_value(evaluate_sections(&case, cal, &wanted).unwrap());
                assert_eq!(
                    got.unwrap(),
                    full_without_others(&full, &wanted),
                    "{wanted:?}"
                );
            }
            for aggregate in [Section::Citations, Section::Reasons] {
                for wanted in [vec![aggregate], vec![aggregate, Section::Category]] {
                    let got = serde_json::to_value(evaluate_sections(&case, cal, &wanted).unwrap());
                    assert_eq!(got.unwrap(), full_without_others(&full, &wanted));
                }
            }
            let all = serde_json::to_value(evaluate_sections(&case, cal, Section::ALL).unwrap());
            assert_eq!(all.unwrap(), full, "all sections are the full evaluation");
            // The doors' path: the read case, a ValidCase, not validated again.
            let valid = ValidCase::try_from(case.clone()).unwrap();
            for wanted in [Section::ALL, &[Section::Category, Section::Queues][..]] {
                assert_eq!(
                    valid.evaluate_sections(cal, wanted).unwrap(),
                    evaluate_sections(&case, cal, wanted).unwrap()
                );
            }
            assert_eq!(
                valid.evaluate(cal).unwrap(),
                evaluate_with(&case, cal).unwrap()
            );
        }
    }

    /// An invalid case is refused whatever is asked for.
    #[test]
    fn sections_of_an_invalid_case_are_its_error() {
        let mut case = example_cases().remove(0);
        case.applicant.phones = vec!["not a phone".into()];
        let full = evaluate_with(&case, Calendar::builtin()).unwrap_err();
        for wanted in [&[][..], &[Section::Queues], Section::ALL] {
            assert_eq!(
                evaluate_sections(&case, Calendar::builtin(), wanted).unwrap_err(),
                full
            );
        }
        // No ValidCase of it: the evaluation that does not validate is
        // reached only through one.
        assert_eq!(ValidCase::try_from(case).unwrap_err(), full);
    }

    #[test]
    fn section_names_are_the_evaluation_fields() {
        let full = serde_json::to_value(evaluate(&example_cases()[0]).unwrap()).unwrap();
        for &s in Section::ALL {
            assert!(full.get(s.name()).is_some(), "{}", s.name());
            assert_eq!(Section::from_name(s.name()), Some(s));
            assert_eq!(serde_json::to_value(s).unwrap(), s.name());
        }
        assert_eq!(Section::from_name("nonsense"), None);
    }
}
