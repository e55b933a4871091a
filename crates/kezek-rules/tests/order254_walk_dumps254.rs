//! A walk of the kindergarten wizard (session of 05.12.2026, helper171's
//! dumps): texts that said Kezek's readings of order No. 254 as its rules.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 18: «Өтініш беру және кезекте болу үшін баланың жасы ағымдағы жылғы
//!   1 қыркүйекте 6 жастан аспайды (психологиялық-медициналық-педагогикалық
//!   комиссияның қорытындысы бар ерекше білім берілуіне қажеттілігі бар
//!   балалардан басқа)»; the service's name «(6 жасқа дейін)».
//! - cl. 13 para 4: «Санаториялық мектепке дейінгі ұйымдарға кезек … әр туған
//!   жылы үшін жеке оңалту/алдын алу түрлері бойынша қалыптастырылады» — no
//!   doctor, no recommendation, no document named.
//! - cl. 17: «…растайтын құжаттары болған жағдайда бір мезгілде бірнеше
//!   кезекте…» — which documents confirm, the clause does not say.

use kezek_rules::testing::order254::text;

/// Whether `t` says it is Kezek's reading, in `lang`.
fn says_reading(lang: &str, t: &str) -> bool {
    match lang {
        "kk" => t.contains("Kezek түсіндірмес"),
        "ru" => t.contains("Толкование Kezek") || t.contains("толкованию Kezek"),
        _ => t.contains("Kezek's reading"),
    }
}

/// cl. 18: "not older than 6 on 1 September" read as "the sixth birthday on
/// 1 September or later" is Kezek's reading (age.rs), harmonising the clause
/// with the service's name; "not over 6 full years" (the seventh birthday
/// after 1 September) is another. The outcome depends on it, so the text
/// shown on step 5's age card, step 6's refusal risks and the hand-off says
/// it is Kezek's reading of cl. 18, names the other reading, and tells the
/// parent to ask the education department before giving up.
#[test]
fn cl18_the_age_cut_off_is_told_as_kezeks_reading_with_what_to_do() {
    for lang in ["kk", "ru", "en"] {
        let clause = match lang {
            "kk" => "18-тармақ",
            "ru" => "пункта 18",
            _ => "cl. 18",
        };
        for key in ["reason-age-too-old", "reason-age-sen-pmpc-exception"] {
            let t = text(lang, key);
            assert!(says_reading(lang, t), "{lang} {key}: {t}");
            assert!(t.contains(clause), "{lang} {key}: {t}");
        }
        let t = text(lang, "reason-age-too-old");
        let (other, ask) = match lang {
            "kk" => ("7 жас", "білім бөлім"),
            "ru" => ("7 лет", "в отделе (управлении) образования"),
            _ => ("7th birthday", "education department"),
        };
        assert!(t.contains(other), "{lang}: the other reading: {t}");
        assert!(t.contains(ask), "{lang}: whom to ask: {t}");
    }
    let ru = text("ru", "reason-age-too-old");
    assert!(!ru.contains("по правилам"), "ru: {ru}");
    let ru = text("ru", "reason-age-sen-pmpc-exception");
    assert!(!ru.contains("это выше возрастного предела"), "ru: {ru}");
}

/// cl. 18's exception («…комиссияның қорытындысы бар ерекше білім берілуіне
/// қажеттілігі бар балалардан басқа»), offered to a SEN child over the limit
/// without the conclusion (step 5's age card, step 6's refusal risk, beside
/// `reason-age-too-old`): it said «С заключением ПМПК ребенок … может подать
/// заявление и стоять в очереди и после 6 лет (пункт 18): сначала получите
/// заключение» — as if cl. 18 set "6" as the limit and the child were over
/// it by the rules. That the child is over the limit is Kezek's reading of
/// the cut-off (age.rs); the exception holds on any reading. The text says
/// both, as `reason-age-sen-pmpc-exception` does, and no "after 6".
#[test]
fn cl18_the_pmpc_exception_offered_without_the_conclusion_says_kezeks_reading() {
    for (lang, clause, any_reading, unsaid) in [
        ("kk", "18-тармақ", "қалай оқысақ та", "6 жасқа толса да"),
        ("ru", "пункта 18", "при любом прочтении", "после 6 лет"),
        ("en", "cl. 18", "on any reading", "after 6"),
    ] {
        let t = text(lang, "reason-age-sen-pmpc-would-exempt");
        assert!(says_reading(lang, t), "{lang}: {t}");
        assert!(t.contains(clause), "{lang}: {t}");
        assert!(t.contains(any_reading), "{lang}: {t}");
        assert!(!t.contains(unsaid), "{lang}: {t}");
    }
}

/// cl. 18 excepts a SEN child «психологиялық-медициналық-педагогикалық
/// комиссияның қорытындысы бар» — the commission's conclusion — while
/// cl. 24 sub. 9, cl. 28 and Annex 2 p. 8 (the list of documents) name
/// «…педагогикалық консультацияның қорытындысы», the consultation's. Kezek
/// reads both as the one PMPC conclusion (`holds_pmpc_conclusion`) and the
/// exception turns on it, so the two texts of the exception say the two
/// names, that Kezek reads them as one, and whom to ask about another body's
/// document.
#[test]
fn cl18_commission_and_cl24_cl28_annex2_consultation_are_read_as_one_pmpc_conclusion() {
    for (lang, says) in [
        (
            "kk",
            [
                "комиссияның қорытындысы",
                "консультацияның қорытындысы",
                "24-тармақтың 9) тармақшасы",
                "28-тармақ",
                "2-қосымша",
                "бір ПМПК қорытындысы",
                "білім бөлімінен",
            ],
        ),
        (
            "ru",
            [
                "заключение психолого-медико-педагогической комиссии",
                "консультации",
                "подпункт 9) пункта 24",
                "пункт 28",
                "приложение 2",
                "одно и то же заключение ПМПК",
                "в отделе (управлении) образования",
            ],
        ),
        (
            "en",
            [
                "psychological-medical-pedagogical commission",
                "consultation",
                "cl. 24 sub. 9",
                "cl. 28",
                "Annex 2",
                "the same PMPC conclusion",
                "education department",
            ],
        ),
    ] {
        for key in [
            "reason-age-sen-pmpc-exception",
            "reason-age-sen-pmpc-would-exempt",
        ] {
            let t = text(lang, key);
            for w in says {
                assert!(t.contains(w), "{lang} {key}: {w:?} not in {t}");
            }
        }
    }
}

/// cl. 13 para 4 forms the sanatorium queues «оңалту/алдын алу түрлері
/// бойынша» and names no doctor, no recommendation and no document (nor do
/// cl. 17, cl. 27 or Annex 2 p. 8). Step 2 asked «Рекомендовал ли врач
/// санаторный детский сад?», step 5 said «по рекомендованному виду», the
/// schema "the doctor recommends": the texts now use the order's words, and
/// step 2 says the order does not name who decides the type.
#[test]
fn cl13_para4_the_sanatorium_queue_is_by_type_and_names_no_doctor() {
    const APP: [(&str, &str); 3] = [
        ("kk", include_str!("../../kezek-app/messages/kk.ftl")),
        ("ru", include_str!("../../kezek-app/messages/ru.ftl")),
        ("en", include_str!("../../kezek-app/messages/en.ftl")),
    ];
    const SCHEMA: &str = include_str!("../../../schema/order254-case.schema.json");
    let said = |t: &str| {
        let t = t.to_lowercase();
        ["дәрігер", "ұсын", "врач", "рекоменд", "doctor", "recommend"]
            .into_iter()
            .filter(|w| t.contains(w))
            .map(str::to_owned)
            .collect::<Vec<_>>()
    };
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-queue-sanatorium");
        assert!(said(t).is_empty(), "{lang} reason-queue-sanatorium: {t}");
    }
    for (lang, ftl) in APP {
        for key in [
            "ui-sanatorium",
            "ui-sanatorium-rehabilitation",
            "ui-sanatorium-prevention",
            "ui-sanatorium-hint",
        ] {
            let t = kezek_rules::messages::message_value(ftl, key)
                .unwrap_or_else(|| panic!("{lang}: no {key}"));
            assert!(said(t).is_empty(), "{lang} {key}: {t}");
        }
        let hint = kezek_rules::messages::message_value(ftl, "ui-sanatorium-hint").unwrap();
        let (clause, silent) = match lang {
            "kk" => ("13-тармақ", "бұйрық айтпайды"),
            "ru" => ("Пункт 13", "приказ не говорит"),
            _ => ("Cl. 13", "the order does not say"),
        };
        assert!(
            hint.contains(clause) && hint.contains(silent),
            "{lang}: {hint}"
        );
    }
    let sanatorium = SCHEMA
        .lines()
        .filter(|l| l.contains("\"description\"") && l.to_lowercase().contains("sanatorium"))
        .flat_map(said)
        .collect::<Vec<_>>();
    assert!(sanatorium.is_empty(), "schema: {sanatorium:?}");
}

/// cl. 17 lets a SEN child stand in several queues «растайтын құжаттары болған
/// жағдайда» without naming the documents; that the PMPC conclusion is the one
/// for the special queues is Kezek's reading (queues.rs). Step 2's hint under
/// "I have a PMPC conclusion" and step 5 said «Для специальных очередей нужно
/// заключение ПМПК» as the order's rule; they now say it is the reading.
#[test]
fn cl17_the_pmpc_conclusion_for_special_queues_is_told_as_kezeks_reading() {
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-queue-special-needs-pmpc");
        assert!(says_reading(lang, t), "{lang}: {t}");
        let clause = match lang {
            "kk" => "17-тармақ",
            "ru" => "пункта 17",
            _ => "cl. 17",
        };
        assert!(t.contains(clause), "{lang}: {t}");
    }
}
