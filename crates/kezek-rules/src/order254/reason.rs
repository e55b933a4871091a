//! Reason codes («себеп»): the machine-readable "why" of every line Kezek shows.
//!
//! Each [`ReasonCode`] has a stable dotted code (`category.out_of_turn`) that
//! embedding pages and the CLI may match on, and a Fluent message id
//! (`reason-category-out-of-turn`) that the app translates with
//! `messages/{kk,ru,en}.ftl`. A unit test checks that every code has a message
//! in all three languages, so a new code cannot ship untranslated.

use serde::{Deserialize, Serialize};

macro_rules! reason_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal, )*) => {
        /// A machine-readable reason. Serialised as its dotted code.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum ReasonCode {
            $( $(#[$doc])* $variant, )*
        }

        impl ReasonCode {
            /// Every reason code, in declaration order.
            pub const ALL: &'static [ReasonCode] = &[ $( ReasonCode::$variant, )* ];

            /// The stable dotted code, e.g. `category.out_of_turn`.
            pub const fn code(self) -> &'static str {
                match self { $( ReasonCode::$variant => $code, )* }
            }

            /// Looks a code up by its dotted form.
            pub fn from_code(code: &str) -> Option<ReasonCode> {
                match code { $( $code => Some(ReasonCode::$variant), )* _ => None }
            }
        }
    };
}

reason_codes! {
    // --- priority category, cl. 20 and Annex 1 ---
    /// The highest category is out-of-turn (cl. 20 p. 1).
    CategoryOutOfTurn = "category.out_of_turn",
    /// The highest category is first priority (cl. 20 p. 2).
    CategoryFirstPriority = "category.first_priority",
    /// No ground applies: general queue (Annex 1 box 10).
    CategoryGeneral = "category.general",
    /// At admission (00403002), in place of [`ReasonCode::CategoryOutOfTurn`]:
    /// the out-of-turn right (cl. 20 p. 1) is checked a second time after the
    /// referral by the provider of the queue service (cl. 22, cl. 4); cl. 21's
    /// order of the queue means nothing once the place is given.
    CategoryOutOfTurnAdmission = "category.out_of_turn_admission",
    /// At admission, in place of [`ReasonCode::CategoryFirstPriority`]: the
    /// first-priority right (cl. 20 p. 2) is checked a second time after the
    /// referral (cl. 22, cl. 4); not cl. 21's "after every three general ones".
    CategoryFirstPriorityAdmission = "category.first_priority_admission",
    /// At admission, in place of [`ReasonCode::CategoryGeneral`]: no
    /// out-of-turn or first-priority right is confirmed (cl. 20), so none is
    /// counted; not "general queue", the child holding a referral.
    CategoryGeneralAdmission = "category.general_admission",
    /// Cl. 16: after a priority referral to a state preschool, a new application is general.
    CategoryPriorityLostCl16 = "category.priority_lost_cl16",
    /// At admission, in place of [`ReasonCode::CategoryPriorityLostCl16`]:
    /// after a priority referral to a state preschool was left, cl. 16 has the
    /// parent stand in the general queue and get a referral to a private
    /// preschool, so the referral held came from the general queue, not from
    /// the priority ground; the category is general.
    CategoryReferralFromGeneralQueueCl16 = "category.referral_from_general_queue_cl16",
    /// The law-enforcement ground (cl. 20 p. 1) has no box on the Annex 1 form.
    CategoryLawEnforcementNoFormBox = "category.law_enforcement_no_form_box",
    /// SEN without a PMPC conclusion: the SEN priority is not confirmed (Annex 2 p. 8 sub. 6 "if any"; cl. 17, 22).
    CategorySenNeedsPmpc = "category.sen_needs_pmpc",
    /// At admission (00403002), SEN without a PMPC conclusion: the
    /// first-priority right cl. 22 checks again after the referral is not
    /// confirmed; the checklist's item says whether the kindergarten needs the
    /// conclusion (Annex 4 p. 8 item 7). In place of
    /// [`ReasonCode::CategorySenNeedsPmpc`], whose "if any" and "general queue"
    /// are the queue registration's.
    CategorySenNeedsPmpcAdmission = "category.sen_needs_pmpc_admission",
    // --- queues, cl. 13 and 17 ---
    /// The general queue of the settlement and birth year (cl. 13 para 1).
    QueueGeneral = "queue.general",
    /// A special queue by type of disorder (cl. 13 para 2–3).
    QueueSpecial = "queue.special",
    /// A sanatorium queue by rehabilitation / prevention type (cl. 13 para 4).
    QueueSanatorium = "queue.sanatorium",
    /// A SEN child with confirming documents may stand in several queues at once (cl. 17).
    QueueSeveralAtOnce = "queue.several_at_once",
    /// Without SEN confirming documents the child stands in one queue at a time (cl. 17).
    QueueOneAtATime = "queue.one_at_a_time",
    /// Disorders were given without a PMPC conclusion: by Kezek's reading of
    /// cl. 17 the special queues need it (cl. 13, 17).
    QueueSpecialNeedsPmpc = "queue.special_needs_pmpc",
    /// A SEN child with a PMPC conclusion, no disorder given: the special
    /// queues are by type of disorder (cl. 13 para 2–3).
    QueueSpecialNeedsDisorder = "queue.special_needs_disorder",
    // --- age, cl. 18, 24 p. 9, 28 ---
    /// Old enough and not older than 6 on 1 September of the current year
    /// (cl. 18), the year of the day of acceptance: its text names it
    /// (`$year`, `age.cutoff`'s year; texts47).
    AgeEligible = "age.eligible",
    /// Older than 6 on 1 September of the current year (cl. 18).
    AgeTooOld = "age.too_old",
    /// A SEN child with a PMPC conclusion is exempt from the age limit (cl. 18, 24 p. 9).
    AgeSenPmpcException = "age.sen_pmpc_exception",
    /// Older than the limit, with special educational needs but no PMPC
    /// conclusion: with the conclusion the limit would not apply (cl. 18's
    /// exception), so getting it mends the refusal (review29).
    AgeSenPmpcWouldExempt = "age.sen_pmpc_would_exempt",
    /// A refusal risk's detail (not an age line): on 1 September of the
    /// current year the child is already 7 — over cl. 18's limit on either
    /// reading of «6 жастан аспайды», Kezek's (the sixth birthday before 1
    /// September) and the other (the seventh birthday after it within).
    AgeOverOnEveryReading = "age.over_on_every_reading",
    /// The headline (and a refusal risk's detail) of a child who has turned
    /// 6, before 1 September of the current year, and is not yet 7 on it:
    /// over cl. 18's limit by Kezek's reading, within it by the other
    /// ("not yet 7") — but cl. 24 sub. 9 removes from the queue and
    /// archives the application of a child who has turned 6, excepting only
    /// one who had not turned 6 before 1 September of the current year (and
    /// a SEN child with a PMPC conclusion): on either reading the child
    /// does not stand in the queue (the walk of 05.12.2026, born
    /// 05.02.2020, was offered the other reading as help).
    AgeTurnedSixArchived = "age.turned_six_archived",
    /// Beside [`ReasonCode::AgeTooOld`] on egov.kz after the provider's
    /// reception (17:30, Annex 2 p. 7 sub. 1) but within its working day
    /// as Kezek reads it (18:30, R7), the evening before a sixth birthday
    /// that falls before 1 September: accepted today by R7, the child not
    /// yet 6, so the other reading of cl. 18 would keep the child; but if
    /// "working time" (sub. 3) ends with the reception, the application is
    /// accepted on the next working day, on or after the sixth birthday,
    /// when cl. 24 sub. 9 takes it out of the queue on either reading of
    /// cl. 18. A reading of working time, said beside the reading of the
    /// age (rules45).
    AgeTurnedSixAfterReceptionReading = "age.turned_six_after_reception_reading",
    /// In place of [`ReasonCode::AgeTurnedSixArchived`] where the child is
    /// still 5 today and turns 6 by the day an application made now is
    /// accepted (egov.kz after working time, the evening before the sixth
    /// birthday; review45): not "has already turned 6" but the birthday
    /// (`$birthday`) and the day of acceptance (`$accepted`, the schedule's
    /// `accepted_at`), on which Kezek judges the age (a reading).
    AgeTurnsSixByAcceptance = "age.turns_six_by_acceptance",
    /// In place of [`ReasonCode::AgeTooOld`] where an application made now
    /// is accepted in the next year (egov.kz on the evening of 31
    /// December; review45): cl. 18's «ағымдағы жыл» is then the year of
    /// acceptance, not "this year": the text names the sixth birthday
    /// (`$birthday`) and the day of acceptance (`$accepted`).
    AgeTooOldOnAcceptance = "age.too_old_on_acceptance",
    /// The day the application leaves the queue for age, 1 January (cl. 18
    /// with cl. 24 sub. 9 read as one rule; `$date`, `age.archive_on`). With
    /// `$order` `same` where it is also the order's own day, on which the
    /// child is out of the queue on either reading of cl. 18 (a sixth
    /// birthday on that 1 January or on or after 1 September of the year
    /// before; [`crate::age::AgeDecision::archive_day_is_the_orders`]), said
    /// as such; `later` (the default) where the sixth birthday comes after
    /// it: Kezek's reading, with the order's own day beside it
    /// ([`ReasonCode::AgeArchiveOrderDate`]). The same `$order` in
    /// [`ReasonCode::AgeArchiveDatePast`],
    /// [`ReasonCode::AgeArchiveDateBeforeAcceptance`] and
    /// [`ReasonCode::AgeArchiveDateAfterReceptionReading`] (wording47).
    AgeArchiveDate = "age.archive_date",
    /// Beside [`ReasonCode::AgeArchiveDate`] where the sixth birthday falls
    /// after it (a sixth birthday before 1 September): the order's own day
    /// is that birthday — cl. 24 sub. 9 takes out of the queue the
    /// application of a child «6 (алты) жасқа толған» (who has turned 6),
    /// from that day on; when the system does so it does not say. Kezek's
    /// earlier day is the safe reading.
    AgeArchiveOrderDate = "age.archive_order_date",
    /// In place of [`ReasonCode::AgeArchiveDate`] once its day has come
    /// (today or before): the day said as past ("was"), not as one to come.
    AgeArchiveDatePast = "age.archive_date_past",
    /// In place of [`ReasonCode::AgeArchiveDate`] where the day is still to
    /// come but an application made now is accepted on it or after it
    /// (egov.kz on 31 December after working time: archived on 1 January,
    /// accepted on the next working day; rules46): not "leaves the queue
    /// on" a day it would never stand in the queue before. Its variables:
    /// `$date` (`age.archive_on`) and `$accepted` (the day of
    /// `schedule.accepted_at`).
    AgeArchiveDateBeforeAcceptance = "age.archive_date_before_acceptance",
    /// Right after [`ReasonCode::AgeArchiveDate`] on egov.kz after the
    /// reception's 17:30 and within Kezek's working day (18:30, R7), where
    /// the application, accepted today by R7 before the archive day, would
    /// be accepted on it or after it if working time ends with the reception
    /// (Annex 2 p. 7 sub. 1 and 3; 31 December, 17:30–18:30; rules46). A
    /// reading of working time. Its variables: `$date` (`age.archive_on`)
    /// and `$accepted` (the next working day,
    /// `schedule::accepted_on_if_working_time_ends_with_reception`).
    AgeArchiveDateAfterReceptionReading = "age.archive_date_after_reception_reading",
    /// In place of [`ReasonCode::AgeArchiveOrderDate`] once the sixth
    /// birthday has come: the order's own day said as past, and that on
    /// either day the child is out of the queue now.
    AgeArchiveOrderDatePast = "age.archive_order_date_past",
    /// In place of [`ReasonCode::AgeArchiveOrderDate`] where the sixth
    /// birthday is still to come but no later than the day an application
    /// made now is accepted (egov.kz on 31 December after working time,
    /// the birthday on 2–5 January; rules47): the order's own day said
    /// against the day of acceptance — on neither day would the
    /// application stand in the queue — not as a day the department might
    /// apply. Its variables: `$birthday` (`age.sixth_birthday`) and
    /// `$accepted` (the day of `schedule.accepted_at`).
    AgeArchiveOrderDateBeforeAcceptance = "age.archive_order_date_before_acceptance",
    /// On egov.kz between the reception's 17:30 and Kezek's 18:30 (R7) on
    /// 31 December, a child within cl. 18's limit on the day of acceptance
    /// by R7 (today) who, if working time ends with the reception (Annex 2
    /// p. 7 sub. 1 and 3), is accepted in the next year when already 6,
    /// having turned 6 before that year's 1 September: out of the queue on
    /// either reading of cl. 18 (cl. 24 sub. 9) on that reading of working
    /// time (rules47). Said after the archive's lines. Its variables:
    /// `$birthday` (`age.sixth_birthday`), `$accepted` (the next working
    /// day, `schedule::accepted_on_if_working_time_ends_with_reception`) and
    /// `$year` (that day's year).
    AgeTurnedSixNextYearAfterReceptionReading = "age.turned_six_next_year_after_reception_reading",
    /// The age used for a referral: full years in the calendar year (cl. 28).
    AgeReferralAge = "age.referral_age",
    /// In place of [`ReasonCode::AgeReferralAge`] and the cl. 28 caveat: a
    /// SEN child with a PMPC conclusion not over 6 on 1 September is among
    /// the children cl. 28 leaves out, read as two groups or as one, so its
    /// calendar-year age is neither reading's; how its age is counted the
    /// order does not say (the question goes to the education department,
    /// cl. 4).
    AgeReferralAgeSenPmpc = "age.referral_age_sen_pmpc",
    /// Kezek's one reading of cl. 18 and cl. 24 p. 9 (the queue ends on 1 January).
    AgeOneRuleReading = "age.one_rule_reading",
    /// cl. 28 is garbled: it excepts the very children who are in the queue.
    AgeCl28Unclear = "age.cl28_unclear",
    /// At admission (00403002), in place of [`ReasonCode::AgeCl28Unclear`]:
    /// the same caveat, but the question goes to the education department
    /// whose queue gives the referral (cl. 4, 28), not to the provider of
    /// admission, the kindergarten (cl. 31), which gives no referral.
    AgeCl28UnclearAdmission = "age.cl28_unclear_admission",
    // --- limits, cl. 15, 16, 19 ---
    /// cl. 15: a parent may queue the child «кемінде 3 (үш) рет» — at least
    /// three times; no upper limit, said as Kezek's reading of «кемінде».
    LimitTimesOk = "limit.times_ok",
    /// Already queued 3 or more times: Kezek's reading of cl. 15's
    /// «кемінде» sets no cap, said as such; practice may differ.
    LimitTimesThreeOrMore = "limit.times_three_or_more",
    /// Cl. 16: the general queue only after one month, and a private preschool.
    LimitCl16WaitOneMonth = "limit.cl16_wait_one_month",
    /// Cl. 19: choosing another preschool withdraws the child and needs a new application.
    LimitCl19NewApplication = "limit.cl19_new_application",
    // --- checklist, Annex 2 p. 8, Annex 4 p. 8, cl. 34 ---
    /// The parent holds a valid document.
    DocOk = "doc.ok",
    /// The document is required and the parent does not hold it.
    DocMissing = "doc.missing",
    /// Queue registration, beside the refusal of a set without the teacher's
    /// proof (missing, or the certificate out of date): Annex 2 p. 8 sub. 5
    /// (portal sub. 3) asks the teacher's workplace certificate and the
    /// diploma's copy with no «(бар болған жағдайда)», unlike sub. 4 and 6 —
    /// the proof is asked at registration, and a set without it is refused
    /// (p. 9 sub. 4); the order does not put such an application in the
    /// general queue. Without it the parent can apply declaring no ground
    /// (Annex 1 box 10). Kezek's reading, said as such: cl. 23 sub. 1 lets
    /// the applicant change the application and cl. 20 sub. 3 updates the
    /// queue when an application's priority status changes, but the order
    /// does not say how the priority is claimed later, what is checked then,
    /// nor from when it counts (rules45).
    DocTeacherProofAtRegistration = "doc.teacher_proof_at_registration",
    /// The document is held but its day of issue is not given: valid for a
    /// limited time (Annex 2 p. 8 sub. 4–5, Annex 4 p. 8 sub. 1, cl. 34 sub.
    /// 1), it cannot be judged yet — neither missing nor out of date. Enter
    /// the date; Kezek then checks its validity.
    DocAwaitsIssueDate = "doc.awaits_issue_date",
    /// The document is held but past its validity.
    DocExpired = "doc.expired",
    /// The referral is held but past its last day: in place of
    /// [`ReasonCode::DocExpired`], whose text says "get a new one". The order
    /// says nothing of what happens to a lapsed referral nor of taking a new
    /// one (cl. 26 only: a general-queue referral is issued at the
    /// applicant's initiative), so the parent is told so, and whom to ask.
    DocReferralLapsed = "doc.referral_lapsed",
    /// Valid today, no longer on the day of use (the contract day the parent
    /// gave, Annex 4 p. 8, cl. 34 p. 1): said in the future, in place of
    /// [`ReasonCode::DocExpired`].
    DocLapsesBeforeUse = "doc.lapses_before_use",
    /// Kezek counts a validity period from the day after the day of issue;
    /// counted from the day of issue, it ends a day earlier (a reading).
    DocIssueDayReading = "doc.issue_day_reading",
    /// A one-month certificate of Annex 2 p. 8 (office sub. 4–5, portal sub.
    /// 2–3) at queue registration, judged on the day an application made now
    /// is accepted, after its safe last day (the day of issue counted) but
    /// within Kezek's count (from the day after): at risk (status
    /// `expires_soon`), in place of [`ReasonCode::DocIssueDayReading`] — the
    /// text does not settle which count is right; renew it before applying
    /// (a reading).
    DocIssueDayReadingAtRisk = "doc.issue_day_reading_at_risk",
    /// At admission, a one-month certificate re-checked under cl. 22 (Annex 2
    /// p. 8 sub. 4–5) valid on the second check's days by Kezek's count,
    /// past its day with the day of issue counted (`safe_last_day`), the
    /// check not yet confirmed: first reason, status `expires_soon` — the
    /// check may not confirm the right it proves (the risk
    /// `refusal.recheck_unconfirmed_reading`); get a new one for the check.
    /// Said as Kezek's reading (lawyer42).
    DocRecheckIssueDayReadingAtRisk = "doc.recheck_issue_day_reading_at_risk",
    /// The referral counted from the day an early-booked place is vacated
    /// (cl. 3 p. 7): Kezek counts its five working days from the day after;
    /// counted from the vacancy day itself, they end a working day earlier
    /// (a reading). Given in place of [`ReasonCode::DocIssueDayReading`],
    /// whose «from the day of issue» is not the referral's start then.
    DocVacancyDayReading = "doc.vacancy_day_reading",
    /// The referral extended under cl. 30: counted with the day of issue as the
    /// first of the five working days, they end a working day earlier, the
    /// extension's calendar days run from that day, and a last day on a day
    /// off moves back to the working day before (`safe_last_day`) — not "a
    /// working day earlier" (a reading).
    DocIssueDayReadingExtended = "doc.issue_day_reading_extended",
    /// Annex 4 p. 8 item 7: the PMPC conclusion, without "if any" at the
    /// kindergarten, with it on the portal (a reading).
    DocPmpcKindergartenReading = "doc.pmpc_kindergarten_reading",
    /// cl. 22: the proof was valid on the day the second check confirmed it.
    DocConfirmedAtCl22Check = "doc.confirmed_at_cl22_check",
    /// The document is valid now but expires within Kezek's warning window.
    DocExpiresSoon = "doc.expires_soon",
    /// The health certificate (Annex 4 p. 8, form 027/u) expiring soon, in
    /// place of [`ReasonCode::DocExpiresSoon`]: cl. 34 sub. 1 «келісім шарт
    /// жасалған күннен 3 (үш) күнтізбелік күннен кешіктірмей берілген»
    /// counts it to the day the contract is signed, not to the application
    /// (the order gives no day by which to apply with it) — sign the contract
    /// while it is valid, or get a new one nearer the contract day; not
    /// "apply while it is still valid".
    DocHealthCertificateExpiresSoon = "doc.health_certificate_expires_soon",
    /// The provider obtains it through the egov gateway / digital documents service.
    DocAutomatic = "doc.automatic",
    /// Kezek prepares it (the application form).
    DocPrepared = "doc.prepared",
    /// A conditional item whose condition does not hold for this case.
    DocNotNeeded = "doc.not_needed",
    /// Emergency or restriction measures: may be brought to the preschool later (Annex 4 p. 8).
    DocLaterEmergency = "doc.later_emergency",
    /// The document's issue date is too early for the contract date (cl. 34 p. 1).
    DocTooEarlyForContract = "doc.too_early_for_contract",
    /// Kezek's reading of cl. 34 p. 1: the health certificate's 3 calendar
    /// days are counted back from the day before the contract; if the
    /// contract day itself is one of the three, the certificate must be
    /// issued no earlier than 2 days before it (`safe_last_day`, the day of
    /// issue + 2). Said while the certificate is valid by Kezek's count and
    /// the earlier reading could change the answer: no contract day given
    /// (a note beside the status), or the contract day after the safe day —
    /// then first, the status `expires_soon` (at risk, neither "valid" nor
    /// "expired").
    DocHealthCertificateFirstDayReading = "doc.health_certificate_first_day_reading",
    /// Kezek's reading: the phthisiatrician's conclusion concerns sanatorium queues.
    DocPhthisiatricianReading = "doc.phthisiatrician_reading",
    /// Kezek's reading: a law-enforcement workplace certificate is asked as in Annex 2 p. 8 sub. 4.
    DocLawEnforcementReading = "doc.law_enforcement_reading",
    /// At admission, in place of [`ReasonCode::DocLawEnforcementReading`]:
    /// the certificate asked by analogy for cl. 22's second check after the
    /// referral (no list names the ground's proof); without it the second
    /// check does not confirm the right and the kindergarten may refuse —
    /// Kezek's reading of cl. 34 sub. 3, as
    /// [`ReasonCode::RefusalRecheckUnconfirmedReading`] — not the queue's
    /// "no ground for refusing the documents" (Annex 2 p. 9 sub. 4).
    DocLawEnforcementReadingAdmission = "doc.law_enforcement_reading_admission",
    /// Shown for identification; the data are checked through the gateway (Annex 2 p. 8 sub. 2–3; cl. 5).
    DocShowForIdentification = "doc.show_for_identification",
    /// cl. 22: the provider checks the applicant's rights to the child (a
    /// legal representative other than a parent); Annex 2 and Annex 4 p. 8
    /// list no document for it, so Kezek advises bringing the one that made
    /// the applicant the child's representative (a reading).
    DocLegalRepresentativeRightsCl22 = "doc.legal_representative_rights_cl22",
    /// The preschool takes the digital document with the holder's one-time-password consent (Annex 4 p. 8).
    DocDigitalDocumentOtp = "doc.digital_document_otp",
    /// On the portal (Annex 4 p. 8, items 3-4 and the paragraph after the
    /// lists): nothing is uploaded — the kindergarten takes the digital
    /// document from its service with the holder's consent, given by a
    /// one-time password or a reply to the portal's text message; not the
    /// Annex 5 personal-data consent. In place of [`ReasonCode::DocAutomatic`]
    /// ("from state databases", which Annex 4 does not say) and
    /// [`ReasonCode::DocDigitalDocumentOtp`] ("instead of the paper").
    DocDigitalDocumentPortal = "doc.digital_document_portal",
    /// The first-priority proof (Annex 2 p. 8 sub. 8): the provider gets its
    /// information through the egov gateway (the paragraph after the list),
    /// so it is not attached (Kezek's reading) — bring it if the status is
    /// not in state databases; its original is still shown for cl. 22's
    /// check. In place of [`ReasonCode::DocAutomatic`] on that item.
    DocBringIfNotInDatabases = "doc.bring_if_not_in_databases",
    /// Beside [`ReasonCode::DocBringIfNotInDatabases`] where the proof is
    /// of a child left without parental care or an orphan (cl. 20 sub. 2):
    /// an example of a status the databases may lack — guardianship
    /// established abroad — said as an example only (the order gives none);
    /// not beside the other grounds' proof, which it does not fit.
    DocNotInDatabasesExampleGuardianship = "doc.not_in_databases_example_guardianship",
    /// An "if any" item not held: the set is complete, the priority it proves is not confirmed.
    DocPriorityUnconfirmed = "doc.priority_unconfirmed",
    /// The law-enforcement certificate asked by analogy, held but lapsed (one
    /// month, cl. 20 sub. 1 with cl. 22): the set is complete, the priority
    /// is not confirmed with it. In place of
    /// [`ReasonCode::DocPriorityUnconfirmed`]'s "You do not have it".
    DocPriorityProofLapsed = "doc.priority_proof_lapsed",
    /// A cl. 22 recheck proof (admission) not held: in place of
    /// [`ReasonCode::DocPriorityUnconfirmed`] — the Annex 4 list is complete
    /// without it, but the second check does not confirm the right, and
    /// Kezek reads cl. 34 sub. 3 as a ground the kindergarten may refuse on
    /// ([`ReasonCode::RefusalRecheckUnconfirmedReading`]).
    DocRecheckUnconfirmed = "doc.recheck_unconfirmed",
    /// A cl. 22 recheck proof held but lapsed on the days of the second check
    /// that are left (or, the referral's day not given, on the contract
    /// day), and not valid on any day since the referral: in place of
    /// [`ReasonCode::DocRecheckUnconfirmed`]'s "You do not have it".
    DocRecheckLapsed = "doc.recheck_lapsed",
    /// A cl. 22 recheck proof held, valid on a day since the referral when
    /// the second check could be made, lapsed since, and no day of the
    /// documents' confirmation given: if they were confirmed while it was
    /// valid, it need not be renewed (that day is asked for); if the check
    /// is still to be made, a fresh one — the right unconfirmed until then
    /// (a reading: the check's day is not known to Kezek).
    DocRecheckLapsedSinceReferral = "doc.recheck_lapsed_since_referral",
    /// cl. 22: after the referral the priority proof is checked a second time.
    DocRecheckCl22 = "doc.recheck_cl22",
    /// cl. 22's second check of an item valid for one month (Annex 2 p. 8
    /// items 4 and 5): it must still be valid on the day of that check. Said
    /// right after [`ReasonCode::DocRecheckCl22`], only on such an item.
    DocRecheckCl22ValidOnCheck = "doc.recheck_cl22_valid_on_check",
    /// cl. 30: the referral was extended once; a second extension is not allowed.
    DocReferralExtendedOnce = "doc.referral_extended_once",
    /// cl. 30: the referral may be extended once by up to 30 calendar days.
    DocReferralMayExtend = "doc.referral_may_extend",
    /// cl. 30 «жолдама берілген сәттен бастап бір тәуліктен кешіктірмей,
    /// берілген жолдаманың күшін өз бастамасы бойынша жоюға … мүмкіндігі
    /// беріледі»: the referral may be cancelled at the applicant's own
    /// initiative within one day (24 hours) of its issue — stated outright,
    /// the one day standing right before «жоюға» (its reach to the extension
    /// is the reading of [`ReasonCode::DocReferralMayExtend`]). Said while the
    /// window is open (by days: to the day after issue), extended or not. The
    /// order says neither where it is done nor what then becomes of the
    /// application in the queue (cl. 25 sub. 2 returns it to the queue only
    /// where the kindergarten cancels the referral): ask first.
    DocReferralMayCancel = "doc.referral_may_cancel",
    /// cl. 30: beside [`ReasonCode::DocReferralMayExtend`], the window
    /// («жолдама берілген сәттен бастап бір тәуліктен кешіктірмей», 24 hours
    /// from the moment of issue) ends on a day off (`extension_window_ends_on`,
    /// by the working-day calendar). The order does not say that such a
    /// window moves to the next working day: Kezek's reading counts it through
    /// days off — ask within the 24 hours, as soon as possible, or where
    /// requests are taken on days off, and do not wait for the next working day.
    DocReferralExtensionWindowDayOff = "doc.referral_extension_window_day_off",
    /// cl. 30: beside [`ReasonCode::DocReferralMayExtend`], the window began
    /// on a day off (the day of issue) and ends on a working day
    /// (`extension_window_ends_on`) — at the hour of issue, which Kezek does
    /// not know. The queue management system works round the clock and
    /// opens the referrals at 07:00 every day (cl. 24, cl. 24 sub. 4): issued
    /// early on the day off, the 24 hours end before any office opens, and
    /// no office is open within them. Kezek's reading: do not count on an
    /// office's hours that day — cancel or ask for the extension within the
    /// 24 hours, where requests are taken on days off.
    DocReferralExtensionWindowFromDayOff = "doc.referral_extension_window_from_day_off",
    /// cl. 30: Kezek reads «жолдама берілген сәттен бастап бір тәуліктен
    /// кешіктірмей» as the window for the extension too; on the day of
    /// evaluation it has passed, so the extension is not offered (a reading).
    DocReferralExtensionWindowPassed = "doc.referral_extension_window_passed",
    /// cl. 3 p. 7: early booking — the referral's term starts when the place is vacated.
    DocReferralFromVacancy = "doc.referral_from_vacancy",
    /// cl. 22 says the period for admission under the referral starts once the
    /// documents are confirmed; counted so, the referral runs to a later day
    /// (`reading_last_day`) than Annex 4 p. 8 sub. 1's five working days from
    /// issue, the day to rely on (a reading).
    DocReferralFromConfirmation = "doc.referral_from_confirmation",
    /// The day of use is after the referral's last day by Annex 4 p. 8 sub. 1
    /// but within cl. 22's count from the documents' confirmation: at risk,
    /// not said to have lapsed (a reading; status `expires_soon`).
    DocReferralAtRiskCl22Reading = "doc.referral_at_risk_cl22_reading",
    /// The contract day is after the referral's safe last day (Annex 4 p. 8
    /// sub. 1 with the day the five working days run from counted as the
    /// first) but not after Kezek's count: at risk, said as the reading
    /// (status `expires_soon`), in place of `doc.issue_day_reading`.
    DocReferralAtRiskIssueDayReading = "doc.referral_at_risk_issue_day_reading",
    /// An application sent now is accepted after the referral's safe last day
    /// (the portal after working time, Annex 4 p. 7 sub. 2: accepted on the
    /// next working day): the referral is judged on the day of acceptance (a
    /// reading) — at risk (status `expires_soon`). The kindergarten's desk
    /// (Annex 4 p. 7 sub. 1) reopens on that same day, so "go there in its
    /// hours" adds nothing: ask the kindergarten or the education department
    /// at once. At the kindergarten's desk,
    /// [`ReasonCode::DocReferralOfficeReopensAfterLastDay`] instead.
    DocReferralAcceptedAfterLastDay = "doc.referral_accepted_after_last_day",
    /// On egov.kz on the referral's safe last day, after the kindergarten's
    /// hours for receiving applications (Annex 4 p. 7 sub. 1, to 17:30) but
    /// before the end of its working day (18:00): accepted today by Kezek's
    /// reading of working time (R7, `accepted_at`), but read as those hours
    /// working time is over, and the application is accepted on the next
    /// working day (sub. 2), after the safe day — at risk (status
    /// `expires_soon`), said as the reading: send at once, and ask the
    /// kindergarten or the education department (late42).
    DocReferralAfterReceptionReading = "doc.referral_after_reception_reading",
    /// Queue registration on egov.kz on a one-month certificate's safe day
    /// (Annex 2 p. 8, the day of issue counted), after the education
    /// department's hours for receiving applications (Annex 2 p. 7 sub. 1,
    /// to 17:30) but before the end of its working day (18:30): accepted
    /// today by Kezek's reading of working time (R7, `accepted_at`), but read
    /// as those hours working time is over and the application is accepted
    /// on the next working day (sub. 3), after the safe day — at risk (status
    /// `expires_soon`), said as the reading: send at once, or get a new
    /// certificate first (lawyer43). Not the law-enforcement certificate
    /// asked by analogy (no ground for refusing).
    DocIssueDayAfterReceptionReading = "doc.issue_day_after_reception_reading",
    /// As [`ReasonCode::DocIssueDayAfterReceptionReading`], where the next
    /// working day is after the certificate's last day by Kezek's count too
    /// (sent after 17:30 the working day before a safe day off, or on a safe
    /// day followed by a day off): read as the reception's hours, the
    /// application is accepted when the certificate is out of date on both
    /// counts of the month — at risk (status `expires_soon`), a reading of
    /// working time and of the day validity is judged on (cl. 6), not of the
    /// day of issue (review44).
    DocLapsesAfterReceptionReading = "doc.lapses_after_reception_reading",
    /// At the kindergarten's desk after its hours (Annex 4 p. 7 sub. 1): it
    /// next receives applications after the referral's safe last day, and the
    /// referral is judged on the day of acceptance (a reading) — at risk
    /// (status `expires_soon`): the desk has closed for today; ask the
    /// kindergarten or the education department at once.
    DocReferralOfficeReopensAfterLastDay = "doc.referral_office_reopens_after_last_day",
    /// Beside [`ReasonCode::DocReferralOfficeReopensAfterLastDay`]: the portal
    /// still accepts an application today, to the end of the kindergarten's
    /// working day (Annex 4 p. 7 sub. 1's 18:00; Kezek's reading of sub. 2's
    /// working time).
    DocReferralPortalAcceptsToday = "doc.referral_portal_accepts_today",
    /// Beside [`ReasonCode::DocIssueDayReadingAtRisk`] at the education
    /// department after its reception on a one-month certificate's safe
    /// day: egov.kz still accepts an application sent today, to the end of
    /// the working day (Annex 2 p. 7 sub. 1's 18:30; Kezek's reading of
    /// sub. 3's working time), on the safe day (review helper-144, minor 3).
    DocPortalAcceptsToday = "doc.portal_accepts_today",
    /// On a held referral not yet lapsed: missed, its last day makes it a
    /// document whose validity has passed — a refusal ground (Annex 4 p. 9
    /// sub. 4; cl. 34 sub. 1); what follows for the application in the
    /// queue the order does not say: ask the education department before
    /// the day.
    DocReferralIfMissed = "doc.referral_if_missed",
    /// cl. 34 p. 1 names the child's health passport, which Annex 4 does not list.
    DocHealthPassportCl34 = "doc.health_passport_cl34",
    /// The last valid day falls on a day off; Kezek does not move it to the next working day (a reading).
    DocLastDayNonWorkingReading = "doc.last_day_non_working_reading",
    /// Queue registration on the portal: valid today, but an application
    /// sent now (after working time, on a day off or a holiday) is accepted
    /// on the next working day (Annex 2 p. 7 sub. 3), after the document's
    /// last valid day. cl. 6 has portal documents accepted on the day they
    /// arrive; on which day validity is judged the order does not say:
    /// Kezek's reading, the safe side — at risk (status `expires_soon`); get
    /// a fresh one before applying. The referral has its own
    /// ([`ReasonCode::DocReferralAcceptedAfterLastDay`]).
    DocLapsesBeforeAcceptance = "doc.lapses_before_acceptance",
    /// Queue registration at the provider's office or the State Corporation,
    /// closed now (Annex 2 p. 7 sub. 1–2): the application is handed in,
    /// checked and accepted on one day (cl. 5), and on the next opening the
    /// document is out of date by Kezek's count — status `expired` (Annex 2
    /// p. 9 sub. 4), though valid today: get a fresh one before going.
    DocLapsesBeforeOpening = "doc.lapses_before_opening",
    /// [`ReasonCode::DocLapsesBeforeAcceptance`] for the law-enforcement
    /// officer's certificate asked by analogy (cl. 20 sub. 1, cl. 22; no
    /// Annex 2 item names it): out of date on the portal's day of
    /// acceptance it may leave the priority unconfirmed (Kezek's reading,
    /// status `expires_soon`) — not a refusal, which Annex 2 p. 9 sub. 4
    /// gives for the list's documents only.
    DocPriorityProofLapsesBeforeAcceptance = "doc.priority_proof_lapses_before_acceptance",
    /// [`ReasonCode::DocLapsesBeforeOpening`] for the law-enforcement
    /// officer's certificate asked by analogy: out of date by the closed
    /// office's next opening, it does not confirm the priority then — status
    /// `unconfirmed`, as one already lapsed (`doc.priority_proof_lapsed`), not
    /// `expired`: no refusal, no Annex 3 receipt.
    DocPriorityProofLapsesBeforeOpening = "doc.priority_proof_lapses_before_opening",
    /// Valid on the day of use, but not through the cl. 22 check of the originals (5 working days).
    DocExpiresBeforeCl22Check = "doc.expires_before_cl22_check",
    // --- refusal risks, Annex 2/4 p. 9, cl. 34 ---
    /// Incomplete set of documents (Annex 2 p. 9 sub. 4) for queue
    /// registration at the provider's office or the State Corporation: the
    /// application refused acceptance, with the Annex 3 receipt (cl. 5).
    RefusalIncomplete = "refusal.incomplete",
    /// Incomplete set of documents on the portal, either service (Annex 2/4
    /// p. 9 sub. 4): a reasoned refusal to consider the application, in the
    /// personal cabinet (cl. 6; for admission cl. 32).
    RefusalIncompleteNotConsidered = "refusal.incomplete_not_considered",
    /// Incomplete set of documents for admission at the kindergarten (Annex 4
    /// p. 9 sub. 4): a reasoned refusal of the service (cl. 32), the child
    /// not admitted (cl. 34 sub. 1).
    RefusalIncompleteServiceRefused = "refusal.incomplete_service_refused",
    /// An expired document (Annex 2 p. 9 sub. 4) for queue registration at
    /// the provider's office or the State Corporation: the documents refused
    /// acceptance, with the Annex 3 receipt («жарамдылық мерзімі өткен
    /// құжаттарды тапсыруыңызға байланысты»).
    RefusalExpired = "refusal.expired",
    /// An expired document for queue registration on the portal: the service
    /// refused (Annex 2 p. 9 sub. 4; cl. 6's refusal to consider is for an
    /// incomplete set).
    RefusalExpiredServiceRefused = "refusal.expired_service_refused",
    /// An expired document for admission, either channel: the service
    /// refused (Annex 4 p. 9 sub. 4), the child not admitted (cl. 34 sub. 1).
    RefusalExpiredNotAdmitted = "refusal.expired_not_admitted",
    /// The only expired document is the health certificate, judged too early
    /// for the contract under Kezek's reading of cl. 34 p. 1 («… 3 (үш)
    /// күнтізбелік күннен кешіктірмей берілген»): "may be refused", said as
    /// the reading, in place of [`ReasonCode::RefusalExpiredNotAdmitted`].
    RefusalExpiredHealthCertificateReading = "refusal.expired_health_certificate_reading",
    /// The health certificate at risk on the contract day by Kezek's
    /// first-day reading of cl. 34 p. 1 (`doc.health_certificate_first_day_reading`
    /// first, status `expires_soon`): valid by Kezek's count (the three days
    /// back from the day before the contract), a day too old if the contract
    /// day itself is one of them — a ground for refusal under that count, so
    /// "may be refused", said as the reading, with what to do (a certificate
    /// issued within 2 days before the contract, or the contract by the safe
    /// day).
    RefusalHealthCertificateFirstDayReading = "refusal.health_certificate_first_day_reading",
    /// The referral at risk on the contract day by the first-day reading of
    /// Annex 4 p. 8 sub. 1 (`doc.referral_at_risk_issue_day_reading` first,
    /// status `expires_soon`): valid by Kezek's count (the five working days
    /// from the day after issue), out of date if the day of issue is the
    /// first of them — a ground for refusal under that count (Annex 4 p. 9
    /// sub. 4, cl. 34 sub. 1), so "may be refused", said as the reading, with
    /// what to do (the contract by the safe day; past it, ask at once).
    RefusalReferralAtRiskIssueDayReading = "refusal.referral_at_risk_issue_day_reading",
    /// A one-month certificate of Annex 2 p. 8 at risk on the day of
    /// acceptance by the day-of-issue reading (`doc.issue_day_reading_at_risk`
    /// first, status `expires_soon`): valid by Kezek's count, out of date if
    /// the day of issue is counted — a ground for refusal under that count
    /// (Annex 2 p. 9 sub. 4), so "may be refused", said as the reading, with
    /// what to do (a new certificate before applying). Not for the
    /// law-enforcement certificate asked by analogy (no ground at queue
    /// registration).
    RefusalIssueDayReadingAtRisk = "refusal.issue_day_reading_at_risk",
    /// The referral at risk on the day of use between Annex 4 p. 8 sub. 1's
    /// last day and cl. 22's count from the documents' confirmation
    /// (`doc.referral_at_risk_cl22_reading` first, status `expires_soon`):
    /// out of date by Annex 4, the day to rely on — a ground for refusal
    /// (Annex 4 p. 9 sub. 4, cl. 34 sub. 1) unless cl. 22's count applies, so
    /// "may be refused", said as the reading, with what to do (the contract
    /// by Annex 4's last day; past it, ask at once).
    RefusalReferralAtRiskCl22Reading = "refusal.referral_at_risk_cl22_reading",
    /// The referral at risk on the day an application made now is accepted,
    /// after its safe last day (`doc.referral_accepted_after_last_day` on the
    /// portal after working time, Annex 4 p. 7 sub. 2;
    /// `doc.referral_office_reopens_after_last_day` at the kindergarten's
    /// desk closed, p. 7 sub. 1; status `expires_soon`): judged on that day,
    /// with the day of issue the first of the five working days (or at all,
    /// when it is past Kezek's count too), out of date — a ground for refusal
    /// (Annex 4 p. 9 sub. 4, cl. 34 sub. 1), so "may be refused", said as the
    /// reading, with what to do (ask at once; egov.kz if it still accepts
    /// today).
    RefusalReferralAcceptedLateReading = "refusal.referral_accepted_late_reading",
    /// Beside [`ReasonCode::DocReferralAfterReceptionReading`] (Annex 4 p. 7
    /// sub. 1–2 with p. 8 sub. 1, p. 9 sub. 4 and cl. 34 sub. 1): if working
    /// time ends with the reception's 17:30, the application sent now is
    /// accepted on the next working day, after the referral's safe last day,
    /// and the referral judged on it may be held out of date: "may be
    /// refused", said as Kezek's reading (late42).
    RefusalReferralAfterReceptionReading = "refusal.referral_after_reception_reading",
    /// Beside [`ReasonCode::DocIssueDayAfterReceptionReading`] or
    /// [`ReasonCode::DocLapsesAfterReceptionReading`] (Annex 2 p. 7
    /// sub. 1 and 3 with p. 8's one-month validity and p. 9 sub. 4): if
    /// working time ends with the reception's 17:30, the application sent
    /// now is accepted on the next working day, after the certificate's safe
    /// day, and the certificate judged on it may be held out of date: "may be
    /// refused", said as Kezek's reading; mended by a new certificate
    /// (lawyer43).
    RefusalIssueDayAfterReceptionReading = "refusal.issue_day_after_reception_reading",
    /// No consent to access restricted personal data (Annex 2/4 p. 9 sub. 3).
    RefusalNoConsent = "refusal.no_consent",
    /// Medical contraindications to attending a preschool (cl. 34 p. 2).
    RefusalMedicalContraindication = "refusal.medical_contraindication",
    /// Data that do not agree (e.g. IIN and birth date) — unreliable data (Annex 2/4 p. 9 sub. 1):
    /// at queue registration, a typed birth year the child's IIN contradicts, which the
    /// prepared Annex 1 form carries beside the IIN («… жылы туған»).
    RefusalUnreliableData = "refusal.unreliable_data",
    /// A typed birth date the child's IIN contradicts that the prepared
    /// application does not carry: the same year at queue registration (the
    /// Annex 1 form asks the year only), any date at admission (the Annex 5
    /// consent asks no child data). Annex 2/4 p. 9 sub. 1 refuses data the
    /// applicant *submits* found unreliable: the answers alone are no ground,
    /// but the child's documents may disagree with the IIN — "may be
    /// refused", said as Kezek's reading (`iin.birth_date_mismatch` its
    /// detail).
    RefusalUnreliableDataReading = "refusal.unreliable_data_reading",
    /// The case does not meet a requirement of the rules (Annex 2/4 p. 9 sub. 2).
    RefusalRequirementsNotMet = "refusal.requirements_not_met",
    /// cl. 18's age limit by Kezek's reading only (Annex 2 p. 9 sub. 2):
    /// the sixth birthday before 1 September of the current year (Kezek's
    /// reading of «1 қыркүйекте 6 жастан аспайды», age.rs: over the limit),
    /// the seventh after it (read as full years: within). "May be refused",
    /// said as the reading, with the other reading and whom to ask
    /// (`age.too_old` its detail). Seven on 1 September, the child is over
    /// on either reading: `refusal.requirements_not_met` with
    /// `age.over_on_every_reading`.
    RefusalAgeCutOffReading = "refusal.age_cut_off_reading",
    /// cl. 18 with cl. 24 sub. 9 (Annex 2 p. 9 sub. 2): a child who has
    /// turned 6, before 1 September of the current year, and is not yet 7
    /// on it. On Kezek's reading of cl. 18 the service would be refused; on
    /// the other cl. 18 lets the child apply, but cl. 24 sub. 9 archives the
    /// application of a child who has turned 6 at once: on either reading
    /// the child does not stand in the queue — said flatly, refused or
    /// archived (`age.turned_six_archived` its detail).
    RefusalAgeTurnedSix = "refusal.age_turned_six",
    /// cl. 16's month by Kezek's count only (Annex 2 p. 9 sub. 2): «бір ай
    /// өткен соң» from the choice of another preschool, the day an
    /// application made now is accepted on or after the same date of the
    /// next month but before Kezek's day (`limits.cl16.general_queue_from`,
    /// the day after it). Counted from the day of the choice (or its
    /// moment), the month has passed on that date; counted from the next
    /// day, it has not. "May be refused", said as the reading, with the safe
    /// day (`limit.cl16_wait_one_month` its detail). Before that date the
    /// month has not passed on any count: `refusal.requirements_not_met`.
    RefusalCl16MonthReading = "refusal.cl16_month_reading",
    /// In place of [`ReasonCode::RefusalCl16MonthReading`] where the month's
    /// reading hangs on the portal's working time (Annex 2 p. 7 sub. 1 and
    /// 3; lawyer44): sent on egov.kz after the reception (17:30) the day an
    /// application is accepted by Kezek's reading of working time (to 18:30,
    /// R7) is before the same date of the next month — the month not passed
    /// on any count — but read as the reception's hours it is accepted on
    /// the next working day, on or after that date, when it has passed at
    /// least counted from the day of the choice. "May be refused", the
    /// text saying both readings (rules45); the safe day beside it
    /// (`limit.cl16_wait_one_month`).
    RefusalCl16MonthWorkingTimeReading = "refusal.cl16_month_working_time_reading",
    /// A document held whose day of issue is not given, valid for a limited
    /// time: Kezek cannot say whether it is still valid on the day it is
    /// used. Out of date then, it would be a ground (Annex 2/4 p. 9 sub. 4;
    /// cl. 34 sub. 1) — "may be refused", not foretold, no refusal document:
    /// enter the date, and Kezek checks it (`doc.awaits_issue_date`).
    RefusalAwaitsIssueDate = "refusal.awaits_issue_date",
    /// Admission: a priority right's proof not re-presented at cl. 22's
    /// second check. The order does not say what follows; cl. 22 starts the
    /// admission period only after the documents are confirmed, and cl. 34
    /// sub. 3 lets the kindergarten refuse «растайтын құжаттарды ұсынуда өзге
    /// де себептердің болуына байланысты» — a risk, said as Kezek's reading.
    RefusalRecheckUnconfirmedReading = "refusal.recheck_unconfirmed_reading",
    /// A document valid on the day of use but lapsing before cl. 22's check
    /// of the originals (`doc.expires_before_cl22_check`): shown after it has
    /// lapsed, the office may hold it an expired document (Annex 2 p. 9
    /// sub. 4; admission's second check, cl. 34 sub. 3), and cl. 22 registers
    /// the application only once the documents are confirmed — a risk, said
    /// as Kezek's reading.
    RefusalExpiresBeforeCheckReading = "refusal.expires_before_check_reading",
    /// On the portal, a document valid today but out of date on the next
    /// working day, when an application sent now is accepted (Annex 2 p. 7
    /// sub. 3): refused as out of date (Annex 2 p. 9 sub. 4) if judged on
    /// that day — the order does not say (cl. 6: accepted on the day it
    /// arrives); Kezek's reading.
    RefusalLapsesBeforeAcceptanceReading = "refusal.lapses_before_acceptance_reading",
    /// No refusal ground applies to the case as given.
    RefusalNone = "refusal.none",
    // --- identity ---
    /// The child's IIN is valid and agrees with the birth date.
    IinOk = "iin.ok",
    /// The child's IIN encodes another birth date than the one entered.
    IinBirthDateMismatch = "iin.birth_date_mismatch",
    // --- channel and payload ---
    /// The chosen channel does not provide this service (Annex 4 p. 2).
    ChannelNotAvailable = "channel.not_available",
    /// The application payload is ready to sign.
    PayloadReady = "payload.ready",
    /// The payload is not ready: consent is missing (Annex 1, Annex 5).
    PayloadNeedsConsent = "payload.needs_consent",
    /// cl. 16: the Annex 1 form declares the child's ground (a box 1–9, or
    /// the law-enforcement ground declared beside the form), which is true,
    /// but after the priority referral to a state preschool that was left it
    /// brings no out-of-turn or first-priority place: the general queue.
    PayloadGroundSetAsideCl16 = "payload.ground_set_aside_cl16",

    /// The place accepts applications at the moment given (Annex 2/4 p. 7).
    ScheduleOpenNow = "schedule.open_now",
    /// The place is closed then; the application is accepted at the next opening.
    ScheduleClosedNextOpening = "schedule.closed_next_opening",
    /// A portal application after hours is answered on the next working day (Annex 2 p. 7 sub. 3).
    ScheduleNextWorkingDay = "schedule.next_working_day",
    /// A portal application on a working day before the provider's working
    /// day starts is accepted when it starts, that day (Annex 2 p. 7 sub. 3,
    /// Annex 4 p. 7 sub. 2; Kezek's reading of «жұмыс уақыты аяқталғанда»).
    ScheduleAcceptedWhenWorkingDayStarts = "schedule.accepted_when_working_day_starts",
    /// Originals are shown within 5 working days (cl. 22).
    ScheduleOriginalsWithin5WorkingDays = "schedule.originals_within_5_working_days",
    /// Admission: originals of the checked documents within 5 working days of the referral (cl. 22).
    ScheduleOriginalsAfterReferral = "schedule.originals_after_referral",
    /// cl. 22 «сәттен бастап»: Kezek counts the 5 working days for the
    /// originals from the day after sending (receiving the referral); with
    /// that day as the first, the last day is a working day earlier — the
    /// day to rely on (a reading).
    ScheduleOriginalsFirstDayReading = "schedule.originals_first_day_reading",
    /// cl. 22: at the education department's desk (queue registration in
    /// person) the originals are confirmed within 30 minutes of being shown;
    /// Kezek advises bringing them with the application.
    ScheduleOriginalsWithApplication = "schedule.originals_with_application",
    /// cl. 22: the originals go to the provider of the queue service — the
    /// education department or, in the three cities, the administration
    /// (cl. 4), after a referral too (the kindergarten is the provider only
    /// from cl. 31 on) — «көрсетілетін қызметті беруші басқа тәртіпті
    /// белгілмеген жағдайда», unless the department itself has set another
    /// procedure: Kezek's reading, given wherever the
    /// schedule gives the originals' day.
    ScheduleOriginalsWhereReading = "schedule.originals_where_reading",
    /// cl. 22: the day to rely on to show the originals
    /// (`originals_safe_by`) is before the evaluation's day
    /// (`originals_day_passed`).
    ScheduleOriginalsDayPassed = "schedule.originals_day_passed",
    /// cl. 22 with Annex 2 p. 7 sub. 1: the originals' last day is today, and
    /// the reception that receives them closed at `originals_closed_at`
    /// (Kezek's reading: originals are received in reception hours).
    ScheduleOriginalsReceptionClosed = "schedule.originals_reception_closed",
    /// Kezek's reading of the portal's "after working time" (Annex 2 p. 7 sub. 3; cl. 6).
    SchedulePortalWorkingTimeReading = "schedule.portal_working_time_reading",
    /// At admission (00403002), in place of
    /// [`ReasonCode::SchedulePortalWorkingTimeReading`]: the same reading of
    /// the portal's "after working time", of the kindergarten's working day
    /// (Annex 4 p. 7 sub. 2; sub. 1: to 18:00).
    SchedulePortalWorkingTimeReadingAdmission = "schedule.portal_working_time_reading_admission",
    /// On egov.kz after the provider's reception (17:30; Annex 2 p. 7 sub. 1,
    /// Annex 4 p. 7 sub. 1) but within its working day (18:30, 18:00), a
    /// working day: the application is received today and the result due
    /// today only by Kezek's reading of "after working time" (R7; Annex 2
    /// p. 7 sub. 3, Annex 4 p. 7 sub. 2). Read as the reception's hours, it
    /// is accepted on the next working day and the result is due from then
    /// ([`crate::schedule::result_if_working_time_ends_with_reception`]):
    /// the result's time is a reading, said beside it (rules45).
    SchedulePortalAfterReceptionReading = "schedule.portal_after_reception_reading",
    /// Annex 2 p. 7 sub. 2 opens the State Corporation «мереке күндерін
    /// қоспағанда, … дүйсенбі мен сенбіні қоса алғанда»: Kezek keeps it
    /// closed on a day off moved from a holiday or set by an act of the
    /// competent body (not a Sunday, not a holiday), which moves the
    /// acceptance or the result later — a reading; ask whether it is open.
    ScheduleStateCorporationMovedDayOffReading = "schedule.state_corporation_moved_day_off_reading",
    /// The same reading when only the result moves: the application is
    /// received now (open under both readings) and the rest of the 30
    /// minutes runs over a day off moved from a holiday or set by an act,
    /// which Kezek counts closed; if the State Corporation is open that day,
    /// the result may come that day — ask.
    ScheduleStateCorporationMovedDayOffResultReading =
        "schedule.state_corporation_moved_day_off_result_reading",

    /// Annex 2 p. 6, Annex 4 p. 6 «Мемлекеттік қызмет жеке тұлғаларға тегін
    /// көрсетіледі»: the service is free of charge (at admission, the fee for
    /// the child's stay is not the service's and not in the order).
    InfoFreeOfCharge = "info.free_of_charge",
    /// Complaints: to the head of the provider (5 working days), the authorised body (15), then court (cl. 10–12, 36).
    InfoComplaints = "info.complaints",
    /// cl. 24 p. 3–4: the vacancy bulletin at 18:00, priority access to referrals from 07:00 for 3 working days.
    InfoBulletinTimes = "info.bulletin_times",
    /// cl. 24 p. 10 «3 (үш) күннен кейін»: leftover places open to the first 1000 — "days", a reading.
    InfoLeftoverPlacesReading = "info.leftover_places_reading",
    /// Annex 2 p. 10: a State Corporation worker takes the documents at home, on request through 1414.
    InfoHomeVisit1414 = "info.home_visit_1414",
    /// Annex 2 p. 10: in person at the provider or the State Corporation, the
    /// longest wait to hand in the documents is 15 minutes, the longest
    /// service 30 minutes.
    InfoInPersonTimesAnnex2 = "info.in_person_times_annex2",
    /// Annex 4 p. 10: in person at the kindergarten, the longest wait and the
    /// longest service are 15 minutes each; Annex 4 p. 3's term of the
    /// service is 30 minutes, which Kezek's time of the result follows — both
    /// told, the order not saying how they fit.
    InfoInPersonTimesAnnex4 = "info.in_person_times_annex4",
    /// Annex 2 p. 10, at queue registration where a doctor found medical
    /// contraindications: a child whose contraindications prevent being in a
    /// preschool is not admitted to a preschool; Annex 2 p. 9's grounds for
    /// refusing registration do not name it (no refusal here; at admission
    /// cl. 34 sub. 2's refusal says it).
    InfoMedicalContraindicationAnnex2 = "info.medical_contraindication_annex2",
    /// cl. 23 p. 2, cl. 20 p. 7: confirm once a year the interest in a place; what follows if not is unsaid — a reading.
    InfoYearlyInterestReading = "info.yearly_interest_reading",
    /// cl. 26 «Жалпы кезек үшін жолдама өтініш берушінің бастамасы бойынша
    /// кезектілікке, баланың жасына сәйкес беріледі»: the general queue's
    /// referral on the applicant's initiative, by the queue's order and the
    /// child's age. What the initiative and the age ask of a parent is
    /// Kezek's reading (cl. 24 sub. 5: the applicant takes the referral to
    /// the preschool chosen; sub. 2: places are reported with their age
    /// group; cl. 28 counts the age), said as such.
    InfoReferralGeneralCl26 = "info.referral_general_cl26",
    /// cl. 27 «Арнайы және санаториялық мектепке дейінгі ұйымға кезек үшін
    /// жолдама өтініштердің кезектілігіне сәйкес беріледі»: a special or
    /// sanatorium queue's referral in the order of applications; said where
    /// such a queue is offered, and no more than that.
    InfoReferralSpecialSanatoriumCl27 = "info.referral_special_sanatorium_cl27",
    /// Annex 1, the application form, names one child («… жылы туған баламды
    /// … кезекке қоюды сұраймын»): twins or other children each need an
    /// application of their own — Kezek's reading of the form (the order
    /// does not say it in words), said just before cl. 29's line.
    InfoOneChildPerApplicationAnnex1 = "info.one_child_per_application_annex1",
    /// cl. 29: several children in the general queue may take referrals to one preschool at once.
    InfoSeveralChildrenCl29 = "info.several_children_cl29",
    /// cl. 10, third paragraph: a complaint about a State Corporation worker goes to its head.
    InfoComplaintStateCorporation = "info.complaint_state_corporation",

    /// "As of" is before order No. 464 could be in force.
    EditionBeforeEffective = "edition.before_effective",
    /// "As of" falls in the weeks when the day order No. 464 took effect is
    /// not known; its text says the warning's days (`$effective`,
    /// `$certain`: 19.11.2022, 01.01.2023; texts47).
    EditionEffectiveDateUncertain = "edition.effective_date_uncertain",
    /// A catalogue request (order No. 414, list items 1 and 2) dated before
    /// order 414 could be in force (its cl. 4).
    EditionOrder414BeforeEffective = "edition.order414_before_effective",
    /// A catalogue request (list items 1 and 2) dated when order 414's day of
    /// entry into force is not known.
    EditionOrder414EffectiveDateUncertain = "edition.order414_effective_date_uncertain",
    /// A catalogue request (list item 3, order 158's rules) dated before
    /// order No. 188's amendment could be in force.
    EditionOrder188BeforeEffective = "edition.order188_before_effective",
    /// A catalogue request (list item 3) dated when order 188's day of
    /// entry into force is not known.
    EditionOrder188EffectiveDateUncertain = "edition.order188_effective_date_uncertain",

    /// The calendar data covers the year and its decreed transfers were checked.
    CalendarCovered = "calendar.covered",
    /// The calendar data covers the year but its decreed transfers are not recorded.
    CalendarDecreesNotChecked = "calendar.decrees_not_checked",
    /// The year is outside the calendar data: only fixed-date holidays are known.
    CalendarOutsideData = "calendar.outside_data",
}

impl ReasonCode {
    /// A refusal for an incomplete set of documents (Annex 2/4 p. 9 sub. 4),
    /// whichever refusal the service and channel give (cl. 5, cl. 6, cl. 32).
    pub const fn is_incomplete_set(self) -> bool {
        matches!(
            self,
            ReasonCode::RefusalIncomplete
                | ReasonCode::RefusalIncompleteNotConsidered
                | ReasonCode::RefusalIncompleteServiceRefused
        )
    }

    /// A refusal for an expired document stated flatly (Annex 2/4 p. 9 sub.
    /// 4, cl. 34 sub. 1), whichever refusal the service and channel give —
    /// not Kezek's readings of a document's validity.
    pub const fn is_expired_document(self) -> bool {
        matches!(
            self,
            ReasonCode::RefusalExpired
                | ReasonCode::RefusalExpiredServiceRefused
                | ReasonCode::RefusalExpiredNotAdmitted
        )
    }

    /// The Fluent message id: `reason-` and the code with `.`/`_` turned into `-`.
    pub fn key(self) -> String {
        fluent_key("reason", self.code())
    }
}

/// Builds a Fluent message id from a prefix and a dotted/underscored code.
pub fn fluent_key(prefix: &str, code: &str) -> String {
    let mut s = String::with_capacity(prefix.len() + 1 + code.len());
    s.push_str(prefix);
    s.push('-');
    // Whole pieces between the separators, not char by char (issue 19: the
    // checklist's keys were a tenth of an evaluation's computation in the
    // browser). `.` and `_` are ASCII, so each cut is at a char boundary.
    let mut rest = code;
    while let Some(i) = rest.bytes().position(|b| b == b'.' || b == b'_') {
        s.push_str(&rest[..i]);
        s.push('-');
        rest = &rest[i + 1..];
    }
    s.push_str(rest);
    s
}

/// Its dotted code, as text. Written as a unit variant named by the code
/// (serde_json writes exactly the same text): a serializer that keeps
/// `&'static str` names, like the JS API's answer writer, sends a code as
/// its name once instead of copying its text into every answer (issue 19).
impl Serialize for ReasonCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_unit_variant("ReasonCode", *self as u32, self.code())
    }
}

impl<'de> Deserialize<'de> for ReasonCode {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        ReasonCode::from_code(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown reason code `{s}`")))
    }
}

/// The schema of a reason code: one of the dotted codes of [`ReasonCode::ALL`].
#[cfg(feature = "schema")]
impl schemars::JsonSchema for ReasonCode {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "ReasonCode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = ReasonCode::ALL.iter().map(|r| r.code()).collect();
        schemars::json_schema!({
            "description": "A machine-readable reason, as its stable dotted code (its text is the Fluent message `reason-<code>`).",
            "type": "string",
            "enum": codes,
        })
    }
}

impl std::fmt::Display for ReasonCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A message id is the prefix, `-`, and the code with every `.` and
        /// `_` turned into `-`, whatever the code holds (Kazakh letters, emoji,
        /// separators side by side or at the ends).
        #[test]
        fn fluent_key_turns_every_dot_and_underscore_into_a_dash(
            prefix in "[a-z-]{0,8}",
            code in "[a-z._әқ😀-]{0,16}",
        ) {
            let by_definition: String = code
                .chars()
                .map(|c| if c == '.' || c == '_' { '-' } else { c })
                .collect();
            proptest::prop_assert_eq!(fluent_key(&prefix, &code), format!("{prefix}-{by_definition}"));
        }
    }

    #[test]
    fn codes_are_unique_and_round_trip() {
        let mut seen = std::collections::BTreeSet::new();
        for &r in ReasonCode::ALL {
            assert!(seen.insert(r.code()), "duplicate code {}", r.code());
            assert_eq!(ReasonCode::from_code(r.code()), Some(r));
            let json = serde_json::to_string(&r).unwrap();
            assert_eq!(serde_json::from_str::<ReasonCode>(&json).unwrap(), r);
        }
    }

    #[test]
    fn keys_are_fluent_identifiers() {
        assert_eq!(
            ReasonCode::CategoryOutOfTurn.key(),
            "reason-category-out-of-turn"
        );
        for &r in ReasonCode::ALL {
            let k = r.key();
            assert!(k
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
        }
    }
}
