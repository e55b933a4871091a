//! Permission for parents deprived of parental rights to meet the child
//! («Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға
//! баламен кездесуіне рұқсат беру»), register code 00402010: the requirement
//! list of Annex 13 to order No. 414.
//!
//! Paper only, at the provider or the State Corporation, 5 working days.
//! Row 10 mentions the portal in its boilerplate; row 2 does not list it,
//! so the portal is not a channel here. The applicant must be a parent
//! deprived of parental rights: row 5 says so — the result is «Балаға кері
//! әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен
//! кездесуіне қорғаншылық және қамқоршылық органының рұқсаты» —, and the
//! category cites it; row 8 item 3 only asks for that court decision among
//! the documents.

use super::parts::{
    application_in_rules_form, doc, generic_af, identity, in_person, term_with_notice,
};
use super::*;

const A: u8 = 13;
const G: [RefusalGround; 6] = generic_af(A);

/// Annex 13.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402010",
    annex: A,
    register_row: 193,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::OFFICE, ServiceChannel::STATE_CORPORATION],
    terms: &[term_with_notice(
        Term::WorkingDays(5),
        cite(A, 3, Some(1)),
        3,
        9,
    )],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[
        in_person(A, &[ServiceChannel::OFFICE], 15, 30),
        in_person(A, &[ServiceChannel::STATE_CORPORATION], 15, 15),
    ],
    // Row 7 item 2: «көрсетілетін қызметті алушының тіркелген орны бойынша».
    // Row 2 item 2: «Өтінішті қабылдау және мемлекеттік қызмет көрсетудің
    // нәтижесін беру: … 2) … Мемлекеттік корпорация».
    state_corporation_reception: Some(StateCorporationReception::at(
        A,
        2,
        StateCorporationPlace::Applicant,
    )),
    form: ServiceForm::Paper,
    free: true,
    documents: &[DocumentList {
        channels: &[ServiceChannel::OFFICE, ServiceChannel::STATE_CORPORATION],
        variant: None,
        items: &[
            // Row 8 item 1 «өтініш»; the parental-meeting rules' cl. 3 (as worded by order 414):
            // the applicant applies to the provider (education administrations and departments) or
            // through the State Corporation, «осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша».
            application_in_rules_form(A, 1, rules_clause(3, 3)),
            identity(A, 2),
            doc(
                "deprivation_court_decision",
                "doc-deprivation-court-decision",
                Condition::Always,
                // «ата-ана құқықтарынан айыру туралы сот шешімі»: no «көшірмесі».
                Supply::Document,
                cite(A, 8, Some(3)),
            ),
            doc(
                "police_reference",
                "doc-police-character-reference",
                Condition::Always,
                Supply::Document,
                cite(A, 8, Some(4)),
            ),
        ],
    }],
    refusal_grounds: &[G[0], G[1], G[2], G[3], G[4], G[5]],
    eligibility: &[EligibilityRule {
        code: "deprived-parent",
        condition: Condition::When(Fact::ApplicantDeprivedOfParentalRights),
        proof: Some("deprivation_court_decision"),
        // Row 5, the result: the permission is for «ата-ана құқықтарынан
        // айырылған ата-аналарға».
        citation: cite(A, 5, None),
    }],
    scope: &[],
    life_situation: LifeSituation::ChildRightsAndProperty,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
