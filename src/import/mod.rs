//! Reading user spreadsheets: CSV, XLSX, XLS and ODS files become rows of
//! text cells ([`read`]), and rows become users to create ([`rows`]). Used by
//! the import screen and by the sandbox's `panel/user/upload` alike. No UI.

pub mod read;
pub mod rows;

pub use read::{FileKind, ReadError, Table, read_table};
pub use rows::{HeaderMap, UserRow};
