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

/// Step 4.
#[function_component(FamilyStep)]
pub fn family_step(p: &StepProps) -> Html {
    let channel = p
        .draft
        .channel
        .unwrap_or(kezek_rules::Channel::ProviderOffice);
    let service = p
        .draft
        .service
        .unwrap_or(kezek_rules::Service::QueueRegistration);
    let cl16 = general_referral_cl16(p);
    // A skip link: focus only (the hash is the route, so it is not followed);
    // the parent then ticks box 10 themselves.
    let to_none = Callback::from(|ev: MouseEvent| {
        ev.prevent_default();
        focus_element("family-none");
    });
    // Box 10's number from its citation (the form's numbering, not the list's).
    let box_number = kezek_rules::category::NONE_OF_THE_GROUNDS_BOX
        .clause
        .unwrap_or_default()
        .to_string();
    let skip_text = p
        .i18n
        .t_args("ui-family-skip-to-none", &[("n", box_number)]);
    html! {
        <>
            <p class="kz-lead">{ p.t("ui-family-lead") }</p>
            <fieldset class="kz-checks">
                <legend>{ p.t("ui-family-question") }</legend>
                <p><a href="#family-none" id="family-skip-to-none" onclick={to_none}>{ skip_text }</a></p>
                { for FamilyFact::ALL.into_iter().map(|f| {
                    let g = f.ground();
                    // The rules' "Why?" of the ground and its proof for the
                    // service: at admission cl. 22's second check, not
                    // Annex 2 p. 8 nor the Annex 1 box.
                    let cites = g.proof_check(service, channel, cl16).citations;
                    let hint = html! {
                        <>
                            <span class="kz-proof">{ proof_text(p, g) }</span>
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
                            <Why i18n={p.i18n.clone()} citations={vec![kezek_rules::category::NONE_OF_THE_GROUNDS_BOX]} />
                        </>
                    })}
                    onchange={p.send(Action::SetFamilyNone)} />
            </fieldset>
            <p class="kz-hint">{ p.t("ui-family-sen-note") }</p>
        </>
    }
}
