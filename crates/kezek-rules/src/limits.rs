//! Limits on queuing («шектеулер»): how many times, and what follows a change of
//! preschool (cl. 15, 16, 19).
//!
//! cl. 15 (Kazakh text): «Баланың ата-анасы немесе заңды өкілі бір елді мекенде
//! мектеп жасына дейінгі кезеңде кезекке кемінде 3 (үш) рет тұра алады.»
//! «кемінде» literally means "at least": read alone, the sentence guarantees a
//! minimum and sets no cap. Read in context — a limit clause placed among the
//! queue rules, with a number that only makes sense as a ceiling — the
//! drafters meant "no more than three times" («не более»); the Russian text,
//! which is equally authentic (Law on legal acts, art. 21), is not among
//! Kezek's sources and was not checked. Kezek's reading, as a careful lawyer
//! would advise a parent: both readings allow three registrations; a fourth is
//! at real risk of refusal (Annex 2 p. 9 sub. 2, non-compliance with the rules),
//! so Kezek warns from the fourth on and shows the wording note instead of
//! blocking the parent.
//!
//! cl. 16: after an out-of-turn or first-priority referral to a *state* preschool,
//! a parent who chooses another preschool «бір ай өткен соң жалпы кезекке тұрады
//! және жекеменшік мектепке дейінгі ұйымға жолдама алады» — stands in the general
//! queue after one month and gets a referral to a private preschool.
//! cl. 19: choosing another preschool withdraws the child from the current one,
//! and the parent applies to the queue anew.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::citation::Citation;
use crate::reason::ReasonCode;

/// The cap Kezek applies for cl. 15 (see the module doc for the reading).
pub const MAX_TIMES_IN_SETTLEMENT: u32 = 3;

/// The consequences of cl. 16.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cl16Consequence {
    /// The first day the general queue is open to the child again.
    pub general_queue_from: NaiveDate,
    /// Whether that day has come on `as_of`.
    pub open_now: bool,
    /// Referrals then go to private preschools only.
    pub private_preschool_only: bool,
}

/// The limits decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LimitsDecision {
    /// Times already queued in this settlement.
    pub times_queued: u32,
    /// Registrations left under the cap (0 when reached).
    pub remaining: u32,
    /// The cap is reached: a new registration risks refusal.
    pub limit_reached: bool,
    /// cl. 16, when it applies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cl16: Option<Cl16Consequence>,
    /// cl. 19 applies: the child leaves the current preschool and the parent re-applies.
    pub cl19_new_application: bool,
    /// Reason codes.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

/// Decides the limits for `case`.
pub fn decide(case: &Case) -> LimitsDecision {
    let times = case.times_queued_in_settlement;
    let limit_reached = times >= MAX_TIMES_IN_SETTLEMENT;
    let mut reasons = vec![if limit_reached {
        ReasonCode::LimitTimesReached
    } else {
        ReasonCode::LimitTimesOk
    }];
    let mut citations = vec![Citation::clause(15)];
    if limit_reached {
        citations.push(Citation::annex(2, 9, Some(2)));
    }
    let cl16 = case
        .previous_priority_referral
        .as_ref()
        .filter(|p| p.state_preschool)
        .map(|p| {
            let from = p
                .changed_on
                .checked_add_months(Months::new(1))
                .unwrap_or(NaiveDate::MAX);
            reasons.push(ReasonCode::LimitCl16WaitOneMonth);
            citations.push(Citation::clause(16));
            Cl16Consequence {
                general_queue_from: from,
                open_now: case.as_of.date() >= from,
                private_preschool_only: true,
            }
        });
    if case.changing_preschool {
        reasons.push(ReasonCode::LimitCl19NewApplication);
        citations.push(Citation::clause(19));
    }
    LimitsDecision {
        times_queued: times,
        remaining: MAX_TIMES_IN_SETTLEMENT.saturating_sub(times),
        limit_reached,
        cl16,
        cl19_new_application: case.changing_preschool,
        reasons,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn case(extra: &str) -> Case {
        Case::from_json(&format!(
            r#"{{"service":"00403001","channel":"egov_portal","as_of":"2026-11-23T10:00",
            "applicant":{{"role":"parent"}},
            "child":{{"birth_date":"2023-05-10","settlement":"Astana"}}{extra}}}"#
        ))
        .unwrap()
    }

    #[test]
    fn cl15_three_registrations_allowed() {
        let l = decide(&case(r#","times_queued_in_settlement":2"#));
        assert!(!l.limit_reached);
        assert_eq!(l.remaining, 1);
    }

    #[test]
    fn cl15_kemínde_read_as_cap_of_three_fourth_is_at_risk() {
        let l = decide(&case(r#","times_queued_in_settlement":3"#));
        assert!(l.limit_reached);
        assert_eq!(l.remaining, 0);
        assert!(l.reasons.contains(&ReasonCode::LimitTimesReached));
    }

    #[test]
    fn cl16_general_queue_after_one_month_and_private_preschool() {
        let l = decide(&case(
            r#","previous_priority_referral":{"state_preschool":true,"changed_on":"2026-10-31"}"#,
        ));
        let c = l.cl16.unwrap();
        assert_eq!(
            c.general_queue_from,
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        );
        assert!(!c.open_now);
        assert!(c.private_preschool_only);
    }

    #[test]
    fn cl16_does_not_apply_to_private_preschool_referral() {
        let l = decide(&case(
            r#","previous_priority_referral":{"state_preschool":false,"changed_on":"2026-10-01"}"#,
        ));
        assert!(l.cl16.is_none());
    }

    #[test]
    fn cl19_changing_preschool_needs_new_application() {
        let l = decide(&case(r#","changing_preschool":true"#));
        assert!(l.cl19_new_application);
        assert!(l.citations.contains(&Citation::clause(19)));
    }
}
