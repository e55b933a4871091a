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

#[cfg(test)]
mod tests {
    /// Annex 2 p. 8 sub. 3 names «ата-анасының бірінің немесе заңды
    /// өкілінің», and order No. 254 defines no legal representative. Step 3
    /// said «кто является законным представителем, определяет приказ №
    /// 164-НҚ» (walk of 05.12.2026): that order words the definition of the
    /// children's creative-clubs rules, for those rules. It is now said as
    /// Kezek's reading (the list is taken from there), with order No. 254's
    /// silence, and the act named by its minister and date.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex2_8_3_who_is_a_legal_representative_is_kezeks_reading_of_order_164() {
        use crate::i18n::{I18n, Lang};
        for (lang, not) in [
            (
                Lang::Kk,
                "№ 164-НҚ бұйрық (2-тармақтың 3) тармақшасы) айқындайды",
            ),
            (Lang::Ru, "определяет приказ № 164-НҚ"),
            (Lang::En, "is defined in order No. 164-НҚ"),
        ] {
            let t = I18n::new(lang).t("ui-role-source");
            assert!(!t.contains(not), "{lang:?}: {t}");
            assert!(t.contains("Kezek"), "{lang:?}: {t}");
            assert!(
                t.contains("14.04.2025") || t.contains("14 сәуір"),
                "{lang:?}: {t}"
            );
            assert_eq!(t.matches("254").count(), 2, "{lang:?}: {t}");
        }
    }
}
