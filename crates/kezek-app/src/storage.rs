//! The draft kept on the parent's device («жергілікті сақтау»): localStorage,
//! written on every change, read at start, erased on request. Nothing leaves
//! the device from here.

use crate::draft::{step_of_draft_field, Draft, StoredDraft};
use crate::i18n::Lang;
use crate::route::Step;

/// The key of the draft.
pub const DRAFT_KEY: &str = "kezek.draft";
/// The key of the chosen language.
pub const LANG_KEY: &str = "kezek.lang";
/// Every key Kezek writes starts with this.
pub const PREFIX: &str = "kezek.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Where a stored draft that could not be read whole is copied, as it was,
/// until the parent erases their data.
pub const UNREADABLE_KEY: &str = "kezek.draft.unreadable";

/// What the parent is told about the stored draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftNotice {
    /// Some answers could not be read and were left out: the steps they were on.
    Partial(Vec<Step>),
    /// Nothing could be read.
    Unreadable,
    /// A newer Kezek wrote the draft: it is shown as far as understood, never overwritten.
    Newer,
    /// The browser refuses to store (storage full or blocked): answers live in
    /// this page only and a reload loses them.
    NotSaved,
}

/// The draft found at start.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedDraft {
    /// The answers to start from.
    pub draft: Draft,
    /// What to tell the parent, if anything.
    pub notice: Option<DraftNotice>,
    /// The stored draft must not be overwritten (it is newer, or no copy of it could be made).
    pub keep_stored: bool,
}

/// Reads the stored draft at start: whole, in part (the original copied under
/// [`UNREADABLE_KEY`] first), or not at all — never silently.
pub fn load_draft() -> LoadedDraft {
    let mut out = LoadedDraft {
        draft: Draft::default(),
        notice: None,
        keep_stored: false,
    };
    let Some(s) = storage() else {
        out.notice = Some(DraftNotice::NotSaved);
        return out;
    };
    let stored = match s.get_item(DRAFT_KEY) {
        Ok(Some(v)) => v,
        Ok(None) => return out,
        Err(_) => {
            out.notice = Some(DraftNotice::NotSaved);
            return out;
        }
    };
    // Keeps the original before anything can overwrite it; when no copy can be
    // made, the original itself is left in place.
    let keep_copy = |out: &mut LoadedDraft| {
        let copied = match s.get_item(UNREADABLE_KEY) {
            Ok(Some(_)) => true, // an earlier original is kept; it is never replaced
            _ => s.set_item(UNREADABLE_KEY, &stored).is_ok(),
        };
        out.keep_stored |= !copied;
    };
    match Draft::read(&stored) {
        StoredDraft::Whole(d) => out.draft = d,
        StoredDraft::Partial { draft, lost } => {
            out.draft = draft;
            let mut steps: Vec<Step> = lost.iter().filter_map(|f| step_of_draft_field(f)).collect();
            steps.sort();
            steps.dedup();
            // Only the progress marker was unreadable: nothing the parent typed is lost.
            let answers_lost = lost.iter().any(|f| f != "reached");
            if answers_lost {
                keep_copy(&mut out);
                out.notice = Some(DraftNotice::Partial(steps));
            }
        }
        StoredDraft::Unreadable => {
            keep_copy(&mut out);
            out.notice = Some(DraftNotice::Unreadable);
        }
        StoredDraft::Newer { draft, .. } => {
            out.draft = draft;
            out.keep_stored = true;
            out.notice = Some(DraftNotice::Newer);
        }
    }
    out
}

/// Stores the draft; `false` when the browser refuses (storage full or blocked).
pub fn save_draft(d: &Draft) -> bool {
    storage().is_some_and(|s| s.set_item(DRAFT_KEY, &d.to_json()).is_ok())
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
