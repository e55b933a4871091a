//! `kezek-rules`: the law as code.
//!
//! Two orders of the Minister of Education, on one set of shared pieces:
//!
//! - [`common`] — citations, the working-day calendar, the offices' hours
//!   and the one way terms are counted in them, the one date and local
//!   date-time parser, age arithmetic, the SHA-256 digest, the IIN, the
//!   Fluent texts, the one error object of every door;
//! - [`order254`] — order No. 254 of 19.06.2020, «Мектепке дейінгі білім беру
//!   саласында мемлекеттік қызметтер көрсету қағидалары» (preschool queue
//!   registration and admission), as amended by order No. 464 of 18.11.2022;
//! - [`order414`] — order No. 414 of 03.10.2022 (family-and-children
//!   services), also reachable as [`catalogue`].
//!
//! Every decision this crate returns carries the citations that produced it.
//!
//! Tests of this crate and (with the `test-support` feature) of the others
//! build their cases with `testing` (only in tests, never in the app; not in these
//! docs, which are built without the feature).

pub mod common;
pub mod order254;
pub mod order414;
#[cfg(any(test, feature = "test-support"))]
pub mod testing;

// The flat paths (`kezek_rules::case`, `kezek_rules::catalogue`, …) every
// binding and test uses stay valid: each names the module in its order.
pub use common::{calendar, citation, dates, iin, messages, wire};
pub use order254::{
    age, case, category, checklist, documents, edition, evaluate, information, limits, payload,
    queues, reason, refusal, schedule, service,
};
pub use order414 as catalogue;

pub use case::{Case, CaseError};
pub use category::{Category, Ground};
pub use citation::{Act, Citation};
pub use evaluate::{
    evaluate, evaluate_sections, evaluate_with, Evaluation, PartialEvaluation, Section, ValidCase,
};
pub use reason::ReasonCode;
pub use service::{Channel, Service};

/// The edition of the rules this crate implements.
pub const EDITION: &str = "Order No. 254 of 19.06.2020 as amended by order No. 464 of 18.11.2022";

#[cfg(test)]
mod tests {
    use crate::edition::{edition_warning, EditionWarningCode};

    /// The edition named to parents and integrators is the one whose entry
    /// into force the engine checks: the day order No. 464 was signed is
    /// before the edition, and the day after is its uncertain start.
    #[test]
    fn edition_names_both_orders_and_their_entry_into_force_is_checked() {
        assert!(super::EDITION.contains("Order No. 254 of 19.06.2020"));
        let signed = super::EDITION
            .split("order No. 464 of ")
            .nth(1)
            .and_then(|d| chrono::NaiveDate::parse_from_str(d.trim(), "%d.%m.%Y").ok())
            .expect("the edition names order No. 464 and the day it was signed");
        let code = |d| edition_warning(d).map(|w| w.code);
        assert_eq!(code(signed), Some(EditionWarningCode::BeforeEffective));
        assert_eq!(
            code(signed.succ_opt().unwrap()),
            Some(EditionWarningCode::EffectiveDateUncertain)
        );
    }
}
