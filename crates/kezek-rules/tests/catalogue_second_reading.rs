//! Order No. 414, second reading (issue 16): each answer the lawyer's review
//! found wrong or missing, as a test named after its annex and item. Facts
//! and requests are given as JSON, the way the CLI and the JS API pass them.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{
    checklist, eligibility, entry, refusal_risks, result_due, FamilyFacts, ServiceChannel,
};
use kezek_rules::messages::{catalogue_ftl, message_value};
use serde_json::{json, Value};

const OFFICE: ServiceChannel = ServiceChannel::OFFICE;
const SC: ServiceChannel = ServiceChannel::STATE_CORPORATION;
const PORTAL: ServiceChannel = ServiceChannel::PORTAL;

use kezek_rules::testing::at;

use kezek_rules::testing::family_facts as facts;

/// The evaluation of a JSON request, serialised (what the CLI prints).
use kezek_rules::testing::evaluate_request_json as eval;

fn ids(v: &Value) -> Vec<String> {
    kezek_rules::testing::field_of_each(v, "id")
}

fn codes(v: &Value) -> Vec<String> {
    kezek_rules::testing::field_of_each(v, "code")
}

fn msg(lang: &str, key: &str) -> &'static str {
    message_value(catalogue_ftl(lang).unwrap(), key).unwrap_or_else(|| panic!("{lang} {key}"))
}

fn has_doc(code: &str, ch: ServiceChannel, f: &FamilyFacts, id: &str) -> bool {
    checklist(code, ch, None, f)
        .unwrap()
        .iter()
        .any(|l| l.id == id)
}

fn supply(code: &str, ch: ServiceChannel, f: &FamilyFacts, id: &str) -> Value {
    let lines = checklist(code, ch, None, f).unwrap();
    let line = lines
        .iter()
        .find(|l| l.id == id)
        .unwrap_or_else(|| panic!("{code}: no {id}"));
    serde_json::to_value(line.supply).unwrap()
}

// Item 1. Row 7 item 2: «Мемлекеттік корпорацияда: … жексенбі және мереке
// күндерін қоспағанда, дүйсенбі мен сенбіні қоса алғанда … сағат 9.00-ден
// 20.00-ге дейін, түскі үзіліссіз»; row 3 item 1 «Мемлекеттік корпорацияға
// құжаттарды тапсырған сәттен бастап».

#[test]
fn ann6_row7_item2_state_corporation_receives_friday_evening_documents_at_once() {
    let d = result_due(
        "00402003",
        SC,
        None,
        at(2026, 11, 27, 19, 0),
        Calendar::builtin(),
    )
    .unwrap();
    assert_eq!(d.accepted, at(2026, 11, 27, 19, 0));
    // 19 working days from Monday 30.11 (16.12 a holiday): 25.12.2026.
    assert_eq!(d.due, at(2026, 12, 25, 18, 30));
}

#[test]
fn ann18_row7_item2_state_corporation_is_open_on_saturday() {
    let d = result_due(
        "00403009",
        SC,
        None,
        at(2026, 11, 28, 11, 0),
        Calendar::builtin(),
    )
    .unwrap();
    assert_eq!(d.accepted, at(2026, 11, 28, 11, 0));
    assert_eq!(d.due, at(2026, 12, 4, 18, 30));
}

#[test]
fn ann13_ann15_row7_item2_state_corporation_is_closed_after_20_on_sundays_and_holidays() {
    let cal = Calendar::builtin();
    let acc = |code, t| result_due(code, SC, None, t, cal).unwrap().accepted;
    assert_eq!(
        acc("00402010", at(2026, 11, 28, 20, 30)),
        at(2026, 11, 30, 9, 0)
    );
    assert_eq!(
        acc("00403007", at(2026, 11, 29, 12, 0)),
        at(2026, 11, 30, 9, 0)
    );
    assert_eq!(
        acc("00403007", at(2026, 12, 16, 10, 0)),
        at(2026, 12, 17, 9, 0)
    );
}

#[test]
fn ann15_row7_item3_only_the_portal_moves_after_hours_applications() {
    let cal = Calendar::builtin();
    let portal = result_due("00403007", PORTAL, None, at(2026, 11, 27, 19, 0), cal).unwrap();
    assert_eq!(portal.accepted, at(2026, 11, 30, 9, 0));
    assert_eq!(portal.due, at(2026, 12, 7, 18, 30));
    let sc = result_due("00403007", SC, None, at(2026, 11, 27, 19, 0), cal).unwrap();
    assert_eq!(sc.due, at(2026, 12, 4, 18, 30));
}

// Item 2. Ages are facts on the day of application: Annex 20's title «Он
// жасқа толған», Annex 5 row 8 item 6, row 9 item 5 «он төрт жасқа толмаған».

#[test]
fn ann20_title_a_child_who_is_ten_on_the_day_of_application() {
    let v = eval(json!({"service": "00402013", "channel": "office",
        "submitted": "2026-12-15T10:00", "facts": {"child_birth_date": "2014-05-01"}}));
    assert_eq!(v["eligibility"]["eligible"], true, "{v}");
}

#[test]
fn ann5_row8_item6_opinion_of_a_child_ten_on_the_day_of_application() {
    let req = |birth: &str| {
        eval(json!({"service": "00402004", "channel": "portal",
            "submitted": "2026-12-15T10:00", "facts": {"child_birth_date": birth}}))
    };
    assert!(ids(&req("2014-05-01")["checklist"]).contains(&"child_opinion".to_owned()));
    assert!(!ids(&req("2018-05-01")["checklist"]).contains(&"child_opinion".to_owned()));
}

#[test]
fn ann5_row8_item6_ann20_title_unknown_birth_date_is_asked_not_assumed() {
    let v = eval(json!({"service": "00402004", "channel": "portal",
        "submitted": "2026-12-15T10:00"}));
    assert_eq!(v["unknown_inputs"], json!(["child_birth_date"]), "{v}");
    assert!(
        ids(&v["checklist"]).contains(&"child_opinion".to_owned()),
        "until the age is known the opinion stays on the list"
    );
    let v = eval(json!({"service": "00402013", "channel": "office",
        "submitted": "2026-12-15T10:00"}));
    // A question the verdict waits for (`pending`), not a refusal reason.
    assert_eq!(v["eligibility"]["eligible"], false);
    assert_eq!(
        v["eligibility"]["pending"],
        json!(["child_birth_date"]),
        "{v}"
    );
    assert!(codes(&v["eligibility"]["reasons"]).is_empty(), "{v}");
}

// Item 3. Annex 18's title and rules cl. 3: «Мемлекеттік білім беру
// мекемелеріндегі білім алушылар»; Annex 17 row 9 item 2 (decree No. 64).

#[test]
fn ann18_title_camps_are_for_pupils_of_state_education_institutions() {
    let private = facts(json!({"family_receives_targeted_social_assistance": true,
        "child_in_state_education_institution": false}));
    let e = eligibility("00403009", &private).unwrap();
    assert!(!e.eligible);
    assert_eq!(e.reasons[0].code, "not-state-institution-pupil");
    let state = facts(json!({"family_receives_targeted_social_assistance": true}));
    assert!(eligibility("00403009", &state).unwrap().eligible);
}

#[test]
fn ann17_row9_item2_a_private_school_pupil_risks_the_decree_64_ground() {
    let private = facts(json!({"family_receives_targeted_social_assistance": true,
        "child_in_state_education_institution": false}));
    let r = refusal_risks("00403008", None, &private).unwrap();
    assert_eq!(r.len(), 1);
    assert_eq!(r[0].code, "noncompliant-decree-64");
    assert_eq!(r[0].citation.sub, Some(2));
}

// Item 4. Annex 3 row 9 item 15, Annexes 6/11 row 9 item 13.

#[test]
fn ann3_row9_item15_ann6_ann11_row9_item13_crimes_as_the_law_lists_them() {
    for (lang, health, cpc) in [
        ("kk", "халық денсаулығына және имандылыққа", "35-бабы"),
        ("ru", "здоровья населения и нравственности", "статьи 35"),
        ("en", "public health and morality", "art. 35"),
    ] {
        for key in ["refusal-serious-crime", "q-serious-crime-record"] {
            let text = msg(lang, key);
            assert!(text.contains(health), "{lang} {key}: {text}");
            assert!(text.contains(cpc), "{lang} {key}: {text}");
        }
    }
    // The law lists crimes by kind, not by gravity.
    assert!(!msg("ru", "q-serious-crime-record").contains("тяжк"));
    assert!(!msg("kk", "q-serious-crime-record").contains("ауыр"));
    assert!(!msg("en", "q-serious-crime-record").contains("serious"));
}

// Item 5. Annex 5 row 9 item 5.

#[test]
fn ann5_row9_item5_ward_housing_ground_names_every_transaction() {
    for (lang, words) in [
        ("kk", ["кепілгерлік", "өтеусіз пайдалануға", "үлес"]),
        (
            "ru",
            ["поручительства", "безвозмездное пользование", "доли"],
        ),
        ("en", ["surety", "free use", "share"]),
    ] {
        for key in [
            "refusal-ward-housing-transaction",
            "q-housing-transaction-restricted",
        ] {
            let text = msg(lang, key);
            for w in words {
                assert!(text.contains(w), "{lang} {key} lacks {w}: {text}");
            }
        }
    }
}

// Item 6. Annex 5 row 8 item 3 and Annex 20 row 8 item 3: one clause.

#[test]
fn ann5_ann20_row8_item3_one_consent_clause_gives_one_answer() {
    // (married, other representative lives separately, one parent not caring) → consent.
    let table = [
        ((false, false, false), false),
        ((true, false, false), true),
        ((false, true, false), true),
        ((false, true, true), false),
        ((true, true, true), true),
        ((false, false, true), false),
    ];
    for ((married, separate, not_caring), consent) in table {
        let f = facts(
            json!({"married": married, "other_parent_lives_separately": separate,
            "one_parent_not_caring": not_caring}),
        );
        let id = "consent_spouse_or_other_representative";
        assert_eq!(
            has_doc("00402004", PORTAL, &f, id),
            consent,
            "Ann.5 {married} {separate} {not_caring}"
        );
        assert_eq!(
            has_doc("00402013", OFFICE, &f, id),
            consent,
            "Ann.20 {married} {separate} {not_caring}"
        );
    }
}

// Item 7. Annex 17 row 8 item 5, Annex 18 row 8 item 6: (i) recipients of
// TSA, (ii) below the subsistence minimum and not receiving it.

#[test]
fn ann17_row8_item5_ann18_row8_item6_the_question_is_whether_the_family_receives_tsa() {
    let key = "q-family-receives-targeted-social-assistance";
    assert!(msg("en", key).contains("receive") && !msg("en", key).contains("entitled"));
    assert!(msg("ru", key).contains("получает") && !msg("ru", key).contains("право"));
    assert!(msg("kk", key).contains("ала ма") && !msg("kk", key).contains("құқылы"));
    // An entitled family that does not receive TSA, below the minimum: (ii).
    let f = facts(json!({"per_capita_income_below_subsistence": true}));
    let e = eligibility("00403008", &f).unwrap();
    assert_eq!(e.grounds[0].code, "income-below-subsistence");
    assert!(has_doc("00403008", PORTAL, &f, "status_income"));
    assert!(!has_doc("00403008", PORTAL, &f, "status_tsa"));
}

// Item 8. The note after Annex 6 and Annex 11 row 8 (Marriage and Family
// Code art. 122 p. 1): the body MAY appoint relatives and step-parents who
// train within a year. Read again on 01.12.2026: the certificate stays as the
// list states it, with the note beside it (`catalogue_lawyer_findings.rs`).

#[test]
fn ann6_ann11_row8_note_relative_or_stepparent_trains_within_a_year() {
    for (code, ch) in [("00402003", SC), ("00402003", PORTAL), ("00404007", OFFICE)] {
        let key = |f: &FamilyFacts| {
            checklist(code, ch, None, f)
                .unwrap()
                .iter()
                .filter(|l| l.id == "training_certificate")
                .map(|l| (l.name_key, l.note.as_ref().map(|n| n.key)))
                .collect::<Vec<_>>()
        };
        let relative = facts(json!({"applicant_is_relative_or_stepparent": true}));
        assert_eq!(
            key(&relative),
            [(
                "doc-training-certificate",
                Some("note-training-within-a-year")
            )],
            "{code}"
        );
        assert_eq!(
            key(&FamilyFacts::default()),
            [("doc-training-certificate", None)],
            "{code}"
        );
        let close = facts(json!({"applicant_is_close_relative": true,
            "applicant_is_relative_or_stepparent": true}));
        assert!(key(&close).is_empty(), "{code}");
    }
}

// Item 9. «Құжаттар салыстыру үшін түпнұсқада ұсынылады, содан кейін
// түпнұсқалар … қайтарылады» (Annexes 6, 15, 17); nothing said (11, 13, 18, 20).

#[test]
fn ann6_ann15_ann17_row8_originals_for_comparison_and_no_invented_return_elsewhere() {
    let f = facts(
        json!({"child_birth_in_civil_registry": false, "applicant_owns_housing": false,
        "applicant_is_relative_or_stepparent": true, "married": true,
        "marriage_in_civil_registry": false, "family_receives_targeted_social_assistance": true,
        "going_to_health_camp": true}),
    );
    let original = json!("original_for_check");
    for id in [
        "marriage_certificate",
        "birth_certificate",
        "parents_not_caring_proof",
        "kinship",
        "housing_right",
    ] {
        assert_eq!(supply("00402003", SC, &f, id), original, "Ann.6 {id}");
    }
    assert_eq!(
        supply("00403007", OFFICE, &f, "birth_certificate"),
        original,
        "Ann.15"
    );
    for id in [
        "birth_certificate",
        "marriage_or_divorce_certificate",
        "status_tsa",
    ] {
        assert_eq!(supply("00403008", OFFICE, &f, id), original, "Ann.17 {id}");
    }
    assert_eq!(
        supply("00403009", OFFICE, &f, "medical_071"),
        json!("document"),
        "Ann.18"
    );
    assert_eq!(
        supply("00402010", OFFICE, &f, "police_reference"),
        json!("document"),
        "Ann.13"
    );
    for id in ["health_certificates", "criminal_record_certificates"] {
        assert_eq!(
            supply("00404007", OFFICE, &f, id),
            json!("document"),
            "Ann.11 {id}"
        );
    }
    assert_eq!(
        supply(
            "00402013",
            OFFICE,
            &f,
            "consent_spouse_or_other_representative"
        ),
        json!("document"),
        "Ann.20"
    );
}

// Item 10. Rules of order 407 (title): citizens of Kazakhstan permanently residing there.

#[test]
fn ann3_rules_407_registration_is_for_citizens_of_kazakhstan_residing_there() {
    let foreign = facts(json!({"kazakhstan_citizen_resident": false}));
    let e = eligibility("00404004", &foreign).unwrap();
    assert!(!e.eligible);
    assert_eq!(e.reasons[0].code, "not-kazakhstan-citizen-resident");
    assert!(
        eligibility("00404004", &facts(json!({"applicant_has_training": true})))
            .unwrap()
            .eligible
    );
}

// Item 11. Annex 5 and Annex 20 row 8 item 1: «баланың заңды өкілінің біреуі».

#[test]
fn ann5_ann20_row8_item1_the_applicant_is_a_legal_representative() {
    let f = facts(json!({"applicant_is_legal_representative": false,
        "child_birth_date": "2012-01-01", "application_date": "2026-12-15"}));
    for code in ["00402004", "00402013"] {
        let e = eligibility(code, &f).unwrap();
        assert!(!e.eligible, "{code}");
        assert_eq!(e.reasons[0].code, "not-legal-representative", "{code}");
        assert_eq!(e.reasons[0].citation.clause, Some(8));
        assert_eq!(e.reasons[0].citation.sub, Some(1));
    }
}

// Item 12. Annex 5 row 8 item 3 «(АХАЖ АЖ-да мәліметтер болмаған жағдайда)».
// Since 01.12.2026 (the safe reading) the proof stays on the list when the
// fact is in the civil registry, marked as Kezek's reading
// (catalogue_readings_marked.rs, ann5_row8_item3_…).

#[test]
fn ann5_row8_item3_proof_of_not_caring_kept_even_when_the_civil_registry_has_it() {
    let in_registry =
        facts(json!({"one_parent_not_caring": true, "not_caring_in_civil_registry": true}));
    assert!(has_doc(
        "00402004",
        PORTAL,
        &in_registry,
        "parent_not_caring_proof"
    ));
    let court = facts(json!({"one_parent_not_caring": true}));
    assert!(has_doc(
        "00402004",
        PORTAL,
        &court,
        "parent_not_caring_proof"
    ));
}

// Item 13. Annexes 7, 14, 16, 19 (the State Corporation's receipt); rules
// 407 cl. 9 and 513 cl. 9.

#[test]
fn ann7_receipt_state_corporation_refuses_an_incomplete_set() {
    let v = eval(
        json!({"service": "00402003", "channel": "state_corporation",
        "submitted": "2026-12-15T10:00",
        "facts": {"applicant_has_training": true},
        "documents_held": [
            {"id": "identity"},
            {"id": "health_certificates", "valid_until": "2026-12-01"},
            {"id": "parents_not_caring_proof"},
            {"id": "training_certificate"}
        ]}),
    );
    let r = &v["receipt"];
    assert_eq!(r["outcome"], "state_corporation_refuses_to_accept", "{v}");
    assert_eq!(ids(&r["missing"]), ["income"]);
    assert_eq!(ids(&r["expired"]), ["health_certificates"]);
    assert_eq!(r["citations"][0]["annex"], 7);
}

#[test]
fn rules_407_cl9_incomplete_set_is_not_considered_further() {
    let v = eval(json!({"service": "00404004", "channel": "portal",
        "submitted": "2026-12-15T10:00", "documents_held": []}));
    assert_eq!(
        v["receipt"]["outcome"], "provider_refuses_further_consideration",
        "{v}"
    );
    let v = eval(json!({"service": "00403008", "channel": "portal",
        "submitted": "2026-12-15T10:00", "documents_held": []}));
    assert_eq!(
        v["receipt"]["outcome"], "accepted",
        "the ordinary family needs only the application"
    );
}

// Item 14. Each amended rules' clause: the preliminary refusal notice «3 (үш)
// жұмыс күнінен кешіктірмей» before the term ends.

#[test]
fn rules_158_meals_cl7_preliminary_refusal_notice_three_working_days_before_the_term_ends() {
    let v = eval(json!({"service": "00403008", "channel": "portal",
        "submitted": "2026-12-15T10:00"}));
    assert_eq!(v["due"]["due"], "2026-12-23T18:30:00");
    assert_eq!(v["due"]["preliminary_refusal_by"], "2026-12-18", "{v}");
    let v = eval(json!({"service": "00402002", "channel": "portal",
        "submitted": "2026-12-15T10:00"}));
    assert_eq!(
        v["due"]["preliminary_refusal_by"],
        Value::Null,
        "30 minutes: no notice"
    );
}

// Item 15. Row 3 items 2–3 (waiting and service time) as information.

#[test]
fn ann6_ann13_row3_items2_3_wait_and_service_minutes() {
    let v = serde_json::to_value(entry("00402003").unwrap()).unwrap();
    assert_eq!(v["in_person"][0]["channels"], json!(["state_corporation"]));
    assert_eq!(v["in_person"][0]["max_wait_minutes"], 15);
    assert_eq!(v["in_person"][0]["max_service_minutes"], 15);
    let v = serde_json::to_value(entry("00402010").unwrap()).unwrap();
    assert_eq!(
        v["in_person"][0]["max_service_minutes"], 30,
        "at the provider"
    );
    assert_eq!(
        v["in_person"][1]["max_service_minutes"], 15,
        "at the State Corporation"
    );
}

// Item 16. «бала (балалар)»: the opinion of each child aged ten or older.

#[test]
fn ann5_row8_item6_several_children_any_aged_ten_gives_an_opinion() {
    let f = facts(
        json!({"child_birth_date": "2018-03-01", "application_date": "2026-12-15",
        "other_children_birth_dates": ["2014-03-01"]}),
    );
    assert!(has_doc("00402004", PORTAL, &f, "child_opinion"));
}

#[test]
fn ann5_row8_item6_each_child_aged_ten_gives_an_opinion_counted() {
    let opinion = |others: Value| {
        let v = eval(json!({"service": "00402004", "channel": "portal",
            "submitted": "2026-12-15T10:00",
            "facts": {"child_birth_date": "2014-03-01", "other_children_birth_dates": others}}));
        v["checklist"]
            .as_array()
            .unwrap()
            .iter()
            .find(|l| l["id"] == "child_opinion")
            .cloned()
            .unwrap_or(Value::Null)
    };
    // Siblings aged 12, 11 and 8: two opinions, not one.
    assert_eq!(opinion(json!(["2015-06-01", "2018-06-01"]))["count"], 2);
    assert_eq!(opinion(json!([]))["count"], 1);
    // Unknown birth date: the opinion stays, the number is not asserted.
    let v = eval(json!({"service": "00402004", "channel": "portal",
        "submitted": "2026-12-15T10:00"}));
    let line = v["checklist"]
        .as_array()
        .unwrap()
        .iter()
        .find(|l| l["id"] == "child_opinion")
        .cloned()
        .unwrap();
    assert!(line.get("count").is_none(), "{line}");
}

// Item 17. Annex 17/18 row 8 item 4: a certificate only where a marriage or divorce exists.

#[test]
fn ann17_ann18_row8_item4_a_never_married_parent_has_no_certificate_to_bring() {
    let never = facts(json!({"marriage_in_civil_registry": false,
        "family_receives_targeted_social_assistance": true}));
    assert!(!has_doc(
        "00403008",
        PORTAL,
        &never,
        "marriage_or_divorce_certificate"
    ));
    assert!(!has_doc(
        "00403009",
        OFFICE,
        &never,
        "marriage_or_divorce_certificate"
    ));
    let divorced = facts(json!({"marriage_in_civil_registry": false, "divorced": true}));
    assert!(has_doc(
        "00403008",
        PORTAL,
        &divorced,
        "marriage_or_divorce_certificate"
    ));
}

// Item 18. Wording and citations.

#[test]
fn ann13_ann17_ann18_ann2_wording_as_in_the_law() {
    assert!(msg("en", "svc-00402010").contains("negative influence"));
    let status = msg("en", "doc-status-guardianship-decision");
    assert!(status.contains("patronage") && !status.contains("foster care"));
    assert!(!msg("en", "out-of-scope-legal-entities").contains("legal entity"));
    assert!(msg("en", "provider-00403009").contains("oblast"));
}

#[test]
fn row3_item1_terms_are_cited_with_their_item() {
    for code in [
        "00402003", "00404007", "00402010", "00403007", "00402013", "00404005",
    ] {
        for t in entry(code).unwrap().terms {
            assert_eq!(t.citation.sub, Some(1), "{code}");
        }
    }
}
