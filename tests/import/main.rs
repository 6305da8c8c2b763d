//! Spreadsheets in: files made here, files written by other programs,
//! files made to hurt, and properties that hold for any input.

#[path = "../common/mod.rs"]
mod common;

mod hostile_files;
mod import_files;
mod import_writers;
mod properties;
