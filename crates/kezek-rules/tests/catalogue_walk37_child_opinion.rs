//! Order No. 414, the screen of 00402013 (the opinion of a child aged ten,
//! Annex 20) in walk dump 37 (15.12.2026, kk and ru) read against Annex 20,
//! the amended rules of the service (order 414, list item 3) and register
//! row 195: each finding a test named after its clause, written before the
//! fix and seen failing.

use kezek_rules::catalogue::{catalogue, entry};
use kezek_rules::testing::catalogue_text;
use serde_json::{json, Value};

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
