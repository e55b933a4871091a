//! Errors of the queue crate: the engine's one wire error
//! ([`kezek_rules::wire::ErrorObject`]) — a stable code (`snapshot.*`,
//! `csv.*`, `query.*`, `forecast.*`), the line and field where known, and a
//! plain message. Never a panic on input.
//!
//! The field is a path in the input the caller gave, by one rule for
//! [`crate::position`] and [`crate::forecast`] (the JS API's `position(snapshot,
//! application)` and `forecast(snapshot, application, options)`): a field of
//! the snapshot is the path inside it, as reading it names it
//! (`queues[0].applications[3].submitted`, `as_of`) — the document the
//! question is about, named as a case's or a request's fields are; a field of
//! the question is under `application` (`application.submitted`), one of
//! the forecast's options under `options` (`options.birth_date`), so the
//! snapshot's fields and the options' are told apart. The command line names
//! the question's and the options' by their flags (`--submitted`,
//! `--birth-date`: `kezek-cli`'s `queue_cmd::flag_of`); the embedding frame
//! names a snapshot's fields under its message's member, `snapshot`.

/// Bad input or an impossible query: the one error object of every door.
pub use kezek_rules::wire::ErrorObject as QueueError;

/// A code marked `(row)`, as itself (for [`codes!`]).
macro_rules! marked {
    (row $code:literal) => {
        $code
    };
}

/// [`CODES`] and [`ROW_CODES`] from one table: every code, and those of
/// them whose line names a wrong row (marked `(row)`), each written once.
macro_rules! codes {
    ($($code:literal $(($row:ident))?,)*) => {
        /// Every code the queue crate's errors can carry (`error-<code>` is
        /// each one's text in the rules' Fluent files).
        pub const CODES: &[&str] = &[$($code),*];

        /// The codes whose `line` names one row of a queue table (the CSV
        /// list of applications) that is itself wrong, said "in line N of
        /// the queue table" before the reason (the app's step 7, as the JS
        /// API's and the command line's error objects carry the line). Not
        /// `csv.empty` (no row), `csv.bad_header` (the header: its text says
        /// the first line), `snapshot.too_large` (the whole table, at the row
        /// where it goes over) nor a JSON file's line
        /// (`snapshot.invalid_json`).
        pub const ROW_CODES: &[&str] = &[$($(marked!($row $code),)?)*];
    };
}

codes! {
    "snapshot.invalid_json",
    "snapshot.bad_schema",
    "snapshot.too_large",
    "snapshot.date_out_of_range",
    "snapshot.duplicate_id",
    "snapshot.duplicate_queue",
    "snapshot.no_queues",
    "snapshot.bad_id",
    "snapshot.text_too_long",
    "snapshot.text_control_character",
    "snapshot.submitted_after_snapshot" (row),
    "snapshot.birth_date_mismatch" (row),
    "csv.empty",
    "csv.unreadable" (row),
    "csv.line_too_long" (row),
    "csv.bad_header",
    "csv.wrong_column_count" (row),
    "csv.bad_id" (row),
    "csv.bad_date" (row),
    "csv.bad_group" (row),
    "csv.bad_status" (row),
    "csv.bad_queue" (row),
    "csv.bad_birth_year" (row),
    "query.unknown_queue",
    "query.unknown_id",
    "query.referral_issued",
    "query.stop_list",
    "query.not_interested",
    "query.withdrawn",
    "query.archived",
    "query.birth_date_mismatch",
    "query.missing_submitted",
    "query.submitted_after_snapshot",
    "query.submitted_before_birth",
    "query.invalid",
    "forecast.empty_preference",
    "forecast.preference_not_in_bulletins",
    "forecast.by_before_snapshot",
    "forecast.birth_date_mismatch",
    "forecast.bad_probability",
    "forecast.bad_paths",
    "forecast.bad_seed",
    "forecast.bad_horizon",
    "forecast.bad_options",
    "forecast.archive_out_of_range",
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row's code is one of the crate's codes.
    #[test]
    fn every_row_code_is_a_code() {
        for code in ROW_CODES {
            assert!(CODES.contains(code), "{code}");
        }
    }
}
