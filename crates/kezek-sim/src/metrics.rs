//! Scores of a forecast against what happened. Times are days from the
//! snapshot; "no referral within the horizon" (a forecast quantile beyond it,
//! or an actual referral that never came) counts as the horizon `h` itself, so
//! every score is finite and the forecasts are compared on the same window.

use serde::{Deserialize, Serialize};

/// The quantile levels scored.
pub const LEVELS: [f64; 3] = [0.1, 0.5, 0.9];

/// A value capped at the horizon (`None`: beyond it).
pub fn capped(x: Option<i64>, h: i64) -> f64 {
    x.map_or(h, |v| v.clamp(0, h)) as f64
}

/// The pinball (quantile) loss of `x` as the `q`-quantile when `y` happened.
pub fn pinball(q: f64, x: f64, y: f64) -> f64 {
    if y >= x {
        q * (y - x)
    } else {
        (1.0 - q) * (x - y)
    }
}

/// The mean pinball loss of the P10, P50, P90 triple.
pub fn pinball3(x: [f64; 3], y: f64) -> f64 {
    LEVELS
        .iter()
        .zip(x)
        .map(|(q, x)| pinball(*q, x, y))
        .sum::<f64>()
        / 3.0
}

/// Whether `y` lies in `[p10, p90]`.
pub fn inside(p10: f64, p90: f64, y: f64) -> bool {
    p10 <= y && y <= p90
}

/// 1 below the median, 0 above, ½ on it.
pub fn below(p50: f64, y: f64) -> f64 {
    if y < p50 {
        1.0
    } else if y == p50 {
        0.5
    } else {
        0.0
    }
}

/// Coverage and "below P50" of an outcome with no referral within the
/// horizon, by the randomized PIT: the forecast gives `within` of its mass to
/// days within the horizon and the rest to "later", so the outcome's
/// probability-integral value is uniform on `[within, 1]`. Returns
/// (P(0.1 ≤ PIT ≤ 0.9), P(PIT < 0.5)). Counting such a tie with a P50 beyond
/// the horizon as ½ (and as inside a P90 beyond it) would overstate both
/// whenever the forecast puts some of its mass within the horizon.
pub fn censored(within: f64) -> (f64, f64) {
    let f = within.clamp(0.0, 1.0);
    if 1.0 - f < 1e-9 {
        return (0.0, 0.0);
    }
    let inside = (0.9 - f.max(0.1)).max(0.0) / (1.0 - f);
    let below = ((0.5 - f) / (1.0 - f)).clamp(0.0, 1.0);
    (inside, below)
}

/// The continuous ranked probability score of a distribution given as
/// `(from, to, mass)` bins over `[0, h)` (mass uniform inside a bin; the mass
/// missing from 1 sits at `h`, "not within the horizon"), against `y`:
/// ∫₀ʰ (F(t) − 1{t ≥ y})² dt, summed day by day at mid-day.
pub fn crps(bins: &[(f64, f64, f64)], h: f64, y: f64) -> f64 {
    let mut total = 0.0;
    let days = h.ceil() as i64;
    for d in 0..days {
        let t = d as f64 + 0.5;
        let f: f64 = bins
            .iter()
            .map(|(a, b, m)| {
                if t >= *b {
                    *m
                } else if t <= *a || b <= a {
                    0.0
                } else {
                    m * (t - a) / (b - a)
                }
            })
            .sum();
        let step = if t >= y { 1.0 } else { 0.0 };
        total += (f.min(1.0) - step).powi(2);
    }
    total
}

/// The score of a point forecast as a distribution: the absolute error.
pub fn crps_point(x: f64, y: f64) -> f64 {
    (x - y).abs()
}

/// One applicant of the backtest.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    /// The city.
    pub city: String,
    /// Priority group code.
    pub group: String,
    /// `general` or `special`.
    pub kind: String,
    /// Position at the snapshot.
    pub position: usize,
    /// Horizon in days.
    pub horizon: i64,
    /// Days to the actual referral (`None`: none within the horizon).
    pub actual: Option<i64>,
    /// Kezek's P10, P50, P90 in days (`None`: beyond the horizon).
    pub kezek: [Option<i64>; 3],
    /// Kezek's histogram as `(from, to, mass)` in days.
    pub kezek_bins: Vec<(f64, f64, f64)>,
    /// Naive: position ÷ average monthly places.
    pub naive_places: Option<i64>,
    /// Naive: the queue's speed in the last year.
    pub naive_last_year: Option<i64>,
    /// The family takes only some preschools (its district).
    #[serde(default)]
    pub only_some: bool,
    /// The forecast's parameters for this applicant (for diagnosis).
    #[serde(default)]
    pub parameters: Option<kezek_queue::forecast::Parameters>,
}

impl Record {
    /// The horizon bucket, by Kezek's median.
    pub fn bucket(&self) -> &'static str {
        match self.kezek[1] {
            Some(d) if d < 183 => "P50 < 6 months",
            Some(d) if d < 365 => "P50 6-12 months",
            Some(d) if d < 730 => "P50 1-2 years",
            _ => "P50 > 2 years or never",
        }
    }
}

/// The scores of a set of records.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Scores {
    /// Records.
    pub n: usize,
    /// Share inside Kezek's P10–P90.
    pub coverage_80: f64,
    /// Share below Kezek's P50.
    pub below_p50: f64,
    /// Mean pinball loss (days), Kezek.
    pub pinball_kezek: f64,
    /// Mean pinball loss (days), naive: position ÷ places.
    pub pinball_naive_places: f64,
    /// Mean pinball loss (days), naive: last year's speed.
    pub pinball_naive_last_year: f64,
    /// Mean CRPS (days), Kezek.
    pub crps_kezek: f64,
    /// Mean CRPS (days) = mean absolute error, naive: position ÷ places.
    pub crps_naive_places: f64,
    /// Mean CRPS (days), naive: last year's speed.
    pub crps_naive_last_year: f64,
}

/// Scores the records.
pub fn score<'a>(records: impl IntoIterator<Item = &'a Record>) -> Scores {
    let mut s = Scores::default();
    for r in records {
        let h = r.horizon;
        let y = capped(r.actual, h);
        let k = r.kezek.map(|x| capped(x, h));
        let a = capped(r.naive_places, h);
        let b = capped(r.naive_last_year, h);
        s.n += 1;
        if r.actual.is_none_or(|a| a >= h) {
            let (i, b) = censored(r.kezek_bins.iter().map(|b| b.2).sum());
            s.coverage_80 += i;
            s.below_p50 += b;
        } else {
            s.coverage_80 += f64::from(u8::from(inside(k[0], k[2], y)));
            s.below_p50 += below(k[1], y);
        }
        s.pinball_kezek += pinball3(k, y);
        s.pinball_naive_places += pinball3([a; 3], y);
        s.pinball_naive_last_year += pinball3([b; 3], y);
        s.crps_kezek += crps(&r.kezek_bins, h as f64, y);
        s.crps_naive_places += crps_point(a, y);
        s.crps_naive_last_year += crps_point(b, y);
    }
    if s.n > 0 {
        let n = s.n as f64;
        for v in [
            &mut s.coverage_80,
            &mut s.below_p50,
            &mut s.pinball_kezek,
            &mut s.pinball_naive_places,
            &mut s.pinball_naive_last_year,
            &mut s.crps_kezek,
            &mut s.crps_naive_places,
            &mut s.crps_naive_last_year,
        ] {
            *v /= n;
        }
    }
    s
}

/// What a slice of the table groups records by.
type SliceKey = fn(&Record) -> String;

/// The report's rows: overall, by group, by queue kind, by horizon.
pub fn table(records: &[Record]) -> Vec<(String, Scores)> {
    let mut rows = vec![("all".to_owned(), score(records))];
    let keys: [(&str, SliceKey); 3] = [
        ("group", |r| r.group.clone()),
        ("queue", |r| r.kind.clone()),
        ("horizon", |r| r.bucket().to_owned()),
    ];
    for (name, key) in keys {
        let mut values: Vec<String> = records.iter().map(key).collect();
        values.sort();
        values.dedup();
        for v in values {
            rows.push((
                format!("{name}: {v}"),
                score(records.iter().filter(|r| key(r) == v)),
            ));
        }
    }
    rows
}

/// The table as Markdown.
pub fn markdown(rows: &[(String, Scores)]) -> String {
    let mut out = String::from(
        "| slice | n | P10–P90 coverage | below P50 | pinball Kezek | pinball pos÷places | pinball last year | CRPS Kezek | CRPS pos÷places | CRPS last year |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for (name, s) in rows {
        out.push_str(&format!(
            "| {name} | {} | {:.1} % | {:.1} % | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} | {:.0} |\n",
            s.n,
            100.0 * s.coverage_80,
            100.0 * s.below_p50,
            s.pinball_kezek,
            s.pinball_naive_places,
            s.pinball_naive_last_year,
            s.crps_kezek,
            s.crps_naive_places,
            s.crps_naive_last_year
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pinball_weights_misses_by_the_level() {
        // Actual 100 days, P10 said 60: under-forecast by 40, weight 0.1.
        assert!((pinball(0.1, 60.0, 100.0) - 4.0).abs() < 1e-12);
        // P90 said 60: under-forecast by 40, weight 0.9.
        assert!((pinball(0.9, 60.0, 100.0) - 36.0).abs() < 1e-12);
        // P90 said 160: over-forecast by 60, weight 0.1.
        assert!((pinball(0.9, 160.0, 100.0) - 6.0).abs() < 1e-12);
        // The triple averages: (4 + 0 + 6)/3 for (60, 100, 160).
        assert!((pinball3([60.0, 100.0, 160.0], 100.0) - 10.0 / 3.0).abs() < 1e-12);
        // A point forecast's mean pinball is half its absolute error.
        assert!((pinball3([130.0; 3], 100.0) - 15.0).abs() < 1e-12);
    }

    #[test]
    fn coverage_and_median_of_referral_dates_capped_at_the_horizon() {
        let h = 1000;
        // Nothing within the horizon and a P90 beyond it: inside the range.
        assert!(inside(
            capped(Some(400), h),
            capped(None, h),
            capped(None, h)
        ));
        assert!(!inside(100.0, 300.0, 301.0));
        assert_eq!(below(capped(None, h), capped(None, h)), 0.5);
        assert_eq!(below(200.0, 100.0), 1.0);
        assert_eq!(capped(Some(5000), h), 1000.0);
    }

    #[test]
    fn no_referral_within_the_horizon_scores_by_the_randomized_pit() {
        // All mass beyond the horizon: PIT uniform on [0, 1].
        let (i, b) = censored(0.0);
        assert!((i - 0.8).abs() < 1e-12 && (b - 0.5).abs() < 1e-12);
        // 30 % within: PIT uniform on [0.3, 1]: inside 0.6/0.7, below 0.2/0.7.
        let (i, b) = censored(0.3);
        assert!((i - 0.6 / 0.7).abs() < 1e-12 && (b - 0.2 / 0.7).abs() < 1e-12);
        // 95 % within: the outcome lies beyond P90 and P50.
        assert_eq!(censored(0.95), (0.0, 0.0));
        assert_eq!(censored(1.0), (0.0, 0.0));
    }

    #[test]
    fn crps_of_a_sharp_bin_is_the_distance_to_it() {
        // All mass in the first day: F = 1 from t = 0.5 on; y = 10.
        let bins = [(0.0, 0.0, 1.0)];
        assert!((crps(&bins, 100.0, 10.0) - 10.0).abs() < 1e-9);
        // Mass uniform over [0, 100) and y = 100 (never): ∫ (t/100)² dt ≈ 33.3.
        let c = crps(&[(0.0, 100.0, 1.0)], 100.0, 100.0);
        assert!((c - 100.0 / 3.0).abs() < 0.1, "{c}");
        // No mass within the horizon and nothing happened: a perfect score.
        assert_eq!(crps(&[], 100.0, 100.0), 0.0);
    }

    #[test]
    fn scores_average_records() {
        let r = |actual, k: [Option<i64>; 3]| Record {
            city: "c".into(),
            group: "general".into(),
            kind: "general".into(),
            position: 1,
            horizon: 1000,
            actual,
            kezek: k,
            kezek_bins: vec![],
            naive_places: Some(100),
            naive_last_year: None,
            only_some: false,
            parameters: None,
        };
        let rs = [
            r(Some(100), [Some(50), Some(90), Some(200)]),
            r(Some(300), [Some(50), Some(90), Some(200)]),
        ];
        let s = score(&rs);
        assert_eq!(s.n, 2);
        assert_eq!(s.coverage_80, 0.5);
        assert_eq!(s.below_p50, 0.0);
        assert!((s.crps_naive_places - 100.0).abs() < 1e-9);
        assert!((s.crps_naive_last_year - 800.0).abs() < 1e-9);
        let rows = table(&rs);
        assert_eq!(rows[0].0, "all");
        assert!(rows.iter().any(|(n, _)| n == "group: general"));
        assert!(markdown(&rows).contains("| all | 2 | 50.0 %"));
    }
}
