//! The users list: filter as you type, sortable columns, paging, "only
//! active", a column chooser. Rows are formatted once when a page arrives, so
//! `view` only borrows strings.

use crate::api::{self, UserPage};
use crate::fl;
use crate::i18n;
use crate::model::import_columns::ImportColumn;
use crate::model::{ExportFormat, ExportQuery, LegalType, ListQuery, OrderBy, Permit, User};
use crate::session::export_file::{self, ColumnTitles, Download, Exported};
use crate::session::{Ask, Dealer, RequestKind};
use crate::ui::action::{Effect, Happened};
use crate::ui::files::{Pick, Save};
use crate::ui::screen::Page;
use crate::ui::screen::import::{self, Import};
use crate::ui::screen::user_details::UserDetails;
use crate::ui::screen::user_editor::UserEditor;
use crate::ui::theme;
use crate::ui::widget;
use crate::ui::widget::grid;
use crate::ui::widget::icon;
use crate::ui::widget::pager::{self, Pager};
use crate::ui::widget::toast::Toast;
use crate::words::errors;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::operation;
use iced::widget::{
    button, checkbox, column, container, mouse_area, responsive, row, scrollable, space, text,
    tooltip,
};
use iced::{Alignment, Element, Length, Task};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

pub const FILTER_ID: &str = "users-filter";
pub const TABLE_ID: &str = "users-table";
const HEADER_ID: &str = "users-table-header";
/// Every row is one line this high, so only the rows in view need building.
const ROW_HEIGHT: f32 = 32.0;
pub const PAGE_SIZES: [u32; 5] = [10, 20, 50, 100, 500];
/// The width of the column of checkboxes that choose users for bulk work.
const CHECK_WIDTH: f32 = 40.0;
/// The filter is never narrower than this: the toolbar takes two lines first.
const FILTER_MIN: f32 = 300.0;
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
    RegisteredCity,
    Comment,
    /// Two-factor authentication allowed.
    Mfa,
}

impl UserColumn {
    pub const ALL: [UserColumn; 12] = [
        Self::Id,
        Self::Name,
        Self::Login,
        Self::Phone,
        Self::Balance,
        Self::Bonus,
        Self::City,
        Self::Trackers,
        Self::Created,
        Self::RegisteredCity,
        Self::Comment,
        Self::Mfa,
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
            Self::RegisteredCity => "registered_city",
            Self::Comment => "comment",
            Self::Mfa => "mfa",
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
            Self::RegisteredCity => fl!("column-registered-city"),
            Self::Comment => fl!("column-comment"),
            Self::Mfa => fl!("column-mfa"),
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
            // The server sorts by these seven only (API-NOTES).
            Self::Trackers | Self::Created | Self::RegisteredCity | Self::Comment | Self::Mfa => {
                None
            }
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
            Self::RegisteredCity => &["registered_city"],
            Self::Comment => &["comment"],
            Self::Mfa => &["mfa_allowed"],
        }
    }

    pub fn numeric(self) -> bool {
        matches!(
            self,
            Self::Id | Self::Balance | Self::Bonus | Self::Trackers
        )
    }

    /// The width a column starts with (the operator may drag it wider or
    /// narrower); together, with the checkboxes, they fill a 1280-pixel window.
    pub fn default_width(self) -> f32 {
        match self {
            Self::Id => 70.0,
            Self::Name => 190.0,
            // Logins are e-mails, and how operators tell users apart: a
            // usual one (22 letters) is whole at the start.
            Self::Login => 225.0,
            // 11 digits whole ("79652202884").
            Self::Phone => 130.0,
            Self::Balance => 105.0,
            Self::Bonus => 90.0,
            Self::City => 133.0,
            Self::Trackers => 95.0,
            // A date and time whole ("2025-10-01 09:30").
            Self::Created => 162.0,
            Self::RegisteredCity => 150.0,
            Self::Comment => 220.0,
            Self::Mfa => 70.0,
        }
    }

    /// Below this a column says nothing useful.
    fn min_width(self) -> f32 {
        match self {
            Self::Name | Self::Login => 120.0,
            Self::Id | Self::Bonus | Self::Mfa => 56.0,
            _ => 72.0,
        }
    }
}

/// One user, formatted for the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: i64,
    pub inactive: bool,
    /// Activated, but the e-mail (the login) never confirmed.
    pub unconfirmed: bool,
    pub legal_type: Option<LegalType>,
    cells: [String; UserColumn::ALL.len()],
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
            u.trackers_count
                .map(|n| u64::try_from(n).map_or_else(|_| n.to_string(), i18n::count))
                .unwrap_or_default(),
            u.creation_date
                .as_deref()
                .map(|d| i18n::server_date_time(d, i18n::Precision::Day))
                .unwrap_or_default(),
            text(&u.fields.registered_city),
            // One line in the table; the whole comment is on the details page.
            text(&u.comment).replace(['\r', '\n'], " "),
            match u.mfa_allowed {
                Some(true) => fl!("value-on"),
                Some(false) => fl!("value-off"),
                None => String::new(),
            },
        ];
        Row {
            id: u.id,
            inactive: u.fields.activated == Some(false),
            unconfirmed: u.fields.activated == Some(true) && u.fields.verified == Some(false),
            legal_type: u.fields.legal_type,
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
    /// Which page of how many (`count` is every matching user).
    pager: Pager,
    hide_inactive: bool,
    columns: Vec<UserColumn>,
    /// Each column's width in pixels, as the operator left it.
    widths: HashMap<UserColumn, f32>,
    chooser_open: bool,
    users: Vec<User>,
    rows: Vec<Row>,
    state: LoadState,
    selected: Option<usize>,
    table: grid::Table,
    /// Where the export on its way will be written; while it is set the
    /// server is building the file and the button cancels it.
    export_to: Option<PathBuf>,
    /// What the dealer may do.
    dealer: Arc<Dealer>,
    /// The users chosen for bulk work, by id, from any page (as last listed).
    chosen: std::collections::BTreeMap<i64, User>,
    /// Every user matching the filter is chosen (not only those listed).
    all_matching: bool,
    /// The row a Shift-click extends the choice from.
    anchor: Option<usize>,
    /// The keyboard's modifiers now (Shift-click).
    modifiers: Modifiers,
}

/// The work a selection can be given (each in the bulk screen but export).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkKind {
    Balance,
    Discount,
    Plan,
    Mfa,
    ResendActivation,
    Delete,
}

impl BulkKind {
    pub const ALL: [BulkKind; 6] = [
        Self::Balance,
        Self::Discount,
        Self::Plan,
        Self::Mfa,
        Self::ResendActivation,
        Self::Delete,
    ];

    pub fn label(self) -> String {
        match self {
            Self::Balance => fl!("bulk-balance"),
            Self::Discount => fl!("bulk-discount"),
            Self::Plan => fl!("bulk-plan"),
            Self::Mfa => fl!("bulk-mfa"),
            Self::ResendActivation => fl!("bulk-resend"),
            Self::Delete => fl!("bulk-delete"),
        }
    }

    /// What the dealer must be allowed.
    pub fn permit(self) -> Permit {
        match self {
            Self::Balance => Permit::ChangeBalance,
            Self::Delete => Permit::DeleteUsers,
            Self::ResendActivation => Permit::EditUsers,
            Self::Discount | Self::Plan | Self::Mfa => Permit::EditUsers,
        }
    }
}

/// Whom bulk work is for.
#[derive(Debug, Clone, PartialEq)]
pub enum Selection {
    /// These users (as last listed).
    Users(Vec<User>),
    /// Everyone matching this filter: `count` when it was chosen.
    Matching { query: ListQuery, count: u64 },
}

#[derive(Debug, Clone)]
pub enum Message {
    FilterChanged(String),
    /// The pause after typing ended; `u64` tells which keystroke it belongs to.
    FilterSettled(u64),
    FocusFilter,
    SortBy(OrderBy),
    /// First, previous, next, last, a page typed, the page size.
    Pager(pager::Step),
    /// The × in the filter: show everyone again.
    ClearFilter,
    /// A row's checkbox (Shift: everything from the last one clicked).
    Choose(usize, bool),
    /// The header's checkbox: the whole page.
    ChoosePage(bool),
    /// Every user matching the filter, on every page.
    ChooseAllMatching,
    ClearChoice,
    /// Shift and the rest, as they are now.
    Modifiers(Modifiers),
    /// Work for the chosen users.
    Bulk(BulkKind),
    ExportChosen,
    /// Where to write the chosen users (None: cancelled).
    ExportChosenTo(Option<PathBuf>),
    HideInactive(bool),
    ToggleChooser,
    ShowColumn(UserColumn, bool),
    /// Moves a column left (-1) or right (+1).
    MoveColumn(UserColumn, i8),
    /// A header's edge dragged.
    Resize(grid::Drag),
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
    /// The server's file, downloaded beside where it goes.
    Downloaded(Result<Arc<Download>, api::Error>),
    /// ...and put in place.
    Exported(Result<Exported, api::Error>),
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
        columns.dedup();
        // Only the widths the operator gave: the others follow the
        // language's titles (see `width`).
        let widths = UserColumn::ALL
            .into_iter()
            .filter_map(|c| {
                let stored = prefs.widths.get(c.key()).copied();
                let width = stored.filter(|w| w.is_finite())?;
                Some((c, width.clamp(c.min_width(), 2000.0)))
            })
            .collect();
        Users {
            filter: String::new(),
            filter_seq: 0,
            order_by: OrderBy::Id,
            ascending: true,
            pager: Pager::new(if PAGE_SIZES.contains(&prefs.page_size) {
                prefs.page_size
            } else {
                50
            }),
            hide_inactive: prefs.hide_inactive,
            columns,
            widths,
            chooser_open: false,
            users: Vec::new(),
            rows: Vec::new(),
            state: LoadState::Loading,
            selected: None,
            table: grid::Table::new(TABLE_ID, HEADER_ID),
            export_to: None,
            dealer: Arc::new(Dealer::unknown()),
            chosen: Default::default(),
            all_matching: false,
            anchor: None,
            modifiers: Modifiers::default(),
        }
    }

    pub fn prefs(&self) -> crate::config::UsersPrefs {
        crate::config::UsersPrefs {
            columns: self.columns.iter().map(|c| c.key().to_owned()).collect(),
            widths: self
                .widths
                .iter()
                .map(|(c, w)| (c.key().to_owned(), *w))
                .collect(),
            page_size: self.pager.size(),
            hide_inactive: self.hide_inactive,
        }
    }

    /// The operator changed something worth remembering.
    fn prefs_changed(&self) -> Action {
        Effect::Setting(crate::config::SettingChange::UsersList(self.prefs())).into()
    }

    pub fn query(&self) -> ListQuery {
        let filter = self.filter.trim();
        ListQuery {
            filter: (!filter.is_empty()).then(|| filter.to_owned()),
            order_by: Some(self.order_by),
            ascending: Some(self.ascending),
            limit: Some(self.pager.size()),
            offset: Some(self.pager.offset()),
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

    /// The width the operator gave `column`, or else its own, widened to
    /// show its title and sort mark whole in the language shown.
    pub fn width(&self, column: UserColumn) -> f32 {
        self.widths.get(&column).copied().unwrap_or_else(|| {
            let title = grid::title_fitting(&column.title(), column.order_by().is_some());
            column.default_width().max(title)
        })
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
        self.pager.count()
    }

    pub fn state(&self) -> &LoadState {
        &self.state
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn page(&self) -> u32 {
        self.pager.page()
    }

    pub fn page_size(&self) -> u32 {
        self.pager.size()
    }

    pub fn is_exporting(&self) -> bool {
        self.export_to.is_some()
    }

    /// Whom bulk work would be for: the users chosen, or everyone matching.
    pub fn selection(&self) -> Option<Selection> {
        if self.all_matching {
            let mut query = self.query();
            query.limit = None;
            query.offset = None;
            return Some(Selection::Matching {
                query,
                count: self.pager.count(),
            });
        }
        (!self.chosen.is_empty()).then(|| Selection::Users(self.chosen.values().cloned().collect()))
    }

    /// How many users are chosen.
    pub fn chosen_count(&self) -> u64 {
        if self.all_matching {
            self.pager.count()
        } else {
            self.chosen.len() as u64
        }
    }

    fn is_chosen(&self, row: usize) -> bool {
        self.all_matching
            || self
                .users
                .get(row)
                .is_some_and(|u| self.chosen.contains_key(&u.id))
    }

    /// Chooses (or not) the users of rows `rows`.
    fn choose(&mut self, rows: impl IntoIterator<Item = usize>, on: bool) {
        for row in rows {
            let Some(user) = self.users.get(row) else {
                continue;
            };
            if on {
                self.chosen.insert(user.id, user.clone());
            } else {
                self.chosen.remove(&user.id);
            }
        }
    }

    /// The chosen users as a file: the columns shown, values as the server
    /// has them (what `panel/user/export` would write for them).
    fn export_chosen_to(&self, path: PathBuf) -> Action {
        write_users(&self.columns, self.chosen.values(), path)
    }

    /// "12 chosen · Choose all 2,341 matching · Clear", and what can be done
    /// to them.
    fn choice_bar(&self) -> Element<'_, Message> {
        let count = self.chosen_count();
        let mut line = row![text(fl!("users-chosen", count = count)).font(crate::ui::theme::BOLD)]
            .spacing(10)
            .align_y(Alignment::Center);
        let page_all = !self.users.is_empty() && (0..self.users.len()).all(|i| self.is_chosen(i));
        if !self.all_matching && page_all && self.pager.count() > self.users.len() as u64 {
            line = line.push(
                button(text(fl!(
                    "users-choose-all-matching",
                    count = i18n::count(self.pager.count())
                )))
                .style(theme::link)
                .padding(0)
                .on_press(Message::ChooseAllMatching),
            );
        }
        line = line.push(
            button(text(fl!("users-choice-clear")))
                .style(theme::link)
                .padding(0)
                .on_press(Message::ClearChoice),
        );
        let actions = bulk_buttons(
            row![].spacing(8).align_y(Alignment::Center),
            &self.dealer,
            Message::Bulk,
        )
        .push(
            button(text(fl!("users-export-chosen")))
                .style(button::secondary)
                .on_press(Message::ExportChosen),
        );
        container(column![line, actions.wrap().vertical_spacing(6)].spacing(6))
            .padding(8)
            .width(Length::Fill)
            .style(container::rounded_box)
            .into()
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
        Action::ask(Ask::list_users(self.query()), Message::Loaded)
    }

    fn first_page(&mut self) -> Action {
        self.pager.restart();
        self.selected = None;
        self.refresh()
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
        self.export_to = Some(path.clone());
        Action::ask(Ask::export(query, path), Message::Downloaded)
    }

    /// The file is in: put in place off the UI's thread, unless the export
    /// was cancelled meanwhile (then it is dropped, and with it the file).
    fn downloaded(&mut self, result: Result<Arc<Download>, api::Error>) -> Action {
        if self.export_to.take().is_none() {
            return Action::none();
        }
        let download = match result {
            Ok(download) => download,
            Err(e) => return self.exported(Err(e)),
        };
        let titles = column_titles();
        Action::run(Task::perform(
            async move {
                tokio::task::spawn_blocking(move || export_file::put_in_place(&download, &titles))
                    .await
                    .unwrap_or_else(|e| {
                        Err(api::Error::File(Arc::new(std::io::Error::other(
                            e.to_string(),
                        ))))
                    })
            },
            Message::Exported,
        ))
    }

    /// Said as it is: where the file is, and whether its cells were checked.
    fn exported(&mut self, result: Result<Exported, api::Error>) -> Action {
        match result {
            Ok(file) => {
                let saved = fl!("saved-to", path = file.path.display().to_string());
                if file.checked {
                    return Action::toast(Toast::success(saved));
                }
                // The server built it; its cells are not checked, and that is said.
                let unchecked = match file.format {
                    api::ExportFormat::Xlsx => fl!("export-xlsx-as-built"),
                    api::ExportFormat::Csv => fl!("export-csv-as-built"),
                };
                Action::toast(Toast::success(format!("{saved}. {unchecked}")))
            }
            Err(e) => Action::toast(Toast {
                text: fl!("export-failed", reason = errors::describe(&e)),
                ..Toast::error(&e)
            }),
        }
    }

    /// Scrolls the table so the row chosen with the keyboard is in view.
    fn reveal_selected(&self) -> Action {
        self.selected
            .and_then(|i| self.table.reveal(i, ROW_HEIGHT))
            .map_or_else(Action::none, Action::run)
    }

    /// "41–60 of 2,341"
    pub fn range_text(&self) -> String {
        self.pager.range_text(self.rows.len(), fl!("pager-empty"))
    }

    fn header(&self, column: UserColumn, width: f32) -> Element<'_, Message> {
        let sorted = grid::Sorted::of(column.order_by(), self.order_by, self.ascending);
        // A column that cannot sort never sends its message (its title is words).
        let by = column.order_by().unwrap_or(self.order_by);
        grid::sort_title(column.title(), width, sorted, Message::SortBy(by))
    }

    /// The filter and the actions: one line where the window is wide, two
    /// where it is not, so the filter never shrinks to a few letters.
    fn toolbar(&self, width: f32) -> Element<'_, Message> {
        let placeholder = fl!("users-filter-placeholder");
        let filter = widget::search_box(
            &placeholder,
            &self.filter,
            FILTER_ID,
            Message::FilterChanged,
            Message::ClearFilter,
        )
        .width(Length::Fill);
        let may_create = self.dealer.allows(Permit::CreateUsers);
        let only_active = checkbox(self.hide_inactive)
            .label(fl!("users-only-active"))
            .on_toggle(Message::HideInactive);
        let secondary = |i, label: String, m: Message| {
            icon::button_with(i, label)
                .style(button::secondary)
                .on_press(m)
        };
        let actions = row![
            secondary(
                icon::columns(),
                fl!("users-columns"),
                Message::ToggleChooser
            ),
            widget::permitted(
                icon::button_with(icon::new_user(), fl!("users-new")),
                Message::NewUser,
                may_create,
            ),
            if may_create {
                tooltip(
                    secondary(icon::import(), fl!("users-import"), Message::Import),
                    container(text(fl!("import-drop-hint")).size(13)).padding(6),
                    tooltip::Position::Bottom,
                )
                .style(container::bordered_box)
                .into()
            } else {
                widget::permitted(
                    icon::button_with(icon::import(), fl!("users-import")).style(button::secondary),
                    Message::Import,
                    false,
                )
            },
            if self.is_exporting() {
                secondary(
                    icon::clear(),
                    fl!("users-export-cancel"),
                    Message::CancelExport,
                )
            } else {
                secondary(icon::export(), fl!("users-export"), Message::Export)
            },
            secondary(icon::template(), fl!("users-template"), Message::Template),
            secondary(icon::refresh(), fl!("users-refresh"), Message::Refresh),
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        // One line when the filter keeps room for what operators type.
        let labels = [
            fl!("users-columns"),
            fl!("users-new"),
            fl!("users-import"),
            fl!("users-export-cancel"),
            fl!("users-template"),
            fl!("users-refresh"),
            fl!("users-only-active"),
        ];
        let taken: f32 = labels
            .iter()
            // The words, the icon and the button's padding.
            .map(|l| grid::text_width(l, 16.0) + 54.0)
            .sum::<f32>()
            + 24.0;
        // The filter keeps room for its whole hint (and the clear button);
        // on one line it has all that the rest leaves.
        let filter_min = (grid::text_width(&placeholder, 16.0) + 52.0).max(FILTER_MIN);
        if width - taken >= filter_min {
            row![container(filter).width(Length::Fill), only_active, actions]
                .spacing(12)
                .align_y(Alignment::Center)
                .into()
        } else {
            column![
                row![filter, only_active]
                    .spacing(12)
                    .align_y(Alignment::Center),
                // Russian words run long: the buttons take a line more.
                actions.wrap().vertical_spacing(8)
            ]
            .spacing(8)
            .into()
        }
    }

    /// Which columns show, and their order: the shown ones as they stand,
    /// each with arrows to move it, then the hidden ones.
    fn chooser(&self) -> Element<'_, Message> {
        // An arrow's width, kept as room where a hidden column has none.
        const ARROW: f32 = 22.0;
        let arrow = |label: &'static str, m: Option<Message>| {
            button(text(label).size(12).center().width(Length::Fill))
                .padding(0)
                .width(ARROW)
                .style(button::text)
                .on_press_maybe(m)
        };
        // Every column in one fixed order, so that ticking one never moves
        // it from under the pointer; a shown one has arrows that move it in
        // the table, which shows the order.
        let last = self.columns.len().saturating_sub(1);
        let choices = UserColumn::ALL.into_iter().map(|c| {
            let tick = checkbox(self.columns.contains(&c))
                .label(c.title())
                .on_toggle(move |on| Message::ShowColumn(c, on));
            match self.columns.iter().position(|&shown| shown == c) {
                Some(i) => row![
                    arrow("◀", (i > 0).then_some(Message::MoveColumn(c, -1))),
                    tick,
                    arrow("▶", (i < last).then_some(Message::MoveColumn(c, 1))),
                ]
                .align_y(Alignment::Center)
                .into(),
                // Room for the arrows, kept: nothing shifts when it is ticked.
                None => row![space().width(ARROW), tick, space().width(ARROW)]
                    .align_y(Alignment::Center)
                    .into(),
            }
        });
        container(
            column![
                text(fl!("users-columns-hint"))
                    .size(13)
                    .style(text::secondary),
                row(choices).spacing(14).wrap(),
            ]
            .spacing(6),
        )
        .padding(10)
        .style(container::rounded_box)
        .into()
    }

    fn pager(&self) -> Element<'_, Message> {
        self.pager
            .view(self.range_text(), Some(&PAGE_SIZES), Message::Pager)
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
        let columns = std::iter::once(grid::Column::new(CHECK_WIDTH).min(CHECK_WIDTH))
            .chain(self.columns.iter().map(|&c| {
                grid::Column::new(self.width(c))
                    .min(c.min_width())
                    .end_if(c.numeric())
            }))
            .collect();
        self.table
            .grid(
                columns,
                self.rows.len(),
                ROW_HEIGHT,
                Message::Scrolled,
                Message::Resize,
            )
            .view(
                // The first column chooses users; the rest are the operator's.
                move |c| match c.checked_sub(1) {
                    Some(c) => self.header(self.columns[c], self.width(self.columns[c])),
                    None => {
                        let page = !self.users.is_empty()
                            && (0..self.users.len()).all(|i| self.is_chosen(i));
                        checkbox(page).on_toggle(Message::ChoosePage).into()
                    }
                },
                move |i, widths| self.table_row(i, widths),
            )
    }

    /// One user: a line per row, cells cut with "…" (whole on hover) so
    /// columns never overlap; alternate rows shaded so the eye can follow a
    /// line across.
    fn table_row<'a>(&'a self, i: usize, widths: &[f32]) -> Element<'a, Message> {
        let Some(user) = self.rows.get(i) else {
            return space().into();
        };
        let check =
            container(checkbox(self.is_chosen(i)).on_toggle(move |on| Message::Choose(i, on)))
                .width(CHECK_WIDTH)
                .padding([0.0, grid::CELL_PADDING]);
        let cells = self
            .columns
            .iter()
            .zip(&widths[1..])
            .map(|(&column, &width)| {
                // The name starts with the legal type's icon and says when the
                // account is blocked; the login, when its e-mail is unconfirmed.
                let (kind, badge) = match column {
                    UserColumn::Name => (
                        user.legal_type,
                        user.inactive.then(|| fl!("users-inactive")),
                    ),
                    UserColumn::Login => (None, user.unconfirmed.then(|| fl!("users-unconfirmed"))),
                    _ => (None, None),
                };
                let content: Element<'_, Message> = if kind.is_some() || badge.is_some() {
                    let mut line = row![].spacing(6).align_y(Alignment::Center);
                    let mut room = width - 2.0 * grid::CELL_PADDING;
                    if let Some(t) = kind {
                        line = line.push(
                            tooltip(
                                icon::legal_type(t).size(14).style(text::secondary),
                                container(text(crate::words::legal_name(t)).size(13)).padding(6),
                                tooltip::Position::Right,
                            )
                            .style(container::bordered_box),
                        );
                        room -= 20.0;
                    }
                    if let Some(badge) = badge {
                        // The badge takes its room from the text; where the
                        // name would be cut for it, the badge shrinks to a
                        // mark with its words on hover: the name comes first.
                        let whole = badge.chars().count() as f32 * 6.5 + 18.0;
                        let value = user.cell(column);
                        let fits = grid::text_width(value, 16.0) <= room - whole;
                        let (shown, taken) = if fits {
                            (badge.clone(), whole)
                        } else {
                            ("!".to_owned(), 22.0)
                        };
                        room -= taken;
                        let mark = container(text(shown).size(11).wrapping(text::Wrapping::None))
                            .padding([1, 6])
                            .style(container::secondary);
                        line = line.push(if fits {
                            Element::from(mark)
                        } else {
                            tooltip(
                                mark,
                                container(text(badge).size(13)).padding(6),
                                tooltip::Position::Bottom,
                            )
                            .style(container::bordered_box)
                            .into()
                        });
                    }
                    line.push(grid::cell(
                        user.cell(column),
                        room + 2.0 * grid::CELL_PADDING,
                        false,
                    ))
                    .into()
                } else {
                    grid::cell(user.cell(column), width, column.numeric())
                };
                container(content)
                    .width(width)
                    .padding([0.0, grid::CELL_PADDING])
                    .clip(true)
                    .into()
            });
        let selected = self.selected == Some(i);
        let cells = container(
            row![check]
                .extend(cells)
                .height(ROW_HEIGHT)
                .align_y(Alignment::Center),
        )
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
            Message::FilterSettled(seq) if seq == self.filter_seq => {
                // "Everyone matching" was about the filter before.
                self.all_matching = false;
                self.first_page()
            }
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
            Message::Pager(step) => {
                let size = matches!(step, pager::Step::Size(_));
                if !self.pager.step(step) {
                    return Action::none();
                }
                self.selected = None;
                let read = self.refresh();
                if size {
                    read.and(self.prefs_changed())
                } else {
                    read
                }
            }
            Message::Choose(row, on) => {
                if self.all_matching {
                    // One left out of "everyone": the rest of this page stays chosen.
                    self.all_matching = false;
                    self.choose(0..self.users.len(), true);
                }
                match self.anchor.filter(|_| self.modifiers.shift()) {
                    Some(from) => self.choose(from.min(row)..=from.max(row), on),
                    None => self.choose([row], on),
                }
                self.anchor = Some(row);
                Action::none()
            }
            Message::ChoosePage(on) => {
                if !on {
                    self.all_matching = false;
                }
                self.choose(0..self.users.len(), on);
                Action::none()
            }
            Message::ChooseAllMatching => {
                self.all_matching = true;
                Action::none()
            }
            Message::ClearChoice => {
                self.all_matching = false;
                self.chosen.clear();
                self.anchor = None;
                Action::none()
            }
            Message::Modifiers(m) => {
                self.modifiers = m;
                Action::none()
            }
            Message::Bulk(kind) if !self.dealer.allows(kind.permit()) => {
                Action::toast(Toast::failed(fl!("not-permitted")))
            }
            Message::Bulk(kind) => match self.selection() {
                Some(selection) => {
                    Action::open(crate::ui::screen::bulk::Bulk::new(kind, selection).into())
                }
                None => Action::none(),
            },
            Message::ExportChosen if self.all_matching => self.export(),
            Message::ExportChosen => Action::pick_file(
                Pick::ExportTo {
                    file_name: "users-chosen.xlsx".into(),
                },
                Message::ExportChosenTo,
            ),
            Message::ExportChosenTo(Some(path)) => self.export_chosen_to(path),
            Message::ExportChosenTo(None) => Action::none(),
            Message::ClearFilter => {
                self.filter.clear();
                self.all_matching = false;
                // Typing that was waiting to be sent is overtaken.
                self.filter_seq += 1;
                self.first_page()
                    .and(Action::run(operation::focus(FILTER_ID)))
            }
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
                } else if !show && self.columns.len() > 1 {
                    self.columns.retain(|c| *c != column);
                }
                self.prefs_changed()
            }
            Message::MoveColumn(column, by) => {
                let Some(at) = self.columns.iter().position(|c| *c == column) else {
                    return Action::none();
                };
                let to = at as isize + isize::from(by);
                if to < 0 || to as usize >= self.columns.len() {
                    return Action::none();
                }
                self.columns.swap(at, to as usize);
                self.prefs_changed()
            }
            Message::Resize(drag) => {
                let columns = self.columns.clone();
                let ended = drag == grid::Drag::End && self.table.resizing();
                // The grid's first column is the checkboxes': the rest are one on.
                let column = |i: usize| i.checked_sub(1).and_then(|i| columns.get(i)).copied();
                if let Some((i, width)) = self
                    .table
                    .resize(drag, |i| column(i).map_or(CHECK_WIDTH, |c| c.min_width()))
                    && let Some(c) = column(i)
                {
                    self.widths.insert(c, width);
                }
                if ended {
                    self.prefs_changed()
                } else {
                    Action::none()
                }
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
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::OpenSelected => match self.selected {
                Some(i) => self.update(Message::Open(i)),
                None => Action::none(),
            },
            Message::Refresh => self.refresh(),
            Message::NewUser | Message::Import | Message::ImportFile(Some(_))
                if !self.dealer.allows(Permit::CreateUsers) =>
            {
                Action::toast(Toast::failed(fl!("not-permitted")))
            }
            Message::NewUser => Action::open(UserEditor::create().into()),
            Message::Import => Action::pick_file(Pick::Spreadsheet, Message::ImportFile),
            Message::ImportFile(Some(path)) => Action::open(Import::new(path).into()),
            Message::ImportFile(None) | Message::ExportTo(None) => Action::none(),
            Message::Export => self.export(),
            Message::ExportTo(Some(path)) => self.export_to(path),
            Message::Downloaded(result) => self.downloaded(result),
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
                tracing::info!(shown = page.list.len(), of = page.count, "users listed");
                self.pager.counted(page.count);
                // The chosen users listed again are as the server has them now.
                for u in &page.list {
                    if let Some(chosen) = self.chosen.get_mut(&u.id) {
                        *chosen = u.clone();
                    }
                }
                self.anchor = None;
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
        responsive(move |size| {
            let mut content = column![self.toolbar(size.width)].spacing(10);
            if self.chooser_open {
                content = content.push(self.chooser());
            }
            content = content.push(self.body());
            // Below the table, which gives up room at its bottom: ticking the
            // first user never moves the rows under the pointer.
            if self.chosen_count() > 0 {
                content = content.push(self.choice_bar());
            }
            content.push(self.pager()).padding(12).into()
        })
        .into()
    }

    fn on_key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
        Some(match key.as_ref() {
            Key::Character("f") if modifiers.command() => Message::FocusFilter,
            Key::Character("a") if modifiers.command() => Message::ChoosePage(true),
            Key::Named(Named::PageDown) => Message::Pager(pager::Step::Next),
            Key::Named(Named::PageUp) => Message::Pager(pager::Step::Previous),
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

    /// Shift, for Shift-click on the checkboxes.
    fn subscription(&self) -> iced::Subscription<Message> {
        iced::event::listen_with(|event, _, _| match event {
            iced::Event::Keyboard(iced::keyboard::Event::ModifiersChanged(m)) => {
                Some(Message::Modifiers(m))
            }
            _ => None,
        })
    }

    fn heard(&mut self, what: &Happened) -> Action {
        match what {
            // A user just created is opened: the operator sees what was made.
            Happened::UserSaved {
                user_id: Some(id),
                created: true,
            } => self
                .refresh()
                .and(Action::open(UserDetails::new(*id).into())),
            Happened::UserDeleted(id) => {
                self.chosen.remove(id);
                self.refresh()
            }
            Happened::UserSaved { .. } => self.refresh(),
            Happened::BulkFinished { failed } => {
                self.all_matching = false;
                self.anchor = None;
                let failed: std::collections::HashSet<&i64> = failed.iter().collect();
                self.chosen.retain(|id, _| failed.contains(id));
                Action::none()
            }
            Happened::UsersImported(created) if *created > 0 => self.refresh(),
            Happened::UsersImported(_) => Action::none(),
            Happened::Dealer(dealer) => {
                self.dealer = dealer.clone();
                Action::none()
            }
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

/// The users list's titles for the columns an export can hold, by API
/// name (the import templates' titles come first: `export_file`).
fn column_titles() -> ColumnTitles {
    UserColumn::ALL
        .into_iter()
        .filter_map(|c| match c.api_fields() {
            [api] => Some(((*api).to_owned(), c.title())),
            _ => None,
        })
        .collect()
}

/// Columns of the users list that no import template has.
fn api_column_title(api: &str) -> Option<String> {
    UserColumn::ALL
        .into_iter()
        .find(|c| c.api_fields() == [api])
        .map(UserColumn::title)
}

/// `actions` and a button for each bulk action, those the dealer may not
/// do greyed with why: the users list's chosen ones and a segment's users
/// alike.
pub fn bulk_buttons<'a, M: Clone + 'a>(
    mut actions: iced::widget::Row<'a, M>,
    dealer: &crate::session::Dealer,
    on: impl Fn(BulkKind) -> M,
) -> iced::widget::Row<'a, M> {
    for kind in BulkKind::ALL {
        let style = if kind == BulkKind::Delete {
            button::danger
        } else {
            button::secondary
        };
        actions = actions.push(widget::permitted(
            button(text(kind.label())).style(style),
            on(kind),
            dealer.allows(kind.permit()),
        ));
    }
    actions
}

/// `users` with `columns` written to `path`: a CSV if it ends so, else a
/// workbook, with the import template's titles where a column has one.
pub fn write_users<'a, M: Send + 'static>(
    columns: &[UserColumn],
    users: impl Iterator<Item = &'a User>,
    path: PathBuf,
) -> crate::ui::action::Action<M> {
    let csv = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let fields: Vec<&str> = columns
        .iter()
        .flat_map(|c| c.api_fields().iter().copied())
        .collect();
    let titles: Vec<String> = fields
        .iter()
        .map(|f| {
            ImportColumn::for_parameter(&format!("user.{f}"))
                .map(|c| crate::import::report::column_title(c).to_owned())
                .or_else(|| api_column_title(f))
                .unwrap_or_else(|| (*f).to_owned())
        })
        .collect();
    let header: Vec<&str> = titles.iter().map(String::as_str).collect();
    let rows: Vec<Vec<crate::export::Cell>> = users
        .map(|u| {
            let value = serde_json::to_value(u).unwrap_or_default();
            fields
                .iter()
                .map(|f| {
                    crate::export::Cell::from(value.get(*f).unwrap_or(&serde_json::Value::Null))
                })
                .collect()
        })
        .collect();
    let written = if csv {
        crate::export::write_csv(&header, &rows)
    } else {
        crate::export::write_xlsx("Users", &header, &rows)
    };
    match written {
        Ok(bytes) => crate::ui::action::Action::save_file(Save::to(path, bytes)),
        Err(e) => crate::ui::action::Action::toast(Toast::failed(fl!(
            "save-failed",
            reason = e.to_string()
        ))),
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
                mfa_allowed: None,
                menu_preset_id: None,
            })
            .collect();
        UserPage {
            list,
            count: n as u64,
        }
    }

    #[test]
    fn a_finished_bulk_run_leaves_only_the_failed_chosen() {
        let mut users = Users::new(&crate::config::UsersPrefs::default());
        let _ = users.update(Message::Loaded(Ok(page_of(10))));
        let _ = users.update(Message::ChoosePage(true));
        assert_eq!(users.chosen_count(), 10);
        let _ = users.heard(&Happened::BulkFinished { failed: vec![3, 7] });
        assert_eq!(users.chosen_count(), 2, "the failed, to try again");
        let _ = users.heard(&Happened::BulkFinished { failed: vec![] });
        assert_eq!(users.chosen_count(), 0);
    }

    #[test]
    fn a_csv_exports_header_says_words() {
        crate::i18n::set_language(crate::i18n::Language::English);
        let file = b"id;login;post_city;balance\r\n1;a@b.co;Basel;1.50\r\n".to_vec();
        let titles = column_titles();
        let mut out = Vec::new();
        crate::export::rewrite_csv(&file[..], &mut out, |name| {
            crate::session::export_file::column_title(name, &titles)
        })
        .unwrap();
        let text = String::from_utf8(out).unwrap();
        let header = text.lines().next().unwrap();
        assert!(!header.contains("post_city"), "{header}");
        assert!(
            header.starts_with("\u{feff}ID;"),
            "a BOM, then words: {header}"
        );
        assert!(
            text.ends_with("1;a@b.co;Basel;1.50\r\n"),
            "the rows as sent"
        );
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
