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
}
