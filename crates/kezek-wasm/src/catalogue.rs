//! `services`, `evaluateService`, `prepareService`: the family-and-children
//! services of order No. 414 in the JS API, forwarding to
//! `kezek_rules::catalogue`. Requests and answers have the shapes of `kezek
//! evaluate` on a catalogue request; errors are the engine's error object.

use wasm_bindgen::prelude::*;

use crate::{calendar_arg, error_object, json_text, to_js};
use kezek_rules::catalogue;

include!(concat!(env!("OUT_DIR"), "/listing_text.rs"));

/// `services()`: every service of the catalogue with its names in kk/ru/en,
/// provider, channels, terms (as `kezek services --json`). The names come
/// from the texts `build.rs` compiled in, not the whole catalogue messages.
#[wasm_bindgen(js_name = services, unchecked_return_type = "ServiceListing[]")]
pub fn services() -> Result<JsValue, JsValue> {
    to_js(&catalogue::listing_with(&|lang, key| {
        listing_text(lang, key).unwrap_or(key).to_owned()
    }))
}

#[cfg(test)]
mod tests {
    /// The texts compiled in are the ones the whole message files give.
    #[test]
    fn the_compiled_in_names_are_the_listing_of_the_message_files() {
        let compact = kezek_rules::catalogue::listing_with(&|lang, key| {
            super::listing_text(lang, key).unwrap_or(key).to_owned()
        });
        assert_eq!(compact, kezek_rules::catalogue::listing());
        assert!(compact.iter().all(|s| !s.name.kk.starts_with("svc-")));
    }
}

fn request(v: &JsValue) -> Result<catalogue::Request, JsValue> {
    let text = json_text(v, "request")?;
    kezek_rules::wire::read_request(&text).map_err(crate::error_of(v))
}

fn evaluated(
    request_v: &JsValue,
    calendar: &JsValue,
) -> Result<(catalogue::Request, catalogue::Evaluation), JsValue> {
    let req = request(request_v)?;
    let cal = calendar_arg(calendar)?;
    let eval = catalogue::evaluate(
        &req,
        cal.as_ref()
            .unwrap_or(kezek_rules::calendar::Calendar::builtin()),
    )
    .map_err(|e| error_object(e.into()))?;
    Ok((req, eval))
}

/// `evaluateService(request, calendar?)`: eligibility with its grounds, the
/// checklist for the channel, the refusal risks the facts trigger, and the
/// due date — each line with its citation.
#[wasm_bindgen(js_name = evaluateService, unchecked_return_type = "ServiceEvaluation")]
pub fn evaluate_service(
    #[wasm_bindgen(unchecked_param_type = "ServiceRequest | string")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Calendar | string | null")] calendar: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let (_, eval) = evaluated(&request, &calendar.unwrap_or(JsValue::UNDEFINED))?;
    to_js(&eval)
}

/// `prepareService(request, calendar?)`: the application to hand off
/// (`kezek.catalogue-application/1`) and its SHA-256: the facts the request
/// gives that the service asks, and `applicant` / `child` when it names them
/// (`kezek_rules::catalogue::prepare`, the app's rule).
#[wasm_bindgen(js_name = prepareService, unchecked_return_type = "PreparedService")]
pub fn prepare_service(
    #[wasm_bindgen(unchecked_param_type = "ServiceRequest | string")] request: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Calendar | string | null")] calendar: Option<
        JsValue,
    >,
) -> Result<JsValue, JsValue> {
    let (req, eval) = evaluated(&request, &calendar.unwrap_or(JsValue::UNDEFINED))?;
    to_js(&catalogue::prepare(&req, &eval))
}
