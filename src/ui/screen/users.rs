//! The users list: filter as you type, sortable columns, paging, "only
//! active", a column chooser. Rows are formatted once when a page arrives, so
//! `view` only borrows strings.

use crate::api::{self, ExportedFile, UserPage};
use crate::fl;
use crate::i18n;
use crate::model::{ExportFormat, ExportQuery, ListQuery, OrderBy, User};
use crate::session::{Request, RequestKind, Response};
use crate::ui::action::{Effect, Happened};
use crate::ui::errors;
use crate::ui::files::{Pick, Save};
use crate::ui::screen::Page;
use crate::ui::screen::import::{self, Import};
use crate::ui::screen::user_details::UserDetails;
use crate::ui::screen::user_editor::UserEditor;
use crate::ui::theme;
use crate::ui::widget;
use crate::ui::widget::rows_in_view::{self, Scroll};
use crate::ui::widget::toast::Toast;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::operation;
use iced::widget::{
    button, checkbox, column, container, mouse_area, pick_list, row, scrollable, space, text,
    text_input, tooltip,
};
use iced::{Alignment, Element, Font, Length, Task, font};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const FILTER_ID: &str = "users-filter";
pub const TABLE_ID: &str = "users-table";
/// Every row is one line this high, so only the rows in view need building.
const ROW_HEIGHT: f32 = 32.0;
const CELL_PADDING: f32 = 8.0;
pub const PAGE_SIZES: [u32; 5] = [10, 20, 50, 100, 500];
/// How long typing must pause before the filter is sent.
pub const FILTER_DEBOUNCE: Duration = Duration::from_millis(300);

/// The columns of Navixy's own users table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UserColumn {
    Id,
    Name,
    Login,
    Phone,
    Balance,
    Bonus,
    City,
    Trackers,
    Created,
}

impl UserColumn {
    pub const ALL: [UserColumn; 9] = [
        Self::Id,
        Self::Name,
        Self::Login,
        Self::Phone,
        Self::Balance,
        Self::Bonus,
        Self::City,
        Self::Trackers,
        Self::Created,
    ];

    /// The id kept in the settings file.
    pub fn key(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Name => "name",
            Self::Login => "login",
            Self::Phone => "phone",
            Self::Balance => "balance",
            Self::Bonus => "bonus",
            Self::City => "city",
            Self::Trackers => "trackers",
            Self::Created => "created",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    pub fn title(self) -> String {
        match self {
            Self::Id => fl!("column-id"),
            Self::Name => fl!("column-name"),
            Self::Login => fl!("column-login"),
            Self::Phone => fl!("column-phone"),
            Self::Balance => fl!("column-balance"),
            Self::Bonus => fl!("column-bonus"),
            Self::City => fl!("column-city"),
            Self::Trackers => fl!("column-trackers"),
            Self::Created => fl!("column-created"),
        }
    }

    /// The server-side sort this column's header asks for, if any.
    pub fn order_by(self) -> Option<OrderBy> {
        match self {
            Self::Id => Some(OrderBy::Id),
            Self::Name => Some(OrderBy::LastName),
            Self::Login => Some(OrderBy::Login),
            Self::Phone => Some(OrderBy::Phone),
            Self::Balance => Some(OrderBy::Balance),
            Self::Bonus => Some(OrderBy::Bonus),
            Self::City => Some(OrderBy::PostCity),
            Self::Trackers | Self::Created => None,
        }
    }

    /// The API fields behind a column, as `panel/user/export` names them.
    pub fn api_fields(self) -> &'static [&'static str] {
        match self {
            Self::Id => &["id"],
            Self::Name => &["last_name", "first_name", "middle_name"],
            Self::Login => &["login"],
            Self::Phone => &["phone"],
            Self::Balance => &["balance"],
            Self::Bonus => &["bonus"],
            Self::City => &["post_city"],
            Self::Trackers => &["trackers_count"],
            Self::Created => &["creation_date"],
        }
    }

    fn numeric(self) -> bool {
        matches!(
            self,
            Self::Id | Self::Balance | Self::Bonus | Self::Trackers
        )
    }

    fn width(self) -> Length {
        match self {
            Self::Id => Length::Fixed(70.0),
            Self::Trackers => Length::Fixed(95.0),
            Self::Balance => Length::Fixed(105.0),
            Self::Bonus => Length::Fixed(90.0),
            Self::Phone => Length::Fixed(135.0),
            Self::Created => Length::Fixed(160.0),
            Self::City => Length::Fixed(130.0),
            Self::Name | Self::Login => Length::Fill,
        }
    }
}

/// One user, formatted for the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: i64,
    pub inactive: bool,
    cells: [String; 9],
}

impl Row {
    pub fn new(u: &User) -> Row {
        let text = |v: &Option<String>| v.clone().unwrap_or_default();
        let cells = [
            u.id.to_string(),
            u.display_name(),
            text(&u.fields.login),
            text(&u.fields.phone),
            u.balance.map(i18n::money).unwrap_or_default(),
            u.bonus.map(i18n::money).unwrap_or_default(),
            text(&u.fields.post_city),
            u.trackers_count.map(|n| n.to_string()).unwrap_or_default(),
            u.creation_date
                .clone()
                .map(|d| d.get(..16).unwrap_or(&d).to_owned())
                .unwrap_or_default(),
        ];
        Row {
            id: u.id,
            inactive: u.fields.activated == Some(false),
            cells,
        }
    }

    pub fn cell(&self, column: UserColumn) -> &str {
        let i = UserColumn::ALL
            .iter()
            .position(|c| *c == column)
            .unwrap_or(0);
        &self.cells[i]
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum LoadState {
    Loading,
    Loaded,
    Failed(api::Error),
}

#[derive(Debug, Clone)]
pub struct Users {
    filter: String,
    filter_seq: u64,
    order_by: OrderBy,
    ascending: bool,
    page: u32,
    page_size: u32,
    hide_inactive: bool,
    columns: Vec<UserColumn>,
    chooser_open: bool,
    users: Vec<User>,
    rows: Vec<Row>,
    count: u64,
    state: LoadState,
    selected: Option<usize>,
    scroll: Scroll,
    /// Where the export on its way will be written; while it is set the
    /// server is building the file and the button cancels it.
    export_to: Option<PathBuf>,
}

#[derive(Debug, Clone)]
pub enum Message {
    FilterChanged(String),
    /// The pause after typing ended; `u64` tells which keystroke it belongs to.
    FilterSettled(u64),
    FocusFilter,
    SortBy(OrderBy),
    PageSize(u32),
    NextPage,
    PreviousPage,
    HideInactive(bool),
    ToggleChooser,
    ShowColumn(UserColumn, bool),
    Select(usize),
    Open(usize),
    Scrolled(scrollable::Viewport),
    SelectNext,
    SelectPrevious,
    OpenSelected,
    Refresh,
    NewUser,
    Import,
    /// The file to import (None: the dialog was cancelled).
    ImportFile(Option<PathBuf>),
    Export,
    /// Where to write the export (None: cancelled).
    ExportTo(Option<PathBuf>),
    Exported(Result<ExportedFile, api::Error>),
    /// Stop waiting for an export the server is still building.
    CancelExport,
    Template,
    Loaded(Result<UserPage, api::Error>),
}

type Action = crate::ui::action::Action<Message>;

impl Users {
    pub fn new(prefs: &crate::config::UsersPrefs) -> Self {
        let mut columns: Vec<UserColumn> = prefs
            .columns
            .iter()
            .filter_map(|k| UserColumn::from_key(k))
            .collect();
        if columns.is_empty() {
            columns = UserColumn::ALL.to_vec();
        }
        Users {
            filter: String::new(),
            filter_seq: 0,
            order_by: OrderBy::Id,
            ascending: true,
            page: 0,
            page_size: if PAGE_SIZES.contains(&prefs.page_size) {
                prefs.page_size
            } else {
                50
            },
            hide_inactive: prefs.hide_inactive,
            columns,
            chooser_open: false,
            users: Vec::new(),
            rows: Vec::new(),
            count: 0,
            state: LoadState::Loading,
            selected: None,
            scroll: Scroll::default(),
            export_to: None,
        }
    }

    pub fn prefs(&self) -> crate::config::UsersPrefs {
        crate::config::UsersPrefs {
            columns: self.columns.iter().map(|c| c.key().to_owned()).collect(),
            page_size: self.page_size,
            hide_inactive: self.hide_inactive,
        }
    }

    /// The operator changed something worth remembering.
    fn prefs_changed(&self) -> Action {
        Effect::PrefsChanged(self.prefs()).into()
    }

    pub fn query(&self) -> ListQuery {
        let filter = self.filter.trim();
        ListQuery {
            filter: (!filter.is_empty()).then(|| filter.to_owned()),
            order_by: Some(self.order_by),
            ascending: Some(self.ascending),
            limit: Some(self.page_size),
            offset: Some(self.page * self.page_size),
            hide_inactive: Some(self.hide_inactive),
        }
    }

    pub fn filter(&self) -> &str {
        &self.filter
    }

    /// The sort: by what, and whether ascending.
    pub fn order(&self) -> (OrderBy, bool) {
        (self.order_by, self.ascending)
    }

    pub fn columns(&self) -> &[UserColumn] {
        &self.columns
    }

    /// The users of the page shown, as the server sent them.
    pub fn users(&self) -> &[User] {
        &self.users
    }

    /// The page shown, formatted for the table.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// How many users match (all pages).
    pub fn count(&self) -> u64 {
        self.count
    }

    pub fn state(&self) -> &LoadState {
        &self.state
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn page(&self) -> u32 {
        self.page
    }

    pub fn page_size(&self) -> u32 {
        self.page_size
    }

    pub fn is_exporting(&self) -> bool {
        self.export_to.is_some()
    }

    /// What `panel/user/export` should write: this filter and sort, every
    /// matching user (not just this page), the visible columns.
    pub fn export_query(&self, format: ExportFormat) -> ExportQuery {
        let mut list = self.query();
        list.limit = None;
        list.offset = None;
        let columns = self
            .columns
            .iter()
            .flat_map(|c| c.api_fields())
            .map(|f| (*f).to_owned())
            .collect();
        ExportQuery {
            list,
            format: Some(format),
            columns: Some(columns),
        }
    }

    /// Asks for the current page again.
    pub fn refresh(&mut self) -> Action {
        self.state = LoadState::Loading;
        Action::request(Request::ListUsers(self.query()), |a| {
            Message::Loaded(a.and_then(Response::into_users))
        })
    }

    fn first_page(&mut self) -> Action {
        self.page = 0;
        self.selected = None;
        self.refresh()
    }

    fn last_page(&self) -> u32 {
        (self.count.saturating_sub(1) / u64::from(self.page_size.max(1))) as u32
    }

    /// Re-formats the rows (money and numbers follow the language).
    fn reformat(&mut self) {
        self.rows = self.users.iter().map(Row::new).collect();
    }

    /// Asks where to write the export; the file's extension picks the format.
    fn export(&mut self) -> Action {
        if self.is_exporting() {
            return Action::none();
        }
        Action::pick_file(
            Pick::ExportTo {
                file_name: "users.xlsx".into(),
            },
            Message::ExportTo,
        )
    }

    fn export_to(&mut self, path: PathBuf) -> Action {
        let format = if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
        {
            ExportFormat::Csv
        } else {
            ExportFormat::Xlsx
        };
        let query = self.export_query(format);
        self.export_to = Some(path);
        Action::request(Request::Export(query), |a| {
            Message::Exported(a.and_then(Response::into_exported))
        })
    }

    fn exported(&mut self, result: Result<ExportedFile, api::Error>) -> Action {
        let Some(path) = self.export_to.take() else {
            return Action::none();
        };
        match result {
            Ok(file) => Action::save_file(Save::to(path, file.bytes)),
            Err(e) => Action::toast(Toast {
                text: fl!("export-failed", reason = errors::describe(&e)),
                ..Toast::error(&e)
            }),
        }
    }

    /// Scrolls the table so the row chosen with the keyboard is in view.
    fn reveal_selected(&self) -> Action {
        match self
            .selected
            .and_then(|i| self.scroll.reveal(i, ROW_HEIGHT))
        {
            Some(y) => Action::run(operation::scroll_to(
                TABLE_ID,
                operation::AbsoluteOffset {
                    x: None,
                    y: Some(y),
                },
            )),
            None => Action::none(),
        }
    }

    /// "41–60 of 2,341"
    pub fn range_text(&self) -> String {
        if self.count == 0 {
            return fl!("pager-empty");
        }
        let first = u64::from(self.page) * u64::from(self.page_size) + 1;
        let last = (first + self.rows.len() as u64)
            .saturating_sub(1)
            .max(first);
        fl!(
            "pager-range",
            first = i18n::count(first),
            last = i18n::count(last),
            total = i18n::count(self.count)
        )
    }

    fn header(&self, column: UserColumn) -> Element<'_, Message> {
        let bold = Font {
            weight: font::Weight::Bold,
            ..Font::DEFAULT
        };
        let title = column.title();
        match column.order_by() {
            Some(order) => {
                let arrow = match (self.order_by == order, self.ascending) {
                    (false, _) => "",
                    (true, true) => " ▲",
                    (true, false) => " ▼",
                };
                button(text(format!("{title}{arrow}")).font(bold))
                    .padding(0)
                    .style(button::text)
                    .on_press(Message::SortBy(order))
                    .into()
            }
            None => text(title).font(bold).into(),
        }
    }

    fn toolbar(&self) -> Element<'_, Message> {
        let filter = text_input(&fl!("users-filter-placeholder"), &self.filter)
            .id(FILTER_ID)
            .on_input(Message::FilterChanged)
            .padding(8)
            .width(Length::FillPortion(3));
        let only_active = checkbox(self.hide_inactive)
            .label(fl!("users-only-active"))
            .on_toggle(Message::HideInactive);
        row![
            filter,
            only_active,
            space::horizontal(),
            button(text(fl!("users-columns")))
                .style(button::secondary)
                .on_press(Message::ToggleChooser),
            button(text(fl!("users-new"))).on_press(Message::NewUser),
            tooltip(
                button(text(fl!("users-import")))
                    .style(button::secondary)
                    .on_press(Message::Import),
                container(text(fl!("import-drop-hint")).size(13)).padding(6),
                tooltip::Position::Bottom,
            )
            .style(container::bordered_box),
            if self.is_exporting() {
                button(text(fl!("users-export-cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelExport)
            } else {
                button(text(fl!("users-export")))
                    .style(button::secondary)
                    .on_press(Message::Export)
            },
            button(text(fl!("users-template")))
                .style(button::secondary)
                .on_press(Message::Template),
            button(text(fl!("users-refresh")))
                .style(button::secondary)
                .on_press(Message::Refresh),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
    }

    fn chooser(&self) -> Element<'_, Message> {
        let boxes = UserColumn::ALL.iter().map(|c| {
            let shown = self.columns.contains(c);
            checkbox(shown)
                .label(c.title())
                .on_toggle(move |on| Message::ShowColumn(*c, on))
                .into()
        });
        container(row(boxes).spacing(16).wrap())
            .padding(10)
            .style(container::rounded_box)
            .into()
    }

    fn pager(&self) -> Element<'_, Message> {
        let sizes = pick_list(PAGE_SIZES, Some(self.page_size), Message::PageSize);
        row![
            text(fl!("pager-page-size")),
            sizes,
            space::horizontal(),
            text(self.range_text()),
            button(text("‹")).on_press_maybe((self.page > 0).then_some(Message::PreviousPage)),
            button(text("›"))
                .on_press_maybe((self.page < self.last_page()).then_some(Message::NextPage)),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .into()
    }

    fn body(&self) -> Element<'_, Message> {
        match &self.state {
            LoadState::Failed(e) => return widget::failed(e, Message::Refresh),
            LoadState::Loading if self.rows.is_empty() => {
                return container(text(fl!("users-loading")).style(text::secondary))
                    .center(Length::Fill)
                    .into();
            }
            _ if self.rows.is_empty() => {
                let msg = if self.filter.trim().is_empty() {
                    fl!("users-empty")
                } else {
                    fl!("users-no-match", filter = self.filter.trim().to_owned())
                };
                return container(text(msg).style(text::secondary))
                    .center(Length::Fill)
                    .into();
            }
            _ => {}
        }
        // The header stays put; below it only the rows in view are built.
        let header = row(self.columns.iter().map(|&column| {
            container(self.header(column))
                .width(column.width())
                .padding([0.0, CELL_PADDING])
                .clip(true)
                .into()
        }))
        .height(ROW_HEIGHT)
        .align_y(Alignment::Center);
        let body = rows_in_view::list(
            self.scroll,
            self.rows.len(),
            ROW_HEIGHT,
            TABLE_ID,
            Length::Fill,
            Message::Scrolled,
            move |i| self.table_row(i),
        );
        column![container(header).style(theme::table_header), body].into()
    }

    /// One user: a line per row, cells clipped so columns never overlap;
    /// alternate rows shaded so the eye can follow a line across.
    fn table_row(&self, i: usize) -> Element<'_, Message> {
        let Some(user) = self.rows.get(i) else {
            return space().into();
        };
        let cells = self.columns.iter().map(|&column| {
            let line = text(user.cell(column)).wrapping(text::Wrapping::None);
            let content: Element<'_, Message> = if column == UserColumn::Name && user.inactive {
                row![
                    container(
                        text(fl!("users-inactive"))
                            .size(11)
                            .wrapping(text::Wrapping::None)
                    )
                    .padding([1, 6])
                    .style(container::secondary),
                    line,
                ]
                .spacing(6)
                .align_y(Alignment::Center)
                .into()
            } else if column.numeric() {
                line.width(Length::Fill).align_x(Alignment::End).into()
            } else {
                line.into()
            };
            container(content)
                .width(column.width())
                .padding([0.0, CELL_PADDING])
                .clip(true)
                .into()
        });
        let selected = self.selected == Some(i);
        let cells = container(row(cells).height(ROW_HEIGHT).align_y(Alignment::Center))
            .width(Length::Fill)
            .style(move |t| theme::table_row(t, selected, i % 2 == 1));
        mouse_area(cells)
            .on_press(Message::Select(i))
            .on_double_click(Message::Open(i))
            .into()
    }
}

impl Page for Users {
    type Message = Message;

    fn start(&mut self) -> Action {
        self.refresh()
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::FilterChanged(text) => {
                self.filter = text;
                self.filter_seq += 1;
                let seq = self.filter_seq;
                Action::run(Task::perform(
                    tokio::time::sleep(FILTER_DEBOUNCE),
                    move |()| Message::FilterSettled(seq),
                ))
            }
            Message::FilterSettled(seq) if seq == self.filter_seq => self.first_page(),
            Message::FilterSettled(_) => Action::none(), // more typing came after it
            Message::FocusFilter => Action::run(operation::focus(FILTER_ID)),
            Message::SortBy(order) => {
                if self.order_by == order {
                    self.ascending = !self.ascending;
                } else {
                    self.order_by = order;
                    self.ascending = true;
                }
                self.first_page()
            }
            Message::PageSize(size) => {
                self.page_size = size;
                self.first_page().and(self.prefs_changed())
            }
            Message::NextPage if self.page < self.last_page() => {
                self.page += 1;
                self.selected = None;
                self.refresh()
            }
            Message::PreviousPage if self.page > 0 => {
                self.page -= 1;
                self.selected = None;
                self.refresh()
            }
            Message::NextPage | Message::PreviousPage => Action::none(),
            Message::HideInactive(hide) => {
                self.hide_inactive = hide;
                self.first_page().and(self.prefs_changed())
            }
            Message::ToggleChooser => {
                self.chooser_open = !self.chooser_open;
                Action::none()
            }
            Message::ShowColumn(column, show) => {
                if show && !self.columns.contains(&column) {
                    self.columns.push(column);
                    self.columns
                        .sort_by_key(|c| UserColumn::ALL.iter().position(|x| x == c));
                } else if !show && self.columns.len() > 1 {
                    self.columns.retain(|c| *c != column);
                }
                self.prefs_changed()
            }
            Message::Select(i) => {
                self.selected = (i < self.rows.len()).then_some(i);
                Action::none()
            }
            Message::Open(i) => match self.rows.get(i) {
                Some(row) => {
                    self.selected = Some(i);
                    Action::open(UserDetails::new(row.id).into())
                }
                None => Action::none(),
            },
            Message::SelectNext => {
                if !self.rows.is_empty() {
                    self.selected = Some(
                        self.selected
                            .map_or(0, |i| (i + 1).min(self.rows.len() - 1)),
                    );
                }
                self.reveal_selected()
            }
            Message::SelectPrevious => {
                if !self.rows.is_empty() {
                    self.selected = Some(self.selected.map_or(0, |i| i.saturating_sub(1)));
                }
                self.reveal_selected()
            }
            Message::Scrolled(viewport) => {
                self.scroll.scrolled(&viewport);
                Action::none()
            }
            Message::OpenSelected => match self.selected {
                Some(i) => self.update(Message::Open(i)),
                None => Action::none(),
            },
            Message::Refresh => self.refresh(),
            Message::NewUser => Action::open(UserEditor::create().into()),
            Message::Import => Action::pick_file(Pick::Spreadsheet, Message::ImportFile),
            Message::ImportFile(Some(path)) => Action::open(Import::new(path).into()),
            Message::ImportFile(None) | Message::ExportTo(None) => Action::none(),
            Message::Export => self.export(),
            Message::ExportTo(Some(path)) => self.export_to(path),
            Message::Exported(result) => self.exported(result),
            Message::CancelExport => {
                if self.export_to.take().is_none() {
                    return Action::none();
                }
                // The pending request is dropped, which aborts the HTTP call:
                // the server's file, if it still comes, is never written.
                Action::from(Effect::Cancel(RequestKind::Export))
                    .and(Action::toast(Toast::success(fl!("export-cancelled"))))
            }
            Message::Template => import::template(),
            Message::Loaded(Ok(page)) => {
                self.count = page.count;
                self.users = page.list;
                self.reformat();
                self.state = LoadState::Loaded;
                self.selected = self.selected.filter(|i| *i < self.rows.len());
                Action::none()
            }
            Message::Loaded(Err(e)) => {
                self.state = LoadState::Failed(e);
                Action::none()
            }
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let mut content = column![self.toolbar()].spacing(10);
        if self.chooser_open {
            content = content.push(self.chooser());
        }
        content
            .push(self.body())
            .push(self.pager())
            .padding(12)
            .into()
    }

    fn on_key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        Some(match key.as_ref() {
            Key::Character("f") if modifiers.command() => Message::FocusFilter,
            Key::Named(Named::PageDown) => Message::NextPage,
            Key::Named(Named::PageUp) => Message::PreviousPage,
            Key::Named(Named::ArrowDown) => Message::SelectNext,
            Key::Named(Named::ArrowUp) => Message::SelectPrevious,
            Key::Named(Named::Enter) => Message::OpenSelected,
            Key::Named(Named::F5) => Message::Refresh,
            _ => return None,
        })
    }

    fn resumed(&mut self) -> Action {
        self.refresh()
    }

    fn heard(&mut self, what: &Happened) -> Action {
        match what {
            Happened::UserSaved { .. } | Happened::UserDeleted(_) => self.refresh(),
            Happened::UsersImported(created) if *created > 0 => self.refresh(),
            Happened::UsersImported(_) => Action::none(),
        }
    }

    fn dropped(&self, path: &Path) -> Option<Message> {
        crate::import::FileKind::from_name(&path.to_string_lossy())
            .map(|_| Message::ImportFile(Some(path.to_path_buf())))
    }

    fn language_changed(&mut self) {
        self.reformat();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::UserFields;

    fn page_of(n: usize) -> UserPage {
        let list = (0..n)
            .map(|i| User {
                id: i as i64 + 1,
                dealer_id: None,
                fields: UserFields {
                    login: Some(format!("user{i}@example.com")),
                    ..Default::default()
                },
                balance: None,
                bonus: None,
                creation_date: None,
                trackers_count: None,
                comment: None,
            })
            .collect();
        UserPage {
            list,
            count: n as u64,
        }
    }

    #[test]
    fn moving_the_selection_below_the_view_scrolls_to_it() {
        let mut users = Users::new(&crate::config::UsersPrefs::default());
        let _ = users.update(Message::Loaded(Ok(page_of(100))));
        // The rows that fit the (assumed) viewport need no scrolling.
        for _ in 0..10 {
            assert!(users.update(Message::SelectNext).is_none());
        }
        let mut scrolled = false;
        for _ in 10..60 {
            scrolled |= matches!(
                users.update(Message::SelectNext).effects(),
                [Effect::Run(_)]
            );
        }
        assert_eq!(users.selected, Some(59));
        assert!(scrolled, "row 60 is far below a 600-pixel view");
    }
}
