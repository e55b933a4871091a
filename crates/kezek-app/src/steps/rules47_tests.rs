//! Order No. 254's age at the year's turn (rules47): the order's own
//! archive day against the day of acceptance, said on the age card with its
//! days.

use crate::i18n::{I18n, Lang};
use crate::steps::result::age_lines;
use crate::steps::tests::{example, portal_case as case, props};
use kezek_rules::ReasonCode;

/// cl. 24 sub. 9 and Annex 2 p. 7 sub. 1 and 3: a child born 03.01.2021
/// turns 6 on 03.01.2027 (the order's own archive day; Kezek's is
/// 01.01.2027). Sent on egov.kz on Thu 31.12.2026 at 18:31, the application
/// is accepted on Tue 05.01.2027: the card says the order's day against
/// that day. At 17:31 (accepted on 31.12.2026 by Kezek's working time, on
/// 05.01.2027 if working time ends at 17:30) the line of that reading says
/// the later day, the birthday and the year 2027. Each with its days, no
/// placeholder left.
#[test]
fn cl24_9_annex2_7_the_orders_own_day_on_the_age_card_names_the_day_of_acceptance() {
    for (as_of, code, days) in [
        (
            "2026-12-31T18:31",
            ReasonCode::AgeArchiveOrderDateBeforeAcceptance,
            &["03.01.2027", "05.01.2027"][..],
        ),
        (
            "2026-12-31T17:31",
            ReasonCode::AgeTurnedSixNextYearAfterReceptionReading,
            &["03.01.2027", "05.01.2027"][..],
        ),
    ] {
        let c = case("2021-01-03", as_of);
        let e = example(&c.to_string());
        assert!(
            e.age.reasons.contains(&code),
            "{as_of}: {:?}",
            e.age.reasons
        );
        for lang in Lang::ALL {
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let want = super::reason_text(&p, &e, code);
            let lines: Vec<String> = age_lines(&p, &e).into_iter().map(|l| l.text).collect();
            assert!(lines.contains(&want), "{as_of} {lang:?}: {lines:#?}");
            for d in days {
                assert!(want.contains(d), "{as_of} {lang:?}: {d} not in {want}");
            }
            // The year of the later day's 1 September, not this year's.
            let year = match lang {
                Lang::Kk => "2027 жылғы 1 қыркүйекке",
                Lang::Ru => "1 сентября 2027 года",
                Lang::En => "1 September 2027",
            };
            if code == ReasonCode::AgeTurnedSixNextYearAfterReceptionReading {
                assert!(want.contains(year), "{lang:?}: {year} not in {want}");
            }
            for w in ["{", "$"] {
                assert!(!want.contains(w), "{as_of} {lang:?}: {want}");
            }
        }
    }
}
