//! A user's billing transactions over a date range: presets (7 days by
//! default), ranges longer than the server allows fetched month by month with
//! progress, a table, totals of refills and charges, and a chart of balance
//! and bonus with a hover readout.

pub mod chart;
pub mod range;

use crate::api;
use crate::fl;
use crate::i18n;
use crate::model::{Permit, Transaction};
use crate::session::{Ask, Dealer};
use crate::ui::action::Happened;
use crate::ui::files::Save;
use crate::ui::screen::Page;
use crate::ui::screen::trackers::Trackers;
use crate::ui::widget::icon;
use crate::ui::widget::{self, toast::Toast};
use crate::words;
use chrono::{NaiveDate, NaiveDateTime};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, canvas, column, container, row, scrollable, space, table, text, text_input,
};
use iced::{Alignment, Element, Length};
use range::Preset;
use std::sync::Arc;

/// The table's column of the tracker's number.
const TRACKER_COLUMN: usize = 8;

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

    pub fn rows(&self) -> &[Row] {
        &self.rows
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
                Action::none()
            }
        }
    }

    /// The table's text, in the interface language: types in words, money
    /// with its separators.
    fn reformat(&mut self) {
        self.rows = self
            .list
            .iter()
            .map(|t| Row {
                cells: [
                    t.timestamp.clone().unwrap_or_default(),
                    t.kind
                        .as_deref()
                        .map(words::transaction_type)
                        .unwrap_or_default(),
                    t.subtype
                        .as_deref()
                        .map(words::transaction_subtype)
                        .unwrap_or_default(),
                    t.description.clone().unwrap_or_default(),
                    money(t.amount),
                    format!("{} → {}", money(t.old_balance), money(t.new_balance)),
                    money(t.bonus_amount),
                    format!("{} → {}", money(t.old_bonus), money(t.new_bonus)),
                    t.tracker_id.map(|id| format!("#{id}")).unwrap_or_default(),
                ],
                tracker: t.tracker_id,
            })
            .collect();
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

    /// Money in (positive amounts) and out (negative), balance and bonus together.
    pub fn totals(&self) -> (f64, f64) {
        let amounts = self
            .list
            .iter()
            .flat_map(|t| [t.amount.unwrap_or(0.0), t.bonus_amount.unwrap_or(0.0)]);
        amounts.fold((0.0, 0.0), |(inn, out), a| {
            if a > 0.0 {
                (inn + a, out)
            } else {
                (inn, out + a)
            }
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

    fn table(&self) -> Element<'_, Message> {
        let bold = crate::ui::theme::BOLD;
        let titles = [
            fl!("tx-date"),
            fl!("tx-type"),
            fl!("tx-subtype"),
            fl!("tx-description"),
            fl!("tx-amount"),
            fl!("tx-balance"),
            fl!("tx-bonus-amount"),
            fl!("tx-bonus"),
            fl!("tx-tracker"),
        ];
        let links = self.dealer.allows(Permit::SeeTrackers);
        let columns = titles.into_iter().enumerate().map(move |(i, title)| {
            table::column(
                text(title).font(bold),
                move |r: &Row| -> Element<'_, Message> {
                    let cell = text(&r.cells[i]).wrapping(text::Wrapping::None);
                    match r.tracker {
                        // The tracker's number opens it among the user's trackers.
                        Some(id) if i == TRACKER_COLUMN && links => button(cell)
                            .padding(0)
                            .style(crate::ui::theme::link)
                            .on_press(Message::OpenTracker(id))
                            .into(),
                        _ => cell.into(),
                    }
                },
            )
            .width(if i == 3 { Length::Fill } else { Length::Shrink })
        });
        scrollable(
            table(columns, self.rows.iter())
                .width(Length::Fill)
                .padding_x(8)
                .padding_y(4),
        )
        .height(Length::Fill)
        .into()
    }

    fn page(&self) -> Element<'_, Message> {
        let presets = widget::choice(
            Preset::ALL,
            Some(self.preset),
            preset_label,
            Message::Preset,
        );
        let mut controls = row![
            icon::button_with(icon::back(), fl!("details-back-user"))
                .style(button::secondary)
                .on_press(Message::Back),
            text(fl!("transactions-title", user = self.user_name.clone())).size(22),
            space::horizontal(),
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
                let (refills, charges) = self.totals();
                let totals = row![
                    text(fl!("transactions-count", count = self.list.len())),
                    text(fl!("transactions-refills", amount = i18n::money(refills)))
                        .style(text::success),
                    text(fl!("transactions-charges", amount = i18n::money(charges)))
                        .style(text::danger),
                    text(fl!(
                        "transactions-net",
                        amount = i18n::money(refills + charges)
                    )),
                ]
                .spacing(24);
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
