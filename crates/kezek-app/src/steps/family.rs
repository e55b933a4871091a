//! Step 4: the family situation — only the facts that can change the
//! category (cl. 20, Annex 1), each with what proves it (Annex 2 p. 8), and
//! "none of these" for a family none applies to.

use yew::prelude::*;

use super::{proof_text, StepProps};
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
    html! {
        <>
            <p class="kz-lead">{ p.t("ui-family-lead") }</p>
            <fieldset class="kz-checks">
                <legend>{ p.t("ui-family-question") }</legend>
                { for FamilyFact::ALL.into_iter().map(|f| {
                    let g = f.ground();
                    let (_, _, cite) = g.proof(channel);
                    let mut cites = g.citations();
                    cites.extend(cite);
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
