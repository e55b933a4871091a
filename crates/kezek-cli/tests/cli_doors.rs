//! The command line as a door to the whole engine: help from clap for every
//! subcommand, the engine's one error object with `--json`, documented exit
//! codes, the catalogue's refusal preview, and hostile input (unbounded
//! streams, a byte-order mark, malformed catalogue requests, nonsense
//! forecast options) answered with a coded error instead of a crash.

mod common;
use common::kezek;
use std::process::{Command, Stdio};

fn catalogue_example(name: &str) -> String {
    format!(
        "{}/../kezek-rules/examples/catalogue/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

fn case_example(name: &str) -> String {
    format!(
        "{}/../kezek-rules/examples/cases/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    )
}

/// A scratch directory for this test process.
fn scratch(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kezek-cli-doors-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn stderr_json(out: &std::process::Output) -> serde_json::Value {
    serde_json::from_slice(&out.stderr).unwrap_or_else(|e| {
        panic!(
            "stderr is not one JSON error object ({e}): {}",
            String::from_utf8_lossy(&out.stderr)
        )
    })
}

/// A snapshot file of a small synthetic city, written once for the test
/// process: the tests run on parallel threads, and one reading the file while
/// another was still writing it read half a snapshot (a flaky
/// `a_by_date_before_the_snapshot_is_refused`).
fn city() -> std::path::PathBuf {
    static CITY: std::sync::OnceLock<std::path::PathBuf> = std::sync::OnceLock::new();
    CITY.get_or_init(|| {
        let path = scratch("city.json");
        let out = kezek(&["synth", "--seed", "5", "--size", "2000"]);
        assert!(out.status.success());
        std::fs::write(&path, out.stdout).unwrap();
        path
    })
    .clone()
}

#[test]
fn a_ticked_refusal_ground_is_in_the_catalogue_evaluation() {
    let text = std::fs::read_to_string(catalogue_example("school-meals-tsa")).unwrap();
    let mut req: serde_json::Value = serde_json::from_str(&text).unwrap();
    req["facts"]["documents_unreliable"] = true.into();
    let path = scratch("meals-unreliable.json");
    std::fs::write(&path, req.to_string()).unwrap();
    let out = kezek(&["evaluate", path.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let risks = v["refusal_risks"]
        .as_array()
        .expect("refusal_risks printed");
    assert_eq!(risks.len(), 1, "{risks:?}");
    assert_eq!(risks[0]["code"], "documents-unreliable");
    // Annex 17 (school meals), row 9, item 1.
    assert_eq!(risks[0]["citation"]["annex"], 17);
    assert_eq!(risks[0]["citation"]["clause"], 9);
    assert_eq!(risks[0]["citation"]["sub"], 1);
    // Without the ground: an empty preview, still printed.
    let out = kezek(&["evaluate", &catalogue_example("school-meals-tsa")]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["refusal_risks"], serde_json::json!([]));
}

/// `kezek --help`'s exit codes say what the README's do: code 2 is also an
/// input too large and an answer that cannot be written
/// (`output.unwritable`), which the README named and the help did not.
#[test]
fn help_exit_code_2_names_what_the_readme_names() {
    const README: &str = include_str!("../../../README.md");
    let top = kezek(&["--help"]);
    let help = String::from_utf8_lossy(&top.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let readme = README.split_whitespace().collect::<Vec<_>>().join(" ");
    for what in [
        "an unknown option",
        "an unreadable, oversized or malformed file",
        "an impossible query",
        "an answer that cannot be written",
        "output.unwritable",
    ] {
        assert!(readme.contains(what), "README: {what}");
        assert!(
            help.contains(what),
            "kezek --help does not say «{what}»: {help}"
        );
    }
}

#[test]
fn help_comes_from_clap_for_every_subcommand() {
    let top = kezek(&["--help"]);
    assert!(top.status.success());
    let text = String::from_utf8_lossy(&top.stdout);
    for cmd in [
        "evaluate", "calendar", "iin", "edition", "services", "position", "forecast", "synth",
    ] {
        assert!(text.contains(cmd), "{cmd} missing from kezek --help");
        let out = kezek(&[cmd, "--help"]);
        assert!(out.status.success(), "kezek {cmd} --help");
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains(&format!("Usage: kezek {cmd}")), "{help}");
    }
    assert!(text.contains("Exit codes"), "{text}");
    let forecast = kezek(&["forecast", "--help"]);
    let help = String::from_utf8_lossy(&forecast.stdout);
    for opt in [
        "--paths",
        "--seed",
        "--horizon",
        "--birth-date",
        "--by",
        "--only",
        "--sen-pmpc",
        "--as-of",
    ] {
        assert!(
            help.contains(opt),
            "{opt} missing from kezek forecast --help"
        );
    }
}

/// `kezek help` answers as every command does: `kezek help --help` (and
/// `-h`) prints the help of `help` itself, where clap's own help command took
/// `--help` for the name of a command and failed (probe42: "error:
/// unrecognized subcommand '--help'", exit 2); `kezek help COMMAND` prints
/// what `kezek COMMAND --help` prints, `kezek help` what `kezek --help` does,
/// and an unknown command is `cli.bad_argument` at `COMMAND`.
#[test]
fn help_answers_its_own_help_like_every_command() {
    for flag in ["--help", "-h"] {
        let out = kezek(&["help", flag]);
        let text = String::from_utf8_lossy(&out.stdout);
        assert_eq!(
            out.status.code(),
            Some(0),
            "kezek help {flag}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            text.contains("Usage: kezek help"),
            "kezek help {flag}: {text}"
        );
    }
    assert_eq!(kezek(&["help"]).stdout, kezek(&["--help"]).stdout);
    for cmd in [
        "evaluate", "calendar", "iin", "edition", "services", "position", "forecast", "synth",
        "schema",
    ] {
        let out = kezek(&["help", cmd]);
        assert_eq!(out.status.code(), Some(0), "kezek help {cmd}");
        assert_eq!(
            out.stdout,
            kezek(&[cmd, "--help"]).stdout,
            "kezek help {cmd}"
        );
    }
    let out = kezek(&["--json", "help", "frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("cli.bad_argument"), Some("COMMAND")),
        "{e}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_bad_argument_prints_the_error_object_with_json_and_exits_2() {
    let out = kezek(&[
        "forecast",
        city().to_str().unwrap(),
        "--birth-year",
        "2023",
        "--paths",
        "many",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let e = stderr_json(&out);
    assert_eq!(e["code"], "cli.bad_argument");
    assert_eq!(e["field"], "--paths");
    assert!(e["message"].as_str().unwrap().contains("many"), "{e}");
    let out = kezek(&["--json", "frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_json(&out)["code"], "cli.bad_argument");
}

/// Something left out is said as left out, naming what: the file of
/// `evaluate`, `position`'s --birth-year, the command itself.
#[test]
fn a_missing_argument_is_named_with_its_own_code() {
    #[rustfmt::skip]
    let rows: &[(&[&str], &str, &str)] = &[
        // arguments,                                       field,          the message names
        (&["--json", "evaluate"],                           "CASE.json",    "CASE.json"),
        (&["--json"],                                       "COMMAND",      "evaluate"),
        (&["--json", "position", "city.json"],              "--birth-year", "--birth-year"),
        (&["--json", "position", "city.json", "--birth-year"], "--birth-year", "--birth-year"),
    ];
    for &(args, field, named) in rows {
        let out = kezek(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let e = stderr_json(&out);
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some("cli.missing_argument"), Some(field)),
            "{args:?}: {e}"
        );
        assert!(
            e["message"].as_str().unwrap().contains(named),
            "{args:?}: {e}"
        );
    }
}

#[test]
fn a_bad_file_prints_the_error_object_with_json_and_exits_2() {
    let out = kezek(&["evaluate", "--json", "/nonexistent/case.json"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(e["code"], "input.unreadable");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("/nonexistent/case.json"));
    let bad = scratch("bad-phone.json");
    let text = std::fs::read_to_string(case_example("01-portal-general-family"))
        .unwrap()
        .replace("+77011234567", "12345");
    std::fs::write(&bad, text).unwrap();
    let out = kezek(&["evaluate", bad.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(e["code"], "case.bad_phone");
    assert_eq!(e["field"], "applicant.phones[0]");
}

#[test]
fn exit_codes_are_0_ok_1_answer_is_no_2_bad_input() {
    assert_eq!(kezek(&["iin", "230510512343"]).status.code(), Some(0));
    assert_eq!(kezek(&["iin", "230510512344"]).status.code(), Some(1));
    assert_eq!(kezek(&["iin"]).status.code(), Some(2));
    assert_eq!(kezek(&["calendar", "1800"]).status.code(), Some(2));
}

// --- issue 18 item 9: every read is bounded before it allocates ---

#[test]
fn an_endless_stream_is_refused_at_the_input_limit() {
    for args in [
        vec!["evaluate", "/dev/zero", "--json"],
        vec!["calendar", "2026", "--data", "/dev/zero", "--json"],
    ] {
        let out = kezek(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr_json(&out)["code"], "input.too_large", "{args:?}");
    }
    // Standard input that never ends.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(["evaluate", "-", "--json"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        let chunk = vec![b' '; 1 << 16];
        // Stops when kezek closes the pipe (it must, after the limit).
        while std::io::Write::write_all(&mut stdin, &chunk).is_ok() {}
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr_json(&out)["code"], "input.too_large");
}

#[test]
fn a_snapshot_file_over_the_limit_is_refused_before_it_is_read() {
    // 300 MB of (sparse) zeros: refused from its size (the message names it),
    // not after reading it.
    let path = scratch("huge.json");
    let f = std::fs::File::create(&path).unwrap();
    f.set_len(300 << 20).unwrap();
    let out = kezek(&[
        "position",
        path.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(e["code"], "input.too_large");
    assert!(
        e["message"].as_str().unwrap().contains("314572800 bytes"),
        "{e}"
    );
    std::fs::remove_file(&path).ok();
}

#[test]
fn an_endless_csv_line_is_refused_without_reading_it_whole() {
    let link = scratch("zero.csv");
    let _ = std::fs::remove_file(&link);
    std::os::unix::fs::symlink("/dev/zero", &link).unwrap();
    let out = kezek(&[
        "position",
        link.to_str().unwrap(),
        "--as-of",
        "2026-11-23T09:00",
        "--birth-year",
        "2023",
        "--json",
    ]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(stderr_json(&out)["code"], "csv.line_too_long");
}

// --- issue 18 item 13 ---

#[test]
fn a_truncated_catalogue_request_reports_its_real_parse_error() {
    let text = std::fs::read_to_string(catalogue_example("school-meals-tsa")).unwrap();
    let path = scratch("truncated.json");
    std::fs::write(&path, &text[..text.len() - 3]).unwrap();
    let out = kezek(&["evaluate", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    let msg = e["message"].as_str().unwrap();
    assert!(!msg.contains("unknown variant"), "{msg}");
    assert!(!msg.contains("00403001"), "{msg}");
    assert!(msg.contains("EOF") || msg.contains("end of"), "{msg}");
    assert_eq!(e["code"], "input.invalid_json");
    // A number out of range inside the facts.
    let path = scratch("huge-number.json");
    std::fs::write(&path, text.replace("true,", "1e999999,")).unwrap();
    let e = stderr_json(&kezek(&["evaluate", path.to_str().unwrap(), "--json"]));
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("number out of range"),
        "{e}"
    );
}

#[test]
fn an_unknown_service_code_names_both_orders() {
    let path = scratch("unknown-service.json");
    std::fs::write(
        &path,
        r#"{"service":"99999999","channel":"portal","submitted":"2026-12-15T10:00"}"#,
    )
    .unwrap();
    let out = kezek(&["evaluate", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(e["code"], "catalogue.unknown_service");
    assert_eq!(e["field"], "service");
}

#[test]
fn json_with_a_byte_order_mark_is_read_like_without() {
    let case = std::fs::read(case_example("01-portal-general-family")).unwrap();
    let path = scratch("bom-case.json");
    std::fs::write(&path, [&b"\xef\xbb\xbf"[..], &case].concat()).unwrap();
    let with = kezek(&["evaluate", path.to_str().unwrap()]);
    assert!(
        with.status.success(),
        "{}",
        String::from_utf8_lossy(&with.stderr)
    );
    assert_eq!(
        with.stdout,
        kezek(&["evaluate", &case_example("01-portal-general-family")]).stdout
    );
    let snap = std::fs::read(city()).unwrap();
    let path = scratch("bom-city.json");
    std::fs::write(&path, [&b"\xef\xbb\xbf"[..], &snap].concat()).unwrap();
    let out = kezek(&[
        "position",
        path.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--group",
        "first",
        "--submitted",
        "2026-05-01T10:00",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn negative_paths_are_out_of_range_not_a_non_number() {
    let out = kezek(&[
        "forecast",
        city().to_str().unwrap(),
        "--birth-year",
        "2023",
        "--paths",
        "-1",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(e["code"], "forecast.bad_paths");
    assert!(
        e["message"].as_str().unwrap().contains("1 to 200000"),
        "{e}"
    );
}

// --- issue 18 item 14: the forecast refuses nonsense ---

fn forecast_error(extra: &[&str]) -> serde_json::Value {
    let city = city();
    let mut args = vec![
        "forecast",
        city.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--group",
        "general",
        "--submitted",
        "2026-01-01T10:00",
        "--paths",
        "200",
        "--json",
    ];
    args.extend_from_slice(extra);
    let out = kezek(&args);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{extra:?}: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    stderr_json(&out)
}

#[test]
fn an_empty_only_list_is_refused() {
    assert_eq!(
        forecast_error(&["--only", ",,,"])["code"],
        "forecast.empty_preference"
    );
}

#[test]
fn a_birth_date_outside_the_birth_year_is_refused() {
    let e = forecast_error(&["--birth-date", "1900-01-01"]);
    assert_eq!(e["code"], "forecast.birth_date_mismatch");
    // The option as it was given: its flag (JS names it `options.birth_date`).
    assert_eq!(e["field"], "--birth-date");
}

/// A seed the JS API could not pass exactly (above 2^53 - 1) is refused at
/// the command line too, with the engine's code at the flag: one range of
/// seeds at every door.
#[test]
fn a_seed_above_2_pow_53_minus_1_is_refused_at_its_flag() {
    let e = forecast_error(&["--seed", "9007199254740992"]);
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("forecast.bad_seed"), Some("--seed"))
    );
}

/// `--id` asks about an application of the snapshot, which stands with its
/// own group and submission (cl. 21): `--group` or `--submitted` beside it
/// was silently ignored (helper-157's doors probe). The combination is
/// refused, naming the flag given beside `--id` and saying what to leave
/// out, for `position` and `forecast`, with `--json` and without.
#[test]
fn an_id_with_group_or_submitted_beside_it_is_refused_not_ignored() {
    let city = city();
    let path = city.to_str().unwrap();
    for command in ["position", "forecast"] {
        for (flag, value) in [("--group", "first"), ("--submitted", "2026-01-01T10:00")] {
            for order in [[flag, value, "--id", "a1"], ["--id", "a1", flag, value]] {
                let mut args = vec![command, path, "--birth-year", "2023", "--json"];
                args.extend_from_slice(&order);
                let out = kezek(&args);
                assert_eq!(out.status.code(), Some(2), "{args:?}");
                let e = stderr_json(&out);
                assert_eq!(e["code"], "cli.bad_argument", "{args:?}: {e}");
                assert_eq!(e["field"], flag, "{args:?}: {e}");
                let message = e["message"].as_str().unwrap();
                assert!(
                    message.contains("--id") && message.contains(flag),
                    "{message}"
                );
                args.retain(|a| *a != "--json");
                let out = kezek(&args);
                assert_eq!(out.status.code(), Some(2), "{args:?}");
                let said = String::from_utf8_lossy(&out.stderr);
                assert!(said.contains("--id") && said.contains(flag), "{said}");
            }
        }
    }
    // `--id` alone is read as before (an id not in the file is the engine's).
    let out = kezek(&[
        "position",
        path,
        "--birth-year",
        "2023",
        "--id",
        "no-such",
        "--json",
    ]);
    assert_eq!(stderr_json(&out)["code"], "query.unknown_id");
}

#[test]
fn a_by_date_before_the_snapshot_is_refused() {
    let e = forecast_error(&["--by", "1900-01-01"]);
    assert_eq!(e["code"], "forecast.by_before_snapshot");
    assert_eq!(e["field"], "--by");
}

// --- issue 18 item 3: the CLI's date options go through the one bounded parser ---

#[test]
fn date_options_outside_the_supported_range_are_refused_with_its_code() {
    // chrono alone accepts these (a signed six-digit year, or a year past the
    // calendar's last one); kezek_rules::dates bounds them to 1900-2200.
    for (opt, value) in [("--by", "2201-01-01"), ("--birth-date", "1899-12-31")] {
        said_out_of_range(
            &[
                "forecast",
                "--submitted",
                "2026-01-01T10:00",
                "--paths",
                "200",
            ],
            opt,
            value,
        );
    }
}

/// `kezek <command> <the sample city> --birth-year 2023 <rest> <opt> <value>`
/// is refused as a date out of 1900-2200, at `opt`.
fn said_out_of_range(command: &[&str], opt: &str, value: &str) {
    let city = city();
    let mut args = vec![command[0], city.to_str().unwrap(), "--birth-year", "2023"];
    args.extend_from_slice(&command[1..]);
    args.extend_from_slice(&[opt, value, "--json"]);
    let out = kezek(&args);
    assert_eq!(out.status.code(), Some(2), "{opt} {value}");
    let e = stderr_json(&out);
    assert_eq!(e["code"], "cli.bad_argument", "{opt} {value}: {e}");
    assert_eq!(e["field"], opt, "{e}");
    let message = e["message"].as_str().unwrap();
    // The range, and no code beside the error's own (probe43).
    assert!(
        message.contains(kezek_rules::dates::RANGE_WORDS) && !message.contains("out_of_range"),
        "{opt} {value}: {e}"
    );
}

/// A date-time option outside 1900-2200 (`--submitted`, `--as-of`) is said to
/// be out of range, as the date options are, not "not a date-time": the
/// README's every date lies between 1900-01-01 and 2200-12-31.
#[test]
fn a_date_time_option_outside_the_supported_range_says_so() {
    for (opt, value) in [
        ("--submitted", "2201-01-01T10:00"),
        ("--submitted", "1899-12-31T10:00"),
    ] {
        said_out_of_range(&["position"], opt, value);
    }
    // A malformed one is still said to be no date-time.
    let out = kezek(&[
        "position",
        city().to_str().unwrap(),
        "--birth-year",
        "2023",
        "--submitted",
        "2026-02-30T10:00",
        "--json",
    ]);
    let e = stderr_json(&out);
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("is not a date-time like 2026-05-01T10:00"),
        "{e}"
    );
}

/// A date is exactly `YYYY-MM-DD` at every CLI door (hostile18, item 1):
/// chrono's signed years (`+2023-05-10` was read as 10 May 2023), white
/// space, one-digit fields and full-width digits are refused, the field
/// named, with the door's code for a malformed date.
#[test]
fn a_date_is_exactly_yyyy_mm_dd_at_every_cli_door() {
    let forms = [
        "+2023-05-10",
        "+002023-05-10",
        "-2023-05-10",
        " 2023-05-10",
        "2023-5-10",
        "\u{FF12}\u{FF10}\u{FF12}\u{FF13}-05-10",
        "2023-05-10T00:00",
    ];
    let case = std::fs::read_to_string(case_example("01-portal-general-family")).unwrap();
    for (i, text) in forms.into_iter().enumerate() {
        // A case's birth date.
        let mut c: serde_json::Value = serde_json::from_str(&case).unwrap();
        c["child"]["birth_date"] = text.into();
        let path = scratch(&format!("form-{i}.json"));
        std::fs::write(&path, c.to_string()).unwrap();
        let out = kezek(&["evaluate", path.to_str().unwrap(), "--json"]);
        assert_eq!(out.status.code(), Some(2), "{text:?}");
        let e = stderr_json(&out);
        assert_eq!(e["code"], "case.invalid_json", "{text:?}: {e}");
        assert_eq!(e["field"], "child.birth_date", "{text:?}: {e}");
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("is not a date like 2026-11-23"),
            "{e}"
        );
        // A forecast's date options.
        for opt in ["--by", "--birth-date"] {
            // `--by=…`: clap would take `-2023-05-10` alone for an option.
            let e = forecast_error(&[&format!("{opt}={text}")]);
            assert_eq!(e["code"], "cli.bad_argument", "{opt} {text:?}: {e}");
            assert_eq!(e["field"], opt, "{e}");
            assert!(
                e["message"]
                    .as_str()
                    .unwrap()
                    .contains("is not a date like"),
                "{e}"
            );
        }
    }
    // The snapshot's instant: `+2026-11-23T09:00` was read as 23 November 2026.
    let snapshot = std::fs::read_to_string(city()).unwrap().replacen(
        "\"as_of\":\"2026-",
        "\"as_of\":\"+2026-",
        1,
    );
    let path = scratch("signed-snapshot.json");
    std::fs::write(&path, snapshot).unwrap();
    let out = kezek(&[
        "position",
        path.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--id",
        "A0000001",
        "--json",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    assert_eq!(e["field"], "as_of", "{e}");
    assert!(e["message"].as_str().unwrap().contains("+2026-"), "{e}");
}

/// A free text holds an emoji with its selector or joiner (❤️, 👨‍👩‍👧) as it
/// holds 👍; a selector after a letter is still refused, the field named
/// (hostile18 item 2).
#[test]
fn an_emoji_with_its_selector_is_text_at_the_cli_a_stray_selector_is_not() {
    let case = std::fs::read_to_string(case_example("01-portal-general-family")).unwrap();
    for (i, (name, refused)) in [
        ("Айгүл ❤\u{FE0F}", false),
        ("Айгүл 👨\u{200D}👩\u{200D}👧", false),
        ("Айгүл 👍", false),
        ("Айгүл\u{FE0F}", true),
        ("Ай\u{200D}гүл", true),
    ]
    .into_iter()
    .enumerate()
    {
        let mut c: serde_json::Value = serde_json::from_str(&case).unwrap();
        c["applicant"]["full_name"] = name.into();
        let path = scratch(&format!("emoji-{i}.json"));
        std::fs::write(&path, c.to_string()).unwrap();
        let out = kezek(&["evaluate", path.to_str().unwrap(), "--json"]);
        if refused {
            assert_eq!(out.status.code(), Some(2), "{name:?}");
            let e = stderr_json(&out);
            assert_eq!(e["code"], "case.text_control_character", "{name:?}: {e}");
            assert_eq!(e["field"], "applicant.full_name", "{e}");
        } else {
            assert_eq!(
                out.status.code(),
                Some(0),
                "{name:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
}

/// No answer of the CLI holds a date after 2200-12-31, the last day Kezek
/// supports (hostile18 item 3): a case whose terms would end after it is
/// refused naming the input they count from; a forecast's horizon stops there.
#[test]
fn no_answer_runs_past_2200_at_the_cli() {
    let case = std::fs::read_to_string(case_example("05-office-guardian-orphan-saturday")).unwrap();
    for (as_of, birth, field) in [
        ("2200-12-31T23:59", "2195-03-01", "as_of"),
        ("2200-06-01T10:00", "2199-03-01", "child.birth_date"),
    ] {
        let mut c: serde_json::Value = serde_json::from_str(&case).unwrap();
        c["as_of"] = as_of.into();
        c["child"]["birth_date"] = birth.into();
        c["child"].as_object_mut().unwrap().remove("iin");
        let path = scratch(&format!("far-{field}.json"));
        std::fs::write(&path, c.to_string()).unwrap();
        let out = kezek(&["evaluate", path.to_str().unwrap(), "--json"]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{as_of}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let e = stderr_json(&out);
        // The date given is in range, the term counted from it is not.
        assert_eq!(e["code"], "case.term_out_of_range", "{e}");
        assert_eq!(e["field"], field, "{e}");
        assert!(
            e["message"].as_str().unwrap().contains("after 2200-12-31"),
            "{e}"
        );
    }
    // A catalogue request of the last evening: its result would be due in 2201.
    let mut r: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(catalogue_example("school-meals-tsa")).unwrap(),
    )
    .unwrap();
    r["as_of"] = "2200-12-31T23:59".into();
    let path = scratch("far-request.json");
    std::fs::write(&path, r.to_string()).unwrap();
    let out = kezek(&["evaluate", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let e = stderr_json(&out);
    // The date given is in range, the term counted from it is not.
    assert_eq!(e["code"], "catalogue.term_out_of_range", "{e}");
    assert_eq!(e["field"], "as_of", "{e}");
    let snapshot = std::fs::read_to_string(city()).unwrap().replacen(
        "\"as_of\":\"2026-11-23T09:00:00\"",
        "\"as_of\":\"2200-11-23T09:00:00\"",
        1,
    );
    assert!(snapshot.contains("2200-11-23"));
    let path = scratch("city-2200.json");
    std::fs::write(&path, snapshot).unwrap();
    let out = kezek(&[
        "forecast",
        path.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--group",
        "general",
        "--submitted",
        "2200-01-01T10:00",
        "--paths",
        "200",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let f: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(f["horizon_end"], "2200-12-31", "{f}");
    assert!(!f.to_string().contains("\"2201-"), "{f}");
}

/// An IIN whose 7th digit says the 1800s (errors20 item 1) is refused at
/// every CLI door with the IIN reader's own reason: `kezek iin` answers no
/// (exit 1, `iin.bad_century`), a case or a catalogue request holding it is
/// bad input naming the IIN's field, with the same message. It was read as
/// "born 1899-01-01", a date outside Kezek's range.
#[test]
fn an_iin_of_the_1800s_is_a_bad_century_at_every_cli_door() {
    const IIN: &str = "990101100000";
    let out = kezek(&["iin", IIN]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["code"], "iin.bad_century", "{v}");
    let said = v["message"].as_str().unwrap().to_owned();
    assert!(said.contains("3 to 6"), "{said}");
    let case = std::fs::read_to_string(case_example("05-office-guardian-orphan-saturday")).unwrap();
    let request = std::fs::read_to_string(catalogue_example("school-meals-tsa")).unwrap();
    for (name, text, path, code) in [
        ("case-child", &case, &["child", "iin"], "case.bad_iin"),
        (
            "case-applicant",
            &case,
            &["applicant", "iin"],
            "case.bad_iin",
        ),
        (
            "request-child",
            &request,
            &["child", "iin"],
            "catalogue.bad_iin",
        ),
        (
            "request-applicant",
            &request,
            &["applicant", "iin"],
            "catalogue.bad_iin",
        ),
    ] {
        let mut c: serde_json::Value = serde_json::from_str(text).unwrap();
        c[path[0]][path[1]] = IIN.into();
        let file = scratch(&format!("iin-1800s-{name}.json"));
        std::fs::write(&file, c.to_string()).unwrap();
        let out = kezek(&["evaluate", file.to_str().unwrap(), "--json"]);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{name}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let e = stderr_json(&out);
        assert_eq!(e["code"], code, "{name}: {e}");
        assert_eq!(e["field"], path.join("."), "{name}: {e}");
        assert_eq!(e["message"], said.as_str(), "{name}: {e}");
    }
}

/// A reader that stops early (`kezek synth | head -c 100`): the rest of the
/// answer is dropped and the command ends with its own code, without a panic.
#[test]
fn a_reader_that_stops_reading_ends_the_command_quietly() {
    use std::io::Read;
    // More than a pipe's buffer (64 KiB), so the write is under way when the
    // reader goes, whoever runs first.
    let mut child = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(["synth", "--seed", "1", "--size", "20000"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kezek runs");
    let mut head = [0u8; 100];
    child.stdout.take().unwrap().read_exact(&mut head).unwrap();
    let out = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
}

/// An output that cannot take the answer (a full disk: `/dev/full`) is
/// reported as the engine's error object, exit code 2, not a panic.
#[test]
#[cfg(target_os = "linux")]
fn an_answer_that_cannot_be_written_is_a_coded_error() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(["--json", "edition"])
        .stdout(full)
        .output()
        .expect("kezek runs");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr_json(&out);
    assert_eq!(err["code"], "output.unwritable", "{err}");
}

/// An answer "no" that cannot be written (`kezek --json iin 123 >
/// /dev/full`) is one failure, one error object: the write's
/// (`output.unwritable`, exit 2), the reason kept in its message. Before,
/// standard error held two objects (the IIN's reason, then the write's), which
/// a reader of "one JSON object" could not parse (probe44).
#[test]
#[cfg(target_os = "linux")]
fn a_no_that_cannot_be_written_is_one_error_object() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(["--json", "iin", "123"])
        .stdout(full)
        .output()
        .expect("kezek runs");
    let err = stderr_json(&out);
    assert_eq!(err["code"], "output.unwritable", "{err}");
    assert!(
        err["message"].as_str().unwrap().contains("12 digits"),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2));
}

/// `kezek schema --out DIR` into a place that cannot be written is a write
/// error, `output.unwritable` at `--out`, as an answer that cannot be written
/// is — not `cli.bad_argument` (the argument is well formed; the disk said
/// no; probe44).
#[test]
#[cfg(target_os = "linux")]
fn a_schema_directory_that_cannot_be_written_is_output_unwritable() {
    let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(["--json", "schema", "--out", "/dev/full/schema"])
        .output()
        .expect("kezek runs");
    let err = stderr_json(&out);
    assert_eq!(
        (err["code"].as_str(), err["field"].as_str()),
        (Some("output.unwritable"), Some("--out")),
        "{err}"
    );
    assert_eq!(out.status.code(), Some(2));
}

/// Standard error to a reader that has gone (`kezek … 2>&1 >/dev/null |
/// true`): the error has nowhere to go, and the command still ends with its
/// own code (1: the number is not an IIN), not a panic (101).
#[test]
#[cfg(unix)]
fn an_error_with_no_reader_left_ends_the_command_quietly() {
    // fd 3 is this test's pipe; `true` has exited long before kezek writes
    // its error into the pipeline, which then has no reader.
    let script = format!(
        "exec 3>&1; ( sleep 0.3; '{}' --json iin 123 2>&1 >/dev/null; echo $? >&3 ) | true",
        env!("CARGO_BIN_EXE_kezek")
    );
    let out = Command::new("sh")
        .args(["-c", &script])
        .output()
        .expect("sh runs");
    let code = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    assert_eq!(code, "1", "{}", String::from_utf8_lossy(&out.stderr));
}

/// The README's command lines ("The same shapes on the command line: …"), run
/// as written: `CASE.json` an example case, `city.json` the file `kezek synth
/// … > city.json` wrote, the forecast's `…` the position's options before it.
/// Each ends with 0 and prints JSON.
#[test]
fn the_readmes_command_lines_run_as_written() {
    let readme =
        std::fs::read_to_string(format!("{}/../../README.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let at = readme
        .find("The same shapes on the command line:")
        .expect("README names the command lines");
    let sentence = &readme[at..at + readme[at..].find(".\n").unwrap()];
    let sentence = sentence.replace('\n', " ");
    let commands: Vec<&str> = sentence.split('`').skip(1).step_by(2).collect();
    assert!(commands.len() >= 6, "{commands:?}");
    let city = scratch("readme-city.json");
    let case = case_example("01-portal-general-family");
    let mut position_options = String::new();
    for command in &commands {
        let line = command
            .trim_start_matches("cargo run -q -p kezek-cli -- ")
            .trim_start_matches("kezek ");
        let (line, into) = match line.split_once(" > ") {
            Some((l, file)) => (l, Some(file)),
            None => (line, None),
        };
        if line.starts_with("position city.json") {
            position_options = line.trim_start_matches("position city.json").to_owned();
        }
        let line = line.replace('…', &position_options);
        let args: Vec<String> = line
            .split_whitespace()
            .map(|a| match a {
                "CASE.json" => case.clone(),
                "city.json" => city.display().to_string(),
                a => a.to_owned(),
            })
            .collect();
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = kezek(&args);
        assert_eq!(
            out.status.code(),
            Some(0),
            "`{command}`: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("`{command}` printed no JSON: {e}"));
        if let Some(file) = into {
            assert_eq!(file, "city.json", "{command}");
            assert_eq!(v["schema"], "kezek.snapshot/1");
            std::fs::write(&city, &out.stdout).unwrap();
        }
        if line.starts_with("forecast") {
            assert_eq!(v["paths"], 10000, "{command}");
            assert_eq!(v["position"]["group"], "first", "{command}");
        }
    }
}

/// A negative seed (`--seed -1`, as a script computing one may write) was
/// taken by clap for an unknown option: `cli.bad_argument` at the field
/// `-1`, "unexpected argument '-1' found", which named neither the option
/// nor what it takes. It is now refused at `--seed`, saying what a seed is,
/// in `forecast` and in `synth`.
#[test]
fn a_negative_seed_is_refused_at_seed_saying_what_a_seed_is() {
    let synth = kezek(&["synth", "--seed", "-1", "--size", "10", "--json"]);
    assert_eq!(synth.status.code(), Some(2));
    for e in [forecast_error(&["--seed", "-1"]), stderr_json(&synth)] {
        assert_eq!(
            (&e["code"], &e["field"]),
            (&"cli.bad_argument".into(), &"--seed".into()),
            "{e}"
        );
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("a whole number from 0"),
            "{e}"
        );
    }
}

/// An unreadable input says which it is and why (probe42): standard input
/// (`-`) is named as a file is ("cannot read: Is a directory" named nothing,
/// `kezek evaluate - < dir`), and a file saved as UTF-16 (Notepad's
/// "Unicode", its FF FE mark) is said to be UTF-16, not only "not UTF-8 text
/// (byte 0)". The codes are unchanged.
#[test]
fn an_unreadable_input_names_standard_input_and_utf16() {
    let run = |args: &[&str], stdin: Stdio| {
        let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
            .args(args)
            .stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        stderr_json(&out)
    };
    let dir = scratch("a-directory");
    std::fs::create_dir_all(&dir).unwrap();
    let e = run(
        &["--json", "evaluate", "-"],
        Stdio::from(std::fs::File::open(&dir).unwrap()),
    );
    assert_eq!(e["code"], "input.unreadable");
    assert!(
        e["message"].as_str().unwrap().contains("standard input"),
        "{e}"
    );
    let text = std::fs::read_to_string(case_example("01-portal-general-family")).unwrap();
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let file = scratch("utf16.json");
    std::fs::write(&file, &utf16).unwrap();
    for (args, stdin) in [
        (
            vec!["--json", "evaluate", file.to_str().unwrap()],
            Stdio::null(),
        ),
        (
            vec!["--json", "evaluate", "-"],
            Stdio::from(std::fs::File::open(&file).unwrap()),
        ),
    ] {
        let e = run(&args, stdin);
        assert_eq!(e["code"], "input.not_utf8", "{args:?}");
        assert!(
            e["message"].as_str().unwrap().contains("UTF-16"),
            "{args:?}: {e}"
        );
    }
}

/// An empty file or standard input says so in words, naming it, and what it
/// should hold, with its own code `input.empty` (probe43, item 1): `kezek
/// evaluate empty.json` said «line 1, EOF while parsing a value at line 1
/// column 0 (input.invalid_json)», which reads as a file cut off. A
/// snapshot's and calendar data's say theirs; exit code 2, as every input's.
#[test]
fn an_empty_file_or_standard_input_says_it_is_empty_and_what_it_should_hold() {
    let empty = scratch("empty.json");
    std::fs::write(&empty, "\n").unwrap();
    let path = empty.to_str().unwrap();
    let run = |args: &[&str], stdin: Stdio| {
        let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
            .args(args)
            .stdin(stdin)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        stderr_json(&out)
    };
    for (args, stdin, named, holds, field) in [
        (
            vec!["--json", "evaluate", path],
            Stdio::null(),
            path,
            "order254-case",
            "",
        ),
        (
            vec!["--json", "evaluate", "-"],
            Stdio::null(),
            "standard input",
            "order414-request",
            "",
        ),
        (
            vec!["--json", "position", path, "--birth-year", "2023"],
            Stdio::null(),
            path,
            "kezek.snapshot/1",
            "",
        ),
        (
            vec!["--json", "forecast", "-", "--birth-year", "2023"],
            Stdio::null(),
            "standard input",
            "kezek.snapshot/1",
            "",
        ),
        (
            vec!["--json", "calendar", "2026", "--data", path],
            Stdio::null(),
            path,
            "kezek.calendar/1",
            "--data",
        ),
    ] {
        let e = run(&args, stdin);
        assert_eq!(e["code"], "input.empty", "{args:?}: {e}");
        assert_eq!(e["field"], field, "{args:?}: {e}");
        let message = e["message"].as_str().unwrap();
        assert!(
            message.starts_with(&format!("{named} is empty")) && message.contains(holds),
            "{args:?}: {e}"
        );
        assert!(!message.contains("EOF"), "{e}");
    }
}

/// `kezek calendar YEAR --data FILE` names its errors as the user gave the
/// data (probe43, item 3): a field as its path inside the file, as a case's
/// and a snapshot's are named (`years[0].holidays[0].date`), the whole file
/// by its flag `--data`, as its read errors are — not under the JS API's
/// argument name (`calendar.years[0]…`, `calendar`), which no file or flag
/// of the command line has.
#[test]
fn calendar_data_errors_name_the_file_given_with_data() {
    let data = |years: serde_json::Value| {
        serde_json::json!({"format": "kezek.calendar/1", "version": "x", "source": "x", "years": years})
            .to_string()
    };
    for (name, text, code, field) in [
        (
            "out-of-range.json",
            data(
                serde_json::json!([{"year": 2026, "holidays": [{"date": "1800-01-01", "name": "x"}]}]),
            ),
            "calendar.date_out_of_range",
            "years[0].holidays[0].date",
        ),
        (
            "year-as-text.json",
            data(serde_json::json!([{"year": "2026", "holidays": []}])),
            "calendar.invalid_json",
            "years[0].year",
        ),
        (
            "bad-format.json",
            data(serde_json::json!([])).replace("kezek.calendar/1", "v0"),
            "calendar.bad_format",
            "format",
        ),
        (
            "not-json.json",
            "{".to_owned(),
            "calendar.invalid_json",
            "--data",
        ),
        (
            "a-list.json",
            "[]".to_owned(),
            "calendar.invalid_json",
            "--data",
        ),
        (
            "too-deep.json",
            format!("{}{}", "[".repeat(200), "]".repeat(200)),
            "input.too_deep",
            "--data",
        ),
    ] {
        let path = scratch(name);
        std::fs::write(&path, &text).unwrap();
        let out = kezek(&[
            "calendar",
            "2026",
            "--data",
            path.to_str().unwrap(),
            "--json",
        ]);
        assert_eq!(out.status.code(), Some(2), "{name}");
        let e = stderr_json(&out);
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some(code), Some(field)),
            "{name}: {e}"
        );
        // One error object (probe46): the line its message says («… at
        // line 1 column 98») is its `line`, as a case's and a snapshot's
        // (input.too_deep says none, and carries the line where it went too deep).
        let message = e["message"].as_str().unwrap();
        let said = message
            .rsplit_once(" at line ")
            .and_then(|(_, p)| p.split_once(" column "))
            .and_then(|(l, _)| l.parse::<u64>().ok());
        if said.is_some() {
            assert_eq!(e["line"].as_u64(), said, "{name}: {e}");
        }
    }
}

/// A long argument is echoed by its first 40 characters, as every value an
/// error quotes (probe43's long-string probe): an unknown option of 50,000
/// characters came back whole in the error's field and twice in its message
/// (200 KB on standard error; 300 KB without --json), an unknown command
/// or a bad value of --group, --queue, --submitted or YEAR whole in clap's
/// «invalid value '…'».
#[test]
fn a_long_argument_is_echoed_by_its_first_40_characters() {
    let long = "Ж".repeat(50_000);
    let city = city();
    let city = city.to_str().unwrap();
    let option = format!("--{long}");
    let runs: Vec<Vec<&str>> = vec![
        vec!["evaluate", "x.json", &option],
        vec![&long],
        vec!["evaluate", "x.json", &long],
        vec!["position", city, "--birth-year", "2023", "--group", &long],
        vec!["position", city, "--birth-year", "2023", "--queue", &long],
        vec![
            "position",
            city,
            "--birth-year",
            "2023",
            "--submitted",
            &long,
        ],
        vec!["position", city, "--birth-year", &long],
        vec!["calendar", &long],
    ];
    for args in runs {
        let shown: Vec<String> = args.iter().map(|a| a.chars().take(20).collect()).collect();
        let mut json = vec!["--json"];
        json.extend(&args);
        let out = kezek(&json);
        assert_eq!(out.status.code(), Some(2), "{shown:?}");
        assert!(
            out.stderr.len() < 2_000,
            "{shown:?}: {} bytes",
            out.stderr.len()
        );
        let e = stderr_json(&out);
        assert!(
            e["field"].as_str().unwrap().chars().count() <= 41,
            "{shown:?}: {e}"
        );
        assert!(
            e["message"].as_str().unwrap().contains("ЖЖЖ…"),
            "{shown:?}: {e}"
        );
        let out = kezek(&args);
        assert_eq!(out.status.code(), Some(2), "{shown:?}");
        assert!(
            out.stderr.len() < 2_000,
            "{shown:?}: {} bytes without --json",
            out.stderr.len()
        );
    }
}

/// Every object of every input, `{"zz": 1}` added: the objects of a JSON
/// value and their paths, as an error's `field` spells them.
fn objects(v: &serde_json::Value, path: String, out: &mut Vec<String>) {
    match v {
        serde_json::Value::Object(m) => {
            out.push(path.clone());
            for (k, x) in m {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                objects(x, p, out);
            }
        }
        serde_json::Value::Array(a) => {
            for (i, x) in a.iter().enumerate() {
                objects(x, format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

/// A field Kezek does not know, at any depth of a case, a request, a
/// snapshot or calendar data, is refused with the input's code at the
/// unknown key's path, never ignored (a misspelt field would read as left
/// out), as the README's JS API section says (probe44: it did not say
/// which).
#[test]
fn an_unknown_field_anywhere_in_an_input_is_refused_at_its_path() {
    let city = std::fs::read_to_string(city()).unwrap();
    let calendar = format!(
        "{}/../kezek-rules/data/calendar-kz.json",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut inputs = vec![
        ("snapshot.invalid_json", city.clone(), "position"),
        (
            "calendar.invalid_json",
            std::fs::read_to_string(&calendar).unwrap(),
            "calendar",
        ),
    ];
    for dir in ["cases", "catalogue"] {
        let code = if dir == "cases" {
            "case.invalid_json"
        } else {
            "catalogue.invalid_json"
        };
        let examples = format!(
            "{}/../kezek-rules/examples/{dir}",
            env!("CARGO_MANIFEST_DIR")
        );
        for e in std::fs::read_dir(examples).unwrap() {
            inputs.push((
                code,
                std::fs::read_to_string(e.unwrap().path()).unwrap(),
                "evaluate",
            ));
        }
    }
    let mut tried = 0;
    for (code, text, door) in inputs {
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut paths = Vec::new();
        objects(&value, String::new(), &mut paths);
        // A snapshot's first application stands for all of them.
        paths.retain(|p| !p.contains("[1") && !p.contains("[2") && !p.contains("[3"));
        paths.truncate(12);
        for path in paths {
            let mut v = value.clone();
            let at = if path.is_empty() {
                &mut v
            } else {
                let pointer = format!("/{}", path.replace(['.', '['], "/").replace(']', ""));
                v.pointer_mut(&pointer).unwrap()
            };
            at["zz"] = 1.into();
            let file = scratch(&format!("unknown-{tried}.json"));
            std::fs::write(&file, v.to_string()).unwrap();
            let f = file.to_str().unwrap();
            let out = match door {
                "position" => kezek(&[
                    "--json",
                    "position",
                    f,
                    "--birth-year",
                    &value["queues"][0]["birth_year"].to_string(),
                    "--submitted",
                    "2026-01-01T10:00",
                ]),
                "calendar" => kezek(&["--json", "calendar", "2026", "--data", f]),
                _ => kezek(&["--json", "evaluate", f]),
            };
            let err = stderr_json(&out);
            let field = if path.is_empty() {
                "zz".to_owned()
            } else {
                format!("{path}.zz")
            };
            assert_eq!(
                (err["code"].as_str(), err["field"].as_str()),
                (Some(code), Some(field.as_str())),
                "{err}"
            );
            tried += 1;
        }
    }
    assert!(tried > 20, "{tried}");
}

/// `kezek --help` and `--version` to an output that cannot take them are an
/// answer that cannot be written, as any other (`output.unwritable`, exit 2;
/// probe44): they ended 0 with nothing written.
#[test]
#[cfg(target_os = "linux")]
fn help_or_the_version_that_cannot_be_written_is_output_unwritable() {
    for args in [
        &["--json", "--help"][..],
        &["--json", "--version"],
        &["--json", "help", "evaluate"],
    ] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_kezek"))
            .args(args)
            .stdout(full)
            .output()
            .expect("kezek runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(stderr_json(&out)["code"], "output.unwritable", "{args:?}");
    }
}

/// A command kezek does not have is named at `COMMAND`, as `kezek help
/// nope` names it (probe44: `kezek --json nope` gave field "").
#[test]
fn an_unknown_command_is_refused_at_command() {
    for args in [&["--json", "nope"][..], &["--json", "Evaluate", "x.json"]] {
        let out = kezek(args);
        let err = stderr_json(&out);
        assert_eq!(
            (err["code"].as_str(), err["field"].as_str()),
            (Some("cli.bad_argument"), Some("COMMAND")),
            "{err}"
        );
        assert_eq!(out.status.code(), Some(2));
    }
}

/// `kezek synth --size` (probe44, left open): `-0` was taken by clap for an
/// unknown option ("unexpected argument '-0' found", at the field `-0`),
/// `+5` and `05` were read as 5 without a word, `""` said "cannot parse
/// integer from empty string" (Rust's words). A whole number on the command
/// line is written as JSON writes one — digits, `-` before a negative one —
/// so the same text reads the same at both doors: `-0` is 0 (out of the
/// size's range, said so), `+5`, `05` and ` 5` are no number, `""` is a
/// value left out. Each at `--size`, exit 2, one error object; and the same
/// at every whole-number option.
#[test]
fn a_whole_number_option_is_written_as_json_writes_it() {
    let synth = |size: &str| {
        let out = kezek(&["synth", "--size", size, "--json"]);
        assert_eq!(out.status.code(), Some(2), "--size {size:?}");
        assert!(out.stdout.is_empty(), "--size {size:?}");
        stderr_json(&out)
    };
    for (size, code, said) in [
        ("-0", "cli.bad_argument", "from 1 to 1000000"),
        ("0", "cli.bad_argument", "from 1 to 1000000"),
        ("-5", "cli.bad_argument", "from 1 to 1000000"),
        ("1000001", "cli.bad_argument", "from 1 to 1000000"),
        (
            "99999999999999999999999999999999999999999",
            "cli.bad_argument",
            "from 1 to 1000000",
        ),
        ("+5", "cli.bad_argument", "not a whole number"),
        ("05", "cli.bad_argument", "not a whole number"),
        (" 5", "cli.bad_argument", "not a whole number"),
        ("5.0", "cli.bad_argument", "not a whole number"),
        ("\u{0665}", "cli.bad_argument", "not a whole number"),
        ("", "cli.missing_argument", "--size needs a value"),
    ] {
        let e = synth(size);
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some(code), Some("--size")),
            "--size {size:?}: {e}"
        );
        let message = e["message"].as_str().unwrap();
        assert!(message.contains(said), "--size {size:?}: {e}");
        for rust in [
            "parse integer",
            "invalid digit",
            "unexpected argument",
            "u64",
            "i64",
        ] {
            assert!(!message.contains(rust), "--size {size:?}: {e}");
        }
    }
    // The same words at the other whole-number options: one loop over every
    // command (the forecast's and the position's read the sample city).
    let city = city();
    let city = city.to_str().unwrap();
    for (args, field) in [
        (vec!["synth", "--seed", "+1"], "--seed"),
        (vec!["synth", "--seed", "01"], "--seed"),
        (vec!["calendar", "+2026"], "YEAR"),
        (vec!["calendar", "02026"], "YEAR"),
        (
            vec!["forecast", city, "--paths", "+200", "--birth-year", "2023"],
            "--paths",
        ),
        (
            vec!["forecast", city, "--horizon", "03", "--birth-year", "2023"],
            "--horizon",
        ),
        (
            vec!["position", city, "--birth-year", "+2023"],
            "--birth-year",
        ),
    ] {
        let mut args = args.clone();
        args.push("--json");
        let out = kezek(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let e = stderr_json(&out);
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some("cli.bad_argument"), Some(field)),
            "{args:?}: {e}"
        );
        assert!(
            e["message"]
                .as_str()
                .unwrap()
                .contains("not a whole number"),
            "{args:?}: {e}"
        );
    }
    // A birth year past an i32 is not read as i32's largest (it was said as
    // «2147483647 is not a birth year», a year never typed).
    let out = kezek(&[
        "position",
        city,
        "--json",
        "--birth-year",
        "99999999999",
        "--submitted",
        "2025-06-01T10:00",
    ]);
    let e = stderr_json(&out);
    assert_eq!(e["field"], "--birth-year", "{e}");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("`99999999999` is not a birth year"),
        "{e}"
    );
    assert!(
        !e["message"].as_str().unwrap().contains("2147483647"),
        "{e}"
    );
    // `-0` names 0 where 0 is taken: the seed.
    let out = kezek(&["synth", "--seed", "-0", "--size", "3"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        out.stdout,
        kezek(&["synth", "--seed", "0", "--size", "3"]).stdout
    );
}
