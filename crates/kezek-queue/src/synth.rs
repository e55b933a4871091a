//! A realistic synthetic city («синтетикалық қала»): the snapshot that demos,
//! tests and benchmarks use instead of anyone's data.
//!
//! Six birth-year general queues (children under 6), a few special and
//! sanatorium queues, about 20% priority applications (3% out of turn, 17%
//! first priority — the share seen in published queues of large cities is
//! 15–25%), statuses mostly `waiting`, birth dates published, and three years
//! of vacancy bulletins with the wave before 1 September (July–September carry
//! most of the year's places), some early-booking and temporary-stay places,
//! and a few recalls. Seeded: the same seed and size give the same city.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use crate::snapshot::{
    AdmissionMode, Application, Bulletin, Queue, QueueKind, Recall, Snapshot, Status, SCHEMA,
};
use crate::Group;

/// The snapshot instant of every synthetic city.
pub fn as_of() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(9, 0, 0))
        .unwrap_or_default()
}

/// Share of a year's places published in each month (the September wave).
const MONTH_WEIGHTS: [f64; 12] = [
    0.03, 0.03, 0.03, 0.04, 0.05, 0.06, 0.12, 0.30, 0.18, 0.07, 0.05, 0.04,
];

/// A city with about `size` applications, from `seed`.
pub fn city(seed: u64, size: usize) -> Snapshot {
    let mut rng = ChaCha8Rng::seed_from_u64(seed);
    let as_of = as_of();
    let this_year = as_of.year();
    // Birth years whose children are under 6 on 1 September of this year.
    let years: Vec<i32> = (this_year - 5..=this_year).collect();
    // Younger children have longer queues: weights by age.
    let weights = [0.10, 0.17, 0.22, 0.22, 0.17, 0.12];
    let special_share = 0.04;
    let mut queues = Vec::new();
    let mut next_id = 0u64;
    for (i, &by) in years.iter().enumerate() {
        let n = ((size as f64) * weights[i] * (1.0 - special_share)).round() as usize;
        queues.push(Queue {
            birth_year: by,
            queue: QueueKind::General,
            applications: applications(&mut rng, &mut next_id, by, n, as_of),
        });
        if by < this_year {
            let ns = ((size as f64) * weights[i] * special_share / 2.0).round() as usize;
            for kind in [
                QueueKind::Special("severe_speech".into()),
                QueueKind::Sanatorium("rehabilitation".into()),
            ] {
                queues.push(Queue {
                    birth_year: by,
                    queue: kind,
                    applications: applications(&mut rng, &mut next_id, by, ns, as_of),
                });
            }
        }
    }
    let (bulletins, recalls) = bulletins(&mut rng, size, as_of);
    Snapshot {
        schema: SCHEMA.into(),
        settlement: "Synthetic city".into(),
        as_of,
        queues,
        bulletins,
        recalls,
    }
}

fn applications(
    rng: &mut ChaCha8Rng,
    next_id: &mut u64,
    birth_year: i32,
    n: usize,
    as_of: NaiveDateTime,
) -> Vec<Application> {
    let year_start = NaiveDate::from_ymd_opt(birth_year, 1, 1).unwrap_or_default();
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        *next_id += 1;
        let birth = year_start + Duration::days(rng.gen_range(0..365));
        // Parents apply soon after birth, mostly in the first year.
        let max_delay = (as_of.date() - birth).num_days().max(1);
        let delay = ((rng.gen::<f64>().powi(3)) * max_delay as f64) as i64;
        let day = (birth + Duration::days(delay)).min(as_of.date());
        let minute = rng.gen_range(0..24 * 60);
        let mut submitted = day.and_hms_opt(0, 0, 0).unwrap_or(as_of) + Duration::minutes(minute);
        if submitted > as_of {
            submitted = as_of - Duration::minutes(rng.gen_range(1..600));
        }
        let r: f64 = rng.gen();
        let group = if r < 0.03 {
            Group::OutOfTurn
        } else if r < 0.20 {
            Group::First
        } else {
            Group::General
        };
        let s: f64 = rng.gen();
        let status = if s < 0.88 {
            Status::Waiting
        } else if s < 0.94 {
            Status::ReferralIssued
        } else if s < 0.96 {
            Status::StopList
        } else if s < 0.98 {
            Status::Withdrawn
        } else {
            Status::NotInterested
        };
        out.push(Application {
            id: format!("A{next_id:07}"),
            submitted,
            group,
            status,
            birth_date: Some(birth),
        });
    }
    out
}

fn bulletins(
    rng: &mut ChaCha8Rng,
    size: usize,
    as_of: NaiveDateTime,
) -> (Vec<Bulletin>, Vec<Recall>) {
    let preschools: Vec<String> = (1..=40).map(|i| format!("DS-{i:03}")).collect();
    // About a fifth of the queue finds a place in a year.
    let yearly_places = (size as f64 * 0.2).max(12.0);
    let mut bulletins = Vec::new();
    let mut recalls = Vec::new();
    let first = NaiveDate::from_ymd_opt(as_of.year() - 3, as_of.month(), 1).unwrap_or_default();
    let mut day = first;
    while day < as_of.date() {
        let wd = day.weekday().num_days_from_monday();
        if wd < 5 {
            let month_places = yearly_places * MONTH_WEIGHTS[day.month0() as usize];
            let per_day = month_places / 21.0;
            // Places are for ages 1–5, more for the older groups.
            for age in 1..=5 {
                let mean = per_day * [0.0, 0.10, 0.20, 0.30, 0.25, 0.15][age as usize];
                let mut k = 0u32;
                let mut p = 1.0;
                let l = (-mean).exp();
                loop {
                    p *= rng.gen::<f64>();
                    if p <= l || k > 500 {
                        break;
                    }
                    k += 1;
                }
                if k == 0 {
                    continue;
                }
                let m: f64 = rng.gen();
                let mode = if m < 0.85 {
                    AdmissionMode::General
                } else if m < 0.95 {
                    AdmissionMode::EarlyBooking
                } else {
                    AdmissionMode::TemporaryStay
                };
                bulletins.push(Bulletin {
                    date: day,
                    birth_year: day.year() - age,
                    queue: QueueKind::General,
                    preschool: preschools[rng.gen_range(0..preschools.len())].clone(),
                    places: k,
                    mode,
                });
                if rng.gen::<f64>() < 0.01 {
                    recalls.push(Recall {
                        date: day + Duration::days(2),
                        birth_year: day.year() - age,
                        preschool: preschools[rng.gen_range(0..preschools.len())].clone(),
                        places: 1,
                        reason: "quarantine".into(),
                    });
                }
            }
        }
        day += Duration::days(1);
    }
    (bulletins, recalls)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_seed_gives_the_same_city() {
        assert_eq!(city(3, 2_000), city(3, 2_000));
        assert_ne!(city(3, 2_000), city(4, 2_000));
    }

    #[test]
    fn the_city_is_plausible() {
        let c = city(1, 20_000);
        c.validate().unwrap();
        let apps: Vec<&Application> = c.queues.iter().flat_map(|q| &q.applications).collect();
        let n = apps.len() as f64;
        assert!((n - 20_000.0).abs() < 200.0, "{n}");
        let priority = apps.iter().filter(|a| a.group != Group::General).count() as f64 / n;
        assert!((0.15..=0.25).contains(&priority), "{priority}");
        let general_years: std::collections::BTreeSet<i32> = c
            .queues
            .iter()
            .filter(|q| q.queue == QueueKind::General)
            .map(|q| q.birth_year)
            .collect();
        assert_eq!(general_years.len(), 6);
        // The September wave: August–September carry more places than January–February.
        let by_month = |m: u32| {
            c.bulletins
                .iter()
                .filter(|b| b.date.month() == m)
                .map(|b| b.places)
                .sum::<u32>()
        };
        assert!(by_month(8) + by_month(9) > 3 * (by_month(1) + by_month(2)));
        let years: std::collections::BTreeSet<i32> =
            c.bulletins.iter().map(|b| b.date.year()).collect();
        assert!(years.len() >= 3);
    }
}
