//! The parameters of a simulated city: how many families apply, how many
//! places free up and when, who takes which place and how often people
//! decline. They describe *behaviour*; none of them is read by Kezek's
//! forecast, which must estimate what it needs from the published snapshot.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One simulated city. Every field has a default (a mid-sized city).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CityParams {
    /// A name for the report.
    pub name: String,
    /// Seed of the city's random draws.
    pub seed: u64,
    /// Applications submitted per year, all queues together (the size of the
    /// city: the snapshot then holds roughly 2–3 times this many).
    pub arrivals_per_year: f64,
    /// Places freed per year as a share of the applications per year (the
    /// vacancy level: below 1 the queue is only cleared by drop-outs and age).
    pub places_per_arrival: f64,
    /// Share of a year's places published in July–September (the September wave).
    pub wave_share: f64,
    /// Standard deviation of the log of a year's places multiplier (year-to-year
    /// swings of the budget, new buildings, closures).
    pub year_to_year_sd: f64,
    /// Yearly growth of the places (new preschools) — negative shrinks.
    pub trend_per_year: f64,
    /// Share of new applications that are out of turn (cl. 20 p. 1).
    pub out_of_turn_share: f64,
    /// Share of new applications that are first priority (cl. 20 p. 2).
    pub first_share: f64,
    /// Share of new applications in the special queue (`special:severe_speech`, cl. 13).
    pub special_share: f64,
    /// Preschools in the city.
    pub preschools: u32,
    /// Districts; a family that does not accept any preschool accepts those of its district.
    pub districts: u32,
    /// Share of families who accept any preschool of the settlement.
    pub any_preschool_share: f64,
    /// Probability that a family offered a place it could accept declines it.
    pub decline: f64,
    /// Probability that a family with access looks at the bulletin on a given working day.
    pub respond_per_day: f64,
    /// Priority access (cl. 24 p. 4) reaches the first `reach_per_place` ×
    /// (open places) applicants.
    pub reach_per_place: u32,
    /// Share of the first 1,000 who would take a leftover place (cl. 24 p. 10) on a given day.
    pub leftover_interest: f64,
    /// Working days a leftover place stays open before the preschool withdraws it.
    pub leftover_days: u32,
    /// Yearly hazard of withdrawing the application (cl. 20 p. 4).
    pub withdraw_per_year: f64,
    /// Yearly hazard of losing interest / not confirming it (cl. 20 p. 7, 23 p. 2).
    pub not_interested_per_year: f64,
    /// Yearly hazard of the stop list (cl. 3 p. 14).
    pub stop_list_per_year: f64,
    /// Probability that a family with a referral does not come (cl. 30).
    pub no_show: f64,
    /// Probability that a family that cannot come in time takes the one extension (cl. 30).
    pub extension: f64,
    /// Share of places published as early booking (cl. 3 p. 7, 25 p. 3).
    pub early_booking_share: f64,
    /// Share of places published as temporary stay (cl. 3 p. 15, 25 p. 4).
    pub temporary_stay_share: f64,
    /// Probability that a family takes a temporary-stay place it could accept.
    pub temporary_accept: f64,
    /// Share of published places recalled within days (cl. 25 p. 1).
    pub recall_share: f64,
    /// Years of bulletin history the snapshot publishes (0: none).
    pub history_years: u32,
    /// Years simulated before the snapshot (the queues fill up).
    pub burn_in_years: u32,
    /// The snapshot date (taken at 20:00, after the 18:00 bulletin).
    pub snapshot: NaiveDate,
    /// Years followed after the snapshot.
    pub horizon_years: u32,
}

impl Default for CityParams {
    fn default() -> Self {
        CityParams {
            name: "city".into(),
            seed: 1,
            arrivals_per_year: 8_000.0,
            places_per_arrival: 0.75,
            wave_share: 0.55,
            year_to_year_sd: 0.15,
            trend_per_year: 0.0,
            out_of_turn_share: 0.03,
            first_share: 0.17,
            special_share: 0.04,
            preschools: 60,
            districts: 6,
            any_preschool_share: 0.5,
            decline: 0.15,
            respond_per_day: 0.7,
            reach_per_place: 5,
            leftover_interest: 0.03,
            leftover_days: 10,
            withdraw_per_year: 0.04,
            not_interested_per_year: 0.04,
            stop_list_per_year: 0.005,
            no_show: 0.08,
            extension: 0.4,
            early_booking_share: 0.1,
            temporary_stay_share: 0.05,
            temporary_accept: 0.2,
            recall_share: 0.01,
            history_years: 3,
            burn_in_years: 6,
            snapshot: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
            horizon_years: 3,
        }
    }
}

impl CityParams {
    /// Checks ranges; the message names the field.
    pub fn validate(&self) -> Result<(), String> {
        let probs = [
            ("places_per_arrival", self.places_per_arrival, 10.0),
            ("wave_share", self.wave_share, 1.0),
            ("year_to_year_sd", self.year_to_year_sd, 2.0),
            ("out_of_turn_share", self.out_of_turn_share, 1.0),
            ("first_share", self.first_share, 1.0),
            ("special_share", self.special_share, 1.0),
            ("any_preschool_share", self.any_preschool_share, 1.0),
            ("decline", self.decline, 1.0),
            ("respond_per_day", self.respond_per_day, 1.0),
            ("leftover_interest", self.leftover_interest, 1.0),
            ("withdraw_per_year", self.withdraw_per_year, 1.0),
            ("not_interested_per_year", self.not_interested_per_year, 1.0),
            ("stop_list_per_year", self.stop_list_per_year, 1.0),
            ("no_show", self.no_show, 1.0),
            ("extension", self.extension, 1.0),
            ("early_booking_share", self.early_booking_share, 1.0),
            ("temporary_stay_share", self.temporary_stay_share, 1.0),
            ("temporary_accept", self.temporary_accept, 1.0),
            ("recall_share", self.recall_share, 1.0),
        ];
        for (name, v, max) in probs {
            if !(0.0..=max).contains(&v) {
                return Err(format!("{name} must be between 0 and {max}, not {v}"));
            }
        }
        if self.out_of_turn_share + self.first_share > 1.0 {
            return Err("out_of_turn_share + first_share must not exceed 1".into());
        }
        if self.early_booking_share + self.temporary_stay_share > 1.0 {
            return Err("early_booking_share + temporary_stay_share must not exceed 1".into());
        }
        if !(0.0..=2_000_000.0).contains(&self.arrivals_per_year) {
            return Err("arrivals_per_year must be between 0 and 2,000,000".into());
        }
        if self.preschools == 0 || self.districts == 0 || self.districts > self.preschools {
            return Err("there must be at least one preschool per district".into());
        }
        if !(-0.5..=1.0).contains(&self.trend_per_year) {
            return Err("trend_per_year must be between -0.5 and 1".into());
        }
        if self.horizon_years == 0 || self.horizon_years > 6 || self.burn_in_years > 10 {
            return Err("horizon_years is 1 to 6 and burn_in_years at most 10".into());
        }
        if self.history_years > self.burn_in_years {
            return Err("history_years cannot exceed burn_in_years".into());
        }
        Ok(())
    }
}

/// A scenario file: cities, each repeated `replicas` times with seeds
/// `seed`, `seed + 1`, …
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScenarioFile {
    /// Values every scenario starts from (overridden field by field).
    #[serde(default)]
    pub defaults: serde_json::Map<String, serde_json::Value>,
    /// The scenarios.
    pub scenarios: Vec<Scenario>,
}

/// One scenario of the file.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Cities made from it (default 1).
    #[serde(default = "one")]
    pub replicas: u32,
    /// Fields of [`CityParams`] that differ from the defaults.
    #[serde(default)]
    pub params: serde_json::Map<String, serde_json::Value>,
}

fn one() -> u32 {
    1
}

impl ScenarioFile {
    /// Reads the file's JSON text.
    pub fn parse(text: &str) -> Result<ScenarioFile, String> {
        serde_json::from_str(text).map_err(|e| format!("the scenario file is not valid: {e}"))
    }

    /// Every city of the file, in order, validated.
    pub fn cities(&self) -> Result<Vec<CityParams>, String> {
        let mut out = Vec::new();
        for (i, s) in self.scenarios.iter().enumerate() {
            let mut merged = serde_json::to_value(CityParams::default())
                .map_err(|e| e.to_string())?
                .as_object()
                .cloned()
                .unwrap_or_default();
            for (k, v) in self.defaults.iter().chain(s.params.iter()) {
                merged.insert(k.clone(), v.clone());
            }
            let base: CityParams = serde_json::from_value(serde_json::Value::Object(merged))
                .map_err(|e| format!("scenario {}: {e}", i + 1))?;
            base.validate()
                .map_err(|e| format!("scenario {} ({}): {e}", i + 1, base.name))?;
            for r in 0..s.replicas {
                let mut c = base.clone();
                c.seed = base.seed.wrapping_add(u64::from(r));
                if s.replicas > 1 {
                    c.name = format!("{}#{}", base.name, r + 1);
                }
                out.push(c);
            }
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenario_files_override_defaults_and_replicate_with_new_seeds() {
        let f = ScenarioFile::parse(
            r#"{"defaults":{"decline":0.3},"scenarios":[
                {"replicas":2,"params":{"name":"small","seed":10,"arrivals_per_year":2000}},
                {"params":{"name":"big","decline":0.1}}]}"#,
        )
        .unwrap();
        let c = f.cities().unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!((c[0].seed, c[1].seed), (10, 11));
        assert_eq!(c[1].name, "small#2");
        assert_eq!(c[0].decline, 0.3);
        assert_eq!(c[2].decline, 0.1);
        assert_eq!(c[0].arrivals_per_year, 2000.0);
        let bad = ScenarioFile::parse(r#"{"scenarios":[{"params":{"decline":2}}]}"#).unwrap();
        assert!(bad.cities().unwrap_err().contains("decline"));
        let unknown = ScenarioFile::parse(r#"{"scenarios":[{"params":{"typo":2}}]}"#).unwrap();
        assert!(unknown.cities().unwrap_err().contains("typo"));
    }
}
