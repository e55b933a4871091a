//! `kezek-app`: what a parent sees. Components render; `kezek-rules` and
//! `kezek-queue` decide.

mod app;

pub use app::App;
