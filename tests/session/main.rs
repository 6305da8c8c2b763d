//! The session layer as scripts and the app run it: bulk runs, imports
//! that update, the `navixy-panel` subcommands, and the activity journal.

#[path = "../common/mod.rs"]
mod common;

mod activity;
mod bulk;
mod cli_import;
mod cli_report;
mod drawing;
mod sync_import;
