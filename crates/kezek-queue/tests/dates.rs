//! Every date entering the queue engine, over the whole range chrono can read:
//! a snapshot (its `as_of`, an application's submission and birth date, a
//! bulletin's and a recall's date) as JSON and as CSV, a query's submission
//! instant and the forecast's `by_date` and `birth_date`. Each either answers
//! or gives a coded `…date_out_of_range` error (the bound of
//! `kezek_rules::dates`) — or, for a year chrono writes signed (outside
//! 0000–9999), the error of a malformed date, since a date is exactly
//! `YYYY-MM-DD` — and never panics. `PROPTEST_CASES` raises the count.

use chrono::NaiveDate;
use kezek_queue::{forecast, parse_csv, parse_json, position, ForecastOptions, Query};
use kezek_rules::dates::{self, LAST};
use proptest::prelude::*;
use serde_json::json;

#[path = "../../kezek-rules/tests/support/mod.rs"]
mod support;
use support::{any_date, date_text as text};

/// Whether `d` is written with four digits of year, the one form read.
fn four_digit(d: NaiveDate) -> bool {
    use chrono::Datelike;
    (0..=9999).contains(&d.year())
}

fn config() -> ProptestConfig {
    support::config(128)
}

/// A small snapshot with the date of `field` set to `d`.
fn snapshot_json(field: usize, d: NaiveDate) -> String {
    let mut s = json!({
        "schema": "kezek.snapshot/1", "settlement": "X", "as_of": "2026-11-23T10:00",
        "queues": [{ "birth_year": 2023, "queue": "general", "applications": [
            { "id": "a1", "submitted": "2024-01-10T09:00", "group": "general", "status": "waiting" },
            { "id": "a2", "submitted": "2024-02-10T09:00", "group": "general", "status": "waiting" }] }],
        "bulletins": [{ "date": "2026-09-01", "birth_year": 2023, "preschool": "p1", "places": 3, "mode": "general" }],
        "recalls": [],
    });
    let t = text(d);
    match field {
        0 => {
            // The snapshot and every application at d: the review's `-262143` case.
            s["as_of"] = json!(format!("{t}T23:59"));
            s["queues"][0]["applications"][0]["submitted"] = json!(format!("{t}T00:00"));
            s["queues"][0]["applications"][1]["submitted"] = json!(format!("{t}T00:01"));
        }
        1 => s["queues"][0]["applications"][0]["birth_date"] = json!(t),
        2 => s["bulletins"][0]["date"] = json!(t),
        _ => {
            s["recalls"] =
                json!([{ "date": t, "birth_year": 2023, "preschool": "p1", "places": 1 }])
        }
    }
    s.to_string()
}

fn options(paths: u32) -> ForecastOptions {
    ForecastOptions {
        paths,
        ..Default::default()
    }
}

fn query() -> Query {
    serde_json::from_value(json!({ "birth_year": 2023, "id": "a1" })).unwrap()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn every_date_of_a_json_snapshot_is_bounded(d in any_date(), field in 0usize..4) {
        match parse_json(&snapshot_json(field, d)) {
            Ok(snap) => {
                prop_assert!(dates::supported(d), "{d} accepted in field {field}");
                let _ = position(&snap, &query());
                let _ = forecast(&snap, &query(), &options(20));
            }
            Err(e) => {
                if !dates::supported(d) {
                    let code = if four_digit(d) { "snapshot.date_out_of_range" } else { "snapshot.invalid_json" };
                    prop_assert_eq!(e.code.as_str(), code, "{}", e);
                }
            }
        }
    }

    #[test]
    fn every_date_of_a_csv_snapshot_is_bounded(d in any_date(), birth: bool, as_of_at_d: bool) {
        let t = text(d);
        let (submitted, birth_date) = if birth { ("2024-01-10T09:00".to_owned(), t.clone()) } else { (format!("{t}T00:00"), String::new()) };
        let csv = format!("id,submitted,group,status,birth_date,birth_year,queue\na1,{submitted},general,waiting,{birth_date},2023,general\n");
        let as_of = if as_of_at_d { d.and_hms_opt(23, 59, 0).unwrap() } else { LAST.and_hms_opt(0, 0, 0).unwrap() };
        match parse_csv(csv.as_bytes(), "X", as_of) {
            Ok(snap) => {
                prop_assert!(dates::supported(d), "{d} accepted");
                let _ = forecast(&snap, &query(), &options(20));
            }
            Err(e) => {
                // Out of range, not a date at all to the CSV reader (more than
                // four digits of year), or a submission after the snapshot's date.
                let coded = ["snapshot.date_out_of_range", "csv.bad_date", "snapshot.submitted_after_snapshot"];
                if !dates::supported(d) {
                    prop_assert!(coded.contains(&e.code.as_str()), "{}", e);
                }
            }
        }
    }

    #[test]
    fn forecast_and_query_dates_are_bounded(d in any_date(), which in 0usize..3) {
        let snap = parse_json(&snapshot_json(1, NaiveDate::from_ymd_opt(2023, 3, 1).unwrap())).unwrap();
        let t = text(d);
        let (q, opts) = match which {
            0 => (serde_json::from_value::<Query>(json!({ "birth_year": 2023, "submitted": format!("{t}T10:00") })), json!({ "paths": 20 })),
            1 => (Ok(query()), json!({ "paths": 20, "by_date": t })),
            _ => (Ok(query()), json!({ "paths": 20, "birth_date": t })),
        };
        let opts = serde_json::from_value::<ForecastOptions>(opts);
        match (q, opts) {
            (Ok(q), Ok(o)) => {
                prop_assert!(dates::supported(d), "{d} accepted");
                let _ = position(&snap, &q);
                let _ = forecast(&snap, &q, &o);
            }
            (Err(e), _) | (_, Err(e)) => {
                if !dates::supported(d) {
                    let why = if four_digit(d) { dates::RANGE_WORDS } else { "is not a" };
                    prop_assert!(e.to_string().contains(why), "{}", e);
                }
            }
        }
    }
}

#[test]
fn the_snapshot_of_the_review_gives_a_coded_error() {
    // forecast.rs:392 panicked on a snapshot taken at -262143-01-01 (finding 1);
    // a signed year is no date of Kezek's form now.
    let s = json!({
        "schema": "kezek.snapshot/1", "settlement": "X", "as_of": "-262143-01-01T00:00",
        "queues": [{ "birth_year": 2023, "queue": "general", "applications": [
            { "id": "a1", "submitted": "-262143-01-01T00:00", "group": "general", "status": "waiting" }] }],
    });
    let e = parse_json(&s.to_string()).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("snapshot.invalid_json", "as_of"),
        "{e}"
    );
}

/// The error names the date at fault as a path, as a case's does.
#[test]
fn a_snapshot_date_out_of_range_names_its_field() {
    let s = json!({
        "schema": "kezek.snapshot/1", "settlement": "X", "as_of": "2026-11-23T21:30",
        "queues": [{ "birth_year": 2023, "queue": "general", "applications": [
            { "id": "a1", "submitted": "2025-01-01T00:00", "group": "general", "status": "waiting" },
            { "id": "a2", "submitted": "0000-01-01T00:00", "group": "general", "status": "waiting" }] }],
    });
    let e = parse_json(&s.to_string()).unwrap_err();
    assert_eq!(e.code, "snapshot.date_out_of_range", "{e}");
    assert_eq!(e.field, "queues[0].applications[1].submitted", "{e}");
    // Said once, by its own code (probe43): the message says the range, not
    // the parser's `date.out_of_range` beside `snapshot.date_out_of_range`.
    assert!(e.message.contains(dates::RANGE_WORDS), "{e}");
    assert_eq!(e.to_string().matches("out_of_range").count(), 1, "{e}");
    // A group that reads `date.out_of_range` is a value not in the list,
    // not a date out of range.
    let mut s = s;
    s["queues"][0]["applications"][1]["submitted"] = json!("2025-01-02T00:00");
    s["queues"][0]["applications"][1]["group"] = json!("date.out_of_range");
    let e = parse_json(&s.to_string()).unwrap_err();
    assert_eq!(e.code, "snapshot.invalid_json", "{e}");
    assert_eq!(e.field, "queues[0].applications[1].group", "{e}");
}

/// A birth year is bounded as a date is (1900–2200, the CSV's bound too):
/// a queue's, a bulletin's and a recall's. Before, a bulletin of year
/// -2147483648 made the forecast panic (`year - birth_year` overflowed).
#[test]
fn a_birth_year_out_of_range_is_refused_with_its_field_and_nothing_panics() {
    let recall =
        json!([{ "date": "2026-09-02", "birth_year": 2023, "preschool": "p1", "places": 1 }]);
    for year in [
        i64::from(i32::MIN),
        -1,
        0,
        1899,
        2201,
        i64::from(i32::MAX),
        1900,
        2200,
    ] {
        for (pointer, field) in [
            ("/queues/0/birth_year", "queues[0].birth_year"),
            ("/bulletins/0/birth_year", "bulletins[0].birth_year"),
            ("/recalls/0/birth_year", "recalls[0].birth_year"),
        ] {
            let mut s: serde_json::Value = serde_json::from_str(&snapshot_json(
                1,
                NaiveDate::from_ymd_opt(2023, 5, 10).unwrap(),
            ))
            .unwrap();
            s["recalls"] = recall.clone();
            *s.pointer_mut(pointer).unwrap() = json!(year);
            // The applications' birth dates (of 2023) would be refused in a
            // queue of another year (cl. 13, `snapshot.birth_date_mismatch`):
            // this is about the year alone.
            if pointer == "/queues/0/birth_year" {
                for a in s["queues"][0]["applications"].as_array_mut().unwrap() {
                    a.as_object_mut().unwrap().remove("birth_date");
                }
            }
            match parse_json(&s.to_string()) {
                Err(e) => {
                    assert!(!(1900..=2200).contains(&year), "{field} = {year}: {e:?}");
                    assert_eq!(
                        (e.code.as_str(), e.field.as_str()),
                        ("snapshot.date_out_of_range", field),
                        "{year}"
                    );
                }
                Ok(snap) => {
                    assert!(
                        (1900..=2200).contains(&year),
                        "{field} = {year} was accepted"
                    );
                    let q: Query = serde_json::from_value(
                        json!({ "birth_year": year, "submitted": "2026-11-01T10:00" }),
                    )
                    .unwrap();
                    let _ = forecast(&snap, &q, &options(20));
                    let _ = position(&snap, &q);
                }
            }
        }
    }
}

/// A snapshot taken near the calendar's end (hostile18 item 3): before, a
/// snapshot of 2200-11-23 gave `horizon_end` 2203-11-23 and months of 2201–2203,
/// and a child born in 2199 an `age_out` in 2205, dates Kezek's own date fields
/// refuse. Now the horizon stops at 2200-12-31 and an age-out after it is
/// refused, naming the birth date.
#[test]
fn a_forecast_near_2200_stays_inside_the_supported_range() {
    let s = json!({
        "schema": "kezek.snapshot/1", "settlement": "X", "as_of": "2200-11-23T09:00",
        "queues": [{ "birth_year": 2194, "queue": "general", "applications": [
            { "id": "a1", "submitted": "2199-01-10T09:00", "group": "general", "status": "waiting", "birth_date": "2194-03-01" },
            { "id": "a2", "submitted": "2199-02-10T09:00", "group": "general", "status": "waiting", "birth_date": "2194-05-01" }] }],
        "bulletins": [{ "date": "2200-09-01", "birth_year": 2194, "preschool": "p1", "places": 1, "mode": "general" }],
    });
    let snap = parse_json(&s.to_string()).unwrap();
    let q: Query = serde_json::from_value(json!({ "birth_year": 2194, "id": "a2" })).unwrap();
    let f = forecast(&snap, &q, &options(50)).unwrap();
    let v = serde_json::to_value(&f).unwrap().to_string();
    assert!(f.horizon_end <= LAST, "{}", f.horizon_end);
    assert!(!v.contains("\"2201-") && !v.contains("\"2203-"), "{v}");
    // A queue of children born in 2199: the application's own birth date.
    let late = parse_json(&s.to_string().replace("2194", "2199")).unwrap();
    let q: Query = serde_json::from_value(json!({ "birth_year": 2199, "id": "a2" })).unwrap();
    let e = forecast(&late, &q, &options(20)).unwrap_err();
    // Its own code and texts, naming the birth date it counts from
    // (leftovers19 1b): before, `forecast.bad_options` ("the forecast options
    // are not in the expected form") named an option the query never gave.
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        (
            "forecast.archive_out_of_range",
            "queues[0].applications[1].birth_date"
        ),
        "{e}"
    );
    assert!(
        e.to_string().contains("after 2200-12-31") && e.to_string().contains("2199-05-01"),
        "{e}"
    );
    // The birth date given in the options: that option.
    let o = ForecastOptions {
        birth_date: NaiveDate::from_ymd_opt(2199, 1, 2),
        ..options(20)
    };
    let q: Query =
        serde_json::from_value(json!({ "birth_year": 2199, "submitted": "2199-02-10T09:00" }))
            .unwrap();
    let e = forecast(&late, &q, &o).unwrap_err();
    assert_eq!(
        (e.code.as_str(), e.field.as_str()),
        ("forecast.archive_out_of_range", "options.birth_date"),
        "{e}"
    );
    for lang in ["kk", "ru", "en"] {
        let text = std::fs::read_to_string(format!(
            "{}/../kezek-rules/messages/{lang}.ftl",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        let line = text
            .lines()
            .find(|l| l.starts_with("error-forecast-archive-out-of-range ="))
            .unwrap_or_else(|| panic!("{lang}: no error-forecast-archive-out-of-range"));
        assert!(line.contains("2200"), "{lang}: {line}");
    }
}
