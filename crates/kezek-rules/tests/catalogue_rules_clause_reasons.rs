//! The "Why?" of a clause of the rules order No. 414 words anew (its list
//! items: 1 = order 513's rules, 2 = order 407's, 3 = order 158's rules of
//! each service). A citation of such a clause fell back to the list item's
//! general reason — «Бұл осы мемлекеттік қызметті көрсету қағидаларынан» /
//! "This comes from the rules of this public service" — which says nothing
//! of the clause. Each now says what the clause says, from its text in seed
//! 001 (the words quoted in each row).

use kezek_rules::catalogue::rules_clause;
use kezek_rules::messages::{ftl, message_value};
use kezek_rules::testing::why_of;
use kezek_rules::Citation;

/// Order 414's list item `item`'s general reason in `lang`.
fn general(lang: &str, item: u16) -> &'static str {
    message_value(ftl(lang).unwrap(), &format!("why-order414-cl{item}")).unwrap()
}

/// Asserts that the "Why?" of `c` is its own, names the clause, and holds
/// each of `words` (kk, ru, en).
fn says(c: Citation, words: [&[&str]; 3]) {
    let item = c.clause.unwrap();
    let clause = c.sub.unwrap();
    for ((lang, place), words) in [
        ("kk", format!("{clause}-тармағы")),
        ("ru", format!("пункт {clause}")),
        ("en", format!("clause {clause}")),
    ]
    .into_iter()
    .zip(words)
    {
        let text = why_of(lang, &c);
        assert_ne!(text, general(lang, item), "{c} {lang}: the general reason");
        assert!(text.contains(&place), "{c} {lang}: {place:?} not in {text}");
        for w in words {
            assert!(text.contains(w), "{c} {lang}: {w:?} not in {text}");
        }
    }
}

/// The preliminary refusal and hearing, in the words the clauses share:
/// «… мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей … алдын ала
/// шешім … тыңдауды өткізу уақыты мен орны туралы хабарламаны жолдайды».
const NOTICE: [&[&str]; 3] = [
    &["3 жұмыс күн", "алдын ала шешім", "тыңдау"],
    &["3 рабочих дня", "предварительное решение", "заслушивани"],
    &["3 working days", "preliminary decision", "hearing"],
];

fn and(a: [&'static [&'static str]; 3], b: [&'static [&'static str]; 3]) -> [Vec<&'static str>; 3] {
    [0, 1, 2].map(|i| a[i].iter().chain(b[i]).copied().collect())
}

fn says_all(c: Citation, words: [Vec<&str>; 3]) {
    says(c, [&words[0], &words[1], &words[2]]);
}

/// Rules 513 cl. 13: «Агенттікті аккредиттеу туралы шешімді немесе
/// аккредиттеуден бас тартуды көрсетілетін қызметті беруші оны қабылдаған
/// күннен бастап күнтізбелік 10 (он) күн ішінде береді», then the notice.
/// Cl. 24 (the extension): «… құжаттарды алған күннен бастап 9 (тоғыз) жұмыс
/// күні ішінде … талаптар мен негіздерге сәйкестігін тексереді», then the
/// notice. Rules 158, the rules of each service, cl. 3: the applicant
/// applies «… осы Қағидаларға 2-қосымшаға сәйкес … талаптардың тізбесінде …
/// көзделген құжаттарды қоса бере отырып, осы Қағидаларға 1-қосымшаға
/// сәйкес нысан бойынша өтініш береді». The child's opinion rules' cl. 6:
/// «… кәмелетке толмаған адаммен (балалармен) әңгімелесу өткізгеннен кейін 4
/// (төрт) жұмыс күні ішінде … 3-қосымшаға сәйкес нысан бойынша … шешімін …
/// дайындайды», the notice, and the decision or a reasoned refusal «2 (екі)
/// жұмыс күні ішінде». The guardianship rules' cl. 11: «8 (сегіз) жұмыс күні
/// ішінде … 5-қосымшаға сәйкес нысан бойынша … бұйрығын … шығарады», the
/// notice, and the result «2 (екі) жұмыс күні ішінде … "жеке кабинетіне" не
/// Мемлекеттік корпорацияға жіберіледі».
#[test]
fn rules_513_cl13_cl24_rules_158_cl3_cl6_cl11_each_why_says_what_the_clause_says() {
    says_all(
        rules_clause(1, 13),
        and(
            NOTICE,
            [
                &["күнтізбелік 10 күн", "№ 513"],
                &["10 календарных дней", "№ 513"],
                &["10 calendar days", "No. 513"],
            ],
        ),
    );
    says_all(
        rules_clause(1, 24),
        and(
            NOTICE,
            [
                &["9 жұмыс күні", "ұзарт"],
                &["9 рабочих дней", "продлени"],
                &["9 working days", "extend"],
            ],
        ),
    );
    says(
        rules_clause(3, 3),
        [
            &["2-қосымша", "1-қосымшаға сәйкес нысан", "№ 158"],
            &["приложения 2", "по форме согласно приложению 1", "№ 158"],
            &["Annex 2", "in the form of Annex 1", "No. 158"],
        ],
    );
    says_all(
        rules_clause(3, 6),
        and(
            NOTICE,
            [
                &["әңгімелес", "4 жұмыс күні", "3-қосымша", "2 жұмыс күні"],
                &["беседы", "4 рабочих дней", "приложению 3", "2 рабочих дней"],
                &[
                    "conversation",
                    "4 working days",
                    "Annex 3",
                    "2 working days",
                ],
            ],
        ),
    );
    says_all(
        rules_clause(3, 11),
        and(
            NOTICE,
            [
                &[
                    "8 жұмыс күні",
                    "5-қосымша",
                    "2 жұмыс күні",
                    "Мемлекеттік корпорация",
                ],
                &[
                    "8 рабочих дней",
                    "приложению 5",
                    "2 рабочих дней",
                    "Госкорпораци",
                ],
                &[
                    "8 working days",
                    "Annex 5",
                    "2 working days",
                    "State Corporation",
                ],
            ],
        ),
    );
}
