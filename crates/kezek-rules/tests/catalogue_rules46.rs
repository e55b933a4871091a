//! Order No. 414, Annex 20 (00402013, «он жасқа толған»): the refusal
//! reason of a child not yet ten gives its day (rules46).

use kezek_rules::testing::evaluate_request_json as eval;
use serde_json::json;

/// Annex 20 row 5 and the service's name: the one category is a child «он
/// жасқа толған», judged on the day the office receives the papers
/// (`child-under-ten` on 29.11.2026 for a child born 01.12.2016). The
/// reason said "Apply on or after the child's tenth birthday" and the
/// answer (the JSON of `kezek evaluate` and the JS API) gave no day: the
/// outcome turns on the tenth birthday, so the reason carries it
/// (`apply_from`), the day the app says under it. A ten-year-old's
/// category, and another service's reason, carry none.
#[test]
fn annex20_5_the_child_under_ten_reason_gives_the_tenth_birthday() {
    // (now, born, the reason's code, its day)
    let rows = [
        (
            "2026-11-29T12:00",
            "2016-12-01",
            "child-under-ten",
            "2026-12-01",
        ),
        (
            "2026-12-06T10:00",
            "2018-03-10",
            "child-under-ten",
            "2028-03-10",
        ),
        // Born on 29 February: ten on 28.02.2030 (common year).
        (
            "2026-12-07T10:00",
            "2020-02-29",
            "child-under-ten",
            "2030-02-28",
        ),
    ];
    for (at, born, code, day) in rows {
        let ev = eval(
            json!({"service":"00402013","channel":"provider_office","as_of":at,
            "facts":{"child_birth_date":born}}),
        );
        let r = &ev["eligibility"]["reasons"][0];
        assert_eq!(r["code"], code, "{at} {born}: {}", ev["eligibility"]);
        assert_eq!(r["apply_from"], day, "{at} {born}: {r}");
    }
    // Ten: the category holds, no day to apply from.
    let ev = eval(json!({"service":"00402013","channel":"provider_office",
        "as_of":"2026-11-30T10:00","facts":{"child_birth_date":"2016-11-30"}}));
    let g = &ev["eligibility"]["grounds"][0];
    assert_eq!(g["code"], "child-aged-10", "{}", ev["eligibility"]);
    assert!(g.get("apply_from").is_none(), "{g}");
}
