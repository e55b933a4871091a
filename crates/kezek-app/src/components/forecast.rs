//! The referral forecast as a parent reads it («болжам»): the simulated
//! futures said in words ("in half of the 10 000 futures a place comes
//! before …; most likely between … and …", the 10th–90th percentile range as
//! "8 futures in 10"), and the histogram with its labels in HTML at a
//! readable size (the bars only are drawn in SVG, stretched to the width).
//!
//! [`Reading`] turns the forecast into what is shown, and is native-tested:
//! the darker months are said as what they are — the months next to one
//! another around the tallest bar that hold half of the futures with a place
//! (not "the tallest bars": a month outside them may be taller than one
//! inside), never the median; the futures with no place before the horizon
//! are counted, and with no place at all nothing is drawn;
//! no date before today is shown — the snapshot may be older than today, and
//! a simulated referral before today is shown as today (the parent has not
//! applied yet). The forecast itself is `kezek-queue`'s, unchanged.

use chrono::{Datelike, Duration, NaiveDate};
use kezek_queue::forecast::{Bin, Forecast};
use yew::prelude::*;

use crate::i18n::{I18n, Lang};

/// The months next to one another around the tallest bar that hold half of
/// the futures with a place.
#[derive(Debug, Clone, PartialEq)]
pub struct Likely {
    /// The first day of the first month (today, if later).
    pub from: NaiveDate,
    /// The last day of the last month (the forecast's horizon, if earlier).
    pub to: NaiveDate,
    /// The first month, `YYYY-MM`.
    pub from_month: String,
    /// The last month, `YYYY-MM`.
    pub to_month: String,
    /// The futures whose place comes in these months.
    pub futures: u32,
    /// The tallest bar's month, `MM.YYYY` (the one they are grown from).
    pub peak: String,
    /// The bins' indexes (for the chart's darker bars).
    pub bins: std::ops::RangeInclusive<usize>,
}

/// What the screen says and draws of a forecast.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// The futures simulated.
    pub paths: u32,
    /// The first day shown: today (or the first simulated day, if later).
    pub floor: NaiveDate,
    /// Whether a simulated place came before `floor` and is shown on it.
    pub clamped: bool,
    /// The months drawn, from `floor`'s month to the last with a place (at
    /// least [`MIN_MONTHS`]); earlier months are counted in the first.
    pub bins: Vec<Bin>,
    /// The tallest bar's index in `bins`.
    pub tallest: Option<usize>,
    /// 10th percentile, not before `floor`.
    pub p10: Option<NaiveDate>,
    /// Median, not before `floor`.
    pub p50: Option<NaiveDate>,
    /// 90th percentile, not before `floor`.
    pub p90: Option<NaiveDate>,
    /// The most likely months (only when half of the futures have a place).
    pub likely: Option<Likely>,
    /// The last simulated day.
    pub horizon_end: NaiveDate,
    /// Whether the last simulated day is the day the application leaves the
    /// queue for age (the forecast's `age_out`): 1 January by Kezek's
    /// reading of cl. 18 with cl. 24 sub. 9 (step 5), said beside the date.
    pub end_is_age_out: bool,
    /// The futures with a place before the horizon (those drawn).
    pub placed: u32,
    /// The futures with no place before the horizon (not drawn).
    pub never: u32,
    /// The futures whose place is one nobody ahead took, which cl. 24 p. 10
    /// opens to the first 1,000 applicants at once (`Forecast::leftover`).
    pub leftover: u32,
    /// Whether the child is among the first 1,000 applicants (cl. 24 p. 10)
    /// today both with its category and as a general applicant.
    pub among_first_1000: bool,
}

/// The fewest months drawn, so one month's bar does not fill the chart.
pub const MIN_MONTHS: usize = 6;

fn month_of(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn month_key(d: NaiveDate) -> String {
    format!("{:04}-{:02}", d.year(), d.month())
}

fn month_end(m: NaiveDate) -> NaiveDate {
    m.checked_add_months(chrono::Months::new(1))
        .map(|n| n - Duration::days(1))
        .unwrap_or(m)
}

impl Reading {
    /// The reading of `f` on `today`.
    pub fn new(f: &Forecast, today: NaiveDate) -> Reading {
        let floor = today.max(f.start);
        let first = month_of(floor);
        let clamp = |d: Option<NaiveDate>| d.map(|d| d.max(floor));
        // Months before today's count in today's month.
        let mut bins: Vec<Bin> = Vec::new();
        let mut earlier = 0u32;
        for b in &f.histogram {
            if b.month < first {
                earlier += b.count;
            } else {
                bins.push(b.clone());
            }
        }
        if earlier > 0 {
            match bins.first_mut() {
                Some(b) if b.month == first => b.count += earlier,
                _ => bins.insert(
                    0,
                    Bin {
                        month: first,
                        count: earlier,
                    },
                ),
            }
        }
        let last = bins.iter().rposition(|b| b.count > 0).unwrap_or(0);
        bins.truncate((last + 1).max(MIN_MONTHS).min(bins.len()));
        let tallest = bins
            .iter()
            .enumerate()
            .filter(|(_, b)| b.count > 0)
            .max_by(|(i, a), (j, b)| a.count.cmp(&b.count).then(j.cmp(i)))
            .map(|(i, _)| i);
        let p50 = clamp(f.p50);
        let placed: u32 = bins.iter().map(|b| b.count).sum();
        let likely = match (tallest, p50) {
            (Some(t), Some(_)) => Some(grow(&bins, t, floor, f.horizon_end)),
            _ => None,
        };
        Reading {
            paths: f.paths,
            floor,
            clamped: f.p10.is_some_and(|d| d < floor) || earlier > 0,
            bins,
            tallest,
            p10: clamp(f.p10),
            p50,
            p90: clamp(f.p90),
            likely,
            horizon_end: f.horizon_end,
            end_is_age_out: f.age_out == Some(f.horizon_end),
            placed,
            never: f.never,
            leftover: f.leftover,
            among_first_1000: f.position.position.max(f.position.as_general)
                <= kezek_queue::LEFTOVER_APPLICANTS,
        }
    }

    /// Whether at least half of the futures with a place get a leftover
    /// place (cl. 24 p. 10) and the child is among the first 1,000 with its
    /// category and without it: then neither the place in the queue nor the
    /// category brings those places nearer, and the words say so to a child
    /// who claims a category ([`words_lines`]; review M8: a first-priority
    /// child 137 places higher got the general forecast).
    /// Beyond the first 1,000 a category may still bring them nearer, by
    /// lifting the child into the 1,000 sooner, so nothing is said.
    pub fn mostly_leftover(&self) -> bool {
        self.among_first_1000
            && self.placed > 0
            && u64::from(self.leftover) * 2 >= u64::from(self.placed)
    }
}

/// From the tallest bar, the next-taller neighbour is added until the months
/// hold at least half of the futures that have a place.
fn grow(bins: &[Bin], tallest: usize, floor: NaiveDate, horizon: NaiveDate) -> Likely {
    let total: u32 = bins.iter().map(|b| b.count).sum();
    let (mut lo, mut hi) = (tallest, tallest);
    let mut sum = bins[tallest].count;
    while sum * 2 < total {
        let left = lo.checked_sub(1).map(|i| bins[i].count);
        let right = bins.get(hi + 1).map(|b| b.count);
        match (left, right) {
            (Some(l), Some(r)) if l > r => lo -= 1,
            (Some(_), None) => lo -= 1,
            (_, Some(_)) => hi += 1,
            (None, None) => break,
        }
        sum = bins[lo..=hi].iter().map(|b| b.count).sum();
    }
    Likely {
        from: bins[lo].month.max(floor),
        to: month_end(bins[hi].month).min(horizon),
        from_month: month_key(bins[lo].month),
        to_month: month_key(bins[hi].month),
        futures: sum,
        peak: month_label(bins[tallest].month),
        bins: lo..=hi,
    }
}

/// A count with its thousands grouped as the language writes them
/// ("10 000" in kk/ru, with a no-break space; "10,000" in en).
pub fn grouped(i18n: &I18n, n: u32) -> String {
    let sep = if i18n.lang == Lang::En { ',' } else { '\u{a0}' };
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

/// "In n of placed futures with a place, …": the counts grouped as the
/// language writes them, and the futures' noun in its plural form by the
/// count itself (`count`, digits only, so Fluent reads it as a number even
/// when the grouped count, 1 000 and more, is a text): ru «из 21 варианта»,
/// «из 1 000 вариантов», en "of 1 future".
pub fn leftover_line(i18n: &I18n, leftover: u32, placed: u32) -> String {
    i18n.t_args(
        "ui-forecast-leftover",
        &[
            ("n", grouped(i18n, leftover)),
            ("placed", grouped(i18n, placed)),
            ("count", placed.to_string()),
        ],
    )
}

/// A month as `MM.YYYY` (the axis; a year never abbreviated).
fn month_label(d: NaiveDate) -> String {
    format!("{:02}.{}", d.month(), d.year())
}

/// The bins labelled under the chart: the first, the last and up to two
/// evenly between, so at most four labels share a phone's width — and fewer
/// when the bins are few and wide: two labels are at least a fifth of the
/// chart apart (at 375 px a label `MM.YYYY` is about a sixth of it; six
/// months labelled 0, 2, 3, 5 ran "01.202702.2027" together).
pub fn ticks(n: usize) -> Vec<usize> {
    if n == 0 {
        return vec![];
    }
    let last = n - 1;
    for k in (1..=3usize).rev() {
        let t: Vec<usize> = (0..=k).map(|j| (j * last + k / 2) / k).collect();
        let far_apart = t.windows(2).all(|w| (w[1] - w[0]) * 5 > n);
        if far_apart {
            return t;
        }
    }
    if last == 0 {
        vec![0]
    } else {
        vec![0, last]
    }
}

/// A paragraph of the forecast's words (`#kz-forecast-words`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordsLine {
    /// The middle date: half of the futures have a place before it (bold).
    Half,
    /// No middle date, every future placed by the horizon: most get no
    /// place before it (bold).
    Unlikely,
    /// The futures with no place before the horizon (bold where there is
    /// no middle date).
    Never,
    /// The likely months around the tallest bar.
    Likely,
    /// The early and the late date.
    Range,
    /// No late date: more than 1 in 10 futures get no place.
    RangeOpen,
    /// Most places are leftovers open to the first 1,000 (cl. 24 sub. 10),
    /// so the category claimed does not bring them nearer.
    Leftover,
    /// The snapshot is older than today.
    Clamped,
}

/// The paragraphs of the forecast's words, in the order they are said, for
/// a child who claims a priority category (`category`: out of turn or first
/// priority) or not.
pub fn words_lines(r: &Reading, category: bool) -> Vec<WordsLine> {
    let mut lines = Vec::new();
    if r.p50.is_some() {
        lines.push(WordsLine::Half);
    } else if r.never == 0 {
        lines.push(WordsLine::Unlikely);
    } else {
        lines.push(WordsLine::Never);
    }
    // cl. 24 sub. 10: why a category (or a place nearer the head) hardly
    // moves that date, right under it — not below the likely months and the
    // early and late dates (walkthrough of session 40). Said of a category,
    // so to a child who claims one only.
    if category && r.mostly_leftover() {
        lines.push(WordsLine::Leftover);
    }
    if r.never > 0 && r.p50.is_some() {
        lines.push(WordsLine::Never);
    }
    if r.likely.is_some() {
        lines.push(WordsLine::Likely);
    }
    match (r.p10, r.p90) {
        (Some(_), Some(_)) => lines.push(WordsLine::Range),
        (_, None) if r.p50.is_some() => lines.push(WordsLine::RangeOpen),
        _ => {}
    }
    if r.clamped {
        lines.push(WordsLine::Clamped);
    }
    lines
}

/// The forecast said in words (`#kz-forecast-words`), its paragraphs in the
/// order of [`words_lines`].
pub fn words(i18n: &I18n, r: &Reading, category: bool) -> Html {
    let d = |x: NaiveDate| i18n.date(x);
    let paths = grouped(i18n, r.paths);
    let line = |l: WordsLine| match l {
        WordsLine::Half => html! {
            <p><strong>{ i18n.t_args("ui-forecast-half", &[("paths", paths.clone()), ("date", r.p50.map(d).unwrap_or_default())]) }</strong></p>
        },
        WordsLine::Unlikely => {
            html! { <p><strong>{ ending(i18n, r, "ui-queue-unlikely") }</strong></p> }
        }
        // The share with no place by the horizon: the chart draws only the others.
        WordsLine::Never => html! {
            <p id="kz-forecast-never" data-never={r.never.to_string()}>
                if r.p50.is_none() {
                    <strong>{ never(i18n, r) }</strong>
                } else {
                    { never(i18n, r) }
                }
            </p>
        },
        WordsLine::Likely => match &r.likely {
            Some(l) => html! {
                <p id="kz-forecast-likely" data-from={l.from_month.clone()} data-to={l.to_month.clone()}>
                    { i18n.t_args("ui-forecast-likely", &[("from", d(l.from)), ("to", d(l.to)), ("peak", l.peak.clone()), ("n", grouped(i18n, l.futures)), ("paths", paths.clone())]) }
                </p>
            },
            None => html! {},
        },
        WordsLine::Range => match (r.p10, r.p90) {
            (Some(a), Some(b)) => {
                html! { <p>{ i18n.t_args("ui-forecast-range", &[("early", d(a)), ("late", d(b))]) }</p> }
            }
            _ => html! {},
        },
        WordsLine::RangeOpen => html! { <p>{ ending(i18n, r, "ui-forecast-range-open") }</p> },
        WordsLine::Leftover => html! {
            <p id="kz-forecast-leftover" data-leftover={r.leftover.to_string()}>
                { leftover_line(i18n, r.leftover, r.placed) }
            </p>
        },
        WordsLine::Clamped => html! {
            <p class="kz-hint" id="kz-forecast-clamped">{ i18n.t_args("ui-forecast-clamped", &[("today", d(r.floor))]) }</p>
        },
    };
    html! {
        <div id="kz-forecast-words">
            { for words_lines(r, category).into_iter().map(line) }
        </div>
    }
}

/// Whether step 7 says "chance of a place before { $date }" of the
/// forecast's `by_date` (the next 1 September): not where that day is after
/// the day the child leaves the queue for age (`age_out`, Kezek's reading of
/// cl. 18 with cl. 24 sub. 9), past which the forecast counts no place — its
/// chance would be the one before the age-out, said on its own line as the
/// reading it is, given as a chance to a later day.
pub fn says_chance_by_date(f: &Forecast) -> bool {
    f.age_out.is_none_or(|a| f.by_date <= a)
}

/// "In N of M futures no place comes before the horizon" (plural by M).
fn never(i18n: &I18n, r: &Reading) -> String {
    let line = i18n.t_args(
        "ui-forecast-never",
        &[
            ("never", grouped(i18n, r.never)),
            ("paths", grouped(i18n, r.paths)),
            ("total", r.paths.to_string()),
            ("end", i18n.date(r.horizon_end)),
        ],
    );
    with_end_reading(i18n, r, line)
}

/// A line that says "no place before { $end }", the horizon's last day.
fn ending(i18n: &I18n, r: &Reading, key: &str) -> String {
    let line = i18n.t_args(key, &[("end", i18n.date(r.horizon_end))]);
    with_end_reading(i18n, r, line)
}

/// `line`, and where its last day is the day the application leaves the
/// queue for age, that the day is Kezek's reading (cl. 18 with cl. 24
/// sub. 9; step 5 says why), as the chance before it says.
fn with_end_reading(i18n: &I18n, r: &Reading, line: String) -> String {
    match r.end_is_age_out {
        true => format!("{line} {}", i18n.t("ui-forecast-end-is-archive-reading")),
        false => line,
    }
}

/// Props of [`ForecastChart`].
#[derive(Properties, PartialEq, Clone)]
pub struct ForecastChartProps {
    /// Translator.
    pub i18n: I18n,
    /// What is drawn.
    pub reading: std::rc::Rc<Reading>,
}

/// The histogram: SVG bars (no text), the month labels and the legend in
/// HTML; its text alternative says what the words say.
#[function_component(ForecastChart)]
pub fn forecast_chart(p: &ForecastChartProps) -> Html {
    let (i18n, r) = (&p.i18n, &*p.reading);
    // No future with a place: no bar to draw, so no axis and no legend.
    if r.bins.is_empty() || r.placed == 0 {
        return html! {};
    }
    let d = |x: NaiveDate| i18n.date(x);
    let n = r.bins.len();
    let (w, h) = (10.0 * n as f64, 100.0f64);
    let max = r.bins.iter().map(|b| b.count).max().unwrap_or(1).max(1) as f64;
    let x_of = |date: NaiveDate| {
        r.bins
            .iter()
            .position(|b| b.month == month_of(date))
            .map(|i| 10.0 * i as f64 + 5.0)
    };
    // The dashed edges only as a pair, as the legend explains them (with 12%
    // of the futures placed there is an early date but no late one).
    let edges = r.p10.is_some() && r.p90.is_some();
    let marks: Vec<(&str, f64)> = [
        ("kz-mark kz-mark-edge", r.p10.filter(|_| edges)),
        ("kz-mark kz-mark-middle", r.p50),
        ("kz-mark kz-mark-edge", r.p90.filter(|_| edges)),
    ]
    .into_iter()
    .filter_map(|(c, date)| date.and_then(x_of).map(|x| (c, x)))
    .collect();
    let title = i18n.t("ui-queue-chart-title");
    let summary = match r.p50 {
        Some(p50) => i18n.t_args(
            "ui-forecast-half",
            &[("paths", grouped(i18n, r.paths)), ("date", d(p50))],
        ),
        None => never(i18n, r),
    };
    let alt = format!("{title}. {summary}");
    let ticks = ticks(n);
    let likely = r.likely.as_ref().map(|l| l.bins.clone());
    html! {
        <figure class="kz-chart-figure">
            <svg class="kz-chart" id="kz-forecast-chart" viewBox={format!("0 0 {w} {h}")} preserveAspectRatio="none" role="img" aria-label={alt}>
                <title>{ title }</title>
                { for r.bins.iter().enumerate().map(|(i, b)| {
                    let bh = (h - 4.0) * b.count as f64 / max;
                    let class = if likely.as_ref().is_some_and(|l| l.contains(&i)) { "kz-bar kz-bar-likely" } else { "kz-bar" };
                    html! { <rect class={class} data-month={month_key(b.month)} data-count={b.count.to_string()}
                        x={format!("{:.1}", 10.0 * i as f64 + 1.0)} y={format!("{:.1}", h - bh)}
                        width="8" height={format!("{bh:.1}")}><title>{ format!("{}: {}", month_label(b.month), b.count) }</title></rect> }
                }) }
                { for marks.iter().map(|(c, x)| html! {
                    <line class={*c} vector-effect="non-scaling-stroke" x1={format!("{x:.1}")} x2={format!("{x:.1}")} y1="0" y2={format!("{h}")} />
                }) }
            </svg>
            <div class="kz-chart-axis" aria-hidden="true">
                { for r.bins.iter().enumerate().map(|(i, b)| html! {
                    <span class="kz-axis-cell">
                        if ticks.contains(&i) {
                            <span class={classes!("kz-tick", (i == 0).then_some("kz-tick-first"), (i + 1 == n && i != 0).then_some("kz-tick-last"))}>{ month_label(b.month) }</span>
                        }
                    </span>
                }) }
            </div>
            <figcaption>
                <ul class="kz-chart-legend">
                    <li><span class="kz-swatch kz-swatch-bar" aria-hidden="true"></span>{ i18n.t_args("ui-forecast-legend-bars", &[("paths", grouped(i18n, r.paths))]) }
                        if r.never > 0 {
                            { " " }<span id="kz-forecast-chart-placed">{ i18n.t_args("ui-forecast-chart-placed", &[("shown", grouped(i18n, r.placed)), ("n", r.placed.to_string())]) }</span>
                        }
                    </li>
                    if let Some(l) = &r.likely {
                        <li><span class="kz-swatch kz-swatch-likely" aria-hidden="true"></span>{ i18n.t_args("ui-forecast-legend-likely", &[("from", d(l.from)), ("to", d(l.to)), ("peak", l.peak.clone())]) }</li>
                    }
                    if let Some(p50) = r.p50 {
                        <li><span class="kz-swatch kz-swatch-middle" aria-hidden="true"></span>{ i18n.t_args("ui-forecast-legend-middle", &[("date", d(p50))]) }</li>
                    }
                    if let (Some(a), Some(b)) = (r.p10, r.p90) {
                        <li><span class="kz-swatch kz-swatch-edge" aria-hidden="true"></span>{ i18n.t_args("ui-forecast-legend-edges", &[("early", d(a)), ("late", d(b))]) }</li>
                    }
                </ul>
            </figcaption>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kezek_queue::forecast::ForecastOptions;
    use kezek_queue::{Group, Query, QueueKind};

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn forecast(counts: &[u32], start: NaiveDate, p: [Option<NaiveDate>; 3]) -> Forecast {
        let snap = kezek_queue::synth::city(1, 200);
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::General,
            submitted: Some(snap.as_of),
            id: None,
            birth_date: None,
        };
        let mut f = kezek_queue::forecast::forecast(
            &snap,
            &q,
            &ForecastOptions {
                paths: 10,
                ..ForecastOptions::default()
            },
        )
        .unwrap();
        f.start = start;
        f.paths = counts.iter().sum::<u32>() + 100;
        f.histogram = counts
            .iter()
            .enumerate()
            .map(|(i, c)| Bin {
                month: month_of(start)
                    .checked_add_months(chrono::Months::new(i as u32))
                    .unwrap(),
                count: *c,
            })
            .collect();
        [f.p10, f.p50, f.p90] = p;
        f
    }

    #[test]
    fn most_likely_names_the_months_of_the_tallest_bar_not_the_median() {
        // The median falls in the fifth month; the tallest bar is the second.
        let start = ymd(2026, 11, 23);
        let f = forecast(
            &[100, 1251, 300, 200, 900, 800, 700, 600],
            start,
            [
                Some(ymd(2027, 1, 5)),
                Some(ymd(2027, 4, 20)),
                Some(ymd(2027, 6, 2)),
            ],
        );
        let r = Reading::new(&f, ymd(2026, 11, 30));
        assert_eq!(r.tallest, Some(1));
        let l = r.likely.unwrap();
        assert!(l.bins.contains(&1), "{l:?}");
        assert!(l.futures * 2 >= 4851, "half of the futures with a place");
        assert_eq!(l.from_month, "2026-12");
        assert_eq!(l.peak, "12.2026", "the tallest bar, named in the words");
    }

    #[test]
    fn no_date_before_today_when_the_snapshot_is_older() {
        // Snapshot 23.10, today 30.11: October's places count in November.
        let start = ymd(2026, 10, 23);
        let f = forecast(
            &[50, 30, 10, 0, 0, 0, 0, 0, 0, 0, 0, 0],
            start,
            [
                Some(ymd(2026, 10, 26)),
                Some(ymd(2026, 11, 10)),
                Some(ymd(2026, 12, 3)),
            ],
        );
        let r = Reading::new(&f, ymd(2026, 11, 30));
        assert!(r.clamped);
        assert_eq!(r.p10, Some(ymd(2026, 11, 30)));
        assert_eq!(r.p50, Some(ymd(2026, 11, 30)));
        assert_eq!(r.p90, Some(ymd(2026, 12, 3)));
        assert_eq!(r.bins[0].month, ymd(2026, 11, 1));
        assert_eq!(r.bins[0].count, 80);
        // Empty months after the last place are not drawn (at least six are).
        assert_eq!(r.bins.len(), MIN_MONTHS);
        let l = r.likely.unwrap();
        assert_eq!(l.from, ymd(2026, 11, 30));
        assert_eq!((l.from_month.as_str(), l.futures), ("2026-11", 80));
    }

    /// Review M8, cl. 21 and cl. 24 p. 10: on the sample city (23.11.2026,
    /// 2023 queue) a teacher's child stands 137 places higher than as a
    /// general one, yet both forecasts agree, because almost every place is
    /// one nobody ahead took, open to the first 1,000 applicants after 3 days.
    /// Both readings are mostly leftovers (the words say so to the teacher's
    /// child, [`words_lines`]); where everyone ahead takes every place, not.
    #[test]
    fn cl24_p10_the_words_say_when_most_places_are_leftovers() {
        let snap =
            kezek_queue::parse_json(include_str!("../../../../web/sample/city.json")).unwrap();
        let today = ymd(2026, 11, 23);
        let run = |group, o: ForecastOptions| {
            let q = Query {
                birth_year: 2023,
                queue: QueueKind::General,
                group,
                submitted: Some(snap.as_of),
                id: None,
                birth_date: None,
            };
            let o = ForecastOptions {
                paths: 2_000,
                birth_date: Some(ymd(2023, 5, 10)),
                ..o
            };
            let f = kezek_queue::forecast::forecast(&snap, &q, &o).unwrap();
            (f.position.position, Reading::new(&f, today))
        };
        let (first_at, first) = run(Group::First, ForecastOptions::default());
        let (general_at, general) = run(Group::General, ForecastOptions::default());
        assert!(first_at + 100 < general_at, "{first_at} vs {general_at}");
        for r in [&first, &general] {
            assert!(r.mostly_leftover(), "{} of {}", r.leftover, r.placed);
        }
        let all_taken = ForecastOptions {
            acceptance: 1.0,
            estimate_from_snapshot: false,
            ..ForecastOptions::default()
        };
        let (_, r) = run(Group::OutOfTurn, all_taken);
        assert!(
            r.placed > 0 && !r.mostly_leftover(),
            "{} of {}",
            r.leftover,
            r.placed
        );
        // Beyond the first 1,000 a category lifts the child into them sooner
        // (there the first-priority median is months earlier): nothing is said.
        let city = kezek_queue::synth::city(7, 6_000);
        let q = Query {
            birth_year: city.as_of.year() - 3,
            queue: QueueKind::General,
            group: Group::General,
            submitted: Some(city.as_of - Duration::days(200)),
            id: None,
            birth_date: None,
        };
        let o = ForecastOptions {
            paths: 2_000,
            ..ForecastOptions::default()
        };
        let f = kezek_queue::forecast::forecast(&city, &q, &o).unwrap();
        assert!(f.position.position > kezek_queue::LEFTOVER_APPLICANTS);
        let r = Reading::new(&f, city.as_of.date());
        assert!(u64::from(r.leftover) * 2 >= u64::from(r.placed));
        assert!(!r.among_first_1000 && !r.mostly_leftover());
    }

    /// cl. 24 sub. 4 and 10: on the sample city a large family's child
    /// stands well over a hundred places higher than as a general one, yet
    /// the middle date hardly moves (walkthrough of session 40: "up 158
    /// places, the middle date one day"), because almost every place is a
    /// leftover open to the first 1,000. The line that says so came after
    /// the likely months and the early and late dates, three paragraphs
    /// below the date it explains: it now follows the middle date.
    #[test]
    fn cl24_10_the_leftover_note_follows_the_middle_date_it_explains() {
        let snap =
            kezek_queue::parse_json(include_str!("../../../../web/sample/city.json")).unwrap();
        for group in [Group::First, Group::General] {
            let q = Query {
                birth_year: 2023,
                queue: QueueKind::General,
                group,
                submitted: Some(snap.as_of),
                id: None,
                birth_date: None,
            };
            let o = ForecastOptions {
                paths: 2_000,
                birth_date: Some(ymd(2023, 5, 10)),
                ..ForecastOptions::default()
            };
            let f = kezek_queue::forecast::forecast(&snap, &q, &o).unwrap();
            let r = Reading::new(&f, ymd(2026, 11, 23));
            assert!(r.mostly_leftover(), "{group:?}");
            // A category claimed: the forecast shown may be run without it
            // (its proof at risk, step 7), the line is said all the same.
            let lines = words_lines(&r, true);
            assert_eq!(
                lines[..2],
                [WordsLine::Half, WordsLine::Leftover],
                "{group:?}: {lines:?}"
            );
        }
        // With no middle date the bold line is the futures with no place:
        // the note follows it.
        let mut r = Reading::new(
            &forecast(&[1, 2, 1], ymd(2026, 11, 23), [None, None, None]),
            ymd(2026, 11, 23),
        );
        r.p50 = None;
        r.never = 5;
        r.placed = 4;
        r.leftover = 4;
        r.among_first_1000 = true;
        assert_eq!(
            words_lines(&r, true)[..2],
            [WordsLine::Never, WordsLine::Leftover]
        );
    }

    /// cl. 24 sub. 10: the leftover line says «ал балаңыз қазір санатпен де,
    /// санатсыз да солардың арасында … сондықтан санат та оларды
    /// жақындатпайды» — why a category hardly moves the middle date. Step 7
    /// said it to a general applicant too, who claims no category (the
    /// sample city, 2023's general queue, 23.11.2026): not said there; the
    /// other lines are the same.
    #[test]
    fn cl24_10_the_leftover_line_is_said_to_a_category_applicant_only() {
        let snap =
            kezek_queue::parse_json(include_str!("../../../../web/sample/city.json")).unwrap();
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::General,
            submitted: Some(snap.as_of),
            id: None,
            birth_date: None,
        };
        let o = ForecastOptions {
            paths: 2_000,
            birth_date: Some(ymd(2023, 5, 10)),
            ..ForecastOptions::default()
        };
        let f = kezek_queue::forecast::forecast(&snap, &q, &o).unwrap();
        let r = Reading::new(&f, ymd(2026, 11, 23));
        assert!(r.mostly_leftover());
        let general = words_lines(&r, false);
        assert!(!general.contains(&WordsLine::Leftover), "{general:?}");
        let mut claimed = words_lines(&r, true);
        claimed.retain(|l| *l != WordsLine::Leftover);
        assert_eq!(general, claimed);
    }

    /// Cl. 18 with cl. 24 sub. 9: the forecast ends on the day the
    /// application leaves the queue for age, 1 January by Kezek's reading
    /// (step 5). "In 79 of 10,000 futures no place comes before 01.01.2029"
    /// gave that day as a fact (walk 37c, ru line 2089, kk 930); the chance
    /// before it already said it is a reading. A horizon of its own (the
    /// options' years) is no reading: nothing added.
    #[test]
    fn cl18_cl24_9_no_place_before_the_archive_day_says_the_day_is_kezeks_reading() {
        let start = ymd(2026, 11, 23);
        let mut f = forecast(&[1, 2, 1], start, [Some(ymd(2027, 1, 1)), None, None]);
        f.never = 40;
        f.age_out = Some(f.horizon_end);
        let r = Reading::new(&f, start);
        for (lang, reading) in [
            (Lang::En, "Kezek's reading"),
            (Lang::Ru, "толкованию Kezek"),
            (Lang::Kk, "Kezek түсіндірмесі"),
        ] {
            let i = I18n::new(lang);
            for line in [
                never(&i, &r),
                ending(&i, &r, "ui-forecast-range-open"),
                ending(&i, &r, "ui-queue-unlikely"),
            ] {
                assert!(
                    line.contains(reading) && line.contains("5"),
                    "{lang:?}: {line}"
                );
            }
        }
        f.age_out = None;
        let r = Reading::new(&f, start);
        let line = never(&I18n::new(Lang::En), &r);
        assert!(!line.contains("Kezek"), "{line}");
    }

    /// cl. 18 with cl. 24 sub. 9: for a child born 10.03.2021, on
    /// 05.12.2026, step 7 said «2027 жылғы 1 қыркүйекке дейін орын алу
    /// ықтималдығы: 11%» beside «… 2027 жылғы 1 қаңтарда архивке ауысқанға
    /// дейін …: 11%» (walk of 05.12.2026): the forecast counts no place after
    /// 01.01.2027, Kezek's reading, so the chance "before 01.09.2027" was the
    /// reading's chance given to a day past it as a fact (the order's own day,
    /// cl. 24 sub. 9, is 10.03.2027). It is said only where the day is not
    /// after the age-out.
    #[test]
    fn cl24_9_no_chance_is_said_to_a_day_after_the_age_out() {
        let start = ymd(2026, 12, 5);
        let mut f = forecast(&[1, 2, 1], start, [Some(ymd(2027, 1, 1)), None, None]);
        f.by_date = ymd(2027, 9, 1);
        f.age_out = Some(ymd(2027, 1, 1));
        assert!(!says_chance_by_date(&f));
        f.age_out = Some(ymd(2029, 1, 1));
        assert!(says_chance_by_date(&f));
        f.age_out = None;
        assert!(says_chance_by_date(&f));
    }

    #[test]
    fn without_a_median_nothing_is_called_most_likely() {
        let start = ymd(2026, 11, 23);
        let f = forecast(&[1, 2, 1], start, [Some(ymd(2027, 1, 1)), None, None]);
        let r = Reading::new(&f, ymd(2026, 11, 30));
        assert_eq!(r.likely, None);
    }

    /// ru writes the noun after «из N» in the genitive by N's plural form
    /// (language review of 03.12.2026): «из 21 варианта», «из 5 вариантов»,
    /// «из 1 001 варианта»; en "of 1 future".
    #[test]
    fn the_leftover_line_takes_the_plural_form_of_its_count() {
        let ru = I18n::new(Lang::Ru);
        let line = |placed| leftover_line(&ru, 1, placed);
        assert!(line(21).contains("из 21 варианта с местом"), "{}", line(21));
        assert!(line(5).contains("из 5 вариантов с местом"), "{}", line(5));
        assert!(
            line(11).contains("из 11 вариантов с местом"),
            "{}",
            line(11)
        );
        assert!(
            line(1_000).contains("из 1\u{a0}000 вариантов с местом"),
            "{}",
            line(1_000)
        );
        assert!(
            line(1_001).contains("из 1\u{a0}001 варианта с местом"),
            "{}",
            line(1_001)
        );
        let en = I18n::new(Lang::En);
        assert!(leftover_line(&en, 1, 1).starts_with("In 1 of 1 future with a place"));
        assert!(leftover_line(&en, 3, 2_000).starts_with("In 3 of 2,000 futures with a place"));
    }

    /// cl. 24 sub. 4 (priority access «бірінші өтініш берушілер (барлығына
    /// бір уақытта) үшін ғана шектеулі мерзімге - 3 (үш) жұмыс күніне») and
    /// sub. 10 («3 (үш) күннен кейін бөлуден қалған бос орындарды кезектегі
    /// бірінші 1000 (бір мың) өтініш берушілер үшін ашады»): a place nobody
    /// ahead took opens to the first 1,000 after 3 days, not "at once" —
    /// step 7 said «сразу» / «бірден» / "at once" while step 5 said «через 3
    /// (три) дня» of the same sub-point (walk 37c). The line says when, and
    /// cites both sub-points.
    #[test]
    fn cl24_4_and_10_a_leftover_place_opens_to_the_first_1000_after_3_days_not_at_once() {
        for (lang, after, sub4, sub10, not) in [
            (
                Lang::En,
                "after 3 days",
                "cl. 24 sub. 4",
                "cl. 24 sub. 10",
                "at once",
            ),
            (
                Lang::Ru,
                "через 3 дня",
                "подпункт 4) пункта 24",
                "подпункт 10) пункта 24",
                "сразу",
            ),
            (
                Lang::Kk,
                "3 күннен кейін",
                "24-тармақтың 4) тармақшасы",
                "24-тармақтың 10) тармақшасы",
                "бірден",
            ),
        ] {
            let line = leftover_line(&I18n::new(lang), 9_921, 9_921);
            for want in [after, sub4, sub10] {
                assert!(line.contains(want), "{lang:?} {want}: {line}");
            }
            assert!(!line.contains(not), "{lang:?}: {line}");
        }
    }

    #[test]
    fn counts_are_grouped_as_each_language_writes_them() {
        assert_eq!(grouped(&I18n::new(Lang::Ru), 10_000), "10\u{a0}000");
        assert_eq!(grouped(&I18n::new(Lang::Kk), 851), "851");
        assert_eq!(grouped(&I18n::new(Lang::En), 1_234_567), "1,234,567");
    }

    #[test]
    fn the_axis_labels_at_most_four_bins_first_and_last_included_never_side_by_side() {
        assert_eq!(ticks(0), Vec::<usize>::new());
        assert_eq!(ticks(1), vec![0]);
        assert_eq!(ticks(2), vec![0, 1]);
        // Six months at 375 px: 0, 2, 3, 5 ran "01.202702.2027" together.
        assert_eq!(ticks(6), vec![0, 3, 5]);
        assert_eq!(ticks(36), vec![0, 12, 23, 35]);
        for n in 1..80 {
            let t = ticks(n);
            assert!(t.len() <= 4 && t[0] == 0 && *t.last().unwrap() == n - 1);
            // Two labels at least a fifth of the chart apart.
            assert!(t.windows(2).all(|w| (w[1] - w[0]) * 5 > n), "{n}: {t:?}");
        }
    }

    #[test]
    fn the_futures_without_a_place_are_counted_and_none_drawn_when_all_are() {
        let start = ymd(2026, 11, 23);
        // 12 of 100 futures with a place: the chart draws those 12.
        let mut f = forecast(
            &[4, 0, 8, 0, 0, 0],
            start,
            [Some(ymd(2027, 1, 10)), None, None],
        );
        (f.paths, f.never) = (100, 88);
        let r = Reading::new(&f, ymd(2026, 11, 30));
        assert_eq!((r.placed, r.never), (12, 88));
        assert_eq!(r.likely, None);
        // None with a place: nothing to draw.
        let mut f = forecast(&[0, 0, 0, 0, 0, 0], start, [None, None, None]);
        (f.paths, f.never) = (100, 100);
        let r = Reading::new(&f, ymd(2026, 11, 30));
        assert_eq!((r.placed, r.never), (0, 100));
        assert_eq!((r.p10, r.tallest), (None, None));
    }
}
