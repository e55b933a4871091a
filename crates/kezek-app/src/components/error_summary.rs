//! The error summary (GOV.UK pattern): when "Next" cannot proceed, every
//! problem of this step and the earlier ones, at once, at the top of the
//! step; each a link that moves focus to its field (on an earlier step, the
//! link opens that step first). The same message also shows at the field.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::draft::FieldError;
use crate::i18n::I18n;
use crate::route::{step_of_field, Step};

thread_local! {
    /// A field to focus once its step has rendered (a link from another step).
    static PENDING_FOCUS: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The id of the element that asks for `field` (a radio group's fieldset has
/// its group's name as id).
pub fn field_element(field: &str) -> String {
    match field {
        "service" | "channel" => field.to_owned(),
        "applicant.role" => "role".to_owned(),
        "child.iin" => "child-iin".to_owned(),
        "child.birth_date" => "child-birth-date".to_owned(),
        "child.settlement" => "child-settlement".to_owned(),
        "times_queued_in_settlement" => "child-times-queued".to_owned(),
        "previous_priority_referral.changed_on" => "child-previous-priority-date".to_owned(),
        "applicant.iin" => "applicant-iin".to_owned(),
        "applicant.full_name" => "applicant-name".to_owned(),
        "applicant.phones[1]" => "applicant-phone-2".to_owned(),
        "applicant.email" => "applicant-email".to_owned(),
        f if f.starts_with("applicant.phones") => "applicant-phone-1".to_owned(),
        "admission.preschool" => "preschool".to_owned(),
        "admission.referral_extension_days" => "referral-extension".to_owned(),
        "admission.documents_confirmed_on" => "documents-confirmed".to_owned(),
        f if f.starts_with("admission") => "contract-date".to_owned(),
        f => match f.strip_prefix("documents.") {
            Some(code) => format!("issued-{code}"),
            None => "kz-step-title".to_owned(),
        },
    }
}

/// Moves focus to the element with `id` (the first enabled choice of a
/// fieldset) and brings it into view. `false` when it is not on the page.
pub fn focus_element(id: &str) -> bool {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let Some(el) = doc.get_element_by_id(id) else {
        return false;
    };
    let target = if el.tag_name().eq_ignore_ascii_case("fieldset") {
        el.query_selector("input:not([disabled])").ok().flatten()
    } else {
        Some(el)
    };
    match target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        Some(t) => {
            t.scroll_into_view();
            t.focus().is_ok()
        }
        None => false,
    }
}

/// Focuses the field a link on another step asked for, once that step is
/// shown; `true` if there was one.
pub fn focus_pending() -> bool {
    match PENDING_FOCUS.with(|p| p.borrow_mut().take()) {
        Some(id) => focus_element(&id),
        None => false,
    }
}

/// Moves focus to the summary (after a "Next" that cannot proceed).
pub fn focus_summary() {
    focus_element("kz-error-summary");
}

/// Props of [`ErrorSummary`].
#[derive(Properties, PartialEq, Clone)]
pub struct ErrorSummaryProps {
    /// Translator.
    pub i18n: I18n,
    /// The step shown.
    pub current: Step,
    /// The problems to list (of this step and earlier ones).
    pub problems: Vec<FieldError>,
}

/// "There is a problem", with one link per problem.
#[function_component(ErrorSummary)]
pub fn error_summary(p: &ErrorSummaryProps) -> Html {
    if p.problems.is_empty() {
        return html! {};
    }
    html! {
        <div class="kz-error-summary" id="kz-error-summary" tabindex="-1" role="alert"
            aria-labelledby="kz-error-summary-title">
            <h2 id="kz-error-summary-title">{ p.i18n.t("ui-error-summary-title") }</h2>
            <ul>
                { for p.problems.iter().map(|e| {
                    let step = step_of_field(&e.field);
                    let id = field_element(&e.field);
                    let message = p.i18n.t_args(&e.key, &e.args());
                    let here = step == p.current;
                    let (href, text) = if here {
                        (format!("#{id}"), message)
                    } else {
                        (step.hash(), p.i18n.t_args("ui-error-summary-on-step", &[
                            ("n", step.number().to_string()),
                            ("step", p.i18n.t(&step.title_key())),
                            ("message", message),
                        ]))
                    };
                    let onclick = Callback::from(move |ev: MouseEvent| {
                        if here {
                            ev.prevent_default();
                            focus_element(&id);
                        } else {
                            // The hash link opens the step; its field takes focus then.
                            PENDING_FOCUS.with(|p| *p.borrow_mut() = Some(id.clone()));
                        }
                    });
                    html! { <li><a href={href} data-field={e.field.clone()} {onclick}>{ text }</a></li> }
                }) }
            </ul>
        </div>
    }
}
