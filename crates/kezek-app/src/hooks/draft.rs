//! The parent's answers: the one reducer ([`Wizard`]), started from the
//! stored draft, every change written back (unless a newer Kezek's draft is
//! kept), and the notice of what was recovered, lost or not saved.

use yew::prelude::*;

use crate::draft::Draft;
use crate::state::{Action, Wizard};
use crate::storage::{self, DraftNotice};

/// What [`use_draft`] gives.
#[derive(Clone, PartialEq)]
pub struct DraftHandle {
    /// The reducer.
    pub wizard: UseReducerHandle<Wizard>,
    /// The notice about the stored answers, if any.
    pub notice: Option<DraftNotice>,
    /// The stored draft is kept and not overwritten (a newer Kezek's, or
    /// one no copy could be made of): the answers in memory are not saved.
    pub keep_stored: bool,
    /// Erases every stored answer and the draft in memory.
    pub erase: Callback<()>,
}

/// The answers, kept in local storage.
#[hook]
pub fn use_draft() -> DraftHandle {
    let initial = use_memo((), |_| storage::load_draft());
    let wizard = use_reducer({
        let initial = initial.clone();
        move || Wizard {
            draft: initial.draft.clone(),
        }
    });
    let notice = use_state(|| initial.notice.clone());
    // A newer Kezek's draft (or one no copy could be made of) is never overwritten.
    let keep_stored = use_state(|| initial.keep_stored);
    {
        let notice = notice.clone();
        use_effect_with((wizard.draft.clone(), *keep_stored), move |(d, keep)| {
            // An untouched (or just erased) draft is not written: nothing to keep.
            if *keep || *d == Draft::default() {
                return;
            }
            let not_saved = Some(DraftNotice::NotSaved);
            match storage::save_draft(d) {
                // Tell the parent at once: a reload would lose every answer.
                false if *notice != not_saved => notice.set(not_saved),
                true if *notice == not_saved => notice.set(None),
                _ => {}
            }
        });
    }
    let erase = {
        let (wizard, notice, keep_stored) = (wizard.clone(), notice.clone(), keep_stored.clone());
        Callback::from(move |()| {
            // Once is enough: the draft becomes `Draft::default()`, which the
            // effect above never writes back.
            storage::erase_all();
            wizard.dispatch(Action::Erase);
            keep_stored.set(false);
            notice.set(None);
        })
    };
    DraftHandle {
        wizard,
        notice: (*notice).clone(),
        keep_stored: *keep_stored,
        erase,
    }
}
