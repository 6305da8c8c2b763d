//! The import screen's comparison with the server (`session::sync`): which
//! rows are new, changed, unchanged or a conflict, which of those classes the
//! operator applies, and the changed rows' updates, one at a time (the user
//! read, then updated whole with the file's filled cells over it).

use crate::api::UserRecord;
use crate::fl;
use crate::import::Preview;
use crate::import::report::column_title;
use crate::session::Ask;
use crate::session::import_file::conflict_text;
use crate::session::sync::{self, Class, Classified};
use crate::words::errors;
use std::collections::{BTreeMap, VecDeque};

/// What comparing found, and what of it the operator applies.
#[derive(Debug, Clone, Default)]
pub struct Compared {
    pub classified: Classified,
    /// Create the new rows' users.
    pub apply_new: bool,
    /// Update the changed rows' users.
    pub apply_changed: bool,
    /// The changed rows sent, and how each went (Err: why not).
    pub updated: BTreeMap<usize, Result<(), String>>,
    /// Rows left out of the upload because their user exists: taken back in
    /// before comparing again.
    pub left_out: Vec<usize>,
}

impl Compared {
    pub fn new(classified: Classified) -> Self {
        Compared {
            classified,
            apply_new: true,
            apply_changed: true,
            updated: BTreeMap::new(),
            left_out: Vec::new(),
        }
    }

    /// The changed rows not updated yet, with their users' ids.
    pub fn to_update(&self) -> VecDeque<(usize, i64)> {
        self.waiting_updates().collect()
    }

    /// How many changed rows are still to update (the view asks every frame).
    pub fn updates_left(&self) -> usize {
        self.waiting_updates().count()
    }

    fn waiting_updates(&self) -> impl Iterator<Item = (usize, i64)> + '_ {
        let classes = if self.apply_changed {
            Some(&self.classified.classes)
        } else {
            None
        };
        classes.into_iter().flatten().filter_map(|(&i, c)| match c {
            Class::Changed { user_id, .. } if !matches!(self.updated.get(&i), Some(Ok(()))) => {
                Some((i, *user_id))
            }
            _ => None,
        })
    }

    /// What the row's status column says once compared (None: not compared,
    /// or a new row, which says what the upload did).
    pub fn status(&self, row: usize) -> Option<(String, Tone)> {
        if let Some(done) = self.updated.get(&row) {
            return Some(match done {
                Ok(()) => (fl!("sync-row-updated"), Tone::Good),
                Err(why) => (
                    fl!("sync-row-update-failed", reason = why.clone()),
                    Tone::Bad,
                ),
            });
        }
        Some(match self.classified.classes.get(&row)? {
            Class::New => return None,
            Class::Changed { changes, .. } => {
                let list: Vec<String> = changes
                    .iter()
                    .map(|c| {
                        fl!(
                            "sync-change",
                            column = column_title(c.column).to_owned(),
                            old = c.old.clone(),
                            new = c.new.clone()
                        )
                    })
                    .collect();
                let tone = if self.apply_changed {
                    Tone::Pending
                } else {
                    Tone::Quiet
                };
                (fl!("sync-row-changed", changes = list.join("; ")), tone)
            }
            Class::Unchanged { .. } => (fl!("sync-row-unchanged"), Tone::Quiet),
            Class::Conflict { reason, .. } => (
                fl!("sync-row-conflict", reason = conflict_text(reason)),
                Tone::Bad,
            ),
        })
    }
}

/// How a row's comparison is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Good,
    Bad,
    /// Will change when applied.
    Pending,
    Quiet,
}

/// The update of a changed row, with the user as it was for the journal.
pub fn update(preview: &Preview, row: usize, now: &UserRecord) -> Option<Ask<()>> {
    let file_row = preview.user_row(row)?;
    Some(Ask::update_user(
        sync::update_for(preview, &file_row, now),
        sync::as_update(now),
    ))
}

/// Why an update did not go, in words.
pub fn failure(e: &crate::api::Error) -> String {
    errors::describe(e)
}
