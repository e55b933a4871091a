//! The answers a parent enters on the service's own form, in the form's
//! order, each with a "Copy" button where there is text to paste (not beside
//! a yes or no): one piece for the wizard's hand-off and the family-services
//! confirmation page.

use yew::prelude::*;

use crate::i18n::I18n;
use crate::platform::copy_text;

/// One answer, as the parent gave it.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// A stable id (`data-answer`, for the copy button and tests).
    pub id: &'static str,
    /// The form's label or the question (translated).
    pub label: String,
    /// The answer (as typed, or translated "yes"/"no", or a date).
    pub value: String,
    /// Whether it has a "Copy" button: text to paste into a form field,
    /// not a yes or no the parent ticks there.
    pub copyable: bool,
}

/// Props of [`CopyableAnswers`].
#[derive(Properties, PartialEq)]
pub struct CopyableAnswersProps {
    /// The parent's language.
    pub i18n: I18n,
    /// Element id of the list.
    pub id: AttrValue,
    /// The form's questions and the parent's answers, in the form's order.
    pub answers: Vec<Answer>,
    /// Told "copied: <label>" (translated) after each copy.
    pub on_copied: Callback<String>,
}

/// The answers as a description list, each copyable.
#[function_component(CopyableAnswers)]
pub fn copyable_answers(p: &CopyableAnswersProps) -> Html {
    html! {
        <dl class="kz-answers" id={p.id.clone()}>
            { for p.answers.iter().map(|a| {
                let v = a.value.clone();
                let told = p.i18n.t_args("ui-copied-what", &[("what", a.label.clone())]);
                let on_copied = p.on_copied.clone();
                let onclick = Callback::from(move |_| { copy_text(&v); on_copied.emit(told.clone()); });
                html! {
                    <div class="kz-answer" data-answer={a.id}>
                        <dt>{ a.label.clone() }</dt>
                        <dd>
                            <span class="kz-answer-value">{ a.value.clone() }</span>
                            if a.copyable {
                                <button type="button" class="kz-button kz-secondary kz-copy" {onclick}>
                                    { p.i18n.t("ui-copy") }<span class="kz-visually-hidden">{ format!(": {}", a.label) }</span>
                                </button>
                            }
                        </dd>
                    </div>
                }
            }) }
        </dl>
    }
}
