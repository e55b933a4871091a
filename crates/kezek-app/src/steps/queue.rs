//! Step 7: the place in the queue and the forecast of the referral. The queue
//! snapshot comes from the embedding page, the bundled sample city, or a file
//! the parent picks; `kezek-queue` gives the position (cl. 21) and runs the
//! forecast in chunks so the page never freezes; the distribution is drawn as
//! an SVG histogram.

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Datelike, NaiveDateTime};
use kezek_queue::forecast::{Forecast, ForecastOptions, Simulation};
use kezek_queue::{Group, Query, QueueKind, Snapshot};
use kezek_rules::category::Category;
use yew::prelude::*;

use super::{needs_earlier, StepProps};
use crate::platform::fetch_text;

/// Paths run per chunk: small enough to stay far below 50 ms per task.
pub const CHUNK: u32 = 250;

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
    let v = serde_json::to_value(k).unwrap_or_default();
    let t = v
        .get("type")
        .and_then(|x| x.as_str())
        .unwrap_or("")
        .to_owned();
    match v.get("kind").and_then(|x| x.as_str()) {
        Some("special") => QueueKind::Special(t),
        Some("sanatorium") => QueueKind::Sanatorium(t),
        _ => QueueKind::General,
    }
}

/// The priority group of a category.
pub fn group_of(c: Category) -> Group {
    match c {
        Category::OutOfTurn => Group::OutOfTurn,
        Category::FirstPriority => Group::First,
        Category::General => Group::General,
    }
}

/// The query for "if I applied now" (or when the snapshot was taken, if older).
pub fn hypothetical(
    snap: &Snapshot,
    birth_year: i32,
    queue: QueueKind,
    group: Group,
    now: NaiveDateTime,
) -> Query {
    Query {
        birth_year,
        queue,
        group,
        submitted: Some(now.min(snap.as_of)),
        id: None,
    }
}

/// Parses a snapshot given as JSON or as the CSV application list.
pub fn parse_any(
    name: &str,
    text: &str,
    now: NaiveDateTime,
) -> Result<Snapshot, kezek_queue::QueueError> {
    if name.ends_with(".csv") || text.starts_with("id,") || text.starts_with("\u{feff}id,") {
        kezek_queue::parse_csv(text.as_bytes(), name, now)
    } else {
        kezek_queue::parse_json(text)
    }
}

fn month_label(d: chrono::NaiveDate) -> String {
    format!("{:02}.{}", d.month(), d.year() % 100)
}

/// The forecast as an SVG histogram with P10/P50/P90 marks.
fn chart(f: &Forecast, title: &str) -> Html {
    let bins = &f.histogram;
    if bins.is_empty() {
        return html! {};
    }
    let (w, h, pad) = (640.0f64, 200.0f64, 24.0f64);
    let max = bins.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;
    let bw = (w - 2.0 * pad) / bins.len() as f64;
    let x_of = |d: chrono::NaiveDate| {
        bins.iter()
            .position(|b| b.month.year() == d.year() && b.month.month() == d.month())
            .map(|i| pad + bw * (i as f64 + 0.5))
    };
    let marks: Vec<(String, f64)> = [("P10", f.p10), ("P50", f.p50), ("P90", f.p90)]
        .into_iter()
        .filter_map(|(n, d)| d.and_then(x_of).map(|x| (n.to_owned(), x)))
        .collect();
    html! {
        <svg class="kz-chart" id="kz-forecast-chart" viewBox={format!("0 0 {w} {h}")} role="img" aria-label={title.to_owned()}>
            <title>{ title }</title>
            { for bins.iter().enumerate().map(|(i, b)| {
                let bh = (h - 2.0 * pad) * b.count as f64 / max;
                html! { <rect class="kz-bar" x={format!("{:.1}", pad + bw * i as f64 + 1.0)} y={format!("{:.1}", h - pad - bh)}
                    width={format!("{:.1}", (bw - 2.0).max(1.0))} height={format!("{:.1}", bh)}><title>{ format!("{}: {}", month_label(b.month), b.count) }</title></rect> }
            }) }
            { for marks.iter().map(|(n, x)| html! {
                <>
                    <line class="kz-mark" x1={format!("{x:.1}")} x2={format!("{x:.1}")} y1={format!("{pad}")} y2={format!("{:.1}", h - pad)} />
                    <text x={format!("{:.1}", x + 2.0)} y={format!("{:.1}", pad - 6.0)}>{ n.clone() }</text>
                </>
            }) }
            { for bins.iter().enumerate().filter(|(i, _)| i % 6 == 0).map(|(i, b)| html! {
                <text x={format!("{:.1}", pad + bw * i as f64)} y={format!("{:.1}", h - 6.0)}>{ month_label(b.month) }</text>
            }) }
        </svg>
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
    let snapshot = use_state(|| None::<(Rc<Snapshot>, Source)>);
    // The code of the last snapshot that could not be read (the previous one stays).
    let load_error = use_state(|| None::<String>);
    // The name of the picked file that could not be read, if it was a file.
    let bad_file = use_state(|| None::<String>);
    let chosen_queue = use_state(|| 0usize);
    let app_id = use_state(String::new);
    let progress = use_state(|| 0u32);
    let result = use_state(|| None::<Rc<Forecast>>);
    let sim: Rc<RefCell<Option<Simulation>>> = use_mut_ref(|| None);

    // A snapshot the embedding page configured (bridge.js keeps it on window).
    {
        let snapshot = snapshot.clone();
        let load_error = load_error.clone();
        use_effect_with((), move |_| {
            let cfg = web_sys::window()
                .and_then(|w| js_sys::Reflect::get(&w, &"kezekEmbedConfig".into()).ok())
                .filter(|v| v.is_object());
            let url = cfg
                .as_ref()
                .and_then(|c| js_sys::Reflect::get(c, &"snapshotUrl".into()).ok())
                .and_then(|v| v.as_string());
            if let Some(url) = url {
                // bridge.js accepts only a URL on the app's own origin.
                let (snapshot, load_error) = (snapshot.clone(), load_error.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch_text(&url).await.map(|t| kezek_queue::parse_json(&t)) {
                        Some(Ok(snap)) => snapshot.set(Some((Rc::new(snap), Source::Embed))),
                        Some(Err(e)) => load_error.set(Some(e.code)),
                        None => load_error.set(Some("fetch".into())),
                    }
                });
            } else if let Some(s) = cfg
                .and_then(|c| js_sys::Reflect::get(&c, &"snapshot".into()).ok())
                .filter(|v| v.is_object())
            {
                let text = js_sys::JSON::stringify(&s)
                    .ok()
                    .and_then(|t| t.as_string())
                    .unwrap_or_default();
                match kezek_queue::parse_json(&text) {
                    Ok(snap) => snapshot.set(Some((Rc::new(snap), Source::Embed))),
                    Err(e) => load_error.set(Some(e.code)),
                }
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
    let queue = options
        .get(*chosen_queue)
        .cloned()
        .unwrap_or(QueueKind::General);
    let birth_year = e
        .queues
        .options
        .first()
        .map(|o| o.birth_year)
        .unwrap_or(p.now.year());
    let group = group_of(e.category.category);
    let birth_date = e.age.birth_date;

    let on_sample = {
        let snapshot = snapshot.clone();
        let load_error = load_error.clone();
        let result = result.clone();
        Callback::from(move |_| {
            let snapshot = snapshot.clone();
            let load_error = load_error.clone();
            result.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let text = fetch_text("sample/city.json").await;
                match text.map(|t| kezek_queue::parse_json(&t).map_err(|e| e.code)) {
                    Some(Ok(s)) => {
                        load_error.set(None);
                        snapshot.set(Some((Rc::new(s), Source::Sample)));
                    }
                    Some(Err(m)) => load_error.set(Some(m)),
                    None => load_error.set(Some("fetch".into())),
                }
            });
        })
    };
    let on_file = {
        let snapshot = snapshot.clone();
        let load_error = load_error.clone();
        let bad_file = bad_file.clone();
        let result = result.clone();
        let now = p.now;
        Callback::from(move |ev: Event| {
            let input: web_sys::HtmlInputElement = ev.target_unchecked_into();
            let Some(file) = input.files().and_then(|f| f.get(0)) else {
                return;
            };
            let name = file.name();
            let snapshot = snapshot.clone();
            let load_error = load_error.clone();
            let bad_file = bad_file.clone();
            // A new pick: the previous file's error no longer applies.
            load_error.set(None);
            result.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                let text = wasm_bindgen_futures::JsFuture::from(file.text())
                    .await
                    .ok()
                    .and_then(|v| v.as_string());
                match text {
                    Some(t) => match parse_any(&name, &t, now) {
                        Ok(s) => {
                            load_error.set(None);
                            snapshot.set(Some((Rc::new(s), Source::File(name))));
                        }
                        Err(e) => {
                            bad_file.set(Some(name));
                            load_error.set(Some(e.code));
                        }
                    },
                    None => {
                        bad_file.set(Some(name));
                        load_error.set(Some("fetch".into()));
                    }
                }
            });
        })
    };

    let body = match &*snapshot {
        None => html! {},
        Some((snap, source)) => {
            let q = if app_id.trim().is_empty() {
                hypothetical(snap, birth_year, queue.clone(), group, p.now)
            } else {
                Query {
                    birth_year,
                    queue: queue.clone(),
                    group,
                    submitted: None,
                    id: Some(app_id.trim().to_owned()),
                }
            };
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
            match kezek_queue::position(snap, &q) {
                Err(err) => html! {
                    <div class="kz-notice" role="alert" id="kz-queue-error">
                        <p>{ source_text }</p>
                        <p>{ p.t("ui-queue-error") }</p>
                        <p data-code={err.code.clone()}>{ match err.code.as_str() {
                            "query.unknown_queue" => p.i18n.t_args("ui-queue-error-unknown-queue", &[
                                ("queue", e.queues.options.get(*chosen_queue).map(|o| super::queue_label(p, &o.kind)).unwrap_or_default()),
                                ("year", birth_year.to_string()),
                            ]),
                            "query.unknown_id" => p.t("ui-queue-error-unknown-id"),
                            "query.not_waiting" => p.t("ui-queue-error-not-waiting"),
                            _ => p.t("ui-queue-error-other"),
                        } }</p>
                    </div>
                },
                Ok(pos) => {
                    let on_run = {
                        let sim = sim.clone();
                        let progress = progress.clone();
                        let result = result.clone();
                        let snap = snap.clone();
                        let q = q.clone();
                        Callback::from(move |_| {
                            let opts = ForecastOptions {
                                paths: PATHS,
                                birth_date: Some(birth_date),
                                ..ForecastOptions::default()
                            };
                            let Ok(s) = Simulation::new(&snap, &q, &opts) else {
                                return;
                            };
                            *sim.borrow_mut() = Some(s);
                            result.set(None);
                            progress.set(0);
                            let (sim, progress, result) =
                                (sim.clone(), progress.clone(), result.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                loop {
                                    let done = match sim.borrow_mut().as_mut() {
                                        Some(s) => s.run(CHUNK),
                                        None => return,
                                    };
                                    progress.set(done);
                                    if done >= PATHS {
                                        break;
                                    }
                                    // Yield to the browser between chunks.
                                    gloo::timers::future::TimeoutFuture::new(0).await;
                                }
                                if let Some(s) = sim.borrow().as_ref() {
                                    result.set(Some(Rc::new(s.result())));
                                }
                            });
                        })
                    };
                    let running = *progress > 0 && *progress < PATHS && result.is_none();
                    html! {
                        <>
                            <p class="kz-hint" id="kz-queue-source">{ source_text }{ " · " }{ p.i18n.t_args("ui-queue-as-of", &[("date", snap.as_of.format("%d.%m.%Y %H:%M").to_string())]) }</p>
                            <section class="kz-card" id="kz-position" data-position={pos.position.to_string()}>
                                <h3>{ p.i18n.t_args("ui-queue-position", &[("n", pos.position.to_string()), ("total", pos.waiting.to_string())]) }{ demo.clone() }</h3>
                                <p>{ p.t(if pos.existing { "ui-queue-existing" } else { "ui-queue-hypothetical" }) }</p>
                                <ul>
                                    <li>{ p.i18n.t_args("ui-queue-ahead-out-of-turn", &[("n", pos.ahead.out_of_turn.to_string())]) }</li>
                                    <li>{ p.i18n.t_args("ui-queue-ahead-first", &[("n", pos.ahead.first.to_string())]) }</li>
                                    <li>{ p.i18n.t_args("ui-queue-ahead-general", &[("n", pos.ahead.general.to_string())]) }</li>
                                </ul>
                                if pos.group != Group::General && super::proof_at_risk(p, e) {
                                    <p class="kz-warning" id="kz-if-not-proven">{ p.i18n.t_args("ui-queue-if-not-proven", &[("general", pos.as_general.to_string())]) }</p>
                                }
                                if pos.group != Group::General {
                                    <p id="kz-category-worth">{ p.i18n.t_args(if pos.places_gained >= 0 { "ui-queue-worth" } else { "ui-queue-worth-negative" },
                                        &[("n", pos.places_gained.unsigned_abs().to_string()), ("general", pos.as_general.to_string())]) }</p>
                                }
                                <crate::components::why::Why i18n={p.i18n.clone()} citations={vec![kezek_rules::Citation::clause(14), kezek_rules::Citation::clause(20), kezek_rules::Citation::clause(21)]} />
                            </section>
                            <section class="kz-card" id="kz-forecast">
                                <h3>{ p.t("ui-queue-forecast") }{ demo.clone() }</h3>
                                <button type="button" class="kz-button" id="kz-run-forecast" onclick={on_run} disabled={running}>{ p.t("ui-queue-run") }</button>
                                if running || (*progress > 0 && result.is_none()) {
                                    <p><label for="kz-forecast-progress">{ p.t("ui-queue-progress") }</label>
                                    <progress id="kz-forecast-progress" class="kz-meter" max={PATHS.to_string()} value={progress.to_string()}>{ format!("{}/{}", *progress, PATHS) }</progress></p>
                                }
                                if let Some(f) = &*result {
                                    <div id="kz-forecast-result">
                                        { chart(f, &p.t("ui-queue-chart-title")) }
                                        <p>{ match (f.p10, f.p50, f.p90) {
                                            (Some(a), Some(b), Some(c)) => p.i18n.t_args("ui-queue-quantiles", &[("p10", p.i18n.date(a)), ("p50", p.i18n.date(b)), ("p90", p.i18n.date(c))]),
                                            (_, Some(b), None) => p.i18n.t_args("ui-queue-quantiles-open", &[("p50", p.i18n.date(b)), ("end", p.i18n.date(f.horizon_end))]),
                                            _ => p.i18n.t_args("ui-queue-unlikely", &[("end", p.i18n.date(f.horizon_end))]),
                                        } }</p>
                                        <p id="kz-forecast-reliability">{ p.i18n.t_args("ui-queue-reliability", &[
                                            ("inside", format!("{:.0}", f.reliability.inside_p10_p90 * 10.0)),
                                            ("below", format!("{:.0}", f.reliability.below_p50 * 10.0))]) }</p>
                                        <p id="kz-prob-by-date">{ p.i18n.t_args("ui-queue-prob-by", &[("date", p.i18n.date(f.by_date)), ("pct", format!("{:.0}", f.prob_by_date * 100.0))]) }</p>
                                        if let (Some(a), Some(pa)) = (f.age_out, f.prob_before_age_out) {
                                            <p>{ p.i18n.t_args("ui-queue-prob-age-out", &[("date", p.i18n.date(a)), ("pct", format!("{:.0}", pa * 100.0))]) }</p>
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
    };
    let on_queue = {
        let chosen_queue = chosen_queue.clone();
        let result = result.clone();
        Callback::from(move |ev: Event| {
            let sel: web_sys::HtmlSelectElement = ev.target_unchecked_into();
            chosen_queue.set(sel.value().parse().unwrap_or(0));
            result.set(None);
        })
    };
    let on_id = {
        let app_id = app_id.clone();
        let result = result.clone();
        Callback::from(move |ev: InputEvent| {
            let input: web_sys::HtmlInputElement = ev.target_unchecked_into();
            app_id.set(input.value());
            result.set(None);
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
                <div class="kz-notice" role="alert" id="kz-snapshot-error" data-code={err.clone()}>
                    <p><strong>{ match &*bad_file {
                        Some(name) => p.i18n.t_args("ui-queue-bad-file", &[("name", name.clone())]),
                        None => p.t("ui-queue-bad-snapshot"),
                    } }</strong></p>
                    <p>{ p.t(if err == "snapshot.too_large" { "ui-snapshot-too-large" } else if err == "fetch" { "ui-snapshot-not-loaded" } else { "ui-snapshot-what" }) }</p>
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
        let q = hypothetical(&snap, 2023, QueueKind::General, Group::General, later);
        assert_eq!(q.submitted, Some(snap.as_of));
        assert!(kezek_queue::position(&snap, &q).is_ok());
    }
}
