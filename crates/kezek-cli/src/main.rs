//! `kezek`: the native command line over `kezek-rules` and `kezek-queue`.
//!
//! Subcommands about the law (`evaluate`, `calendar`, `iin`, `edition`) live in
//! [`rules_cmd`]; those about the queue (`position`, `forecast`, `synth`) in
//! [`queue_cmd`]. Bad input prints a message naming the field and exits with 2;
//! nothing here panics on input.

use std::process::ExitCode;

mod queue_cmd;
mod rules_cmd;

const USAGE: &str = "usage: kezek <command> [args]

law (order No. 254):
  evaluate CASE.json        evaluate a case: category, queues, age, checklist, schedule, risks
  calendar YEAR             working days and days off of Kazakhstan in YEAR
  iin NUMBER                validate an IIN and show the birth date and sex it encodes
  edition                   the edition of the rules compiled in

family-and-children services (order No. 414):
  services [--json]         the service catalogue: code, names kk/ru/en, provider, term
  evaluate REQUEST.json     with \"service\" a catalogue code: eligibility, checklist, due date

queue (order No. 254, cl. 13-30):
  position SNAPSHOT ...     position of an application in a queue snapshot
  forecast SNAPSHOT ...     forecast of the referral date (Monte Carlo, seeded)
  synth --seed S --size N   write a synthetic city snapshot

`kezek <command> --help` shows the options of a command.";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("evaluate" | "calendar" | "iin" | "edition" | "services") => rules_cmd::run(&args),
        Some("position" | "forecast" | "synth") => queue_cmd::run(&args),
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some(other) => {
            eprintln!("kezek: unknown command '{other}'\n\n{USAGE}");
            ExitCode::from(2)
        }
        None => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
