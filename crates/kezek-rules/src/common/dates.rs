//! The one date and local date-time parser of Kezek («күн», «күн мен уақыт»): every date and
//! date-time that enters the engine — a case, calendar data, a queue snapshot,
//! a catalogue request, the JS API's arguments, the app's fields — is read
//! here, and only dates inside [`FIRST`]..=[`LAST`] are accepted.
//!
//! chrono reads signed six-digit years (`+262142-01-01`); the rules add years,
//! months and working days to the dates they are given, and near chrono's ends
//! that arithmetic overflows. The range is the calendar's supported range (the
//! CLI's `kezek calendar` takes the years 1900 to 2200, a queue's birth years
//! are checked against the same), wide enough for any child, parent, document
//! or queue, and far enough from chrono's ends that no term computed from a
//! date in it can leave chrono's range.

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

/// The code of a date outside [`FIRST`]..=[`LAST`]; every parser's message
/// carries it, so each caller can give its own coded error.
pub const OUT_OF_RANGE: &str = "date.out_of_range";

/// Why a date was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not a date in the expected form.
    Malformed(String),
    /// A real date, outside the supported range.
    OutOfRange(String),
}

impl DateError {
    /// A stable code: `date.malformed` or [`OUT_OF_RANGE`].
    pub fn code(&self) -> &'static str {
        match self {
            DateError::Malformed(_) => "date.malformed",
            DateError::OutOfRange(_) => OUT_OF_RANGE,
        }
    }
}

impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DateError::Malformed(s) => write!(f, "`{s}` is not a date like 2026-11-23"),
            DateError::OutOfRange(s) => write!(
                f,
                "`{s}` is outside the dates Kezek supports, {FIRST} to {LAST} ({OUT_OF_RANGE})"
            ),
        }
    }
}

impl std::error::Error for DateError {}

fn shown(s: &str) -> String {
    s.chars().take(40).collect()
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

/// A date `YYYY-MM-DD` inside the supported range.
pub fn parse_date(s: &str) -> Result<NaiveDate, DateError> {
    let t = s.trim();
    let d = fixed_date(t.as_bytes())
        .or_else(|| NaiveDate::parse_from_str(t, "%Y-%m-%d").ok())
        .ok_or_else(|| DateError::Malformed(shown(t)))?;
    check(d).map_err(|_| DateError::OutOfRange(shown(t)))
}

/// A local date-time `YYYY-MM-DDTHH:MM[:SS]` (a space instead of `T` is
/// accepted) inside the supported range: the one date-time parser of Kezek
/// (a case's `as_of`, a catalogue request's instant, a queue snapshot and
/// its CSV lines, the CLI's `--as-of`, the app's `?as_of=`).
pub fn parse_datetime(s: &str) -> Result<LocalDateTime, DateError> {
    let t = s.trim();
    let dt = fixed_datetime(t.as_bytes())
        .or_else(|| {
            [
                "%Y-%m-%dT%H:%M:%S",
                "%Y-%m-%dT%H:%M",
                "%Y-%m-%d %H:%M:%S",
                "%Y-%m-%d %H:%M",
            ]
            .iter()
            .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
        })
        .ok_or_else(|| DateError::Malformed(shown(t)))?;
    check(dt.date()).map_err(|_| DateError::OutOfRange(shown(t)))?;
    Ok(dt)
}

fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |acc, &c| {
        c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0'))
    })
}

/// `YYYY-MM-DD` read byte by byte: the hot path of a queue CSV with
/// hundreds of thousands of lines; anything else goes to chrono.
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

/// `YYYY-MM-DDTHH:MM[:SS]` (or with a space) read byte by byte, the same
/// hot path.
fn fixed_datetime(b: &[u8]) -> Option<NaiveDateTime> {
    if !(b.len() == 16 || b.len() == 19) || !matches!(b[10], b'T' | b' ') || b[13] != b':' {
        return None;
    }
    let sec = match b.len() {
        19 if b[16] == b':' => digits(&b[17..19])?,
        19 => return None,
        _ => 0,
    };
    fixed_date(&b[..10])?.and_hms_opt(digits(&b[11..13])?, digits(&b[14..16])?, sec)
}

/// Serde for a [`LocalDateTime`] field (`#[serde(with =
/// "kezek_rules::dates::local_datetime")]`): reads through
/// [`parse_datetime`], writes `YYYY-MM-DDTHH:MM:SS`. The old paths
/// `kezek_rules::case::local_datetime` and `kezek_queue::local_datetime`
/// name this module.
pub mod local_datetime {
    use serde::{Deserialize, Deserializer, Serializer};

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
            None => v.format("%Y-%m-%dT%H:%M:%S").to_string(),
        }
    }

    /// Writes `YYYY-MM-DDTHH:MM:SS`.
    pub fn serialize<S: Serializer>(v: &LocalDateTime, s: S) -> Result<S::Ok, S::Error> {
        let mut buf = [0; 19];
        match written(v, &mut buf) {
            Some(text) => s.serialize_str(text),
            None => s.collect_str(&v.format("%Y-%m-%dT%H:%M:%S")),
        }
    }

    /// `YYYY-MM-DDTHH:MM:SS` digit by digit (what chrono's `%Y-%m-%dT%H:%M:%S`
    /// writes, without reading the format at run time: one evaluation writes
    /// several; issue 19); `None` for a year outside 0..=9999 or a leap
    /// second, left to chrono.
    fn written<'b>(v: &LocalDateTime, buf: &'b mut [u8; 19]) -> Option<&'b str> {
        use chrono::{Datelike, Timelike};
        let year = u32::try_from(v.year()).ok().filter(|y| *y <= 9999)?;
        if v.nanosecond() >= 1_000_000_000 {
            return None;
        }
        let fields = [
            (0, year / 100),
            (2, year % 100),
            (5, v.month()),
            (8, v.day()),
            (11, v.hour()),
            (14, v.minute()),
            (17, v.second()),
        ];
        *buf = *b"0000-00-00T00:00:00";
        for (at, n) in fields {
            buf[at] = b'0' + (n / 10) as u8;
            buf[at + 1] = b'0' + (n % 10) as u8;
        }
        std::str::from_utf8(buf).ok()
    }

    /// Reads one of the accepted forms.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<LocalDateTime, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_datetime(&s).map_err(|e| match e {
            DateError::Malformed(_) => serde::de::Error::custom(format!(
                "`{}` is not a local date-time like 2026-11-23T10:00",
                super::shown(&s)
            )),
            e => serde::de::Error::custom(e),
        })
    }

    /// The same for an optional value (`null` or absent is `None`).
    pub mod option {
        use serde::{Deserialize, Deserializer, Serializer};

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
            match Option::<String>::deserialize(d)? {
                None => Ok(None),
                Some(s) => {
                    super::deserialize(serde::de::value::StringDeserializer::<D::Error>::new(s))
                        .map(Some)
                }
            }
        }
    }
}

/// Serde for a date field (`#[serde(with = "kezek_rules::dates::date")]`):
/// reads through [`parse_date`], writes `YYYY-MM-DD`.
pub mod date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes `YYYY-MM-DD`.
    pub fn serialize<S: Serializer>(v: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(v)
    }

    /// Reads a supported date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let s = String::deserialize(d)?;
        super::parse_date(&s).map_err(serde::de::Error::custom)
    }

    /// The same for an optional date (`null` or absent is `None`).
    pub mod option {
        use chrono::NaiveDate;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes the date or null.
        pub fn serialize<S: Serializer>(v: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
            match v {
                Some(d) => s.collect_str(d),
                None => s.serialize_none(),
            }
        }

        /// Reads a supported date or null.
        pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
            match <Option<String>>::deserialize(d)? {
                Some(s) => super::super::parse_date(&s)
                    .map(Some)
                    .map_err(serde::de::Error::custom),
                None => Ok(None),
            }
        }
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
            for (h, min, sec) in [(0, 0, 0), (9, 5, 7), (23, 59, 59)] {
                let v = NaiveDate::from_ymd_opt(y, m, d)
                    .unwrap()
                    .and_hms_opt(h, min, sec)
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

    #[test]
    fn the_supported_range_is_1900_to_2200() {
        assert_eq!(parse_date("1900-01-01"), Ok(FIRST));
        assert_eq!(parse_date(" 2200-12-31 "), Ok(LAST));
        assert_eq!(parse_date("1899-12-31").unwrap_err().code(), OUT_OF_RANGE);
        assert_eq!(parse_date("2201-01-01").unwrap_err().code(), OUT_OF_RANGE);
        assert_eq!(
            parse_date("+262142-01-01").unwrap_err().code(),
            OUT_OF_RANGE
        );
        assert_eq!(
            parse_datetime("-262143-01-01T00:00").unwrap_err().code(),
            OUT_OF_RANGE
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
            " 2026-11-23T10:05 ",
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
            let e = request(at).unwrap_err().to_string();
            assert!(
                e.contains("as_of: ") && e.contains("local date-time"),
                "{e}"
            );
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
        assert!(e.contains(OUT_OF_RANGE), "{e}");
    }

    #[test]
    fn the_message_names_the_range_and_the_code() {
        let e = parse_date("+262142-01-01").unwrap_err().to_string();
        assert!(e.contains("1900-01-01 to 2200-12-31"), "{e}");
        assert!(e.contains(OUT_OF_RANGE), "{e}");
    }
}
