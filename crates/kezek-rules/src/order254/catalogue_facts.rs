//! What the preschool answers (order 254) already tell the family-and-children
//! services (order 414), so a parent is never asked the same fact twice: the
//! child's birth date, the priority grounds that are also catalogue facts
//! (orphan, left without parental care — cl. 20 p. 2 and the catalogue's
//! «жетім бала», «ата-анасының қамқорлығынсыз қалған бала»), and that a
//! guardian, trustee or foster carer brings the child up in a family
//! («отбасында тәрбиеленетін бала»).
//!
//! The result says which facts the parent *said* — answered on a catalogue
//! screen, or known from the preschool steps — so that a prepared application
//! carries those and never a default the parent was not asked about
//! ([`crate::catalogue::prepare_said`]).

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::case::{Family, Role};
use super::category::Ground;
use crate::catalogue::{FamilyFacts, FLAGS};

/// Catalogue facts that are an order-254 priority ground as well: one fact,
/// stored once (in the case's [`Family`]).
pub const SHARED_GROUNDS: [(&str, Ground); 2] = [
    ("child_orphan", Ground::Orphan),
    ("child_without_parental_care", Ground::WithoutParentalCare),
];

/// The catalogue fact a priority ground is (see [`SHARED_GROUNDS`]).
pub fn shared_ground(fact: &str) -> Option<Ground> {
    SHARED_GROUNDS
        .iter()
        .find(|(n, _)| *n == fact)
        .map(|(_, g)| *g)
}

/// Whether an applicant in `role` brings the child up in a family instead of
/// its parents: a guardian or trustee («қорғаншы», «қамқоршы»), a foster
/// parent, professional foster carer or patronage carer — the catalogue's
/// `child_brought_up_in_family`. A parent, an adoptive parent (a parent in
/// law) and "another legal representative" do not say it.
pub fn brings_child_up_in_family(role: Role) -> bool {
    matches!(
        role,
        Role::Guardian
            | Role::Trustee
            | Role::FosterParent
            | Role::ProfessionalFosterCarer
            | Role::PatronageCarer
    )
}

/// The family's facts for the catalogue, and which of them the parent said.
#[derive(Debug, Clone, PartialEq)]
pub struct SaidFacts {
    /// Every fact: what was said, the catalogue's ordinary default otherwise.
    pub facts: FamilyFacts,
    /// The names of the facts the parent said ([`FLAGS`] names and
    /// `child_birth_date`), in [`FLAGS`] order.
    pub said: Vec<&'static str>,
}

impl SaidFacts {
    /// Whether the parent said `fact`.
    pub fn is_said(&self, fact: &str) -> bool {
        self.said.contains(&fact)
    }

    /// The parent's answer to `fact`, if said.
    pub fn answer(&self, fact: &str) -> Option<bool> {
        self.is_said(fact).then(|| self.facts.flag(fact)).flatten()
    }
}

/// The catalogue facts on `today` from the preschool answers (`role`,
/// `family`, the child's `birth_date`) and the catalogue `answers` (yes/no by
/// [`FLAGS`] name; other names are ignored). A shared ground is read from
/// `family` (the one place it is stored) and said only when it holds: the
/// preschool step lists grounds to tick, so an unticked one is not a "no".
pub fn catalogue_facts(
    role: Option<Role>,
    family: &Family,
    birth_date: Option<NaiveDate>,
    answers: &BTreeMap<String, bool>,
    today: NaiveDate,
) -> SaidFacts {
    let mut f = FamilyFacts {
        child_birth_date: birth_date,
        application_date: Some(today),
        ..Default::default()
    };
    let mut said: Vec<&'static str> = Vec::new();
    if role.is_some_and(brings_child_up_in_family) {
        f.child_brought_up_in_family = true;
        said.push("child_brought_up_in_family");
    }
    for (name, v) in answers {
        if let Some(n) = FLAGS.iter().find(|n| **n == name.as_str()) {
            f.set_flag(n, *v);
            said.push(n);
        }
    }
    for (name, ground) in SHARED_GROUNDS {
        let v = family.get(ground);
        f.set_flag(name, v);
        said.retain(|n| *n != name);
        if v {
            said.push(name);
        }
    }
    let mut said: Vec<&'static str> = FLAGS.iter().copied().filter(|n| said.contains(n)).collect();
    if birth_date.is_some() {
        said.push("child_birth_date");
    }
    SaidFacts { facts: f, said }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 15).unwrap()
    }

    #[test]
    fn a_guardian_brings_the_child_up_in_a_family_a_parent_does_not_say_so() {
        let none = BTreeMap::new();
        let g = catalogue_facts(Some(Role::Guardian), &Family::default(), None, &none, day());
        assert!(g.facts.child_brought_up_in_family);
        assert_eq!(g.answer("child_brought_up_in_family"), Some(true));
        let p = catalogue_facts(Some(Role::Parent), &Family::default(), None, &none, day());
        assert_eq!(p.answer("child_brought_up_in_family"), None, "not said");
        assert!(p.said.is_empty());
    }

    #[test]
    fn cl20_orphan_is_one_fact_for_both_orders_said_only_when_ticked() {
        let mut family = Family::default();
        family.set(Ground::Orphan, true);
        // A stale catalogue answer never outvotes the one stored fact.
        let answers = BTreeMap::from([("child_orphan".to_owned(), false)]);
        let s = catalogue_facts(None, &family, None, &answers, day());
        assert!(s.facts.child_orphan);
        assert_eq!(s.answer("child_orphan"), Some(true));
        let s = catalogue_facts(None, &Family::default(), None, &answers, day());
        assert_eq!(
            s.answer("child_orphan"),
            None,
            "an unticked ground is not a 'no'"
        );
    }

    #[test]
    fn only_catalogue_answers_and_the_birth_date_are_said() {
        let answers = BTreeMap::from([
            ("applicant_has_training".to_owned(), false),
            ("not_a_fact".to_owned(), true),
        ]);
        let born = NaiveDate::from_ymd_opt(2016, 2, 29).unwrap();
        let s = catalogue_facts(None, &Family::default(), Some(born), &answers, day());
        assert_eq!(s.said, vec!["applicant_has_training", "child_birth_date"]);
        assert_eq!(s.answer("applicant_has_training"), Some(false));
        assert_eq!(s.facts.child_birth_date, Some(born));
        assert_eq!(s.facts.application_date, Some(day()));
    }
}
