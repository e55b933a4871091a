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
//! - [`mod@forecast`]: [`forecast()`] with [`ForecastOptions`].
//! - [`synth`]: the synthetic city, `synth::city`.

use serde::{Deserialize, Serialize};

pub mod error;
pub mod forecast;
pub mod order;
pub mod snapshot;
pub mod synth;

pub use error::QueueError;
pub use forecast::{forecast, Forecast, ForecastOptions};
pub use order::{position, AskedQuery, Position, Query};
pub use snapshot::{parse_csv, parse_json, QueueKind, Snapshot};

/// Priority groups of cl. 20–21, in the order they are served. Written
/// `out_of_turn`, `first`, `general`; an evaluation's category
/// (`kezek_rules::Category`, `first_priority`) is read as the group it
/// stands in ([`Group::of`]), so `evaluate().category.category` may be
/// passed as a query's `group` as it is.
///
/// `<` is queue order: `a < b` means group `a` is served before group `b`
/// (`OutOfTurn < First < General`) — the reverse of `Category`'s priority rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    /// «кезектен тыс» — out of turn (cl. 20 p. 1).
    OutOfTurn = 0,
    /// «бірінші кезекте» — first priority (cl. 20 p. 2); `first_priority`,
    /// the category's name, is read as its alias.
    #[serde(alias = "first_priority")]
    First = 1,
    /// «жалпы негізде» — general.
    General = 2,
}

/// The schema of a group: its three names; a schema for reading (a
/// snapshot) also lists `first_priority`, read as `first` (serde's alias,
/// which a derived schema does not show).
#[cfg(feature = "schema")]
impl schemars::JsonSchema for Group {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Group".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut names = vec![
            schemars::json_schema!({"description": "«кезектен тыс» — out of turn (cl. 20 p. 1).", "type": "string", "const": "out_of_turn"}),
            schemars::json_schema!({"description": "«бірінші кезекте» — first priority (cl. 20 p. 2).", "type": "string", "const": "first"}),
            schemars::json_schema!({"description": "«жалпы негізде» — general.", "type": "string", "const": "general"}),
        ];
        if !generator.contract().is_serialize() {
            names.push(schemars::json_schema!({
                "description": "An evaluation's category `first_priority`: read as `first`, never written.",
                "type": "string",
                "const": "first_priority",
            }));
        }
        schemars::json_schema!({
            "description": "Priority groups of cl. 20–21, in the order they are served: `out_of_turn`, `first`, `general` (an evaluation's category `first_priority` is read as `first`).",
            "oneOf": names,
        })
    }
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

/// The applicants at the head of the queue to whom cl. 24 p. 10 opens the
/// places left over after the 3 days of priority access: «кезектегі бірінші
/// 1000 (бір мың) өтініш берушілер». The one definition: the forecast's model
/// (`forecast.rs`) and the app read it.
pub const LEFTOVER_APPLICANTS: usize = 1000;

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
                birth_date: None,
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

    /// An evaluation's category (`first_priority`, order 254's
    /// `category.category`) is read as the group it stands in, by the
    /// query's JSON as by [`Group::parse`]: an integrator passes
    /// `evaluate().category.category` as `position()`'s `group` as it is.
    /// The group is still written `first`.
    #[test]
    fn an_evaluations_category_is_read_as_its_group() {
        use kezek_rules::Category;
        for c in [
            Category::General,
            Category::FirstPriority,
            Category::OutOfTurn,
        ] {
            let name = serde_json::to_value(c).unwrap();
            let read: Group = serde_json::from_value(name.clone())
                .unwrap_or_else(|e| panic!("{name} is not read as a group: {e}"));
            assert_eq!(read, Group::of(c), "{name}");
            assert_eq!(Group::parse(name.as_str().unwrap()), Some(Group::of(c)));
            let query: super::Query =
                serde_json::from_value(serde_json::json!({"birth_year": 2023, "group": name}))
                    .unwrap_or_else(|e| panic!("a query with group {name}: {e}"));
            assert_eq!(query.group, Group::of(c));
        }
        assert_eq!(serde_json::to_value(Group::First).unwrap(), "first");
    }

    /// Cl. 20–21: the two orderings are each other's reverse. `Group`'s `<`
    /// is queue order (served first), `Category`'s `<` is priority rank, so
    /// `Group::of(a) < Group::of(b)` exactly when `a > b`, for every pair.
    #[test]
    fn cl20_group_order_is_category_rank_reversed() {
        use kezek_rules::Category;
        let all = [
            Category::General,
            Category::FirstPriority,
            Category::OutOfTurn,
        ];
        // A new category fails to compile here: add it to `all`.
        for c in all {
            match c {
                Category::General | Category::FirstPriority | Category::OutOfTurn => {}
            }
        }
        for a in all {
            for b in all {
                assert_eq!(
                    Group::of(a) < Group::of(b),
                    a > b,
                    "{a:?} vs {b:?}: {:?} vs {:?}",
                    Group::of(a),
                    Group::of(b)
                );
                assert_eq!(Group::of(a) == Group::of(b), a == b, "{a:?} vs {b:?}");
            }
        }
    }
}
