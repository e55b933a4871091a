//! The backtest: simulate a city up to a snapshot date, publish the snapshot,
//! ask Kezek's forecast about a sample of waiting applicants of every group
//! and queue kind, keep simulating, and score each forecast against the day
//! the applicant actually got a referral — next to two naive forecasts a
//! parent could make from the same snapshot.
//!
//! The sampled families stay interested (no withdrawal, loss of interest or
//! stop list): the forecast answers "when, if I wait", and a family that
//! leaves has no referral date to score. They still decline places like
//! anyone else, age out, and lose a referral to a recall.

use chrono::{Months, NaiveDate};
use kezek_queue::forecast::{forecast, ForecastOptions, Preference};
use kezek_queue::snapshot::{AdmissionMode, QueueKind, Snapshot, Status};
use kezek_queue::{Group, Query};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::city::{Accepts, AppId, City};
use crate::metrics::Record;
use crate::params::CityParams;

/// How much to run.
#[derive(Debug, Clone)]
pub struct Options {
    /// Applicants sampled per city.
    pub applicants: usize,
    /// Forecast paths per applicant.
    pub paths: u32,
}

/// What one city looked like at the snapshot.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct CitySummary {
    /// Name.
    pub name: String,
    /// Applications in the snapshot (every status).
    pub applications: usize,
    /// Waiting at the snapshot.
    pub waiting: usize,
    /// Places published in the last year (bulletin).
    pub places_last_year: u64,
    /// Applicants scored.
    pub sampled: usize,
    /// Of them, referred within the horizon.
    pub referred: usize,
}

/// Runs one city: the records of its sampled applicants.
pub fn run_city(params: &CityParams, opts: &Options) -> Result<(CitySummary, Vec<Record>), String> {
    params.validate()?;
    let mut city = City::for_backtest(params.clone());
    let day = params.snapshot;
    city.run_through(day);
    let as_of = day.and_hms_opt(20, 0, 0).unwrap_or_default();
    let snap = city.snapshot(as_of, params.history_years);
    snap.validate().map_err(|e| e.message)?;
    let sample = sample(&city, &snap, params.seed, opts.applicants);
    for id in &sample {
        city.commit(*id);
    }
    let end = day
        .checked_add_months(Months::new(12 * params.horizon_years))
        .unwrap_or(day);
    city.run_through(end);

    let mut records = Vec::with_capacity(sample.len());
    for id in &sample {
        let app = city.app(*id);
        let line = &city.lines()[app.queue as usize];
        let preference = match app.accepts {
            Accepts::Any => Preference::Any,
            Accepts::District(d) => Preference::Only(city.district_preschools(d)),
        };
        let q = Query {
            birth_year: line.birth_year,
            queue: line.kind.clone(),
            group: app.group,
            submitted: None,
            id: Some(City::public_id(*id)),
            birth_date: None,
        };
        let f = forecast(
            &snap,
            &q,
            &ForecastOptions {
                paths: opts.paths,
                seed: u64::from(*id),
                horizon_years: params.horizon_years,
                preference,
                // A child of a special queue has a PMPC conclusion (cl. 17): no age limit.
                sen_pmpc: line.kind != QueueKind::General,
                ..ForecastOptions::default()
            },
        )
        .map_err(|e| e.message)?;
        let start = f.start;
        let h = (f.horizon_end - start).num_days();
        if h <= 0 {
            continue;
        }
        let days = |d: Option<NaiveDate>| d.map(|d| (d - start).num_days());
        let actual = app.referral.filter(|r| *r <= f.horizon_end);
        let paths = f64::from(f.paths.max(1));
        let bins = f
            .histogram
            .iter()
            .map(|b| {
                let from = (b.month.max(start) - start).num_days() as f64;
                let to = (b
                    .month
                    .checked_add_months(Months::new(1))
                    .unwrap_or(b.month)
                    - start)
                    .num_days()
                    .min(h) as f64;
                (from, to.max(from), f64::from(b.count) / paths)
            })
            .collect();
        let position = f.position.position;
        let naive = |per_month: f64| {
            (per_month > 0.0).then(|| (position as f64 / per_month * 30.44).round() as i64)
        };
        records.push(Record {
            city: params.name.clone(),
            group: app.group.code().to_owned(),
            kind: match line.kind {
                QueueKind::General => "general".into(),
                _ => "special".into(),
            },
            position,
            horizon: h,
            actual: days(actual),
            kezek: [days(f.p10), days(f.p50), days(f.p90)],
            kezek_bins: bins,
            naive_places: naive(average_monthly_places(&snap, line.birth_year, &line.kind)),
            naive_last_year: naive(last_year_speed(&snap, line.birth_year, &line.kind)),
            only_some: app.accepts != Accepts::Any,
            parameters: Some(f.parameters.clone()),
        });
    }
    let summary = CitySummary {
        name: params.name.clone(),
        applications: snap.queues.iter().map(|q| q.applications.len()).sum(),
        waiting: snap
            .queues
            .iter()
            .flat_map(|q| &q.applications)
            .filter(|a| a.status == Status::Waiting)
            .count(),
        places_last_year: places(&snap, |b| {
            b.date
                > snap
                    .as_of
                    .date()
                    .checked_sub_months(Months::new(12))
                    .unwrap_or(b.date)
        }),
        sampled: records.len(),
        referred: records.iter().filter(|r| r.actual.is_some()).count(),
    };
    Ok((summary, records))
}

fn places(snap: &Snapshot, keep: impl Fn(&kezek_queue::snapshot::Bulletin) -> bool) -> u64 {
    snap.bulletins
        .iter()
        .filter(|b| b.mode != AdmissionMode::TemporaryStay && keep(b))
        .map(|b| u64::from(b.places))
        .sum()
}

/// Naive forecast 1: the places published for this queue (birth year and
/// kind) per month of bulletin history — the position divided by it is the
/// wait in months.
pub fn average_monthly_places(snap: &Snapshot, birth_year: i32, kind: &QueueKind) -> f64 {
    let Some(first) = snap.bulletins.iter().map(|b| b.date).min() else {
        return 0.0;
    };
    let months = ((snap.as_of.date() - first).num_days() as f64 / 30.44).max(1.0);
    places(snap, |b| b.birth_year == birth_year && &b.queue == kind) as f64 / months
}

/// Naive forecast 2: the last year's speed of the queue — the places published
/// in the last 12 months for the children one year older (last year they were
/// the age this child is now), per month.
pub fn last_year_speed(snap: &Snapshot, birth_year: i32, kind: &QueueKind) -> f64 {
    let from = snap
        .as_of
        .date()
        .checked_sub_months(Months::new(12))
        .unwrap_or(snap.as_of.date());
    places(snap, |b| {
        b.birth_year == birth_year - 1 && &b.queue == kind && b.date > from
    }) as f64
        / 12.0
}

/// A sample of waiting applications at the snapshot: an equal share for each
/// (group, queue kind) cell, the rest from the general queue's general group.
fn sample(city: &City, snap: &Snapshot, seed: u64, n: usize) -> Vec<AppId> {
    let mut rng = ChaCha8Rng::seed_from_u64(seed ^ 0x5A5A_5A5A);
    let mut cells: Vec<Vec<AppId>> = vec![Vec::new(); 6];
    for q in &snap.queues {
        let special = q.queue != QueueKind::General;
        for a in q
            .applications
            .iter()
            .filter(|a| a.status == Status::Waiting)
        {
            if let Some(id) = City::parse_public_id(&a.id) {
                // Children ageing out within a month are not asked about.
                let app = city.app(id);
                let archive = crate::city::archive_day(app.birth);
                if !special && (archive - snap.as_of.date()).num_days() < 31 {
                    continue;
                }
                let g = match a.group {
                    Group::OutOfTurn => 0,
                    Group::First => 1,
                    Group::General => 2,
                };
                cells[g * 2 + usize::from(special)].push(id);
            }
        }
    }
    let per_cell = n / 6;
    let mut out = Vec::with_capacity(n);
    for c in &mut cells {
        c.shuffle(&mut rng);
        let take = per_cell.min(c.len());
        out.extend(c.drain(..take));
    }
    // Fill up from the largest cells.
    let mut order: Vec<usize> = (0..6).collect();
    order.sort_by_key(|i| std::cmp::Reverse(cells[*i].len()));
    for i in order {
        while out.len() < n {
            match cells[i].pop() {
                Some(id) => out.push(id),
                None => break,
            }
        }
    }
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use kezek_queue::snapshot::Bulletin;

    #[test]
    fn naive_speeds_count_the_right_bulletin_lines() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let line = |date, by, places, mode| Bulletin {
            date,
            birth_year: by,
            queue: QueueKind::General,
            preschool: "PS-001".into(),
            places,
            mode,
        };
        let snap = Snapshot {
            schema: kezek_queue::snapshot::SCHEMA.into(),
            settlement: "t".into(),
            as_of: d(2026, 11, 23).and_hms_opt(20, 0, 0).unwrap(),
            queues: vec![],
            bulletins: vec![
                line(d(2024, 11, 25), 2022, 10, AdmissionMode::General),
                line(d(2026, 8, 1), 2022, 20, AdmissionMode::General),
                line(d(2026, 8, 1), 2022, 99, AdmissionMode::TemporaryStay),
                line(d(2026, 9, 1), 2021, 24, AdmissionMode::EarlyBooking),
                line(d(2025, 9, 1), 2021, 50, AdmissionMode::General),
            ],
            recalls: vec![],
        };
        // 30 places over 2024-11-25 .. 2026-11-23 (about 23.9 months).
        let m = average_monthly_places(&snap, 2022, &QueueKind::General);
        assert!((m - 30.0 / (728.0 / 30.44)).abs() < 1e-9, "{m}");
        // Last 12 months, children one year older: 24 places, 2 a month.
        assert_eq!(last_year_speed(&snap, 2022, &QueueKind::General), 2.0);
    }
}
