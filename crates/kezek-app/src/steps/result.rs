//! Step 5: the category, every ground, the queues and the age window, each
//! line with its "why".

use crate::route::Step;
use kezek_rules::category::Category;
use kezek_rules::reason::ReasonCode;
use yew::prelude::*;

use super::{needs_earlier, queue_label, StepProps};
use crate::components::why::Why;

/// What each ground of the category says of its proof ([`super::proof_text`]),
/// in the grounds' order. Two grounds proven the same way (a large family and
/// a disabled child in the family, both through the e-government gateway,
/// Annex 2 p. 8) gave the same long paragraph twice on one screen (walk dump
/// 37): a ground whose text is the one of a ground above says so in a few
/// words instead.
fn ground_proof_texts(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<String> {
    let mut said: Vec<String> = Vec::new();
    // At admission the header has said cl. 22's second check (the rules'
    // headline): the grounds do not say it again.
    let header_said_cl22 = e.category.reasons.iter().any(|r| {
        matches!(
            r,
            ReasonCode::CategoryOutOfTurnAdmission | ReasonCode::CategoryFirstPriorityAdmission
        )
    });
    e.category
        .grounds
        .iter()
        .map(|g| {
            let text = if header_said_cl22 {
                super::proof_text_under_cl22_header(p, g.ground)
            } else {
                super::proof_text(p, g.ground)
            };
            if said.contains(&text) {
                p.t("ui-proof-as-above")
            } else {
                said.push(text.clone());
                text
            }
        })
        .collect()
}

/// A line of the age card.
pub struct AgeLine {
    /// The element's id, where a test or a link finds it.
    pub id: Option<&'static str>,
    /// The text.
    pub text: String,
    /// Said in bold.
    pub strong: bool,
}

/// The age card's lines under its heading (cl. 18, 24 p. 9, 28).
pub fn age_lines(p: &StepProps, e: &kezek_rules::Evaluation) -> Vec<AgeLine> {
    let line = |text: String| AgeLine {
        id: None,
        text,
        strong: false,
    };
    let mut lines = vec![line(p.i18n.t_args(
        "ui-age-now",
        &[
            ("years", e.age.age_years.to_string()),
            ("months", e.age.age_months.to_string()),
        ],
    ))];
    for r in &e.age.reasons {
        match (r, e.age.archive_on) {
            // The archive's day in the line that speaks of it (cl. 18 with
            // cl. 24 p. 9, Kezek's reading, said by the line itself); at
            // admission the rules give none (the child holding a referral
            // has left the queue).
            (
                ReasonCode::AgeArchiveDate
                | ReasonCode::AgeArchiveDatePast
                | ReasonCode::AgeArchiveDateBeforeAcceptance,
                Some(_),
            ) => lines.push(AgeLine {
                id: Some("kz-archive-on"),
                text: super::reason_text(p, e, *r),
                strong: true,
            }),
            // cl. 28's figure right under the reading it is the figure of,
            // above the caveat that calls it "the age above".
            (ReasonCode::AgeReferralAge, _) => {
                lines.push(line(p.t(&r.key())));
                lines.push(line(p.i18n.t_args(
                    "ui-referral-age",
                    &[("years", e.age.referral_age.to_string())],
                )));
            }
            // The day of acceptance's texts with their days (review45);
            // cl. 24 sub. 9's own day, the sixth birthday, beside Kezek's
            // earlier one (review47: one place passes the variables).
            _ => lines.push(line(super::reason_text(p, e, *r))),
        }
    }
    lines
}

/// The queues step 5 lists: every one the rules give, or — for a child
/// out of the queue on every reading (cl. 24 sub. 9: 6 before 1 September
/// and 6 already; cl. 18: 7 on it) — none (`None`): the card says only that
/// the child stands in no queue. Over by Kezek's reading only, the queue the
/// child would belong to is listed (the other reading keeps the child).
fn listed_queues(e: &kezek_rules::Evaluation) -> Option<&[kezek_rules::queues::QueueOption]> {
    // One definition with step 8's filing steps (review45).
    (!e.age.out_of_queue_on_every_reading()).then_some(e.queues.options.as_slice())
}

/// Queue registration for a child out of the queue on every reading of the
/// order (cl. 24 sub. 9: 6 before 1 September and 6 already; cl. 18: 7 on
/// it): step 5 lists no queue ([`listed_queues`]), and its category card
/// names none.
fn out_of_every_queue(e: &kezek_rules::Evaluation) -> bool {
    e.service == kezek_rules::Service::QueueRegistration && listed_queues(e).is_none()
}

/// Step 5's category card's heading: the category the grounds give
/// ([`super::category_heading`]), or — out of every queue
/// ([`out_of_every_queue`]) — that the child stands in no queue, with the
/// clauses: a "General queue" heading over a card that lists no queue told
/// the parent of a queue the child is not in. Step 8's summary names the
/// category by it too.
pub(crate) fn category_card_heading(p: &StepProps, e: &kezek_rules::Evaluation) -> String {
    if out_of_every_queue(e) {
        p.t("ui-category-out-of-queue")
    } else {
        super::category_heading(p, e)
    }
}

/// Step 5's queues card, by its heading.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QueuesCard {
    /// The queues the child can join.
    Join,
    /// Over cl. 18's limit by Kezek's reading only: the queue the child
    /// would belong to, age aside, under the reading's line.
    WouldBe,
}

/// Step 5's queues card ([`QueuesCard`]); none at admission (with a
/// referral the child has left the queue), and none for a child out of
/// every queue ([`out_of_every_queue`]): the category card above says
/// that the child stands in no queue, with the clauses, and the age card
/// below says why — a queues card saying it again under it said "no
/// queue" twice (steps46).
fn queues_card(e: &kezek_rules::Evaluation) -> Option<QueuesCard> {
    if e.service == kezek_rules::Service::Admission || out_of_every_queue(e) {
        None
    } else if e.age.eligible {
        Some(QueuesCard::Join)
    } else {
        Some(QueuesCard::WouldBe)
    }
}

/// Step 5.
#[function_component(ResultStep)]
pub fn result_step(p: &StepProps) -> Html {
    let Ok(e) = p.outcome.as_ref() else {
        return needs_earlier(p);
    };
    let cat = &e.category;
    // With a referral the child has left the queue: the queue's age archive
    // and the registration limits no longer concern the parent.
    let in_queue = e.service != kezek_rules::Service::Admission;
    let queues = queues_card(e);
    let listed = listed_queues(e);
    // Out of every queue: the card says so, with the age's clauses (cl. 18,
    // cl. 24 sub. 9), and no category or ground no queue would count.
    let no_queue = out_of_every_queue(e);
    let cat_class = match cat.category {
        _ if no_queue => "kz-cat-none",
        Category::OutOfTurn => "kz-cat-out-of-turn",
        Category::FirstPriority => "kz-cat-first",
        Category::General => "kz-cat-general",
    };
    html! {
        <>
            if let Some(w) = &e.edition_warning {
                <div class="kz-notice kz-warning" role="alert"><p>{ p.i18n.edition_warning(w) }</p></div>
            }
            if !e.iin.matches_birth_date {
                <div class="kz-notice kz-warning" role="alert"><p>{ p.t(&e.iin.reason.key()) }</p></div>
            }
            <section class={classes!("kz-card", "kz-category", cat_class)} id="kz-category" data-category={cat.category.code()}
                data-out-of-queue={no_queue.then_some("true")}>
                // cl. 20, cl. 22: here the grounds are only declared; their
                // proof is asked at step 6 and the provider confirms the
                // right (cl. 22). Headed as the hand-off's summary names it.
                <h3>{ category_card_heading(p, e) }</h3>
                if no_queue {
                    <Why i18n={p.i18n.clone()} citations={e.age.citations.clone()} />
                } else {
                { for cat.reasons.iter().map(|r| html! { <p>{ p.t(&r.key()) }</p> }) }
                <Why i18n={p.i18n.clone()} citations={cat.citations.clone()} />
                }
                if !no_queue && !cat.grounds.is_empty() {
                    <h4>{ p.t("ui-grounds") }</h4>
                    <ul class="kz-grounds">
                        { for cat.grounds.iter().zip(ground_proof_texts(p, e)).map(|(g, proof)| html! {
                            <li data-ground={g.ground.code()}>
                                <strong>{ p.t(&g.ground.key()) }</strong>
                                <span class="kz-badge">{ p.t(&g.category.key()) }</span>
                                <p class="kz-hint">{ proof }</p>
                                <Why i18n={p.i18n.clone()} citations={g.citations.clone()} />
                            </li>
                        }) }
                    </ul>
                }
            </section>
            // With a referral the child has left the queue: no queues to
            // join; out of every queue, the category card has said so.
            if let (Some(card), Some(listed)) = (queues, listed) {
            <section class="kz-card" id="kz-queues">
                // Past the age limit (cl. 18) the queue is only the one the
                // child would belong to: not one the child can join.
                if card == QueuesCard::Join {
                    <h3>{ p.t("ui-queues") }</h3>
                } else {
                    <h3>{ p.t("ui-queues-would-be") }</h3>
                    // Listed over the limit only while the other reading
                    // keeps the child: over by Kezek's reading only (a child
                    // out of the queue on every reading has no queues card;
                    // the rules' test
                    // cl18_cl24_9_a_child_over_the_limit_and_not_out_on_every_reading_is_over_by_kezeks_reading_only).
                    <p class="kz-warning" id="kz-queues-age">{ p.t("ui-queues-age-bars") }</p>
                }
                <ul>
                    { for listed.iter().map(|o| html! {
                        <li class="kz-queue" data-queue={serde_json::to_string(&o.kind).unwrap_or_default()}>
                            <strong>{ queue_label(p, &o.kind) }</strong>{ format!(" — {}, {}", o.settlement, o.birth_year) }
                            <p class="kz-hint">{ p.t(&o.reason.key()) }</p>
                            <Why i18n={p.i18n.clone()} citations={o.citations.clone()} />
                        </li>
                    }) }
                </ul>
                { for e.queues.reasons.iter().map(|r| html! {
                    <>
                        <p>{ p.t(&r.key()) }</p>
                        // The disorders are chosen on step 2, beside the
                        // PMPC conclusion: say where (cl. 13).
                        if *r == ReasonCode::QueueSpecialNeedsDisorder {
                            <p><a href={Step::Child.hash()} id="kz-choose-disorder">{ p.t("ui-choose-disorder") }</a></p>
                        }
                    </>
                }) }
            </section>
            }
            <section class="kz-card" id="kz-age" data-eligible={e.age.eligible.to_string()}>
                <h3>{ p.t("ui-age") }</h3>
                { for age_lines(p, e).into_iter().map(|l| html! {
                    <p id={l.id}>if l.strong { <strong>{ l.text }</strong> } else { { l.text } }</p>
                }) }
                <Why i18n={p.i18n.clone()} citations={e.age.citations.clone()} />
            </section>
            if in_queue {
                <section class="kz-card" id="kz-limits">
                    <h3>{ p.t("ui-limits") }</h3>
                    { for e.limits.reasons.iter().map(|r| html! { <p>{ p.t(&r.key()) }</p> }) }
                    if let Some(from) = super::cl16_general_from(p, e) { <p id="kz-cl16-from">{ from }</p> }
                    <Why i18n={p.i18n.clone()} citations={e.limits.citations.clone()} />
                </section>
            }
            <section class="kz-card" id="kz-information">
                <h3>{ p.t("ui-information") }</h3>
                { for e.information.iter().map(|i| html! {
                    <div data-reason={i.reason.code()}>
                        <p>{ p.t(&i.reason.key()) }</p>
                        <Why i18n={p.i18n.clone()} citations={i.citations.clone()} />
                    </div>
                }) }
            </section>
        </>
    }
}

#[cfg(test)]
#[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::i18n::{I18n, Lang};
    use crate::steps::tests::{example, props, props_as};

    /// The walk of 05.12 (37c): queue registration on egov.kz on Mon
    /// 30.11.2026 at 21:00, the child born 10.05.2023 (case 01).
    fn walk_37c_queue() -> serde_json::Value {
        let mut case: serde_json::Value = serde_json::from_str(include_str!(
            "../../../kezek-rules/examples/cases/01-portal-general-family.json"
        ))
        .unwrap();
        case["as_of"] = "2026-11-30T21:00".into();
        case
    }

    fn lines_in(case: &serde_json::Value, lang: Lang) -> (Vec<String>, StepProps) {
        let e = example(&case.to_string());
        let mut p = props(e.clone());
        p.i18n = I18n::new(lang);
        (age_lines(&p, &e).into_iter().map(|l| l.text).collect(), p)
    }

    /// cl. 18 with cl. 24 sub. 9 (Kezek's one rule: the queue ends on 1
    /// January): the card's first line on the archive said the application
    /// leaves the queue «в указанный день» / «көрсетілген күні» / "on the
    /// date shown" three paragraphs before the date was shown (walk 37c,
    /// lines 601 and 609). The line that first speaks of it gives the date,
    /// and the date is said once.
    #[test]
    fn cl18_cl24_9_the_age_card_gives_the_archive_date_where_it_first_speaks_of_it() {
        for (lang, archive) in [
            (Lang::En, "archived"),
            (Lang::Ru, "архив"),
            (Lang::Kk, "архив"),
        ] {
            let (lines, _) = lines_in(&walk_37c_queue(), lang);
            let first = lines
                .iter()
                .position(|l| l.contains(archive))
                .expect("a line on the archive");
            assert!(lines[first].contains("01.01.2029"), "{lang:?}: {lines:#?}");
            assert_eq!(
                lines.iter().filter(|l| l.contains("01.01.2029")).count(),
                1,
                "{lang:?}: {lines:#?}"
            );
        }
    }

    /// cl. 24 sub. 9, judged on the day of acceptance (review45): on egov.kz
    /// on Tue 14.04.2026 at 19:00 a child born 15.04.2020 is 5 and turns 6
    /// on 15.04, the day the application is accepted. The card's headline
    /// says those two days (`age.turns_six_by_acceptance`), its variables
    /// filled, not "has already turned 6".
    #[test]
    fn cl24_9_the_age_card_names_the_birthday_and_the_day_of_acceptance() {
        let mut case = walk_37c_queue();
        case["as_of"] = "2026-04-14T19:00".into();
        case["child"]["birth_date"] = "2020-04-15".into();
        case["child"].as_object_mut().unwrap().remove("iin");
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let (lines, _) = lines_in(&case, lang);
            let headline = &lines[1];
            assert!(
                headline.matches("15.04.2026").count() == 2 && !headline.contains('$'),
                "{lang:?}: {lines:#?}"
            );
        }
    }

    /// cl. 24 sub. 9: for a child born 10.03.2021 the card said «кезекте
    /// тұра алады» and the queue's end «01.01.2027» (Kezek's reading), with no
    /// word of the order's own day, the sixth birthday (walk of 05.12.2026).
    /// The line after the archive's gives it, with its date.
    #[test]
    fn cl24_9_the_age_card_gives_the_orders_own_day_beside_kezeks() {
        let mut case = walk_37c_queue();
        case["as_of"] = "2026-12-05T10:00".into();
        case["child"]["birth_date"] = "2021-03-10".into();
        case["child"].as_object_mut().unwrap().remove("iin");
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            let (lines, _) = lines_in(&case, lang);
            let at = lines
                .iter()
                .position(|l| l.contains("01.01.2027"))
                .expect("the archive's line");
            assert!(
                lines.get(at + 1).is_some_and(|l| l.contains("10.03.2027")),
                "{lang:?}: {lines:#?}"
            );
            assert!(
                lines.iter().all(|l| !l.contains("{")),
                "{lang:?}: {lines:#?}"
            );
        }
    }

    /// cl. 24 sub. 9 with cl. 18: for a child six before 1 September
    /// (the walk of 05.12.2026, born 05.02.2020) step 5 listed no queue,
    /// but its category card was still headed «Жалпы кезек» / "General
    /// queue" (steps44 left it open). The card says the child stands in no
    /// queue, citing cl. 18 and cl. 24 sub. 9; a child in the queue keeps
    /// the category's heading.
    #[test]
    fn cl24_9_step_5s_category_card_says_a_child_6_before_1_september_stands_in_no_queue() {
        let mut case = walk_37c_queue();
        case["as_of"] = "2026-12-05T10:00".into();
        case["child"]["birth_date"] = "2020-02-05".into();
        case["child"].as_object_mut().unwrap().remove("iin");
        for (lang, clause) in [
            (Lang::En, "cl. 24 sub. 9"),
            (Lang::Ru, "подпункт 9) пункта 24"),
            (Lang::Kk, "24-тармақтың 9) тармақшасы"),
        ] {
            let e = example(&case.to_string());
            let mut p = props(e.clone());
            p.i18n = I18n::new(lang);
            let heading = category_card_heading(&p, &e);
            assert_ne!(heading, p.t("ui-category-general"), "{lang:?}");
            assert_ne!(heading, p.t("ui-queue-general"), "{lang:?}");
            assert!(heading.contains(clause), "{lang:?}: {heading}");
            // In the queue: the category, as before.
            let e = example(&walk_37c_queue().to_string());
            assert_eq!(
                category_card_heading(&p, &e),
                p.t("ui-category-general"),
                "{lang:?}"
            );
        }
    }

    /// cl. 18, cl. 24 sub. 9: the walk of 05.12.2026 (kk, born 05.02.2020,
    /// 6 years 10 months) read «өтініштің кезектен шығатын … күні —
    /// 01.01.2026» and «балаңыз үшін бұл 05.02.2026» as days to come, and
    /// the other reading of cl. 18 offered as help («өтініш беруге
    /// болады»), though cl. 24 sub. 9 archives the application of a child
    /// who turned 6 before 1 September. Now both days are said as past, the
    /// card's headline says the child is out on either reading, and the
    /// queues' card says it flatly; a child not yet 6 keeps Kezek's reading.
    #[test]
    fn cl24_9_the_age_card_of_a_child_6_before_1_september_says_past_days_as_past() {
        let mut case = walk_37c_queue();
        case["as_of"] = "2026-12-05T10:00".into();
        case["child"]["birth_date"] = "2020-02-05".into();
        case["child"].as_object_mut().unwrap().remove("iin");
        for (lang, was, may_apply) in [
            (Lang::Kk, "болды", "өтініш беруге болады"),
            (Lang::Ru, "было", "подать заявление можно"),
            (Lang::En, "was", "you may apply"),
        ] {
            let (lines, _) = lines_in(&case, lang);
            for day in ["01.01.2026", "05.02.2026"] {
                let line = lines
                    .iter()
                    .find(|l| l.contains(day))
                    .unwrap_or_else(|| panic!("{lang:?} {day}: {lines:#?}"));
                assert!(
                    line.contains(was) || line.contains("наступил"),
                    "{lang:?}: {line}"
                );
            }
            assert!(
                lines
                    .iter()
                    .all(|l| !l.contains(may_apply) && !l.contains('{')),
                "{lang:?}: {lines:#?}"
            );
            assert!(
                lines.iter().any(|l| l.contains("24")),
                "{lang:?}: {lines:#?}"
            );
        }
        // The category card says it flatly (no queues card under it: steps46).
        let e = example(&case.to_string());
        assert_eq!(queues_card(&e), None);
        let p = props(e.clone());
        assert_eq!(
            category_card_heading(&p, &e),
            p.t("ui-category-out-of-queue")
        );
        // On 20.01.2026, not yet 6: Kezek's reading, the order's day to come.
        case["as_of"] = "2026-01-20T10:00".into();
        let e = example(&case.to_string());
        assert!(e.age.over_by_kezeks_reading_only(), "{:?}", e.age);
        assert_eq!(queues_card(&e), Some(QueuesCard::WouldBe));
        let (lines, _) = lines_in(&case, Lang::En);
        let order = lines.iter().find(|l| l.contains("05.02.2026")).unwrap();
        assert!(!order.contains("was"), "{order}");
    }

    /// cl. 24 sub. 9, cl. 18: for a child out of the queue on every reading
    /// (born 05.02.2020, on 05.12.2026: 6 before 1 September), step 5's
    /// queues card said "the child does not stand in the queue on any
    /// reading" and listed "General queue — Астана, 2020" under it. No queue
    /// is listed for such a child; over by Kezek's reading only (the other
    /// reading keeps the child) the queue it would belong to stays.
    #[test]
    fn cl24_9_step_5_lists_no_queue_for_a_child_out_of_it_on_every_reading() {
        let mut case = walk_37c_queue();
        case["as_of"] = "2026-12-05T10:00".into();
        case["child"]["birth_date"] = "2020-02-05".into();
        case["child"].as_object_mut().unwrap().remove("iin");
        let e = example(&case.to_string());
        assert!(!e.queues.options.is_empty());
        assert!(listed_queues(&e).is_none(), "{:?}", e.queues.options);
        // No queues card either: the category card says it (steps46).
        assert_eq!(queues_card(&e), None);
        // Over by Kezek's reading only, not yet 6 (20.01.2026).
        case["as_of"] = "2026-01-20T10:00".into();
        let e = example(&case.to_string());
        assert_eq!(
            listed_queues(&e).map(<[_]>::len),
            Some(e.queues.options.len())
        );
    }

    /// cl. 24 sub. 9 with cl. 18: for a child out of every queue step 5
    /// said "no queue" twice — the category card's heading («Кезек жоқ: …
    /// кез келген оқылымы бойынша кезекте тұрмайды (18-тармақ, 24-тармақтың
    /// 9) тармақшасы)») and, right under it, the queues card («Бала тұра
    /// алатын кезек жоқ», «…кез келген оқылымы бойынша кезекте тұрмайды»).
    /// Said once, in the category card (step 8's summary names it so too):
    /// no queues card. Over by Kezek's reading only, the card stays with the
    /// queue the child would belong to; a child in the queue keeps it.
    #[test]
    fn cl24_9_step_5_says_no_queue_once() {
        let mut case = walk_37c_queue();
        case["as_of"] = "2026-12-05T10:00".into();
        case["child"]["birth_date"] = "2020-02-05".into();
        case["child"].as_object_mut().unwrap().remove("iin");
        let e = example(&case.to_string());
        assert!(out_of_every_queue(&e));
        assert_eq!(
            queues_card(&e),
            None,
            "the queues card under the category's"
        );
        // Not yet 6 (20.01.2026): over by Kezek's reading only.
        case["as_of"] = "2026-01-20T10:00".into();
        assert_eq!(
            queues_card(&example(&case.to_string())),
            Some(QueuesCard::WouldBe)
        );
        assert_eq!(
            queues_card(&example(&walk_37c_queue().to_string())),
            Some(QueuesCard::Join)
        );
        let admission = example(&crate::steps::tests::walk_37c_admission().to_string());
        assert_eq!(queues_card(&admission), None);
    }

    /// cl. 28: the caveat on the clause calls the referral age "the age
    /// above" («Жоғарыдағы жас», «Указанный возраст»), but the card said it
    /// below the caveat (walk 37c, lines 607 and 611): it comes right after
    /// the reading it is the figure of. For a SEN child with a PMPC
    /// conclusion not over 6 on 1 September, neither reading of cl. 28
    /// counts the calendar-year age: no such figure is given (walk 37c,
    /// admission, line 111).
    #[test]
    fn cl28_the_referral_age_comes_above_the_caveat_and_not_where_neither_reading_gives_it() {
        let mut admission = crate::steps::tests::walk_37c_admission();
        admission["child"]["special_educational_needs"] = false.into();
        admission["child"]["pmpc_conclusion"] = false.into();
        admission["child"]
            .as_object_mut()
            .unwrap()
            .remove("disorders");
        admission["documents"].as_array_mut().unwrap().remove(1);
        for lang in [Lang::En, Lang::Ru, Lang::Kk] {
            for (case, caveat) in [
                (walk_37c_queue(), ReasonCode::AgeCl28Unclear),
                (admission.clone(), ReasonCode::AgeCl28UnclearAdmission),
            ] {
                let (lines, p) = lines_in(&case, lang);
                let age = p.i18n.t_args("ui-referral-age", &[("years", "3".into())]);
                let at = |t: &str| lines.iter().position(|l| l == t);
                let (age_at, caveat_at) = (at(&age), at(&p.t(&caveat.key())));
                assert!(
                    age_at.is_some() && caveat_at.is_some() && age_at < caveat_at,
                    "{lang:?}: {lines:#?}"
                );
            }
            let (lines, p) = lines_in(&crate::steps::tests::walk_37c_admission(), lang);
            let age = p.i18n.t_args("ui-referral-age", &[("years", "3".into())]);
            assert!(!lines.contains(&age), "{lang:?}: {lines:#?}");
            assert!(
                lines.contains(&p.t(&ReasonCode::AgeReferralAgeSenPmpc.key())),
                "{lang:?}: {lines:#?}"
            );
        }
    }

    /// Annex 2 p. 8 («…мектепке дейінгі ұйымға бірінші кезекте орын алу
    /// құқығын растайтын құжат туралы мәліметтерді көрсетілетін қызметті
    /// алушы … "электрондық үкімет" шлюзі арқылы алады»): on egov.kz a large
    /// family with a disabled child in it has two grounds proven through the
    /// gateway; step 5 said the gateway's paragraph under each, the same
    /// words twice (walk dump 37, lines 623 and 646). The second now says
    /// "as for the ground above", in every language.
    #[test]
    fn annex2_8_two_grounds_proven_the_same_way_say_it_once() {
        let e = example(
            r#"{
                "service": "00403001",
                "channel": "egov_portal",
                "as_of": "2026-11-29T10:00",
                "applicant": {"role": "parent", "iin": "900315410004"},
                "child": {"iin": "230510512343", "birth_date": "2023-05-10", "settlement": "Қарағанды"},
                "family": {"large_family": true, "disabled_child_in_family": true},
                "consent": true
            }"#,
        );
        assert_eq!(e.category.grounds.len(), 2);
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let p = props_as(
                e.clone(),
                lang,
                kezek_rules::Service::QueueRegistration,
                kezek_rules::Channel::EgovPortal,
            );
            let texts = ground_proof_texts(&p, &e);
            assert_eq!(
                texts[0],
                crate::steps::proof_text(&p, e.category.grounds[0].ground)
            );
            assert_ne!(texts[0], texts[1], "{lang:?}: the same paragraph twice");
            assert_eq!(texts[1], p.t("ui-proof-as-above"), "{lang:?}");
        }
    }

    /// cl. 20 p. 1 with Annex 2 p. 8 sub. 4: at queue registration step 5
    /// said "bring the workplace certificate" twice for the law-enforcement
    /// ground — at the end of the category's line on the form's box
    /// (`category.law_enforcement_no_form_box`) and in the ground's proof
    /// with Kezek's reading that it is asked by analogy
    /// (`doc.law_enforcement_reading`; walkthrough of session 40). Said
    /// once, under the ground, with the reading.
    #[test]
    fn cl20_1_step_5_says_the_law_enforcement_certificate_once() {
        let e = example(include_str!(
            "../../../kezek-rules/examples/cases/07-portal-law-enforcement-officer.json"
        ));
        assert!(e
            .category
            .reasons
            .contains(&ReasonCode::CategoryLawEnforcementNoFormBox));
        for (lang, certificate) in [
            (Lang::Kk, "анықтама"),
            (Lang::Ru, "справк"),
            (Lang::En, "certificate"),
        ] {
            for channel in [
                kezek_rules::Channel::EgovPortal,
                kezek_rules::Channel::ProviderOffice,
            ] {
                let p = props_as(
                    e.clone(),
                    lang,
                    kezek_rules::Service::QueueRegistration,
                    channel,
                );
                let category: Vec<String> =
                    e.category.reasons.iter().map(|r| p.t(&r.key())).collect();
                let grounds = ground_proof_texts(&p, &e);
                let said = |texts: &[String]| {
                    texts
                        .iter()
                        .filter(|t| t.to_lowercase().contains(certificate))
                        .count()
                };
                assert_eq!(said(&category), 0, "{lang:?}: {category:#?}");
                assert_eq!(said(&grounds), 1, "{lang:?}: {grounds:#?}");
                assert!(
                    grounds[0].contains(&p.t(&ReasonCode::DocLawEnforcementReading.key())),
                    "{lang:?}: {grounds:#?}"
                );
            }
        }
    }

    /// cl. 22 at admission (walk 37c, a SEN child with a PMPC conclusion and
    /// a disabled parent at the desk): step 5's header says the second check
    /// after the referral; each ground under it said it again. Once, in the
    /// header.
    #[test]
    fn cl22_second_check_said_once_on_step_5_at_admission() {
        let e = example(&crate::steps::tests::walk_37c_admission().to_string());
        assert!(e.category.grounds.len() >= 2);
        for (lang, words) in [
            (Lang::Kk, "бұл құқықты екінші рет тексереді"),
            (Lang::Ru, "повторно проверяет это право"),
            (Lang::En, "checks this right a second time"),
        ] {
            let p = props_as(
                e.clone(),
                lang,
                kezek_rules::Service::Admission,
                kezek_rules::Channel::ProviderOffice,
            );
            let mut texts: Vec<String> = e.category.reasons.iter().map(|r| p.t(&r.key())).collect();
            let grounds = ground_proof_texts(&p, &e);
            texts.extend(grounds.iter().cloned());
            let said = texts
                .iter()
                .map(|t| t.matches(words).count())
                .sum::<usize>();
            assert_eq!(
                said, 1,
                "{lang:?}: cl. 22's second check said {said} times on step 5: {texts:#?}"
            );
            // Each ground still says what to show and by when.
            for g in &grounds {
                assert!(
                    g.contains('5') || *g == p.t("ui-proof-as-above"),
                    "{lang:?}: {g}"
                );
            }
        }
    }
}
