//! `kezek evaluate | calendar | iin | edition`: the law's subcommands.

use std::process::ExitCode;

/// Runs a rules subcommand; `args[0]` is its name.
pub fn run(args: &[String]) -> ExitCode {
    match args[0].as_str() {
        "edition" => {
            println!("{}", kezek_rules::EDITION);
            ExitCode::SUCCESS
        }
        other => {
            eprintln!("kezek: '{other}' is not implemented yet");
            ExitCode::from(2)
        }
    }
}
