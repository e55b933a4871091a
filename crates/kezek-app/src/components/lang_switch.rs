//! The language switcher, on every step.

use yew::prelude::*;

use crate::i18n::{I18n, Lang};

/// Props of [`LangSwitch`].
#[derive(Properties, PartialEq, Clone)]
pub struct LangSwitchProps {
    /// Translator (current language).
    pub i18n: I18n,
    /// Called with the chosen language.
    pub onchange: Callback<Lang>,
}

/// Three buttons, the current one pressed.
#[function_component(LangSwitch)]
pub fn lang_switch(p: &LangSwitchProps) -> Html {
    html! {
        <div class="kz-lang" role="group" aria-label={p.i18n.t("ui-language")}>
            { for Lang::ALL.into_iter().map(|l| {
                let cb = p.onchange.clone();
                html! {
                    <button type="button" lang={l.code()} id={format!("kz-lang-{}", l.code())}
                        aria-pressed={(p.i18n.lang == l).to_string()}
                        onclick={Callback::from(move |_| cb.emit(l))}>{ l.native_name() }</button>
                }
            }) }
        </div>
    }
}
