//! Order No. 414 at the doors (`evaluateService`, `prepareService`, `kezek
//! evaluate`): a request's valid `child.iin` gives the child's birth date
//! where `facts.child_birth_date` gives none, as the app's service screen
//! takes it («from the IIN», `ui-svc-from-iin`). The IIN's first six digits
//! are the birth date (the rules' `IinCheck`, the check behind
//! `catalogue.iin_birth_date_mismatch`). Before, such a request's verdict
//! waited for the birth date (`eligibility.pending: ["child_birth_date"]`)
//! that the app would not wait for.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{self, Evaluation};
use serde_json::{json, Value};

/// A child born 10.05.2023.
const CHILD_2023: &str = "230510512343";

/// A request at the provider's office (the one channel of Annex 20,
/// 00402013, whose answer turns on the child's age).
fn request(service: &str, facts: Value) -> Value {
    json!({"service": service, "channel": "provider_office", "as_of": "2026-12-15T10:00", "facts": facts})
}

fn evaluated(request: &Value) -> Evaluation {
    let req = kezek_rules::wire::read_request(&request.to_string())
        .unwrap_or_else(|e| panic!("{e}\n{request:#}"));
    catalogue::evaluate(&req, Calendar::builtin()).unwrap()
}

fn prepared(request: &Value) -> Value {
    let req = kezek_rules::wire::read_request(&request.to_string()).unwrap();
    let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    catalogue::prepare(&req, &eval).application
}

/// Every in-scope service whose answer turns on the child's birth date:
/// the request with the child's IIN and no date is evaluated as the one
/// with the IIN's date; nothing waits for the date.
#[test]
fn row9_item2_a_valid_child_iin_gives_the_birth_date_the_request_leaves_out() {
    let mut seen = 0;
    let services = catalogue::catalogue().iter();
    for e in services.filter(|e| e.in_scope_for_parents && !e.has_variants()) {
        let mut bare = request(e.code, json!({"child_orphan": true}));
        bare["channel"] = json!(e.channels[0].name());
        let before = evaluated(&bare);
        if !before.unknown_inputs.contains(&"child_birth_date") {
            continue;
        }
        seen += 1;
        let mut with_iin = bare.clone();
        with_iin["child"] = json!({"iin": CHILD_2023});
        let mut with_date = with_iin.clone();
        with_date["facts"]["child_birth_date"] = json!("2023-05-10");
        let (iin, date) = (evaluated(&with_iin), evaluated(&with_date));
        assert!(
            !iin.unknown_inputs.contains(&"child_birth_date")
                && !iin.eligibility.pending.contains(&"child_birth_date"),
            "{}: {:?} / pending {:?}",
            e.code,
            iin.unknown_inputs,
            iin.eligibility.pending
        );
        assert_eq!(iin, date, "{}", e.code);
    }
    assert!(seen > 0, "a service turns on the child's birth date");
}

/// The prepared application names the child by its IIN and the birth date
/// the IIN gives (as the app's hand-off does, `Draft::catalogue_identity`),
/// marked `birth_date_from_iin`; the date is under `child`, never among the
/// facts the parent said.
#[test]
fn row9_item2_the_prepared_child_has_the_iin_s_birth_date_not_a_said_fact() {
    let mut r = request("00402013", json!({"child_orphan": true}));
    r["child"] = json!({"iin": CHILD_2023});
    let a = prepared(&r);
    assert_eq!(
        a["child"],
        json!({"iin": CHILD_2023, "birth_date": "2023-05-10", "birth_date_from_iin": true}),
        "{a}"
    );
    assert!(a["facts"].get("child_birth_date").is_none(), "{a}");
    let mut typed = r.clone();
    typed["facts"]["child_birth_date"] = json!("2023-05-10");
    let typed = prepared(&typed);
    // The same date, given this time: nothing says it came from the IIN.
    assert_eq!(
        typed["child"],
        json!({"iin": CHILD_2023, "birth_date": "2023-05-10"})
    );
    assert_eq!(a["facts"], typed["facts"], "the same facts said");
}

/// A birth date the IIN gives after the day of application is refused as
/// a typed one is (`catalogue.birth_in_future`), at the field that gave it.
#[test]
fn an_iin_s_birth_date_after_the_application_is_refused_at_the_iin() {
    let mut r = request("00402013", json!({}));
    r["as_of"] = json!("2023-05-01T10:00");
    r["child"] = json!({"iin": CHILD_2023});
    let req = kezek_rules::wire::read_request(&r.to_string()).unwrap();
    let e = catalogue::evaluate(&req, Calendar::builtin()).unwrap_err();
    assert_eq!(
        (e.code(), e.field()),
        ("catalogue.birth_in_future", "child.iin")
    );
}
