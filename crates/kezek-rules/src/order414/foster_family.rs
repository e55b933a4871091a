//! Placing a child (children) in a foster family and assigning money for
//! their upkeep («Баланы (балаларды) қабылдаушы отбасына тәрбиелеуге беру
//! және оларды асырауға ақшалай қаражат төлеуді тағайындау»), register code
//! 00404007: the requirement list of Annex 11 to order No. 414.
//!
//! Readings of the law: the housing documents (item 6) cover ownership *or*
//! the right of use (a lease), so they are always asked for; kinship
//! documents (item 7) only where a relative or step-parent applies; the
//! training certificate is waived by the list for close relatives only
//! (item 8); for relatives and step-parents it is shown with the note after
//! the lists (art. 122 p. 1: the body may appoint them if they train within
//! one calendar year — its decision), and the refusal ground for lacking
//! training spares them, as in Annex 6.

use super::guardianship::{KIN, NO_TRAINING_NOT_KIN};
use super::parts::{
    application_in_rules_form, doc, e_application, guardian_grounds, identity, in_person,
    term_with_notice, training_certificate, MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
};
use super::*;

const A: u8 = 11;

/// Annex 11.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00404007",
    annex: A,
    register_row: 223,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::OFFICE, ServiceChannel::PORTAL],
    terms: &[term_with_notice(
        Term::WorkingDays(10),
        cite(A, 3, Some(1)),
        3,
        8,
    )],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[in_person(A, &[ServiceChannel::OFFICE], 20, 30)],
    state_corporation_reception: None,
    form: ServiceForm::ElectronicPartiallyAutomatedOrPaper,
    free: true,
    documents: &[
        DocumentList {
            channels: &[ServiceChannel::OFFICE],
            variant: None,
            items: &[
                // Row 8 item 1 «өтініш»; the foster-family rules' cl. 3 (as worded by order 414):
                // the applicant applies to the provider (education administrations and departments)
                // or through the portal, «осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша».
                application_in_rules_form(A, 1, rules_clause(3, 3)),
                identity(A, 2),
                doc(
                    "marriage_certificate",
                    "doc-marriage-certificate",
                    MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
                    Supply::Copy,
                    cite(A, 8, Some(3)),
                ),
                doc(
                    "health_certificates",
                    "doc-health-and-dispensary-certificates",
                    Condition::Always,
                    Supply::Document,
                    cite(A, 8, Some(4)),
                ),
                doc(
                    "criminal_record_certificates",
                    "doc-criminal-record-certificates",
                    Condition::Always,
                    Supply::Document,
                    cite(A, 8, Some(5)),
                ),
                doc(
                    "housing_documents",
                    "doc-housing-ownership-or-use",
                    Condition::Always,
                    Supply::Copy,
                    cite(A, 8, Some(6)),
                ),
                doc(
                    "kinship",
                    "doc-kinship",
                    KIN,
                    Supply::Copy,
                    cite(A, 8, Some(7)),
                ),
                training_certificate(A, 8, Supply::Document),
                doc(
                    "bank_account_contract",
                    "doc-bank-account-contract",
                    Condition::Always,
                    Supply::Copy,
                    cite(A, 8, Some(9)),
                ),
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::PORTAL],
            variant: None,
            items: &[
                e_application(A, 1),
                doc(
                    "marriage_certificate",
                    "doc-marriage-certificate",
                    MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(2)),
                ),
                doc(
                    "health_certificates",
                    "doc-health-and-dispensary-certificates",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(3)),
                ),
                doc(
                    "criminal_record_certificates",
                    "doc-criminal-record-certificates",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(4)),
                ),
                doc(
                    "housing_documents",
                    "doc-housing-ownership-or-use",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(5)),
                ),
                doc(
                    "bank_account_contract",
                    "doc-bank-account-contract",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(6)),
                ),
                doc(
                    "kinship",
                    "doc-kinship",
                    KIN,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(7)),
                ),
                training_certificate(A, 8, Supply::ElectronicCopy),
            ],
        },
    ],
    refusal_grounds: &guardian_grounds(A, NO_TRAINING_NOT_KIN),
    eligibility: &[],
    scope: &[],
    life_situation: LifeSituation::BecomingGuardian,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
