//! Information for the parent («ақпарат»): what the Rules say that changes no
//! check Kezek makes but that a parent needs at the right moment — where to
//! complain and how fast the answer comes, when the queue system publishes
//! places, and the State Corporation's home visits (issue 15, items 17, 18).
//!
//! The clauses, in the original:
//! - Annex 2 p. 6 and Annex 4 p. 6, the fee: «Мемлекеттік қызмет жеке
//!   тұлғаларға тегін көрсетіледі» — the service is provided to individuals
//!   free of charge. Told first, on every channel. At admission the text adds
//!   that the fee for the child's stay at the kindergarten is not this
//!   service's: the order names no other payment («төлем» occurs only in the
//!   fee line of the two standards), so Kezek says no more of it.
//! - cl. 10: a complaint about the provider's decisions, actions or inaction
//!   on queue registration goes «көрсетілетін қызметті беруші басшысының
//!   атына, мемлекеттік қызметтер көрсету сапасын бағалау және бақылау
//!   жөніндегі уәкілетті органға» and is considered «тіркелген күнінен бастап
//!   бес жұмыс күні ішінде» (5 working days from its registration); cl. 11
//!   the same for a complaint sent to the provider's or the State
//!   Corporation's address; cl. 12: the authorised body considers it «15 (он
//!   бес) жұмыс күні ішінде», and a parent who disagrees with the result
//!   «сотқа жүгінеді» (goes to court). cl. 36 says the same for admission.
//! - cl. 24 p. 3: the queue system publishes the vacancy bulletin «күн сайын
//!   сағат 18:00-де»; p. 4: «күн сайын таңғы сағат 07:00-де» it opens priority
//!   access to a referral for the first applicants «3 (үш) жұмыс күніне»
//!   (both times may be changed by the provider's act, the opening never later
//!   than 23:59); p. 10: the places left «3 (үш) күннен кейін» open to the
//!   first 1000 applicants in the queue.
//!   Reading (item 17): p. 10 says "after 3 days", not "working days" as p. 4
//!   does. The safe advice for a parent is the earlier day: leftover places
//!   may open after 3 calendar days, so look from then; the forecast in
//!   kezek-queue works month by month and does not depend on it.
//! - cl. 10, third paragraph: a complaint about a State Corporation worker's
//!   actions or inaction goes «корпорацияның интернет-ресурсында көрсетілген
//!   мекен-жай бойынша Мемлекеттік корпорацияның басшысына» — to the head of
//!   the State Corporation, at the address on its website: said where a State
//!   Corporation worker takes the application.
//! - cl. 23 p. 2: the applicant is given the possibility «жылына бір рет
//!   мектепке дейінгі ұйымға орын алуға мүдделілігін растау» (to confirm once a
//!   year the interest in a place); cl. 20 p. 7: the queue is updated «өтініш
//!   беруші мектепке дейінгі ұйымға орын алуға мүдделі болмаған жағдайда».
//!   Reading (third reading, 02.12.2026): the Rules do not say what follows
//!   when a year passes without the confirmation; the safe advice over a wait
//!   of years is to confirm every year, and the text says it is a reading.
//! - cl. 26: «Жалпы кезек үшін жолдама өтініш берушінің бастамасы бойынша
//!   кезектілікке, баланың жасына сәйкес беріледі» — the general queue's
//!   referral is issued on the applicant's initiative, by the queue's order
//!   and the child's age; cl. 27: «Арнайы және санаториялық мектепке дейінгі
//!   ұйымға кезек үшін жолдама өтініштердің кезектілігіне сәйкес беріледі» —
//!   a special or sanatorium queue's in the order of applications. Each is
//!   said for a queue the child may stand in (`queues::decide`): cl. 26
//!   always (the general queue is every child's), cl. 27 where a special or
//!   sanatorium queue is offered.
//!   Reading (review of 05.12.2026): cl. 26 does not say what "on the
//!   applicant's initiative" and "according to the age" ask of a parent.
//!   Kezek reads the first with cl. 24 sub. 5 (the system lets applicants
//!   take a referral «өздері таңдаған мектепке дейінгі ұйымға»): the parent
//!   takes the referral, the system does not hand it out; and the second
//!   with cl. 24 sub. 2 (places are reported «жас тобы көрсетілген») and cl.
//!   28 (the age at the referral): a place in a group for the child's age.
//!   The text says both are Kezek's reading. cl. 27 is plain and names
//!   neither; its line says the order of applications and nothing more.
//! - Annex 1, the application form: «… (баланың Т.А.Ә.) … жылы туған
//!   баламды мектепке дейінгі ұйымға жолдама алу үшін кезекке қоюды
//!   сұраймын» — one child, by name and year of birth. Reading (05.12.2026):
//!   the order never says "one application per child" in words, but its form
//!   holds one child, and cl. 29 speaks of an applicant «бірнеше балаға
//!   өтініш берген»; so twins, and any other children, each need an
//!   application of their own. Said as Kezek's reading, just before cl. 29.
//! - cl. 29: an applicant who applied for several children in the general
//!   queue may, when a referral is given, take referrals for all of them to
//!   that preschool at once if it has the places («өтініш берушінің қалауы
//!   бойынша», at the applicant's choice): twins and siblings.
//! - Annex 2 p. 10: for a recipient with a persistent health impairment that
//!   limits life activity, who calls the contact centre 1414 or 8 800 080
//!   7777, a State Corporation worker takes the documents «олардың тұрғылықты
//!   жеріне барып» — at their home. Annex 4 (admission) has no such visit.
//! - Annex 2 p. 10, in person (law review 21, section 2): «Көрсетілетін
//!   қызметті берушіге немесе Мемлекеттік корпорацияға құжаттар топтамасын
//!   тапсыру үшін күтудің рұқсат етілген ең ұзақ уақыты – 15 минут.
//!   Көрсетілетін қызметті берушінің немесе Мемлекеттік корпорацияның қызмет
//!   көрсетуінің рұқсат етілген ең ұзақ уақыты – 30 минут»: told at the
//!   department's desk and at the State Corporation, not on the portal.
//! - Annex 2 p. 10, among the queue service's «өзге де талаптар»: «Егер
//!   баланың мектепке дейінгі ұйымда болуына кедергі келтіретін медициналық
//!   қарсы көрсетілімдер болса, онда ол мектепке дейінгі ұйымға
//!   қабылданбайды» — the child is not admitted to a preschool. It is no
//!   ground of Annex 2 p. 9 (registration is not refused for it) and the
//!   sentence says nothing of the queue itself; a parent who says a doctor
//!   found such contraindications is told what it says, and that p. 9 does
//!   not name it — nothing more. At admission cl. 34 sub. 2 makes it a
//!   ground not to admit the child, which the refusal says (no line here).
//! - Annex 4 p. 10, in person at the kindergarten: «Құжаттарды тапсыру үшін
//!   күтудің рұқсат етілген ең ұзақ уақыты – 15 минут. Қызмет көрсетудің
//!   рұқсат етілген ең ұзақ уақыты – 15 минут», while Annex 4 p. 3 says
//!   «Мемлекеттік қызметті көрсету мерзімі 30 минут». The order does not say
//!   how the two fit (p. 3 may be the term of the whole service, p. 10 the
//!   time at the desk). Kezek picks neither silently: both are told, and that
//!   its time of the result (`schedule.result_by`) follows p. 3's 30 minutes.
//!   Neither is a parent's deadline.

use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::citation::Citation;
use crate::queues::{QueueKind, QueuesDecision};
use crate::reason::ReasonCode;
use crate::service::{Channel, Service};

/// One line of information with where the Rules say it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Information {
    /// What the parent is told.
    pub reason: ReasonCode,
    /// Where the Rules say it.
    pub citations: Vec<Citation>,
}

/// The information lines for `case`, whose queues are `queues`, in the
/// order a parent meets them.
pub fn lines(case: &Case, queues: &QueuesDecision) -> Vec<Information> {
    let line = |reason, citations: &[Citation]| Information {
        reason,
        citations: citations.to_vec(),
    };
    // Annex 2 p. 6, Annex 4 p. 6: the fee, before anything else.
    let annex = match case.service {
        Service::QueueRegistration => 2,
        Service::Admission => 4,
    };
    // At most thirteen lines (queue registration at the State Corporation,
    // with a special or sanatorium queue).
    let mut v = Vec::with_capacity(13);
    v.push(line(
        ReasonCode::InfoFreeOfCharge,
        &[Citation::annex(annex, 6, None)],
    ));
    match case.service {
        Service::QueueRegistration => {
            if case.channel != Channel::EgovPortal {
                v.push(line(
                    ReasonCode::InfoInPersonTimesAnnex2,
                    &[Citation::annex(2, 10, None)],
                ));
                v.push(line(
                    ReasonCode::InfoHomeVisit1414,
                    &[Citation::annex(2, 10, None)],
                ));
            }
            if case.child.medical_contraindication {
                v.push(line(
                    ReasonCode::InfoMedicalContraindicationAnnex2,
                    &[Citation::annex(2, 10, None), Citation::annex(2, 9, None)],
                ));
            }
            v.push(line(
                ReasonCode::InfoYearlyInterestReading,
                &[Citation::sub(23, 2), Citation::sub(20, 7)],
            ));
            // cl. 26 and 27: how the referral of each queue offered is issued.
            if queues.options.iter().any(|o| o.kind == QueueKind::General) {
                v.push(line(
                    ReasonCode::InfoReferralGeneralCl26,
                    &[
                        Citation::clause(26),
                        Citation::sub(24, 2),
                        Citation::sub(24, 5),
                        Citation::clause(28),
                    ],
                ));
            }
            if queues.options.iter().any(|o| o.kind != QueueKind::General) {
                v.push(line(
                    ReasonCode::InfoReferralSpecialSanatoriumCl27,
                    &[Citation::clause(27)],
                ));
            }
            // Annex 1: one child per application (twins too), then cl. 29.
            v.push(line(
                ReasonCode::InfoOneChildPerApplicationAnnex1,
                &[Citation::annex_form(1)],
            ));
            v.push(line(
                ReasonCode::InfoSeveralChildrenCl29,
                &[Citation::clause(29)],
            ));
            v.push(line(
                ReasonCode::InfoBulletinTimes,
                &[Citation::sub(24, 3), Citation::sub(24, 4)],
            ));
            v.push(line(
                ReasonCode::InfoLeftoverPlacesReading,
                &[Citation::sub(24, 4), Citation::sub(24, 10)],
            ));
            v.push(line(
                ReasonCode::InfoComplaints,
                &[
                    Citation::clause(10),
                    Citation::clause(11),
                    Citation::clause(12),
                ],
            ));
            if case.channel == Channel::StateCorporation {
                v.push(line(
                    ReasonCode::InfoComplaintStateCorporation,
                    &[Citation::clause(10)],
                ));
            }
        }
        Service::Admission => {
            if case.channel != Channel::EgovPortal {
                v.push(line(
                    ReasonCode::InfoInPersonTimesAnnex4,
                    &[Citation::annex(4, 10, None), Citation::annex(4, 3, None)],
                ));
            }
            v.push(line(ReasonCode::InfoComplaints, &[Citation::clause(36)]));
        }
    }
    v
}
