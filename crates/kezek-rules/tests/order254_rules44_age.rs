//! Order No. 254's age (cl. 18, cl. 24 sub. 9) items a code review left
//! open (review44, rules44).
//!
//! 1. cl. 24 sub. 9 says what the queue system does with the application of
//!    a child who has turned 6 (takes it out of the queue and archives it),
//!    not when, nor that such an application is registered first.
//! 2. cl. 18 / cl. 24 sub. 9: the age is judged on the day an application
//!    made now is accepted, where that is later than today (as the one-month
//!    certificates and cl. 16's month are).

use kezek_rules::testing::order254::text;

/// cl. 24 sub. 9 «6 (алты) жасқа толған баланың өтінішін … кезектен алып
/// тастайды және оны … архивке орналастырады»: what the system does, not
/// when, nor that the application is registered first. The texts keep the
/// outcome and say no "at once" / "as soon as it is registered".
#[test]
fn cl24_9_the_turned_six_texts_do_not_say_when_the_application_is_archived() {
    for (lang, at_once) in [
        ("kk", ["бірден", "тіркелген бойда"]),
        ("ru", ["сразу", "после регистрации"]),
        ("en", ["at once", "as soon as"]),
    ] {
        for key in [
            "reason-age-turned-six-archived",
            "reason-refusal-age-turned-six",
        ] {
            let t = text(lang, key);
            for w in at_once {
                assert!(!t.contains(w), "{lang} {key}: {w}: {t}");
            }
            assert!(t.contains("24"), "{lang} {key}: {t}");
        }
    }
}
