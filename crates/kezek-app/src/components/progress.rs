//! The progress indicator: every step, the current one marked, the ones
//! already reached linked. On a phone (web/styles.css, `max-width: 30rem`)
//! the list is folded behind a button after "Step 1 of 8", so that the step
//! itself starts near the top; on a wider screen the button is not shown and
//! the list always is.

use yew::prelude::*;

use crate::i18n::I18n;
use crate::route::Step;

/// Props of [`Progress`].
#[derive(Properties, PartialEq, Clone)]
pub struct ProgressProps {
    /// Translator.
    pub i18n: I18n,
    /// The step shown.
    pub current: Step,
    /// The furthest step reached.
    pub reached: Step,
    /// The service chosen, whose journey the steps are.
    pub service: Option<kezek_rules::Service>,
}

/// Whether the folded list is open: only on the step where the parent
/// opened it (a step reached from the list starts with it folded again).
fn list_open(opened_on: Option<Step>, current: Step) -> bool {
    opened_on == Some(current)
}

/// "Step n of N", the button that opens the list on a phone, and an ordered
/// list of the steps.
#[function_component(Progress)]
pub fn progress(p: &ProgressProps) -> Html {
    let opened_on = use_state(|| None::<Step>);
    let open = list_open(*opened_on, p.current);
    let ontoggle = {
        let (opened_on, current) = (opened_on.clone(), p.current);
        Callback::from(move |_| opened_on.set((!open).then_some(current)))
    };
    html! {
        <nav class="kz-progress" aria-label={p.i18n.t("ui-progress")}>
            <p class="kz-progress-count">{ p.i18n.t_args("ui-progress-count", &[
                ("n", p.current.number_in(p.service).to_string()), ("total", Step::journey(p.service).len().to_string())]) }</p>
            // The CSS folds the list that follows a button whose
            // aria-expanded is "false" (the attribute a screen reader says).
            <button type="button" class="kz-link kz-progress-toggle" id="kz-progress-toggle"
                aria-expanded={open.to_string()} aria-controls="kz-progress-list" onclick={ontoggle}>
                { p.i18n.t("ui-progress-all") }
            </button>
            <ol id="kz-progress-list">
                { for Step::journey(p.service).into_iter().map(|s| {
                    let title = p.i18n.t(&s.title_key());
                    let current = s == p.current;
                    html! {
                        <li class={classes!(current.then_some("kz-current"), (s < p.current).then_some("kz-done"))}>
                            if current || s > p.reached {
                                <span aria-current={current.then_some("step")}>{ title }</span>
                            } else {
                                <a href={s.hash()}>{ title }</a>
                            }
                        </li>
                    }
                }) }
            </ol>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The list opened on step 2 is folded again on the step the parent
    /// goes to from it, and is folded until asked.
    #[test]
    fn the_step_list_is_open_only_on_the_step_it_was_opened_on() {
        assert!(!list_open(None, Step::Service));
        assert!(list_open(Some(Step::Child), Step::Child));
        assert!(!list_open(Some(Step::Child), Step::Service));
    }

    /// WCAG 2.4.7: the buttons styled as links (`.kz-link`: this list's
    /// toggle, "show the original" of a "Why?") got the browser's default
    /// focus ring, not the app's yellow one, because web/styles.css's
    /// `:focus-visible` rule did not name them (walk 42).
    #[test]
    fn wcag_2_4_7_link_styled_buttons_get_the_apps_focus_ring() {
        let css = include_str!("../../../../web/styles.css");
        let ring = css
            .lines()
            .find(|l| l.contains(":focus-visible") && l.contains("outline: 3px solid #f3b300"))
            .expect("the app's focus-visible rule");
        assert!(ring.contains(".kz-link:focus-visible"), "{ring}");
    }
}
