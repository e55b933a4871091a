//! Errors of the catalogue functions («қате»).

use super::*;

/// Errors of the catalogue functions; each names the field at fault.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueError {
    /// `code`: no such service in the catalogue.
    UnknownService(String),
    /// `channel`: not a channel name.
    UnknownChannel(String),
    /// `channel`: the service is not offered through it.
    ChannelNotOffered {
        /// The service code.
        code: String,
        /// The channel.
        channel: ServiceChannel,
    },
    /// `submitted`: the computation left the calendar's range.
    OutOfRange,
    /// `variant`: the service has sub-types and none was given.
    VariantRequired(String),
    /// The request is not valid JSON of the expected shape (serde names the field).
    Input(String),
}

impl std::fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::UnknownService(c) => write!(f, "code: no service '{c}' in the catalogue"),
            Self::UnknownChannel(c) => write!(
                f,
                "channel: '{c}' is not one of office, state_corporation, portal, education_organisation"
            ),
            Self::ChannelNotOffered { code, channel } => {
                write!(f, "channel: service {code} is not offered through {channel:?}")
            }
            Self::OutOfRange => write!(f, "submitted: date out of range"),
            Self::VariantRequired(c) => write!(f, "variant: service {c} needs \"accreditation\" or \"extension\""),
            Self::Input(e) => write!(f, "request: {e}"),
        }
    }
}

impl CatalogueError {
    /// A stable code for translations (`error-<code>` in the app's messages).
    pub fn code(&self) -> &'static str {
        match self {
            Self::UnknownService(_) => "unknown-service",
            Self::UnknownChannel(_) => "unknown-channel",
            Self::ChannelNotOffered { .. } => "channel-not-offered",
            Self::OutOfRange => "out-of-range",
            Self::VariantRequired(_) => "variant-required",
            Self::Input(_) => "bad-request",
        }
    }
}

impl std::error::Error for CatalogueError {}
