//! The draft kept on the parent's device («жергілікті сақтау»): localStorage,
//! written on every change, read at start, erased on request. Nothing leaves
//! the device from here.

use crate::i18n::Lang;
use crate::state::Draft;

/// The key of the draft.
pub const DRAFT_KEY: &str = "kezek.draft";
/// The key of the chosen language.
pub const LANG_KEY: &str = "kezek.lang";
/// Every key Kezek writes starts with this.
pub const PREFIX: &str = "kezek.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored draft, migrated; `None` when there is none or it is unreadable.
pub fn load_draft() -> Option<Draft> {
    let s = storage()?.get_item(DRAFT_KEY).ok().flatten()?;
    Draft::from_json(&s)
}

/// Stores the draft (quietly does nothing when storage is unavailable).
pub fn save_draft(d: &Draft) {
    if let Some(s) = storage() {
        let _ = s.set_item(DRAFT_KEY, &d.to_json());
    }
}

/// The stored language.
pub fn load_lang() -> Option<Lang> {
    Lang::from_code(&storage()?.get_item(LANG_KEY).ok().flatten()?)
}

/// Stores the language.
pub fn save_lang(l: Lang) {
    if let Some(s) = storage() {
        let _ = s.set_item(LANG_KEY, l.code());
    }
}

/// Removes every key Kezek wrote.
pub fn erase_all() {
    let Some(s) = storage() else { return };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n)
        .filter_map(|i| s.key(i).ok().flatten())
        .filter(|k| k.starts_with(PREFIX))
        .collect();
    for k in keys {
        let _ = s.remove_item(&k);
    }
}

/// The browser's preferred languages.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        out.push(l);
    }
    out
}
