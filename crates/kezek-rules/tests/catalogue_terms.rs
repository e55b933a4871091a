//! Order No. 414, rows 3 and 7 of every requirement list: when the result is
//! due, counted on the working-day calendar of Kazakhstan. Each service is
//! checked at two instants: Tuesday 15.12.2026 10:00 (the day before
//! Independence Day, 16 December) and Friday 27.11.2026 19:00 (after the
//! provider's hours before a weekend: accepted Monday 30.11 at 9:00 at the
//! provider's office and on the portal; the State Corporation, open until
//! 20:00 (row 7 item 2), receives the documents at 19:00 and the count
//! starts on Monday).

use chrono::NaiveDateTime;
use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{catalogue, result_due, ServiceChannel, Term, Variant};

use kezek_rules::testing::at;

fn due(
    code: &str,
    ch: ServiceChannel,
    variant: Option<Variant>,
    submitted: NaiveDateTime,
) -> NaiveDateTime {
    result_due(code, ch, variant, submitted, Calendar::builtin())
        .unwrap()
        .due
}

const BEFORE_HOLIDAY: (i32, u32, u32, u32, u32) = (2026, 12, 15, 10, 0);
const FRIDAY_EVENING: (i32, u32, u32, u32, u32) = (2026, 11, 27, 19, 0);

fn both(
    code: &str,
    ch: ServiceChannel,
    variant: Option<Variant>,
    a: NaiveDateTime,
    b: NaiveDateTime,
) {
    let (y, m, d, h, mi) = BEFORE_HOLIDAY;
    assert_eq!(
        due(code, ch, variant, at(y, m, d, h, mi)),
        a,
        "{code} before 16 December"
    );
    let (y, m, d, h, mi) = FRIDAY_EVENING;
    assert_eq!(
        due(code, ch, variant, at(y, m, d, h, mi)),
        b,
        "{code} on a Friday evening"
    );
}

#[test]
fn ann17_row3_meals_five_working_days() {
    // 16.12 is a holiday: 17, 18, 21, 22, 23 December.
    both(
        "00403008",
        ServiceChannel::PORTAL,
        None,
        at(2026, 12, 23, 18, 30),
        at(2026, 12, 7, 18, 30),
    );
    both(
        "00403008",
        ServiceChannel::EducationOrganisation,
        None,
        at(2026, 12, 23, 18, 30),
        at(2026, 12, 7, 18, 30),
    );
}

#[test]
fn ann18_row3_camps_five_working_days() {
    both(
        "00403009",
        ServiceChannel::STATE_CORPORATION,
        None,
        at(2026, 12, 23, 18, 30),
        at(2026, 12, 4, 18, 30),
    );
}

#[test]
fn ann15_row3_transport_five_working_days() {
    both(
        "00403007",
        ServiceChannel::OFFICE,
        None,
        at(2026, 12, 23, 18, 30),
        at(2026, 12, 7, 18, 30),
    );
}

#[test]
fn ann13_row3_meeting_permission_five_working_days() {
    both(
        "00402010",
        ServiceChannel::STATE_CORPORATION,
        None,
        at(2026, 12, 23, 18, 30),
        at(2026, 12, 4, 18, 30),
    );
}

#[test]
fn ann4_row3_guardianship_certificate_thirty_minutes() {
    // On the portal at night or on a day off the application is accepted
    // the next working day at 9:00 (row 7 p.2).
    both(
        "00402002",
        ServiceChannel::PORTAL,
        None,
        at(2026, 12, 15, 10, 30),
        at(2026, 11, 30, 9, 30),
    );
}

#[test]
fn ann5_row3_minors_property_three_working_days() {
    both(
        "00402004",
        ServiceChannel::PORTAL,
        None,
        at(2026, 12, 21, 18, 30),
        at(2026, 12, 3, 18, 30),
    );
}

#[test]
fn ann6_row3_guardianship_nineteen_working_days() {
    // Across New Year (1–2 January, 2 January a Saturday moved to Monday 4th)
    // and Orthodox Christmas (7 January): the 19th working day is 15.01.2027.
    both(
        "00402003",
        ServiceChannel::STATE_CORPORATION,
        None,
        at(2027, 1, 15, 18, 30),
        at(2026, 12, 25, 18, 30),
    );
}

#[test]
fn ann11_row3_foster_family_ten_working_days() {
    both(
        "00404007",
        ServiceChannel::OFFICE,
        None,
        at(2026, 12, 30, 18, 30),
        at(2026, 12, 14, 18, 30),
    );
}

#[test]
fn ann20_row3_child_opinion_ten_working_days() {
    both(
        "00402013",
        ServiceChannel::OFFICE,
        None,
        at(2026, 12, 30, 18, 30),
        at(2026, 12, 14, 18, 30),
    );
}

#[test]
fn ann3_row3_adoption_registration_ten_working_days() {
    both(
        "00404004",
        ServiceChannel::PORTAL,
        None,
        at(2026, 12, 30, 18, 30),
        at(2026, 12, 14, 18, 30),
    );
}

#[test]
fn ann2_row3_agency_accreditation_thirty_and_fifteen_calendar_days() {
    both(
        "00404005",
        ServiceChannel::OFFICE,
        Some(Variant::Accreditation),
        at(2027, 1, 14, 18, 30),
        at(2026, 12, 30, 18, 30),
    );
    // 15 calendar days from 15.12 is 30.12; from 30.11 it is 15.12.
    both(
        "00404005",
        ServiceChannel::PORTAL,
        Some(Variant::Extension),
        at(2026, 12, 30, 18, 30),
        at(2026, 12, 15, 18, 30),
    );
}

#[test]
fn row7_an_application_before_opening_is_accepted_at_nine_the_same_day() {
    let d = result_due(
        "00403008",
        ServiceChannel::PORTAL,
        None,
        at(2026, 12, 15, 7, 0),
        Calendar::builtin(),
    )
    .unwrap();
    assert_eq!(d.accepted, at(2026, 12, 15, 9, 0));
}

#[test]
fn every_due_cites_row3_and_row7_of_its_annex() {
    for e in catalogue() {
        let variant = e.terms[0].variant;
        let d = result_due(
            e.code,
            e.channels[0],
            variant,
            at(2026, 12, 15, 10, 0),
            Calendar::builtin(),
        )
        .unwrap();
        assert_eq!(d.citations[0].annex, Some(e.annex));
        assert_eq!(d.citations[0].clause, Some(3), "{}: row 3", e.code);
        assert_eq!(d.citations[1].clause, Some(7), "{}: row 7", e.code);
        assert!(matches!(
            d.term,
            Term::WorkingDays(_) | Term::CalendarDays(_) | Term::Minutes(_)
        ));
    }
}

#[test]
fn newer_calendar_data_replace_the_builtin_one() {
    // Calendar data for 2026 with no holidays at all: 16.12 counts: 16, 17, 18, 21, 22.
    let cal = Calendar::from_json(
        r#"{"format":"kezek.calendar/1","version":"test","source":"test",
            "years":[{"year":2026,"holidays":[]}]}"#,
    )
    .unwrap();
    let d = result_due(
        "00403008",
        ServiceChannel::PORTAL,
        None,
        at(2026, 12, 15, 10, 0),
        &cal,
    )
    .unwrap();
    assert_eq!(d.due, at(2026, 12, 22, 18, 30));
}

#[test]
fn prepared_application_carries_the_request_and_a_stable_digest() {
    use kezek_rules::catalogue::{evaluate, prepare, Request};
    let req = Request::from_json(
        r#"{"service":"00403008","channel":"portal","submitted":"2026-12-15T10:00",
            "facts":{"family_receives_targeted_social_assistance":true}}"#,
    )
    .unwrap();
    let eval = evaluate(&req, Calendar::builtin()).unwrap();
    let p = prepare(&req, &eval);
    assert_eq!(p.application["service"], "00403008");
    assert_eq!(p.application["due"], "2026-12-23T18:30:00");
    assert_eq!(
        p.application["checklist"],
        serde_json::json!(["application", "status_tsa"])
    );
    assert_eq!(p.sha256.len(), 64);
    assert_eq!(
        prepare(&req, &eval).sha256,
        p.sha256,
        "same answers, same digest"
    );
    let mut other = req.clone();
    other.facts.child_born_abroad = true;
    let e2 = evaluate(&other, Calendar::builtin()).unwrap();
    assert_ne!(prepare(&other, &e2).sha256, p.sha256);
}

#[test]
fn a_service_with_sub_types_needs_the_variant() {
    use kezek_rules::catalogue::{evaluate, Request};
    let req = Request::from_json(
        r#"{"service":"00404005","channel":"office","submitted":"2026-12-15T10:00"}"#,
    )
    .unwrap();
    let err = evaluate(&req, Calendar::builtin()).unwrap_err();
    assert_eq!(err.code(), "catalogue.variant_required");
    assert_eq!(err.field(), "variant", "{err}");
    // The message names every sub-type as a request spells it.
    for v in Variant::ALL {
        let wire = serde_json::to_string(&v).unwrap();
        assert_eq!(wire, format!("\"{}\"", v.name()));
        assert!(err.to_string().contains(&wire), "{err} names {wire}");
    }
}

/// A `variant` given for a service without sub-types (only Annex 2's
/// accreditation has them) is said, not silently ignored: the caller meant
/// another service or a field of its own (the hostile-input probe of
/// 01.12.2026: `{"service":"00402003","variant":"extension"}` was answered as
/// if no variant were given).
#[test]
fn a_variant_of_a_service_without_sub_types_is_said() {
    use kezek_rules::catalogue::{evaluate, Request};
    let req = Request::from_json(
        r#"{"service":"00402003","channel":"egov_portal","submitted":"2026-12-15T10:00","variant":"extension"}"#,
    )
    .unwrap();
    let err = evaluate(&req, Calendar::builtin()).unwrap_err();
    assert_eq!(
        (err.code(), err.field()),
        ("catalogue.variant_not_applicable", "variant"),
        "{err}"
    );
    let with = Request::from_json(
        r#"{"service":"00404005","channel":"office","submitted":"2026-12-15T10:00","variant":"extension"}"#,
    )
    .unwrap();
    assert!(evaluate(&with, Calendar::builtin()).is_ok());
}

/// The first screen's links (issue 19: made at compile time so that the first
/// screen's module does not carry the requirement lists) name every service
/// of the catalogue, in its order, under its life situation, with the first
/// term of its row 3 — the term the first screen shows beside the name.
#[test]
fn first_screen_links_are_the_catalogue_with_row3_first_term() {
    use kezek_rules::catalogue::{service_link, service_links};
    let links = service_links();
    assert_eq!(links.len(), catalogue().len());
    for (link, entry) in links.iter().zip(catalogue()) {
        assert_eq!(link.code, entry.code);
        assert_eq!(link.life_situation, entry.life_situation, "{}", entry.code);
        assert_eq!(
            link.first_term,
            entry.terms.first().map(|r| r.term),
            "{}",
            entry.code
        );
        assert_eq!(link.name_key(), entry.name_key());
        assert_eq!(service_link(entry.code), Some(link));
    }
    // Two rows of the table the first screen shows, as the annexes give them.
    assert_eq!(
        service_link("00403008").map(|l| l.first_term),
        Some(Some(Term::WorkingDays(5)))
    );
    assert_eq!(service_link("00000000"), None);
}

/// Row 7: the hours the hand-off names for a counter — the provider (item
/// 1: working days 09:00–18:30, lunch 13:00–14:30), the State Corporation
/// (item 2: Monday to Saturday 09:00–20:00, no lunch); none for the portal.
#[test]
fn row7_a_counter_says_its_hours_and_the_portal_none() {
    use kezek_rules::catalogue::{counter_hours, ServiceChannel};
    use kezek_rules::schedule::OpenDays;
    let hours = |code: &str, channel| {
        counter_hours(code, channel).unwrap().map(|(t, c)| {
            let w: Vec<String> = t
                .windows
                .iter()
                .map(|w| format!("{}–{}", w.from.format("%H:%M"), w.to.format("%H:%M")))
                .collect();
            (t.open_days, w.join(", "), c.annex, c.clause)
        })
    };
    #[rustfmt::skip]
    let rows = [
        ("00403009", ServiceChannel::STATE_CORPORATION, Some((OpenDays::MondayToSaturdayExceptHolidays, "09:00–20:00", Some(18), Some(7)))),
        ("00403009", ServiceChannel::OFFICE,            Some((OpenDays::WorkingDays, "09:00–13:00, 14:30–18:30", Some(18), Some(7)))),
        ("00403009", ServiceChannel::PORTAL,            None),
    ];
    for (code, channel, want) in rows {
        let got = hours(code, channel);
        let want = want.map(|(d, w, a, c)| (d, w.to_owned(), a, c));
        assert_eq!(got, want, "{code} {channel:?}");
    }
}
