//! Reading user spreadsheets: CSV, XLSX, XLS and ODS files become rows of
//! text cells ([`read`]), rows become users to create ([`rows`]), and a whole
//! file becomes a checked preview ([`preview`]) the operator can fix before
//! anything is sent. Also the import template ([`template`]). Used by the
//! import screen, the `validate` command and the sandbox's `panel/user/upload`
//! alike. No UI.

pub mod bounds;
pub mod preview;
pub mod read;
pub mod report;
pub mod rows;
pub mod template;
mod workbook;
mod xls_formats;

pub use preview::{FileProblem, ImportRow, Outcome, Preview, Problem, Summary};
pub use read::{FileKind, ReadError, Table, read_table};
pub use rows::{HeaderMap, UserRow};

/// Navixy's limits for one upload file (its web panel enforces both).
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
pub const MAX_ROWS: usize = 10_000;

/// A file's bytes for an import, read no further than one byte past
/// [`MAX_FILE_BYTES`] (which [`Preview`] then refuses as too large): a
/// 1 GB file, or `/dev/zero`, is never read whole. What the file system
/// says of its size is room made once, within that bound.
pub fn read_file(path: &std::path::Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let limit = MAX_FILE_BYTES as u64 + 1;
    let file = std::fs::File::open(path)?;
    let declared = file.metadata().map(|m| m.len()).unwrap_or(0);
    let mut bytes = Vec::with_capacity(usize::try_from(declared.min(limit)).unwrap_or(0));
    file.take(limit).read_to_end(&mut bytes)?;
    Ok(bytes)
}
