//! The rules edition («редакция»): which text of order No. 254 Kezek implements
//! and from when, so that evaluating "as of" an earlier date warns instead of
//! answering silently under rules that were not yet in force.
//!
//! Order No. 464 of 18.11.2022 amended cl. 3, 4, 5, 8, 13, 18, 20, 28, 32 and the
//! annexes; each amendment note in seed 004 says it entered into force «алғашқы
//! ресми жарияланған күнінен кейін» — after the day of its first official
//! publication. The publication date is not in Kezek's sources.
//!
//! Reading chosen: the edition cannot be in force before 19.11.2022 (the day after
//! signing); a date before that gets [`EditionWarningCode::BeforeEffective`].
//! From 19.11.2022 to 31.12.2022 the exact day of entry into force is uncertain
//! and the date gets [`EditionWarningCode::EffectiveDateUncertain`]; from
//! 1.01.2023 the edition is certainly in force and there is no warning.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::citation::Citation;
use crate::reason::ReasonCode;

/// The earliest day the edition can be in force (the day after order 464 was signed).
pub fn earliest_effective() -> NaiveDate {
    NaiveDate::from_ymd_opt(2022, 11, 19).expect("valid date")
}

/// The first day the edition is certainly in force.
pub fn certainly_effective() -> NaiveDate {
    NaiveDate::from_ymd_opt(2023, 1, 1).expect("valid date")
}

/// Which warning.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum EditionWarningCode {
    /// "As of" is before the edition could be in force (order 254: order
    /// 464; the catalogue: order 414 cl. 4, or order 188 for list item 3).
    BeforeEffective,
    /// "As of" is in the weeks when the day of entry into force is not known
    /// (it runs from a publication Kezek's sources do not date).
    EffectiveDateUncertain,
}

/// A warning about the edition for an "as of" date: of order 254's
/// evaluation, and of the catalogue's (order 414 cl. 4, order 188).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct EditionWarning {
    /// Which warning.
    pub code: EditionWarningCode,
    /// The reason code (translation key).
    pub reason: ReasonCode,
    /// The date evaluated.
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub as_of: NaiveDate,
    /// The earliest day the edition can be in force.
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub effective_from: NaiveDate,
    /// The first day it is certainly in force (for the catalogue, Kezek's
    /// reading of an undated publication: the day its text names).
    #[cfg_attr(feature = "schema", schemars(with = "crate::dates::schema::Date"))]
    #[serde(serialize_with = "crate::dates::date::serialize")]
    pub certainly_from: NaiveDate,
    /// Where the effective date comes from (order 254: its clauses amended
    /// by order 464; the catalogue: order 414 cl. 4, the note on its list item 3).
    pub citations: Vec<Citation>,
}

/// The warning for `as_of`, or `None` when the edition is certainly in force.
pub fn edition_warning(as_of: NaiveDate) -> Option<EditionWarning> {
    EditionWarning::of(
        as_of,
        (earliest_effective(), certainly_effective()),
        [
            ReasonCode::EditionBeforeEffective,
            ReasonCode::EditionEffectiveDateUncertain,
        ],
        || vec![Citation::clause(3), Citation::clause(20)],
    )
}

impl EditionWarning {
    /// The warning for `as_of` of an edition in force from `effective_from`
    /// at the earliest and certainly from `certainly_from`: before the first,
    /// [`EditionWarningCode::BeforeEffective`] said by `reasons[0]`; between
    /// the two, [`EditionWarningCode::EffectiveDateUncertain`] said by
    /// `reasons[1]`; from the second on, `None`. One mechanism for order
    /// 254's edition and the catalogue's (order 414 cl. 4, order 188).
    pub fn of(
        as_of: NaiveDate,
        (effective_from, certainly_from): (NaiveDate, NaiveDate),
        reasons: [ReasonCode; 2],
        citations: impl FnOnce() -> Vec<Citation>,
    ) -> Option<Self> {
        let (code, reason) = if as_of < effective_from {
            (EditionWarningCode::BeforeEffective, reasons[0])
        } else if as_of < certainly_from {
            (EditionWarningCode::EffectiveDateUncertain, reasons[1])
        } else {
            return None;
        };
        Some(EditionWarning {
            code,
            reason,
            as_of,
            effective_from,
            certainly_from,
            citations: citations(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn edition_before_order_464_warns() {
        let w = edition_warning(d(2022, 11, 1)).unwrap();
        assert_eq!(w.code, EditionWarningCode::BeforeEffective);
        assert_eq!(w.reason, ReasonCode::EditionBeforeEffective);
        assert_eq!(
            edition_warning(d(2022, 11, 18)).unwrap().code,
            EditionWarningCode::BeforeEffective
        );
    }

    #[test]
    fn edition_publication_weeks_are_uncertain() {
        assert_eq!(
            edition_warning(d(2022, 11, 19)).unwrap().code,
            EditionWarningCode::EffectiveDateUncertain
        );
        assert_eq!(
            edition_warning(d(2022, 12, 31)).unwrap().code,
            EditionWarningCode::EffectiveDateUncertain
        );
    }

    #[test]
    fn edition_in_force_from_2023_has_no_warning() {
        assert_eq!(edition_warning(d(2023, 1, 1)), None);
        assert_eq!(edition_warning(d(2026, 11, 23)), None);
    }
}
