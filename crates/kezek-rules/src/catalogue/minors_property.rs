//! Certificates for disposal of minors' property («Кәмелетке толмағандардың
//! мүлкіне иелік ету үшін анықтамалар беру»), register code 00402004: the
//! requirement list of Annex 5 to order No. 414.
//!
//! Reading of the law: row 8 item 3 asks for the spouse's notarial consent
//! «не» (or) the consent of the legal representative who lives separately,
//! and, where one parent does not care for the child, the documents that
//! prove it. We ask for the consent unless one parent does not care, and
//! for the proof when one does (the proof replaces that parent's consent).
//! Row 9 item 5 (a transaction with the housing of an orphan or a child
//! without parental care under 14) is a refusal ground, shown as a risk.

use super::parts::{birth_certificate, doc, g_nla, g_unreliable, generic_cdef, ground, term_all};
use super::*;

const A: u8 = 5;
const G: [RefusalGround; 4] = generic_cdef(A, 3);

/// Annex 5.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402004",
    name_key: "svc-00402004",
    annex: A,
    register_row: 187,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::PORTAL],
    terms: &[term_all(Term::WorkingDays(3), cite(A, 3, None))],
    form: ServiceForm::ElectronicFullyAutomated,
    result_key: "result-00402004",
    free: true,
    documents: &[DocumentList {
        channels: &[ServiceChannel::PORTAL],
        variant: None,
        items: &[
            doc(
                "application",
                "doc-application-legal-representative",
                Condition::Always,
                Supply::Application,
                cite(A, 8, Some(1)),
            ),
            birth_certificate(A, 2, Supply::ElectronicCopy),
            doc(
                "consent_spouse_or_other_representative",
                "doc-consent-spouse-or-other-representative",
                Condition::Unless(Fact::OneParentNotCaring),
                Supply::ElectronicCopy,
                cite(A, 8, Some(3)),
            ),
            doc(
                "parent_not_caring_proof",
                "doc-parent-not-caring-proof",
                Condition::When(Fact::OneParentNotCaring),
                Supply::ElectronicCopy,
                cite(A, 8, Some(3)),
            ),
            doc(
                "inheritance_certificate",
                "doc-inheritance-certificate",
                Condition::When(Fact::InheritanceRightArose),
                Supply::ElectronicCopy,
                cite(A, 8, Some(4)),
            ),
            doc(
                "property_documents",
                "doc-property-documents",
                Condition::When(Fact::PropertyNotInStateSystems),
                Supply::ElectronicCopy,
                cite(A, 8, Some(5)),
            ),
            doc(
                "child_opinion",
                "doc-child-opinion",
                Condition::When(Fact::ChildAged10OrOlder),
                Supply::ElectronicCopy,
                cite(A, 8, Some(6)),
            ),
        ],
    }],
    // Row 9: 1) unreliable; 2) Civil Code and decree 382; 3) NLAs; 4) court
    // ban; 5) housing of a ward under 14; 6) special right; 7) consent.
    refusal_grounds: &[
        g_unreliable(A, 1),
        ground(
            "noncompliant-civil-code-382",
            Condition::When(Fact::NoncompliantWithActs),
            cite(A, 9, Some(2)),
        ),
        g_nla(A, 3),
        RefusalGround {
            citation: cite(A, 9, Some(4)),
            ..G[1]
        },
        ground(
            "ward-housing-transaction",
            Condition::All(&[
                Condition::When(Fact::RestrictedHousingTransaction),
                Condition::When(Fact::WardUnder14),
            ]),
            cite(A, 9, Some(5)),
        ),
        RefusalGround {
            citation: cite(A, 9, Some(6)),
            ..G[2]
        },
        RefusalGround {
            citation: cite(A, 9, Some(7)),
            ..G[3]
        },
    ],
    eligibility: &[],
    life_situation: LifeSituation::ChildRightsAndProperty,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
