//! `kezek`: the native command line over `kezek-rules` and `kezek-queue`.
//!
//! Every subcommand and option is declared once, with clap's derive API, in
//! [`Cli`] and the argument structs of [`rules_cmd`] (the law: `evaluate`,
//! `calendar`, `iin`, `edition`, `services`) and [`queue_cmd`] (the queue:
//! `position`, `forecast`, `synth`), and [`schema_cmd`] the JSON Schemas of
//! the wire format (`schema`). A command returns its JSON text or the
//! engine's one error object ([`kezek_rules::wire::ErrorObject`]); this file
//! prints either and maps it to the exit codes in [`EXIT_CODES`]. Nothing here
//! panics on input.

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use kezek_rules::wire::ErrorObject;

mod queue_cmd;
mod rules_cmd;
mod schema_cmd;

/// The exit codes, shown by `kezek --help`.
const EXIT_CODES: &str = "Exit codes:
  0  done: the answer is on standard output
  1  the answer is \"no\": `kezek iin` found the number invalid (the reason is on standard output)
  2  bad usage or bad input: an unknown option, an unreadable, oversized or malformed file, an
     impossible query, an answer that cannot be written (`output.unwritable`); the error (with its
     code and field) is on standard error, as one JSON object with --json";

/// Kezek: the law of the kindergarten queue (order No. 254) and of the
/// family-and-children services (order No. 414), on the command line.
#[derive(Debug, Parser)]
#[command(
    name = "kezek",
    version,
    after_help = EXIT_CODES,
    disable_help_subcommand = true
)]
struct Cli {
    /// Errors as the engine's JSON error object {code, field, line?, message} on
    /// standard error (and `services` as a JSON array).
    #[arg(long, global = true)]
    json: bool,
    /// The language of the error messages: kk (Kazakh), ru (Russian) or en
    /// (English) — the texts of the error codes, as the app and the
    /// embedding frame show them. Without it, the engine's own English
    /// message, which names the value and what it should be.
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    lang: Option<Lang>,
    #[command(subcommand)]
    command: Command,
}

/// A language of Kezek's texts (`--lang`): the ones the app speaks
/// (`kezek_rules::messages::LANGUAGES`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Lang {
    /// Kazakh.
    Kk,
    /// Russian.
    Ru,
    /// English.
    En,
}

impl Lang {
    fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The `--lang` of the command line when clap could not read it whole
    /// (a usage error is said in the language asked too); `None` when it is
    /// not given or is no language.
    fn asked() -> Option<Lang> {
        let args: Vec<String> = std::env::args().collect();
        args.iter().enumerate().find_map(|(i, a)| {
            let value = match a.strip_prefix("--lang=") {
                Some(v) => v,
                None if a == "--lang" => args.get(i + 1)?.as_str(),
                None => return None,
            };
            <Lang as clap::ValueEnum>::from_str(value, false).ok()
        })
    }

    /// The error `e` said in this language: its message the text of its
    /// code (`error-<code>` of `kezek_rules::messages`, the texts the app
    /// and the embedding frame show), its code, field and line as they are.
    /// A code with no text (none: `error_codes` tests it) keeps the
    /// engine's English.
    fn said(self, e: &ErrorObject) -> ErrorObject {
        let mut e = e.clone();
        if let Some(text) = fluent_text(self.code(), &e.key(), 0) {
            e.message = text;
        }
        e
    }

    /// "line 3, " in this language, as the error's text begins with it.
    fn line(self, n: usize) -> String {
        match self {
            Lang::Kk => format!("{n}-жол, "),
            Lang::Ru => format!("строка {n}, "),
            Lang::En => format!("line {n}, "),
        }
    }
}

/// The plain text of the Fluent message `id` in `lang`: a reference to
/// another message (`{ error-case-bad-iin }`) written out, `{ $max }` the
/// most earlier registrations a case takes (the one variable of an error's
/// text), its lines joined by a space. `None` when there is no such
/// message, or it takes anything else.
fn fluent_text(lang: &str, id: &str, depth: u8) -> Option<String> {
    let src = kezek_rules::messages::ftl(lang)?;
    let value = kezek_rules::messages::message_value(src, id)?;
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = open + rest[open..].find('}')?;
        match rest[open + 1..close].trim() {
            "$max" => out.push_str(&kezek_rules::Case::MAX_TIMES_QUEUED.to_string()),
            other if !other.starts_with('$') && depth < 4 => {
                out.push_str(&fluent_text(lang, other, depth + 1)?)
            }
            _ => return None,
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    let lines: Vec<&str> = out
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    Some(lines.join(" "))
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Evaluate an order-254 case (category, queues, age, checklist, schedule,
    /// refusal risks, application) or a catalogue request (eligibility,
    /// checklist, refusal risks, due date).
    Evaluate(rules_cmd::EvaluateArgs),
    /// Working days and days off of Kazakhstan in a year.
    Calendar(rules_cmd::CalendarArgs),
    /// Validate an IIN and show the birth date and sex it encodes.
    Iin(rules_cmd::IinArgs),
    /// The edition of the rules compiled in.
    Edition,
    /// The family-and-children service catalogue (order No. 414): one line per
    /// service (code, annex, term, English name); with --json its names in
    /// kk/ru/en, provider, channels, terms and questions.
    Services(rules_cmd::ServicesArgs),
    /// Position of an application in a queue snapshot (order No. 254, cl. 21).
    Position(queue_cmd::PositionArgs),
    /// Forecast of the referral date (seeded Monte Carlo).
    Forecast(queue_cmd::ForecastArgs),
    /// Write a synthetic city snapshot.
    Synth(queue_cmd::SynthArgs),
    /// The JSON Schemas of the inputs and outputs (case, request, evaluations,
    /// prepared applications, queue snapshot, error object).
    Schema(schema_cmd::SchemaArgs),
    /// Print this message or the help of the given command.
    Help(HelpArgs),
}

/// `kezek help [COMMAND]`: Kezek's own, not clap's built-in help command,
/// which read `kezek help --help` as asking about a command named `--help`
/// and failed; this one answers `--help` as every command does.
#[derive(Debug, clap::Args)]
struct HelpArgs {
    /// The command whose help to print (all of them when left out).
    #[arg(value_name = "COMMAND")]
    command: Option<String>,
}

impl Command {
    fn name(&self) -> &'static str {
        match self {
            Command::Evaluate(_) => "evaluate",
            Command::Calendar(_) => "calendar",
            Command::Iin(_) => "iin",
            Command::Edition => "edition",
            Command::Services(_) => "services",
            Command::Position(_) => "position",
            Command::Forecast(_) => "forecast",
            Command::Synth(_) => "synth",
            Command::Schema(_) => "schema",
            Command::Help(_) => "help",
        }
    }
}

/// Why a command did not answer "yes".
#[derive(Debug)]
pub enum Failure {
    /// Bad usage or input (exit 2).
    Input(ErrorObject),
    /// A valid question whose answer is "no" (exit 1): `answer` goes to
    /// standard output, `why` to standard error.
    No {
        /// The answer, as JSON.
        answer: String,
        /// The reason.
        why: ErrorObject,
    },
}

macro_rules! input_failure_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Failure {
            fn from(e: $t) -> Self {
                Failure::Input(e.into())
            }
        }
    )*};
}
input_failure_from!(
    ErrorObject,
    kezek_rules::CaseError,
    kezek_rules::catalogue::CatalogueError,
    kezek_rules::calendar::CalendarError
);

/// What a command prints on standard output.
pub type Outcome = Result<String, Failure>;

/// Pretty JSON of an answer.
pub fn to_json<T: serde::Serialize>(v: &T) -> Outcome {
    serde_json::to_string_pretty(v)
        .map_err(|e| Failure::Input(ErrorObject::new("output.serialize", "", e.to_string())))
}

/// Writes the error to standard error, in the language `--lang` asks
/// ([`Lang::said`]; the engine's English without it). Standard error closed
/// as well (`kezek … 2>&1 | head -c0`) leaves nothing to tell: no panic.
fn report(json: bool, lang: Option<Lang>, command: &str, e: &ErrorObject) {
    use std::io::Write;
    let e = &match lang {
        Some(lang) => lang.said(e),
        None => e.clone(),
    };
    let mut err = std::io::stderr().lock();
    let who = match command {
        "" => "kezek".to_owned(),
        c => format!("kezek {c}"),
    };
    let _ = if json {
        writeln!(
            err,
            "{}",
            serde_json::to_string(e).unwrap_or_else(|_| e.to_string())
        )
    } else if let Some(lang) = lang {
        // Display's "line N, " in the language asked.
        let line = e.line.map(|n| lang.line(n)).unwrap_or_default();
        let field = match e.field.as_str() {
            "" => String::new(),
            f => format!("{f}: "),
        };
        writeln!(err, "{who}: {line}{field}{} ({})", e.message, e.code)
    } else {
        writeln!(err, "{who}: {e}")
    };
}

/// A clap error (unknown option, bad value, missing argument) as an error object:
/// something left out is `cli.missing_argument` naming it (`--birth-year`,
/// `CASE.json`, `COMMAND`), anything else `cli.bad_argument`.
fn argument_error(e: &clap::Error) -> ErrorObject {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let strings = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        _ => Vec::new(),
    };
    // `--birth-year <Y>` → `--birth-year`, `<CASE.json>` → `CASE.json`,
    // `[NAME]` → `NAME`; an unknown option the caller typed, by its first
    // 40 characters.
    let name = |s: &String| {
        let head = s.split_whitespace().next().unwrap_or("");
        let head = head
            .trim_start_matches(['<', '['])
            .trim_end_matches(['>', ']']);
        kezek_rules::wire::shown_key(head)
    };
    let args: Vec<String> = strings(ContextKind::InvalidArg).iter().map(name).collect();
    let field = args.first().cloned().unwrap_or_default();
    // An option given without its value (`--birth-year` last, `--birth-year=`,
    // `--size ""`: as left out, not as "`` is not a whole number").
    let no_value =
        matches!(e.get(ContextKind::InvalidValue), Some(ContextValue::String(v)) if v.is_empty());
    match e.kind() {
        ErrorKind::InvalidValue | ErrorKind::ValueValidation if no_value => {
            let message = format!("{field} needs a value");
            ErrorObject::new("cli.missing_argument", &field, message)
        }
        ErrorKind::MissingRequiredArgument => {
            let message = format!("missing {}", args.join(", "));
            ErrorObject::new("cli.missing_argument", &field, message)
        }
        ErrorKind::ArgumentConflict => {
            let prior = strings(ContextKind::PriorArg);
            let both: Vec<String> = args.iter().cloned().chain(prior.iter().map(name)).collect();
            conflict(&both)
        }
        ErrorKind::MissingSubcommand | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let mut commands = strings(ContextKind::ValidSubcommand);
            commands.retain(|c| c != "help");
            let message = match commands.is_empty() {
                true => "a command is needed (kezek --help lists them)".to_owned(),
                false => format!("a command is needed: {}", commands.join(", ")),
            };
            ErrorObject::new("cli.missing_argument", "COMMAND", message)
        }
        _ => {
            // clap's own first line: "unexpected argument '--x' found", …
            let rendered = single_quoted_shown(&e.render().to_string());
            let first = rendered.lines().next().unwrap_or("");
            let message = first.trim_start_matches("error: ");
            // A command kezek does not have: at `COMMAND`, as `kezek help NAME` names it.
            let field = match e.kind() {
                ErrorKind::InvalidSubcommand => "COMMAND",
                _ => &field,
            };
            ErrorObject::new("cli.bad_argument", field, message)
        }
    }
}

/// clap's text with each value it quotes between single quotes (`invalid
/// value '…'`, `unexpected argument '…'`, `unrecognized subcommand '…'`)
/// cut to its first 40 characters and `…`, as the engine's messages cut a
/// value between backticks ([`kezek_rules::wire::quoted_shown`]): an error
/// never repeats unbounded input (an argument of 50,000 characters came back
/// whole, twice). Quotes of 40 characters or fewer are left as they are.
fn single_quoted_shown(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * 1024));
    let mut rest = text;
    while let Some(open) = rest.find('\'') {
        out.push_str(&rest[..=open]);
        let inside = &rest[open + 1..];
        let Some(close) = inside.find('\'') else {
            out.push_str(&kezek_rules::wire::quoted_shown(inside.to_owned()));
            return out;
        };
        let value = &inside[..close];
        out.push_str(&kezek_rules::wire::shown_key(value));
        out.push('\'');
        rest = &inside[close + 1..];
    }
    out.push_str(rest);
    out
}

/// Arguments given together that cannot be (clap's `conflicts_with`),
/// named by the one to leave out. Beside `--id` — an application of the
/// snapshot, which stands with its own group and submission (cl. 21) —
/// `--group` and `--submitted` would be ignored: they are refused, the field
/// the first of them, whichever order they came in.
fn conflict(both: &[String]) -> ErrorObject {
    let others: Vec<&str> = both
        .iter()
        .map(String::as_str)
        .filter(|a| *a != "--id")
        .collect();
    let field = others.first().copied().unwrap_or_default();
    let others = others.join(" and ");
    let message = if both.iter().any(|a| a == "--id") {
        format!(
            "{others} cannot be used with --id: --id asks about an application of the snapshot, which stands with its own group and submission; leave out {others}, or leave out --id to ask about a new application"
        )
    } else {
        format!("{others} cannot be given together: leave one out")
    };
    ErrorObject::new("cli.bad_argument", field, message)
}

/// What clap said instead of a command to run: help or the version on
/// standard output with 0, a usage error on standard error with 2 (the error
/// object with --json).
fn clap_said(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    let json = std::env::args().any(|a| a == "--json");
    let lang = Lang::asked();
    let usage = !matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion);
    if usage && (json || lang.is_some()) {
        report(json, lang, "", &argument_error(e));
        return ExitCode::from(2);
    }
    // A conflict says why, as with --json (clap's own text names the
    // two options only).
    if e.kind() == ErrorKind::ArgumentConflict {
        let e = argument_error(e);
        eprintln!(
            "error: {} (cli.bad_argument)\n\nFor more information, try '--help'.",
            e.message
        );
        return ExitCode::from(2);
    }
    // Help and the version are answers: one that cannot be written is
    // `output.unwritable`, as any other answer's.
    if !e.use_stderr() {
        use std::io::Write;
        return match e.print().and_then(|()| std::io::stdout().flush()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(w) => unwritten(json, lang, "", &w, None, ExitCode::SUCCESS),
        };
    }
    // clap's own text, each value it quotes cut as the error object's are.
    eprint!("{}", single_quoted_shown(&e.render().to_string()));
    ExitCode::from(2)
}

/// `kezek help [COMMAND]`: what `kezek [COMMAND] --help` prints, asked of
/// clap the same way; a name that is no command is `cli.bad_argument` at
/// `COMMAND`.
fn help(a: &HelpArgs, json: bool, lang: Option<Lang>) -> ExitCode {
    let command = a.command.as_deref();
    let cli = <Cli as clap::CommandFactory>::command();
    if let Some(name) = command.filter(|n| cli.find_subcommand(n).is_none()) {
        let e = ErrorObject::new(
            "cli.bad_argument",
            "COMMAND",
            format!(
                "`{}` is not a command of kezek (kezek --help lists them)",
                kezek_rules::wire::shown(name)
            ),
        );
        report(json, lang, "help", &e);
        return ExitCode::from(2);
    }
    let asked = ["kezek"].into_iter().chain(command).chain(["--help"]);
    match Cli::try_parse_from(asked) {
        Err(e) => clap_said(&e),
        // `--help` always ends the parse with the help.
        Ok(_) => ExitCode::SUCCESS,
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return clap_said(&e),
    };
    let name = cli.command.name();
    let outcome = match cli.command {
        Command::Help(a) => return help(&a, cli.json, cli.lang),
        Command::Evaluate(a) => rules_cmd::evaluate(&a),
        Command::Calendar(a) => rules_cmd::calendar(&a),
        Command::Iin(a) => {
            rules_cmd::iin(&a, |e| cli.lang.map_or_else(|| e.clone(), |l| l.said(e)))
        }
        Command::Edition => Ok(kezek_rules::EDITIONS.to_owned()),
        Command::Services(a) => rules_cmd::services(&a, cli.json),
        Command::Position(a) => queue_cmd::position(&a),
        Command::Forecast(a) => queue_cmd::forecast(&a),
        Command::Synth(a) => queue_cmd::synth(&a),
        Command::Schema(a) => schema_cmd::schema(&a),
    };
    match outcome {
        Ok(text) => match emit(&text) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => unwritten(cli.json, cli.lang, name, &e, None, ExitCode::SUCCESS),
        },
        // An answer "no" that cannot be written is one failure, the write's
        // (its message keeping the reason): one error object, not two.
        Err(Failure::No { answer, why }) => match emit(&answer) {
            Ok(()) => {
                report(cli.json, cli.lang, name, &why);
                ExitCode::from(1)
            }
            Err(e) => unwritten(cli.json, cli.lang, name, &e, Some(&why), ExitCode::from(1)),
        },
        Err(Failure::Input(e)) => {
            report(cli.json, cli.lang, name, &e);
            ExitCode::from(2)
        }
    }
}

/// Writes the answer and a newline to standard output.
fn emit(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    writeln!(out, "{text}")?;
    out.flush()
}

/// The answer could not be written. A reader that stopped reading (`kezek
/// synth | head`) is no error: the command ends as it would have, quietly.
/// Any other failure (a full disk) is reported, exit code 2; the answer
/// "no" it was to carry is said in the same error object, after the write's
/// error (`why`), so standard error holds one.
fn unwritten(
    json: bool,
    lang: Option<Lang>,
    command: &str,
    e: &std::io::Error,
    why: Option<&ErrorObject>,
    otherwise: ExitCode,
) -> ExitCode {
    if e.kind() == std::io::ErrorKind::BrokenPipe {
        if let Some(why) = why {
            report(json, lang, command, why);
        }
        return otherwise;
    }
    let mut message = format!("cannot write the answer to standard output: {e}");
    if let Some(why) = why {
        message.push_str(&format!("; the answer was \"no\": {}", why.message));
    }
    let err = ErrorObject::new("output.unwritable", "", message);
    report(json, lang, command, &err);
    ExitCode::from(2)
}

/// An error of reading the file `path` (`-` for standard input) said as the
/// command line's user knows it: an empty input names the file («case.json
/// is empty …», «standard input is empty …») where the engine, which reads
/// a text, says «the input is empty».
pub fn of_file(mut e: ErrorObject, path: &str) -> ErrorObject {
    if e.code == "input.empty" {
        if let Some(rest) = e.message.strip_prefix("the input ") {
            let name = if path == "-" { "standard input" } else { path };
            e.message = format!("{name} {rest}");
        }
    }
    e
}

impl Failure {
    /// The failure of reading the file `path`, said as [`of_file`] says it.
    pub fn of_file(self, path: &str) -> Failure {
        match self {
            Failure::Input(e) => Failure::Input(of_file(e, path)),
            no => no,
        }
    }
}

/// A whole number as the command line takes it (every whole-number option
/// and `kezek calendar YEAR`): written as JSON writes one, digits with a `-`
/// before a negative one and no leading zero, so that the same text reads
/// the same at the command line and in a JSON input (`-0` is 0, as JSON's
/// `-0` is: wire's `Whole`). `+5`, `05`, ` 5`, `5.0` or `٥` are refused
/// here, in words, rather than read as 5 by Rust's parser or said in its
/// words ("invalid digit found in string"); each option says its own range
/// of the number read. A number past i128 reads as i128's largest or
/// smallest: outside every option's range.
pub fn whole_number(s: &str) -> Result<i128, String> {
    if !kezek_rules::wire::written_as_json_whole(s) {
        return Err(format!(
            "`{}` is not a whole number: write it in digits as JSON does, a `-` before a negative one \
             (no `+`, no leading `0`, no spaces)",
            kezek_rules::wire::shown(s)
        ));
    }
    Ok(s.parse::<i128>().unwrap_or(match s.starts_with('-') {
        true => i128::MIN,
        false => i128::MAX,
    }))
}

/// A whole-number option stored as an i64 (`--paths`, `--horizon`), read by
/// [`whole_number`]; the command checks its bounds with the engine's codes,
/// and a number past i64 reads as its largest or smallest, out of them too.
pub fn whole_i64(s: &str) -> Result<i64, String> {
    Ok(whole_number(s)?.clamp(i64::MIN.into(), i64::MAX.into()) as i64)
}

/// Reads a file (or standard input for `-`) of at most `limit` bytes: a
/// regular file that is larger is refused before it is read, a stream is read
/// no further than the limit. `field` names the argument in errors.
pub fn read_input(path: &str, limit: usize, field: &str) -> Result<String, ErrorObject> {
    use kezek_rules::wire::read_bounded;
    let unreadable = |e: std::io::Error| {
        ErrorObject::new(
            "input.unreadable",
            field,
            format!("cannot read {path}: {e}"),
        )
    };
    if path == "-" {
        return read_bounded(std::io::stdin().lock(), limit, field).map_err(|mut e| {
            e.message = format!("standard input: {}", e.message);
            e
        });
    }
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let meta = file.metadata().map_err(unreadable)?;
    if meta.is_dir() {
        return Err(ErrorObject::new(
            "input.unreadable",
            field,
            format!("cannot read {path}: it is a directory"),
        ));
    }
    if meta.is_file() && meta.len() > limit as u64 {
        return Err(ErrorObject::new(
            "input.too_large",
            field,
            format!(
                "{path} is {} bytes; at most {limit} are accepted",
                meta.len()
            ),
        ));
    }
    read_bounded(file, limit, field).map_err(|mut e| {
        e.message = format!("{path}: {}", e.message);
        e
    })
}
