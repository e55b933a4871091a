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

/// Kazakh quotes that are not the acts' words: (the message's id, the
/// quote, why). Keyed by the message: the same words quoted by another
/// message are checked against the acts like any other quote.
const NOT_THE_ACTS: &[(&str, &str, &str)] = &[
    (
        "ui-sen-hint",
        "Біз мүгедектігі бар баланы тәрбиелеп отырмыз",
        "Kezek's own box on step 4 (ui-family-disabled-child-in-family)",
    ),
    (
        "ui-family-skip-to-none",
        "Бұлардың ешқайсысы бізге қатысты емес",
        "Kezek's own last box on step 4, by its label (ui-family-none)",
    ),
    (
        "ui-held-on-step-2",
        "Бала туралы",
        "Kezek's own step 2, by its title (ui-step-child)",
    ),
    (
        "ui-queues-age-bars",
        "Жасы",
        "Kezek's own section of the queues screen, by its title",
    ),
    (
        "error-catalogue-unknown-document",
        "Менде бар",
        "Kezek's own checkbox «I have it» (ui-svc-held)",
    ),
    (
        "ui-svc-done-not-in-hand",
        "Менде бар",
        "Kezek's own checkbox «I have it» (ui-svc-held)",
    ),
    (
        "q-serious-crime-record",
        "жоқ",
        "Kezek's own answer to its question, as the screen writes it",
    ),
    (
        "note-ward-status-shared",
        "бала",
        "the word of Kezek's own question the parent answered, not the act's",
    ),
    (
        "ui-done-portal-send",
        "Қызметтерді алу тарихы",
        "the section of the personal account on egov.kz where the portal's notices come",
    ),
    (
        "why-law-holidays",
        "Қазақстан Республикасындағы мерекелер туралы",
        "the title of the Law of 13.12.2001 No. 267-II on holidays, which Kezek's calendar \
         follows and does not keep in law/",
    ),
];

/// A quote of one or two words is found in some act by chance as often as
/// by quoting it («жоқ», «бала» stand in every act): it must be said here,
/// with the act it quotes, and is looked for in that act only — or be one
/// of [`NOT_THE_ACTS`]. (the ids of the messages that quote it, the quote,
/// the act's file, where the act has it.)
const SHORT_QUOTES: &[(&[&str], &str, &str, &str)] = &[
    (
        &[
            "ui-proof-gateway",
            "ui-proof-gateway-portal",
            "reason-doc-bring-if-not-in-databases",
            "ui-automatic",
            "ui-automatic-reading",
        ],
        "электрондық үкімет",
        "order-254-preschool-services.kk.txt",
        "the «электрондық үкімет» gateway of Annex 2 p. 8",
    ),
    (
        &[
            "ui-originals-reading",
            "reason-schedule-originals-first-day-reading",
        ],
        "сәттен бастап",
        "order-254-preschool-services.kk.txt",
        "cl. 22's five working days",
    ),
    (
        &["ui-queue-worth-negative", "why-order254-cl21"],
        "үшеуге біреу",
        "order-254-preschool-services.kk.txt",
        "cl. 21's order of the first-priority applications",
    ),
    (
        &["ui-done-bring-copy"],
        "(құжаттың көшірмесі)",
        "order-254-preschool-services.kk.txt",
        "Annex 1's boxes 1, 2 and 4",
    ),
    (
        &["reason-doc-pmpc-kindergarten-reading"],
        "бар болғанда",
        "order-254-preschool-services.kk.txt",
        "Annex 4 p. 8, the PMPC's conclusion",
    ),
    (
        &["reason-doc-digital-document-portal"],
        "сәйкестендіру үшін",
        "order-254-preschool-services.kk.txt",
        "Annex 4 p. 8, the identity document",
    ),
    (
        &["reason-info-leftover-places-reading"],
        "жұмыс күні",
        "order-254-preschool-services.kk.txt",
        "cl. 24's priority access, in working days",
    ),
    (
        &["reason-info-leftover-places-reading"],
        "күн",
        "order-254-preschool-services.kk.txt",
        "cl. 24 p. 10 «3 (үш) күннен кейін», days",
    ),
    (
        &["note-decree-64-title-state-schools"],
        "мемлекеттік",
        "order-414-family-and-children-services.kk.txt",
        "the word the refusal ground's decree No. 64 has and the service's title lacks",
    ),
    (
        &[
            "note-child-called-minor",
            "note-child-called-minor-caution",
            "caution-child-of-full-age",
            "pending-child-birth-date-minor-reading",
            "pending-child-birth-date-aged-10-minor-reading",
        ],
        "кәмелетке толмаған",
        "order-414-family-and-children-services.kk.txt",
        "the order's word for the child of these services",
    ),
    (
        &["refusal-noncompliant-education-law-1256"],
        "Білім туралы",
        "order-414-family-and-children-services.kk.txt",
        "the refusal ground's Law «Білім туралы»",
    ),
    (
        &["note-register-proactive-form"],
        "проактивті",
        "order-39-register-of-public-services.kk.txt",
        "the register's forms of rendering a service",
    ),
    (
        &[
            "reg-channels-00402006",
            "reg-channels-00402007",
            "reg-channels-00403003",
            "reg-channels-00403004",
            "reg-channels-00403005",
            "reg-channels-00403011",
            "reg-channels-00403015",
            "reg-channels-00404002",
            "reg-channels-00404003",
            "reg-channels-00404006",
        ],
        "электрондық үкіметтің",
        "order-39-register-of-public-services.kk.txt",
        "the register's channels, the e-government's web portal",
    ),
    (
        &["ui-supply-electronic-not-portal"],
        "электрондық көшірмесі",
        "order-414-family-and-children-services.kk.txt",
        "Annex 20 row 8 item 4: the proof of a parent's absence of care «құжаттардың электрондық көшірмесі»",
    ),
    (
        &["why-order414-cl1-9", "why-order414-cl2-9"],
        "электрондық үкімет",
        "order-414-family-and-children-services.kk.txt",
        "rules 513 and 407 cl. 9: the «электрондық үкімет» gateway",
    ),
    (
        &["reg-form-partial-paper-one-application"],
        "бір өтініш",
        "order-39-register-of-public-services.kk.txt",
        "the register's «бір өтініш» principle",
    ),
    (
        &["ui-print-note-blank-line"],
        "Өтініш",
        "order-254-preschool-services.kk.txt",
        "Annex 1's heading «өтініш.», the printed form's title",
    ),
];

/// The most words a quote has to be short ([`SHORT_QUOTES`]).
const SHORT: usize = 2;

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

/// A fragment of a quote: its words, normalised, and whether it must start
/// and end at a word's edge of the act.
#[derive(Debug, PartialEq)]
struct Fragment {
    text: String,
    start: bool,
    end: bool,
}

/// The words of a quote the act must hold, in order: what stands between
/// its placeables and ellipses, normalised, the empty ones dropped. Every
/// fragment starts and ends at a word's edge — at the quote's own ends, and
/// around an ellipsis (the words left out are whole words) — except where
/// the quote glues it to a placeable with no space (`{ $n }-тармақ`, a
/// suffix of the word the placeable writes).
fn fragments(quote: &str) -> Vec<Fragment> {
    // (text, glued to a placeable before it); whether the last part ended
    // at a placeable.
    let mut parts: Vec<(String, bool)> = vec![(String::new(), false)];
    let mut depth = 0usize;
    let mut ends_at_placeable = Vec::new();
    let text = quote.replace("...", "…");
    for c in text.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    ends_at_placeable.push(true);
                    parts.push((String::new(), true));
                }
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            '…' if depth == 0 => {
                ends_at_placeable.push(false);
                parts.push((String::new(), false));
            }
            c if depth == 0 => parts.last_mut().expect("a part").0.push(c),
            _ => {}
        }
    }
    ends_at_placeable.push(false);
    parts
        .iter()
        .zip(ends_at_placeable)
        .filter_map(|((raw, after_placeable), before_placeable)| {
            let text = norm(raw);
            (!text.is_empty()).then(|| Fragment {
                start: !*after_placeable || raw.starts_with(char::is_whitespace),
                end: !before_placeable || raw.ends_with(char::is_whitespace),
                text,
            })
        })
        .collect()
}

/// The words of a quote, placeables and ellipses left out.
fn words(fragments: &[Fragment]) -> usize {
    fragments
        .iter()
        .map(|f| f.text.split_whitespace().count())
        .sum()
}

/// Whether two quotes are the same, the first letter of either case.
fn same_quote(a: &str, b: &str) -> bool {
    let fold = |s: &str| {
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_lowercase().chain(c).collect::<String>())
            .unwrap_or_default()
    };
    fold(a) == fold(b)
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

/// Whether the fragments stand, in order, in `act`, each at a word's edge
/// where [`fragments`] asks for one.
fn stands_in(act: &str, fragments: &[Fragment]) -> bool {
    let mut at = 0;
    for f in fragments {
        match find(act, &f.text, at, f.start, f.end) {
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

/// The act a short quote of message `id` is said to quote, if it is said.
fn short_quote_act(id: &str, quote: &str) -> Option<&'static str> {
    SHORT_QUOTES
        .iter()
        .find(|(ids, q, _, _)| ids.contains(&id) && same_quote(q, quote))
        .map(|(_, _, act, _)| *act)
}

/// A quote made only of placeables («{ $service }», «{ $name }») has no
/// words of its own: it quotes a name the app fills in (a service's, a
/// step's, a file's, a queue's), not the acts, and is not checked here —
/// the text a placeable carries is a message of its own, checked where it
/// is written.
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
        if NOT_THE_ACTS
            .iter()
            .any(|(i, q, _)| i == id && same_quote(q, quote))
        {
            continue;
        }
        let fragments = fragments(quote);
        let n = words(&fragments);
        if n == 0 {
            continue;
        }
        let found = if n <= SHORT {
            match short_quote_act(id, quote) {
                Some(name) => acts
                    .iter()
                    .any(|(act, text)| *act == name && stands_in(text, &fragments)),
                None => {
                    not_found.push(format!(
                        "{file} {id}: «{quote}» has {n} word(s): say the act it quotes in \
                         SHORT_QUOTES, or why it is not the acts' in NOT_THE_ACTS"
                    ));
                    continue;
                }
            }
        } else {
            acts.iter().any(|(_, act)| stands_in(act, &fragments))
        };
        if !found {
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

/// Every exception is a quote its message still makes, and is not, after
/// all, the acts' words (a short one: in no act at a word's edge, or it is
/// a word the acts have that the message does not quote of them); every
/// short quote said is still made by each message named.
#[test]
fn each_quote_not_of_the_acts_is_still_quoted_and_not_in_the_acts() {
    let acts: Vec<String> = ACTS.iter().map(|(_, t)| norm(t)).collect();
    let quotes = kazakh_quotes();
    for (id, q, why) in NOT_THE_ACTS {
        assert!(!why.is_empty());
        assert!(
            quotes
                .iter()
                .any(|(_, i, quote)| i == id && same_quote(q, quote)),
            "{id}: «{q}» is an exception its message does not quote any more"
        );
        let fragments = fragments(q);
        if words(&fragments) > SHORT {
            assert!(
                !acts.iter().any(|act| stands_in(act, &fragments)),
                "«{q}» stands in an act: not an exception"
            );
        }
    }
    for (ids, q, act, why) in SHORT_QUOTES {
        assert!(
            !why.is_empty() && ACTS.iter().any(|(n, _)| n == act),
            "{act}"
        );
        assert!(words(&fragments(q)) <= SHORT, "«{q}» is not short");
        for id in *ids {
            assert!(
                quotes
                    .iter()
                    .any(|(_, i, quote)| i == id && same_quote(q, quote)),
                "{id} does not quote «{q}» any more"
            );
        }
    }
}

/// The comparison itself: the typography read alike, the ellipsis and
/// placeables cutting fragments, the first letter of either case, the word's
/// edge, and a number written without the act's words in brackets refused.
#[test]
fn the_comparison_reads_typography_alike_and_nothing_else() {
    let act = norm("15. Баланың ата-анасы бір елді мекенде мектеп жасына дейінгі кезеңде кезекке \n\nкемінде 3 (үш) рет тұра алады. \"Электрондық\u{a0}үкімет\" – портал");
    let ok = |q: &str| stands_in(&act, &fragments(q));
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
    // Around an ellipsis, and at the quote's ends, whole words only; glued
    // to a placeable, a fragment may be the rest of the word it writes.
    assert!(!ok("Баланың ата-ана … кемінде 3 (үш) рет"));
    assert!(!ok("Баланың ата-анасы … мінде 3 (үш) рет"));
    assert!(!ok("…ланың ата-анасы"));
    assert!(ok("{ $x }ның ата-анасы"));
    assert!(!ok("{ $x } ның ата-анасы"));
    assert!(ok("ата-анасы бір { $x }"));
    assert_eq!(words(&fragments("{ $service }")), 0);
    assert_eq!(words(&fragments("сәттен { $n } бастап")), 2);
    assert!(same_quote("Электрондық үкімет", "электрондық үкімет"));
    assert!(short_quote_act("ui-queues-age-bars", "Жасы").is_none());
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
