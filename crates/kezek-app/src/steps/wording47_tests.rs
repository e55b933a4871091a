//! Order No. 254's archive day said as the order's own where it is
//! (wording47): cl. 18 and cl. 24 sub. 9 give the same 1 January for a
//! sixth birthday on that day or on or after 1 September of the year
//! before; the age card said it "by Kezek's reading" only.

use crate::i18n::{I18n, Lang};
use crate::steps::result::age_lines;
use crate::steps::tests::{example, portal_case as case, props};
use kezek_rules::ReasonCode;

/// What calls the archive day Kezek's reading only, in each language.
fn reading_only(lang: Lang) -> [&'static str; 3] {
    match lang {
        Lang::Kk => [
            "Kezek түсіндірмесі бойынша (төменде) өтініштің",
            "Kezek түсіндірмесі бойынша ол кезекте бір күн",
            "осы түсіндірме бойынша ол кезекте",
        ],
        Lang::Ru => [
            "По толкованию Kezek (ниже), день",
            "по толкованию Kezek оно не простоит",
            "по этому толкованию оно не простоит",
        ],
        Lang::En => [
            "By Kezek's reading (below), the day",
            "by Kezek's reading it would not stand",
            "by this reading it would not stand",
        ],
    }
}

/// cl. 18 (Kezek's reading: over the limit from 1 January of the year
/// before whose 1 September the child turns 6) and cl. 24 sub. 9 («6
/// (алты) жасқа толған баланың өтінішін (… ағымдағы жылдың 1 қыркүйегіне
/// дейін 6 жасқа толмаған балалардан басқа) кезектен алып тастайды»): a
/// child born 01.01.2020 turns 6 on 01.01.2026, Kezek's day; one born
/// 15.10.2020 has turned 6 before 1 September 2027 from 01.01.2027, when the
/// current year changes; the rows of 31 December (born 01.01.2021, sent on
/// 31.12.2026 at 17:31 and 18:31). On those days the order's own terms
/// take the child out on either reading of cl. 18, and the line said "by
/// Kezek's reading" only. A child born 10.03.2020 (or 03.01.2021) turns 6
/// after Kezek's day: the line stays a reading.
#[test]
fn cl18_cl24_9_the_archive_day_is_said_as_the_orders_own_where_it_is() {
    for (born, as_of, code, same) in [
        (
            "2020-01-01",
            "2025-06-01T10:00",
            ReasonCode::AgeArchiveDate,
            true,
        ),
        (
            "2020-10-15",
            "2026-06-01T10:00",
            ReasonCode::AgeArchiveDate,
            true,
        ),
        (
            "2020-10-15",
            "2027-02-01T10:00",
            ReasonCode::AgeArchiveDatePast,
            true,
        ),
        (
            "2021-01-01",
            "2026-12-31T17:31",
            ReasonCode::AgeArchiveDateAfterReceptionReading,
            true,
        ),
        (
            "2021-01-01",
            "2026-12-31T18:31",
            ReasonCode::AgeArchiveDateBeforeAcceptance,
            true,
        ),
        (
            "2020-03-10",
            "2025-06-01T10:00",
            ReasonCode::AgeArchiveDate,
            false,
        ),
        (
            "2020-03-10",
            "2026-06-01T10:00",
            ReasonCode::AgeArchiveDatePast,
            false,
        ),
        (
            "2021-01-03",
            "2026-12-31T17:31",
            ReasonCode::AgeArchiveDateAfterReceptionReading,
            false,
        ),
        (
            "2021-01-03",
            "2026-12-31T18:31",
            ReasonCode::AgeArchiveDateBeforeAcceptance,
            false,
        ),
    ] {
        let e = example(&case(born, as_of).to_string());
        let at = format!("born {born}, {as_of}");
        assert!(e.age.reasons.contains(&code), "{at}: {:?}", e.age.reasons);
        assert_eq!(e.age.archive_day_is_the_orders(), same, "{at}");
        for lang in Lang::ALL {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let text = super::reason_text(&p, &e, code);
            let lines: Vec<String> = age_lines(&p, &e).into_iter().map(|l| l.text).collect();
            assert!(lines.contains(&text), "{at} {lang:?}: {lines:#?}");
            let reading = reading_only(lang);
            if same {
                for w in reading {
                    assert!(!text.contains(w), "{at} {lang:?}: «{w}» in {text}");
                }
                assert!(text.contains("24"), "{at} {lang:?}: {text}");
            } else {
                assert!(
                    reading.iter().any(|w| text.contains(w)),
                    "{at} {lang:?}: {text}"
                );
            }
            for w in ["{", "$"] {
                assert!(!text.contains(w), "{at} {lang:?}: {text}");
            }
        }
    }
}
