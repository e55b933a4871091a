//! The family-services catalogue's messages (`messages/catalogue.<lang>.ftl`),
//! fetched when a catalogue screen first shows, not on the first load.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;

/// What [`use_catalogue_messages`] gives.
#[derive(Clone, PartialEq)]
pub struct CatalogueMessages {
    /// The messages in the page's language, once fetched.
    pub text: Option<Rc<str>>,
    /// Fetching them in the page's language failed.
    pub failed: bool,
}

/// The catalogue's messages in `lang`, fetched when `needed`.
///
/// The text is read, on every render, from the one cache of fetched files
/// (by URL, so by language); an answer only asks for a new render. A slow
/// answer for a language the page has since left therefore never stands in
/// for the current one's: with one "the catalogue's messages" slot, the
/// earlier language's late answer overwrote the new one's and the screen
/// stayed on "loading" (the embed test's full-suite flake).
#[hook]
pub fn use_catalogue_messages(lang: Lang, needed: bool) -> CatalogueMessages {
    let update = use_force_update();
    let failed = use_mut_ref(Vec::<Lang>::new);
    let text = crate::i18n::fetched(&lang.catalogue_url());
    {
        let failed = failed.clone();
        use_effect_with((lang, needed && text.is_none()), move |(l, fetch)| {
            if *fetch {
                let l = *l;
                wasm_bindgen_futures::spawn_local(async move {
                    let ok = crate::i18n::fetch_once(&l.catalogue_url()).await.is_some();
                    failed.borrow_mut().retain(|f| *f != l);
                    if !ok {
                        failed.borrow_mut().push(l);
                    }
                    update.force_update();
                });
            }
        });
    }
    let failed = text.is_none() && failed.borrow().contains(&lang);
    CatalogueMessages { text, failed }
}
