//! Citations: where in the law a rule comes from («сілтеме»).
//!
//! Every decision of this crate carries one or more [`Citation`]s; the app
//! shows them as the "why" of a line, and a reviewing lawyer can follow each
//! one back to the text of the act.

use serde::{Deserialize, Serialize};

/// The acts Kezek cites.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Act {
    /// Order No. 254 of 19.06.2020 «Мектепке дейінгі білім беру саласында
    /// мемлекеттік қызметтер көрсету қағидалары», as amended by order No. 464
    /// of 18.11.2022 (seed 004).
    Order254,
    /// Order No. 39/НҚ of 31.01.2020, register of public services (seed 002).
    Register39,
    /// Order No. 164-НҚ of 14.04.2025 on children's creative clubs (seed 000):
    /// the definition of a child's legal representatives.
    Order164,
    /// Order No. 414 of 03.10.2022 amending the family-and-children rules (seed 001).
    Order414,
    /// Law of the Republic of Kazakhstan on military service and the status of servicemen.
    LawMilitaryService,
    /// Law of the Republic of Kazakhstan on special state bodies.
    LawSpecialStateBodies,
    /// Law of the Republic of Kazakhstan on law-enforcement service.
    LawLawEnforcementService,
    /// Law of the Republic of Kazakhstan on the status of a teacher.
    LawTeacherStatus,
    /// Law of the Republic of Kazakhstan on holidays: the list of holidays.
    LawHolidays,
    /// Labour Code of the Republic of Kazakhstan: days off, the move of a
    /// holiday falling on a weekend, religious days off not moved (art. 84).
    LabourCode,
}

/// One place in an act: clause («тармақ»), sub-clause («тармақша»), or an
/// annex («қосымша») and its item. Fields that do not apply are `None`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Citation {
    /// The act.
    pub act: Act,
    /// Article of a law («бап»), where the act is a law.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub article: Option<u16>,
    /// Annex number («қосымша»), when the place is inside an annex.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annex: Option<u8>,
    /// Clause («тармақ»); inside an annex, the annex's item.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clause: Option<u16>,
    /// Sub-clause («тармақша») or list item inside the clause.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub: Option<u16>,
    /// The number after the dash of a sub-clause numbered «2-1)»: order
    /// No. 414's Annex 2, row 8, numbers each sub-type's documents under
    /// the sub-type's own item (`sub` 2, `sub_item` 1 is «2-1)»).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sub_item: Option<u16>,
}

/// Written as the object `{act, article?, annex?, clause?, sub?, sub_item?}` (the fields
/// that are `None` left out) inside a newtype struct named
/// [`Citation::SERDE_NAME`], which serde_json writes as the object alone: a
/// serializer that knows the name can tell a citation from any other object
/// (the JS API's answer writer shares one object per place: issue 19).
impl Serialize for Citation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_newtype_struct(Self::SERDE_NAME, &Fields(self))
    }
}

/// A citation's fields, as the derived `Serialize` would write them (the
/// fields that are `None` skipped).
struct Fields<'a>(&'a Citation);

impl Serialize for Fields<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        let c = self.0;
        let given = [
            c.article.is_some(),
            c.annex.is_some(),
            c.clause.is_some(),
            c.sub.is_some(),
            c.sub_item.is_some(),
        ];
        let mut st = s.serialize_struct("Citation", 1 + given.iter().filter(|g| **g).count())?;
        st.serialize_field("act", &c.act)?;
        if let Some(article) = c.article {
            st.serialize_field("article", &article)?;
        }
        if let Some(annex) = c.annex {
            st.serialize_field("annex", &annex)?;
        }
        if let Some(clause) = c.clause {
            st.serialize_field("clause", &clause)?;
        }
        if let Some(sub) = c.sub {
            st.serialize_field("sub", &sub)?;
        }
        if let Some(item) = c.sub_item {
            st.serialize_field("sub_item", &item)?;
        }
        st.end()
    }
}

impl Citation {
    /// The name of the newtype struct a citation is written in.
    pub const SERDE_NAME: &'static str = "kezek.Citation";

    /// A clause of order No. 254: `Citation::clause(21)`.
    pub const fn clause(clause: u16) -> Self {
        Self {
            act: Act::Order254,
            article: None,
            annex: None,
            clause: Some(clause),
            sub: None,
            sub_item: None,
        }
    }
    /// A sub-clause of order No. 254: `Citation::sub(24, 9)` is cl. 24 p. 9.
    pub const fn sub(clause: u16, sub: u16) -> Self {
        Self {
            act: Act::Order254,
            article: None,
            annex: None,
            clause: Some(clause),
            sub: Some(sub),
            sub_item: None,
        }
    }
    /// An annex item of order No. 254: `Citation::annex(2, 8, Some(3))` is Annex 2 item 8 p. 3.
    pub const fn annex(annex: u8, item: u16, sub: Option<u16>) -> Self {
        Self {
            act: Act::Order254,
            article: None,
            annex: Some(annex),
            clause: Some(item),
            sub,
            sub_item: None,
        }
    }
    /// A whole annex of order No. 254 (a form): `Citation::annex_form(3)` is Annex 3.
    pub const fn annex_form(annex: u8) -> Self {
        Self {
            act: Act::Order254,
            article: None,
            annex: Some(annex),
            clause: None,
            sub: None,
            sub_item: None,
        }
    }
    /// A clause (and sub-clause) of the creative-clubs rules, order No. 164
    /// (seed 000), which have no annexes Kezek cites.
    pub const fn order164(clause: u16, sub: Option<u16>) -> Self {
        Self {
            act: Act::Order164,
            article: None,
            annex: None,
            clause: Some(clause),
            sub,
            sub_item: None,
        }
    }
    /// An article (and point) of a law.
    pub const fn law(act: Act, article: u16, point: Option<u16>) -> Self {
        Self {
            act,
            article: Some(article),
            annex: None,
            clause: point,
            sub: None,
            sub_item: None,
        }
    }
    /// A stable, human-readable reference, e.g. `order254:cl21`, `order254:annex2:8.3`,
    /// `order414:annex2:8.2-1` (a sub-clause «2-1)»), `law_military_service:art52.3`. The app uses it as a key for the clause text.
    pub fn key(&self) -> String {
        let act = self.act.code().replace('_', "-");
        let mut out = act;
        if let Some(a) = self.article {
            out.push_str(&format!(":art{a}"));
            if let Some(p) = self.clause {
                out.push_str(&format!(".{p}"));
            }
            return out;
        }
        if let Some(annex) = self.annex {
            out.push_str(&format!(":annex{annex}"));
            if let Some(i) = self.clause {
                out.push_str(&format!(":{i}"));
            }
        } else if let Some(c) = self.clause {
            out.push_str(&format!(":cl{c}"));
        }
        if let Some(s) = self.sub {
            out.push_str(&format!(".{s}"));
            if let Some(i) = self.sub_item {
                out.push_str(&format!("-{i}"));
            }
        }
        out
    }
}

impl Citation {
    /// The Fluent ids of this citation's plain-language reason
    /// («қарапайым түсіндірме»), most specific first: the sub-clause, the
    /// clause, a requirement list's row item (order No. 414's: `why-requirements-row-3-1`
    /// the term, `-3-2` the wait, `-3-3` the service time, where there is a
    /// message), a requirement list's row (order No. 254's Annexes 2 and 4 and
    /// order No. 414's annexes share one row layout: 1 provider … 8 documents,
    /// 9 refusal grounds, 10 other requirements), the annex as a whole, the
    /// act. The app shows the first that has a message, before the citation:
    /// the "why" a parent reads comes from the citation, written from the
    /// clause it names.
    pub fn plain_keys(&self) -> Vec<String> {
        let id = |c: &Citation| format!("why-{}", c.key().replace([':', '.'], "-"));
        let mut out = vec![id(self)];
        if self.sub_item.is_some() {
            out.push(id(&Citation {
                sub_item: None,
                ..*self
            }));
        }
        if self.sub.is_some() {
            out.push(id(&Citation {
                sub: None,
                sub_item: None,
                ..*self
            }));
        }
        if let (Some(annex), Some(item)) = (self.annex, self.clause) {
            let list = match self.act {
                Act::Order254 => annex == 2 || annex == 4,
                Act::Order414 => true,
                _ => false,
            };
            if list {
                // Order No. 414's row 3 holds three things in its items (1
                // the term, 2 the longest wait, 3 the longest service
                // time): an item is said as itself, not as the whole row.
                if let (Act::Order414, Some(sub)) = (self.act, self.sub) {
                    out.push(format!("why-requirements-row-{item}-{sub}"));
                }
                out.push(format!("why-requirements-row-{item}"));
            }
            out.push(id(&Citation {
                clause: None,
                sub: None,
                sub_item: None,
                ..*self
            }));
        }
        let act = Citation {
            act: self.act,
            article: None,
            annex: None,
            clause: None,
            sub: None,
            sub_item: None,
        };
        out.push(id(&act));
        out.dedup();
        out
    }
}

impl std::fmt::Display for Citation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_reasons_are_looked_up_from_the_sub_clause_to_the_act() {
        assert_eq!(
            Citation::sub(24, 9).plain_keys(),
            ["why-order254-cl24-9", "why-order254-cl24", "why-order254"]
        );
        assert_eq!(
            Citation::annex(2, 8, Some(3)).plain_keys(),
            [
                "why-order254-annex2-8-3",
                "why-order254-annex2-8",
                "why-requirements-row-8",
                "why-order254-annex2",
                "why-order254"
            ]
        );
        assert_eq!(
            Citation::law(Act::LawMilitaryService, 52, Some(3)).plain_keys(),
            [
                "why-law-military-service-art52-3",
                "why-law-military-service"
            ]
        );
    }

    /// The first plain reason of a citation that has a message.
    fn plain(ftl: &str, c: &Citation) -> Option<String> {
        c.plain_keys()
            .into_iter()
            .find(|k| crate::messages::has_message(ftl, k))
    }

    /// Order No. 254, Annexes 2 and 4, row 3 «Мемлекеттік қызметті көрсету
    /// мерзімі» holds the term alone (Annex 2: «… жүгінген сәтінен бастап – 30
    /// минут»; Annex 4: «30 минут»); the longest wait and service time are row
    /// 10's («күтудің рұқсат етілген ең ұзақ уақыты – 15 минут …»). Step 1's
    /// and step 5's "Why?" under «приложение 2, пункт 3» said it sets «срок ее
    /// оказания, а также наибольшее время ожидания и обслуживания у окна» —
    /// order No. 414's row 3. It says the term alone.
    #[test]
    fn annex2_3_annex4_3_the_row_3_of_order_254_is_said_as_the_term_alone() {
        for (lang, wait) in [("kk", "күту"), ("ru", "ожидания"), ("en", "wait")] {
            let ftl = crate::messages::ftl(lang).unwrap();
            for annex in [2, 4] {
                let key = plain(ftl, &Citation::annex(annex, 3, None)).unwrap();
                let text = crate::messages::message_value(ftl, &key).unwrap();
                assert!(!text.contains(wait), "{lang} annex {annex}: {key}: {text}");
            }
        }
    }

    /// Annex 5 is the form «Нысан» of the consent to access restricted
    /// personal data, headed «(мектепке дейінгі ұйым)»; Annex 2 p. 8 (queue
    /// registration) lists «1 және 5-қосымшаларға сәйкес нысан бойынша
    /// өтініштер», Annex 4 p. 8 (admission) «5-қосымшаға сәйкес нысан бойынша
    /// өтініш». Its "why", shown on both paths (the prepared application
    /// cites Annex 5 for either service), said «Заявление о зачислении
    /// (приложение 5) — бланк, который получает детский сад»: admission
    /// alone. It says the consent and both lists.
    #[test]
    fn annex2_8_annex4_8_the_why_of_annex5_names_both_lists_that_file_it() {
        for (lang, says, unsaid) in [
            (
                "kk",
                [
                    "келісім",
                    "2-қосымшаның 8-тармағы",
                    "4-қосымшаның 8-тармағы",
                    "кезекке",
                ],
                "Қабылдау туралы өтініш (5-қосымша)",
            ),
            (
                "ru",
                [
                    "согласи",
                    "Пункт 8 приложения 2",
                    "пункт 8 приложения 4",
                    "в очередь",
                ],
                "Заявление о зачислении (приложение 5)",
            ),
            (
                "en",
                ["consent", "Item 8 of Annex 2", "item 8 of Annex 4", "queue"],
                "application for admission (Annex 5)",
            ),
        ] {
            let ftl = crate::messages::ftl(lang).unwrap();
            let key = plain(ftl, &Citation::annex_form(5)).unwrap();
            assert_eq!(key, "why-order254-annex5");
            let text = crate::messages::message_value(ftl, &key).unwrap();
            for w in says {
                assert!(text.contains(w), "{lang}: {w:?} not in {text}");
            }
            assert!(!text.contains(unsaid), "{lang}: {text}");
        }
    }

    /// Every citation of every golden case's evaluation has a plain reason
    /// more specific than "this comes from the act", in every language.
    #[test]
    fn every_citation_of_the_golden_cases_has_a_plain_reason() {
        fn collect(v: &serde_json::Value, out: &mut Vec<Citation>) {
            match v {
                serde_json::Value::Object(m) => {
                    if m.contains_key("act") {
                        if let Ok(c) = serde_json::from_value::<Citation>(v.clone()) {
                            out.push(c);
                        }
                    }
                    m.values().for_each(|x| collect(x, out));
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| collect(x, out)),
                _ => {}
            }
        }
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/cases");
        let mut cites = Vec::new();
        for f in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(f.unwrap().path()).unwrap();
            let Ok(case) = crate::Case::from_json(&text) else {
                continue;
            };
            if let Ok(e) = crate::evaluate(&case) {
                collect(&serde_json::to_value(&e).unwrap(), &mut cites);
            }
        }
        cites.sort();
        cites.dedup();
        assert!(cites.len() > 20, "{}", cites.len());
        for lang in ["kk", "ru", "en"] {
            let ftl = crate::messages::ftl(lang).unwrap();
            let vague: Vec<String> = cites
                .iter()
                .filter(|c| {
                    let act = c.plain_keys().pop();
                    plain(ftl, c).is_none() || plain(ftl, c) == act
                })
                .map(|c| c.key())
                .collect();
            assert!(vague.is_empty(), "{lang}: no plain reason for {vague:?}");
        }
    }

    /// Row 3 of order No. 414's requirement lists: item 1 the term, item 2
    /// the longest wait to hand in documents, item 3 the longest service
    /// time (Annex 6: «1) … 19 (он тоғыз) жұмыс күні; 2) … құжаттарды
    /// тапсыру үшін күтудің рұқсат берілетін ең ұзақ уақыты – 15 минут; 3) …
    /// қызмет көрсетудің рұқсат берілетін ең ұзақ уақыты – 15 минут»). The
    /// due card's "Why?" cites item 1 alone, yet read «… мерзімін, сондай-ақ
    /// … күтудің және қызмет көрсетудің ең ұзақ уақытын белгілейді» — the
    /// counter's times, the same sentence as beside the in-person line and
    /// the header (walk-dumps-37d, 00402003 and 00404007).
    #[test]
    fn ann6_row3_items_1_2_3_each_reason_says_its_own_item() {
        let row3 = |sub: u16| Citation {
            act: Act::Order414,
            article: None,
            annex: Some(6),
            clause: Some(3),
            sub: Some(sub),
            sub_item: None,
        };
        // (counter times, the wait, the service time)
        for (lang, counter, wait, service) in [
            ("kk", "ең ұзақ", "күтудің", "қызмет көрсетудің ең ұзақ"),
            ("ru", "наибольш", "ожидани", "обслуживани"),
            ("en", "longest", "wait", "service time"),
        ] {
            let ftl = crate::messages::ftl(lang).unwrap();
            let text = |sub: u16| {
                let key = plain(ftl, &row3(sub)).unwrap();
                crate::messages::message_value(ftl, &key)
                    .unwrap()
                    .to_owned()
            };
            let (term, waiting, serving) = (text(1), text(2), text(3));
            assert!(!term.contains(counter), "{lang} item 1: {term}");
            assert!(waiting.contains(wait), "{lang} item 2: {waiting}");
            assert!(!waiting.contains(service), "{lang} item 2: {waiting}");
            assert!(serving.contains(service), "{lang} item 3: {serving}");
            assert!(!serving.contains(wait), "{lang} item 3: {serving}");
        }
    }

    /// The titles of Annexes 6 and 15 of order No. 414 name whom the
    /// service is for («Жетім балаға (жетім балаларға) және ата-анасының
    /// қамқорлығынсыз қалған балаға (балаларға) …», «Шалғайдағы ауылдық елді
    /// мекендерде тұратын балаларды …»), and the category is cited to the
    /// title (`list_title`). Its "Why?" read only what order 414 is — «Бұл №
    /// 414 бұйрықтан: ол … талаптарды бекітіп, … қағидаларды өзгертті»
    /// (walk-dumps-37d, 00402003, kk and ru) — not that the title says it.
    #[test]
    fn ann6_ann15_title_the_categorys_reason_is_the_lists_title() {
        let title = |annex: u8| Citation {
            act: Act::Order414,
            article: None,
            annex: Some(annex),
            clause: None,
            sub: None,
            sub_item: None,
        };
        for (lang, word) in [("kk", "атау"), ("ru", "названи"), ("en", "title")] {
            let ftl = crate::messages::ftl(lang).unwrap();
            for annex in [6, 15] {
                let key = plain(ftl, &title(annex)).unwrap();
                let text = crate::messages::message_value(ftl, &key).unwrap();
                assert!(
                    text.to_lowercase().contains(word),
                    "{lang} annex {annex}: {text}"
                );
            }
        }
    }

    /// The plain reasons are the same set in kk, ru and en, and state the same numbers.
    #[test]
    fn plain_reasons_say_the_same_in_every_language() {
        let why = |lang: &str| -> std::collections::BTreeMap<String, Vec<String>> {
            crate::messages::ftl(lang)
                .unwrap()
                .lines()
                .filter(|l| l.starts_with("why-"))
                .filter_map(|l| l.split_once(" = "))
                .map(|(k, v)| {
                    let mut n: Vec<String> = v
                        .split(|c: char| !c.is_ascii_digit())
                        .filter(|x| !x.is_empty())
                        .map(str::to_owned)
                        .collect();
                    n.sort();
                    (k.to_owned(), n)
                })
                .collect()
        };
        let en = why("en");
        assert!(en.len() > 40, "{}", en.len());
        for lang in ["kk", "ru"] {
            assert_eq!(why(lang), en, "{lang}");
        }
    }

    #[test]
    fn an_acts_code_is_its_wire_name() {
        // `Act::code` (codes.rs) is what `key` writes: serde's own form,
        // without serde's value builder in the JS API (~800 B gzip).
        for act in [Act::Order254, Act::LawMilitaryService, Act::LabourCode] {
            assert_eq!(serde_json::to_value(act).unwrap(), act.code(), "{act:?}");
        }
    }

    #[test]
    fn keys_are_stable_and_readable() {
        assert_eq!(Citation::clause(21).key(), "order254:cl21");
        assert_eq!(Citation::sub(24, 9).key(), "order254:cl24.9");
        assert_eq!(Citation::annex(2, 8, Some(3)).key(), "order254:annex2:8.3");
        assert_eq!(Citation::annex(3, 1, None).key(), "order254:annex3:1");
        assert_eq!(
            Citation::law(Act::LawMilitaryService, 52, Some(3)).key(),
            "law-military-service:art52.3"
        );
    }
}
