//! `kezek synth | position | forecast` end to end, and their errors.

mod common;
use common::kezek;

fn city_file(name: &str, csv: bool) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("kezek-cli-q-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    let mut args = vec!["synth", "--seed", "3", "--size", "3000"];
    if csv {
        args.push("--csv");
    }
    let out = kezek(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(&path, out.stdout).unwrap();
    path
}

#[test]
fn synth_then_position_prints_json() {
    let p = city_file("city.json", false);
    let out = kezek(&[
        "position",
        p.to_str().unwrap(),
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
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["position"].as_u64().unwrap() >= 1);
    assert!(v["ahead"]["general"].is_u64());
}

#[test]
fn forecast_is_reproducible_with_a_seed() {
    let p = city_file("city2.json", false);
    let args = [
        "forecast",
        p.to_str().unwrap(),
        "--birth-year",
        "2023",
        "--submitted",
        "2026-05-01T10:00",
        "--paths",
        "500",
        "--seed",
        "9",
    ];
    let a = kezek(&args);
    assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
    assert_eq!(a.stdout, kezek(&args).stdout);
    let v: serde_json::Value = serde_json::from_slice(&a.stdout).unwrap();
    assert_eq!(v["paths"], 500);
}

#[test]
fn csv_snapshots_need_as_of_and_bad_input_exits_2() {
    let p = city_file("city.csv", true);
    let path = p.to_str().unwrap();
    let out = kezek(&[
        "position",
        path,
        "--birth-year",
        "2023",
        "--submitted",
        "2026-05-01T10:00",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--as-of"));
    let ok = kezek(&[
        "position",
        path,
        "--as-of",
        "2026-11-23T09:00",
        "--birth-year",
        "2023",
        "--submitted",
        "2026-05-01T10:00",
    ]);
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let bad_group = kezek(&[
        "position",
        path,
        "--as-of",
        "2026-11-23T09:00",
        "--birth-year",
        "2023",
        "--group",
        "vip",
    ]);
    assert_eq!(bad_group.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_group.stderr).contains("unknown group"));
    let future = kezek(&[
        "position",
        path,
        "--as-of",
        "2026-11-23T09:00",
        "--birth-year",
        "2023",
        "--submitted",
        "2027-01-01T10:00",
    ]);
    assert_eq!(future.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&future.stderr).contains("query.submitted_after_snapshot"));
    let no_queue = kezek(&[
        "position",
        path,
        "--as-of",
        "2026-11-23T09:00",
        "--birth-year",
        "2015",
        "--submitted",
        "2026-01-01T10:00",
    ]);
    assert!(String::from_utf8_lossy(&no_queue.stderr).contains("query.unknown_queue"));
}

/// A CSV list is read as such whatever reaches the command (probe42): by its
/// name in any case (`CITY.CSV`, said to be no JSON before), by its header
/// line when the name says nothing (a `.txt` file, standard input `-`), as
/// the app's step 7 reads it; a directory named `….csv` is `input.unreadable`
/// at SNAPSHOT, as one named `….json` is (it was `csv.unreadable` at line 1,
/// 'Is a directory (os error 21)'). `--as-of` and `--settlement` say when and
/// where a CSV list was taken: beside a JSON snapshot, which carries its own,
/// they were ignored without a word; now refused (`cli.bad_argument`).
#[test]
fn a_csv_list_is_read_by_its_name_or_its_header_and_csv_flags_are_refused_beside_json() {
    let csv = city_file("city-any.csv", true);
    let json = city_file("city-any.json", false);
    let dir = csv.parent().unwrap();
    let query = [
        "--birth-year",
        "2023",
        "--submitted",
        "2026-05-01T10:00",
        "--json",
    ];
    let position = |file: &str, extra: &[&str], stdin: Option<&std::path::Path>| {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_kezek"));
        cmd.arg("position").arg(file).args(extra).args(query);
        if let Some(p) = stdin {
            cmd.stdin(std::fs::File::open(p).unwrap());
        }
        cmd.output().unwrap()
    };
    let as_of = ["--as-of", "2026-11-23T09:00"];
    let want = position(csv.to_str().unwrap(), &as_of, None);
    assert!(
        want.status.success(),
        "{}",
        String::from_utf8_lossy(&want.stderr)
    );
    let upper = dir.join("CITY-ANY.CSV");
    let text = dir.join("city-any.txt");
    std::fs::copy(&csv, &upper).unwrap();
    std::fs::copy(&csv, &text).unwrap();
    for (file, stdin) in [
        (upper.to_str().unwrap(), None),
        (text.to_str().unwrap(), None),
        ("-", Some(csv.as_path())),
    ] {
        let got = position(file, &as_of, stdin);
        assert_eq!(
            (got.status.code(), String::from_utf8_lossy(&got.stderr)),
            (Some(0), "".into()),
            "{file}"
        );
        assert_eq!(got.stdout, want.stdout, "{file}");
    }
    // A CSV list still needs its --as-of, however it came.
    let got = position("-", &[], Some(csv.as_path()));
    let e: serde_json::Value = serde_json::from_slice(&got.stderr).unwrap();
    assert_eq!(
        (e["code"].as_str(), e["field"].as_str()),
        (Some("cli.missing_argument"), Some("--as-of")),
        "{e}"
    );
    // A directory, whatever its name.
    for name in ["adir.csv", "adir.json"] {
        let d = dir.join(name);
        std::fs::create_dir_all(&d).unwrap();
        let got = position(d.to_str().unwrap(), &as_of, None);
        assert_eq!(got.status.code(), Some(2), "{name}");
        let e: serde_json::Value = serde_json::from_slice(&got.stderr).unwrap();
        assert_eq!(
            (e["code"].as_str(), e["field"].as_str()),
            (Some("input.unreadable"), Some("SNAPSHOT")),
            "{name}: {e}"
        );
        assert!(
            e["message"].as_str().unwrap().contains("directory"),
            "{name}: {e}"
        );
    }
    // --as-of and --settlement beside a JSON snapshot (a file or standard input).
    for (flag, value) in [("--as-of", "2026-11-23T09:00"), ("--settlement", "Astana")] {
        for (file, stdin) in [(json.to_str().unwrap(), None), ("-", Some(json.as_path()))] {
            let got = position(file, &[flag, value], stdin);
            assert_eq!(got.status.code(), Some(2), "{flag} {file}");
            let e: serde_json::Value = serde_json::from_slice(&got.stderr).unwrap();
            assert_eq!(
                (e["code"].as_str(), e["field"].as_str()),
                (Some("cli.bad_argument"), Some(flag)),
                "{flag} {file}: {e}"
            );
        }
    }
}
