//! The request and response of one catalogue evaluation: what `kezek
//! evaluate`, the JS API and the app pass in, and the prepared application
//! they hand off.

use super::*;

/// A request to evaluate a catalogue service for a family: what `kezek
/// evaluate` reads when `service` is a catalogue code, and what the app
/// and the JS API pass.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "schema", schemars(transform = submitted_is_read_as_as_of))]
#[serde(deny_unknown_fields)]
pub struct Request {
    /// Register code, e.g. `"00403008"`.
    #[cfg_attr(feature = "schema", schemars(extend("enum" = service_codes())))]
    pub service: String,
    /// `provider_office`, `state_corporation`, `egov_portal` or
    /// `education_organisation` (`office` and `portal` are read as aliases).
    pub channel: ServiceChannel,
    /// Sub-type where the service has them (`"accreditation"`, `"extension"`).
    #[serde(default)]
    pub variant: Option<Variant>,
    /// The evaluation instant — when the application is submitted —,
    /// `YYYY-MM-DDTHH:MM[:SS]`, local time of the provider. The same name as
    /// the order-254 case's; `submitted` (the name before issue 14) is read
    /// as an alias.
    #[serde(
        alias = "submitted",
        deserialize_with = "crate::dates::local_datetime::deserialize"
    )]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub as_of: NaiveDateTime,
    /// The family's answers.
    #[serde(default)]
    pub facts: FamilyFacts,
    /// The documents the parent holds, for the receipt preview; `None` =
    /// not asked (no preview).
    #[serde(default)]
    pub documents_held: Option<Vec<HeldDocument>>,
    /// Who applies, as the prepared application names them ([`prepare`],
    /// the JS API's `prepareService`); the evaluation does not read it.
    #[serde(default)]
    pub applicant: Option<RequestApplicant>,
    /// The child, as the prepared application names it; its birth date is
    /// the fact `facts.child_birth_date`. Where that gives none, the
    /// evaluation reads the birth date the valid `child.iin` encodes, as the
    /// app's service screen does.
    #[serde(default)]
    pub child: Option<RequestChild>,
    /// The names of the facts the request gives, the keys of its `facts`
    /// ([`Request::from_json`] sets them): the answers [`prepare`] may
    /// write. A request built in code names the facts it gives itself.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub facts_given: Vec<String>,
}

/// Everything the app shows for one catalogue service: eligibility with its
/// grounds, the checklist for the channel, the refusal preview and the due
/// date, each line with citations.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    /// A warning when `as_of` is before the wording Kezek applies could be
    /// in force, or when its day of entry into force is not known (order
    /// 414 cl. 4; order 188 for list item 3). Absent when it is certainly in
    /// force.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition_warning: Option<crate::edition::EditionWarning>,
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
    /// The questions of the service its answers leave to ask
    /// ([`questions_for`] on the facts the evaluation read): what
    /// `unknown_inputs` is taken from and what the prepared application
    /// keeps of the facts said ([`super::handoff::prepare_said`]), computed
    /// once. Not written.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) asked: Vec<&'static str>,
    /// The clause of the service's rules that sends a preliminary refusal
    /// notice and holds a hearing before a refusal on a row-9 ground (the
    /// term's [`TermRule::preliminary_refusal`]); `None` where the rules
    /// give none. Read by [`Evaluation::hearing`]; not written.
    #[serde(skip)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub(crate) hearing_clause: Option<Citation>,
}

/// The hearing the service's rules give an applicant before a refusal on a
/// ground of row 9 of the requirement list (each amended rules' clause,
/// e.g. order 158's guardianship rules cl. 11: «… 9-тармағында көрсетілген
/// негіздер бойынша мемлекеттік қызметті көрсетуден бас тарту үшін негіз
/// анықталған кезде, көрсетілетін қызметті беруші … мемлекеттік қызметті
/// көрсету мерзімі аяқталғанға дейін 3 (үш) жұмыс күнінен кешіктірмей, …
/// бас тарту туралы алдын ала шешім, сондай-ақ … алдын ала шешім бойынша
/// ұстанымын білдіруге мүмкіндік беру үшін тыңдауды өткізу уақыты мен орны
/// туралы хабарламаны жолдайды»).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hearing {
    /// The last day the preliminary refusal notice can come
    /// ([`Due::preliminary_refusal_by`]).
    pub notice_by: NaiveDate,
    /// The last day of the notice under the other reading of the term the
    /// due date's note marks ([`Due::earlier_preliminary_refusal_by`]),
    /// where it is earlier: said beside `notice_by` as that reading, so the
    /// hearing never gives a later day than the due line above it.
    pub earlier_notice_by: Option<NaiveDate>,
    /// The key of the due date's note that marks the other reading
    /// (`Due::note`), where `earlier_notice_by` is given: the hearing's
    /// line says that reading itself, the note not being beside it.
    pub earlier_reading: Option<&'static str>,
    /// The rules' clause.
    pub citation: Citation,
}

impl Evaluation {
    /// The questions of the service its answers leave to ask, as this
    /// evaluation read them ([`questions_for`] on the facts it read, in the
    /// order they are asked): the questions a screen shows beside it, so the
    /// questions shown and the verdict are of the same facts.
    pub fn asked(&self) -> &[&'static str] {
        &self.asked
    }

    /// The hearing a refused applicant is owed ([`Hearing`]): where one of
    /// the eligibility's reasons is a ground of row 9 of the service's
    /// requirement list and its rules send the notice. `None` where no
    /// reason is met, where every reason is another rule (a category, the
    /// child's minority: the clauses give a hearing for row 9's grounds
    /// only), or where the rules give no notice.
    pub fn hearing(&self) -> Option<Hearing> {
        let annex = entry(self.service)?.annex;
        let row9 = |c: &Citation| c.annex == Some(annex) && c.clause == Some(9);
        if !self.eligibility.reasons.iter().any(|r| row9(&r.citation)) {
            return None;
        }
        Some(Hearing {
            notice_by: self.due.preliminary_refusal_by?,
            earlier_notice_by: self.due.earlier_preliminary_refusal_by,
            earlier_reading: self
                .due
                .earlier_preliminary_refusal_by
                .and(self.due.note.as_ref().map(|n| n.key)),
            citation: self.hearing_clause?,
        })
    }
}

/// The register codes a request may name: every catalogue service.
#[cfg(feature = "schema")]
fn service_codes() -> Vec<&'static str> {
    catalogue().iter().map(|e| e.code).collect()
}

/// serde reads `submitted` as an alias of `as_of`, which a derived schema
/// does not show: the request's schema takes either name, exactly one (both
/// at once is a duplicate field to serde).
#[cfg(feature = "schema")]
fn submitted_is_read_as_as_of(schema: &mut schemars::Schema) {
    let Some(as_of) = schema
        .get("properties")
        .and_then(|p| p.get("as_of"))
        .cloned()
    else {
        return;
    };
    let mut alias = as_of;
    if let Some(a) = alias.as_object_mut() {
        a.insert(
            "description".into(),
            "The name of `as_of` before issue 14, still read as its alias: give one of the two."
                .into(),
        );
    }
    if let Some(p) = schema.get_mut("properties").and_then(|p| p.as_object_mut()) {
        p.insert("submitted".into(), alias);
    }
    if let Some(r) = schema.get_mut("required").and_then(|r| r.as_array_mut()) {
        r.retain(|name| name != "as_of");
    }
    schema.insert(
        "oneOf".into(),
        serde_json::json!([{ "required": ["as_of"] }, { "required": ["submitted"] }]),
    );
}

impl Request {
    /// Parses a request from JSON; errors name the field.
    pub fn from_json(json: &str) -> Result<Self, CatalogueError> {
        let mut req: Request = crate::wire::read_typed(json).map_err(|e| {
            let message = e.error.to_string();
            let out_of_range = e.is_out_of_range();
            // The instant's alias names the field it is.
            let field = if e.field == "submitted" {
                "as_of".to_owned()
            } else {
                e.field
            };
            if out_of_range {
                return CatalogueError::OutOfRange { field };
            }
            // `as_of` given with its alias `submitted` (serde says the field
            // twice, though it was given once): said as one field.
            let message = match message.strip_prefix("duplicate field `as_of`") {
                Some(position) => format!(
                    "`as_of` and `submitted` (its name before issue 14) are one field: \
                     give one of the two, once{position}"
                ),
                None => message,
            };
            if let Some(name) = message
                .split_once(super::model::UNKNOWN_CHANNEL)
                .and_then(|(_, rest)| rest.strip_prefix('`')?.split_once('`'))
                .map(|(name, _)| name)
            {
                return CatalogueError::UnknownChannel(name.to_owned());
            }
            CatalogueError::Input {
                field,
                line: Some(e.error.line()).filter(|&l| l > 0),
                message,
            }
        })?;
        req.check_date_range()?;
        req.check_documents_held()?;
        req.check_identity()?;
        req.facts_given = facts_keys(json);
        Ok(req)
    }

    /// The identity sections checked as the app checks its own fields and
    /// an order-254 case checks its: an IIN is valid
    /// ([`crate::iin::parse`]: 12 digits, a birth date, its check digit), a
    /// name a free text ([`crate::case::text_problem`]: at most 200
    /// characters, none that no one sees), the child's IIN gives the birth
    /// date `facts.child_birth_date` says (`catalogue.iin_birth_date_mismatch`).
    fn check_identity(&self) -> Result<(), CatalogueError> {
        let applicant = self.applicant.as_ref();
        let name = applicant.and_then(|a| a.full_name.as_deref());
        if let Some(e) = crate::case::text_problem("applicant.full_name", name) {
            return Err(CatalogueError::Text {
                field: e.field,
                too_long: e.code == "case.text_too_long",
                message: e.message,
            });
        }
        let iins = [
            ("applicant.iin", applicant.and_then(|a| a.iin.as_deref())),
            (
                "child.iin",
                self.child.as_ref().and_then(|c| c.iin.as_deref()),
            ),
        ];
        for (field, iin) in iins {
            if let Some(Err(error)) = iin.map(crate::iin::decode) {
                return Err(CatalogueError::BadIin {
                    field: field.to_owned(),
                    error,
                });
            }
        }
        // The child's valid IIN against the birth date given, by the one
        // check of order 254's case and the app's screens (`IinCheck`):
        // data that do not agree are said, not handed off (row 9 item 2 of
        // every annex, «… деректердің (мәліметтердің) анық еместігін
        // анықтау»).
        let (Some(given), Some(iin)) = (self.facts.child_birth_date, iins[1].1) else {
            return Ok(());
        };
        match crate::evaluate::IinCheck::of(Some(iin), given).encoded_birth_date {
            Some(iin_date) if iin_date != given => {
                Err(CatalogueError::IinBirthDateMismatch { iin_date, given })
            }
            _ => Ok(()),
        }
    }

    /// The dates read by chrono's own forms (the other children's birth
    /// dates, a held document's last valid day) inside the supported range,
    /// as every other date of the request is when it is read.
    fn check_date_range(&self) -> Result<(), CatalogueError> {
        let births = self.other_children_births();
        let held = self.documents_held.iter().flatten().enumerate();
        let held = held.map(|(i, h)| (format!("documents_held[{i}].valid_until"), h.valid_until));
        match crate::dates::first_unsupported(births.chain(held)) {
            Some((field, _)) => Err(CatalogueError::OutOfRange { field }),
            None => Ok(()),
        }
    }

    /// Every held document's id is a document of the catalogue
    /// ([`is_document_id`]): a typo is said rather than taken as "not held".
    /// An id of another service's list is read (the app keeps one list of
    /// the documents a family holds for every service).
    fn check_documents_held(&self) -> Result<(), CatalogueError> {
        let mut held = self.documents_held.iter().flatten().enumerate();
        match held.find(|(_, h)| !is_document_id(&h.id)) {
            Some((i, h)) => Err(CatalogueError::UnknownDocument {
                field: format!("documents_held[{i}].id"),
                id: crate::wire::shown(&h.id),
            }),
            None => Ok(()),
        }
    }

    /// The birth date the child's valid IIN encodes
    /// ([`crate::evaluate::IinCheck::encoded`]); none without one.
    pub fn iin_birth_date(&self) -> Option<NaiveDate> {
        child_birth_date(None, self.child_iin())
    }

    /// The child's birth date the rules read ([`child_birth_date`]): the
    /// one `facts.child_birth_date` gives ([`FamilyFacts::birth_date_given`]),
    /// or, where it gives none, the one the child's valid IIN encodes.
    pub fn child_birth_date(&self) -> Option<NaiveDate> {
        child_birth_date(self.facts.birth_date_given(), self.child_iin())
    }

    /// The child's IIN as given.
    fn child_iin(&self) -> Option<&str> {
        self.child.as_ref()?.iin.as_deref()
    }

    /// The request's facts as the rules read them: the child's birth date
    /// [`Request::child_birth_date`] (a date listed as not given is not
    /// read, [`FamilyFacts::birth_date_listed_as_not_given`], but the IIN's
    /// is), the other facts as given.
    pub fn facts_read(&self) -> FamilyFacts {
        let mut facts = self.facts.clone().birth_date_listed_as_not_given();
        facts.child_birth_date = self.child_birth_date();
        facts
    }

    /// The other children's birth dates, each with its field.
    fn other_children_births(&self) -> impl Iterator<Item = (String, Option<NaiveDate>)> + '_ {
        let births = self.facts.other_children_birth_dates.iter().enumerate();
        births.map(|(i, d)| (format!("facts.other_children_birth_dates[{i}]"), Some(*d)))
    }

    /// Every birth date the request gives (the child's, the other
    /// children's) on or before the day of application: a child born after
    /// it has no age yet, and an age rule (10 or older, under 14) would be
    /// answered for a negative age, as order No. 254's case refuses
    /// (`case.birth_in_future`). The date the child's IIN gives, read where
    /// no date is given ([`Request::child_birth_date`]), is checked too, at
    /// `child.iin`.
    fn check_births_not_after_application(&self) -> Result<(), CatalogueError> {
        let day = self.as_of.date();
        let child = [
            (
                "facts.child_birth_date".to_owned(),
                self.facts.child_birth_date,
            ),
            ("child.iin".to_owned(), self.iin_birth_date()),
        ];
        match child
            .into_iter()
            .chain(self.other_children_births())
            .find(|(_, d)| d.is_some_and(|d| d > day))
        {
            Some((field, _)) => Err(CatalogueError::BirthInFuture { field }),
            None => Ok(()),
        }
    }
}

/// The keys of a request's `facts` as its JSON text gives them (the text
/// read whole already, so it is JSON: read again as a value, by the reader
/// the doors already use to choose the order, [`crate::wire`]'s).
fn facts_keys(json: &str) -> Vec<String> {
    crate::wire::json_value(json)
        .ok()
        .and_then(|v| Some(v.get("facts")?.as_object()?.keys().cloned().collect()))
        .unwrap_or_default()
}

/// The child's birth date a family-service application goes by: the one
/// given (`typed`), or, where none is, the one the child's valid IIN
/// encodes ([`crate::evaluate::IinCheck::encoded`]: the IIN's first six
/// digits are the birth date). The one rule of a request
/// ([`Request::child_birth_date`]) and of the app's service screen («from
/// the IIN»); a date given that the IIN contradicts is refused before
/// (`catalogue.iin_birth_date_mismatch`).
pub fn child_birth_date(typed: Option<NaiveDate>, iin: Option<&str>) -> Option<NaiveDate> {
    typed.or_else(|| crate::evaluate::IinCheck::encoded(iin?))
}

/// Evaluates a request on the calendar `cal`.
pub fn evaluate(req: &Request, cal: &Calendar) -> Result<Evaluation, CatalogueError> {
    let e = entry_or_err(&req.service)?;
    let channel = req.channel;
    let variant = req.variant;
    match (e.has_variants(), variant) {
        (true, None) => return Err(CatalogueError::VariantRequired(e.code.to_owned())),
        (false, Some(_)) => return Err(CatalogueError::VariantNotApplicable(e.code.to_owned())),
        _ => {}
    }
    req.check_births_not_after_application()?;
    // Ages are facts on the day of application: the submission instant, not
    // whatever `application_date` the caller left (Annex 20's title); on the
    // portal a later day of acceptance (row 7) is the other reading
    // (`FamilyFacts::on_acceptance_day`).
    // At a counter (the provider's office, the State Corporation) papers
    // are handed in while it is open: a "now" when it is closed is the
    // submission at its next opening, the day ages are taken on. Only the
    // portal takes an application after hours and on days off and accepts
    // it «келесі жұмыс күнімен» (row 7), the two-day reading.
    let due = result_due(e.code, channel, variant, req.as_of, cal)?;
    // No answer holds a date after the last supported day (hostile18 item 3):
    // a request of late 2200 whose result would be due in 2201 is refused,
    // naming `as_of`, the day the term counts from, as an order-254 case is,
    // and saying that the term runs past the range, not the date given
    // (leftovers19 item 1c). The due dates are the only dates an answer
    // counts: the checklist and the receipt preview hold none.
    let due_dates = [
        ("due.accepted", Some(due.accepted.date())),
        ("due.due", Some(due.due.date())),
        ("due.preliminary_refusal_by", due.preliminary_refusal_by),
    ];
    if let Some((term, date)) = due_dates.into_iter().find_map(|(term, d)| {
        d.filter(|d| !crate::dates::supported(*d))
            .map(|d| (term, d))
    }) {
        return Err(CatalogueError::TermOutOfRange {
            field: "as_of".to_owned(),
            term,
            date,
        });
    }
    // The child's birth date given, or the one its IIN gives.
    let read = req.facts_read();
    let facts = if channel == ServiceChannel::PORTAL {
        read.on(req.as_of).accepted_at(due.accepted)
    } else {
        read.on(due.accepted)
    };
    let facts = facts
        .answered_by_other_questions(e.code)?
        .birth_date_listed_as_not_given();
    facts.check_unanswered()?;
    let asked = questions_for(e.code, &facts)?;
    let risks = refusal_risks(e.code, variant, &facts)?;
    // The verdict reads the grounds every sub-type has: without sub-types,
    // the same risks.
    let eligibility = match variant {
        None => eligibility_with(e.code, &facts, Some((channel, None)), &risks, &asked)?,
        Some(_) => eligibility_with(
            e.code,
            &facts,
            Some((channel, variant)),
            &refusal_risks(e.code, None, &facts)?,
            &asked,
        )?,
    };
    Ok(Evaluation {
        service: e.code,
        name_key: e.name_key(),
        provider_key: e.provider_key,
        result_key: e.result_key(),
        channel,
        edition_warning: super::edition::edition_warning(e.annex, req.as_of.date()),
        eligibility,
        checklist: checklist(e.code, channel, variant, &facts)?,
        unknown_inputs: facts.unknown_among(&asked),
        receipt: req
            .documents_held
            .as_deref()
            .map(|held| receipt_preview(e.code, channel, variant, &facts, held, req.as_of.date()))
            .transpose()?,
        due,
        free: e.free,
        refusal_risks: risks,
        asked,
        hearing_clause: term(e.code, channel, variant)?.preliminary_refusal,
    })
}

/// A prepared catalogue application: what the hand-off carries (download,
/// print, the `kezek:application-prepared` event), with its digest.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Prepared {
    /// The JSON handed off: a [`CatalogueApplication`] (format
    /// `kezek.catalogue-application/1`), keys sorted.
    #[cfg_attr(feature = "schema", schemars(with = "CatalogueApplication"))]
    pub application: serde_json::Value,
    /// SHA-256 of `application` serialised compactly, lowercase hex.
    pub sha256: String,
    /// The evaluation's `edition_warning`, beside the application (which is
    /// the hand-off's format, unchanged by it); absent when there is none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edition_warning: Option<crate::edition::EditionWarning>,
}

impl Prepared {
    /// The application with its digest: SHA-256 of `application` serialised
    /// compactly — the one rule for [`prepare`] and [`prepare_said`].
    pub(crate) fn of(
        application: serde_json::Value,
        edition_warning: Option<crate::edition::EditionWarning>,
    ) -> Self {
        let sha256 = crate::common::digest::sha256_hex(application.to_string().as_bytes());
        Prepared {
            application,
            sha256,
            edition_warning,
        }
    }
}

/// The catalogue application handed off, format
/// `kezek.catalogue-application/1`: the service, channel, submission
/// instant, the family's answers, the checklist ids, the due date and the
/// personal-data consent. The prepared record's
/// [`application`](Prepared::application) holds it as JSON.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct CatalogueApplication {
    /// The format, `kezek.catalogue-application/1`
    /// ([`CATALOGUE_APPLICATION_FORMAT`]).
    #[cfg_attr(feature = "schema", schemars(extend("const" = CATALOGUE_APPLICATION_FORMAT)))]
    pub format: &'static str,
    /// Register code.
    pub service: &'static str,
    /// The channel.
    pub channel: ServiceChannel,
    /// The sub-type, `null` for a service without them.
    pub variant: Option<Variant>,
    /// The submission instant (the request's `as_of`).
    #[serde(with = "crate::dates::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub submitted: NaiveDateTime,
    /// The family's answers: those given that the service asks
    /// ([`questions`]), never a fact at its default that nobody gave; the
    /// child's birth date is under `child`.
    #[cfg_attr(feature = "schema", schemars(with = "SaidFacts"))]
    pub facts: FamilyFacts,
    /// The applicant's identity fields given; absent when none is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub applicant: Option<super::handoff::Applicant>,
    /// The child's identity fields given (its IIN, its birth date: the one
    /// given, or the one the IIN encodes where none is, then with
    /// `birth_date_from_iin: true`); absent when none is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub child: Option<super::handoff::Child>,
    /// Whether the family may receive the service.
    pub eligible: bool,
    /// The codes of the evaluation's [`cautions`](Eligibility::cautions):
    /// readings under which the provider may refuse although `eligible` is
    /// true, so that whoever receives the application sees what the family
    /// was told. A caution shown as possible only (the child's birth date
    /// not given: one with `depends_on`) is not written: the application
    /// asserts nothing of an age nobody gave. Absent = none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cautions: Vec<&'static str>,
    /// The ids of the checklist's documents.
    pub checklist: Vec<&'static str>,
    /// When the result is due.
    #[serde(with = "crate::dates::local_datetime")]
    #[cfg_attr(
        feature = "schema",
        schemars(with = "crate::dates::schema::LocalDateTime")
    )]
    pub due: NaiveDateTime,
    /// The personal-data consent (row 9, generic ground f): `true` only
    /// where the request gave `personal_data_consent: true` (a fact said),
    /// never from its default.
    pub consent_personal_data: bool,
}

/// The schema of a prepared application's facts: [`FamilyFacts`], each
/// fact optional (only the answers given are written).
#[cfg(feature = "schema")]
struct SaidFacts;

#[cfg(feature = "schema")]
impl schemars::JsonSchema for SaidFacts {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "SaidFacts".into()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut schema = FamilyFacts::json_schema(generator);
        schema.remove("required");
        schema
    }
}

/// The format of a [`CatalogueApplication`].
pub const CATALOGUE_APPLICATION_FORMAT: &str = "kezek.catalogue-application/1";

/// Prepares the application for hand-off: what the request gives, by the
/// rule of the app's hand-off ([`prepare_said`]) — of the facts given
/// ([`Request::facts_given`], less those it lists as `unanswered`), those the
/// service asks; the child's birth date under `child`; the `applicant` and
/// `child` sections it names. The consent of row 9 (generic ground f, Law on
/// personal data art. 8) is recorded from the facts.
pub fn prepare(req: &Request, eval: &Evaluation) -> Prepared {
    let said: Vec<&str> = req
        .facts_given
        .iter()
        .map(String::as_str)
        .filter(|name| !req.facts.is_listed(name))
        .collect();
    let named = req.applicant.clone().unwrap_or_default();
    let applicant = super::handoff::Applicant {
        iin: named.iin,
        full_name: named.full_name,
        address: None,
    };
    // The date the evaluation reads ([`Request::child_birth_date`]): the
    // one given (not one listed as unanswered), or the one the IIN beside
    // it encodes, marked so — as the app's hand-off names the child
    // (`Draft::catalogue_identity`). Under `child`, never among the facts
    // said.
    let child = super::handoff::Child::named(
        req.child.as_ref().and_then(|c| c.iin.clone()),
        req.facts.birth_date_given(),
    );
    // The questions asked are those of the facts the evaluation read.
    let read = Request {
        facts: req.facts_read(),
        ..req.clone()
    };
    super::handoff::prepare_said(&read, eval, &said, &applicant, &child)
}

/// The application of `req` and `eval` with the applicant and child given,
/// every fact of the request and the consent as said: the one place its
/// fields are written; [`prepare_said`] keeps of the facts those said and
/// asked, and says whether the consent was given.
pub(crate) fn application(
    req: &Request,
    eval: &Evaluation,
    applicant: Option<super::handoff::Applicant>,
    child: Option<super::handoff::Child>,
    consent_personal_data: bool,
) -> serde_json::Value {
    serde_json::to_value(CatalogueApplication {
        format: CATALOGUE_APPLICATION_FORMAT,
        service: eval.service,
        channel: eval.channel,
        variant: req.variant,
        submitted: req.as_of,
        facts: req.facts.clone(),
        applicant,
        child,
        eligible: eval.eligibility.eligible,
        cautions: eval
            .eligibility
            .cautions
            .iter()
            .filter(|c| !c.is_possible())
            .map(|c| c.code)
            .collect(),
        checklist: eval.checklist.iter().map(|l| l.id).collect(),
        due: eval.due.due,
        consent_personal_data,
    })
    // A struct of strings, booleans and lists: serde_json cannot fail on it.
    .expect("a catalogue application serialises")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(channel: &str, instant_name: &str) -> Result<Request, CatalogueError> {
        Request::from_json(&format!(
            r#"{{"service":"00403008","channel":"{channel}","{instant_name}":"2026-12-15T10:00"}}"#
        ))
    }

    /// One spelling in every input and output: the preschool channel names
    /// are read and written; `portal` and `office` (the catalogue's names
    /// before issue 14) are read as aliases and never written.
    #[test]
    fn channel_is_read_in_its_one_spelling_and_its_two_aliases() {
        for (given, meant) in [
            ("egov_portal", ServiceChannel::PORTAL),
            ("portal", ServiceChannel::PORTAL),
            ("provider_office", ServiceChannel::OFFICE),
            ("office", ServiceChannel::OFFICE),
            ("state_corporation", ServiceChannel::STATE_CORPORATION),
            (
                "education_organisation",
                ServiceChannel::EducationOrganisation,
            ),
        ] {
            let req = request(given, "as_of").unwrap();
            assert_eq!(req.channel, meant, "{given}");
            let written = serde_json::to_value(req.channel).unwrap();
            assert_eq!(
                written,
                meant.name(),
                "{given} is written in the one spelling"
            );
            assert!(!["portal", "office"].contains(&meant.name()));
        }
        let eval = evaluate(&request("portal", "as_of").unwrap(), Calendar::builtin()).unwrap();
        assert_eq!(
            serde_json::to_value(&eval).unwrap()["channel"],
            "egov_portal"
        );
    }

    #[test]
    fn an_unknown_channel_is_named_with_its_code() {
        let e = request("fax", "as_of").unwrap_err();
        assert_eq!(e, CatalogueError::UnknownChannel("fax".into()));
        assert_eq!(e.code(), "catalogue.unknown_channel");
        assert_eq!(e.field(), "channel");
    }

    /// The evaluation instant has one name, `as_of`, as in the order-254
    /// case; `submitted` is its alias, so requests written before still load
    /// and mean the same.
    #[test]
    fn submitted_is_an_alias_of_as_of() {
        let new = request("egov_portal", "as_of").unwrap();
        let old = request("egov_portal", "submitted").unwrap();
        assert_eq!(new, old);
        let both = Request::from_json(
            r#"{"service":"00403008","channel":"egov_portal","as_of":"2026-12-15T10:00","submitted":"2026-12-15T10:00"}"#,
        )
        .unwrap_err();
        assert_eq!(both.code(), "catalogue.invalid_json", "{both}");
        let missing =
            Request::from_json(r#"{"service":"00403008","channel":"egov_portal"}"#).unwrap_err();
        assert_eq!(missing.field(), "as_of", "{missing}");
        let bad = Request::from_json(
            r#"{"service":"00403008","channel":"egov_portal","as_of":"15.12.2026"}"#,
        )
        .unwrap_err();
        assert_eq!(
            (bad.code(), bad.field()),
            ("catalogue.invalid_json", "as_of")
        );
    }
}
