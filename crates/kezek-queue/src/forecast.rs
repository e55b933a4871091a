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
//! - **The day** (cl. 24 p. 3–4): the month's places are published in the
//!   18:00 bulletin of its working days (Kazakhstan's calendar,
//!   `kezek_rules::calendar`); the child's is the (ahead + j)-th of the
//!   month's k places (j: the places until one it accepts), whose publication
//!   day is the Beta(ahead + j, k + 1 − ahead − j) order statistic of the
//!   month's working days. The place opens at 07:00 of the next working day,
//!   and the family books it on one of its 3 working days of priority access
//!   (each equally likely: when a family acts is not known); a leftover place
//!   opens 3 working days later (p. 10).
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
//!   child's own application would be archived for age (cl. 18, 24 p. 9 read
//!   as one rule: 1 January of the year in which the child turns 6 before
//!   1 September, or of the next year when the sixth birthday is on
//!   1 September or later, [`age_out_day`]; never for a SEN child with a
//!   PMPC conclusion).
//! - **The referral** is valid 5 working days (Annex 4 p. 8 sub. 1) and may be
//!   extended once by up to 30 calendar days for illness, treatment, a
//!   business trip or leave (cl. 30; asked within one day of the referral, by
//!   Kezek's reading): the forecast gives the referral date only and counts
//!   no day after it.
//!
//! - **From the snapshot's own history** (`estimate_from_snapshot`, on by
//!   default): the acceptance is the places taken per place published for
//!   the birth years whose every place lies inside the bulletin history — a
//!   place is taken by a referral issued or by an application archived before
//!   the child's age limit (the archive is where a referral, used or lapsed,
//!   takes the application: cl. 3 p. 1, cl. 30; counting only the standing
//!   referrals read every lapsed referral as a declined place); the
//!   drop-out rate is the withdrawn, not-interested and stop-listed
//!   applications per year spent waiting. With too little data the assumed
//!   values stay. A calendar month's places are divided by the number of
//!   times the history covers that month; an age with no place in a whole
//!   year of bulletins gets none (nurseries do not take babies).
//! - **Uncertainty of the rates**: each path draws its own level of places
//!   (the mean of a few years is uncertain) and a swing for every year, from
//!   the year-to-year spread of the bulletin history — never below
//!   `SPREAD_FLOOR`, and `SPREAD_THIN` with less than two years of history —
//!   so the range widens where the data are thin.
//! - **Calibration**: the crate `kezek-sim` simulates cities day by day and
//!   application by application with a model written apart from this one,
//!   and its backtest measures how often the real referral date falls inside
//!   P10–P90; `kezek-backtest --write-reliability` writes the figures to
//!   `data/forecast-reliability.json`, which [`measured_reliability`] reads
//!   and the parent is shown. The file carries a fingerprint of the code it
//!   was measured on; a test in `kezek-sim` fails when they drift apart.
//!
//! Same snapshot, query, options and seed → the same forecast (ChaCha8).

use chrono::{Datelike, Duration, NaiveDate};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::error::QueueError;
use crate::order::{position, Position, Query, GENERAL_PER_PRIORITY};
use crate::snapshot::{AdmissionMode, QueueKind, Snapshot, Status};
use crate::Group;

/// The most paths one forecast may run.
pub const MAX_PATHS: u32 = 200_000;

/// The largest seed: 2^53 - 1 (JavaScript's `Number.MAX_SAFE_INTEGER`), the
/// largest integer a JS number — and so a JSON number the JS API passes —
/// holds exactly. A larger one reaches the engine already rounded from JS
/// (2^53 + 1 as 2^53) and would be run and echoed as another seed than the
/// caller wrote: it is refused at every door (`forecast.bad_seed`).
pub const MAX_SEED: u64 = (1 << 53) - 1;

/// The most months simulated (a horizon of 6 years from the snapshot's month).
const MAX_MONTHS: usize = 12 * 7;

/// Published places needed before the acceptance is estimated from the snapshot.
const MIN_PLACES_TO_ESTIMATE: f64 = 30.0;

/// Drop-outs needed before their rate is estimated from the snapshot.
const MIN_DROPOUTS_TO_ESTIMATE: f64 = 20.0;

/// Working days of priority access to a published place (cl. 24 p. 4).
const PRIORITY_ACCESS_DAYS: u32 = 3;

/// The least year-to-year spread (log scale) of the places assumed: a few
/// years of history cannot show that budgets never change.
const SPREAD_FLOOR: f64 = 0.15;

/// The spread assumed with less than two years of bulletin history.
const SPREAD_THIN: f64 = 0.35;

/// The backtest's figures, written by `kezek-backtest --write-reliability`
/// (crate `kezek-sim`) and never by hand: the file carries a fingerprint of
/// the forecast, the simulator and the scenarios it was measured on, and a
/// test in `kezek-sim` fails when the code changes without a new run.
const RELIABILITY_FILE: &str = include_str!("../data/forecast-reliability.json");

#[derive(Deserialize)]
struct ReliabilityFile {
    cities: u32,
    groups: std::collections::BTreeMap<String, GroupFigures>,
}

#[derive(Deserialize)]
struct GroupFigures {
    inside_p10_p90: f64,
    below_p50: f64,
    applicants: u32,
}

/// The backtest's measured reliability of the P10–P90 range for applicants of
/// `group`, shown to the parent (`data/forecast-reliability.json`; README,
/// "Forecast backtest"). The file is compiled in; the test
/// `the_reliability_shown_is_the_backtest_file_for_the_applicants_group`
/// checks that it parses and has every group.
pub fn measured_reliability(group: Group) -> Reliability {
    static FILE: std::sync::OnceLock<ReliabilityFile> = std::sync::OnceLock::new();
    let file = FILE.get_or_init(|| {
        serde_json::from_str(RELIABILITY_FILE)
            .expect("data/forecast-reliability.json is valid (tested)")
    });
    let g = file
        .groups
        .get(group.code())
        .expect("data/forecast-reliability.json has every group (tested)");
    Reliability {
        inside_p10_p90: g.inside_p10_p90,
        below_p50: g.below_p50,
        cities: file.cities,
        applicants: g.applicants,
    }
}

/// How often the forecast's range held in the backtest.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Reliability {
    /// Share of applicants (of the same priority group) whose real referral date fell within P10–P90.
    pub inside_p10_p90: f64,
    /// Share whose real date came before the P50.
    pub below_p50: f64,
    /// Simulated cities.
    pub cities: u32,
    /// Applicants scored.
    pub applicants: u32,
}

fn yearly_to_monthly(yearly: f64) -> f64 {
    1.0 - (1.0 - yearly).powf(1.0 / 12.0)
}

fn monthly_to_yearly(monthly: f64) -> f64 {
    1.0 - (1.0 - monthly).powi(12)
}

/// Which places the parent would take.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(
    tag = "kind",
    content = "preschools",
    rename_all = "snake_case",
    deny_unknown_fields
)]
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
    /// Seed (default 1): a whole number from 0 to 2^53 - 1
    /// (9007199254740991, the largest a JavaScript number holds exactly).
    pub seed: u64,
    /// Horizon in years from the snapshot (default 3, at most 6).
    pub horizon_years: u32,
    /// The parent's preference.
    pub preference: Preference,
    /// "A place before this date?" (default: the next 1 September).
    #[serde(with = "kezek_rules::dates::date::option")]
    pub by_date: Option<NaiveDate>,
    /// The child's birth date (for the age-out date).
    #[serde(with = "kezek_rules::dates::date::option")]
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
    /// Replace `acceptance` and the drop-out rates by estimates from the
    /// snapshot's own history where it publishes enough (default true).
    pub estimate_from_snapshot: bool,
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
            estimate_from_snapshot: true,
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
    /// Probability that someone ahead takes an offered place (estimated or assumed).
    pub acceptance: f64,
    /// Yearly share of applicants ahead who leave the queue other than by a
    /// referral or age (estimated or assumed).
    pub drop_out_per_year: f64,
    /// Year-to-year spread of the places (standard deviation, log scale).
    pub places_spread: f64,
    /// Which of these were estimated from the snapshot (`acceptance`,
    /// `drop_out`, `places_spread`); the others are assumptions.
    pub estimated: Vec<String>,
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
    /// Paths whose referral is a place left over after the 3 days of priority
    /// access, which cl. 24 p. 10 opens to the first 1,000 applicants of the
    /// queue: the child's place in the queue and its category do not bring
    /// such a place nearer (Kezek's reading: the clause names no order among
    /// the 1,000, so all of them may take it at once).
    #[serde(default)]
    pub leftover: u32,
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
    /// How often the range held in the backtest on simulated cities.
    pub reliability: Reliability,
    /// The model's assumptions, in words.
    pub assumptions: Vec<String>,
    /// The clauses the model follows ([`FORECAST_CITATIONS`]), each as the
    /// rules' citation object, the shape every answer cites with; read back
    /// from the code, as a position's are (`Position::citations`).
    #[serde(skip_deserializing, default = "forecast_citations")]
    pub citations: Vec<kezek_rules::Citation>,
}

/// [`FORECAST_CITATIONS`], as a forecast read back holds them.
fn forecast_citations() -> Vec<kezek_rules::Citation> {
    FORECAST_CITATIONS.to_vec()
}

/// The clauses of order No. 254 the forecast's model follows: the referral
/// (cl. 3), the groups and their order (cl. 20–21), the stop list (cl. 22),
/// confirming interest (cl. 23), the allocation (cl. 24), recalls and
/// temporary stay (cl. 25), the age group (cl. 28), the referral's extension
/// (cl. 30).
pub const FORECAST_CITATIONS: [kezek_rules::Citation; 9] = [
    kezek_rules::Citation::clause(3),
    kezek_rules::Citation::clause(20),
    kezek_rules::Citation::clause(21),
    kezek_rules::Citation::clause(22),
    kezek_rules::Citation::clause(23),
    kezek_rules::Citation::clause(24),
    kezek_rules::Citation::clause(25),
    kezek_rules::Citation::clause(28),
    kezek_rules::Citation::clause(30),
];

/// `n` with its thousands grouped by commas, as the English assumptions
/// write numbers (`1,000`).
fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// The age-out day of cl. 18 / 24 p. 9 for a child born on `birth`: the rules'
/// one reading ([`kezek_rules::age::archive_date`]), so the forecast never
/// counts on a month the answer says the child is out of the queue.
pub fn age_out_day(birth: NaiveDate) -> NaiveDate {
    kezek_rules::age::archive_date(birth)
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
    poisson_with(rng, mean, (-mean).exp())
}

/// [`poisson`] for a mean drawn many times: `l` is `exp(-mean)`, computed once.
fn poisson_with(rng: &mut ChaCha8Rng, mean: f64, l: f64) -> u64 {
    if mean <= 0.0 {
        return 0;
    }
    if mean < 10.0 {
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
    general_total: u64,
    new_general: f64,
    /// `exp(-mean)` of the three arrival rates above, for their Poisson draws.
    new_out_l: f64,
    new_first_l: f64,
    new_general_l: f64,
    /// `drop_per_year` as a monthly hazard.
    drop_per_month: f64,
    preferred_share: f64,
    bulletin_years: usize,
    age_out: Option<NaiveDate>,
    acceptance: f64,
    drop_per_year: f64,
    spread: f64,
    spread_of_mean: f64,
    estimated: Vec<String>,
    working_days: WorkingDays,
    rng: ChaCha8Rng,
    /// Referral day of each finished path (`None`: beyond the horizon).
    outcomes: Vec<Option<NaiveDate>>,
    /// Paths whose referral within the horizon is a leftover place (cl. 24 p. 10).
    leftover: u32,
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
                "options.paths",
                format!("paths must be 1 to {MAX_PATHS}"),
            ));
        }
        if options.seed > MAX_SEED {
            return Err(QueueError::field(
                "forecast.bad_seed",
                "options.seed",
                format!("the seed must be a whole number from 0 to {MAX_SEED} (2^53 - 1, the largest a JavaScript number holds exactly)"),
            ));
        }
        if !(1..=6).contains(&options.horizon_years) {
            return Err(QueueError::field(
                "forecast.bad_horizon",
                "options.horizon_years",
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
                    &format!("options.{name}"),
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
        let birth = birth_date_of(snap, q, &options);
        let age_out = if options.sen_pmpc {
            None
        } else {
            birth.as_ref().map(|(b, _)| age_out_day(*b))
        };
        // The day the application ages out is an answer's date: after the
        // last day Kezek supports (a child born after 2194) it is refused
        // with its own code, naming the birth date it counts from (the
        // option, or the application's in the snapshot), as an order-254
        // evaluation refuses it.
        if let (Some(a), Some((b, field))) = (age_out, &birth) {
            if !kezek_rules::dates::supported(a) {
                return Err(QueueError::field(
                    "forecast.archive_out_of_range",
                    field,
                    format!(
                        "a child born on {b} would be archived for age on {a}, after {}, the last day Kezek's calendar supports: the forecast cannot count to it",
                        kezek_rules::dates::LAST,
                    ),
                ));
            }
        }
        // The horizon stops at the last supported day: no month, percentile
        // or date of the answer falls after it (a snapshot taken in 2200 gave
        // a horizon ending in 2203).
        let mut horizon_end =
            add_months(start, 12 * options.horizon_years).min(kezek_rules::dates::LAST);
        if let Some(a) = age_out {
            horizon_end = horizon_end.min(a);
        }
        let mut months = Vec::new();
        let mut m = month_start(start);
        while m <= horizon_end && months.len() < MAX_MONTHS {
            months.push(m);
            m = add_months(m, 1);
        }

        // Places per (age, calendar month) from the bulletin, minus recalls.
        let mut sum = [[0f64; 12]; 8];
        let mut years = std::collections::BTreeSet::new();
        let (mut mine, mut all) = (0f64, 0f64);
        // Places per 12-month block counted back from the snapshot (block 0:
        // the last 12 months), for the year-to-year spread.
        let mut blocks = [0f64; 8];
        let history_from = snap.bulletins.iter().map(|b| b.date).min();
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
            let block = ((start - b.date).num_days().max(0) / 365) as usize;
            if block < blocks.len() {
                blocks[block] += f64::from(b.places);
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
        // How many times each calendar month is covered by the bulletin
        // history (partial months count in part), so a 36-month history
        // spread over four calendar years is divided by 3, not by 4.
        let mut cover = [0f64; 12];
        if let Some(from) = history_from {
            let mut d = from;
            while d <= start {
                cover[d.month0() as usize] += 1.0 / days_in_month(d) as f64;
                d += Duration::days(1);
            }
        }
        let history_months: f64 = cover.iter().sum();
        let ages_with_data: Vec<usize> = (0..8)
            .filter(|a| sum[*a].iter().any(|x| *x > 0.0))
            .collect();
        let per_month = |age: usize, mi: usize| sum[age][mi] / cover[mi].max(1.0);
        let places: Vec<f64> = months
            .iter()
            .map(|m| {
                let age = m.year() - q.birth_year;
                let mi = m.month0() as usize;
                if (0..8).contains(&age) && ages_with_data.contains(&(age as usize)) {
                    per_month(age as usize, mi)
                } else if ages_with_data.is_empty() || history_months >= 12.0 {
                    // A whole year of bulletins without a place for this age:
                    // preschools do not take children of this age.
                    0.0
                } else {
                    // A short history: the mean over the ages that have one.
                    ages_with_data
                        .iter()
                        .map(|a| per_month(*a, mi))
                        .sum::<f64>()
                        / ages_with_data.len() as f64
                }
            })
            .collect();
        // The snapshot's month: only the days after it are still to come.
        let mut places = places;
        if let Some(first) = places.first_mut() {
            let days = days_in_month(start) as f64;
            *first *= (days - f64::from(start.day0())) / days;
        }
        // Year-to-year spread of the places (log scale), from the complete
        // 12-month blocks; a thin history gets a wide prior instead.
        let full_blocks = ((history_months / 12.0).floor() as usize).min(blocks.len());
        let logs: Vec<f64> = blocks[..full_blocks]
            .iter()
            .filter(|x| **x > 0.0)
            .map(|x| x.ln())
            .collect();
        let spread = if logs.len() >= 2 {
            let mean = logs.iter().sum::<f64>() / logs.len() as f64;
            let var =
                logs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (logs.len() - 1) as f64;
            // Two or three years say little about the spread: never below the prior's floor.
            var.sqrt().max(SPREAD_FLOOR)
        } else {
            SPREAD_THIN
        };
        let spread_of_mean = spread / (logs.len().max(1) as f64).sqrt();
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
            .filter(|a| a.status == Status::Waiting && !matches!(q.queue, QueueKind::Special(_)))
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
                let leaving = (dated.partition_point(|d| *d < next)
                    - dated.partition_point(|d| *d < *m)) as f64
                    / total_waiting;
                let hazard = if remaining > 0.0 {
                    (leaving / remaining).min(1.0)
                } else {
                    0.0
                };
                remaining -= leaving;
                hazard
            })
            .collect();

        // Rates from the snapshot's own history, where it publishes enough.
        let mut estimated = Vec::new();
        let mut acceptance = options.acceptance;
        let mut drop_per_year = monthly_to_yearly(
            yearly_to_monthly(options.not_interested_per_year)
                + yearly_to_monthly(options.stop_list_per_year),
        );
        // A referral issued, or an application archived before the child's age
        // limit: the archive holds the applications removed «жолдаманы табысты
        // алуға байланысты» (cl. 3 p. 1) — a referral that was used or lapsed
        // unused (cl. 30) still took a place the bulletin published. (A SEN
        // child's queue has no age limit, cl. 18.)
        let took_place = |a: &crate::snapshot::Application| match a.status {
            Status::ReferralIssued => true,
            Status::Archived => {
                q.queue != QueueKind::General
                    || a.birth_date.is_some_and(|b| age_out_day(b) > start)
            }
            _ => false,
        };
        if options.estimate_from_snapshot {
            // Acceptance: referrals per published place, over the birth years
            // whose every place lies inside the bulletin history.
            if let Some(from) = history_from {
                let (mut referred, mut offered) = (0f64, 0f64);
                for qq in snap.queues.iter().filter(|x| {
                    x.queue == q.queue
                        && NaiveDate::from_ymd_opt(x.birth_year, 1, 1).is_some_and(|b| b >= from)
                }) {
                    referred += qq.applications.iter().filter(|a| took_place(a)).count() as f64;
                    offered += snap
                        .bulletins
                        .iter()
                        .filter(|b| {
                            b.birth_year == qq.birth_year
                                && b.queue == q.queue
                                && b.mode != AdmissionMode::TemporaryStay
                        })
                        .map(|b| f64::from(b.places))
                        .sum::<f64>();
                }
                if offered >= MIN_PLACES_TO_ESTIMATE {
                    acceptance = (referred / offered).clamp(0.2, 1.0);
                    estimated.push("acceptance".to_owned());
                }
            }
            // Drop-outs: applications withdrawn, not interested or on the stop
            // list per year spent waiting (time in the queue of those who left
            // is counted as half their age, which is unknown).
            let (mut left, mut exposure) = (0f64, 0f64);
            for qq in snap.queues.iter().filter(|x| x.queue == q.queue) {
                for a in &qq.applications {
                    let years = (snap.as_of - a.submitted).num_days().max(0) as f64 / 365.25;
                    match a.status {
                        Status::Waiting => exposure += years,
                        Status::Withdrawn | Status::NotInterested | Status::StopList => {
                            left += 1.0;
                            exposure += years / 2.0;
                        }
                        _ => exposure += years / 2.0,
                    }
                }
            }
            if left >= MIN_DROPOUTS_TO_ESTIMATE && exposure > 0.0 {
                drop_per_year = (left / exposure).clamp(0.0, 0.5);
                estimated.push("drop_out".to_owned());
            }
            if history_months >= 24.0 {
                estimated.push("places_spread".to_owned());
            }
        }

        let rng = ChaCha8Rng::seed_from_u64(options.seed);
        let capacity = options.paths as usize;
        let (new_out, new_first, new_general) = (
            recent(Group::OutOfTurn),
            recent(Group::First),
            recent(Group::General),
        );
        Ok(Simulation {
            position,
            new_out_l: (-new_out).exp(),
            new_first_l: (-new_first).exp(),
            new_general_l: (-new_general).exp(),
            drop_per_month: yearly_to_monthly(drop_per_year),
            start,
            horizon_end,
            months,
            places,
            age_out_share,
            new_out,
            new_first,
            first_total,
            general_total: queue
                .applications
                .iter()
                .filter(|a| {
                    a.status == Status::Waiting
                        && a.group == Group::General
                        && q.id.as_deref() != Some(a.id.as_str())
                })
                .count() as u64,
            new_general,
            preferred_share,
            bulletin_years: years.len(),
            age_out,
            acceptance,
            drop_per_year,
            spread,
            spread_of_mean,
            estimated,
            working_days: WorkingDays::new(start, horizon_end + Duration::days(45)),
            rng,
            outcomes: Vec::with_capacity(capacity),
            leftover: 0,
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
            let (o, leftover) = self.path();
            self.leftover += u32::from(leftover && o.is_some());
            self.outcomes.push(o);
        }
        self.done()
    }

    /// One path: the referral day, or `None` within the horizon, and whether
    /// it is a place left over for the first 1,000 (cl. 24 p. 10).
    fn path(&mut self) -> (Option<NaiveDate>, bool) {
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
        // For a first-priority applicant the 1:3 pattern is anchored to the
        // head as it stands (cl. 20, 21; see `order`): with k first-priority
        // applications ahead it stands after the 3(k+1)-th general one, so
        // general applications behind move up ahead of it as those ahead leave.
        let mut behind = if group == Group::First {
            self.general_total.saturating_sub(ahead.general as u64)
        } else {
            0
        };
        let anchor = |first: u64, gen: &mut u64, behind: &mut u64| {
            let target = (GENERAL_PER_PRIORITY as u64 * (first + 1)).min(*gen + *behind);
            if target > *gen {
                *behind -= target - *gen;
            } else {
                *behind += *gen - target;
            }
            *gen = target;
        };
        let drop = self.drop_per_month;
        let acc = self.acceptance;
        // This path's places: the long-run level is uncertain (estimated from
        // few years) and every year swings around it (budgets, new buildings).
        let level = self.spread_of_mean * normal(&mut self.rng);
        let years = self.months.len().div_ceil(12);
        let mut factors = [0f64; MAX_MONTHS / 12];
        for f in &mut factors[..years] {
            let z = level + self.spread * normal(&mut self.rng);
            *f = (z
                - (self.spread * self.spread + self.spread_of_mean * self.spread_of_mean) / 2.0)
                .exp();
        }
        let share = self.preferred_share;
        // The others among the first 1,000 who compete for a leftover place.
        let competitors = (self.position.waiting.min(crate::LEFTOVER_APPLICANTS) as f64 - 1.0)
            .max(0.0)
            * self.options.leftover_interest;
        for (i, m) in self.months.iter().enumerate() {
            let rng = &mut self.rng;
            // New priority applications.
            if group != Group::OutOfTurn {
                out += poisson_with(rng, self.new_out, self.new_out_l);
            }
            if group == Group::General {
                first_total += poisson_with(rng, self.new_first, self.new_first_l);
            }
            if group == Group::First {
                behind += poisson_with(rng, self.new_general, self.new_general_l);
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
            if group == Group::First {
                behind -= binomial(rng, behind, h);
                anchor(first, &mut gen, &mut behind);
            }
            // Places this month.
            let k = poisson(rng, self.places[i] * factors[i / 12]);
            if k == 0 {
                continue;
            }
            let wanted = binomial(rng, k, acc);
            let declined = k - wanted;
            let a = out + first + gen;
            let reached = wanted >= a;
            let (for_me, p_each) = if reached {
                // Everyone ahead is placed this month; the rest reach the child.
                out = 0;
                first = 0;
                gen = 0;
                first_total = 0;
                (wanted - a + declined, share)
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
                let in_first_thousand = out + first + gen < crate::LEFTOVER_APPLICANTS as u64;
                (
                    if in_first_thousand { declined } else { 0 },
                    share / (1.0 + competitors),
                )
            };
            if for_me > 0 {
                let p_take = 1.0 - (1.0 - p_each).powf(for_me as f64);
                if rng.gen::<f64>() < p_take {
                    // When in the month the place is published: when everyone
                    // ahead is placed, the child's is the (ahead + j)-th of the
                    // month's places, j the places until one it accepts — the
                    // (ahead + j)-th of k days spread evenly over the month is
                    // Beta(ahead + j, k + 1 - ahead - j) distributed; a
                    // leftover place may be any of them.
                    let (u, access) = if reached {
                        let mut j = 1u64;
                        while rng.gen::<f64>() >= share.max(0.05) && j < 50 {
                            j += 1;
                        }
                        let k = wanted + declined;
                        let r = (a + j).min(k).max(1);
                        let u = match rand_distr::Beta::new(r as f64, (k + 1 - r) as f64) {
                            Ok(b) => rng.sample(b),
                            Err(_) => rng.gen::<f64>(),
                        };
                        (u, 1)
                    } else {
                        // cl. 24 p. 10: open to the first 1,000 after the 3 days.
                        (rng.gen::<f64>(), 1 + PRIORITY_ACCESS_DAYS)
                    };
                    let day = self.working_days.referral_day(*m, u, access, rng);
                    return ((day <= self.horizon_end).then_some(day), !reached);
                }
            }
        }
        (None, false)
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
        // The days are sorted: each month's are one run of them.
        let histogram = self
            .months
            .iter()
            .map(|m| {
                let next = add_months(*m, 1);
                let count = days.partition_point(|d| *d < next) - days.partition_point(|d| d < m);
                Bin {
                    month: *m,
                    count: count as u32,
                }
            })
            .collect();
        // The default: the next 1 September, or the last supported day when
        // that is after it (a snapshot of late 2200).
        let by_date = self.options.by_date.unwrap_or_else(|| {
            let this = NaiveDate::from_ymd_opt(self.start.year(), 9, 1).unwrap_or(self.start);
            if this > self.start {
                this
            } else {
                NaiveDate::from_ymd_opt(self.start.year() + 1, 9, 1)
                    .unwrap_or(self.start)
                    .min(kezek_rules::dates::LAST)
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
            leftover: self.leftover,
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
                acceptance: self.acceptance,
                drop_out_per_year: self.drop_per_year,
                places_spread: self.spread,
                estimated: self.estimated.clone(),
            },
            reliability: measured_reliability(self.position.group),
            assumptions: vec![
                format!(
                    "Someone ahead takes an offered place with probability {:.2} ({}).",
                    self.acceptance,
                    if self.estimated.iter().any(|e| e == "acceptance") { "estimated from the snapshot" } else { "assumed" }
                ),
                format!(
                    "Each year {:.1}% of applicants ahead withdraw, lose interest or go to the stop list ({}).",
                    self.drop_per_year * 100.0,
                    if self.estimated.iter().any(|e| e == "drop_out") { "estimated from the snapshot" } else { "assumed" }
                ),
                "Places arrive per month as in the bulletin history for the same age, seasonality included; temporary-stay places are left out.".into(),
                "New out-of-turn and first-priority applications arrive at the rate of the last 12 months.".into(),
                format!(
                    "Each path draws its own level of places and a swing for every year (spread {:.2} on the log scale), so the range is wider where the bulletin history is short.",
                    self.spread
                ),
                format!(
                    "A place nobody ahead wanted opens to the first {} applicants; {:.0}% of them would take one, and the child competes with them.",
                    grouped(crate::LEFTOVER_APPLICANTS),
                    self.options.leftover_interest * 100.0
                ),
                // What cl. 30 gives as the rules read it (`kezek_rules::documents`):
                // one extension of up to 30 calendar days, for a cause, asked
                // (Kezek's reading) within a day of the referral — not a flat
                // 30 more days; the forecast ends at the referral either way.
                format!(
                    "The date forecast is the day the referral is issued, not the day of admission: the referral is valid five working days from issue (Annex 4 p. 8 sub. 1), and cl. 30 allows one extension of up to {} calendar days for illness, treatment, a business trip or leave (by Kezek's reading, asked within one day of the referral). The forecast does not count the days after the referral.",
                    kezek_rules::documents::REFERRAL_EXTENSION_MAX_DAYS
                ),
            ],
            citations: FORECAST_CITATIONS.to_vec(),
        }
    }
}

/// Kazakhstan's working days from the snapshot on (`kezek_rules::calendar`):
/// the bulletin is published on working days and priority access counts them
/// (cl. 24 p. 3–4). Days are numbered from the snapshot's day; the working
/// ones are listed once, so a path finds its referral day by indexing rather
/// than by walking the calendar day by day.
#[derive(Debug, Clone)]
struct WorkingDays {
    start: NaiveDate,
    working: Vec<bool>,
    /// The numbers of the working days in `working`, in order.
    numbers: Vec<u32>,
    /// For each day of `working`: how many of its working days come before it.
    before: Vec<u32>,
}

impl WorkingDays {
    fn new(start: NaiveDate, last: NaiveDate) -> WorkingDays {
        let cal = kezek_rules::calendar::Calendar::builtin();
        let n = (last - start).num_days().max(0) + 1;
        let working: Vec<bool> = (0..n)
            .map(|i| cal.is_working_day(start + Duration::days(i)))
            .collect();
        let (mut numbers, mut before) = (Vec::new(), Vec::with_capacity(working.len()));
        for (i, w) in working.iter().enumerate() {
            before.push(numbers.len() as u32);
            if *w {
                numbers.push(i as u32);
            }
        }
        WorkingDays {
            start,
            working,
            numbers,
            before,
        }
    }

    /// The day's number from the snapshot's day, if the table has it.
    fn number(&self, d: NaiveDate) -> Option<usize> {
        usize::try_from((d - self.start).num_days())
            .ok()
            .filter(|i| *i < self.working.len())
    }

    fn is_working(&self, d: NaiveDate) -> bool {
        self.number(d).map_or(
            !matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun),
            |i| self.working[i],
        )
    }

    /// The `n`-th working day after `d`.
    fn add(&self, d: NaiveDate, n: u32) -> NaiveDate {
        if n == 0 {
            return d;
        }
        if let Some(i) = self.number(d) {
            // The working days after day i are numbers[before[i] + working[i]..].
            let k = self.before[i] as usize + usize::from(self.working[i]) + n as usize - 1;
            if let Some(j) = self.numbers.get(k) {
                return self.start + Duration::days(i64::from(*j));
            }
        }
        let (mut d, mut k) = (d, 0);
        while k < n {
            d += Duration::days(1);
            if self.is_working(d) {
                k += 1;
            }
        }
        d
    }

    /// The working days (by number) of the days `from..end` when the table
    /// has them all.
    fn numbers_within(&self, from: NaiveDate, end: NaiveDate) -> Option<&[u32]> {
        let a = self.number(from)?;
        let b = self.number(end - Duration::days(1)).filter(|b| *b >= a)?;
        let first = self.before[a] as usize;
        let last = self.before[b] as usize + usize::from(self.working[b]);
        Some(&self.numbers[first..last])
    }

    /// The day of the referral for a place published at the fraction `u` of
    /// the working days left in the month `m` (cl. 24 p. 3: the 18:00
    /// bulletin of a working day; the snapshot is taken after its own day's
    /// bulletin). The place opens to the child `access` working days after
    /// its bulletin (1: at 07:00 of the next working day, cl. 24 p. 4), and
    /// the family books it on one of the 3 working days of its access —
    /// which one is not known, so each is equally likely.
    fn referral_day(&self, m: NaiveDate, u: f64, access: u32, rng: &mut ChaCha8Rng) -> NaiveDate {
        let from = if m <= self.start {
            self.start + Duration::days(1)
        } else {
            m
        };
        let end = add_months(m, 1);
        let pick = |n: usize| ((u * n as f64) as usize).min(n - 1);
        let bulletin = match self.numbers_within(from, end) {
            Some([]) => from,
            Some(published) => {
                self.start + Duration::days(i64::from(published[pick(published.len())]))
            }
            None => {
                let mut published = Vec::with_capacity(23);
                let mut d = from;
                while d < end {
                    if self.is_working(d) {
                        published.push(d);
                    }
                    d += Duration::days(1);
                }
                match published.len() {
                    0 => from,
                    n => published[pick(n)],
                }
            }
        };
        self.add(bulletin, access + rng.gen_range(0..PRIORITY_ACCESS_DAYS))
    }
}

/// Options that contradict the query or the snapshot are refused rather than
/// simulated into a silent 0 %: an empty list of chosen preschools, or one
/// that none of the snapshot's bulletin lines names, a birth
/// date outside the queue's year of birth (cl. 13: queues are kept by year of
/// birth), and "a place before this date?" about a day before the snapshot.
fn check_options(options: &ForecastOptions, snap: &Snapshot, q: &Query) -> Result<(), QueueError> {
    if matches!(&options.preference, Preference::Only(list) if list.is_empty()) {
        return Err(QueueError::field(
            "forecast.empty_preference",
            "options.preference",
            "name at least one preschool, or choose any preschool".into(),
        ));
    }
    // Preschools none of the bulletin lines names (a mistyped id): no place
    // there was ever published, so "only these" would be a silent 0 %.
    if let Preference::Only(list) = &options.preference {
        if !snap.bulletins.iter().any(|b| list.contains(&b.preschool)) {
            return Err(QueueError::field(
                "forecast.preference_not_in_bulletins",
                "options.preference.preschools",
                "none of these preschools is named in the snapshot's bulletins: check the ids, or choose any preschool".into(),
            ));
        }
    }
    if let Some(b) = options.birth_date {
        if b.year() != q.birth_year {
            return Err(QueueError::field(
                "forecast.birth_date_mismatch",
                "options.birth_date",
                format!(
                    "the birth date {b} is not in the queue's birth year {}",
                    q.birth_year
                ),
            ));
        }
    }
    if let (Some(b), None, Some(s)) = (options.birth_date, &q.id, q.submitted) {
        if s.date() < b {
            let birth = format!("the birth date {b}");
            return Err(crate::order::submitted_before_birth(s, &birth));
        }
    }
    if let Some(by) = options.by_date {
        if by < snap.as_of.date() {
            return Err(QueueError::field(
                "forecast.by_before_snapshot",
                "options.by_date",
                format!(
                    "{by} is before the snapshot's date {}: ask about a later day",
                    snap.as_of.date()
                ),
            ));
        }
    }
    Ok(())
}

/// The child's birth date the forecast counts the age-out from, with the
/// field it comes from: the option `birth_date` when given, else the asked
/// application's in the snapshot (`queues[i].applications[j].birth_date`).
fn birth_date_of(
    snap: &Snapshot,
    q: &Query,
    options: &ForecastOptions,
) -> Option<(NaiveDate, String)> {
    if let Some(b) = options.birth_date {
        return Some((b, "options.birth_date".to_owned()));
    }
    let id = q.id.as_ref()?;
    let (qi, queue) = snap
        .queues
        .iter()
        .enumerate()
        .find(|(_, x)| x.birth_year == q.birth_year && x.queue == q.queue)?;
    let (ai, b) = queue
        .applications
        .iter()
        .enumerate()
        .find_map(|(ai, a)| (&a.id == id).then_some((ai, a.birth_date?)))?;
    Some((b, format!("queues[{qi}].applications[{ai}].birth_date")))
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
            birth_date: None,
        }
    }

    fn opts() -> ForecastOptions {
        ForecastOptions {
            paths: 2_000,
            ..ForecastOptions::default()
        }
    }

    /// The assumptions say what the model assumes (leftovers19 item 2): the
    /// leftover places open to [`crate::LEFTOVER_APPLICANTS`] applicants (cl.
    /// 24 p. 10), the number written from its one definition; the date is the
    /// referral's, valid five working days (Annex 4 p. 8 sub. 1), extended
    /// once by up to [`kezek_rules::documents::REFERRAL_EXTENSION_MAX_DAYS`]
    /// calendar days (cl. 30), and the forecast counts no day after it — not
    /// "30 more days with an extension", which cl. 30 does not give flat.
    #[test]
    fn cl24_p10_cl30_the_assumptions_say_what_the_forecast_assumes() {
        let s = city();
        let f = forecast(
            &s,
            &query(&s, Group::General),
            &ForecastOptions {
                paths: 50,
                ..opts()
            },
        )
        .unwrap();
        let said = |what: &str| {
            f.assumptions
                .iter()
                .find(|a| a.contains(what))
                .unwrap_or_else(|| panic!("no assumption on {what}: {:#?}", f.assumptions))
                .clone()
        };
        let leftover = said("nobody ahead wanted");
        assert!(
            leftover.contains(&format!(
                "first {} applicants",
                grouped(crate::LEFTOVER_APPLICANTS)
            )),
            "{leftover}"
        );
        let referral = said("referral");
        assert!(!referral.contains("30 more days"), "{referral}");
        for words in [
            "five working days",
            "Annex 4 p. 8 sub. 1",
            &format!(
                "up to {} calendar days",
                kezek_rules::documents::REFERRAL_EXTENSION_MAX_DAYS
            ),
            "cl. 30",
            "does not count the days after the referral",
        ] {
            assert!(referral.contains(words), "{words}: {referral}");
        }
        assert_eq!(grouped(1000), "1,000");
        assert_eq!(grouped(200_000), "200,000");
        assert_eq!(grouped(999), "999");
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

    /// Cl. 24 p. 10: a place nobody took in the 3 days of priority access
    /// opens to the first 1,000 applicants, and the clause names no order
    /// among them, so the child's place and category do not bring it nearer.
    /// The forecast counts the futures whose place is such a leftover (review
    /// M8: on the sample city a first-priority child, 137 places higher, got
    /// the same forecast as a general one — 99% of its places were leftovers).
    #[test]
    fn cl24_p10_the_futures_with_a_leftover_place_are_counted() {
        let s = city();
        for g in [Group::First, Group::General] {
            let f = forecast(&s, &query(&s, g), &opts()).unwrap();
            let placed = f.paths - f.never;
            assert!(
                f.leftover * 10 >= placed * 9,
                "{g:?}: {} of {placed}",
                f.leftover
            );
            // Everyone ahead takes every place: nothing is left over.
            let all_taken = ForecastOptions {
                acceptance: 1.0,
                estimate_from_snapshot: false,
                ..opts()
            };
            let f = forecast(&s, &query(&s, g), &all_taken).unwrap();
            assert_eq!(f.leftover, 0, "{g:?}");
            if g == Group::First {
                assert!(f.paths > f.never, "some places come by the queue");
            }
        }
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
        // Born in March: over 6 on 1 September of the sixth-birthday year, so
        // the queue ends on 1 January of that year (the rules' one reading).
        assert_eq!(
            f.age_out,
            Some(NaiveDate::from_ymd_opt(q.birth_year + 6, 1, 1).unwrap())
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
        assert_eq!(age_out_day(d(2020, 8, 31)), d(2026, 1, 1));
        assert_eq!(age_out_day(d(2020, 9, 1)), d(2027, 1, 1));
        assert_eq!(age_out_day(d(2020, 2, 29)), d(2026, 1, 1));
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
    fn cl24_p3_bulletin_months_are_averaged_over_the_years_they_cover() {
        // The synthetic bulletin covers 36 months over four calendar years:
        // each January is in it three times, so January's places are a third.
        let s = city();
        let q = query(&s, Group::General);
        let f = forecast(&s, &q, &opts()).unwrap();
        let jan = f
            .histogram
            .iter()
            .position(|b| b.month.month() == 1)
            .unwrap();
        let age = f.histogram[jan].month.year() - q.birth_year;
        let total: u32 = s
            .bulletins
            .iter()
            .filter(|b| {
                b.date.month() == 1
                    && b.date.year() - b.birth_year == age
                    && b.queue == q.queue
                    && b.mode != AdmissionMode::TemporaryStay
            })
            .map(|b| b.places)
            .sum();
        let recalled: u32 = s
            .recalls
            .iter()
            .filter(|r| r.date.month() == 1 && r.date.year() - r.birth_year == age)
            .map(|r| r.places)
            .sum();
        let expected = f64::from(total.saturating_sub(recalled)) / 3.0;
        let got = f.parameters.places_per_month[jan];
        assert!((got - expected).abs() < 1e-9, "{got} vs {expected}");
    }

    #[test]
    fn cl28_no_place_comes_at_an_age_the_bulletin_never_had() {
        // The synthetic bulletin has places for ages 1-5 only: a child born
        // this year, out of turn and first in line, waits for 1 January.
        let s = city();
        let q = Query {
            birth_year: s.as_of.year(),
            group: Group::OutOfTurn,
            ..query(&s, Group::OutOfTurn)
        };
        let f = forecast(&s, &q, &opts()).unwrap();
        let new_year = NaiveDate::from_ymd_opt(s.as_of.year() + 1, 1, 1).unwrap();
        assert!(f.p10.is_some_and(|d| d >= new_year), "{:?}", f.p10);
    }

    #[test]
    fn the_reliability_shown_is_the_backtest_file_for_the_applicants_group() {
        let file: serde_json::Value = serde_json::from_str(RELIABILITY_FILE).unwrap();
        let s = city();
        for g in [Group::OutOfTurn, Group::First, Group::General] {
            let r = measured_reliability(g);
            let fig = &file["groups"][g.code()];
            assert_eq!(r.inside_p10_p90, fig["inside_p10_p90"].as_f64().unwrap());
            assert_eq!(r.below_p50, fig["below_p50"].as_f64().unwrap());
            assert!((0.0..=1.0).contains(&r.inside_p10_p90) && (0.0..=1.0).contains(&r.below_p50));
            // issue 20, "Done when": at least 50 cities × 200 applicants.
            assert!(r.cities >= 50);
            assert!(file["applicants_per_city"].as_u64().unwrap() >= 200);
            let f = forecast(&s, &query(&s, g), &opts()).unwrap();
            assert_eq!(f.reliability, r);
        }
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

    /// A seed is a whole number from 0 to 2^53 - 1, the largest integer a
    /// JavaScript number (and so a JSON number the JS API passes) holds
    /// exactly: a larger one arrives rounded from JS (2^53 + 1 as 2^53) and
    /// would be run and echoed as another seed than the caller wrote. It is
    /// refused, naming the field and the range — as read from JSON, where
    /// serde_json reads 9007199254740993 exactly, and as built in code (the
    /// CLI's `--seed`). Helper-157's doors probe: a seed above 2^53 came back
    /// rounded.
    #[test]
    fn a_seed_a_js_number_cannot_hold_exactly_is_refused_not_rounded() {
        let s = city();
        let q = query(&s, Group::General);
        let read = |text: &str| -> ForecastOptions { kezek_rules::wire::read_typed(text).unwrap() };
        for text in [
            r#"{"paths": 50, "seed": 9007199254740993}"#,
            r#"{"paths": 50, "seed": 9007199254740992}"#,
            r#"{"paths": 50, "seed": 18446744073709551615}"#,
        ] {
            let e = forecast(&s, &q, &read(text)).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                ("forecast.bad_seed", "options.seed"),
                "{text}"
            );
            assert!(e.message.contains("0 to 9007199254740991"), "{}", e.message);
        }
        let largest = read(r#"{"paths": 50, "seed": 9007199254740991}"#);
        assert_eq!(
            forecast(&s, &q, &largest).unwrap().seed,
            9_007_199_254_740_991
        );
        assert!(forecast(&s, &q, &read(r#"{"paths": 50, "seed": 0}"#)).is_ok());
        // The text says the range the check allows, in each language's way
        // of writing thousands.
        let max = grouped(MAX_SEED as usize);
        for (lang, max) in [
            ("en", max.clone()),
            ("ru", max.replace(',', " ")),
            ("kk", max.replace(',', " ")),
        ] {
            let src = kezek_rules::messages::ftl(lang).unwrap();
            let text =
                kezek_rules::messages::message_value(src, "error-forecast-bad-seed").unwrap();
            assert!(text.contains(&max), "{lang}: {text}");
        }
    }

    /// `error-forecast-bad-paths` says the range to give: 1 to MAX_PATHS, in
    /// each language's way of writing thousands.
    #[test]
    fn the_bad_paths_text_gives_the_range_the_check_allows() {
        let (thousands, rest) = (MAX_PATHS / 1000, MAX_PATHS % 1000);
        for (lang, max) in [
            ("en", format!("{thousands},{rest:03}")),
            ("ru", format!("{thousands} {rest:03}")),
            ("kk", format!("{thousands} {rest:03}")),
        ] {
            let src = kezek_rules::messages::ftl(lang).unwrap();
            let text =
                kezek_rules::messages::message_value(src, "error-forecast-bad-paths").unwrap();
            assert!(text.contains(&max), "{lang}: {text}");
        }
    }

    /// Cl. 13: no forecast for an application submitted before the child was
    /// born — before the birth year the query gives, or before the birth
    /// date the options give.
    #[test]
    fn cl13_no_forecast_for_an_application_submitted_before_the_birth() {
        let s = city();
        let mut q = query(&s, Group::General);
        let day = |m, d| NaiveDate::from_ymd_opt(q.birth_year, m, d).unwrap();
        let june = day(6, 1);
        q.submitted = day(1, 1).pred_opt().and_then(|d| d.and_hms_opt(10, 0, 0));
        let e = forecast(&s, &q, &opts()).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("query.submitted_before_birth", "application.submitted")
        );
        q.submitted = day(5, 31).and_hms_opt(10, 0, 0);
        let born = ForecastOptions {
            birth_date: Some(june),
            paths: 200,
            ..opts()
        };
        let e = forecast(&s, &q, &born).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("query.submitted_before_birth", "application.submitted")
        );
        q.submitted = june.and_hms_opt(10, 0, 0);
        assert!(
            forecast(&s, &q, &born).is_ok(),
            "submitted on the birth day"
        );
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
        // Preschools none of the snapshot's bulletin lines names (a mistyped
        // id): no place there was ever published, so "only these" would be a
        // silent 0 % (helper-157's probe); one named is enough.
        let e = forecast(
            &s,
            &q,
            &ForecastOptions {
                preference: Preference::Only(vec!["no-such-preschool".into()]),
                ..opts()
            },
        )
        .unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            (
                "forecast.preference_not_in_bulletins",
                "options.preference.preschools"
            )
        );
        let known = s.bulletins[0].preschool.clone();
        assert!(forecast(
            &s,
            &q,
            &ForecastOptions {
                preference: Preference::Only(vec!["no-such-preschool".into(), known]),
                paths: 200,
                ..opts()
            },
        )
        .is_ok());
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
