//! Order No. 414, row 9 of every requirement list (refusal grounds) and the
//! categories of children the services are for: every ground is reachable
//! from some family, none applies to the ordinary family, and each
//! eligibility rule is tested under the item that defines it.

use chrono::NaiveDate;
use kezek_rules::catalogue::{
    catalogue, eligibility, questions, refusal_risks, FamilyFacts, Variant, FLAGS,
};

/// A family that triggers the ground `code` (named after the ground).
fn witness(code: &str) -> FamilyFacts {
    let mut f = FamilyFacts::default();
    match code {
        "documents-unreliable" => f.documents_unreliable = true,
        "noncompliant-nla"
        | "noncompliant-decree-64"
        | "noncompliant-decree-382"
        | "noncompliant-civil-code-382"
        | "noncompliant-education-law-1256"
        | "noncompliant-family-code" => f.noncompliant_with_acts = true,
        "negative-approval" => f.negative_approval_or_expertise = true,
        "court-ban" => f.court_ban_on_activity = true,
        "special-right" => f.deprived_of_special_right = true,
        "no-consent" => f.personal_data_consent = false,
        "applicant-minor" => f.applicant_minor = true,
        "applicant-incapable" => f.applicant_incapable = true,
        "spouse-incapable" => f.spouse_incapable = true,
        "parental-rights-restricted" => f.applicant_parental_rights_restricted = true,
        "removed-as-guardian" => f.removed_as_guardian = true,
        "adoption-cancelled" => f.adoption_cancelled_by_fault = true,
        "disease" => f.disease_preventing_care = true,
        "no-permanent-residence" => f.permanent_residence = false,
        "non-traditional-orientation" => f.non_traditional_orientation = true,
        "conviction" => f.unexpunged_intentional_conviction = true,
        "no-citizenship" => f.citizenship = false,
        "single-man" => f.single_man = true,
        "income-below-subsistence" => f.income_covers_subsistence_minimum = false,
        "narcological-registration" => f.narcological_or_psychiatric_registration = true,
        "serious-crime" => f.serious_crime_record = true,
        "no-training" => f.applicant_has_training = false,
        "ward-housing-transaction" => {
            f.housing_transaction_restricted = true;
            f.child_orphan = true;
            f.child_birth_date = NaiveDate::from_ymd_opt(2015, 1, 1);
            f.application_date = NaiveDate::from_ymd_opt(2026, 11, 23);
        }
        agency if agency.starts_with("agency-") => f.agency_findings = (1..=9).collect(),
        other => panic!("no witness for ground {other}"),
    }
    f
}

#[test]
fn row9_every_ground_is_reachable_and_silent_for_an_ordinary_family() {
    let mut checked = 0;
    for e in catalogue() {
        for g in e.refusal_grounds {
            let risks = refusal_risks(e.code, g.variant, &witness(g.code)).unwrap();
            assert!(
                risks
                    .iter()
                    .any(|r| r.code == g.code && r.citation == g.citation),
                "{} ground {} (Ann.{} row 9 item {:?}) not reachable",
                e.code,
                g.code,
                e.annex,
                g.citation.sub
            );
            checked += 1;
        }
        for v in [None, Some(Variant::Accreditation), Some(Variant::Extension)] {
            assert!(
                refusal_risks(e.code, v, &FamilyFacts::default())
                    .unwrap()
                    .is_empty(),
                "{}",
                e.code
            );
        }
    }
    assert!(checked >= 120, "{checked} grounds");
}

#[test]
fn row9_items_are_numbered_one_to_n_without_gaps() {
    for e in catalogue() {
        for v in [None, Some(Variant::Accreditation), Some(Variant::Extension)] {
            let items: Vec<u16> = e
                .refusal_grounds
                .iter()
                .filter(|g| g.variant == v)
                .filter_map(|g| g.citation.sub)
                .collect();
            let expected: Vec<u16> = (1..=items.len() as u16).collect();
            assert_eq!(items, expected, "{} {v:?}", e.code);
        }
    }
}

#[test]
fn ann3_row9_count_is_22_and_ann6_ann11_are_20() {
    let n = |code: &str| {
        catalogue()
            .iter()
            .find(|e| e.code == code)
            .unwrap()
            .refusal_grounds
            .len()
    };
    assert_eq!(n("00404004"), 22);
    assert_eq!(n("00402003"), 20);
    assert_eq!(n("00404007"), 20);
    assert_eq!(n("00403008"), 6);
    assert_eq!(n("00402004"), 7);
}

#[test]
fn ann6_row9_item14_relatives_and_stepparents_need_no_training() {
    let mut f = FamilyFacts {
        applicant_has_training: false,
        ..Default::default()
    };
    assert!(refusal_risks("00402003", None, &f)
        .unwrap()
        .iter()
        .any(|r| r.code == "no-training"));
    f.applicant_is_relative_or_stepparent = true;
    assert!(refusal_risks("00402003", None, &f).unwrap().is_empty());
}

#[test]
fn ann3_row9_item16_only_close_relatives_are_spared_training_for_adoption() {
    let f = FamilyFacts {
        applicant_is_relative_or_stepparent: true,
        applicant_has_training: false,
        ..Default::default()
    };
    assert!(refusal_risks("00404004", None, &f)
        .unwrap()
        .iter()
        .any(|r| r.code == "no-training"));
    let f = FamilyFacts {
        applicant_is_close_relative: true,
        applicant_has_training: false,
        ..Default::default()
    };
    assert!(refusal_risks("00404004", None, &f).unwrap().is_empty());
}

#[test]
fn ann6_row9_item10_single_man_who_raised_the_child_three_years_is_not_refused() {
    let mut f = FamilyFacts {
        single_man: true,
        ..Default::default()
    };
    assert!(refusal_risks("00402003", None, &f)
        .unwrap()
        .iter()
        .any(|r| r.code == "single-man"));
    f.raised_child_three_years = true;
    assert!(refusal_risks("00402003", None, &f).unwrap().is_empty());
}

#[test]
fn ann5_row9_item5_housing_transaction_is_a_risk_only_for_a_ward_under_14() {
    let mut f = witness("ward-housing-transaction");
    assert_eq!(
        refusal_risks("00402004", None, &f).unwrap()[0].code,
        "ward-housing-transaction"
    );
    f.child_birth_date = NaiveDate::from_ymd_opt(2010, 1, 1); // 16
    assert!(refusal_risks("00402004", None, &f).unwrap().is_empty());
    f.child_birth_date = NaiveDate::from_ymd_opt(2015, 1, 1);
    f.child_orphan = false; // a child in its parents' care
    assert!(refusal_risks("00402004", None, &f).unwrap().is_empty());
}

// Eligibility: the categories of row 8 item 5 (meals) and item 6 (camps).

#[test]
fn ann17_item5_i_tsa_family_is_eligible_for_meals() {
    let f = FamilyFacts {
        family_receives_targeted_social_assistance: true,
        ..Default::default()
    };
    let e = eligibility("00403008", &f).unwrap();
    assert!(e.eligible);
    assert_eq!(e.grounds[0].code, "tsa-family");
    assert_eq!(e.grounds[0].citation.sub, Some(5));
}

#[test]
fn ann17_item5_ii_income_below_subsistence_without_tsa() {
    let f = FamilyFacts {
        per_capita_income_below_subsistence: true,
        ..Default::default()
    };
    let e = eligibility("00403008", &f).unwrap();
    assert!(e.eligible);
    assert_eq!(
        e.grounds.iter().map(|g| g.code).collect::<Vec<_>>(),
        ["income-below-subsistence"]
    );
}

#[test]
fn ann17_item5_iii_orphan_only_when_brought_up_in_a_family() {
    let mut f = FamilyFacts {
        child_orphan: true,
        ..Default::default()
    };
    assert!(
        !eligibility("00403008", &f).unwrap().eligible,
        "an orphan in an institution is not category (iii)"
    );
    f.child_brought_up_in_family = true;
    assert!(eligibility("00403008", &f).unwrap().eligible);
}

#[test]
fn ann17_item5_iv_emergency_or_collegial_decision() {
    let f = FamilyFacts {
        family_in_emergency_or_collegial_category: true,
        ..Default::default()
    };
    assert!(eligibility("00403008", &f).unwrap().eligible);
}

#[test]
fn ann17_item5_no_category_means_not_eligible_with_the_reason() {
    let e = eligibility("00403008", &FamilyFacts::default()).unwrap();
    assert!(!e.eligible);
    assert_eq!(e.reasons[0].code, "not-in-any-category");
}

#[test]
fn ann18_item6_camps_use_the_same_four_categories() {
    let f = FamilyFacts {
        family_receives_targeted_social_assistance: true,
        ..Default::default()
    };
    let e = eligibility("00403009", &f).unwrap();
    assert!(e.eligible);
    assert_eq!(e.grounds[0].citation.annex, Some(18));
    assert_eq!(e.grounds[0].citation.sub, Some(6));
}

#[test]
fn ann15_row5_transport_for_children_of_remote_rural_settlements() {
    assert!(
        !eligibility("00403007", &FamilyFacts::default())
            .unwrap()
            .eligible
    );
    let f = FamilyFacts {
        lives_in_remote_rural_settlement: true,
        ..Default::default()
    };
    assert!(eligibility("00403007", &f).unwrap().eligible);
}

#[test]
fn ann20_row5_child_opinion_only_from_age_ten() {
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
    let mut f = FamilyFacts {
        child_birth_date: d(2016, 11, 24),
        application_date: d(2026, 11, 23),
        ..Default::default()
    };
    assert!(!eligibility("00402013", &f).unwrap().eligible);
    f.application_date = d(2026, 11, 24);
    assert!(eligibility("00402013", &f).unwrap().eligible);
}

#[test]
fn ann6_row5_guardianship_is_for_orphans_and_children_without_care() {
    assert!(
        !eligibility("00402003", &FamilyFacts::default())
            .unwrap()
            .eligible
    );
    let f = FamilyFacts {
        child_without_parental_care: true,
        applicant_has_training: true,
        ..Default::default()
    };
    assert!(eligibility("00402003", &f).unwrap().eligible);
}

#[test]
fn ann13_item3_meeting_permission_is_for_a_parent_deprived_of_rights() {
    let f = FamilyFacts {
        applicant_deprived_of_parental_rights: true,
        ..Default::default()
    };
    assert!(eligibility("00402010", &f).unwrap().eligible);
    assert!(
        !eligibility("00402010", &FamilyFacts::default())
            .unwrap()
            .eligible
    );
}

#[test]
fn ann2_agency_accreditation_is_not_for_parents() {
    let e = eligibility("00404005", &FamilyFacts::default()).unwrap();
    assert!(!e.eligible);
    assert_eq!(e.reasons.last().unwrap().code, "not-for-parents");
}

#[test]
fn questions_name_real_fields_and_skip_what_the_provider_checks() {
    for e in catalogue() {
        for q in questions(e.code).unwrap() {
            assert!(
                FLAGS.contains(&q) || q == "child_birth_date" || q == "other_children_birth_dates",
                "{}: {q}",
                e.code
            );
            assert_ne!(q, "documents_unreliable");
        }
    }
    assert!(
        !questions("00404004")
            .unwrap()
            .contains(&"non_traditional_orientation"),
        "not asked of a parent"
    );
    let q = questions("00403008").unwrap();
    assert_eq!(q[0], "family_receives_targeted_social_assistance");
    assert!(q.contains(&"child_birth_in_civil_registry"));
}

/// The flag list is checked against what `FamilyFacts` actually serialises
/// (the JSON the app stores and the JS API reads), not against the macro that
/// writes both: every yes/no key of the JSON is a flag, every flag is such a
/// key, `set_flag` changes exactly that key, and each has its question in the
/// three languages.
#[test]
fn every_yes_no_fact_is_a_flag_with_a_question_in_kk_ru_en() {
    let json = serde_json::to_value(FamilyFacts::default()).unwrap();
    let object = json.as_object().unwrap();
    let bool_keys: Vec<&str> = object
        .iter()
        .filter(|(_, v)| v.is_boolean())
        .map(|(k, _)| k.as_str())
        .collect();
    for key in &bool_keys {
        assert!(
            FLAGS.contains(key),
            "{key} is a yes/no fact but not in FLAGS"
        );
    }
    for flag in FLAGS {
        assert!(
            bool_keys.contains(flag),
            "{flag} is in FLAGS but not a yes/no key"
        );
        let mut f = FamilyFacts::default();
        let before = object[*flag].as_bool().unwrap();
        assert!(f.set_flag(flag, !before));
        let after = serde_json::to_value(&f).unwrap();
        for (k, v) in after.as_object().unwrap() {
            let expected = if k == flag {
                !before
            } else {
                object[k].as_bool().unwrap_or_default()
            };
            if v.is_boolean() {
                assert_eq!(v.as_bool(), Some(expected), "set_flag({flag}) changed {k}");
            }
        }
        assert_eq!(f.flag(flag), Some(!before));
        let key = format!("q-{}", flag.replace('_', "-"));
        for lang in ["kk", "ru", "en"] {
            let ftl = kezek_rules::messages::catalogue_ftl(lang).unwrap();
            assert!(
                kezek_rules::messages::message_value(ftl, &key).is_some_and(|t| !t.is_empty()),
                "{key} has no question in {lang}"
            );
        }
    }
    assert_eq!(FamilyFacts::default().flag("nope"), None);
    assert!(!FamilyFacts::default().set_flag("nope", true));
}

#[test]
fn family_facts_reject_unknown_fields_in_json() {
    let err = serde_json::from_str::<FamilyFacts>(r#"{"large_family": true}"#).unwrap_err();
    assert!(err.to_string().contains("large_family"));
    let f: FamilyFacts = serde_json::from_str("{}").unwrap();
    assert_eq!(f, FamilyFacts::default());
}

/// Code review §2.1: the default family is the ordinary one — `{}` triggers
/// no refusal ground and no scope rule in any service a parent can use
/// (the reading for `applicant_has_training` is in `order414/facts.rs`).
#[test]
fn facts_default_family_is_ordinary_no_ground_against_an_empty_family() {
    let f = FamilyFacts::default();
    for e in catalogue().iter().filter(|e| e.in_scope_for_parents) {
        let risks = refusal_risks(e.code, None, &f).unwrap();
        assert!(risks.is_empty(), "{}: {{}} triggers {risks:?}", e.code);
    }
}

/// Issue 14 item 3: every yes/no fact is one row of the fact table — its
/// question key is the one the messages define, its citation is of order
/// 414, and every simple `Fact` reads exactly one field of the table.
#[test]
fn facts_table_is_the_one_definition_of_every_flag() {
    use kezek_rules::catalogue::{question_key, FACT_TABLE, PROVIDER_CHECKED};
    assert_eq!(FACT_TABLE.len(), FLAGS.len());
    let d = serde_json::to_value(FamilyFacts::default()).unwrap();
    for (spec, name) in FACT_TABLE.iter().zip(FLAGS) {
        assert_eq!(spec.name, *name);
        assert_eq!(
            d[spec.name].as_bool(),
            Some(spec.default),
            "{name}: default"
        );
        assert_eq!(question_key(spec.name), Some(spec.question_key));
        assert!(spec.question_key.starts_with("q-"), "{name}");
        for lang in ["kk", "ru", "en"] {
            let ftl = kezek_rules::messages::catalogue_ftl(lang).unwrap();
            assert!(
                kezek_rules::messages::has_message(ftl, spec.question_key),
                "{lang}: no {}",
                spec.question_key
            );
        }
    }
    assert!(PROVIDER_CHECKED.contains(&"documents_unreliable"));
    assert!(!PROVIDER_CHECKED.contains(&"married"));
}

/// Walkthrough finding: the provider's own checks are listed per service,
/// from its row 9. No orientation ground for the guardianship certificate
/// (Annex 2) or school meals (Annex 17); no «negative approval or
/// expertise» for the certificate, whose list lacks it — while meals' item
/// 3 has it; the adopters' registration (Annex 3 row 9 item 9) has the
/// orientation ground.
#[test]
fn provider_checks_are_the_services_own_refusal_grounds() {
    use kezek_rules::catalogue::{catalogue, provider_checks, PROVIDER_CHECKED};
    let certificate = provider_checks("00402002").unwrap();
    let meals = provider_checks("00403008").unwrap();
    for checks in [&certificate, &meals] {
        assert!(checks.contains(&"documents_unreliable"), "{checks:?}");
        assert!(
            !checks.contains(&"non_traditional_orientation"),
            "{checks:?}"
        );
    }
    assert!(!certificate.contains(&"negative_approval_or_expertise"));
    assert!(meals.contains(&"negative_approval_or_expertise"));
    assert!(provider_checks("00404004")
        .unwrap()
        .contains(&"non_traditional_orientation"));
    for e in catalogue() {
        for f in provider_checks(e.code).unwrap() {
            assert!(PROVIDER_CHECKED.contains(&f), "{}: {f}", e.code);
        }
    }
    assert!(provider_checks("no-such-service").is_err());
}
