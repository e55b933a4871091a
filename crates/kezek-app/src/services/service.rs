//! One family-and-children service, rendered from its catalogue entry:
//! what it is (provider, result, term, fee), where to apply, the questions
//! its rules need (answers shared with the kindergarten steps), eligibility
//! with the categories' citations, the checklist for the channel, the
//! refusal preview, when the result is due, and the confirmation page of the
//! channel: Kezek has sent nothing; on the portal, find the service on
//! egov.kz and enter these answers (each copyable); in person, where to go
//! and what to bring. The JSON, its SHA-256 digest and the QR code are under
//! "for specialists".

use std::rc::Rc;

use chrono::NaiveDateTime;
use kezek_rules::catalogue::{
    self, HeldDocument, LineNote, ReceiptOutcome, Request, Risk, ServiceChannel,
    StateCorporationPlace, Supply, Uncertainty, OTHER_CHILDREN,
};
use kezek_rules::Citation;
use yew::prelude::*;

use super::term_text;
use crate::components::copyable_answers::{Answer, CopyableAnswers};
use crate::components::error_summary::focus_element;
use crate::components::field::{date_format_line, CheckField, Choice, RadioGroup, TextField};
use crate::components::register_card::register_card;
use crate::components::specialists::ForSpecialists;
use crate::components::why::Why;
use crate::draft::{parse_date, Draft, HeldUntil};
use crate::hours::{opening_hours, OpensAs};
use crate::i18n::I18n;
use crate::platform::{egov_home_url, emit, print};
use crate::route::Screen;
use crate::state::Action;

/// Props of [`ServiceScreen`].
#[derive(Properties, Clone)]
pub struct ServiceProps {
    /// Translator (with the catalogue's messages once loaded).
    pub i18n: I18n,
    /// The answers.
    pub draft: Rc<Draft>,
    /// Changes the answers.
    pub dispatch: Callback<Action>,
    /// "Now" in Asia/Almaty: the submission instant the due date is counted from.
    pub now: NaiveDateTime,
    /// The register code.
    pub code: &'static str,
    /// The working-day calendar the due date is counted with.
    pub calendar: crate::state::CalendarInUse,
}

impl PartialEq for ServiceProps {
    fn eq(&self, o: &Self) -> bool {
        self.i18n == o.i18n
            && self.draft == o.draft
            && self.dispatch == o.dispatch
            && self.now == o.now
            && self.code == o.code
            && self.calendar == o.calendar
    }
}

/// The answer that records the personal-data consent (row 9).
const CONSENT: &str = "personal_data_consent";

/// A line's reading note, with its own "Why?" only where it cites a clause
/// the line does not (`line`): a note citing the line's clause would stack a
/// second link to the same text (a parent's walkthrough).
fn reading_note(i18n: &I18n, note: Option<&LineNote>, line: &[Citation]) -> Html {
    let Some(n) = note else {
        return Html::default();
    };
    html! {
        <p class="kz-hint kz-note" data-note={n.key}>
            { i18n.t(n.key) }
            if !line.contains(&n.citation) {
                <Why i18n={i18n.clone()} citations={vec![n.citation]} />
            }
        </p>
    }
}

/// The message saying the earlier due date under the other reading the
/// due date's note marks ([`catalogue::Due::earlier_due`]), worded after the
/// note: the day of acceptance counted as the term's first day (row 3's
/// «тапсырған сәттен бастап», or a term that does not say), the State
/// Corporation receiving on a moved day off (or that first-day count: the
/// rules give one date for either), the minutes counted straight on past the
/// close. Any other note: "the other reading in the note above".
fn earlier_due_key(note: Option<&LineNote>) -> &'static str {
    match EarlierReading::of(note.map(|n| n.key)) {
        EarlierReading::FirstDay => "ui-svc-earlier-due-first-day",
        EarlierReading::MovedDayOff => "ui-svc-earlier-due-moved-day-off",
        EarlierReading::Straight => "ui-svc-earlier-due-straight",
        EarlierReading::Other => "ui-svc-earlier-due-other",
    }
}

/// The other reading of the term the due line's note marks (its key),
/// which gives the earlier due day and notice day: said in words by the due
/// card ([`earlier_due_key`]) and by the hearing's line
/// ([`earlier_hearing_key`]) alike.
#[derive(Clone, Copy)]
enum EarlierReading {
    /// The day of acceptance as the term's first day.
    FirstDay,
    /// The State Corporation receiving the documents on its moved day off,
    /// or the day of acceptance as the first day.
    MovedDayOff,
    /// The term's minutes counted on without a pause at closing.
    Straight,
    /// Another note's reading.
    Other,
}

impl EarlierReading {
    fn of(note: Option<&str>) -> Self {
        match note {
            Some(
                catalogue::NOTE_TERM_FIRST_DAY_READING
                | catalogue::NOTE_TERM_FIRST_DAY_UNSTATED
                | catalogue::NOTE_PORTAL_BEFORE_OPENING_FIRST_DAY,
            ) => Self::FirstDay,
            Some(catalogue::NOTE_STATE_CORPORATION_MOVED_DAY_OFF) => Self::MovedDayOff,
            Some(catalogue::NOTE_MINUTES_PAUSED_AT_CLOSING) => Self::Straight,
            _ => Self::Other,
        }
    }
}

/// The hearing's earlier notice day as the reading that gives it, said in
/// the line itself (review45: it pointed to "Kezek's note above", which the
/// screen does not show above it, nor at all where the refusal is certain).
fn earlier_hearing_key(note: Option<&str>) -> &'static str {
    match EarlierReading::of(note) {
        EarlierReading::FirstDay => "ui-svc-refusal-hearing-earlier-first-day",
        EarlierReading::MovedDayOff => "ui-svc-refusal-hearing-earlier-moved-day-off",
        EarlierReading::Straight => "ui-svc-refusal-hearing-earlier-straight",
        EarlierReading::Other => "ui-svc-refusal-hearing-earlier-other",
    }
}

/// The earlier due date and preliminary refusal day as texts: (the result
/// under the other reading, the notice under it), `None` where the rules give
/// no earlier date (`earlier_due` absent: no note, or a note with no earlier
/// date, such as a Saturday at the State Corporation).
fn earlier_due_texts(i18n: &I18n, due: &catalogue::Due) -> Option<(String, Option<String>)> {
    let earlier = due.earlier_due?;
    let result = i18n.t_args(
        earlier_due_key(due.note.as_ref()),
        &[
            ("date", i18n.date(earlier.date())),
            ("time", i18n.time(earlier.time())),
        ],
    );
    let notice = due.earlier_preliminary_refusal_by.map(|by| {
        i18n.t_args(
            "ui-svc-earlier-preliminary-refusal",
            &[("date", i18n.date(by))],
        )
    });
    Some((result, notice))
}

/// The due date under the other reading the note marks, under the note and
/// the preliminary refusal day: the parent reads the day, not "one working
/// day earlier".
fn earlier_due(i18n: &I18n, due: &catalogue::Due) -> Html {
    let (Some(earlier), Some((result, notice))) = (due.earlier_due, earlier_due_texts(i18n, due))
    else {
        return Html::default();
    };
    html! {
        <>
            <p class="kz-hint" id="svc-earlier-due" data-due={earlier.format("%Y-%m-%dT%H:%M").to_string()}
                data-note={due.note.as_ref().map(|n| n.key)}>
                { result }
            </p>
            if let (Some(by), Some(notice)) = (due.earlier_preliminary_refusal_by, notice) {
                <p class="kz-hint" id="svc-earlier-preliminary-refusal" data-date={by.to_string()}>
                    { notice }
                </p>
            }
        </>
    }
}

/// The steps of the provider's procedure that the service's rules state
/// with a term of their own ([`catalogue::Due::steps`]: Annex 20's rules
/// cl. 6, the conversation with the child and the 4 working days after it),
/// each with its clause, and Kezek's reading of what the clause leaves
/// unsaid under it.
fn procedure_steps(i18n: &I18n, due: &catalogue::Due) -> Html {
    html! {
        { for due.steps.iter().zip(step_texts(i18n, due)).map(|(s, (step, note))| html! {
            <>
                <div class="kz-procedure-step" data-procedure-step={s.key}>
                    <p>{ step }</p>
                    <Why i18n={i18n.clone()} citations={vec![s.citation]} />
                </div>
                if let (Some(key), Some(note)) = (s.note, note) {
                    <p class="kz-hint kz-note" data-note={key}>{ note }</p>
                }
            </>
        }) }
    }
}

/// The texts of [`procedure_steps`]: each step, and its reading note.
fn step_texts(i18n: &I18n, due: &catalogue::Due) -> Vec<(String, Option<String>)> {
    due.steps
        .iter()
        .map(|s| (i18n.t(s.key), s.note.map(|n| i18n.t(n))))
        .collect()
}

/// How a line is supplied on `channel`. An electronic copy the list asks for
/// where the documents are not handed in on the portal (Annex 20 row 8
/// item 4 «электрондық көшірмесі», row 2: the provider's office only) is
/// said in the annex's words, with no portal to upload it to.
fn supply_key(s: Supply, channel: ServiceChannel) -> &'static str {
    match s {
        Supply::ElectronicCopy if channel != ServiceChannel::PORTAL => {
            "ui-supply-electronic-not-portal"
        }
        Supply::Application => "ui-supply-application",
        Supply::OriginalForCheck => "ui-supply-original",
        Supply::Copy => "ui-supply-copy",
        Supply::Document => "ui-supply-document",
        Supply::ElectronicCopy => "ui-supply-electronic",
        Supply::ElectronicCopyOriginalForIdentification => {
            "ui-supply-electronic-original-for-identification"
        }
        Supply::IdentityOrDigitalDocument => "ui-supply-identity",
    }
}

/// A catalogue service.
#[function_component(ServiceScreen)]
pub fn service_screen(p: &ServiceProps) -> Html {
    let prepared = use_state(|| None::<catalogue::Prepared>);
    // A prepared application is for the answers it was made from: any change
    // (or another service) withdraws it, so a stale digest is never shown.
    {
        let prepared = prepared.clone();
        use_effect_with((p.draft.clone(), p.code), move |_| prepared.set(None));
    }
    // Consent is given for one application: arriving at a service (another
    // one, or this one again) never finds it already given — nor refused:
    // it is forgotten, so the verdict does not show "no consent" (row 9)
    // before the parent reaches the box; unticking it here does.
    {
        let dispatch = p.dispatch.clone();
        let said = p.draft.answers.contains_key(CONSENT);
        use_effect_with(p.code, move |_| {
            if said {
                dispatch.emit(Action::ForgetAnswer(CONSENT.into()));
            }
        });
    }
    let status = use_state(|| None::<String>);
    let i18n = &p.i18n;
    let t = |k: &str| i18n.t(k);
    if !i18n.catalogue {
        return html! { <p class="kz-lead" role="status">{ t("ui-loading") }</p> };
    }
    let back = html! {
        <p><a id="svc-back" class="kz-link" href={Screen::Start.hash()}>{ t("ui-svc-back-to-start") }</a></p>
    };
    let Some(e) = catalogue::entry(p.code) else {
        // A register card: the register's fields, open, and the way back.
        return match catalogue::register_card(p.code) {
            Some(c) => html! {
                <>
                    <section class="kz-card" id="svc-register" data-code={c.code}>
                        <ul class="kz-services">{ register_card(i18n, c, true) }</ul>
                    </section>
                    { back }
                </>
            },
            None => html! {},
        };
    };
    let header = html! {
        <section class="kz-card" id="svc-about" data-code={e.code}>
            <h3 id="svc-name">{ t(&e.name_key()) }</h3>
            <dl class="kz-facts">
                <dt>{ t("ui-svc-provider") }</dt><dd>{ t(e.provider_key) }</dd>
                <dt>{ t("ui-svc-result") }</dt><dd>{ t(&e.result_key()) }</dd>
                <dt>{ t("ui-svc-term") }</dt>
                <dd>{ e.terms.iter().map(|r| term_text(i18n, r.term)).collect::<Vec<_>>().join(" / ") }</dd>
                <dt>{ t("ui-svc-fee") }</dt><dd>{ t(if e.free { "ui-svc-free" } else { "ui-svc-paid" }) }</dd>
            </dl>
            <Why i18n={i18n.clone()} citations={e.about_citations()} />
        </section>
    };
    if !e.in_scope_for_parents {
        return html! {
            <>
                { header }
                <div class="kz-notice" role="status" id="svc-out-of-scope">
                    <p>{ e.out_of_scope_key.map(t).unwrap_or_default() }</p>
                </div>
                { back }
            </>
        };
    }

    let today = p.now.date();
    let questions = catalogue::questions(e.code).unwrap_or_default();
    // The birth date typed against the child's valid IIN (the rules' check,
    // as step 2 of order 254 makes it): said at the date and in a summary
    // above the questions, and nothing is prepared until the parent says
    // which is right (`Draft::birth_date_conflict`).
    let conflict = questions
        .contains(&"child_birth_date")
        .then(|| p.draft.birth_date_conflict())
        .flatten()
        .map(|c| i18n.t_args(&c.key, &c.args()));
    let facts = service_facts(&p.draft, today, &questions);
    let (channel, not_offered) = shown_channel(e, p.draft.service_channels.get(e.code));
    let cal = p.calendar.get();
    let req = service_request(&p.draft, e.code, channel, p.now, &facts);
    let eval = catalogue::evaluate(&req, cal);
    // A question about another answer is shown only where it can matter.
    let questions = shown_questions(&eval, e.code, &facts);

    // Channel.
    let choices: Vec<Choice> = e
        .channels
        .iter()
        .map(|c| Choice {
            value: c.name().into(),
            label: t(&channel_label_key(*c)).into(),
            hint: None,
            disabled: false,
        })
        .collect();
    // The register's ways and forms the requirement list lacks: (note, citations).
    let register_only: Vec<(&'static str, [Citation; 2])> =
        catalogue::register_only_channels(e.code)
            .map(|n| (n.note_key, [n.standard, n.register]))
            .chain(
                catalogue::register_only_forms(e.code)
                    .map(|n| (n.note_key, [n.standard, n.register])),
            )
            .collect();
    let on_channel = {
        let code = e.code.to_owned();
        p.dispatch
            .reform(move |v: String| Action::SetServiceChannel(code.clone(), v))
    };

    // Questions.
    let question = |q: &&'static str| -> Html {
        let q: &'static str = q;
        if q == OTHER_CHILDREN {
            return other_children(i18n, e.code, &p.draft, &p.dispatch);
        }
        let label = question_text(i18n, e.code, q);
        if q == "child_birth_date" {
            let from_iin =
                p.draft.child_birth_date.trim().is_empty() && facts.child_birth_date.is_some();
            let value = if from_iin {
                facts
                    .child_birth_date
                    .map(|d| d.to_string())
                    .unwrap_or_default()
            } else {
                p.draft.child_birth_date.clone()
            };
            return html! {
                <TextField id={question_field_id(q)} kind="date" label={label} value={value.clone()}
                    format={date_format_line(i18n, &value)}
                    hint={from_iin.then(|| AttrValue::from(t("ui-svc-from-iin")))}
                    error={conflict.clone().map(AttrValue::from)}
                    oninput={p.dispatch.reform(Action::SetBirthDate)} />
            };
        }
        // A yes/no question is a radio pair, neither ticked until answered
        // (a fact the kindergarten steps already know counts as "yes").
        let answer = given(&p.draft, &facts, q);
        let name = q.to_owned();
        let choices = yes_no(i18n);
        html! {
            <RadioGroup name={question_field_id(q)} legend={label} choices={choices}
                selected={answer.map(|v| AttrValue::from(if v { "yes" } else { "no" }))}
                onchange={p.dispatch.reform(move |v: String| Action::SetAnswer(name.clone(), v == "yes"))} />
        }
    };

    let body = match &eval {
        Err(err) => html! {
            <div class="kz-notice kz-error" role="alert" id="svc-error">
                <p>{ t(&kezek_rules::reason::fluent_key("error", err.code())) }</p>
            </div>
        },
        Ok(ev) => {
            let el = &ev.eligibility;
            // No verdict while it waits for an answer (the rules' `pending`):
            // an unanswered question is never taken as the ordinary answer.
            let decided = el.pending.is_empty() || !el.reasons.is_empty();
            let due = ev.due.due;
            let due_refused = due_refused_text(i18n, ev);
            let consent = p.draft.answers.get(CONSENT) == Some(&true);
            let name = p.draft.full_name.trim();
            let name_problem = kezek_rules::case::text_problem(
                "applicant.full_name",
                Some(name).filter(|n| !n.is_empty()),
            );
            let on_consent = p
                .dispatch
                .reform(|v: bool| Action::SetAnswer(CONSENT.into(), v));
            let on_prepare = {
                let prepared = prepared.clone();
                let (req, ev) = (req.clone(), ev.clone());
                // Only what the parent said, and who applies for which child.
                let mut said = p.draft.said_facts(today).said;
                // The other children, once the parent has given them.
                if other_children_dates(&p.draft).is_some() {
                    said.push(OTHER_CHILDREN);
                }
                let (applicant, child) = p.draft.catalogue_identity();
                Callback::from(move |_| {
                    let out = catalogue::prepare_said(&req, &ev, &said, &applicant, &child);
                    // The hand-off's one shape, as order 254's (README, "Embed on
                    // your page"): the service is the payload's own `service`.
                    emit(
                        "application-prepared",
                        &serde_json::json!({ "payload": out.application, "sha256": out.sha256 }),
                    );
                    prepared.set(Some(out));
                })
            };
            let button = prepare_button(
                consent,
                conflict.is_some(),
                name_problem.is_some(),
                due_refused.is_some(),
            );
            let confirmation = prepared.as_ref().map(|a| {
                confirmation(
                    i18n,
                    e,
                    channel,
                    ev,
                    &answers(i18n, e.code, &p.draft, &facts, &questions),
                    a,
                    &status,
                    // A pupil of full age (Annex 15's caution): not the
                    // minor's registered place of row 7 item 2. Shown as
                    // possible only (no birth date), it says nothing of the age.
                    el.cautions
                        .iter()
                        .any(|c| c.code == catalogue::CHILD_OF_FULL_AGE && !c.is_possible()),
                )
            });
            html! {
                <>
                    // Before the wording Kezek applies could be in force (order
                    // 414 cl. 4; order 188 for list item 3), as order 254's
                    // result says its edition warning.
                    if let Some(w) = &ev.edition_warning {
                        <div class="kz-notice kz-warning" role="alert" id="svc-edition-warning">
                            <p>{ i18n.edition_warning(w) }</p>
                        </div>
                    }
                    if !decided {
                        <section class="kz-card" id="svc-eligibility" data-eligible="unanswered">
                            <h3>{ t("ui-svc-eligibility") }</h3>
                            <p class="kz-lead" id="svc-answer-first">{ t("ui-svc-answer-first") }</p>
                            <p>{ t("ui-svc-pending") }</p>
                            <ul id="svc-pending">
                                // Each as its question, the birth date as what to
                                // do and the age the order names for the service.
                                // Each a link to its field (the rules list only
                                // the questions asked now).
                                { for el.pending.iter().zip(&el.pending_keys).map(|(q, key)| {
                                    let id = question_field_id(q);
                                    let href = format!("#{id}");
                                    html! {
                                        <li data-pending={*q}>
                                            <a href={href} onclick={Callback::from(move |ev: MouseEvent| {
                                                ev.prevent_default();
                                                focus_element(&id);
                                            })}>{ t(key) }</a>
                                        </li>
                                    }
                                }) }
                            </ul>
                            // A ground the child's age decides, no date given:
                            // possible, neither asserted nor dropped.
                            { possible_risks(i18n, e.code, &ev.refusal_risks) }
                        </section>
                    } else {
                    <section class="kz-card" id="svc-eligibility" data-eligible={el.eligible.to_string()}>
                        <h3>{ t("ui-svc-eligibility") }</h3>
                        <p class="kz-lead">{ t(eligibility_lead(el.eligible, !questions.is_empty(), Refusal::of(el))) }</p>
                        if !el.grounds.is_empty() {
                            <ul class="kz-grounds">
                                { for el.grounds.iter().map(|g| html! {
                                    <li data-ground={g.code}>
                                        { t(&format!("eligibility-{}", g.code)) }
                                        <Why i18n={i18n.clone()} citations={vec![g.citation]} />
                                    </li>
                                }) }
                            </ul>
                        }
                        // A reading the provider may take otherwise: said
                        // beside the verdict, which it leaves alone.
                        if !el.cautions.is_empty() {
                            <p>{ t("ui-svc-cautions") }</p>
                            <ul id="svc-cautions">
                                { for el.cautions.iter().map(|c| html! {
                                    <li class="kz-reason" data-caution={c.code}>
                                        { t(&format!("caution-{}", c.code)) }
                                        <Why i18n={i18n.clone()} citations={vec![c.citation]} />
                                        { reading_note(i18n, c.note.as_ref(), &[c.citation]) }
                                        { risk_depends_on(i18n, e.code, c) }
                                    </li>
                                }) }
                            </ul>
                        }
                    </section>
                    <section class="kz-card" id="svc-risks" data-count={el.reasons.len().to_string()}>
                        <h3>{ t("ui-svc-risks") }</h3>
                        if el.reasons.is_empty() {
                            // No ground applies, but a caution above may.
                            <p>{ t(no_risks_lead(el.cautions.is_empty(), !questions.is_empty())) }</p>
                        } else {
                            <ul>
                                { for el.reasons.iter().map(|r| html! {
                                    <li class="kz-reason" data-risk={r.code}>
                                        { t(&format!("refusal-{}", r.code)) }
                                        <Why i18n={i18n.clone()} citations={vec![r.citation]} />
                                        // A ground met with ages on one of the two days only (a reading).
                                        { reading_note(i18n, r.note.as_ref(), &[r.citation]) }
                                        // The child's age: the day to apply from (Annex 20 row 5).
                                        { apply_from_line(i18n, r) }
                                    </li>
                                }) }
                            </ul>
                            // What the rules give a refused applicant: the hearing.
                            { hearing(i18n, ev, "svc-risks-hearing") }
                        }
                        { possible_risks(i18n, e.code, &ev.refusal_risks) }
                        <details>
                            <summary>{ t("ui-svc-provider-checks") }</summary>
                            // This service's own row-9 grounds only (kezek-rules).
                            <ul id="svc-provider-checks">{ for catalogue::provider_checks(e.code).unwrap_or_default().into_iter().map(|f| html! {
                                <li data-fact={f}>{ question_text(i18n, e.code, f) }</li>
                            }) }</ul>
                        </details>
                    </section>
                    }
                    <section class="kz-card">
                        <h3>{ t("ui-svc-checklist") }</h3>
                        <ol class="kz-checklist" id="svc-checklist">
                            { for ev.checklist.iter().map(|l| html! {
                                <li data-doc={l.id}>
                                    <div class="kz-item-head"><span>{ t(l.name_key) }</span></div>
                                    <p class="kz-hint">{ t(supply_key(l.supply, channel)) }</p>
                                    if let Some(n) = l.count {
                                        <p class="kz-hint" data-count={n.to_string()}>{ i18n.t_args("ui-svc-each-child", &[("n", n.to_string())]) }</p>
                                    }
                                    if !l.depends_on.is_empty() {
                                        <p class="kz-hint kz-depends" data-depends-on={l.depends_on.join(" ")}>
                                            { depends_on_text(i18n, e.code, &l.depends_on) }
                                        </p>
                                    }
                                    { reading_note(i18n, l.note.as_ref(), &[l.citation]) }
                                    if l.supply != Supply::Application {
                                        { held_fields(i18n, &p.draft, &p.dispatch, l.id) }
                                    }
                                    <Why i18n={i18n.clone()} citations={vec![l.citation]} />
                                </li>
                            }) }
                        </ol>
                    </section>
                    { ev.receipt.as_ref().map(|r| receipt(i18n, &p.draft, &ev.checklist, r, e.code, channel)).unwrap_or_default() }
                    <section class="kz-card" id="svc-due" data-due={due_refused.is_none().then(|| due.format("%Y-%m-%dT%H:%M").to_string())}>
                        <h3>{ t("ui-svc-due-title") }</h3>
                        // A certain refusal: no due date as if the
                        // application proceeded; what to do instead is the
                        // reasons' own (the risks card above, the hearing).
                        if let Some(refused) = due_refused.clone() {
                            <p id="svc-due-refused">{ refused }</p>
                            <p class="kz-lead">{ t("ui-svc-done-after-refusal") }</p>
                        } else {
                            <p id="svc-due-text">{ due_text(i18n, &ev.due) }</p>
                            // The day of acceptance is a reading (a Saturday at the State
                            // Corporation, a portal application before opening).
                            { reading_note(i18n, ev.due.note.as_ref(), &ev.due.citations) }
                            if let Some(by) = ev.due.preliminary_refusal_by {
                                <p id="svc-preliminary-refusal" data-date={by.to_string()}>
                                    { i18n.t_args("ui-svc-preliminary-refusal", &[("date", i18n.date(by))]) }
                                </p>
                            }
                            // The other reading's dates, where the note gives earlier ones.
                            { earlier_due(i18n, &ev.due) }
                            // What the rules say happens within the term (Annex 20's
                            // rules cl. 6: the conversation with the child).
                            { procedure_steps(i18n, &ev.due) }
                            // The term's "Why?" under the term's own lines: after the
                            // in-person line (which has its own) two stood one under
                            // the other, the second unreadable as the term's.
                            <Why i18n={i18n.clone()} citations={ev.due.citations.clone()} />
                        }
                        if let Some((text, cited)) = result_place(i18n, e, channel) {
                            <p id="svc-result-place">
                                { text }
                                <Why i18n={i18n.clone()} citations={cited} />
                            </p>
                        }
                        if let Some(times) = e.in_person.iter().find(|t| t.channels.contains(&channel)) {
                            <p id="svc-in-person">
                                { i18n.t_args("ui-svc-in-person", &[
                                    ("wait", times.max_wait_minutes.to_string()),
                                    ("service", times.max_service_minutes.to_string()),
                                ]) }
                                <Why i18n={i18n.clone()} citations={times.citations.to_vec()} />
                            </p>
                        }
                    </section>
                    <section class="kz-card" id="svc-handoff">
                        <h3>{ t("ui-svc-handoff") }</h3>
                        if due_refused.is_some() {
                            <p class="kz-notice kz-warning" id="svc-prepare-refused">{ t("ui-svc-prepare-refused") }</p>
                        }
                        <CheckField id="svc-consent" label={t("ui-svc-consent")} checked={consent} onchange={on_consent} />
                        <button type="button" class="kz-button" id="svc-prepare" disabled={!consent || name_problem.is_some() || conflict.is_some()} onclick={on_prepare}
                            aria-describedby={button.described_by.clone()}>{ t(button.label) }</button>
                        if !consent {
                            <p class="kz-hint" id="svc-prepare-why">{ t("ui-svc-prepare-why") }</p>
                        }
                        if let Some(e) = &name_problem {
                            // The name given in the kindergarten wizard goes into this
                            // application too: the same check, and the way back to it.
                            <p class="kz-error" id="svc-prepare-name" role="alert">
                                { t(&e.key()) }{ " " }
                                <a class="kz-link" href={Screen::Wizard(crate::route::Step::Applicant).hash()}>{ t("ui-svc-fix-name") }</a>
                            </p>
                        }
                    </section>
                    { confirmation.unwrap_or_default() }
                </>
            }
        }
    };

    // Refused on these answers: the next service is not offered as if this
    // one were granted.
    let offers_next = eval
        .as_ref()
        .map_or(true, |ev| Refusal::of(&ev.eligibility).offers_next());
    html! {
        <>
            { header }
            <RadioGroup name="svc-channel" legend={t("ui-channel-question")} choices={choices}
                selected={Some(AttrValue::from(channel.name()))} onchange={on_channel} />
            if let Some(chosen) = not_offered {
                {{
                    let (text, cited) = channel_not_offered(i18n, e, chosen, channel);
                    html! {
                        <p class="kz-hint kz-note" id="svc-channel-not-offered" data-chosen={chosen.name()}>
                            { text }
                            <Why i18n={i18n.clone()} citations={vec![cited]} />
                        </p>
                    }
                }}
            }
            // A way or a form the register lists and the requirement list
            // does not: not offered above, said beside the ways as Kezek's reading.
            if !register_only.is_empty() {
                <div id="svc-register-only">
                    { for register_only.iter().map(|(key, cited)| html! {
                        <p class="kz-hint kz-note" data-note={*key}>
                            { t(key) }
                            <Why i18n={i18n.clone()} citations={cited.to_vec()} />
                        </p>
                    }) }
                </div>
            }
            // The error summary (as the wizard's): the date's problem, a
            // link to the date, and the way back to the IIN (step 2).
            if let Some(message) = &conflict {
                <div class="kz-error-summary" id="svc-error-summary" tabindex="-1" role="alert"
                    aria-labelledby="svc-error-summary-title">
                    <h2 id="svc-error-summary-title">{ t("ui-error-summary-title") }</h2>
                    <ul>
                        <li><a href="#q-child_birth_date" data-field="child.birth_date"
                            onclick={Callback::from(|ev: MouseEvent| {
                                ev.prevent_default();
                                focus_element("q-child_birth_date");
                            })}>{ message.clone() }</a></li>
                    </ul>
                    <p><a class="kz-link" id="svc-fix-iin" href={Screen::Wizard(crate::route::Step::Child).hash()}>{ t("ui-svc-fix-iin") }</a></p>
                </div>
            }
            // A service whose every fact the provider checks (the
            // guardianship certificate) asks nothing: no empty box.
            if !questions.is_empty() {
                <fieldset class="kz-card" id="svc-questions">
                    // Keyed by the question: a follow-up that comes or goes
                    // with an answer (order 414's FOLLOW_UPS) leaves every
                    // other question's nodes, and the keyboard's focus, where
                    // they are; by position the focus landed on another
                    // question's radio. The legend is keyed too: the `for`
                    // joins the fieldset's own children, and a list with
                    // one unkeyed child is compared by position, from the
                    // end, so the answered radio was re-created and the
                    // focus fell to the page.
                    <legend key="legend">{ t("ui-svc-questions") }</legend>
                    { for questions.iter().map(|q| html! {
                        <div key={*q} class="kz-svc-question">{ question(q) }</div>
                    }) }
                </fieldset>
            }
            { body }
            if let Some(c) = catalogue::next_register_card(e.code).filter(|_| offers_next) {
                <section class="kz-card" id="svc-next">
                    <h3>{ t("reg-next-heading") }</h3>
                    <ul class="kz-services">{ register_card(i18n, c, false) }</ul>
                </section>
            }
            { back }
        </>
    }
}

/// The id of the field that asks question `q`: what a "still to answer"
/// item links to. A yes/no question's fieldset (its group's name), the
/// birth date's input, and for the other children their yes/no fieldset
/// (`q-other_children`), not the box around it, which takes no focus.
fn question_field_id(q: &str) -> String {
    if q == OTHER_CHILDREN {
        return "q-other_children".to_owned();
    }
    format!("q-{q}")
}

/// What the prepared screen says of a refusal on these answers, from the
/// rules' verdict: the box is "ready" only where the rules foresee no
/// refusal (as order 254's hand-off, walkthrough 28, M3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// No reason is met: eligible, or the verdict waits for an answer.
    None,
    /// Every reason rests on Kezek's reading of the text
    /// ([`catalogue::Risk::rests_on_reading`]): the provider may refuse.
    Reading,
    /// A reason the text states flatly ([`catalogue::Eligibility::foretold`]):
    /// the service is refused on these answers.
    Foretold,
}

impl Refusal {
    fn of(el: &catalogue::Eligibility) -> Self {
        if !el.foretold().is_empty() {
            Refusal::Foretold
        } else if el.reasons.iter().any(|r| !r.is_possible()) {
            Refusal::Reading
        } else {
            Refusal::None
        }
    }

    /// The box's `data-refusal`.
    fn name(self) -> &'static str {
        match self {
            Refusal::None => "false",
            Refusal::Reading => "reading",
            Refusal::Foretold => "true",
        }
    }

    /// The box's title: "ready" only where no refusal is foreseen.
    fn title_key(self) -> &'static str {
        match self {
            Refusal::None => "ui-done-title",
            Refusal::Reading => "ui-svc-done-title-refusal-reading",
            Refusal::Foretold => "ui-done-title-refusal",
        }
    }

    /// The next service of the register (the guardian's allowance after
    /// guardianship…) is offered only where this one is not refused: not as
    /// if it were granted.
    fn offers_next(self) -> bool {
        self == Refusal::None
    }
}

/// The prepared box's title (`#svc-done-title`): the refusal foreseen
/// ([`Refusal::title_key`]), else "ready" — but not while the verdict waits
/// for answers (the rules' `pending`: questions still to answer, the
/// child's birth date), where it says the answers are not complete.
fn done_title_key(el: &catalogue::Eligibility) -> &'static str {
    match Refusal::of(el) {
        Refusal::None if !el.pending.is_empty() => "ui-svc-done-title-pending",
        refusal => refusal.title_key(),
    }
}

/// The reasons of the verdict as the prepared screen says them: each
/// reason's text with its clause in words, by its code.
fn refusal_reasons(i18n: &I18n, el: &catalogue::Eligibility) -> Vec<(&'static str, String)> {
    el.reasons
        .iter()
        .filter(|r| !r.is_possible())
        .map(|r| {
            let text = i18n.t(&format!("refusal-{}", r.code));
            let cited = i18n.citation(&r.citation);
            (r.code, format!("{text} ({cited})"))
        })
        .collect()
}

/// The hearing the service's rules give before a refusal on a row-9
/// ground ([`catalogue::Evaluation::hearing`]), with the notice's last day
/// (and the earlier one under the other reading of the term, where there is
/// one).
fn hearing_text(i18n: &I18n, h: &catalogue::Hearing) -> String {
    let text = i18n.t_args(
        "ui-svc-refusal-hearing",
        &[("date", i18n.date(h.notice_by))],
    );
    // The earlier notice day under the other reading of the term the due
    // line's note marks, that reading said here in words (lawyer44: never
    // only the later day; review45: no pointer to a note elsewhere).
    match h.earlier_notice_by {
        Some(by) => format!(
            "{text} {}",
            i18n.t_args(
                earlier_hearing_key(h.earlier_reading),
                &[("date", i18n.date(by))]
            )
        ),
        None => text,
    }
}

/// The day to apply from beside a reason that is the child's age (Annex 20
/// row 5: `child-under-ten`, `age-reached-after-submission`): the reason's
/// own day as the rules give it ([`Risk::apply_from`], the day the JS API
/// and `kezek evaluate` answer with), never computed again here, so the
/// screen and the engine cannot say two days; `None` where the rules give
/// none (any other reason, or no birth date).
fn apply_from_text(i18n: &I18n, r: &Risk) -> Option<String> {
    r.apply_from
        .map(|d| i18n.t_args("ui-svc-apply-from", &[("date", i18n.date(d))]))
}

/// [`apply_from_text`] as the line under its reason.
fn apply_from_line(i18n: &I18n, r: &Risk) -> Html {
    apply_from_text(i18n, r)
        .map(|t| html! { <p class="kz-hint" data-apply-from={r.code.to_owned()}>{ t }</p> })
        .unwrap_or_default()
}

/// The "Prepare the application" button (`#svc-prepare`): its text's key
/// and the ids of what describes it (`aria-describedby`).
#[derive(Debug, Clone, PartialEq)]
struct PrepareButton {
    label: &'static str,
    described_by: Option<String>,
}

/// [`PrepareButton`] for the consent given or not, a birth date that
/// contradicts the IIN (`conflict`), a name the rules refuse
/// (`name_problem`), and a certain refusal (`refused`: [`due_refused_text`]).
///
/// Under a certain refusal the button stays enabled — no text forbids
/// applying, the provider decides, and the parent may know an answer above
/// is not so, or no longer so (the warning above it says this) — but it
/// never reads "prepare" alone: its text says the application would be
/// refused, and the warning describes it.
fn prepare_button(
    consent: bool,
    conflict: bool,
    name_problem: bool,
    refused: bool,
) -> PrepareButton {
    let why = match (consent, conflict, name_problem) {
        (false, _, _) => Some("svc-prepare-why"),
        (true, true, _) => Some("svc-error-summary"),
        (true, false, true) => Some("svc-prepare-name"),
        (true, false, false) => None,
    };
    let ids: Vec<&str> = refused
        .then_some("svc-prepare-refused")
        .into_iter()
        .chain(why)
        .collect();
    PrepareButton {
        label: if refused {
            "ui-svc-prepare-refused-anyway"
        } else {
            "ui-svc-prepare"
        },
        described_by: (!ids.is_empty()).then(|| ids.join(" ")),
    }
}

/// The due card's line where the answers make the refusal certain
/// ([`Refusal::Foretold`]): the application would be refused, with the
/// clauses of the reasons the text states flatly, and no due date — a date
/// said there read as if the application proceeded (walk 44). `None`
/// otherwise: the due date is said.
fn due_refused_text(i18n: &I18n, ev: &catalogue::Evaluation) -> Option<String> {
    let foretold = ev.eligibility.foretold();
    if foretold.is_empty() {
        return None;
    }
    let mut clauses: Vec<String> = foretold
        .iter()
        .map(|r| i18n.citation(&r.citation))
        .collect();
    clauses.dedup();
    Some(i18n.t_args("ui-svc-due-refused", &[("clauses", clauses.join("; "))]))
}

/// The documents of the list not in hand for the application: not marked
/// as held, or held and no longer valid, or not held and perhaps needed —
/// the receipt preview's lists, in that order.
fn documents_not_in_hand(r: &catalogue::ReceiptPreview) -> Vec<&catalogue::ChecklistLine> {
    r.missing
        .iter()
        .chain(&r.expired)
        .chain(r.uncertain.iter().map(|u| &u.line))
        .collect()
}

/// The verdict's lead: eligible or not "from your answers" — or, where
/// nothing is asked (Annex 4, the guardianship certificate), that the
/// provider checks the right itself: no verdict from answers not given.
/// The verdict's lead. Not eligible: "would be refused" where a reason the
/// text states flatly is met ([`Refusal::Foretold`]), as the prepared box's
/// title says; "may refuse" where every reason is Kezek's reading (the
/// re-walk of 05.12.2026 read «…бас тартуы мүмкін» above a box saying
/// «…бас тартылады» for the same answers).
fn eligibility_lead(eligible: bool, asked: bool, refusal: Refusal) -> &'static str {
    match (eligible, asked) {
        (true, false) => "ui-svc-eligible-nothing-asked",
        (true, true) => "ui-svc-eligible",
        (false, _) if refusal == Refusal::Foretold => "ui-svc-refused",
        (false, _) => "ui-svc-not-eligible",
    }
}

/// The risks' lead when no ground applies "from your answers" (a caution
/// above may still); where nothing is asked, that the provider checks the
/// grounds itself (the list below).
fn no_risks_lead(no_cautions: bool, asked: bool) -> &'static str {
    match (no_cautions, asked) {
        (true, false) => "ui-svc-no-risks-nothing-asked",
        (true, true) => "ui-svc-no-risks",
        (false, _) => "ui-svc-no-risks-caution",
    }
}

/// The facts for `code`'s questions: the draft's answers; the other children
/// once their dates are all given; and every question not answered yet
/// listed as `unanswered`, so the rules never take an ordinary family's
/// default for it.
fn service_facts(
    d: &Draft,
    today: chrono::NaiveDate,
    questions: &[&'static str],
) -> catalogue::FamilyFacts {
    let mut facts = d.family_facts(today);
    let others = other_children_dates(d);
    if let Some(dates) = &others {
        facts.other_children_birth_dates = dates.clone();
    }
    facts.unanswered = questions
        .iter()
        .filter(|&&q| match q {
            "child_birth_date" => false,
            OTHER_CHILDREN => others.is_none(),
            _ => given(d, &facts, q).is_none(),
        })
        .map(|q| (*q).to_owned())
        .collect();
    facts
}

/// The other children's birth dates, once answered and every date typed is
/// a date; `None` while unanswered or incomplete.
fn other_children_dates(d: &Draft) -> Option<Vec<chrono::NaiveDate>> {
    d.other_children
        .as_ref()?
        .iter()
        .map(|s| parse_date(s))
        .collect()
}

/// The refusal preview's grounds shown as possible ([`Risk::is_possible`]:
/// the child's age decides them and no birth date is given), each with
/// what it depends on; nothing when there is none.
fn possible_risks(i18n: &I18n, code: &str, risks: &[Risk]) -> Html {
    if !risks.iter().any(Risk::is_possible) {
        return Html::default();
    }
    html! {
        <>
            <p>{ i18n.t("ui-svc-possible-risks") }</p>
            <ul id="svc-possible-risks">
                { for risks.iter().filter(|r| r.is_possible()).map(|r| html! {
                    <li class="kz-reason" data-risk={r.code}>
                        { i18n.t(&format!("refusal-{}", r.code)) }
                        <Why i18n={i18n.clone()} citations={vec![r.citation]} />
                        { risk_depends_on(i18n, code, r) }
                    </li>
                }) }
            </ul>
        </>
    }
}

/// "Whether it applies depends on: …" beside a ground or a caution shown
/// as possible, with its questions as asked (the birth date's label).
fn risk_depends_on(i18n: &I18n, code: &str, r: &Risk) -> Html {
    if !r.is_possible() {
        return Html::default();
    }
    html! {
        <p class="kz-hint kz-depends" data-depends-on={r.depends_on.join(" ")}>
            { risk_depends_on_text(i18n, code, r) }
        </p>
    }
}

/// [`risk_depends_on`]'s line, each question as service `code` asks it
/// ([`question_text`]).
fn risk_depends_on_text(i18n: &I18n, code: &str, r: &Risk) -> String {
    let asked: Vec<String> = r
        .depends_on
        .iter()
        .map(|q| question_text(i18n, code, q))
        .collect();
    i18n.t_args("ui-svc-risk-depends-on", &[("questions", asked.join("; "))])
}

/// The question `q` as service `code` asks it ([`catalogue::question_key_at`]:
/// the registry question of a married applicant names no divorce where the
/// list asks none). Every question text of the screen comes from here: the
/// questions, the answers, "depends on" lines, the provider's checks.
fn question_text(i18n: &I18n, code: &str, q: &str) -> String {
    i18n.t(catalogue::question_key_at(code, q).unwrap_or(q))
}

/// "Depends on your answer to: …" with the questions as asked by service
/// `code`; each is a sentence of its own (they end with "?"), so they are
/// set one after another.
fn depends_on_text(i18n: &I18n, code: &str, questions: &[&str]) -> String {
    let asked: Vec<String> = questions
        .iter()
        .map(|q| question_text(i18n, code, q))
        .collect();
    i18n.t_args("ui-svc-depends-on", &[("questions", asked.join(" "))])
}

/// The documents the parent ticked (checklist ids), with the last valid day
/// where one is typed, for the receipt preview. A draft saved before a line
/// was renamed may hold an id the catalogue no longer has: it is left out
/// (no line shows it) rather than refused as `catalogue.unknown_document`.
fn held_documents(d: &Draft) -> Vec<HeldDocument> {
    d.catalogue_documents
        .iter()
        .filter(|(id, e)| e.held && catalogue::is_document_id(id))
        .map(|(id, e)| HeldDocument {
            id: id.clone(),
            valid_until: parse_date(&e.valid_until),
        })
        .collect()
}

/// The answer to yes/no question `q`, if given: here (the value as the facts
/// hold it, step 4's for a shared fact), or a "yes" the kindergarten steps
/// already know.
fn given(d: &Draft, facts: &catalogue::FamilyFacts, q: &str) -> Option<bool> {
    if d.answers.contains_key(q) {
        facts.flag(q)
    } else {
        known_yes(facts, q).then_some(true)
    }
}

/// «бала (балалар)»: whether the application concerns other children, and
/// each one's birth date (Annex 5 row 8 item 6: each child aged ten gives
/// an opinion).
/// The other children's yes/no question as the box asks it: the rules'
/// question, the label of its answer and of its place among the open
/// questions (walkthrough 28, m8).
fn other_children_legend(i18n: &I18n, code: &str) -> String {
    question_text(i18n, code, OTHER_CHILDREN)
}

fn other_children(i18n: &I18n, code: &str, d: &Draft, dispatch: &Callback<Action>) -> Html {
    let t = |k: &str| i18n.t(k);
    let list = d.other_children.clone();
    let selected = list
        .as_ref()
        .map(|l| AttrValue::from(if l.is_empty() { "no" } else { "yes" }));
    let choices = yes_no(i18n);
    let onchange = dispatch.reform(|v: String| {
        Action::SetOtherChildren(Some(if v == "yes" {
            vec![String::new()]
        } else {
            Vec::new()
        }))
    });
    let dates = list.unwrap_or_default();
    html! {
        <div class="kz-field" id="q-other_children_birth_dates">
            <RadioGroup name={question_field_id(OTHER_CHILDREN)} legend={other_children_legend(i18n, code)} {choices} {selected} {onchange} />
            if !dates.is_empty() {
                <fieldset class="kz-other-children">
                    <legend>{ t("ui-svc-other-children-dates") }</legend>
                    { for dates.iter().enumerate().map(|(i, typed)| {
                        let n = (i + 2).to_string();
                        let set = {
                            let dates = dates.clone();
                            dispatch.reform(move |v: String| {
                                let mut dates = dates.clone();
                                dates[i] = v;
                                Action::SetOtherChildren(Some(dates))
                            })
                        };
                        let remove = {
                            let (dates, dispatch) = (dates.clone(), dispatch.clone());
                            Callback::from(move |_| {
                                let mut dates = dates.clone();
                                dates.remove(i);
                                dispatch.emit(Action::SetOtherChildren(Some(dates)));
                            })
                        };
                        let error = (!typed.trim().is_empty() && parse_date(typed).is_none())
                            .then(|| AttrValue::from(t("ui-error-date")));
                        html! {
                            <div class="kz-other-child" data-child={i.to_string()}>
                                <TextField id={format!("q-other-child-{i}")} kind="date"
                                    label={i18n.t_args("ui-svc-other-child-birth-date", &[("n", n.clone())])}
                                    format={date_format_line(i18n, typed)}
                                    value={typed.clone()} {error} oninput={set} />
                                <button type="button" class="kz-button kz-secondary" id={format!("q-other-child-{i}-remove")} onclick={remove}>
                                    { i18n.t_args("ui-svc-remove-child", &[("n", n)]) }
                                </button>
                            </div>
                        }
                    }) }
                    <button type="button" class="kz-button kz-secondary" id="q-other-child-add" onclick={{
                        let (dates, dispatch) = (dates.clone(), dispatch.clone());
                        Callback::from(move |_| {
                            let mut dates = dates.clone();
                            dates.push(String::new());
                            dispatch.emit(Action::SetOtherChildren(Some(dates)));
                        })
                    }}>{ t("ui-svc-add-child") }</button>
                </fieldset>
            }
        </div>
    }
}

/// "I have it" for a checklist document, and the last day it is valid.
fn held_fields(i18n: &I18n, d: &Draft, dispatch: &Callback<Action>, id: &'static str) -> Html {
    let t = |k: &str| i18n.t(k);
    let entry = d.catalogue_documents.get(id).cloned().unwrap_or_default();
    let on_held = {
        let entry = entry.clone();
        dispatch.reform(move |held: bool| {
            Action::SetCatalogueDocument(
                id.to_owned(),
                HeldUntil {
                    held,
                    ..entry.clone()
                },
            )
        })
    };
    let on_valid = {
        let entry = entry.clone();
        dispatch.reform(move |v: String| {
            Action::SetCatalogueDocument(
                id.to_owned(),
                HeldUntil {
                    valid_until: v,
                    ..entry.clone()
                },
            )
        })
    };
    let error = (entry.held
        && !entry.valid_until.trim().is_empty()
        && parse_date(&entry.valid_until).is_none())
    .then(|| AttrValue::from(t("ui-error-date")));
    html! {
        <>
            <CheckField id={format!("svc-held-{id}")} label={t("ui-svc-held")} checked={entry.held} onchange={on_held} />
            if entry.held {
                <TextField id={format!("svc-valid-{id}")} kind="date" label={t("ui-svc-valid-until")}
                    format={date_format_line(i18n, &entry.valid_until)}
                    value={entry.valid_until.clone()} {error} oninput={on_valid} />
            }
        </>
    }
}

/// The receipt preview (Annexes 7, 14, 16, 19; rules 407 and 513 cl. 9):
/// what happens at the counter with the documents ticked, once the parent
/// has ticked one.
fn receipt(
    i18n: &I18n,
    d: &Draft,
    checklist: &[catalogue::ChecklistLine],
    r: &catalogue::ReceiptPreview,
    code: &str,
    channel: ServiceChannel,
) -> Html {
    let t = |k: &str| i18n.t(k);
    let documents: Vec<_> = checklist
        .iter()
        .filter(|l| l.supply != Supply::Application)
        .collect();
    if documents.is_empty() {
        return html! {};
    }
    let ticked = documents
        .iter()
        .any(|l| d.catalogue_documents.get(l.id).is_some_and(|e| e.held));
    let stated = catalogue::refusal_at_hand_in_stated(code, channel).unwrap_or(true);
    let (outcome, key) = receipt_outcome(r.outcome, channel, stated);
    // Each uncertain document with why: the provider's decision (the
    // line's note) or the questions still to answer.
    let uncertain = if r.uncertain.is_empty() {
        html! {}
    } else {
        html! {
            <>
                <p>{ t("ui-svc-receipt-uncertain-list") }</p>
                <ul id="svc-receipt-uncertain">
                    { for r.uncertain.iter().map(|u| {
                        let why = match u.why {
                            Uncertainty::ProviderDecides => u.line.note.as_ref().map(|n| t(n.key)).unwrap_or_default(),
                            Uncertainty::DependsOnAnswers => depends_on_text(i18n, code, &u.line.depends_on),
                        };
                        html! {
                            <li data-doc={u.line.id} data-why={u.why.name()}>
                                { t(u.line.name_key) }
                                <p class="kz-hint">{ why }</p>
                            </li>
                        }
                    }) }
                </ul>
            </>
        }
    };
    let list = |id: &str, heading: &str, lines: &[catalogue::ChecklistLine]| {
        documents_list(i18n, id, heading, lines.iter())
    };
    html! {
        <section class="kz-card" id="svc-receipt" data-outcome={ticked.then_some(outcome)}>
            <h3>{ t("ui-svc-receipt-title") }</h3>
            if !ticked {
                <p class="kz-hint">{ t("ui-svc-receipt-hint") }</p>
            } else {
                <p class="kz-lead" id="svc-receipt-outcome">{ t(key) }</p>
                { list("svc-receipt-missing", "ui-svc-receipt-missing", &r.missing) }
                { list("svc-receipt-expired", "ui-svc-receipt-expired", &r.expired) }
                { uncertain }
                if !r.citations.is_empty() {
                    <Why i18n={i18n.clone()} citations={r.citations.clone()} />
                }
            }
        </section>
    }
}

/// A heading and the documents under it, by name; nothing when there are none.
fn documents_list<'a>(
    i18n: &I18n,
    id: &str,
    heading: &str,
    lines: impl Iterator<Item = &'a catalogue::ChecklistLine>,
) -> Html {
    let lines: Vec<_> = lines.collect();
    if lines.is_empty() {
        return html! {};
    }
    html! {
        <>
            <p>{ i18n.t(heading) }</p>
            <ul id={id.to_owned()}>
                { for lines.iter().map(|l| html! { <li data-doc={l.id}>{ i18n.t(l.name_key) }</li> }) }
            </ul>
        </>
    }
}

/// The hearing the service's rules give before a refusal on a row-9 ground
/// ([`catalogue::Evaluation::hearing`]), with its clause: what a refused
/// applicant can do. Nothing where the rules give none for these reasons.
fn hearing(i18n: &I18n, ev: &catalogue::Evaluation, id: &'static str) -> Html {
    let Some(h) = ev.hearing() else {
        return Html::default();
    };
    html! {
        <p class="kz-hearing" id={id} data-date={h.notice_by.to_string()}>
            { hearing_text(i18n, &h) }
            <Why i18n={i18n.clone()} citations={vec![h.citation]} />
        </p>
    }
}

/// The prepared screen's refusal, under its title: the reasons of the
/// verdict, each with its clause in words and its reading note; the
/// hearing the rules give before the refusal; and when to apply.
fn done_refusal(i18n: &I18n, ev: &catalogue::Evaluation, refusal: Refusal) -> Html {
    if refusal == Refusal::None {
        return Html::default();
    }
    let el = &ev.eligibility;
    let risks = el.reasons.iter().filter(|r| !r.is_possible());
    html! {
        <div id="svc-done-refusal">
            <p>{ i18n.t("ui-svc-done-refusal-reasons") }</p>
            <ul>
                { for refusal_reasons(i18n, el).into_iter().zip(risks).map(|((code, text), r)| html! {
                    <li class="kz-reason" data-risk={code}>
                        { text }
                        { reading_note(i18n, r.note.as_ref(), &[]) }
                        { apply_from_line(i18n, r) }
                    </li>
                }) }
            </ul>
            { hearing(i18n, ev, "svc-done-hearing") }
            <p class="kz-lead" id="svc-done-after-refusal">
                { i18n.t(match refusal {
                    Refusal::Reading => "ui-svc-done-after-refusal-reading",
                    _ => "ui-svc-done-after-refusal",
                }) }
            </p>
        </div>
    }
}

/// The documents not in hand, on the prepared screen ([`documents_not_in_hand`]):
/// what the order says happens at hand-in (the receipt preview's outcome),
/// then the documents missing, no longer valid and perhaps needed.
/// Nothing where every document is in hand.
fn done_documents(
    i18n: &I18n,
    r: &catalogue::ReceiptPreview,
    code: &str,
    channel: ServiceChannel,
) -> Html {
    if documents_not_in_hand(r).is_empty() {
        return Html::default();
    }
    let stated = catalogue::refusal_at_hand_in_stated(code, channel).unwrap_or(true);
    let (outcome, key) = receipt_outcome(r.outcome, channel, stated);
    html! {
        <div class="kz-notice" id="svc-done-documents" data-outcome={outcome}>
            <p><strong>{ i18n.t("ui-svc-done-not-in-hand") }</strong></p>
            <p>{ i18n.t(key) }</p>
            { documents_list(i18n, "svc-done-missing", "ui-svc-receipt-missing", r.missing.iter()) }
            { documents_list(i18n, "svc-done-expired", "ui-svc-receipt-expired", r.expired.iter()) }
            { documents_list(i18n, "svc-done-uncertain", "ui-svc-receipt-uncertain-list", r.uncertain.iter().map(|u| &u.line)) }
        </div>
    }
}

/// The receipt preview's wire name of `outcome` (its `data-outcome`,
/// [`ReceiptOutcome::name`]) and the message that says it on `channel`,
/// where the order states a refusal at hand-in or not (`refusal_stated`,
/// [`catalogue::refusal_at_hand_in_stated`]).
fn receipt_outcome(
    outcome: ReceiptOutcome,
    channel: ServiceChannel,
    refusal_stated: bool,
) -> (&'static str, &'static str) {
    let key = match outcome {
        ReceiptOutcome::Accepted if refusal_stated => "ui-svc-receipt-accepted",
        // The order states no refusal at hand-in here: none is said not to apply.
        ReceiptOutcome::Accepted => "ui-svc-receipt-complete",
        ReceiptOutcome::StateCorporationRefusesToAccept => "ui-svc-receipt-state-corporation",
        // Annexes 7, 14, 16, 19 name only an incomplete set: Kezek's reading.
        ReceiptOutcome::StateCorporationRefusesExpiredReading => {
            "ui-svc-receipt-state-corporation-expired-reading"
        }
        ReceiptOutcome::ProviderRefusesToAccept => "ui-svc-receipt-provider-refuses",
        // Rules 513 cl. 9 read for the accreditation's extension: Kezek's reading.
        ReceiptOutcome::ProviderRefusesExtensionReading => {
            "ui-svc-receipt-provider-refuses-extension-reading"
        }
        ReceiptOutcome::ProviderRefusesFurtherConsideration => {
            "ui-svc-receipt-provider-not-considered"
        }
        // On the portal nothing is brought: the missing documents are attached.
        ReceiptOutcome::Incomplete if channel == ServiceChannel::PORTAL => {
            "ui-svc-receipt-incomplete-portal"
        }
        ReceiptOutcome::Incomplete => "ui-svc-receipt-incomplete",
        ReceiptOutcome::NoLongerValid if channel == ServiceChannel::PORTAL => {
            "ui-svc-receipt-no-longer-valid-portal"
        }
        ReceiptOutcome::NoLongerValid => "ui-svc-receipt-no-longer-valid",
        ReceiptOutcome::Uncertain => "ui-svc-receipt-uncertain",
    };
    (outcome.name(), key)
}

/// The two answers of a yes/no question, neither ticked until chosen.
fn yes_no(i18n: &I18n) -> Vec<Choice> {
    [("yes", "ui-answer-yes"), ("no", "ui-answer-no")]
        .into_iter()
        .map(|(value, key)| Choice {
            value: value.into(),
            label: i18n.t(key).into(),
            hint: None,
            disabled: false,
        })
        .collect()
}

/// Whether the kindergarten steps already answered `q` with "yes" (an orphan,
/// a guardian…): a fact that differs from the catalogue's default. A default
/// alone is not an answer and never ticks a choice.
fn known_yes(facts: &catalogue::FamilyFacts, q: &str) -> bool {
    facts.flag(q) == Some(true) && catalogue::FamilyFacts::default().flag(q) == Some(false)
}

/// The request the screen evaluates for `code` on `channel` at `now`: the
/// answers given (`facts`, [`service_facts`]) and the documents held.
fn service_request(
    d: &Draft,
    code: &str,
    channel: ServiceChannel,
    now: NaiveDateTime,
    facts: &catalogue::FamilyFacts,
) -> Request {
    Request {
        service: code.to_owned(),
        channel,
        variant: None,
        as_of: now,
        facts: facts.clone(),
        documents_held: Some(held_documents(d)),
        // The hand-off names who applies and the facts said
        // (`prepare_said`), not the request.
        applicant: None,
        child: None,
        facts_given: Vec::new(),
    }
}

/// The questions of `code` shown: those the evaluation asked
/// ([`catalogue::Evaluation::asked`]), so the questions and the verdict
/// beside them are of the same facts — a question about another answer only
/// where it can still matter (the marriage's registry record is not asked
/// after "no" to the marriage). Where the answers cannot be evaluated (a
/// birth date after today), the same rule ([`catalogue::questions_for`]) on
/// the answers as given: the field to correct stays, and no question comes
/// or goes with the error (`questions_shown_are_the_evaluations`).
fn shown_questions(
    eval: &Result<catalogue::Evaluation, catalogue::CatalogueError>,
    code: &str,
    facts: &catalogue::FamilyFacts,
) -> Vec<&'static str> {
    match eval {
        Ok(ev) => ev.asked().to_vec(),
        Err(_) => catalogue::questions_for(code, facts).unwrap_or_default(),
    }
}

/// The answers the parent gave to the questions shown (`shown`, the
/// screen's [`shown_questions`]), in the order they are asked: what was
/// answered here, and what the kindergarten steps already know (a fact never
/// asked twice). A question not answered is left out.
fn answers(
    i18n: &I18n,
    code: &str,
    d: &Draft,
    facts: &catalogue::FamilyFacts,
    shown: &[&'static str],
) -> Vec<Answer> {
    shown
        .iter()
        .copied()
        .filter_map(|q| {
            // Dates are pasted into the form; a yes or no is ticked there.
            let mut label = question_text(i18n, code, q);
            let (value, copyable) = if q == "child_birth_date" {
                (i18n.date(facts.child_birth_date?), true)
            } else if q == OTHER_CHILDREN {
                // "No" answers the question; dates are labelled as dates.
                let dates = other_children_dates(d)?;
                if dates.is_empty() {
                    (i18n.t("ui-answer-no"), false)
                } else {
                    label = i18n.t("ui-svc-other-children-dates");
                    let dates = dates.into_iter().map(|b| i18n.date(b));
                    (dates.collect::<Vec<_>>().join(", "), true)
                }
            } else {
                let v = given(d, facts, q)?;
                (
                    i18n.t(if v { "ui-answer-yes" } else { "ui-answer-no" }),
                    false,
                )
            };
            Some(Answer {
                id: q,
                label,
                value,
                copyable,
            })
        })
        .collect()
}

/// The channel the screen shows for `e`: the one chosen earlier where row 2
/// of the requirement list offers it, else row 2's first; with the earlier
/// choice row 2 does not offer, which the screen then says
/// ([`channel_not_offered`]) rather than switching silently.
fn shown_channel(
    e: &catalogue::CatalogueEntry,
    chosen: Option<&String>,
) -> (ServiceChannel, Option<ServiceChannel>) {
    let chosen = chosen.and_then(|c| ServiceChannel::parse(c).ok());
    match chosen {
        Some(c) if e.channels.contains(&c) => (c, None),
        other => (e.channels[0], other),
    }
}

/// The Fluent key of channel `c`'s label: `ui-svc-channel-` and its name,
/// `_` written `-` (`ui-svc-channel-egov-portal`).
fn channel_label_key(c: ServiceChannel) -> String {
    format!("ui-svc-channel-{}", c.name().replace('_', "-"))
}

/// The line beside the channel choice when the channel chosen earlier is not
/// a way row 2 of `e`'s requirement list offers: not provided through it,
/// so the answers are shown for `shown`; with row 2's citation.
fn channel_not_offered(
    i18n: &I18n,
    e: &catalogue::CatalogueEntry,
    chosen: ServiceChannel,
    shown: ServiceChannel,
) -> (String, Citation) {
    let label = |c: ServiceChannel| i18n.t(&channel_label_key(c));
    (
        i18n.t_args(
            "ui-svc-channel-not-offered",
            &[("chosen", label(chosen)), ("shown", label(shown))],
        ),
        catalogue::cite(e.annex, 2, None),
    )
}

/// The heading of the answers on the confirmation page through `channel`:
/// Kezek's answers, for reference. No annex says anyone asks for them: at a
/// counter the rules have the parent hand in «… құжаттарды қоса бере
/// отырып, … нысан бойынша өтініш» (the application on its form with the
/// documents), on the portal the service's own form.
fn answers_heading_key(channel: ServiceChannel) -> &'static str {
    match channel {
        ServiceChannel::PORTAL => "ui-svc-done-answers-portal",
        _ => "ui-svc-done-answers",
    }
}

/// Where the result of an application made through `channel` is issued,
/// where the channel changes it: the State Corporation.
/// Row 2 names the State Corporation among the ways «Өтінішті қабылдау және
/// мемлекеттік қызмет көрсетудің нәтижесін беру» (Annex 6's rules cl. 11
/// sends the result there): the result too is issued there. The portal's
/// personal cabinet is said on the confirmation page.
fn result_place(
    i18n: &I18n,
    e: &catalogue::CatalogueEntry,
    channel: ServiceChannel,
) -> Option<(String, Vec<Citation>)> {
    let r = e
        .state_corporation_reception
        .filter(|_| channel == ServiceChannel::STATE_CORPORATION)?;
    Some((
        i18n.t("ui-svc-result-at-state-corporation"),
        r.result_citations(),
    ))
}

/// When the result is due if the parent applies now (`ui-svc-due`): the
/// one text of the due card (`#svc-due`) and of the prepared box
/// (`#svc-done-due`).
fn due_text(i18n: &I18n, due: &catalogue::Due) -> String {
    i18n.t_args(
        "ui-svc-due",
        &[
            ("date", i18n.date(due.due.date())),
            ("time", i18n.time(due.due.time())),
            ("accepted", i18n.date_time(due.accepted)),
        ],
    )
}

/// The prepared box's lines on when the result is due (`#svc-done-due`):
/// the due card's own text, and, where the day rests on a reading, the
/// reading's note and the earlier dates under the other reading, as the due
/// card says them (review45: the box gave the date alone, so a date resting
/// on a reading read as flat there).
fn done_due_texts(i18n: &I18n, due: &catalogue::Due) -> Vec<String> {
    let mut lines = vec![due_text(i18n, due)];
    lines.extend(due.note.as_ref().map(|n| i18n.t(n.key)));
    if let Some((result, notice)) = earlier_due_texts(i18n, due) {
        lines.push(result);
        lines.extend(notice);
    }
    lines
}

/// Where the parent goes with the documents through `channel`.
fn done_place(
    i18n: &I18n,
    e: &catalogue::CatalogueEntry,
    channel: ServiceChannel,
    of_full_age: bool,
) -> String {
    match channel {
        // Row 7 item 2: the office of the registered place, not any branch;
        // the child's, where offered, is a minor's (`of_full_age`: not).
        ServiceChannel::STATE_CORPORATION => {
            i18n.t(match e.state_corporation_reception.map(|r| r.place) {
                Some(StateCorporationPlace::ApplicantOrChild) if !of_full_age => {
                    "ui-svc-done-place-state-corporation-applicant-or-child"
                }
                _ => "ui-svc-done-place-state-corporation-applicant",
            })
        }
        ServiceChannel::EducationOrganisation => i18n.t("ui-svc-done-place-education-organisation"),
        _ => i18n.t("ui-svc-done-place-provider"),
    }
}

/// The confirmation's line "to apply, go to … with the documents below"
/// for `channel`, and at the provider's office who the provider is, in a
/// sentence of its own: the register's name of the provider may hold its
/// own parentheses («…, организации образования (пункт 3 Правил и реестр
/// называют также управления образования областей)»), which inside the
/// place's parentheses nested one in another.
fn office_lead(
    i18n: &I18n,
    e: &catalogue::CatalogueEntry,
    channel: ServiceChannel,
    of_full_age: bool,
) -> String {
    let place = done_place(i18n, e, channel, of_full_age);
    let lead = i18n.t_args("ui-svc-done-office-lead", &[("place", place)]);
    match channel {
        ServiceChannel::STATE_CORPORATION | ServiceChannel::EducationOrganisation => lead,
        _ => format!(
            "{lead} {}",
            i18n.t_args(
                "ui-svc-done-provider-named",
                &[("provider", i18n.t(e.provider_key))]
            )
        ),
    }
}

/// The confirmation's "bring with you" list at a counter: each line of the
/// checklist by its id and name, and under the application that Kezek does
/// not fill it in (it prepares the answers, for reference) and where its
/// form is, as far as the texts say: the form of the rules' Annex 1, which
/// order No. 414 does not reproduce nor say where it is given
/// (`note-application-rules-form`: ask for it where one applies); the
/// adoption agency's, which order No. 414 gives as its own Annex 1.
fn bring_lines(
    i18n: &I18n,
    checklist: &[catalogue::ChecklistLine],
) -> Vec<(&'static str, String, Option<String>)> {
    checklist
        .iter()
        .map(|l| {
            let form = match (l.name_key, l.note.as_ref().map(|n| n.key)) {
                ("doc-application-agency-form", _) => "agency",
                (_, Some("note-application-rules-form")) => "rules",
                _ => "other",
            };
            let hint = (l.supply == Supply::Application)
                .then(|| i18n.t_args("ui-svc-done-bring-form", &[("form", form.into())]));
            (l.id, i18n.t(l.name_key), hint)
        })
        .collect()
}

/// The confirmation page of a prepared application: nothing was sent; the
/// channel's next steps; the answers, each copyable; the technical record
/// under "for specialists".
#[allow(clippy::too_many_arguments)]
fn confirmation(
    i18n: &I18n,
    e: &catalogue::CatalogueEntry,
    channel: ServiceChannel,
    ev: &catalogue::Evaluation,
    answers: &[Answer],
    a: &catalogue::Prepared,
    status: &UseStateHandle<Option<String>>,
    of_full_age: bool,
) -> Html {
    let t = |k: &str| i18n.t(k);
    let on_status = {
        let s = status.clone();
        Callback::from(move |told: String| s.set(Some(told)))
    };
    let name = t(&e.name_key());
    let checklist = &ev.checklist;
    let refusal = Refusal::of(&ev.eligibility);
    // The electronic copies the list certainly asks for: not a line whose
    // need waits for an answer; the original for identification said so.
    let attach: Vec<String> = checklist
        .iter()
        .filter(|l| l.depends_on.is_empty())
        .filter_map(|l| match l.supply {
            Supply::ElectronicCopy => Some(t(l.name_key)),
            Supply::ElectronicCopyOriginalForIdentification => Some(format!(
                "{} ({})",
                t(l.name_key),
                t(supply_key(l.supply, channel))
            )),
            _ => None,
        })
        .collect();
    let next_steps = if channel == ServiceChannel::PORTAL {
        html! {
            <>
                <p>{ t("ui-done-portal-lead") }</p>
                <ol class="kz-next-steps">
                    <li><a id="svc-egov-link" href={egov_home_url(i18n.lang.code())} target="_blank" rel="noopener noreferrer">
                        { i18n.t_args("ui-done-portal-open-find", &[("service", name.clone())]) }</a></li>
                    <li>{ t("ui-done-portal-sign-in") }</li>
                    // Kezek's questions are not the egov form: its answers
                    // are for reference, and the list's electronic copies
                    // are what the form asks to attach.
                    <li>{ t("ui-svc-done-portal-enter") }</li>
                    if !attach.is_empty() {
                        <li id="svc-done-attach">{ i18n.t_args("ui-done-portal-attach", &[("docs", attach.join("; "))]) }</li>
                    }
                    <li>{ t("ui-done-portal-send") }</li>
                </ol>
            </>
        }
    } else {
        html! {
            <>
                <p id="svc-done-place">
                    { office_lead(i18n, e, channel, of_full_age) }
                    if let Some(r) = e.state_corporation_reception.filter(|_| channel == ServiceChannel::STATE_CORPORATION) {
                        <Why i18n={i18n.clone()} citations={vec![r.citation]} />
                    }
                </p>
                if let Ok(Some((hours, citation))) = catalogue::counter_hours(e.code, channel) {
                    <p id="svc-done-hours">
                        { i18n.t_args("ui-done-hours", &[("hours", opening_hours(
                            i18n, hours.open_days, &hours.windows, OpensAs::AfterColon))]) }
                        <Why i18n={i18n.clone()} citations={vec![citation]} />
                    </p>
                }
                <h4>{ t("ui-done-bring") }</h4>
                <ul id="svc-done-bring">
                    { for bring_lines(i18n, checklist).into_iter().map(|(id, name, hint)| {
                        // Not in hand: said below the steps, from the receipt preview.
                        let gap = ev.receipt.as_ref().is_some_and(|r| documents_not_in_hand(r).iter().any(|g| g.id == id));
                        html! {
                            <li data-doc={id} data-missing={gap.then_some("true")}>{ name }
                                if let Some(hint) = hint {
                                    <p class="kz-hint" id="svc-done-bring-application">{ hint }</p>
                                }
                            </li>
                        }
                    }) }
                </ul>
                <button type="button" class="kz-button kz-secondary" id="svc-print" onclick={Callback::from(|_| print())}>{ t("ui-print") }</button>
            </>
        }
    };
    html! {
        <section class={classes!("kz-card", "kz-confirmation", (refusal != Refusal::None).then_some("kz-confirmation--refusal"))}
            id="svc-confirmation" data-channel={channel.name()} data-refusal={refusal.name()}>
            <h3 id="svc-done-title">{ t(done_title_key(&ev.eligibility)) }</h3>
            { done_refusal(i18n, ev, refusal) }
            <p class="kz-lead" id="svc-nothing-sent"><strong>{ t("ui-done-nothing-sent") }</strong></p>
            { next_steps }
            // The due card's own text, kept with the steps (row 4's term);
            // none where the refusal is certain (`Refusal::Foretold`, the
            // case `due_refused_text` says on the due card).
            if refusal != Refusal::Foretold {
                <div id="svc-done-due" data-due={ev.due.due.format("%Y-%m-%dT%H:%M").to_string()}>
                    { for done_due_texts(i18n, &ev.due).into_iter().enumerate().map(|(n, line)| html! {
                        <p class={(n > 0).then_some("kz-hint")}>{ line }</p>
                    }) }
                </div>
            }
            { ev.receipt.as_ref().map(|r| done_documents(i18n, r, e.code, channel)).unwrap_or_default() }
            if !answers.is_empty() {
                <h4>{ t(answers_heading_key(channel)) }</h4>
                <CopyableAnswers i18n={i18n.clone()} id="svc-answers" answers={answers.to_vec()} on_copied={on_status.clone()} />
            }
            <p class="kz-status" role="status" id="svc-status">{ (**status).clone().unwrap_or_default() }</p>
            <ForSpecialists i18n={i18n.clone()} prefix="svc" record={a.application.to_string()} file_name={format!("kezek-{}.json", e.code)}
                file_text={serde_json::to_string_pretty(&a.application).unwrap_or_default()} sha256={a.sha256.clone()} on_done={on_status} />
        </section>
    }
}

#[cfg(test)]
#[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    /// Annex 15 (00403007, a family not in a remote rural settlement) and
    /// Annex 13 (00402010, an applicant not deprived of parental rights):
    /// the answers make the refusal certain, and the due card still said
    /// «If you apply now, the application is accepted on … and the result is
    /// due by …» under "the service would be refused" (walk 44). Now the due
    /// card says the application would be refused, with the clause, and
    /// gives no due date; where the refusal is not certain the date stays.
    #[test]
    fn ann15_ann13_a_certain_refusal_gives_no_due_date_but_its_clause() {
        let cal = kezek_rules::calendar::Calendar::builtin();
        for (code, fact) in [
            ("00403007", "lives_in_remote_rural_settlement"),
            ("00402010", "applicant_deprived_of_parental_rights"),
        ] {
            let ev = |answer: bool| {
                let text = format!(
                    r#"{{"service":"{code}","channel":"provider_office","as_of":"2026-12-07T10:00","facts":{{"{fact}":{answer}}}}}"#
                );
                catalogue::evaluate(&Request::from_json(&text).unwrap(), cal).unwrap()
            };
            let refused = ev(false);
            assert_eq!(
                Refusal::of(&refused.eligibility),
                Refusal::Foretold,
                "{code}"
            );
            let due = i18n_date(refused.due.due.date());
            for lang in Lang::ALL {
                let i = I18n::new(lang);
                let text = due_refused_text(&i, &refused).unwrap_or_default();
                let cited = i.citation(&refused.eligibility.foretold()[0].citation);
                assert!(text.contains(&cited), "{code} {lang:?}: {text}");
                assert!(!text.contains(&due), "{code} {lang:?}: {text}");
                assert_eq!(due_refused_text(&i, &ev(true)), None, "{code} {lang:?}");
            }
        }
    }

    fn i18n_date(d: chrono::NaiveDate) -> String {
        I18n::new(Lang::Kk).date(d)
    }

    /// Annex 20 row 5 (00402013, the category «он жасқа толған»): a child
    /// born 10.03.2018, nine on 06.12.2026, was told «Apply on or after the
    /// child's tenth birthday» with no date (walk 44). Now the reason is
    /// followed by the day, from the rules (`catalogue::apply_from`), in
    /// every language; the birth date typed on step 2 or in the service's
    /// own question is the one the rules read.
    #[test]
    fn annex20_5_a_child_under_ten_reads_the_day_to_apply_from() {
        let code = "00402013";
        let d = Draft {
            child_birth_date: "2018-03-10".into(),
            ..Draft::default()
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 6).unwrap();
        let facts = service_facts(&d, today, &catalogue::questions(code).unwrap());
        let now = today.and_hms_opt(10, 0, 0).unwrap();
        let channel = catalogue::entry(code).unwrap().channels[0];
        let req = service_request(&d, code, channel, now, &facts);
        let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
        let under_ten = ev
            .eligibility
            .reasons
            .iter()
            .find(|r| r.code == catalogue::CHILD_UNDER_TEN)
            .unwrap_or_else(|| panic!("{:?}", ev.eligibility.reasons));
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            let text = apply_from_text(&i, under_ten);
            assert!(
                text.as_deref().is_some_and(|t| t.contains("10.03.2028")),
                "{lang:?}: {text:?}"
            );
            assert_eq!(
                apply_from_text(&i, &risk(catalogue::NOT_DEPRIVED_PARENT, None)),
                None
            );
        }
    }

    /// A risk as the rules give it, with the day to apply from `apply_from`.
    fn risk(code: &'static str, apply_from: Option<chrono::NaiveDate>) -> Risk {
        Risk {
            code,
            citation: catalogue::cite(20, 5, None),
            note: None,
            depends_on: Vec::new(),
            apply_from,
        }
    }

    /// Annex 20 row 5: the day under the reason is the rules' own, the
    /// risk's `apply_from` (session 46), never the screen's second
    /// computation from its facts: the screen and the engine (the JS API's
    /// answer, `kezek evaluate`) cannot say two days. The line read
    /// `catalogue::apply_from` of the screen's facts: given a risk whose day
    /// (10.03.2028) was not the one those facts gave (a child born
    /// 11.03.2018), it said 11.03.2028. It says the risk's day, and none
    /// where the risk has none.
    #[test]
    fn annex20_5_the_day_to_apply_from_is_the_risks_own() {
        let day = chrono::NaiveDate::from_ymd_opt(2028, 3, 10);
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            for code in [
                catalogue::CHILD_UNDER_TEN,
                catalogue::AGE_REACHED_AFTER_SUBMISSION,
            ] {
                let text = apply_from_text(&i, &risk(code, day));
                assert!(
                    text.as_deref().is_some_and(|t| t.contains("10.03.2028")),
                    "{lang:?} {code}: {text:?}"
                );
                assert_eq!(
                    apply_from_text(&i, &risk(code, None)),
                    None,
                    "{lang:?} {code}"
                );
            }
        }
    }

    /// The service screen and a request (the JS API, `kezek evaluate`) read
    /// the child's birth date from its IIN by the one rule
    /// (`catalogue::child_birth_date`): a draft with the child's IIN and no
    /// date typed has the facts of a request with `child.iin` and no
    /// `facts.child_birth_date`, and hands off the same child.
    #[test]
    fn row9_item2_the_screen_and_a_request_take_the_birth_date_from_the_iin_alike() {
        let iin = "230510512343";
        let d = Draft {
            child_iin: iin.into(),
            ..Draft::default()
        };
        let code = "00402013";
        let text = format!(
            r#"{{"service":"{code}","channel":"provider_office","as_of":"2026-12-15T10:00","child":{{"iin":"{iin}"}}}}"#
        );
        let req = Request::from_json(&text).unwrap();
        let questions = catalogue::questions(code).unwrap();
        let facts = service_facts(&d, req.as_of.date(), &questions);
        assert_eq!(
            facts.child_birth_date,
            chrono::NaiveDate::from_ymd_opt(2023, 5, 10)
        );
        assert_eq!(facts.child_birth_date, req.facts_read().child_birth_date);
        let cal = kezek_rules::calendar::Calendar::builtin();
        let eval = catalogue::evaluate(&req, cal).unwrap();
        assert!(
            eval.eligibility.pending.is_empty(),
            "{:?}",
            eval.eligibility
        );
        let prepared = catalogue::prepare(&req, &eval).application;
        let (_, child) = d.catalogue_identity();
        assert_eq!(serde_json::to_value(child).unwrap(), prepared["child"]);
    }

    /// Row 2 of Annex 11 (00404007: the provider's office and the portal)
    /// and of Annex 5 (00402004: the portal only) does not name the State
    /// Corporation. A State Corporation chosen earlier was replaced by row
    /// 2's first way with nothing said; the screen says it is not a way of
    /// this service, citing row 2, and for which way the answers are shown.
    #[test]
    fn ann11_ann5_row2_a_channel_not_offered_is_said_not_switched_silently() {
        let earlier = ServiceChannel::STATE_CORPORATION.name().to_owned();
        for (code, annex) in [("00404007", 11), ("00402004", 5)] {
            let e = catalogue::entry(code).unwrap();
            assert!(!e.channels.contains(&ServiceChannel::STATE_CORPORATION));
            let (shown, not_offered) = shown_channel(e, Some(&earlier));
            assert_eq!(shown, e.channels[0], "{code}");
            assert_eq!(
                not_offered,
                Some(ServiceChannel::STATE_CORPORATION),
                "{code}: the earlier choice is said"
            );
            for lang in Lang::ALL {
                let i = I18n::new(lang);
                let (text, cited) =
                    channel_not_offered(&i, e, ServiceChannel::STATE_CORPORATION, shown);
                assert_eq!(cited, catalogue::cite(annex, 2, None), "{code}");
                for c in [ServiceChannel::STATE_CORPORATION, shown] {
                    let label = i.t(&channel_label_key(c));
                    assert!(text.contains(&label), "{code} {lang:?}: {text}");
                }
            }
        }
        // An offered choice, or none, is shown with nothing said.
        let e = catalogue::entry("00404007").unwrap();
        let portal = ServiceChannel::PORTAL.name().to_owned();
        assert_eq!(
            shown_channel(e, Some(&portal)),
            (ServiceChannel::PORTAL, None)
        );
        assert_eq!(shown_channel(e, None), (e.channels[0], None));
    }

    /// The rules of order No. 414 say how one applies at a counter: «…
    /// талаптардың тізбесінде … көзделген құжаттарды қоса бере отырып, осы
    /// Қағидаларға 1-қосымшаға сәйкес нысан бойынша өтініш береді» (the
    /// application on the form, with the documents of the requirement
    /// list). No annex says the provider, or the State Corporation's
    /// employee, asks for Kezek's answers; the confirmation page headed them
    /// «их спросит услугодатель» / «…работник Госкорпорации» and told the
    /// parent to «сообщите свои ответы». At every counter the answers are
    /// now Kezek's, for reference, beside the application and the documents.
    #[test]
    fn rules_application_on_the_form_no_one_is_said_to_ask_for_the_answers() {
        let asks = [
            "сұрайды",
            "айтыңыз",
            "спросит",
            "сообщите",
            "will ask",
            "give them",
        ];
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            for channel in [
                ServiceChannel::OFFICE,
                ServiceChannel::STATE_CORPORATION,
                ServiceChannel::EducationOrganisation,
            ] {
                let heading = i.t(answers_heading_key(channel));
                let lead = i.t_args("ui-svc-done-office-lead", &[("place", "X".into())]);
                for text in [&heading, &lead] {
                    for w in asks {
                        assert!(!text.contains(w), "{lang:?} {channel:?}: {text}");
                    }
                }
                assert!(heading.contains("Kezek"), "{lang:?} {channel:?}: {heading}");
            }
        }
    }

    /// The rules of order No. 414's services say the application at a
    /// counter is made «осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша»;
    /// order No. 414 reproduces that form only for the adoption agencies
    /// (its own Annex 1), and Kezek fills in none: it prepares the answers,
    /// for reference. The confirmation said «Возьмите с собой: Заявление (по
    /// форме согласно приложению 1 к правилам оказания услуги)» as if Kezek
    /// had prepared it. Every application line of the list to bring, at
    /// every counter of every service, now says Kezek does not fill it in,
    /// and where the form is: to be asked for where one applies (the order
    /// gives it not), or Annex 1 of order No. 414 (the agency's form).
    #[test]
    fn rules_cl3_the_application_to_bring_says_kezek_does_not_fill_in_its_form() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        let now = today.and_hms_opt(10, 0, 0).unwrap();
        let mut seen = std::collections::BTreeSet::new();
        for e in catalogue::catalogue() {
            for &channel in e.channels.iter().filter(|c| **c != ServiceChannel::PORTAL) {
                let d = Draft::default();
                let all = catalogue::questions(e.code).unwrap_or_default();
                let facts = service_facts(&d, today, &all);
                let mut req = service_request(&d, e.code, channel, now, &facts);
                let variants = if e.code == "00404005" {
                    vec![
                        Some(catalogue::Variant::Accreditation),
                        Some(catalogue::Variant::Extension),
                    ]
                } else {
                    vec![None]
                };
                for variant in variants {
                    req.variant = variant;
                    let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin())
                        .unwrap();
                    for (lang, kezek, ask, annex1) in [
                        (
                            Lang::Ru,
                            "Kezek",
                            "спросите",
                            "приложении 1 к приказу № 414",
                        ),
                        (
                            Lang::Kk,
                            "Kezek",
                            "сұраңыз",
                            "№ 414 бұйрықтың 1-қосымшасында",
                        ),
                        (Lang::En, "Kezek", "ask for", "Annex 1 to order No. 414"),
                    ] {
                        let i = I18n::new(lang);
                        let lines = bring_lines(&i, &ev.checklist);
                        for (l, (_, _, hint)) in ev.checklist.iter().zip(&lines) {
                            let at = format!("{} {channel:?} {lang:?} {}", e.code, l.id);
                            if l.supply != Supply::Application {
                                assert_eq!(hint, &None, "{at}");
                                continue;
                            }
                            let hint = hint.clone().unwrap_or_default();
                            assert!(hint.contains(kezek), "{at}: {hint}");
                            let rules_form = l.note.as_ref().map(|n| n.key)
                                == Some("note-application-rules-form");
                            if rules_form {
                                assert!(hint.to_lowercase().contains(ask), "{at}: {hint}");
                                seen.insert("rules");
                            }
                            if l.name_key == "doc-application-agency-form" {
                                assert!(hint.contains(annex1), "{at}: {hint}");
                                seen.insert("agency");
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(seen.len(), 2, "{seen:?}");
    }

    /// Annex 4 of order No. 414 (00402002, the guardianship certificate):
    /// row 8 asks for nothing but «Белгіленген нысандағы өтініш» and Kezek
    /// asks no question, yet the walk of 15.12.2026 read «Сіздің
    /// жауаптарыңыз бойынша қызметті алуға болады» and «Сіздің жауаптарыңыз
    /// бойынша бас тарту негіздері жоқ» — a verdict "from your answers" with
    /// none given. Row 9 (Gov. decree No. 382 among them) is the provider's
    /// to check, and the screen says so.
    #[test]
    fn ann4_row8_no_question_asked_no_verdict_from_your_answers() {
        let asked = catalogue::questions("00402002").unwrap_or_default();
        assert!(asked.is_empty(), "{asked:?}");
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            for key in [
                eligibility_lead(true, false, Refusal::None),
                no_risks_lead(true, false),
            ] {
                let text = i.t(key);
                for answers in ["жауаптарыңыз", "ответам", "answers"] {
                    assert!(!text.contains(answers), "{lang:?} {key}: {text}");
                }
            }
            // With questions asked, the verdict is still "from your answers".
            assert!(i.t(eligibility_lead(true, true, Refusal::None)).len() > 10);
        }
    }

    /// Order No. 414 cl. 4 (and order 188's note on list item 3): a service
    /// evaluated on a day before the wording Kezek applies could be in force
    /// says so above the verdict, with the days of the reading, in every
    /// language; a day it is certainly in force says nothing.
    #[test]
    fn order414_cl4_service_before_entry_into_force_shows_the_edition_warning() {
        let d = Draft::default();
        for (code, effective) in [("00404004", (2022, 10, 14)), ("00402013", (2023, 7, 11))] {
            let day = chrono::NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
            let facts = service_facts(&d, day, &[]);
            let channel = catalogue::entry(code).unwrap().channels[0];
            let req = service_request(
                &d,
                code,
                channel,
                day.and_hms_opt(10, 0, 0).unwrap(),
                &facts,
            );
            let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
            let w = ev
                .edition_warning
                .as_ref()
                .expect("warned before entry into force");
            for lang in Lang::ALL {
                let i = I18n::new(lang);
                let text = i.edition_warning(w);
                let (y, m, dd) = effective;
                let effective = i.date(chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap());
                assert!(text.contains(&effective), "{lang:?} {code}: {text}");
                assert!(!text.contains("reason-edition"), "{lang:?}: {text}");
                assert!(text.contains("414") || text.contains("188"), "{text}");
            }
            let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
            let facts = service_facts(&d, now, &[]);
            let req = service_request(
                &d,
                code,
                channel,
                now.and_hms_opt(10, 0, 0).unwrap(),
                &facts,
            );
            let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
            assert!(ev.edition_warning.is_none());
        }
        // The uncertain weeks say the day Kezek reads as certain.
        let day = chrono::NaiveDate::from_ymd_opt(2022, 11, 1).unwrap();
        let facts = service_facts(&d, day, &[]);
        let channel = catalogue::entry("00404004").unwrap().channels[0];
        let req = service_request(
            &d,
            "00404004",
            channel,
            day.and_hms_opt(10, 0, 0).unwrap(),
            &facts,
        );
        let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
        let w = ev.edition_warning.as_ref().unwrap();
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            let certain = i.date(chrono::NaiveDate::from_ymd_opt(2023, 1, 1).unwrap());
            assert!(i.edition_warning(w).contains(&certain), "{lang:?}");
        }
    }

    /// The questions the screen shows for `code` on the draft `d` at 10:00
    /// on `today`, on the service's first way, and the facts they are of.
    fn screen_questions(
        d: &Draft,
        code: &str,
        today: chrono::NaiveDate,
    ) -> (Vec<&'static str>, catalogue::FamilyFacts) {
        let all = catalogue::questions(code).unwrap_or_default();
        let facts = service_facts(d, today, &all);
        let now = today.and_hms_opt(10, 0, 0).unwrap();
        let channel = catalogue::entry(code).unwrap().channels[0];
        let req = service_request(d, code, channel, now, &facts);
        let eval = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin());
        (shown_questions(&eval, code, &facts), facts)
    }

    /// Annex 17 row 8 item 4 (school meals, 00403008): «неке қию немесе
    /// некені бұзу туралы куәліктің көшірмесі (АХАЖ АЖ-да мәліметтер
    /// болмаған жағдайда)». The walk of helper172 (order 414) was asked «Если
    /// есть брак (развод): он зарегистрирован в ЗАГС Казахстана?» after "no"
    /// to the marriage and to a divorce, and the answers read «Да» beside
    /// «Вы состоите в браке? Нет». The question is not shown then, nor
    /// listed among the answers, even with an answer given before.
    #[test]
    fn ann17_row8_item4_no_registry_question_after_no_marriage_and_no_divorce() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut d = Draft::default();
        for (q, v) in [
            ("married", false),
            ("divorced", false),
            ("marriage_in_civil_registry", true),
        ] {
            d.answers.insert(q.into(), v);
        }
        let code = "00403008";
        let (shown, facts) = screen_questions(&d, code, today);
        assert!(shown.contains(&"married"), "{shown:?}");
        assert!(!shown.contains(&"marriage_in_civil_registry"), "{shown:?}");
        let i = I18n::new(Lang::Ru);
        let a = answers(&i, code, &d, &facts, &shown);
        assert!(a.iter().any(|a| a.id == "married"));
        assert!(
            !a.iter().any(|a| a.id == "marriage_in_civil_registry"),
            "the answers list a question not asked"
        );
        // Married: asked again.
        d.answers.insert("married".into(), true);
        assert!(screen_questions(&d, code, today)
            .0
            .contains(&"marriage_in_civil_registry"));
    }

    /// Annex 11 row 8 item 5 and row 9 item 10 (foster family, 00404007):
    /// the walk read, of a married applicant, «Ваш нынешний брак (если
    /// сейчас вы не в браке — прекращенный брак или развод) зарегистрирован
    /// в ЗАГС Казахстана?» — the list asks no divorce, and the question is
    /// asked after "yes" to the marriage only — and «Вы мужчина, не
    /// состоящий в зарегистрированном браке?». Now the registry question
    /// names the marriage alone, on the screen and among the answers, and
    /// the second is not asked of a married applicant.
    #[test]
    fn ann11_row8_item5_a_married_applicant_is_asked_of_his_marriage_only() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let mut d = Draft::default();
        for (q, v) in [("married", true), ("marriage_in_civil_registry", true)] {
            d.answers.insert(q.into(), v);
        }
        let code = "00404007";
        let (shown, facts) = screen_questions(&d, code, today);
        assert!(shown.contains(&"marriage_in_civil_registry"), "{shown:?}");
        assert!(!shown.contains(&"single_man"), "{shown:?}");
        for lang in Lang::ALL {
            let ftl = kezek_rules::messages::catalogue_ftl(lang.code()).unwrap();
            let i = I18n::with_catalogue(lang, Some(ftl));
            let a = answers(&i, code, &d, &facts, &shown);
            let registry = a
                .iter()
                .find(|a| a.id == "marriage_in_civil_registry")
                .map(|a| a.label.clone())
                .unwrap_or_default();
            assert!(!registry.is_empty(), "{lang:?}");
            for divorce in ["ажырасу", "развод", "divorce"] {
                assert!(!registry.contains(divorce), "{lang:?}: {registry}");
            }
        }
        // Not married: the single man's question is asked.
        d.answers.insert("married".into(), false);
        assert!(screen_questions(&d, code, today).0.contains(&"single_man"));
    }

    /// The questions shown are the evaluation's (`Evaluation::asked`), and
    /// where the answers cannot be evaluated (a birth date after today) the
    /// screen asks the same rule on the answers as given: for every
    /// service, way and answer to what a follow-up question is about (yes,
    /// no, not yet), the two are one list, so no question comes or goes
    /// with the error, and the field to correct stays.
    #[test]
    fn questions_shown_are_the_evaluations() {
        let cal = kezek_rules::calendar::Calendar::builtin();
        // Saturday evening (a counter's next opening is Monday) and a
        // weekday morning.
        let days = [(2026, 12, 12, 20), (2026, 12, 15, 10)];
        let about = [
            "married",
            "divorced",
            "one_parent_not_caring",
            "child_orphan",
            "child_without_parental_care",
        ];
        for e in catalogue::catalogue() {
            if !e.in_scope_for_parents || e.has_variants() {
                continue;
            }
            let all = catalogue::questions(e.code).unwrap();
            for (k, &channel) in e.channels.iter().enumerate() {
                let (y, m, day, h) = days[k % days.len()];
                let now = chrono::NaiveDate::from_ymd_opt(y, m, day)
                    .unwrap()
                    .and_hms_opt(h, 0, 0)
                    .unwrap();
                for mask in 0..3u32.pow(about.len() as u32) {
                    let mut d = Draft {
                        child_birth_date: "2016-12-14".into(),
                        ..Draft::default()
                    };
                    let mut m = mask;
                    for q in about {
                        match m % 3 {
                            0 => {}
                            v => _ = d.answers.insert(q.into(), v == 1),
                        }
                        m /= 3;
                    }
                    // The follow-ups answered half the time.
                    if mask % 2 == 1 {
                        for q in catalogue::FOLLOW_UPS {
                            d.answers.insert((*q).into(), true);
                        }
                    }
                    let facts = service_facts(&d, now.date(), &all);
                    let req = service_request(&d, e.code, channel, now, &facts);
                    let eval = catalogue::evaluate(&req, cal);
                    let asked = eval.as_ref().unwrap().asked().to_vec();
                    assert_eq!(shown_questions(&eval, e.code, &facts), asked);
                    let unevaluated = Err(catalogue::CatalogueError::BirthInFuture {
                        field: "facts.child_birth_date".into(),
                    });
                    assert_eq!(
                        shown_questions(&unevaluated, e.code, &facts),
                        asked,
                        "{} {channel:?} {:?}",
                        e.code,
                        d.answers
                    );
                }
            }
        }
        // A birth date after today: not evaluated, its field still shown.
        let code = "00402013";
        let d = Draft {
            child_birth_date: "2026-12-18".into(),
            ..Draft::default()
        };
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 15)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let facts = service_facts(&d, now.date(), &catalogue::questions(code).unwrap());
        let eval = catalogue::evaluate(
            &service_request(&d, code, ServiceChannel::OFFICE, now, &facts),
            cal,
        );
        assert!(eval.is_err());
        assert!(shown_questions(&eval, code, &facts).contains(&"child_birth_date"));
    }

    /// The preliminary refusal notice of every amended rules' clause (e.g.
    /// order 158's meals cl. 7, rules 407 cl. 11) is sent «… Мемлекеттік
    /// қызмет көрсетуге қойылатын талаптарының 9-тармағында көрсетілген
    /// негіздер бойынша мемлекеттік қызметті көрсетуден бас тарту үшін негіз
    /// анықталған кезде»: a row-9 ground to refuse the SERVICE. The due card
    /// said «Если у услугодателя найдется основание для отказа» / "a ground
    /// to refuse", which reads as covering the refusal at hand-in too (the
    /// receipt preview's, rules 407/513 cl. 9, Annexes 7/14/16/19), for which
    /// no clause gives a notice and a hearing. It now names row 9 and the
    /// refusal of the service.
    #[test]
    fn rules_preliminary_refusal_notice_is_for_a_row9_ground_to_refuse_the_service() {
        for (lang, said) in [
            (Lang::Kk, "9-тармағындағы"),
            (Lang::Ru, "в оказании услуги по пункту 9"),
            (Lang::En, "to refuse the service under row 9"),
        ] {
            let i18n = I18n::new(lang);
            for key in [
                "ui-svc-preliminary-refusal",
                "ui-svc-earlier-preliminary-refusal",
            ] {
                let text = i18n.t(key);
                assert!(text.contains(said), "{lang:?} {key}: {text}");
            }
        }
    }

    /// A complete set on a channel whose consequence of an incomplete set
    /// the seeds do not state (order 158's services at the provider, the
    /// education organisation, the portal: e.g. 00402004, Annex 5) said
    /// «отказ из-за неполного пакета к нему не относится … приказ … называет
    /// только этот отказ» / "the refusal for an incomplete set does not
    /// apply … it names only that refusal", a refusal the order does not give
    /// there. It now says only that the set is complete and valid and that
    /// the order promises no acceptance; where a refusal is stated (the
    /// State Corporation's receipt, Annex 19) the text is unchanged.
    #[test]
    fn ann5_row8_a_complete_set_is_not_told_of_a_refusal_the_order_does_not_give_on_the_channel() {
        let none = receipt_outcome(
            ReceiptOutcome::Accepted,
            ServiceChannel::PORTAL,
            catalogue::refusal_at_hand_in_stated("00402004", ServiceChannel::PORTAL).unwrap(),
        )
        .1;
        let sc = receipt_outcome(
            ReceiptOutcome::Accepted,
            ServiceChannel::STATE_CORPORATION,
            catalogue::refusal_at_hand_in_stated("00403009", ServiceChannel::STATE_CORPORATION)
                .unwrap(),
        )
        .1;
        for (lang, refusal) in [
            (Lang::Kk, "бас тарт"),
            (Lang::Ru, "отказ"),
            (Lang::En, "refus"),
        ] {
            let i18n = I18n::new(lang);
            let text = i18n.t(none);
            assert!(
                !text.contains(refusal) && !text.contains(none),
                "{lang:?} {none}: {text}"
            );
            assert!(i18n.t(sc).contains(refusal), "{lang:?} {sc}");
        }
    }

    /// Rules 513 cl. 9 (adoption agencies, either channel): «… көрсетілетін
    /// қызметті беруші көрсетілетін қызметті алушыдан өтінішті қабылдаудан
    /// бас тартады» — the APPLICATION refused acceptance. The preview said the
    /// provider refuses to accept «толық емес топтаманы немесе … құжаттарды» /
    /// «неполного пакета или документов» / "an incomplete set or documents"
    /// (the documents, as the State Corporation's receipt does); it now says
    /// the application is refused acceptance, and why.
    #[test]
    fn rules_513_cl9_the_application_is_refused_acceptance_not_the_documents() {
        let key = receipt_outcome(
            ReceiptOutcome::ProviderRefusesToAccept,
            ServiceChannel::PORTAL,
            true,
        )
        .1;
        for (lang, said, not) in [
            (
                Lang::Kk,
                "өтінішті қабылдаудан бас тартады",
                "топтаманы немесе",
            ),
            (
                Lang::Ru,
                "откажет в приеме заявления",
                "в приеме неполного пакета",
            ),
            (
                Lang::En,
                "refuses to accept the application",
                "accept an incomplete set",
            ),
        ] {
            let text = I18n::new(lang).t(key);
            assert!(
                text.contains(said) && !text.contains(not),
                "{lang:?}: {text}"
            );
        }
    }

    /// Rules 513 cl. 9: `refusal_at_hand_in_stated` takes no sub-type and
    /// answers for 00404005's accreditation (for the extension the refusal
    /// at hand-in is Kezek's reading, `provider_refuses_extension_reading`).
    /// Checked whether a parent meets that answer without its ground: no —
    /// the receipt preview is shown only on the screens of the services in
    /// scope for parents, none of which has sub-types (the screen's request
    /// carries none), and for each of them and each channel the answer is
    /// what an incomplete set leads to there. A parent's service with
    /// sub-types would have to carry its sub-type to the text first.
    #[test]
    fn rules_513_cl9_the_screens_refusal_at_hand_in_needs_no_sub_type() {
        let on = chrono::NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
        for e in catalogue::catalogue()
            .iter()
            .filter(|e| e.in_scope_for_parents)
        {
            assert!(
                !e.has_variants(),
                "{}: a parent's service with sub-types",
                e.code
            );
            for &ch in e.channels {
                let stated = catalogue::refusal_at_hand_in_stated(e.code, ch).unwrap();
                let nothing_held = catalogue::receipt_preview(
                    e.code,
                    ch,
                    None,
                    &catalogue::FamilyFacts::default(),
                    &[],
                    on,
                )
                .unwrap();
                if nothing_held.missing.is_empty() {
                    continue; // nothing to hand in but the application (00402002)
                }
                assert_eq!(
                    stated,
                    nothing_held.outcome != ReceiptOutcome::Incomplete,
                    "{} {ch:?}: {:?}",
                    e.code,
                    nothing_held.outcome
                );
            }
        }
    }

    /// Rules 513 cl. 9 refuses to accept the application with an incomplete
    /// set or an expired document; it stands among the accreditation's
    /// clauses, and the extension's (cl. 19, 24) name no refusal at
    /// acceptance. The extension was told the refusal as the order's own
    /// words (`provider_refuses_to_accept`); it is now said as Kezek's
    /// reading, naming cl. 9, 19 and 24, with the safe advice.
    #[test]
    fn rules_513_cl9_the_extensions_refusal_is_said_as_kezeks_reading() {
        let (code, key) = receipt_outcome(
            ReceiptOutcome::ProviderRefusesExtensionReading,
            ServiceChannel::OFFICE,
            true,
        );
        assert_eq!(code, "provider_refuses_extension_reading");
        for (lang, reading, refusal, clauses) in [
            (
                Lang::Kk,
                "Kezek түсіндірмесі",
                "өтінішті қабылдаудан бас тартады",
                ["9-тармағ", "19", "24"],
            ),
            (
                Lang::Ru,
                "Толкование Kezek",
                "отказывает в приеме заявления",
                ["пункт 9", "19", "24"],
            ),
            (
                Lang::En,
                "Kezek's reading",
                "refuses to accept the application",
                ["clause 9", "19", "24"],
            ),
        ] {
            let text = I18n::new(lang).t(key);
            assert!(
                text.contains(reading)
                    && text.contains(refusal)
                    && clauses.iter().all(|c| text.contains(c)),
                "{lang:?}: {text}"
            );
        }
    }

    /// Annexes 7, 14, 16, 19 refuse acceptance «құжаттар топтамасының толық
    /// болмауына байланысты» and list «Жоқ құжаттардың атауы»: no expired
    /// document. A set whose only gap was an expired document said, at the
    /// State Corporation, «Госкорпорация откажет в приеме неполного пакета»
    /// as the order's own words, and elsewhere «Пакет документов неполный»;
    /// now the State Corporation's refusal is said as Kezek's reading, and
    /// on the channels whose consequence the seeds do not state the
    /// documents are said to be no longer valid, the set not called
    /// incomplete.
    #[test]
    fn ann7_receipt_names_only_an_incomplete_set_an_expired_documents_refusal_is_a_reading() {
        let (code, key) = receipt_outcome(
            ReceiptOutcome::StateCorporationRefusesExpiredReading,
            ServiceChannel::STATE_CORPORATION,
            true,
        );
        assert_eq!(code, "state_corporation_refuses_expired_reading");
        let portal =
            receipt_outcome(ReceiptOutcome::NoLongerValid, ServiceChannel::PORTAL, false).1;
        let office =
            receipt_outcome(ReceiptOutcome::NoLongerValid, ServiceChannel::OFFICE, false).1;
        for (lang, reading, incomplete) in [
            (Lang::Kk, "Kezek түсіндірмесі", "толық емес"),
            (Lang::Ru, "Толкование Kezek", "неполный"),
            (Lang::En, "Kezek's reading", "incomplete"),
        ] {
            let i18n = I18n::new(lang);
            let text = i18n.t(key);
            assert!(text.contains(reading), "{lang:?} {key}: {text}");
            for k in [portal, office] {
                let text = i18n.t(k);
                assert!(
                    !text.contains(incomplete) && !text.contains(k),
                    "{lang:?} {k}: {text}"
                );
            }
        }
        assert_ne!(portal, office, "on the portal nothing is brought");
    }

    /// The State Corporation's receipt (Annexes 7, 14, 16, 19 of order
    /// No. 414, Law on public services art. 20 p. 2) refuses to accept «Сіз
    /// ұсынған құжаттар топтамасының толық болмауына байланысты»; nothing
    /// in the order says a complete set must be accepted. The preview of a
    /// complete set said «его должны принять» / «ол қабылдануы тиіс» /
    /// "it should be accepted"; it now says the refusal for an incomplete
    /// set does not apply, and that the order promises no acceptance.
    #[test]
    fn ann19_receipt_a_complete_set_is_not_promised_acceptance() {
        for (lang, promise, ground) in [
            (
                Lang::Kk,
                "қабылдануы тиіс",
                "толық болмауына байланысты бас тарту",
            ),
            (Lang::Ru, "должны принять", "отказ из-за неполного пакета"),
            (
                Lang::En,
                "should be accepted",
                "refusal for an incomplete set",
            ),
        ] {
            let text = I18n::new(lang).t("ui-svc-receipt-accepted");
            assert!(!text.contains(promise), "{lang:?}: {text}");
            assert!(text.contains(ground), "{lang:?}: {text}");
        }
    }

    /// Annex 20 row 8 item 4 asks for the proof that one parent does not
    /// care as «құжаттардың электрондық көшірмесі», and row 2 takes the
    /// application only «көрсетілетін қызметті берушінің кеңсесі арқылы».
    /// The screen said «Копия»; it now gives the annex's words, without
    /// sending the parent to a portal the service is not on, and says to
    /// ask the provider in what form.
    #[test]
    fn ann20_row8_item4_electronic_copy_in_the_annexs_words_at_the_office() {
        let f: catalogue::FamilyFacts =
            serde_json::from_value(serde_json::json!({"one_parent_not_caring": true})).unwrap();
        let lines = catalogue::checklist("00402013", ServiceChannel::OFFICE, None, &f).unwrap();
        let proof = lines
            .iter()
            .find(|l| l.id == "parent_not_caring_proof")
            .unwrap();
        let key = supply_key(proof.supply, ServiceChannel::OFFICE);
        for (lang, portal) in [
            (Lang::Kk, "портал"),
            (Lang::Ru, "портал"),
            (Lang::En, "portal"),
        ] {
            let text = I18n::new(lang).t(key);
            assert!(text.contains("электрондық көшірмесі"), "{lang:?}: {text}");
            assert!(
                !text.contains(&format!("{portal}ға жүкт")),
                "{lang:?}: {text}"
            );
            assert!(!text.contains(&format!("на {portal}")), "{lang:?}: {text}");
            assert!(
                !text.contains(&format!("on the {portal}")),
                "{lang:?}: {text}"
            );
        }
        // On the portal the electronic copy is still uploaded there.
        assert_eq!(
            supply_key(Supply::ElectronicCopy, ServiceChannel::PORTAL),
            "ui-supply-electronic"
        );
    }

    /// Annex 6 row 8 item 5 (43ef10f): where the service asks no divorce
    /// (guardianship, 00402003) the registry question is asked of a married
    /// applicant only, «Ваш брак зарегистрирован в ЗАГС Казахстана?»
    /// (`catalogue::question_key_at`). The screen built the line "whether it
    /// applies depends on: …", the provider's checks and the other
    /// children's box from `question_key` by hand, so a line naming the
    /// registry question read the old «Ваш нынешний брак (если сейчас вы не
    /// в браке — прекращенный брак или развод) …». Every question text of the
    /// screen now comes from [`question_text`].
    #[test]
    fn ann6_row8_item5_every_question_the_screen_names_is_the_services_own() {
        let risk = Risk {
            code: "ward-under-14",
            citation: kezek_rules::Citation::clause(22),
            note: None,
            depends_on: vec!["child_birth_date", "marriage_in_civil_registry"],
            apply_from: None,
        };
        for lang in Lang::ALL {
            let ftl = kezek_rules::messages::catalogue_ftl(lang.code()).unwrap();
            let i = I18n::with_catalogue(lang, Some(ftl));
            let married = i.t(catalogue::MARRIAGE_REGISTRY_MARRIED_KEY);
            let old = i.t("q-marriage-in-civil-registry");
            let line = risk_depends_on_text(&i, "00402003", &risk);
            assert!(line.contains(&married), "{lang:?}: {line}");
            assert!(!line.contains(&old), "{lang:?}: {line}");
            // Where the service asks a divorce too, the question as it asks it.
            let line = risk_depends_on_text(&i, "00403008", &risk);
            assert!(line.contains(&old), "{lang:?}: {line}");
        }
    }

    /// Walkthrough 28 (m8): on the minors' property certificate (00402004)
    /// the answer "No" to "does the application also concern other
    /// children?" was labelled "Other children … (their dates of birth)" in
    /// the answers and in the list of questions still open, which read as
    /// if the dates were "No". Both are labelled with the question asked.
    #[test]
    fn the_other_children_answer_is_labelled_with_the_question_asked() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 3).unwrap();
        let d = Draft {
            other_children: Some(Vec::new()),
            ..Draft::default()
        };
        let questions = catalogue::questions("00402004").unwrap_or_default();
        assert!(questions.contains(&OTHER_CHILDREN));
        for lang in Lang::ALL {
            let ftl = kezek_rules::messages::catalogue_ftl(lang.code()).unwrap();
            let i = I18n::with_catalogue(lang, Some(ftl));
            let asked = i.t(catalogue::question_key(OTHER_CHILDREN).unwrap());
            assert!(
                asked.ends_with('?'),
                "{lang:?}: asked as a question: {asked}"
            );
            assert_eq!(
                other_children_legend(&i, "00402004"),
                asked,
                "{lang:?}: the box's own question"
            );
            let (shown, facts) = screen_questions(&d, "00402004", today);
            let a = answers(&i, "00402004", &d, &facts, &shown);
            let a = a.iter().find(|a| a.id == OTHER_CHILDREN).expect("answered");
            assert_eq!(a.value, i.t("ui-answer-no"), "{lang:?}");
            assert_eq!(a.label, asked, "{lang:?}");
        }
    }

    /// Row 2 of Annexes 15, 17 and 18 names the way «білім беру ұйымы» /
    /// «білім беру ұйымдары» (the register, seed 002 rows 204–206: «білім
    /// беру ұйымдары»); neither says «мектеп». The channel's label read
    /// «Білім беру ұйымында (мектепте)», «В организации образования
    /// (школе)», "… (the school)", and the confirmation sent the parent
    /// «мектепке (білім беру ұйымына)», «в школу (организацию образования)»:
    /// the annexes' words, with no school of Kezek's own.
    #[test]
    fn ann15_ann17_ann18_row2_the_education_organisation_in_the_annexes_words() {
        let codes = ["00403007", "00403008", "00403009"];
        for code in codes {
            let e = catalogue::entry(code).unwrap();
            assert!(e.channels.contains(&ServiceChannel::EducationOrganisation));
        }
        let e = catalogue::entry(codes[0]).unwrap();
        for (lang, label, place) in [
            (Lang::Kk, "Білім беру ұйымында", "білім беру ұйымына"),
            (
                Lang::Ru,
                "В организации образования",
                "в организацию образования",
            ),
            (
                Lang::En,
                "At the education organisation",
                "the education organisation",
            ),
        ] {
            let i = I18n::new(lang);
            let key = channel_label_key(ServiceChannel::EducationOrganisation);
            assert_eq!(key, "ui-svc-channel-education-organisation");
            assert_eq!(i.t(&key), label, "{lang:?}");
            assert_eq!(
                done_place(&i, e, ServiceChannel::EducationOrganisation, false),
                place,
                "{lang:?}"
            );
        }
    }

    /// Row 7 item 2 of Annexes 6, 13, 15, 18: the State Corporation receives
    /// at the applicant's registered place (Annexes 6 and 15: or the
    /// child's), not at any branch.
    #[test]
    fn ann6_ann13_ann15_ann18_row7_item2_the_app_names_the_registered_place() {
        let mut seen = 0;
        for e in catalogue::catalogue() {
            let Some(r) = e.state_corporation_reception else {
                continue;
            };
            seen += 1;
            for lang in Lang::ALL {
                let i = I18n::new(lang);
                let place = done_place(&i, e, ServiceChannel::STATE_CORPORATION, false);
                let lower = place.to_lowercase();
                for any in ["any", "любое", "кез келген"] {
                    assert!(!lower.contains(any), "{} {lang:?}: {place}", e.code);
                }
                let (registered, child) = match lang {
                    Lang::Kk => ("тіркелген", "баланың"),
                    Lang::Ru => ("регистрации", "ребенка"),
                    Lang::En => ("registered", "child"),
                };
                assert!(lower.contains(registered), "{} {lang:?}: {place}", e.code);
                assert_eq!(
                    lower.contains(child),
                    r.place == StateCorporationPlace::ApplicantOrChild,
                    "{} {lang:?}: {place}",
                    e.code
                );
            }
        }
        assert_eq!(seen, 4);
    }

    /// Row 2 of Annex 6 (item 1) and of Annexes 13, 15 and 18 (item 2):
    /// «Өтінішті қабылдау және мемлекеттік қызмет көрсетудің нәтижесін беру:
    /// … Мемлекеттік корпорация …»; Annex 6's rules cl. 11: the result
    /// «… "жеке кабинетіне" не Мемлекеттік корпорацияға жіберіледі». The walk
    /// of 00402003 through the State Corporation (dump 37d) said when the
    /// result is due and nowhere where it is issued: the State Corporation.
    #[test]
    fn ann6_row2_item1_rules_cl11_the_state_corporation_issues_the_result() {
        let cases = [
            ("00402003", 6, 1, Some(catalogue::rules_clause(3, 11))),
            ("00402010", 13, 2, None),
            ("00403007", 15, 2, None),
            ("00403009", 18, 2, None),
        ];
        for (code, annex, item, rule) in cases {
            let e = catalogue::entry(code).unwrap();
            for lang in Lang::ALL {
                let i = I18n::new(lang);
                let (text, cited) = result_place(&i, e, ServiceChannel::STATE_CORPORATION)
                    .unwrap_or_else(|| panic!("{code} {lang:?}: no line on the result"));
                let sc = match lang {
                    Lang::Kk => "Мемлекеттік корпорация",
                    Lang::Ru => "Госкорпорац",
                    Lang::En => "State Corporation",
                };
                assert!(text.contains(sc), "{code} {lang:?}: {text}");
                assert_eq!(cited[0], catalogue::cite(annex, 2, Some(item)), "{code}");
                assert_eq!(cited.get(1).copied(), rule, "{code}");
                for other in e
                    .channels
                    .iter()
                    .filter(|c| **c != ServiceChannel::STATE_CORPORATION)
                {
                    assert!(result_place(&i, e, *other).is_none(), "{code} {other:?}");
                }
            }
        }
    }

    /// The due date of `code` through `channel` at `at` (the rules' count).
    fn due(code: &str, channel: ServiceChannel, at: &str) -> catalogue::Due {
        let at = NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M").unwrap();
        let cal = kezek_rules::calendar::Calendar::builtin();
        catalogue::result_due(code, channel, None, at, cal).unwrap()
    }

    /// Row 3 (term) and row 7 (schedule) of Annexes 4, 6, 13 and 17: where
    /// the due date rests on a reading and the rules give the other
    /// reading's earlier dates, the screen says them as days, worded after
    /// the note (audit27 F2-F4), and says nothing where there is none.
    #[test]
    fn ann6_ann13_ann4_row3_row7_the_other_readings_earlier_dates_are_said_as_days() {
        let portal = ServiceChannel::PORTAL;
        let sc = ServiceChannel::STATE_CORPORATION;
        // (service, channel, submitted, note, earlier result, earlier notice,
        // words of the note's reading in kk, ru, en)
        let cases = [
            // Annex 6 row 3 «тапсырған сәттен бастап», Monday 07.12.2026.
            (
                "00402003",
                portal,
                "2026-12-07T10:00",
                catalogue::NOTE_TERM_FIRST_DAY_READING,
                ("05.01.2027", "18:30"),
                Some("29.12.2026"),
                [
                    "мерзімнің бірінші күні",
                    "первым днем срока",
                    "first day of the term",
                ],
            ),
            // Annex 17 before opening on the portal, Monday 30.11.2026 03:00.
            (
                "00403008",
                portal,
                "2026-11-30T03:00",
                catalogue::NOTE_PORTAL_BEFORE_OPENING_FIRST_DAY,
                ("04.12.2026", "18:30"),
                Some("01.12.2026"),
                [
                    "мерзімнің бірінші күні",
                    "первым днем срока",
                    "first day of the term",
                ],
            ),
            // Annex 13 at the State Corporation on Monday 04.01.2027, a day
            // off moved from a holiday.
            (
                "00402010",
                sc,
                "2027-01-04T10:00",
                catalogue::NOTE_STATE_CORPORATION_MOVED_DAY_OFF,
                ("12.01.2027", "18:30"),
                Some("06.01.2027"),
                ["сол күні қабылдаса", "в этот день", "that day"],
            ),
            // Annex 4's 30 minutes on the portal at 18:20, Tuesday 15.12.2026.
            (
                "00402002",
                portal,
                "2026-12-15T18:20",
                catalogue::NOTE_MINUTES_PAUSED_AT_CLOSING,
                ("15.12.2026", "18:50"),
                None,
                ["үзіліссіз", "без перерыва", "straight on"],
            ),
        ];
        for (code, channel, at, note, (date, time), notice, words) in cases {
            let d = due(code, channel, at);
            assert_eq!(d.note.as_ref().map(|n| n.key), Some(note), "{code} {at}");
            for (lang, word) in Lang::ALL.into_iter().zip(words) {
                let i = I18n::new(lang);
                let (result, by) = earlier_due_texts(&i, &d)
                    .unwrap_or_else(|| panic!("{code} {at} {lang:?}: no earlier date"));
                assert!(result.contains(date), "{code} {lang:?}: {result}");
                let at_time = match lang {
                    Lang::Kk => format!("сағат {time}-"),
                    _ => format!("{date} {time}"),
                };
                assert!(result.contains(&at_time), "{code} {lang:?}: {result}");
                assert!(result.contains(word), "{code} {lang:?}: {result}");
                // The reading is the condition, never asserted.
                let condition = match lang {
                    Lang::Kk => "есептелсе",
                    Lang::Ru => "Если",
                    Lang::En => "If",
                };
                assert!(result.contains(condition), "{code} {lang:?}: {result}");
                assert_eq!(by.is_some(), notice.is_some(), "{code} {lang:?}");
                if let (Some(by), Some(day)) = (by, notice) {
                    assert!(by.contains(day), "{code} {lang:?}: {by}");
                }
            }
        }
        // A Saturday at the State Corporation (the later date may come),
        // the moved day off before a Saturday (no earlier date), Annex 4's
        // 30 minutes in the morning (no reading): nothing to say.
        for (code, channel, at) in [
            ("00402010", sc, "2026-11-28T10:00"),
            ("00402010", sc, "2025-01-03T10:00"),
            ("00402002", portal, "2026-12-15T10:00"),
        ] {
            let d = due(code, channel, at);
            for lang in Lang::ALL {
                assert_eq!(earlier_due_texts(&I18n::new(lang), &d), None, "{code} {at}");
            }
        }
    }

    /// A due date that rests on a reading (the State Corporation on a moved
    /// day off, the portal's 30 minutes at closing) is said with its note and
    /// the other reading's earlier dates on the prepared box as on the due
    /// card (review45: the box gave the date alone, as if flat).
    #[test]
    fn row4_the_prepared_box_says_the_due_dates_reading_as_the_due_card_does() {
        let sc = ServiceChannel::STATE_CORPORATION;
        let portal = ServiceChannel::PORTAL;
        for (code, channel, at) in [
            ("00402010", sc, "2027-01-04T10:00"),
            ("00402002", portal, "2026-12-15T18:20"),
        ] {
            let d = due(code, channel, at);
            let note = d.note.as_ref().expect("a reading note").key;
            for lang in Lang::ALL {
                let i = I18n::new(lang);
                let lines = done_due_texts(&i, &d);
                assert_eq!(lines[0], due_text(&i, &d), "{code} {lang:?}");
                assert!(
                    lines.contains(&i.t(note)),
                    "{code} {lang:?}: no note in {lines:?}"
                );
                let (result, notice) = earlier_due_texts(&i, &d).expect("an earlier date");
                assert!(lines.contains(&result), "{code} {lang:?}: {lines:?}");
                if let Some(notice) = notice {
                    assert!(lines.contains(&notice), "{code} {lang:?}: {lines:?}");
                }
            }
        }
        // A date on no reading: the due text alone.
        let d = due("00402002", portal, "2026-12-15T10:00");
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            assert_eq!(done_due_texts(&i, &d), vec![due_text(&i, &d)], "{lang:?}");
        }
    }

    /// Annex 20's rules cl. 6 («… кәмелетке толмаған адаммен (балалармен)
    /// әңгімелесу өткізгеннен кейін 4 (төрт) жұмыс күні ішінде …»): the
    /// card "When the result is due" of 00402013 says the conversation with
    /// the child and its 4 working days, and Kezek's reading under it, in
    /// each language; no other service's card says a step.
    #[test]
    fn ann20_rules_cl6_the_due_card_says_the_conversation_and_its_reading() {
        let d = due("00402013", ServiceChannel::OFFICE, "2026-12-15T10:00");
        for (lang, code, (four, reading)) in [
            (
                Lang::Kk,
                "kk",
                ("4 (төрт) жұмыс күні", "Kezek түсіндірмесі"),
            ),
            (
                Lang::Ru,
                "ru",
                ("4 (четырех) рабочих дней", "Толкование Kezek"),
            ),
            (Lang::En, "en", ("4 (four) working days", "Kezek's reading")),
        ] {
            let i = I18n::with_catalogue(lang, kezek_rules::messages::catalogue_ftl(code));
            let texts = step_texts(&i, &d);
            assert_eq!(texts.len(), 1, "{lang:?}: {texts:?}");
            let (step, note) = &texts[0];
            assert!(step.contains(four), "{lang:?}: {step}");
            let note = note.as_deref().unwrap_or_default();
            assert!(note.starts_with(reading), "{lang:?}: {note}");
        }
        for code in ["00402010", "00403008", "00402004"] {
            let channel = catalogue::entry(code).unwrap().channels[0];
            let d = due(code, channel, "2026-12-15T10:00");
            assert!(step_texts(&I18n::new(Lang::Kk), &d).is_empty(), "{code}");
        }
    }

    /// A note the screen does not know by name still gets its earlier date,
    /// said as the note's other reading, not as one of the known readings.
    #[test]
    fn an_unknown_notes_earlier_date_is_the_other_reading_of_the_note() {
        let mut d = due("00402003", ServiceChannel::PORTAL, "2026-12-07T10:00");
        if let Some(n) = d.note.as_mut() {
            n.key = "note-state-corporation-saturday";
        }
        assert_eq!(earlier_due_key(d.note.as_ref()), "ui-svc-earlier-due-other");
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            let (result, _) = earlier_due_texts(&i, &d).unwrap();
            assert_eq!(
                result,
                i.t_args(
                    "ui-svc-earlier-due-other",
                    &[("date", "05.01.2027".into()), ("time", "18:30".into())]
                ),
                "{lang:?}"
            );
        }
    }

    /// The confirmation at the provider's office named the provider in
    /// parentheses, and the register's name of the camps' provider
    /// (00403009) has its own: «обратитесь к услугодателю (Управления …,
    /// организации образования (пункт 3 Правил и реестр называют также
    /// управления образования областей)) с документами ниже» (walk of
    /// 05.12.2026). The provider is now named in a sentence of its own: no
    /// parenthesis opens inside another, for any service or channel.
    #[test]
    fn the_office_lead_nests_no_parenthesis_in_another() {
        let mut seen = 0;
        for e in catalogue::catalogue() {
            for channel in e.channels.iter().copied() {
                if channel == ServiceChannel::PORTAL {
                    continue;
                }
                for lang in Lang::ALL {
                    let i = I18n::with_catalogue(
                        lang,
                        kezek_rules::messages::catalogue_ftl(lang.code()),
                    );
                    let lead = office_lead(&i, e, channel, false);
                    let mut depth = 0i32;
                    for c in lead.chars() {
                        match c {
                            '(' => depth += 1,
                            ')' => depth -= 1,
                            _ => {}
                        }
                        // "3)" of a numbered sub-clause closes nothing.
                        depth = depth.max(0);
                        assert!(depth <= 1, "{} {channel:?} {lang:?}: {lead}", e.code);
                    }
                    seen += 1;
                }
            }
        }
        assert!(seen > 30, "{seen}");
        let camps = catalogue::entry("00403009").unwrap();
        let i = I18n::with_catalogue(Lang::Ru, kezek_rules::messages::catalogue_ftl("ru"));
        let lead = office_lead(&i, camps, ServiceChannel::OFFICE, false);
        assert!(lead.contains(&i.t(camps.provider_key)), "{lead}");
    }

    /// Annex 15 row 7 item 2: the child's registered place is offered for
    /// «… тасымалдауды қажет ететін кәмелетке толмаған баланы»; for a pupil
    /// of full age (eligible with a caution) only the applicant's is named.
    #[test]
    fn ann15_row7_item2_a_pupil_of_full_age_is_sent_to_the_applicants_place() {
        let e = catalogue::entry("00403007").unwrap();
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            let minor = done_place(&i, e, ServiceChannel::STATE_CORPORATION, false);
            let adult = done_place(&i, e, ServiceChannel::STATE_CORPORATION, true);
            assert_ne!(minor, adult, "{lang:?}");
            assert_eq!(
                adult,
                i.t("ui-svc-done-place-state-corporation-applicant"),
                "{lang:?}"
            );
        }
    }

    /// The walk of 05.12.2026 (p3): a draft answering the service `code`
    /// with `answers` (the child born 10.03.2019), its documents held or not,
    /// evaluated on `channel` on Monday 07.12.2026 at 10:00.
    fn walk_evaluation(
        code: &str,
        channel: ServiceChannel,
        answers: &[(&str, bool)],
        held: bool,
    ) -> (Draft, catalogue::Evaluation) {
        let mut d = Draft {
            child_birth_date: "2019-03-10".into(),
            ..Draft::default()
        };
        for (q, v) in answers {
            // A fact shared with step 4 is kept there, as the screen's answer is.
            if let Some(g) = kezek_rules::order254::catalogue_facts::shared_ground(q) {
                d.family.set(g, *v);
            }
            d.answers.insert((*q).into(), *v);
        }
        let now = chrono::NaiveDate::from_ymd_opt(2026, 12, 7)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let all = catalogue::questions(code).unwrap();
        // Every question the screen asks answered "no" unless said.
        for q in &all {
            if *q != "child_birth_date" && *q != OTHER_CHILDREN {
                d.answers.entry((*q).into()).or_insert(false);
            }
        }
        if held {
            let facts = service_facts(&d, now.date(), &all);
            let req = service_request(&d, code, channel, now, &facts);
            let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
            for l in &ev.checklist {
                d.catalogue_documents.insert(
                    l.id.into(),
                    HeldUntil {
                        held: true,
                        ..HeldUntil::default()
                    },
                );
            }
        }
        let facts = service_facts(&d, now.date(), &all);
        let req = service_request(&d, code, channel, now, &facts);
        let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
        (d, ev)
    }

    /// (service, channel, answers, the ground met).
    type WalkRefusal = (
        &'static str,
        ServiceChannel,
        Vec<(&'static str, bool)>,
        &'static str,
    );

    /// The refusing answers of the walk (p3-*-prepared-all): guardianship
    /// (Annex 6 row 9 sub. 10, a single man who did not raise the child for
    /// three years), adoption (Annex 3 row 9 sub. 10, an unexpunged
    /// conviction), foster family (Annex 11 row 9 sub. 11, income below the
    /// subsistence minimum).
    fn walk_refusals() -> Vec<WalkRefusal> {
        vec![
            (
                "00402003",
                ServiceChannel::STATE_CORPORATION,
                vec![
                    ("child_orphan", true),
                    ("child_birth_in_civil_registry", true),
                    ("applicant_owns_housing", true),
                    ("permanent_residence", true),
                    ("citizenship", true),
                    ("single_man", true),
                    ("income_covers_subsistence_minimum", true),
                    ("applicant_has_training", true),
                ],
                "single-man",
            ),
            (
                "00404004",
                ServiceChannel::PORTAL,
                vec![
                    ("kazakhstan_citizen_resident", true),
                    ("permanent_residence", true),
                    ("unexpunged_intentional_conviction", true),
                    ("income_covers_subsistence_minimum", true),
                    ("applicant_has_training", true),
                ],
                "conviction",
            ),
            (
                "00404007",
                ServiceChannel::OFFICE,
                vec![
                    ("child_orphan", true),
                    ("permanent_residence", true),
                    ("citizenship", true),
                    ("applicant_has_training", true),
                ],
                "income-below-subsistence",
            ),
        ]
    }

    /// The walk's refusing answers (guardianship, Annex 6 row 9 sub. 10;
    /// adoption, Annex 3 row 9 sub. 10; a foster family, Annex 11 row 9
    /// sub. 11): the refusal is certain («…бас тартылады», the due card
    /// gives no date), and the "Prepare the application" button under the
    /// warning stayed as for any application. The law does not forbid
    /// applying, and a parent may know an answer above is not so, or no
    /// longer so: the button stays, but it says the application would be
    /// refused, in its text and in what describes it (the warning) — never
    /// "prepare" alone. Without a certain refusal it says "prepare".
    #[test]
    fn annex6_9_10_the_prepare_button_says_a_certain_refusal() {
        for (code, channel, answers, _) in walk_refusals() {
            let (_, ev) = walk_evaluation(code, channel, &answers, true);
            for lang in Lang::ALL {
                let i =
                    I18n::with_catalogue(lang, kezek_rules::messages::catalogue_ftl(lang.code()));
                let refused = due_refused_text(&i, &ev).is_some();
                assert!(refused, "{code}: not certain");
                let b = prepare_button(true, false, false, refused);
                let text = i.t(b.label);
                let says = match lang {
                    Lang::Kk => "бас тарт",
                    Lang::Ru => "откаж",
                    Lang::En => "refused",
                };
                assert!(
                    text.contains(says),
                    "{code} {lang:?}: the button says «{text}»"
                );
                assert_ne!(text, i.t("ui-svc-prepare"), "{code} {lang:?}");
                assert_eq!(
                    b.described_by.as_deref(),
                    Some("svc-prepare-refused"),
                    "{code}"
                );
                // Not yet consented: why it is disabled, and the refusal.
                let b = prepare_button(false, false, false, refused);
                assert_eq!(
                    b.described_by.as_deref(),
                    Some("svc-prepare-refused svc-prepare-why"),
                    "{code}"
                );
            }
        }
        let b = prepare_button(true, false, false, false);
        assert_eq!(b.label, "ui-svc-prepare");
        assert_eq!(b.described_by, None);
        assert_eq!(
            prepare_button(true, false, true, false)
                .described_by
                .as_deref(),
            Some("svc-prepare-name")
        );
    }

    /// review45: the hearing's earlier day (67586f44) is said «Under the
    /// other reading in Kezek's note above» / «Жоғарыдағы Kezek
    /// түсіндірмесінде айтылған басқа есеп бойынша» / «При другом прочтении,
    /// описанном в толковании Kezek выше». The note it points to is the due
    /// card's (`ev.due.note`), which stands BELOW the risks card that holds
    /// the hearing (#svc-risks-hearing), and is not shown at all where the
    /// refusal is certain (`due_refused_text`: the due card gives neither the
    /// date nor its note, 11cccbce) — the walk's single man (00402003,
    /// row 9) is that case. On the prepared screen (#svc-done-hearing) the
    /// due line has no note either. The parent is sent to a note that is
    /// not on the screen: where the due card shows no note, the hearing's
    /// line must not point to one.
    #[test]
    fn rules_cl11_the_hearing_line_points_to_no_note_the_screen_does_not_show() {
        let (code, channel, answers, _) = walk_refusals().remove(0);
        let (_, ev) = walk_evaluation(code, channel, &answers, true);
        let h = ev.hearing().expect("a hearing");
        let earlier = h.earlier_notice_by.expect("an earlier notice day");
        for lang in Lang::ALL {
            let i = I18n::with_catalogue(lang, kezek_rules::messages::catalogue_ftl(lang.code()));
            // The due card of a certain refusal: no date, no note.
            assert!(due_refused_text(&i, &ev).is_some(), "{code}: not certain");
            // The pointer as it was written (ui-svc-refusal-hearing-earlier).
            let pointer = match lang {
                Lang::Kk => "Жоғарыдағы Kezek түсіндірмесінде",
                Lang::Ru => "описанном в толковании Kezek выше",
                Lang::En => "Kezek's note above",
            };
            let hearing = hearing_text(&i, &h);
            assert!(
                !hearing.contains(pointer),
                "{lang:?}: the due card shows no note, the hearing says: {hearing}"
            );
            // The earlier day is still said, with its reading.
            assert!(hearing.contains(&i.date(earlier)), "{lang:?}: {hearing}");
        }
    }

    /// The amended rules' clause on the preliminary refusal (order 158's
    /// guardianship rules cl. 11: the notice «… мерзімі аяқталғанға дейін 3
    /// (үш) жұмыс күнінен кешіктірмей»). Where the term's end rests on a
    /// reading, the due line says the earlier notice day under the other
    /// reading (`ui-svc-earlier-preliminary-refusal`); the hearing's line
    /// gave only the later day. It now says the earlier one too, as that
    /// reading (lawyer44).
    #[test]
    fn rules_cl11_the_hearing_line_says_the_earlier_notice_day_as_a_reading() {
        let (code, channel, answers, _) = walk_refusals().remove(0);
        let (_, ev) = walk_evaluation(code, channel, &answers, true);
        let h = ev.hearing().expect("a hearing");
        let earlier = h.earlier_notice_by.expect("an earlier notice day");
        for lang in Lang::ALL {
            let i = I18n::with_catalogue(lang, kezek_rules::messages::catalogue_ftl(lang.code()));
            let hearing = hearing_text(&i, &h);
            assert!(
                hearing.contains(&i.date(h.notice_by)),
                "{lang:?}: {hearing}"
            );
            assert!(hearing.contains(&i.date(earlier)), "{lang:?}: {hearing}");
            assert!(hearing.contains("Kezek"), "{lang:?}: {hearing}");
        }
    }

    /// The walk of 05.12.2026 (p3-00402003-prepared-clip): with answers
    /// that meet a row-9 ground (Annex 6 row 9 sub. 10, Annex 3 row 9 sub.
    /// 10, Annex 11 row 9 sub. 11) the prepared screen still said «Жауаптарыңыз
    /// дайын … Өтініш беру үшін … барыңыз» in the plain green box, and offered
    /// «Келесі қадам», the next service, as if this one were granted. From
    /// the rules' verdict (`Eligibility::foretold`) the box now says the
    /// refusal, names its grounds with their clauses and the hearing the
    /// rules give before it, and the next service is not offered.
    #[test]
    fn ann6_ann3_ann11_row9_a_refused_applicant_is_told_the_refusal_not_ready() {
        for (code, channel, answers, ground) in walk_refusals() {
            let (_, ev) = walk_evaluation(code, channel, &answers, true);
            let refusal = Refusal::of(&ev.eligibility);
            assert_eq!(refusal, Refusal::Foretold, "{code}: {:?}", ev.eligibility);
            assert_eq!(refusal.title_key(), "ui-done-title-refusal", "{code}");
            // The verdict's lead above says the same as the box's title.
            assert_eq!(
                eligibility_lead(ev.eligibility.eligible, true, refusal),
                "ui-svc-refused",
                "{code}"
            );
            assert!(
                !refusal.offers_next(),
                "{code}: the next service is offered"
            );
            for lang in Lang::ALL {
                let i =
                    I18n::with_catalogue(lang, kezek_rules::messages::catalogue_ftl(lang.code()));
                let title = i.t(refusal.title_key());
                let lead = i.t("ui-svc-refused");
                for may in ["мүмкін", "может", "may", "ui-svc"] {
                    assert!(!lead.contains(may), "{code} {lang:?}: {lead}");
                }
                for ready in ["дайын", "готовы", "ready"] {
                    assert!(!title.contains(ready), "{code} {lang:?}: {title}");
                }
                let reasons = refusal_reasons(&i, &ev.eligibility);
                let (said, text) = reasons
                    .iter()
                    .find(|(c, _)| *c == ground)
                    .unwrap_or_else(|| panic!("{code} {lang:?}: {reasons:?}"));
                assert_eq!(*said, ground);
                // The ground's clause is said with it, not only behind "Why?".
                let r = ev
                    .eligibility
                    .reasons
                    .iter()
                    .find(|r| r.code == ground)
                    .unwrap();
                assert!(
                    text.contains(&i.citation(&r.citation)),
                    "{code} {lang:?}: {text}"
                );
                // The hearing the rules give before the refusal, with its day.
                let h = ev.hearing().unwrap_or_else(|| panic!("{code}: no hearing"));
                let hearing = hearing_text(&i, &h);
                assert!(
                    hearing.contains(&i.date(h.notice_by)),
                    "{code} {lang:?}: {hearing}"
                );
            }
        }
        // Eligible: "ready", and the next service is offered.
        let (_, ev) = walk_evaluation(
            "00402003",
            ServiceChannel::STATE_CORPORATION,
            &[
                ("child_orphan", true),
                ("child_birth_in_civil_registry", true),
                ("permanent_residence", true),
                ("citizenship", true),
                ("income_covers_subsistence_minimum", true),
                ("applicant_has_training", true),
            ],
            true,
        );
        assert!(ev.eligibility.eligible, "{:?}", ev.eligibility);
        let refusal = Refusal::of(&ev.eligibility);
        assert_eq!(refusal.title_key(), "ui-done-title");
        assert!(refusal.offers_next());
    }

    /// A parent who prepares the application before answering every
    /// question (the prepared box can be opened then: the rules' verdict
    /// `pending`) read the box's title «Жауаптарыңыз дайын» / «Ваши ответы
    /// готовы» / "Your answers are ready" above a verdict that waits for
    /// those answers. The title now says the answers are not complete
    /// while questions are left, in kk, ru and en; once all are answered,
    /// "ready" as before.
    #[test]
    fn row9_the_prepared_box_waiting_for_answers_is_not_called_ready() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let now = today.and_hms_opt(10, 0, 0).unwrap();
        for code in ["00404004", "00402004"] {
            let (_, facts) = screen_questions(&Draft::default(), code, today);
            let channel = catalogue::entry(code).unwrap().channels[0];
            let req = service_request(&Draft::default(), code, channel, now, &facts);
            let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
            assert!(!ev.eligibility.pending.is_empty(), "{code}");
            assert_eq!(Refusal::of(&ev.eligibility), Refusal::None, "{code}");
            let key = done_title_key(&ev.eligibility);
            for lang in Lang::ALL {
                let title = I18n::new(lang).t(key);
                for ready in ["дайын", "готовы", "ready"] {
                    assert!(!title.contains(ready), "{code} {lang:?}: {title}");
                }
            }
        }
        let (_, ev) = walk_evaluation(
            "00402003",
            ServiceChannel::STATE_CORPORATION,
            &[
                ("child_orphan", true),
                ("child_birth_in_civil_registry", true),
                ("permanent_residence", true),
                ("citizenship", true),
                ("income_covers_subsistence_minimum", true),
                ("applicant_has_training", true),
            ],
            true,
        );
        assert!(ev.eligibility.pending.is_empty());
        assert_eq!(done_title_key(&ev.eligibility), "ui-done-title");
    }

    /// The same walk: the documents not marked as held were not flagged on
    /// the prepared screen, which listed them under «Өзіңізбен бірге
    /// алыңыз» as if in hand. The screen now says, from the receipt preview,
    /// which are not held and what the order says happens at hand-in.
    #[test]
    fn ann6_row8_documents_not_held_are_said_on_the_prepared_screen() {
        let (code, channel, answers, _) = walk_refusals().remove(0);
        let (_, ev) = walk_evaluation(code, channel, &answers, false);
        let r = ev.receipt.as_ref().unwrap();
        let missing: Vec<&str> = documents_not_in_hand(r).iter().map(|l| l.id).collect();
        assert!(!missing.is_empty(), "{r:?}");
        assert!(missing
            .iter()
            .all(|id| ev.checklist.iter().any(|l| l.id == *id)));
        let (_, ev) = walk_evaluation(code, channel, &answers, true);
        assert!(documents_not_in_hand(ev.receipt.as_ref().unwrap()).is_empty());
    }

    /// The walk of 05.12.2026 (p3-00404004-01-start): «Әлі жауап беру
    /// керек» named a question not on the screen (the three years of a
    /// single man, asked only after "yes" to the single man: the rules now
    /// leave it out), and each item was plain text. Each is now a link to
    /// the field that asks it — the other children's yes/no fieldset, not
    /// the box around it, which takes no focus.
    #[test]
    fn row9_each_question_still_to_answer_links_to_its_field() {
        let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        for code in ["00404004", "00402004"] {
            let (shown, facts) = screen_questions(&Draft::default(), code, today);
            let now = today.and_hms_opt(10, 0, 0).unwrap();
            let channel = catalogue::entry(code).unwrap().channels[0];
            let req = service_request(&Draft::default(), code, channel, now, &facts);
            let ev = catalogue::evaluate(&req, kezek_rules::calendar::Calendar::builtin()).unwrap();
            let pending = &ev.eligibility.pending;
            assert!(!pending.is_empty(), "{code}");
            assert!(
                !pending.contains(&"raised_child_three_years"),
                "{code}: {pending:?}"
            );
            for q in pending {
                assert!(shown.contains(q), "{code}: {q} is not on the screen");
            }
        }
        assert_eq!(question_field_id("married"), "q-married");
        assert_eq!(question_field_id("child_birth_date"), "q-child_birth_date");
        assert_eq!(question_field_id(OTHER_CHILDREN), "q-other_children");
    }

    /// Row 4 (the term): the camps' screen (00403009, the walk of
    /// 05.12.2026) said when the result is due only in the card above the
    /// prepared box, and the box — what the parent keeps on screen after
    /// preparing — said nothing of it. The box says it, in the card's own
    /// words (one text), for every channel.
    #[test]
    fn row4_the_prepared_box_says_when_the_result_is_due_as_the_due_card() {
        for channel in [
            ServiceChannel::PORTAL,
            ServiceChannel::STATE_CORPORATION,
            ServiceChannel::OFFICE,
        ] {
            let (_, ev) = walk_evaluation(
                "00403009",
                channel,
                &[
                    ("family_receives_targeted_social_assistance", true),
                    ("child_in_state_education_institution", true),
                    ("child_birth_in_civil_registry", true),
                ],
                true,
            );
            for lang in Lang::ALL {
                let i =
                    I18n::with_catalogue(lang, kezek_rules::messages::catalogue_ftl(lang.code()));
                let text = due_text(&i, &ev.due);
                assert!(
                    text.contains(&i.date(ev.due.due.date())),
                    "{channel:?} {lang:?}: {text:?}"
                );
            }
        }
    }
}
