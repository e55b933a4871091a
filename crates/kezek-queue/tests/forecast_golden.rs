//! The forecast's results pinned: the same snapshot, query, options and seed
//! give the same forecast, to the last path. A table of cases with the median
//! and a digest of the whole forecast (every percentile, the histogram, the
//! probabilities, the parameters), so work on the simulation's speed cannot
//! change what a parent is told without this test saying so. A second digest
//! leaves out the assumptions' wording: a change of words changes the whole
//! digest only, a change of draws both.
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
        birth_date: None,
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
        birth_date: None,
    };
    let preschool = sample.bulletins[0].preschool.clone();
    // (name, snapshot, query, options, median, digest of the forecast's JSON
    // without its `assumptions` — the draws: a change of wording leaves it —,
    // digest of the whole JSON)
    #[allow(clippy::type_complexity)]
    let cases: Vec<(&str, &Snapshot, Query, ForecastOptions, &str, &str, &str)> = vec![
        (
            "sample, first, the browser bench's",
            &sample,
            sample_first.clone(),
            o(3_000, 1),
            "2027-06-07",
            "a5994fdadfcc6800",
            "f14e535e3503192c",
        ),
        (
            "sample, first, seed 9",
            &sample,
            sample_first.clone(),
            o(3_000, 9),
            "2027-06-10",
            "f766a58ef5c6c23e",
            "7fe39a302521e4e2",
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
            "031ffd11a95b245c",
            "9765f03183b63206",
        ),
        (
            "synthetic, general, age 3",
            &synthetic,
            query(&synthetic, 3, Group::General),
            o(2_000, 1),
            "2027-08-24",
            "b7774544f4c6597c",
            "0666c086fae758e5",
        ),
        (
            "synthetic, first, age 3",
            &synthetic,
            query(&synthetic, 3, Group::First),
            o(2_000, 2),
            "2027-05-18",
            "cfe6ea422707bc76",
            "2415719797cd3ecb",
        ),
        (
            "synthetic, out of turn, age 2",
            &synthetic,
            query(&synthetic, 2, Group::OutOfTurn),
            o(2_000, 5),
            "2027-04-13",
            "8718060132f924cc",
            "0ab64693384aa3b5",
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
            "e41765cb90a566c2",
            "961e8ad788d50a10",
        ),
    ];
    for (name, snap, q, opts, median, draws, want) in &cases {
        let f = forecast(snap, q, opts).unwrap();
        let p50 = f.p50.map(|d| d.to_string()).unwrap_or_default();
        let d = digest(&serde_json::to_string(&f).unwrap());
        let mut v = serde_json::to_value(&f).unwrap();
        v.as_object_mut().unwrap().remove("assumptions");
        let drawn = digest(&v.to_string());
        assert_eq!(
            (p50.as_str(), drawn.as_str(), d.as_str()),
            (*median, *draws, *want),
            "{name}"
        );
    }
}
