//! The family-and-children services of order No. 414: the first screen
//! ("what do you need?", by life situation) and one generic screen that
//! renders any catalogue entry — questions, channel, eligibility, checklist,
//! refusal preview, due date and hand-off. Nothing here is specific to one
//! service: adding a service to `kezek_rules::catalogue` adds it here.

pub mod service;
pub mod start;

use kezek_rules::catalogue::Term;

use crate::i18n::I18n;

/// A term in words: "5 working days", "30 minutes".
pub fn term_text(i18n: &I18n, term: Term) -> String {
    let (key, n) = match term {
        Term::WorkingDays(n) => ("ui-term-working-days", n),
        Term::CalendarDays(n) => ("ui-term-calendar-days", n),
        Term::Minutes(n) => ("ui-term-minutes", n),
    };
    i18n.t_args(key, &[("n", n.to_string())])
}
