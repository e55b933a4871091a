//! Decision of the guardianship body taking into account the opinion of a
//! child aged ten or older («Он жасқа толған баланың пiкiрiн ескеру туралы
//! қорғаншылық немесе қамқоршылық органының шешімін беру»), register code
//! 00402013: the requirement list of Annex 20 to order No. 414.
//!
//! At the provider's office only, paper, 10 working days. Readings of the
//! law: the child must have reached ten on the application date (the
//! service's name, «Он жасқа толған баланың»); the service is at the office
//! only, whose row 7 is its timetable: papers are handed in while it is
//! open, so the age is taken on the day it receives them (a "now" on a
//! Sunday is Monday's submission; the portal's two-day reading,
//! `FamilyFacts::on_acceptance_day`, does not arise here); row 8 item 3 is the consent clause of Annex 5 row 8
//! item 3, encoded once (`CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE`); item 4 joins two documents (the marriage certificate, and
//! the proof that one parent does not care), each with its own condition;
//! the proof is asked as «құжаттардың электрондық көшірмесі» though row 2
//! takes the application only at the provider's office: Kezek keeps the
//! annex's words (`Supply::ElectronicCopy`) and the app says to ask the
//! provider in what form.
//! The rules' cl. 6 (order 414, list item 3) has the provider hold
//! «кәмелетке толмаған адаммен (балалармен) әңгімелесу» — it calls the
//! child a minor; no row states an upper age. Reading (the safe one for the
//! parent): the service is for a minor; a child of full age is outside it,
//! and the parent is told it is a reading (scope `child-of-full-age`,
//! `note-child-called-minor`).

use super::parts::{
    birth_certificate, child_minor, doc, generic_af, identity, in_person, in_rules_form,
    legal_representative, term_with_notice, CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE,
    MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
};
use super::*;

const A: u8 = 20;
const G: [RefusalGround; 6] = generic_af(A);

/// The rules' cl. 6 (order 414, list item 3): «Көрсетілетін қызметті
/// беруші кәмелетке толмаған адаммен (балалармен) әңгімелесу өткізгеннен
/// кейін 4 (төрт) жұмыс күні ішінде осы Қағидаларға 3-қосымшаға сәйкес
/// нысан бойынша … шешімін (бұдан әрі - шешім) дайындайды». Said to the
/// parent beside the due date, so that they know the provider talks with
/// the child and decides within 4 working days after it. Reading: the
/// clause does not say when or where the conversation is held, whether the
/// child is brought to the provider, nor how its 4 days fit into row 3's
/// 10: Kezek keeps row 3's date and says so, with the safe advice — ask
/// when and where at the counter, be ready to bring the child
/// (`note-child-opinion-conversation`).
const CONVERSATION: ProcedureStep = ProcedureStep {
    key: "step-child-opinion-conversation",
    term: Term::WorkingDays(4),
    citation: rules_clause(3, 6),
    note: Some("note-child-opinion-conversation"),
};

/// Annex 20.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402013",
    annex: A,
    register_row: 195,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::OFFICE],
    // Row 3 item 1; the rules' cl. 6 sends the preliminary refusal notice
    // and states the conversation with the child ([`CONVERSATION`]).
    terms: &[
        term_with_notice(Term::WorkingDays(10), cite(A, 3, Some(1)), 3, 6)
            .with_steps(&[CONVERSATION]),
    ],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[in_person(A, &[ServiceChannel::OFFICE], 15, 30)],
    state_corporation_reception: None,
    form: ServiceForm::Paper,
    free: true,
    documents: &[DocumentList {
        channels: &[ServiceChannel::OFFICE],
        variant: None,
        items: &[
            // Row 8 item 1 «баланың заңды өкілінің бірінің өтініші»; the
            // rules' cl. 3 (as worded by order 414): the applicant applies to
            // the provider «осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша».
            in_rules_form(
                doc(
                    "application",
                    "doc-application-legal-representative",
                    Condition::Always,
                    Supply::Application,
                    cite(A, 8, Some(1)),
                ),
                "doc-application-legal-representative-rules-form",
                rules_clause(3, 3),
            ),
            identity(A, 2),
            doc(
                "consent_spouse_or_other_representative",
                "doc-consent-spouse-or-other-representative",
                CONSENT_SPOUSE_OR_SEPARATE_REPRESENTATIVE,
                Supply::Document,
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
                // «… растайтын құжаттардың электрондық көшірмесі»: the
                // annex's words, though row 2 is the office only (the app
                // says so beside it).
                Supply::ElectronicCopy,
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
    // Row 8 item 1 (one of the child's legal representatives); the rules'
    // cl. 6: «кәмелетке толмаған адаммен (балалармен) әңгімелесу» — a
    // reading (see the module doc).
    scope: &[
        legal_representative(A),
        child_minor(rules_clause(3, 6), true),
    ],
    life_situation: LifeSituation::ChildRightsAndProperty,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
