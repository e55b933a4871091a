//! Refusal to accept an incomplete set («құжаттарды қабылдаудан бас тарту»):
//! what happens at the counter when documents are missing or expired, given
//! the documents the parent holds and their validity.
//!
//! Sources, as worded by order No. 414:
//! - Annexes 7, 14, 16 and 19 — the State Corporation's receipt «Құжаттарды
//!   қабылдаудан бас тарту туралы қолхат» for Annexes 6, 13, 15 and 18: the
//!   State Corporation refuses to accept documents «Сіз ұсынған құжаттар
//!   топтамасының толық болмауына байланысты» and lists «Жоқ құжаттардың
//!   атауы» (Law on public services art. 20 p. 2);
//! - rules 513 cl. 9 (adoption agencies): «құжаттар топтамасын толық
//!   ұсынбаған және (немесе) қолданылу мерзімі өткен құжаттарды ұсынған кезде
//!   … өтінішті қабылдаудан бас тартады» — refusal to accept. The clause
//!   stands among the accreditation's (cl. 5, 9, 11–13 as worded by order
//!   414); the extension's own clauses (cl. 19, 24) name no refusal at
//!   acceptance. For the extension the same refusal is Kezek's reading, the
//!   one a careful lawyer gives the applicant (hand in a complete, valid set):
//!   [`ReceiptOutcome::ProviderRefusesExtensionReading`];
//! - rules 407 cl. 9 (registration of adopters): the same facts lead to
//!   «өтінішті одан әрі қараудан бас тартады» — refusal to consider further.
//!
//! Readings: the receipt form names only missing documents; an expired
//! document does not complete the set either (the rules 407/513 say so
//! expressly), so at the State Corporation a set whose only gap is an
//! expired document is expected to be refused the same way — said as
//! Kezek's reading ([`ReceiptOutcome::StateCorporationRefusesExpiredReading`]).
//! For the other channels of order 158's services the seeds state no
//! consequence at the counter: the preview says the set is incomplete (or,
//! with only expired documents, that they are no longer valid,
//! [`ReceiptOutcome::NoLongerValid`]) and cites only row 8, inventing no
//! refusal.
//! The application itself is not counted: Kezek prepares it, or it is filled
//! in at the counter.
//!
//! A line whose need depends on questions not answered yet (its
//! `depends_on`, e.g. the spouse's consent while «married» is unanswered),
//! and a line the law lets the provider waive at its discretion (a
//! [`super::ReadingNote`], e.g. the training certificate of a relative under
//! the note after Annex 6 row 8), or a line needed with ages on one of the
//! days of submission and of acceptance only (the child's opinion of a
//! child who turns ten in between, Annex 5 row 8 item 6, a reading:
//! [`FamilyFacts::on_acceptance_day`]), is neither missing nor accepted: it is
//! listed as `uncertain` with why, and when nothing certain is missing or
//! expired the outcome is [`ReceiptOutcome::Uncertain`], not a refusal.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{
    checklist_with_certainty, entry_or_err, CatalogueError, ChecklistLine, FamilyFacts,
    ServiceChannel, Supply, Variant,
};
use crate::citation::{Act, Citation};

/// A document the parent holds: its row-8 id (as in the checklist) and, if
/// it has one, the last day it is valid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct HeldDocument {
    /// The checklist id, e.g. `"birth_certificate"`.
    pub id: String,
    /// The last day it is valid («қолданылу мерзімі»), if it expires.
    #[serde(default, deserialize_with = "crate::dates::chrono_form::option")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "Option<crate::dates::schema::Date>")
    )]
    #[serde(serialize_with = "crate::dates::date::option::serialize")]
    pub valid_until: Option<NaiveDate>,
}

/// What happens when the set is handed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReceiptOutcome {
    /// The set is complete and valid on the day: the refusal for an
    /// incomplete set does not apply (the order promises no acceptance).
    Accepted,
    /// The State Corporation refuses to accept and gives the receipt
    /// (Annexes 7, 14, 16, 19) naming the missing documents.
    StateCorporationRefusesToAccept,
    /// Nothing certainly needed is missing, but a document is no longer
    /// valid on the day, at the State Corporation: the receipt form
    /// (Annexes 7, 14, 16, 19) refuses acceptance «құжаттар топтамасының
    /// толық болмауына байланысты» and lists «Жоқ құжаттардың атауы», no
    /// expired one. Reading (the careful one): an expired document does not
    /// complete the set, so the same refusal and receipt are to be expected;
    /// the text says it is Kezek's reading.
    StateCorporationRefusesExpiredReading,
    /// The provider refuses to accept the application (rules 513 cl. 9).
    ProviderRefusesToAccept,
    /// The accreditation's extension (00404005, `extension`): rules 513
    /// cl. 9's refusal to accept the application, which stands among the
    /// accreditation's clauses while the extension's (cl. 19, 24) name no
    /// refusal at acceptance. Reading (the careful one for the applicant):
    /// the same refusal is to be expected; the text says it is Kezek's
    /// reading.
    ProviderRefusesExtensionReading,
    /// The provider refuses to consider the application further (rules 407 cl. 9).
    ProviderRefusesFurtherConsideration,
    /// The set is incomplete; the seeds state no consequence for this
    /// channel, so none is asserted.
    Incomplete,
    /// Nothing certainly needed is missing, but a document is no longer
    /// valid on the day, on a channel whose consequence the seeds do not
    /// state: neither a refusal nor "the set is incomplete" is asserted.
    NoLongerValid,
    /// Nothing certainly needed is missing or expired, but documents listed
    /// in the preview's [`uncertain`](ReceiptPreview::uncertain) are not held: whether the set is
    /// taken without them is not certain, so neither a refusal nor an
    /// acceptance is asserted.
    Uncertain,
}

impl ReceiptOutcome {
    /// Every outcome, in declaration order.
    pub const ALL: [ReceiptOutcome; 9] = [
        Self::Accepted,
        Self::StateCorporationRefusesToAccept,
        Self::StateCorporationRefusesExpiredReading,
        Self::ProviderRefusesToAccept,
        Self::ProviderRefusesExtensionReading,
        Self::ProviderRefusesFurtherConsideration,
        Self::Incomplete,
        Self::NoLongerValid,
        Self::Uncertain,
    ];

    /// Its wire name, as serialised (`accepted`,
    /// `state_corporation_refuses_to_accept` …): the app's `data-outcome`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Accepted => "accepted",
            Self::StateCorporationRefusesToAccept => "state_corporation_refuses_to_accept",
            Self::StateCorporationRefusesExpiredReading => {
                "state_corporation_refuses_expired_reading"
            }
            Self::ProviderRefusesToAccept => "provider_refuses_to_accept",
            Self::ProviderRefusesExtensionReading => "provider_refuses_extension_reading",
            Self::ProviderRefusesFurtherConsideration => "provider_refuses_further_consideration",
            Self::Incomplete => "incomplete",
            Self::NoLongerValid => "no_longer_valid",
            Self::Uncertain => "uncertain",
        }
    }
}

/// Why a line is uncertain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Uncertainty {
    /// Whether it is needed depends on questions not answered yet (the
    /// line's `depends_on`): the safe side keeps it on the checklist, but
    /// its absence is no certain gap.
    DependsOnAnswers,
    /// The law lets the provider accept the set without it, at its
    /// discretion, or needs it with ages taken on one of the
    /// [two days](FamilyFacts::on_acceptance_day), of submission and of
    /// acceptance, only (the line's `note`,
    /// a reading): the provider decides.
    ProviderDecides,
}

impl Uncertainty {
    /// Every reason, in declaration order.
    pub const ALL: [Uncertainty; 2] = [Self::DependsOnAnswers, Self::ProviderDecides];

    /// Its wire name, as serialised (`depends_on_answers`,
    /// `provider_decides`): the app's `data-why`.
    pub fn name(self) -> &'static str {
        match self {
            Self::DependsOnAnswers => "depends_on_answers",
            Self::ProviderDecides => "provider_decides",
        }
    }
}

/// A document not held (or no longer valid) whose absence is not certainly
/// a gap in the set.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct UncertainLine {
    /// The checklist line.
    pub line: ChecklistLine,
    /// Why it is uncertain.
    pub why: Uncertainty,
}

/// The receipt preview: the outcome, the documents missing and expired.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ReceiptPreview {
    /// What happens at the counter.
    pub outcome: ReceiptOutcome,
    /// Needed for this family and channel, not held.
    pub missing: Vec<ChecklistLine>,
    /// Held, but no longer valid on the day of application.
    pub expired: Vec<ChecklistLine>,
    /// Not held (or no longer valid), but not certainly needed: counted
    /// neither missing nor held.
    pub uncertain: Vec<UncertainLine>,
    /// The receipt form or rules' clause that gives the outcome (for the
    /// outcome [`uncertain`](ReceiptOutcome::Uncertain), the one that would apply were the
    /// uncertain documents needed).
    pub citations: Vec<Citation>,
}

/// The receipt annex of order 414 for a requirement-list annex whose
/// services the State Corporation accepts.
fn receipt_annex(annex: u8) -> Option<u8> {
    match annex {
        6 => Some(7),
        13 => Some(14),
        15 => Some(16),
        18 => Some(19),
        _ => None,
    }
}

/// What happens when the documents `held` are handed in for `code` through
/// `channel` on `on`, for this family.
pub fn receipt_preview(
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
    facts: &FamilyFacts,
    held: &[HeldDocument],
    on: NaiveDate,
) -> Result<ReceiptPreview, CatalogueError> {
    let e = entry_or_err(code)?;
    let mut missing = Vec::new();
    let mut expired = Vec::new();
    let mut uncertain = Vec::new();
    for (line, certain) in checklist_with_certainty(code, channel, variant, facts)? {
        if line.supply == Supply::Application {
            continue;
        }
        // Any valid copy counts, wherever it is in the list (the answer does
        // not depend on the list's order); only expired copies are expired.
        let mut copies = held.iter().filter(|h| h.id == line.id).peekable();
        let gap = if copies.peek().is_none() {
            &mut missing
        } else if copies.all(|h| h.valid_until.is_some_and(|d| d < on)) {
            &mut expired
        } else {
            continue;
        };
        let why = if !line.depends_on.is_empty() {
            Some(Uncertainty::DependsOnAnswers)
        } else if line.note.is_some() && !certain {
            Some(Uncertainty::ProviderDecides)
        } else {
            None
        };
        match why {
            Some(why) => uncertain.push(UncertainLine { line, why }),
            None => gap.push(line),
        }
    }
    let complete = missing.is_empty() && expired.is_empty();
    let (outcome, citations) = if complete && uncertain.is_empty() {
        (ReceiptOutcome::Accepted, Vec::new())
    } else {
        let (refusal, citations) = consequence(e, code, channel, variant)?;
        (
            if complete {
                ReceiptOutcome::Uncertain
            } else if missing.is_empty() {
                only_expired(refusal)
            } else {
                refusal
            },
            citations,
        )
    };
    Ok(ReceiptPreview {
        outcome,
        missing,
        expired,
        uncertain,
        citations,
    })
}

/// Whether the order states a refusal at hand-in of an incomplete set for
/// `code` through `channel`: the State Corporation's receipt (Annexes 7, 14,
/// 16, 19), rules 513 cl. 9 (refusal to accept the application), rules 407
/// cl. 9 (refusal to consider it further). Where it does not (order 158's
/// services at the provider, the education organisation or on the portal:
/// the rules' base text is not in the seeds), a complete set is not told
/// that "the refusal for an incomplete set" does not apply, as if the order
/// named one there ([`ReceiptOutcome::Accepted`] says no more than that the
/// set is complete and valid). For 00404005 it answers for the
/// accreditation, where cl. 9 states the refusal; for the extension the same
/// refusal is Kezek's reading ([`ReceiptOutcome::ProviderRefusesExtensionReading`]):
/// no parent meets that answer (the app shows it only for the services in
/// scope for parents, none with sub-types: its
/// `rules_513_cl9_the_screens_refusal_at_hand_in_needs_no_sub_type`).
/// A channel the service is not offered through is
/// [`CatalogueError::ChannelNotOffered`].
pub fn refusal_at_hand_in_stated(
    code: &str,
    channel: ServiceChannel,
) -> Result<bool, CatalogueError> {
    let e = entry_or_err(code)?;
    if !e.channels.contains(&channel) {
        return Err(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        });
    }
    Ok(consequence(e, code, channel, None)?.0 != ReceiptOutcome::Incomplete)
}

/// What a set with nothing certainly missing but a document no longer valid
/// leads to, given what an incomplete set leads to on the channel. Rules 513
/// and 407 cl. 9 name the expired document beside the incomplete set: the
/// same refusal. The State Corporation's receipt (Annexes 7, 14, 16, 19)
/// names only an incomplete set and lists the missing documents: the same
/// refusal is Kezek's reading ([`ReceiptOutcome::StateCorporationRefusesExpiredReading`]).
/// Where the seeds state no consequence, the set is not called incomplete
/// ([`ReceiptOutcome::NoLongerValid`]).
fn only_expired(refusal: ReceiptOutcome) -> ReceiptOutcome {
    match refusal {
        ReceiptOutcome::StateCorporationRefusesToAccept => {
            ReceiptOutcome::StateCorporationRefusesExpiredReading
        }
        ReceiptOutcome::Incomplete => ReceiptOutcome::NoLongerValid,
        other => other,
    }
}

/// What an incomplete set leads to through `channel` for the sub-type
/// `variant`, and where it is said (or, for a reading, read).
fn consequence(
    e: &super::CatalogueEntry,
    code: &str,
    channel: ServiceChannel,
    variant: Option<Variant>,
) -> Result<(ReceiptOutcome, Vec<Citation>), CatalogueError> {
    Ok(if channel == ServiceChannel::STATE_CORPORATION {
        let receipt = receipt_annex(e.annex).ok_or(CatalogueError::ChannelNotOffered {
            code: code.to_owned(),
            channel,
        })?;
        (
            ReceiptOutcome::StateCorporationRefusesToAccept,
            vec![Citation {
                act: Act::Order414,
                article: None,
                annex: Some(receipt),
                clause: None,
                sub: None,
                sub_item: None,
            }],
        )
    } else {
        match e.code {
            // Rules 513 cl. 9, read for the extension too (a reading).
            "00404005" if variant == Some(Variant::Extension) => (
                ReceiptOutcome::ProviderRefusesExtensionReading,
                vec![super::rules_clause(1, 9)],
            ),
            "00404005" => (
                ReceiptOutcome::ProviderRefusesToAccept,
                vec![super::rules_clause(1, 9)],
            ),
            "00404004" => (
                ReceiptOutcome::ProviderRefusesFurtherConsideration,
                vec![super::rules_clause(2, 9)],
            ),
            _ => (
                ReceiptOutcome::Incomplete,
                vec![super::cite(e.annex, 8, None)],
            ),
        }
    })
}
