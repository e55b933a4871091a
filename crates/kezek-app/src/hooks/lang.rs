//! The page's language: the remembered one (else the browser's), its
//! messages fetched on first use, written on `<html lang>` and remembered.

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
    /// Shows a language once its messages are here.
    pub show: Callback<Lang>,
}

/// The page's language.
#[hook]
pub fn use_lang() -> LangHandle {
    let lang = use_state(crate::app::initial_lang);
    let failed = use_state(|| false);
    // The language asked for last: a slower fetch of an earlier choice never
    // replaces a later one.
    let wanted = use_mut_ref(|| *lang);
    use_effect_with(*lang, |l| {
        storage::save_lang(*l);
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.set_attribute("lang", l.code());
        }
    });
    let show = {
        let (lang, failed) = (lang.clone(), failed.clone());
        Callback::from(move |l: Lang| show_lang(&lang, &failed, &wanted, l))
    };
    LangHandle {
        lang: *lang,
        failed: *failed,
        show,
    }
}

/// Shows language `l` once its messages are here (fetched on first use);
/// when they cannot be fetched, stays in the current one and says so.
fn show_lang(
    lang: &UseStateHandle<Lang>,
    failed: &UseStateHandle<bool>,
    wanted: &Rc<RefCell<Lang>>,
    l: Lang,
) {
    *wanted.borrow_mut() = l;
    if crate::i18n::has_messages(l) {
        failed.set(false);
        lang.set(l);
        return;
    }
    let (lang, failed, wanted) = (lang.clone(), failed.clone(), wanted.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let ok = crate::i18n::load(l).await;
        if *wanted.borrow() != l {
            return;
        }
        failed.set(!ok);
        if ok {
            lang.set(l);
        }
    });
}
