//! Errors of the queue crate: a stable code, the line and field where known,
//! and a plain message. Never a panic on input.

use serde::{Deserialize, Serialize};

/// Bad input or an impossible query.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueueError {
    /// Stable code, e.g. `csv.bad_group`, `query.unknown_queue`.
    pub code: String,
    /// 1-based line of the input, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The field (JSON path or CSV column), or empty.
    #[serde(default)]
    pub field: String,
    /// An English message for logs and the CLI.
    pub message: String,
}

impl QueueError {
    pub(crate) fn field(code: &str, field: &str, message: String) -> Self {
        QueueError {
            code: code.into(),
            line: None,
            field: field.into(),
            message,
        }
    }

    pub(crate) fn at(code: &str, line: usize, field: &str, message: String) -> Self {
        QueueError {
            code: code.into(),
            line: Some(line),
            field: field.into(),
            message,
        }
    }
}

impl std::fmt::Display for QueueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.field.is_empty()) {
            (Some(l), false) => write!(f, "line {l}, {}: {}", self.field, self.message),
            (Some(l), true) => write!(f, "line {l}: {}", self.message),
            (None, false) => write!(f, "{}: {}", self.field, self.message),
            (None, true) => f.write_str(&self.message),
        }
    }
}

impl std::error::Error for QueueError {}
