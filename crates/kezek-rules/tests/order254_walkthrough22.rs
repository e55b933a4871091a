//! The walkthrough of 02.12.2026 (seventh session): what step 6 says of a
//! missing phthisiatrician's conclusion, through the real path (a case in JSON
//! → `evaluate` → the evaluation's JSON) and the texts the parent reads.
//!
//! The order (Kazakh text, seed 004), Annex 2 p. 8: the office list's item 7
//! «фтизиатр-дәрігердің қорытындысы» and the portal list's item 5
//! «фтизиатр дәрігердің жолдамасы» carry no «(бар болған жағдайда)», unlike
//! items 4 and 6 (second reading F3: "the text requires it
//! unconditionally"). Annex 2 p. 9 sub. 4: an incomplete set is a ground for
//! refusal. The refusal section says so (`refusal.incomplete`, "would be
//! refused"); the item's own reason said "the set MAY be found incomplete and
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
        assert!(
            has(&e["refusal"]["reasons"], "refusal.incomplete"),
            "{channel:?}: {}",
            e["refusal"]
        );
    }
    // The same consequence in both texts; no "bring it" — on the portal the
    // conclusion (referral) is uploaded, and the item says how beside it.
    for (lang, refused, hedge, bring) in [
        ("kk", "бас тартылады", "мүмкін", "алып келіңіз"),
        ("ru", "откажут", "могут", "принесите"),
        ("en", "would be refused", "may be", "bring it"),
    ] {
        let refusal = text(lang, "reason-refusal-incomplete");
        assert!(refusal.contains(refused), "{lang}: {refusal}");
        let reading = text(lang, "reason-doc-phthisiatrician-reading");
        assert!(reading.contains(refused), "{lang}: {reading}");
        assert!(!reading.contains(hedge), "{lang}: {reading}");
        assert!(!reading.contains(bring), "{lang}: {reading}");
    }
}
