//! `kezek-rules`: the law as code.
//!
//! Order No. 254 of 19.06.2020 of the Minister of Education and Science of the
//! Republic of Kazakhstan, «Мектепке дейінгі білім беру саласында мемлекеттік
//! қызметтер көрсету қағидалары» (Rules of public services in preschool
//! education), as amended by order No. 464 of 18.11.2022. Every decision this
//! crate returns carries the citations that produced it.

pub mod citation;
pub mod service;

pub use citation::{Act, Citation};
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
