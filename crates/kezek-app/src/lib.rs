//! `kezek-app`: what a parent sees. Components render; `kezek-rules` and
//! `kezek-queue` decide.
//!
//! Structure (as in Yew's examples): [`app`] is the root component, composed
//! of [`hooks`], one concern each: the one reducer ([`state::Wizard`]) over
//! the parent's answers ([`draft`]) and their local copy ([`storage`]),
//! routing ([`route`]), languages ([`i18n`]), the embedding page's
//! configuration, the evaluation; [`steps`] has one
//! component per wizard screen, [`services`] the first screen and the
//! family-and-children services; [`components`] the small shared pieces;
//! [`platform`] the browser helpers (events, download, clipboard, print, QR,
//! the date and language the page starts with) any screen may use, [`hours`]
//! opening hours in words;
//! [`queue_worker`] talks to the queue step's Web Worker; [`boot`] starts a
//! module on the page, [`first`] is the first screen's own small module.

pub mod app;
pub mod boot;
pub mod components;
pub mod draft;
pub mod first;
pub mod hooks;
pub mod hours;
pub mod i18n;
pub mod platform;
pub mod queue_worker;
pub mod route;
pub mod services;
pub mod state;
pub mod steps;
pub mod storage;

pub use app::App;

/// The layering [`platform`] states — no screen module imports another, and
/// the hooks [`app`] composes do not reach back into it — checked on the
/// sources themselves, since the compiler allows both.
#[cfg(test)]
mod layering_tests {
    /// `(directory, file name, source)` of every file the rule covers.
    macro_rules! sources {
        ($dir:literal: $($f:literal),* $(,)?) => {
            [$(($dir, $f, include_str!(concat!($dir, "/", $f)))),*]
        };
    }
    const SERVICES: [(&str, &str, &str); 3] =
        sources!("services": "mod.rs", "service.rs", "start.rs");
    const COMPONENTS: [(&str, &str, &str); 12] = sources!("components":
        "copyable_answers.rs", "error_summary.rs", "field.rs", "forecast.rs", "frame.rs",
        "lang_switch.rs", "mod.rs", "progress.rs", "record_qr.rs", "register_card.rs",
        "specialists.rs", "why.rs");
    const HOOKS: [(&str, &str, &str); 11] = sources!("hooks":
        "catalogue_messages.rs", "draft.rs", "embed_config.rs", "hash_screen.rs", "lang.rs",
        "mod.rs", "outcome.rs", "page_title.rs", "screen_arrival.rs", "step_errors.rs",
        "window_event.rs");
    const STEPS: [(&str, &str, &str); 9] = sources!("steps":
        "applicant.rs", "child.rs", "documents.rs", "family.rs", "handoff.rs", "mod.rs",
        "queue.rs", "result.rs", "service.rs");

    /// The `file:line` of every line of `files` that names `path`.
    fn uses(files: &[(&str, &str, &str)], path: &str) -> Vec<String> {
        files
            .iter()
            .flat_map(|(dir, name, text)| {
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| l.contains(path))
                    .map(move |(i, l)| format!("{dir}/{name}:{}: {}", i + 1, l.trim()))
            })
            .collect()
    }

    #[test]
    fn no_screen_imports_another_and_no_hook_imports_the_app() {
        let mut found = uses(&SERVICES, "crate::steps");
        found.extend(uses(&COMPONENTS, "crate::steps"));
        found.extend(uses(&COMPONENTS, "crate::services"));
        found.extend(uses(&STEPS, "crate::services"));
        found.extend(uses(&HOOKS, "crate::app"));
        assert!(
            found.is_empty(),
            "a module imports across the layering:\n{}",
            found.join("\n")
        );
    }

    /// A new file in one of these directories is read by the test above.
    #[test]
    fn the_layering_test_reads_every_file() {
        for files in [&SERVICES[..], &COMPONENTS[..], &HOOKS[..], &STEPS[..]] {
            let dir = files[0].0;
            let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/");
            let mut on_disk: Vec<String> = std::fs::read_dir(format!("{path}{dir}"))
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".rs"))
                .collect();
            on_disk.sort();
            let listed: Vec<&str> = files.iter().map(|f| f.1).collect();
            assert_eq!(on_disk, listed, "src/{dir}");
        }
    }
}
