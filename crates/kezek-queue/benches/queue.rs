//! Speed of the queue crate, at growing sizes to show the growth: position in
//! 10k / 100k / 1M-application birth-year queues, forecasts of 1k / 10k / 100k
//! paths over a 50,000-application queue with a 3-year horizon, the browser
//! bench's 10,000-path forecast over the sample city, and the CSV parse
//! of 20k / 200k rows. `cargo bench -p kezek-queue --bench queue`.

// `criterion_group!` writes an undocumented `pub fn` for the group.
#![allow(missing_docs)]

use chrono::Datelike;
use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use kezek_queue::snapshot::{Application, Queue, QueueKind, Snapshot, Status};
use kezek_queue::{forecast, parse_csv, position, synth, ForecastOptions, Group, Query};

/// A snapshot whose one general queue (birth year 2023) has `n` waiting applications.
fn one_queue(n: usize) -> Snapshot {
    let mut c = synth::city(11, n.min(300_000));
    let base: Vec<Application> = c.queues.drain(..).flat_map(|q| q.applications).collect();
    let mut all = Vec::with_capacity(n);
    for i in 0..n {
        let mut a = base[i % base.len()].clone();
        a.id = format!("Q{i:08}");
        a.status = Status::Waiting;
        all.push(a);
    }
    c.queues = vec![Queue {
        birth_year: 2023,
        queue: QueueKind::General,
        applications: all,
    }];
    c.bulletins.clear();
    c
}

fn benches(c: &mut Criterion) {
    let mut g = c.benchmark_group("position");
    for n in [10_000usize, 100_000, 1_000_000] {
        let snap = one_queue(n);
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::First,
            submitted: Some(snap.as_of - chrono::Duration::days(300)),
            id: None,
            birth_date: None,
        };
        g.throughput(Throughput::Elements(n as u64));
        g.bench_with_input(BenchmarkId::from_parameter(n), &snap, |b, s| {
            b.iter(|| position(black_box(s), black_box(&q)).unwrap())
        });
    }
    g.finish();

    // A city whose 2023 general queue has about 50,000 applications.
    let city = synth::city(5, 50_000 * 100 / 21);
    let fq = Query {
        birth_year: city.as_of.year() - 3,
        queue: QueueKind::General,
        group: Group::General,
        submitted: Some(city.as_of - chrono::Duration::days(300)),
        id: None,
        birth_date: None,
    };
    let mut g = c.benchmark_group("forecast_50k_queue_3y");
    g.sample_size(10);
    for paths in [1_000u32, 10_000, 100_000] {
        let opts = ForecastOptions {
            paths,
            ..ForecastOptions::default()
        };
        g.throughput(Throughput::Elements(u64::from(paths)));
        g.bench_with_input(BenchmarkId::from_parameter(paths), &opts, |b, o| {
            b.iter(|| forecast(black_box(&city), &fq, o).unwrap())
        });
    }
    g.finish();

    // The browser bench's forecast (web/bench/workloads.json): the sample city
    // the app ships, a first-priority application of 2023, 10,000 paths —
    // what `forecast_10000_paths_in_worker` runs in the queue's Web Worker.
    let sample = kezek_queue::parse_json(include_str!("../../../web/sample/city.json")).unwrap();
    let sq = Query {
        birth_year: 2023,
        queue: QueueKind::General,
        group: Group::First,
        submitted: chrono::NaiveDate::from_ymd_opt(2024, 6, 1)
            .and_then(|d| d.and_hms_opt(10, 0, 0)),
        id: None,
        birth_date: None,
    };
    let opts = ForecastOptions::default();
    let mut g = c.benchmark_group("forecast_sample_city");
    g.sample_size(10);
    g.throughput(Throughput::Elements(u64::from(opts.paths)));
    g.bench_function("first_2023_10000_paths", |b| {
        b.iter(|| forecast(black_box(&sample), &sq, &opts).unwrap())
    });
    g.finish();

    let mut g = c.benchmark_group("parse_csv");
    g.sample_size(10);
    for rows in [20_000usize, 200_000] {
        let snap = one_queue(rows);
        let csv = kezek_queue::snapshot::to_csv(&snap);
        g.throughput(Throughput::Elements(rows as u64));
        g.bench_with_input(BenchmarkId::from_parameter(rows), &csv, |b, text| {
            b.iter(|| parse_csv(black_box(text.as_bytes()), "City", snap.as_of).unwrap())
        });
    }
    g.finish();
}

criterion_group! {
    name = queue;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(queue);
