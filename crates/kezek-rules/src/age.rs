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
//! Kezek's reading, harmonising cl. 18 with cl. 24 p. 9 and with the service's
//! name «(6 жасқа дейін)» (under 6): "not older than 6 on 1 September" means the
//! sixth birthday falls on 1 September or later. A child born on 1 September is
//! exactly 6 on that day — not older — and stays eligible that year; a child born
//! on 31 August is 6 years and a day on 1 September and is not. The archive date
//! (cl. 24 p. 9 is the sixth birthday when it falls before 1 September; for a
//! birthday on or after 1 September the exception holds for the rest of that
//! calendar year, and on 1 January of the next year, when "the current year"
//! changes, the child no longer meets cl. 18 and the application is archived.
//! A child born on 29 February turns 6 on 28 February in a common year (a period
//! in years ends on the month's last day when the date does not exist).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::citation::Citation;
use crate::reason::ReasonCode;

/// The age decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AgeDecision {
    /// May apply and stay in the queue now (cl. 18).
    pub eligible: bool,
    /// Exempt from the age limit as a SEN child with a PMPC conclusion.
    pub sen_pmpc_exception: bool,
    /// Full years today.
    pub age_years: u32,
    /// Full months today.
    pub age_months: u32,
    /// The sixth birthday.
    pub sixth_birthday: NaiveDate,
    /// 1 September of the current year, the cut-off of cl. 18.
    pub cutoff: NaiveDate,
    /// The day the application would be archived for age (cl. 24 p. 9); `None` with the exception.
    pub archive_on: Option<NaiveDate>,
    /// The age used for a referral this calendar year (cl. 28).
    pub referral_age: i32,
    /// Reason codes.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

/// The date `years` after `birth` (28 February for a 29 February birth in a common year).
pub fn anniversary(birth: NaiveDate, years: u32) -> NaiveDate {
    birth
        .checked_add_months(Months::new(12 * years))
        .unwrap_or(NaiveDate::MAX)
}

/// Full years and the remaining full months between `birth` and `on`.
pub fn age_on(birth: NaiveDate, on: NaiveDate) -> (u32, u32) {
    if on < birth {
        return (0, 0);
    }
    let mut months = (on.year() - birth.year()) * 12 + on.month() as i32 - birth.month() as i32;
    if months > 0
        && birth
            .checked_add_months(Months::new(months as u32))
            .is_some_and(|d| d > on)
    {
        months -= 1;
    }
    let months = months.max(0) as u32;
    (months / 12, months % 12)
}

/// The archive-for-age date (cl. 24 p. 9) without the SEN exception.
pub fn archive_date(birth: NaiveDate) -> NaiveDate {
    let sixth = anniversary(birth, 6);
    let cutoff = NaiveDate::from_ymd_opt(sixth.year(), 9, 1).expect("1 September exists");
    if sixth < cutoff {
        sixth
    } else {
        NaiveDate::from_ymd_opt(sixth.year() + 1, 1, 1).expect("1 January exists")
    }
}

/// Decides age eligibility on `case.as_of`.
pub fn decide(case: &Case) -> AgeDecision {
    let today = case.as_of.date();
    let birth = case.child.birth_date;
    let cutoff = NaiveDate::from_ymd_opt(today.year(), 9, 1).expect("1 September exists");
    let sixth = anniversary(birth, 6);
    let exception = case.child.special_educational_needs && case.child.pmpc_conclusion;
    let within_limit = sixth >= cutoff;
    let eligible = within_limit || exception;
    let (age_years, age_months) = age_on(birth, today);
    let mut reasons = vec![if eligible {
        ReasonCode::AgeEligible
    } else {
        ReasonCode::AgeTooOld
    }];
    let mut citations = vec![
        Citation::clause(18),
        Citation::sub(24, 9),
        Citation::clause(28),
    ];
    if exception && !within_limit {
        reasons.push(ReasonCode::AgeSenPmpcException);
    }
    let archive_on = if exception {
        None
    } else {
        reasons.push(ReasonCode::AgeArchiveDate);
        Some(archive_date(birth))
    };
    reasons.push(ReasonCode::AgeReferralAge);
    citations.dedup();
    AgeDecision {
        eligible,
        sen_pmpc_exception: exception,
        age_years,
        age_months,
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

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn case(birth: &str, as_of: &str, sen_pmpc: bool) -> Case {
        Case::from_json(&format!(
            r#"{{"service":"00403001","channel":"egov_portal","as_of":"{as_of}T10:00",
            "applicant":{{"role":"parent"}},
            "child":{{"birth_date":"{birth}","settlement":"Astana",
            "special_educational_needs":{sen_pmpc},"pmpc_conclusion":{sen_pmpc}}}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn cl18_born_1_september_is_exactly_six_and_eligible() {
        let a = decide(&case("2020-09-01", "2026-03-01", false));
        assert!(a.eligible);
        assert_eq!(a.sixth_birthday, d(2026, 9, 1));
        assert_eq!(a.archive_on, Some(d(2027, 1, 1)));
    }

    #[test]
    fn cl18_born_31_august_is_over_six_on_1_september() {
        let a = decide(&case("2020-08-31", "2026-03-01", false));
        assert!(!a.eligible);
        assert!(a.reasons.contains(&ReasonCode::AgeTooOld));
        assert_eq!(a.archive_on, Some(d(2026, 8, 31)));
    }

    #[test]
    fn cl18_born_29_february_turns_six_on_28_february() {
        let a = decide(&case("2020-02-29", "2025-12-01", false));
        assert_eq!(a.sixth_birthday, d(2026, 2, 28));
        assert!(a.eligible, "in 2025 the cut-off is 1 Sep 2025");
        assert_eq!(a.archive_on, Some(d(2026, 2, 28)));
        let a = decide(&case("2020-02-29", "2026-01-10", false));
        assert!(!a.eligible);
    }

    #[test]
    fn cl18_sen_child_with_pmpc_is_exempt() {
        let a = decide(&case("2019-05-10", "2026-03-01", true));
        assert!(a.eligible);
        assert!(a.reasons.contains(&ReasonCode::AgeSenPmpcException));
        assert_eq!(a.archive_on, None);
    }

    #[test]
    fn cl24_9_archive_on_sixth_birthday_before_september() {
        assert_eq!(archive_date(d(2021, 5, 10)), d(2027, 5, 10));
        assert_eq!(archive_date(d(2021, 12, 31)), d(2028, 1, 1));
    }

    #[test]
    fn cl28_referral_age_in_full_years_of_the_calendar_year() {
        let a = decide(&case("2022-12-31", "2026-01-05", false));
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
