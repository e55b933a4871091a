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
