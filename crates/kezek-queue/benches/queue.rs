//! Speed of the queue crate: position in a 100,000-application birth-year
//! queue, a 10,000-path forecast over a 50,000-application queue with a 3-year
//! horizon, and the CSV parse of 200,000 rows.

use chrono::Datelike;
use criterion::{black_box, criterion_group, criterion_main, Criterion};
use kezek_queue::snapshot::{Application, Queue, QueueKind, Snapshot, Status};
use kezek_queue::{forecast, parse_csv, position, synth, ForecastOptions, Group, Query};

/// A city whose one general queue (birth year 2023) has `n` applications.
fn one_queue(n: usize) -> Snapshot {
    let mut c = synth::city(11, n);
    let mut all: Vec<Application> = c.queues.drain(..).flat_map(|q| q.applications).collect();
    all.truncate(n);
    for a in &mut all {
        a.status = Status::Waiting;
    }
    c.queues = vec![Queue {
        birth_year: 2023,
        queue: QueueKind::General,
        applications: all,
    }];
    c
}

fn benches(c: &mut Criterion) {
    let big = one_queue(100_000);
    let q = Query {
        birth_year: 2023,
        queue: QueueKind::General,
        group: Group::First,
        submitted: Some(big.as_of - chrono::Duration::days(300)),
        id: None,
    };
    c.bench_function("position_100k", |b| {
        b.iter(|| position(black_box(&big), black_box(&q)).unwrap())
    });

    let mid = synth::city(5, 50_000 * 100 / 22);
    let by = mid.as_of.year() - 3;
    let fq = Query {
        birth_year: by,
        group: Group::General,
        ..q.clone()
    };
    let opts = ForecastOptions {
        paths: 10_000,
        ..ForecastOptions::default()
    };
    c.bench_function("forecast_10k_paths_50k_queue_3y", |b| {
        b.iter(|| forecast(black_box(&mid), &fq, &opts).unwrap())
    });

    let rows = one_queue(200_000);
    let csv = kezek_queue::snapshot::to_csv(&rows);
    c.bench_function("parse_csv_200k_rows", |b| {
        b.iter(|| parse_csv(black_box(csv.as_bytes()), "City", rows.as_of).unwrap())
    });
}

criterion_group! {
    name = queue;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_secs(1)).measurement_time(std::time::Duration::from_secs(3));
    targets = benches
}
criterion_main!(queue);
