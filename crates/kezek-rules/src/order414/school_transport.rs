//! Free transport of children living in remote rural settlements to school
//! and back home («Шалғайдағы ауылдық елді мекендерде тұратын балаларды
//! жалпы білім беру ұйымдарына және кейін үйлеріне тегін тасымалдауды
//! ұсыну»), register code 00403007: the requirement list of Annex 15 to
//! order No. 414.
//!
//! Eligibility: the child lives in a remote rural settlement (the service's
//! name and result, row 5). Which settlements count, and the distance to
//! the school, are set by the Law «On education» and Gov. decree No. 1256
//! (row 9 item 2), which are not in our sources: the parent answers the
//! question, and the school certificate (row 8 item 4) proves the rest.
//!
//! Row 7 item 2 receives at the registered place of «… тасымалдауды қажет
//! ететін кәмелетке толмаған баланы»: it calls the child who needs transport
//! a minor, only to say where to apply; no row states an upper age (the
//! title says «балаларды»), and a pupil may be eighteen in the last grade.
//! Reading (the safe one for the parent): a pupil of full age is not
//! excluded — "not eligible" would assert what the text does not say and
//! keep the family from a free service — but the provider may read the
//! text as excluding them: eligible, with a caution (`child-of-full-age`,
//! `note-child-called-minor-caution`). Annexes 6 and 20 keep the scope:
//! their service itself concerns a minor (guardianship over a child left
//! without care; the interview with «кәмелетке толмаған адам»).

use super::parts::{
    application_in_rules_form, birth_certificate, child_called_minor_caution, doc, e_application,
    g_unreliable, generic_cdef, ground, identity, in_person, term_with_notice,
};
use super::*;

const A: u8 = 15;
const G: [RefusalGround; 4] = generic_cdef(A, 3);

/// Annex 15.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00403007",
    annex: A,
    register_row: 204,
    provider_key: "provider-00403007",
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
    // Row 7 item 2: «көрсетілетін қызметті алушының тіркелген жері бойынша
    // немесе … тасымалдауды қажет ететін кәмелетке толмаған баланы тіркеу орны бойынша».
    // Row 2 item 2: «Өтінішті қабылдау және мемлекеттік қызмет көрсетудің
    // нәтижесін беру: … 2) … Мемлекеттік корпорация».
    state_corporation_reception: Some(StateCorporationReception::at(
        A,
        2,
        StateCorporationPlace::ApplicantOrChild,
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
                // Row 8 item 1 «өтініш»; the transport rules' cl. 3 (as worded by order 414): the
                // applicant applies to the provider (education departments, education
                // organisations), the State Corporation or the portal, «осы Қағидаларға 1-қосымшаға
                // сәйкес нысан бойынша».
                application_in_rules_form(A, 1, rules_clause(3, 3)),
                identity(A, 2),
                birth_certificate(A, 3, Supply::OriginalForCheck),
                doc(
                    "school_certificate",
                    "doc-school-certificate",
                    Condition::Always,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(4)),
                ),
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::PORTAL],
            variant: None,
            items: &[
                e_application(A, 1),
                birth_certificate(A, 2, Supply::ElectronicCopy),
                doc(
                    "school_certificate",
                    "doc-school-certificate",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(3)),
                ),
            ],
        },
    ],
    refusal_grounds: &[
        g_unreliable(A, 1),
        ground(
            "noncompliant-education-law-1256",
            Condition::When(Fact::NoncompliantWithActs),
            cite(A, 9, Some(2)),
        ),
        G[0],
        G[1],
        G[2],
        G[3],
    ],
    eligibility: &[EligibilityRule {
        code: "remote-rural-settlement",
        condition: Condition::When(Fact::RemoteRuralSettlement),
        proof: Some("school_certificate"),
        // The list's title: «Шалғайдағы ауылдық елді мекендерде тұратын
        // балаларды … тегін тасымалдауды ұсыну» (row 5 is the result).
        citation: list_title(A),
    }],
    // Row 7 item 2: «… тасымалдауды қажет ететін кәмелетке толмаған баланы»
    // — a caution, a reading (see the module doc).
    scope: &[child_called_minor_caution(cite(A, 7, Some(2)))],
    life_situation: LifeSituation::SchoolChild,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
