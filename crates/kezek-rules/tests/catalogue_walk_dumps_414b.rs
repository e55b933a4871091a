//! Order No. 414, a lawyer's and a parent's read of six service screens
//! (00403007 school transport, 00402003 guardianship, 00404007 foster
//! family, 00402010 meeting with a child, 00402004 minors' property,
//! 00404004 adoption registration) as the app shows them on 15.12.2026,
//! every "Why?" open: each finding as a test named after its annex and
//! item, written before the fix and seen failing.

use kezek_rules::testing::evaluate_request_json as eval;
use serde_json::json;

// Annex 5 row 3: «3 (үш) жұмыс күні»; the amended rules' cl. 7: the
// preliminary refusal notice «мемлекеттік қызметті көрсету мерзімі
// аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей». A portal application
// of Tuesday 15.12.2026 10:00 is due 21.12 (16.12 a holiday), its notice by
// 15.12, the day of acceptance; with the day of acceptance counted as the
// first day of the term (due 18.12) three working days before is 14.12 — a
// day before the application was made. The screen said «уведомление … должно
// быть направлено не позднее 14.12.2026»: no notice can be due before the
// application it answers; under that reading the rules' three days do not
// fit into the term, and the screen names no such day.
#[test]
fn ann5_row3_rules_cl7_no_notice_day_before_the_application() {
    let ev = eval(json!({"service":"00402004","channel":"portal",
        "as_of":"2026-12-15T10:00","facts":{}}));
    let due = &ev["due"];
    assert_eq!(due["accepted"], "2026-12-15T10:00:00", "{due}");
    assert_eq!(due["preliminary_refusal_by"], "2026-12-15", "{due}");
    assert!(
        due.get("earlier_preliminary_refusal_by").is_none(),
        "a notice day before acceptance: {due}"
    );
}

// Annex 6 row 8 (portal item 3, provider item 4) and Annex 3 row 8 item 4:
// the health and dispensary certificates of the applicant «және егер ол
// некеде тұрса оның жұбайының (зайыбының)». The screen of an unmarried
// applicant (00402003, «Вы состоите в браке?» — «Нет») listed them «(и на
// супруга)», «(жұбайына да)»: a certificate for a spouse the applicant does
// not have. The condition is the annex's own.
#[test]
fn ann6_row8_item3_ann3_row8_item4_spouse_certificates_only_if_married() {
    use kezek_rules::testing::catalogue_text as msg;
    for (lang, want) in [
        ("kk", "(некеде тұрған жағдайда жұбайына (зайыбына) да)"),
        ("ru", "(и на супруга (супругу), если состоит в браке)"),
        ("en", "(for your spouse too, if married)"),
    ] {
        let text = msg(lang, "doc-health-and-dispensary-certificates");
        assert!(text.ends_with(want), "{lang}: {text}");
    }
}
