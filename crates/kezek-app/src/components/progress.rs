//! The progress indicator: every step, the current one marked, the ones
//! already reached linked.

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

/// An ordered list of the steps.
#[function_component(Progress)]
pub fn progress(p: &ProgressProps) -> Html {
    html! {
        <nav class="kz-progress" aria-label={p.i18n.t("ui-progress")}>
            <p class="kz-progress-count">{ p.i18n.t_args("ui-progress-count", &[
                ("n", p.current.number_in(p.service).to_string()), ("total", Step::journey(p.service).len().to_string())]) }</p>
            <ol>
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
