//! `kezek-rules`: the law as code.
//!
//! Order No. 254 of 19.06.2020 of the Minister of Education and Science of the
//! Republic of Kazakhstan, «Мектепке дейінгі білім беру саласында мемлекеттік
//! қызметтер көрсету қағидалары» (Rules of public services in preschool
//! education), as amended by order No. 464 of 18.11.2022. Every decision this
//! crate returns carries the citations that produced it.

pub mod age;
pub mod calendar;
pub mod case;
pub mod catalogue;
pub mod category;
pub mod checklist;
pub mod citation;
pub mod dates;
pub mod documents;
pub mod edition;
pub mod evaluate;
pub mod iin;
pub mod limits;
pub mod messages;
pub mod payload;
pub mod queues;
pub mod reason;
pub mod refusal;
pub mod schedule;
pub mod service;
pub mod wire;

pub use case::{Case, CaseError};
pub use category::{Category, Ground};
pub use citation::{Act, Citation};
pub use evaluate::{evaluate, evaluate_with, Evaluation};
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
