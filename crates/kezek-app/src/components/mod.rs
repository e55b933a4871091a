//! Small reusable pieces: the error summary, labelled fields, the "why" expander, the progress
//! indicator, the language switcher, the record's QR code, the copyable answers
//! and the "for specialists" panel of the confirmation pages, the forecast's
//! words and chart, the page frame (header, footer, a screen's section).

pub mod copyable_answers;
pub mod error_summary;
pub mod field;
pub mod forecast;
pub mod frame;
pub mod lang_switch;
pub mod progress;
pub mod record_qr;
pub mod register_card;
pub mod specialists;
pub mod why;
