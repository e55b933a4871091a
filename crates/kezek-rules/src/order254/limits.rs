//! Limits on queuing («шектеулер»): how many times, and what follows a change of
//! preschool (cl. 15, 16, 19).
//!
//! cl. 15 (Kazakh text): «Баланың ата-анасы немесе заңды өкілі бір елді мекенде
//! мектеп жасына дейінгі кезеңде кезекке кемінде 3 (үш) рет тұра алады.»
//! «кемінде» means "at least": the sentence guarantees a parent three
//! registrations in one settlement and sets no upper limit. No source Kezek
//! holds states a cap (the Russian text, equally authentic, is not among its
//! sources). Reading (issue 15, item 5): Kezek predicts no refusal on this
//! ground, however many times the child was queued, and from the third
//! registration on tells the parent that the text sets no cap and that
//! practice may differ ([`ReasonCode::LimitTimesThreeOrMore`]).
//!
//! cl. 16: after an out-of-turn or first-priority referral to a *state* preschool,
//! a parent who chooses another preschool «бір ай өткен соң жалпы кезекке тұрады
//! және жекеменшік мектепке дейінгі ұйымға жолдама алады» — stands in the general
//! queue after one month and gets a referral to a private preschool.
//! Reading (issue 15, item 8): «бір ай өткен соң» is "after one month has
//! passed". By the periods rule Kezek uses everywhere (a period counted from an
//! event starts the next day and a month ends on the same date of the next
//! month, or that month's last day), the month after a change on 31 October
//! ends at the end of 30 November, so the general queue opens on 1 December —
//! the day after the month's last day. That is Kezek's count, the day to rely
//! on, and said as a reading (lawyer42): counted from the day of the choice
//! itself (or from its moment), the month has passed on 30 November, so on
//! that day the refusal is a reading too (`refusal.cl16_month_reading`).
//! cl. 19: choosing another preschool withdraws the child from the current one,
//! and the parent applies to the queue anew.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::case::Case;
use crate::citation::Citation;
use crate::reason::ReasonCode;
use crate::service::Service;

/// cl. 15: the number of registrations in one settlement the text guarantees
/// («кемінде 3 (үш) рет», at least three). Not a cap — Kezek's reading of
/// «кемінде» (see [`decide`]).
pub const GUARANTEED_TIMES_IN_SETTLEMENT: u32 = 3;

/// The consequences of cl. 16.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Cl16Consequence {
    /// The first day the general queue is open to the child again.
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub general_queue_from: NaiveDate,
    /// Whether that day has come on `as_of`.
    pub open_now: bool,
    /// Referrals then go to private preschools only.
    pub private_preschool_only: bool,
}

/// The limits decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LimitsDecision {
    /// Times already queued in this settlement.
    pub times_queued: u32,
    /// The child was queued at least the three times cl. 15 guarantees: the
    /// text sets no cap, so this is a note, not a refusal ground.
    pub beyond_guaranteed: bool,
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
    // cl. 15 «бір елді мекенде мектеп жасына дейінгі кезеңде кезекке кемінде
    // 3 (үш) рет тұра алады». Reading (Kezek's, a careful one; issue 15,
    // item 5): «кемінде» is "at least" — the sentence guarantees three
    // registrations and names no maximum, so Kezek reads it as setting no
    // upper limit and predicts no refusal on this ground, however many
    // times the child was queued. The Russian text, equally authentic, is
    // not among Kezek's sources. It is a reading, not the text's own words:
    // the parent is told it as Kezek's reading (`limit.times_ok`,
    // `limit.times_three_or_more`: «Kezek түсіндірмесі», «Толкование
    // Kezek», "Kezek's reading"), and from the third registration on that
    // practice may differ and to ask the office to name the rule.
    let beyond_guaranteed = times >= GUARANTEED_TIMES_IN_SETTLEMENT;
    let mut reasons = vec![if beyond_guaranteed {
        ReasonCode::LimitTimesThreeOrMore
    } else {
        ReasonCode::LimitTimesOk
    }];
    let mut citations = vec![Citation::clause(15)];
    // cl. 16's month is a queue application's wait («жалпы кезекке
    // тұрады»); at admission the referral is already held (lawyer29 Q1).
    let cl16 = case
        .previous_priority_referral
        .as_ref()
        .filter(|p| p.state_preschool && case.service == Service::QueueRegistration)
        // Required at queue registration (`case.change_day_required`).
        .and_then(|p| p.changed_on)
        .map(|changed_on| {
            // The month ends on the same date of the next month (or its last
            // day); the general queue opens the day after.
            let from = changed_on
                .checked_add_months(Months::new(1))
                .and_then(|d| d.succ_opt())
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
        beyond_guaranteed,
        cl16,
        cl19_new_application: case.changing_preschool,
        reasons,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::{date, CaseBuilder};

    fn case() -> CaseBuilder {
        CaseBuilder::queue_registration()
    }

    #[test]
    fn cl15_three_registrations_guaranteed() {
        let l = decide(&case().times_queued(2).build());
        assert!(!l.beyond_guaranteed);
        assert_eq!(l.reasons, vec![ReasonCode::LimitTimesOk]);
    }

    #[test]
    fn cl15_keminde_at_least_three_sets_no_cap() {
        // A fourth (and a tenth) registration: a note that the text sets no
        // cap, never the refusal ground Annex 2 p. 9 sub. 2.
        for times in [3, 9] {
            let l = decide(&case().times_queued(times).build());
            assert!(l.beyond_guaranteed);
            assert!(l.reasons.contains(&ReasonCode::LimitTimesThreeOrMore));
            assert!(!l.citations.contains(&Citation::annex(2, 9, Some(2))));
        }
    }

    /// cl. 15 «кезекке кемінде 3 (үш) рет тұра алады»: that it sets no
    /// upper limit is Kezek's reading of «кемінде» (the Russian text, equally
    /// authentic, is not among Kezek's sources). Step 7's limits card shows
    /// the parent the cl. 15 line under 3 registrations and from the third
    /// on: each says the no-cap part as Kezek's reading, in the house words,
    /// never as the rules' own.
    #[test]
    fn cl15_keminde_no_cap_is_said_as_kezeks_reading() {
        for times in [0, 3] {
            let l = decide(&case().times_queued(times).build());
            let first = l.reasons[0];
            for (lang, marker) in [
                ("kk", "Kezek түсіндірмесі"),
                ("ru", "Толкование Kezek"),
                ("en", "Kezek's reading"),
            ] {
                let text = crate::messages::message_value(
                    crate::messages::ftl(lang).unwrap(),
                    &first.key(),
                )
                .unwrap();
                assert!(text.contains(marker), "{times} {lang}: {text}");
            }
        }
    }

    #[test]
    fn cl16_general_queue_after_one_month_has_passed_and_private_preschool() {
        // Changed 31.10: the month ends with 30.11; «бір ай өткен соң» opens 01.12.
        let l = decide(
            &case()
                .left_priority_referral(true, date(2026, 10, 31))
                .build(),
        );
        let c = l.cl16.unwrap();
        assert_eq!(
            c.general_queue_from,
            NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
        );
        assert!(!c.open_now);
        assert!(c.private_preschool_only);
        // Changed 23.10: the month ends with 23.11, so on 23.11 it has not yet passed.
        let l = decide(
            &case()
                .left_priority_referral(true, date(2026, 10, 23))
                .build(),
        );
        let c = l.cl16.unwrap();
        assert_eq!(
            c.general_queue_from,
            NaiveDate::from_ymd_opt(2026, 11, 24).unwrap()
        );
        assert!(!c.open_now, "as of 23.11 the month has not passed");
    }

    #[test]
    fn cl16_does_not_apply_to_private_preschool_referral() {
        let l = decide(
            &case()
                .left_priority_referral(false, date(2026, 10, 1))
                .build(),
        );
        assert!(l.cl16.is_none());
    }

    /// cl. 16's month governs a queue application («бір ай өткен соң жалпы
    /// кезекке тұрады»): at admission the parent already holds a referral,
    /// so no wait is foretold there (lawyer29 Q1); the answer is read at
    /// admission only by the category (`category::cl16_applies`: the
    /// referral came from the general queue, cl. 22's second check has no
    /// priority right to check).
    #[test]
    fn cl16_no_wait_at_admission() {
        let l = decide(
            &crate::testing::CaseBuilder::admission()
                .left_priority_referral(true, date(2026, 10, 31))
                .build(),
        );
        assert!(l.cl16.is_none());
        assert!(!l.reasons.contains(&ReasonCode::LimitCl16WaitOneMonth));
        assert!(!l.citations.contains(&Citation::clause(16)));
    }

    #[test]
    fn cl19_changing_preschool_needs_new_application() {
        let l = decide(&case().changing_preschool().build());
        assert!(l.cl19_new_application);
        assert!(l.citations.contains(&Citation::clause(19)));
    }
}
