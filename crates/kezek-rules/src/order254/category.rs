//! Priority category («кезектен тыс», «бірінші кезекте», жалпы негізде) and the
//! grounds that give it (cl. 20 p. 1–2 of order No. 254, the Annex 1 boxes 1–10).
//!
//! cl. 20 p. 1 — out-of-turn right «кезектен тыс орын алуға құқығы бар балалар»
//! under the Law on military service art. 52 p. 3, the Law on special state
//! bodies art. 78 p. 8, the Law on law-enforcement service art. 64 p. 5;
//! cl. 20 p. 2 — first-priority right «бірінші кезекте» for children of teachers
//! (Law on the status of a teacher art. 12 p. 3), children whose legal
//! representatives are persons with disabilities, children left without
//! parental care and orphans, children of large families, children with special
//! educational needs, children from families raising a child with a disability.
//! cl. 21 — out-of-turn applications go before first-priority ones, which go
//! before general ones (interleaved one to three, see `kezek-queue`).
//!
//! Kezek returns the highest category and every ground that applies, each with
//! its citations, the documents that prove it, and whether the provider checks
//! it through the egov gateway or the parent brings a paper (Annex 2 p. 8).

use serde::{Deserialize, Serialize};

use crate::case::{Case, Family};
use crate::citation::{Act, Citation};
use crate::documents::DocumentKind;
use crate::reason::{fluent_key, ReasonCode};
use crate::service::{Channel, Service};

/// Annex 1's box 10, «жоғарыда аталған санаттардың біреуіне қатысты емес болып
/// табылады» (belongs to none of the categories above): the family step's
/// "none of these", a general application with no confirmed ground, and the
/// law-enforcement ground the form has no box for cite it.
pub const NONE_OF_THE_GROUNDS_BOX: Citation = Citation::annex(1, 10, None);

/// Whether Annex 1's box `n` ends «(құжаттың көшірмесі)» (a copy of the
/// document): boxes 1, 2 and 4 — a serviceman's child, a special state body
/// employee's child, a child with special educational needs. The printed
/// form says it after the box; on paper a copy of the ground's proof goes
/// with the form.
pub const fn annex1_box_asks_a_copy(n: u8) -> bool {
    matches!(n, 1 | 2 | 4)
}

/// The category of an application, ordered: `General < FirstPriority < OutOfTurn`.
/// `<` is priority rank: `a < b` means `b` has the higher priority — the
/// reverse of the queue's `Group` (kezek-queue), where `<` means served first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// General — «жалпы негізде».
    General,
    /// First priority — «бірінші кезекте».
    FirstPriority,
    /// Out of turn — «кезектен тыс».
    OutOfTurn,
}

/// A ground for priority (cl. 20 p. 1–2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Ground {
    /// Child of a serviceman, incl. killed, deceased or missing in service.
    Serviceman,
    /// Child of an employee of a special state body, incl. killed, deceased or missing.
    SpecialStateBody,
    /// Child of a law-enforcement officer.
    LawEnforcement,
    /// Child of a teacher.
    Teacher,
    /// Child whose legal representatives are persons with disabilities.
    RepresentativesDisabled,
    /// Child left without parental care.
    WithoutParentalCare,
    /// Orphan.
    Orphan,
    /// Child from a large family.
    LargeFamily,
    /// Child with special educational needs.
    SpecialEducationalNeeds,
    /// Child from a family raising a child with a disability.
    DisabledChildInFamily,
}

/// How the provider learns of a ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Verification {
    /// The provider obtains it from state information systems through the egov
    /// gateway (Annex 2 p. 8: «…бірінші кезекте орын алу құқығын растайтын құжат туралы
    /// мәліметтерді … "электрондық үкімет" шлюзі арқылы алады»).
    EgovGateway,
    /// The parent brings a paper (on the portal: uploads a scan).
    Paper,
}

impl Ground {
    /// Every ground, in the order of cl. 20.
    pub const ALL: &'static [Ground] = &[
        Ground::Serviceman,
        Ground::SpecialStateBody,
        Ground::LawEnforcement,
        Ground::Teacher,
        Ground::RepresentativesDisabled,
        Ground::WithoutParentalCare,
        Ground::Orphan,
        Ground::LargeFamily,
        Ground::SpecialEducationalNeeds,
        Ground::DisabledChildInFamily,
    ];

    /// The category the ground gives.
    pub const fn category(self) -> Category {
        match self {
            Ground::Serviceman | Ground::SpecialStateBody | Ground::LawEnforcement => {
                Category::OutOfTurn
            }
            _ => Category::FirstPriority,
        }
    }

    /// snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Ground::Serviceman => "serviceman",
            Ground::SpecialStateBody => "special_state_body",
            Ground::LawEnforcement => "law_enforcement",
            Ground::Teacher => "teacher",
            Ground::RepresentativesDisabled => "representatives_disabled",
            Ground::WithoutParentalCare => "without_parental_care",
            Ground::Orphan => "orphan",
            Ground::LargeFamily => "large_family",
            Ground::SpecialEducationalNeeds => "special_educational_needs",
            Ground::DisabledChildInFamily => "disabled_child_in_family",
        }
    }

    /// Fluent message id of the ground's name, e.g. `ground-teacher`.
    pub fn key(self) -> String {
        fluent_key("ground", self.code())
    }

    /// The Annex 1 box (1–9) the parent ticks for this ground. `None` for the
    /// law-enforcement ground: cl. 20 p. 1 (as amended by order 464) names it but the
    /// Annex 1 form has no box for it, and a law-enforcement body is not a special state
    /// body, so Kezek does not tick box 2 for it. Kezek's reading: the parent declares the
    /// ground and proves it with the workplace certificate; the result carries
    /// [`ReasonCode::CategoryLawEnforcementNoFormBox`] so the parent knows to say so.
    pub const fn annex1_box(self) -> Option<u8> {
        match self {
            Ground::Serviceman => Some(1),
            Ground::SpecialStateBody => Some(2),
            Ground::RepresentativesDisabled => Some(3),
            Ground::SpecialEducationalNeeds => Some(4),
            Ground::WithoutParentalCare => Some(5),
            Ground::Orphan => Some(6),
            Ground::LargeFamily => Some(7),
            Ground::Teacher => Some(8),
            Ground::DisabledChildInFamily => Some(9),
            Ground::LawEnforcement => None,
        }
    }

    /// The ground Annex 1's box `n` declares: boxes 1–9 one ground each
    /// ([`Ground::annex1_box`]); `None` for box 10, «жоғарыда аталған
    /// санаттардың біреуіне қатысты емес болып табылады» ([`NONE_OF_THE_GROUNDS_BOX`]), and
    /// for a number the form has no box for.
    pub fn of_annex1_box(n: u8) -> Option<Ground> {
        Ground::ALL
            .iter()
            .copied()
            .find(|g| g.annex1_box() == Some(n))
    }

    /// The clauses and law articles that give the ground.
    pub fn citations(self) -> Vec<Citation> {
        // The clause, the law, the box (and room for the proof's own).
        let mut v = Vec::with_capacity(4);
        v.push(Citation::sub(
            20,
            if self.category() == Category::OutOfTurn {
                1
            } else {
                2
            },
        ));
        match self {
            Ground::Serviceman => v.push(Citation::law(Act::LawMilitaryService, 52, Some(3))),
            Ground::SpecialStateBody => {
                v.push(Citation::law(Act::LawSpecialStateBodies, 78, Some(8)))
            }
            Ground::LawEnforcement => {
                v.push(Citation::law(Act::LawLawEnforcementService, 64, Some(5)))
            }
            Ground::Teacher => v.push(Citation::law(Act::LawTeacherStatus, 12, Some(3))),
            _ => {}
        }
        if let Some(b) = self.annex1_box() {
            v.push(Citation::annex(1, u16::from(b), None));
        }
        v
    }

    /// Where the ground and its proof are, for `service` on `channel` — the
    /// "Why?" of a ground and of its proof (the family step's hint, each
    /// [`GroundFinding::citations`]). At queue registration: the ground's
    /// clause and law with its Annex 1 box ([`Ground::citations`]), and the
    /// proof's item of the channel's list of Annex 2 p. 8 ([`Ground::proof`]).
    /// At admission: the ground's clause and law, and cl. 22 — the proof is
    /// asked by the second check «мектепке дейінгі ұйымға қабылдауға жолдама
    /// алғаннан кейін»; Annex 4 p. 8 lists no priority proof, and the Annex 5
    /// form has no boxes.
    pub fn proof_citations(self, service: Service, channel: Channel) -> Vec<Citation> {
        let mut v = self.citations();
        match service {
            Service::Admission => {
                v.retain(|c| c.annex.is_none());
                v.push(Citation::clause(22));
            }
            Service::QueueRegistration => {
                for c in self.proof_list_citations(channel) {
                    if !v.contains(&c) {
                        v.push(c);
                    }
                }
            }
        }
        v
    }

    /// How the ground's proof is checked for `service` on `channel` — the
    /// rules' answer to "is it cl. 22's second check?", which the checklist,
    /// [`decide`] and the app's hints all take from here. At admission every
    /// ground's proof is asked again by cl. 22's second check «мектепке
    /// дейінгі ұйымға қабылдауға жолдама алғаннан кейін»: a SEN child's too,
    /// since cl. 20 sub. 2 makes «ерекше білім беруді қажет ететін балалар» a
    /// first-priority right whose proof (the PMPC conclusion) cl. 22 checks —
    /// but that conclusion is Annex 4 p. 8's own item 7 (the checklist's
    /// `doc.recheck_cl22` on it), not a recheck item, and Annex 4's portal
    /// list asks its copy; except after cl. 16's referral from the general queue
    /// (`general_referral_cl16`, [`cl16_applies`]), where no priority right is
    /// left to check again — cited to cl. 16, not cl. 22. At queue
    /// registration the proof is on Annex 2 p. 8's list: no second check.
    /// The citations are [`Ground::proof_citations`]'s.
    pub fn proof_check(
        self,
        service: Service,
        channel: Channel,
        general_referral_cl16: bool,
    ) -> ProofCheck {
        let admission = service == Service::Admission;
        let mut citations = self.proof_citations(service, channel);
        if admission && general_referral_cl16 {
            citations.retain(|c| *c != Citation::clause(22));
            citations.push(Citation::clause(16));
        }
        let cl22_second_check = admission && !general_referral_cl16;
        let pmpc = self == Ground::SpecialEducationalNeeds;
        ProofCheck {
            cl22_second_check,
            recheck_item: self.proof_is_recheck_item(service, general_referral_cl16),
            annex4_portal_asks_no_copy: cl22_second_check
                && !pmpc
                && channel == Channel::EgovPortal,
            citations,
            reading: match self {
                Ground::LawEnforcement if admission && general_referral_cl16 => None,
                Ground::LawEnforcement if admission => {
                    Some(ReasonCode::DocLawEnforcementReadingAdmission)
                }
                Ground::LawEnforcement => Some(ReasonCode::DocLawEnforcementReading),
                _ => None,
            },
        }
    }

    /// The documents that prove the ground, how the provider verifies them, and
    /// where the channel's own list names them: the office and State
    /// Corporation list of Annex 2 p. 8 (sub. 4, 5, 6, 8) or the portal list
    /// (sub. 2, 3, 4; the portal list has no first-priority item, those data
    /// come through the gateway under the paragraph after the list). The
    /// law-enforcement ground is named in no item: its proof is cited to
    /// cl. 20 p. 1 and cl. 22 (the priority right is checked), by analogy.
    pub fn proof(self, channel: Channel) -> (Vec<DocumentKind>, Verification, Vec<Citation>) {
        let (documents, verification) = self.proof_documents();
        (documents, verification, self.proof_list_citations(channel))
    }

    /// [`ProofCheck::recheck_item`] of [`Ground::proof_check`], without
    /// the citations (the checklist asks only this of every ground).
    pub(crate) fn proof_is_recheck_item(
        self,
        service: Service,
        general_referral_cl16: bool,
    ) -> bool {
        service == Service::Admission
            && !general_referral_cl16
            && self != Ground::SpecialEducationalNeeds
    }

    /// The documents and their verification of [`Ground::proof`].
    fn proof_documents(self) -> (Vec<DocumentKind>, Verification) {
        match self {
            Ground::Serviceman | Ground::SpecialStateBody | Ground::LawEnforcement => (
                vec![DocumentKind::ServiceWorkplaceCertificate],
                Verification::Paper,
            ),
            Ground::Teacher => (
                vec![
                    DocumentKind::TeacherWorkplaceCertificate,
                    DocumentKind::TeacherDiploma,
                ],
                Verification::Paper,
            ),
            Ground::SpecialEducationalNeeds => {
                (vec![DocumentKind::PmpcConclusion], Verification::Paper)
            }
            _ => (
                vec![DocumentKind::FirstPriorityProof],
                Verification::EgovGateway,
            ),
        }
    }

    /// The citations of [`Ground::proof`]: where the channel's list names the
    /// proof.
    fn proof_list_citations(self, channel: Channel) -> Vec<Citation> {
        let portal = channel == Channel::EgovPortal;
        let item = |office: u16, portal_item: Option<u16>| {
            if portal {
                Citation::annex(2, 8, portal_item)
            } else {
                Citation::annex(2, 8, Some(office))
            }
        };
        match self {
            Ground::Serviceman | Ground::SpecialStateBody => vec![item(4, Some(2))],
            Ground::LawEnforcement => vec![Citation::sub(20, 1), Citation::clause(22)],
            Ground::Teacher => vec![item(5, Some(3))],
            Ground::SpecialEducationalNeeds => vec![item(6, Some(4))],
            _ => vec![item(8, None)],
        }
    }

    pub(crate) fn applies(self, case: &Case) -> bool {
        match self {
            Ground::SpecialEducationalNeeds => case.child.special_educational_needs,
            g => case.family.get(g),
        }
    }
}

/// The grounds the family declares (Annex 1 boxes and cl. 20), one field of
/// [`Family`] each, read and written by ground: the app's family step, the
/// CLI and the tests go through [`Family::get`] / [`Family::set`] instead of
/// naming fields. The SEN ground is the child's
/// ([`crate::case::Child::special_educational_needs`], with the PMPC
/// conclusion), not a family fact.
impl Family {
    /// Every ground a [`Family`] holds, in the order of cl. 20 (all of
    /// [`Ground::ALL`] but [`Ground::SpecialEducationalNeeds`]).
    pub const GROUNDS: [Ground; 9] = {
        let mut out = [Ground::Serviceman; 9];
        let (mut i, mut n) = (0, 0);
        while i < Ground::ALL.len() {
            if !matches!(Ground::ALL[i], Ground::SpecialEducationalNeeds) {
                out[n] = Ground::ALL[i];
                n += 1;
            }
            i += 1;
        }
        assert!(n == 9, "every ground but SEN is a family fact");
        out
    };

    /// [`Family::GROUNDS`] in the order of the application the parent signs
    /// (Annex 1: «Хабардар етемін, бала (керегін көрсету): 1) әскери
    /// қызметшінің … 9) мүгедек баласы бар отбасынан шыққан бала», boxes 1–9
    /// by [`Ground::annex1_box`]; box 4, special educational needs, is the
    /// child's, asked with the child), which the family step follows. The
    /// law-enforcement ground has no box (cl. 20 p. 1 as amended by order No.
    /// 464, see [`Ground::annex1_box`]): Kezek puts it right after box 2,
    /// beside the special state bodies cl. 20 p. 1 names it with and whose
    /// out-of-turn place it gives.
    pub const IN_FORM_ORDER: [Ground; 9] = [
        Ground::Serviceman,
        Ground::SpecialStateBody,
        Ground::LawEnforcement,
        Ground::RepresentativesDisabled,
        Ground::WithoutParentalCare,
        Ground::Orphan,
        Ground::LargeFamily,
        Ground::Teacher,
        Ground::DisabledChildInFamily,
    ];

    fn slot(&mut self, g: Ground) -> Option<&mut bool> {
        Some(match g {
            Ground::Serviceman => &mut self.serviceman,
            Ground::SpecialStateBody => &mut self.special_state_body,
            Ground::LawEnforcement => &mut self.law_enforcement,
            Ground::Teacher => &mut self.teacher,
            Ground::RepresentativesDisabled => &mut self.representatives_disabled,
            Ground::WithoutParentalCare => &mut self.without_parental_care,
            Ground::Orphan => &mut self.orphan,
            Ground::LargeFamily => &mut self.large_family,
            Ground::DisabledChildInFamily => &mut self.disabled_child_in_family,
            Ground::SpecialEducationalNeeds => return None,
        })
    }

    /// Whether the family declares ground `g`; `false` for the SEN ground,
    /// which is the child's.
    pub fn get(&self, g: Ground) -> bool {
        self.clone().slot(g).is_some_and(|v| *v)
    }

    /// Declares (or withdraws) ground `g`. Returns whether the family holds
    /// `g` at all: `false`, and nothing changes, for the SEN ground.
    pub fn set(&mut self, g: Ground, v: bool) -> bool {
        match self.slot(g) {
            Some(slot) => {
                *slot = v;
                true
            }
            None => false,
        }
    }
}

/// One ground that applies, with its proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct GroundFinding {
    /// The ground.
    pub ground: Ground,
    /// The category it gives.
    pub category: Category,
    /// Whether the case confirms it. `false` only for the SEN ground without a
    /// PMPC conclusion: the conclusion is "if any" on the lists (Annex 2 p. 8
    /// sub. 6, portal sub. 4), so the set is complete without it, but nothing
    /// then confirms the priority (cl. 17 «растайтын құжаттары болған
    /// жағдайда», cl. 22). An unconfirmed ground gives no category and ticks no
    /// Annex 1 box. Whether the paper proof of another ground (a workplace
    /// certificate, the teacher's certificate and diploma) is in hand is not
    /// this field: the checklist says it on the document's line (`missing`,
    /// `expired`, or `unconfirmed` for an "if any" certificate not held), and
    /// the category then counts on a right not yet confirmed (cl. 22).
    pub confirmed: bool,
    /// The Annex 1 box of the ground, if the form has one; absent for the
    /// law-enforcement ground, which has none, and at admission, whose
    /// application is the Annex 5 form with no boxes (Annex 4 p. 8 sub. 2).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex1_box: Option<u8>,
    /// Documents proving it.
    pub documents: Vec<DocumentKind>,
    /// Gateway or paper.
    pub verification: Verification,
    /// Where it comes from.
    pub citations: Vec<Citation>,
}

/// The category decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CategoryDecision {
    /// The highest category among the grounds (general when none, or when cl. 16 applies).
    pub category: Category,
    /// Every ground that applies (even when cl. 16 sets them aside), in cl. 20 order.
    pub grounds: Vec<GroundFinding>,
    /// Reason codes (the category's, plus notes).
    pub reasons: Vec<ReasonCode>,
    /// Citations of the decision.
    pub citations: Vec<Citation>,
}

/// How a ground's proof is checked ([`Ground::proof_check`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProofCheck {
    /// The proof is asked again by cl. 22's second check after the referral
    /// (admission): its originals shown within 5 working days of receiving
    /// the referral, unless the education department has set another
    /// procedure.
    pub cl22_second_check: bool,
    /// The checklist asks the proof again as a recheck item
    /// (`Condition::PriorityRecheck`): every ground's but a SEN child's,
    /// whose PMPC conclusion is already Annex 4 p. 8 item 7 on the list.
    pub recheck_item: bool,
    /// On egov.kz, Annex 4 p. 8's portal list asks no copy of the proof (it
    /// names copies of items 5-7 only; the PMPC conclusion is item 7): its
    /// originals are shown for cl. 22's check, not uploaded.
    pub annex4_portal_asks_no_copy: bool,
    /// Where the ground and its proof are (the "Why?").
    pub citations: Vec<Citation>,
    /// The proof is Kezek's reading, not named by the channel's list: the
    /// reason whose text says so, shown with the proof. The law-enforcement
    /// ground (cl. 20 p. 1): Annex 2 p. 8 sub. 4 and Annex 4 p. 8 name the
    /// workplace certificate of a serviceman or a special state body
    /// employee only, so asking it of a law-enforcement officer is a reading
    /// by analogy (cl. 22) — [`ReasonCode::DocLawEnforcementReading`], at
    /// admission [`ReasonCode::DocLawEnforcementReadingAdmission`]; none
    /// after cl. 16 (the right is not checked again).
    pub reading: Option<ReasonCode>,
}

impl CategoryDecision {
    /// cl. 16 at admission: the referral held came from the general queue
    /// ([`ReasonCode::CategoryReferralFromGeneralQueueCl16`]), so no ground's
    /// proof is cl. 22's second check ([`Ground::proof_check`]).
    pub fn general_referral_cl16(&self) -> bool {
        self.reasons
            .contains(&ReasonCode::CategoryReferralFromGeneralQueueCl16)
    }
}

/// Whether cl. 16 sets the case's priority aside: a priority referral to a
/// state preschool left for another preschool
/// (`previous_priority_referral.state_preschool`), and a confirmed
/// out-of-turn or first-priority ground (a SEN child's with the PMPC
/// conclusion, [`GroundFinding::confirmed`]) — «бір ай өткен соң жалпы кезекке тұрады
/// және жекеменшік мектепке дейінгі ұйымға жолдама алады». [`decide`] then
/// gives the category `General`, and at admission the referral held came
/// from the general queue ([`ReasonCode::CategoryReferralFromGeneralQueueCl16`]):
/// there is no priority right for cl. 22's second check (see
/// [`crate::checklist`]).
pub fn cl16_applies(case: &Case) -> bool {
    case.previous_priority_referral
        .as_ref()
        .is_some_and(|p| p.state_preschool)
        && Ground::ALL.iter().any(|g| {
            g.applies(case)
                && (*g != Ground::SpecialEducationalNeeds || case.holds_pmpc_conclusion())
        })
}

/// Decides the category of `case`.
///
/// cl. 16: a parent whose child got an out-of-turn or first-priority referral to a
/// state preschool and who then chose another preschool «бір ай өткен соң жалпы
/// кезекке тұрады» — stands in the *general* queue after a month. Kezek therefore
/// sets the grounds aside (still listing them) and returns `General` with
/// [`ReasonCode::CategoryPriorityLostCl16`].
///
/// At admission (00403002) the decision gives the admission's lines only
/// (audit26, finding 1; law26c): the child holds a referral and there is no
/// application to the queue. The headline is the admission's
/// ([`ReasonCode::CategoryOutOfTurnAdmission`],
/// [`ReasonCode::CategoryFirstPriorityAdmission`],
/// [`ReasonCode::CategoryGeneralAdmission`]): cl. 21's order of the queue
/// («алдына қойылады», «үшеуге біреу») and "general queue: no priority
/// ground" mean nothing once the place is given, so there is no cl. 21
/// citation; what stays true of a priority right is cl. 22's second check
/// «мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін», by the
/// provider of the queue service (cl. 4). cl. 16 governs a new application
/// to the queue («жалпы кезекке тұрады»), so it sets no ground aside there
/// (no [`ReasonCode::CategoryPriorityLostCl16`]); but the same clause says
/// the parent then «жекеменшік мектепке дейінгі ұйымға жолдама алады» from
/// the general queue, so the referral held after a priority referral to a
/// state preschool was left is a general one: the category stays `General`
/// and the headline is [`ReasonCode::CategoryReferralFromGeneralQueueCl16`],
/// cited to cl. 16 (as at registration, the grounds are still listed). The
/// application is the Annex 5 form alone (Annex 4 p. 8 sub. 2), with no
/// category box, so neither the law-enforcement ground's box-10 reading nor
/// Annex 1's box 10 is said; and a SEN child without a PMPC conclusion is told
/// that nothing confirms the first-priority right cl. 22 checks again after
/// the referral ([`ReasonCode::CategorySenNeedsPmpcAdmission`]) — not the
/// queue's "if any … stands in the general queue": the kindergarten's list
/// names the conclusion without «бар болғанда» (Annex 4 p. 8 item 7; the
/// checklist's item says whether it is needed). The grounds are found as at
/// registration: cl. 22's second check is of them.
pub fn decide(case: &Case) -> CategoryDecision {
    let admission = case.service == Service::Admission;
    let cl16 = cl16_applies(case);
    let grounds: Vec<GroundFinding> = Ground::ALL
        .iter()
        .copied()
        .filter(|g| g.applies(case))
        .map(|g| {
            let (documents, verification) = g.proof_documents();
            // At admission the ground's "Why?" is its clause (cl. 20, with
            // its law) and cl. 22's second check after the referral: not the
            // queue's Annex 1 box (the Annex 5 form has none) nor the
            // queue's list of Annex 2 p. 8.
            // After cl. 16's referral from the general queue, cl. 16.
            let citations = g
                .proof_check(case.service, case.channel, admission && cl16)
                .citations;
            GroundFinding {
                ground: g,
                category: g.category(),
                confirmed: g != Ground::SpecialEducationalNeeds || case.holds_pmpc_conclusion(),
                // The Annex 5 form (admission) has no boxes.
                annex1_box: g.annex1_box().filter(|_| !admission),
                documents,
                verification,
                citations,
            }
        })
        .collect();
    let mut reasons = Vec::new();
    // With room for the notes' citations below.
    let mut citations = Vec::with_capacity(5);
    citations.push(Citation::clause(20));
    if !admission {
        citations.push(Citation::clause(21));
    }
    let highest = grounds
        .iter()
        .filter(|g| g.confirmed)
        .map(|g| g.category)
        .max()
        .unwrap_or(Category::General);
    // A confirmed ground is the highest above general (`cl16_applies`).
    debug_assert!(!cl16 || highest > Category::General);
    let category = if cl16 {
        citations.push(Citation::clause(16));
        Category::General
    } else {
        highest
    };
    if admission {
        // The admission's headline (see the doc above): cl. 16's referral
        // from the general queue, or the right cl. 22 checks again.
        reasons.push(match (cl16, category) {
            (true, _) => ReasonCode::CategoryReferralFromGeneralQueueCl16,
            (false, Category::OutOfTurn) => ReasonCode::CategoryOutOfTurnAdmission,
            (false, Category::FirstPriority) => ReasonCode::CategoryFirstPriorityAdmission,
            (false, Category::General) => ReasonCode::CategoryGeneralAdmission,
        });
        if category > Category::General {
            citations.push(Citation::clause(22));
        }
    } else if cl16 {
        // The ground is there and cl. 16 sets it aside: its line says why
        // the queue is the general one — not `category.general`'s "no
        // ground", above the ground listed.
        reasons.push(ReasonCode::CategoryPriorityLostCl16);
    } else {
        reasons.push(match category {
            Category::OutOfTurn => ReasonCode::CategoryOutOfTurn,
            Category::FirstPriority => ReasonCode::CategoryFirstPriority,
            Category::General => ReasonCode::CategoryGeneral,
        });
    }
    if grounds.iter().any(|g| !g.confirmed) {
        if admission {
            reasons.push(ReasonCode::CategorySenNeedsPmpcAdmission);
        } else {
            reasons.push(ReasonCode::CategorySenNeedsPmpc);
            citations.push(Citation::clause(17));
        }
        if !citations.contains(&Citation::clause(22)) {
            citations.push(Citation::clause(22));
        }
    }
    if !admission && grounds.iter().any(|g| g.ground == Ground::LawEnforcement) {
        reasons.push(ReasonCode::CategoryLawEnforcementNoFormBox);
        citations.push(NONE_OF_THE_GROUNDS_BOX);
    }
    if !admission
        && category == Category::General
        && grounds.iter().all(|g| !g.confirmed)
        && !citations.contains(&NONE_OF_THE_GROUNDS_BOX)
    {
        citations.push(NONE_OF_THE_GROUNDS_BOX);
    }
    CategoryDecision {
        category,
        grounds,
        reasons,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Case, Family};

    use crate::testing::CaseBuilder;

    /// The ordinary case with the priority grounds `grounds` declared.
    fn case(grounds: &[Ground]) -> Case {
        grounds
            .iter()
            .fold(CaseBuilder::queue_registration(), |b, &g| b.ground(g))
            .build()
    }

    #[test]
    fn cl20_1_serviceman_child_is_out_of_turn() {
        let d = decide(&case(&[Ground::Serviceman]));
        assert_eq!(d.category, Category::OutOfTurn);
        assert_eq!(d.grounds[0].annex1_box, Some(1));
        assert!(d.grounds[0].citations.contains(&Citation::law(
            Act::LawMilitaryService,
            52,
            Some(3)
        )));
        assert_eq!(d.grounds[0].verification, Verification::Paper);
    }

    #[test]
    fn cl20_1_special_state_body_child_is_out_of_turn() {
        let d = decide(&case(&[Ground::SpecialStateBody]));
        assert_eq!(d.category, Category::OutOfTurn);
        assert_eq!(d.grounds[0].annex1_box, Some(2));
    }

    #[test]
    fn cl20_1_law_enforcement_is_out_of_turn_without_form_box() {
        let d = decide(&case(&[Ground::LawEnforcement]));
        assert_eq!(d.category, Category::OutOfTurn);
        assert_eq!(d.grounds[0].annex1_box, None);
        assert!(d
            .reasons
            .contains(&ReasonCode::CategoryLawEnforcementNoFormBox));
    }

    #[test]
    fn cl20_2_teacher_child_is_first_priority_on_paper() {
        let d = decide(&case(&[Ground::Teacher]));
        assert_eq!(d.category, Category::FirstPriority);
        assert_eq!(d.grounds[0].annex1_box, Some(8));
        assert_eq!(
            d.grounds[0].documents,
            vec![
                DocumentKind::TeacherWorkplaceCertificate,
                DocumentKind::TeacherDiploma
            ]
        );
    }

    #[test]
    fn cl20_2_social_grounds_are_first_priority_via_gateway() {
        for f in [
            Ground::RepresentativesDisabled,
            Ground::WithoutParentalCare,
            Ground::Orphan,
            Ground::LargeFamily,
            Ground::DisabledChildInFamily,
        ] {
            let d = decide(&case(&[f]));
            assert_eq!(d.category, Category::FirstPriority, "{f:?}");
            assert_eq!(
                d.grounds[0].verification,
                Verification::EgovGateway,
                "{f:?}"
            );
        }
    }

    #[test]
    fn cl20_2_sen_child_is_first_priority_with_pmpc() {
        let mut c = case(&[Ground::SpecialEducationalNeeds]);
        c.child.pmpc_conclusion = true;
        let d = decide(&c);
        assert_eq!(d.category, Category::FirstPriority);
        assert_eq!(d.grounds[0].documents, vec![DocumentKind::PmpcConclusion]);
        assert_eq!(d.grounds[0].annex1_box, Some(4));
        assert!(d.grounds[0].confirmed);
    }

    #[test]
    fn annex2_8_6_sen_without_pmpc_if_any_priority_unconfirmed() {
        // The conclusion is "(бар болған жағдайда)": without it nothing confirms
        // the SEN priority (cl. 17, 22), so the category is general — and the
        // ground is still listed, with the reason.
        let d = decide(&case(&[Ground::SpecialEducationalNeeds]));
        assert_eq!(d.category, Category::General);
        assert!(!d.grounds[0].confirmed);
        assert!(d.reasons.contains(&ReasonCode::CategorySenNeedsPmpc));
        // A PMPC conclusion among the held documents confirms it too.
        let mut c = case(&[Ground::SpecialEducationalNeeds]);
        c.documents.push(crate::case::HeldDocument {
            kind: DocumentKind::PmpcConclusion,
            issued_on: None,
        });
        assert_eq!(decide(&c).category, Category::FirstPriority);
    }

    #[test]
    fn annex2_8_proof_cites_the_channels_own_list_item() {
        // Portal list: the serviceman's certificate is sub. 2, the teacher's 3,
        // the PMPC conclusion 4; the office list has them as 4, 5, 6.
        let (_, _, c) = Ground::Teacher.proof(Channel::EgovPortal);
        assert_eq!(c, vec![Citation::annex(2, 8, Some(3))]);
        let (_, _, c) = Ground::Teacher.proof(Channel::ProviderOffice);
        assert_eq!(c, vec![Citation::annex(2, 8, Some(5))]);
        let (_, _, c) = Ground::Orphan.proof(Channel::EgovPortal);
        assert_eq!(c, vec![Citation::annex(2, 8, None)]);
        // Law enforcement is named in no item: cl. 20 p. 1 and cl. 22.
        let (_, _, c) = Ground::LawEnforcement.proof(Channel::ProviderOffice);
        assert_eq!(c, vec![Citation::sub(20, 1), Citation::clause(22)]);
    }

    /// Annex 2 p. 8 sub. 4 (and Annex 4 p. 8's equivalent) names the
    /// certificate from the workplace of «әскери қызметкердің немесе арнаулы
    /// мемлекеттік орган қызметкерінің» only: asking it of a law-enforcement
    /// officer (cl. 20 p. 1) is Kezek's reading by analogy (cl. 22), and the
    /// proof says so wherever it is shown (walkthrough of 05.12.2026: the
    /// family step showed the serviceman's certificate unlabelled). The
    /// grounds the lists name carry no reading; after cl. 16 the right is
    /// not checked again, so neither does this one.
    #[test]
    fn annex2_8_4_law_enforcement_proof_is_kezeks_reading() {
        use crate::service::Service;
        for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
            let check = |g: Ground, s: Service, cl16: bool| g.proof_check(s, channel, cl16).reading;
            assert_eq!(
                check(Ground::LawEnforcement, Service::QueueRegistration, false),
                Some(ReasonCode::DocLawEnforcementReading)
            );
            assert_eq!(
                check(Ground::LawEnforcement, Service::Admission, false),
                Some(ReasonCode::DocLawEnforcementReadingAdmission)
            );
            assert_eq!(
                check(Ground::LawEnforcement, Service::Admission, true),
                None
            );
            for g in [
                Ground::Serviceman,
                Ground::SpecialStateBody,
                Ground::Teacher,
            ] {
                assert_eq!(check(g, Service::QueueRegistration, false), None, "{g:?}");
            }
        }
    }

    #[test]
    fn annex1_10_no_ground_is_general() {
        let d = decide(&case(&[]));
        assert_eq!(d.category, Category::General);
        assert!(d.grounds.is_empty());
        assert_eq!(d.reasons, vec![ReasonCode::CategoryGeneral]);
    }

    #[test]
    fn cl20_highest_category_wins_and_all_grounds_listed() {
        let d = decide(&case(&[
            Ground::Teacher,
            Ground::Serviceman,
            Ground::LargeFamily,
        ]));
        assert_eq!(d.category, Category::OutOfTurn);
        let gs: Vec<Ground> = d.grounds.iter().map(|g| g.ground).collect();
        assert_eq!(
            gs,
            vec![Ground::Serviceman, Ground::Teacher, Ground::LargeFamily]
        );
    }

    #[test]
    fn cl16_priority_referral_to_state_preschool_then_general() {
        let mut c = case(&[Ground::Orphan]);
        c.previous_priority_referral = Some(crate::case::PriorityReferral {
            state_preschool: true,
            changed_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
        });
        let d = decide(&c);
        assert_eq!(d.category, Category::General);
        assert_eq!(d.grounds.len(), 1);
        assert!(d.reasons.contains(&ReasonCode::CategoryPriorityLostCl16));
    }

    /// cl. 16 «… басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң
    /// жалпы кезекке тұрады»: the child has a ground (listed on step 5 as
    /// "first priority"), and cl. 16 sets it aside. Step 5 said first
    /// `category.general` — «Общая очередь: оснований для внеочередного или
    /// первоочередного получения места нет» — above the ground it lists; the
    /// headline is now cl. 16's line alone, which says why the queue is the
    /// general one.
    #[test]
    fn cl16_the_headline_does_not_say_there_is_no_ground_beside_the_ground_it_sets_aside() {
        for g in [Ground::Orphan, Ground::SpecialEducationalNeeds] {
            let mut c = case(&[g]);
            c.child.pmpc_conclusion = true;
            c.previous_priority_referral = Some(crate::case::PriorityReferral {
                state_preschool: true,
                changed_on: chrono::NaiveDate::from_ymd_opt(2026, 10, 1),
            });
            let d = decide(&c);
            assert_eq!(d.category, Category::General);
            assert_eq!(d.grounds.len(), 1, "{g:?}");
            assert_eq!(d.reasons[0], ReasonCode::CategoryPriorityLostCl16, "{g:?}");
            assert!(
                !d.reasons.contains(&ReasonCode::CategoryGeneral),
                "{g:?}: {:?}",
                d.reasons
            );
        }
    }

    /// Annex 1: box 10 declares none of the grounds; each of boxes 1–9 the
    /// one ground whose box it is.
    #[test]
    fn annex1_box_10_is_none_of_the_grounds_and_1_to_9_each_one_ground() {
        assert_eq!(Ground::of_annex1_box(10), None);
        assert_eq!(Ground::of_annex1_box(0), None);
        assert_eq!(Ground::of_annex1_box(11), None);
        for n in 1..=9 {
            let g = Ground::of_annex1_box(n).unwrap_or_else(|| panic!("box {n}"));
            assert_eq!(g.annex1_box(), Some(n));
        }
        assert_eq!(Ground::of_annex1_box(1), Some(Ground::Serviceman));
        assert_eq!(
            Ground::of_annex1_box(9),
            Some(Ground::DisabledChildInFamily)
        );
    }

    #[test]
    fn every_ground_has_a_box_except_law_enforcement() {
        let boxes: std::collections::BTreeSet<u8> =
            Ground::ALL.iter().filter_map(|g| g.annex1_box()).collect();
        assert_eq!(boxes, (1..=9).collect());
    }

    /// cl. 20 p. 1–2: each ground the family declares is one field of
    /// [`Family`], named by the ground's code, and gives exactly that ground.
    #[test]
    fn cl20_each_family_ground_is_read_and_written_by_ground() {
        for &g in &Family::GROUNDS {
            let mut f = Family::default();
            assert!(!f.get(g), "{g:?}");
            assert!(f.set(g, true), "{g:?}");
            assert!(f.get(g), "{g:?}");
            let fields = serde_json::to_value(&f).unwrap();
            let set: Vec<&str> = fields
                .as_object()
                .unwrap()
                .iter()
                .filter(|(_, v)| v.as_bool() == Some(true))
                .map(|(k, _)| k.as_str())
                .collect();
            assert_eq!(set, vec![g.code()], "{g:?}: the field is the ground's code");
            let named = CaseBuilder::queue_registration()
                .set(&format!("family.{}", g.code()), serde_json::json!(true))
                .build();
            let d = decide(&named);
            let found: Vec<Ground> = d.grounds.iter().map(|x| x.ground).collect();
            assert_eq!(found, vec![g]);
            f.set(g, false);
            assert_eq!(f, Family::default());
        }
        let all: Vec<Ground> = Ground::ALL
            .iter()
            .copied()
            .filter(|g| *g != Ground::SpecialEducationalNeeds)
            .collect();
        assert_eq!(Family::GROUNDS.to_vec(), all);
    }

    /// Annex 1: the family's grounds in the form's order are its boxes 1–9
    /// ascending (box 4 is the child's), each ground of [`Family::GROUNDS`]
    /// once, and the law-enforcement ground, which has no box, right after
    /// box 2 (special state bodies), as cl. 20 p. 1 names them.
    #[test]
    fn annex1_family_grounds_in_form_order_are_the_boxes_ascending() {
        let boxes: Vec<u8> = Family::IN_FORM_ORDER
            .iter()
            .filter_map(|g| g.annex1_box())
            .collect();
        assert_eq!(boxes, vec![1, 2, 3, 5, 6, 7, 8, 9]);
        let (mut form, mut all) = (Family::IN_FORM_ORDER.to_vec(), Family::GROUNDS.to_vec());
        form.sort();
        all.sort();
        assert_eq!(form, all);
        let le = Family::IN_FORM_ORDER
            .iter()
            .position(|g| *g == Ground::LawEnforcement)
            .unwrap();
        assert_eq!(Family::IN_FORM_ORDER[le - 1], Ground::SpecialStateBody);
    }

    /// The SEN ground is the child's (cl. 20 p. 2, with the PMPC conclusion),
    /// not the family's: the family neither holds nor takes it.
    #[test]
    fn cl20_2_sen_is_not_a_family_fact() {
        let mut f = Family::default();
        assert!(!f.set(Ground::SpecialEducationalNeeds, true));
        assert!(!f.get(Ground::SpecialEducationalNeeds));
        assert_eq!(f, Family::default());
    }
}
