//! The application a parent hands off holds what the parent said: the facts
//! answered (never a default the parent was not asked about, such as
//! `"non_traditional_orientation": false`), and who applies for which child
//! — the identity fields the service's application names («өтініш беруші»,
//! «бала»: the applicant's name and IIN, the child's IIN and birth date).
//! One rule for the app's hand-off ([`prepare_said`]) and a request's
//! ([`prepare`], the JS API's `prepareService`), whose `applicant` and
//! `child` sections ([`RequestApplicant`], [`RequestChild`]) name them.

use super::*;

/// The applicant's identity fields, each only when given: the same section
/// as order 254's application ([`crate::payload::PayloadApplicant`]).
pub type Applicant = crate::payload::PayloadApplicant;

/// The child's identity fields, each only when given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Child {
    /// IIN — «ЖСН».
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iin: Option<String>,
    /// Date of birth: the one given, or, where none is, the one the child's
    /// IIN beside it encodes (its first six digits; the app's «from the
    /// IIN», a request's `child.iin`) — the same date either way, as a date
    /// the IIN contradicts is refused.
    #[serde(
        skip_serializing_if = "Option::is_none",
        with = "crate::dates::date::option"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    pub birth_date: Option<NaiveDate>,
    /// `true` where `birth_date` is the one the child's IIN encodes, no
    /// date having been given (a request's `child.iin` without
    /// `facts.child_birth_date`, the app's «from the IIN»): what tells it
    /// from a date the parent gave. Written only then.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub birth_date_from_iin: bool,
}

impl Child {
    /// The child named by its IIN and the birth date given (`typed`): the
    /// date by the one rule ([`child_birth_date`]) — the one given, or the
    /// one the IIN encodes, then marked [`Child::birth_date_from_iin`].
    pub fn named(iin: Option<String>, typed: Option<NaiveDate>) -> Child {
        let birth_date = child_birth_date(typed, iin.as_deref());
        Child {
            birth_date_from_iin: typed.is_none() && birth_date.is_some(),
            iin,
            birth_date,
        }
    }
}

/// A request's `applicant` section: who applies, as the application names
/// them («өтініш беруші»). Each field optional; checked when given.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RequestApplicant {
    /// Surname, name, patronymic: at most 200 characters, none that no one
    /// sees (`catalogue.text_too_long`, `catalogue.text_control_character`).
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(length(max = crate::case::TEXT_MAX_CHARS))
    )]
    pub full_name: Option<String>,
    /// IIN — «ЖСН»: 12 digits, no spaces, with its check digit
    /// (`catalogue.bad_iin`).
    #[serde(default)]
    pub iin: Option<String>,
}

/// A request's `child` section: the child the application is for («бала»).
/// Its birth date is the fact `facts.child_birth_date`, which the rules read;
/// where that gives none, the rules read the one its IIN encodes.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RequestChild {
    /// IIN — «ЖСН»: 12 digits, no spaces, with its check digit
    /// (`catalogue.bad_iin`), giving the birth date `facts.child_birth_date`
    /// says when it says one (`catalogue.iin_birth_date_mismatch`); where
    /// it says none (or lists it in `facts.unanswered`), the evaluation and
    /// the prepared application's `child.birth_date` take the date the IIN
    /// encodes, as the app's service screen does.
    #[serde(default)]
    pub iin: Option<String>,
}

/// [`prepare`]'s application as the parent gave it: of the request's facts,
/// only those named in `said` that the service asks on these answers
/// ([`questions_for`], as `eval` computed them from `req`) — the
/// birth date moves to `child` —, plus `applicant` and `child` (written when
/// they hold a field); the digest is of this record. Described, as
/// [`prepare`]'s, by `schema/order414-prepared.schema.json` (each fact and
/// the `applicant`/`child` sections optional).
pub fn prepare_said(
    req: &Request,
    eval: &Evaluation,
    said: &[&str],
    applicant: &Applicant,
    child: &Child,
) -> Prepared {
    let applicant =
        (applicant.iin.is_some() || applicant.full_name.is_some() || applicant.address.is_some())
            .then(|| applicant.clone());
    let child = (child.iin.is_some() || child.birth_date.is_some()).then(|| child.clone());
    // The consent (row 9's generic ground) is recorded only where it was
    // given: `personal_data_consent` is `true` by default, which is not a
    // consent anybody gave.
    let consent_said = said.contains(&"personal_data_consent") && req.facts.personal_data_consent;
    let mut application = super::request::application(req, eval, applicant, child, consent_said);
    // A question the answers leave unasked is not written: the
    // evaluation's questions ([`questions_for`] on the facts it read,
    // computed once there).
    let asked = &eval.asked;
    if let Some(facts) = application
        .get_mut("facts")
        .and_then(serde_json::Value::as_object_mut)
    {
        // Built anew rather than `retain`ed: inserting is what the JSON
        // reader already does, removing would add the tree's own code to the
        // JS API (+1.5 KB gzip).
        let mut kept = serde_json::Map::new();
        for (name, value) in std::mem::take(facts) {
            if name != "child_birth_date"
                && said.contains(&name.as_str())
                && asked.contains(&name.as_str())
            {
                kept.insert(name, value);
            }
        }
        *facts = kept;
    }
    Prepared::of(application, eval.edition_warning.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(service: &str, facts: FamilyFacts) -> (Request, Evaluation) {
        let req = Request {
            service: service.into(),
            channel: ServiceChannel::PORTAL,
            variant: None,
            as_of: NaiveDate::from_ymd_opt(2026, 12, 15)
                .unwrap()
                .and_hms_opt(10, 0, 0)
                .unwrap(),
            facts,
            documents_held: None,
            applicant: None,
            child: None,
            facts_given: Vec::new(),
        };
        let eval = evaluate(&req, Calendar::builtin()).unwrap();
        (req, eval)
    }

    fn fact_names(a: &serde_json::Value) -> Vec<&str> {
        let mut names: Vec<&str> = a["facts"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        names.sort();
        names
    }

    /// Issue 17 item 10: the guardianship certificate (00402002) carried 49
    /// defaulted facts never asked (`"non_traditional_orientation": false`,
    /// `"serious_crime_record": false`, …) and no applicant or child.
    #[test]
    fn the_guardianship_certificate_record_holds_no_fact_never_asked_and_names_applicant_and_child()
    {
        let facts = FamilyFacts {
            child_birth_date: NaiveDate::from_ymd_opt(2019, 5, 4),
            ..Default::default()
        };
        let (req, eval) = request("00402002", facts);
        let applicant = Applicant {
            full_name: Some("Ахметова Айгүл".into()),
            iin: Some("900315410004".into()),
            address: None,
        };
        let child = Child::named(None, NaiveDate::from_ymd_opt(2019, 5, 4));
        let said = ["child_birth_date", "child_orphan"];
        let out = prepare_said(&req, &eval, &said, &applicant, &child);
        let a = &out.application;
        assert_eq!(fact_names(a), Vec::<&str>::new(), "the service asks none");
        assert_eq!(a["applicant"]["full_name"], "Ахметова Айгүл");
        assert_eq!(a["applicant"]["iin"], "900315410004");
        assert_eq!(a["child"]["birth_date"], "2019-05-04");
        assert!(a["child"].get("iin").is_none());
        assert_eq!(
            out.sha256,
            crate::common::digest::sha256_hex(a.to_string().as_bytes())
        );
        // Nobody named: no identity blocks.
        let nobody = Applicant {
            iin: None,
            full_name: None,
            address: None,
        };
        let bare = prepare_said(&req, &eval, &[], &nobody, &Child::default());
        assert!(bare.application.get("applicant").is_none());
        assert!(bare.application.get("child").is_none());
    }

    /// Row 9's generic ground (consent to the use of personal data, Law on
    /// personal data art. 8): the application records the consent only
    /// where it was given. `personal_data_consent` is `true` by default (the
    /// provider checks it), so a request that never gave it was prepared
    /// with `"consent_personal_data": true` — a consent nobody gave.
    #[test]
    fn row9_the_consent_is_recorded_only_where_it_was_given() {
        let (req, eval) = request("00403008", FamilyFacts::default());
        let nobody = Applicant {
            iin: None,
            full_name: None,
            address: None,
        };
        let child = Child::default();
        for (said, recorded) in [
            (&[][..], false),
            (&["married"][..], false),
            (&["personal_data_consent"][..], true),
        ] {
            let out = prepare_said(&req, &eval, said, &nobody, &child);
            assert_eq!(
                out.application["consent_personal_data"],
                serde_json::Value::Bool(recorded),
                "said {said:?}"
            );
        }
        // Said, and said "no": no consent.
        let refused = FamilyFacts {
            personal_data_consent: false,
            ..Default::default()
        };
        let (req, eval) = request("00403008", refused);
        let out = prepare_said(&req, &eval, &["personal_data_consent"], &nobody, &child);
        assert_eq!(out.application["consent_personal_data"], false);
    }

    /// Of the facts said, only those the service asks are written: an answer
    /// given for another service is not this application's.
    #[test]
    fn the_record_carries_the_answers_the_service_asks_and_no_other() {
        let asked = questions("00403008").unwrap();
        let first = *asked
            .iter()
            .find(|q| **q != "child_birth_date")
            .expect("school meals asks a yes/no question");
        let mut facts = FamilyFacts::default();
        facts.set_flag(first, true);
        facts.set_flag("applicant_has_training", false);
        let (req, eval) = request("00403008", facts);
        let said = [first, "applicant_has_training"];
        assert!(!asked.contains(&"applicant_has_training"));
        let nobody = Applicant {
            iin: None,
            full_name: None,
            address: None,
        };
        let out = prepare_said(&req, &eval, &said, &nobody, &Child::default());
        assert_eq!(fact_names(&out.application), vec![first]);
        assert_eq!(out.application["facts"][first], true);
        // A request's record (the JS API's) by the same rule: this request,
        // built in code, names no fact it gives, and so writes none (it
        // wrote every fact of the family at its default before).
        let none = prepare(&req, &eval);
        assert_eq!(fact_names(&none.application), Vec::<&str>::new());
        let mut given = req.clone();
        given.facts_given = said.iter().map(|s| s.to_string()).collect();
        assert_eq!(prepare(&given, &eval), out);
    }

    /// The prepared application keeps the questions the evaluation
    /// computed ([`Evaluation::asked`]) instead of computing
    /// [`questions_for`] again on the request's facts: the same questions,
    /// for every service (each sub-type) and every answer — yes, no, not
    /// answered — to the questions a follow-up is about and the follow-ups
    /// themselves, with and without the child's birth date (the evaluation's
    /// facts carry the application date, and the answers other questions
    /// give, [`FamilyFacts::answered_by_other_questions`]).
    #[test]
    fn the_evaluations_questions_are_those_prepare_computed_from_the_request() {
        const ABOUT: [&str; 6] = [
            "married",
            "divorced",
            "marriage_in_civil_registry",
            "married_abroad",
            "one_parent_not_caring",
            "not_caring_in_civil_registry",
        ];
        let mut compared = 0;
        for e in catalogue() {
            let variants: Vec<Option<Variant>> = if e.has_variants() {
                Variant::ALL.iter().copied().map(Some).collect()
            } else {
                vec![None]
            };
            let asked = questions(e.code).unwrap();
            let flags: Vec<&str> = ABOUT
                .iter()
                .copied()
                .filter(|f| asked.contains(f))
                .collect();
            for variant in variants {
                for born in [None, NaiveDate::from_ymd_opt(2014, 3, 1)] {
                    for n in 0..3u32.pow(flags.len() as u32) {
                        let mut facts = FamilyFacts {
                            child_birth_date: born,
                            ..Default::default()
                        };
                        let mut k = n;
                        for f in &flags {
                            match k % 3 {
                                0 => {
                                    facts.set_flag(f, true);
                                }
                                1 => {
                                    facts.set_flag(f, false);
                                }
                                _ => facts.unanswered.push((*f).to_owned()),
                            }
                            k /= 3;
                        }
                        let (mut req, _) = request("00403008", FamilyFacts::default());
                        req.service = e.code.to_owned();
                        req.channel = e.channels[0];
                        req.variant = variant;
                        req.facts = facts;
                        let eval = evaluate(&req, Calendar::builtin()).unwrap();
                        let before = questions_for(e.code, &req.facts_read()).unwrap();
                        assert_eq!(eval.asked, before, "{} {:?}", e.code, req.facts);
                        compared += 1;
                    }
                }
            }
        }
        assert!(compared > 400, "{compared}");
    }
}
