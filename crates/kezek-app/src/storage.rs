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

/// Where a returning parent stopped, said on the first screen with a link
/// to go on (walk 44): the furthest step of the kindergarten wizard reached
/// (`None` when only the family services' questions were answered), and
/// whether the service is admission, whose journey has no step 7.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resume {
    /// The step to continue at.
    pub step: Option<Step>,
    /// The wizard is for admission (00403002).
    pub admission: bool,
}

impl Resume {
    /// The one rule of both modules ([`Resume::of_draft`], [`resume_of`]):
    /// the furthest step `reached`, where a service was chosen or a step
    /// past the first reached, brought back to the last step of the
    /// service's own journey at or before it (review45: reached step 7 of
    /// queue registration, then admission chosen on step 1 — «шаг 7,
    /// Очередь» linked to #/queue, which admission does not have).
    fn new(reached: Option<Step>, service_chosen: bool, admission: bool) -> Resume {
        let service = admission.then_some(kezek_rules::Service::Admission);
        Resume {
            step: reached
                .filter(|s| service_chosen || *s > Step::Service)
                .map(|s| s.at_or_before_in(service)),
            admission,
        }
    }

    /// Of the draft in memory (the whole app); `None` for an untouched one.
    pub fn of_draft(d: &Draft) -> Option<Resume> {
        (*d != Draft::default()).then(|| {
            Resume::new(
                Some(d.reached),
                d.service.is_some(),
                d.service == Some(kezek_rules::Service::Admission),
            )
        })
    }

    /// What the whole app's first screen says of the draft in memory
    /// ([`Resume::of_draft`]) — nothing where those answers are not what
    /// the device keeps (review45: «Ваши ответы сохранены на этом
    /// устройстве» with storage blocked): the browser refuses to store them
    /// ([`DraftNotice::NotSaved`]), or the stored draft is another one,
    /// kept and not overwritten (`keep_stored`: a newer Kezek's, or one no
    /// copy could be made of).
    pub fn of_app(d: &Draft, notice: Option<&DraftNotice>, keep_stored: bool) -> Option<Resume> {
        if keep_stored || notice == Some(&DraftNotice::NotSaved) {
            return None;
        }
        Resume::of_draft(d)
    }

    /// The step's number in the service's journey.
    pub fn number(self) -> Option<usize> {
        let service = self.admission.then_some(kezek_rules::Service::Admission);
        self.step.map(|s| s.number_in(service))
    }
}

/// [`Resume`] read from the stored draft's text without the draft's reader
/// (the first screen's own module carries no JSON parser): the values of
/// its top-level `"reached"` and `"service"` as [`Draft::to_json`] writes
/// them (a typed `"` is escaped there, so no typed text reads as a key).
/// Nothing for a text that is not a JSON object ([`Draft::read`] finds it
/// unreadable, and the whole app, starting from an empty draft, says
/// nothing: review45), as [`Resume::of_draft`] says nothing of an empty
/// draft.
pub fn resume_of(stored: &str) -> Option<Resume> {
    let body = stored.trim();
    if !(body.starts_with('{') && body.ends_with('}')) {
        return None;
    }
    // `pattern` is the key with its quotes, the colon and the value's quote.
    let value = |pattern: &str| {
        let at = body.find(pattern)? + pattern.len();
        body[at..].split('"').next()
    };
    let step = value("\"reached\":\"").and_then(|v| Step::ALL.into_iter().find(|s| s.slug() == v));
    let service = value("\"service\":\"");
    Some(Resume::new(
        step,
        service.is_some(),
        service == Some("00403002"),
    ))
}

/// [`resume_of`] the stored draft, if any.
pub fn stored_resume() -> Option<Resume> {
    resume_of(&storage()?.get_item(DRAFT_KEY).ok()??)
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

#[cfg(test)]
mod tests {
    use super::*;
    use kezek_rules::Service;

    /// A returning parent opened Kezek on "what do you need?" with nothing
    /// saying their answers were kept or where they stopped (walk 44). The
    /// first screen's own module has no draft reader (no JSON parser): it
    /// reads the furthest step from the stored text, and must find what the
    /// whole app finds in the draft itself.
    #[test]
    fn a_stored_draft_says_where_the_parent_stopped_in_both_modules() {
        let wizard = Draft {
            service: Some(Service::Admission),
            child_iin: "230510512343".into(),
            // A typed text that looks like the marker is not read as it.
            full_name: r#"A "reached":"handoff" B"#.into(),
            reached: Step::Documents,
            ..Draft::default()
        };
        let mut services_only = Draft::default();
        services_only.answers.insert("child_orphan".into(), true);
        let queue = Draft {
            service: Some(Service::QueueRegistration),
            reached: Step::Handoff,
            ..Draft::default()
        };
        for (d, want) in [
            (
                &wizard,
                Some(Resume {
                    step: Some(Step::Documents),
                    admission: true,
                }),
            ),
            (
                &queue,
                Some(Resume {
                    step: Some(Step::Handoff),
                    admission: false,
                }),
            ),
            (
                &services_only,
                Some(Resume {
                    step: None,
                    admission: false,
                }),
            ),
        ] {
            assert_eq!(Resume::of_draft(d), want, "{d:?}");
            assert_eq!(resume_of(&d.to_json()), want, "{}", d.to_json());
        }
        assert_eq!(Resume::of_draft(&Draft::default()), None);
        // Admission's journey has no step 7: its last step is the 7th.
        assert_eq!(
            Resume {
                step: Some(Step::Handoff),
                admission: true
            }
            .number(),
            Some(7)
        );
    }

    /// review45: a stored draft the whole app cannot read (not a JSON
    /// object: `Draft::read` gives `Unreadable`, and the app starts from an
    /// empty draft and says nothing) was said "your answers are kept" by the
    /// first screen's module. Neither module says anything of it; a stored
    /// draft the app reads is still said.
    #[test]
    fn an_unreadable_stored_draft_is_not_said_kept() {
        for stored in [
            "",
            "garbage",
            "{\"reached\":\"documents\"",
            "[1, 2]",
            "null",
        ] {
            assert!(
                matches!(Draft::read(stored), StoredDraft::Unreadable),
                "{stored}"
            );
            assert_eq!(resume_of(stored), None, "{stored}");
        }
        let d = Draft {
            reached: Step::Documents,
            ..Draft::default()
        };
        assert_eq!(resume_of(&d.to_json()), Resume::of_draft(&d));
        assert!(resume_of(&d.to_json()).is_some());
    }

    /// review45: «Ваши ответы сохранены на этом устройстве» was said
    /// whatever the draft's notice: with storage blocked (`NotSaved`) or a
    /// newer Kezek's draft kept (`keep_stored`), the answers in memory are
    /// not what the device keeps, and the line says nothing.
    #[test]
    fn the_saved_line_is_not_said_of_answers_not_saved() {
        let d = Draft {
            service: Some(Service::QueueRegistration),
            reached: Step::Family,
            ..Draft::default()
        };
        let said = Resume::of_draft(&d);
        assert!(said.is_some());
        assert_eq!(Resume::of_app(&d, None, false), said);
        assert_eq!(
            Resume::of_app(&d, Some(&DraftNotice::Partial(vec![Step::Child])), false),
            said
        );
        assert_eq!(
            Resume::of_app(&d, Some(&DraftNotice::NotSaved), false),
            None
        );
        assert_eq!(Resume::of_app(&d, Some(&DraftNotice::Newer), true), None);
        // An unreadable draft no copy could be made of is left in place: the
        // answers typed since are not stored over it.
        assert_eq!(
            Resume::of_app(&d, Some(&DraftNotice::Unreadable), true),
            None
        );
    }

    /// review45: a parent went as far as step 7 (the queue) of queue
    /// registration, then went back to step 1 and chose admission
    /// (00403002), whose journey has no queue step: `reached` stays
    /// `Step::Queue`. The first screen then says «…шаг 7, Очередь…» and
    /// links to #/queue, which for admission shows only «not for admission»
    /// (app.rs). The step to continue at must be one of the service's own
    /// journey, in both modules.
    #[test]
    fn a_resume_link_names_a_step_of_the_services_own_journey() {
        let d = Draft {
            service: Some(Service::Admission),
            reached: Step::Queue,
            ..Draft::default()
        };
        for r in [Resume::of_draft(&d), resume_of(&d.to_json())] {
            let step = r.and_then(|r| r.step).expect("a step to continue at");
            assert!(
                step.in_journey(Some(Service::Admission)),
                "admission's resume link names {step:?}, step {:?}",
                r.and_then(Resume::number)
            );
        }
    }
}
