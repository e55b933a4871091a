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

/// A citation as `(annex, clause, sub)`; a whole form's clause is 0.
type Cited = (Option<u64>, u64, Option<u64>);

/// The information lines' reason codes, in the order they are said.
fn codes(e: &Value) -> Vec<&str> {
    e["information"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["reason"].as_str().unwrap())
        .collect()
}

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
                    // A form (Annex 1) has no clause: 0.
                    c["clause"].as_u64().unwrap_or(0),
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
            ["подпункт 2) пункта 23", "подпункт 4) пункта 23"],
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

/// cl. 26: «Жалпы кезек үшін жолдама өтініш берушінің бастамасы бойынша
/// кезектілікке, баланың жасына сәйкес беріледі»; cl. 27: «Арнайы және
/// санаториялық мектепке дейінгі ұйымға кезек үшін жолдама өтініштердің
/// кезектілігіне сәйкес беріледі». Never said to a parent (review of
/// 05.12.2026): told at registration for each kind of queue the child may
/// stand in — cl. 26 for the general queue (every child), cl. 27 where a
/// special or sanatorium queue is offered. What "on the applicant's
/// initiative" and "according to the age" ask of a parent, cl. 26 does not
/// say: the line gives Kezek's reading, citing cl. 24 sub. 2 (places
/// reported «жас тобы көрсетілген»), sub. 5 (a referral «өздері таңдаған
/// мектепке дейінгі ұйымға») and cl. 28 (the age at the referral).
#[test]
fn cl26_cl27_how_referrals_are_issued_is_told_for_the_child_s_queues() {
    use kezek_rules::case::{Disorder, SanatoriumType};
    const CL26: &str = "info.referral_general_cl26";
    const CL27: &str = "info.referral_special_sanatorium_cl27";
    let cl26 = Some(vec![
        (None, 26, None),
        (None, 24, Some(2)),
        (None, 24, Some(5)),
        (None, 28, None),
    ]);
    let cl27 = Some(vec![(None, 27, None)]);
    for channel in CHANNELS {
        let e = registration(channel);
        assert_eq!(info(&e, CL26), cl26, "{channel:?}: {}", e["information"]);
        assert_eq!(info(&e, CL27), None, "{channel:?}: general queue only");
    }
    let base = || {
        CaseBuilder::queue_registration()
            .as_of(at(2026, 11, 24, 10, 0))
            .consent()
    };
    let special = base()
        .special_needs(true)
        .disorders(&[Disorder::Hearing])
        .evaluate_json();
    let sanatorium = base()
        .sanatorium(SanatoriumType::Rehabilitation)
        .evaluate_json();
    for (what, e) in [("special", special), ("sanatorium", sanatorium)] {
        assert_eq!(info(&e, CL26), cl26, "{what}: {}", e["information"]);
        assert_eq!(info(&e, CL27), cl27, "{what}: {}", e["information"]);
        // Said where the bulletin's times are, before them.
        let codes = codes(&e);
        let at = |c: &str| codes.iter().position(|x| *x == c).unwrap();
        assert!(
            at(CL26) < at(CL27) && at(CL27) < at("info.bulletin_times"),
            "{codes:?}"
        );
    }
    // A SEN child without the conclusion is offered no special queue.
    let no_pmpc = base()
        .special_needs(false)
        .disorders(&[Disorder::Hearing])
        .evaluate_json();
    assert_eq!(info(&no_pmpc, CL27), None);
    // Admission: the child already holds a referral.
    let a = admission(Channel::ProviderOffice);
    assert_eq!((info(&a, CL26), info(&a, CL27)), (None, None));
}

/// The texts of cl. 26 and 27 say what each clause says, with its number,
/// and the general queue's says which part is Kezek's reading; cl. 27's
/// says only the order of applications.
#[test]
fn cl26_cl27_texts_say_the_clause_and_kezek_s_reading() {
    use kezek_rules::messages::{ftl, message_value};
    for (lang, initiative, order, age, reading, cl26, cl27) in [
        (
            "kk",
            "өтініш берушінің бастамасы",
            "кезектілі",
            "баланың жасына",
            "Kezek түсіндірмесі",
            "26-тармақ",
            "27-тармақ",
        ),
        (
            "ru",
            "по инициативе заявителя",
            "очередност",
            "возраст",
            "Толкование Kezek",
            "пункт 26",
            "пункт 27",
        ),
        (
            "en",
            "on the applicant's initiative",
            "order",
            "age",
            "Kezek's reading",
            "cl. 26",
            "cl. 27",
        ),
    ] {
        let general =
            message_value(ftl(lang).unwrap(), "reason-info-referral-general-cl26").unwrap();
        for w in [initiative, order, age, reading, cl26] {
            assert!(general.contains(w), "{lang}: {w}: {general}");
        }
        let special = message_value(
            ftl(lang).unwrap(),
            "reason-info-referral-special-sanatorium-cl27",
        )
        .unwrap();
        for w in [order, cl27] {
            assert!(special.contains(w), "{lang}: {w}: {special}");
        }
        // cl. 27 names neither the initiative nor the age, nor a reading.
        for w in [initiative, reading] {
            assert!(!special.contains(w), "{lang}: {w}: {special}");
        }
    }
}

/// Annex 1, the application form, is for one child: «… (баланың Т.А.Ә.) …
/// жылы туған баламды мектепке дейінгі ұйымға жолдама алу үшін кезекке
/// қоюды сұраймын». Kezek's wizard takes one child; nothing told a parent of
/// twins (or of any siblings) that each child needs its own application —
/// cl. 29 («бірнеше балаға өтініш берген») spoke of several children as if
/// one application held them. The order does not say "one application per
/// child" in words: the line says it is Kezek's reading of the form, cites
/// Annex 1, and stands just before cl. 29's line; not at admission.
#[test]
fn annex1_each_child_twins_too_is_registered_by_its_own_application() {
    const LINE: &str = "info.one_child_per_application_annex1";
    for channel in CHANNELS {
        let e = registration(channel);
        assert_eq!(
            info(&e, LINE),
            Some(vec![(Some(1), 0, None)]),
            "{channel:?}: {}",
            e["information"]
        );
        let codes = codes(&e);
        let at = |c: &str| codes.iter().position(|x| *x == c).unwrap();
        assert_eq!(at(LINE) + 1, at("info.several_children_cl29"), "{codes:?}");
    }
    assert_eq!(info(&admission(Channel::ProviderOffice), LINE), None);
    use kezek_rules::messages::{ftl, message_value};
    for (lang, twins, annex, reading, quoted) in [
        (
            "kk",
            "Егіз",
            "1-қосымша",
            "Kezek түсіндірмесі",
            "жылы туған баламды",
        ),
        (
            "ru",
            "Близнец",
            "приложение 1",
            "Толкование Kezek",
            "года рождения",
        ),
        ("en", "Twins", "Annex 1", "Kezek's reading", "born in"),
    ] {
        let t = message_value(
            ftl(lang).unwrap(),
            "reason-info-one-child-per-application-annex1",
        )
        .unwrap();
        for w in [twins, annex, reading, quoted] {
            assert!(t.contains(w), "{lang}: {w}: {t}");
        }
        // The "Why" of Annex 1 says the form is for one child.
        let why = message_value(ftl(lang).unwrap(), "why-order254-annex1").unwrap();
        assert!(why.contains(quoted), "{lang}: {why}");
    }
}
