//! navixy-panel: a desktop admin panel for Navixy dealers.
//!
//! Layers (see ARCHITECTURE.md): `model` (domain and validation), `api` (the
//! HTTP client), `import` (reading spreadsheets), `session` (work with a
//! session that needs no window, shared by the app and the CLI), `sandbox`
//! (a local server speaking the same API). Only `sandbox` knows axum and SQL.

pub mod api;
pub mod config;
pub mod export;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod model;
pub mod sandbox;
pub mod session;
pub mod ui;
