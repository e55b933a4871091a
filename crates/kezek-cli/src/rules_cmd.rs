//! `kezek evaluate | calendar | iin | edition`: the law's subcommands.

use std::process::ExitCode;

/// Runs a rules subcommand; `args[0]` is its name.
pub fn run(args: &[String]) -> ExitCode {
    match args[0].as_str() {
        "evaluate" => evaluate(&args[1..]),
        "calendar" => calendar(&args[1..]),
        "iin" => iin(&args[1..]),
        "services" => services(&args[1..]),
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
Examples: crates/kezek-rules/examples/cases/*.json

When \"service\" is a code of the family-and-children catalogue (see `kezek
services`), the input is a request {\"service\", \"channel\", \"variant\",
\"submitted\", \"facts\"} and the output its eligibility, checklist for the
channel, refusal preview and due date (order No. 414).
Examples: crates/kezek-rules/examples/catalogue/*.json";

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
    if let Some(code) = catalogue_code(&input) {
        return evaluate_catalogue(path, &code, &input);
    }
    let result = kezek_rules::Case::from_json(&input).and_then(|c| kezek_rules::evaluate(&c));
    print_result(result.map_err(|e| format!("{path}: {e}")))
}

/// Prints an evaluation as pretty JSON (exit 0), or the input error naming
/// its field (exit 2).
fn print_result<T: serde::Serialize>(result: Result<T, String>) -> ExitCode {
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
            eprintln!("kezek evaluate: {e}");
            ExitCode::from(2)
        }
    }
}

/// The `service` of a request if it is a catalogue code (not 00403001/2).
fn catalogue_code(input: &str) -> Option<String> {
    let v: serde_json::Value = serde_json::from_str(input).ok()?;
    let code = v.get("service")?.as_str()?;
    kezek_rules::catalogue::entry(code).map(|e| e.code.to_owned())
}

/// `kezek evaluate REQUEST.json` for a catalogue service.
fn evaluate_catalogue(path: &str, code: &str, input: &str) -> ExitCode {
    use kezek_rules::catalogue;
    let result = catalogue::Request::from_json(input)
        .and_then(|r| catalogue::evaluate(&r, kezek_rules::calendar::Calendar::builtin()));
    print_result(result.map_err(|e| format!("{path}: service {code}: {e}")))
}

const SERVICES_USAGE: &str = "usage: kezek services [--json]

Lists the family-and-children services of order No. 414 (seed 001) with their
register code (seed 002), names in Kazakh, Russian and English, provider,
channels and term. --json prints the same as a JSON array.";

/// The text of message `key` in the catalogue's `lang` file.
fn catalogue_text(lang: &str, key: &str) -> String {
    kezek_rules::messages::catalogue_ftl(lang)
        .and_then(|src| kezek_rules::messages::message_value(src, key))
        .unwrap_or(key)
        .to_owned()
}

/// `kezek services`: the catalogue.
fn services(args: &[String]) -> ExitCode {
    use kezek_rules::catalogue::{catalogue, Term};
    let json = match args {
        [] => false,
        [f] if f == "--json" => true,
        [h] if h == "-h" || h == "--help" => {
            println!("{SERVICES_USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => {
            eprintln!("{SERVICES_USAGE}");
            return ExitCode::from(2);
        }
    };
    let rows: Vec<serde_json::Value> = catalogue()
        .iter()
        .map(|e| {
            let names: serde_json::Map<String, serde_json::Value> = ["kk", "ru", "en"]
                .iter()
                .map(|l| (l.to_string(), catalogue_text(l, e.name_key).into()))
                .collect();
            let terms: Vec<serde_json::Value> = e
                .terms
                .iter()
                .map(|t| {
                    let (unit, n) = match t.term {
                        Term::WorkingDays(n) => ("working_days", n),
                        Term::CalendarDays(n) => ("calendar_days", n),
                        Term::Minutes(n) => ("minutes", n),
                    };
                    serde_json::json!({ "variant": t.variant, "unit": unit, "n": n, "citation": t.citation })
                })
                .collect();
            serde_json::json!({
                "code": e.code,
                "annex": e.annex,
                "register_row": e.register_row,
                "name": names,
                "provider": catalogue_text("en", e.provider_key),
                "provider_kk": catalogue_text("kk", e.provider_key),
                "channels": e.channels,
                "term": terms,
                "free": e.free,
                "life_situation": e.life_situation,
                "for_parents": e.in_scope_for_parents,
            })
        })
        .collect();
    if json {
        match serde_json::to_string_pretty(&rows) {
            Ok(s) => println!("{s}"),
            Err(e) => {
                eprintln!("kezek services: {e}");
                return ExitCode::from(1);
            }
        }
    } else {
        for r in &rows {
            let t = &r["term"][0];
            println!(
                "{}  Ann.{:<2}  {:>3} {:<13}  {}{}",
                r["code"].as_str().unwrap_or_default(),
                r["annex"].to_string(),
                t["n"].to_string(),
                t["unit"].as_str().unwrap_or_default(),
                r["name"]["en"].as_str().unwrap_or_default(),
                if r["for_parents"] == false {
                    "  [not for parents]"
                } else {
                    ""
                }
            );
        }
    }
    ExitCode::SUCCESS
}
