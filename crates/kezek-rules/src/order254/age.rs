//! Age eligibility («баланың жасы») for the queue (cl. 18, 24 p. 9, 28).
//!
//! cl. 18: «Өтініш беру және кезекте болу үшін баланың жасы ағымдағы жылғы 1
//! қыркүйекте 6 жастан аспайды (психологиялық-медициналық-педагогикалық
//! комиссияның қорытындысы бар ерекше білім берілуіне қажеттілігі бар
//! балалардан басқа)» — to apply and to stay in the queue the child is not older
//! than 6 on 1 September of the current year, except a SEN child with a PMPC
//! conclusion.
//! cl. 24 p. 9: the system removes the application of a child who has turned 6
//! and archives it, except SEN children with a PMPC conclusion and «ағымдағы
//! жылдың 1 қыркүйегіне дейін 6 жасқа толмаған балалардан» — children who had
//! not turned 6 before 1 September of the current year.
//! cl. 28: for a referral the age is counted «күнтізбелік жылғы толық жасы
//! бойынша» — as the full years the child reaches in the calendar year.
//!
//! Kezek's reading of the cut-off, harmonising cl. 18 with the service's name
//! «(6 жасқа дейін)» (under 6): "not older than 6 on 1 September" means the
//! sixth birthday falls on 1 September or later. A child born on 1 September is
//! exactly 6 on that day — not older — and stays eligible that year; a child
//! born on 31 August is 6 years and a day on 1 September and is not. A child
//! born on 29 February turns 6 on 28 February in a common year (a period in
//! years ends on the month's last day when the date does not exist).
//!
//! One rule for standing in the queue (issue 15, item 11). cl. 18 governs both
//! applying *and* «кезекте болу» (being in the queue); cl. 24 p. 9 describes
//! the system archiving the application of a child «6 жасқа толған». Read
//! together, and safely for the parent: a child stands in the queue while, on
//! 1 September of the current year, it is not older than 6. "The current year"
//! changes on 1 January, so the queue ends — and the application counts as
//! archived — on 1 January of the first year whose 1 September the child
//! reaches older than 6: for a sixth birthday before 1 September, 1 January of
//! that year; for one on or after 1 September, 1 January of the next year. The
//! system may in practice archive a January–August child only on the sixth
//! birthday; Kezek does not count on those months, says so
//! ([`ReasonCode::AgeOneRuleReading`]), and the forecast in `kezek-queue` uses
//! the same day ([`archive_date`]).
//!
//! The other reading of cl. 18 («6 жастан аспайды» as "not yet 7 on 1
//! September") lets a child whose sixth birthday falls before 1 September
//! apply, but cl. 24 sub. 9 archives the application of a child «6 (алты)
//! жасқа толған», excepting only one who had not turned 6 before 1 September
//! of the current year: it helps only until the sixth birthday. A child who
//! has turned 6, before 1 September, is out of the queue on either reading
//! ([`ReasonCode::AgeTurnedSixArchived`]; the walk of 05.12.2026, born
//! 05.02.2020, was offered the other reading as help), and so is one already
//! 7 on it ([`ReasonCode::AgeOverOnEveryReading`]). The archive days are
//! said as past once they have come ([`ReasonCode::AgeArchiveDatePast`],
//! [`ReasonCode::AgeArchiveOrderDatePast`]).
//!
//! cl. 28 (issue 15, item 14): «Ағымдағы жылғы 1 қыркүйекте 6 жастан
//! аспайтын және … ПМПК қорытындысы бар ерекше білім берілуіне қажеттілігі бар
//! балалардан басқа балаларға жолдама беру кезінде баланың жасы күнтізбелік
//! жылғы толық жасы бойынша есептеледі» — the calendar-year age is used for
//! children *other than* those not over 6 on 1 September and SEN children with
//! a PMPC conclusion, i.e. other than the very children who are in the queue,
//! if the two conditions are two groups; if they are one (both on one noun:
//! SEN children with a PMPC conclusion not over 6), the calendar-year age is
//! used for every other child. The text does not say which, and Kezek's note
//! names both readings, calling neither "literal". The clause is garbled; Kezek shows the calendar-year age as information and
//! says the clause is unclear ([`ReasonCode::AgeCl28Unclear`]) instead of
//! stating a settled rule.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::citation::Citation;
use crate::reason::ReasonCode;
use crate::service::Service;

/// The age decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct AgeDecision {
    /// May apply and stay in the queue now (cl. 18). At admission this is
    /// cl. 18's queue fact only: it bars nothing there (§2, cl. 31–35, sets
    /// no age limit).
    pub eligible: bool,
    /// Exempt from the age limit as a SEN child with a PMPC conclusion.
    pub sen_pmpc_exception: bool,
    /// Full years today.
    pub age_years: u32,
    /// Full months today.
    pub age_months: u32,
    /// The child's birth date the age is counted from, as given (a child born
    /// on 29 February stays born on 29 February; see `sixth_birthday`).
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub birth_date: NaiveDate,
    /// The sixth birthday.
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub sixth_birthday: NaiveDate,
    /// 1 September of the current year, the cut-off of cl. 18.
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub cutoff: NaiveDate,
    /// The day the child leaves the queue for age: 1 January of the first year
    /// whose 1 September the child reaches older than 6 (cl. 18, 24 p. 9, one
    /// reading, see the module doc); `None` with the SEN exception, and at
    /// admission, where the child holding a referral has left the queue.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub archive_on: Option<NaiveDate>,
    /// The age used for a referral this calendar year (cl. 28), by one of its
    /// readings; neither reading's for a SEN child with a PMPC conclusion not
    /// over 6 on 1 September (`age.referral_age_sen_pmpc`), where no line
    /// says it; nor said for a child out of the queue on every reading
    /// (`age.over_on_every_reading`, `age.turned_six_archived`,
    /// `age.turns_six_by_acceptance`), who is given no referral from it.
    pub referral_age: i32,
    /// Reason codes.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

impl AgeDecision {
    /// Over cl. 18's limit by Kezek's reading only: the sixth birthday before
    /// the cut-off (over, see the module doc) and still to come — read as
    /// full years («6 жастан аспайды»: not yet 7 on 1 September), such a
    /// child is within the limit until cl. 24 sub. 9 archives the
    /// application on the sixth birthday. A child who has turned 6 before 1
    /// September is out of the queue on either reading (cl. 24 sub. 9, see
    /// [`out_on_every_reading`]), and so is one already 7 on it. Whatever the
    /// exception: `eligible` says whether it applies.
    pub fn over_by_kezeks_reading_only(&self) -> bool {
        // Judged on the day of acceptance (`decide_on`): a child 5 today who
        // has turned 6 by then is out on every reading (review44).
        self.sixth_birthday < self.cutoff && self.age_years < 6 && !self.turned_six_archived()
    }

    /// Out of the queue on every reading of cl. 18 (cl. 24 sub. 9): the
    /// headline says the child is already 7 on 1 September
    /// ([`ReasonCode::AgeOverOnEveryReading`]) or has turned 6 before it
    /// ([`AgeDecision::turned_six_archived`]), the PMPC exception not
    /// applying (`eligible` false). The one test of "no queue": step 5
    /// lists none, step 8 gives no filing steps (review45). Never at
    /// admission (its headline is cl. 28's).
    pub fn out_of_queue_on_every_reading(&self) -> bool {
        self.reasons
            .first()
            .is_some_and(|r| out_of_queue_headline(*r))
    }

    /// The headline says the child has turned 6 before 1 September and is
    /// out of the queue on either reading (cl. 24 sub. 9): today
    /// ([`ReasonCode::AgeTurnedSixArchived`]) or by the day an application
    /// made now is accepted ([`ReasonCode::AgeTurnsSixByAcceptance`]).
    pub fn turned_six_archived(&self) -> bool {
        matches!(
            self.reasons.first(),
            Some(ReasonCode::AgeTurnedSixArchived | ReasonCode::AgeTurnsSixByAcceptance)
        )
    }

    /// Kezek's archive day (`archive_on`, 1 January) is also the order's own
    /// (wording47): from it the child is out of the queue on either reading
    /// of cl. 18 — a sixth birthday on that 1 January itself, or on or
    /// after 1 September of the year before, whose exception in cl. 24 sub.
    /// 9 («ағымдағы жылдың 1 қыркүйегіне дейін 6 жасқа толмаған») ends when
    /// the current year changes. A sixth birthday from 2 January to 31
    /// August is later than Kezek's day: the order's own day
    /// ([`ReasonCode::AgeArchiveOrderDate`]) is said beside it. The archive
    /// lines' `$order`: `same` where this holds, `later` where not.
    pub fn archive_day_is_the_orders(&self) -> bool {
        self.archive_on.is_some_and(|on| self.sixth_birthday <= on)
    }
}

/// A headline of a child out of the queue on every reading
/// ([`AgeDecision::out_of_queue_on_every_reading`]).
fn out_of_queue_headline(r: ReasonCode) -> bool {
    matches!(
        r,
        ReasonCode::AgeOverOnEveryReading
            | ReasonCode::AgeTurnedSixArchived
            | ReasonCode::AgeTurnsSixByAcceptance
    )
}

/// Already 7 on the cut-off (1 September): over cl. 18's limit on either
/// reading, Kezek's and the full years' ("not yet 7").
fn over_on_every_reading(birth: NaiveDate, cutoff: NaiveDate) -> bool {
    anniversary(birth, 7) <= cutoff
}

/// Out of the queue on either reading of cl. 18, a child whose sixth
/// birthday falls before the cut-off: already 7 on it (over cl. 18 as
/// "not yet 7" too), or 6 by `today` (the day the application is judged
/// on) — cl. 24 sub. 9 removes from the queue the application of a child
/// «6 (алты) жасқа толған», excepting only «ағымдағы жылдың 1 қыркүйегіне
/// дейін 6 жасқа толмаған балалардан» (and a SEN child with a PMPC
/// conclusion): the other reading of cl. 18 lets such a child apply, and
/// the system takes the application out and archives it (when, the clause
/// does not say). (A child 7 on the cut-off has turned 6 by `today` too.)
fn out_on_every_reading(birth: NaiveDate, cutoff: NaiveDate, today: NaiveDate) -> bool {
    let sixth = anniversary(birth, 6);
    sixth < cutoff && sixth <= today
}

// The counting of ages is shared with order 414: one definition in common.
pub use crate::common::ages::{age_on, anniversary};

/// The day a child born on `birth` leaves the queue for age, without the SEN
/// exception (cl. 18 and cl. 24 p. 9 read as one rule, see the module doc):
/// 1 January of the first year whose 1 September the child reaches older than
/// 6. The child stands in the queue on every day before it and on none after.
pub fn archive_date(birth: NaiveDate) -> NaiveDate {
    let sixth = anniversary(birth, 6);
    let cutoff = NaiveDate::from_ymd_opt(sixth.year(), 9, 1).expect("1 September exists");
    let year = if sixth < cutoff {
        sixth.year()
    } else {
        sixth.year() + 1
    };
    NaiveDate::from_ymd_opt(year, 1, 1).expect("1 January exists")
}

/// Decides age eligibility on `case.as_of`.
///
/// At admission (00403002) the decision gives the admission's lines only
/// (audit26, finding 2): cl. 18 sets the limit «өтініш беру және кезекте болу
/// үшін» — to apply and to stand in the queue — and cl. 24 p. 9 archives the
/// queue's application; §2 (cl. 31–35) sets no age limit for admission, and
/// the child holding a referral has left the queue. So the reasons are the
/// referral's age lines of cl. 28 ([`ReasonCode::AgeReferralAge`],
/// [`ReasonCode::AgeCl28UnclearAdmission`]), cited to cl. 28 alone, and there is no
/// archive date. `eligible` and `sen_pmpc_exception` are still cl. 18's
/// facts, which no line says there.
pub fn decide(case: &Case) -> AgeDecision {
    decide_on(case, case.as_of.date())
}

/// [`decide`], the queue registration's age judged on `accepted_on`, the day
/// an application made now is accepted (`schedule.accepted_at`), where it is
/// later than today (review44): on egov.kz after working time the evening
/// before the sixth birthday the application is accepted on it or later, and
/// cl. 18's «ағымдағы жыл» is the year of acceptance — the safe reading, as
/// the one-month certificates and cl. 16's month are judged on that day.
/// `age_years`, `age_months` and the archive days' tense stay today's.
pub fn decide_on(case: &Case, accepted_on: NaiveDate) -> AgeDecision {
    if case.service == Service::Admission {
        let queue = queue_decision(case, case.as_of.date());
        // cl. 28 counts the age «жолдама беру кезінде»: the referral is
        // given in the queue kept by the education department (cl. 4),
        // not by the kindergarten, the admission's provider (cl. 31), so
        // the caveat names the department, not "the provider".
        let not_over_6 = queue.sixth_birthday >= queue.cutoff;
        let reasons = if cl28_leaves_out(queue.sen_pmpc_exception, not_over_6) {
            vec![ReasonCode::AgeReferralAgeSenPmpc]
        } else {
            vec![
                ReasonCode::AgeReferralAge,
                ReasonCode::AgeCl28UnclearAdmission,
            ]
        };
        return AgeDecision {
            reasons,
            citations: vec![Citation::clause(28)],
            archive_on: None,
            ..queue
        };
    }
    queue_decision(case, accepted_on)
}

/// [`decide_on`], and the other reading of the portal's working time
/// (rules45): where an application made now on egov.kz after the
/// reception's 17:30 is accepted today by Kezek's 18:30 (R7) but, if
/// working time ends with the reception (Annex 2 p. 7 sub. 1 and 3), on
/// `after_reception`
/// ([`crate::schedule::accepted_on_if_working_time_ends_with_reception`]),
/// and the child, over cl. 18's limit by Kezek's reading only on
/// `accepted_on`, has turned 6 (before 1 September) by then — out of the
/// queue on either reading of cl. 18 (cl. 24 sub. 9) —
/// [`ReasonCode::AgeTurnedSixAfterReceptionReading`] is said right after
/// the headline, cited to cl. 24 sub. 9 and Annex 2 p. 7 sub. 1 and 3. The
/// headline stays R7's (`age.too_old`): the order settles neither reading
/// of working time, and on R7 the other reading of cl. 18 still counts.
///
/// At the year's turn (the year's last working day, 17:30–18:30: 31.12.2026,
/// 29.12.2028; rules47, review47) a child within
/// cl. 18's limit today, accepted today by R7, who on `after_reception`, in
/// the next year, has turned 6 before that year's 1 September — out of the
/// queue on either reading (cl. 24 sub. 9) on that reading of working time
/// — is told so after the archive's lines
/// ([`ReasonCode::AgeTurnedSixNextYearAfterReceptionReading`]).
pub fn decide_at(
    case: &Case,
    accepted_on: NaiveDate,
    after_reception: Option<NaiveDate>,
) -> AgeDecision {
    let mut decision = decide_on(case, accepted_on);
    let turned_six_then = after_reception
        .filter(|_| {
            case.service == Service::QueueRegistration && decision.over_by_kezeks_reading_only()
        })
        .is_some_and(|day| decide_on(case, day).turned_six_archived());
    // The archive day between the two days of acceptance (31 December,
    // 17:30–18:30; rules46): by R7 accepted before it, said "is"; if working
    // time ends with the reception, accepted on it or after it — said right
    // after the archive's line, as a reading of working time.
    let archived_between = case.service == Service::QueueRegistration
        && decision
            .archive_on
            .zip(after_reception)
            .is_some_and(|(on, day)| accepted_on.max(case.as_of.date()) < on && on <= day);
    if archived_between {
        if let Some(at) = decision
            .reasons
            .iter()
            .position(|r| *r == ReasonCode::AgeArchiveDate)
        {
            decision
                .reasons
                .insert(at + 1, ReasonCode::AgeArchiveDateAfterReceptionReading);
            for c in [
                Citation::annex(2, 7, Some(1)),
                Citation::annex(2, 7, Some(3)),
            ] {
                if !decision.citations.contains(&c) {
                    decision.citations.push(c);
                }
            }
        }
    }
    // Within cl. 18's limit on the day of acceptance by R7 (today, the
    // year's last working day between 17:30 and 18:30), but, if working time ends with the
    // reception, accepted in the next year when already 6, having turned 6
    // before that year's 1 September: then out of the queue on either
    // reading of cl. 18 (cl. 24 sub. 9), on the order's own day as on
    // Kezek's (rules47). Said after the archive's lines, which speak of the
    // days. (Eligible by R7 and out on the later day: the cut-off's year
    // has changed between the two days.)
    let out_next_year = case.service == Service::QueueRegistration
        && decision.eligible
        && !decision.sen_pmpc_exception
        && after_reception.is_some_and(|day| {
            day.year() > accepted_on.max(case.as_of.date()).year()
                && decide_on(case, day).turned_six_archived()
        });
    if out_next_year {
        // Right before Kezek's one rule, which every archive day has.
        let before = decision
            .reasons
            .iter()
            .position(|r| *r == ReasonCode::AgeOneRuleReading);
        if let Some(at) = before {
            decision
                .reasons
                .insert(at, ReasonCode::AgeTurnedSixNextYearAfterReceptionReading);
            cite_reception_reading(&mut decision);
        }
    }
    if turned_six_then {
        decision
            .reasons
            .insert(1, ReasonCode::AgeTurnedSixAfterReceptionReading);
        cite_reception_reading(&mut decision);
    }
    decision
}

/// cl. 28 «Ағымдағы жылғы 1 қыркүйекте 6 жастан аспайтын және … ПМПК
/// қорытындысы бар ерекше білім берілуіне қажеттілігі бар балалардан басқа
/// балаларға»: whether the clause leaves the child out under both of its
/// readings — as two groups (not over 6 on 1 September; SEN with a PMPC
/// conclusion) and as one (SEN with a PMPC conclusion not over 6): a SEN
/// child with the conclusion (`sen_pmpc`) not over 6 on 1 September
/// (`not_over_6`, Kezek's reading of the cut-off, see the module doc). Over
/// 6, the one-group reading counts its calendar-year age.
fn cl28_leaves_out(sen_pmpc: bool, not_over_6: bool) -> bool {
    sen_pmpc && not_over_6
}

/// The clauses of a line on the other reading of working time at the
/// age's limit (`decide_at`): cl. 24 sub. 9 (out of the queue once 6),
/// Annex 2 p. 7 sub. 1 (the reception until 17:30, the working day until
/// 18:30) and sub. 3 (after working time, the next working day) — each once.
fn cite_reception_reading(decision: &mut AgeDecision) {
    for c in [
        Citation::sub(24, 9),
        Citation::annex(2, 7, Some(1)),
        Citation::annex(2, 7, Some(3)),
    ] {
        if !decision.citations.contains(&c) {
            decision.citations.push(c);
        }
    }
}

/// The decision of cl. 18, 24 p. 9 and 28 for the queue (registration).
fn queue_decision(case: &Case, accepted_on: NaiveDate) -> AgeDecision {
    let today = case.as_of.date();
    // The day cl. 18 and cl. 24 sub. 9 are judged on (`decide_on`).
    let judged = accepted_on.max(today);
    let birth = case.child.birth_date;
    let cutoff = NaiveDate::from_ymd_opt(judged.year(), 9, 1).expect("1 September exists");
    let sixth = anniversary(birth, 6);
    let exception = case.sen_with_pmpc_conclusion();
    let within_limit = sixth >= cutoff;
    let eligible = within_limit || exception;
    let (age_years, age_months) = age_on(birth, today);
    // The headline, the exception's, the archive's three, the referral's two.
    let mut reasons = Vec::with_capacity(7);
    // Over the limit with the exception, the exception is the headline: it
    // says the child is over the limit and excepted, where "eligible" would
    // tell a parent of a 7-year-old that the child does not turn 6 before
    // 1 September.
    reasons.push(if within_limit {
        ReasonCode::AgeEligible
    } else if exception {
        ReasonCode::AgeSenPmpcException
    } else if over_on_every_reading(birth, cutoff) {
        // Already 7 on 1 September: over on either reading of cl. 18, said
        // flatly (as the refusal's detail says it), not as Kezek's reading.
        ReasonCode::AgeOverOnEveryReading
    } else if out_on_every_reading(birth, cutoff, judged) {
        // 6 already, before 1 September: within cl. 18 as "not yet 7", but
        // archived by cl. 24 sub. 9 — the other reading offered as help
        // would not help. Still 5 today (6 only by the day of acceptance):
        // said as the birthday and that day, not "has already turned 6"
        // (review45).
        if sixth <= today {
            ReasonCode::AgeTurnedSixArchived
        } else {
            ReasonCode::AgeTurnsSixByAcceptance
        }
    } else if judged.year() > today.year() {
        // Accepted in the next year: cl. 18's «ағымдағы жыл» is that year,
        // not "this year" (review45).
        ReasonCode::AgeTooOldOnAcceptance
    } else {
        ReasonCode::AgeTooOld
    });
    // Out of the queue on every reading: no referral is given from a queue
    // the child does not stand in, so cl. 28's age «жолдама беру кезінде»
    // is not said (Kezek's reading: cl. 26, 27 give referrals from the
    // queue).
    let out_of_queue = out_of_queue_headline(reasons[0]);
    let mut citations = vec![Citation::clause(18), Citation::sub(24, 9)];
    if !out_of_queue {
        citations.push(Citation::clause(28));
    }
    // cl. 18's exception is the conclusion's: a SEN child without it is
    // told that getting it lifts the limit.
    if !eligible && case.child.special_educational_needs {
        reasons.push(ReasonCode::AgeSenPmpcWouldExempt);
    }
    let archive_on = if exception {
        None
    } else {
        let on = archive_date(birth);
        // Each day said as past once it has come (the child is out of the
        // queue on it): not "is 01.01.2026" in December 2026. Still to come
        // but on or before the day an application made now is accepted
        // (31 December after working time, rules46): said with that day,
        // not as a day the application would leave the queue on.
        reasons.push(if on <= today {
            ReasonCode::AgeArchiveDatePast
        } else if on <= judged {
            ReasonCode::AgeArchiveDateBeforeAcceptance
        } else {
            ReasonCode::AgeArchiveDate
        });
        // cl. 24 sub. 9's own day, the sixth birthday, where it is later
        // than Kezek's (a sixth birthday before 1 September).
        // Said against the day of acceptance where the birthday comes on
        // or before it (31 December after working time, rules47): on the
        // order's day as on Kezek's, the application accepted then would
        // stand in the queue on no day (cl. 24 sub. 9 takes out the
        // application of a child «6 (алты) жасқа толған»), not a day for
        // the department to choose between.
        if on < sixth {
            reasons.push(if sixth <= today {
                ReasonCode::AgeArchiveOrderDatePast
            } else if sixth <= judged {
                ReasonCode::AgeArchiveOrderDateBeforeAcceptance
            } else {
                ReasonCode::AgeArchiveOrderDate
            });
        }
        reasons.push(ReasonCode::AgeOneRuleReading);
        Some(on)
    };
    if out_of_queue {
        // No referral, no referral age (see the citations above).
    } else if cl28_leaves_out(exception, within_limit) {
        reasons.push(ReasonCode::AgeReferralAgeSenPmpc);
    } else {
        reasons.push(ReasonCode::AgeReferralAge);
        reasons.push(ReasonCode::AgeCl28Unclear);
    }
    citations.dedup();
    AgeDecision {
        eligible,
        sen_pmpc_exception: exception,
        age_years,
        age_months,
        birth_date: birth,
        sixth_birthday: sixth,
        cutoff,
        archive_on,
        referral_age: today.year() - birth.year(),
        reasons,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::{date as d, CaseBuilder};

    /// The ordinary case of a child born `born`, evaluated on `on` at 10:00;
    /// with `sen_pmpc`, a child with special educational needs and a PMPC
    /// conclusion.
    fn case(born: NaiveDate, on: NaiveDate, sen_pmpc: bool) -> Case {
        let b = CaseBuilder::queue_registration()
            .child_born(born)
            .as_of(on.and_hms_opt(10, 0, 0).unwrap());
        if sen_pmpc { b.special_needs(true) } else { b }.build()
    }

    /// cl. 28 «Ағымдағы жылғы 1 қыркүйекте 6 жастан аспайтын және
    /// психологиялық-медициналық-педагогикалық консультацияның қорытындысы
    /// бар ерекше білім берілуіне қажеттілігі бар балалардан басқа
    /// балаларға»: read as two groups (not over 6; SEN with a PMPC
    /// conclusion) or as one (SEN with a PMPC conclusion not over 6), a SEN
    /// child with a PMPC conclusion not over 6 on 1 September is among the
    /// children the clause leaves out, so its calendar-year age is neither
    /// reading's. The walk of 05.12 (37c: admission of such a child born
    /// 10.05.2023, on Mon 30.11.2026) read "by one reading of cl. 28 the full
    /// years of this calendar year count" and "the age for a referral this
    /// year: 3". Over the limit (the one-group reading counts it) and without
    /// the conclusion, the reading stands as before.
    #[test]
    fn cl28_neither_reading_counts_the_calendar_year_age_of_a_sen_child_with_pmpc_not_over_6() {
        let on = d(2026, 11, 30);
        for sen_pmpc_not_over_6 in [
            case(d(2023, 5, 10), on, true),
            Case {
                service: Service::Admission,
                ..case(d(2023, 5, 10), on, true)
            },
        ] {
            let a = decide(&sen_pmpc_not_over_6);
            assert!(a.sen_pmpc_exception && a.sixth_birthday >= a.cutoff);
            assert!(
                !a.reasons.contains(&ReasonCode::AgeReferralAge),
                "{:?}: {:?}",
                sen_pmpc_not_over_6.service,
                a.reasons
            );
            assert!(a.reasons.contains(&ReasonCode::AgeReferralAgeSenPmpc));
            assert!(!a.reasons.contains(&ReasonCode::AgeCl28Unclear));
            assert!(!a.reasons.contains(&ReasonCode::AgeCl28UnclearAdmission));
            assert_eq!(a.citations.last(), Some(&Citation::clause(28)));
        }
        for reading_stands in [
            // Over 6 on 1 September, excepted by cl. 18: one group's reading
            // counts its calendar-year age.
            case(d(2019, 5, 10), on, true),
            // SEN without the conclusion: not in the clause's exception.
            CaseBuilder::queue_registration()
                .child_born(d(2023, 5, 10))
                .as_of(on.and_hms_opt(10, 0, 0).unwrap())
                .special_needs(false)
                .build(),
        ] {
            let a = decide(&reading_stands);
            assert!(a.reasons.contains(&ReasonCode::AgeReferralAge), "{a:?}");
            assert!(!a.reasons.contains(&ReasonCode::AgeReferralAgeSenPmpc));
        }
    }

    /// cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін (… ағымдағы
    /// жылдың 1 қыркүйегіне дейін 6 жасқа толмаған балалардан басқа)
    /// кезектен алып тастайды»: the order's own day for a child whose sixth
    /// birthday falls before 1 September is that birthday. Kezek's day
    /// (1 January of that year, cl. 18 read with it as one rule) is earlier:
    /// the safe reading. The walk of 05.12.2026 (born 10.03.2021) read
    /// «кезекте тұра алады» and the queue's end «01.01.2027» with no word of
    /// 10.03.2027. The card now says the order's day beside Kezek's. For a
    /// sixth birthday on or after 1 September the two days are one (sub. 9's
    /// exception lapses on 1 January): no such line; nor with the SEN
    /// exception (no archive), nor at admission.
    #[test]
    fn cl24_9_the_orders_own_day_is_the_sixth_birthday_kezeks_1_january_is_the_safe_reading() {
        let on = d(2026, 12, 5);
        let a = decide(&case(d(2021, 3, 10), on, false));
        assert!(a.eligible);
        assert_eq!(a.archive_on, Some(d(2027, 1, 1)));
        assert_eq!(a.sixth_birthday, d(2027, 3, 10));
        let at = a
            .reasons
            .iter()
            .position(|r| *r == ReasonCode::AgeArchiveDate);
        assert_eq!(
            a.reasons.get(at.unwrap() + 1),
            Some(&ReasonCode::AgeArchiveOrderDate),
            "{:?}",
            a.reasons
        );
        for same_day in [
            case(d(2020, 10, 10), on, false),
            case(d(2021, 3, 10), on, true),
            Case {
                service: Service::Admission,
                ..case(d(2021, 3, 10), on, false)
            },
        ] {
            let a = decide(&same_day);
            assert!(
                !a.reasons.contains(&ReasonCode::AgeArchiveOrderDate),
                "{:?}",
                a.reasons
            );
        }
        for lang in ["kk", "ru", "en"] {
            let ftl = crate::messages::ftl(lang).unwrap();
            let text = crate::messages::message_value(ftl, &ReasonCode::AgeArchiveOrderDate.key())
                .unwrap_or_else(|| panic!("{lang}"));
            assert!(text.contains("{ $birthday }"), "{lang}: {text}");
            assert!(
                text.contains("24") && text.contains("Kezek"),
                "{lang}: {text}"
            );
        }
    }

    /// cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін (…, ағымдағы
    /// жылдың 1 қыркүйегіне дейін 6 жасқа толмаған балалардан басқа) кезектен
    /// алып тастайды»: a child who has turned 6, and before 1 September of
    /// the current year, is out of the queue on either reading of cl. 18 —
    /// Kezek's puts the child over its limit, and the other («6 жастан
    /// аспайды» as "not yet 7"), which lets the child apply, is met by cl. 24
    /// sub. 9, which takes the application out of the queue and archives it
    /// (when, it does not say). The walk of 05.12.2026
    /// (kk, born 05.02.2020, 6 years 10 months) was offered the other reading
    /// as help («өтініш беруге болады») and told the two archive days,
    /// 01.01.2026 and 05.02.2026, as days to come. The other reading helps
    /// only a child not yet 6 (between 1 January and the sixth birthday
    /// before 1 September); past days are said as past.
    #[test]
    fn cl24_9_a_child_who_has_turned_6_before_1_september_is_out_on_every_reading() {
        use ReasonCode as R;
        let (past, to_come) = (true, false);
        // (today, born, eligible, headline, archive line's day past,
        // the order's own day (if said) past)
        for (today, born, eligible, headline, archive_past, order_past) in [
            // The walk: 6 on 05.02.2026, 7 on 05.02.2027.
            (
                d(2026, 12, 5),
                d(2020, 2, 5),
                false,
                R::AgeTurnedSixArchived,
                past,
                Some(past),
            ),
            // 6 on 31.08.2026, the last day before the cut-off.
            (
                d(2026, 12, 5),
                d(2020, 8, 31),
                false,
                R::AgeTurnedSixArchived,
                past,
                Some(past),
            ),
            // 6 on 28.02.2026 (born 29 February).
            (
                d(2026, 12, 5),
                d(2020, 2, 29),
                false,
                R::AgeTurnedSixArchived,
                past,
                Some(past),
            ),
            // 6 on 01.09.2026: not before 1 September, within both clauses
            // until 1 January 2027.
            (
                d(2026, 12, 5),
                d(2020, 9, 1),
                true,
                R::AgeEligible,
                to_come,
                None,
            ),
            // 6 today, after 1 September.
            (
                d(2026, 12, 5),
                d(2020, 12, 5),
                true,
                R::AgeEligible,
                to_come,
                None,
            ),
            // 6 on 02.09.2025 (after that year's cut-off), 7 on 02.09.2026
            // (after this year's): within cl. 18 as "not yet 7", but 6
            // before 1 September 2026 — archived.
            (
                d(2026, 12, 5),
                d(2019, 9, 2),
                false,
                R::AgeTurnedSixArchived,
                past,
                None,
            ),
            // 7 today, 6 on 05.12.2025.
            (
                d(2026, 12, 5),
                d(2019, 12, 5),
                false,
                R::AgeTurnedSixArchived,
                past,
                None,
            ),
            // 7 on 01.09.2026 or before: over cl. 18 on either reading.
            (
                d(2026, 12, 5),
                d(2019, 9, 1),
                false,
                R::AgeOverOnEveryReading,
                past,
                None,
            ),
            (
                d(2026, 12, 5),
                d(2019, 8, 31),
                false,
                R::AgeOverOnEveryReading,
                past,
                Some(past),
            ),
            // January–August: not yet 6, the sixth birthday before 1
            // September — over by Kezek's reading only (the other reading
            // keeps the child until cl. 24 sub. 9's day, to come).
            (
                d(2026, 3, 1),
                d(2020, 8, 31),
                false,
                R::AgeTooOld,
                past,
                Some(to_come),
            ),
            (
                d(2026, 3, 1),
                d(2020, 3, 2),
                false,
                R::AgeTooOld,
                past,
                Some(to_come),
            ),
            // 6 today, 1 March: cl. 24 sub. 9's day has come.
            (
                d(2026, 3, 1),
                d(2020, 3, 1),
                false,
                R::AgeTurnedSixArchived,
                past,
                Some(past),
            ),
            (
                d(2026, 8, 30),
                d(2020, 8, 31),
                false,
                R::AgeTooOld,
                past,
                Some(to_come),
            ),
            (
                d(2026, 8, 31),
                d(2020, 8, 31),
                false,
                R::AgeTurnedSixArchived,
                past,
                Some(past),
            ),
            (
                d(2026, 3, 1),
                d(2020, 9, 1),
                true,
                R::AgeEligible,
                to_come,
                None,
            ),
            // Kezek's day itself, 1 January: out of the queue that day.
            (
                d(2026, 1, 1),
                d(2020, 5, 10),
                false,
                R::AgeTooOld,
                past,
                Some(to_come),
            ),
            (
                d(2025, 12, 31),
                d(2020, 5, 10),
                true,
                R::AgeEligible,
                to_come,
                Some(to_come),
            ),
        ] {
            let at = format!("{born} on {today}");
            let a = decide(&case(born, today, false));
            assert_eq!(a.eligible, eligible, "{at}");
            assert_eq!(a.reasons[0], headline, "{at}: {:?}", a.reasons);
            assert_eq!(
                a.over_by_kezeks_reading_only(),
                headline == R::AgeTooOld,
                "{at}"
            );
            // The other reading is offered only where it helps.
            assert_eq!(
                a.reasons.contains(&R::AgeTooOld),
                headline == R::AgeTooOld,
                "{at}: {:?}",
                a.reasons
            );
            let (archive, archive_not) = if archive_past {
                (R::AgeArchiveDatePast, R::AgeArchiveDate)
            } else {
                (R::AgeArchiveDate, R::AgeArchiveDatePast)
            };
            assert!(a.reasons.contains(&archive), "{at}: {:?}", a.reasons);
            assert!(!a.reasons.contains(&archive_not), "{at}: {:?}", a.reasons);
            let order = |p: bool| {
                if p {
                    R::AgeArchiveOrderDatePast
                } else {
                    R::AgeArchiveOrderDate
                }
            };
            for p in [past, to_come] {
                assert_eq!(
                    a.reasons.contains(&order(p)),
                    order_past == Some(p),
                    "{at}: {:?}",
                    a.reasons
                );
            }
        }
        // Said so: the past days as past, the headline with cl. 24 sub. 9
        // and no "you may apply".
        for (lang, may_apply, was) in [
            ("kk", "өтініш беруге болады", "болды"),
            ("ru", "подать заявление можно", "было"),
            ("en", "you may apply", "was"),
        ] {
            let ftl = crate::messages::ftl(lang).unwrap();
            let text = |r: R| crate::messages::message_value(ftl, &r.key()).unwrap();
            let headline = text(R::AgeTurnedSixArchived);
            assert!(
                headline.contains("24") && headline.contains("18"),
                "{lang}: {headline}"
            );
            assert!(!headline.contains(may_apply), "{lang}: {headline}");
            assert!(text(R::AgeArchiveDatePast).contains("{ $date }"), "{lang}");
            assert!(text(R::AgeArchiveOrderDatePast).contains(was), "{lang}");
            assert!(
                text(R::AgeArchiveOrderDatePast).contains("{ $birthday }"),
                "{lang}"
            );
        }
    }

    #[test]
    fn cl18_born_1_september_is_exactly_six_and_eligible() {
        let a = decide(&case(d(2020, 9, 1), d(2026, 3, 1), false));
        assert!(a.eligible);
        assert_eq!(a.sixth_birthday, d(2026, 9, 1));
        assert_eq!(a.archive_on, Some(d(2027, 1, 1)));
    }

    #[test]
    fn cl18_born_31_august_is_over_six_on_1_september() {
        let a = decide(&case(d(2020, 8, 31), d(2026, 3, 1), false));
        assert!(!a.eligible);
        assert!(a.reasons.contains(&ReasonCode::AgeTooOld));
        assert_eq!(a.archive_on, Some(d(2026, 1, 1)));
    }

    /// cl. 18 on either reading: a child already 7 on 1 September is over
    /// the limit on Kezek's reading and on the other one, so the age card
    /// says so flatly (`age.over_on_every_reading`), not "Kezek's reading,
    /// ask the education department" (`age.too_old`), which stays for the
    /// child over by Kezek's reading only.
    #[test]
    fn cl18_a_child_seven_on_1_september_is_over_on_every_reading() {
        for (born, headline) in [
            // 6 on 31.08.2026, 7 on 31.08.2027: over by Kezek's reading only.
            (d(2020, 8, 31), ReasonCode::AgeTooOld),
            // 7 on 01.09.2026: over on either reading.
            (d(2019, 9, 1), ReasonCode::AgeOverOnEveryReading),
            (d(2019, 3, 1), ReasonCode::AgeOverOnEveryReading),
        ] {
            let a = decide(&case(born, d(2026, 3, 1), false));
            assert!(!a.eligible, "{born}");
            assert_eq!(a.reasons[0], headline, "{born}");
            assert_eq!(
                a.reasons.contains(&ReasonCode::AgeTooOld),
                headline == ReasonCode::AgeTooOld,
                "{born}: {:?}",
                a.reasons
            );
        }
    }

    /// cl. 28 «…балаларға жолдама беру кезінде баланың жасы күнтізбелік
    /// жылғы толық жасы бойынша есептеледі» counts the age when a referral is
    /// given, and referrals are given from the queue (cl. 26, 27). A child
    /// out of the queue on every reading — 6 before 1 September and 6
    /// already (cl. 24 sub. 9), or 7 on it (cl. 18) — stands in no queue to
    /// be given one: the walk of 05.12.2026 (born 05.02.2020) read, under
    /// "the child cannot stand in the queue", "Age counted for a referral
    /// this year: 6". No cl. 28 line and no cl. 28 citation for such a
    /// child; over by Kezek's reading only (another reading keeps the child
    /// in the queue) they stay.
    #[test]
    fn cl28_no_referral_age_for_a_child_out_of_the_queue_on_every_reading() {
        let cl28 = [
            ReasonCode::AgeReferralAge,
            ReasonCode::AgeCl28Unclear,
            ReasonCode::AgeReferralAgeSenPmpc,
        ];
        for (born, on) in [
            (d(2020, 2, 5), d(2026, 12, 5)),
            (d(2019, 9, 1), d(2026, 3, 1)),
        ] {
            let a = decide(&case(born, on, false));
            assert!(
                matches!(
                    a.reasons[0],
                    ReasonCode::AgeTurnedSixArchived | ReasonCode::AgeOverOnEveryReading
                ),
                "{born}: {:?}",
                a.reasons
            );
            assert!(
                a.reasons.iter().all(|r| !cl28.contains(r)),
                "{born}: {:?}",
                a.reasons
            );
            assert!(!a.citations.contains(&Citation::clause(28)), "{born}");
        }
        // Over by Kezek's reading only: the other reading keeps the child.
        let a = decide(&case(d(2020, 8, 31), d(2026, 3, 1), false));
        assert_eq!(a.reasons[0], ReasonCode::AgeTooOld);
        assert!(a.reasons.contains(&ReasonCode::AgeReferralAge));
        assert!(a.citations.contains(&Citation::clause(28)));
    }

    /// cl. 24 sub. 9 «1 қыркүйегіне дейін 6 жасқа толмаған»: the texts say
    /// what the rule does — a child who turns 6 before 1 September (by 31
    /// August) is over the limit, one turning 6 on 1 September is within it —
    /// not "older than 6", which many parents read a year late.
    #[test]
    fn cl18_cl24_9_age_texts_say_turns_6_before_1_september_not_older_than_6() {
        for (lang, says, not) in [
            ("kk", "1 қыркүйегіне дейін 6 жасқа толады", "6 жастан ас"),
            (
                "ru",
                "1 сентября текущего года ребенку исполнится",
                "больше 6 лет",
            ),
            ("en", "turns 6 before 1 September", "older than 6"),
        ] {
            let ftl = crate::messages::ftl(lang).unwrap();
            for r in [
                ReasonCode::AgeTooOld,
                ReasonCode::AgeArchiveDate,
                ReasonCode::AgeEligible,
            ] {
                let text = crate::messages::message_value(ftl, &r.key())
                    .unwrap_or_else(|| panic!("{lang} {r:?}"));
                assert!(!text.contains(not), "{lang} {r:?}: {text}");
            }
            let too_old =
                crate::messages::message_value(ftl, &ReasonCode::AgeTooOld.key()).unwrap();
            assert!(too_old.contains(says), "{lang}: {too_old}");
        }
    }

    #[test]
    fn the_decision_carries_the_birth_date_a_leap_day_child_is_not_28_february() {
        // Counting back 72 months from the sixth birthday gives 28.02.2020.
        let a = decide(&case(d(2020, 2, 29), d(2025, 12, 1), false));
        assert_eq!(a.birth_date, d(2020, 2, 29));
        assert_ne!(a.sixth_birthday - chrono::Months::new(72), a.birth_date);
    }

    #[test]
    fn cl18_born_29_february_turns_six_on_28_february() {
        let a = decide(&case(d(2020, 2, 29), d(2025, 12, 1), false));
        assert_eq!(a.sixth_birthday, d(2026, 2, 28));
        assert!(a.eligible, "in 2025 the cut-off is 1 Sep 2025");
        assert_eq!(a.archive_on, Some(d(2026, 1, 1)));
        let a = decide(&case(d(2020, 2, 29), d(2026, 1, 10), false));
        assert!(!a.eligible);
    }

    /// A SEN child with a PMPC conclusion over cl. 18's limit is in the queue
    /// by the exception alone: not told "does not turn 6 before 1 September"
    /// (a 7-year-old was), but that the child is over the limit and excepted.
    #[test]
    fn cl18_sen_child_over_the_limit_is_told_the_exception_not_that_it_is_within_it() {
        for (birth, today, within) in [
            (d(2019, 11, 3), d(2026, 11, 23), false),
            (d(2019, 5, 10), d(2026, 3, 1), false),
            (d(2021, 10, 1), d(2026, 3, 1), true),
        ] {
            let a = decide(&case(birth, today, true));
            assert!(a.eligible);
            let (headline, exception) = if within {
                (ReasonCode::AgeEligible, false)
            } else {
                (ReasonCode::AgeSenPmpcException, true)
            };
            assert_eq!(a.reasons[0], headline, "{birth}: {:?}", a.reasons);
            assert_eq!(
                a.reasons.contains(&ReasonCode::AgeEligible),
                within,
                "{birth}: {:?}",
                a.reasons
            );
            assert_eq!(
                a.reasons.contains(&ReasonCode::AgeSenPmpcException),
                exception
            );
        }
        // Before 1 September of the year named (`$year`, the year of the
        // day of acceptance: reread46).
        for (lang, says) in [
            (
                "kk",
                ["{ $year } жылғы 1 қыркүйекке дейін", "6 жасқа толады"],
            ),
            ("ru", ["до 1 сентября { $year } года", "ребенку исполнится"]),
            ("en", ["turns 6", "before 1 September { $year }"]),
        ] {
            let ftl = crate::messages::ftl(lang).unwrap();
            let text = crate::messages::message_value(ftl, &ReasonCode::AgeSenPmpcException.key())
                .unwrap();
            for s in says {
                assert!(text.contains(s), "{lang}: {s:?} not in {text}");
            }
        }
    }

    /// cl. 18 «… 6 жастан аспайды (психологиялық-медициналық-педагогикалық
    /// комиссияның қорытындысы бар ерекше білім берілуіне қажеттілігі бар
    /// балалардан басқа)»: the exception has no age of its own. A SEN child
    /// without the conclusion, over the limit, is offered it
    /// (`age.sen_pmpc_would_exempt`), whether over by Kezek's reading only
    /// (`age.too_old`) or, already 7 on 1 September, on every reading
    /// (`age.over_on_every_reading`). The text said to both "Kezek's reading
    /// of cl. 18 puts your child over its age limit" — to the 7-year-old, as
    /// if the other reading might let the child in. It now says both
    /// children's case and that the exception holds at 7 too.
    #[test]
    fn cl18_the_pmpc_exception_offered_says_a_child_7_on_1_september_is_over_on_every_reading() {
        let on = d(2026, 3, 1);
        for (born, headline, offered) in [
            // Within the limit: nothing to offer.
            (d(2021, 10, 1), ReasonCode::AgeEligible, false),
            // 6 on 31.08.2026: over by Kezek's reading only.
            (d(2020, 8, 31), ReasonCode::AgeTooOld, true),
            // 7 on 01.09.2026: over on every reading.
            (d(2019, 9, 1), ReasonCode::AgeOverOnEveryReading, true),
        ] {
            let sen_without_conclusion = CaseBuilder::queue_registration()
                .child_born(born)
                .as_of(on.and_hms_opt(10, 0, 0).unwrap())
                .special_needs(false)
                .build();
            let a = decide(&sen_without_conclusion);
            assert_eq!(a.reasons[0], headline, "{born}");
            assert_eq!(
                a.reasons.contains(&ReasonCode::AgeSenPmpcWouldExempt),
                offered,
                "{born}: {:?}",
                a.reasons
            );
        }
        for (lang, says) in [
            (
                "kk",
                [
                    "1 қыркүйекте 7 жаста",
                    "кез келген оқылымы бойынша",
                    "ерекшелікке жас белгілемейді",
                ],
            ),
            (
                "ru",
                [
                    "1 сентября уже 7 лет",
                    "при любом прочтении",
                    "возраста для этого исключения пункт 18 не устанавливает",
                ],
            ),
            (
                "en",
                [
                    "already 7 on 1 September",
                    "on every reading",
                    "sets no age for the exception",
                ],
            ),
        ] {
            // Offered (no conclusion yet) and applied (the conclusion held,
            // cl18_sen_child_with_pmpc_is_exempt: born 10.05.2019, 7 on 1
            // September): both say the same of a child already 7.
            let ftl = crate::messages::ftl(lang).unwrap();
            for code in [
                ReasonCode::AgeSenPmpcWouldExempt,
                ReasonCode::AgeSenPmpcException,
            ] {
                let text = crate::messages::message_value(ftl, &code.key()).unwrap();
                for w in says {
                    assert!(text.contains(w), "{lang} {code:?}: {w:?} not in {text}");
                }
            }
        }
    }

    #[test]
    fn cl18_sen_child_with_pmpc_is_exempt() {
        let a = decide(&case(d(2019, 5, 10), d(2026, 3, 1), true));
        assert!(a.eligible);
        assert!(a.reasons.contains(&ReasonCode::AgeSenPmpcException));
        assert_eq!(a.archive_on, None);
    }

    #[test]
    fn cl18_cl24_9_one_age_rule_queue_ends_1_january_of_the_year_over_six() {
        // Born 10.05.2020: on 1 September 2026 the child is over 6, so from
        // 1 January 2026 it may neither apply nor stand in the queue (cl. 18) —
        // and the archive date is that same day, not the sixth birthday.
        let a = decide(&case(d(2020, 5, 10), d(2026, 3, 1), false));
        assert!(!a.eligible);
        assert_eq!(a.archive_on, Some(d(2026, 1, 1)));
        assert!(a.reasons.contains(&ReasonCode::AgeOneRuleReading));
        assert_eq!(archive_date(d(2021, 5, 10)), d(2027, 1, 1));
        assert_eq!(archive_date(d(2021, 12, 31)), d(2028, 1, 1));
        assert_eq!(archive_date(d(2021, 9, 1)), d(2028, 1, 1));
        assert_eq!(archive_date(d(2021, 8, 31)), d(2027, 1, 1));
    }

    proptest::proptest! {
        /// One rule: the child is eligible (without the SEN exception) exactly
        /// on the days before the archive date.
        #[test]
        fn cl18_eligible_exactly_before_the_archive_date(
            birth_days in 0i64..4000, offset in 0i64..4000,
        ) {
            let birth = d(2015, 1, 1) + chrono::Duration::days(birth_days);
            let today = birth + chrono::Duration::days(offset);
            let c = case(birth, today, false);
            let a = decide(&c);
            proptest::prop_assert_eq!(a.eligible, today < a.archive_on.unwrap());
        }

        /// cl. 18 and cl. 24 sub. 9: Kezek's archive day is the order's own
        /// exactly where, judged on that day, the child is out of the queue
        /// on either reading of cl. 18 (wording47).
        #[test]
        fn cl24_9_the_archive_day_is_the_orders_exactly_where_out_on_every_reading(
            birth_days in 0i64..4000,
        ) {
            let birth = d(2015, 1, 1) + chrono::Duration::days(birth_days);
            let a = decide(&case(birth, birth, false));
            let on = a.archive_on.unwrap();
            let cutoff = NaiveDate::from_ymd_opt(on.year(), 9, 1).unwrap();
            proptest::prop_assert_eq!(
                a.archive_day_is_the_orders(),
                out_on_every_reading(birth, cutoff, on),
                "{}", birth
            );
        }
    }

    #[test]
    fn cl28_garbled_clause_is_flagged_not_stated_as_settled() {
        let a = decide(&case(d(2022, 12, 31), d(2026, 1, 5), false));
        assert!(a.reasons.contains(&ReasonCode::AgeCl28Unclear));
    }

    #[test]
    fn cl28_referral_age_in_full_years_of_the_calendar_year() {
        let a = decide(&case(d(2022, 12, 31), d(2026, 1, 5), false));
        assert_eq!(a.referral_age, 4);
        assert_eq!((a.age_years, a.age_months), (3, 0));
    }

    #[test]
    fn age_on_counts_full_months() {
        assert_eq!(age_on(d(2023, 1, 31), d(2023, 2, 27)), (0, 0));
        // No 31 February: the month is complete on the 28th.
        assert_eq!(age_on(d(2023, 1, 31), d(2023, 2, 28)), (0, 1));
        assert_eq!(age_on(d(2020, 2, 29), d(2026, 2, 28)), (6, 0));
    }
}
