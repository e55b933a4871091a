//! `kezek position | forecast | synth`: the queue's subcommands.

use std::process::ExitCode;

/// Runs a queue subcommand; `args[0]` is its name.
pub fn run(args: &[String]) -> ExitCode {
    eprintln!("kezek: '{}' is not implemented yet", args[0]);
    ExitCode::from(2)
}
