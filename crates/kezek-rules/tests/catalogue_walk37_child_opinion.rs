//! Order No. 414, the screen of 00402013 (the opinion of a child aged ten,
//! Annex 20) in walk dump 37 (15.12.2026, kk and ru) read against Annex 20,
//! the amended rules of the service (order 414, list item 3) and register
//! row 195: each finding a test named after its clause, written before the
//! fix and seen failing.

use kezek_rules::catalogue::{catalogue, entry};
use kezek_rules::testing::evaluate_request_json as eval;
use kezek_rules::testing::{
    assert_catalogue_reading_text as is_a_reading_text, catalogue_text, channels_and_variants,
};
use serde_json::{json, Value};

/// The step of the provider's procedure the rules of 00402013 state.
const STEP: &str = "step-child-opinion-conversation";
/// Kezek's reading of what cl. 6 leaves unsaid.
const STEP_NOTE: &str = "note-child-opinion-conversation";

fn child_opinion(at: &str) -> Value {
    eval(json!({"service":"00402013","channel":"provider_office",
        "as_of":at,"facts":{"child_birth_date":"2014-05-01"}}))
}

// The rules of the service as order 414 words them (list item 3), cl. 6:
// «Көрсетілетін қызметті беруші кәмелетке толмаған адаммен (балалармен)
// әңгімелесу өткізгеннен кейін 4 (төрт) жұмыс күні ішінде … шешімін …
// дайындайды». The screen gave the term of row 3 and the preliminary
// refusal notice (cl. 6's second part) but not this step: the parent did
// not learn that the provider talks with the child before deciding, nor
// the 4 working days after that conversation. The due date now carries the
// step, cited to cl. 6, with its term, and Kezek's reading of what the
// clause does not say (when and where the conversation is held).
#[test]
fn ann20_rules_cl6_the_parent_is_told_of_the_conversation_with_the_child_and_its_4_working_days() {
    let ev = child_opinion("2026-12-15T10:00");
    let due = &ev["due"];
    let steps = due["steps"]
        .as_array()
        .unwrap_or_else(|| panic!("no due.steps: {due}"));
    assert_eq!(steps.len(), 1, "{due}");
    let s = &steps[0];
    assert_eq!(s["key"], STEP, "{s}");
    assert_eq!(s["term"], json!({"unit":"working_days","n":4}), "{s}");
    // The rules of order 158 as order 414 words them (list item 3), cl. 6.
    assert_eq!(
        s["citation"],
        json!({"act":"order414","clause":3,"sub":6}),
        "{s}"
    );
    assert_eq!(s["note"], STEP_NOTE, "{s}");
    // The due date itself is still row 3's (10 working days).
    assert_eq!(due["due"], "2026-12-30T18:30:00", "{due}");
    // What the rules say, in the clause's words and numbers.
    for (lang, words) in [
        ("kk", ["әңгімелесу", "4 (төрт) жұмыс күні"]),
        ("ru", ["бесед", "4 (четырех) рабочих дней"]),
        ("en", ["conversation", "4 (four) working days"]),
    ] {
        let text = catalogue_text(lang, STEP);
        for w in words {
            assert!(text.contains(w), "{lang} {STEP}: {text}");
        }
        // Said as the rules say it, not as Kezek's reading.
        assert!(!text.contains("Kezek"), "{lang} {STEP}: {text}");
    }
    is_a_reading_text(STEP_NOTE);
    for (lang, words) in [
        ("kk", ["қашан", "қайда"]),
        ("ru", ["когда", "где"]),
        ("en", ["when", "where"]),
    ] {
        let text = catalogue_text(lang, STEP_NOTE);
        for w in words {
            assert!(text.contains(w), "{lang} {STEP_NOTE}: {text}");
        }
    }
    // No other service's rules state such a step: none is said elsewhere.
    for e in catalogue().iter().filter(|e| e.code != "00402013") {
        for (channel, variant) in channels_and_variants(e) {
            let mut req = json!({"service":e.code,"channel":channel.name(),
                "as_of":"2026-12-15T10:00","facts":{}});
            if let Some(v) = variant {
                req["variant"] = json!(v.name());
            }
            let ev = eval(req);
            assert!(ev["due"].get("steps").is_none(), "{} {}", e.code, ev["due"]);
        }
    }
}

// Row 3 of Annex 20: «2) құжаттарды тапсыру үшін күтудің рұқсат берілетін
// ең ұзақ уақыты - 15 минут; 3) қызмет көрсетудің рұқсат берілетін ең
// ұзақ уақыты - 30 минут». The screen's line «құжаттарды тапсыру үшін
// күтудің ең ұзақ уақыты — 15 минут, қызмет көрсетудің ең ұзақ уақыты — 30
// минут» cited «20-қосымша, 3-тармақ, 2) тармақша» only: the 30 minutes are
// item 3. Every annex with such a line has the two items 2 and 3 (Annexes
// 2, 6, 11, 13, 15, 17, 18, 20): the line cites both.
#[test]
fn ann20_row3_items_2_3_the_in_person_times_cite_both_items() {
    for e in catalogue() {
        let v = serde_json::to_value(e).unwrap();
        for t in v["in_person"].as_array().unwrap() {
            let cited: Vec<(Value, Value, Value)> = t["citations"]
                .as_array()
                .unwrap_or_else(|| panic!("{}: no citations: {t}", e.code))
                .iter()
                .map(|c| (c["annex"].clone(), c["clause"].clone(), c["sub"].clone()))
                .collect();
            assert_eq!(
                cited,
                vec![
                    (json!(e.annex), json!(3), json!(2)),
                    (json!(e.annex), json!(3), json!(3)),
                ],
                "{}: {t}",
                e.code
            );
        }
    }
    assert!(!entry("00402013").unwrap().in_person.is_empty());
}

// Annex 20 row 8 item 3 (and Annex 5 row 8 item 3, one clause): «жұбайының
// (зайыбының) нотариалдық келісімі не баланың (балалардың) бөлек тұратын
// заңды өкілінің келісімі» — the consent of the child's legal
// representative who lives separately. The kk line read «бөлек тұратын
// баланың заңды өкілінің келісімі» (of the child who lives separately),
// the ru line «согласие законного представителя ребенка, проживающего
// отдельно» (which of the two lives separately, unclear).
#[test]
fn ann20_row8_item3_the_consent_is_of_the_representative_who_lives_separately() {
    let key = "doc-consent-spouse-or-other-representative";
    let kk = catalogue_text("kk", key);
    assert!(
        kk.contains("баланың бөлек тұратын заңды өкілінің келісімі"),
        "{kk}"
    );
    assert!(!kk.contains("бөлек тұратын баланың"), "{kk}");
    let ru = catalogue_text("ru", key);
    assert!(
        ru.contains("отдельно проживающего законного представителя ребенка"),
        "{ru}"
    );
    assert!(!ru.contains("ребенка, проживающего отдельно"), "{ru}");
    let en = catalogue_text("en", key);
    assert!(
        en.contains("legal representative who lives separately"),
        "{en}"
    );
}

// Annex 20 row 8 item 1 (and Annex 5's): «баланың заңды өкілінің бірінің
// өтініші» — the application is that of one of the child's legal
// representatives: whoever applies must be one. The refusal shown when the
// applicant is not (`not-legal-representative`) read «Өтінішті баланың заңды
// өкілдерінің бірі ғана бере алады» / «Подать заявление может только один из
// законных представителей ребенка» / "Only one of the child's legal
// representatives …": only ONE of them (not both), which the row does not
// say and which does not tell a non-representative why they are refused.
#[test]
fn ann20_row8_item1_only_a_legal_representative_applies_not_only_one_of_them() {
    let key = "refusal-not-legal-representative";
    let kk = catalogue_text("kk", key);
    assert!(kk.contains("баланың заңды өкілі ғана"), "{kk}");
    assert!(!kk.contains("бірі ғана"), "{kk}");
    let ru = catalogue_text("ru", key);
    assert!(ru.contains("только законный представитель ребенка"), "{ru}");
    assert!(!ru.contains("только один"), "{ru}");
    let en = catalogue_text("en", key);
    assert!(
        en.contains("Only a legal representative of the child"),
        "{en}"
    );
    assert!(!en.contains("Only one"), "{en}");
}
