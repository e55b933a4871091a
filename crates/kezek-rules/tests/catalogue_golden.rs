//! Catalogue golden cases (order No. 414), one table per service in
//! `tests/golden/catalogue/<code>.json`: each row is a family's facts → the
//! eligibility with its categories (and, when not eligible, the reasons),
//! the documents with how each is supplied, the refusal risks and the due
//! date, worked out by hand from the annex (the row's `about` says why).
//! Every row is evaluated through the public request path — the JSON `kezek
//! evaluate` and the JS API take — and its columns are path lookups into the
//! evaluation's JSON ([`COLUMNS`]; a row may add any other path under
//! `expect`). A missing path, an unknown column or a missing required column
//! fails; the tables must cover every service, each of its channels (and
//! sub-types), each category and each scope rule of the catalogue.
//!
//! Adding a service: add its table here (the coverage test names what is
//! missing). Adding a fact: nothing changes unless a row needs it.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use kezek_rules::catalogue::{catalogue, ScopeEffect, Variant};
use kezek_rules::testing::{check_expectations, RequestBuilder};
use serde_json::{json, Map, Value};

/// The row's columns and the evaluation path each is looked up at.
const COLUMNS: &[(&str, &str)] = &[
    ("eligible", "eligibility.eligible"),
    ("categories", "eligibility.grounds[].code"),
    ("reasons", "eligibility.reasons[].code"),
    ("cautions", "eligibility.cautions[].code"),
    ("documents", "checklist"),
    ("risks", "refusal_risks[].code"),
    ("due", "due.due"),
];

/// What a row is made of besides its columns.
const INPUTS: &[&str] = &["about", "channel", "variant", "as_of", "facts", "expect"];

fn tables() -> Vec<(PathBuf, Value)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/catalogue");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let text = std::fs::read_to_string(&p).unwrap();
            let v = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (p, v)
        })
        .collect()
}

fn rows(table: &Value) -> &Vec<Value> {
    table["cases"].as_array().expect("a \"cases\" list")
}

/// The request of a row, as the CLI and the JS API take it.
fn request(table: &Value, row: &Value) -> RequestBuilder {
    let mut r = RequestBuilder::service(table["service"].as_str().expect("service"))
        .set("channel", row["channel"].clone())
        .set("as_of", row.get("as_of").unwrap_or(&table["as_of"]).clone())
        .facts(&row["facts"]);
    if let Some(v) = row.get("variant") {
        r = r.set("variant", v.clone());
    }
    r
}

/// The row's expectation table: each column at its path, then `expect`.
fn expectations(row: &Value) -> Map<String, Value> {
    let mut out = Map::new();
    for (column, path) in COLUMNS {
        let Some(v) = row.get(*column) else { continue };
        let v = if *column == "documents" {
            let pairs = v.as_array().expect("documents: [[id, supply], …]");
            pairs
                .iter()
                .map(|p| json!({"id": p[0], "supply": p[1]}))
                .collect()
        } else {
            v.clone()
        };
        out.insert((*path).to_owned(), v);
    }
    if let Some(extra) = row.get("expect") {
        out.extend(extra.as_object().expect("expect: {path: value}").clone());
    }
    out
}

/// What is wrong with the shape of a row: an unknown column or a required
/// one missing (eligibility, documents, risks, due date; the categories
/// where the service has them; the reasons when not eligible).
fn shape_errors(row: &Value, has_categories: bool) -> Vec<String> {
    let obj = row.as_object().expect("a row is an object");
    let mut errors: Vec<String> = obj
        .keys()
        .filter(|k| !INPUTS.contains(&k.as_str()) && !COLUMNS.iter().any(|(c, _)| c == k))
        .map(|k| format!("unknown column `{k}`"))
        .collect();
    let mut required = vec![
        "about",
        "channel",
        "facts",
        "eligible",
        "documents",
        "risks",
        "due",
    ];
    if has_categories {
        required.push("categories");
    }
    if row["eligible"] == json!(false) {
        required.push("reasons");
    }
    errors.extend(
        required
            .into_iter()
            .filter(|k| !obj.contains_key(*k))
            .map(|k| format!("missing column `{k}`")),
    );
    errors
}

#[test]
fn catalogue_golden_rows_give_the_outputs_the_annex_gives() {
    let mut failures = Vec::new();
    let mut count = 0;
    for (path, table) in tables() {
        let code = table["service"].as_str().expect("service");
        let entry = kezek_rules::catalogue::entry(code)
            .unwrap_or_else(|| panic!("{}: {code} is not in the catalogue", path.display()));
        for (i, row) in rows(&table).iter().enumerate() {
            count += 1;
            let what = format!("{code} row {i} ({})", row["about"].as_str().unwrap_or(""));
            let shape = shape_errors(row, !entry.eligibility.is_empty());
            if !shape.is_empty() {
                failures.push(format!("{what}: {shape:?}"));
                continue;
            }
            let output = match request(&table, row).try_evaluate() {
                Ok(e) => serde_json::to_value(e).unwrap(),
                Err(e) => {
                    failures.push(format!("{what}: {e}"));
                    continue;
                }
            };
            for line in check_expectations(&output, &expectations(row)) {
                failures.push(format!("{what}: {line}"));
            }
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
    assert!(count >= catalogue().len(), "{count} rows");
}

/// Every service of the catalogue has a table, and its rows cover each
/// channel it is offered through (with each sub-type), each category of
/// children it defines and each scope rule: a new service, channel or
/// category without golden rows fails here (issue 16, "Done when").
#[test]
fn catalogue_golden_tables_cover_every_service_channel_category_and_scope() {
    let tables = tables();
    let mut missing = Vec::new();
    for e in catalogue() {
        let Some((_, table)) = tables.iter().find(|(_, t)| t["service"] == e.code) else {
            missing.push(format!(
                "{}: no table tests/golden/catalogue/{}.json",
                e.code, e.code
            ));
            continue;
        };
        let rows = rows(table);
        let variants: Vec<Option<Variant>> = if e.has_variants() {
            Variant::ALL.iter().copied().map(Some).collect()
        } else {
            vec![None]
        };
        for ch in e.channels {
            for v in &variants {
                let covered = rows.iter().any(|r| {
                    r["channel"] == ch.name()
                        && r.get("variant").and_then(Value::as_str) == v.map(Variant::name)
                });
                if !covered {
                    missing.push(format!("{}: no row through {} {v:?}", e.code, ch.name()));
                }
            }
        }
        let listed = |column: &str| -> BTreeSet<String> {
            rows.iter()
                .filter_map(|r| r.get(column)?.as_array().cloned())
                .flatten()
                .filter_map(|c| c.as_str().map(str::to_owned))
                .collect()
        };
        let categories = listed("categories");
        for c in e.eligibility {
            if !categories.contains(c.code) {
                missing.push(format!("{}: no row in category {}", e.code, c.code));
            }
        }
        let (reasons, cautions) = (listed("reasons"), listed("cautions"));
        for s in e.scope {
            let column = match s.effect {
                ScopeEffect::Excludes => &reasons,
                ScopeEffect::Cautions => &cautions,
            };
            if !column.contains(s.code) {
                missing.push(format!(
                    "{}: no row outside the scope rule {}",
                    e.code, s.code
                ));
            }
        }
    }
    for (path, table) in &tables {
        let code = table["service"].as_str().unwrap_or_default();
        if kezek_rules::catalogue::entry(code).is_none() {
            missing.push(format!(
                "{}: {code} is not in the catalogue",
                path.display()
            ));
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

/// The table can fail: a wrong supply, a wrong due date, a misspelt column
/// and a missing column each make the first row fail.
#[test]
fn a_wrong_or_misspelt_catalogue_row_fails() {
    let (_, table) = tables().into_iter().next().unwrap();
    let row = rows(&table)[0].clone();
    let output = serde_json::to_value(request(&table, &row).evaluate()).unwrap();
    assert!(check_expectations(&output, &expectations(&row)).is_empty());
    let mut wrong = row.clone();
    wrong["documents"][0][1] = json!("copy");
    wrong["due"] = json!("2031-01-01T18:30:00");
    assert_eq!(check_expectations(&output, &expectations(&wrong)).len(), 2);
    let mut misspelt = row.clone();
    misspelt["expect"] = json!({"due.duee": row["due"]});
    assert_eq!(
        check_expectations(&output, &expectations(&misspelt)).len(),
        1
    );
    let mut shapeless = row.clone();
    let obj = shapeless.as_object_mut().unwrap();
    obj.remove("risks");
    obj.insert("risk".into(), json!([]));
    assert_eq!(shape_errors(&shapeless, false).len(), 2);
}
