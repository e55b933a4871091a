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
//! Readings:
//! - Item 7 of the office list (phthisiatrician's conclusion) and item 5 of the
//!   portal list (phthisiatrician's referral) carry no "if any", but a
//!   phthisiatrician's paper concerns the sanatorium (tuberculosis-prevention)
//!   preschools of cl. 13 para 4. Kezek marks them as required for a sanatorium
//!   queue and shows [`ReasonCode::DocPhthisiatricianReading`] so a parent
//!   going to an office that asks for it anyway is not surprised.
//! - The law-enforcement ground (cl. 20 p. 1 is not named in item 4; Kezek asks
//!   for the same workplace certificate, with the same one-month validity by
//!   analogy, and says so ([`ReasonCode::DocLawEnforcementReading`]).
//! - "Expires soon" is Kezek's own warning window ([`EXPIRES_SOON_DAYS`] days),
//!   not a rule of law.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::case::Case;
use crate::citation::Citation;
use crate::documents::{DocumentKind, Validity};
use crate::reason::ReasonCode;
use crate::service::{Channel, Service};

/// Kezek's warning window: a document whose last valid day is within this many
/// days of the day it is used is marked [`Status::ExpiresSoon`].
pub const EXPIRES_SOON_DAYS: i64 = 7;

/// When an item is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    /// A sanatorium queue is sought (Kezek's reading of the phthisiatrician item).
    SanatoriumQueue,
    /// A first-priority ground proved through the gateway.
    SocialPriorityGround,
}

/// Where the document comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    /// The parent brings or uploads it.
    Parent,
    /// The provider obtains the data through the egov gateway.
    EgovGateway,
    /// The parent shows it, or the provider takes it from the digital documents
    /// service with the parent's consent (one-time password / SMS).
    DigitalDocuments,
    /// Kezek prepares it.
    Kezek,
}

/// In what form it is given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Held and valid.
    Ok,
    /// Valid, but the last valid day is near.
    ExpiresSoon,
    /// Required and not held.
    Missing,
    /// Held but no longer valid on the day of use.
    Expired,
    /// Obtained by the provider; nothing to bring.
    Automatic,
    /// Prepared by Kezek.
    Prepared,
    /// May be brought later under emergency measures.
    Later,
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
            Status::Expired => ReasonCode::DocExpired,
            Status::Automatic => ReasonCode::DocAutomatic,
            Status::Prepared => ReasonCode::DocPrepared,
            Status::Later => ReasonCode::DocLaterEmergency,
            Status::NotNeeded => ReasonCode::DocNotNeeded,
        }
    }
}

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistItem {
    /// The item's number in the list of the annex.
    pub item: u8,
    /// The document.
    pub document: DocumentKind,
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
    pub issued_on: Option<NaiveDate>,
    /// The last day it is valid (inclusive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_valid_day: Option<NaiveDate>,
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
pub struct AutomaticDocument {
    /// The document.
    pub document: DocumentKind,
    /// Where the rule is.
    pub citation: Citation,
}

/// The checklist for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    /// The service.
    pub service: Service,
    /// The channel.
    pub channel: Channel,
    /// The day the documents are used (submission, or the contract for admission).
    pub use_on: NaiveDate,
    /// The lines, in the annex's order.
    pub items: Vec<ChecklistItem>,
    /// What the provider takes from state systems on this channel.
    pub automatic: Vec<AutomaticDocument>,
    /// Every applicable item is ok, prepared, automatic or deferred.
    pub complete: bool,
    /// Missing documents.
    pub missing: Vec<DocumentKind>,
    /// Expired documents.
    pub expired: Vec<DocumentKind>,
    /// The list's citation.
    pub citations: Vec<Citation>,
}

struct Spec {
    item: u8,
    document: DocumentKind,
    condition: Condition,
    source: Source,
    form: Form,
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
    }
}

use Condition as C;
use DocumentKind as D;
use Form as F;
use Source as S;

/// Annex 2 p. 8, provider's office or State Corporation: 8 items.
const ANNEX2_OFFICE: &[Spec] = &[
    spec(1, D::ApplicationForm, C::Always, S::Kezek, F::Original),
    spec(
        2,
        D::BirthCertificate,
        C::Always,
        S::EgovGateway,
        F::OriginalOrDigital,
    ),
    spec(
        3,
        D::ApplicantIdentity,
        C::Always,
        S::EgovGateway,
        F::OriginalOrDigital,
    ),
    spec(
        4,
        D::ServiceWorkplaceCertificate,
        C::OutOfTurnGround,
        S::Parent,
        F::Original,
    ),
    spec(
        5,
        D::TeacherWorkplaceCertificate,
        C::Teacher,
        S::Parent,
        F::Original,
    ),
    spec(5, D::TeacherDiploma, C::Teacher, S::Parent, F::Scan),
    spec(
        6,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Original,
    ),
    spec(
        7,
        D::PhthisiatricianConclusion,
        C::SanatoriumQueue,
        S::Parent,
        F::Original,
    ),
    spec(
        8,
        D::FirstPriorityProof,
        C::SocialPriorityGround,
        S::EgovGateway,
        F::OriginalOrDigital,
    ),
];

/// Annex 2 p. 8, portal: 5 items.
const ANNEX2_PORTAL: &[Spec] = &[
    spec(
        1,
        D::ApplicationForm,
        C::Always,
        S::Kezek,
        F::SignedElectronic,
    ),
    spec(
        2,
        D::ServiceWorkplaceCertificate,
        C::OutOfTurnGround,
        S::Parent,
        F::Scan,
    ),
    spec(
        3,
        D::TeacherWorkplaceCertificate,
        C::Teacher,
        S::Parent,
        F::Scan,
    ),
    spec(3, D::TeacherDiploma, C::Teacher, S::Parent, F::Scan),
    spec(
        4,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Scan,
    ),
    spec(
        5,
        D::PhthisiatricianConclusion,
        C::SanatoriumQueue,
        S::Parent,
        F::Scan,
    ),
];

/// Annex 4 p. 8, preschool's office: 7 items.
const ANNEX4_OFFICE: &[Spec] = &[
    spec(1, D::Referral, C::Always, S::Parent, F::OriginalOrDigital),
    spec(2, D::ApplicationForm, C::Always, S::Kezek, F::Original),
    spec(
        3,
        D::ApplicantIdentity,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(
        4,
        D::BirthCertificate,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(5, D::VaccinationCard, C::Always, S::Parent, F::Original),
    spec(6, D::HealthCertificate, C::Always, S::Parent, F::Original),
    spec(
        7,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Original,
    ),
];

/// Annex 4 p. 8, portal: 7 items.
const ANNEX4_PORTAL: &[Spec] = &[
    spec(1, D::Referral, C::Always, S::Parent, F::SignedElectronic),
    spec(
        2,
        D::ApplicationForm,
        C::Always,
        S::Kezek,
        F::SignedElectronic,
    ),
    spec(
        3,
        D::ApplicantIdentity,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(
        4,
        D::BirthCertificate,
        C::Always,
        S::DigitalDocuments,
        F::OriginalOrDigital,
    ),
    spec(5, D::VaccinationCard, C::Always, S::Parent, F::Scan),
    spec(6, D::HealthCertificate, C::Always, S::Parent, F::Scan),
    spec(
        7,
        D::PmpcConclusion,
        C::SpecialEducationalNeeds,
        S::Parent,
        F::Scan,
    ),
];

fn list(service: Service, channel: Channel) -> &'static [Spec] {
    match (service, channel) {
        (Service::QueueRegistration, Channel::EgovPortal) => ANNEX2_PORTAL,
        (Service::QueueRegistration, _) => ANNEX2_OFFICE,
        (Service::Admission, Channel::EgovPortal) => ANNEX4_PORTAL,
        (Service::Admission, _) => ANNEX4_OFFICE,
    }
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
        Condition::SanatoriumQueue => case.child.sanatorium.is_some(),
        Condition::SocialPriorityGround => {
            f.representatives_disabled
                || f.without_parental_care
                || f.orphan
                || f.large_family
                || f.disabled_child_in_family
        }
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

/// Builds the checklist for `case` with the working-day calendar `cal`.
pub fn build(case: &Case, cal: &Calendar) -> Checklist {
    let annex: u8 = match case.service {
        Service::QueueRegistration => 2,
        Service::Admission => 4,
    };
    let use_on = use_day(case);
    let emergency = case
        .admission
        .as_ref()
        .is_some_and(|a| a.emergency_measures)
        && case.service == Service::Admission;
    let specs = list(case.service, case.channel);
    let mut items = Vec::with_capacity(specs.len());
    for s in specs {
        let applies = condition_holds(s.condition, case);
        let validity = s.document.validity();
        let held = case.held(s.document);
        let issued_on = held.and_then(|h| h.issued_on);
        let last_valid_day = issued_on.and_then(|d| validity.last_valid_day(d, cal));
        let deferrable = case.service == Service::Admission && (4..=6).contains(&s.item);
        let mut reasons = Vec::new();
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
                Source::EgovGateway => Status::Automatic,
                Source::DigitalDocuments if held.is_none() && case.consent => Status::Automatic,
                _ => match (held, last_valid_day) {
                    (None, _) => Status::Missing,
                    (Some(_), None) => Status::Ok,
                    (Some(_), Some(last)) if use_on > last => {
                        if s.document == DocumentKind::HealthCertificate {
                            reasons.push(ReasonCode::DocTooEarlyForContract);
                        }
                        Status::Expired
                    }
                    (Some(_), Some(last)) if (last - use_on).num_days() < EXPIRES_SOON_DAYS => {
                        Status::ExpiresSoon
                    }
                    (Some(_), Some(_)) => Status::Ok,
                },
            }
        };
        let status = if emergency && deferrable && status.blocks() {
            Status::Later
        } else {
            status
        };
        reasons.insert(0, status.reason());
        let mut citations = vec![Citation::annex(annex, 8, Some(u16::from(s.item)))];
        if let Some(c) = validity.citation() {
            if !citations.contains(c) {
                citations.push(*c);
            }
        }
        if applies && s.document == DocumentKind::PhthisiatricianConclusion {
            reasons.push(ReasonCode::DocPhthisiatricianReading);
            citations.push(Citation::clause(13));
        }
        if applies
            && s.document == DocumentKind::ServiceWorkplaceCertificate
            && case.family.law_enforcement
            && !(case.family.serviceman || case.family.special_state_body)
        {
            reasons.push(ReasonCode::DocLawEnforcementReading);
            citations.push(Citation::sub(20, 1));
        }
        if status == Status::Later {
            citations.push(Citation::annex(4, 8, None));
        }
        items.push(ChecklistItem {
            item: s.item,
            document: s.document,
            condition: s.condition,
            applies,
            source: s.source,
            form: s.form,
            validity,
            issued_on,
            last_valid_day,
            deferrable_in_emergency: deferrable,
            status,
            reasons,
            citations,
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
    let missing: Vec<DocumentKind> = items
        .iter()
        .filter(|i| i.status == Status::Missing)
        .map(|i| i.document)
        .collect();
    let expired: Vec<DocumentKind> = items
        .iter()
        .filter(|i| i.status == Status::Expired)
        .map(|i| i.document)
        .collect();
    let mut citations = vec![Citation::annex(annex, 8, None)];
    if case.service == Service::Admission {
        citations.push(Citation::clause(32));
        citations.push(Citation::sub(34, 1));
    } else {
        citations.push(Citation::clause(5));
    }
    Checklist {
        service: case.service,
        channel: case.channel,
        use_on,
        complete: missing.is_empty() && expired.is_empty(),
        items,
        automatic,
        missing,
        expired,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn case(service: &str, channel: &str, extra: &str) -> Case {
        Case::from_json(&format!(
            r#"{{"service":"{service}","channel":"{channel}","as_of":"2026-11-23T10:00",
            "applicant":{{"role":"parent"}},"consent":true,
            "child":{{"birth_date":"2023-05-10","settlement":"Astana"}}{extra}}}"#
        ))
        .unwrap()
    }

    fn items(c: &Checklist) -> Vec<(u8, DocumentKind)> {
        c.items.iter().map(|i| (i.item, i.document)).collect()
    }

    #[test]
    fn annex2_8_office_list_has_eight_items() {
        let c = build(
            &case("00403001", "provider_office", ""),
            Calendar::builtin(),
        );
        assert_eq!(
            item_count(Service::QueueRegistration, Channel::ProviderOffice),
            8
        );
        assert_eq!(
            items(&c),
            vec![
                (1, D::ApplicationForm),
                (2, D::BirthCertificate),
                (3, D::ApplicantIdentity),
                (4, D::ServiceWorkplaceCertificate),
                (5, D::TeacherWorkplaceCertificate),
                (5, D::TeacherDiploma),
                (6, D::PmpcConclusion),
                (7, D::PhthisiatricianConclusion),
                (8, D::FirstPriorityProof),
            ]
        );
        // A general-queue family needs nothing beyond what the gateway gives.
        assert!(c.complete);
    }

    #[test]
    fn annex2_8_state_corporation_uses_office_list() {
        assert_eq!(
            item_count(Service::QueueRegistration, Channel::StateCorporation),
            8
        );
    }

    #[test]
    fn annex2_8_portal_list_has_five_items() {
        let c = build(&case("00403001", "egov_portal", ""), Calendar::builtin());
        assert_eq!(
            item_count(Service::QueueRegistration, Channel::EgovPortal),
            5
        );
        assert_eq!(
            items(&c),
            vec![
                (1, D::ApplicationForm),
                (2, D::ServiceWorkplaceCertificate),
                (3, D::TeacherWorkplaceCertificate),
                (3, D::TeacherDiploma),
                (4, D::PmpcConclusion),
                (5, D::PhthisiatricianConclusion),
            ]
        );
        assert_eq!(c.automatic.len(), 2);
    }

    #[test]
    fn annex4_8_office_and_portal_lists_have_seven_items() {
        assert_eq!(item_count(Service::Admission, Channel::ProviderOffice), 7);
        assert_eq!(item_count(Service::Admission, Channel::EgovPortal), 7);
        let c = build(
            &case("00403002", "provider_office", ""),
            Calendar::builtin(),
        );
        assert_eq!(
            items(&c),
            vec![
                (1, D::Referral),
                (2, D::ApplicationForm),
                (3, D::ApplicantIdentity),
                (4, D::BirthCertificate),
                (5, D::VaccinationCard),
                (6, D::HealthCertificate),
                (7, D::PmpcConclusion),
            ]
        );
        assert!(!c.complete);
        assert_eq!(
            c.missing,
            vec![D::Referral, D::VaccinationCard, D::HealthCertificate]
        );
    }

    #[test]
    fn annex2_8_4_serviceman_certificate_expires_after_one_month() {
        let c = build(
            &case(
                "00403001",
                "provider_office",
                r#","family":{"serviceman":true},"documents":[{"kind":"service_workplace_certificate","issued_on":"2026-10-20"}]"#,
            ),
            Calendar::builtin(),
        );
        let i = &c.items[3];
        assert_eq!(i.status, Status::Expired);
        assert_eq!(i.last_valid_day, Some(d(2026, 11, 20)));
        assert!(!c.complete);
    }

    #[test]
    fn annex2_8_5_teacher_certificate_expires_soon_within_window() {
        let c = build(
            &case(
                "00403001",
                "egov_portal",
                r#","family":{"teacher":true},"documents":[{"kind":"teacher_workplace_certificate","issued_on":"2026-10-26"},{"kind":"teacher_diploma"}]"#,
            ),
            Calendar::builtin(),
        );
        assert_eq!(c.items[2].status, Status::ExpiresSoon);
        assert_eq!(c.items[2].last_valid_day, Some(d(2026, 11, 26)));
        assert_eq!(c.items[3].status, Status::Ok);
        assert!(c.complete);
    }

    #[test]
    fn annex4_8_1_referral_five_working_days() {
        let c = build(
            &case(
                "00403002",
                "provider_office",
                r#","documents":[{"kind":"referral","issued_on":"2026-11-13"},{"kind":"vaccination_card"},{"kind":"health_certificate","issued_on":"2026-11-21"}]"#,
            ),
            Calendar::builtin(),
        );
        // Friday 13 Nov: the fifth working day after it is Friday 20 Nov.
        assert_eq!(c.items[0].last_valid_day, Some(d(2026, 11, 20)));
        assert_eq!(c.items[0].status, Status::Expired);
        assert_eq!(c.items[5].status, Status::ExpiresSoon);
    }

    #[test]
    fn cl34_1_health_certificate_older_than_three_days_before_contract_is_expired() {
        let c = build(
            &case(
                "00403002",
                "provider_office",
                r#","admission":{"contract_date":"2026-11-25"},"documents":[{"kind":"health_certificate","issued_on":"2026-11-21"}]"#,
            ),
            Calendar::builtin(),
        );
        let h = &c.items[5];
        assert_eq!(h.last_valid_day, Some(d(2026, 11, 24)));
        assert_eq!(h.status, Status::Expired);
        assert!(h.reasons.contains(&ReasonCode::DocTooEarlyForContract));
    }

    #[test]
    fn annex4_8_emergency_items_4_to_6_may_come_later() {
        let c = build(
            &case(
                "00403002",
                "egov_portal",
                r#","admission":{"emergency_measures":true},"documents":[{"kind":"referral","issued_on":"2026-11-23"}]"#,
            ),
            Calendar::builtin(),
        );
        assert_eq!(c.items[4].status, Status::Later);
        assert_eq!(c.items[5].status, Status::Later);
        assert!(c.complete);
    }

    #[test]
    fn annex2_8_application_needs_consent() {
        let mut k = case("00403001", "egov_portal", "");
        k.consent = false;
        let c = build(&k, Calendar::builtin());
        assert_eq!(c.items[0].status, Status::Missing);
        assert!(!c.complete);
    }

    #[test]
    fn annex2_8_7_phthisiatrician_only_for_sanatorium_queue_reading() {
        let c = build(
            &case("00403001", "provider_office", ""),
            Calendar::builtin(),
        );
        assert_eq!(c.items[7].status, Status::NotNeeded);
        let mut k = case("00403001", "provider_office", "");
        k.child.sanatorium = Some(crate::case::SanatoriumType::Prevention);
        let c = build(&k, Calendar::builtin());
        assert_eq!(c.items[7].status, Status::Missing);
        assert!(c.items[7]
            .reasons
            .contains(&ReasonCode::DocPhthisiatricianReading));
    }

    #[test]
    fn annex2_8_8_first_priority_proof_comes_through_gateway() {
        let c = build(
            &case(
                "00403001",
                "provider_office",
                r#","family":{"large_family":true}"#,
            ),
            Calendar::builtin(),
        );
        assert_eq!(c.items[8].status, Status::Automatic);
    }
}
