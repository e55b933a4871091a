//! Order No. 414: a lawyer's decisions on items the last sessions left open
//! (lawyer44). Each test was written before its fix and seen failing.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{evaluate, Evaluation, Request};
use serde_json::json;

fn eval(code: &str, channel: &str, as_of: &str, facts: serde_json::Value) -> Evaluation {
    let req = Request::from_json(
        &json!({"service": code, "channel": channel, "as_of": as_of, "facts": facts}).to_string(),
    )
    .unwrap();
    evaluate(&req, Calendar::builtin()).unwrap()
}

/// The amended rules' clause on the preliminary refusal (order 158's
/// guardianship rules cl. 11): the notice «мемлекеттік қызметті көрсету
/// мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей». Where the
/// term's end rests on a reading (row 3's «тапсырған сәттен бастап», the day
/// of acceptance counted as the first day or not), the due line says the
/// earlier notice day under the other reading
/// (`due.earlier_preliminary_refusal_by`); the hearing said only the later
/// one. The hearing now carries the earlier day too, said as a reading.
#[test]
fn rules_cl11_the_hearing_says_the_earlier_notice_day_under_the_other_reading() {
    let ev = eval(
        "00402003",
        "state_corporation",
        "2026-12-07T10:00",
        json!({"child_birth_date": "2019-03-10", "child_orphan": true, "married": false,
               "single_man": true, "raised_child_three_years": false}),
    );
    let earlier = ev.due.earlier_preliminary_refusal_by;
    assert!(earlier.is_some(), "{:?}", ev.due);
    let h = ev.hearing().expect("a row-9 ground: a hearing");
    assert_eq!(h.notice_by, ev.due.preliminary_refusal_by.unwrap());
    assert_eq!(h.earlier_notice_by, earlier, "{h:?}");
}
