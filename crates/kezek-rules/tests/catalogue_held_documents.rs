//! Order No. 414, the receipt preview's documents held (`documents_held`),
//! from the hostile-input probe of 01.12.2026: the answer does not depend on
//! the order of the list, and an id that is no document of the catalogue is
//! said, not silently taken as "not held".

use kezek_rules::testing::evaluate_request_json as eval;
use serde_json::{json, Value};

fn meals(held: Value) -> Value {
    json!({"service":"00403008","channel":"egov_portal","as_of":"2026-12-15T10:00",
        "facts":{"family_receives_targeted_social_assistance":true,"child_born_abroad":true},
        "documents_held":held})
}

/// A document held twice, one copy valid and one expired: the valid copy
/// counts, whichever comes first (as order 254's `Case::held` takes the
/// best copy).
#[test]
fn receipt_a_valid_copy_counts_whatever_the_order_of_the_list() {
    let valid = |id: &str| json!({"id":id});
    let expired = |id: &str| json!({"id":id,"valid_until":"2000-01-01"});
    let ids = ["birth_certificate", "status_tsa"];
    let first: Vec<Value> = ids
        .iter()
        .map(|i| valid(i))
        .chain(ids.iter().map(|i| expired(i)))
        .collect();
    let last: Vec<Value> = ids
        .iter()
        .map(|i| expired(i))
        .chain(ids.iter().map(|i| valid(i)))
        .collect();
    let a = eval(meals(json!(first)));
    let b = eval(meals(json!(last)));
    assert_eq!(
        a["receipt"], b["receipt"],
        "the order of the list changed the answer"
    );
    assert_eq!(b["receipt"]["outcome"], "accepted", "{}", b["receipt"]);
    // Only expired copies: expired.
    let only_expired: Vec<Value> = ids.iter().map(|i| expired(i)).collect();
    let c = eval(meals(json!(only_expired)));
    assert_eq!(
        c["receipt"]["expired"].as_array().unwrap().len(),
        2,
        "{}",
        c["receipt"]
    );
}

/// An id that is no document of any service of the catalogue (a typo, a
/// made-up name) is `catalogue.unknown_document` at its field; an id of
/// another service's list is read and not counted (the app keeps one list
/// of the documents a family holds for every service).
#[test]
fn receipt_an_id_that_is_no_document_of_the_catalogue_is_said() {
    for (i, bad) in [(0, "birth-certificate"), (1, "__proto__")] {
        let mut held = vec![json!({"id":"status_tsa"})];
        held.insert(i, json!({"id":bad}));
        let text = meals(json!(held)).to_string();
        let err = kezek_rules::wire::read_request(&text).expect_err(bad);
        assert_eq!(err.code, "catalogue.unknown_document", "{bad}: {err:?}");
        assert_eq!(
            err.field,
            format!("documents_held[{i}].id"),
            "{bad}: {err:?}"
        );
        assert!(err.message.contains(bad), "{bad}: {err:?}");
        // The field is the error object's own: the message does not say it
        // again (review44: the CLI printed «documents_held[0].id:
        // documents_held[0].id: 'nope' is not …»).
        assert!(!err.message.starts_with(&err.field), "{bad}: {err:?}");
    }
    // Another service's document (the guardianship training certificate):
    // read, and not a document of this checklist.
    let ev = eval(meals(
        json!([{"id":"birth_certificate"},{"id":"status_tsa"},
        {"id":"training_certificate"}]),
    ));
    assert_eq!(ev["receipt"]["outcome"], "accepted", "{}", ev["receipt"]);
}
