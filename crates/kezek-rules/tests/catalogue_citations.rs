//! A lawyer's third reading of order No. 414 (02.12.2026): four citations
//! that pointed a parent's "Why?" at a row or clause that does not say the
//! thing cited. One table: what is cited, where it must point, and the
//! words of the text there.

use kezek_rules::catalogue::{entry, CREATIVE_CLUBS};
use kezek_rules::citation::Act;
use kezek_rules::Citation;

fn order414(annex: Option<u8>, clause: Option<u16>, sub: Option<u16>) -> Citation {
    Citation {
        act: Act::Order414,
        article: None,
        annex,
        clause,
        sub,
        sub_item: None,
    }
}

/// The citation of service `code`'s eligibility rule `rule`.
fn category(code: &str, rule: &str) -> Citation {
    entry(code)
        .unwrap()
        .eligibility
        .iter()
        .find(|r| r.code == rule)
        .unwrap_or_else(|| panic!("{code}: no rule {rule}"))
        .citation
}

fn club_line(key: &str) -> Citation {
    CREATIVE_CLUBS
        .iter()
        .find(|l| l.key == key)
        .unwrap_or_else(|| panic!("no line {key}"))
        .citation
}

#[test]
fn third_reading_each_citation_points_at_the_words_it_cites() {
    let rows: &[(&str, Citation, Citation)] = &[
        // Annex 15: «Шалғайдағы ауылдық елді мекендерде тұратын балаларды …»
        // is the list's title; row 5 is the result (the certificate).
        (
            "00403007 remote-rural-settlement",
            category("00403007", "remote-rural-settlement"),
            order414(Some(15), None, None),
        ),
        // Annex 6: «Жетім балаға, ата-анасының қамқорлығынсыз қалған балаға
        // қорғаншылық немесе қамқоршылық белгілеу» is the list's title; row 5
        // is the result (the order establishing guardianship).
        (
            "00402003 orphan-or-without-care",
            category("00402003", "orphan-or-without-care"),
            order414(Some(6), None, None),
        ),
        // Rules 513 as worded by order 414 (list item 1): the preliminary
        // refusal notice «… мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен
        // кешіктірмей …» is cl. 13's second paragraph; cl. 11 is the two-day
        // referral to the state bodies.
        (
            "00404005 preliminary refusal",
            entry("00404005").unwrap().terms[0]
                .preliminary_refusal
                .expect("a notice"),
            order414(None, Some(1), Some(13)),
        ),
        // Order 164 cl. 3: sub. 2 is only «шығармашылық үйірмелерге орындарды
        // бөлу тәртібі»; the electronic applications and «… баланың заңды
        // өкілі үшін өтеусіз жүзеге асырылады» are later paragraphs of cl. 3.
        (
            "creative clubs: how",
            club_line("info-creative-clubs-how"),
            Citation::order164(3, None),
        ),
        (
            "creative clubs: fee",
            club_line("info-creative-clubs-fee"),
            Citation::order164(3, None),
        ),
    ];
    let wrong: Vec<String> = rows
        .iter()
        .filter(|(_, got, want)| got != want)
        .map(|(what, got, want)| format!("{what}: {got} (want {want})"))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}
