//! A lawyer's second reading of the admission service (00403002; audit26,
//! findings 1, 2 and 7): the lines the rules give at admission are the
//! admission's, not the queue registration's. One test per finding, named
//! after its clause, through the rules' own functions and the public path
//! (a case in JSON → `evaluate` → the evaluation's JSON), so every door (the
//! app's step 5, `kezek evaluate`, the JS API and its sections) gets them.
//!
//! The order (Kazakh text, law/order-254-preschool-services.kk.txt):
//! - Annex 4 p. 8, the kindergarten's list: «2) … 5-қосымшаға сәйкес нысан
//!   бойынша өтініш» — the admission application is the Annex 5 form alone,
//!   which has no category boxes (Annex 1's boxes 1–10 are the queue's); «7)
//!   психологиялық-медициналық-педагогикалық консультацияның қорытындысы
//!   (ерекше білім беруді қажет ететін балалар үшін)» — no «бар болғанда»
//!   (only the portal's item 7 has it).
//! - cl. 16: «… басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң
//!   жалпы кезекке тұрады …» — a new application to the queue.
//! - cl. 18: «Өтініш беру және кезекте болу үшін баланың жасы ағымдағы жылғы
//!   1 қыркүйекте 6 жастан аспайды …» — to apply and to stand in the queue;
//!   cl. 24 p. 9 archives the queue's application. §2 (cl. 31–35), the
//!   admission, sets no age limit; cl. 28 counts the referral's age.
//! - Annex 4 p. 7: «Өтініштерді қабылдау … жүзеге асырылады» — the Kazakh
//!   «Қазір өтініштер қабылданады» names no office, and the line is shown on
//!   the portal too.

use kezek_rules::age;
use kezek_rules::category::{self, Ground};
use kezek_rules::citation::Citation;
use kezek_rules::documents::DocumentKind as D;
use kezek_rules::payload;
use kezek_rules::reason::ReasonCode as R;
use kezek_rules::testing::order254::{admission, queue_case, text};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;

const CHANNELS: [Channel; 2] = [Channel::ProviderOffice, Channel::EgovPortal];

/// The category reasons and the age lines that speak of the queue
/// registration: its headlines (a place before everyone else, after every
/// three general ones — cl. 21's order of the queue; "general queue: no
/// priority ground"), its Annex 1 form, its general queue, cl. 16's new
/// application, cl. 18's limit to apply and stay, cl. 24 p. 9's archive,
/// and cl. 28's "ask the provider" (at admission the provider is the
/// kindergarten, which gives no referral).
const QUEUE_ONLY: [R; 16] = [
    R::CategoryOutOfTurn,
    R::CategoryFirstPriority,
    R::CategoryGeneral,
    R::CategorySenNeedsPmpc,
    R::CategoryLawEnforcementNoFormBox,
    R::CategoryPriorityLostCl16,
    R::AgeEligible,
    R::AgeTooOld,
    R::AgeSenPmpcException,
    R::AgeArchiveDate,
    R::AgeArchiveOrderDate,
    R::AgeArchiveDatePast,
    R::AgeArchiveOrderDatePast,
    R::AgeTurnedSixArchived,
    R::AgeOneRuleReading,
    R::AgeCl28Unclear,
];

/// Annex 4 p. 8 sub. 2: the admission application is the Annex 5 form, with
/// no category box, so no box 10 is ticked and no ground "declared in
/// words" — the law-enforcement reading of the Annex 1 form is not said at
/// admission (audit26, finding 1). The out-of-turn right it proves is still
/// found, for cl. 22's second check.
#[test]
fn annex4_8_2_admission_form_has_no_category_boxes_so_no_box_10_reading() {
    for channel in CHANNELS {
        let case = admission(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::LawEnforcement)
            .build();
        let d = category::decide(&case);
        let p = payload::prepare(&case, &d);
        assert_eq!(p.application.categories, None, "{channel:?}");
        assert!(p.application.declared_grounds.is_empty(), "{channel:?}");
        assert!(
            !d.reasons.contains(&R::CategoryLawEnforcementNoFormBox),
            "{channel:?}: {:?}",
            d.reasons
        );
        assert!(
            !d.citations.contains(&category::NONE_OF_THE_GROUNDS_BOX),
            "{channel:?}: Annex 1 box 10 is not the admission form's: {:?}",
            d.citations
        );
        assert_eq!(d.grounds.len(), 1, "{channel:?}");
        assert_eq!(d.grounds[0].ground, Ground::LawEnforcement);
    }
    // At queue registration the Annex 1 form is prepared: the reading stays.
    let q = queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(Ground::LawEnforcement)
        .build();
    assert!(category::decide(&q)
        .reasons
        .contains(&R::CategoryLawEnforcementNoFormBox));
}

/// Annex 4 p. 8 item 7: at the kindergarten the PMPC conclusion is on the
/// list without «бар болғанда»; on the portal it is «бар болғанда». Neither
/// makes the child stand in a "general queue" — the child holds a referral.
/// At admission the SEN ground without a conclusion is said unconfirmed in
/// the admission's words (`category.sen_needs_pmpc_admission`, cl. 22),
/// never the queue's "complete without it … stands in the general queue"
/// (audit26, finding 1), which step 6 contradicts at the kindergarten.
#[test]
fn annex4_8_7_sen_child_without_pmpc_at_admission_is_not_told_of_the_general_queue() {
    for channel in CHANNELS {
        let case = admission(channel, at(2026, 11, 23, 10, 0))
            .special_needs(false)
            .build();
        let d = category::decide(&case);
        assert!(
            !d.reasons.contains(&R::CategorySenNeedsPmpc),
            "{channel:?}: {:?}",
            d.reasons
        );
        assert!(
            d.reasons.contains(&R::CategorySenNeedsPmpcAdmission),
            "{channel:?}: {:?}",
            d.reasons
        );
        assert!(d.citations.contains(&Citation::clause(22)), "{channel:?}");
        assert!(!d.grounds[0].confirmed);
    }
    for lang in ["kk", "ru", "en"] {
        let said = text(lang, "reason-category-sen-needs-pmpc-admission");
        let lower = said.to_lowercase();
        for queue_word in [
            "жалпы кезек",
            "общей очеред",
            "general queue",
            "complete without",
        ] {
            assert!(!lower.contains(queue_word), "{lang}: {said}");
        }
    }
    // At queue registration the "if any" reading stays.
    let q = queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .special_needs(false)
        .build();
    let d = category::decide(&q);
    assert!(d.reasons.contains(&R::CategorySenNeedsPmpc));
    assert!(!d.reasons.contains(&R::CategorySenNeedsPmpcAdmission));
}

/// cl. 16: «Мемлекеттік мектепке дейінгі ұйымға кезектен тыс немесе бірінші
/// кезекте жолдама алған баланың ата-анасы … басқа мектепке дейінгі ұйымды
/// таңдағанда бір ай өткен соң жалпы кезекке тұрады және жекеменшік мектепке
/// дейінгі ұйымға жолдама алады». At admission there is no new application
/// to the queue to set the grounds aside for (no
/// `category.priority_lost_cl16`), but the referral held after a priority
/// referral to a state preschool was left came from the general queue: the
/// category stays general — never "out of turn: a place before everyone
/// else" — with the admission's own line, cited to cl. 16 (law26c, review
/// of law26a, finding 1).
#[test]
fn cl16_referral_after_leaving_a_priority_one_came_from_the_general_queue() {
    let left = |b: kezek_rules::testing::CaseBuilder, g: Ground| {
        b.ground(g)
            .left_priority_referral(true, date(2026, 10, 1))
            .build()
    };
    for channel in CHANNELS {
        for g in [Ground::Orphan, Ground::LawEnforcement, Ground::Teacher] {
            let d = category::decide(&left(admission(channel, at(2026, 11, 23, 10, 0)), g));
            assert_eq!(
                d.category,
                category::Category::General,
                "{channel:?}, {g:?}: {:?}",
                d.reasons
            );
            assert!(
                !d.reasons.contains(&R::CategoryPriorityLostCl16),
                "{channel:?}: {:?}",
                d.reasons
            );
            assert_eq!(
                d.reasons[0],
                R::CategoryReferralFromGeneralQueueCl16,
                "{channel:?}, {g:?}"
            );
            assert!(d.citations.contains(&Citation::clause(16)), "{channel:?}");
            assert_eq!(d.grounds.len(), 1, "{channel:?}: the ground is still found");
        }
    }
    // The line says where the referral came from, not the queue's "a new
    // application goes to the general queue".
    for (lang, new_application) in [
        ("kk", "жаңа өтініш"),
        ("ru", "новое заявление"),
        ("en", "new application"),
    ] {
        let said = text(lang, "reason-category-referral-from-general-queue-cl16");
        assert!(
            !said.to_lowercase().contains(new_application),
            "{lang}: {said}"
        );
        assert!(said.contains("16"), "{lang}: {said}");
    }
    let d = category::decide(&left(
        queue_case(Channel::EgovPortal, at(2026, 11, 23, 10, 0)),
        Ground::Orphan,
    ));
    assert!(d.reasons.contains(&R::CategoryPriorityLostCl16));
}

/// At admission the headline of the category is the admission's: cl. 21's
/// order of the queue («кезектен тыс … бірінші кезекте … алдына қойылады»,
/// «үшеуге біреу») and the queue's "general queue: no priority ground" mean
/// nothing once the child holds a referral; what remains true is that the
/// priority right is checked a second time after the referral (cl. 22). No
/// queue headline and no cl. 21 citation, for every category (law26c,
/// review of law26a, finding 2).
#[test]
fn cl21_queue_order_is_not_the_admissions_headline() {
    let grounds: [&[Ground]; 4] = [
        &[],
        &[Ground::Orphan],
        &[Ground::Serviceman],
        &[Ground::Teacher, Ground::LawEnforcement],
    ];
    for channel in CHANNELS {
        for gs in grounds {
            let case = gs
                .iter()
                .fold(admission(channel, at(2026, 11, 23, 10, 0)), |b, &g| {
                    b.ground(g)
                })
                .build();
            let d = category::decide(&case);
            for queue_headline in [
                R::CategoryOutOfTurn,
                R::CategoryFirstPriority,
                R::CategoryGeneral,
            ] {
                assert!(
                    !d.reasons.contains(&queue_headline),
                    "{channel:?}, {gs:?}: {:?}",
                    d.reasons
                );
            }
            assert!(
                !d.citations.contains(&Citation::clause(21)),
                "{channel:?}, {gs:?}: {:?}",
                d.citations
            );
            let headline = match d.category {
                category::Category::OutOfTurn => R::CategoryOutOfTurnAdmission,
                category::Category::FirstPriority => R::CategoryFirstPriorityAdmission,
                category::Category::General => R::CategoryGeneralAdmission,
            };
            assert_eq!(d.reasons[0], headline, "{channel:?}, {gs:?}");
            // A priority right: cl. 22's second check after the referral.
            assert_eq!(
                d.citations.contains(&Citation::clause(22)),
                d.category != category::Category::General,
                "{channel:?}, {gs:?}: {:?}",
                d.citations
            );
        }
    }
    // No admission headline speaks of the queue's order.
    for key in [
        "reason-category-out-of-turn-admission",
        "reason-category-first-priority-admission",
        "reason-category-general-admission",
    ] {
        let en = text("en", key).to_lowercase();
        for queue_word in ["before everyone", "every three", "general queue"] {
            assert!(!en.contains(queue_word), "{key}: {en}");
        }
        assert!(!text("ru", key).contains("трех"), "{key}");
        assert!(!text("kk", key).contains("үш өтініш"), "{key}");
    }
    // At queue registration the queue's headline and cl. 21 stay.
    let q = category::decide(
        &queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
            .ground(Ground::Orphan)
            .build(),
    );
    assert_eq!(q.reasons[0], R::CategoryFirstPriority);
    assert!(q.citations.contains(&Citation::clause(21)));
}

/// The per-ground "Why?" at admission: the ground's clause (cl. 20 p. 1–2,
/// with its law) and cl. 22's second check after the referral — not the
/// queue's Annex 1 box (the Annex 5 form has none) nor the queue's list of
/// Annex 2 p. 8 (law26c, review of law26a, finding 2).
#[test]
fn cl22_ground_citations_at_admission_are_the_clause_and_the_second_check() {
    for channel in CHANNELS {
        let case = [Ground::Teacher, Ground::Orphan, Ground::Serviceman]
            .iter()
            .fold(admission(channel, at(2026, 11, 23, 10, 0)), |b, &g| {
                b.ground(g)
            })
            .special_needs(true)
            .build();
        let d = category::decide(&case);
        assert_eq!(d.grounds.len(), 4, "{channel:?}");
        for g in &d.grounds {
            assert!(
                g.citations.iter().all(|c| c.annex.is_none()),
                "{channel:?}, {:?}: {:?}",
                g.ground,
                g.citations
            );
            assert!(
                g.citations.contains(&Citation::clause(22)),
                "{:?}",
                g.ground
            );
        }
    }
    let q = queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(Ground::Teacher)
        .build();
    let d = category::decide(&q);
    assert!(d.grounds[0].citations.iter().any(|c| c.annex == Some(1)));
}

/// Annex 4 p. 8 sub. 2: the admission application is the Annex 5 form, which
/// declares no ground; the prepared application cites cl. 20 p. 1 for the
/// law-enforcement ground only where the Annex 1 form declares it in words,
/// at queue registration (law26c, review of law26a, finding 3).
#[test]
fn annex5_form_declares_no_ground_so_no_cl20_1_citation_at_admission() {
    for channel in CHANNELS {
        let case = admission(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::LawEnforcement)
            .build();
        let p = payload::prepare(&case, &category::decide(&case));
        assert!(p.application.declared_grounds.is_empty(), "{channel:?}");
        assert!(
            !p.citations.contains(&Citation::sub(20, 1)),
            "{channel:?}: {:?}",
            p.citations
        );
    }
    let q = queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(Ground::LawEnforcement)
        .build();
    let p = payload::prepare(&q, &category::decide(&q));
    assert!(
        p.citations.contains(&Citation::sub(20, 1)),
        "{:?}",
        p.citations
    );
}

/// cl. 18 and cl. 24 p. 9 govern applying and standing in the queue; §2
/// (cl. 31–35) sets no age limit for admission. A child born 10.03.2020
/// holding a referral on 10.02.2026 is not told it "can neither apply nor
/// stand in the queue", nor pointed to an archive date no screen shows
/// (audit26, finding 2): the age decision at admission gives the
/// referral's age lines only (cl. 28), and no archive date.
#[test]
fn cl18_cl24_9_age_limit_is_the_queues_admission_gives_the_referral_age_only() {
    for channel in CHANNELS {
        let case = admission(channel, at(2026, 2, 10, 10, 0))
            .child_born(date(2020, 3, 10))
            .build();
        let a = age::decide(&case);
        assert!(!a.reasons.contains(&R::AgeTooOld), "{channel:?}");
        // cl. 28 counts the age «жолдама беру кезінде»: the referral is
        // given in the queue of the education department (cl. 4), not by
        // the kindergarten, the admission's provider (cl. 31) — the queue's
        // "ask the provider how it counts the age" would send the parent to
        // the kindergarten (law26c, review of law26a, finding 5).
        assert!(
            !a.reasons.contains(&R::AgeCl28Unclear),
            "{channel:?}: {:?}",
            a.reasons
        );
        assert!(!a.reasons.contains(&R::AgeArchiveDate), "{channel:?}");
        assert_eq!(
            a.reasons,
            vec![R::AgeReferralAge, R::AgeCl28UnclearAdmission],
            "{channel:?}"
        );
        assert_eq!(a.archive_on, None, "{channel:?}");
        assert_eq!(a.citations, vec![Citation::clause(28)], "{channel:?}");
        assert_eq!(a.referral_age, 6);
    }
    // A SEN child with a conclusion, over 6: no "may stay in the queue".
    let sen = admission(Channel::ProviderOffice, at(2026, 2, 10, 10, 0))
        .child_born(date(2019, 5, 10))
        .special_needs(true)
        .build();
    assert_eq!(
        age::decide(&sen).reasons,
        vec![R::AgeReferralAge, R::AgeCl28UnclearAdmission]
    );
    // The caveat at admission sends the parent to the education department,
    // not to "the provider" (the kindergarten).
    for (lang, department, provider) in [
        ("kk", "білім бөлімі", "көрсетілетін қызметті беруші"),
        ("ru", "отдел (управление) образования", "услугодател"),
        ("en", "education department", "provider"),
    ] {
        let said = text(lang, "reason-age-cl28-unclear-admission");
        assert!(said.contains(department), "{lang}: {said}");
        assert!(!said.contains(provider), "{lang}: {said}");
    }
    // The same child at queue registration: cl. 18 bars it, with the date.
    let q = queue_case(Channel::EgovPortal, at(2026, 2, 10, 10, 0))
        .child_born(date(2020, 3, 10))
        .build();
    let a = age::decide(&q);
    assert!(a.reasons.contains(&R::AgeTooOld));
    // 01.01.2026 has come on 10.02.2026: said as past.
    assert!(a.reasons.contains(&R::AgeArchiveDatePast));
    assert_eq!(a.archive_on, Some(date(2026, 1, 1)));
}

/// Every admission case, through the public path (the evaluation's JSON, as
/// `kezek evaluate` and the JS API give it), on both channels and with
/// every ground the queue-only lines come from: none of those lines is in
/// the category, the age or the evaluation's reasons (audit26, findings 1
/// and 2).
#[test]
fn annex4_admission_evaluation_carries_no_queue_registration_line() {
    let cases = [
        (date(2020, 3, 10), false, false),
        (date(2022, 1, 20), true, false),
        (date(2019, 5, 10), true, true),
    ];
    for channel in CHANNELS {
        for (born, sen, pmpc) in cases {
            let mut b = admission(channel, at(2026, 2, 10, 10, 0))
                .child_born(born)
                .ground(Ground::LawEnforcement)
                .ground(Ground::Teacher)
                .left_priority_referral(true, date(2026, 1, 5))
                .holds_issued(D::Referral, date(2026, 2, 10));
            if sen {
                b = b.special_needs(pmpc);
            }
            let e = b.evaluate();
            for code in QUEUE_ONLY {
                let at = format!("{channel:?}, born {born}, sen {sen}, pmpc {pmpc}: {code:?}");
                assert!(!e.category.reasons.contains(&code), "{at}");
                assert!(!e.age.reasons.contains(&code), "{at}");
                assert!(!e.reasons.contains(&code), "{at}");
            }
            assert_eq!(e.age.archive_on, None);
        }
    }
}

/// Annex 4 p. 7: «Қазір өтініштер қабылданады» (kk) and «Прием заявлений
/// идет сейчас» (ru) name no office, and the line is shown on the portal
/// too; the English does not say more than the Kazakh (audit26, finding 7).
#[test]
fn annex4_7_applications_accepted_now_names_no_office_in_any_language() {
    let en = text("en", "reason-schedule-open-now");
    assert!(!en.to_lowercase().contains("office"), "{en}");
    assert!(en.starts_with("Applications are accepted now"), "{en}");
    assert!(!text("kk", "reason-schedule-open-now").contains("кеңсе"));
    assert!(!text("ru", "reason-schedule-open-now")
        .to_lowercase()
        .contains("офис"));
}

/// Annex 2 p. 3 (Annex 4 p. 3) gives «30 минут», not 30 minutes of working
/// time: pausing them at the close is Kezek's reading and says so
/// (review27b).
#[test]
fn annex2_3_thirty_minutes_are_the_laws_the_pause_at_closing_is_a_reading() {
    for (lang, working_time, reading) in [
        ("kk", "жұмыс уақытының 30", "Kezek түсіндірмесі"),
        ("ru", "30 минут рабочего времени", "Толкование Kezek"),
        ("en", "of service time", "Kezek's reading"),
    ] {
        let t = text(lang, "reason-schedule-open-now");
        assert!(!t.contains(working_time), "{lang}: {t}");
        assert!(t.contains("30"), "{lang}: {t}");
        assert!(t.contains(reading), "{lang}: {t}");
    }
}

/// cl. 16: «… кезектен тыс немесе бірінші кезекте жолдама алған баланың
/// ата-анасы … басқа мектепке дейінгі ұйымды таңдағанда бір ай өткен соң
/// жалпы кезекке тұрады және жекеменшік мектепке дейінгі ұйымға жолдама
/// алады» — the referral held after a priority referral to a state preschool
/// was left came from the general queue (`category.
/// referral_from_general_queue_cl16`). cl. 22 checks a second time «мектепке
/// дейінгі ұйымға орын алудың кезектен тыс немесе бірінші кезекті орын алуға
/// құқығын растайтын ақпаратты»: with no priority behind the referral there
/// is no such right to check again, so the admission checklist reads cl. 16
/// and has no cl. 22 recheck item (nor the second-check note on a SEN
/// child's PMPC conclusion, which stays Annex 4 item 7), and no refusal
/// risk `refusal.recheck_unconfirmed_reading` (law27, review of law26c,
/// item 1). A priority referral left for a private preschool is not cl. 16:
/// the recheck items stay.
#[test]
fn cl16_referral_from_the_general_queue_has_no_cl22_second_check_of_a_priority() {
    use kezek_rules::checklist::Condition;
    let grounds: [&[Ground]; 5] = [
        &[Ground::Orphan],
        &[Ground::LawEnforcement],
        &[Ground::Teacher],
        &[Ground::Serviceman, Ground::LargeFamily],
        &[Ground::Teacher, Ground::SpecialEducationalNeeds],
    ];
    for channel in CHANNELS {
        for gs in grounds {
            for state_preschool in [true, false] {
                let mut b = gs
                    .iter()
                    .fold(admission(channel, at(2026, 11, 23, 10, 0)), |b, &g| {
                        b.ground(g)
                    })
                    .left_priority_referral(state_preschool, date(2026, 9, 1))
                    .holds_issued(D::Referral, date(2026, 11, 20));
                if gs.contains(&Ground::SpecialEducationalNeeds) {
                    b = b.special_needs(true);
                }
                let e = b.evaluate();
                let at = format!("{channel:?}, {gs:?}, state preschool {state_preschool}");
                let rechecks: Vec<_> = e
                    .checklist
                    .items
                    .iter()
                    .filter(|i| i.condition == Condition::PriorityRecheck)
                    .map(|i| i.document)
                    .collect();
                let second_check_notes = e
                    .checklist
                    .items
                    .iter()
                    .any(|i| i.reasons.contains(&R::DocRecheckCl22));
                let risk = e
                    .refusal
                    .risks
                    .iter()
                    .any(|r| r.reason == R::RefusalRecheckUnconfirmedReading);
                let reads_cl16 = e.checklist.citations.contains(&Citation::clause(16));
                if state_preschool {
                    assert_eq!(
                        e.category.reasons[0],
                        R::CategoryReferralFromGeneralQueueCl16,
                        "{at}"
                    );
                    assert!(rechecks.is_empty(), "{at}: {rechecks:?}");
                    assert!(!second_check_notes, "{at}");
                    assert!(!risk, "{at}: {:?}", e.refusal.risks);
                    assert!(!e.reasons.contains(&R::DocRecheckUnconfirmed), "{at}");
                    assert!(reads_cl16, "{at}: {:?}", e.checklist.citations);
                } else {
                    assert!(!rechecks.is_empty(), "{at}");
                    assert!(second_check_notes, "{at}");
                    assert!(!reads_cl16, "{at}");
                }
                // A SEN child's conclusion is still Annex 4's item 7.
                if gs.contains(&Ground::SpecialEducationalNeeds) {
                    assert!(
                        e.checklist
                            .items
                            .iter()
                            .any(|i| i.document == D::PmpcConclusion && i.applies),
                        "{at}"
                    );
                }
            }
        }
    }
}

/// cl. 22 at admission, the law-enforcement ground (cl. 20 p. 1): its
/// workplace certificate is asked by analogy for the second check after the
/// referral, and without it the kindergarten may refuse (Kezek's reading of
/// cl. 34 sub. 3 «растайтын құжаттарды ұсынуда өзге де себептердің болуына
/// байланысты», `refusal.recheck_unconfirmed_reading`). The queue's
/// `doc.law_enforcement_reading` ("no ground for refusing the documents",
/// true of Annex 2 p. 9 sub. 4) contradicts that at admission: the item
/// says the admission's reading, `doc.law_enforcement_reading_admission`
/// (law27, review of law26c, item 2).
#[test]
fn cl22_law_enforcement_certificate_at_admission_does_not_say_no_ground_for_refusal() {
    for channel in CHANNELS {
        for held in [false, true] {
            let mut b = admission(channel, at(2026, 11, 23, 10, 0))
                .ground(Ground::LawEnforcement)
                .holds_issued(D::Referral, date(2026, 11, 20));
            if held {
                b = b.holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 10));
            }
            let e = b.evaluate();
            let cert = e
                .checklist
                .items
                .iter()
                .find(|i| i.document == D::ServiceWorkplaceCertificate && i.applies)
                .unwrap_or_else(|| panic!("{channel:?}: no certificate item"));
            assert!(
                cert.reasons.contains(&R::DocLawEnforcementReadingAdmission),
                "{channel:?}, held {held}: {:?}",
                cert.reasons
            );
            assert!(
                !e.reasons.contains(&R::DocLawEnforcementReading),
                "{channel:?}, held {held}"
            );
            assert!(cert.citations.contains(&Citation::sub(20, 1)));
            // The text rests on cl. 34 sub. 3 («растайтын құжаттарды
            // ұсынуда өзге де себептердің болуына байланысты»): cited.
            assert!(
                cert.citations.contains(&Citation::sub(34, 3)),
                "{channel:?}, held {held}: {:?}",
                cert.citations
            );
            assert!(cert.citations.iter().all(|c| c.annex.is_none()));
        }
    }
    for (lang, no_ground, kindergarten_may_refuse) in [
        (
            "kk",
            "бас тарту үшін негіз емес",
            "балабақша бас тартуы мүмкін",
        ),
        (
            "ru",
            "не основание для отказа",
            "детский сад может отказать",
        ),
        (
            "en",
            "no ground for refusing",
            "the kindergarten may refuse",
        ),
    ] {
        let said = text(lang, "reason-doc-law-enforcement-reading-admission");
        assert!(!said.contains(no_ground), "{lang}: {said}");
        assert!(said.contains(kindergarten_may_refuse), "{lang}: {said}");
        assert!(said.contains("34"), "{lang}: {said}");
        // Annex 4 p. 8 lists no priority proof: no queue list is cited.
        assert!(
            !said.contains("2-қосымша") && !said.contains("Annex 2") && !said.contains("приложени"),
            "{lang}: {said}"
        );
    }
    // At queue registration the Annex 2 list's reading stays.
    let q = queue_case(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(Ground::LawEnforcement)
        .evaluate();
    assert!(q.reasons.contains(&R::DocLawEnforcementReading));
    assert!(!q.reasons.contains(&R::DocLawEnforcementReadingAdmission));
}

/// cl. 22 «тексерілетін құжаттардың түпнұсқаларын»: at admission the
/// teacher's diploma is asked for the second check in the original
/// (`form: "original"`), so its name is not Annex 2 p. 8's «дипломның
/// сканерленген көшірмесі». Each checklist item carries the text key of its
/// name in the form it is given (`name_key`), through the public path; at
/// queue registration the diploma stays the list's scanned copy (law27,
/// review of law26c, item 3).
#[test]
fn cl22_the_diploma_shown_at_admission_is_named_as_the_original_not_a_scan() {
    use kezek_rules::testing::order254::item;
    for channel in CHANNELS {
        let a = admission(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::Teacher)
            .evaluate_json();
        let diploma = item(&a, "teacher_diploma");
        assert_eq!(diploma["form"], "original", "{channel:?}");
        assert_eq!(
            diploma["name_key"], "doc-teacher-diploma-original",
            "{channel:?}"
        );
        let q = queue_case(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::Teacher)
            .evaluate_json();
        let diploma = item(&q, "teacher_diploma");
        assert_eq!(diploma["form"], "scan", "{channel:?}");
        assert_eq!(diploma["name_key"], "doc-teacher-diploma", "{channel:?}");
        // Every other item is named by its document's key.
        for e in [&a, &q] {
            for i in e["checklist"]["items"].as_array().unwrap() {
                let key = i["name_key"].as_str().expect("a name key");
                for lang in ["kk", "ru", "en"] {
                    text(lang, key);
                }
                if i["document"] != "teacher_diploma" {
                    let doc = i["document"].as_str().unwrap().replace('_', "-");
                    assert_eq!(key, format!("doc-{doc}"));
                }
            }
        }
    }
    for (lang, scan, original) in [
        ("kk", "сканер", "түпнұсқа"),
        ("ru", "скан", "оригинал"),
        ("en", "scan", "original"),
    ] {
        let said = text(lang, "doc-teacher-diploma-original");
        assert!(!said.to_lowercase().contains(scan), "{lang}: {said}");
        assert!(said.contains(original), "{lang}: {said}");
        assert!(text(lang, "doc-teacher-diploma")
            .to_lowercase()
            .contains(scan));
    }
}

/// Annex 4 p. 8 sub. 2: the admission application is the Annex 5 form, which
/// has no category boxes (Annex 1's boxes 1–10 are the queue's). So at
/// admission a ground gives no `annex1_box` on the wire (the field is absent,
/// through the public path); at queue registration the box stays, and the
/// law-enforcement ground, which has no box, gives none (law27, review of
/// law26c, item 4).
#[test]
fn annex5_form_has_no_boxes_so_admission_grounds_carry_no_annex1_box() {
    let grounds = [
        Ground::Serviceman,
        Ground::LawEnforcement,
        Ground::Teacher,
        Ground::Orphan,
    ];
    for channel in CHANNELS {
        let with = |b: kezek_rules::testing::CaseBuilder| {
            grounds.iter().fold(b, |b, &g| b.ground(g)).evaluate_json()
        };
        let a = with(admission(channel, at(2026, 11, 23, 10, 0)));
        let found = a["category"]["grounds"].as_array().expect("grounds");
        assert_eq!(found.len(), grounds.len(), "{channel:?}");
        for g in found {
            assert!(
                g.get("annex1_box").is_none(),
                "{channel:?}: {}",
                serde_json::to_string(g).unwrap()
            );
        }
        let q = with(queue_case(channel, at(2026, 11, 23, 10, 0)));
        for g in q["category"]["grounds"].as_array().expect("grounds") {
            let ground: Ground = serde_json::from_value(g["ground"].clone()).unwrap();
            match ground.annex1_box() {
                Some(n) => assert_eq!(g["annex1_box"], n, "{channel:?}, {ground:?}"),
                None => assert!(g.get("annex1_box").is_none(), "{channel:?}, {ground:?}"),
            }
        }
    }
}

/// The "Why?" of a ground and its proof where the parent declares it (the
/// family step's hint, `Ground::proof_citations`): at admission the proof
/// is asked by cl. 22's second check after the referral, and Annex 4 p. 8
/// lists no priority proof — so the ground's clause and law and cl. 22, not
/// the queue's Annex 2 p. 8 item nor its Annex 1 box (the Annex 5 form has
/// none); the same citations as the admission's category decision gives
/// each ground. At queue registration Annex 2 p. 8's item and Annex 1's box
/// stay (law27, review of law26c, item 5).
#[test]
fn cl22_a_grounds_proof_at_admission_cites_the_second_check_not_annex2_8() {
    use kezek_rules::Service;
    for channel in CHANNELS {
        for &g in Ground::ALL {
            let at_admission = g.proof_citations(Service::Admission, channel);
            assert!(
                at_admission.iter().all(|c| c.annex.is_none()),
                "{channel:?}, {g:?}: {at_admission:?}"
            );
            assert!(
                at_admission.contains(&Citation::clause(22)),
                "{channel:?}, {g:?}"
            );
            let mut b = admission(channel, at(2026, 11, 23, 10, 0)).ground(g);
            if g == Ground::SpecialEducationalNeeds {
                b = b.special_needs(true);
            }
            let d = category::decide(&b.build());
            assert_eq!(d.grounds[0].citations, at_admission, "{channel:?}, {g:?}");

            let at_queue = g.proof_citations(Service::QueueRegistration, channel);
            if g != Ground::LawEnforcement {
                assert!(
                    at_queue.iter().any(|c| c.annex == Some(2)),
                    "{channel:?}, {g:?}: {at_queue:?}"
                );
            }
            if let Some(n) = g.annex1_box() {
                assert!(at_queue.contains(&Citation::annex(1, u16::from(n), None)));
            }
        }
    }
}

/// cl. 22 «мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін …
/// екі рет тексереді», Annex 4 p. 8 item 7 and cl. 16: whether a ground's
/// proof is asked by cl. 22's second check after the referral is the rules'
/// answer (`Ground::proof_check`), not the app's — at admission for every
/// ground but a SEN child's (its PMPC conclusion is Annex 4's own item 7),
/// never at queue registration, and never after cl. 16's referral from the
/// general queue (no priority right is left to check again; the proof then
/// cites cl. 16, not cl. 22). The category decision and the checklist give
/// the same answer (review of journey27/law27, item 2).
#[test]
fn cl22_second_check_of_a_grounds_proof_is_the_rules_answer_not_after_cl16() {
    use kezek_rules::checklist::Condition;
    use kezek_rules::Service;
    for channel in CHANNELS {
        for &g in Ground::ALL {
            let place = format!("{channel:?}, {g:?}");
            let check = g.proof_check(Service::Admission, channel, false);
            // cl. 20 sub. 2: a SEN child's right is a first-priority one, so
            // cl. 22 checks its proof again too (the PMPC conclusion, Annex 4
            // item 7 on the list: not a recheck item, its copy asked on the
            // portal).
            assert!(check.cl22_second_check, "{place}");
            assert_eq!(
                check.recheck_item,
                g != Ground::SpecialEducationalNeeds,
                "{place}"
            );
            assert_eq!(
                check.annex4_portal_asks_no_copy,
                g != Ground::SpecialEducationalNeeds && channel == Channel::EgovPortal,
                "{place}"
            );
            assert_eq!(
                check.citations,
                g.proof_citations(Service::Admission, channel),
                "{place}"
            );
            let after_cl16 = g.proof_check(Service::Admission, channel, true);
            assert!(!after_cl16.cl22_second_check, "{place}");
            assert!(
                after_cl16.citations.contains(&Citation::clause(16)),
                "{place}"
            );
            assert!(
                !after_cl16.citations.contains(&Citation::clause(22)),
                "{place}"
            );
            let queue = g.proof_check(Service::QueueRegistration, channel, false);
            assert!(!queue.cl22_second_check, "{place}");
            assert_eq!(
                queue.citations,
                g.proof_citations(Service::QueueRegistration, channel),
                "{place}"
            );

            for state_preschool in [true, false] {
                let mut b = admission(channel, at(2026, 11, 23, 10, 0))
                    .ground(g)
                    .left_priority_referral(state_preschool, date(2026, 9, 1))
                    .holds_issued(D::Referral, date(2026, 11, 20));
                if g == Ground::SpecialEducationalNeeds {
                    b = b.special_needs(true);
                }
                let case = b.build();
                let d = category::decide(&case);
                let cl16 = d.general_referral_cl16();
                assert_eq!(cl16, state_preschool, "{place}");
                let check = g.proof_check(Service::Admission, channel, cl16);
                assert_eq!(d.grounds[0].citations, check.citations, "{place}, {cl16}");
                let e = kezek_rules::evaluate(&case).unwrap();
                let rechecked = e
                    .checklist
                    .items
                    .iter()
                    .any(|i| i.applies && i.condition == Condition::PriorityRecheck);
                assert_eq!(rechecked, check.recheck_item, "{place}, {cl16}");
                // The PMPC conclusion's second-check note agrees with the answer.
                if g == Ground::SpecialEducationalNeeds {
                    let noted = e.checklist.items.iter().any(|i| {
                        i.applies
                            && i.document == D::PmpcConclusion
                            && i.reasons.contains(&R::DocRecheckCl22)
                    });
                    assert_eq!(noted, check.cl22_second_check, "{place}, {cl16}");
                }
            }
        }
    }
}

/// cl. 22's originals of a priority right (`Checklist::cl22_priority_items`),
/// the documents the originals' line names beside the identity documents:
/// at queue registration every applicable proof of a priority right; at
/// admission the items the second check after the referral asks
/// (`doc.recheck_cl22`) — a SEN child's PMPC conclusion among them — and
/// after cl. 16's referral from the general queue none (review of
/// journey27/law27, item 2).
#[test]
fn cl22_originals_are_the_items_the_second_check_asks_none_after_cl16() {
    for channel in CHANNELS {
        for state_preschool in [None, Some(true)] {
            let mut b = admission(channel, at(2026, 11, 23, 10, 0))
                .ground(Ground::Teacher)
                .ground(Ground::SpecialEducationalNeeds)
                .special_needs(true)
                .holds_issued(D::Referral, date(2026, 11, 20));
            if let Some(s) = state_preschool {
                b = b.left_priority_referral(s, date(2026, 9, 1));
            }
            let e = b.evaluate();
            let docs: Vec<D> = e
                .checklist
                .cl22_priority_items()
                .map(|i| i.document)
                .collect();
            if state_preschool.is_some() {
                assert!(docs.is_empty(), "{channel:?}: {docs:?}");
            } else {
                for d in [
                    D::TeacherWorkplaceCertificate,
                    D::TeacherDiploma,
                    D::PmpcConclusion,
                ] {
                    assert!(docs.contains(&d), "{channel:?}: {docs:?}");
                }
            }
        }
        let e = queue_case(channel, at(2026, 11, 23, 10, 0))
            .ground(Ground::Teacher)
            .ground(Ground::SpecialEducationalNeeds)
            .special_needs(true)
            .evaluate();
        let docs: Vec<D> = e
            .checklist
            .cl22_priority_items()
            .map(|i| i.document)
            .collect();
        assert!(docs.contains(&D::PmpcConclusion), "{channel:?}: {docs:?}");
        assert!(docs.contains(&D::TeacherDiploma), "{channel:?}: {docs:?}");
    }
}
