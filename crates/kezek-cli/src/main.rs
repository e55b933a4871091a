//! `kezek`: the native command line over `kezek-rules` and `kezek-queue`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("edition") => {
            println!("{}", kezek_rules::EDITION);
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: kezek <edition>");
            ExitCode::from(2)
        }
    }
}
