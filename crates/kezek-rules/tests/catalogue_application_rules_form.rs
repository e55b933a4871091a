//! The application's form, in person, for every order-414 service whose
//! rules (as worded by order No. 414) say the applicant applies «осы
//! Қағидаларға 1-қосымшаға сәйкес нысан бойынша» while the annex's row 8
//! item 1 says only «өтініш» (Annex 20: «баланың заңды өкілінің бірінің
//! өтініші»). List item 3 of order 414 rewrites each of these rules'
//! clause 3, and only their Annexes 2 (and 3), never Annex 1: the order
//! does not reproduce the form nor say where it is handed out. Before, the
//! line said "Application" ("you fill it in") everywhere but free meals
//! (00403008). Now each in-person line names the form, with one note that
//! says the rest is to be asked where one applies, cited to the service's
//! own rules' clause 3; the portal's e-application is unchanged.
//!
//! Rules' clause 3 (list item 3), form of Annex 1, per service:
//! guardianship 00402003 (State Corporation), parental meeting 00402010
//! (provider, State Corporation), child's opinion 00402013 (provider),
//! transport 00403007, meals 00403008, camps 00403009 (provider, education
//! organisation, State Corporation where the service has it), foster
//! family 00404007 (provider).

use kezek_rules::testing::evaluate_request_json as eval;
use kezek_rules::testing::{catalogue_text, checklist_line};
use serde_json::json;

const FORM: &str = "doc-application-rules-form";
const FORM_REPRESENTATIVE: &str = "doc-application-legal-representative-rules-form";
const NOTE: &str = "note-application-rules-form";

/// (service, channel, name_key, the note's citation: order 414's list item
/// and the rules' clause).
type Row = (&'static str, &'static str, &'static str, Option<(u16, u16)>);

const TABLE: &[Row] = &[
    ("00402003", "state_corporation", FORM, Some((3, 3))),
    (
        "00402003",
        "egov_portal",
        "doc-application-electronic",
        None,
    ),
    ("00402010", "provider_office", FORM, Some((3, 3))),
    ("00402010", "state_corporation", FORM, Some((3, 3))),
    (
        "00402013",
        "provider_office",
        FORM_REPRESENTATIVE,
        Some((3, 3)),
    ),
    ("00403007", "provider_office", FORM, Some((3, 3))),
    ("00403007", "education_organisation", FORM, Some((3, 3))),
    ("00403007", "state_corporation", FORM, Some((3, 3))),
    (
        "00403007",
        "egov_portal",
        "doc-application-electronic",
        None,
    ),
    ("00403008", "provider_office", FORM, Some((3, 3))),
    ("00403008", "education_organisation", FORM, Some((3, 3))),
    (
        "00403008",
        "egov_portal",
        "doc-application-electronic",
        None,
    ),
    ("00403009", "provider_office", FORM, Some((3, 3))),
    ("00403009", "education_organisation", FORM, Some((3, 3))),
    ("00403009", "state_corporation", FORM, Some((3, 3))),
    (
        "00403009",
        "egov_portal",
        "doc-application-electronic",
        None,
    ),
    ("00404007", "provider_office", FORM, Some((3, 3))),
    (
        "00404007",
        "egov_portal",
        "doc-application-electronic",
        None,
    ),
];

#[test]
fn rules_cl3_in_person_application_is_the_annex1_form_for_every_service() {
    for &(service, channel, name_key, note) in TABLE {
        let ev = eval(json!({"service":service,"channel":channel,
            "as_of":"2026-12-15T10:00","facts":{}}));
        let line = checklist_line(&ev, "application")
            .unwrap_or_else(|| panic!("{service} {channel}: no application"));
        assert_eq!(line["name_key"], name_key, "{service} {channel}: {line}");
        match note {
            Some((list_item, clause)) => {
                assert_eq!(line["note"]["key"], NOTE, "{service} {channel}: {line}");
                assert_eq!(
                    line["note"]["citation"],
                    json!({"act":"order414","clause":list_item,"sub":clause}),
                    "{service} {channel}: {line}"
                );
            }
            None => assert!(line["note"].is_null(), "{service} {channel}: {line}"),
        }
    }
}

#[test]
fn rules_cl3_the_form_note_names_annex1_and_no_place() {
    for (lang, annex1, ask, places) in [
        ("kk", "1-қосымша", "сұраңыз", ["мектеп", "корпорация"]),
        ("ru", "приложени", "спросите", ["школ", "корпораци"]),
        ("en", "Annex 1", "ask", ["school", "Corporation"]),
    ] {
        for key in [FORM, FORM_REPRESENTATIVE] {
            let name = catalogue_text(lang, key);
            assert!(name.contains(annex1), "{lang}: {name}");
        }
        let note = catalogue_text(lang, NOTE);
        assert!(
            note.contains(annex1) && note.contains(ask),
            "{lang}: {note}"
        );
        assert!(note.contains("414"), "{lang}: {note}");
        // One note for every place one applies: it names none of them.
        for place in places {
            assert!(!note.contains(place), "{lang}: {note}");
        }
    }
}

/// Annex 2 (00404005, the rules of order No. 513 as worded by order 414),
/// row 8 at the provider's office. Item 1-1 (accreditation) asks for an
/// application «осы мемлекеттік қызмет көрсетуге қойылатын талаптарға
/// қосымшаға сәйкес нысан бойынша» — a form of an annex the requirement list
/// does not have; item 2-1 (extension) names «осы Қағидаларға 1-қосымшаға
/// сәйкес нысан», as do the rules' cl. 5 (accreditation) and cl. 19
/// (extension); order 414 reproduces that form as its own Annex 1, one form
/// for either («керегін таңдау»). Both lines said only "Application". Now
/// both name the rules' Annex 1 (given as Annex 1 to order 414); item 1-1's
/// line says, as Kezek's reading cited to cl. 5, that its "annex to these
/// requirements" is read as that form; item 2-1 names it as it stands, with
/// no note. The portal's request is unchanged.
#[test]
fn ann2_row8_item1_1_agency_application_is_the_rules_annex1_form_a_reading() {
    const AGENCY_FORM: &str = "doc-application-agency-form";
    const AGENCY_NOTE: &str = "note-agency-application-form";
    for (variant, channel, name_key, note) in [
        ("accreditation", "provider_office", AGENCY_FORM, true),
        ("extension", "provider_office", AGENCY_FORM, false),
        (
            "accreditation",
            "egov_portal",
            "doc-application-electronic",
            false,
        ),
        (
            "extension",
            "egov_portal",
            "doc-application-electronic",
            false,
        ),
    ] {
        let ev = eval(
            json!({"service":"00404005","channel":channel,"variant":variant,
            "as_of":"2026-12-15T10:00","facts":{}}),
        );
        let line = checklist_line(&ev, "application")
            .unwrap_or_else(|| panic!("{variant} {channel}: no application"));
        assert_eq!(line["name_key"], name_key, "{variant} {channel}: {line}");
        if note {
            assert_eq!(
                line["note"]["key"], AGENCY_NOTE,
                "{variant} {channel}: {line}"
            );
            assert_eq!(
                line["note"]["citation"],
                json!({"act":"order414","clause":1,"sub":5}),
                "{variant} {channel}: {line}"
            );
        } else {
            assert!(line["note"].is_null(), "{variant} {channel}: {line}");
        }
    }
    kezek_rules::testing::assert_catalogue_reading_text(AGENCY_NOTE);
    for (lang, annex1, order414) in [
        ("kk", "1-қосымша", "№ 414"),
        ("ru", "приложени", "№ 414"),
        ("en", "Annex 1", "No. 414"),
    ] {
        for key in [AGENCY_FORM, AGENCY_NOTE] {
            let text = catalogue_text(lang, key);
            assert!(
                text.contains(annex1) && text.contains(order414),
                "{lang} {key}: {text}"
            );
        }
        // The note's "Why?" says what cl. 5 says, not only whose rules.
        let cl5 = kezek_rules::catalogue::rules_clause(1, 5);
        let why = kezek_rules::testing::why_of(lang, &cl5);
        assert!(why.contains(annex1) && why.contains('5'), "{lang}: {why}");
    }
}
