//! Property tests of the rules' invariants, over generated cases.
//!
//! - adding a ground never lowers the category (cl. 20, 21);
//! - removing a held document never turns a checklist from incomplete to complete
//!   (except an expired "if any" document, which then leaves its priority unconfirmed);
//! - expiry (last valid) dates are monotone in issue dates;
//! - every result, and every part and line of it, cites at least one clause;
//! - every reason code in a result has a message in kk, ru and en.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use kezek_rules::calendar::Calendar;
use kezek_rules::case::{Case, Family};
use kezek_rules::documents::DocumentKind;
use kezek_rules::testing::CaseBuilder;
use kezek_rules::{category, checklist, evaluate, Channel, Ground, Service};
use proptest::prelude::*;
use serde_json::json;

const FAMILY_FLAGS: usize = Family::GROUNDS.len();

fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

fn base_date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 1, 1).unwrap()
}

prop_compose! {
    fn arb_case()(
        service in prop_oneof![Just(Service::QueueRegistration), Just(Service::Admission)],
        channel in prop_oneof![Just(Channel::ProviderOffice), Just(Channel::StateCorporation), Just(Channel::EgovPortal)],
        as_of_days in 0i64..(4 * 365),
        as_of_minutes in 0i64..(24 * 60),
        age_days in 0i64..(8 * 365),
        family_bits in 0u16..(1 << FAMILY_FLAGS),
        sen in any::<bool>(),
        pmpc in any::<bool>(),
        consent in any::<bool>(),
        times in 0u32..6,
        docs in proptest::collection::vec((0usize..DocumentKind::ALL.len(), 0i64..90), 0..8),
        emergency in any::<bool>(),
    ) -> Case {
        let as_of: NaiveDateTime = (base_date() + Duration::days(as_of_days)).and_hms_opt(0, 0, 0).unwrap()
            + Duration::minutes(as_of_minutes);
        let channel = if service == Service::Admission && channel == Channel::StateCorporation {
            Channel::ProviderOffice
        } else {
            channel
        };
        let today = as_of.date();
        let grounds = Family::GROUNDS
            .iter()
            .enumerate()
            .filter(|(i, _)| family_bits & (1 << i) != 0)
            .map(|(_, &g)| g);
        let mut b = CaseBuilder::queue_registration()
            .service(service)
            .channel(channel)
            .as_of(as_of)
            .child_born(today - Duration::days(age_days))
            .times_queued(times);
        b = grounds.fold(b, |b, g| b.ground(g));
        if sen {
            b = b.ground(Ground::SpecialEducationalNeeds);
        }
        if pmpc {
            b = b.set("child.pmpc_conclusion", json!(true));
        }
        if consent {
            b = b.consent();
        }
        for (k, ago) in docs {
            // A document issued to the child is not older than the child.
            let kind = DocumentKind::ALL[k];
            let ago = if kind.is_the_childs() { ago.min(age_days) } else { ago };
            b = b.holds_issued(kind, today - Duration::days(ago));
        }
        if service == Service::Admission {
            b = b.admission_fact("emergency_measures", json!(emergency));
        }
        b.build()
    }
}

proptest! {
    #![proptest_config(config(10_000))]

    #[test]
    fn adding_a_ground_never_lowers_the_category(case in arb_case(), extra in 0usize..(FAMILY_FLAGS + 1)) {
        let before = category::decide(&case).category;
        let mut more = case.clone();
        set_flag(&mut more, extra);
        prop_assert!(category::decide(&more).category >= before);
    }

    #[test]
    fn removing_a_document_never_completes_a_checklist(case in arb_case(), pick in any::<prop::sample::Index>()) {
        if case.documents.is_empty() {
            return Ok(());
        }
        let cal = Calendar::builtin();
        let before = checklist::build(&case, cal);
        let mut fewer = case.clone();
        let removed = fewer.documents.remove(pick.index(case.documents.len()));
        let after = checklist::build(&fewer, cal);
        // The one exception the law makes: an expired "if any" document (Annex 2
        // p. 8 «бар болған жағдайда») is a refusal ground when presented, while
        // not presenting it only leaves its priority unconfirmed.
        if before.expired.contains(&removed.kind)
            && !after.expired.contains(&removed.kind)
            && !after.missing.contains(&removed.kind)
        {
            prop_assert!(after.unconfirmed.contains(&removed.kind));
            return Ok(());
        }
        // Otherwise incomplete before must stay incomplete after.
        prop_assert!(before.complete || !after.complete);
    }

    #[test]
    fn expiry_dates_are_monotone_in_issue_dates(k in 0usize..DocumentKind::ALL.len(), a in 0i64..2000, b in 0i64..2000) {
        let cal = Calendar::builtin();
        let v = DocumentKind::ALL[k].validity();
        let (a, b) = (a.min(b), a.max(b));
        let da = base_date() + Duration::days(a);
        let db = base_date() + Duration::days(b);
        prop_assert!(v.last_valid_day(da, cal) <= v.last_valid_day(db, cal));
        if let Some(last) = v.last_valid_day(da, cal) {
            prop_assert!(last >= da);
        }
    }
}

proptest! {
    #![proptest_config(config(3_000))]

    #[test]
    fn every_result_cites_at_least_one_clause(case in arb_case()) {
        let e = evaluate(&case).unwrap();
        prop_assert!(!e.citations.is_empty());
        prop_assert!(!e.category.citations.is_empty());
        prop_assert!(!e.queues.citations.is_empty());
        prop_assert!(!e.age.citations.is_empty());
        prop_assert!(!e.limits.citations.is_empty());
        prop_assert!(!e.checklist.citations.is_empty());
        prop_assert!(!e.refusal.citations.is_empty());
        prop_assert!(!e.application.citations.is_empty());
        for item in &e.checklist.items {
            prop_assert!(!item.citations.is_empty());
        }
        for r in &e.refusal.risks {
            prop_assert!(!r.citations.is_empty());
        }
    }

    #[test]
    fn every_reason_in_a_result_has_a_message(case in arb_case()) {
        let e = evaluate(&case).unwrap();
        for r in &e.reasons {
            for lang in ["kk", "ru", "en"] {
                let ftl = kezek_rules::messages::ftl(lang).unwrap();
                prop_assert!(kezek_rules::messages::has_message(ftl, &r.key()), "{lang}: {}", r.key());
            }
        }
    }
}

/// Turns on ground `i`: the nine family facts, then (i == 9) the child's SEN.
fn set_flag(case: &mut Case, i: usize) {
    match Family::GROUNDS.get(i) {
        Some(&g) => {
            case.family.set(g, true);
        }
        None => case.child.special_educational_needs = true,
    }
}
