//! Order No. 414, cl. 4: «Осы бұйрық алғашқы ресми жарияланған күнінен кейін
//! күнтізбелік он күн өткен соң қолданысқа енгізіледі», and the editor's note
//! on its list item 3: «3-тармаққа өзгеріс енгізілді – ҚР Оқу-ағарту
//! министрінің 30.06.2023 № 188 (алғашқы ресми жарияланған күнінен кейін
//! күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен» (seed 001).
//!
//! A catalogue request dated before the wording Kezek applies could be in
//! force was answered with no warning (probe46: `as_of` 2019-01-01,
//! 1900-01-01), where order No. 254's evaluation says `edition_warning`
//! `before_effective`. The answer (`evaluateService`, `kezek evaluate`) and
//! the prepared application's answer (`prepareService`) now say it.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue;
use serde_json::{json, Value};

/// Order 407's adoption-registration service: list item 2 of order 414,
/// which order 188 did not amend.
const ITEM2: &str = "00404004";
/// The child's-opinion service of order 158's rules: list item 3 of order
/// 414, as amended by order 188.
const ITEM3: &str = "00402013";

fn channel(service: &str) -> &'static str {
    if service == ITEM3 {
        "provider_office"
    } else {
        "egov_portal"
    }
}

fn request(service: &str, day: &str) -> Value {
    json!({"service": service, "channel": channel(service), "as_of": format!("{day}T10:00")})
}

fn evaluated(service: &str, day: &str) -> Value {
    let r = request(service, day);
    let req = kezek_rules::wire::read_request(&r.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    serde_json::to_value(&eval).unwrap()
}

fn warning(service: &str, day: &str) -> Value {
    evaluated(service, day)["edition_warning"].clone()
}

fn code(service: &str, day: &str) -> Value {
    warning(service, day)["code"].clone()
}

/// Cl. 4: order 414 is in force once ten calendar days have passed after the
/// day of its first official publication; published at the earliest on the
/// day it was signed, 03.10.2022, it cannot be in force before 14.10.2022.
#[test]
fn order414_cl4_request_before_entry_into_force_warns_before_effective() {
    for day in ["1900-01-01", "2019-01-01", "2022-10-03", "2022-10-13"] {
        let w = warning(ITEM2, day);
        assert_eq!(w["code"], "before_effective", "{day}: {w}");
        assert_eq!(w["reason"], "edition.order414_before_effective", "{day}");
        assert_eq!(w["as_of"], day);
        assert_eq!(w["effective_from"], "2022-10-14");
        assert_eq!(w["certainly_from"], "2023-01-01");
        assert_eq!(
            w["citations"],
            json!([{"act": "order414", "clause": 4}]),
            "{day}: cl. 4 of the order itself"
        );
    }
}

/// Cl. 4 gives the day only from a publication Kezek's sources do not date:
/// from the earliest day to the day Kezek reads it as certainly in force the
/// date is uncertain (a reading, with both dates); from then on, no warning.
#[test]
fn order414_cl4_publication_day_unknown_is_uncertain_then_in_force() {
    for day in ["2022-10-14", "2022-12-31"] {
        assert_eq!(code(ITEM2, day), "effective_date_uncertain", "{day}");
        assert_eq!(
            warning(ITEM2, day)["reason"],
            "edition.order414_effective_date_uncertain"
        );
    }
    for day in ["2023-01-01", "2026-12-15"] {
        let answer = evaluated(ITEM2, day);
        assert!(
            answer.get("edition_warning").is_none(),
            "{day}: in force, no warning: {}",
            answer["edition_warning"]
        );
    }
}

/// List item 3 (order 158's rules, the services of Annexes 4–20) is applied
/// as order 188 of 30.06.2023 amended it: before that amendment can be in
/// force (ten calendar days after its publication, at the earliest
/// 11.07.2023) the wording Kezek applies was not yet the law, whatever order
/// 414's own day.
#[test]
fn order188_list_item3_before_its_amendment_warns_before_effective() {
    for day in ["1900-01-01", "2019-01-01", "2022-10-14", "2023-07-10"] {
        let w = warning(ITEM3, day);
        assert_eq!(w["code"], "before_effective", "{day}: {w}");
        assert_eq!(w["reason"], "edition.order188_before_effective", "{day}");
        assert_eq!(w["effective_from"], "2023-07-11");
        assert_eq!(w["certainly_from"], "2023-10-01");
        assert_eq!(
            w["citations"],
            json!([{"act": "order414", "clause": 4}, {"act": "order414", "clause": 3}]),
            "{day}: cl. 4 and the note on list item 3"
        );
    }
    for day in ["2023-07-11", "2023-09-30"] {
        assert_eq!(code(ITEM3, day), "effective_date_uncertain", "{day}");
        assert_eq!(
            warning(ITEM3, day)["reason"],
            "edition.order188_effective_date_uncertain"
        );
    }
    for day in ["2023-10-01", "2026-12-15"] {
        assert!(evaluated(ITEM3, day).get("edition_warning").is_none());
    }
}

/// Every service of the catalogue is of one of the list's items, and each
/// request before 14.10.2022 is warned: none is answered silently.
#[test]
fn order414_cl4_every_service_warns_before_entry_into_force() {
    for listed in catalogue::catalogue() {
        let variant = listed.has_variants().then_some("accreditation");
        let ch = listed.channels[0].name();
        let mut r = json!({"service": listed.code, "channel": ch, "as_of": "2019-01-01T10:00"});
        if let Some(v) = variant {
            r["variant"] = json!(v);
        }
        let req = kezek_rules::wire::read_request(&r.to_string()).unwrap();
        let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
        let answer = serde_json::to_value(&eval).unwrap();
        assert_eq!(
            answer["edition_warning"]["code"], "before_effective",
            "{}",
            listed.code
        );
    }
}

/// The prepared application's answer (`prepareService`) says the warning
/// beside the application, which stays the hand-off's format (its digest
/// unchanged by the warning).
#[test]
fn order414_cl4_prepared_answer_carries_the_warning_not_the_application() {
    let r = request(ITEM2, "2019-01-01");
    let req = kezek_rules::wire::read_request(&r.to_string()).unwrap();
    let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    let prepared = serde_json::to_value(catalogue::prepare(&req, &eval)).unwrap();
    assert_eq!(prepared["edition_warning"]["code"], "before_effective");
    assert!(prepared["application"].get("edition_warning").is_none());
    let r = request(ITEM2, "2026-12-15");
    let req = kezek_rules::wire::read_request(&r.to_string()).unwrap();
    let eval = catalogue::evaluate(&req, Calendar::builtin()).unwrap();
    let prepared = serde_json::to_value(catalogue::prepare(&req, &eval)).unwrap();
    assert!(prepared.get("edition_warning").is_none(), "{prepared}");
}
