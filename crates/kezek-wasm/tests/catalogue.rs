//! The catalogue of order No. 414 in the JS API, inside headless Chromium:
//! `services()`, `evaluateService()` with the refusal preview,
//! `prepareService()`, and the engine's error object on bad input.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
wasm_bindgen_test_configure!(run_in_browser);

const MEALS: &str = include_str!("../../kezek-rules/examples/catalogue/school-meals-tsa.json");

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    path.iter().fold(v.clone(), |acc, k| {
        js_sys::Reflect::get(&acc, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    })
}

fn text(v: &JsValue, path: &[&str]) -> String {
    get(v, path).as_string().unwrap_or_default()
}

#[wasm_bindgen_test]
fn services_lists_the_whole_catalogue_with_names_in_three_languages() {
    let list = js_sys::Array::from(&kezek_wasm::services().unwrap());
    assert_eq!(
        list.length() as usize,
        kezek_rules::catalogue::catalogue().len()
    );
    let meals = list
        .iter()
        .find(|s| text(s, &["code"]) == "00403008")
        .expect("school meals listed");
    assert!(text(&meals, &["name", "ru"]).contains("питания"));
    assert!(text(&meals, &["name", "kk"]).starts_with("Жалпы білім беретін мектептердегі"));
    assert!(text(&meals, &["name", "en"]).contains("meals"));
    assert_eq!(text(&meals, &["term", "0", "unit"]), "working_days");
}

#[wasm_bindgen_test]
fn evaluate_service_returns_eligibility_checklist_risks_and_due_date() {
    let eval = kezek_wasm::evaluate_service(JsValue::from_str(MEALS), None).unwrap();
    assert_eq!(
        get(&eval, &["eligibility", "eligible"]).as_bool(),
        Some(true)
    );
    assert_eq!(text(&eval, &["checklist", "0", "id"]), "application");
    assert_eq!(text(&eval, &["due", "due"]), "2026-12-23T18:30:00");
    assert_eq!(
        js_sys::Array::from(&get(&eval, &["refusal_risks"])).length(),
        0
    );
}

#[wasm_bindgen_test]
fn a_ticked_refusal_ground_is_previewed_with_its_citation() {
    let req = js_sys::JSON::parse(MEALS).unwrap();
    let facts = get(&req, &["facts"]);
    js_sys::Reflect::set(&facts, &"documents_unreliable".into(), &JsValue::TRUE).unwrap();
    let eval = kezek_wasm::evaluate_service(req, None).unwrap();
    let risks = js_sys::Array::from(&get(&eval, &["refusal_risks"]));
    assert_eq!(risks.length(), 1);
    assert_eq!(text(&risks.get(0), &["code"]), "documents-unreliable");
    assert_eq!(
        get(&risks.get(0), &["citation", "annex"]).as_f64(),
        Some(17.0)
    );
    assert_eq!(
        get(&eval, &["eligibility", "eligible"]).as_bool(),
        Some(false)
    );
}

#[wasm_bindgen_test]
fn prepare_service_hands_off_the_application_with_its_digest() {
    let p = kezek_wasm::prepare_service(JsValue::from_str(MEALS), None).unwrap();
    assert_eq!(
        text(&p, &["application", "format"]),
        "kezek.catalogue-application/1"
    );
    assert_eq!(text(&p, &["sha256"]).len(), 64);
}

#[wasm_bindgen_test]
fn catalogue_errors_are_the_engines_error_object() {
    let unknown = MEALS.replace("00403008", "99999999");
    let err = kezek_wasm::evaluate_service(JsValue::from_str(&unknown), None).unwrap_err();
    assert!(err.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&err, &["code"]), "catalogue.unknown_service");
    assert_eq!(text(&err, &["field"]), "service");
    let fax = MEALS.replace("\"egov_portal\"", "\"fax\"");
    let err = kezek_wasm::evaluate_service(JsValue::from_str(&fax), None).unwrap_err();
    assert_eq!(text(&err, &["code"]), "catalogue.unknown_channel");
    assert_eq!(text(&err, &["field"]), "channel");
    let err = kezek_wasm::prepare_service(JsValue::from_f64(3.0), None).unwrap_err();
    assert_eq!(text(&err, &["code"]), "input.not_an_object");
    // A byte-order mark before the JSON is not an error.
    let bom = format!("\u{feff}{MEALS}");
    assert!(kezek_wasm::evaluate_service(JsValue::from_str(&bom), None).is_ok());
}

/// Order No. 414 cl. 4: a request dated before the order could be in force
/// (2019-01-01) is warned in `evaluateService` and `prepareService`, as
/// order 254's `evaluate` is; one of 15.12.2026 is not.
#[wasm_bindgen_test]
fn order414_cl4_a_request_before_entry_into_force_is_warned() {
    let req = js_sys::JSON::parse(MEALS).unwrap();
    js_sys::Reflect::set(&req, &"as_of".into(), &"2019-01-01T10:00".into()).unwrap();
    let eval = kezek_wasm::evaluate_service(req.clone(), None).unwrap();
    assert_eq!(
        text(&eval, &["edition_warning", "code"]),
        "before_effective"
    );
    assert_eq!(
        text(&eval, &["edition_warning", "reason"]),
        "edition.order188_before_effective"
    );
    let prepared = kezek_wasm::prepare_service(req, None).unwrap();
    assert_eq!(
        text(&prepared, &["edition_warning", "code"]),
        "before_effective"
    );
    let now = kezek_wasm::evaluate_service(JsValue::from_str(MEALS), None).unwrap();
    assert!(get(&now, &["edition_warning"]).is_undefined());
}
