//! Order No. 414: what the evaluation tells a parent whose answers meet a
//! ground for refusal, and the questions it waits for (the walk of
//! 05.12.2026, p3: guardianship 00402003, adoption 00404004, foster family
//! 00404007). Each test was written before its fix and seen failing.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{evaluate, questions, rules_clause, Evaluation, Request};
use serde_json::json;

fn eval(code: &str, channel: &str, facts: serde_json::Value) -> Evaluation {
    let req = Request::from_json(
        &json!({"service": code, "channel": channel, "as_of": "2026-12-07T10:00", "facts": facts})
            .to_string(),
    )
    .unwrap();
    evaluate(&req, Calendar::builtin()).unwrap()
}

/// The refusing answers of the walk: (service, channel, facts, the ground,
/// the rules' clause of the hearing). Annex 6 row 9 sub. 10 (a single man
/// who did not raise the child for three years), Annex 3 row 9 sub. 10 (an
/// unexpunged conviction for an intentional crime), Annex 11 row 9 sub. 11
/// (income below the subsistence minimum).
fn walk_refusals() -> Vec<(
    &'static str,
    &'static str,
    serde_json::Value,
    &'static str,
    u16,
    u16,
)> {
    vec![
        (
            "00402003",
            "state_corporation",
            json!({"child_birth_date": "2019-03-10", "child_orphan": true, "married": false,
                   "single_man": true, "raised_child_three_years": false}),
            "single-man",
            3,
            11,
        ),
        (
            "00404004",
            "egov_portal",
            json!({"child_birth_date": "2019-03-10", "kazakhstan_citizen_resident": true,
                   "unexpunged_intentional_conviction": true}),
            "conviction",
            2,
            11,
        ),
        (
            "00404007",
            "provider_office",
            json!({"child_birth_date": "2019-03-10", "child_orphan": true,
                   "income_covers_subsistence_minimum": false}),
            "income-below-subsistence",
            3,
            8,
        ),
    ]
}

/// A ground of row 9 the answers meet, the text stating it flatly (no
/// reading note): the evaluation foretells the refusal
/// (`Eligibility::foretold`), which the hand-off says in place of "ready".
#[test]
fn row9_a_ground_met_is_a_refusal_foretold() {
    for (code, channel, facts, ground, _, _) in walk_refusals() {
        let ev = eval(code, channel, facts);
        let el = &ev.eligibility;
        assert!(!el.eligible, "{code}: {el:?}");
        let foretold: Vec<&str> = el.foretold().iter().map(|r| r.code).collect();
        assert_eq!(foretold, [ground], "{code}: {el:?}");
    }
    // Eligible: nothing foretold.
    let ev = eval(
        "00402003",
        "state_corporation",
        json!({"child_birth_date": "2019-03-10", "child_orphan": true}),
    );
    assert!(ev.eligibility.eligible, "{:?}", ev.eligibility);
    assert!(ev.eligibility.foretold().is_empty());
}

/// A reason that rests on Kezek's reading (its reading note: Annex 3, the
/// scope of the rules of order No. 407 read from their title) is a reason
/// of the verdict but not a refusal the text foretells.
#[test]
fn rules_407_title_scope_a_reading_is_not_foretold() {
    let ev = eval(
        "00404004",
        "egov_portal",
        json!({"child_birth_date": "2019-03-10", "kazakhstan_citizen_resident": false}),
    );
    let el = &ev.eligibility;
    assert!(!el.eligible, "{el:?}");
    let reading = el
        .reasons
        .iter()
        .find(|r| r.code == "not-kazakhstan-citizen-resident")
        .unwrap_or_else(|| panic!("{el:?}"));
    assert!(reading.rests_on_reading(), "{reading:?}");
    assert!(
        el.foretold().iter().all(|r| r.code != reading.code),
        "{el:?}"
    );
}

/// Each amended rules' clause (order 158's guardianship cl. 11, foster
/// family cl. 8; rules 407 cl. 11): «… 9-тармағында көрсетілген негіздер
/// бойынша мемлекеттік қызметті көрсетуден бас тарту үшін негіз анықталған
/// кезде, көрсетілетін қызметті беруші … мемлекеттік қызметті көрсету
/// мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей, … бас тарту
/// туралы алдын ала шешім, сондай-ақ … ұстанымын білдіруге мүмкіндік беру
/// үшін тыңдауды өткізу уақыты мен орны туралы хабарламаны жолдайды». A
/// refused applicant is owed that hearing: the evaluation names it with its
/// clause and the notice's last day beside a row-9 ground.
#[test]
fn rules_cl11_a_row9_refusal_comes_with_the_hearing() {
    for (code, channel, facts, _, list_item, clause) in walk_refusals() {
        let ev = eval(code, channel, facts);
        let h = ev.hearing().unwrap_or_else(|| panic!("{code}: no hearing"));
        assert_eq!(h.citation, rules_clause(list_item, clause), "{code}");
        assert_eq!(Some(h.notice_by), ev.due.preliminary_refusal_by, "{code}");
    }
    // No ground met: no hearing to speak of.
    let ev = eval(
        "00402003",
        "state_corporation",
        json!({"child_birth_date": "2019-03-10", "child_orphan": true}),
    );
    assert_eq!(ev.hearing(), None);
    // A reason that is not a row-9 ground (the child in none of Annex 6's
    // two kinds): the clause gives no hearing for it.
    let ev = eval(
        "00402003",
        "state_corporation",
        json!({"child_birth_date": "2019-03-10", "child_orphan": false,
               "child_without_parental_care": false}),
    );
    assert!(!ev.eligibility.reasons.is_empty(), "{:?}", ev.eligibility);
    assert_eq!(ev.hearing(), None, "{:?}", ev.eligibility.reasons);
}

/// Annexes 3, 6 and 11 row 9: «анасының қайтыс болуына … байланысты
/// баланың кемінде үш жыл іс жүзінде тәрбиелену жағдайларын қоспағанда,
/// тіркелген некеде … тұрмайтын ер жынысты адамның өтініші». The three
/// years are asked only after "yes" to the single man (`questions_for`);
/// the verdict's "still to answer" list named them at the start of the
/// adoption screen (p3-00404004-01-start: «Анасы қайтыс болғаннан … кемінде
/// үш жыл тәрбиеледіңіз бе?») though the question was not on it. The list
/// names only questions asked now.
#[test]
fn row9_pending_names_only_the_questions_asked_now() {
    const THREE_YEARS: &str = "raised_child_three_years";
    for code in ["00404004", "00402003", "00404007"] {
        let all = questions(code).unwrap();
        let unanswered: Vec<&str> = all
            .iter()
            .copied()
            .filter(|q| *q != "child_birth_date")
            .collect();
        let ev = eval(
            code,
            "egov_portal",
            json!({"child_birth_date": "2019-03-10", "unanswered": unanswered}),
        );
        let pending = &ev.eligibility.pending;
        assert!(!pending.is_empty(), "{code}");
        assert!(!pending.contains(&THREE_YEARS), "{code}: {pending:?}");
        for q in pending {
            assert!(ev.asked().contains(q), "{code}: {q} not asked");
        }
        // Each pending question's text is the question as this service asks
        // it (the registry question of a married applicant where the list
        // asks no divorce), a message of every language's catalogue — in
        // `pending`'s order, one key each.
        let keys: Vec<Option<&str>> = pending
            .iter()
            .map(|q| kezek_rules::catalogue::question_key_at(code, q))
            .collect();
        assert_eq!(
            ev.eligibility
                .pending_keys
                .iter()
                .copied()
                .map(Some)
                .collect::<Vec<_>>(),
            keys,
            "{code}: {pending:?}"
        );
        for lang in ["kk", "ru", "en"] {
            let ftl = kezek_rules::messages::catalogue_ftl(lang).unwrap();
            for key in &ev.eligibility.pending_keys {
                assert!(
                    ftl.lines().any(|l| l.starts_with(&format!("{key} ="))),
                    "{code} {lang}: no message {key}"
                );
            }
        }
        // "Yes" to the single man: asked, and waited for.
        let ev = eval(
            code,
            "egov_portal",
            json!({"child_birth_date": "2019-03-10", "single_man": true, "unanswered": [THREE_YEARS]}),
        );
        assert!(ev.asked().contains(&THREE_YEARS), "{code}");
        assert_eq!(ev.eligibility.pending, [THREE_YEARS], "{code}");
    }
}
