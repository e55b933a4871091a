//! The JSON Schemas of the wire format in `schema/` (issue 14, item 4): the
//! committed files are what the code generates (`kezek schema`), and every
//! example input, every output the engine writes for them (each catalogue
//! service through each of its channels included), the queue snapshots and
//! the error object validate against them — while a document with a wrong
//! field does not.

mod common;

use std::path::{Path, PathBuf};

use common::kezek;
use jsonschema::Validator;
use kezek_rules::catalogue::{self, Request};
use kezek_rules::{calendar::Calendar, Case};
use serde_json::{json, Value};

/// How to bring `schema/` up to date; every drift message names it.
const REGENERATE: &str = "cargo run -p kezek-cli -- schema --out schema";

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The `*.json` files of a directory of the repository, sorted.
fn json_files(dir: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no JSON files in {dir}");
    files
}

/// The committed schema `schema/<name>`, ready to validate with (formats
/// such as `date` checked too).
fn schema(name: &str) -> Validator {
    let schema = read_json(&root().join("schema").join(name));
    jsonschema::options()
        .with_draft(jsonschema::Draft::Draft202012)
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("schema/{name} is not a valid JSON Schema: {e}"))
}

/// Why `doc` does not validate, one line per error; empty when it does.
fn errors(v: &Validator, doc: &Value) -> Vec<String> {
    v.iter_errors(doc)
        .map(|e| format!("{} at `{}`", e, e.instance_path()))
        .collect()
}

fn assert_valid(v: &Validator, doc: &Value, what: &str) {
    let errors = errors(v, doc);
    assert!(
        errors.is_empty(),
        "{what} does not validate against its schema:\n{}",
        errors.join("\n")
    );
}

#[test]
fn the_committed_schemas_are_what_the_code_generates() {
    let out = std::env::temp_dir().join(format!("kezek-schema-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&out);
    let run = kezek(&["schema", "--out", out.to_str().unwrap()]);
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let listed = String::from_utf8(kezek(&["schema"]).stdout).unwrap();
    let generated: Vec<&str> = listed.lines().collect();
    assert!(generated.len() >= 8, "{listed}");
    for name in &generated {
        let fresh = std::fs::read_to_string(out.join(name)).unwrap();
        let committed =
            std::fs::read_to_string(root().join("schema").join(name)).unwrap_or_else(|_| {
                panic!("schema/{name} is missing: run `{REGENERATE}` and commit it")
            });
        assert!(
            fresh == committed,
            "schema/{name} is not what the code generates (a wire type changed): run `{REGENERATE}` and commit it"
        );
        // `kezek schema NAME` prints the same schema.
        let one = kezek(&["schema", name]);
        assert_eq!(String::from_utf8(one.stdout).unwrap(), committed, "{name}");
    }
    for file in json_files("schema") {
        let name = file.file_name().unwrap().to_str().unwrap().to_owned();
        assert!(
            generated.contains(&name.as_str()),
            "schema/{name} is no longer generated: remove it, or run `{REGENERATE}`"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}

/// Every `description` string of a schema, with where it is.
fn descriptions(v: &Value, at: &str, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(o) => {
            for (k, x) in o {
                match (k.as_str(), x) {
                    ("description", Value::String(d)) => out.push((at.to_owned(), d.clone())),
                    _ => descriptions(x, &format!("{at}/{k}"), out),
                }
            }
        }
        Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                descriptions(x, &format!("{at}/{i}"), out);
            }
        }
        _ => {}
    }
}

/// An egov integrator reads the schemas, not the Rust source: no description
/// names a Rust path (`ReasonCode::DocExpired`, `crate::checklist`,
/// `Self::x`) nor keeps rustdoc's link syntax (`` [`X`] ``, `[x](path)`). A
/// reason code is named by its wire code.
#[test]
fn the_schemas_descriptions_name_no_rust_identifiers() {
    let mut hits = Vec::new();
    for file in json_files("schema") {
        let name = file.file_name().unwrap().to_str().unwrap().to_owned();
        let mut all = Vec::new();
        descriptions(&read_json(&file), "", &mut all);
        for (at, d) in all {
            if d.contains("::") || d.contains("[`") || d.contains("](") {
                hits.push(format!("{name}{at}: {d}"));
            }
        }
    }
    assert!(
        hits.is_empty(),
        "{} descriptions name Rust identifiers:\n{}",
        hits.len(),
        hits.join("\n")
    );
    // `ReasonCode::DocReferralExtensionWindowPassed` is said as its code.
    let evaluation =
        std::fs::read_to_string(root().join("schema/order254-evaluation.schema.json")).unwrap();
    assert!(
        evaluation.contains("`doc.referral_extension_window_passed`"),
        "the reason code's wire code is not named"
    );
}

#[test]
fn every_example_case_and_its_evaluation_and_application_validate() {
    let (case, evaluation, application) = (
        schema("order254-case.schema.json"),
        schema("order254-evaluation.schema.json"),
        schema("order254-application.schema.json"),
    );
    for file in json_files("crates/kezek-rules/examples/cases") {
        let what = file.display().to_string();
        assert_valid(&case, &read_json(&file), &what);
        let parsed = Case::from_json(&std::fs::read_to_string(&file).unwrap()).unwrap();
        let e = serde_json::to_value(kezek_rules::evaluate(&parsed).unwrap()).unwrap();
        assert_valid(&evaluation, &e, &format!("the evaluation of {what}"));
        assert_valid(
            &application,
            &e["application"]["application"],
            &format!("the prepared application of {what}"),
        );
        // The canonical bytes are the same document.
        let canonical: Value =
            serde_json::from_str(e["application"]["canonical"].as_str().unwrap()).unwrap();
        assert_valid(
            &application,
            &canonical,
            &format!("the canonical application of {what}"),
        );
    }
}

/// Evaluates and prepares a request as the JS API does; checks the request
/// text, the evaluation and the prepared application against their schemas.
fn check_request(text: &str, what: &str) {
    assert_valid(
        &schema("order414-request.schema.json"),
        &serde_json::from_str(text).unwrap(),
        what,
    );
    let req = Request::from_json(text).unwrap_or_else(|e| panic!("{what}: {e}"));
    let e =
        catalogue::evaluate(&req, Calendar::builtin()).unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_valid(
        &schema("order414-evaluation.schema.json"),
        &serde_json::to_value(&e).unwrap(),
        &format!("the evaluation of {what}"),
    );
    assert_valid(
        &schema("order414-prepared.schema.json"),
        &serde_json::to_value(catalogue::prepare(&req, &e)).unwrap(),
        &format!("the prepared application of {what}"),
    );
}

/// The app's hand-off record ([`catalogue::prepare_said`]): only the facts
/// the parent gave, with the applicant and the child when named.
#[test]
fn the_record_the_app_hands_off_validates() {
    let v = schema("order414-prepared.schema.json");
    let text = std::fs::read_to_string(
        root().join("crates/kezek-rules/examples/catalogue/guardianship-grandmother.json"),
    )
    .unwrap();
    let req = Request::from_json(&text).unwrap();
    let e = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    let applicant = catalogue::Applicant {
        iin: Some("900315410004".into()),
        full_name: Some("Ахметова Айгүл".into()),
        address: None,
    };
    // The birth date the IIN gives, marked so (`birth_date_from_iin`).
    let child = catalogue::Child::named(Some("230510512343".into()), None);
    let said = ["child_orphan", "married"];
    let named = catalogue::prepare_said(&req, &e, &said, &applicant, &child);
    assert!(named.application.get("applicant").is_some());
    assert_valid(
        &v,
        &serde_json::to_value(&named).unwrap(),
        "the app's record with applicant and child",
    );
    let nobody = catalogue::Applicant {
        iin: None,
        full_name: None,
        address: None,
    };
    let bare = catalogue::prepare_said(&req, &e, &[], &nobody, &catalogue::Child::default());
    assert_valid(
        &v,
        &serde_json::to_value(&bare).unwrap(),
        "the app's record without answers",
    );
}

#[test]
fn every_catalogue_example_and_its_evaluation_and_application_validate() {
    for file in json_files("crates/kezek-rules/examples/catalogue") {
        check_request(
            &std::fs::read_to_string(&file).unwrap(),
            &file.display().to_string(),
        );
    }
}

/// Every service of order 414, through each of its channels and sub-types,
/// with a child's birth date and a receipt preview: every part of the
/// evaluation is written at least once.
#[test]
fn every_catalogue_service_through_every_channel_validates() {
    let mut checked = 0;
    for entry in catalogue::catalogue() {
        let variants: Vec<Option<&str>> = if entry.has_variants() {
            catalogue::Variant::ALL
                .iter()
                .map(|v| Some(v.name()))
                .collect()
        } else {
            vec![None]
        };
        for channel in entry.channels {
            for variant in &variants {
                let request = json!({
                    "service": entry.code,
                    "channel": channel.name(),
                    "variant": variant,
                    "as_of": "2026-12-05 11:00",
                    "facts": {
                        "child_birth_date": "2015-03-01",
                        "other_children_birth_dates": ["2012-06-01"],
                        "married": true,
                    },
                    "documents_held": [
                        { "id": "birth_certificate", "valid_until": "2026-01-01" },
                        { "id": "identity" },
                    ],
                });
                let what = format!("{} through {} ({variant:?})", entry.code, channel.name());
                check_request(&request.to_string(), &what);
                checked += 1;
            }
        }
    }
    assert!(checked >= catalogue::catalogue().len(), "{checked}");
}

/// Requests written before issue 14 still load, and their schema says so:
/// `submitted` for `as_of`, `portal` and `office` for the channels.
#[test]
fn the_request_schema_accepts_the_aliases_the_engine_reads() {
    for (channel, instant) in [("portal", "submitted"), ("office", "as_of")] {
        let text = format!(
            r#"{{"service":"00403008","channel":"{channel}","{instant}":"2026-12-15T10:00"}}"#
        );
        check_request(
            &text,
            &format!("a request with `{channel}` and `{instant}`"),
        );
    }
}

#[test]
fn the_queue_snapshots_validate() {
    let v = schema("queue-snapshot.schema.json");
    let sample = root().join("web/sample/city.json");
    let text = std::fs::read_to_string(&sample).unwrap();
    kezek_queue::parse_json(&text).expect("the sample city is a snapshot");
    assert_valid(
        &v,
        &serde_json::from_str(&text).unwrap(),
        "web/sample/city.json",
    );
    // A synthetic city as `kezek synth` writes it.
    let out = kezek(&["synth", "--seed", "7", "--size", "300"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_valid(
        &v,
        &serde_json::from_slice(&out.stdout).unwrap(),
        "kezek synth",
    );
}

/// The error object as the CLI prints it with `--json`, for a case, a
/// request and a snapshot.
#[test]
fn the_error_objects_the_cli_prints_validate() {
    let v = schema("error.schema.json");
    let dir = std::env::temp_dir().join(format!("kezek-schema-errors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad_case = dir.join("case.json");
    std::fs::write(
        &bad_case,
        r#"{"service":"00403001","channel":"egov_portal"}"#,
    )
    .unwrap();
    let bad_request = dir.join("request.json");
    std::fs::write(
        &bad_request,
        r#"{"service":"99999999","channel":"egov_portal","as_of":"2026-12-15T10:00"}"#,
    )
    .unwrap();
    let bad_snapshot = dir.join("city.json");
    std::fs::write(
        &bad_snapshot,
        "{\"schema\":\"kezek.snapshot/1\",\n\"queues\":[}",
    )
    .unwrap();
    for args in [
        vec!["--json", "evaluate", bad_case.to_str().unwrap()],
        vec!["--json", "evaluate", bad_request.to_str().unwrap()],
        vec![
            "--json",
            "position",
            bad_snapshot.to_str().unwrap(),
            "--birth-year",
            "2023",
        ],
    ] {
        let out = kezek(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let e: Value = serde_json::from_slice(&out.stderr)
            .unwrap_or_else(|_| panic!("{args:?}: {}", String::from_utf8_lossy(&out.stderr)));
        assert_valid(&v, &e, &format!("the error of kezek {args:?}"));
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// Makes one field of a valid document wrong.
type Spoil = fn(&mut Value);

/// The schemas are not vacuous: a copy of a valid document with one wrong
/// field fails, and for an input the engine refuses it too.
#[test]
fn a_document_with_a_wrong_field_does_not_validate() {
    let case_file = root().join("crates/kezek-rules/examples/cases/01-portal-general-family.json");
    let good_case = read_json(&case_file);
    let case = schema("order254-case.schema.json");
    assert_valid(&case, &good_case, "the example case");
    let wrong_cases: [(&str, Spoil); 6] = [
        ("a channel of order 414 only", |c| {
            c["channel"] = json!("education_organisation")
        }),
        ("a misspelt field", |c| {
            let as_of = c["as_of"].take();
            c.as_object_mut().unwrap().remove("as_of");
            c["as_off"] = as_of;
        }),
        ("a date in another form", |c| {
            c["child"]["birth_date"] = json!("10.05.2023")
        }),
        ("a date outside 1900-2200", |c| {
            c["child"]["birth_date"] = json!("2300-05-10")
        }),
        ("an unknown service", |c| c["service"] = json!("00403008")),
        ("a family fact that is not a yes/no", |c| {
            c["family"]["teacher"] = json!("yes")
        }),
    ];
    for (why, spoil) in wrong_cases {
        let mut c = good_case.clone();
        spoil(&mut c);
        assert!(!errors(&case, &c).is_empty(), "a case with {why} validates");
        assert!(
            Case::from_json(&c.to_string()).is_err(),
            "the engine reads a case with {why}"
        );
    }

    let request = schema("order414-request.schema.json");
    let good =
        json!({"service": "00403008", "channel": "egov_portal", "as_of": "2026-12-15T10:00"});
    assert_valid(&request, &good, "a minimal request");
    let wrong_requests: [(&str, Spoil); 7] = [
        ("both as_of and submitted", |r| {
            r["submitted"] = json!("2026-12-15T10:00")
        }),
        ("no instant", |r| {
            r.as_object_mut().unwrap().remove("as_of");
        }),
        ("an unknown channel", |r| r["channel"] = json!("fax")),
        ("a service not in the catalogue", |r| {
            r["service"] = json!("00403001")
        }),
        ("an unknown fact", |r| {
            r["facts"] = json!({"has_pony": true})
        }),
        ("an applicant's unknown field", |r| {
            r["applicant"] = json!({"nmae": "Ахметова Айгүл"})
        }),
        ("a child's birth date beside the fact", |r| {
            r["child"] = json!({"birth_date": "2019-05-04"})
        }),
    ];
    for (why, spoil) in wrong_requests {
        let mut r = good.clone();
        spoil(&mut r);
        assert!(
            !errors(&request, &r).is_empty(),
            "a request with {why} validates"
        );
        let engine = Request::from_json(&r.to_string())
            .and_then(|req| catalogue::evaluate(&req, Calendar::builtin()).map(|_| ()));
        assert!(engine.is_err(), "the engine takes a request with {why}");
    }

    // An output with a value Kezek never writes, or a field it does not have.
    let parsed = Case::from_json(&good_case.to_string()).unwrap();
    let good_eval = serde_json::to_value(kezek_rules::evaluate(&parsed).unwrap()).unwrap();
    let evaluation = schema("order254-evaluation.schema.json");
    assert_valid(&evaluation, &good_eval, "the example's evaluation");
    let wrong_evaluations: [(&str, Spoil); 4] = [
        ("an unknown category", |e| {
            e["category"]["category"] = json!("vip")
        }),
        ("an unknown reason code", |e| {
            e["reasons"][0] = json!("category.vip")
        }),
        ("an instant without seconds", |e| {
            e["as_of"] = json!("2026-11-23T10:00")
        }),
        ("a field Kezek does not write", |e| {
            e["checklist"]["extra"] = json!(1)
        }),
    ];
    for (why, spoil) in wrong_evaluations {
        let mut e = good_eval.clone();
        spoil(&mut e);
        assert!(
            !errors(&evaluation, &e).is_empty(),
            "an evaluation with {why} validates"
        );
    }
    let req = Request::from_json(&good.to_string()).unwrap();
    let mut service_eval =
        serde_json::to_value(catalogue::evaluate(&req, Calendar::builtin()).unwrap()).unwrap();
    service_eval["channel"] = json!("portal");
    assert!(
        !errors(&schema("order414-evaluation.schema.json"), &service_eval).is_empty(),
        "an evaluation that writes the alias `portal` validates"
    );

    let city = read_json(&root().join("web/sample/city.json"));
    let snapshot = schema("queue-snapshot.schema.json");
    for (why, spoil) in [
        (
            "another format",
            (|s| s["schema"] = json!("kezek.snapshot/2")) as fn(&mut Value),
        ),
        ("an unknown group", |s| {
            s["queues"][0]["applications"][0]["group"] = json!("vip")
        }),
        ("an unknown queue", |s| {
            s["queues"][0]["queue"] = json!("special:")
        }),
    ] {
        let mut s = city.clone();
        spoil(&mut s);
        assert!(
            !errors(&snapshot, &s).is_empty(),
            "a snapshot with {why} validates"
        );
        assert!(
            kezek_queue::parse_json(&s.to_string()).is_err(),
            "the engine reads a snapshot with {why}"
        );
    }
}

/// The other way round: a form the engine reads — a space for the `T`,
/// seconds, `null` for an optional field, an empty object, an alias — is
/// accepted by the schema too, so a file the engine loads never fails its
/// schema.
#[test]
fn every_form_the_engine_reads_the_schema_accepts() {
    let case_file = root().join("crates/kezek-rules/examples/cases/01-portal-general-family.json");
    let good_case = read_json(&case_file);
    let case = schema("order254-case.schema.json");
    let read_cases: [(&str, Spoil); 8] = [
        ("a space for the T", |c| {
            c["as_of"] = json!("2026-11-23 10:15")
        }),
        ("seconds", |c| c["as_of"] = json!("2026-11-23T10:15:30")),
        ("a null IIN", |c| c["applicant"]["iin"] = json!(null)),
        ("an empty family", |c| c["family"] = json!({})),
        ("no admission facts", |c| c["admission"] = json!(null)),
        ("no earlier referral", |c| {
            c["previous_priority_referral"] = json!(null)
        }),
        (
            "a document without its date",
            |c| {
                c["documents"] =
                    json!([{ "kind": "phthisiatrician_conclusion", "issued_on": null }])
            },
        ),
        ("admission facts with their dates", |c| {
            c["service"] = json!("00403002");
            c["admission"] =
                json!({ "contract_date": "2026-12-01", "place_vacated_on": "2026-11-30" });
        }),
    ];
    for (why, change) in read_cases {
        let mut c = good_case.clone();
        change(&mut c);
        Case::from_json(&c.to_string())
            .unwrap_or_else(|e| panic!("the engine reads a case with {why}: {e}"));
        assert_valid(&case, &c, &format!("a case with {why}"));
    }

    let request = schema("order414-request.schema.json");
    let good =
        json!({"service": "00403008", "channel": "egov_portal", "as_of": "2026-12-15T10:00"});
    let read_requests: [(&str, Spoil); 6] = [
        ("a space for the T", |r| {
            r["as_of"] = json!("2026-12-15 10:00")
        }),
        ("a null variant", |r| r["variant"] = json!(null)),
        ("no documents asked", |r| r["documents_held"] = json!(null)),
        ("an empty family", |r| r["facts"] = json!({})),
        ("a null birth date", |r| {
            r["facts"] = json!({ "child_birth_date": null })
        }),
        (
            "a document without its last day",
            |r| r["documents_held"] = json!([{ "id": "birth_certificate", "valid_until": null }]),
        ),
    ];
    for (why, change) in read_requests {
        let mut r = good.clone();
        change(&mut r);
        Request::from_json(&r.to_string())
            .unwrap_or_else(|e| panic!("the engine reads a request with {why}: {e}"));
        assert_valid(&request, &r, &format!("a request with {why}"));
    }

    let snapshot = schema("queue-snapshot.schema.json");
    let minimal = json!({
        "schema": "kezek.snapshot/1", "settlement": "Astana", "as_of": "2026-11-23 09:00",
        "queues": [{ "birth_year": 2023, "applications": [
            { "id": "A1", "submitted": "2024-01-10T10:00", "group": "first", "status": "waiting" }
        ]}]
    });
    kezek_queue::parse_json(&minimal.to_string()).expect("the engine reads a minimal snapshot");
    assert_valid(
        &snapshot,
        &minimal,
        "a snapshot without bulletins, recalls, queue kinds or birth dates",
    );
    // An evaluation's category as a group: read as `first`.
    let mut category = minimal.clone();
    category["queues"][0]["applications"][0]["group"] = json!("first_priority");
    kezek_queue::parse_json(&category.to_string())
        .expect("the engine reads the group first_priority");
    assert_valid(&snapshot, &category, "a snapshot with group first_priority");

    // A request naming who applies for which child.
    let named = json!({"service": "00403008", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
        "applicant": {"full_name": "Ахметова Айгүл", "iin": "900315410004"},
        "child": {"iin": "150203600012"}});
    check_request(&named.to_string(), "a request with applicant and child");
}
