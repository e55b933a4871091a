//! Order No. 414's receipt preview (Annexes 7, 14, 16, 19; rules 407 and
//! 513 cl. 9): the wire names of its outcome and of an uncertain line's
//! reason, [`ReceiptOutcome::name`] and [`Uncertainty::name`], which the app
//! writes as `data-outcome` and `data-why`, are their serde names — every
//! one, as the schema lists them (`schema/` is what the code writes:
//! kezek-cli's `tests/schema.rs`) and as `kezek.d.ts` spells them — so a
//! rename or an added one cannot leave the app's names or the JS API's
//! declarations behind.

use kezek_rules::catalogue::{ReceiptOutcome, Uncertainty};
use serde_json::Value;

/// The `const`s of the schema's `$defs.<name>.oneOf`, in order.
fn schema_names(name: &str) -> Vec<String> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../schema/order414-evaluation.schema.json"
    );
    let schema: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    schema["$defs"][name]["oneOf"]
        .as_array()
        .unwrap_or_else(|| panic!("$defs.{name}.oneOf"))
        .iter()
        .map(|v| v["const"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn receipt_outcome_names_are_the_wire_names() {
    for o in ReceiptOutcome::ALL {
        assert_eq!(serde_json::to_value(o).unwrap(), o.name(), "{o:?}");
    }
    let names: Vec<_> = ReceiptOutcome::ALL.iter().map(|o| o.name()).collect();
    assert_eq!(names, schema_names("ReceiptOutcome"), "every outcome");
}

#[test]
fn uncertainty_names_are_the_wire_names() {
    for u in Uncertainty::ALL {
        assert_eq!(serde_json::to_value(u).unwrap(), u.name(), "{u:?}");
    }
    let names: Vec<_> = Uncertainty::ALL.iter().map(|u| u.name()).collect();
    assert_eq!(names, schema_names("Uncertainty"), "every reason");
}

/// The string literals of the union that follows `field: ` in `kezek.d.ts`
/// (`crates/kezek-wasm/src/types.rs`, written by hand), up to the `;` or
/// `}` that ends it, in order.
fn dts_union(field: &str) -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../kezek-wasm/src/types.rs");
    let text = std::fs::read_to_string(path).unwrap();
    let hits: Vec<usize> = text.match_indices(field).map(|(i, _)| i).collect();
    assert_eq!(hits.len(), 1, "kezek.d.ts: {field:?} once");
    let rest = &text[hits[0] + field.len()..];
    let end = rest.find([';', '}']).unwrap();
    rest[..end]
        .split('|')
        .map(|s| {
            let s = s.trim();
            assert!(s.starts_with('"') && s.ends_with('"'), "{field} {s:?}");
            s.trim_matches('"').to_owned()
        })
        .collect()
}

/// `kezek.d.ts` spells the receipt's outcomes (`ServiceEvaluation.receipt.outcome`)
/// and an uncertain line's reasons (`receipt.uncertain[].why`) by hand: they
/// are the rules' [`ReceiptOutcome::ALL`] and [`Uncertainty::ALL`], in order,
/// so an outcome added in the rules cannot be left out of the declarations.
#[test]
fn receipt_outcome_names_are_kezek_d_ts_union() {
    let names: Vec<_> = ReceiptOutcome::ALL.iter().map(|o| o.name()).collect();
    assert_eq!(dts_union("receipt: { outcome: "), names, "receipt.outcome");
    let names: Vec<_> = Uncertainty::ALL.iter().map(|u| u.name()).collect();
    assert_eq!(
        dts_union("line: ChecklistLine; why: "),
        names,
        "uncertain[].why"
    );
}
