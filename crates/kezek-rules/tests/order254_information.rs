//! A lawyer's third reading of order No. 254 (02.12.2026): what the Rules
//! give a parent that changes what the parent does, and that Kezek never
//! said — each an information line («ақпарат») with its clause, through the
//! real path (a case in JSON → `evaluate` → the evaluation's JSON).

use kezek_rules::documents::DocumentKind as D;
use kezek_rules::testing::{at, CaseBuilder};
use kezek_rules::Channel;
use serde_json::Value;

const CHANNELS: [Channel; 3] = [
    Channel::EgovPortal,
    Channel::ProviderOffice,
    Channel::StateCorporation,
];

/// Queue registration through `channel` on Tuesday 24.11.2026, 10:00.
fn registration(channel: Channel) -> Value {
    CaseBuilder::queue_registration()
        .channel(channel)
        .as_of(at(2026, 11, 24, 10, 0))
        .applicant_iin("900314422336")
        .child_iin("230510512343")
        .holds(D::PhthisiatricianConclusion)
        .consent()
        .evaluate_json()
}

fn admission(channel: Channel) -> Value {
    CaseBuilder::admission()
        .channel(channel)
        .as_of(at(2026, 12, 3, 10, 0))
        .consent()
        .evaluate_json()
}

/// A citation as `(annex, clause, sub)`.
type Cited = (Option<u64>, u64, Option<u64>);

/// The information line `code` of `e`, with its citations.
fn info(e: &Value, code: &str) -> Option<Vec<Cited>> {
    let line = e["information"]
        .as_array()?
        .iter()
        .find(|i| i["reason"] == code)?;
    Some(
        line["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| {
                (
                    c["annex"].as_u64(),
                    c["clause"].as_u64().unwrap(),
                    c["sub"].as_u64(),
                )
            })
            .collect(),
    )
}

/// cl. 23 p. 2: the applicant is given the possibility «жылына бір рет
/// мектепке дейінгі ұйымға орын алуға мүдделілігін растау»; cl. 20 p. 7: the
/// queue is updated «өтініш беруші мектепке дейінгі ұйымға орын алуға
/// мүдделі болмаған жағдайда». A wait of years: the parent is told to
/// confirm the interest every year. The Rules do not say what follows when
/// it is not confirmed; the text says so (a reading: to be safe, confirm).
#[test]
fn cl23_2_cl20_7_the_yearly_confirmation_of_interest_is_told() {
    for channel in CHANNELS {
        let e = registration(channel);
        assert_eq!(
            info(&e, "info.yearly_interest_reading"),
            Some(vec![(None, 23, Some(2)), (None, 20, Some(7))]),
            "{channel:?}: {}",
            e["information"]
        );
    }
    // Admission: the child already has a referral — not told there.
    assert_eq!(
        info(
            &admission(Channel::ProviderOffice),
            "info.yearly_interest_reading"
        ),
        None
    );
}

/// cl. 23 sub. 2 gives the yearly confirmation of interest but names no
/// place to make it; sub. 4 names the personal cabinet only for keeping the
/// account's data. The text says the order does not say where, and gives the
/// cabinet only as where to look (as `doc.referral_may_extend`, language
/// review 20 M1), not "confirm in your personal cabinet" as the order's.
#[test]
fn cl23_2_the_yearly_confirmation_is_not_placed_where_the_order_names_no_place() {
    use kezek_rules::messages::{ftl, message_value};
    for (lang, unsaid, cited) in [
        (
            "kk",
            "бұйрық айтпайды",
            ["23-тармақтың 2) тармақшасы", "23-тармақтың 4) тармақшасы"],
        ),
        (
            "ru",
            "приказ не говорит",
            ["пункт 23, подпункт 2", "пункт 23, подпункт 4"],
        ),
        (
            "en",
            "order does not say where",
            ["cl. 23 sub. 2", "cl. 23 sub. 4"],
        ),
    ] {
        let text =
            message_value(ftl(lang).unwrap(), "reason-info-yearly-interest-reading").unwrap();
        assert!(text.contains(unsaid), "{lang}: {text}");
        for c in cited {
            assert!(text.contains(c), "{lang}: {c}: {text}");
        }
    }
}

/// cl. 29: «Жалпы кезекте бірнеше балаға өтініш берген өтініш берушіге
/// мектепке дейінгі ұйымға жолдама алған сәтте бір мезгілде барлық
/// балаларға … жолдама алуға мүмкіндік беріледі (өтініш берушінің қалауы
/// бойынша)» when the preschool has places for all. Twins and siblings:
/// told at registration, on every channel.
#[test]
fn cl29_referrals_for_several_children_at_once_are_told() {
    for channel in CHANNELS {
        let e = registration(channel);
        assert_eq!(
            info(&e, "info.several_children_cl29"),
            Some(vec![(None, 29, None)]),
            "{channel:?}: {}",
            e["information"]
        );
    }
}

/// cl. 10, third paragraph: «Мемлекеттік корпорация қызметкерінің
/// әрекеттеріне (әрекетсіздігіне) берілген шағым корпорацияның
/// интернет-ресурсында көрсетілген мекен-жай бойынша Мемлекеттік
/// корпорацияның басшысына жолданады». Said where a State Corporation
/// worker takes the application, and only there.
#[test]
fn cl10_a_complaint_about_a_state_corporation_worker_goes_to_its_head() {
    let e = registration(Channel::StateCorporation);
    assert_eq!(
        info(&e, "info.complaint_state_corporation"),
        Some(vec![(None, 10, None)]),
        "{}",
        e["information"]
    );
    for channel in [Channel::EgovPortal, Channel::ProviderOffice] {
        let e = registration(channel);
        assert_eq!(
            info(&e, "info.complaint_state_corporation"),
            None,
            "{channel:?}"
        );
    }
}
