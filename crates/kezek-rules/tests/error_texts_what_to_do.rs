//! The errors a parent meets at a field of the wizard say what to do, not
//! only what is wrong (the guide: "a clear, translated error that says what
//! to do"): the change date of cl. 16 (step 2), and an IIN's length and birth
//! date (steps 2 and 3).

use kezek_rules::testing::order254::text;

#[test]
fn field_errors_of_the_wizard_say_what_to_do() {
    let does = |lang: &str, t: &str| match lang {
        "kk" => ["тексеріңіз", "енгізіңіз"].iter().any(|v| t.contains(v)),
        "ru" => ["роверьте", "кажите", "ведите", "верьте"]
            .iter()
            .any(|v| t.contains(v)),
        _ => ["heck", "nter"].iter().any(|v| t.contains(v)),
    };
    let mut silent = Vec::new();
    for key in [
        "error-case-change-in-future",
        "error-iin-not-12-digits",
        "error-iin-bad-date",
    ] {
        for lang in ["kk", "ru", "en"] {
            let t = text(lang, key);
            if !does(lang, t) {
                silent.push(format!("{lang} {key}: {t}"));
            }
        }
    }
    assert!(silent.is_empty(), "{}", silent.join("\n"));
}
