//! Activity: the changes made from this computer (the journal), newest first,
//! with a filter as you type and an export to XLSX. An import is one line; a
//! bulk run is one line that opens to its changes (a thousand top-ups are
//! not a thousand lines). Opens over any screen and closes back to it.

use crate::export::{Cell, write_xlsx};
use crate::fl;
use crate::i18n;
use crate::import::report::column_title;
use crate::journal::{Change, Entry, Outcome, Read};
use crate::model::import_columns::ImportColumn;
use crate::ui::files::Save;
use crate::ui::screen::Page;
use crate::ui::widget::grid;
use crate::ui::widget::icon;
use crate::ui::widget::toast::Toast;
use crate::words;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, column, container, operation, row, scrollable, space, text, text_input,
};
use iced::{Alignment, Element, Length};

const ROW_HEIGHT: f32 = 30.0;
pub const FILTER_ID: &str = "activity-filter";
const LIST_ID: &str = "activity-list";
const HEADER_ID: &str = "activity-list-header";

#[derive(Debug, Clone)]
pub struct Activity {
    /// Newest first.
    entries: Vec<Entry>,
    unreadable_lines: usize,
    /// Why the journal could not be read at all.
    problem: Option<String>,
    filter: String,
    /// Indexes into `entries` that match the filter.
    shown: Vec<usize>,
    /// What the list shows: entries, and bulk runs with their changes when open.
    lines: Vec<Line>,
    /// The bulk runs opened to their changes, by run.
    open_runs: std::collections::HashSet<String>,
    table: grid::Table,
    /// Column widths the operator changed, by column.
    widths: std::collections::HashMap<usize, f32>,
}

/// A line of the list.
#[derive(Debug, Clone, PartialEq)]
pub enum Line {
    Entry(usize),
    /// A bulk run: its id and the entries of its changes shown, newest first.
    Run(String, Vec<usize>),
    /// A change of an open bulk run.
    InRun(usize),
}

#[derive(Debug, Clone)]
pub enum Message {
    Filter(String),
    /// A bulk run's line pressed: open it to its changes, or close it.
    ToggleRun(String),
    Scrolled(scrollable::Viewport),
    /// A header's edge dragged.
    Resize(grid::Drag),
    Export,
    Close,
}

type Action = crate::ui::action::Action<Message>;

impl Activity {
    pub fn new(read: std::io::Result<Read>) -> Self {
        let (mut entries, unreadable_lines, problem) = match read {
            Ok(r) => (merge_runs(r.entries), r.unreadable_lines, None),
            Err(e) => (Vec::new(), 0, Some(e.to_string())),
        };
        entries.reverse();
        let mut screen = Activity {
            entries,
            unreadable_lines,
            problem,
            filter: String::new(),
            shown: Vec::new(),
            lines: Vec::new(),
            open_runs: Default::default(),
            table: grid::Table::new(LIST_ID, HEADER_ID),
            widths: Default::default(),
        };
        screen.refilter();
        screen
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The entries the filter lets through, newest first.
    pub fn shown(&self) -> impl Iterator<Item = &Entry> {
        self.shown.iter().map(|&i| &self.entries[i])
    }

    /// The list's lines, as the operator sees them.
    pub fn lines(&self) -> &[Line] {
        &self.lines
    }

    fn refilter(&mut self) {
        let needle = self.filter.trim().to_lowercase();
        self.shown = (0..self.entries.len())
            .filter(|&i| needle.is_empty() || haystack(&self.entries[i]).contains(&needle))
            .collect();
        self.relayout();
    }

    /// The lines from the entries shown: a bulk run's changes gathered on
    /// the line of the run, where its newest change is, and under it when open.
    fn relayout(&mut self) {
        let mut members: std::collections::HashMap<&str, Vec<usize>> = Default::default();
        for &i in &self.shown {
            if let Some(run) = self.entries[i].bulk.as_deref() {
                members.entry(run).or_default().push(i);
            }
        }
        let mut lines = Vec::with_capacity(self.shown.len());
        for &i in &self.shown {
            let Some(run) = self.entries[i].bulk.as_deref() else {
                lines.push(Line::Entry(i));
                continue;
            };
            let Some(changes) = members.remove(run) else {
                continue; // gathered on the run's line already
            };
            let open = self.open_runs.contains(run);
            lines.push(Line::Run(run.to_owned(), changes.clone()));
            if open {
                lines.extend(changes.into_iter().map(Line::InRun));
            }
        }
        self.lines = lines;
    }

    /// The shown entries as a workbook, one column per part of an entry.
    pub fn to_xlsx(&self) -> Result<Vec<u8>, String> {
        let header = [
            fl!("activity-when"),
            fl!("activity-server"),
            fl!("activity-dealer"),
            fl!("activity-operation"),
            fl!("activity-user-id"),
            fl!("activity-user"),
            fl!("activity-changes"),
            fl!("activity-outcome"),
            fl!("activity-code"),
        ];
        let header: Vec<&str> = header.iter().map(String::as_str).collect();
        let rows: Vec<Vec<Cell>> = self
            .shown()
            .map(|e| {
                vec![
                    chrono::DateTime::parse_from_rfc3339(&e.at).map_or_else(
                        |_| Cell::Text(e.at.clone()),
                        |t| Cell::Moment(t.with_timezone(&chrono::Local).naive_local()),
                    ),
                    Cell::Text(e.server.clone()),
                    Cell::Text(e.dealer.clone()),
                    Cell::Text(words::operation_label(&e.operation)),
                    e.user_id.map_or(Cell::Empty, |id| Cell::Number(id as f64)),
                    Cell::Text(user_text(e)),
                    Cell::Text(changes_text(e)),
                    Cell::Text(outcome_label(e.outcome)),
                    e.code.map_or(Cell::Empty, |c| Cell::Number(f64::from(c))),
                ]
            })
            .collect();
        write_xlsx(&fl!("activity-title"), &header, &rows).map_err(|e| e.to_string())
    }

    fn page(&self) -> Element<'_, Message> {
        let toolbar = row![
            icon::back_button(icon::BackTo::Previous).on_press(Message::Close),
            text(fl!("activity-title"))
                .size(20)
                .wrapping(text::Wrapping::None),
            // The filter takes the room there is: its hint is read whole.
            text_input(&fl!("activity-filter-placeholder"), &self.filter)
                .id(FILTER_ID)
                .on_input(Message::Filter)
                .padding(8)
                .width(Length::Fill),
            button(text(fl!("activity-export")).wrapping(text::Wrapping::None))
                .style(button::secondary)
                .on_press_maybe((!self.shown.is_empty()).then_some(Message::Export)),
        ]
        .spacing(12)
        .align_y(Alignment::Center);

        let mut summary = fl!(
            "activity-count",
            n = self.entries.len(),
            shown = i18n::count(self.shown.len() as u64),
            total = i18n::count(self.entries.len() as u64)
        );
        if self.unreadable_lines > 0 {
            summary.push_str(&format!(
                " · {}",
                fl!("activity-unreadable", count = self.unreadable_lines)
            ));
        }
        let mut page = column![toolbar, text(summary).style(text::secondary)].spacing(10);
        if let Some(p) = &self.problem {
            page = page
                .push(text(fl!("activity-cannot-read", reason = p.clone())).style(text::danger));
        } else if self.entries.is_empty() {
            page = page.push(
                container(text(fl!("activity-empty")).style(text::secondary)).center(Length::Fill),
            );
        } else {
            page = page.push(self.list());
        }
        page.padding(12).into()
    }

    fn list(&self) -> Element<'_, Message> {
        let titles = [
            fl!("activity-when"),
            fl!("activity-operation"),
            fl!("activity-user"),
            fl!("activity-changes"),
            fl!("activity-outcome"),
            fl!("activity-server"),
        ];
        self.table
            .grid(
                self.columns(),
                self.lines.len(),
                ROW_HEIGHT,
                Message::Scrolled,
                Message::Resize,
            )
            .view(
                move |c| grid::title(titles[c].clone(), self.columns()[c].width),
                move |k, widths| match &self.lines[k] {
                    Line::Entry(i) => entry_line(&self.entries[*i], widths, false),
                    Line::InRun(i) => entry_line(&self.entries[*i], widths, true),
                    Line::Run(run, changes) => self.run_line(run, changes, widths),
                },
            )
    }

    fn columns(&self) -> Vec<grid::Column> {
        COLUMNS
            .iter()
            .enumerate()
            .map(|(i, &w)| {
                let w = if i == 0 { when_width() } else { w };
                grid::Column::new(self.widths.get(&i).copied().unwrap_or(w)).min(90.0)
            })
            .collect()
    }
}

impl Page for Activity {
    type Message = Message;

    fn start(&mut self) -> Action {
        Action::run(operation::focus(FILTER_ID))
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Filter(f) => {
                self.filter = f;
                self.refilter();
                // The rows are others now: from the first, the scrollable too.
                Action::run(self.table.to_top())
            }
            Message::ToggleRun(run) => {
                if !self.open_runs.remove(&run) {
                    self.open_runs.insert(run);
                }
                self.relayout();
                Action::none()
            }
            Message::Scrolled(v) => Action::run(self.table.scrolled(&v)),
            Message::Resize(drag) => {
                if let Some((i, width)) = self.table.resize(drag, |_| 90.0) {
                    self.widths.insert(i, width);
                }
                Action::none()
            }
            Message::Export => match self.to_xlsx() {
                Ok(bytes) => Action::save_file(Save::asking(
                    format!("{}.xlsx", fl!("activity-file-name")),
                    bytes,
                )),
                Err(e) => Action::toast(Toast::failed(fl!("save-failed", reason = e))),
            },
            Message::Close => Action::close(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        self.page()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Close)
    }
}

/// The journal's columns at first: when, operation, user, changes, outcome, server.
/// What changed comes early enough to be in view in a half-screen window.
const COLUMNS: [f32; 6] = [190.0, 250.0, 180.0, 360.0, 170.0, 150.0];

/// Room for a moment to the second as the language writes it (the widest
/// of the year: "Dec 28, 2026, 10:58:58 PM"), so that the time is never
/// cut; the first of `COLUMNS` at least.
fn when_width() -> f32 {
    let widest = chrono::NaiveDate::from_ymd_opt(2026, 12, 28)
        .and_then(|d| d.and_hms_opt(22, 58, 58))
        .map(|at| i18n::date_time(at, i18n::Precision::Second))
        .unwrap_or_default();
    grid::fitting(&widest).max(COLUMNS[0])
}

impl Activity {
    /// A bulk run on one line: what it did, to how many users, how it went;
    /// pressing it opens it to its changes.
    fn run_line<'a>(
        &'a self,
        run: &str,
        changes: &[usize],
        widths: &[f32],
    ) -> Element<'a, Message> {
        let Some(newest) = changes.first().map(|&i| &self.entries[i]) else {
            return space().into();
        };
        let done = changes
            .iter()
            .filter(|&&i| self.entries[i].outcome == Outcome::Done)
            .count();
        let not_done = changes.len() - done;
        let outcome = if not_done == 0 {
            Outcome::Done
        } else {
            Outcome::Failed
        };
        let open = self.open_runs.contains(run);
        let operation = fl!(
            "activity-bulk-run",
            operation = words::operation_label(&newest.operation)
        );
        let users = fl!(
            "activity-bulk-users",
            count = changes.len(),
            users = i18n::count(changes.len() as u64)
        );
        let how = fl!(
            "activity-bulk-outcome",
            done = i18n::count(done as u64),
            failed = i18n::count(not_done as u64)
        );
        let mark = if open { "▾ " } else { "▸ " };
        let cells = [
            grid::cell(local_time(&newest.at), widths[0], false),
            grid::cell(format!("{mark}{operation}"), widths[1], false),
            grid::cell(users, widths[2], false),
            grid::cell(how, widths[3], false),
            grid::styled_cell(
                outcome_label(outcome),
                widths[4],
                false,
                outcome_style(outcome),
            ),
            grid::cell(host(&newest.server), widths[5], false),
        ];
        iced::widget::mouse_area(line_of(cells, widths))
            .on_press(Message::ToggleRun(run.to_owned()))
            .interaction(iced::mouse::Interaction::Pointer)
            .into()
    }
}

fn outcome_style(outcome: Outcome) -> fn(&iced::Theme) -> text::Style {
    match outcome {
        Outcome::Done => text::success,
        Outcome::NotApplied | Outcome::Refused | Outcome::Failed => text::danger,
        Outcome::Unconfirmed => text::warning,
    }
}

fn line_of<'a, const N: usize>(
    cells: [Element<'a, Message>; N],
    widths: &[f32],
) -> Element<'a, Message> {
    row(cells.into_iter().zip(widths).map(|(cell, &width)| {
        container(cell)
            .width(width)
            .padding([0.0, grid::CELL_PADDING])
            .clip(true)
            .into()
    }))
    .height(ROW_HEIGHT)
    .align_y(Alignment::Center)
    .into()
}

/// One change; `in_run`: under its bulk run's line, set in.
fn entry_line<'a>(e: &'a Entry, widths: &[f32], in_run: bool) -> Element<'a, Message> {
    let user = user_text(e);
    let operation = words::operation_label(&e.operation);
    let operation = if in_run {
        format!("    {operation}")
    } else {
        operation
    };
    // A long edit does not fit its line: the whole of it shows on hover.
    let cells = [
        grid::cell(local_time(&e.at), widths[0], false),
        grid::cell(operation, widths[1], false),
        grid::cell(user, widths[2], false),
        grid::cell(changes_text(e), widths[3], false),
        grid::styled_cell(
            outcome_label(e.outcome),
            widths[4],
            false,
            outcome_style(e.outcome),
        ),
        grid::cell(host(&e.server), widths[5], false),
    ];
    line_of(cells, widths)
}

/// To whom: the user by login and id, or an import's file.
fn user_text(e: &Entry) -> String {
    match (&e.user, e.user_id, &e.file) {
        (Some(login), Some(id), _) => format!("{login} (#{id})"),
        (Some(login), None, _) => login.clone(),
        (None, Some(id), _) => format!("#{id}"),
        (None, None, Some(file)) => file.clone(),
        (None, None, None) => String::new(),
    }
}

/// The server an entry went to, by its host ("api.eu.navixy.com").
fn host(server: &str) -> String {
    url::Url::parse(server)
        .ok()
        .and_then(|u| {
            let host = u.host_str()?.to_owned();
            Some(match u.port() {
                Some(port) => format!("{host}:{port}"),
                None => host,
            })
        })
        .unwrap_or_else(|| server.to_owned())
}

/// One entry per import run: the uploads of a run and the checks after
/// them become one line, at the time of the last, saying what the run did —
/// created (named), refused, not sent — and from which file.
fn merge_runs(entries: Vec<Entry>) -> Vec<Entry> {
    use std::collections::HashMap;
    let last_of: HashMap<u64, usize> = entries
        .iter()
        .enumerate()
        .filter_map(|(i, e)| Some((e.run?, i)))
        .collect();
    let mut runs: HashMap<u64, Vec<Entry>> = HashMap::new();
    let mut out = Vec::with_capacity(entries.len());
    for (i, e) in entries.into_iter().enumerate() {
        let Some(run) = e.run else {
            out.push(e);
            continue;
        };
        runs.entry(run).or_default().push(e);
        if last_of.get(&run) == Some(&i)
            && let Some(parts) = runs.remove(&run)
        {
            out.push(run_summary(parts));
        }
    }
    out
}

fn run_summary(parts: Vec<Entry>) -> Entry {
    let number = |e: &Entry, field: &str| {
        e.changes
            .iter()
            .find(|c| c.field == field)
            .and_then(|c| c.new.as_deref()?.parse::<usize>().ok())
            .unwrap_or(0)
    };
    let mut created: Vec<String> = Vec::new();
    for e in &parts {
        for login in &e.logins {
            if !created.contains(login) {
                created.push(login.clone());
            }
        }
    }
    let uploads = || parts.iter().filter(|e| e.operation == "users.import");
    let rows = uploads().map(|e| number(e, "run_rows")).max().unwrap_or(0);
    let refused = uploads().filter(|e| e.outcome == Outcome::Refused).count();
    let unknown = uploads().any(|e| e.outcome == Outcome::Unconfirmed)
        && !parts.iter().any(|e| e.operation == "users.import_check");
    let not_sent = rows.saturating_sub(created.len() + refused);
    let outcome = if refused > 0 {
        Outcome::Refused
    } else if unknown {
        Outcome::Unconfirmed
    } else if not_sent > 0 {
        Outcome::Failed
    } else {
        Outcome::Done
    };
    let last = parts.last().cloned();
    let first_file = parts.iter().find_map(|e| e.file.clone());
    let code = parts.iter().rev().find_map(|e| e.code);
    let mut changes = vec![
        Change::new("created", created.len().to_string()),
        Change::new("refused", refused.to_string()),
        Change::new("not_sent", not_sent.to_string()),
    ];
    if !created.is_empty() {
        changes.push(Change::new("logins", created.join(", ")));
    }
    match last {
        Some(last) => Entry {
            operation: "users.import".to_owned(),
            changes,
            outcome,
            code,
            file: first_file,
            logins: created,
            user: None,
            user_id: None,
            ..last
        },
        None => Entry {
            at: String::new(),
            server: String::new(),
            dealer: String::new(),
            operation: "users.import".to_owned(),
            user_id: None,
            user: None,
            changes,
            outcome,
            code,
            file: first_file,
            run: None,
            logins: created,
            bulk: None,
        },
    }
}

/// What the filter searches, lower case.
fn haystack(e: &Entry) -> String {
    format!(
        "{} {} {} {} {} {} {} {}",
        e.at,
        e.dealer,
        e.operation,
        words::operation_label(&e.operation),
        user_text(e),
        host(&e.server),
        changes_text(e),
        outcome_label(e.outcome)
    )
    .to_lowercase()
}

/// "City: Basel; Phone number: 7999…", or "Balance: old → new" where known,
/// in the interface language (the journal file keeps the API's names).
pub fn changes_text(e: &Entry) -> String {
    e.changes
        .iter()
        .map(|c| {
            let field = field_label(&c.field);
            let value = |v: &str| value_text(&c.field, v);
            match (c.old.as_deref(), c.new.as_deref()) {
                (Some(old), Some(new)) => format!("{field}: {} → {}", value(old), value(new)),
                (None, Some(new)) => format!("{field}: {}", value(new)),
                (Some(old), None) => format!("{field}: {} →", value(old)),
                (None, None) => field,
            }
        })
        .collect::<Vec<_>>()
        // Not a comma: some titles have one ("Street, address").
        .join("; ")
}

/// A journalled field in the operator's words: a user field by its import
/// column's title (the names the templates use), the rest by their own label.
/// A name this version does not know stays as written.
pub fn field_label(field: &str) -> String {
    let column = ImportColumn::for_parameter(field)
        .or_else(|| ImportColumn::for_parameter(&format!("user.{field}")));
    if let Some(column) = column {
        return column_title(column).to_owned();
    }
    match field {
        "activated" => fl!("activity-field-activated"),
        "verified" => fl!("activity-field-verified"),
        "balance" => fl!("activity-field-balance"),
        "bonus" => fl!("activity-field-bonus"),
        "balance_change" => fl!("activity-field-balance-change"),
        "bonus_change" => fl!("activity-field-bonus-change"),
        "text" => fl!("activity-field-text"),
        "with_clones" => fl!("activity-field-with-clones"),
        "name" => fl!("activity-field-app-name"),
        "url" => fl!("activity-field-app-url"),
        "enabled" => fl!("activity-field-enabled"),
        "application_id" => fl!("activity-field-application"),
        "created" => fl!("activity-field-created"),
        "refused" => fl!("activity-field-refused"),
        "not_sent" => fl!("activity-field-not-sent"),
        "logins" => fl!("activity-field-logins"),
        "found" => fl!("activity-field-found"),
        "rows_sent" => fl!("activity-field-rows-sent"),
        "run_rows" => fl!("activity-field-run-rows"),
        "discount.strategy" => fl!("activity-field-discount-strategy"),
        "mfa_allowed" => fl!("field-mfa"),
        "menu_preset" => fl!("field-menu-preset"),
        "default_tariff_id" => fl!("field-plan"),
        other => other.to_owned(),
    }
}

/// Yes and no for the flags the journal writes as `true` and `false`.
/// A journalled value in the operator's words: yes and no for flags, money
/// and counts with the language's separators (the file keeps them plain).
fn value_text(field: &str, value: &str) -> String {
    let money = matches!(
        field,
        "balance" | "bonus" | "balance_change" | "bonus_change"
    );
    let count = matches!(
        field,
        "created" | "refused" | "not_sent" | "found" | "rows_sent" | "run_rows"
    );
    match value {
        "true" => fl!("activity-yes"),
        "false" => fl!("activity-no"),
        v if money => match v.parse::<f64>() {
            Ok(x) if v.starts_with('+') => format!("+{}", i18n::money(x)),
            Ok(x) => i18n::money(x),
            Err(_) => v.to_owned(),
        },
        v if count => v.parse::<u64>().map_or_else(|_| v.to_owned(), i18n::count),
        other => other.to_owned(),
    }
}

fn local_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| {
            i18n::date_time(
                t.with_timezone(&chrono::Local).naive_local(),
                i18n::Precision::Second,
            )
        })
        .unwrap_or_else(|_| at.to_owned())
}

pub fn outcome_label(outcome: Outcome) -> String {
    match outcome {
        Outcome::Done => fl!("activity-outcome-done"),
        Outcome::Refused => fl!("activity-outcome-refused"),
        Outcome::NotApplied => fl!("activity-outcome-not-applied"),
        Outcome::Unconfirmed => fl!("activity-outcome-unconfirmed"),
        Outcome::Failed => fl!("activity-outcome-failed"),
    }
}
