//! The one spelling of order 254's answers and outcomes — the code written
//! in the JSON, in element ids and (kebab-cased by [`fluent_key`]) in the
//! message keys — so that no caller derives it from the serde form with
//! `to_value(..).replace('_', "-")`. A test holds each code to its wire
//! spelling.
//!
//! [`fluent_key`]: crate::reason::fluent_key

use crate::case::{Disorder, SanatoriumType};
use crate::category::Category;
use crate::checklist::{Form, Source, Status};
use crate::citation::Act;
use crate::queues::QueueKind;
use crate::reason::fluent_key;
use crate::refusal::RefusalForm;

impl Category {
    /// `general`, `first_priority`, `out_of_turn`.
    pub fn code(self) -> &'static str {
        match self {
            Category::General => "general",
            Category::FirstPriority => "first_priority",
            Category::OutOfTurn => "out_of_turn",
        }
    }

    /// The Fluent key of the category's name, `ui-category-<code>`.
    pub fn key(self) -> String {
        fluent_key("ui-category", self.code())
    }
}

impl Disorder {
    /// Every disorder of the special queues (cl. 13 para 2), in the order the
    /// question lists them.
    pub const ALL: [Disorder; 7] = [
        Disorder::Vision,
        Disorder::Hearing,
        Disorder::SevereSpeech,
        Disorder::Musculoskeletal,
        Disorder::Intellectual,
        Disorder::DelayedMentalDevelopment,
        Disorder::WeakenedHealth,
    ];

    /// `vision`, `hearing`, `severe_speech`, …
    pub fn code(self) -> &'static str {
        match self {
            Disorder::Vision => "vision",
            Disorder::Hearing => "hearing",
            Disorder::SevereSpeech => "severe_speech",
            Disorder::Musculoskeletal => "musculoskeletal",
            Disorder::Intellectual => "intellectual",
            Disorder::DelayedMentalDevelopment => "delayed_mental_development",
            Disorder::WeakenedHealth => "weakened_health",
        }
    }

    /// The Fluent key of its name, `ui-disorder-<code>`.
    pub fn key(self) -> String {
        fluent_key("ui-disorder", self.code())
    }
}

impl SanatoriumType {
    /// `rehabilitation`, `prevention`.
    pub fn code(self) -> &'static str {
        match self {
            SanatoriumType::Rehabilitation => "rehabilitation",
            SanatoriumType::Prevention => "prevention",
        }
    }
}

impl QueueKind {
    /// The queue's code as a queue snapshot writes it: `general`,
    /// `special:<disorder>`, `sanatorium:<type>`.
    pub fn code(self) -> String {
        match self {
            QueueKind::General => "general".to_owned(),
            QueueKind::Special(d) => format!("special:{}", d.code()),
            QueueKind::Sanatorium(t) => format!("sanatorium:{}", t.code()),
        }
    }
}

impl Act {
    /// Every act Kezek cites, in declaration order.
    pub const ALL: [Act; 10] = [
        Act::Order254,
        Act::Register39,
        Act::Order164,
        Act::Order414,
        Act::LawMilitaryService,
        Act::LawSpecialStateBodies,
        Act::LawLawEnforcementService,
        Act::LawTeacherStatus,
        Act::LawHolidays,
        Act::LabourCode,
    ];

    /// `order254`, `register39`, …, `labour_code`.
    pub fn code(self) -> &'static str {
        match self {
            Act::Order254 => "order254",
            Act::Register39 => "register39",
            Act::Order164 => "order164",
            Act::Order414 => "order414",
            Act::LawMilitaryService => "law_military_service",
            Act::LawSpecialStateBodies => "law_special_state_bodies",
            Act::LawLawEnforcementService => "law_law_enforcement_service",
            Act::LawTeacherStatus => "law_teacher_status",
            Act::LawHolidays => "law_holidays",
            Act::LabourCode => "labour_code",
        }
    }

    /// The Fluent key of the act's name, `ui-act-<code>`.
    pub fn key(self) -> String {
        fluent_key("ui-act", self.code())
    }
}

impl Status {
    /// `ok`, `expires_soon`, `missing`, …, `not_needed`.
    pub fn code(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::ExpiresSoon => "expires_soon",
            Status::Missing => "missing",
            Status::AwaitsIssueDate => "awaits_issue_date",
            Status::Expired => "expired",
            Status::Automatic => "automatic",
            Status::ShowForIdentification => "show_for_identification",
            Status::Unconfirmed => "unconfirmed",
            Status::Prepared => "prepared",
            Status::Later => "later",
            Status::BringToContract => "bring_to_contract",
            Status::NotNeeded => "not_needed",
        }
    }
}

impl Source {
    /// `parent`, `egov_gateway`, `show_and_gateway`, `digital_documents`, `kezek`.
    pub fn code(self) -> &'static str {
        match self {
            Source::Parent => "parent",
            Source::EgovGateway => "egov_gateway",
            Source::ShowAndGateway => "show_and_gateway",
            Source::DigitalDocuments => "digital_documents",
            Source::Kezek => "kezek",
        }
    }
}

impl Form {
    /// `original`, `scan`, `signed_electronic`, `original_or_digital`.
    pub fn code(self) -> &'static str {
        match self {
            Form::Original => "original",
            Form::Scan => "scan",
            Form::SignedElectronic => "signed_electronic",
            Form::OriginalOrDigital => "original_or_digital",
        }
    }
}

impl RefusalForm {
    /// `annex3_receipt`, `reasoned_reply`.
    pub fn code(self) -> &'static str {
        match self {
            RefusalForm::Annex3Receipt => "annex3_receipt",
            RefusalForm::ReasonedReply => "reasoned_reply",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wire<T: serde::Serialize>(v: T) -> String {
        serde_json::to_value(v)
            .unwrap()
            .as_str()
            .unwrap()
            .to_owned()
    }

    #[test]
    fn each_code_is_its_wire_spelling() {
        use Category::*;
        for c in [General, FirstPriority, OutOfTurn] {
            assert_eq!(c.code(), wire(c));
        }
        assert_eq!(OutOfTurn.key(), "ui-category-out-of-turn");
        for d in Disorder::ALL {
            assert_eq!(d.code(), wire(d));
        }
        for t in [SanatoriumType::Rehabilitation, SanatoriumType::Prevention] {
            assert_eq!(t.code(), wire(t));
        }
        for a in Act::ALL {
            assert_eq!(a.code(), wire(a));
        }
        use Status::*;
        for st in [
            Ok,
            ExpiresSoon,
            Missing,
            Expired,
            Automatic,
            ShowForIdentification,
            Unconfirmed,
            Prepared,
            Later,
            NotNeeded,
        ] {
            assert_eq!(st.code(), wire(st));
        }
        for so in [
            Source::Parent,
            Source::EgovGateway,
            Source::ShowAndGateway,
            Source::DigitalDocuments,
            Source::Kezek,
        ] {
            assert_eq!(so.code(), wire(so));
        }
        for f in [
            Form::Original,
            Form::Scan,
            Form::SignedElectronic,
            Form::OriginalOrDigital,
        ] {
            assert_eq!(f.code(), wire(f));
        }
        for r in [RefusalForm::Annex3Receipt, RefusalForm::ReasonedReply] {
            assert_eq!(r.code(), wire(r));
        }
    }

    #[test]
    fn a_queue_code_is_the_snapshot_spelling() {
        assert_eq!(QueueKind::General.code(), "general");
        assert_eq!(
            QueueKind::Special(Disorder::Hearing).code(),
            "special:hearing"
        );
        assert_eq!(
            QueueKind::Sanatorium(SanatoriumType::Prevention).code(),
            "sanatorium:prevention"
        );
        for d in Disorder::ALL {
            let v = serde_json::to_value(QueueKind::Special(d)).unwrap();
            assert_eq!(v["kind"], "special");
            assert_eq!(v["type"], d.code());
        }
    }
}
