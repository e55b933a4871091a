//! Golden end-to-end cases: every `examples/cases/*.json` is evaluated and the
//! result compared with `examples/expected/*.json`. `UPDATE_GOLDEN=1 cargo test
//! -p kezek-rules --test golden` rewrites the expected files (review the diff).

use std::path::PathBuf;

fn dir(sub: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(sub)
}

#[test]
fn golden_cases_match_expected_outputs() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut names: Vec<PathBuf> = std::fs::read_dir(dir("cases"))
        .expect("examples/cases exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 10, "at least 10 example cases");
    std::fs::create_dir_all(dir("expected")).unwrap();
    let mut failures = Vec::new();
    for path in &names {
        let input = std::fs::read_to_string(path).unwrap();
        let case = kezek_rules::Case::from_json(&input)
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let eval = kezek_rules::evaluate(&case).unwrap();
        let actual = serde_json::to_string_pretty(&eval).unwrap() + "\n";
        let expected_path = dir("expected").join(path.file_name().unwrap());
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
            continue;
        }
        match std::fs::read_to_string(&expected_path) {
            Ok(expected) if expected == actual => {}
            Ok(_) => failures.push(format!("{} differs", expected_path.display())),
            Err(_) => failures.push(format!("{} is missing", expected_path.display())),
        }
    }
    assert!(
        failures.is_empty(),
        "{failures:#?}\nrun UPDATE_GOLDEN=1 cargo test -p kezek-rules --test golden and review the diff"
    );
}

/// Spot checks in the law's terms, so the golden files are not trusted blindly.
#[test]
fn golden_cases_say_what_the_law_says() {
    let eval = |name: &str| {
        let input = std::fs::read_to_string(dir("cases").join(format!("{name}.json"))).unwrap();
        kezek_rules::evaluate(&kezek_rules::Case::from_json(&input).unwrap()).unwrap()
    };
    use kezek_rules::checklist::Status;
    use kezek_rules::{Category, ReasonCode};

    let e = eval("01-portal-general-family");
    assert_eq!(e.category.category, Category::General);
    assert!(e.checklist.complete && e.refusal.risks.is_empty() && e.application.ready);

    let e = eval("02-office-serviceman-expired-certificate");
    assert_eq!(e.category.category, Category::OutOfTurn);
    assert_eq!(e.checklist.expired.len(), 1);
    assert!(e.refusal.reasons.contains(&ReasonCode::RefusalExpired));

    let e = eval("04-portal-sen-child-several-queues");
    assert!(e.age.eligible && e.age.sen_pmpc_exception);
    assert_eq!(e.queues.options.len(), 4);
    assert!(e.queues.several_at_once);

    let e = eval("06-portal-too-old-born-31-august");
    assert!(!e.age.eligible);
    assert!(e
        .refusal
        .reasons
        .contains(&ReasonCode::RefusalRequirementsNotMet));

    let e = eval("08-admission-office-complete");
    assert!(e.checklist.complete, "{:#?}", e.checklist.items);

    let e = eval("09-admission-portal-emergency-measures");
    assert!(e.checklist.items.iter().any(|i| i.status == Status::Later));

    let e = eval("10-admission-expired-referral-contraindication");
    assert!(e
        .refusal
        .reasons
        .contains(&ReasonCode::RefusalMedicalContraindication));
    assert!(e.refusal.reasons.contains(&ReasonCode::RefusalExpired));

    let e = eval("11-fourth-registration-after-priority-referral");
    assert_eq!(e.category.category, Category::General);
    // cl. 15 «кемінде 3 (үш) рет»: a fourth registration is noted, not refused.
    assert!(e.limits.beyond_guaranteed);
    assert!(!e
        .refusal
        .risks
        .iter()
        .any(|r| r.detail.contains(&ReasonCode::LimitTimesThreeOrMore)));
    // cl. 16: changed 02.11.2026, the month has passed at the end of 02.12.
    assert_eq!(
        e.limits
            .cl16
            .as_ref()
            .unwrap()
            .general_queue_from
            .to_string(),
        "2026-12-03"
    );

    let e = eval("13-portal-on-independence-day-evening");
    // cl. 22: five working days from sending on 16.12 (a holiday), not from 17.12.
    assert_eq!(e.schedule.originals_by.unwrap().to_string(), "2026-12-23");

    let e = eval("12-iin-birth-date-mismatch-no-consent");
    assert!(!e.iin.matches_birth_date);
    assert!(e
        .refusal
        .reasons
        .contains(&ReasonCode::RefusalUnreliableData));
    assert!(e.refusal.reasons.contains(&ReasonCode::RefusalNoConsent));

    let e = eval("14-as-of-before-amendment");
    assert!(e.edition_warning.is_some());
}
