//! Step 6: the document checklist for the service and channel (Annex 2/4
//! p. 8): what the provider fetches itself, what to bring, tick-off with issue
//! dates, validity and expiry, and the refusal preview (Annex 3) when something
//! is missing. Printable.

use kezek_rules::checklist::{Form, Source, Status};
use kezek_rules::documents::Validity;
use kezek_rules::refusal::RefusalForm;
use kezek_rules::Service;
use yew::prelude::*;

use super::{needs_earlier, StepProps};
use crate::components::field::{date_format_line, CheckField, TextField};
use crate::components::why::Why;
use crate::state::Action;

/// The kebab-case form of a rules code, as element data and message keys write it.
fn code(c: &str) -> String {
    c.replace('_', "-")
}

/// The contract day's hint (admission): what cl. 34 sub. 1 asks of the
/// child's health certificate.
pub(crate) fn contract_date_hint(p: &StepProps) -> String {
    let days = crate::draft::parse_date(&p.draft.contract_date).and_then(|c| {
        kezek_rules::documents::DocumentKind::HealthCertificate
            .validity()
            .earliest_issue_days(c)
    });
    match days {
        Some((earliest, safe)) => p.i18n.t_args(
            "ui-contract-date-hint-dated",
            &[
                ("earliest", p.i18n.date(earliest)),
                ("safe", p.i18n.date(safe)),
            ],
        ),
        None => p.t("ui-contract-date-hint"),
    }
}

/// Step 6.
#[function_component(DocumentsStep)]
pub fn documents_step(p: &StepProps) -> Html {
    let Ok(e) = p.outcome.as_ref() else {
        return needs_earlier(p);
    };
    let list = &e.checklist;
    let extension_error = p.error_for("admission.referral_extension_days");
    let confirmed_error = p.error_for("admission.documents_confirmed_on");
    let complete = super::documents_complete(p, e);
    // Consent is given on the hand-off step with the application Kezek prepares: it is not
    // a missing document, and not a ground for refusal here.
    let risks: Vec<&kezek_rules::refusal::RefusalRisk> = e
        .refusal
        .risks
        .iter()
        .filter(|r| r.reason != kezek_rules::reason::ReasonCode::RefusalNoConsent)
        .collect();
    let (needed, not_needed): (Vec<_>, Vec<_>) = list
        .items
        .iter()
        .partition(|i| i.status != Status::NotNeeded);
    let print = Callback::from(|_| crate::platform::print());
    // The hand-off's number in this service's journey (8, or 7 for admission).
    let handoff_step = crate::route::Step::Handoff
        .number_in(p.draft.service)
        .to_string();
    // cl. 22's second check, said in full on the first item that says it.
    let recheck_said = std::cell::Cell::new(false);
    html! {
        <>
            <p class="kz-lead" id="kz-checklist-summary" data-complete={complete.to_string()}>
                { p.t(super::documents_summary_key(p, e)) }
            </p>
            if e.service == Service::Admission {
                <div class="kz-card">
                    <TextField id="contract-date" kind="date" label={p.t("ui-contract-date")} value={p.draft.contract_date.clone()}
                        format={date_format_line(&p.i18n, &p.draft.contract_date)}
                        hint={Some(AttrValue::from(contract_date_hint(p)))} error={p.error_for("admission.contract_date")}
                        oninput={p.send(Action::SetContractDate)} />
                    <CheckField id="emergency" label={p.t("ui-emergency")} checked={p.draft.emergency_measures}
                        onchange={p.send(Action::SetEmergency)} />
                    <TextField id="preschool" label={p.t("ui-preschool")} value={p.draft.preschool.clone()}
                        hint={Some(AttrValue::from(p.t("ui-preschool-hint")))} error={p.error_for("admission.preschool")}
                        oninput={p.send(Action::SetPreschool)} />
                    <details class="kz-referral-facts" id="kz-referral-facts" open={extension_error.is_some() || confirmed_error.is_some()}>
                        <summary>{ p.t("ui-referral-facts") }</summary>
                        <TextField id="place-vacated" kind="date" label={p.t("ui-place-vacated")} value={p.draft.place_vacated_on.clone()}
                            format={date_format_line(&p.i18n, &p.draft.place_vacated_on)}
                            hint={Some(AttrValue::from(p.t("ui-place-vacated-hint")))} oninput={p.send(Action::SetPlaceVacated)} />
                        <TextField id="documents-confirmed" kind="date" label={p.t("ui-documents-confirmed")} value={p.draft.documents_confirmed_on.clone()}
                            format={date_format_line(&p.i18n, &p.draft.documents_confirmed_on)}
                            hint={Some(AttrValue::from(p.t("ui-documents-confirmed-hint")))} error={confirmed_error}
                            oninput={p.send(Action::SetDocumentsConfirmed)} />
                        <TextField id="referral-extension" kind="number" label={p.t("ui-referral-extension")} value={p.draft.referral_extension_days.clone()}
                            hint={Some(AttrValue::from(p.t("ui-referral-extension-hint")))} error={extension_error}
                            oninput={p.send(Action::SetReferralExtension)} />
                    </details>
                </div>
            }
            <ol class="kz-checklist" id="kz-checklist">
                { for needed.iter().map(|i| {
                    let kind = i.document;
                    let held = p.draft.documents.get(&kind).cloned().unwrap_or_default();
                    let bring = matches!(i.source, Source::Parent | Source::DigitalDocuments);
                    let dated = !matches!(i.validity, Validity::Unlimited);
                    // Held, its issue date not yet typed (or not a date, or
                    // refused by the rules: in the future, before the
                    // child's birth, left out of the case until corrected):
                    // the rules cannot judge it yet and say so
                    // (`awaits_issue_date`) — the date is asked, with why
                    // a typed one is refused at once, not "missing".
                    let awaits_date = i.status == Status::AwaitsIssueDate;
                    let refused_date = awaits_date
                        .then(|| {
                            let field = format!("documents.{}", kind.code());
                            p.problems.iter().find(|e| e.field == field)
                        })
                        .flatten()
                        .map(|e| p.i18n.t_args(&e.key, &e.args()));
                    let status = if super::awaits_consent(p, i) {
                        "awaits-consent".to_owned()
                    } else if awaits_date {
                        "awaits-date".to_owned()
                    } else {
                        code(i.status.code())
                    };
                    // How the item's reasons are said (the badge, the expiry
                    // line): see `ItemFlags`.
                    let f = ItemFlags::of(i);
                    let (lapses, at_risk, at_risk_contract) = (f.lapses, f.at_risk, f.at_risk_contract);
                    let (lapses_before_acceptance, lapses_before_opening) = (f.lapses_before_acceptance, f.lapses_before_opening);
                    // Annex 2 p. 8's gateway proof: not attached (Kezek's
                    // reading, said by its reason), but its original is among
                    // cl. 22's originals — not "nothing to bring".
                    let gateway_original = i.reasons.contains(&kezek_rules::reason::ReasonCode::DocBringIfNotInDatabases);
                    let held_lapsed = f.held_lapsed;
                    // Valid after the referral, lapsed since (a reading, cl.
                    // 22): the check may have confirmed it then, and the line
                    // says it need not be renewed if so — the badge says
                    // both ways, not "the right is not confirmed".
                    let lapsed_since_referral = i.reasons.first()
                        == Some(&kezek_rules::reason::ReasonCode::DocRecheckLapsedSinceReferral);
                    let badge = if lapses {
                        "lapses".to_owned()
                    } else if lapses_before_opening {
                        "lapses-before-opening".to_owned()
                    } else if lapsed_since_referral {
                        "lapsed-since-referral".to_owned()
                    } else if held_lapsed {
                        "unconfirmed-lapsed".to_owned()
                    } else if gateway_original {
                        "gateway-original".to_owned()
                    } else if at_risk || at_risk_contract || f.at_risk_issue_day || lapses_before_acceptance {
                        "at-risk".to_owned()
                    } else if awaits_date && refused_date.is_some() {
                        // A date typed and refused: to correct, not to enter.
                        "date-refused".to_owned()
                    } else {
                        status.clone()
                    };
                    // The date typed makes the document out of date: its
                    // expiry line is the date field's own message, as step
                    // 2's fields say theirs (`aria-invalid`, described by
                    // it, announced), not a line above the "I have it" box.
                    let expiry_field = (bring && !held_on_step_2(p, kind) && dated && held.held)
                        .then(|| issued_field_expiry(p, e, i))
                        .flatten();
                    let expiry = expiry_line(p, e, i).filter(|_| expiry_field.is_none()).map(|line| {
                        html! { <p class={classes!("kz-expiry", (i.status != Status::Ok).then_some("kz-warning"))}>{ line }</p> }
                    });
                    let reading = referral_readings(p, e, i).into_iter().map(|r| html! {
                        <p class="kz-hint kz-referral-reading">{ r }</p>
                    }).collect::<Html>();
                    let application = application_lines(p, e, i, &handoff_step);
                    // Said only where the item's reasons are shown (the
                    // last branch below).
                    let shown = application.is_none() && refused_date.is_none() && !awaits_date;
                    let reasons = recheck_said_once(p, item_reasons(p, e, i), &recheck_said, shown);
                    html! {
                        <li class={classes!("kz-item", format!("kz-status-{status}"))} data-doc={kind.code()} data-status={status.clone()}>
                            <div class="kz-item-head">
                                <strong>{ super::document_name(p, e, kind) }</strong>
                                <span class="kz-badge">{ application.as_ref().map_or_else(|| p.i18n.t_args(&format!("ui-status-{badge}"), &[("step", handoff_step.clone())]), |a| a.badge.clone()) }</span>
                            </div>
                            <p class="kz-hint">{ source_text(p, e, i) }{ " · " }{ p.t(&form_key(e.channel, i)) }
                                if i.form == Form::Original && bring { { ". " }{ p.t("ui-original-note") } } </p>
                            if let Some(a) = &application {
                                <p class="kz-reason">{ a.line.clone() }</p>
                                // cl. 22's reading for a representative other
                                // than a parent sits on the application's item
                                // where no identity item is listed (egov.kz):
                                // said before consent too, so the list printed
                                // from this step names the act to show.
                                if i.reasons.contains(&kezek_rules::reason::ReasonCode::DocLegalRepresentativeRightsCl22) {
                                    <p class="kz-reason">{ super::item_reason(p, i, kezek_rules::reason::ReasonCode::DocLegalRepresentativeRightsCl22) }</p>
                                }
                            } else if let Some(why) = refused_date.clone() {
                                <p class="kz-reason">{ why }</p>
                            } else if awaits_date {
                                <p class="kz-reason">{ p.t("ui-awaits-date") }</p>
                            } else {
                                // cl. 30's window said with its day, in the
                                // place of the undated reason — before the
                                // lines on cancelling and on the window's
                                // day off, which speak of it.
                                { for reasons.into_iter().map(|(r, text)| html! {
                                    <p class={classes!("kz-reason", (r == kezek_rules::reason::ReasonCode::DocReferralMayExtend && i.extension_window_ends_on.is_some()).then_some("kz-referral-extend"))}>{ text }</p>
                                }) }
                            }
                            { expiry.unwrap_or_default() }
                            { reading }
                            if bring && held_on_step_2(p, kind) {
                                // Said on step 2 (the rules count it held): no
                                // second box here that would change nothing.
                                <p class="kz-hint kz-held-elsewhere">{ p.t("ui-held-on-step-2") }{ " " }
                                    <a href={crate::route::Step::Child.hash()}>{ p.t("ui-held-change") }</a></p>
                            } else if bring {
                                <CheckField id={format!("held-{}", kind.code())} label={p.t("ui-i-have-it")} checked={held.held}
                                    onchange={p.send(move |v: bool| Action::SetHeld(kind, v))} />
                                if dated && held.held {
                                    <TextField id={format!("issued-{}", kind.code())} kind="date" label={p.t("ui-issued-on")}
                                        format={date_format_line(&p.i18n, &held.issued_on)}
                                        hint={held.issued_on.is_empty().then(|| AttrValue::from(p.t("ui-issued-on-hint")))}
                                        value={held.issued_on.clone()}
                                        error={p.error_for(&format!("documents.{}", kind.code())).or_else(|| expiry_field.clone().map(AttrValue::from))}
                                        error_class={expiry_field.is_some().then_some(AttrValue::Static("kz-expiry"))}
                                        oninput={p.send(move |v: String| Action::SetIssued(kind, v))} />
                                }
                            }
                            <Why i18n={p.i18n.clone()} citations={i.citations.clone()} />
                        </li>
                    }
                }) }
            </ol>
            // Annex 2 p. 8 on egov.kz (the only list with such documents):
            // their data come from state databases through the gateway; that
            // the portal takes them for the application is Kezek's reading
            // (the annex says the applicant obtains them); cl. 22 still has
            // their originals shown, which the line below says (where and by
            // when: not repeated here).
            if !list.automatic.is_empty() {
                <section class="kz-card" id="kz-automatic">
                    <h3>{ p.t("ui-automatic") }</h3>
                    // What the annex says in the heading; who takes the data, Kezek's reading, beneath.
                    <p class="kz-hint" id="kz-automatic-reading">{ p.t("ui-automatic-reading") }</p>
                    <ul>{ for list.automatic.iter().map(|a| html! { <li>{ p.t(&a.document.key()) }</li> }) }</ul>
                    if super::originals_line(p, e).is_some() {
                        <p class="kz-hint" id="kz-automatic-originals">{ p.t("ui-automatic-originals") }</p>
                    }
                    <Why i18n={p.i18n.clone()} citations={list.automatic_citations()} />
                </section>
            }
            // cl. 22: what it checks is shown in the original to the
            // education department by the safe day — said here too, where the
            // portal's list says the provider gets these itself.
            if let Some(o) = super::originals_text(p, e) {
                <div class="kz-card" id="kz-docs-originals-card">
                    <p class="kz-reason" id="kz-docs-originals">{ o.line }</p>
                    { super::originals_reading_note(o.reading) }
                    if let Some(w) = super::originals_where(p, &e.schedule.reasons) {
                        <p class="kz-hint" id="kz-docs-originals-where">{ w }</p>
                    }
                </div>
            }
            if !not_needed.is_empty() {
                <details class="kz-card">
                    <summary>{ p.t("ui-not-needed") }</summary>
                    <ul>{ for not_needed.iter().map(|i| html! { <li data-doc={i.document.code()}>{ p.t(&i.document.key()) }</li> }) }</ul>
                </details>
            }
            <section class="kz-card" id="kz-refusal">
                <h3>{ p.t("ui-refusal") }</h3>
                if risks.is_empty() { <p>{ p.t("reason-refusal-none") }</p> }
                <ul>
                    { for risks.iter().map(|r| html! {
                        <li data-risk={r.reason.code()} data-basis={risk_basis(r)}>
                            // The ground itself ("would be refused", or Kezek's
                            // reading "may be refused"), then what to do.
                            <p>{ p.t(&risk_text_key(p, r)) }</p>
                            { for super::risk_details(p, r).map(|x| html! { <p class="kz-hint">{ refusal_detail_text(p, e, x) }</p> }) }
                            if r.detail.contains(&kezek_rules::reason::ReasonCode::LimitCl16WaitOneMonth) {
                                if let Some(from) = super::cl16_general_from(p, e) { <p class="kz-hint">{ from }</p> }
                            }
                            if !r.documents.is_empty() {
                                <p>{ r.documents.iter().map(|d| super::document_name(p, e, *d)).collect::<Vec<_>>().join("; ") }</p>
                            }
                            <Why i18n={p.i18n.clone()} citations={r.citations.clone()} />
                        </li>
                    }) }
                </ul>
                // The preview of the risks shown (the rules' `refusal::preview`;
                // the assessment's own counts the consent too, given on the
                // hand-off): of the refusal that may be given under Kezek's
                // readings when every risk shown is one, not of a certain one.
                if let Some(pv) = kezek_rules::refusal::preview(e.service, e.channel, &risks) {
                    <div class="kz-receipt" id="kz-refusal-preview" data-form={code(pv.form.code())} data-reading={pv.reading.to_string()}>
                        <h4>{ p.t(match pv.form {
                            _ if pv.reading => "ui-receipt-reading",
                            RefusalForm::Annex3Receipt => "ui-receipt-annex3",
                            _ => "ui-receipt-reasoned",
                        }) }</h4>
                        // The service by its official name, not Kezek's
                        // own label of step 1: the queue registration's
                        // receipt (Annex 3) has a line for it («мемлекеттік
                        // көрсетілетін қызметтің атауын көрсету»); cl. 32
                        // prescribes no content for the admission's reasoned
                        // refusal, and Kezek names the service the same way.
                        <p id="kz-refusal-preview-service">{ p.t(&format!("ui-official-{}", pv.service.code())) }</p>
                        if !pv.documents.is_empty() {
                            <p>{ p.t("ui-receipt-missing") }</p>
                            <ul>{ for pv.documents.iter().map(|d| html! { <li>{ p.t(&d.key()) }</li> }) }</ul>
                        }
                        <Why i18n={p.i18n.clone()} citations={vec![pv.citation]} />
                    </div>
                }
            </section>
            <button type="button" class="kz-button kz-secondary" id="kz-print-checklist" onclick={print}>{ p.t("ui-print") }</button>
        </>
    }
}

/// The message of a refusal risk's detail `r` in step 6's "May they
/// refuse?" card: the rules' text, but for a document valid today and not
/// on the contract day, whose text points to the note below it in its item
/// — here the note is in the list above.
fn refusal_detail_text(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    r: kezek_rules::reason::ReasonCode,
) -> String {
    match r {
        kezek_rules::reason::ReasonCode::DocLapsesBeforeUse => p.t(&refusal_detail_key(r)),
        _ => super::reason_text(p, e, r),
    }
}

/// The message key of a refusal risk's detail `r` on step 6.
fn refusal_detail_key(r: kezek_rules::reason::ReasonCode) -> String {
    match r {
        kezek_rules::reason::ReasonCode::DocLapsesBeforeUse => {
            "ui-refusal-lapses-before-use".to_owned()
        }
        _ => r.key(),
    }
}

/// What a refusal risk rests on, as step 6's `data-basis` of its line: a
/// ground the order states flatly (`flat`), Kezek's reading of a text that
/// does not settle it (`reading`), or a fact the parent has not given yet
/// (`awaits-fact`: a document's day of issue) — the rules' `reading` and
/// `awaits_fact`.
fn risk_basis(r: &kezek_rules::refusal::RefusalRisk) -> &'static str {
    if r.awaits_fact {
        "awaits-fact"
    } else if r.reading {
        "reading"
    } else {
        "flat"
    }
}

/// The text key of a refusal risk on step 6: the rules' own, but for a
/// document awaiting its issue date because the date typed was refused
/// ([`super::date_refused`]): then the date is to be corrected, not entered.
pub(crate) fn risk_text_key(p: &StepProps, r: &kezek_rules::refusal::RefusalRisk) -> String {
    if super::awaits_a_refused_date(p, r) {
        "ui-refusal-date-refused".to_owned()
    } else {
        r.reason.key()
    }
}

/// How step 6 reads a checklist item's first reasons, for its badge and its
/// expiry line ([`expiry_line`]).
#[derive(Debug, Clone, Copy)]
struct ItemFlags {
    /// Valid today, not on the contract day: said in the future.
    lapses: bool,
    /// A referral past Annex 4's day, within cl. 22's count (a reading): "at
    /// risk", its two days said by the reading line, not "expires on" a day
    /// that may be gone.
    at_risk: bool,
    /// The contract day after the referral's safe day (Annex 4 p. 8 sub. 1,
    /// the day of issue the first of the five working days) or the health
    /// certificate's (cl. 34 sub. 1, the contract day one of the three),
    /// within Kezek's count (a reading): "at risk", its two days said by the
    /// expiry line — valid on the contract day by Kezek's count, not "not on
    /// the contract day".
    at_risk_contract: bool,
    /// Valid today, out of date on the later day an application made now is
    /// accepted (Annex 2 p. 7; a reading): "at risk", its reason says why
    /// and what to do — not "apply by" a day nothing made now is accepted.
    lapses_before_acceptance: bool,
    /// Valid today, out of date by the day the closed office next receives
    /// applications (Annex 2 p. 7, cl. 5): not "expired on" a day still to
    /// come.
    lapses_before_opening: bool,
    /// Held but lapsed, the right it proves unconfirmed: not "not held" (the
    /// rules' first line says which).
    held_lapsed: bool,
    /// A one-month certificate (Annex 2 p. 8) past its safe day (the day of
    /// issue counted) on the day an application made now is accepted,
    /// within Kezek's count (`doc.issue_day_reading_at_risk`, a reading):
    /// "at risk", its two days said by the expiry line — not "today is its
    /// last valid day: apply today".
    at_risk_issue_day: bool,
    /// At admission, the same certificate of cl. 22's second check past its
    /// safe day on the check's days (`doc.recheck_issue_day_reading_at_risk`,
    /// a reading): "at risk at the check", never "apply today" (lawyer42).
    at_risk_check_issue_day: bool,
    /// An application made now is accepted after the referral's safe day
    /// (the portal after working time, the desk after its hours): the reason
    /// says so and what to do; its day is not "apply today".
    accepted_late: bool,
}

impl ItemFlags {
    fn of(i: &kezek_rules::checklist::ChecklistItem) -> ItemFlags {
        use kezek_rules::reason::ReasonCode;
        ItemFlags {
            lapses: i.reasons.contains(&ReasonCode::DocLapsesBeforeUse),
            at_risk: i
                .reasons
                .contains(&ReasonCode::DocReferralAtRiskCl22Reading),
            at_risk_contract: i
                .reasons
                .contains(&ReasonCode::DocReferralAtRiskIssueDayReading)
                || i.reasons.first() == Some(&ReasonCode::DocHealthCertificateFirstDayReading),
            at_risk_issue_day: i.at_risk_by_issue_day(),
            at_risk_check_issue_day: i.at_risk_at_check_by_issue_day(),
            lapses_before_acceptance: i.lapses_before_acceptance(),
            lapses_before_opening: super::lapses_before_opening(i),
            held_lapsed: super::held_lapsed(i),
            accepted_late: matches!(
                i.reasons.first(),
                Some(
                    ReasonCode::DocReferralAcceptedAfterLastDay
                        | ReasonCode::DocReferralOfficeReopensAfterLastDay
                )
            ),
        }
    }
}

/// Step 6's reading lines of the item `i` under its expiry line (the
/// referral's): cl. 22's later day, counted from the documents'
/// confirmation ([`super::referral_reading`]), and Annex 4's safe day
/// against Kezek's count ([`super::referral_safe_reading`]), one short line
/// in place of the day-of-issue reason's long text (the referral's; the
/// health certificate's reading is said by its reason, its safe day by the
/// expiry line). The hand-off points here rather than say them again.
pub(crate) fn referral_readings(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Vec<String> {
    let (cl22, safe) = referral_reading_pair(p, e, i);
    cl22.into_iter().chain(safe).collect()
}

/// [`referral_readings`]' two lines, each where it is said.
fn referral_reading_pair(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> (Option<String>, Option<String>) {
    let f = ItemFlags::of(i);
    let cl22 = super::referral_reading(p, e, i);
    let safe = (i.status != Status::Expired
        && !f.at_risk
        && !f.at_risk_contract
        && i.document == kezek_rules::documents::DocumentKind::Referral)
        .then(|| super::referral_safe_reading(p, e, i))
        .flatten();
    (cl22, safe)
}

/// Step 6's reason lines of the item `i` (once its issue date is in), each
/// with its text: cl. 30's window said with its day, in the place of the
/// undated reason — before the lines on cancelling and on the window's day
/// off, which speak of it. A reason whose words a reading line or the
/// expiry line says with its dates is not repeated undated. The hand-off
/// points here for the referral's `doc.referral_if_missed` rather than say
/// it again.
pub(crate) fn item_reasons(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Vec<(kezek_rules::reason::ReasonCode, String)> {
    use kezek_rules::reason::ReasonCode;
    let (cl22, safe) = referral_reading_pair(p, e, i);
    let (has_reading, has_safe_reading) = (cl22.is_some(), safe.is_some());
    let lapses_before_acceptance = ItemFlags::of(i).lapses_before_acceptance;
    i.reasons
        .iter()
        .filter(|r| {
            let hidden = (has_reading && **r == ReasonCode::DocReferralFromConfirmation)
                // The lapsed referral said with its day (the expiry line).
                || (i.last_valid_day.is_some() && **r == ReasonCode::DocReferralLapsed)
                // Out of date when the portal accepts it: "show the
                // original before it expires" (a Sunday) is not the
                // advice; its first line says to get a fresh one.
                || (lapses_before_acceptance && **r == ReasonCode::DocExpiresBeforeCl22Check)
                || (has_safe_reading
                    && matches!(
                        **r,
                        ReasonCode::DocIssueDayReading
                            | ReasonCode::DocIssueDayReadingExtended
                            | ReasonCode::DocVacancyDayReading
                    ));
            !hidden
        })
        .map(|r| {
            let text = match i.extension_window_ends_on {
                Some(day) if *r == ReasonCode::DocReferralMayExtend => p
                    .i18n
                    .t_args("ui-referral-extend-by", &[("date", p.i18n.date(day))]),
                _ => super::item_reason(p, i, *r),
            };
            (*r, text)
        })
        .collect()
}

/// cl. 22's second check after the referral (`doc.recheck_cl22`) is said
/// in full on the first item of step 6 that shows it (`said` is set then);
/// every later item says it in a few words, pointing up. `shown`: whether
/// the item's reasons are shown at all.
pub(crate) fn recheck_said_once(
    p: &StepProps,
    reasons: Vec<(kezek_rules::reason::ReasonCode, String)>,
    said: &std::cell::Cell<bool>,
    shown: bool,
) -> Vec<(kezek_rules::reason::ReasonCode, String)> {
    use kezek_rules::reason::ReasonCode;
    if !shown {
        return reasons;
    }
    reasons
        .into_iter()
        .map(|(r, text)| match r {
            ReasonCode::DocRecheckCl22 if said.replace(true) => (r, p.t("ui-recheck-as-above")),
            _ => (r, text),
        })
        .collect()
}

/// The expiry line of a held item `i` said at its issue date's field, as the
/// field's message: where the date typed makes the document out of date —
/// expired (on the day it is used: the office's next opening too), or a
/// proof held but lapsed (the right unconfirmed). Else `None`: the line, if
/// any, stays above the "I have it" box — valid, expiring soon, at risk, or
/// a referral valid today that lapses before the contract day typed (the
/// contract's day, not the referral's, may change).
fn issued_field_expiry(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Option<String> {
    ((i.status == Status::Expired && !ItemFlags::of(i).lapses) || super::held_lapsed(i))
        .then(|| expiry_line(p, e, i))
        .flatten()
}

/// Step 6's expiry line of a checklist item (its last valid day, or its
/// safe day with Kezek's count beside it), as printed; `None` where it has
/// no last day or its days are said by the referral's reading line.
fn expiry_line(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> Option<String> {
    let kind = i.document;
    let f = ItemFlags::of(i);
    // The referral's day to act by is its safe day (Annex 4 p. 8 sub. 1
    // with the day of issue counted, not a day off) while it is to come;
    // today is said as today.
    let shown_day = |last: chrono::NaiveDate| match i.safe_last_day {
        Some(s) if i.status != Status::Expired && !super::passed(e, s) => s,
        _ => last,
    };
    let last = i.last_valid_day.filter(|_| !f.at_risk)?;
    let d = shown_day(last);
    // The referral's safe day where earlier than Kezek's count.
    let safe = i.safe_last_day.filter(|s| *s < last);
    // Another document's last day on a day off: the rules' working day
    // before it, while to come (the reading
    // `doc.last_day_non_working_reading`).
    let day_off_safe = super::day_off_safe_day(e, i);
    // A one-month certificate's safe day (Annex 2 p. 8, the day of issue
    // counted: `doc.issue_day_reading`), while to come: said first, Kezek's
    // count beside it as a reading, as a last day on a day off is.
    let issue_day_safe = kind != kezek_rules::documents::DocumentKind::Referral
        && safe.is_some_and(|s| !super::passed(e, s))
        && i.reasons
            .contains(&kezek_rules::reason::ReasonCode::DocIssueDayReading);
    // On the portal the referral's last day is met only by an application
    // accepted that day: sent by the end of the working time the rules'
    // schedule gives (Annex 4 p. 7 sub. 2); so is a one-month certificate's
    // safe day, on that day (Annex 2 p. 7 sub. 3; review helper-144, minor
    // 2) — the time to send by.
    // At admission a one-month certificate is shown at cl. 22's second
    // check of the originals, not with the application (Annex 4 p. 8 does
    // not list it): its line says to have one valid at the check, never
    // "apply by" nor "send on egov.kz today" (late42).
    let at_check = e.service == kezek_rules::Service::Admission
        && i.reasons
            .contains(&kezek_rules::reason::ReasonCode::DocRecheckCl22ValidOnCheck);
    let send_by = (e.channel == kezek_rules::Channel::EgovPortal
        && !at_check
        && (kind == kezek_rules::documents::DocumentKind::Referral
            || (issue_day_safe && i.safe_last_day == Some(e.as_of.date()))))
    .then(|| e.schedule.accepted_today_until())
    .flatten();
    // The time every reading keeps, Kezek's beside it (lawyer42).
    let send = super::PortalSend::of(p, e);
    let key = match i.status {
        // The referral's safe day, as every other line names it; Kezek's
        // count beside it as a reading.
        Status::Expired if f.lapses => match safe {
            Some(s) if super::passed(e, s) => "ui-lapses-on-safe-passed",
            Some(_) => "ui-lapses-on-reading",
            None => "ui-lapses-on",
        },
        // The order says nothing of a lapsed referral nor of taking a new
        // one (cl. 26 only: a general-queue referral is issued at the
        // applicant's initiative): she is told so, and whom to ask.
        // (The law-enforcement certificate: unconfirmed.)
        Status::Expired | Status::Unconfirmed if f.lapses_before_opening => {
            "ui-lapses-before-opening"
        }
        Status::Expired if kind == kezek_rules::documents::DocumentKind::Referral => {
            "ui-referral-expired-on"
        }
        Status::Expired => "ui-expired-on",
        // The referral or the health certificate valid on the contract day
        // by Kezek's count, out of date by the other (Annex 4 p. 8 sub. 1,
        // cl. 34 sub. 1): at risk on it, not "not on the contract day".
        // The referral past its safe day on the day it is judged (the
        // contract day, or today with none given; lawyer43): said so, not
        // "on the contract day" nor "today is its last valid day" — on
        // egov.kz on Kezek's own last day with the hours every reading keeps
        // and what a later acceptance means (lapsed on either count).
        Status::ExpiresSoon
            if f.at_risk_contract
                && kind == kezek_rules::documents::DocumentKind::Referral
                && safe.is_some_and(|s| super::passed(e, s)) =>
        {
            if d == e.as_of.date() && send_by.is_some() {
                "ui-at-risk-last-day-send-by"
            } else {
                "ui-at-risk-safe-passed"
            }
        }
        Status::ExpiresSoon if f.at_risk_contract => "ui-at-risk-on-reading",
        // A one-month certificate past its safe day on the day an
        // application made now is accepted (Annex 2 p. 8, the day of issue
        // counted): at risk then, the safe day first — not "apply today".
        Status::ExpiresSoon if f.at_risk_issue_day => "ui-at-risk-on-acceptance-reading",
        Status::ExpiresSoon if f.at_risk_check_issue_day => "ui-at-risk-on-check-reading",
        Status::ExpiresSoon if f.accepted_late || f.lapses_before_acceptance => "ui-valid-until",
        Status::ExpiresSoon if issue_day_safe && send_by.is_some() => "ui-safe-day-today-send-by",
        Status::ExpiresSoon if issue_day_safe => "ui-expires-soon-day-off",
        Status::ExpiresSoon if d == e.as_of.date() && send_by.is_some() => {
            "ui-expires-today-send-by"
        }
        Status::ExpiresSoon if d == e.as_of.date() => "ui-expires-today",
        Status::ExpiresSoon if day_off_safe.is_some() => "ui-expires-soon-day-off",
        Status::ExpiresSoon => "ui-expires-soon",
        // Held but lapsed (the right unconfirmed, not "expired"): its last
        // day gone by is said so, not "Valid until" a past day.
        _ if f.held_lapsed && super::passed(e, last) => "ui-lapsed-on",
        // Not yet near, its last day a day off: the safe day first, Kezek's
        // count beside it as a reading.
        Status::Ok if day_off_safe.is_some() || issue_day_safe => "ui-valid-until-day-off",
        _ => "ui-valid-until",
    };
    // The health certificate's days are counted to the contract (cl. 34
    // sub. 1), not to the application: by its last day, the contract — or a
    // fresh certificate nearer the contract day — never "apply by".
    let key = match (kind, key) {
        (kezek_rules::documents::DocumentKind::HealthCertificate, "ui-expires-today") => {
            "ui-health-expires-today"
        }
        (kezek_rules::documents::DocumentKind::HealthCertificate, "ui-expires-soon") => {
            "ui-health-expires-soon"
        }
        (kezek_rules::documents::DocumentKind::HealthCertificate, "ui-expires-soon-day-off") => {
            "ui-health-expires-soon-day-off"
        }
        (_, "ui-expires-soon-day-off") if at_check => "ui-recheck-expires-soon-day-off",
        (_, "ui-expires-soon") if at_check => "ui-recheck-expires-soon",
        (_, "ui-expires-today") if at_check => "ui-recheck-expires-today",
        (_, k) => k,
    };
    // On egov.kz, the line of the time every reading keeps (lawyer42).
    let key = match key.strip_suffix("-send-by") {
        Some(base) => send.key(base),
        None => key.to_owned(),
    };
    let [from, until, time] = send_by
        .map(|t| super::portal_send_args(p, e, t))
        .unwrap_or_else(|| {
            [
                ("from", String::new()),
                ("until", String::new()),
                ("time", String::new()),
            ]
        });
    let args = [
        ("date", p.i18n.date(d)),
        // The earlier of the two safe days (the health certificate may have
        // both: cl. 34 sub. 1's and a day off's).
        (
            "safe",
            p.i18n
                .date(safe.into_iter().chain(day_off_safe).min().unwrap_or(d)),
        ),
        ("last", p.i18n.date(last)),
        ("doc", super::document_name(p, e, kind)),
        from,
        until,
        time,
    ];
    Some(p.i18n.t_args(&key, &args))
}

/// The PMPC conclusion, said held on step 2 (the child's special educational
/// needs and conclusion): the rules count it held whatever step 6 says.
fn held_on_step_2(p: &StepProps, kind: kezek_rules::documents::DocumentKind) -> bool {
    kind == kezek_rules::documents::DocumentKind::PmpcConclusion && p.draft.sen && p.draft.pmpc
}

/// Who gives the document, as step 6 says it beside its form (see
/// [`source_key`]); an original shown in person while applying on egov.kz
/// (cl. 22's second check) with the day to show it by, the originals' safe
/// day, while it is to come.
fn source_text(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
) -> String {
    let key = source_key(e.service, e.channel, i);
    match e.schedule.originals_day().filter(|o| !o.passed) {
        Some(o) if key == "ui-source-original-portal" => p.i18n.t_args(
            "ui-source-original-portal-by",
            &[("date", p.i18n.date(o.safe))],
        ),
        _ => p.t(&key),
    }
}

/// Who gives the document, as step 6 says it beside its form: on the portal
/// nothing is brought — what the parent gives is uploaded, and the referral
/// (Annex 4 p. 8, portal item 1: signed, electronic) is the one the queue
/// management system issued to them (cl. 23 sub. 3, cl. 24 sub. 5). An
/// original on the portal is no upload: cl. 22's second check has it shown
/// in person (Annex 4's portal list names copies of items 5-7 only). What
/// the databases give (Annex 2 p. 8) is, at admission, the education
/// department's to take: cl. 22's second check is the queue service's (cl. 4),
/// and the provider of admission (cl. 31) is the kindergarten.
fn source_key(
    service: kezek_rules::Service,
    channel: kezek_rules::Channel,
    i: &kezek_rules::checklist::ChecklistItem,
) -> String {
    use kezek_rules::checklist::{Condition, Form, Source};
    match (i.source, i.form, channel) {
        // cl. 34 sub. 1: brought for the contract, on either channel — not
        // cl. 22's original, nor an upload.
        _ if i.condition == Condition::Contract => "ui-source-contract".into(),
        (Source::EgovGateway, _, _) if service == kezek_rules::Service::Admission => {
            "ui-source-egov-gateway-admission".into()
        }
        (Source::Parent, Form::SignedElectronic, _)
            if i.document == kezek_rules::documents::DocumentKind::Referral =>
        {
            "ui-source-referral-electronic".into()
        }
        (Source::Parent, Form::Original, kezek_rules::Channel::EgovPortal) => {
            "ui-source-original-portal".into()
        }
        (Source::Parent, _, kezek_rules::Channel::EgovPortal) => "ui-source-parent-portal".into(),
        // Annex 4 p. 8's closing paragraph: the provider takes digital
        // documents from their service with the owner's one-time password;
        // on the portal nothing is shown.
        (Source::DigitalDocuments, _, kezek_rules::Channel::EgovPortal) => {
            "ui-source-digital-documents-portal".into()
        }
        _ => format!("ui-source-{}", code(i.source.code())),
    }
}

/// What step 6 says of the application Kezek prepares (Annex 1 and 5, its
/// checklist item) while it waits for an answer it lacks (the rules'
/// `application.missing_fields`: the IIN lines of Annex 1, the name and the
/// kindergarten of Annex 5) or for the consent given on the hand-off step
/// (`step`): the badge and the line under the item. `None` for any other
/// item, and for the application once nothing waits.
pub struct ApplicationLines {
    /// The item's badge.
    pub badge: String,
    /// The line under it.
    pub line: String,
}

/// [`ApplicationLines`] of checklist item `i`.
pub fn application_lines(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    i: &kezek_rules::checklist::ChecklistItem,
    step: &str,
) -> Option<ApplicationLines> {
    // The answers it lacks, named as the hand-off names them; the consent
    // is said apart.
    let lacking: Vec<String> = e
        .application
        .missing_fields
        .iter()
        .filter(|f| f.as_str() != "consent")
        .map(|f| p.t(&format!("ui-field-{}", f.replace(['.', '_'], "-"))))
        .collect();
    let kezek = i.source == Source::Kezek && i.status != Status::NotNeeded;
    if kezek && !lacking.is_empty() {
        let line = if p.draft.consent {
            "ui-application-needs-consented"
        } else {
            "ui-application-needs"
        };
        return Some(ApplicationLines {
            badge: p.t("ui-status-awaits-answers"),
            line: p.i18n.t_args(
                line,
                &[("fields", lacking.join("; ")), ("step", step.to_owned())],
            ),
        });
    }
    let step = [("step", step.to_owned())];
    super::awaits_consent(p, i).then(|| ApplicationLines {
        badge: p.i18n.t_args("ui-status-awaits-consent", &step),
        line: p.i18n.t_args("ui-application-on-step", &step),
    })
}

/// The document's form as step 6 says it: on the portal an original cannot
/// be shown, so what the provider takes from the digital documents service
/// (Annex 4 p. 8 items 3-4) is the digital document.
fn form_key(channel: kezek_rules::Channel, i: &kezek_rules::checklist::ChecklistItem) -> String {
    use kezek_rules::checklist::{Form, Source};
    match (i.form, i.source, channel) {
        (Form::OriginalOrDigital, Source::DigitalDocuments, kezek_rules::Channel::EgovPortal) => {
            "ui-form-digital".into()
        }
        _ => format!("ui-form-{}", code(i.form.code())),
    }
}

#[cfg(test)]
#[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};
    use crate::steps::tests::{example, props, props_as};

    /// Annex 4 p. 8 and p. 9 sub. 4: step 6 marks each refusal line by what
    /// it rests on — the undated health certificate's (cl. 34 sub. 1) as a
    /// fact not given yet (`awaits-fact`), not as Kezek's reading; the
    /// missing referral's (sub. 1, admission refused) as the order's flat ground.
    #[test]
    fn annex4_9_4_step_6_marks_a_risk_awaiting_a_date_apart_from_readings() {
        use kezek_rules::reason::ReasonCode;
        let e = example(
            &include_str!("../../../kezek-rules/examples/cases/08-admission-office-complete.json")
                .replace(
                    "\"kind\": \"health_certificate\",\n      \"issued_on\": \"2026-11-22\"",
                    "\"kind\": \"health_certificate\"",
                )
                .replace(
                    "{\n      \"kind\": \"referral\",\n      \"issued_on\": \"2026-11-18\"\n    },",
                    "",
                ),
        );
        let basis = |reason: ReasonCode| {
            e.refusal
                .risks
                .iter()
                .find(|r| r.reason == reason)
                .map(risk_basis)
        };
        assert_eq!(
            basis(ReasonCode::RefusalAwaitsIssueDate),
            Some("awaits-fact"),
            "{:?}",
            e.refusal
        );
        assert_eq!(
            basis(ReasonCode::RefusalIncompleteServiceRefused),
            Some("flat"),
            "{:?}",
            e.refusal
        );
    }

    /// cl. 34 sub. 1, Annex 4 p. 9 sub. 4: a document valid today and not on
    /// the contract day (the walk of scenario c: a health certificate issued
    /// 5 days before the contract day). Its item says «… заключите договор,
    /// пока он действует, или смотрите примечание ниже», the note under it;
    /// step 6's "May they refuse?" card repeated the same words below the
    /// refusal, where no note follows. There it now points to the item's
    /// note in the list above.
    #[test]
    fn cl34_1_the_refusal_cards_detail_points_to_the_items_note_above_not_below() {
        use kezek_rules::reason::ReasonCode;
        let key = refusal_detail_key(ReasonCode::DocLapsesBeforeUse);
        for (lang, below, above) in [
            (Lang::Kk, "төмендегі", "жоғарыдағы"),
            (Lang::Ru, "ниже", "выше"),
            (Lang::En, "below", "above"),
        ] {
            let text = I18n::new(lang).t(&key);
            assert!(!text.contains(below), "{lang:?}: {text}");
            assert!(text.contains(above), "{lang:?}: {text}");
        }
        // Every other detail is the rules' own text.
        assert_eq!(
            refusal_detail_key(ReasonCode::DocExpired),
            ReasonCode::DocExpired.key()
        );
    }

    /// Annex 1 («…тұратын, ЖСН ___») and Annex 5 («___ (мектепке дейінгі
    /// ұйым)») with the rules' `application.missing_fields`: step 6 said of
    /// the application "Kezek prepares it on step 8" (or "Kezek prepares it",
    /// the consent given) whatever it lacked, while the hand-off then said it
    /// still needed the child's IIN (queue registration) or the kindergarten
    /// named in the referral (admission at the desk; walk 37c). Step 6 says
    /// what it still needs, the consent given or not; with nothing lacking
    /// but the consent, as before.
    #[test]
    fn annex1_annex5_step_6_says_the_application_waits_for_the_answers_it_lacks() {
        let lines = |case: &serde_json::Value, lang: Lang| {
            let e = example(&case.to_string());
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let mut draft = (*p.draft).clone();
            draft.consent = case["consent"].as_bool().unwrap();
            p.draft = std::rc::Rc::new(draft);
            let i = e
                .checklist
                .items
                .iter()
                .find(|i| i.source == Source::Kezek)
                .expect("the application's item");
            (
                application_lines(&p, &e, i, "8").map(|a| (a.badge, a.line)),
                p.clone(),
            )
        };
        let queue: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ))
        .unwrap();
        let desk: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            for consent in [false, true] {
                let mut no_iin = queue.clone();
                no_iin["consent"] = consent.into();
                no_iin["child"].as_object_mut().unwrap().remove("iin");
                let mut no_preschool = desk.clone();
                no_preschool["consent"] = consent.into();
                no_preschool["admission"]
                    .as_object_mut()
                    .unwrap()
                    .remove("preschool");
                for (case, field) in [
                    (no_iin, "ui-field-child-iin"),
                    (no_preschool, "ui-field-admission-preschool"),
                ] {
                    let (said, p) = lines(&case, lang);
                    let (badge, line) = said.unwrap_or_default();
                    let awaits = p
                        .i18n
                        .t_args("ui-status-awaits-consent", &[("step", "8".into())]);
                    assert!(
                        line.contains(&p.t(field)) && badge != awaits,
                        "{lang:?}, consent {consent}, {field}: {badge} / {line}"
                    );
                }
            }
            // Nothing lacking but the consent: prepared on the hand-off step.
            let mut only_consent = queue.clone();
            only_consent["consent"] = false.into();
            let (said, p) = lines(&only_consent, lang);
            let (badge, _) = said.expect("waits for the consent");
            assert_eq!(
                badge,
                p.i18n
                    .t_args("ui-status-awaits-consent", &[("step", "8".into())])
            );
            assert_eq!(lines(&queue, lang).0, None, "{lang:?}");
        }
    }

    /// cl. 22 («мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін
    /// екі рет тексереді»): at admission of a SEN child with a PMPC
    /// conclusion and a disabled parent (walk 37c, lines 307 and 329 kk,
    /// 1466 and 1488 ru) step 6 said the second check word for word under
    /// the PMPC conclusion and again under the first-priority proofs, with
    /// the originals' line and its day just below. It is said in full once;
    /// the later item says it in a few words.
    #[test]
    fn cl22_step_6_says_the_second_check_in_full_once() {
        use kezek_rules::reason::ReasonCode;
        let e = example(&crate::steps::tests::walk_37c_admission().to_string());
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let said = std::cell::Cell::new(false);
            let texts: Vec<(ReasonCode, String)> = e
                .checklist
                .items
                .iter()
                .filter(|i| i.status != Status::NotNeeded)
                .flat_map(|i| recheck_said_once(&p, item_reasons(&p, &e, i), &said, true))
                .collect();
            let recheck: Vec<&String> = texts
                .iter()
                .filter(|(r, _)| *r == ReasonCode::DocRecheckCl22)
                .map(|(_, t)| t)
                .collect();
            assert!(recheck.len() >= 2, "{lang:?}: {texts:#?}");
            let full = p.t(&ReasonCode::DocRecheckCl22.key());
            assert_eq!(
                recheck.iter().filter(|t| ***t == full).count(),
                1,
                "{lang:?}: {recheck:#?}"
            );
        }
    }

    /// Annex 2 p. 8, the paragraph after the portal's list: «… мәліметтерді
    /// көрсетілетін қызметті алушы тиісті мемлекеттік ақпараттық жүйелерден
    /// "электрондық үкімет" шлюзі арқылы алады» — the applicant obtains them.
    /// That egov.kz takes them for the application is Kezek's reading, said
    /// so on step 5 (a252936); step 6's heading of the same documents said it
    /// as a fact (walk 37c, lines 797 kk, 1937 ru), then (walk 44) said the
    /// portal takes them and, in the same heading, that the annex says the
    /// applicant does. Now the heading says only what the annex says (the
    /// data come from state information systems through the gateway) and the
    /// reading is its note beneath.
    #[test]
    fn annex2_8_step_6_heading_says_the_annex_and_the_reading_is_its_note() {
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let i = I18n::new(lang);
            let heading = i.t("ui-automatic");
            assert!(!heading.contains("Kezek"), "{lang:?}: {heading}");
            assert!(!heading.contains('('), "{lang:?}: one statement: {heading}");
            let note = i.t("ui-automatic-reading");
            assert!(note.contains("Kezek"), "{lang:?}: {note}");
        }
    }

    /// Admission at the kindergarten's desk on Mon 23.11.2026 at 10:00: the
    /// referral and the health certificate both issued that day, the
    /// contract on `contract`.
    pub(crate) fn health_certificate_case(contract: &str) -> kezek_rules::Evaluation {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        case["documents"][0]["issued_on"] = "2026-11-23".into();
        case["documents"][2]["issued_on"] = "2026-11-23".into();
        case["admission"]["contract_date"] = contract.into();
        example(&case.to_string())
    }

    /// Admission at the kindergarten's desk (case 08, Mon 23.11.2026 10:00)
    /// with no contract day given: the referral issued on `referral`, the
    /// health certificate on `health`.
    fn admission_without_contract_day(referral: &str, health: &str) -> serde_json::Value {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        case["documents"][0]["issued_on"] = referral.into();
        case["documents"][2]["issued_on"] = health.into();
        case["admission"]
            .as_object_mut()
            .unwrap()
            .remove("contract_date");
        case
    }

    /// Queue registration on egov.kz at `as_of` (case 01) of a serviceman's
    /// child, the serviceman's workplace certificate issued Sun 25.10.2026:
    /// valid to Wed 25.11.2026 by Kezek's count, to Tue 24.11 with the day
    /// of issue counted (Annex 2 p. 8 sub. 2, its safe day).
    pub(crate) fn serviceman_certificate_case(as_of: &str) -> kezek_rules::Evaluation {
        serviceman_certificate_issued(as_of, "2026-10-25")
    }

    /// A serviceman's family on egov.kz holding the workplace certificate
    /// issued on `issued`, evaluated at `as_of`.
    fn serviceman_certificate_issued(as_of: &str, issued: &str) -> kezek_rules::Evaluation {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ))
        .unwrap();
        case["as_of"] = as_of.into();
        case["family"] = serde_json::json!({"serviceman": true});
        case["documents"]
            .as_array_mut()
            .unwrap()
            .push(serde_json::json!(
                {"kind": "service_workplace_certificate", "issued_on": issued}
            ));
        example(&case.to_string())
    }

    /// cl. 22 checks «өтініш берушінің, баланың жеке басын куәландыратын …
    /// ақпаратты» after the referral too, and the hand-off asks for the
    /// originals of the identity documents; on egov.kz step 6's identity items
    /// (taken from the digital documents service) were badged «приносить не
    /// нужно» / «әкелудің қажеті жоқ» beside that line (walk 05b, admission on
    /// Fri 27.11.2026 19:10). The badge says nothing is attached, not that
    /// nothing is brought.
    #[test]
    fn cl22_an_identity_item_whose_original_is_checked_is_not_badged_nothing_to_bring() {
        let case = crate::steps::tests::walk_05b_admission_case();
        let e = example(&case.to_string());
        let identity = e
            .checklist
            .item(kezek_rules::documents::DocumentKind::ApplicantIdentity)
            .expect("the identity item");
        assert_eq!(identity.status, Status::Automatic, "{identity:?}");
        let p = props(e.clone());
        assert!(
            crate::steps::cl22_originals(&p, &e)[0] == p.t("ui-done-originals-identity"),
            "cl. 22's originals name the identity documents"
        );
        for (lang, bring) in [
            (Lang::Kk, "әкел"),
            (Lang::Ru, "принос"),
            (Lang::En, "bring"),
        ] {
            let badge = I18n::new(lang).t("ui-status-automatic");
            assert!(!badge.to_lowercase().contains(bring), "{lang:?}: {badge}");
        }
    }

    /// cl. 22 «… мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін
    /// екі рет тексереді» with cl. 4 and cl. 31: at admission the provider
    /// («көрсетілетін қызметті беруші») is the kindergarten, but the
    /// first-priority proof is taken from the databases (Annex 2 p. 8) and
    /// checked a second time by the education department. The walk of 05.12
    /// (05b, a family with a disabled child on egov.kz, Fri 27.11.2026 19:10)
    /// read "The office gets it from state information systems" beside the
    /// hint naming the department.
    #[test]
    fn cl22_at_admission_the_priority_proof_is_got_by_the_education_department() {
        let case = crate::steps::tests::walk_05b_admission_case();
        let e = example(&case.to_string());
        let p = props(e.clone());
        let i = e
            .checklist
            .item(kezek_rules::documents::DocumentKind::FirstPriorityProof)
            .expect("the first-priority proof is on the admission checklist");
        assert_eq!(
            source_text(&p, &e, i),
            p.t("ui-source-egov-gateway-admission"),
            "{i:?}"
        );
        // At queue registration the provider is the education department.
        let e = example(include_str!(
            "../../../kezek-rules/examples/cases/05-office-guardian-orphan-saturday.json"
        ));
        let p = props(e.clone());
        let i = e
            .checklist
            .item(kezek_rules::documents::DocumentKind::FirstPriorityProof)
            .unwrap();
        assert_eq!(source_text(&p, &e, i), p.t("ui-source-egov-gateway"));
    }

    /// Annex 2 p. 8 sub. 2 «берілген күннен бастап бір ай ішінде жарамды»
    /// (the reviewer's case): on 25.11.2026 at 07:30 an application sent on
    /// egov.kz is accepted that day, after the certificate's safe day
    /// (24.11) and on Kezek's last day (25.11) — at risk, its refusal a
    /// reading. The line says the safe day first and Kezek's count beside
    /// it, never "today … is its last valid day: apply today"; the day
    /// before, on the safe day itself, it is said as today's.
    #[test]
    fn annex2_8_2_the_at_risk_one_month_certificates_line_says_the_safe_day_not_apply_today() {
        use kezek_rules::documents::DocumentKind as D;
        let e = serviceman_certificate_case("2026-11-25T07:30");
        let i = e.checklist.item(D::ServiceWorkplaceCertificate).unwrap();
        assert_eq!(i.status, Status::ExpiresSoon, "{i:?}");
        for (lang, want) in [
            (
                Lang::En,
                "Certificate from the workplace of a serviceman or a special state body employee: to be safe, count it valid until 24.11.2026 inclusive; on the day an application made now is accepted it is at risk (by Kezek's count valid until 25.11.2026 inclusive, a reading): to be safe, get a new one before you apply.",
            ),
            (
                Lang::Ru,
                "Справка с места работы военнослужащего или сотрудника специального государственного органа: надежнее считать, что действует по 24.11.2026 включительно; в день, когда примут заявление, поданное сейчас, — под угрозой (по счету Kezek действует по 25.11.2026 включительно, это толкование): для надежности получите новый документ до подачи заявления.",
            ),
            (
                Lang::Kk,
                "Әскери қызметкердің немесе арнаулы мемлекеттік орган қызметкерінің жұмыс орнынан анықтама: 24.11.2026 қоса алғанда жарамды деп есептеген сенімдірек; қазір берілген өтінішті қабылдайтын күні — қатерде (Kezek есебі бойынша 25.11.2026 қоса алғанда жарамды, бұл түсіндірме): сенімдірек болу үшін өтініш бермес бұрын жаңасын алыңыз.",
            ),
        ] {
            let got = line(&e, D::ServiceWorkplaceCertificate, lang).unwrap_or_default();
            assert_eq!(got, want, "{lang:?}");
        }
        // On the safe day itself, and before the warning window, the safe
        // day is said first and Kezek's count beside it as a reading — not
        // "today is its last valid day" nor "valid until" the safe day alone
        // (which, beside `doc.issue_day_reading`'s "one day earlier", read
        // as a day earlier still).
        // On egov.kz on the safe day, with the time to send by: one sent
        // after the working time is accepted the next day, at risk (review
        // helper-144, minor 2).
        // (The time to send by on egov.kz on the safe day: see
        // `annex2_7_3_annex4_7_on_the_last_day_step_6_says_the_safe_time_to_send`.)
        let early = serviceman_certificate_case("2026-11-02T10:00");
        let got = line(&early, D::ServiceWorkplaceCertificate, Lang::En).unwrap_or_default();
        assert_eq!(
            got,
            "To be safe, count it valid until 24.11.2026 inclusive; by Kezek's count, until 25.11.2026 inclusive, a reading."
        );
    }

    /// Annex 2 p. 7 sub. 3, Annex 4 p. 7 sub. 2 (lawyer42): on egov.kz an
    /// application sent «жұмыс уақыты аяқталғанан кейін» is accepted on the
    /// next working day. Kezek reads working time as the working day (to
    /// 18:00 at the kindergarten, 18:30 at the department) and one sent
    /// before 09:00 as received at 09:00 that day; sub. 1 receives
    /// applications «сағат 09.00-ден 17.30-ға дейін», and the text settles
    /// neither. On a last day step 6 said "send by 18:00 today", at 07:30 as
    /// at 17:45 — a later time than the reading that ends working time with
    /// the hours for receiving applications. It now says the time every
    /// reading keeps (by 17:30; before 09:00, from 09:00; after 17:30, at
    /// once), Kezek's reading beside it.
    #[test]
    fn annex2_7_3_annex4_7_on_the_last_day_step_6_says_the_safe_time_to_send() {
        use kezek_rules::documents::DocumentKind as D;
        // The referral of Wed 18.11.2026 at admission: safe to Tue 24.11.
        let referral_at = |as_of: &str| {
            let mut case = admission_without_contract_day("2026-11-18", "2026-11-22");
            case["channel"] = "egov_portal".into();
            case["as_of"] = as_of.into();
            example(&case.to_string())
        };
        for (as_of, lang, want) in [
            (
                "2026-11-24T10:00",
                Lang::En,
                "Your Referral to the preschool: today, 24.11.2026, is its last valid day: to be safe, send the application on egov.kz today by 17:30 (the end of the kindergarten's hours for receiving applications). Kezek reads working time as running to 18:00, the end of its working day, but the order does not say so outright: one sent after 17:30 may be accepted only on the next working day, after the referral's last day.",
            ),
            (
                "2026-11-24T07:30",
                Lang::En,
                "Your Referral to the preschool: today, 24.11.2026, is its last valid day: to be safe, send the application on egov.kz today between 09:00 and 17:30 (the kindergarten's hours for receiving applications). Kezek takes one sent before 09:00 as received at 09:00 today, and reads working time as running to 18:00, but the order says neither outright: one sent before 09:00 or after 17:30 may be accepted only on the next working day, after the referral's last day.",
            ),
            (
                "2026-11-24T17:45",
                Lang::En,
                "Your Referral to the preschool: today, 24.11.2026, is its last valid day, and the kindergarten's hours for receiving applications ended at 17:30: send the application on egov.kz at once. Kezek reads working time as running to 18:00, so one sent before then is accepted today; but the order does not say so outright, and it may be accepted only on the next working day, after the referral's last day: ask the kindergarten too.",
            ),
            (
                "2026-11-24T07:30",
                Lang::Ru,
                "Направление в детский сад: сегодня, 24.11.2026, — последний день действия: для надежности отправьте заявление на egov.kz сегодня с 09:00 до 17:30 (часы приема заявлений детского сада). Отправленное до 09:00 Kezek считает принятым сегодня в 09:00, а рабочее время — до 18:00, но приказ ни того, ни другого прямо не говорит: отправленное до 09:00 или после 17:30 могут принять только в следующий рабочий день — после последнего дня направления.",
            ),
        ] {
            let e = referral_at(as_of);
            assert_eq!(line(&e, D::Referral, lang).unwrap_or_default(), want, "{as_of} {lang:?}");
        }
        for as_of in ["2026-11-24T07:30", "2026-11-24T10:00", "2026-11-24T17:45"] {
            let e = referral_at(as_of);
            for lang in [Lang::Ru, Lang::Kk] {
                let got = line(&e, D::Referral, lang).unwrap_or_default();
                assert!(
                    got.contains("17:30") && got.contains("18:00"),
                    "{as_of} {lang:?}: {got}"
                );
            }
        }
        // The one-month certificate's safe day at queue registration: the
        // department receives applications to 17:30, works to 18:30.
        let on_safe_day = serviceman_certificate_case("2026-11-24T10:00");
        assert_eq!(
            line(&on_safe_day, D::ServiceWorkplaceCertificate, Lang::En).unwrap_or_default(),
            "Your Certificate from the workplace of a serviceman or a special state body employee: to be safe, send the application on egov.kz today, 24.11.2026, by 17:30 (the end of the hours for receiving applications). Kezek reads working time as running to 18:30, the end of the working day, but the order does not say so outright: one sent after 17:30 may be accepted only on the next working day, after this day (by Kezek's count it is valid until 25.11.2026 inclusive, a reading)."
        );
        for as_of in ["2026-11-24T07:30", "2026-11-24T10:00", "2026-11-24T17:45"] {
            let e = serviceman_certificate_case(as_of);
            for lang in [Lang::En, Lang::Ru, Lang::Kk] {
                let got = line(&e, D::ServiceWorkplaceCertificate, lang).unwrap_or_default();
                assert!(
                    got.contains("egov.kz") && got.contains("17:30") && got.contains("18:30"),
                    "{as_of} {lang:?}: {got}"
                );
            }
        }
    }

    /// cl. 22 with Annex 2 p. 8 sub. 5 at admission (lawyer42): a teacher's
    /// certificate of Fri 23.10.2026 at the kindergarten on Mon 23.11, the
    /// referral of that day. Kezek's count ends today; with the day of issue
    /// counted it lapsed yesterday. Step 6 said "today, 23.11.2026, is its
    /// last valid day: apply today" beside "to be safe, act a day earlier";
    /// it says the safe day and that the second check may not confirm it,
    /// and the hand-off's lists say the same, not "valid only until today".
    #[test]
    fn cl22_annex2_8_5_at_admission_a_one_month_proof_past_its_safe_day_is_said_at_risk() {
        use kezek_rules::documents::DocumentKind as D;
        let mut case = admission_without_contract_day("2026-11-23", "2026-11-23");
        case["family"] = serde_json::json!({"teacher": true});
        let docs = case["documents"].as_array_mut().unwrap();
        docs.push(
            serde_json::json!({"kind": "teacher_workplace_certificate", "issued_on": "2026-10-23"}),
        );
        docs.push(serde_json::json!({"kind": "teacher_diploma"}));
        let e = example(&case.to_string());
        for (lang, want) in [
            (
                Lang::En,
                "Teacher's certificate from the workplace: to be safe, count it valid until 22.11.2026 inclusive; at the second check of the originals (cl. 22) it is at risk (by Kezek's count valid until 23.11.2026 inclusive, a reading): to be safe, get a new one for the check.",
            ),
            (
                Lang::Ru,
                "Справка с места работы педагога: надежнее считать, что действует по 22.11.2026 включительно; при повторной проверке оригиналов (пункт 22) — под угрозой (по счету Kezek действует по 23.11.2026 включительно, это толкование): для надежности получите новую для проверки.",
            ),
        ] {
            assert_eq!(
                line(&e, D::TeacherWorkplaceCertificate, lang).unwrap_or_default(),
                want,
                "{lang:?}"
            );
        }
        let kk = line(&e, D::TeacherWorkplaceCertificate, Lang::Kk).unwrap_or_default();
        assert!(kk.contains("22.11.2026") && kk.contains("қатерде"), "{kk}");
        let p = props(e.clone());
        assert_eq!(
            super::super::lapse_note(&p, &e, D::TeacherWorkplaceCertificate).as_deref(),
            Some("to be safe, count it valid until 22.11.2026 inclusive; by Kezek's count, until 23.11.2026 inclusive, a reading — at the second check of the originals (cl. 22) it is at risk: to be safe, get a new one first")
        );
    }

    /// Annex 2 p. 8 sub. 3 («берілген күннен бастап бір ай ішінде жарамды»):
    /// a teacher's certificate issued 10.01.2026 is valid until 10.02.2026
    /// inclusive (the rules' `last_valid_day`, inclusive). The walk of
    /// 05.12.2026 read two wordings of it on one screen: step 6 «срок истек
    /// 10.02.2026» (as if 10.02 were already out of date) and the hand-off
    /// «действовал по 10.02.2026 включительно». One wording now, the
    /// hand-off's, in kk, ru and en.
    #[test]
    fn annex2_8_3_an_expired_certificates_last_day_is_said_one_way_on_steps_6_and_8() {
        use kezek_rules::documents::DocumentKind as D;
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
        ))
        .unwrap();
        case["as_of"] = "2026-12-04T10:00".into();
        case["documents"][0]["issued_on"] = "2026-01-10".into();
        let e = example(&case.to_string());
        let i = e.checklist.item(D::TeacherWorkplaceCertificate).unwrap();
        assert_eq!(i.status, Status::Expired);
        assert_eq!(
            i.last_valid_day,
            chrono::NaiveDate::from_ymd_opt(2026, 2, 10)
        );
        for (lang, said) in [
            (Lang::Ru, "действовал по 10.02.2026 включительно"),
            (Lang::Kk, "10.02.2026 қоса алғанда жарамды болған"),
            (Lang::En, "valid until 10.02.2026 inclusive"),
        ] {
            let step6 = line(&e, D::TeacherWorkplaceCertificate, lang).unwrap_or_default();
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let step8 = super::super::lapse_note(&p, &e, D::TeacherWorkplaceCertificate)
                .unwrap_or_default();
            assert!(step6.contains(said), "{lang:?}: {step6}");
            assert!(step8.contains(said), "{lang:?}: {step8}");
            // Said at the date field, as its message (aria-invalid).
            assert_eq!(issued_field_expiry(&p, &e, i), Some(step6), "{lang:?}");
        }
        // Valid, the same certificate issued 20.11.2026: nothing at the field.
        case["documents"][0]["issued_on"] = "2026-11-20".into();
        let e = example(&case.to_string());
        let i = e.checklist.item(D::TeacherWorkplaceCertificate).unwrap();
        assert_eq!(issued_field_expiry(&props(e.clone()), &e, i), None);
    }

    /// Review helper-144, major 1: a certificate issued 30.10.2026 has its
    /// safe day (the day of issue counted) on Sun 29.11; applied for that
    /// day, it is accepted on Mon 30.11, after it. The line gives the working
    /// day before, Fri 27.11, not "apply by 29.11".
    #[test]
    fn annex2_8_a_safe_day_on_a_day_off_is_said_as_the_working_day_before() {
        use kezek_rules::documents::DocumentKind as D;
        let e = serviceman_certificate_issued("2026-11-27T10:00", "2026-10-30");
        assert_eq!(
            line(&e, D::ServiceWorkplaceCertificate, Lang::En).unwrap_or_default(),
            "Your Certificate from the workplace of a serviceman or a special state body employee: to be safe, apply by 27.11.2026 (by Kezek's count it is valid until 30.11.2026 inclusive, a reading)."
        );
    }

    /// Step 6's expiry line of the item of `kind` in `lang`.
    fn line(
        e: &kezek_rules::Evaluation,
        kind: kezek_rules::documents::DocumentKind,
        lang: Lang,
    ) -> Option<String> {
        let mut p = props(e.clone());
        p.i18n = I18n::new(lang);
        let i = e.checklist.item(kind).expect("the item");
        expiry_line(&p, e, i)
    }

    /// cl. 34 sub. 1 «келісім шарт жасалған күннен 3 (үш) күнтізбелік
    /// күннен кешіктірмей берілген»: a certificate of 23.11.2026 serves a
    /// contract on 26.11 by Kezek's count (the three days back from the day
    /// before the contract); with the contract day one of the three, its
    /// last day is 25.11. On the contract day it is at risk, not out of date:
    /// the line says the safe day and that the contract day is at risk —
    /// never "not on the contract day", which Kezek's count beside it
    /// contradicts.
    #[test]
    fn cl34_1_the_at_risk_health_certificates_line_says_at_risk_not_invalid_on_the_contract_day() {
        assert_at_risk_on_the_contract_day(
            "2026-11-26",
            kezek_rules::documents::DocumentKind::HealthCertificate,
            kezek_rules::reason::ReasonCode::DocHealthCertificateFirstDayReading,
            [
                (
                    Lang::En,
                    "Child's health certificate (form 027/u): to be safe, count it valid until 25.11.2026 inclusive; on the contract day it is at risk (by Kezek's count valid until 26.11.2026 inclusive, a reading).",
                ),
                (
                    Lang::Ru,
                    "Справка о состоянии здоровья ребенка (форма 027/у): надежнее считать, что действует по 25.11.2026 включительно; в день договора — под угрозой (по счету Kezek действует по 26.11.2026 включительно, это толкование).",
                ),
                (
                    Lang::Kk,
                    "Баланың денсаулық жағдайы туралы анықтама (027/е нысаны): 25.11.2026 қоса алғанда жарамды деп есептеген сенімдірек; шарт жасасу күні — қатерде (Kezek есебі бойынша 26.11.2026 қоса алғанда жарамды, бұл түсіндірме).",
                ),
            ],
        );
    }

    /// cl. 34 sub. 1 «келісім шарт жасалған күннен 3 (үш) күнтізбелік
    /// күннен кешіктірмей берілген баланың денсаулық жағдайы туралы
    /// анықтама»: the health certificate's days are counted to the contract,
    /// not to the application (the walk of 05.12: a certificate of Sat
    /// 21.11.2026 at the desk on Mon 23.11, no contract day given, the
    /// referral valid to 26.11). Its line says the contract — by that day,
    /// or a fresh certificate nearer the contract day — never "apply today",
    /// a deadline for the application the order does not give beside the
    /// referral's.
    #[test]
    fn cl34_1_the_health_certificates_last_day_is_said_for_the_contract_not_the_application() {
        let mut case = admission_without_contract_day("2026-11-20", "2026-11-21");
        let e = example(&case.to_string());
        let kind = kezek_rules::documents::DocumentKind::HealthCertificate;
        for (lang, want) in [
            (
                Lang::Ru,
                "Справка о состоянии здоровья ребенка (форма 027/у): сегодня, 23.11.2026, — последний день, когда она годится для договора с детским садом (подпункт 1) пункта 34): заключите договор сегодня или получите новую справку ближе ко дню договора.",
            ),
            (
                Lang::Kk,
                "Баланың денсаулық жағдайы туралы анықтама (027/е нысаны): бүгін (23.11.2026) — балабақшамен шарт жасасу үшін жарамды соңғы күні (34-тармақтың 1) тармақшасы): шартты бүгін жасаңыз немесе шарт күніне жақын жаңа анықтама алыңыз.",
            ),
            (
                Lang::En,
                "Your Child's health certificate (form 027/u): today, 23.11.2026, is the last day it serves for the contract with the kindergarten (cl. 34 sub. 1): sign the contract today or get a new certificate nearer the contract day.",
            ),
        ] {
            assert_eq!(line(&e, kind, lang).as_deref(), Some(want), "{lang:?}");
        }
        // Later in the week: by that day, the contract — not the application.
        case["documents"][2]["issued_on"] = "2026-11-23".into();
        let later = example(&case.to_string());
        for (lang, says, not) in [
            (
                Lang::Ru,
                "заключите договор не позднее",
                "подайте заявление",
            ),
            (Lang::Kk, "шартты", "өтінішті"),
            (Lang::En, "sign the contract by", "apply"),
        ] {
            let got = line(&later, kind, lang).unwrap_or_default();
            assert!(got.contains(says) && !got.contains(not), "{lang:?}: {got}");
        }
    }

    /// cl. 34 sub. 1 «келісім шарт жасалған күннен 3 (үш) күнтізбелік
    /// күннен кешіктірмей берілген баланың денсаулық жағдайы туралы
    /// анықтама»: the health certificate expiring soon (issued Mon
    /// 23.11.2026 at the kindergarten's desk, no contract day given) — the
    /// lines step 6 shows under it (the rules' reasons) say its days count to
    /// the contract, never the shared `doc.expires_soon`'s "apply while it is
    /// still valid", a deadline for the application the order does not give,
    /// beside the expiry line's "sign the contract by …" (5b85714).
    #[test]
    fn cl34_1_step_6_says_the_expiring_health_certificate_counts_to_the_contract_not_the_application(
    ) {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/08-admission-office-complete.json"
        ))
        .unwrap();
        case["documents"][2]["issued_on"] = "2026-11-23".into();
        case["admission"]
            .as_object_mut()
            .unwrap()
            .remove("contract_date");
        let e = example(&case.to_string());
        let i = e
            .checklist
            .item(kezek_rules::documents::DocumentKind::HealthCertificate)
            .unwrap();
        assert_eq!(i.status, Status::ExpiresSoon, "{i:?}");
        for (lang, says, not) in [
            (
                Lang::Ru,
                "день заключения договора",
                "подайте заявление, пока",
            ),
            (Lang::Kk, "шарт жасалатын күн", "өтінішті ол жарамды кезде"),
            (Lang::En, "the day the contract", "apply while"),
        ] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let shown: Vec<String> = i
                .reasons
                .iter()
                .map(|r| crate::steps::item_reason(&p, i, *r))
                .collect();
            assert!(
                shown.first().is_some_and(|t| t.contains(says)),
                "{lang:?}: {shown:#?}"
            );
            assert!(
                shown.iter().all(|t| !t.contains(not)),
                "{lang:?}: {shown:#?}"
            );
        }
    }

    /// Step 6's line of the item of `kind` at risk on the contract day
    /// `contract` (its first reason `first`), in each language: the safe day,
    /// and the contract day at risk — never "not on the contract day".
    fn assert_at_risk_on_the_contract_day(
        contract: &str,
        kind: kezek_rules::documents::DocumentKind,
        first: kezek_rules::reason::ReasonCode,
        want: [(Lang, &str); 3],
    ) {
        let e = health_certificate_case(contract);
        let i = e.checklist.item(kind).unwrap();
        assert_eq!(i.status, Status::ExpiresSoon, "{i:?}");
        assert_eq!(i.reasons.first(), Some(&first), "{i:?}");
        for (lang, want) in want {
            let got = line(&e, kind, lang);
            assert_eq!(got.as_deref(), Some(want), "{lang:?}");
            assert!(
                !got.unwrap_or_default().contains("not on the contract day"),
                "{lang:?}"
            );
        }
    }

    /// A health certificate of Thu 26.11.2026, no contract day given: by
    /// Kezek's count it serves a contract up to Sun 29.11 (a day off, whose
    /// working day before is Fri 27.11), by the first-day reading up to Sat
    /// 28.11 (cl. 34 sub. 1's safe day). Step 6 names the earlier of the two
    /// safe days, 27.11 — not the Saturday (b55d2f4).
    #[test]
    fn cl34_1_a_certificate_with_two_safe_days_is_said_with_the_earlier() {
        let mut case = admission_without_contract_day("2026-11-26", "2026-11-26");
        case["as_of"] = "2026-11-26T10:00".into();
        let e = example(&case.to_string());
        let h = e
            .checklist
            .item(kezek_rules::documents::DocumentKind::HealthCertificate)
            .unwrap();
        assert_eq!(
            (h.safe_last_day, h.last_working_day, h.last_valid_day),
            (
                chrono::NaiveDate::from_ymd_opt(2026, 11, 28),
                chrono::NaiveDate::from_ymd_opt(2026, 11, 27),
                chrono::NaiveDate::from_ymd_opt(2026, 11, 29)
            ),
            "{h:?}"
        );
        let said = line(
            &e,
            kezek_rules::documents::DocumentKind::HealthCertificate,
            Lang::En,
        )
        .expect("the line");
        assert!(said.contains("27.11.2026"), "{said}");
        assert!(!said.contains("28.11.2026"), "{said}");
    }

    /// Annex 4 p. 8 sub. 1 «берілген күннен бастап бес жұмыс күні ішінде
    /// жарамды»: a referral of Mon 23.11.2026 runs to Mon 30.11 by Kezek's
    /// count (from the day after issue), to Fri 27.11 if the day of issue is
    /// the first of the five. On a contract day of 30.11 it is at risk, not
    /// out of date: the line says the safe day and that the contract day is
    /// at risk (as the health certificate's, cl. 34 sub. 1) — never "not on
    /// the contract day", which Kezek's count beside it contradicts.
    #[test]
    fn annex4_8_1_the_at_risk_referrals_line_says_at_risk_not_invalid_on_the_contract_day() {
        assert_at_risk_on_the_contract_day(
            "2026-11-30",
            kezek_rules::documents::DocumentKind::Referral,
            kezek_rules::reason::ReasonCode::DocReferralAtRiskIssueDayReading,
            [
                (
                    Lang::En,
                    "Referral to the preschool: to be safe, count it valid until 27.11.2026 inclusive; on the contract day it is at risk (by Kezek's count valid until 30.11.2026 inclusive, a reading).",
                ),
                (
                    Lang::Ru,
                    "Направление в детский сад: надежнее считать, что действует по 27.11.2026 включительно; в день договора — под угрозой (по счету Kezek действует по 30.11.2026 включительно, это толкование).",
                ),
                (
                    Lang::Kk,
                    "Мектепке дейінгі ұйымға жолдама: 27.11.2026 қоса алғанда жарамды деп есептеген сенімдірек; шарт жасасу күні — қатерде (Kezek есебі бойынша 30.11.2026 қоса алғанда жарамды, бұл түсіндірме).",
                ),
            ],
        );
    }

    /// cl. 34 sub. 1 at admission (walk 37c): the contract day's hint said
    /// the certificate "must be fresh by this day"; it says what the clause
    /// says, and for a typed contract day the days the rules compute.
    #[test]
    fn cl34_1_contract_date_hint_quotes_the_clause_with_the_day() {
        use crate::draft::Draft;
        use std::rc::Rc;
        let e = example(&crate::steps::tests::walk_37c_admission().to_string());
        for (lang, quote) in [
            (
                Lang::Kk,
                "«келісім шарт жасалған күннен 3 (үш) күнтізбелік күннен кешіктірмей берілген»",
            ),
            (
                Lang::Ru,
                "«не позднее 3 календарных дней со дня заключения договора»",
            ),
            (
                Lang::En,
                "«not later than 3 calendar days from the day of the contract»",
            ),
        ] {
            let mut p = props_as(
                e.clone(),
                lang,
                kezek_rules::Service::Admission,
                kezek_rules::Channel::ProviderOffice,
            );
            let hint = contract_date_hint(&p);
            assert!(hint.contains(quote), "{lang:?}: {hint}");
            assert!(!hint.contains("07.12.2026"), "{lang:?}: {hint}");
            p.draft = Rc::new(Draft {
                contract_date: "2026-12-10".into(),
                ..(*p.draft).clone()
            });
            let hint = contract_date_hint(&p);
            assert!(hint.contains(quote), "{lang:?}: {hint}");
            // Kezek's count (the day of issue + 3) and the safe day (+ 2).
            assert!(
                hint.contains("07.12.2026") && hint.contains("08.12.2026"),
                "{lang:?}: {hint}"
            );
        }
    }
    /// cl. 22: at admission the one-month certificates (Annex 2 p. 8 sub.
    /// 4–5) are shown at the second check of the originals, not with the
    /// application (Annex 4 p. 8 does not list them): step 6 said "to be
    /// safe, apply by 27.11.2026" — it says to have one valid at the check
    /// (late42).
    #[test]
    fn cl22_at_admission_a_one_month_proof_is_said_valid_at_the_check_not_apply_by() {
        use kezek_rules::documents::DocumentKind as D;
        for (referral, issued, safe, last) in [
            ("2026-11-20", "2026-10-30", "27.11.2026", "30.11.2026"),
            ("2026-11-23", "2026-10-24", "23.11.2026", "24.11.2026"),
        ] {
            let mut case = admission_without_contract_day(referral, "2026-11-23");
            case["family"] = serde_json::json!({"teacher": true});
            let docs = case["documents"].as_array_mut().unwrap();
            docs.push(
                serde_json::json!({"kind": "teacher_workplace_certificate", "issued_on": issued}),
            );
            docs.push(serde_json::json!({"kind": "teacher_diploma"}));
            let e = example(&case.to_string());
            assert_eq!(
                line(&e, D::TeacherWorkplaceCertificate, Lang::En).unwrap_or_default(),
                format!("Your Teacher's certificate from the workplace: it is shown at the second check of the originals (cl. 22), not with the application. To be safe, have one valid on the day of the check: this one until {safe} inclusive (by Kezek's count until {last} inclusive, a reading); for a check after that day, get a new one.")
            );
            for (lang, apply) in [
                (Lang::Kk, "беріңіз"),
                (Lang::Ru, "подайте заявление"),
                (Lang::En, "apply"),
            ] {
                let t = line(&e, D::TeacherWorkplaceCertificate, lang).unwrap_or_default();
                assert!(!t.contains(apply), "{lang:?}: {t}");
                assert!(t.contains("22") && t.contains(safe), "{lang:?}: {t}");
            }
        }
    }
    /// Annex 4 p. 8 sub. 1 with p. 7 sub. 1-2 (lawyer43): a referral of Fri
    /// 11.12.2026 — safe last day Fri 18.12 (the day of issue the first of
    /// the five working days), Kezek's count Mon 21.12. On 21.12, no contract
    /// day given, step 6 said «today, 21.12.2026, is its last valid day»
    /// (at 10:00 "to be safe, send … by 17:30"; at 17:45 "send at once") and
    /// the refusal card said no ground applied; the safe day had passed, and
    /// after 17:30, if working time ends with the reception, the application
    /// is accepted on the next working day, when the referral has lapsed on
    /// either count. It says the safe day has passed and the referral is at
    /// risk; on egov.kz on its last day, the hours and what a later
    /// acceptance means.
    #[test]
    fn annex4_8_1_on_kezeks_own_last_day_step_6_says_the_safe_day_passed_not_its_last_valid_day() {
        use kezek_rules::documents::DocumentKind as D;
        for (channel, as_of, tail) in [
            ("egov_portal", "2026-12-21T17:45", Some("ended at 17:30")),
            ("egov_portal", "2026-12-21T10:00", Some("by 17:30")),
            (
                "egov_portal",
                "2026-12-21T07:30",
                Some("between 09:00 and 17:30"),
            ),
            ("provider_office", "2026-12-21T10:00", None),
        ] {
            let mut case = admission_without_contract_day("2026-12-11", "2026-12-21");
            case["channel"] = channel.into();
            case["as_of"] = as_of.into();
            let e = example(&case.to_string());
            let at = format!("{channel} {as_of}");
            let en = line(&e, D::Referral, Lang::En).unwrap_or_default();
            assert!(!en.contains("last valid day"), "{at}: {en}");
            assert!(!en.contains("contract day"), "{at}: {en}");
            assert!(
                en.contains("18.12.2026") && en.contains("has passed") && en.contains("21.12.2026"),
                "{at}: {en}"
            );
            match tail {
                Some(t) => {
                    assert!(en.contains(t), "{at}: {en}");
                    assert!(en.contains("lapsed on either count"), "{at}: {en}");
                }
                None => assert!(en.contains("ask the kindergarten"), "{at}: {en}"),
            }
            for lang in [Lang::Kk, Lang::Ru] {
                let t = line(&e, D::Referral, lang).unwrap_or_default();
                assert!(
                    t.contains("18.12.2026") && t.contains("21.12.2026"),
                    "{at} {lang:?}: {t}"
                );
            }
            // The refusal card: a reading risk, not "no ground".
            assert!(
                e.refusal
                    .reasons
                    .contains(&kezek_rules::ReasonCode::RefusalReferralAtRiskIssueDayReading),
                "{at}: {:?}",
                e.refusal.reasons
            );
        }
    }
}
