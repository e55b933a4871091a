//! The eight screens of the wizard, one component per file. Each receives the
//! same [`StepProps`]: the translator, the draft, the dispatcher and the
//! rules' evaluation of the draft (or the first field to fix).

use std::rc::Rc;

use chrono::NaiveDateTime;
use kezek_rules::Evaluation;
use kezek_rules::ReasonCode;
use yew::prelude::*;

use crate::draft::{Draft, FieldError};
use crate::i18n::I18n;
use crate::state::{Action, Outcome};

pub mod applicant;
pub mod child;
pub mod documents;
pub mod family;
pub mod handoff;
pub mod queue;
pub mod result;
#[cfg(test)]
mod review47_tests;
#[cfg(test)]
mod rules46_tests;
#[cfg(test)]
mod rules47_tests;
pub mod service;
#[cfg(test)]
mod texts47_tests;
#[cfg(test)]
mod wording47_tests;

/// Props every step receives.
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    /// Translator.
    pub i18n: I18n,
    /// The answers.
    pub draft: Rc<Draft>,
    /// Changes the answers.
    pub dispatch: Callback<Action>,
    /// "Now" in Asia/Almaty.
    pub now: NaiveDateTime,
    /// The rules' answer for the draft.
    pub outcome: Rc<Outcome>,
    /// Every problem with the answers ([`Draft::problems`]).
    pub problems: Rc<Vec<FieldError>>,
    /// Show errors of this step's fields (after a Next attempt).
    pub show_errors: bool,
    /// Kezek runs inside a page that opened it (`?embed=1`).
    pub embedded: bool,
    /// The working-day calendar the dates are counted with.
    pub calendar: crate::state::CalendarInUse,
}

impl StepProps {
    /// The translated error for `field` (or any field under it), when errors are shown.
    pub fn error_for(&self, field: &str) -> Option<AttrValue> {
        if !self.show_errors {
            return None;
        }
        self.problems
            .iter()
            .find(|e| e.field == field || e.field.starts_with(&format!("{field}[")))
            .map(|e| self.i18n.t_args(&e.key, &e.args()).into())
    }

    /// A dispatcher of one action built from a value.
    pub fn send<T: 'static>(&self, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
        self.dispatch.reform(f)
    }

    /// Translate.
    pub fn t(&self, id: &str) -> String {
        self.i18n.t(id)
    }
}

/// Whether the application the evaluation prepares is the Annex 5 form alone
/// (admission, Annex 4 p. 8 sub. 2) rather than Annex 1 with the consent.
pub fn annex5_only(e: &Evaluation) -> bool {
    !e.application
        .application
        .forms
        .iter()
        .any(|f| f == "annex1")
}

/// The name of a document of the checklist: the application names the form
/// the evaluation prepares; otherwise the item's name as the rules give it
/// (its `name_key`: e.g. the teacher's diploma in the original at cl. 22's
/// second check after a referral, not Annex 2's scanned copy), or the
/// document's own where it is no item.
pub fn document_name(
    p: &StepProps,
    e: &Evaluation,
    kind: kezek_rules::documents::DocumentKind,
) -> String {
    if kind == kezek_rules::documents::DocumentKind::ApplicationForm && annex5_only(e) {
        return p.t("ui-doc-application-annex5");
    }
    e.checklist
        .item(kind)
        .map_or_else(|| p.t(&kind.key()), |i| p.t(&i.name_key))
}

/// The category as step 5 heads it and the hand-off's summary names it. A
/// priority is headed as the category the declared grounds give once proven
/// (cl. 20, cl. 22: declared here, the provider confirms the right), never
/// as one the child has. With none counted at admission — the rules' line is
/// the admission's (`category.general_admission`, or cl. 16's
/// `category.referral_from_general_queue_cl16`) — the child holds a
/// referral and there is no queue: headed as that line says, not "General
/// queue".
pub fn category_heading(p: &StepProps, e: &Evaluation) -> String {
    use kezek_rules::category::Category;
    use kezek_rules::ReasonCode;
    let cat = &e.category;
    let admission_line = cat.reasons.iter().any(|r| {
        matches!(
            r,
            ReasonCode::CategoryGeneralAdmission | ReasonCode::CategoryReferralFromGeneralQueueCl16
        )
    });
    match cat.category {
        Category::General if admission_line => p.t("ui-category-general-admission"),
        Category::General => p.t(&cat.category.key()),
        c => p
            .i18n
            .t_args("ui-category-claimed", &[("category", p.t(&c.key()))]),
    }
}

/// The application Kezek prepares waits only for the consent given on the hand-off step
/// (not a document the parent lacks).
pub fn awaits_consent(p: &StepProps, i: &kezek_rules::checklist::ChecklistItem) -> bool {
    i.source == kezek_rules::checklist::Source::Kezek
        && i.status == kezek_rules::checklist::Status::Missing
        && !p.draft.consent
}

/// The referral's later day under Kezek's reading of cl. 22 (counted from the
/// documents' confirmation), said beside the day to rely on (Annex 4 p. 8
/// sub. 1: five working days from issue); `None` where there is none. A day
/// to rely on before the evaluation's day (`e.as_of`) is said to have passed,
/// not as a day to rely on.
pub fn referral_reading(
    p: &StepProps,
    e: &Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Option<String> {
    let (later, last) = i.reading_last_day.zip(i.last_valid_day)?;
    // Annex 4's day to rely on: the safe day (the day of issue counted, not a
    // day off), Kezek's count where the evaluation gives none.
    let safe = i.safe_last_day.unwrap_or(last);
    let key = if passed(e, safe) {
        "ui-referral-cl22-reading-passed"
    } else {
        "ui-referral-cl22-reading"
    };
    Some(p.i18n.t_args(
        &from_vacancy(i, key),
        &[("later", p.i18n.date(later)), ("safe", p.i18n.date(safe))],
    ))
}

/// The referral's day to say beside its safe day (Annex 4 p. 8 sub. 1): when
/// the safe day (the day of issue counted, moved back off a day off) is
/// earlier than Kezek's count and still to come, Kezek's count as a reading;
/// when the safe day has gone by but Kezek's count has not, that it has.
/// Short: the sentence to act on is said beside it.
pub fn referral_safe_reading(
    p: &StepProps,
    e: &Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Option<String> {
    let last = i.last_valid_day?;
    let safe = i.safe_last_day.filter(|s| *s < last)?;
    if passed(e, last) {
        return None;
    }
    Some(if passed(e, safe) {
        p.i18n.t_args(
            "ui-referral-safe-passed",
            &[("safe", p.i18n.date(safe)), ("last", p.i18n.date(last))],
        )
    } else {
        p.i18n.t_args(
            &from_vacancy(i, "ui-referral-safe-reading"),
            &[("last", p.i18n.date(last))],
        )
    })
}

/// The message `key` of a referral's day, or its `-vacancy` form where the
/// rules count the five working days from the day an early-booked place was
/// vacated (cl. 3 p. 7, `doc.referral_from_vacancy`), not from the day of
/// issue, which `key` names.
pub fn from_vacancy(i: &kezek_rules::checklist::ChecklistItem, key: &str) -> String {
    if i.reasons
        .contains(&kezek_rules::ReasonCode::DocReferralFromVacancy)
    {
        format!("{key}-vacancy")
    } else {
        key.to_owned()
    }
}

/// A day the evaluation gives (a last day to apply, to show originals) is
/// before the day it was made for (`e.as_of`, Asia/Almaty): gone by, not a
/// day to act by.
pub fn passed(e: &Evaluation, day: chrono::NaiveDate) -> bool {
    day < e.as_of.date()
}

/// Every document is in order, the application awaiting consent aside.
pub fn documents_complete(p: &StepProps, e: &Evaluation) -> bool {
    e.checklist
        .items
        .iter()
        .all(|i| !i.status.blocks() || awaits_consent(p, i))
}

/// The summary over the checklist (step 6's lead and the hand-off's row):
/// incomplete; nothing missing but a held document's issue date to enter
/// (the rules' `awaits_issue_date`); complete but a document out of date
/// under one of Kezek's readings of its validity, which the refusal card
/// below names ([`documents_at_risk`]: "may be refused", never "complete"
/// alone above a preview that lists it); complete but a declared right left
/// unproven (an item `unconfirmed`: Annex 2 p. 8 item 4's «бар болған
/// жағдайда», or cl. 22's second check after a referral); complete but a
/// document expiring soon; or all in place.
pub fn documents_summary_key(p: &StepProps, e: &Evaluation) -> &'static str {
    use kezek_rules::checklist::Status;
    let has = |s: Status| e.checklist.items.iter().any(|i| i.status == s);
    if !documents_complete(p, e) {
        "ui-checklist-incomplete"
    } else if has(Status::AwaitsIssueDate) {
        if e.checklist
            .awaiting_issue_date
            .iter()
            .any(|k| date_refused(p, *k))
        {
            "ui-checklist-dates-refused"
        } else {
            "ui-checklist-awaits-dates"
        }
    } else if !documents_at_risk(e).is_empty() {
        "ui-checklist-complete-at-risk"
    } else if has(Status::Unconfirmed) {
        "ui-checklist-complete-unproven"
    } else if has(Status::ExpiresSoon) {
        "ui-checklist-complete-expiring"
    } else {
        "ui-checklist-complete"
    }
}

/// The documents the refusal risks that are Kezek's readings hold missing
/// or out of date (a health certificate at risk on the contract day, cl. 34
/// sub. 1; a referral or a one-month certificate at risk by the day its
/// count starts; one lapsing before cl. 22's check): the documents the
/// rules' preview of those risks alone names (`refusal::preview`), as step
/// 6's refusal card previews them when no flat ground stands beside.
pub fn documents_at_risk(e: &Evaluation) -> Vec<kezek_rules::documents::DocumentKind> {
    let readings: Vec<&kezek_rules::refusal::RefusalRisk> =
        e.refusal.risks.iter().filter(|r| r.reading).collect();
    kezek_rules::refusal::preview(e.service, e.channel, &readings)
        .map(|pv| pv.documents)
        .unwrap_or_default()
}

/// On egov.kz on a last day, when an application sent today is received
/// today on every reading of «жұмыс уақыты аяқталғанан кейін» (Annex 2 p. 7
/// sub. 3, Annex 4 p. 7 sub. 2; lawyer42): within the provider's hours for
/// receiving applications (sub. 1: from 09:00 to 17:30). Kezek reads
/// working time as the working day (to 18:00 at the kindergarten, 18:30 at
/// the department) and one sent before 09:00 as received at 09:00
/// (`schedule.accepted_when_working_day_starts`); read as those hours, one
/// sent outside them is accepted on the next working day. Set against the
/// evaluation's instant: which "send today" line is said, and its times.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PortalSend {
    /// Before the working day starts: between `from` and `until`.
    Between,
    /// Within the hours for receiving applications: by `until`.
    By,
    /// After them, still within Kezek's working time: at once.
    Now,
}

impl PortalSend {
    /// The band of `e`'s instant (on egov.kz, where Kezek's reading still
    /// accepts an application today). After the reception: the rules' one
    /// definition (`schedule::accepted_on_if_working_time_ends_with_reception`).
    pub fn of(p: &StepProps, e: &Evaluation) -> PortalSend {
        let timing = kezek_rules::schedule::service_timing(
            e.service,
            kezek_rules::Channel::EgovPortal,
            e.as_of,
            p.calendar.get(),
        );
        if e.schedule
            .reasons
            .contains(&ReasonCode::ScheduleAcceptedWhenWorkingDayStarts)
        {
            PortalSend::Between
        } else if kezek_rules::schedule::accepted_on_if_working_time_ends_with_reception(
            &timing,
            p.calendar.get(),
        )
        .is_some()
        {
            PortalSend::Now
        } else {
            PortalSend::By
        }
    }

    /// The message `base` with this band's suffix (`-send-between`,
    /// `-send-by`, `-send-now`).
    pub fn key(self, base: &str) -> String {
        let band = match self {
            PortalSend::Between => "between",
            PortalSend::By => "by",
            PortalSend::Now => "now",
        };
        format!("{base}-send-{band}")
    }
}

/// The end of the hours in which `e`'s provider receives applications
/// (Annex 2 p. 7 sub. 1, Annex 4 p. 7 sub. 1: 17:30), the time every reading
/// of the portal's working time keeps: the rules' one definition
/// ([`kezek_rules::common::offices::Hours::reception_end`]).
pub fn reception_until(e: &Evaluation) -> chrono::NaiveTime {
    kezek_rules::schedule::provider(e.service).reception_end()
}

/// The arguments of a [`PortalSend`] line: the working day's start
/// (`from`), the end of the hours for receiving applications (`until`) and
/// of Kezek's working time (`time`, the rules' `accepted_today_until`).
pub fn portal_send_args(
    p: &StepProps,
    e: &Evaluation,
    working_until: NaiveDateTime,
) -> [(&'static str, String); 3] {
    let from = kezek_rules::schedule::provider(e.service).working_day.from;
    [
        ("from", p.i18n.time(from)),
        ("until", p.i18n.time(reception_until(e))),
        ("time", p.i18n.time(working_until.time())),
    ]
}

/// cl. 16: while the month after a priority referral runs, the day the
/// general queue opens (the rules' `limits.cl16.general_queue_from`), in words.
pub fn cl16_general_from(p: &StepProps, e: &Evaluation) -> Option<String> {
    let c = e.limits.cl16.as_ref().filter(|c| !c.open_now)?;
    Some(p.i18n.t_args(
        "ui-cl16-general-from",
        &[("date", p.i18n.date(c.general_queue_from))],
    ))
}

/// The documents missing or out of date (the application awaiting consent
/// aside), and a priority's proof held but lapsed ([`held_lapsed`]: the
/// rules leave its right unconfirmed rather than the set incomplete, but it
/// is out of date all the same — walkthrough 28, M1).
pub fn blocking_documents(
    p: &StepProps,
    e: &Evaluation,
) -> Vec<kezek_rules::documents::DocumentKind> {
    e.checklist
        .items
        .iter()
        .filter(|i| (i.status.blocks() && !awaits_consent(p, i)) || out_of_date_when_used(i))
        .map(|i| i.document)
        .collect()
}

/// A priority's proof held but lapsed on the day the rules judge it, the
/// right it proves left unconfirmed — the rules' first reason says so
/// (`doc.recheck_lapsed`, `doc.recheck_lapsed_since_referral`,
/// `doc.priority_proof_lapsed`); step 6's "lapsed" badge.
pub fn held_lapsed(i: &kezek_rules::checklist::ChecklistItem) -> bool {
    use kezek_rules::reason::ReasonCode;
    matches!(
        i.reasons.first(),
        Some(
            ReasonCode::DocRecheckLapsed
                | ReasonCode::DocRecheckLapsedSinceReferral
                | ReasonCode::DocPriorityProofLapsed
        )
    )
}

/// Valid today, out of date on the first day the closed office or State
/// Corporation can receive the application (the rules' first reason
/// `doc.lapses_before_opening`, Annex 2 p. 7, cl. 5; for the law-enforcement
/// certificate asked by analogy `doc.priority_proof_lapses_before_opening`,
/// the priority unconfirmed rather than the document expired): step 6's
/// badge and line, the hand-off's note in the list of what is out of date.
pub fn lapses_before_opening(i: &kezek_rules::checklist::ChecklistItem) -> bool {
    use kezek_rules::reason::ReasonCode;
    matches!(
        i.reasons.first(),
        Some(ReasonCode::DocLapsesBeforeOpening | ReasonCode::DocPriorityProofLapsesBeforeOpening)
    )
}

/// Out of date on the day it is judged, whatever its status says: a
/// priority's proof held but lapsed ([`held_lapsed`], the right unconfirmed)
/// or a document out of date by the closed office's next opening
/// ([`lapses_before_opening`]) — listed with what is missing or out of date,
/// with its last day, never with what lapses before the originals are due.
pub fn out_of_date_when_used(i: &kezek_rules::checklist::ChecklistItem) -> bool {
    held_lapsed(i) || lapses_before_opening(i)
}

/// Valid today but lapsing before cl. 22's originals are due (the rules'
/// `doc.expires_before_cl22_check`, step 6's line): its last valid day.
pub fn lapses_before_originals(
    i: &kezek_rules::checklist::ChecklistItem,
) -> Option<chrono::NaiveDate> {
    i.reasons
        .contains(&kezek_rules::reason::ReasonCode::DocExpiresBeforeCl22Check)
        .then_some(i.last_valid_day)
        .flatten()
}

/// A document's last valid day on a day off (other than the referral, whose
/// safe day is its own): the rules' working day before it
/// (`last_working_day`, the reading `doc.last_day_non_working_reading`), the
/// day to rely on while it is still to come; `None` once it has gone by.
pub fn day_off_safe_day(
    e: &Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Option<chrono::NaiveDate> {
    let last = i.last_valid_day?;
    i.last_working_day.filter(|s| *s < last && !passed(e, *s))
}

/// The hand-off's "valid only until" note of a document whose last day `day`
/// is still to come: with the safe day first where the last day is a day off
/// ([`day_off_safe_day`]) or, but for the referral, the rules give an
/// earlier safe day (`safe_last_day`: the health certificate's, cl. 34 sub.
/// 1) — the earlier of the two — Kezek's count beside it as a reading.
pub fn lapses_on_note(
    p: &StepProps,
    e: &Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
    day: chrono::NaiveDate,
) -> String {
    // Out of date before an application made now is accepted (Annex 2 p.
    // 7; on the portal the rules' reading `doc.lapses_before_acceptance`):
    // "show it by its last day" cannot be done — get a new one.
    // (At a closed office, `doc.lapses_before_opening`: out of date on the
    // first day it can be handed in.)
    let key = if i.lapses_before_acceptance() {
        Some("ui-handoff-note-lapses-before-acceptance")
    } else if lapses_before_opening(i) {
        Some("ui-handoff-note-lapses-before-opening")
    } else {
        None
    };
    if let Some(key) = key.filter(|_| i.last_valid_day == Some(day)) {
        return p.i18n.t_args(key, &[("date", p.i18n.date(day))]);
    }
    // The safe day: a day off's working day before it ([`day_off_safe_day`])
    // or, for a document other than the referral (whose safe day the
    // hand-off says in its own line), the rules' `safe_last_day` (the health
    // certificate's, cl. 34 sub. 1 with the contract day one of the three
    // days) — the earlier of the two, while still to come.
    let own_safe = i.safe_last_day.filter(|s| {
        i.document != kezek_rules::documents::DocumentKind::Referral && *s < day && !passed(e, *s)
    });
    let safe = own_safe.into_iter().chain(day_off_safe_day(e, i)).min();
    match safe.filter(|_| i.last_valid_day == Some(day)) {
        Some(safe) => p.i18n.t_args(
            "ui-handoff-note-lapses-on-safe",
            &[("safe", p.i18n.date(safe)), ("date", p.i18n.date(day))],
        ),
        None => p
            .i18n
            .t_args("ui-handoff-note-lapses-on", &[("date", p.i18n.date(day))]),
    }
}

/// The hand-off's note of a document `kind` lapsing on `day` before cl. 22's
/// originals are due ([`lapsing_documents`]), from its checklist item.
pub fn lapsing_note(
    p: &StepProps,
    e: &Evaluation,
    kind: kezek_rules::documents::DocumentKind,
    day: chrono::NaiveDate,
) -> String {
    match e
        .checklist
        .items
        .iter()
        .find(|i| i.document == kind && i.last_valid_day == Some(day))
    {
        Some(i) => lapses_on_note(p, e, i, day),
        None => p
            .i18n
            .t_args("ui-handoff-note-lapses-on", &[("date", p.i18n.date(day))]),
    }
}

/// What the hand-off says beside a document's name in the lists of what to
/// bring and of cl. 22's originals, read from the rules' checklist item as
/// step 6 reads it: lapsed (with its last day), lapsing before the
/// originals are due (with its last day), or the health certificate at risk
/// on the contract day (`doc.health_certificate_first_day_reading` first,
/// with its safe day) — never named there as if in order.
pub fn lapse_note(
    p: &StepProps,
    e: &Evaluation,
    kind: kezek_rules::documents::DocumentKind,
) -> Option<String> {
    let i =
        e.checklist.items.iter().find(|i| {
            i.document == kind && i.status != kezek_rules::checklist::Status::NotNeeded
        })?;
    if out_of_date_when_used(i) || i.status == kezek_rules::checklist::Status::Expired {
        // Valid today, lapsed on the day that matters (the contract day):
        // its last day, not "lapsed".
        let note = match i.last_valid_day {
            // With what to do: a new one (step 6's `ui-expired-on`); not the
            // referral, of whose renewal the order says nothing.
            Some(d) if passed(e, d) && kind != kezek_rules::documents::DocumentKind::Referral => {
                p.i18n.t_args(
                    "ui-handoff-note-lapsed-on-renew",
                    &[("date", p.i18n.date(d))],
                )
            }
            Some(d) if passed(e, d) => p
                .i18n
                .t_args("ui-handoff-note-lapsed-on", &[("date", p.i18n.date(d))]),
            Some(d) => lapses_on_note(p, e, i, d),
            None => p.t("ui-handoff-note-lapsed"),
        };
        // Valid today and not on the contract day typed (cl. 34 sub. 1's
        // health certificate): that day, and what to do — a new one closer
        // to it, or the contract earlier. Not the referral, of whose renewal
        // the order says nothing (its own lines say its day).
        let contract = crate::draft::parse_date(&p.draft.contract_date).filter(|_| {
            e.service == kezek_rules::Service::Admission
                && kind != kezek_rules::documents::DocumentKind::Referral
                && i.reasons
                    .contains(&kezek_rules::reason::ReasonCode::DocLapsesBeforeUse)
        });
        Some(match contract {
            Some(day) => format!(
                "{note}; {}",
                p.i18n.t_args(
                    "ui-handoff-note-not-on-contract-day",
                    &[("contract", p.i18n.date(day))]
                )
            ),
            None => note,
        })
    } else if i.reasons.first()
        == Some(&kezek_rules::reason::ReasonCode::DocHealthCertificateFirstDayReading)
    {
        // At risk on the contract day (cl. 34 sub. 1, the contract day one of
        // the three days; step 6's "at risk"): its safe day, Kezek's count
        // beside it as a reading — not named as if in order.
        i.last_valid_day.map(|d| lapses_on_note(p, e, i, d))
    } else if i.at_risk_by_issue_day() {
        // At risk on the day an application made now is accepted (Annex 2
        // p. 8, the day of issue counted): the safe day first — gone by or
        // not — Kezek's count beside it as a reading, never "valid only
        // until" Kezek's day alone.
        // With what to do: a new one first (review helper-144, minor 6).
        let (safe, last) = i.safe_last_day.zip(i.last_valid_day)?;
        Some(p.i18n.t_args(
            "ui-handoff-note-at-risk-on-acceptance",
            &[("safe", p.i18n.date(safe)), ("date", p.i18n.date(last))],
        ))
    } else if i.at_risk_at_check_by_issue_day() {
        // At admission, at risk at cl. 22's second check by the same
        // reading: the safe day first, Kezek's count beside it (lawyer42).
        let (safe, last) = i.safe_last_day.zip(i.last_valid_day)?;
        Some(p.i18n.t_args(
            "ui-handoff-note-at-risk-on-check",
            &[("safe", p.i18n.date(safe)), ("date", p.i18n.date(last))],
        ))
    } else {
        lapses_before_originals(i).map(|d| lapses_on_note(p, e, i, d))
    }
}

/// The documents valid today that lapse before cl. 22's originals are due,
/// with their last day (the hand-off's "lapsing" warning).
pub fn lapsing_documents(
    e: &Evaluation,
) -> Vec<(kezek_rules::documents::DocumentKind, chrono::NaiveDate)> {
    e.checklist
        .items
        .iter()
        .filter(|i| !i.status.blocks() && !out_of_date_when_used(i))
        .filter_map(|i| lapses_before_originals(i).map(|d| (i.document, d)))
        .collect()
}

/// A priority category whose proof is not in hand: missing, out of date, or
/// an "if any" certificate not held — the rules'
/// [`Evaluation::unproven_priority_documents`]; the outcome holds only once
/// the document is brought. Or in hand but at risk on the day the
/// application is accepted by a reading of its month
/// ([`Evaluation::priority_documents_at_risk`]): the outcome holds only if
/// the provider counts as Kezek does.
///
/// Not when another ground of the same category is proven
/// ([`Evaluation::proven_category`]): the place stands either way.
pub fn proof_at_risk(e: &Evaluation) -> bool {
    e.proven_category() < e.category.category
        && (!e.unproven_priority_documents().is_empty()
            || !e.priority_documents_at_risk().is_empty())
}

/// The details said under a refusal risk (step 6's refusal card, the
/// hand-off's warnings): the rules' own `detail`, but
/// - not "the issue date is not entered, enter it" (`doc.awaits_issue_date`)
///   under a date typed and refused, which the risk's text says is to be
///   corrected ([`documents::risk_text_key`]; the re-walk of 05.12.2026);
/// - not the checklist item's reading that the risk's own text restates in
///   full — cl. 34 sub. 1's first-day count, Annex 4 p. 8 sub. 1's issue-day
///   count and cl. 22's count of the referral: each risk's text says the
///   same reading, its safe day and what to do (the re-walk read «Толкование
///   Kezek подпункта 1) пункта 34: …» twice back to back).
pub fn risk_details<'a>(
    p: &'a StepProps,
    r: &'a kezek_rules::refusal::RefusalRisk,
) -> impl Iterator<Item = ReasonCode> + 'a {
    const RESTATED: [(ReasonCode, ReasonCode); 3] = [
        (
            ReasonCode::RefusalHealthCertificateFirstDayReading,
            ReasonCode::DocHealthCertificateFirstDayReading,
        ),
        (
            ReasonCode::RefusalReferralAtRiskIssueDayReading,
            ReasonCode::DocReferralAtRiskIssueDayReading,
        ),
        (
            ReasonCode::RefusalReferralAtRiskCl22Reading,
            ReasonCode::DocReferralAtRiskCl22Reading,
        ),
    ];
    let refused = awaits_a_refused_date(p, r);
    r.detail.iter().copied().filter(move |x| {
        let enter_refused = refused && *x == ReasonCode::DocAwaitsIssueDate;
        !(enter_refused || RESTATED.contains(&(r.reason, *x)))
    })
}

/// The text of the rules' reason `r`, with the variables the age's two
/// texts of the day of acceptance need (`age.turns_six_by_acceptance`,
/// `age.too_old_on_acceptance`: the sixth birthday and the day an
/// application made now is accepted, on which the age is judged): wherever
/// the age card, step 6's refusal card or step 8 says them.
///
/// And (rules46) the year of cl. 18's «ағымдағы жыл», the year of the day
/// of acceptance (`$year`, the rules' `age.cutoff`: accepted in the next
/// year, that year's 1 September; the exception's headline
/// `age.sen_pmpc_exception` too, reread46; the eligible child's
/// `age.eligible`, texts47: accepted on 05.01.2027, not "this year"), and
/// the archive's day beside
/// the day of acceptance (`age.archive_date_before_acceptance`) or the
/// later day of the other reading of working time
/// (`age.archive_date_after_reception_reading`); and (rules47) the
/// order's own day, the sixth birthday, against the day of acceptance
/// (`age.archive_order_date_before_acceptance`) or the later day of the
/// other reading of working time and its year
/// (`age.turned_six_next_year_after_reception_reading`); and (wording47)
/// the archive lines' `$order`: `same` where Kezek's day is also the
/// order's own ([`kezek_rules::age::AgeDecision::archive_day_is_the_orders`]),
/// `later` where the sixth birthday comes after it.
pub fn reason_text(p: &StepProps, e: &kezek_rules::Evaluation, r: ReasonCode) -> String {
    use chrono::Datelike;
    let year = || ("year", e.age.cutoff.year().to_string());
    let birthday = || ("birthday", p.i18n.date(e.age.sixth_birthday));
    let accepted = || ("accepted", p.i18n.date(e.schedule.accepted_at.date()));
    let archive = || {
        let on = e.age.archive_on.map(|d| p.i18n.date(d));
        ("date", on.unwrap_or_default())
    };
    // The day of acceptance if working time ends with the reception (the
    // other reading of Annex 2 p. 7).
    let later_day = || {
        kezek_rules::schedule::accepted_on_if_working_time_ends_with_reception(
            &e.schedule,
            p.calendar.get(),
        )
    };
    // Kezek's archive day is also the order's own (cl. 24 sub. 9; wording47).
    let order = || {
        let same = e.age.archive_day_is_the_orders();
        ("order", if same { "same" } else { "later" }.to_string())
    };
    let args = match r {
        ReasonCode::AgeTurnsSixByAcceptance => vec![birthday(), accepted(), year()],
        ReasonCode::AgeTooOldOnAcceptance => vec![birthday(), accepted()],
        ReasonCode::AgeEligible
        | ReasonCode::AgeOverOnEveryReading
        | ReasonCode::AgeTurnedSixArchived
        | ReasonCode::AgeSenPmpcException => vec![year()],
        ReasonCode::AgeArchiveDate | ReasonCode::AgeArchiveDatePast => vec![archive(), order()],
        // cl. 24 sub. 9's own day, the sixth birthday (review47: said by
        // the age card alone, which passed it itself).
        ReasonCode::AgeArchiveOrderDate | ReasonCode::AgeArchiveOrderDatePast => vec![birthday()],
        ReasonCode::AgeArchiveDateBeforeAcceptance => vec![archive(), accepted(), order()],
        ReasonCode::AgeArchiveDateAfterReceptionReading => {
            let later = later_day().map(|d| p.i18n.date(d)).unwrap_or_default();
            vec![archive(), ("accepted", later), order()]
        }
        // The order's own day against the day of acceptance (rules47).
        ReasonCode::AgeArchiveOrderDateBeforeAcceptance => vec![birthday(), accepted()],
        // The later day of the other reading of working time, and its year.
        ReasonCode::AgeTurnedSixNextYearAfterReceptionReading => {
            let (later, year) = later_day()
                .map(|d| (p.i18n.date(d), d.year().to_string()))
                .unwrap_or_default();
            vec![birthday(), ("accepted", later), ("year", year)]
        }
        _ => return p.t(&r.key()),
    };
    p.i18n.t_args(&r.key(), &args)
}

/// Whether the refusal risk `r` awaits the issue dates of documents whose
/// typed dates were all refused ([`date_refused`]): said as dates to
/// correct, not to enter ([`documents::risk_text_key`], [`risk_details`]).
pub fn awaits_a_refused_date(p: &StepProps, r: &kezek_rules::refusal::RefusalRisk) -> bool {
    r.reason == ReasonCode::RefusalAwaitsIssueDate
        && !r.documents.is_empty()
        && r.documents.iter().all(|d| date_refused(p, *d))
}

/// Whether the issue date typed for the held document `kind` was refused
/// (in the future, before the child's birth, not a date: a problem at
/// `documents.<kind>`): the case leaves the date out until it is corrected,
/// so the rules say the date awaits (`awaits_issue_date`) — said to the
/// parent as a date to correct, not as one "not entered" (walk of
/// 05.12.2026: «Дата выдачи документа в будущем» beside «дата его выдачи не
/// указана»).
pub fn date_refused(p: &StepProps, kind: kezek_rules::documents::DocumentKind) -> bool {
    let field = format!("documents.{}", kind.code());
    p.problems.iter().any(|e| e.field == field)
}

/// What the caveats of a priority [at risk](proof_at_risk) tell the parent
/// to do, as their `$todo`: `date` when every proof not in hand is held with
/// its day of issue not given (the rules' `checklist.awaiting_issue_date`):
/// not judged yet, so counted as not proven (the safe side), and the date is
/// what is wanting — enter it (Annex 2 p. 8 sub. 4–5, cl. 22); `both` when
/// such a proof is beside one missing, out of date or at risk; `other`
/// ("bring a valid document") when none awaits its date.
pub fn proof_todo(e: &Evaluation) -> &'static str {
    let undated =
        |d: &kezek_rules::documents::DocumentKind| e.checklist.awaiting_issue_date.contains(d);
    let unproven = e.unproven_priority_documents();
    let at_risk = e.priority_documents_at_risk();
    let (awaiting, rest): (Vec<&kezek_rules::documents::DocumentKind>, Vec<_>) =
        unproven.iter().chain(&at_risk).partition(|d| undated(d));
    match (awaiting.is_empty(), rest.is_empty()) {
        (true, _) => "other",
        (false, true) => "date",
        (false, false) => "both",
    }
}

/// Where the child stands if the priority counted is not confirmed: the
/// first priority when another ground proves it (the rules'
/// [`Evaluation::proven_category`]), else general.
pub fn fallback_category(e: &Evaluation) -> kezek_rules::Category {
    match e.proven_category() {
        kezek_rules::Category::FirstPriority => kezek_rules::Category::FirstPriority,
        _ => kezek_rules::Category::General,
    }
}

/// [`fallback_category`] as the caveats' `$fallback`: `first` or `general`.
pub fn fallback_group(e: &Evaluation) -> &'static str {
    match fallback_category(e) {
        kezek_rules::Category::FirstPriority => "first",
        _ => "general",
    }
}

/// What proves a ground, in words (Annex 2 p. 8): the documents the parent
/// brings (uploads, on the portal), or — where the provider takes the
/// information about the right from state databases through the
/// e-government gateway — that, never the circular "documents confirming the
/// right".
///
/// Whether it is cl. 22's second check after the referral (admission) is
/// the rules' answer ([`kezek_rules::Ground::proof_check`], with cl. 16's
/// referral from the general queue as the evaluation found it), not the
/// app's: then its originals are presented within 5 working days of
/// receiving the referral, unless the education department has set another
/// procedure — said so, with the documents named as originals, not Annex 2
/// p. 8's list nor "upload a scan". A SEN child's PMPC conclusion is checked
/// again too (cl. 20 sub. 2's first priority), but Annex 4's portal list asks
/// its copy (the rules' `annex4_portal_asks_no_copy`); after cl. 16 no right
/// is checked again.
pub fn proof_text(p: &StepProps, ground: kezek_rules::Ground) -> String {
    proof_text_said(p, ground, false)
}

/// [`proof_text`] under a header that has already said cl. 22's second
/// check after the referral (step 5 at admission: the rules'
/// `category.{out_of_turn,first_priority}_admission`): the ground says only
/// what is shown at that check and by when, not the check again (walk 37c:
/// the header and every ground repeated it). Step 4 has no such header and
/// says it in full.
pub fn proof_text_under_cl22_header(p: &StepProps, ground: kezek_rules::Ground) -> String {
    proof_text_said(p, ground, true)
}

fn proof_text_said(p: &StepProps, ground: kezek_rules::Ground, header_said_cl22: bool) -> String {
    use kezek_rules::{Channel, Service};
    let channel = p.draft.channel.unwrap_or(Channel::ProviderOffice);
    let service = p.draft.service.unwrap_or(Service::QueueRegistration);
    let cl16 = general_referral_cl16(p);
    if service == Service::Admission && cl16 {
        return p.t("ui-proof-admission-cl16");
    }
    let check = ground.proof_check(service, channel, cl16);
    let recheck = check.cl22_second_check;
    let (docs, verification, _) = ground.proof(channel);
    match verification {
        kezek_rules::category::Verification::Paper => {
            let names: Vec<String> = docs
                .iter()
                .map(|d| {
                    let original = d.key().replacen("doc-", "ui-original-", 1);
                    if recheck && p.i18n.has(&original) {
                        p.t(&original)
                    } else {
                        mid_sentence_name(p, *d).unwrap_or_else(|| p.t(&d.key()))
                    }
                })
                .collect();
            let mut text = format!(
                "{} {}",
                p.i18n.t_args("ui-proof", &[("docs", names.join("; "))]),
                p.t(if recheck && header_said_cl22 {
                    "ui-proof-paper-admission-after-header"
                } else if recheck {
                    "ui-proof-paper-admission"
                } else if channel == Channel::EgovPortal {
                    "ui-proof-paper-portal"
                } else {
                    "ui-proof-paper"
                })
            );
            // Annex 4 p. 8's portal list names no copy of them (the rules'
            // answer: on the portal, not of a SEN child's PMPC conclusion).
            if check.annex4_portal_asks_no_copy {
                text.push(' ');
                text.push_str(&p.t("ui-proof-paper-admission-portal"));
            }
            // A proof no list names (the law-enforcement ground's
            // certificate, Annex 2 p. 8 sub. 4 by analogy): the rules'
            // reading says so.
            if let Some(r) = check.reading {
                text.push(' ');
                text.push_str(&p.t(&r.key()));
            }
            text
        }
        kezek_rules::category::Verification::EgovGateway => p.t(if recheck && header_said_cl22 {
            "ui-proof-gateway-admission-after-header"
        } else if recheck {
            "ui-proof-gateway-admission"
        } else if channel == Channel::EgovPortal {
            // Annex 2 p. 8's words for the portal, with Kezek's reading that
            // the portal does it; at the office and the State Corporation
            // their employee does (walk 42: the portal's reading was said to
            // a parent applying in person).
            "ui-proof-gateway-portal"
        } else {
            "ui-proof-gateway"
        }),
    }
}

/// cl. 16 at admission: the referral held came from the general queue, as
/// the evaluation found it ([`kezek_rules::category::CategoryDecision::general_referral_cl16`]);
/// `false` while the case cannot be evaluated.
pub fn general_referral_cl16(p: &StepProps) -> bool {
    p.outcome
        .as_ref()
        .as_ref()
        .is_ok_and(|e| e.category.general_referral_cl16())
}

/// A queue's name in words (general, special for a disorder, sanatorium).
pub fn queue_label(p: &StepProps, k: &kezek_rules::queues::QueueKind) -> String {
    use kezek_rules::queues::QueueKind;
    match k {
        QueueKind::Special(d) => p
            .i18n
            .t_args("ui-queue-special", &[("type", p.t(&d.key()))]),
        // cl. 13: by its type («оңалту/алдын алу»), not step 2's answer.
        QueueKind::Sanatorium(t) => p.i18n.t_args(
            "ui-queue-sanatorium",
            &[("type", p.t(&format!("ui-sanatorium-type-{}", t.code())))],
        ),
        QueueKind::General => p.t("ui-queue-general"),
    }
}

/// A note shown when the step needs answers from an earlier step first.
pub fn needs_earlier(p: &StepProps) -> Html {
    match p.outcome.as_ref() {
        Err(e) => needs_answer(p, e),
        Ok(_) => html! {},
    }
}

/// The first problem of a step before `step`, when the case stands all the
/// same: the refused answers of step 6 are left out of the case
/// ([`crate::draft::Draft::to_case`]), so the hand-off, which prepares the
/// application, asks for them itself.
pub fn earlier_problem(p: &StepProps, step: crate::route::Step) -> Option<&FieldError> {
    p.problems
        .iter()
        .find(|e| crate::route::step_of_field(&e.field) < step)
}

/// The note of [`needs_earlier`] for the problem `e`: its step, linked, and
/// what to do.
pub fn needs_answer(p: &StepProps, e: &FieldError) -> Html {
    let step = crate::route::step_of_field(&e.field);
    html! {
        <div class="kz-notice" role="status">
            <p>{ p.t("ui-needs-earlier") }</p>
            <p><a href={step.hash()}>{ p.i18n.t(&step.title_key()) }</a>{ ": " }{ p.i18n.t_args(&e.key, &e.args()) }</p>
        </div>
    }
}

/// cl. 22: the documents whose originals it checks — the applicant's and the
/// child's identity, and the items the rules mark as its check of a priority
/// right ([`kezek_rules::checklist::Checklist::cl22_priority_items`]: for
/// admission, those the second check asks; none after cl. 16's referral from
/// the general queue) — and a legal representative's act that made them one.
/// Named on step 6 and at the hand-off alike.
pub fn cl22_originals(p: &StepProps, e: &Evaluation) -> Vec<String> {
    // cl. 22 checks «заңды өкілдің, бала мен өтініш берушінің арасындағы
    // құқықтарының болуын растайтын барлық ақпаратты» and asks for the
    // originals of what it checks: a legal representative other than a parent
    // (the rules' reading at the identity item,
    // `doc.legal_representative_rights_cl22`) names the act that made them one.
    let representative = e.checklist.items.iter().any(|i| {
        i.reasons
            .contains(&kezek_rules::reason::ReasonCode::DocLegalRepresentativeRightsCl22)
    });
    std::iter::once(p.t("ui-done-originals-identity"))
        .chain(representative.then(|| p.t("ui-done-originals-representative")))
        .chain(e.checklist.cl22_priority_items().map(|i| {
            let name = original_name(p, e, i.document);
            match lapse_note(p, e, i.document) {
                Some(note) => format!("{name} ({note})"),
                None => name,
            }
        }))
        // On egov.kz the first-priority proof is no item of the portal's list
        // (the portal takes it from the databases, Annex 2 p. 8), but cl. 22
        // checks it on every channel.
        .chain(
            e.checklist
                .automatic
                .iter()
                .filter(|a| a.document == kezek_rules::documents::DocumentKind::FirstPriorityProof)
                .map(|a| original_name(p, e, a.document)),
        )
        .collect()
}

/// A document cl. 22 checks, named as its original in mid-sentence after
/// `ui-done-originals-identity` («…; справка с места работы педагога; диплом
/// педагога»): Annex 2 p. 8 asks for a scanned copy of the teacher's diploma,
/// cl. 22 for the original (`ui-original-<doc>`); otherwise its mid-sentence
/// name.
fn original_name(
    p: &StepProps,
    e: &Evaluation,
    kind: kezek_rules::documents::DocumentKind,
) -> String {
    let key = kind.key().replacen("doc-", "ui-original-", 1);
    if p.i18n.has(&key) {
        p.t(&key)
    } else {
        name_after_colon(p, e, kind)
    }
}

/// A text the app puts after a colon inside a sentence (a list it joins, a
/// row's label read after "Change:"): its first letter in lower case, as
/// the messages write a word there, unless the word is an abbreviation
/// (ПМПК, SMS: its second letter a capital too) or a single letter.
pub fn after_colon(text: &str) -> String {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if first.is_uppercase() && second.is_lowercase() => first
            .to_lowercase()
            .chain(text[first.len_utf8()..].chars())
            .collect(),
        _ => text.to_owned(),
    }
}

/// A document's name in a list after a colon inside a sentence: its
/// mid-sentence name where it has one ([`mid_sentence_name`]), else its
/// checklist name (a heading's) [`after_colon`].
pub fn name_after_colon(
    p: &StepProps,
    e: &Evaluation,
    kind: kezek_rules::documents::DocumentKind,
) -> String {
    mid_sentence_name(p, kind).unwrap_or_else(|| after_colon(&document_name(p, e, kind)))
}

/// A document's name inside a sentence, in a list joined with "; " after a
/// colon (`ui-doc-mid-<doc>`, lower case in kk and ru): the checklist's names
/// (`doc-<doc>`) are headings and start with a capital. `None` where a
/// document has no such name.
fn mid_sentence_name(p: &StepProps, kind: kezek_rules::documents::DocumentKind) -> Option<String> {
    let key = kind.key().replacen("doc-", "ui-doc-mid-", 1);
    p.i18n.has(&key).then(|| p.t(&key))
}

/// The rules advise bringing cl. 22's originals with the application (in
/// person at the education department: they are confirmed within 30 minutes
/// of being shown), so every screen says so rather than "show them by".
pub fn originals_with_application(e: &Evaluation) -> bool {
    e.schedule
        .reasons
        .contains(&kezek_rules::reason::ReasonCode::ScheduleOriginalsWithApplication)
}

/// Annex 2 p. 7 sub. 2, the State Corporation on a day off moved from a
/// holiday or set by an act: the rules' reading to show (step 1, the
/// hand-off) — of the acceptance, or of the result alone where the
/// application is received now — if the day moves either.
pub fn moved_day_off_reading(
    reasons: &[kezek_rules::ReasonCode],
) -> Option<kezek_rules::ReasonCode> {
    use kezek_rules::ReasonCode::{
        ScheduleStateCorporationMovedDayOffReading as Acceptance,
        ScheduleStateCorporationMovedDayOffResultReading as ResultOnly,
    };
    reasons
        .iter()
        .copied()
        .find(|r| matches!(r, Acceptance | ResultOnly))
}

/// cl. 22, where the originals go (the rules'
/// `schedule.originals_where_reading`, given with every originals' day): the
/// queue service's provider, the education department or administration
/// (cl. 4), unless it has set another procedure — said once beside the
/// originals' line (step 1, step 6, the hand-off). `None` where the rules
/// give no day. `reasons`: the schedule's (an evaluation's, or step 1's
/// `service_timing`).
pub fn originals_where(p: &StepProps, reasons: &[kezek_rules::ReasonCode]) -> Option<String> {
    let r = kezek_rules::ReasonCode::ScheduleOriginalsWhereReading;
    reasons.contains(&r).then(|| p.t(&r.key()))
}

/// cl. 22's originals' day as a screen says it (step 1, step 6, the
/// hand-off): the screen's own line with the day to act by, and — where
/// Kezek's count is a later day still to come — the wording of which day is
/// which.
#[derive(Debug, Clone, PartialEq)]
pub struct OriginalsText {
    /// The screen's line.
    pub line: String,
    /// Which day is the one to act by to be safe and which Kezek's reading.
    pub reading: Option<String>,
}

impl OriginalsText {
    /// The texts in the order the screen shows them.
    pub fn texts(&self) -> Vec<String> {
        std::iter::once(self.line.clone())
            .chain(self.reading.clone())
            .collect()
    }
}

/// Step 6's [`OriginalsText`]: [`originals_line`] and [`originals_reading`].
pub fn originals_text(p: &StepProps, e: &Evaluation) -> Option<OriginalsText> {
    let o = e.schedule.originals_day()?;
    Some(OriginalsText {
        line: originals_line(p, e)?,
        reading: originals_reading(p, o, e.service, e.channel),
    })
}

/// [`OriginalsText::reading`] as every screen shows it, right under its
/// line (step 1, step 6, the hand-off).
pub fn originals_reading_note(reading: Option<String>) -> Html {
    match reading {
        Some(r) => html! { <p class="kz-hint" id="kz-originals-reading">{ r }</p> },
        None => html! {},
    }
}

/// How cl. 22's five working days start, as [`originals_reading`] says it
/// («тіркеуге өтініш жіберген немесе қабылдауға жолдама алған сәттен
/// бастап»): the application sent on egov.kz, handed in at the State
/// Corporation, made at the education department's desk; the referral
/// received, for admission.
pub fn originals_from(
    service: kezek_rules::Service,
    channel: kezek_rules::Channel,
) -> &'static str {
    use kezek_rules::{Channel, Service};
    match (service, channel) {
        (Service::Admission, _) => "referral",
        (_, Channel::StateCorporation) => "handing-in",
        (_, Channel::ProviderOffice) => "applying",
        (_, Channel::EgovPortal) => "sending",
    }
}

/// cl. 22's originals: the one wording (step 1, step 6, the hand-off) of the
/// day to act by to be safe (`schedule.originals_safe_by`: the day of
/// sending, of receiving the referral, counted as the first of the five
/// working days) and of the later day, Kezek's reading of the text (its
/// count from the next day, `originals_by`). `None` where Kezek's count is
/// no later day still to come: the screen's line alone names the day.
pub fn originals_reading(
    p: &StepProps,
    o: kezek_rules::schedule::OriginalsDay,
    service: kezek_rules::Service,
    channel: kezek_rules::Channel,
) -> Option<String> {
    // Gone by (admission's count from the referral), or today after the
    // reception has closed (the line says so with its time).
    let passed = o.passed;
    o.reading.then(|| {
        p.i18n.t_args(
            "ui-originals-reading",
            &[
                ("safe", p.i18n.date(o.safe)),
                ("date", p.i18n.date(o.count)),
                ("from", originals_from(service, channel).into()),
                ("passed", if passed { "yes" } else { "no" }.into()),
            ],
        )
    })
}

/// The day a screen's originals line names: the day to act by to be safe
/// beside Kezek's later count ([`originals_reading`] says which is which),
/// otherwise Kezek's count (the same day, or both gone by).
pub fn originals_named_day(o: kezek_rules::schedule::OriginalsDay) -> chrono::NaiveDate {
    if o.reading {
        o.safe
    } else {
        o.count
    }
}

/// cl. 22's originals day in one line (step 6): the safe day
/// (`schedule.originals_safe_by`), Kezek's count (`originals_by`) as a reading
/// only where it differs; a safe day gone by (admission's count from the
/// referral) said to have passed — or, where it is today and the reception
/// that receives the originals has closed (the rules' `closed_at`), said so
/// with its time. `None` where the rules give no day.
pub fn originals_line(p: &StepProps, e: &Evaluation) -> Option<String> {
    let line = originals_day_line(p, e)?;
    // Queue registration in person, the place closed now (Friday 19:30, a
    // day off): the application is handed in only when it reopens, and
    // cl. 22's five working days count from then (the rules' `sent_on` is
    // the day of acceptance there) — said, or the parent reads the day as
    // counted from today (the walk of 05.12, Friday 19:30).
    let queue = e.service == kezek_rules::Service::QueueRegistration;
    Some(match closed_now_note(p, e).filter(|_| queue) {
        Some(closed) => format!("{closed} {} {line}", p.t("ui-closed-now-originals")),
        None => line,
    })
}

/// Annex 2 p. 7 sub. 1 and 2, Annex 4 p. 7 sub. 1: in person (at the
/// provider's desk or the State Corporation), at an instant the place does
/// not receive applications (after its reception hours, a day off), the
/// application can be handed in only when it reopens — the rules'
/// `accepted_at`. Said with that moment wherever Kezek would otherwise say
/// nothing of it (step 6's originals line, the hand-off without an
/// application). `None` on the portal, which receives at any hour, or when
/// the place is open — and where the State Corporation is closed only by
/// Kezek's reading (a day off moved from a holiday, Annex 2 p. 7 sub. 2:
/// `schedule.state_corporation_moved_day_off_reading`), not said as a fact.
pub fn closed_now_note(p: &StepProps, e: &Evaluation) -> Option<String> {
    let s = &e.schedule;
    let reading = s
        .reasons
        .contains(&kezek_rules::ReasonCode::ScheduleStateCorporationMovedDayOffReading);
    let closed = e.channel != kezek_rules::Channel::EgovPortal && s.available && !s.open_now;
    (closed && !reading).then(|| {
        p.i18n.t_args(
            "ui-closed-now-next-open",
            &[("accepted", p.i18n.date_time(s.accepted_at))],
        )
    })
}

/// The portal's own sub-point of the working schedule (annex, sub-point):
/// Annex 2 p. 7 sub. 3 for queue registration, Annex 4 p. 7 sub. 2 for
/// admission — «портал: … жұмыс уақыты аяқталғанда жүгінгенде … келесі
/// жұмыс күнінде беріледі».
pub fn portal_hours_sub_point(service: kezek_rules::Service) -> (&'static str, &'static str) {
    match service {
        kezek_rules::Service::Admission => ("4", "2"),
        _ => ("2", "3"),
    }
}

/// [`originals_line`] without the note of a place closed now.
fn originals_day_line(p: &StepProps, e: &Evaluation) -> Option<String> {
    let o = e.schedule.originals_day()?;
    // Kezek's later count, where there is one, is said by
    // [`originals_reading`] under the line, not in it.
    let key = match o.passed {
        true if o.closed_at.is_some() => "ui-docs-originals-closed-today",
        false if originals_with_application(e) => "ui-docs-originals-office",
        false => "ui-docs-originals",
        true => "ui-docs-originals-passed",
    };
    let day = p.i18n.date(originals_named_day(o));
    Some(p.i18n.t_args(
        key,
        &[
            ("docs", cl22_originals(p, e).join("; ")),
            ("safe", day.clone()),
            ("date", day),
            ("time", closed_time(p, o)),
        ],
    ))
}

/// The time the reception that receives cl. 22's originals closed today
/// (`HH:MM`, from the rules' [`OriginalsDay::closed_at`]); empty where it has
/// not.
///
/// [`OriginalsDay::closed_at`]: kezek_rules::schedule::OriginalsDay::closed_at
pub fn closed_time(p: &StepProps, o: kezek_rules::schedule::OriginalsDay) -> String {
    o.closed_at
        .map(|t| p.i18n.time(t.time()))
        .unwrap_or_default()
}

/// A checklist item's reason in words, with the values its text takes from
/// the item (the rules give them beside the reason): the day cl. 30's window
/// ended (`$date`, `doc.referral_extension_window_passed`) and until when the
/// portal still accepts an application today (`$time`,
/// `doc.referral_portal_accepts_today`).
pub fn item_reason(
    p: &StepProps,
    i: &kezek_rules::checklist::ChecklistItem,
    r: kezek_rules::reason::ReasonCode,
) -> String {
    let date = i
        .extension_window_ended_on
        .map(|d| p.i18n.date(d))
        .unwrap_or_default();
    let time = i
        .portal_accepts_until
        .map(|t| p.i18n.time(t.time()))
        .unwrap_or_default();
    p.i18n.t_args(&r.key(), &[("date", date), ("time", time)])
}

#[cfg(test)]
#[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};
    use kezek_rules::checklist::Form;
    use kezek_rules::documents::DocumentKind;

    /// An example case of `kezek-rules/examples/cases` evaluated.
    /// The walk of 05.12 (05b): admission on egov.kz on Fri 27.11.2026 at
    /// 19:10, after working hours, a family with a disabled child, the
    /// referral issued 25.11.2026.
    pub(crate) fn walk_05b_admission_case() -> serde_json::Value {
        serde_json::json!({
            "service": "00403002",
            "channel": "egov_portal",
            "as_of": "2026-11-27T19:10",
            "applicant": {"role": "parent", "iin": "900315410004"},
            "child": {"iin": "210201610002", "birth_date": "2021-02-01", "settlement": "Astana"},
            "family": {"disabled_child_in_family": true},
            "documents": [{"kind": "referral", "issued_on": "2026-11-25"}],
            "consent": true
        })
    }

    /// The walk of 05.12 (37c): admission at the kindergarten's desk on Mon
    /// 30.11.2026 at 10:00 of a SEN child with a PMPC conclusion born
    /// 10.05.2023, a disabled parent, the referral issued 27.11.2026.
    pub(crate) fn walk_37c_admission() -> serde_json::Value {
        serde_json::json!({
            "service": "00403002",
            "channel": "provider_office",
            "as_of": "2026-11-30T10:00",
            "applicant": {"role": "parent", "iin": "900315410004", "full_name": "Серікбаев Нұрлан"},
            "child": {"iin": "230510512343", "birth_date": "2023-05-10", "settlement": "Қарағанды",
                      "special_educational_needs": true, "pmpc_conclusion": true, "disorders": ["severe_speech"]},
            "family": {"representatives_disabled": true},
            "documents": [
                {"kind": "referral", "issued_on": "2026-11-27"},
                {"kind": "pmpc_conclusion"},
                {"kind": "applicant_identity"},
                {"kind": "birth_certificate"}
            ],
            "consent": false
        })
    }

    /// Queue registration on egov.kz (case 01) at `as_of` for a child born
    /// `born`, no IIN (the age's tests at the year's turn: rules46, rules47,
    /// texts47).
    pub(crate) fn portal_case(born: &str, as_of: &str) -> serde_json::Value {
        let mut c: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ))
        .unwrap();
        c["as_of"] = as_of.into();
        c["child"]["birth_date"] = born.into();
        c["child"].as_object_mut().unwrap().remove("iin");
        c
    }

    pub(crate) fn example(text: &str) -> Evaluation {
        kezek_rules::evaluate(&kezek_rules::wire::read_case(text).unwrap()).unwrap()
    }

    /// A step's props in English for the evaluation `e`, with no answers.
    /// cl. 22 with Annex 2 p. 8 sub. 3 (the teacher's workplace certificate
    /// «берілген күннен бастап бір ай ішінде жарамды»): at admission a
    /// certificate that lapsed on 15.11.2026 is named in the hand-off's
    /// lists of what to bring and of the originals with what to do — get a
    /// new one — not only "lapsed", as if the parent were to bring it as it
    /// is (the walk of 05.12, the teacher's child at the desk). The referral
    /// keeps the bare note: the order says nothing of a new one.
    #[test]
    fn cl22_a_lapsed_certificate_in_the_handoffs_lists_says_get_a_new_one() {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        case["family"] = serde_json::json!({"teacher": true});
        let docs = case["documents"].as_array_mut().unwrap();
        docs.push(
            serde_json::json!({"kind": "teacher_workplace_certificate", "issued_on": "2026-10-15"}),
        );
        docs.push(serde_json::json!({"kind": "teacher_diploma"}));
        let e = example(&case.to_string());
        for (lang, want) in [
            (Lang::Ru, "получите новый документ"),
            (Lang::Kk, "жаңасын алыңыз"),
            (Lang::En, "get a new one"),
        ] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let note = lapse_note(
                &p,
                &e,
                kezek_rules::documents::DocumentKind::TeacherWorkplaceCertificate,
            )
            .unwrap_or_default();
            assert!(note.contains(want), "{lang:?}: {note}");
        }
    }

    /// cl. 13 «Санаториялық мектепке дейінгі ұйымдарға кезек … оңалту/алдын
    /// алу түрлері бойынша қалыптастырылады»: the sanatorium queue is named
    /// by its type — rehabilitation or prevention — on step 5, in step 7's
    /// choice and in the application's line of queues. It was named by step
    /// 2's answer to "did a doctor recommend…?": «Санаторная очередь: Да,
    /// для реабилитации», «Санаториялық кезек: Иә, оңалту үшін».
    #[test]
    fn cl13_the_sanatorium_queue_is_named_by_its_type_not_by_a_yes() {
        use kezek_rules::case::SanatoriumType;
        use kezek_rules::queues::QueueKind;
        let e = example(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ));
        for (lang, yes, rehabilitation, prevention) in [
            (Lang::Kk, "Иә", "оңалту", "алдын алу"),
            (Lang::Ru, "Да", "реабилитац", "профилактик"),
            (Lang::En, "Yes", "rehabilitation", "prevention"),
        ] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            for (t, word) in [
                (SanatoriumType::Rehabilitation, rehabilitation),
                (SanatoriumType::Prevention, prevention),
            ] {
                let label = queue_label(&p, &QueueKind::Sanatorium(t));
                assert!(label.contains(word), "{lang:?}: {label}");
                assert!(!label.contains(yes), "{lang:?}: {label}");
            }
        }
    }

    /// cl. 34 sub. 1 («келісім шарт жасалған күннен 3 (үш) күнтізбелік
    /// күннен кешіктірмей берілген»): a health certificate issued on 22.11
    /// for a contract on 27.11 (5 days before; the walk of scenario c). The
    /// hand-off's list of what to bring named it with «надежнее считать, что
    /// действует по 24.11.2026 включительно; по счету Kezek — по 25.11.2026
    /// включительно» and no word that the contract day is after both, nor
    /// what to do. It now says it is not valid on the contract day given
    /// and to get a new one closer to it, or to sign earlier.
    #[test]
    fn cl34_1_the_handoffs_note_of_a_certificate_too_early_names_the_contract_day() {
        let case =
            include_str!("../../../kezek-rules/examples/cases/08-admission-office-complete.json")
                .replace(
                    "\"contract_date\": \"2026-11-24\"",
                    "\"contract_date\": \"2026-11-27\"",
                )
                .replace(
                    "\"issued_on\": \"2026-11-18\"",
                    "\"issued_on\": \"2026-11-23\"",
                );
        let e = example(&case);
        for (lang, contract, new) in [
            (Lang::Kk, "27.11.2026", "жаңасын"),
            (Lang::Ru, "27.11.2026", "новый"),
            (Lang::En, "27.11.2026", "new one"),
        ] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            p.draft = Rc::new(Draft {
                contract_date: "2026-11-27".into(),
                ..Draft::default()
            });
            let note = lapse_note(&p, &e, DocumentKind::HealthCertificate).unwrap_or_default();
            assert!(note.contains(contract), "{lang:?}: {note}");
            assert!(note.contains(new), "{lang:?}: {note}");
        }
    }

    /// Annex 4 p. 8 with cl. 34 sub. 1: a health certificate held, its
    /// issue date not entered (the rules' `awaits_issue_date`). Step 6's
    /// summary asks for the date, not "some documents are missing"; the
    /// hand-off lists it among the dates to enter, not among the documents
    /// missing or out of date (the walkthrough of 05.12.2026).
    #[test]
    fn annex4_8_a_document_awaiting_its_issue_date_is_asked_for_not_missing() {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        for d in case["documents"].as_array_mut().unwrap() {
            if d["kind"] == "health_certificate" {
                d.as_object_mut().unwrap().remove("issued_on");
            }
        }
        let case = case.to_string();
        let e = example(&case);
        let p = props(e.clone());
        assert_eq!(documents_summary_key(&p, &e), "ui-checklist-awaits-dates");
        assert_eq!(
            e.checklist.awaiting_issue_date,
            [DocumentKind::HealthCertificate]
        );
        assert!(!blocking_documents(&p, &e).contains(&DocumentKind::HealthCertificate));
    }

    /// cl. 34 sub. 1 by Kezek's first-day reading (the walk of 05.12,
    /// p4-07, p4-09): the health certificate issued 05.12 for a contract on
    /// 08.12 is at risk on the contract day, and step 6's refusal card
    /// previews the refusal that may be given naming it; the summary above
    /// (and the hand-off's row) said «Пакет документов полный, но срок
    /// некоторых из них скоро истекает» — complete, with nothing of the
    /// refusal. It now says complete, but that by Kezek's reading a document
    /// may be refused.
    #[test]
    fn cl34_1_a_set_with_a_document_at_risk_is_not_said_only_to_expire_soon() {
        let e = walk41_admission("provider_office");
        let p = props(e.clone());
        assert!(documents_complete(&p, &e));
        assert_eq!(
            documents_summary_key(&p, &e),
            "ui-checklist-complete-at-risk"
        );
        for (lang, complete, may) in [
            (Lang::Kk, "толық", "Kezek"),
            (Lang::Ru, "полный", "Kezek"),
            (Lang::En, "complete", "Kezek"),
        ] {
            let t = I18n::new(lang).t("ui-checklist-complete-at-risk");
            assert!(t.contains(complete) && t.contains(may), "{lang:?}: {t}");
        }
    }

    /// The walk of 05.12.2026 (41): an admission case at the kindergarten's
    /// desk on Sat 05.12.2026, the referral of 03.12, the health certificate
    /// issued 05.12 for a contract on 08.12 (cl. 34 sub. 1: Kezek's count
    /// keeps it to 08.12, the contract day counted as one of the three days
    /// to 07.12), on `channel`.
    pub(crate) fn walk41_admission(channel: &str) -> kezek_rules::Evaluation {
        crate::steps::tests::example(
            &serde_json::json!({
                "service": "00403002",
                "channel": channel,
                "as_of": "2026-12-05T10:00",
                "applicant": {"role": "parent", "iin": "900315410004", "full_name": "Ахметова Айгуль"},
                "child": {"iin": "210201610002", "birth_date": "2021-02-01", "settlement": "Астана"},
                "documents": [
                    {"kind": "referral", "issued_on": "2026-12-03"},
                    {"kind": "vaccination_card"},
                    {"kind": "health_certificate", "issued_on": "2026-12-05"}
                ],
                "admission": {"contract_date": "2026-12-08", "preschool": "№ 12 «Балапан»"},
                "consent": true
            })
            .to_string(),
        )
    }

    /// [`props`] in `lang`, with the draft's service and channel chosen.
    pub(crate) fn props_as(
        e: Evaluation,
        lang: Lang,
        service: kezek_rules::Service,
        channel: kezek_rules::Channel,
    ) -> StepProps {
        StepProps {
            i18n: I18n::new(lang),
            draft: Rc::new(Draft {
                service: Some(service),
                channel: Some(channel),
                ..Draft::default()
            }),
            ..props(e)
        }
    }

    pub(crate) fn props(e: Evaluation) -> StepProps {
        StepProps {
            i18n: I18n::new(Lang::En),
            draft: Rc::new(Draft::default()),
            dispatch: Callback::noop(),
            now: e.as_of,
            outcome: Rc::new(Ok(e)),
            problems: Rc::new(Vec::new()),
            show_errors: false,
            embedded: false,
            calendar: crate::state::CalendarInUse(Rc::new(None)),
        }
    }

    /// The place and the forecast that count on a priority say "if it is not
    /// proven" also when its one-month certificate is at risk on the day
    /// the application is accepted (the day of issue counted: the rules'
    /// `priority_documents_at_risk`; review helper-144, minor 7), not only
    /// when it is missing or out of date.
    #[test]
    fn annex2_8_a_certificate_at_risk_on_acceptance_puts_the_priority_at_risk() {
        let case = |as_of: &str, issued_on: &str| {
            example(
                &include_str!(
                    "../../../kezek-rules/examples/cases/02-office-serviceman-expired-certificate.json"
                )
                .replace("2026-11-23T11:00", as_of)
                .replace("2026-10-01", issued_on),
            )
        };
        for (as_of, issued_on, at_risk) in [
            // Safe day 24.11, Kezek's last 25.11: at risk on 25.11.
            ("2026-11-25T10:00", "2026-10-25", true),
            ("2026-11-24T10:00", "2026-10-25", false),
            // Out of date by either count: unproven, as before.
            ("2026-11-23T11:00", "2026-10-01", true),
            ("2026-11-23T11:00", "2026-11-10", false),
        ] {
            let e = case(as_of, issued_on);
            assert_eq!(proof_at_risk(&e), at_risk, "{as_of} {issued_on}");
        }
    }

    /// cl. 20–21 with a ground not proven beside one proven: a serviceman's
    /// family without the «бар болған жағдайда» certificate that is also a
    /// large family (confirmed through the gateway, consent given) stands,
    /// if the out-of-turn right is not confirmed, first — the caveats say
    /// so, not "at best a general applicant"; a family whose first priority
    /// is proven by another ground gets no caveat at all (review
    /// helper-145).
    #[test]
    fn cl20_cl21_the_caveat_names_the_priority_the_other_documents_prove() {
        let serviceman = example(
            &include_str!("../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json")
                .replace("\"teacher\": true", "\"serviceman\": true"),
        );
        assert!(proof_at_risk(&serviceman));
        assert_eq!(fallback_group(&serviceman), "first");
        for (lang, first, general) in [
            (
                Lang::Kk,
                "бірінші кезекте орын алу құқығымен",
                "жалпы негізде",
            ),
            (Lang::Ru, "с первоочередным правом", "на общих основаниях"),
            (
                Lang::En,
                "the first priority your other documents prove",
                "general applicant",
            ),
        ] {
            let i18n = I18n::new(lang);
            for key in [
                "ui-queue-if-not-proven",
                "ui-forecast-if-not-proven",
                "ui-handoff-unproven",
            ] {
                let said = |fallback: &str| {
                    i18n.t_args(
                        key,
                        &[("fallback", fallback.into()), ("general", "12".into())],
                    )
                };
                assert!(
                    said("first").contains(first) && !said("first").contains(general),
                    "{lang:?} {key}: {}",
                    said("first")
                );
                assert!(
                    said("general").contains(general) && !said("general").contains(first),
                    "{lang:?} {key}: {}",
                    said("general")
                );
            }
            // The place with the first priority later than a general
            // application's (cl. 21's one to three): said with both places,
            // not as "at best".
            let later = i18n.t_args(
                "ui-queue-if-not-proven",
                &[
                    ("fallback", "first-later".into()),
                    ("first", "15".into()),
                    ("general", "12".into()),
                ],
            );
            assert!(
                later.contains(first) && later.contains("15") && later.contains("12"),
                "{lang:?}: {later}"
            );
            // The forecast's caveat and the forecast run again say the same
            // group in all three cases.
            for key in ["ui-forecast-if-not-proven", "ui-forecast-without-right"] {
                let said = |fallback: &str| {
                    i18n.t_args(
                        key,
                        &[
                            ("fallback", fallback.into()),
                            ("paths", "10 000".into()),
                            ("date", "01.06.2027".into()),
                            ("end", "01.06.2029".into()),
                        ],
                    )
                };
                for (fallback, says, not) in [
                    ("first", first, general),
                    ("first-later", first, general),
                    ("general", general, first),
                ] {
                    let text = said(fallback);
                    assert!(
                        text.contains(says) && !text.contains(not),
                        "{lang:?} {key} {fallback}: {text}"
                    );
                }
            }
        }
        // The teacher's certificate out of date, the large family proven:
        // first priority either way, nothing to warn of.
        let teacher = example(
            &include_str!("../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json")
                .replace("2026-11-02", "2026-09-02"),
        );
        assert_eq!(
            teacher.category.category,
            kezek_rules::Category::FirstPriority
        );
        assert!(!proof_at_risk(&teacher));
    }

    /// The evaluation `e` with the checklist's item of `kind` named as the
    /// rules name it in `form` (its `name_key`, the form left as it was: the
    /// name is the rules' key, not the app's reading of the form).
    fn with_form(mut e: Evaluation, kind: DocumentKind, form: Form) -> Evaluation {
        let i = e
            .checklist
            .items
            .iter_mut()
            .find(|i| i.document == kind)
            .expect("the teacher's diploma is on the checklist");
        i.name_key = kezek_rules::checklist::name_key(kind, form);
        e
    }

    /// The diploma's name for the evaluation `e`.
    fn diploma(e: Evaluation) -> String {
        let p = props(e);
        let Ok(e) = p.outcome.as_ref() else {
            unreachable!()
        };
        document_name(&p, e, DocumentKind::TeacherDiploma)
    }

    /// cl. 22 «тексерілетін құжаттардың түпнұсқаларын … ұсынуы тиіс» and
    /// Annex 2 p. 8 («дипломның сканерленген көшірмесі»): the teacher's
    /// diploma is named as the original where the rules' checklist asks it
    /// in the original (its item's `form`), and as Annex 2's scanned copy
    /// where the item is a scan — the item's form decides, not the service
    /// (review26c, item 7).
    /// cl. 20 sub. 3: the queue is updated «өтініштің жеңілдік мәртебесі
    /// өзгергенде» — when an application's priority status changes. Beside
    /// cl. 22 it is what the place's caveat rests on (the place may change
    /// if the priority is not confirmed), so the caveat cites it; it still
    /// does not say what the status becomes, so the fallback stays a reading.
    #[test]
    fn cl20_3_the_places_caveat_cites_the_queue_updated_when_the_priority_status_changes() {
        for (lang, cited) in [
            (Lang::Kk, "20-тармақтың 3) тармақшасы"),
            (Lang::Ru, "подпункт 3) пункта 20"),
            (Lang::En, "cl. 20 sub. 3"),
        ] {
            let said = I18n::new(lang).t_args(
                "ui-queue-if-not-proven",
                &[("fallback", "general".into()), ("general", "12".into())],
            );
            assert!(said.contains(cited), "{lang:?}: {said}");
            assert!(said.contains("Kezek"), "still a reading, {lang:?}: {said}");
        }
    }

    /// Annex 2 p. 8: at the office and the State Corporation «көрсетілетін
    /// қызметті беруші немесе Мемлекеттік корпорацияның қызметкері» takes
    /// the right's information through the gateway; for the portal the annex
    /// says the recipient does («мәліметтерді көрсетілетін қызметті алушы …
    /// алады»). That the portal itself does is Kezek's reading, said as one
    /// (the walk of 05.12), not a fact in brackets.
    #[test]
    fn annex2_8_the_portals_gateway_is_said_as_the_annexs_words_and_a_reading() {
        for (lang, annex_says, reading) in [
            (
                Lang::Kk,
                "көрсетілетін қызметті алушы алады",
                "мұны сіз үшін портал жасайды",
            ),
            (Lang::Ru, "сам услугополучатель", "это делает за вас портал"),
            (
                Lang::En,
                "the applicant obtains the information",
                "the portal does so for you",
            ),
        ] {
            let i = I18n::new(lang);
            let text = i.t("ui-proof-gateway-portal");
            assert!(text.contains(annex_says), "{lang:?}: {text}");
            assert!(text.contains(reading), "{lang:?}: {text}");
            // At the office and the State Corporation their employee takes
            // it: no portal's words (walk 42).
            let text = i.t("ui-proof-gateway");
            assert!(!text.contains(annex_says), "{lang:?}: {text}");
            assert!(!text.contains(reading), "{lang:?}: {text}");
        }
    }

    #[test]
    fn cl22_annex2_8_the_diplomas_name_follows_its_items_form_not_the_service() {
        let original = "Teacher's diploma (the original)";
        // Example case 15: admission, a teacher — cl. 22's second check
        // after the referral asks the original.
        let admission = example(include_str!(
            "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
        ));
        assert_eq!(admission.service, kezek_rules::Service::Admission);
        let scan_name = {
            let p = props(admission.clone());
            p.t(&DocumentKind::TeacherDiploma.key())
        };
        assert_ne!(scan_name, original);
        assert_eq!(diploma(admission.clone()), original);
        assert_eq!(
            diploma(with_form(
                admission,
                DocumentKind::TeacherDiploma,
                Form::Scan
            )),
            scan_name,
            "admission, the item a scan"
        );
        // Example case 03: queue registration, a teacher — Annex 2's scan.
        let queue = example(include_str!(
            "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
        ));
        assert_eq!(queue.service, kezek_rules::Service::QueueRegistration);
        assert_eq!(diploma(queue.clone()), scan_name);
        assert_eq!(
            diploma(with_form(
                queue,
                DocumentKind::TeacherDiploma,
                Form::Original
            )),
            original,
            "queue registration, the item an original"
        );
    }

    /// A SEN child with the PMPC conclusion at admission, after a priority
    /// referral to a state preschool was left (cl. 16): the referral held came
    /// from the general queue. Step 2 asks cl. 16 at admission too (lawyer29
    /// Q1; the draft's `cl16_admission_carries_the_previous_priority_referral`);
    /// here the case is fed whole.
    fn sen_admission(after_cl16: bool) -> Evaluation {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
        ))
        .unwrap();
        case["child"]["special_educational_needs"] = true.into();
        case["child"]["pmpc_conclusion"] = true.into();
        if after_cl16 {
            case["previous_priority_referral"] =
                serde_json::json!({"state_preschool": true, "changed_on": "2026-09-01"});
        }
        example(&case.to_string())
    }

    /// cl. 16 «жалпы кезекке тұрады және жекеменшік мектепке дейінгі ұйымға
    /// жолдама алады»: at admission after it the heading is the admission's
    /// "no out-of-turn or first-priority right counted"
    /// (`category.referral_from_general_queue_cl16`), never "General queue"
    /// nor a claimed priority.
    #[test]
    fn cl16_referral_from_the_general_queue_is_headed_as_no_right_counted() {
        let e = sen_admission(true);
        assert!(e.category.general_referral_cl16());
        let p = props(e.clone());
        assert_eq!(
            category_heading(&p, &e),
            p.t("ui-category-general-admission")
        );
    }

    /// cl. 22's originals (step 6, the hand-off) are the items the rules mark
    /// as its check: at admission the second check's, a SEN child's PMPC
    /// conclusion among them — and after cl. 16's referral from the general
    /// queue none but the identity documents (review of journey27/law27).
    #[test]
    fn cl22_originals_after_cl16_name_no_proof_of_a_priority_right() {
        let e = sen_admission(true);
        let p = props(e.clone());
        assert_eq!(
            cl22_originals(&p, &e),
            vec![p.t("ui-done-originals-identity")]
        );
        let e = sen_admission(false);
        let p = props(e.clone());
        let names = cl22_originals(&p, &e);
        assert!(names.len() > 3, "{names:?}");
    }

    /// Walkthrough 28, M1 (cl. 22, Annex 4 p. 8): at admission the
    /// teacher's workplace certificate issued 15.10.2026 (one month) has
    /// lapsed by the second check after a referral of 01.12.2026. Step 6
    /// says "lapsed: the right it proves is not confirmed"; the hand-off
    /// listed it among nothing to fix and named it among the originals as
    /// if in order.
    #[test]
    fn cl22_a_lapsed_recheck_proof_is_listed_to_fix_and_not_named_as_in_order() {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
        ))
        .unwrap();
        case["as_of"] = "2026-12-03T10:00".into();
        case["documents"] = serde_json::json!([
            {"kind": "referral", "issued_on": "2026-12-01"},
            {"kind": "vaccination_card"},
            {"kind": "health_certificate", "issued_on": "2026-12-02"},
            {"kind": "teacher_workplace_certificate", "issued_on": "2026-10-15"},
            {"kind": "teacher_diploma"}
        ]);
        case["admission"] = serde_json::json!({"contract_date": "2026-12-04", "preschool": "№ 45"});
        let e = example(&case.to_string());
        let p = props(e.clone());
        assert!(
            blocking_documents(&p, &e).contains(&DocumentKind::TeacherWorkplaceCertificate),
            "the lapsed certificate is among the documents to fix: {:?}",
            blocking_documents(&p, &e)
        );
        let names = cl22_originals(&p, &e).join("; ");
        assert!(
            names.contains("15.11.2026"),
            "the originals' line says it lapsed: {names}"
        );
    }

    /// cl. 22 checks «заңды өкілдің, бала мен өтініш берушінің арасындағы
    /// құқықтарының болуын растайтын барлық ақпаратты» and asks for «тексерілетін
    /// құжаттардың түпнұсқаларын»: a guardian of an orphan handing in the
    /// application at the State Corporation on Saturday 28.11.2026 was told on
    /// the identity item to bring the act that made them the legal
    /// representative, but the originals due by 04.12.2026 (step 6, the
    /// hand-off) named only the identity documents and the priority proof
    /// (the walk of 05.12, 05b).
    #[test]
    fn cl22_a_guardians_originals_name_the_act_that_made_them_the_legal_representative() {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/05-office-guardian-orphan-saturday.json"
        ))
        .unwrap();
        case["channel"] = "state_corporation".into();
        case["as_of"] = "2026-11-28T11:00".into();
        let e = example(&case.to_string());
        let p = props(e.clone());
        let names = cl22_originals(&p, &e);
        assert!(
            names.contains(&p.t("ui-done-originals-representative")),
            "the originals name the legal representative's act: {names:?}"
        );
        // A parent is on the birth certificate: nothing more to name.
        case["applicant"]["role"] = "parent".into();
        let e = example(&case.to_string());
        let p = props(e.clone());
        assert!(
            !cl22_originals(&p, &e).contains(&p.t("ui-done-originals-representative")),
            "a parent brings no such act"
        );
    }

    /// Walkthrough 28, M1 (cl. 22, Annex 2 p. 8): at queue registration the
    /// teacher's certificate issued 04.11.2026 is valid until 04.12.2026,
    /// the originals are due by 09.12.2026 (5 working days from sending on
    /// 03.12). The hand-off named it among the originals as if in order.
    #[test]
    fn cl22_a_proof_lapsing_before_the_originals_are_due_is_said_with_its_last_day() {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
        ))
        .unwrap();
        case["as_of"] = "2026-12-03T10:00".into();
        let docs = case["documents"].as_array_mut().unwrap();
        docs.retain(|d| d["kind"] != "teacher_workplace_certificate");
        docs.push(
            serde_json::json!({"kind": "teacher_workplace_certificate", "issued_on": "2026-11-04"}),
        );
        let e = example(&case.to_string());
        let p = props(e.clone());
        assert_eq!(
            lapsing_documents(&e),
            vec![(
                DocumentKind::TeacherWorkplaceCertificate,
                chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap()
            )]
        );
        let names = cl22_originals(&p, &e).join("; ");
        assert!(
            names.contains("04.12.2026"),
            "the originals' line says its last day: {names}"
        );
    }

    /// cl. 34 sub. 1 with Kezek's first-day reading: a health certificate of
    /// 23.11.2026 (as of 23.11 10:00) serves a contract on 26.11 by Kezek's
    /// count, 25.11 being its safe day. The hand-off's note beside it (the
    /// list of what to bring) says the safe day first, Kezek's count beside
    /// it as a reading — for a contract on 26.11 (at risk), where it said
    /// nothing, and on 27.11 (out of date), where it said only "valid until
    /// 26.11". The referral's notes are its own (unchanged).
    #[test]
    fn cl34_1_the_handoff_says_the_health_certificates_safe_day_first() {
        use crate::steps::documents::tests::health_certificate_case;
        let safe = "to be safe, count it valid until 25.11.2026 inclusive; by Kezek's count, until 26.11.2026 inclusive, a reading";
        for contract in ["2026-11-26", "2026-11-27"] {
            let e = health_certificate_case(contract);
            let p = props(e.clone());
            assert_eq!(
                lapse_note(&p, &e, DocumentKind::HealthCertificate).as_deref(),
                Some(safe),
                "contract on {contract}"
            );
        }
        // The referral valid today, not on a contract on 01.12 (its safe
        // day 27.11, Kezek's count 30.11): its note as before.
        let e = health_certificate_case("2026-12-01");
        let p = props(e.clone());
        assert_eq!(
            lapse_note(&p, &e, DocumentKind::Referral).as_deref(),
            Some("valid only until 30.11.2026 inclusive")
        );
    }

    /// Annex 4 p. 8 sub. 1, the referral of 23.11.2026 at risk on a contract
    /// on 30.11 (safe day 27.11, Kezek's count 30.11; its refusal a reading
    /// risk, `refusal.referral_at_risk_issue_day_reading`): the hand-off says
    /// its safe day in its own line ("apply by 27.11") with Kezek's count as
    /// a reading beside it — nothing that says it is out of date on the
    /// contract day, and no note in the list of what to bring (unchanged).
    /// No flat refusal is foretold: the risk is a reading.
    #[test]
    fn annex4_8_1_the_handoff_says_nothing_contradictory_of_a_referral_at_risk() {
        use crate::steps::documents::tests::health_certificate_case;
        let e = health_certificate_case("2026-11-30");
        let p = props(e.clone());
        let r = e
            .refusal
            .risks
            .iter()
            .find(|r| r.reason == kezek_rules::ReasonCode::RefusalReferralAtRiskIssueDayReading)
            .expect("the reading risk");
        assert!(r.reading, "{r:?}");
        assert_eq!(lapse_note(&p, &e, DocumentKind::Referral), None);
        let i = e.checklist.item(DocumentKind::Referral).unwrap();
        assert_eq!(
            referral_safe_reading(&p, &e, i).as_deref(),
            Some("Kezek's reading: counted from the day after issue, the referral runs until 30.11.2026 inclusive, but it is safer not to wait for that day.")
        );
    }

    /// Annex 2 p. 8 sub. 2, the serviceman's certificate of 25.10.2026 on
    /// egov.kz on 25.11.2026 at 07:30 (safe day 24.11, Kezek's count 25.11;
    /// its refusal a reading risk, `refusal.issue_day_reading_at_risk`): the
    /// hand-off names it, in the list of what to attach and among cl. 22's
    /// originals, with the safe day first and Kezek's count beside it — not
    /// as if in order, nor "valid only until 25.11" — and foretells no flat
    /// refusal.
    #[test]
    fn annex2_8_2_the_handoff_says_the_at_risk_certificates_safe_day_first() {
        use crate::steps::documents::tests::serviceman_certificate_case;
        let e = serviceman_certificate_case("2026-11-25T07:30");
        let p = props(e.clone());
        // With what to do (review helper-144, minor 6): the safe day has
        // gone by when an application made now is accepted.
        let note = "to be safe, count it valid until 24.11.2026 inclusive; by Kezek's count, until 25.11.2026 inclusive, a reading — an application made now is accepted after the safe day: to be safe, get a new one first";
        assert_eq!(
            lapse_note(&p, &e, DocumentKind::ServiceWorkplaceCertificate).as_deref(),
            Some(note)
        );
        assert!(cl22_originals(&p, &e).join("; ").contains(note));
        assert!(
            e.refusal
                .risks
                .iter()
                .any(|r| r.reason == kezek_rules::ReasonCode::RefusalIssueDayReadingAtRisk),
            "{:?}",
            e.refusal
        );
        assert!(e.refusal.risks.iter().all(|r| r.reading), "{:?}", e.refusal);
        assert!(blocking_documents(&p, &e).is_empty());
        assert!(lapsing_documents(&e).is_empty());
    }

    /// cl. 22's second check is the rules' answer (`Ground::proof_check`): at
    /// admission a teacher's proof hint is the second check's, and a SEN
    /// child's too (cl. 20 sub. 2 makes it a first-priority right; step 6
    /// gives its PMPC conclusion `doc.recheck_cl22`) — but on the portal
    /// without "Annex 4's portal list asks no copy", which asks the
    /// conclusion's copy (review27c item 1: the rules said both); after
    /// cl. 16 neither is a second check.
    #[test]
    fn cl22_proof_hint_follows_the_rules_second_check_not_after_cl16() {
        use kezek_rules::Ground;
        let admission_draft = |e: Evaluation| {
            let mut p = props(e);
            p.draft = Rc::new(Draft {
                service: Some(kezek_rules::Service::Admission),
                channel: Some(kezek_rules::Channel::ProviderOffice),
                ..Draft::default()
            });
            p
        };
        let p = admission_draft(sen_admission(false));
        let second = p.t("ui-proof-paper-admission");
        assert!(proof_text(&p, Ground::Teacher).contains(&second));
        assert!(proof_text(&p, Ground::SpecialEducationalNeeds).contains(&second));
        let mut portal = admission_draft(sen_admission(false));
        portal.draft = Rc::new(Draft {
            channel: Some(kezek_rules::Channel::EgovPortal),
            ..(*portal.draft).clone()
        });
        let no_copy = p.t("ui-proof-paper-admission-portal");
        assert!(proof_text(&portal, Ground::Teacher).contains(&no_copy));
        assert!(!proof_text(&portal, Ground::SpecialEducationalNeeds).contains(&no_copy));
        let p = admission_draft(sen_admission(true));
        assert!(!proof_text(&p, Ground::Teacher).contains(&second));
        assert!(proof_text(&p, Ground::Teacher).contains(&p.t("ui-proof-admission-cl16")));
    }

    /// Annex 2 p. 8 sub. 4 names the workplace certificate «әскери
    /// қызметкердің немесе арнаулы мемлекеттік орган қызметкерінің» only:
    /// step 4's proof of the law-enforcement ground (cl. 20 p. 1) showed that
    /// certificate with no word that asking it of a law-enforcement officer
    /// is Kezek's reading (walkthrough of 05.12.2026). It now says the rules'
    /// reading (`Ground::proof_check`'s `reading`), at registration and at
    /// admission, in kk, ru and en; a serviceman's proof does not.
    #[test]
    fn annex2_8_4_law_enforcement_proof_says_it_is_kezeks_reading() {
        use kezek_rules::{Channel, Ground, Service};
        let e = example(include_str!(
            "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            for (service, key) in [
                (
                    Service::QueueRegistration,
                    "reason-doc-law-enforcement-reading",
                ),
                (
                    Service::Admission,
                    "reason-doc-law-enforcement-reading-admission",
                ),
            ] {
                for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
                    let p = props_as(e.clone(), lang, service, channel);
                    let reading = p.t(key);
                    let text = proof_text(&p, Ground::LawEnforcement);
                    assert!(text.contains(&reading), "{lang:?} {service:?}: {text}");
                    let serviceman = proof_text(&p, Ground::Serviceman);
                    assert!(!serviceman.contains(&reading), "{lang:?}: {serviceman}");
                }
            }
        }
    }

    /// cl. 22 «көрсетілетін қызметті беруші басқа тәртіпті белгілмеген
    /// жағдайда … жолдама алғаннан кейін екі рет тексереді»: at admission the
    /// proof hints say the proviso in the project's one wording (the
    /// department, unless IT has set another procedure: as the rules'
    /// `reason-doc-recheck-cl22`, `order254_law_review21.rs`), in kk, ru and
    /// en; the gateway ground's hint states cl. 22's duty (the originals of
    /// the documents checked «ұсынуы тиіс») and marks as Kezek's reading only
    /// that nothing need be attached and that originals or digital documents
    /// of the right are among them, not "to be safe, show" (which made the
    /// duty sound optional; review27c items 3-4); the paper hint's portal
    /// note is Annex 4's portal list asking no copy, and only on the portal
    /// (review of journey27/law27, item 1).
    #[test]
    fn cl22_admission_proof_hints_say_the_proviso_and_the_readings() {
        use kezek_rules::{Channel, Ground};
        let hint = |channel: Channel, g: Ground| {
            let mut p = props(example(include_str!(
                "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
            )));
            p.draft = Rc::new(Draft {
                service: Some(kezek_rules::Service::Admission),
                channel: Some(channel),
                ..Draft::default()
            });
            proof_text(&p, g)
        };
        let message_in = |lang: &str, key: &str| {
            let ftl = match lang {
                "kk" => include_str!("../../messages/kk.ftl"),
                _ => include_str!("../../messages/ru.ftl"),
            };
            kezek_rules::messages::message_value(ftl, key)
                .unwrap_or_default()
                .to_owned()
        };
        let proviso = "unless it has set another procedure (cl. 22)";
        for (lang, proviso) in [
            ("kk", "егер өзі басқа тәртіп белгілемесе"),
            ("ru", "если он сам не установил иной порядок"),
        ] {
            for key in ["ui-proof-paper-admission", "ui-proof-gateway-admission"] {
                let text = message_in(lang, key);
                assert!(text.contains(proviso), "{lang} {key}: {text}");
                assert!(
                    !text.contains("надежн") && !text.contains("сенімді"),
                    "{lang} {key}: {text}"
                );
            }
        }
        for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
            let teacher = hint(channel, Ground::Teacher);
            assert!(teacher.contains(proviso), "{teacher}");
            assert!(!teacher.contains("egov.kz"), "{teacher}");
            assert_eq!(
                teacher.contains("Annex 4's list for the portal asks for no copies"),
                channel == Channel::EgovPortal,
                "{channel:?}: {teacher}"
            );
            let gateway = hint(channel, Ground::LargeFamily);
            assert!(gateway.contains(proviso), "{gateway}");
            assert!(gateway.contains("Kezek's reading"), "{gateway}");
            assert!(
                gateway.contains("originals or digital documents"),
                "{gateway}"
            );
            assert!(!gateway.contains("you present the originals"), "{gateway}");
            assert!(!gateway.contains("to be safe"), "{gateway}");
            assert!(
                gateway.contains(
                    "are shown within 5 working days of receiving the referral. Kezek's reading"
                ),
                "cl. 22's duty is stated before the reading: {gateway}"
            );
        }
    }

    /// The badge of a cl. 22 proof lapsed since the referral says the rules'
    /// line (`doc.recheck_lapsed_since_referral`): its "if" — the day given
    /// only if it was confirmed while valid — and "get a new one", not "renew
    /// it" (review of journey27/law27, item 1d).
    #[test]
    fn cl22_lapsed_since_referral_badge_keeps_the_rules_if_and_words() {
        let p = props(example(include_str!(
            "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
        )));
        let en = p.t("ui-status-lapsed-since-referral");
        assert!(en.contains("if it was confirmed while valid"), "{en}");
        assert!(en.contains("get a new one"), "{en}");
        assert!(!en.contains("renew"), "{en}");
        let ru = I18n::new(Lang::Ru).t("ui-status-lapsed-since-referral");
        assert!(ru.contains("получите новый"), "{ru}");
        assert!(ru.contains("если"), "{ru}");
        assert!(!ru.contains("обновите"), "{ru}");
        let kk = I18n::new(Lang::Kk).t("ui-status-lapsed-since-referral");
        assert!(kk.contains("жаңасын алыңыз"), "{kk}");
        assert!(kk.contains("расталса"), "{kk}");
    }

    /// The walk of 05.12 (dump 37): queue registration at the education
    /// department's desk on Friday 27.11.2026 at 19:30, no priority, the
    /// child's IIN not given.
    fn friday_evening_at_the_office() -> Evaluation {
        example(
            r#"{
                "service": "00403001",
                "channel": "provider_office",
                "as_of": "2026-11-27T19:30",
                "applicant": {"role": "parent", "iin": "900315410004", "full_name": "Серікбаев Нұрлан"},
                "child": {"birth_date": "2024-03-14", "settlement": "Қарағанды"},
                "consent": true
            }"#,
        )
    }

    /// Annex 2 p. 7 sub. 1 (applications received Monday to Friday 09:00–
    /// 17:30) with cl. 22 («тіркеуге өтініш жіберген … сәттен бастап 5 жұмыс
    /// күнінен кешіктірмей»): at the education department's desk on Friday
    /// at 19:30 step 6's originals line gave 04.12.2026 (Kezek's count
    /// 07.12.2026) with nothing saying the desk is closed and the days run
    /// from Monday's hand-in — read on Friday, as counted from today. It now
    /// says the reception reopens on 30.11.2026 at 09:00 and the days count
    /// from then, in every language; the portal, open at any hour, says
    /// nothing of it.
    #[test]
    fn annex2_7_cl22_step6_at_the_closed_office_says_when_it_reopens() {
        let e = friday_evening_at_the_office();
        for (lang, closed) in [
            (Lang::Kk, "2026 жылғы 30 қарашада сағат 09:00-де"),
            (Lang::Ru, "30.11.2026 09:00"),
            (Lang::En, "30.11.2026 09:00"),
        ] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let line = originals_line(&p, &e).unwrap();
            assert!(line.contains(closed), "{lang:?}: {line}");
            assert!(
                line.contains("04.12.2026") || line.contains("4 желтоқсан"),
                "{lang:?}: {line}"
            );
        }
        let portal = example(
            &include_str!("../../../kezek-rules/examples/cases/01-portal-general-family.json")
                .replace(r#""as_of": "2026-11-23T"#, r#""as_of": "2026-11-29T"#),
        );
        assert!(closed_now_note(&props(portal.clone()), &portal).is_none());
        // Annex 2 p. 7 sub. 2: the State Corporation on a Sunday is closed
        // (said); on Monday 04.01.2027, a day off moved from a holiday, only
        // by Kezek's reading (the rules' moved-day-off reading): not said as
        // a fact.
        let sc = |as_of: &str| {
            example(
                &include_str!(
                    "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
                )
                .replace("2026-11-28T19:40", as_of),
            )
        };
        let sunday = sc("2026-11-29T10:00");
        assert!(closed_now_note(&props(sunday.clone()), &sunday).is_some());
        let moved = sc("2027-01-04T10:00");
        assert!(
            closed_now_note(&props(moved.clone()), &moved).is_none(),
            "{:?}",
            closed_now_note(&props(moved.clone()), &moved)
        );
    }

    /// cl. 22 («…жіберген немесе қабылдауға жолдама алған сәттен бастап 5
    /// жұмыс күнінен кешіктірмей»): step 1, step 6 and the hand-off agreed
    /// on the days (e.g. 27.11 to be safe, 30.11 by Kezek's count) but each
    /// said in its own words which is the order's and which Kezek's reading
    /// (walkthrough of session 40; step 1 even called the safe day "a
    /// reading"). Kezek's later day is now said in one text, the same on
    /// every screen, which names the day to act by to be safe; each
    /// screen's own line names the safe day only.
    #[test]
    fn cl22_the_safe_day_and_kezeks_reading_are_said_in_one_wording_on_every_screen() {
        let cases = [
            include_str!("../../../kezek-rules/examples/cases/01-portal-general-family.json"),
            include_str!(
                "../../../kezek-rules/examples/cases/02-office-serviceman-expired-certificate.json"
            ),
            include_str!(
                "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
            ),
            include_str!("../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"),
            include_str!(
                "../../../kezek-rules/examples/cases/15-admission-extended-referral-teacher-recheck.json"
            ),
        ];
        let mut compared = 0;
        for case in cases {
            let e = example(case);
            let Some(o) = e.schedule.originals_day().filter(|o| o.reading) else {
                continue;
            };
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                let p = props_as(e.clone(), lang, e.service, e.channel);
                let (safe, later) = (p.i18n.date(o.safe), p.i18n.date(o.count));
                let mut screens = vec![
                    ("step 6", originals_text(&p, &e).unwrap()),
                    (
                        "hand-off",
                        crate::steps::handoff::originals_due_text(&p, &e).unwrap(),
                    ),
                ];
                let t = kezek_rules::schedule::service_timing(
                    e.service,
                    e.channel,
                    p.now,
                    kezek_rules::calendar::Calendar::builtin(),
                );
                if t.originals_day() == Some(o) {
                    screens.push((
                        "step 1",
                        crate::steps::service::originals_text(&p, &t).unwrap(),
                    ));
                }
                let mut said = Vec::new();
                for (screen, t) in &screens {
                    let with_later: Vec<String> = t
                        .texts()
                        .into_iter()
                        .filter(|x| x.contains(&later))
                        .collect();
                    assert_eq!(
                        with_later.len(),
                        1,
                        "{lang:?} {screen}: Kezek's day in one text: {t:#?}"
                    );
                    assert!(
                        !t.line.contains(&later),
                        "{lang:?} {screen}: the line names the safe day only: {}",
                        t.line
                    );
                    said.push((screen, with_later[0].clone()));
                }
                for (screen, text) in &said {
                    assert_eq!(
                        text, &said[0].1,
                        "{lang:?}: {screen} and {} say it differently",
                        said[0].0
                    );
                    assert!(text.contains(&safe), "{lang:?} {screen}: {text}");
                }
                compared += 1;
            }
        }
        assert!(compared >= 6, "{compared}");
    }

    /// Annex 1 («…тұратын, ЖСН ___»): the hand-off without an application
    /// named "the child's IIN (step 2)" alone, not why it is needed nor
    /// where to find it (dump 37, the office on Friday). The list's line says
    /// the form has a line for it, with Annex 1, in every language.
    #[test]
    fn annex1_the_missing_iin_is_said_with_the_forms_line() {
        let e = friday_evening_at_the_office();
        assert_eq!(e.application.missing_fields, ["child.iin"]);
        for (lang, annex) in [
            (Lang::Kk, "1-қосымша"),
            (Lang::Ru, "приложение 1"),
            (Lang::En, "Annex 1"),
        ] {
            let i = I18n::new(lang);
            for key in ["ui-field-child-iin", "ui-field-applicant-iin"] {
                let text = i.t(key);
                assert!(text.contains(annex), "{lang:?} {key}: {text}");
            }
        }
    }

    /// Annex 4 p. 8 sub. 1 with the refused date: the walk of 05.12.2026
    /// (41, p4-07) typed a referral's issue date in the future; its field
    /// said «Дата выдачи документа в будущем», while step 6's lead and its
    /// refusal line said the date was not entered («дата его выдачи не
    /// указана»). The case leaves the refused date out, so the rules say
    /// the date awaits (`awaits_issue_date`); the app says it is to be
    /// corrected, where it was refused, and "enter it" where none was typed.
    #[test]
    fn annex4_8_a_refused_issue_date_is_said_as_one_to_correct_not_one_not_entered() {
        use crate::draft::tests::{at, filled};
        use crate::state::{Action, Wizard};
        use kezek_rules::documents::DocumentKind;
        for (typed, summary, risk) in [
            (
                "2026-12-01",
                "ui-checklist-dates-refused",
                "ui-refusal-date-refused",
            ),
            (
                "",
                "ui-checklist-awaits-dates",
                "reason-refusal-awaits-issue-date",
            ),
        ] {
            let mut d = Wizard::apply(
                filled(),
                Action::SetService(kezek_rules::Service::Admission),
            );
            for a in [
                Action::SetChannel(kezek_rules::Channel::ProviderOffice),
                Action::SetHeld(DocumentKind::Referral, true),
                Action::SetIssued(DocumentKind::Referral, typed.into()),
                Action::SetHeld(DocumentKind::VaccinationCard, true),
                Action::SetHeld(DocumentKind::HealthCertificate, true),
                Action::SetIssued(DocumentKind::HealthCertificate, "2026-11-20".into()),
                Action::SetConsent(true),
            ] {
                d = Wizard::apply(d, a);
            }
            let case = d.to_case(at()).expect("the case stands");
            let e = kezek_rules::evaluate(&case).unwrap();
            assert!(
                e.checklist
                    .awaiting_issue_date
                    .contains(&DocumentKind::Referral),
                "{typed}: {:?}",
                e.checklist.awaiting_issue_date
            );
            let mut p = tests::props(e.clone());
            p.problems = Rc::new(d.problems(at()));
            assert_eq!(documents_summary_key(&p, &e), summary, "{typed}");
            let r = e
                .refusal
                .risks
                .iter()
                .find(|r| r.reason == kezek_rules::reason::ReasonCode::RefusalAwaitsIssueDate)
                .expect("the risk awaiting the date");
            assert_eq!(documents::risk_text_key(&p, r), risk, "{typed}");
            // Under it, "the date is not entered, enter it" only where none was typed.
            let enter = kezek_rules::reason::ReasonCode::DocAwaitsIssueDate;
            assert_eq!(
                risk_details(&p, r).any(|x| x == enter),
                typed.is_empty(),
                "{typed}: {:?}",
                r.detail
            );
            assert_eq!(date_refused(&p, DocumentKind::Referral), !typed.is_empty());
        }
    }

    /// cl. 34 sub. 1's first-day reading (the walk's admission case): the
    /// refusal risk's text says the reading, its safe day and what to do;
    /// its detail is the health certificate's own reading, which the
    /// re-walk of 05.12.2026 read right after it on step 6 and the hand-off
    /// («Толкование Kezek подпункта 1) пункта 34: …» twice). It is said once.
    #[test]
    fn cl34_1_the_first_day_reading_is_said_once_under_its_refusal_risk() {
        let e = walk41_admission("provider_office");
        let p = props(e.clone());
        let r = e
            .refusal
            .risks
            .iter()
            .find(|r| r.reason == ReasonCode::RefusalHealthCertificateFirstDayReading)
            .expect("the reading risk");
        assert!(
            r.detail
                .contains(&ReasonCode::DocHealthCertificateFirstDayReading),
            "{:?}",
            r.detail
        );
        let said: Vec<ReasonCode> = risk_details(&p, r).collect();
        assert!(
            !said.contains(&ReasonCode::DocHealthCertificateFirstDayReading),
            "{said:?}"
        );
    }
}
