//! Order No. 414, row 8 of every requirement list: the document list per
//! channel equals the seed's list item by item. Each table row is
//! (row-8 item, document id) in the seed's order; the comment above each
//! table names the annex and the channel heading in the original.

use kezek_rules::catalogue::{self, checklist, entry, FamilyFacts, ServiceChannel, Variant};

const OFFICE: ServiceChannel = ServiceChannel::OFFICE;
const SC: ServiceChannel = ServiceChannel::STATE_CORPORATION;
const PORTAL: ServiceChannel = ServiceChannel::PORTAL;
const EDU: ServiceChannel = ServiceChannel::EducationOrganisation;

/// The (item, id) list encoded for `code`, channel, variant; a sub-clause
/// numbered with a dash (Annex 2's «1-5)») by its number after the dash.
fn encoded(code: &str, ch: ServiceChannel, variant: Option<Variant>) -> Vec<(u16, &'static str)> {
    let e = entry(code).unwrap();
    let list = e
        .documents
        .iter()
        .find(|l| l.channels.contains(&ch) && l.variant == variant)
        .unwrap_or_else(|| panic!("{code}: no list for {ch:?} {variant:?}"));
    list.items
        .iter()
        .map(|i| {
            assert_eq!(i.citation.annex, Some(e.annex), "{code} {}", i.id);
            assert_eq!(i.citation.clause, Some(8), "{code} {}: row 8", i.id);
            (i.citation.sub_item.or(i.citation.sub).unwrap_or(0), i.id)
        })
        .collect()
}

fn check(code: &str, channels: &[ServiceChannel], variant: Option<Variant>, seed: &[(u16, &str)]) {
    for &ch in channels {
        assert_eq!(encoded(code, ch, variant), seed, "{code} through {ch:?}");
    }
}

#[test]
fn ann17_meals_documents_to_the_provider_and_the_school() {
    // «көрсетілетін қызметті берушіге:» 1)–5); item 5 the status document of
    // categories (i)–(iv).
    check(
        "00403008",
        &[OFFICE, EDU],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "birth_certificate"),
            (4, "marriage_or_divorce_certificate"),
            (5, "status_tsa"),
            (5, "status_income"),
            (5, "status_guardianship_decision"),
            (5, "status_collegial_decision"),
        ],
    );
}

#[test]
fn ann17_meals_documents_on_the_portal() {
    check(
        "00403008",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "birth_certificate"),
            (3, "marriage_or_divorce_certificate"),
            (4, "status_tsa"),
            (4, "status_income"),
            (4, "status_guardianship_decision"),
            (4, "status_collegial_decision"),
        ],
    );
}

#[test]
fn ann18_camps_documents_at_the_provider_state_corporation_and_school() {
    check(
        "00403009",
        &[OFFICE, SC, EDU],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "birth_certificate"),
            (4, "marriage_or_divorce_certificate"),
            (5, "medical_071"),
            (6, "status_tsa"),
            (6, "status_income"),
            (6, "status_guardianship_decision"),
            (6, "status_collegial_decision"),
        ],
    );
}

#[test]
fn ann18_camps_documents_on_the_portal() {
    check(
        "00403009",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "birth_certificate"),
            (3, "marriage_or_divorce_certificate"),
            (4, "medical_071"),
            (5, "status_tsa"),
            (5, "status_income"),
            (5, "status_guardianship_decision"),
            (5, "status_collegial_decision"),
        ],
    );
}

#[test]
fn ann15_transport_documents_at_the_provider_state_corporation_and_school() {
    check(
        "00403007",
        &[OFFICE, SC, EDU],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "birth_certificate"),
            (4, "school_certificate"),
        ],
    );
}

#[test]
fn ann15_transport_documents_on_the_portal() {
    check(
        "00403007",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "birth_certificate"),
            (3, "school_certificate"),
        ],
    );
}

#[test]
fn ann4_guardianship_certificate_asks_only_the_application() {
    // Row 8: «Белгіленген нысандағы өтініш» (one unnumbered item).
    check("00402002", &[PORTAL], None, &[(0, "application")]);
}

#[test]
fn ann5_minors_property_documents_on_the_portal() {
    check(
        "00402004",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "birth_certificate"),
            (3, "consent_spouse_or_other_representative"),
            (3, "parent_not_caring_proof"),
            (4, "inheritance_certificate"),
            (5, "property_documents"),
            (6, "child_opinion"),
        ],
    );
}

#[test]
fn ann6_guardianship_documents_at_the_state_corporation() {
    check(
        "00402003",
        &[SC],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "spouse_consent"),
            (4, "health_certificates"),
            (5, "marriage_certificate"),
            (6, "birth_certificate"),
            (7, "parents_not_caring_proof"),
            (8, "income"),
            (9, "kinship"),
            (10, "training_certificate"),
            (11, "housing_right"),
        ],
    );
}

#[test]
fn ann6_guardianship_documents_on_the_portal() {
    check(
        "00402003",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "spouse_consent"),
            (3, "health_certificates"),
            (4, "marriage_certificate"),
            (5, "birth_certificate"),
            (6, "income"),
            (7, "parents_not_caring_proof"),
            (8, "housing_right"),
            (9, "kinship"),
            (10, "training_certificate"),
        ],
    );
}

/// Annex 6 row 8: «Мемлекеттік корпорацияға» item 8 asks for
/// «… табысы туралы мәліметтер» (information on the income), the portal's
/// item 6 for «… табысы туралы құжаттардың электрондық көшірмелері»
/// (electronic copies of the documents on it): two different things, each
/// said in its own words — not the one label «мәліметтер» on both lists.
#[test]
fn ann6_row8_income_information_at_the_state_corporation_documents_on_the_portal() {
    use kezek_rules::messages::{catalogue_ftl, message_value};
    let e = entry("00402003").unwrap();
    let item = |ch: ServiceChannel, n: u16| {
        let list = e
            .documents
            .iter()
            .find(|l| l.channels.contains(&ch))
            .unwrap();
        *list
            .items
            .iter()
            .find(|i| i.citation.sub == Some(n))
            .unwrap()
    };
    let (sc, portal) = (item(SC, 8), item(PORTAL, 6));
    assert_eq!((sc.id, portal.id), ("income", "income"));
    assert_ne!(sc.name_key, portal.name_key, "one label for both");
    let kk = |key: &str| message_value(catalogue_ftl("kk").unwrap(), key).unwrap();
    assert!(
        kk(sc.name_key).contains("табыстары туралы мәліметтер"),
        "{}",
        kk(sc.name_key)
    );
    assert!(
        kk(portal.name_key).contains("табысы туралы құжаттар"),
        "{}",
        kk(portal.name_key)
    );
}

/// Annex 6 row 8, the State Corporation's item 8 and the portal's item 6:
/// «көрсетілетін қызметті алушының және (немесе) егер ол некеде тұрса оның
/// жұбайының (зайыбының) табысы туралы …» — the applicant's *and/or* the
/// spouse's income. ru said «и (или)»; en said "your and your spouse's
/// income", both, as if one's alone would not do. Every language says the
/// order's "and/or".
#[test]
fn ann6_row8_income_labels_say_and_or_as_the_order_does() {
    use kezek_rules::messages::{catalogue_ftl, message_value};
    for (lang, and_or) in [("kk", "және (немесе)"), ("ru", "и (или)"), ("en", "and/or")]
    {
        for key in ["doc-income", "doc-income-documents"] {
            let text = message_value(catalogue_ftl(lang).unwrap(), key).unwrap();
            assert!(text.contains(and_or), "{lang} {key}: {text}");
        }
    }
}

/// Annex 6 row 8 (the State Corporation's item 8, the portal's item 6):
/// «көрсетілетін қызметті алушының және (немесе) егер ол некеде тұрса оның
/// жұбайының (зайыбының) табысы туралы …»; Annex 3 row 8 item 3: «жиынтық
/// табыстың мөлшері туралы анықтаманың … (жұмыс орнынан еңбекақысы туралы,
/// Кәсіпкерлік қызметпен айналысудан түскен табыстары және некеде тұрған
/// жағдайда, көрсетілетін қызметті алушы мен жұбайының (зайыбының) өзге де
/// табыстары туралы анықтама)». The spouse's income is asked only of one who
/// is married. The labels said "your and/or your spouse's income" and, for
/// Annex 3, "wages, business and other income" with no spouse at all: the
/// condition «егер ол некеде тұрса» was dropped in kk, ru and en. Every label
/// that names the spouse's income now says "if you are married", and Annex 3's
/// names the spouse's (if married) beside the applicant's.
#[test]
fn ann3_row8_item3_ann6_row8_item8_spouse_income_only_if_married() {
    use kezek_rules::messages::{catalogue_ftl, message_value};
    for (lang, if_married, spouse) in [
        ("kk", "некеде тұрса", "жұбайының (зайыбының)"),
        ("ru", "если он состоит в браке", "супруга (супруги)"),
        ("en", "if you are married", "your spouse"),
    ] {
        for key in ["doc-income", "doc-income-documents", "doc-total-income"] {
            let text = message_value(catalogue_ftl(lang).unwrap(), key).unwrap();
            assert!(
                text.contains(if_married) && text.contains(spouse),
                "{lang} {key}: {text}"
            );
        }
    }
    // The lines stay on every list: the applicant's own income is always asked.
    for (code, ch, item) in [
        ("00402003", SC, 8),
        ("00402003", PORTAL, 6),
        ("00404004", PORTAL, 3),
    ] {
        let e = entry(code).unwrap();
        let line = e
            .documents
            .iter()
            .find(|l| l.channels.contains(&ch))
            .unwrap()
            .items
            .iter()
            .find(|i| i.citation.sub == Some(item))
            .unwrap();
        assert_eq!(line.id, "income", "{code} {ch:?}");
        assert_eq!(
            line.condition,
            catalogue::Condition::Always,
            "{code} {ch:?}"
        );
    }
}

#[test]
fn ann11_foster_family_documents_to_the_provider() {
    check(
        "00404007",
        &[OFFICE],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "marriage_certificate"),
            (4, "health_certificates"),
            (5, "criminal_record_certificates"),
            (6, "housing_documents"),
            (7, "kinship"),
            (8, "training_certificate"),
            (9, "bank_account_contract"),
        ],
    );
}

#[test]
fn ann11_foster_family_documents_on_the_portal() {
    check(
        "00404007",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "marriage_certificate"),
            (3, "health_certificates"),
            (4, "criminal_record_certificates"),
            (5, "housing_documents"),
            (6, "bank_account_contract"),
            (7, "kinship"),
            (8, "training_certificate"),
        ],
    );
}

#[test]
fn ann13_meeting_permission_documents() {
    check(
        "00402010",
        &[OFFICE, SC],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "deprivation_court_decision"),
            (4, "police_reference"),
        ],
    );
}

#[test]
fn ann20_child_opinion_documents() {
    check(
        "00402013",
        &[OFFICE],
        None,
        &[
            (1, "application"),
            (2, "identity"),
            (3, "consent_spouse_or_other_representative"),
            (4, "marriage_certificate"),
            (4, "parent_not_caring_proof"),
            (5, "birth_certificate"),
        ],
    );
}

#[test]
fn ann3_adoption_registration_documents_on_the_portal() {
    check(
        "00404004",
        &[PORTAL],
        None,
        &[
            (1, "application"),
            (2, "close_relatives_consent"),
            (3, "income"),
            (4, "health_certificates"),
            (5, "housing_right"),
            (6, "training_certificate"),
        ],
    );
}

#[test]
fn ann2_agency_accreditation_documents() {
    let office = [
        "application",
        "identity",
        "constituent_documents",
        "authority_document",
        "recommendation_letter",
        "services_list",
        "monitoring_undertaking",
        "consular_undertaking",
        "power_of_attorney",
        "successor_undertaking",
        "notification_undertaking",
        "changes_undertaking",
    ];
    let seed: Vec<(u16, &str)> = (1..).zip(office).collect();
    check("00404005", &[OFFICE], Some(Variant::Accreditation), &seed);
    // The portal list has no identity document: 1-1)…1-11).
    let portal: Vec<&str> = office
        .iter()
        .copied()
        .filter(|d| *d != "identity")
        .collect();
    let seed: Vec<(u16, &str)> = (1..).zip(portal).collect();
    check("00404005", &[PORTAL], Some(Variant::Accreditation), &seed);
    check(
        "00404005",
        &[OFFICE, PORTAL],
        Some(Variant::Extension),
        &[(1, "application"), (2, "power_of_attorney")],
    );
}

/// Annex 2 row 8 numbers each sub-type's documents under its own item:
/// «1) "Бала асырап алу жөніндегі агенттікті аккредиттеу" … кіші түрі үшін:
/// 1-1) … 1-12)» (the portal's 1-1) … 1-11)) and «2) "… аккредиттеу
/// мерзімін ұзарту" … кіші түрі үшін: 2-1) … өтініші; 2-2) … сенімхатының
/// көшірмесі». Every line cited row 8 with the second number alone («8, 1)»
/// for both 1-1) and 2-1)), so the extension's lines could not be told from
/// the accreditation's first two, and «5)» named no item of the row. Each
/// line now cites its own item: «1-5)», «2-1)» (key `order414:annex2:8.2-1`).
#[test]
fn ann2_row8_items_1_1_to_1_12_and_2_1_2_2_each_line_cites_its_own_item() {
    let keys = |ch: ServiceChannel, v: Variant| -> Vec<(String, &'static str)> {
        let e = entry("00404005").unwrap();
        let list = e
            .documents
            .iter()
            .find(|l| l.channels.contains(&ch) && l.variant == Some(v))
            .unwrap();
        list.items
            .iter()
            .map(|i| (i.citation.key(), i.id))
            .collect()
    };
    let item = |sub: u16, n: u16| format!("order414:annex2:8.{sub}-{n}");
    for (ch, v, sub, count) in [
        (OFFICE, Variant::Accreditation, 1, 12),
        (PORTAL, Variant::Accreditation, 1, 11),
        (OFFICE, Variant::Extension, 2, 2),
        (PORTAL, Variant::Extension, 2, 2),
    ] {
        let got = keys(ch, v);
        let want: Vec<String> = (1..=count).map(|n| item(sub, n)).collect();
        let got_keys: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(got_keys, want, "{ch:?} {v:?}");
    }
    // The checklist a request gets carries the same citation.
    let lines = checklist(
        "00404005",
        OFFICE,
        Some(Variant::Extension),
        &FamilyFacts::default(),
    )
    .unwrap();
    assert_eq!(lines[0].citation.key(), item(2, 1), "{lines:?}");
}

#[test]
fn every_service_has_a_list_for_every_channel() {
    for e in catalogue::catalogue() {
        let variants: Vec<Option<Variant>> = if e.has_variants() {
            Variant::ALL.into_iter().map(Some).collect()
        } else {
            vec![None]
        };
        for &ch in e.channels {
            for v in &variants {
                let list = checklist(e.code, ch, *v, &FamilyFacts::default()).unwrap();
                assert!(!list.is_empty(), "{} {ch:?}", e.code);
                assert_eq!(
                    list[0].id, "application",
                    "{} {ch:?}: the application comes first",
                    e.code
                );
            }
        }
    }
}

// Conditions of row 8, checked through `checklist`.

fn ids(code: &str, ch: ServiceChannel, f: &FamilyFacts) -> Vec<&'static str> {
    checklist(code, ch, None, f)
        .unwrap()
        .iter()
        .map(|l| l.id)
        .collect()
}

#[test]
fn ann17_item3_birth_certificate_only_when_not_in_registry_or_born_abroad() {
    let mut f = FamilyFacts::default();
    assert!(!ids("00403008", OFFICE, &f).contains(&"birth_certificate"));
    f.child_born_abroad = true;
    assert!(ids("00403008", OFFICE, &f).contains(&"birth_certificate"));
    let f = FamilyFacts {
        child_birth_in_civil_registry: false,
        ..Default::default()
    };
    assert!(ids("00403008", PORTAL, &f).contains(&"birth_certificate"));
}

#[test]
fn ann17_item5_status_document_follows_the_category() {
    let f = FamilyFacts {
        family_receives_targeted_social_assistance: true,
        ..Default::default()
    };
    let got = ids("00403008", OFFICE, &f);
    assert!(got.contains(&"status_tsa"));
    assert!(
        !got.contains(&"status_income"),
        "a TSA family is category (i), not (ii)"
    );
    let f = FamilyFacts {
        per_capita_income_below_subsistence: true,
        ..Default::default()
    };
    assert_eq!(
        ids("00403008", OFFICE, &f),
        ["application", "identity", "status_income"]
    );
}

#[test]
fn ann18_item5_form_071_on_every_list_whatever_the_camp() {
    // Row 8 item 5 names it without a condition (the parent walkthrough of
    // 03.12.2026; it had been kept for a «health camp» answer only).
    let f = FamilyFacts {
        going_to_health_camp: true,
        ..Default::default()
    };
    assert!(ids("00403009", SC, &f).contains(&"medical_071"));
    assert!(ids("00403009", SC, &FamilyFacts::default()).contains(&"medical_071"));
}

#[test]
fn ann18_item3_office_birth_certificate_not_asked_for_birth_abroad_alone() {
    // The office list says only «АХАЖ АЖ-да мәліметтер болмаған кезде».
    let f = FamilyFacts {
        child_born_abroad: true,
        ..Default::default()
    };
    assert!(!ids("00403009", OFFICE, &f).contains(&"birth_certificate"));
    assert!(ids("00403009", PORTAL, &f).contains(&"birth_certificate"));
}

#[test]
fn ann6_row8_child_in_institution_needs_no_birth_or_no_care_documents() {
    let mut f = FamilyFacts {
        child_birth_in_civil_registry: false,
        ..Default::default()
    };
    let got = ids("00402003", SC, &f);
    assert!(got.contains(&"birth_certificate") && got.contains(&"parents_not_caring_proof"));
    f.child_in_residential_institution = true;
    let got = ids("00402003", SC, &f);
    assert!(!got.contains(&"birth_certificate") && !got.contains(&"parents_not_caring_proof"));
}

#[test]
fn ann6_item10_training_certificate_not_for_close_relatives() {
    assert!(ids("00402003", PORTAL, &FamilyFacts::default()).contains(&"training_certificate"));
    let f = FamilyFacts {
        applicant_is_close_relative: true,
        ..Default::default()
    };
    let got = ids("00402003", PORTAL, &f);
    assert!(!got.contains(&"training_certificate"));
    assert!(
        got.contains(&"kinship"),
        "item 9: kinship documents of a relative"
    );
}

#[test]
fn ann6_items3_5_spouse_consent_and_marriage_certificate_when_married() {
    let f = FamilyFacts {
        married: true,
        married_abroad: true,
        ..Default::default()
    };
    let got = ids("00402003", SC, &f);
    assert!(got.contains(&"spouse_consent") && got.contains(&"marriage_certificate"));
    let got = ids("00402003", SC, &FamilyFacts::default());
    assert!(!got.contains(&"spouse_consent") && !got.contains(&"marriage_certificate"));
}

#[test]
fn ann6_item11_housing_right_only_without_ownership() {
    let f = FamilyFacts {
        applicant_owns_housing: false,
        ..Default::default()
    };
    assert!(ids("00402003", SC, &f).contains(&"housing_right"));
    assert!(!ids("00402003", SC, &FamilyFacts::default()).contains(&"housing_right"));
}

#[test]
fn ann11_item9_bank_account_contract_always() {
    assert!(ids("00404007", OFFICE, &FamilyFacts::default()).contains(&"bank_account_contract"));
    assert!(ids("00404007", PORTAL, &FamilyFacts::default()).contains(&"bank_account_contract"));
}

#[test]
fn ann5_item3_consent_or_proof_that_a_parent_does_not_care() {
    // The same clause as Annex 20 item 3 (see catalogue_second_reading.rs):
    // consent of the spouse, or of the representative living separately.
    let got = ids("00402004", PORTAL, &FamilyFacts::default());
    assert!(!got.contains(&"consent_spouse_or_other_representative"));
    let apart = FamilyFacts {
        other_parent_lives_separately: true,
        ..Default::default()
    };
    let got = ids("00402004", PORTAL, &apart);
    assert!(got.contains(&"consent_spouse_or_other_representative"));
    let f = FamilyFacts {
        one_parent_not_caring: true,
        other_parent_lives_separately: true,
        ..Default::default()
    };
    let got = ids("00402004", PORTAL, &f);
    assert!(got.contains(&"parent_not_caring_proof"));
    assert!(!got.contains(&"consent_spouse_or_other_representative"));
}

#[test]
fn ann5_item6_child_opinion_from_age_ten() {
    use chrono::NaiveDate;
    let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
    let mut f = FamilyFacts {
        child_birth_date: d(2016, 11, 24),
        application_date: d(2026, 11, 23),
        ..Default::default()
    };
    assert!(
        !ids("00402004", PORTAL, &f).contains(&"child_opinion"),
        "one day short of ten"
    );
    f.application_date = d(2026, 11, 24);
    assert!(ids("00402004", PORTAL, &f).contains(&"child_opinion"));
}

#[test]
fn ann5_items4_5_inheritance_and_property_documents_when_needed() {
    let f = FamilyFacts {
        inheritance_right_arose: true,
        property_in_state_systems: false,
        ..Default::default()
    };
    let got = ids("00402004", PORTAL, &f);
    assert!(got.contains(&"inheritance_certificate") && got.contains(&"property_documents"));
}

#[test]
fn ann20_item3_consent_when_married_or_other_parent_apart() {
    assert!(!ids("00402013", OFFICE, &FamilyFacts::default())
        .contains(&"consent_spouse_or_other_representative"));
    let f = FamilyFacts {
        other_parent_lives_separately: true,
        ..Default::default()
    };
    assert!(ids("00402013", OFFICE, &f).contains(&"consent_spouse_or_other_representative"));
}

#[test]
fn channels_not_in_row2_are_refused_with_the_field_named() {
    let err = checklist("00403008", SC, None, &FamilyFacts::default()).unwrap_err();
    assert_eq!(err.field(), "channel", "{err}");
    let err = checklist("99999999", SC, None, &FamilyFacts::default()).unwrap_err();
    assert_eq!(err.field(), "service", "{err}");
}

#[test]
fn channel_names_round_trip() {
    for ch in [OFFICE, SC, PORTAL, EDU] {
        assert_eq!(ServiceChannel::parse(ch.name()).unwrap(), ch);
    }
}
