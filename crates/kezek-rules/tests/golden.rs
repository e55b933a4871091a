//! Golden end-to-end cases of order No. 254, OpenFisca-style: every
//! `examples/cases/NAME.json` is evaluated through the public path (the JSON
//! `kezek evaluate` and the JS API take) and checked against
//! `examples/expectations/NAME.json`, which lists only the outputs that case
//! is about — `{"about": "…", "expect": {"path": value, …}}`, paths looked up
//! in the evaluation's JSON ([`kezek_rules::testing::lookup`]: `a.b`,
//! `list[]`, `list[key=value]`). A path that is not in the output fails the
//! case, so a misspelt or renamed field is never silently skipped; a new
//! output field changes no file. The expectations are written by hand from
//! the clause (`CASES.md` says why each case is there): there is no
//! regeneration switch.

use std::path::{Path, PathBuf};

use kezek_rules::testing::check_expectations;
use serde_json::Value;

fn dir(sub: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(sub)
}

fn json_files(sub: &str) -> Vec<PathBuf> {
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir(sub))
        .unwrap_or_else(|e| panic!("examples/{sub}: {e}"))
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    names
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The order-254 evaluation of a case file, as the CLI prints it.
fn evaluate(input: &str) -> Value {
    let case = kezek_rules::Case::from_json(input).expect("a valid case");
    serde_json::to_value(kezek_rules::evaluate(&case).expect("evaluates")).unwrap()
}

#[test]
fn golden_cases_give_the_outputs_their_expectations_list() {
    let cases = json_files("cases");
    assert!(cases.len() >= 10, "at least 10 example cases");
    let mut failures = Vec::new();
    for path in &cases {
        let name = path.file_name().unwrap();
        let expectation = read_json(&dir("expectations").join(name));
        let about = expectation["about"].as_str().unwrap_or_default();
        assert!(!about.is_empty(), "{name:?}: say what the case is about");
        let expect = expectation["expect"]
            .as_object()
            .unwrap_or_else(|| panic!("{name:?}: no \"expect\" table"));
        assert!(!expect.is_empty(), "{name:?}: an empty expectation");
        let output = evaluate(&std::fs::read_to_string(path).unwrap());
        for line in check_expectations(&output, expect) {
            failures.push(format!("{}: {line}", name.to_string_lossy()));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// Every expectation file belongs to a case: a renamed case does not leave
/// its expectations behind, unchecked.
#[test]
fn every_expectation_has_its_case() {
    for path in json_files("expectations") {
        let name = path.file_name().unwrap();
        assert!(
            dir("cases").join(name).exists(),
            "{}: no examples/cases/{} to check it against",
            path.display(),
            name.to_string_lossy()
        );
    }
}

/// The expectations can fail: a wrong value and a misspelt path each make
/// the first case fail (the harness is not a tautology).
#[test]
fn a_wrong_value_or_a_misspelt_path_fails_a_golden_case() {
    let first = &json_files("cases")[0];
    let output = evaluate(&std::fs::read_to_string(first).unwrap());
    let expectation = read_json(&dir("expectations").join(first.file_name().unwrap()));
    let mut expect = expectation["expect"].as_object().unwrap().clone();
    assert!(check_expectations(&output, &expect).is_empty());
    let (path, value) = expect
        .iter()
        .next()
        .map(|(k, v)| (k.clone(), v.clone()))
        .unwrap();
    expect.insert(path.clone(), serde_json::json!({"not": value}));
    assert_eq!(check_expectations(&output, &expect).len(), 1);
    expect.insert(path.clone(), value.clone());
    expect.insert(format!("{path}_misspelt"), value);
    assert_eq!(check_expectations(&output, &expect).len(), 1);
}
