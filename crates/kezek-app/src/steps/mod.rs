//! The eight screens of the wizard, one component per file. Each receives the
//! same [`StepProps`]: the translator, the draft, the dispatcher and the
//! rules' evaluation of the draft (or the first field to fix).

use std::rc::Rc;

use chrono::NaiveDateTime;
use kezek_rules::Evaluation;
use yew::prelude::*;

use crate::i18n::I18n;
use crate::state::{Action, Draft, FieldError};

pub mod applicant;
pub mod child;
pub mod documents;
pub mod family;
pub mod handoff;
pub mod queue;
pub mod result;
pub mod service;

/// The draft evaluated by the rules, or why it cannot be yet.
pub type Outcome = Result<Evaluation, FieldError>;

/// Props every step receives.
#[derive(Properties, PartialEq, Clone)]
pub struct StepProps {
    /// Translator.
    pub i18n: I18n,
    /// The answers.
    pub draft: Rc<Draft>,
    /// Changes the answers.
    pub dispatch: Callback<Action>,
    /// "Now" in Asia/Almaty.
    pub now: NaiveDateTime,
    /// The rules' answer for the draft.
    pub outcome: Rc<Outcome>,
    /// Show errors of this step's fields (after a Next attempt).
    pub show_errors: bool,
}

impl StepProps {
    /// The translated error for `field` (or any field under it), when errors are shown.
    pub fn error_for(&self, field: &str) -> Option<AttrValue> {
        if !self.show_errors {
            return None;
        }
        match self.outcome.as_ref() {
            Err(e) if e.field == field || e.field.starts_with(&format!("{field}[")) => {
                Some(self.i18n.t(&e.key).into())
            }
            _ => None,
        }
    }

    /// A dispatcher of one action built from a value.
    pub fn send<T: 'static>(&self, f: impl Fn(T) -> Action + 'static) -> Callback<T> {
        self.dispatch.reform(f)
    }

    /// Translate.
    pub fn t(&self, id: &str) -> String {
        self.i18n.t(id)
    }
}

/// A note shown when the step needs answers from an earlier step first.
pub fn needs_earlier(p: &StepProps) -> Html {
    let Err(e) = p.outcome.as_ref() else {
        return html! {};
    };
    let step = crate::app::step_of_field(&e.field);
    html! {
        <div class="kz-notice" role="status">
            <p>{ p.t("ui-needs-earlier") }</p>
            <p><a href={step.hash()}>{ p.i18n.t(&step.title_key()) }</a>{ ": " }{ p.t(&e.key) }</p>
        </div>
    }
}
