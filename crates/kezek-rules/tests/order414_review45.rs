//! Order No. 414: items a code review of session 44's work found (review45).

use kezek_rules::testing::catalogue_text;

/// Annex 5 row 8 item 6 (00402004): «… қағидаларына 12-қосымшаға сәйкес
/// бала (балалар) (он жасқа толған жағдайда) пікірінің электрондық
/// көшірмесі» — but Annex 12 itself reads «Күші жойылды – ҚР Оқу-ағарту
/// министрінің 30.06.2023 … № 188 … бұйрығымен». The line said "on the form
/// of Annex 12" as if the form were in force. It says what the texts say:
/// the list refers to Annex 12's form, which order No. 188 of 30.06.2023
/// repealed, so the order sets no form; how to write it is Kezek's reading.
#[test]
fn ann5_row8_item6_the_childs_opinion_says_annex_12_is_repealed() {
    for (lang, as_in_force, repealed, reading) in [
        (
            "kk",
            "12-қосымшаға сәйкес нысан бойынша",
            "күші ҚР Оқу-ағарту министрінің 30.06.2023 № 188 бұйрығымен жойылған",
            "Kezek түсіндірмесі",
        ),
        (
            "ru",
            "(по форме согласно приложению 12",
            "утратило силу приказом Министра просвещения РК от 30.06.2023 № 188",
            "толкование Kezek",
        ),
        (
            "en",
            "(on the form of Annex 12",
            "repealed by order No. 188 of the Minister of Enlightenment of 30.06.2023",
            "Kezek's reading",
        ),
    ] {
        let name = catalogue_text(lang, "doc-child-opinion");
        assert!(
            !name.contains(as_in_force) && name.contains(repealed) && name.contains(reading),
            "{lang}: the form of a repealed annex said as in force: {name}"
        );
    }
}
