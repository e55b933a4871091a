//! The forecast's results pinned: the same snapshot, query, options and seed
//! give the same forecast, to the last path. A table of cases with the median
//! and a digest of the whole forecast (every percentile, the histogram, the
//! probabilities, the parameters), so work on the simulation's speed cannot
//! change what a parent is told without this test saying so.
use chrono::{Datelike, NaiveDate};
use kezek_queue::forecast::Preference;
use kezek_queue::{
    forecast, parse_json, synth, ForecastOptions, Group, Query, QueueKind, Snapshot,
};

/// FNV-1a of the forecast's JSON: a digest, not a security measure.
fn digest(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{h:016x}")
}

fn sample_city() -> Snapshot {
    parse_json(include_str!("../../../web/sample/city.json")).unwrap()
}

fn query(snap: &Snapshot, age: i32, group: Group) -> Query {
    Query {
        birth_year: snap.as_of.year() - age,
        queue: QueueKind::General,
        group,
        submitted: Some(snap.as_of - chrono::Duration::days(200)),
        id: None,
    }
}

#[test]
fn the_same_seed_gives_the_forecast_pinned_in_the_table() {
    let synthetic = synth::city(7, 6_000);
    let sample = sample_city();
    let o = |paths, seed| ForecastOptions {
        paths,
        seed,
        ..ForecastOptions::default()
    };
    let sample_first = Query {
        birth_year: 2023,
        queue: QueueKind::General,
        group: Group::First,
        submitted: NaiveDate::from_ymd_opt(2024, 6, 1).and_then(|d| d.and_hms_opt(10, 0, 0)),
        id: None,
    };
    let preschool = sample.bulletins[0].preschool.clone();
    // (name, snapshot, query, options, median, digest of the forecast's JSON)
    let cases: Vec<(&str, &Snapshot, Query, ForecastOptions, &str, &str)> = vec![
        (
            "sample, first, the browser bench's",
            &sample,
            sample_first.clone(),
            o(3_000, 1),
            "2027-06-07",
            "2ef5aad04fa009e3",
        ),
        (
            "sample, first, seed 9",
            &sample,
            sample_first.clone(),
            o(3_000, 9),
            "2027-06-10",
            "f1ab728e9e47fd59",
        ),
        (
            "sample, first, only one preschool",
            &sample,
            sample_first.clone(),
            ForecastOptions {
                preference: Preference::Only(vec![preschool]),
                ..o(2_000, 3)
            },
            "",
            "94f3a6a62eb1db5d",
        ),
        (
            "synthetic, general, age 3",
            &synthetic,
            query(&synthetic, 3, Group::General),
            o(2_000, 1),
            "2027-08-24",
            "6953bdac9df3aaa1",
        ),
        (
            "synthetic, first, age 3",
            &synthetic,
            query(&synthetic, 3, Group::First),
            o(2_000, 2),
            "2027-05-18",
            "192b06107f387aeb",
        ),
        (
            "synthetic, out of turn, age 2",
            &synthetic,
            query(&synthetic, 2, Group::OutOfTurn),
            o(2_000, 5),
            "2027-04-13",
            "384780304fcfb5ba",
        ),
        (
            "synthetic, general, age 4, born in March, 6 years",
            &synthetic,
            query(&synthetic, 4, Group::General),
            ForecastOptions {
                birth_date: NaiveDate::from_ymd_opt(synthetic.as_of.year() - 4, 3, 15),
                horizon_years: 6,
                estimate_from_snapshot: false,
                ..o(2_000, 11)
            },
            "",
            "cfbc3a1dc9062c0c",
        ),
    ];
    for (name, snap, q, opts, median, want) in &cases {
        let f = forecast(snap, q, opts).unwrap();
        let p50 = f.p50.map(|d| d.to_string()).unwrap_or_default();
        let d = digest(&serde_json::to_string(&f).unwrap());
        assert_eq!((p50.as_str(), d.as_str()), (*median, *want), "{name}");
    }
}
