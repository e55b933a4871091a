//! Order No. 414, a lawyer's and a parent's read of three service screens
//! (00403008 school meals, 00403009 camps, 00402002 guardianship
//! certificate) as the app shows them on 15.12.2026, every "Why?" open:
//! each finding as a test named after its annex and item, written before
//! the fix and seen failing.

use kezek_rules::catalogue::{catalogue, cite, ServiceChannel};
use kezek_rules::messages::{catalogue_ftl, message_value};
use kezek_rules::Citation;

const LANGS: [&str; 3] = ["kk", "ru", "en"];

fn catalogue_msg(lang: &str, key: &str) -> &'static str {
    message_value(catalogue_ftl(lang).unwrap(), key).unwrap_or_else(|| panic!("{lang} {key}"))
}

/// The "Why?" text the app shows for a citation.
fn why(lang: &str, c: Citation) -> &'static str {
    kezek_rules::testing::why_of(lang, &c)
}

// Annex 17 row 1 names «Облыстардың, Нұр-Сұлтан, Алматы және Шымкент
// қалаларының, аудандар мен облыстық маңызы бар қалалардың жергілікті
// атқарушы органдары, республикалық маңызы бар қалалардың және астананың
// білім басқармалары, аудандардағы, облыстық маңызы бар қалалардағы білім
// бөлімдері, білім беру ұйымдары». The screen's «…қалаларының …
// жергілікті атқарушы органдары, білім басқармалары мен бөлімдері» made the
// genitive of every city and district govern «білім басқармалары мен
// бөлімдері»: education administrations of districts, education departments
// of Almaty — bodies the row does not name. Register row 205 adds the
// oblasts' education administrations; the screen says so, as for camps.
#[test]
fn ann17_row1_provider_is_named_in_the_annexs_words() {
    let want = [
        (
            "kk",
            "республикалық маңызы бар қалалардың және астананың білім басқармалары, аудандардағы, облыстық маңызы бар қалалардағы білім бөлімдері, білім беру ұйымдары",
            "тізілім облыстардың білім басқармаларын да атайды",
        ),
        (
            "ru",
            "управления образования городов республиканского значения и столицы, отделы образования районов и городов областного значения, организации образования",
            "реестр называет также управления образования областей",
        ),
        (
            "en",
            "education administrations of the capital and cities of republican significance; education departments of districts and oblast-significance cities; education organisations",
            "the register also names oblast education administrations",
        ),
    ];
    for (lang, row1, register) in want {
        let text = catalogue_msg(lang, "provider-00403008");
        assert!(text.contains(row1), "{lang}: {text}");
        assert!(text.contains(register), "{lang}: {text}");
    }
}

// Annexes 3, 4 and 5 (portal only, fully automated): row 3 reads only the
// term («30 (отыз) минут», «10 (он) жұмыс күні», «3 (үш) жұмыс күні») — no
// longest wait or service time at a counter, which the screen's "Why?"
// beside 00402002's «30 минут» asserted.
#[test]
fn ann3_ann4_ann5_row3_why_names_only_the_term() {
    let no_counter: Vec<u8> = catalogue()
        .iter()
        .filter(|e| e.in_person.is_empty())
        .map(|e| e.annex)
        .collect();
    assert!(no_counter.contains(&4), "{no_counter:?}");
    for annex in no_counter {
        for (lang, wait) in [("kk", "күтудің"), ("ru", "ожидания"), ("en", "wait")] {
            let text = why(lang, cite(annex, 3, None));
            assert!(!text.contains(wait), "Annex {annex} row 3, {lang}: {text}");
        }
    }
}

// Row 7 of Annexes 4 and 17 gives the hours of the provider and of the
// portal only: neither service is offered at the State Corporation (row 2),
// yet the "Why?" under «Нәтиже қашан дайын болады» said the list «…
// Мемлекеттік корпорацияның … жұмыс кестесін белгілейді». No service
// without a State Corporation channel is told the list sets its hours.
#[test]
fn ann4_ann17_row7_why_names_no_state_corporation_hours() {
    let without_sc: Vec<u8> = catalogue()
        .iter()
        .filter(|e| !e.channels.contains(&ServiceChannel::STATE_CORPORATION))
        .map(|e| e.annex)
        .collect();
    assert!(without_sc.contains(&4) && without_sc.contains(&17));
    for annex in without_sc {
        for (lang, sc) in [
            ("kk", "Мемлекеттік корпорация"),
            ("ru", "Госкорпорац"),
            ("en", "State Corporation"),
        ] {
            let text = why(lang, cite(annex, 7, None));
            assert!(!text.contains(sc), "Annex {annex} row 7, {lang}: {text}");
        }
    }
}

// The categories a meals or camps pupil may fall in are those of the status
// documents: Annex 17 row 8 item 5, Annex 18 row 8 item 6 («мәртебесін
// растайтын құжаттың көшірмесі: … отбасылардан шыққан балалар үшін …»). The
// "Why?" beside «Атаулы әлеуметтік көмек алуға құқығы бар отбасылардың
// балалары» said only that the list names the documents to bring.
#[test]
fn ann17_row8_item5_ann18_row8_item6_why_names_the_categories() {
    for c in [cite(17, 8, Some(5)), cite(18, 8, Some(6))] {
        for (lang, word) in [("kk", "санат"), ("ru", "категори"), ("en", "categor")] {
            let text = why(lang, c);
            assert!(text.contains(word), "{c} {lang}: {text}");
        }
    }
}

// Annex 18 row 8 item 5: «071/у нысанына сәйкес сауықтыру лагеріне баратын
// оқушыға берілетін медициналық анықтама». The kk line «Сауықтыру лагеріне
// баратын оқушыға 071/у нысанындағы медициналық анықтама» dropped
// «берілетін» — "to a pupil … a certificate", with no verb.
#[test]
fn ann18_row8_item5_medical_certificate_is_the_one_issued_to_the_pupil() {
    let kk = catalogue_msg("kk", "doc-medical-071");
    assert!(
        kk.contains("сауықтыру лагеріне баратын оқушыға берілетін медициналық анықтама"),
        "{kk}"
    );
    for lang in LANGS {
        assert!(catalogue_msg(lang, "doc-medical-071").contains("071/"));
    }
}
