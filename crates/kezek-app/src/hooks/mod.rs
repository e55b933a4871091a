//! The root component's hooks, one concern per file (as in Yew's examples):
//! [`App`](crate::App) composes them and renders.
//!
//! - [`lang`]: the page's language, remembered and fetched on first use;
//! - [`catalogue_messages`]: the family-services catalogue's messages, fetched
//!   when a catalogue screen first shows;
//! - [`hash_screen`]: the screen the location hash names (Back/Forward, links);
//! - [`screen_arrival`]: on each screen, the step reached, focus, the event;
//! - [`draft`]: the one reducer of the answers, kept in local storage;
//! - [`step_errors`]: the error summary shown after a "Next" that cannot proceed;
//! - [`embed_config`]: what an embedding page configures (`kezek:configure`);
//! - [`outcome`]: the rules' evaluation of the answers;
//! - [`page_title`]: the tab's title;
//! - [`window_event`]: a window event listened to while the component lives.

pub mod catalogue_messages;
pub mod draft;
pub mod embed_config;
pub mod hash_screen;
pub mod lang;
pub mod outcome;
pub mod page_title;
pub mod screen_arrival;
pub mod step_errors;
pub mod window_event;
