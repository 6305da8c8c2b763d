//! The activity journal: every change the operator makes, appended as one
//! JSON line to a file in the app's data folder, written and synced to disk
//! before the app reports the change done. Passwords and session hashes are
//! never part of an entry (entries are built from what was changed, and no
//! field of an entry can hold either).

use serde::{Deserialize, Serialize};
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};

/// One change, as the operator would describe it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// UTC, RFC 3339.
    pub at: String,
    /// The API root the change went to.
    pub server: String,
    /// The dealer login the operator was working as.
    pub dealer: String,
    /// E.g. `user.create`, `user.change_balance`, `application.delete`.
    pub operation: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user_id: Option<i64>,
    /// The user's login, where the operation names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// What changed; `old` where the app knew it.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub changes: Vec<Change>,
    pub outcome: Outcome,
    /// The Navixy error code of a refusal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<u32>,
    /// An import's file, as the operator chose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// One import run: the entries of its uploads (and the checks after
    /// them) share it, and the Activity screen shows them as one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub run: Option<u64>,
    /// The logins the entry made (an import's created users).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub logins: Vec<String>,
    /// The bulk run the change was part of (its job's id): the Activity
    /// screen shows a run as one line that opens to its changes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bulk: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub old: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub new: Option<String>,
}

impl Change {
    pub fn new(field: impl Into<String>, new: impl Into<String>) -> Self {
        Change {
            field: field.into(),
            old: None,
            new: Some(new.into()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Done,
    /// The server said no (see `code`).
    Refused,
    /// The answer was lost and a read showed the change was not made.
    NotApplied,
    /// The answer was lost and nothing could tell whether it was made.
    Unconfirmed,
    /// It could not be sent (network, timeout before sending).
    Failed,
}

impl Outcome {
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Done => "done",
            Outcome::Refused => "refused",
            Outcome::NotApplied => "not_applied",
            Outcome::Unconfirmed => "unconfirmed",
            Outcome::Failed => "failed",
        }
    }
}

/// The journal file.
#[derive(Debug, Clone)]
pub struct Journal {
    path: PathBuf,
    /// Every entry written through this handle belongs to this bulk run.
    bulk: Option<String>,
}

/// What reading the journal found.
#[derive(Debug, Default, PartialEq)]
pub struct Read {
    pub entries: Vec<Entry>,
    /// Lines that are not entries (a crash mid-write, a hand edit): skipped.
    pub unreadable_lines: usize,
}

impl Journal {
    pub fn new(path: impl Into<PathBuf>) -> Self {
        Journal {
            path: path.into(),
            bulk: None,
        }
    }

    /// The same journal, marking what is written through it as part of the
    /// bulk run `id`.
    pub fn in_bulk_run(&self, id: &str) -> Self {
        Journal {
            path: self.path.clone(),
            bulk: Some(id.to_owned()),
        }
    }

    pub fn in_dir(data_dir: &Path) -> Self {
        Journal::new(data_dir.join("activity.jsonl"))
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Appends one entry and syncs it to disk. The file is created readable
    /// by its owner only.
    pub fn append(&self, entry: &Entry) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            crate::config::private_dir(dir)?;
        }
        let marked;
        let entry = match &self.bulk {
            Some(run) if entry.bulk.is_none() => {
                marked = Entry {
                    bulk: Some(run.clone()),
                    ..entry.clone()
                };
                &marked
            }
            _ => entry,
        };
        let mut line = serde_json::to_vec(entry).map_err(std::io::Error::other)?;
        line.push(b'\n');
        let mut options = std::fs::OpenOptions::new();
        options.create(true).append(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(&self.path)?;
        // One write per entry: concurrent appends never interleave within a line.
        file.write_all(&line)?;
        file.sync_data()
    }

    /// Every entry, oldest first. A missing file is an empty journal.
    pub fn read(&self) -> std::io::Result<Read> {
        let file = match std::fs::File::open(&self.path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Read::default()),
            Err(e) => return Err(e),
        };
        let mut read = Read::default();
        for line in std::io::BufReader::new(file).split(b'\n') {
            let line = line?;
            if line.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            match serde_json::from_slice(&line) {
                Ok(entry) => read.entries.push(entry),
                Err(_) => read.unreadable_lines += 1,
            }
        }
        Ok(read)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(operation: &str) -> Entry {
        Entry {
            at: "2026-11-24T10:00:00Z".into(),
            server: "http://127.0.0.1:8470/v2/".into(),
            dealer: "demo".into(),
            operation: operation.into(),
            user_id: Some(7),
            user: Some("ann@example.com".into()),
            changes: vec![Change::new("post_city", "Basel")],
            outcome: Outcome::Done,
            code: None,
            file: None,
            run: None,
            logins: Vec::new(),
            bulk: None,
        }
    }

    #[test]
    fn appends_and_reads_back_skipping_broken_lines() {
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::in_dir(dir.path());
        assert_eq!(journal.read().unwrap(), Read::default());
        journal.append(&entry("user.update")).unwrap();
        // A crash mid-write leaves half a line; later entries still read.
        let mut f = std::fs::OpenOptions::new()
            .append(true)
            .open(journal.path())
            .unwrap();
        f.write_all(b"{\"at\":\"2026-11-\n").unwrap();
        journal.append(&entry("user.delete")).unwrap();
        let read = journal.read().unwrap();
        let ops: Vec<&str> = read.entries.iter().map(|e| e.operation.as_str()).collect();
        assert_eq!(ops, ["user.update", "user.delete"]);
        assert_eq!(read.unreadable_lines, 1);
    }

    #[cfg(unix)]
    #[test]
    fn only_the_owner_can_read_it() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let journal = Journal::in_dir(dir.path());
        journal.append(&entry("user.create")).unwrap();
        let mode = std::fs::metadata(journal.path())
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
