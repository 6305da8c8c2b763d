//! Choosing files and writing them: what a screen asks for ([`Pick`],
//! [`Save`]), whether this system has a file dialog at all, the system's
//! dialogs where it has one, and what the in-app chooser (`ui::chooser`)
//! reads from the disk where it has none.

use crate::fl;
use std::path::{Path, PathBuf};

/// The extensions the importer reads.
pub const SPREADSHEETS: &[&str] = &["xlsx", "xls", "ods", "csv", "txt"];

/// Which file the operator is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pick {
    /// A spreadsheet of users to import.
    Spreadsheet,
    /// Where to write the users export; the extension picks the format.
    ExportTo { file_name: String },
}

impl Pick {
    /// Whether the operator chooses a file to read (or a place to write).
    pub fn opens(&self) -> bool {
        matches!(self, Pick::Spreadsheet)
    }

    /// The extensions offered.
    pub fn extensions(&self) -> &'static [&'static str] {
        match self {
            Pick::Spreadsheet => SPREADSHEETS,
            Pick::ExportTo { .. } => &["xlsx", "csv"],
        }
    }

    /// The name suggested for a file to write.
    pub fn file_name(&self) -> Option<&str> {
        match self {
            Pick::Spreadsheet => None,
            Pick::ExportTo { file_name } => Some(file_name),
        }
    }
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
        Save {
            file_name: file_name(&path),
            bytes,
            to: Some(path),
        }
    }
}

/// The last part of a path, as text (empty for a root).
pub fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `name` made fit to name a file on every system: what Windows forbids
/// (`<>:"/\\|?*`, control characters) becomes `-`, and no dot or space ends
/// it; `fallback` where nothing is left.
pub fn safe_file_name(name: &str, fallback: &str) -> String {
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_control() || "<>:\"/\\|?*".contains(c) {
                '-'
            } else {
                c
            }
        })
        .collect();
    let safe = safe.trim().trim_end_matches(['.', ' ']);
    if safe.is_empty() {
        fallback.to_owned()
    } else {
        safe.to_owned()
    }
}

/// Whether this system shows file dialogs. Windows and macOS always do. On
/// Linux the system's dialog comes from the desktop portal
/// (xdg-desktop-portal with a backend that offers a file chooser) or from
/// zenity; without either the dialog would fail silently, so the app shows
/// its own. `NAVIXY_PANEL_FILE_DIALOG=builtin` (or `system`) overrides.
pub fn system_dialog_available() -> bool {
    match std::env::var("NAVIXY_PANEL_FILE_DIALOG").as_deref() {
        Ok("builtin") => return false,
        Ok("system") => return true,
        _ => {}
    }
    if !cfg!(target_os = "linux") {
        return true;
    }
    on_path("zenity") || portal_file_chooser()
}

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// A session bus, the portal service, and a portal backend that implements
/// the file chooser: what rfd's portal dialog needs.
fn portal_file_chooser() -> bool {
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR")
            .is_some_and(|dir| Path::new(&dir).join("bus").exists());
    if !bus {
        return false;
    }
    let data_dirs =
        std::env::var("XDG_DATA_DIRS").unwrap_or_else(|_| "/usr/local/share:/usr/share".to_owned());
    let dirs: Vec<PathBuf> = data_dirs.split(':').map(PathBuf::from).collect();
    let service = dirs.iter().any(|d| {
        d.join("dbus-1/services/org.freedesktop.portal.Desktop.service")
            .exists()
    });
    let chooser = dirs.iter().any(|d| {
        std::fs::read_dir(d.join("xdg-desktop-portal/portals"))
            .into_iter()
            .flatten()
            .flatten()
            .any(|entry| {
                std::fs::read_to_string(entry.path())
                    .is_ok_and(|text| text.contains("org.freedesktop.impl.portal.FileChooser"))
            })
    });
    service && chooser
}

/// The system's "open" or "save" dialog for `pick` (None: cancelled).
pub async fn pick(pick: Pick) -> Option<PathBuf> {
    let dialog = rfd::AsyncFileDialog::new();
    let chosen = match pick {
        Pick::Spreadsheet => {
            dialog
                .add_filter(fl!("file-filter-spreadsheets"), SPREADSHEETS)
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

/// Asks where with the system's dialog (unless known) and writes the file.
/// Ok(None): the operator cancelled the dialog.
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
    write(path, save.bytes).await.map(Some)
}

/// Writes `bytes` at `path`.
pub async fn write(path: PathBuf, bytes: Vec<u8>) -> Result<PathBuf, String> {
    tokio::fs::write(&path, &bytes)
        .await
        .map_err(|e| e.to_string())?;
    Ok(path)
}

/// One thing in a folder, as the chooser lists it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Entry {
    /// Folders sort before files.
    pub folder: bool,
    pub name: String,
}

/// The most entries of one folder the chooser lists.
pub const LISTED_MAX: usize = 2000;

/// A folder's folders and the files with one of `extensions` (all files when
/// empty), folders first, by name; hidden ones left out. At most
/// [`LISTED_MAX`], so a huge folder never holds the window.
pub fn list(dir: &Path, extensions: &[&str]) -> std::io::Result<Vec<Entry>> {
    let mut entries = Vec::new();
    for entry in std::fs::read_dir(dir)?.flatten().take(LISTED_MAX * 4) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        // A link to a folder is a folder.
        let folder = std::fs::metadata(entry.path()).is_ok_and(|m| m.is_dir());
        let wanted = folder || extensions.is_empty() || has_extension(&name, extensions);
        if wanted {
            entries.push(Entry { folder, name });
        }
    }
    entries.sort_by(|a, b| {
        b.folder
            .cmp(&a.folder)
            .then_with(|| a.name.to_lowercase().cmp(&b.name.to_lowercase()))
    });
    entries.truncate(LISTED_MAX);
    Ok(entries)
}

/// Whether `name` ends with one of `extensions` (any case).
pub fn has_extension(name: &str, extensions: &[&str]) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| extensions.iter().any(|e| e.eq_ignore_ascii_case(ext)))
}

/// Places to start from: the folders the operator used last, then home,
/// desktop, documents and downloads, each once and only if it exists.
pub fn places(recent: &[String]) -> Vec<PathBuf> {
    let mut places: Vec<PathBuf> = recent.iter().map(PathBuf::from).collect();
    if let Some(user) = directories::UserDirs::new() {
        places.push(user.home_dir().to_path_buf());
        places.extend(
            [user.desktop_dir(), user.document_dir(), user.download_dir()]
                .into_iter()
                .flatten()
                .map(Path::to_path_buf),
        );
    }
    let mut seen = std::collections::HashSet::new();
    places.retain(|p| p.is_dir() && seen.insert(p.clone()));
    places
}

/// Opens `dir` in the system's file manager. (The web browser opens only
/// http(s) addresses: see "log in as user".)
pub fn open_folder(dir: &Path) -> std::io::Result<()> {
    let program = if cfg!(windows) {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    let status = std::process::Command::new(program).arg(dir).status()?;
    // Explorer answers 1 even when it opened the folder.
    if status.success() || cfg!(windows) {
        Ok(())
    } else {
        Err(std::io::Error::other(format!("{program}: {status}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_first_then_wanted_files_hidden_left_out() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.csv", "a.XLSX", "notes.pdf", ".hidden.csv"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(dir.path().join("Reports")).unwrap();
        let listed = list(dir.path(), SPREADSHEETS).unwrap();
        let names: Vec<(&str, bool)> = listed.iter().map(|e| (e.name.as_str(), e.folder)).collect();
        assert_eq!(
            names,
            [("Reports", true), ("a.XLSX", false), ("b.csv", false)]
        );
    }

    #[test]
    #[allow(unsafe_code)] // changing the environment, in this test alone
    fn the_override_decides() {
        // Read once per call: set, read, restore (this test alone touches it).
        // SAFETY: no other test in this binary reads this variable.
        unsafe { std::env::set_var("NAVIXY_PANEL_FILE_DIALOG", "builtin") };
        assert!(!system_dialog_available());
        unsafe { std::env::set_var("NAVIXY_PANEL_FILE_DIALOG", "system") };
        assert!(system_dialog_available());
        unsafe { std::env::remove_var("NAVIXY_PANEL_FILE_DIALOG") };
    }
}
