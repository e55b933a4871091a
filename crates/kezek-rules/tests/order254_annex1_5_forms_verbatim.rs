//! The forms Kezek prints (hand-off step, `crates/kezek-app/src/steps/handoff.rs`)
//! are order No. 254's Annex 1 (the application for queue registration) and
//! Annex 5 (the consent to access restricted personal data): a printed form
//! carries the form's own words. A table: each kk message that renders a
//! form's text → the annex (or annexes) it renders; every fixed fragment of
//! the message (what is left between its placeables, the blanks `____` and
//! the consent checkbox's labels «(1-қосымша)», «(5-қосымша)») must stand
//! verbatim in that annex (`law/order-254-preschool-services.kk.txt`, from
//! the annex mark «… қағидаларына N-қосымша» on), read without spaces and
//! line breaks, in lower case, any quotation marks alike. The printed forms
//! carry no label of Kezek's («Кімге:», «Кімнен:» were, until the walk of
//! 05.12).
//!
//! Kezek's notes printed below the forms, apart (the queues a child stands
//! in at once, a ground declared in words, the digest), are not the form's
//! text and are not rows here. The box labels 1-10 are the form's own words (not the
//! grounds' names of the rules' messages): rows. The official text types a
//! Latin «i» in box 2's «оның iшiнде»; Kezek prints the Kazakh «і», read
//! alike here.

const ORDER: &str = include_str!("../../../law/order-254-preschool-services.kk.txt");
const APP_KK: &str = include_str!("../../kezek-app/messages/kk.ftl");

/// (message id, the annexes its fixed words are from).
const FORM_LINES: &[(&str, &[u8])] = &[
    ("ui-annex1-title", &[1]),
    ("ui-annex1-to", &[1]),
    ("ui-annex1-address", &[1]),
    ("ui-annex1-name", &[1]),
    ("ui-annex1-iin", &[1]),
    ("ui-annex1-blank", &[1]),
    ("ui-annex1-heading", &[1]),
    ("ui-annex1-body", &[1]),
    ("ui-annex1-boxes", &[1]),
    ("ui-annex1-box-1", &[1]),
    ("ui-annex1-box-2", &[1]),
    ("ui-annex1-box-3", &[1]),
    ("ui-annex1-box-4", &[1]),
    ("ui-annex1-box-5", &[1]),
    ("ui-annex1-box-6", &[1]),
    ("ui-annex1-box-7", &[1]),
    ("ui-annex1-box-8", &[1]),
    ("ui-annex1-box-9", &[1]),
    ("ui-annex1-box-10", &[1]),
    ("ui-annex1-box-copy", &[1]),
    ("ui-annex1-notify-intro", &[1]),
    ("ui-annex1-notify", &[1]),
    ("ui-annex1-email", &[1]),
    ("ui-annex1-note", &[1]),
    ("ui-annex1-consent", &[1]),
    ("ui-annex1-date", &[1]),
    ("ui-annex5-title", &[5]),
    ("ui-annex5-form", &[5]),
    ("ui-annex5-to", &[5]),
    ("ui-annex5-from", &[5]),
    ("ui-annex5-body", &[5]),
    ("ui-annex5-other", &[5]),
    ("ui-annex5-term", &[5]),
    ("ui-annex5-sign", &[5]),
    // The checkbox that stands for both forms' consents (queue registration)
    // and for Annex 5's alone (admission).
    ("ui-consent", &[1, 5]),
    ("ui-consent-annex5", &[5]),
];

/// The consent checkbox's labels around the forms' words.
const KEZEK_LABELS: &[&str] = &["(1-қосымша)", "(5-қосымша)"];

/// Without whitespace, lower case, one quotation mark, the Kazakh «і».
fn norm(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            '«' | '»' | '“' | '”' | '„' => '"',
            'i' => 'і',
            c => c,
        })
        .collect()
}

/// Annex `n`'s text, from its mark («Мектепке дейінгі білім беру … қағидаларына
/// N-қосымша») to the next annex's heading (Annex 5: to the order's own annex
/// after it).
fn annex(n: u8) -> String {
    let heading = format!("\n{n}-қосымша");
    let at = ORDER.find(&heading).expect("annex heading");
    let start = ORDER[..at]
        .rfind("Мектепке дейінгі білім")
        .expect("annex mark");
    let rest = &ORDER[start..];
    let end = match n {
        5 => rest.find("бұйрығына").expect("the order's own annex"),
        _ => rest
            .find(&format!("\n{}-қосымша", n + 1))
            .expect("next annex"),
    };
    norm(&rest[..end])
}

fn message(id: &str) -> Option<&'static str> {
    APP_KK
        .lines()
        .find_map(|l| l.strip_prefix(id)?.strip_prefix(" = "))
}

/// The message's fixed fragments: placeables, blanks and Kezek's labels cut out.
fn fragments(value: &str) -> Vec<String> {
    let mut text = String::new();
    let mut depth = 0;
    for c in value.chars() {
        match c {
            '{' => {
                depth += 1;
                text.push('\u{1}');
            }
            '}' => depth -= 1,
            '_' => text.push('\u{1}'),
            _ if depth == 0 => text.push(c),
            _ => {}
        }
    }
    for label in KEZEK_LABELS {
        text = text.replace(label, "\u{1}");
    }
    text.split('\u{1}')
        .map(|f| f.trim_matches(|c: char| c.is_whitespace() || ",.:;".contains(c)))
        .filter(|f| !f.is_empty())
        .map(str::to_owned)
        .collect()
}

#[test]
fn annex1_5_printed_kk_lines_are_the_forms_words() {
    let annexes = [(1u8, annex(1)), (5, annex(5))];
    assert!(annexes[0].1.contains(&norm("кезекке қоюды сұраймын")));
    assert!(annexes[1]
        .1
        .contains(&norm("барлық кезең ішінде қолданылады")));
    let mut wrong = Vec::new();
    for (id, from) in FORM_LINES {
        let Some(value) = message(id) else {
            wrong.push(format!("{id}: no such kk message"));
            continue;
        };
        for f in fragments(value) {
            let found = annexes
                .iter()
                .filter(|(n, _)| from.contains(n))
                .any(|(_, text)| text.contains(&norm(&f)));
            if !found {
                wrong.push(format!("{id}: «{f}» is not in Annex {from:?}"));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
