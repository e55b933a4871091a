//! cl. 22's second check at admission and the one-month validity.
//!
//! The order (Kazakh text, seed 004):
//! - cl. 22: the provider «…мектепке дейінгі ұйымға қабылдауға жолдама
//!   алғаннан кейін екі рет тексереді және растайды. Бұл жағдайда өтініш
//!   беруші … тексерілетін құжаттардың түпнұсқаларын … қабылдауға жолдама
//!   алған сәттен бастап 5 жұмыс күнінен кешіктірмей ұсынуы тиіс.»
//! - Annex 2 p. 8, items 4 and 5: the serviceman's certificate and the
//!   teacher's workplace certificate are «берілген күннен бастап бір ай ішінде
//!   жарамды»; the teacher's diploma (a scan, item 5), the PMPC conclusion
//!   (item 6) and the first-priority documents (item 8) have no such term.
//!
//! The second check's reason (`doc.recheck_cl22`) ended with "a one-month
//! certificate must also be valid on the day of this check" on every
//! second-check item — on the diploma and the PMPC conclusion too, which have
//! no one-month validity. That sentence is now its own reason
//! (`doc.recheck_cl22_valid_on_check`), given only where the item is valid
//! for one month.

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::order254::{admission, has, item, text};
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::{Channel, Ground};
use serde_json::Value;

/// Admission at the kindergarten on Mon 23.11.2026 with a referral of that
/// day, the vaccination card and a health certificate of that day.
fn referred(ground: Ground) -> CaseBuilder {
    admission(Channel::ProviderOffice, at(2026, 11, 23, 10, 0))
        .ground(ground)
        .holds_issued(D::Referral, date(2026, 11, 23))
        .holds(D::VaccinationCard)
        .holds_issued(D::HealthCertificate, date(2026, 11, 23))
}

/// The words of a one-month validity, per language.
const ONE_MONTH: [(&str, &[&str]); 3] = [
    ("kk", &["бір ай"]),
    ("ru", &["один месяц"]),
    ("en", &["one-month", "one month"]),
];

/// Every reason text of `item` in `lang`, joined.
fn reasons_text(item: &Value, lang: &str) -> String {
    item["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let key = format!("reason-{}", r.as_str().unwrap().replace(['.', '_'], "-"));
            text(lang, &key).to_owned()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn speaks_of_one_month(item: &Value, lang: &str, words: &[&str]) -> bool {
    let t = reasons_text(item, lang).to_lowercase();
    words.iter().any(|w| t.contains(w))
}

#[test]
fn cl22_recheck_of_a_diploma_does_not_speak_of_a_one_month_certificate() {
    let e = referred(Ground::Teacher).evaluate_json();
    let diploma = item(&e, "teacher_diploma");
    assert!(has(&diploma["reasons"], "doc.recheck_cl22"), "{diploma}");
    for (lang, words) in ONE_MONTH {
        assert!(
            !speaks_of_one_month(diploma, lang, words),
            "{lang}: {}",
            reasons_text(diploma, lang)
        );
    }
}

#[test]
fn cl22_recheck_of_a_pmpc_conclusion_does_not_speak_of_a_one_month_certificate() {
    let e = referred(Ground::SpecialEducationalNeeds)
        .special_needs(true)
        .evaluate_json();
    let pmpc = item(&e, "pmpc_conclusion");
    assert!(has(&pmpc["reasons"], "doc.recheck_cl22"), "{pmpc}");
    for (lang, words) in ONE_MONTH {
        assert!(
            !speaks_of_one_month(pmpc, lang, words),
            "{lang}: {}",
            reasons_text(pmpc, lang)
        );
    }
}

#[test]
fn cl22_recheck_of_a_first_priority_proof_does_not_speak_of_a_one_month_certificate() {
    let e = referred(Ground::LargeFamily).evaluate_json();
    let proof = item(&e, "first_priority_proof");
    assert!(has(&proof["reasons"], "doc.recheck_cl22"), "{proof}");
    for (lang, words) in ONE_MONTH {
        assert!(
            !speaks_of_one_month(proof, lang, words),
            "{lang}: {}",
            reasons_text(proof, lang)
        );
    }
}

/// The one-month certificates (Annex 2 p. 8 items 4 and 5) keep the
/// sentence: still valid on the day of the second check.
#[test]
fn cl22_recheck_of_a_one_month_certificate_says_it_must_be_valid_on_the_check_day() {
    for (ground, doc) in [
        (Ground::Teacher, "teacher_workplace_certificate"),
        (Ground::Serviceman, "service_workplace_certificate"),
    ] {
        let e = referred(ground).evaluate_json();
        let cert = item(&e, doc);
        let reasons = cert["reasons"].as_array().unwrap();
        let at = |code: &str| reasons.iter().position(|r| r == code);
        let recheck = at("doc.recheck_cl22").unwrap_or_else(|| panic!("{cert}"));
        // Said right after the second check it belongs to.
        assert_eq!(
            at("doc.recheck_cl22_valid_on_check"),
            Some(recheck + 1),
            "{cert}"
        );
        for (lang, words) in ONE_MONTH {
            assert!(
                speaks_of_one_month(cert, lang, words),
                "{lang}: {}",
                reasons_text(cert, lang)
            );
        }
    }
}

/// The rest of the second check's text is kept word for word: the
/// department, its proviso and the five working days — said of «тексерілетін
/// құжаттардың түпнұсқалары» (cl. 22), not "this original": the item it is
/// shown on may be the first-priority proof, «құжаттар» (walk 05b).
#[test]
fn cl22_the_second_check_keeps_its_wording_without_the_validity_sentence() {
    for (lang, kept, words) in [
        (
            "kk",
            "тексерілетін құжаттардың түпнұсқалары жолдама алғаннан бастап 5 жұмыс күнінен кешіктірмей ұсынылады",
            "бір ай",
        ),
        (
            "ru",
            "оригиналы проверяемых документов предъявляются не позднее 5 рабочих дней с получения направления",
            "один месяц",
        ),
        (
            "en",
            "the originals of the documents it checks are shown no later than 5 working days after receiving the referral",
            "one month",
        ),
    ] {
        let t = text(lang, "reason-doc-recheck-cl22");
        assert!(t.contains(kept), "{lang}: {t}");
        assert!(t.trim_end().ends_with('.'), "{lang}: {t}");
        assert!(!t.to_lowercase().contains(words), "{lang}: {t}");
        // The sentence itself is the one-month items' own reason.
        let own = text(lang, "reason-doc-recheck-cl22-valid-on-check");
        assert!(own.to_lowercase().contains(words), "{lang}: {own}");
    }
}
