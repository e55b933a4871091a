//! Catalogue golden cases: one family per row — facts → eligibility, the
//! documents with how each is supplied, the refusal risks, the due date —
//! for every service of order No. 414 and each of its channels, all applied
//! for on Tuesday 15.12.2026 at 10:00 (the day before Independence Day).
//! Each row was worked out by hand from the annex; the comment says why.

use kezek_rules::calendar::Calendar;
use kezek_rules::catalogue::{evaluate, refusal_risks, FamilyFacts, Request, Variant};
use serde_json::{json, Value};

struct Case {
    code: &'static str,
    channel: &'static str,
    variant: Option<Variant>,
    facts: Value,
    eligible: bool,
    /// (document id, supply) in the seed's order.
    documents: &'static [(&'static str, &'static str)],
    risks: &'static [&'static str],
    due: &'static str,
}

fn check(c: &Case) {
    let req = json!({"service": c.code, "channel": c.channel, "variant": c.variant,
        "submitted": "2026-12-15T10:00", "facts": c.facts});
    let req = Request::from_json(&req.to_string()).unwrap();
    let e = evaluate(&req, Calendar::builtin()).unwrap();
    let what = format!("{} {} {}", c.code, c.channel, c.facts);
    assert_eq!(
        e.eligibility.eligible, c.eligible,
        "{what}: eligibility {:?}",
        e.eligibility
    );
    let docs: Vec<(&str, String)> = e
        .checklist
        .iter()
        .map(|l| {
            (
                l.id,
                serde_json::to_value(l.supply)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_owned(),
            )
        })
        .collect();
    let want: Vec<(&str, String)> = c
        .documents
        .iter()
        .map(|(i, s)| (*i, (*s).to_owned()))
        .collect();
    assert_eq!(docs, want, "{what}: documents");
    let facts: FamilyFacts = serde_json::from_value(c.facts.clone()).unwrap();
    let risks: Vec<&str> = refusal_risks(c.code, c.variant, &facts.on(req.submitted))
        .unwrap()
        .iter()
        .map(|r| r.code)
        .collect();
    assert_eq!(risks, c.risks, "{what}: risks");
    assert_eq!(
        e.due.due.format("%Y-%m-%dT%H:%M").to_string(),
        c.due,
        "{what}: due"
    );
}

const APP: (&str, &str) = ("application", "application");
const ID: (&str, &str) = ("identity", "identity_or_digital_document");

#[test]
fn golden_cases_of_every_service_and_channel() {
    let cases = [
        // Annex 17 (i) on the portal: the TSA certificate only; 5 working days, 16.12 off.
        Case {
            code: "00403008",
            channel: "portal",
            variant: None,
            facts: json!({"family_receives_targeted_social_assistance": true}),
            eligible: true,
            documents: &[APP, ("status_tsa", "electronic_copy")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 17 (ii) at the provider, married abroad-registered marriage not in АХАЖ: originals for comparison.
        Case {
            code: "00403008",
            channel: "office",
            variant: None,
            facts: json!({"per_capita_income_below_subsistence": true, "married": true, "marriage_in_civil_registry": false}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("marriage_or_divorce_certificate", "original_for_check"),
                ("status_income", "original_for_check"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 17 (iii) at the school: an orphan brought up in a family.
        Case {
            code: "00403008",
            channel: "education_organisation",
            variant: None,
            facts: json!({"child_orphan": true, "child_brought_up_in_family": true}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("status_guardianship_decision", "original_for_check"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 17, a private-school pupil on TSA: the decree-64 risk (reading in school_meals.rs).
        Case {
            code: "00403008",
            channel: "portal",
            variant: None,
            facts: json!({"family_receives_targeted_social_assistance": true, "child_in_state_education_institution": false}),
            eligible: false,
            documents: &[APP, ("status_tsa", "electronic_copy")],
            risks: &["noncompliant-decree-64"],
            due: "2026-12-23T18:30",
        },
        // Annex 18 (iv) at the State Corporation, to a health camp: form 071/у handed in.
        Case {
            code: "00403009",
            channel: "state_corporation",
            variant: None,
            facts: json!({"family_in_emergency_or_collegial_category": true, "going_to_health_camp": true}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("medical_071", "document"),
                ("status_collegial_decision", "copy"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 18 on the portal, a private-school pupil: outside the service.
        Case {
            code: "00403009",
            channel: "portal",
            variant: None,
            facts: json!({"family_receives_targeted_social_assistance": true, "child_in_state_education_institution": false}),
            eligible: false,
            documents: &[APP, ("status_tsa", "electronic_copy")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 15 at the State Corporation, born abroad: birth certificate in original for comparison.
        Case {
            code: "00403007",
            channel: "state_corporation",
            variant: None,
            facts: json!({"lives_in_remote_rural_settlement": true, "child_born_abroad": true}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("birth_certificate", "original_for_check"),
                ("school_certificate", "original_for_check"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 15 on the portal, not a remote settlement: not in the category.
        Case {
            code: "00403007",
            channel: "portal",
            variant: None,
            facts: json!({}),
            eligible: false,
            documents: &[APP, ("school_certificate", "electronic_copy")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 4: one document, 30 minutes.
        Case {
            code: "00402002",
            channel: "portal",
            variant: None,
            facts: json!({}),
            eligible: true,
            documents: &[APP],
            risks: &[],
            due: "2026-12-15T10:30",
        },
        // Annex 5: a 14-year-old's inheritance, the father lives apart: consent, certificate, opinion.
        Case {
            code: "00402004",
            channel: "portal",
            variant: None,
            facts: json!({"child_birth_date": "2012-01-01", "inheritance_right_arose": true, "other_parent_lives_separately": true}),
            eligible: true,
            documents: &[
                APP,
                ("consent_spouse_or_other_representative", "electronic_copy"),
                ("inheritance_certificate", "electronic_copy"),
                ("child_opinion", "electronic_copy"),
            ],
            risks: &[],
            due: "2026-12-21T18:30",
        },
        // Annex 5: a 9-year-old ward's home to be given for free use: the row-9 item 5 risk.
        Case {
            code: "00402004",
            channel: "portal",
            variant: None,
            facts: json!({"child_birth_date": "2017-06-01", "child_without_parental_care": true, "housing_transaction_restricted": true}),
            eligible: false,
            documents: &[APP],
            risks: &["ward-housing-transaction"],
            due: "2026-12-21T18:30",
        },
        // Annex 6 at the State Corporation: a married grandmother of an orphan.
        Case {
            code: "00402003",
            channel: "state_corporation",
            variant: None,
            facts: json!({"child_orphan": true, "applicant_is_close_relative": true, "married": true}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("spouse_consent", "original_for_check"),
                ("health_certificates", "original_for_check"),
                ("parents_not_caring_proof", "original_for_check"),
                ("income", "original_for_check"),
                ("kinship", "original_for_check"),
            ],
            risks: &[],
            due: "2027-01-15T18:30",
        },
        // Annex 6 on the portal: an aunt (a relative) without training — certificate within a year, no risk.
        Case {
            code: "00402003",
            channel: "portal",
            variant: None,
            facts: json!({"child_without_parental_care": true, "applicant_is_relative_or_stepparent": true}),
            eligible: true,
            documents: &[
                APP,
                ("health_certificates", "electronic_copy"),
                ("income", "electronic_copy"),
                ("parents_not_caring_proof", "electronic_copy"),
                ("kinship", "electronic_copy"),
                ("training_certificate", "electronic_copy"),
            ],
            risks: &[],
            due: "2027-01-15T18:30",
        },
        // Annex 11 at the provider: an unrelated foster family without training: the row-9 item 14 risk.
        Case {
            code: "00404007",
            channel: "office",
            variant: None,
            facts: json!({"applicant_has_training": false}),
            eligible: false,
            documents: &[
                APP,
                ID,
                ("health_certificates", "document"),
                ("criminal_record_certificates", "document"),
                ("housing_documents", "copy"),
                ("training_certificate", "document"),
                ("bank_account_contract", "copy"),
            ],
            risks: &["no-training"],
            due: "2026-12-30T18:30",
        },
        // Annex 13 at the State Corporation: the parent deprived of rights.
        Case {
            code: "00402010",
            channel: "state_corporation",
            variant: None,
            facts: json!({"applicant_deprived_of_parental_rights": true}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("deprivation_court_decision", "copy"),
                ("police_reference", "document"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 20: a married parent of a 12-year-old.
        Case {
            code: "00402013",
            channel: "office",
            variant: None,
            facts: json!({"child_birth_date": "2014-05-01", "married": true}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("consent_spouse_or_other_representative", "document"),
            ],
            risks: &[],
            due: "2026-12-30T18:30",
        },
        // Annex 3: a trained citizen owning a home.
        Case {
            code: "00404004",
            channel: "portal",
            variant: None,
            facts: json!({"applicant_has_training": true}),
            eligible: true,
            documents: &[
                APP,
                ("close_relatives_consent", "electronic_copy"),
                ("income", "electronic_copy"),
                ("health_certificates", "electronic_copy"),
                ("training_certificate", "electronic_copy"),
            ],
            risks: &[],
            due: "2026-12-30T18:30",
        },
        // Annex 18 (iii) at the school: a ward born without an АХАЖ record — the birth certificate as a copy.
        Case {
            code: "00403009",
            channel: "education_organisation",
            variant: None,
            facts: json!({"child_orphan": true, "child_brought_up_in_family": true, "child_birth_in_civil_registry": false}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("birth_certificate", "copy"),
                ("status_guardianship_decision", "copy"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 18 (ii) at the provider: income below the minimum, a marriage not in АХАЖ.
        Case {
            code: "00403009",
            channel: "office",
            variant: None,
            facts: json!({"per_capita_income_below_subsistence": true, "married": true, "marriage_in_civil_registry": false}),
            eligible: true,
            documents: &[
                APP,
                ID,
                ("marriage_or_divorce_certificate", "copy"),
                ("status_income", "copy"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 15 at the provider: a remote village, originals for comparison.
        Case {
            code: "00403007",
            channel: "office",
            variant: None,
            facts: json!({"lives_in_remote_rural_settlement": true}),
            eligible: true,
            documents: &[APP, ID, ("school_certificate", "original_for_check")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 15 at the school: the same list as the provider's.
        Case {
            code: "00403007",
            channel: "education_organisation",
            variant: None,
            facts: json!({"lives_in_remote_rural_settlement": true}),
            eligible: true,
            documents: &[APP, ID, ("school_certificate", "original_for_check")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 11 on the portal: a trained couple married abroad — the marriage certificate, no risk.
        Case {
            code: "00404007",
            channel: "portal",
            variant: None,
            facts: json!({"married": true, "married_abroad": true}),
            eligible: true,
            documents: &[
                APP,
                ("marriage_certificate", "electronic_copy"),
                ("health_certificates", "electronic_copy"),
                ("criminal_record_certificates", "electronic_copy"),
                ("housing_documents", "electronic_copy"),
                ("bank_account_contract", "electronic_copy"),
                ("training_certificate", "electronic_copy"),
            ],
            risks: &[],
            due: "2026-12-30T18:30",
        },
        // Annex 13 at the provider: a parent who is not deprived of rights is outside the service.
        Case {
            code: "00402010",
            channel: "office",
            variant: None,
            facts: json!({}),
            eligible: false,
            documents: &[
                APP,
                ID,
                ("deprivation_court_decision", "copy"),
                ("police_reference", "document"),
            ],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 2, accreditation at the provider: 12 items, 30 calendar days; not for parents.
        Case {
            code: "00404005",
            channel: "office",
            variant: Some(Variant::Accreditation),
            facts: json!({}),
            eligible: false,
            documents: &[
                APP,
                ID,
                ("constituent_documents", "copy"),
                ("authority_document", "copy"),
                ("recommendation_letter", "copy"),
                ("services_list", "copy"),
                ("monitoring_undertaking", "copy"),
                ("consular_undertaking", "copy"),
                ("power_of_attorney", "copy"),
                ("successor_undertaking", "copy"),
                ("notification_undertaking", "copy"),
                ("changes_undertaking", "copy"),
            ],
            risks: &[],
            due: "2027-01-14T18:30",
        },
        // Annex 2, extension on the portal: 2 items, 15 calendar days.
        Case {
            code: "00404005",
            channel: "portal",
            variant: Some(Variant::Extension),
            facts: json!({}),
            eligible: false,
            documents: &[APP, ("power_of_attorney", "electronic_copy")],
            risks: &[],
            due: "2026-12-30T18:30",
        },
        // Annex 17 (iv) on the portal: the school's collegial body placed the pupil in a category.
        Case {
            code: "00403008",
            channel: "portal",
            variant: None,
            facts: json!({"family_in_emergency_or_collegial_category": true}),
            eligible: true,
            documents: &[APP, ("status_collegial_decision", "electronic_copy")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
        // Annex 18 (i) on the portal, a state-school pupil on TSA.
        Case {
            code: "00403009",
            channel: "portal",
            variant: None,
            facts: json!({"family_receives_targeted_social_assistance": true}),
            eligible: true,
            documents: &[APP, ("status_tsa", "electronic_copy")],
            risks: &[],
            due: "2026-12-23T18:30",
        },
    ];
    for c in &cases {
        check(c);
    }
}

/// Every service of the catalogue and every channel it is offered through
/// has at least one golden row above (issue 16, "Done when").
#[test]
fn golden_cases_cover_every_service_and_channel() {
    let src = include_str!("catalogue_golden.rs");
    for e in kezek_rules::catalogue::catalogue() {
        for ch in e.channels {
            let row = format!(
                "code: \"{}\",\n            channel: \"{}\"",
                e.code,
                ch.name()
            );
            assert!(
                src.contains(&row),
                "no golden row for {} through {}",
                e.code,
                ch.name()
            );
        }
    }
}
