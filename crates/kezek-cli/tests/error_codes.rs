//! The one error object's codes, across the workspace: every code a source
//! file raises is listed (`kezek_rules::wire::codes()`, the queue's
//! `kezek_queue::error::CODES`), and every listed code has its parent-facing
//! text `error-<code>` in Kazakh, Russian and English — the app translates
//! an error by its code alone.

use std::path::{Path, PathBuf};

const AREAS: &[&str] = &[
    "input",
    "case",
    "catalogue",
    "calendar",
    "iin",
    "snapshot",
    "csv",
    "query",
    "forecast",
    "cli",
    "output",
];

fn listed() -> Vec<&'static str> {
    let mut all = kezek_rules::wire::codes();
    all.extend_from_slice(kezek_queue::error::CODES);
    all
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code literals of error constructors: a `"<area>.<what>"` string that
/// is the first argument of a call (`ErrorObject::new("case.bad_phone", …`,
/// `QueueError::at(\n "csv.bad_date", …`, `js_error("input.not_a_string", …`).
fn raised_codes(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('"') {
        let before = text[..i].trim_end();
        if !before.ends_with('(') {
            continue;
        }
        let rest = &text[i + 1..];
        let Some(end) = rest.find('"') else { continue };
        let lit = &rest[..end];
        let Some((area, what)) = lit.split_once('.') else {
            continue;
        };
        if AREAS.contains(&area)
            && !what.is_empty()
            && what
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            out.push(lit.to_owned());
        }
    }
    out
}

#[test]
fn every_code_raised_anywhere_is_listed() {
    let crates = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut files = Vec::new();
    for krate in ["kezek-rules", "kezek-queue", "kezek-cli", "kezek-wasm"] {
        rust_files(&crates.join(krate).join("src"), &mut files);
    }
    let listed = listed();
    let mut unlisted = Vec::new();
    let mut seen = 0;
    for f in &files {
        for code in raised_codes(&std::fs::read_to_string(f).unwrap()) {
            seen += 1;
            if !listed.contains(&code.as_str()) {
                unlisted.push(format!("{code} ({})", f.display()));
            }
        }
    }
    assert!(seen > 50, "the scan finds the constructors ({seen} codes)");
    assert!(
        unlisted.is_empty(),
        "codes raised but not listed: {unlisted:#?}"
    );
}

#[test]
fn every_code_has_its_text_in_kazakh_russian_and_english() {
    use kezek_rules::messages::{ftl, has_message, LANGUAGES};
    let mut missing = Vec::new();
    for lang in LANGUAGES {
        let src = ftl(lang).unwrap();
        for code in listed() {
            let key = kezek_rules::reason::fluent_key("error", code);
            if !has_message(src, &key) {
                missing.push(format!("{lang}: {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn codes_are_namespaced_snake_case_and_listed_once() {
    let listed = listed();
    for code in &listed {
        let (area, what) = code.split_once('.').expect(code);
        assert!(AREAS.contains(&area), "{code}: unknown area");
        assert!(
            what.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'),
            "{code}: not snake_case"
        );
        assert_eq!(
            listed.iter().filter(|c| *c == code).count(),
            1,
            "{code} twice"
        );
    }
}

#[test]
fn the_scan_sees_a_constructor_split_over_lines() {
    let src = "QueueError::at(\n    \"csv.bad_date\",\n 3, \"x\", m)\nlet s = \"case.not_a_call\";";
    assert_eq!(raised_codes(src), ["csv.bad_date"]);
}
