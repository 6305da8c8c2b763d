//! `navixy-panel import FILE`: the import screen's reading, checking,
//! batching and resume-without-duplicates, for scripts and schedulers. The
//! file is read with the same `Preview`, uploaded through the same
//! `session::upload` decisions, and a row already on the server (an earlier,
//! interrupted run) is never sent again.

use super::sync::{Class, Conflict};
use super::upload::{self, Settled};
use crate::api::{self, Client, DealerHash};
use crate::import::read::ReadOptions;
use crate::import::{Outcome, Preview, report};
use crate::model::text::printable_lines;
use std::io::Write;

/// What the command was asked to do.
#[derive(Debug, Clone)]
pub struct ImportJob {
    pub file: std::path::PathBuf,
    /// `eu`, `us`, or the API root of an on-premise server or the sandbox.
    pub server: String,
    pub login: String,
    pub password: String,
    pub options: ReadOptions,
    pub update: bool,
}

/// The counts of the summary line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub created: usize,
    pub updated: usize,
    /// On the server already, as the file says (an earlier run, or another
    /// import): nothing to do.
    pub unchanged: usize,
    /// Refused by the server, or not sent because the row has a problem.
    pub refused: usize,
    /// On the server already but different from the file, and left as it
    /// is (no `--update`, or a change that cannot be applied).
    pub different: usize,
}

/// How the command ended (its exit code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// 0: every row is on the server as the file says (created now,
    /// updated now, or already so): a rerun of a finished import ends here.
    AllDone = 0,
    /// 1: some rows were invalid or refused, or exist and differ from the
    /// file without `--update`; none was sent twice.
    SomeLeft = 1,
    /// 2: the file could not be read, sign-in failed, or the server could not be reached.
    Failed = 2,
}

/// Where the command writes: the summary to `out`, progress and problems to
/// `err`. A reader that went away (`| head`) makes writes fail; they are
/// ignored, and the command still ends with its exit code.
pub struct Output<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
}

impl Output<'_> {
    // What is printed may hold a server's or a file's words: never their
    // control characters (see `model::text`).
    fn say(&mut self, line: &str) {
        let line = printable_lines(line);
        let _ = writeln!(self.out, "{line}");
        let _ = self.out.flush();
    }

    fn note(&mut self, line: &str) {
        let line = printable_lines(line);
        let _ = writeln!(self.err, "{line}");
    }
}

/// The API root a `--server` names: the clouds by name, or a URL, https
/// unless the server is on this machine (the sandbox).
pub fn server_url(server: &str) -> Result<String, String> {
    match server.trim() {
        "eu" => return Ok(api::EU_CLOUD.into()),
        "us" => return Ok(api::US_CLOUD.into()),
        _ => {}
    }
    // The login screen's words for the same two refusals.
    let bad = || format!("{server}: {}", crate::fl!("login-bad-url"));
    let url = url::Url::parse(server.trim()).map_err(|_| bad())?;
    let loopback = url.host().is_some_and(|h| super::dealer::is_loopback(&h));
    match url.scheme() {
        "https" => Ok(url.into()),
        "http" if loopback => Ok(url.into()),
        "http" => Err(format!("{server}: {}", crate::fl!("login-https-required"))),
        _ => Err(bad()),
    }
}

/// Runs the import; prints as it goes; says how it ended.
pub async fn run(job: &ImportJob, io: &mut Output<'_>) -> (Ending, Summary) {
    let mut summary = Summary::default();
    let failed = |io: &mut Output, why: String| {
        io.note(&why);
        (Ending::Failed, Summary::default())
    };
    let base = match server_url(&job.server) {
        Ok(b) => b,
        Err(why) => return failed(io, why),
    };
    let name = job
        .file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let bytes = match crate::import::read_file(&job.file) {
        Ok(b) => b,
        Err(e) => return failed(io, format!("{}: {e}", job.file.display())),
    };
    let mut preview = match Preview::open_with(&name, &bytes, &job.options, &mut |_, _| {}) {
        Ok(p) => p,
        Err(e) => {
            return failed(
                io,
                format!("{}: {}", job.file.display(), report::file_problem_text(&e)),
            );
        }
    };
    for note in report::source_notes(&preview)
        .into_iter()
        .chain(report::file_notes(&preview))
    {
        io.note(&note);
    }
    if !preview.missing.is_empty() || preview.too_many_rows() {
        return failed(io, report::text_report(&preview));
    }
    // Rows with a problem are not sent: said here, counted as refused.
    let invalid: Vec<usize> = (0..preview.rows.len())
        .filter(|&i| preview.rows[i].included && !preview.rows[i].is_valid())
        .collect();
    for &i in &invalid {
        let row = &preview.rows[i];
        io.note(&format!(
            "{}: {}",
            crate::fl!("import-line", line = row.line.to_string()),
            report::row_problems(row).join(" ")
        ));
        preview.set_included(i, false);
    }
    summary.refused = invalid.len();

    let client = match Client::new(&base) {
        Ok(c) => c,
        Err(e) => return failed(io, crate::words::errors::describe(&e)),
    };
    let hash = match client.panel_auth(&job.login, &job.password).await {
        Ok(h) => h,
        Err(e) => return failed(io, crate::words::errors::describe(&e)),
    };

    // Each row against the server: new ones are uploaded; the users that
    // exist are updated with --update, and left alone without it (so an
    // earlier, interrupted run is never sent twice).
    let ready = preview.ready_rows();
    let classified = match super::sync::classify(&client, &hash, &preview, &ready).await {
        Ok(c) => c,
        Err(e) => return failed(io, crate::words::errors::describe(&e)),
    };
    io.note(&crate::fl!(
        "cli-import-classified",
        summary = classified.summary_with_cost()
    ));
    for (&i, class) in &classified.classes {
        if *class == Class::New {
            continue;
        }
        preview.set_included(i, false);
        let line = preview.rows[i].line;
        match class {
            Class::Changed { user_id, .. } if job.update => {
                match super::sync::apply_change(&client, &hash, &preview, i, *user_id).await {
                    Ok(()) => summary.updated += 1,
                    Err(e) => {
                        io.note(&format!(
                            "{}: {}",
                            crate::fl!("import-line", line = line.to_string()),
                            crate::words::errors::describe(&e)
                        ));
                        summary.refused += 1;
                    }
                }
            }
            Class::Conflict { reason, .. } => {
                io.note(&format!(
                    "{}: {}",
                    crate::fl!("import-line", line = line.to_string()),
                    conflict_text(reason)
                ));
                summary.different += 1;
            }
            Class::Unchanged { .. } => summary.unchanged += 1,
            // Without --update, a user that differs is left as it is.
            _ => summary.different += 1,
        }
    }

    let total = preview.ready_rows().len();
    if upload_all(&client, &hash, &mut preview, total, &mut summary, io)
        .await
        .is_err()
    {
        io.say(&summary_line(&summary));
        return (Ending::Failed, summary);
    }
    summary.refused += preview
        .rows
        .iter()
        .filter(|r| matches!(r.outcome, Outcome::Refused(_)))
        .count();
    io.say(&summary_line(&summary));
    // Done when every row is on the server as the file says: a user
    // already so counts, one that differs and was left alone does not.
    let all_done = summary.refused == 0 && summary.different == 0;
    let ending = if all_done {
        Ending::AllDone
    } else {
        Ending::SomeLeft
    };
    (ending, summary)
}

/// Why a row cannot be applied, in words.
pub fn conflict_text(conflict: &Conflict) -> String {
    match conflict {
        Conflict::LegalType { from, to } => crate::fl!(
            "sync-conflict-legal-type",
            from = crate::words::legal_name(*from),
            to = crate::words::legal_name(*to)
        ),
    }
}

/// `created N, updated N, unchanged N, refused N, different N`: stable
/// words for scripts, in English in every interface language (README).
pub fn summary_line(s: &Summary) -> String {
    format!(
        "created {}, updated {}, unchanged {}, refused {}, different {}",
        s.created, s.updated, s.unchanged, s.refused, s.different
    )
}

/// Sends the ready rows batch by batch until none is left. After anything
/// but a full success the batch's logins are looked up and the batches are
/// planned again from what is still ready; a refused row is not ready.
/// Err when the server cannot be reached or keeps failing without a word.
async fn upload_all(
    client: &Client,
    hash: &DealerHash,
    preview: &mut Preview,
    total: usize,
    summary: &mut Summary,
    io: &mut Output<'_>,
) -> Result<(), String> {
    let describe = upload::describe_refusal;
    'plan: loop {
        let batches = upload::batches(preview, upload::BATCH);
        if batches.is_empty() {
            return Ok(());
        }
        for batch in batches {
            let file = preview.upload_file(&batch);
            let result = client.users_upload(hash, "users.csv", file).await;
            match upload::settle(preview, batch, result, describe) {
                Settled::Created(n) => {
                    summary.created += n;
                    io.note(&crate::fl!(
                        "cli-import-progress",
                        done = summary.created.to_string(),
                        total = total.to_string()
                    ));
                }
                Settled::Check { rows, stop } => {
                    let logins = preview.logins(&rows);
                    let existing = client
                        .existing_logins(hash, &logins)
                        .await
                        .map_err(|e| describe(&e))?;
                    let found = preview.apply_existing(&rows, &existing);
                    summary.created += found;
                    let refused_row = matches!(&stop, Some(upload::Stop { line: Some(_), .. }));
                    if let Some(upload::Stop {
                        line: Some(line),
                        reason,
                    }) = &stop
                    {
                        io.note(&crate::fl!(
                            "import-stopped-at",
                            line = line.to_string(),
                            reason = reason.clone()
                        ));
                    }
                    if !refused_row && found < rows.len() {
                        // Nothing says which row or why: the server is
                        // failing. What was not created stays unsent; a
                        // later run sends it (and only it).
                        let reason = stop
                            .map(|s| s.reason)
                            .unwrap_or_else(|| crate::fl!("cli-import-no-progress"));
                        io.note(&reason);
                        return Err(reason);
                    }
                    continue 'plan;
                }
            }
        }
    }
}
