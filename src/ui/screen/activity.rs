//! Activity: the changes made from this computer (the journal), newest first,
//! with a filter as you type and an export to XLSX. Opens over any screen and
//! closes back to it.

use crate::export::{Cell, write_xlsx};
use crate::fl;
use crate::i18n;
use crate::import::report::column_title;
use crate::journal::{Entry, Outcome, Read};
use crate::model::import_columns::ImportColumn;
use crate::ui::files::Save;
use crate::ui::screen::Page;
use crate::ui::widget::rows_in_view::{self, Scroll};
use crate::ui::widget::shortened;
use crate::ui::widget::toast::Toast;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, column, container, operation, row, scrollable, space, text, text_input, tooltip,
};
use iced::{Alignment, Element, Font, Length, font};

const ROW_HEIGHT: f32 = 30.0;
pub const FILTER_ID: &str = "activity-filter";
const LIST_ID: &str = "activity-list";

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
    scroll: Scroll,
}

#[derive(Debug, Clone)]
pub enum Message {
    Filter(String),
    Scrolled(scrollable::Viewport),
    Export,
    Close,
}

type Action = crate::ui::action::Action<Message>;

impl Activity {
    pub fn new(read: std::io::Result<Read>) -> Self {
        let (mut entries, unreadable_lines, problem) = match read {
            Ok(r) => (r.entries, r.unreadable_lines, None),
            Err(e) => (Vec::new(), 0, Some(e.to_string())),
        };
        entries.reverse();
        let mut screen = Activity {
            entries,
            unreadable_lines,
            problem,
            filter: String::new(),
            shown: Vec::new(),
            scroll: Scroll::default(),
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

    fn refilter(&mut self) {
        let needle = self.filter.trim().to_lowercase();
        self.shown = (0..self.entries.len())
            .filter(|&i| needle.is_empty() || haystack(&self.entries[i]).contains(&needle))
            .collect();
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
                    Cell::Text(e.at.clone()),
                    Cell::Text(e.server.clone()),
                    Cell::Text(e.dealer.clone()),
                    Cell::Text(operation_label(&e.operation)),
                    e.user_id.map_or(Cell::Empty, |id| Cell::Number(id as f64)),
                    Cell::Text(e.user.clone().unwrap_or_default()),
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
            button(text(fl!("activity-back")))
                .style(button::secondary)
                .on_press(Message::Close),
            text(fl!("activity-title")).size(20),
            text_input(&fl!("activity-filter-placeholder"), &self.filter)
                .id(FILTER_ID)
                .on_input(Message::Filter)
                .padding(8)
                .width(Length::Fixed(360.0)),
            space::horizontal(),
            button(text(fl!("activity-export")))
                .style(button::secondary)
                .on_press_maybe((!self.shown.is_empty()).then_some(Message::Export)),
        ]
        .spacing(12)
        .align_y(Alignment::Center);

        let mut summary = fl!(
            "activity-count",
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
        let bold = Font {
            weight: font::Weight::Bold,
            ..Font::DEFAULT
        };
        let title = |s: String| text(s).font(bold).into();
        let header = line_of([
            title(fl!("activity-when")),
            title(fl!("activity-operation")),
            title(fl!("activity-user")),
            title(fl!("activity-changes")),
            title(fl!("activity-outcome")),
        ]);
        let body = rows_in_view::list(
            self.scroll,
            self.shown.len(),
            ROW_HEIGHT,
            LIST_ID,
            Length::Fill,
            Message::Scrolled,
            move |k| entry_line(&self.entries[self.shown[k]]),
        );
        column![header, body].into()
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
                self.scroll.reset();
                Action::none()
            }
            Message::Scrolled(v) => {
                self.scroll.scrolled(&v);
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

/// The most of one entry's changes a tooltip lays out.
const CHANGES_SHOWN_MAX: usize = 4000;

fn entry_line(e: &Entry) -> Element<'_, Message> {
    let line = |s: String| text(s).wrapping(text::Wrapping::None).into();
    let user = match (&e.user, e.user_id) {
        (Some(login), Some(id)) => format!("{login} (#{id})"),
        (Some(login), None) => login.clone(),
        (None, Some(id)) => format!("#{id}"),
        (None, None) => String::new(),
    };
    let outcome = text(outcome_label(e.outcome))
        .wrapping(text::Wrapping::None)
        .style(match e.outcome {
            Outcome::Done => text::success,
            Outcome::NotApplied | Outcome::Refused | Outcome::Failed => text::danger,
            Outcome::Unconfirmed => text::warning,
        });
    // A long edit does not fit its line: the whole of it shows on hover.
    let changes = changes_text(e);
    let whole = text(shortened(&changes, CHANGES_SHOWN_MAX).into_owned());
    let changes = tooltip(
        line(changes),
        container(whole).max_width(640.0).padding(8),
        tooltip::Position::Bottom,
    )
    .style(container::bordered_box);
    line_of([
        line(local_time(&e.at)),
        line(operation_label(&e.operation)),
        line(user),
        changes.into(),
        outcome.into(),
    ])
}

/// One line of the list: when, operation, user, changes, outcome.
fn line_of(cells: [Element<'_, Message>; 5]) -> Element<'_, Message> {
    const WIDTHS: [Length; 5] = [
        Length::Fixed(170.0),
        Length::Fixed(200.0),
        Length::Fixed(270.0),
        Length::Fill,
        Length::Fixed(230.0),
    ];
    row(cells
        .into_iter()
        .zip(WIDTHS)
        .map(|(cell, width)| container(cell).width(width).clip(true).into()))
    .spacing(10)
    .height(ROW_HEIGHT)
    .align_y(Alignment::Center)
    .into()
}

/// What the filter searches, lower case.
fn haystack(e: &Entry) -> String {
    format!(
        "{} {} {} {} {} {} {} {}",
        e.at,
        e.dealer,
        e.operation,
        operation_label(&e.operation),
        e.user.as_deref().unwrap_or_default(),
        e.user_id.map(|i| i.to_string()).unwrap_or_default(),
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
            let value = |v: &str| value_text(v);
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
        "discount.strategy" => fl!("activity-field-discount-strategy"),
        other => other.to_owned(),
    }
}

/// Yes and no for the flags the journal writes as `true` and `false`.
fn value_text(value: &str) -> String {
    match value {
        "true" => fl!("activity-yes"),
        "false" => fl!("activity-no"),
        other => other.to_owned(),
    }
}

fn local_time(at: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(at)
        .map(|t| {
            t.with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M:%S")
                .to_string()
        })
        .unwrap_or_else(|_| at.to_owned())
}

pub fn operation_label(operation: &str) -> String {
    match operation {
        "user.create" => fl!("activity-op-user-create"),
        "user.update" => fl!("activity-op-user-update"),
        "user.change_password" => fl!("activity-op-user-password"),
        "user.change_balance" => fl!("activity-op-user-balance"),
        "user.delete" => fl!("activity-op-user-delete"),
        "application.create" => fl!("activity-op-app-create"),
        "application.update" => fl!("activity-op-app-update"),
        "application.delete" => fl!("activity-op-app-delete"),
        "application.set_enabled" => fl!("activity-op-app-enabled"),
        "users.import" => fl!("activity-op-import"),
        other => other.to_owned(),
    }
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
