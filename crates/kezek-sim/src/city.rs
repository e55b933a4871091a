//! The simulated city: every application and every place, day by day.
//!
//! One day runs in the order the law sets:
//! - **07:00** (working days): places published in an earlier bulletin open.
//!   For their first 3 working days only the first applicants of the queue
//!   have access, all at once (cl. 24 p. 4: «бірінші өтініш берушілер
//!   (барлығына бір уақытта) үшін ғана шектеулі мерзімге - 3 (үш) жұмыс
//!   күніне»). Here "the first applicants" are the first `reach_per_place` ×
//!   (open places) of the queue in the cl. 21 order; the earliest of them in
//!   that order who looks at the bulletin that day and accepts the preschool
//!   takes the place. A place nobody took opens after those 3 days («3 (үш)
//!   күннен кейін», p. 10 — read as the same 3 working days) to the first
//!   1,000 applicants: any of them who wants it may take it, not in order.
//!   After `leftover_days` more working days the preschool withdraws it.
//! - **During the day**: new applications (a new out-of-turn or
//!   first-priority one takes its place by cl. 21), withdrawals, loss of
//!   interest, the stop list (cl. 3 p. 14, 20), the archive at the age limit
//!   (cl. 18, 24 p. 9), the end of a referral nobody used (cl. 30), recalls of
//!   places (cl. 25 p. 1–2: a referral to a recalled place is cancelled and the
//!   application goes back to the queue).
//! - **18:00**: the vacancy bulletin («босаған орындар бюллетені», cl. 24 p. 3)
//!   with the places the preschools freed that day, per age group (cl. 28:
//!   full years in the calendar year), in general, early-booking and
//!   temporary-stay mode (cl. 3 p. 6, 7, 15; cl. 25 p. 3–4).
//!
//! A referral in general mode starts its 5 working days at once; an
//! early-booking referral is issued when the place is published but its term
//! starts when the place is actually free (cl. 3 p. 7). A family that cannot
//! come may extend it once by up to 30 calendar days (cl. 30); a family that
//! never comes lets the place go back to the bulletin, and its application
//! leaves the queue (Kezek's reading: the referral was issued, cl. 20 p. 5).
//! A child admitted for a temporary stay keeps its place in the queue
//! (cl. 25 p. 4), so it is not a referral in the backtest's sense.

use std::collections::{BTreeMap, HashMap};

use chrono::{Datelike, Duration, Months, NaiveDate, NaiveDateTime};
use kezek_queue::snapshot::{
    AdmissionMode, Application, Bulletin, Queue, QueueKind, Recall, Snapshot, Status, SCHEMA,
};
use kezek_queue::Group;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;
use rand_distr::{Distribution, Exp1, Poisson, StandardNormal};

use crate::days::{add_working, is_working, next_working, working_between};
use crate::line;
use crate::params::CityParams;

/// An application's index in the city.
pub type AppId = u32;

/// The special queue every simulated city has (cl. 13).
pub const SPECIAL: &str = "severe_speech";

/// Which preschools a family would take.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Accepts {
    /// Any preschool in the settlement.
    Any,
    /// Only the preschools of this district.
    District(u16),
}

/// One application and its family's behaviour.
#[derive(Debug, Clone)]
pub struct App {
    /// Submission instant (cl. 14).
    pub submitted: NaiveDateTime,
    /// Priority group (cl. 20–21).
    pub group: Group,
    /// Index of its queue.
    pub queue: u16,
    /// Status.
    pub status: Status,
    /// Child's birth date.
    pub birth: NaiveDate,
    /// Which preschools the family takes.
    pub accepts: Accepts,
    /// The family stays interested whatever happens (the backtest's sample).
    pub committed: bool,
    /// The day of the standing referral (general or early booking).
    pub referral: Option<NaiveDate>,
    /// Admitted somewhere for a temporary stay (keeps its queue, cl. 25 p. 4).
    pub temporary_stay: bool,
}

/// One queue: a birth year and a kind (cl. 13), each group's applications in
/// submission order.
#[derive(Debug, Clone)]
pub struct Line {
    /// Birth year.
    pub birth_year: i32,
    /// Kind.
    pub kind: QueueKind,
    /// Applications by group (out of turn, first, general), by (submitted, id).
    pub groups: [Vec<AppId>; 3],
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Holding {
    Open,
    Held(AppId),
    Gone,
}

#[derive(Debug, Clone)]
struct Place {
    queue: u16,
    preschool: u16,
    mode: AdmissionMode,
    opens: NaiveDate,
    free_on: NaiveDate,
    state: Holding,
    declined: Vec<AppId>,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    Leave(AppId, Status),
    AgeOut(AppId),
    Lapse(u32),
    Recall(u32),
}

/// A preschool: its district and whether it has special groups.
#[derive(Debug, Clone)]
struct Preschool {
    district: u16,
    special: bool,
}

/// The whole simulated city.
#[derive(Debug, Clone)]
pub struct City {
    params: CityParams,
    rng: ChaCha8Rng,
    day: NaiveDate,
    apps: Vec<App>,
    lines: Vec<Line>,
    line_index: HashMap<(i32, QueueKind), u16>,
    places: Vec<Place>,
    open: Vec<u32>,
    pending: Vec<(NaiveDate, u16, i32, QueueKind, AdmissionMode)>,
    events: BTreeMap<NaiveDate, Vec<Event>>,
    preschools: Vec<Preschool>,
    year_factor: HashMap<i32, f64>,
    bulletins: Vec<Bulletin>,
    recalls: Vec<Recall>,
}

/// Places for each age (full years in the calendar year, cl. 28), 0–6.
const AGE_SHARE: [f64; 7] = [0.0, 0.15, 0.25, 0.30, 0.18, 0.10, 0.02];

/// The archive day of cl. 18 and cl. 24 p. 9, on the reading Kezek's rules
/// take (issue 15: one rule for applying and standing in the queue): a child
/// stands in the queue while, on 1 September of the current year, it is not
/// older than 6 — «ағымдағы жылғы 1 қыркүйекте 6 жастан аспайды» (cl. 18).
/// "The current year" changes on 1 January, so the application leaves the
/// queue on 1 January of the first year whose 1 September the child reaches
/// older than 6: the year of the sixth birthday when it falls before
/// 1 September, else the next year. Written here anew (the simulator shares
/// no code with the forecast); the test `archive_day_is_the_rules_reading`
/// checks it against `kezek_rules::age::archive_date` day by day.
pub fn archive_day(birth: NaiveDate) -> NaiveDate {
    let sixth = birth.checked_add_months(Months::new(72)).unwrap_or(birth);
    let september = NaiveDate::from_ymd_opt(sixth.year(), 9, 1).unwrap_or(sixth);
    let year = if sixth < september {
        sixth.year()
    } else {
        sixth.year() + 1
    };
    NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(sixth)
}

impl City {
    /// An empty city whose first simulated day is `start`.
    pub fn new(params: CityParams, start: NaiveDate) -> City {
        let mut rng = ChaCha8Rng::seed_from_u64(params.seed);
        let preschools = (0..params.preschools.max(1))
            .map(|i| Preschool {
                district: (i % params.districts.max(1)) as u16,
                special: (i / params.districts.max(1)).is_multiple_of(4),
            })
            .collect();
        let mut year_factor = HashMap::new();
        let sd = params.year_to_year_sd;
        for y in start.year()..=start.year() + 20 {
            let z: f64 = rng.sample(StandardNormal);
            let trend = (1.0 + params.trend_per_year).powi(y - params.snapshot.year());
            year_factor.insert(y, (sd * z - sd * sd / 2.0).exp() * trend);
        }
        City {
            params,
            rng,
            day: start,
            apps: Vec::new(),
            lines: Vec::new(),
            line_index: HashMap::new(),
            places: Vec::new(),
            open: Vec::new(),
            pending: Vec::new(),
            events: BTreeMap::new(),
            preschools,
            year_factor,
            bulletins: Vec::new(),
            recalls: Vec::new(),
        }
    }

    /// The city of a backtest: it starts `burn_in_years` before the snapshot.
    pub fn for_backtest(params: CityParams) -> City {
        let start = params
            .snapshot
            .checked_sub_months(Months::new(12 * params.burn_in_years))
            .unwrap_or(params.snapshot);
        City::new(params, start)
    }

    /// The next day to simulate.
    pub fn today(&self) -> NaiveDate {
        self.day
    }

    /// The parameters.
    pub fn params(&self) -> &CityParams {
        &self.params
    }

    /// An application's state.
    pub fn app(&self, id: AppId) -> &App {
        &self.apps[id as usize]
    }

    /// All applications.
    pub fn apps(&self) -> &[App] {
        &self.apps
    }

    /// The queues.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    /// The opaque id an application has in snapshots.
    pub fn public_id(id: AppId) -> String {
        format!("S{id:08}")
    }

    /// The application behind a snapshot id.
    pub fn parse_public_id(s: &str) -> Option<AppId> {
        s.strip_prefix('S')?.parse().ok()
    }

    /// The preschool ids (as in the bulletin) of a district.
    pub fn district_preschools(&self, district: u16) -> Vec<String> {
        (0..self.preschools.len())
            .filter(|i| self.preschools[*i].district == district)
            .map(preschool_id)
            .collect()
    }

    /// The family stays interested: no withdrawal, loss of interest or stop list.
    pub fn commit(&mut self, id: AppId) {
        self.apps[id as usize].committed = true;
    }

    fn line(&mut self, birth_year: i32, kind: &QueueKind) -> u16 {
        if let Some(i) = self.line_index.get(&(birth_year, kind.clone())) {
            return *i;
        }
        let i = self.lines.len() as u16;
        self.lines.push(Line {
            birth_year,
            kind: kind.clone(),
            groups: Default::default(),
        });
        self.line_index.insert((birth_year, kind.clone()), i);
        i
    }

    /// Registers an application (cl. 14: it takes its place by its instant).
    pub fn add_application(
        &mut self,
        submitted: NaiveDateTime,
        group: Group,
        kind: QueueKind,
        birth: NaiveDate,
        accepts: Accepts,
    ) -> AppId {
        let queue = self.line(birth.year(), &kind);
        let id = self.apps.len() as AppId;
        self.apps.push(App {
            submitted,
            group,
            queue,
            status: Status::Waiting,
            birth,
            accepts,
            committed: false,
            referral: None,
            temporary_stay: false,
        });
        self.insert_in_line(id);
        // The age limit (cl. 18, 24 p. 9); a child of a special queue with a
        // PMPC conclusion has none, and leaves for school at seven.
        if kind == QueueKind::General {
            // An application already past its day leaves on the first simulated one.
            self.schedule(archive_day(birth).max(self.day), Event::AgeOut(id));
        } else if let Some(seven) = birth.checked_add_months(Months::new(84)) {
            self.schedule(seven, Event::Leave(id, Status::Withdrawn));
        }
        let p = &self.params;
        let rates = [
            (Status::Withdrawn, p.withdraw_per_year),
            (Status::NotInterested, p.not_interested_per_year),
            (Status::StopList, p.stop_list_per_year),
        ];
        let total: f64 = rates.iter().map(|r| r.1).sum();
        if total > 0.0 {
            let years: f64 = self.rng.sample::<f64, _>(Exp1) / total;
            if years < 8.0 {
                let mut u = self.rng.gen::<f64>() * total;
                let status = rates
                    .iter()
                    .find(|(_, r)| {
                        u -= r;
                        u < 0.0
                    })
                    .map_or(Status::Withdrawn, |r| r.0);
                let day = submitted.date() + Duration::days((years * 365.25) as i64 + 1);
                self.schedule(day, Event::Leave(id, status));
            }
        }
        id
    }

    fn insert_in_line(&mut self, id: AppId) {
        let a = &self.apps[id as usize];
        let key = (a.submitted, id);
        let apps = &self.apps;
        let list = &mut self.lines[a.queue as usize].groups[a.group as usize];
        let at = list.partition_point(|x| (apps[*x as usize].submitted, *x) < key);
        if list.get(at) != Some(&id) {
            list.insert(at, id);
        }
    }

    fn schedule(&mut self, day: NaiveDate, e: Event) {
        self.events.entry(day).or_default().push(e);
    }

    /// A preschool frees a place: it appears in the 18:00 bulletin of `date`.
    pub fn publish(
        &mut self,
        date: NaiveDate,
        preschool: u16,
        birth_year: i32,
        kind: QueueKind,
        mode: AdmissionMode,
    ) {
        self.pending.push((date, preschool, birth_year, kind, mode));
    }

    /// The queue `birth_year`/`kind` at `at`, in the order of cl. 21 (at most `limit`).
    pub fn order(
        &self,
        birth_year: i32,
        kind: &QueueKind,
        at: NaiveDateTime,
        limit: usize,
    ) -> Vec<AppId> {
        match self.line_index.get(&(birth_year, kind.clone())) {
            Some(q) => self.order_of(*q, at, limit),
            None => Vec::new(),
        }
    }

    fn order_of(&self, q: u16, at: NaiveDateTime, limit: usize) -> Vec<AppId> {
        let waiting = |id: &&AppId| {
            let a = &self.apps[**id as usize];
            a.status == Status::Waiting && a.submitted <= at
        };
        let g = &self.lines[q as usize].groups;
        line::interleave(
            g[0].iter().filter(waiting).copied(),
            g[1].iter().filter(waiting).copied(),
            g[2].iter().filter(waiting).copied(),
            limit,
        )
    }

    /// Runs every day up to and including `last`.
    pub fn run_through(&mut self, last: NaiveDate) {
        while self.day <= last {
            self.step();
        }
    }

    /// Simulates one day.
    pub fn step(&mut self) {
        let d = self.day;
        if is_working(d) {
            self.allocate(d);
        }
        if let Some(events) = self.events.remove(&d) {
            for e in events {
                self.event(d, e);
            }
        }
        self.arrivals(d);
        if is_working(d) {
            self.free_places(d);
        }
        let pending = std::mem::take(&mut self.pending);
        for (date, preschool, by, kind, mode) in pending {
            if date == d {
                self.bulletin(d, preschool, by, &kind, mode, false);
            } else {
                self.pending.push((date, preschool, by, kind, mode));
            }
        }
        if d.day() == 1 {
            self.compact();
        }
        self.day = d + Duration::days(1);
    }

    fn compact(&mut self) {
        let apps = &self.apps;
        for l in &mut self.lines {
            for g in &mut l.groups {
                g.retain(|id| apps[*id as usize].status == Status::Waiting);
            }
        }
        let places = &self.places;
        self.open
            .retain(|p| places[*p as usize].state == Holding::Open);
    }

    fn acceptable(&self, id: AppId, place: &Place) -> bool {
        let a = &self.apps[id as usize];
        a.status == Status::Waiting
            && !place.declined.contains(&id)
            && !(place.mode == AdmissionMode::TemporaryStay && a.temporary_stay)
            && match a.accepts {
                Accepts::Any => true,
                Accepts::District(d) => self.preschools[place.preschool as usize].district == d,
            }
    }

    /// 07:00: priority access (cl. 24 p. 4–5), then leftovers (p. 10).
    fn allocate(&mut self, d: NaiveDate) {
        let at = d.and_hms_opt(7, 0, 0).unwrap_or_default();
        let mut by_queue: BTreeMap<u16, (Vec<u32>, Vec<u32>)> = BTreeMap::new();
        let open = std::mem::take(&mut self.open);
        let mut still = Vec::with_capacity(open.len());
        for p in open {
            let place = &mut self.places[p as usize];
            if place.state != Holding::Open {
                continue;
            }
            still.push(p);
            if place.opens > d {
                continue;
            }
            let age = working_between(place.opens, d);
            let e = by_queue.entry(place.queue).or_default();
            if age < 3 {
                e.0.push(p);
            } else if age < 3 + self.params.leftover_days {
                e.1.push(p);
            } else {
                place.state = Holding::Gone;
                still.pop();
            }
        }
        self.open = still;
        for (q, (priority, leftover)) in by_queue {
            let head = self.order_of(q, at, 1000);
            if head.is_empty() {
                continue;
            }
            let reach = head
                .len()
                .min(self.params.reach_per_place as usize * priority.len());
            for &a in &head[..reach] {
                if self.apps[a as usize].status != Status::Waiting
                    || self.rng.gen::<f64>() >= self.params.respond_per_day
                {
                    continue;
                }
                let Some(&p) = priority.iter().find(|p| {
                    let place = &self.places[**p as usize];
                    place.state == Holding::Open && self.acceptable(a, place)
                }) else {
                    continue;
                };
                let refuse = if self.places[p as usize].mode == AdmissionMode::TemporaryStay {
                    1.0 - self.params.temporary_accept
                } else {
                    self.params.decline
                };
                if self.rng.gen::<f64>() < refuse {
                    self.places[p as usize].declined.push(a);
                } else {
                    self.take(a, p, d);
                }
            }
            for p in leftover {
                for _ in 0..200 {
                    let c = head[self.rng.gen_range(0..head.len())];
                    let place = &self.places[p as usize];
                    if place.state == Holding::Open
                        && self.acceptable(c, place)
                        && self.rng.gen::<f64>() < self.params.leftover_interest
                    {
                        self.take(c, p, d);
                        break;
                    }
                }
            }
        }
    }

    fn take(&mut self, a: AppId, p: u32, d: NaiveDate) {
        let place = &mut self.places[p as usize];
        place.state = Holding::Held(a);
        let app = &mut self.apps[a as usize];
        if place.mode == AdmissionMode::TemporaryStay {
            app.temporary_stay = true;
            return;
        }
        app.status = Status::ReferralIssued;
        app.referral = Some(d);
        // cl. 30: 5 working days (from the day the place is free for early
        // booking), once extended by up to 30 days; a family that never comes
        // lets the place go back to the bulletin the day after the term.
        let start = if place.mode == AdmissionMode::EarlyBooking {
            place.free_on.max(d)
        } else {
            d
        };
        if self.rng.gen::<f64>() < self.params.no_show {
            let mut end = add_working(start, 5);
            if self.rng.gen::<f64>() < self.params.extension {
                end += Duration::days(30);
            }
            self.schedule(end + Duration::days(1), Event::Lapse(p));
        }
    }

    fn event(&mut self, d: NaiveDate, e: Event) {
        match e {
            Event::Leave(a, status) => {
                let app = &mut self.apps[a as usize];
                if app.status == Status::Waiting && !app.committed {
                    app.status = status;
                }
            }
            Event::AgeOut(a) => {
                let app = &mut self.apps[a as usize];
                if app.status == Status::Waiting {
                    app.status = Status::Archived;
                }
            }
            Event::Lapse(p) => {
                if let Holding::Held(a) = self.places[p as usize].state {
                    if self.apps[a as usize].status == Status::ReferralIssued {
                        self.apps[a as usize].status = Status::Archived;
                        let place = self.places[p as usize].clone();
                        self.places[p as usize].state = Holding::Gone;
                        let line = &self.lines[place.queue as usize];
                        let (by, kind) = (line.birth_year, line.kind.clone());
                        let day = if is_working(d) { d } else { next_working(d) };
                        self.publish(day, place.preschool, by, kind, AdmissionMode::General);
                    }
                }
            }
            Event::Recall(p) => {
                let place = self.places[p as usize].clone();
                let line = &self.lines[place.queue as usize];
                self.recalls.push(Recall {
                    date: d,
                    birth_year: line.birth_year,
                    preschool: preschool_id(place.preschool as usize),
                    places: 1,
                    reason: "capital_repair".into(),
                });
                match place.state {
                    Holding::Held(a) if place.mode != AdmissionMode::TemporaryStay => {
                        // cl. 25 p. 2: the referral is cancelled, the application goes back.
                        let app = &mut self.apps[a as usize];
                        if app.status == Status::ReferralIssued {
                            app.status = Status::Waiting;
                            app.referral = None;
                            self.insert_in_line(a);
                        }
                    }
                    Holding::Held(a) => self.apps[a as usize].temporary_stay = false,
                    _ => {}
                }
                self.places[p as usize].state = Holding::Gone;
            }
        }
    }

    fn arrivals(&mut self, d: NaiveDate) {
        let mean = self.params.arrivals_per_year / 365.25;
        if mean <= 0.0 {
            return;
        }
        let n = Poisson::new(mean).map_or(0.0, |p| p.sample(&mut self.rng)) as usize;
        let mut minutes: Vec<i64> = (0..n).map(|_| self.rng.gen_range(0..24 * 60)).collect();
        minutes.sort_unstable();
        for m in minutes {
            let p = &self.params;
            let special = self.rng.gen::<f64>() < p.special_share;
            let r: f64 = self.rng.gen();
            let group = if r < p.out_of_turn_share {
                Group::OutOfTurn
            } else if r < p.out_of_turn_share + p.first_share {
                Group::First
            } else {
                Group::General
            };
            let accepts = if self.rng.gen::<f64>() < p.any_preschool_share {
                Accepts::Any
            } else {
                Accepts::District(self.rng.gen_range(0..p.districts.max(1)) as u16)
            };
            // Parents apply soon after birth; special queues later (a diagnosis first).
            let mean_days = if special { 700.0 } else { 200.0 };
            let age_days =
                ((self.rng.sample::<f64, _>(Exp1) * mean_days) as i64).min(4 * 365 + 200);
            let birth = d - Duration::days(age_days);
            let kind = if special {
                QueueKind::Special(SPECIAL.into())
            } else {
                QueueKind::General
            };
            let at = d.and_hms_opt(0, 0, 0).unwrap_or_default() + Duration::minutes(m);
            self.add_application(at, group, kind, birth, accepts);
        }
    }

    /// 18:00 of a working day: the places preschools freed (cl. 24 p. 2–3).
    fn free_places(&mut self, d: NaiveDate) {
        let p = &self.params;
        let yearly = p.arrivals_per_year
            * p.places_per_arrival
            * self.year_factor.get(&d.year()).copied().unwrap_or(1.0);
        if yearly <= 0.0 {
            return;
        }
        let month_share = if (7..=9).contains(&d.month()) {
            p.wave_share / 3.0
        } else {
            (1.0 - p.wave_share) / 9.0
        };
        let first = d.with_day(1).unwrap_or(d);
        let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
        let per_day = yearly * month_share / f64::from(working_between(first, next).max(1));
        let special = p.special_share;
        let (early, temp) = (p.early_booking_share, p.temporary_stay_share);
        for (kind, share) in [
            (QueueKind::General, 1.0 - special),
            (QueueKind::Special(SPECIAL.into()), special),
        ] {
            for (age, w) in AGE_SHARE.iter().enumerate() {
                let mean = per_day * share * w;
                if mean <= 0.0 {
                    continue;
                }
                let k = Poisson::new(mean).map_or(0.0, |x| x.sample(&mut self.rng)) as u32;
                for _ in 0..k {
                    let candidates: Vec<usize> = (0..self.preschools.len())
                        .filter(|i| kind == QueueKind::General || self.preschools[*i].special)
                        .collect();
                    let ps = candidates[self.rng.gen_range(0..candidates.len())] as u16;
                    let r: f64 = self.rng.gen();
                    let mode = if r < early {
                        AdmissionMode::EarlyBooking
                    } else if r < early + temp {
                        AdmissionMode::TemporaryStay
                    } else {
                        AdmissionMode::General
                    };
                    let recall = self.rng.gen::<f64>() < self.params.recall_share;
                    self.bulletin(d, ps, d.year() - age as i32, &kind, mode, recall);
                }
            }
        }
    }

    fn bulletin(
        &mut self,
        d: NaiveDate,
        preschool: u16,
        birth_year: i32,
        kind: &QueueKind,
        mode: AdmissionMode,
        recall: bool,
    ) {
        let queue = self.line(birth_year, kind);
        let free_on = if mode == AdmissionMode::EarlyBooking {
            d + Duration::days(self.rng.gen_range(14..60))
        } else {
            d
        };
        let id = self.places.len() as u32;
        self.places.push(Place {
            queue,
            preschool,
            mode,
            opens: next_working(d),
            free_on,
            state: Holding::Open,
            declined: Vec::new(),
        });
        self.open.push(id);
        if recall {
            let after = self.rng.gen_range(1..=10);
            self.schedule(d + Duration::days(after), Event::Recall(id));
        }
        // One bulletin line per place and day: merge with an identical line.
        let ps = preschool_id(preschool as usize);
        if let Some(b) = self.bulletins.last_mut().filter(|b| {
            b.date == d
                && b.birth_year == birth_year
                && &b.queue == kind
                && b.preschool == ps
                && b.mode == mode
        }) {
            b.places += 1;
        } else {
            self.bulletins.push(Bulletin {
                date: d,
                birth_year,
                queue: kind.clone(),
                preschool: ps,
                places: 1,
                mode,
            });
        }
    }

    /// What the settlement publishes at `as_of`: every application submitted
    /// by then with its status, and the bulletin and recall history of the
    /// last `history_years`.
    pub fn snapshot(&self, as_of: NaiveDateTime, history_years: u32) -> Snapshot {
        let from = as_of
            .date()
            .checked_sub_months(Months::new(12 * history_years))
            .unwrap_or(as_of.date());
        let in_window = |d: NaiveDate| history_years > 0 && d >= from && d <= as_of.date();
        let mut queues: Vec<Queue> = self
            .lines
            .iter()
            .map(|l| Queue {
                birth_year: l.birth_year,
                queue: l.kind.clone(),
                applications: Vec::new(),
            })
            .collect();
        for (i, a) in self.apps.iter().enumerate() {
            if a.submitted > as_of {
                continue;
            }
            queues[a.queue as usize].applications.push(Application {
                id: City::public_id(i as AppId),
                submitted: a.submitted,
                group: a.group,
                status: a.status,
                birth_date: Some(a.birth),
            });
        }
        queues.retain(|q| !q.applications.is_empty());
        Snapshot {
            schema: SCHEMA.into(),
            settlement: self.params.name.clone(),
            as_of,
            queues,
            bulletins: self
                .bulletins
                .iter()
                .filter(|b| in_window(b.date))
                .cloned()
                .collect(),
            recalls: self
                .recalls
                .iter()
                .filter(|r| in_window(r.date))
                .cloned()
                .collect(),
        }
    }
}

/// The bulletin id of a preschool.
pub fn preschool_id(i: usize) -> String {
    format!("PS-{i:03}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cl24_p9_archive_day() {
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        // Sixth birthday before 1 September 2026: over 6 on that day, so out
        // of the queue from 1 January 2026 (not on the birthday in May).
        assert_eq!(archive_day(d(2020, 5, 10)), d(2026, 1, 1));
        assert_eq!(archive_day(d(2020, 8, 31)), d(2026, 1, 1));
        // Born 1 September: exactly 6, not older, on 1 September 2026.
        assert_eq!(archive_day(d(2020, 9, 1)), d(2027, 1, 1));
        assert_eq!(archive_day(d(2020, 12, 31)), d(2027, 1, 1));
        // 29 February: the sixth birthday is 28 February 2026.
        assert_eq!(archive_day(d(2020, 2, 29)), d(2026, 1, 1));
    }

    /// The simulator and the forecast read cl. 18 / 24 p. 9 the same way: the
    /// simulator's own function agrees with the rules' one on every birth date
    /// of eight years (the forecast's horizon uses the rules' one).
    #[test]
    fn archive_day_is_the_rules_reading() {
        let mut b = NaiveDate::from_ymd_opt(2016, 1, 1).unwrap();
        while b.year() < 2024 {
            assert_eq!(
                archive_day(b),
                kezek_rules::age::archive_date(b),
                "born {b}"
            );
            b += Duration::days(1);
        }
    }

    #[test]
    fn a_generated_city_keeps_a_queue_and_publishes_places() {
        let p = CityParams {
            arrivals_per_year: 2_000.0,
            burn_in_years: 3,
            ..CityParams::default()
        };
        let mut c = City::for_backtest(p.clone());
        let end = p.snapshot;
        c.run_through(end);
        let snap = c.snapshot(end.and_hms_opt(20, 0, 0).unwrap(), 2);
        snap.validate().unwrap();
        let waiting = c
            .apps()
            .iter()
            .filter(|a| a.status == Status::Waiting)
            .count();
        let referred = c.apps().iter().filter(|a| a.referral.is_some()).count();
        assert!(waiting > 1_000, "{waiting}");
        assert!(referred > 1_000, "{referred}");
        assert!(!snap.bulletins.is_empty());
        assert!(snap
            .bulletins
            .iter()
            .all(|b| b.date.year() >= end.year() - 2));
        // Same seed, same city.
        let mut again = City::for_backtest(p);
        again.run_through(end);
        assert_eq!(again.snapshot(end.and_hms_opt(20, 0, 0).unwrap(), 2), snap);
    }
}
