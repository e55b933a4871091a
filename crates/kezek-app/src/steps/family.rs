//! Step 4: the family situation — only the facts that can change the
//! category (cl. 20, Annex 1), each with what proves it (Annex 2 p. 8).

use kezek_rules::category::Verification;
use yew::prelude::*;

use super::StepProps;
use crate::components::field::CheckField;
use crate::components::why::Why;
use crate::state::{Action, FamilyFact};

/// Step 4.
#[function_component(FamilyStep)]
pub fn family_step(p: &StepProps) -> Html {
    html! {
        <>
            <p class="kz-lead">{ p.t("ui-family-lead") }</p>
            <fieldset class="kz-checks">
                <legend>{ p.t("ui-family-question") }</legend>
                { for FamilyFact::ALL.into_iter().map(|f| {
                    let g = f.ground();
                    let channel = p.draft.channel.unwrap_or(kezek_rules::Channel::ProviderOffice);
                    let (docs, verification, cite) = g.proof(channel);
                    let names: Vec<String> = docs.iter().map(|d| p.t(&d.key())).collect();
                    let how = p.t(match verification {
                        Verification::EgovGateway => "ui-proof-gateway",
                        Verification::Paper => "ui-proof-paper",
                    });
                    let mut cites = g.citations();
                    cites.extend(cite);
                    let hint = html! {
                        <>
                            <span class="kz-proof">{ p.i18n.t_args("ui-proof", &[("docs", names.join("; "))]) }{ " " }{ how }</span>
                            <Why i18n={p.i18n.clone()} citations={cites} />
                        </>
                    };
                    html! {
                        <CheckField id={format!("family-{}", f.id())} label={p.t(&format!("ui-family-{}", f.id().replace('_', "-")))}
                            checked={f.is_set(&p.draft)} hint={Some(hint)}
                            onchange={p.send(move |v: bool| Action::SetFamily(f, v))} />
                    }
                }) }
            </fieldset>
            <p class="kz-hint">{ p.t("ui-family-sen-note") }</p>
        </>
    }
}
