//! The request and response of one catalogue evaluation: what `kezek
//! evaluate`, the JS API and the app pass in, and the prepared application
//! they hand off.

use super::*;

/// A request to evaluate a catalogue service for a family: what `kezek
/// evaluate` reads when `service` is a catalogue code, and what the app
/// and the JS API pass.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// Register code, e.g. `"00403008"`.
    pub service: String,
    /// `office`, `state_corporation`, `portal` or `education_organisation`.
    pub channel: String,
    /// Sub-type where the service has them (`"accreditation"`, `"extension"`).
    #[serde(default)]
    pub variant: Option<Variant>,
    /// The instant of submission, `YYYY-MM-DDTHH:MM[:SS]` (local time of the provider).
    #[serde(deserialize_with = "instant")]
    pub submitted: NaiveDateTime,
    /// The family's answers.
    #[serde(default)]
    pub facts: FamilyFacts,
    /// The documents the parent holds, for the receipt preview; `None` =
    /// not asked (no preview).
    #[serde(default)]
    pub documents_held: Option<Vec<HeldDocument>>,
}

/// Everything the app shows for one catalogue service: eligibility with its
/// grounds, the checklist for the channel, the refusal preview and the due
/// date, each line with citations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    /// Register code.
    pub service: &'static str,
    /// Fluent key of the name.
    pub name_key: String,
    /// Fluent key of the provider.
    pub provider_key: &'static str,
    /// Fluent key of the result.
    pub result_key: String,
    /// The channel evaluated.
    pub channel: ServiceChannel,
    /// Eligibility.
    pub eligibility: Eligibility,
    /// The documents to bring or upload.
    pub checklist: Vec<ChecklistLine>,
    /// What happens at the counter with the documents held (refusal to
    /// accept an incomplete or expired set), when the request lists them.
    pub receipt: Option<ReceiptPreview>,
    /// Inputs the answer depends on that the request does not give
    /// (e.g. `"child_birth_date"`): ask them before relying on the answer.
    pub unknown_inputs: Vec<&'static str>,
    /// When the result is due.
    pub due: Due,
    /// Free of charge (row 6).
    pub free: bool,
    /// The refusal preview: the row-9 grounds these facts trigger for this
    /// service and sub-type, each with its citation (`refusal-<code>` is its
    /// text); empty when none applies.
    pub refusal_risks: Vec<Risk>,
}

/// The submission instant through the one local date-time reader
/// ([`crate::dates::local_datetime`]: `YYYY-MM-DDTHH:MM[:SS]`, a space
/// instead of `T` accepted), the message naming the field.
fn instant<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDateTime, D::Error> {
    crate::dates::local_datetime::deserialize(d)
        .map_err(|e| serde::de::Error::custom(format!("submitted: {e}")))
}

impl Request {
    /// Parses a request from JSON; errors name the field.
    pub fn from_json(json: &str) -> Result<Self, CatalogueError> {
        serde_json::from_str(json).map_err(|e| {
            if e.to_string().contains(crate::dates::OUT_OF_RANGE) {
                CatalogueError::OutOfRange
            } else {
                CatalogueError::Input(e.to_string())
            }
        })
    }
}

/// Evaluates a request on the calendar `cal`.
pub fn evaluate(req: &Request, cal: &Calendar) -> Result<Evaluation, CatalogueError> {
    let e = entry_or_err(&req.service)?;
    let channel = ServiceChannel::parse(&req.channel)?;
    let variant = req.variant;
    if e.has_variants() && variant.is_none() {
        return Err(CatalogueError::VariantRequired(e.code.to_owned()));
    }
    // Ages are facts on the day of application: the submission instant, not
    // whatever `application_date` the caller left (Annex 20's title).
    let facts = req.facts.on(req.submitted);
    Ok(Evaluation {
        service: e.code,
        name_key: e.name_key(),
        provider_key: e.provider_key,
        result_key: e.result_key(),
        channel,
        eligibility: eligibility(e.code, &facts)?,
        checklist: checklist(e.code, channel, variant, &facts)?,
        unknown_inputs: facts.unknown_inputs(e.code)?,
        receipt: req
            .documents_held
            .as_deref()
            .map(|held| {
                receipt_preview(e.code, channel, variant, &facts, held, req.submitted.date())
            })
            .transpose()?,
        due: result_due(e.code, channel, variant, req.submitted, cal)?,
        free: e.free,
        refusal_risks: refusal_risks(e.code, variant, &facts)?,
    })
}

/// A prepared catalogue application: what the hand-off carries (download,
/// print, the `kezek:application-prepared` event), with its digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prepared {
    /// The JSON handed off: format `kezek.catalogue-application/1`, the
    /// service, channel, submission instant, the family's answers, the
    /// checklist ids, the due date and the personal-data consent.
    pub application: serde_json::Value,
    /// SHA-256 of `application` serialised compactly, lowercase hex.
    pub sha256: String,
}

/// Prepares the application for hand-off. The consent of row 9 (generic
/// ground f, Law on personal data art. 8) is recorded from the facts.
pub fn prepare(req: &Request, eval: &Evaluation) -> Prepared {
    let application = serde_json::json!({
        "format": "kezek.catalogue-application/1",
        "service": eval.service,
        "channel": eval.channel,
        "variant": req.variant,
        "submitted": req.submitted.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "facts": req.facts,
        "eligible": eval.eligibility.eligible,
        "checklist": eval.checklist.iter().map(|l| l.id).collect::<Vec<_>>(),
        "due": eval.due.due.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "consent_personal_data": req.facts.personal_data_consent,
    });
    let sha256 = crate::common::digest::sha256_hex(application.to_string().as_bytes());
    Prepared {
        application,
        sha256,
    }
}
