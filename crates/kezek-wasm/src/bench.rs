//! Timing hooks for `./dev bench` (`web/bench/bench.js`), not part of the API
//! and not in the README (nor in `kezek.d.ts`): one `evaluate(case)` split into its three phases —
//! reading the case (JSON text or a JS object through JSON, validation),
//! the rules' computation, and writing the answer as plain JS objects — so the
//! bench reports where an evaluation's time goes (issue 19). Each hook does
//! exactly what `evaluate` does for its phase, on the value the previous one
//! kept.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

thread_local! {
    static CASE: RefCell<Option<kezek_rules::ValidCase>> = const { RefCell::new(None) };
    static EVALUATION: RefCell<Option<kezek_rules::PartialEvaluation>> = const { RefCell::new(None) };
}

/// A hook called out of order (a bench bug, not an input error: no code).
fn missing(what: &str) -> JsValue {
    js_sys::Error::new(&format!("no {what} kept: call the phases in order")).into()
}

/// Phase 1 of `evaluate`: reads `case` and keeps it.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchReadCase, skip_typescript)]
pub fn bench_read_case(case: JsValue) -> Result<(), JsValue> {
    let case = crate::parse_case(&case)?;
    CASE.with(|c| *c.borrow_mut() = Some(case));
    Ok(())
}

/// Phase 2: evaluates the kept case with the built-in calendar and keeps the answer.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchEvaluateKept, skip_typescript)]
pub fn bench_evaluate_kept() -> Result<(), JsValue> {
    let eval = CASE.with(|c| {
        let c = c.borrow();
        let case = c.as_ref().ok_or_else(|| missing("case"))?;
        case.evaluate_sections(
            kezek_rules::calendar::Calendar::builtin(),
            kezek_rules::Section::ALL,
        )
        .map_err(crate::case_error)
    })?;
    EVALUATION.with(|e| *e.borrow_mut() = Some(eval));
    Ok(())
}

/// Phase 3: the kept answer as the plain JS object `evaluate` returns.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchWriteKept, skip_typescript)]
pub fn bench_write_kept() -> Result<JsValue, JsValue> {
    EVALUATION.with(|e| crate::to_js(e.borrow().as_ref().ok_or_else(|| missing("evaluation"))?))
}
