//! The one date and local date-time parser of Kezek («күн», «күн мен уақыт»): every date and
//! date-time that enters the engine — a case, calendar data, a queue snapshot,
//! a catalogue request, the JS API's arguments, the app's fields — is read
//! here, and only dates inside [`FIRST`]..=[`LAST`] are accepted.
//!
//! A date is written exactly `YYYY-MM-DD` and a date-time
//! `YYYY-MM-DDTHH:MM[:SS]` ([`parse_date`], [`parse_datetime`]): chrono's
//! readers also take signed six-digit years (`+262142-01-01`, `+2023-05-10`),
//! white space and one-digit fields, which Kezek refuses. The rules add years,
//! months and working days to the dates they are given, and near chrono's ends
//! that arithmetic overflows. The range is the calendar's supported range (the
//! CLI's `kezek calendar` takes the years 1900 to 2200, a queue's birth years
//! are checked against the same), wide enough for any child, parent, document
//! or queue, and far enough from chrono's ends that no term computed from a
//! date in it can leave chrono's range.

use crate::wire::shown;
use chrono::{NaiveDate, NaiveDateTime};

/// A local date-time in Kazakhstan («жергілікті уақыт», Asia/Almaty, UTC+5,
/// no daylight saving): the instant a parent applies, a queue snapshot is
/// taken, an office opens. The law's schedules are in local time, so the
/// engine never converts; every such field is read and written by
/// [`local_datetime`] (`YYYY-MM-DDTHH:MM[:SS]`, a space instead of `T`
/// accepted, written `YYYY-MM-DDTHH:MM:SS`).
pub type LocalDateTime = NaiveDateTime;

/// The first supported date.
pub const FIRST: NaiveDate = match NaiveDate::from_ymd_opt(1900, 1, 1) {
    Some(d) => d,
    None => panic!("1 January 1900 exists"),
};

/// The last supported date.
pub const LAST: NaiveDate = match NaiveDate::from_ymd_opt(2200, 12, 31) {
    Some(d) => d,
    None => panic!("31 December 2200 exists"),
};

/// The code of a date outside [`FIRST`]..=[`LAST`] ([`DateError::code`]).
/// Each caller gives its own coded error (`case.date_out_of_range`…); the
/// message says the range, not this code ([`RANGE_WORDS`]).
pub const OUT_OF_RANGE: &str = "date.out_of_range";

/// How every message of a date outside [`FIRST`]..=[`LAST`] ends: the words a
/// reader tells such a date by in serde's error
/// ([`crate::wire::TypedError::is_out_of_range`]).
pub const RANGE_WORDS: &str = "is outside the dates Kezek supports, 1900-01-01 to 2200-12-31";

/// Why a date was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in the expected form.
    Malformed(String),
    /// A real date, outside the supported range.
    OutOfRange(String),
    /// A time with second 60 (a leap second, which chrono reads): refused,
    /// so no application carries a time a receiver reading 00–59 refuses.
    LeapSecond(String),
}

impl DateError {
    /// A stable code: `date.malformed` or [`OUT_OF_RANGE`].
    pub fn code(&self) -> &'static str {
        match self {
            DateError::Malformed(_) | DateError::LeapSecond(_) => "date.malformed",
            DateError::OutOfRange(_) => OUT_OF_RANGE,
        }
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateError::Malformed(s) => write!(f, "`{s}` is not a date like 2026-11-23"),
            DateError::LeapSecond(s) => {
                write!(f, "`{s}` has second 60: seconds run 00 to 59")
            }
            DateError::OutOfRange(s) => write!(f, "`{s}` {RANGE_WORDS}"),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` is a year of the supported range (a calendar's year, a
/// birth year of a queue).
pub fn supported_year(year: i32) -> bool {
    use chrono::Datelike;
    (FIRST.year()..=LAST.year()).contains(&year)
}

/// Whether `d` is inside the supported range.
pub fn supported(d: NaiveDate) -> bool {
    (FIRST..=LAST).contains(&d)
}

/// `d` if it is inside the supported range.
pub fn check(d: NaiveDate) -> Result<NaiveDate, DateError> {
    if supported(d) {
        Ok(d)
    } else {
        Err(DateError::OutOfRange(d.to_string()))
    }
}

/// A date written exactly `YYYY-MM-DD` (four-digit year, two-digit month
/// and day, ASCII digits, nothing around it), inside the supported range.
///
/// Exactly the form the JSON Schemas give (`crate::dates::schema::Date`) and an
/// `<input type=date>` gives. chrono's own reader also takes a signed year
/// (`+2023-05-10`, `+002023-05-10`), white space before each number and
/// one-digit months and days (`2023-5-10`); a receiver checking the schema
/// refuses those, and `+2023-05-10` read as 10 May 2023 hid a typing or
/// export error, so Kezek refuses them as malformed ([`DateError::Malformed`],
/// the door's own code for a malformed date, with the field named). Only a
/// date in this form that is a real date outside [`FIRST`]..=[`LAST`] is
/// [`DateError::OutOfRange`].
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let d = fixed_date(s.as_bytes()).ok_or_else(|| DateError::Malformed(shown(s)))?;
    check(d).map_err(|_| DateError::OutOfRange(shown(s)))
}

/// A local date-time written exactly `YYYY-MM-DDTHH:MM` or
/// `YYYY-MM-DDTHH:MM:SS` (a space instead of `T` is accepted; two-digit
/// fields, nothing around it) inside the supported range: the one date-time
/// parser of Kezek (a case's `as_of`, a catalogue request's instant, a queue
/// snapshot and its CSV lines, the CLI's `--as-of`, the app's `?as_of=`).
/// Its date part is [`parse_date`]'s form. A second of 60 (chrono's leap
/// second) is refused with its own message ([`DateError::LeapSecond`]).
pub fn parse_datetime(s: &str) -> Result<LocalDateTime, DateError> {
    let malformed = || DateError::Malformed(shown(s));
    let b = s.as_bytes();
    let d = b.get(..10).and_then(fixed_date).ok_or_else(malformed)?;
    let time = &b[10..];
    if !(time.len() == 6 || time.len() == 9) || !matches!(time[0], b'T' | b' ') || time[3] != b':' {
        return Err(malformed());
    }
    let (h, m) = (digits(&time[1..3]), digits(&time[4..6]));
    let sec = match time.len() {
        9 if time[6] == b':' => digits(&time[7..9]),
        9 => None,
        _ => Some(0),
    };
    let (h, m, sec) = match (h, m, sec) {
        (Some(h), Some(m), Some(sec)) => (h, m, sec),
        _ => return Err(malformed()),
    };
    check(d).map_err(|_| DateError::OutOfRange(shown(s)))?;
    if sec == 60 && h < 24 && m < 60 {
        return Err(DateError::LeapSecond(shown(s)));
    }
    d.and_hms_opt(h, m, sec).ok_or_else(malformed)
}

/// The first of `dates` (each a field — its name, or what names it — and its
/// date, if it has one) outside the supported range, with why: how a case and
/// a catalogue request check the dates they hold, whether read or built in
/// code. A field named by its place (the `i` of `documents[i]`) is written
/// out only for the one refused.
pub fn first_unsupported<F>(
    dates: impl IntoIterator<Item = (F, Option<NaiveDate>)>,
) -> Option<(F, DateError)> {
    dates
        .into_iter()
        .find_map(|(field, d)| Some((field, check(d?).err()?)))
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// `YYYY-MM-DD` read byte by byte (also the hot path of a queue CSV with
/// hundreds of thousands of lines): the one accepted form of a date.
fn fixed_date(b: &[u8]) -> Option<NaiveDate> {
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    NaiveDate::from_ymd_opt(
        i32::try_from(digits(&b[0..4])?).ok()?,
        digits(&b[5..7])?,
        digits(&b[8..10])?,
    )
}

/// A date or date-time read from a JSON string by `read`, refused inside
/// the string's visitor: serde_json then places the error at the string
/// itself, where [`crate::wire::read_typed`] finds the field's path (an error
/// raised after the string was read is placed where reading stopped,
/// possibly past the end of its object).
struct Text<F>(F);

impl<T, W: std::fmt::Display, F: FnOnce(&str) -> Result<T, W>> serde::de::Visitor<'_> for Text<F> {
    type Value = T;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<T, E> {
        (self.0)(v).map_err(E::custom)
    }
}

/// [`Text`] for an optional field (`null` is `None`).
struct Optional<F>(F);

impl<'de, T, W: std::fmt::Display, F: FnOnce(&str) -> Result<T, W>> serde::de::Visitor<'de>
    for Optional<F>
{
    type Value = Option<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string")
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Option<T>, D::Error> {
        d.deserialize_str(Text(self.0)).map(Some)
    }
}

/// Serde for a [`LocalDateTime`] field (`#[serde(with =
/// "kezek_rules::dates::local_datetime")]`): reads through
/// [`parse_datetime`], writes `YYYY-MM-DDTHH:MM:SS`. The old paths
/// `kezek_rules::case::local_datetime` and `kezek_queue::local_datetime`
/// name this module.
pub mod local_datetime {
    use serde::{Deserializer, Serializer};

    use super::{DateError, LocalDateTime};

    /// Reads one of the accepted forms; `None` if it is not one or is out of range.
    pub fn parse(s: &str) -> Option<LocalDateTime> {
        super::parse_datetime(s).ok()
    }

    /// `YYYY-MM-DDTHH:MM:SS`, the one written form.
    pub fn format(v: &LocalDateTime) -> String {
        let mut buf = [0; 19];
        match written(v, &mut buf) {
            Some(text) => text.to_owned(),
            None => signed_year(v),
        }
    }

    /// Writes `YYYY-MM-DDTHH:MM:SS`.
    pub fn serialize<S: Serializer>(v: &LocalDateTime, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0; 19];
        match written(v, &mut buf) {
            Some(text) => s.serialize_str(text),
            None => s.serialize_str(&signed_year(v)),
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS` digit by digit (what chrono's `%Y-%m-%dT%H:%M:%S`
    /// writes, without reading the format at run time, and without chrono's
    /// format machinery in the wasm: issue 19); a leap second is written
    /// `:60`, as chrono writes it; `None` for a year outside 0..=9999.
    fn written<'b>(v: &LocalDateTime, buf: &'b mut [u8; 19]) -> Option<&'b str> {
        use chrono::Timelike;
        let (date, time) = buf.split_at_mut(10);
        super::date::written(v.date(), date.try_into().ok()?)?;
        time.copy_from_slice(b"T00:00:00");
        let fields = [
            (1, v.hour()),
            (4, v.minute()),
            (7, v.second() + v.nanosecond() / 1_000_000_000),
        ];
        for (at, n) in fields {
            super::two_digits(&mut time[at..at + 2], n);
        }
        std::str::from_utf8(buf).ok()
    }

    /// A year outside 0..=9999 as chrono's `%Y` writes it: signed, at least
    /// four digits (`-0001`, `+10000`); the rest as [`written`] writes it.
    fn signed_year(v: &LocalDateTime) -> String {
        use chrono::Datelike;
        let mut buf = [0; 19];
        let rest = written(&v.with_year(2000).unwrap_or(*v), &mut buf).unwrap_or_default();
        format!("{:+05}{}", v.year(), rest.get(4..).unwrap_or_default())
    }

    /// Reads one of the accepted forms.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<LocalDateTime, D::Error> {
        d.deserialize_str(super::Text(read))
    }

    /// The one date-time parser, with the form in its message.
    fn read(s: &str) -> Result<LocalDateTime, String> {
        super::parse_datetime(s).map_err(|e| match e {
            DateError::Malformed(_) => format!(
                "`{}` is not a local date-time like 2026-11-23T10:00",
                super::shown(s)
            ),
            e => e.to_string(),
        })
    }

    /// The same for an optional value (`null` or absent is `None`).
    pub mod option {
        use serde::{Deserializer, Serializer};

        use super::LocalDateTime;

        /// Writes the value or null.
        pub fn serialize<S: Serializer>(
            v: &Option<LocalDateTime>,
            s: S,
        ) -> Result<S::Ok, S::Error> {
            match v {
                Some(v) => super::serialize(v, s),
                None => s.serialize_none(),
            }
        }

        /// Reads a value or null.
        pub fn deserialize<'de, D: Deserializer<'de>>(
            d: D,
        ) -> Result<Option<LocalDateTime>, D::Error> {
            d.deserialize_option(super::super::Optional(super::read))
        }
    }
}

/// `n % 100` as two digits into `at`.
fn two_digits(at: &mut [u8], n: u32) {
    at[0] = b'0' + (n / 10 % 10) as u8;
    at[1] = b'0' + (n % 10) as u8;
}

/// Serde for a date field (`#[serde(with = "kezek_rules::dates::date")]`):
/// reads through [`parse_date`], writes `YYYY-MM-DD`.
pub mod date {
    use chrono::NaiveDate;
    use serde::{Deserializer, Serializer};

    /// `YYYY-MM-DD` digit by digit (what chrono's `Display` writes for years
    /// 0..=9999, without its format machinery: issue 19); `None` for a year
    /// outside them.
    pub(crate) fn written(d: NaiveDate, buf: &mut [u8; 10]) -> Option<&str> {
        use chrono::Datelike;
        let year = u32::try_from(d.year()).ok().filter(|y| *y <= 9999)?;
        *buf = *b"0000-00-00";
        for (at, n) in [
            (0, year / 100),
            (2, year % 100),
            (5, d.month()),
            (8, d.day()),
        ] {
            super::two_digits(&mut buf[at..at + 2], n);
        }
        std::str::from_utf8(buf).ok()
    }

    /// Writes `YYYY-MM-DD`, as chrono's serde does (its `Display` for a year
    /// outside 0..=9999), digit by digit: chrono's formatter was an eighth of
    /// writing an evaluation's answer (issue 19).
    pub fn serialize<S: Serializer>(v: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        match written(*v, &mut [0; 10]) {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(v),
        }
    }

    /// Reads a supported date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        d.deserialize_str(super::Text(super::parse_date))
    }

    /// A date written by [`serialize`].
    pub(crate) struct Written(pub(crate) NaiveDate);

    impl serde::Serialize for Written {
        fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
            serialize(&self.0, s)
        }
    }

    /// The same for an optional date (`null` or absent is `None`).
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserializer, Serializer};

        /// Writes the date or null.
        pub fn serialize<S: Serializer>(v: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(d) => s.serialize_some(&super::Written(*d)),
                None => s.serialize_none(),
            }
        }

        /// Reads a supported date or null.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            d.deserialize_option(super::super::Optional(super::super::parse_date))
        }
    }
}

/// Deserializers for the date fields chrono's own serde once read
/// (`#[serde(deserialize_with = "crate::dates::chrono_form::option")]`; the
/// fields are still written by chrono's serde, `YYYY-MM-DD`): now exactly
/// [`parse_date`]'s form, `YYYY-MM-DD`, like every other date field (chrono
/// took white space around the `-` and a signed year too). The supported
/// range is checked once the whole input is read, the error naming the
/// field (`Case::check_date_range`, `Request::check_date_range`).
pub mod chrono_form {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer};

    struct Visitor;

    impl serde::de::Visitor<'_> for Visitor {
        type Value = NaiveDate;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a formatted date string")
        }

        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<NaiveDate, E> {
            super::fixed_date(v.as_bytes())
                .ok_or_else(|| E::custom(super::DateError::Malformed(super::shown(v))))
        }
    }

    struct Date(NaiveDate);

    impl<'de> Deserialize<'de> for Date {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            d.deserialize_str(Visitor).map(Date)
        }
    }

    /// An optional date (`null` is `None`).
    pub fn option<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Ok(Option::<Date>::deserialize(d)?.map(|d| d.0))
    }

    /// A list of dates.
    pub fn list<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<NaiveDate>, D::Error> {
        Ok(Vec::<Date>::deserialize(d)?
            .into_iter()
            .map(|d| d.0)
            .collect())
    }
}

/// The JSON Schemas of the two forms (the `schema` feature): what
/// `#[schemars(with = "crate::dates::schema::Date")]` gives a date field and
/// `…::LocalDateTime` a local date-time field of the wire types, since their
/// serde goes through [`crate::dates::date`] and [`crate::dates::local_datetime`]
/// rather than chrono's own. The patterns hold the supported years
/// ([`crate::dates::FIRST`]..=[`crate::dates::LAST`]).
#[cfg(feature = "schema")]
pub mod schema {
    use std::borrow::Cow;

    use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

    /// `YYYY-MM-DD`, a year from 1900 to 2200.
    const DATE: &str = "(19[0-9]{2}|2[01][0-9]{2}|2200)-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])";

    /// A date field: `YYYY-MM-DD`.
    pub struct Date;

    impl JsonSchema for Date {
        fn schema_name() -> Cow<'static, str> {
            "Date".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A date, YYYY-MM-DD, from 1900-01-01 to 2200-12-31.",
                "type": "string",
                "format": "date",
                "pattern": format!("^{DATE}$"),
            })
        }
    }

    /// A time of day, `HH:MM` (an office's hours).
    pub struct TimeOfDay;

    impl JsonSchema for TimeOfDay {
        fn schema_name() -> Cow<'static, str> {
            "TimeOfDay".into()
        }

        fn json_schema(_: &mut SchemaGenerator) -> Schema {
            json_schema!({
                "description": "A time of day, HH:MM, local time.",
                "type": "string",
                "pattern": "^([01][0-9]|2[0-3]):[0-5][0-9]$",
            })
        }
    }

    /// A local date-time field (Asia/Almaty): read as
    /// `YYYY-MM-DDTHH:MM[:SS]` (or with a space), written `YYYY-MM-DDTHH:MM:SS`.
    pub struct LocalDateTime;

    impl JsonSchema for LocalDateTime {
        fn schema_name() -> Cow<'static, str> {
            "LocalDateTime".into()
        }

        fn json_schema(generator: &mut SchemaGenerator) -> Schema {
            if generator.contract().is_serialize() {
                json_schema!({
                    "description": "A local date-time in Kazakhstan (Asia/Almaty, no offset), as Kezek writes it: YYYY-MM-DDTHH:MM:SS.",
                    "type": "string",
                    "pattern": format!("^{DATE}T([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$"),
                })
            } else {
                json_schema!({
                    "description": "A local date-time in Kazakhstan (Asia/Almaty, no offset): YYYY-MM-DDTHH:MM, seconds optional, a space accepted instead of the T.",
                    "type": "string",
                    "pattern": format!("^{DATE}[T ]([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"),
                })
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written form is chrono's `%Y-%m-%dT%H:%M:%S`, also where
    /// chrono writes a signed year.
    #[derive(serde::Serialize)]
    struct Written(#[serde(with = "local_datetime")] LocalDateTime);

    #[test]
    fn local_datetime_is_written_as_chrono_writes_it() {
        let days = [
            (0, 1, 1),
            (1900, 1, 1),
            (2026, 11, 23),
            (2024, 2, 29),
            (2200, 12, 31),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
        ];
        for (y, m, d) in days {
            // The last is a leap second, which chrono writes `:60`.
            for (h, min, sec, nano) in [
                (0, 0, 0, 0),
                (9, 5, 7, 0),
                (23, 59, 59, 0),
                (23, 59, 59, 1_000_000_000),
            ] {
                let v = NaiveDate::from_ymd_opt(y, m, d)
                    .unwrap()
                    .and_hms_nano_opt(h, min, sec, nano)
                    .unwrap();
                let chrono = v.format("%Y-%m-%dT%H:%M:%S").to_string();
                assert_eq!(local_datetime::format(&v), chrono);
                assert_eq!(
                    serde_json::to_value(Written(v)).unwrap(),
                    serde_json::Value::String(chrono)
                );
            }
        }
    }

    /// A date field is written as chrono's serde wrote it (`YYYY-MM-DD`, a
    /// signed or longer year outside 0..=9999), digit by digit inside them.
    #[test]
    fn a_date_is_written_as_chrono_serde_writes_it() {
        #[derive(serde::Serialize)]
        struct Dates {
            #[serde(serialize_with = "date::serialize")]
            day: NaiveDate,
            #[serde(serialize_with = "date::option::serialize")]
            maybe: Option<NaiveDate>,
        }
        for (y, m, d) in [
            (0, 1, 1),
            (9, 9, 9),
            (1900, 1, 1),
            (2024, 2, 29),
            (9999, 12, 31),
            (10000, 1, 1),
            (-1, 6, 15),
        ] {
            let day = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            let chrono = serde_json::to_string(&day).unwrap();
            let ours = Dates {
                day,
                maybe: Some(day),
            };
            assert_eq!(
                serde_json::to_string(&ours).unwrap(),
                format!(r#"{{"day":{chrono},"maybe":{chrono}}}"#)
            );
        }
        let none = Dates {
            day: NaiveDate::MIN,
            maybe: None,
        };
        assert!(serde_json::to_string(&none)
            .unwrap()
            .ends_with(r#""maybe":null}"#));
    }

    /// The one form read: every other text chrono's readers took is refused,
    /// whatever it would have meant (`+12026-01-01` was out of range, `
    /// 2026 - 1 - 5 ` was 5 January).
    #[test]
    fn chrono_form_reads_only_yyyy_mm_dd() {
        #[derive(serde::Deserialize, Debug, Clone, PartialEq)]
        struct Ours {
            #[serde(deserialize_with = "chrono_form::option")]
            one: Option<NaiveDate>,
            #[serde(deserialize_with = "chrono_form::list")]
            list: Vec<NaiveDate>,
        }
        let read =
            |v: &str| serde_json::from_str::<Ours>(&format!(r#"{{"one":{v},"list":[{v}]}}"#));
        let d = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(read(r#""2026-11-23""#).unwrap().list, vec![d]);
        for v in [
            r#"" 2026 - 1 - 5 ""#,
            r#""+2026-11-23""#,
            r#""+12026-01-01""#,
            r#""-0044-03-15""#,
            r#""2026-11-23T10:00""#,
            r#""2026-02-30""#,
            r#""""#,
        ] {
            let e = read(v).unwrap_err().to_string();
            assert!(e.contains("is not a date like 2026-11-23"), "{v}: {e}");
        }
        assert!(read("5").is_err());
    }

    #[test]
    fn the_supported_range_is_1900_to_2200() {
        assert_eq!(parse_date("1900-01-01"), Ok(FIRST));
        assert_eq!(parse_date("2200-12-31"), Ok(LAST));
        assert_eq!(parse_date("1899-12-31").unwrap_err().code(), OUT_OF_RANGE);
        assert_eq!(parse_date("2201-01-01").unwrap_err().code(), OUT_OF_RANGE);
        // chrono's signed years are no date of Kezek's form.
        assert_eq!(
            parse_date("+262142-01-01").unwrap_err().code(),
            "date.malformed"
        );
        assert_eq!(
            parse_datetime("-262143-01-01T00:00").unwrap_err().code(),
            "date.malformed"
        );
        assert_eq!(
            parse_date("2026-02-30").unwrap_err().code(),
            "date.malformed"
        );
        assert!(parse_datetime("2026-11-23 10:00").is_ok());
        assert!(parse_datetime("2026-11-23T10:00:59").is_ok());
        // The byte-by-byte path is bounded too.
        assert_eq!(
            parse_datetime("1899-12-31T10:00").unwrap_err().code(),
            OUT_OF_RANGE
        );
        assert_eq!(parse_date("0001-01-01").unwrap_err().code(), OUT_OF_RANGE);
    }

    /// A second of 60 (chrono's leap second) is refused at every door: a
    /// leap second falls only at 23:59:60 UTC (04:59:60 in Kazakhstan), none
    /// has been inserted since 2016, and a time written `…:60` into an
    /// application would be refused by a receiver that reads seconds 00–59.
    #[test]
    fn a_second_of_60_is_refused_with_what_to_do() {
        for s in [
            "2026-11-23T10:00:60",
            "2026-12-31T23:59:60",
            "2026-11-23 10:00:60",
        ] {
            let e = parse_datetime(s).unwrap_err();
            assert_eq!(e.code(), "date.malformed", "{s}");
            assert!(e.to_string().contains("00 to 59"), "{s}: {e}");
        }
        #[derive(serde::Deserialize, Debug)]
        struct Read(#[serde(with = "local_datetime")] LocalDateTime);
        let read = |s: &str| serde_json::from_str::<Read>(s).map(|r| r.0);
        let e = read(r#""2026-11-23T10:00:60""#).unwrap_err();
        assert!(e.to_string().contains("00 to 59"), "{e}");
        assert!(read(r#""2026-11-23T10:00:59""#).is_ok());
        assert!(parse_datetime("2026-11-23T10:00:59").is_ok());
    }

    #[test]
    fn one_parser_reads_every_accepted_form_the_same() {
        let want = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(10, 5, 0)
            .unwrap();
        for s in [
            "2026-11-23T10:05",
            "2026-11-23T10:05:00",
            "2026-11-23 10:05",
            "2026-11-23 10:05:00",
        ] {
            assert_eq!(parse_datetime(s), Ok(want), "{s}");
            assert_eq!(local_datetime::parse(s), Some(want), "{s}");
        }
        for s in [
            "2026-11-23T25:00",
            "2026-11-23T10:05:0x",
            "2026-11-23X10:05",
            "2026-13-01T10:00",
            "23.11.2026 10:05",
        ] {
            assert_eq!(
                parse_datetime(s).unwrap_err().code(),
                "date.malformed",
                "{s}"
            );
        }
        assert_eq!(local_datetime::format(&want), "2026-11-23T10:05:00");
    }

    /// Both orders' inputs read their instant through the one parser: the
    /// case's `as_of` and the catalogue request's `as_of` accept the same
    /// forms (the space form included) and refuse the same ones.
    #[test]
    fn both_orders_read_their_instant_through_the_one_parser() {
        let case = |at: &str| {
            crate::case::Case::from_json(&format!(
                r#"{{"service":"00403001","channel":"egov_portal","as_of":"{at}",
                "applicant":{{"role":"parent"}},
                "child":{{"birth_date":"2023-05-10","settlement":"Astana"}}}}"#
            ))
            .map(|c| c.as_of)
        };
        let request = |at: &str| {
            crate::catalogue::Request::from_json(&format!(
                r#"{{"service":"00403008","channel":"egov_portal","as_of":"{at}"}}"#
            ))
            .map(|r| r.as_of)
        };
        for at in [
            "2026-12-15T10:00",
            "2026-12-15 10:00",
            "2026-12-15T10:00:00",
        ] {
            let want = parse_datetime(at).unwrap();
            assert_eq!(case(at).ok(), Some(want), "case {at}");
            assert_eq!(request(at).ok(), Some(want), "request {at}");
        }
        for at in ["2026-12-15", "15.12.2026 10:00", "2026-12-15T10"] {
            assert!(case(at).is_err(), "case {at}");
            let e = crate::wire::ErrorObject::from(request(at).unwrap_err());
            assert_eq!(e.field, "as_of", "{e}");
            assert!(e.message.contains("local date-time"), "{e}");
        }
    }

    #[test]
    fn local_datetime_serde_round_trips_and_names_the_form() {
        #[derive(serde::Serialize, serde::Deserialize, Debug, PartialEq)]
        struct T {
            #[serde(with = "local_datetime")]
            at: LocalDateTime,
            #[serde(default, with = "local_datetime::option")]
            maybe: Option<LocalDateTime>,
        }
        let t: T = serde_json::from_str(r#"{"at":"2026-11-23 10:05","maybe":null}"#).unwrap();
        assert_eq!(
            serde_json::to_string(&t).unwrap(),
            r#"{"at":"2026-11-23T10:05:00","maybe":null}"#
        );
        let e = serde_json::from_str::<T>(r#"{"at":"yesterday"}"#)
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("not a local date-time like 2026-11-23T10:00"),
            "{e}"
        );
        let e = serde_json::from_str::<T>(r#"{"at":"1800-01-01T10:00"}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains(RANGE_WORDS), "{e}");
    }

    /// The message names the range, written from [`FIRST`] and [`LAST`],
    /// and not a code: each door's error carries its own
    /// (`case.date_out_of_range`…), once.
    #[test]
    fn the_message_names_the_range_not_a_code() {
        let e = parse_date("2201-01-01").unwrap_err().to_string();
        assert_eq!(e, format!("`2201-01-01` {RANGE_WORDS}"));
        assert!(
            RANGE_WORDS.ends_with(&format!("{FIRST} to {LAST}")),
            "{RANGE_WORDS}"
        );
        assert!(!e.contains(OUT_OF_RANGE), "{e}");
    }

    #[test]
    fn the_first_unsupported_date_is_named_with_why() {
        let d = |s| Some(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap());
        let dates = || {
            [
                ("a".to_owned(), None),
                ("b".to_owned(), d("2026-11-23")),
                ("c".to_owned(), d("2201-01-01")),
                ("e".to_owned(), d("1800-01-01")),
            ]
        };
        let (field, why) = first_unsupported(dates()).unwrap();
        assert_eq!(field, "c");
        assert_eq!(why, DateError::OutOfRange("2201-01-01".into()));
        assert_eq!(first_unsupported(dates().into_iter().take(2)), None);
    }
}
