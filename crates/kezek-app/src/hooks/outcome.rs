//! The rules' evaluation of the answers at "now" on the calendar in force,
//! recomputed when either changes; the embedding page is told the category.

use std::rc::Rc;

use chrono::NaiveDateTime;
use kezek_rules::calendar::Calendar;
use yew::prelude::*;

use crate::draft::Draft;
use crate::state::Outcome;

/// The evaluation of `draft` at `now`; `calendar` is the embedding page's
/// calendar with its change count (the builtin one when `None`).
#[hook]
pub fn use_outcome(
    draft: &Draft,
    now: NaiveDateTime,
    calendar: (u32, Rc<Option<Calendar>>),
) -> Rc<Outcome> {
    let (version, calendar) = (calendar.0, crate::state::CalendarInUse(calendar.1));
    let outcome: Rc<Outcome> = use_memo((draft.clone(), now, version), move |(d, now, _)| {
        let cal = calendar.get();
        d.to_case(*now)
            .and_then(|c| kezek_rules::evaluate_with(&c, cal).map_err(Into::into))
    });
    // Tell the embedding page the category once it is known.
    use_effect_with(outcome.clone(), |o| {
        if let Ok(e) = o.as_ref() {
            crate::platform::emit(
                "result",
                &serde_json::json!({ "category": e.category.category, "queues": e.queues.options.len(), "complete": e.checklist.complete }),
            );
        }
    });
    outcome
}
