//! The Kazakh texts a parent reads for order No. 254 (queue registration
//! 00403001, admission 00403002) name each legal thing with the order's own
//! term. A table: the term as the order writes it (with the clause it is in),
//! and the variants that must not appear in a kk message — a synonym where
//! the order has a term of art, a Russian calque, an English word, a form
//! the order does not use. Read: the rules' `messages/kk.ftl` and the app's
//! `messages/kk.ftl`; not the family-services catalogue (order No. 414,
//! `catalogue.kk.ftl`) nor the app's order-414 screens (`ui-svc-*` and the
//! like), which another reading covers.
//!
//! Terms the texts already write as the order does (жолдама, кезек,
//! мектепке дейінгі ұйым, көрсетілетін қызметті беруші, Мемлекеттік
//! корпорация, заңды өкіл, түпнұсқа, жұмыс күні, портал, өтініш, ЖСН, ПМПК
//! қорытындысы, денсаулық паспорты …) are not rows here; the app's own tests
//! (kezek-app `i18n.rs`) already refuse «қызмет беруші», «санаторийлік»,
//! «кезектілік құқығы», «білім беру бөлімі».
//!
//! Each row is checked against the order itself
//! (`law/order-254-preschool-services.kk.txt`): its term is in the order, and
//! none of its variants is (outside the term's own occurrences: Annex 1 writes
//! «смс(sms)-хабарлама», so Latin «sms» is the order's only as a gloss).

use kezek_rules::messages::ftl;

const ORDER: &str = include_str!("../../../law/order-254-preschool-services.kk.txt");
const APP_KK: &str = include_str!("../../kezek-app/messages/kk.ftl");

struct Term {
    /// Where the order writes it.
    clause: &'static str,
    /// The order's words, as they stand in the order (lower case).
    order: &'static str,
    /// What a kk message must not say for the same thing (lower case).
    variants: &'static [&'static str],
}

const TERMS: &[Term] = &[
    // «архив - … кезектен алынған өтініштер жиынтығы»; «оны … архивке
    // орналастырады». «Мұрағат» is a synonym the order does not use for its
    // defined term.
    Term {
        clause: "cl. 3 p. 1, cl. 20 p. 6, cl. 24 p. 9",
        order: "архивке орналастырады",
        variants: &["мұрағат"],
    },
    // «тоқтату парағы – … кезектен алынған өтініштер орналастырылатын
    // уақытша архив»; «стоп-парақ» calques ru «стоп-лист».
    Term {
        clause: "cl. 3 p. 14, cl. 20 p. 6, cl. 24 p. 1",
        order: "тоқтату парағы",
        variants: &["стоп-пар", "стоп пар"],
    },
    // «кезектілік нөмірі – осы кезекте … кезектегі өтініштер реті».
    Term {
        clause: "cl. 3 p. 9",
        order: "кезектілік нөмірі",
        variants: &["кезектегі нөмір"],
    },
    // The system publishes «босаған орындар бюллетенін» at 18:00 (the
    // defined term, cl. 3 p. 4); cl. 25's «бос орындар бюллетенінде» is
    // where the preschools place their returns.
    Term {
        clause: "cl. 3 p. 4, cl. 24 p. 3",
        order: "босаған орындар бюллетенін жариялайды",
        variants: &["бос орындар бюллетенін жариял"],
    },
    Term {
        clause: "cl. 24 p. 3",
        order: "мамандандырылған интернет-ресурста",
        variants: &["арнайы сайт"],
    },
    // The queue within a year is divided «балаларда бар бұзылыстардың
    // түрлері бойынша»; «бұзушылық» is a breach (cl. 3 p. 14's «тәртіп
    // бұзушылық»), not a disorder.
    Term {
        clause: "cl. 13",
        order: "бұзылыстардың түрлері бойынша",
        variants: &["бұзушылық түр"],
    },
    Term {
        clause: "Annex 2 p. 8, Annex 4 p. 8",
        order: "бір реттік пароль",
        variants: &["құпиясөз", "құпия сөз"],
    },
    // The form's notice line; Latin «SMS» is an English word in kk.
    Term {
        clause: "Annex 1",
        order: "смс(sms)-хабарлама",
        variants: &["sms"],
    },
    // The portal is «"электрондық үкіметтің" веб-порталы (бұдан әрі -
    // портал)»; the phone is the one registered there.
    Term {
        clause: "cl. 5, Annex 2 p. 8",
        order: "\"электрондық үкімет\" веб-порталында тіркелген",
        variants: &["egov-", "egov-та", "egov-те"],
    },
    // A digital document comes «цифрлық құжаттар сервисінен»; the order does
    // not name an «eGov» application.
    Term {
        clause: "Annex 2 p. 8 items 2-3, Annex 4 p. 8 items 3-4",
        order: "цифрлық құжаттар сервисінен электрондық құжат",
        variants: &["egov қосымша", "egov mobile"],
    },
    // The provider takes the data «тиісті мемлекеттік ақпараттық жүйелерден
    // "электрондық үкімет" шлюзі арқылы»; «база» calques ru «базы данных».
    Term {
        clause: "cl. 5, Annex 2 p. 8",
        order: "мемлекеттік ақпараттық жүйелерден",
        variants: &["мемлекеттік база", "мемлекеттік дерекқор"],
    },
    // «бас тарту туралы (жөнінде) дәлелді жауап»; «дәлелді бас тарту»
    // calques ru «мотивированный отказ».
    Term {
        clause: "cl. 6, cl. 32, Annex 2 p. 5, Annex 4 p. 5",
        order: "бас тарту туралы дәлелді жауап",
        variants: &["дәлелді бас тарт"],
    },
    // The sanatorium queues are kept «оңалту/алдын алу түрлері бойынша», by
    // type of rehabilitation or prevention; «сауықтыру» (health improvement)
    // is not the order's «оңалту».
    Term {
        clause: "cl. 13",
        order: "оңалту/алдын алу түрлері бойынша",
        variants: &["сауықтыру"],
    },
    // Annex 1 boxes 1-2 (the grounds the app prints on the form).
    Term {
        clause: "Annex 1 boxes 1-2",
        order: "қызмет атқару кезінде қаза тапқан",
        variants: &["қызмет өткеру кезінде"],
    },
    Term {
        clause: "Annex 1 boxes 1-2",
        order: "хабар-ошарсыз кеткен",
        variants: &["хабарсыз кеткен"],
    },
    Term {
        clause: "Annex 4 p. 8 item 5",
        order: "профилактикалық екпелердің картасы",
        variants: &["екпелер картас"],
    },
    Term {
        clause: "cl. 34 p. 1",
        order: "баланың денсаулық жағдайы туралы анықтама",
        variants: &["денсаулық туралы анықтама"],
    },
    // «Кезектілік» is the queue's order (cl. 3 pp. 8-9, cl. 26), which every
    // application has; the grounds are to an out-of-turn or a first-priority
    // place.
    Term {
        clause: "cl. 20 pp. 1-2, cl. 22",
        order: "кезектен тыс немесе бірінші кезекте",
        variants: &["кезектілікке негіз", "бірінші кезектілік"],
    },
    // «заңды өкілдері мүгедектер болып табылатын балалардың»: a child's
    // legal representatives, not only its guardians.
    Term {
        clause: "cl. 20 p. 2, Annex 1 box 3",
        order: "заңды өкілдері мүгедектер болып табылатын",
        variants: &["ата-анасы немесе қорғаншылары"],
    },
    // Row 10 of both requirement lists: «оның ішінде электрондық нысанда»;
    // «онлайн» is an English word.
    Term {
        clause: "Annex 2 p. 10, Annex 4 p. 10",
        order: "электрондық нысанда",
        variants: &["онлайн"],
    },
    // Row 10: «Құжаттарды тапсыру үшін күтудің рұқсат етілген ең ұзақ
    // уақыты»; the order speaks of no window.
    Term {
        clause: "Annex 2 p. 10, Annex 4 p. 10",
        order: "құжаттарды тапсыру үшін күтудің",
        variants: &["терезе алдында"],
    },
    // cl. 16 writes it as one word, as why-order254-cl16 does.
    Term {
        clause: "cl. 16",
        order: "жекеменшік мектепке дейінгі ұйымға",
        variants: &["жеке меншік"],
    },
    // The yearly confirmation is of the applicant's «мүдделілік» (cl. 23
    // p. 2); the queue is updated when «өтініш беруші … мүдделі болмаған»
    // (cl. 20 p. 7). «Қызығушылық» (curiosity, interest in a subject) is
    // not the order's word.
    Term {
        clause: "cl. 20 p. 7, cl. 23 p. 2",
        order: "орын алуға мүдделілігін растау",
        variants: &["қызығушылы"],
    },
    // The queue's provider: «білім басқармалары, … білім бөлімдері».
    Term {
        clause: "cl. 4, Annex 2 p. 1",
        order: "білім бөлімдері",
        variants: &["білім беру орган"],
    },
];

/// Message ids of the app's order-414 screens and the catalogue's errors:
/// read by the order-414 reading, not this one.
const ORDER_414_IDS: &[&str] = &[
    "ui-svc-",
    "ui-short-",
    "ui-supply-",
    "ui-cite-rules-414",
    "ui-act-order414",
    "ui-tagline-services",
    "ui-draft-partial-other",
    "why-order414",
    "error-catalogue-",
];

/// (file, id, value) of every message; placeables (`{ $x }`) left out, so a
/// variable's name (`$sms`) is not read as a word.
fn messages() -> Vec<(&'static str, &'static str, String)> {
    let mut out = Vec::new();
    for (file, src) in [("rules", ftl("kk").unwrap()), ("app", APP_KK)] {
        for line in src.lines() {
            let Some((id, value)) = line.split_once(" = ") else {
                continue;
            };
            if !id.starts_with(|c: char| c.is_ascii_lowercase()) || id.contains(' ') {
                continue;
            }
            if ORDER_414_IDS.iter().any(|p| id.starts_with(p)) {
                continue;
            }
            let mut text = String::new();
            let mut depth = 0;
            for c in value.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 => text.extend(c.to_lowercase()),
                    _ => {}
                }
            }
            out.push((file, id, text));
        }
    }
    out
}

/// The order's text in lower case, its line and page breaks read as one
/// space, and a word broken after a hyphen («смс(sms)-\n\nхабарлама») joined.
fn order_text() -> String {
    let mut out = String::new();
    for word in ORDER.split_whitespace() {
        // «смс(sms)-» + «хабарлама»; a dash between spaces stays a dash.
        let broken_after_hyphen = out.ends_with('-') && !out.ends_with(" -");
        if !out.is_empty() && !broken_after_hyphen {
            out.push(' ');
        }
        out.push_str(&word.to_lowercase());
    }
    out
}

#[test]
fn order254_terms_are_the_orders_own_words() {
    let order = order_text();
    let mut wrong = Vec::new();
    for t in TERMS {
        if !order.contains(t.order) {
            wrong.push(format!("{}: «{}» is not in the order", t.clause, t.order));
        }
        let elsewhere = order.replace(t.order, " ");
        for v in t.variants {
            if elsewhere.contains(v) {
                wrong.push(format!(
                    "{}: «{v}» is the order's own word, not a variant",
                    t.clause
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn order254_kk_messages_use_the_orders_terms() {
    let messages = messages();
    assert!(
        messages.len() > 500,
        "both kk files read: {}",
        messages.len()
    );
    let mut found = Vec::new();
    for (file, id, text) in &messages {
        for t in TERMS {
            // The order's own words, where a message quotes them (the printed
            // Annex 1 writes «смс(sms)-хабарлама»), are not a variant.
            let elsewhere = text.replace(t.order, " ");
            for v in t.variants {
                if elsewhere.contains(v) {
                    found.push(format!(
                        "{file} {id}: «{v}» for the order's «{}» ({})",
                        t.order, t.clause
                    ));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "{} texts:\n{}",
        found.len(),
        found.join("\n")
    );
}

/// The same two texts in Russian: the general queue's reason and the
/// hand-off's category row named «очередность» (the queue's order, which
/// every application has) or only «первоочередность», where the grounds are
/// to an out-of-turn or a first-priority place (cl. 20 pp. 1-2, cl. 22;
/// the row lists Annex 1's boxes 1-2, out-of-turn grounds, too).
#[test]
fn order254_ru_grounds_are_to_an_out_of_turn_or_first_priority_place() {
    const APP_RU: &str = include_str!("../../kezek-app/messages/ru.ftl");
    let mut found = Vec::new();
    for (file, src) in [("rules", ftl("ru").unwrap()), ("app", APP_RU)] {
        for line in src.lines() {
            for wrong in ["оснований для очередности", "основания первоочередности"]
            {
                if line.to_lowercase().contains(wrong) {
                    found.push(format!("{file}: «{wrong}»: {line}"));
                }
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

/// cl. 13: «Санаториялық мектепке дейінгі ұйымдарға кезек … оңалту/алдын алу
/// түрлері бойынша қалыптастырылады» — by type of rehabilitation or
/// prevention. The sanatorium queue's reason says «оңалту немесе алдын алу»
/// in kk and «реабилитации или профилактики» in ru; neither says health
/// improvement («сауықтыру», «оздоровление»), as kk and ru once did.
#[test]
fn cl13_sanatorium_queue_is_by_type_of_rehabilitation_or_prevention() {
    const APP_RU: &str = include_str!("../../kezek-app/messages/ru.ftl");
    let kk = kezek_rules::messages::message_value(ftl("kk").unwrap(), "reason-queue-sanatorium")
        .expect("kk reason-queue-sanatorium");
    assert!(kk.contains("оңалту немесе алдын алу"), "kk: {kk}");
    let ru = kezek_rules::messages::message_value(ftl("ru").unwrap(), "reason-queue-sanatorium")
        .expect("ru reason-queue-sanatorium");
    assert!(ru.contains("реабилитации или профилактики"), "ru: {ru}");
    let mut found = Vec::new();
    for (file, src, wrong) in [
        ("rules kk", ftl("kk").unwrap(), "сауықтыр"),
        ("app kk", APP_KK, "сауықтыр"),
        ("rules ru", ftl("ru").unwrap(), "оздоровлен"),
        ("app ru", APP_RU, "оздоровлен"),
    ] {
        for line in src.lines() {
            let Some((id, _)) = line.split_once(" = ") else {
                continue;
            };
            if ORDER_414_IDS.iter().any(|p| id.starts_with(p)) {
                continue;
            }
            if line.to_lowercase().contains(wrong) {
                found.push(format!("{file}: «{wrong}»: {line}"));
            }
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}
