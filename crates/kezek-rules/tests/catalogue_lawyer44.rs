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

/// Annex 5 row 8 item 6 (00402004): «… қағидаларына 12-қосымшаға сәйкес
/// бала (балалар) (он жасқа толған жағдайда) пікірінің электрондық
/// көшірмесі». The item names its form, Annex 12; the line said only «(on the
/// set form)».
#[test]
fn ann5_row8_item6_the_childs_opinion_names_annex_12() {
    use kezek_rules::testing::catalogue_text;
    for (lang, annex) in [
        ("kk", "12-қосымша"),
        ("ru", "приложению 12"),
        ("en", "Annex 12"),
    ] {
        let name = catalogue_text(lang, "doc-child-opinion");
        assert!(name.contains(annex), "{lang}: {name}");
    }
}

/// The amended rules' cl. 7 of order 158's rules, cited as
/// `rules_clause(3, 7)` by two services: the certificate for disposal of
/// minors' property (00402004: «2 (екі) жұмыс күні ішінде осы Қағидаларға
/// 3-қосымшаға сәйкес нысан бойынша … анықтаманы не … дәлелді жауапты
/// дайындайды», after the hearing «2 (екі) жұмыс күні ішінде») and school
/// meals (00403008: «3 (үш) жұмыс күні ішінде … анықтама … дайындайды»,
/// after the hearing «1 (бір) жұмыс күні ішінде»). Its "Why?" said «within
/// the working days the clause sets»: no number. It now says each.
#[test]
fn rules_cl7_the_why_says_each_services_working_days() {
    use kezek_rules::catalogue::rules_clause;
    use kezek_rules::testing::why_of;
    let c = rules_clause(3, 7);
    for (lang, said) in [
        ("kk", ["2 жұмыс күні", "3 жұмыс күні", "1 жұмыс күні"]),
        ("ru", ["2 рабочих дней", "3 рабочих дней", "1 рабочего дня"]),
        ("en", ["2 working days", "3 working days", "1 working day"]),
    ] {
        let why = why_of(lang, &c);
        for s in said {
            assert!(why.contains(s), "{lang}: {s:?} not in {why}");
        }
    }
}
