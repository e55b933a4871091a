//! Step 4: the family situation — only the facts that can change the
//! category (cl. 20, Annex 1), each with what proves it (Annex 2 p. 8), and
//! "none of these" for a family none applies to.
//!
//! The boxes keep the form's order, each with its "Why?", and "none of
//! these" (Annex 1 box 10) comes last: a link at the top of the list moves
//! focus to it, so a parent with no ground, on the keyboard or a screen
//! reader, reaches it with one Enter and "Next" three Tab presses after,
//! instead of passing every box and its "Why?" (21 Tab presses from the first
//! box to "Next"). The boxes stay checkboxes: a family may declare several
//! grounds at once.

use yew::prelude::*;

use super::{general_referral_cl16, proof_text, StepProps};
use crate::components::error_summary::focus_element;
use crate::components::field::CheckField;
use crate::components::why::Why;
use crate::draft::FamilyFact;
use crate::state::Action;
use kezek_rules::Service;

/// Step 4.
#[function_component(FamilyStep)]
pub fn family_step(p: &StepProps) -> Html {
    let channel = p
        .draft
        .channel
        .unwrap_or(kezek_rules::Channel::ProviderOffice);
    let service = p.draft.service.unwrap_or(Service::QueueRegistration);
    let cl16 = general_referral_cl16(p);
    // A skip link: focus only (the hash is the route, so it is not followed);
    // the parent then ticks box 10 themselves.
    let to_none = Callback::from(|ev: MouseEvent| {
        ev.prevent_default();
        focus_element("family-none");
    });
    let (lead, skip_text) = family_texts(&p.i18n, service);
    let (proofs, proof_note) = family_proofs(p);
    html! {
        <>
            <p class="kz-lead">{ lead }</p>
            <fieldset class="kz-checks">
                <legend>{ p.t("ui-family-question") }</legend>
                <p><a href="#family-none" id="family-skip-to-none" onclick={to_none}>{ skip_text }</a></p>
                { for FamilyFact::ALL.into_iter().zip(proofs).map(|(f, proof)| {
                    let g = f.ground();
                    // The rules' "Why?" of the ground and its proof for the
                    // service: at admission cl. 22's second check, not
                    // Annex 2 p. 8 nor the Annex 1 box.
                    let cites = g.proof_check(service, channel, cl16).citations;
                    let hint = html! {
                        <>
                            <span class="kz-proof">{ proof }</span>
                            <Why i18n={p.i18n.clone()} citations={cites} />
                        </>
                    };
                    html! {
                        <CheckField id={format!("family-{}", f.id())} label={p.t(&format!("ui-family-{}", f.id().replace('_', "-")))}
                            checked={f.is_set(&p.draft)} hint={Some(hint)}
                            onchange={p.send(move |v: bool| Action::SetFamily(f, v))} />
                    }
                }) }
                <CheckField id="family-none" label={p.t("ui-family-none")}
                    checked={p.draft.family_none} hint={Some(html! {
                        <>
                            <span>{ p.t("ui-family-none-hint") }</span>
                            <Why i18n={p.i18n.clone()} citations={none_citations(service)} />
                        </>
                    })}
                    onchange={p.send(Action::SetFamilyNone)} />
            </fieldset>
            if let Some(note) = nothing_ticked_note(p) {
                <p class="kz-hint" id="family-nothing-ticked" role="status">{ note }</p>
            }
            if let Some(note) = proof_note {
                <p class="kz-hint" id="family-proof-note">{ note }</p>
            }
            <p class="kz-hint">{ p.t("ui-family-sen-note") }</p>
        </>
    }
}

/// Step 4's proof texts: each ground's, in [`FamilyFact::ALL`]'s order, and
/// the note said once for the step.
///
/// The grounds the provider (or, on the portal, the recipient) proves
/// through the e-government gateway (Annex 2 p. 8, the rules'
/// [`kezek_rules::category::Verification::EgovGateway`]) all have the same
/// text, about 60 words: it was said under each of five grounds (walk 42).
/// It is said once, in the note under the list, in the channel's words
/// ([`proof_text`]), and each of those grounds points to it. The paper
/// grounds keep their own text, which names their documents.
fn family_proofs(p: &StepProps) -> (Vec<String>, Option<String>) {
    let channel = p
        .draft
        .channel
        .unwrap_or(kezek_rules::Channel::ProviderOffice);
    let texts: Vec<String> = FamilyFact::ALL
        .into_iter()
        .map(|f| proof_text(p, f.ground()))
        .collect();
    let by_gateway = |f: FamilyFact| {
        f.ground().proof(channel).1 == kezek_rules::category::Verification::EgovGateway
    };
    // The one text of the gateway's grounds (they always share one). After
    // cl. 16 at admission every ground, paper ones too, has cl. 16's
    // reading: all point to the note, which says it once.
    let gateway: Vec<&String> = FamilyFact::ALL
        .into_iter()
        .zip(&texts)
        .filter(|(f, _)| by_gateway(*f))
        .map(|(_, t)| t)
        .collect();
    let Some(shared) = gateway.first().filter(|t| gateway.iter().all(|u| u == *t)) else {
        return (texts, None);
    };
    let shared = (*shared).clone();
    let note = format!("{} {}", p.t("ui-proof-note-lead"), shared);
    let pointer = p.t("ui-proof-see-note");
    let grounds = texts
        .into_iter()
        .map(|t| if t == shared { pointer.clone() } else { t })
        .collect();
    (grounds, Some(note))
}

/// The step's lead and its skip link's text for `service`. At queue
/// registration: the facts that can move the child up the queue (cl. 20,
/// 21). At admission the child holds a referral, and the application is the
/// Annex 5 form (Annex 4 p. 8 sub. 2), which has no category boxes: the
/// facts are the right cl. 22 checks a second time after the referral. The
/// skip link names this step's last question, "none of these", in the
/// parent's words (Annex 1's box 10 is in its "Why?": [`none_citations`]).
fn family_texts(i18n: &crate::i18n::I18n, service: Service) -> (String, String) {
    let lead = match service {
        Service::Admission => i18n.t("ui-family-lead-admission"),
        Service::QueueRegistration => i18n.t("ui-family-lead"),
    };
    (lead, i18n.t("ui-family-skip-to-none"))
}

/// What "nothing ticked" on step 4 means, said under the list while no box
/// (nor "none of these") is ticked and no other ground is declared (a
/// child's special educational needs, step 2): no out-of-turn or
/// first-priority ground is declared (cl. 20), so the application stands in
/// the general queue; at admission, no such right is claimed. Before, the
/// step passed in silence and admission's step 5 said the right was "not
/// confirmed".
fn nothing_ticked_note(p: &StepProps) -> Option<String> {
    let d = &p.draft;
    let ticked = d.family_none || FamilyFact::ALL.into_iter().any(|f| f.is_set(d));
    let other_ground = match p.outcome.as_ref() {
        Ok(e) => !e.category.grounds.is_empty(),
        Err(_) => d.sen,
    };
    if ticked || other_ground {
        return None;
    }
    Some(p.t(match d.service {
        Some(Service::Admission) => "ui-family-nothing-ticked-admission",
        _ => "ui-family-nothing-ticked",
    }))
}

/// The "Why?" of "none of these" for `service`: Annex 1's box 10 at queue
/// registration; at admission, whose Annex 5 form has no box, cl. 20 (the
/// grounds) and cl. 22 (the right checked again after the referral).
fn none_citations(service: Service) -> Vec<kezek_rules::citation::Citation> {
    use kezek_rules::citation::Citation;
    match service {
        Service::Admission => vec![Citation::clause(20), Citation::clause(22)],
        Service::QueueRegistration => vec![kezek_rules::category::NONE_OF_THE_GROUNDS_BOX],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};

    /// Annex 2 p. 8: five grounds are proven through the e-government
    /// gateway, and step 4 gave each of them the same ~60-word paragraph
    /// (about five screens at 360 px, walk 42), with «Kezek's reading: the
    /// portal does so for you» also to a parent applying in person at the
    /// State Corporation. Now the step says it once, in a note under the
    /// list, each such ground pointing to it, and in the channel's words:
    /// the portal's reading on egov.kz only.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex2_8_step4_says_the_gateway_once_and_in_the_channels_words() {
        use crate::steps::tests::{example, props_as};
        use kezek_rules::{Channel, Ground};
        let e = example(include_str!(
            "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
        ));
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let portal_reading = I18n::new(lang).t("ui-proof-gateway-portal");
            let portal_reading = portal_reading
                .split_once('(')
                .and_then(|(_, r)| r.split_once(')'))
                .map(|(r, _)| r.to_owned())
                .expect("the portal's reading in brackets");
            for channel in [
                Channel::StateCorporation,
                Channel::ProviderOffice,
                Channel::EgovPortal,
            ] {
                let p = props_as(e.clone(), lang, Service::QueueRegistration, channel);
                let gateway = proof_text(&p, Ground::LargeFamily);
                let (grounds, note) = family_proofs(&p);
                let note = note.unwrap_or_default();
                assert_eq!(
                    note.matches(&gateway).count(),
                    1,
                    "{lang:?} {channel:?}: {note}"
                );
                assert!(
                    grounds.iter().all(|g| !g.contains(&gateway)),
                    "{lang:?} {channel:?}: {grounds:?}"
                );
                let pointers = grounds
                    .iter()
                    .filter(|g| **g == p.t("ui-proof-see-note"))
                    .count();
                assert_eq!(pointers, 5, "{lang:?} {channel:?}: {grounds:?}");
                assert_eq!(
                    note.contains(&portal_reading),
                    channel == Channel::EgovPortal,
                    "{lang:?} {channel:?}: {note}"
                );
            }
        }
    }

    /// Annex 2 p. 8: a paper proof (a serviceman's, a teacher's certificate)
    /// is brought to the office or the State Corporation and uploaded as a
    /// scan on the portal. The re-walk of 05.12.2026 read «(на портале —
    /// загружаете скан)» beside every paper ground for a parent applying at
    /// the State Corporation: the portal's half is said on the portal only.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex2_8_a_paper_proof_says_the_portals_scan_on_the_portal_only() {
        use crate::steps::tests::{example, props_as};
        use kezek_rules::{Channel, Ground};
        let e = example(include_str!(
            "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
        ));
        for (lang, portal) in [
            (Lang::Kk, "порталда"),
            (Lang::Ru, "на портале"),
            (Lang::En, "on the portal"),
        ] {
            for channel in [
                Channel::StateCorporation,
                Channel::ProviderOffice,
                Channel::EgovPortal,
            ] {
                let p = props_as(e.clone(), lang, Service::QueueRegistration, channel);
                let text = proof_text(&p, Ground::Teacher);
                assert_eq!(
                    text.to_lowercase().contains(portal),
                    channel == Channel::EgovPortal,
                    "{lang:?} {channel:?}: {text}"
                );
            }
        }
    }

    /// Annex 4 p. 8 sub. 2: the admission application is the Annex 5 form,
    /// with no category boxes. Step 4 of the admission (00403002) said the
    /// queue registration's «Только эти обстоятельства могут продвинуть
    /// ребенка в очереди» and «Перейдите сразу к последней графе — графе 10
    /// бланка заявления» (walk of 05.12.2026): the child holding a referral
    /// moves up no queue, and the form has no box 10. Now the lead says what
    /// the facts are at admission — the right cl. 22 checks again after the
    /// referral — and the skip link names the list's last box, not the form's.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex4_8_2_admission_step4_names_no_form_box_and_no_move_up_the_queue() {
        for (lang, queue_words) in [
            (Lang::Kk, "кезекте алға"),
            (Lang::Ru, "продвинуть ребенка в очереди"),
            (Lang::En, "up the queue"),
        ] {
            let i = I18n::new(lang);
            let (lead, skip) = family_texts(&i, Service::Admission);
            assert!(!lead.contains(queue_words), "{lang:?}: {lead}");
            assert!(lead.contains("22"), "{lang:?}: {lead}");
            assert!(!skip.contains("10"), "{lang:?}: {skip}");
            assert!(!none_citations(Service::Admission)
                .contains(&kezek_rules::category::NONE_OF_THE_GROUNDS_BOX));
            // Queue registration keeps the queue's lead (and the form's
            // box 10 in the "Why?" of "none of these").
            let (lead, _) = family_texts(&i, Service::QueueRegistration);
            assert!(lead.contains(queue_words), "{lang:?}: {lead}");
            assert!(none_citations(Service::QueueRegistration)
                .contains(&kezek_rules::category::NONE_OF_THE_GROUNDS_BOX));
        }
    }

    /// Step 4's skip link said «Перейдите сразу к последней графе — графе 10
    /// бланка заявления» (walk 44): the parent answers the step's questions
    /// here, not a paper form's boxes (box 10 of Annex 1 stays in the "Why?"
    /// of "none of these", [`none_citations`]). Now it names this step's last
    /// question by its own words, for both services.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex1_box10_step4_skip_link_names_the_steps_last_question_not_the_forms_box() {
        for (lang, form_words) in [
            (Lang::Kk, ["нысан", "тармағ"]),
            (Lang::Ru, ["бланк", "граф"]),
            (Lang::En, ["form", "box"]),
        ] {
            let i = I18n::new(lang);
            let none = i.t("ui-family-none");
            for service in [Service::QueueRegistration, Service::Admission] {
                let (_, skip) = family_texts(&i, service);
                assert!(!skip.contains("10"), "{lang:?}: {skip}");
                for w in form_words {
                    assert!(!skip.contains(w), "{lang:?} {service:?}: {skip}");
                }
                assert!(skip.contains(&none), "{lang:?} {service:?}: {skip}");
            }
        }
    }

    /// cl. 20, Annex 1 box 10: step 4 with nothing ticked (no ground, nor
    /// "none of these") passed to step 5 without a word, and at admission
    /// step 5 then read «Право на внеочередное или первоочередное получение
    /// места не подтверждено (п. 20)» — "not confirmed" for a right the
    /// parent never claimed. Step 4 now says what nothing ticked means (no
    /// ground declared: the general queue; at admission no right claimed),
    /// and the admission's headline says no ground applies, as the queue's.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_nothing_ticked_on_step_4_is_said_as_no_ground_claimed() {
        use crate::steps::tests::{example, props_as, walk_37c_admission};
        use kezek_rules::Channel;
        let queue = example(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ));
        assert!(queue.category.grounds.is_empty());
        let mut admission = walk_37c_admission();
        admission["child"]["special_educational_needs"] = false.into();
        admission["child"]["pmpc_conclusion"] = false.into();
        admission["child"]
            .as_object_mut()
            .unwrap()
            .remove("disorders");
        admission["family"] = serde_json::json!({});
        let admission = example(&admission.to_string());
        assert!(admission.category.grounds.is_empty());
        for (lang, general, not_confirmed) in [
            (Lang::Kk, "жалпы кезек", "расталмаған"),
            (Lang::Ru, "общую очередь", "не подтвержден"),
            (Lang::En, "general queue", "not confirmed"),
        ] {
            let p = props_as(
                queue.clone(),
                lang,
                Service::QueueRegistration,
                Channel::EgovPortal,
            );
            let note = nothing_ticked_note(&p).expect("the note, nothing ticked");
            assert!(note.to_lowercase().contains(general), "{lang:?}: {note}");
            // "None of these" ticked, or a ground: no note.
            let mut none = p.clone();
            none.draft = std::rc::Rc::new(crate::draft::Draft {
                family_none: true,
                ..(*p.draft).clone()
            });
            assert_eq!(nothing_ticked_note(&none), None);
            let p = props_as(
                admission.clone(),
                lang,
                Service::Admission,
                Channel::ProviderOffice,
            );
            let note = nothing_ticked_note(&p).expect("the admission's note");
            assert!(!note.contains(not_confirmed), "{lang:?}: {note}");
            let headline = p.t(&admission.category.reasons[0].key());
            assert!(!headline.contains(not_confirmed), "{lang:?}: {headline}");
        }
    }
}
