//! The wire boundary every door shares (CLI, JS API, embedding): the one error
//! object, the input bound, and how input text is read.
//!
//! Every binding reports bad input as an [`ErrorObject`] — `{code, field,
//! line?, message}` — built here from the engine's own errors, so the CLI's
//! `--json` errors and the JS API's thrown `Error`s carry the same code and
//! field for the same input. The queue crate's `QueueError` *is* this type.
//!
//! Codes are `<area>.<what>` in snake_case: `input.*` (reading any input),
//! `case.*` (an order-254 case), `catalogue.*` (an order-414 request),
//! `calendar.*`, `iin.*`, and the queue's `snapshot.*`, `csv.*`, `query.*`,
//! `forecast.*`. Every code has a parent-facing text `error-<code>` (dots and
//! underscores as hyphens, [`ErrorObject::key`]) in the kk, ru and en Fluent
//! files; [`codes`] lists the codes of this crate and the tests check them.

use serde::{Deserialize, Serialize};

use crate::calendar::CalendarError;
use crate::catalogue::CatalogueError;
use crate::iin::IinError;
use crate::CaseError;

/// The largest JSON input accepted for a case, a catalogue request or
/// calendar data (queue snapshots have their own, larger limit).
pub const MAX_INPUT_BYTES: usize = 1 << 20;

/// The one error object: a stable namespaced code (`case.bad_phone`,
/// `catalogue.unknown_service`, `snapshot.too_large`, `input.invalid_json`…),
/// the field it concerns as a JSON path or option name (empty when unknown),
/// the 1-based line where known, and a message: English from the command line
/// and the JS API, in the language the frame shows (kk, ru or en) from the
/// embedding bridge.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ErrorObject {
    /// Stable code, `<area>.<what>`.
    pub code: String,
    /// The field or option, or empty.
    pub field: String,
    /// 1-based line of the input, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// A plain message: English from the command line and the JS API; in the
    /// language the frame shows (kk, ru or en) from the embedding bridge.
    pub message: String,
}

/// Where the position serde_json ends its message with (`… at line 1
/// column 96`) begins in `message`, if it ends with one.
fn position_at(message: &str) -> Option<usize> {
    let at = message.rfind(" at line ")?;
    let position = &message[at + " at line ".len()..];
    let is_position = position.split_once(" column ").is_some_and(|(l, c)| {
        [l, c]
            .iter()
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    });
    is_position.then_some(at)
}

impl ErrorObject {
    /// An error object from its parts. A value the message quotes
    /// (`` `…` `` or `"…"`, as serde's messages quote an unknown field, a
    /// value not in the list, a string of the wrong type) is named by its
    /// first 40 characters, and serde's Rust number types are said in
    /// words ([`quoted_shown`]): a message never repeats unbounded input,
    /// nor says `u32` to a caller writing JSON.
    pub fn new(code: &str, field: &str, message: impl Into<String>) -> Self {
        ErrorObject {
            code: code.to_owned(),
            field: field.to_owned(),
            line: None,
            message: quoted_shown(message.into()),
        }
    }

    /// The error of an input given as the argument or member `argument`
    /// (`calendar`, `snapshot`, `application`…), its field named under it:
    /// `years[0].date` as `calendar.years[0].date`, `[0]` as `snapshot[0]`,
    /// none as the argument itself.
    pub fn under(self, argument: &str) -> Self {
        let field = match self.field.as_str() {
            "" => argument.to_owned(),
            path if path.starts_with('[') => format!("{argument}{path}"),
            path => format!("{argument}.{path}"),
        };
        ErrorObject { field, ..self }
    }

    /// An error about a field (no line).
    pub fn field(code: &str, field: &str, message: String) -> Self {
        Self::new(code, field, message)
    }

    /// An error at a 1-based line of the input, about a field.
    pub fn at(code: &str, line: usize, field: &str, message: String) -> Self {
        Self::new(code, field, message).at_line(Some(line))
    }

    /// The same error at a line of the input.
    pub fn at_line(mut self, line: Option<usize>) -> Self {
        self.line = line;
        self
    }

    /// The error of an input the caller gave as a JS object, not as JSON
    /// text: the JS API reads the text `JSON.stringify` wrote from it, which
    /// the caller never saw, so the position serde_json's message ends with
    /// (`… at line 1 column 96`) and the line point into nothing the caller
    /// can open. Both are left out; the field names the place.
    pub fn of_an_object(mut self) -> Self {
        if let Some(at) = position_at(&self.message) {
            self.message.truncate(at);
        }
        self.line = None;
        self
    }

    /// The Fluent id of the parent-facing text, e.g. `error-case-bad-phone`.
    pub fn key(&self) -> String {
        crate::reason::fluent_key("error", &self.code)
    }
}

/// Codes of reading any input, shared by every door.
pub const INPUT_CODES: &[&str] = &[
    "input.empty",
    "input.invalid_json",
    "input.unreadable",
    "input.too_large",
    "input.not_utf8",
    "input.not_a_string",
    "input.not_an_object",
    "input.not_json",
    "input.too_deep",
    "input.not_finite",
    "input.bad_date",
    "input.date_out_of_range",
    "input.bad_sections",
    "input.unknown_option",
    // Raised by the JS module's guard (scripts/guard-pkg.mjs): a call with
    // more arguments than the function takes.
    "input.too_many_arguments",
];

/// Codes only the bindings raise: a bad command-line argument, an answer
/// that cannot be serialised or written, a calendar year the CLI cannot show.
pub const BINDING_CODES: &[&str] = &[
    "cli.bad_argument",
    "cli.missing_argument",
    "output.serialize",
    "output.unwritable",
    "calendar.year_not_shown",
];

/// Every code this crate's errors and the bindings can carry, by area (the
/// queue crate adds `snapshot.*`, `csv.*`, `query.*` and `forecast.*`).
pub fn codes() -> Vec<&'static str> {
    [
        INPUT_CODES,
        BINDING_CODES,
        CaseError::CODES,
        CatalogueError::CODES,
        CalendarError::CODES,
        IinError::CODES,
    ]
    .concat()
}

impl std::fmt::Display for ErrorObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if let Some(l) = self.line {
            write!(f, "line {l}, ")?;
        }
        if !self.field.is_empty() {
            write!(f, "{}: ", self.field)?;
        }
        write!(f, "{} ({})", self.message, self.code)
    }
}

impl std::error::Error for ErrorObject {}

impl From<CaseError> for ErrorObject {
    fn from(e: CaseError) -> Self {
        ErrorObject::new(&e.code, &e.field, e.message)
    }
}

impl From<CalendarError> for ErrorObject {
    fn from(e: CalendarError) -> Self {
        // The calendar is its own input (an argument beside the case): its
        // entries are named under it.
        ErrorObject::new(e.code(), e.field(), e.to_string())
            .under("calendar")
            .at_line(e.line())
    }
}

impl From<IinError> for ErrorObject {
    fn from(e: IinError) -> Self {
        ErrorObject::new(e.code(), "iin", e.to_string())
    }
}

impl From<CatalogueError> for ErrorObject {
    fn from(e: CatalogueError) -> Self {
        let line = match &e {
            CatalogueError::Input { line, .. } => *line,
            _ => None,
        };
        ErrorObject::new(e.code(), e.field(), e.to_string()).at_line(line)
    }
}

/// What an evaluation reads: an order-254 case or an order-414 request.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// A case of order No. 254 (`service` 00403001 / 00403002), validated
    /// as it was read.
    Case(Box<crate::ValidCase>),
    /// A catalogue request of order No. 414 (`service` a catalogue code).
    Request(Box<crate::catalogue::Request>),
}

/// What an order-254 case holds, as [`empty`] says it.
pub const HOLDS_CASE: &str = "an order-254 case, a JSON object such as {\"service\": \"00403001\", \"channel\", \"as_of\", \"applicant\", \"child\", …} (schema/order254-case.schema.json)";

/// What a catalogue request of order No. 414 holds, as [`empty`] says it.
pub const HOLDS_REQUEST: &str = "a catalogue request of order No. 414, a JSON object such as {\"service\": \"00403008\", \"channel\", \"as_of\", \"facts\", …} (schema/order414-request.schema.json)";

/// What either holds (`kezek evaluate`), as [`empty`] says it.
pub const HOLDS_CASE_OR_REQUEST: &str = "an order-254 case or a catalogue request of order No. 414, a JSON object with its \"service\" (schema/order254-case.schema.json, schema/order414-request.schema.json)";

/// `input.empty` when `text` holds no JSON value at all — nothing, or only
/// white space after a byte-order mark — saying so and that it should hold
/// `holds` (serde_json says «EOF while parsing a value at line 1 column 0»,
/// which reads as a file cut off). The whole input: field `""` (under the
/// argument's name where an argument's errors are). `None` otherwise.
pub fn empty(text: &str, holds: &str) -> Option<ErrorObject> {
    let blank = strip_bom(text)
        .bytes()
        .all(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    blank.then(|| {
        ErrorObject::new(
            "input.empty",
            "",
            format!("the input is empty (no JSON value at all): it should hold {holds}"),
        )
    })
}

/// JSON text as a value, or `input.invalid_json` at serde's line: malformed
/// JSON is reported as what it is, before either order reads it.
pub(crate) fn json_value(text: &str) -> Result<serde_json::Value, ErrorObject> {
    let text = strip_bom(text);
    serde_json::from_str(text)
        .or_else(|e| match lone_surrogates_replaced(text, &e) {
            Some(replaced) => serde_json::from_str(&replaced),
            None => Err(e),
        })
        .map_err(|e| {
            too_deep(text).unwrap_or_else(|| {
                ErrorObject::new("input.invalid_json", "", e.to_string()).at_line(Some(e.line()))
            })
        })
}

/// The deepest nesting of lists and objects inside each other that JSON
/// input is read to: serde_json's recursion limit (it reads 127 levels and
/// refuses the 128th). No input of Kezek nests more than a few levels.
pub const MAX_DEPTH: usize = 127;

/// `input.too_deep` for JSON text that did not read and nests deeper than
/// [`MAX_DEPTH`] (whatever else stopped the reading: such text is no input
/// of Kezek), at the line where it first went too deep; `None` otherwise.
/// The text is JSON all the same: it is not said to be malformed
/// (`input.invalid_json`) nor, in the JS API, not JSON (`input.not_json`).
/// A plain scan of brackets outside strings, run only when reading failed.
pub fn too_deep(text: &str) -> Option<ErrorObject> {
    let b = text.as_bytes();
    let (mut depth, mut line, mut i) = (0usize, 1usize, 0usize);
    while i < b.len() {
        match b[i] {
            b'\n' => line += 1,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(too_deep_error().at_line(Some(line)));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

/// `input.too_deep`, about the whole input (its field empty; under the
/// argument's name in the JS API, as another argument's errors are).
pub fn too_deep_error() -> ErrorObject {
    ErrorObject::new(
        "input.too_deep",
        "",
        format!(
            "the input is nested deeper than {MAX_DEPTH} levels (lists and objects inside each other), deeper than any input of Kezek: give the document itself, in the shape its schema describes"
        ),
    )
}

/// When serde_json refused `text` for a lone UTF-16 surrogate escape
/// (`"A\ud800B"`, which `JSON.stringify` writes for a JS string holding half
/// a character): the text with each one written `\ufffd`, the replacement
/// character — what the JS module reads from a string holding a lone
/// surrogate — so the field it is in says what is wrong with it (a free
/// text refuses U+FFFD at its path) rather than the whole input being
/// `input.invalid_json`. Each escape keeps its length: serde_json's lines
/// and columns, and so the fields, are the same.
fn lone_surrogates_replaced(text: &str, e: &serde_json::Error) -> Option<String> {
    let m = e.to_string();
    if !m.starts_with("lone leading surrogate") && !m.starts_with("unexpected end of hex escape") {
        return None;
    }
    let b = text.as_bytes();
    let unit = |i: usize| {
        let hex = b
            .get(i..i + 6)
            .filter(|h| h.starts_with(b"\\u"))?
            .get(2..)?;
        let hex = std::str::from_utf8(hex).ok()?;
        hex.bytes()
            .all(|d| d.is_ascii_hexdigit())
            .then(|| u16::from_str_radix(hex, 16).ok())?
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let n = match (b[i], unit(i)) {
            (b'\\', Some(0xD800..=0xDBFF)) if matches!(unit(i + 6), Some(0xDC00..=0xDFFF)) => 12,
            (b'\\', Some(0xD800..=0xDFFF)) => {
                out.extend_from_slice(b"\\ufffd");
                i += 6;
                continue;
            }
            // Any other escape is two bytes (`\\`, `\"`) or starts with them.
            (b'\\', _) => 2,
            _ => 1,
        };
        out.extend_from_slice(&b[i..(i + n).min(b.len())]);
        i += n;
    }
    String::from_utf8(out).ok()
}

/// How many characters of a value an error message echoes ([`shown`]), and
/// of an unknown key an error's field names ([`shown_key`]).
const SHOWN_CHARS: usize = 40;

/// A value as an error message echoes it: its first 40 characters and `…`
/// when longer (a message never repeats unbounded input, and says it cut
/// it), as [`quoted_shown`] cuts a value serde quotes. It cut without the
/// `…` (probe45): a channel of 5,000 characters came back as 40 `x`, as
/// if that were the value given.
pub fn shown(value: &str) -> String {
    if value.chars().nth(SHOWN_CHARS).is_some() {
        let mut cut: String = value.chars().take(SHOWN_CHARS).collect();
        cut.push('…');
        cut
    } else {
        value.to_owned()
    }
}

/// Whether `s` is a whole number written as JSON writes one: digits, a `-`
/// before a negative one, no `+`, no leading `0`, no spaces or other digits
/// (`-0` is 0). The one rule of every whole number read from text that is
/// not JSON — the command line's whole-number options (`kezek-cli`) and a
/// queue table's `birth_year` column (`kezek_queue::parse_csv`) — so that
/// the same text reads the same there and in a JSON input (JSON's grammar
/// refuses `+2023` and `02023`).
pub fn written_as_json_whole(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && (digits == "0" || !digits.starts_with('0'))
}

/// A key as an error's `field` names it when the key is not one Kezek
/// knows: cut as [`shown`] cuts a value — a field never repeats unbounded
/// input either. A known field name is never cut (some are longer than 40
/// characters).
pub fn shown_key(key: &str) -> String {
    shown(key)
}

/// `message` with each value it quotes between backticks or double quotes
/// cut to its first 40 characters ([`shown`]), as serde's messages quote
/// an unknown field (`` unknown field `…` ``), a value not in the list
/// (`` unknown variant `…` ``) or a string of the wrong type
/// (`invalid type: string "…"`) whole, whatever its length; and, outside
/// the quotes, serde's Rust number types and shapes said in words
/// ([`in_words`]: "expected u32" as "expected a whole number from 0 to 4294967295",
/// "expected struct Case" as "expected an object").
pub fn quoted_shown(message: String) -> String {
    /// What an empty value between backticks is said as.
    const EMPTY_VALUE: &str = "an empty value";
    const MAX: usize = SHOWN_CHARS;
    // Fast path: no quote can hold more than 40 characters, no type to say.
    if message.len() <= MAX + 2 && !message.contains("expected ") && !message.contains("``") {
        return message;
    }
    let mut out = String::with_capacity(message.len().min(4 * 1024));
    let mut rest = message.as_str();
    let mut changed = false;
    while let Some(open) = rest.find(['`', '"']) {
        let quote = rest.as_bytes()[open] as char;
        changed |= in_words(&mut out, &rest[..open]);
        out.push(quote);
        let inside = &rest[open + 1..];
        // A double-quoted value is written with Rust's escapes (`\"`).
        let close = if quote == '"' {
            let b = inside.as_bytes();
            let mut i = 0;
            loop {
                match b.get(i) {
                    None => break None,
                    Some(b'\\') => i += 2,
                    Some(b'"') => break Some(i),
                    Some(_) => i += 1,
                }
            }
        } else {
            inside.find('`')
        };
        let Some(close) = close else {
            out.push_str(inside);
            rest = "";
            break;
        };
        let value = &inside[..close];
        // An empty value is said in words, not as two backticks with
        // nothing between them (probe47: "unknown group ``").
        if value.is_empty() && quote == '`' {
            out.pop();
            // After a word, a colon: "unknown group: an empty value" (an
            // ASCII letter: the messages are serde's and the engine's English;
            // `char::is_alphabetic` brought Unicode's tables, +2 KB gzip of
            // the queue worker).
            if out.ends_with(' ') && out.trim_end().ends_with(|c: char| c.is_ascii_alphabetic()) {
                out.pop();
                out.push_str(": ");
            }
            out.push_str(EMPTY_VALUE);
            changed = true;
            rest = &inside[close + 1..];
            continue;
        }
        if value.chars().nth(MAX).is_some() {
            let mut cut: String = value.chars().take(MAX).collect();
            // Not a dangling half of an escape.
            if quote == '"' && cut.chars().rev().take_while(|&c| c == '\\').count() % 2 == 1 {
                cut.pop();
            }
            out.push_str(&cut);
            out.push('…');
            changed = true;
        } else {
            out.push_str(value);
        }
        out.push(quote);
        rest = &inside[close + 1..];
    }
    changed |= in_words(&mut out, rest);
    if changed {
        out
    } else {
        message
    }
}

/// Appends `text` (a message's words, outside its quotes) to `out` with
/// serde's Rust number types said in words: "expected u32" as "expected a
/// whole number from 0 to 4294967295" (u64 "from 0"), "expected i32" as
/// "expected a whole number from -2147483648 to 2147483647" (i64 "a whole
/// number"), "expected f64" as "expected a number"; and its names of
/// Rust shapes: "expected struct Case" as "expected an object", "expected
/// enum" as "expected one of its names (a string)", "expected unit variant
/// Preference::Any" as "expected nothing beside the name of this kind"; the
/// value given as JSON names it ("invalid type: sequence" as "an array",
/// "map" as "an object"). Whether it changed.
fn in_words(out: &mut String, text: &str) -> bool {
    const TYPES: &[(&str, &str)] = &[
        // With the largest where a JSON number can pass it (4294967296 is a
        // whole number from 0, and not a u32).
        ("u8", "a whole number from 0 to 255"),
        ("u16", "a whole number from 0 to 65535"),
        ("u32", "a whole number from 0 to 4294967295"),
        ("u64", "a whole number from 0"),
        ("usize", "a whole number from 0"),
        ("i8", "a whole number from -128 to 127"),
        ("i16", "a whole number from -32768 to 32767"),
        ("i32", "a whole number from -2147483648 to 2147483647"),
        ("i64", "a whole number"),
        ("f32", "a number"),
        ("f64", "a number"),
    ];
    // serde's names of the value given, said as JSON names them: an array
    // given where an object is read was "invalid type: sequence", an
    // object "invalid type: map" (probe44).
    let mut changed = false;
    let mut rest = text;
    for (serde, json) in [
        ("invalid type: sequence,", "invalid type: an array,"),
        ("invalid type: map,", "invalid type: an object,"),
    ] {
        if let Some(at) = rest.find(serde) {
            out.push_str(&rest[..at]);
            out.push_str(json);
            rest = &rest[at + serde.len()..];
            changed = true;
            break;
        }
    }
    while let Some(at) = rest.find("expected ") {
        let after = &rest[at + "expected ".len()..];
        out.push_str(&rest[..at + "expected ".len()]);
        let word_end = after
            .find(|c: char| !c.is_ascii_alphanumeric() && c != '_')
            .unwrap_or(after.len());
        // serde's names of Rust shapes, each with the Rust name after it:
        // `struct Case` (any struct: an object), `unit variant
        // Preference::Any` (a choice that takes nothing beside its name),
        // `enum` (a value from a list of names).
        let word = &after[..word_end];
        let named = |prefix: &str| {
            after
                .strip_prefix(prefix)
                .filter(|r| r.starts_with(|c: char| c.is_ascii_uppercase()))
                .map(|r| {
                    let n = r
                        .find(|c: char| !c.is_ascii_alphanumeric() && c != '_' && c != ':')
                        .unwrap_or(r.len());
                    prefix.len() + n
                })
        };
        if let Some(end) = named("struct ") {
            out.push_str("an object");
            changed = true;
            rest = &after[end..];
            continue;
        }
        if let Some(end) = named("unit variant ") {
            out.push_str("nothing beside the name of this kind");
            changed = true;
            rest = &after[end..];
            continue;
        }
        if word == "enum" {
            out.push_str("one of its names (a string)");
            changed = true;
            rest = &after[word_end..];
            continue;
        }
        match TYPES.iter().find(|(t, _)| *t == word) {
            Some((_, words)) => {
                out.push_str(words);
                changed = true;
            }
            None => out.push_str(word),
        }
        rest = &after[word_end..];
    }
    out.push_str(rest);
    changed
}

/// Reads an order-254 case, as every door does (`kezek evaluate`, the JS
/// API's `evaluate` and `checklist`): malformed JSON is `input.invalid_json`
/// with its line, a case of the wrong shape or with bad values `case.*`; a
/// `service` that is not a preschool one is said as every door says it
/// ([`service_door`]).
///
/// The syntax check runs only when the case does not read: every struct of a
/// case denies unknown fields, so a case that reads was parsed whole by typed
/// deserializers — valid JSON, every number in range — and parsing it once
/// more into a value could not fail (one parse instead of two, issue 19).
pub fn read_case(text: &str) -> Result<crate::Case, ErrorObject> {
    read_valid_case(text).map(crate::ValidCase::into_case)
}

/// [`read_case`], the case read as the [`crate::ValidCase`] it is (it was
/// validated as it was read), for a door that evaluates it at once without
/// validating it again.
pub fn read_valid_case(text: &str) -> Result<crate::ValidCase, ErrorObject> {
    let read = crate::Case::from_json_at(strip_bom(text)).map(crate::ValidCase::validated);
    read.or_else(|(e, line)| {
        if let Some(e) = empty(text, HOLDS_CASE) {
            return Err(e);
        }
        let value = json_value(text)?;
        match service_door(&value) {
            Door::Catalogue(code) => Err(CatalogueError::OtherOrder(code).into()),
            Door::Unknown(code) => Err(CatalogueError::UnknownService(code).into()),
            // Its line, which its message says (`… at line 3 column 20`), as a
            // request's and a snapshot's error carries theirs.
            Door::Preschool(_) | Door::Unnamed => Err(ErrorObject::from(e).at_line(line)),
        }
    })
}

/// Reads an order-414 request, as every door does (`kezek evaluate`, the JS
/// API's `evaluateService` and `prepareService`): malformed JSON is
/// `input.invalid_json`, the rest `catalogue.*`.
pub fn read_request(text: &str) -> Result<crate::catalogue::Request, ErrorObject> {
    if let Some(e) = empty(text, HOLDS_REQUEST) {
        return Err(e);
    }
    let value = json_value(text)?;
    match service_door(&value) {
        Door::Preschool(code) => Err(CatalogueError::OtherOrder(code).into()),
        Door::Unknown(code) => Err(CatalogueError::UnknownService(code).into()),
        Door::Catalogue(_) | Door::Unnamed => {
            Ok(crate::catalogue::Request::from_json(strip_bom(text))?)
        }
    }
}

/// Reads either order's input, choosing by its `service`: a catalogue code
/// is a request, 00403001/00403002 (or none) a case, anything else
/// `catalogue.unknown_service`.
pub fn read_input(text: &str) -> Result<Input, ErrorObject> {
    if let Some(e) = empty(text, HOLDS_CASE_OR_REQUEST) {
        return Err(e);
    }
    let value = json_value(text)?;
    match service_door(&value) {
        // The door is known: the request is read without a second look at its service.
        Door::Catalogue(_) => {
            let request = crate::catalogue::Request::from_json(strip_bom(text))?;
            Ok(Input::Request(Box::new(request)))
        }
        Door::Unknown(code) => Err(CatalogueError::UnknownService(code).into()),
        Door::Preschool(_) | Door::Unnamed => Ok(Input::Case(Box::new(read_valid_case(text)?))),
    }
}

/// Which order reads an input, by its `service`.
enum Door {
    /// 00403001 or 00403002: a case of order No. 254.
    Preschool(String),
    /// A catalogue code: a request of order No. 414.
    Catalogue(String),
    /// A string that is neither.
    Unknown(String),
    /// No `service` string: the reader of the door asked says what is wrong.
    Unnamed,
}

fn service_door(value: &serde_json::Value) -> Door {
    match value.get("service").and_then(|s| s.as_str()) {
        None => Door::Unnamed,
        Some(code) if is_preschool_code(code) => Door::Preschool(code.to_owned()),
        Some(code) if crate::catalogue::entry(code).is_some() => Door::Catalogue(code.to_owned()),
        Some(code) => Door::Unknown(code.to_owned()),
    }
}

/// A `service` code of order No. 254 (00403001 registration, 00403002 admission).
pub fn is_preschool_code(code: &str) -> bool {
    serde_json::from_value::<crate::Service>(code.into()).is_ok()
}

/// Why JSON text did not read as a typed input: serde's error, and the
/// field it concerns as a path (`child.birth_date`, `documents[1].issued_on`,
/// empty for the whole document).
#[derive(Debug)]
pub struct TypedError {
    /// The field, as an [`ErrorObject`]'s `field`.
    pub field: String,
    /// serde_json's error (its message and line).
    pub error: serde_json::Error,
    /// `input.too_deep` when the text nests deeper than JSON is read
    /// ([`too_deep`]): what each reader says in place of its own code.
    pub too_deep: Option<ErrorObject>,
}

impl TypedError {
    /// A date outside the supported range, rather than input of the wrong
    /// shape: serde's message is the date parser's, which ends with
    /// [`crate::dates::RANGE_WORDS`] (before serde_json's position). Only
    /// the end is read: a value the message quotes (an unknown variant
    /// `date.out_of_range`, a key) comes before the words it ends with, so
    /// it is never taken for a date.
    pub fn is_out_of_range(&self) -> bool {
        self.ends_with(crate::dates::RANGE_WORDS)
    }

    /// Whether serde's message ends with `words` before serde_json's
    /// position: the words a reader of one field ends its own refusal with
    /// (a count out of range, `case.times_queued_out_of_range`).
    pub fn ends_with(&self, words: &str) -> bool {
        let m = self.error.to_string();
        m[..position_at(&m).unwrap_or(m.len())].ends_with(words)
    }
}

/// Reads JSON text as `T`, the one typed reader of every input (a case, a
/// catalogue request, calendar data, a queue snapshot): the error names the
/// field where reading stopped, whatever went wrong there (a wrong type, a
/// bad or out-of-range date, a value not in the list, a missing or unknown
/// field: the last two name the field itself, inside its object).
///
/// serde_json says where it stopped (line and column), not in which field;
/// [`path_at`] reads the path there from the text. (`serde_path_to_error`
/// tracks the path while reading and gives the same fields, which the tests
/// check, but it doubles every type's reader: +17 KB gzip in the JS API.)
///
/// A list where an object is expected is refused as a value of the wrong
/// type ([`Objects`]): serde's derived readers would take its items as the
/// object's fields by position.
pub fn read_typed<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, TypedError> {
    from_str(text).or_else(|error| match lone_surrogates_replaced(text, &error) {
        Some(replaced) => read_typed_once(&replaced),
        None => Err(typed_error(text, error)),
    })
}

/// [`read_typed`] without a second look at lone surrogates.
fn read_typed_once<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, TypedError> {
    from_str(text).map_err(|error| typed_error(text, error))
}

/// `serde_json::from_str` through [`Objects`].
fn from_str<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    let mut de = serde_json::Deserializer::from_str(text);
    let value = T::deserialize(Objects(&mut de))?;
    de.end()?;
    Ok(value)
}

/// The start of serde's message for a list where an object is expected
/// ([`Objects`]).
const A_LIST: &str = "invalid type: sequence, expected struct";

/// A deserializer that reads as the one it wraps, except that a list where
/// an object (a struct) is expected is refused with serde's "invalid type:
/// sequence, expected struct …" — the message of a value of the wrong type,
/// which each reader reports with its own code (`case.invalid_json`,
/// `catalogue.invalid_json`, `snapshot.invalid_json`, `query.invalid`…). A
/// derived `Deserialize` of a struct also reads a list, its items taken as
/// the fields by position; no input of Kezek is written that way. Every
/// value inside is read through it too (lists' items, objects' values,
/// options, enums' contents).
struct Objects<D>(D);

/// The visitor of a value read through [`Objects`]: what it is given to read
/// inside is read through [`Objects`]; `OBJECT` refuses a list.
///
/// `OBJECT` is a constant of the type, not a field (issue 19, session 46):
/// an object's visitor never calls its struct's reader of a list (serde's
/// derived `visit_seq`, the fields by position), so no such reader is
/// compiled (38 of them, 30 KB of the JS API's code before wasm-opt, which
/// had removed most of them already: -77 B gzip, -433 B brotli shipped).
struct Visit<V, const OBJECT: bool = false> {
    inner: V,
}

fn visit<V>(inner: V) -> Visit<V> {
    Visit { inner }
}

/// [`Visit`] of an object (a struct): a list is refused.
fn object<V>(inner: V) -> Visit<V, true> {
    Visit { inner }
}

/// [`Objects`]' `deserialize_*` methods: each forwards to the inner
/// deserializer with the visitor wrapped by `$wrap` ([`visit`], [`Whole`],
/// or `std::convert::identity` for a scalar read as is).
macro_rules! forward_deserialize {
    ($wrap:expr; $($method:ident),*) => {$(
        fn $method<V: Visitor<'de>>(self, v: V) -> Result<V::Value, D::Error> {
            self.0.$method($wrap(v))
        }
    )*};
}

macro_rules! forward_visit_inner {
    ($($method:ident: $t:ty),*) => {$(
        fn $method<E: serde::de::Error>(self, x: $t) -> Result<V::Value, E> {
            self.0.$method(x)
        }
    )*};
}

use serde::de::{DeserializeSeed, Deserializer, Visitor};

/// The largest whole number a JSON number written with a fraction or an
/// exponent (`1.0`, `1e3`) names exactly once read as a double: 2^53 − 1,
/// JavaScript's `Number.MAX_SAFE_INTEGER`.
const WHOLE_EXACT: f64 = 9_007_199_254_740_991.0;

/// The visitor of a whole number (an integer field) read through
/// [`Objects`]: a JSON number is read by the number it names, not by how
/// it is written. serde_json reads `1.0`, `1e3` and `-0` as floating point,
/// which an integer field refused ("invalid type: floating point `1.0`")
/// though `1` and `1000` are taken — while the JS API, given the JS object
/// `{paths: 1.0}` or `-0`, reads the text `JSON.stringify` writes, `1` and
/// `0` (a JS number 1.0 is 1): the same value read two ways by the door it
/// came through (probe44, left open). Now a whole value is read as the
/// integer it is, at every door; `-0` is 0. A fraction (`1.5`) is still a
/// value of the wrong type, and a whole value past 2^53 − 1 written that
/// way (`1e300`) too: a double does not name it exactly.
struct Whole<V>(V);

impl<'de, V: Visitor<'de>> Visitor<'de> for Whole<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.expecting(f)
    }

    fn visit_f64<E: serde::de::Error>(self, x: f64) -> Result<V::Value, E> {
        if x.fract() != 0.0 || x.abs() > WHOLE_EXACT {
            return self.0.visit_f64(x);
        }
        if x >= 0.0 {
            self.0.visit_u64(x as u64)
        } else {
            self.0.visit_i64(x as i64)
        }
    }

    forward_visit_inner!(
        visit_bool: bool,
        visit_i64: i64,
        visit_i128: i128,
        visit_u64: u64,
        visit_u128: u128,
        visit_str: &str,
        visit_borrowed_str: &'de str,
        visit_string: String,
        visit_bytes: &[u8],
        visit_borrowed_bytes: &'de [u8],
        visit_byte_buf: Vec<u8>
    );

    fn visit_none<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_some(Objects(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.0.visit_newtype_struct(Objects(d))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        self.0.visit_seq(Objects(seq))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.0.visit_map(Objects(map))
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, e: A) -> Result<V::Value, A::Error> {
        self.0.visit_enum(Objects(e))
    }
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Objects<D> {
    type Error = D::Error;

    forward_deserialize!(
        visit;
        deserialize_any,
        deserialize_option,
        deserialize_seq,
        deserialize_map
    );
    // A whole number is read by its value however JSON wrote it ([`Whole`]).
    forward_deserialize!(
        Whole;
        deserialize_i8,
        deserialize_i16,
        deserialize_i32,
        deserialize_i64,
        deserialize_i128,
        deserialize_u8,
        deserialize_u16,
        deserialize_u32,
        deserialize_u64,
        deserialize_u128
    );
    // A scalar's visitor is given no list, object or option: read as is.
    forward_deserialize!(
        std::convert::identity;
        deserialize_bool,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_unit,
        deserialize_identifier,
        deserialize_ignored_any
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_unit_struct(name, v)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_newtype_struct(name, visit(v))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple(len, visit(v))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_tuple_struct(name, len, visit(v))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        self.0.deserialize_struct(name, fields, object(v))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, D::Error> {
        // Read as any value, so that a number, a boolean, null or a list is
        // refused with its type and the names the field takes ([`Names`]),
        // not with serde_json's bare "expected value".
        let _ = name;
        self.0.deserialize_any(Names { inner: v, variants })
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident: $t:ty),*) => {$(
        fn $method<E: serde::de::Error>(self, x: $t) -> Result<V::Value, E> {
            self.inner.$method(x)
        }
    )*};
}

impl<'de, V: Visitor<'de>, const OBJECT: bool> Visitor<'de> for Visit<V, OBJECT> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.expecting(f)
    }

    forward_visit!(
        visit_bool: bool,
        visit_i64: i64,
        visit_i128: i128,
        visit_u64: u64,
        visit_u128: u128,
        visit_f64: f64,
        visit_str: &str,
        visit_borrowed_str: &'de str,
        visit_string: String,
        visit_bytes: &[u8],
        visit_borrowed_bytes: &'de [u8],
        visit_byte_buf: Vec<u8>
    );

    fn visit_none<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_none()
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<V::Value, E> {
        self.inner.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.inner.visit_some(Objects(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<V::Value, D::Error> {
        self.inner.visit_newtype_struct(Objects(d))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<V::Value, A::Error> {
        if OBJECT {
            // Refused at once, its items unread ([`typed_error`] names the
            // list's field, not its first item's).
            return Err(serde::de::Error::invalid_type(
                serde::de::Unexpected::Seq,
                &self.inner,
            ));
        }
        self.inner.visit_seq(Objects(seq))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner.visit_map(Objects(map))
    }

    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, e: A) -> Result<V::Value, A::Error> {
        self.inner.visit_enum(Objects(e))
    }
}

/// The visitor of an enum read through [`Objects`]: a name (a string) or a
/// variant with contents (an object of one key) is the enum's as serde_json
/// reads it; any other value is refused as a value of the wrong type,
/// expecting "one of `a`, `b`" (the variants' names as written), with the
/// position of the value (serde_json's own reader says "expected value" and
/// neither what it found nor what it takes).
struct Names<V> {
    inner: V,
    variants: &'static [&'static str],
}

/// The start of the expectation [`Names`] writes.
const ONE_OF: &str = "one of ";

impl<'de, V: Visitor<'de>> Visitor<'de> for Names<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.variants.is_empty() {
            return self.inner.expecting(f);
        }
        f.write_str(ONE_OF)?;
        for (i, name) in self.variants.iter().enumerate() {
            if i > 0 {
                f.write_str(", ")?;
            }
            write!(f, "`{name}`")?;
        }
        Ok(())
    }

    fn visit_str<E: serde::de::Error>(self, s: &str) -> Result<V::Value, E> {
        self.inner
            .visit_enum(serde::de::IntoDeserializer::<E>::into_deserializer(s))
    }

    // `visit_borrowed_str` and `visit_string` are serde's defaults, which
    // call `visit_str`: a variant's name is read the same however it was
    // held, with one instance per enum of the variant reader, not three
    // (84 B gzip less on the JS API module, measured; issue 19).

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<V::Value, A::Error> {
        self.inner
            .visit_enum(serde::de::value::MapAccessDeserializer::new(Objects(map)))
    }
}

/// A value to read through [`Objects`].
struct Seed<S>(S);

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for Seed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<S::Value, D::Error> {
        self.0.deserialize(Objects(d))
    }
}

impl<'de, A: serde::de::SeqAccess<'de>> serde::de::SeqAccess<'de> for Objects<A> {
    type Error = A::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_element_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: serde::de::MapAccess<'de>> serde::de::MapAccess<'de> for Objects<A> {
    type Error = A::Error;

    // A key is a name: read as is.
    fn next_key_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, A::Error> {
        self.0.next_key_seed(seed)
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(&mut self, seed: S) -> Result<S::Value, A::Error> {
        self.0.next_value_seed(Seed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: serde::de::EnumAccess<'de>> serde::de::EnumAccess<'de> for Objects<A> {
    type Error = A::Error;
    type Variant = Objects<A::Variant>;

    // The variant's name is read as is; its contents through [`Objects`].
    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, Self::Variant), A::Error> {
        let (value, variant) = self.0.variant_seed(seed)?;
        Ok((value, Objects(variant)))
    }
}

impl<'de, A: serde::de::VariantAccess<'de>> serde::de::VariantAccess<'de> for Objects<A> {
    type Error = A::Error;

    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.unit_variant()
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        self.0.newtype_variant_seed(Seed(seed))
    }

    fn tuple_variant<V: Visitor<'de>>(self, len: usize, v: V) -> Result<V::Value, A::Error> {
        self.0.tuple_variant(len, visit(v))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        v: V,
    ) -> Result<V::Value, A::Error> {
        self.0.struct_variant(fields, object(v))
    }
}

/// serde_json's error on `text`, with the field where it stopped.
fn typed_error(text: &str, error: serde_json::Error) -> TypedError {
    let message = error.to_string();
    // serde_json stops at the value it could not read, or just past its
    // first byte where it says "expected value" (an enum given a list).
    let past = usize::from(message.starts_with("expected value"));
    let (path, at_key) = match error.line() {
        0 => (String::new(), false),
        line => {
            let mut at = offset_of(text, line, error.column()).saturating_sub(past);
            // A list refused for an object ([`Objects`]) stops just inside
            // it (after `[` and any spaces): the field is the list's.
            // So does a list refused for one of an enum's names ([`Names`]).
            let list_for_names = message
                .strip_prefix("invalid type: sequence, expected ")
                .is_some_and(|m| m.starts_with(ONE_OF));
            if message.starts_with(A_LIST) || list_for_names {
                let before = text.get(..at).unwrap_or_default().trim_end();
                if before.ends_with('[') {
                    at = before.len() - 1;
                }
            }
            // Stopped at a key (`{"zz": …}`), not at a value (`"zz"`).
            let at_key = text
                .get(at..)
                .is_some_and(|rest| rest.trim_start().starts_with(':'));
            // An unknown key is the caller's, of any length: the last
            // key of the path is cut as the message cuts it.
            let unknown_key = at_key && message.starts_with(UNKNOWN_FIELD);
            (path_to(text, at, unknown_key), at_key)
        }
    };
    TypedError {
        field: field_of(&path, &message, at_key),
        error,
        too_deep: too_deep(text),
    }
}

/// The byte offset of serde_json's 1-based `line` and `column` (bytes from
/// the line's start).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let start: usize = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum();
    (start + column).min(text.len())
}

/// The path of the value being read at byte `at` of JSON text (`child.birth_date`,
/// `documents[1].issued_on`; empty at the top): each enclosing object's last
/// key read and each enclosing list's index. The text before `at` is JSON
/// that serde_json has read, so a plain scan of its brackets, commas and
/// strings follows it.
pub fn path_at(text: &str, at: usize) -> String {
    path_to(text, at, false)
}

/// serde's message on a key a struct does not have.
const UNKNOWN_FIELD: &str = "unknown field `";

/// [`path_at`], with the last key as [`shown_key`] names an unknown key
/// when `cut_last_key`.
fn path_to(text: &str, at: usize, cut_last_key: bool) -> String {
    enum Frame {
        Object(Option<String>),
        List(usize),
    }
    let b = text.as_bytes();
    let end = at.min(b.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut key_next = false;
    let mut i = 0;
    while i < end {
        match b[i] {
            b'{' => {
                stack.push(Frame::Object(None));
                key_next = true;
            }
            b'[' => stack.push(Frame::List(0)),
            b'}' | b']' => {
                stack.pop();
                key_next = false;
            }
            b',' => match stack.last_mut() {
                Some(Frame::List(n)) => *n += 1,
                Some(Frame::Object(_)) => key_next = true,
                None => {}
            },
            b'"' => {
                let start = i;
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                if key_next {
                    if let Some(Frame::Object(key)) = stack.last_mut() {
                        let raw = text.get(start..=i).unwrap_or_default();
                        *key = Some(serde_json::from_str(raw).unwrap_or_else(|_| raw.to_owned()));
                    }
                    key_next = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    let last = stack.len().saturating_sub(1);
    for (k, frame) in stack.iter().enumerate() {
        match frame {
            Frame::Object(Some(key)) => {
                if !path.is_empty() {
                    path.push('.');
                }
                if cut_last_key && k == last {
                    path.push_str(&shown_key(key));
                } else {
                    path.push_str(key);
                }
            }
            Frame::Object(None) => {}
            Frame::List(n) => path.push_str(&format!("[{n}]")),
        }
    }
    path
}

/// The field of a typed read's error: the path where it stopped, with the
/// field a missing or unknown field message names (an unknown field stops
/// at its own key; a missing one after its object).
fn field_of(path: &str, message: &str, at_key: bool) -> String {
    let quoted = |m: &str| Some(message.split_once(m)?.1.split_once('`')?.0);
    // An enum written as an object (`{"zz": …}`) stops at its tag, a key
    // that is not a field: the field is the enum's. A value that happens to
    // be its field's name (`"role": "role"`) is the field's own.
    if let Some(tag) = quoted("unknown variant `").filter(|_| at_key) {
        if let Some(enum_path) = path.strip_suffix(tag).and_then(|p| p.strip_suffix('.')) {
            return enum_path.to_owned();
        }
    }
    // An unknown key named as the path names it ([`shown_key`]).
    let named = quoted("missing field `")
        .map(str::to_owned)
        .or_else(|| quoted(UNKNOWN_FIELD).map(shown_key));
    match named {
        Some(name) if path.is_empty() => name,
        Some(name) if path != name && !path.ends_with(&format!(".{name}")) => {
            format!("{path}.{name}")
        }
        _ => path.to_owned(),
    }
}

/// Input text as the engine reads it: a leading UTF-8 byte-order mark (which
/// Windows editors write) is not part of the JSON.
pub fn strip_bom(text: &str) -> &str {
    text.strip_prefix('\u{feff}').unwrap_or(text)
}

/// Reads at most `limit` bytes of UTF-8 text from `reader` — never more, so an
/// endless stream (`/dev/zero`, a pipe) costs at most `limit + 1` bytes of
/// memory — and strips a byte-order mark. `what` names the input in errors.
pub fn read_bounded(
    reader: impl std::io::Read,
    limit: usize,
    what: &str,
) -> Result<String, ErrorObject> {
    use std::io::Read;
    let mut bytes = Vec::new();
    reader
        .take(limit as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ErrorObject::new("input.unreadable", what, format!("cannot read: {e}")))?;
    if bytes.len() > limit {
        return Err(ErrorObject::new(
            "input.too_large",
            what,
            format!("the input is larger than {limit} bytes, the most accepted"),
        ));
    }
    let text = String::from_utf8(bytes).map_err(|e| {
        // A UTF-16 text (Notepad's "Unicode") begins with its byte-order
        // mark: said, so it is saved again as UTF-8.
        let message = match e.as_bytes().get(..2) {
            Some([0xff, 0xfe] | [0xfe, 0xff]) => {
                "the input is UTF-16 text, not UTF-8: save it as UTF-8".to_owned()
            }
            _ => format!(
                "the input is not UTF-8 text (byte {})",
                e.utf8_error().valid_up_to()
            ),
        };
        ErrorObject::new("input.not_utf8", what, message)
    })?;
    Ok(match text.strip_prefix('\u{feff}') {
        Some(rest) => rest.to_owned(),
        None => text,
    })
}

#[cfg(test)]
mod tests {
    /// An input given as an object: serde_json's position in the text
    /// written from it is left out of the message, and the line with it;
    /// a message that does not end with a position is kept whole.
    #[test]
    fn an_objects_error_names_no_position_in_a_text_the_caller_never_saw() {
        let e = super::ErrorObject::field(
            "case.invalid_json",
            "child.birth_date",
            "invalid type: integer `5`, expected a string at line 1 column 96".to_owned(),
        )
        .at_line(Some(1))
        .of_an_object();
        assert_eq!(e.message, "invalid type: integer `5`, expected a string");
        assert_eq!(e.line, None);
        assert_eq!(e.field, "child.birth_date");
        for kept in [
            "the settlement is written at line 3 of the form",
            "expected a date at line column 5",
            "no position here",
        ] {
            let e =
                super::ErrorObject::field("case.invalid_json", "", kept.to_owned()).of_an_object();
            assert_eq!(e.message, kept);
        }
    }

    use super::*;

    /// A `service` of the other order, or of none, is said the same way by
    /// the reader of a case (JS `evaluate`), of a request (JS
    /// `evaluateService`) and of either (`kezek evaluate`).
    #[test]
    fn a_service_is_said_the_same_at_every_door() {
        let with =
            |service: &str| format!(r#"{{"service": "{service}", "as_of": "2026-11-23T10:00"}}"#);
        // (service, read_case, read_request, read_input); "" = read on, past the service.
        let table = [
            (
                "99999",
                "catalogue.unknown_service",
                "catalogue.unknown_service",
                "catalogue.unknown_service",
            ),
            ("00403008", "catalogue.other_order", "", ""),
            ("00403001", "", "catalogue.other_order", ""),
            ("00403002", "", "catalogue.other_order", ""),
        ];
        let code = |r: Result<(), ErrorObject>| r.err().map(|e| e.code).unwrap_or_default();
        for (service, case, request, input) in table {
            let text = with(service);
            let as_case = code(read_case(&text).map(drop));
            let as_request = code(read_request(&text).map(drop));
            let as_input = code(read_input(&text).map(drop));
            let said = |got: &str, want: &str| {
                if want.is_empty() {
                    !got.ends_with("unknown_service") && !got.ends_with("other_order")
                } else {
                    got == want
                }
            };
            assert!(said(&as_case, case), "{service}: read_case gave {as_case}");
            assert!(
                said(&as_request, request),
                "{service}: read_request gave {as_request}"
            );
            assert!(
                said(&as_input, input),
                "{service}: read_input gave {as_input}"
            );
        }
        let msg = read_request(&with("00403001")).unwrap_err().message;
        assert!(
            msg.contains("is a preschool service of order No. 254"),
            "{msg}"
        );
        let msg = read_case(&with("00403008")).unwrap_err().message;
        assert!(msg.contains("of order No. 414"), "{msg}");
    }

    /// A lone UTF-16 surrogate (`"A\\ud800B"`, what `JSON.stringify` writes
    /// for a JS string holding half a character) is read as the replacement
    /// character U+FFFD, as the JS module reads a string holding one: the
    /// free-text check refuses it at its field, every door the same way,
    /// instead of `input.invalid_json` with no field. A pair still reads as
    /// its one character.
    #[test]
    fn a_lone_surrogate_is_a_broken_character_of_its_field() {
        let with = |example: &str, path: &[&str], escaped: &str| {
            let mut v: serde_json::Value = serde_json::from_str(example).unwrap();
            let at = path.iter().fold(&mut v, |v, key| &mut v[*key]);
            *at = "@@".into();
            v.to_string().replace("@@", escaped)
        };
        let case = include_str!("../../examples/cases/01-portal-general-family.json");
        for escaped in [
            r"A\ud800B",
            r"A\udc00B",
            r"A\ud800\u0041",
            r"A\ud800",
            r"\\\ud800",
        ] {
            let text = with(case, &["applicant", "full_name"], escaped);
            let e = read_case(&text).unwrap_err();
            let got = (e.code.as_str(), e.field.as_str());
            let want = ("case.text_control_character", "applicant.full_name");
            assert_eq!(got, want, "{escaped}: {}", e.message);
            let e = read_input(&text).unwrap_err();
            assert_eq!((e.code.as_str(), e.field.as_str()), want, "{escaped}");
        }
        let emoji = with(case, &["applicant", "full_name"], r"A\ud83d\ude00");
        let read = read_case(&emoji).unwrap();
        assert_eq!(read.applicant.full_name.as_deref(), Some("A\u{1F600}"));
        // An escaped backslash before `ud800` is no escape of a surrogate.
        let text = with(case, &["applicant", "full_name"], r"A\\ud800");
        let read = read_case(&text).unwrap();
        assert_eq!(read.applicant.full_name.as_deref(), Some(r"A\ud800"));
        let request = include_str!("../../examples/catalogue/school-meals-tsa.json");
        let text = with(request, &["service"], r"00403008\ud800");
        for e in [
            read_request(&text).unwrap_err(),
            read_input(&text).unwrap_err(),
        ] {
            let got = (e.code.as_str(), e.field.as_str());
            assert_eq!(got, ("catalogue.unknown_service", "service"));
        }
    }

    /// JSON nested deeper than serde_json reads (its recursion limit) is
    /// JSON all the same: it is `input.too_deep`, with the line where it went
    /// too deep and a text saying what to do, at every door — not
    /// `input.invalid_json` ("not valid JSON: it may be cut off"), nor the JS
    /// API's `input.not_json` (helper-157's doors probe: an object nested
    /// ~5,000 deep). No input of Kezek nests more than a few levels.
    #[test]
    fn input_nested_deeper_than_it_reads_is_too_deep_not_malformed() {
        let n = 5_000;
        let lists = format!("{}{}", "[".repeat(n), "]".repeat(n));
        let objects = format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
        let in_a_case = format!(r#"{{"service": "00403001", "child": {lists}}}"#);
        let on_lines = format!("{{\n\"facts\":\n{}{}}}", "[".repeat(n), "]".repeat(n));
        for text in [&lists, &objects, &in_a_case, &on_lines] {
            for e in [
                read_case(text).unwrap_err(),
                read_request(text).unwrap_err(),
                read_input(text).unwrap_err(),
            ] {
                let shown = &text[..20];
                assert_eq!(e.code, "input.too_deep", "{shown}: {e}");
                assert_eq!(e.field, "", "{shown}");
                assert!(e.message.contains("nested deeper than"), "{}", e.message);
            }
        }
        assert_eq!(read_case(&on_lines).unwrap_err().line, Some(3));
        let e = crate::calendar::Calendar::from_json(&objects)
            .map(drop)
            .unwrap_err();
        let e = ErrorObject::from(e);
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("input.too_deep", "calendar")
        );
        // Malformed JSON that is not deep is still said to be malformed.
        assert_eq!(
            read_case(&"[".repeat(10)).unwrap_err().code,
            "input.invalid_json"
        );
        // MAX_DEPTH is serde_json's limit: that deep reads, one more does not;
        // a bracket inside a string (escaped quotes too) is no nesting.
        let at = |n: usize| format!("{}{}", "[".repeat(n), "]".repeat(n));
        assert!(serde_json::from_str::<serde_json::Value>(&at(MAX_DEPTH)).is_ok());
        let e = serde_json::from_str::<serde_json::Value>(&at(MAX_DEPTH + 1)).unwrap_err();
        assert!(e.to_string().starts_with("recursion limit exceeded"), "{e}");
        assert!(too_deep(&at(MAX_DEPTH)).is_none() && too_deep(&at(MAX_DEPTH + 1)).is_some());
        let in_strings = format!(r#"["\"{}", "{}"]"#, "[".repeat(500), "{".repeat(500));
        assert!(serde_json::from_str::<serde_json::Value>(&in_strings).is_ok());
        assert!(too_deep(&in_strings).is_none());
    }

    /// An empty input — no text, only white space, or only a byte-order
    /// mark — says so in words and what it should hold, with its own code
    /// `input.empty` (probe43, item 1: an empty file or standard input said
    /// serde's «EOF while parsing a value at line 1 column 0», code
    /// `input.invalid_json` with a text for a file cut off). The whole
    /// input: field `""`, a calendar's under its name.
    #[test]
    fn an_empty_input_says_it_is_empty_and_what_it_should_hold() {
        for text in ["", "  \n\t\r\n", "\u{feff}", "\u{feff} \n"] {
            for (e, holds) in [
                (read_case(text).unwrap_err(), "order254-case.schema.json"),
                (
                    read_request(text).unwrap_err(),
                    "order414-request.schema.json",
                ),
                (
                    read_input(text).unwrap_err(),
                    "order414-request.schema.json",
                ),
                (
                    ErrorObject::from(crate::calendar::Calendar::from_json(text).unwrap_err()),
                    "kezek.calendar/1",
                ),
            ] {
                assert_eq!(e.code, "input.empty", "{text:?}: {e}");
                assert!(e.message.starts_with("the input is empty"), "{e}");
                assert!(e.message.contains(holds), "{holds}: {e}");
                assert!(!e.message.contains("EOF"), "{e}");
                assert_eq!(e.line, None, "{e}");
                assert!(["", "calendar"].contains(&e.field.as_str()), "{e}");
            }
        }
        // Something that is not JSON is still malformed.
        assert_eq!(read_case(" x ").unwrap_err().code, "input.invalid_json");
    }

    #[test]
    fn a_bounded_read_of_an_endless_stream_stops_at_the_limit() {
        let err = read_bounded(std::io::repeat(0), 1000, "case").unwrap_err();
        assert_eq!(err.code, "input.too_large");
        assert_eq!(err.field, "case");
    }

    #[test]
    fn a_byte_order_mark_is_not_part_of_the_text() {
        let t = read_bounded(&b"\xef\xbb\xbf{\"a\":1}"[..], 100, "case").unwrap();
        assert_eq!(t, "{\"a\":1}");
        assert_eq!(strip_bom("\u{feff}[]"), "[]");
    }

    proptest::proptest! {
        /// Any stream, any limit: the text comes back whole (without a BOM)
        /// exactly when it fits the limit and is UTF-8, otherwise a coded error.
        #[test]
        fn a_bounded_read_returns_the_text_iff_it_fits(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300), limit in 0usize..300) {
            let got = read_bounded(&bytes[..], limit, "x");
            match std::str::from_utf8(&bytes) {
                _ if bytes.len() > limit => proptest::prop_assert_eq!(got.unwrap_err().code, "input.too_large"),
                Ok(t) => proptest::prop_assert_eq!(got.unwrap(), strip_bom(t)),
                Err(_) => proptest::prop_assert_eq!(got.unwrap_err().code, "input.not_utf8"),
            }
        }
    }

    #[test]
    fn catalogue_errors_are_namespaced_and_name_their_field() {
        let e: ErrorObject = CatalogueError::UnknownService("123".into()).into();
        assert_eq!(e.code, "catalogue.unknown_service");
        assert_eq!(e.field, "service");
        assert!(e.message.starts_with("`123` is neither"), "{e}");
    }
}
