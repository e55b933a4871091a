//! Order No. 414, a parent's walkthrough of the family-and-children services
//! on a phone (03.12.2026, eighth session): what a parent read on each
//! screen against the service's annex. Each test was written before its fix
//! and seen failing.

use kezek_rules::testing::catalogue_text;
use kezek_rules::testing::evaluate_request_json as eval;
use serde_json::json;

fn codes(list: &serde_json::Value) -> Vec<String> {
    kezek_rules::testing::field_of_each(list, "code")
}

/// Annex 20 row 5 (and the service's name): the decision is on the opinion
/// of a child «он жасқа толған». Its one category is an age; a parent whose
/// child is nine was told «the child is in none of the categories the
/// service is for» — no category named, nothing to act on. The reason says
/// the child is not ten yet and when to apply; the other services' reason
/// for no category stays as it was.
#[test]
fn annex20_5_a_child_under_ten_is_told_the_age_not_a_category() {
    // (now, born, reasons)
    let rows: &[(&str, &str, &[&str])] = &[
        // Nine on Thursday 03.12.2026; ten on 01.05.2027.
        ("2026-12-03T10:00", "2017-05-01", &["child-under-ten"]),
        // The day before the tenth birthday, at the office.
        ("2026-12-03T10:00", "2016-12-04", &["child-under-ten"]),
        // Ten that day: in the category, no reason.
        ("2026-12-03T10:00", "2016-12-03", &[]),
    ];
    for &(at, born, reasons) in rows {
        let ev = eval(
            json!({"service":"00402013","channel":"provider_office","as_of":at,
            "facts":{"child_birth_date":born,"applicant_is_legal_representative":true}}),
        );
        let el = &ev["eligibility"];
        assert_eq!(codes(&el["reasons"]), reasons, "{at} {born}: {el}");
        assert_eq!(el["eligible"], reasons.is_empty(), "{at} {born}: {el}");
    }
    // The text names the age and says when to apply, in every language.
    for (lang, ten, when) in [
        ("kk", "он жас", "толғаннан кейін"),
        ("ru", "десят", "после"),
        ("en", "ten", "on or after"),
    ] {
        let text = catalogue_text(lang, "refusal-child-under-ten");
        assert!(text.contains(ten) && text.contains(when), "{lang}: {text}");
    }
    // School meals (Annex 17, four categories): still «none of the categories».
    let ev = eval(
        json!({"service":"00403008","channel":"provider_office","as_of":"2026-12-03T10:00",
        "facts":{"family_receives_targeted_social_assistance":false,"per_capita_income_below_subsistence":false,
        "child_orphan":false,"child_without_parental_care":false,"family_in_emergency_or_collegial_category":false,
        "child_in_state_education_institution":true}}),
    );
    assert_eq!(
        codes(&ev["eligibility"]["reasons"]),
        ["not-in-any-category"]
    );
}

/// Annex 18 row 8 item 5 (office, State Corporation, school) and item 4
/// (portal): the medical certificate «071/у нысанына сәйкес сауықтыру
/// лагеріне баратын оқушыға берілетін» is on the list without a condition —
/// «баратын оқушыға» is the form's name (the pupil it is issued to), and
/// every pupil this service is for goes to a camp (out-of-town or school
/// camp, «қала сыртындағы және мектеп жанындағы лагерьлерде демалуы үшін»).
/// A parent asked «Is the child going to a health camp?» who answered no
/// (a school camp) had it dropped from the checklist, and the receipt
/// preview at the State Corporation said the set was complete — the
/// receipt of Annex 19 refuses to accept an incomplete set.
#[test]
fn annex18_8_5_the_071_certificate_is_on_every_camp_list() {
    for channel in [
        "provider_office",
        "state_corporation",
        "education_organisation",
        "egov_portal",
    ] {
        let ev = eval(
            json!({"service":"00403009","channel":channel,"as_of":"2026-12-03T10:00",
            "facts":{"child_in_state_education_institution":true,"family_receives_targeted_social_assistance":true,
            "going_to_health_camp":false}}),
        );
        let ids = kezek_rules::testing::field_of_each(&ev["checklist"], "id");
        assert!(ids.iter().any(|i| i == "medical_071"), "{channel}: {ids:?}");
    }
    // Not a question any more: nothing to answer that could drop it.
    assert!(
        !kezek_rules::catalogue::questions("00403009")
            .unwrap()
            .contains(&"going_to_health_camp"),
        "the camp question is still asked"
    );
}

/// Annex 13 (the service's name; row 8 item 3, the court decision on the
/// deprivation): the applicant must be a parent deprived of parental rights.
/// A parent who answered «not deprived» read «The child is in none of the
/// categories the service is for» — the category is the parent's, not the
/// child's. The reason names the parent and the deprivation.
#[test]
fn annex13_8_3_a_parent_not_deprived_is_told_the_service_is_for_a_deprived_parent() {
    for (facts, reasons) in [
        (
            json!({"applicant_deprived_of_parental_rights": false}),
            vec!["not-deprived-parent"],
        ),
        (
            json!({"applicant_deprived_of_parental_rights": true}),
            vec![],
        ),
    ] {
        let ev = eval(
            json!({"service":"00402010","channel":"provider_office","as_of":"2026-12-03T10:00","facts":facts}),
        );
        assert_eq!(codes(&ev["eligibility"]["reasons"]), reasons, "{facts}");
    }
    for (lang, words) in [
        ("kk", ["ата-ана құқықтарынан айырылған", "айырылмағансыз"]),
        ("ru", ["лишенному родительских прав", "не лишены"]),
        ("en", ["deprived of parental rights", "not deprived"]),
    ] {
        let text = catalogue_text(lang, "refusal-not-deprived-parent");
        assert!(words.iter().all(|w| text.contains(w)), "{lang}: {text}");
        assert!(
            !text.contains("Бала ") && !text.contains("Ребенок ") && !text.contains("The child is"),
            "{lang}: {text}"
        );
    }
}

/// Annex 15 (the list's title: «Шалғайдағы ауылдық елді мекендерде тұратын
/// балаларды … тегін тасымалдауды ұсыну»): the one category is a child
/// living in a remote rural settlement. A family that answered «no» read
/// «none of the categories» — which one, the parent could not tell. The
/// reason names the settlement.
#[test]
fn annex15_title_a_family_not_in_a_remote_settlement_is_told_the_service_is_for_one() {
    for (facts, reasons) in [
        (
            json!({"lives_in_remote_rural_settlement": false}),
            vec!["not-remote-rural-settlement"],
        ),
        (json!({"lives_in_remote_rural_settlement": true}), vec![]),
    ] {
        let ev = eval(
            json!({"service":"00403007","channel":"provider_office","as_of":"2026-12-03T10:00","facts":facts}),
        );
        assert_eq!(codes(&ev["eligibility"]["reasons"]), reasons, "{facts}");
    }
    for (lang, word) in [
        ("kk", "шалғайдағы ауылдық елді мекен"),
        ("ru", "отдаленном сельском"),
        ("en", "remote rural settlement"),
    ] {
        let text = catalogue_text(lang, "refusal-not-remote-rural-settlement");
        assert!(text.contains(word), "{lang}: {text}");
    }
}

/// Annex 20 row 5 (the category «он жасқа толған», one child): a parent
/// whose child is nine read «Apply on or after the child's tenth birthday»
/// and no date (walk 44). The rules give the day to apply from: the tenth
/// birthday (born 10.03.2018: 10.03.2028), beside `child-under-ten` and
/// `age-reached-after-submission`; no day for another reason nor without
/// a birth date.
#[test]
fn annex20_5_a_child_under_ten_is_given_the_day_to_apply_from() {
    use chrono::NaiveDate;
    use kezek_rules::catalogue::{
        apply_from, FamilyFacts, AGE_REACHED_AFTER_SUBMISSION, CHILD_UNDER_TEN, NOT_IN_ANY_CATEGORY,
    };
    let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
    let facts = FamilyFacts {
        child_birth_date: Some(d(2018, 3, 10)),
        ..FamilyFacts::default()
    };
    assert_eq!(apply_from(CHILD_UNDER_TEN, &facts), Some(d(2028, 3, 10)));
    assert_eq!(
        apply_from(AGE_REACHED_AFTER_SUBMISSION, &facts),
        Some(d(2028, 3, 10))
    );
    assert_eq!(apply_from(NOT_IN_ANY_CATEGORY, &facts), None);
    assert_eq!(apply_from(CHILD_UNDER_TEN, &FamilyFacts::default()), None);
    // The same day the category is met on: ten that day, no reason.
    let ev = eval(json!({"service":"00402013","channel":"provider_office",
        "as_of":"2028-03-10T10:00","facts":{"child_birth_date":"2018-03-10"}}));
    assert!(!codes(&ev["eligibility"]["reasons"]).contains(&CHILD_UNDER_TEN.to_owned()));
    let ev = eval(json!({"service":"00402013","channel":"provider_office",
        "as_of":"2028-03-09T10:00","facts":{"child_birth_date":"2018-03-10"}}));
    assert!(codes(&ev["eligibility"]["reasons"]).contains(&CHILD_UNDER_TEN.to_owned()));
}
