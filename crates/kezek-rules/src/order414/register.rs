//! The rest of the register («Мемлекеттік көрсетілетін қызметтер тізілімі»,
//! seed 002): family-and-children services a parent may look for whose
//! requirement lists are not in Kezek's sources. Each is a card with exactly
//! the register's fields — code, name, provider, channels, form, fee — and
//! the plain statement that Kezek has no requirement list for it: no
//! documents, grounds or terms are invented.
//!
//! And one information card from seed 000 (order No. 164-НҚ, the state
//! creative order in children's creative clubs), which is not a register
//! service: who applies, when places are allocated, that it is free.

use serde::Serialize;

use super::LifeSituation;
use crate::citation::{Act, Citation};

/// The fee column of the register («Тегін», «Ақылы/тегін»).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RegisterFee {
    /// «Тегін» — free of charge.
    Free,
    /// «Ақылы/тегін» — paid or free.
    PaidOrFree,
}

impl RegisterFee {
    /// Its Fluent key.
    pub fn key(self) -> &'static str {
        match self {
            Self::Free => "reg-fee-free",
            Self::PaidOrFree => "reg-fee-paid-or-free",
        }
    }
}

/// A register service without a requirement list in Kezek's sources.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RegisterCard {
    /// The register code, e.g. `"00404002"`.
    pub code: &'static str,
    /// The row of the register (seed 002).
    pub register_row: u16,
    /// Fluent key of the name (`reg-name-<code>`).
    pub name_key: &'static str,
    /// Fluent key of the provider column.
    pub provider_key: &'static str,
    /// Fluent key of the channels column (`reg-channels-<code>`).
    pub channels_key: &'static str,
    /// Fluent key of the form column (`reg-form-…`).
    pub form_key: &'static str,
    /// The fee column.
    pub fee: RegisterFee,
    /// Where the app lists it.
    pub life_situation: LifeSituation,
}

const PARTIAL_PAPER: &str = "reg-form-partial-paper";
const PARTIAL_PAPER_PROACTIVE: &str = "reg-form-partial-paper-proactive";
const FULLY_AUTOMATED: &str = "reg-form-fully-automated";
const PARTIAL_PAPER_ONE_APPLICATION: &str = "reg-form-partial-paper-one-application";
const SCHOOLS: &str = "reg-provider-schools";
const EDUCATION_DEPARTMENTS: &str = "provider-education-departments";

macro_rules! card {
    ($code:literal, $row:literal, $provider:expr, $form:expr, $fee:ident, $life:ident) => {
        RegisterCard {
            code: $code,
            register_row: $row,
            name_key: concat!("reg-name-", $code),
            provider_key: $provider,
            channels_key: concat!("reg-channels-", $code),
            form_key: $form,
            fee: RegisterFee::$fee,
            life_situation: LifeSituation::$life,
        }
    };
}

/// The register services a parent may look for, in the register's order.
pub const REGISTER_CARDS: &[RegisterCard] = &[
    card!(
        "00402006",
        189,
        "reg-provider-00402006",
        PARTIAL_PAPER_PROACTIVE,
        Free,
        SpecialNeeds
    ),
    card!(
        "00402007",
        190,
        "reg-provider-00402007",
        PARTIAL_PAPER_PROACTIVE,
        Free,
        SpecialNeeds
    ),
    card!("00403003", 199, SCHOOLS, PARTIAL_PAPER, Free, SchoolChild),
    card!(
        "00403004",
        200,
        SCHOOLS,
        PARTIAL_PAPER_PROACTIVE,
        Free,
        SpecialNeeds
    ),
    card!(
        "00403005",
        201,
        "reg-provider-00403005",
        PARTIAL_PAPER_PROACTIVE,
        Free,
        SpecialNeeds
    ),
    card!(
        "00403006",
        203,
        "reg-provider-00403006",
        PARTIAL_PAPER,
        PaidOrFree,
        SchoolChild
    ),
    card!(
        "00403011",
        208,
        "reg-provider-00403011",
        PARTIAL_PAPER_PROACTIVE,
        Free,
        BecomingGuardian
    ),
    card!("00403015", 214, SCHOOLS, PARTIAL_PAPER, Free, SchoolChild),
    card!(
        "00404002",
        217,
        EDUCATION_DEPARTMENTS,
        PARTIAL_PAPER_ONE_APPLICATION,
        Free,
        BecomingGuardian
    ),
    card!(
        "00404003",
        218,
        EDUCATION_DEPARTMENTS,
        FULLY_AUTOMATED,
        Free,
        BecomingGuardian
    ),
    card!(
        "00404006",
        222,
        EDUCATION_DEPARTMENTS,
        FULLY_AUTOMATED,
        Free,
        Adoption
    ),
];

/// The register card of `code`, if Kezek lists it without a requirement list.
pub fn register_card(code: &str) -> Option<&'static RegisterCard> {
    REGISTER_CARDS.iter().find(|c| c.code == code)
}

/// Something of a catalogue service that the register (seed 002) lists and
/// the service's requirement list — its annex to order No. 414 — does not: a
/// way of getting it (row 2, «Мемлекеттік қызметті ұсыну тәсілдері»,
/// [`RegisterOnlyChannel`]) or a form of provision (row 4, «Көрсету
/// нысаны», against the register's column «Мемлекеттік қызметті көрсету
/// нысаны», [`RegisterOnlyForm`]). The requirement list governs how the
/// service is provided; the register lists the services. Kezek offers the
/// requirement list's ways only (the entry's `channels`) and says this one
/// beside them, as its reading, citing both: ask the provider before
/// counting on it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct RegisterOnly {
    /// The catalogue service (register code).
    #[serde(skip)]
    pub service: &'static str,
    /// Fluent key of the reading note (`note-register-…`).
    pub note_key: &'static str,
    /// The register row that lists it.
    pub register: Citation,
    /// The annex's row (2 for a way, 4 for a form), which does not.
    pub standard: Citation,
}

/// A way of getting a service that only the register lists.
pub type RegisterOnlyChannel = RegisterOnly;

/// A form of provision that only the register lists.
pub type RegisterOnlyForm = RegisterOnly;

/// The ways the register lists and the requirement lists do not. Seed 002
/// row 205 (free school meals, 00403008) lists «ұялы байланыстың
/// абоненттік құрылғысы» (a mobile subscriber device); Annex 17 row 2 names
/// «1) көрсетілетін қызметті берушінің кеңсесі; 2) білім беру ұйымдары; 3)
/// … портал». Every other service of the catalogue: the register's ways
/// are its annex's.
pub const REGISTER_ONLY_CHANNELS: &[RegisterOnly] = &[RegisterOnly {
    service: "00403008",
    note_key: "note-register-mobile-channel",
    register: register_citation(205),
    standard: super::cite(17, 2, None),
}];

/// The forms the register lists and the requirement lists do not. Seed
/// 002 row 205 (free school meals, 00403008): «Электрондық (ішінара
/// автоматтандырылған) / қағаз түрінде / проактивті»; Annex 17 row 4:
/// «Электрондық (ішінара автоматтандырылған)\қағаз жүзінде» — no
/// «проактивті», which order No. 414 names nowhere. The register does not
/// define the form; order No. 254 cl. 3 p. 13 defines «проактивті
/// көрсетілетін қызмет» for the preschool rules only («Осы Қағидаларда
/// …»), so the note asserts no definition. Reading (the safe one for the
/// parent): Kezek counts on no offer — it shows how to apply — and says
/// the form (`note-register-proactive-form`). Every other service of the catalogue:
/// the register's forms are its annex's.
pub const REGISTER_ONLY_FORMS: &[RegisterOnly] = &[RegisterOnly {
    service: "00403008",
    note_key: "note-register-proactive-form",
    register: register_citation(205),
    standard: super::cite(17, 4, None),
}];

/// The entries of `list` for service `code`.
fn of<'a>(
    list: &'static [RegisterOnly],
    code: &'a str,
) -> impl Iterator<Item = &'static RegisterOnly> + 'a {
    list.iter().filter(move |c| c.service == code)
}

/// The forms of provision of service `code` that the register lists and
/// its requirement list does not ([`REGISTER_ONLY_FORMS`]).
pub fn register_only_forms(code: &str) -> impl Iterator<Item = &'static RegisterOnly> + '_ {
    of(REGISTER_ONLY_FORMS, code)
}

/// The ways of getting service `code` that the register lists and its
/// requirement list does not ([`REGISTER_ONLY_CHANNELS`]).
pub fn register_only_channels(code: &str) -> impl Iterator<Item = &'static RegisterOnly> + '_ {
    of(REGISTER_ONLY_CHANNELS, code)
}

/// The register card a flow leads to: the guardian's allowance after
/// guardianship (00402003, the «бір өтініш» principle of both), the one-time
/// payment after adopters' registration (00404004). The PMPC examination
/// (00402006) is linked from the preschool special-needs questions.
pub fn next_register_card(code: &str) -> Option<&'static RegisterCard> {
    match code {
        "00402003" => register_card("00404002"),
        "00404004" => register_card("00404006"),
        _ => None,
    }
}

/// The citation of a register row.
pub const fn register_citation(row: u16) -> Citation {
    Citation {
        act: Act::Register39,
        article: None,
        annex: None,
        clause: Some(row),
        sub: None,
        sub_item: None,
    }
}

/// One line of the creative-clubs information card: a Fluent key and where
/// seed 000 says it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct InfoLine {
    /// Fluent key.
    pub key: &'static str,
    /// Clause of order No. 164-НҚ (seed 000).
    pub citation: Citation,
}

/// The state creative order in children's creative clubs (seed 000): not a
/// register service, so only what the text says — the child's legal
/// representatives apply electronically to a chosen club (cl. 3, a paragraph
/// after its sub. 2, with the definition in cl. 2 sub. 3), places are
/// allocated automatically every day at 18:00 (cl. 12), and placing the
/// order, allocating places and the steps around them cost the legal
/// representative nothing («… баланың заңды өкілі үшін өтеусіз жүзеге
/// асырылады», cl. 3, a later paragraph: the text says nothing of a club's
/// own fees). Age limits, priorities and quotas are not in the seed.
pub const CREATIVE_CLUBS: &[InfoLine] = &[
    InfoLine {
        key: "info-creative-clubs-who",
        citation: Citation::order164(2, Some(3)),
    },
    InfoLine {
        key: "info-creative-clubs-how",
        citation: Citation::order164(3, None),
    },
    InfoLine {
        key: "info-creative-clubs-when",
        citation: Citation::order164(12, None),
    },
    InfoLine {
        key: "info-creative-clubs-fee",
        citation: Citation::order164(3, None),
    },
    InfoLine {
        key: "info-creative-clubs-unknown",
        citation: Citation::order164(12, None),
    },
];

/// Every Fluent key of the register and information cards.
pub fn register_message_keys() -> Vec<String> {
    let mut keys: Vec<String> = REGISTER_CARDS
        .iter()
        .flat_map(|c| {
            [
                c.name_key,
                c.provider_key,
                c.channels_key,
                c.form_key,
                c.fee.key(),
            ]
        })
        .map(str::to_owned)
        .collect();
    keys.extend(CREATIVE_CLUBS.iter().map(|l| l.key.to_owned()));
    keys.extend(REGISTER_ONLY_CHANNELS.iter().map(|c| c.note_key.to_owned()));
    keys.extend(REGISTER_ONLY_FORMS.iter().map(|c| c.note_key.to_owned()));
    keys.extend(
        [
            "reg-no-requirement-list",
            "reg-label-code",
            "reg-label-provider",
            "reg-label-channels",
            "reg-label-form",
            "reg-label-fee",
            "reg-label-source",
            "reg-next-heading",
            "info-creative-clubs-name",
        ]
        .map(str::to_owned),
    );
    keys
}
