//! The one date parser of Kezek («күн», «күн мен уақыт»): every date and
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
    let d = NaiveDate::parse_from_str(t, "%Y-%m-%d").map_err(|_| DateError::Malformed(shown(t)))?;
    check(d).map_err(|_| DateError::OutOfRange(shown(t)))
}

/// A local date-time `YYYY-MM-DDTHH:MM[:SS]` (a space instead of `T` is
/// accepted) inside the supported range.
pub fn parse_datetime(s: &str) -> Result<NaiveDateTime, DateError> {
    let t = s.trim();
    let dt = [
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|f| NaiveDateTime::parse_from_str(t, f).ok())
    .ok_or_else(|| DateError::Malformed(shown(t)))?;
    check(dt.date()).map_err(|_| DateError::OutOfRange(shown(t)))?;
    Ok(dt)
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

#[cfg(test)]
mod tests {
    use super::*;

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
    }

    #[test]
    fn the_message_names_the_range_and_the_code() {
        let e = parse_date("+262142-01-01").unwrap_err().to_string();
        assert!(e.contains("1900-01-01 to 2200-12-31"), "{e}");
        assert!(e.contains(OUT_OF_RANGE), "{e}");
    }
}
