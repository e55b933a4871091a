//! Order No. 414: a question about another answer (the marriage's registry
//! record, a marriage abroad, the registry record of a parent's absence of
//! care) is asked only where the answers given leave it able to change
//! something — never after "no" to the marriage it is about, and never in
//! the prepared application (walkthrough of helper172: «Если есть брак
//! (развод): он зарегистрирован в ЗАГС Казахстана? Да» beside «Вы состоите
//! в браке? Нет»).

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{
    evaluate, prepare_said, questions, questions_for, Applicant, Child, Request, ServiceChannel,
};
use kezek_rules::testing::family_facts as facts;
use serde_json::json;

const MARRIAGE_REGISTRY: &str = "marriage_in_civil_registry";

fn asked(code: &str, f: serde_json::Value) -> Vec<&'static str> {
    questions_for(code, &facts(f)).unwrap()
}

/// Annex 17 and 18 row 8 item 4 «неке қию немесе некені бұзу туралы
/// куәліктің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған жағдайда)»: the
/// registry question is about a marriage or a divorce; "no" to both leaves
/// no certificate, so no question.
#[test]
fn ann17_ann18_row8_item4_registry_question_only_after_a_marriage_or_divorce() {
    for code in ["00403008", "00403009"] {
        assert!(
            questions(code).unwrap().contains(&MARRIAGE_REGISTRY),
            "{code}"
        );
        let never = asked(code, json!({"married": false, "divorced": false}));
        assert!(!never.contains(&MARRIAGE_REGISTRY), "{code}: {never:?}");
        for yes in ["married", "divorced"] {
            let q = asked(code, json!({ yes: true }));
            assert!(q.contains(&MARRIAGE_REGISTRY), "{code} {yes}: {q:?}");
        }
        // Neither answered yet: it waits for them (it was asked before
        // them until the walk of 05.12.2026).
        let open = asked(code, json!({"unanswered": ["married", "divorced"]}));
        assert!(!open.contains(&MARRIAGE_REGISTRY), "{code}: {open:?}");
    }
}

/// Annex 6 row 8 item 5 (and Annex 11, Annex 20's lists): the marriage
/// certificate «АХАЖ АЖ … не Қазақстан Республикасынан тыс жерде некеге
/// тұрған жағдайда» is the married applicant's: neither the registry nor
/// the marriage-abroad question is asked of an applicant who is not married
/// (a divorce does not call for it there).
#[test]
fn ann6_row8_item5_marriage_questions_only_for_a_married_applicant() {
    for code in ["00402003", "00404007", "00402013"] {
        let all = questions(code).unwrap();
        assert!(all.contains(&MARRIAGE_REGISTRY), "{code}: {all:?}");
        let single = asked(code, json!({"married": false, "divorced": true}));
        assert!(!single.contains(&MARRIAGE_REGISTRY), "{code}: {single:?}");
        assert!(!single.contains(&"married_abroad"), "{code}: {single:?}");
        let married = asked(
            code,
            json!({"married": true, "unanswered": [MARRIAGE_REGISTRY, "married_abroad"]}),
        );
        assert!(married.contains(&MARRIAGE_REGISTRY), "{code}: {married:?}");
        assert!(married.contains(&"married_abroad"), "{code}: {married:?}");
        // A follow-up turns on what it is about, not on its sibling's answer.
        let abroad = asked(
            code,
            json!({"married": true, "married_abroad": true, "marriage_in_civil_registry": true}),
        );
        assert!(abroad.contains(&MARRIAGE_REGISTRY), "{code}: {abroad:?}");
        assert!(abroad.contains(&"married_abroad"), "{code}: {abroad:?}");
    }
}

/// Annex 5 row 8 item 3: the registry record of a parent's absence of care
/// («Это подтверждается записью ЗАГС…») is asked only after "yes" to one
/// parent not caring.
#[test]
fn ann5_row8_item3_registry_record_question_only_after_a_parent_not_caring() {
    let code = "00402004";
    assert!(questions(code)
        .unwrap()
        .contains(&"not_caring_in_civil_registry"));
    let no = asked(code, json!({"one_parent_not_caring": false}));
    assert!(!no.contains(&"not_caring_in_civil_registry"), "{no:?}");
    let yes = asked(code, json!({"one_parent_not_caring": true}));
    assert!(yes.contains(&"not_caring_in_civil_registry"), "{yes:?}");
}

/// The prepared application and the evaluation's unknown inputs leave the
/// question out where it does not apply, even when a stale answer (from
/// another service's screen) is in the facts.
#[test]
fn ann17_row8_item4_prepared_application_leaves_the_registry_answer_out_for_a_never_married_parent()
{
    let f = facts(
        json!({"married": false, "divorced": false, "marriage_in_civil_registry": true,
        "family_receives_targeted_social_assistance": true}),
    );
    assert!(!f
        .unknown_inputs("00403008")
        .unwrap()
        .contains(&MARRIAGE_REGISTRY));
    let open =
        facts(json!({"married": false, "divorced": false, "unanswered": [MARRIAGE_REGISTRY]}));
    assert!(!open
        .unknown_inputs("00403008")
        .unwrap()
        .contains(&MARRIAGE_REGISTRY));
    let req = Request {
        service: "00403008".into(),
        channel: ServiceChannel::PORTAL,
        variant: None,
        as_of: kezek_rules::testing::at(2026, 12, 15, 10, 0),
        facts: f,
        documents_held: None,
        applicant: None,
        child: None,
        facts_given: Vec::new(),
    };
    let eval = evaluate(&req, Calendar::builtin()).unwrap();
    let said = [
        "married",
        "divorced",
        MARRIAGE_REGISTRY,
        "family_receives_targeted_social_assistance",
    ];
    let out = prepare_said(
        &req,
        &eval,
        &said,
        &Applicant {
            full_name: None,
            iin: None,
            address: None,
        },
        &Child::default(),
    );
    let kept = out.application["facts"].as_object().unwrap();
    assert!(kept.contains_key("married"), "{kept:?}");
    assert!(!kept.contains_key(MARRIAGE_REGISTRY), "{kept:?}");
}

/// Annex 17 and 18 row 8 item 4 «неке қию немесе некені бұзу туралы
/// куәліктің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған жағдайда)»: one
/// certificate, of the marriage or of the divorce; no other line or ground
/// of these annexes reads a divorce. A married applicant's answer about a
/// divorce changes nothing, so after "married: yes" it is not asked; after
/// "no" it is, and before the marriage is answered it waits for it. Only
/// these two services ask it.
#[test]
fn ann17_ann18_row8_item4_divorce_question_not_asked_after_married_yes() {
    let asking: Vec<&str> = kezek_rules::catalogue::catalogue()
        .iter()
        .map(|e| e.code)
        .filter(|c| questions(c).unwrap().contains(&"divorced"))
        .collect();
    assert_eq!(asking, ["00403008", "00403009"]);
    for code in asking {
        let married = asked(code, json!({"married": true, "unanswered": ["divorced"]}));
        assert!(!married.contains(&"divorced"), "{code}: {married:?}");
        let stale = asked(code, json!({"married": true, "divorced": true}));
        assert!(!stale.contains(&"divorced"), "{code}: {stale:?}");
        let not = asked(code, json!({"married": false, "unanswered": ["divorced"]}));
        assert!(not.contains(&"divorced"), "{code}: {not:?}");
        let open = asked(code, json!({"unanswered": ["married", "divorced"]}));
        assert!(!open.contains(&"divorced"), "{code}: {open:?}");
        // The registry question still follows a divorce of an unmarried parent.
        let div = asked(code, json!({"married": false, "divorced": true}));
        assert!(div.contains(&MARRIAGE_REGISTRY), "{code}: {div:?}");
        // The unknown inputs of the evaluation leave it out too.
        let f = facts(json!({"married": true, "unanswered": ["divorced"]}));
        assert!(
            !f.unknown_inputs(code).unwrap().contains(&"divorced"),
            "{code}"
        );
    }
}

/// The questions a request's answers leave to ask, as the evaluation's
/// `unknown_inputs` and the prepared application's `facts` show them,
/// pinned for a few requests (the follow-ups asked and not asked): the
/// prepared application reads them from the evaluation, not anew.
#[test]
fn follow_ups_the_evaluation_and_the_prepared_application_show_pinned() {
    let cases = [
        (
            json!({"service": "00403008", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"married": true, "divorced": true, "unanswered": [MARRIAGE_REGISTRY]},
                "child": {"iin": "230510512343"}}),
            json!(["marriage_in_civil_registry"]),
            json!({"married": true}),
        ),
        (
            json!({"service": "00403009", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"married": false, "divorced": false, "marriage_in_civil_registry": false,
                    "family_receives_targeted_social_assistance": true}}),
            json!([]),
            json!({"married": false, "divorced": false,
                "family_receives_targeted_social_assistance": true}),
        ),
        (
            json!({"service": "00403008", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"married": false, "divorced": true, "marriage_in_civil_registry": false}}),
            json!([]),
            json!({"married": false, "divorced": true, "marriage_in_civil_registry": false}),
        ),
        (
            json!({"service": "00402003", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"married": false, "married_abroad": true, "marriage_in_civil_registry": true,
                    "unanswered": ["applicant_has_training"]}}),
            json!(["child_birth_date", "applicant_has_training"]),
            json!({"married": false}),
        ),
        (
            json!({"service": "00402003", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"married": true, "married_abroad": true, "unanswered": [MARRIAGE_REGISTRY]}}),
            json!(["child_birth_date", "marriage_in_civil_registry"]),
            json!({"married": true, "married_abroad": true}),
        ),
        (
            json!({"service": "00402004", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"one_parent_not_caring": false, "not_caring_in_civil_registry": false}}),
            json!(["child_birth_date"]),
            json!({"one_parent_not_caring": false}),
        ),
        (
            json!({"service": "00402004", "channel": "egov_portal", "as_of": "2026-12-15T10:00",
                "facts": {"unanswered": ["one_parent_not_caring"], "not_caring_in_civil_registry": false}}),
            json!(["child_birth_date", "one_parent_not_caring"]),
            // The registry question waits for the answer it follows: an
            // answer given to it before is not said.
            json!({}),
        ),
    ];
    for (request, unknown, kept) in cases {
        let req = Request::from_json(&request.to_string()).unwrap();
        let eval = evaluate(&req, Calendar::builtin()).unwrap();
        let prepared = kezek_rules::catalogue::prepare(&req, &eval);
        assert_eq!(json!(eval.unknown_inputs), unknown, "{request}");
        assert_eq!(prepared.application["facts"], kept, "{request}");
    }
}

/// Annex 17 and 18 row 8 item 4: one certificate, «неке қию немесе некені
/// бұзу туралы куәліктің көшірмесі (АХАЖ АЖ-да мәліметтер болмаған
/// жағдайда)». A remarried parent (married now, divorced before) was asked
/// «Если есть брак (развод): он зарегистрирован в ЗАГС Казахстана?» — a
/// question about two records at once, either of which they could answer
/// about. Reading (the text names no order between them): the married
/// applicant's certificate is the current marriage's — the divorce question
/// is not asked after "married: yes" and adds no line —, and the one of a
/// parent not married now is the ended marriage's or its divorce's. The
/// question names which: the current marriage, else the ended marriage or
/// the divorce. Annex 6 row 8 item 5, Annex 11 and Annex 20 ask it of a
/// married applicant only, about the marriage: the same words fit.
#[test]
fn ann17_ann18_row8_item4_registry_question_names_the_current_marriage_of_a_remarried_parent() {
    use kezek_rules::messages::{catalogue_ftl, message_value};
    let remarried = asked(
        "00403008",
        json!({"married": true, "divorced": true, "unanswered": [MARRIAGE_REGISTRY]}),
    );
    assert!(remarried.contains(&MARRIAGE_REGISTRY), "{remarried:?}");
    assert!(!remarried.contains(&"divorced"), "{remarried:?}");
    for (lang, current, otherwise, divorce) in [
        ("kk", "Қазіргі некеңіз", "некеде болмасаңыз", "ажырасу"),
        ("ru", "нынешний брак", "не в браке", "развод"),
        ("en", "current marriage", "not married now", "divorce"),
    ] {
        let q =
            message_value(catalogue_ftl(lang).unwrap(), "q-marriage-in-civil-registry").unwrap();
        for part in [current, otherwise, divorce] {
            assert!(q.contains(part), "{lang}: {q} names «{part}»");
        }
    }
}

/// Annex 17 and 18 row 8 item 5: the category is «отбасыларда
/// тәрбиеленетін жетім балалар, ата-анасының қамқорлығынсыз қалған
/// балалар» — being brought up in a family matters only for an orphan or a
/// child left without parental care (walkthrough of 05.12.2026: an ordinary
/// family was asked whether the child is brought up «in a family (under
/// guardianship, patronage or in a foster family)» and could not tell how
/// to answer). It is asked after "yes" to either; not after "no" to both,
/// nor while both are open (it waits for them).
#[test]
fn ann17_ann18_row8_item5_brought_up_in_family_asked_only_after_orphan_or_without_care() {
    const IN_FAMILY: &str = "child_brought_up_in_family";
    for code in ["00403008", "00403009"] {
        assert!(questions(code).unwrap().contains(&IN_FAMILY), "{code}");
        let ordinary = asked(
            code,
            json!({"child_orphan": false, "child_without_parental_care": false,
                   "unanswered": [IN_FAMILY]}),
        );
        assert!(!ordinary.contains(&IN_FAMILY), "{code}: {ordinary:?}");
        for yes in ["child_orphan", "child_without_parental_care"] {
            let q = asked(code, json!({ yes: true, "unanswered": [IN_FAMILY] }));
            assert!(q.contains(&IN_FAMILY), "{code} {yes}: {q:?}");
        }
        let open = asked(
            code,
            json!({"unanswered": ["child_orphan", "child_without_parental_care", IN_FAMILY]}),
        );
        assert!(!open.contains(&IN_FAMILY), "{code}: {open:?}");
        // Not in the evaluation's unknown inputs of an ordinary family either.
        let f = facts(
            json!({"child_orphan": false, "child_without_parental_care": false,
                             "unanswered": [IN_FAMILY]}),
        );
        assert!(
            !f.unknown_inputs(code).unwrap().contains(&IN_FAMILY),
            "{code}"
        );
    }
}

/// Annex 3, 6 and 11 row 9 (the suitability grounds, Marriage and Family
/// Code art. 91): «анасының қайтыс болуына немесе оның ата-ана құқығынан
/// айырылуына байланысты баланың кемінде үш жыл іс жүзінде тәрбиелену
/// жағдайларын қоспағанда, тіркелген некеде (ерлі-зайыптылықта) тұрмайтын
/// ер жынысты адамның өтініші» — the three years are the exception of a man
/// not in a registered marriage only. The walk of 05.12.2026 (foster family,
/// 00404007) asked «Вы воспитываете ребенка не менее трех лет после смерти
/// (лишения прав) матери?» of every applicant, a woman or a married one too.
/// It is asked after "yes" to «Вы мужчина, не состоящий в зарегистрированном
/// браке?», not before it is answered nor after "no".
#[test]
fn row9_single_man_three_years_asked_only_after_yes_to_the_single_man_question() {
    const THREE_YEARS: &str = "raised_child_three_years";
    let asking: Vec<&str> = kezek_rules::catalogue::catalogue()
        .iter()
        .map(|e| e.code)
        .filter(|c| questions(c).unwrap().contains(&THREE_YEARS))
        .collect();
    assert!(asking.contains(&"00404007"), "{asking:?}");
    for code in asking {
        let no = asked(
            code,
            json!({"single_man": false, "unanswered": [THREE_YEARS]}),
        );
        assert!(!no.contains(&THREE_YEARS), "{code}: {no:?}");
        let open = asked(code, json!({"unanswered": ["single_man", THREE_YEARS]}));
        assert!(!open.contains(&THREE_YEARS), "{code}: {open:?}");
        let yes = asked(
            code,
            json!({"single_man": true, "unanswered": [THREE_YEARS]}),
        );
        assert!(yes.contains(&THREE_YEARS), "{code}: {yes:?}");
    }
}

/// A question about another answer waits for that answer: it is asked once
/// the answers given make it matter, not while what it is about is still
/// open (the walk of 05.12.2026, foster family: «Ваш нынешний брак (если
/// сейчас вы не в браке — прекращенный брак или развод) зарегистрирован в
/// ЗАГС Казахстана?» stood above an unanswered «Вы состоите в браке?» and
/// went away after "no" — Annex 11 row 8 item 3 asks the certificate of a
/// married applicant only). Where it is about either of two answers (the
/// registry of a marriage or a divorce, Annex 17 and 18 row 8 item 4; a
/// family upbringing of an orphan or a child without care, item 5), "yes"
/// to one is enough.
#[test]
fn follow_ups_wait_for_the_answer_they_are_about() {
    let foster = asked(
        "00404007",
        json!({"unanswered": ["married", MARRIAGE_REGISTRY, "married_abroad"]}),
    );
    assert!(!foster.contains(&MARRIAGE_REGISTRY), "{foster:?}");
    assert!(!foster.contains(&"married_abroad"), "{foster:?}");
    for code in ["00403008", "00403009"] {
        let open = asked(
            code,
            json!({"unanswered": ["married", "divorced", MARRIAGE_REGISTRY]}),
        );
        assert!(!open.contains(&"divorced"), "{code}: {open:?}");
        assert!(!open.contains(&MARRIAGE_REGISTRY), "{code}: {open:?}");
        let married = asked(
            code,
            json!({"married": true, "unanswered": ["divorced", MARRIAGE_REGISTRY]}),
        );
        assert!(married.contains(&MARRIAGE_REGISTRY), "{code}: {married:?}");
        let not = asked(
            code,
            json!({"married": false, "unanswered": ["divorced", MARRIAGE_REGISTRY]}),
        );
        assert!(not.contains(&"divorced"), "{code}: {not:?}");
        assert!(!not.contains(&MARRIAGE_REGISTRY), "{code}: {not:?}");
        let orphan = asked(
            code,
            json!({"child_orphan": true,
                   "unanswered": ["child_without_parental_care", "child_brought_up_in_family"]}),
        );
        assert!(
            orphan.contains(&"child_brought_up_in_family"),
            "{code}: {orphan:?}"
        );
    }
    let open = asked(
        "00402004",
        json!({"unanswered": ["one_parent_not_caring", "not_caring_in_civil_registry"]}),
    );
    assert!(!open.contains(&"not_caring_in_civil_registry"), "{open:?}");
}

/// Annexes 3, 6 and 11 row 9: the refusal of «тіркелген некеде
/// (ерлі-зайыптылықта) тұрмайтын ер жынысты адамның өтініші». A married
/// applicant — «Сіз некеде тұрасыз ба?» "yes", whose marriage certificate
/// (row 8 item 5: registered in Kazakhstan or abroad) the same lists ask —
/// is not a person «not in a registered marriage» (Kezek's reading of
/// "married": the marriage the lists' certificate is of). The guardianship
/// (00402003) and foster family (00404007) screens still asked him «Вы
/// мужчина, не состоящий в зарегистрированном браке?». That question now
/// waits for the answer to the marriage and is asked after "no" only, and a
/// stale "yes" beside a marriage is no ground; where no marriage question is
/// asked (adoption registration, 00404004) it is asked as before.
#[test]
fn ann6_ann11_row9_the_single_man_question_is_not_asked_of_a_married_applicant() {
    const SINGLE_MAN: &str = "single_man";
    const THREE_YEARS: &str = "raised_child_three_years";
    for code in ["00402003", "00404007"] {
        assert!(questions(code).unwrap().contains(&"married"), "{code}");
        let married = asked(
            code,
            json!({"married": true, "unanswered": [SINGLE_MAN, THREE_YEARS]}),
        );
        assert!(!married.contains(&SINGLE_MAN), "{code}: {married:?}");
        assert!(!married.contains(&THREE_YEARS), "{code}: {married:?}");
        let open = asked(
            code,
            json!({"unanswered": ["married", SINGLE_MAN, THREE_YEARS]}),
        );
        assert!(!open.contains(&SINGLE_MAN), "{code}: {open:?}");
        let not = asked(
            code,
            json!({"married": false, "unanswered": [SINGLE_MAN, THREE_YEARS]}),
        );
        assert!(not.contains(&SINGLE_MAN), "{code}: {not:?}");
        // A stale "yes" beside a marriage: no ground.
        let stale = facts(json!({"married": true, "single_man": true}));
        let risks = kezek_rules::catalogue::refusal_risks(code, None, &stale).unwrap();
        assert!(!risks.iter().any(|r| r.code == "single-man"), "{code}");
    }
    let code = "00404004";
    assert!(!questions(code).unwrap().contains(&"married"));
    let q = asked(code, json!({"unanswered": [SINGLE_MAN, THREE_YEARS]}));
    assert!(q.contains(&SINGLE_MAN), "{code}: {q:?}");
}

/// Annexes 6, 11 and 20 row 8 item 5: where the registry question is asked
/// of a married applicant only (those lists ask no divorce), it is asked as
/// «Ваш брак зарегистрирован…», not with «(если сейчас вы не в браке —
/// прекращенный брак или развод)», which only the meals' and camps' lists
/// (Annexes 17 and 18 row 8 item 4, a marriage or a divorce) need.
#[test]
fn ann6_row8_item5_the_registry_question_of_a_married_applicant_names_no_divorce() {
    use kezek_rules::catalogue::question_key_at;
    use kezek_rules::messages::{catalogue_ftl, message_value};
    for code in ["00402003", "00404007", "00402013"] {
        let key = question_key_at(code, MARRIAGE_REGISTRY).unwrap();
        for lang in ["kk", "ru", "en"] {
            let text = message_value(catalogue_ftl(lang).unwrap(), key).unwrap();
            for divorce in ["ажырасу", "развод", "divorce"] {
                assert!(!text.contains(divorce), "{code} {lang}: {text}");
            }
        }
    }
    for code in ["00403008", "00403009"] {
        assert_eq!(
            question_key_at(code, MARRIAGE_REGISTRY),
            Some("q-marriage-in-civil-registry"),
            "{code}"
        );
    }
    assert_eq!(question_key_at("00402003", "married"), Some("q-married"));
}
