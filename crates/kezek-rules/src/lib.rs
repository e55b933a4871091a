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
    #[test]
    fn edition_names_both_orders() {
        assert!(super::EDITION.contains("254"));
        assert!(super::EDITION.contains("464"));
    }
}
