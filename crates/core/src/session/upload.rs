//! Uploading a checked file in batches, and what each answer means for its
//! rows. Navixy stops at the first bad row of a file and says which
//! (`row_number`); whether the rows before it were created is not documented
//! (API-NOTES "Bulk upload"), so after anything but a full success the
//! batch's logins are looked up before anything is sent again. The import
//! screen and `navixy-panel import` both drive their uploads through these
//! functions, so a row is never created twice by either.

use crate::api::{self, UploadResult};
use crate::import::Preview;
use std::collections::VecDeque;

/// Rows per `panel/user/upload` call.
pub const BATCH: usize = 500;

/// The ready rows of the preview, in file order, `size` to a batch.
pub fn batches(preview: &Preview, size: usize) -> VecDeque<Vec<usize>> {
    preview
        .ready_rows()
        .chunks(size.max(1))
        .map(<[usize]>::to_vec)
        .collect()
}

/// A refused upload in the operator's words, with the server's per-column
/// reasons (the columns as the operator's file names them).
pub fn describe_refusal(e: &api::Error) -> String {
    use crate::import::report::column_title;
    use crate::model::import_columns::ImportColumn;
    let mut text = crate::words::errors::describe(e);
    if let Some(a) = e.api() {
        text = format!("{text} ({})", crate::fl!("error-code", code = a.code));
        for p in &a.errors {
            let column = ImportColumn::for_parameter(&p.parameter)
                .map(column_title)
                .unwrap_or(p.parameter.as_str());
            text.push_str(&format!(" {column}: {}", p.error));
        }
    }
    text
}

/// Where the server stopped, in the file's own line, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Stop {
    /// The line of the operator's file (not of the batch sent).
    pub line: Option<usize>,
    pub reason: String,
}

/// What an upload's answer settled.
#[derive(Debug, Clone, PartialEq)]
pub enum Settled {
    /// Every row of the batch was created (the rows are marked so).
    Created(usize),
    /// Not every row is known to be created: look these rows' logins up
    /// (`Client::existing_logins`, then `Preview::apply_existing`) before
    /// anything else is sent.
    Check {
        rows: Vec<usize>,
        stop: Option<Stop>,
    },
}

/// Marks the preview with what the answer to `batch`'s upload says.
/// `describe` puts a refusal in the operator's words.
pub fn settle(
    preview: &mut Preview,
    batch: Vec<usize>,
    result: Result<UploadResult, api::Error>,
    describe: impl Fn(&api::Error) -> String,
) -> Settled {
    match result {
        Ok(answer) if answer.total as usize == batch.len() => {
            preview.mark_created(&batch);
            Settled::Created(batch.len())
        }
        // Fewer created than sent, without an error: find out which.
        Ok(_) => Settled::Check {
            rows: batch,
            stop: None,
        },
        Err(e) => {
            // The server's row_number counts the header of the file it got
            // as 1: the batch's k-th row is row k + 2.
            let failed_at = e
                .api()
                .and_then(|a| a.row_number)
                .and_then(|n| usize::try_from(n).ok())
                .and_then(|n| n.checked_sub(2))
                .filter(|k| *k < batch.len());
            let reason = describe(&e);
            match failed_at {
                // Navixy stopped at this row; rows before it may exist now.
                Some(k) => {
                    preview.mark_refused(batch[k], reason.clone());
                    let line = preview.rows.get(batch[k]).map(|r| r.line);
                    Settled::Check {
                        rows: batch[..k].to_vec(),
                        stop: Some(Stop { line, reason }),
                    }
                }
                None => Settled::Check {
                    rows: batch,
                    stop: Some(Stop { line: None, reason }),
                },
            }
        }
    }
}
