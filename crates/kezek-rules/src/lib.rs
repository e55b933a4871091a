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

/// Order No. 254's edition, written once for [`EDITION`] and [`EDITIONS`]
/// (`concat!` takes literals, not constants).
macro_rules! order254_edition {
    () => {
        "Order No. 254 of 19.06.2020 as amended by order No. 464 of 18.11.2022"
    };
}

/// The edition of the rules this crate implements.
pub const EDITION: &str = order254_edition!();

/// The edition of every order Kezek applies, in one line (`kezek edition`,
/// the JS API's `edition()`): order No. 254's ([`EDITION`], first, as it was
/// the whole answer before), then the catalogue's — order No. 414 of
/// 03.10.2022 (list items 1 and 2, Annexes 1–3), its list item 3 (Annexes
/// 4–20) as amended by order No. 188 of 30.06.2023 (`order414::edition`,
/// whose `EditionWarning::of` warns a request dated before either could be
/// in force).
pub const EDITIONS: &str = concat!(
    order254_edition!(),
    "; the service catalogue: order No. 414 of 03.10.2022 (Annexes 1–3), its list item 3 \
(Annexes 4–20) as amended by order No. 188 of 30.06.2023"
);

#[cfg(test)]
mod tests {
    /// [`super::EDITIONS`] begins with order 254's edition, the answer it
    /// was alone before (additive), and names order 414's and order 188's.
    #[test]
    fn order414_cl4_every_orders_edition_is_named_order254s_first() {
        assert!(super::EDITIONS.starts_with(super::EDITION));
        assert_eq!(
            super::EDITIONS[super::EDITION.len()..].chars().next(),
            Some(';')
        );
        for w in [
            crate::order414::edition::Wording::Order414,
            crate::order414::edition::Wording::Order188,
        ] {
            // Signed ten days before the earliest day in force.
            let signed = w.earliest_effective() - chrono::Days::new(11);
            let named = format!("of {}", signed.format("%d.%m.%Y"));
            assert!(super::EDITIONS.contains(&named), "{named}");
        }
    }

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
