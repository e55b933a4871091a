//! Order No. 414, the lawyer's second reading of the readings (01.12.2026):
//! where a parent-visible outcome depends on a reading of the text, the
//! parent is told it is Kezek's reading — and only then. Each test is named
//! after the annex, row and item, written before the fix and seen failing.
//!
//! Days: Friday 27.11.2026, Saturday 28.11.2026, Sunday 29.11.2026,
//! Monday 30.11.2026 (working).

use kezek_rules::testing::evaluate_request_json as eval;
use kezek_rules::testing::{
    assert_catalogue_reading_text as is_a_reading_text, eligibility_reason as reason,
};
use serde_json::{json, Value};

/// The reading of row 3's «тапсырған сәттен бастап» that every term in
/// days begun on a working day carries on its due date (audit27 F2,
/// `catalogue_audit_twelfth.rs`): not one of the readings these tests are
/// about, but named where it is expected, so a note attached wrongly fails.
const NEXT_DAY: &str = "note-term-first-day-reading";
/// The same where row 3 gives the bare term (Annexes 3 and 5).
const NEXT_DAY_UNSTATED: &str = "note-term-first-day-unstated";

/// Every note key anywhere in the evaluation (reasons, grounds, checklist
/// lines, the due date), so a test can say which notes a whole answer has.
fn notes(ev: &Value) -> Vec<String> {
    let mut out = Vec::new();
    for list in [
        &ev["eligibility"]["reasons"],
        &ev["eligibility"]["grounds"],
        &ev["checklist"],
    ] {
        for x in list.as_array().unwrap() {
            if let Some(k) = x["note"]["key"].as_str() {
                out.push(k.to_owned());
            }
        }
    }
    if let Some(k) = ev["due"]["note"]["key"].as_str() {
        out.push(k.to_owned());
    }
    out
}

// Annex 3 (00404004): the rules of order No. 407 are for «Қазақстан
// Республикасының азаматтары болып табылатын, Қазақстан Республикасының
// аумағында тұрақты тұратын … адамдарды есепке алу» (their title, order
// 414's list item 2); the requirement list itself states no such condition
// and row 9 item 11 names statelessness only. That a foreign citizen is
// outside this service is Kezek's reading of the title: the parent told so
// is told it is a reading.
#[test]
fn ann3_title_a_foreign_citizen_is_told_the_scope_is_a_reading() {
    let ev = eval(json!({"service":"00404004","channel":"egov_portal",
        "as_of":"2026-11-30T10:00","facts":{"kazakhstan_citizen_resident":false}}));
    let r = reason(&ev, "not-kazakhstan-citizen-resident").expect("the scope reason");
    assert_eq!(r["note"]["key"], "note-rules-407-title-scope", "{r}");
    // Cited where the reading is read: the title of the rules, list item 2.
    assert_eq!(r["note"]["citation"], r["citation"], "{r}");
    is_a_reading_text("note-rules-407-title-scope");
    // A citizen residing here: no reason, so no note.
    let ev = eval(json!({"service":"00404004","channel":"egov_portal",
        "as_of":"2026-11-30T10:00","facts":{"kazakhstan_citizen_resident":true}}));
    assert!(reason(&ev, "not-kazakhstan-citizen-resident").is_none());
    // (The close relatives' consent has its own note for every applicant,
    // a reading of row 8 item 2: `catalogue_lawyer_findings.rs`; the due
    // date the next-day count of a bare row 3.)
    assert_eq!(
        notes(&ev),
        ["note-close-relatives-consent", NEXT_DAY_UNSTATED]
    );
    is_a_reading_text("note-close-relatives-consent");
}

// Annex 5 (00402004) row 9 item 5: «он төрт жасқа толмаған жетім баланың,
// ата-анасының қамқорлығынсыз қалған баланың тұрғын үйін …». The parent
// says whether «the child» is an orphan or without care; the other children
// of the application are taken to share that status (Kezek's reading). The
// ground then rests on the reading exactly when the child is fourteen or
// older and another child is under fourteen: only there the note shows.
#[test]
fn ann5_row9_item5_a_sibling_under_14_keeps_the_risk_as_a_reading() {
    // (child born, other children, risk, note)
    type Row = (
        &'static str,
        &'static [&'static str],
        bool,
        Option<&'static str>,
    );
    let rows: &[Row] = &[
        // The child is 16, a sibling is 8: the ground rests on the reading.
        (
            "2010-01-01",
            &["2018-01-01"],
            true,
            Some("note-ward-status-shared"),
        ),
        // The child is 8: the ground holds of the child, whatever the reading.
        ("2018-01-01", &["2010-01-01"], true, None),
        ("2018-01-01", &[], true, None),
        // Everyone is 14 or older: no ground, no note.
        ("2010-01-01", &["2011-01-01"], false, None),
        ("2010-01-01", &[], false, None),
    ];
    for &(born, others, risk, note) in rows {
        let ev = eval(json!({"service":"00402004","channel":"egov_portal",
            "as_of":"2026-11-30T10:00","facts":{"child_orphan":true,
            "housing_transaction_restricted":true,"child_birth_date":born,
            "other_children_birth_dates":others}}));
        let r = reason(&ev, "ward-housing-transaction");
        assert_eq!(
            r.is_some(),
            risk,
            "{born} {others:?}: {}",
            ev["eligibility"]
        );
        if let Some(r) = r {
            assert_eq!(r["note"]["key"].as_str(), note, "{born} {others:?}: {r}");
        }
        if note.is_none() {
            // Only the due date's next-day count of a bare row 3.
            assert_eq!(notes(&ev), [NEXT_DAY_UNSTATED], "{born} {others:?}");
        }
    }
    // Not an orphan nor without care: no ground, whatever the ages.
    let ev = eval(json!({"service":"00402004","channel":"egov_portal",
        "as_of":"2026-11-30T10:00","facts":{"housing_transaction_restricted":true,
        "child_birth_date":"2010-01-01","other_children_birth_dates":["2018-01-01"]}}));
    assert!(reason(&ev, "ward-housing-transaction").is_none());
    is_a_reading_text("note-ward-status-shared");
}

// Row 7 item 2 of Annexes 6, 13, 15, 18: the State Corporation works
// «дүйсенбі мен сенбіні қоса алғанда» (Monday to Saturday), and only the
// portal's item says an application on a day off is accepted «келесі жұмыс
// күнімен». Documents handed in on a Saturday are taken as accepted that
// day, the working days counted from Monday — Kezek's reading: accepted on
// Monday, the result would be due one working day later. The due date says
// so on a Saturday at the State Corporation only.
#[test]
fn ann6_row7_item2_a_saturday_at_the_state_corporation_is_a_reading_of_the_due_date() {
    // (service, submitted, note)
    let rows: &[(&str, &str, Option<&str>)] = &[
        (
            "00402003",
            "2026-11-28T10:00",
            Some("note-state-corporation-saturday"),
        ),
        (
            "00402010",
            "2026-11-28T19:30",
            Some("note-state-corporation-saturday"),
        ),
        (
            "00403007",
            "2026-11-28T09:00",
            Some("note-state-corporation-saturday"),
        ),
        (
            "00403009",
            "2026-11-28T12:00",
            Some("note-state-corporation-saturday"),
        ),
        // A working day: accepted that day under either reading (the days
        // counted from the next day, the reading every term in days carries).
        ("00402003", "2026-11-27T10:00", Some(NEXT_DAY)),
        // Saturday after 20:00 and Sunday: closed, accepted on Monday.
        ("00402003", "2026-11-28T20:30", Some(NEXT_DAY)),
        ("00402003", "2026-11-29T12:00", Some(NEXT_DAY)),
    ];
    for &(service, at, note) in rows {
        let ev = eval(json!({"service":service,"channel":"state_corporation",
            "as_of":at,"facts":{}}));
        assert_eq!(
            ev["due"]["note"]["key"].as_str(),
            note,
            "{service} {at}: {}",
            ev["due"]
        );
        if note == Some("note-state-corporation-saturday") {
            // Accepted on the Saturday (Kezek's reading), cited to row 7.
            assert_eq!(ev["due"]["accepted"], format!("{at}:00"), "{}", ev["due"]);
            assert_eq!(ev["due"]["note"]["citation"]["clause"], 7, "{}", ev["due"]);
        }
    }
    // The portal on a Saturday: the text itself says the next working day.
    let ev = eval(json!({"service":"00402003","channel":"egov_portal",
        "as_of":"2026-11-28T10:00","facts":{}}));
    assert_eq!(ev["due"]["note"]["key"], NEXT_DAY, "{}", ev["due"]);
    is_a_reading_text("note-state-corporation-saturday");
}

// Annex 17 (00403008) row 9 item 2: the requirements of Government decree
// No. 64, which the row quotes by its title — rules for the help to «
// Мемлекеттік білім беру мекемелерінің … білім алушылары мен
// тәрбиеленушілеріне» (pupils of state education institutions) — while the
// service's own title says «Жалпы білім беретін мектептердегі» (in general
// schools). That a pupil of a non-state school falls under the ground is
// Kezek's reading of the decree's title: the risk says so, for that pupil
// only.
#[test]
fn ann17_row9_item2_a_private_school_pupil_is_told_the_decree_64_risk_is_a_reading() {
    let ev = eval(json!({"service":"00403008","channel":"egov_portal",
        "as_of":"2026-11-30T10:00","facts":{"family_receives_targeted_social_assistance":true,
        "child_in_state_education_institution":false}}));
    let r = reason(&ev, "noncompliant-decree-64").expect("the decree-64 risk");
    assert_eq!(
        r["note"]["key"], "note-decree-64-title-state-schools",
        "{r}"
    );
    assert_eq!(r["note"]["citation"], r["citation"], "{r}");
    is_a_reading_text("note-decree-64-title-state-schools");
    // A pupil of a state school: no risk, no note.
    let ev = eval(json!({"service":"00403008","channel":"egov_portal",
        "as_of":"2026-11-30T10:00","facts":{"family_receives_targeted_social_assistance":true}}));
    assert!(reason(&ev, "noncompliant-decree-64").is_none());
    // Only the due date's next-day count of row 3's «тапсырған сәттен бастап».
    assert_eq!(notes(&ev), [NEXT_DAY]);
}

// Annex 5 row 8 item 3: after the list of proofs that one parent does not
// care for the child («қайтыс болу туралы куәлік немесе хабарлама, … сот
// шешімі, туу туралы анықтама және т. б.») the item ends «(АХАЖ АЖ-да
// мәліметтер болмаған жағдайда)». Whether the parenthesis spares the whole
// list or only the last proof it follows is not said. The safe reading for
// the parent: the proof stays on the list even when the fact is recorded
// with the civil registry, with a note that this is Kezek's reading and the
// provider may not need it — never dropped on a reading. Where the fact is
// not in the registry, the proof is needed under both readings: no note.
#[test]
fn ann5_row8_item3_a_proof_recorded_with_the_civil_registry_stays_on_the_list_as_a_reading() {
    use kezek_rules::testing::checklist_line;
    // (in the civil registry: None = not yet answered, note)
    let rows: &[(Option<bool>, Option<&str>)] = &[
        (Some(true), Some("note-civil-registry-proof-reading")),
        (None, Some("note-civil-registry-proof-reading")),
        (Some(false), None),
    ];
    for &(in_registry, note) in rows {
        let mut facts = json!({"one_parent_not_caring":true,
            "other_parent_lives_separately":true});
        match in_registry {
            Some(v) => facts["not_caring_in_civil_registry"] = json!(v),
            None => facts["unanswered"] = json!(["not_caring_in_civil_registry"]),
        }
        let ev = eval(json!({"service":"00402004","channel":"egov_portal",
            "as_of":"2026-11-30T10:00","facts":facts,"documents_held":[]}));
        let line = checklist_line(&ev, "parent_not_caring_proof")
            .unwrap_or_else(|| panic!("{in_registry:?}: the proof is listed: {}", ev["checklist"]));
        assert_eq!(
            line["note"]["key"].as_str(),
            note,
            "{in_registry:?}: {line}"
        );
        assert_eq!(line["citation"]["sub"], 3, "{line}");
        // Not yet answered: the note says what it depends on (its text says
        // "if the fact is recorded", never "you said").
        if in_registry.is_none() {
            assert_eq!(
                line["note"]["depends_on"],
                json!(["not_caring_in_civil_registry"]),
                "{line}"
            );
        }
        // The receipt: a gap only where the proof is needed under both readings.
        let missing = ev["receipt"]["missing"].to_string();
        assert_eq!(
            missing.contains("parent_not_caring_proof"),
            note.is_none(),
            "{in_registry:?}: {}",
            ev["receipt"]
        );
    }
    // The question is still asked: the note depends on it.
    let qs = kezek_rules::catalogue::questions("00402004").unwrap();
    assert!(qs.contains(&"not_caring_in_civil_registry"), "{qs:?}");
    is_a_reading_text("note-civil-registry-proof-reading");
}

// Row 7 of every portal service: «жұмыс уақыты аяқталғаннан кейін, демалыс
// және мереке күндері жүгінген жағдайда … келесі жұмыс күнімен». An
// application sent on a working day before the provider opens (00:00–09:00)
// is taken as accepted at 09:00 that day — Kezek's reading: it can also be
// read as sent after the previous day's working time and accepted "on the
// next working day" counted from the day it was sent, one working day later.
// The due date says so; sent during or after the working day, no note.
#[test]
fn ann17_row7_a_portal_application_before_opening_is_accepted_that_day_as_a_reading() {
    // (as_of, note)
    let rows = [
        // 5 working days: with the next-day count's earlier date too.
        (
            "2026-11-30T03:00",
            Some("note-portal-before-opening-first-day"),
        ),
        (
            "2026-11-30T08:59",
            Some("note-portal-before-opening-first-day"),
        ),
        ("2026-11-30T09:00", Some(NEXT_DAY)),
        ("2026-11-30T19:00", Some(NEXT_DAY)),
        // Sunday night: a day off, the next working day by the text itself.
        ("2026-11-29T03:00", Some(NEXT_DAY)),
    ];
    for (at, note) in rows {
        let ev = eval(
            json!({"service":"00403008","channel":"egov_portal","as_of":at,
            "facts":{"family_receives_targeted_social_assistance":true}}),
        );
        assert_eq!(
            ev["due"]["note"]["key"].as_str(),
            note,
            "{at}: {}",
            ev["due"]
        );
    }
    is_a_reading_text("note-portal-before-opening");
    is_a_reading_text("note-portal-before-opening-first-day");
}
