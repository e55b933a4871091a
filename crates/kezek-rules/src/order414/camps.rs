//! Referrals to out-of-town and school camps («Мемлекеттік білім беру
//! мекемелеріндегі білім алушылар мен тәрбиеленушілердің жекелеген
//! санаттарына қала сыртындағы және мектеп жанындағы лагерьлерде демалуы
//! үшін құжаттар қабылдау және жолдама беру»), register code 00403009: the
//! requirement list of Annex 18 to order No. 414.
//!
//! The categories of pupils are those of the meals service (row 8 item 6 of
//! Annex 18 repeats Annex 17 row 8 item 5 word for word). The medical
//! certificate 071/у (row 8 item 5; portal item 4) is on every list: the
//! row names it without a condition; «сауықтыру лагеріне баратын оқушыға
//! берілетін» is the form's name, the pupil it is issued to, and every pupil
//! of this service goes to a camp (the parent walkthrough of 03.12.2026:
//! it had been asked for only on a «going to a health camp» answer, so a
//! school-camp parent who answered no was not told to bring it).
//!
//! Reading of the law: at the office the birth certificate is needed «АХАЖ
//! АЖ-да мәліметтер болмаған кезде» only, while the portal list (item 2) adds
//! «не Қазақстан Республикасынан тыс жерде туылған жағдайда». We encode each
//! list as worded; a child born abroad is in practice never in АХАЖ АЖ.

use super::parts::{
    application_in_rules_form, birth_certificate, decree64_grounds, doc, e_application, identity,
    in_person, term_with_notice, MARRIAGE_NOT_IN_REGISTRY,
};
use super::school_meals::{categories, status_documents};
use super::*;

const A: u8 = 18;
const S_OFFICE: [RequirementItem; 4] = status_documents(A, 6, Supply::Copy);
const S_PORTAL: [RequirementItem; 4] = status_documents(A, 5, Supply::ElectronicCopy);
const CATS: [EligibilityRule; 4] = categories(A, 6);

/// Annex 18.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00403009",
    annex: A,
    register_row: 206,
    provider_key: "provider-00403009",
    channels: &[
        ServiceChannel::OFFICE,
        ServiceChannel::STATE_CORPORATION,
        ServiceChannel::EducationOrganisation,
        ServiceChannel::PORTAL,
    ],
    terms: &[term_with_notice(
        Term::WorkingDays(5),
        cite(A, 3, Some(1)),
        3,
        10,
    )],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[
        in_person(
            A,
            &[
                ServiceChannel::OFFICE,
                ServiceChannel::EducationOrganisation,
            ],
            15,
            30,
        ),
        in_person(A, &[ServiceChannel::STATE_CORPORATION], 15, 15),
    ],
    // Row 7 item 2: «көрсетілетін қызметті алушының тіркелген жері бойынша».
    // Row 2 item 2: «Өтінішті қабылдау және мемлекеттік қызмет көрсетудің
    // нәтижесін беру: … 2) … Мемлекеттік корпорация».
    state_corporation_reception: Some(StateCorporationReception::at(
        A,
        2,
        StateCorporationPlace::Applicant,
    )),
    form: ServiceForm::ElectronicPartiallyAutomatedOrPaper,
    free: true,
    documents: &[
        DocumentList {
            channels: &[
                ServiceChannel::OFFICE,
                ServiceChannel::STATE_CORPORATION,
                ServiceChannel::EducationOrganisation,
            ],
            variant: None,
            items: &[
                // Row 8 item 1 «өтініш»; the camps rules' cl. 3 (as worded by order 414): the
                // applicant applies to the provider (education administrations and departments,
                // education organisations), the State Corporation or the portal, «осы Қағидаларға
                // 1-қосымшаға сәйкес нысан бойынша».
                application_in_rules_form(A, 1, rules_clause(3, 3)),
                identity(A, 2),
                // Item 3: only «АХАЖ АЖ-да мәліметтер болмаған кезде» (the
                // portal's item 2 adds a birth abroad; this one does not).
                doc(
                    "birth_certificate",
                    "doc-child-birth-certificate-no-registry-record",
                    Condition::When(Fact::ChildBirthNotInCivilRegistry),
                    Supply::Copy,
                    cite(A, 8, Some(3)),
                ),
                doc(
                    "marriage_or_divorce_certificate",
                    "doc-marriage-or-divorce-certificate",
                    MARRIAGE_NOT_IN_REGISTRY,
                    Supply::Copy,
                    cite(A, 8, Some(4)),
                ),
                doc(
                    "medical_071",
                    "doc-medical-071",
                    Condition::Always,
                    Supply::Document,
                    cite(A, 8, Some(5)),
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
                doc(
                    "medical_071",
                    "doc-medical-071",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(4)),
                ),
                S_PORTAL[0],
                S_PORTAL[1],
                S_PORTAL[2],
                S_PORTAL[3],
            ],
        },
    ],
    refusal_grounds: &decree64_grounds(A),
    eligibility: &[CATS[0], CATS[1], CATS[2], CATS[3]],
    // Annex 18's title and rules cl. 3 (as worded by order 414): the service
    // is for «Мемлекеттік білім беру мекемелеріндегі білім алушылар мен
    // тәрбиеленушілердің жекелеген санаттарына» — pupils of state education
    // institutions; a private-school pupil is outside it whatever the category.
    // Row 5 refuses only «… талаптарының 9-тармағында көрсетілген негіздер
    // бойынша», and row 9 names no private school: the ground a provider
    // would refuse such a pupil on is item 2, decree No. 64, whose title
    // the row quotes for pupils «Мемлекеттік білім беру мекемелерінің».
    // Reading (the refusal ground, not the scope): the risk cites the
    // rules' clause, and its note says the ground, cited to row 9 item 2
    // (`note-decree-64-camps-state-institutions`).
    scope: &[ScopeRule {
        code: "not-state-institution-pupil",
        condition: Condition::When(Fact::StateInstitutionPupil),
        citation: rules_clause(3, 3),
        note: Some(ReadingNote {
            key: "note-decree-64-camps-state-institutions",
            condition: Condition::Always,
            citation: cite(A, 9, Some(2)),
        }),
        effect: ScopeEffect::Excludes,
    }],
    life_situation: LifeSituation::SchoolChild,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
