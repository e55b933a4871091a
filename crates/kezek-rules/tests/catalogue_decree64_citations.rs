//! Annexes 17 and 18 of order No. 414 (free school meals 00403008, camps
//! 00403009): what the refusal risks, the provider's note and the
//! register-only form cite (the reviewer's findings of 05.12.2026 on the
//! order-414 screens). Each test named after the item, seen failing first.

use kezek_rules::catalogue::{cite, entry, register_citation, rules_clause};
use kezek_rules::testing::evaluate_request_json as eval;
use kezek_rules::testing::{
    assert_catalogue_reading_text as is_a_reading_text, catalogue_text,
    eligibility_reason as reason,
};
use serde_json::{json, Value};

/// Every category question of Annexes 17/18 answered «no».
fn no_category() -> Value {
    json!({"family_receives_targeted_social_assistance":false,
        "per_capita_income_below_subsistence":false,"child_orphan":false,
        "child_without_parental_care":false,"child_brought_up_in_family":false,
        "family_in_emergency_or_collegial_category":false})
}

fn cited(v: &Value) -> (Value, Value, Value) {
    (v["annex"].clone(), v["clause"].clone(), v["sub"].clone())
}

// Annex 18 row 9 item 2: a pupil outside «Мемлекеттік білім беру
// мекемелеріндегі білім алушылар» (the service's title, rules cl. 3) is
// refused only on a row-9 ground (row 5: «… 9-тармағында көрсетілген
// негіздер бойынша»), and the one that fits is item 2, decree No. 64, whose
// title the row quotes for pupils «Мемлекеттік білім беру мекемелерінің».
// The risk cites the rules' clause and, through its reading note, item 2.
#[test]
fn ann18_row9_item2_a_private_school_pupil_is_told_the_refusal_ground_as_a_reading() {
    let ev = eval(json!({"service":"00403009","channel":"egov_portal",
        "as_of":"2026-11-30T10:00","facts":{"family_receives_targeted_social_assistance":true,
        "child_in_state_education_institution":false}}));
    let r = reason(&ev, "not-state-institution-pupil").expect("the scope risk");
    assert_eq!(
        cited(&r["citation"]),
        (Value::Null, json!(3), json!(3)),
        "{r}"
    );
    assert_eq!(
        r["note"]["key"], "note-decree-64-camps-state-institutions",
        "{r}"
    );
    assert_eq!(
        cited(&r["note"]["citation"]),
        (json!(18), json!(9), json!(2)),
        "{r}"
    );
    is_a_reading_text("note-decree-64-camps-state-institutions");
}

// Annexes 17 and 18 row 9 item 2: a child in none of the categories is
// refused on decree No. 64, which Kezek knows by its title only: the risk
// says it is Kezek's reading, and its note cites row 8, where the list
// names the categories (the status document: item 5 at meals, 6 at camps).
#[test]
fn ann17_ann18_row9_item2_none_of_the_categories_is_told_as_a_reading() {
    for (code, annex, item) in [("00403008", 17, 5), ("00403009", 18, 6)] {
        let mut facts = no_category();
        facts["child_in_state_education_institution"] = json!(true);
        let ev = eval(json!({"service":code,"channel":"provider_office",
            "as_of":"2026-11-30T10:00","facts":facts}));
        let r = reason(&ev, "not-in-any-category").expect("the none-of-the-categories risk");
        assert_eq!(
            cited(&r["citation"]),
            (json!(annex), json!(9), json!(2)),
            "{code} {r}"
        );
        assert_eq!(
            r["note"]["key"], "note-decree-64-title-categories",
            "{code} {r}"
        );
        assert_eq!(
            cited(&r["note"]["citation"]),
            (json!(annex), json!(8), json!(item)),
            "{code} {r}"
        );
    }
    is_a_reading_text("note-decree-64-title-categories");
}

// Annex 17 row 1 and Annex 18 row 1 name no oblast education
// administration; the provider's note says the register does (seed 002
// rows 205, 206) and, at camps, the rules' cl. 3 as worded by order 414
// («облыстардың, … білім басқармаларына»). The header's "Why?" cites
// what the note relies on, besides rows 1, 3, 5 and 6.
#[test]
fn ann17_ann18_row1_the_providers_note_cites_the_register_and_the_rules() {
    let rows = |a: u8| {
        vec![
            cite(a, 1, None),
            cite(a, 3, None),
            cite(a, 5, None),
            cite(a, 6, None),
        ]
    };
    let mut meals = rows(17);
    meals.push(register_citation(205));
    assert_eq!(entry("00403008").unwrap().about_citations().to_vec(), meals);
    let mut camps = rows(18);
    camps.extend([rules_clause(3, 3), register_citation(206)]);
    assert_eq!(entry("00403009").unwrap().about_citations().to_vec(), camps);
}

// Seed 002 row 205 lists the meals' form as «… / проактивті» and defines
// nothing; the definition Kezek had quoted is order No. 254's cl. 3 p. 13,
// «Осы Қағидаларда …» — the preschool rules' own, not this service's. The
// note says what row 205 says, and no definition.
#[test]
fn register205_the_proactive_form_note_asserts_no_definition() {
    for (lang, words) in [
        ("kk", &["бастамасы", "келісім"][..]),
        ("ru", &["инициатив", "соглас"][..]),
        ("en", &["initiative", "consent"][..]),
    ] {
        let text = catalogue_text(lang, "note-register-proactive-form");
        for w in words {
            assert!(!text.contains(w), "{lang}: «{w}» in {text}");
        }
    }
}

// Annex 17 row 8 and Annex 18 row 8 list the status document twice: at the
// office (item 5 at meals, 6 at camps) and on the portal (item 4, item 5).
// A category held cites its proof in the list of the channel applied
// through, and so does the note beside «none of the categories».
#[test]
fn ann17_ann18_row8_a_category_cites_the_status_document_of_the_channels_list() {
    for (code, annex, channel, item) in [
        ("00403008", 17, "provider_office", 5),
        ("00403008", 17, "education_organisation", 5),
        ("00403008", 17, "egov_portal", 4),
        ("00403009", 18, "provider_office", 6),
        ("00403009", 18, "state_corporation", 6),
        ("00403009", 18, "egov_portal", 5),
    ] {
        let mut facts = no_category();
        facts["child_in_state_education_institution"] = json!(true);
        facts["family_receives_targeted_social_assistance"] = json!(true);
        let ev = eval(json!({"service":code,"channel":channel,
            "as_of":"2026-11-30T10:00","facts":facts}));
        let g = &ev["eligibility"]["grounds"][0];
        assert_eq!(g["code"], "tsa-family", "{code} {channel} {g}");
        assert_eq!(
            cited(&g["citation"]),
            (json!(annex), json!(8), json!(item)),
            "{code} {channel} {g}"
        );
        let mut facts = no_category();
        facts["child_in_state_education_institution"] = json!(true);
        let ev = eval(json!({"service":code,"channel":channel,
            "as_of":"2026-11-30T10:00","facts":facts}));
        let r = reason(&ev, "not-in-any-category").expect("the none-of-the-categories risk");
        assert_eq!(
            cited(&r["note"]["citation"]),
            (json!(annex), json!(8), json!(item)),
            "{code} {channel} {r}"
        );
    }
}
