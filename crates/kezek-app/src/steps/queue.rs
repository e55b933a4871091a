//! Step 7: the place in the queue and the forecast of the referral. The queue
//! snapshot comes from the embedding page, the bundled sample city, or a file
//! the parent picks; it is read, the position found (cl. 21) and the forecast
//! run in the queue's own Web Worker ([`crate::queue_worker`]), so the page
//! never freezes, even on a city of a million applications; the forecast is
//! said in words and drawn ([`crate::components::forecast`]). A snapshot the
//! embedding page configures while the step is shown replaces the one shown
//! at once, and a forecast shown is run again on it.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Datelike, NaiveDateTime};
use kezek_queue::forecast::{Forecast, ForecastOptions};
use kezek_queue::{Group, Position, Query, QueueError, QueueKind};
use kezek_rules::category::Category;
use yew::prelude::*;

use super::{needs_earlier, StepProps};
use crate::components::forecast::{words, ForecastChart, Reading};
use crate::queue_worker::{Code, Input, QueueWorker};

/// Paths of one forecast.
pub const PATHS: u32 = 10_000;

/// Where the snapshot came from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The bundled sample city.
    Sample,
    /// A file the parent picked.
    File(String),
    /// The embedding page.
    Embed,
}

/// The queue of the rules' queue option, in `kezek-queue` terms.
pub fn queue_kind(k: &kezek_rules::queues::QueueKind) -> QueueKind {
    QueueKind::of(*k)
}

/// The priority group of a category.
pub fn group_of(c: Category) -> Group {
    Group::of(c)
}

/// The query for "if I applied now" (or when the snapshot was taken, if older).
pub fn hypothetical(
    as_of: NaiveDateTime,
    birth_year: i32,
    queue: QueueKind,
    group: Group,
    now: NaiveDateTime,
) -> Query {
    Query {
        birth_year,
        queue,
        group,
        submitted: Some(now.min(as_of)),
        id: None,
        birth_date: None,
    }
}

/// The query for an application of the snapshot by the number the parent
/// typed ("already in the queue?"), for the child of birth date `born` (step
/// 2): an application the snapshot publishes with another birth date is
/// another child's, refused by the engine (`query.birth_date_mismatch`)
/// rather than its place shown (cl. 13: a queue is of one birth year, so the
/// year alone tells no child from another).
pub fn existing(
    id: &str,
    birth_year: i32,
    queue: QueueKind,
    group: Group,
    born: chrono::NaiveDate,
) -> Query {
    Query {
        birth_year,
        queue,
        group,
        submitted: None,
        id: Some(id.to_owned()),
        birth_date: Some(born),
    }
}

/// The application step 7's typed number names, as step 8 reads it
/// ([`crate::draft::Existing`]): for the question `q` by a number (asked
/// with the child's birth date, [`existing`]) and the engine's `answer`, the
/// application waiting (a place), or not waiting by its status (the
/// engine's `query.*` code, cl. 20 sub. 4–7); `sample` when the file is the
/// sample city's. `None` for a question without a number, a number not
/// found or another child's, or an answer that is no status.
pub fn existing_of(
    q: &Query,
    answer: &Result<Position, Code>,
    sample: bool,
) -> Option<crate::draft::Existing> {
    use kezek_queue::snapshot::Status;
    let id = q.id.clone()?;
    let status = match answer {
        Ok(_) => Status::Waiting,
        Err(code) => Status::of_query_code(code.as_str())?,
    };
    Some(crate::draft::Existing { id, status, sample })
}

/// The snapshot the worker holds, as the page knows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    /// When it was taken.
    pub as_of: NaiveDateTime,
    /// Where it came from.
    pub source: Source,
    /// Counts the snapshots read in this step (the position is asked again for each).
    pub generation: u32,
}

/// Bumps a request counter; an answer is shown only while its number is the last.
fn bump(counter: &Rc<RefCell<u32>>) -> u32 {
    let mut c = counter.borrow_mut();
    *c = c.wrapping_add(1);
    *c
}

/// The step's state a snapshot read sets.
#[derive(Clone)]
struct LoadTargets {
    snapshot: UseStateHandle<Option<Loaded>>,
    /// The error of the last snapshot that could not be read (the previous
    /// one stays): its code, and the line of a queue table where known.
    load_error: UseStateHandle<Option<QueueError>>,
    /// The name of the picked file that could not be read, if it was a file.
    bad_file: UseStateHandle<Option<String>>,
    /// Counts the reads asked for.
    loads: Rc<RefCell<u32>>,
}

/// Reads a snapshot in the worker; on success it replaces the one shown, on
/// failure the one shown stays and the error is set (with the file's name).
fn load_into(name: String, input: Input, source: Source, now: NaiveDateTime, t: LoadTargets) {
    let LoadTargets {
        snapshot,
        load_error,
        bad_file,
        loads,
    } = t;
    let n = bump(&loads);
    wasm_bindgen_futures::spawn_local(async move {
        let r = QueueWorker::shared().load(&name, input, now).await;
        if *loads.borrow() != n {
            return; // a later pick or sample replaced this one
        }
        match r {
            Ok(as_of) => {
                load_error.set(None);
                snapshot.set(Some(Loaded {
                    as_of,
                    source,
                    generation: n,
                }));
            }
            Err(e) => {
                bad_file.set(match source {
                    Source::File(name) => Some(name),
                    _ => None,
                });
                load_error.set(Some(e));
            }
        }
    });
}

/// The embedding page's snapshot (bridge.js keeps the last one configured on
/// `window.kezekEmbedConfig`: a `snapshotUrl` or a `snapshot`), read into the
/// worker; nothing when it configured none.
fn load_embed(now: NaiveDateTime, targets: LoadTargets) {
    let cfg = crate::platform::embed_config();
    let url = cfg
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &"snapshotUrl".into()).ok())
        .and_then(|v| v.as_string());
    let input = if let Some(url) = url {
        // bridge.js accepts only a URL on the app's own origin.
        Some(Input::Url(url))
    } else {
        // Read when `configure` brought it, as here (hooks/embed_config.rs).
        cfg.as_ref()
            .and_then(crate::queue_worker::embed_snapshot_text)
            .map(Input::Text)
    };
    if let Some(input) = input {
        let name = crate::queue_worker::EMBED_NAME.to_owned();
        load_into(name, input, Source::Embed, now, targets);
    }
}

/// The step's state a forecast sets.
#[derive(Clone)]
struct ForecastTargets {
    progress: UseStateHandle<u32>,
    running: UseStateHandle<bool>,
    /// The forecast shown, with the date of the snapshot it was run on.
    result: UseStateHandle<Option<(Rc<Forecast>, NaiveDateTime)>>,
    /// The same forecast for the priority group claimed, where the forecast
    /// shown is the one without it ([`forecast_runs`]), with that group; run
    /// after the forecast shown and said in one line.
    better: UseStateHandle<Option<(Rc<Forecast>, Group)>>,
    forecast_error: UseStateHandle<Option<Code>>,
    /// Counts the forecasts asked for.
    forecasts: Rc<RefCell<u32>>,
}

/// The group a forecast of `q` is run again in when the priority counted is
/// not confirmed (the caveat's `$fallback`: [`super::fallback_category`]),
/// for "if I applied now" only — an application of the snapshot keeps its
/// own group. `None` when the caveat is not said.
fn fallback_query_group(e: &kezek_rules::Evaluation, q: &Query) -> Option<Group> {
    (q.id.is_none() && q.group != Group::General && super::proof_at_risk(e))
        .then(|| group_of(super::fallback_category(e)))
}

/// The forecasts a query runs: the main one, whose words, chart and chances
/// are shown, and the group of the one run after it, said in one line. The
/// main one follows the place card's headline ([`place_lines`]): where the
/// priority claimed is not proven (cl. 22 registers an application once its
/// documents are confirmed), it is run in the group the child stands in at
/// best without the right ([`fallback_query_group`], Kezek's reading), and
/// the claimed group, the better case, after it.
fn forecast_runs(e: &kezek_rules::Evaluation, q: &Query) -> (Query, Option<Group>) {
    match fallback_query_group(e, q).filter(|g| *g != q.group) {
        Some(without) => (
            Query {
                group: without,
                ..q.clone()
            },
            Some(q.group),
        ),
        None => (q.clone(), None),
    }
}

/// The line under the place's headline: whose place it is. A new
/// application's place is its own only once the originals are confirmed —
/// with the priority `right` (`out-of-turn`, `first`; `none`) where the
/// headline counts one: cl. 22, «Тек құжаттар расталғаннан кейін өтініш
/// кезекте тіркеледі, өз кезектілігін алады». An application of the
/// snapshot is registered already.
fn place_note(i18n: &crate::i18n::I18n, existing: bool, right: &str) -> String {
    if existing {
        i18n.t("ui-queue-existing")
    } else {
        i18n.t_args("ui-queue-hypothetical", &[("right", right.to_owned())])
    }
}

/// The priority right the place card's headline counts ([`place_lines`]),
/// as [`place_note`]'s `right`: none for a general application, nor where
/// the headline is the place without the right claimed (its proof at risk).
fn headline_right(e: &kezek_rules::Evaluation, pos: &Position) -> &'static str {
    if super::proof_at_risk(e) {
        "none"
    } else {
        group_right(pos.group)
    }
}

/// Runs the forecast for `q` on the snapshot of `as_of` in the worker, with
/// its progress; only the latest run's answer is shown. With `better`,
/// the same forecast in that group afterwards (without progress).
fn run_forecast(
    q: Query,
    as_of: NaiveDateTime,
    opts: ForecastOptions,
    t: ForecastTargets,
    better: Option<Group>,
) {
    let n = bump(&t.forecasts);
    t.result.set(None);
    t.better.set(None);
    t.forecast_error.set(None);
    t.progress.set(0);
    t.running.set(true);
    let heard: Rc<dyn Fn(u32)> = {
        let (progress, forecasts) = (t.progress.clone(), t.forecasts.clone());
        Rc::new(move |done| {
            if *forecasts.borrow() == n {
                progress.set(done);
            }
        })
    };
    // The worker runs the paths in chunks and reports progress.
    wasm_bindgen_futures::spawn_local(async move {
        let r = QueueWorker::shared().forecast(&q, &opts, heard).await;
        if *t.forecasts.borrow() != n {
            return; // the query changed or a newer run started
        }
        t.running.set(false);
        match r {
            Ok(f) => {
                t.progress.set(PATHS);
                t.result.set(Some((Rc::new(f), as_of)));
            }
            // A newer snapshot was read meanwhile: nothing to say.
            Err(code) if code == "worker.superseded" => return,
            Err(code) => {
                t.forecast_error.set(Some(code));
                return;
            }
        }
        let Some(group) = better.filter(|g| *g != q.group) else {
            return;
        };
        let again = Query { group, ..q };
        let quiet: Rc<dyn Fn(u32)> = Rc::new(|_| {});
        // Not said when it fails: the forecast shown stands, with its caveat.
        if let Ok(f) = QueueWorker::shared().forecast(&again, &opts, quiet).await {
            if *t.forecasts.borrow() == n {
                t.better.set(Some((Rc::new(f), group)));
            }
        }
    });
}

/// The forecast's options for this child, from the rules' age decision: its
/// birth date (the age-out day, cl. 24 p. 9), and whether it ages out at all
/// — a child with special educational needs and a PMPC conclusion stays in
/// the queue past the age limit (cl. 18; `age.sen_pmpc_exception`), so the
/// forecast must not end its chances at an age-out day the rules do not give.
fn forecast_options(age: &kezek_rules::order254::age::AgeDecision) -> ForecastOptions {
    ForecastOptions {
        paths: PATHS,
        birth_date: Some(age.birth_date),
        sen_pmpc: age.sen_pmpc_exception,
        ..ForecastOptions::default()
    }
}

/// The message a refused forecast is said with: the queue engine's own text
/// for its code (`error-forecast-archive-out-of-range`: why, and what to
/// do), where the engine gave one of its codes and the messages have its
/// text; else the generic "could not be calculated, try again" (the worker
/// stopped, `engine.crashed`; a code without a text).
fn forecast_error_key(code: &str, has: impl Fn(&str) -> bool) -> String {
    engine_error_key(code, has).unwrap_or_else(|| "ui-queue-forecast-failed".to_owned())
}

/// The queue engine's own text for `code` (`error-<code>`), where `code` is
/// one of the engine's and the messages have its text; `None` otherwise, for
/// the caller's own fallback.
fn engine_error_key(code: &str, has: impl Fn(&str) -> bool) -> Option<String> {
    let key = kezek_rules::reason::fluent_key("error", code);
    (kezek_queue::error::CODES.contains(&code) && has(&key)).then_some(key)
}

/// What a queue file or table that could not be read is said with, under
/// "Kezek cannot read … as a queue file": the queue engine's own text for its
/// code (`error-csv-bad-group`: what is wrong and the column to check), as a
/// refused forecast is ([`forecast_error_key`]); a file that did not arrive,
/// "check the connection"; else the generic "Kezek reads the queue file
/// (.json) … or its list of applications (.csv)" (the worker stopped, a code
/// without a text).
fn snapshot_error_key(code: &str, has: impl Fn(&str) -> bool) -> String {
    engine_error_key(code, has).unwrap_or_else(|| {
        if code == "fetch" {
            "ui-snapshot-not-loaded"
        } else {
            "ui-snapshot-what"
        }
        .to_owned()
    })
}

/// The line of a queue table a refused table is named by, before its reason
/// (`ui-snapshot-error-line`): the line the engine gave (as the JS API's and
/// the command line's error objects do), for an error about one row of the
/// table ([`kezek_queue::error::ROW_CODES`]) said in the engine's own words.
fn snapshot_error_line(e: &QueueError, has: impl Fn(&str) -> bool) -> Option<usize> {
    let row = kezek_queue::error::ROW_CODES.contains(&e.code.as_str());
    e.line
        .filter(|_| row && engine_error_key(&e.code, has).is_some())
}

/// What a refused queue file or table is said with: its reason
/// ([`snapshot_error_key`]), after the table's line where it names one
/// ([`snapshot_error_line`]): «Ошибка в строке 3 таблицы очереди. В строке
/// таблицы очереди неизвестная группа очередности…».
fn snapshot_error_text(i18n: &crate::i18n::I18n, e: &QueueError) -> String {
    let has = |k: &str| i18n.has(k);
    let reason = i18n.t(&snapshot_error_key(&e.code, has));
    match snapshot_error_line(e, has) {
        Some(line) => i18n.t_args(
            "ui-snapshot-error-line",
            &[("line", line.to_string()), ("reason", reason)],
        ),
        None => reason,
    }
}

/// The place's caveat when the priority it counts on is not proven
/// (`#kz-if-not-proven`, [`super::proof_at_risk`]): what the order says and
/// does not, where the child stands without it (`fallback`, the caveats'
/// value), and what to do ([`super::proof_todo`]: bring a valid document,
/// or enter the issue date of one held). An application of the snapshot
/// stands with its right already (cl. 22 registered it once its documents
/// were confirmed): its caveat says so, and that the right is checked again
/// after the referral (`ui-queue-if-not-proven-existing`).
fn place_if_not_proven(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    pos: &Position,
    fallback: &str,
) -> String {
    p.i18n.t_args(
        if pos.existing {
            "ui-queue-if-not-proven-existing"
        } else {
            "ui-queue-if-not-proven"
        },
        &[
            ("right", group_right(pos.group).into()),
            ("general", pos.as_general.to_string()),
            ("first", pos.as_first.to_string()),
            ("fallback", fallback.into()),
            ("todo", super::proof_todo(e).into()),
        ],
    )
}

/// The place card's headline, and the line under it that gives the place
/// with the priority counted where the headline is another place. A parent
/// reads the headline: where the priority counted is not proven
/// ([`super::proof_at_risk`]: cl. 22 registers an application once its
/// documents are confirmed), it is the place if the right is not confirmed
/// — where the caveat says the child stands at best ([`super::fallback_group`],
/// Kezek's reading: as a general applicant, or with the first priority
/// another ground proves) —, and the place with the right is the line
/// "if the right is confirmed", which the counts of who is ahead follow.
/// An application of the snapshot is registered with its group (cl. 22:
/// «Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі, өз
/// кезектілігін алады»): its headline is its own place, as its forecast is
/// ([`forecast_runs`]), and its caveat says the right is checked again after
/// the referral ([`place_if_not_proven`]).
fn place_lines(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    pos: &Position,
) -> (String, Option<String>) {
    let place = |key: &str, n: usize, right: &str| {
        p.i18n.t_args(
            key,
            &[
                ("n", n.to_string()),
                ("total", pos.waiting.to_string()),
                ("right", right.to_owned()),
            ],
        )
    };
    if pos.existing || pos.group == Group::General || !super::proof_at_risk(e) {
        return (place("ui-queue-position", pos.position, ""), None);
    }
    let without = match super::fallback_group(e) {
        "first" => pos.as_first,
        _ => pos.as_general,
    };
    let right = group_right(pos.group);
    (
        place("ui-queue-position-unproven", without, right),
        Some(place("ui-queue-position-if-proven", pos.position, right)),
    )
}

/// The forecast's caveat beside the place's ([`place_if_not_proven`]):
/// `#kz-forecast-if-not-proven`. Where the forecast shown is run without the
/// right claimed (`without`, [`forecast_runs`]), it says so, as the place's
/// headline does; else (an application of the snapshot keeps its group, as
/// its headline does) that it counts, as the headline, on the right the
/// application stands with.
fn forecast_if_not_proven(
    p: &StepProps,
    e: &kezek_rules::Evaluation,
    pos: &Position,
    fallback: &str,
    without: bool,
) -> String {
    p.i18n.t_args(
        if without {
            "ui-forecast-without-right"
        } else {
            "ui-forecast-if-not-proven"
        },
        &[
            ("right", group_right(pos.group).into()),
            ("fallback", fallback.into()),
            ("todo", super::proof_todo(e).into()),
        ],
    )
}

/// A priority group as the texts' `$right`: `out-of-turn`, `first` for the
/// first priority, `none` for a general application (no right claimed; the
/// caveats and the "if proven" lines are said of a priority group only).
fn group_right(group: Group) -> &'static str {
    match group {
        Group::OutOfTurn => "out-of-turn",
        Group::First => "first",
        Group::General => "none",
    }
}

/// What "this file has no queue for children born in …" is said with on
/// step 7, for a child whose age decision is `age` and a step offering
/// `choices` queues. A child over cl. 18's age limit without the exception
/// stands in no queue (cl. 24 sub. 9 archives the application): the file
/// has no queue of its birth year for that reason, said as the rules say it
/// — flatly for a child already 7 on 1 September (over on every reading),
/// as Kezek's reading otherwise —, not "choose another queue". "Choose
/// another queue above" only where the step shows the queue selector (more
/// than one queue).
fn unknown_queue_key(
    age: &kezek_rules::order254::age::AgeDecision,
    choices: usize,
) -> &'static str {
    if !age.eligible {
        if age.over_by_kezeks_reading_only() {
            "ui-queue-error-unknown-queue-over-age-reading"
        } else if age.reasons.first()
            == Some(&kezek_rules::reason::ReasonCode::AgeTurnsSixByAcceptance)
        {
            // Still 5 today, 6 by the day of acceptance (before 1
            // September): said as the birthday and that day, not "has
            // turned 6" (review46).
            "ui-queue-error-unknown-queue-over-age-by-acceptance"
        } else if age.turned_six_archived() {
            // 6 before 1 September, not 7 on it: cl. 24 sub. 9's archive.
            "ui-queue-error-unknown-queue-over-age-archived"
        } else {
            "ui-queue-error-unknown-queue-over-age"
        }
    } else if choices > 1 {
        "ui-queue-error-unknown-queue"
    } else {
        "ui-queue-error-unknown-queue-one"
    }
}

/// The text "this file has no queue for children born in `year`" on step
/// 7 ([`unknown_queue_key`]), for the queue named `queue`, a child whose age
/// decision is `age` and an application made now accepted on `accepted`
/// (the evaluation's `schedule.accepted_at`): the sixth birthday and that
/// day are said where the age is judged on it
/// (`ui-queue-error-unknown-queue-over-age-by-acceptance`), and the year
/// of cl. 18's 1 September, the year of that day (`$cutoff`), where the
/// others say it.
fn unknown_queue_text(
    i18n: &crate::i18n::I18n,
    age: &kezek_rules::order254::age::AgeDecision,
    accepted: chrono::NaiveDate,
    choices: usize,
    queue: String,
    year: i32,
) -> String {
    i18n.t_args(
        unknown_queue_key(age, choices),
        &[
            ("queue", queue),
            ("year", year.to_string()),
            ("birthday", i18n.date(age.sixth_birthday)),
            ("accepted", i18n.date(accepted)),
            // cl. 18's «ағымдағы жыл»: the year of the day of acceptance
            // (the rules' `age.cutoff`, as their age texts' `$year`).
            ("cutoff", age.cutoff.year().to_string()),
        ],
    )
}

/// The text an application of the snapshot that no longer waits is said
/// with, by the engine's code of its status: what the status is and what the
/// parent can do, with its clause — a referral issued (cl. 20 sub. 5), the
/// stop list (cl. 3 sub. 14, cl. 20 sub. 6), not interested (cl. 20 sub. 7),
/// withdrawn (cl. 20 sub. 4), archived (cl. 20 sub. 6); `None` for any other
/// code. A referral's says that admission (00403002) is next, with its terms
/// as the rules count them there ([`referral_terms`]).
fn not_waiting_text(i18n: &crate::i18n::I18n, code: &str) -> Option<String> {
    use kezek_queue::snapshot::Status;
    // The engine's code read back by its one definition (review44: three
    // tables of string literals, whose `_` arms would swallow a renamed code).
    let key = match Status::of_query_code(code)? {
        Status::Waiting => return None,
        Status::ReferralIssued => {
            return Some(format!(
                "{} {}",
                i18n.t("ui-queue-existing-referral"),
                referral_terms_text(i18n)
            ))
        }
        Status::StopList => "ui-queue-existing-stop-list",
        Status::NotInterested => "ui-queue-existing-not-interested",
        Status::Withdrawn => "ui-queue-existing-withdrawn",
        Status::Archived => "ui-queue-existing-archived",
    };
    Some(i18n.t(key))
}

/// A referral's terms (`ui-referral-terms`, [`referral_terms`]): said on
/// step 7 beside an application with a referral and on step 8 in place of a
/// new queue application.
pub fn referral_terms_text(i18n: &crate::i18n::I18n) -> String {
    i18n.t_args("ui-referral-terms", &referral_terms())
}

/// A referral's terms from the rules' own numbers, as admission counts them
/// (the dates from the day of issue are the admission service's): the
/// referral's working days (`valid`, Annex 4 p. 8 sub. 1), the originals'
/// after it (`originals`, cl. 22), the one extension's calendar days
/// (`extension`, cl. 30).
fn referral_terms() -> [(&'static str, String); 3] {
    let valid = match kezek_rules::documents::DocumentKind::Referral.validity() {
        kezek_rules::documents::Validity::WorkingDays { days, .. } => days,
        _ => 0,
    };
    [
        ("valid", valid.to_string()),
        (
            "originals",
            kezek_rules::schedule::ORIGINALS_WORKING_DAYS.to_string(),
        ),
        (
            "extension",
            kezek_rules::documents::REFERRAL_EXTENSION_MAX_DAYS.to_string(),
        ),
    ]
}

/// The forecast run again in the priority group claimed
/// (`#kz-forecast-if-proven`), where the forecast shown is the one without
/// the right ([`forecast_runs`]): if the right is confirmed, half of the same
/// futures bring a place before its middle date, or fewer than half before
/// the horizon.
fn if_proven_words(p: &StepProps, f: &Forecast, group: Group) -> Html {
    let r = Reading::new(f, p.now.date());
    let paths = crate::components::forecast::grouped(&p.i18n, r.paths);
    let right = group_right(group);
    let text = match r.p50 {
        Some(d) => p.i18n.t_args(
            "ui-forecast-if-proven-half",
            &[
                ("right", right.into()),
                ("paths", paths),
                ("date", p.i18n.date(d)),
            ],
        ),
        None => p.i18n.t_args(
            "ui-forecast-if-proven-unlikely",
            &[
                ("right", right.into()),
                ("paths", paths),
                ("end", p.i18n.date(r.horizon_end)),
            ],
        ),
    };
    html! { <p id="kz-forecast-if-proven" data-group={right}>{ text }</p> }
}

/// A chance of the forecast in whole percent, as the parent reads it: one
/// short of every future is never rounded up to 100 (">99"), nor one above
/// none down to 0 ("<1").
fn chance_pct(x: f64) -> String {
    match x * 100.0 {
        v if v >= 99.5 && x < 1.0 => ">99".into(),
        v if v < 0.5 && x > 0.0 => "<1".into(),
        v => format!("{v:.0}"),
    }
}

/// The forecast's assumptions in the parent's language, with the values the
/// simulation runs with (`ForecastOptions::default()`, as in `on_run`).
fn assumptions(p: &StepProps) -> Vec<String> {
    let o = ForecastOptions::default();
    let pct = |x: f64| format!("{:.0}", x * 100.0);
    vec![
        p.i18n.t_args(
            "ui-forecast-assume-acceptance",
            &[("pct", pct(o.acceptance))],
        ),
        p.i18n.t_args(
            "ui-forecast-assume-leaving",
            &[
                ("pct", pct(o.not_interested_per_year)),
                ("stop", pct(o.stop_list_per_year)),
            ],
        ),
        p.t("ui-forecast-assume-places"),
        p.t("ui-forecast-assume-priority"),
        p.i18n.t_args(
            "ui-forecast-assume-leftover",
            &[("pct", pct(o.leftover_interest))],
        ),
        p.t("ui-forecast-assume-referral"),
    ]
}

/// Step 7.
#[function_component(QueueStep)]
pub fn queue_step(p: &StepProps) -> Html {
    let targets = LoadTargets {
        snapshot: use_state(|| None::<Loaded>),
        load_error: use_state(|| None::<QueueError>),
        bad_file: use_state(|| None::<String>),
        loads: use_mut_ref(|| 0u32),
    };
    let (snapshot, load_error, bad_file) = (
        targets.snapshot.clone(),
        targets.load_error.clone(),
        targets.bad_file.clone(),
    );
    let chosen_queue = use_state(|| 0usize);
    // The number typed, as step 8 last heard it (the field keeps it when
    // the parent comes back to this step).
    let app_id = {
        let typed = p.draft.existing.as_ref().map(|x| x.id.clone());
        use_state(move || typed.unwrap_or_default())
    };
    let ft = ForecastTargets {
        progress: use_state(|| 0u32),
        running: use_state(|| false),
        result: use_state(|| None),
        better: use_state(|| None),
        forecast_error: use_state(|| None::<Code>),
        forecasts: use_mut_ref(|| 0u32),
    };
    let (progress, running, result, forecast_error, forecasts) = (
        ft.progress.clone(),
        ft.running.clone(),
        ft.result.clone(),
        ft.forecast_error.clone(),
        ft.forecasts.clone(),
    );
    let better_forecast = ft.better.clone();
    // Another query or another snapshot: a forecast shown or running, and
    // the one run again without the priority, belong to the old one.
    let forget_forecast = {
        let (result, better, running, forecast_error, forecasts) = (
            result.clone(),
            better_forecast.clone(),
            running.clone(),
            forecast_error.clone(),
            forecasts.clone(),
        );
        move || {
            bump(&forecasts);
            result.set(None);
            better.set(None);
            running.set(false);
            forecast_error.set(None);
        }
    };
    // Whether a forecast is shown or running now, and whether the next
    // snapshot read (one the embedding page configured here) runs it again.
    let forecast_shown = use_mut_ref(|| false);
    *forecast_shown.borrow_mut() = result.is_some() || *running;
    let forecast_again = use_mut_ref(|| false);
    // The position for the query it was asked for.
    let position = use_state(|| None::<(Query, Result<Position, Code>)>);
    // Request counters: only the answer to the latest request is shown.
    let positions = use_mut_ref(|| 0u32);

    // The worker starts with the step, so its module is ready and its
    // forecast code warm by the time the parent asks (issue 19).
    use_effect_with((), |_| QueueWorker::shared().prepare());

    // A snapshot the embedding page configured (bridge.js keeps it on window),
    // when the step opens and whenever the page configures another
    // (`kezek:embed-snapshot`): shown at once, the forecast shown run again.
    {
        let targets = targets.clone();
        let now = p.now;
        use_effect_with((), move |_| load_embed(now, targets));
    }
    {
        let targets = targets.clone();
        let (shown, again) = (forecast_shown.clone(), forecast_again.clone());
        let now = p.now;
        crate::hooks::window_event::use_window_event("kezek:embed-snapshot", move || {
            *again.borrow_mut() = *shown.borrow();
            load_embed(now, targets.clone());
        });
    }

    // What is asked of the snapshot: "if I applied now", or an application's id.
    let rules = p.outcome.as_ref().as_ref().ok();
    let queue = rules
        .and_then(|e| e.queues.options.get(*chosen_queue))
        .map(|o| queue_kind(&o.kind))
        .unwrap_or(QueueKind::General);
    let birth_year = rules
        .and_then(|e| e.queues.options.first())
        .map(|o| o.birth_year)
        .unwrap_or(p.now.year());
    let query = match (rules, &*snapshot) {
        (Some(e), Some(loaded)) => Some(if app_id.trim().is_empty() {
            hypothetical(
                loaded.as_of,
                birth_year,
                queue.clone(),
                group_of(e.category.category),
                p.now,
            )
        } else {
            existing(
                app_id.trim(),
                birth_year,
                queue.clone(),
                group_of(e.category.category),
                e.age.birth_date,
            )
        }),
        _ => None,
    };
    // A forecast shown when the embedding page configured this snapshot: run
    // again on it, so no forecast of the snapshot before stays; after any
    // other snapshot read in, the forecast of the one before is forgotten.
    {
        let (ft, again) = (ft.clone(), forecast_again.clone());
        let generation = snapshot.as_ref().map(|l| l.generation);
        let as_of = snapshot.as_ref().map(|l| l.as_of);
        let embed = snapshot.as_ref().map(|l| l.source == Source::Embed);
        let opts = rules.map(|e| forecast_options(&e.age));
        let runs = rules.zip(query.as_ref()).map(|(e, q)| forecast_runs(e, q));
        let forget = forget_forecast.clone();
        let loaded = generation.is_some();
        use_effect_with(generation, move |_| {
            let asked = again.replace(false);
            let rerun = embed == Some(true) && asked;
            match (rerun, runs, as_of, opts) {
                (true, Some((q, better)), Some(as_of), Some(o)) => {
                    run_forecast(q, as_of, o, ft, better)
                }
                // Any other new snapshot: a forecast run (or asked) while it
                // was being read belongs to the one before.
                _ if loaded => forget(),
                _ => {}
            }
        });
    }
    // The position, from the worker, for every snapshot read and every query.
    {
        let position = position.clone();
        let positions = positions.clone();
        let generation = snapshot.as_ref().map(|l| l.generation);
        use_effect_with((generation, query.clone()), move |(_, q)| {
            let n = bump(&positions);
            if let Some(q) = q.clone() {
                wasm_bindgen_futures::spawn_local(async move {
                    let r = QueueWorker::shared().position(&q).await;
                    if *positions.borrow() == n {
                        position.set(Some((q, r)));
                    }
                });
            }
        });
    }

    // Step 8 hears which application the number names and its status (cl.
    // 20): it files no new queue application for one already there.
    {
        let answer = match (&*position, &query) {
            (Some((asked, r)), Some(q)) if asked == q => Some(r),
            _ => None,
        };
        let heard = query.as_ref().zip(answer).map(|(q, r)| {
            let sample = snapshot
                .as_ref()
                .is_some_and(|l| l.source == Source::Sample);
            existing_of(q, r, sample)
        });
        let dispatch = p.dispatch.clone();
        let before = p.draft.existing.clone();
        use_effect_with((heard, before), move |(heard, before)| {
            if let Some(now) = heard.clone().filter(|now| now != before) {
                dispatch.emit(crate::state::Action::SetExisting(now));
            }
        });
    }

    let Ok(e) = p.outcome.as_ref() else {
        return needs_earlier(p);
    };
    let options: Vec<QueueKind> = e
        .queues
        .options
        .iter()
        .map(|o| queue_kind(&o.kind))
        .collect();
    let opts = forecast_options(&e.age);

    let on_sample = {
        let targets = targets.clone();
        let forget = forget_forecast.clone();
        let now = p.now;
        Callback::from(move |_| {
            forget();
            load_into(
                "city.json".into(),
                Input::Url("sample/city.json".into()),
                Source::Sample,
                now,
                targets.clone(),
            );
        })
    };
    let on_file = {
        let targets = targets.clone();
        let forget = forget_forecast.clone();
        let now = p.now;
        Callback::from(move |ev: Event| {
            let input: web_sys::HtmlInputElement = ev.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            // A new pick: the previous file's error no longer applies.
            targets.load_error.set(None);
            forget();
            // The worker reads and parses the file: the page stays responsive.
            let name = file.name();
            load_into(
                name.clone(),
                Input::File(file),
                Source::File(name),
                now,
                targets.clone(),
            );
        })
    };

    // The position shown is the one asked for the current query only.
    let answer = match (&*position, &query) {
        (Some((asked, r)), Some(q)) if asked == q => Some(r),
        _ => None,
    };
    let body = match (&*snapshot, answer, &query) {
        (Some(Loaded { as_of, source, .. }), Some(answer), Some(q)) => {
            // Every number drawn from the sample city says it is an example.
            let demo = if *source == Source::Sample {
                html! { <span class="kz-badge kz-demo">{ p.t("ui-queue-demo") }</span> }
            } else {
                html! {}
            };
            let source_text = match source {
                Source::Sample => p.t("ui-queue-source-sample"),
                Source::File(n) => p
                    .i18n
                    .t_args("ui-queue-source-file", &[("name", n.clone())]),
                Source::Embed => p.t("ui-queue-source-embed"),
            };
            match answer {
                Err(code) => html! {
                    <div class="kz-notice" role="alert" id="kz-queue-error">
                        <p>{ source_text }</p>
                        // "Your child's queue is not in this file" only when
                        // it is not: a number not found, or an application no
                        // longer waiting, is said by its own text alone.
                        if code == "query.unknown_queue" {
                            <p>{ p.t("ui-queue-error") }</p>
                        }
                        <p data-code={code.clone()}>{ match code.as_str() {
                            "query.unknown_queue" => unknown_queue_text(&p.i18n, &e.age, e.schedule.accepted_at.date(), e.queues.options.len(),
                                e.queues.options.get(*chosen_queue).map(|o| super::queue_label(p, &o.kind)).unwrap_or_default(),
                                birth_year),
                            "query.unknown_id" => p.t("ui-queue-error-unknown-id"),
                            "query.birth_date_mismatch" => p.i18n.t_args("ui-queue-error-birth-date-mismatch", &[("date", p.i18n.date(e.age.birth_date))]),
                            c => not_waiting_text(&p.i18n, c).unwrap_or_else(|| p.t("ui-queue-error-other")),
                        } }</p>
                        // cl. 20 sub. 5: a referral's next service is admission.
                        if code == "query.referral_issued" {
                            <p><a class="kz-button kz-secondary" id="kz-to-admission" href={crate::route::Step::Service.hash()}
                                onclick={p.send(|_: MouseEvent| crate::state::Action::SetService(kezek_rules::Service::Admission))}>{ p.t("ui-queue-existing-to-admission") }</a></p>
                        }
                    </div>
                },
                Ok(pos) => {
                    // The forecast shown follows the headline: without the
                    // priority where its proof is at risk, the claimed group
                    // run again after it (said beside the caveat).
                    let (main, better_in) = forecast_runs(e, q);
                    let on_run = {
                        let (ft, q, as_of, opts) = (ft.clone(), main, *as_of, opts.clone());
                        Callback::from(move |_| {
                            // Busy: the button stays focusable (aria-disabled), a press does nothing.
                            if *ft.running {
                                return;
                            }
                            run_forecast(q.clone(), as_of, opts.clone(), ft.clone(), better_in);
                        })
                    };
                    let running = *running;
                    // The place's headline and the forecast shown are without
                    // the claimed group where its proof is at risk: each says so.
                    let if_not_proven = pos.group != Group::General && super::proof_at_risk(e);
                    // Where the child stands without it (the caveats' `$fallback`).
                    let fallback = super::fallback_group(e);
                    // The place with the first priority can be later than a
                    // general application's (cl. 21's one to three): then it
                    // is not "at best", and the general place is said beside it.
                    let place_fallback = if fallback == "first" && pos.as_first > pos.as_general {
                        "first-later"
                    } else {
                        fallback
                    };
                    let (headline, if_proven) = place_lines(p, e, pos);
                    // What is said and drawn: no date before today.
                    let reading = (*result)
                        .as_ref()
                        .map(|(f, _)| Rc::new(Reading::new(f, p.now.date())));
                    html! {
                        <>
                            <p class="kz-hint" id="kz-queue-source">{ source_text }{ " · " }{ p.i18n.t_args("ui-queue-as-of", &[("date", p.i18n.date_time(*as_of))]) }</p>
                            <section class="kz-card" id="kz-position" data-position={pos.position.to_string()}>
                                <h3>{ headline }{ demo.clone() }</h3>
                                <p>{ place_note(&p.i18n, pos.existing, headline_right(e, pos)) }</p>
                                // The place with the right counted, which the counts below are of.
                                if let Some(line) = if_proven {
                                    <p id="kz-position-if-proven">{ line }</p>
                                }
                                <ul>
                                    <li>{ p.i18n.t_args("ui-queue-ahead-out-of-turn", &[("n", pos.ahead.out_of_turn.to_string())]) }</li>
                                    <li>{ p.i18n.t_args("ui-queue-ahead-first", &[("n", pos.ahead.first.to_string())]) }</li>
                                    <li>{ p.i18n.t_args("ui-queue-ahead-general", &[("n", pos.ahead.general.to_string())]) }</li>
                                </ul>
                                if if_not_proven {
                                    <p class="kz-warning" id="kz-if-not-proven">{ place_if_not_proven(p, e, pos, place_fallback) }</p>
                                }
                                if pos.group != Group::General {
                                    <p id="kz-category-worth">{ p.i18n.t_args(if pos.places_gained >= 0 { "ui-queue-worth" } else { "ui-queue-worth-negative" },
                                        &[("n", pos.places_gained.unsigned_abs().to_string()), ("general", pos.as_general.to_string())]) }</p>
                                }
                                <crate::components::why::Why i18n={p.i18n.clone()} citations={pos.citations.clone()} />
                            </section>
                            <section class="kz-card" id="kz-forecast">
                                <h3>{ p.t("ui-queue-forecast") }{ demo.clone() }</h3>
                                // Cl. 16: the referral is to a private preschool,
                                // and the forecast counts every place (said before it runs).
                                if e.referral_to_private_preschool_only() {
                                    <p class="kz-warning" id="kz-forecast-private">{ p.t("ui-forecast-private-cl16") }</p>
                                }
                                <button type="button" class="kz-button" id="kz-run-forecast" onclick={on_run} aria-disabled={running.to_string()}>{ p.t("ui-queue-run") }</button>
                                if running {
                                    <p><label for="kz-forecast-progress">{ p.t("ui-queue-progress") }</label>
                                    <progress id="kz-forecast-progress" class="kz-meter" max={PATHS.to_string()} value={progress.to_string()}>{ format!("{}/{}", *progress, PATHS) }</progress></p>
                                }
                                if let Some(code) = &*forecast_error {
                                    <p class="kz-notice" role="alert" id="kz-forecast-error" data-code={code.clone()}>{ p.t(&forecast_error_key(code, |k| p.i18n.has(k))) }</p>
                                }
                                if let (Some((f, run_on)), Some(r)) = (&*result, &reading) {
                                    <div id="kz-forecast-result" data-as-of={run_on.format("%Y-%m-%dT%H:%M").to_string()}>
                                        { words(&p.i18n, r, pos.group != Group::General) }
                                        if if_not_proven {
                                            <p class="kz-warning" id="kz-forecast-if-not-proven">{ forecast_if_not_proven(p, e, pos, place_fallback, better_in.is_some()) }</p>
                                            // Run after the forecast shown: said when it comes.
                                            <div aria-live="polite">
                                                if let Some((ff, g)) = better_forecast.as_ref().filter(|(_, g)| Some(*g) == better_in) {
                                                    { if_proven_words(p, ff, *g) }
                                                }
                                            </div>
                                        }
                                        <ForecastChart i18n={p.i18n.clone()} reading={r.clone()} />
                                        // How far to trust the early, middle and late dates: said only when
                                        // the middle date is (with 12% of the futures placed, none is said).
                                        if r.p50.is_some() {
                                            <p id="kz-forecast-reliability">{ p.i18n.t_args("ui-queue-reliability", &[
                                                ("inside", format!("{:.0}", f.reliability.inside_p10_p90 * 10.0)),
                                                ("below", format!("{:.0}", f.reliability.below_p50 * 10.0))]) }</p>
                                        }
                                        if crate::components::forecast::says_chance_by_date(f) {
                                            <p id="kz-prob-by-date">{ p.i18n.t_args("ui-queue-prob-by", &[("date", p.i18n.date(f.by_date)), ("pct", chance_pct(f.prob_by_date))]) }</p>
                                        }
                                        if let (Some(a), Some(pa)) = (f.age_out, f.prob_before_age_out) {
                                            <p>{ p.i18n.t_args("ui-queue-prob-age-out", &[("date", p.i18n.date(a)), ("pct", chance_pct(pa))]) }</p>
                                        }
                                        <details class="kz-why"><summary>{ p.t("ui-queue-assumptions") }</summary>
                                            <ul>{ for assumptions(p).into_iter().map(|a| html! { <li>{ a }</li> }) }</ul>
                                        </details>
                                    </div>
                                }
                            </section>
                        </>
                    }
                }
            }
        }
        _ => html! {},
    };
    let on_queue = {
        let chosen_queue = chosen_queue.clone();
        let forget = forget_forecast.clone();
        Callback::from(move |ev: Event| {
            let sel: web_sys::HtmlSelectElement = ev.target_unchecked_into();
            chosen_queue.set(sel.value().parse().unwrap_or(0));
            forget();
        })
    };
    let on_id = {
        let app_id = app_id.clone();
        let (dispatch, heard) = (p.dispatch.clone(), p.draft.existing.clone());
        Callback::from(move |ev: InputEvent| {
            let input: web_sys::HtmlInputElement = ev.target_unchecked_into();
            // Another number: step 8's application is not known until answered.
            if heard.as_ref().is_some_and(|x| x.id != input.value().trim()) {
                dispatch.emit(crate::state::Action::SetExisting(None));
            }
            app_id.set(input.value());
            forget_forecast();
        })
    };
    html! {
        <>
            <p class="kz-lead">{ p.t("ui-queue-lead") }</p>
            <div class="kz-actions">
                <button type="button" class="kz-button kz-secondary" id="kz-load-sample" onclick={on_sample}>{ p.t("ui-queue-load-sample") }</button>
                <label class="kz-button kz-secondary" for="kz-snapshot-file">{ p.t("ui-queue-load-file") }</label>
                <input type="file" id="kz-snapshot-file" class="kz-visually-hidden" accept=".json,.csv,application/json,text/csv" onchange={on_file} />
            </div>
            if let Some(err) = &*load_error {
                <div class="kz-notice" role="alert" id="kz-snapshot-error" data-code={err.code.clone()}>
                    <p><strong>{ match &*bad_file {
                        Some(name) => p.i18n.t_args("ui-queue-bad-file", &[("name", name.clone())]),
                        None => p.t("ui-queue-bad-snapshot"),
                    } }</strong></p>
                    <p>{ snapshot_error_text(&p.i18n, err) }</p>
                    <p>{ p.t("ui-snapshot-kept") }</p>
                </div>
            }
            if options.len() > 1 {
                <div class="kz-field">
                    <label for="kz-queue-choice">{ p.t("ui-queue-choose") }</label>
                    <select id="kz-queue-choice" onchange={on_queue}>
                        { for e.queues.options.iter().map(|o| &o.kind).enumerate().map(|(i, k)| html! { <option value={i.to_string()} selected={i == *chosen_queue}>{ super::queue_label(p, k) }</option> }) }
                    </select>
                </div>
            }
            <div class="kz-field">
                <label for="kz-application-id">{ p.t("ui-queue-application-id") }</label>
                <p class="kz-hint" id="kz-application-id-hint">{ p.t("ui-queue-application-id-hint") }</p>
                <input id="kz-application-id" aria-describedby="kz-application-id-hint" value={(*app_id).clone()} oninput={on_id} />
            </div>
            { body }
        </>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// cl. 18 with cl. 24 sub. 9: the day the forecast's chance counts to
    /// (1 January of the year the child turns 6 before 1 September) is
    /// Kezek's reading of the two clauses as one rule — sub. 9 archives «6
    /// (алты) жасқа толған баланың өтінішін», on the sixth birthday. Step 5
    /// says so; step 7 said «Вероятность места до перевода заявления в архив
    /// по возрасту 01.01.2029» as a fact (walk 37c, lines 951 kk, 2110 ru).
    #[test]
    fn cl18_cl24_9_the_chance_before_the_age_out_says_its_day_is_kezeks_reading() {
        use crate::i18n::{I18n, Lang};
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let line = I18n::new(lang).t_args(
                "ui-queue-prob-age-out",
                &[("date", "01.01.2029".into()), ("pct", "99".into())],
            );
            assert!(line.contains("Kezek"), "{lang:?}: {line}");
        }
    }

    /// Annex 2 p. 8 sub. 5 («педагогтің жұмыс орнынан анықтама (берілген
    /// күннен бастап бір ай ішінде жарамды)») with cl. 22 («Тек құжаттар
    /// расталғаннан кейін өтініш кезекте тіркеледі»): a teacher's workplace
    /// certificate held without its day of issue is not yet judged valid, so
    /// the place and the forecast still count the priority as not proven
    /// (the safe side) — but their caveats told the parent to "bring a valid
    /// document" they already hold. Held and only undated, they now say to
    /// enter its issue date (step 6), in kk, ru and en; beside a proof
    /// missing too (the diploma), both; with the certificate dated and out
    /// of date, "bring a valid document" as before.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex2_8_5_cl22_an_undated_priority_proof_is_counted_unproven_and_its_date_asked() {
        use crate::i18n::{I18n, Lang};
        const CASE: &str = include_str!(
            "../../../kezek-rules/examples/cases/03-state-corporation-teacher-large-family.json"
        );
        const DATED: &str =
            "\"kind\": \"teacher_workplace_certificate\",\n      \"issued_on\": \"2026-11-02\"";
        const DIPLOMA: &str = ",\n    {\n      \"kind\": \"teacher_diploma\"\n    }";
        let teacher = |certificate: &str, diploma: bool| {
            let text = CASE
                .replace(",\n    \"large_family\": true", "")
                .replace(DATED, certificate);
            let text = if diploma {
                text
            } else {
                text.replace(DIPLOMA, "")
            };
            crate::steps::tests::example(&text)
        };
        let undated = "\"kind\": \"teacher_workplace_certificate\"";
        let lapsed =
            "\"kind\": \"teacher_workplace_certificate\",\n      \"issued_on\": \"2026-09-02\"";
        let pos = Position {
            position: 3,
            waiting: 40,
            ahead: Default::default(),
            group: Group::First,
            submitted: chrono::NaiveDate::from_ymd_opt(2026, 11, 28)
                .unwrap()
                .and_hms_opt(19, 40, 0)
                .unwrap(),
            as_general: 12,
            as_first: 3,
            places_gained: 9,
            existing: false,
            citations: Vec::new(),
        };
        for (lang, date, bring) in [
            (
                Lang::Kk,
                "күнін 6-қадамда енгізіңіз",
                "Жарамды құжат әкеліңіз",
            ),
            (Lang::Ru, "дату выдачи", "Принесите действующий документ"),
            (Lang::En, "issue date", "Bring a valid document"),
        ] {
            let said = |e: kezek_rules::Evaluation| {
                assert!(super::super::proof_at_risk(&e), "{:?}", e.checklist);
                let mut p = crate::steps::tests::props(e);
                p.i18n = I18n::new(lang);
                let Ok(e) = p.outcome.as_ref() else {
                    unreachable!()
                };
                [
                    place_if_not_proven(&p, e, &pos, "general"),
                    forecast_if_not_proven(&p, e, &pos, "general", false),
                    forecast_if_not_proven(&p, e, &pos, "general", true),
                ]
            };
            // Held, undated, the diploma in hand: the date, not "bring".
            for line in said(teacher(undated, true)) {
                assert!(
                    line.contains(date) && !line.contains(bring),
                    "{lang:?}: {line}"
                );
                assert!(line.contains('6'), "{lang:?}, the step: {line}");
            }
            // Held, undated, the diploma missing: both.
            for line in said(teacher(undated, false)) {
                assert!(
                    line.contains(date) && line.contains(bring),
                    "{lang:?}: {line}"
                );
            }
            // Dated and out of date: "bring", no date asked.
            for line in said(teacher(lapsed, true)) {
                assert!(
                    !line.contains(date) && line.contains(bring),
                    "{lang:?}: {line}"
                );
            }
        }
    }

    /// cl. 21 (the order of the list), cl. 24 sub. 4 and sub. 10: with the
    /// sample city step 7 said «Категория поднимает ребенка на 137 мест»
    /// and, in the forecast below, «Номер в очереди и категория такие места
    /// не приближают» — two opposite messages. The engine computes two
    /// things: `places_gained`, how many places higher the category puts
    /// the application in the queue's list (cl. 21), and `leftover`, in how
    /// many futures the place is one nobody ahead took, open after 3 days to
    /// the first 1,000 at once (cl. 24 sub. 10), for which the place in the
    /// list does not matter. Both lines now speak of the place in the list.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl21_cl24_10_the_categorys_lift_and_the_leftover_line_speak_of_the_same_list() {
        use crate::i18n::{I18n, Lang};
        for (lang, list) in [
            (Lang::Ru, "в списке очереди"),
            (Lang::En, "in the queue's list"),
            (Lang::Kk, "кезек тізімінде"),
        ] {
            let i18n = I18n::new(lang);
            let worth = i18n.t_args(
                "ui-queue-worth",
                &[("n", "137".into()), ("general", "451".into())],
            );
            let leftover = crate::components::forecast::leftover_line(&i18n, 9911, 9911);
            assert!(worth.to_lowercase().contains(list), "{lang:?}: {worth}");
            assert!(leftover.contains(list), "{lang:?}: {leftover}");
        }
    }

    /// cl. 22 («Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі,
    /// өз кезектілігін алады»; the originals within 5 working days of
    /// sending): the place of a new application, with its category, is the
    /// application's only once the originals are confirmed. Step 7 said
    /// «Место нового заявления, если подать его сейчас» and nothing of it;
    /// it now says so in the same line, naming the right where the place
    /// counts one. An application of the snapshot is registered already.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_a_new_applications_place_holds_once_its_originals_are_confirmed() {
        use crate::i18n::{I18n, Lang};
        for (lang, cl22, out_of_turn, first) in [
            (Lang::Ru, "пункт 22", "внеочередное", "первоочередное"),
            (Lang::En, "cl. 22", "out-of-turn", "first-priority"),
            (Lang::Kk, "22-тармақ", "кезектен тыс", "бірінші кезекте"),
        ] {
            let i18n = I18n::new(lang);
            let note = |existing, right| place_note(&i18n, existing, right);
            assert!(
                note(false, "none").contains(cl22),
                "{lang:?}: {}",
                note(false, "none")
            );
            let with = note(false, "out-of-turn");
            assert!(
                with.contains(cl22) && with.contains(out_of_turn),
                "{lang:?}: {with}"
            );
            let with = note(false, "first");
            assert!(
                with.contains(cl22) && with.contains(first),
                "{lang:?}: {with}"
            );
            assert!(!note(true, "first").contains(cl22), "{lang:?}");
        }
    }

    /// cl. 20 sub. 1–2: one mapping of a priority group to the texts'
    /// `$right` — the place's note names the out-of-turn and the first
    /// priority right, each its own case, and none for a general application.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_each_group_is_its_own_right_in_the_places_note() {
        use crate::i18n::{I18n, Lang};
        let i18n = I18n::new(Lang::En);
        let note = |g| place_note(&i18n, false, group_right(g));
        assert!(note(Group::OutOfTurn).contains("out-of-turn"));
        assert!(note(Group::First).contains("first-priority"));
        let general = note(Group::General);
        assert!(
            !general.contains("out-of-turn") && !general.contains("first-priority"),
            "{general}"
        );
    }

    /// cl. 22 «…ақпаратты көрсетілетін қызметті беруші басқа тәртіпті
    /// белгілмеген жағдайда … екі рет тексереді және растайды», then «Бұл
    /// жағдайда … Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі»:
    /// the rule step 7 states — a place is the application's only once its
    /// documents are confirmed — holds unless the department (the provider,
    /// cl. 4) has set another procedure. The lines under the place and the
    /// place's caveats stated it without that proviso; they now say it, in
    /// the words step 5 says it in (kk «басқа тәртіп белгілемесе», ru «не
    /// установил иной порядок», en "has set another procedure").
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_step7s_lines_stating_the_rule_say_unless_another_procedure_is_set() {
        use crate::i18n::{I18n, Lang};
        for (lang, proviso) in [
            (Lang::Kk, "басқа тәртіп белгілемесе"),
            (Lang::Ru, "не установил иной порядок"),
            (Lang::En, "has set another procedure"),
        ] {
            let i = I18n::new(lang);
            for right in ["none", "first", "out-of-turn"] {
                let t = place_note(&i, false, right);
                assert!(t.contains(proviso), "{lang:?} {right}: {t}");
            }
            for key in ["ui-queue-if-not-proven", "ui-queue-if-not-proven-existing"] {
                let t = i.t_args(
                    key,
                    &[
                        ("right", "first".into()),
                        ("fallback", "general".into()),
                        ("general", "12".into()),
                    ],
                );
                assert!(t.contains(proviso), "{lang:?} {key}: {t}");
            }
        }
    }

    /// cl. 22, cl. 20 sub. 3 (c0f96a4 made the place if the right is not
    /// confirmed the headline where the proof is at risk): the forecast
    /// still ran with the claimed group as its main result, the run without
    /// the right only its secondary line. The main run now follows the
    /// headline — the group the child stands in at best without the right
    /// (Kezek's reading) —, and the claimed group is the one run after it.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_an_unproven_prioritys_forecast_follows_the_headline() {
        const CASE: &str = include_str!(
            "../../../kezek-rules/examples/cases/02-office-serviceman-expired-certificate.json"
        );
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::OutOfTurn,
            submitted: None,
            id: None,
            birth_date: None,
        };
        let runs = |text: &str, q: &Query| {
            let e = crate::steps::tests::example(text);
            forecast_runs(&e, q)
        };
        // Expired, no other ground: general grounds first, the right after.
        let (main, better) = runs(CASE, &q);
        assert_eq!(
            (main.group, better),
            (Group::General, Some(Group::OutOfTurn))
        );
        assert_eq!(
            Query {
                group: q.group,
                ..main
            },
            q
        );
        // A large family too: the first priority it proves.
        let large = CASE.replace(
            "\"serviceman\": true",
            "\"serviceman\": true,\n    \"large_family\": true",
        );
        let (main, better) = runs(&large, &q);
        assert_eq!((main.group, better), (Group::First, Some(Group::OutOfTurn)));
        // Valid: the claimed group alone.
        let valid = CASE.replace("2026-10-01", "2026-11-20");
        assert_eq!(runs(&valid, &q), (q.clone(), None));
        // An application of the snapshot keeps its own group.
        let id = Query {
            id: Some("1".into()),
            ..q.clone()
        };
        assert_eq!(runs(CASE, &id), (id.clone(), None));
    }

    /// cl. 22 («Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі,
    /// өз кезектілігін алады»; checked «екі рет», at registration and after
    /// the referral): an application of the snapshot (a number entered) is
    /// registered, with the group it stands in. Where its priority proof is
    /// at risk, step 7's headline was the place without the right («Place 7
    /// of 9 if the out-of-turn right is not confirmed») while the forecast
    /// under it ran in the application's own group and its caveat said it
    /// counts «like the place if the right is confirmed». Now the headline
    /// is the application's own place, the forecast is of it, and both
    /// caveats say the application stands with its right, checked again
    /// after the referral — and, as Kezek's reading, where the child stands
    /// if it is not confirmed.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_an_applications_headline_forecast_and_caveats_are_of_its_own_group() {
        use crate::i18n::{I18n, Lang};
        const CASE: &str = include_str!(
            "../../../kezek-rules/examples/cases/02-office-serviceman-expired-certificate.json"
        );
        let pos = Position {
            position: 2,
            waiting: 9,
            ahead: Default::default(),
            group: Group::OutOfTurn,
            submitted: chrono::NaiveDate::from_ymd_opt(2026, 3, 2)
                .unwrap()
                .and_hms_opt(11, 0, 0)
                .unwrap(),
            as_general: 7,
            as_first: 4,
            places_gained: 5,
            existing: true,
            citations: Vec::new(),
        };
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::OutOfTurn,
            submitted: None,
            id: Some("A-17".into()),
            birth_date: None,
        };
        for (lang, own, without, stands, headline_too) in [
            (
                Lang::En,
                "Place 2 of 9",
                "Place 7",
                "Your application stands in the queue with the out-of-turn right",
                "like the place in the headline",
            ),
            (
                Lang::Ru,
                "Место 2 из 9",
                "Место 7",
                "Ваше заявление стоит в очереди с правом на внеочередное получение места",
                "как и место в заголовке",
            ),
            (
                Lang::Kk,
                "9 ішінен 2-орын",
                "9 ішінен 7-орын",
                "Өтінішіңіз кезекте кезектен тыс орын алу құқығымен тұр",
                "тақырыптағы орын сияқты",
            ),
        ] {
            let e = crate::steps::tests::example(CASE);
            let mut p = crate::steps::tests::props(e);
            p.i18n = I18n::new(lang);
            let Ok(e) = p.outcome.as_ref() else {
                unreachable!()
            };
            assert!(super::super::proof_at_risk(e));
            // The forecast is of the application, in its own group.
            let (main, better) = forecast_runs(e, &q);
            assert_eq!((main, better), (q.clone(), None));
            // The headline is its own place, with no second place line.
            let (headline, if_proven) = place_lines(&p, e, &pos);
            assert!(headline.contains(own), "{lang:?}: {headline}");
            assert!(!headline.contains(without), "{lang:?}: {headline}");
            assert_eq!(if_proven, None, "{lang:?}");
            // Both caveats: it stands with its right; without it, place 7
            // (Kezek's reading); the forecast as the headline.
            let place = place_if_not_proven(&p, e, &pos, "general");
            assert!(place.contains(stands), "{lang:?}: {place}");
            assert!(
                place.contains('7') && place.contains("Kezek"),
                "{lang:?}: {place}"
            );
            let forecast = forecast_if_not_proven(&p, e, &pos, "general", false);
            assert!(forecast.contains(headline_too), "{lang:?}: {forecast}");
            assert!(forecast.contains("Kezek"), "{lang:?}: {forecast}");
        }
    }

    /// cl. 22 («Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі»),
    /// cl. 20 sub. 3: a serviceman's family whose workplace certificate step
    /// 6 calls expired read «Место 2 из 9» as step 7's headline, the place
    /// with the out-of-turn right counted; the place without it was only in
    /// the caveat below. The headline is now the place if the right is not
    /// confirmed (Kezek's reading, said in the caveat: as a general
    /// applicant, or with the first priority another ground proves), and
    /// the place with the right is the line under it, "if the right is
    /// confirmed"; both numbers stay in sight. A proven priority keeps its
    /// place as the headline, with no second line.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_an_unproven_priority_is_not_the_places_headline() {
        use crate::i18n::{I18n, Lang};
        const CASE: &str = include_str!(
            "../../../kezek-rules/examples/cases/02-office-serviceman-expired-certificate.json"
        );
        let pos = Position {
            position: 2,
            waiting: 9,
            ahead: Default::default(),
            group: Group::OutOfTurn,
            submitted: chrono::NaiveDate::from_ymd_opt(2026, 11, 23)
                .unwrap()
                .and_hms_opt(11, 0, 0)
                .unwrap(),
            as_general: 7,
            as_first: 4,
            places_gained: 5,
            existing: false,
            citations: Vec::new(),
        };
        let lines = |text: &str, lang| {
            let e = crate::steps::tests::example(text);
            let mut p = crate::steps::tests::props(e);
            p.i18n = I18n::new(lang);
            let Ok(e) = p.outcome.as_ref() else {
                unreachable!()
            };
            (super::super::proof_at_risk(e), place_lines(&p, e, &pos))
        };
        let large = CASE.replace(
            "\"serviceman\": true",
            "\"serviceman\": true,\n    \"large_family\": true",
        );
        let valid = CASE.replace("2026-10-01", "2026-11-20");
        for (lang, best, general, first) in [
            (Lang::Ru, "Место 2 из 9", "Место 7 из 9", "Место 4 из 9"),
            (Lang::En, "Place 2 of 9", "Place 7 of 9", "Place 4 of 9"),
            (
                Lang::Kk,
                "9 ішінен 2-орын",
                "9 ішінен 7-орын",
                "9 ішінен 4-орын",
            ),
        ] {
            // Expired, no other ground: at best general grounds.
            let (at_risk, (headline, if_proven)) = lines(CASE, lang);
            assert!(at_risk);
            assert!(headline.contains(general), "{lang:?}: {headline}");
            assert!(!headline.contains(best), "{lang:?}: {headline}");
            let if_proven = if_proven.unwrap_or_default();
            assert!(
                if_proven.contains(&best.to_lowercase()) || if_proven.contains(best),
                "{lang:?}: {if_proven}"
            );
            // A large family too: the first priority it proves.
            let (at_risk, (headline, if_proven)) = lines(&large, lang);
            assert!(at_risk);
            assert!(headline.contains(first), "{lang:?}: {headline}");
            assert!(if_proven.is_some(), "{lang:?}");
            // Valid: the place with the right, alone.
            let (at_risk, (headline, if_proven)) = lines(&valid, lang);
            assert!(!at_risk);
            assert!(headline.contains(best), "{lang:?}: {headline}");
            assert_eq!(if_proven, None, "{lang:?}");
        }
    }

    /// cl. 24 sub. 8: the queue system «мамандандырылған интернет-ресурста
    /// өтініштер туралы ақпаратты жариялайды» — it publishes information
    /// about the applications on a dedicated website, and cl. 23 sub. 4 gives
    /// the applicant a personal account in the queue system (Annex 2 p. 10:
    /// the service request's status on egov.kz; review44). Step
    /// 7 asked the parent to «Загрузите очередь, которую публикует отдел
    /// (управление) образования» "(JSON or CSV)", and its errors to ask the
    /// department for "the current queue file": a file the order gives no
    /// one. The lead now says where the parent sees the queue and the
    /// status, and that a file is the sample's or a service's; no text says
    /// the education department gives a queue file.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl24_8_the_queue_step_promises_no_file_the_order_does_not_give() {
        use crate::i18n::{I18n, Lang};
        for (lang, cited, department) in [
            (Lang::Kk, "24-тармақтың 8) тармақшасы", "білім бөлім"),
            (Lang::Ru, "подпункт 8) пункта 24", "отдел"),
            (Lang::En, "cl. 24 sub. 8", "education"),
        ] {
            let i = I18n::new(lang);
            let lead = i.t("ui-queue-lead");
            assert!(lead.contains(cited), "{lang:?}: {lead}");
            assert!(lead.contains("egov.kz"), "{lang:?}: {lead}");
            for key in ["ui-queue-lead", "ui-snapshot-what", "ui-queue-error-other"] {
                let t = i.t(key);
                assert!(
                    !t.to_lowercase().contains(department),
                    "{lang:?} {key}: {t}"
                );
            }
            let t = i.t("error-snapshot-invalid-json");
            assert!(
                !t.contains("жарияланған")
                    && !t.contains("опубликовали")
                    && !t.contains("published"),
                "{lang:?}: {t}"
            );
        }
    }

    /// cl. 23 sub. 4 «кезектілікті басқару жүйесінде жеке кабинеттегі
    /// есептік мәліметтерді сақтау» — the applicant's personal account is in
    /// the queue management system; Annex 2 p. 10 (and cl. 5) speak of the
    /// status of the request for the service in the portal's personal
    /// account, not of the queue application's (review44). Steps 7 and 8
    /// said «the status of your application is in your personal account on
    /// egov.kz (Annex 2 p. 10)»; they cite cl. 23 sub. 4 for the application,
    /// and Annex 2 p. 10 only for the request.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl23_4_the_queue_applications_status_cites_the_queue_systems_personal_account() {
        use crate::i18n::{I18n, Lang};
        for (lang, sub4, annex2_10, request) in [
            (
                Lang::Kk,
                "23-тармақтың 4) тармақшасы",
                "2-қосымша, 10-тармақ",
                "сұраным",
            ),
            (
                Lang::Ru,
                "подпункт 4) пункта 23",
                "приложение 2, пункт 10",
                "запрос",
            ),
            (Lang::En, "cl. 23 sub. 4", "Annex 2 p. 10", "request"),
        ] {
            let i = I18n::new(lang);
            for key in [
                "ui-queue-lead",
                "ui-queue-existing-stop-list",
                "ui-queue-existing-not-interested",
                "ui-handoff-existing-sample",
            ] {
                let t = i.t(key);
                assert!(t.contains(sub4), "{lang:?} {key}: {t}");
                assert!(
                    !t.contains(annex2_10) || t.contains(request),
                    "{lang:?} {key}: {t}"
                );
            }
            let t = i.t_args("ui-handoff-existing-waiting", &[("id", "1".to_owned())]);
            assert!(t.contains(sub4) && !t.contains(annex2_10), "{lang:?}: {t}");
        }
    }

    /// cl. 24 sub. 8: the queue system publishes the applications on a
    /// dedicated website; the order gives a parent no queue file. A queue
    /// file without the child's queue told the parent «…немесе өз елді
    /// мекеніңіздің файлын ашыңыз» / «…или откройте файл своего населенного
    /// пункта» / "…or open the file of your own settlement", as if each
    /// settlement gave one. It now says where the information is published
    /// and where the application's status is, as the step's lead does.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl24_8_a_missing_queue_sends_the_parent_to_no_settlements_file() {
        use crate::i18n::{I18n, Lang};
        for (lang, cited, file) in [
            (Lang::Kk, "24-тармақтың 8) тармақшасы", "файлын"),
            (Lang::Ru, "подпункт 8) пункта 24", "откройте файл"),
            (Lang::En, "cl. 24 sub. 8", "open the file"),
        ] {
            let i = I18n::new(lang);
            for key in [
                "ui-queue-error-unknown-queue",
                "ui-queue-error-unknown-queue-one",
            ] {
                let t = i.t_args(key, &[("queue", "Q".into()), ("year", "2023".into())]);
                assert!(!t.contains(file), "{lang:?} {key}: {t}");
                assert!(
                    t.contains(cited) && t.contains("egov.kz"),
                    "{lang:?} {key}: {t}"
                );
            }
        }
    }

    /// Step 7 said «2 of 10 000 modelled futures bring no place before
    /// 23.11.2029» and, two lines below, «the chance of a place before the
    /// age-out on 01.01.2031: 100%» (9 998 of 10 000 rounded up; a large
    /// family at Astana's sample, walk of helper185). A chance short of
    /// every future is never said as certain, nor one above none as nil.
    #[test]
    fn forecast_chance_is_never_rounded_to_certainty_or_to_nil() {
        assert_eq!(chance_pct(0.9998), ">99");
        assert_eq!(chance_pct(0.995), ">99");
        assert_eq!(chance_pct(1.0), "100");
        assert_eq!(chance_pct(0.0002), "<1");
        assert_eq!(chance_pct(0.0), "0");
        assert_eq!(chance_pct(0.904), "90");
    }

    /// cl. 18, cl. 24 p. 9: a child with special educational needs and a
    /// PMPC conclusion does not age out of the queue, so step 7's forecast
    /// runs without an age-out day for them (the queue engine's
    /// `sen_pmpc`), and with one for every other child.
    #[test]
    fn cl18_a_sen_child_with_a_pmpc_conclusion_is_forecast_without_an_age_out() {
        for (file, text, sen_pmpc) in [
            (
                "04",
                include_str!(
                    "../../../kezek-rules/examples/cases/04-portal-sen-child-several-queues.json"
                ),
                true,
            ),
            (
                "01",
                include_str!("../../../kezek-rules/examples/cases/01-portal-general-family.json"),
                false,
            ),
        ] {
            let case = kezek_rules::wire::read_case(text).unwrap();
            let e = kezek_rules::evaluate(&case).unwrap();
            assert_eq!(e.age.sen_pmpc_exception, sen_pmpc, "{file}");
            let o = forecast_options(&e.age);
            assert_eq!(o.sen_pmpc, sen_pmpc, "{file}");
            assert_eq!(o.birth_date, Some(case.child.birth_date), "{file}");
            assert_eq!(o.paths, PATHS, "{file}");
        }
    }

    /// cl. 30 «бір тәуліктен кешіктірмей»: since Kezek reads the one day as
    /// the window for asking the extension too, the forecast's assumption
    /// does not offer "30 more days with an extension" as if available: it
    /// says what the forecast gives (the referral's date, not admission's),
    /// the referral's five working days, and the extension with its causes
    /// and its window as Kezek's reading.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl30_the_forecast_assumption_says_the_referral_date_and_the_extension_window_as_a_reading() {
        use crate::i18n::{I18n, Lang};
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let t = I18n::new(lang).t("ui-forecast-assume-referral");
            assert!(t.contains("Kezek"), "{lang:?}: {t}");
            assert!(
                t.contains('5') || t.contains("бес") || t.contains("пять") || t.contains("five"),
                "{lang:?}: {t}"
            );
        }
        let en = I18n::new(Lang::En).t("ui-forecast-assume-referral");
        assert!(en.contains("within one day"), "{en}");
        assert!(en.contains("not the day of admission"), "{en}");
    }

    /// cl. 18, cl. 24 sub. 9: step 7 told the parent of a child born in 2019
    /// (7 on 1 September 2026) «Бұл файлда 2019 жылы туған балаларға арналған
    /// «Жалпы кезек» кезегі жоқ. Жоғарыдан басқа кезекті таңдаңыз…» (walk of
    /// 05.12.2026): the step showed no queue selector, and the file has no
    /// such queue because a child over the age limit stands in none. The text
    /// now says the age limit (cl. 18) — Kezek's reading where it is one —
    /// and points "above" only where the selector is shown.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl18_an_over_age_childs_missing_queue_is_said_by_the_age_limit_not_a_selector() {
        use crate::i18n::{I18n, Lang};
        let text =
            include_str!("../../../kezek-rules/examples/cases/01-portal-general-family.json");
        let d = |y, m, dd| chrono::NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        let age_on = |born: chrono::NaiveDate, on: chrono::NaiveDate| {
            let mut case = kezek_rules::wire::read_case(text).unwrap();
            case.child.iin = None;
            case.child.birth_date = born;
            case.as_of = on.and_hms_opt(10, 0, 0).unwrap();
            kezek_rules::order254::age::decide(&case)
        };
        let age_of = |born| age_on(born, d(2026, 11, 23));
        // On 23.11.2026: 7 on 1 September (every reading); 6 on 05.02.2026,
        // before 1 September (out on every reading: cl. 24 sub. 9); within
        // the limit. On 02.03.2026, 6 on 31 August, not yet 6: Kezek's
        // reading only.
        let over = age_of(d(2019, 3, 10));
        let archived = age_of(d(2020, 2, 5));
        let reading = age_on(d(2020, 8, 31), d(2026, 3, 2));
        let within = age_of(d(2023, 5, 10));
        assert!(!over.eligible && !over.over_by_kezeks_reading_only());
        assert!(!archived.eligible && !archived.over_by_kezeks_reading_only());
        assert!(!reading.eligible && reading.over_by_kezeks_reading_only());
        assert!(within.eligible);
        for (lang, above, reading_word) in [
            (Lang::Kk, "Жоғарыдан", "Kezek"),
            (Lang::Ru, "выше", "Kezek"),
            (Lang::En, "above", "Kezek"),
        ] {
            let i = I18n::new(lang);
            let say = |age, choices| {
                i.t_args(
                    unknown_queue_key(age, choices),
                    &[("queue", "Q".into()), ("year", "2019".into())],
                )
            };
            for choices in [1, 2] {
                let t = say(&over, choices);
                assert!(!t.contains(above), "{lang:?}: {t}");
                assert!(t.contains("18"), "{lang:?}: {t}");
                assert!(!t.contains(reading_word), "{lang:?}: {t}");
                // Not "already 7": 6 before 1 September, cl. 24 sub. 9.
                let t = say(&archived, choices);
                assert!(!t.contains(above), "{lang:?}: {t}");
                assert!(t.contains("18") && t.contains("24"), "{lang:?}: {t}");
                assert!(!t.contains('7'), "{lang:?}: {t}");
                let t = say(&reading, choices);
                assert!(!t.contains(above), "{lang:?}: {t}");
                assert!(
                    t.contains("18") && t.contains(reading_word),
                    "{lang:?}: {t}"
                );
            }
            let t = say(&within, 1);
            assert!(!t.contains(above), "{lang:?}: {t}");
            let t = say(&within, 2);
            assert!(t.contains(above), "{lang:?}: {t}");
        }
    }

    /// Queue registration on egov.kz (case 01) for a child born `born`
    /// (year, month, day), no IIN, sent at `at` (year, month, day, hour,
    /// minute): its evaluation.
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn on_the_portal(
        born: (i32, u32, u32),
        at: (i32, u32, u32, u32, u32),
    ) -> kezek_rules::Evaluation {
        let text =
            include_str!("../../../kezek-rules/examples/cases/01-portal-general-family.json");
        let mut case = kezek_rules::wire::read_case(text).unwrap();
        case.child.iin = None;
        case.child.birth_date = chrono::NaiveDate::from_ymd_opt(born.0, born.1, born.2).unwrap();
        case.as_of = chrono::NaiveDate::from_ymd_opt(at.0, at.1, at.2)
            .unwrap()
            .and_hms_opt(at.3, at.4, 0)
            .unwrap();
        kezek_rules::evaluate(&case).unwrap()
    }

    /// cl. 24 sub. 9, judged on the day of acceptance (review45's finding,
    /// review46): on egov.kz on Tue 14.04.2026 at 19:00 a child born
    /// 15.04.2020 is 5, turns 6 on 15.04 — the day an application made now
    /// is accepted — and is out of the queue on either reading
    /// (`age.turns_six_by_acceptance`). The headline no longer says "has
    /// already turned 6" (fix45), but step 7, for a file with no queue of
    /// 2020, still said «балаңыз … 6 жасқа толып қойған» / «вашему ребенку
    /// уже исполнилось 6 лет» / "your child has turned 6": a fact of the
    /// day of acceptance said as today's. It names the birthday and that
    /// day, as the headline does.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl24_9_step_7_does_not_tell_a_child_still_5_it_has_turned_6() {
        use crate::i18n::{I18n, Lang};
        let e = on_the_portal((2020, 4, 15), (2026, 4, 14, 19, 0));
        assert_eq!(
            e.age.reasons[0],
            kezek_rules::ReasonCode::AgeTurnsSixByAcceptance,
            "{:?}",
            e.age.reasons
        );
        let accepted = e.schedule.accepted_at.date();
        for (lang, already) in [
            (Lang::Kk, "толып қойған"),
            (Lang::Ru, "уже исполнилось"),
            (Lang::En, "has turned 6"),
        ] {
            let i = I18n::new(lang);
            for choices in [1, 2] {
                let t = unknown_queue_text(&i, &e.age, accepted, choices, "Q".into(), 2020);
                assert!(!t.contains(already), "{lang:?}: a child of 5 today: {t}");
                assert!(
                    t.matches("15.04.2026").count() == 2 && !t.contains('$'),
                    "{lang:?}: the birthday and the day of acceptance: {t}"
                );
                assert!(t.contains("18") && t.contains("24"), "{lang:?}: {t}");
            }
        }
    }

    /// cl. 18's «ағымдағы жыл» on step 7 (reread46): rules46 made the age
    /// texts name the year of the day of acceptance (`$year`, the rules'
    /// `age.cutoff`), but step 7's texts for a file with no queue of the
    /// child's birth year still said "1 September of the current year". On
    /// egov.kz on 31.12.2026 at 18:31 an application is accepted on
    /// 05.01.2027: a child born 10.10.2020 turned 6 after 1 September 2026
    /// but before 1 September 2027, one born 10.03.2021 turns 6 before 1
    /// September 2027 (not 2026), one born 20.08.2020 is 7 on 1 September
    /// 2027 (6 on 1 September 2026) — each said of "the current year", read
    /// by the parent as 2026. They name 2027.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl18_step_7_names_the_year_of_the_day_of_acceptance() {
        use crate::i18n::{I18n, Lang};
        use kezek_rules::ReasonCode as R;
        for (born, headline, key) in [
            (
                (2021, 3, 10),
                R::AgeTooOldOnAcceptance,
                "ui-queue-error-unknown-queue-over-age-reading",
            ),
            (
                (2020, 10, 10),
                R::AgeTurnedSixArchived,
                "ui-queue-error-unknown-queue-over-age-archived",
            ),
            (
                (2020, 8, 20),
                R::AgeOverOnEveryReading,
                "ui-queue-error-unknown-queue-over-age",
            ),
        ] {
            let e = on_the_portal(born, (2026, 12, 31, 18, 31));
            assert_eq!(e.age.reasons[0], headline, "{born:?}");
            assert_eq!(unknown_queue_key(&e.age, 1), key, "{born:?}");
            let accepted = e.schedule.accepted_at.date();
            assert_eq!(accepted.to_string(), "2027-01-05");
            for lang in [Lang::Kk, Lang::Ru, Lang::En] {
                let t =
                    unknown_queue_text(&I18n::new(lang), &e.age, accepted, 1, "Q".into(), born.0);
                assert!(
                    t.contains("2027") && !t.contains('$'),
                    "{lang:?}, born {born:?}: 1 September of the year of acceptance: {t}"
                );
            }
        }
    }

    /// cl. 21 orders the applications of every queue in groups (out of
    /// turn, first priority, general grounds); «общая очередь» / «жалпы
    /// кезек» is the name of one queue (cl. 13). On a special queue step 7
    /// said «Категория поднимает ребенка на 8 мест (в общей очереди было бы
    /// место 9)» and «Впереди в общей очереди: 0» (walk of 05.12.2026), as if
    /// of another queue: the place and the count are this queue's, on
    /// general grounds.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl21_the_general_group_is_not_called_the_general_queue() {
        use crate::i18n::{I18n, Lang};
        for (lang, queue_name) in [(Lang::Ru, "общей очеред"), (Lang::Kk, "жалпы кезек")]
        {
            let i = I18n::new(lang);
            for key in [
                "ui-queue-worth",
                "ui-queue-worth-negative",
                "ui-queue-ahead-general",
            ] {
                let t = i
                    .t_args(key, &[("n", "8".into()), ("general", "9".into())])
                    .to_lowercase();
                assert!(!t.contains(queue_name), "{lang:?} {key}: {t}");
            }
        }
    }

    /// cl. 20 sub. 4–7, cl. 3 sub. 14, cl. 24 sub. 9: step 7 said «Это
    /// заявление больше не ждет в очереди (выдано направление или оно
    /// отозвано), поэтому места у него нет» for an application with a
    /// referral (A0000686), one on the stop list (A0000796) and one marked
    /// not interested (A0000701) alike (walk of 05.12.2026). Each status is
    /// now said by its own text, with its clause and what the parent can do;
    /// the referral's sends to admission (00403002) with the terms the rules
    /// count for it (Annex 4 p. 8 sub. 1, cl. 22, cl. 30), from the rules'
    /// own numbers.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl20_each_status_of_an_application_no_longer_waiting_is_said_by_its_own_text() {
        use crate::i18n::{I18n, Lang};
        let cited = |lang: Lang, clause: u8, sub: u8| match lang {
            Lang::Kk => format!("{clause}-тармақтың {sub}) тармақшасы"),
            Lang::Ru => format!("подпункт {sub}) пункта {clause}"),
            Lang::En => format!("cl. {clause} sub. {sub}"),
        };
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let i = I18n::new(lang);
            let mut said = std::collections::BTreeSet::new();
            for (code, clause, sub) in [
                ("query.referral_issued", 20, 5),
                ("query.stop_list", 3, 14),
                ("query.not_interested", 20, 7),
                ("query.withdrawn", 20, 4),
                ("query.archived", 20, 6),
            ] {
                let t = not_waiting_text(&i, code)
                    .unwrap_or_else(|| panic!("{lang:?} {code}: no text of its own"));
                assert!(
                    t.contains(&cited(lang, clause, sub)),
                    "{lang:?} {code}: {t}"
                );
                assert!(
                    said.insert(t.clone()),
                    "{lang:?} {code}: said as another: {t}"
                );
                if code != "query.referral_issued" {
                    assert!(!t.contains("00403002"), "{lang:?} {code}: {t}");
                }
            }
            let t = not_waiting_text(&i, "query.referral_issued").unwrap();
            let valid = match kezek_rules::documents::DocumentKind::Referral.validity() {
                kezek_rules::documents::Validity::WorkingDays { days, .. } => days,
                v => panic!("{v:?}"),
            };
            for n in [
                valid,
                kezek_rules::schedule::ORIGINALS_WORKING_DAYS,
                kezek_rules::documents::REFERRAL_EXTENSION_MAX_DAYS,
            ] {
                assert!(t.contains(&format!(" {n} ")), "{lang:?}: {n} in {t}");
            }
            assert!(
                t.contains("00403002") && t.contains("Kezek"),
                "{lang:?}: {t}"
            );
            assert_eq!(not_waiting_text(&i, "query.unknown_id"), None);
        }
    }

    /// Cl. 13 (walk of 05.12.2026): the number A0000677, an application of a
    /// child born 30.04.2023, gave its place on step 7 for a child born
    /// 15.06.2023. The question for a typed number carries the child's birth
    /// date (step 2), so the engine refuses another child's application
    /// (`query.birth_date_mismatch`), said with the child's date in kk, ru
    /// and en instead of another child's place.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl13_a_typed_number_of_another_childs_application_is_refused_not_its_place_shown() {
        use crate::i18n::{I18n, Lang};
        let csv = "id,submitted,group,status,birth_date,birth_year,queue\n\
                   A0000677,2024-01-10T10:00,general,waiting,2023-04-30,2023,\n";
        let as_of = kezek_queue::local_datetime::parse("2026-11-23T09:00").unwrap();
        let snap = kezek_queue::parse_csv(csv.as_bytes(), "Астана", as_of).unwrap();
        let d = |m, dd| chrono::NaiveDate::from_ymd_opt(2023, m, dd).unwrap();
        let ask = |born| existing("A0000677", 2023, QueueKind::General, Group::General, born);
        let e = kezek_queue::position(&snap, &ask(d(6, 15))).unwrap_err();
        assert_eq!(e.code, "query.birth_date_mismatch");
        assert!(kezek_queue::position(&snap, &ask(d(4, 30))).is_ok());
        for (lang, step) in [
            (Lang::Kk, "2-қадам"),
            (Lang::Ru, "шаг 2"),
            (Lang::En, "step 2"),
        ] {
            let i = I18n::new(lang);
            let date = i.date(d(6, 15));
            let t = i.t_args(
                "ui-queue-error-birth-date-mismatch",
                &[("date", date.clone())],
            );
            assert!(t.contains(&date) && t.contains(step), "{lang:?}: {t}");
        }
    }

    /// cl. 20 sub. 5, cl. 14 (walk of 05.12.2026): after the number of an
    /// application with a referral on step 7, step 8 still said «Чтобы
    /// подать заявление, на egov.kz…» — a new queue application. Step 7 now
    /// tells step 8 which application the number names and its status:
    /// waiting (a place) or not, by the engine's code; nothing for no
    /// number, a number not found or another child's.
    #[test]
    fn cl20_step_7_tells_step_8_the_status_of_the_application_typed() {
        use crate::draft::Existing;
        use kezek_queue::snapshot::Status;
        let d = chrono::NaiveDate::from_ymd_opt(2023, 6, 15).unwrap();
        let q = existing("A0000686", 2023, QueueKind::General, Group::General, d);
        let snap = kezek_queue::synth::city(1, 500);
        let hypothetical = hypothetical(
            snap.as_of,
            2023,
            QueueKind::General,
            Group::General,
            snap.as_of,
        );
        let pos = kezek_queue::position(&snap, &hypothetical).unwrap();
        let found = |status, sample| {
            Some(Existing {
                id: "A0000686".into(),
                status,
                sample,
            })
        };
        assert_eq!(
            existing_of(&q, &Ok(pos.clone()), true),
            found(Status::Waiting, true)
        );
        for (code, status) in [
            ("query.referral_issued", Status::ReferralIssued),
            ("query.stop_list", Status::StopList),
            ("query.not_interested", Status::NotInterested),
            ("query.withdrawn", Status::Withdrawn),
            ("query.archived", Status::Archived),
        ] {
            assert_eq!(
                existing_of(&q, &Err(code.into()), false),
                found(status, false),
                "{code}"
            );
        }
        for code in [
            "query.unknown_id",
            "query.birth_date_mismatch",
            "query.unknown_queue",
            "engine.crashed",
        ] {
            assert_eq!(existing_of(&q, &Err(code.into()), false), None, "{code}");
        }
        assert_eq!(existing_of(&hypothetical, &Ok(pos), false), None);
    }

    /// errors20 item 3: the engine's refusal is said in its own words where
    /// they exist; the generic text stays for the rest.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_refused_forecast_is_said_in_the_engines_words_where_they_exist() {
        use crate::i18n::{I18n, Lang};
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let i = I18n::new(lang);
            let has = |k: &str| i.has(k);
            for code in kezek_queue::error::CODES {
                let key = forecast_error_key(code, has);
                assert_eq!(
                    key,
                    kezek_rules::reason::fluent_key("error", code),
                    "{lang:?}"
                );
            }
            for code in [
                "engine.crashed",
                "worker.bad_message",
                "fetch",
                "query.no_such_code",
            ] {
                assert_eq!(
                    forecast_error_key(code, has),
                    "ui-queue-forecast-failed",
                    "{code}"
                );
            }
        }
        assert_eq!(
            forecast_error_key("forecast.archive_out_of_range", |_| false),
            "ui-queue-forecast-failed"
        );
    }

    /// A queue file or table the engine refuses is said in the engine's
    /// words (what is wrong, what to do); the generic text stays for the
    /// rest, "check the connection" for a file that did not arrive.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_refused_queue_file_is_said_in_the_engines_words_where_they_exist() {
        use crate::i18n::{I18n, Lang};
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let i = I18n::new(lang);
            let has = |k: &str| i.has(k);
            for code in kezek_queue::error::CODES
                .iter()
                .filter(|c| c.starts_with("csv.") || c.starts_with("snapshot."))
            {
                assert_eq!(
                    snapshot_error_key(code, has),
                    kezek_rules::reason::fluent_key("error", code),
                    "{lang:?}"
                );
            }
            assert_eq!(snapshot_error_key("fetch", has), "ui-snapshot-not-loaded");
            for code in ["engine.crashed", "worker.bad_message", "csv.no_such_code"] {
                assert_eq!(snapshot_error_key(code, has), "ui-snapshot-what", "{code}");
            }
        }
        assert_eq!(
            snapshot_error_key("csv.bad_group", |_| false),
            "ui-snapshot-what"
        );
    }

    /// A queue table's wrong row is named by the line the engine gave, as
    /// the JS API and the command line name it: for the errors about one row
    /// with the engine's own text; not for a table with no row, the header
    /// (its text says the first line), a JSON file's line, or a code without
    /// the engine's text.
    #[test]
    fn a_refused_queue_table_names_its_wrong_line() {
        let has = |_: &str| true;
        let at = |code: &str, line| QueueError::at(code, line, "", String::new());
        for code in [
            "csv.bad_group",
            "csv.bad_date",
            "csv.bad_id",
            "csv.wrong_column_count",
            "csv.unreadable",
            "csv.line_too_long",
            "snapshot.submitted_after_snapshot",
        ] {
            assert_eq!(snapshot_error_line(&at(code, 3), has), Some(3), "{code}");
        }
        for code in [
            "csv.empty",
            "csv.bad_header",
            "snapshot.invalid_json",
            "snapshot.date_out_of_range",
            "engine.crashed",
            "csv.no_such_code",
        ] {
            assert_eq!(snapshot_error_line(&at(code, 1), has), None, "{code}");
        }
        let no_line = QueueError::new("csv.bad_group", "group", "unknown group");
        assert_eq!(snapshot_error_line(&no_line, has), None);
        assert_eq!(
            snapshot_error_line(&at("csv.bad_group", 3), |_| false),
            None
        );
    }

    /// The line is said before the engine's reason, in every language; the
    /// reason alone where no line is named.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_queue_tables_wrong_line_is_said_before_the_reason() {
        use crate::i18n::{I18n, Lang};
        let e = |line| QueueError::at("csv.bad_group", line, "group", "unknown group".into());
        for (lang, line, said) in [
            (Lang::Kk, 3, "Кезек кестесінің 3-жолында қате бар. "),
            (Lang::Ru, 3, "Ошибка в строке 3 таблицы очереди. "),
            (Lang::En, 3, "The error is on line 3 of the queue table. "),
            (Lang::Ru, 12345, "Ошибка в строке 12345 таблицы очереди. "),
        ] {
            let i = I18n::new(lang);
            let reason = i.t("error-csv-bad-group");
            assert_eq!(snapshot_error_text(&i, &e(line)), format!("{said}{reason}"));
        }
        let i = I18n::new(Lang::Ru);
        let header = QueueError::at("csv.bad_header", 1, "", String::new());
        assert_eq!(
            snapshot_error_text(&i, &header),
            i.t("error-csv-bad-header")
        );
    }

    #[test]
    fn the_rules_queue_options_map_to_snapshot_queues() {
        use kezek_rules::case::{Disorder, SanatoriumType};
        use kezek_rules::queues::QueueKind as R;
        assert_eq!(queue_kind(&R::General), QueueKind::General);
        assert_eq!(
            queue_kind(&R::Special(Disorder::SevereSpeech)),
            QueueKind::Special("severe_speech".into())
        );
        assert_eq!(
            queue_kind(&R::Sanatorium(SanatoriumType::Rehabilitation)),
            QueueKind::Sanatorium("rehabilitation".into())
        );
        assert_eq!(group_of(Category::FirstPriority), Group::First);
    }

    #[test]
    fn a_hypothetical_application_is_never_after_the_snapshot() {
        let snap = kezek_queue::synth::city(1, 500);
        let later = snap.as_of + chrono::Duration::days(30);
        let q = hypothetical(snap.as_of, 2023, QueueKind::General, Group::General, later);
        assert_eq!(q.submitted, Some(snap.as_of));
        assert!(kezek_queue::position(&snap, &q).is_ok());
    }
}
