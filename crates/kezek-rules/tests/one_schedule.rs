//! One schedule for both orders (issue 14, item 2): every office's hours are
//! declared once in `common::offices`, and the terms of order No. 254 and of
//! order No. 414 are counted through them. Where the orders' texts agree
//! (the State Corporation, the portal's "after working time, the next
//! working day") the answers agree; where they differ (order 254's reception
//! window ending 17:30, order 414's provider receiving until 18:30) the
//! difference is the declared hours, not a second algorithm.

use chrono::NaiveDateTime;
use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{catalogue, result_due, ServiceChannel, Term};
use kezek_rules::common::offices;
use kezek_rules::schedule::service_timing;
use kezek_rules::{Channel, Service};

use kezek_rules::testing::at;

/// Saturday 28.11.2026, 11:00.
fn saturday_11() -> NaiveDateTime {
    at(2026, 11, 28, 11, 0)
}

/// Order 414 row 7 item 2 («Мемлекеттік корпорацияда: … дүйсенбі мен
/// сенбіні қоса алғанда … сағат 9.00-ден 20.00-ге дейін, түскі үзіліссіз»)
/// and order 254 Annex 2 p. 7 sub. 2 (the same words): an application
/// handed in at the State Corporation on a Saturday at 11:00 is accepted
/// then — for every catalogue service offered there, exactly as for queue
/// registration.
#[test]
fn row7_item2_state_corporation_accepts_a_saturday_11_00_application_then_in_both_orders() {
    let cal = Calendar::builtin();
    let preschool = service_timing(
        Service::QueueRegistration,
        Channel::StateCorporation,
        saturday_11(),
        cal,
    );
    assert!(preschool.open_now);
    assert_eq!(preschool.accepted_at, saturday_11());
    let mut checked = 0;
    for e in catalogue() {
        if !e.channels.contains(&ServiceChannel::STATE_CORPORATION) {
            continue;
        }
        for variant in e.terms.iter().map(|t| t.variant) {
            let d = result_due(
                e.code,
                ServiceChannel::STATE_CORPORATION,
                variant,
                saturday_11(),
                cal,
            )
            .unwrap();
            assert_eq!(d.accepted, saturday_11(), "{} {variant:?}", e.code);
            checked += 1;
        }
    }
    assert!(
        checked >= 4,
        "the State Corporation offers several services"
    );
}

/// Order 414 row 7 item 1: the provider works «сағат 13.00-ден 14.30-ға
/// дейінгі түскі үзіліспен сағат 9.00-ден 18.30-ға дейін». An application
/// brought to the provider's office during lunch is accepted when lunch ends,
/// as at the education department of order 254 (Annex 2 p. 7 sub. 1).
#[test]
fn row7_item1_provider_lunch_13_00_to_14_30_moves_acceptance_to_14_30() {
    let cal = Calendar::builtin();
    let tuesday_13_30 = at(2026, 11, 24, 13, 30);
    let d = result_due("00403007", ServiceChannel::OFFICE, None, tuesday_13_30, cal).unwrap();
    assert_eq!(d.accepted, at(2026, 11, 24, 14, 30));
    let meals = result_due(
        "00403008",
        ServiceChannel::EducationOrganisation,
        None,
        tuesday_13_30,
        cal,
    )
    .unwrap();
    assert_eq!(meals.accepted, at(2026, 11, 24, 14, 30));
    let preschool = service_timing(
        Service::QueueRegistration,
        Channel::ProviderOffice,
        tuesday_13_30,
        cal,
    );
    assert_eq!(preschool.accepted_at, at(2026, 11, 24, 14, 30));
}

/// Order 414 row 7 item 1 sets no reception window narrower than the working
/// day (order 254's Annex 2 p. 7 sub. 1 does: «Өтініштерді қабылдау … сағат
/// 09.00-ден 17.30-ға дейін»): at 18:00 the catalogue's provider still
/// accepts, the preschool queue's education department does not. The
/// difference is in the declared hours.
#[test]
fn row7_item1_order_414_receives_until_18_30_order_254_until_17_30() {
    let cal = Calendar::builtin();
    let tuesday_18 = at(2026, 11, 24, 18, 0);
    let d = result_due("00403007", ServiceChannel::OFFICE, None, tuesday_18, cal).unwrap();
    assert_eq!(d.accepted, tuesday_18);
    let q = service_timing(
        Service::QueueRegistration,
        Channel::ProviderOffice,
        tuesday_18,
        cal,
    );
    assert_eq!(q.accepted_at, at(2026, 11, 25, 9, 0));
    assert_eq!(
        offices::PROVIDER_ORDER_414.working_day,
        offices::EDUCATION_DEPARTMENT_ORDER_254.working_day
    );
}

/// The portal of both orders: around the clock, and an application «жұмыс
/// уақыты аяқталғаннан кейін» is accepted and answered the next working day.
/// A 30-minute term started at 18:20 ends inside working time the next
/// working day, in both orders (order 254 Annex 2 p. 3 / p. 7 sub. 3; order
/// 414 Annex 4 row 3 / row 7 item 3).
#[test]
fn row7_item3_portal_term_runs_in_working_time_in_both_orders() {
    let cal = Calendar::builtin();
    let friday_18_20 = at(2026, 11, 27, 18, 20);
    let cert = result_due("00402002", ServiceChannel::PORTAL, None, friday_18_20, cal).unwrap();
    assert_eq!(cert.term, Term::Minutes(30));
    assert_eq!(cert.accepted, friday_18_20);
    assert_eq!(cert.due, at(2026, 11, 30, 9, 20));
    let q = service_timing(
        Service::QueueRegistration,
        Channel::EgovPortal,
        friday_18_20,
        cal,
    );
    assert_eq!(q.result_by, cert.due);
}

mod invariants {
    use super::*;
    use kezek_rules::common::offices::{Hours, Timetable};
    use proptest::prelude::*;

    /// Any minute of 2026–2027 (the built-in calendar's years).
    fn instant() -> impl Strategy<Value = NaiveDateTime> {
        (0i64..(2 * 365 * 24 * 60))
            .prop_map(|m| at(2026, 1, 1, 0, 0) + chrono::Duration::minutes(m))
    }

    fn timetables() -> Vec<Timetable> {
        let offices: [&Hours; 4] = [
            &offices::EDUCATION_DEPARTMENT_ORDER_254,
            &offices::PRESCHOOL_ORDER_254,
            &offices::PROVIDER_ORDER_414,
            &offices::STATE_CORPORATION,
        ];
        offices
            .iter()
            .flat_map(|h| [Timetable::counter(h), Timetable::portal(h)])
            .collect()
    }

    proptest! {
        /// Row 7 / p. 7 of every office: an application is accepted at the
        /// moment it is made or later, inside a window of an open day, and
        /// an accepted application is not moved again.
        #[test]
        fn p7_acceptance_is_the_first_open_instant(a in instant()) {
            let cal = Calendar::builtin();
            for t in timetables() {
                let r = t.receives(a, cal);
                prop_assert!(r >= a);
                prop_assert!(t.is_open_day(r.date(), cal));
                prop_assert!(t.windows.iter().any(|w| r.time() >= w.from && r.time() < w.to));
                prop_assert_eq!(t.receives(r, cal), r);
                // Nothing open was skipped: every whole minute between is closed.
                let mut m = a;
                while m < r && m < a + chrono::Duration::days(4) {
                    prop_assert!(t.receives(m, cal) > m || m == r);
                    m += chrono::Duration::minutes(37);
                }
            }
        }

        /// Annex 2/4 p. 3 (30 minutes) and order 414 Annex 4 row 3: a term in
        /// minutes never ends sooner than that many minutes after acceptance.
        #[test]
        fn p3_a_term_in_minutes_takes_at_least_its_minutes(a in instant(), n in 1i64..600) {
            let cal = Calendar::builtin();
            for t in timetables() {
                let start = t.receives(a, cal);
                prop_assert!(t.after_minutes(start, n, cal) - start >= chrono::Duration::minutes(n));
            }
        }

        /// The State Corporation in both orders (order 254 Annex 2 p. 7
        /// sub. 2; order 414 row 7 item 2): for any instant, queue
        /// registration and every catalogue service it offers are accepted
        /// at the same moment.
        #[test]
        fn row7_item2_both_orders_agree_at_the_state_corporation(a in instant()) {
            let cal = Calendar::builtin();
            let q = service_timing(Service::QueueRegistration, Channel::StateCorporation, a, cal);
            for e in catalogue() {
                if e.channels.contains(&ServiceChannel::STATE_CORPORATION) {
                    let d = result_due(e.code, ServiceChannel::STATE_CORPORATION, e.terms[0].variant, a, cal).unwrap();
                    prop_assert_eq!(d.accepted, q.accepted_at, "{}", e.code);
                }
            }
        }
    }
}
