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
//! [`platform`] the browser helpers (events, download, clipboard, print, QR)
//! any screen may use;
//! [`queue_worker`] talks to the queue step's Web Worker; [`boot`] starts a
//! module on the page, [`first`] is the first screen's own small module.

pub mod app;
pub mod boot;
pub mod components;
pub mod draft;
pub mod first;
pub mod hooks;
pub mod i18n;
pub mod platform;
pub mod queue_worker;
pub mod route;
pub mod services;
pub mod state;
pub mod steps;
pub mod storage;

pub use app::App;
