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
    /// `(directory/file, source)` of every `.rs` file of `dir` under `src/`
    /// (`""`: `src/` itself), read where the test runs, so a file added later
    /// is read too.
    fn sources(dir: &str) -> Vec<(String, String)> {
        let path = format!("{}/src/{dir}", env!("CARGO_MANIFEST_DIR"));
        let mut files: Vec<(String, String)> = std::fs::read_dir(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "rs"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().into_owned();
                (
                    format!("{dir}/{name}").trim_start_matches('/').to_owned(),
                    std::fs::read_to_string(&p).unwrap(),
                )
            })
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{path} has no .rs file");
        files
    }

    /// The `file:line` of every line of the files of `dir` that names `path`.
    fn uses(dir: &str, path: &str) -> Vec<String> {
        sources(dir)
            .iter()
            .flat_map(|(file, text)| {
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| l.contains(path))
                    .map(move |(i, l)| format!("{file}:{}: {}", i + 1, l.trim()))
            })
            .collect()
    }

    #[test]
    fn no_screen_imports_another_and_no_hook_imports_the_app_or_a_screen() {
        let mut found = uses("services", "crate::steps");
        found.extend(uses("components", "crate::steps"));
        found.extend(uses("components", "crate::services"));
        found.extend(uses("steps", "crate::services"));
        found.extend(uses("hooks", "crate::app"));
        // A hook serves the app, not one screen: it names no screen module.
        found.extend(uses("hooks", "crate::steps"));
        found.extend(uses("hooks", "crate::services"));
        // Nor does a module of `src/` itself (state, drafts, languages, …)
        // other than the two roots that compose the screens (and this file).
        let roots = ["app.rs", "first.rs", "lib.rs"];
        for screens in ["crate::steps", "crate::services"] {
            found.extend(
                uses("", screens)
                    .into_iter()
                    .filter(|l| !roots.iter().any(|r| l.starts_with(&format!("{r}:")))),
            );
        }
        assert!(
            found.is_empty(),
            "a module imports across the layering:\n{}",
            found.join("\n")
        );
    }
}
