//! Order No. 414, the prepared application of a request (the JS API's
//! `prepareService`): it holds what the request gives, by the rule of the
//! app's hand-off (`prepare_said`) — the facts given (the keys of `facts`)
//! that the service asks, the child's birth date under `child` —, and the
//! `applicant` and `child` identity sections when the request names them.
//! Before, every fact of `FamilyFacts` was written at its default
//! (`"non_traditional_orientation": false`, `"serious_crime_record": false`,
//! …), as though the family declared what nobody asked.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{self, Prepared};
use serde_json::{json, Value};

/// The request read as every door reads it, evaluated and prepared.
fn prepared(request: Value) -> Prepared {
    let req = kezek_rules::wire::read_request(&request.to_string())
        .unwrap_or_else(|e| panic!("{e}\n{request:#}"));
    let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    catalogue::prepare(&req, &eval)
}

/// The error object of a request that does not read.
fn refused(request: Value) -> (String, String) {
    let e =
        kezek_rules::wire::read_request(&request.to_string()).expect_err("the request is refused");
    (e.code, e.field)
}

fn request(service: &str, facts: Value) -> Value {
    json!({"service": service, "channel": "egov_portal", "as_of": "2026-12-15T10:00", "facts": facts})
}

fn fact_names(application: &Value) -> Vec<String> {
    let mut names: Vec<String> = application["facts"]
        .as_object()
        .unwrap_or_else(|| panic!("facts is an object: {application}"))
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

/// The review's finding: a request with no facts (`{}`) yields no fact in
/// the application — no `non_traditional_orientation`, no
/// `serious_crime_record` — and no identity sections.
#[test]
fn a_request_with_no_facts_prepares_an_application_with_no_fact() {
    for service in ["00402002", "00402003", "00403008"] {
        let a = prepared(request(service, json!({}))).application;
        assert_eq!(fact_names(&a), Vec::<String>::new(), "{service}: {a}");
        assert!(a["facts"].get("non_traditional_orientation").is_none());
        assert!(
            a.get("applicant").is_none() && a.get("child").is_none(),
            "{a}"
        );
    }
}

/// The facts given that the service asks are kept, a "no" as well as a
/// "yes"; a fact given for another service, or one the provider checks
/// (`documents_unreliable`), is not this application's.
#[test]
fn the_facts_given_that_the_service_asks_are_kept_and_no_other() {
    let asked = catalogue::questions("00403008").unwrap();
    assert!(asked.contains(&"family_receives_targeted_social_assistance"));
    assert!(asked.contains(&"child_born_abroad"));
    assert!(!asked.contains(&"applicant_has_training"));
    let a = prepared(request(
        "00403008",
        json!({"family_receives_targeted_social_assistance": true, "child_born_abroad": false,
               "applicant_has_training": false, "documents_unreliable": false}),
    ))
    .application;
    assert_eq!(
        a["facts"],
        json!({"family_receives_targeted_social_assistance": true, "child_born_abroad": false}),
        "{a}"
    );
    // A question the request lists as not answered yet is no answer, even
    // with a value beside it.
    let a = prepared(request(
        "00403008",
        json!({"family_receives_targeted_social_assistance": true, "child_born_abroad": false,
               "unanswered": ["child_born_abroad"]}),
    ))
    .application;
    assert_eq!(
        a["facts"],
        json!({"family_receives_targeted_social_assistance": true}),
        "{a}"
    );
}

/// The child's birth date, a fact the rules read, is written under
/// `child`, as the app's hand-off writes it.
#[test]
fn the_childs_birth_date_given_is_written_under_child() {
    let a = prepared(request(
        "00402002",
        json!({"child_birth_date": "2019-05-04"}),
    ))
    .application;
    assert_eq!(fact_names(&a), Vec::<String>::new(), "{a}");
    assert_eq!(a["child"], json!({"birth_date": "2019-05-04"}), "{a}");
}

/// A birth date listed in `unanswered` (the evaluation's `pending` echoed
/// back) is not read: the evaluation waits for it, and the prepared
/// application does not write it under `child` either.
#[test]
fn annex20_5_a_birth_date_listed_as_unanswered_is_not_written_under_child() {
    let mut r = request(
        "00402013",
        json!({"child_birth_date": "2014-05-01", "unanswered": ["child_birth_date"]}),
    );
    r["channel"] = json!("provider_office");
    let p = prepared(r);
    let a = p.application;
    assert_eq!(a["child"]["birth_date"], Value::Null, "{a}");
}

/// `applicant` `{full_name?, iin?}` and `child` `{iin?}` name who applies
/// for which child; the record carries them, and its digest is of the
/// record.
#[test]
fn the_applicant_and_child_named_are_written_and_digested() {
    let mut r = request(
        "00402003",
        json!({"child_orphan": true, "child_birth_date": "2023-05-10"}),
    );
    r["channel"] = json!("state_corporation");
    r["applicant"] = json!({"full_name": "Ахметова Айгүл", "iin": "900315410004"});
    r["child"] = json!({"iin": "230510512343"});
    let p = prepared(r);
    let a = &p.application;
    assert_eq!(
        a["applicant"],
        json!({"full_name": "Ахметова Айгүл", "iin": "900315410004"})
    );
    assert_eq!(
        a["child"],
        json!({"iin": "230510512343", "birth_date": "2023-05-10"})
    );
    assert_eq!(
        p.sha256,
        kezek_rules::common::digest::sha256_hex(a.to_string().as_bytes())
    );
}

/// The birth date under `child` is the one given, or, where none is, the
/// one the child's IIN encodes (its first six digits): an integrator could
/// not tell a date the parent gave from one read off the IIN. The derived
/// one carries `birth_date_from_iin: true` beside it; a date given carries
/// nothing more. A date listed as unanswered is not read (the IIN's is, and
/// is marked so).
#[test]
fn the_childs_birth_date_taken_from_the_iin_is_marked_so() {
    let mut r = request("00402003", json!({"child_orphan": true}));
    r["channel"] = json!("state_corporation");
    r["child"] = json!({"iin": "230510512343"});
    let derived =
        json!({"iin": "230510512343", "birth_date": "2023-05-10", "birth_date_from_iin": true});
    let a = prepared(r.clone()).application;
    assert_eq!(a["child"], derived, "{a}");
    r["facts"]["child_birth_date"] = json!("2023-05-10");
    let a = prepared(r.clone()).application;
    assert_eq!(
        a["child"],
        json!({"iin": "230510512343", "birth_date": "2023-05-10"}),
        "{a}"
    );
    r["facts"]["unanswered"] = json!(["child_birth_date"]);
    let a = prepared(r).application;
    assert_eq!(a["child"], derived, "{a}");
}

/// The child's IIN gives the birth date (its first six digits, as order
/// No. 254's case checks it, `IinCheck`): a request whose
/// `facts.child_birth_date` contradicts `child.iin` is refused at the date
/// (`catalogue.iin_birth_date_mismatch`), as the app's service screen
/// refuses it (`ui-error-iin-birth-date-mismatch`) — data that do not agree
/// (row 9 item 2 of every annex, «… деректердің (мәліметтердің) анық
/// еместігін анықтау»), never handed off with both. The matching date, or none, is read.
#[test]
fn a_child_iin_contradicting_the_birth_date_is_refused_at_the_date() {
    let with = |date: Value| {
        let mut r = request("00402003", json!({"child_orphan": true}));
        r["channel"] = json!("state_corporation");
        if !date.is_null() {
            r["facts"]["child_birth_date"] = date;
        }
        r["child"] = json!({"iin": "230510512343"});
        r
    };
    assert_eq!(
        refused(with(json!("2023-05-11"))),
        (
            "catalogue.iin_birth_date_mismatch".into(),
            "facts.child_birth_date".into()
        )
    );
    let e = kezek_rules::wire::read_request(&with(json!("2023-05-11")).to_string()).unwrap_err();
    assert!(
        e.message.contains("2023-05-10") && e.message.contains("2023-05-11"),
        "both dates said: {}",
        e.message
    );
    for ok in [json!("2023-05-10"), Value::Null] {
        prepared(with(ok));
    }
}

/// One rule: the record of a request is the app's record of the same
/// answers, [`catalogue::prepare_said`] with the facts given as said.
#[test]
fn the_record_of_a_request_is_the_apps_record_of_the_same_answers() {
    let mut r = request(
        "00403008",
        json!({"family_receives_targeted_social_assistance": true, "child_birth_date": "2015-02-03", "married": false}),
    );
    r["applicant"] = json!({"iin": "900315410004"});
    let text = r.to_string();
    let req = kezek_rules::wire::read_request(&text).unwrap();
    let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    let applicant = catalogue::Applicant {
        iin: Some("900315410004".into()),
        full_name: None,
        address: None,
    };
    let child = catalogue::Child::named(None, chrono::NaiveDate::from_ymd_opt(2015, 2, 3));
    let said = [
        "family_receives_targeted_social_assistance",
        "child_birth_date",
        "married",
    ];
    assert_eq!(
        catalogue::prepare(&req, &eval),
        catalogue::prepare_said(&req, &eval, &said, &applicant, &child)
    );
}

/// The identity sections are checked as the app checks them: an IIN is
/// 12 digits with its check digit, a name is text without characters no
/// one sees, at most 200 characters; an unknown field is named.
#[test]
fn the_identity_sections_are_checked() {
    let with = |key: &str, section: Value| {
        let mut r = request("00403008", json!({}));
        r[key] = section;
        refused(r)
    };
    let bad_iin = ("catalogue.bad_iin".to_owned(), "applicant.iin".to_owned());
    assert_eq!(with("applicant", json!({"iin": "900315410005"})), bad_iin);
    assert_eq!(with("applicant", json!({"iin": "9003 1541 0004"})), bad_iin);
    assert_eq!(
        with("child", json!({"iin": "230510512344"})),
        ("catalogue.bad_iin".into(), "child.iin".into())
    );
    assert_eq!(
        with("applicant", json!({"full_name": "Ахметова\u{200b} Айгүл"})),
        (
            "catalogue.text_control_character".into(),
            "applicant.full_name".into()
        )
    );
    assert_eq!(
        with("applicant", json!({"full_name": "А".repeat(201)})),
        (
            "catalogue.text_too_long".into(),
            "applicant.full_name".into()
        )
    );
    assert_eq!(
        with("applicant", json!({"nmae": "Ахметова Айгүл"})),
        ("catalogue.invalid_json".into(), "applicant.nmae".into())
    );
    assert_eq!(
        with("child", json!({"birth_date": "2019-05-04"})),
        ("catalogue.invalid_json".into(), "child.birth_date".into())
    );
}
