//! The walkthrough of 02.12.2026 (seventh session): what step 6 says of a
//! missing phthisiatrician's conclusion, through the real path (a case in JSON
//! → `evaluate` → the evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004), Annex 2 p. 8: the office list's item 7
//! «фтизиатр-дәрігердің қорытындысы» and the portal list's item 5
//! «фтизиатр дәрігердің жолдамасы» carry no «(бар болған жағдайда)», unlike
//! items 4 and 6 (second reading F3: "the text requires it
//! unconditionally"). Annex 2 p. 9 sub. 4: an incomplete set is a ground for
//! refusal. The refusal section says so (`refusal.incomplete` at an office,
//! `refusal.incomplete_not_considered` on the portal); the item's own reason said "the set MAY be found incomplete and
//! the application refused" on the same screen — two answers to one question.

use kezek_rules::testing::order254::{has, item, text};
use kezek_rules::testing::{at, CaseBuilder};
use kezek_rules::Channel;

/// Annex 2 p. 8 item 7 (office) / item 5 (portal) with p. 9 sub. 4: a missing
/// phthisiatrician's conclusion makes the set incomplete — the item's reason
/// and the refusal risk say the same consequence, in every language.
#[test]
fn annex2_8_7_the_missing_phthisiatrician_conclusion_is_said_to_be_refused_as_the_refusal_says() {
    for channel in [
        Channel::ProviderOffice,
        Channel::StateCorporation,
        Channel::EgovPortal,
    ] {
        let e = CaseBuilder::queue_registration()
            .channel(channel)
            .as_of(at(2026, 11, 27, 16, 0))
            .applicant_iin("900314422336")
            .child_iin("230510512343")
            .consent()
            .evaluate_json();
        let i = item(&e, "phthisiatrician_conclusion");
        assert!(
            has(&i["reasons"], "doc.phthisiatrician_reading"),
            "{channel:?}: {i}"
        );
        // cl. 5 at an office or the State Corporation, cl. 6 on the portal.
        let code = if channel == Channel::EgovPortal {
            "refusal.incomplete_not_considered"
        } else {
            "refusal.incomplete"
        };
        assert!(
            has(&e["refusal"]["reasons"], code),
            "{channel:?}: {}",
            e["refusal"]
        );
    }
    // The same consequence in both texts, per channel (cl. 5: a refusal to
    // accept; cl. 6: a refusal to consider); no "bring it" — on the portal
    // the conclusion (referral) is uploaded, and the item says how beside it.
    for (lang, accept, consider, hedge, bring) in [
        (
            "kk",
            "өтінішті қабылдаудан бас тарт",
            "қарастырудан бас тарт",
            "мүмкін",
            "алып келіңіз",
        ),
        (
            "ru",
            "в приеме заявления",
            "рассмотрении",
            "могут",
            "принесите",
        ),
        (
            "en",
            "refuse to accept the application",
            "to consider",
            "may be",
            "bring it",
        ),
    ] {
        let office = text(lang, "reason-refusal-incomplete");
        assert!(office.contains(accept), "{lang}: {office}");
        let portal = text(lang, "reason-refusal-incomplete-not-considered");
        assert!(portal.contains(consider), "{lang}: {portal}");
        let reading = text(lang, "reason-doc-phthisiatrician-reading");
        assert!(reading.contains(accept), "{lang}: {reading}");
        assert!(reading.contains(consider), "{lang}: {reading}");
        assert!(!reading.contains(hedge), "{lang}: {reading}");
        assert!(!reading.contains(bring), "{lang}: {reading}");
    }
}
