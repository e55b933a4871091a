//! Evaluating one service for a family: eligibility, checklist, refusal
//! risks and the due date («нәтиже беру мерзімі»), each cited.

use super::*;
use crate::common::offices::{self, Timetable};

/// The service, or an error naming `code`.
pub fn entry(code: &str) -> Option<&'static CatalogueEntry> {
    catalogue().iter().find(|e| e.code == code)
}

pub(crate) fn entry_or_err(code: &str) -> Result<&'static CatalogueEntry, CatalogueError> {
    entry(code).ok_or_else(|| CatalogueError::UnknownService(code.to_owned()))
}

/// The catalogue's services in the order of order 414's annexes, named once
/// for both [`catalogue`] and [`service_links`].
macro_rules! services_in_annex_order {
    ($($service:ident),* $(,)?) => {
        /// The whole catalogue, in the order of order 414's annexes.
        pub fn catalogue() -> &'static [CatalogueEntry] {
            static ALL: [CatalogueEntry; [$(stringify!($service)),*].len()] = [$($service::ENTRY),*];
            &ALL
        }

        /// The catalogue as the app's first screen links to it, in the same
        /// order: made from each entry at compile time, so that a module which
        /// only lists the services (the first screen's own, issue 19) does
        /// not carry their requirement lists.
        pub fn service_links() -> &'static [ServiceLink] {
            static ALL: [ServiceLink; [$(stringify!($service)),*].len()] =
                [$(ServiceLink::of(&$service::ENTRY)),*];
            &ALL
        }
    };
}

services_in_annex_order![
    adoption_agency_accreditation,
    adoption_registration,
    guardianship_certificate,
    minors_property,
    guardianship,
    foster_family,
    parental_meeting,
    school_transport,
    school_meals,
    camps,
    child_opinion,
];

/// The first screen's link to service `code`, if the catalogue has it.
pub fn service_link(code: &str) -> Option<&'static ServiceLink> {
    service_links().iter().find(|l| l.code == code)
}

/// The term that applies to a channel (and sub-type).
pub fn term(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
) -> Result<&'static TermRule, CatalogueError> {
    let e = entry_or_err(code)?;
    check_channel(e, channel)?;
    e.terms
        .iter()
        .find(|t| {
            (t.channels.is_empty() || t.channels.contains(&channel))
                && (t.variant.is_none() || t.variant == variant)
        })
        .ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })
}

fn check_channel(e: &CatalogueEntry, channel: ServiceChannel) -> Result<(), CatalogueError> {
    if e.channels.contains(&channel) {
        Ok(())
    } else {
        Err(CatalogueError::ChannelNotOffered {
            code: e.code.to_owned(),
            channel,
        })
    }
}

/// When the result is due.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Due {
    /// The instant the application counts as accepted.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub accepted: NaiveDateTime,
    /// The latest instant the result is due.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub due: NaiveDateTime,
    /// The term applied.
    pub term: Term,
    /// Row 3 (term) and row 7 (schedule) of the annex, then the rules'
    /// clause on the preliminary refusal notice where there is one.
    pub citations: Vec<Citation>,
    /// The last day a preliminary refusal notice can come, if the provider
    /// finds a ground to refuse: 3 working days before the term ends (each
    /// amended rules' clause). A hearing follows, then the result.
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    pub preliminary_refusal_by: Option<NaiveDate>,
}

/// When the result of `code` applied for through `channel` at `submitted` is
/// due, on the working-day calendar, counted in the hours of row 7 as
/// declared once in [`crate::common::offices`] — the same hours and the
/// same counting as the preschool schedule of order 254.
///
/// Row 7 (the schedule): the provider (its office, or the education
/// organisation) receives Monday to Friday 09:00–18:30 with lunch
/// 13:00–14:30 (item 1, [`offices::PROVIDER_ORDER_414`]); the State
/// Corporation Monday to Saturday 09:00–20:00 without lunch, except Sundays
/// and holidays (item 2, [`offices::STATE_CORPORATION`]); the portal around
/// the clock, but «жұмыс уақыты аяқталғаннан кейін, демалыс және мереке
/// күндері жүгінген жағдайда өтінішті қабылдау және мемлекеттік қызмет
/// көрсету нәтижесін беру келесі жұмыс күнімен жүзеге асырылады» (item 2 or
/// 3, [`Timetable::portal`]). An application made while its place is closed
/// is accepted at the next opening; documents handed to the State
/// Corporation on a Saturday are received then, and the working days are
/// counted from Monday.
///
/// Row 3 counts «құжаттарды тапсырған сәттен бастап» — from the moment of
/// submission: N working days end at the close (18:30) of the N-th working
/// day after the day of acceptance (the day of acceptance itself is not
/// counted, as civil-law terms run from the next day, Civil Code art. 176).
/// Calendar days: N days later, and a day off at the end moves to the next
/// working day's close. Minutes (the automated certificate): counted in the
/// place's hours, so a portal application at 18:20 is answered by 09:20 of
/// the next working day, as the portal's row 7 item says and as order 254's
/// 30 minutes are counted.
pub fn result_due(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    submitted: NaiveDateTime,
    cal: &Calendar,
) -> Result<Due, CatalogueError> {
    let e = entry_or_err(code)?;
    let rule = term(code, channel, variant)?;
    // The longest term is a few months; the calendar's day-by-day steps must
    // stay inside chrono's date range (an absurd year is an input error).
    submitted
        .date()
        .checked_add_days(chrono::Days::new(800))
        .ok_or_else(|| CatalogueError::OutOfRange {
            field: "as_of".to_owned(),
        })?;
    let provider = &offices::PROVIDER_ORDER_414;
    let hours = if channel == ServiceChannel::STATE_CORPORATION {
        Timetable::counter(&offices::STATE_CORPORATION)
    } else if channel == ServiceChannel::PORTAL {
        Timetable::portal(provider)
    } else {
        Timetable::counter(provider)
    };
    let accepted = hours.receives(submitted, cal);
    let due = match rule.term {
        Term::Minutes(n) => hours.after_minutes(accepted, i64::from(n), cal),
        Term::WorkingDays(n) => {
            provider.close_on(cal.add_working_days(accepted.date(), u32::from(n)))
        }
        Term::CalendarDays(n) => provider
            .close_on(cal.next_working_day_from(accepted.date() + chrono::Days::new(u64::from(n)))),
    };
    let mut citations = vec![rule.citation, cite(e.annex, 7, None)];
    citations.extend(rule.preliminary_refusal);
    let preliminary_refusal_by = rule
        .preliminary_refusal
        .map(|_| working_days_before(cal, due.date(), 3));
    Ok(Due {
        accepted,
        due,
        term: rule.term,
        citations,
        preliminary_refusal_by,
    })
}

/// The `n`-th working day before `d` (`working_days_between(result, d) == n`).
fn working_days_before(cal: &Calendar, d: NaiveDate, n: u32) -> NaiveDate {
    let mut day = d;
    let mut k = 0;
    while k < n {
        day -= Duration::days(1);
        if cal.is_working_day(day) {
            k += 1;
        }
    }
    day
}

/// One line of a checklist.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ChecklistLine {
    /// Document id.
    pub id: &'static str,
    /// Fluent key of its name.
    pub name_key: &'static str,
    /// How to supply it.
    pub supply: Supply,
    /// Annex, row 8, item.
    pub citation: Citation,
    /// How many are needed where the item is one per child (the number of
    /// children of the age on the day of application); absent = one, or not
    /// yet known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub count: Option<usize>,
    /// The unanswered questions ([`FamilyFacts::unanswered`]) that decide
    /// whether the document is needed: it stays on the list until they are
    /// answered (the safe side); absent = needed whatever the answers.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<&'static str>,
    /// A reading note shown beside the line ([`ReadingNote`]): the law lets
    /// the provider accept the set without the document for this family,
    /// at its discretion; absent = none (or not for this family).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<LineNote>,
}

/// A reading note beside a checklist line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LineNote {
    /// Fluent key of the note (`note-<…>`).
    pub key: &'static str,
    /// Where the law says it.
    pub citation: Citation,
    /// The unanswered questions that decide whether the note is for this
    /// family; absent = it is.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub depends_on: Vec<&'static str>,
}

/// The documents `code` needs through `channel` for this family, in the seed's order.
pub fn checklist(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    facts: &FamilyFacts,
) -> Result<Vec<ChecklistLine>, CatalogueError> {
    let e = entry_or_err(code)?;
    check_channel(e, channel)?;
    let list = e
        .documents
        .iter()
        .find(|l| l.channels.contains(&channel) && (l.variant.is_none() || l.variant == variant))
        .ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })?;
    Ok(list
        .items
        .iter()
        .filter(|i| i.condition.known(facts) != Some(false))
        .map(|i| ChecklistLine {
            id: i.id,
            name_key: i.name_key,
            supply: i.supply,
            citation: i.citation,
            count: i
                .each_child_aged
                .and_then(|age| Some(facts.children_ages()?.iter().filter(|&&a| a >= age).count())),
            depends_on: if i.condition.known(facts).is_none() {
                i.condition.unanswered_inputs(facts)
            } else {
                Vec::new()
            },
            note: i
                .note
                .filter(|n| n.condition.known(facts) != Some(false))
                .map(|n| LineNote {
                    key: n.key,
                    citation: n.citation,
                    depends_on: if n.condition.known(facts).is_none() {
                        n.condition.unanswered_inputs(facts)
                    } else {
                        Vec::new()
                    },
                }),
        })
        .collect())
}

/// A ground that applies to the family: code and citation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Risk {
    /// Reason code (`refusal-<code>` in the messages).
    pub code: &'static str,
    /// Annex, row 9, item.
    pub citation: Citation,
}

/// The refusal grounds of `code` that these facts trigger (the refusal
/// preview). A ground that waits for an unanswered question is not asserted;
/// the eligibility lists the question as `pending`.
pub fn refusal_risks(
    code: &str,
    variant: Option<Variant>,
    facts: &FamilyFacts,
) -> Result<Vec<Risk>, CatalogueError> {
    let e = entry_or_err(code)?;
    Ok(e.refusal_grounds
        .iter()
        .filter(|g| g.variant.is_none() || g.variant == variant)
        .filter(|g| g.condition.known(facts) == Some(true))
        .map(|g| Risk {
            code: g.code,
            citation: g.citation,
        })
        .collect())
}

/// The eligibility verdict.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Eligibility {
    /// Whether the family may receive the service.
    pub eligible: bool,
    /// The categories the child falls in (`eligibility-<code>`), with citations.
    pub grounds: Vec<Risk>,
    /// Reason codes against: refusal grounds that the facts trigger, or
    /// `not-in-any-category`, or `not-for-parents`.
    pub reasons: Vec<Risk>,
    /// The unanswered questions ([`FamilyFacts::unanswered`]) the verdict
    /// waits for: a scope rule, a category or a refusal ground that the
    /// answers given do not decide. While any is pending, `eligible` is
    /// false and nothing is asserted for them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pending: Vec<&'static str>,
}

/// Whether the family may receive `code`: for services with categories, the
/// child must fall in one; and no refusal ground may apply. A rule that
/// waits for an unanswered question makes the verdict wait (`pending`).
pub fn eligibility(code: &str, facts: &FamilyFacts) -> Result<Eligibility, CatalogueError> {
    let e = entry_or_err(code)?;
    let mut pending: Vec<&'static str> = Vec::new();
    let mut wait_for = |c: &Condition| {
        for i in c.unanswered_inputs(facts) {
            if !pending.contains(&i) {
                pending.push(i);
            }
        }
    };
    e.scope
        .iter()
        .filter(|r| r.condition.known(facts).is_none())
        .for_each(|r| wait_for(&r.condition));
    let category_known = e
        .eligibility
        .iter()
        .any(|r| r.condition.known(facts) == Some(true));
    let category_open = !category_known
        && e.eligibility
            .iter()
            .any(|r| r.condition.known(facts).is_none());
    if category_open {
        e.eligibility
            .iter()
            .filter(|r| r.condition.known(facts).is_none())
            .for_each(|r| wait_for(&r.condition));
    }
    e.refusal_grounds
        .iter()
        .filter(|g| g.variant.is_none() && g.condition.known(facts).is_none())
        .for_each(|g| wait_for(&g.condition));
    let grounds: Vec<Risk> = e
        .eligibility
        .iter()
        .filter(|r| r.condition.known(facts) == Some(true))
        .map(|r| Risk {
            code: r.code,
            citation: r.citation,
        })
        .collect();
    let mut reasons: Vec<Risk> = e
        .scope
        .iter()
        .filter(|r| r.condition.known(facts) == Some(false))
        .map(|r| Risk {
            code: r.code,
            citation: r.citation,
        })
        .collect();
    // An age the verdict depends on and nobody gave is a question, not an
    // answer (Annex 20's title «Он жасқа толған»).
    let mut age_facts = Vec::new();
    e.eligibility
        .iter()
        .for_each(|r| r.condition.collect_facts(&mut age_facts));
    if age_facts
        .iter()
        .any(|f| f.inputs().contains(&"child_birth_date"))
        && facts.child_age().is_none()
    {
        reasons.push(Risk {
            code: "child-birth-date-unknown",
            citation: e.eligibility[0].citation,
        });
    }
    reasons.extend(refusal_risks(code, None, facts)?);
    if !e.eligibility.is_empty() && grounds.is_empty() && !category_open {
        reasons.push(Risk {
            code: "not-in-any-category",
            citation: e.eligibility[0].citation,
        });
    }
    if !e.in_scope_for_parents {
        reasons.push(Risk {
            code: "not-for-parents",
            citation: cite(e.annex, 1, None),
        });
    }
    Ok(Eligibility {
        eligible: reasons.is_empty() && pending.is_empty(),
        grounds,
        reasons,
        pending,
    })
}

/// Every Fluent key the catalogue uses (names, providers, results, documents,
/// refusal grounds, eligibility codes, out-of-scope reasons), sorted, unique.
pub fn message_keys() -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for e in catalogue() {
        keys.push(e.name_key());
        keys.push(e.provider_key.to_owned());
        keys.push(e.result_key());
        if let Some(k) = e.out_of_scope_key {
            keys.push(k.to_owned());
        }
        for l in e.documents {
            keys.extend(l.items.iter().map(|i| i.name_key.to_owned()));
            keys.extend(l.items.iter().filter_map(|i| Some(i.note?.key.to_owned())));
        }
        keys.extend(
            e.refusal_grounds
                .iter()
                .map(|g| format!("refusal-{}", g.code)),
        );
        keys.extend(
            e.eligibility
                .iter()
                .map(|g| format!("eligibility-{}", g.code)),
        );
    }
    for e in catalogue() {
        keys.extend(e.scope.iter().map(|r| format!("refusal-{}", r.code)));
    }
    keys.push("refusal-child-birth-date-unknown".to_owned());
    keys.extend(register::register_message_keys());
    keys.push("refusal-not-in-any-category".to_owned());
    keys.push("refusal-not-for-parents".to_owned());
    keys.sort();
    keys.dedup();
    keys
}
