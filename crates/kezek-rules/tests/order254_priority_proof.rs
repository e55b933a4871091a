//! The priority a category counts on, and whether its proof is in hand
//! (`Evaluation::unproven_priority_documents`; second reading F9).
//!
//! The order (Kazakh text, seed 004):
//! - Annex 2 p. 8 sub. 4 (office; portal sub. 2): «әскери қызметкердің немесе
//!   арнаулы мемлекеттік орган қызметкерінің жұмыс орнынан берілген … анықтама
//!   (бар болған жағдайда) (берілген күннен бастап бір ай ішінде жарамды)».
//! - Annex 2 p. 8 sub. 5: the teacher's workplace certificate (one month) and
//!   the diploma — no "if any".
//! - cl. 22: «Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі, өз
//!   кезектілігін алады».

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, queue_case};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Category, Channel, Ground};

const OFFICE: Channel = Channel::ProviderOffice;
const PORTAL: Channel = Channel::EgovPortal;

/// Queue registration on Mon 23.11.2026 at 10:00 on `channel`.
fn on(channel: Channel) -> CaseBuilder {
    queue_case(channel, at(2026, 11, 23, 10, 0))
}

/// Each row: what the family declares and holds, the category, and the
/// proof documents not in hand (in checklist order).
#[test]
fn cl22_annex2_8_a_priority_counted_without_its_proof_in_hand_is_said() {
    let rows: Vec<(&str, CaseBuilder, Category, Vec<D>)> = vec![
        (
            "serviceman, no certificate («бар болған жағдайда»): counted, not confirmed",
            on(OFFICE).ground(Ground::Serviceman),
            Category::OutOfTurn,
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "serviceman on the portal, no certificate (portal sub. 2)",
            on(PORTAL).ground(Ground::Serviceman),
            Category::OutOfTurn,
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "serviceman, certificate of 10.11.2026 (valid to 10.12)",
            on(OFFICE)
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 10)),
            Category::OutOfTurn,
            vec![],
        ),
        (
            "serviceman, certificate of 10.10.2026 (out of date on 23.11)",
            on(OFFICE)
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 10)),
            Category::OutOfTurn,
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "special state body, no certificate",
            on(OFFICE).ground(Ground::SpecialStateBody),
            Category::OutOfTurn,
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "law enforcement (cl. 20 p. 1), certificate of 01.09.2026 (by analogy, a month)",
            on(OFFICE)
                .ground(Ground::LawEnforcement)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 9, 1)),
            Category::OutOfTurn,
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "teacher, neither certificate nor diploma (no «if any»: missing)",
            on(OFFICE).ground(Ground::Teacher),
            Category::FirstPriority,
            vec![D::TeacherWorkplaceCertificate, D::TeacherDiploma],
        ),
        (
            "teacher, both in hand",
            on(OFFICE)
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 11, 20))
                .holds(D::TeacherDiploma),
            Category::FirstPriority,
            vec![],
        ),
        (
            "large family: confirmed through the e-government gateway",
            on(PORTAL).consent().ground(Ground::LargeFamily),
            Category::FirstPriority,
            vec![],
        ),
        (
            "SEN without a PMPC conclusion: the ground is not counted (general)",
            on(OFFICE).special_needs(false),
            Category::General,
            vec![],
        ),
        ("no ground", on(OFFICE), Category::General, vec![]),
        (
            "cl. 16: a serviceman's family that left a priority referral to a state preschool — general, nothing to prove",
            on(OFFICE)
                .ground(Ground::Serviceman)
                .left_priority_referral(true, date(2026, 10, 1)),
            Category::General,
            vec![],
        ),
        (
            "admission, a teacher's certificate not re-presented: cl. 22's second check, not a queue place",
            admission(OFFICE, at(2026, 11, 23, 10, 0))
                .ground(Ground::Teacher)
                .holds_issued(D::Referral, date(2026, 11, 23))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 23)),
            Category::FirstPriority,
            vec![],
        ),
    ];
    for (name, case, category, unproven) in rows {
        let e = case.evaluate();
        assert_eq!(e.category.category, category, "{name}");
        assert_eq!(e.unproven_priority_documents(), unproven, "{name}");
    }
}

/// A one-month certificate at risk on the day the application is accepted
/// (the day of issue counted, Annex 2 p. 8 sub. 4–5: `doc.issue_day_reading_at_risk`,
/// helper-142) leaves the counted priority at risk as a reading: the place
/// and the forecast that count on it say so (review helper-144, minor 7).
/// Not unproven: the set is complete by Kezek's count.
#[test]
fn annex2_8_a_priority_proof_at_risk_on_acceptance_by_the_issue_day_reading_is_said() {
    let rows: Vec<(&str, CaseBuilder, Vec<D>)> = vec![
        (
            "serviceman on the portal at 07:30 on 25.11, certificate of 25.10 (safe day 24.11)",
            queue_case(PORTAL, at(2026, 11, 25, 7, 30))
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25)),
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "teacher at the office on 25.11, certificate of 25.10",
            queue_case(OFFICE, at(2026, 11, 25, 10, 0))
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 25))
                .holds(D::TeacherDiploma),
            vec![D::TeacherWorkplaceCertificate],
        ),
        (
            "law enforcement (by analogy) on 25.11, certificate of 25.10: at risk, no refusal ground",
            queue_case(OFFICE, at(2026, 11, 25, 10, 0))
                .ground(Ground::LawEnforcement)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25)),
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "serviceman's certificate valid, teacher's at risk: the out-of-turn place stands",
            queue_case(OFFICE, at(2026, 11, 25, 10, 0))
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 20))
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 25))
                .holds(D::TeacherDiploma),
            vec![],
        ),
        (
            "large family through the gateway, teacher's certificate at risk: first priority proven",
            queue_case(PORTAL, at(2026, 11, 25, 10, 0))
                .consent()
                .ground(Ground::LargeFamily)
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 25))
                .holds(D::TeacherDiploma),
            vec![],
        ),
        (
            "serviceman on the portal on Fri 27.11 at 19:00, certificate of 27.10: valid today by Kezek's count, out of date on Mon 30.11, the day of acceptance",
            queue_case(PORTAL, at(2026, 11, 27, 19, 0))
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 27)),
            vec![D::ServiceWorkplaceCertificate],
        ),
        (
            "serviceman on 24.11, certificate of 25.10: the safe day itself, not at risk",
            queue_case(OFFICE, at(2026, 11, 24, 10, 0))
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25)),
            vec![],
        ),
        (
            "serviceman, certificate of 10.11 on 23.11: valid either way",
            on(OFFICE)
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 10)),
            vec![],
        ),
    ];
    for (name, case, at_risk) in rows {
        let e = case.evaluate();
        assert_eq!(e.unproven_priority_documents(), vec![], "{name}");
        assert_eq!(e.priority_documents_at_risk(), at_risk, "{name}");
    }
}

/// Where the child stands if the priority counted is not confirmed: the
/// highest category of the grounds proven with nothing at risk (cl. 20–21).
/// A serviceman's family without the «бар болған жағдайда» certificate that
/// is also a large family (confirmed through the gateway) stands, at worst,
/// first — not "at best a general applicant" (review helper-145's mixed
/// grounds, found for the at-risk case and true of the unproven one).
#[test]
fn cl20_cl21_a_priority_not_confirmed_falls_back_to_the_grounds_proven() {
    use kezek_rules::Category::{FirstPriority, General, OutOfTurn};
    let rows: Vec<(&str, CaseBuilder, Category, Category)> = vec![
        (
            "serviceman without the certificate, large family through the gateway",
            on(PORTAL)
                .consent()
                .ground(Ground::Serviceman)
                .ground(Ground::LargeFamily),
            OutOfTurn,
            FirstPriority,
        ),
        (
            "serviceman without the certificate",
            on(OFFICE).ground(Ground::Serviceman),
            OutOfTurn,
            General,
        ),
        (
            "serviceman with a valid certificate",
            on(OFFICE)
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 11, 10)),
            OutOfTurn,
            OutOfTurn,
        ),
        (
            "serviceman's certificate at risk, teacher's proof in hand",
            queue_case(OFFICE, at(2026, 11, 25, 10, 0))
                .ground(Ground::Serviceman)
                .holds_issued(D::ServiceWorkplaceCertificate, date(2026, 10, 25))
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 11, 20))
                .holds(D::TeacherDiploma),
            OutOfTurn,
            FirstPriority,
        ),
        (
            "teacher's certificate at risk, large family through the gateway",
            queue_case(PORTAL, at(2026, 11, 25, 10, 0))
                .consent()
                .ground(Ground::LargeFamily)
                .ground(Ground::Teacher)
                .holds_issued(D::TeacherWorkplaceCertificate, date(2026, 10, 25))
                .holds(D::TeacherDiploma),
            FirstPriority,
            FirstPriority,
        ),
        ("no ground", on(OFFICE), General, General),
        (
            "admission: no queue place to fall back from",
            admission(OFFICE, at(2026, 11, 23, 10, 0))
                .ground(Ground::Teacher)
                .holds_issued(D::Referral, date(2026, 11, 23))
                .holds(D::VaccinationCard)
                .holds_issued(D::HealthCertificate, date(2026, 11, 23)),
            FirstPriority,
            General,
        ),
    ];
    for (name, case, category, proven) in rows {
        let e = case.evaluate();
        assert_eq!(e.category.category, category, "{name}");
        assert_eq!(e.proven_category(), proven, "{name}");
    }
}
