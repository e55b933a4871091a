//! Order No. 414: a parent is not asked what an earlier answer already says
//! (the walkthrough of 01.12.2026: adoption registration asked about
//! citizenship twice). Requests are JSON, the way the CLI and the JS API
//! pass them.

use kezek_rules::catalogue::questions;
use serde_json::json;

/// The evaluation of a JSON request, serialised (what the CLI prints).
use kezek_rules::testing::evaluate_request_json as eval;

// Annex 3 (adoption registration, the rules of order No. 407): the rules are
// for «Қазақстан Республикасының азаматтары болып табылатын, Қазақстан
// Республикасының аумағында тұрақты тұратын» persons (their title), asked as
// `kazakhstan_citizen_resident`; row 9 item 11's ground «азаматтығының
// болмауы» (statelessness) cannot hold for a citizen of Kazakhstan, so its
// question is not asked there. Annex 6 and 11 have no such scope: asked.
// Row 9 item 8's «тұрақты тұрғылықты жерінің болмауы» (no permanent place of
// residence) is not the same as residing in Kazakhstan: still asked.

#[test]
fn ann3_row9_item11_citizenship_is_not_asked_after_the_citizen_resident_question() {
    for (code, citizen_resident, citizenship, residence) in [
        ("00404004", true, false, true),
        ("00402003", false, true, true),
        ("00404007", false, true, true),
    ] {
        let q = questions(code).unwrap();
        assert_eq!(
            q.contains(&"kazakhstan_citizen_resident"),
            citizen_resident,
            "{code}: {q:?}"
        );
        assert_eq!(q.contains(&"citizenship"), citizenship, "{code}: {q:?}");
        assert_eq!(
            q.contains(&"permanent_residence"),
            residence,
            "{code}: {q:?}"
        );
    }
    // Unanswered citizenship is not a question left open there either.
    let v = eval(json!({"service": "00404004", "channel": "egov_portal",
        "as_of": "2026-11-23T10:00",
        "facts": {"kazakhstan_citizen_resident": true, "unanswered": ["citizenship"]}}));
    let unknown = v["unknown_inputs"].as_array().unwrap();
    assert!(!unknown.iter().any(|u| u == "citizenship"), "{unknown:?}");
}

/// A request written before (or a draft shared with Annex 6 / 11) may still
/// list `citizenship` as unanswered, or carry `false` from another
/// service's screen: on Annex 3 it is answered by `kazakhstan_citizen_resident`
/// — never a pending question nobody is asked, and never the statelessness
/// ground against a citizen of Kazakhstan.
#[test]
fn ann3_row9_item11_citizenship_follows_the_citizen_resident_answer() {
    for facts in [
        json!({"kazakhstan_citizen_resident": true, "unanswered": ["citizenship"]}),
        json!({"kazakhstan_citizen_resident": true, "citizenship": false}),
    ] {
        let v = eval(json!({"service": "00404004", "channel": "egov_portal",
            "as_of": "2026-11-23T10:00", "facts": facts}));
        let el = &v["eligibility"];
        let pending = el["pending"].as_array().cloned().unwrap_or_default();
        assert!(!pending.iter().any(|p| p == "citizenship"), "{facts}: {el}");
        let reasons = kezek_rules::testing::field_of_each(&el["reasons"], "code");
        assert!(
            !reasons.iter().any(|r| r == "no-citizenship"),
            "{facts}: {el}"
        );
        assert_eq!(el["eligible"], true, "{facts}: {el}");
    }
    // Annex 6 asks it: its answer stands there.
    let v = eval(
        json!({"service": "00402003", "channel": "state_corporation",
        "as_of": "2026-11-23T10:00", "facts": {"citizenship": false}}),
    );
    let reasons = kezek_rules::testing::field_of_each(&v["eligibility"]["reasons"], "code");
    assert!(reasons.iter().any(|r| r == "no-citizenship"), "{v}");
}
