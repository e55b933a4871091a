//! A review of the seventh session's change (review43), order No. 414: what
//! the evaluation says that the text does not.

use kezek_rules::catalogue::{eligibility, FamilyFacts, AGE_REACHED_AFTER_SUBMISSION};

/// Annex 20 row 5 («он жасқа толған»): a child who turns ten after the day
/// of submission and by the day of acceptance meets the category on one day
/// only, and order No. 414 does not say on which day the age is taken — the
/// reason's own text says «the answer depends on the day (a reading)». Yet
/// `Eligibility::foretold` counted it a refusal the text states flatly (no
/// reading note), so the screen's lead and box would say «…бас тартылады» /
/// «…откажут», not "may refuse".
#[test]
fn ann20_row5_a_category_met_on_one_of_two_days_is_a_reading_not_foretold() {
    let day = |d: u32| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let facts = FamilyFacts {
        child_birth_date: chrono::NaiveDate::from_ymd_opt(2016, 11, 30),
        ..FamilyFacts::default()
    }
    .on(day(29).and_hms_opt(21, 0, 0).unwrap())
    .accepted_at(day(30).and_hms_opt(9, 0, 0).unwrap());
    let el = eligibility("00402013", &facts).unwrap();
    let reason = el
        .reasons
        .iter()
        .find(|r| r.code == AGE_REACHED_AFTER_SUBMISSION)
        .unwrap_or_else(|| panic!("{el:?}"));
    assert!(reason.rests_on_reading(), "{reason:?}");
    assert!(el.foretold().is_empty(), "{:?}", el.foretold());
}
