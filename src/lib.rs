//! navixy-panel: a desktop admin panel for Navixy dealers: the app (`ui`,
//! iced) and the `navixy-panel` binary, on top of two crates the compiler
//! keeps apart from it (docs/ARCHITECTURE.md):
//!
//! - `navixy-core` (`crates/core`): the domain, the client, sessions,
//!   spreadsheets, the journal, settings and the operator's words, with no
//!   iced, axum or SQL in its dependency tree;
//! - `navixy-sandbox` (`crates/sandbox`): a local server speaking the same
//!   API, the only place that knows axum and SQL.
//!
//! The core's modules are re-exported here under their own names, so the
//! app and the tests say `navixy_panel::api` as before.

pub use navixy_core::{api, config, export, fl, i18n, import, journal, model, session, words};
pub use navixy_sandbox as sandbox;

pub mod ui;
