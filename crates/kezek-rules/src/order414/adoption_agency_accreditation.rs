//! Accreditation of an adoption agency, or extension of the accreditation
//! («Бала асырап алу агенттігін аккредиттеу немесе аккредиттеу мерзімін
//! ұзарту»), register code 00404005 (rows 220–221 of the register, two
//! sub-types): the requirement list of Annex 2 to order No. 414 (Annex 2 of
//! the rules in order No. 513).
//!
//! **Out of scope for parents**: the applicant is the authorised person of a
//! foreign adoption agency («агенттіктің сенім білдірілген тұлғасы», rules
//! cl. 5; the register, row 220, names individuals and legal entities as
//! recipients). The entry is kept complete so the catalogue, the CLI and the
//! JS API mirror order 414, but the app's list for parents leaves it out and
//! its screen only says why. Sub-types are the variants
//! `"accreditation"` (terms 30 calendar days) and `"extension"` (15
//! calendar days). The agency-specific grounds (row 9 items 1)–9)) are facts
//! about the agency, given as [`FamilyFacts::agency_findings`].

use super::parts::{doc, g_nla, g_unreliable, generic_cdef, ground, in_person, with_note};
use super::*;

const A: u8 = 2;
const ACC: Option<Variant> = Some(Variant::Accreditation);
const EXT: Option<Variant> = Some(Variant::Extension);

/// Row 8 numbers each sub-type's documents under the sub-type's own item:
/// «1) … аккредиттеу … кіші түрі үшін: 1-1) … 1-12)» and «2) … мерзімін
/// ұзарту … кіші түрі үшін: 2-1), 2-2)». `adoc` cites the accreditation's
/// «1-n)», `edoc` the extension's «2-n)».
const fn adoc(id: &'static str, key: &'static str, supply: Supply, n: u16) -> RequirementItem {
    doc(id, key, Condition::Always, supply, cite_dashed(A, 8, 1, n))
}

/// The extension's «2-n)» (see [`adoc`]).
const fn edoc(id: &'static str, key: &'static str, supply: Supply, n: u16) -> RequirementItem {
    doc(id, key, Condition::Always, supply, cite_dashed(A, 8, 2, n))
}

/// The application in person for the extension: row 8 item 2-1 names «осы
/// Қағидаларға 1-қосымшаға сәйкес нысан бойынша … өтініші», the form that
/// order 414 reproduces as its own Annex 1 (one form for accreditation or
/// extension, «керегін таңдау»).
const APPLICATION_IN_PERSON: RequirementItem = edoc(
    "application",
    "doc-application-agency-form",
    Supply::Application,
    1,
);

/// Row 8 item 1-1 (accreditation) asks for an application «осы мемлекеттік
/// қызмет көрсетуге қойылатын талаптарға қосымшаға сәйкес нысан бойынша»: the
/// requirement list has no annex. The rules' cl. 5 (as worded by order 414)
/// has the applicant apply for accreditation «осы Қағидаларға 1-қосымшаға
/// сәйкес нысан бойынша», item 2-1 and cl. 19 name the same form for the
/// extension, and the form itself is for either. Reading (the one a careful
/// lawyer gives the applicant: the only form the texts give): item 1-1 means
/// the rules' Annex 1 (`note-agency-application-form`, cited to cl. 5).
const APPLICATION_IN_PERSON_ACCREDITATION: RequirementItem = with_note(
    adoc(
        "application",
        "doc-application-agency-form",
        Supply::Application,
        1,
    ),
    ReadingNote {
        key: "note-agency-application-form",
        condition: Condition::Always,
        citation: rules_clause(1, 5),
    },
);

const fn agency(code: &'static str, item: u16) -> RefusalGround {
    RefusalGround {
        code,
        condition: Condition::When(Fact::AgencyFinding(item)),
        variant: ACC,
        citation: cite(A, 9, Some(item)),
        note: None,
    }
}

const fn on(g: RefusalGround, variant: Option<Variant>, item: u16) -> RefusalGround {
    RefusalGround {
        variant,
        citation: cite(A, 9, Some(item)),
        ..g
    }
}

const G: [RefusalGround; 4] = generic_cdef(A, 1);

/// Annex 2.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00404005",
    annex: A,
    register_row: 220,
    provider_key: "provider-children-rights-committee",
    channels: &[ServiceChannel::OFFICE, ServiceChannel::PORTAL],
    terms: &[
        TermRule {
            channels: &[],
            variant: ACC,
            term: Term::CalendarDays(30),
            citation: cite(A, 3, Some(1)),
            // Rules 513 (accreditation) as worded by order 414: the
            // preliminary notice «… мерзімі аяқталғанға дейін 3 (үш) жұмыс
            // күнінен кешіктірмей …» is cl. 13's second paragraph (cl. 11 is
            // the two-day referral to the state bodies).
            preliminary_refusal: Some(rules_clause(1, 13)),
            // «көрсетілетін қызметті берушіге құжаттарды тапсырған сәттен бастап».
            from_submission: true,
            steps: &[],
        },
        TermRule {
            channels: &[],
            variant: EXT,
            term: Term::CalendarDays(15),
            // Row 3 item 1 holds both terms (item 2 is the 20-minute wait).
            citation: cite(A, 3, Some(1)),
            // Rules 513 cl. 24 (extension): the preliminary notice.
            preliminary_refusal: Some(rules_clause(1, 24)),
            from_submission: true,
            steps: &[],
        },
    ],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[in_person(A, &[ServiceChannel::OFFICE], 20, 30)],
    state_corporation_reception: None,
    form: ServiceForm::ElectronicPartiallyAutomatedOrPaper,
    free: true,
    documents: &[
        DocumentList {
            channels: &[ServiceChannel::OFFICE],
            variant: ACC,
            items: &[
                APPLICATION_IN_PERSON_ACCREDITATION,
                adoc(
                    "identity",
                    "doc-identity",
                    Supply::IdentityOrDigitalDocument,
                    2,
                ),
                adoc(
                    "constituent_documents",
                    "doc-agency-constituent-documents",
                    Supply::Copy,
                    3,
                ),
                adoc(
                    "authority_document",
                    "doc-agency-authority-document",
                    Supply::Copy,
                    4,
                ),
                adoc(
                    "recommendation_letter",
                    "doc-agency-recommendation-letter",
                    Supply::Copy,
                    5,
                ),
                adoc("services_list", "doc-agency-services-list", Supply::Copy, 6),
                adoc(
                    "monitoring_undertaking",
                    "doc-agency-monitoring-undertaking",
                    Supply::Copy,
                    7,
                ),
                adoc(
                    "consular_undertaking",
                    "doc-agency-consular-undertaking",
                    Supply::Copy,
                    8,
                ),
                adoc(
                    "power_of_attorney",
                    "doc-agency-power-of-attorney",
                    Supply::Copy,
                    9,
                ),
                adoc(
                    "successor_undertaking",
                    "doc-agency-successor-undertaking",
                    Supply::Copy,
                    10,
                ),
                adoc(
                    "notification_undertaking",
                    "doc-agency-24h-undertaking",
                    Supply::Copy,
                    11,
                ),
                adoc(
                    "changes_undertaking",
                    "doc-agency-changes-undertaking",
                    Supply::Copy,
                    12,
                ),
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::PORTAL],
            variant: ACC,
            items: &[
                adoc(
                    "application",
                    "doc-application-electronic",
                    Supply::Application,
                    1,
                ),
                adoc(
                    "constituent_documents",
                    "doc-agency-constituent-documents",
                    Supply::ElectronicCopy,
                    2,
                ),
                adoc(
                    "authority_document",
                    "doc-agency-authority-document",
                    Supply::ElectronicCopy,
                    3,
                ),
                adoc(
                    "recommendation_letter",
                    "doc-agency-recommendation-letter",
                    Supply::ElectronicCopy,
                    4,
                ),
                adoc(
                    "services_list",
                    "doc-agency-services-list",
                    Supply::ElectronicCopy,
                    5,
                ),
                adoc(
                    "monitoring_undertaking",
                    "doc-agency-monitoring-undertaking",
                    Supply::ElectronicCopy,
                    6,
                ),
                adoc(
                    "consular_undertaking",
                    "doc-agency-consular-undertaking",
                    Supply::ElectronicCopy,
                    7,
                ),
                adoc(
                    "power_of_attorney",
                    "doc-agency-power-of-attorney",
                    Supply::ElectronicCopy,
                    8,
                ),
                adoc(
                    "successor_undertaking",
                    "doc-agency-successor-undertaking",
                    Supply::ElectronicCopy,
                    9,
                ),
                adoc(
                    "notification_undertaking",
                    "doc-agency-24h-undertaking",
                    Supply::ElectronicCopy,
                    10,
                ),
                adoc(
                    "changes_undertaking",
                    "doc-agency-changes-undertaking",
                    Supply::ElectronicCopy,
                    11,
                ),
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::OFFICE],
            variant: EXT,
            items: &[
                APPLICATION_IN_PERSON,
                edoc(
                    "power_of_attorney",
                    "doc-agency-power-of-attorney",
                    Supply::Copy,
                    2,
                ),
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::PORTAL],
            variant: EXT,
            items: &[
                edoc(
                    "application",
                    "doc-application-electronic",
                    Supply::Application,
                    1,
                ),
                edoc(
                    "power_of_attorney",
                    "doc-agency-power-of-attorney",
                    Supply::ElectronicCopy,
                    2,
                ),
            ],
        },
    ],
    refusal_grounds: &[
        // Accreditation, items 1)–14).
        agency("agency-documents-noncompliant", 1),
        agency("agency-unreliable-information", 2),
        agency("agency-negative-information", 3),
        agency("agency-unfavourable-situation", 4),
        agency("agency-staff-violation", 5),
        agency("agency-monitoring-breach", 6),
        agency("agency-consular-breach", 7),
        agency("agency-activity-ceased", 8),
        agency("agency-number-exceeded", 9),
        on(g_nla(A, 10), ACC, 10),
        on(G[0], ACC, 11),
        on(G[1], ACC, 12),
        on(G[2], ACC, 13),
        on(G[3], ACC, 14),
        // Extension, items 1)–7): the Marriage and Family Code; (a), (d),
        // (e), (b), (c), (f).
        on(
            ground(
                "noncompliant-family-code",
                Condition::When(Fact::NoncompliantWithActs),
                cite(A, 9, Some(1)),
            ),
            EXT,
            1,
        ),
        on(g_unreliable(A, 2), EXT, 2),
        on(G[1], EXT, 3),
        on(G[2], EXT, 4),
        on(g_nla(A, 5), EXT, 5),
        on(G[0], EXT, 6),
        on(G[3], EXT, 7),
    ],
    eligibility: &[],
    scope: &[],
    life_situation: LifeSituation::NotForFamilies,
    audience: Audience::LegalEntities,
    in_scope_for_parents: false,
    out_of_scope_key: Some("out-of-scope-legal-entities"),
};
