//! A register service without a requirement list, as a card: its short plain
//! name (on its own screen, whose heading gives that name: its official name
//! alone), the register's fields (official name, provider, channels, form, fee;
//! the code stays in `data-code`, not in the parent's text) and the plain
//! statement that Kezek has none of its documents or grounds. Shown on the
//! first screen and after a service it follows.

use kezek_rules::catalogue::{register_citation, RegisterCard};
use yew::prelude::*;

use super::why::Why;
use crate::i18n::I18n;

/// The short plain name of a service (`ui-short-<code>`), shown over its
/// official name: the register's names are long and bureaucratic, and the
/// service's code is not for the parent.
pub fn short_key(code: &str) -> String {
    format!("ui-short-{code}")
}

/// A register service without a requirement list: its short name, the
/// register's fields and the plain statement that Kezek has none of its
/// documents or grounds. `open`: shown open (the card's own screen,
/// `#/svc/<code>`, where a flow links to it) — there the screen's heading
/// already gives the short name, so the card is titled by the register's
/// official name alone, not the short name a second time.
pub fn register_card(i18n: &I18n, c: &RegisterCard, open: bool) -> Html {
    let t = |k: &str| i18n.t(k);
    html! {
        <li data-code={c.code} class="kz-register">
            <details id={format!("reg-{}", c.code)} {open}>
                if open {
                    <summary>{ t(c.name_key) }</summary>
                } else {
                    <summary>{ t(&short_key(c.code)) }</summary>
                    <p class="kz-official">{ t(c.name_key) }</p>
                }
                <dl class="kz-facts">
                    <dt>{ t("reg-label-provider") }</dt><dd>{ t(c.provider_key) }</dd>
                    <dt>{ t("reg-label-channels") }</dt><dd>{ t(c.channels_key) }</dd>
                    <dt>{ t("reg-label-form") }</dt><dd>{ t(c.form_key) }</dd>
                    <dt>{ t("reg-label-fee") }</dt><dd>{ t(c.fee.key()) }</dd>
                </dl>
                <p class="kz-notice kz-reg-none">{ t("reg-no-requirement-list") }</p>
                <Why i18n={i18n.clone()} citations={vec![register_citation(c.register_row)]} />
            </details>
        </li>
    }
}

// The messages are bundled natively, and in the browser only with
// `bundled-messages`: the module (its imports too) is built only then, so
// `cargo clippy --target wasm32-unknown-unknown --all-targets` finds no unused
// import in it.
#[cfg(all(test, any(feature = "bundled-messages", not(target_arch = "wasm32"))))]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use kezek_rules::catalogue::{service_links, REGISTER_CARDS};

    /// Every screen `#/svc/<code>` opens is headed by the service's short
    /// name: each service and register card has one in every language.
    #[test]
    fn every_service_screen_has_a_short_name_in_every_language() {
        let codes = service_links()
            .iter()
            .map(|l| l.code)
            .chain(REGISTER_CARDS.iter().map(|c| c.code));
        for code in codes {
            for lang in Lang::ALL {
                assert!(I18n::new(lang).has(&short_key(code)), "{lang:?}: {code}");
            }
        }
    }
}
