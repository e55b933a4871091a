//! Languages («тіл»): Kazakh, Russian, English through Fluent.
//!
//! One bundle per language joins the rules' messages (every reason code,
//! document and ground of `kezek-rules`, in official wording) with the app's
//! own UI strings (`messages/*.ftl` of this crate). A missing message shows its
//! id, which the end-to-end tests look for.
//!
//! The browser app carries no message text: `scripts/build.sh` joins both
//! sources of each language into `messages/ui.<lang>.ftl`, and only the
//! language the parent reads is fetched ([`load`], before the app mounts and
//! when the parent switches). Native builds and the component tests (feature
//! `bundled-messages`) compile the three languages in instead.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language of the app.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    /// Қазақша.
    #[default]
    Kk,
    /// Русский.
    Ru,
    /// English.
    En,
}

impl Lang {
    /// All, in the order of the switcher.
    pub const ALL: [Lang; 3] = [Lang::Kk, Lang::Ru, Lang::En];

    /// BCP 47 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Kk => "kk",
            Lang::Ru => "ru",
            Lang::En => "en",
        }
    }

    /// The language's own name, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::Kk => "Қазақша",
            Lang::Ru => "Русский",
            Lang::En => "English",
        }
    }

    /// From a code like `ru-RU`; `None` when not one of ours.
    pub fn from_code(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase();
        Lang::ALL
            .into_iter()
            .find(|l| c == l.code() || c.starts_with(&format!("{}-", l.code())))
    }

    /// The first of the browser's preferred languages that Kezek speaks.
    pub fn pick<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        preferred
            .into_iter()
            .find_map(Lang::from_code)
            .unwrap_or_default()
    }

    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn app_ftl(self) -> &'static str {
        match self {
            Lang::Kk => include_str!("../messages/kk.ftl"),
            Lang::Ru => include_str!("../messages/ru.ftl"),
            Lang::En => include_str!("../messages/en.ftl"),
        }
    }

    /// Where the built site serves this language's messages (the rules' and
    /// the app's, joined by `scripts/build.sh`); in the first screen's
    /// module, only those of the first screen ([`first_screen_only`]).
    pub fn messages_url(self) -> String {
        if FIRST_SCREEN_ONLY.with(Cell::get) {
            return format!("messages/first.{}.ftl", self.code());
        }
        format!("messages/ui.{}.ftl", self.code())
    }

    /// Where the built site serves the service catalogue's messages (in the
    /// first screen's module: the same file as [`Lang::messages_url`]).
    pub fn catalogue_url(self) -> String {
        if FIRST_SCREEN_ONLY.with(Cell::get) {
            return self.messages_url();
        }
        format!("messages/catalogue.{}.ftl", self.code())
    }
}

thread_local! {
    /// Set by the first screen's module (`src/bin/first.rs`).
    static FIRST_SCREEN_ONLY: Cell<bool> = const { Cell::new(false) };
    /// The message ids asked for so far, when recording ([`record_messages`]).
    static RECORDED: RefCell<Option<BTreeSet<String>>> = const { RefCell::new(None) };
}

/// From now on, this module fetches only the first screen's messages:
/// `messages/first.<lang>.ftl`, which `scripts/prerender.mjs` writes with the
/// messages the first screen asks for (the UI's and the catalogue's).
pub fn first_screen_only() {
    FIRST_SCREEN_ONLY.with(|f| f.set(true));
}

/// Records every message id asked for from now on, on `<html
/// data-kezek-messages="id id …">` (`scripts/prerender.mjs` reads it with
/// `?record-messages`, to know which messages the first screen shows).
pub fn record_messages() {
    RECORDED.with(|r| *r.borrow_mut() = Some(BTreeSet::new()));
}

fn recorded(id: &str) {
    RECORDED.with(|r| {
        let mut r = r.borrow_mut();
        let Some(ids) = r.as_mut() else { return };
        if ids.insert(id.to_owned()) {
            let joined = ids.iter().map(String::as_str).collect::<Vec<_>>().join(" ");
            if let Some(el) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = el.set_attribute("data-kezek-messages", &joined);
            }
        }
    });
}

thread_local! {
    /// Fluent sources fetched so far, by URL (the text of a URL never changes
    /// while the page lives).
    static FETCHED: RefCell<HashMap<String, Rc<str>>> = RefCell::new(HashMap::new());
}

/// The fetched text of `url`, if it was fetched.
pub fn fetched(url: &str) -> Option<Rc<str>> {
    FETCHED.with(|f| f.borrow().get(url).cloned())
}

/// Fetches `url` once (same origin) and keeps its text; `None` when the
/// network or the server fails.
pub async fn fetch_once(url: &str) -> Option<Rc<str>> {
    if let Some(text) = fetched(url) {
        return Some(text);
    }
    let text: Rc<str> = Rc::from(crate::platform::fetch_text(url).await?);
    FETCHED.with(|f| f.borrow_mut().insert(url.to_owned(), text.clone()));
    Some(text)
}

/// The messages of `lang`: compiled in (native, `bundled-messages`) or fetched.
fn ui_ftl(lang: Lang) -> Option<Rc<str>> {
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    {
        let joined = format!(
            "{}\n{}",
            kezek_rules::messages::ftl(lang.code()).unwrap_or_default(),
            lang.app_ftl()
        );
        Some(Rc::from(joined))
    }
    #[cfg(not(any(feature = "bundled-messages", not(target_arch = "wasm32"))))]
    {
        fetched(&lang.messages_url())
    }
}

/// Whether the messages of `lang` are at hand (no fetch needed to show it).
pub fn has_messages(lang: Lang) -> bool {
    ui_ftl(lang).is_some()
}

/// Makes the messages of `lang` available; `false` when they could not be
/// fetched (offline without the installed app, a server error).
pub async fn load(lang: Lang) -> bool {
    has_messages(lang) || fetch_once(&lang.messages_url()).await.is_some()
}

/// The translator handed down the component tree.
#[derive(Clone)]
pub struct I18n {
    /// The language.
    pub lang: Lang,
    /// Whether the service catalogue's messages are loaded (they are fetched
    /// on demand, not compiled into the app: `messages/catalogue.<lang>.ftl`).
    pub catalogue: bool,
    bundle: Rc<FluentBundle<FluentResource>>,
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        self.lang == other.lang && self.catalogue == other.catalogue
    }
}

impl std::fmt::Debug for I18n {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "I18n({})", self.lang.code())
    }
}

impl I18n {
    /// Builds the bundle of `lang`.
    pub fn new(lang: Lang) -> I18n {
        I18n::with_catalogue(lang, None)
    }

    /// Builds the bundle of `lang` with the catalogue's messages `catalogue`
    /// (the Fluent source of `messages/catalogue.<lang>.ftl`), if loaded.
    pub fn with_catalogue(lang: Lang, catalogue: Option<&str>) -> I18n {
        let langid = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![langid]);
        bundle.set_use_isolating(false);
        let ui = ui_ftl(lang).unwrap_or_else(|| Rc::from(""));
        // The first screen's module has one file for both.
        let catalogue_src = match FIRST_SCREEN_ONLY.with(Cell::get) {
            true => "",
            false => catalogue.unwrap_or_default(),
        };
        if lang == Lang::Kk {
            let _ = bundle.add_function("UNTIL", |args, _| match args.first() {
                Some(FluentValue::String(s)) => FluentValue::from(kk_until(s)),
                Some(v) => v.clone(),
                None => FluentValue::None,
            });
            let _ = bundle.add_function("AT", |args, _| match args.first() {
                Some(FluentValue::String(s)) => FluentValue::from(kk_at(s)),
                Some(v) => v.clone(),
                None => FluentValue::None,
            });
        }
        for src in [&*ui, catalogue_src] {
            let res = FluentResource::try_new(src.to_owned()).unwrap_or_else(|(res, _)| res);
            let _ = bundle.add_resource(res);
        }
        I18n {
            lang,
            catalogue: catalogue.is_some(),
            bundle: Rc::new(bundle),
        }
    }

    /// Whether `id` has a message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// The message `id`, or the id itself when missing.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with arguments.
    pub fn t_args(&self, id: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            // A whole number is passed as a number, so a message can choose
            // its plural form by CLDR rules ("3 года", "444 места").
            let number = (1..=9).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit());
            match v.parse::<f64>() {
                Ok(n) if number => fa.set(*k, FluentValue::from(n)),
                _ => fa.set(*k, FluentValue::from(v.clone())),
            }
        }
        self.format(id, Some(&fa))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        recorded(id);
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut errors = Vec::new();
        self.bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned()
    }

    /// A date as `DD.MM.YYYY` (the form used on Kazakhstan's official papers).
    pub fn date(&self, d: chrono::NaiveDate) -> String {
        d.format("%d.%m.%Y").to_string()
    }

    /// A time of day as `HH:MM` (office hours, a cut-off such as "send by
    /// 18:00", the time in [`I18n::date_time`]).
    pub fn time(&self, t: chrono::NaiveTime) -> String {
        t.format("%H:%M").to_string()
    }

    /// A moment as `DD.MM.YYYY HH:MM`: the date as [`I18n::date`] writes every
    /// date, then the time as [`I18n::time`] (the result due on step 1, the
    /// as-of banner, the queue snapshot's moment).
    pub fn date_time(&self, t: chrono::NaiveDateTime) -> String {
        format!("{} {}", self.date(t.date()), self.time(t.time()))
    }

    /// An edition warning in words (order 254's on step 5, the catalogue's
    /// on a family service's screen): its reason with the earliest day the
    /// wording can be in force (`$effective`) and the day Kezek reads it as
    /// certainly in force (`$certain`), as `EditionWarning::of` has them.
    pub fn edition_warning(&self, w: &kezek_rules::edition::EditionWarning) -> String {
        self.t_args(
            &w.reason.key(),
            &[
                ("effective", self.date(w.effective_from)),
                ("certain", self.date(w.certainly_from)),
            ],
        )
    }

    /// A citation in words, e.g. "Order No. 254, cl. 24, sub. 9" («Приказ
    /// № 254, подпункт 9) пункта 24»).
    pub fn citation(&self, c: &kezek_rules::Citation) -> String {
        // A clause of the rules order No. 414 words anew (its list item
        // `clause`, the rules' clause `sub`; no sub = the rules' title): the
        // rules are named, not order 414's own clause.
        if let (kezek_rules::citation::Act::Order414, None, None, Some(item)) =
            (c.act, c.annex, c.article, c.clause)
        {
            let rules = format!("ui-cite-rules-414-{item}");
            if self.has(&rules) {
                let place = match c.sub {
                    Some(n) => self.t_args(
                        "ui-cite-clause",
                        &[("n", n.to_string()), ("case", "in".to_owned())],
                    ),
                    None => self.t("ui-cite-title"),
                };
                return format!("{}, {place}", self.t(&rules));
            }
        }
        // The place, outermost first: (message, number).
        let mut places: Vec<(&str, String)> = Vec::new();
        if let Some(a) = c.article {
            places.push(("ui-cite-article", a.to_string()));
        }
        if let Some(a) = c.annex {
            places.push(("ui-cite-annex", a.to_string()));
        }
        if let Some(cl) = c.clause {
            let key = if c.annex.is_some() {
                "ui-cite-item"
            } else if c.article.is_some() {
                "ui-cite-point"
            } else {
                "ui-cite-clause"
            };
            places.push((key, cl.to_string()));
        }
        // A sub-clause numbered with a dash is said as the law numbers it, «2-1)».
        if let Some(s) = c.sub {
            let n = match c.sub_item {
                Some(i) => format!("{s}-{i}"),
                None => s.to_string(),
            };
            places.push(("ui-cite-sub", n));
        }
        // Each outer part around the inner ones (`ui-cite-within`): after
        // them in the genitive in ru («подпункт 9) пункта 24»), before them
        // in the genitive in kk, the inner one in the possessive
        // («24-тармақтың 9) тармақшасы»), before them in en ("cl. 24, sub.
        // 9"). `$case` is `of` for a part with an inner one; `$owned` is
        // `yes` for a part inside an outer one.
        // `places` is outermost first: every part but the first is owned.
        let part = |k: usize, (key, n): (&str, String), case: &str| {
            let owned = if k > 0 { "yes" } else { "no" };
            self.t_args(
                key,
                &[
                    ("n", n),
                    ("case", case.to_owned()),
                    ("owned", owned.to_owned()),
                ],
            )
        };
        let mut inner_first = places.into_iter().enumerate().rev();
        let place = inner_first.next().map(|(k, inner)| {
            inner_first.fold(part(k, inner, "in"), |inner, (k, outer)| {
                self.t_args(
                    "ui-cite-within",
                    &[("inner", inner), ("outer", part(k, outer, "of"))],
                )
            })
        });
        let act = self.t(&c.act.key());
        match place {
            Some(place) => format!("{act}, {place}"),
            None => act,
        }
    }
}

/// Kazakh months in the dative («қарашаға») and the locative («қарашада»).
const KK_MONTHS: [(&str, &str); 12] = [
    ("қаңтарға", "қаңтарда"),
    ("ақпанға", "ақпанда"),
    ("наурызға", "наурызда"),
    ("сәуірге", "сәуірде"),
    ("мамырға", "мамырда"),
    ("маусымға", "маусымда"),
    ("шілдеге", "шілдеде"),
    ("тамызға", "тамызда"),
    ("қыркүйекке", "қыркүйекте"),
    ("қазанға", "қазанда"),
    ("қарашаға", "қарашада"),
    ("желтоқсанға", "желтоқсанда"),
];

/// A case suffix of a time `HH:MM` by the last number said — the minutes'
/// units, their tens, or «нөл» for a whole hour (`tens[0]`): one rule for
/// every case, each case its own two tables.
fn kk_time_suffix(
    minutes: u32,
    units: &[&'static str; 10],
    tens: &[&'static str; 6],
) -> &'static str {
    match minutes % 10 {
        0 => tens[(minutes / 10).min(5) as usize],
        u => units[u as usize],
    }
}

/// The dative suffix of a time `HH:MM` as order No. 254 writes it
/// («18.30-ға», «14.00-ге»): by the last number said ([`kk_time_suffix`]).
fn kk_time_dative(minutes: u32) -> &'static str {
    const UNITS: [&str; 10] = ["", "ге", "ге", "ке", "ке", "ке", "ға", "ге", "ге", "ға"];
    const TENS: [&str; 6] = ["ге", "ға", "ға", "ға", "қа", "ге"];
    kk_time_suffix(minutes, &UNITS, &TENS)
}

/// A moment as the app writes it into a Kazakh message: a date
/// `DD.MM.YYYY`, a time `HH:MM`, or both (`DD.MM.YYYY HH:MM`). Read once, by
/// [`KkMoment::parse`], for both UNTIL ([`kk_until`]) and AT ([`kk_at`]).
struct KkMoment<'a> {
    /// The day, the month (1–12) and the year.
    date: Option<(u32, u32, u32)>,
    /// The time as written, and its minutes (its suffix goes by them).
    time: Option<(&'a str, u32)>,
}

impl<'a> KkMoment<'a> {
    /// `None` for anything else — an impossible day, month, hour or minute
    /// included (`27.11.2026 25:00` is no moment).
    fn parse(text: &'a str) -> Option<KkMoment<'a>> {
        // Exactly `len` ASCII digits.
        let number = |s: &str, len: usize| {
            (s.len() == len && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse::<u32>().ok())
                .flatten()
        };
        let date = |d: &str| {
            let mut parts = d.split('.');
            let day = number(parts.next()?, 2).filter(|d| (1..=31).contains(d))?;
            let month = number(parts.next()?, 2).filter(|m| (1..=12).contains(m))?;
            let year = number(parts.next()?, 4)?;
            parts.next().is_none().then_some((day, month, year))
        };
        let minutes = |t: &str| {
            let (h, m) = t.split_once(':')?;
            number(h, 2).filter(|&h| h < 24)?;
            number(m, 2).filter(|&m| m < 60)
        };
        Some(match text.split_once(' ') {
            Some((d, t)) => KkMoment {
                date: Some(date(d)?),
                time: Some((t, minutes(t)?)),
            },
            None => match minutes(text) {
                Some(m) => KkMoment {
                    date: None,
                    time: Some((text, m)),
                },
                None => KkMoment {
                    date: Some(date(text)?),
                    time: None,
                },
            },
        })
    }
}

/// `DD.MM.YYYY` (and `DD.MM.YYYY HH:MM`) followed by «дейін», as the orders
/// write dates: «2026 жылғы 27 қарашаға дейін», «2026 жылғы 27 қарашада сағат
/// 18:00-ге дейін»; a time alone `HH:MM` as «18:00-ге дейін». Anything else
/// (an impossible hour or minute too) is left as it is, with «дейін».
fn kk_until(text: &str) -> String {
    match KkMoment::parse(text) {
        Some(KkMoment {
            date: Some((day, month, year)),
            time: None,
        }) => {
            let (dative, _) = KK_MONTHS[month as usize - 1];
            format!("{year} жылғы {day} {dative} дейін")
        }
        Some(KkMoment {
            date: Some((day, month, year)),
            time: Some((time, m)),
        }) => {
            let (_, locative) = KK_MONTHS[month as usize - 1];
            let suffix = kk_time_dative(m);
            format!("{year} жылғы {day} {locative} сағат {time}-{suffix} дейін")
        }
        // A time alone (the message says «сағат» before it).
        Some(KkMoment {
            date: None,
            time: Some((time, m)),
        }) => format!("{time}-{} дейін", kk_time_dative(m)),
        _ => format!("{text} дейін"),
    }
}

/// The locative suffix of a time `HH:MM` («сағат 18:00-де», «18:30-да»): by
/// the last number said, as [`kk_time_dative`] (a whole hour, «нөл»).
fn kk_time_locative(minutes: u32) -> &'static str {
    const UNITS: [&str; 10] = ["", "де", "де", "те", "те", "те", "да", "де", "де", "да"];
    const TENS: [&str; 6] = ["де", "да", "да", "да", "та", "де"];
    kk_time_suffix(minutes, &UNITS, &TENS)
}

/// `DD.MM.YYYY HH:MM` (or `DD.MM.YYYY`, or `HH:MM`) in the locative, a
/// moment something happens at: «2026 жылғы 27 қарашада сағат 09:00-де»,
/// «2026 жылғы 27 қарашада», «09:00-де» (the message says «сағат» before a
/// time alone). Anything else (an impossible hour or minute too) is left as
/// it is.
fn kk_at(text: &str) -> String {
    match KkMoment::parse(text) {
        Some(KkMoment {
            date: Some((day, month, year)),
            time,
        }) => {
            let (_, locative) = KK_MONTHS[month as usize - 1];
            match time {
                Some((t, m)) => format!(
                    "{year} жылғы {day} {locative} сағат {t}-{}",
                    kk_time_locative(m)
                ),
                None => format!("{year} жылғы {day} {locative}"),
            }
        }
        Some(KkMoment {
            date: None,
            time: Some((t, m)),
        }) => format!("{t}-{}", kk_time_locative(m)),
        _ => text.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_language_picks_the_default() {
        assert_eq!(Lang::pick(["ru-RU", "en"]), Lang::Ru);
        assert_eq!(Lang::pick(["de", "en-GB"]), Lang::En);
        assert_eq!(Lang::pick(["de"]), Lang::Kk);
        assert_eq!(Lang::pick(["kk-KZ"]), Lang::Kk);
    }

    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn every_ui_and_rules_message_exists_in_every_language() {
        let ids = |src: &str| -> Vec<String> {
            src.lines()
                .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
                .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
                .collect()
        };
        let en = ids(Lang::En.app_ftl());
        assert!(!en.is_empty());
        // Said only on a printed form translated from the Kazakh
        // (`steps::handoff::annex_mark`): the kk print is the form itself,
        // and kk has no such message (review45: its text was never shown).
        let translated_print_only = ["ui-print-translation"];
        for lang in Lang::ALL {
            let expected: Vec<String> = en
                .iter()
                .filter(|k| lang != Lang::Kk || !translated_print_only.contains(&k.as_str()))
                .cloned()
                .collect();
            assert_eq!(
                ids(lang.app_ftl()),
                expected,
                "{lang:?} app messages differ from en"
            );
            let i = I18n::new(lang);
            for k in kezek_rules::messages::all_keys() {
                assert!(i.has(&k), "{lang:?}: {k}");
            }
            for k in &expected {
                assert!(i.has(k), "{lang:?}: {k}");
            }
        }
    }

    /// Step 1's "result by" and the as-of banner write their moment with the
    /// app's date, as every other date is written (they formatted it with
    /// chrono themselves); in kk, «дейін» reads it (UNTIL) into the orders'
    /// form.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_moment_is_written_with_the_apps_date_in_kk() {
        let kk = I18n::new(Lang::Kk);
        let t = chrono::NaiveDate::from_ymd_opt(2026, 11, 27)
            .unwrap()
            .and_hms_opt(9, 5, 0)
            .unwrap();
        assert_eq!(kk.date_time(t), format!("{} 09:05", kk.date(t.date())));
        let by = kk.t_args("ui-result-by", &[("when", kk.date_time(t))]);
        assert_eq!(
            by,
            "Қазір берсеңіз, нәтиже 2026 жылғы 27 қарашада сағат 09:05-ке дейін беріледі."
        );
        let banner = kk.t_args("ui-as-of-banner", &[("date", kk.date_time(t))]);
        assert!(banner.contains("27.11.2026 09:05"), "{banner}");
    }

    #[test]
    fn numbers_take_their_plural_form_by_cldr_rules() {
        let ru = I18n::new(Lang::Ru);
        let worth = |n: &str| {
            ru.t_args(
                "ui-queue-worth",
                &[("n", n.into()), ("general", "451".into())],
            )
        };
        assert!(worth("444").contains("на 444 места"), "{}", worth("444"));
        assert!(worth("5").contains("на 5 мест"));
        assert!(worth("21").contains("на 21 место"));
        // ru's CLDR categories are one, few, many and other; the default is
        // [other] (a fraction: «1,5 места»), [many] said as its own variant
        // (language review 20, F1: the default was *[many]).
        assert!(worth("1.5").contains("места"), "{}", worth("1.5"));
        let days = |n: &str| ru.t_args("ui-term-calendar-days", &[("n", n.into())]);
        assert!(days("11").ends_with("календарных дней"), "{}", days("11"));
        assert!(days("0.5").ends_with("календарного дня"), "{}", days("0.5"));
        #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
        for line in Lang::Ru.app_ftl().lines() {
            if line.trim_start().starts_with("*[") {
                assert!(line.trim().starts_with("*[other]"), "{line}");
            }
        }
        let age = ru.t_args(
            "ui-age-now",
            &[("years", "3".into()), ("months", "5".into())],
        );
        assert!(age.contains("3 года"), "{age}");
        let en = I18n::new(Lang::En);
        let one = en.t_args(
            "ui-age-now",
            &[("years", "1".into()), ("months", "1".into())],
        );
        assert_eq!(one, "Now: 1 year 1 month.");
    }

    /// A word that mixes Latin and Cyrillic letters (a Latin "i" typed for
    /// the Kazakh "і") looks right and is not found by search or read aloud
    /// correctly by a screen reader.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn no_word_mixes_latin_and_cyrillic_letters() {
        let mut mixed = Vec::new();
        for lang in Lang::ALL {
            let code = lang.code();
            let files = [
                ("app", lang.app_ftl()),
                ("rules", kezek_rules::messages::ftl(code).unwrap()),
                (
                    "catalogue",
                    kezek_rules::messages::catalogue_ftl(code).unwrap(),
                ),
            ];
            for (file, src) in files {
                for (n, line) in src.lines().enumerate() {
                    for word in line.split(|c: char| !c.is_alphabetic()) {
                        let latin = word.chars().any(|c| c.is_ascii_alphabetic());
                        let cyrillic = word.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
                        if latin && cyrillic {
                            mixed.push(format!("{code} {file}:{}: {word}", n + 1));
                        }
                    }
                }
            }
        }
        assert!(mixed.is_empty(), "{mixed:#?}");
    }

    /// Kazakh texts use the orders' own terms: the provider is «көрсетілетін
    /// қызметті беруші» (order No. 254, cl. 4), not the colloquial «қызмет
    /// беруші»; a sanatorium group is «санаториялық» (cl. 27), not
    /// «санаторийлік»; cl. 22 checks the right to an out-of-turn or
    /// first-priority place («кезектен тыс немесе бірінші кезекті орын алуға
    /// құқығын»), not a «кезектілік құқығы» — a right to the queue order,
    /// which every applicant has (language review 20, M4).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_texts_use_the_orders_terms() {
        // (the form a text must not use, the orders' term)
        const TERMS: &[(&str, &str)] = &[
            ("қызмет беруш", "көрсетілетін қызметті беруші"),
            ("санаторийлік", "санаториялық"),
            (
                "кезектілік құқығ",
                "кезектен тыс немесе бірінші кезекте орын алу құқығы",
            ),
        ];
        let kk = [
            Lang::Kk.app_ftl(),
            kezek_rules::messages::ftl("kk").unwrap(),
            kezek_rules::messages::catalogue_ftl("kk").unwrap(),
        ];
        let mut colloquial = Vec::new();
        for line in kk.iter().flat_map(|src| src.lines()) {
            let lower = line.to_lowercase();
            for (wrong, right) in TERMS {
                if lower.contains(wrong) {
                    colloquial.push(format!("«{wrong}» for «{right}»: {line}"));
                }
            }
        }
        assert!(colloquial.is_empty(), "{colloquial:#?}");
    }

    /// The provider of queue registration is named as order No. 254 names it
    /// (cl. 4, Annex 2 p. 1: «аудандардың, облыстық маңызы бар қалалардың
    /// білім бөлімдері»): «білім бөлімі», as ui-channel-provider-office says,
    /// not «білім беру бөлімі», which the order never uses (language review
    /// 20, T1).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_texts_name_the_education_department_as_the_order_does() {
        let kk = [
            Lang::Kk.app_ftl(),
            kezek_rules::messages::ftl("kk").unwrap(),
            kezek_rules::messages::catalogue_ftl("kk").unwrap(),
        ];
        let mut wrong = Vec::new();
        for line in kk.iter().flat_map(|src| src.lines()) {
            let lower = line.to_lowercase();
            // The administrations are «білім басқармалары» (cl. 4), not
            // «білім беру басқармасы», as the departments are not «білім беру
            // бөлімі».
            if lower.contains("білім беру бөлім") || lower.contains("білім беру басқарма")
            {
                wrong.push(line.to_owned());
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// cl. 4 and Annex 2 p. 1: queue registration is provided by «республикалық
    /// маңызы бар қалалардың және астананың білім басқармалары, аудандардың,
    /// облыстық маңызы бар қалалардың білім бөлімдері» — in Astana, Almaty and
    /// Shymkent the city's education administration, elsewhere the district's
    /// or town's education department. Every kk, ru and en text of the app and
    /// the rules that names the provider names both, as order No. 414 does
    /// («білім бөлімінің (басқармасының)»): kk «білім бөлімі (басқармасы)» in
    /// its case, ru «отдел (управление) образования» in its case, en "education
    /// department" with the three cities' administration beside it. A parent
    /// there was sent to a «білім бөлімі» / «отдел образования» her city does
    /// not have. (Admission's provider is the preschool, Annex 4 p. 1.)
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl4_the_provider_is_named_with_the_cities_administration_in_every_text() {
        /// The text right after each occurrence of `word` (lowercased), from
        /// the end of the word it starts.
        fn after_each<'a>(line: &'a str, word: &str) -> Vec<(&'a str, &'a str)> {
            let mut out = Vec::new();
            let mut from = 0;
            while let Some(i) = line[from..].find(word) {
                let start = from + i;
                let rest = &line[start..];
                let end = rest
                    .char_indices()
                    .skip(word.chars().count())
                    .find(|(_, c)| !c.is_alphabetic())
                    .map_or(rest.len(), |(j, _)| j);
                out.push((&rest[..end], &rest[end..]));
                from = start + end;
            }
            out
        }
        let mut bare = Vec::new();
        for lang in [Lang::Kk, Lang::Ru, Lang::En] {
            let code = format!("{lang:?}").to_lowercase();
            let rules = kezek_rules::messages::ftl(&code).unwrap();
            for line in [lang.app_ftl(), rules]
                .iter()
                .flat_map(|src| src.lines())
                .filter(|l| !l.starts_with('#'))
            {
                let lower = line.to_lowercase();
                let named = match lang {
                    // «білім бөліміне (басқармасына)», or step 1's «білім
                    // бөлімінде немесе білім басқармасында».
                    Lang::Kk => after_each(&lower, "білім бөлім")
                        .into_iter()
                        .all(|(_, next)| {
                            next.starts_with(" (басқарма")
                                || next.starts_with(" немесе білім басқарма")
                        }),
                    // «в отделе (управлении) образования»; never «отдел
                    // образования» in any case.
                    Lang::Ru => after_each(&lower, "отдел")
                        .into_iter()
                        .all(|(_, next)| !next.starts_with(" образования")),
                    Lang::En => {
                        after_each(&lower, "education department")
                            .into_iter()
                            .all(|(_, next)| {
                                next.starts_with(" or administration")
                                    || next
                                        .chars()
                                        .take(60)
                                        .collect::<String>()
                                        .contains("in astana, almaty and shymkent")
                            })
                    }
                };
                if !named {
                    bare.push(format!("{lang:?}: {line}"));
                }
            }
        }
        assert!(bare.is_empty(), "{bare:#?}");
    }

    /// Russian texts say cl. 22 as it is: the right checked is to an
    /// out-of-turn or first-priority place («право на внеочередное или
    /// первоочередное получение места»), not «право на очередность» (M4), and
    /// the application is registered after the documents' confirmation
    /// («Тек құжаттар расталғаннан кейін»), not after «их проверки» (M5;
    /// language review 20).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn russian_texts_say_cl22s_right_and_its_confirmation() {
        let ru = [
            Lang::Ru.app_ftl(),
            kezek_rules::messages::ftl("ru").unwrap(),
            kezek_rules::messages::catalogue_ftl("ru").unwrap(),
        ];
        let mut wrong = Vec::new();
        for line in ru.iter().flat_map(|src| src.lines()) {
            let lower = line.to_lowercase();
            for w in ["право на очередность", "после их проверки"]
            {
                if lower.contains(w) {
                    wrong.push(format!("«{w}»: {line}"));
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
    }

    /// The order says nothing of a lapsed referral nor of taking a new one
    /// (cl. 26: a general-queue referral is issued «өтініш берушінің
    /// бастамасы бойынша», at the applicant's initiative). Step 6 said, in all
    /// three languages, that she cannot get one again herself (language
    /// review 20, M6); it says the order is silent, and whom to ask. kk
    /// «пайдалану» takes the accusative («оны», not «онымен»).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn an_expired_referral_is_not_said_to_be_beyond_a_new_one() {
        for (lang, silent, not) in [
            (Lang::En, "The order does not say", "get again"),
            (Lang::Ru, "приказ не говорит", "самостоятельно не получить"),
            (Lang::Kk, "бұйрықта айтылмаған", "ала алмайсыз"),
        ] {
            let text =
                I18n::new(lang).t_args("ui-referral-expired-on", &[("date", "20.11.2026".into())]);
            assert!(
                text.contains(silent) && !text.contains(not),
                "{lang:?}: {text}"
            );
            assert!(!text.contains("онымен"), "{lang:?}: {text}");
        }
    }

    /// Words language review 20 found colloquial, misleading or not the
    /// app's own term, in every kk and ru text (the app's, the rules', the
    /// catalogue's): G2–G7, T2–T4.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_and_russian_texts_avoid_the_reviews_wrong_words() {
        // (language, word, why)
        const WRONG: &[(Lang, &str, &str)] = &[
            (
                Lang::Ru,
                "действительно ли",
                "reads as 'really?' (G4): «действует ли»",
            ),
            (Lang::Ru, "какого-то", "colloquial, noun left out (G2, G6)"),
            (Lang::Ru, "кончается", "colloquial (G7): «заканчивается»"),
            (Lang::Ru, "может считать", "'count with years' (G7)"),
            (
                Lang::Ru,
                "спросите детский сад",
                "colloquial (G3): «спросите в …»",
            ),
            (
                Lang::Ru,
                "системы очередности",
                "the app's name is «система управления очередью» (T2)",
            ),
            (
                Lang::Ru,
                "ваше удостоверение личности",
                "one card; «документ, удостоверяющий личность» (T3)",
            ),
            (
                Lang::Ru,
                ": пункт не называет порядка",
                "a sub-item: «подпункт» (T4)",
            ),
            (Lang::Kk, "қасыңызда", "colloquial (G2): «өзіңізде»"),
            (Lang::Kk, "қайсыбір", "(G2): «қандай да бір»"),
            (
                Lang::Kk,
                "алып жүргенде",
                "'while carrying' (G3): «алғанша»",
            ),
            (
                Lang::Kk,
                "-тармақшасы",
                "a sub-item is «1) тармақшасы» (G3)",
            ),
            (
                Lang::Kk,
                "таңдайтын түрлері",
                "active participle, 'kinds that choose' (G5)",
            ),
        ];
        let mut found = Vec::new();
        for &(lang, word, why) in WRONG {
            let code = lang.code();
            let files = [
                lang.app_ftl(),
                kezek_rules::messages::ftl(code).unwrap(),
                kezek_rules::messages::catalogue_ftl(code).unwrap(),
            ];
            for line in files.iter().flat_map(|src| src.lines()) {
                if line.to_lowercase().contains(word) {
                    found.push(format!("{code} «{word}», {why}: {line}"));
                }
            }
        }
        assert!(found.is_empty(), "{found:#?}");
    }

    /// The walkthrough of 02.12.2026 (item 4): «Қауіпсізі —», «… көрсеткен
    /// қауіпсіз» calqued ru «надежнее» ("it is safe[r] to"), and the badge
    /// «қауіп бар» ("there is danger") alarmed more than ru «под угрозой».
    /// The originals' day is said plainly («… дейін көрсетіңіз»,
    /// «сенімдірек»), the badge «қатерде» ("at risk"). Checked on the texts
    /// changed then; others still to review are listed in that commit.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_originals_texts_and_the_at_risk_badge_do_not_speak_of_danger() {
        // Every Kazakh text (the app's, the rules', the catalogue's), not only
        // the ones changed then: the reading line of step 6 and the reason
        // of the portal after hours kept «қауіпсіз», «Қауіп бар».
        let kk = [
            Lang::Kk.app_ftl(),
            kezek_rules::messages::ftl("kk").unwrap(),
            kezek_rules::messages::catalogue_ftl("kk").unwrap(),
        ];
        let mut alarming = Vec::new();
        for line in kk.iter().flat_map(|src| src.lines()) {
            if line.to_lowercase().contains("қауіп") {
                alarming.push(line.to_owned());
            }
        }
        assert!(alarming.is_empty(), "{alarming:#?}");
    }

    /// Kezek's earlier, safer day is a reading, not the order's deadline: where
    /// en says "to be safe" (or "the safe side"), kk says «сенімді(рек)» and
    /// ru «надежн…» (or «не рисковать»). kk had a bare order in four texts
    /// («… көрсетіңіз», «… алмаңыз»), so the reading's day read as the order's
    /// own (language review 20, M2).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_day_said_to_be_safe_stays_a_hedge_in_kk_and_ru() {
        use kezek_rules::messages::{ftl, message_value};
        let files = |lang: Lang| [lang.app_ftl(), ftl(lang.code()).unwrap()];
        let mut bare = Vec::new();
        for (en, (kk, ru)) in files(Lang::En)
            .into_iter()
            .zip(files(Lang::Kk).into_iter().zip(files(Lang::Ru)))
        {
            for line in en.lines() {
                let Some((id, text)) = line.split_once(" = ") else {
                    continue;
                };
                let lower = text.to_lowercase();
                if !(lower.contains("to be safe") || lower.contains("the safe side")) {
                    continue;
                }
                let kk = message_value(kk, id).unwrap_or_default();
                if !kk.to_lowercase().contains("сенімді") {
                    bare.push(format!("kk {id}: {kk}"));
                }
                let ru = message_value(ru, id).unwrap_or_default().to_lowercase();
                if !(ru.contains("надежн") || ru.contains("не рисковать")) {
                    bare.push(format!("ru {id}: {ru}"));
                }
            }
        }
        assert!(bare.is_empty(), "{bare:#?}");
    }

    /// A day the parent may still act on is said as included: ru «не позднее»,
    /// kk «кешіктірмей», as en's "by"; ru «до него», «до последнего …» and kk
    /// «… күнге дейін» read as "before that day", one day earlier (language
    /// review 20, M2, M3).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_safe_day_to_act_by_is_said_as_included() {
        use kezek_rules::messages::{ftl, message_value};
        for id in [
            "reason-schedule-originals-first-day-reading",
            "reason-doc-last-day-non-working-reading",
            "reason-doc-referral-at-risk-cl22-reading",
        ] {
            // The advice: what follows the text's last colon.
            let advice = |lang: &str| {
                let text = message_value(ftl(lang).unwrap(), id).unwrap();
                text.rsplit_once(':').map_or(text, |(_, a)| a)
            };
            let en = advice("en");
            assert!(en.contains(" by "), "en {id}: {en}");
            let ru = advice("ru");
            assert!(
                ru.contains("не позднее") && !ru.contains(" до "),
                "ru {id}: {ru}"
            );
            let kk = advice("kk");
            assert!(
                kk.contains("кешіктірмей") && !kk.contains("дейін"),
                "kk {id}: {kk}"
            );
        }
    }

    /// Law review 21, F3.1–F3.3, F3.5: a last day a parent may still act on
    /// is said as included. The order's own words for these days are
    /// «кешіктірмей» (cl. 22, cl. 30, cl. 34 p. 1) and «ішінде» (Annex 4 p. 8
    /// sub. 1); «дейін» / «до» / "before" read as excluding the day. kk:
    /// Kezek's count for the originals as «… қоса алғанда», as
    /// ui-originals-reading says it (both days, every variant); the referral's last day
    /// in the PMPC reading as «кешіктірмей» / «не позднее» / "at the latest";
    /// a day off that is the last valid day as valid through it. kk: the
    /// reception ended at its time, not «аяқталды (сағат …-ға дейін)» ("ended
    /// (until …)"); Annex 2/4 p. 7 sub. 1 «…17.30-ға дейін жүзеге асырылады».
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kk_and_ru_say_a_last_day_as_included_and_the_reception_s_end_as_its_time() {
        use kezek_rules::messages::{ftl, message_value};
        let args = [
            ("docs", "X".to_owned()),
            ("safe", "17.12.2026".to_owned()),
            ("date", "18.12.2026".to_owned()),
            ("time", "17:30".to_owned()),
        ];
        let kk = I18n::new(Lang::Kk);
        for from in ["sending", "handing-in", "applying", "referral"] {
            for passed in ["yes", "no"] {
                let mut args = args.to_vec();
                args.push(("from", from.to_owned()));
                args.push(("passed", passed.to_owned()));
                let text = kk.t_args("ui-originals-reading", &args);
                assert!(
                    text.contains("18.12.2026 қоса алғанда")
                        && !text.contains("дейін")
                        && text.contains("17.12.2026"),
                    "{from} {passed}: {text}"
                );
            }
        }
        for id in [
            "ui-docs-originals-closed-today",
            "ui-done-admission-originals-closed-today",
        ] {
            let text = kk.t_args(id, &args);
            assert!(
                !text.contains("аяқталды (сағат")
                    && text.contains("қабылдау сағат 17:30-ға дейін жүзеге асырылады"),
                "{id}: {text}"
            );
        }
        let rules = |lang: &str, id: &str| message_value(ftl(lang).unwrap(), id).unwrap();
        for (lang, included, excluded) in [
            ("kk", "соңғы күнінен кешіктірмей", "соңғы күніне дейін"),
            (
                "ru",
                "не позднее его последнего дня",
                "до его последнего дня",
            ),
            ("en", "by its last day at the latest", "before its last day"),
        ] {
            let text = rules(lang, "reason-doc-pmpc-kindergarten-reading");
            assert!(
                text.contains(included) && !text.contains(excluded),
                "{lang}: {text}"
            );
        }
        for (lang, included, excluded) in [
            ("kk", "сол күнді қоса алғанда жарамды", "сол күнге дейін"),
            ("ru", "по этот день включительно", "до этого дня"),
        ] {
            let text = rules(lang, "reason-doc-last-day-non-working-reading");
            assert!(
                text.contains(included) && !text.contains(excluded),
                "{lang}: {text}"
            );
        }
    }

    /// Law review 21, F4.2: the order never says an original is returned —
    /// cl. 8 only forbids asking for notarised copies of documents «…
    /// салыстырып-тексеруі үшін түпнұсқалары ұсынылған», cl. 22 has the
    /// originals shown «тексеру үшін», and Annex 4 p. 8 lists the 065/у card
    /// and the 027/у certificate with no word of their return. The note on
    /// each original a parent brings says the order is silent, not that it
    /// comes back.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn an_original_is_not_promised_back_the_order_being_silent() {
        for (lang, silent, promise) in [
            (
                Lang::En,
                "The order does not say whether the original is returned",
                "is returned after",
            ),
            (
                Lang::Ru,
                "Приказ не говорит, возвращают ли оригинал",
                "возвращается после",
            ),
            (
                Lang::Kk,
                "бұйрық айтпайды",
                "тексерілгеннен кейін қайтарылады",
            ),
        ] {
            let text = I18n::new(lang).t("ui-original-note");
            assert!(
                text.contains(silent) && !text.contains(promise),
                "{lang:?}: {text}"
            );
        }
    }

    /// cl. 22: the one wording of the originals' two days
    /// (`ui-originals-reading`, step 1, step 6 and the hand-off) names each
    /// day once, whatever the event the days run from and whether the safe
    /// day has gone by (walk of 05.12.2026: «не позднее 27.11.2026 …
    /// (27.11.2026 — если первым из 5 рабочих дней…»); en, kk and ru say
    /// the later day is Kezek's reading, and which day is the safe one.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_the_originals_reading_names_each_day_once_and_which_is_kezeks() {
        for (lang, safe_words, kezek) in [
            (Lang::Kk, "Сенімдірек", "Kezek түсіндірмесі"),
            (Lang::Ru, "Надежн", "толкование текста Kezek"),
            (Lang::En, "To be safe", "Kezek's reading of the text"),
        ] {
            let i = I18n::new(lang);
            for from in ["sending", "handing-in", "applying", "referral"] {
                for passed in ["yes", "no"] {
                    let text = i.t_args(
                        "ui-originals-reading",
                        &[
                            ("safe", "27.11.2026".to_owned()),
                            ("date", "30.11.2026".to_owned()),
                            ("from", from.to_owned()),
                            ("passed", passed.to_owned()),
                        ],
                    );
                    assert_eq!(text.matches("27.11.2026").count(), 1, "{text}");
                    assert_eq!(text.matches("30.11.2026").count(), 1, "{text}");
                    assert!(text.starts_with(safe_words), "{lang:?}: {text}");
                    // The safe day comes first, Kezek's day after, said as his reading.
                    let later = text.find("30.11.2026").unwrap();
                    assert!(text.find("27.11.2026").unwrap() < later, "{text}");
                    assert!(text.contains(kezek), "{lang:?}: {text}");
                    assert!(!text.contains('{'), "{lang:?} {from} {passed}: {text}");
                }
            }
        }
    }

    /// cl. 18: the age cut-off (the sixth birthday before 1 September is
    /// "older than 6") is Kezek's reading; step 5's queue card, which says
    /// the age bars the queues, says it is that reading of cl. 18 (walk of
    /// 05.12.2026: it said the bar as a rule).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl18_the_age_bar_on_step_5_is_told_as_kezeks_reading() {
        for (lang, reading, clause) in [
            (Lang::Kk, "Kezek түсіндірмес", "18-тармақ"),
            (Lang::Ru, "толкованию Kezek", "пункта 18"),
            (Lang::En, "Kezek's reading", "cl. 18"),
        ] {
            let text = kezek_rules::messages::message_value(lang.app_ftl(), "ui-queues-age-bars")
                .expect("a text");
            assert!(text.contains(reading), "{lang:?}: {text}");
            assert!(text.contains(clause), "{lang:?}: {text}");
        }
    }

    /// cl. 13: the sanatorium queues are «оңалту/алдын алу түрлері бойынша»
    /// (by kind of rehabilitation or prevention); the choice on step 2 says
    /// rehabilitation, not "health improvement" (kk «сауықтыру», ru
    /// «оздоровление»), in every language.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl13_the_sanatorium_choice_says_rehabilitation() {
        for (lang, word) in [
            (Lang::Kk, "оңалту"),
            (Lang::Ru, "реабилитац"),
            (Lang::En, "rehabilitation"),
        ] {
            let text = kezek_rules::messages::message_value(
                lang.app_ftl(),
                "ui-sanatorium-rehabilitation",
            )
            .expect("a text");
            assert!(text.contains(word), "{lang:?}: {text}");
        }
    }

    /// «дейін» (until) takes the dative: a Kazakh date before it is written
    /// as the orders write dates («2026 жылғы 27 қарашаға дейін»), not as a
    /// bare «27.11.2026 дейін»; a time takes its dative suffix as order
    /// No. 254 writes it («сағат 18.30-ға дейін», «14.00-ге дейін»).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_dates_take_the_dative_before_until() {
        let kk = I18n::new(Lang::Kk);
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                "ui-originals-by",
                "date",
                "27.11.2026",
                "2026 жылғы 27 қарашаға дейін",
            ),
            (
                "ui-originals-by",
                "date",
                "01.09.2027",
                "2027 жылғы 1 қыркүйекке дейін",
            ),
            (
                "ui-docs-originals",
                "safe",
                "05.04.2026",
                "2026 жылғы 5 сәуірге дейін",
            ),
            (
                "ui-result-by",
                "when",
                "27.11.2026 18:00",
                "2026 жылғы 27 қарашада сағат 18:00-ге дейін",
            ),
            (
                "ui-result-by",
                "when",
                "03.06.2026 18:30",
                "2026 жылғы 3 маусымда сағат 18:30-ға дейін",
            ),
            (
                "ui-result-by",
                "when",
                "03.06.2026 17:45",
                "2026 жылғы 3 маусымда сағат 17:45-ке дейін",
            ),
            ("ui-svc-due", "time", "14:00", "сағат 14:00-ге дейін"),
            (
                "ui-queue-prob-by",
                "date",
                "31.08.2028",
                "2028 жылғы 31 тамызға дейін",
            ),
        ];
        for &(key, arg, value, want) in cases {
            let got = kk.t_args(key, &[(arg, value.into())]);
            assert!(got.contains(want), "{key} {value}: {got}");
        }
        // Every Kazakh date before «дейін» goes through the function.
        for line in Lang::Kk.app_ftl().lines() {
            assert!(
                !line.contains("} дейін"),
                "a bare date before «дейін»: {line}"
            );
        }
    }

    /// An impossible hour or minute is no time: UNTIL and AT leave the text
    /// as it is (UNTIL with «дейін»), with a date or without one, rather than
    /// giving it a suffix («… сағат 25:00-ге дейін»). Both read the text by
    /// one parser.
    #[test]
    fn kazakh_until_and_at_leave_an_impossible_time_as_it_is() {
        for text in [
            "27.11.2026 25:00",
            "27.11.2026 24:00",
            "27.11.2026 18:60",
            "27.11.2026 9:00",
            "27.11.2026 ab:00",
            "25:00",
            "18:75",
        ] {
            let until = kk_until(text);
            assert_eq!(until, format!("{text} дейін"), "UNTIL {text}");
            assert_eq!(kk_at(text), text, "AT {text}");
        }
        // Possible ones, with a date and alone, still take their suffixes.
        for (text, until, at) in [
            (
                "27.11.2026 23:59",
                "2026 жылғы 27 қарашада сағат 23:59-ға дейін",
                "2026 жылғы 27 қарашада сағат 23:59-да",
            ),
            ("00:00", "00:00-ге дейін", "00:00-де"),
            (
                "27.11.2026",
                "2026 жылғы 27 қарашаға дейін",
                "2026 жылғы 27 қарашада",
            ),
            ("27.13.2026", "27.13.2026 дейін", "27.13.2026"),
            ("00.11.2026", "00.11.2026 дейін", "00.11.2026"),
        ] {
            assert_eq!(kk_until(text), until, "UNTIL {text}");
            assert_eq!(kk_at(text), at, "AT {text}");
        }
    }

    /// A moment something happens at takes the locative: the family
    /// service's acceptance, «ол 2026 жылғы 27 қарашада сағат 09:00-де
    /// қабылданады», not a bare «ол 27.11.2026 09:00 қабылданады»; the
    /// time's suffix by the last number said, as for «дейін» (whole hours
    /// «нөл»: «18:00-де», as «сағат 18:00-де» in order No. 254's texts).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_moments_take_the_locative() {
        let kk = I18n::new(Lang::Kk);
        let args = |accepted: &str| {
            [
                ("accepted", accepted.to_owned()),
                ("date", "27.11.2026".to_owned()),
                ("time", "14:00".to_owned()),
            ]
        };
        let got = kk.t_args("ui-svc-due", &args("27.11.2026 09:00"));
        assert!(
            got.contains("ол 2026 жылғы 27 қарашада сағат 09:00-де қабылданады"),
            "{got}"
        );
        for (moment, want) in [
            ("01.09.2027 18:00", "2027 жылғы 1 қыркүйекте сағат 18:00-де"),
            ("03.06.2026 18:30", "2026 жылғы 3 маусымда сағат 18:30-да"),
            ("03.06.2026 09:45", "2026 жылғы 3 маусымда сағат 09:45-те"),
            ("03.06.2026 13:40", "2026 жылғы 3 маусымда сағат 13:40-та"),
            ("03.06.2026 10:05", "2026 жылғы 3 маусымда сағат 10:05-те"),
            ("03.06.2026 10:06", "2026 жылғы 3 маусымда сағат 10:06-да"),
            ("03.06.2026 10:50", "2026 жылғы 3 маусымда сағат 10:50-де"),
        ] {
            let got = kk.t_args("ui-svc-due", &args(moment));
            assert!(
                got.contains(&format!("ол {want} қабылданады")),
                "{moment}: {got}"
            );
        }
    }

    /// A document's last valid day is still a valid day (Annex 4 p. 8 item 1:
    /// «бес жұмыс күні ішінде жарамды»): step 6 says "by" that day, as the
    /// hand-off does, not "before then" (helper-63's walkthrough, M1: on the
    /// evening before, «… бітеді — одан бұрын» read as "already missed").
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn the_last_valid_day_is_said_as_included() {
        let args = [
            ("doc", "X".to_owned()),
            ("date", "26.11.2026".to_owned()),
            ("safe", "25.11.2026".to_owned()),
            ("last", "26.11.2026".to_owned()),
        ];
        let cases: &[(Lang, &str, &str)] = &[
            (Lang::Kk, "қоса алғанда", "бұрын"),
            (Lang::Ru, "не позднее", "раньше"),
            (Lang::En, "inclusive", "before"),
        ];
        for &(lang, must, must_not) in cases {
            let text = I18n::new(lang).t_args("ui-expires-soon", &args);
            assert!(
                text.contains(must) && !text.contains(must_not),
                "{lang:?}: {text}"
            );
        }
        // The other lines naming a document's last valid day (documents.rs:
        // its shown day, Kezek's count, the safe day) say it as included
        // too: ru «действителен до …» read as "until, not including" and did
        // not agree with «справка», «карта» (language review 20, G1).
        for key in [
            "ui-valid-until",
            "ui-lapses-on",
            "ui-lapses-on-reading",
            "ui-lapses-on-safe-passed",
            // (Not ui-expires-soon-day-off: kk says its safe day in the
            // orders' form «… дейін (қоса алғанда)», UNTIL.)
            "ui-valid-until-day-off",
            // The hand-off's note of a document out of date before an
            // application made now is accepted (steps/mod.rs).
            "ui-handoff-note-lapses-before-acceptance",
            "ui-handoff-note-lapses-before-opening",
            "ui-lapses-before-opening",
        ] {
            for (lang, included, until) in [
                (Lang::Kk, "26.11.2026 қоса алғанда", "дейін"),
                (Lang::Ru, "по 26.11.2026 включительно", "действителен"),
                (Lang::En, "26.11.2026 inclusive", "to 26.11.2026,"),
            ] {
                let text = I18n::new(lang).t_args(key, &args);
                assert!(
                    text.contains(included) && !text.contains(until),
                    "{key} {lang:?}: {text}"
                );
            }
        }
    }

    /// Step 1's originals day is still a day to show them on (cl. 22 «5 жұмыс
    /// күнінен кешіктірмей»): kk says «(қоса алғанда)» after the date, as
    /// step 6 does and as ru «не позднее» and en "by" say (helper-63's
    /// walkthrough, low: kk step 1 had a bare «… дейін», ru «до …»).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn cl22_step_1s_originals_day_is_said_as_included() {
        for (lang, must) in [
            (Lang::Kk, "4 желтоқсанға дейін (қоса алғанда)"),
            (Lang::Ru, "не позднее 04.12.2026"),
            (Lang::En, "by 04.12.2026"),
        ] {
            let text =
                I18n::new(lang).t_args("ui-originals-by", &[("date", "04.12.2026".to_owned())]);
            assert!(text.contains(must), "{lang:?}: {text}");
        }
    }

    /// A date between commas before a dash («Бүгін, 18.12.2026, — …») does
    /// not read naturally in Kazakh; it is put in brackets (helper-63's
    /// walkthrough, low).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kazakh_today_and_its_date_read_without_commas_round_the_date() {
        for line in Lang::Kk.app_ftl().lines() {
            assert!(!line.contains("}, —"), "{line}");
        }
    }

    /// Step 1's timing is of an application sent now, not one already sent
    /// (helper-63's walkthrough, M6: at 20:00 step 1 said «Заявление подано
    /// после окончания рабочего времени» before anything was sent).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn the_portals_next_working_day_is_said_of_sending_now() {
        for (lang, past) in [
            (Lang::Kk, "берілді"),
            (Lang::Ru, "подано"),
            (Lang::En, "Applied"),
        ] {
            let text = I18n::new(lang).t("reason-schedule-next-working-day");
            assert!(!text.contains(past), "{lang:?}: {text}");
        }
    }

    /// Annex 2 p. 7 sub. 3 (Kezek's reading, R7): an application sent on
    /// the portal on a working day before working time starts is accepted
    /// that day, as the card's `schedule.accepted_when_working_day_starts`.
    /// Said as Kezek's reading, as the rules' reason says it: the order
    /// speaks of applying «жұмыс уақыты аяқталғанда», on days off and
    /// holidays, not before working time starts. The portal's hint said it
    /// too, beside the card's reading of working time, which says the same
    /// (step 1 on a phone, walkthrough of session 40): it is said once, by
    /// the rules' reading (step 1 folds it with Kezek's other readings), and
    /// the hint keeps the hours and the next working day.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex2_p7_3_before_the_working_day_is_that_day_said_once_as_kezeks_reading() {
        for (lang, says, reading, next_day) in [
            (
                Lang::Kk,
                "Жұмыс күні сағат 09:00-ге дейін жіберілген өтініш сол күні сағат 09:00-де",
                "Kezek түсіндірмесі",
                "келесі жұмыс күні қабылданады",
            ),
            (
                Lang::Ru,
                "отправленное в рабочий день до 09:00, считается принятым в 09:00 того же дня",
                "Толкование Kezek",
                "принимается на следующий рабочий день",
            ),
            (
                Lang::En,
                "sent on a working day before 09:00 is taken as received at 09:00 that day",
                "Kezek's reading",
                "is accepted on the next working day",
            ),
        ] {
            let i = I18n::new(lang);
            let card = i.t("reason-schedule-portal-working-time-reading");
            assert!(
                card.contains(says) && card.contains(reading),
                "{lang:?}: {card}"
            );
            let hint = i.t_args(
                "ui-channel-egov-portal-hint",
                &[("hours", "09:00–18:30".into())],
            );
            assert!(
                hint.contains(next_day) && hint.contains("09:00–18:30"),
                "{lang:?}: {hint}"
            );
            assert!(!hint.contains(reading), "{lang:?}: {hint}");
        }
    }

    /// The terms on the first screen ("5 working days", "15 minutes") agree
    /// with their number: ru one/few/many, en one/other (CLDR).
    #[test]
    fn a_term_agrees_with_its_number() {
        let cases: &[(Lang, &str, &str, &str)] = &[
            (Lang::Ru, "ui-term-working-days", "1", "1 рабочий день"),
            (Lang::Ru, "ui-term-working-days", "3", "3 рабочих дня"),
            (Lang::Ru, "ui-term-working-days", "5", "5 рабочих дней"),
            (Lang::Ru, "ui-term-working-days", "21", "21 рабочий день"),
            (Lang::Ru, "ui-term-calendar-days", "2", "2 календарных дня"),
            (
                Lang::Ru,
                "ui-term-calendar-days",
                "30",
                "30 календарных дней",
            ),
            (Lang::Ru, "ui-term-minutes", "1", "1 минута"),
            (Lang::Ru, "ui-term-minutes", "22", "22 минуты"),
            (Lang::Ru, "ui-term-minutes", "15", "15 минут"),
            (Lang::En, "ui-term-working-days", "1", "1 working day"),
            (Lang::En, "ui-term-working-days", "5", "5 working days"),
            (Lang::En, "ui-term-calendar-days", "1", "1 calendar day"),
            (Lang::En, "ui-term-minutes", "1", "1 minute"),
            (Lang::En, "ui-term-minutes", "30", "30 minutes"),
            (Lang::Kk, "ui-term-working-days", "3", "3 жұмыс күні"),
            (Lang::Kk, "ui-term-minutes", "15", "15 минут"),
        ];
        for &(lang, key, n, want) in cases {
            let got = I18n::new(lang).t_args(key, &[("n", n.into())]);
            assert_eq!(got, want, "{lang:?} {key} n={n}");
        }
    }

    #[test]
    fn a_citation_reads_in_words() {
        let i = I18n::new(Lang::En);
        let c = kezek_rules::Citation::sub(24, 9);
        assert_eq!(i.citation(&c), "Order No. 254, cl. 24, sub. 9");
        let a = kezek_rules::Citation::annex(2, 8, Some(3));
        assert_eq!(i.citation(&a), "Order No. 254, Annex 2, item 8, sub. 3");
    }

    /// The ru "Why?" list names the place as every ru text does (the rules'
    /// `ru_sub_clause_citations.rs`: «подпункт 9) пункта 24», never «пп. 9»
    /// — the order numbers sub-clauses «9)» inside a clause, «24-тармақтың
    /// 9) тармақшасы»), innermost first, each outer part in the genitive;
    /// the act stays first. kk and en keep their order.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn ru_why_list_cites_a_sub_clause_as_the_ru_texts_do() {
        use kezek_rules::citation::{Act, Citation};
        let ru = I18n::new(Lang::Ru);
        for (c, want) in [
            (Citation::sub(24, 9), "Приказ № 254, подпункт 9) пункта 24"),
            (Citation::clause(21), "Приказ № 254, пункт 21"),
            (
                Citation::annex(2, 8, Some(3)),
                "Приказ № 254, подпункт 3) пункта 8 приложения 2",
            ),
            (
                Citation::annex(4, 9, None),
                "Приказ № 254, пункт 9 приложения 4",
            ),
            (
                kezek_rules::catalogue::cite(17, 8, Some(4)),
                "Приказ № 414, подпункт 4) пункта 8 приложения 17",
            ),
            (
                Citation::law(Act::LawMilitaryService, 52, Some(3)),
                "Закон о воинской службе и статусе военнослужащих, пункт 3 статьи 52",
            ),
            (
                Citation::law(Act::LawMilitaryService, 52, None),
                "Закон о воинской службе и статусе военнослужащих, статья 52",
            ),
            (
                kezek_rules::catalogue::rules_clause(3, 11),
                "Правила оказания этой государственной услуги (приказ № 158 в редакции приказа № 414), пункт 11",
            ),
        ] {
            assert_eq!(ru.citation(&c), want, "{c:?}");
        }
    }

    /// The kk "Why?" list names the place as the kk texts do (the rules'
    /// and the catalogue's messages: «24-тармақтың 9) тармақшасы» 17 times,
    /// «2-қосымшаның 9-тармағының 4) тармақшасы», «4-қосымшаның 8-тармағы»,
    /// «8-тармақтың 1-1) тармақшасы»; never «24-тармақ, 9) тармақша»): each
    /// outer part in the genitive before the inner one, the inner one in
    /// the possessive; a part alone stays as it is. The act stays first.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn kk_why_list_cites_a_sub_clause_as_the_kk_texts_do() {
        use kezek_rules::citation::{Act, Citation};
        let kk = I18n::new(Lang::Kk);
        let act = |a: Act| kk.t(&a.key());
        for (c, place) in [
            (Citation::sub(24, 9), "24-тармақтың 9) тармақшасы"),
            (Citation::clause(21), "21-тармақ"),
            (
                Citation::annex(2, 8, Some(3)),
                "2-қосымшаның 8-тармағының 3) тармақшасы",
            ),
            (Citation::annex(4, 9, None), "4-қосымшаның 9-тармағы"),
            (Citation::annex_form(5), "5-қосымша"),
            (
                kezek_rules::catalogue::cite_dashed(2, 8, 1, 1),
                "2-қосымшаның 8-тармағының 1-1) тармақшасы",
            ),
            (
                Citation::law(Act::LawMilitaryService, 52, Some(3)),
                "52-баптың 3-тармағы",
            ),
            (Citation::law(Act::LawMilitaryService, 52, None), "52-бап"),
        ] {
            assert_eq!(kk.citation(&c), format!("{}, {place}", act(c.act)), "{c:?}");
        }
        // A clause of the rules order No. 414 words anew, after their name.
        assert!(kk
            .citation(&kezek_rules::catalogue::rules_clause(3, 11))
            .ends_with("), 11-тармақ"));
    }

    /// Order No. 414, Annex 2, row 8 numbers the extension's documents
    /// «2-1)», «2-2)» (the accreditation's «1-1)» … «1-12)»): the "Why?"
    /// list names the sub-clause as the law numbers it, not «1)» for both.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn ann2_row8_item_2_1_is_cited_as_the_law_numbers_it() {
        let c = kezek_rules::catalogue::cite_dashed(2, 8, 2, 1);
        for (lang, want) in [
            (Lang::Ru, "подпункт 2-1) пункта 8 приложения 2"),
            (Lang::En, "Annex 2, item 8, sub. 2-1"),
        ] {
            let text = I18n::new(lang).citation(&c);
            assert!(text.ends_with(want), "{lang:?}: {text}");
        }
        let kk = I18n::new(Lang::Kk).citation(&c);
        assert!(kk.contains("2-1) тармақша"), "{kk}");
    }

    /// A clause of the rules that order No. 414 words anew (its list items
    /// 1–3: the rules of orders No. 513, 407 and 158) is cited as a clause of
    /// those rules, never as "Order No. 414, cl. 3, sub. 11" (order 414's own
    /// cl. 3 is something else); the restriction of the 407 rules to citizens
    /// of Kazakhstan residing there is in their title, not in cl. 5.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn order414_list_items_rules_clauses_are_cited_as_clauses_of_those_rules() {
        use kezek_rules::catalogue::{rules_clause, rules_title, FACT_TABLE};
        for lang in Lang::ALL {
            let i = I18n::new(lang);
            for (c, order) in [
                (rules_clause(1, 9), "513"),
                (rules_clause(2, 9), "407"),
                (rules_clause(3, 11), "158"),
                (rules_title(2), "407"),
            ] {
                let text = i.citation(&c);
                assert!(text.contains(order), "{lang:?}: {text}");
                assert!(
                    !text.starts_with(&i.t("ui-act-order414")),
                    "{lang:?}: {text}"
                );
                let clause = c
                    .sub
                    .map(|n| i.t_args("ui-cite-clause", &[("n", n.to_string())]));
                let place = clause.unwrap_or_else(|| i.t("ui-cite-title"));
                assert!(text.ends_with(&place), "{lang:?}: {text}");
                // The plain reason shown before it names the same rules.
                let why = c
                    .plain_keys()
                    .into_iter()
                    .find(|k| i.has(k))
                    .map(|k| i.t(&k))
                    .unwrap_or_default();
                assert!(why.contains(order), "{lang:?} {c:?}: {why}");
            }
        }
        let en = I18n::new(Lang::En);
        assert_eq!(
            en.citation(&rules_clause(3, 11)),
            "Rules of this public service (order No. 158, as worded by order No. 414), cl. 11"
        );
        let citizenship = FACT_TABLE
            .iter()
            .find(|f| f.name == "kazakhstan_citizen_resident")
            .unwrap();
        assert_eq!(citizenship.citation, rules_title(2));
        let scope = kezek_rules::catalogue::entry("00404004").unwrap().scope[0];
        assert_eq!(scope.citation, rules_title(2));
    }

    /// Order No. 414's rules: the provider «3 (үш) жұмыс күнінен кешіктірмей
    /// … алдын ала шешім туралы хабарламаны жолдайды» — the notice is SENT by
    /// that day, not said to arrive by it; the kk card names the reading as
    /// `ui-svc-earlier-due-other` does («Бұл есеп бойынша», not the vaguer
    /// «Бұл жағдайда»).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn order414_preliminary_refusal_notice_is_said_as_sent_by_the_date() {
        for (lang, said, not) in [
            (Lang::En, "must be sent by 29.12.2026", "is due by"),
            (
                Lang::Ru,
                "должно быть направлено не позднее 29.12.2026",
                "должно прийти",
            ),
            (Lang::Kk, "Бұл есеп бойынша", "Бұл жағдайда"),
        ] {
            let text = I18n::new(lang).t_args(
                "ui-svc-earlier-preliminary-refusal",
                &[("date", "29.12.2026".into())],
            );
            assert!(
                text.contains(said) && !text.contains(not),
                "{lang:?}: {text}"
            );
        }
    }

    /// Order No. 414's rules (e.g. Annex 13's cl. 9, Annex 20's cl. 6): the
    /// provider sends «бас тарту туралы алдын ала шешім, сондай-ақ
    /// көрсетілетін қызметті алушыға алдын ала шешім бойынша ұстанымнын
    /// білдіруге мүмкіндік беру үшін тыңдауды өткізу уақыты мен орны туралы
    /// хабарламаны». The screen said only «до результата вас заслушают»: not
    /// that the notice names the hearing's time and place, nor that the
    /// hearing is the parent's chance to state their position — what the
    /// parent has to act on.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn order414_rules_preliminary_refusal_notice_names_the_hearings_time_and_place() {
        for (lang, time_place, position) in [
            (
                Lang::En,
                "time and place of a hearing",
                "state your position",
            ),
            (
                Lang::Ru,
                "время и место заслушивания",
                "высказать свою позицию",
            ),
            (
                Lang::Kk,
                "тыңдаудың уақыты мен орны",
                "ұстанымыңызды білдіре",
            ),
        ] {
            let text = I18n::new(lang).t_args(
                "ui-svc-preliminary-refusal",
                &[("date", "18.12.2026".into())],
            );
            assert!(
                text.contains(time_place) && text.contains(position),
                "{lang:?}: {text}"
            );
        }
    }

    // Annex 2/4 p. 9 sub. 4: a document out of date on the day it is used is
    // a ground for refusal; a date not yet typed into Kezek is not. The
    // hand-off's notice said "holding them is no ground for refusal", which
    // no clause says and which says nothing of the out-of-date ground.
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn annex2_4_p9_4_the_dates_notice_says_only_an_out_of_date_document_is_a_ground() {
        for (lang, says, not) in [
            (Lang::En, "out of date on that day", "holding them"),
            (
                Lang::Ru,
                "срок которого к тому дню истек",
                "сами по себе они",
            ),
            (Lang::Kk, "сол күні мерзімі өткен", "олардың болуы"),
        ] {
            let text = I18n::new(lang).t("ui-handoff-dates");
            assert!(
                text.contains(says) && !text.contains(not),
                "{lang:?}: {text}"
            );
        }
    }

    /// A selector on a number chooses among the CLDR plural categories of
    /// its language — kk: one, other; ru: one, few, many, other; en: one,
    /// other — and in Russian names each of them: a Russian selector with
    /// only [one] and *[other] said «21 варианта» right by luck and a
    /// fraction wrong, and read [one] as "exactly 1" where CLDR's one is
    /// also 21, 31… (steps47: ui-done-contract-bring, ui-forecast-never,
    /// ui-referral-terms). A variant for exactly one is written `[1]`.
    /// The rules' and the catalogue's files too (review47).
    #[test]
    #[cfg(any(feature = "bundled-messages", not(target_arch = "wasm32")))]
    fn a_plural_selector_names_every_cldr_category_of_its_language() {
        const ALL: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];
        let mut wrong = Vec::new();
        for (lang, categories) in [
            (Lang::Kk, &["one", "other"][..]),
            (Lang::Ru, &["one", "few", "many", "other"][..]),
            (Lang::En, &["one", "other"][..]),
        ] {
            let mut message = "";
            let mut keys: Option<Vec<&str>> = None;
            // The app's texts, the rules' and the catalogue's (review47: the
            // parent reads all three).
            let code = lang.code();
            let files = [
                lang.app_ftl(),
                kezek_rules::messages::ftl(code).unwrap(),
                kezek_rules::messages::catalogue_ftl(code).unwrap(),
            ];
            for line in files.iter().flat_map(|f| f.lines()) {
                if line.starts_with(|c: char| c.is_ascii_lowercase()) {
                    message = line.split(" =").next().unwrap_or(line);
                }
                let t = line.trim_start();
                if let Some(k) = keys.as_mut() {
                    if let Some(rest) = t.strip_prefix('[').or_else(|| t.strip_prefix("*[")) {
                        k.push(rest.split(']').next().unwrap_or(""));
                        continue;
                    }
                    if t.starts_with('}') {
                        let k = keys.take().unwrap_or_default();
                        let plural = k.iter().any(|k| ALL.contains(k) && *k != "other");
                        let foreign: Vec<_> = k
                            .iter()
                            .filter(|k| ALL.contains(k) && !categories.contains(k))
                            .collect();
                        let missing: Vec<_> =
                            categories.iter().filter(|c| !k.contains(c)).collect();
                        if plural && (!foreign.is_empty() || !missing.is_empty()) {
                            wrong.push(format!(
                                "{lang:?} {message}: {k:?}, not of {lang:?}: {foreign:?}, missing: {missing:?}"
                            ));
                        }
                    }
                }
                if t.ends_with("->") {
                    keys = Some(Vec::new());
                }
            }
        }
        assert!(wrong.is_empty(), "{wrong:#?}");
        let ru = I18n::new(Lang::Ru);
        let bring = |n: &str| {
            ru.t_args(
                "ui-done-contract-bring",
                &[("docs", "…".into()), ("count", n.into())],
            )
        };
        assert!(bring("1").contains("без него"), "{}", bring("1"));
        assert!(bring("21").contains("без них"), "{}", bring("21"));
        let terms = ru.t_args(
            "ui-referral-terms",
            &[
                ("valid", "5".into()),
                ("originals", "21".into()),
                ("extension", "22".into()),
            ],
        );
        assert!(
            terms.contains("21 рабочего дня") && terms.contains("22 календарных дней"),
            "{terms}"
        );
    }
}
