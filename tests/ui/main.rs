//! The app through `update` and the simulator, against a real sandbox.

#[path = "../common/mod.rs"]
mod common;

mod applications;
mod bulk;
mod customer;
mod dialogs;
mod editor;
mod files;
mod flows;
mod import;
mod races;
mod segments;
mod transactions;
mod users_section;
mod watch;
