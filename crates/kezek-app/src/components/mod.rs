//! Small reusable pieces: labelled fields, the "why" expander, the progress
//! indicator, the language switcher.

pub mod field;
pub mod lang_switch;
pub mod progress;
pub mod why;
