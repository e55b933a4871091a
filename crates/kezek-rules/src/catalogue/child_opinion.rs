//! Decision of the guardianship body taking into account the opinion of a
//! child aged ten or older («Он жасқа толған баланың пiкiрiн ескеру туралы
//! қорғаншылық немесе қамқоршылық органының шешімін беру»), register code
//! 00402013: the requirement list of Annex 20 to order No. 414.
//!
//! At the provider's office only, paper, 10 working days. Readings of the
//! law: the child must have reached ten on the application date (the
//! service's name); row 8 item 3 asks for the spouse's notarial consent or
//! the consent of the legal representative who lives separately, so it is
//! asked for when the applicant is married or the other representative
//! lives apart; item 4 joins two documents (the marriage certificate, and
//! the proof that one parent does not care), each with its own condition.

use super::parts::{
    birth_certificate, doc, generic_af, identity, term_all, MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
};
use super::*;

const A: u8 = 20;
const G: [RefusalGround; 6] = generic_af(A);

/// Annex 20.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402013",
    name_key: "svc-00402013",
    annex: A,
    register_row: 195,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::OFFICE],
    terms: &[term_all(Term::WorkingDays(10), cite(A, 3, None))],
    form: ServiceForm::Paper,
    result_key: "result-00402013",
    free: true,
    documents: &[DocumentList {
        channels: &[ServiceChannel::OFFICE],
        variant: None,
        items: &[
            doc(
                "application",
                "doc-application-legal-representative",
                Condition::Always,
                Supply::Application,
                cite(A, 8, Some(1)),
            ),
            identity(A, 2),
            doc(
                "consent_spouse_or_other_representative",
                "doc-consent-spouse-or-other-representative",
                Condition::Any(&[
                    Condition::When(Fact::Married),
                    Condition::When(Fact::OtherRepresentativeLivesSeparately),
                ]),
                Supply::OriginalForCheck,
                cite(A, 8, Some(3)),
            ),
            doc(
                "marriage_certificate",
                "doc-marriage-certificate",
                MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
                Supply::Copy,
                cite(A, 8, Some(4)),
            ),
            doc(
                "parent_not_caring_proof",
                "doc-parent-not-caring-proof",
                Condition::When(Fact::OneParentNotCaring),
                Supply::Copy,
                cite(A, 8, Some(4)),
            ),
            birth_certificate(A, 5, Supply::Copy),
        ],
    }],
    refusal_grounds: &[G[0], G[1], G[2], G[3], G[4], G[5]],
    eligibility: &[EligibilityRule {
        code: "child-aged-10",
        condition: Condition::When(Fact::ChildAged10OrOlder),
        proof: None,
        citation: cite(A, 5, None),
    }],
    life_situation: LifeSituation::ChildRightsAndProperty,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
