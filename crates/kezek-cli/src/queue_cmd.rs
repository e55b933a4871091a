//! `kezek position | forecast | synth`: the queue's subcommands.
//!
//! `SNAPSHOT` is a `kezek.snapshot/1` JSON file, or a CSV application list
//! (`.csv`, with `--as-of` and optionally `--settlement`). Output is JSON on
//! stdout; bad input prints the line/field and exits with 2.

use std::collections::HashMap;
use std::process::ExitCode;

use kezek_queue::forecast::Preference;
use kezek_queue::{ForecastOptions, Group, Query, QueueKind, Snapshot};

const USAGE: &str = "usage:
  kezek position SNAPSHOT --birth-year Y [--queue general|special:T|sanatorium:T]
                 (--id ID | --group out_of_turn|first|general --submitted YYYY-MM-DDTHH:MM)
  kezek forecast SNAPSHOT (same as position) [--paths 10000] [--seed 1] [--horizon 3]
                 [--birth-date YYYY-MM-DD] [--sen-pmpc] [--by YYYY-MM-DD] [--only DS-1,DS-2]
  kezek synth --seed S --size N [--csv]
SNAPSHOT: kezek.snapshot/1 JSON, or a CSV list with --as-of YYYY-MM-DDTHH:MM [--settlement NAME]";

/// Runs a queue subcommand; `args[0]` is its name.
pub fn run(args: &[String]) -> ExitCode {
    let result = match args[0].as_str() {
        "position" => position(&args[1..]),
        "forecast" => forecast(&args[1..]),
        "synth" => synth(&args[1..]),
        other => Err(format!("unknown queue command '{other}'")),
    };
    match result {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(msg) => {
            eprintln!("kezek {}: {msg}", args[0]);
            ExitCode::from(2)
        }
    }
}

/// `--key value` and `--flag` options plus positional arguments.
fn parse_args(
    args: &[String],
    flags: &[&str],
) -> Result<(Vec<String>, HashMap<String, String>), String> {
    let mut pos = Vec::new();
    let mut opts = HashMap::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "-h" || a == "--help" {
            return Err(USAGE.into());
        }
        if let Some(k) = a.strip_prefix("--") {
            if flags.contains(&k) {
                opts.insert(k.to_owned(), "true".to_owned());
            } else {
                let v = args
                    .get(i + 1)
                    .ok_or_else(|| format!("--{k} needs a value\n{USAGE}"))?;
                opts.insert(k.to_owned(), v.clone());
                i += 1;
            }
        } else {
            pos.push(a.clone());
        }
        i += 1;
    }
    Ok((pos, opts))
}

fn load(path: &str, opts: &HashMap<String, String>) -> Result<Snapshot, String> {
    let err = |e: kezek_queue::QueueError| format!("{path}: {e} ({})", e.code);
    if path.ends_with(".csv") {
        let as_of = opts
            .get("as-of")
            .ok_or("a CSV snapshot needs --as-of YYYY-MM-DDTHH:MM")?;
        let as_of = kezek_queue::local_datetime::parse(as_of)
            .ok_or("--as-of: not a date-time like 2026-11-23T09:00")?;
        let file = std::fs::File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        let settlement = opts
            .get("settlement")
            .map(String::as_str)
            .unwrap_or("unknown");
        kezek_queue::parse_csv(std::io::BufReader::new(file), settlement, as_of).map_err(err)
    } else {
        let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
        kezek_queue::parse_json(&text).map_err(err)
    }
}

fn query(opts: &HashMap<String, String>) -> Result<Query, String> {
    let birth_year = opts
        .get("birth-year")
        .ok_or("--birth-year is required")?
        .parse::<i32>()
        .map_err(|_| "--birth-year: not a year")?;
    let queue = match opts.get("queue") {
        None => QueueKind::General,
        Some(q) => QueueKind::parse(q).ok_or_else(|| {
            format!("--queue: unknown queue `{q}` (general, special:T, sanatorium:T)")
        })?,
    };
    let group = match opts.get("group") {
        None => Group::General,
        Some(g) => Group::parse(g)
            .ok_or_else(|| format!("--group: unknown group `{g}` (out_of_turn, first, general)"))?,
    };
    let submitted = match opts.get("submitted") {
        None => None,
        Some(s) => Some(kezek_queue::local_datetime::parse(s).ok_or_else(|| {
            format!("--submitted: `{s}` is not a date-time like 2025-03-01T10:00")
        })?),
    };
    Ok(Query {
        birth_year,
        queue,
        group,
        submitted,
        id: opts.get("id").cloned(),
    })
}

fn snapshot_arg(pos: &[String]) -> Result<&str, String> {
    match pos {
        [p] => Ok(p),
        _ => Err(format!("give exactly one SNAPSHOT file\n{USAGE}")),
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<String, String> {
    serde_json::to_string_pretty(v).map_err(|e| e.to_string())
}

fn position(args: &[String]) -> Result<String, String> {
    let (pos, opts) = parse_args(args, &[])?;
    let snap = load(snapshot_arg(&pos)?, &opts)?;
    let q = query(&opts)?;
    let p = kezek_queue::position(&snap, &q).map_err(|e| format!("{e} ({})", e.code))?;
    to_json(&p)
}

fn num<T: std::str::FromStr>(
    opts: &HashMap<String, String>,
    k: &str,
    default: T,
) -> Result<T, String> {
    match opts.get(k) {
        None => Ok(default),
        Some(v) => v
            .parse()
            .map_err(|_| format!("--{k}: `{v}` is not a number")),
    }
}

fn date(opts: &HashMap<String, String>, k: &str) -> Result<Option<chrono::NaiveDate>, String> {
    opts.get(k)
        .map(|v| {
            chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
                .map_err(|_| format!("--{k}: `{v}` is not a date YYYY-MM-DD"))
        })
        .transpose()
}

fn forecast(args: &[String]) -> Result<String, String> {
    let (pos, opts) = parse_args(args, &["sen-pmpc"])?;
    let snap = load(snapshot_arg(&pos)?, &opts)?;
    let q = query(&opts)?;
    let options = ForecastOptions {
        paths: num(&opts, "paths", 10_000)?,
        seed: num(&opts, "seed", 1)?,
        horizon_years: num(&opts, "horizon", 3)?,
        birth_date: date(&opts, "birth-date")?,
        by_date: date(&opts, "by")?,
        sen_pmpc: opts.contains_key("sen-pmpc"),
        preference: match opts.get("only") {
            None => Preference::Any,
            Some(list) => Preference::Only(
                list.split(',')
                    .map(|s| s.trim().to_owned())
                    .filter(|s| !s.is_empty())
                    .collect(),
            ),
        },
        ..ForecastOptions::default()
    };
    let f = kezek_queue::forecast(&snap, &q, &options).map_err(|e| format!("{e} ({})", e.code))?;
    to_json(&f)
}

fn synth(args: &[String]) -> Result<String, String> {
    let (_, opts) = parse_args(args, &["csv"])?;
    let seed: u64 = num(&opts, "seed", 1)?;
    let size: usize = num(&opts, "size", 10_000)?;
    if size == 0 || size > 1_000_000 {
        return Err("--size: 1 to 1,000,000 applications".into());
    }
    let city = kezek_queue::synth::city(seed, size);
    if opts.contains_key("csv") {
        Ok(kezek_queue::snapshot::to_csv(&city).trim_end().to_owned())
    } else {
        serde_json::to_string(&city).map_err(|e| e.to_string())
    }
}
