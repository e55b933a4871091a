//! `kezek-backtest`: scores Kezek's wait forecast against the independent
//! simulator on the cities of a scenario file.
//!
//! ```text
//! kezek-backtest [--scenarios FILE] [--cities N] [--applicants N] [--paths N] [--out DIR]
//! ```
//!
//! Writes `backtest.md` (the table), `backtest.json` (the table, the cities
//! and the options) and `records.jsonl` (one line per scored applicant) to
//! `--out` (default `bench-report/`), and prints the table.

use std::io::Write;
use std::path::PathBuf;

use clap::Parser;
use kezek_sim::backtest::{run_city, Options};
use kezek_sim::calibration::ReliabilityFile;
use kezek_sim::metrics::{markdown, table};
use kezek_sim::{ScenarioFile, DEFAULT_SCENARIOS};

/// Backtest of Kezek's wait forecast on simulated cities.
#[derive(Parser, Debug)]
#[command(name = "kezek-backtest", version)]
struct Args {
    /// Scenario file (JSON); the built-in `scenarios/default.json` when absent.
    #[arg(long)]
    scenarios: Option<PathBuf>,
    /// Use only the first N cities of the file.
    #[arg(long)]
    cities: Option<usize>,
    /// Skip cities with more applications per year than this.
    #[arg(long)]
    max_arrivals: Option<f64>,
    /// Applicants sampled per city.
    #[arg(long, default_value_t = 200)]
    applicants: usize,
    /// Forecast paths per applicant.
    #[arg(long, default_value_t = 1000)]
    paths: u32,
    /// Cities simulated at the same time (default: the machine's cores).
    #[arg(long)]
    jobs: Option<usize>,
    /// Also write the per-group figures shown to parents to this file
    /// (`crates/kezek-queue/data/forecast-reliability.json`); only for a full
    /// run of the built-in scenarios with at least 200 applicants a city.
    #[arg(long)]
    write_reliability: Option<PathBuf>,
    /// Output directory.
    #[arg(long, default_value = "bench-report")]
    out: PathBuf,
}

fn main() {
    let args = Args::parse();
    if let Err(e) = run(&args) {
        eprintln!("kezek-backtest: {e}");
        std::process::exit(1);
    }
}

fn run(args: &Args) -> Result<(), String> {
    let text = match &args.scenarios {
        Some(p) => {
            std::fs::read_to_string(p).map_err(|e| format!("cannot read {}: {e}", p.display()))?
        }
        None => DEFAULT_SCENARIOS.to_owned(),
    };
    let mut cities = ScenarioFile::parse(&text)?.cities()?;
    if let Some(max) = args.max_arrivals {
        cities.retain(|c| c.arrivals_per_year <= max);
    }
    if let Some(n) = args.cities {
        cities.truncate(n);
    }
    if cities.is_empty() {
        return Err("no city to simulate".into());
    }
    if args.write_reliability.is_some()
        && (args.scenarios.is_some() || args.cities.is_some() || args.max_arrivals.is_some())
    {
        return Err(
            "--write-reliability measures the built-in scenarios, every city: drop --scenarios, --cities and --max-arrivals"
                .into(),
        );
    }
    std::fs::create_dir_all(&args.out)
        .map_err(|e| format!("cannot create {}: {e}", args.out.display()))?;
    let opts = Options {
        applicants: args.applicants,
        paths: args.paths,
    };
    let started = std::time::Instant::now();
    let jobs = args
        .jobs
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
        .clamp(1, cities.len());
    // Cities are independent: each worker takes the next one; the results
    // are put back in the file's order, so the output does not depend on `jobs`.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done = std::sync::Mutex::new(vec![None; cities.len()]);
    std::thread::scope(|s| {
        for _ in 0..jobs {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(c) = cities.get(i) else { break };
                let t = std::time::Instant::now();
                let result = run_city(c, &opts);
                if let Ok((summary, _)) = &result {
                    eprintln!(
                        "[{}/{}] {}: {} applications, {} waiting, {} places last year; {} scored, {} referred ({:.1} s)",
                        i + 1,
                        cities.len(),
                        summary.name,
                        summary.applications,
                        summary.waiting,
                        summary.places_last_year,
                        summary.sampled,
                        summary.referred,
                        t.elapsed().as_secs_f64()
                    );
                }
                if let Ok(mut d) = done.lock() {
                    d[i] = Some(result);
                }
            });
        }
    });
    let mut records = Vec::new();
    let mut summaries = Vec::new();
    for r in done.into_inner().map_err(|e| e.to_string())? {
        let (summary, mut r) = r.ok_or("a city was not simulated")??;
        summaries.push(summary);
        records.append(&mut r);
    }
    let seconds = started.elapsed().as_secs_f64();
    let rows = table(&records);
    let md = format!(
        "# Backtest of the wait forecast\n\n{} cities, {} applicants scored, {} forecast paths each; {:.0} s on {jobs} threads.\n\
         Times in days from the snapshot; no referral within the horizon counts as the horizon.\n\n{}",
        cities.len(),
        records.len(),
        args.paths,
        seconds,
        markdown(&rows)
    );
    print!("{md}");
    let write = |name: &str, body: &str| {
        let p = args.out.join(name);
        std::fs::write(&p, body).map_err(|e| format!("cannot write {}: {e}", p.display()))
    };
    write("backtest.md", &md)?;
    let json = serde_json::json!({
        "cities": summaries,
        "applicants_per_city": args.applicants,
        "paths": args.paths,
        "rows": rows.iter().map(|(n, s)| serde_json::json!({"slice": n, "scores": s})).collect::<Vec<_>>(),
    });
    write(
        "backtest.json",
        &serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?,
    )?;
    if let Some(path) = &args.write_reliability {
        let file = ReliabilityFile::from_rows(
            &rows,
            cities.len(),
            args.applicants,
            args.paths,
            seconds,
            format!(
                "kezek-backtest --applicants {} --paths {} --write-reliability {}",
                args.applicants,
                args.paths,
                path.display()
            ),
        )?;
        let json = serde_json::to_string_pretty(&file).map_err(|e| e.to_string())? + "\n";
        std::fs::write(path, json).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    let p = args.out.join("records.jsonl");
    let mut f =
        std::fs::File::create(&p).map_err(|e| format!("cannot write {}: {e}", p.display()))?;
    for r in &records {
        let line = serde_json::to_string(r).map_err(|e| e.to_string())?;
        writeln!(f, "{line}").map_err(|e| e.to_string())?;
    }
    Ok(())
}
