//! `kezek position | forecast | synth`: the queue's subcommands.
//!
//! `SNAPSHOT` is a `kezek.snapshot/1` JSON file, or a CSV application list
//! (named `….csv` in any case, or beginning with its header line, as the
//! app's step 7 reads it; with `--as-of` and optionally `--settlement`, which
//! a JSON snapshot refuses: it carries its own). Output is JSON on stdout;
//! bad input is the engine's error object, with its line and field.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use clap::Args;
use kezek_queue::forecast::{Preference, MAX_PATHS};
use kezek_queue::{ForecastOptions, Group, Query, QueueError, QueueKind, Snapshot};
use kezek_rules::wire::ErrorObject;

use crate::{read_input, to_json, Failure, Outcome};

/// The engine's error object of a queue error, its field named as the
/// command line's caller gave it: a field of the snapshot as the path inside
/// the file (as the engine names it), the question's and the options' by
/// their flags ([`flag_of`]: `--submitted`, `--birth-date`) where the JS API
/// names them under its arguments (`application.submitted`,
/// `options.birth_date`).
fn queue_error(e: QueueError) -> Failure {
    match flag_of(&e.field) {
        Some(flag) => Failure::Input(QueueError {
            field: flag.to_owned(),
            ..e
        }),
        None => Failure::Input(e),
    }
}

/// The engine's name of a question's or a forecast option's field, and the
/// flag that gives it here.
const FLAGS: &[(&str, &str)] = &[
    ("application.birth_year", "--birth-year"),
    ("application.queue", "--queue"),
    ("application.group", "--group"),
    ("application.submitted", "--submitted"),
    ("application.id", "--id"),
    ("application.birth_date", "--birth-date"),
    ("options.paths", "--paths"),
    ("options.seed", "--seed"),
    ("options.horizon_years", "--horizon"),
    ("options.birth_date", "--birth-date"),
    ("options.sen_pmpc", "--sen-pmpc"),
    ("options.by_date", "--by"),
    ("options.preference", "--only"),
    ("options.preference.preschools", "--only"),
];

/// The flag of the engine's field `field` (`options.birth_date` →
/// `--birth-date`); `None` for a field of the snapshot.
fn flag_of(field: &str) -> Option<&'static str> {
    FLAGS
        .iter()
        .find(|(f, _)| *f == field)
        .map(|(_, flag)| *flag)
}

/// A date-time option, through the one bounded parser: a real date-time
/// outside 1900-2200 (or with second 60) is said to be so, anything else to
/// be no date-time.
fn date_time(s: &str) -> Result<NaiveDateTime, String> {
    kezek_rules::dates::parse_datetime(s).map_err(|e| match e {
        kezek_rules::dates::DateError::Malformed(_) => {
            format!(
                "`{}` is not a date-time like 2026-05-01T10:00",
                kezek_rules::wire::shown(s)
            )
        }
        e => e.to_string(),
    })
}

/// A date option, through the one bounded parser (1900-2200) every date of
/// the engine goes through.
fn date(s: &str) -> Result<NaiveDate, String> {
    kezek_rules::dates::parse_date(s).map_err(|e| e.to_string())
}

/// A seed: a whole number from 0. A negative one is read as a value (not
/// taken by clap for an unknown option `-1`) and refused here, at `--seed`.
/// Written as [`crate::whole_number`] reads it.
fn seed(s: &str) -> Result<u64, String> {
    u64::try_from(crate::whole_number(s)?).map_err(|_| {
        format!(
            "`{}` is not a seed: a whole number from 0 (the same seed gives the same answer)",
            kezek_rules::wire::shown(s)
        )
    })
}

/// The applications of a synthetic city, 1 to [`MAX_SYNTH_SIZE`], written as
/// [`crate::whole_number`] reads it.
fn synth_size(s: &str) -> Result<u64, String> {
    match crate::whole_number(s)? {
        n @ 1..=MAX_SYNTH_SIZE => Ok(n as u64),
        _ => Err(format!(
            "`{}` is not a number of applications of a synthetic city: a whole number from 1 to {MAX_SYNTH_SIZE}",
            kezek_rules::wire::shown(s)
        )),
    }
}

/// A birth year, written as [`crate::whole_number`] reads it; one past an
/// i32 is refused here in the engine's words (the engine says the range
/// of one inside it, `query.invalid`), not read as i32's largest and
/// quoted as a year the caller never typed.
fn birth_year(s: &str) -> Result<i32, String> {
    i32::try_from(crate::whole_number(s)?).map_err(|_| {
        format!(
            "`{}` is not a birth year Kezek supports: give a year from {} to {}",
            kezek_rules::wire::shown(s),
            kezek_rules::dates::FIRST.year(),
            kezek_rules::dates::LAST.year()
        )
    })
}

/// The most applications `kezek synth` writes.
const MAX_SYNTH_SIZE: i128 = 1_000_000;

// A value an error quotes is named by its first 40 characters (wire::shown).
fn queue_kind(s: &str) -> Result<QueueKind, String> {
    QueueKind::parse(s).ok_or_else(|| {
        format!(
            "unknown queue `{}` (general, special:T, sanatorium:T)",
            kezek_rules::wire::shown(s)
        )
    })
}

fn group(s: &str) -> Result<Group, String> {
    Group::parse(s).ok_or_else(|| {
        format!(
            "unknown group `{}` (out_of_turn, first, general)",
            kezek_rules::wire::shown(s)
        )
    })
}

/// The snapshot and the application asked about (shared by `position` and `forecast`).
#[derive(Debug, Args)]
pub struct QueryArgs {
    /// A kezek.snapshot/1 JSON file, or a CSV application list (named `.csv`, or
    /// beginning with its header line; needs --as-of); `-` reads standard input.
    #[arg(value_name = "SNAPSHOT")]
    snapshot: String,
    /// When a CSV list was taken, YYYY-MM-DDTHH:MM (a JSON snapshot has its own).
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM", value_parser = date_time)]
    as_of: Option<NaiveDateTime>,
    /// The settlement of a CSV list (default: unknown; a JSON snapshot has its own).
    #[arg(long, value_name = "NAME")]
    settlement: Option<String>,
    /// The child's birth year (the queues are kept by year of birth, cl. 13).
    #[arg(long, value_name = "Y", allow_negative_numbers = true,
          value_parser = birth_year)]
    birth_year: i32,
    /// The queue: general, special:T or sanatorium:T.
    #[arg(long, value_name = "QUEUE", value_parser = queue_kind, default_value = "general")]
    queue: QueueKind,
    /// The priority group: out_of_turn, first or general.
    #[arg(long, value_name = "GROUP", value_parser = group, default_value = "general")]
    group: Group,
    /// When a hypothetical application is submitted, YYYY-MM-DDTHH:MM.
    #[arg(long, value_name = "YYYY-MM-DDTHH:MM", value_parser = date_time)]
    submitted: Option<NaiveDateTime>,
    /// An existing application's id in the snapshot: it stands with its own
    /// group and submission, so --group and --submitted are refused beside it.
    #[arg(long, value_name = "ID", conflicts_with_all = ["group", "submitted"])]
    id: Option<String>,
}

impl QueryArgs {
    /// The snapshot: a CSV list by its name (`….csv`, in any case) or, when
    /// the name says nothing, by its header line (as the app's queue step,
    /// `kezek_queue_worker::parse_any`); a JSON snapshot otherwise.
    fn load(&self) -> Result<Snapshot, Failure> {
        let path = self.snapshot.as_str();
        let named_csv = std::path::Path::new(path)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
        if named_csv {
            // Streamed, not read whole: a list of any length within the
            // engine's count of applications.
            let as_of = self.csv_as_of()?;
            self.check_settlement()?;
            let file = open_file(path)?;
            return kezek_queue::parse_csv(std::io::BufReader::new(file), self.settlement(), as_of)
                .map_err(queue_error);
        }
        let text = read_input(path, kezek_queue::snapshot::MAX_JSON_BYTES, "SNAPSHOT")?;
        let head = text.trim_start_matches('\u{feff}');
        if head.starts_with("id,") {
            let as_of = self.csv_as_of()?;
            self.check_settlement()?;
            return kezek_queue::parse_csv(text.as_bytes(), self.settlement(), as_of)
                .map_err(queue_error);
        }
        // A JSON snapshot says when and where it was taken: the CSV list's
        // flags beside it would be ignored, so they are refused.
        let beside = [
            ("--as-of", self.as_of.is_some()),
            ("--settlement", self.settlement.is_some()),
        ];
        if let Some((flag, _)) = beside.iter().find(|(_, given)| *given) {
            return Err(Failure::Input(ErrorObject::new(
                "cli.bad_argument",
                flag,
                format!(
                    "{flag} is for a CSV list: a JSON snapshot carries its own as_of and settlement; leave out {flag}"
                ),
            )));
        }
        kezek_queue::parse_json(&text).map_err(|e| queue_error(crate::of_file(e, path)))
    }

    /// The `--as-of` a CSV list needs.
    fn csv_as_of(&self) -> Result<NaiveDateTime, ErrorObject> {
        self.as_of.ok_or_else(|| {
            ErrorObject::new(
                "cli.missing_argument",
                "--as-of",
                "a CSV snapshot needs --as-of YYYY-MM-DDTHH:MM",
            )
        })
    }

    /// A CSV list's `--settlement`, the free text a JSON snapshot's
    /// `settlement` is, checked by the same rule
    /// (`kezek_queue::snapshot::check_settlement`: at most 200 characters,
    /// none that no one sees): the command line's usage error at
    /// `--settlement` (probe47: it was taken whatever it held).
    fn check_settlement(&self) -> Result<(), ErrorObject> {
        let given = self.settlement.as_deref().unwrap_or_default();
        kezek_queue::snapshot::check_settlement(given).map_err(|e| {
            // "has 201 characters, more than …", "holds U+0007, …: remove it".
            let verb = match e.code.as_str() {
                "snapshot.text_too_long" => "has ",
                _ => "",
            };
            ErrorObject::new(
                "cli.bad_argument",
                "--settlement",
                format!("the settlement {verb}{}", e.message),
            )
        })
    }

    fn settlement(&self) -> &str {
        self.settlement.as_deref().unwrap_or("unknown")
    }

    /// The question, for the child of birth date `birth_date` where given:
    /// an application of the snapshot (`--id`) published with another birth
    /// date is refused (`query.birth_date_mismatch`).
    fn query(&self, birth_date: Option<NaiveDate>) -> Query {
        Query {
            birth_year: self.birth_year,
            queue: self.queue.clone(),
            group: self.group,
            submitted: self.submitted,
            id: self.id.clone(),
            birth_date,
        }
    }
}

/// Opens a CSV list's file: one that cannot be opened, or a directory, is
/// `input.unreadable` at SNAPSHOT, as a JSON snapshot's ([`read_input`]).
fn open_file(path: &str) -> Result<std::fs::File, ErrorObject> {
    let unreadable = |why: String| {
        ErrorObject::new(
            "input.unreadable",
            "SNAPSHOT",
            format!("cannot read {path}: {why}"),
        )
    };
    let file = std::fs::File::open(path).map_err(|e| unreadable(e.to_string()))?;
    match file.metadata() {
        Ok(m) if m.is_dir() => Err(unreadable("it is a directory".into())),
        Ok(_) => Ok(file),
        Err(e) => Err(unreadable(e.to_string())),
    }
}

/// `kezek position`.
#[derive(Debug, Args)]
pub struct PositionArgs {
    #[command(flatten)]
    query: QueryArgs,
    /// The child's birth date, YYYY-MM-DD: an application of the snapshot
    /// (`--id`) published with another one is another child's, refused.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    birth_date: Option<NaiveDate>,
}

/// `kezek forecast`.
#[derive(Debug, Args)]
pub struct ForecastArgs {
    #[command(flatten)]
    query: QueryArgs,
    /// Simulated paths, 1 to 200000.
    #[arg(
        long,
        value_name = "N",
        default_value_t = 10_000,
        allow_negative_numbers = true,
        value_parser = crate::whole_i64
    )]
    paths: i64,
    /// Seed of the simulation (same seed, same forecast).
    #[arg(long, value_name = "S", default_value_t = 1, value_parser = seed, allow_negative_numbers = true)]
    seed: u64,
    /// Horizon in years from the snapshot, 1 to 6.
    #[arg(
        long,
        value_name = "YEARS",
        default_value_t = 3,
        allow_negative_numbers = true,
        value_parser = crate::whole_i64
    )]
    horizon: i64,
    /// The child's birth date (for the day the application ages out; with
    /// `--id`, an application published with another one is refused), YYYY-MM-DD.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date)]
    birth_date: Option<NaiveDate>,
    /// A SEN child with a PMPC conclusion: the application never ages out (cl. 18, 24 p. 9).
    #[arg(long)]
    sen_pmpc: bool,
    /// "A place before this date?", YYYY-MM-DD (default: the next 1 September).
    #[arg(long = "by", value_name = "YYYY-MM-DD", value_parser = date)]
    by_date: Option<NaiveDate>,
    /// Only these preschools, comma-separated ids as in the bulletin.
    #[arg(long, value_name = "DS-1,DS-2")]
    only: Option<String>,
}

/// `kezek synth`.
#[derive(Debug, Args)]
pub struct SynthArgs {
    /// Seed of the synthetic city.
    #[arg(long, value_name = "S", default_value_t = 1, value_parser = seed, allow_negative_numbers = true)]
    seed: u64,
    /// Applications, 1 to 1,000,000.
    #[arg(long, value_name = "N", default_value_t = 10_000,
          value_parser = synth_size, allow_negative_numbers = true)]
    size: u64,
    /// Write a CSV application list instead of a JSON snapshot.
    #[arg(long)]
    csv: bool,
}

/// `kezek position`: the position, who is ahead, the position as a general applicant.
pub fn position(a: &PositionArgs) -> Outcome {
    let snap = a.query.load()?;
    to_json(&kezek_queue::position(&snap, &a.query.query(a.birth_date)).map_err(queue_error)?)
}

/// `kezek forecast`: P10/P50/P90, histogram and probabilities.
pub fn forecast(a: &ForecastArgs) -> Outcome {
    // Counts out of range are the engine's errors, with its codes.
    let paths = u32::try_from(a.paths).map_err(|_| {
        ErrorObject::new(
            "forecast.bad_paths",
            "--paths",
            format!("paths must be 1 to {MAX_PATHS}"),
        )
    })?;
    let horizon_years = u32::try_from(a.horizon).map_err(|_| {
        ErrorObject::new(
            "forecast.bad_horizon",
            "--horizon",
            "the horizon is 1 to 6 years",
        )
    })?;
    let snap = a.query.load()?;
    let options = ForecastOptions {
        paths,
        seed: a.seed,
        horizon_years,
        birth_date: a.birth_date,
        by_date: a.by_date,
        sen_pmpc: a.sen_pmpc,
        preference: match &a.only {
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
    to_json(
        &kezek_queue::forecast(&snap, &a.query.query(a.birth_date), &options)
            .map_err(queue_error)?,
    )
}

/// `kezek synth`: a synthetic city as a JSON snapshot or a CSV list.
pub fn synth(a: &SynthArgs) -> Outcome {
    let city = kezek_queue::synth::city(a.seed, a.size as usize);
    if a.csv {
        Ok(kezek_queue::snapshot::to_csv(&city).trim_end().to_owned())
    } else {
        serde_json::to_string(&city)
            .map_err(|e| Failure::Input(ErrorObject::new("output.serialize", "", e.to_string())))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every flag an engine's field is named by is a flag of `kezek
    /// forecast` (which has all of `kezek position`'s), and every field is
    /// one the engine names: `application.…` or `options.…`.
    #[test]
    fn every_field_is_named_by_a_flag_of_the_command() {
        let cli = <crate::Cli as clap::CommandFactory>::command();
        let forecast = cli.find_subcommand("forecast").unwrap();
        let flags: Vec<String> = forecast
            .get_arguments()
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .collect();
        for (field, flag) in FLAGS {
            assert!(flags.iter().any(|f| f == flag), "{flag}: {flags:?}");
            assert!(
                field.starts_with("application.") || field.starts_with("options."),
                "{field}"
            );
            assert_eq!(flag_of(field), Some(*flag));
        }
        assert_eq!(flag_of("queues[0].applications[1].birth_date"), None);
    }
}
