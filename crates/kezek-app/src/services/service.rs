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
use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{self, Request, ServiceChannel, Supply, PROVIDER_CHECKED};
use yew::prelude::*;

use super::term_text;
use crate::components::copyable_answers::{Answer, CopyableAnswers};
use crate::components::field::{CheckField, Choice, RadioGroup, TextField};
use crate::components::register_card::register_card;
use crate::components::specialists::ForSpecialists;
use crate::components::why::Why;
use crate::i18n::I18n;
use crate::platform::{egov_home_url, emit, print};
use crate::route::Screen;
use crate::state::{Action, Draft};

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
    /// Newer calendar data from the embedding page, if any.
    pub calendar: Rc<Option<Calendar>>,
}

impl PartialEq for ServiceProps {
    fn eq(&self, o: &Self) -> bool {
        self.i18n == o.i18n
            && self.draft == o.draft
            && self.dispatch == o.dispatch
            && self.now == o.now
            && self.code == o.code
            && Rc::ptr_eq(&self.calendar, &o.calendar)
    }
}

/// The answer that records the personal-data consent (row 9).
const CONSENT: &str = "personal_data_consent";

fn supply_key(s: Supply) -> &'static str {
    match s {
        Supply::Application => "ui-supply-application",
        Supply::OriginalForCheck => "ui-supply-original",
        Supply::Copy => "ui-supply-copy",
        Supply::Document => "ui-supply-document",
        Supply::ElectronicCopy => "ui-supply-electronic",
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
    // one, or this one again) never finds it already given.
    {
        let dispatch = p.dispatch.clone();
        let given = p.draft.answers.get(CONSENT) == Some(&true);
        use_effect_with(p.code, move |_| {
            if given {
                dispatch.emit(Action::SetAnswer(CONSENT.into(), false));
            }
        });
    }
    let status = use_state(|| None::<String>);
    let i18n = &p.i18n;
    let t = |k: &str| i18n.t(k);
    let Some(e) = catalogue::entry(p.code) else {
        return html! {};
    };
    if !i18n.catalogue {
        return html! { <p class="kz-lead" role="status">{ t("ui-loading") }</p> };
    }
    let back = html! {
        <p><a id="svc-back" class="kz-link" href={Screen::Start.hash()}>{ t("ui-svc-back-to-start") }</a></p>
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
            <Why i18n={i18n.clone()} citations={vec![catalogue::cite(e.annex, 1, None), catalogue::cite(e.annex, 3, None), catalogue::cite(e.annex, 6, None)]} />
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
    let facts = p.draft.family_facts(today);
    let channel = p
        .draft
        .service_channels
        .get(e.code)
        .and_then(|c| ServiceChannel::parse(c).ok())
        .filter(|c| e.channels.contains(c))
        .unwrap_or(e.channels[0]);
    let cal = (*p.calendar).as_ref().unwrap_or(Calendar::builtin());
    let req = Request {
        service: e.code.to_owned(),
        channel,
        variant: None,
        as_of: p.now,
        facts: facts.clone(),
        documents_held: None,
    };
    let eval = catalogue::evaluate(&req, cal);

    // Channel.
    let choices: Vec<Choice> = e
        .channels
        .iter()
        .map(|c| Choice {
            value: c.name().into(),
            label: t(&format!("ui-svc-channel-{}", c.name().replace('_', "-"))).into(),
            hint: None,
            disabled: false,
        })
        .collect();
    let on_channel = {
        let code = e.code.to_owned();
        p.dispatch
            .reform(move |v: String| Action::SetServiceChannel(code.clone(), v))
    };

    // Questions.
    let questions = catalogue::questions(e.code).unwrap_or_default();
    let question = |q: &&'static str| -> Html {
        let q: &'static str = q;
        let label = t(catalogue::question_key(q).unwrap_or(q));
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
                <TextField id="q-child_birth_date" kind="date" label={label} value={value}
                    hint={from_iin.then(|| AttrValue::from(t("ui-svc-from-iin")))}
                    oninput={p.dispatch.reform(Action::SetBirthDate)} />
            };
        }
        // A yes/no question is a radio pair, neither ticked until answered
        // (a fact the kindergarten steps already know counts as "yes").
        let answer = p
            .draft
            .answers
            .get(q)
            .copied()
            .or_else(|| known_yes(&facts, q).then_some(true));
        let name = q.to_owned();
        let choices = vec![
            Choice {
                value: "yes".into(),
                label: t("ui-answer-yes").into(),
                hint: None,
                disabled: false,
            },
            Choice {
                value: "no".into(),
                label: t("ui-answer-no").into(),
                hint: None,
                disabled: false,
            },
        ];
        html! {
            <RadioGroup name={format!("q-{q}")} legend={label} choices={choices}
                selected={answer.map(|v| AttrValue::from(if v { "yes" } else { "no" }))}
                onchange={p.dispatch.reform(move |v: String| Action::SetAnswer(name.clone(), v == "yes"))} />
        }
    };
    // No verdict before an answer: with questions to answer and none
    // answered, the eligibility waits for the parent.
    let yes_no: Vec<&str> = questions
        .iter()
        .copied()
        .filter(|q| *q != "child_birth_date" && *q != CONSENT)
        .collect();
    let answered = yes_no.is_empty()
        || yes_no
            .iter()
            .any(|q| p.draft.answers.contains_key(*q) || known_yes(&facts, q));

    let body = match &eval {
        Err(err) => html! {
            <div class="kz-notice kz-error" role="alert" id="svc-error">
                <p>{ t(&kezek_rules::reason::fluent_key("error", err.code())) }</p>
            </div>
        },
        Ok(ev) => {
            let el = &ev.eligibility;
            let due = ev.due.due;
            let consent = p.draft.answers.get(CONSENT) == Some(&true);
            let on_consent = p
                .dispatch
                .reform(|v: bool| Action::SetAnswer(CONSENT.into(), v));
            let on_prepare = {
                let prepared = prepared.clone();
                let (req, ev) = (req.clone(), ev.clone());
                // Only what the parent said, and who applies for which child.
                let said = p.draft.said_facts(today).said;
                let (applicant, child) = p.draft.catalogue_identity();
                Callback::from(move |_| {
                    let out = catalogue::prepare_said(&req, &ev, &said, &applicant, &child);
                    emit(
                        "application-prepared",
                        &serde_json::json!({ "service": ev.service, "payload": out.application, "sha256": out.sha256 }),
                    );
                    prepared.set(Some(out));
                })
            };
            let confirmation = prepared.as_ref().map(|a| {
                confirmation(
                    i18n,
                    e,
                    channel,
                    &ev.checklist,
                    &answers(i18n, &p.draft, &facts, e.code),
                    a,
                    &status,
                )
            });
            html! {
                <>
                    if !answered {
                        <section class="kz-card" id="svc-eligibility" data-eligible="unanswered">
                            <h3>{ t("ui-svc-eligibility") }</h3>
                            <p class="kz-lead" id="svc-answer-first">{ t("ui-svc-answer-first") }</p>
                        </section>
                    } else {
                    <section class="kz-card" id="svc-eligibility" data-eligible={el.eligible.to_string()}>
                        <h3>{ t("ui-svc-eligibility") }</h3>
                        <p class="kz-lead">{ t(if el.eligible { "ui-svc-eligible" } else { "ui-svc-not-eligible" }) }</p>
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
                    </section>
                    <section class="kz-card" id="svc-risks" data-count={el.reasons.len().to_string()}>
                        <h3>{ t("ui-svc-risks") }</h3>
                        if el.reasons.is_empty() {
                            <p>{ t("ui-svc-no-risks") }</p>
                        } else {
                            <ul>
                                { for el.reasons.iter().map(|r| html! {
                                    <li class="kz-reason" data-risk={r.code}>
                                        { t(&format!("refusal-{}", r.code)) }
                                        <Why i18n={i18n.clone()} citations={vec![r.citation]} />
                                    </li>
                                }) }
                            </ul>
                        }
                        <details>
                            <summary>{ t("ui-svc-provider-checks") }</summary>
                            <ul>{ for PROVIDER_CHECKED.iter().map(|f| html! { <li>{ t(catalogue::question_key(f).unwrap_or(f)) }</li> }) }</ul>
                        </details>
                    </section>
                    }
                    <section class="kz-card">
                        <h3>{ t("ui-svc-checklist") }</h3>
                        <ol class="kz-checklist" id="svc-checklist">
                            { for ev.checklist.iter().map(|l| html! {
                                <li data-doc={l.id}>
                                    <div class="kz-item-head"><span>{ t(l.name_key) }</span></div>
                                    <p class="kz-hint">{ t(supply_key(l.supply)) }</p>
                                    <Why i18n={i18n.clone()} citations={vec![l.citation]} />
                                </li>
                            }) }
                        </ol>
                    </section>
                    <section class="kz-card" id="svc-due" data-due={due.format("%Y-%m-%dT%H:%M").to_string()}>
                        <h3>{ t("ui-svc-due-title") }</h3>
                        <p>{ i18n.t_args("ui-svc-due", &[
                            ("date", i18n.date(due.date())),
                            ("time", due.format("%H:%M").to_string()),
                            ("accepted", format!("{} {}", i18n.date(ev.due.accepted.date()), ev.due.accepted.format("%H:%M"))),
                        ]) }</p>
                        if let Some(by) = ev.due.preliminary_refusal_by {
                            <p id="svc-preliminary-refusal" data-date={by.to_string()}>
                                { i18n.t_args("ui-svc-preliminary-refusal", &[("date", i18n.date(by))]) }
                            </p>
                        }
                        if let Some(times) = e.in_person.iter().find(|t| t.channels.contains(&channel)) {
                            <p id="svc-in-person">
                                { i18n.t_args("ui-svc-in-person", &[
                                    ("wait", times.max_wait_minutes.to_string()),
                                    ("service", times.max_service_minutes.to_string()),
                                ]) }
                                <Why i18n={i18n.clone()} citations={vec![times.citation]} />
                            </p>
                        }
                        <Why i18n={i18n.clone()} citations={ev.due.citations.clone()} />
                    </section>
                    <section class="kz-card" id="svc-handoff">
                        <h3>{ t("ui-svc-handoff") }</h3>
                        <CheckField id="svc-consent" label={t("ui-svc-consent")} checked={consent} onchange={on_consent} />
                        <button type="button" class="kz-button" id="svc-prepare" disabled={!consent} onclick={on_prepare}
                            aria-describedby={(!consent).then_some("svc-prepare-why")}>{ t("ui-svc-prepare") }</button>
                        if !consent {
                            <p class="kz-hint" id="svc-prepare-why">{ t("ui-svc-prepare-why") }</p>
                        }
                    </section>
                    { confirmation.unwrap_or_default() }
                </>
            }
        }
    };

    html! {
        <>
            { header }
            <RadioGroup name="svc-channel" legend={t("ui-channel-question")} choices={choices}
                selected={Some(AttrValue::from(channel.name()))} onchange={on_channel} />
            <fieldset class="kz-card" id="svc-questions">
                <legend>{ t("ui-svc-questions") }</legend>
                { for questions.iter().map(question) }
            </fieldset>
            { body }
            if let Some(c) = catalogue::next_register_card(e.code) {
                <section class="kz-card" id="svc-next">
                    <h3>{ t("reg-next-heading") }</h3>
                    <ul class="kz-services">{ register_card(i18n, c) }</ul>
                </section>
            }
            { back }
        </>
    }
}

/// Whether the kindergarten steps already answered `q` with "yes" (an orphan,
/// a guardian…): a fact that differs from the catalogue's default. A default
/// alone is not an answer and never ticks a choice.
fn known_yes(facts: &catalogue::FamilyFacts, q: &str) -> bool {
    facts.flag(q) == Some(true) && catalogue::FamilyFacts::default().flag(q) == Some(false)
}

/// The answers the parent gave for `code`'s questions, in the order they are
/// asked: what was answered here, and what the kindergarten steps already
/// know (a fact never asked twice). A question not answered is left out.
fn answers(i18n: &I18n, d: &Draft, facts: &catalogue::FamilyFacts, code: &str) -> Vec<Answer> {
    catalogue::questions(code)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|q| {
            let value = if q == "child_birth_date" {
                i18n.date(facts.child_birth_date?)
            } else {
                let v = d
                    .answers
                    .get(q)
                    .copied()
                    .or_else(|| known_yes(facts, q).then_some(true))?;
                i18n.t(if v { "ui-answer-yes" } else { "ui-answer-no" })
            };
            Some(Answer {
                id: q,
                label: i18n.t(catalogue::question_key(q).unwrap_or(q)),
                value,
            })
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
    checklist: &[catalogue::ChecklistLine],
    answers: &[Answer],
    a: &catalogue::Prepared,
    status: &UseStateHandle<Option<String>>,
) -> Html {
    let t = |k: &str| i18n.t(k);
    let on_status = {
        let s = status.clone();
        Callback::from(move |told: String| s.set(Some(told)))
    };
    let name = t(&e.name_key());
    let next_steps = if channel == ServiceChannel::PORTAL {
        html! {
            <>
                <p>{ t("ui-done-portal-lead") }</p>
                <ol class="kz-next-steps">
                    <li><a id="svc-egov-link" href={egov_home_url(i18n.lang.code())} target="_blank" rel="noopener noreferrer">
                        { i18n.t_args("ui-done-portal-open-find", &[("service", name.clone())]) }</a></li>
                    <li>{ t("ui-done-portal-sign-in") }</li>
                    <li>{ t("ui-done-portal-enter") }</li>
                    <li>{ t("ui-done-portal-send") }</li>
                </ol>
            </>
        }
    } else {
        let place = match channel {
            ServiceChannel::STATE_CORPORATION => t("ui-svc-done-place-state-corporation"),
            ServiceChannel::EducationOrganisation => t("ui-svc-done-place-school"),
            _ => i18n.t_args(
                "ui-svc-done-place-provider",
                &[("provider", t(e.provider_key))],
            ),
        };
        html! {
            <>
                <p>{ i18n.t_args("ui-svc-done-office-lead", &[("place", place)]) }</p>
                <h4>{ t("ui-done-bring") }</h4>
                <ul id="svc-done-bring">
                    { for checklist.iter().map(|l| html! { <li data-doc={l.id}>{ t(l.name_key) }</li> }) }
                </ul>
                <button type="button" class="kz-button kz-secondary" id="svc-print" onclick={Callback::from(|_| print())}>{ t("ui-print") }</button>
            </>
        }
    };
    html! {
        <section class="kz-card kz-confirmation" id="svc-confirmation" data-channel={channel.name()}>
            <h3>{ t("ui-done-title") }</h3>
            <p class="kz-lead" id="svc-nothing-sent"><strong>{ t("ui-done-nothing-sent") }</strong></p>
            { next_steps }
            if !answers.is_empty() {
                <h4>{ t(if channel == ServiceChannel::PORTAL { "ui-done-answers-portal" } else { "ui-svc-done-answers" }) }</h4>
                <CopyableAnswers i18n={i18n.clone()} id="svc-answers" answers={answers.to_vec()} on_copied={on_status.clone()} />
            }
            <p class="kz-status" role="status" id="svc-status">{ (**status).clone().unwrap_or_default() }</p>
            <ForSpecialists i18n={i18n.clone()} prefix="svc" record={a.application.to_string()} file_name={format!("kezek-{}.json", e.code)}
                file_text={serde_json::to_string_pretty(&a.application).unwrap_or_default()} sha256={a.sha256.clone()} on_done={on_status} />
        </section>
    }
}
