//! Law review 21 (helper-74), admission (00403002) and cl. 22: one test per
//! finding, named after its clause, through the real path (a case in JSON →
//! `evaluate` → the evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 4: the queue service is provided by «республикалық маңызы бар
//!   қалалардың және астананың білім басқармалары, аудандардың, облыстық
//!   маңызы бар қалалардың білім бөлімдері (бұдан әрі – көрсетілетін қызметті
//!   беруші)»; cl. 31 defines the same term for admission as the preschools.
//! - cl. 22: «…ақпаратты көрсетілетін қызметті беруші басқа тәртіпті
//!   белгілмеген жағдайда кезекке қоюға жаңа өтініш тіркелген сәтте және
//!   мектепке дейінгі ұйымға қабылдауға жолдама алғаннан кейін екі рет
//!   тексереді және растайды. … Тек құжаттар расталғаннан кейін өтініш кезекте
//!   тіркеледі, өз кезектілігін алады, ал жолдама бойынша қабылдауға бөлінген
//!   кезеңді есептеу басталады және ол мектепке дейінгі ұйымға қолжетімді
//!   болады.»
//! - cl. 34: «Көрсетілетін қызметті беруші келесі себептермен баланы
//!   қабылдамайды: 1) … келісім шарт жасалған күннен 3 (үш) күнтізбелік
//!   күннен кешіктірмей берілген баланың денсаулық жағдайы туралы анықтама
//!   ұсынбауы); … 3) растайтын құжаттарды ұсынуда өзге де себептердің
//!   болуына байланысты.»

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::messages::{ftl, message_value};
use kezek_rules::testing::order254::{admission, has, item};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};

const OFFICE: Channel = Channel::ProviderOffice;

/// The text of `key` in `lang`, from the rules' messages.
fn text(lang: &str, key: &str) -> String {
    message_value(ftl(lang).unwrap(), key)
        .unwrap_or_else(|| panic!("{lang}: no {key}"))
        .to_owned()
}

/// Admission at the kindergarten on Mon 23.11.2026: a teacher's child with a
/// referral of that day, the vaccination card and a health certificate of
/// that day — the Annex 4 list complete.
fn teachers_child() -> CaseBuilder {
    admission(OFFICE, at(2026, 11, 23, 10, 0))
        .ground(Ground::Teacher)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
}

/// cl. 22 «Тек құжаттар расталғаннан кейін өтініш кезекте тіркеледі»: the
/// application is registered once the documents are confirmed. The order does
/// not say that originals shown after the fifth working day are refused, so
/// the text does not say "or the application is not registered" (law review
/// 21, F4.4).
#[test]
fn cl22_the_originals_text_says_registration_follows_confirmation_not_a_refusal() {
    for (lang, asserted, registered) in [
        ("kk", "әйтпесе", "расталғаннан кейін ғана"),
        ("ru", "иначе", "только после их подтверждения"),
        (
            "en",
            "or the application is not registered",
            "only once they are confirmed",
        ),
    ] {
        let t = text(lang, "reason-schedule-originals-within-5-working-days");
        assert!(!t.contains(asserted), "{lang}: {t}");
        assert!(t.contains(registered), "{lang}: {t}");
    }
}

/// cl. 22 is in §1 (queue registration), where «көрсетілетін қызметті беруші»
/// is the education department (cl. 4; in Astana, Almaty and Shymkent the
/// city's education administration); on the admission checklist (cl. 31) the
/// same word is the kindergarten. The texts of the second check name the
/// department, and keep cl. 22's «басқа тәртіпті белгілмеген жағдайда»
/// (law review 21, F1.2).
#[test]
fn cl22_the_second_check_names_the_education_department_not_the_provider() {
    for key in ["reason-doc-recheck-cl22", "why-order254-cl22"] {
        for (lang, department, provider, proviso) in [
            ("kk", "білім бөлімі (басқармасы)", "көрсетілетін қызметті беруші", "басқа тәртіп"),
            ("ru", "отдел (управление) образования", "услугодател", "иной порядок"),
            (
                "en",
                "education department (in Astana, Almaty and Shymkent, the city's education administration)",
                "provider",
                "another procedure",
            ),
        ] {
            let t = text(lang, key);
            let lower = t.to_lowercase();
            assert!(lower.contains(&department.to_lowercase()), "{lang} {key}: {t}");
            assert!(!lower.contains(provider), "{lang} {key}: {t}");
            assert!(!t.contains("The office"), "{lang} {key}: {t}");
            assert!(t.contains(proviso), "{lang} {key}: {t}");
        }
    }
    // Shown on the admission checklist, at the teacher's certificate.
    let e = teachers_child().evaluate_json();
    assert!(has(
        &item(&e, "teacher_workplace_certificate")["reasons"],
        "doc.recheck_cl22"
    ));
}
