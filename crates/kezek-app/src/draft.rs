//! The wizard's draft: the parent's answers as typed, how they become a case
//! for the rules, and how they are stored.
//!
//! The draft keeps what the parent typed *as typed* (dates and IINs are
//! strings), so a half-entered value is never lost; [`Draft::to_case`] turns it
//! into a `kezek_rules::Case` for the rules, naming the field of anything
//! missing or malformed. The draft carries a schema version; [`Draft::from_json`]
//! migrates older versions. The one reducer that changes it is
//! [`crate::state`]. No legal decision is taken here.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use kezek_rules::case::{Disorder, Role, SanatoriumType};
use kezek_rules::documents::DocumentKind;
use kezek_rules::service::ChildQuestion;
use kezek_rules::{Case, CaseError};
use kezek_rules::{Channel, Service};
use serde::{Deserialize, Serialize};

use crate::route::Step;

/// The draft's schema version.
pub const DRAFT_VERSION: u32 = 2;

/// A document the parent ticked, with the issue date as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HeldEntry {
    /// The parent holds it.
    pub held: bool,
    /// Issue date `YYYY-MM-DD` as typed (may be empty).
    pub issued_on: String,
}

/// A family-service document the parent ticked, with the last day it is
/// valid as typed (empty when the document states none).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct HeldUntil {
    /// The parent holds it.
    pub held: bool,
    /// Last valid day `YYYY-MM-DD` as typed (may be empty).
    pub valid_until: String,
}

/// The parent's answers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Draft {
    /// [`DRAFT_VERSION`].
    pub version: u32,
    /// Step 1: service.
    pub service: Option<Service>,
    /// Step 1: channel.
    pub channel: Option<Channel>,
    /// Step 2: child's IIN as typed.
    pub child_iin: String,
    /// Step 2: birth date as typed (used when there is no IIN yet).
    pub child_birth_date: String,
    /// Step 2: settlement.
    pub settlement: String,
    /// Step 2: special educational needs.
    pub sen: bool,
    /// Step 2: PMPC conclusion held.
    pub pmpc: bool,
    /// Step 2: disorders named in the PMPC conclusion.
    pub disorders: Vec<Disorder>,
    /// Step 2: the sanatorium queue's type (cl. 13 para 4).
    pub sanatorium: Option<SanatoriumType>,
    /// Step 2: medical contraindication.
    pub contraindication: bool,
    /// Step 2: times already queued in this settlement.
    pub times_queued: u32,
    /// Step 2: what was typed for `times_queued` when it is not a whole
    /// number from 0 to 50 (said as an error; the number keeps its last
    /// good value). Not stored: a reload shows the number.
    #[serde(skip)]
    pub times_queued_typed: Option<String>,
    /// Step 2 (queue registration): the child had an out-of-turn or
    /// first-priority referral to a state preschool and the parent chose
    /// another one (cl. 16).
    pub previous_priority: bool,
    /// Step 2: the day the parent chose the other preschool, as typed.
    pub previous_priority_changed_on: String,
    /// Step 3: role.
    pub role: Option<Role>,
    /// Step 3: applicant's IIN as typed.
    pub applicant_iin: String,
    /// Step 3: full name (paper form).
    pub full_name: String,
    /// Step 3: SMS numbers (at most two).
    pub phones: Vec<String>,
    /// Step 3: e-mail.
    pub email: String,
    /// Step 4: family facts.
    pub family: kezek_rules::case::Family,
    /// Step 4: the parent answered "none of these" (no ground ticked, said so).
    pub family_none: bool,
    /// Step 6: documents held.
    pub documents: BTreeMap<DocumentKind, HeldEntry>,
    /// Step 6 (admission): planned contract date as typed.
    pub contract_date: String,
    /// Step 6 (admission): emergency or restriction measures in force.
    pub emergency_measures: bool,
    /// Step 6 (admission): the preschool of the referral (Annex 5 addressee).
    pub preschool: String,
    /// Step 6 (admission): early booking, the day the place is vacated (cl. 3 p. 7).
    pub place_vacated_on: String,
    /// Step 6 (admission): the day the documents were confirmed (cl. 22).
    pub documents_confirmed_on: String,
    /// Step 6 (admission): the one extension of the referral, calendar days (cl. 30).
    pub referral_extension_days: String,
    /// Step 8: consent (Annex 1, Annex 5), for this child's application:
    /// changing the child's IIN clears it.
    pub consent: bool,
    /// The furthest step reached (the progress indicator links up to it).
    pub reached: Step,
    /// Family-and-children services: yes/no answers by
    /// `kezek_rules::catalogue::FLAGS` name (those shared with step 4 live there).
    pub answers: BTreeMap<String, bool>,
    /// Family-and-children services: the chosen channel per service code.
    pub service_channels: BTreeMap<String, String>,
    /// Family-and-children services: the other children an application
    /// concerns («бала (балалар)»), birth dates as typed; `None` = not
    /// answered yet, empty = no other children.
    pub other_children: Option<Vec<String>>,
    /// Family-and-children services: the documents the parent holds, by
    /// checklist id, for the receipt preview.
    pub catalogue_documents: BTreeMap<String, HeldUntil>,
    /// Step 7: the application the parent said is already in the queue,
    /// as the queue file read there answered for the number typed. Step 8
    /// files no new queue application by it. Stored with the answers (the
    /// file is not): after a reload step 8 still says what is next for it,
    /// and step 7's field shows its number.
    pub existing: Option<Existing>,
}

/// An application of the queue file read on step 7, found by the number the
/// parent typed there ("already in the queue?") for this child: its number,
/// its status (waiting, or why not: cl. 20 sub. 4–7), and whether the file
/// was the sample city's (not real data).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Existing {
    /// The number typed.
    pub id: String,
    /// Its status in the file.
    pub status: kezek_queue::snapshot::Status,
    /// The file was the bundled sample city.
    pub sample: bool,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            version: DRAFT_VERSION,
            service: None,
            channel: None,
            child_iin: String::new(),
            child_birth_date: String::new(),
            settlement: String::new(),
            sen: false,
            pmpc: false,
            disorders: Vec::new(),
            sanatorium: None,
            contraindication: false,
            times_queued: 0,
            times_queued_typed: None,
            previous_priority: false,
            previous_priority_changed_on: String::new(),
            role: None,
            applicant_iin: String::new(),
            full_name: String::new(),
            phones: Vec::new(),
            email: String::new(),
            family: Default::default(),
            family_none: false,
            documents: BTreeMap::new(),
            contract_date: String::new(),
            emergency_measures: false,
            preschool: String::new(),
            place_vacated_on: String::new(),
            documents_confirmed_on: String::new(),
            referral_extension_days: String::new(),
            consent: false,
            reached: Step::Service,
            answers: BTreeMap::new(),
            service_channels: BTreeMap::new(),
            other_children: None,
            catalogue_documents: BTreeMap::new(),
            existing: None,
        }
    }
}

/// Why the draft cannot yet become a case: the field and the message key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The field, as the rules name it (`child.birth_date`).
    pub field: String,
    /// Fluent message id.
    pub key: String,
    /// Values its message says besides those [`FieldError::args`] derives
    /// (the two birth dates of an IIN that contradicts the typed date).
    pub values: Vec<(&'static str, String)>,
}

impl From<CaseError> for FieldError {
    fn from(e: CaseError) -> Self {
        FieldError {
            key: e.key(),
            field: e.field,
            values: Vec::new(),
        }
    }
}

impl FieldError {
    /// The arguments its message takes (`I18n::t_args`): the times-queued
    /// texts say the bound the rules check, `Case::MAX_TIMES_QUEUED`, rather
    /// than write it.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self.key.as_str() {
            "ui-error-times-queued" | "error-case-times-queued-out-of-range" => {
                vec![("max", Case::MAX_TIMES_QUEUED.to_string())]
            }
            _ => self.values.clone(),
        }
    }
}

fn trimmed(s: &str) -> Option<String> {
    let t = s.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

/// Parses a date typed as `YYYY-MM-DD` (what `<input type=date>` gives),
/// inside the dates the rules support (`kezek_rules::dates`).
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    kezek_rules::dates::parse_date(s).ok()
}

/// The IIN as typed, without spaces.
pub fn clean_iin(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// What reading a stored draft gave («сақталған жауаптар»).
#[derive(Debug, Clone, PartialEq)]
pub enum StoredDraft {
    /// Read whole (migrated when older).
    Whole(Draft),
    /// Read in part: every field that could be read is kept; `lost` names the
    /// fields left out (`sen`, `family.orphan`).
    Partial {
        /// The fields that could be read.
        draft: Draft,
        /// The fields left out.
        lost: Vec<String>,
    },
    /// Nothing could be read: not JSON, or not an object.
    Unreadable,
    /// Written by a newer Kezek (a higher schema version): never overwritten;
    /// `draft` holds the fields this version understands, for this visit only.
    Newer {
        /// The fields this version understands.
        draft: Draft,
        /// The stored schema version.
        version: u64,
    },
}

/// The step whose answers a draft field holds, or `None` for what is not an
/// answer (the furthest step reached) or belongs to the other family services.
pub fn step_of_draft_field(field: &str) -> Option<Step> {
    let head = field.split('.').next().unwrap_or("");
    Some(match head {
        "service" | "channel" => Step::Service,
        "child_iin"
        | "child_birth_date"
        | "settlement"
        | "sen"
        | "pmpc"
        | "disorders"
        | "sanatorium"
        | "contraindication"
        | "times_queued"
        | "previous_priority"
        | "previous_priority_changed_on" => Step::Child,
        "role" | "applicant_iin" | "full_name" | "phones" | "email" => Step::Applicant,
        "family" | "family_none" => Step::Family,
        "documents"
        | "contract_date"
        | "emergency_measures"
        | "preschool"
        | "place_vacated_on"
        | "documents_confirmed_on"
        | "referral_extension_days" => Step::Documents,
        "existing" => Step::Queue,
        "consent" => Step::Handoff,
        _ => return None,
    })
}

/// Copies into `root` (a valid draft as JSON) every value of `stored` under
/// the object at `ptr` that keeps the draft valid; an object that does not fit
/// whole is copied key by key. What cannot be copied is named in `lost`.
fn recover_fields(
    root: &mut serde_json::Value,
    ptr: &str,
    stored: &serde_json::Map<String, serde_json::Value>,
    lost: &mut Vec<String>,
) {
    use serde_json::Value;
    let valid = |root: &Value| Draft::deserialize(root).is_ok();
    let name = |k: &str| {
        let path = format!("{ptr}/{k}");
        path.trim_start_matches('/').replace('/', ".")
    };
    for (k, v) in stored {
        if ptr.is_empty() && k == "version" {
            continue;
        }
        let Some(parent) = root.pointer_mut(ptr).and_then(Value::as_object_mut) else {
            return;
        };
        let old = parent.insert(k.clone(), v.clone());
        if valid(root) {
            continue;
        }
        let parent = root
            .pointer_mut(ptr)
            .and_then(Value::as_object_mut)
            .expect("the parent object was just written to");
        match &old {
            Some(o) => parent.insert(k.clone(), o.clone()),
            None => parent.remove(k),
        };
        match (v, old) {
            // An object that was already valid in part (`family`): key by key.
            (Value::Object(sub), Some(Value::Object(_))) => {
                let child = format!("{ptr}/{}", k.replace('~', "~0").replace('/', "~1"));
                recover_fields(root, &child, sub, lost);
            }
            _ => lost.push(name(k)),
        }
    }
}

impl Draft {
    /// Reads a stored draft, migrating older versions and keeping every field
    /// that can be read (see [`StoredDraft`]).
    pub fn read(json: &str) -> StoredDraft {
        let Ok(mut v) = serde_json::from_str::<serde_json::Value>(json) else {
            return StoredDraft::Unreadable;
        };
        if !v.is_object() {
            return StoredDraft::Unreadable;
        }
        let version = v.get("version").and_then(|x| x.as_u64()).unwrap_or(1);
        if version <= u64::from(DRAFT_VERSION) {
            Draft::migrate(&mut v, version);
        }
        if let Ok(d) = Draft::deserialize(&v) {
            if version > u64::from(DRAFT_VERSION) {
                return StoredDraft::Newer { draft: d, version };
            }
            return StoredDraft::Whole(d);
        }
        let mut root = serde_json::to_value(Draft::default()).unwrap_or_default();
        let mut lost = Vec::new();
        if let serde_json::Value::Object(stored) = &v {
            recover_fields(&mut root, "", stored, &mut lost);
        }
        let draft = Draft::deserialize(&root).unwrap_or_default();
        if version > u64::from(DRAFT_VERSION) {
            StoredDraft::Newer { draft, version }
        } else {
            StoredDraft::Partial { draft, lost }
        }
    }

    /// Reads a stored draft, migrating older versions; `None` unless it reads whole.
    pub fn from_json(json: &str) -> Option<Draft> {
        match Draft::read(json) {
            StoredDraft::Whole(d) => Some(d),
            _ => None,
        }
    }

    /// Brings a draft of an older schema `version` to [`DRAFT_VERSION`].
    fn migrate(v: &mut serde_json::Value, version: u64) {
        if version < 2 {
            // Version 1 kept one phone as `phone`; version 2 keeps a list.
            if let Some(obj) = v.as_object_mut() {
                if let Some(p) = obj.remove("phone") {
                    let list = match p.as_str() {
                        Some(s) if !s.trim().is_empty() => vec![p.clone()],
                        _ => Vec::new(),
                    };
                    obj.insert("phones".into(), serde_json::Value::Array(list));
                }
            }
        }
        if let Some(obj) = v.as_object_mut() {
            obj.insert("version".into(), DRAFT_VERSION.into());
        }
    }

    /// The JSON stored locally.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The child's birth date: typed, or derived from a valid IIN — the
    /// rules' one rule ([`kezek_rules::catalogue::child_birth_date`]), which
    /// a family-service request's `child.iin` is read by too.
    pub fn birth_date(&self) -> Option<NaiveDate> {
        kezek_rules::catalogue::child_birth_date(
            parse_date(&self.child_birth_date),
            Some(&clean_iin(&self.child_iin)),
        )
    }

    /// The typed birth date contradicting the child's valid IIN, as the
    /// rules check it ([`kezek_rules::evaluate::IinCheck::of`]: Annex 2/4
    /// p. 9 sub. 1, `iin.birth_date_mismatch`; the rules keep the case whole
    /// and foretell the refusal for unreliable data): the error said at the
    /// date, with both dates, by step 2 and by the family services alike.
    pub fn birth_date_conflict(&self) -> Option<FieldError> {
        let typed = parse_date(&self.child_birth_date)?;
        let iin = trimmed(&clean_iin(&self.child_iin));
        let check = kezek_rules::evaluate::IinCheck::of(iin.as_deref(), typed);
        let encoded = check
            .encoded_birth_date
            .filter(|_| !check.matches_birth_date)?;
        let date = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
        Some(FieldError {
            field: "child.birth_date".to_owned(),
            key: "ui-error-iin-birth-date-mismatch".to_owned(),
            values: vec![("iin_date", date(encoded)), ("typed", date(typed))],
        })
    }

    /// The birth date the family services go by: [`Draft::birth_date`],
    /// none while the typed date contradicts the IIN (which of the two is
    /// right is the parent's to say; the age-decided grounds show as
    /// possible meanwhile, never decided on a date that may be wrong).
    fn family_birth_date(&self) -> Option<NaiveDate> {
        self.birth_date()
            .filter(|_| self.birth_date_conflict().is_none())
    }

    /// The family facts for the family-and-children services at `today`:
    /// the answers given there, plus what the preschool steps already know
    /// (the rules' [`kezek_rules::order254::catalogue_facts`]), so a fact is
    /// never asked twice; with the names of the facts the parent said.
    pub fn said_facts(
        &self,
        today: NaiveDate,
    ) -> kezek_rules::order254::catalogue_facts::SaidFacts {
        kezek_rules::order254::catalogue_facts::catalogue_facts(
            self.role,
            &self.family,
            self.family_birth_date(),
            &self.answers,
            today,
        )
    }

    /// The family facts of [`Draft::said_facts`].
    pub fn family_facts(&self, today: NaiveDate) -> kezek_rules::catalogue::FamilyFacts {
        self.said_facts(today).facts
    }

    /// Who applies for which child, as a family-service application names
    /// them: the fields given, as typed (IINs without spaces); the child's
    /// birth date by the rules' one rule ([`kezek_rules::catalogue::Child::named`]:
    /// typed, or the IIN's, then marked `birth_date_from_iin`), none while
    /// the typed date contradicts the IIN ([`Draft::family_birth_date`]).
    pub fn catalogue_identity(
        &self,
    ) -> (
        kezek_rules::catalogue::Applicant,
        kezek_rules::catalogue::Child,
    ) {
        (
            kezek_rules::catalogue::Applicant {
                full_name: trimmed(&self.full_name),
                iin: trimmed(&clean_iin(&self.applicant_iin)),
                address: None,
            },
            kezek_rules::catalogue::Child {
                birth_date: self.family_birth_date(),
                ..kezek_rules::catalogue::Child::named(
                    trimmed(&clean_iin(&self.child_iin)),
                    parse_date(&self.child_birth_date),
                )
            },
        )
    }

    /// The error of a held document's issue date as typed, if malformed.
    pub fn document_date_error(&self, kind: DocumentKind) -> Option<&'static str> {
        let e = self.documents.get(&kind)?;
        (e.held && !e.issued_on.trim().is_empty() && parse_date(&e.issued_on).is_none())
            .then_some("ui-error-date")
    }

    /// The case for the rules at `as_of`, or the first field to fix (the
    /// first of [`Draft::problems`]).
    pub fn to_case(&self, as_of: NaiveDateTime) -> Result<Case, FieldError> {
        let (case, problems) = self.build(as_of);
        // Step 6's answers with a problem (a held document's date malformed
        // or refused, a contract day gone by, the preschool's name) are left
        // out of the case by `build`, each said at its field: the case
        // stands, so the step that asks them still shows. One the case
        // still holds (none today) stops it, as any other problem does.
        let first = problems.first().cloned();
        match problems
            .into_iter()
            .find(|p| crate::route::step_of_field(&p.field) != crate::route::Step::Documents)
        {
            Some(e) => Err(e),
            None => match case.validate() {
                Ok(()) => Ok(case),
                Err(e) => Err(first.unwrap_or_else(|| e.into())),
            },
        }
    }

    /// Every problem with the answers at `as_of`, all at once, in the order
    /// the steps ask for the fields: what is missing or malformed as typed,
    /// then what the rules' validation finds (a birth date in the future, a
    /// phone that is not a mobile…). One field, one problem.
    pub fn problems(&self, as_of: NaiveDateTime) -> Vec<FieldError> {
        self.build(as_of).1
    }

    /// The case the answers make, with neutral stand-ins for what is still
    /// missing (so one gap does not hide the problems of other fields), and
    /// the problems, sorted by where the wizard asks for each field.
    fn build(&self, as_of: NaiveDateTime) -> (Case, Vec<FieldError>) {
        let mut problems: Vec<FieldError> = Vec::new();
        let mut flag = |field: &str, key: &str| {
            if !problems.iter().any(|p| p.field == field) {
                problems.push(FieldError {
                    field: field.to_owned(),
                    key: key.to_owned(),
                    values: Vec::new(),
                });
            }
        };
        let service = self.service.unwrap_or_else(|| {
            flag("service", "ui-error-service-required");
            Service::QueueRegistration
        });
        let channel = self.channel.unwrap_or_else(|| {
            flag("channel", "ui-error-channel-required");
            Channel::EgovPortal
        });
        let child_iin = trimmed(&clean_iin(&self.child_iin));
        if let Some(iin) = &child_iin {
            if let Err(e) = kezek_rules::iin::parse(iin) {
                flag(
                    "child.iin",
                    &kezek_rules::reason::fluent_key("error", e.code()),
                );
            }
        }
        if !self.child_birth_date.trim().is_empty() && parse_date(&self.child_birth_date).is_none()
        {
            flag("child.birth_date", "ui-error-date");
        }
        // A typed date that contradicts a valid IIN is not passed on to
        // drive the age and the queues (walkthrough 28, M2): the wizard asks
        // which of the two is right before going on.
        let mismatch_error = self.birth_date_conflict();
        let known_birth_date = self.birth_date();
        let birth_date = known_birth_date.unwrap_or_else(|| {
            if child_iin.is_none() && self.child_birth_date.trim().is_empty() {
                flag("child.iin", "ui-error-child-iin-or-birth-date");
            }
            as_of.date()
        });
        let settlement = trimmed(&self.settlement).unwrap_or_else(|| {
            flag("child.settlement", "ui-error-settlement-required");
            String::new()
        });
        let role = self.role.unwrap_or_else(|| {
            flag("applicant.role", "ui-error-role-required");
            Role::Parent
        });
        // The queue questions are asked, and carried, where the rules say
        // the service reads them (admission does not: the walkthrough of
        // 03.12.2026).
        let asks = |q: ChildQuestion| service.asks(q);
        if self.times_queued_typed.is_some() && asks(ChildQuestion::TimesQueuedInSettlement) {
            flag("times_queued_in_settlement", "ui-error-times-queued");
        }
        let applicant_iin = trimmed(&clean_iin(&self.applicant_iin));
        if let Some(iin) = &applicant_iin {
            if let Err(e) = kezek_rules::iin::parse(iin) {
                flag(
                    "applicant.iin",
                    &kezek_rules::reason::fluent_key("error", e.code()),
                );
            }
        }
        // Step 6 shows the documents of this service's list (Annex 2 or 4
        // p. 8, by channel); one ticked for another service (the draft keeps
        // every tick) is not said here, where it has no field.
        let listed = |kind: DocumentKind| {
            kezek_rules::checklist::citation_of(service, channel, kind).is_some()
        };
        let mut documents = Vec::new();
        let mut document_kinds = Vec::new();
        for (kind, entry) in &self.documents {
            if !entry.held {
                continue;
            }
            if let Some(key) = self.document_date_error(*kind).filter(|_| listed(*kind)) {
                flag(&format!("documents.{}", kind.code()), key);
            }
            // Held, its issue date not yet typed (or malformed, said at its
            // box by `document_date_error`): the rules take it held without
            // a date — a document valid for a limited time then awaits it
            // (`awaits_issue_date`), neither missing nor a refusal ground.
            let issued_on = parse_date(&entry.issued_on);
            documents.push(kezek_rules::case::HeldDocument {
                kind: *kind,
                issued_on,
            });
            document_kinds.push(*kind);
        }
        // The numbers given, with the box each was typed in (an empty first
        // box does not renumber the second).
        let phones: Vec<(usize, String)> = self
            .phones
            .iter()
            .enumerate()
            .filter_map(|(i, p)| trimmed(&normalise_phone(p)).map(|p| (i, p)))
            .collect();
        // cl. 16: asked on step 2 for both services. At queue registration
        // the day is needed (a new application waits a month from it); at
        // admission the answer says the referral held came from the general
        // queue (the rules' `cl16_applies`) and the day changes nothing.
        let previous_priority_referral = if !self.previous_priority {
            None
        } else if service == Service::Admission {
            // Only the fact is read at admission (the rules'
            // `cl16_applies`); the day is neither asked nor carried.
            Some(kezek_rules::case::PriorityReferral {
                state_preschool: true,
                changed_on: None,
            })
        } else {
            let changed_on = parse_date(&self.previous_priority_changed_on);
            if changed_on.is_none() {
                flag(
                    "previous_priority_referral.changed_on",
                    if self.previous_priority_changed_on.trim().is_empty() {
                        "ui-error-previous-priority-date-required"
                    } else {
                        "ui-error-date"
                    },
                );
            }
            changed_on.map(|changed_on| kezek_rules::case::PriorityReferral {
                state_preschool: true,
                changed_on: Some(changed_on),
            })
        };
        let admission =
            (service == Service::Admission).then(|| kezek_rules::case::AdmissionFacts {
                contract_date: parse_date(&self.contract_date),
                emergency_measures: self.emergency_measures,
                place_vacated_on: parse_date(&self.place_vacated_on),
                documents_confirmed_on: parse_date(&self.documents_confirmed_on),
                referral_extension_days: self.referral_extension_days.trim().parse().ok(),
                preschool: trimmed(&self.preschool),
            });
        let mut case = Case {
            service,
            channel,
            as_of,
            applicant: kezek_rules::case::Applicant {
                role,
                iin: applicant_iin,
                full_name: trimmed(&self.full_name),
                address: None,
                phones: phones.iter().map(|(_, p)| p.clone()).collect(),
                email: trimmed(&self.email),
            },
            child: kezek_rules::case::Child {
                iin: child_iin,
                full_name: None,
                birth_date,
                settlement,
                special_educational_needs: self.sen,
                pmpc_conclusion: self.sen && self.pmpc,
                disorders: if self.sen && self.pmpc && asks(ChildQuestion::Disorders) {
                    self.disorders.clone()
                } else {
                    Vec::new()
                },
                sanatorium: self.sanatorium.filter(|_| asks(ChildQuestion::Sanatorium)),
                medical_contraindication: self.contraindication,
            },
            family: self.family.clone(),
            documents,
            consent: self.consent,
            times_queued_in_settlement: if asks(ChildQuestion::TimesQueuedInSettlement) {
                self.times_queued
            } else {
                0
            },
            previous_priority_referral,
            changing_preschool: false,
            admission,
        };
        let mut refused_documents = Vec::new();
        for e in case.problems() {
            // The rules number held documents and given phones; the screen
            // names documents by kind and phones by their box.
            let index = |prefix: &str| {
                e.field
                    .strip_prefix(prefix)
                    .and_then(|r| r.split(']').next())
                    .and_then(|i| i.parse::<usize>().ok())
            };
            let field = if let Some(i) = index("documents[").filter(|&i| i < document_kinds.len()) {
                refused_documents.push(i);
                // Not said: a document of another service's list, and a date
                // before a birth date not known yet (a stand-in, said at its box).
                let stand_in_birth =
                    e.code == "case.document_before_birth" && known_birth_date.is_none();
                if !listed(document_kinds[i]) || stand_in_birth {
                    continue;
                }
                format!("documents.{}", document_kinds[i].code())
            } else if let Some((box_i, _)) = index("applicant.phones[").and_then(|i| phones.get(i))
            {
                format!("applicant.phones[{box_i}]")
            } else {
                e.field.clone()
            };
            flag(&field, &e.key());
        }
        // Step 6's answers that the rules refuse are left out of the case (a
        // held document's refused date — it stays held, without a date, so
        // one valid for a limited time awaits it; the contract day falls
        // back to today), each said at its field: the case stands, so step
        // 6, where they are corrected, still shows (see `to_case`).
        for (i, d) in case.documents.iter_mut().enumerate() {
            if refused_documents.contains(&i) {
                d.issued_on = None;
            }
        }
        if let Some(a) = case.admission.as_mut() {
            let refused = |f: &str| problems.iter().any(|p| p.field == f);
            if refused("admission.contract_date") {
                a.contract_date = None;
            }
            if refused("admission.preschool") {
                a.preschool = None;
            }
            if refused("admission.referral_extension_days") {
                a.referral_extension_days = None;
            }
            if refused("admission.documents_confirmed_on") {
                a.documents_confirmed_on = None;
            }
        }
        // Said at the date's box unless the date has a problem of its own.
        if let Some(m) = mismatch_error.filter(|m| !problems.iter().any(|p| p.field == m.field)) {
            problems.push(m);
        }
        problems.sort_by_key(|p| field_order(&p.field));
        (case, problems)
    }
}

/// A phone number as people in Kazakhstan write it (`8 701 123 45 67`,
/// `87011234567`, `+7 (701) 123-45-67`, `7011234567`) in the `+7XXXXXXXXXX`
/// form the application carries; anything else is left as typed (and flagged).
pub fn normalise_phone(typed: &str) -> String {
    let compact: String = typed
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '\u{a0}'))
        .collect();
    let digits = compact.strip_prefix('+').unwrap_or(&compact);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return compact;
    }
    match (compact.starts_with('+'), digits.len()) {
        (false, 11) if digits.starts_with('8') || digits.starts_with('7') => {
            format!("+7{}", &digits[1..])
        }
        (false, 10) if digits.starts_with('7') => format!("+7{digits}"),
        _ => compact,
    }
}

/// Where the wizard asks for a field: its step, then its place on the screen.
pub fn field_order(field: &str) -> (Step, usize) {
    const ON_SCREEN: [&str; 16] = [
        "service",
        "channel",
        "child.iin",
        "child.birth_date",
        "child.settlement",
        "times_queued_in_settlement",
        "previous_priority_referral",
        "applicant.role",
        "applicant.iin",
        "applicant.full_name",
        "applicant.phones",
        "applicant.email",
        "admission.contract_date",
        "admission.preschool",
        "admission",
        "documents",
    ];
    let place = ON_SCREEN
        .iter()
        .position(|f| field.starts_with(f))
        .unwrap_or(ON_SCREEN.len());
    (crate::route::step_of_field(field), place)
}

/// A family fact the parent answers in step 4: a priority ground the
/// family declares (cl. 20, Annex 1), read and written through the rules'
/// [`kezek_rules::case::Family::get`] / [`kezek_rules::case::Family::set`] —
/// the app keeps no mapping of its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FamilyFact(kezek_rules::Ground);

impl FamilyFact {
    /// Orphan.
    pub const ORPHAN: FamilyFact = FamilyFact(kezek_rules::Ground::Orphan);
    /// Left without parental care.
    pub const WITHOUT_PARENTAL_CARE: FamilyFact =
        FamilyFact(kezek_rules::Ground::WithoutParentalCare);

    /// All, in the order of the application form's boxes (Annex 1), as the
    /// family step asks them: the rules' [`kezek_rules::case::Family::IN_FORM_ORDER`].
    pub const ALL: [FamilyFact; kezek_rules::case::Family::IN_FORM_ORDER.len()] = {
        let grounds = kezek_rules::case::Family::IN_FORM_ORDER;
        let mut all = [FamilyFact(grounds[0]); kezek_rules::case::Family::IN_FORM_ORDER.len()];
        let mut i = 0;
        while i < grounds.len() {
            all[i] = FamilyFact(grounds[i]);
            i += 1;
        }
        all
    };

    /// The ground it declares (for the "what proves this" line).
    pub fn ground(self) -> kezek_rules::Ground {
        self.0
    }

    /// A stable id for inputs and tests.
    pub fn id(self) -> &'static str {
        self.0.code()
    }

    /// Whether the draft answers yes.
    pub fn is_set(self, d: &Draft) -> bool {
        d.family.get(self.0)
    }

    /// Answers it in `f`.
    pub(crate) fn set(self, f: &mut kezek_rules::case::Family, v: bool) {
        f.set(self.0, v);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::state::{Action, Wizard};

    /// The moment the tests evaluate at.
    pub(crate) fn at() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap()
    }

    /// Row 9's consent at the hand-off: the box ticked on the service
    /// screen is a fact said, so the prepared application records it
    /// (`kezek_rules::catalogue::prepare_said` records only a consent said).
    #[test]
    fn row9_the_consent_ticked_is_a_fact_said() {
        let today = at().date();
        let d = Draft::default();
        assert!(!d.said_facts(today).said.contains(&"personal_data_consent"));
        let d = Wizard::apply(d, Action::SetAnswer("personal_data_consent".into(), true));
        let said = d.said_facts(today);
        assert!(
            said.said.contains(&"personal_data_consent"),
            "{:?}",
            said.said
        );
        assert!(said.facts.personal_data_consent);
    }

    /// A draft with steps 1-2 and the role answered.
    pub(crate) fn filled() -> Draft {
        let mut d = Draft::default();
        for a in [
            Action::SetService(Service::QueueRegistration),
            Action::SetChannel(Channel::EgovPortal),
            Action::SetChildIin("230510 512343".into()),
            Action::SetSettlement("Astana".into()),
            Action::SetRole(Role::Parent),
        ] {
            d = Wizard::apply(d, a);
        }
        d
    }

    /// Annex 1 (the application the parent signs) lists the grounds in boxes:
    /// serviceman (1), special state body (2), legal representatives with a
    /// disability (3), special educational needs (4, the child's step),
    /// without parental care (5), orphan (6), large family (7), teacher (8),
    /// a family raising a child with a disability (9). The family step asks in
    /// the form's order — it asked in cl. 20's, the teacher fourth — with the
    /// law-enforcement ground, which has no box, after box 2.
    #[test]
    fn annex1_the_family_step_asks_the_grounds_in_the_forms_box_order() {
        use kezek_rules::Ground;
        let boxes: Vec<u8> = FamilyFact::ALL
            .iter()
            .filter_map(|f| f.ground().annex1_box())
            .collect();
        assert_eq!(boxes, vec![1, 2, 3, 5, 6, 7, 8, 9]);
        let le = FamilyFact::ALL
            .iter()
            .position(|f| f.ground() == Ground::LawEnforcement)
            .expect("the law-enforcement ground is asked");
        assert_eq!(FamilyFact::ALL[le - 1].ground(), Ground::SpecialStateBody);
    }

    #[test]
    fn birth_date_is_derived_from_the_child_iin() {
        let d = filled();
        assert_eq!(d.birth_date(), NaiveDate::from_ymd_opt(2023, 5, 10));
        let case = d.to_case(at()).unwrap();
        assert_eq!(case.child.iin.as_deref(), Some("230510512343"));
    }

    /// A child born on 29 February (code review: the summary recovered the
    /// birth date as the sixth birthday minus 72 months, 28.02.2020): the
    /// date the IIN gives is kept as it is, on the draft and in the case.
    #[test]
    fn a_child_born_29_february_2020_stays_born_on_29_february() {
        let d = Wizard::apply(filled(), Action::SetChildIin("200229 500129".into()));
        let leap_day = NaiveDate::from_ymd_opt(2020, 2, 29);
        assert_eq!(d.birth_date(), leap_day);
        let case = d.to_case(at()).unwrap();
        assert_eq!(Some(case.child.birth_date), leap_day);
    }

    #[test]
    fn missing_answers_name_their_field() {
        let d = Draft::default();
        assert_eq!(d.to_case(at()).unwrap_err().field, "service");
        let mut d = filled();
        d.settlement = "  ".into();
        assert_eq!(d.to_case(at()).unwrap_err().field, "child.settlement");
    }

    /// A name pasted with a line break, or longer than a field takes, is
    /// shown at its own box (the rules' `case.text_*`), in the order of the
    /// applicant step: after the IIN, before the phones.
    #[test]
    fn a_pasted_name_with_a_hidden_character_is_flagged_at_the_name_box() {
        let mut d = filled();
        d.full_name = "Айгүл\nСерікқызы".into();
        d.phones = vec!["12345".into()];
        let p = d.problems(at());
        assert_eq!(
            p.iter()
                .map(|e| (e.field.as_str(), e.key.as_str()))
                .collect::<Vec<_>>(),
            [
                ("applicant.full_name", "error-case-text-control-character"),
                ("applicant.phones[0]", "error-case-bad-phone")
            ]
        );
        assert_eq!(
            crate::components::error_summary::field_element("applicant.full_name"),
            "applicant-name"
        );
        assert_eq!(
            crate::components::error_summary::field_element("admission.preschool"),
            "preschool"
        );
        d.full_name = "Ә".repeat(kezek_rules::case::TEXT_MAX_CHARS + 1);
        assert_eq!(d.problems(at())[0].key, "error-case-text-too-long");
    }

    /// The app reads a name and a settlement through the rules' one table
    /// (hostile18 item 2): ❤️ (U+2764 U+FE0F) passes as 👍 does, a selector
    /// after a letter is still flagged at its box.
    #[test]
    fn an_emoji_with_its_selector_passes_a_stray_selector_is_flagged() {
        let mut d = filled();
        d.full_name = "Айгүл ❤\u{FE0F}".into();
        d.settlement = "Астана 👨\u{200D}👩\u{200D}👧 ✔\u{FE0F}".into();
        assert!(d.problems(at()).is_empty());
        d.settlement = "Астана\u{FE0F}".into();
        let p = d.problems(at());
        assert_eq!(
            p.iter()
                .map(|e| (e.field.as_str(), e.key.as_str()))
                .collect::<Vec<_>>(),
            [("child.settlement", "error-case-text-control-character")]
        );
    }

    #[test]
    fn every_problem_is_listed_at_once_in_the_order_the_steps_ask() {
        let fields =
            |d: &Draft| -> Vec<String> { d.problems(at()).into_iter().map(|e| e.field).collect() };
        assert_eq!(
            fields(&Draft::default()),
            [
                "service",
                "channel",
                "child.iin",
                "child.settlement",
                "applicant.role"
            ]
        );
        let mut d = filled();
        d.child_iin.clear();
        d.child_birth_date = "2027-03-01".into();
        d.phones = vec![String::new(), "12345".into()];
        d.email = "not-an-address".into();
        let p = d.problems(at());
        assert_eq!(
            p.iter().map(|e| e.field.as_str()).collect::<Vec<_>>(),
            ["child.birth_date", "applicant.phones[1]", "applicant.email"],
            "a future birth date is a problem of step 2; the second phone box keeps its number"
        );
        assert_eq!(p[0].key, "error-case-birth-in-future");
        assert_eq!(d.to_case(at()).unwrap_err().field, "child.birth_date");
        assert!(filled().problems(at()).is_empty());
    }

    #[test]
    fn phones_are_taken_as_people_write_them() {
        for typed in [
            "8 701 123 45 67",
            "87011234567",
            "+7 (701) 123-45-67",
            "7011234567",
            "77011234567",
        ] {
            assert_eq!(normalise_phone(typed), "+77011234567", "{typed}");
        }
        let d = Wizard::apply(filled(), Action::SetPhone(0, "8 (701) 123-45-67".into()));
        assert_eq!(d.to_case(at()).unwrap().applicant.phones, ["+77011234567"]);
        let d = Wizard::apply(filled(), Action::SetPhone(0, "8 727 212 34 56".into()));
        assert_eq!(d.to_case(at()).unwrap_err().field, "applicant.phones[0]");
    }

    /// Walkthrough 28, M2: IIN 241015600012 encodes 15.10.2024; a typed
    /// birth date of 15.10.2014 passed step 2 with an orange line and then
    /// drove everything (a child of 12, refused). The two disagree: step 2
    /// stops with both dates said (Annex 2 p. 9 sub. 1, unreliable data).
    #[test]
    fn a_birth_date_contradicting_the_childs_iin_stops_step_2_with_both_dates() {
        let d = Wizard::apply(filled(), Action::SetChildIin("241015600012".into()));
        let d = Wizard::apply(d, Action::SetBirthDate("2014-10-15".into()));
        let p = d.problems(at());
        let e = p
            .iter()
            .find(|e| e.field == "child.birth_date")
            .unwrap_or_else(|| panic!("no problem at the birth date: {p:?}"));
        assert_eq!(e.key, "ui-error-iin-birth-date-mismatch");
        assert_eq!(
            e.args(),
            vec![
                ("iin_date", "15.10.2024".to_owned()),
                ("typed", "15.10.2014".to_owned())
            ]
        );
        assert_eq!(d.to_case(at()).unwrap_err().field, "child.birth_date");
        // The same date typed as the IIN encodes: no problem.
        let d = Wizard::apply(d, Action::SetBirthDate("2024-10-15".into()));
        assert!(d.problems(at()).is_empty(), "{:?}", d.problems(at()));
    }

    /// Order 414 (the family services' questions share step 2's birth
    /// date): a typed date contradicting the child's valid IIN drove the
    /// family services' ages silently (the typed date won). Neither date is
    /// taken there until the parent says which is right (Annex 2 p. 9 sub. 1
    /// of order 254, the rules' `IinCheck`): the age-decided grounds stay
    /// possible, and the application names no birth date.
    #[test]
    fn a_birth_date_contradicting_the_childs_iin_is_not_taken_by_the_family_services() {
        let today = at().date();
        let d = Wizard::apply(filled(), Action::SetChildIin("241015600012".into()));
        let d = Wizard::apply(d, Action::SetBirthDate("2014-10-15".into()));
        assert_eq!(d.family_facts(today).child_birth_date, None);
        assert_eq!(d.catalogue_identity().1.birth_date, None);
        // Agreeing, or left empty (the IIN gives it): the IIN's date.
        let iin_date = NaiveDate::from_ymd_opt(2024, 10, 15);
        for typed in ["2024-10-15", ""] {
            let d = Wizard::apply(d.clone(), Action::SetBirthDate(typed.into()));
            assert_eq!(
                d.family_facts(today).child_birth_date,
                iin_date,
                "{typed:?}"
            );
            let child = d.catalogue_identity().1;
            assert_eq!(child.birth_date, iin_date, "{typed:?}");
            // Left empty, the date is the IIN's, and the application says so.
            assert_eq!(child.birth_date_from_iin, typed.is_empty(), "{typed:?}");
        }
    }

    #[test]
    fn a_bad_iin_is_reported_with_the_rules_error_key() {
        let d = Wizard::apply(filled(), Action::SetChildIin("230510512344".into()));
        let e = d.to_case(at()).unwrap_err();
        assert_eq!(e.field, "child.iin");
        assert_eq!(e.key, "error-iin-bad-checksum");
    }

    /// The walkthrough of 01.12.2026: "-1" or "2.5" typed as the number of
    /// times queued became 0 without a word.
    #[test]
    fn a_times_queued_that_is_not_a_whole_number_is_said_and_not_taken_as_zero() {
        let d = Wizard::apply(filled(), Action::SetTimesQueued("2".into()));
        assert_eq!(d.times_queued, 2);
        for bad in ["-1", "2.5", "two", "51"] {
            let d = Wizard::apply(d.clone(), Action::SetTimesQueued(bad.into()));
            assert_eq!(d.times_queued, 2, "{bad}: the last good number is kept");
            let e = d.to_case(at()).unwrap_err();
            assert_eq!(e.field, "times_queued_in_settlement", "{bad}");
            assert_eq!(e.key, "ui-error-times-queued", "{bad}");
        }
        // Emptied: none.
        let d = Wizard::apply(d, Action::SetTimesQueued(" ".into()));
        assert_eq!(d.times_queued, 0);
        assert!(d.to_case(at()).is_ok());
    }

    /// Walkthrough 28 (m4): admission asked the queue questions of queue
    /// registration (the times queued, cl. 15; the sanatorium queue, cl.
    /// 13). The rules' `Service::asks` says admission reads none of them:
    /// step 2 does not ask them there, the case carries none, and an
    /// answer left from queue registration (a "-1" typed) holds nothing back.
    #[test]
    fn admission_carries_no_answer_to_the_queue_questions() {
        use kezek_rules::case::{Disorder, SanatoriumType};
        let mut d = Wizard::apply(filled(), Action::SetSen(true));
        for a in [
            Action::SetPmpc(true),
            Action::ToggleDisorder(Disorder::Hearing),
            Action::SetSanatorium(Some(SanatoriumType::Prevention)),
            Action::SetTimesQueued("3".into()),
            Action::SetTimesQueued("-1".into()),
        ] {
            d = Wizard::apply(d, a);
        }
        assert_eq!(
            d.to_case(at()).unwrap_err().field,
            "times_queued_in_settlement",
            "queue registration asks it"
        );
        let d = Wizard::apply(d, Action::SetService(Service::Admission));
        let d = Wizard::apply(d, Action::SetChannel(Channel::ProviderOffice));
        let case = d.to_case(at()).expect("admission does not ask it");
        assert_eq!(case.times_queued_in_settlement, 0);
        assert_eq!(case.child.sanatorium, None);
        assert!(case.child.disorders.is_empty());
        assert!(case.child.pmpc_conclusion, "asked at admission too");
        // Back to queue registration: the answers kept are asked again.
        let d = Wizard::apply(d, Action::SetService(Service::QueueRegistration));
        assert_eq!(
            d.to_case(at()).unwrap_err().field,
            "times_queued_in_settlement"
        );
    }

    /// lawyer29 Q1: cl. 16 «…басқа мектепке дейінгі ұйымды таңдағанда бір ай
    /// өткен соң жалпы кезекке тұрады және жекеменшік мектепке дейінгі ұйымға
    /// жолдама алады». At admission the answer decides whether the referral
    /// held came from the general queue, so that no out-of-turn or
    /// first-priority right is checked a second time (cl. 22): step 2 asks
    /// it at admission too, and the case carries it.
    #[test]
    fn cl16_admission_carries_the_previous_priority_referral() {
        let d = Wizard::apply(filled(), Action::SetService(Service::Admission));
        let d = Wizard::apply(d, Action::SetChannel(Channel::ProviderOffice));
        let d = Wizard::apply(d, Action::SetPreviousPriority(true));
        // The day changes nothing at admission (review29 item 1): not asked,
        // not required, and one typed before is not carried.
        let case = d.to_case(at()).expect("no day needed at admission");
        let p = case.previous_priority_referral.expect("asked at admission");
        assert!(p.state_preschool);
        assert_eq!(p.changed_on, None);
        let d = Wizard::apply(d, Action::SetPreviousPriorityChangedOn("2026-09-01".into()));
        let p = d.to_case(at()).unwrap().previous_priority_referral.unwrap();
        assert_eq!(p.changed_on, None);
        // At queue registration the day is asked and required.
        let d = Wizard::apply(d, Action::SetService(Service::QueueRegistration));
        let p = d.to_case(at()).unwrap().previous_priority_referral.unwrap();
        assert_eq!(p.changed_on, NaiveDate::from_ymd_opt(2026, 9, 1));
        let d = Wizard::apply(d, Action::SetPreviousPriorityChangedOn(String::new()));
        assert_eq!(
            d.to_case(at()).unwrap_err().key,
            "ui-error-previous-priority-date-required"
        );
    }

    /// The six texts of the times-queued bound (the app's box, the rules'
    /// refusal; kk, ru, en) wrote "0 to 50" while the check reads
    /// `Case::MAX_TIMES_QUEUED` (errors20 item 4): the bound is their
    /// argument `$max`, given where a field error is said.
    #[test]
    fn the_times_queued_texts_take_the_bound_the_rules_check() {
        let sources = [
            ("app kk", include_str!("../messages/kk.ftl")),
            ("app ru", include_str!("../messages/ru.ftl")),
            ("app en", include_str!("../messages/en.ftl")),
            ("rules kk", kezek_rules::messages::ftl("kk").unwrap()),
            ("rules ru", kezek_rules::messages::ftl("ru").unwrap()),
            ("rules en", kezek_rules::messages::ftl("en").unwrap()),
        ];
        for (name, src) in sources {
            let key = if name.starts_with("app") {
                "ui-error-times-queued"
            } else {
                "error-case-times-queued-out-of-range"
            };
            let text = kezek_rules::messages::message_value(src, key)
                .unwrap_or_else(|| panic!("{name}: no {key}"));
            assert!(
                text.contains("{ $max }") && !text.contains("50"),
                "{name}: {text}"
            );
        }
        // Said with the bound, as the box and the rules say it.
        #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
        {
            use crate::i18n::{I18n, Lang};
            let typed = Wizard::apply(filled(), Action::SetTimesQueued("51".into()));
            let mut counted = filled();
            counted.times_queued = Case::MAX_TIMES_QUEUED + 1;
            for d in [typed, counted] {
                let e = d.to_case(at()).unwrap_err();
                assert_eq!(e.field, "times_queued_in_settlement");
                for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                    let said = I18n::new(lang).t_args(&e.key, &e.args());
                    let max = Case::MAX_TIMES_QUEUED.to_string();
                    assert!(
                        said.contains(&max) && !said.contains('$'),
                        "{lang:?}: {said}"
                    );
                }
            }
        }
    }

    /// The walkthrough of 01.12.2026: the applicant's IIN could be the
    /// child's own, unnoticed.
    #[test]
    fn the_applicant_iin_cannot_be_the_child_iin() {
        let d = Wizard::apply(filled(), Action::SetApplicantIin("230510512343".into()));
        let e = d.to_case(at()).unwrap_err();
        assert_eq!(e.field, "applicant.iin");
        assert_eq!(e.key, "error-case-applicant-iin-is-child");
    }

    /// An IIN whose 7th digit says the 1800s (errors20 item 1): the app
    /// derived "born 01.01.1899" from it and then refused that birth date as
    /// out of range at the birth-date box, while the number was what was
    /// wrong. It is said at the IIN box, as the rules' IIN reader says it,
    /// and no birth date is taken from it.
    #[test]
    fn an_iin_of_the_1800s_is_said_at_the_iin_box() {
        let d = Wizard::apply(filled(), Action::SetChildIin("990101100000".into()));
        assert_eq!(d.birth_date(), None);
        let e = d.to_case(at()).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.key.as_str()),
            ("child.iin", "error-iin-bad-century")
        );
        let d = Wizard::apply(filled(), Action::SetApplicantIin("990101100000".into()));
        let e = d.to_case(at()).unwrap_err();
        assert_eq!(
            (e.field.as_str(), e.key.as_str()),
            ("applicant.iin", "error-iin-bad-century")
        );
    }

    #[test]
    fn a_bad_phone_comes_back_from_the_rules() {
        let d = Wizard::apply(filled(), Action::SetPhone(0, "12345".into()));
        let e = d.to_case(at()).unwrap_err();
        assert_eq!(e.field, "applicant.phones[0]");
        assert_eq!(e.key, "error-case-bad-phone");
    }

    /// A refused date is said only where step 6 has its field: not for a
    /// document ticked for another service (the referral of an admission,
    /// then queue registration: its list has no referral, so "Next" was
    /// held back by an error with no field), and not "issued before the
    /// birth" while the birth date is not known yet (the stand-in date made
    /// every child's document "before the birth"; the IIN or birth date box
    /// says what is missing). The review of 01.12.2026.
    #[test]
    fn a_refused_document_date_is_said_only_where_step_6_asks_it() {
        let admission = |d: Draft| {
            let d = Wizard::apply(d, Action::SetService(Service::Admission));
            Wizard::apply(d, Action::SetChannel(Channel::ProviderOffice))
        };
        let referral_of_2020 = |d: Draft| {
            let d = Wizard::apply(d, Action::SetHeld(DocumentKind::Referral, true));
            Wizard::apply(
                d,
                Action::SetIssued(DocumentKind::Referral, "2020-01-10".into()),
            )
        };
        let fields =
            |d: &Draft| -> Vec<String> { d.problems(at()).into_iter().map(|p| p.field).collect() };
        // Admission: said at the referral's date.
        let d = referral_of_2020(admission(filled()));
        assert!(
            fields(&d).contains(&"documents.referral".to_owned()),
            "{:?}",
            fields(&d)
        );
        // Then queue registration, whose list has no referral: not said.
        let d = Wizard::apply(d, Action::SetService(Service::QueueRegistration));
        assert_eq!(fields(&d), Vec::<String>::new());
        assert!(d.to_case(at()).is_ok());
        // No birth date yet: the IIN box says so, the referral's date does not.
        let mut d = referral_of_2020(admission(filled()));
        d.child_iin.clear();
        assert_eq!(fields(&d), ["child.iin"]);
    }

    /// Step 6's own answers that the rules refuse — a document issued in
    /// the future or before the child's birth, a contract day gone by, a
    /// preschool's name too long — are said at their fields on step 6 and
    /// left out of the case meanwhile: the case stands, so step 6 (where
    /// they are corrected) still shows. Before, the first of them stopped
    /// the case and step 6 said only "a previous step needs an answer",
    /// with the field to correct gone from the screen.
    #[test]
    fn a_refused_answer_of_step_6_is_said_at_its_field_and_the_case_stands() {
        let long = "Ә".repeat(kezek_rules::case::TEXT_MAX_CHARS + 1);
        #[rustfmt::skip]
        let rows: Vec<(Action, &str, &str, &str)> = vec![
            (Action::SetIssued(DocumentKind::Referral, "2026-12-01".into()), "documents.referral", "error-case-document-in-future", "issued-referral"),
            (Action::SetIssued(DocumentKind::Referral, "2020-01-10".into()), "documents.referral", "error-case-document-before-birth", "issued-referral"),
            (Action::SetContractDate("2026-11-20".into()),                   "admission.contract_date", "error-case-contract-in-past", "contract-date"),
            (Action::SetPreschool(long),                                      "admission.preschool", "error-case-text-too-long", "preschool"),
            (Action::SetReferralExtension("31".into()),                       "admission.referral_extension_days", "error-case-referral-extension-out-of-range", "referral-extension"),
            (Action::SetDocumentsConfirmed("2026-11-24".into()),              "admission.documents_confirmed_on", "error-case-confirmed-in-future", "documents-confirmed"),
        ];
        for (action, field, key, box_id) in rows {
            let mut d = Wizard::apply(filled(), Action::SetService(Service::Admission));
            d = Wizard::apply(d, Action::SetChannel(Channel::ProviderOffice));
            d = Wizard::apply(d, Action::SetHeld(DocumentKind::Referral, true));
            d = Wizard::apply(d, action);
            let problems = d.problems(at());
            assert!(
                problems
                    .iter()
                    .any(|p| (p.field.as_str(), p.key.as_str()) == (field, key)),
                "{field}: {problems:?}"
            );
            let case = d
                .to_case(at())
                .unwrap_or_else(|e| panic!("{field}: the case stops at {e:?}"));
            assert!(kezek_rules::evaluate(&case).is_ok(), "{field}");
            let a = case.admission.expect("admission facts");
            assert_eq!(
                (a.contract_date, a.preschool, a.documents_confirmed_on),
                (None, None, None),
                "{field}"
            );
            // The error summary's link leads to the field's own box.
            let element = crate::components::error_summary::field_element(field);
            assert_eq!(element, box_id, "{field}");
            // Held all the same, its date left out (refused, or not typed):
            // the rules say it awaits its date (`awaits_issue_date`).
            assert!(
                case.documents
                    .iter()
                    .filter(|h| h.kind == DocumentKind::Referral)
                    .all(|h| h.issued_on.is_none()),
                "{field}"
            );
        }
    }

    /// Annex 4 p. 8 (the health certificate, cl. 34 sub. 1; the referral,
    /// sub. 1) and Annex 2 p. 8 (the one-month certificates): a document
    /// ticked "I have it" whose issue date is not typed yet is passed to the
    /// rules held without a date, not left out of the case — left out, the
    /// rules saw it missing, and step 6's refusal preview and the hand-off's
    /// title said the service would be refused (the walkthrough of
    /// 05.12.2026). Step 6 reads the rules' `awaits_issue_date`; no refusal
    /// is foretold or previewed.
    #[test]
    fn annex4_8_a_document_held_without_its_issue_date_goes_to_the_rules_held() {
        let mut d = Wizard::apply(filled(), Action::SetService(Service::Admission));
        for a in [
            Action::SetChannel(Channel::ProviderOffice),
            Action::SetHeld(DocumentKind::Referral, true),
            Action::SetIssued(DocumentKind::Referral, "2026-11-20".into()),
            Action::SetHeld(DocumentKind::VaccinationCard, true),
            Action::SetHeld(DocumentKind::HealthCertificate, true),
            Action::SetConsent(true),
        ] {
            d = Wizard::apply(d, a);
        }
        let case = d.to_case(at()).expect("the case stands");
        let held = case.held(DocumentKind::HealthCertificate);
        assert_eq!(
            held.map(|h| h.issued_on),
            Some(None),
            "{:?}",
            case.documents
        );
        let e = kezek_rules::evaluate(&case).unwrap();
        let item = e.checklist.item(DocumentKind::HealthCertificate).unwrap();
        assert_eq!(item.status, kezek_rules::checklist::Status::AwaitsIssueDate);
        let foretold: Vec<_> = e.refusal.risks.iter().filter(|r| r.flat()).collect();
        assert!(foretold.is_empty(), "{foretold:?}");
        let shown: Vec<_> = e.refusal.risks.iter().collect();
        assert_eq!(
            kezek_rules::refusal::preview(e.service, e.channel, &shown),
            None
        );
    }

    /// cl. 22: admission's documents are confirmed after the referral is
    /// received. A day of confirmation before the referral's issue date is
    /// said at its own box on step 6 (in the referral's details, opened) and
    /// left out of the case, so the referral's days are counted without it.
    #[test]
    fn cl22_a_confirmation_before_the_referral_is_said_at_its_box() {
        let mut d = Wizard::apply(filled(), Action::SetService(Service::Admission));
        d = Wizard::apply(d, Action::SetChannel(Channel::ProviderOffice));
        d = Wizard::apply(d, Action::SetHeld(DocumentKind::Referral, true));
        d = Wizard::apply(
            d,
            Action::SetIssued(DocumentKind::Referral, "2026-11-20".into()),
        );
        d = Wizard::apply(d, Action::SetDocumentsConfirmed("2026-11-18".into()));
        let problems = d.problems(at());
        assert!(
            problems.iter().any(|p| (p.field.as_str(), p.key.as_str())
                == (
                    "admission.documents_confirmed_on",
                    "error-case-confirmed-before-referral"
                )),
            "{problems:?}"
        );
        let case = d.to_case(at()).expect("the case stands");
        assert_eq!(case.admission.unwrap().documents_confirmed_on, None);
        assert!(case
            .documents
            .iter()
            .any(|h| h.kind == DocumentKind::Referral));
        assert_eq!(
            crate::components::error_summary::field_element("admission.documents_confirmed_on"),
            "documents-confirmed"
        );
    }

    #[test]
    fn the_draft_round_trips_through_json() {
        let d = Wizard::apply(
            filled(),
            Action::SetIssued(DocumentKind::Referral, "2026-11-20".into()),
        );
        let back = Draft::from_json(&d.to_json()).unwrap();
        assert_eq!(back, d);
    }

    /// Step 7's answer «кезекте тұрған өтініш» (cl. 20 sub. 5, cl. 14): an
    /// application already in the queue was kept in memory only, so after a
    /// reload step 8 showed how to file a new queue application until step 7
    /// was answered again. It is stored with the other answers; one that
    /// cannot be read is lost alone and sends the parent back to step 7.
    #[test]
    fn cl20_5_step_7s_application_already_in_the_queue_is_kept_with_the_draft() {
        use kezek_queue::snapshot::Status;
        let x = Existing {
            id: "A0000686".into(),
            status: Status::ReferralIssued,
            sample: true,
        };
        let d = Wizard::apply(filled(), Action::SetExisting(Some(x.clone())));
        let back = Draft::from_json(&d.to_json()).unwrap();
        assert_eq!(back.existing.as_ref(), Some(&x));
        assert_eq!(back, d);
        match Draft::read(&stored_with("existing", r#"{"id": 7}"#)) {
            StoredDraft::Partial { draft, lost } => {
                assert_eq!(lost, vec!["existing".to_string()]);
                assert_eq!(draft.existing, None);
                assert_eq!(step_of_draft_field("existing"), Some(Step::Queue));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_version_1_draft_is_migrated() {
        let v1 =
            r#"{"version":1,"service":"00403001","phone":"+77011234567","settlement":"Almaty"}"#;
        let d = Draft::from_json(v1).unwrap();
        assert_eq!(d.version, DRAFT_VERSION);
        assert_eq!(d.phones, vec!["+77011234567".to_string()]);
        assert_eq!(d.settlement, "Almaty");
        assert!(Draft::from_json(r#"{"version":99}"#).is_none());
        assert!(Draft::from_json("not json").is_none());
    }

    /// A full stored draft with one field replaced by `bad` (raw JSON).
    fn stored_with(field: &str, bad: &str) -> String {
        let mut d = Wizard::apply(filled(), Action::SetApplicantIin("900101300012".into()));
        d = Wizard::apply(d, Action::SetFullName("Айгүл Серікқызы".into()));
        d = Wizard::apply(d, Action::SetPhone(0, "+77011234567".into()));
        d = Wizard::apply(d, Action::SetFamily(FamilyFact::ORPHAN, true));
        let mut v = serde_json::to_value(&d).unwrap();
        let mut slot = &mut v;
        for part in field.split('.') {
            slot = slot.get_mut(part).unwrap();
        }
        *slot = serde_json::from_str(bad).unwrap();
        v.to_string()
    }

    #[test]
    fn one_wrong_field_loses_only_that_field() {
        for (field, bad) in [
            ("sen", r#""yes""#),
            ("times_queued", "-1"),
            ("role", r#""uncle""#),
            ("family.orphan", "7"),
        ] {
            match Draft::read(&stored_with(field, bad)) {
                StoredDraft::Partial { draft, lost } => {
                    assert_eq!(lost, vec![field.to_string()], "{field}");
                    assert_eq!(draft.child_iin, "230510 512343", "{field}");
                    assert_eq!(draft.applicant_iin, "900101300012", "{field}");
                    assert_eq!(draft.full_name, "Айгүл Серікқызы", "{field}");
                    assert_eq!(draft.phones, vec!["+77011234567".to_string()], "{field}");
                    assert_eq!(draft.settlement, "Astana", "{field}");
                    assert_eq!(draft.version, DRAFT_VERSION);
                    if field != "family.orphan" {
                        assert!(draft.family.orphan, "{field}: the family facts are kept");
                    }
                }
                other => panic!("{field}: {other:?}"),
            }
        }
    }

    #[test]
    fn a_draft_that_is_not_an_object_is_unreadable() {
        for bad in ["not json", "[1,2,3]", "null", "42", r#"{"version":2"#] {
            assert_eq!(Draft::read(bad), StoredDraft::Unreadable, "{bad}");
        }
    }

    #[test]
    fn a_newer_draft_is_read_as_far_as_understood_and_marked_newer() {
        let mut v: serde_json::Value = serde_json::from_str(&stored_with("sen", "true")).unwrap();
        v["version"] = 3.into();
        v["new_field_of_v3"] = "x".into();
        match Draft::read(&v.to_string()) {
            StoredDraft::Newer { draft, version } => {
                assert_eq!(version, 3);
                assert_eq!(draft.applicant_iin, "900101300012");
            }
            other => panic!("{other:?}"),
        }
        let v = r#"{"version":3,"sen":"a v3 shape","child_iin":"230510512343"}"#;
        match Draft::read(v) {
            StoredDraft::Newer { draft, .. } => assert_eq!(draft.child_iin, "230510512343"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn lost_fields_are_named_by_their_step() {
        assert_eq!(step_of_draft_field("sen"), Some(Step::Child));
        assert_eq!(step_of_draft_field("family.orphan"), Some(Step::Family));
        assert_eq!(
            step_of_draft_field("documents.referral"),
            Some(Step::Documents)
        );
        assert_eq!(step_of_draft_field("reached"), None);
        let d = Draft::default();
        let v = serde_json::to_value(&d).unwrap();
        for k in v.as_object().unwrap().keys() {
            if ![
                "version",
                "reached",
                "answers",
                "service_channels",
                "other_children",
                "catalogue_documents",
            ]
            .contains(&k.as_str())
            {
                assert!(step_of_draft_field(k).is_some(), "{k} belongs to a step");
            }
        }
    }

    /// The app's dates go through the rules' one bounded parser (hostile-input
    /// review, finding 1: a far-future birth date blanked the app).
    #[test]
    fn dates_outside_the_supported_range_are_field_errors_not_panics() {
        for typed in [
            "+262142-01-01",
            "-262143-01-01",
            "0000-01-01",
            "1899-12-31",
            "2201-01-01",
            "9999-12-31",
        ] {
            let mut d = filled();
            d.child_iin.clear();
            d = Wizard::apply(d, Action::SetBirthDate(typed.into()));
            let e = d.to_case(at()).unwrap_err();
            assert_eq!(
                (e.field.as_str(), e.key.as_str()),
                ("child.birth_date", "ui-error-date"),
                "{typed}"
            );
            d = Wizard::apply(d, Action::SetIssued(DocumentKind::Referral, typed.into()));
            assert_eq!(
                d.document_date_error(DocumentKind::Referral),
                Some("ui-error-date")
            );
        }
        let far = NaiveDate::from_ymd_opt(262_142, 6, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let e = filled().to_case(far).unwrap_err();
        assert_eq!(e.key, "error-case-date-out-of-range");
        let ok = Wizard::apply(filled(), Action::SetBirthDate("1900-01-01".into()));
        let _ = ok.to_case(at()).map(|c| kezek_rules::evaluate(&c));
    }

    /// A birth date Kezek takes whose sixth birthday falls after 2200-12-31
    /// (errors20 item 2): the evaluation's refusal reaches the screen (the
    /// outcome hook's `FieldError::from`) at the birth-date box, with the
    /// text saying the term, not the date typed, runs past the range.
    #[test]
    fn a_term_past_2200_is_said_at_the_input_it_counts_from() {
        let far = NaiveDate::from_ymd_opt(2200, 6, 1)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        let mut d = filled();
        d.child_iin.clear();
        let d = Wizard::apply(d, Action::SetBirthDate("2199-03-01".into()));
        let case = d.to_case(far).unwrap();
        let e = FieldError::from(kezek_rules::evaluate(&case).unwrap_err());
        assert_eq!(
            (e.field.as_str(), e.key.as_str()),
            ("child.birth_date", "error-case-term-out-of-range")
        );
        assert_eq!(crate::route::step_of_field(&e.field), Step::Child);
    }

    /// A dated document ticked as held goes to the rules held: without a
    /// date (none typed, or one malformed, said at its box) it awaits its
    /// date there (`awaits_issue_date`); with one, dated.
    #[test]
    fn a_dated_document_without_its_date_is_held_undated() {
        let undated = |d: &Draft| -> Vec<Option<NaiveDate>> {
            d.to_case(at())
                .unwrap()
                .documents
                .iter()
                .map(|h| h.issued_on)
                .collect()
        };
        let d = Wizard::apply(filled(), Action::SetHeld(DocumentKind::Referral, true));
        assert_eq!(undated(&d), [None]);
        let d = Wizard::apply(
            d,
            Action::SetIssued(DocumentKind::Referral, "2026-11-20".into()),
        );
        assert_eq!(undated(&d), [NaiveDate::from_ymd_opt(2026, 11, 20)]);
        let d = Wizard::apply(d, Action::SetIssued(DocumentKind::Referral, "20.11".into()));
        assert_eq!(undated(&d), [None]);
        assert_eq!(
            d.document_date_error(DocumentKind::Referral),
            Some("ui-error-date")
        );
    }

    /// Issue 17 item 10: a family-service application carries what was said
    /// and who applies for which child, as typed (IIN spaces dropped).
    #[test]
    fn the_said_facts_and_the_identity_are_the_answers_given() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let mut d = Draft::default();
        assert!(d.said_facts(today).said.is_empty(), "nothing said");
        let (a, c) = d.catalogue_identity();
        assert_eq!(
            (a.iin, a.full_name, c.iin, c.birth_date),
            (None, None, None, None)
        );
        d = Wizard::apply(d, Action::SetAnswer("going_to_health_camp".into(), false));
        d = Wizard::apply(d, Action::SetChildIin("2305 1051 2343".into()));
        d = Wizard::apply(d, Action::SetApplicantIin("900315410004".into()));
        d = Wizard::apply(d, Action::SetFullName("  Серікбаева Айгүл ".into()));
        let said = d.said_facts(today);
        assert_eq!(said.said, vec!["going_to_health_camp", "child_birth_date"]);
        assert_eq!(said.answer("going_to_health_camp"), Some(false));
        let (a, c) = d.catalogue_identity();
        assert_eq!(a.full_name.as_deref(), Some("Серікбаева Айгүл"));
        assert_eq!(a.iin.as_deref(), Some("900315410004"));
        assert_eq!(c.iin.as_deref(), Some("230510512343"));
        assert_eq!(c.birth_date, NaiveDate::from_ymd_opt(2023, 5, 10));
    }

    #[test]
    fn a_draft_without_service_answers_still_loads() {
        let old = r#"{"version":2,"child_iin":"230510512343"}"#;
        let d = Draft::from_json(old).unwrap();
        assert!(d.answers.is_empty() && d.service_channels.is_empty());
    }
}
