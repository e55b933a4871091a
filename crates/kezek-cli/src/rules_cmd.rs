//! `kezek evaluate | calendar | iin | edition`: the law's subcommands.

use std::process::ExitCode;

/// Runs a rules subcommand; `args[0]` is its name.
pub fn run(args: &[String]) -> ExitCode {
    match args[0].as_str() {
        "evaluate" => evaluate(&args[1..]),
        "calendar" => calendar(&args[1..]),
        "iin" => iin(&args[1..]),
        "edition" => {
            println!("{}", kezek_rules::EDITION);
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("kezek: unknown law command '{other}'");
            ExitCode::from(2)
        }
    }
}

const CALENDAR_USAGE: &str = "usage: kezek calendar YEAR [--data CALENDAR.json]

Prints the working days and days off of Kazakhstan in YEAR as JSON: every day
off with its reason (weekend, holiday, holiday moved off a weekend, decree), the
number of working days, and whether the calendar data covers the year.
--data uses newer calendar data (format kezek.calendar/1) instead of the built-in.";

/// `kezek calendar YEAR`: the year's days off and working-day count.
fn calendar(args: &[String]) -> ExitCode {
    let (year, data) = match args {
        [h] if h == "-h" || h == "--help" => {
            println!("{CALENDAR_USAGE}");
            return ExitCode::SUCCESS;
        }
        [y] => (y, None),
        [y, flag, path] if flag == "--data" => (y, Some(path)),
        _ => {
            eprintln!("{CALENDAR_USAGE}");
            return ExitCode::from(2);
        }
    };
    let year: i32 = match year.parse() {
        Ok(y) if (1900..=2200).contains(&y) => y,
        _ => {
            eprintln!("kezek calendar: YEAR: `{year}` is not a year between 1900 and 2200");
            return ExitCode::from(2);
        }
    };
    let owned;
    let cal = match data {
        None => kezek_rules::calendar::Calendar::builtin(),
        Some(path) => {
            let text = match std::fs::read_to_string(path) {
                Ok(t) => t,
                Err(e) => {
                    eprintln!("kezek calendar: --data: cannot read {path}: {e}");
                    return ExitCode::from(2);
                }
            };
            owned = match kezek_rules::calendar::Calendar::from_json(&text) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("kezek calendar: --data: {} ({})", e, e.code());
                    return ExitCode::from(2);
                }
            };
            &owned
        }
    };
    match cal
        .year_report(year)
        .map(|r| serde_json::to_string_pretty(&r))
    {
        Some(Ok(json)) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("kezek calendar: YEAR: {year} cannot be shown");
            ExitCode::from(2)
        }
    }
}

/// `kezek iin NUMBER`: validity, birth date and sex; exit 1 for an invalid IIN.
fn iin(args: &[String]) -> ExitCode {
    let number = match args {
        [n] if n != "-h" && n != "--help" => n,
        _ => {
            eprintln!("usage: kezek iin NUMBER   (12 digits)");
            return ExitCode::from(2);
        }
    };
    match kezek_rules::iin::parse(number.trim()) {
        Ok(v) => {
            let out = serde_json::json!({
                "valid": true,
                "iin": v.digits,
                "birth_date": v.birth_date.to_string(),
                "sex": v.sex,
            });
            println!("{out:#}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            let out = serde_json::json!({
                "valid": false,
                "code": e.code(),
                "message": e.to_string(),
            });
            println!("{out:#}");
            eprintln!("kezek iin: NUMBER: {e}");
            ExitCode::from(1)
        }
    }
}

const EVALUATE_USAGE: &str = "usage: kezek evaluate CASE.json   (or - for standard input)

Evaluates a case under order No. 254 and prints the full result as JSON:
category and grounds, queues, age, limits, document checklist with statuses and
expiry dates, schedule, refusal risks, the prepared application, citations.
Examples: crates/kezek-rules/examples/cases/*.json";

/// `kezek evaluate CASE.json`: the full evaluation as pretty JSON on stdout.
fn evaluate(args: &[String]) -> ExitCode {
    let path = match args {
        [p] if p == "-h" || p == "--help" => {
            println!("{EVALUATE_USAGE}");
            return ExitCode::SUCCESS;
        }
        [p] => p.as_str(),
        _ => {
            eprintln!("{EVALUATE_USAGE}");
            return ExitCode::from(2);
        }
    };
    let input = if path == "-" {
        let mut s = String::new();
        match std::io::Read::read_to_string(&mut std::io::stdin(), &mut s) {
            Ok(_) => s,
            Err(e) => {
                eprintln!("kezek evaluate: cannot read standard input: {e}");
                return ExitCode::from(2);
            }
        }
    } else {
        match std::fs::read_to_string(path) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("kezek evaluate: cannot read {path}: {e}");
                return ExitCode::from(2);
            }
        }
    };
    let result = kezek_rules::Case::from_json(&input).and_then(|c| kezek_rules::evaluate(&c));
    match result {
        Ok(eval) => match serde_json::to_string_pretty(&eval) {
            Ok(json) => {
                println!("{json}");
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("kezek evaluate: cannot write the result: {e}");
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("kezek evaluate: {path}: {e}");
            ExitCode::from(2)
        }
    }
}
