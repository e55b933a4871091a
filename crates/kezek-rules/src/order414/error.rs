//! Errors of the catalogue functions («қате»). Each becomes the one wire
//! error ([`crate::wire::ErrorObject`]) with a `catalogue.*` code and the
//! request field at fault.

use super::*;

/// Errors of the catalogue functions; each names the request field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    /// `service`: no such service in the catalogue.
    UnknownService(String),
    /// `service`: a service of the other order, read by the other function
    /// (a preschool code given to `evaluateService`, a catalogue code to
    /// `evaluate`).
    OtherOrder(String),
    /// `channel`: not a channel name.
    UnknownChannel(String),
    /// `channel`: the service is not offered through it.
    ChannelNotOffered {
        /// The service code.
        code: String,
        /// The channel.
        channel: ServiceChannel,
    },
    /// A date of the request outside the supported range
    /// ([`crate::dates::FIRST`]..=[`crate::dates::LAST`]).
    OutOfRange {
        /// The request field holding the date (`facts.child_birth_date`,
        /// `documents_held[1].valid_until`…).
        field: String,
    },
    /// A date of the request inside the supported range, but a term counted
    /// from it ends after [`crate::dates::LAST`] (a request of late 2200
    /// whose result would be due in 2201): the date given is fine, the
    /// answer would hold a date Kezek's own date fields refuse.
    TermOutOfRange {
        /// The request field the term counts from (`as_of`).
        field: String,
        /// The answer's field the term would give (`due.due`…).
        term: &'static str,
        /// The day it would be.
        date: NaiveDate,
    },
    /// A birth date after the day of application.
    BirthInFuture {
        /// `facts.child_birth_date` or `facts.other_children_birth_dates[i]`.
        field: String,
    },
    /// `variant`: the service has sub-types and none was given.
    VariantRequired(String),
    /// `variant`: given for a service without sub-types.
    VariantNotApplicable(String),
    /// `documents_held[i].id`: no document of any service of the catalogue.
    UnknownDocument {
        /// `documents_held[i].id`.
        field: String,
        /// The id given (shortened).
        id: String,
    },
    /// `applicant.iin` or `child.iin`: not a valid IIN.
    BadIin {
        /// `applicant.iin` or `child.iin`.
        field: String,
        /// Why.
        error: crate::iin::IinError,
    },
    /// `facts.child_birth_date`: not the birth date the valid `child.iin`
    /// gives ([`crate::evaluate::IinCheck::of`], the app's service screen
    /// `ui-error-iin-birth-date-mismatch`).
    IinBirthDateMismatch {
        /// The birth date the IIN gives.
        iin_date: NaiveDate,
        /// `facts.child_birth_date`.
        given: NaiveDate,
    },
    /// `applicant.full_name`: a character no one sees, or more than 200
    /// characters ([`crate::case::text_problem`]).
    Text {
        /// `applicant.full_name`.
        field: String,
        /// Too long (else a character no one sees).
        too_long: bool,
        /// What is wrong.
        message: String,
    },
    /// The request is not valid JSON of the expected shape.
    Input {
        /// The field serde names (`as_of`, `facts.nmae`…), or empty.
        field: String,
        /// 1-based line of the request text, when known.
        line: Option<usize>,
        /// serde's message.
        message: String,
    },
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownService(c) => write!(
                f,
                "`{}` is neither a preschool service of order No. 254 (00403001, 00403002) \
                 nor a catalogue code of order No. 414 (see `kezek services`)",
                crate::wire::shown(c)
            ),
            Self::OtherOrder(c) if crate::wire::is_preschool_code(c) => write!(
                f,
                "`{c}` is a preschool service of order No. 254: it is read as a case \
                 (`evaluate` or `checklist` in the JS API, `kezek evaluate`), not as a catalogue request"
            ),
            Self::OtherOrder(c) => write!(
                f,
                "`{c}` is a family-and-children service of order No. 414: it is read as a catalogue \
                 request (`evaluateService` or `prepareService` in the JS API, `kezek evaluate`), not as a case"
            ),
            Self::UnknownChannel(c) => write!(
                f,
                "`{}` is not one of provider_office, state_corporation, egov_portal, education_organisation",
                crate::wire::shown(c)
            ),
            Self::ChannelNotOffered { code, channel } => {
                write!(f, "service {code} is not offered through {}", channel.name())
            }
            // The field is the error object's own (`field`): no message
            // says it again (the CLI printed «as_of: as_of: …», and
            // «facts.child_birth_date: facts.child_birth_date: …»).
            Self::OutOfRange { .. } => write!(
                f,
                "a date outside the dates Kezek supports, {} to {}",
                crate::dates::FIRST,
                crate::dates::LAST
            ),
            Self::TermOutOfRange { term, date, .. } => write!(
                f,
                "the answer's {term} counted from it would be {date}, after {}, \
                 the last day Kezek's calendar supports: the term runs past it",
                crate::dates::LAST,
            ),
            Self::BirthInFuture { .. } => {
                f.write_str("a birth date after the day of application (as_of)")
            }
            Self::VariantRequired(c) => {
                // The sub-types as a request names them, from the type itself.
                let names: Vec<String> = Variant::ALL
                    .iter()
                    .map(|v| format!("\"{}\"", v.name()))
                    .collect();
                match names.split_last() {
                    Some((last, rest)) if !rest.is_empty() => {
                        write!(f, "service {c} needs {} or {last}", rest.join(", "))
                    }
                    _ => write!(f, "service {c} needs {}", names.join("")),
                }
            }
            Self::VariantNotApplicable(c) => {
                write!(f, "service {c} has no sub-types: leave `variant` out")
            }
            Self::UnknownDocument { id, .. } => write!(
                f,
                "`{id}` is not a document of the catalogue (the ids of the checklist lines, \
                 e.g. birth_certificate)"
            ),
            Self::BadIin { error, .. } => write!(f, "{error}"),
            Self::IinBirthDateMismatch { iin_date, given } => write!(
                f,
                "{given} is not the birth date child.iin gives, {iin_date}: correct the birth date \
                 or leave it out (the IIN gives it), or correct the IIN if it was mistyped"
            ),
            Self::Text { message, .. } | Self::Input { message, .. } => f.write_str(message),
        }
    }
}

impl CatalogueError {
    /// The stable code, `catalogue.<what>` (`error-catalogue-<what>` is its text).
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownService(_) => "catalogue.unknown_service",
            Self::OtherOrder(_) => "catalogue.other_order",
            Self::UnknownChannel(_) => "catalogue.unknown_channel",
            Self::ChannelNotOffered { .. } => "catalogue.channel_not_offered",
            Self::OutOfRange { .. } => "catalogue.date_out_of_range",
            Self::TermOutOfRange { .. } => "catalogue.term_out_of_range",
            Self::BirthInFuture { .. } => "catalogue.birth_in_future",
            Self::VariantRequired(_) => "catalogue.variant_required",
            Self::VariantNotApplicable(_) => "catalogue.variant_not_applicable",
            Self::UnknownDocument { .. } => "catalogue.unknown_document",
            Self::BadIin { .. } => "catalogue.bad_iin",
            Self::IinBirthDateMismatch { .. } => "catalogue.iin_birth_date_mismatch",
            Self::Text { too_long: true, .. } => "catalogue.text_too_long",
            Self::Text { .. } => "catalogue.text_control_character",
            Self::Input { .. } => "catalogue.invalid_json",
        }
    }

    /// The request field at fault (empty when serde names none).
    pub fn field(&self) -> &str {
        match self {
            Self::UnknownService(_) | Self::OtherOrder(_) => "service",
            Self::UnknownChannel(_) | Self::ChannelNotOffered { .. } => "channel",
            Self::OutOfRange { field }
            | Self::TermOutOfRange { field, .. }
            | Self::BirthInFuture { field }
            | Self::UnknownDocument { field, .. }
            | Self::BadIin { field, .. }
            | Self::Text { field, .. } => field,
            Self::IinBirthDateMismatch { .. } => "facts.child_birth_date",
            Self::VariantRequired(_) | Self::VariantNotApplicable(_) => "variant",
            Self::Input { field, .. } => field,
        }
    }

    /// Every code a catalogue request can produce.
    pub const CODES: &'static [&'static str] = &[
        "catalogue.unknown_service",
        "catalogue.other_order",
        "catalogue.unknown_channel",
        "catalogue.channel_not_offered",
        "catalogue.date_out_of_range",
        "catalogue.term_out_of_range",
        "catalogue.birth_in_future",
        "catalogue.variant_required",
        "catalogue.variant_not_applicable",
        "catalogue.unknown_document",
        "catalogue.bad_iin",
        "catalogue.iin_birth_date_mismatch",
        "catalogue.text_too_long",
        "catalogue.text_control_character",
        "catalogue.invalid_json",
    ];
}

impl std::error::Error for CatalogueError {}
