//! Order No. 254's texts the last review left open (texts47), as step 5
//! says them: with their variables.

use crate::i18n::{I18n, Lang};
use crate::steps::result::age_lines;
use crate::steps::tests::{example, portal_case as case, props};
use kezek_rules::ReasonCode;

/// cl. 18 «ағымдағы жылғы 1 қыркүйекте»: sent on egov.kz on Thu 31.12.2026
/// at 18:31, the application is accepted on Tue 05.01.2027, and the current
/// year is 2027. A child born 10.03.2022 is within the limit; the age card
/// said "does not turn 6 before 1 September of this year" (2026 to the
/// parent). It says 1 September 2027.
#[test]
fn cl18_the_eligible_childs_headline_names_the_year_of_acceptance() {
    let c = case("2022-03-10", "2026-12-31T18:31");
    let e = example(&c.to_string());
    assert_eq!(e.age.reasons[0], ReasonCode::AgeEligible);
    assert_eq!(e.schedule.accepted_at.date().to_string(), "2027-01-05");
    for lang in Lang::ALL {
        let mut p = props(e.clone());
        p.i18n = I18n::new(lang);
        let headline = super::reason_text(&p, &e, ReasonCode::AgeEligible);
        assert!(headline.contains("2027"), "{lang:?}: {headline}");
        let said: Vec<String> = age_lines(&p, &e).into_iter().map(|l| l.text).collect();
        assert!(said.contains(&headline), "{lang:?}: {said:#?}");
        for w in [
            "{",
            "$",
            "this year",
            "ағымдағы жылдың 1",
            "текущего года ребенку",
        ] {
            assert!(!headline.contains(w), "{lang:?}: «{w}» {headline}");
        }
    }
}

/// Order 464 (in force «алғашқы ресми жарияланған күнінен кейін»), Kezek's
/// reading (`edition.rs`): not before 19.11.2022, certainly from
/// 01.01.2023. Step 5's warning for 01.12.2022 said "late 2022"; it says
/// both days.
#[test]
fn order464_step_5s_uncertain_edition_warning_says_its_days() {
    let e = example(&case("2021-03-10", "2022-12-01T10:00").to_string());
    let w = e.edition_warning.as_ref().expect("an edition warning");
    assert_eq!(w.reason, ReasonCode::EditionEffectiveDateUncertain);
    for lang in Lang::ALL {
        let mut p = props(e.clone());
        p.i18n = I18n::new(lang);
        let t = p.i18n.edition_warning(w);
        assert!(
            t.contains("01.01.2023") && t.contains("19.11.2022"),
            "{lang:?}: {t}"
        );
        assert!(!t.contains('{') && !t.contains('$'), "{lang:?}: {t}");
    }
}
