//! Shared by the CLI tests: run the built `kezek` binary.

use std::process::{Command, Output};

/// Runs `kezek` with `args` and returns its output.
pub fn kezek(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kezek"))
        .args(args)
        .output()
        .expect("kezek runs")
}
