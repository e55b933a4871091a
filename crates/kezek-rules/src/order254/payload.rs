//! The application payload («өтініш»): the Annex 1 form (queue registration)
//! and the Annex 5 consent, as a versioned JSON document with exactly the
//! form's fields, its canonical serialisation and SHA-256 digest for a signing
//! step (EDS on the portal).
//!
//! Schema `kezek.application/1`, field by field:
//! - `schema` — this string; `service` — `"00403001"` or `"00403002"`;
//! - `forms` — the annexes it fills: `["annex1","annex5"]` for queue registration
//!   (Annex 2 p. 8 sub. 1: «1 және 5-қосымшаларға сәйкес нысан бойынша өтініштер»),
//!   `["annex5"]` for admission (Annex 4 p. 8 sub. 2);
//! - `addressee` — `role` and `name`: Annex 1 «Көрсетілетін қызметті
//!   берушіге ___» (`service_provider`; the name is the office's or the
//!   portal's to fill, not required), Annex 5 «___ (мектепке дейінгі ұйым)»
//!   (`preschool`; for admission the preschool of the referral, required on
//!   paper — `admission.preschool` in the case). Reading: for queue
//!   registration there is no preschool yet, so the Annex 5 consent goes with
//!   the Annex 1 application to the provider;
//! - `applicant` — `iin` («ЖСН»), `full_name` and `address` (Annex 1 header; the
//!   name only «қағаз түрінде толтырған жағдайда», when filled on paper). Annex 5
//!   has only the name («Мен, ___»): for admission `iin` and `address` are
//!   omitted and the name is required on paper (at the preschool; on the portal
//!   the EDS carries it — a reading);
//! - `settlement` — «қала (кенті, ауылы) елдімекені» (Annex 1 only; the child's
//!   residence, cl. 13);
//! - `child` — `iin`, `full_name` (paper only), `birth_year` («…жылы туған»)
//!   (Annex 1 only);
//! - `categories` — Annex 1 boxes `box_1` … `box_10`, `true` when ticked: the
//!   box of every *confirmed* ground (an SEN child without a PMPC conclusion
//!   ticks no box 4: «(құжаттың көшірмесі)», the copy is what the box declares),
//!   and box 10 («жоғарыда аталған санаттардың біреуіне қатысты емес») when no
//!   box 1–9 is ticked — literally true also for a law-enforcement family.
//!   When cl. 16 sets the grounds aside (a priority referral to a state
//!   preschool was left), the ground's box stays ticked — the form asks which
//!   category the child belongs to, and box 10 would be untrue — and the
//!   reasons say `payload.ground_set_aside_cl16`: it brings no priority (a
//!   reading, see `prepare`);
//! - `declared_grounds` — grounds the form has no box for, declared explicitly
//!   (issue 15, item 9: the law-enforcement ground of cl. 20 p. 1, as amended
//!   by order 464; box 2 names special state bodies only and stays unticked).
//!   Without it the signed form would claim nothing. Omitted when empty;
//! - `notify` — `sms`: at most two mobile numbers, `email`: optional;
//! - `consent` — `restricted_information` (Annex 1 last paragraph: consent to use
//!   information protected by law in information systems; Annex 1 only) and `personal_data`
//!   (Annex 5: transfer to third parties, cross-border transfer, publication in
//!   public sources, and other restricted data needed to confirm the documents);
//! - `date` — the date of the application («Күні»; Annex 1 only — Annex 5 has no date):
//!   on the portal the day it is signed and sent; omitted on paper (the
//!   provider's office, the State Corporation), where the applicant dates the
//!   form on signing it at hand-in — a day Kezek does not know.
//!
//! Annex 5 holds no date, IIN, child or settlement (issue 15, item 13): an
//! admission application carries exactly the addressee, the name and the
//! consents.
//!
//! Canonical form: UTF-8 JSON, object keys sorted by code point, no
//! insignificant whitespace, absent optional fields omitted. The digest is the
//! lowercase hex SHA-256 of those bytes.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::category::{CategoryDecision, Ground};
use crate::citation::Citation;
use crate::reason::ReasonCode;
use crate::service::Service;

/// The schema identifier.
pub const SCHEMA: &str = "kezek.application/1";

/// Applicant section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PayloadApplicant {
    /// IIN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    /// Full name (paper form).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Address.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}

/// Child section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PayloadChild {
    /// IIN.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    /// Full name (paper form).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Birth year.
    pub birth_year: i32,
}

/// Annex 1 category boxes 1–10.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CategoryBoxes {
    /// Box 1: a serviceman's child, including one killed, deceased or missing in service («әскери қызметшінің … баласы»).
    pub box_1: bool,
    /// Box 2: a special state body employee's child, including one killed, deceased or missing in service («арнаулы мемлекеттік орган қызметкерінің … баласы»).
    pub box_2: bool,
    /// Box 3: a child whose legal representatives are disabled («заңды өкілдері мүгедек болып табылатындардың баласы»).
    pub box_3: bool,
    /// Box 4: a child with special educational needs («ерекше білім берілуіне қажеттілігі бар бала»).
    pub box_4: bool,
    /// Box 5: a child left without parental care («ата-анасының қамқорлығынсыз қалған бала»).
    pub box_5: bool,
    /// Box 6: an orphan («жетім бала»).
    pub box_6: bool,
    /// Box 7: a child of a large family («көп балалы отбасыдан шыққан бала»).
    pub box_7: bool,
    /// Box 8: a teacher's child («педагогтің баласы»).
    pub box_8: bool,
    /// Box 9: a child of a family raising a disabled child («мүгедек баласы бар отбасынан шыққан бала»).
    pub box_9: bool,
    /// Box 10: none of the categories above («жоғарыда аталған санаттардың біреуіне қатысты емес»).
    pub box_10: bool,
}

impl CategoryBoxes {
    fn set(&mut self, n: u8) {
        match n {
            1 => self.box_1 = true,
            2 => self.box_2 = true,
            3 => self.box_3 = true,
            4 => self.box_4 = true,
            5 => self.box_5 = true,
            6 => self.box_6 = true,
            7 => self.box_7 = true,
            8 => self.box_8 = true,
            9 => self.box_9 = true,
            _ => self.box_10 = true,
        }
    }
    /// The boxes 1 to 10, ticked or not.
    fn boxes(&self) -> [bool; 10] {
        [
            self.box_1,
            self.box_2,
            self.box_3,
            self.box_4,
            self.box_5,
            self.box_6,
            self.box_7,
            self.box_8,
            self.box_9,
            self.box_10,
        ]
    }
    /// The ticked box numbers.
    pub fn ticked(&self) -> Vec<u8> {
        self.boxes()
            .iter()
            .enumerate()
            .filter(|(_, &b)| b)
            .map(|(i, _)| i as u8 + 1)
            .collect()
    }
    /// Whether a ground's box (1–9, not box 10 «none of the above») is ticked.
    fn ground_ticked(&self) -> bool {
        self.boxes()[..9].contains(&true)
    }
}

/// Who a form is addressed to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AddresseeRole {
    /// Annex 1: «Көрсетілетін қызметті берушіге» — the service provider.
    ServiceProvider,
    /// Annex 5: «(мектепке дейінгі ұйым)» — the preschool.
    Preschool,
}

/// The addressee of the form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Addressee {
    /// Whom the form names.
    pub role: AddresseeRole,
    /// Its name, when the parent gave it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

/// Notification section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Notify {
    /// Up to two mobile numbers.
    pub sms: Vec<String>,
    /// E-mail.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

/// Consent section.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Consent {
    /// Annex 1: use of information protected by law (Annex 1 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub restricted_information: Option<bool>,
    /// Annex 5: access to restricted personal data.
    pub personal_data: bool,
}

/// The application document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Application {
    /// `kezek.application/1`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = SCHEMA)))]
    pub schema: String,
    /// The service.
    pub service: Service,
    /// The annex forms it fills.
    pub forms: Vec<String>,
    /// The addressee (Annex 1 header: the provider; Annex 5: the preschool).
    pub addressee: Addressee,
    /// Applicant.
    pub applicant: PayloadApplicant,
    /// Settlement (Annex 1 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement: Option<String>,
    /// Child (Annex 1 only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub child: Option<PayloadChild>,
    /// Category boxes (Annex 1); absent for admission.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub categories: Option<CategoryBoxes>,
    /// Grounds the Annex 1 form has no box for, declared explicitly (cl. 20 p. 1).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub declared_grounds: Vec<Ground>,
    /// Notices (Annex 1); absent for admission.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub notify: Option<Notify>,
    /// Consents.
    pub consent: Consent,
    /// Date of the application («Күні»; Annex 1 only): on the portal the day
    /// it is signed and sent (the evaluation's day); omitted on paper, where
    /// the applicant writes the day of signing on handing it in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub date: Option<NaiveDate>,
}

impl Application {
    /// Its canonical JSON (the module's «Canonical form»): the bytes of
    /// [`canonical_json`]`(self)`, written member by member in key order
    /// instead of through the generic writer, which sorts each object's
    /// members when it closes (issue 19: that writer was a third of one
    /// evaluation's computation in the browser, the digest another eighth).
    /// The values are written by `serde_json` as the generic writer writes
    /// them; the keys below are in code-point order (`box_10` before `box_2`).
    pub fn canonical_json(&self) -> String {
        // Every field named: a new one does not compile until it is written here.
        let Application {
            schema,
            service,
            forms,
            addressee,
            applicant,
            settlement,
            child,
            categories,
            declared_grounds,
            notify,
            consent,
            date,
        } = self;
        let mut out = Members::new(Vec::with_capacity(640));
        let written = (|| -> serde_json::Result<()> {
            let w = &mut out;
            w.open();
            w.object("addressee", |w| {
                let Addressee { role, name } = addressee;
                w.optional("name", name)?;
                w.value("role", role)
            })?;
            w.object("applicant", |w| {
                let PayloadApplicant {
                    iin,
                    full_name,
                    address,
                } = applicant;
                w.optional("address", address)?;
                w.optional("full_name", full_name)?;
                w.optional("iin", iin)
            })?;
            if let Some(b) = categories {
                w.object("categories", |w| {
                    let CategoryBoxes {
                        box_1,
                        box_2,
                        box_3,
                        box_4,
                        box_5,
                        box_6,
                        box_7,
                        box_8,
                        box_9,
                        box_10,
                    } = b;
                    w.value("box_1", box_1)?;
                    w.value("box_10", box_10)?;
                    w.value("box_2", box_2)?;
                    w.value("box_3", box_3)?;
                    w.value("box_4", box_4)?;
                    w.value("box_5", box_5)?;
                    w.value("box_6", box_6)?;
                    w.value("box_7", box_7)?;
                    w.value("box_8", box_8)?;
                    w.value("box_9", box_9)
                })?;
            }
            if let Some(c) = child {
                w.object("child", |w| {
                    let PayloadChild {
                        iin,
                        full_name,
                        birth_year,
                    } = c;
                    w.value("birth_year", birth_year)?;
                    w.optional("full_name", full_name)?;
                    w.optional("iin", iin)
                })?;
            }
            w.object("consent", |w| {
                let Consent {
                    restricted_information,
                    personal_data,
                } = consent;
                w.value("personal_data", personal_data)?;
                w.optional("restricted_information", restricted_information)
            })?;
            if let Some(d) = date {
                w.date("date", *d)?;
            }
            if !declared_grounds.is_empty() {
                w.value("declared_grounds", declared_grounds)?;
            }
            w.value("forms", forms)?;
            if let Some(n) = notify {
                w.object("notify", |w| {
                    let Notify { sms, email } = n;
                    w.optional("email", email)?;
                    w.value("sms", sms)
                })?;
            }
            w.value("schema", schema)?;
            w.value("service", service)?;
            w.optional("settlement", settlement)?;
            w.close();
            Ok(())
        })();
        match written {
            // Only `serde_json`'s UTF-8 strings and ASCII were written.
            Ok(()) => String::from_utf8(out.out).unwrap_or_else(|_| "null".to_owned()),
            Err(_) => "null".to_owned(),
        }
    }
}

/// Writes one JSON object's members as they are given (the caller gives
/// them in key order): `{"key":value,...}`.
struct Members {
    out: Vec<u8>,
    /// Whether the object being written has no member yet.
    first: bool,
}

impl Members {
    fn new(out: Vec<u8>) -> Self {
        Members { out, first: true }
    }
    fn open(&mut self) {
        self.out.push(b'{');
        self.first = true;
    }
    fn close(&mut self) {
        self.out.push(b'}');
        self.first = false;
    }
    /// `"key":` (a key with nothing to escape), after a comma unless first.
    fn key(&mut self, key: &str) {
        if !self.first {
            self.out.push(b',');
        }
        self.first = false;
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
    }
    fn value<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> serde_json::Result<()> {
        self.key(key);
        serde_json::to_writer(&mut self.out, value)
    }
    /// The member when the value is present (`skip_serializing_if = "Option::is_none"`).
    fn optional<T: Serialize>(&mut self, key: &str, value: &Option<T>) -> serde_json::Result<()> {
        match value {
            Some(v) => self.value(key, v),
            None => Ok(()),
        }
    }
    /// A date as `serde_json` writes it (chrono's `YYYY-MM-DD`), its digits
    /// written directly for the years 0 to 9999: through chrono's `Debug`
    /// and serde's `collect_str` it was a fifth of this writer (issue 19).
    fn date(&mut self, key: &str, d: NaiveDate) -> serde_json::Result<()> {
        let mut buf = [0; 10];
        let Some(text) = crate::dates::date::written(d, &mut buf) else {
            return self.value(key, &d);
        };
        self.key(key);
        self.out.push(b'"');
        self.out.extend_from_slice(text.as_bytes());
        self.out.push(b'"');
        Ok(())
    }
    fn object(
        &mut self,
        key: &str,
        members: impl FnOnce(&mut Self) -> serde_json::Result<()>,
    ) -> serde_json::Result<()> {
        self.key(key);
        self.open();
        members(self)?;
        self.close();
        Ok(())
    }
}

/// The payload with its canonical bytes and digest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct PreparedApplication {
    /// The document.
    pub application: Application,
    /// Canonical JSON.
    pub canonical: String,
    /// SHA-256 of `canonical`, lowercase hex.
    pub sha256: String,
    /// Ready to sign: consent given and both IINs present.
    pub ready: bool,
    /// Fields still needed before signing (JSON paths into the case).
    pub missing_fields: Vec<String>,
    /// Reason codes.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

/// Builds the application for `case` with its category decision.
pub fn prepare(case: &Case, category: &CategoryDecision) -> PreparedApplication {
    let queue = case.service == Service::QueueRegistration;
    let categories = queue.then(|| {
        let mut boxes = CategoryBoxes::default();
        for g in category.grounds.iter().filter(|g| g.confirmed) {
            if let Some(b) = g.ground.annex1_box() {
                boxes.set(b);
            }
        }
        if !boxes.boxes().contains(&true) {
            boxes.set(10);
        }
        boxes
    });
    let declared_grounds: Vec<Ground> = if queue {
        category
            .grounds
            .iter()
            .filter(|g| g.confirmed && g.ground.annex1_box().is_none())
            .map(|g| g.ground)
            .collect()
    } else {
        Vec::new()
    };
    let digits = |s: &Option<String>| s.as_ref().map(|v| v.trim().to_owned());
    let preschool = if queue {
        None
    } else {
        case.admission
            .as_ref()
            .and_then(|a| a.preschool.as_ref())
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
    };
    let on_paper = case.channel != crate::service::Channel::EgovPortal;
    let application = Application {
        schema: SCHEMA.to_owned(),
        service: case.service,
        forms: if queue {
            vec!["annex1".to_owned(), "annex5".to_owned()]
        } else {
            vec!["annex5".to_owned()]
        },
        addressee: Addressee {
            role: if queue {
                AddresseeRole::ServiceProvider
            } else {
                AddresseeRole::Preschool
            },
            name: preschool.clone(),
        },
        applicant: PayloadApplicant {
            iin: digits(&case.applicant.iin).filter(|_| queue),
            full_name: case.applicant.full_name.clone(),
            address: case.applicant.address.clone().filter(|_| queue),
        },
        settlement: queue.then(|| case.child.settlement.trim().to_owned()),
        child: queue.then(|| PayloadChild {
            iin: digits(&case.child.iin),
            full_name: case.child.full_name.clone(),
            birth_year: case.child.birth_date.year(),
        }),
        categories,
        declared_grounds,
        notify: queue.then(|| Notify {
            sms: case
                .applicant
                .phones
                .iter()
                .map(|p| {
                    p.chars()
                        .filter(|c| *c == '+' || c.is_ascii_digit())
                        .collect()
                })
                .collect(),
            email: case.applicant.email.clone(),
        }),
        consent: Consent {
            restricted_information: queue.then_some(case.consent),
            personal_data: case.consent,
        },
        // Annex 1 «Қолы ___ Күні ___»: the day the applicant signs. On the
        // portal it is signed and sent now; on paper it is signed when
        // handed in, a day Kezek does not know (the office may be closed
        // now): left for the applicant to write, as the printed form does.
        date: (queue && !on_paper).then(|| case.as_of.date()),
    };
    let canonical = application.canonical_json();
    let sha256 = sha256_hex(canonical.as_bytes());
    let mut missing_fields = Vec::new();
    if queue {
        if case.applicant.iin.is_none() {
            missing_fields.push("applicant.iin".to_owned());
        }
        if case.child.iin.is_none() {
            missing_fields.push("child.iin".to_owned());
        }
    } else if on_paper {
        // Annex 5: «Мен, ___» and the addressee «(мектепке дейінгі ұйым)».
        if case
            .applicant
            .full_name
            .as_deref()
            .is_none_or(|n| n.trim().is_empty())
        {
            missing_fields.push("applicant.full_name".to_owned());
        }
        if preschool.is_none() {
            missing_fields.push("admission.preschool".to_owned());
        }
    }
    if !case.consent {
        missing_fields.push("consent".to_owned());
    }
    let ready = missing_fields.is_empty();
    let mut reasons = vec![if case.consent {
        ReasonCode::PayloadReady
    } else {
        ReasonCode::PayloadNeedsConsent
    }];
    // With room for cl. 16's and cl. 20 p. 1's below.
    let mut citations = Vec::with_capacity(5);
    if queue {
        citations.extend([
            Citation::annex_form(1),
            Citation::annex_form(5),
            Citation::annex(2, 8, Some(1)),
        ]);
    } else {
        citations.extend([Citation::annex_form(5), Citation::annex(4, 8, Some(2))]);
    }
    // cl. 16 sets the grounds aside: «… жолдама алған баланың ата-анасы …
    // басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң жалпы кезекке
    // тұрады». Reading (the one a careful lawyer would advise): the clause
    // takes away the out-of-turn or first-priority *place*, not the child's
    // category; Annex 1 asks «Хабардар етемін, бала (керегін көрсету)» which
    // category the child belongs to, and box 10 («жоғарыда аталған
    // санаттардың біреуіне қатысты емес») would be untrue. So the form keeps
    // the ground's box ticked (or the ground declared), and the parent is
    // told that it brings no priority.
    let declares_a_ground = application
        .categories
        .as_ref()
        .is_some_and(CategoryBoxes::ground_ticked)
        || !application.declared_grounds.is_empty();
    if declares_a_ground
        && category
            .reasons
            .contains(&ReasonCode::CategoryPriorityLostCl16)
    {
        reasons.push(ReasonCode::PayloadGroundSetAsideCl16);
        citations.push(Citation::clause(16));
    }
    // The law-enforcement ground is declared in words on the Annex 1 form
    // (cl. 20 p. 1); the Annex 5 admission form declares no ground (Annex 4
    // p. 8 sub. 2), so cl. 20 p. 1 is the queue registration's citation only.
    if queue
        && category
            .grounds
            .iter()
            .any(|g| g.ground == Ground::LawEnforcement)
    {
        citations.push(Citation::sub(20, 1));
    }
    PreparedApplication {
        application,
        canonical,
        sha256,
        ready: ready && case.consent,
        missing_fields,
        reasons,
        citations,
    }
}

/// Serialises `value` canonically: keys sorted, no whitespace (the one
/// canonical writer, [`crate::common::digest::canonical_json`]).
pub fn canonical_json<T: Serialize>(value: &T) -> String {
    crate::common::digest::canonical_json(value)
}

/// Lowercase hex SHA-256: the one helper in common.
pub use crate::common::digest::sha256_hex;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::category;
    use proptest::prelude::*;

    use crate::testing::CaseBuilder;

    /// The ordinary case with its notices and consents (Annex 1) and the
    /// priority grounds `grounds` declared.
    fn case(grounds: &[Ground]) -> Case {
        let notices = CaseBuilder::queue_registration()
            .phones(&["+7 701 123 45 67"])
            .email("a@b.kz")
            .consent();
        grounds.iter().fold(notices, |b, &g| b.ground(g)).build()
    }

    #[test]
    fn annex1_boxes_follow_the_grounds() {
        let c = case(&[Ground::Teacher, Ground::LargeFamily]);
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(p.application.categories.unwrap().ticked(), vec![7, 8]);
        assert_eq!(
            p.application.notify.as_ref().unwrap().sms,
            vec!["+77011234567"]
        );
    }

    #[test]
    fn cl20_1_law_enforcement_declared_explicitly_with_box_10_not_box_2() {
        let c = case(&[Ground::LawEnforcement]);
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(p.application.categories.unwrap().ticked(), vec![10]);
        assert_eq!(p.application.declared_grounds, vec![Ground::LawEnforcement]);
        assert!(p
            .canonical
            .contains("\"declared_grounds\":[\"law_enforcement\"]"));
        // With a boxed ground too, box 10 would be false: only the boxed one.
        let c = case(&[Ground::LawEnforcement, Ground::Teacher]);
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(p.application.categories.unwrap().ticked(), vec![8]);
        assert_eq!(p.application.declared_grounds, vec![Ground::LawEnforcement]);
    }

    #[test]
    fn annex1_4_sen_without_pmpc_ticks_no_box_4() {
        let mut c = case(&[]);
        c.child.special_educational_needs = true;
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(p.application.categories.unwrap().ticked(), vec![10]);
        c.child.pmpc_conclusion = true;
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(p.application.categories.unwrap().ticked(), vec![4]);
    }

    /// cl. 16 with a ground the form has no box for: the law-enforcement
    /// ground declared beside box 10 is set aside too, and said so; without
    /// cl. 16, or with no ground at all, nothing is said.
    #[test]
    fn cl16_declared_ground_is_said_to_bring_no_priority() {
        let cl16 = |c: &mut Case| {
            c.previous_priority_referral = Some(crate::case::PriorityReferral {
                state_preschool: true,
                changed_on: NaiveDate::from_ymd_opt(2026, 10, 1),
            });
        };
        let mut c = case(&[Ground::LawEnforcement]);
        cl16(&mut c);
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(
            p.application.categories.as_ref().unwrap().ticked(),
            vec![10]
        );
        assert!(p.reasons.contains(&ReasonCode::PayloadGroundSetAsideCl16));
        assert!(p.citations.contains(&Citation::clause(16)));
        let c = case(&[Ground::LawEnforcement]);
        let p = prepare(&c, &category::decide(&c));
        assert!(!p.reasons.contains(&ReasonCode::PayloadGroundSetAsideCl16));
        let mut c = case(&[]);
        cl16(&mut c);
        let p = prepare(&c, &category::decide(&c));
        assert!(!p.reasons.contains(&ReasonCode::PayloadGroundSetAsideCl16));
        assert!(!p.citations.contains(&Citation::clause(16)));
    }

    #[test]
    fn annex1_box_10_when_no_ground() {
        let c = case(&[]);
        let p = prepare(&c, &category::decide(&c));
        assert_eq!(p.application.categories.unwrap().ticked(), vec![10]);
    }

    #[test]
    fn canonical_json_sorts_keys_and_has_no_whitespace() {
        let c = case(&[]);
        let p = prepare(&c, &category::decide(&c));
        assert!(!p.canonical.contains(' '));
        assert!(p.canonical.starts_with("{\"addressee\":"));
        assert_eq!(p.sha256, sha256_hex(p.canonical.as_bytes()));
        assert_eq!(p.sha256.len(), 64);
        // Re-parsing and re-canonicalising gives the same bytes.
        let back: Application = serde_json::from_str(&p.canonical).unwrap();
        assert_eq!(canonical_json(&back), p.canonical);
    }

    /// Any application, with every optional field present or absent and
    /// texts that need escaping (quotes, backslashes, control characters,
    /// Kazakh letters, emoji).
    fn any_application() -> impl Strategy<Value = Application> {
        use proptest::option::of;
        let text = || "[a-zа-яәқңөұүһі \"\\\\\u{1}\n\t/😀<>&]{0,12}";
        let boxes = proptest::collection::vec(any::<bool>(), 10).prop_map(|b| CategoryBoxes {
            box_1: b[0],
            box_2: b[1],
            box_3: b[2],
            box_4: b[3],
            box_5: b[4],
            box_6: b[5],
            box_7: b[6],
            box_8: b[7],
            box_9: b[8],
            box_10: b[9],
        });
        let people = (
            (of(text()), of(text()), of(text())),
            of((of(text()), of(text()), any::<i32>())),
        );
        let rest = (
            (
                text(),
                any::<bool>(),
                proptest::collection::vec(text(), 0..3),
            ),
            (any::<bool>(), of(text()), of(text())),
            (
                of(boxes),
                proptest::sample::subsequence(Ground::ALL.to_vec(), 0..3),
            ),
            of((proptest::collection::vec(text(), 0..3), of(text()))),
            (of(any::<bool>()), any::<bool>()),
            // Years -1095 to 10130: the canonical writer's own digits for
            // 0 to 9999, serde_json's beyond.
            of((-400_000i32..3_700_000)
                .prop_map(|d| NaiveDate::from_num_days_from_ce_opt(d).unwrap_or_default())),
        );
        (people, rest).prop_map(
            |(
                ((iin, full_name, address), child),
                (
                    (schema, admission, forms),
                    (preschool, name, settlement),
                    (categories, declared_grounds),
                    notify,
                    (restricted_information, personal_data),
                    date,
                ),
            )| Application {
                schema,
                service: if admission {
                    Service::Admission
                } else {
                    Service::QueueRegistration
                },
                forms,
                addressee: Addressee {
                    role: if preschool {
                        AddresseeRole::Preschool
                    } else {
                        AddresseeRole::ServiceProvider
                    },
                    name,
                },
                applicant: PayloadApplicant {
                    iin,
                    full_name,
                    address,
                },
                settlement,
                child: child.map(|(iin, full_name, birth_year)| PayloadChild {
                    iin,
                    full_name,
                    birth_year,
                }),
                categories,
                declared_grounds,
                notify: notify.map(|(sms, email)| Notify { sms, email }),
                consent: Consent {
                    restricted_information,
                    personal_data,
                },
                date,
            },
        )
    }

    proptest::proptest! {
        /// The application's own canonical writer gives the bytes of the
        /// generic one (`canonical_json`, itself checked against the
        /// definition in `common::digest`), whatever is present.
        #[test]
        fn application_canonical_json_is_the_generic_canonical_form(a in any_application()) {
            proptest::prop_assert_eq!(a.canonical_json(), canonical_json(&a));
        }
    }

    #[test]
    fn sha256_of_empty_string_is_the_known_value() {
        assert_eq!(
            sha256_hex(b""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn payload_not_ready_without_iins() {
        let c = case(&[]);
        let p = prepare(&c, &category::decide(&c));
        assert!(!p.ready);
        assert_eq!(p.missing_fields, vec!["applicant.iin", "child.iin"]);
    }
}
