//! What the queue answers and refuses, as every door writes it (session of
//! 03.12.2026, tenth): a position and a forecast cite with the rules'
//! citation object, as an evaluation does; an error names its field by the
//! one rule of the error object — a path inside the snapshot as it is, the
//! question's fields under `application`, the forecast options' under
//! `options` — so a snapshot's field and an option's are told apart.

use kezek_queue::order::POSITION_CITATIONS;
use kezek_queue::{forecast, parse_json, position, ForecastOptions, Query};
use kezek_rules::Citation;
use serde_json::{json, Value};

fn snapshot() -> Value {
    json!({
        "schema": "kezek.snapshot/1", "settlement": "X", "as_of": "2026-11-23T10:00",
        "queues": [{ "birth_year": 2023, "queue": "general", "applications": [
            { "id": "a1", "submitted": "2024-01-10T09:00", "group": "general", "status": "waiting", "birth_date": "2023-03-01" },
            { "id": "a2", "submitted": "2024-02-10T09:00", "group": "first", "status": "waiting" },
            { "id": "a3", "submitted": "2024-03-10T09:00", "group": "general", "status": "archived" }] }],
        "bulletins": [{ "date": "2026-09-01", "birth_year": 2023, "preschool": "p1", "places": 3, "mode": "general" }],
    })
}

fn query(v: Value) -> Query {
    serde_json::from_value(v).unwrap()
}

fn options(v: Value) -> ForecastOptions {
    let mut o = json!({ "paths": 50 });
    o.as_object_mut()
        .unwrap()
        .extend(v.as_object().unwrap().clone());
    serde_json::from_value(o).unwrap()
}

/// The citations of an answer's JSON, read as the rules' citations: a key
/// string (`"order254:cl21"`, written before) does not read.
fn cited(answer: &Value) -> Vec<Citation> {
    serde_json::from_value(answer["citations"].clone())
        .unwrap_or_else(|e| panic!("citations {}: {e}", answer["citations"]))
}

/// Cl. 14, 20, 21: a position cites the queue by date and time, the groups
/// and the 1:3 rule; a forecast the clauses its model follows (cl. 3, 20–25,
/// 28, 30) — each as `{act, clause}`, the shape of an evaluation's citations.
#[test]
fn cl21_a_position_and_a_forecast_cite_with_the_rules_citation_objects() {
    let snap = parse_json(&snapshot().to_string()).unwrap();
    let q = query(json!({ "birth_year": 2023, "group": "first", "submitted": "2026-05-01T10:00" }));
    let p = serde_json::to_value(position(&snap, &q).unwrap()).unwrap();
    assert_eq!(cited(&p), POSITION_CITATIONS);
    assert_eq!(
        p["citations"][2],
        json!({ "act": "order254", "clause": 21 })
    );
    let f = serde_json::to_value(forecast(&snap, &q, &options(json!({}))).unwrap()).unwrap();
    assert_eq!(cited(&f["position"]), POSITION_CITATIONS);
    let clauses: Vec<u16> = cited(&f).iter().map(|c| c.clause.unwrap()).collect();
    assert_eq!(clauses, [3, 20, 21, 22, 23, 24, 25, 28, 30]);
    assert!(cited(&f)
        .iter()
        .all(|c| *c == Citation::clause(c.clause.unwrap())));
    // Read back, as the app reads its worker's answers: the same citations;
    // an answer written before, citing with keys, still reads, with them.
    let read: kezek_queue::Forecast = serde_json::from_value(f.clone()).unwrap();
    assert_eq!(serde_json::to_value(&read).unwrap(), f);
    let mut before = p.clone();
    before["citations"] = json!(["order254:cl14", "order254:cl20", "order254:cl21"]);
    let read: kezek_queue::Position = serde_json::from_value(before).unwrap();
    assert_eq!(read.citations, POSITION_CITATIONS);
    assert_eq!(serde_json::to_value(&read).unwrap(), p);
}

/// The engine's own checks of a question and of forecast options name the
/// field under its argument; one of the snapshot (the application's birth
/// date an age-out counts from) as the path inside it. Errors of reading a
/// snapshot name theirs the same way (the table of `wire_shapes.rs`,
/// `dates.rs` and the e2e `js-api-doors.test.mjs`).
#[test]
fn a_queue_errors_field_is_the_snapshots_path_or_under_application_or_options() {
    let snap = parse_json(&snapshot().to_string()).unwrap();
    let mut late = snapshot();
    late["as_of"] = json!("2200-11-23T09:00");
    late["queues"][0]["birth_year"] = json!(2199);
    late["queues"][0]["applications"][0]["birth_date"] = json!("2199-05-01");
    for a in late["queues"][0]["applications"].as_array_mut().unwrap() {
        a["submitted"] = json!("2199-06-01T10:00");
    }
    late["bulletins"][0]["birth_year"] = json!(2199);
    let late = parse_json(&late.to_string()).unwrap();
    let hypothetical = json!({ "birth_year": 2023, "submitted": "2026-05-01T10:00" });
    #[rustfmt::skip]
    let rows: &[(&str, &kezek_queue::Snapshot, Value, Value, &str, &str)] = &[
        // what,                              snapshot, application,                                           options,                                  code,                                 field
        ("a birth year the snapshot lacks",   &snap, json!({ "birth_year": 2020, "submitted": "2026-05-01T10:00" }), json!({}), "query.unknown_queue",              "application.birth_year"),
        ("a queue the snapshot lacks",        &snap, json!({ "birth_year": 2023, "queue": "special:hearing", "submitted": "2026-05-01T10:00" }), json!({}), "query.unknown_queue", "application.queue"),
        ("a birth year before 1900",          &snap, json!({ "birth_year": -1, "submitted": "2026-05-01T10:00" }),   json!({}), "query.invalid",                    "application.birth_year"),
        ("a birth year after 2200",           &snap, json!({ "birth_year": 99999, "submitted": "2026-05-01T10:00" }), json!({}), "query.invalid",                   "application.birth_year"),
        ("an id the queue lacks",             &snap, json!({ "birth_year": 2023, "id": "zz" }),                json!({}),                                 "query.unknown_id",                   "application.id"),
        ("an id archived",                    &snap, json!({ "birth_year": 2023, "id": "a3" }),                json!({}),                                 "query.archived",                     "application.id"),
        ("no submission instant",             &snap, json!({ "birth_year": 2023 }),                            json!({}),                                 "query.missing_submitted",            "application.submitted"),
        ("submitted after the snapshot",      &snap, json!({ "birth_year": 2023, "submitted": "2027-01-01T10:00" }), json!({}),                           "query.submitted_after_snapshot",     "application.submitted"),
        ("submitted before the birth year",   &snap, json!({ "birth_year": 2023, "submitted": "2022-01-01T10:00" }), json!({}),                           "query.submitted_before_birth",       "application.submitted"),
        ("submitted before the birth date",   &snap, json!({ "birth_year": 2023, "submitted": "2023-01-02T10:00" }), json!({ "birth_date": "2023-05-10" }), "query.submitted_before_birth", "application.submitted"),
        ("no paths",                          &snap, hypothetical.clone(),                                     json!({ "paths": 0 }),                     "forecast.bad_paths",                 "options.paths"),
        ("a horizon of 9 years",              &snap, hypothetical.clone(),                                     json!({ "horizon_years": 9 }),             "forecast.bad_horizon",               "options.horizon_years"),
        ("a probability over 1",              &snap, hypothetical.clone(),                                     json!({ "acceptance": 1.5 }),              "forecast.bad_probability",           "options.acceptance"),
        ("no preschool chosen",               &snap, hypothetical.clone(),                                     json!({ "preference": { "kind": "only", "preschools": [] } }), "forecast.empty_preference", "options.preference"),
        ("a birth date of another year",      &snap, hypothetical.clone(),                                     json!({ "birth_date": "2022-05-10" }),     "forecast.birth_date_mismatch",       "options.birth_date"),
        ("a day before the snapshot",         &snap, hypothetical.clone(),                                     json!({ "by_date": "2026-01-01" }),        "forecast.by_before_snapshot",        "options.by_date"),
        ("archived after 2200, the option",   &late, json!({ "birth_year": 2199, "submitted": "2199-06-01T10:00" }), json!({ "birth_date": "2199-01-02" }), "forecast.archive_out_of_range", "options.birth_date"),
        ("archived after 2200, the snapshot", &late, json!({ "birth_year": 2199, "id": "a1" }),                json!({}),                                 "forecast.archive_out_of_range",      "queues[0].applications[0].birth_date"),
    ];
    for (what, snap, q, o, code, field) in rows {
        let e = forecast(snap, &query(q.clone()), &options(o.clone())).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            (*code, *field),
            "{what}: {e}"
        );
        // The code travels beside the text, never inside it (probe44): the
        // archive's message ended "(date.out_of_range)".
        for c in kezek_queue::error::CODES
            .iter()
            .chain([&kezek_rules::dates::OUT_OF_RANGE])
        {
            assert!(!e.message.contains(c), "{what}: {c} in {}", e.message);
        }
        // A question asks the same of `position` (without the options).
        if code.starts_with("query.") && o.as_object().unwrap().is_empty() {
            let e = position(snap, &query(q.clone())).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                (*code, *field),
                "{what}: position"
            );
        }
    }
}

/// Cl. 21: an application of the snapshot (`id`) stands with its own group
/// and submission. A `group` or a `submitted` given beside it was ignored
/// by the JS API's `position` and `forecast` (an integrator asking
/// `{id, group: "first"}` got the general application's place, silently);
/// the CLI refuses `--group` and `--submitted` beside `--id`. Now refused
/// with `query.invalid` at the field given; `null` is "not given", and a
/// hypothetical application keeps both.
#[test]
fn cl21_an_existing_application_is_asked_without_a_group_or_a_submission() {
    let asked = |v: Value| {
        serde_json::from_value::<kezek_queue::AskedQuery>(v)
            .unwrap()
            .query()
    };
    let refused = |v: Value| {
        let e = asked(v).unwrap_err();
        assert!(e.message.contains("`id`"), "{}", e.message);
        (e.code, e.field)
    };
    let at = |field: &str| ("query.invalid".to_owned(), field.to_owned());
    assert_eq!(
        refused(json!({ "birth_year": 2023, "id": "a1", "group": "first" })),
        at("application.group")
    );
    assert_eq!(
        refused(json!({ "birth_year": 2023, "id": "a1", "group": "general" })),
        at("application.group")
    );
    assert_eq!(
        refused(json!({ "birth_year": 2023, "id": "a1", "submitted": "2026-05-01T10:00" })),
        at("application.submitted")
    );
    let existing =
        asked(json!({ "birth_year": 2023, "id": "a1", "group": null, "submitted": null })).unwrap();
    assert_eq!(existing.id.as_deref(), Some("a1"));
    let snap = parse_json(&snapshot().to_string()).unwrap();
    assert_eq!(position(&snap, &existing).unwrap().position, 1);
    let new = asked(json!({ "birth_year": 2023, "id": null, "group": "first_priority", "submitted": "2026-05-01T10:00" }))
        .unwrap();
    assert_eq!((new.group, new.id), (kezek_queue::Group::First, None));
    assert_eq!(
        asked(json!({ "birth_year": 2023, "submitted": "2026-05-01T10:00" }))
            .unwrap()
            .group,
        kezek_queue::Group::General
    );
}

/// Cl. 14, 21: the queue is kept by the date and time of submission. An
/// error that says an instant writes it as the snapshot and the CSV list
/// write it, `2027-01-01T10:00:00` (the one written form,
/// `kezek_rules::dates::local_datetime`), not chrono's display with a space
/// (`2027-01-01 10:00:00`, probe42): a snapshot's application submitted after
/// it (JSON and CSV), a question submitted after the snapshot, and one
/// submitted before the child's birth year or birth date.
#[test]
fn cl21_an_error_writes_an_instant_as_the_snapshot_does() {
    let mut after = snapshot();
    after["queues"][0]["applications"][1]["submitted"] = json!("2027-01-01T10:00");
    let csv = format!(
        "{}\na1,2027-01-01T10:00,general,waiting,,2023,general\n",
        kezek_queue::snapshot::CSV_HEADER
    );
    let as_of = kezek_rules::dates::parse_datetime("2026-11-23T10:00").unwrap();
    let snap = parse_json(&snapshot().to_string()).unwrap();
    let asked = |v: Value| position(&snap, &query(v)).unwrap_err();
    let birth = json!({ "birth_date": "2023-03-01" });
    let before_birth = |submitted: &str| {
        let q = query(json!({ "birth_year": 2023, "submitted": submitted }));
        forecast(&snap, &q, &options(birth.clone())).unwrap_err()
    };
    let errors = [
        parse_json(&after.to_string()).unwrap_err(),
        kezek_queue::parse_csv(csv.as_bytes(), "X", as_of).unwrap_err(),
        asked(json!({ "birth_year": 2023, "submitted": "2027-01-01T10:00" })),
        asked(json!({ "birth_year": 2023, "submitted": "2022-12-31T10:00" })),
        before_birth("2023-02-01T10:00"),
    ];
    for e in errors {
        assert!(
            !e.message.contains(" 10:00") && !e.message.contains(" 09:00"),
            "{}: {}",
            e.code,
            e.message
        );
        let written = [
            "2027-01-01T10:00:00",
            "2022-12-31T10:00:00",
            "2023-02-01T10:00:00",
        ];
        assert!(
            written.iter().any(|w| e.message.contains(w)),
            "{}: {}",
            e.code,
            e.message
        );
    }
}

/// Cl. 13: a queue is of one birth year and one kind. A snapshot that has
/// queues, but none for the question's year and kind, is refused at the
/// field that has none: the birth year when the snapshot has that kind of
/// queue for other years (naming them), the queue when it has that year in
/// other kinds (naming them); with neither, the queue, naming every queue.
#[test]
fn cl13_a_queue_not_in_the_snapshot_is_refused_at_the_field_with_none() {
    let mut v = snapshot();
    let special = json!({ "birth_year": 2021, "queue": "special:hearing", "applications": [] });
    let general = json!({ "birth_year": 2021, "queue": "general", "applications": [] });
    v["queues"]
        .as_array_mut()
        .unwrap()
        .extend([special, general]);
    let snap = parse_json(&v.to_string()).unwrap();
    let asked = |year: i32, queue: &str| {
        let q =
            query(json!({ "birth_year": year, "queue": queue, "submitted": "2026-05-01T10:00" }));
        let e = position(&snap, &q).unwrap_err();
        assert_eq!(e.code, "query.unknown_queue", "{e}");
        let f = forecast(&snap, &q, &options(json!({}))).unwrap_err();
        assert_eq!((&f.field, &f.message), (&e.field, &e.message));
        (e.field, e.message)
    };
    let (field, message) = asked(2019, "general");
    assert_eq!(field, "application.birth_year");
    assert!(
        message.ends_with("its general queues are for children born in 2021, 2023"),
        "{message}"
    );
    let (field, message) = asked(2020, "special:hearing");
    assert_eq!(field, "application.birth_year");
    assert!(
        message.ends_with("its special:hearing queues are for children born in 2021"),
        "{message}"
    );
    let (field, message) = asked(2023, "special:hearing");
    assert_eq!(field, "application.queue");
    assert!(
        message.ends_with("its queues for children born in 2023 are general"),
        "{message}"
    );
    let (field, message) = asked(2019, "sanatorium:prevention");
    assert_eq!(field, "application.queue");
    assert!(
        message.ends_with("its queues are general (2021, 2023), special:hearing (2021)"),
        "{message}"
    );
    // A long list is cut after 12 items: the message stays short.
    let mut v = snapshot();
    for year in 2010..2023 {
        let q = json!({ "birth_year": year, "queue": "general", "applications": [] });
        v["queues"].as_array_mut().unwrap().push(q);
    }
    let snap = parse_json(&v.to_string()).unwrap();
    let q = query(json!({ "birth_year": 2005, "submitted": "2026-05-01T10:00" }));
    let e = position(&snap, &q).unwrap_err();
    assert_eq!(e.field, "application.birth_year");
    assert!(
        e.message.ends_with(
            "born in 2010, 2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, …"
        ),
        "{e}"
    );
}
