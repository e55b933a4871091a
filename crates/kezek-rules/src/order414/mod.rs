//! The service catalogue («мемлекеттік көрсетілетін қызметтер»): the
//! family-and-children public services of order No. 414 of 03.10.2022 (seed
//! 001), which amends order No. 158 of 24.04.2020 «Отбасы және балалар
//! саласында мемлекеттік қызметтерді көрсету қағидалары» and the neighbouring
//! orders No. 513 (adoption agencies) and No. 407 (registration of adopters).
//!
//! Each service is one module of *data* in the law's own structure: the
//! requirement list («мемлекеттік қызмет көрсетуге қойылатын негізгі
//! талаптардың тізбесі», rows 1–10) of its annex to order 414 — provider,
//! channels, term, form, result, fee, schedule, documents (row 8) and refusal
//! grounds (row 9) — every item cited to its annex and item. The app renders
//! any [`CatalogueEntry`] generically: names, documents and grounds are
//! Fluent message keys (`messages/catalogue.{kk,ru,en}.ftl`), conditions are
//! [`Condition`]s over plain [`FamilyFacts`], and every line carries a
//! [`Citation`]. Adding a service means adding a module here, nothing in the app.
//!
//! Functions: [`catalogue`], [`entry`], [`service_links`] (the first screen's), [`eligibility`], [`checklist`],
//! [`result_due`], [`refusal_risks`], [`receipt_preview`] (refusal to
//! accept an incomplete or expired set).

//!
//! | module | what it holds | its items |
//! |---|---|---|
//! | `model` | the entry: channels, term, form, documents, grounds (row 7 hours: [`crate::common::offices`]) | [`CatalogueEntry`], [`ServiceChannel`], [`Term`], [`Variant`] |
//! | `facts` | the facts conditions test and the parent's answers | [`FamilyFacts`], [`Fact`], [`Condition`] |
//! | `evaluation` | eligibility, checklist, refusal risks, due date | [`eligibility`], [`checklist`], [`refusal_risks`], [`result_due`] |
//! | `request` | the request/response of one evaluation, the prepared application | [`Request`], [`evaluate`], [`Evaluation`], [`prepare`], [`Prepared`] |
//! | `error` | the catalogue's errors | [`CatalogueError`] |
//! | `parts` | documents and grounds shared by several annexes | |
//! | `listing`, `register`, `receipt` | the list of services, the register cards and the ways and forms only the register lists, the receipt preview | [`listing()`], [`RegisterCard`], [`RegisterOnlyChannel`], [`RegisterOnlyForm`], [`receipt_preview`] |
//! | one module per annex | the service's requirement list, row by row | |

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::calendar::Calendar;
use crate::citation::{Act, Citation};
use crate::service::Channel;

pub mod edition;
mod error;
mod evaluation;
mod facts;
mod handoff;
mod model;
pub(crate) mod parts;
mod request;

mod adoption_agency_accreditation;
mod adoption_registration;
mod camps;
mod child_opinion;
mod foster_family;
mod guardianship;
mod guardianship_certificate;
mod listing;
mod minors_property;
mod parental_meeting;
mod receipt;
mod register;
mod school_meals;
mod school_transport;

pub use register::{
    next_register_card, register_card, register_citation, register_only_channels,
    register_only_forms, InfoLine, RegisterCard, RegisterFee, RegisterOnlyChannel,
    RegisterOnlyForm, CREATIVE_CLUBS, REGISTER_CARDS, REGISTER_ONLY_CHANNELS, REGISTER_ONLY_FORMS,
};

pub use listing::{
    listing, listing_keys, listing_text, listing_with, ListedTerm, Names, ServiceListing,
};
pub use receipt::{
    receipt_preview, refusal_at_hand_in_stated, HeldDocument, ReceiptOutcome, ReceiptPreview,
    UncertainLine, Uncertainty,
};

pub use error::*;
pub(crate) use evaluation::entry_or_err;
pub use evaluation::*;
pub use facts::*;
pub use handoff::{prepare_said, Applicant, Child, RequestApplicant, RequestChild};
pub use model::*;
pub use request::*;
