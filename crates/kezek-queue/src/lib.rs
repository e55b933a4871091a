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
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// The priority group an application of category `c` stands in: out of
    /// turn, first priority or general (cl. 20 p. 1–2, cl. 21).
    pub fn of(c: kezek_rules::Category) -> Group {
        match c {
            kezek_rules::Category::OutOfTurn => Group::OutOfTurn,
            kezek_rules::Category::FirstPriority => Group::First,
            kezek_rules::Category::General => Group::General,
        }
    }

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

/// Local date-times (Asia/Almaty) as `YYYY-MM-DDTHH:MM[:SS]`: the rules'
/// one parser and serde module, [`kezek_rules::dates::local_datetime`].
pub use kezek_rules::dates::local_datetime;

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
