//! The order of a queue and the position of one application in it («кезектілік
//! нөмірі», cl. 3 p. 9; cl. 14, 20, 21).
//!
//! cl. 21: «Кезектердегі өтініштер әрбір топтың ішінде бір-біріне қатысты өтініш
//! берген күні мен уақыты бойынша орналастырылады. Кезектен тыс орын алу бойынша
//! өтініштер бірінші кезекте орын алу бойынша өтініштердің алдына қойылады.
//! Бірінші кезекте орын алу бойынша өтініштер жалпы негізде берілген өтініштердің
//! арасында "үшеуге біреу" арақатынасында бөлінеді, яғни басымдығы бар өтініш
//! (бірінші кезекте құқығы) жалпы негізде берілген үш өтініштен кейін
//! орналастырылады.»
//!
//! Kezek's reading, written down for the lawyer:
//! 1. Within each group (out of turn, first priority, general) applications
//!    stand by submission date and time (cl. 14, 21); equal instants are
//!    ordered by id, so the order is total and reproducible.
//! 2. All out-of-turn applications stand before all others.
//! 3. Then first-priority and general applications are interleaved from the
//!    head of the queue: three general, one first-priority, three general, one
//!    first-priority, … — "a priority application is placed after three
//!    general ones", so the k-th first-priority application (k = 1, 2, …) stands
//!    right after the 3k-th general one.
//! 4. When the general list runs out, the remaining first-priority
//!    applications follow in their own order; when the first-priority list runs
//!    out, the remaining general ones follow.
//! 5. The pattern is anchored to the head of the queue *as it stands*: cl. 20
//!    says the queue is renewed («жаңартылады») whenever an out-of-turn or
//!    first-priority application arrives, a benefit status changes, an
//!    application is withdrawn, gets a referral, goes to the stop list or the
//!    archive, or the applicant is not interested. So a new first-priority
//!    application, submitted later than all others of its group, takes the next
//!    free "fourth" slot — after the 3(k+1)-th general application, where k
//!    first-priority applications are already waiting — and moves the general
//!    applications behind that slot down by one. A new general application
//!    joins the end of the general list.
//! 6. Only `waiting` applications hold a position; every other status (referral
//!    issued, stop list, archived, withdrawn, not interested) is out of the order.
//!
//! [`position`] computes the position in O(n) with one counting pass (no
//! sorting); [`reference_order`] materialises the whole order by sorting and
//! merging — the property tests check that both agree.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::error::QueueError;
// An instant in a message as the snapshot writes it (`2026-05-01T10:00:00`).
use crate::local_datetime::format as written;
use crate::snapshot::{Application, QueueKind, Snapshot, Status};
use crate::Group;

/// The general applications a first-priority one stands after (cl. 21: «үшеуге біреу»).
pub const GENERAL_PER_PRIORITY: usize = 3;

/// What is asked: an existing application (by id) or a hypothetical one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Query {
    /// The birth year of the child (cl. 13).
    pub birth_year: i32,
    /// The queue (`general` when absent).
    #[serde(default = "general")]
    pub queue: QueueKind,
    /// The priority group.
    #[serde(default = "general_group")]
    pub group: Group,
    /// The submission instant (for a hypothetical application; ignored with `id`).
    #[serde(default, with = "crate::local_datetime::option")]
    pub submitted: Option<NaiveDateTime>,
    /// An existing application's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The child's birth date, where the asker knows it: an existing
    /// application (`id`) the snapshot publishes with another birth date is
    /// another child's, and is refused (`query.birth_date_mismatch`) rather
    /// than its place given. Not read without `id`, nor where the snapshot
    /// publishes no birth date for the application.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "kezek_rules::dates::date::option"
    )]
    pub birth_date: Option<NaiveDate>,
}

/// A question as an integrator gives it (the JS API's `application` of
/// `position` and `forecast`): the fields of [`Query`], `group` as given.
/// An existing application (`id`) stands with its own group and submission
/// (cl. 21), so a `group` or a `submitted` beside it is refused
/// (`query.invalid` at `application.group` / `application.submitted`), not
/// ignored — as the CLI refuses `--group` and `--submitted` beside `--id`;
/// `null` is "not given". (The app's own questions are [`Query`]s, built
/// with the category's group beside an id.)
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AskedQuery {
    /// The birth year of the child (cl. 13).
    pub birth_year: i32,
    /// The queue (`general` when absent).
    #[serde(default = "general")]
    pub queue: QueueKind,
    /// The priority group, when given (`general` when not).
    #[serde(default)]
    pub group: Option<Group>,
    /// The submission instant of a hypothetical application.
    #[serde(default, with = "crate::local_datetime::option")]
    pub submitted: Option<NaiveDateTime>,
    /// An existing application's id.
    #[serde(default)]
    pub id: Option<String>,
    /// The child's birth date ([`Query::birth_date`]).
    #[serde(default, with = "kezek_rules::dates::date::option")]
    pub birth_date: Option<NaiveDate>,
}

impl AskedQuery {
    /// The [`Query`] asked, or `query.invalid` for a `group` or a
    /// `submitted` beside an `id`.
    pub fn query(self) -> Result<Query, QueueError> {
        if self.id.is_some() {
            let beside = |field: &str, what: &str| {
                QueueError::field(
                    "query.invalid",
                    &format!("application.{field}"),
                    format!(
                        "an application of the snapshot (`id`) stands with its own {what} (cl. 21): \
                         leave `{field}` out, or leave `id` out to ask about a new application"
                    ),
                )
            };
            if self.group.is_some() {
                return Err(beside("group", "group"));
            }
            if self.submitted.is_some() {
                return Err(beside("submitted", "submission date and time"));
            }
        }
        Ok(Query {
            birth_year: self.birth_year,
            queue: self.queue,
            group: self.group.unwrap_or(Group::General),
            submitted: self.submitted,
            id: self.id,
            birth_date: self.birth_date,
        })
    }
}

fn general() -> QueueKind {
    QueueKind::General
}

fn general_group() -> Group {
    Group::General
}

/// How many of each group stand ahead.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Ahead {
    /// Out-of-turn applications ahead.
    pub out_of_turn: usize,
    /// First-priority applications ahead.
    pub first: usize,
    /// General applications ahead.
    pub general: usize,
}

impl Ahead {
    /// All ahead.
    pub fn total(&self) -> usize {
        self.out_of_turn + self.first + self.general
    }
}

/// The answer of [`position`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    /// 1-based position among the waiting applications.
    pub position: usize,
    /// Waiting applications in the queue, the asked one included.
    pub waiting: usize,
    /// Who is ahead, by group.
    pub ahead: Ahead,
    /// The group used.
    pub group: Group,
    /// The submission instant used.
    #[serde(with = "crate::local_datetime")]
    pub submitted: NaiveDateTime,
    /// The position the same application would have as a general one.
    pub as_general: usize,
    /// The position the same application would have as a first-priority one
    /// (бірінші кезекте). Where an out-of-turn ground's proof is not
    /// confirmed but a first-priority ground's is, this is where the child
    /// stands at best (Kezek's reading: the order does not say what happens
    /// to an application whose priority is not confirmed, cl. 22).
    pub as_first: usize,
    /// Places the category is worth: `as_general - position`. It can be
    /// negative: where first-priority applications outnumber a third of the
    /// general ones, the 1:3 rule puts a late first-priority application behind
    /// the point where it would stand as an early general one.
    pub places_gained: i64,
    /// Whether it is an application of the snapshot.
    pub existing: bool,
    /// The clauses applied ([`POSITION_CITATIONS`]), each as the rules'
    /// citation object (`{"act": "order254", "clause": 21}`), the shape every
    /// answer cites with. Read back from the code, not from the text: every
    /// position applies the same clauses, so a position written before (its
    /// citations as keys) still reads, and the app, which reads its worker's
    /// answers, carries no citation reader (~1.9 KB gzip).
    #[serde(skip_deserializing, default = "position_citations")]
    pub citations: Vec<kezek_rules::Citation>,
}

/// [`POSITION_CITATIONS`], as a position read back holds them.
fn position_citations() -> Vec<kezek_rules::Citation> {
    POSITION_CITATIONS.to_vec()
}

/// The clauses a position applies (order No. 254): the queue by date and time
/// of submission (cl. 14), the groups of cl. 20, one first-priority
/// application to three general ones (cl. 21). `Position::citations` holds
/// them; the app shows them as the position's "why".
pub const POSITION_CITATIONS: [kezek_rules::Citation; 3] = [
    kezek_rules::Citation::clause(14),
    kezek_rules::Citation::clause(20),
    kezek_rules::Citation::clause(21),
];

/// Sort key inside a group: submission instant, then id.
fn key(a: &Application) -> (NaiveDateTime, &str) {
    (a.submitted, a.id.as_str())
}

/// The position, in the interleaved order, of an application of `group` with
/// `before` applications of its own group ahead of it (cl. 21), given the
/// numbers of waiting applications of each group (the application excluded).
pub fn slot(
    group: Group,
    before: usize,
    n_out: usize,
    n_first: usize,
    n_general: usize,
) -> (usize, Ahead) {
    match group {
        Group::OutOfTurn => (
            before + 1,
            Ahead {
                out_of_turn: before,
                ..Ahead::default()
            },
        ),
        Group::First => {
            let generals = (GENERAL_PER_PRIORITY * (before + 1)).min(n_general);
            (
                n_out + generals + before + 1,
                Ahead {
                    out_of_turn: n_out,
                    first: before,
                    general: generals,
                },
            )
        }
        Group::General => {
            let firsts = (before / GENERAL_PER_PRIORITY).min(n_first);
            (
                n_out + before + firsts + 1,
                Ahead {
                    out_of_turn: n_out,
                    first: firsts,
                    general: before,
                },
            )
        }
    }
}

/// Cl. 13: a queue is of one birth year and one kind. The snapshot has none
/// of `q`'s year and kind: said at the field that has none, naming what the
/// snapshot does have — the queue when it has that year in other kinds (the
/// year, a child's birth date, is then the snapshot's: the kind chosen is
/// what it lacks, even if it has that kind for other years), the birth year
/// when it has that kind only for other years, and the queue with neither
/// (`general` when the caller named none: "choose a queue it has").
// Cold and written into one String (no Vec of Strings, no sort, no
// closures to inline): at the queue worker's opt-level 3 the first version
// of this message was +2 KB gzip of each wasm module.
#[cold]
#[inline(never)]
fn unknown_queue(snap: &Snapshot, q: &Query) -> QueueError {
    use std::fmt::Write;
    let (kind, year) = (&q.queue, q.birth_year);
    let mut m = format!("the snapshot has no {kind} queue for children born in {year}: ");
    let field = if snap.queues.iter().any(|x| x.birth_year == year) {
        let _ = write!(m, "its queues for children born in {year} are ");
        let of_year = snap.queues.iter().filter(|x| x.birth_year == year);
        for (n, x) in of_year.enumerate() {
            if !comma(&mut m, n) {
                break;
            }
            let _ = write!(m, "{}", x.queue);
        }
        "application.queue"
    } else if snap.queues.iter().any(|x| &x.queue == kind) {
        let _ = write!(m, "its {kind} queues are for children born in ");
        write_years(&mut m, snap, kind);
        "application.birth_year"
    } else {
        m.push_str("its queues are ");
        // Each kind once, in the snapshot's order.
        let mut n = 0;
        for (i, x) in snap.queues.iter().enumerate() {
            if snap.queues[..i].iter().any(|e| e.queue == x.queue) {
                continue;
            }
            if !comma(&mut m, n) {
                break;
            }
            let _ = write!(m, "{} (", x.queue);
            write_years(&mut m, snap, &x.queue);
            m.push(')');
            n += 1;
        }
        "application.queue"
    };
    QueueError::field("query.unknown_queue", field, m)
}

/// Before the `n`th item of a list: a comma after the first; at the 13th
/// ", …" and false, the list stops (a snapshot may hold hundreds of
/// queues: the message stays short).
fn comma(m: &mut String, n: usize) -> bool {
    if n == 12 {
        m.push_str(", …");
        return false;
    }
    if n > 0 {
        m.push_str(", ");
    }
    true
}

/// The birth years of `kind`'s queues, in order (each the smallest after
/// the one before: a kind has each year once, snapshot.duplicate_queue).
fn write_years(m: &mut String, snap: &Snapshot, kind: &QueueKind) {
    use std::fmt::Write;
    let mut last = i32::MIN;
    for n in 0.. {
        let next = snap
            .queues
            .iter()
            .filter(|x| &x.queue == kind && x.birth_year > last)
            .map(|x| x.birth_year)
            .min();
        let Some(y) = next else { break };
        if !comma(m, n) {
            break;
        }
        let _ = write!(m, "{y}");
        last = y;
    }
}

/// The position of the application `q` asks about, in O(n).
pub fn position(snap: &Snapshot, q: &Query) -> Result<Position, QueueError> {
    // A birth year no date of Kezek's can have (a snapshot's queues are of
    // 1900 to 2200) is the question's own error, at its field: not "the
    // snapshot has no queue for children born in -1", said of the queue.
    if !kezek_rules::dates::supported_year(q.birth_year) {
        return Err(QueueError::field(
            "query.invalid",
            "application.birth_year",
            format!(
                "{} is not a birth year Kezek supports: give a year from {} to {}",
                q.birth_year,
                // `year()`, not chrono's `format`: its format-string reader
                // and writer are kept out of the wasm modules (+12.7 KB gzip).
                kezek_rules::dates::FIRST.year(),
                kezek_rules::dates::LAST.year(),
            ),
        ));
    }
    let queue = snap
        .queue(q.birth_year, &q.queue)
        .ok_or_else(|| unknown_queue(snap, q))?;
    let (group, submitted, id) = match &q.id {
        Some(id) => {
            let a = queue
                .applications
                .iter()
                .find(|a| &a.id == id)
                .ok_or_else(|| {
                    QueueError::field(
                        "query.unknown_id",
                        "application.id",
                        format!(
                            "no application `{}` in this queue",
                            crate::snapshot::trunc(id)
                        ),
                    )
                })?;
            // Another child's application is not said by its status either.
            if let (Some(asked), Some(published)) = (q.birth_date, a.birth_date) {
                if asked != published {
                    return Err(QueueError::field(
                        "query.birth_date_mismatch",
                        "application.birth_date",
                        format!(
                            "the application `{}` is published with the birth date {published}, not {asked}: it is another child's",
                            crate::snapshot::trunc(id)
                        ),
                    ));
                }
            }
            if let Some((code, why)) = not_waiting(a.status) {
                return Err(QueueError::field(
                    code,
                    "application.id",
                    format!("{why}, so it holds no position"),
                ));
            }
            (a.group, a.submitted, Some(a.id.as_str()))
        }
        None => {
            let s = q.submitted.ok_or_else(|| {
                QueueError::field(
                    "query.missing_submitted",
                    "application.submitted",
                    "give the submission date and time".into(),
                )
            })?;
            if s > snap.as_of {
                return Err(QueueError::field(
                    "query.submitted_after_snapshot",
                    "application.submitted",
                    format!(
                        "{} is after the snapshot's date {}: the queue then is not known",
                        written(&s),
                        written(&snap.as_of)
                    ),
                ));
            }
            // Cl. 13: a child is put in the queue of its year of birth from birth.
            if s.year() < q.birth_year {
                return Err(submitted_before_birth(
                    s,
                    &format!("the child's birth year {}", q.birth_year),
                ));
            }
            (q.group, s, None)
        }
    };
    let (mut n, mut before) = ([0usize; 3], [0usize; 3]);
    for a in &queue.applications {
        if a.status != Status::Waiting || Some(a.id.as_str()) == id {
            continue;
        }
        let g = a.group as usize;
        n[g] += 1;
        // An application of the snapshot by its key; a hypothetical one
        // stands after every one submitted at the same instant (no id of
        // the snapshot's is compared with a marker: any marker can be an
        // id, cl. 14, 21).
        let ahead = match id {
            Some(id) => key(a) < (submitted, id),
            None => a.submitted <= submitted,
        };
        if ahead {
            before[g] += 1;
        }
    }
    let (pos, ahead) = slot(group, before[group as usize], n[0], n[1], n[2]);
    let (as_general, _) = slot(
        Group::General,
        before[Group::General as usize],
        n[0],
        n[1],
        n[2],
    );
    let (as_first, _) = slot(
        Group::First,
        before[Group::First as usize],
        n[0],
        n[1],
        n[2],
    );
    Ok(Position {
        position: pos,
        waiting: n.iter().sum::<usize>() + 1,
        ahead,
        group,
        submitted,
        as_general,
        as_first,
        places_gained: as_general as i64 - pos as i64,
        existing: id.is_some(),
        citations: POSITION_CITATIONS.to_vec(),
    })
}

/// The code of an application that no longer waits, by its status, and
/// why in words (`None` for a waiting one): each status is out of the order
/// for its own reason and leaves the parent another thing to do — a
/// referral issued (cl. 20 sub. 5: admission, 00403002, is next), the stop
/// list (cl. 3 sub. 14, cl. 20 sub. 6), not interested (cl. 20 sub. 7, cl. 23
/// sub. 2), withdrawn (cl. 20 sub. 4), archived (cl. 20 sub. 6, cl. 24 sub. 9).
fn not_waiting(status: Status) -> Option<(&'static str, &'static str)> {
    let why = match status {
        Status::Waiting => return None,
        Status::ReferralIssued => "a referral was issued for this application (cl. 20 sub. 5)",
        Status::StopList => "this application is on the stop list (cl. 3 sub. 14, cl. 20 sub. 6)",
        Status::NotInterested => {
            "this application is marked not interested in a place (cl. 20 sub. 7)"
        }
        Status::Withdrawn => "this application was withdrawn (cl. 20 sub. 4)",
        Status::Archived => "this application is archived (cl. 20 sub. 6, cl. 24 sub. 9)",
    };
    Some((status.query_code()?, why))
}

/// `query.submitted_before_birth`: a hypothetical application submitted
/// before the child was born (`birth`: its year, or its date).
pub(crate) fn submitted_before_birth(submitted: NaiveDateTime, birth: &str) -> QueueError {
    QueueError::field(
        "query.submitted_before_birth",
        "application.submitted",
        format!(
            "{} is before {birth}: no application is submitted before the child is born",
            written(&submitted)
        ),
    )
}

/// The whole order of the waiting applications of a queue, materialised by
/// sorting each group and merging them as cl. 21 says (the reference the fast
/// [`position`] is tested against).
pub fn reference_order(applications: &[Application]) -> Vec<&Application> {
    let mut groups: [Vec<&Application>; 3] = Default::default();
    for a in applications.iter().filter(|a| a.status == Status::Waiting) {
        groups[a.group as usize].push(a);
    }
    for g in groups.iter_mut() {
        g.sort_by(|a, b| key(a).cmp(&key(b)));
    }
    let [out, first, gen] = groups;
    let mut order: Vec<&Application> = out;
    let (mut i, mut j) = (0, 0);
    while i < gen.len() || j < first.len() {
        for _ in 0..GENERAL_PER_PRIORITY {
            if i < gen.len() {
                order.push(gen[i]);
                i += 1;
            }
        }
        if j < first.len() {
            order.push(first[j]);
            j += 1;
        }
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::snapshot::{Queue, SCHEMA};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    fn t(day: u32, hour: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2024, 1, day)
            .unwrap()
            .and_hms_opt(hour, 0, 0)
            .unwrap()
    }

    fn app(id: &str, day: u32, group: Group) -> Application {
        Application {
            id: id.into(),
            submitted: t(day, 10),
            group,
            status: Status::Waiting,
            birth_date: None,
        }
    }

    fn snap(apps: Vec<Application>) -> Snapshot {
        Snapshot {
            schema: SCHEMA.into(),
            settlement: "Astana".into(),
            as_of: t(28, 23),
            queues: vec![Queue {
                birth_year: 2023,
                queue: QueueKind::General,
                applications: apps,
            }],
            bulletins: vec![],
            recalls: vec![],
        }
    }

    fn ids(apps: &[Application]) -> Vec<String> {
        reference_order(apps).iter().map(|a| a.id.clone()).collect()
    }

    fn existing(s: &Snapshot, id: &str) -> Position {
        position(
            s,
            &Query {
                birth_year: 2023,
                queue: QueueKind::General,
                group: Group::General,
                submitted: None,
                id: Some(id.into()),
                birth_date: None,
            },
        )
        .unwrap()
    }

    #[test]
    fn cl21_within_a_group_by_submission_date_and_time() {
        let apps = vec![app("g2", 5, Group::General), app("g1", 3, Group::General)];
        assert_eq!(ids(&apps), ["g1", "g2"]);
        assert_eq!(existing(&snap(apps), "g1").position, 1);
    }

    #[test]
    fn cl21_out_of_turn_before_first_priority() {
        let apps = vec![
            app("p1", 1, Group::First),
            app("o1", 20, Group::OutOfTurn),
            app("g1", 2, Group::General),
        ];
        assert_eq!(ids(&apps), ["o1", "g1", "p1"]);
        let s = snap(apps);
        assert_eq!(existing(&s, "o1").position, 1);
        assert_eq!(existing(&s, "p1").ahead.out_of_turn, 1);
    }

    #[test]
    fn cl21_first_priority_after_three_general() {
        let mut apps: Vec<Application> = (1..=7)
            .map(|d| app(&format!("g{d}"), d, Group::General))
            .collect();
        apps.push(app("p1", 20, Group::First));
        apps.push(app("p2", 21, Group::First));
        assert_eq!(
            ids(&apps),
            ["g1", "g2", "g3", "p1", "g4", "g5", "g6", "p2", "g7"]
        );
        let s = snap(apps);
        assert_eq!(existing(&s, "p1").position, 4);
        assert_eq!(existing(&s, "p2").position, 8);
        assert_eq!(existing(&s, "g4").position, 5);
        assert_eq!(existing(&s, "g7").ahead.first, 2);
    }

    #[test]
    fn cl21_when_generals_run_out_priority_ones_follow_in_order() {
        let apps = vec![
            app("g1", 1, Group::General),
            app("p1", 2, Group::First),
            app("p2", 3, Group::First),
        ];
        assert_eq!(ids(&apps), ["g1", "p1", "p2"]);
        assert_eq!(existing(&snap(apps), "p2").position, 3);
    }

    #[test]
    fn cl21_when_priority_runs_out_generals_follow() {
        let apps: Vec<Application> = (1..=5)
            .map(|d| app(&format!("g{d}"), d, Group::General))
            .collect();
        assert_eq!(existing(&snap(apps), "g5").position, 5);
    }

    #[test]
    fn cl20_a_new_first_priority_application_takes_the_next_fourth_slot() {
        // Six generals and one first-priority application waiting; a new
        // first-priority application arrives last: it goes after the 6th general.
        let mut apps: Vec<Application> = (1..=9)
            .map(|d| app(&format!("g{d}"), d, Group::General))
            .collect();
        apps.push(app("p1", 10, Group::First));
        let s = snap(apps);
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::First,
            submitted: Some(t(27, 9)),
            id: None,
            birth_date: None,
        };
        let p = position(&s, &q).unwrap();
        assert_eq!(p.position, 8);
        assert_eq!(
            p.ahead,
            Ahead {
                out_of_turn: 0,
                first: 1,
                general: 6
            }
        );
        // As a general applicant it would stand after all 9 generals and the one priority application.
        assert_eq!(p.as_general, 11);
        assert_eq!(p.places_gained, 3);
    }

    #[test]
    fn cl20_an_out_of_turn_application_without_its_proof_stands_at_best_as_first_priority() {
        // Two out-of-turn, one first-priority and seven general applications
        // waiting; a new out-of-turn application (day 27) stands 3rd. Should
        // its ground not be confirmed but a first-priority one be, it would
        // stand after both out-of-turn ones, the first-priority one and its
        // three generals, and three generals more: 10th (cl. 21's 1:3).
        let mut apps: Vec<Application> = (1..=7)
            .map(|d| app(&format!("g{d}"), d, Group::General))
            .collect();
        apps.push(app("o1", 8, Group::OutOfTurn));
        apps.push(app("o2", 9, Group::OutOfTurn));
        apps.push(app("p1", 10, Group::First));
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::OutOfTurn,
            submitted: Some(t(27, 9)),
            id: None,
            birth_date: None,
        };
        let p = position(&snap(apps), &q).unwrap();
        assert_eq!(p.position, 3);
        assert_eq!(p.as_first, 10);
        assert_eq!(p.as_general, 11);
    }

    #[test]
    fn cl21_many_priority_applications_can_make_priority_worth_less_than_general() {
        // Two first-priority applications early, one general late: a new
        // first-priority application (day 10) stands 4th (g1 p1 p2 X), while as
        // a general one it would be the earliest general and stand 1st.
        let apps = vec![
            app("p1", 1, Group::First),
            app("p2", 2, Group::First),
            app("g1", 20, Group::General),
        ];
        let s = snap(apps);
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::First,
            submitted: Some(t(10, 9)),
            id: None,
            birth_date: None,
        };
        let p = position(&s, &q).unwrap();
        assert_eq!(p.position, 4);
        assert_eq!(p.as_general, 1);
        assert_eq!(p.places_gained, -3);
    }

    /// Cl. 14, 21: within a group by submission date and time; a
    /// hypothetical application submitted at the same instant as applications
    /// of the snapshot stands after every one of them (their registration
    /// came first), whatever their ids are — also an id that sorts after any
    /// marker the code could pick for the hypothetical one.
    #[test]
    fn cl21_a_hypothetical_application_stands_after_every_one_submitted_at_the_same_instant() {
        let apps = vec![
            app("\u{10FFFF}z", 5, Group::General),
            app("\u{10FFFF}", 5, Group::General),
            app("g1", 5, Group::General),
        ];
        let q = Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::General,
            submitted: Some(t(5, 10)),
            id: None,
            birth_date: None,
        };
        let p = position(&snap(apps), &q).unwrap();
        assert_eq!(p.position, 4, "{p:?}");
        assert_eq!(p.ahead.general, 3);
        assert_eq!(p.as_general, 4);
    }

    #[test]
    fn cl20_only_waiting_applications_hold_a_position() {
        let mut apps = vec![
            app("g1", 1, Group::General),
            app("g2", 2, Group::General),
            app("g3", 3, Group::General),
        ];
        apps[0].status = Status::ReferralIssued;
        apps[1].status = Status::StopList;
        let s = snap(apps);
        assert_eq!(existing(&s, "g3").position, 1);
        let e = position(
            &s,
            &Query {
                birth_year: 2023,
                queue: QueueKind::General,
                group: Group::General,
                submitted: None,
                id: Some("g1".into()),
                birth_date: None,
            },
        )
        .unwrap_err();
        assert_eq!(e.code, "query.referral_issued");
    }

    /// Cl. 20 sub. 4–7, cl. 3 sub. 14, cl. 24 sub. 9: an application that
    /// no longer waits holds no place, and why differs — a referral issued
    /// (admission is next), the stop list, not interested, withdrawn,
    /// archived. Step 7 said «выдано направление или оно отозвано» for each
    /// of them (walk of 05.12.2026: A0000686, A0000796, A0000701): the
    /// refusal now names the status by its code, at `application.id`.
    #[test]
    fn cl20_an_application_not_waiting_is_refused_by_its_own_status() {
        for (status, code) in [
            (Status::ReferralIssued, "query.referral_issued"),
            (Status::StopList, "query.stop_list"),
            (Status::NotInterested, "query.not_interested"),
            (Status::Withdrawn, "query.withdrawn"),
            (Status::Archived, "query.archived"),
        ] {
            let mut apps = vec![app("g1", 1, Group::General)];
            apps[0].status = status;
            let q = Query {
                birth_year: 2023,
                queue: QueueKind::General,
                group: Group::General,
                submitted: None,
                id: Some("g1".into()),
                birth_date: None,
            };
            let e = position(&snap(apps), &q).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                (code, "application.id")
            );
            assert!(crate::error::CODES.contains(&code), "{code}");
            // A page reads the code back to the status by the one table.
            assert_eq!(Status::of_query_code(code), Some(status));
        }
        assert_eq!(Status::Waiting.query_code(), None);
        assert_eq!(Status::of_query_code("query.unknown_id"), None);
    }

    /// Cl. 13, Annex 1: a number typed on step 7 was not checked against
    /// the child: A0000677 (born 30.04.2023) gave its place for a child born
    /// 15.06.2023 (walk of 05.12.2026). An application the snapshot publishes
    /// with another birth date than the one asked is another child's:
    /// refused, before its status is said; the same date, no date asked, or
    /// none published, are not.
    #[test]
    fn cl13_an_application_published_with_another_birth_date_is_another_childs() {
        let d = |m, dd| NaiveDate::from_ymd_opt(2023, m, dd).unwrap();
        let mut apps = vec![app("g1", 1, Group::General), app("g2", 2, Group::General)];
        apps[0].birth_date = Some(d(4, 30));
        apps[1].birth_date = Some(d(4, 30));
        apps[1].status = Status::ReferralIssued;
        apps.push(app("g3", 3, Group::General));
        let s = snap(apps);
        let ask = |id: &str, birth_date| Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::General,
            submitted: None,
            id: Some(id.into()),
            birth_date,
        };
        for id in ["g1", "g2"] {
            let e = position(&s, &ask(id, Some(d(6, 15)))).unwrap_err();
            assert_eq!(
                (e.code.as_str(), e.field.as_str()),
                ("query.birth_date_mismatch", "application.birth_date"),
                "{id}"
            );
        }
        assert!(position(&s, &ask("g1", Some(d(4, 30)))).is_ok());
        assert!(position(&s, &ask("g1", None)).is_ok());
        assert!(position(&s, &ask("g3", Some(d(6, 15)))).is_ok());
        assert!(crate::error::CODES.contains(&"query.birth_date_mismatch"));
    }

    /// Cl. 13: the queues are kept by year of birth and a child is put in
    /// one from birth, so a hypothetical application submitted before the
    /// child's birth year asks about no application there can be (it stood
    /// first, ahead of the whole queue). From 1 January of the birth year on,
    /// it is a question.
    #[test]
    fn cl13_an_application_is_not_submitted_before_the_childs_birth_year() {
        let s = snap(vec![app("g1", 1, Group::General)]);
        let at = |y, m, d| {
            NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(10, 0, 0)
        };
        let q = |submitted| Query {
            birth_year: 2023,
            queue: QueueKind::General,
            group: Group::General,
            submitted,
            id: None,
            birth_date: None,
        };
        let e = position(&s, &q(at(2000, 1, 1))).unwrap_err();
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("query.submitted_before_birth", "application.submitted")
        );
        let e = position(&s, &q(at(2022, 12, 31))).unwrap_err();
        assert_eq!(e.code, "query.submitted_before_birth");
        assert_eq!(position(&s, &q(at(2023, 1, 1))).unwrap().position, 1);
    }

    #[test]
    fn bad_queries_get_codes() {
        let s = snap(vec![app("g1", 1, Group::General)]);
        let q = |by, sub| Query {
            birth_year: by,
            queue: QueueKind::General,
            group: Group::General,
            submitted: sub,
            id: None,
            birth_date: None,
        };
        assert_eq!(
            position(&s, &q(2019, Some(t(2, 1)))).unwrap_err().code,
            "query.unknown_queue"
        );
        assert_eq!(
            position(&s, &q(2023, None)).unwrap_err().code,
            "query.missing_submitted"
        );
        let future = NaiveDate::from_ymd_opt(2030, 1, 1)
            .unwrap()
            .and_hms_opt(0, 0, 0)
            .unwrap();
        assert_eq!(
            position(&s, &q(2023, Some(future))).unwrap_err().code,
            "query.submitted_after_snapshot"
        );
        // An empty queue is not an error: the hypothetical application is first.
        let empty = snap(vec![]);
        assert_eq!(
            position(&empty, &q(2023, Some(t(2, 1)))).unwrap().position,
            1
        );
    }

    fn arb_apps() -> impl Strategy<Value = Vec<Application>> {
        prop::collection::vec((0u32..40, 0u8..3, 0u8..10), 0..80).prop_map(|v| {
            v.into_iter()
                .enumerate()
                .map(|(i, (minute, g, st))| Application {
                    id: format!("a{i:03}"),
                    // Few distinct instants: many ties.
                    submitted: t(1, 0) + chrono::Duration::minutes(i64::from(minute % 12)),
                    group: [Group::OutOfTurn, Group::First, Group::General][usize::from(g)],
                    status: if st == 0 {
                        Status::Archived
                    } else {
                        Status::Waiting
                    },
                    birth_date: None,
                })
                .collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

        #[test]
        fn fast_position_agrees_with_the_reference_order(apps in arb_apps(), all_priority: bool) {
            let mut apps = apps;
            if all_priority {
                for a in &mut apps { a.group = Group::First; }
            }
            let order = reference_order(&apps);
            let s = snap(apps.clone());
            for (i, a) in order.iter().enumerate() {
                let p = existing(&s, &a.id);
                prop_assert_eq!(p.position, i + 1);
                // An application of the snapshot as a first-priority and as a
                // general one: where the reference order puts it, moved to
                // that group (its own id and instant kept); never ahead of
                // the out-of-turn applications.
                for (place, in_group) in [(p.as_first, Group::First), (p.as_general, Group::General)] {
                    let mut moved = apps.clone();
                    for m in moved.iter_mut().filter(|m| m.id == a.id) { m.group = in_group; }
                    let expected = reference_order(&moved).iter().position(|m| m.id == a.id).unwrap() + 1;
                    prop_assert_eq!(place, expected);
                    let n_out = apps.iter().filter(|m| m.status == Status::Waiting && m.group == Group::OutOfTurn && m.id != a.id).count();
                    prop_assert!(place > n_out);
                    if a.group == Group::OutOfTurn { prop_assert!(place >= p.position); }
                }
            }
        }

        #[test]
        fn a_hypothetical_application_lands_where_the_reference_puts_it(apps in arb_apps(), g in 0u8..3, minute in 0i64..15) {
            let group = [Group::OutOfTurn, Group::First, Group::General][usize::from(g)];
            let submitted = t(1, 0) + chrono::Duration::minutes(minute);
            let mut with_me = apps.clone();
            with_me.push(Application { id: "\u{10FFFF}".into(), submitted, group, status: Status::Waiting, birth_date: None });
            let expected = reference_order(&with_me).iter().position(|a| a.id == "\u{10FFFF}").unwrap() + 1;
            let q = Query { birth_year: 2023, queue: QueueKind::General, group, submitted: Some(submitted), id: None, birth_date: None };
            let p = position(&snap(apps.clone()), &q).unwrap();
            prop_assert_eq!(p.position, expected);
            prop_assert_eq!(p.ahead.total() + 1, p.position);
            // Out of turn never stands later than as a general application.
            if group == Group::OutOfTurn {
                prop_assert!(p.position <= p.as_general);
            }
            prop_assert_eq!(p.places_gained, p.as_general as i64 - p.position as i64);
            // The places as a first-priority and as a general application
            // (an unconfirmed priority's fallbacks) are where the reference
            // order puts the same application in that group.
            for (place, in_group) in [(p.as_first, Group::First), (p.as_general, Group::General)] {
                let mut as_that = apps.clone();
                as_that.push(Application { id: "\u{10FFFF}".into(), submitted, group: in_group, status: Status::Waiting, birth_date: None });
                let expected = reference_order(&as_that).iter().position(|a| a.id == "\u{10FFFF}").unwrap() + 1;
                prop_assert_eq!(place, expected);
            }
        }
    }
}
