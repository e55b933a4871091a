//! A lawyer's second reading of the deadlines and refusals Kezek tells a
//! parent under order No. 254 (lawyer41): each finding a test named after
//! its clause, through the real path (a case in JSON → `evaluate` → the
//! evaluation's JSON) or the parent-facing text (kk, ru, en).

use kezek_rules::messages::{ftl, message_value};
use kezek_rules::testing::order254::{admission, has, queue_case, risk};
use kezek_rules::testing::{at, date};
use kezek_rules::Channel;
use serde_json::json;

const PORTAL: Channel = Channel::EgovPortal;
const OFFICE: Channel = Channel::ProviderOffice;

/// Annex 2/4 p. 9 sub. 1 «көрсетілетін қызметті алушының мемлекеттік
/// көрсетілетін қызметті алу үшін ұсынған құжаттардың және (немесе) олардағы
/// деректердің (мәліметтердің) анық еместігін анықтау» — the ground is data
/// the applicant *submits* found unreliable. The application Kezek prepares
/// carries the child's IIN and the year of birth only (Annex 1 «______ жылы
/// туған баламды»; the Annex 5 consent of admission no child data at all):
/// a typed birth date that the IIN contradicts within the same year is on no
/// paper the provider receives. Kezek said "the service would be refused"
/// flatly (`refusal.unreliable_data`); the ground arises only if the child's
/// documents themselves disagree with the IIN, which Kezek does not know —
/// "may be refused", said as Kezek's reading
/// (`refusal.unreliable_data_reading`).
#[test]
fn annex2_9_1_a_birth_date_the_application_does_not_carry_is_a_reading_not_a_refusal() {
    // IIN 230510512343 encodes 10.05.2023; typed 11.05.2023.
    let e = queue_case(PORTAL, at(2026, 11, 23, 12, 0))
        .child_born(date(2023, 5, 11))
        .evaluate_json();
    assert_eq!(
        e["application"]["application"]["child"],
        json!({"iin": "230510512343", "birth_year": 2023}),
        "the form carries the IIN and the year, which agree"
    );
    assert!(
        risk(&e, "refusal.unreliable_data").is_none(),
        "a flat refusal on data the application does not carry: {}",
        e["refusal"]
    );
    let r = risk(&e, "refusal.unreliable_data_reading")
        .unwrap_or_else(|| panic!("no reading risk: {}", e["refusal"]));
    assert_eq!(r["reading"], true, "{r}");
    assert_eq!(r["remedy"], "fix_answers", "{r}");
    assert!(has(&r["detail"], "iin.birth_date_mismatch"), "{r}");
    assert!(
        r["citations"]
            .as_array()
            .unwrap()
            .contains(&json!({"act": "order254", "annex": 2, "clause": 9, "sub": 1})),
        "{r}"
    );
    // The only ground: the preview is of a refusal that may be given.
    assert_eq!(e["refusal"]["preview"]["reading"], true, "{}", e["refusal"]);
    // Admission: the Annex 5 consent carries no child data, whatever the year.
    for typed in [date(2023, 5, 11), date(2022, 5, 10)] {
        let e = admission(OFFICE, at(2026, 11, 23, 10, 0))
            .child_iin("230510512343")
            .child_born(typed)
            .evaluate_json();
        assert!(
            risk(&e, "refusal.unreliable_data").is_none(),
            "{typed}: {}",
            e["refusal"]
        );
        let r = risk(&e, "refusal.unreliable_data_reading")
            .unwrap_or_else(|| panic!("{typed}: no reading risk: {}", e["refusal"]));
        assert!(
            r["citations"]
                .as_array()
                .unwrap()
                .contains(&json!({"act": "order254", "annex": 4, "clause": 9, "sub": 1})),
            "{r}"
        );
    }
}

/// Annex 2 p. 9 sub. 1 with Annex 1: where the typed birth date's year is
/// not the IIN's, the prepared form says «… жылы туған» a year the IIN it
/// carries contradicts — data submitted that do not agree: the flat refusal
/// stands.
#[test]
fn annex2_9_1_a_birth_year_on_the_form_the_iin_contradicts_is_refused() {
    let e = queue_case(PORTAL, at(2026, 11, 23, 12, 0))
        .child_born(date(2022, 5, 10))
        .evaluate_json();
    assert_eq!(
        e["application"]["application"]["child"]["birth_year"], 2022,
        "{}",
        e["application"]
    );
    let r = risk(&e, "refusal.unreliable_data")
        .unwrap_or_else(|| panic!("no flat refusal: {}", e["refusal"]));
    assert_eq!(r["reading"], false, "{r}");
    assert!(risk(&e, "refusal.unreliable_data_reading").is_none());
}

/// The reading's text says it is Kezek's reading, that the application
/// carries the year only, and the ground it may lead to, in every language.
#[test]
fn annex2_9_1_the_unreliable_data_reading_is_said_as_a_reading() {
    for (lang, marker, may) in [
        ("kk", "Kezek түсіндірмесі", "мүмкін"),
        ("ru", "Толкование Kezek", "могут"),
        ("en", "Kezek's reading", "may"),
    ] {
        let text = message_value(ftl(lang).unwrap(), "reason-refusal-unreliable-data-reading")
            .unwrap_or_else(|| panic!("{lang}: no text"));
        assert!(text.contains(marker), "{lang}: {text}");
        assert!(text.contains(may), "{lang}: {text}");
    }
}

/// cl. 30 «Өтініш берушіге жолдама берілген сәттен бастап бір тәуліктен
/// кешіктірмей, берілген жолдаманың күшін өз бастамасы бойынша жоюға, …
/// қосымша 30 (отыз) күнтізбелік күнге дейін бір рет ұзарту мүмкіндігі
/// беріледі»: the one day opens the sentence before both the cancellation
/// and the extension, and may bound both — Kezek's reading tells the parent
/// to ask for the extension within it (`doc.referral_may_extend`). The
/// "Why?" of cl. 30 split the sentence («…бір тәулік ішінде оны өзіңіз жоя
/// аласыз; уақытында келе алмасаңыз …, оны бір рет … ұзартуға болады»),
/// giving the extension with no time at all: a later day than the safe
/// reading, said as the clause's own. It now keeps the clause's order —
/// the one day, then cancelling and extending in one sentence — and says
/// the reading.
#[test]
fn cl30_the_why_text_keeps_the_one_day_before_both_cancelling_and_extending() {
    for (lang, bound, cancel, extend, marker) in [
        ("kk", "бір тәулік", "жою|жоя", "ұзарт", "Kezek түсіндірмесі"),
        ("ru", "суток", "отмен", "продл", "Толкование Kezek"),
        ("en", "one day", "cancel", "extend", "Kezek's reading"),
    ] {
        let text = message_value(ftl(lang).unwrap(), "why-order254-cl30").unwrap();
        // The first of the word's forms (`|` between them).
        let at = |w: &str| {
            w.split('|')
                .filter_map(|f| text.find(f))
                .min()
                .unwrap_or_else(|| panic!("{lang}: no {w:?} in {text}"))
        };
        let (b, c, x) = (at(bound), at(cancel), at(extend));
        assert!(b < c && c < x, "{lang}: the one day first: {text}");
        let sentence = &text[b..x];
        assert!(
            !sentence.contains(';') && !sentence.contains(". "),
            "{lang}: the one day and the extension in one sentence, as in cl. 30: {text}"
        );
        assert!(text.contains(marker), "{lang}: {text}");
    }
}
