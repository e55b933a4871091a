//! `kezek-wasm`: the thin wasm-bindgen API that embedding pages call.
//!
//! All logic lives in `kezek-rules` and `kezek-queue`; this crate only converts
//! between JavaScript values and their types. Every function takes plain JS
//! objects (or JSON strings) shaped exactly like the CLI's JSON, returns plain JS
//! objects of the same shapes, and throws an `Error` with a stable `code`
//! (and, where known, the `field`) for bad input — never a panic.
//!
//! Inputs are bounded: a value whose JSON is larger than [`MAX_INPUT_BYTES`] is
//! refused with `input.too_large` before it is parsed.

use wasm_bindgen::prelude::*;

mod allocator;
mod answer;
mod bench;
mod catalogue;
mod queue;
mod types;

pub use catalogue::{evaluate_service, prepare_service, services};
pub use queue::{forecast, position};

/// The largest JSON input accepted (a case, a calendar; snapshots have their own limit).
pub const MAX_INPUT_BYTES: usize = kezek_rules::wire::MAX_INPUT_BYTES;

/// The edition of every order compiled into this module: order No. 254's
/// first (as it was the whole answer before), then the catalogue's, order
/// No. 414 and order No. 188 (`kezek_rules::EDITIONS`, as `kezek edition`).
#[wasm_bindgen]
pub fn edition() -> String {
    kezek_rules::EDITIONS.to_string()
}

/// `evaluate(case, calendar?, options?)`: the full evaluation (category,
/// queues, age, limits, checklist, schedule, refusal risks, application,
/// citations). `calendar` (optional) is newer working-day calendar data (JSON
/// object or string). `options.sections` (optional) asks for only some
/// sections, e.g. `["category", "queues"]`: the answer then has the header
/// and those sections, each computed with only what it depends on (faster;
/// the full evaluation when absent).
#[wasm_bindgen(js_name = evaluate, unchecked_return_type = "CaseEvaluation")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "object | string")] case: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Calendar | string | null")] calendar: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "EvaluateOptions | null")] options: JsValue,
) -> Result<JsValue, JsValue> {
    let sections = sections_option(&options)?;
    let case = parse_case(&case)?;
    let cal = calendar_arg(&calendar)?;
    let cal = cal
        .as_ref()
        .unwrap_or(kezek_rules::calendar::Calendar::builtin());
    // Every section is the full evaluation, with the same JSON: one answer
    // type (and one serializer in the module) for both.
    let wanted = sections.as_deref().unwrap_or(kezek_rules::Section::ALL);
    // The case is validated as it is read (`wire::read_valid_case`): not again.
    to_js(&case.evaluate_sections(cal, wanted).map_err(case_error)?)
}

#[wasm_bindgen(module = "/src/answer.js")]
extern "C" {
    /// The path of the first NaN or ±Infinity in an input object (answer.js).
    #[wasm_bindgen(js_name = kezek_non_finite_path)]
    fn non_finite_path(v: &JsValue) -> Option<String>;
    /// Whether an input object nests deeper than `limit` levels (answer.js).
    #[wasm_bindgen(js_name = kezek_nested_deeper_than)]
    fn nested_deeper_than(v: &JsValue, limit: u32) -> bool;
    /// `[path, message]` of the first object of an input that JSON.stringify
    /// writes as `{}` though it holds entries (a Map, a Set…), or undefined
    /// (answer.js).
    #[wasm_bindgen(js_name = kezek_not_json_object)]
    fn not_json_object(v: &JsValue) -> JsValue;
    /// What an input's JSON text holds that asks for a second look (answer.js):
    /// [`HOLDS_NULL`], [`HOLDS_EMPTY_OBJECT`].
    #[wasm_bindgen(js_name = kezek_text_holds)]
    fn text_holds(text: &js_sys::JsString) -> u32;
}

/// [`text_holds`]: the text holds `null`.
const HOLDS_NULL: u32 = 1;
/// [`text_holds`]: the text holds `{}`.
const HOLDS_EMPTY_OBJECT: u32 = 2;

/// An input object holding a Map, a Set, an ArrayBuffer, an instance of a
/// class with no fields of its own or another object that JSON.stringify
/// writes as `{}`, losing what it holds (a request's `facts` as a Map was read
/// as no facts; forecast options as a Map as the defaults), or itself written
/// as no object (evaluate's options as a Date were read as no options):
/// `input.not_json` at its field — the argument's name for the whole
/// argument, a document's path from its root, another argument's under its
/// name — as the embedding bridge refuses them (`embed.bad_type`).
fn not_json_object_error(v: &JsValue, field: &str) -> Result<(), JsValue> {
    let found = not_json_object(v);
    if found.is_undefined() {
        return Ok(());
    }
    let found = js_sys::Array::from(&found);
    let path = found.get(0).as_string().unwrap_or_default();
    let message = found.get(1).as_string().unwrap_or_default();
    if path.is_empty() {
        return Err(js_error("input.not_json", field, &message));
    }
    let e = kezek_rules::wire::ErrorObject::field("input.not_json", &path, message);
    Err(error_object(document_or_under(e, field)))
}

#[wasm_bindgen]
extern "C" {
    // The reflection `sections_option` uses, each of which a Proxy's trap or
    // a getter can make throw: caught, so that is said with a code.
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(v: &JsValue) -> Result<js_sys::Array, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = isArray)]
    fn is_array(v: &JsValue) -> Result<bool, JsValue>;
    #[wasm_bindgen(catch, js_namespace = Array, js_name = from)]
    fn array_from(v: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// `options.sections` of `evaluate`: `None` for the whole evaluation.
fn sections_option(options: &JsValue) -> Result<Option<Vec<kezek_rules::Section>>, JsValue> {
    if options.is_undefined() || options.is_null() {
        return Ok(None);
    }
    // A Proxy whose trap throws, a getter that throws: as a case that cannot
    // be turned into JSON.
    let unreadable = |field: &'static str| {
        move |_: JsValue| {
            js_error(
                "input.not_json",
                field,
                "the value cannot be read (a getter or a Proxy trap threw)",
            )
        }
    };
    let not_an_object = || {
        js_error(
            "input.not_an_object",
            "options",
            "expected an object such as { sections: [\"category\", \"queues\"] }",
        )
    };
    if !options.is_object() {
        return Err(not_an_object());
    }
    // A Map of options has no keys: it was read as no options; so were a
    // Date (its toJSON a text), a boxed number and an instance of a class
    // whose options are getters (JSON.stringify writes `{}`).
    not_json_object_error(options, "options")?;
    let keys = object_keys(options).map_err(unreadable("options"))?;
    if is_array(options).map_err(unreadable("options"))? {
        return Err(not_an_object());
    }
    // A misspelt option (`{sectoins: …}`) is said, not silently ignored.
    if let Some(other) = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| k != "sections")
    {
        return Err(js_error(
            "input.unknown_option",
            &unknown_option_field(&other),
            "not an option of evaluate; the one option is `sections`",
        ));
    }
    let names = js_sys::Reflect::get(options, &"sections".into())
        .map_err(unreadable("options.sections"))?;
    if names.is_undefined() {
        return Ok(None);
    }
    let all = || {
        kezek_rules::Section::ALL
            .iter()
            .map(|s| s.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    if !is_array(&names).map_err(unreadable("options.sections"))? {
        return Err(js_error(
            "input.bad_sections",
            "options.sections",
            &format!("expected a list of section names: {}", all()),
        ));
    }
    array_from(&names)
        .map_err(unreadable("options.sections"))?
        .iter()
        .enumerate()
        .map(|(i, name)| {
            name.as_string()
                .as_deref()
                .and_then(kezek_rules::Section::from_name)
                .ok_or_else(|| {
                    js_error(
                        "input.bad_sections",
                        &format!("options.sections[{i}]"),
                        &format!("not a section of the evaluation; one of: {}", all()),
                    )
                })
        })
        .collect::<Result<Vec<_>, _>>()
        .map(Some)
}

/// `checklist(case, calendar?)`: only the document checklist of the evaluation.
#[wasm_bindgen(js_name = checklist, unchecked_return_type = "Checklist")]
pub fn checklist(
    #[wasm_bindgen(unchecked_param_type = "object | string")] case: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Calendar | string | null")] calendar: JsValue,
) -> Result<JsValue, JsValue> {
    let case = parse_case(&case)?;
    let cal = calendar_arg(&calendar)?;
    // The checklist section of the evaluation, its dates checked against
    // the supported range as `evaluate` checks them; the case validated as
    // it was read, not again (probe46: it was validated twice).
    let part = case
        .evaluate_sections(
            cal.as_ref()
                .unwrap_or(kezek_rules::calendar::Calendar::builtin()),
            &[kezek_rules::Section::Checklist],
        )
        .map_err(case_error)?;
    to_js(&part.checklist)
}

/// `validateIin(iin)`: `{valid: true, iin, birth_date, sex}` or `{valid: false, code,
/// message}`, the rules' one IIN answer ([`kezek_rules::iin::answer`], `kezek iin`'s).
/// Throws only when `iin` is not a string.
#[wasm_bindgen(js_name = validateIin, unchecked_return_type = "IinAnswer")]
pub fn validate_iin(
    #[wasm_bindgen(unchecked_param_type = "string")] iin: JsValue,
) -> Result<JsValue, JsValue> {
    let s = iin.as_string().ok_or_else(|| {
        js_error(
            "input.not_a_string",
            "iin",
            "the IIN must be a string of 12 digits",
        )
    })?;
    to_js(&kezek_rules::iin::answer(&s))
}

/// `workingDays(from, to, calendar?)`: the number of working days `w` with
/// `from < w <= to` (dates `YYYY-MM-DD`); when `to` is before `from`, minus
/// the number with `to < w <= from` — a signed count, as
/// `Calendar::working_days_between` counts them.
#[wasm_bindgen(js_name = workingDays, unchecked_return_type = "number")]
pub fn working_days(
    #[wasm_bindgen(unchecked_param_type = "string")] from: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string")] to: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Calendar | string | null")] calendar: JsValue,
) -> Result<JsValue, JsValue> {
    let from = date_arg(&from, "from")?;
    let to = date_arg(&to, "to")?;
    let cal = calendar_arg(&calendar)?;
    let cal = cal
        .as_ref()
        .unwrap_or(kezek_rules::calendar::Calendar::builtin());
    Ok(JsValue::from_f64(cal.working_days_between(from, to) as f64))
}

fn date_arg(v: &JsValue, field: &str) -> Result<chrono::NaiveDate, JsValue> {
    let s = v.as_string().ok_or_else(|| {
        js_error(
            "input.not_a_string",
            field,
            "expected a date string YYYY-MM-DD",
        )
    })?;
    kezek_rules::dates::parse_date(&s).map_err(|e| match e {
        kezek_rules::dates::DateError::Malformed(_) => {
            js_error("input.bad_date", field, &not_a_date_message(&s))
        }
        e => js_error("input.date_out_of_range", field, &e.to_string()),
    })
}

/// A JS value as JSON text: strings are taken as JSON, objects are stringified.
pub(crate) fn json_text(v: &JsValue, field: &str) -> Result<String, JsValue> {
    json_text_within(v, field, MAX_INPUT_BYTES)
}

/// [`json_text`] with its own size limit (snapshots may be larger).
///
/// The limit is checked on the JS string before it is copied into the
/// module's memory: a UTF-8 text has at least as many bytes as its JS string
/// has UTF-16 units, so a string longer than the limit is refused without
/// being copied (a 500 MB string does not first grow the module by 500 MB).
pub(crate) fn json_text_within(v: &JsValue, field: &str, limit: usize) -> Result<String, JsValue> {
    let js = if let Some(s) = v.dyn_ref::<js_sys::JsString>() {
        s.clone()
    } else if v.is_object() {
        // JSON.stringify throws (a cycle, a BigInt; nesting deeper than the
        // JS engine's stack: V8's gives up at some thousands of levels) or
        // answers undefined (a value whose toJSON does). Nested deeper than
        // the engine reads JSON, the value is JSON all the same: said so, as
        // the same text given as a string is.
        js_sys::JSON::stringify(v)
            .ok()
            .filter(|s| s.is_string())
            .ok_or_else(|| {
                let limit = kezek_rules::wire::MAX_DEPTH as u32;
                if nested_deeper_than(v, limit) {
                    return error_object(document_or_under(
                        kezek_rules::wire::too_deep_error(),
                        field,
                    ));
                }
                js_error(
                    "input.not_json",
                    field,
                    "the value cannot be converted to JSON",
                )
            })?
    } else {
        return Err(js_error(
            "input.not_an_object",
            field,
            "expected an object or a JSON string",
        ));
    };
    // Both looks below are asked for in one call (issue 19: two calls, each
    // with its needle copied out of the module, were a twelfth of reading a case).
    let holds = if v.is_string() { 0 } else { text_holds(&js) };
    // NaN and ±Infinity are written by JSON.stringify as null: an optional
    // field would read as "not given". Looked for only when the text holds a
    // null (a JSON text cannot carry them; most inputs have no null).
    if holds & HOLDS_NULL != 0 {
        if let Some(path) = non_finite_path(v) {
            let e = kezek_rules::wire::ErrorObject::field(
                "input.not_finite",
                &path,
                "NaN and Infinity are not numbers JSON can carry: give a number, or leave the field out".to_owned(),
            );
            return Err(error_object(document_or_under(e, field)));
        }
    }
    // A Map, a Set, an ArrayBuffer… is written as `{}`: looked for only when
    // the text holds one (most inputs hold none).
    if holds & HOLDS_EMPTY_OBJECT != 0 {
        not_json_object_error(v, field)?;
    }
    let too_large = |bytes: usize, at_least: &str| {
        js_error(
            "input.too_large",
            field,
            &format!("the input is {at_least}{bytes} bytes; at most {limit} are accepted"),
        )
    };
    // A byte-order mark is not part of the text (it is stripped below).
    let bom = js.length() > 0 && js.char_code_at(0) == f64::from(0xfeff);
    let units = js.length() as usize - usize::from(bom);
    if units > limit {
        return Err(too_large(units, "at least "));
    }
    let text = String::from(js);
    let text = match kezek_rules::wire::strip_bom(&text) {
        t if t.len() == text.len() => text,
        t => t.to_owned(),
    };
    if text.len() > limit {
        return Err(too_large(text.len(), ""));
    }
    Ok(text)
}

/// An error found in the argument `field` as the JS API names it: the
/// document's fields from its root (a case's, a request's, a snapshot's),
/// another argument's under its name, as their other errors are.
fn document_or_under(
    e: kezek_rules::wire::ErrorObject,
    field: &str,
) -> kezek_rules::wire::ErrorObject {
    match field {
        "case" | "request" | "snapshot" => e,
        argument => e.under(argument),
    }
}

fn parse_case(v: &JsValue) -> Result<kezek_rules::ValidCase, JsValue> {
    let text = json_text(v, "case")?;
    kezek_rules::wire::read_valid_case(&text).map_err(error_of(v))
}

/// The engine's error object of reading the argument `v`: for an argument
/// given as an object, without the position in the text `JSON.stringify`
/// wrote from it ([`ErrorObject::of_an_object`]); for JSON text, as is.
pub(crate) fn error_of(v: &JsValue) -> impl Fn(kezek_rules::wire::ErrorObject) -> JsValue {
    let object = !v.is_string();
    move |e| error_object(if object { e.of_an_object() } else { e })
}

pub(crate) fn calendar_arg(
    v: &JsValue,
) -> Result<Option<kezek_rules::calendar::Calendar>, JsValue> {
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    let text = json_text(v, "calendar")?;
    kezek_rules::calendar::Calendar::from_json(&text)
        .map(Some)
        .map_err(|e| error_of(v)(e.into()))
}

fn case_error(e: kezek_rules::CaseError) -> JsValue {
    error_object(e.into())
}

/// The engine's error object as a thrown JS `Error` (`code`, `field`, `line`,
/// `message`): the same object the CLI prints with `--json`.
pub(crate) fn error_object(e: kezek_rules::wire::ErrorObject) -> JsValue {
    let err = js_error(&e.code, &e.field, &e.message);
    if let Some(l) = e.line {
        let _ = js_sys::Reflect::set(&err, &"line".into(), &JsValue::from_f64(l as f64));
    }
    err
}

/// A JS `Error` with `code` and `field` properties: `field` is always
/// there, `""` when the error concerns no one field, as the error object's
/// schema and the CLI's `--json` write it.
pub(crate) fn js_error(code: &str, field: &str, message: &str) -> JsValue {
    let err = js_sys::Error::new(message);
    let _ = js_sys::Reflect::set(&err, &"code".into(), &code.into());
    let _ = js_sys::Reflect::set(&err, &"field".into(), &field.into());
    err.into()
}

/// Plain JS objects, the answer's JSON (the CLI's), built in one crossing.
pub(crate) use answer::to_js;

/// The field of `evaluate`'s option `key`, which is not one: `options.` and
/// the key as an unknown key of a document is named (its first 40
/// characters and `…` when longer).
fn unknown_option_field(key: &str) -> String {
    format!("options.{}", kezek_rules::wire::shown_key(key))
}

/// What `workingDays` says of a date argument `s` not in the form
/// YYYY-MM-DD, the value cut as every message cuts one.
fn not_a_date_message(s: &str) -> String {
    format!(
        "`{}` is not a date YYYY-MM-DD",
        kezek_rules::wire::shown_key(s)
    )
}

#[cfg(test)]
mod tests {
    /// A long value an error names is cut to its first 40 characters and
    /// `…`, as every other door cuts one (`kezek_rules::wire::quoted_shown`):
    /// `evaluate`'s unknown option and `workingDays`' malformed date were cut
    /// silently, a reader not told it was cut (probe44). A short one is whole.
    #[test]
    fn a_long_unknown_option_or_date_is_cut_with_an_ellipsis() {
        let long = "x".repeat(60);
        let forty = "x".repeat(40);
        assert_eq!(
            super::unknown_option_field(&long),
            format!("options.{forty}…")
        );
        assert_eq!(super::unknown_option_field("sectoins"), "options.sectoins");
        assert_eq!(
            super::not_a_date_message(&long),
            format!("`{forty}…` is not a date YYYY-MM-DD")
        );
        assert_eq!(
            super::not_a_date_message(&forty),
            format!("`{forty}` is not a date YYYY-MM-DD")
        );
    }
}
