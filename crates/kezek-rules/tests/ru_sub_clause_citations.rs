//! One way to cite a sub-clause in Russian. The order numbers its sub-clauses
//! «1)», «2)» … inside a clause («24-тармақтың 9) тармақшасы»), and the ru
//! texts said it three ways: «пп. 4 п. 24», «пункт 24, подпункт 5» and
//! «подпункт 5) пункта 24». The last, the most used, is the one: every
//! «подпункт N» of a ru message (any case: «подпункта», «подпункту» …) is
//! «подпункт N) пункта M» (with «приложения K» where the clause is an
//! annex's), and no message abbreviates «пп. N». Comments (`#`) are not
//! shown to a parent and are not scanned. The structured source line under
//! "Why?" (`ui-cite-*`, placeables, not digits, so not scanned here) is put
//! together in the same words, «подпункт 9) пункта 24» (the app's
//! `ru_why_list_cites_a_sub_clause_as_the_ru_texts_do`).

const FILES: &[(&str, &str)] = &[
    ("rules ru.ftl", include_str!("../messages/ru.ftl")),
    (
        "catalogue.ru.ftl",
        include_str!("../messages/catalogue.ru.ftl"),
    ),
    (
        "app ru.ftl",
        include_str!("../../kezek-app/messages/ru.ftl"),
    ),
];

/// The words around `at` (by chars), for the failure message.
fn around(line: &str, at: usize) -> String {
    let chars: Vec<char> = line.chars().collect();
    let from = at.saturating_sub(40);
    let to = (at + 40).min(chars.len());
    chars[from..to].iter().collect()
}

/// The citations of a sub-clause in `line` that are not «подпункт N) пункта M».
fn other_styles(line: &str) -> Vec<String> {
    let chars: Vec<char> = line.chars().collect();
    let starts = |i: usize, s: &str| {
        let s: Vec<char> = s.chars().collect();
        chars.len() >= i + s.len() && chars[i..i + s.len()] == s[..]
    };
    let mut out = Vec::new();
    for i in 0..chars.len() {
        // «пп. 4 п. 24», «п. 24 пп. 9», «п. 8, пп. 1».
        if starts(i, "пп. ")
            && (i == 0 || !chars[i - 1].is_alphabetic())
            && chars.get(i + 4).is_some_and(char::is_ascii_digit)
        {
            out.push(around(line, i));
        }
        // «подпункт 5» (any case ending) with its number: it must be
        // «подпункт 5) пункта …»; «пункт 24, подпункт 5)» is not.
        if starts(i, "подпункт") {
            let mut j = i + "подпункт".chars().count();
            while chars.get(j).is_some_and(|c| c.is_alphabetic()) {
                j += 1;
            }
            if chars.get(j) != Some(&' ') || !chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                continue;
            }
            j += 1;
            while chars.get(j).is_some_and(char::is_ascii_digit) {
                j += 1;
            }
            // Annex 2's row 8 numbers its items «1-1)», «2-1)» …
            if chars.get(j) == Some(&'-') && chars.get(j + 1).is_some_and(char::is_ascii_digit) {
                j += 1;
                while chars.get(j).is_some_and(char::is_ascii_digit) {
                    j += 1;
                }
            }
            if !starts(j, ") пункта ") {
                out.push(around(line, i));
            }
        }
    }
    out
}

#[test]
fn ru_sub_clauses_are_cited_as_podpunkt_n_of_punkt_m_only() {
    let mut found = Vec::new();
    for (file, text) in FILES {
        for (n, line) in text.lines().enumerate() {
            if line.trim_start().starts_with('#') {
                continue;
            }
            for s in other_styles(line) {
                found.push(format!("{file}:{}: …{s}…", n + 1));
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} citations:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scan_knows_the_three_styles() {
    assert!(other_styles("(пп. 4 п. 24)").len() == 1);
    assert!(other_styles("(п. 24 пп. 9)").len() == 1);
    assert!(other_styles("(пункт 24, подпункт 5)").len() == 1);
    assert!(other_styles("(подпункт 5) пункта 24)").is_empty());
    assert!(other_styles("по подпункту 1) пункта 8 приложения 4").is_empty());
    assert!(other_styles("по подпункту 2 пункта 9").len() == 1);
    assert!(other_styles("подпункт не называет").is_empty());
}
