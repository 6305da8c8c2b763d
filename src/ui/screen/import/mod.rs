//! Bulk import: the operator's file, every row checked before anything is
//! sent (summary, grid with bad cells marked and the reasons beside them,
//! "errors only", fix a cell or leave a row out), then the upload in batches
//! with progress. After an upload that failed or whose outcome is unknown,
//! the screen asks the server which logins exist before anything is sent
//! again: no user is created twice and no row is lost.
//!
//! The grid builds only the rows in view, so a 10,000-row file scrolls as
//! quickly as a short one.

mod sync;

use crate::api::{self, UploadResult, UserRecord};
use crate::fl;
use crate::i18n;
use crate::import::read::ReadOptions;
use crate::import::report::{self, column_title};
use crate::import::{ImportRow, Outcome, Preview};
use crate::model::import_columns::ImportColumn;
use crate::session::sync::Classified;
use crate::session::upload;
use crate::session::{Ask, ImportMark};
use crate::ui::action::Happened;
use crate::ui::files::{Pick, Save};
use crate::ui::screen::Page;
use crate::ui::theme;
use crate::ui::widget;
use crate::ui::widget::grid;
use crate::ui::widget::icon;
use crate::ui::widget::modal::{self, Confirm};
use crate::ui::widget::toast::Toast;
use crate::words::errors;
use encoding_rs::Encoding;
use iced::keyboard::{Key, Modifiers, key::Named};

use iced::widget::{
    button, checkbox, column, container, mouse_area, pick_list, progress_bar, row, scrollable,
    space, text, text_input,
};
use iced::{Alignment, Element, Length, Task};
use std::collections::{HashMap, HashSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Rows per `panel/user/upload` call: progress to show, and a failure
/// leaves at most this many rows to check.
pub use crate::session::upload::BATCH;
const ROW_HEIGHT: f32 = 30.0;
/// Characters of a cell the grid shows (the row editor shows all of it).
const CELL_CHARS: usize = 200;
/// Longest cell the row editor puts in a text field: twice the longest any
/// user field may be. A longer one (a megabyte from a hostile file) would
/// take half a second to lay out on every update; it can only be cleared.
const EDITABLE_CHARS: usize = 2000;
const LINE_WIDTH: f32 = 64.0;
const INCLUDE_WIDTH: f32 = 36.0;
const PROBLEMS_WIDTH: f32 = 420.0;
pub const GRID_ID: &str = "import-grid";
const GRID_HEADER_ID: &str = "import-grid-header";
/// The grid's first two columns; the file's columns follow.
const LINE_COLUMN: usize = 0;
const PROBLEMS_COLUMN: usize = 1;

fn column_width(column: ImportColumn) -> f32 {
    match column {
        ImportColumn::Email => 230.0,
        // The code and its meaning: "2 — Legal entity".
        ImportColumn::Status | ImportColumn::LegalStatus => 175.0,
        ImportColumn::Discount | ImportColumn::DeviceLimit => 100.0,
        _ => 150.0,
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Reading and checking the file.
    Reading {
        done: usize,
        total: usize,
    },
    /// The file could not be read at all (translated reason).
    Unreadable(String),
    Reviewing,
    /// Batches left after the one on its way; `sent` rows already created.
    Uploading {
        queue: VecDeque<Vec<usize>>,
        current: Vec<usize>,
        sent: usize,
        total: usize,
    },
    /// Asking the server which of these rows' users exist.
    Checking {
        rows: Vec<usize>,
    },
    /// The check itself failed: nothing may be sent until it succeeds.
    CheckFailed {
        rows: Vec<usize>,
        reason: String,
    },
    /// Asking the server which rows' users exist, and how they differ.
    Comparing,
    /// Updating the changed rows' users, one at a time: `current` on its way.
    Updating {
        queue: VecDeque<(usize, i64)>,
        current: Option<(usize, i64)>,
        done: usize,
        total: usize,
    },
}

/// What the operator is told after an upload.
#[derive(Debug, Clone, PartialEq)]
pub enum Notice {
    Done { created: usize },
    Stopped { created: usize, reason: String },
}

pub struct Import {
    file_name: String,
    path: PathBuf,
    stage: Stage,
    preview: Option<Preview>,
    errors_only: bool,
    /// Index into `preview.rows` of the row open in the editor below the grid.
    selected: Option<usize>,
    /// The rows the grid shows (all, or those needing attention), in file order.
    shown: Vec<usize>,
    table: grid::Table,
    notice: Option<Notice>,
    /// Users created by this screen, to refresh the list on the way back.
    created_total: usize,
    /// The operator changed cells or left rows out since the file was read.
    edited: bool,
    confirm_leave: bool,
    /// Rows per upload call ([`BATCH`]; smaller in tests).
    batch_size: usize,
    /// The operator's choice of encoding or sheet, when not the reader's own.
    options: ReadOptions,
    /// Passwords show as dots until the operator asks to see them.
    show_passwords: bool,
    /// The reading under way: dropped with the screen (or a new reading),
    /// which stops its messages.
    reading: Option<iced::task::Handle>,
    /// The grid's column widths the operator changed, by column.
    widths: HashMap<usize, f32>,
    /// This import, for the journal: every upload from this screen (and the
    /// checks after them) is one line in Activity.
    run: u64,
    /// What comparing with the server found (None: not compared).
    compared: Option<sync::Compared>,
    /// Users this screen updated.
    updated_total: usize,
}

/// The encodings offered: what operators' CSV files come in.
const ENCODINGS: [&Encoding; 9] = [
    encoding_rs::UTF_8,
    encoding_rs::WINDOWS_1251,
    encoding_rs::WINDOWS_1252,
    encoding_rs::UTF_16LE,
    encoding_rs::UTF_16BE,
    encoding_rs::KOI8_R,
    encoding_rs::IBM866,
    encoding_rs::WINDOWS_1250,
    encoding_rs::ISO_8859_2,
];

#[derive(Debug, Clone)]
pub enum Message {
    Progress(usize, usize),
    Read(Result<Preview, String>),
    ErrorsOnly(bool),
    Select(usize),
    Edit(ImportColumn, String),
    Include(usize, bool),
    ExcludeInvalid,
    Scrolled(scrollable::Viewport),
    /// A grid header's edge dragged.
    Resize(grid::Drag),
    Upload,
    CheckAgain,
    Uploaded(Result<UploadResult, api::Error>),
    /// Which of the logins asked about exist on the server.
    Checked(Result<HashSet<String>, api::Error>),
    SaveReport,
    Template,
    ChooseFile,
    /// Another file to read instead (None: the dialog was cancelled).
    FileChosen(Option<PathBuf>),
    Back,
    LeaveConfirmed,
    LeaveCancelled,
    /// Compare the rows with the server (new, changed, unchanged, conflicts).
    Compare,
    Compared(Result<Classified, api::Error>),
    /// Create the new rows' users (when compared).
    ApplyNew(bool),
    /// Update the changed rows' users (when compared).
    ApplyChanged(bool),
    /// A changed row's user, read before its update.
    ReadForUpdate(Result<Box<UserRecord>, api::Error>),
    RowUpdated(Result<(), api::Error>),
    /// Read the file again in this encoding (CSV) or from this sheet.
    ReadAs(ReadOptions),
    ShowPasswords(bool),
}

type Action = crate::ui::action::Action<Message>;

/// Reads and checks the file off the UI thread, telling progress as it goes,
/// with the operator's choice of encoding or sheet.
pub fn read_file_with(path: PathBuf, options: ReadOptions) -> Task<Message> {
    let (tx, rx) = iced::futures::channel::mpsc::unbounded();
    std::thread::spawn(move || {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let result = match crate::import::read_file(&path) {
            Err(e) => Err(fl!("import-cannot-open", reason = e.to_string())),
            Ok(bytes) => {
                let progress_tx = tx.clone();
                let mut progress = move |done, total| {
                    let _ = progress_tx.unbounded_send(Message::Progress(done, total));
                };
                Preview::open_with(&name, &bytes, &options, &mut progress)
                    .map_err(|e| report::file_problem_text(&e))
            }
        };
        let _ = tx.unbounded_send(Message::Read(result));
    });
    Task::run(rx, |m| m)
}

impl Import {
    /// The screen for a file the operator picked or dropped; it reads the file
    /// when it [starts](Page::start).
    pub fn new(path: PathBuf) -> Import {
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        Import {
            file_name,
            path: path.clone(),
            stage: Stage::Reading { done: 0, total: 0 },
            preview: None,
            errors_only: false,
            selected: None,
            shown: Vec::new(),
            table: grid::Table::new(GRID_ID, GRID_HEADER_ID),
            notice: None,
            created_total: 0,
            edited: false,
            confirm_leave: false,
            batch_size: BATCH,
            options: ReadOptions::default(),
            show_passwords: false,
            reading: None,
            widths: HashMap::new(),
            run: new_run(),
            compared: None,
            updated_total: 0,
        }
    }

    /// Reads the file (again) with the current options; an earlier reading stops.
    fn read(&mut self) -> Action {
        self.stage = Stage::Reading { done: 0, total: 0 };
        let (task, handle) = read_file_with(self.path.clone(), self.options.clone()).abortable();
        self.reading = Some(handle.abort_on_drop());
        Action::run(task)
    }

    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    pub fn stage(&self) -> &Stage {
        &self.stage
    }

    pub fn preview(&self) -> Option<&Preview> {
        self.preview.as_ref()
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    pub fn created_total(&self) -> usize {
        self.created_total
    }

    pub fn confirm_leave(&self) -> bool {
        self.confirm_leave
    }

    pub fn options(&self) -> &ReadOptions {
        &self.options
    }

    /// Rows per upload call (tests use small batches).
    pub fn set_batch_size(&mut self, rows: usize) {
        self.batch_size = rows.max(1);
    }

    /// Another encoding or sheet may be chosen while nothing of this reading
    /// would be lost: no edits, nothing sent.
    pub fn can_read_again(&self) -> bool {
        !self.is_busy()
            && !self.edited
            && self.created_total == 0
            && matches!(self.stage, Stage::Reviewing | Stage::Unreadable(_))
    }

    pub fn is_busy(&self) -> bool {
        matches!(
            self.stage,
            Stage::Reading { .. }
                | Stage::Uploading { .. }
                | Stage::Checking { .. }
                | Stage::Comparing
                | Stage::Updating { .. }
        )
    }

    /// What comparing with the server found, if it was asked.
    pub fn compared(&self) -> Option<&Classified> {
        self.compared.as_ref().map(|c| &c.classified)
    }

    /// How a compared row went: updated, or why not.
    pub fn update_of(&self, row: usize) -> Option<&Result<(), String>> {
        self.compared.as_ref()?.updated.get(&row)
    }

    /// Whether Upload has anything to do: new rows ready, or changed ones
    /// chosen and not updated yet.
    fn can_apply(&self) -> bool {
        let Some(p) = &self.preview else {
            return false;
        };
        let new = p.can_upload() && self.compared.as_ref().is_none_or(|c| c.apply_new);
        let changed = self.compared.as_ref().is_some_and(|c| c.updates_left() > 0);
        self.stage == Stage::Reviewing && (new || changed)
    }

    /// Compares the ready rows with the server; rows left out by an
    /// earlier comparison are taken back in first.
    fn compare(&mut self) -> Action {
        self.forget_comparison();
        let Some(p) = self.preview.as_mut() else {
            return Action::none();
        };
        let rows = p.ready_rows();
        self.stage = Stage::Comparing;
        Action::ask(Ask::classify(Arc::new(p.clone()), rows), Message::Compared)
    }

    /// A comparison is about the rows as they were: an edit makes it stale,
    /// and the rows it left out come back (compare again to see).
    fn forget_comparison(&mut self) {
        if let (Some(old), Some(p)) = (self.compared.take(), self.preview.as_mut()) {
            for i in old.left_out {
                p.set_included(i, true);
            }
        }
    }

    /// Updates the next changed row: its user is read first.
    fn update_next(&mut self) -> Action {
        let Stage::Updating { queue, current, .. } = &mut self.stage else {
            return Action::none();
        };
        let Some((row, user_id)) = queue.pop_front() else {
            return self.start_upload();
        };
        *current = Some((row, user_id));
        Action::ask(Ask::read_user(user_id), Message::ReadForUpdate)
    }

    /// A changed row's update went (or not): the next one.
    fn row_updated(&mut self, result: Result<(), String>) -> Action {
        let Stage::Updating { current, done, .. } = &mut self.stage else {
            return Action::none();
        };
        let Some((row, _)) = current.take() else {
            return Action::none();
        };
        *done += 1;
        if result.is_ok() {
            self.updated_total += 1;
        }
        if let Some(c) = self.compared.as_mut() {
            c.updated.insert(row, result);
        }
        self.update_next()
    }

    /// Uploads the ready (new) rows, batch by batch, unless the operator
    /// chose not to create them.
    fn start_upload(&mut self) -> Action {
        self.stage = Stage::Reviewing;
        let apply_new = self.compared.as_ref().is_none_or(|c| c.apply_new);
        let Some(p) = self
            .preview
            .as_ref()
            .filter(|p| p.can_upload() && apply_new)
        else {
            self.reshow();
            let updated = self.updated_total;
            return match updated {
                0 => Action::none(),
                n => Action::toast(Toast::success(fl!("sync-updated", count = n))),
            };
        };
        let total = p.ready_rows().len();
        let queue = upload::batches(p, self.batch_size);
        self.notice = None;
        self.stage = Stage::Uploading {
            queue,
            current: Vec::new(),
            sent: 0,
            total,
        };
        self.send_next()
    }

    /// The operator changed rows that have not gone to the server yet.
    fn edits_unsent(&self) -> bool {
        self.edited && self.preview.as_ref().is_some_and(|p| p.summary().ready > 0)
    }

    fn reshow(&mut self) {
        let Some(p) = &self.preview else {
            self.shown.clear();
            return;
        };
        self.shown = (0..p.rows.len())
            .filter(|&i| !self.errors_only || p.rows[i].needs_attention())
            .collect();
    }

    /// Back to the list, which shows the users this screen created.
    fn leave(&mut self) -> Action {
        let told = Action::tell(Happened::UsersImported(self.created_total));
        let told = if self.updated_total > 0 {
            told.and(Action::tell(Happened::UserSaved {
                user_id: None,
                created: false,
            }))
        } else {
            told
        };
        Action::close().and(told)
    }

    fn check(&mut self, rows: Vec<usize>) -> Action {
        let logins = self
            .preview
            .as_ref()
            .map(|p| p.logins(&rows))
            .unwrap_or_default();
        self.stage = Stage::Checking { rows };
        // The check settles the run in the journal: who was created after all.
        let mark = ImportMark {
            file: self.file_name.clone(),
            run: self.run,
            logins: Vec::new(),
            rows: 0,
        };
        Action::ask(Ask::find_logins(logins, Some(mark)), Message::Checked)
    }

    fn send_next(&mut self) -> Action {
        let Stage::Uploading {
            queue,
            current,
            sent,
            total,
        } = &mut self.stage
        else {
            return Action::none();
        };
        let Some(next) = queue.pop_front() else {
            let created = *sent;
            self.stage = Stage::Reviewing;
            self.notice = Some(Notice::Done { created });
            self.reshow();
            return Action::toast(Toast::success(fl!(
                "import-done",
                n = created,
                created = i18n::count(created as u64)
            )));
        };
        let run_rows = *total;
        let (file, logins) = self
            .preview
            .as_ref()
            .map(|p| (p.upload_file(&next), p.logins(&next)))
            .unwrap_or_default();
        *current = next;
        let mark = ImportMark {
            file: self.file_name.clone(),
            run: self.run,
            logins,
            rows: run_rows,
        };
        Action::ask(Ask::upload(file, mark), Message::Uploaded)
    }

    fn uploaded(&mut self, result: Result<UploadResult, api::Error>) -> Action {
        let Stage::Uploading { current, sent, .. } = &mut self.stage else {
            return Action::none();
        };
        let batch = std::mem::take(current);
        let Some(preview) = self.preview.as_mut() else {
            return Action::none();
        };
        match upload::settle(preview, batch, result, upload::describe_refusal) {
            upload::Settled::Created(n) => {
                *sent += n;
                self.created_total += n;
                self.send_next()
            }
            upload::Settled::Check { rows, stop } => {
                if let Some(stop) = stop {
                    let reason = match stop.line {
                        Some(line) => fl!(
                            "import-stopped-at",
                            line = line.to_string(),
                            reason = stop.reason
                        ),
                        None => stop.reason,
                    };
                    self.notice = Some(Notice::Stopped { created: 0, reason });
                }
                self.check(rows)
            }
        }
    }

    fn checked(&mut self, result: Result<HashSet<String>, api::Error>) -> Action {
        let Stage::Checking { rows } = std::mem::replace(&mut self.stage, Stage::Reviewing) else {
            return Action::none();
        };
        match result {
            Ok(existing) => {
                let found = self
                    .preview
                    .as_mut()
                    .map(|p| p.apply_existing(&rows, &existing))
                    .unwrap_or(0);
                self.created_total += found;
                let reason = match self.notice.take() {
                    Some(Notice::Stopped { reason, .. }) => reason,
                    _ => String::new(),
                };
                self.notice = Some(Notice::Stopped {
                    created: self.preview.as_ref().map_or(0, |p| p.summary().created),
                    reason,
                });
                self.reshow();
                Action::none()
            }
            Err(e) => {
                self.stage = Stage::CheckFailed {
                    rows,
                    reason: errors::describe(&e),
                };
                Action::none()
            }
        }
    }

    fn handle(&mut self, message: Message) -> Action {
        match message {
            Message::Progress(done, total) => {
                if let Stage::Reading { .. } = self.stage {
                    self.stage = Stage::Reading { done, total };
                }
                Action::none()
            }
            Message::Read(Ok(preview)) => {
                self.preview = Some(preview);
                self.stage = Stage::Reviewing;
                self.selected = None;
                self.edited = false;
                self.notice = None;
                self.reshow();
                Action::none()
            }
            Message::Read(Err(reason)) => {
                self.stage = Stage::Unreadable(reason);
                Action::none()
            }
            Message::ReadAs(options) => {
                if !self.can_read_again() {
                    return Action::none();
                }
                self.options = options;
                self.read()
            }
            Message::ShowPasswords(on) => {
                self.show_passwords = on;
                Action::none()
            }
            Message::ErrorsOnly(on) => {
                self.errors_only = on;
                self.reshow();
                Action::run(self.table.to_top())
            }
            Message::Select(i) => {
                self.selected = Some(i);
                Action::none()
            }
            Message::Edit(column, value) => {
                let busy = self.is_busy();
                if let (Some(i), false) = (self.selected, busy) {
                    self.forget_comparison();
                    if let Some(p) = self.preview.as_mut() {
                        p.set_cell(i, column, value);
                        self.edited = true;
                    }
                }
                // The row stays in view while being fixed, even with "errors only".
                Action::none()
            }
            Message::Include(i, on) => {
                let busy = self.is_busy();
                if let (Some(p), false) = (self.preview.as_mut(), busy) {
                    p.set_included(i, on);
                    self.edited = true;
                }
                Action::none()
            }
            Message::ExcludeInvalid => {
                let busy = self.is_busy();
                if let (Some(p), false) = (self.preview.as_mut(), busy) {
                    p.exclude_invalid();
                    self.edited = true;
                    self.reshow();
                }
                Action::none()
            }
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::Resize(drag) => {
                let mins: Vec<f32> = self
                    .preview
                    .as_ref()
                    .map(|p| self.grid_columns(p).iter().map(|c| c.min).collect())
                    .unwrap_or_default();
                if let Some((i, width)) = self
                    .table
                    .resize(drag, |i| mins.get(i).copied().unwrap_or(48.0))
                {
                    self.widths.insert(i, width);
                }
                Action::none()
            }
            Message::Upload => {
                if !self.can_apply() {
                    return Action::none();
                }
                // The changed rows first (when compared and chosen), then the new.
                let queue = self
                    .compared
                    .as_ref()
                    .map(sync::Compared::to_update)
                    .unwrap_or_default();
                if queue.is_empty() {
                    return self.start_upload();
                }
                self.notice = None;
                self.stage = Stage::Updating {
                    total: queue.len(),
                    queue,
                    current: None,
                    done: 0,
                };
                self.update_next()
            }
            Message::Compare if self.stage == Stage::Reviewing => self.compare(),
            Message::Compare => Action::none(),
            Message::Compared(Ok(classified)) => {
                self.stage = Stage::Reviewing;
                let mut compared = sync::Compared::new(classified);
                if let Some(p) = self.preview.as_mut() {
                    // A user that exists is not created again.
                    for (&i, class) in &compared.classified.classes {
                        if *class != crate::session::sync::Class::New {
                            p.set_included(i, false);
                            compared.left_out.push(i);
                        }
                    }
                }
                self.compared = Some(compared);
                self.reshow();
                Action::none()
            }
            Message::Compared(Err(e)) => {
                self.stage = Stage::Reviewing;
                Action::toast(Toast::error(&e))
            }
            Message::ApplyNew(on) => {
                if let Some(c) = self.compared.as_mut() {
                    c.apply_new = on;
                }
                Action::none()
            }
            Message::ApplyChanged(on) => {
                if let Some(c) = self.compared.as_mut() {
                    c.apply_changed = on;
                }
                Action::none()
            }
            Message::ReadForUpdate(Ok(record)) => {
                let current = match &self.stage {
                    Stage::Updating {
                        current: Some((row, _)),
                        ..
                    } => *row,
                    _ => return Action::none(),
                };
                let update = self
                    .preview
                    .as_ref()
                    .and_then(|p| sync::update(p, current, &record));
                match update {
                    Some(ask) => Action::ask(ask, Message::RowUpdated),
                    None => self.row_updated(Err(fl!("sync-row-gone"))),
                }
            }
            Message::ReadForUpdate(Err(e)) | Message::RowUpdated(Err(e)) => {
                self.row_updated(Err(sync::failure(&e)))
            }
            Message::RowUpdated(Ok(())) => self.row_updated(Ok(())),
            Message::CheckAgain => match std::mem::replace(&mut self.stage, Stage::Reviewing) {
                Stage::CheckFailed { rows, .. } => self.check(rows),
                other => {
                    self.stage = other;
                    Action::none()
                }
            },
            Message::Uploaded(result) => self.uploaded(result),
            Message::Checked(result) => self.checked(result),
            Message::SaveReport => match self.preview.as_ref().map(report::error_report_xlsx) {
                Some(Ok(bytes)) => {
                    Action::save_file(Save::asking(report_name(&self.file_name), bytes))
                }
                Some(Err(e)) => {
                    Action::toast(Toast::failed(fl!("save-failed", reason = e.to_string())))
                }
                None => Action::none(),
            },
            Message::Template => template(),
            Message::ChooseFile if !self.is_busy() => {
                Action::pick_file(Pick::Spreadsheet, Message::FileChosen)
            }
            Message::ChooseFile => Action::none(),
            // Another file replaces this one while nothing is on its way.
            Message::FileChosen(Some(path)) if !self.is_busy() => {
                *self = Import::new(path);
                self.read()
            }
            Message::FileChosen(_) => Action::none(),
            Message::Back => {
                if self.is_busy() {
                    return Action::none(); // the upload's answer must be seen
                }
                if self.edits_unsent() {
                    self.confirm_leave = true;
                    Action::none()
                } else {
                    self.leave()
                }
            }
            Message::LeaveConfirmed => {
                self.confirm_leave = false;
                self.leave()
            }
            Message::LeaveCancelled => {
                self.confirm_leave = false;
                Action::none()
            }
        }
    }

    // ---- view ------------------------------------------------------------

    fn page(&self) -> Element<'_, Message> {
        let title = row![
            icon::back_button(icon::BackTo::Users)
                .on_press_maybe((!self.is_busy()).then_some(Message::Back)),
            // The file's name gives way (to a second line) before the buttons.
            text(fl!("import-title", file = self.file_name.clone()))
                .size(20)
                .width(Length::Fill),
            button(text(fl!("import-template")).wrapping(text::Wrapping::None))
                .style(button::secondary)
                .on_press(Message::Template),
            button(text(fl!("import-choose-file")).wrapping(text::Wrapping::None))
                .style(button::secondary)
                .on_press_maybe((!self.is_busy()).then_some(Message::ChooseFile)),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        let body: Element<'_, Message> = match (&self.stage, &self.preview) {
            (Stage::Reading { done, total }, _) => {
                let label = if *total == 0 {
                    fl!("import-reading")
                } else {
                    fl!(
                        "import-checking-rows",
                        done = i18n::count(*done as u64),
                        total = i18n::count(*total as u64)
                    )
                };
                container(
                    column![
                        text(label),
                        progress_bar(0.0..=(*total).max(1) as f32, *done as f32).length(320),
                    ]
                    .spacing(10)
                    .align_x(Alignment::Center),
                )
                .center(Length::Fill)
                .into()
            }
            (Stage::Unreadable(reason), _) => container(
                column![
                    text(reason.clone()).style(text::danger),
                    button(text(fl!("import-choose-file"))).on_press(Message::ChooseFile),
                    text(fl!("import-drop-hint"))
                        .size(13)
                        .style(text::secondary),
                ]
                .spacing(12)
                .align_x(Alignment::Center),
            )
            .center(Length::Fill)
            .into(),
            (_, Some(preview)) => self.review(preview),
            (_, None) => space::vertical().into(),
        };
        column![title, body].spacing(12).padding(12).into()
    }

    fn review<'a>(&'a self, preview: &'a Preview) -> Element<'a, Message> {
        let summary = preview.summary();
        let updated = self.compared.as_ref().map_or(0, |c| {
            c.updated.values().filter(|result| result.is_ok()).count()
        });
        let mut info = column![text(report::summary_line(preview, updated)).size(16)].spacing(4);
        // How the file was read, the choice of reading it otherwise and the
        // drop hint share lines: in a half-screen window the rows need the room.
        let mut source: Vec<Element<'a, Message>> = report::source_notes(preview)
            .into_iter()
            .map(|note| text(note).style(text::secondary).into())
            .collect();
        if let Some(choice) = self.read_as(preview) {
            source.push(choice);
        }
        source.push(
            text(fl!("import-drop-hint"))
                .size(13)
                .style(text::secondary)
                .into(),
        );
        // While a row is open in the editor, how the file was read gives
        // its lines to the editor: in a half-screen window it had one.
        let editing = self.selected.is_some();
        if !editing {
            info = info.push(
                row(source)
                    .spacing(16)
                    .align_y(Alignment::Center)
                    .wrap()
                    .vertical_spacing(4),
            );
        }
        for note in report::file_notes(preview) {
            info = info.push(text(note).style(text::danger));
        }
        match &self.notice {
            Some(Notice::Done { created }) => {
                info = info.push(
                    text(fl!(
                        "import-done",
                        n = (*created as u64),
                        created = i18n::count(*created as u64)
                    ))
                    .style(text::success),
                );
            }
            Some(Notice::Stopped { created, reason }) => {
                info = info.push(
                    text(fl!(
                        "import-stopped",
                        created = i18n::count(*created as u64),
                        reason = reason.clone()
                    ))
                    .style(text::danger),
                );
            }
            None => {}
        }
        let busy = self.is_busy();
        let upload_label = if summary.ready == 0 && summary.created > 0 {
            fl!("import-nothing-left")
        } else if summary.created > 0 {
            fl!(
                "import-upload-rest",
                n = summary.ready,
                count = i18n::count(summary.ready as u64)
            )
        } else {
            fl!(
                "import-upload",
                n = summary.ready,
                count = i18n::count(summary.ready as u64)
            )
        };
        let can_upload = self.can_apply();
        let upload_label = match &self.compared {
            Some(c) => fl!(
                "sync-apply",
                new = if c.apply_new { summary.ready } else { 0 },
                changed = c.updates_left()
            ),
            None => upload_label,
        };
        let has_bad = summary.with_errors > 0;
        // The choices wrap to a second line in a narrow window; the button
        // that sends keeps its whole label at the right, never squeezed.
        let one_line = |label: String| text(label).wrapping(text::Wrapping::None);
        let choices = row![
            checkbox(self.errors_only)
                .label(fl!("import-errors-only"))
                .on_toggle(Message::ErrorsOnly),
            checkbox(self.show_passwords)
                .label(fl!("import-show-passwords"))
                .on_toggle(Message::ShowPasswords),
            button(one_line(fl!("import-exclude-invalid")))
                .style(button::secondary)
                .on_press_maybe((has_bad && !busy).then_some(Message::ExcludeInvalid)),
            button(one_line(fl!("import-save-report")))
                .style(button::secondary)
                .on_press_maybe(has_bad.then_some(Message::SaveReport)),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(8);
        let actions = row![
            container(choices).width(Length::Fill),
            button(one_line(upload_label)).on_press_maybe(can_upload.then_some(Message::Upload)),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        let mut compare = row![
            button(text(if self.compared.is_some() {
                fl!("sync-compare-again")
            } else {
                fl!("sync-compare")
            }))
            .style(button::secondary)
            .on_press_maybe((self.stage == Stage::Reviewing).then_some(Message::Compare)),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        match &self.compared {
            Some(c) => {
                compare = compare
                    .push(text(c.classified.summary()))
                    .push(
                        checkbox(c.apply_new)
                            .label(fl!("sync-apply-new"))
                            .on_toggle_maybe((!busy).then_some(Message::ApplyNew)),
                    )
                    .push(
                        checkbox(c.apply_changed)
                            .label(fl!("sync-apply-changed"))
                            .on_toggle_maybe((!busy).then_some(Message::ApplyChanged)),
                    );
            }
            None if !editing => {
                compare = compare.push(
                    text(fl!("sync-compare-about"))
                        .size(13)
                        .style(text::secondary),
                );
            }
            None => {}
        }
        let mut page = column![info, compare.wrap().vertical_spacing(6), actions].spacing(10);
        match &self.stage {
            Stage::Uploading { sent, total, .. } => {
                page = page.push(
                    row![
                        text(fl!(
                            "import-uploading",
                            sent = i18n::count(*sent as u64),
                            total = i18n::count(*total as u64)
                        )),
                        progress_bar(0.0..=(*total).max(1) as f32, *sent as f32),
                    ]
                    .spacing(12)
                    .align_y(Alignment::Center),
                );
            }
            Stage::Checking { .. } => {
                page = page.push(text(fl!("import-checking-server")).style(text::primary));
            }
            Stage::Comparing => {
                page = page.push(text(fl!("sync-comparing")).style(text::primary));
            }
            Stage::Updating { done, total, .. } => {
                let (done, total) = (*done, *total);
                page = page.push(
                    row![
                        text(fl!("sync-updating", done = done, total = total)),
                        progress_bar(0.0..=total.max(1) as f32, done as f32),
                    ]
                    .spacing(12)
                    .align_y(Alignment::Center),
                );
            }
            Stage::CheckFailed { reason, .. } => {
                page = page.push(
                    row![
                        text(fl!("import-check-failed", reason = reason.clone()))
                            .style(text::danger),
                        button(text(fl!("import-check-again"))).on_press(Message::CheckAgain),
                    ]
                    .spacing(12)
                    .align_y(Alignment::Center),
                );
            }
            _ => {}
        }
        page = page.push(container(self.grid(preview)).height(Length::FillPortion(3)));
        if let Some(i) = self.selected
            && let Some(row) = preview.rows.get(i)
        {
            page = page.push(self.row_editor(preview, row));
        }
        page.into()
    }

    /// The encoding of a CSV file, or the sheet of a workbook with several:
    /// choosing reads the file again, at once. Once rows are edited or sent,
    /// the choice shows but no longer changes (reading again would lose them).
    fn read_as<'a>(&'a self, preview: &'a Preview) -> Option<Element<'a, Message>> {
        let (label, choice): (String, Element<'a, Message>) = if let Some(csv) = preview.csv {
            let current = csv.encoding;
            let options = self.options.clone();
            let choice = if self.can_read_again() {
                widget::choice(
                    ENCODINGS,
                    Some(current),
                    |e| e.name().to_owned(),
                    move |e| {
                        Message::ReadAs(ReadOptions {
                            encoding: Some(e),
                            ..options.clone()
                        })
                    },
                )
                .into()
            } else {
                text(current.name()).style(text::secondary).into()
            };
            (fl!("import-encoding"), choice)
        } else {
            let sheet = preview.sheet.as_ref().filter(|s| s.sheets.len() > 1)?;
            let names: Vec<String> = sheet.sheets.iter().map(|s| s.name.clone()).collect();
            let options = self.options.clone();
            let choice = if self.can_read_again() {
                pick_list(names, Some(sheet.name.clone()), move |name| {
                    Message::ReadAs(ReadOptions {
                        sheet: Some(name),
                        ..options.clone()
                    })
                })
                .into()
            } else {
                text(sheet.name.clone()).style(text::secondary).into()
            };
            (fl!("import-sheet"), choice)
        };
        Some(
            row![text(label).size(14), choice]
                .spacing(8)
                .align_y(Alignment::Center)
                .into(),
        )
    }

    /// The grid's columns: the line (with its include box), the problems,
    /// then the file's columns, each as wide as the operator left it.
    fn grid_columns(&self, preview: &Preview) -> Vec<grid::Column> {
        let mut columns = vec![
            grid::Column::new(self.width(LINE_COLUMN, LINE_WIDTH + INCLUDE_WIDTH))
                .min(LINE_WIDTH + INCLUDE_WIDTH),
            grid::Column::new(self.width(PROBLEMS_COLUMN, PROBLEMS_WIDTH)).min(120.0),
        ];
        columns.extend(
            preview
                .columns
                .iter()
                .enumerate()
                .map(|(i, c)| grid::Column::new(self.width(i + 2, column_width(*c)))),
        );
        columns
    }

    /// Column `i`'s width: the operator's, or `default`.
    fn width(&self, i: usize, default: f32) -> f32 {
        self.widths.get(&i).copied().unwrap_or(default)
    }

    fn grid<'a>(&'a self, preview: &'a Preview) -> Element<'a, Message> {
        let titles: Vec<String> = [fl!("import-column-line"), fl!("import-column-problems")]
            .into_iter()
            .chain(preview.columns.iter().map(|c| column_title(*c).to_owned()))
            .collect();
        let columns = self.grid_columns(preview);
        self.table
            .grid(
                columns,
                self.shown.len(),
                ROW_HEIGHT,
                Message::Scrolled,
                Message::Resize,
            )
            .view(
                move |c| grid::title(titles[c].clone(), self.grid_columns(preview)[c].width),
                move |k, widths| self.grid_row(preview, self.shown[k], widths),
            )
    }

    fn grid_row<'a>(
        &'a self,
        preview: &'a Preview,
        i: usize,
        widths: &[f32],
    ) -> Element<'a, Message> {
        let r: &ImportRow = &preview.rows[i];
        let selected = self.selected == Some(i);
        let created = r.outcome == Outcome::Created;
        let mut line = row![
            container(
                row![
                    text(r.line.to_string()).width(LINE_WIDTH - 8.0),
                    checkbox(r.included).on_toggle_maybe(
                        (!created && !self.is_busy()).then_some(move |on| Message::Include(i, on))
                    ),
                ]
                .align_y(Alignment::Center)
            )
            .width(widths[0])
            .padding([0.0, grid::CELL_PADDING])
            .clip(true),
        ]
        .align_y(Alignment::Center);
        let status_width = widths[1];
        let compared = self.compared.as_ref().and_then(|c| c.status(i));
        let status: Element<'_, Message> = if let Some((words, tone)) = compared {
            let style: fn(&iced::Theme) -> text::Style = match tone {
                sync::Tone::Good => text::success,
                sync::Tone::Bad => text::danger,
                sync::Tone::Pending => text::primary,
                sync::Tone::Quiet => text::secondary,
            };
            grid::styled_cell(words, status_width, false, style)
        } else if created {
            text(fl!("import-row-created")).style(text::success).into()
        } else if !r.included {
            text(fl!("import-row-excluded"))
                .style(text::secondary)
                .into()
        } else {
            let problems = report::row_problems(r);
            if problems.is_empty() && !r.warnings.is_empty() {
                let warnings: Vec<String> = r
                    .warnings
                    .iter()
                    .map(|w| i18n::rule_text(&w.rule))
                    .collect();
                grid::styled_cell(
                    fl!("import-row-ready-but", warnings = warnings.join(" ")),
                    status_width,
                    false,
                    text::warning,
                )
            } else if problems.is_empty() {
                text(fl!("import-row-ready")).style(text::secondary).into()
            } else {
                grid::styled_cell(problems.join(" "), status_width, false, text::danger)
            }
        };
        line = line.push(
            container(status)
                .width(status_width)
                .padding([0, 6])
                .clip(true),
        );
        for (&c, &width) in preview.columns.iter().zip(&widths[2..]) {
            let bad = r.included && !created && r.problems_in(c).next().is_some();
            let content: Element<'_, Message> =
                if c == ImportColumn::Password && !self.show_passwords {
                    text(masked(r.cell(c)))
                        .wrapping(text::Wrapping::None)
                        .into()
                } else if let Some(meaning) = coded_value(c, r.cell(c)) {
                    // The file's code and what it means: "2 — Legal entity".
                    grid::cell(format!("{} — {meaning}", r.cell(c).trim()), width, false)
                } else {
                    grid::cell(r.cell(c), width, false)
                };
            line = line.push(
                container(content)
                    .width(width)
                    .height(ROW_HEIGHT)
                    .padding([0.0, grid::CELL_PADDING])
                    .align_y(Alignment::Center)
                    .clip(true)
                    .style(move |t| theme::bad_cell(t, bad)),
            );
        }
        let body = container(line)
            .height(ROW_HEIGHT)
            .align_y(Alignment::Center)
            .style(move |t| theme::grid_row(t, selected));
        mouse_area(body).on_press(Message::Select(i)).into()
    }

    /// The selected row's cells as fields, each with its problem beside it.
    fn row_editor<'a>(&'a self, preview: &'a Preview, r: &'a ImportRow) -> Element<'a, Message> {
        let editable = r.outcome != Outcome::Created && !self.is_busy();
        // The file's columns, then any other this row needs (a company's
        // address when the file has no such column).
        let mut columns = preview.columns.clone();
        for p in r.all_problems() {
            if let Some(c) = p.column
                && !columns.contains(&c)
            {
                columns.push(c);
            }
        }
        let fields = columns.into_iter().map(|c| {
            let problem: Option<String> = r.problems_in(c).next().map(|p| i18n::rule_text(&p.rule));
            let value = r.cell(c);
            let input: Element<'a, Message> = if value.chars().nth(EDITABLE_CHARS).is_some() {
                row![
                    text(fl!(
                        "import-cell-too-long",
                        chars = i18n::count(value.chars().count() as u64)
                    ))
                    .size(12)
                    .width(Length::Fill),
                    button(text(fl!("import-cell-clear")).size(12))
                        .on_press_maybe(editable.then_some(Message::Edit(c, String::new())))
                        .style(button::secondary),
                ]
                .spacing(6)
                .align_y(Alignment::Center)
                .into()
            } else {
                text_input("", &widget::in_field(value))
                    .on_input_maybe(editable.then_some(move |v| Message::Edit(c, v)))
                    .secure(c == ImportColumn::Password && !self.show_passwords)
                    .padding(5)
                    .into()
            };
            let mut field = column![text(column_title(c)).size(12), input]
                .spacing(2)
                .width(200);
            if let Some(p) = problem {
                field = field.push(text(p).size(12).style(text::danger));
            }
            field.into()
        });
        // As many fields a line as the width holds, clear of the scrollbar.
        let mut content = column![
            text(fl!("import-line", line = r.line.to_string())).size(16),
            row(fields)
                .spacing(12)
                .width(Length::Fill)
                .wrap()
                .vertical_spacing(8),
        ]
        .spacing(8)
        .padding(iced::Padding::ZERO.right(16));
        if let Outcome::Refused(why) = &r.outcome {
            content = content.push(text(why.clone()).style(text::danger));
        }
        // Sharing the height with the table, never more than it needs: in a
        // half-screen window the rows stay in view above it.
        container(scrollable(content).height(Length::Fill))
            .padding(10)
            .height(Length::FillPortion(2))
            .max_height(190)
            .style(container::rounded_box)
            .into()
    }
}

impl Page for Import {
    type Message = Message;

    fn start(&mut self) -> Action {
        self.read()
    }

    fn update(&mut self, message: Message) -> Action {
        self.handle(message)
    }

    fn view(&self) -> Element<'_, Message> {
        let question = self.confirm_leave.then(|| {
            modal::confirm(Confirm {
                title: fl!("import-leave-title"),
                body: fl!("import-leave-body"),
                confirm: fl!("import-leave"),
                cancel: fl!("cancel"),
                on_confirm: Message::LeaveConfirmed,
                on_cancel: Message::LeaveCancelled,
            })
        });
        modal::layered(self.page(), question)
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        match key {
            Key::Named(Named::Escape) if self.confirm_leave => Some(Message::LeaveCancelled),
            Key::Named(Named::Escape) => Some(Message::Back),
            _ => None,
        }
    }

    /// Work closing the window would lose: edits not uploaded, or an upload
    /// whose outcome is not known yet.
    fn unsaved(&self) -> bool {
        matches!(
            self.stage,
            Stage::Uploading { .. } | Stage::Checking { .. } | Stage::Updating { .. }
        ) || self.edits_unsent()
    }

    /// After logging in again: an upload cut off by the ended session has an
    /// unknown outcome, so the server is asked before anything else.
    fn resumed(&mut self) -> Action {
        match std::mem::replace(&mut self.stage, Stage::Reviewing) {
            Stage::Uploading { current, .. } => self.check(current),
            Stage::Checking { rows } | Stage::CheckFailed { rows, .. } => self.check(rows),
            // An update is the whole user as the file says: the rows not
            // updated yet go again when the operator applies again.
            Stage::Comparing | Stage::Updating { .. } => Action::none(),
            other => {
                self.stage = other;
                Action::none()
            }
        }
    }

    fn dropped(&self, path: &Path) -> Option<Message> {
        crate::import::FileKind::from_name(&path.to_string_lossy())
            .map(|_| Message::FileChosen(Some(path.to_path_buf())))
    }

    fn dialog_open(&self) -> bool {
        self.confirm_leave
    }
}

/// The template in the interface language, to save where the operator chooses.
pub fn template<M: Send + 'static>() -> crate::ui::action::Action<M> {
    use crate::ui::action::Action;
    match crate::import::template::write_template() {
        Ok(bytes) => Action::save_file(Save::asking(fl!("import-template-file"), bytes)),
        Err(e) => Action::toast(Toast::failed(fl!("save-failed", reason = e.to_string()))),
    }
}

fn report_name(file_name: &str) -> String {
    let stem = file_name
        .rsplit_once('.')
        .map_or(file_name, |(stem, _)| stem);
    format!("{stem} - {}.xlsx", fl!("import-report-sheet"))
}

/// An id for an import: the time it began, in milliseconds.
fn new_run() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

/// What a coded cell means (Status 1/0, Legal status 1/2/3), when it reads.
fn coded_value(column: ImportColumn, value: &str) -> Option<String> {
    use crate::import::rows::{parse_legal_status, parse_status};
    match column {
        ImportColumn::Status => parse_status(value).map(|on| {
            if on {
                fl!("import-status-active")
            } else {
                fl!("import-status-blocked")
            }
        }),
        ImportColumn::LegalStatus => parse_legal_status(value).map(crate::words::legal_name),
        _ => None,
    }
}

/// A password as dots, one per character: how long it is shows, not what.
fn masked(password: &str) -> String {
    "•".repeat(password.chars().count().min(CELL_CHARS))
}
