//! A user's trackers (`panel/tracker/list` with `user_id`): label, ID, model,
//! IMEI, phone, status, last connection, clone or not, created; sorted and
//! paged by the server, filtered as you type. Opened from the user's details,
//! or from a transaction's tracker, which it then finds and shows.

use crate::api;
use crate::fl;
use crate::i18n;
use crate::model::{Tracker, TrackerOrder, TrackerPage, TrackerQuery};
use crate::session::Ask;
use crate::ui::action::{Action, Happened};
use crate::ui::screen::Page;
use crate::ui::theme;
use crate::ui::widget::grid;
use crate::ui::widget::pager::{self, Pager};
use crate::ui::widget::toast::Toast;
use crate::ui::widget::{self, icon};
use crate::words;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{column, container, mouse_area, operation, row, scrollable, space, text};
use iced::{Alignment, Element, Length, Task};
use std::time::Duration;

const TABLE_ID: &str = "trackers-table";
const HEADER_ID: &str = "trackers-table-header";
const FILTER_ID: &str = "trackers-filter";
const ROW_HEIGHT: f32 = 32.0;
const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];

/// The columns, in Navixy's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TrackerColumn {
    Label,
    Id,
    Model,
    Imei,
    Phone,
    Status,
    LastConnection,
    Clone,
    Created,
}

impl TrackerColumn {
    pub const ALL: [TrackerColumn; 9] = [
        Self::Label,
        Self::Id,
        Self::Model,
        Self::Imei,
        Self::Phone,
        Self::Status,
        Self::LastConnection,
        Self::Clone,
        Self::Created,
    ];

    fn title(self) -> String {
        match self {
            Self::Label => fl!("trackers-label"),
            Self::Id => fl!("column-id"),
            Self::Model => fl!("trackers-model"),
            Self::Imei => fl!("trackers-imei"),
            Self::Phone => fl!("column-phone"),
            Self::Status => fl!("trackers-status"),
            Self::LastConnection => fl!("trackers-last-connection"),
            Self::Clone => fl!("trackers-clone"),
            Self::Created => fl!("column-created"),
        }
    }

    /// What the server sorts by for this column (a clone flag it cannot).
    pub fn order(self) -> Option<TrackerOrder> {
        Some(match self {
            Self::Label => TrackerOrder::Label,
            Self::Id => TrackerOrder::Id,
            Self::Model => TrackerOrder::Model,
            Self::Imei => TrackerOrder::DeviceId,
            Self::Phone => TrackerOrder::Phone,
            Self::Status => TrackerOrder::Status,
            Self::LastConnection => TrackerOrder::LastConnection,
            Self::Created => TrackerOrder::CreationDate,
            Self::Clone => return None,
        })
    }

    /// Together, with the scrollbar's lane, they fit a 1280-pixel window.
    fn width(self) -> f32 {
        match self {
            Self::Label => 175.0,
            Self::Id => 80.0,
            Self::Model => 160.0,
            Self::Imei => 175.0,
            Self::Phone => 130.0,
            Self::Status => 140.0,
            Self::LastConnection => 185.0,
            Self::Clone => 70.0,
            Self::Created => 120.0,
        }
    }

    fn numeric(self) -> bool {
        self == Self::Id
    }
}

/// A tracker, formatted once for the table.
#[derive(Debug, Clone, PartialEq)]
pub struct TrackerRow {
    pub id: i64,
    pub deleted: bool,
    cells: [String; TrackerColumn::ALL.len()],
}

impl TrackerRow {
    fn new(t: &Tracker) -> Self {
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        TrackerRow {
            id: t.id,
            deleted: t.deleted,
            cells: [
                t.label.clone(),
                t.id.to_string(),
                s(&t.model_name),
                s(&t.source.device_id),
                s(&t.source.phone),
                t.source
                    .connection_status
                    .as_deref()
                    .map(words::connection_status)
                    .unwrap_or_default(),
                t.last_connection.as_deref().map_or_else(
                    || fl!("trackers-never"),
                    |d| i18n::server_date_time(d, i18n::Precision::Minute),
                ),
                if t.clone {
                    fl!("value-yes")
                } else {
                    String::new()
                },
                t.creation_date
                    .as_deref()
                    .map(|d| i18n::server_date_time(d, i18n::Precision::Day))
                    .unwrap_or_default(),
            ],
        }
    }

    pub fn cell(&self, column: TrackerColumn) -> &str {
        let i = TrackerColumn::ALL
            .iter()
            .position(|c| *c == column)
            .unwrap_or(0);
        &self.cells[i]
    }
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<TrackerPage, api::Error>),
    SortBy(TrackerOrder),
    Pager(pager::Step),
    FilterChanged(String),
    FilterSettled(u64),
    ClearFilter,
    Select(usize),
    Scrolled(scrollable::Viewport),
    Resize(grid::Drag),
    Reload,
    Back,
}

#[derive(Debug, Clone)]
pub struct Trackers {
    user_id: i64,
    name: String,
    order: TrackerOrder,
    ascending: bool,
    filter: String,
    filter_seq: u64,
    pager: Pager,
    trackers: Vec<Tracker>,
    rows: Vec<TrackerRow>,
    loading: bool,
    error: Option<api::Error>,
    selected: Option<usize>,
    /// A tracker to find (from a transaction): pages are read until it shows.
    find: Option<i64>,
    table: grid::Table,
    widths: Vec<f32>,
}

impl Trackers {
    /// The trackers of user `user_id`, called `name` in the title.
    pub fn new(user_id: i64, name: String) -> Self {
        Trackers {
            user_id,
            name,
            order: TrackerOrder::Label,
            ascending: true,
            filter: String::new(),
            filter_seq: 0,
            pager: Pager::new(50),
            trackers: Vec::new(),
            rows: Vec::new(),
            loading: true,
            error: None,
            selected: None,
            find: None,
            table: grid::Table::new(TABLE_ID, HEADER_ID),
            widths: TrackerColumn::ALL
                .iter()
                .map(|c| {
                    let title = grid::title_fitting(&c.title(), c.order().is_some());
                    c.width().max(title)
                })
                .collect(),
        }
    }

    /// The same, showing tracker `id` once it is found (sorted by ID, so
    /// the pages before it are few).
    pub fn finding(user_id: i64, name: String, id: i64) -> Self {
        let mut t = Self::new(user_id, name);
        t.order = TrackerOrder::Id;
        t.find = Some(id);
        t
    }

    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    pub fn query(&self) -> TrackerQuery {
        let filter = self.filter.trim();
        TrackerQuery {
            user_id: self.user_id,
            filter: (!filter.is_empty()).then(|| filter.to_owned()),
            order_by: self.order,
            ascending: self.ascending,
            offset: self.pager.offset(),
            limit: self.pager.size(),
        }
    }

    /// The page shown, as the server sent it.
    pub fn trackers(&self) -> &[Tracker] {
        &self.trackers
    }

    pub fn rows(&self) -> &[TrackerRow] {
        &self.rows
    }

    pub fn count(&self) -> u64 {
        self.pager.count()
    }

    pub fn order(&self) -> (TrackerOrder, bool) {
        (self.order, self.ascending)
    }

    pub fn selected(&self) -> Option<usize> {
        self.selected
    }

    pub fn range_text(&self) -> String {
        self.pager.range_text(self.rows.len(), fl!("trackers-none"))
    }

    fn refresh(&mut self) -> Action<Message> {
        self.loading = true;
        self.error = None;
        Action::ask(Ask::trackers(self.query()), Message::Loaded)
    }

    fn first_page(&mut self) -> Action<Message> {
        self.pager.restart();
        self.selected = None;
        self.refresh()
    }

    fn loaded(&mut self, page: TrackerPage) -> Action<Message> {
        self.loading = false;
        self.pager.counted(page.count);
        self.rows = page.list.iter().map(TrackerRow::new).collect();
        self.trackers = page.list;
        self.selected = self.selected.filter(|i| *i < self.rows.len());
        let Some(id) = self.find else {
            return Action::none();
        };
        if let Some(at) = self.rows.iter().position(|r| r.id == id) {
            self.find = None;
            self.selected = Some(at);
            return self
                .table
                .reveal(at, ROW_HEIGHT)
                .map_or_else(Action::none, Action::run);
        }
        if self.pager.step(pager::Step::Next) {
            return self.refresh();
        }
        self.find = None;
        Action::toast(Toast::failed(fl!(
            "trackers-not-found",
            id = id.to_string()
        )))
    }

    fn header(&self, column: TrackerColumn, width: f32) -> Element<'_, Message> {
        let sorted = grid::Sorted::of(column.order(), self.order, self.ascending);
        let by = column.order().unwrap_or(self.order);
        grid::sort_title(column.title(), width, sorted, Message::SortBy(by))
    }

    fn table_row<'a>(&'a self, i: usize, widths: &[f32]) -> Element<'a, Message> {
        let Some(tracker) = self.rows.get(i) else {
            return space().into();
        };
        let cells = TrackerColumn::ALL.iter().zip(widths).map(|(&c, &width)| {
            let content = if c == TrackerColumn::Label && tracker.deleted {
                let badge = fl!("trackers-deleted");
                let room = width - (badge.chars().count() as f32 * 6.5 + 18.0);
                row![
                    container(text(badge).size(11).wrapping(text::Wrapping::None))
                        .padding([1, 6])
                        .style(container::secondary),
                    grid::cell(tracker.cell(c), room, false),
                ]
                .spacing(6)
                .align_y(Alignment::Center)
                .into()
            } else {
                grid::cell(tracker.cell(c), width, c.numeric())
            };
            container(content)
                .width(width)
                .padding([0.0, grid::CELL_PADDING])
                .clip(true)
                .into()
        });
        let selected = self.selected == Some(i);
        mouse_area(
            container(row(cells).height(ROW_HEIGHT).align_y(Alignment::Center))
                .width(Length::Fill)
                .style(move |t| theme::table_row(t, selected, i % 2 == 1)),
        )
        .on_press(Message::Select(i))
        .into()
    }

    fn body(&self) -> Element<'_, Message> {
        if let Some(e) = &self.error {
            return widget::failed(e, Message::Reload);
        }
        if self.rows.is_empty() {
            let why = if self.loading {
                fl!("trackers-loading")
            } else if self.filter.trim().is_empty() {
                fl!("trackers-none")
            } else {
                fl!("users-no-match", filter = self.filter.trim().to_owned())
            };
            return container(text(why).style(text::secondary))
                .center(Length::Fill)
                .into();
        }
        let columns = TrackerColumn::ALL
            .iter()
            .zip(&self.widths)
            .map(|(c, &w)| grid::Column::new(w).min(56.0).end_if(c.numeric()))
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
                move |c| self.header(TrackerColumn::ALL[c], self.widths[c]),
                move |i, widths| self.table_row(i, widths),
            )
    }
}

impl Page for Trackers {
    type Message = Message;

    fn start(&mut self) -> Action<Message> {
        self.refresh()
    }

    fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Loaded(Ok(page)) => self.loaded(page),
            Message::Loaded(Err(e)) => {
                self.loading = false;
                self.find = None;
                let toast = Toast::error(&e);
                self.error = Some(e);
                Action::toast(toast)
            }
            Message::SortBy(order) => {
                if self.order == order {
                    self.ascending = !self.ascending;
                } else {
                    self.order = order;
                    self.ascending = true;
                }
                self.first_page()
            }
            Message::Pager(step) => {
                if self.pager.step(step) {
                    self.selected = None;
                    self.refresh()
                } else {
                    Action::none()
                }
            }
            Message::FilterChanged(filter) => {
                self.filter = filter;
                self.filter_seq += 1;
                let seq = self.filter_seq;
                Action::run(Task::perform(
                    tokio::time::sleep(Duration::from_millis(300)),
                    move |()| Message::FilterSettled(seq),
                ))
            }
            Message::FilterSettled(seq) if seq == self.filter_seq => self.first_page(),
            Message::FilterSettled(_) => Action::none(),
            Message::ClearFilter => {
                self.filter.clear();
                self.filter_seq += 1;
                self.first_page()
                    .and(Action::run(operation::focus(FILTER_ID)))
            }
            Message::Select(i) => {
                self.selected = (i < self.rows.len()).then_some(i);
                Action::none()
            }
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::Resize(drag) => {
                if let Some((i, width)) = self.table.resize(drag, |_| 56.0)
                    && let Some(w) = self.widths.get_mut(i)
                {
                    *w = width;
                }
                Action::none()
            }
            Message::Reload => self.refresh(),
            Message::Back => Action::close(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let back = icon::back_button(icon::BackTo::User).on_press(Message::Back);
        let title = row![
            back,
            text(fl!("trackers-title", name = self.name.clone())).size(22),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        let filter = widget::search_box(
            &fl!("trackers-filter-placeholder"),
            &self.filter,
            FILTER_ID,
            Message::FilterChanged,
            Message::ClearFilter,
        )
        .width(Length::Fixed(420.0));
        column![
            title,
            filter,
            self.body(),
            self.pager
                .view(self.range_text(), Some(&PAGE_SIZES), Message::Pager),
        ]
        .spacing(12)
        .padding(12)
        .into()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        match key.as_ref() {
            Key::Named(Named::Escape) => Some(Message::Back),
            Key::Named(Named::PageDown) => Some(Message::Pager(pager::Step::Next)),
            Key::Named(Named::PageUp) => Some(Message::Pager(pager::Step::Previous)),
            Key::Named(Named::F5) => Some(Message::Reload),
            _ => None,
        }
    }

    fn resumed(&mut self) -> Action<Message> {
        self.refresh()
    }

    fn heard(&mut self, what: &Happened) -> Action<Message> {
        match what {
            // The owner is gone, and its trackers with it.
            Happened::UserDeleted(id) if *id == self.user_id => Action::close(),
            _ => Action::none(),
        }
    }

    fn language_changed(&mut self) {
        self.rows = self.trackers.iter().map(TrackerRow::new).collect();
    }
}
