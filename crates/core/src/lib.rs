//! navixy-core: the panel without a window or a server. The app
//! (`navixy-panel`), its CLI and the sandbox build on it; it knows neither
//! iced nor axum nor SQL, and the compiler keeps it so (this crate does not
//! depend on them). See docs/ARCHITECTURE.md.
//!
//! - `model`: the Navixy domain and its rules, no I/O;
//! - `api`: the HTTP client, its bounds and errors;
//! - `session`: requests as data and the one function that runs them,
//!   uploads, imports that update, bulk runs, the dealer's permissions;
//! - `import` / `export`: spreadsheets in and out;
//! - `journal`, `config`: what the panel keeps on disk;
//! - `i18n`, `words`: the operator's language.

pub mod api;
pub mod config;
pub mod export;
pub mod i18n;
pub mod import;
pub mod journal;
pub mod model;
pub mod session;
pub mod words;

#[doc(hidden)]
pub use i18n_embed_fl;
