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
    // Keeps the original before anything can overwrite it.
    loaded(&stored, || match s.get_item(UNREADABLE_KEY) {
        Ok(Some(_)) => true, // an earlier original is kept; it is never replaced
        _ => s.set_item(UNREADABLE_KEY, &stored).is_ok(),
    })
}

/// [`load_draft`] of the stored text `stored`: `copy` keeps a copy of it
/// under [`UNREADABLE_KEY`] before anything can overwrite it, and says
/// whether it could; when no copy can be made, the original itself is left
/// in place (`keep_stored`).
fn loaded(stored: &str, copy: impl FnOnce() -> bool) -> LoadedDraft {
    let mut out = LoadedDraft {
        draft: Draft::default(),
        notice: None,
        keep_stored: false,
    };
    let keep_copy = |out: &mut LoadedDraft| out.keep_stored |= !copy();
    match Draft::read(stored) {
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
/// (the first screen's own module carries no JSON parser), saying what the
/// whole app says of it ([`Resume::of_app`] after [`load_draft`]): nothing
/// for a text the app's reader finds unreadable ([`Draft::read`]: not JSON
/// as serde_json reads it — truncated, garbage inside — or not an object;
/// the app starts from an empty draft and says its saved answers could not
/// be read), nothing for a newer Kezek's draft (kept, not overwritten:
/// `keep_stored`) or one with no answer at all (`{}`), and otherwise the
/// values of its top-level `"reached"` and `"service"` where they read as a
/// step and a service (the app's reader leaves out a value it cannot read:
/// the first step, no service). [`TopLevel`] checks the text and finds them.
///
/// Left to the app alone: a text whose every answer is unreadable (the
/// app's draft then equals an empty one, and it says that some answers were
/// left out), and escapes inside the step's or the service's value (the app
/// never writes one there).
pub fn resume_of(stored: &str) -> Option<Resume> {
    let top = TopLevel::read(stored)?;
    // `Draft::read`: a whole number it can hold (`as_u64`), else version 1.
    let version = top
        .version
        .filter(|v| v.iter().all(u8::is_ascii_digit))
        .and_then(|v| std::str::from_utf8(v).ok()?.parse::<u64>().ok())
        .unwrap_or(1);
    if version > u64::from(crate::draft::DRAFT_VERSION) || !top.answered {
        return None;
    }
    let step = top
        .reached
        .and_then(|v| Step::ALL.into_iter().find(|s| s.slug().as_bytes() == v))
        .unwrap_or_default();
    let service = top.service.and_then(|v| {
        kezek_rules::Service::ALL
            .into_iter()
            .find(|s| s.code().as_bytes() == v)
    });
    Some(Resume::new(
        Some(step),
        service.is_some(),
        service == Some(kezek_rules::Service::Admission),
    ))
}

/// What [`resume_of`] reads of a stored draft's text: whether it is one
/// JSON object as serde_json reads it (its grammar, strings without raw
/// control characters or lone surrogate escapes, at most 127 levels deep,
/// numbers a double holds: [`within_a_double`]), and the raw values of
/// its top-level keys `"version"`, `"reached"` and `"service"` (the last
/// of each, as serde_json keeps; a string's without its quotes, `None`
/// for one that is not a string). A checker, not a parser: it builds
/// nothing.
#[derive(Default)]
struct TopLevel<'a> {
    version: Option<&'a [u8]>,
    reached: Option<&'a [u8]>,
    service: Option<&'a [u8]>,
    /// A key other than `"version"`.
    answered: bool,
}

impl<'a> TopLevel<'a> {
    fn read(text: &'a str) -> Option<TopLevel<'a>> {
        let mut c = Cursor {
            b: text.as_bytes(),
            at: 0,
        };
        let mut top = TopLevel::default();
        c.space();
        if c.b.get(c.at) != Some(&b'{') {
            return None;
        }
        c.object(1, Some(&mut top))?;
        c.space();
        (c.at == c.b.len()).then_some(top)
    }
}

/// Whether a JSON number — its digits `mantissa` (with its point, if any;
/// `whole` of them before it) times ten to `exponent` — is one serde_json
/// reads: it refuses one a double cannot hold ("number out of range"),
/// whatever its digits, so a `1e400` or four hundred digits makes the
/// text unreadable to `Draft::read`. Judged by the decimal magnitude,
/// without parsing a float (the first screen's module has no float
/// reader): at 10^308 and above by the 17 leading digits against
/// `f64::MAX` rounded up (1.7976931348623158e308), where serde_json's own
/// rounding may differ in the last unit.
fn within_a_double(mantissa: &[u8], whole: usize, exponent: i64) -> bool {
    let digits = mantissa.iter().filter(|d| d.is_ascii_digit());
    let Some(lead) = digits.clone().position(|d| *d != b'0') else {
        // Zero, whatever its exponent.
        return true;
    };
    // The value is in [10^(magnitude - 1), 10^magnitude).
    let magnitude = (whole as i64 - lead as i64).saturating_add(exponent);
    match magnitude.cmp(&309) {
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Equal => digits
            .skip(lead)
            .chain(std::iter::repeat(&b'0'))
            .take(17)
            .lt(b"17976931348623158".iter()),
    }
}

/// A position in a text [`TopLevel`] checks.
struct Cursor<'a> {
    b: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn space(&mut self) {
        while matches!(self.b.get(self.at), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn eat(&mut self, c: u8) -> bool {
        let here = self.b.get(self.at) == Some(&c);
        self.at += usize::from(here);
        here
    }

    fn digits(&mut self) -> usize {
        let from = self.at;
        while self.b.get(self.at).is_some_and(u8::is_ascii_digit) {
            self.at += 1;
        }
        self.at - from
    }

    /// A value at nesting `depth` (its own, for an object or an array).
    fn value(&mut self, depth: u8) -> Option<()> {
        self.space();
        match *self.b.get(self.at)? {
            b'{' => self.object(depth + 1, None),
            b'[' => {
                self.nest(depth + 1)?;
                self.at += 1;
                self.space();
                if !self.eat(b']') {
                    loop {
                        self.value(depth + 1)?;
                        self.space();
                        if self.eat(b']') {
                            break;
                        }
                        self.eat(b',').then_some(())?;
                    }
                }
                Some(())
            }
            b'"' => self.string().map(drop),
            b't' => self.word(b"true"),
            b'f' => self.word(b"false"),
            b'n' => self.word(b"null"),
            _ => {
                self.eat(b'-');
                let from = self.at;
                if !self.eat(b'0') && self.digits() == 0 {
                    return None;
                }
                let whole = self.at - from;
                if self.eat(b'.') && self.digits() == 0 {
                    return None;
                }
                let mantissa = &self.b[from..self.at];
                let mut exponent = 0_i64;
                if self.eat(b'e') || self.eat(b'E') {
                    let negative = self.eat(b'-');
                    if !negative {
                        self.eat(b'+');
                    }
                    let from = self.at;
                    (self.digits() > 0).then_some(())?;
                    exponent = self.b[from..self.at].iter().fold(0, |n: i64, d| {
                        n.saturating_mul(10).saturating_add(i64::from(d - b'0'))
                    });
                    if negative {
                        exponent = -exponent;
                    }
                }
                within_a_double(mantissa, whole, exponent).then_some(())
            }
        }
    }

    /// serde_json's limit: 128 levels refused.
    fn nest(&self, depth: u8) -> Option<()> {
        (depth < 128).then_some(())
    }

    fn word(&mut self, w: &[u8]) -> Option<()> {
        let here = self.b.get(self.at..self.at + w.len()) == Some(w);
        self.at += w.len();
        here.then_some(())
    }

    /// An object at `depth`, the cursor on its `{`; its keys' values noted
    /// in `top` for the top level.
    fn object(&mut self, depth: u8, mut top: Option<&mut TopLevel<'a>>) -> Option<()> {
        self.nest(depth)?;
        self.at += 1;
        self.space();
        if self.eat(b'}') {
            return Some(());
        }
        loop {
            self.space();
            let key = self.string()?;
            self.space();
            self.eat(b':').then_some(())?;
            self.space();
            let from = self.at;
            let text = (self.b.get(self.at) == Some(&b'"')).then(|| self.at + 1);
            self.value(depth)?;
            if let Some(top) = top.as_deref_mut() {
                let raw = &self.b[from..self.at];
                let string = text.map(|t| &self.b[t..self.at - 1]);
                match key {
                    b"version" => top.version = Some(raw),
                    b"reached" => top.reached = string,
                    b"service" => top.service = string,
                    _ => {}
                }
                top.answered |= key != b"version";
            }
            self.space();
            if self.eat(b'}') {
                return Some(());
            }
            self.eat(b',').then_some(())?;
        }
    }

    /// A string, the cursor on its opening quote: its raw text.
    fn string(&mut self) -> Option<&'a [u8]> {
        self.eat(b'"').then_some(())?;
        let from = self.at;
        loop {
            let c = *self.b.get(self.at)?;
            self.at += 1;
            match c {
                b'"' => return Some(&self.b[from..self.at - 1]),
                0..=0x1f => return None,
                b'\\' => match *self.b.get(self.at)? {
                    b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't' => self.at += 1,
                    b'u' => {
                        self.at += 1;
                        match self.hex()? {
                            0xDC00..=0xDFFF => return None,
                            0xD800..=0xDBFF => {
                                (self.eat(b'\\') && self.eat(b'u')).then_some(())?;
                                (0xDC00..=0xDFFF).contains(&self.hex()?).then_some(())?;
                            }
                            _ => {}
                        }
                    }
                    _ => return None,
                },
                _ => {}
            }
        }
    }

    /// Four hex digits of a `\u` escape.
    fn hex(&mut self) -> Option<u32> {
        let h = self.b.get(self.at..self.at + 4)?;
        self.at += 4;
        h.iter()
            .try_fold(0, |n, d| Some(n * 16 + char::from(*d).to_digit(16)?))
    }
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

    /// What the whole app says of the stored text `stored`
    /// ([`load_draft`], a copy of it kept: [`Resume::of_app`]).
    fn app_resume(stored: &str) -> Option<Resume> {
        let l = loaded(stored, || true);
        Resume::of_app(&l.draft, l.notice.as_ref(), l.keep_stored)
    }

    /// review45 left it open (steps46): the first screen's module checked
    /// only the stored draft's outer `{…}`, so a text damaged inside —
    /// which the whole app's reader (`Draft::read`) finds unreadable,
    /// starting from an empty draft with "your saved answers could not be
    /// read" — was said "your answers are kept" with a link to a step; and
    /// a newer Kezek's draft (kept, not overwritten: the app says nothing
    /// of it) too. The app is the judge: the first screen says what the
    /// app says, for whole drafts, truncated ones, garbage inside, and
    /// the wrong version.
    #[test]
    fn the_first_screen_says_of_a_stored_draft_what_the_whole_app_says() {
        let whole = Draft {
            service: Some(Service::QueueRegistration),
            child_iin: "230510512343".into(),
            full_name: r#"Ахметова "Айгүл" \ A"#.into(),
            reached: Step::Documents,
            ..Draft::default()
        }
        .to_json();
        let with = |from: &str, to: &str| {
            assert!(whole.contains(from), "{from}");
            whole.replacen(from, to, 1)
        };
        let deep = format!(
            "{{\"reached\":\"queue\",\"x\":{}1{}}}",
            "[".repeat(127),
            "]".repeat(127)
        );
        let deep_ok = format!(
            "{{\"reached\":\"queue\",\"service\":\"00403001\",\"x\":{}1{}}}",
            "[".repeat(126),
            "]".repeat(126)
        );
        let kept = |step| {
            Some(Resume {
                step: Some(step),
                admission: false,
            })
        };
        let table: Vec<(&str, String, Option<Resume>)> = vec![
            ("whole", whole.clone(), kept(Step::Documents)),
            (
                "whole, spaced",
                format!(" \n{whole}\t "),
                kept(Step::Documents),
            ),
            (
                "garbage: a bare word",
                with(",\"settlement\"", ",garbage,\"settlement\""),
                None,
            ),
            ("garbage: a trailing comma", with("}", ",}"), None),
            (
                "garbage: no comma",
                with(",\"settlement\"", " \"settlement\""),
                None,
            ),
            ("garbage: after the object", format!("{whole}}}"), None),
            (
                "garbage: a leading zero",
                with("\"times_queued\":0", "\"times_queued\":01"),
                None,
            ),
            (
                "garbage: a bad escape",
                with("\"settlement\":\"", "\"settlement\":\"\\q"),
                None,
            ),
            (
                "garbage: a lone surrogate",
                with("\"settlement\":\"", "\"settlement\":\"\\ud800"),
                None,
            ),
            (
                "garbage: a trailing surrogate",
                with("\"settlement\":\"", "\"settlement\":\"\\udc00"),
                None,
            ),
            (
                "garbage: a raw line break",
                with("\"settlement\":\"", "\"settlement\":\"\n"),
                None,
            ),
            (
                "garbage: a cut word",
                with("\"consent\":false", "\"consent\":fals"),
                None,
            ),
            (
                "garbage: a key not a string",
                with("\"settlement\"", "settlement"),
                None,
            ),
            ("garbage: too deep", deep, None),
            ("newer", with("\"version\":2", "\"version\":3"), None),
            (
                "newer, huge",
                with("\"version\":2", "\"version\":18446744073709551615"),
                None,
            ),
            // Read as version 1 by the app (not a whole number it can hold).
            (
                "version as text",
                with("\"version\":2", "\"version\":\"3\""),
                kept(Step::Documents),
            ),
            (
                "version past u64",
                with("\"version\":2", "\"version\":18446744073709551616"),
                kept(Step::Documents),
            ),
            (
                "version as a fraction",
                with("\"version\":2", "\"version\":3.0"),
                kept(Step::Documents),
            ),
            (
                "version negative",
                with("\"version\":2", "\"version\":-3"),
                kept(Step::Documents),
            ),
            // Read in part: what could be read.
            (
                "a field unreadable",
                with("\"sen\":false", "\"sen\":\"yes\""),
                kept(Step::Documents),
            ),
            (
                "the step unreadable",
                with("\"reached\":\"documents\"", "\"reached\":\"nowhere\""),
                kept(Step::Service),
            ),
            (
                "the step twice",
                with(
                    "\"reached\":\"documents\"",
                    "\"reached\":\"documents\",\"reached\":\"family\"",
                ),
                kept(Step::Family),
            ),
            (
                "the service unreadable",
                with("\"00403001\"", "\"00403009\""),
                Some(Resume {
                    step: Some(Step::Documents),
                    admission: false,
                }),
            ),
            ("deep, within the limit", deep_ok, kept(Step::Queue)),
            ("empty", "{}".into(), None),
            ("the version alone", "{\"version\":2}".into(), None),
        ];
        for (what, text, said) in &table {
            assert_eq!(app_resume(text), *said, "the app, {what}: {text}");
            assert_eq!(resume_of(text), *said, "the first screen, {what}: {text}");
        }
        // Truncated anywhere: never said kept, by either.
        for (cut, _) in whole.char_indices().skip(1) {
            let text = &whole[..cut];
            assert_eq!(app_resume(text), None, "the app: {text}");
            assert_eq!(resume_of(text), None, "the first screen: {text}");
        }
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

    /// reread46: [`TopLevel`] is a checker of serde_json's grammar, so it
    /// is judged against serde_json itself (`from_str::<Value>`, as
    /// `Draft::read` reads): texts grown from a draft's pieces and damaged
    /// at random — strings and their escapes and surrogates, raw control
    /// characters, numbers, nesting round serde_json's 128 levels, trailing
    /// garbage, a byte-order mark, JSON's four spaces and others — are one
    /// JSON object for both or for neither, and the top-level `"reached"`
    /// and `"service"` are the strings serde_json keeps (the last of a key
    /// given twice). Failed first on a number a double cannot hold, which
    /// TopLevel did not check: `{"x2":8e651498610}` (the checker: true,
    /// serde_json: false).
    #[test]
    fn the_first_screens_json_checker_agrees_with_serde_json() {
        struct Rng(u64);
        impl Rng {
            fn below(&mut self, n: usize) -> usize {
                self.0 ^= self.0 << 13;
                self.0 ^= self.0 >> 7;
                self.0 ^= self.0 << 17;
                (self.0 % n as u64) as usize
            }
        }
        const PIECES: [&str; 44] = [
            "{",
            "}",
            "[",
            "]",
            "\"",
            ":",
            ",",
            " ",
            "\t",
            "\n",
            "\r",
            "\u{feff}",
            "\u{c}",
            "\u{b}",
            "\u{a0}",
            "\u{0}",
            "\u{1f}",
            "\\",
            "\\u",
            "\\ud800",
            "\\udc00",
            "\\u0041",
            "\\n",
            "\\/",
            "\\x",
            "0",
            "1",
            "9",
            "-",
            "+",
            ".",
            "e",
            "E",
            "true",
            "fals",
            "null",
            "NaN",
            "\"version\"",
            "\"reached\"",
            "\"service\"",
            "é",
            "\u{7f}",
            "/",
            "\"a\":",
        ];
        fn string(r: &mut Rng, out: &mut String) {
            const BITS: [&str; 14] = [
                "a",
                "é",
                "ү",
                " ",
                "\\\"",
                "\\\\",
                "\\/",
                "\\b",
                "\\f",
                "\\n",
                "\\u0041",
                "\\ud83d\\ude00",
                "\\u00e9",
                "queue",
            ];
            out.push('"');
            for _ in 0..r.below(4) {
                out.push_str(BITS[r.below(BITS.len())]);
            }
            out.push('"');
        }
        fn number(r: &mut Rng, out: &mut String) {
            if r.below(3) == 0 {
                out.push('-');
            }
            if r.below(3) == 0 {
                out.push('0');
            } else {
                out.push(char::from(b'1' + r.below(9) as u8));
                for _ in 0..r.below(18) {
                    out.push(char::from(b'0' + r.below(10) as u8));
                }
            }
            if r.below(3) == 0 {
                out.push('.');
                for _ in 0..1 + r.below(3) {
                    out.push(char::from(b'0' + r.below(10) as u8));
                }
            }
            if r.below(3) == 0 {
                out.push_str(["e", "E", "e+", "e-", "E-"][r.below(5)]);
                for _ in 0..1 + r.below(2) {
                    out.push(char::from(b'0' + r.below(10) as u8));
                }
            }
        }
        fn value(r: &mut Rng, out: &mut String, depth: usize) {
            let space = |r: &mut Rng, out: &mut String| {
                out.push_str(["", "", " ", "\n", "\t ", "\r\n"][r.below(6)]);
            };
            match r.below(if depth > 3 { 5 } else { 8 }) {
                0 => string(r, out),
                1 => number(r, out),
                2 => out.push_str(["true", "false", "null"][r.below(3)]),
                3 => {
                    // Nesting round serde_json's limit.
                    let n = [1, 2, 125, 126, 127, 128][r.below(6)];
                    out.push_str(&"[".repeat(n));
                    number(r, out);
                    out.push_str(&"]".repeat(n));
                }
                4 => string(r, out),
                5 | 6 => {
                    out.push('{');
                    for i in 0..r.below(4) {
                        if i > 0 {
                            out.push(',');
                        }
                        space(r, out);
                        const KEYS: [&str; 6] = [
                            "\"version\"",
                            "\"reached\"",
                            "\"service\"",
                            "\"x\"",
                            "\"\"",
                            "\"a\\u0062\"",
                        ];
                        out.push_str(KEYS[r.below(KEYS.len())]);
                        space(r, out);
                        out.push(':');
                        space(r, out);
                        value(r, out, depth + 1);
                        space(r, out);
                    }
                    out.push('}');
                }
                _ => {
                    out.push('[');
                    for i in 0..r.below(4) {
                        if i > 0 {
                            out.push(',');
                        }
                        space(r, out);
                        value(r, out, depth + 1);
                    }
                    out.push(']');
                }
            }
        }
        // Numbers round a double's limit, as serde_json reads them.
        let long = format!("1{}", "0".repeat(400));
        let tiny = format!("0.{}1e400", "0".repeat(400));
        for (n, read) in [
            ("1e308", true),
            ("-1.7976931348623157e308", true),
            ("1.7976931348623159e308", false),
            ("17976931348623159e292", false),
            ("1e309", false),
            ("-1E+400", false),
            ("10e308", false),
            ("0.1e310", false),
            ("0.001e310", true),
            ("0e999999999999999999999", true),
            ("0.000e400", true),
            ("1e-400", true),
            ("1e99999999999999999999999", false),
            (long.as_str(), false),
            (tiny.as_str(), true),
        ] {
            let text = format!("{{\"reached\":\"queue\",\"x\":{n}}}");
            let serde = serde_json::from_str::<serde_json::Value>(&text).is_ok();
            assert_eq!(serde, read, "serde_json: {n}");
            assert_eq!(TopLevel::read(&text).is_some(), read, "the checker: {n}");
        }
        let mut r = Rng(0x9e37_79b9_7f4a_7c15);
        let (mut objects, mut refused) = (0, 0);
        for _ in 0..60_000 {
            let mut text = String::new();
            // A top-level object mostly, with a step and a service of the
            // app's own often.
            if r.below(6) == 0 {
                value(&mut r, &mut text, 0);
            } else {
                text.push('{');
                let steps = [
                    "\"queue\"",
                    "\"documents\"",
                    "\"family\"",
                    "\"nowhere\"",
                    "1",
                ];
                let services = ["\"00403001\"", "\"00403002\"", "\"00403009\"", "null"];
                let mut fields = vec![
                    format!("\"reached\":{}", steps[r.below(steps.len())]),
                    format!("\"service\":{}", services[r.below(services.len())]),
                    format!(
                        "\"version\":{}",
                        ["2", "1", "3", "\"2\"", "2.0"][r.below(5)]
                    ),
                ];
                for _ in 0..r.below(3) {
                    let mut v = String::new();
                    value(&mut r, &mut v, 1);
                    fields.push(format!("\"x{}\":{v}", r.below(9)));
                }
                for _ in 0..fields.len() {
                    let i = r.below(fields.len());
                    let j = r.below(fields.len());
                    fields.swap(i, j);
                }
                fields.truncate(1 + r.below(fields.len()));
                text.push_str(&fields.join([",", ", ", ",\n  "][r.below(3)]));
                text.push('}');
            }
            // Damaged in up to three places (or not at all).
            for _ in 0..r.below(4) {
                let cut: Vec<usize> = text
                    .char_indices()
                    .map(|(i, _)| i)
                    .chain([text.len()])
                    .collect();
                let at = cut[r.below(cut.len())];
                let piece = PIECES[r.below(PIECES.len())];
                match r.below(3) {
                    0 => text.insert_str(at, piece),
                    1 if at < text.len() => {
                        let next = cut.iter().find(|&&i| i > at).copied().unwrap_or(text.len());
                        text.replace_range(at..next, piece);
                    }
                    _ if at < text.len() => {
                        let next = cut.iter().find(|&&i| i > at).copied().unwrap_or(text.len());
                        text.replace_range(at..next, "");
                    }
                    _ => text.push_str(piece),
                }
            }
            let serde = serde_json::from_str::<serde_json::Value>(&text)
                .ok()
                .filter(serde_json::Value::is_object);
            let top = TopLevel::read(&text);
            assert_eq!(
                top.is_some(),
                serde.is_some(),
                "one JSON object? the checker: {}, serde_json: {}: {text:?}",
                top.is_some(),
                serde.is_some()
            );
            let (Some(top), Some(v)) = (top, serde) else {
                refused += 1;
                continue;
            };
            objects += 1;
            for (key, raw) in [("reached", top.reached), ("service", top.service)] {
                let kept = v.get(key).and_then(serde_json::Value::as_str);
                // Escapes inside the value are left to the app (see resume_of).
                if raw.is_some_and(|s| s.contains(&b'\\')) {
                    continue;
                }
                assert_eq!(
                    raw.map(<[u8]>::to_vec),
                    kept.map(|s| s.as_bytes().to_vec()),
                    "{key}: {text:?}"
                );
            }
            let version = v.get("version").map(ToString::to_string);
            let raw = top.version.map(|b| String::from_utf8_lossy(b).into_owned());
            if raw
                .as_deref()
                .is_some_and(|s| s.len() < 19 && s.bytes().all(|b| b.is_ascii_digit()))
            {
                assert_eq!(raw, version, "version: {text:?}");
            }
        }
        // Both sides of the judgement were reached, often.
        assert!(
            objects > 5_000 && refused > 5_000,
            "{objects} objects, {refused} refused"
        );
    }
}
