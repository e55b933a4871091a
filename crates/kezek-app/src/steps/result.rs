//! Step 5: the category, every ground, the queues and the age window, each
//! line with its "why".

use crate::route::Step;
use kezek_rules::category::Category;
use kezek_rules::reason::ReasonCode;
use yew::prelude::*;

use super::{needs_earlier, queue_label, StepProps};
use crate::components::why::Why;

/// What each ground of the category says of its proof ([`super::proof_text`]),
/// in the grounds' order. Two grounds proven the same way (a large family and
/// a disabled child in the family, both through the e-government gateway,
/// Annex 2 p. 8) gave the same long paragraph twice on one screen (walk dump
/// 37): a ground whose text is the one of a ground above says so in a few
/// words instead.
fn ground_proof_texts(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<String> {
    let mut said: Vec<String> = Vec::new();
    e.category
        .grounds
        .iter()
        .map(|g| {
            let text = super::proof_text(p, g.ground);
            if said.contains(&text) {
                p.t("ui-proof-as-above")
            } else {
                said.push(text.clone());
                text
            }
        })
        .collect()
}

/// Step 5.
#[function_component(ResultStep)]
pub fn result_step(p: &StepProps) -> Html {
    let Ok(e) = p.outcome.as_ref() else {
        return needs_earlier(p);
    };
    let cat = &e.category;
    // With a referral the child has left the queue: the queue's age archive
    // and the registration limits no longer concern the parent.
    let in_queue = e.service != kezek_rules::Service::Admission;
    let cat_class = match cat.category {
        Category::OutOfTurn => "kz-cat-out-of-turn",
        Category::FirstPriority => "kz-cat-first",
        Category::General => "kz-cat-general",
    };
    html! {
        <>
            if let Some(w) = &e.edition_warning {
                <div class="kz-notice kz-warning" role="alert"><p>{ p.t(&w.reason.key()) }</p></div>
            }
            if !e.iin.matches_birth_date {
                <div class="kz-notice kz-warning" role="alert"><p>{ p.t(&e.iin.reason.key()) }</p></div>
            }
            <section class={classes!("kz-card", "kz-category", cat_class)} id="kz-category" data-category={cat.category.code()}>
                // cl. 20, cl. 22: here the grounds are only declared; their
                // proof is asked at step 6 and the provider confirms the
                // right (cl. 22). Headed as the hand-off's summary names it.
                <h3>{ super::category_heading(p, e) }</h3>
                { for cat.reasons.iter().map(|r| html! { <p>{ p.t(&r.key()) }</p> }) }
                <Why i18n={p.i18n.clone()} citations={cat.citations.clone()} />
                if !cat.grounds.is_empty() {
                    <h4>{ p.t("ui-grounds") }</h4>
                    <ul class="kz-grounds">
                        { for cat.grounds.iter().zip(ground_proof_texts(p, e)).map(|(g, proof)| html! {
                            <li data-ground={g.ground.code()}>
                                <strong>{ p.t(&g.ground.key()) }</strong>
                                <span class="kz-badge">{ p.t(&g.category.key()) }</span>
                                <p class="kz-hint">{ proof }</p>
                                <Why i18n={p.i18n.clone()} citations={g.citations.clone()} />
                            </li>
                        }) }
                    </ul>
                }
            </section>
            // With a referral the child has left the queue: no queues to join.
            if in_queue {
            <section class="kz-card" id="kz-queues">
                // Past the age limit (cl. 18) the queue is only the one the
                // child would belong to: not one the child can join.
                if e.age.eligible {
                    <h3>{ p.t("ui-queues") }</h3>
                } else {
                    <h3>{ p.t("ui-queues-would-be") }</h3>
                    <p class="kz-warning" id="kz-queues-age">{ p.t("ui-queues-age-bars") }</p>
                }
                <ul>
                    { for e.queues.options.iter().map(|o| html! {
                        <li class="kz-queue" data-queue={serde_json::to_string(&o.kind).unwrap_or_default()}>
                            <strong>{ queue_label(p, &o.kind) }</strong>{ format!(" — {}, {}", o.settlement, o.birth_year) }
                            <p class="kz-hint">{ p.t(&o.reason.key()) }</p>
                            <Why i18n={p.i18n.clone()} citations={o.citations.clone()} />
                        </li>
                    }) }
                </ul>
                { for e.queues.reasons.iter().map(|r| html! {
                    <>
                        <p>{ p.t(&r.key()) }</p>
                        // The disorders are chosen on step 2, beside the
                        // PMPC conclusion: say where (cl. 13).
                        if *r == ReasonCode::QueueSpecialNeedsDisorder {
                            <p><a href={Step::Child.hash()} id="kz-choose-disorder">{ p.t("ui-choose-disorder") }</a></p>
                        }
                    </>
                }) }
            </section>
            }
            <section class="kz-card" id="kz-age" data-eligible={e.age.eligible.to_string()}>
                <h3>{ p.t("ui-age") }</h3>
                <p>{ p.i18n.t_args("ui-age-now", &[("years", e.age.age_years.to_string()), ("months", e.age.age_months.to_string())]) }</p>
                { for e.age.reasons.iter().map(|r| html! { <p>{ p.t(&r.key()) }</p> }) }
                // At admission the rules give no archive date (the child
                // holding a referral has left the queue).
                if let Some(a) = e.age.archive_on {
                    // A day already passed is said in the past.
                    <p id="kz-archive-on"><strong>{ p.i18n.t_args(if a <= p.now.date() { "ui-archived-on" } else { "ui-archive-on" }, &[("date", p.i18n.date(a))]) }</strong></p>
                }
                <p>{ p.i18n.t_args("ui-referral-age", &[("years", e.age.referral_age.to_string())]) }</p>
                <Why i18n={p.i18n.clone()} citations={e.age.citations.clone()} />
            </section>
            if in_queue {
                <section class="kz-card" id="kz-limits">
                    <h3>{ p.t("ui-limits") }</h3>
                    { for e.limits.reasons.iter().map(|r| html! { <p>{ p.t(&r.key()) }</p> }) }
                    if let Some(from) = super::cl16_general_from(p, e) { <p id="kz-cl16-from">{ from }</p> }
                    <Why i18n={p.i18n.clone()} citations={e.limits.citations.clone()} />
                </section>
            }
            <section class="kz-card" id="kz-information">
                <h3>{ p.t("ui-information") }</h3>
                { for e.information.iter().map(|i| html! {
                    <div data-reason={i.reason.code()}>
                        <p>{ p.t(&i.reason.key()) }</p>
                        <Why i18n={p.i18n.clone()} citations={i.citations.clone()} />
                    </div>
                }) }
            </section>
        </>
    }
}

#[cfg(test)]
#[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::draft::Draft;
    use crate::i18n::{I18n, Lang};
    use crate::steps::tests::{example, props};
    use std::rc::Rc;

    /// Annex 2 p. 8 («…мектепке дейінгі ұйымға бірінші кезекте орын алу
    /// құқығын растайтын құжат туралы мәліметтерді көрсетілетін қызметті
    /// алушы … "электрондық үкімет" шлюзі арқылы алады»): on egov.kz a large
    /// family with a disabled child in it has two grounds proven through the
    /// gateway; step 5 said the gateway's paragraph under each, the same
    /// words twice (walk dump 37, lines 623 and 646). The second now says
    /// "as for the ground above", in every language.
    #[test]
    fn annex2_8_two_grounds_proven_the_same_way_say_it_once() {
        let e = example(
            r#"{
                "service": "00403001",
                "channel": "egov_portal",
                "as_of": "2026-11-29T10:00",
                "applicant": {"role": "parent", "iin": "900315410004"},
                "child": {"iin": "230510512343", "birth_date": "2023-05-10", "settlement": "Қарағанды"},
                "family": {"large_family": true, "disabled_child_in_family": true},
                "consent": true
            }"#,
        );
        assert_eq!(e.category.grounds.len(), 2);
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            p.draft = Rc::new(Draft {
                channel: Some(kezek_rules::Channel::EgovPortal),
                service: Some(kezek_rules::Service::QueueRegistration),
                ..Draft::default()
            });
            let texts = ground_proof_texts(&p, &e);
            assert_eq!(
                texts[0],
                crate::steps::proof_text(&p, e.category.grounds[0].ground)
            );
            assert_ne!(texts[0], texts[1], "{lang:?}: the same paragraph twice");
            assert_eq!(texts[1], p.t("ui-proof-as-above"), "{lang:?}");
        }
    }
}
