//! A medical contraindication at queue registration (00403001).
//!
//! The order (Kazakh text, seed 004), Annex 2 (the queue service's register
//! of requirements) p. 10, among «өзге де талаптар»: «Егер баланың мектепке
//! дейінгі ұйымда болуына кедергі келтіретін медициналық қарсы көрсетілімдер
//! болса, онда ол мектепке дейінгі ұйымға қабылданбайды.» — the child is not
//! admitted to a preschool; the sentence says nothing of the queue. Annex 2
//! p. 9's grounds for refusing the queue service (unreliable documents or
//! data, non-compliance with the requirements, no consent, an incomplete set
//! or expired documents) do not name it; cl. 34 sub. 2 makes it a ground for
//! the kindergarten not to admit the child (admission, Annex 4).
//!
//! So at queue registration there is no refusal, but a parent who says a
//! doctor found such contraindications is told what Annex 2 p. 10 says — an
//! information line with its citation, in the rules' words — and that p. 9
//! does not name it. Admission gives the refusal (cl. 34 sub. 2), not this
//! line.

use kezek_rules::testing::order254::text;
use kezek_rules::testing::{at, CaseBuilder};
use kezek_rules::Channel;
use serde_json::Value;

const CODE: &str = "info.medical_contraindication_annex2";

const CHANNELS: [Channel; 3] = [
    Channel::EgovPortal,
    Channel::ProviderOffice,
    Channel::StateCorporation,
];

fn registration(channel: Channel, contraindication: bool) -> Value {
    let b = CaseBuilder::queue_registration()
        .channel(channel)
        .as_of(at(2026, 11, 24, 10, 0))
        .applicant_iin("900314422336")
        .child_iin("230510512343")
        .consent();
    if contraindication {
        b.medical_contraindication().evaluate_json()
    } else {
        b.evaluate_json()
    }
}

/// The information line `code` of `e`, if any.
fn info<'a>(e: &'a Value, code: &str) -> Option<&'a Value> {
    e["information"]
        .as_array()?
        .iter()
        .find(|i| i["reason"] == code)
}

fn annex(c: &Value) -> (Option<u64>, Option<u64>, Option<u64>) {
    (c["annex"].as_u64(), c["clause"].as_u64(), c["sub"].as_u64())
}

#[test]
fn annex2_10_a_contraindication_at_queue_registration_is_told_as_information_not_a_refusal() {
    for channel in CHANNELS {
        let e = registration(channel, true);
        let line = info(&e, CODE).unwrap_or_else(|| panic!("{channel:?}: {}", e["information"]));
        let cites: Vec<_> = line["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(annex)
            .collect();
        assert_eq!(
            cites,
            vec![(Some(2), Some(10), None), (Some(2), Some(9), None)],
            "{channel:?}: {line}"
        );
        // Not a ground of Annex 2 p. 9: no refusal at registration.
        let reasons = &e["refusal"]["reasons"];
        assert!(
            !reasons
                .as_array()
                .unwrap()
                .iter()
                .any(|r| r == "refusal.medical_contraindication"),
            "{channel:?}: {reasons}"
        );
    }
}

#[test]
fn annex2_10_without_a_contraindication_nothing_is_said() {
    for channel in CHANNELS {
        let e = registration(channel, false);
        assert!(
            info(&e, CODE).is_none(),
            "{channel:?}: {}",
            e["information"]
        );
    }
}

/// At admission cl. 34 sub. 2's refusal says it; no second line.
#[test]
fn annex2_10_admission_says_it_by_the_refusal_not_by_this_line() {
    let e =
        kezek_rules::testing::order254::admission(Channel::ProviderOffice, at(2026, 12, 3, 10, 0))
            .medical_contraindication()
            .evaluate_json();
    assert!(info(&e, CODE).is_none(), "{}", e["information"]);
    assert!(
        e["refusal"]["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r == "refusal.medical_contraindication"),
        "{}",
        e["refusal"]
    );
}

/// Worded as Annex 2 p. 10 says it: the child is not admitted to a
/// preschool — not "refused registration", and no promise for the queue.
#[test]
fn annex2_10_the_line_says_what_the_text_says() {
    for (lang, says, p9) in [
        (
            "kk",
            "мектепке дейінгі ұйымда болуына кедергі келтіретін медициналық қарсы көрсетілімдер болса, онда ол мектепке дейінгі ұйымға қабылданбайды",
            "бас тарту негіздері",
        ),
        (
            "ru",
            "медицинские противопоказания, препятствующие его пребыванию в дошкольной организации, он не принимается в дошкольную организацию",
            "оснований для отказа",
        ),
        (
            "en",
            "medical contraindications that prevent the child from being in a preschool, the child is not admitted to a preschool",
            "grounds for refusing",
        ),
    ] {
        let t = text(lang, "reason-info-medical-contraindication-annex2");
        assert!(t.contains(says), "{lang}: {t}");
        assert!(t.contains(p9), "{lang}: {t}");
    }
}
