//! Order No. 254 items the last sessions left open (rules46).
//!
//! 1. cl. 18 with cl. 24 sub. 9 (Kezek's one rule: the queue ends on 1
//!    January) and Annex 2 p. 7 sub. 1 and 3: on 31 December after working
//!    time the application is accepted in the next year, after the archive
//!    day 1 January — said against the day of acceptance, not as a day the
//!    application would leave the queue on.
//! 2. cl. 18 «ағымдағы жылғы 1 қыркүйекте»: for an application accepted in
//!    the next year the current year is that year, said as a number
//!    (`$year`), not "this year".
//! 4. cl. 34 sub. 3, not sub. 1, for a proof of the priority right lapsing
//!    before cl. 22's second check at admission (a careful reading).

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, codes, portal_born as portal, risk, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::json;

const ARCHIVE_LINES: [&str; 4] = [
    "age.archive_date",
    "age.archive_date_past",
    "age.archive_date_before_acceptance",
    "age.archive_date_after_reception_reading",
];

/// cl. 18, cl. 24 sub. 9 and Annex 2 p. 7 sub. 1 and 3, at the year's turn
/// (Thu 31.12.2026; 01.01–04.01.2027 days off, 02.01 a Saturday moved to Monday): a child born 10.03.2021
/// (sixth birthday 10.03.2027) or 10.10.2020 (10.10.2026) leaves the queue
/// on 01.01.2027 by Kezek's one rule. Sent on 30.12 after working time the
/// application is accepted on 31.12, before it; on 31.12 by 17:30, the same
/// day; between 17:30 and 18:30, the same day by Kezek's working time (R7)
/// but on 05.01.2027 if working time ends with the reception (said as that
/// reading, right after the archive's line); after 18:30, on 05.01.2027 —
/// after the archive day, which was said «is 01.01.2027», a day to come on
/// which the application would leave the queue.
#[test]
fn cl24_9_annex2_7_the_archive_day_at_the_years_turn_is_said_against_the_day_of_acceptance() {
    let table = [
        // (born, as_of, accepted on, headline, archive lines, cut-off)
        (
            date(2021, 3, 10),
            at(2026, 12, 30, 18, 31),
            "2026-12-31",
            "age.eligible",
            vec!["age.archive_date"],
            "2026-09-01",
        ),
        (
            date(2021, 3, 10),
            at(2026, 12, 31, 17, 29),
            "2026-12-31",
            "age.eligible",
            vec!["age.archive_date"],
            "2026-09-01",
        ),
        (
            date(2021, 3, 10),
            at(2026, 12, 31, 17, 31),
            "2026-12-31",
            "age.eligible",
            vec![
                "age.archive_date",
                "age.archive_date_after_reception_reading",
            ],
            "2026-09-01",
        ),
        (
            date(2021, 3, 10),
            at(2026, 12, 31, 18, 31),
            "2027-01-05",
            "age.too_old_on_acceptance",
            vec!["age.archive_date_before_acceptance"],
            "2027-09-01",
        ),
        (
            date(2020, 10, 10),
            at(2026, 12, 31, 17, 29),
            "2026-12-31",
            "age.eligible",
            vec!["age.archive_date"],
            "2026-09-01",
        ),
        (
            date(2020, 10, 10),
            at(2026, 12, 31, 18, 31),
            "2027-01-05",
            "age.turned_six_archived",
            vec!["age.archive_date_before_acceptance"],
            "2027-09-01",
        ),
    ];
    for (born, as_of, accepted, headline, archive, cutoff) in table {
        let e = portal(born, as_of);
        let at = format!("{born} {as_of}: {}", e["age"]);
        assert_eq!(
            e["schedule"]["accepted_at"].as_str().unwrap()[..10],
            *accepted,
            "{at}"
        );
        let reasons = codes(&e["age"]["reasons"]);
        assert_eq!(reasons[0], headline, "{at}");
        assert_eq!(e["age"]["archive_on"], "2027-01-01", "{at}");
        assert_eq!(e["age"]["cutoff"], cutoff, "{at}");
        let said: Vec<&str> = reasons
            .iter()
            .copied()
            .filter(|r| ARCHIVE_LINES.contains(r))
            .collect();
        assert_eq!(said, archive, "{at}");
        // The reading of working time cites the two sub-clauses.
        if archive.contains(&"age.archive_date_after_reception_reading") {
            let cites = e["age"]["citations"].as_array().unwrap();
            for sub in [1, 3] {
                let c = json!({"act": "order254", "annex": 2, "clause": 7, "sub": sub});
                assert!(cites.contains(&c), "{at}");
            }
        }
    }
}

/// The two archive texts of rules46 say both days, and the one of working
/// time says it is a reading and which sub-clauses.
#[test]
fn cl24_9_the_archive_texts_before_acceptance_say_both_days() {
    for (lang, reading) in [
        ("kk", "Kezek түсіндірмесі"),
        ("ru", "Толкование Kezek"),
        ("en", "Kezek's reading"),
    ] {
        for key in [
            "reason-age-archive-date-before-acceptance",
            "reason-age-archive-date-after-reception-reading",
        ] {
            let t = text(lang, key);
            assert!(
                t.contains("{ $date }") && t.contains("{ $accepted }"),
                "{lang} {key}: {t}"
            );
        }
        let t = text(lang, "reason-age-archive-date-after-reception-reading");
        // Each of its variants (`$order`: the order's own day or a later
        // one, wording47) begins with the reading of working time.
        let variants: Vec<&str> = t
            .lines()
            .filter_map(|l| l.trim().split_once("] ").map(|(_, v)| v))
            .collect();
        assert_eq!(variants.len(), 2, "{lang}: {t}");
        for v in variants {
            assert!(v.starts_with(reading), "{lang}: {v}");
            assert!(v.contains("17:30") && v.contains("18:30"), "{lang}: {v}");
        }
    }
}

/// cl. 18 «ағымдағы жылғы 1 қыркүйекте», judged on the day of acceptance:
/// sent on egov.kz on Thu 31.12.2026 at 18:31 the application is accepted
/// on Tue 05.01.2027, and the current year is 2027 (the cut-off
/// 01.09.2027). The texts of a child out of the queue on every reading said
/// «1 September of the current year … This year the child can neither
/// apply …» (`age.over_on_every_reading`) and "this year" beside a day of
/// acceptance in the next year (`age.turns_six_by_acceptance`,
/// `age.turned_six_archived`): 2026 to a parent reading on 31.12.2026.
/// Now each names the year (`$year`, the year of `age.cutoff`).
#[test]
fn cl18_the_current_year_of_an_application_accepted_in_the_next_year_is_that_year() {
    let evening = at(2026, 12, 31, 18, 31);
    let table = [
        // Seven on 01.09.2027; six on 02.01.2027, by acceptance; six on
        // 10.10.2026 (after 01.09.2026, before 01.09.2027).
        (date(2020, 9, 1), "age.over_on_every_reading"),
        (date(2021, 1, 2), "age.turns_six_by_acceptance"),
        (date(2020, 10, 10), "age.turned_six_archived"),
    ];
    for (born, headline) in table {
        let e = portal(born, evening);
        assert_eq!(e["age"]["reasons"][0], headline, "{born}: {}", e["age"]);
        assert_eq!(e["age"]["cutoff"], "2027-09-01", "{born}: {}", e["age"]);
        // By 17:29 the same headline's year is 2026, where it is one.
        let e = portal(born, at(2026, 12, 31, 17, 29));
        assert_eq!(e["age"]["cutoff"], "2026-09-01", "{born}: {}", e["age"]);
    }
    for (lang, this_year) in [
        ("kk", ["биыл", "сол жылдың", "Ағымдағы жылғы 1 қыркүйекте"]),
        (
            "ru",
            [
                "в этом году",
                "того же года",
                "1 сентября текущего года ребенку",
            ],
        ),
        (
            "en",
            [
                "this year",
                "of that year",
                "On 1 September of the current year",
            ],
        ),
    ] {
        for key in [
            "reason-age-over-on-every-reading",
            "reason-age-turns-six-by-acceptance",
            "reason-age-turned-six-archived",
        ] {
            let t = text(lang, key);
            assert!(t.contains("{ $year }"), "{lang} {key}: {t}");
            for w in this_year {
                assert!(!t.contains(w), "{lang} {key}: «{w}»: {t}");
            }
        }
    }
}

/// cl. 34 (seed 004): «Көрсетілетін қызметті беруші келесі себептермен
/// баланы қабылдамайды: 1) өтініш беруші келісім шарт жасау үшін талап
/// етілетін құжаттарды ұсынбаған немесе құжаттардың қолданылу мерзімі өтіп
/// кетсе (…); … 3) растайтын құжаттарды ұсынуда өзге де себептердің болуына
/// байланысты». Sub. 1's lapsed documents are the contract's (Annex 4 p.
/// 8's list; its parenthesis names the health passport and certificate);
/// a proof of the priority right, which cl. 22 checks again after the
/// referral («… құқығын растайтын ақпаратты … екі рет тексереді және
/// растайды») and Annex 4 p. 8 does not list, lapsing before that check is
/// sub. 3's «растайтын құжаттар» — cited so, with cl. 22, never sub. 1.
#[test]
fn cl34_3_a_priority_proof_lapsing_before_cl22s_second_check_is_sub_3s_not_sub_1s() {
    // Annex 4 p. 8's list (the contract's documents) and the passport of
    // cl. 34 sub. 1.
    let contract = [
        "referral",
        "application_form",
        "identity_document",
        "birth_certificate",
        "vaccination_card",
        "health_certificate",
        "health_passport",
        "pmpc_conclusion",
    ];
    for channel in [Channel::ProviderOffice, Channel::EgovPortal] {
        let e = admission(channel, at(2026, 12, 1, 10, 0))
            .ground(Ground::LawEnforcement)
            .holds_issued(D::Referral, date(2026, 12, 1))
            .holds(D::VaccinationCard)
            .holds_issued(D::HealthCertificate, date(2026, 12, 1))
            .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 3))
            .evaluate_json();
        let r = risk(&e, "refusal.expires_before_check_reading")
            .unwrap_or_else(|| panic!("{channel:?}: {}", e["refusal"]));
        let cites = r["citations"].as_array().unwrap();
        let sub = |n: u16| json!({"act": "order254", "clause": 34, "sub": n});
        assert!(cites.contains(&sub(3)), "{channel:?}: {r}");
        assert!(!cites.contains(&sub(1)), "{channel:?}: {r}");
        assert!(
            cites.contains(&json!({"act": "order254", "clause": 22})),
            "{channel:?}: {r}"
        );
        for d in r["documents"].as_array().unwrap() {
            assert!(
                !contract.contains(&d.as_str().unwrap()),
                "{channel:?}: {d} is a contract's document: {r}"
            );
        }
        // Alone, the reasoned refusal cites sub. 3 too.
        assert_eq!(
            e["refusal"]["preview"]["citation"],
            sub(3),
            "{channel:?}: {}",
            e["refusal"]
        );
    }
}

/// Annex 1 box 10 («жоғарыда аталған санаттардың біреуіне қатысты емес болып
/// табылады»): `doc.teacher_proof_at_registration` tells a teacher's parent
/// without the proof that «Without them you can apply declaring no ground
/// (Annex 1 box 10: the general queue)», but the refusal's citations — the
/// "Why?" under it — gave Annex 2 p. 8, cl. 20 sub. 3 and cl. 23 sub. 1,
/// not the box. Each clause the text rests on is cited: the box, what
/// Annex 2 p. 8 asks (sub. 5 at the desk, sub. 3 on the portal), the
/// refusal of p. 9 sub. 4, and cl. 23 sub. 1 and cl. 20 sub. 3 of its
/// reading. Queue registration on Mon 23.11.2026.
#[test]
fn annex1_box10_the_teachers_proof_text_cites_the_box_it_names() {
    for (channel, code, sub) in [
        (Channel::ProviderOffice, "refusal.incomplete", 5),
        (Channel::EgovPortal, "refusal.incomplete_not_considered", 3),
    ] {
        let e = kezek_rules::testing::order254::queue_case(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::Teacher)
            .evaluate_json();
        let r = risk(&e, code).unwrap_or_else(|| panic!("{channel:?}: {}", e["refusal"]));
        assert!(
            kezek_rules::testing::order254::has(&r["detail"], "doc.teacher_proof_at_registration"),
            "{channel:?}: {r}"
        );
        let cites = r["citations"].as_array().unwrap();
        for c in [
            json!({"act": "order254", "annex": 1, "clause": 10}),
            json!({"act": "order254", "annex": 2, "clause": 8, "sub": sub}),
            json!({"act": "order254", "annex": 2, "clause": 9, "sub": 4}),
            json!({"act": "order254", "clause": 20, "sub": 3}),
            json!({"act": "order254", "clause": 23, "sub": 1}),
        ] {
            assert!(cites.contains(&c), "{channel:?}: {c} not cited: {r}");
        }
    }
    for lang in ["kk", "ru", "en"] {
        let t = text(lang, "reason-doc-teacher-proof-at-registration");
        assert!(t.contains("10"), "{lang}: {t}");
    }
}

/// cl. 18 «(психологиялық-медициналық-педагогикалық комиссияның қорытындысы
/// бар ерекше білім берілуіне қажеттілігі бар балалардан басқа)» and cl. 24
/// sub. 9 «(… консультацияның қорытындысы бар ерекше білім берілуіне
/// қажеттілігі бар балалардан, …)»: the exception is of a child who has
/// («бар») the conclusion; neither clause speaks of one still to come. So a
/// SEN child without it, 6 before 1 September (born 05.02.2020, on
/// 05.12.2026) or 7 on it (born 01.09.2019), is out of the queue as
/// answered — certain, with its clauses, not a reading — and the text says
/// that an application made before the conclusion is issued is judged
/// without it; with the conclusion the child is excepted (cl. 18 sets no
/// age for it). The remedy is the conclusion, got before applying.
#[test]
fn cl18_cl24_9_a_sen_child_without_a_pmpc_conclusion_is_out_of_the_queue_until_it_is_issued() {
    let desk = |born| {
        CaseBuilder::queue_registration()
            .channel(Channel::ProviderOffice)
            .as_of(at(2026, 12, 5, 10, 0))
            .child_born(born)
            .holds(D::PhthisiatricianConclusion)
            .consent()
    };
    for (born, headline, ground) in [
        (
            date(2020, 2, 5),
            "age.turned_six_archived",
            "refusal.age_turned_six",
        ),
        (
            date(2019, 9, 1),
            "age.over_on_every_reading",
            "refusal.requirements_not_met",
        ),
    ] {
        let e = desk(born).special_needs(false).evaluate_json();
        let age = &e["age"];
        assert_eq!(age["reasons"][0], headline, "{born}: {age}");
        assert_eq!(age["eligible"], false, "{born}: {age}");
        assert!(
            kezek_rules::testing::order254::has(&age["reasons"], "age.sen_pmpc_would_exempt"),
            "{born}: {age}"
        );
        let cites = age["citations"].as_array().unwrap();
        assert!(cites.contains(&json!({"act": "order254", "clause": 18})));
        assert!(cites.contains(&json!({"act": "order254", "clause": 24, "sub": 9})));
        let r = risk(&e, ground).unwrap_or_else(|| panic!("{born}: {}", e["refusal"]));
        assert_eq!(r["reading"], false, "{born}: {r}");
        assert_eq!(r["remedy"], "fix_documents", "{born}: {r}");
        // With the conclusion: excepted on any reading.
        let e = desk(born).special_needs(true).evaluate_json();
        assert_eq!(e["age"]["eligible"], true, "{born}: {}", e["age"]);
        assert_eq!(e["age"]["reasons"][0], "age.sen_pmpc_exception");
    }
    for (lang, to_come, clause) in [
        ("kk", "әлі берілмеген", "24-тармақтың 9) тармақшасы"),
        ("ru", "еще только выдадут", "подпункт 9) пункта 24"),
        ("en", "still to come", "cl. 24 sub. 9"),
    ] {
        let t = text(lang, "reason-age-sen-pmpc-would-exempt");
        assert!(t.contains(to_come), "{lang}: {t}");
        assert!(t.contains(clause), "{lang}: {t}");
    }
}

/// cl. 24 sub. 9's exception, as the two archive texts say it, is a child
/// «who had not turned 6 before 1 September» of cl. 18's current year —
/// the year of acceptance, which the texts name with `$year` (rules46); the
/// exception still said "of the current year" / «ағымдағы жылдың» /
/// «текущего года», 2026 to a parent on 31.12.2026 whose application is
/// accepted in 2027, and the next sentence opened with a capital after a
/// colon («…ПМПК: Когда система…», reread46).
#[test]
fn cl24_9_the_exception_names_the_year_of_acceptance_and_the_next_sentence_stands_alone() {
    for (lang, current, after_colon) in [
        ("en", "before 1 September of the current year and", ": When"),
        (
            "kk",
            "ағымдағы жылдың 1 қыркүйегіне дейін 6 жасқа толмаған",
            ": Жүйе",
        ),
        (
            "ru",
            "до 1 сентября текущего года 6 лет не исполнилось",
            "ПМПК: Когда",
        ),
    ] {
        for key in [
            "reason-age-turns-six-by-acceptance",
            "reason-age-turned-six-archived",
        ] {
            let t = text(lang, key);
            assert!(!t.contains(current), "{lang} {key}: «{current}»: {t}");
            assert!(
                !t.contains(after_colon),
                "{lang} {key}: «{after_colon}»: {t}"
            );
        }
    }
}
