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

/// The other clauses that send the preliminary refusal notice, each with
/// its own first paragraph: rules 407 cl. 11 («… қорытындыға қол қойылған
/// күннен бастап 2 (екі) жұмыс күні ішінде … 4-қосымшаға сәйкес нысан
/// бойынша … қорытындыны алғаны туралы хабарлама жібереді және оларды бала
/// асырап алуға кандидаттар ретінде есепке қояды»); rules 158, cl. 7 of the
/// minors' property and the school meals rules (each «… 3-қосымшаға сәйкес
/// нысан бойынша … анықтама», in 2 and 3 working days: the reason says the
/// form, not either term), the foster family rules' cl. 8 («1 (бір) жұмыс күні
/// ішінде … 3-қосымшаға сәйкес нысан бойынша … шарт … жасасу туралы
/// хабарлама»), the meeting rules' cl. 9 («3 (үш) жұмыс күні ішінде … рұқсатын
/// … 4-қосымшаға сәйкес нысан бойынша дайындайды»), cl. 10 of the transport
/// and the camps rules (each «Құжаттарды тексеру қорытындысы бойынша … 3 (үш)
/// жұмыс күні ішінде», the certificate or the referral, and «1 (бір) жұмыс
/// күні ішінде … көрсетілетін қызметті алушыға немесе Мемлекеттік
/// корпорацияға жолдайды»).
#[test]
fn rules_407_cl11_rules_158_cl7_to_cl10_each_why_says_what_the_clause_says() {
    says_all(
        rules_clause(2, 11),
        and(
            NOTICE,
            [
                &["№ 407", "2 жұмыс күні", "4-қосымша", "кандидат"],
                &["№ 407", "2 рабочих дней", "приложению 4", "кандидат"],
                &["No. 407", "2 working days", "Annex 4", "candidate"],
            ],
        ),
    );
    says_all(
        rules_clause(3, 7),
        and(
            NOTICE,
            [
                &["3-қосымша", "анықтама"],
                &["приложению 3", "справк"],
                &["Annex 3", "certificate"],
            ],
        ),
    );
    says_all(
        rules_clause(3, 8),
        and(
            NOTICE,
            [
                &["1 жұмыс күні", "3-қосымша", "шарт"],
                &["1 рабочего дня", "приложению 3", "договор"],
                &["1 working day", "Annex 3", "contract"],
            ],
        ),
    );
    says_all(
        rules_clause(3, 9),
        and(
            NOTICE,
            [
                &["3 жұмыс күні", "4-қосымша", "рұқсат"],
                &["3 рабочих дней", "приложению 4", "разрешени"],
                &["3 working days", "Annex 4", "permission"],
            ],
        ),
    );
    says_all(
        rules_clause(3, 10),
        and(
            NOTICE,
            [
                &["3 жұмыс күні", "1 жұмыс күні", "Мемлекеттік корпорация"],
                &["3 рабочих дней", "1 рабочего дня", "Госкорпораци"],
                &["3 working days", "1 working day", "State Corporation"],
            ],
        ),
    );
}

/// Every citation in `v` (a serialized entry).
fn collect(v: &serde_json::Value, out: &mut Vec<Citation>) {
    match v {
        serde_json::Value::Object(m) => {
            if m.contains_key("act") {
                if let Ok(c) = serde_json::from_value::<Citation>(v.clone()) {
                    out.push(c);
                }
            }
            m.values().for_each(|x| collect(x, out));
        }
        serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
        _ => {}
    }
}

/// Every clause of the amended rules the catalogue cites, with the
/// services that cite it. A clause of order 158's rules is each service's
/// own: its reason holds for every service listed, so a new service citing
/// one must be read against it (this table changes).
#[test]
fn every_rules_clause_the_catalogue_cites_has_its_own_why() {
    use std::collections::BTreeMap;
    let mut by: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for e in kezek_rules::catalogue::catalogue() {
        let mut cs = Vec::new();
        collect(&serde_json::to_value(e).unwrap(), &mut cs);
        for c in cs {
            if c.annex.is_none() && c.sub.is_some() && c.act == kezek_rules::citation::Act::Order414
            {
                let codes = by.entry(c.key()).or_default();
                if !codes.contains(&e.code) {
                    codes.push(e.code);
                }
                for lang in ["kk", "ru", "en"] {
                    let item = c.clause.unwrap();
                    assert_ne!(
                        why_of(lang, &c),
                        general(lang, item),
                        "{c} ({}) {lang}",
                        e.code
                    );
                }
            }
        }
    }
    let got: Vec<(&str, Vec<&str>)> = by.iter().map(|(k, v)| (k.as_str(), v.clone())).collect();
    let want: Vec<(&str, Vec<&str>)> = vec![
        ("order414:cl1.13", vec!["00404005"]),
        ("order414:cl1.24", vec!["00404005"]),
        ("order414:cl1.5", vec!["00404005"]),
        ("order414:cl2.11", vec!["00404004"]),
        ("order414:cl3.10", vec!["00403007", "00403009"]),
        ("order414:cl3.11", vec!["00402003"]),
        (
            "order414:cl3.3",
            vec![
                "00402003", "00402010", "00402013", "00403007", "00403008", "00403009", "00404007",
            ],
        ),
        ("order414:cl3.6", vec!["00402013"]),
        ("order414:cl3.7", vec!["00402004", "00403008"]),
        ("order414:cl3.8", vec!["00404007"]),
        ("order414:cl3.9", vec!["00402010"]),
    ];
    let mut got = got;
    for (_, v) in &mut got {
        v.sort();
    }
    assert_eq!(got, want);
}
