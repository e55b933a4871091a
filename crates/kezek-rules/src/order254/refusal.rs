//! Refusal risks («бас тарту үшін негіздер»): which grounds for refusal would
//! apply to the case as given, and a preview of the refusal receipt — so the
//! parent sees it at home, before going to an office.
//!
//! Annex 2 p. 9 and Annex 4 p. 9 list the same four grounds: (1) documents or
//! data found unreliable; (2) non-compliance with the requirements of the rules;
//! (3) no consent to access restricted personal data (Law on personal data art.
//! 8); (4) an incomplete set of documents and/or expired documents. cl. 34 adds for
//! admission: (1) required documents not given or expired (incl. the health
//! certificate older than three days before the contract); (2) medical
//! contraindications; (3) other reasons in the confirming documents.
//! Annex 3 is the receipt an office or the State Corporation hands when it
//! refuses to accept an incomplete set and/or expired documents for queue
//! registration («Құжаттарды қабылдаудан бас тарту туралы қолхат», cl. 5),
//! naming the missing documents. Every other ground — a child too old, no
//! consent, unreliable data — gets a reasoned refusal («дәлелді жауап»,
//! Annex 2 p. 5 and p. 9), as does every refusal on the portal — cited to
//! cl. 6 where the set is incomplete (its reasoned reply is for that ground
//! only), to Annex 2 p. 5 otherwise (lawyer43) — and for admission: cited to
//! cl. 32 where the set is incomplete, to cl. 34's sub-clause for its own
//! grounds (a document missing or out of date, a medical contraindication,
//! other reasons in the confirming documents), to Annex 4 p. 5 otherwise
//! (lawyer44).
//!
//! The ground of an incomplete set or an expired document is the same on
//! every channel (Annex 2/4 p. 9 sub. 4); the refusal the parent is told is
//! the one the order gives on the service and channel, each its own code:
//!
//! | service, channel | incomplete set | expired document |
//! |---|---|---|
//! | queue registration, office or State Corporation | `refusal.incomplete`: the application refused acceptance, Annex 3 receipt (cl. 5) | `refusal.expired`: the documents refused acceptance, Annex 3 receipt |
//! | queue registration, portal | `refusal.incomplete_not_considered`: a reasoned refusal to consider (cl. 6) | `refusal.expired_service_refused`: the service refused (Annex 2 p. 9 sub. 4) |
//! | admission, kindergarten | `refusal.incomplete_service_refused`: a reasoned refusal of the service (cl. 32), the child not admitted (cl. 34 sub. 1) | `refusal.expired_not_admitted`: the child not admitted (cl. 34 sub. 1) |
//! | admission, portal | `refusal.incomplete_not_considered`: a reasoned refusal to consider (cl. 32) | `refusal.expired_not_admitted` |
//!
//! Not refusal grounds here: cl. 15 («кемінде 3 (үш) рет», at least three
//! times — no cap, see [`crate::limits`]); an "if any" document the parent
//! does not hold (the priority is unconfirmed, the set is complete, see
//! [`crate::checklist`]).
//!
//! The teacher's proof is not "if any" (rules45): Annex 2 p. 8 sub. 5
//! (portal sub. 3) «педагогтің жұмыс орнынан анықтама (берілген күннен
//! бастап бір ай ішінде жарамды), дипломның сканерленген көшірмесі», with no
//! «(бар болған жағдайда)» as sub. 4 (the serviceman's certificate) and
//! sub. 6 (the PMPC conclusion) have. So it is asked at registration: a set
//! declaring the teacher's ground without it, or with the certificate out
//! of date, is the flat refusal of an incomplete set or an expired document
//! (p. 9 sub. 4). The order does not say such an application is put in the
//! general queue, and Kezek does not say so; the refusal's detail
//! ([`ReasonCode::DocTeacherProofAtRegistration`]) says what the text says
//! — and, as Kezek's reading, what it leaves open: applied without the
//! ground (Annex 1 box 10), the application may be changed (cl. 23 sub. 1)
//! and the queue is updated when its priority status changes (cl. 20 sub.
//! 3), but how the priority is claimed later, what is checked then and from
//! when it counts, the order does not say.
//!
//! Risks said as Kezek's readings (their own codes, never `refusal.none`
//! beside them, and never the flat "would be refused"):
//! - cl. 34 sub. 3 and cl. 22 ([`ReasonCode::RefusalRecheckUnconfirmedReading`]):
//!   for admission, a priority right's proof that cl. 22's second check has
//!   not confirmed (the recheck item unconfirmed). The order does not say
//!   what follows; but cl. 22 «Тек құжаттар расталғаннан кейін … жолдама
//!   бойынша қабылдауға бөлінген кезеңді есептеу басталады», and cl. 34
//!   sub. 3 lets the kindergarten refuse «растайтын құжаттарды ұсынуда өзге
//!   де себептердің болуына байланысты». The careful reading: a risk. The
//!   Annex 4 list is still complete (no `refusal.incomplete_service_refused`).
//! - cl. 34 sub. 1 ([`ReasonCode::RefusalExpiredHealthCertificateReading`]):
//!   the only expired document is the health certificate, judged too early
//!   for the contract by Kezek's reading of «келісім шарт жасалған күннен 3
//!   (үш) күнтізбелік күннен кешіктірмей берілген» (see
//!   [`crate::documents`]); read as "no more than three days after the
//!   contract", no ground applies — so "may be refused", not "would be".
//! - cl. 34 sub. 1 ([`ReasonCode::RefusalHealthCertificateFirstDayReading`]):
//!   a health certificate valid on the contract day by Kezek's count (the
//!   three days back from the day before the contract) but a day too old if
//!   the contract day itself is one of the three — the item at risk
//!   (`doc.health_certificate_first_day_reading` first, status
//!   `expires_soon`). Under that count cl. 34 sub. 1 is a ground for
//!   refusal, so "may be refused", with what to do (a certificate issued
//!   within 2 days before the contract, or the contract by the safe day);
//!   not `refusal.expired_health_certificate_reading`, whose text is of a
//!   certificate too early by Kezek's count.
//! - Annex 4 p. 8 sub. 1 with Annex 4 p. 9 sub. 4 and cl. 34 sub. 1
//!   ([`ReasonCode::RefusalReferralAtRiskIssueDayReading`]): the referral
//!   valid on the contract day by Kezek's count («берілген күннен бастап
//!   бес жұмыс күні», counted from the day after issue) but out of date if
//!   the day of issue is the first of the five — the item at risk
//!   (`doc.referral_at_risk_issue_day_reading` first, status
//!   `expires_soon`). An expired document is a ground for refusal (Annex 4
//!   p. 9 sub. 4 «қолданылу мерзімі өтіп кеткен құжаттарды ұсынған»; cl. 34
//!   sub. 1 «құжаттардың қолданылу мерзімі өтіп кетсе»), so under the
//!   stricter count "may be refused", with what to do: the contract by the
//!   safe day (an answer, while an application made now is accepted by
//!   that day — Annex 4 p. 7, not today's date; past it, a fact — the
//!   order gives no new referral: ask at once). With no contract day given
//!   the day of use is today, the earliest a contract can be signed: on
//!   Kezek's own last day, accepted today, after the safe day — the same
//!   risk, a fact (lawyer43: the answer said `refusal.none` there, and on
//!   egov.kz after 17:30 the application, if working time ends with the
//!   reception, is accepted when the referral is out of date on either
//!   count).
//! - Annex 2 p. 8 (office sub. 4–5, portal sub. 2–3) with Annex 2 p. 9
//!   sub. 4 ([`ReasonCode::RefusalIssueDayReadingAtRisk`]): a one-month
//!   certificate valid on the day of acceptance by Kezek's count («берілген
//!   күннен бастап бір ай ішінде», from the day after issue) but out of date
//!   if the day of issue is counted — the item at risk
//!   (`doc.issue_day_reading_at_risk` first, status `expires_soon`): "may be
//!   refused", with what to do (a new certificate before applying); at an
//!   office or the State Corporation, the refusal under that reading is the
//!   Annex 3 receipt naming it (Annex 3: «жарамдылық мерзімі өткен
//!   құжаттарды тапсыруыңызға байланысты»). Not the
//!   law-enforcement certificate asked by analogy: out of date, it leaves
//!   the priority unconfirmed, no ground for refusing.
//! - Annex 2 p. 7 sub. 1 and 3 with p. 8's month and p. 9 sub. 4
//!   ([`ReasonCode::RefusalIssueDayAfterReceptionReading`], lawyer43): on
//!   egov.kz on a one-month certificate's safe day after the education
//!   department's reception (17:30) but within its working day (18:30),
//!   accepted today by Kezek's reading of working time (R7) — valid then on
//!   every count — but on the next working day, after the safe day, if
//!   working time ends with the reception
//!   (`doc.issue_day_after_reception_reading` first, status
//!   `expires_soon`): "may be refused", with what to do (send at once, or a
//!   new certificate first). As admission's referral on its safe day
//!   (`refusal.referral_after_reception_reading`, late42). Not the
//!   law-enforcement certificate asked by analogy.
//! - Annex 4 p. 8 sub. 1 against cl. 22
//!   ([`ReasonCode::RefusalReferralAtRiskCl22Reading`]): the referral past
//!   Annex 4's five working days on the day of use, within cl. 22's count
//!   from the documents' confirmation (`doc.referral_at_risk_cl22_reading`
//!   first, status `expires_soon`). Annex 4's day is the one Kezek tells the
//!   parent to rely on ([`crate::documents`]); by it the referral is out of
//!   date, a ground for refusal on the same words, unless cl. 22's count is
//!   the one that applies, which the text does not settle: "may be
//!   refused", with what to do (the contract by Annex 4's last day while an
//!   application made now is accepted by it; past it, a fact).
//! - Annex 4 p. 7 with p. 8 sub. 1, p. 9 sub. 4 and cl. 34 sub. 1
//!   ([`ReasonCode::RefusalReferralAcceptedLateReading`]): an application
//!   made now is accepted only on a working day after the referral's safe
//!   last day — on the portal after working time (p. 7 sub. 2, the next
//!   working day; `doc.referral_accepted_after_last_day` first) or at the
//!   kindergarten's desk closed (p. 7 sub. 1, its next opening;
//!   `doc.referral_office_reopens_after_last_day` first), status
//!   `expires_soon`. Judged on the day of acceptance (the checklist's
//!   careful decision: the text does not carry a referral valid when the
//!   application was sent over to its acceptance) and with the day of issue
//!   the first of the five working days — or at all, when acceptance is
//!   past Kezek's count too — the referral is out of date then, a ground for
//!   refusal on the same words: "may be refused". A fact, not an answer:
//!   the day of acceptance is the calendar's and the clock's, and the order
//!   gives no new referral — ask the kindergarten or the education
//!   department at once (as the item's own text says).
//! - cl. 22 with Annex 2 p. 9 sub. 4 (admission: cl. 34 sub. 3)
//!   ([`ReasonCode::RefusalExpiresBeforeCheckReading`]): a document valid on
//!   the day it is used but lapsing before the last day of cl. 22's check of
//!   the originals (`doc.expires_before_cl22_check`, see
//!   [`crate::checklist`]). cl. 22 has the originals «тексеру үшін …
//!   ұсынуы тиіс» within 5 working days, and registers the application (or
//!   starts the referral's period) «Тек құжаттар расталғаннан кейін»; Annex 2
//!   p. 9 sub. 4 refuses where the applicant «қолданылу мерзімі өтіп кеткен
//!   құжаттарды ұсынған». The order does not say whether a document's
//!   validity is judged on the day the application is sent or on the day
//!   its original is shown; a careful lawyer would not promise the first:
//!   an original shown after it has lapsed may be held an expired document,
//!   and the priority right it proves unconfirmed. So a risk as Kezek's
//!   reading, with what to do (show the original while it is valid); for
//!   admission the proof belongs to cl. 22's second check, not to the Annex 4
//!   list, so it cites cl. 34 sub. 3 as the unconfirmed recheck does. Not a
//!   ground for the Annex 3 receipt: on the day the set is accepted the
//!   document is valid (cl. 5), and the refusal, if any, comes at the check.
//! - Annex 2 p. 9 sub. 2 with cl. 18 ([`ReasonCode::RefusalAgeCutOffReading`]):
//!   a child whose sixth birthday falls before 1 September of the current
//!   year and whose seventh falls after it. cl. 18 «баланың жасы ағымдағы
//!   жылғы 1 қыркүйекте 6 жастан аспайды»: Kezek reads it with the service's
//!   name «(6 жасқа дейін)», a child turning 6 before 1 September over the
//!   limit (see [`crate::age`]); read as full years, "not older than 6" is
//!   "not yet 7", and such a child is within it. So "may be refused", said
//!   as the reading, with the other reading and whom to ask (the education
//!   department; the provider decides): `age.too_old` its detail. A fact
//!   (`remedy`), but for a SEN child a PMPC conclusion lifts the limit on
//!   either reading (`age.sen_pmpc_would_exempt`, documents). Only while
//!   the child is not yet 6: once 6 (before 1 September), cl. 24 sub. 9
//!   archives the application on the other reading too — the flat
//!   [`ReasonCode::RefusalAgeTurnedSix`] ("refused, or taken out of the
//!   queue and archived"; when, cl. 24 sub. 9 does not say),
//!   `age.turned_six_archived` its detail, cited to Annex 2
//!   p. 9 sub. 2, cl. 18 and cl. 24 sub. 9. Seven on 1 September, the
//!   child is over on either reading: the flat
//!   `refusal.requirements_not_met` with `age.over_on_every_reading` —
//!   shared with cl. 16's month while it has not passed on any count.
//! - Annex 2 p. 9 sub. 2 with cl. 16 ([`ReasonCode::RefusalCl16MonthReading`];
//!   lawyer42): «басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң
//!   жалпы кезекке тұрады». The child does not stand in the general queue
//!   before the month has passed — the flat `refusal.requirements_not_met`
//!   (`limit.cl16_wait_one_month`) while it has not passed on any count on
//!   the day an application made now is accepted. The text does not say
//!   whether the day of the choice is the month's first: counted from it
//!   (or from the choice's moment) the month has passed on the same date of
//!   the next month; Kezek counts from the next day, the general queue open
//!   the day after (`limits::decide`). On that date, or accepted on it or
//!   later while Kezek's day has not come (the portal after working time),
//!   "may be refused", said as the reading, the safe day beside it. A fact
//!   (`remedy`). Where it is a reading only by the portal's working time —
//!   sent after the reception's 17:30 and accepted today by Kezek's 18:30
//!   (R7), before that date, but on the next working day, on it or later,
//!   if working time ends with the reception (Annex 2 p. 7 sub. 1 and 3) —
//!   [`ReasonCode::RefusalCl16MonthWorkingTimeReading`] in its place, whose
//!   text says both readings the outcome hangs on (rules45).
//! - Annex 2 p. 9 sub. 2 with cl. 18 and cl. 24 sub. 9, the evening before
//!   a sixth birthday that falls before 1 September, on egov.kz between the
//!   reception's 17:30 and Kezek's 18:30: `refusal.age_cut_off_reading`
//!   as above (accepted today by R7, the child not yet 6), its detail adding
//!   [`ReasonCode::AgeTurnedSixAfterReceptionReading`] — read as the
//!   reception's hours the application is accepted on the next working day,
//!   on or after the birthday, out of the queue on either reading of cl. 18
//!   (rules45). Not the flat `refusal.age_turned_six`: on R7 the other
//!   reading of cl. 18 still counts, and the order settles neither.
//!
//! - Annex 2/4 p. 9 sub. 1 ([`ReasonCode::RefusalUnreliableDataReading`]):
//!   a typed birth date the child's IIN contradicts. The ground is data the
//!   applicant submits «анық еместігін анықтау»; the prepared application
//!   carries the IIN and the year of birth only (Annex 1 «… жылы туған»;
//!   Annex 5, admission's, no child data). A year the IIN contradicts is on
//!   the form: the flat `refusal.unreliable_data`. A day or month is not:
//!   the answers alone are no ground, and only the child's documents
//!   disagreeing with the IIN would be one, which Kezek does not know — "may
//!   be refused", with what to do (check which date is right; the records
//!   corrected if they disagree) (lawyer41).
//!
//! - Annex 2 p. 8 sub. 4–5, Annex 4 p. 8 sub. 1, cl. 34 sub. 1 with Annex
//!   2/4 p. 9 sub. 4 ([`ReasonCode::RefusalAwaitsIssueDate`]): a document
//!   held whose validity runs from its day of issue, that day not given
//!   (`doc.awaits_issue_date`, status `awaits_issue_date`). The parent holds
//!   it, so the set is not incomplete; whether it is out of date Kezek
//!   cannot say. Not a ground in itself, and no refusal document is
//!   previewed for it ([`preview`] leaves it out): "may be refused" only if
//!   it proves out of date, with what to do — enter the date (an answer),
//!   and Kezek checks it. Not Kezek's reading of a text but a fact not yet
//!   given: its own mark, `awaits_fact` ([`awaits_fact`]), `reading` false,
//!   so that readings stay readings and still no door foretells it.
//!
//! Each risk says whether it is such a reading (`reading`), and so does the
//! preview: when every risk is a reading, the preview is of the refusal the
//! office may give under Kezek's reading, not of a certain one. A risk that
//! awaits a fact (`awaits_fact`) is neither: not judged yet, so never
//! foretold ([`RefusalRisk::flat`] is false) and left out of the preview.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::age::AgeDecision;
use crate::case::Case;
use crate::checklist::{Checklist, Condition, Status};
use crate::citation::Citation;
use crate::documents::DocumentKind;
use crate::limits::LimitsDecision;
use crate::reason::ReasonCode;
use crate::service::{Channel, Service};

/// One refusal ground that would apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefusalRisk {
    /// The ground.
    pub reason: ReasonCode,
    /// The documents concerned, if any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<DocumentKind>,
    /// What the parent can do about it (a reason code the app translates).
    pub detail: Vec<ReasonCode>,
    /// Where the ground is.
    pub citations: Vec<Citation>,
    /// The ground is Kezek's reading of a text that does not settle it ("may
    /// be refused"), not a ground the order states flatly ("would be").
    pub reading: bool,
    /// The ground waits on a fact the parent has not given yet — a held
    /// document's day of issue (`refusal.awaits_issue_date`): neither a
    /// ground the order states flatly nor Kezek's reading of a text; not
    /// judged yet, never foretold, no refusal document previewed for it.
    pub awaits_fact: bool,
    /// Whether the parent can mend the ground before applying (documents,
    /// answers) or it is a fact the application cannot change, decided
    /// beside each ground in [`assess`].
    pub remedy: Remedy,
}

/// What mends a refusal risk's ground.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Remedy {
    /// A document brought, renewed or shown in time: get it, then apply.
    FixDocuments,
    /// An answer given or corrected (the consent, a date): then apply.
    FixAnswers,
    /// A fact the application cannot change (the cl. 18 age limit, the
    /// cl. 16 month, a medical contraindication, a referral lapsed): the
    /// parent asks the provider before applying.
    Fact,
}

impl Remedy {
    /// The parent can mend it before applying.
    pub fn fixable(self) -> bool {
        self != Remedy::Fact
    }
}

impl RefusalRisk {
    /// The risk of `reason`, its `reading` and `awaits_fact` derived from
    /// the reason ([`is_reading`], [`awaits_fact`]): no risk is made with a
    /// flag that disagrees with its ground; its `remedy` as the ground's
    /// clause says it.
    pub fn new(
        reason: ReasonCode,
        documents: Vec<DocumentKind>,
        detail: Vec<ReasonCode>,
        citations: Vec<Citation>,
        remedy: Remedy,
    ) -> RefusalRisk {
        RefusalRisk {
            reason,
            documents,
            detail,
            citations,
            reading: is_reading(reason),
            awaits_fact: awaits_fact(reason),
            remedy,
        }
    }

    /// A ground the order states flatly ("would be refused"): neither
    /// Kezek's reading (`reading`) nor waiting on a fact not given yet
    /// (`awaits_fact`). Only such a ground is foretold.
    pub fn flat(&self) -> bool {
        !self.reading && !self.awaits_fact
    }
}

/// Whether a refusal risk's ground is Kezek's reading (see the module's note).
pub fn is_reading(reason: ReasonCode) -> bool {
    matches!(
        reason,
        ReasonCode::RefusalRecheckUnconfirmedReading
            | ReasonCode::RefusalExpiredHealthCertificateReading
            | ReasonCode::RefusalHealthCertificateFirstDayReading
            | ReasonCode::RefusalReferralAtRiskIssueDayReading
            | ReasonCode::RefusalIssueDayReadingAtRisk
            | ReasonCode::RefusalReferralAtRiskCl22Reading
            | ReasonCode::RefusalReferralAcceptedLateReading
            | ReasonCode::RefusalReferralAfterReceptionReading
            | ReasonCode::RefusalIssueDayAfterReceptionReading
            | ReasonCode::RefusalExpiresBeforeCheckReading
            | ReasonCode::RefusalLapsesBeforeAcceptanceReading
            | ReasonCode::RefusalAgeCutOffReading
            | ReasonCode::RefusalCl16MonthReading
            | ReasonCode::RefusalCl16MonthWorkingTimeReading
            | ReasonCode::RefusalUnreliableDataReading
    )
}

/// Whether a refusal risk's ground waits on a fact not given yet (see the
/// module's note): a held document's day of issue.
pub fn awaits_fact(reason: ReasonCode) -> bool {
    reason == ReasonCode::RefusalAwaitsIssueDate
}

/// Whether a refusal risk's `documents` are missing or out of date — flatly,
/// or under one of Kezek's readings of a document's validity (the day it is
/// judged on, the day its count runs from; every reading of [`is_reading`]
/// is one, but cl. 22's second check of a proof not confirmed,
/// `refusal.recheck_unconfirmed_reading`: not missing from the Annex 4 list,
/// nor out of date; cl. 18's age cut-off, `refusal.age_cut_off_reading`,
/// and data that may be found unreliable, `refusal.unreliable_data_reading`,
/// no document's): the documents the refusal preview names. Not the
/// no-consent risk (its application form is not missing, the consent is).
fn names_missing_or_out_of_date(reason: ReasonCode) -> bool {
    reason.is_incomplete_set()
        || reason.is_expired_document()
        || (is_reading(reason)
            && !matches!(
                reason,
                ReasonCode::RefusalRecheckUnconfirmedReading
                    | ReasonCode::RefusalAgeCutOffReading
                    | ReasonCode::RefusalCl16MonthReading
                    | ReasonCode::RefusalCl16MonthWorkingTimeReading
                    | ReasonCode::RefusalUnreliableDataReading
            ))
}

/// The citations of a risk about some checklist items' validity: each
/// item's validity clause, then the refusal's `ground`, each once, in that
/// order.
fn validity_and_ground(
    items: &[&crate::checklist::ChecklistItem],
    ground: Citation,
) -> Vec<Citation> {
    let mut citations: Vec<Citation> = Vec::new();
    for c in items
        .iter()
        .filter_map(|i| i.validity.citation().copied())
        .chain([ground])
    {
        if !citations.contains(&c) {
            citations.push(c);
        }
    }
    citations
}

/// Which document the refusal would take.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RefusalForm {
    /// Annex 3 receipt (office / State Corporation, queue registration).
    Annex3Receipt,
    /// A reasoned reply (portal, or admission at the preschool).
    ReasonedReply,
}

/// A preview of the refusal document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefusalPreview {
    /// The form it would take.
    pub form: RefusalForm,
    /// The service named on it.
    pub service: Service,
    /// «жоқ құжаттардың атауы»: the documents missing or out of date — those
    /// of the risks beside it that name a document missing, expired, or out
    /// of date under Kezek's reading of its validity (a referral or a
    /// certificate at risk: then the preview is of the refusal that may be
    /// given under that reading) — each once, in the risks' order.
    pub documents: Vec<DocumentKind>,
    /// Where the form is: Annex 3 (the receipt); for a reasoned reply at
    /// queue registration, cl. 6 on the portal where the set is incomplete,
    /// otherwise Annex 2 p. 5 (the result: a reasoned refusal on p. 9's
    /// grounds); at admission, cl. 32 where the set is incomplete, cl. 34's
    /// sub-clause (or cl. 34, several) where every ground is one of cl.
    /// 34's own, otherwise Annex 4 p. 5.
    pub citation: Citation,
    /// Every risk beside it is Kezek's reading (each risk's `reading`): a
    /// preview of the refusal the office may give under that reading, not of
    /// a certain one.
    pub reading: bool,
}

/// The refusal assessment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct RefusalAssessment {
    /// The grounds that would apply; empty means none.
    pub risks: Vec<RefusalRisk>,
    /// The refusal document the parent would receive, if any ground applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub preview: Option<RefusalPreview>,
    /// `refusal.none` when nothing applies.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

/// Assesses the refusal risks. `accepted_on` is the day an application made
/// now is accepted — today while the place receives, else its next opening
/// (Annex 2/4 p. 7; the date of the case's
/// [`crate::schedule::ServiceTiming::accepted_at`]). `iin_birth_date` is the
/// birth date the child's IIN encodes where it contradicts the date typed
/// (`iin.birth_date_mismatch`), else `None`. `accepted_on_after_reception`
/// is the later day the portal accepts it if working time ends with the
/// reception (17:30), not Kezek's 18:30
/// ([`crate::schedule::accepted_on_if_working_time_ends_with_reception`]),
/// where that reading moves it.
pub fn assess(
    case: &Case,
    checklist: &Checklist,
    accepted_on: NaiveDate,
    accepted_on_after_reception: Option<NaiveDate>,
    age: &AgeDecision,
    limits: &LimitsDecision,
    iin_birth_date: Option<NaiveDate>,
) -> RefusalAssessment {
    let annex: u8 = match case.service {
        Service::QueueRegistration => 2,
        Service::Admission => 4,
    };
    let admission = case.service == Service::Admission;
    let mut risks = Vec::new();
    if let Some(encoded) = iin_birth_date {
        // Annex 2/4 p. 9 sub. 1 refuses data the applicant submits found
        // unreliable. The prepared application carries the IIN and the
        // year of birth only (Annex 1 «… жылы туған баламды»; the Annex 5
        // consent of admission, no child data): a typed year the IIN
        // contradicts is on the form, flatly; a typed day or month is on no
        // paper the provider receives — a ground only if the child's
        // documents disagree with the IIN, which Kezek does not know: a
        // reading risk ("may be refused").
        use chrono::Datelike;
        let on_the_form = case.service == Service::QueueRegistration
            && encoded.year() != case.child.birth_date.year();
        risks.push(RefusalRisk::new(
            if on_the_form {
                ReasonCode::RefusalUnreliableData
            } else {
                ReasonCode::RefusalUnreliableDataReading
            },
            Vec::new(),
            vec![ReasonCode::IinBirthDateMismatch],
            vec![Citation::annex(annex, 9, Some(1))],
            // The date or the IIN corrected (the records, if the
            // certificate itself disagrees): the data then agree.
            Remedy::FixAnswers,
        ));
    }
    let mut requirement_details = Vec::new();
    let mut requirement_cites = vec![Citation::annex(annex, 9, Some(2))];
    // cl. 18's exception: a SEN child over the limit without a PMPC
    // conclusion mends it by getting the conclusion (a document).
    let age_mended_by_pmpc = case.service == Service::QueueRegistration
        && !age.eligible
        && age.reasons.contains(&ReasonCode::AgeSenPmpcWouldExempt);
    let over_age = case.service == Service::QueueRegistration && !age.eligible;
    // An age ground of its own: (the risk, the age reason that says it, the
    // clauses beside Annex 2/4 p. 9 sub. 2).
    let age_ground: Option<(ReasonCode, ReasonCode, &[Citation])> = if !over_age {
        None
    } else if age.over_by_kezeks_reading_only() {
        // cl. 18 by Kezek's reading only (see the module's note): its own
        // reading risk, `age.too_old` saying the reading, the other one and
        // whom to ask.
        // (`age.too_old_on_acceptance` where the application is accepted in
        // the next year: the headline's own text.)
        Some((
            ReasonCode::RefusalAgeCutOffReading,
            age.reasons[0],
            &[Citation::clause(18)],
        ))
    } else if age.turned_six_archived() {
        // 6 already, before 1 September (see the module's note): refused on
        // Kezek's reading of cl. 18, archived by cl. 24 sub. 9 on the other
        // (which does not say when) — flatly out of the queue, its own ground.
        // (`age.turns_six_by_acceptance` for a child 6 only by the day of
        // acceptance: the headline's own text.)
        Some((
            ReasonCode::RefusalAgeTurnedSix,
            age.reasons[0],
            &[Citation::clause(18), Citation::sub(24, 9)],
        ))
    } else {
        None
    };
    if let Some((ground, said_by, clauses)) = age_ground {
        let mut detail = vec![said_by];
        if age_mended_by_pmpc {
            detail.push(ReasonCode::AgeSenPmpcWouldExempt);
        }
        let mut citations = vec![Citation::annex(annex, 9, Some(2))];
        citations.extend_from_slice(clauses);
        // On egov.kz after 17:30 the evening before a sixth birthday, the
        // other reading of working time accepts the application on the
        // birthday, out of the queue on either reading of cl. 18 (cl. 24
        // sub. 9): said beside the age's reading, with its clauses
        // (rules45, `age::decide_at`).
        let after_reception = ReasonCode::AgeTurnedSixAfterReceptionReading;
        if ground == ReasonCode::RefusalAgeCutOffReading && age.reasons.contains(&after_reception) {
            detail.push(after_reception);
            citations.extend([
                Citation::sub(24, 9),
                Citation::annex(2, 7, Some(1)),
                Citation::annex(2, 7, Some(3)),
            ]);
        }
        risks.push(RefusalRisk::new(
            ground,
            Vec::new(),
            detail,
            citations,
            // The child's age is a fact; a SEN child's limit yields to a
            // PMPC conclusion (cl. 18), which lifts cl. 24 sub. 9's too.
            if age_mended_by_pmpc {
                Remedy::FixDocuments
            } else {
                Remedy::Fact
            },
        ));
    } else if over_age {
        // Already 7 on 1 September: over on either reading, flatly.
        requirement_details.push(ReasonCode::AgeOverOnEveryReading);
        if age_mended_by_pmpc {
            requirement_details.push(ReasonCode::AgeSenPmpcWouldExempt);
        }
        requirement_cites.push(Citation::clause(18));
    }
    // cl. 16 «бір ай өткен соң» (see the module's note): flat while the
    // month has not passed on any count on the day an application made now
    // is accepted — before the same date of the next month, the day before
    // Kezek's `general_queue_from`; from that date until Kezek's day, only
    // Kezek's count (from the day after the choice) keeps it, a reading.
    // Accepted on Kezek's day or later (the portal after working time on
    // the day before), the month has passed on every count: no ground.
    let cl16 = limits.cl16.as_ref().filter(|c| {
        case.service == Service::QueueRegistration
            && !c.open_now
            && accepted_on < c.general_queue_from
    });
    // Flat only where the month has not passed on any count on the day of
    // acceptance under either reading of the portal's working time: on
    // egov.kz after the reception's 17:30, accepted on the next working day
    // if working time ends then (Annex 2 p. 7 sub. 1 and 3) — on the same
    // date or later, a reading (lawyer44).
    // Accepted on `day`, before the month's same date: the month not passed
    // on any count.
    let before_same_date = |day: NaiveDate| {
        cl16.is_some_and(|c| {
            c.general_queue_from
                .pred_opt()
                .is_some_and(|same_date| day < same_date)
        })
    };
    let cl16_flat =
        before_same_date(accepted_on) && accepted_on_after_reception.is_none_or(before_same_date);
    let cl16_by_working_time = !cl16_flat && before_same_date(accepted_on);
    if cl16_flat {
        requirement_details.push(ReasonCode::LimitCl16WaitOneMonth);
        requirement_cites.push(Citation::clause(16));
    } else if cl16.is_some() {
        // Where it is a reading only by the portal's working time (sent
        // after 17:30, accepted today by Kezek's 18:30), the risk's own text
        // says both readings it hangs on — of working time and of the
        // month's count (rules45: `refusal.cl16_month_reading` said the
        // month's alone, «counted from the day of the choice itself, it
        // has», untrue of the day R7 accepts on) — with their clauses.
        let mut citations = vec![Citation::annex(annex, 9, Some(2)), Citation::clause(16)];
        if cl16_by_working_time {
            citations.extend([
                Citation::annex(2, 7, Some(1)),
                Citation::annex(2, 7, Some(3)),
            ]);
        }
        risks.push(RefusalRisk::new(
            if cl16_by_working_time {
                ReasonCode::RefusalCl16MonthWorkingTimeReading
            } else {
                ReasonCode::RefusalCl16MonthReading
            },
            Vec::new(),
            vec![ReasonCode::LimitCl16WaitOneMonth],
            citations,
            // The choice's day is a fact; the safe day is the next one.
            Remedy::Fact,
        ));
    }
    if !requirement_details.is_empty() {
        let mended_by_pmpc = requirement_details.contains(&ReasonCode::AgeSenPmpcWouldExempt);
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalRequirementsNotMet,
            Vec::new(),
            requirement_details,
            requirement_cites,
            // cl. 18's age limit and cl. 16's month are facts: no document
            // or answer of the parent's changes them — but for a SEN child
            // the age limit yields to a PMPC conclusion (cl. 18), unless
            // cl. 16's month stands beside it.
            if mended_by_pmpc && !cl16_flat {
                Remedy::FixDocuments
            } else {
                Remedy::Fact
            },
        ));
    }
    if !case.consent {
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalNoConsent,
            vec![DocumentKind::ApplicationForm],
            vec![ReasonCode::PayloadNeedsConsent],
            vec![Citation::annex(annex, 9, Some(3)), Citation::annex_form(5)],
            // The consent given (Annex 5).
            Remedy::FixAnswers,
        ));
    }
    let missing: Vec<DocumentKind> = checklist
        .missing
        .iter()
        .copied()
        .filter(|d| *d != DocumentKind::ApplicationForm || case.consent)
        .collect();
    let portal = case.channel == Channel::EgovPortal;
    // Annex 2 p. 8 sub. 5 (portal sub. 3): the teacher's proof is asked with
    // no «(бар болған жағдайда)» — at registration, a set without it (or with
    // the certificate out of date) refused (p. 9 sub. 4); what the order
    // says and does not say of a general queue or a claim later is said
    // beside the refusal, with its clauses (rules45).
    let teacher_proof = |docs: &[DocumentKind]| {
        !admission
            && docs.iter().any(|d| {
                matches!(
                    d,
                    DocumentKind::TeacherWorkplaceCertificate | DocumentKind::TeacherDiploma
                )
            })
    };
    // `doc.teacher_proof_at_registration`'s clauses: what Annex 2 p. 8 asks,
    // the way to apply declaring no ground it names (Annex 1 box 10, the
    // general queue; rules46: the text said it, no citation gave it), and
    // cl. 23 sub. 1, cl. 20 sub. 3 of its reading.
    let teacher_citations = [
        Citation::annex(2, 8, Some(if portal { 3 } else { 5 })),
        crate::category::NONE_OF_THE_GROUNDS_BOX,
        Citation::sub(20, 3),
        Citation::sub(23, 1),
    ];
    if !missing.is_empty() {
        // The refusal the order gives for an incomplete set, per service and
        // channel: at an office or the State Corporation, queue registration
        // refuses to accept the application with the Annex 3 receipt (cl. 5);
        // on the portal, a reasoned refusal to consider it (cl. 6; admission
        // cl. 32); admission at the kindergarten, a reasoned refusal of the
        // service (cl. 32), the child not admitted (cl. 34 sub. 1).
        let (reason, clause) = match (admission, portal) {
            (false, false) => (ReasonCode::RefusalIncomplete, 5),
            (false, true) => (ReasonCode::RefusalIncompleteNotConsidered, 6),
            (true, true) => (ReasonCode::RefusalIncompleteNotConsidered, 32),
            (true, false) => (ReasonCode::RefusalIncompleteServiceRefused, 32),
        };
        let mut citations = vec![Citation::annex(annex, 9, Some(4)), Citation::clause(clause)];
        if admission {
            citations.push(Citation::sub(34, 1));
        }
        let mut detail = vec![ReasonCode::DocMissing];
        if teacher_proof(&missing) {
            detail.push(ReasonCode::DocTeacherProofAtRegistration);
            citations.extend(teacher_citations);
        }
        risks.push(RefusalRisk::new(
            reason,
            missing.clone(),
            detail,
            citations,
            // The missing documents brought (Annex 2/4 p. 9 sub. 4) — but a
            // referral comes only from the queue (cl. 26): not one to bring.
            if missing.contains(&DocumentKind::Referral) {
                Remedy::Fact
            } else {
                Remedy::FixDocuments
            },
        ));
    }
    if !checklist.expired.is_empty() {
        // The refusal the order gives for an expired document: at an office
        // or the State Corporation, queue registration refuses to accept the
        // documents with the Annex 3 receipt («жарамдылық мерзімі өткен
        // құжаттарды тапсыруыңызға байланысты»); on the portal the service is
        // refused (Annex 2 p. 9 sub. 4 — cl. 6's refusal to consider is for
        // an incomplete set); for admission the child is not admitted (cl.
        // 34 sub. 1), on either channel.
        let mut citations = vec![Citation::annex(annex, 9, Some(4))];
        let flat = if admission {
            citations.push(Citation::sub(34, 1));
            ReasonCode::RefusalExpiredNotAdmitted
        } else if portal {
            ReasonCode::RefusalExpiredServiceRefused
        } else {
            citations.push(Citation::annex_form(3));
            ReasonCode::RefusalExpired
        };
        // Every expired item is the health certificate judged too early for
        // the contract: expired only by Kezek's reading of cl. 34 sub. 1.
        let only_by_reading = checklist
            .items
            .iter()
            .filter(|i| i.status == Status::Expired)
            .all(|i| {
                i.document == DocumentKind::HealthCertificate
                    && i.reasons.contains(&ReasonCode::DocTooEarlyForContract)
            });
        // What she can do, per expired item: a certificate is got anew
        // (`doc.expired`); a referral is not — lapsed, she asks at once
        // (`doc.referral_lapsed`: the order gives no new one), and valid
        // today but not on the contract day, she signs while it is valid
        // (`doc.lapses_before_use`). Each said once, in the items' order.
        let mut detail = Vec::new();
        for i in checklist
            .items
            .iter()
            .filter(|i| i.status == Status::Expired)
        {
            let what = [
                ReasonCode::DocReferralLapsed,
                ReasonCode::DocLapsesBeforeUse,
                ReasonCode::DocLapsesBeforeOpening,
            ]
            .into_iter()
            .find(|r| i.reasons.contains(r))
            .unwrap_or(ReasonCode::DocExpired);
            if !detail.contains(&what) {
                detail.push(what);
            }
        }
        if detail.is_empty() {
            detail.push(ReasonCode::DocExpired);
        }
        if teacher_proof(&checklist.expired) {
            detail.push(ReasonCode::DocTeacherProofAtRegistration);
            citations.extend(teacher_citations);
        }
        // What mends each expired item: a certificate is got anew (Annex 2/4
        // p. 9 sub. 4; cl. 34 sub. 1's health certificate within its three
        // days); a document valid today is used while it is (the contract
        // day given before its last day: an answer); a referral past its
        // last day is not renewed — Annex 4 p. 8 sub. 1 gives no new one, so
        // it is a fact to ask the provider about. The hardest one stands.
        let remedies: Vec<Remedy> = checklist
            .items
            .iter()
            .filter(|i| i.status == Status::Expired)
            .map(|i| {
                if i.reasons.contains(&ReasonCode::DocLapsesBeforeUse) {
                    Remedy::FixAnswers
                } else if i.document == DocumentKind::Referral {
                    Remedy::Fact
                } else {
                    Remedy::FixDocuments
                }
            })
            .collect();
        let remedy = [Remedy::Fact, Remedy::FixDocuments, Remedy::FixAnswers]
            .into_iter()
            .find(|r| remedies.contains(r))
            .unwrap_or(Remedy::FixDocuments);
        risks.push(RefusalRisk::new(
            if only_by_reading {
                ReasonCode::RefusalExpiredHealthCertificateReading
            } else {
                flat
            },
            checklist.expired.clone(),
            detail,
            citations,
            remedy,
        ));
    }
    // Admission: an item at risk on the day that matters by one of Kezek's
    // readings (see the module's note), valid on it by Kezek's count and out
    // of date by the other — each its own reading risk, citing what a
    // document out of date is refused under (`refusal.expired_not_admitted`, above).
    // (the document, the item's first reasons that say it, the risk)
    let at_risk: [(DocumentKind, &[ReasonCode], ReasonCode); 5] = [
        // cl. 34 sub. 1 by the first-day reading: the health certificate
        // at risk on the contract day.
        (
            DocumentKind::HealthCertificate,
            &[ReasonCode::DocHealthCertificateFirstDayReading],
            ReasonCode::RefusalHealthCertificateFirstDayReading,
        ),
        // Annex 4 p. 8 sub. 1: the referral at risk on the day of use — by
        // the day of issue counted as the first of the five working days,
        // or past Annex 4's day within cl. 22's count.
        (
            DocumentKind::Referral,
            &[ReasonCode::DocReferralAtRiskIssueDayReading],
            ReasonCode::RefusalReferralAtRiskIssueDayReading,
        ),
        (
            DocumentKind::Referral,
            &[ReasonCode::DocReferralAtRiskCl22Reading],
            ReasonCode::RefusalReferralAtRiskCl22Reading,
        ),
        // Annex 4 p. 7 with p. 8 sub. 1: the referral at risk on the later
        // day an application made now is accepted — the portal after
        // working time, or the kindergarten's desk closed.
        (
            DocumentKind::Referral,
            &[
                ReasonCode::DocReferralAcceptedAfterLastDay,
                ReasonCode::DocReferralOfficeReopensAfterLastDay,
            ],
            ReasonCode::RefusalReferralAcceptedLateReading,
        ),
        // Annex 4 p. 7 sub. 1–2 with p. 8 sub. 1: on egov.kz on the safe
        // day after the reception's 17:30 — accepted today by R7, on the
        // next working day if working time ends with the reception (late42).
        (
            DocumentKind::Referral,
            &[ReasonCode::DocReferralAfterReceptionReading],
            ReasonCode::RefusalReferralAfterReceptionReading,
        ),
    ];
    for (document, firsts, ground) in at_risk {
        let Some((i, first)) = checklist.items.iter().find_map(|i| {
            let first = *i.reasons.first()?;
            (admission
                && i.applies
                && i.document == document
                && i.status == Status::ExpiresSoon
                && firsts.contains(&first))
            .then_some((i, first))
        }) else {
            continue;
        };
        let remedy = match ground {
            // A certificate issued within 2 days before the contract (or
            // the contract by the safe day).
            ReasonCode::RefusalHealthCertificateFirstDayReading => Remedy::FixDocuments,
            // Accepted late, decided: a fact. Neither an answer nor a
            // document moves the day of acceptance (Annex 4 p. 7 sets it by
            // the clock and the calendar), a contract cannot be signed
            // before it, and the order gives no new referral (Annex 4 p. 8
            // sub. 1), as for a referral lapsed (`refusal.expired_not_admitted`, above).
            // What she can do is ask the kindergarten or the education
            // department at once whether it will take the referral (the
            // item's own text), and, at the desk before the end of the
            // working day, apply on egov.kz today
            // (`doc.referral_portal_accepts_today`, said beside it) — a
            // change of channel, not a mend of this case.
            ReasonCode::RefusalReferralAcceptedLateReading => Remedy::Fact,
            // Sent after 17:30 on the safe day: the clock decides the
            // reading's day of acceptance — send at once and ask (a fact).
            ReasonCode::RefusalReferralAfterReceptionReading => Remedy::Fact,
            // The referral at risk on the day of use: the day it is safe to
            // sign by is the safe day, or (cl. 22's) Annex 4's last day;
            // while it can still be met, the contract day (an answer) mends
            // it; gone by, nothing she can give does (no new referral: a
            // fact). Met or not by the day an application made now is
            // accepted (`accepted_on`, Annex 4 p. 7), not by today's date: on
            // the last day after the kindergarten's desk has closed (or the
            // portal's working time has ended) it is accepted on a later day,
            // and no contract is signed before it.
            _ => {
                let sign_by = if first == ReasonCode::DocReferralAtRiskIssueDayReading {
                    i.safe_last_day
                } else {
                    i.last_valid_day
                };
                if sign_by.is_some_and(|d| d >= accepted_on) {
                    Remedy::FixAnswers
                } else {
                    Remedy::Fact
                }
            }
        };
        let mut citations = Vec::with_capacity(4);
        if ground == ReasonCode::RefusalReferralAfterReceptionReading {
            citations.extend([
                Citation::annex(4, 7, Some(1)),
                Citation::annex(4, 7, Some(2)),
            ]);
        }
        citations.extend([Citation::annex(annex, 9, Some(4)), Citation::sub(34, 1)]);
        risks.push(RefusalRisk::new(
            ground,
            vec![document],
            vec![first],
            citations,
            remedy,
        ));
    }
    // Annex 2 p. 8 with p. 9 sub. 4 (a reading, see the module's note): a
    // one-month certificate at risk on the day of acceptance by the
    // day-of-issue count — not the law-enforcement certificate asked by
    // analogy, no ground for refusing at queue registration (COVERAGE R9).
    let issue_day_at_risk: Vec<&crate::checklist::ChecklistItem> = checklist
        .items
        .iter()
        .filter(|i| {
            !admission
                && i.applies
                && i.status == Status::ExpiresSoon
                && i.at_risk_by_issue_day()
                && !i.reasons.contains(&ReasonCode::DocLawEnforcementReading)
        })
        .collect();
    if !issue_day_at_risk.is_empty() {
        let citations = validity_and_ground(&issue_day_at_risk, Citation::annex(2, 9, Some(4)));
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalIssueDayReadingAtRisk,
            issue_day_at_risk.iter().map(|i| i.document).collect(),
            vec![ReasonCode::DocIssueDayReadingAtRisk],
            citations,
            // A new certificate before applying.
            Remedy::FixDocuments,
        ));
    }
    // Annex 2 p. 7 sub. 1 and 3 with p. 8's month and p. 9 sub. 4 (a
    // reading, lawyer43): on egov.kz on a one-month certificate's safe day
    // after the reception's 17:30, accepted on the next working day if
    // working time ends then — the certificate past its safe day by then.
    let after_reception: Vec<&crate::checklist::ChecklistItem> = checklist
        .items
        .iter()
        .filter(|i| {
            !admission
                && i.applies
                && i.status == Status::ExpiresSoon
                && matches!(
                    i.reasons.first(),
                    Some(
                        ReasonCode::DocIssueDayAfterReceptionReading
                            | ReasonCode::DocLapsesAfterReceptionReading
                    )
                )
        })
        .collect();
    if !after_reception.is_empty() {
        let mut citations: Vec<Citation> = Vec::with_capacity(4);
        for c in after_reception
            .iter()
            .filter_map(|i| i.validity.citation().copied())
            .chain([
                Citation::annex(2, 7, Some(1)),
                Citation::annex(2, 7, Some(3)),
                Citation::annex(2, 9, Some(4)),
            ])
        {
            if !citations.contains(&c) {
                citations.push(c);
            }
        }
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalIssueDayAfterReceptionReading,
            after_reception.iter().map(|i| i.document).collect(),
            {
                let mut detail: Vec<ReasonCode> = Vec::with_capacity(2);
                for r in after_reception.iter().filter_map(|i| i.reasons.first()) {
                    if !detail.contains(r) {
                        detail.push(*r);
                    }
                }
                detail
            },
            citations,
            // A new certificate before applying (or sending at once).
            Remedy::FixDocuments,
        ));
    }
    if admission && case.child.medical_contraindication {
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalMedicalContraindication,
            Vec::new(),
            Vec::new(),
            vec![Citation::sub(34, 2), Citation::annex(4, 9, Some(2))],
            // cl. 34 sub. 2: the child's health is a fact.
            Remedy::Fact,
        ));
    }
    // cl. 34 sub. 3 and cl. 22 (a reading, see the module's note): the
    // proofs cl. 22's second check has not confirmed — or may not, a
    // one-month certificate past its day with the day of issue counted
    // (`doc.recheck_issue_day_reading_at_risk`, lawyer42).
    let unconfirmed: Vec<DocumentKind> = checklist
        .items
        .iter()
        .filter(|i| {
            admission
                && i.applies
                && i.condition == Condition::PriorityRecheck
                && (i.status == Status::Unconfirmed || i.at_risk_at_check_by_issue_day())
        })
        .map(|i| i.document)
        .collect();
    if !unconfirmed.is_empty() {
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalRecheckUnconfirmedReading,
            unconfirmed,
            Vec::new(),
            vec![Citation::sub(34, 3), Citation::clause(22)],
            // cl. 22: the proofs' originals shown for the second check.
            Remedy::FixDocuments,
        ));
    }
    // Out of date on the day the portal accepts the application (Annex 2
    // p. 7 sub. 3; a reading, cl. 6): its own risk below, not "show the
    // original while it is valid" — it lapses before the check can begin.
    let before_acceptance = |i: &&crate::checklist::ChecklistItem| {
        i.reasons.first() == Some(&ReasonCode::DocLapsesBeforeAcceptance)
    };
    // cl. 22 with Annex 2 p. 9 sub. 4 (admission: cl. 34 sub. 3), a reading
    // (see the module's note): valid on the day of use, lapsing before the
    // last day of the originals' check. Not the law-enforcement certificate
    // asked by analogy at queue registration: out of date it leaves the
    // priority unconfirmed, no ground for refusing (its own reason says so;
    // Annex 2 p. 9 sub. 4 is the list's documents').
    let lapsing: Vec<DocumentKind> = checklist
        .items
        .iter()
        .filter(|i| {
            i.applies
                && i.status == Status::ExpiresSoon
                && i.reasons.contains(&ReasonCode::DocExpiresBeforeCl22Check)
                && !i.reasons.contains(&ReasonCode::DocLawEnforcementReading)
        })
        .filter(|i| !before_acceptance(i))
        .map(|i| i.document)
        .collect();
    let lapsing_before_acceptance: Vec<DocumentKind> = checklist
        .items
        .iter()
        .filter(|i| i.applies && i.status == Status::ExpiresSoon)
        .filter(before_acceptance)
        .map(|i| i.document)
        .collect();
    if !lapsing_before_acceptance.is_empty() {
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalLapsesBeforeAcceptanceReading,
            lapsing_before_acceptance,
            vec![ReasonCode::DocLapsesBeforeAcceptance],
            vec![
                Citation::annex(2, 7, Some(3)),
                Citation::clause(6),
                Citation::annex(2, 9, Some(4)),
            ],
            // A fresh document before applying.
            Remedy::FixDocuments,
        ));
    }
    if !lapsing.is_empty() {
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalExpiresBeforeCheckReading,
            lapsing,
            vec![ReasonCode::DocExpiresBeforeCl22Check],
            vec![
                Citation::clause(22),
                // Admission: cl. 34 sub. 3, not sub. 1 (rules46, a careful
                // reading of cl. 34). Sub. 1 refuses where the applicant
                // «келісім шарт жасау үшін талап етілетін құжаттарды
                // ұсынбаған немесе құжаттардың қолданылу мерзімі өтіп кетсе»
                // — its lapsed «құжаттар» are the documents required for the
                // contract just named (its parenthesis: the health passport
                // and the health certificate; Annex 4 p. 8's list). The
                // document here is a proof of the priority right that cl. 22
                // checks a second time after the referral («… құқығын
                // растайтын ақпаратты … екі рет тексереді және растайды»),
                // in no list of Annex 4 p. 8 (checklist: recheck items
                // only): sub. 3's «растайтын құжаттарды ұсынуда өзге де
                // себептердің болуына байланысты» names the confirming
                // documents, and a lapsed one is such another reason. Either
                // way cl. 34 refuses the child, so the outcome does not turn
                // on the sub-clause, and the parent is not told a reading.
                if admission {
                    Citation::sub(34, 3)
                } else {
                    Citation::annex(2, 9, Some(4))
                },
            ],
            // cl. 22: the original shown while valid, or renewed first.
            Remedy::FixDocuments,
        ));
    }
    // Annex 2/4 p. 9 sub. 4 judged from a day of issue not given (see the
    // module's note): held, not judged — the date asked, no ground foretold.
    let awaiting: Vec<&crate::checklist::ChecklistItem> = checklist
        .items
        .iter()
        .filter(|i| i.applies && i.status == Status::AwaitsIssueDate)
        .collect();
    if !awaiting.is_empty() {
        let citations = validity_and_ground(&awaiting, Citation::annex(annex, 9, Some(4)));
        risks.push(RefusalRisk::new(
            ReasonCode::RefusalAwaitsIssueDate,
            awaiting.iter().map(|i| i.document).collect(),
            vec![ReasonCode::DocAwaitsIssueDate],
            citations,
            // The day of issue entered (an answer); then Kezek judges it.
            Remedy::FixAnswers,
        ));
    }
    let preview = preview(
        case.service,
        case.channel,
        &risks.iter().collect::<Vec<_>>(),
    );
    let reasons = if risks.is_empty() {
        vec![ReasonCode::RefusalNone]
    } else {
        risks.iter().map(|r| r.reason).collect()
    };
    let mut citations = vec![Citation::annex(annex, 9, None)];
    if admission {
        citations.push(Citation::clause(34));
    }
    RefusalAssessment {
        risks,
        preview,
        reasons,
        citations,
    }
}

/// The refusal document `risks` would bring about for `service` on
/// `channel` (Annex 3's receipt or a reasoned reply), or `None` when no
/// ground applies. Public so that a screen showing fewer risks than the
/// assessment (step 6 leaves out the consent, given on the hand-off) previews
/// the refusal of the risks it shows.
///
/// When a ground is certain, the preview is of the certain refusal: its form
/// and its documents follow the certain grounds only; Kezek's readings beside
/// them stay in their own risks (a child over the age limit with a
/// certificate at risk by a reading gets a reasoned refusal for the age, not
/// a certain receipt naming a certificate valid by Kezek's count). When every
/// ground is a reading, the preview is of the refusal that may be given under
/// them (`reading`). A risk awaiting a fact (`awaits_fact`: a document's
/// day of issue, `refusal.awaits_issue_date`) brings no refusal document: it
/// is left out.
pub fn preview(
    service: Service,
    channel: Channel,
    risks: &[&RefusalRisk],
) -> Option<RefusalPreview> {
    let risks: Vec<&RefusalRisk> = risks.iter().copied().filter(|r| !r.awaits_fact).collect();
    if risks.is_empty() {
        return None;
    }
    let admission = service == Service::Admission;
    let reading = risks.iter().all(|r| r.reading);
    let decisive: Vec<&RefusalRisk> = risks
        .iter()
        .copied()
        .filter(|r| reading || !r.reading)
        .collect();
    // Annex 3 «(жоқ құжаттардың атауы)»; the reasoned reply (Annex 2 p. 5,
    // cl. 6, cl. 32) names no list, Kezek names the same documents: those
    // missing or out of date — flatly (an incomplete set or an expired
    // document, whichever refusal the channel gives) or under Kezek's reading of a document's validity
    // (`names_missing_or_out_of_date`), each once, in the risks' order.
    let mut documents: Vec<DocumentKind> = Vec::new();
    for d in decisive
        .iter()
        .filter(|r| names_missing_or_out_of_date(r.reason))
        .flat_map(|r| r.documents.iter().copied())
    {
        if !documents.contains(&d) {
            documents.push(d);
        }
    }
    // cl. 5 and Annex 3: the receipt is for an incomplete set and/or expired
    // documents only. Any other ground gets a reasoned refusal (Annex 2 p. 5
    // and p. 9; on the portal cl. 6; for admission cl. 32).
    //
    // Also a reading that holds a document out of date on the day the
    // office receives the set (a reading): the day-of-issue count of a
    // one-month certificate (`refusal.issue_day_reading_at_risk`), or the
    // day of acceptance later than today
    // (`refusal.lapses_before_acceptance_reading`). Cl. 5 names the
    // receipt for an incomplete set; Annex 3, the receipt's form, is also
    // for refusing «жарамдылық мерзімі өткен құжаттарды тапсыруыңызға
    // байланысты». An office or the State Corporation holding the
    // certificate out of date under that reading refuses on that very
    // ground, so the refusal it may give is the
    // receipt naming it — as the health certificate expired by Kezek's
    // reading counts. (The second arises on the portal only, where cl. 6
    // gives the reasoned reply all the same; at an office its fact is
    // `doc.lapses_before_opening`, the flat `refusal.expired`.) Not
    // `refusal.expires_before_check_reading`: on the day the set is
    // handed in that document is valid, so the set is accepted (cl. 5);
    // a refusal, if any, comes at cl. 22's check — a reasoned reply.
    let documents_ground = decisive.iter().any(|r| {
        r.reason.is_incomplete_set()
            || r.reason.is_expired_document()
            || matches!(
                r.reason,
                ReasonCode::RefusalExpiredHealthCertificateReading
                    | ReasonCode::RefusalIssueDayReadingAtRisk
                    | ReasonCode::RefusalLapsesBeforeAcceptanceReading
                    | ReasonCode::RefusalIssueDayAfterReceptionReading
            )
    });
    let annex3 =
        service == Service::QueueRegistration && channel != Channel::EgovPortal && documents_ground;
    Some(RefusalPreview {
        form: if annex3 {
            RefusalForm::Annex3Receipt
        } else {
            RefusalForm::ReasonedReply
        },
        service,
        documents,
        reading,
        citation: if annex3 {
            Citation::annex_form(3)
        } else if admission {
            admission_reply_citation(&decisive)
        } else if channel == Channel::EgovPortal
            && decisive.iter().any(|r| r.reason.is_incomplete_set())
        {
            // cl. 6's reasoned reply is for an incomplete set only («Толық
            // болмаған жағдайда … өтінішті қарастырудан бас тарту жөнінде
            // дәлелді жауап»); any other ground's is Annex 2 p. 5's result,
            // «9-тармағында белгіленген негіздер бойынша … дәлелді жауап»
            // (lawyer43).
            Citation::clause(6)
        } else {
            Citation::annex(2, 5, None)
        },
    })
}

/// The clause of cl. 34 a ground of admission's refusal is (`Some(sub)`),
/// where it is one of cl. 34's own: sub. 1, a document missing or out of
/// date — flatly or under one of Kezek's readings of its validity (the
/// health certificate, the referral); sub. 2, a medical contraindication;
/// sub. 3, «растайтын құжаттарды ұсынуда өзге де себептердің болуына
/// байланысты» — a proof cl. 22's second check has not confirmed, or one
/// lapsing before it (sub. 1's lapsed «құжаттар» are the contract's, see
/// the reading beside `RefusalExpiresBeforeCheckReading` in `assess`).
/// `None` for any other ground.
fn cl34_sub(reason: ReasonCode) -> Option<u16> {
    match reason {
        ReasonCode::RefusalExpiredNotAdmitted
        | ReasonCode::RefusalExpiredHealthCertificateReading
        | ReasonCode::RefusalHealthCertificateFirstDayReading
        | ReasonCode::RefusalReferralAtRiskIssueDayReading
        | ReasonCode::RefusalReferralAtRiskCl22Reading
        | ReasonCode::RefusalReferralAcceptedLateReading
        | ReasonCode::RefusalReferralAfterReceptionReading => Some(1),
        ReasonCode::RefusalMedicalContraindication => Some(2),
        ReasonCode::RefusalRecheckUnconfirmedReading
        | ReasonCode::RefusalExpiresBeforeCheckReading => Some(3),
        _ => None,
    }
}

/// Where the text gives admission's reasoned refusal for the `decisive`
/// grounds (lawyer44): cl. 32 for an incomplete set, at the kindergarten
/// («… толық ұсынбаған жағдайда … бас тарту жөнінде дәлелді жауап береді»)
/// and on the portal («Толық болмаған жағдайда … өтінішті қарастырудан бас
/// тарту жөнінде дәлелді жауап»); cl. 34's sub-clause where every ground is
/// that one of cl. 34's own («… келесі себептермен баланы қабылдамайды»),
/// cl. 34 where they are several of them; otherwise Annex 4 p. 5, the
/// result «… немесе мемлекеттік қызмет көрсетуден бас тарту туралы дәлелді
/// жауап» on p. 9's grounds (no consent, unreliable data).
fn admission_reply_citation(decisive: &[&RefusalRisk]) -> Citation {
    if decisive.iter().any(|r| r.reason.is_incomplete_set()) {
        return Citation::clause(32);
    }
    let subs: Vec<Option<u16>> = decisive.iter().map(|r| cl34_sub(r.reason)).collect();
    match subs.first() {
        Some(Some(first)) if subs.iter().all(|s| *s == Some(*first)) => Citation::sub(34, *first),
        Some(_) if subs.iter().all(Option::is_some) => Citation::clause(34),
        _ => Citation::annex(4, 5, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::Calendar;

    use crate::testing::{date, CaseBuilder};

    fn assess_case(b: CaseBuilder) -> RefusalAssessment {
        let case = b.build();
        let cal = Calendar::builtin();
        let checklist = crate::checklist::build(&case, cal);
        let accepted_on =
            crate::schedule::service_timing(case.service, case.channel, case.as_of, cal)
                .accepted_at
                .date();
        let age = crate::age::decide(&case);
        let limits = crate::limits::decide(&case);
        let timing = crate::schedule::service_timing(case.service, case.channel, case.as_of, cal);
        let after_reception =
            crate::schedule::accepted_on_if_working_time_ends_with_reception(&timing, cal);
        assess(
            &case,
            &checklist,
            accepted_on,
            after_reception,
            &age,
            &limits,
            None,
        )
    }

    /// At the office, consents given, the phthisiatrician's conclusion held.
    fn office() -> CaseBuilder {
        CaseBuilder::queue_registration()
            .channel(Channel::ProviderOffice)
            .consent()
            .holds(DocumentKind::PhthisiatricianConclusion)
    }

    #[test]
    fn cl5_annex3_receipt_only_for_incomplete_or_expired_documents() {
        // Too old at the office: a reasoned refusal (Annex 2 p. 5, p. 9), not Annex 3.
        let r = assess_case(office().child_born(date(2020, 5, 10)));
        let pv = r.preview.expect("a ground applies");
        assert_eq!(pv.form, RefusalForm::ReasonedReply);
        assert_eq!(pv.citation, Citation::annex(2, 5, None));
        // Missing phthisiatrician's conclusion at the office: the Annex 3 receipt.
        let r = assess_case(office().set("documents", serde_json::json!([])));
        assert_eq!(r.preview.unwrap().form, RefusalForm::Annex3Receipt);
    }

    /// Annex 2 p. 7 with p. 9 sub. 4: a teacher's certificate valid on
    /// Saturday 28.11.2026, out of date by Monday 30.11, when an application
    /// made now is accepted. At the office, closed (cl. 5: checked when it is
    /// received), a document out of date: the Annex 3 receipt, not a reading;
    /// on the portal, the reading's own risk, not "show the original while it
    /// is still valid" (the originals' check comes after the acceptance).
    #[test]
    fn annex2_7_out_of_date_when_accepted_is_refused_as_out_of_date() {
        let teacher = |channel| {
            office()
                .channel(channel)
                .as_of(crate::testing::at(2026, 11, 28, 10, 0))
                .ground(crate::category::Ground::Teacher)
                .holds_issued(
                    DocumentKind::TeacherWorkplaceCertificate,
                    date(2026, 10, 29),
                )
                .holds(DocumentKind::TeacherDiploma)
        };
        let r = assess_case(teacher(Channel::ProviderOffice));
        let risk = r
            .risks
            .iter()
            .find(|r| r.reason == ReasonCode::RefusalExpired);
        let risk = risk.unwrap_or_else(|| panic!("{:?}", r.risks));
        assert_eq!(
            risk.documents,
            vec![DocumentKind::TeacherWorkplaceCertificate]
        );
        // And what Annex 2 p. 8 sub. 5 asks of a teacher's proof (rules45).
        assert_eq!(
            risk.detail,
            vec![
                ReasonCode::DocLapsesBeforeOpening,
                ReasonCode::DocTeacherProofAtRegistration
            ]
        );
        assert!(!risk.reading);
        assert_eq!(r.preview.unwrap().form, RefusalForm::Annex3Receipt);

        let r = assess_case(teacher(Channel::EgovPortal));
        assert_eq!(
            r.reasons,
            vec![ReasonCode::RefusalLapsesBeforeAcceptanceReading],
            "{:?}",
            r.risks
        );
        let risk = &r.risks[0];
        assert_eq!(
            risk.documents,
            vec![DocumentKind::TeacherWorkplaceCertificate]
        );
        assert!(risk.reading);
        assert_eq!(risk.remedy, Remedy::FixDocuments);
        assert!(risk.citations.contains(&Citation::annex(2, 7, Some(3))));
    }

    /// Annex 3, Annex 2 p. 5, cl. 6, cl. 32: `preview` as its doc comment
    /// says, for both services, every channel and every combination of up
    /// to three grounds (certain, readings, mixed): none without a ground;
    /// `reading` exactly when every ground is a reading; beside a certain
    /// ground, the form and the documents follow the certain grounds only;
    /// the Annex 3 receipt for queue registration at an office or the State
    /// Corporation with an incomplete set or a document out of date, a
    /// reasoned reply otherwise, each with its citation; each document once.
    #[test]
    fn annex3_cl32_the_preview_follows_its_doc_comment_for_every_service_channel_and_grounds() {
        use DocumentKind as D;
        use ReasonCode as R;
        // cl. 34's sub-clause of each ground below, written out (not
        // computed by `cl34_sub`, which the code uses): sub. 1 «… талап
        // етілетін құжаттарды ұсынбаған немесе құжаттардың қолданылу мерзімі
        // өтіп кетсе», sub. 2 «… медициналық қарсы көрсетілімдері болса»,
        // sub. 3 «растайтын құжаттарды ұсынуда өзге де себептердің болуына
        // байланысты»; `None`, not one of cl. 34's own.
        const CL34_SUBS: [(R, Option<u16>); 24] = [
            (R::RefusalIncomplete, None),
            (R::RefusalIncompleteNotConsidered, None),
            (R::RefusalIncompleteServiceRefused, None),
            (R::RefusalExpired, None),
            (R::RefusalExpiredServiceRefused, None),
            (R::RefusalExpiredNotAdmitted, Some(1)),
            (R::RefusalNoConsent, None),
            (R::RefusalUnreliableData, None),
            (R::RefusalRequirementsNotMet, None),
            (R::RefusalMedicalContraindication, Some(2)),
            (R::RefusalRecheckUnconfirmedReading, Some(3)),
            (R::RefusalExpiredHealthCertificateReading, Some(1)),
            (R::RefusalHealthCertificateFirstDayReading, Some(1)),
            (R::RefusalReferralAtRiskIssueDayReading, Some(1)),
            (R::RefusalIssueDayReadingAtRisk, None),
            (R::RefusalReferralAtRiskCl22Reading, Some(1)),
            (R::RefusalReferralAcceptedLateReading, Some(1)),
            (R::RefusalExpiresBeforeCheckReading, Some(3)),
            (R::RefusalLapsesBeforeAcceptanceReading, None),
            (R::RefusalAgeCutOffReading, None),
            (R::RefusalIssueDayAfterReceptionReading, None),
            (R::RefusalReferralAfterReceptionReading, Some(1)),
            (R::RefusalUnreliableDataReading, None),
            (R::RefusalCl16MonthReading, None),
        ];
        let grounds = [
            (R::RefusalIncomplete, vec![D::PhthisiatricianConclusion]),
            (R::RefusalIncompleteNotConsidered, vec![D::VaccinationCard]),
            (
                R::RefusalIncompleteServiceRefused,
                vec![D::HealthCertificate],
            ),
            (R::RefusalExpired, vec![D::TeacherWorkplaceCertificate]),
            (R::RefusalExpiredServiceRefused, vec![D::TeacherDiploma]),
            (R::RefusalExpiredNotAdmitted, vec![D::Referral]),
            (R::RefusalNoConsent, vec![D::ApplicationForm]),
            (R::RefusalUnreliableData, vec![]),
            (R::RefusalRequirementsNotMet, vec![]),
            (R::RefusalMedicalContraindication, vec![]),
            (
                R::RefusalRecheckUnconfirmedReading,
                vec![D::FirstPriorityProof],
            ),
            (
                R::RefusalExpiredHealthCertificateReading,
                vec![D::HealthCertificate],
            ),
            (
                R::RefusalHealthCertificateFirstDayReading,
                vec![D::HealthCertificate],
            ),
            (R::RefusalReferralAtRiskIssueDayReading, vec![D::Referral]),
            (
                R::RefusalIssueDayReadingAtRisk,
                vec![D::TeacherWorkplaceCertificate],
            ),
            (R::RefusalReferralAtRiskCl22Reading, vec![D::Referral]),
            (R::RefusalReferralAcceptedLateReading, vec![D::Referral]),
            (
                R::RefusalExpiresBeforeCheckReading,
                vec![D::ServiceWorkplaceCertificate],
            ),
            (
                R::RefusalLapsesBeforeAcceptanceReading,
                vec![D::TeacherDiploma],
            ),
            (R::RefusalAgeCutOffReading, vec![]),
            (
                R::RefusalIssueDayAfterReceptionReading,
                vec![D::ServiceWorkplaceCertificate],
            ),
        ]
        .map(|(reason, docs)| RefusalRisk::new(reason, docs, vec![], vec![], Remedy::FixDocuments));
        let n = grounds.len();
        let mut sets: Vec<Vec<&RefusalRisk>> = vec![vec![]];
        for i in 0..n {
            sets.push(vec![&grounds[i]]);
            for j in 0..n {
                sets.push(vec![&grounds[i], &grounds[j]]);
                for k in (j + 1)..n {
                    sets.push(vec![&grounds[k], &grounds[i], &grounds[j]]);
                }
            }
        }
        for service in Service::ALL {
            for channel in Channel::ALL {
                for risks in &sets {
                    let at = format!(
                        "{service:?} {channel:?} {:?}",
                        risks.iter().map(|r| r.reason).collect::<Vec<_>>()
                    );
                    let Some(pv) = preview(service, channel, risks) else {
                        assert!(risks.is_empty(), "{at}");
                        continue;
                    };
                    assert!(!risks.is_empty(), "{at}");
                    assert_eq!(pv.service, service, "{at}");
                    let all_readings = risks.iter().all(|r| r.reading);
                    assert_eq!(pv.reading, all_readings, "{at}");
                    let decisive: Vec<&RefusalRisk> = risks
                        .iter()
                        .copied()
                        .filter(|r| all_readings || !r.reading)
                        .collect();
                    // The documents: those of the decisive grounds naming a
                    // document missing or out of date, each once, in order.
                    let mut want: Vec<DocumentKind> = Vec::new();
                    for r in &decisive {
                        if names_missing_or_out_of_date(r.reason) {
                            for d in &r.documents {
                                if !want.contains(d) {
                                    want.push(*d);
                                }
                            }
                        }
                    }
                    assert_eq!(pv.documents, want, "{at}");
                    // Never the consent's application form, never a proof
                    // only unconfirmed at cl. 22's second check.
                    assert!(!pv.documents.contains(&D::ApplicationForm), "{at}");
                    assert!(!pv.documents.contains(&D::FirstPriorityProof), "{at}");
                    // Beside a certain ground, no document of a reading.
                    if !all_readings {
                        for d in &pv.documents {
                            assert!(
                                risks.iter().any(|r| !r.reading && r.documents.contains(d)),
                                "{at}: {d:?} of a reading beside a certain ground"
                            );
                        }
                    }
                    let receipt = service == Service::QueueRegistration
                        && channel != Channel::EgovPortal
                        && decisive.iter().any(|r| {
                            matches!(
                                r.reason,
                                R::RefusalIncomplete
                                    | R::RefusalIncompleteNotConsidered
                                    | R::RefusalIncompleteServiceRefused
                                    | R::RefusalExpired
                                    | R::RefusalExpiredServiceRefused
                                    | R::RefusalExpiredNotAdmitted
                                    // cl. 34's own: an admission ground
                                    // (for queue registration it never
                                    // arises), a document out of date.
                                    | R::RefusalExpiredHealthCertificateReading
                                    | R::RefusalIssueDayReadingAtRisk
                                    | R::RefusalLapsesBeforeAcceptanceReading
                                    | R::RefusalIssueDayAfterReceptionReading
                            )
                        });
                    if receipt {
                        assert_eq!(
                            (pv.form, pv.citation),
                            (RefusalForm::Annex3Receipt, Citation::annex_form(3)),
                            "{at}"
                        );
                    } else {
                        assert_eq!(pv.form, RefusalForm::ReasonedReply, "{at}");
                        let incomplete = decisive.iter().any(|r| r.reason.is_incomplete_set());
                        let cite = match (service, channel) {
                            (Service::Admission, _) if incomplete => Citation::clause(32),
                            (Service::Admission, _) => {
                                // cl. 34's sub-clause of each ground, read
                                // from the table above, not from `cl34_sub`.
                                let subs: Vec<Option<u16>> = decisive
                                    .iter()
                                    .map(|r| {
                                        CL34_SUBS
                                            .iter()
                                            .find(|(g, _)| *g == r.reason)
                                            .unwrap_or_else(|| {
                                                panic!("{at}: {:?} not in CL34_SUBS", r.reason)
                                            })
                                            .1
                                    })
                                    .collect();
                                if subs.iter().all(|s| *s == subs[0] && s.is_some()) {
                                    Citation::sub(34, subs[0].unwrap())
                                } else if subs.iter().all(Option::is_some) {
                                    Citation::clause(34)
                                } else {
                                    Citation::annex(4, 5, None)
                                }
                            }
                            (_, Channel::EgovPortal) if incomplete => Citation::clause(6),
                            _ => Citation::annex(2, 5, None),
                        };
                        assert_eq!(pv.citation, cite, "{at}");
                    }
                }
            }
        }
    }

    /// Admission (00403002): the reasoned refusal of each ground where the
    /// text gives it (lawyer44). cl. 32 gives it for an incomplete set only —
    /// at the kindergarten «… құжаттар топтамасын толық ұсынбаған жағдайда …
    /// дәлелді жауап береді», on the portal «Толық болмаған жағдайда … өтінішті
    /// қарастырудан бас тарту жөнінде дәлелді жауап»; cl. 34 «Көрсетілетін
    /// қызметті беруші келесі себептермен баланы қабылдамайды» its own three
    /// (sub. 1 documents missing or out of date, sub. 2 a medical
    /// contraindication, sub. 3 other reasons in the confirming documents);
    /// any other ground of Annex 4 p. 9 (no consent, unreliable data), Annex 4
    /// p. 5's result «… немесе мемлекеттік қызмет көрсетуден бас тарту туралы
    /// дәлелді жауап». Before, the preview cited cl. 32 for every ground.
    #[test]
    fn annex4_5_cl32_cl34_the_admission_preview_cites_each_grounds_own_clause() {
        use ReasonCode as R;
        let p5 = Citation::annex(4, 5, None);
        let table = [
            (R::RefusalIncompleteServiceRefused, Citation::clause(32)),
            (R::RefusalIncompleteNotConsidered, Citation::clause(32)),
            (R::RefusalExpiredNotAdmitted, Citation::sub(34, 1)),
            (
                R::RefusalExpiredHealthCertificateReading,
                Citation::sub(34, 1),
            ),
            (
                R::RefusalHealthCertificateFirstDayReading,
                Citation::sub(34, 1),
            ),
            (
                R::RefusalReferralAtRiskIssueDayReading,
                Citation::sub(34, 1),
            ),
            (R::RefusalReferralAtRiskCl22Reading, Citation::sub(34, 1)),
            (R::RefusalReferralAcceptedLateReading, Citation::sub(34, 1)),
            (
                R::RefusalReferralAfterReceptionReading,
                Citation::sub(34, 1),
            ),
            (R::RefusalMedicalContraindication, Citation::sub(34, 2)),
            (R::RefusalRecheckUnconfirmedReading, Citation::sub(34, 3)),
            (R::RefusalExpiresBeforeCheckReading, Citation::sub(34, 3)),
            (R::RefusalNoConsent, p5),
            (R::RefusalUnreliableData, p5),
            (R::RefusalUnreliableDataReading, p5),
        ];
        for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
            for (reason, want) in table {
                let r = RefusalRisk::new(reason, vec![], vec![], vec![], Remedy::Fact);
                let pv = preview(Service::Admission, channel, &[&r]).expect("a preview");
                assert_eq!(pv.citation, want, "{channel:?} {reason:?}");
            }
        }
        // Beside the incomplete set, cl. 32; two of cl. 34's own, cl. 34;
        // cl. 34's beside another ground of Annex 4 p. 9, Annex 4 p. 5.
        let risk = |reason| RefusalRisk::new(reason, vec![], vec![], vec![], Remedy::Fact);
        let (incomplete, expired, medical, consent) = (
            risk(R::RefusalIncompleteServiceRefused),
            risk(R::RefusalExpiredNotAdmitted),
            risk(R::RefusalMedicalContraindication),
            risk(R::RefusalNoConsent),
        );
        let cite = |rs: &[&RefusalRisk]| {
            preview(Service::Admission, Channel::ProviderOffice, rs)
                .unwrap()
                .citation
        };
        assert_eq!(cite(&[&expired, &incomplete]), Citation::clause(32));
        assert_eq!(cite(&[&expired, &medical]), Citation::clause(34));
        assert_eq!(cite(&[&medical, &consent]), p5);
    }

    /// cl. 18 «Өтініш беру және кезекте болу үшін баланың жасы ағымдағы
    /// жылғы 1 қыркүйекте 6 жастан аспайды»: Kezek reads "not older than 6"
    /// as the sixth birthday on 1 September or later (age.rs); read as full
    /// years, a child whose seventh birthday comes after 1 September is
    /// within it. Between the two birthdays the refusal (Annex 2 p. 9 sub. 2)
    /// rests on Kezek's reading: its own reading risk, not cl. 16's flat
    /// «не соответствует требованию правил: в услуге откажут»; seven on 1
    /// September, the child is over the limit on either reading: the flat
    /// ground, said so. cl. 16's month stays flat beside the reading.
    #[test]
    fn cl18_age_cut_off_is_a_reading_risk() {
        let age_risk = |r: &RefusalAssessment| {
            r.risks
                .iter()
                .find(|x| {
                    x.detail.contains(&ReasonCode::AgeTooOld)
                        || x.detail
                            .iter()
                            .any(|d| d.code() == "age.over_on_every_reading")
                })
                .cloned()
                .unwrap_or_else(|| panic!("{:?}", r.risks))
        };
        // On Mon 02.03.2026: six on 31.08.2026, 03.03.2026 or 15.06.2026
        // (before the cut-off: over by Kezek's reading), not yet six today
        // (cl. 24 sub. 9 has not archived it: within the other reading).
        // Once six, the child is out on either reading
        // (cl24_9_a_child_turned_6_before_1_september_is_refused_or_archived_on_every_reading).
        let office = || office().as_of(date(2026, 3, 2).and_hms_opt(10, 0, 0).unwrap());
        for born in [date(2020, 8, 31), date(2020, 3, 3), date(2020, 6, 15)] {
            let r = assess_case(office().child_born(born));
            let risk = age_risk(&r);
            assert!(risk.reading, "{born}: {risk:?}");
            assert_eq!(risk.reason.code(), "refusal.age_cut_off_reading", "{born}");
            assert_eq!(risk.detail, vec![ReasonCode::AgeTooOld], "{born}");
            assert_eq!(risk.remedy, Remedy::Fact, "{born}");
            assert_eq!(
                risk.citations,
                vec![Citation::annex(2, 9, Some(2)), Citation::clause(18)]
            );
            assert!(
                !r.reasons.contains(&ReasonCode::RefusalRequirementsNotMet),
                "{born}: {:?}",
                r.reasons
            );
            let pv = r.preview.expect("a ground");
            assert!(pv.reading, "{born}");
            assert_eq!(pv.form, RefusalForm::ReasonedReply);
            // A SEN child without the conclusion: got, it settles the age on
            // either reading.
            let r = assess_case(office().child_born(born).special_needs(false));
            let risk = age_risk(&r);
            assert!(risk.reading);
            assert!(risk.detail.contains(&ReasonCode::AgeSenPmpcWouldExempt));
            assert_eq!(risk.remedy, Remedy::FixDocuments);
            // cl. 16's month beside it: its own flat ground.
            let r = assess_case(
                office()
                    .child_born(born)
                    .left_priority_referral(true, date(2026, 2, 16)),
            );
            assert!(age_risk(&r).reading);
            let cl16 = r
                .risks
                .iter()
                .find(|x| x.reason == ReasonCode::RefusalRequirementsNotMet)
                .expect("cl. 16's month");
            assert_eq!(cl16.detail, vec![ReasonCode::LimitCl16WaitOneMonth]);
            assert!(!cl16.reading);
            assert_eq!(cl16.remedy, Remedy::Fact);
        }
        // Seven on or before 1 September 2026: over on either reading.
        for born in [date(2019, 9, 1), date(2019, 5, 10)] {
            let r = assess_case(office().child_born(born));
            let risk = age_risk(&r);
            assert!(!risk.reading, "{born}: {risk:?}");
            assert_eq!(risk.reason, ReasonCode::RefusalRequirementsNotMet);
            assert!(!risk.detail.contains(&ReasonCode::AgeTooOld), "{born}");
            assert!(!r.preview.unwrap().reading);
        }
    }

    /// cl. 18 with cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін
    /// (…, ағымдағы жылдың 1 қыркүйегіне дейін 6 жасқа толмаған балалардан
    /// басқа) кезектен алып тастайды»: a child who has turned 6, and before 1
    /// September of the current year, is refused by Kezek's reading of cl.
    /// 18 and, on the other, taken out of the queue and archived (cl. 24
    /// sub. 9 does not say when) — out of the queue either way,
    /// said flatly (`refusal.age_turned_six`, not the reading risk that
    /// leaves the provider to decide). The walk of 05.12.2026 (born
    /// 05.02.2020) was told "may be refused … on the other reading the child
    /// is within the age limit", and step 8 prepared the application as if
    /// ready.
    #[test]
    fn cl24_9_a_child_turned_6_before_1_september_is_refused_or_archived_on_every_reading() {
        let on = |b: CaseBuilder, y, m, d| b.as_of(date(y, m, d).and_hms_opt(10, 0, 0).unwrap());
        for (born, y, m, d) in [
            (date(2020, 2, 5), 2026, 12, 5),
            (date(2020, 8, 31), 2026, 12, 5),
            (date(2019, 9, 2), 2026, 12, 5),
            (date(2020, 3, 1), 2026, 3, 2),
        ] {
            let r = assess_case(on(office().child_born(born), y, m, d));
            assert!(
                !r.reasons.contains(&ReasonCode::RefusalAgeCutOffReading),
                "{born}: {:?}",
                r.reasons
            );
            let risk = r
                .risks
                .iter()
                .find(|x| x.reason == ReasonCode::RefusalAgeTurnedSix)
                .unwrap_or_else(|| panic!("{born}: {:?}", r.risks));
            assert!(risk.flat(), "{born}");
            assert_eq!(risk.detail, vec![ReasonCode::AgeTurnedSixArchived]);
            assert_eq!(risk.remedy, Remedy::Fact);
            assert_eq!(
                risk.citations,
                vec![
                    Citation::annex(2, 9, Some(2)),
                    Citation::clause(18),
                    Citation::sub(24, 9)
                ]
            );
            let pv = r.preview.expect("a ground");
            assert!(!pv.reading, "{born}");
            assert_eq!(pv.form, RefusalForm::ReasonedReply);
            // A SEN child without the conclusion: got, it lifts both limits.
            let r = assess_case(on(office().child_born(born).special_needs(false), y, m, d));
            let risk = r
                .risks
                .iter()
                .find(|x| x.reason == ReasonCode::RefusalAgeTurnedSix)
                .unwrap_or_else(|| panic!("{born}: {:?}", r.risks));
            assert!(risk.detail.contains(&ReasonCode::AgeSenPmpcWouldExempt));
            assert_eq!(risk.remedy, Remedy::FixDocuments);
        }
        // Not yet 6 (January–August): Kezek's reading only, as before.
        let r = assess_case(on(office().child_born(date(2020, 3, 2)), 2026, 3, 1));
        assert!(r.reasons.contains(&ReasonCode::RefusalAgeCutOffReading));
        assert!(!r.reasons.contains(&ReasonCode::RefusalAgeTurnedSix));
    }

    #[test]
    fn cl15_fourth_registration_is_no_refusal_ground() {
        let r = assess_case(office().times_queued(3));
        assert!(r.risks.is_empty(), "{:?}", r.risks);
        assert_eq!(r.reasons, vec![ReasonCode::RefusalNone]);
    }
}
