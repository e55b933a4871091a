//! The error summary of a step (GOV.UK pattern): hidden until a "Next" that
//! cannot proceed, which shows it and moves focus to it — every time.

use yew::prelude::*;

use crate::components::error_summary::focus_summary;

/// What [`use_step_errors`] gives.
#[derive(Clone, PartialEq)]
pub struct StepErrors {
    /// A "Next" on this screen was refused: the summary shows.
    pub shown: bool,
    /// A "Next" was refused: show the summary and focus it.
    pub refused: Callback<()>,
    /// Hide the summary (a new screen, or "Next" went through).
    pub hide: Callback<()>,
}

/// The step's error summary state.
#[hook]
pub fn use_step_errors() -> StepErrors {
    let shown = use_state(|| false);
    // Refused "Next" presses: each moves focus to the summary.
    let attempts = use_mut_ref(|| 0u32);
    let focus_on = use_state(|| 0u32);
    use_effect_with(*focus_on, |n| {
        if *n > 0 {
            focus_summary();
        }
    });
    let refused = {
        let (shown, focus_on) = (shown.clone(), focus_on.clone());
        Callback::from(move |()| {
            shown.set(true);
            let n = {
                let mut a = attempts.borrow_mut();
                *a += 1;
                *a
            };
            focus_on.set(n);
        })
    };
    let hide = {
        let shown = shown.clone();
        Callback::from(move |()| shown.set(false))
    };
    StepErrors {
        shown: *shown,
        refused,
        hide,
    }
}
