//! Documents («құжаттар») a parent may hold, and how long each stays valid
//! («жарамдылық мерзімі»).
//!
//! The kinds are the items of the lists in Annex 2 p. 8 (queue registration)
//! and Annex 4 p. 8 (admission). Validity rules quoted from the text:
//! - workplace certificates of a serviceman / special-body employee and of a
//!   teacher: «берілген күннен бастап бір ай ішінде жарамды» — valid one
//!   month from issue (Annex 2 p. 8 sub. 4, 5; portal sub. 2, 3);
//! - the referral: «берілген күннен бастап бес жұмыс күні ішінде жарамды» —
//!   five working days from issue (Annex 4 p. 8 sub. 1);
//! - the child's health certificate (form 027/у): issued «келісім шарт жасалған
//!   күннен 3 (үш) күнтізбелік күннен кешіктірмей» (cl. 34 p. 1) — Kezek's
//!   reading: not earlier than three calendar days before the contract, the
//!   safe side; the words may also be read as "not later than three days
//!   after" it. Said to the parent as a reading
//!   ([`crate::reason::ReasonCode::DocTooEarlyForContract`]; a refusal on it
//!   alone is `refusal.expired_health_certificate_reading`, "may be refused").
//!   Kezek counts the three days back from the day before the contract, so a
//!   certificate issued three days before the contract day is valid on it
//!   ([`Validity::last_valid_day`], the day of issue + 3). Whether the
//!   contract day itself is one of the three the text does not say; if it
//!   is, the certificate must be issued no earlier than two days before the
//!   contract — the day of issue + 2, the day to rely on
//!   ([`Validity::contract_day_counted_last_day`], the item's
//!   `safe_last_day`), said as a reading
//!   ([`crate::reason::ReasonCode::DocHealthCertificateFirstDayReading`]; a
//!   contract on the day of issue + 3 is at risk, not expired; the refusal
//!   on it is a reading, `refusal.health_certificate_first_day_reading`,
//!   "may be refused").
//!
//! Reading of the periods (a careful lawyer's, as in the Civil Code's rules on
//! periods; the Code is not in law/, so no article is cited): a period counted from an event starts on the next
//! day; a period in months ends on the same date of the next month, or on the
//! month's last day when there is no such date; a period in working days ends
//! on the n-th working day after issue. The "last valid day" Kezek shows is
//! that end date, inclusive.
//!
//! Reading (issue 15, item 16): the Civil Code's rule that a period whose last
//! day falls on a non-working day ends on the next working day is
//! not applied to a certificate's validity: a certificate is a fact about a
//! day, and whether the rule reaches it is arguable. Kezek therefore shows the
//! earlier day, the one that is safe for the parent, and when the last day is
//! a day off it says so as a reading
//! ([`crate::reason::ReasonCode::DocLastDayNonWorkingReading`], in
//! [`crate::checklist`]).
//!
//! The referral's life (issue 15, item 2), all in the original:
//! - Annex 4 p. 8 sub. 1: valid five working days «берілген күннен бастап»;
//! - cl. 3 p. 7 (early booking): «жолдаманың қолданылуын есептеу мерзімі …
//!   орын нақты босатылғаннан кейін басталады» — the count starts when the place
//!   is actually vacated;
//! - cl. 22: «Тек құжаттар расталғаннан кейін … жолдама бойынша қабылдауға
//!   бөлінген кезеңді есептеу басталады» — the period allotted for admission
//!   under the referral starts to be counted only after the documents are
//!   confirmed at the second check;
//! - cl. 30: when illness, treatment, a business trip or leave keeps the parent
//!   away, the referral may be extended **once** by up to 30 calendar days.
//!   Reading: the sentence opens with «бір тәуліктен кешіктірмей» (within one
//!   day of the referral), which may govern the extension request as well as
//!   the cancellation; Kezek tells the parent to ask within that day to be safe.
//!
//! Reading (a lawyer's third reading): Annex 4 p. 8 sub. 1 and cl. 22
//! conflict — the referral is valid five working days from issue, yet the
//! period for admission starts only once the documents are confirmed, which
//! may be days later. Nothing says which wins, and a preschool may hold the
//! referral lapsed by Annex 4. The day a careful lawyer tells the parent to
//! rely on is Annex 4's: [`referral_last_day`] counts the five working days
//! from the later of the issue day and the day the place is vacated (cl. 3
//! p. 7 says so outright for early booking), then adds the extension's
//! calendar days (cl. 30). [`referral_cl22_last_day`] is Kezek's reading of
//! cl. 22 — the same count from the day the documents were confirmed, when
//! that is later — said to the parent as a reading beside the safe day
//! ([`crate::reason::ReasonCode::DocReferralFromConfirmation`]); a day of use
//! after the safe day but within it is "at risk", not "expired"
//! ([`crate::reason::ReasonCode::DocReferralAtRiskCl22Reading`], in
//! [`crate::checklist`]; the refusal on it a reading,
//! `refusal.referral_at_risk_cl22_reading`, "may be refused").

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::case::AdmissionFacts;
use crate::citation::Citation;

/// cl. 30: the one extension of a referral is by up to this many calendar days.
pub const REFERRAL_EXTENSION_MAX_DAYS: u32 = 30;

/// The last day a referral issued on `issued` is valid, the day to rely on
/// (see the module doc): five working days (Annex 4 p. 8 sub. 1) from the
/// later of the issue day and the day an early-booked place is vacated (cl. 3
/// p. 7), plus the one extension (cl. 30). The documents' confirmation
/// (cl. 22) does not move it: see [`referral_cl22_last_day`].
pub fn referral_last_day(
    issued: NaiveDate,
    facts: Option<&AdmissionFacts>,
    cal: &Calendar,
) -> NaiveDate {
    five_working_days_and_extension(count_start(issued, facts), facts, cal)
}

/// The day the referral's five working days run from: the later of the day of
/// issue and the day an early-booked place is vacated (cl. 3 p. 7).
fn count_start(issued: NaiveDate, facts: Option<&AdmissionFacts>) -> NaiveDate {
    facts
        .and_then(|f| f.place_vacated_on)
        .map_or(issued, |v| v.max(issued))
}

/// `day` plus the one extension's calendar days (cl. 30, at most
/// [`REFERRAL_EXTENSION_MAX_DAYS`]).
fn with_extension(day: NaiveDate, facts: Option<&AdmissionFacts>) -> NaiveDate {
    let extra = facts
        .and_then(|f| f.referral_extension_days)
        .unwrap_or(0)
        .min(REFERRAL_EXTENSION_MAX_DAYS);
    day.checked_add_days(chrono::Days::new(extra.into()))
        .unwrap_or(NaiveDate::MAX)
}

/// The day a careful lawyer tells the parent to act by (a third reading of
/// Annex 4 p. 8 sub. 1): the earliest of the readings of [`referral_last_day`].
/// «берілген күннен бастап бес жұмыс күні» read with the day of issue (or of
/// the vacated place, cl. 3 p. 7) as the first of the five when it is a
/// working day — one working day earlier than Kezek's count, which starts the
/// day after — plus the extension's calendar days (cl. 30); then, when that
/// day is a day off (the kindergarten is closed; whether the Civil Code's move
/// to the next working day reaches a referral is arguable), the last working
/// day on or before it. Never later than [`referral_last_day`].
pub fn referral_safe_last_day(
    issued: NaiveDate,
    facts: Option<&AdmissionFacts>,
    cal: &Calendar,
) -> NaiveDate {
    let first = cal.next_working_day_from(count_start(issued, facts));
    let mut day = with_extension(cal.add_working_days(first, 4), facts);
    // Back to a working day, never before the first day of the count.
    while day > first && !cal.is_working_day(day) {
        day = day.pred_opt().unwrap_or(day);
    }
    day.min(referral_last_day(issued, facts, cal))
}

/// Kezek's reading of cl. 22 («Тек құжаттар расталғаннан кейін … жолдама
/// бойынша қабылдауға бөлінген кезеңді есептеу басталады»): the referral's
/// last day counted from the day the documents were confirmed, with the
/// extension (cl. 30) — `Some` only when that is later than
/// [`referral_last_day`]. A reading the parent is told of, not a day to rely
/// on: Annex 4 p. 8 sub. 1 gives five working days from issue.
pub fn referral_cl22_last_day(
    issued: NaiveDate,
    facts: Option<&AdmissionFacts>,
    cal: &Calendar,
) -> Option<NaiveDate> {
    let confirmed = facts.and_then(|f| f.documents_confirmed_on)?;
    let last = five_working_days_and_extension(confirmed, facts, cal);
    (last > referral_last_day(issued, facts, cal)).then_some(last)
}

/// Five working days after `start`, plus the extension's calendar days (cl. 30,
/// at most [`REFERRAL_EXTENSION_MAX_DAYS`]).
fn five_working_days_and_extension(
    start: NaiveDate,
    facts: Option<&AdmissionFacts>,
    cal: &Calendar,
) -> NaiveDate {
    with_extension(cal.add_working_days(start, 5), facts)
}

/// A kind of document in the Annex 2 / Annex 4 lists, and the health passport
/// cl. 34 sub. 1 names beside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// The application on the Annex 1 form (queue registration) with the Annex 5
    /// consent, or the Annex 5 form alone (admission) — «өтініш».
    ApplicationForm,
    /// The child's birth certificate or its digital document — «баланың туу туралы куәлігі».
    BirthCertificate,
    /// The applicant's identity document or its digital document — «жеке басын куәландыратын құжат».
    ApplicantIdentity,
    /// Workplace certificate of a serviceman or special-state-body employee, sealed and
    /// signed — «әскери қызметкердің немесе арнаулы мемлекеттік орган қызметкерінің жұмыс
    /// орнынан берілген анықтама». Kezek also uses it for law-enforcement officers, by
    /// analogy ([`crate::reason::ReasonCode::DocLawEnforcementReading`]).
    ServiceWorkplaceCertificate,
    /// A teacher's workplace certificate sealed and signed by the head of the education
    /// organisation — «педагогтің жұмыс орнынан анықтама».
    TeacherWorkplaceCertificate,
    /// Scanned copy of the teacher's diploma — «дипломның сканерленген көшірмесі».
    TeacherDiploma,
    /// Conclusion of the psychological-medical-pedagogical consultation (PMPC) —
    /// «психологиялық-медициналық-педагогикалық консультацияның қорытындысы».
    PmpcConclusion,
    /// A phthisiatrician's conclusion (office) or referral (portal) —
    /// «фтизиатр-дәрігердің қорытындысы / жолдамасы».
    PhthisiatricianConclusion,
    /// Documents confirming the first-priority right — «бірінші кезекте орын алу құқығын
    /// растайтын құжаттар».
    FirstPriorityProof,
    /// The referral to the preschool organisation — «мектепке дейінгі ұйымға қабылдауға
    /// арналған жолдама».
    Referral,
    /// Preventive vaccination card, form 065/у — «№ 065/е нысанды профилактикалық екпелердің картасы».
    VaccinationCard,
    /// Child's health certificate, form 027/у — «№ 027/е нысанды анықтама».
    HealthCertificate,
    /// The child's health passport — «баланың денсаулық паспорты»: named by
    /// cl. 34 sub. 1 among the documents the contract asks, not by Annex 4
    /// p. 8's list (the checklist's item of condition `contract`).
    HealthPassport,
}

impl DocumentKind {
    /// Every kind.
    pub const ALL: &'static [DocumentKind] = &[
        DocumentKind::ApplicationForm,
        DocumentKind::BirthCertificate,
        DocumentKind::ApplicantIdentity,
        DocumentKind::ServiceWorkplaceCertificate,
        DocumentKind::TeacherWorkplaceCertificate,
        DocumentKind::TeacherDiploma,
        DocumentKind::PmpcConclusion,
        DocumentKind::PhthisiatricianConclusion,
        DocumentKind::FirstPriorityProof,
        DocumentKind::Referral,
        DocumentKind::VaccinationCard,
        DocumentKind::HealthCertificate,
        DocumentKind::HealthPassport,
    ];

    /// The snake_case code, e.g. `teacher_workplace_certificate`.
    pub fn code(self) -> &'static str {
        match self {
            DocumentKind::ApplicationForm => "application_form",
            DocumentKind::BirthCertificate => "birth_certificate",
            DocumentKind::ApplicantIdentity => "applicant_identity",
            DocumentKind::ServiceWorkplaceCertificate => "service_workplace_certificate",
            DocumentKind::TeacherWorkplaceCertificate => "teacher_workplace_certificate",
            DocumentKind::TeacherDiploma => "teacher_diploma",
            DocumentKind::PmpcConclusion => "pmpc_conclusion",
            DocumentKind::PhthisiatricianConclusion => "phthisiatrician_conclusion",
            DocumentKind::FirstPriorityProof => "first_priority_proof",
            DocumentKind::Referral => "referral",
            DocumentKind::VaccinationCard => "vaccination_card",
            DocumentKind::HealthCertificate => "health_certificate",
            DocumentKind::HealthPassport => "health_passport",
        }
    }

    /// Whether the document is issued to the child (so not before the child
    /// was born): the birth certificate, the PMPC and phthisiatrician's
    /// conclusions, the referral, the vaccination card, the health
    /// certificate and the health passport. The application, the applicant's identity, the workplace
    /// certificates, the diploma and the proof of a priority right (which may
    /// be a parent's, such as a parent's disability) are not.
    pub fn is_the_childs(self) -> bool {
        matches!(
            self,
            DocumentKind::BirthCertificate
                | DocumentKind::PmpcConclusion
                | DocumentKind::PhthisiatricianConclusion
                | DocumentKind::Referral
                | DocumentKind::VaccinationCard
                | DocumentKind::HealthCertificate
                | DocumentKind::HealthPassport
        )
    }

    /// Fluent message id of the document's name, e.g. `doc-referral`.
    pub fn key(self) -> String {
        self.key_str().to_owned()
    }

    /// [`DocumentKind::key`], written out: `doc-` and the code with each `_`
    /// a `-` (`fluent_key("doc", code)`, which a test holds it to) — the
    /// checklist names every item by it on every evaluation (issue 19).
    pub(crate) fn key_str(self) -> &'static str {
        match self {
            DocumentKind::ApplicationForm => "doc-application-form",
            DocumentKind::BirthCertificate => "doc-birth-certificate",
            DocumentKind::ApplicantIdentity => "doc-applicant-identity",
            DocumentKind::ServiceWorkplaceCertificate => "doc-service-workplace-certificate",
            DocumentKind::TeacherWorkplaceCertificate => "doc-teacher-workplace-certificate",
            DocumentKind::TeacherDiploma => "doc-teacher-diploma",
            DocumentKind::PmpcConclusion => "doc-pmpc-conclusion",
            DocumentKind::PhthisiatricianConclusion => "doc-phthisiatrician-conclusion",
            DocumentKind::FirstPriorityProof => "doc-first-priority-proof",
            DocumentKind::Referral => "doc-referral",
            DocumentKind::VaccinationCard => "doc-vaccination-card",
            DocumentKind::HealthCertificate => "doc-health-certificate",
            DocumentKind::HealthPassport => "doc-health-passport",
        }
    }

    /// How long the document stays valid, with the citation of the rule in
    /// the list of `channel` (issue 15, item 15): the portal list of Annex 2
    /// p. 8 numbers the serviceman's certificate sub. 2 and the teacher's
    /// sub. 3, where the office / State Corporation list has sub. 4 and 5.
    pub fn validity_on(self, channel: crate::service::Channel) -> Validity {
        let portal_item = match self {
            DocumentKind::ServiceWorkplaceCertificate => 2,
            DocumentKind::TeacherWorkplaceCertificate => 3,
            _ => return self.validity(),
        };
        match (channel, self.validity()) {
            (crate::service::Channel::EgovPortal, Validity::Months { months, .. }) => {
                Validity::Months {
                    months,
                    citation: Citation::annex(2, 8, Some(portal_item)),
                }
            }
            (_, v) => v,
        }
    }

    /// How long the document stays valid, with the citation of the rule (the
    /// office list's numbering; see [`DocumentKind::validity_on`]).
    pub fn validity(self) -> Validity {
        match self {
            DocumentKind::ServiceWorkplaceCertificate => Validity::Months {
                months: 1,
                citation: Citation::annex(2, 8, Some(4)),
            },
            DocumentKind::TeacherWorkplaceCertificate => Validity::Months {
                months: 1,
                citation: Citation::annex(2, 8, Some(5)),
            },
            DocumentKind::Referral => Validity::WorkingDays {
                days: 5,
                citation: Citation::annex(4, 8, Some(1)),
            },
            DocumentKind::HealthCertificate => Validity::BeforeContractDays {
                days: 3,
                citation: Citation::sub(34, 1),
            },
            _ => Validity::Unlimited,
        }
    }
}

/// A validity rule for a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Validity {
    /// No validity period in the rules.
    Unlimited,
    /// Valid for this many months from the issue date.
    Months {
        /// Months.
        months: u32,
        /// The rule.
        citation: Citation,
    },
    /// Valid for this many working days from the issue date.
    WorkingDays {
        /// Working days.
        days: u32,
        /// The rule.
        citation: Citation,
    },
    /// Must be issued not earlier than this many calendar days before the
    /// contract date (Kezek's reading of cl. 34 p. 1, the safe side), the
    /// days counted back from the day before the contract; with the contract
    /// day counted as one of them, [a day
    /// fewer](Validity::contract_day_counted_last_day) (a reading).
    BeforeContractDays {
        /// Calendar days.
        days: u32,
        /// The rule.
        citation: Citation,
    },
}

impl Validity {
    /// The last day on which a document issued on `issued` is still valid, for a
    /// contract (or submission) on `use_on`. `None` when the rule sets no period.
    /// Monotone in `issued`: a later issue date never gives an earlier last day.
    pub fn last_valid_day(&self, issued: NaiveDate, cal: &Calendar) -> Option<NaiveDate> {
        match *self {
            Validity::Unlimited => None,
            Validity::Months { months: m, .. } => Some(
                issued
                    .checked_add_months(Months::new(m))
                    .unwrap_or(NaiveDate::MAX),
            ),
            Validity::WorkingDays { days: n, .. } => Some(cal.add_working_days(issued, n)),
            Validity::BeforeContractDays { days: d, .. } => Some(
                issued
                    .checked_add_days(chrono::Days::new(d.into()))
                    .unwrap_or(NaiveDate::MAX),
            ),
        }
    }

    /// For [`Validity::BeforeContractDays`], the last contract day a
    /// document issued on `issued` serves if the contract day itself is one
    /// of the `days` (cl. 34 p. 1 read so: the certificate issued no earlier
    /// than `days - 1` days before the contract): a day before
    /// [`Validity::last_valid_day`], which counts the days back from the day
    /// before the contract. The day to rely on, said as a reading
    /// ([`crate::reason::ReasonCode::DocHealthCertificateFirstDayReading`]).
    /// `None` for the other rules.
    pub fn contract_day_counted_last_day(&self, issued: NaiveDate) -> Option<NaiveDate> {
        match *self {
            Validity::BeforeContractDays { days: d, .. } => Some(
                issued
                    .checked_add_days(chrono::Days::new(d.saturating_sub(1).into()))
                    .unwrap_or(NaiveDate::MAX),
            ),
            _ => None,
        }
    }

    /// For [`Validity::BeforeContractDays`], the earliest issue days of a
    /// document that serves a contract on `contract` (cl. 34 p. 1, the
    /// inverse of the last days above): Kezek's count, the `days` counted
    /// back from the day before the contract ([`Validity::last_valid_day`]),
    /// then the day to rely on, the contract day itself counted
    /// ([`Validity::contract_day_counted_last_day`]). `None` for the other
    /// rules.
    pub fn earliest_issue_days(&self, contract: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        match *self {
            Validity::BeforeContractDays { days: d, .. } => Some((
                contract
                    .checked_sub_days(chrono::Days::new(d.into()))
                    .unwrap_or(NaiveDate::MIN),
                contract
                    .checked_sub_days(chrono::Days::new(d.saturating_sub(1).into()))
                    .unwrap_or(NaiveDate::MIN),
            )),
            _ => None,
        }
    }

    /// For [`Validity::Months`], the last day a document issued on `issued`
    /// is valid if the day of issue itself is counted in «берілген күннен
    /// бастап бір ай ішінде» (Annex 2 p. 8 sub. 4–5; portal sub. 2–3): a
    /// calendar day before [`Validity::last_valid_day`], which counts from
    /// the day after — what [`crate::reason::ReasonCode::DocIssueDayReading`]
    /// promises, the day to rely on (the item's `safe_last_day` at queue
    /// registration). `None` for the other rules.
    pub fn issue_day_counted_last_day(
        &self,
        issued: NaiveDate,
        cal: &Calendar,
    ) -> Option<NaiveDate> {
        match *self {
            Validity::Months { .. } => self.last_valid_day(issued, cal)?.pred_opt(),
            _ => None,
        }
    }

    /// The citation of the rule, if any.
    pub fn citation(&self) -> Option<&Citation> {
        match self {
            Validity::Unlimited => None,
            Validity::Months { citation: c, .. }
            | Validity::WorkingDays { citation: c, .. }
            | Validity::BeforeContractDays { citation: c, .. } => Some(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::reason::fluent_key;
    use crate::testing::date as d;

    /// The keys written out are the Fluent keys of the codes.
    #[test]
    fn key_is_the_fluent_key_of_the_code() {
        for d in DocumentKind::ALL {
            assert_eq!(d.key(), fluent_key("doc", d.code()), "{d:?}");
        }
    }

    #[test]
    fn annex2_8_4_workplace_certificate_valid_one_month() {
        let cal = Calendar::builtin();
        let v = DocumentKind::ServiceWorkplaceCertificate.validity();
        assert_eq!(v.last_valid_day(d(2026, 3, 15), cal), Some(d(2026, 4, 15)));
        // No 31 February: the month ends on its last day.
        assert_eq!(v.last_valid_day(d(2026, 1, 31), cal), Some(d(2026, 2, 28)));
        // The day of issue counted: a calendar day earlier.
        assert_eq!(
            v.issue_day_counted_last_day(d(2026, 10, 25), cal),
            Some(d(2026, 11, 24))
        );
        assert_eq!(
            v.issue_day_counted_last_day(d(2026, 1, 31), cal),
            Some(d(2026, 2, 27))
        );
        assert_eq!(
            DocumentKind::Referral
                .validity()
                .issue_day_counted_last_day(d(2026, 10, 25), cal),
            None
        );
    }

    #[test]
    fn annex2_8_5_teacher_certificate_valid_one_month() {
        let cal = Calendar::builtin();
        let v = DocumentKind::TeacherWorkplaceCertificate.validity();
        assert_eq!(v.last_valid_day(d(2026, 11, 2), cal), Some(d(2026, 12, 2)));
    }

    #[test]
    fn annex4_8_1_referral_valid_five_working_days() {
        let cal = Calendar::builtin();
        let v = DocumentKind::Referral.validity();
        // Issued Friday 20 Nov 2026: Mon 23 .. Fri 27 are the five working days.
        assert_eq!(
            v.last_valid_day(d(2026, 11, 20), cal),
            Some(d(2026, 11, 27))
        );
    }

    /// The earliest issue days for a contract day are the inverse of the
    /// last days: issued on either, the certificate serves that contract.
    #[test]
    fn cl34_1_earliest_issue_days_for_a_contract_day() {
        let cal = Calendar::builtin();
        let v = DocumentKind::HealthCertificate.validity();
        let contract = d(2026, 12, 10);
        let (earliest, safe) = v.earliest_issue_days(contract).unwrap();
        assert_eq!((earliest, safe), (d(2026, 12, 7), d(2026, 12, 8)));
        assert_eq!(v.last_valid_day(earliest, cal), Some(contract));
        assert_eq!(v.contract_day_counted_last_day(safe), Some(contract));
        assert_eq!(
            DocumentKind::Referral
                .validity()
                .earliest_issue_days(contract),
            None
        );
    }

    #[test]
    fn cl34_1_health_certificate_not_earlier_than_three_days_before_contract() {
        let cal = Calendar::builtin();
        let v = DocumentKind::HealthCertificate.validity();
        assert_eq!(v.last_valid_day(d(2026, 8, 28), cal), Some(d(2026, 8, 31)));
        // The contract day counted as one of the three: a day earlier.
        assert_eq!(
            v.contract_day_counted_last_day(d(2026, 8, 28)),
            Some(d(2026, 8, 30))
        );
        assert_eq!(
            DocumentKind::Referral
                .validity()
                .contract_day_counted_last_day(d(2026, 8, 28)),
            None
        );
    }

    fn facts(json: &str) -> AdmissionFacts {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn cl30_referral_extended_once_by_up_to_30_calendar_days() {
        let cal = Calendar::builtin();
        // Issued Friday 20 Nov 2026: five working days end Fri 27 Nov; +30 days.
        let f = facts(r#"{"referral_extension_days":30}"#);
        assert_eq!(
            referral_last_day(d(2026, 11, 20), Some(&f), cal),
            d(2026, 12, 27)
        );
        assert_eq!(
            referral_last_day(d(2026, 11, 20), None, cal),
            d(2026, 11, 27)
        );
    }

    #[test]
    fn cl3_7_early_booking_referral_counts_from_the_vacated_place() {
        let cal = Calendar::builtin();
        let f = facts(r#"{"place_vacated_on":"2026-12-01"}"#);
        // Vacated Tue 1 Dec: Wed 2 .. Tue 8 Dec (no holiday in between).
        assert_eq!(
            referral_last_day(d(2026, 11, 20), Some(&f), cal),
            d(2026, 12, 8)
        );
    }

    #[test]
    fn cl22_referral_counted_from_confirmation_is_a_later_reading_annex4_day_stays() {
        let cal = Calendar::builtin();
        // Issued Fri 20.11, confirmed Tue 24.11: Annex 4's five working days
        // end Fri 27.11 (the day to rely on); counted from the confirmation,
        // Tue 01.12 (the reading).
        let f = facts(r#"{"documents_confirmed_on":"2026-11-24"}"#);
        assert_eq!(
            referral_last_day(d(2026, 11, 20), Some(&f), cal),
            d(2026, 11, 27)
        );
        assert_eq!(
            referral_cl22_last_day(d(2026, 11, 20), Some(&f), cal),
            Some(d(2026, 12, 1))
        );
        // Confirmed before the place is vacated: the reading adds nothing.
        let f = facts(r#"{"documents_confirmed_on":"2026-11-24","place_vacated_on":"2026-12-01"}"#);
        assert_eq!(referral_cl22_last_day(d(2026, 11, 20), Some(&f), cal), None);
        assert_eq!(referral_cl22_last_day(d(2026, 11, 20), None, cal), None);
    }

    #[test]
    fn documents_without_period_are_unlimited() {
        let cal = Calendar::builtin();
        for k in [DocumentKind::BirthCertificate, DocumentKind::PmpcConclusion] {
            assert_eq!(k.validity().last_valid_day(d(2020, 1, 1), cal), None);
        }
    }
}
