//! Order No. 254 texts the last session's review left open (texts47).
//!
//! 1. Annex 2 p. 7 sub. 1 (and Annex 4 p. 7 sub. 1) write the provider's
//!    working day, 18:30 (18:00 at the kindergarten); sub. 3 (sub. 2) is the
//!    portal's «жұмыс уақыты аяқталғанда … келесі жұмыс күнінде». A time of
//!    the working day is cited to the sub-item that writes it.
//! 2. cl. 18 «ағымдағы жылғы 1 қыркүйекте»: an eligible child whose
//!    application is accepted in the next year is told that year's
//!    1 September (`$year`), not "this year".
//! 3. Step 5's queues card for a child over cl. 18's limit: only ever by
//!    Kezek's reading (the other reading keeps the child), so its text "on
//!    any reading" could not be shown.
//! 4. Order 464's edition, uncertain window: the day Kezek takes it as
//!    certainly in force (`$certain`, 01.01.2023), not "late 2022".

use kezek_rules::testing::order254::text;
use kezek_rules::testing::{at, date, CaseBuilder};
use kezek_rules::Channel;

/// The Fluent files a parent reads order 254's texts from: the rules' and
/// the app's, kk/ru/en.
const FTL: [(&str, &str); 6] = [
    ("rules kk", include_str!("../messages/kk.ftl")),
    ("rules ru", include_str!("../messages/ru.ftl")),
    ("rules en", include_str!("../messages/en.ftl")),
    ("app kk", include_str!("../../kezek-app/messages/kk.ftl")),
    ("app ru", include_str!("../../kezek-app/messages/ru.ftl")),
    ("app en", include_str!("../../kezek-app/messages/en.ftl")),
];

/// Annex `annex` p. 7 sub. `sub` as each language cites it.
fn annex_7(annex: u8, sub: u8) -> [String; 3] {
    [
        format!("{annex}-қосымшаның 7-тармағының {sub}) тармақшасы"),
        format!("подпункт {sub}) пункта 7 приложения {annex}"),
        format!("Annex {annex} p. 7 sub. {sub}"),
    ]
}

/// The first citation of Annex `annex` p. 7 (any sub-item) in `rest`,
/// before the sentence ends: its sub-item.
fn first_annex_7_sub(annex: u8, rest: &str) -> Option<u8> {
    let sentence = rest.split(". ").next().unwrap_or(rest);
    (1..=3)
        .flat_map(|sub| {
            annex_7(annex, sub)
                .into_iter()
                .filter_map(move |c| sentence.find(&c).map(|at| (at, sub)))
        })
        .min()
        .map(|(_, sub)| sub)
}

/// Annex 2 p. 7 (seed 004): «1) көрсетілетін қызметті берушіде: … сағат
/// 13.00-ден 14.30-ға дейінгі түскі үзіліспен сағат 09.00-ден 18.30-ға
/// дейін. Өтініштерді қабылдау … сағат 09.00-ден 17.30-ға дейін …; 2)
/// Мемлекеттік корпорацияда …; 3) портал: … тәулік бойы (көрсетілетін
/// қызметті алушы жұмыс уақыты аяқталғанда жүгінгенде, … келесі жұмыс
/// күнінде беріледі)». Annex 4 p. 7: «1) … сағат 09.00-ден 18.00-ге дейін
/// …; 2) порталда: … тәулік бойы (… жұмыс уақыты аяқталғанан кейін …)».
/// 18:30 and 18:00 are written in sub. 1; sub. 3 (sub. 2) writes no hour.
/// The texts of Kezek's reading of working time said «18:30 (Annex 2 p. 7
/// sub. 3)», an older reading's wording: the citation that follows a time
/// of the working day, in its sentence, is sub. 1's.
#[test]
fn annex2_7_1_the_working_days_end_is_cited_to_sub_1_not_to_the_portals_sub_item() {
    let mut wrong = Vec::new();
    for (file, ftl) in FTL {
        let mut key = "";
        for line in ftl.lines().filter(|l| !l.starts_with('#')) {
            if let Some((id, _)) = line.split_once(" =").filter(|_| !line.starts_with(' ')) {
                key = id;
            }
            for (time, annex, portal) in [("18:30", 2, 3), ("18:00", 4, 2)] {
                for (i, _) in line.match_indices(time) {
                    if first_annex_7_sub(annex, &line[i..]) == Some(portal) {
                        wrong.push(format!(
                            "{file} {key}: {time} … Annex {annex} p. 7 sub. {portal}"
                        ));
                    }
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// cl. 18 «Өтініш беру және кезекте болу үшін бала ағымдағы жылғы 1
/// қыркүйекте 6 жастан аспайды»: Kezek judges the age and the current year
/// on the day of acceptance. On Thu 31.12.2026 after working time an
/// application on egov.kz is accepted on Tue 05.01.2027, and the current
/// year is 2027: a child born 10.03.2022 (6 on 10.03.2028) is within the
/// limit. Its headline `age.eligible` said "does not turn 6 before
/// 1 September of this year" — 2026 to the parent reading it on 31.12.2026;
/// it names the year now (`$year`, the year of `age.cutoff`).
#[test]
fn cl18_an_eligible_child_accepted_in_the_next_year_is_told_that_years_1_september() {
    let e = CaseBuilder::queue_registration()
        .channel(Channel::EgovPortal)
        .as_of(at(2026, 12, 31, 18, 31))
        .child_born(date(2022, 3, 10))
        .evaluate_json();
    assert_eq!(e["age"]["reasons"][0], "age.eligible", "{}", e["age"]);
    assert_eq!(e["age"]["cutoff"], "2027-09-01", "{}", e["age"]);
    for (lang, this_year) in [
        ("kk", ["ағымдағы жылдың 1 қыркүйегіне", "биыл"]),
        ("ru", ["1 сентября текущего года", "этом году"]),
        ("en", ["1 September of this year", "this year and"]),
    ] {
        let t = text(lang, "reason-age-eligible");
        assert!(t.contains("{ $year }"), "{lang}: {t}");
        for w in this_year {
            assert!(!t.contains(w), "{lang} reason-age-eligible: «{w}»: {t}");
        }
    }
}

/// cl. 18, cl. 24 sub. 9: step 5 shows the queue a child over the limit
/// would belong to only when the child is not out of the queue on every
/// reading; then the child is over by Kezek's reading only (the other
/// reading, "not yet 7", keeps a child not yet 6 by the day of
/// acceptance). So the card's "on any reading" text had no child to be
/// said to: every child over the limit and not out on every reading, on
/// every day of a year and at its turn, is over by Kezek's reading only.
#[test]
fn cl18_cl24_9_a_child_over_the_limit_and_not_out_on_every_reading_is_over_by_kezeks_reading_only()
{
    let mut seen = 0;
    for as_of in [
        at(2026, 1, 20, 10, 0),
        at(2026, 6, 1, 10, 0),
        at(2026, 8, 31, 17, 45),
        at(2026, 9, 1, 10, 0),
        at(2026, 12, 31, 17, 45),
        at(2026, 12, 31, 18, 31),
    ] {
        let mut born = date(2019, 6, 1);
        while born < date(2022, 1, 1) {
            for sen in [false, true] {
                let mut b = CaseBuilder::queue_registration()
                    .channel(Channel::EgovPortal)
                    .as_of(as_of)
                    .child_born(born);
                if sen {
                    b = b.special_needs(false);
                }
                let age = b.evaluate().age;
                if !age.eligible && !age.out_of_queue_on_every_reading() {
                    seen += 1;
                    assert!(
                        age.over_by_kezeks_reading_only(),
                        "{as_of} born {born}: {age:?}"
                    );
                }
            }
            born = born.succ_opt().unwrap();
        }
    }
    assert!(seen > 100, "{seen}");
}

/// Order 464 (seed 004's notes: in force «алғашқы ресми жарияланған
/// күнінен кейін»), Kezek's reading (`edition.rs`): certainly in force
/// from 01.01.2023. The uncertain window's text said "late 2022" /
/// «2022 жылдың соңында» / «в конце 2022 года» without the day the rule
/// assumes; it says it (`$certain`) and the earliest day (`$effective`).
#[test]
fn order464_the_uncertain_windows_text_says_the_day_it_is_certainly_in_force() {
    for (lang, late) in [
        ("kk", "2022 жылдың соңында"),
        ("ru", "в конце 2022 года"),
        ("en", "late 2022"),
    ] {
        let t = text(lang, "reason-edition-effective-date-uncertain");
        assert!(!t.contains(late), "{lang}: «{late}»: {t}");
        assert!(t.contains("{ $certain }"), "{lang}: {t}");
        assert!(t.contains("{ $effective }"), "{lang}: {t}");
    }
}
