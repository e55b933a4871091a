//! The wording («редакция») of the catalogue Kezek applies and from when, so
//! that a request dated earlier is warned ([`EditionWarning`], the shape of
//! order No. 254's) instead of answered silently under rules not yet in force.
//!
//! Order No. 414 of 03.10.2022 (registered 04.10.2022, No. 30011), cl. 4:
//! «Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн
//! өткен соң қолданысқа енгізіледі». Its list item 3 (order 158's rules, the
//! services of Annexes 4–20) was amended by order No. 188 of 30.06.2023, which
//! also repealed Annexes 8, 9, 10 and 12 — the editor's note: «3-тармаққа
//! өзгеріс енгізілді – ҚР Оқу-ағарту министрінің 30.06.2023 № 188 (алғашқы
//! ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа
//! енгізіледі) бұйрығымен». Seed 001 is that amended text; items 1 and 2
//! (orders 513 and 407: Annexes 1–3) are order 414's alone.
//!
//! Neither publication day is in Kezek's sources. Readings chosen (a careful
//! lawyer's, each shown to the parent with its dates):
//! - an order is published at the earliest on the day it is signed, and
//!   «он күн өткен соң» is once ten whole calendar days have passed after the
//!   day of publication: in force on the eleventh day at the earliest —
//!   order 414 not before 14.10.2022, order 188 not before 11.07.2023. A date
//!   before is [`crate::edition::EditionWarningCode::BeforeEffective`]. (Published on the day
//!   of registration, 04.10.2022, order 414 would be in force a day later;
//!   Kezek does not assert that publication follows registration.)
//! - the publication within three months of signing: order 414 certainly in
//!   force from 1.01.2023, order 188 from 1.10.2023. A date between is
//!   [`crate::edition::EditionWarningCode::EffectiveDateUncertain`]; from then on no warning.

use chrono::NaiveDate;

use crate::citation::{Act, Citation};
use crate::edition::EditionWarning;
use crate::reason::ReasonCode;

/// The wording of order 414 Kezek applies: order 414 itself (list items 1
/// and 2), or as amended by order 188 (list item 3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// Order No. 414 of 03.10.2022 (Annexes 1–3: orders 513 and 407).
    Order414,
    /// Order No. 414 as amended by order No. 188 of 30.06.2023 (Annexes
    /// 4–20: order 158's rules, list item 3).
    Order188,
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// Order 414's own cl. 4 (its list has items 1–3 only: clause 4 without an
/// annex is the order's clause, not a list item).
pub const CL4: Citation = Citation {
    act: Act::Order414,
    article: None,
    annex: None,
    clause: Some(4),
    sub: None,
    sub_item: None,
};

impl Wording {
    /// The wording of the service of `annex`: list item 3 (Annexes 4–20)
    /// is order 188's.
    pub fn of_annex(annex: u8) -> Self {
        if annex >= 4 {
            Wording::Order188
        } else {
            Wording::Order414
        }
    }

    /// The earliest day it can be in force: ten calendar days passed after
    /// a publication on the day of signing.
    pub fn earliest_effective(self) -> NaiveDate {
        match self {
            Wording::Order414 => day(2022, 10, 14),
            Wording::Order188 => day(2023, 7, 11),
        }
    }

    /// The first day Kezek reads it as certainly in force (publication
    /// within three months of signing: a reading).
    pub fn certainly_effective(self) -> NaiveDate {
        match self {
            Wording::Order414 => day(2023, 1, 1),
            Wording::Order188 => day(2023, 10, 1),
        }
    }

    /// Where its day of entry into force comes from: cl. 4, and for order
    /// 188 the editor's note on list item 3.
    pub fn citations(self) -> Vec<Citation> {
        match self {
            Wording::Order414 => vec![CL4],
            Wording::Order188 => vec![CL4, super::rules_title(3)],
        }
    }
}

/// The warning for a request of the service of `annex` dated `as_of`, or
/// `None` when its wording is certainly in force.
pub fn edition_warning(annex: u8, as_of: NaiveDate) -> Option<EditionWarning> {
    let wording = Wording::of_annex(annex);
    let reasons = match wording {
        Wording::Order414 => [
            ReasonCode::EditionOrder414BeforeEffective,
            ReasonCode::EditionOrder414EffectiveDateUncertain,
        ],
        Wording::Order188 => [
            ReasonCode::EditionOrder188BeforeEffective,
            ReasonCode::EditionOrder188EffectiveDateUncertain,
        ],
    };
    EditionWarning::of(
        as_of,
        (wording.earliest_effective(), wording.certainly_effective()),
        reasons,
        || wording.citations(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Order 414 cl. 4 «күнтізбелік он күн өткен соң»: signed 03.10.2022, ten
    /// days pass 04.10–13.10, in force on 14.10.2022 at the earliest.
    #[test]
    fn order414_cl4_ten_calendar_days_after_the_day_of_publication() {
        let signed = day(2022, 10, 3);
        let w = Wording::Order414.earliest_effective();
        assert_eq!((w - signed).num_days(), 11);
        let signed188 = day(2023, 6, 30);
        assert_eq!(
            (Wording::Order188.earliest_effective() - signed188).num_days(),
            11
        );
    }

    #[test]
    fn order414_list_item3_is_order188s_wording() {
        assert_eq!(Wording::of_annex(2), Wording::Order414);
        assert_eq!(Wording::of_annex(3), Wording::Order414);
        assert_eq!(Wording::of_annex(4), Wording::Order188);
        assert_eq!(Wording::of_annex(20), Wording::Order188);
    }
}
