//! A hand-made city: a few applications and places whose positions and
//! referral dates are worked out by hand from cl. 21 and cl. 24 of order
//! No. 254, then checked against the simulator.
//!
//! Behaviour is made deterministic: every family looks at the bulletin every
//! working day (`respond_per_day` 1), never declines a place it accepts
//! (`decline` 0), nobody leaves, every referral is used, nothing is recalled;
//! priority access reaches one applicant per open place (`reach_per_place` 1);
//! every one of the first 1,000 who accepts a leftover place wants it.
//! Preschools PS-000 and PS-002 are in district 0, PS-001 and PS-003 in district 1.

use chrono::{NaiveDate, NaiveDateTime};
use kezek_queue::snapshot::{AdmissionMode, QueueKind, Status};
use kezek_queue::Group;
use kezek_sim::city::{Accepts, AppId, City};
use kezek_sim::CityParams;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn at(y: i32, m: u32, d: u32, h: u32) -> NaiveDateTime {
    day(y, m, d).and_hms_opt(h, 0, 0).unwrap()
}

fn params() -> CityParams {
    CityParams {
        arrivals_per_year: 0.0,
        places_per_arrival: 0.0,
        preschools: 4,
        districts: 2,
        decline: 0.0,
        respond_per_day: 1.0,
        reach_per_place: 1,
        leftover_interest: 1.0,
        leftover_days: 10,
        withdraw_per_year: 0.0,
        not_interested_per_year: 0.0,
        stop_list_per_year: 0.0,
        no_show: 0.0,
        recall_share: 0.0,
        ..CityParams::default()
    }
}

struct Hand {
    city: City,
    g: [AppId; 5],
    f1: AppId,
    o1: AppId,
}

/// Queue of children born in 2022: five general applications (G1–G5, 10–14
/// January 2024), one first-priority (F1, 1 February 2024), one out of turn
/// (O1, 1 March 2024). G2 accepts only district 1; everyone else any preschool.
/// The city starts on Monday 13 April 2026 (a fortnight with no public holiday).
fn hand() -> Hand {
    let mut city = City::new(params(), day(2026, 4, 13));
    let birth = day(2022, 3, 1);
    let gen = QueueKind::General;
    let mut g = [0; 5];
    for (i, slot) in g.iter_mut().enumerate() {
        let accepts = if i == 1 {
            Accepts::District(1)
        } else {
            Accepts::Any
        };
        *slot = city.add_application(
            at(2024, 1, 10 + i as u32, 9),
            Group::General,
            gen.clone(),
            birth,
            accepts,
        );
    }
    let f1 = city.add_application(
        at(2024, 2, 1, 9),
        Group::First,
        gen.clone(),
        birth,
        Accepts::Any,
    );
    let o1 = city.add_application(
        at(2024, 3, 1, 9),
        Group::OutOfTurn,
        gen,
        birth,
        Accepts::Any,
    );
    Hand { city, g, f1, o1 }
}

fn order(c: &City, when: NaiveDateTime) -> Vec<AppId> {
    c.order(2022, &QueueKind::General, when, usize::MAX)
}

#[test]
fn cl21_out_of_turn_first_then_one_first_priority_after_three_general() {
    let h = hand();
    // O1 before everyone; F1 right after the third general application (G3).
    assert_eq!(
        order(&h.city, at(2026, 4, 13, 9)),
        vec![h.o1, h.g[0], h.g[1], h.g[2], h.f1, h.g[3], h.g[4]]
    );
}

#[test]
fn cl24_places_of_the_1800_bulletin_go_at_0700_to_the_first_applicants_in_order() {
    let mut h = hand();
    let by = 2022;
    // Monday 13 April, 18:00: two places at PS-000 (district 0).
    for _ in 0..2 {
        h.city.publish(
            day(2026, 4, 13),
            0,
            by,
            QueueKind::General,
            AdmissionMode::General,
        );
    }
    h.city.run_through(day(2026, 4, 13));
    assert_eq!(
        h.city.app(h.o1).referral,
        None,
        "nothing before 07:00 of the next working day"
    );
    // Tuesday 14 April, 07:00: priority access for the first two — O1 and G1 (cl. 24 p. 4).
    h.city.run_through(day(2026, 4, 14));
    assert_eq!(h.city.app(h.o1).referral, Some(day(2026, 4, 14)));
    assert_eq!(h.city.app(h.g[0]).referral, Some(day(2026, 4, 14)));
    assert_eq!(h.city.app(h.g[1]).referral, None);

    // Tuesday 14 April, 10:00: a new first-priority application F2 (cl. 20 p. 2, 21).
    let f2 = h.city.add_application(
        at(2026, 4, 14, 10),
        Group::First,
        QueueKind::General,
        day(2022, 3, 1),
        Accepts::Any,
    );
    // Worked by hand: generals G2 G3 G4 G5, firsts F1 F2 →
    // G2 G3 G4 F1 G5 F2 (F1 now after the third general standing, G4; F2 after the sixth, none left).
    assert_eq!(
        order(&h.city, at(2026, 4, 14, 12)),
        vec![h.g[1], h.g[2], h.g[3], h.f1, h.g[4], f2]
    );

    // Friday 17 April, 18:00: one place at PS-000 (district 0). It opens on
    // Monday 20 April at 07:00 to the first applicant only: G2, who takes only
    // district 1. Monday, Tuesday, Wednesday (3 working days): nobody takes it.
    h.city.publish(
        day(2026, 4, 17),
        0,
        by,
        QueueKind::General,
        AdmissionMode::General,
    );
    // Wednesday 22 April, 18:00: one place at PS-001 (district 1).
    h.city.publish(
        day(2026, 4, 22),
        1,
        by,
        QueueKind::General,
        AdmissionMode::General,
    );
    h.city.run_through(day(2026, 4, 22));
    let referred = |c: &City| -> Vec<AppId> {
        c.apps()
            .iter()
            .enumerate()
            .filter(|(_, a)| a.referral.is_some())
            .map(|(i, _)| i as AppId)
            .collect()
    };
    assert_eq!(
        referred(&h.city),
        vec![h.g[0], h.o1],
        "the 3 days of priority access pass unused"
    );
    // Thursday 23 April, 07:00: G2 takes the PS-001 place by priority access,
    // and the PS-000 place, now a leftover, opens to the first 1,000 (cl. 24 p. 10):
    // someone other than G2 (any of G3, G4, F1, G5, F2) takes it.
    h.city.run_through(day(2026, 4, 23));
    assert_eq!(h.city.app(h.g[1]).referral, Some(day(2026, 4, 23)));
    let now = referred(&h.city);
    assert_eq!(now.len(), 4, "{now:?}");
    let leftover: Vec<AppId> = now
        .iter()
        .copied()
        .filter(|a| ![h.g[0], h.g[1], h.o1].contains(a))
        .collect();
    assert_eq!(leftover.len(), 1);
    assert_eq!(h.city.app(leftover[0]).referral, Some(day(2026, 4, 23)));
}

#[test]
fn cl24_p10_leftovers_reach_only_the_first_thousand() {
    let mut city = City::new(params(), day(2026, 4, 13));
    let birth = day(2021, 6, 1);
    // 1,000 applications that take only district 1, then one that takes any preschool.
    for i in 0..1_001 {
        let accepts = if i < 1_000 {
            Accepts::District(1)
        } else {
            Accepts::Any
        };
        city.add_application(
            at(2024, 1, 1, 0) + chrono::Duration::minutes(i),
            Group::General,
            QueueKind::General,
            birth,
            accepts,
        );
    }
    // A district-0 place: nobody among the first 1,000 takes it; the 1,001st may not.
    city.publish(
        day(2026, 4, 13),
        0,
        2021,
        QueueKind::General,
        AdmissionMode::General,
    );
    city.run_through(day(2026, 4, 30));
    assert!(city.apps().iter().all(|a| a.referral.is_none()));
}

#[test]
fn cl24_p9_an_application_is_archived_on_1_january_and_cl25_p4_temporary_stay_keeps_the_queue() {
    // The city starts on Monday 1 December 2025.
    let mut city = City::new(params(), day(2025, 12, 1));
    // Born 10 May 2020: over 6 on 1 September 2026 (cl. 18), so the queue
    // ends when 2026 becomes the current year — archived on 1 January 2026,
    // not on the sixth birthday (Kezek's one reading of cl. 18 and 24 p. 9).
    let old = city.add_application(
        at(2021, 1, 5, 9),
        Group::General,
        QueueKind::General,
        day(2020, 5, 10),
        Accepts::Any,
    );
    // Born 20 September 2020: not yet 6 on 1 September 2026 → stays until 1 January 2027.
    let late = city.add_application(
        at(2021, 1, 6, 9),
        Group::General,
        QueueKind::General,
        day(2020, 9, 20),
        Accepts::Any,
    );
    // A temporary-stay place in 2026 for the 2020 queue is taken by the first (temporary_accept 1).
    let mut p = params();
    p.temporary_accept = 1.0;
    let mut city2 = City::new(p, day(2026, 4, 13));
    let t = city2.add_application(
        at(2021, 1, 5, 9),
        Group::General,
        QueueKind::General,
        day(2020, 9, 20),
        Accepts::Any,
    );
    city2.publish(
        day(2026, 4, 13),
        0,
        2020,
        QueueKind::General,
        AdmissionMode::TemporaryStay,
    );
    city2.run_through(day(2026, 4, 21));
    assert_eq!(city2.app(t).status, Status::Waiting);
    assert!(city2.app(t).temporary_stay);
    assert_eq!(city2.app(t).referral, None);

    city.run_through(day(2025, 12, 31));
    assert_eq!(city.app(old).status, Status::Waiting);
    city.run_through(day(2026, 1, 1));
    assert_eq!(city.app(old).status, Status::Archived);
    city.run_through(day(2026, 12, 31));
    assert_eq!(city.app(late).status, Status::Waiting);
    city.run_through(day(2027, 1, 1));
    assert_eq!(city.app(late).status, Status::Archived);
}
