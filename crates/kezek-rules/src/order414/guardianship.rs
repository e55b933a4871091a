//! Establishing guardianship or trusteeship over an orphan or a child left
//! without parental care («Жетім балаға (жетім балаларға) және
//! ата-анасының қамқорлығынсыз қалған балаға (балаларға) қамқоршылық немесе
//! қорғаншылық белгілеу»), register code 00402003: the requirement list of
//! Annex 6 to order No. 414.
//!
//! Readings of the law:
//! - Row 8 says that where the child lives in an education organisation for
//!   orphans, the birth certificate and the item-7 documents (that the
//!   parents do not care) are not required: both carry
//!   `Unless(ChildInResidentialInstitution)`.
//! - The training certificate (item 10 / portal item 10) is waived by the
//!   list for close relatives only («баланың жақын туыстарын қоспағанда»).
//!   The note after the lists (Marriage and Family Code art. 122 p. 1) says
//!   the body «… құқылы» — *may* — appoint relatives and step-parents
//!   without the training, on condition they train within one calendar
//!   year. So a relative or step-parent sees the certificate as listed, with
//!   that note beside it (`note-training-within-a-year`): the body's
//!   decision, to ask the provider about before applying without it; the
//!   receipt preview asserts neither a refusal nor an acceptance for it.
//!   Refusal ground 14 spares close relatives, relatives and step-parents
//!   alike, so it is not asserted of them. It is said of applicants
//!   «Қазақстан Республикасының аумағында тұрақты тұратын»: to one who says
//!   they have no permanent place of residence (ground 7) it is still shown,
//!   marked as Kezek's reading (`note-training-ground-residents`): the list
//!   does not say whether such an applicant is one of them, and Kezek does
//!   not ask where they live.
//! - Kinship documents (item 9) are asked of close relatives, relatives and
//!   step-parents alike.
//! - Row 7 item 2 receives at «қорғаншылыққа мұқтаж кәмелетке толмаған
//!   баланың тіркелген жері бойынша»: it calls the child who needs
//!   guardianship a minor; no row states an upper age (the title says
//!   «бала»). Reading (the safe one for the parent): the service is for a
//!   minor; a child of full age is outside it, and the parent is told it is
//!   a reading (scope `child-of-full-age`, `note-child-called-minor`).

use super::parts::{
    application_in_rules_form, child_minor, doc, e_application, guardian_grounds, identity,
    in_person, term_with_notice, training_certificate, BIRTH_NOT_IN_REGISTRY_OR_ABROAD,
    MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
};
use super::*;

const A: u8 = 6;

/// Birth certificate: not in АХАЖ АЖ or born abroad, and the child is not in a residential institution.
pub(super) const BIRTH_UNLESS_INSTITUTION: Condition = Condition::All(&[
    BIRTH_NOT_IN_REGISTRY_OR_ABROAD,
    Condition::Unless(Fact::ChildInResidentialInstitution),
]);
/// Kinship documents: a close relative, relative or step-parent applies.
pub(super) const KIN: Condition = Condition::Any(&[
    Condition::When(Fact::CloseRelative),
    Condition::When(Fact::RelativeOrStepparent),
]);
/// Refusal ground «психологиялық даярлықтан өтпеген … (жақын туыстарын,
/// туыстарын, өгей әкесін (өгей шешесін) қоспағанда)».
pub(super) const NO_TRAINING_NOT_KIN: Condition = Condition::All(&[
    Condition::When(Fact::NoTraining),
    Condition::Unless(Fact::CloseRelative),
    Condition::Unless(Fact::RelativeOrStepparent),
]);

/// Annex 6.
pub const ENTRY: CatalogueEntry = CatalogueEntry {
    code: "00402003",
    annex: A,
    register_row: 186,
    provider_key: "provider-education-departments",
    channels: &[ServiceChannel::STATE_CORPORATION, ServiceChannel::PORTAL],
    terms: &[term_with_notice(
        Term::WorkingDays(19),
        cite(A, 3, Some(1)),
        3,
        11,
    )],
    // Row 3 items 2–3: the longest wait and service time in person.
    in_person: &[in_person(A, &[ServiceChannel::STATE_CORPORATION], 15, 15)],
    // Row 7 item 2: «көрсетілетін қызметті алушының тіркелген жері бойынша
    // немесе қорғаншылыққа мұқтаж кәмелетке толмаған баланың тіркелген жері бойынша».
    // Row 2 item 1: «Өтінішті қабылдау және мемлекеттік қызмет көрсетудің
    // нәтижесін беру: 1) … Мемлекеттік корпорация»; the rules' cl. 11 sends
    // the result «… "жеке кабинетіне" не Мемлекеттік корпорацияға».
    state_corporation_reception: Some(
        StateCorporationReception::at(A, 1, StateCorporationPlace::ApplicantOrChild)
            .result_sent_by(rules_clause(3, 11)),
    ),
    form: ServiceForm::ElectronicPartiallyAutomatedOrPaper,
    free: true,
    documents: &[
        DocumentList {
            channels: &[ServiceChannel::STATE_CORPORATION],
            variant: None,
            items: &[
                // Row 8 item 1 «өтініш»; the guardianship rules' cl. 3 (as worded by order 414):
                // the applicant applies through the State Corporation or the portal, «осы
                // Қағидаларға 1-қосымшаға сәйкес нысан бойынша».
                application_in_rules_form(A, 1, rules_clause(3, 3)),
                identity(A, 2),
                doc(
                    "spouse_consent",
                    "doc-spouse-notarial-consent",
                    Condition::When(Fact::Married),
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(3)),
                ),
                doc(
                    "health_certificates",
                    "doc-health-and-dispensary-certificates",
                    Condition::Always,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(4)),
                ),
                doc(
                    "marriage_certificate",
                    "doc-marriage-certificate",
                    MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(5)),
                ),
                doc(
                    "birth_certificate",
                    "doc-child-birth-certificate",
                    BIRTH_UNLESS_INSTITUTION,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(6)),
                ),
                doc(
                    "parents_not_caring_proof",
                    "doc-parents-not-caring-proof",
                    Condition::Unless(Fact::ChildInResidentialInstitution),
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(7)),
                ),
                doc(
                    "income",
                    "doc-income",
                    Condition::Always,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(8)),
                ),
                doc(
                    "kinship",
                    "doc-kinship",
                    KIN,
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(9)),
                ),
                training_certificate(A, 10, Supply::OriginalForCheck),
                doc(
                    "housing_right",
                    "doc-housing-right",
                    Condition::When(Fact::NoHousingOwnership),
                    Supply::OriginalForCheck,
                    cite(A, 8, Some(11)),
                ),
            ],
        },
        DocumentList {
            channels: &[ServiceChannel::PORTAL],
            variant: None,
            items: &[
                e_application(A, 1),
                doc(
                    "spouse_consent",
                    "doc-spouse-notarial-consent",
                    Condition::When(Fact::Married),
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
                    "marriage_certificate",
                    "doc-marriage-certificate",
                    MARRIED_AND_NOT_IN_REGISTRY_OR_ABROAD,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(4)),
                ),
                // «… электрондық көшірмесі (түпнұсқасы сәйкестендіру үшін
                // талап етіледі)».
                doc(
                    "birth_certificate",
                    "doc-child-birth-certificate",
                    BIRTH_UNLESS_INSTITUTION,
                    Supply::ElectronicCopyOriginalForIdentification,
                    cite(A, 8, Some(5)),
                ),
                // «… табысы туралы құжаттардың электрондық көшірмелері»: the
                // documents, where the State Corporation's item 8 asks for
                // «… табысы туралы мәліметтер» (information).
                doc(
                    "income",
                    "doc-income-documents",
                    Condition::Always,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(6)),
                ),
                doc(
                    "parents_not_caring_proof",
                    "doc-parents-not-caring-proof",
                    Condition::Unless(Fact::ChildInResidentialInstitution),
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(7)),
                ),
                doc(
                    "housing_right",
                    "doc-housing-right",
                    Condition::When(Fact::NoHousingOwnership),
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(8)),
                ),
                doc(
                    "kinship",
                    "doc-kinship",
                    KIN,
                    Supply::ElectronicCopy,
                    cite(A, 8, Some(9)),
                ),
                training_certificate(A, 10, Supply::ElectronicCopy),
            ],
        },
    ],
    refusal_grounds: &guardian_grounds(A, NO_TRAINING_NOT_KIN),
    // The child must be an orphan or left without parental care (the
    // service's name, row 5); the parents-not-caring documents prove it.
    eligibility: &[EligibilityRule {
        code: "orphan-or-without-care",
        condition: Condition::Any(&[
            Condition::When(Fact::ChildOrphan),
            Condition::When(Fact::ChildWithoutParentalCare),
        ]),
        proof: Some("parents_not_caring_proof"),
        // The list's title: «Жетім балаға, ата-анасының қамқорлығынсыз қалған
        // балаға қорғаншылық немесе қамқоршылық белгілеу» (row 5 is the result).
        citation: list_title(A),
    }],
    // Row 7 item 2: «қорғаншылыққа мұқтаж кәмелетке толмаған баланың» — a
    // reading (see the module doc).
    scope: &[child_minor(cite(A, 7, Some(2)), true)],
    life_situation: LifeSituation::BecomingGuardian,
    audience: Audience::Individuals,
    in_scope_for_parents: true,
    out_of_scope_key: None,
};
