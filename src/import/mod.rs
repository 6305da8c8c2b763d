//! Reading user spreadsheets: CSV, XLSX, XLS and ODS files become rows of
//! text cells ([`read`]), rows become users to create ([`rows`]), and a whole
//! file becomes a checked preview ([`preview`]) the operator can fix before
//! anything is sent. Also the import template ([`template`]). Used by the
//! import screen, the `validate` command and the sandbox's `panel/user/upload`
//! alike. No UI.

pub mod preview;
pub mod read;
pub mod report;
pub mod rows;
pub mod template;
mod workbook;

pub use preview::{FileProblem, ImportRow, Outcome, Preview, Problem, Summary};
pub use read::{FileKind, ReadError, Table, read_table};
pub use rows::{HeaderMap, UserRow};

/// Navixy's limits for one upload file (its web panel enforces both).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_ROWS: usize = 10_000;
