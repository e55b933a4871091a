//! Free and discounted school meals («Жалпы білім беретін мектептердегі білім
//! алушылар мен тәрбиеленушілердің жекелеген санаттарына тегін және
//! жеңілдетілген тамақтандыруды ұсыну»), register code 00403008: the
//! requirement list of Annex 17 to order No. 414 (Annex 2 of the meals rules).
//!
//! Eligibility is the four categories of row 8 item 5 («мәртебесін растайтын
//! құжаттың көшірмесі»): (i) families entitled to targeted social assistance,
//! (ii) per-capita income below the subsistence minimum without TSA,
//! (iii) orphans / children without parental care brought up in families,
//! (iv) emergencies and other categories set by the school's collegial body.
//! The camps service (Annex 18) reuses the same four categories.

use super::parts::{
    application_in_rules_form, birth_certificate, decree64_grounds, doc, e_application, identity,
    in_person, term_with_notice, with_own_note, MARRIAGE_NOT_IN_REGISTRY,
};
use super::*;

const A: u8 = 17;
const G: [RefusalGround; 6] = decree64_grounds(A);

/// The four status documents of the category item (`item` of row 8) of
/// `annex`, each needed when the child falls in its category.
pub(super) const fn status_documents(annex: u8, item: u16, supply: Supply) -> [RequirementItem; 4] {
    [
        doc(
            "status_tsa",
            "doc-status-tsa",
            Condition::When(Fact::TargetedSocialAssistance),
            supply,
            cite(annex, 8, Some(item)),
        ),
        doc(
            "status_income",
            "doc-status-income",
            Condition::When(Fact::IncomeBelowSubsistenceWithoutTsa),
            supply,
            cite(annex, 8, Some(item)),
        ),
        // Category (iii) is «отбасыларда тәрбиеленетін» children, of no named
        // kind of family; its proof is «… қорғаншылықты (қамқоршылықты),
        // патронаттық тәрбиелеуді бекіту туралы уәкілетті органның шешімі».
        // Reading (a third reading, 02.12.2026): a foster family
        // («қабылдаушы отбасы») is in the category; whether the body's
        // placement decision is taken as the proof is the provider's to say,
        // so the line stays and its note says to ask.
        with_own_note(
            doc(
                "status_guardianship_decision",
                "doc-status-guardianship-decision",
                Condition::When(Fact::OrphanOrWithoutCareInFamily),
                supply,
                cite(annex, 8, Some(item)),
            ),
            "note-foster-family-proof",
        ),
        doc(
            "status_collegial_decision",
            "doc-status-collegial-decision",
            Condition::When(Fact::EmergencyOrCollegialCategory),
            supply,
            cite(annex, 8, Some(item)),
        ),
    ]
}

/// The four categories (i)–(iv), defined in row 8 item `item` of `annex`.
pub(super) const fn categories(annex: u8, item: u16) -> [EligibilityRule; 4] {
    [
        EligibilityRule {
            code: "tsa-family",
            condition: Condition::When(Fact::TargetedSocialAssistance),
            proof: Some("status_tsa"),
            citation: cite(annex, 8, Some(item)),
        },
        EligibilityRule {
            code: "income-below-subsistence",
            condition: Condition::When(Fact::IncomeBelowSubsistenceWithoutTsa),
            proof: Some("status_income"),
            citation: cite(annex, 8, Some(item)),
        },
        EligibilityRule {
            code: "orphan-in-family",
            condition: Condition::When(Fact::OrphanOrWithoutCareInFamily),
            proof: Some("status_guardianship_decision"),
            citation: cite(annex, 8, Some(item)),
        },
        EligibilityRule {
            code: "emergency-or-collegial",
            condition: Condition::When(Fact::EmergencyOrCollegialCategory),
            proof: Some("status_collegial_decision"),
            citation: cite(annex, 8, Some(item)),
        },
    ]
}

const S_OFFICE: [RequirementItem; 4] = status_documents(A, 5, Supply::OriginalForCheck);
const S_PORTAL: [RequirementItem; 4] = status_documents(A, 4, Supply::ElectronicCopy);
const CATS: [EligibilityRule; 4] = categories(A, 5);

/// Annex 17.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00403008",
    annex: A,
    register_row: 205,
    provider_key: "provider-00403008",
    // Row 2: «1) көрсетілетін қызметті берушінің кеңсесі; 2) білім беру
    // ұйымдары; 3) ... портал». No State Corporation.
    channels: &[
        ServiceChannel::OFFICE,
        ServiceChannel::EducationOrganisation,
        ServiceChannel::PORTAL,
    ],
    terms: &[term_with_notice(
        Term::WorkingDays(5),
        cite(A, 3, Some(1)),
        3,
        7,
    )],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[in_person(
        A,
        &[
            ServiceChannel::OFFICE,
            ServiceChannel::EducationOrganisation,
        ],
        15,
        30,
    )],
    state_corporation_reception: None,
    form: ServiceForm::ElectronicPartiallyAutomatedOrPaper,
    free: true,
    documents: &[
        // «көрсетілетін қызметті берушіге»: the education organisation is
        // itself a provider under row 1, so the same list applies there.
        DocumentList {
            channels: &[
                ServiceChannel::OFFICE,
                ServiceChannel::EducationOrganisation,
            ],
            variant: None,
            items: &[
                // Row 8 item 1 «өтініш»; the meals rules' cl. 3 (as worded by
                // order 414): «осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша».
                application_in_rules_form(A, 1, rules_clause(3, 3)),
                identity(A, 2),
                birth_certificate(A, 3, Supply::OriginalForCheck),
                doc(
                    "marriage_or_divorce_certificate",
                    "doc-marriage-or-divorce-certificate",
                    MARRIAGE_NOT_IN_REGISTRY,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(4)),
                ),
                S_OFFICE[0],
                S_OFFICE[1],
                S_OFFICE[2],
                S_OFFICE[3],
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::PORTAL],
            variant: None,
            items: &[
                e_application(A, 1),
                birth_certificate(A, 2, Supply::ElectronicCopy),
                doc(
                    "marriage_or_divorce_certificate",
                    "doc-marriage-or-divorce-certificate",
                    MARRIAGE_NOT_IN_REGISTRY,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(3)),
                ),
                S_PORTAL[0],
                S_PORTAL[1],
                S_PORTAL[2],
                S_PORTAL[3],
            ],
        },
    ],
    // Row 9 item 2 refers to decree No. 64, titled for pupils «Мемлекеттік
    // білім беру мекемелерінің» (of state education institutions). Unlike
    // Annex 18, the meals service's own title says only «жалпы білім беретін
    // мектептердегі» (in general-education schools). Reading: a private-school
    // pupil is not excluded by the service's text, but decree 64 (not in our
    // sources) is likely to leave them out — shown as the row-9 item 2 risk,
    // not as ineligibility. The decree is known to us by the title row 9
    // item 2 quotes («Мемлекеттік білім беру мекемелерінің … білім
    // алушылары мен тәрбиеленушілеріне … көмек көрсетуге»): the risk of a
    // non-state-school pupil says it is Kezek's reading
    // (`note-decree-64-title-state-schools`).
    refusal_grounds: &[
        G[0],
        RefusalGround {
            condition: Condition::Any(&[
                Condition::When(Fact::NoncompliantWithActs),
                Condition::Unless(Fact::StateInstitutionPupil),
            ]),
            note: Some(ReadingNote {
                key: NOTE_DECREE_64_TITLE_STATE_SCHOOLS,
                condition: Condition::All(&[
                    Condition::Unless(Fact::StateInstitutionPupil),
                    Condition::Unless(Fact::NoncompliantWithActs),
                ]),
                citation: cite(A, 9, Some(2)),
            }),
            ..G[1]
        },
        G[2],
        G[3],
        G[4],
        G[5],
    ],
    eligibility: &[CATS[0], CATS[1], CATS[2], CATS[3]],
    scope: &[],
    life_situation: LifeSituation::SchoolChild,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
