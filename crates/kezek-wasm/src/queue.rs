//! `position` and `forecast`: the queue functions of the JS API over
//! `kezek-queue`. Snapshots may be large, so they have their own size limit.

use wasm_bindgen::prelude::*;

use kezek_rules::wire::ErrorObject;

use crate::{json_text, json_text_within, to_js};

/// The largest snapshot JSON accepted (a city of ~500,000 applications).
pub const MAX_SNAPSHOT_BYTES: usize = 64 << 20;

fn queue_error(e: kezek_queue::QueueError) -> JsValue {
    crate::error_object(e)
}

fn read_snapshot(v: &JsValue) -> Result<kezek_queue::Snapshot, JsValue> {
    kezek_queue::parse_json(&json_text_within(v, "snapshot", MAX_SNAPSHOT_BYTES)?)
        .map_err(crate::error_of(v))
}

/// The question, as the integrator gives it: an `id` with a `group` or a
/// `submitted` beside it is refused ([`kezek_queue::AskedQuery`]).
fn query(v: &JsValue) -> Result<kezek_queue::Query, JsValue> {
    read::<kezek_queue::AskedQuery>(v, "application", "query.invalid")?
        .query()
        .map_err(crate::error_of(v))
}

/// An argument read by the wire's typed reader: an error names the field
/// at fault under the argument (`application.group`, `options.seed`).
fn read<T: serde::de::DeserializeOwned>(v: &JsValue, arg: &str, code: &str) -> Result<T, JsValue> {
    let t = json_text(v, arg)?;
    kezek_rules::wire::read_typed(&t).map_err(|e| crate::error_of(v)(read_error(e, &t, arg, code)))
}

/// What `position`'s and `forecast`'s `application` holds, as an empty one
/// is told.
const HOLDS_APPLICATION: &str = "the application asked about, a JSON object such as {\"birth_year\": 2023, \"group\": \"general\", \"submitted\": \"2026-05-01T10:00\"}";

/// What `forecast`'s `options` holds, as an empty one is told.
const HOLDS_OPTIONS: &str =
    "forecast options, a JSON object such as {\"paths\": 10000, \"seed\": 1}, or no options";

/// A typed read's error as the error object of the argument `arg`, its
/// field named under it ([`ErrorObject::under`]): `code`, or for a date
/// outside 1900-2200 `input.date_out_of_range` (as `workingDays`' dates, and
/// as a case's, a request's and a snapshot's dates have their own
/// `…date_out_of_range`).
fn read_error(e: kezek_rules::wire::TypedError, text: &str, arg: &str, code: &str) -> ErrorObject {
    // Nested deeper than JSON is read: the whole argument (an object given
    // is one line, so no line).
    if let Some(deep) = e.too_deep {
        return deep.at_line(None).under(arg);
    }
    // No JSON at all (`""`): said so, with what the argument holds.
    let holds = match arg {
        "application" => HOLDS_APPLICATION,
        _ => HOLDS_OPTIONS,
    };
    if let Some(empty) = kezek_rules::wire::empty(text, holds) {
        return empty.under(arg);
    }
    let code = if e.is_out_of_range() {
        "input.date_out_of_range"
    } else {
        code
    };
    // At the line its message says, as every input's error (given as an
    // object, both are left out: `error_of`).
    ErrorObject::new(code, &e.field, e.error.to_string())
        .under(arg)
        .at_line(Some(e.error.line()).filter(|&l| l > 0))
}

/// `position(snapshot, application)`: the exact position (cl. 21), who is
/// ahead by group, and the position as a general applicant.
/// `application` is `{birth_year, queue?, group?, submitted?, id?}`; `group`
/// is `out_of_turn`, `first` or `general`, and an evaluation's
/// `category.category` is read as its group (`first_priority` is `first`).
#[wasm_bindgen(js_name = position, unchecked_return_type = "Position")]
pub fn position(
    #[wasm_bindgen(unchecked_param_type = "Snapshot | string")] snapshot: JsValue,
    #[wasm_bindgen(unchecked_param_type = "QueueApplication | string")] application: JsValue,
) -> Result<JsValue, JsValue> {
    let snap = read_snapshot(&snapshot)?;
    let q = query(&application)?;
    // The engine names the field by the error object's rule: the snapshot's
    // as the path inside it, the question's under `application`, the
    // options' under `options` (kezek_queue::error).
    to_js(&kezek_queue::position(&snap, &q).map_err(queue_error)?)
}

/// `forecast(snapshot, application, options?)`: the seeded Monte Carlo
/// forecast of the referral date (P10/P50/P90, histogram, probabilities).
#[wasm_bindgen(js_name = forecast, unchecked_return_type = "Forecast")]
pub fn forecast(
    #[wasm_bindgen(unchecked_param_type = "Snapshot | string")] snapshot: JsValue,
    #[wasm_bindgen(unchecked_param_type = "QueueApplication | string")] application: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "ForecastOptions | string | null")]
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let snap = read_snapshot(&snapshot)?;
    let q = query(&application)?;
    let opts: kezek_queue::ForecastOptions = if options.is_undefined() || options.is_null() {
        Default::default()
    } else {
        read(&options, "options", "forecast.bad_options")?
    };
    to_js(&kezek_queue::forecast(&snap, &q, &opts).map_err(queue_error)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A path that starts with an index is named under the argument as
    /// `application[0]…`, not `application.[0]…` (as `ErrorObject::under`
    /// names it); a path of a field as `application.group`; none as the
    /// argument itself.
    #[test]
    fn a_reading_error_is_named_under_its_argument() {
        let field = |text: &str| {
            let e =
                kezek_rules::wire::read_typed::<Vec<kezek_queue::AskedQuery>>(text).unwrap_err();
            read_error(e, text, "application", "query.invalid").field
        };
        assert_eq!(
            field(r#"[{"birth_year": "x"}]"#),
            "application[0].birth_year"
        );
        assert_eq!(field("[7]"), "application[0]");
        assert_eq!(field("{"), "application");
        let text = r#"{"birth_year": 2023, "group": "firts"}"#;
        let e = kezek_rules::wire::read_typed::<kezek_queue::AskedQuery>(text).unwrap_err();
        let e = read_error(e, text, "application", "query.invalid");
        // The line its message says, as every error's (probe46: the message
        // said «at line 1 column 37» and the object had no line).
        assert_eq!(
            (e.code.as_str(), e.field.as_str(), e.line),
            ("query.invalid", "application.group", Some(1))
        );
        assert!(e.message.ends_with("at line 1 column 37"), "{e}");
        let text = "{\n\"paths\": 50,\n\"seed\": \"one\"}";
        let e = kezek_rules::wire::read_typed::<kezek_queue::ForecastOptions>(text).unwrap_err();
        let e = read_error(e, text, "options", "forecast.bad_options");
        assert_eq!((e.field.as_str(), e.line), ("options.seed", Some(3)), "{e}");
    }

    /// A field a question or the forecast options do not have is refused at
    /// its path under the argument, never ignored (README, JS API; probe44):
    /// `{paths: 50, seeed: 1}` does not run with the default seed.
    #[test]
    fn an_unknown_field_of_a_question_or_options_is_refused_at_its_path() {
        let text = r#"{"birth_year": 2023, "submited": "2026-05-01T10:00"}"#;
        let e = kezek_rules::wire::read_typed::<kezek_queue::AskedQuery>(text).unwrap_err();
        let e = read_error(e, text, "application", "query.invalid");
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("query.invalid", "application.submited")
        );
        let text = r#"{"paths": 50, "preference": {"kind": "any", "zz": 1}}"#;
        let e = kezek_rules::wire::read_typed::<kezek_queue::ForecastOptions>(text).unwrap_err();
        let e = read_error(e, text, "options", "forecast.bad_options");
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("forecast.bad_options", "options.preference.zz")
        );
    }

    /// A question or options given as an empty string say they are empty
    /// and what they should hold, `input.empty` under the argument's name
    /// (probe43): `position(snapshot, "")` was `query.invalid` «EOF while
    /// parsing a value at line 1 column 0».
    #[test]
    fn an_empty_argument_is_empty_under_its_name() {
        let e = kezek_rules::wire::read_typed::<kezek_queue::AskedQuery>(" ").unwrap_err();
        let e = read_error(e, " ", "application", "query.invalid");
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("input.empty", "application")
        );
        assert!(e.message.contains("birth_year"), "{e}");
        let e = kezek_rules::wire::read_typed::<kezek_queue::ForecastOptions>("").unwrap_err();
        let e = read_error(e, "", "options", "forecast.bad_options");
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("input.empty", "options")
        );
        assert!(e.message.contains("paths"), "{e}");
    }

    /// A question or options nested deeper than JSON is read are
    /// `input.too_deep` under the argument (helper-157's doors probe: an
    /// object nested ~5,000 deep was said not to be JSON), not
    /// `query.invalid` / `forecast.bad_options` at a field deep inside.
    #[test]
    fn an_argument_nested_too_deep_is_too_deep_under_its_name() {
        let deep = format!(
            r#"{{"paths": 50, "preference": {{"kind": "only", "preschools": {}{}}}}}"#,
            "[".repeat(5_000),
            "]".repeat(5_000)
        );
        let e = kezek_rules::wire::read_typed::<kezek_queue::ForecastOptions>(&deep).unwrap_err();
        let e = read_error(e, &deep, "options", "forecast.bad_options");
        assert_eq!(
            (e.code.as_str(), e.field.as_str()),
            ("input.too_deep", "options")
        );
    }

    /// Every date lies between 1900-01-01 and 2200-12-31, `…date_out_of_range`
    /// otherwise (the README's JS API): a question's `submitted` and a
    /// forecast's `by_date` and `birth_date` out of that range say so, as
    /// `workingDays`' dates do (`input.date_out_of_range`), not that the
    /// question is malformed; a malformed date keeps its argument's code.
    #[test]
    fn a_date_outside_1900_to_2200_in_a_question_or_an_option_is_out_of_range() {
        let app = |text: &str| {
            let e = kezek_rules::wire::read_typed::<kezek_queue::AskedQuery>(text).unwrap_err();
            let e = read_error(e, text, "application", "query.invalid");
            (e.code, e.field)
        };
        let opts = |text: &str| {
            let e =
                kezek_rules::wire::read_typed::<kezek_queue::ForecastOptions>(text).unwrap_err();
            let e = read_error(e, text, "options", "forecast.bad_options");
            (e.code, e.field)
        };
        let out = |field: &str| ("input.date_out_of_range".to_owned(), field.to_owned());
        assert_eq!(
            app(r#"{"birth_year": 2023, "submitted": "2201-01-01T10:00"}"#),
            out("application.submitted")
        );
        assert_eq!(
            app(r#"{"birth_year": 2023, "submitted": "1899-12-31T10:00"}"#),
            out("application.submitted")
        );
        assert_eq!(opts(r#"{"by_date": "2201-01-01"}"#), out("options.by_date"));
        assert_eq!(
            opts(r#"{"birth_date": "1899-12-31"}"#),
            out("options.birth_date")
        );
        assert_eq!(
            app(r#"{"birth_year": 2023, "submitted": "2026-02-30T10:00"}"#),
            (
                "query.invalid".to_owned(),
                "application.submitted".to_owned()
            )
        );
        assert_eq!(
            opts(r#"{"by_date": "soon"}"#),
            (
                "forecast.bad_options".to_owned(),
                "options.by_date".to_owned()
            )
        );
    }
}
