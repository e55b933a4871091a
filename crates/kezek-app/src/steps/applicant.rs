//! Step 3: who applies — the relationship to the child (the legal
//! representatives of seed 000, cl. 2 sub. 3) and contact details for notices.

use kezek_rules::case::Role;
use yew::prelude::*;

use super::StepProps;
use crate::components::field::{Choice, RadioGroup, TextField};
use crate::state::Action;

/// The roles, with their codes.
pub const ROLES: [(Role, &str); 8] = [
    (Role::Parent, "parent"),
    (Role::AdoptiveParent, "adoptive_parent"),
    (Role::Guardian, "guardian"),
    (Role::Trustee, "trustee"),
    (Role::FosterParent, "foster_parent"),
    (Role::ProfessionalFosterCarer, "professional_foster_carer"),
    (Role::PatronageCarer, "patronage_carer"),
    (Role::OtherLegalRepresentative, "other_legal_representative"),
];

/// Step 3.
#[function_component(ApplicantStep)]
pub fn applicant_step(p: &StepProps) -> Html {
    let d = &p.draft;
    let choices = ROLES
        .iter()
        .map(|(_, code)| Choice {
            value: (*code).into(),
            label: p.t(&format!("ui-role-{}", code.replace('_', "-"))).into(),
            hint: None,
            disabled: false,
        })
        .collect::<Vec<_>>();
    let selected = d
        .role
        .and_then(|r| ROLES.iter().find(|(x, _)| *x == r))
        .map(|(_, c)| AttrValue::from(*c));
    let phone = |i: usize| d.phones.get(i).cloned().unwrap_or_default();
    html! {
        <>
            <RadioGroup name="role" legend={p.t("ui-role-question")} choices={choices} selected={selected}
                error={p.error_for("applicant.role")}
                onchange={p.send(|v: String| Action::SetRole(ROLES.iter().find(|(_, c)| *c == v).map(|(r, _)| *r).unwrap_or(Role::Parent)))} />
            <p class="kz-hint">{ p.t("ui-role-source") }</p>
            <TextField id="applicant-iin" label={p.t("ui-applicant-iin")} value={d.applicant_iin.clone()}
                inputmode={Some(AttrValue::from("numeric"))} error={p.error_for("applicant.iin")}
                hint={Some(AttrValue::from(p.t("ui-applicant-iin-hint")))} oninput={p.send(Action::SetApplicantIin)} />
            <TextField id="applicant-name" label={p.t("ui-full-name")} value={d.full_name.clone()} autocomplete={Some(AttrValue::from("name"))}
                hint={Some(AttrValue::from(p.t("ui-full-name-hint")))} error={p.error_for("applicant.full_name")}
                oninput={p.send(Action::SetFullName)} />
            <TextField id="applicant-phone-1" kind="tel" label={p.t("ui-phone-1")} value={phone(0)} autocomplete={Some(AttrValue::from("tel"))}
                hint={Some(AttrValue::from(p.t("ui-phone-hint")))} error={p.error_for("applicant.phones[0]")}
                oninput={p.send(|v: String| Action::SetPhone(0, v))} />
            <TextField id="applicant-phone-2" kind="tel" label={p.t("ui-phone-2")} value={phone(1)}
                error={p.error_for("applicant.phones[1]")} oninput={p.send(|v: String| Action::SetPhone(1, v))} />
            <TextField id="applicant-email" kind="email" label={p.t("ui-email")} value={d.email.clone()} autocomplete={Some(AttrValue::from("email"))}
                error={p.error_for("applicant.email")} oninput={p.send(Action::SetEmail)} />
        </>
    }
}
