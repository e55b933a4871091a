//! The document checklist («құжаттар тізбесі»): Annex 2 p. 8 for queue
//! registration (00403001) and Annex 4 p. 8 for admission (00403002), for the
//! chosen channel, with each item's status for the documents the parent holds.
//!
//! The lists, counted in the original:
//! - Annex 2 p. 8, at the provider or the State Corporation — 8 items:
//!   (1) the application (Annex 1 and 5); (2) the child's birth certificate or its
//!   digital document; (3) the applicant's identity document or its digital
//!   document; (4) workplace certificate of a serviceman / special-state-body
//!   employee (if any; valid one month); (5) teacher's workplace certificate (valid
//!   one month) and a scan of the diploma; (6) PMPC conclusion for SEN children (if
//!   any); (7) phthisiatrician's conclusion; (8) documents confirming the
//!   first-priority right. The provider takes identity, birth and first-priority
//!   data from state systems through the egov gateway (same item, next paragraph).
//! - Annex 2 p. 8, on the portal — 5 items: (1) the application signed with an
//!   EDS; (2) scan of the serviceman / special-body certificate (if any); (3) teacher's
//!   certificate and diploma scan; (4) scan of the PMPC conclusion (if any);
//!   (5) phthisiatrician's referral. Identity, birth and first-priority data come
//!   through the gateway.
//! - Annex 4 p. 8, at the preschool — 7 items: (1) referral (valid five working
//!   days); (2) application (Annex 5); (3) applicant's identity document or digital
//!   document; (4) birth certificate or digital document; (5) vaccination card 065/у;
//!   (6) health certificate 027/у; (7) PMPC conclusion (SEN children).
//! - Annex 4 p. 8, on the portal — 7 items, the same documents (5–7 as electronic
//!   copies / scans).
//! - Annex 4 p. 8, last paragraphs: under restriction measures or an emergency,
//!   items 4), 5), (6) of both lists may be brought to the preschool once the
//!   measures are lifted.
//!
//! Readings (issue 15; each is shown to the parent where it changes the answer):
//! - Item 7 of the office list (phthisiatrician's conclusion) and item 5 of the
//!   portal list (phthisiatrician's referral) carry no «(бар болған жағдайда)»,
//!   unlike items 4 and 6. A purposive guess would tie them to the sanatorium
//!   queues, but the text does not: Kezek lists them as required for every
//!   applicant ([`Condition::Always`]) and says why
//!   ([`ReasonCode::DocPhthisiatricianReading`]); without one, the set may be
//!   found incomplete (Annex 2 p. 9 sub. 4).
//! - Items marked «(бар болған жағдайда)» / «(бар болғанда)» — "if any": the
//!   serviceman's certificate (office 4, portal 2), the PMPC conclusion (office
//!   6, portal 4; Annex 4 portal 7) — do not make the set incomplete when the
//!   parent has none; what they prove (the priority right, the special queues)
//!   is then not confirmed ([`Status::Unconfirmed`],
//!   [`ReasonCode::DocPriorityUnconfirmed`]). Annex 4 office item 7 has no "if
//!   any" and stays required for a SEN child.
//! - The law-enforcement ground (cl. 20 p. 1) is not named in item 4; Kezek asks
//!   for the same workplace certificate by analogy with cl. 22 (the priority
//!   right is checked), with the same one-month validity, cites cl. 20 p. 1 and
//!   cl. 22, and says so ([`ReasonCode::DocLawEnforcementReading`]). Without it
//!   the priority is unconfirmed; it is not an incomplete set. Held out of
//!   date, it confirms nothing either, and Kezek does not count it a refusal
//!   ground (Annex 2 p. 9 sub. 4 read with the list it names); but whether
//!   sub. 4's «қолданылу мерзімі өтіп кеткен құжаттарды ұсынған» reaches a
//!   document the list does not name the text does not say, so the careful
//!   advice is a new one, or to apply without it — never to hand in the
//!   expired one ([`ReasonCode::DocPriorityProofLapsed`], citing sub. 4).
//! - Identification (office list items 2–3, «сәйкестендіру үшін»; cl. 5): the
//!   parent shows the identity document and the birth certificate, or their
//!   digital documents; the provider fetches the *data* through the gateway
//!   ([`Status::ShowForIdentification`]). At the preschool (Annex 4 items 3–4)
//!   it is the document, or the digital document the preschool takes with the
//!   holder's one-time-password consent ([`ReasonCode::DocDigitalDocumentOtp`]).
//!   On the portal nothing is uploaded for items 3–4: the provider takes the
//!   digital documents with the holder's consent (the paragraph after Annex
//!   4's lists: one-time password or a reply to the portal's text message),
//!   given when the provider asks — not the Annex 5 personal-data consent of
//!   the application, so they are [`Status::Automatic`] whether or not that
//!   consent is given, said with [`ReasonCode::DocDigitalDocumentPortal`]
//!   (not [`ReasonCode::DocAutomatic`]'s "from state databases", which Annex
//!   4 does not say).
//! - Office item 8 (first-priority documents) is listed *and* fetched through
//!   the gateway: not attached to the application while the status is in
//!   state databases, otherwise the document
//!   ([`ReasonCode::DocBringIfNotInDatabases`], in place of
//!   [`ReasonCode::DocAutomatic`]'s "nothing to bring"); its original is
//!   still among those cl. 22 has shown for checking (the item cites cl. 22),
//!   as the originals' line says.
//! - cl. 22: after a referral the provider checks the priority right a second
//!   time. The admission checklist therefore adds, after the Annex 4 items and
//!   numbered `0` (they are not Annex 4 items), the proof of every priority
//!   ground, valid on the day of that check ([`Condition::PriorityRecheck`]).
//!   Without it the priority is unconfirmed
//!   ([`ReasonCode::DocRecheckUnconfirmed`]); the Annex 4 list is still
//!   complete, but cl. 34 sub. 3 («растайтын құжаттарды ұсынуда өзге де
//!   себептердің болуына байланысты») may be a ground for the kindergarten to
//!   refuse — Kezek's reading, a refusal risk (see [`crate::refusal`]).
//!   Their form is the original, the teacher's diploma's too («тексерілетін
//!   құжаттардың түпнұсқаларын»): Annex 4's portal list names no copy of them
//!   to upload (its items 5–7 are the only copies).
//! - cl. 16 at admission (law27): after a priority referral to a state
//!   preschool was left for another preschool
//!   ([`crate::category::cl16_applies`]), the referral held came from the
//!   general queue — Kezek's reading, said by the category's headline
//!   ([`ReasonCode::CategoryReferralFromGeneralQueueCl16`]). There is no
//!   priority right for cl. 22 to check again: no recheck items, no
//!   second-check note on the PMPC conclusion (still Annex 4 item 7), no
//!   refusal risk of an unconfirmed recheck; the list cites cl. 16.
//! - The recheck proof's day (audit26, finding 4): cl. 22 checks it when the
//!   originals are shown, within 5 working days of the referral, not on the
//!   contract day. While no day of the documents' confirmation is given, it
//!   is judged on the check's days still to come — from today, or the
//!   referral's day if later (lapsing before their last day:
//!   [`ReasonCode::DocExpiresBeforeCl22Check`]); with the referral's day not
//!   given, on the contract day, the later day, the safe side. Held but
//!   lapsed, it is said lapsed ([`ReasonCode::DocRecheckLapsed`]), not "You
//!   do not have it"; valid on a day since the referral, the check may have
//!   confirmed it then — Kezek does not know, so the right stays unconfirmed
//!   and the parent is told both ways, as a reading
//!   ([`ReasonCode::DocRecheckLapsedSinceReferral`]). At queue registration
//!   the law-enforcement certificate asked by analogy, held but lapsed, is
//!   said so too ([`ReasonCode::DocPriorityProofLapsed`]).
//! - cl. 34 p. 1 names the child's health passport («баланың денсаулық
//!   паспорты») among «келісім шарт жасау үшін талап етілетін құжаттар»,
//!   without which the kindergarten does not admit the child; Annex 4 does
//!   not list it. Kezek does not add it to the set Annex 4 p. 8 makes
//!   complete, but lists it at admission on both channels as an item of its
//!   own, numbered `0` (not an item of the annex), brought in the original
//!   to the kindergarten for the contract ([`Condition::Contract`], citing
//!   cl. 34 sub. 1, [`ReasonCode::DocHealthPassportCl34`]): not asked
//!   whether held, [`Status::BringToContract`]; said held, [`Status::Ok`].
//!   So the hand-off's list of what to bring, read from the items, names it
//!   (the walk of 05.12: it did not, while step 6 told the parent to bring it).
//! - Validity across the cl. 22 check (issue 15, item 16): the originals are
//!   checked up to 5 working days after sending (registration) or after the
//!   referral (admission's second check); a document valid on the day of use
//!   but not on that last day is marked [`Status::ExpiresSoon`] with
//!   [`ReasonCode::DocExpiresBeforeCl22Check`] and cites cl. 22. A last valid
//!   day on a day off is kept (see [`crate::documents`]) and the parent is told
//!   it is a reading ([`ReasonCode::DocLastDayNonWorkingReading`]).
//! - The referral (a lawyer's third reading; see [`crate::documents`]): its
//!   `last_valid_day` is Annex 4 p. 8 sub. 1's five working days from issue
//!   (or from the vacated place, cl. 3 p. 7, with the cl. 30 extension); the
//!   later day cl. 22 would give, counted from the documents' confirmation,
//!   is `reading_last_day`, said with [`ReasonCode::DocReferralFromConfirmation`].
//!   A day of use between the two is [`Status::ExpiresSoon`] with
//!   [`ReasonCode::DocReferralAtRiskCl22Reading`] first: at risk, neither
//!   "expired" nor a flat refusal, since the text does not say which day
//!   applies — the refusal says it as a reading risk
//!   (`refusal.referral_at_risk_cl22_reading`, "may be refused"). So is a
//!   contract day after the referral's safe day within Kezek's count
//!   ([`ReasonCode::DocReferralAtRiskIssueDayReading`] first,
//!   `refusal.referral_at_risk_issue_day_reading`).
//! - The health certificate (cl. 34 sub. 1; see [`crate::documents`]): its
//!   `last_valid_day` is Kezek's count, the three days back from the day
//!   before the contract (the day of issue + 3); its `safe_last_day` the
//!   count with the contract day as one of the three (the day of issue + 2).
//!   A contract day between the two is [`Status::ExpiresSoon`] with
//!   [`ReasonCode::DocHealthCertificateFirstDayReading`] first — at risk,
//!   neither "valid" nor "expired", not on the `expired` list; the refusal
//!   says it as a reading risk (`refusal.health_certificate_first_day_reading`,
//!   "may be refused"), never the flat `refusal.expired_not_admitted`; with no contract
//!   day given, that reason is said beside the status while the certificate
//!   is valid by Kezek's count.
//! - "Expires soon" is Kezek's own warning window ([`EXPIRES_SOON_DAYS`] days),
//!   not a rule of law.
//!
//! Files: the lists themselves, item by item, are data in `checklist/annex2.rs`
//! and `checklist/annex4.rs`; this file holds the model and evaluates them
//! ([`build`]); the tests are in `checklist/tests.rs`.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::case::{Case, Role};
use crate::citation::Citation;
use crate::documents::{DocumentKind, Validity};
use crate::reason::ReasonCode;
use crate::schedule::ServiceTiming;
use crate::service::{Channel, Service};

// The lists themselves, one file per annex (data); this file evaluates them.
mod annex2;
mod annex4;

/// Kezek's warning window: a document whose last valid day is within this many
/// days of the day it is used is marked [`Status::ExpiresSoon`].
pub const EXPIRES_SOON_DAYS: i64 = 7;

/// When an item is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    /// Always.
    Always,
    /// An out-of-turn ground (serviceman, special state body, law enforcement).
    OutOfTurnGround,
    /// The teacher ground.
    Teacher,
    /// A SEN child.
    SpecialEducationalNeeds,
    /// A first-priority ground proved through the gateway.
    SocialPriorityGround,
    /// cl. 22: a priority ground's proof, checked again after the referral.
    PriorityRecheck,
    /// cl. 34 sub. 1: a document the contract asks that the annex's list
    /// does not name (admission): the child's health passport.
    Contract,
}

impl Condition {
    /// The item proves a right to a place out of turn or in the first turn,
    /// whose original cl. 22 checks with the applicant's and the child's
    /// identity («мектепке дейінгі ұйымға орын алудың кезектен тыс немесе
    /// бірінші кезекті орын алуға құқығын растайтын ақпаратты»). A SEN
    /// child's PMPC conclusion is one: cl. 20 sub. 2 names «ерекше білім
    /// беруді қажет ететін балалардың» among the first-priority grounds.
    pub fn proves_priority_right(self) -> bool {
        matches!(
            self,
            Condition::OutOfTurnGround
                | Condition::Teacher
                | Condition::SpecialEducationalNeeds
                | Condition::SocialPriorityGround
        )
    }
}

/// Where the document comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The parent brings or uploads it.
    Parent,
    /// The provider obtains the data through the egov gateway.
    EgovGateway,
    /// The parent shows it for identification (paper or eGov digital document);
    /// the provider checks the data through the gateway.
    ShowAndGateway,
    /// The parent shows it, or the provider takes it from the digital documents
    /// service with the parent's consent (one-time password / SMS).
    DigitalDocuments,
    /// Kezek prepares it.
    Kezek,
}

/// In what form it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Form {
    /// A paper original (sealed and signed where the text says so).
    Original,
    /// A scanned / electronic copy.
    Scan,
    /// An electronic document signed with an EDS (or one-time password).
    SignedElectronic,
    /// The original or its digital document.
    OriginalOrDigital,
}

/// The status of one item for this case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Held and valid.
    Ok,
    /// Valid, but the last valid day is near.
    ExpiresSoon,
    /// Required and not held.
    Missing,
    /// Held, valid for a limited time, its day of issue not given: neither
    /// missing nor out of date — not judged until the date is given
    /// ([`ReasonCode::DocAwaitsIssueDate`]); not a refusal ground.
    AwaitsIssueDate,
    /// Held but no longer valid on the day of use.
    Expired,
    /// Obtained by the provider; nothing to bring.
    Automatic,
    /// Shown for identification (paper or digital document); not handed over.
    ShowForIdentification,
    /// An "if any" item the parent does not hold: the set is complete without
    /// it, but the right it proves is not confirmed.
    Unconfirmed,
    /// Prepared by Kezek.
    Prepared,
    /// May be brought later under emergency measures.
    Later,
    /// Not an item of the annex's list, but a document cl. 34 sub. 1 names
    /// for the contract (condition `contract`): brought to the
    /// kindergarten; Kezek does not ask whether it is held, so it is not
    /// judged — neither missing nor in the set the list makes complete.
    BringToContract,
    /// Not needed for this case.
    NotNeeded,
}

impl Status {
    /// Whether the item, in this status, stands in the way of a complete set.
    pub const fn blocks(self) -> bool {
        matches!(self, Status::Missing | Status::Expired)
    }
    fn reason(self) -> ReasonCode {
        match self {
            Status::Ok => ReasonCode::DocOk,
            Status::ExpiresSoon => ReasonCode::DocExpiresSoon,
            Status::Missing => ReasonCode::DocMissing,
            Status::AwaitsIssueDate => ReasonCode::DocAwaitsIssueDate,
            Status::Expired => ReasonCode::DocExpired,
            Status::Automatic => ReasonCode::DocAutomatic,
            Status::ShowForIdentification => ReasonCode::DocShowForIdentification,
            Status::Unconfirmed => ReasonCode::DocPriorityUnconfirmed,
            Status::Prepared => ReasonCode::DocPrepared,
            Status::Later => ReasonCode::DocLaterEmergency,
            // The one document of this status, the health passport.
            Status::BringToContract => ReasonCode::DocHealthPassportCl34,
            Status::NotNeeded => ReasonCode::DocNotNeeded,
        }
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChecklistItem {
    /// The item's number in the list of the annex; `0` for a document that
    /// is not an item of the annex's list (a cl. 22 recheck document, cl. 34
    /// sub. 1's health passport).
    pub item: u8,
    /// The document.
    pub document: DocumentKind,
    /// The text key of the item's name in the form it is given
    /// ([`name_key`]): the document's key (`doc-<document>`), but
    /// `doc-teacher-diploma-original` for the diploma cl. 22's second check
    /// asks in the original at admission (Annex 2 p. 8 names its scan).
    pub name_key: String,
    /// When it is needed.
    pub condition: Condition,
    /// Whether the condition holds for this case.
    pub applies: bool,
    /// Where it comes from.
    pub source: Source,
    /// Original, scan, …
    pub form: Form,
    /// The validity rule.
    pub validity: Validity,
    /// Issue date of the held document.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub issued_on: Option<NaiveDate>,
    /// The last day it is valid (inclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub last_valid_day: Option<NaiveDate>,
    /// A later last day under a reading, said beside `last_valid_day` and
    /// never relied on: for the referral, Kezek's reading of cl. 22 — the five
    /// working days counted from the documents' confirmation
    /// (`admission.documents_confirmed_on`), with the extension — where that is
    /// later than Annex 4 p. 8 sub. 1's
    /// [day](crate::documents::referral_cl22_last_day). Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub reading_last_day: Option<NaiveDate>,
    /// The referral's day to act by: the earliest of the readings of Annex 4
    /// p. 8 sub. 1 — the day of issue counted as the first of the five working
    /// days, then [moved back](crate::documents::referral_safe_last_day) to
    /// the last working day on or before it. Never later than
    /// `last_valid_day` (Kezek's count); where earlier, the reasons say why
    /// ([`ReasonCode::DocIssueDayReading`] or, extended under cl. 30,
    /// [`ReasonCode::DocIssueDayReadingExtended`],
    /// [`ReasonCode::DocLastDayNonWorkingReading`]). For the health
    /// certificate, the last contract day it serves if the contract day
    /// itself is one of cl. 34 sub. 1's three days ([the day of issue +
    /// 2](crate::documents::Validity::contract_day_counted_last_day)), a day before
    /// `last_valid_day`; a contract after it is at risk
    /// ([`ReasonCode::DocHealthCertificateFirstDayReading`]). For Annex 2
    /// p. 8's one-month certificates at queue registration, the last day
    /// with the day of issue counted ([a day before
    /// `last_valid_day`](crate::documents::Validity::issue_day_counted_last_day));
    /// a day of acceptance after it is at risk
    /// ([`ReasonCode::DocIssueDayReadingAtRisk`]). Absent for other
    /// documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub safe_last_day: Option<NaiveDate>,
    /// A document other than the referral whose `last_valid_day` falls on a
    /// day off — or, at queue registration, a one-month certificate whose
    /// `safe_last_day` does (an application made that day is accepted on
    /// the next working day, after it), or the health certificate whose
    /// `safe_last_day` does (the kindergarten signs Monday to Friday, Annex 4
    /// p. 7 sub. 1) — the last working day before it, the day to rely on. Order
    /// 254 does not say what happens then; Kezek counts the document valid
    /// through the day off, and the Civil Code's move to the next working
    /// day is arguable, so the careful reading uses it by this day. Given
    /// exactly where [`ReasonCode::DocLastDayNonWorkingReading`] is (while
    /// the other reading could still change the answer), and absent
    /// otherwise — the referral's day is its `safe_last_day`, moved back
    /// off a day off already.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub last_working_day: Option<NaiveDate>,
    /// The referral's cl. 30 window, while it is open: «жолдама берілген
    /// сәттен бастап бір тәуліктен кешіктірмей» — one day (24 hours) from the
    /// moment of issue, so it ends on the day after the issue day, at the
    /// hour the referral was issued (not known to Kezek). Kezek reads it as
    /// bounding the extension too ([`ReasonCode::DocReferralMayExtend`]).
    /// A day off stays the day: the order does not say that such a window
    /// moves to the next working day, and Kezek's reading, said beside it,
    /// counts the 24 hours through days off
    /// ([`ReasonCode::DocReferralExtensionWindowDayOff`]); begun on a day
    /// off, it ends on this working day at the hour of issue, which may be
    /// before any office opens ([`ReasonCode::DocReferralExtensionWindowFromDayOff`]).
    /// The same one day bounds the cancellation outright
    /// ([`ReasonCode::DocReferralMayCancel`]).
    /// cl. 23 sub. 1 gives the applicant the extension; the order does not
    /// say where it is asked for (the text points to the personal cabinet
    /// in the queue management system, cl. 23 sub. 4, as advice). Absent
    /// once the window has passed, once extended, and for other documents.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub extension_window_ends_on: Option<NaiveDate>,
    /// The day the referral's cl. 30 window ended, once it has passed (the
    /// day after the issue day, as `extension_window_ends_on` while it was
    /// open), beside [`ReasonCode::DocReferralExtensionWindowPassed`], whose
    /// text says it (`$date`). Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub extension_window_ended_on: Option<NaiveDate>,
    /// Until when an application sent on the portal today is still accepted
    /// today (Annex 4 p. 7 sub. 2, Annex 2 p. 7 sub. 3: the portal after
    /// working time; Kezek's reading of working time: the end of the
    /// kindergarten's working day, Annex 4 p. 7 sub. 1, or the education
    /// department's, Annex 2 p. 7 sub. 1), beside [`ReasonCode::DocReferralPortalAcceptsToday`] on
    /// the referral at the kindergarten's desk, or
    /// [`ReasonCode::DocPortalAcceptsToday`] on a one-month certificate at
    /// risk at the education department's desk on its safe day, whose texts
    /// say its time (`$time`, `HH:MM`). Absent otherwise.
    #[serde(
        skip_serializing_if = "Option::is_none",
        default,
        with = "crate::dates::local_datetime::option"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::LocalDateTime>")
    )]
    pub portal_accepts_until: Option<NaiveDateTime>,
    /// May be brought later under emergency measures (Annex 4 p. 8).
    pub deferrable_in_emergency: bool,
    /// Status for this case.
    pub status: Status,
    /// Reason codes (status first, then notes).
    pub reasons: Vec<ReasonCode>,
    /// Why it is needed.
    pub citations: Vec<Citation>,
}

/// Documents the portal obtains by itself (not items of the portal list).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AutomaticDocument {
    /// The document.
    pub document: DocumentKind,
    /// Where the rule is.
    pub citation: Citation,
}

/// The checklist for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Checklist {
    /// The service.
    pub service: Service,
    /// The channel.
    pub channel: Channel,
    /// The day the documents are used (submission, or the contract for admission).
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub use_on: NaiveDate,
    /// The lines, in the annex's order.
    pub items: Vec<ChecklistItem>,
    /// What the provider takes from state systems on this channel.
    pub automatic: Vec<AutomaticDocument>,
    /// Every applicable item is ok, prepared, automatic or deferred (none
    /// missing, out of date, or awaiting its day of issue).
    pub complete: bool,
    /// Missing documents.
    pub missing: Vec<DocumentKind>,
    /// Expired documents.
    pub expired: Vec<DocumentKind>,
    /// Documents whose priority right is not confirmed (an "if any" item not
    /// held, or a cl. 22 recheck document missing or stale); not a refusal ground.
    pub unconfirmed: Vec<DocumentKind>,
    /// Documents held whose validity is limited and whose day of issue is
    /// not given (status `awaits_issue_date`): not judged yet, not a
    /// refusal ground; the set is not said complete until they are.
    pub awaiting_issue_date: Vec<DocumentKind>,
    /// The list's citation.
    pub citations: Vec<Citation>,
}

impl ChecklistItem {
    /// Valid today, out of date on the later day an application made now is
    /// accepted (Annex 2 p. 7 sub. 3, a reading): its first reason is
    /// [`ReasonCode::DocLapsesBeforeAcceptance`] or, for the law-enforcement
    /// certificate asked by analogy,
    /// [`ReasonCode::DocPriorityProofLapsesBeforeAcceptance`].
    pub fn lapses_before_acceptance(&self) -> bool {
        matches!(
            self.reasons.first(),
            Some(
                ReasonCode::DocLapsesBeforeAcceptance
                    | ReasonCode::DocPriorityProofLapsesBeforeAcceptance
            )
        )
    }

    /// A one-month certificate (Annex 2 p. 8) past its safe day (the day of
    /// issue counted) on the day an application made now is accepted, within
    /// Kezek's count: its first reason is
    /// [`ReasonCode::DocIssueDayReadingAtRisk`].
    pub fn at_risk_by_issue_day(&self) -> bool {
        self.reasons.first() == Some(&ReasonCode::DocIssueDayReadingAtRisk)
    }

    /// At admission, a one-month certificate of cl. 22's second check past
    /// its safe day (the day of issue counted) on the check's days still to
    /// come, within Kezek's count: its first reason is
    /// [`ReasonCode::DocRecheckIssueDayReadingAtRisk`].
    pub fn at_risk_at_check_by_issue_day(&self) -> bool {
        self.reasons.first() == Some(&ReasonCode::DocRecheckIssueDayReadingAtRisk)
    }
}

impl Checklist {
    /// The item of the document `kind`, where the checklist lists it.
    pub fn item(&self, kind: DocumentKind) -> Option<&ChecklistItem> {
        self.items.iter().find(|i| i.document == kind)
    }

    /// The items whose originals cl. 22 checks as the proof of a priority
    /// right («кезектен тыс немесе бірінші кезекті орын алуға құқығын
    /// растайтын ақпаратты»), beside the identity documents: at queue
    /// registration every applicable proof of a priority right
    /// ([`Condition::proves_priority_right`]); at admission the items the
    /// second check after the referral asks ([`ReasonCode::DocRecheckCl22`]:
    /// the recheck items and a SEN child's PMPC conclusion) — none after
    /// cl. 16's referral from the general queue. The first-priority proof
    /// the portal takes through the gateway is in
    /// [`Checklist::automatic`], not here.
    pub fn cl22_priority_items(&self) -> impl Iterator<Item = &ChecklistItem> {
        let admission = self.service == Service::Admission;
        self.items.iter().filter(move |i| {
            i.applies
                && if admission {
                    i.reasons.contains(&ReasonCode::DocRecheckCl22)
                } else {
                    i.condition.proves_priority_right()
                }
        })
    }

    /// Where the gateway group's lines ([`Checklist::automatic`]) are: each
    /// document's own item (Annex 2 p. 8), each once, then cl. 22 for their
    /// originals. Empty when there is no group.
    ///
    /// cl. 22: «Өтініш берушінің, баланың жеке басын куәландыратын, заңды
    /// өкілдің, бала мен өтініш берушінің арасындағы құқықтарының болуын
    /// растайтын барлық ақпаратты, мектепке дейінгі ұйымға орын алудың
    /// кезектен тыс немесе бірінші кезекті орын алуға құқығын растайтын
    /// ақпаратты көрсетілетін қызметті беруші … кезекке қоюға жаңа өтініш
    /// тіркелген сәтте және … жолдама алғаннан кейін екі рет тексереді және
    /// растайды. Бұл жағдайда өтініш беруші көрсетілетін қызметті берушіге
    /// тексеру үшін тексерілетін құжаттардың түпнұсқаларын тіркеуге өтініш
    /// жіберген … сәттен бастап 5 жұмыс күнінен кешіктірмей ұсынуы тиіс.» The
    /// portal takes these documents' data through the gateway for the
    /// application (Annex 2 p. 8), but cl. 22 checks that very information
    /// and has its originals shown: the group rests on both.
    pub fn automatic_citations(&self) -> Vec<Citation> {
        let mut v: Vec<Citation> = Vec::new();
        let originals = (!self.automatic.is_empty()).then_some(Citation::clause(22));
        for c in self.automatic.iter().map(|a| a.citation).chain(originals) {
            if !v.contains(&c) {
                v.push(c);
            }
        }
        v
    }
}

struct Spec {
    item: u8,
    document: DocumentKind,
    condition: Condition,
    source: Source,
    form: Form,
    /// The item says «(бар болған жағдайда)» / «(бар болғанда)»: "if any".
    if_any: bool,
}

const fn spec(
    item: u8,
    document: DocumentKind,
    condition: Condition,
    source: Source,
    form: Form,
) -> Spec {
    Spec {
        item,
        document,
        condition,
        source,
        form,
        if_any: false,
    }
}

/// An item marked "if any" in the text.
const fn if_any(s: Spec) -> Spec {
    Spec { if_any: true, ..s }
}

use Condition as C;
use DocumentKind as D;
use Form as F;
use Source as S;

fn list(service: Service, channel: Channel) -> &'static [Spec] {
    match (service, channel) {
        (Service::QueueRegistration, Channel::EgovPortal) => annex2::ANNEX2_PORTAL,
        (Service::QueueRegistration, _) => annex2::ANNEX2_OFFICE,
        (Service::Admission, Channel::EgovPortal) => annex4::ANNEX4_PORTAL,
        (Service::Admission, _) => annex4::ANNEX4_OFFICE,
    }
}

/// The text key of the name of `document` given in `form`: the document's
/// own key ([`DocumentKind::key`]), which names it as its list does, but
/// for the teacher's diploma in the original — cl. 22's second check at
/// admission, «тексерілетін құжаттардың түпнұсқаларын» — not Annex 2 p. 8's
/// «дипломның сканерленген көшірмесі»: `doc-teacher-diploma-original`.
pub fn name_key(document: DocumentKind, form: Form) -> String {
    match (document, form) {
        (DocumentKind::TeacherDiploma, Form::Original) => "doc-teacher-diploma-original".to_owned(),
        _ => document.key(),
    }
}

/// Every text key [`name_key`] gives.
pub fn name_keys() -> Vec<String> {
    let forms = [
        Form::Original,
        Form::Scan,
        Form::SignedElectronic,
        Form::OriginalOrDigital,
    ];
    let mut keys: Vec<String> = Vec::new();
    for d in DocumentKind::ALL {
        for f in forms {
            let k = name_key(*d, f);
            if !keys.contains(&k) {
                keys.push(k);
            }
        }
    }
    keys
}

/// Where the list for a service and channel names `document` (Annex 2/4 p. 8,
/// its item: the portal's list is numbered on its own).
pub fn citation_of(service: Service, channel: Channel, document: DocumentKind) -> Option<Citation> {
    let annex = match service {
        Service::QueueRegistration => 2,
        Service::Admission => 4,
    };
    list(service, channel)
        .iter()
        .find(|s| s.document == document)
        .map(|s| Citation::annex(annex, 8, Some(u16::from(s.item))))
}

/// The number of items of the list for a service and channel (Annex 2/4 p. 8).
pub fn item_count(service: Service, channel: Channel) -> usize {
    let mut items: Vec<u8> = list(service, channel).iter().map(|s| s.item).collect();
    items.dedup();
    items.len()
}

fn condition_holds(c: Condition, case: &Case) -> bool {
    let f = &case.family;
    match c {
        Condition::Always => true,
        Condition::OutOfTurnGround => f.serviceman || f.special_state_body || f.law_enforcement,
        Condition::Teacher => f.teacher,
        Condition::SpecialEducationalNeeds => case.child.special_educational_needs,
        Condition::SocialPriorityGround => {
            f.representatives_disabled
                || f.without_parental_care
                || f.orphan
                || f.large_family
                || f.disabled_child_in_family
        }
        Condition::PriorityRecheck => {
            condition_holds(Condition::OutOfTurnGround, case)
                || f.teacher
                || condition_holds(Condition::SocialPriorityGround, case)
        }
        Condition::Contract => case.service == Service::Admission,
    }
}

/// The day documents are used: the contract date for admission (cl. 34 p. 1),
/// otherwise the submission day (`as_of`).
pub fn use_day(case: &Case) -> NaiveDate {
    match (case.service, &case.admission) {
        (Service::Admission, Some(a)) => a.contract_date.unwrap_or(case.as_of.date()),
        _ => case.as_of.date(),
    }
}

/// cl. 22: the proof of each priority ground re-presented after the referral
/// (admission), in cl. 20 order; the SEN conclusion is already Annex 4 item 7.
fn recheck_specs(case: &Case) -> Vec<Spec> {
    let f = &case.family;
    let mut v = Vec::new();
    if f.serviceman || f.special_state_body || f.law_enforcement {
        v.push(spec(
            0,
            D::ServiceWorkplaceCertificate,
            C::PriorityRecheck,
            S::Parent,
            F::Original,
        ));
    }
    if f.teacher {
        v.push(spec(
            0,
            D::TeacherWorkplaceCertificate,
            C::PriorityRecheck,
            S::Parent,
            F::Original,
        ));
        // cl. 22 «тексерілетін құжаттардың түпнұсқаларын»: the diploma's
        // original, not Annex 2's scan — Annex 4's portal list names no
        // copy of it to upload (audit26, finding 3).
        v.push(spec(
            0,
            D::TeacherDiploma,
            C::PriorityRecheck,
            S::Parent,
            F::Original,
        ));
    }
    if condition_holds(Condition::SocialPriorityGround, case) {
        v.push(spec(
            0,
            D::FirstPriorityProof,
            C::PriorityRecheck,
            S::EgovGateway,
            F::OriginalOrDigital,
        ));
    }
    v
}

/// Builds the checklist for `case` with the working-day calendar `cal`.
pub fn build(case: &Case, cal: &Calendar) -> Checklist {
    build_with(
        case,
        cal,
        &crate::schedule::service_timing(case.service, case.channel, case.as_of, cal),
    )
}

/// [`build`] with the service's timing for the case's own channel
/// (`schedule::service_timing(case.service, case.channel, case.as_of, cal)`),
/// which the evaluation computes once for the checklist and the schedule
/// (issue 19).
pub(crate) fn build_with(case: &Case, cal: &Calendar, timing: &ServiceTiming) -> Checklist {
    let annex: u8 = match case.service {
        Service::QueueRegistration => 2,
        Service::Admission => 4,
    };
    let use_on = use_day(case);
    let admission = case.service == Service::Admission;
    // The health certificate is judged on the contract day (cl. 34 p. 1):
    // with that day given, valid then is valid, even on its last day.
    let contract_given = admission
        && case
            .admission
            .as_ref()
            .is_some_and(|a| a.contract_date.is_some());
    let emergency = case
        .admission
        .as_ref()
        .is_some_and(|a| a.emergency_measures)
        && admission;
    let law_enforcement_only =
        case.family.law_enforcement && !(case.family.serviceman || case.family.special_state_body);
    // The day the parent says cl. 22's second check confirmed the documents.
    let confirmed_on = case
        .admission
        .as_ref()
        .and_then(|a| a.documents_confirmed_on)
        .filter(|_| admission);
    // cl. 16 at admission: the referral came from the general queue
    // (`category.referral_from_general_queue_cl16`), so cl. 22's second
    // check has no priority right to check again — no recheck item, no
    // second-check note on the PMPC conclusion; the list reads cl. 16.
    let general_referral_cl16 = admission && crate::category::cl16_applies(case);
    // Whether a ground's proof is cl. 22's second check is the ground's
    // answer (`Ground::proof_check`'s `recheck_item`), the same the app's
    // hints take.
    let rechecked = crate::category::Ground::ALL
        .iter()
        .any(|g| g.applies(case) && g.proof_is_recheck_item(case.service, general_referral_cl16));
    let recheck = if rechecked {
        recheck_specs(case)
    } else {
        Vec::new()
    };
    // cl. 22: the day by which the originals are checked — 5 working days
    // from sending (registration) or from the referral (admission's second
    // check); a document must still be valid then (issue 15, item 16).
    let cl22_check_by = if admission {
        case.held(D::Referral)
            .and_then(|r| r.issued_on)
            .map(|d| crate::schedule::admission_originals_by(d, cal))
    } else {
        timing.originals_by
    };
    // The later day an application made now is accepted (Annex 2/4 p. 7),
    // when it is not today: after working time or while closed, the next
    // opening (the portal's next working day, Annex 2/4 p. 7 sub. 3/2). A
    // document valid today but not on that day: at admission the referral
    // (`accepted_late` below); at queue registration any other, at risk on
    // the portal (`doc.lapses_before_acceptance`), expired at a closed desk
    // (`doc.lapses_before_opening`).
    let accepted_later = timing
        .available
        .then(|| timing.accepted_at.date())
        .filter(|a| *a > case.as_of.date());
    // Admission on the portal, accepted today by Kezek's reading of working
    // time (R7, to the kindergarten's 18:00) but sent after the hours for
    // receiving applications (Annex 4 p. 7 sub. 1, to 17:30): read as those
    // hours, working time is over and the application is accepted on the
    // next working day (sub. 2). That day, where it is after the referral's
    // safe last day, puts the referral at risk as a reading
    // (`doc.referral_after_reception_reading`, late42) — `accepted_at`
    // keeps R7's day for everything else.
    // Queue registration on the portal likewise (lawyer43): accepted today
    // to the education department's 18:30 (R7), after its reception's 17:30
    // (Annex 2 p. 7 sub. 1) the next working day under the other reading
    // (sub. 3) — a one-month certificate's safe day then at risk
    // (`doc.issue_day_after_reception_reading`).
    // One definition with the refusal's (`schedule`).
    let reception_next_day =
        crate::schedule::accepted_on_if_working_time_ends_with_reception(timing, cal);
    // At the kindergarten's desk (Annex 4 p. 7 sub. 1, applications received
    // to 17:30), whether the portal would still accept an application made
    // now today: its working time (Annex 4 p. 7 sub. 2, Annex 2 p. 7 sub.
    // 3) runs to the end of the kindergarten's working day, 18:00 (Annex 4
    // p. 7 sub. 1, Kezek's reading); at the education department's, to the
    // end of its working day, 18:30 (Annex 2 p. 7 sub. 1). Asked only for an item that needs it (a referral accepted
    // late, a one-month certificate at risk), not on every evaluation.
    let portal_accepts_until = || {
        (case.channel == Channel::ProviderOffice)
            .then(|| {
                crate::schedule::service_timing(case.service, Channel::EgovPortal, case.as_of, cal)
                    .accepted_today_until()
            })
            .flatten()
    };
    // cl. 22: the second check is made when the originals are shown, within
    // 5 working days of receiving the referral — not on the contract day. A
    // recheck proof is judged on the days of that check still to come: from
    // today (or the referral's day, if later), the check not being confirmed
    // (`documents_confirmed_on`); whether a document lapsing within them
    // lasts to their last day is `DocExpiresBeforeCl22Check` below. With the
    // referral's day not given the check's days are not known: judged on
    // the day of use (the contract day), the later day, safe for the parent.
    let referral_issued = admission
        .then(|| case.held(D::Referral).and_then(|r| r.issued_on))
        .flatten();
    let recheck_day = referral_issued.map_or(use_on, |r| r.max(case.as_of.date()));
    let listed = list(case.service, case.channel);
    let identity_listed = listed.iter().any(|x| x.document == D::ApplicantIdentity);
    let mut items = Vec::with_capacity(listed.len() + recheck.len());
    let specs = listed.iter().chain(recheck.iter());
    for s in specs {
        let applies = condition_holds(s.condition, case);
        let is_recheck = s.condition == Condition::PriorityRecheck;
        // The workplace certificate asked for the law-enforcement ground by
        // analogy (not an item of the list; see the module's readings).
        let by_analogy =
            s.document == DocumentKind::ServiceWorkplaceCertificate && law_enforcement_only;
        let validity = s.document.validity_on(case.channel);
        let held = case.held(s.document);
        let holds =
            held.is_some() || (s.document == D::PmpcConclusion && case.holds_pmpc_conclusion());
        let issued_on = held.and_then(|h| h.issued_on);
        let last_valid_day = issued_on.and_then(|d| {
            if s.document == D::Referral {
                Some(crate::documents::referral_last_day(
                    d,
                    case.admission.as_ref(),
                    cal,
                ))
            } else {
                validity.last_valid_day(d, cal)
            }
        });
        // Annex 4 p. 8 sub. 1 against cl. 22 (see `documents`): the later
        // day counted from the documents' confirmation is a reading.
        let reading_last_day = issued_on
            .filter(|_| s.document == D::Referral)
            .and_then(|d| {
                crate::documents::referral_cl22_last_day(d, case.admission.as_ref(), cal)
            });
        // The referral's day to act by: the earliest reading (see
        // `documents::referral_safe_last_day`). The health certificate's:
        // the last contract day if the contract day is one of cl. 34 sub.
        // 1's three days (the day of issue + 2, a day before Kezek's count).
        let safe_last_day = issued_on.and_then(|d| {
            if s.document == D::Referral {
                Some(crate::documents::referral_safe_last_day(
                    d,
                    case.admission.as_ref(),
                    cal,
                ))
            } else {
                validity.contract_day_counted_last_day(d).or_else(|| {
                    // Annex 2 p. 8's one-month certificates: the day of
                    // issue counted, a day before Kezek's count
                    // (`doc.issue_day_reading`) — at queue registration and
                    // at admission's cl. 22 second check alike (lawyer42:
                    // the day to rely on, not Kezek's count alone).
                    validity.issue_day_counted_last_day(d, cal)
                })
            }
        });
        // Kezek's warning window is counted to the day to act by.
        let warn_day = safe_last_day.or(last_valid_day);
        // A day after the safe day but within Kezek's count: at risk on it
        // (the contract day, or the day an application is accepted).
        let between_counts = |day: NaiveDate| {
            safe_last_day
                .zip(last_valid_day)
                .is_some_and(|(safe, last)| safe < day && day <= last)
        };
        let deferrable = admission && !is_recheck && (4..=6).contains(&s.item);
        // The day the document is judged on: the contract day (cl. 34 sub.
        // 1) or the submission day, but a recheck proof on the second
        // check's days (`recheck_day`).
        let judge_on = if is_recheck { recheck_day } else { use_on };
        // Room for the status's reason and the notes beside it, and below for
        // the item's citations: pushed one by one, they would grow each list
        // from nothing on every item (issue 19).
        let mut reasons = Vec::with_capacity(4);
        let mut cl22_cited = false;
        let status = if !applies {
            Status::NotNeeded
        } else {
            match s.source {
                Source::Kezek => {
                    if case.consent {
                        Status::Prepared
                    } else {
                        reasons.push(ReasonCode::PayloadNeedsConsent);
                        Status::Missing
                    }
                }
                Source::EgovGateway => {
                    // Annex 2 p. 8: listed (office item 8) and fetched through
                    // the gateway — not attached (Kezek's reading), but cl. 22
                    // has its original shown for checking: the item says both,
                    // never `doc.automatic`'s "nothing to bring".
                    if s.document == D::FirstPriorityProof {
                        reasons.push(ReasonCode::DocBringIfNotInDatabases);
                        cl22_cited = true;
                        // The order gives no example of a status not in the
                        // databases: Kezek's one (guardianship established
                        // abroad) is said, as an example only, where it fits
                        // the ground — a child left without parental care or
                        // an orphan — not beside a disabled parent's, a large
                        // family's or a disabled child's proof.
                        if case.family.without_parental_care || case.family.orphan {
                            reasons.push(ReasonCode::DocNotInDatabasesExampleGuardianship);
                        }
                    }
                    Status::Automatic
                }
                Source::ShowAndGateway => Status::ShowForIdentification,
                // Annex 4 p. 8, the paragraph after the lists: the provider
                // takes digital documents «құжат иесінің келісімі болған
                // жағдайда … бір реттік парольді беру арқылы немесе …
                // қысқа мәтіндік хабарлама жіберу арқылы» — the holder's
                // consent, given when the provider asks, not the Annex 5
                // personal-data consent of the application (`case.consent`).
                // On the portal nothing is uploaded: the provider takes it,
                // said in the paragraph's words (not "from state databases",
                // which Annex 4 does not say). At the desk, shown, or taken
                // so (audit26, finding 5).
                Source::DigitalDocuments if !holds => {
                    if case.channel == Channel::EgovPortal {
                        reasons.push(ReasonCode::DocDigitalDocumentPortal);
                        Status::Automatic
                    } else {
                        reasons.push(ReasonCode::DocDigitalDocumentOtp);
                        Status::ShowForIdentification
                    }
                }
                // cl. 22's second check already made: the proof was judged
                // on that day, not on the contract day.
                _ if holds
                    && is_recheck
                    && confirmed_on.is_some_and(|c| {
                        issued_on.is_none_or(|i| i <= c) && last_valid_day.is_none_or(|l| c <= l)
                    }) =>
                {
                    reasons.push(ReasonCode::DocConfirmedAtCl22Check);
                    Status::Ok
                }
                _ => match (holds, last_valid_day) {
                    (false, _) if s.if_any || is_recheck => Status::Unconfirmed,
                    (false, _) => Status::Missing,
                    // Valid for a limited time, its day of issue not given
                    // (Annex 2 p. 8 sub. 4–5, Annex 4 p. 8 sub. 1, cl. 34
                    // sub. 1 count from it): held, so not missing; not
                    // judged, so neither valid nor out of date — the date
                    // is asked, and no refusal follows from it.
                    (true, None) if issued_on.is_none() && validity != Validity::Unlimited => {
                        Status::AwaitsIssueDate
                    }
                    (true, None) => Status::Ok,
                    (true, Some(last)) if judge_on > last => {
                        if s.document == DocumentKind::HealthCertificate {
                            reasons.push(ReasonCode::DocTooEarlyForContract);
                        }
                        // An old analogy certificate (the law-enforcement
                        // ground, not on the list) leaves the priority
                        // unconfirmed, as having none does: Annex 2 p. 9
                        // sub. 4 refuses for the list's documents only. Held,
                        // it is said lapsed (the first line, below), not
                        // "You do not have it".
                        if is_recheck || by_analogy {
                            Status::Unconfirmed
                        } else {
                            Status::Expired
                        }
                    }
                    (true, Some(_))
                        if contract_given && s.document == DocumentKind::HealthCertificate =>
                    {
                        Status::Ok
                    }
                    (true, Some(_))
                        if warn_day
                            .is_some_and(|w| (w - judge_on).num_days() < EXPIRES_SOON_DAYS) =>
                    {
                        Status::ExpiresSoon
                    }
                    (true, Some(_)) => Status::Ok,
                },
            }
        };
        // A referral past Annex 4 p. 8 sub. 1's last day on the day of use, but
        // within the five working days cl. 22 counts from the documents'
        // confirmation: the text does not say it has lapsed, nor that it has
        // not — at risk (said with the reading), not "expired"; the refusal
        // a reading risk (`refusal.referral_at_risk_cl22_reading`).
        let at_risk = status == Status::Expired && reading_last_day.is_some_and(|l| use_on <= l);
        let status = if at_risk { Status::ExpiresSoon } else { status };
        // Annex 4 p. 7 sub. 2: on the portal an application sent after working
        // time is accepted on the next working day (at the kindergarten's desk,
        // at its next opening). Decision (a careful lawyer's): the referral is
        // judged on the day the application is accepted, not the day it is
        // sent — the text does not say a referral valid when the application
        // was sent carries over to its acceptance. So where the application
        // made now would be accepted on a later day than today, and after the
        // safe day, the referral is at risk (not said to have lapsed: whether
        // the sending day counts is not said either), and the parent is told
        // why and what to do. Judged against the safe day, the earliest
        // reading; a contract day given is judged as before.
        let accepted_on = accepted_later.filter(|_| admission);
        let accepted_late = s.document == D::Referral
            && holds
            && applies
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && safe_last_day
                .zip(accepted_on)
                .is_some_and(|(safe, acc)| acc > safe);
        // Accepted today by R7, but after the reception's 17:30 the next
        // working day under the other reading of working time, after the
        // safe day (`reception_next_day` above): at risk, a reading.
        let after_reception = !accepted_late
            && s.document == D::Referral
            && holds
            && applies
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && safe_last_day
                .zip(reception_next_day)
                .is_some_and(|(safe, next)| next > safe && case.as_of.date() <= safe);
        let status = if accepted_late || after_reception {
            Status::ExpiresSoon
        } else {
            status
        };
        // Annex 4 p. 8 sub. 1 read with the day the five working days run
        // from as the first of them (the safe day, `safe_last_day`) against
        // Kezek's count from the day after: a contract day given after the
        // safe day but within Kezek's count is at risk, said as the reading —
        // as the day of acceptance is judged against the safe day above. Not
        // "valid" (the earlier reading says it has lapsed by then), not
        // "expired" (Kezek's count says it has not): no flat refusal, a
        // reading risk (`refusal.referral_at_risk_issue_day_reading`).
        //
        // The health certificate (cl. 34 sub. 1 «келісім шарт жасалған
        // күннен 3 (үш) күнтізбелік күннен кешіктірмей берілген»): Kezek
        // counts the three days back from the day before the contract
        // (`last_valid_day`); with the contract day itself one of them, the
        // certificate serves a contract up to a day earlier
        // (`safe_last_day`). A contract day given after that day but within
        // Kezek's count is at risk in the same way — not "valid" (the other
        // count says it is a day too old), not "expired" (Kezek's count says
        // it is not), so no flat refusal: the refusal says it as a reading
        // risk (`refusal.rs`, `refusal.health_certificate_first_day_reading`).
        // (Only these two documents have a `safe_last_day` at admission.)
        // With no contract day given, the referral is judged on today (the
        // day of use, `use_day`), the earliest day a contract can be signed:
        // accepted today after the safe day — on Kezek's own last day — it is
        // at risk in the same way (lawyer43; accepted on a later day, the
        // accepted-late reading above says it).
        let referral_judged_today = admission
            && !contract_given
            && s.document == D::Referral
            && !accepted_late
            && !after_reception;
        let at_risk_contract_day = (contract_given || referral_judged_today)
            && holds
            && applies
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && between_counts(use_on);
        let at_risk_issue_day = at_risk_contract_day && s.document == D::Referral;
        let at_risk_first_day = at_risk_contract_day && s.document == D::HealthCertificate;
        let status = if at_risk_contract_day {
            Status::ExpiresSoon
        } else {
            status
        };
        // Annex 2 p. 7 with Annex 2 p. 8's validity, queue registration: a
        // document valid today but out of date on the later day an
        // application made now is accepted (`accepted_later`; at admission
        // the referral has its own, above).
        let out_of_date_when_accepted = holds
            && applies
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && last_valid_day
                .zip(accepted_later.filter(|_| !admission))
                .is_some_and(|(last, accepted)| last < accepted);
        // On the portal (sub. 3) the application is sent now and accepted on
        // the next working day; cl. 6 has portal documents accepted on the
        // day they arrive. On which of the two days a document's validity is
        // judged, the order does not say: Kezek's reading takes the later,
        // the safe side — at risk, get a fresh one — not "valid until {the
        // last day}: apply by that day".
        let lapses_before_acceptance =
            out_of_date_when_accepted && case.channel == Channel::EgovPortal;
        // At the provider's office or the State Corporation (sub. 1–2) the
        // application is handed in, its documents checked and it is accepted
        // on one day (cl. 5): closed now, the first day it can be made is
        // its next opening, when the document is out of date by Kezek's
        // count — expired for the application (Annex 2 p. 9 sub. 4), not a
        // reading of which day counts (a last day on a day off keeps its own
        // reading, said beside it).
        let lapses_before_opening =
            out_of_date_when_accepted && case.channel != Channel::EgovPortal;
        // The law-enforcement certificate asked by analogy (not on the list):
        // out of date then, it leaves the priority unconfirmed, as one
        // already lapsed does (above) — not expired, no refusal.
        let status = if lapses_before_acceptance {
            Status::ExpiresSoon
        } else if lapses_before_opening && by_analogy {
            Status::Unconfirmed
        } else if lapses_before_opening {
            Status::Expired
        } else {
            status
        };
        // Annex 2 p. 8 «берілген күннен бастап бір ай ішінде жарамды» (office
        // sub. 4–5, portal sub. 2–3), queue registration: judged on the day an
        // application made now is accepted (today, or `accepted_later`), after
        // the safe day (the day of issue counted) but within Kezek's count
        // (from the day after) — at risk, not "valid until today": under the
        // stricter count it is out of date, a ground for refusal (Annex 2 p. 9
        // sub. 4), said as a reading risk (`refusal.issue_day_reading_at_risk`;
        // none for the law-enforcement certificate asked by analogy).
        //
        // At admission the same certificates are cl. 22's second check's
        // proofs, judged on the check's days (`judge_on`), while the check
        // is still to be made: at risk by the day-of-issue reading, the right
        // may not be confirmed (`doc.recheck_issue_day_reading_at_risk`; the
        // risk `refusal.recheck_unconfirmed_reading`, cl. 34 sub. 3) —
        // lawyer42: not "expires soon, apply while it is valid" beside a safe
        // day gone by.
        let month_judged_on = if admission {
            judge_on
        } else {
            accepted_later.unwrap_or(judge_on)
        };
        let at_risk_month_issue_day = (!admission || (is_recheck && confirmed_on.is_none()))
            && holds
            && applies
            && matches!(validity, Validity::Months { .. })
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && !out_of_date_when_accepted
            && between_counts(month_judged_on);
        let status = if at_risk_month_issue_day {
            Status::ExpiresSoon
        } else {
            status
        };
        // Annex 2 p. 7 sub. 1 and 3 with p. 8's month (lawyer43), queue
        // registration on egov.kz: accepted today by Kezek's reading of
        // working time (R7, to the department's 18:30), valid today on every
        // count, but sent after the reception's 17:30 — read as those hours,
        // working time is over and the application is accepted on the next
        // working day (`reception_next_day`), after the safe day: at risk, a
        // reading, as admission's referral is (late42). Not the
        // law-enforcement certificate asked by analogy (no ground).
        let after_reception_month = !admission
            && !by_analogy
            && holds
            && applies
            && matches!(validity, Validity::Months { .. })
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && safe_last_day
                .zip(reception_next_day)
                .is_some_and(|(safe, next)| next > safe && case.as_of.date() <= safe);
        // The next working day past the last day by Kezek's count too
        // (review44): sent after 17:30 on the working day before a safe day
        // off, or on a safe day followed by a day off — out of date then on
        // both counts of the month, not only with the day of issue counted
        // (`doc.lapses_after_reception_reading`); still a reading, of working
        // time and of the day validity is judged on (cl. 6), as
        // `doc.lapses_before_acceptance` is.
        let lapses_after_reception = after_reception_month
            && last_valid_day
                .zip(reception_next_day)
                .is_some_and(|(last, next)| next > last);
        let status = if after_reception_month {
            Status::ExpiresSoon
        } else {
            status
        };
        // Issue 15, item 16 (a): the last valid day falls on a day off —
        // Kezek keeps it (no move to the next working day); say it is a reading
        // while the other reading could still change the answer (the day of
        // use is not after the working day the period would move to).
        // The reason's "to be safe, use it by the last working day before"
        // as a day (`last_working_day`; the referral's is its safe day).
        // (Said also of a document out of date on the day the application
        // is accepted: moved to the next working day, the other reading, it
        // may still be valid then.)
        let mut last_working_day = None;
        if holds
            && last_valid_day
                .is_some_and(|d| !cal.is_working_day(d) && judge_on <= cal.next_working_day_from(d))
        {
            reasons.push(ReasonCode::DocLastDayNonWorkingReading);
            last_working_day = last_valid_day
                .filter(|_| s.document != D::Referral)
                .and_then(|d| cal.last_working_day_before(d));
        }
        // A one-month certificate's safe day (the day of issue counted) on a
        // day off, still to come (review helper-144): an application made
        // that day is accepted on the next working day (Annex 2 p. 7 sub. 3;
        // the offices are closed), after it — the day to act by is the
        // working day before, said as a last day on a day off is. The safe
        // day stays the line past which acceptance is at risk.
        // So is the health certificate's (cl. 34 sub. 1, the contract day one
        // of the three): the kindergarten signs «дүйсенбі мен жұма
        // аралығында», holidays excepted (Annex 4 p. 7 sub. 1).
        // (At admission, a one-month proof's originals are shown at the
        // education department's desk, closed on a day off, too.)
        let safe_day_moves = matches!(
            validity,
            Validity::Months { .. } | Validity::BeforeContractDays { .. }
        );
        if last_working_day.is_none() && safe_day_moves {
            last_working_day = safe_last_day
                .filter(|d| holds && !cal.is_working_day(*d) && judge_on <= *d)
                .and_then(|d| cal.last_working_day_before(d));
        }
        // «берілген күннен бастап … ішінде жарамды» (Annex 4 p. 8 sub. 1,
        // Annex 2 p. 8 sub. 4–5): Kezek counts from the day after the day of
        // issue; counted from the day of issue itself, the last day is a day
        // earlier. Said while the document is valid by Kezek's count, so the
        // parent can act by the earlier day.
        // The referral's earlier day is its `safe_last_day`: said only where
        // that is earlier (issued on a day off, both counts end on the same
        // day), and, extended under cl. 30, in words of its own — the
        // extension runs from the earlier end of the five working days and a
        // day off moves it back, so it is not "a working day earlier".
        let extended = case
            .admission
            .as_ref()
            .and_then(|f| f.referral_extension_days)
            .is_some_and(|n| n > 0);
        let earlier = safe_last_day
            .zip(last_valid_day)
            .is_none_or(|(safe, last)| safe < last);
        // cl. 3 p. 7: the referral's count starts at the vacancy only when it
        // is later than the issue (`documents::count_start`); a place vacated
        // on or before the day of issue moves nothing, so it is not said.
        // With the issue day not given, it is said as the rule.
        let vacancy_moves_the_count = s.document == D::Referral
            && case
                .admission
                .as_ref()
                .and_then(|f| f.place_vacated_on)
                .is_some_and(|v| issued_on.is_none_or(|i| v > i));
        if holds
            && matches!(
                validity,
                Validity::WorkingDays { .. } | Validity::Months { .. }
            )
            && last_valid_day.is_some_and(|d| judge_on <= d)
            && earlier
            && !at_risk_issue_day
            && !at_risk_month_issue_day
            // Out of date on the day the application is accepted: an
            // earlier day changes nothing (its reason says what to do).
            && !out_of_date_when_accepted
        {
            reasons.push(if s.document == D::Referral && extended {
                ReasonCode::DocIssueDayReadingExtended
            } else if vacancy_moves_the_count {
                ReasonCode::DocVacancyDayReading
            } else {
                ReasonCode::DocIssueDayReading
            });
        }
        // cl. 34 sub. 1's three days with the contract day counted among
        // them (see `at_risk_first_day`): with no contract day given, said
        // beside the status while the certificate is valid by Kezek's count
        // on the day it is judged, its safe day given for the contract.
        // (A contract day given after the safe day: the first line, above.)
        if !contract_given
            && s.document == D::HealthCertificate
            && holds
            && applies
            && matches!(status, Status::Ok | Status::ExpiresSoon)
            && last_valid_day.is_some_and(|d| judge_on <= d)
            && safe_last_day
                .zip(last_valid_day)
                .is_some_and(|(safe, last)| safe < last)
        {
            reasons.push(ReasonCode::DocHealthCertificateFirstDayReading);
        }
        // Issue 15, item 16 (b): valid on the day of use, but not through the
        // cl. 22 check of the originals (registration, or the second check).
        let status = match (status, last_valid_day, cl22_check_by) {
            // (At risk by the day-of-issue reading: its line says to renew
            // it before applying, which the check's days need too.)
            (Status::Ok | Status::ExpiresSoon, Some(last), Some(by))
                if last < by
                    && !at_risk_month_issue_day
                    && (!admission || (is_recheck && confirmed_on.is_none())) =>
            {
                reasons.push(ReasonCode::DocExpiresBeforeCl22Check);
                cl22_cited = true;
                Status::ExpiresSoon
            }
            (st, _, _) => st,
        };
        let status = if emergency && deferrable && status.blocks() {
            Status::Later
        } else {
            status
        };
        // Valid today, not on the day of use (admission: the contract day):
        // said as what will happen, not "expired, get a new one" — the order
        // gives no new referral for a lapsed one (extend it, cl. 30, or sign
        // while it is valid); once lapsed, `doc.referral_lapsed` says so.
        let lapses = status == Status::Expired
            && last_valid_day.is_some_and(|last| last >= case.as_of.date());
        // The gateway's first-priority proof: its own reason says what the
        // status would ("the office gets it"), and what cl. 22 asks besides.
        // So does the digital document the provider takes on the portal.
        let said_by_gateway = status == Status::Automatic
            && (reasons.contains(&ReasonCode::DocBringIfNotInDatabases)
                || reasons.contains(&ReasonCode::DocDigitalDocumentPortal));
        // A proof held but lapsed on the day it is judged (`judge_on`),
        // which leaves the right unconfirmed: said lapsed, not "You do not
        // have it" (audit26, finding 4).
        let held_lapsed = holds && status == Status::Unconfirmed && (is_recheck || by_analogy);
        let first = if said_by_gateway {
            None
        } else {
            Some(if at_risk {
                ReasonCode::DocReferralAtRiskCl22Reading
            } else if accepted_late && case.channel == Channel::EgovPortal {
                ReasonCode::DocReferralAcceptedAfterLastDay
            } else if after_reception {
                ReasonCode::DocReferralAfterReceptionReading
            } else if accepted_late {
                // At the desk the application cannot be made "now": the
                // kindergarten has closed for today and reopens after the
                // safe day — said so, not in the portal's words.
                ReasonCode::DocReferralOfficeReopensAfterLastDay
            } else if at_risk_issue_day {
                ReasonCode::DocReferralAtRiskIssueDayReading
            } else if at_risk_first_day {
                ReasonCode::DocHealthCertificateFirstDayReading
            } else if lapses_after_reception {
                ReasonCode::DocLapsesAfterReceptionReading
            } else if after_reception_month {
                ReasonCode::DocIssueDayAfterReceptionReading
            } else if at_risk_month_issue_day && admission {
                ReasonCode::DocRecheckIssueDayReadingAtRisk
            } else if at_risk_month_issue_day {
                ReasonCode::DocIssueDayReadingAtRisk
            } else if lapses_before_acceptance && by_analogy {
                ReasonCode::DocPriorityProofLapsesBeforeAcceptance
            } else if lapses_before_acceptance {
                ReasonCode::DocLapsesBeforeAcceptance
            } else if lapses_before_opening && by_analogy {
                ReasonCode::DocPriorityProofLapsesBeforeOpening
            } else if lapses_before_opening {
                ReasonCode::DocLapsesBeforeOpening
            } else if lapses {
                ReasonCode::DocLapsesBeforeUse
            } else if status == Status::Expired && s.document == D::Referral {
                ReasonCode::DocReferralLapsed
            } else if held_lapsed && is_recheck {
                // Valid on a day since the referral, when the second check
                // could be made: if it was made then, the proof need not be
                // renewed — Kezek does not know, no confirmation day given
                // (a reading, the right unconfirmed meanwhile, the safe side).
                if referral_issued
                    .zip(last_valid_day)
                    .is_some_and(|(r, last)| last >= r)
                {
                    ReasonCode::DocRecheckLapsedSinceReferral
                } else {
                    ReasonCode::DocRecheckLapsed
                }
            } else if held_lapsed {
                ReasonCode::DocPriorityProofLapsed
            } else if status == Status::Unconfirmed && is_recheck {
                // Not "the set of documents is still complete": the Annex 4
                // list is, but cl. 34 sub. 3 may reach the unconfirmed proof
                // (Kezek's reading; `refusal::assess`).
                ReasonCode::DocRecheckUnconfirmed
            } else if status == Status::ExpiresSoon && s.document == D::HealthCertificate {
                // cl. 34 sub. 1 «келісім шарт жасалған күннен 3 (үш)
                // күнтізбелік күннен кешіктірмей берілген»: counted to the
                // contract day, not to the application — "sign the contract
                // while it is valid", not `doc.expires_soon`'s "apply while
                // it is still valid" (as step 6's line says since 5b85714).
                ReasonCode::DocHealthCertificateExpiresSoon
            } else if status == Status::ExpiresSoon
                && admission
                && is_recheck
                && matches!(validity, Validity::Months { months: 1, .. })
            {
                // cl. 22's second check, not the application: a one-month
                // certificate at admission is to be valid on the day of the
                // check (`doc.recheck_cl22_valid_on_check`), not "apply
                // while it is still valid, its last day included"
                // (`doc.expires_soon`; lawyer43, after late42's step 6 line).
                ReasonCode::DocRecheckCl22ValidOnCheck
            } else {
                status.reason()
            })
        };
        if let Some(first) = first {
            reasons.insert(0, first);
        }
        // At the education department after its reception on a one-month
        // certificate's safe day (at risk on the day it next receives
        // applications): egov.kz still accepts one sent today, on the safe
        // day (review helper-144, minor 3).
        let portal_today_in_time = at_risk_month_issue_day
            && !admission
            && safe_last_day.is_some_and(|safe| case.as_of.date() <= safe);
        let portal_accepts_until = (accepted_late || portal_today_in_time)
            .then(portal_accepts_until)
            .flatten();
        if portal_accepts_until.is_some() {
            reasons.push(if accepted_late {
                ReasonCode::DocReferralPortalAcceptsToday
            } else {
                ReasonCode::DocPortalAcceptsToday
            });
        }
        let mut citations = Vec::with_capacity(4);
        citations.push(if is_recheck {
            Citation::clause(22)
        } else {
            Citation::annex(annex, 8, Some(u16::from(s.item)))
        });
        if let Some(c) = validity.citation() {
            if !citations.contains(c) {
                citations.push(*c);
            }
        }
        // cl. 22's second check covers a SEN child's PMPC conclusion too:
        // cl. 20 sub. 2 makes it a first-priority proof
        // (`Condition::proves_priority_right`), already Annex 4 item 7 rather
        // than a recheck item, and among the originals' line's documents.
        let second_check = is_recheck
            || (admission
                && !general_referral_cl16
                && s.document == DocumentKind::PmpcConclusion
                && s.condition.proves_priority_right());
        if second_check && applies {
            reasons.push(ReasonCode::DocRecheckCl22);
            // Valid on the day of the second check: said only of an item
            // that has a one-month validity (the certificates of Annex 2 p.
            // 8 items 4 and 5), not of the diploma's scan, the PMPC
            // conclusion or the first-priority documents, which have none.
            if matches!(validity, Validity::Months { months: 1, .. })
                && !reasons.contains(&ReasonCode::DocRecheckCl22ValidOnCheck)
            {
                reasons.push(ReasonCode::DocRecheckCl22ValidOnCheck);
            }
            cl22_cited = true;
        }
        if cl22_cited && !citations.contains(&Citation::clause(22)) {
            citations.push(Citation::clause(22));
        }
        if applies && s.document == DocumentKind::PhthisiatricianConclusion {
            reasons.push(ReasonCode::DocPhthisiatricianReading);
            citations.push(Citation::annex(2, 9, Some(4)));
        }
        let mut extension_window_ends_on = None;
        let mut extension_window_ended_on = None;
        if applies && s.document == DocumentKind::Referral {
            let facts = case.admission.as_ref();
            if vacancy_moves_the_count {
                reasons.push(ReasonCode::DocReferralFromVacancy);
                citations.push(Citation::sub(3, 7));
            }
            // Said where cl. 22's count gives a later day than Annex 4's.
            if reading_last_day.is_some() {
                reasons.push(ReasonCode::DocReferralFromConfirmation);
                citations.push(Citation::clause(22));
            }
            // cl. 30 «жолдама берілген сәттен бастап бір тәуліктен
            // кешіктірмей … жоюға, … бір рет ұзарту мүмкіндігі беріледі»: the
            // one day bounds the cancellation (`DocReferralMayCancel`) and may
            // bound the extension too (Kezek's reading, said in
            // `DocReferralMayExtend`). Counted in days (the hour of issue is
            // not known), the window ends on the day after issue; evaluated
            // later, the extension is not offered, and its passing is said
            // as the reading — no other text of the referral offers it.
            // The window's last day is given while it is open, for the
            // parent to act by (helper-63's walkthrough, M3); the hour is the
            // referral's own hour of issue, which the parent knows.
            let window_ends = issued_on.map(|d| d + chrono::Days::new(1));
            let window_passed = window_ends.is_some_and(|end| case.as_of.date() > end);
            // The cancellation is bounded by the one day outright (the words
            // stand right before «жоюға»), extended or not: said while the
            // window is open, on a referral held and not lapsed (a lapsed
            // one cannot be within a day of its issue).
            let may_cancel = window_ends.is_some()
                && !window_passed
                && holds
                && (status != Status::Expired || lapses);
            if facts.is_some_and(|f| f.referral_extension_days.is_some()) {
                reasons.push(ReasonCode::DocReferralExtendedOnce);
                if may_cancel {
                    reasons.push(ReasonCode::DocReferralMayCancel);
                }
            } else if status == Status::Expired && !lapses {
                // Lapsed: `doc.referral_lapsed` says to ask at once whether
                // it can still be used; "sign while it is valid" (the passed
                // window's text) would ask the impossible.
            } else if window_passed {
                reasons.push(ReasonCode::DocReferralExtensionWindowPassed);
                extension_window_ended_on = window_ends;
            } else {
                reasons.push(ReasonCode::DocReferralMayExtend);
                if may_cancel {
                    reasons.push(ReasonCode::DocReferralMayCancel);
                }
                extension_window_ends_on = window_ends;
                // «бір тәуліктен кешіктірмей» is 24 hours from the moment of
                // issue: the order does not say it moves to a working day,
                // and its last day may be a day off or a holiday (issued on a
                // Friday, it ends on the Saturday, not the Monday). The
                // careful reading: count the 24 hours through days off — ask
                // within them, as soon as possible, or where requests are
                // taken on days off, and do not wait for the next working day
                // (Kezek's reading, said beside the window's day, which stays
                // the day off; said on that day too, so not "on the day of
                // issue").
                if window_ends.is_some_and(|end| !cal.is_working_day(end)) {
                    reasons.push(ReasonCode::DocReferralExtensionWindowDayOff);
                } else if issued_on.is_some_and(|d| !cal.is_working_day(d)) {
                    // Begun on a day off, the 24 hours end on a working day
                    // at the hour of issue (cl. 24: the system works round
                    // the clock, sub. 4 opens the referrals at 07:00): issued
                    // early, before any office opens — no office is open
                    // within them. The day, a working day, says nothing of
                    // it; Kezek's reading, said beside it: do not count on an
                    // office's hours that day.
                    reasons.push(ReasonCode::DocReferralExtensionWindowFromDayOff);
                }
            }
            citations.push(Citation::clause(30));
            // What a missed last day brings, said while the day is still to
            // come (walkthrough 28, m5): the referral is then a document
            // «қолданылу мерзімі өтіп кеткен», on which the kindergarten
            // refuses (Annex 4 p. 9 sub. 4) and does not admit the child
            // (cl. 34 sub. 1). What becomes of the application in the queue,
            // or whether a new referral is given, the order does not say.
            if holds && status != Status::Expired && last_valid_day.is_some() {
                reasons.push(ReasonCode::DocReferralIfMissed);
                for c in [Citation::annex(4, 9, Some(4)), Citation::sub(34, 1)] {
                    if !citations.contains(&c) {
                        citations.push(c);
                    }
                }
            }
        }
        // Annex 4 p. 8: the kindergarten's item 7 has no «бар болғанда» (if
        // any), the portal's has; kept required here, and said to be a reading.
        if applies
            && status == Status::Missing
            && s.document == DocumentKind::PmpcConclusion
            && admission
            && case.channel != Channel::EgovPortal
        {
            reasons.push(ReasonCode::DocPmpcKindergartenReading);
        }
        // cl. 22 checks «заңды өкілдің, бала мен өтініш берушінің арасындағы
        // құқықтарының болуын растайтын барлық ақпаратты» — the applicant's
        // rights to the child — at registration and after the referral, and
        // asks for the originals of what it checks; Annex 2 / Annex 4 p. 8
        // name no document for it (sub. 3 / item 3 is only the identity of
        // «ата-анасының бірінің немесе заңды өкілінің»). Reading: a legal
        // representative other than a parent (seed 000 cl. 2 sub. 3) brings
        // the act that made them one; a parent is on the birth certificate.
        // Said at the identity item, or where the channel's list has none
        // (the portal's Annex 2: the EDS identifies), at the application.
        if applies
            && case.applicant.role != Role::Parent
            && (s.document == DocumentKind::ApplicantIdentity
                || (s.document == DocumentKind::ApplicationForm && !identity_listed))
        {
            reasons.push(ReasonCode::DocLegalRepresentativeRightsCl22);
            if !citations.contains(&Citation::clause(22)) {
                citations.push(Citation::clause(22));
            }
        }
        if applies && by_analogy {
            // At admission the certificate is cl. 22's second check's, and
            // without it the kindergarten may refuse (cl. 34 sub. 3, Kezek's
            // reading): not the queue's "no ground for refusing".
            reasons.push(if admission {
                ReasonCode::DocLawEnforcementReadingAdmission
            } else {
                ReasonCode::DocLawEnforcementReading
            });
            // By analogy: not the Annex 2 item, which names only servicemen
            // and special state bodies.
            citations.retain(|c| c.annex.is_none());
            citations.push(Citation::sub(20, 1));
            if !citations.contains(&Citation::clause(22)) {
                citations.push(Citation::clause(22));
            }
            // The admission's text rests on cl. 34 sub. 3 («растайтын
            // құжаттарды ұсынуда өзге де себептердің болуына байланысты»).
            // The queue's says not to hand in one out of date: Annex 2 p. 9
            // sub. 4 refuses «қолданылу мерзімі өтіп кеткен құжаттарды
            // ұсынған» — whether of the list only, the text does not say
            // (the walk of 05.12: step 6 promised no ground either way).
            if admission {
                citations.push(Citation::sub(34, 3));
            } else {
                citations.push(Citation::annex(2, 9, Some(4)));
            }
        }
        if status == Status::Later {
            citations.push(Citation::annex(4, 8, None));
        }
        // The day the application is accepted (Annex 2 p. 7, the channel's
        // sub-item) and what makes it the day that counts: cl. 6 (the portal,
        // a reading) or cl. 5 (checked and accepted at the desk). After the
        // analogy's citations above, which keep no annex.
        if lapses_before_acceptance || lapses_before_opening {
            citations.push(Citation::annex(
                2,
                7,
                Some(match case.channel {
                    Channel::ProviderOffice => 1,
                    Channel::StateCorporation => 2,
                    Channel::EgovPortal => 3,
                }),
            ));
            citations.push(Citation::clause(if lapses_before_acceptance {
                6
            } else {
                5
            }));
        }
        items.push(ChecklistItem {
            item: s.item,
            document: s.document,
            name_key: name_key(s.document, s.form),
            condition: s.condition,
            applies,
            source: s.source,
            form: s.form,
            validity,
            issued_on,
            last_valid_day,
            reading_last_day,
            safe_last_day,
            last_working_day,
            extension_window_ends_on,
            extension_window_ended_on,
            portal_accepts_until,
            deferrable_in_emergency: deferrable,
            status,
            reasons,
            citations,
        });
    }
    if admission {
        // cl. 34 sub. 1 «баланың денсаулық паспорты»: brought for the
        // contract, after the annex's items and cl. 22's (see the module's
        // readings). Not judged unless said held.
        let held = case.held(D::HealthPassport).is_some();
        let status = if held {
            Status::Ok
        } else {
            Status::BringToContract
        };
        let mut reasons = vec![status.reason()];
        if held {
            reasons.push(ReasonCode::DocHealthPassportCl34);
        }
        items.push(ChecklistItem {
            item: 0,
            document: D::HealthPassport,
            name_key: name_key(D::HealthPassport, F::Original),
            condition: C::Contract,
            applies: true,
            source: S::Parent,
            form: F::Original,
            validity: D::HealthPassport.validity(),
            issued_on: None,
            last_valid_day: None,
            reading_last_day: None,
            safe_last_day: None,
            last_working_day: None,
            extension_window_ends_on: None,
            extension_window_ended_on: None,
            portal_accepts_until: None,
            deferrable_in_emergency: false,
            status,
            reasons,
            citations: vec![Citation::sub(34, 1)],
        });
    }
    let automatic =
        if case.channel == Channel::EgovPortal && case.service == Service::QueueRegistration {
            let mut v = vec![
                AutomaticDocument {
                    document: DocumentKind::ApplicantIdentity,
                    citation: Citation::annex(2, 8, None),
                },
                AutomaticDocument {
                    document: DocumentKind::BirthCertificate,
                    citation: Citation::annex(2, 8, None),
                },
            ];
            if condition_holds(Condition::SocialPriorityGround, case) {
                v.push(AutomaticDocument {
                    document: DocumentKind::FirstPriorityProof,
                    citation: Citation::annex(2, 8, None),
                });
            }
            v
        } else {
            Vec::new()
        };
    let with_status = |st: Status| -> Vec<DocumentKind> {
        items
            .iter()
            .filter(|i| i.status == st)
            .map(|i| i.document)
            .collect()
    };
    let missing = with_status(Status::Missing);
    let expired = with_status(Status::Expired);
    let unconfirmed = with_status(Status::Unconfirmed);
    let awaiting_issue_date = with_status(Status::AwaitsIssueDate);
    let mut citations = vec![Citation::annex(annex, 8, None)];
    if admission {
        citations.push(Citation::clause(32));
        citations.push(Citation::sub(34, 1));
        if general_referral_cl16 {
            citations.push(Citation::clause(16));
        }
    } else {
        citations.push(Citation::clause(5));
    }
    Checklist {
        service: case.service,
        channel: case.channel,
        use_on,
        complete: missing.is_empty() && expired.is_empty() && awaiting_issue_date.is_empty(),
        items,
        automatic,
        missing,
        expired,
        unconfirmed,
        awaiting_issue_date,
        citations,
    }
}

#[cfg(test)]
mod tests;
