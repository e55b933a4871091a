//! Certificates for disposal of minors' property («Кәмелетке толмағандардың
//! мүлкіне иелік ету үшін анықтамалар беру»), register code 00402004: the
//! requirement list of Annex 5 to order No. 414.
//!
//! Reading of the law: row 8 item 3 asks for the spouse's notarial consent
//! «не» (or) the consent of the legal representative who lives separately,
//! and, where one parent does not care for the child, the documents that
//! prove it — the same clause as Annex 20 row 8 item 3, encoded once as
//! `CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE` (the proof replaces that
//! parent's consent). The item ends «(АХАЖ АЖ-да мәліметтер болмаған
//! жағдайда)». It may cover the whole list of proofs (it closes the list,
//! after «және т. б.»: no copy where the civil-registry IS holds the fact — a
//! death record, a birth record made on the mother's statement) or only the
//! proof it follows (the birth reference, spared either way). Reading (the
//! safe one for the parent, 01.12.2026): the proof stays on the list
//! whenever one parent does not care for the child; where the fact may be
//! recorded with the civil registry (answered yes, or not yet answered), the
//! line says it is Kezek's reading — no copy for a birth record on the
//! mother's statement, the provider may find the others there or find the
//! set incomplete without the copy (`note-civil-registry-proof-reading`; the
//! receipt preview then asserts neither a gap nor a complete set).
//! Row 9 item 5 (a transaction with the housing of an orphan or a child
//! without parental care under 14) is a refusal ground, shown as a risk.
//! The service is about a minor's property (the title «Кәмелетке
//! толмағандардың мүлкіне …», row 5 «Кәмелетке толмаған балалардың мүлкіне
//! иелік ету үшін анықтама», row 8 item 1): a child of full age is outside
//! it, said by the text (scope `child-of-full-age-minors-property`, in the
//! service's own words; no reading note).

use super::parts::{
    birth_certificate, child_minor_property, doc, each_child_aged, g_nla, g_unreliable,
    generic_cdef, ground, legal_representative, term_with_notice, with_note,
    CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE,
};
use super::*;

const A: u8 = 5;
const G: [RefusalGround; 4] = generic_cdef(A, 3);

/// Annex 5.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402004",
    annex: A,
    register_row: 187,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::PORTAL],
    // Row 3 reads only «3 (үш) жұмыс күні»: no first day stated.
    terms: &[term_with_notice(Term::WorkingDays(3), cite(A, 3, None), 3, 7).start_unstated()],
    in_person: &[],
    state_corporation_reception: None,
    form: ServiceForm::ElectronicFullyAutomated,
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
                CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE,
                Supply::ElectronicCopy,
                cite(A, 8, Some(3)),
            ),
            with_note(
                doc(
                    "parent_not_caring_proof",
                    "doc-parent-not-caring-proof",
                    Condition::When(Fact::OneParentNotCaring),
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(3)),
                ),
                ReadingNote {
                    key: NOTE_CIVIL_REGISTRY_PROOF_READING,
                    condition: Condition::When(Fact::NotCaringInCivilRegistry),
                    citation: cite(A, 8, Some(3)),
                },
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
            // «бала (балалар) (он жасқа толған жағдайда) пікірі»: the
            // opinion of each child aged ten or more. Reading: the item names
            // no day for «он жасқа толған»; a child who turns ten after the
            // day of submission and by the day of acceptance (row 7: the
            // portal accepts after hours and on days off «келесі жұмыс
            // күнімен») gives one too, with `note-age-reading-document`
            // (FamilyFacts::on_acceptance_day).
            each_child_aged(
                doc(
                    "child_opinion",
                    "doc-child-opinion",
                    Condition::When(Fact::AnyChildAged10OrOlder),
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(6)),
                ),
                10,
            ),
        ],
    }],
    // Row 9: 1) unreliable; 2) Civil Code and decree 382; 3) NLAs; 4) court
    // ban; 5) housing of a ward under 14; 6) special right; 7) consent.
    // Item 5's «он төрт жасқа толмаған» names no day either: a ward who turns
    // fourteen after the day of submission and by the day of acceptance
    // keeps the risk, with `note-age-reading-ground` (a reading,
    // FamilyFacts::on_acceptance_day).
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
        // Reading: the parent answers the orphan or no-care status of «the
        // child»; the other children of the application are taken to share
        // it. Where the ground holds only through another child under
        // fourteen, the risk says it is Kezek's reading
        // (`note-ward-status-shared`).
        RefusalGround {
            note: Some(ReadingNote {
                key: NOTE_WARD_STATUS_SHARED,
                condition: Condition::When(Fact::WardUnder14ThroughAnotherChild),
                citation: cite(A, 9, Some(5)),
            }),
            ..ground(
                "ward-housing-transaction",
                Condition::All(&[
                    Condition::When(Fact::RestrictedHousingTransaction),
                    Condition::When(Fact::WardUnder14),
                ]),
                cite(A, 9, Some(5)),
            )
        },
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
    // Row 8 item 1 (one of the child's legal representatives); row 5: «Кәмелетке толмаған балалардың мүлкіне иелік ету үшін
    // анықтама» — the certificate is for the property of a minor child.
    scope: &[
        legal_representative(A),
        child_minor_property(cite(A, 5, None)),
    ],
    life_situation: LifeSituation::ChildRightsAndProperty,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
