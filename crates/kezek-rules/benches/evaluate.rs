//! One full evaluation of a realistic case (the SEN child of example 04, and the
//! admission case of example 10), as the app runs it on every answer.
//! Also IIN validation and working-day arithmetic over a year.
//! `cargo bench -p kezek-rules --bench evaluate`.

// `criterion_group!` writes an undocumented `pub fn` for the group.
#![allow(missing_docs)]

use criterion::{black_box, criterion_group, criterion_main, Criterion};

fn load(name: &str) -> kezek_rules::Case {
    let path = format!("{}/examples/cases/{name}.json", env!("CARGO_MANIFEST_DIR"));
    kezek_rules::Case::from_json(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn bench(c: &mut Criterion) {
    let sen = load("04-portal-sen-child-several-queues");
    let admission = load("10-admission-expired-referral-contraindication");
    let json = std::fs::read_to_string(format!(
        "{}/examples/cases/02-office-serviceman-expired-certificate.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let mut g = c.benchmark_group("evaluate");
    g.bench_function("full_evaluation_sen_portal", |b| {
        b.iter(|| kezek_rules::evaluate(black_box(&sen)).unwrap())
    });
    g.bench_function("full_evaluation_admission_office", |b| {
        b.iter(|| kezek_rules::evaluate(black_box(&admission)).unwrap())
    });
    // Only the sections a page shows first (the JS API's `sections` option).
    g.bench_function("sections_category_queues_sen_portal", |b| {
        b.iter(|| {
            kezek_rules::evaluate_sections(
                black_box(&sen),
                kezek_rules::calendar::Calendar::builtin(),
                &[kezek_rules::Section::Category, kezek_rules::Section::Queues],
            )
            .unwrap()
        })
    });
    // The JS API's write phase natively: the answer as the JSON text that
    // the JS glue parses (issue 19).
    let sen_evaluation = kezek_rules::evaluate(&sen).unwrap();
    g.bench_function("evaluation_to_json_sen_portal", |b| {
        b.iter(|| serde_json::to_string(black_box(&sen_evaluation)).unwrap())
    });
    g.bench_function("parse_and_evaluate_json", |b| {
        b.iter(|| {
            let case = kezek_rules::Case::from_json(black_box(&json)).unwrap();
            serde_json::to_string(&kezek_rules::evaluate(&case).unwrap()).unwrap()
        })
    });
    g.finish();

    let mut g = c.benchmark_group("iin");
    g.bench_function("validate_iin", |b| {
        b.iter(|| kezek_rules::iin::parse(black_box("230510512343")).unwrap())
    });
    g.finish();

    let cal = kezek_rules::calendar::Calendar::builtin();
    let jan1 = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let dec31 = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
    let mut g = c.benchmark_group("calendar");
    g.bench_function("working_days_over_a_year", |b| {
        b.iter(|| cal.working_days_between(black_box(jan1), black_box(dec31)))
    });
    g.bench_function("add_250_working_days", |b| {
        b.iter(|| cal.add_working_days(black_box(jan1), black_box(250)))
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .warm_up_time(std::time::Duration::from_secs(1))
        .measurement_time(std::time::Duration::from_secs(3));
    targets = bench
}
criterion_main!(benches);
