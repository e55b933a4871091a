//! Tests of the checklist, named after the Annex 2 / Annex 4 items and the
//! clauses they check.

use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn case(service: &str, channel: &str, extra: &str) -> Case {
    Case::from_json(&format!(
        r#"{{"service":"{service}","channel":"{channel}","as_of":"2026-11-23T10:00",
        "applicant":{{"role":"parent"}},"consent":true,
        "child":{{"birth_date":"2023-05-10","settlement":"Astana"}}{extra}}}"#
    ))
    .unwrap()
}

fn items(c: &Checklist) -> Vec<(u8, DocumentKind)> {
    c.items.iter().map(|i| (i.item, i.document)).collect()
}

#[test]
fn annex2_8_office_list_has_eight_items() {
    let c = build(
        &case("00403001", "provider_office", ""),
        Calendar::builtin(),
    );
    assert_eq!(
        item_count(Service::QueueRegistration, Channel::ProviderOffice),
        8
    );
    assert_eq!(
        items(&c),
        vec![
            (1, D::ApplicationForm),
            (2, D::BirthCertificate),
            (3, D::ApplicantIdentity),
            (4, D::ServiceWorkplaceCertificate),
            (5, D::TeacherWorkplaceCertificate),
            (5, D::TeacherDiploma),
            (6, D::PmpcConclusion),
            (7, D::PhthisiatricianConclusion),
            (8, D::FirstPriorityProof),
        ]
    );
    // Identification: shown, not "nothing to bring" (sub. 2–3, cl. 5).
    assert_eq!(c.items[1].status, Status::ShowForIdentification);
    assert_eq!(c.items[2].status, Status::ShowForIdentification);
    // A general-queue family still needs the phthisiatrician's conclusion.
    assert_eq!(c.missing, vec![D::PhthisiatricianConclusion]);
}

#[test]
fn annex2_8_state_corporation_uses_office_list() {
    assert_eq!(
        item_count(Service::QueueRegistration, Channel::StateCorporation),
        8
    );
}

#[test]
fn annex2_8_portal_list_has_five_items() {
    let c = build(&case("00403001", "egov_portal", ""), Calendar::builtin());
    assert_eq!(
        item_count(Service::QueueRegistration, Channel::EgovPortal),
        5
    );
    assert_eq!(
        items(&c),
        vec![
            (1, D::ApplicationForm),
            (2, D::ServiceWorkplaceCertificate),
            (3, D::TeacherWorkplaceCertificate),
            (3, D::TeacherDiploma),
            (4, D::PmpcConclusion),
            (5, D::PhthisiatricianConclusion),
        ]
    );
    assert_eq!(c.automatic.len(), 2);
}

#[test]
fn annex4_8_office_and_portal_lists_have_seven_items() {
    assert_eq!(item_count(Service::Admission, Channel::ProviderOffice), 7);
    assert_eq!(item_count(Service::Admission, Channel::EgovPortal), 7);
    let c = build(
        &case("00403002", "provider_office", ""),
        Calendar::builtin(),
    );
    assert_eq!(
        items(&c),
        vec![
            (1, D::Referral),
            (2, D::ApplicationForm),
            (3, D::ApplicantIdentity),
            (4, D::BirthCertificate),
            (5, D::VaccinationCard),
            (6, D::HealthCertificate),
            (7, D::PmpcConclusion),
        ]
    );
    assert!(!c.complete);
    assert_eq!(
        c.missing,
        vec![D::Referral, D::VaccinationCard, D::HealthCertificate]
    );
}

#[test]
fn annex2_8_4_serviceman_certificate_expires_after_one_month() {
    let c = build(
        &case(
            "00403001",
            "provider_office",
            r#","family":{"serviceman":true},"documents":[{"kind":"service_workplace_certificate","issued_on":"2026-10-20"}]"#,
        ),
        Calendar::builtin(),
    );
    let i = &c.items[3];
    assert_eq!(i.status, Status::Expired);
    assert_eq!(i.last_valid_day, Some(d(2026, 11, 20)));
    assert!(!c.complete);
}

#[test]
fn annex2_8_5_teacher_certificate_expires_soon_within_window() {
    let c = build(
        &case(
            "00403001",
            "egov_portal",
            r#","family":{"teacher":true},"documents":[{"kind":"teacher_workplace_certificate","issued_on":"2026-10-26"},{"kind":"teacher_diploma"},{"kind":"phthisiatrician_conclusion"}]"#,
        ),
        Calendar::builtin(),
    );
    assert_eq!(c.items[2].status, Status::ExpiresSoon);
    assert_eq!(c.items[2].last_valid_day, Some(d(2026, 11, 26)));
    assert_eq!(c.items[3].status, Status::Ok);
    assert!(c.complete);
}

#[test]
fn annex4_8_1_referral_five_working_days() {
    let c = build(
        &case(
            "00403002",
            "provider_office",
            r#","documents":[{"kind":"referral","issued_on":"2026-11-13"},{"kind":"vaccination_card"},{"kind":"health_certificate","issued_on":"2026-11-21"}]"#,
        ),
        Calendar::builtin(),
    );
    // Friday 13 Nov: the fifth working day after it is Friday 20 Nov.
    assert_eq!(c.items[0].last_valid_day, Some(d(2026, 11, 20)));
    assert_eq!(c.items[0].status, Status::Expired);
    assert_eq!(c.items[5].status, Status::ExpiresSoon);
}

#[test]
fn cl34_1_health_certificate_older_than_three_days_before_contract_is_expired() {
    let c = build(
        &case(
            "00403002",
            "provider_office",
            r#","admission":{"contract_date":"2026-11-25"},"documents":[{"kind":"health_certificate","issued_on":"2026-11-21"}]"#,
        ),
        Calendar::builtin(),
    );
    let h = &c.items[5];
    assert_eq!(h.last_valid_day, Some(d(2026, 11, 24)));
    assert_eq!(h.status, Status::Expired);
    assert!(h.reasons.contains(&ReasonCode::DocTooEarlyForContract));
}

#[test]
fn cl34_1_health_certificate_is_valid_on_its_last_day_the_contract_day() {
    // Issued Mon 23.11, contract Thu 26.11: three calendar days, its last
    // valid day is the contract day itself. It is valid, not "expires
    // soon, apply earlier": with the contract date given it is judged on
    // that day only.
    let c = build(
        &case(
            "00403002",
            "provider_office",
            r#","admission":{"contract_date":"2026-11-26"},"documents":[{"kind":"health_certificate","issued_on":"2026-11-23"}]"#,
        ),
        Calendar::builtin(),
    );
    let h = &c.items[5];
    assert_eq!(h.document, DocumentKind::HealthCertificate);
    assert_eq!(h.last_valid_day, Some(d(2026, 11, 26)));
    assert_eq!(h.status, Status::Ok);
    assert!(!h.reasons.contains(&ReasonCode::DocTooEarlyForContract));
}

#[test]
fn annex4_8_emergency_items_4_to_6_may_come_later() {
    let c = build(
        &case(
            "00403002",
            "egov_portal",
            r#","admission":{"emergency_measures":true},"documents":[{"kind":"referral","issued_on":"2026-11-23"}]"#,
        ),
        Calendar::builtin(),
    );
    assert_eq!(c.items[4].status, Status::Later);
    assert_eq!(c.items[5].status, Status::Later);
    assert!(c.complete);
}

#[test]
fn annex2_8_application_needs_consent() {
    let mut k = case("00403001", "egov_portal", "");
    k.consent = false;
    let c = build(&k, Calendar::builtin());
    assert_eq!(c.items[0].status, Status::Missing);
    assert!(!c.complete);
}

#[test]
fn annex2_8_7_phthisiatrician_listed_without_if_any_for_every_applicant() {
    for channel in ["provider_office", "state_corporation", "egov_portal"] {
        let c = build(&case("00403001", channel, ""), Calendar::builtin());
        let i = c
            .items
            .iter()
            .find(|i| i.document == D::PhthisiatricianConclusion)
            .unwrap();
        assert_eq!(i.status, Status::Missing, "{channel}");
        assert!(i.reasons.contains(&ReasonCode::DocPhthisiatricianReading));
        assert!(i.citations.contains(&Citation::annex(2, 9, Some(4))));
        assert!(!c.complete);
    }
}

#[test]
fn annex2_8_6_pmpc_if_any_missing_is_unconfirmed_not_incomplete() {
    let c = build(
        &case(
            "00403001",
            "egov_portal",
            r#","documents":[{"kind":"phthisiatrician_conclusion"}]"#,
        ),
        Calendar::builtin(),
    );
    assert!(c.complete);
    let mut k = case(
        "00403001",
        "egov_portal",
        r#","documents":[{"kind":"phthisiatrician_conclusion"}]"#,
    );
    k.child.special_educational_needs = true;
    let c = build(&k, Calendar::builtin());
    let i = c
        .items
        .iter()
        .find(|i| i.document == D::PmpcConclusion)
        .unwrap();
    assert_eq!(i.status, Status::Unconfirmed);
    assert_eq!(i.reasons[0], ReasonCode::DocPriorityUnconfirmed);
    assert!(
        c.complete,
        "the conclusion is «(бар болғанда)»: {:?}",
        c.missing
    );
    assert_eq!(c.unconfirmed, vec![D::PmpcConclusion]);
    // Annex 4 office item 7 has no "if any": required for a SEN child.
    let mut k = case("00403002", "provider_office", "");
    k.child.special_educational_needs = true;
    let c = build(&k, Calendar::builtin());
    assert!(c.missing.contains(&D::PmpcConclusion));
}

#[test]
fn cl20_1_law_enforcement_certificate_by_analogy_missing_is_unconfirmed() {
    let c = build(
        &case(
            "00403001",
            "provider_office",
            r#","family":{"law_enforcement":true},"documents":[{"kind":"phthisiatrician_conclusion"}]"#,
        ),
        Calendar::builtin(),
    );
    let i = &c.items[3];
    assert_eq!(i.document, D::ServiceWorkplaceCertificate);
    assert_eq!(i.status, Status::Unconfirmed);
    assert!(i.reasons.contains(&ReasonCode::DocLawEnforcementReading));
    assert!(i.citations.contains(&Citation::sub(20, 1)));
    assert!(i.citations.contains(&Citation::clause(22)));
    assert!(
        !i.citations.contains(&Citation::annex(2, 8, Some(4))),
        "sub. 4 names only servicemen and special state bodies"
    );
    assert!(c.complete);
}

#[test]
fn annex2_8_2_3_identity_shown_at_office_annex4_otp_at_preschool() {
    let c = build(
        &case("00403002", "provider_office", ""),
        Calendar::builtin(),
    );
    for i in &c.items[2..4] {
        assert_eq!(i.status, Status::ShowForIdentification, "{:?}", i.document);
        assert!(i.reasons.contains(&ReasonCode::DocDigitalDocumentOtp));
    }
    let c = build(
        &case("00403001", "state_corporation", ""),
        Calendar::builtin(),
    );
    assert_eq!(c.items[1].status, Status::ShowForIdentification);
    assert_ne!(c.items[1].reasons[0], ReasonCode::DocAutomatic);
}

#[test]
fn cl22_admission_rechecks_priority_proof_valid_on_the_day_of_the_check() {
    // A teacher's certificate issued 20.10 is valid until 20.11: stale at a
    // check on 23.11, although the Annex 4 list does not include it.
    let c = build(
        &case(
            "00403002",
            "provider_office",
            r#","family":{"teacher":true,"large_family":true},"documents":[{"kind":"teacher_workplace_certificate","issued_on":"2026-10-20"}]"#,
        ),
        Calendar::builtin(),
    );
    let re: Vec<&ChecklistItem> = c
        .items
        .iter()
        .filter(|i| i.condition == Condition::PriorityRecheck)
        .collect();
    let docs: Vec<D> = re.iter().map(|i| i.document).collect();
    assert_eq!(
        docs,
        vec![
            D::TeacherWorkplaceCertificate,
            D::TeacherDiploma,
            D::FirstPriorityProof
        ]
    );
    assert_eq!(re[0].status, Status::Unconfirmed);
    assert!(re[0].reasons.contains(&ReasonCode::DocExpired));
    assert!(re[0].reasons.contains(&ReasonCode::DocRecheckCl22));
    assert_eq!(re[0].citations[0], Citation::clause(22));
    assert_eq!(re[0].item, 0);
    assert!(!c.expired.contains(&D::TeacherWorkplaceCertificate));
    assert!(c.unconfirmed.contains(&D::TeacherWorkplaceCertificate));
    // The Annex 4 count is unchanged.
    assert_eq!(item_count(Service::Admission, Channel::ProviderOffice), 7);
}

#[test]
fn cl30_extended_referral_is_valid_and_a_second_extension_is_not_offered() {
    // Issued 13.11, valid to 20.11; extended by 30 days: to 20.12.
    let c = build(
        &case(
            "00403002",
            "provider_office",
            r#","admission":{"referral_extension_days":30},"documents":[{"kind":"referral","issued_on":"2026-11-13"}]"#,
        ),
        Calendar::builtin(),
    );
    assert_eq!(c.items[0].last_valid_day, Some(d(2026, 12, 20)));
    assert_eq!(c.items[0].status, Status::Ok);
    assert!(c.items[0]
        .reasons
        .contains(&ReasonCode::DocReferralExtendedOnce));
    assert!(!c.items[0]
        .reasons
        .contains(&ReasonCode::DocReferralMayExtend));
    assert!(c.items[0].citations.contains(&Citation::clause(30)));
}

#[test]
fn cl34_1_health_passport_named_though_not_in_annex4() {
    let c = build(&case("00403002", "egov_portal", ""), Calendar::builtin());
    let h = c
        .items
        .iter()
        .find(|i| i.document == D::HealthCertificate)
        .unwrap();
    assert!(h.reasons.contains(&ReasonCode::DocHealthPassportCl34));
}

#[test]
fn annex2_8_8_first_priority_proof_comes_through_gateway() {
    let c = build(
        &case(
            "00403001",
            "provider_office",
            r#","family":{"large_family":true}"#,
        ),
        Calendar::builtin(),
    );
    assert_eq!(c.items[8].status, Status::Automatic);
    // Listed and fetched: bring it if the status is not in the databases.
    assert!(c.items[8]
        .reasons
        .contains(&ReasonCode::DocBringIfNotInDatabases));
}
