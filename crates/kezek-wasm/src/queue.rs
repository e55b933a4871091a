//! `position` and `forecast`: the queue functions of the JS API over
//! `kezek-queue`. Snapshots may be large, so they have their own size limit.

use wasm_bindgen::prelude::*;

use crate::{js_error, to_js};

/// The largest snapshot JSON accepted (a city of ~500,000 applications).
pub const MAX_SNAPSHOT_BYTES: usize = 64 << 20;

fn text(v: &JsValue, field: &str, limit: usize) -> Result<String, JsValue> {
    let s = if let Some(s) = v.as_string() {
        s
    } else if v.is_object() {
        js_sys::JSON::stringify(v)
            .map_err(|_| {
                js_error(
                    "input.not_json",
                    field,
                    "the value cannot be converted to JSON",
                )
            })?
            .as_string()
            .unwrap_or_default()
    } else {
        return Err(js_error(
            "input.not_an_object",
            field,
            "expected an object or a JSON string",
        ));
    };
    if s.len() > limit {
        return Err(js_error(
            "input.too_large",
            field,
            &format!(
                "the input is {} bytes; at most {limit} are accepted",
                s.len()
            ),
        ));
    }
    Ok(s)
}

fn queue_error(e: kezek_queue::QueueError) -> JsValue {
    let err = js_error(&e.code, &e.field, &e.to_string());
    if let Some(l) = e.line {
        let _ = js_sys::Reflect::set(&err, &"line".into(), &JsValue::from_f64(l as f64));
    }
    err
}

fn snapshot(v: &JsValue) -> Result<kezek_queue::Snapshot, JsValue> {
    kezek_queue::parse_json(&text(v, "snapshot", MAX_SNAPSHOT_BYTES)?).map_err(queue_error)
}

fn query(v: &JsValue) -> Result<kezek_queue::Query, JsValue> {
    let t = text(v, "application", crate::MAX_INPUT_BYTES)?;
    serde_json::from_str(&t).map_err(|e| js_error("query.invalid", "application", &e.to_string()))
}

/// `position(snapshot, application)`: the exact position (cl. 21), who is
/// ahead by group, and the position as a general applicant.
/// `application` is `{birth_year, queue?, group?, submitted?, id?}`.
#[wasm_bindgen(js_name = position)]
pub fn position(snapshot_v: JsValue, application: JsValue) -> Result<JsValue, JsValue> {
    let snap = snapshot(&snapshot_v)?;
    let q = query(&application)?;
    to_js(&kezek_queue::position(&snap, &q).map_err(queue_error)?)
}

/// `forecast(snapshot, application, options?)`: the seeded Monte Carlo
/// forecast of the referral date (P10/P50/P90, histogram, probabilities).
#[wasm_bindgen(js_name = forecast)]
pub fn forecast(
    snapshot_v: JsValue,
    application: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let snap = snapshot(&snapshot_v)?;
    let q = query(&application)?;
    let opts: kezek_queue::ForecastOptions = if options.is_undefined() || options.is_null() {
        Default::default()
    } else {
        let t = text(&options, "options", crate::MAX_INPUT_BYTES)?;
        serde_json::from_str(&t)
            .map_err(|e| js_error("forecast.bad_options", "options", &e.to_string()))?
    };
    to_js(&kezek_queue::forecast(&snap, &q, &opts).map_err(queue_error)?)
}
