//! The doors' items left open by the last hostile-input probe (probe46),
//! through the real `kezek` binary: a bulletin's preschool id is bounded, a
//! CSV list's `--settlement` is checked, an empty value is said in words, a
//! value of the wrong type is one message whichever door, a snapshot with no
//! queues is said to be so, `--lang kk|ru|en`, and `kezek edition` names
//! every order's edition.

mod common;
use common::kezek;

use serde_json::json;
use std::path::{Path, PathBuf};

/// A file of this test run holding `text`.
fn file(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("kezek-cli-probe47-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

/// The one error object `kezek --json …` wrote on standard error.
fn error_of(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    serde_json::from_slice(&out.stderr)
        .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
}

/// A snapshot of one general queue of 2023 with `extra` members after it.
fn snapshot(extra: &str) -> String {
    format!(
        r#"{{"schema":"kezek.snapshot/1","settlement":"Astana","as_of":"2026-11-23T10:00",
      "queues":[{{"birth_year":2023,"queue":"general","applications":[
        {{"id":"a1","submitted":"2024-01-10T09:00","group":"general","status":"waiting"}}]}}]{extra}}}"#
    )
}

fn position(path: &Path, more: &[&str]) -> std::process::Output {
    let mut args = vec![
        "--json",
        "position",
        path.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--submitted",
        "2026-05-01T10:00",
    ];
    args.extend_from_slice(more);
    kezek(&args)
}

/// Cl. 24 p. 1 (a bulletin of free places names its preschool) and cl. 25
/// p. 1 (a recall): the preschool's id is bounded as every id of a snapshot
/// is — 1 to 64 characters, none that no one sees — `snapshot.bad_id` at
/// its path.
#[test]
fn cl24_a_bulletins_and_a_recalls_preschool_id_is_bounded_as_every_id() {
    let long = "P".repeat(65);
    for (name, extra, field) in [
        (
            "bulletin.json",
            format!(
                r#","bulletins":[{{"date":"2026-08-20","birth_year":2023,"preschool":"{long}","places":5,"mode":"general"}}]"#
            ),
            "bulletins[0].preschool",
        ),
        (
            "recall.json",
            r#","recalls":[{"date":"2026-08-20","birth_year":2023,"preschool":"ds\u200b1","places":1}]"#
                .to_owned(),
            "recalls[0].preschool",
        ),
        (
            "empty.json",
            r#","bulletins":[{"date":"2026-08-20","birth_year":2023,"preschool":"","places":5,"mode":"general"}]"#
                .to_owned(),
            "bulletins[0].preschool",
        ),
    ] {
        let path = file(name, &snapshot(&extra));
        let e = error_of(&position(&path, &[]));
        assert_eq!(e["code"], "snapshot.bad_id", "{name}: {e}");
        assert_eq!(e["field"], field, "{name}: {e}");
    }
    // 64 characters are an id.
    let ok = file(
        "ok.json",
        &snapshot(&format!(
            r#","bulletins":[{{"date":"2026-08-20","birth_year":2023,"preschool":"{}","places":5,"mode":"general"}}]"#,
            "P".repeat(64)
        )),
    );
    assert!(position(&ok, &[]).status.success());
}

const CSV: &str = "id,submitted,group,status,birth_date,birth_year,queue\na1,2024-01-10T09:00,general,waiting,,2023,\n";

/// A CSV list's `--settlement` is the free text a JSON snapshot's
/// `settlement` is, checked by the same rule (at most 200 characters, none
/// that no one sees): the command line's usage error at `--settlement`.
#[test]
fn a_csv_lists_settlement_is_checked_as_a_snapshots_settlement() {
    let path = file("list.csv", CSV);
    let long = "A".repeat(201);
    for bad in [long.as_str(), "Astana\u{7}", "Astana\u{202e}"] {
        let e = error_of(&position(
            &path,
            &["--as-of", "2026-11-23T10:00", "--settlement", bad],
        ));
        assert_eq!(e["code"], "cli.bad_argument", "{bad:?}: {e}");
        assert_eq!(e["field"], "--settlement", "{bad:?}: {e}");
    }
    let ok = position(
        &path,
        &["--as-of", "2026-11-23T10:00", "--settlement", "Қарағанды"],
    );
    assert!(ok.status.success(), "{ok:?}");
}

/// An empty value is said in words, not quoted as two backticks with
/// nothing between them.
#[test]
fn an_empty_value_is_said_in_words_not_quoted_as_two_backticks() {
    let csv = file(
        "empty-group.csv",
        "id,submitted,group,status,birth_date,birth_year,queue\na1,2024-01-10T09:00,,waiting,,2023,\n",
    );
    let json = file(
        "empty-group.json",
        &snapshot("").replace(r#""group":"general""#, r#""group":"""#),
    );
    for (path, more) in [
        (&csv, &["--as-of", "2026-11-23T10:00"][..]),
        (&json, &[][..]),
    ] {
        let e = error_of(&position(path, more));
        let message = e["message"].as_str().unwrap();
        assert!(!message.contains("``"), "{message}");
        assert!(message.contains("an empty value"), "{message}");
    }
}

/// One mistake, one message, whichever door: a `channel` that is no string
/// is said the same of a case (order No. 254) and of a request (order
/// No. 414) — its type, and the names the field takes (it was "expected a
/// string" of a request).
#[test]
fn a_channel_of_the_wrong_type_is_one_message_in_a_case_and_a_request() {
    let case = file(
        "case.json",
        r#"{"service":"00403001","channel":5,"as_of":"2026-11-23T10:00"}"#,
    );
    let request = file(
        "request.json",
        r#"{"service":"00403008","channel":5,"as_of":"2026-11-23T10:00","facts":{}}"#,
    );
    let said = |p: &PathBuf| {
        let e = error_of(&kezek(&["--json", "evaluate", p.to_str().unwrap()]));
        assert_eq!(e["field"], "channel", "{e}");
        let m = e["message"].as_str().unwrap().to_owned();
        // Up to the position (line and column differ).
        m.split(" at line ").next().unwrap().to_owned()
    };
    // Each door lists the names it takes: the catalogue's one more.
    let (case, request) = (said(&case), said(&request));
    assert_eq!(
        case,
        "invalid type: integer `5`, expected one of `provider_office`, `state_corporation`, `egov_portal`"
    );
    assert_eq!(request, format!("{case}, `education_organisation`"));
}

/// A snapshot with no queue at all: the snapshot is what is wrong (no
/// question about a queue can be answered from it), said at `queues` —
/// not `query.unknown_queue` at `--queue`, which the caller did not give.
/// A CSV list of its header line alone is an empty list.
#[test]
fn cl13_a_snapshot_with_no_queues_is_said_to_have_none() {
    let path = file(
        "no-queues.json",
        r#"{"schema":"kezek.snapshot/1","settlement":"Astana","as_of":"2026-11-23T10:00","queues":[]}"#,
    );
    let e = error_of(&position(&path, &[]));
    assert_eq!(e["code"], "snapshot.no_queues", "{e}");
    assert_eq!(e["field"], "queues", "{e}");
    let header = file(
        "header.csv",
        "id,submitted,group,status,birth_date,birth_year,queue\n",
    );
    let e = error_of(&position(&header, &["--as-of", "2026-11-23T10:00"]));
    assert_eq!(e["code"], "csv.empty", "{e}");
}

/// `--lang kk|ru|en`: the error's message is the text of its code in that
/// language, as the embedding frame's; the code and field are the same in
/// every language; without `--lang`, English as before.
#[test]
fn lang_gives_the_errors_message_in_kazakh_russian_or_english() {
    use kezek_rules::messages::{ftl, message_value};
    let path = file("no-queues-lang.json", &snapshot(""));
    let asked = |lang: Option<&str>, json: bool| {
        let mut args = vec![];
        if let Some(l) = lang {
            args.extend(["--lang", l]);
        }
        if json {
            args.push("--json");
        }
        args.extend([
            "position",
            path.to_str().unwrap(),
            "--birth-year",
            "2019",
            "--submitted",
            "2026-05-01T10:00",
        ]);
        kezek(&args)
    };
    for lang in ["kk", "ru", "en"] {
        let e = error_of(&asked(Some(lang), true));
        assert_eq!(e["code"], "query.unknown_queue");
        assert_eq!(e["field"], "--birth-year");
        let text = message_value(ftl(lang).unwrap(), "error-query-unknown-queue").unwrap();
        assert_eq!(e["message"], text.trim(), "{lang}");
        // Without --json: the same text after the command and the field.
        let out = asked(Some(lang), false);
        let said = String::from_utf8(out.stderr).unwrap();
        assert!(said.contains(text.trim()), "{lang}: {said}");
    }
    // Default: the engine's English, naming the year.
    let e = error_of(&asked(None, true));
    assert!(e["message"].as_str().unwrap().contains("2019"), "{e}");
    // A usage error the parser finds is in the language asked too.
    let out = kezek(&["--lang", "ru", "--json", "position", "--nope"]);
    let e = error_of(&out);
    assert_eq!(e["code"], "cli.bad_argument");
    let text = message_value(ftl("ru").unwrap(), "error-cli-bad-argument").unwrap();
    assert_eq!(e["message"], text.trim());
    // A text that names another (`{ error-case-bad-iin }`) or takes a
    // number (`{ $max }`) is written out.
    let example = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../kezek-rules/examples/cases/01-portal-general-family.json"
    );
    let mut v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(example).unwrap()).unwrap();
    v["times_queued_in_settlement"] = 51.into();
    let case = file("times.json", &v.to_string());
    let out = kezek(&["--lang", "kk", "--json", "evaluate", case.to_str().unwrap()]);
    let e = error_of(&out);
    let m = e["message"].as_str().unwrap();
    assert!(!m.contains('{') && m.contains("50"), "{m}");
    // --help names the option and its languages.
    let help = String::from_utf8(kezek(&["--help"]).stdout).unwrap();
    assert!(help.contains("--lang"), "{help}");
    assert!(help.contains("kk") && help.contains("ru"), "{help}");
}

/// `kezek edition` names the edition of every order Kezek applies: order
/// No. 254 as amended by order No. 464 (as before, first), and the
/// catalogue's order No. 414 of 03.10.2022 with list item 3 as amended by
/// order No. 188 of 30.06.2023 (order 414 cl. 4; `order414::edition`).
#[test]
fn edition_names_every_orders_edition() {
    let out = kezek(&["edition"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.starts_with(kezek_rules::EDITION), "{text}");
    for named in ["No. 414 of 03.10.2022", "No. 188 of 30.06.2023"] {
        assert!(text.contains(named), "{named}: {text}");
    }
}

/// Cl. 13: a snapshot with queues, but none of the year and kind asked, is
/// refused at the flag that has none — `--birth-year` when the snapshot has
/// that kind for other years, `--queue` when it has that year in other
/// kinds — its message naming what the snapshot has (it was always
/// `--queue`, also when the caller gave none and the year was what it lacked).
#[test]
fn cl13_a_queue_not_in_the_snapshot_is_said_at_the_flag_with_none() {
    let path = file("one-queue.json", &snapshot(""));
    let e = error_of(&position(&path, &["--queue", "special:hearing"]));
    assert_eq!(
        (&e["code"], &e["field"]),
        (&json!("query.unknown_queue"), &json!("--queue")),
        "{e}"
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .ends_with("its queues for children born in 2023 are general"),
        "{e}"
    );
    let mut args = vec!["--json", "forecast", path.to_str().unwrap()];
    args.extend([
        "--birth-year",
        "2019",
        "--submitted",
        "2026-05-01T10:00",
        "--paths",
        "10",
    ]);
    let e = error_of(&kezek(&args));
    assert_eq!(
        (&e["code"], &e["field"]),
        (&json!("query.unknown_queue"), &json!("--birth-year")),
        "{e}"
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .ends_with("its general queues are for children born in 2023"),
        "{e}"
    );
}

/// `kezek iin` under `--lang kk|ru`: the invalid number's answer on standard
/// output says its reason in the language asked, as standard error does
/// (the same text of its code); its code as it is. It kept the English.
#[test]
fn lang_gives_the_invalid_iins_answer_in_kazakh_russian_or_english() {
    use kezek_rules::messages::{ftl, message_value};
    for (number, code) in [
        ("123", "iin.not_12_digits"),
        ("230510512344", "iin.bad_checksum"),
    ] {
        for lang in ["kk", "ru", "en"] {
            let out = kezek(&["--lang", lang, "--json", "iin", number]);
            assert_eq!(out.status.code(), Some(1));
            let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(
                (&answer["valid"], &answer["code"]),
                (&json!(false), &json!(code))
            );
            let key = format!("error-{}", code.replace(['.', '_'], "-"));
            let text = message_value(ftl(lang).unwrap(), &key).unwrap();
            assert_eq!(answer["message"], text.trim(), "{lang}");
            let e: serde_json::Value = serde_json::from_slice(&out.stderr).unwrap();
            assert_eq!(e["message"], text.trim(), "{lang}");
        }
        // Without --lang, the engine's English as before.
        let out = kezek(&["iin", number]);
        let answer: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(
            answer["message"],
            kezek_rules::iin::answer(number).message.unwrap()
        );
    }
}
