//! The queue snapshot («кезек»): what a settlement publishes about its queues,
//! as Kezek reads it — versioned JSON (`kezek.snapshot/1`) or a compact CSV of
//! applications.
//!
//! A snapshot holds, for one settlement (cl. 13), its queues per birth year and
//! kind (general; special by disorder type; sanatorium by type), each a list of
//! applications with an opaque id (no names, no IINs), the submission instant
//! (cl. 14), the priority group (cl. 20–21) and the status; the vacancy
//! bulletin history («босаған орындар бюллетені», cl. 24 p. 3) with the
//! admission mode of each place (cl. 3 p. 6–7, 15: general / early booking /
//! temporary stay); and recalls of places (cl. 25 p. 1).
//!
//! Parsing refuses bad input with a [`QueueError`] naming the line and field.
//! The CSV reader streams line by line, so a 200,000-row file is never held as
//! one string.

use std::io::BufRead;

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

// An instant in a message as the snapshot and the CSV list write it
// (`2026-05-01T10:00:00`), not chrono's display with a space.
use kezek_rules::dates::local_datetime::format as written;
use kezek_rules::dates::supported_year;

use crate::error::QueueError;
use crate::Group;

/// The schema tag of snapshot JSON.
pub const SCHEMA: &str = "kezek.snapshot/1";

/// The most applications a snapshot may hold (bounds hostile input).
pub const MAX_APPLICATIONS: usize = 2_000_000;

/// The most bulletin entries and recalls a snapshot may hold.
pub const MAX_BULLETINS: usize = 500_000;

/// The longest CSV line accepted, in bytes (with its line end).
pub const MAX_CSV_LINE: usize = 4096;

/// The largest JSON text accepted.
pub const MAX_JSON_BYTES: usize = 256 << 20;

/// The kind of a queue (cl. 13), written `general`, `special:<disorder>` or
/// `sanatorium:<type>` in JSON and CSV alike.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QueueKind {
    /// The general queue of the settlement for a birth year.
    General,
    /// A special queue by disorder type (e.g. `hearing`).
    Special(String),
    /// A sanatorium queue by type (`rehabilitation` / `prevention`).
    Sanatorium(String),
}

impl QueueKind {
    /// The snapshot's queue of the rules' queue option (a special queue by
    /// its disorder, a sanatorium queue by its type).
    pub fn of(k: kezek_rules::queues::QueueKind) -> QueueKind {
        match k {
            kezek_rules::queues::QueueKind::General => QueueKind::General,
            kezek_rules::queues::QueueKind::Special(d) => QueueKind::Special(d.code().to_owned()),
            kezek_rules::queues::QueueKind::Sanatorium(t) => {
                QueueKind::Sanatorium(t.code().to_owned())
            }
        }
    }

    /// Reads `general`, `special:hearing`, `sanatorium:prevention`.
    pub fn parse(s: &str) -> Option<QueueKind> {
        let s = s.trim();
        match s.split_once(':') {
            None if s == "general" || s.is_empty() => Some(QueueKind::General),
            Some(("special", t)) if valid_token(t) => Some(QueueKind::Special(t.to_owned())),
            Some(("sanatorium", t)) if valid_token(t) => Some(QueueKind::Sanatorium(t.to_owned())),
            _ => None,
        }
    }
}

impl std::fmt::Display for QueueKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            QueueKind::General => f.write_str("general"),
            QueueKind::Special(t) => write!(f, "special:{t}"),
            QueueKind::Sanatorium(t) => write!(f, "sanatorium:{t}"),
        }
    }
}

impl Serialize for QueueKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for QueueKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(KindVisitor)
    }
}

/// Reads a queue kind inside the string's visitor: serde_json then places
/// an unknown kind at the string itself, where `wire::read_typed` finds its
/// field (`queue`, `queues[0].queue`). Refused after the string was read, it
/// was placed where reading stopped: past the end of its object when it was
/// the object's last field, so the object was named instead.
struct KindVisitor;

impl serde::de::Visitor<'_> for KindVisitor {
    type Value = QueueKind;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a queue: general, special:<type> or sanatorium:<type>")
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<QueueKind, E> {
        QueueKind::parse(s).ok_or_else(|| {
            E::custom(format!(
                "unknown queue `{}` (general, special:<type>, sanatorium:<type>)",
                trunc(s)
            ))
        })
    }
}

/// The schema of a queue kind: `general` (or empty), `special:<type>`,
/// `sanatorium:<type>`, the type 1 to 64 lowercase letters or `_`.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for QueueKind {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "QueueKind".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The kind of a queue (cl. 13): `general`, `special:<disorder>` (e.g. `special:hearing`) or `sanatorium:<type>` (`rehabilitation`, `prevention`).",
            "type": "string",
            "pattern": "^(general|special:[a-z_]{1,64}|sanatorium:[a-z_]{1,64})?$",
        })
    }
}

fn valid_token(t: &str) -> bool {
    !t.is_empty() && t.len() <= 64 && t.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
}

/// The status of an application (cl. 3, 20 p. 3–7, 22, 24).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Waiting in the queue: the only status that holds a position.
    Waiting,
    /// A referral was issued (cl. 20 p. 5).
    ReferralIssued,
    /// On the stop list («тоқтату парағы», cl. 3 p. 14, 20 p. 6).
    StopList,
    /// Archived, e.g. for age (cl. 24 p. 9, 20 p. 6).
    Archived,
    /// Withdrawn by the applicant (cl. 20 p. 4).
    Withdrawn,
    /// The applicant is not interested in a place (cl. 20 p. 7, 23 p. 2).
    NotInterested,
}

impl Status {
    /// Every status, in the order of the enum.
    pub const ALL: [Status; 6] = [
        Status::Waiting,
        Status::ReferralIssued,
        Status::StopList,
        Status::Archived,
        Status::Withdrawn,
        Status::NotInterested,
    ];

    /// The error code a question about an application with this status is
    /// answered with (`None` for a waiting one, which has a position): the
    /// one definition the engine answers with and a page reads back
    /// ([`Status::of_query_code`]).
    pub fn query_code(self) -> Option<&'static str> {
        Some(match self {
            Status::Waiting => return None,
            Status::ReferralIssued => "query.referral_issued",
            Status::StopList => "query.stop_list",
            Status::Archived => "query.archived",
            Status::Withdrawn => "query.withdrawn",
            Status::NotInterested => "query.not_interested",
        })
    }

    /// The status a question's error code names ([`Status::query_code`]'s
    /// inverse; `None` for any other code).
    pub fn of_query_code(code: &str) -> Option<Status> {
        Status::ALL
            .into_iter()
            .find(|s| s.query_code() == Some(code))
    }

    fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "waiting" => Status::Waiting,
            "referral_issued" => Status::ReferralIssued,
            "stop_list" => Status::StopList,
            "archived" => Status::Archived,
            "withdrawn" => Status::Withdrawn,
            "not_interested" => Status::NotInterested,
            _ => return None,
        })
    }
}

/// One application in a queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Application {
    /// Opaque id (no personal data).
    pub id: String,
    /// Submission instant, Asia/Almaty local (cl. 14).
    #[serde(with = "crate::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "kezek_rules::dates::schema::LocalDateTime")
    )]
    pub submitted: NaiveDateTime,
    /// Priority group (cl. 20–21).
    pub group: Group,
    /// Status.
    pub status: Status,
    /// Child's birth date, when published: in its queue's birth year (cl. 13,
    /// Annex 1: a queue holds the children born in one calendar year),
    /// `snapshot.birth_date_mismatch` otherwise.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "kezek_rules::dates::date::option"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<kezek_rules::dates::schema::Date>")
    )]
    pub birth_date: Option<NaiveDate>,
}

/// One queue: a birth year and a kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Queue {
    /// Birth year of the children (cl. 13).
    pub birth_year: i32,
    /// Kind.
    #[serde(default = "general_kind")]
    pub queue: QueueKind,
    /// Applications.
    pub applications: Vec<Application>,
}

/// The admission mode of a published place (cl. 3 p. 6–7, 15; cl. 25 p. 3–4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum AdmissionMode {
    /// General admission: the referral's term starts at once.
    General,
    /// Early booking: the referral is issued before the place is actually free.
    EarlyBooking,
    /// Temporary stay: the place of a child temporarily away; the admitted child keeps its queue.
    TemporaryStay,
}

/// One line of the vacancy bulletin (cl. 24 p. 2–3).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Bulletin {
    /// Publication date.
    #[serde(with = "kezek_rules::dates::date")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "kezek_rules::dates::schema::Date")
    )]
    pub date: NaiveDate,
    /// The birth year of the age group the places are for.
    pub birth_year: i32,
    /// The queue kind the places serve.
    #[serde(default = "general_kind")]
    pub queue: QueueKind,
    /// Preschool id.
    pub preschool: String,
    /// Number of places.
    pub places: u32,
    /// Admission mode.
    pub mode: AdmissionMode,
}

fn general_kind() -> QueueKind {
    QueueKind::General
}

/// A recall of published places (cl. 25 p. 1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Recall {
    /// Date.
    #[serde(with = "kezek_rules::dates::date")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "kezek_rules::dates::schema::Date")
    )]
    pub date: NaiveDate,
    /// Birth year of the age group.
    pub birth_year: i32,
    /// Preschool id.
    pub preschool: String,
    /// Places recalled.
    pub places: u32,
    /// Reason (capital repair, quarantine, …).
    #[serde(default)]
    pub reason: String,
}

/// A settlement's queue snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Snapshot {
    /// Must be [`SCHEMA`].
    #[cfg_attr(feature = "schema", schemars(extend("const" = SCHEMA)))]
    pub schema: String,
    /// The settlement (cl. 13).
    pub settlement: String,
    /// When the snapshot was taken (Asia/Almaty).
    #[serde(with = "crate::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "kezek_rules::dates::schema::LocalDateTime")
    )]
    pub as_of: NaiveDateTime,
    /// The queues.
    pub queues: Vec<Queue>,
    /// Vacancy bulletin history.
    #[serde(default)]
    pub bulletins: Vec<Bulletin>,
    /// Recalls.
    #[serde(default)]
    pub recalls: Vec<Recall>,
}

impl Snapshot {
    /// The queue of `birth_year` and `kind`.
    pub fn queue(&self, birth_year: i32, kind: &QueueKind) -> Option<&Queue> {
        self.queues
            .iter()
            .find(|q| q.birth_year == birth_year && &q.queue == kind)
    }

    /// Checks what serde cannot: schema, sizes, dates not after `as_of`, unique
    /// ids, one queue of a kind for a birth year, each application's birth
    /// date in its queue's birth year (cl. 13).
    pub fn validate(&self) -> Result<(), QueueError> {
        if self.schema != SCHEMA {
            return Err(QueueError::field(
                "snapshot.bad_schema",
                "schema",
                format!(
                    "the snapshot schema must be `{SCHEMA}`, not `{}`",
                    trunc(&self.schema)
                ),
            ));
        }
        let total: usize = self.queues.iter().map(|q| q.applications.len()).sum();
        if total > MAX_APPLICATIONS || self.bulletins.len() + self.recalls.len() > MAX_BULLETINS {
            return Err(QueueError::field(
                "snapshot.too_large",
                "queues",
                format!("at most {MAX_APPLICATIONS} applications and {MAX_BULLETINS} bulletin lines are accepted"),
            ));
        }
        // Cl. 13: a snapshot is the queues of a settlement. One with none
        // answers no question about a queue: it is the snapshot that is
        // wrong, said at `queues` — not `query.unknown_queue` at the
        // question's `queue`, which the caller may not have given (probe47).
        if self.queues.is_empty() {
            return Err(QueueError::field(
                "snapshot.no_queues",
                "queues",
                "the snapshot has no queues: a snapshot lists the queues of its settlement, one for each birth year and kind (cl. 13)".to_owned(),
            ));
        }
        let mut seen: std::collections::HashSet<(usize, &str), std::hash::BuildHasherDefault<Fnv>> =
            std::collections::HashSet::with_capacity_and_hasher(total, Default::default());
        // Every date inside the supported range (kezek_rules::dates), also for a
        // snapshot read from CSV or built in code.
        let out_of_range = |field: String, d: NaiveDate| {
            QueueError::field(
                "snapshot.date_out_of_range",
                &field,
                kezek_rules::dates::DateError::OutOfRange(d.to_string()).to_string(),
            )
        };
        let supported = kezek_rules::dates::supported;
        if !supported(self.as_of.date()) {
            return Err(out_of_range("as_of".into(), self.as_of.date()));
        }
        // Birth years inside the same range (a year of age is `year -
        // birth_year` in the forecast).
        let year_out_of_range = |field: String, year: i32| {
            QueueError::field(
                "snapshot.date_out_of_range",
                &field,
                format!(
                    "the birth year {year} is outside the years Kezek supports, {} to {}",
                    kezek_rules::dates::FIRST.year(),
                    kezek_rules::dates::LAST.year()
                ),
            )
        };
        let lines = self
            .bulletins
            .iter()
            .map(|b| ("bulletins", b.date, b.birth_year, b.preschool.as_str()));
        let recalls = self
            .recalls
            .iter()
            .map(|r| ("recalls", r.date, r.birth_year, r.preschool.as_str()));
        for (i, (list, d, year, preschool)) in lines.enumerate().chain(recalls.enumerate()) {
            if !supported(d) {
                return Err(out_of_range(format!("{list}[{i}].date"), d));
            }
            // A preschool's id is bounded as an application's is (probe47:
            // it was the one id of a snapshot taken whatever it held).
            if let Some(why) = id_problem(preschool) {
                return Err(QueueError::field(
                    "snapshot.bad_id",
                    &format!("{list}[{i}].preschool"),
                    format!("a preschool id {why}"),
                ));
            }
            if !supported_year(year) {
                return Err(year_out_of_range(format!("{list}[{i}].birth_year"), year));
            }
        }
        // Cl. 13: one queue of each kind for each birth year — a queue
        // listed twice would be read as its first list alone.
        let mut kinds: std::collections::HashSet<
            (i32, &QueueKind),
            std::hash::BuildHasherDefault<Fnv>,
        > = std::collections::HashSet::with_capacity_and_hasher(
            self.queues.len(),
            Default::default(),
        );
        for (qi, q) in self.queues.iter().enumerate() {
            if !supported_year(q.birth_year) {
                return Err(year_out_of_range(
                    format!("queues[{qi}].birth_year"),
                    q.birth_year,
                ));
            }
            if !kinds.insert((q.birth_year, &q.queue)) {
                return Err(QueueError::field(
                    "snapshot.duplicate_queue",
                    &format!("queues[{qi}].queue"),
                    format!(
                        "the {} queue for children born in {} appears twice",
                        q.queue, q.birth_year
                    ),
                ));
            }
            for (ai, a) in q.applications.iter().enumerate() {
                let field = || format!("queues[{qi}].applications[{ai}]");
                for (name, d) in [
                    ("submitted", Some(a.submitted.date())),
                    ("birth_date", a.birth_date),
                ] {
                    if let Some(d) = d.filter(|d| !supported(*d)) {
                        return Err(out_of_range(format!("{}.{name}", field()), d));
                    }
                }
                if let Some(b) = a.birth_date.filter(|b| b.year() != q.birth_year) {
                    return Err(QueueError::field(
                        "snapshot.birth_date_mismatch",
                        &format!("{}.birth_date", field()),
                        birth_date_mismatch(b, q.birth_year),
                    ));
                }
                if a.submitted > self.as_of {
                    return Err(QueueError::field(
                        "snapshot.submitted_after_snapshot",
                        &format!("{}.submitted", field()),
                        format!(
                            "{} is after the snapshot's date {}",
                            written(&a.submitted),
                            written(&self.as_of)
                        ),
                    ));
                }
                if let Some(why) = id_problem(&a.id) {
                    return Err(QueueError::field(
                        "snapshot.bad_id",
                        &format!("{}.id", field()),
                        format!("an application id {why}"),
                    ));
                }
                if !seen.insert((qi, a.id.as_str())) {
                    return Err(QueueError::field(
                        "snapshot.duplicate_id",
                        &format!("{}.id", field()),
                        format!("the id `{}` appears twice in the same queue", trunc(&a.id)),
                    ));
                }
            }
        }
        Ok(())
    }
}

/// What is wrong with an application's id, said after "an application id"
/// / "an id": more than 64 characters or none (counted as characters, not
/// bytes: a Cyrillic id of 40 was refused by its 80 bytes), or a character
/// no one sees or no text (`kezek_rules::case::hidden_character`): a
/// byte-order mark inside a CSV made `\u{FEFF}A1` another id than `A1`, so
/// one application stood in the queue twice and the duplicate went unsaid
/// (probe45); a direction mark, NUL or a line separator likewise.
fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() || id.chars().nth(64).is_some() {
        return Some("is 1 to 64 characters".into());
    }
    kezek_rules::case::hidden_character(id).map(|c| {
        format!(
            "holds U+{:04X}, a character no one sees or no text (a byte-order mark inside the file, \
             a direction mark, a control character): remove it",
            c as u32
        )
    })
}

/// Cl. 13 («балалардың туған жылы бойынша және әрбір туған жылы үшін өз
/// кезегі қалыптастырылады») and Annex 1 («Кезектегі өтініштер баланың туған
/// жылына (күнтізбелік жыл) қарай ... топтастырылады»): a queue holds the
/// children born in one calendar year, so an application whose child's birth
/// date is in another year is no application of that queue
/// (`snapshot.birth_date_mismatch`). Read as it was, the forecast counted its
/// age-out (cl. 24 p. 9) from a birth date of another queue.
fn birth_date_mismatch(birth: NaiveDate, year: i32) -> String {
    format!(
        "the birth date {birth} is not in the queue's birth year {year}: a queue holds the children born in one calendar year (cl. 13)"
    )
}

/// FNV-1a: a fast hasher for the duplicate-id check (ids are not attacker-chosen
/// keys of a long-lived table; the check lives for one parse).
#[derive(Default)]
pub(crate) struct Fnv(u64);

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x100_0000_01b3);
        }
        self.0 = h;
    }
}

pub(crate) use kezek_rules::wire::shown as trunc;

/// What a snapshot holds, as an empty one is told
/// ([`kezek_rules::wire::empty`]).
pub const HOLDS: &str = "a queue snapshot, a JSON object {\"schema\": \"kezek.snapshot/1\", \"settlement\", \"as_of\", \"queues\", …} (schema/queue-snapshot.schema.json)";

/// Parses and validates snapshot JSON.
pub fn parse_json(text: &str) -> Result<Snapshot, QueueError> {
    if text.len() > MAX_JSON_BYTES {
        return Err(QueueError::field(
            "snapshot.too_large",
            "",
            format!(
                "the snapshot is {} bytes; at most {MAX_JSON_BYTES} are accepted",
                text.len()
            ),
        ));
    }
    // Built by `QueueError::new`, as every door's error: a value the message
    // quotes by its first 40 characters (a 5 MB `places` string was written
    // back whole), a number's kind in words, not serde's `u32`.
    let snap: Snapshot = kezek_rules::wire::read_typed(text).map_err(|e| {
        // Nested too deep, or no JSON at all (said so, with what a snapshot
        // holds): the whole input, as every door's.
        let whole = e
            .too_deep
            .clone()
            .or_else(|| kezek_rules::wire::empty(text, HOLDS));
        match whole {
            Some(whole) => whole,
            // A real date outside 1900-2200 is JSON of the right shape: said as
            // the date it is, as a calendar's is.
            None if e.is_out_of_range() => {
                QueueError::new("snapshot.date_out_of_range", &e.field, e.error.to_string())
                    .at_line(Some(e.error.line()))
            }
            None => QueueError::new(
                "snapshot.invalid_json",
                &e.field,
                format!(
                    "the snapshot is not valid JSON of the expected shape: {}",
                    e.error
                ),
            )
            .at_line(Some(e.error.line())),
        }
    })?;
    check_settlement(&snap.settlement)?;
    snap.validate()?;
    Ok(snap)
}

/// A JSON snapshot's `settlement`, a free text read as a case's settlement
/// is ([`kezek_rules::case::text_problem`]: at most 200 characters, none
/// that no one sees): `snapshot.text_too_long` or
/// `snapshot.text_control_character` at `settlement` (probe46: it was the
/// one free text of an input taken whatever it held). A CSV list's
/// settlement is not the list's: the name the reader gives it (the file's
/// name in the app, `--settlement` on the command line, which the command
/// line checks by this rule: probe47).
pub fn check_settlement(settlement: &str) -> Result<(), QueueError> {
    let Some(e) = kezek_rules::case::text_problem("settlement", Some(settlement)) else {
        return Ok(());
    };
    // The snapshot's own codes (written out: every code raised is listed).
    let code = match e.code.as_str() {
        "case.text_too_long" => "snapshot.text_too_long",
        _ => "snapshot.text_control_character",
    };
    Err(QueueError::field(code, "settlement", e.message))
}

/// The CSV header: `id,submitted,group,status,birth_date,birth_year,queue`.
pub const CSV_HEADER: &str = "id,submitted,group,status,birth_date,birth_year,queue";

/// Streams a CSV application list into a snapshot of `settlement` taken at `as_of`.
///
/// Columns: `id` (opaque), `submitted` (`YYYY-MM-DDTHH:MM[:SS]`), `group`
/// (`out_of_turn` / `first` / `general`), `status` (`waiting`, `referral_issued`,
/// `stop_list`, `archived`, `withdrawn`, `not_interested`), `birth_date`
/// (optional `YYYY-MM-DD`), `birth_year`, `queue` (`general`, `special:<type>`,
/// `sanatorium:<type>`; empty means general). No quoting: fields never contain commas.
pub fn parse_csv<R: BufRead>(
    reader: R,
    settlement: &str,
    as_of: NaiveDateTime,
) -> Result<Snapshot, QueueError> {
    let mut queues: Vec<Queue> = Vec::new();
    let mut index: std::collections::HashMap<(i32, QueueKind), usize> = Default::default();
    let mut ids: std::collections::HashSet<(usize, u64), std::hash::BuildHasherDefault<Fnv>> =
        Default::default();
    let mut total = 0usize;
    let mut last: Option<(i32, usize)> = None;
    let mut line_no = 0usize;
    let mut bytes = Vec::new();
    let mut reader = reader;
    loop {
        bytes.clear();
        let unreadable = |line: usize, e: &dyn std::fmt::Display| QueueError {
            code: "csv.unreadable".into(),
            line: Some(line),
            field: String::new(),
            message: format!("cannot read line {line}: {e}"),
        };
        // Never more than one byte past the limit, so an endless line (a
        // link to /dev/zero) costs 4 KB, not all the memory there is.
        let n = read_line(&mut reader, MAX_CSV_LINE + 1, &mut bytes)
            .map_err(|e| unreadable(line_no + 1, &e))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        if bytes.len() > MAX_CSV_LINE {
            return Err(QueueError::at(
                "csv.line_too_long",
                line_no,
                "",
                format!("a line is longer than {MAX_CSV_LINE} bytes"),
            ));
        }
        let buf = std::str::from_utf8(&bytes).map_err(|_| {
            // A UTF-16 file (Excel's "Unicode text") begins with its
            // byte-order mark: said, so it is saved again as UTF-8.
            let utf16 = line_no == 1 && matches!(bytes.get(..2), Some([0xff, 0xfe] | [0xfe, 0xff]));
            match utf16 {
                true => unreadable(
                    line_no,
                    &"the file is UTF-16 text, not UTF-8: save it as CSV UTF-8",
                ),
                false => unreadable(line_no, &"stream did not contain valid UTF-8"),
            }
        })?;
        let line = buf.trim_end_matches(['\n', '\r']);
        if line_no == 1 {
            if line.trim_start_matches('\u{feff}') != CSV_HEADER {
                return Err(QueueError::at(
                    "csv.bad_header",
                    1,
                    "",
                    format!("the first line must be `{CSV_HEADER}`"),
                ));
            }
            continue;
        }
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = [""; 7];
        let mut count = 0usize;
        for (i, c) in line.split(',').enumerate() {
            if i < 7 {
                cols[i] = c;
            }
            count = i + 1;
        }
        if count != 7 {
            return Err(QueueError::at(
                "csv.wrong_column_count",
                line_no,
                "",
                format!("expected 7 columns, found {count}"),
            ));
        }
        let id = cols[0].trim();
        let problem = match id.contains('"') {
            true => Some("is 1 to 64 characters, unquoted".into()),
            false => id_problem(id),
        };
        if let Some(why) = problem {
            return Err(QueueError::at(
                "csv.bad_id",
                line_no,
                "id",
                format!("an id {why}"),
            ));
        }
        let submitted = crate::local_datetime::parse(cols[1]).ok_or_else(|| {
            QueueError::at(
                "csv.bad_date",
                line_no,
                "submitted",
                format!(
                    "`{}` is not a date-time like 2025-03-01T10:00",
                    trunc(cols[1])
                ),
            )
        })?;
        if submitted > as_of {
            return Err(QueueError::at(
                "snapshot.submitted_after_snapshot",
                line_no,
                "submitted",
                format!(
                    "{} is after the snapshot's date {}",
                    written(&submitted),
                    written(&as_of)
                ),
            ));
        }
        let group = Group::parse(cols[2].trim()).ok_or_else(|| {
            QueueError::at(
                "csv.bad_group",
                line_no,
                "group",
                format!("unknown group `{}`", trunc(cols[2])),
            )
        })?;
        let status = Status::parse(cols[3].trim()).ok_or_else(|| {
            QueueError::at(
                "csv.bad_status",
                line_no,
                "status",
                format!("unknown status `{}`", trunc(cols[3])),
            )
        })?;
        let birth_date = match cols[4].trim() {
            "" => None,
            s => Some(kezek_rules::dates::parse_date(s).map_err(|_| {
                QueueError::at(
                    "csv.bad_date",
                    line_no,
                    "birth_date",
                    format!("`{}` is not a date YYYY-MM-DD", trunc(s)),
                )
            })?),
        };
        // Written as a JSON snapshot's year and `--birth-year` are: `+2023`
        // and `02023` are no year there, so none here either.
        let year = cols[5].trim();
        let birth_year: i32 = Some(year)
            .filter(|y| kezek_rules::wire::written_as_json_whole(y))
            .and_then(|y| y.parse().ok())
            .filter(|y| supported_year(*y))
            .ok_or_else(|| {
                QueueError::at(
                    "csv.bad_birth_year",
                    line_no,
                    "birth_year",
                    format!(
                        "`{}` is not a year: write it in digits as JSON does (no `+`, no leading `0`)",
                        trunc(cols[5])
                    ),
                )
            })?;
        if let Some(b) = birth_date.filter(|b| b.year() != birth_year) {
            return Err(QueueError::at(
                "snapshot.birth_date_mismatch",
                line_no,
                "birth_date",
                birth_date_mismatch(b, birth_year),
            ));
        }
        let kind = QueueKind::parse(cols[6]).ok_or_else(|| {
            QueueError::at(
                "csv.bad_queue",
                line_no,
                "queue",
                format!("unknown queue `{}`", trunc(cols[6])),
            )
        })?;
        total += 1;
        if total > MAX_APPLICATIONS {
            return Err(QueueError::at(
                "snapshot.too_large",
                line_no,
                "",
                format!("more than {MAX_APPLICATIONS} applications"),
            ));
        }
        // Rows of one queue usually come together: reuse the last queue's index.
        let qi = match last {
            Some((y, qi)) if y == birth_year && queues[qi].queue == kind => qi,
            _ => {
                let qi = *index.entry((birth_year, kind.clone())).or_insert_with(|| {
                    queues.push(Queue {
                        birth_year,
                        queue: kind,
                        applications: Vec::new(),
                    });
                    queues.len() - 1
                });
                last = Some((birth_year, qi));
                qi
            }
        };
        // A duplicate is said at its line, as every error of a row (the
        // snapshot's own check names a path into JSON the CSV never had).
        // By the id's hash (no copy of each id): a hash seen before is a
        // duplicate when the queue holds the id (else two ids that collide).
        let hash = {
            use std::hash::Hasher;
            let mut h = Fnv::default();
            h.write(id.as_bytes());
            h.finish()
        };
        if !ids.insert((qi, hash)) && queues[qi].applications.iter().any(|a| a.id == id) {
            return Err(QueueError::at(
                "snapshot.duplicate_id",
                line_no,
                "id",
                format!("the id `{}` appears twice in the same queue", trunc(id)),
            ));
        }
        queues[qi].applications.push(Application {
            id: id.to_owned(),
            submitted,
            group,
            status,
            birth_date,
        });
    }
    if line_no == 0 {
        return Err(QueueError::at(
            "csv.empty",
            1,
            "",
            "the file is empty".into(),
        ));
    }
    // The header line alone: a list of no application (probe47: it read as
    // a snapshot of no queue, then said `query.unknown_queue`).
    if queues.is_empty() {
        return Err(QueueError::field(
            "csv.empty",
            "",
            "the file has its header line and no application".into(),
        ));
    }
    let snap = Snapshot {
        schema: SCHEMA.to_owned(),
        settlement: settlement.to_owned(),
        as_of,
        queues,
        bulletins: Vec::new(),
        recalls: Vec::new(),
    };
    snap.validate()?;
    Ok(snap)
}

/// Reads one line into `out`, with its end: LF, CR LF, or CR alone (Excel's
/// "CSV (Macintosh)"), at most `limit` bytes of it (a longer line is cut
/// there, for the caller to refuse). Returns the bytes read, 0 at the end.
fn read_line<R: BufRead>(
    reader: &mut R,
    limit: usize,
    out: &mut Vec<u8>,
) -> std::io::Result<usize> {
    let mut n = 0;
    loop {
        let (end, used) = {
            let buf = match reader.fill_buf() {
                Ok(buf) => buf,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            let room = limit.saturating_sub(out.len());
            let buf = &buf[..buf.len().min(room)];
            if buf.is_empty() {
                return Ok(n);
            }
            match buf.iter().position(|b| matches!(b, b'\n' | b'\r')) {
                Some(i) => {
                    out.extend_from_slice(&buf[..=i]);
                    (Some(buf[i]), i + 1)
                }
                None => {
                    out.extend_from_slice(buf);
                    (None, buf.len())
                }
            }
        };
        reader.consume(used);
        n += used;
        match end {
            // A CR followed by an LF is one line end (CR LF).
            Some(b'\r') => {
                if reader.fill_buf()?.first() == Some(&b'\n') {
                    reader.consume(1);
                    out.push(b'\n');
                    n += 1;
                }
                return Ok(n);
            }
            Some(_) => return Ok(n),
            None => {}
        }
    }
}

/// Writes the applications of `snap` as CSV (the inverse of [`parse_csv`]).
pub fn to_csv(snap: &Snapshot) -> String {
    let mut out = String::with_capacity(64 * 1024);
    out.push_str(CSV_HEADER);
    out.push('\n');
    for q in &snap.queues {
        let kind = q.queue.to_string();
        for a in &q.applications {
            let status = serde_json::to_value(a.status)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            out.push_str(&format!(
                "{},{},{},{},{},{},{}\n",
                a.id,
                kezek_rules::dates::local_datetime::format(&a.submitted),
                a.group.code(),
                status,
                a.birth_date.map(|d| d.to_string()).unwrap_or_default(),
                q.birth_year,
                kind
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const JSON: &str = r#"{"schema":"kezek.snapshot/1","settlement":"Astana","as_of":"2026-11-23T10:00",
      "queues":[{"birth_year":2023,"queue":"general","applications":[
        {"id":"a1","submitted":"2024-01-10T09:00","group":"general","status":"waiting"},
        {"id":"a2","submitted":"2024-02-10T09:00","group":"first","status":"waiting","birth_date":"2023-05-10"}]},
        {"birth_year":2023,"queue":"special:hearing","applications":[]}],
      "bulletins":[{"date":"2026-08-20","birth_year":2023,"preschool":"ds-12","places":5,"mode":"general"}]}"#;

    #[test]
    fn cl13_snapshot_json_has_queues_by_birth_year_and_kind() {
        let s = parse_json(JSON).unwrap();
        assert_eq!(s.queues.len(), 2);
        assert!(s
            .queue(2023, &QueueKind::Special("hearing".into()))
            .is_some());
        assert_eq!(s.bulletins[0].queue, QueueKind::General);
    }

    /// Cl. 13: one queue of each kind for each birth year. A snapshot that
    /// lists the same queue twice is refused with its code: read as it was,
    /// a position asked of it counted the first list only (an application of
    /// the second was "not in this queue", and no one of it stood ahead).
    #[test]
    fn cl13_one_queue_of_a_kind_for_a_birth_year() {
        let twice = r#"{"schema":"kezek.snapshot/1","settlement":"A","as_of":"2024-12-31T23:59","queues":[
            {"birth_year":2023,"queue":"general","applications":[{"id":"a","submitted":"2024-01-01T10:00","group":"general","status":"waiting"}]},
            {"birth_year":2023,"queue":"special:hearing","applications":[]},
            {"birth_year":2023,"queue":"general","applications":[{"id":"b","submitted":"2024-01-01T09:00","group":"general","status":"waiting"}]}]}"#;
        let e = parse_json(twice).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("snapshot.duplicate_queue", "queues[2].queue")
        );
        assert!(crate::error::CODES.contains(&e.code.as_str()));
        // The same year in another queue, another year in the same queue: fine.
        let other = twice.replacen(
            r#""birth_year":2023,"queue":"general","applications":[{"id":"b""#,
            r#""birth_year":2022,"queue":"general","applications":[{"id":"b""#,
            1,
        );
        assert!(parse_json(&other).is_ok());
    }

    #[test]
    fn json_errors_carry_a_code_and_line() {
        let e = parse_json("{\n\"schema\": 3}").unwrap_err();
        assert_eq!(e.code, "snapshot.invalid_json");
        assert_eq!(e.line, Some(2));
        let e = parse_json(&JSON.replace("kezek.snapshot/1", "v0")).unwrap_err();
        assert_eq!(e.code, "snapshot.bad_schema");
        let e = parse_json(&JSON.replace("2024-02-10T09:00", "2027-02-10T09:00")).unwrap_err();
        assert_eq!(e.code, "snapshot.submitted_after_snapshot");
        assert_eq!(e.field, "queues[0].applications[1].submitted");
        // Deeper than JSON is read (serde_json's recursion limit): JSON all
        // the same, said to be too deep (not malformed), whatever it holds.
        let deep = "[".repeat(100_000);
        assert_eq!(parse_json(&deep).unwrap_err().code, "input.too_deep");
        let deep_id = JSON.replace(
            r#""id":"a1""#,
            &format!(r#""id":{}{}"#, "[".repeat(5_000), "]".repeat(5_000)),
        );
        let e = parse_json(&deep_id).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str(), e.line),
            ("input.too_deep", "", Some(3))
        );
    }

    /// An empty snapshot (an empty file, an empty string) says it is empty
    /// and what it should hold, `input.empty` as every door's empty input
    /// (probe43): it said «the snapshot is not valid JSON of the expected
    /// shape: EOF while parsing a value at line 1 column 0».
    #[test]
    fn an_empty_snapshot_says_it_is_empty_and_what_it_should_hold() {
        for text in ["", " \n", "\u{feff}"] {
            let e = parse_json(text).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                ("input.empty", ""),
                "{e}"
            );
            assert!(e.message.contains("kezek.snapshot/1"), "{e}");
            assert!(!e.message.contains("EOF"), "{e}");
        }
    }

    /// Cl. 13 («балалардың туған жылы бойынша және әрбір туған жылы үшін өз
    /// кезегі қалыптастырылады») and Annex 1 («Кезектегі өтініштер баланың
    /// туған жылына (күнтізбелік жыл) қарай ... топтастырылады»): a queue is
    /// the children of one calendar year of birth. An application whose
    /// child's birth date falls in another year is refused at its
    /// `birth_date` (JSON: with its path; CSV: with its line), as the other
    /// checks of a snapshot are: read as it was, its age-out (cl. 24 p. 9)
    /// was counted from a birth date of another queue. An application
    /// without a birth date is read as before.
    #[test]
    fn cl13_annex1_an_application_stands_in_the_queue_of_its_birth_year() {
        let other_year = JSON.replace("2023-05-10", "2022-12-31");
        let e = parse_json(&other_year).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            (
                "snapshot.birth_date_mismatch",
                "queues[0].applications[1].birth_date"
            )
        );
        assert!(
            e.message.contains("2022-12-31") && e.message.contains("2023"),
            "{}",
            e.message
        );
        assert!(crate::error::CODES.contains(&e.code.as_str()));
        for d in ["2023-01-01", "2023-12-31"] {
            assert!(parse_json(&JSON.replace("2023-05-10", d)).is_ok(), "{d}");
        }
        let as_of = parse_json(JSON).unwrap().as_of;
        let csv = format!("{CSV_HEADER}\nx1,2024-01-01T10:00,general,waiting,2023-02-01,2023,general\nx2,2024-01-01T10:00,general,waiting,2024-01-01,2023,general\n");
        let e = parse_csv(csv.as_bytes(), "A", as_of).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.line, e.field.as_str()),
            ("snapshot.birth_date_mismatch", Some(3), "birth_date")
        );
        assert!(crate::error::ROW_CODES.contains(&e.code.as_str()));
    }

    /// A CSV list whose lines end in CR alone (Excel's "CSV (Macintosh)",
    /// probe42) is read as the same list with LF or CRLF line ends, its rows
    /// numbered the same; it was one line of all its rows, refused as
    /// `csv.line_too_long` at line 1.
    #[test]
    fn a_csv_with_cr_line_ends_reads_as_with_lf() {
        let s = parse_json(JSON).unwrap();
        let lf = to_csv(&s);
        let read = |text: &str| parse_csv(text.as_bytes(), "Astana", s.as_of);
        let want = read(&lf).unwrap();
        for end in ["\r", "\r\n"] {
            let got = read(&lf.replace('\n', end)).unwrap_or_else(|e| panic!("{end:?}: {e}"));
            assert_eq!(got, want, "{end:?}");
        }
        // A row's line is counted across CR ends (and a CR LF is one end).
        let bad = format!("{CSV_HEADER}\rx1,2024-01-01T10:00,general,waiting,,2023,general\r\n\rx2,2024-01-01T10:00,vip,waiting,,2023,general\r");
        let e = read(&bad).unwrap_err();
        assert_eq!((e.code.as_str(), e.line), ("csv.bad_group", Some(4)));
        // An endless line with no end is still refused at the limit.
        let long = format!("{CSV_HEADER}\r{}", "x".repeat(MAX_CSV_LINE * 3));
        let e = read(&long).unwrap_err();
        assert_eq!((e.code.as_str(), e.line), ("csv.line_too_long", Some(2)));
    }

    /// A list saved as UTF-16 (Excel's "Unicode text") is said to be one, so
    /// the integrator knows to save it as UTF-8, not only that it is no UTF-8.
    #[test]
    fn a_utf16_csv_is_said_to_be_utf16() {
        let s = parse_json(JSON).unwrap();
        for bom in [[0xff, 0xfe], [0xfe, 0xff]] {
            let mut bytes = bom.to_vec();
            bytes.extend(to_csv(&s).encode_utf16().flat_map(|u| {
                if bom[0] == 0xff {
                    u.to_le_bytes()
                } else {
                    u.to_be_bytes()
                }
            }));
            let e = parse_csv(bytes.as_slice(), "A", s.as_of).unwrap_err();
            assert_eq!((e.code.as_str(), e.line), ("csv.unreadable", Some(1)));
            assert!(e.message.contains("UTF-16"), "{}", e.message);
        }
    }

    /// A CSV list's birth year is written as a JSON snapshot's and the
    /// command line's `--birth-year` are (probe46): digits, a `-` before a
    /// negative one, no `+`, no leading `0` (`kezek_rules::wire::whole_number`).
    /// `+2023` and `02023` were read as 2023 here, where the same year in a
    /// JSON snapshot is no JSON and `--birth-year +2023` is refused. The
    /// spaces around a column are not part of it, in this column as in
    /// every other.
    #[test]
    fn cl13_a_csv_birth_year_is_written_as_json_writes_a_year() {
        let as_of = parse_json(JSON).unwrap().as_of;
        let row = |year: &str| {
            let csv =
                format!("{CSV_HEADER}\nx1,2024-01-01T10:00,general,waiting,,{year},general\n");
            parse_csv(csv.as_bytes(), "A", as_of)
        };
        for year in ["+2023", "02023", "2023.0", "2 023", "٢٠٢٣", "0x7e7", ""] {
            let e = row(year).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.line, e.field.as_str()),
                ("csv.bad_birth_year", Some(2), "birth_year"),
                "{year:?}: {}",
                e.message
            );
        }
        for year in ["2023", " 2023 "] {
            let s = row(year).unwrap_or_else(|e| panic!("{year:?}: {e}"));
            assert_eq!(s.queues[0].birth_year, 2023, "{year:?}");
        }
        // The JSON snapshot's reader refuses the same writings (no JSON).
        for year in ["+2023", "02023"] {
            let e = parse_json(&JSON.replacen(
                "\"birth_year\":2023",
                &format!("\"birth_year\":{year}"),
                1,
            ))
            .unwrap_err();
            assert_eq!(e.code, "snapshot.invalid_json", "{year}");
        }
    }

    /// A JSON snapshot's `settlement` is a free text as a case's settlement
    /// is (probe46): at most 200 characters, none that no one sees
    /// (`kezek_rules::case::text_problem`). It was taken whatever it held —
    /// a 1 MB name, a line break, a direction mark — where every other free
    /// text of every input is checked. Refused with
    /// `snapshot.text_too_long` / `snapshot.text_control_character` at
    /// `settlement`, each with its kk/ru/en text (tests/queue_error_texts.rs).
    #[test]
    fn a_snapshots_settlement_is_checked_as_every_free_text_is() {
        let named = |name: &str| {
            JSON.replacen(
                "\"settlement\":\"Astana\"",
                &format!("\"settlement\":{}", serde_json::to_string(name).unwrap()),
                1,
            )
        };
        for (name, code) in [
            ("A".repeat(201), "snapshot.text_too_long"),
            (
                "Астана\nАлматы".to_owned(),
                "snapshot.text_control_character",
            ),
            (
                "Аста\u{202E}на".to_owned(),
                "snapshot.text_control_character",
            ),
            ("\u{0}".to_owned(), "snapshot.text_control_character"),
        ] {
            let e = parse_json(&named(&name)).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str(), e.line),
                (code, "settlement", None),
                "{name:?}: {}",
                e.message
            );
            assert!(crate::error::CODES.contains(&code), "{code}");
            assert!(e.message.chars().count() < 200, "{}", e.message);
        }
        for name in ["Астана", "Қостанай ауданы, Затобол кенті", &"Ә".repeat(200)]
        {
            assert!(parse_json(&named(name)).is_ok(), "{name}");
        }
    }

    #[test]
    fn csv_round_trips_and_names_line_and_field() {
        let s = parse_json(JSON).unwrap();
        let csv = to_csv(&s);
        let back = parse_csv(csv.as_bytes(), "Astana", s.as_of).unwrap();
        assert_eq!(back.queues[0].applications, s.queues[0].applications);
        let bad = format!("{CSV_HEADER}\nx1,2024-01-01T10:00,general,waiting,,2023,general\nx2,2024-01-01T10:00,vip,waiting,,2023,general\n");
        let e = parse_csv(bad.as_bytes(), "A", s.as_of).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.line, e.field.as_str()),
            ("csv.bad_group", Some(3), "group")
        );
        let e = parse_csv("id,x\n".as_bytes(), "A", s.as_of).unwrap_err();
        assert_eq!(e.code, "csv.bad_header");
        let e = parse_csv("".as_bytes(), "A", s.as_of).unwrap_err();
        assert_eq!(e.code, "csv.empty");
        let dup = format!("{CSV_HEADER}\nx1,2024-01-01T10:00,general,waiting,,2023,\nx1,2024-01-02T10:00,general,waiting,,2023,\n");
        assert_eq!(
            parse_csv(dup.as_bytes(), "A", s.as_of).unwrap_err().code,
            "snapshot.duplicate_id"
        );
    }

    /// A CSV's duplicate id is said at its line, field `id`, as every other
    /// error of a CSV row (probe45): it was said at
    /// `queues[0].applications[1].id` with no line, a path into a JSON
    /// snapshot the CSV's author never saw.
    #[test]
    fn a_csv_duplicate_id_is_said_at_its_line() {
        let as_of = parse_json(JSON).unwrap().as_of;
        let dup = format!("{CSV_HEADER}\nx1,2024-01-01T10:00,general,waiting,,2023,\nx2,2024-01-01T10:00,general,waiting,,2023,\nx1,2024-01-02T10:00,general,waiting,,2023,\n");
        let e = parse_csv(dup.as_bytes(), "A", as_of).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.line, e.field.as_str()),
            ("snapshot.duplicate_id", Some(4), "id"),
            "{}",
            e.message
        );
        // The same id in another queue (another birth year) is another application.
        let two = format!("{CSV_HEADER}\nx1,2024-01-01T10:00,general,waiting,,2023,\nx1,2024-01-01T10:00,general,waiting,,2022,\n");
        assert!(parse_csv(two.as_bytes(), "A", as_of).is_ok());
    }

    /// An id holding a character no one sees (probe45): a byte-order mark
    /// in the middle of a CSV (two exports joined with `cat`) made
    /// `\u{FEFF}A1` another id than `A1`, so the same application stood in
    /// the queue twice and the duplicate went unsaid; a direction mark, NUL
    /// or a line separator likewise. Refused at the id, as a case's free
    /// text is (`case::hidden_character`): `csv.bad_id` at its line,
    /// `snapshot.bad_id` in a JSON snapshot. An id is 1 to 64 characters,
    /// counted as characters (a Cyrillic id of 40 was refused by its bytes).
    #[test]
    fn an_id_with_a_hidden_character_is_refused_at_its_line() {
        let as_of = parse_json(JSON).unwrap().as_of;
        for id in [
            "\u{FEFF}A1",
            "A\u{200F}1",
            "A\u{0}1",
            "A\u{2028}1",
            "\u{202E}1A",
        ] {
            let csv = format!("{CSV_HEADER}\nA1,2024-01-01T10:00,general,waiting,,2023,\n{id},2024-01-02T10:00,general,waiting,,2023,\n");
            let e = parse_csv(csv.as_bytes(), "A", as_of).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.line, e.field.as_str()),
                ("csv.bad_id", Some(3), "id"),
                "{id:?}: {}",
                e.message
            );
            assert!(e.message.contains("U+"), "{id:?}: {}", e.message);
            let mut json: serde_json::Value = serde_json::from_str(JSON).unwrap();
            json["queues"][0]["applications"][0]["id"] = id.into();
            let e = parse_json(&json.to_string()).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                ("snapshot.bad_id", "queues[0].applications[0].id"),
                "{id:?}: {}",
                e.message
            );
        }
        let cyrillic = "Ж".repeat(40);
        let csv = format!("{CSV_HEADER}\n{cyrillic},2024-01-01T10:00,general,waiting,,2023,\n");
        assert!(parse_csv(csv.as_bytes(), "A", as_of).is_ok());
        let csv = format!(
            "{CSV_HEADER}\n{},2024-01-01T10:00,general,waiting,,2023,\n",
            "Ж".repeat(65)
        );
        assert_eq!(
            parse_csv(csv.as_bytes(), "A", as_of).unwrap_err().code,
            "csv.bad_id"
        );
    }
}
