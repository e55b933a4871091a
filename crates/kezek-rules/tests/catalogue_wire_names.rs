//! Order No. 414's receipt preview (Annexes 7, 14, 16, 19; rules 407 and
//! 513 cl. 9): the wire names of its outcome and of an uncertain line's
//! reason, [`ReceiptOutcome::name`] and [`Uncertainty::name`], which the app
//! writes as `data-outcome` and `data-why`, are their serde names — every
//! one, as the schema lists them (`schema/` is what the code writes:
//! kezek-cli's `tests/schema.rs`) — so a rename cannot leave the app's
//! names behind.

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
