//! Order No. 414, the lawyer's audit of terms and refusal grounds (session of
//! 03.12.2026, twelfth): a refusal ground the texts narrowed, and readings of
//! the terms the parent was not told were readings. Requests are JSON, the
//! way the CLI and the JS API pass them.

use kezek_rules::catalogue::question_key;
use kezek_rules::messages::{catalogue_ftl, message_value};

fn msg(lang: &str, key: &str) -> &'static str {
    message_value(catalogue_ftl(lang).unwrap(), key).unwrap_or_else(|| panic!("{lang} {key}"))
}

// F1. Annex 5 row 9 item 5: «… тұрғын үйін иеліктен шығару … немесе
// олардың атынан кепілгерлік шартын, тұрғын үйді өтеусіз пайдалануға тапсыру
// немесе кепілге қою бойынша мәмілелер, заң бойынша, өсиет бойынша оларға
// тиесілі мұрагерлік құқықтардан бас тартуына, олардың тұрғын үйін бөлуге …».
// Alienation, free use, pledge, division and a share are of the home; the
// surety contract on the child's behalf and the renunciation of the
// inheritance due to the child are not limited to it.

#[test]
fn annex5_row9_item5_surety_and_inheritance_are_not_only_the_home() {
    assert_eq!(
        question_key("housing_transaction_restricted"),
        Some("q-housing-transaction-restricted")
    );
    for (lang, home, surety, inheritance, any_property) in [
        ("kk", "тұрғын үй", "кепілгерлік", "мұра", "кез келген мүлік"),
        ("ru", "жиль", "поручительств", "наслед", "любое имущество"),
        ("en", "home", "surety", "inherit", "any property"),
    ] {
        for key in [
            "q-housing-transaction-restricted",
            "refusal-ward-housing-transaction",
        ] {
            let text = msg(lang, key);
            // The words before the list do not put the whole list under the home.
            let (lead, list) = text.split_once(':').expect("a list after a colon");
            assert!(
                !lead.contains(home),
                "{lang} {key}: the list is put under the home: {lead}"
            );
            for word in [surety, inheritance] {
                let part = list
                    .split(';')
                    .find(|p| p.contains(word))
                    .unwrap_or_else(|| panic!("{lang} {key} lacks {word}: {text}"));
                assert!(
                    !part.contains(home),
                    "{lang} {key}: {word} is put under the home: {part}"
                );
            }
            let renounce = list.split(';').find(|p| p.contains(inheritance)).unwrap();
            assert!(
                renounce.contains(any_property),
                "{lang} {key}: the inheritance of any property: {renounce}"
            );
        }
    }
}
