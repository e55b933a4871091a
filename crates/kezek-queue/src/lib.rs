//! `kezek-queue`: the kindergarten queue («кезек») of order No. 254, cl. 13–30 —
//! the snapshot a settlement publishes, the exact order and the position of an
//! application in it, a seeded Monte Carlo forecast of the referral date, and a
//! synthetic city for demos, tests and benchmarks.
//!
//! Pure Rust, no web dependencies, no clock, no threads, no filesystem: it runs
//! the same natively and in the browser.
//!
//! - [`snapshot`]: [`Snapshot`], [`parse_json`], [`parse_csv`] (streaming).
//! - [`order`]: [`position`] in O(n) and the [`order::reference_order`].
//! - [`forecast`]: [`forecast()`] with [`ForecastOptions`].
//! - [`synth`]: the synthetic city, `synth::city`.

use serde::{Deserialize, Serialize};

pub mod error;
pub mod forecast;
pub mod order;
pub mod snapshot;
pub mod synth;

pub use error::QueueError;
pub use forecast::{forecast, Forecast, ForecastOptions};
pub use order::{position, Position, Query};
pub use snapshot::{parse_csv, parse_json, QueueKind, Snapshot};

/// Priority groups of cl. 20–21, in the order they are served.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// «кезектен тыс» — out of turn (cl. 20 p. 1).
    OutOfTurn = 0,
    /// «бірінші кезекте» — first priority (cl. 20 p. 2).
    First = 1,
    /// «жалпы негізде» — general.
    General = 2,
}

impl Group {
    /// The code: `out_of_turn`, `first`, `general`.
    pub fn code(self) -> &'static str {
        match self {
            Group::OutOfTurn => "out_of_turn",
            Group::First => "first",
            Group::General => "general",
        }
    }

    /// Reads a code (also `first_priority`).
    pub fn parse(s: &str) -> Option<Group> {
        match s {
            "out_of_turn" => Some(Group::OutOfTurn),
            "first" | "first_priority" => Some(Group::First),
            "general" => Some(Group::General),
            _ => None,
        }
    }
}

/// Local date-times (Asia/Almaty) as `YYYY-MM-DDTHH:MM[:SS]`.
pub mod local_datetime {
    use chrono::NaiveDateTime;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Parses `YYYY-MM-DDTHH:MM[:SS]` (a space instead of `T` is accepted).
    pub fn parse(s: &str) -> Option<NaiveDateTime> {
        kezek_rules::dates::parse_datetime(s).ok()
    }

    /// Writes `YYYY-MM-DDTHH:MM:SS`.
    pub fn serialize<S: Serializer>(v: &NaiveDateTime, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.format("%Y-%m-%dT%H:%M:%S"))
    }

    /// Reads one of the accepted forms.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
        let s = String::deserialize(d)?;
        kezek_rules::dates::parse_datetime(&s).map_err(|e| match e {
            kezek_rules::dates::DateError::Malformed(_) => {
                serde::de::Error::custom(format!("`{s}` is not a date-time like 2025-03-01T10:00"))
            }
            e => serde::de::Error::custom(e),
        })
    }

    /// The same for an optional value.
    pub mod option {
        use chrono::NaiveDateTime;
        use serde::{Deserialize, Deserializer, Serializer};

        /// Writes the value or null.
        pub fn serialize<S: Serializer>(
            v: &Option<NaiveDateTime>,
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
        ) -> Result<Option<NaiveDateTime>, D::Error> {
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

#[cfg(test)]
mod tests {
    use super::Group;

    /// Cl. 21: an out-of-turn application is served before a first-priority
    /// one submitted a year earlier and a general one submitted earlier still
    /// — checked on the positions the queue computes, not on the declaration
    /// order of [`Group`].
    #[test]
    fn cl21_out_of_turn_is_served_before_first_priority() {
        let csv = "id,submitted,group,status,birth_date,birth_year,queue
g1,2023-01-10T10:00,general,waiting,,2023,general
f1,2024-01-10T10:00,first,waiting,,2023,general
o1,2025-01-10T10:00,out_of_turn,waiting,,2023,general
";
        let as_of = super::local_datetime::parse("2026-11-23T09:00").unwrap();
        let snap = super::parse_csv(csv.as_bytes(), "Астана", as_of).unwrap();
        let at = |id: &str| {
            let q = super::Query {
                birth_year: 2023,
                queue: super::QueueKind::General,
                group: Group::General,
                submitted: None,
                id: Some(id.into()),
            };
            super::position(&snap, &q).unwrap().position
        };
        assert_eq!(at("o1"), 1, "out of turn first, though submitted last");
        let mut rest = [at("f1"), at("g1")];
        rest.sort_unstable();
        assert_eq!(rest, [2, 3]);
        for g in [Group::OutOfTurn, Group::First, Group::General] {
            assert_eq!(Group::parse(g.code()), Some(g));
        }
    }
}
