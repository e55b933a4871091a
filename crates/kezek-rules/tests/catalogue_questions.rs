//! Order No. 414, what is still a question (issue 16 items 2, 13 and 16):
//! «бала (балалар)» — the other children an application concerns — is asked
//! where the annex says "children" and only there; an answer the parent has
//! not given is a question, never the ordinary family's default
//! (`facts.unanswered`); the State Corporation's receipts of every annex.
//! Requests are JSON, the way the CLI and the JS API pass them.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{evaluate, question_key, questions, Request};
use kezek_rules::messages::{catalogue_ftl, message_value};
use serde_json::{json, Value};

/// The evaluation of a JSON request, serialised (what the CLI prints).
use kezek_rules::testing::evaluate_request_json as eval;

use kezek_rules::testing::checklist_line as line;

fn codes(v: &Value) -> Vec<String> {
    kezek_rules::testing::field_of_each(v, "code")
}

// Item 16. «бала (балалар)»: Annex 5 row 8 items 1, 3, 6 speak of the child
// or children; Annex 20 («Он жасқа толған баланың пiкiрiн ескеру») of one child.

#[test]
fn ann5_row8_item6_ann20_title_other_children_are_asked_only_where_the_annex_says_children() {
    assert!(questions("00402004")
        .unwrap()
        .contains(&"other_children_birth_dates"));
    for code in ["00402013", "00403008", "00403009", "00402003"] {
        assert!(
            !questions(code)
                .unwrap()
                .contains(&"other_children_birth_dates"),
            "{code} concerns one child"
        );
    }
    let key = question_key("other_children_birth_dates").expect("a question");
    for lang in ["kk", "ru", "en"] {
        assert!(
            message_value(catalogue_ftl(lang).unwrap(), key).is_some(),
            "{lang}: {key}"
        );
    }
}

#[test]
fn ann20_title_a_sibling_aged_ten_does_not_make_the_child_ten() {
    let v = eval(json!({"service": "00402013", "channel": "provider_office",
        "as_of": "2026-12-15T10:00",
        "facts": {"child_birth_date": "2018-05-01", "other_children_birth_dates": ["2014-05-01"]}}));
    assert_eq!(v["eligibility"]["eligible"], false, "{v}");
    assert!(codes(&v["eligibility"]["reasons"]).contains(&"child-under-ten".to_owned()));
}

#[test]
fn ann5_row9_item5_a_ward_sibling_under_fourteen_keeps_the_housing_risk() {
    // The child is 15, the brother 8; both orphans; the home is to be sold.
    let v = eval(json!({"service": "00402004", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"child_birth_date": "2011-05-01", "other_children_birth_dates": ["2018-05-01"],
                  "child_orphan": true, "housing_transaction_restricted": true}}));
    assert!(
        codes(&v["refusal_risks"]).contains(&"ward-housing-transaction".to_owned()),
        "{v}"
    );
    // Both 14 or older: no risk.
    let v = eval(json!({"service": "00402004", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"child_birth_date": "2011-05-01", "other_children_birth_dates": ["2012-01-01"],
                  "child_orphan": true, "housing_transaction_restricted": true}}));
    assert!(!codes(&v["refusal_risks"]).contains(&"ward-housing-transaction".to_owned()));
}

#[test]
fn ann5_row8_item6_other_children_not_yet_answered_is_a_question_and_keeps_the_opinion() {
    // The child is 8; whether there are other children is not answered yet.
    let v = eval(json!({"service": "00402004", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"child_birth_date": "2018-05-01", "unanswered": ["other_children_birth_dates"]}}));
    assert!(
        v["unknown_inputs"]
            .as_array()
            .unwrap()
            .contains(&json!("other_children_birth_dates")),
        "{v}"
    );
    let opinion = line(&v, "child_opinion").expect("the opinion stays until it is answered");
    assert_eq!(opinion["depends_on"], json!(["other_children_birth_dates"]));
    assert!(opinion.get("count").is_none(), "the number is not asserted");
    // Answered: no other children — an 8-year-old gives no opinion.
    let v = eval(json!({"service": "00402004", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"child_birth_date": "2018-05-01", "other_children_birth_dates": []}}));
    assert!(line(&v, "child_opinion").is_none(), "{v}");
}

// Item 2. An answer not given is a question, not the ordinary family's
// default: `facts.unanswered` names the questions the parent has not answered.

#[test]
fn ann18_title_an_unanswered_state_school_question_is_asked_not_assumed() {
    let answered = eval(json!({"service": "00403009", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"family_receives_targeted_social_assistance": true}}));
    assert_eq!(answered["eligibility"]["eligible"], true, "{answered}");
    let v = eval(json!({"service": "00403009", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"family_receives_targeted_social_assistance": true,
                  "unanswered": ["child_in_state_education_institution"]}}));
    let el = &v["eligibility"];
    assert_eq!(el["eligible"], false, "{v}");
    assert_eq!(
        el["reasons"],
        json!([]),
        "nothing is held against the family"
    );
    assert_eq!(
        el["pending"],
        json!(["child_in_state_education_institution"])
    );
    assert_eq!(
        v["unknown_inputs"],
        json!(["child_in_state_education_institution"])
    );
}

#[test]
fn ann17_row8_item5_one_category_answered_yes_needs_no_other_category_answer() {
    let v = eval(json!({"service": "00403008", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"family_receives_targeted_social_assistance": true,
                  "unanswered": ["per_capita_income_below_subsistence", "child_orphan",
                                 "child_without_parental_care", "child_brought_up_in_family",
                                 "family_in_emergency_or_collegial_category"]}}));
    assert_eq!(v["eligibility"]["eligible"], true, "{v}");
    assert!(v["eligibility"].get("pending").is_none(), "{v}");
    // And no category answered yes, one still open: a question, not "none".
    let v = eval(json!({"service": "00403008", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"unanswered": ["family_in_emergency_or_collegial_category"]}}));
    let el = &v["eligibility"];
    assert_eq!(el["eligible"], false);
    assert!(
        !codes(&el["reasons"]).contains(&"not-in-any-category".to_owned()),
        "{v}"
    );
    assert_eq!(
        el["pending"],
        json!(["family_in_emergency_or_collegial_category"])
    );
}

#[test]
fn ann17_row8_item2_an_unanswered_birth_registration_keeps_the_birth_certificate() {
    let v = eval(json!({"service": "00403008", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"family_receives_targeted_social_assistance": true,
                  "unanswered": ["child_birth_in_civil_registry", "child_born_abroad"]}}));
    let birth = line(&v, "birth_certificate").expect("kept while unanswered");
    assert_eq!(
        birth["depends_on"],
        json!(["child_birth_in_civil_registry", "child_born_abroad"])
    );
    // Answered as the ordinary family: not needed, and no `depends_on` anywhere.
    let v = eval(json!({"service": "00403008", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"family_receives_targeted_social_assistance": true}}));
    assert!(line(&v, "birth_certificate").is_none());
    assert!(v["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .all(|l| l.get("depends_on").is_none()));
}

#[test]
fn ann3_row9_a_ground_that_holds_decides_whatever_is_unanswered() {
    let v = eval(json!({"service": "00404004", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"applicant_minor": true, "unanswered": ["applicant_incapable", "citizenship"]}}));
    let el = &v["eligibility"];
    assert_eq!(el["eligible"], false);
    assert!(
        codes(&el["reasons"]).contains(&"applicant-minor".to_owned()),
        "{v}"
    );
    assert!(codes(&v["refusal_risks"]).contains(&"applicant-minor".to_owned()));
    assert!(
        !codes(&v["refusal_risks"]).contains(&"no-citizenship".to_owned()),
        "an unanswered question asserts no ground"
    );
}

#[test]
fn facts_unanswered_names_only_questions() {
    let err = Request::from_json(
        &json!({"service": "00403008", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
            "facts": {"unanswered": ["nmae"]}})
        .to_string(),
    )
    .and_then(|r| evaluate(&r, Calendar::builtin()))
    .unwrap_err();
    assert_eq!(err.code(), "catalogue.invalid_json");
    assert_eq!(err.field(), "facts.unanswered", "{err}");
}

// Item 13. The State Corporation's receipt of each annex it accepts (Annexes
// 7, 14, 16, 19) and rules 513 cl. 9 (the agency's set).

#[test]
fn ann7_ann14_ann16_ann19_each_state_corporation_receipt_names_its_annex() {
    for (code, receipt, facts) in [
        ("00402003", 7, json!({"child_orphan": true})),
        (
            "00402010",
            14,
            json!({"applicant_deprived_of_parental_rights": true}),
        ),
        (
            "00403007",
            16,
            json!({"lives_in_remote_rural_settlement": true}),
        ),
        (
            "00403009",
            19,
            json!({"family_receives_targeted_social_assistance": true}),
        ),
    ] {
        let v = eval(json!({"service": code, "channel": "state_corporation",
            "as_of": "2026-12-15T10:00", "facts": facts, "documents_held": []}));
        let r = &v["receipt"];
        assert_eq!(
            r["outcome"], "state_corporation_refuses_to_accept",
            "{code}: {v}"
        );
        assert_eq!(r["citations"][0]["annex"], receipt, "{code}");
        assert!(!r["missing"].as_array().unwrap().is_empty(), "{code}");
    }
}

#[test]
fn rules_513_cl9_an_incomplete_agency_set_is_refused_at_acceptance() {
    let v = eval(json!({"service": "00404005", "channel": "provider_office",
        "variant": "accreditation", "as_of": "2026-12-15T10:00", "documents_held": []}));
    assert_eq!(v["receipt"]["outcome"], "provider_refuses_to_accept", "{v}");
    // Order 414's list item 1 (order 513), the rules' clause 9.
    assert_eq!(v["receipt"]["citations"][0]["clause"], 1);
    assert_eq!(v["receipt"]["citations"][0]["sub"], 9);
}

#[test]
fn ann17_row8_item5_ii_a_family_receiving_tsa_is_not_asked_its_income_for_the_status_document() {
    // «… мемлекеттік атаулы әлеуметтік көмек алмайтын»: receiving TSA decides
    // category (ii) whatever the income, so its income documents are not
    // "may be needed".
    let v = eval(json!({"service": "00403008", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"family_receives_targeted_social_assistance": true,
                  "unanswered": ["per_capita_income_below_subsistence"]}}));
    assert!(line(&v, "status_income").is_none(), "{v}");
    let v = eval(json!({"service": "00403008", "channel": "egov_portal",
        "as_of": "2026-12-15T10:00",
        "facts": {"unanswered": ["per_capita_income_below_subsistence"]}}));
    assert_eq!(
        line(&v, "status_income").expect("may be needed")["depends_on"],
        json!(["per_capita_income_below_subsistence"])
    );
}

/// A birth date after the day of application is refused with the field named,
/// as order No. 254 refuses it (`case.birth_in_future`): the child's own
/// (Annex 14, the child aged 10 or older) and another child's (Annex 5, a
/// ward under 14), through every door's reader. The day itself is a birth.
#[test]
fn a_birth_after_the_day_of_application_is_refused_with_its_field() {
    let request = |child: &str, others: &[&str]| {
        json!({"service": "00402004", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
            "facts": {"child_birth_date": child, "other_children_birth_dates": others}})
        .to_string()
    };
    // (child, others, the field refused; "" = evaluated)
    let table: &[(&str, &[&str], &str)] = &[
        ("2026-12-16", &[], "facts.child_birth_date"),
        ("2030-01-01", &["2018-05-01"], "facts.child_birth_date"),
        (
            "2011-05-01",
            &["2018-05-01", "2027-01-01"],
            "facts.other_children_birth_dates[1]",
        ),
        ("2026-12-15", &["2026-12-15"], ""),
    ];
    for &(child, others, field) in table {
        let text = request(child, others);
        let got = kezek_rules::wire::read_input(&text).and_then(|input| match input {
            kezek_rules::wire::Input::Request(r) => evaluate(&r, Calendar::builtin())
                .map(drop)
                .map_err(Into::into),
            kezek_rules::wire::Input::Case(_) => panic!("a catalogue request"),
        });
        match (got, field) {
            (Ok(()), "") => {}
            (Err(e), f) if !f.is_empty() => {
                assert_eq!(
                    (e.code.as_str(), e.field.as_str()),
                    ("catalogue.birth_in_future", f),
                    "{child} {others:?}"
                );
                // Its field is the error object's own, not said again in
                // the message (review44: «facts.child_birth_date:
                // facts.child_birth_date: a birth date after …»).
                assert!(!e.message.starts_with(&e.field), "{e:?}");
            }
            (got, _) => panic!("{child} {others:?}: {got:?}"),
        }
    }
}

// Annex 3 row 9 items 2 and 3: «әрекетке қабілетсіз немесе әрекетке
// қабілеті шектеулі деп тануы» — incapable *or of limited capacity*. The
// question that leads to the ground asks both, in every language: a spouse
// of limited capacity answered "no" to a question about incapacity alone.
#[test]
fn ann3_row9_items2_3_the_capacity_questions_ask_limited_capacity_too() {
    for fact in ["applicant_incapable", "spouse_incapable"] {
        let key = question_key(fact).expect("a question");
        for (lang, words) in [
            ("kk", "қабілеті шектеулі"),
            ("ru", "ограниченно дееспособн"),
            ("en", "limited capacity"),
        ] {
            let text = message_value(catalogue_ftl(lang).unwrap(), key).expect("a text");
            assert!(text.contains(words), "{lang} {key}: {text}");
        }
    }
}
