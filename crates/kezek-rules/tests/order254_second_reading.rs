//! Issue 15, the second reading of order No. 254: one test per wrong answer,
//! named after its clause, through the real path (a case in JSON → `evaluate`
//! → the evaluation's JSON, the shape the app, the JS API and the CLI show).
//! Each asserts what the law says on the point the review found wrong.

use serde_json::{json, Value};

fn eval(case: Value) -> Value {
    let case = kezek_rules::Case::from_json(&case.to_string()).expect("valid case");
    serde_json::to_value(kezek_rules::evaluate(&case).expect("evaluates")).unwrap()
}

fn queue_case(channel: &str, as_of: &str) -> Value {
    json!({
        "service": "00403001", "channel": channel, "as_of": as_of,
        "applicant": {"role": "parent", "iin": "900314422336"},
        "child": {"iin": "230510512343", "birth_date": "2023-05-10", "settlement": "Astana"},
        "documents": [{"kind": "phthisiatrician_conclusion"}],
        "consent": true
    })
}

fn has(v: &Value, code: &str) -> bool {
    v.as_array()
        .is_some_and(|a| a.iter().any(|x| x.as_str() == Some(code)))
}

fn item<'a>(e: &'a Value, doc: &str) -> &'a Value {
    e["checklist"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["document"] == doc)
        .unwrap_or_else(|| panic!("no {doc} item"))
}

/// Item 1. cl. 22: «өтініш жіберген … сәттен бастап 5 жұмыс күнінен кешіктірмей».
#[test]
fn cl22_originals_due_five_working_days_from_sending() {
    // Sent on the portal on Saturday 28.11.2026: Mon 30.11 … Fri 04.12.
    let e = eval(queue_case("egov_portal", "2026-11-28T11:00"));
    assert_eq!(e["schedule"]["originals_by"], "2026-12-04");
    // Sent on Independence Day evening, Wed 16.12.2026 22:10: 23.12, not 24.12.
    let e = eval(queue_case("egov_portal", "2026-12-16T22:10"));
    assert_eq!(e["schedule"]["originals_by"], "2026-12-23");
}

/// Item 2. cl. 30: one extension by up to 30 calendar days; cl. 22: the
/// originals at the second check within 5 working days of the referral.
#[test]
fn cl30_extended_referral_is_not_expired_and_cl22_second_check_is_due() {
    let e = eval(json!({
        "service": "00403002", "channel": "provider_office", "as_of": "2026-12-10T10:00",
        "applicant": {"role": "parent", "iin": "900314422336"},
        "child": {"birth_date": "2022-01-20", "settlement": "Astana"},
        "family": {"teacher": true},
        "documents": [
            {"kind": "referral", "issued_on": "2026-11-13"},
            {"kind": "vaccination_card"},
            {"kind": "health_certificate", "issued_on": "2026-12-08"}
        ],
        "admission": {"contract_date": "2026-12-10", "referral_extension_days": 30},
        "consent": true
    }));
    let r = item(&e, "referral");
    assert_eq!(r["last_valid_day"], "2026-12-20");
    assert_ne!(r["status"], "expired");
    assert_eq!(e["schedule"]["originals_by"], "2026-11-20");
    // The teacher's certificate is re-presented at the second check.
    let recheck: Vec<&Value> = e["checklist"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["condition"] == "priority_recheck")
        .collect();
    assert!(recheck
        .iter()
        .any(|i| i["document"] == "teacher_workplace_certificate"));
}

/// Item 2. cl. 3 p. 7: early booking — the term runs from the vacated place.
#[test]
fn cl3_7_early_booking_referral_counts_from_the_vacated_place() {
    let e = eval(json!({
        "service": "00403002", "channel": "egov_portal", "as_of": "2026-12-03T10:00",
        "applicant": {"role": "parent"},
        "child": {"birth_date": "2022-01-20", "settlement": "Astana"},
        "documents": [{"kind": "referral", "issued_on": "2026-11-13"}],
        "admission": {"place_vacated_on": "2026-12-01"},
        "consent": true
    }));
    assert_eq!(item(&e, "referral")["last_valid_day"], "2026-12-08");
}

/// Item 3. Annex 2 p. 8 office sub. 7 / portal sub. 5: no "if any".
#[test]
fn annex2_8_7_phthisiatrician_listed_for_every_applicant() {
    let mut c = queue_case("egov_portal", "2026-11-23T10:00");
    c["documents"] = json!([]);
    let e = eval(c);
    assert_ne!(
        item(&e, "phthisiatrician_conclusion")["status"],
        "not_needed"
    );
    assert!(has(&e["refusal"]["reasons"], "refusal.incomplete"));
}

/// Item 4. Annex 2 p. 8 sub. 6 «(бар болған жағдайда)»; cl. 17, 22.
#[test]
fn annex2_8_6_sen_without_pmpc_is_complete_but_not_first_priority() {
    let mut c = queue_case("provider_office", "2026-11-23T10:00");
    c["child"]["special_educational_needs"] = json!(true);
    let e = eval(c);
    assert_eq!(e["category"]["category"], "general");
    assert_eq!(e["checklist"]["complete"], true);
    assert!(!has(&e["refusal"]["reasons"], "refusal.incomplete"));
}

/// Item 5. cl. 15 «кемінде 3 (үш) рет»: at least three times, no cap.
#[test]
fn cl15_fourth_registration_predicts_no_refusal() {
    let mut c = queue_case("egov_portal", "2026-11-23T10:00");
    c["times_queued_in_settlement"] = json!(3);
    let e = eval(c);
    assert_eq!(e["refusal"]["reasons"], json!(["refusal.none"]));
}

/// Item 6. Annex 2 p. 8 office sub. 2–3 «сәйкестендіру үшін»; cl. 5.
#[test]
fn annex2_8_2_identity_and_birth_certificate_are_shown_at_the_office() {
    for channel in ["provider_office", "state_corporation"] {
        let e = eval(queue_case(channel, "2026-11-24T10:00"));
        for doc in ["birth_certificate", "applicant_identity"] {
            let i = item(&e, doc);
            assert_ne!(i["status"], "automatic", "{channel} {doc}");
            assert!(!has(&i["reasons"], "doc.automatic"), "{channel} {doc}");
        }
    }
}

/// Item 7. Annex 2 p. 7 sub. 1, 3; cl. 6: the portal's working time is the
/// working day (to 18:30), and lunch is not after working time.
#[test]
fn annex2_7_3_portal_application_at_lunch_or_at_18_00_is_received_that_day() {
    let e = eval(queue_case("egov_portal", "2026-11-24T13:40"));
    assert_eq!(e["schedule"]["accepted_at"], "2026-11-24T13:40:00");
    let e = eval(queue_case("egov_portal", "2026-11-24T18:00"));
    assert_eq!(e["schedule"]["accepted_at"], "2026-11-24T18:00:00");
}

/// Item 8. cl. 16 «бір ай өткен соң»: after the month has passed.
#[test]
fn cl16_general_queue_opens_the_day_after_the_month_ends() {
    let mut c = queue_case("egov_portal", "2026-11-23T10:00");
    c["previous_priority_referral"] = json!({"state_preschool": true, "changed_on": "2026-10-31"});
    let e = eval(c);
    assert_eq!(e["limits"]["cl16"]["general_queue_from"], "2026-12-01");
}

/// Item 9. cl. 20 p. 1; Annex 1: the signed form must declare the ground.
#[test]
fn cl20_1_law_enforcement_application_declares_the_ground() {
    let mut c = queue_case("egov_portal", "2026-11-24T10:00");
    c["family"] = json!({"law_enforcement": true});
    let e = eval(c);
    let app = &e["application"]["application"];
    assert_eq!(app["categories"]["box_2"], false);
    assert_eq!(app["categories"]["box_10"], true);
    assert_eq!(app["declared_grounds"], json!(["law_enforcement"]));
    // A missing certificate leaves the priority unconfirmed, not the set incomplete.
    assert!(!has(&e["refusal"]["reasons"], "refusal.incomplete"));
}

/// Item 10. cl. 5, Annex 3: the receipt is for an incomplete set or expired documents.
#[test]
fn annex3_receipt_not_for_a_child_too_old() {
    let mut c = queue_case("provider_office", "2026-11-24T10:00");
    c["child"] = json!({"birth_date": "2020-05-10", "settlement": "Astana"});
    let e = eval(c);
    assert_eq!(e["refusal"]["preview"]["form"], "reasoned_reply");
}

/// Item 11. cl. 18 and cl. 24 p. 9 as one rule: no archive date months after
/// the child stopped meeting cl. 18.
#[test]
fn cl18_cl24_9_archive_date_agrees_with_eligibility() {
    let mut c = queue_case("egov_portal", "2026-03-02T10:00");
    c["child"] = json!({"birth_date": "2020-05-10", "settlement": "Astana"});
    let e = eval(c);
    assert_eq!(e["age"]["eligible"], false);
    assert_eq!(e["age"]["archive_on"], "2026-01-01");
}

fn cites(i: &Value, annex: u64, item: u64, sub: u64) -> bool {
    i["citations"].as_array().unwrap().iter().any(|c| {
        c["annex"] == annex && c["clause"] == item && c["sub"] == sub && c["act"] == "order254"
    })
}

/// Item 15. Annex 2 p. 8, portal list: the serviceman's certificate is sub. 2
/// and the teacher's sub. 3, each «(берілген күннен бастап бір ай ішінде
/// жарамды)»; the validity is cited to the portal's own item, not the office
/// list's sub. 4 / sub. 5.
#[test]
fn annex2_8_portal_validity_cites_the_portal_list_item() {
    let mut c = queue_case("egov_portal", "2026-11-24T10:00");
    c["family"] = json!({"serviceman": true, "teacher": true});
    c["documents"] = json!([
        {"kind": "phthisiatrician_conclusion"},
        {"kind": "service_workplace_certificate", "issued_on": "2026-11-20"},
        {"kind": "teacher_workplace_certificate", "issued_on": "2026-11-20"},
        {"kind": "teacher_diploma"}
    ]);
    let e = eval(c);
    let s = item(&e, "service_workplace_certificate");
    assert!(cites(s, 2, 8, 2), "{s}");
    assert!(!cites(s, 2, 8, 4), "office sub. 4 cited on the portal: {s}");
    let t = item(&e, "teacher_workplace_certificate");
    assert!(cites(t, 2, 8, 3), "{t}");
    assert!(!cites(t, 2, 8, 5), "office sub. 5 cited on the portal: {t}");
    // At the office the office list's items stay.
    let mut c = queue_case("provider_office", "2026-11-24T10:00");
    c["family"] = json!({"serviceman": true});
    c["documents"] = json!([{"kind": "service_workplace_certificate", "issued_on": "2026-11-20"}]);
    let e = eval(c);
    assert!(cites(item(&e, "service_workplace_certificate"), 2, 8, 4));
}

fn teacher_case(as_of: &str, issued: &str) -> Value {
    let mut c = queue_case("egov_portal", as_of);
    c["family"] = json!({"teacher": true});
    c["documents"] = json!([
        {"kind": "phthisiatrician_conclusion"},
        {"kind": "teacher_workplace_certificate", "issued_on": issued},
        {"kind": "teacher_diploma"}
    ]);
    c
}

/// Item 16 (a). Annex 2 p. 8 sub. 5 «берілген күннен бастап бір ай ішінде
/// жарамды»: issued Wed 28.10.2026, the month ends Sat 28.11.2026, a day off.
/// Kezek keeps that day (it does not move it to Mon 30.11 as the Civil Code
/// moves the end of a period) and tells the parent this is a reading — on the
/// Monday the certificate is expired by Kezek's reading, valid by the other.
#[test]
fn annex2_8_5_last_valid_day_on_a_day_off_is_shown_as_a_reading() {
    let e = eval(teacher_case("2026-11-23T10:00", "2026-10-28"));
    let t = item(&e, "teacher_workplace_certificate");
    assert_eq!(t["last_valid_day"], "2026-11-28");
    assert!(
        has(&t["reasons"], "doc.last_day_non_working_reading"),
        "{t}"
    );
    let e = eval(teacher_case("2026-11-30T10:00", "2026-10-28"));
    let t = item(&e, "teacher_workplace_certificate");
    assert_eq!(t["status"], "expired");
    assert!(
        has(&t["reasons"], "doc.last_day_non_working_reading"),
        "{t}"
    );
    // A month ending on a working day (Fri 18.12) carries no such note.
    let e = eval(teacher_case("2026-11-23T10:00", "2026-11-18"));
    let t = item(&e, "teacher_workplace_certificate");
    assert!(
        !has(&t["reasons"], "doc.last_day_non_working_reading"),
        "{t}"
    );
}

/// Item 16 (b). cl. 22: the originals are checked up to 5 working days after
/// sending. Sent Tue 24.11.2026: originals by Tue 01.12.2026; a certificate
/// valid to 28.11 is valid on the day of sending but not through that check.
#[test]
fn cl22_certificate_valid_on_sending_but_not_through_the_originals_check_is_warned() {
    let e = eval(teacher_case("2026-11-24T10:00", "2026-10-28"));
    assert_eq!(e["schedule"]["originals_by"], "2026-12-01");
    let t = item(&e, "teacher_workplace_certificate");
    assert_ne!(t["status"], "expired");
    assert_ne!(t["status"], "ok");
    assert!(has(&t["reasons"], "doc.expires_before_cl22_check"), "{t}");
    assert!(t["citations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["clause"] == 22 && c["annex"].is_null()));
    // Valid to 20.12: no warning.
    let e = eval(teacher_case("2026-11-24T10:00", "2026-11-20"));
    let t = item(&e, "teacher_workplace_certificate");
    assert!(!has(&t["reasons"], "doc.expires_before_cl22_check"), "{t}");
}

fn info<'a>(e: &'a Value, code: &str) -> Option<&'a Value> {
    e["information"]
        .as_array()
        .and_then(|a| a.iter().find(|i| i["reason"] == code))
}

fn cites_sub(i: &Value, clause: u64, sub: Option<u64>) -> bool {
    i["citations"].as_array().unwrap().iter().any(|c| {
        c["annex"].is_null()
            && c["clause"] == clause
            && sub.map_or(c["sub"].is_null(), |s| c["sub"] == s)
    })
}

/// Item 17. cl. 24 p. 3 «күн сайын сағат 18:00-де» the bulletin; p. 4 «таңғы
/// сағат 07:00-де» priority access for «3 (үш) жұмыс күніне»; p. 10 «3 (үш)
/// күннен кейін» the leftovers — "days", told as a reading.
#[test]
fn cl24_3_4_bulletin_at_18_00_priority_access_from_07_00_and_p10_days_reading() {
    let e = eval(queue_case("egov_portal", "2026-11-24T10:00"));
    let b = info(&e, "info.bulletin_times").expect("bulletin times told");
    assert!(
        cites_sub(b, 24, Some(3)) && cites_sub(b, 24, Some(4)),
        "{b}"
    );
    let r = info(&e, "info.leftover_places_reading").expect("p. 10 reading told");
    assert!(cites_sub(r, 24, Some(10)), "{r}");
    assert!(has(&e["reasons"], "info.leftover_places_reading"));
}

/// Item 18. cl. 10–12: complaints to the head of the provider (5 working
/// days), to the authorised body (15 working days), then court; cl. 36 the
/// same for admission; Annex 2 p. 10: home visits through 1414.
#[test]
fn cl10_12_cl36_complaints_and_annex2_10_home_visits_through_1414() {
    let e = eval(queue_case("state_corporation", "2026-11-24T10:00"));
    let c = info(&e, "info.complaints").expect("complaints told");
    for cl in [10, 11, 12] {
        assert!(cites_sub(c, cl, None), "cl. {cl}: {c}");
    }
    let h = info(&e, "info.home_visit_1414").expect("home visits told");
    assert!(h["citations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["annex"] == 2 && c["clause"] == 10));
    // Admission: cl. 36; Annex 4 has no home visit.
    let e = eval(json!({
        "service": "00403002", "channel": "provider_office", "as_of": "2026-12-03T10:00",
        "applicant": {"role": "parent"},
        "child": {"birth_date": "2022-01-20", "settlement": "Astana"},
        "documents": [{"kind": "referral", "issued_on": "2026-12-01"}],
        "consent": true
    }));
    let c = info(&e, "info.complaints").expect("complaints told for admission");
    assert!(cites_sub(c, 36, None), "{c}");
    assert!(info(&e, "info.home_visit_1414").is_none());
}
