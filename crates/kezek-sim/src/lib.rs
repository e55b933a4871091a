//! `kezek-sim`: an independent simulator of the kindergarten place allocation
//! of order No. 254 — day by day, application by application, per preschool —
//! and a backtest that measures how often Kezek's wait forecast holds against it.
//!
//! It is not used by the app or the JS API (nothing depends on this crate).
//!
//! - [`params`]: [`CityParams`], the behaviour of a simulated city, and the
//!   scenario file.
//! - [`city`]: [`City`], the simulation (cl. 3, 18, 20–21, 24, 25, 28, 30).
//! - [`line`]: the simulator's own cl. 21 order.
//! - [`days`]: working days.
//! - [`backtest`]: snapshot → forecast → continue → actual referral dates.
//! - [`metrics`]: coverage, pinball loss, CRPS and the report table.
//! - [`calibration`]: the figures shown to parents, fingerprinted to the code measured.
//!
//! # Independence
//!
//! The simulator (`city`, `line`, `days`, `params`) takes from `kezek-queue`
//! only the snapshot's data types (to publish a snapshot the forecast can
//! read) and the `Group` enum, and from `kezek-rules` only the working
//! calendar's data (Kazakhstan's public holidays). It never calls `kezek_queue::order`
//! (`position`, `slot`, `reference_order`, `GENERAL_PER_PRIORITY`) nor
//! `kezek_queue::forecast`: the queue order, the allocation, the age limit and
//! the working days are written here anew, and the city's behaviour comes
//! from [`CityParams`], which the forecast never sees. The test
//! `the_simulator_uses_no_allocation_code_of_the_forecast` reads these source
//! files and fails if one of them names the forecast's allocation code. Only
//! [`backtest`] calls the forecast — it is what is being measured.

pub mod backtest;
pub mod calibration;
pub mod city;
pub mod days;
pub mod line;
pub mod metrics;
pub mod params;

pub use city::City;
pub use params::{CityParams, ScenarioFile};

/// The scenario file used when none is given (`scenarios/default.json`).
pub const DEFAULT_SCENARIOS: &str = include_str!("../scenarios/default.json");

#[cfg(test)]
mod tests {
    /// The simulator's sources, which must not use the forecast's allocation code.
    const SIMULATOR: [(&str, &str); 4] = [
        ("city.rs", include_str!("city.rs")),
        ("line.rs", include_str!("line.rs")),
        ("days.rs", include_str!("days.rs")),
        ("params.rs", include_str!("params.rs")),
    ];

    #[test]
    fn the_simulator_uses_no_allocation_code_of_the_forecast() {
        let forbidden = [
            "kezek_queue::order",
            "kezek_queue::forecast",
            "kezek_queue::position",
            "kezek_queue::synth",
            "GENERAL_PER_PRIORITY",
            "reference_order",
            "age_out_day",
            "Simulation",
        ];
        for (file, text) in SIMULATOR {
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for f in forbidden {
                    assert!(!line.contains(f), "{file} uses `{f}`: {line}");
                }
            }
            // The only things taken from kezek-queue: snapshot types and Group.
            for line in text
                .lines()
                .filter(|l| !l.trim_start().starts_with("//") && l.contains("kezek_queue::"))
            {
                assert!(
                    line.contains("kezek_queue::snapshot::") || line.contains("kezek_queue::Group"),
                    "{file}: {line}"
                );
            }
            // From kezek-rules only the working calendar's data (public
            // holidays); the unit tests may compare with the rules' age limit.
            let code = text.split("#[cfg(test)]").next().unwrap_or(text);
            for line in code
                .lines()
                .filter(|l| !l.trim_start().starts_with("//") && l.contains("kezek_rules::"))
            {
                assert!(line.contains("kezek_rules::calendar::"), "{file}: {line}");
            }
        }
    }

    #[test]
    fn the_default_scenarios_make_at_least_fifty_cities() {
        let f = crate::ScenarioFile::parse(crate::DEFAULT_SCENARIOS).unwrap();
        let cities = f.cities().unwrap();
        assert!(cities.len() >= 50, "{}", cities.len());
        let sizes: Vec<f64> = cities.iter().map(|c| c.arrivals_per_year).collect();
        assert!(sizes.iter().any(|s| *s <= 2_500.0) && sizes.iter().any(|s| *s >= 60_000.0));
    }
}
