//! The reliability shown to parents, tied to the code it was measured on.
//!
//! `kezek-backtest --write-reliability FILE` writes the per-group figures of
//! a full run (the built-in scenarios, every city, at least 200 applicants a
//! city) to `crates/kezek-queue/data/forecast-reliability.json`, which the
//! forecast includes and shows ([`kezek_queue::forecast::measured_reliability`]).
//! The file carries a fingerprint of everything the figure depends on — the
//! forecast's model (`forecast.rs`, `order.rs`), the simulator, the backtest
//! and the scenarios. The test `the_reliability_shown_was_measured_on_this_code`
//! fails as soon as one of them changes without a new run, so the sentence a
//! parent reads cannot go stale silently.

use serde::{Deserialize, Serialize};

use crate::metrics::Scores;

/// The sources the measured reliability depends on (path, text).
pub const MEASURED_SOURCES: [(&str, &str); 10] = [
    (
        "kezek-queue/src/forecast.rs",
        include_str!("../../kezek-queue/src/forecast.rs"),
    ),
    (
        "kezek-queue/src/order.rs",
        include_str!("../../kezek-queue/src/order.rs"),
    ),
    ("kezek-sim/src/city.rs", include_str!("city.rs")),
    ("kezek-sim/src/line.rs", include_str!("line.rs")),
    ("kezek-sim/src/days.rs", include_str!("days.rs")),
    ("kezek-sim/src/params.rs", include_str!("params.rs")),
    ("kezek-sim/src/backtest.rs", include_str!("backtest.rs")),
    ("kezek-sim/src/metrics.rs", include_str!("metrics.rs")),
    (
        "kezek-sim/scenarios/default.json",
        include_str!("../scenarios/default.json"),
    ),
    (
        "kezek-rules/data/calendar-kz.json",
        include_str!("../../kezek-rules/data/calendar-kz.json"),
    ),
];

/// The format of the reliability file.
pub const FORMAT: &str = "kezek.forecast-reliability/1";

/// The least run whose figures may be shown (issue 20, "Done when").
pub const MIN_CITIES: usize = 50;
/// Applicants per city of the least run.
pub const MIN_APPLICANTS_PER_CITY: usize = 200;

/// One source's text as it matters for the model: without comments, blank
/// lines, indentation and the unit tests (everything from `#[cfg(test)]` on),
/// so rewording a comment or reformatting does not ask for a new run.
fn normalised(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or(text);
    code.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// FNV-1a, 64 bits: a fingerprint, not a security measure.
fn fnv1a(bytes: &[u8], mut h: u64) -> u64 {
    for b in bytes {
        h ^= u64::from(*b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The fingerprint of the given sources.
pub fn fingerprint_of(sources: &[(&str, &str)]) -> String {
    let mut h = 0xcbf2_9ce4_8422_2325;
    for (name, text) in sources {
        h = fnv1a(name.as_bytes(), h);
        h = fnv1a(normalised(text).as_bytes(), h);
    }
    format!("{h:016x}")
}

/// The fingerprint of the code the figures are measured on.
pub fn fingerprint() -> String {
    fingerprint_of(&MEASURED_SOURCES)
}

/// One group's measured figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupFigures {
    /// Share whose real referral date fell within P10–P90.
    pub inside_p10_p90: f64,
    /// Share whose real referral date came before P50.
    pub below_p50: f64,
    /// Applicants scored.
    pub applicants: u32,
}

/// The reliability file (`crates/kezek-queue/data/forecast-reliability.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReliabilityFile {
    /// [`FORMAT`].
    pub format: String,
    /// [`fingerprint`] of the code measured.
    pub fingerprint: String,
    /// The command that measured it.
    pub command: String,
    /// Simulated cities.
    pub cities: u32,
    /// Applicants sampled per city.
    pub applicants_per_city: u32,
    /// Forecast paths per applicant.
    pub paths: u32,
    /// Seconds the run took.
    pub seconds: f64,
    /// Per priority group: `out_of_turn`, `first`, `general`.
    pub groups: std::collections::BTreeMap<String, GroupFigures>,
}

impl ReliabilityFile {
    /// The file for a run's table rows (`group: …`).
    pub fn from_rows(
        rows: &[(String, Scores)],
        cities: usize,
        applicants_per_city: usize,
        paths: u32,
        seconds: f64,
        command: String,
    ) -> Result<ReliabilityFile, String> {
        if cities < MIN_CITIES || applicants_per_city < MIN_APPLICANTS_PER_CITY {
            return Err(format!(
                "the figure shown to parents needs at least {MIN_CITIES} cities × \
                 {MIN_APPLICANTS_PER_CITY} applicants, not {cities} × {applicants_per_city}"
            ));
        }
        let mut groups = std::collections::BTreeMap::new();
        for code in ["out_of_turn", "first", "general"] {
            let s = rows
                .iter()
                .find(|(n, _)| n == &format!("group: {code}"))
                .map(|(_, s)| s)
                .ok_or(format!("the run scored nobody in the group {code}"))?;
            groups.insert(
                code.to_owned(),
                GroupFigures {
                    inside_p10_p90: (s.coverage_80 * 1000.0).round() / 1000.0,
                    below_p50: (s.below_p50 * 1000.0).round() / 1000.0,
                    applicants: s.n as u32,
                },
            );
        }
        Ok(ReliabilityFile {
            format: FORMAT.into(),
            fingerprint: fingerprint(),
            command,
            cities: cities as u32,
            applicants_per_city: applicants_per_city as u32,
            paths,
            seconds: seconds.round(),
            groups,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COMMITTED: &str = include_str!("../../kezek-queue/data/forecast-reliability.json");

    #[test]
    fn the_reliability_shown_was_measured_on_this_code() {
        let f: ReliabilityFile = serde_json::from_str(COMMITTED).unwrap();
        assert_eq!(f.format, FORMAT);
        assert_eq!(
            f.fingerprint,
            fingerprint(),
            "the forecast, the simulator or the scenarios changed since the reliability shown \
             to parents was measured: run `cargo run --release -p kezek-sim --bin kezek-backtest \
             -- --write-reliability crates/kezek-queue/data/forecast-reliability.json` and commit \
             the file (and the README's table)"
        );
        assert!(f.cities as usize >= MIN_CITIES);
        assert!(f.applicants_per_city as usize >= MIN_APPLICANTS_PER_CITY);
        assert_eq!(
            f.groups.keys().collect::<Vec<_>>(),
            ["first", "general", "out_of_turn"]
        );
    }

    #[test]
    fn the_fingerprint_ignores_comments_and_layout_but_not_code() {
        let a = fingerprint_of(&[("f.rs", "// note\nlet x = 0.9;\n")]);
        let b = fingerprint_of(&[("f.rs", "  // another note\n\n    let x = 0.9;\n")]);
        let c = fingerprint_of(&[("f.rs", "let x = 0.8;\n")]);
        let d = fingerprint_of(&[("f.rs", "let x = 0.9;\n#[cfg(test)]\nmod tests {}\n")]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a, d);
    }

    #[test]
    fn a_short_run_cannot_be_written_as_the_figure() {
        let e = ReliabilityFile::from_rows(&[], 10, 200, 1000, 1.0, String::new()).unwrap_err();
        assert!(e.contains("50"), "{e}");
    }
}
