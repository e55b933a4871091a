//! Step 2: the child — IIN checked as typed (birth date and sex derived), or a
//! birth date; the settlement; special educational needs and the PMPC
//! conclusion; a doctor's recommendations.

use kezek_rules::case::{Disorder, SanatoriumType};
use kezek_rules::reason::ReasonCode;
use kezek_rules::service::ChildQuestion;
use kezek_rules::Service;
use yew::prelude::*;

use super::StepProps;
use crate::components::field::{date_format_line, CheckField, Choice, RadioGroup, TextField};
use crate::draft::{clean_iin, parse_date};
use crate::state::Action;

/// Settlements offered in the list (the parent may type another): the name
/// the application carries — the Kazakh official name, whatever the
/// interface's language, so the same answers give the same application — and
/// the Fluent id of the name shown beside it in the parent's language
/// («Караганда», "Karaganda").
pub const SETTLEMENTS: &[(&str, &str)] = &[
    ("Астана", "ui-settlement-astana"),
    ("Алматы", "ui-settlement-almaty"),
    ("Шымкент", "ui-settlement-shymkent"),
    ("Ақтөбе", "ui-settlement-aktobe"),
    ("Қарағанды", "ui-settlement-karaganda"),
    ("Тараз", "ui-settlement-taraz"),
    ("Павлодар", "ui-settlement-pavlodar"),
    ("Өскемен", "ui-settlement-oskemen"),
    ("Семей", "ui-settlement-semey"),
    ("Атырау", "ui-settlement-atyrau"),
    ("Қостанай", "ui-settlement-kostanay"),
    ("Қызылорда", "ui-settlement-kyzylorda"),
    ("Орал", "ui-settlement-oral"),
    ("Петропавл", "ui-settlement-petropavl"),
    ("Ақтау", "ui-settlement-aktau"),
    ("Түркістан", "ui-settlement-turkistan"),
    ("Көкшетау", "ui-settlement-kokshetau"),
    ("Талдықорған", "ui-settlement-taldykorgan"),
    ("Екібастұз", "ui-settlement-ekibastuz"),
    ("Жезқазған", "ui-settlement-zhezkazgan"),
    ("Қонаев", "ui-settlement-konaev"),
    ("Қосшы", "ui-settlement-kosshy"),
];

/// Step 2.
#[function_component(ChildStep)]
pub fn child_step(p: &StepProps) -> Html {
    let d = &p.draft;
    // The rules say when the special queues wait for a disorder (cl. 13).
    let disorder_asked = p.outcome.as_ref().as_ref().is_ok_and(|e| {
        e.queues
            .reasons
            .contains(&ReasonCode::QueueSpecialNeedsDisorder)
    });
    // The queue questions only where the rules say the service reads them
    // (`Service::asks`: not at admission).
    let asks = |q: ChildQuestion| d.service.is_none_or(|s| s.asks(q));
    let iin = clean_iin(&d.child_iin);
    // Live check of the IIN, as typed: derived birth date and sex, or why not.
    let iin_note = if iin.is_empty() {
        None
    } else if iin.len() < 12 {
        Some(
            html! { <p class="kz-hint" id="kz-iin-live">{ p.i18n.t_args("ui-iin-typing", &[("n", (12 - iin.len().min(12)).to_string())]) }</p> },
        )
    } else {
        match kezek_rules::iin::parse(&iin) {
            Ok(v) => {
                let sex = p.t(match v.sex {
                    kezek_rules::iin::Sex::Male => "ui-sex-male",
                    kezek_rules::iin::Sex::Female => "ui-sex-female",
                });
                let mismatch = parse_date(&d.child_birth_date).is_some_and(|b| b != v.birth_date);
                Some(html! {
                    <div id="kz-iin-live" class="kz-derived" role="status">
                        <p>{ p.i18n.t_args("ui-iin-derived", &[("date", p.i18n.date(v.birth_date)), ("sex", sex)]) }</p>
                        // Once "Next" says it at the date's box (both dates, what to do), not repeated.
                        if mismatch && p.error_for("child.birth_date").is_none() { <p class="kz-warning">{ p.t("reason-iin-birth-date-mismatch") }</p> }
                    </div>
                })
            }
            // Once "Next" shows the same message at the field, it is not repeated here.
            Err(_) if p.error_for("child.iin").is_some() => None,
            Err(e) => Some(html! {
                <p id="kz-iin-live" class="kz-error" role="alert">{ p.t(&kezek_rules::reason::fluent_key("error", e.code())) }</p>
            }),
        }
    };
    let sanatorium_choices = [
        ("none", "ui-sanatorium-none"),
        ("rehabilitation", "ui-sanatorium-rehabilitation"),
        ("prevention", "ui-sanatorium-prevention"),
    ]
    .into_iter()
    .map(|(v, k)| Choice {
        value: v.into(),
        label: p.t(k).into(),
        hint: None,
        disabled: false,
    })
    .collect::<Vec<_>>();
    let sanatorium_selected = AttrValue::from(match d.sanatorium {
        None => "none",
        Some(SanatoriumType::Rehabilitation) => "rehabilitation",
        Some(SanatoriumType::Prevention) => "prevention",
    });
    html! {
        <>
            <TextField id="child-iin" label={p.t("ui-child-iin")} value={d.child_iin.clone()}
                hint={Some(AttrValue::from(p.t(child_iin_hint_key(d.service))))} inputmode={Some(AttrValue::from("numeric"))}
                error={p.error_for("child.iin")} oninput={p.send(Action::SetChildIin)} />
            { iin_note.unwrap_or_default() }
            <TextField id="child-birth-date" kind="date" label={p.t("ui-child-birth-date")} value={d.child_birth_date.clone()}
                format={date_format_line(&p.i18n, &d.child_birth_date)}
                hint={Some(AttrValue::from(p.t("ui-child-birth-date-hint")))}
                error={p.error_for("child.birth_date")} oninput={p.send(Action::SetBirthDate)} />
            <div class={classes!("kz-field", p.error_for("child.settlement").is_some().then_some("kz-field--error"))}>
                <label for="child-settlement">{ p.t("ui-settlement") }</label>
                // Annex 1's settlement line and cl. 13's queue are queue
                // registration's; the admission form (Annex 5) asks no
                // settlement and the child with a referral has left the queue.
                <p class="kz-hint" id="child-settlement-hint">{ p.t(if d.service == Some(Service::Admission) {
                    "ui-settlement-hint-admission"
                } else {
                    "ui-settlement-hint"
                }) }</p>
                <input id="child-settlement" list="kz-settlements" value={d.settlement.clone()} autocomplete="address-level2"
                    aria-describedby={if p.error_for("child.settlement").is_some() { "child-settlement-hint child-settlement-error" } else { "child-settlement-hint" }}
                    oninput={p.send(|e: InputEvent| Action::SetSettlement(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))} />
                <datalist id="kz-settlements">{ for SETTLEMENTS.iter().map(|(name, id)| {
                    let label = p.t(id);
                    html! { <option value={*name} label={(label != *name).then_some(label)} /> }
                }) }</datalist>
                if let Some(e) = p.error_for("child.settlement") { <p class="kz-error" id="child-settlement-error" role="alert">{ e }</p> }
            </div>
            <CheckField id="child-sen" label={p.t("ui-sen")} checked={d.sen}
                hint={Some(html! { { p.t("ui-sen-hint") } })} onchange={p.send(Action::SetSen)} />
            if d.sen {
                <CheckField id="child-pmpc" label={p.t("ui-pmpc")} checked={d.pmpc}
                    hint={Some(html! { { p.t("reason-queue-special-needs-pmpc") } })} onchange={p.send(Action::SetPmpc)} />
                if !d.pmpc {
                    // No conclusion yet: the PMPC examination is its own public
                    // service (register row 189, 00402006), shown as its card.
                    <p class="kz-hint" id="child-pmpc-service">
                        <a class="kz-link" href={crate::route::Screen::Service("00402006").hash()}>{ p.t("ui-pmpc-examination-link") }</a>
                    </p>
                }
                if d.pmpc && asks(ChildQuestion::Disorders) {
                    <fieldset class="kz-checks">
                        <legend>{ p.t("ui-disorders") }</legend>
                        if disorder_asked {
                            // cl. 13: the special queues are by disorder (the rules' reason).
                            <p class="kz-hint" id="child-disorders-hint">{ p.t(&ReasonCode::QueueSpecialNeedsDisorder.key()) }</p>
                        }
                        { for Disorder::ALL.iter().map(|x| {
                            let x = *x;
                            html! { <CheckField id={format!("disorder-{}", x.code())} label={p.t(&x.key())}
                                checked={d.disorders.contains(&x)} onchange={p.send(move |_: bool| Action::ToggleDisorder(x))} /> }
                        }) }
                    </fieldset>
                }
            }
            if asks(ChildQuestion::Sanatorium) {
                <RadioGroup name="sanatorium" legend={p.t("ui-sanatorium")} choices={sanatorium_choices}
                    selected={Some(sanatorium_selected)}
                    onchange={p.send(|v: String| Action::SetSanatorium(match v.as_str() {
                        "rehabilitation" => Some(SanatoriumType::Rehabilitation),
                        "prevention" => Some(SanatoriumType::Prevention),
                        _ => None,
                    }))} />
                // cl. 13 para 4: by type of rehabilitation or prevention; the
                // order names no one who decides it, nor a document.
                <p class="kz-hint" id="child-sanatorium-hint">{ p.t("ui-sanatorium-hint") }</p>
            }
            <CheckField id="child-contraindication" label={p.t("ui-contraindication")} checked={d.contraindication}
                onchange={p.send(Action::SetContraindication)} />
            if asks(ChildQuestion::TimesQueuedInSettlement) {
                <TextField id="child-times-queued" kind="text" label={p.t("ui-times-queued")} value={d.times_queued_typed.clone().unwrap_or_else(|| d.times_queued.to_string())}
                    hint={Some(AttrValue::from(p.t("ui-times-queued-hint")))} inputmode={Some(AttrValue::from("numeric"))}
                    error={p.error_for("times_queued_in_settlement")}
                    oninput={p.send(Action::SetTimesQueued)} />
            }
            // cl. 16, asked for both services: at admission in the
            // admission's words, with Kezek's reading of what it changes.
            if d.service == Some(Service::Admission) {
                <CheckField id="child-previous-priority" label={p.t("ui-previous-priority-admission")} checked={d.previous_priority}
                    hint={Some(html! { { p.t("ui-previous-priority-admission-hint") } })}
                    onchange={p.send(Action::SetPreviousPriority)} />
            } else {
                <CheckField id="child-previous-priority" label={p.t("ui-previous-priority")} checked={d.previous_priority}
                    onchange={p.send(Action::SetPreviousPriority)} />
            }
            // The day: cl. 16's month runs from it at queue registration;
            // at admission it changes nothing, so it is not asked.
            if d.previous_priority && d.service != Some(Service::Admission) {
                <TextField id="child-previous-priority-date" kind="date" label={p.t("ui-previous-priority-date")}
                    value={d.previous_priority_changed_on.clone()}
                    format={date_format_line(&p.i18n, &d.previous_priority_changed_on)}
                    hint={Some(AttrValue::from(p.t("ui-previous-priority-hint")))}
                    error={p.error_for("previous_priority_referral.changed_on")}
                    oninput={p.send(Action::SetPreviousPriorityChangedOn)} />
            }
        </>
    }
}

/// The hint beside the child's IIN on step 2 for the service `service`:
/// for queue registration (or no service chosen yet) it says the
/// application is not prepared without it — Annex 1 has a line for the
/// child's IIN («…тұратын, ЖСН ___»), and the rules' `missing_fields` name
/// it; the admission form (Annex 5) has none.
fn child_iin_hint_key(service: Option<kezek_rules::Service>) -> &'static str {
    match service {
        Some(kezek_rules::Service::Admission) => "ui-child-iin-hint",
        _ => "ui-child-iin-hint-queue",
    }
}

#[cfg(test)]
mod tests {
    /// Annex 1 («…тұратын, ЖСН ___»): step 2 told the parent to leave the
    /// child's IIN empty if there is none yet, and only step 8 said the
    /// application is not prepared without it (walk dump 37, the office on
    /// Friday: "still needed: the child's IIN"). For queue registration the
    /// hint now says so, with Annex 1; at admission (Annex 5 has no IIN) it
    /// stays as it was.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex1_step2_says_the_application_waits_for_the_childs_iin() {
        use super::child_iin_hint_key;
        use crate::i18n::{I18n, Lang};
        use kezek_rules::Service;
        for (lang, annex) in [
            (Lang::Kk, "1-қосымша"),
            (Lang::Ru, "приложение 1"),
            (Lang::En, "Annex 1"),
        ] {
            let i = I18n::new(lang);
            for service in [None, Some(Service::QueueRegistration)] {
                let hint = i.t(child_iin_hint_key(service));
                assert!(hint.contains(annex), "{lang:?} {service:?}: {hint}");
            }
            let admission = i.t(child_iin_hint_key(Some(Service::Admission)));
            assert!(!admission.contains(annex), "{lang:?}: {admission}");
        }
    }

    /// cl. 16 «…бір ай өткен соң жалпы кезекке тұрады және жекеменшік
    /// мектепке дейінгі ұйымға жолдама алады»: the queue registration's hint
    /// under the day said only the month and the general queue (walk 42),
    /// leaving out what cl. 16 gives then, a referral to a private preschool
    /// (which the admission's hint said). It now says both.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl16_the_queue_hint_says_the_referral_to_a_private_preschool() {
        use crate::i18n::{I18n, Lang};
        for (lang, private) in [
            (Lang::Kk, "жекеменшік мектепке дейінгі ұйымға жолдама алады"),
            (Lang::Ru, "получает направление в частный детский сад"),
            (Lang::En, "gets a referral to a private kindergarten"),
        ] {
            let i = I18n::new(lang);
            for key in [
                "ui-previous-priority-hint",
                "ui-previous-priority-admission-hint",
            ] {
                let hint = i.t(key);
                assert!(hint.contains(private), "{lang:?} {key}: {hint}");
            }
        }
    }

    /// The settlements offered in step 2 are named in the parent's language
    /// (a Russian reader sees «Караганда», not only the Kazakh «Қарағанды»),
    /// and the application carries the Kazakh official name in every language.
    /// cl. 20 sub. 2 names «ерекше білім беруді қажет ететін балалар» and
    /// «мүгедек баласы бар отбасындағы балалар» as two first-priority
    /// grounds (Annex 1 boxes 4 and 9). The hint under "special educational
    /// needs" began «Например, инвалидность…» (walk of 05.12.2026), steering
    /// the parent of a child with a disability to the SEN box, whose right
    /// needs a PMPC conclusion, instead of step 4's disability box. It now
    /// says what confirms SEN and where a disability is ticked.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_2_the_sen_hint_sends_a_disability_to_step_4s_own_box() {
        use crate::i18n::{I18n, Lang};
        for (lang, pmpc) in [(Lang::Kk, "ПМПК"), (Lang::Ru, "ПМПК"), (Lang::En, "PMPC")] {
            let i = I18n::new(lang);
            let hint = i.t("ui-sen-hint");
            let disability_box = i.t("ui-family-disabled-child-in-family");
            assert!(hint.contains(&disability_box), "{lang:?}: {hint}");
            assert!(
                hint.contains(pmpc) && hint.contains('4'),
                "{lang:?}: {hint}"
            );
        }
    }

    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn the_offered_settlements_are_named_in_the_parents_language() {
        use super::SETTLEMENTS;
        use crate::i18n::{I18n, Lang};
        let labels = |lang: Lang| -> Vec<String> {
            let i = I18n::new(lang);
            let label = |(_, id): &(&str, &str)| {
                assert!(i.has(id), "{lang:?}: {id}");
                i.t(id)
            };
            SETTLEMENTS.iter().map(label).collect()
        };
        let (kk, ru, en) = (labels(Lang::Kk), labels(Lang::Ru), labels(Lang::En));
        let values: Vec<&str> = SETTLEMENTS.iter().map(|(name, _)| *name).collect();
        assert_eq!(kk, values, "in Kazakh the name shown is the name carried");
        assert!(values.contains(&"Қарағанды") && ru.contains(&"Караганда".to_owned()));
        assert!(en.contains(&"Karaganda".to_owned()));
        let kazakh_letters = |s: &String| s.chars().any(|c| "ӘәҒғҚқҢңӨөҰұҮүҺһІі".contains(c));
        assert!(!ru.iter().any(kazakh_letters), "{ru:?}");
        assert!(en.iter().all(|s| s.is_ascii()), "{en:?}");
    }
}
