//! Free school meals (00403008) in person: the application's form. The
//! meals rules' cl. 3 (as worded by order No. 414, list item 3): the
//! applicant applies to the provider — education organisations among them
//! — «осы Қағидаларға 1-қосымшаға сәйкес нысан бойынша» (in the form of
//! Annex 1 to the rules). Annex 17 row 8 item 1 says only «өтініш». A
//! parent's walkthrough (05.12.2026): "Take with you" listed "Application",
//! marked "you fill it in", with no word of which form or where to get it.
//! Order No. 414 does not reproduce Annex 1, nor say where the form is
//! handed out: the line names the form, and its note says the rest is to be
//! asked where one applies.

use kezek_rules::testing::evaluate_request_json as eval;
use kezek_rules::testing::{catalogue_text, checklist_line};
use serde_json::json;

#[test]
fn meals_rules_cl3_in_person_application_is_the_annex1_form() {
    for channel in ["provider_office", "education_organisation"] {
        let ev = eval(
            json!({"service":"00403008","channel":channel,"as_of":"2026-12-15T10:00",
            "facts":{"family_receives_targeted_social_assistance":true}}),
        );
        let line = checklist_line(&ev, "application").expect("the application");
        assert_eq!(
            line["name_key"], "doc-application-meals-form",
            "{channel}: {line}"
        );
        assert_eq!(
            line["note"]["key"], "note-meals-application-form",
            "{channel}: {line}"
        );
        // The rules' clause 3 of list item 3, not the annex's row 8.
        assert_eq!(
            line["note"]["citation"],
            json!({"act":"order414","clause":3,"sub":3}),
            "{channel}: {line}"
        );
    }
    // On the portal the application is the egov form: as it was.
    let ev = eval(
        json!({"service":"00403008","channel":"egov_portal","as_of":"2026-12-15T10:00",
        "facts":{"family_receives_targeted_social_assistance":true}}),
    );
    let line = checklist_line(&ev, "application").unwrap();
    assert_eq!(line["name_key"], "doc-application-electronic", "{line}");
    // The name says the form; the note says where the form is not given.
    for (lang, annex1, ask) in [
        ("kk", "1-қосымша", "сұраңыз"),
        ("ru", "приложени", "спросите"),
        ("en", "Annex 1", "ask"),
    ] {
        let name = catalogue_text(lang, "doc-application-meals-form");
        assert!(name.contains(annex1), "{lang}: {name}");
        let note = catalogue_text(lang, "note-meals-application-form");
        assert!(
            note.contains(annex1) && note.contains(ask),
            "{lang}: {note}"
        );
        assert!(note.contains("414"), "{lang}: {note}");
    }
}
