//! The page's language: the remembered one (else the browser's), its
//! messages fetched on first use, written on `<html lang>` and remembered
//! (when the parent asks for it, not before).

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::storage;

/// What [`use_lang`] gives.
#[derive(Clone, PartialEq)]
pub struct LangHandle {
    /// The language shown.
    pub lang: Lang,
    /// The last language asked for could not be fetched (the page stays in `lang`).
    pub failed: bool,
    /// Shows a language the parent chose once its messages are here, and
    /// remembers it.
    pub show: Callback<Lang>,
    /// Shows a language an embedding page configured (`kezek:configure`):
    /// not remembered — the parent did not choose it (README, Privacy), and
    /// the host sends it again at every start.
    pub show_configured: Callback<Lang>,
}

/// The page's language.
#[hook]
pub fn use_lang() -> LangHandle {
    let lang = use_state(crate::platform::initial_lang);
    let failed = use_state(|| false);
    // The language asked for last: a slower fetch of an earlier choice never
    // replaces a later one.
    let wanted = use_mut_ref(|| *lang);
    // Only written on `<html lang>` here: remembered when the parent asks
    // for a language (`show`), not at every start — a reload after "erase
    // my data" wrote `kezek.lang` again, though nobody had chosen.
    use_effect_with(*lang, |l| {
        if let Some(el) = html_element() {
            let _ = el.set_attribute("lang", l.code());
        }
    });
    let shower = |remember: bool| {
        let (lang, failed, wanted) = (lang.clone(), failed.clone(), wanted.clone());
        Callback::from(move |l: Lang| show_lang(&lang, &failed, &wanted, l, remember))
    };
    LangHandle {
        lang: *lang,
        failed: *failed,
        show: shower(true),
        show_configured: shower(false),
    }
}

/// Shows language `l` once its messages are here (fetched on first use);
/// when they cannot be fetched, stays in the current one and says so.
/// `remember`: the parent chose it (saved as `kezek.lang`).
fn show_lang(
    lang: &UseStateHandle<Lang>,
    failed: &UseStateHandle<bool>,
    wanted: &Rc<RefCell<Lang>>,
    l: Lang,
    remember: bool,
) {
    *wanted.borrow_mut() = l;
    let save = move |l: Lang| {
        if remember {
            storage::save_lang(l);
        }
    };
    if crate::i18n::has_messages(l) {
        save(l);
        failed.set(false);
        lang.set(l);
        return;
    }
    // Remembered at once, as the static screen's buttons do: the whole app
    // may take over from the first screen's module before these messages
    // arrive, and it starts in the language remembered (`boot::messages_ready`).
    save(l);
    let shown = **lang;
    let (lang, failed, wanted) = (lang.clone(), failed.clone(), wanted.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let ok = crate::i18n::load(l).await;
        if *wanted.borrow() != l {
            return;
        }
        failed.set(!ok);
        if ok {
            lang.set(l);
        } else if page_lang() != Some(l) {
            // The page stays in the language it shows: that one is
            // remembered. (Unless the whole app, which took over meanwhile,
            // could fetch its own messages of `l` and shows it.)
            save(shown);
        }
    });
}

/// The page's `<html>` element.
fn html_element() -> Option<web_sys::Element> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
}

/// The language the page shows (`<html lang>`).
fn page_lang() -> Option<Lang> {
    html_element()
        .and_then(|el| el.get_attribute("lang"))
        .and_then(|c| Lang::from_code(&c))
}
