//! A text that puts words in «…» as the law's says the law writes exactly
//! these words: every Kazakh quote in every message a parent reads (the app's
//! and the rules' `messages/{kk,ru,en}.ftl`, the catalogue's
//! `catalogue.{kk,ru,en}.ftl`) must stand verbatim in one of the acts Kezek
//! keeps in `law/` (order No. 254, order No. 414, the register (order No. 39),
//! order No. 164-НҚ).
//!
//! Which quotes are the law's. The acts are Kazakh texts, so a quote is
//! checked when it is Kazakh: every quote in a kk file, and a quote in a ru or
//! en file that has a letter only Kazakh writes (ә ғ қ ң ө ұ ү һ і). A ru or
//! en quote without one is Russian or English — a translation of the law's
//! words (there is no Russian or English text of the acts to check it
//! against) or a name in that language. Kazakh quotes that are not the acts'
//! words (a screen of Kezek, a page of egov.kz, a law Kezek does not keep)
//! are in [`NOT_THE_ACTS`], each with its reason; an entry no message quotes
//! any more fails the test.
//!
//! How a quote is compared. A quote is what stands between «» (quotes within
//! quotes «…«…»…» count as their outer quote's words and as quotes of their
//! own). A placeable (`{ $x }`, `{ -term }`, a select) and an ellipsis («…»
//! or "...") cut the quote into fragments, which must all be found, in their
//! order, in ONE act. Typography the acts themselves vary or use otherwise is
//! read alike on both sides: any run of whitespace (line breaks, the
//! register's no-break spaces) is one space; the acts quote with '"' where
//! the messages write «» “” „; the acts write a dash both as '-' and '–'.
//! A quote starts and ends at a word's edge (not inside a word of the act),
//! and its first letter may be of either case (a quote may start a sentence
//! of Kezek's where the act has it mid-sentence, or the other way round);
//! every other letter is as the act writes it — numbers too: the acts write
//! «3 (үш)», and so must a quote of them.

const ACTS: &[(&str, &str)] = &[
    (
        "order-254-preschool-services.kk.txt",
        include_str!("../../../law/order-254-preschool-services.kk.txt"),
    ),
    (
        "order-414-family-and-children-services.kk.txt",
        include_str!("../../../law/order-414-family-and-children-services.kk.txt"),
    ),
    (
        "order-39-register-of-public-services.kk.txt",
        include_str!("../../../law/order-39-register-of-public-services.kk.txt"),
    ),
    (
        "order-164-creative-clubs-legal-representatives.kk.txt",
        include_str!("../../../law/order-164-creative-clubs-legal-representatives.kk.txt"),
    ),
];

/// (file, whether it is a kk file, its text).
const MESSAGES: &[(&str, bool, &str)] = &[
    (
        "crates/kezek-app/messages/kk.ftl",
        true,
        include_str!("../../kezek-app/messages/kk.ftl"),
    ),
    (
        "crates/kezek-app/messages/ru.ftl",
        false,
        include_str!("../../kezek-app/messages/ru.ftl"),
    ),
    (
        "crates/kezek-app/messages/en.ftl",
        false,
        include_str!("../../kezek-app/messages/en.ftl"),
    ),
    (
        "crates/kezek-rules/messages/kk.ftl",
        true,
        include_str!("../messages/kk.ftl"),
    ),
    (
        "crates/kezek-rules/messages/ru.ftl",
        false,
        include_str!("../messages/ru.ftl"),
    ),
    (
        "crates/kezek-rules/messages/en.ftl",
        false,
        include_str!("../messages/en.ftl"),
    ),
    (
        "crates/kezek-rules/messages/catalogue.kk.ftl",
        true,
        include_str!("../messages/catalogue.kk.ftl"),
    ),
    (
        "crates/kezek-rules/messages/catalogue.ru.ftl",
        false,
        include_str!("../messages/catalogue.ru.ftl"),
    ),
    (
        "crates/kezek-rules/messages/catalogue.en.ftl",
        false,
        include_str!("../messages/catalogue.en.ftl"),
    ),
];

/// Kazakh quotes that are not the acts' words: (the quote, why).
const NOT_THE_ACTS: &[(&str, &str)] = &[
    (
        "Бала туралы",
        "Kezek's own step 2, by its title (ui-step-child)",
    ),
    (
        "Менде бар",
        "Kezek's own checkbox «I have it» (ui-svc-held)",
    ),
    (
        "Қызметтерді алу тарихы",
        "the section of the personal account on egov.kz where the portal's notices come",
    ),
    (
        "Қазақстан Республикасындағы мерекелер туралы",
        "the title of the Law of 13.12.2001 No. 267-II on holidays, which Kezek's calendar \
         follows and does not keep in law/",
    ),
];

/// Letters only Kazakh writes (of the Cyrillic alphabets a message uses).
const KAZAKH_LETTERS: &[char] = &['ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'і'];

/// The messages of a Fluent file: (id, value), a multiline value's lines
/// joined with line breaks. Comments and blank lines end nothing but a
/// comment; a line that starts in column 0 with a letter (or '-', a term)
/// starts a message; an indented line continues the last one.
fn messages(ftl: &str) -> Vec<(&str, String)> {
    let mut out: Vec<(&str, String)> = Vec::new();
    let mut open = false;
    for line in ftl.lines() {
        if line.starts_with('#') {
            open = false;
        } else if line.starts_with(|c: char| c.is_alphabetic() || c == '-') {
            let (id, value) = line.split_once('=').expect("a message line has '='");
            out.push((id.trim(), value.trim().to_owned()));
            open = true;
        } else if open && !line.trim().is_empty() {
            let last = out.last_mut().expect("an open message");
            last.1.push('\n');
            last.1.push_str(line.trim());
        }
    }
    out
}

/// Every «…» span of `value`, inner ones too; `Err` if the marks do not pair.
fn quotes(value: &str) -> Result<Vec<&str>, String> {
    let mut open = Vec::new();
    let mut out = Vec::new();
    for (i, c) in value.char_indices() {
        match c {
            '«' => open.push(i + c.len_utf8()),
            '»' => {
                let start = open.pop().ok_or("a » without its «")?;
                out.push(&value[start..i]);
            }
            _ => {}
        }
    }
    if open.is_empty() {
        Ok(out)
    } else {
        Err("a « without its »".to_owned())
    }
}

fn is_kazakh(quote: &str) -> bool {
    quote
        .chars()
        .flat_map(char::to_lowercase)
        .any(|c| KAZAKH_LETTERS.contains(&c))
}

/// The typography the acts vary or write otherwise, read alike.
fn norm(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(match c {
            '«' | '»' | '“' | '”' | '„' => '"',
            '‐' | '‑' | '–' | '—' => '-',
            c => c,
        });
    }
    out
}

/// The words of a quote the act must hold, in order: what stands between
/// its placeables and ellipses, normalised, the empty ones dropped.
fn fragments(quote: &str) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut depth = 0usize;
    let text = quote.replace("...", "…");
    for c in text.chars() {
        match c {
            '{' => {
                depth += 1;
                parts.push(String::new());
            }
            '}' => depth = depth.saturating_sub(1),
            '…' if depth == 0 => parts.push(String::new()),
            c if depth == 0 => parts.last_mut().expect("a part").push(c),
            _ => {}
        }
    }
    parts
        .iter()
        .map(|p| norm(p))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Whether the place between `before` and `after` is a word's edge.
fn edge(before: Option<char>, after: Option<char>) -> bool {
    !(before.is_some_and(char::is_alphanumeric) && after.is_some_and(char::is_alphanumeric))
}

/// Where `fragment` stands in `act` from byte `from` on (its end), its first
/// letter of either case; `start`/`end` ask for a word's edge there.
fn find(act: &str, fragment: &str, from: usize, start: bool, end: bool) -> Option<usize> {
    let mut chars = fragment.chars();
    let first = chars.next()?;
    let rest = chars.as_str();
    let firsts: Vec<char> = first
        .to_lowercase()
        .chain(first.to_uppercase())
        .chain(std::iter::once(first))
        .collect();
    let mut best: Option<usize> = None;
    for f in firsts {
        let candidate = format!("{f}{rest}");
        let mut at = from;
        while let Some(i) = act[at..].find(&candidate) {
            let s = at + i;
            let e = s + candidate.len();
            let ok_start = !start || edge(act[..s].chars().next_back(), Some(f));
            let last = candidate.chars().next_back();
            let ok_end = !end || edge(last, act[e..].chars().next());
            if ok_start && ok_end {
                best = Some(best.map_or(e, |b: usize| b.min(e)));
                break;
            }
            at = s + f.len_utf8();
        }
    }
    best
}

/// Whether the fragments stand, in order, in `act`; the quote's own first
/// and last fragment at a word's edge on the quote's side.
fn stands_in(act: &str, quote: &str, fragments: &[String]) -> bool {
    let trimmed = quote.trim();
    let starts_with_words = !trimmed.starts_with('{') && !trimmed.starts_with('…');
    let ends_with_words = !trimmed.ends_with('}') && !trimmed.ends_with('…');
    let mut at = 0;
    for (i, f) in fragments.iter().enumerate() {
        let start = i == 0 && starts_with_words;
        let end = i + 1 == fragments.len() && ends_with_words;
        match find(act, f, at, start, end) {
            Some(e) => at = e,
            None => return false,
        }
    }
    true
}

/// Every Kazakh quote of every message: (file, message id, the quote).
fn kazakh_quotes() -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    for (file, kk, ftl) in MESSAGES {
        for (id, value) in messages(ftl) {
            let qs = quotes(&value).unwrap_or_else(|e| panic!("{file} {id}: {e}: {value}"));
            for q in qs {
                if *kk || is_kazakh(q) {
                    out.push((*file, id, q.to_owned()));
                }
            }
        }
    }
    out
}

#[test]
fn every_kazakh_quote_in_a_message_is_the_acts_words() {
    let acts: Vec<(&str, String)> = ACTS.iter().map(|(n, t)| (*n, norm(t))).collect();
    let quotes = kazakh_quotes();
    assert!(
        quotes.len() > 50,
        "the messages quote the acts in dozens of places: {} found",
        quotes.len()
    );
    let mut not_found = Vec::new();
    for (file, id, quote) in &quotes {
        if NOT_THE_ACTS.iter().any(|(q, _)| q == quote) {
            continue;
        }
        let fragments = fragments(quote);
        if !acts
            .iter()
            .any(|(_, act)| stands_in(act, quote, &fragments))
        {
            not_found.push(format!("{file} {id}: «{quote}»"));
        }
    }
    assert!(
        not_found.is_empty(),
        "{} quote(s) not found verbatim in any act of law/:\n{}",
        not_found.len(),
        not_found.join("\n")
    );
}

/// Every exception is a quote some message still makes, and is not, after
/// all, the acts' words.
#[test]
fn each_quote_not_of_the_acts_is_still_quoted_and_not_in_the_acts() {
    let acts: Vec<String> = ACTS.iter().map(|(_, t)| norm(t)).collect();
    let quotes = kazakh_quotes();
    for (q, why) in NOT_THE_ACTS {
        assert!(!why.is_empty());
        assert!(
            quotes.iter().any(|(_, _, quote)| quote == q),
            "«{q}» is an exception no message quotes any more"
        );
        let fragments = fragments(q);
        assert!(
            !acts.iter().any(|act| stands_in(act, q, &fragments)),
            "«{q}» stands in an act: not an exception"
        );
    }
}

/// The comparison itself: the typography read alike, the ellipsis and
/// placeables cutting fragments, the first letter of either case, the word's
/// edge, and a number written without the act's words in brackets refused.
#[test]
fn the_comparison_reads_typography_alike_and_nothing_else() {
    let act = norm("15. Баланың ата-анасы бір елді мекенде мектеп жасына дейінгі кезеңде кезекке \n\nкемінде 3 (үш) рет тұра алады. \"Электрондық\u{a0}үкімет\" – портал");
    let ok = |q: &str| stands_in(&act, q, &fragments(q));
    assert!(ok("кезекке кемінде 3 (үш) рет"));
    assert!(ok("Кезекке кемінде 3 (үш) рет тұра алады"));
    assert!(ok("Баланың ата-анасы … кемінде 3 (үш) рет"));
    assert!(ok("Баланың ата-анасы ... кемінде { $n } рет"));
    assert!(ok("«Электрондық үкімет» — портал"));
    assert!(!ok("кемінде 3 рет"));
    assert!(!ok("кемінде 3 (үш) рет … баланың ата-анасы"));
    assert!(!ok("ата-анас"));
    assert!(!ok("аланың ата-анасы"));
    assert!(!ok("кезекке кемінде 3 (Үш) рет"));
    assert_eq!(quotes("a «b «c» d» e").unwrap(), vec!["c", "b «c» d"]);
    assert!(quotes("a «b").is_err());
    assert!(is_kazakh("сәттен бастап") && !is_kazakh("с момента") && !is_kazakh("Бала туралы"));
    let ftl =
        "# c\nid-a = one «x\n    y»\n\nid-b = { $n ->\n    [one] «бір»\n   *[other] «көп»\n    }\n";
    let m = messages(ftl);
    assert_eq!(m[0], ("id-a", "one «x\ny»".to_owned()));
    assert_eq!(m[1].0, "id-b");
    assert_eq!(quotes(&m[1].1).unwrap(), vec!["бір", "көп"]);
}
