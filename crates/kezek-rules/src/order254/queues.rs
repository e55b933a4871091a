//! Which queues («кезектер») the child can stand in (cl. 13, 14, 17).
//!
//! cl. 13: the general queue is formed per settlement («елді мекенге тиістілігі
//! бойынша») and per birth year; special queues (for vision, hearing, severe
//! speech, musculoskeletal, intellectual disorders, delayed mental development,
//! and all categories of weakened health) per settlement and birth year, split
//! by type of disorder; sanatorium queues per settlement and birth year by
//! rehabilitation / prevention type.
//! cl. 17: a SEN child «растайтын құжаттары болған жағдайда бір мезгілде бірнеше
//! кезекте … тұра алады» — with confirming documents, in several queues at once.
//!
//! Kezek's reading: the confirming document for special queues is the PMPC
//! conclusion (the only SEN document in Annex 2 p. 8 sub. 6); without it the
//! special queues are not offered. A child without SEN documents stands in one
//! queue at a time (cl. 17 grants "several at once" only to the SEN child), so
//! when a sanatorium queue is also possible the parent chooses one.

use serde::{Deserialize, Serialize};

use crate::case::{Case, Disorder, SanatoriumType};
use crate::citation::Citation;
use crate::reason::ReasonCode;

/// A queue kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(tag = "kind", content = "type", rename_all = "snake_case")]
pub enum QueueKind {
    /// The general queue — «жалпы кезек».
    General,
    /// A special queue by disorder — «арнайы мектепке дейінгі ұйымға кезек».
    Special(Disorder),
    /// A sanatorium queue — «санаториялық мектепке дейінгі ұйымға кезек».
    Sanatorium(SanatoriumType),
}

/// One queue the child can stand in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QueueOption {
    /// Kind of queue.
    pub kind: QueueKind,
    /// Settlement.
    pub settlement: String,
    /// Birth year of the queue.
    pub birth_year: i32,
    /// Why.
    pub reason: ReasonCode,
    /// Where the rule is.
    pub citations: Vec<Citation>,
}

/// The queues decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct QueuesDecision {
    /// The queues the child can stand in.
    pub options: Vec<QueueOption>,
    /// Whether the child may stand in all of them at once (cl. 17).
    pub several_at_once: bool,
    /// Notes.
    pub reasons: Vec<ReasonCode>,
    /// Citations.
    pub citations: Vec<Citation>,
}

/// Decides the queues for `case`.
pub fn decide(case: &Case) -> QueuesDecision {
    use chrono::Datelike;
    let child = &case.child;
    let year = child.birth_date.year();
    let settlement = child.settlement.trim().to_owned();
    let sen_documented = case.sen_with_pmpc_conclusion();
    let mut disorders = child.disorders.clone();
    disorders.sort();
    disorders.dedup();
    // The general queue, a special one per disorder, the sanatorium's.
    let queues = 1
        + if sen_documented { disorders.len() } else { 0 }
        + usize::from(child.sanatorium.is_some());
    let mut options = Vec::with_capacity(queues);
    options.push(QueueOption {
        kind: QueueKind::General,
        settlement: settlement.clone(),
        birth_year: year,
        reason: ReasonCode::QueueGeneral,
        citations: vec![Citation::clause(13), Citation::clause(14)],
    });
    let mut reasons = Vec::new();
    let mut citations = Vec::with_capacity(3);
    citations.push(Citation::clause(13));
    if sen_documented && disorders.is_empty() {
        // cl. 13 para 2–3: by type of disorder; none given, none offered.
        reasons.push(ReasonCode::QueueSpecialNeedsDisorder);
    }
    if sen_documented {
        for d in disorders.iter().copied() {
            options.push(QueueOption {
                kind: QueueKind::Special(d),
                settlement: settlement.clone(),
                birth_year: year,
                reason: ReasonCode::QueueSpecial,
                citations: vec![Citation::clause(13), Citation::clause(17)],
            });
        }
    } else if !disorders.is_empty() {
        reasons.push(ReasonCode::QueueSpecialNeedsPmpc);
        citations.extend(crate::checklist::citation_of(
            case.service,
            case.channel,
            crate::documents::DocumentKind::PmpcConclusion,
        ));
    }
    if let Some(t) = child.sanatorium {
        options.push(QueueOption {
            kind: QueueKind::Sanatorium(t),
            settlement: settlement.clone(),
            birth_year: year,
            reason: ReasonCode::QueueSanatorium,
            citations: vec![Citation::clause(13)],
        });
    }
    let several_at_once = sen_documented;
    if options.len() > 1 {
        citations.push(Citation::clause(17));
        reasons.push(if several_at_once {
            ReasonCode::QueueSeveralAtOnce
        } else {
            ReasonCode::QueueOneAtATime
        });
    }
    QueuesDecision {
        options,
        several_at_once,
        reasons,
        citations,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::testing::CaseBuilder;

    /// The ordinary case, its settlement written with spaces around it.
    fn case() -> CaseBuilder {
        CaseBuilder::queue_registration().settlement(" Astana ")
    }

    #[test]
    fn cl13_general_queue_by_settlement_and_birth_year() {
        let d = decide(&case().build());
        assert_eq!(d.options.len(), 1);
        assert_eq!(d.options[0].kind, QueueKind::General);
        assert_eq!(d.options[0].settlement, "Astana");
        assert_eq!(d.options[0].birth_year, 2023);
    }

    #[test]
    fn cl13_special_queues_by_disorder_type() {
        let d = decide(
            &case()
                .special_needs(true)
                .disorders(&[Disorder::Hearing, Disorder::SevereSpeech, Disorder::Hearing])
                .build(),
        );
        let kinds: Vec<QueueKind> = d.options.iter().map(|o| o.kind).collect();
        assert_eq!(
            kinds,
            vec![
                QueueKind::General,
                QueueKind::Special(Disorder::Hearing),
                QueueKind::Special(Disorder::SevereSpeech)
            ]
        );
    }

    #[test]
    fn cl13_sanatorium_queue_by_type() {
        let d = decide(&case().sanatorium(SanatoriumType::Prevention).build());
        assert_eq!(
            d.options[1].kind,
            QueueKind::Sanatorium(SanatoriumType::Prevention)
        );
    }

    #[test]
    fn cl17_sen_child_with_documents_in_several_queues_at_once() {
        let d = decide(
            &case()
                .special_needs(true)
                .disorders(&[Disorder::Vision])
                .sanatorium(SanatoriumType::Rehabilitation)
                .build(),
        );
        assert_eq!(d.options.len(), 3);
        assert!(d.several_at_once);
        assert!(d.reasons.contains(&ReasonCode::QueueSeveralAtOnce));
    }

    #[test]
    fn cl17_without_sen_documents_one_queue_at_a_time() {
        let d = decide(&case().sanatorium(SanatoriumType::Rehabilitation).build());
        assert!(!d.several_at_once);
        assert!(d.reasons.contains(&ReasonCode::QueueOneAtATime));
    }

    #[test]
    fn cl13_special_queue_needs_pmpc_conclusion() {
        let d = decide(
            &case()
                .special_needs(false)
                .disorders(&[Disorder::Vision])
                .build(),
        );
        assert_eq!(d.options.len(), 1);
        assert!(d.reasons.contains(&ReasonCode::QueueSpecialNeedsPmpc));
    }

    /// cl. 13 para 2–3: the special queues are formed by type of disorder.
    /// A SEN child with a PMPC conclusion whose disorder is not given stands
    /// in the general queue only, and is told why, with what to give (the
    /// walkthrough of 01.12.2026: the conclusion ticked, no disorder, and
    /// no word of the special queue). Not said once a disorder is given,
    /// nor without SEN or the conclusion.
    #[test]
    fn cl13_a_special_queue_is_by_disorder_so_the_disorder_is_asked() {
        #[rustfmt::skip]
        let rows: &[(bool, bool, &[Disorder], bool)] = &[
            // SEN,  PMPC,  disorders,          said
            (true,  true,  &[],                 true),
            (true,  true,  &[Disorder::Vision], false),
            (true,  false, &[],                 false),
            (false, false, &[],                 false),
        ];
        for &(sen, pmpc, disorders, said) in rows {
            let mut b = case().disorders(disorders);
            if sen {
                b = b.special_needs(pmpc);
            }
            let d = decide(&b.build());
            assert_eq!(
                d.reasons.contains(&ReasonCode::QueueSpecialNeedsDisorder),
                said,
                "SEN {sen}, PMPC {pmpc}, {disorders:?}: {:?}",
                d.reasons
            );
        }
    }
}
