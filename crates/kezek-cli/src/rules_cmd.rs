//! `kezek evaluate | calendar | iin | services`: the law's subcommands.

use clap::Args;
use kezek_rules::wire::{ErrorObject, MAX_INPUT_BYTES};

use crate::{read_input, to_json, Failure, Outcome};

/// `kezek evaluate`.
#[derive(Debug, Args)]
#[command(after_help = "\
With \"service\" 00403001/00403002 (or none) the input is an order-254 case; the output is its
category and grounds, queues, age, limits, document checklist with statuses and expiry dates,
schedule, refusal risks, the prepared application and citations.
Examples: crates/kezek-rules/examples/cases/*.json

With \"service\" a code of the family-and-children catalogue (see `kezek services`) the input is a
request {\"service\", \"channel\", \"variant\"?, \"as_of\", \"facts\"?, \"documents_held\"?, \"applicant\"?,
\"child\"?} (schema/order414-request.schema.json); the output is its eligibility, checklist for the
channel, refusal risks (the row-9 grounds the facts trigger), due date, and with \"documents_held\"
what happens at the counter (receipt).
Examples: crates/kezek-rules/examples/catalogue/*.json")]
pub struct EvaluateArgs {
    /// The case or request, JSON (at most 1 MiB; `-` reads standard input).
    #[arg(value_name = "CASE.json")]
    case: String,
}

/// `kezek calendar`.
#[derive(Debug, Args)]
#[command(after_help = "\
Prints every day off of YEAR with its reason (weekend, holiday, holiday moved off a weekend,
decree), the number of working days, and whether the calendar data covers the year.")]
pub struct CalendarArgs {
    /// The year, 1900 to 2200.
    #[arg(value_name = "YEAR", value_parser = calendar_year, allow_negative_numbers = true)]
    year: i32,
    /// Newer calendar data (format kezek.calendar/1) instead of the built-in.
    #[arg(long, value_name = "CALENDAR.json")]
    data: Option<String>,
}

/// `kezek calendar`'s YEAR, 1900 to 2200, written as
/// [`crate::whole_number`] reads it.
fn calendar_year(s: &str) -> Result<i32, String> {
    match crate::whole_number(s)? {
        n @ 1900..=2200 => Ok(n as i32),
        _ => Err(format!(
            "`{}` is not a year of the calendar: 1900 to 2200",
            kezek_rules::wire::shown(s)
        )),
    }
}

/// `kezek iin`.
#[derive(Debug, Args)]
pub struct IinArgs {
    /// The IIN, 12 digits.
    #[arg(value_name = "NUMBER", allow_hyphen_values = true)]
    number: String,
}

/// `kezek evaluate CASE.json`: the full evaluation as pretty JSON.
pub fn evaluate(a: &EvaluateArgs) -> Outcome {
    evaluate_text(&read_input(&a.case, MAX_INPUT_BYTES, "CASE.json")?)
        .map_err(|f| f.of_file(&a.case))
}

/// Evaluates the JSON text of a case or a catalogue request, read as every
/// door reads it ([`kezek_rules::wire::read_input`]).
fn evaluate_text(input: &str) -> Outcome {
    use kezek_rules::wire::{read_input, Input};
    match read_input(input)? {
        Input::Request(req) => to_json(&kezek_rules::catalogue::evaluate(
            &req,
            kezek_rules::calendar::Calendar::builtin(),
        )?),
        // Validated as it was read: not again.
        Input::Case(case) => to_json(&case.evaluate(kezek_rules::calendar::Calendar::builtin())?),
    }
}

/// `kezek calendar YEAR`: the year's days off and working-day count.
pub fn calendar(a: &CalendarArgs) -> Outcome {
    let owned;
    let cal = match &a.data {
        None => kezek_rules::calendar::Calendar::builtin(),
        Some(path) => {
            let text = read_input(path, MAX_INPUT_BYTES, "--data")?;
            owned = kezek_rules::calendar::Calendar::from_json(&text)
                .map_err(|e| data_error(&e, path))?;
            &owned
        }
    };
    match cal.year_report(a.year) {
        Some(r) => to_json(&r),
        None => Err(Failure::Input(ErrorObject::new(
            "calendar.year_not_shown",
            "YEAR",
            format!("{} cannot be shown", a.year),
        ))),
    }
}

/// An error of the calendar data given with `--data FILE`, named as the
/// user gave it: a field by its path inside the file, as a case's and a
/// snapshot's are (`years[0].holidays[1].date`), the whole file by the flag
/// `--data`, as its read errors are — not under the JS API's argument name
/// `calendar`, which the command line has no file or flag of.
fn data_error(e: &kezek_rules::calendar::CalendarError, path: &str) -> Failure {
    let field = match e.field() {
        "" => "--data",
        inside => inside,
    };
    // At the line its message says, as every input's error.
    let e = ErrorObject::new(e.code(), field, e.to_string()).at_line(e.line());
    Failure::Input(crate::of_file(e, path))
}

/// `kezek iin NUMBER`: validity, birth date and sex, the rules' one IIN
/// answer ([`kezek_rules::iin::answer`], `validateIin`'s); exit 1 for an
/// invalid IIN, its reason as the error object. `said` gives the error in
/// the language `--lang` asks: the answer's `message` is its text too, so
/// standard output and standard error say the reason alike.
pub fn iin(a: &IinArgs, said: impl Fn(&ErrorObject) -> ErrorObject) -> Outcome {
    let mut answer = kezek_rules::iin::answer(&a.number);
    match kezek_rules::iin::parse(&a.number) {
        Ok(_) => Ok(to_json(&answer)?),
        Err(e) => {
            let why = said(&e.into());
            answer.message = Some(why.message.clone());
            let answer = to_json(&answer)?;
            Err(Failure::No { answer, why })
        }
    }
}

/// `kezek services`.
#[derive(Debug, Args)]
#[command(after_help = "\
Lists the family-and-children services of order No. 414 (seed 001), one line per service: its
register code (seed 002), annex, first term and English name. With --json, a JSON array of them
with their names in Kazakh, Russian and English, provider, channels, every term and the questions
each asks (the `facts` of a request: what its prepared application keeps). --codes prints
every service code Kezek serves, the preschool services of order No. 254 first: the list the
embedding bridge accepts (generated into the site by the build).")]
pub struct ServicesArgs {
    /// Only the codes, one per line: order No. 254's two services, then the catalogue's.
    #[arg(long)]
    codes: bool,
}

/// `kezek services`: the catalogue, one line per service or (`--json`) its listing.
pub fn services(a: &ServicesArgs, json: bool) -> Outcome {
    use kezek_rules::catalogue::listing;
    let rows = listing();
    if a.codes {
        let preschool = kezek_rules::Service::ALL.iter().map(|s| s.code());
        let codes: Vec<&str> = preschool.chain(rows.iter().map(|r| r.code)).collect();
        return if json {
            to_json(&codes)
        } else {
            Ok(codes.join("\n"))
        };
    }
    if json {
        return to_json(&rows);
    }
    Ok(rows
        .iter()
        .map(|r| {
            let t = &r.term[0];
            format!(
                "{}  Ann.{:<2}  {:>3} {:<13}  {}{}",
                r.code,
                r.annex,
                t.n,
                t.unit,
                r.name.en,
                if r.for_parents {
                    ""
                } else {
                    "  [not for parents]"
                }
            )
        })
        .collect::<Vec<_>>()
        .join("\n"))
}

#[cfg(test)]
mod tests {
    use super::evaluate_text;
    use crate::Failure;

    /// Issue 18, item 13: a request cut at ANY byte is reported as malformed
    /// JSON with serde's own message — never as a wrong service of order 254
    /// ("unknown variant `00403008`, expected `00403001` or `00403002`").
    #[test]
    fn every_truncation_of_a_request_or_case_reports_the_real_parse_error() {
        for text in [
            include_str!("../../kezek-rules/examples/catalogue/school-meals-tsa.json"),
            include_str!("../../kezek-rules/examples/catalogue/guardianship-grandmother.json"),
            include_str!("../../kezek-rules/examples/cases/01-portal-general-family.json"),
        ] {
            let text = text.trim_end();
            // Cut at 0 it is empty: `input.empty` (an_empty_input_…, wire.rs).
            for cut in (1..text.len()).filter(|&i| text.is_char_boundary(i)) {
                match evaluate_text(&text[..cut]) {
                    Err(Failure::Input(e)) => {
                        assert_eq!(e.code, "input.invalid_json", "cut at {cut}: {e}");
                        assert!(!e.message.contains("variant"), "cut at {cut}: {e}");
                    }
                    other => panic!("cut at {cut}: {other:?}"),
                }
            }
            assert!(evaluate_text(text).is_ok());
        }
    }
}
