//! The wait forecast («болжам»): when will the referral come? A seeded Monte
//! Carlo simulation of the allocation process, month by month, over *counts*
//! of applications ahead of the child — not over every application — so 10,000
//! paths over a 50,000-application queue and three years take milliseconds.
//!
//! The model, and where each part comes from:
//! - **Places** for the child's age group arrive as published in the vacancy
//!   bulletin (cl. 24 p. 2–3): for each calendar month and each age (full years
//!   in the calendar year, cl. 28) the mean number of places per month over the
//!   bulletin history, so the September wave is kept. Places of *temporary
//!   stay* are left out: a child admitted there keeps its place in the queue
//!   (cl. 25 p. 4), so they do not shorten the queue. *Early-booking* places
//!   count when published: the referral is issued then (cl. 3 p. 7). Recalled
//!   places (cl. 25 p. 1) are subtracted. Each month's count is Poisson.
//! - **Allocation** (cl. 24 p. 4–5, 10): every morning the first applicants get
//!   3 working days of priority access to the new places; each place is taken
//!   by someone ahead with probability `acceptance` (an assumption: not every
//!   place suits every family). A place nobody ahead takes opens after those
//!   3 days to the first 1,000 applicants (cl. 24 p. 10): if the child is among
//!   them, the parent may take it. Once nobody is ahead, the parent takes a
//!   place with probability 1 ("any preschool") or the share of the chosen
//!   preschools in the bulletin ("only these preschools").
//! - **New priority applications** (cl. 20 p. 1–2, 21) keep arriving at the
//!   rate of the last 12 months in this queue: new out-of-turn ones go ahead
//!   of a first-priority or general applicant; a new first-priority one goes
//!   ahead of a general applicant when its "fourth slot" is ahead (the 1:3
//!   rule of [`crate::order`]); new general ones arrive behind.
//! - **Drop-outs** ahead: not interested or failing to confirm interest once a
//!   year (cl. 23 p. 2, `not_interested_per_year`), the stop list (cl. 22,
//!   `stop_list_per_year`), and ageing out (cl. 24 p. 9) of children ahead whose
//!   birth dates the snapshot publishes.
//! - **The horizon** ends at the earlier of `horizon_years` and the day the
//!   child's own application would be archived for age (cl. 18, 24 p. 9: the
//!   sixth birthday when it falls before 1 September, else 1 January of the next
//!   year; never for a SEN child with a PMPC conclusion).
//! - **The referral** is valid 5 working days and may be extended once by up
//!   to 30 calendar days (cl. 30): the forecast gives the referral date; the
//!   latest admission is shown as 5 working days + 30 days after it.
//!
//! Same snapshot, query, options and seed → the same forecast (ChaCha8).

use chrono::{Datelike, Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::error::QueueError;
use crate::order::{position, Position, Query, GENERAL_PER_PRIORITY};
use crate::snapshot::{AdmissionMode, Snapshot, Status};
use crate::Group;

/// The most paths one forecast may run.
pub const MAX_PATHS: u32 = 200_000;

/// Which places the parent would take.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "kind", content = "preschools", rename_all = "snake_case")]
pub enum Preference {
    /// Any preschool in the settlement.
    #[default]
    Any,
    /// Only these preschools (ids as in the bulletin).
    Only(Vec<String>),
}

/// Options of a forecast; every field has a documented default.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ForecastOptions {
    /// Simulated paths (default 10,000).
    pub paths: u32,
    /// Seed (default 1).
    pub seed: u64,
    /// Horizon in years from the snapshot (default 3, at most 6).
    pub horizon_years: u32,
    /// The parent's preference.
    pub preference: Preference,
    /// "A place before this date?" (default: the next 1 September).
    pub by_date: Option<NaiveDate>,
    /// The child's birth date (for the age-out date).
    pub birth_date: Option<NaiveDate>,
    /// A SEN child with a PMPC conclusion: no age-out (cl. 18, 24 p. 9).
    pub sen_pmpc: bool,
    /// Probability that someone ahead takes an offered place (assumption, default 0.9).
    pub acceptance: f64,
    /// Yearly share of applicants who lose interest or fail to confirm it (cl. 23 p. 2; default 0.05).
    pub not_interested_per_year: f64,
    /// Yearly share moved to the stop list (cl. 22; default 0.01).
    pub stop_list_per_year: f64,
    /// Share of the first 1,000 applicants who would take a place nobody ahead
    /// wanted (cl. 24 p. 10; assumption, default 0.05).
    pub leftover_interest: f64,
}

impl Default for ForecastOptions {
    fn default() -> Self {
        ForecastOptions {
            paths: 10_000,
            seed: 1,
            horizon_years: 3,
            preference: Preference::Any,
            by_date: None,
            birth_date: None,
            sen_pmpc: false,
            acceptance: 0.9,
            not_interested_per_year: 0.05,
            stop_list_per_year: 0.01,
            leftover_interest: 0.05,
        }
    }
}

/// One month of the histogram.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bin {
    /// The month's first day.
    pub month: NaiveDate,
    /// Paths whose referral came in this month.
    pub count: u32,
}

/// The parameters estimated from the snapshot, reported with the result.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Parameters {
    /// Mean places per month for the child's age group, by simulated month.
    pub places_per_month: Vec<f64>,
    /// New out-of-turn applications per month (last 12 months).
    pub new_out_of_turn_per_month: f64,
    /// New first-priority applications per month (last 12 months).
    pub new_first_per_month: f64,
    /// Share of places at the preferred preschools.
    pub preferred_share: f64,
    /// Years of bulletin history used.
    pub bulletin_years: usize,
}

/// The forecast.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    /// The position today.
    pub position: Position,
    /// Paths run.
    pub paths: u32,
    /// Seed.
    pub seed: u64,
    /// The first simulated day.
    pub start: NaiveDate,
    /// The last simulated day.
    pub horizon_end: NaiveDate,
    /// 10th percentile of the referral date (`None`: beyond the horizon).
    pub p10: Option<NaiveDate>,
    /// Median.
    pub p50: Option<NaiveDate>,
    /// 90th percentile.
    pub p90: Option<NaiveDate>,
    /// The referral month of every path, as a histogram.
    pub histogram: Vec<Bin>,
    /// Paths with no referral before the horizon.
    pub never: u32,
    /// The date asked about.
    pub by_date: NaiveDate,
    /// Probability of a referral before `by_date`.
    pub prob_by_date: f64,
    /// The day the application would be archived for age, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_out: Option<NaiveDate>,
    /// Probability of a referral before the child ages out.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub prob_before_age_out: Option<f64>,
    /// The estimated parameters.
    pub parameters: Parameters,
    /// The model's assumptions, in words.
    pub assumptions: Vec<String>,
    /// The clauses the model follows.
    pub citations: Vec<String>,
}

/// The age-out day of cl. 18 / 24 p. 9 for a child born on `birth`.
pub fn age_out_day(birth: NaiveDate) -> NaiveDate {
    let six = birth
        .with_year(birth.year() + 6)
        .or_else(|| NaiveDate::from_ymd_opt(birth.year() + 6, 2, 28))
        .unwrap_or(birth);
    let cutoff = NaiveDate::from_ymd_opt(six.year(), 9, 1).unwrap_or(six);
    if six < cutoff {
        six
    } else {
        NaiveDate::from_ymd_opt(six.year() + 1, 1, 1).unwrap_or(six)
    }
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn add_months(d: NaiveDate, n: u32) -> NaiveDate {
    d.checked_add_months(chrono::Months::new(n)).unwrap_or(d)
}

fn days_in_month(d: NaiveDate) -> i64 {
    (add_months(month_start(d), 1) - month_start(d)).num_days()
}

/// A Poisson draw: Knuth's product method for means below 10, the normal
/// approximation (with continuity correction) above — accurate to well under
/// a place per month for the counts simulated here, and cheap.
fn poisson(rng: &mut ChaCha8Rng, mean: f64) -> u64 {
    if mean <= 0.0 {
        return 0;
    }
    if mean < 10.0 {
        let l = (-mean).exp();
        let (mut k, mut p) = (0u64, 1.0f64);
        loop {
            p *= rng.gen::<f64>();
            if p <= l {
                return k;
            }
            k += 1;
        }
    }
    (mean + mean.sqrt() * normal(rng) + 0.5).max(0.0) as u64
}

/// A binomial draw (exact for small n, Poisson or normal approximation otherwise).
fn binomial(rng: &mut ChaCha8Rng, n: u64, p: f64) -> u64 {
    if n == 0 || p <= 0.0 {
        return 0;
    }
    if p >= 1.0 {
        return n;
    }
    if n < 16 {
        return (0..n).filter(|_| rng.gen::<f64>() < p).count() as u64;
    }
    let mean = n as f64 * p;
    let var = mean * (1.0 - p);
    let x = if var < 10.0 {
        poisson(rng, mean)
    } else {
        (mean + var.sqrt() * normal(rng) + 0.5).max(0.0) as u64
    };
    x.min(n)
}

/// A standard normal draw (Ziggurat, `rand_distr`): a few nanoseconds, which
/// is what lets 10,000 paths of 36 months run in tens of milliseconds.
fn normal(rng: &mut ChaCha8Rng) -> f64 {
    rng.sample(rand_distr::StandardNormal)
}

/// The prepared model: everything estimated once, then paths run in chunks
/// (the app runs a few hundred paths per animation frame and shows progress).
#[derive(Debug, Clone)]
pub struct Simulation {
    position: Position,
    options: ForecastOptions,
    start: NaiveDate,
    horizon_end: NaiveDate,
    months: Vec<NaiveDate>,
    places: Vec<f64>,
    age_out_share: Vec<f64>,
    new_out: f64,
    new_first: f64,
    first_total: u64,
    preferred_share: f64,
    bulletin_years: usize,
    age_out: Option<NaiveDate>,
    rng: ChaCha8Rng,
    /// Referral day of each finished path (`None`: beyond the horizon).
    outcomes: Vec<Option<NaiveDate>>,
}

impl Simulation {
    /// Estimates the model for the application `q` asks about.
    pub fn new(
        snap: &Snapshot,
        q: &Query,
        options: &ForecastOptions,
    ) -> Result<Simulation, QueueError> {
        let options = options.clone();
        if options.paths == 0 || options.paths > MAX_PATHS {
            return Err(QueueError::field(
                "forecast.bad_paths",
                "paths",
                format!("paths must be 1 to {MAX_PATHS}"),
            ));
        }
        if !(1..=6).contains(&options.horizon_years) {
            return Err(QueueError::field(
                "forecast.bad_horizon",
                "horizon_years",
                "the horizon is 1 to 6 years".into(),
            ));
        }
        for (name, v) in [
            ("acceptance", options.acceptance),
            ("not_interested_per_year", options.not_interested_per_year),
            ("stop_list_per_year", options.stop_list_per_year),
            ("leftover_interest", options.leftover_interest),
        ] {
            if !(0.0..=1.0).contains(&v) || v.is_nan() {
                return Err(QueueError::field(
                    "forecast.bad_probability",
                    name,
                    format!("{name} must be between 0 and 1"),
                ));
            }
        }
        check_options(&options, snap, q)?;
        let position = position(snap, q)?;
        let queue = snap
            .queue(q.birth_year, &q.queue)
            .expect("position found the queue");
        let start = snap.as_of.date();
        let birth = options.birth_date.or_else(|| {
            q.id.as_ref()
                .and_then(|id| queue.applications.iter().find(|a| &a.id == id))
                .and_then(|a| a.birth_date)
        });
        let age_out = if options.sen_pmpc {
            None
        } else {
            birth.map(age_out_day)
        };
        let mut horizon_end = add_months(start, 12 * options.horizon_years);
        if let Some(a) = age_out {
            horizon_end = horizon_end.min(a);
        }
        let mut months = Vec::new();
        let mut m = month_start(start);
        while m <= horizon_end && months.len() < 12 * 7 {
            months.push(m);
            m = add_months(m, 1);
        }

        // Places per (age, calendar month) from the bulletin, minus recalls.
        let mut sum = [[0f64; 12]; 8];
        let mut years = std::collections::BTreeSet::new();
        let (mut mine, mut all) = (0f64, 0f64);
        for b in snap
            .bulletins
            .iter()
            .filter(|b| b.queue == q.queue && b.mode != AdmissionMode::TemporaryStay)
        {
            let age = b.date.year() - b.birth_year;
            years.insert(b.date.year());
            if (0..8).contains(&age) {
                sum[age as usize][b.date.month0() as usize] += f64::from(b.places);
            }
            all += f64::from(b.places);
            if let Preference::Only(list) = &options.preference {
                if list.contains(&b.preschool) {
                    mine += f64::from(b.places);
                }
            }
        }
        for r in snap.recalls.iter() {
            let age = r.date.year() - r.birth_year;
            if (0..8).contains(&age) {
                let cell = &mut sum[age as usize][r.date.month0() as usize];
                *cell = (*cell - f64::from(r.places)).max(0.0);
            }
        }
        let n_years = years.len().max(1) as f64;
        let ages_with_data: Vec<usize> = (0..8)
            .filter(|a| sum[*a].iter().any(|x| *x > 0.0))
            .collect();
        let places: Vec<f64> = months
            .iter()
            .map(|m| {
                let age = m.year() - q.birth_year;
                let mi = m.month0() as usize;
                if (0..8).contains(&age) && ages_with_data.contains(&(age as usize)) {
                    sum[age as usize][mi] / n_years
                } else if ages_with_data.is_empty() {
                    0.0
                } else {
                    // No history for this age: the mean over the ages that have one.
                    ages_with_data.iter().map(|a| sum[*a][mi]).sum::<f64>()
                        / ages_with_data.len() as f64
                        / n_years
                }
            })
            .collect();
        let preferred_share = match &options.preference {
            Preference::Any => 1.0,
            Preference::Only(_) if all > 0.0 => mine / all,
            Preference::Only(_) => 0.0,
        };

        // Arrivals of priority applications: the last 12 months of this queue.
        let year_ago = snap.as_of - Duration::days(365);
        let recent = |g: Group| {
            queue
                .applications
                .iter()
                .filter(|a| a.group == g && a.submitted > year_ago)
                .count() as f64
                / 12.0
        };
        let first_total = queue
            .applications
            .iter()
            .filter(|a| a.status == Status::Waiting && a.group == Group::First)
            .count() as u64;

        // Ageing out of the children ahead: the share of waiting applications
        // (with a published birth date) archived in each simulated month.
        let mut dated: Vec<NaiveDate> = queue
            .applications
            .iter()
            .filter(|a| a.status == Status::Waiting)
            .filter_map(|a| a.birth_date.map(age_out_day))
            .collect();
        dated.sort_unstable();
        let total_waiting = queue
            .applications
            .iter()
            .filter(|a| a.status == Status::Waiting)
            .count()
            .max(1) as f64;
        let mut remaining = 1.0f64;
        let age_out_share: Vec<f64> = months
            .iter()
            .map(|m| {
                let next = add_months(*m, 1);
                let leaving =
                    dated.iter().filter(|d| **d >= *m && **d < next).count() as f64 / total_waiting;
                let hazard = if remaining > 0.0 {
                    (leaving / remaining).min(1.0)
                } else {
                    0.0
                };
                remaining -= leaving;
                hazard
            })
            .collect();

        let rng = ChaCha8Rng::seed_from_u64(options.seed);
        let capacity = options.paths as usize;
        Ok(Simulation {
            position,
            start,
            horizon_end,
            months,
            places,
            age_out_share,
            new_out: recent(Group::OutOfTurn),
            new_first: recent(Group::First),
            first_total,
            preferred_share,
            bulletin_years: years.len(),
            age_out,
            rng,
            outcomes: Vec::with_capacity(capacity),
            options,
        })
    }

    /// Paths finished so far.
    pub fn done(&self) -> u32 {
        self.outcomes.len() as u32
    }

    /// Runs up to `n` more paths; returns the number finished in total.
    pub fn run(&mut self, n: u32) -> u32 {
        let target = (self.outcomes.len() + n as usize).min(self.options.paths as usize);
        while self.outcomes.len() < target {
            let o = self.path();
            self.outcomes.push(o);
        }
        self.done()
    }

    /// One path: the referral day, or `None` within the horizon.
    fn path(&mut self) -> Option<NaiveDate> {
        let group = self.position.group;
        let ahead = self.position.ahead;
        let (mut out, mut gen) = (ahead.out_of_turn as u64, ahead.general as u64);
        // For a general applicant, first-priority applications ahead follow the
        // 1:3 pattern: min(generals ahead / 3, first-priority waiting).
        let mut first_total = if group == Group::General {
            self.first_total
        } else {
            0
        };
        let mut first = ahead.first as u64;
        let monthly = |yearly: f64| 1.0 - (1.0 - yearly).powf(1.0 / 12.0);
        let drop = monthly(self.options.not_interested_per_year)
            + monthly(self.options.stop_list_per_year);
        let acc = self.options.acceptance;
        let share = self.preferred_share;
        // The others among the first 1,000 who compete for a leftover place.
        let competitors = (self.position.waiting.min(1000) as f64 - 1.0).max(0.0)
            * self.options.leftover_interest;
        for (i, m) in self.months.iter().enumerate() {
            let rng = &mut self.rng;
            // New priority applications.
            if group != Group::OutOfTurn {
                out += poisson(rng, self.new_out);
            }
            if group == Group::General {
                first_total += poisson(rng, self.new_first);
            }
            // Drop-outs ahead: one binomial draw over everyone counted, shared
            // among the groups in proportion (every group has the same hazard).
            let h = (drop + self.age_out_share[i]).min(1.0);
            let firsts = if group == Group::General {
                first_total
            } else {
                first
            };
            let total = out + gen + firsts;
            if total > 0 {
                let d = binomial(rng, total, h);
                let d_out = (d * out + total / 2) / total;
                let d_gen = ((d * gen + total / 2) / total).min(d - d_out.min(d));
                let d_first = d.saturating_sub(d_out + d_gen);
                out -= d_out.min(out);
                gen -= d_gen.min(gen);
                if group == Group::General {
                    first_total -= d_first.min(first_total);
                    first = (gen / GENERAL_PER_PRIORITY as u64).min(first_total);
                } else {
                    first -= d_first.min(first);
                }
            }
            // Places this month.
            let k = poisson(rng, self.places[i]);
            if k == 0 {
                continue;
            }
            let wanted = binomial(rng, k, acc);
            let declined = k - wanted;
            let a = out + first + gen;
            let (for_me, p_each, frac) = if wanted >= a {
                // Everyone ahead is placed this month; the rest reach the child.
                let f = if wanted == 0 {
                    0.0
                } else {
                    a as f64 / wanted as f64
                };
                out = 0;
                first = 0;
                gen = 0;
                first_total = 0;
                (wanted - a + declined, share, f)
            } else {
                // Those ahead take places from the head: out of turn first, then the 1:3 mix.
                let mut t = wanted;
                let o = t.min(out);
                out -= o;
                t -= o;
                let f = (t / (GENERAL_PER_PRIORITY as u64 + 1)).min(first);
                first -= f;
                first_total = first_total.saturating_sub(f);
                t -= f;
                let g = t.min(gen);
                gen -= g;
                t -= g;
                let f2 = t.min(first);
                first -= f2;
                first_total = first_total.saturating_sub(f2);
                // Places nobody ahead wanted open to the first 1,000 (cl. 24 p. 10).
                // The child competes for them with the others there who want one.
                let in_first_thousand = out + first + gen < 1000;
                (
                    if in_first_thousand { declined } else { 0 },
                    share / (1.0 + competitors),
                    0.5,
                )
            };
            if for_me > 0 {
                let p_take = 1.0 - (1.0 - p_each).powf(for_me as f64);
                if rng.gen::<f64>() < p_take {
                    let days = days_in_month(*m);
                    let offset = ((frac.clamp(0.0, 1.0) * days as f64) as i64).min(days - 1);
                    let day = (*m + Duration::days(offset)).max(self.start);
                    return (day <= self.horizon_end).then_some(day);
                }
            }
        }
        None
    }

    /// The forecast from the paths run so far.
    pub fn result(&self) -> Forecast {
        let n = self.outcomes.len().max(1) as f64;
        let mut days: Vec<NaiveDate> = self.outcomes.iter().flatten().copied().collect();
        days.sort();
        let quantile = |q: f64| {
            let idx = (q * n).ceil() as usize;
            (idx >= 1 && idx <= days.len()).then(|| days[idx - 1])
        };
        let histogram = self
            .months
            .iter()
            .map(|m| Bin {
                month: *m,
                count: days.iter().filter(|d| month_start(**d) == *m).count() as u32,
            })
            .collect();
        let by_date = self.options.by_date.unwrap_or_else(|| {
            let this = NaiveDate::from_ymd_opt(self.start.year(), 9, 1).unwrap_or(self.start);
            if this > self.start {
                this
            } else {
                NaiveDate::from_ymd_opt(self.start.year() + 1, 9, 1).unwrap_or(self.start)
            }
        });
        let before = |d: NaiveDate| days.iter().filter(|x| **x < d).count() as f64 / n;
        Forecast {
            position: self.position.clone(),
            paths: self.outcomes.len() as u32,
            seed: self.options.seed,
            start: self.start,
            horizon_end: self.horizon_end,
            p10: quantile(0.1),
            p50: quantile(0.5),
            p90: quantile(0.9),
            histogram,
            never: (self.outcomes.len() - days.len()) as u32,
            by_date,
            prob_by_date: before(by_date),
            age_out: self.age_out,
            prob_before_age_out: self.age_out.map(before),
            parameters: Parameters {
                places_per_month: self.places.clone(),
                new_out_of_turn_per_month: self.new_out,
                new_first_per_month: self.new_first,
                preferred_share: self.preferred_share,
                bulletin_years: self.bulletin_years,
            },
            assumptions: vec![
                format!("Someone ahead takes an offered place with probability {}.", self.options.acceptance),
                format!(
                    "Each year {:.0}% of applicants ahead lose interest or do not confirm it, and {:.0}% go to the stop list.",
                    self.options.not_interested_per_year * 100.0,
                    self.options.stop_list_per_year * 100.0
                ),
                "Places arrive per month as in the bulletin history for the same age, seasonality included; temporary-stay places are left out.".into(),
                "New out-of-turn and first-priority applications arrive at the rate of the last 12 months.".into(),
                format!(
                    "A place nobody ahead wanted opens to the first 1,000 applicants; {:.0}% of them would take one, and the child competes with them.",
                    self.options.leftover_interest * 100.0
                ),
                "The referral date is forecast; admission may follow up to 5 working days later, or 30 more days with an extension (cl. 30).".into(),
            ],
            citations: ["cl3", "cl20", "cl21", "cl22", "cl23", "cl24", "cl25", "cl28", "cl30"]
                .iter()
                .map(|c| format!("order254:{c}"))
                .collect(),
        }
    }
}

/// Options that contradict the query or the snapshot are refused rather than
/// simulated into a silent 0 %: an empty list of chosen preschools, a birth
/// date outside the queue's year of birth (cl. 13: queues are kept by year of
/// birth), and "a place before this date?" about a day before the snapshot.
fn check_options(options: &ForecastOptions, snap: &Snapshot, q: &Query) -> Result<(), QueueError> {
    if matches!(&options.preference, Preference::Only(list) if list.is_empty()) {
        return Err(QueueError::field(
            "forecast.empty_preference",
            "preference",
            "name at least one preschool, or choose any preschool".into(),
        ));
    }
    if let Some(b) = options.birth_date {
        if b.year() != q.birth_year {
            return Err(QueueError::field(
                "forecast.birth_date_mismatch",
                "birth_date",
                format!(
                    "the birth date {b} is not in the queue's birth year {}",
                    q.birth_year
                ),
            ));
        }
    }
    if let Some(by) = options.by_date {
        if by < snap.as_of.date() {
            return Err(QueueError::field(
                "forecast.by_before_snapshot",
                "by_date",
                format!(
                    "{by} is before the snapshot's date {}: ask about a later day",
                    snap.as_of.date()
                ),
            ));
        }
    }
    Ok(())
}

/// Runs the whole forecast at once.
pub fn forecast(
    snap: &Snapshot,
    q: &Query,
    options: &ForecastOptions,
) -> Result<Forecast, QueueError> {
    let mut sim = Simulation::new(snap, q, options)?;
    sim.run(options.paths);
    Ok(sim.result())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::QueueKind;
    use crate::synth;

    fn city() -> Snapshot {
        synth::city(7, 6_000)
    }

    fn query(snap: &Snapshot, group: Group) -> Query {
        let by = snap.as_of.year() - 3;
        Query {
            birth_year: by,
            queue: QueueKind::General,
            group,
            submitted: Some(snap.as_of - Duration::days(200)),
            id: None,
        }
    }

    fn opts() -> ForecastOptions {
        ForecastOptions {
            paths: 2_000,
            ..ForecastOptions::default()
        }
    }

    #[test]
    fn same_seed_gives_the_same_forecast() {
        let s = city();
        let a = forecast(&s, &query(&s, Group::General), &opts()).unwrap();
        let b = forecast(&s, &query(&s, Group::General), &opts()).unwrap();
        assert_eq!(a, b);
        let c = forecast(
            &s,
            &query(&s, Group::General),
            &ForecastOptions { seed: 2, ..opts() },
        )
        .unwrap();
        assert_eq!(c.paths, a.paths);
    }

    #[test]
    fn more_vacancies_give_an_earlier_median() {
        let s = city();
        let mut more = s.clone();
        for b in &mut more.bulletins {
            b.places *= 3;
        }
        let q = query(&s, Group::General);
        let base = forecast(&s, &q, &opts()).unwrap();
        let rich = forecast(&more, &q, &opts()).unwrap();
        assert!(rich.prob_by_date >= base.prob_by_date);
        match (base.p50, rich.p50) {
            (Some(a), Some(b)) => assert!(b <= a, "{b} > {a}"),
            (None, _) => {}
            (Some(_), None) => panic!("more places made the median later"),
        }
    }

    #[test]
    fn cl21_a_higher_category_is_never_later() {
        let s = city();
        let g = forecast(&s, &query(&s, Group::General), &opts()).unwrap();
        let f = forecast(&s, &query(&s, Group::First), &opts()).unwrap();
        let o = forecast(&s, &query(&s, Group::OutOfTurn), &opts()).unwrap();
        assert!(
            o.position.position <= f.position.position
                && f.position.position <= g.position.position
        );
        assert!(f.prob_by_date + 0.02 >= g.prob_by_date);
        assert!(o.prob_by_date + 0.02 >= f.prob_by_date);
    }

    #[test]
    fn cl24_p9_the_horizon_ends_when_the_child_ages_out() {
        let s = city();
        let q = query(&s, Group::General);
        let birth = NaiveDate::from_ymd_opt(q.birth_year, 3, 15).unwrap();
        let f = forecast(
            &s,
            &q,
            &ForecastOptions {
                birth_date: Some(birth),
                ..opts()
            },
        )
        .unwrap();
        assert_eq!(
            f.age_out,
            Some(NaiveDate::from_ymd_opt(q.birth_year + 6, 3, 15).unwrap())
        );
        assert!(f.horizon_end <= f.age_out.unwrap());
        assert!(f.prob_before_age_out.is_some());
        let sen = forecast(
            &s,
            &q,
            &ForecastOptions {
                birth_date: Some(birth),
                sen_pmpc: true,
                ..opts()
            },
        )
        .unwrap();
        assert_eq!(sen.age_out, None);
    }

    #[test]
    fn cl24_p9_age_out_day_follows_the_first_of_september() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(age_out_day(d(2020, 8, 31)), d(2026, 8, 31));
        assert_eq!(age_out_day(d(2020, 9, 1)), d(2027, 1, 1));
        assert_eq!(age_out_day(d(2020, 2, 29)), d(2026, 2, 28));
    }

    #[test]
    fn the_histogram_counts_every_path_with_a_referral() {
        let s = city();
        let f = forecast(&s, &query(&s, Group::First), &opts()).unwrap();
        let total: u32 = f.histogram.iter().map(|b| b.count).sum();
        assert_eq!(total + f.never, f.paths);
        if let (Some(a), Some(b), Some(c)) = (f.p10, f.p50, f.p90) {
            assert!(a <= b && b <= c);
        }
    }

    #[test]
    fn chunked_runs_equal_one_run() {
        let s = city();
        let q = query(&s, Group::General);
        let mut sim = Simulation::new(&s, &q, &opts()).unwrap();
        while sim.done() < 2_000 {
            sim.run(300);
        }
        assert_eq!(sim.result(), forecast(&s, &q, &opts()).unwrap());
    }

    #[test]
    fn bad_options_get_codes() {
        let s = city();
        let q = query(&s, Group::General);
        let e = forecast(&s, &q, &ForecastOptions { paths: 0, ..opts() }).unwrap_err();
        assert_eq!(e.code, "forecast.bad_paths");
        let e = forecast(
            &s,
            &q,
            &ForecastOptions {
                acceptance: 1.5,
                ..opts()
            },
        )
        .unwrap_err();
        assert_eq!(e.code, "forecast.bad_probability");
    }

    #[test]
    fn options_that_contradict_the_query_or_snapshot_get_codes() {
        let s = city();
        let q = query(&s, Group::General);
        let refused = |o: ForecastOptions| forecast(&s, &q, &o).unwrap_err().code;
        assert_eq!(
            refused(ForecastOptions {
                preference: Preference::Only(vec![]),
                ..opts()
            }),
            "forecast.empty_preference"
        );
        let other_year = NaiveDate::from_ymd_opt(q.birth_year - 1, 12, 31).unwrap();
        assert_eq!(
            refused(ForecastOptions {
                birth_date: Some(other_year),
                ..opts()
            }),
            "forecast.birth_date_mismatch"
        );
        let day_before = s.as_of.date() - Duration::days(1);
        assert_eq!(
            refused(ForecastOptions {
                by_date: Some(day_before),
                ..opts()
            }),
            "forecast.by_before_snapshot"
        );
        // The snapshot's own day and the queue's year are fine.
        let same_year = NaiveDate::from_ymd_opt(q.birth_year, 6, 1).unwrap();
        assert!(forecast(
            &s,
            &q,
            &ForecastOptions {
                birth_date: Some(same_year),
                by_date: Some(s.as_of.date()),
                ..opts()
            }
        )
        .is_ok());
    }
}
