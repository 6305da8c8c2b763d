//! The users export, from the server to the file the operator chose: written
//! as it arrives to a hidden file beside it (memory stays small whatever its
//! size), a CSV written again the panel's way (header in words, formulas
//! neutralised), and only then put in place, so a failed or cut export never
//! leaves half a file under the operator's name, nor replaces the old one.

use crate::api::{self, Client, DealerHash, ExportFormat, ExportQuery};
use crate::model::import_columns::ImportColumn;
use std::collections::BTreeMap;
use std::io::{BufReader, BufWriter};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Titles for the export's columns that no import template names, by the
/// API's name (`creation_date` → "Created"): the users list's words.
pub type ColumnTitles = BTreeMap<String, String>;

/// The server's file, downloaded beside where it goes and not yet there.
/// Dropped (the operator cancelled, the screen is gone), it is removed.
pub struct Download {
    pub format: ExportFormat,
    pub to: PathBuf,
    part: Mutex<Option<tempfile::TempPath>>,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("format", &self.format)
            .field("to", &self.to)
            .finish_non_exhaustive()
    }
}

/// An export in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exported {
    pub format: ExportFormat,
    pub path: PathBuf,
    /// Whether the panel wrote the cells again (formulas neutralised): a CSV
    /// it could read. An XLSX, or a CSV it could not read, is as the server
    /// built it.
    pub checked: bool,
}

/// Downloads the export for `to` into a hidden file in its folder.
pub async fn download(
    client: &Client,
    hash: &DealerHash,
    query: &ExportQuery,
    to: &Path,
) -> Result<Download, api::Error> {
    let part = hidden_file(&folder_of(to)).map_err(file_error)?;
    let (std_file, part) = part.into_parts();
    let mut sink = tokio::io::BufWriter::new(tokio::fs::File::from_std(std_file));
    let format = client.users_export_into(hash, query, &mut sink).await?;
    Ok(Download {
        format,
        to: to.to_owned(),
        part: Mutex::new(Some(part)),
    })
}

/// Puts a download in place (blocking: run it off the UI's thread). A CSV
/// is written again with its header in words (`titles`) and its cells
/// neutralised; one the reader cannot take, and an XLSX, go as they came.
pub fn put_in_place(download: &Download, titles: &ColumnTitles) -> Result<Exported, api::Error> {
    let part = download
        .part
        .lock()
        .map_err(|_| file_error(std::io::Error::other("the download was lost")))?
        .take()
        .ok_or_else(|| file_error(std::io::Error::other("the download is already in place")))?;
    let to = &download.to;
    let exported = |checked| Exported {
        format: download.format,
        path: to.clone(),
        checked,
    };
    if download.format == ExportFormat::Csv {
        let rewritten = hidden_file(&folder_of(to)).map_err(file_error)?;
        let from = BufReader::new(std::fs::File::open(&part).map_err(file_error)?);
        let mut out = BufWriter::new(rewritten.as_file());
        match crate::export::rewrite_csv(from, &mut out, |name| column_title(name, titles)) {
            Ok(()) => {
                drop(out);
                rewritten.persist(to).map_err(|e| file_error(e.error))?;
                return Ok(exported(true));
            }
            Err(e) if e.is_io_error() => return Err(file_error(e.into())),
            // Not CSV the reader can take: kept as sent, and said so.
            Err(_) => {}
        }
    }
    part.persist(to).map_err(|e| file_error(e.error))?;
    Ok(exported(false))
}

/// A CSV export's first line names columns as the API does (`post_city`);
/// the operator's copy names them as the import templates do ("City"), so
/// the file reads as words and imports back. Anything else stays as sent.
pub fn column_title(name: &str, titles: &ColumnTitles) -> String {
    let api = name.trim().trim_matches('"');
    let column = ImportColumn::for_parameter(&format!("user.{api}"))
        .or_else(|| ImportColumn::for_parameter(api));
    match column {
        Some(c) => crate::import::report::column_title(c).to_owned(),
        None => titles.get(api).cloned().unwrap_or_else(|| name.to_owned()),
    }
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// A file in the destination's folder (so putting it in place is a rename,
/// never a copy across disks), removed if the export does not finish.
fn hidden_file(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    tempfile::Builder::new()
        .prefix(".navixy-export-")
        .suffix(".part")
        .tempfile_in(dir)
}

fn file_error(e: std::io::Error) -> api::Error {
    api::Error::File(Arc::new(e))
}
