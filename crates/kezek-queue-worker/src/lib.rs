//! `kezek-queue-worker`: the queue step's own WebAssembly module. It runs in a
//! Web Worker (`web/queue-worker.js`) that the app starts when the parent
//! reaches step 7, so that reading a queue snapshot of hundreds of thousands of
//! applications (cl. 13–21 «кезек») and the referral forecast never block the
//! page, and so that the first screen does not download the queue's code.
//!
//! The worker keeps one [`Engine`]: the snapshot last read, and the forecast
//! being run. Every call takes and gives JSON text (the app is Rust too, so the
//! types are `kezek_queue`'s on both sides); an error is the engine's
//! [`QueueError`] as JSON, whose `code` the app translates.

use chrono::{Datelike, NaiveDateTime};
use kezek_queue::forecast::Simulation;
use kezek_queue::{ForecastOptions, Query, QueueError, Snapshot};
use wasm_bindgen::prelude::*;

/// Parses a snapshot given as JSON or as the CSV application list (by its
/// name, or by its header line when the name says nothing). A CSV list has no
/// date of its own: it is taken as of `now`.
pub fn parse_any(name: &str, text: &str, now: NaiveDateTime) -> Result<Snapshot, QueueError> {
    // Named `….csv` in any case, as the CLI's `kezek queue` knows it.
    let named_csv = std::path::Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if named_csv || text.starts_with("id,") || text.starts_with("\u{feff}id,") {
        kezek_queue::parse_csv(text.as_bytes(), name, now)
    } else {
        kezek_queue::parse_json(text)
    }
}

/// A snapshot file as the queue step reads it ([`parse_any`]), `now` given as
/// `YYYY-MM-DDTHH:MM[:SS]`.
fn read(name: &str, text: &str, now: &str) -> Result<Snapshot, QueueError> {
    let now = kezek_queue::local_datetime::parse(now).ok_or_else(|| bad_message("now", now))?;
    parse_any(name, text, now)
}

/// A worker-side error that is not the queue's own: a message the app could
/// not read (it never comes from the parent's input).
fn bad_message(field: &str, e: impl std::fmt::Display) -> QueueError {
    QueueError {
        code: "worker.bad_message".into(),
        line: None,
        field: field.into(),
        message: e.to_string(),
    }
}

fn no_snapshot() -> QueueError {
    QueueError {
        code: "worker.no_snapshot".into(),
        line: None,
        field: String::new(),
        message: "no snapshot has been read yet".into(),
    }
}

/// The snapshot last read and the forecast being run.
#[derive(Default)]
pub struct Engine {
    snapshot: Option<Snapshot>,
    simulation: Option<Simulation>,
}

impl Engine {
    /// Reads a snapshot file and keeps it in place of the previous one (which
    /// stays if this one cannot be read). Gives the snapshot's date.
    pub fn load(&mut self, name: &str, text: &str, now: &str) -> Result<NaiveDateTime, QueueError> {
        let snap = read(name, text, now)?;
        let as_of = snap.as_of;
        self.snapshot = Some(snap);
        self.simulation = None;
        Ok(as_of)
    }

    /// Reads a snapshot file as [`Engine::load`] does, and keeps nothing: the
    /// snapshot held and the forecast being run stay. Gives the snapshot's
    /// date, or the error `load` would give. The embedding page's `configure`
    /// is answered with it (`crates/kezek-app/src/hooks/embed_config.rs`), so
    /// a snapshot the queue step could not read is refused when it arrives.
    pub fn check(&self, name: &str, text: &str, now: &str) -> Result<NaiveDateTime, QueueError> {
        read(name, text, now).map(|s| s.as_of)
    }

    /// The position of the application `query` (JSON of [`Query`]) describes.
    pub fn position(&self, query: &str) -> Result<kezek_queue::Position, QueueError> {
        let snap = self.snapshot.as_ref().ok_or_else(no_snapshot)?;
        let q: Query = serde_json::from_str(query).map_err(|e| bad_message("query", e))?;
        kezek_queue::position(snap, &q)
    }

    /// Starts a forecast (the previous one, if any, is dropped). Gives the
    /// number of paths it will run.
    pub fn start_forecast(&mut self, query: &str, options: &str) -> Result<u32, QueueError> {
        let snap = self.snapshot.as_ref().ok_or_else(no_snapshot)?;
        let q: Query = serde_json::from_str(query).map_err(|e| bad_message("query", e))?;
        let o: ForecastOptions =
            serde_json::from_str(options).map_err(|e| bad_message("options", e))?;
        self.simulation = None;
        let s = Simulation::new(snap, &q, &o)?;
        self.simulation = Some(s);
        Ok(o.paths)
    }

    /// Runs up to `n` more paths of the forecast; gives the number done.
    pub fn run(&mut self, n: u32) -> u32 {
        self.simulation.as_mut().map_or(0, |s| s.run(n))
    }

    /// The forecast over the paths run so far.
    pub fn forecast(&self) -> Option<kezek_queue::Forecast> {
        self.simulation.as_ref().map(Simulation::result)
    }
}

/// Paths of the warm-up forecast ([`WarmUp`]): enough for V8 to have
/// recompiled the forecast's functions with its optimising compiler.
pub const WARM_UP_PATHS: u32 = 3000;

/// A forecast run only to warm the browser's code, never shown: a
/// first-priority application of a small synthetic city
/// ([`kezek_queue::synth::city`]), `paths` paths. V8 first runs WebAssembly
/// from its baseline compiler and recompiles a function for speed only after
/// it has run hot; the worker runs this while it waits for the parent (from
/// its start at step 7 until the parent asks for the forecast), so the
/// parent's forecast runs on the fast code. It touches no snapshot or
/// forecast of the [`Engine`].
pub fn warm_up_simulation(paths: u32) -> Simulation {
    let city = kezek_queue::synth::city(19, 1000);
    let q = Query {
        birth_year: city.as_of.year() - 3,
        queue: kezek_queue::QueueKind::General,
        group: kezek_queue::Group::First,
        submitted: Some(city.as_of - chrono::Duration::days(300)),
        id: None,
        birth_date: None,
    };
    let o = ForecastOptions {
        paths: paths.clamp(1, kezek_queue::forecast::MAX_PATHS),
        ..ForecastOptions::default()
    };
    Simulation::new(&city, &q, &o).expect("the synthetic city has the 2023 general queue")
}

fn json<T: serde::Serialize>(v: &T) -> String {
    // The queue's types serialise without fail (no maps with non-string keys).
    serde_json::to_string(v).unwrap_or_default()
}

fn thrown(e: QueueError) -> JsValue {
    JsValue::from_str(&json(&e))
}

/// The [`Engine`] for `web/queue-worker.js`: JSON text in, JSON text out; an
/// error is thrown as the JSON of a [`QueueError`].
#[wasm_bindgen]
#[derive(Default)]
pub struct QueueEngine(Engine);

#[wasm_bindgen]
impl QueueEngine {
    /// An engine with no snapshot.
    #[wasm_bindgen(constructor)]
    pub fn new() -> QueueEngine {
        QueueEngine::default()
    }

    /// [`Engine::load`]: the snapshot's date, `YYYY-MM-DDTHH:MM:SS`.
    pub fn load(&mut self, name: &str, text: &str, now: &str) -> Result<String, JsValue> {
        self.0
            .load(name, text, now)
            .map(|d| kezek_queue::local_datetime::format(&d))
            .map_err(thrown)
    }

    /// [`Engine::check`]: the snapshot's date, `YYYY-MM-DDTHH:MM:SS`.
    pub fn check(&self, name: &str, text: &str, now: &str) -> Result<String, JsValue> {
        self.0
            .check(name, text, now)
            .map(|d| kezek_queue::local_datetime::format(&d))
            .map_err(thrown)
    }

    /// [`Engine::position`] as JSON.
    pub fn position(&self, query: &str) -> Result<String, JsValue> {
        self.0.position(query).map(|p| json(&p)).map_err(thrown)
    }

    /// [`Engine::start_forecast`].
    #[wasm_bindgen(js_name = startForecast)]
    pub fn start_forecast(&mut self, query: &str, options: &str) -> Result<u32, JsValue> {
        self.0.start_forecast(query, options).map_err(thrown)
    }

    /// [`Engine::run`].
    pub fn run(&mut self, n: u32) -> u32 {
        self.0.run(n)
    }

    /// [`Engine::forecast`] as JSON (`null` before a forecast was started).
    pub fn forecast(&self) -> String {
        json(&self.0.forecast())
    }
}

/// The warm-up forecast for `web/queue-worker.js` ([`warm_up_simulation`]).
#[wasm_bindgen]
pub struct WarmUp(Simulation);

#[wasm_bindgen]
impl WarmUp {
    /// A warm-up of [`WARM_UP_PATHS`] paths.
    #[wasm_bindgen(constructor)]
    pub fn new() -> WarmUp {
        WarmUp(warm_up_simulation(WARM_UP_PATHS))
    }

    /// Runs up to `n` more paths; gives the number done (the paths asked for
    /// when finished).
    pub fn run(&mut self, n: u32) -> u32 {
        self.0.run(n)
    }

    /// The paths it runs.
    pub fn paths(&self) -> u32 {
        WARM_UP_PATHS
    }
}

impl Default for WarmUp {
    fn default() -> Self {
        WarmUp::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kezek_queue::{Group, QueueKind};

    fn query(snap: &Snapshot) -> String {
        json(&Query {
            birth_year: snap.queues[0].birth_year,
            queue: QueueKind::General,
            group: Group::General,
            submitted: Some(snap.as_of),
            id: None,
            birth_date: None,
        })
    }

    /// An engine that has read a synthetic city of `size` applications.
    fn loaded(seed: u64, size: usize) -> (Engine, Snapshot) {
        let snap = kezek_queue::synth::city(seed, size);
        let mut e = Engine::default();
        let as_of = e
            .load("city.json", &json(&snap), "2026-11-23T10:00")
            .unwrap();
        assert_eq!(as_of, snap.as_of);
        (e, snap)
    }

    /// A list named `….CSV` (Windows writes the extension in capitals) is
    /// read as CSV, as the CLI reads it: its wrong header is said as the
    /// CSV's (before: read as JSON, "not valid JSON").
    #[test]
    fn a_csv_list_is_known_by_its_name_in_any_case() {
        let now = kezek_queue::local_datetime::parse("2026-11-23T10:00").unwrap();
        for name in ["city.csv", "CITY.CSV", "city.Csv"] {
            let e = parse_any(name, "ID;submitted\n", now).unwrap_err();
            assert_eq!(e.code, "csv.bad_header", "{name}: {e:?}");
        }
        assert_eq!(
            parse_any("city.json", "ID;submitted\n", now)
                .unwrap_err()
                .code,
            "snapshot.invalid_json"
        );
    }

    #[test]
    fn a_snapshot_read_in_the_worker_gives_the_same_position_as_the_engine() {
        let (e, snap) = loaded(7, 3000);
        let q = query(&snap);
        let expected = kezek_queue::position(&snap, &serde_json::from_str(&q).unwrap()).unwrap();
        assert_eq!(e.position(&q).unwrap(), expected);
    }

    #[test]
    fn a_csv_list_is_read_by_its_header_and_dated_now() {
        let csv = "id,submitted,group,status,birth_date,birth_year,queue\n\
                   A1,2024-01-01T10:00,general,waiting,,2023,general\n";
        let mut e = Engine::default();
        let as_of = e.load("list.txt", csv, "2026-11-23T10:00").unwrap();
        assert_eq!(as_of.to_string(), "2026-11-23 10:00:00");
    }

    #[test]
    fn a_file_that_cannot_be_read_keeps_the_previous_snapshot() {
        let (mut e, snap) = loaded(7, 500);
        let err = e.load("b.json", "[[[", "2026-11-23T10:00").unwrap_err();
        assert_eq!(err.code, "snapshot.invalid_json");
        assert!(e.position(&query(&snap)).is_ok());
    }

    #[test]
    fn a_check_gives_what_a_load_would_and_keeps_the_snapshot_held() {
        let (e, snap) = loaded(7, 500);
        let before = e.position(&query(&snap)).unwrap();
        let other = kezek_queue::synth::city(8, 50);
        assert_eq!(
            e.check("snapshot.json", &json(&other), "2026-11-23T10:00"),
            Ok(other.as_of)
        );
        let mut bad_row = serde_json::to_value(&other).unwrap();
        bad_row["queues"][0]["applications"][0]["submitted"] = "not a date".into();
        let mut bad_schema = serde_json::to_value(&other).unwrap();
        bad_schema["schema"] = "kezek.snapshot/9".into();
        for (text, code, field) in [
            (
                json(&bad_row),
                "snapshot.invalid_json",
                "queues[0].applications[0].submitted",
            ),
            (json(&bad_schema), "snapshot.bad_schema", "schema"),
            // A list where the snapshot object is expected (the whole input).
            ("[[[".into(), "snapshot.invalid_json", ""),
        ] {
            let checked = e
                .check("snapshot.json", &text, "2026-11-23T10:00")
                .unwrap_err();
            assert_eq!(
                (checked.code.as_str(), checked.field.as_str()),
                (code, field)
            );
            let mut fresh = Engine::default();
            let loaded = fresh.load("snapshot.json", &text, "2026-11-23T10:00");
            assert_eq!(Err(checked), loaded);
        }
        // Neither a good nor a bad check replaced the snapshot held.
        assert_eq!(e.position(&query(&snap)).unwrap(), before);
    }

    #[test]
    fn a_position_before_any_snapshot_is_a_coded_error() {
        let e = Engine::default();
        assert_eq!(e.position("{}").unwrap_err().code, "worker.no_snapshot");
    }

    #[test]
    fn the_forecast_runs_in_chunks_to_the_same_result_as_in_one_go() {
        let (mut e, snap) = loaded(3, 2000);
        let q = query(&snap);
        let opts = ForecastOptions {
            paths: 600,
            ..ForecastOptions::default()
        };
        assert_eq!(e.forecast(), None);
        assert_eq!(e.start_forecast(&q, &json(&opts)).unwrap(), 600);
        let mut done = 0;
        while done < 600 {
            let next = e.run(250);
            assert!(next > done);
            done = next;
        }
        assert_eq!(done, 600);
        let whole =
            kezek_queue::forecast(&snap, &serde_json::from_str(&q).unwrap(), &opts).unwrap();
        assert_eq!(e.forecast().unwrap(), whole);
        // What the app receives reads back to the same dates and shares it
        // shows (JSON text may round a float's last digit).
        let back: kezek_queue::Forecast = serde_json::from_str(&json(&e.forecast())).unwrap();
        assert_eq!(
            (back.p10, back.p50, back.p90, &back.histogram, back.by_date),
            (
                whole.p10,
                whole.p50,
                whole.p90,
                &whole.histogram,
                whole.by_date
            )
        );
        assert!((back.prob_by_date - whole.prob_by_date).abs() < 1e-12);
        assert_eq!(back.position, whole.position);
    }

    #[test]
    fn the_warm_up_runs_the_forecasts_code_to_referrals_and_leaves_the_engine_alone() {
        let (mut e, snap) = loaded(5, 500);
        let before = e.position(&query(&snap)).unwrap();
        let mut w = WarmUp::new();
        let mut done = 0;
        while done < w.paths() {
            done = w.run(100);
        }
        assert_eq!(done, WARM_UP_PATHS);
        // The paths reach the referral-day code (Beta draw, working days),
        // not only the months without a place.
        let f = w.0.result();
        assert!(
            f.never < f.paths / 2,
            "{} of {} paths without referral",
            f.never,
            f.paths
        );
        assert_eq!(e.position(&query(&snap)).unwrap(), before);
        assert_eq!(e.forecast(), None);
        assert_eq!(e.run(10), 0);
    }

    #[test]
    fn bad_forecast_options_are_the_engines_coded_error() {
        let (mut e, snap) = loaded(3, 200);
        let err = e
            .start_forecast(&query(&snap), r#"{"paths":0}"#)
            .unwrap_err();
        assert_eq!(err.code, "forecast.bad_paths");
        assert_eq!(e.run(10), 0);
    }
}
