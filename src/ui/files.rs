//! Choosing files and writing them: what a screen asks for ([`Pick`],
//! [`Save`]) and the system's dialogs that answer it.

use crate::fl;
use std::path::PathBuf;

/// Which file the operator is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// A spreadsheet of users to import.
    Spreadsheet,
    /// Where to write the users export; the extension picks the format.
    ExportTo { file_name: String },
}

/// A file to write: where the operator chooses (suggesting `file_name`), or
/// at `to` when that is already known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Save {
    pub file_name: String,
    pub bytes: Vec<u8>,
    pub to: Option<PathBuf>,
}

impl Save {
    /// A workbook to save where the operator chooses.
    pub fn asking(file_name: String, bytes: Vec<u8>) -> Self {
        Save {
            file_name,
            bytes,
            to: None,
        }
    }

    /// Bytes to write where the operator already chose.
    pub fn to(path: PathBuf, bytes: Vec<u8>) -> Self {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Save {
            file_name,
            bytes,
            to: Some(path),
        }
    }
}

/// The system's "open" or "save" dialog for `pick` (None: cancelled).
pub async fn pick(pick: Pick) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new();
    let chosen = match pick {
        Pick::Spreadsheet => {
            dialog
                .add_filter(
                    fl!("file-filter-spreadsheets"),
                    &["xlsx", "xls", "ods", "csv", "txt"],
                )
                .pick_file()
                .await
        }
        Pick::ExportTo { file_name } => {
            dialog
                .set_file_name(&file_name)
                .add_filter("Excel", &["xlsx"])
                .add_filter("CSV", &["csv"])
                .save_file()
                .await
        }
    };
    chosen.map(|h| h.path().to_path_buf())
}

/// Asks where (unless known) and writes the file. Ok(None): the operator
/// cancelled the dialog.
pub async fn save(save: Save) -> Result<Option<PathBuf>, String> {
    let path = match save.to {
        Some(path) => path,
        None => {
            let chosen = rfd::AsyncFileDialog::new()
                .set_file_name(&save.file_name)
                .add_filter("Excel", &["xlsx"])
                .save_file()
                .await;
            match chosen {
                Some(handle) => handle.path().to_path_buf(),
                None => return Ok(None),
            }
        }
    };
    tokio::fs::write(&path, &save.bytes)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Some(path))
}
