//! A user's billing transactions over a date range: presets (7 days by
//! default), ranges longer than the server allows fetched month by month with
//! progress, a table (newest first, sortable by any column, amounts coloured
//! by their sign, trackers by their labels), totals of refills and charges,
//! and a chart of balance and bonus with a hover readout.

pub mod chart;
pub mod range;

use crate::api;
use crate::fl;
use crate::i18n;
use crate::model::{Permit, TrackerOrder, TrackerPage, TrackerQuery, Transaction};
use crate::session::{Ask, Dealer};
use crate::ui::action::Happened;
use crate::ui::files::Save;
use crate::ui::screen::Page;
use crate::ui::screen::trackers::Trackers;
use crate::ui::widget::{self, grid, icon, toast::Toast};
use crate::words;
use chrono::{NaiveDate, NaiveDateTime};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, canvas, column, container, row, space, text, text_input};
use iced::{Alignment, Element, Length};
use range::Preset;
use std::cmp::Ordering;
use std::collections::HashMap;
use std::sync::Arc;

const TABLE_ID: &str = "transactions-table";
const HEADER_ID: &str = "transactions-header";
const ROW_HEIGHT: f32 = 30.0;
/// How many of the user's trackers are read for their labels.
const TRACKER_LABELS: u32 = 1000;

/// The table's columns, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TxColumn {
    Date,
    Type,
    Subtype,
    Description,
    Amount,
    Balance,
    Tracker,
    BonusAmount,
    Bonus,
}

impl TxColumn {
    pub const ALL: [TxColumn; 9] = [
        Self::Date,
        Self::Type,
        Self::Subtype,
        Self::Description,
        Self::Amount,
        Self::Balance,
        // Before the bonus, which few dealers use: in view on a laptop.
        Self::Tracker,
        Self::BonusAmount,
        Self::Bonus,
    ];

    fn title(self) -> String {
        match self {
            Self::Date => fl!("tx-date"),
            Self::Type => fl!("tx-type"),
            Self::Subtype => fl!("tx-subtype"),
            Self::Description => fl!("tx-description"),
            Self::Amount => fl!("tx-amount"),
            Self::Balance => fl!("tx-balance"),
            Self::BonusAmount => fl!("tx-bonus-amount"),
            Self::Bonus => fl!("tx-bonus"),
            Self::Tracker => fl!("tx-tracker"),
        }
    }

    /// Room for its usual values; the operator can drag it wider.
    fn width(self) -> f32 {
        match self {
            // A medium date and time: "Mar 29, 2026, 11:05:09 PM".
            Self::Date => 250.0,
            Self::Type => 140.0,
            Self::Subtype => 130.0,
            Self::Description => 210.0,
            Self::Amount => 100.0,
            Self::BonusAmount => 130.0,
            Self::Balance | Self::Bonus => 170.0,
            Self::Tracker => 130.0,
        }
    }

    /// Sums of money line up on the right.
    fn numeric(self) -> bool {
        matches!(
            self,
            Self::Amount | Self::Balance | Self::BonusAmount | Self::Bonus
        )
    }

    fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|&c| c == self)
            .unwrap_or_default()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum State {
    Loading {
        done: usize,
        total: usize,
    },
    Loaded,
    Failed(api::Error),
    /// The custom dates do not make a range.
    BadRange,
}

/// One transaction, formatted once for the table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: [String; 9],
    /// The tracker the transaction is about, if any (a link to it).
    pub tracker: Option<i64>,
    /// The signs of the amount and of the bonus amount, for their colours.
    pub signs: [Ordering; 2],
}

impl Row {
    pub fn cell(&self, column: TxColumn) -> &str {
        &self.cells[column.index()]
    }
}

#[derive(Debug, Clone)]
pub struct Transactions {
    user_id: i64,
    user_name: String,
    preset: Preset,
    custom_from: String,
    custom_to: String,
    today: NaiveDate,
    chunks: Vec<(NaiveDateTime, NaiveDateTime)>,
    list: Vec<Transaction>,
    rows: Vec<Row>,
    state: State,
    chart: chart::Chart,
    /// What the dealer may see (a tracker links to the trackers only if it may).
    dealer: Arc<Dealer>,
    /// The column the table is sorted by, and whether ascending.
    sort: (TxColumn, bool),
    table: grid::Table,
    widths: [f32; 9],
    /// The user's trackers' labels, by id, once read.
    tracker_labels: HashMap<i64, String>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Preset(Preset),
    CustomFrom(String),
    CustomTo(String),
    Apply,
    /// One month (or less) of the range.
    Chunk(Result<Vec<Transaction>, api::Error>),
    Export,
    /// Show this tracker among the user's trackers.
    OpenTracker(i64),
    /// The user's trackers, for their labels.
    TrackersRead(Result<TrackerPage, api::Error>),
    SortBy(TxColumn),
    Scrolled(iced::widget::scrollable::Viewport),
    Resize(grid::Drag),
    Back,
}

type Action = crate::ui::action::Action<Message>;

/// A preset in the operator's words.
fn preset_label(p: &Preset) -> String {
    match p {
        Preset::Days7 => fl!("range-7"),
        Preset::Days30 => fl!("range-30"),
        Preset::Days90 => fl!("range-90"),
        Preset::ThisMonth => fl!("range-month"),
        Preset::Custom => fl!("range-custom"),
    }
}

fn money(v: Option<f64>) -> String {
    v.map(i18n::money).unwrap_or_default()
}

/// An amount with its sign, `+` included: what came in reads as such.
fn signed_money(v: Option<f64>) -> String {
    match v {
        Some(a) if a > 0.0 => format!("+{}", i18n::money(a)),
        Some(a) => i18n::money(a),
        None => String::new(),
    }
}

/// Sums of money compared, an empty one first.
fn by_number(a: Option<f64>, b: Option<f64>) -> Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.total_cmp(&b),
        (a, b) => a.is_some().cmp(&b.is_some()),
    }
}

/// What a range of transactions comes to.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    /// Money paid into the balance.
    pub refills: f64,
    /// Money taken from the balance (negative).
    pub charges: f64,
    /// The bonus's net change.
    pub bonus: f64,
}

impl Transactions {
    /// Opens on the last 7 days (loaded when the screen starts).
    pub fn new(user_id: i64, user_name: String, today: NaiveDate) -> Self {
        Transactions {
            user_id,
            user_name,
            preset: Preset::Days7,
            custom_from: (today - chrono::Duration::days(6)).to_string(),
            custom_to: today.to_string(),
            today,
            chunks: Vec::new(),
            list: Vec::new(),
            rows: Vec::new(),
            state: State::Loaded,
            chart: chart::Chart::default(),
            dealer: Arc::new(Dealer::unknown()),
            sort: (TxColumn::Date, false),
            table: grid::Table::new(TABLE_ID, HEADER_ID),
            widths: TxColumn::ALL.map(|c| c.width().max(grid::title_fitting(&c.title(), true))),
            tracker_labels: HashMap::new(),
        }
    }

    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    pub fn preset(&self) -> Preset {
        self.preset
    }

    /// The range's transactions, oldest first.
    pub fn list(&self) -> &[Transaction] {
        &self.list
    }

    /// The table's rows, in the order shown (newest first at the start).
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The column the table is sorted by, and whether ascending.
    pub fn sorted_by(&self) -> (TxColumn, bool) {
        self.sort
    }

    pub fn chart(&self) -> &chart::Chart {
        &self.chart
    }

    /// Starts fetching the chosen range, first chunk first.
    fn load(&mut self) -> Action {
        let custom = NaiveDate::parse_from_str(self.custom_from.trim(), "%Y-%m-%d")
            .ok()
            .zip(NaiveDate::parse_from_str(self.custom_to.trim(), "%Y-%m-%d").ok());
        let Some((from, to)) = range::span(self.preset, self.today, custom) else {
            self.state = State::BadRange;
            return Action::none();
        };
        self.chunks = range::chunks(from, to);
        self.list.clear();
        self.state = State::Loading {
            done: 0,
            total: self.chunks.len(),
        };
        self.next()
    }

    fn next(&mut self) -> Action {
        let State::Loading { done, .. } = self.state else {
            return Action::none();
        };
        match self.chunks.get(done) {
            Some(&(from, to)) => {
                Action::ask(Ask::transactions(self.user_id, from, to), Message::Chunk)
            }
            None => {
                self.finish();
                self.read_tracker_labels()
            }
        }
    }

    /// The table's text, in the interface language (types in words, money
    /// with its separators, trackers by label), in the order sorted.
    fn reformat(&mut self) {
        let (column, ascending) = self.sort;
        let mut rows: Vec<(Row, &Transaction)> =
            self.list.iter().map(|t| (self.row(t), t)).collect();
        rows.sort_by(|(a, ta), (b, tb)| {
            let order = match column {
                TxColumn::Date => ta.timestamp.cmp(&tb.timestamp),
                TxColumn::Amount => by_number(ta.amount, tb.amount),
                TxColumn::Balance => by_number(ta.new_balance, tb.new_balance),
                TxColumn::BonusAmount => by_number(ta.bonus_amount, tb.bonus_amount),
                TxColumn::Bonus => by_number(ta.new_bonus, tb.new_bonus),
                text => a
                    .cell(text)
                    .to_lowercase()
                    .cmp(&b.cell(text).to_lowercase()),
            }
            // Ties stay in time order.
            .then_with(|| ta.timestamp.cmp(&tb.timestamp));
            if ascending { order } else { order.reverse() }
        });
        self.rows = rows.into_iter().map(|(row, _)| row).collect();
    }

    fn row(&self, t: &Transaction) -> Row {
        // Navixy answers tracker 0 for transactions about no tracker.
        let tracker = t.tracker_id.filter(|&id| id > 0);
        let sign = |v: Option<f64>| {
            v.unwrap_or(0.0)
                .partial_cmp(&0.0)
                .unwrap_or(Ordering::Equal)
        };
        Row {
            cells: [
                t.timestamp
                    .as_deref()
                    .map(|d| i18n::server_date_time(d, i18n::Precision::Second))
                    .unwrap_or_default(),
                t.kind
                    .as_deref()
                    .map(words::transaction_type)
                    .unwrap_or_default(),
                t.subtype
                    .as_deref()
                    .map(words::transaction_subtype)
                    .unwrap_or_default(),
                t.description.clone().unwrap_or_default(),
                signed_money(t.amount),
                format!("{} → {}", money(t.old_balance), money(t.new_balance)),
                tracker
                    .map(|id| match self.tracker_labels.get(&id) {
                        Some(label) => label.clone(),
                        None => format!("#{id}"),
                    })
                    .unwrap_or_default(),
                signed_money(t.bonus_amount),
                format!("{} → {}", money(t.old_bonus), money(t.new_bonus)),
            ],
            tracker,
            signs: [sign(t.amount), sign(t.bonus_amount)],
        }
    }

    /// Reads the user's trackers for their labels, when the dealer may see
    /// them and a transaction names one.
    fn read_tracker_labels(&self) -> Action {
        let named = self
            .list
            .iter()
            .any(|t| t.tracker_id.is_some_and(|id| id > 0));
        if !named || !self.tracker_labels.is_empty() || !self.dealer.allows(Permit::SeeTrackers) {
            return Action::none();
        }
        let query = TrackerQuery {
            user_id: self.user_id,
            filter: None,
            order_by: TrackerOrder::Id,
            ascending: true,
            offset: 0,
            limit: TRACKER_LABELS,
        };
        Action::ask(Ask::trackers(query), Message::TrackersRead)
    }

    fn finish(&mut self) {
        self.list.sort_by(|a, b| a.timestamp.cmp(&b.timestamp));
        self.reformat();
        let moments: Vec<chart::Sample> = self
            .list
            .iter()
            .filter_map(|t| {
                let at = NaiveDateTime::parse_from_str(
                    t.timestamp.as_deref()?,
                    crate::model::DATE_TIME_FORMAT,
                )
                .ok()?;
                Some(chart::Sample {
                    at: at.and_utc().timestamp(),
                    balance: t.new_balance?,
                    bonus: t.new_bonus.unwrap_or(0.0),
                })
            })
            .collect();
        // From the start of the range (values before the first transaction) to
        // its end (or now), so even one transaction draws a line.
        let (from, to) = (
            self.chunks.first().map(|c| c.0),
            self.chunks.last().map(|c| c.1),
        );
        let mut samples = Vec::with_capacity(moments.len() + 2);
        if let (Some(from), Some(first)) = (from, self.list.first()) {
            samples.push(chart::Sample {
                at: from.and_utc().timestamp(),
                balance: first.old_balance.unwrap_or_default(),
                bonus: first.old_bonus.unwrap_or_default(),
            });
        }
        samples.extend(moments);
        if let (Some(to), Some(last)) = (to, samples.last().copied()) {
            let end = to.and_utc().timestamp().min(chrono::Utc::now().timestamp());
            if end > last.at {
                samples.push(chart::Sample { at: end, ..last });
            }
        }
        self.chart.samples = samples;
        self.state = State::Loaded;
    }

    /// The balance's refills (positive amounts) and charges (negative), and
    /// the bonus's net change: a bonus is not money paid in, so it is never
    /// counted as a refill.
    pub fn totals(&self) -> Totals {
        self.list.iter().fold(Totals::default(), |mut sum, t| {
            match t.amount.unwrap_or(0.0) {
                a if a > 0.0 => sum.refills += a,
                a => sum.charges += a,
            }
            sum.bonus += t.bonus_amount.unwrap_or(0.0);
            sum
        })
    }

    fn handle(&mut self, message: Message) -> Action {
        match message {
            Message::Preset(p) => {
                self.preset = p;
                if p == Preset::Custom {
                    // The dates start as the range shown, to adjust from.
                    if let (Some(first), Some(last)) = (self.chunks.first(), self.chunks.last()) {
                        self.custom_from = first.0.date().to_string();
                        self.custom_to = (last.1 - chrono::Duration::days(1)).date().to_string();
                    }
                    Action::none()
                } else {
                    self.load()
                }
            }
            Message::CustomFrom(v) => {
                self.custom_from = v;
                Action::none()
            }
            Message::CustomTo(v) => {
                self.custom_to = v;
                Action::none()
            }
            Message::Apply => self.load(),
            Message::Chunk(Ok(mut chunk)) => {
                if let State::Loading { done, total } = self.state {
                    self.list.append(&mut chunk);
                    self.state = State::Loading {
                        done: done + 1,
                        total,
                    };
                }
                self.next()
            }
            Message::Chunk(Err(e)) => {
                self.state = State::Failed(e);
                Action::none()
            }
            Message::TrackersRead(Ok(page)) => {
                self.tracker_labels = page
                    .list
                    .into_iter()
                    .filter(|t| !t.label.trim().is_empty())
                    .map(|t| (t.id, t.label))
                    .collect();
                self.reformat();
                Action::none()
            }
            // The numbers stay: labels are a help, not the point.
            Message::TrackersRead(Err(e)) => {
                tracing::warn!(error = %e, "the trackers' labels could not be read");
                Action::none()
            }
            Message::SortBy(column) => {
                self.sort = match self.sort {
                    (now, ascending) if now == column => (column, !ascending),
                    // Dates and sums of money read best largest first.
                    _ => (column, !(column == TxColumn::Date || column.numeric())),
                };
                self.reformat();
                Action::run(self.table.to_top())
            }
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::Resize(drag) => {
                if let Some((column, width)) = self.table.resize(drag, |_| 56.0)
                    && let Some(w) = self.widths.get_mut(column)
                {
                    *w = width;
                }
                Action::none()
            }
            Message::Back => Action::close(),
            Message::OpenTracker(id) => {
                Action::open(Trackers::finding(self.user_id, self.user_name.clone(), id).into())
            }
            Message::Export => {
                let headers = [
                    fl!("tx-date"),
                    fl!("tx-type"),
                    fl!("tx-subtype"),
                    fl!("tx-description"),
                    fl!("tx-amount"),
                    fl!("tx-old-balance"),
                    fl!("tx-new-balance"),
                    fl!("tx-bonus-amount"),
                    fl!("tx-old-bonus"),
                    fl!("tx-new-bonus"),
                ];
                // The workbook says types in words too, as the table does.
                let in_words: Vec<Transaction> = self
                    .list
                    .iter()
                    .map(|t| Transaction {
                        kind: t.kind.as_deref().map(words::transaction_type),
                        subtype: t.subtype.as_deref().map(words::transaction_subtype),
                        ..t.clone()
                    })
                    .collect();
                match crate::export::write_transactions_xlsx(&headers, &in_words) {
                    Ok(bytes) => {
                        let (from, to) = (
                            self.chunks.first().map(|c| c.0.date()),
                            self.chunks.last().map(|c| c.1.date()),
                        );
                        let span = match (from, to) {
                            (Some(f), Some(t)) => format!("-{f}-{t}"),
                            _ => String::new(),
                        };
                        Action::save_file(Save::asking(
                            format!("transactions-{}{span}.xlsx", self.user_id),
                            bytes,
                        ))
                    }
                    Err(e) => {
                        Action::toast(Toast::failed(fl!("save-failed", reason = e.to_string())))
                    }
                }
            }
        }
    }

    fn header(&self, column: TxColumn, width: f32) -> Element<'_, Message> {
        let (by, ascending) = self.sort;
        let sorted = grid::Sorted::of(Some(column), by, ascending);
        grid::sort_title(column.title(), width, sorted, Message::SortBy(column))
    }

    fn table_row<'a>(&'a self, i: usize, widths: &[f32]) -> Element<'a, Message> {
        let Some(r) = self.rows.get(i) else {
            return space().into();
        };
        let links = self.dealer.allows(Permit::SeeTrackers);
        let cells = TxColumn::ALL.iter().zip(widths).map(|(&c, &width)| {
            let value = r.cell(c);
            let sign = match c {
                TxColumn::Amount => r.signs[0],
                TxColumn::BonusAmount => r.signs[1],
                _ => Ordering::Equal,
            };
            let content: Element<'a, Message> = match (c, r.tracker) {
                // The tracker opens among the user's trackers.
                (TxColumn::Tracker, Some(id)) if links => button(grid::cell(value, width, false))
                    .padding(0)
                    .style(crate::ui::theme::link)
                    .on_press(Message::OpenTracker(id))
                    .into(),
                _ => match sign {
                    Ordering::Greater => grid::styled_cell(value, width, true, text::success),
                    Ordering::Less => grid::styled_cell(value, width, true, text::danger),
                    Ordering::Equal => grid::cell(value, width, c.numeric()),
                },
            };
            grid::in_column(content, width)
        });
        grid::plain_row(cells, ROW_HEIGHT, i)
    }

    fn table(&self) -> Element<'_, Message> {
        let columns = TxColumn::ALL
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
                move |c| self.header(TxColumn::ALL[c], self.widths[c]),
                move |i, widths| self.table_row(i, widths),
            )
    }

    fn page(&self) -> Element<'_, Message> {
        let presets = widget::choice(
            Preset::ALL,
            Some(self.preset),
            preset_label,
            Message::Preset,
        );
        let mut controls = row![
            icon::back_button(icon::BackTo::User).on_press(Message::Back),
            // The title gives way (to a second line) before the buttons and
            // the range, which keep their whole words on one.
            text(fl!("transactions-title", user = self.user_name.clone()))
                .size(22)
                .width(Length::Fill),
            button(text(fl!("transactions-export")))
                .style(button::secondary)
                .on_press_maybe(
                    (self.state == State::Loaded && !self.list.is_empty())
                        .then_some(Message::Export)
                ),
            presets,
        ]
        .spacing(12)
        .align_y(Alignment::Center);
        if self.preset == Preset::Custom {
            controls = controls
                .push(
                    text_input("yyyy-mm-dd", &self.custom_from)
                        .on_input(Message::CustomFrom)
                        .on_submit(Message::Apply)
                        .width(120),
                )
                .push(text("–"))
                .push(
                    text_input("yyyy-mm-dd", &self.custom_to)
                        .on_input(Message::CustomTo)
                        .on_submit(Message::Apply)
                        .width(120),
                )
                .push(button(text(fl!("range-apply"))).on_press(Message::Apply));
        }
        let body: Element<'_, Message> = match &self.state {
            State::Loading { done, total } => {
                let (part, of): (u64, u64) = (((*done + 1).min(*total)) as u64, *total as u64);
                container(
                    text(fl!("transactions-loading", done = part, total = of))
                        .style(text::secondary),
                )
                .center(Length::Fill)
                .into()
            }
            State::Failed(e) => widget::failed(e, Message::Apply),
            State::BadRange => container(text(fl!("range-bad")).style(text::danger))
                .center(Length::Fill)
                .into(),
            State::Loaded if self.list.is_empty() => {
                container(text(fl!("transactions-empty")).style(text::secondary))
                    .center(Length::Fill)
                    .into()
            }
            State::Loaded => {
                let sums = self.totals();
                let mut totals = row![
                    text(fl!("transactions-count", count = self.list.len())),
                    text(fl!(
                        "transactions-refills",
                        amount = i18n::money(sums.refills)
                    ))
                    .style(text::success),
                    text(fl!(
                        "transactions-charges",
                        amount = i18n::money(sums.charges)
                    ))
                    .style(text::danger),
                    text(fl!(
                        "transactions-net",
                        amount = i18n::money(sums.refills + sums.charges)
                    )),
                ]
                .spacing(24);
                if sums.bonus.abs() >= 0.005 {
                    totals = totals.push(text(fl!(
                        "transactions-bonus",
                        amount = signed_money(Some(sums.bonus))
                    )));
                }
                let totals = totals.wrap().vertical_spacing(4);
                column![
                    totals,
                    canvas(&self.chart).width(Length::Fill).height(220),
                    self.table()
                ]
                .spacing(12)
                .into()
            }
        };
        column![controls, body].spacing(12).padding(12).into()
    }
}

impl Page for Transactions {
    type Message = Message;

    fn start(&mut self) -> Action {
        self.load()
    }

    fn update(&mut self, message: Message) -> Action {
        self.handle(message)
    }

    fn view(&self) -> Element<'_, Message> {
        self.page()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }

    fn resumed(&mut self) -> Action {
        self.load()
    }

    fn language_changed(&mut self) {
        self.reformat();
    }

    fn heard(&mut self, what: &Happened) -> Action {
        if let Happened::Dealer(dealer) = what {
            self.dealer = dealer.clone();
        }
        Action::none()
    }
}
