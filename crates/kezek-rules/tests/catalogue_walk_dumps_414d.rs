//! Order No. 414, the family-and-children service screens as a parent sees
//! them on 15.12.2026 (kk and ru, 375×812, every channel, every "Why?"
//! open), read against each annex: each finding a test named after its
//! annex and item, written before the fix and seen failing.

use chrono::NaiveDate;
use kezek_rules::catalogue::{catalogue, receipt_preview, FamilyFacts, ServiceChannel};
use kezek_rules::messages::{ftl, message_value};
use kezek_rules::testing::why_of as why;

// Annexes 7, 14, 16 and 19 are the State Corporation's receipt «Құжаттарды
// қабылдаудан бас тарту туралы қолхат» (Annex 3 to the rules of Annexes 6,
// 13, 15 and 18): «"Мемлекеттік көрсетілетін қызметтер туралы" Қазақстан
// Республикасы Заңының 20-бабының 2-тармағын басшылыққа алып, … Сіз
// ұсынған құжаттар топтамасының толық болмауына байланысты … құжаттарды
// қабылдаудан бас тартады, атап айтқанда: Жоқ құжаттардың атауы: …». The
// screen's "Why?" under «Госкорпорация откажет в приеме неполного пакета и
// выдаст расписку» fell back to the act's reason — «Это из приказа № 414: он
// утвердил требования к государственным услугам …» — which says nothing of
// the refusal or the receipt (order No. 254's Annex 3 has its own reason).
#[test]
fn ann7_ann14_ann16_ann19_receipt_why_says_the_state_corporation_refuses_an_incomplete_set() {
    let on = NaiveDate::from_ymd_opt(2026, 12, 15).unwrap();
    let act = |lang: &str| message_value(ftl(lang).unwrap(), "why-order414").unwrap();
    let mut seen = 0;
    for e in catalogue() {
        if !e.channels.contains(&ServiceChannel::STATE_CORPORATION) {
            continue;
        }
        let preview = receipt_preview(
            e.code,
            ServiceChannel::STATE_CORPORATION,
            None,
            &FamilyFacts::default(),
            &[],
            on,
        )
        .unwrap();
        assert!(!preview.citations.is_empty(), "{}", e.code);
        for c in &preview.citations {
            seen += 1;
            for (lang, receipt, refuse) in [
                ("kk", "қолхат", "қабылдаудан бас тартады"),
                ("ru", "расписк", "отказывает в приеме"),
                ("en", "receipt", "refuses to accept"),
            ] {
                let text = why(lang, c);
                assert_ne!(text, act(lang), "{} {c} {lang}", e.code);
                assert!(
                    text.contains(receipt) && text.contains(refuse),
                    "{} {c} {lang}: {text}",
                    e.code
                );
            }
        }
    }
    assert_eq!(seen, 4, "Annexes 6, 13, 15, 18 each have a receipt");
}

// Row 7 item 2 of Annexes 6, 13, 15 and 18 is the State Corporation's:
// «Мемлекеттік корпорацияда: … дүйсенбі мен сенбіні қоса алғанда … сағат
// 9.00-ден 20.00-ге дейін … Қабылдау … көрсетілетін қызметті алушының
// тіркелген жері бойынша [Annexes 6, 15: немесе … баланың тіркелген жері
// бойынша] … жүзеге асырылады». The hand-off «обратитесь в отделение
// Госкорпорации … по месту вашей регистрации» cites it, and its "Why?" said
// only «Перечень требований к услуге устанавливает часы работы мест, где
// принимают заявления» — the hours, not where: the reason of the whole row 7,
// not of what the line says.
#[test]
fn ann6_ann13_ann15_ann18_row7_item2_why_names_the_state_corporations_place_of_registration() {
    let mut seen = Vec::new();
    for e in catalogue() {
        let Some(r) = e.state_corporation_reception else {
            continue;
        };
        seen.push(e.annex);
        for (lang, sc, place) in [
            ("kk", "Мемлекеттік корпорация", "тіркелген жері"),
            ("ru", "Госкорпорац", "по месту"),
            ("en", "State Corporation", "place of registration"),
        ] {
            let text = why(lang, &r.citation);
            assert!(
                text.contains(sc) && text.contains(place),
                "Annex {} {lang}: {text}",
                e.annex
            );
        }
    }
    seen.sort();
    assert_eq!(seen, [6, 13, 15, 18]);
}

// Annex 13 row 5 (00402010): the result is «Балаға кері әсер етпейтін
// ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне
// қорғаншылық және қамқоршылық органының рұқсаты». The screen's «Нәтижесі»
// dropped «Балаға кері әсер етпейтін» (ru «не оказывающих на ребенка
// негативного влияния»; en «Permission of the guardianship body for the
// meeting with the child» dropped the parents as well): the permission is
// for parents who do not affect the child badly — what the parent's
// application turns on.
#[test]
fn ann13_row5_the_result_names_parents_who_do_not_affect_the_child_badly() {
    use kezek_rules::testing::catalogue_text;
    for (lang, want) in [
        (
            "kk",
            "Балаға кері әсер етпейтін ата-ана құқықтарынан айырылған ата-аналарға баламен кездесуіне қорғаншылық және қамқоршылық органының рұқсаты",
        ),
        ("ru", "не оказывающим на ребенка негативного влияния"),
        ("en", "who do not influence the child negatively"),
    ] {
        let text = catalogue_text(lang, "result-00402010");
        assert!(text.contains(want), "{lang}: {text}");
    }
}
