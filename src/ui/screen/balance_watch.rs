//! The balance watch (#29): every user of the dealer with what the balance
//! was charged over the last 30 days and the days it lasts at that rate,
//! soonest to run out first. Read in the background, a page of users per
//! thousand and then one transaction list per user, several at once (the
//! client keeps to the rate limit); the table fills in as answers come, and
//! the reading can be stopped and taken up again.

use crate::api::{self, UserPage};
use crate::fl;
use crate::i18n;
use crate::model::{Transaction, User};
use crate::session::Ask;
use crate::session::balance_watch::{self, Watch};
use crate::session::user_index::Listing;
use crate::session::watch_history::{self, WatchHistory};
use crate::ui::action::Action;
use crate::ui::kept::KeptFile;
use crate::ui::screen::Page;
use crate::ui::widget::grid;
use crate::ui::widget::icon;
use crate::ui::widget::toast::Toast;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, progress_bar, row, space, text};
use iced::{Alignment, Element, Length};
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

mod chart;

const TABLE_ID: &str = "watch-table";
const HEADER_ID: &str = "watch-table-header";
const ROW_HEIGHT: f32 = 32.0;
/// Users whose transactions are on their way at once: enough to keep the
/// rate limit busy over a slow link.
pub const AT_ONCE: usize = 8;

#[derive(Debug, Clone)]
pub enum Message {
    /// What earlier readings kept (None: nothing yet).
    Loaded(Result<Option<Arc<WatchHistory>>, String>),
    /// What this reading read, written to the data folder (or why not).
    Kept(Result<(), String>),
    /// A page of users, for the reading numbered so.
    Listed(u64, Result<UserPage, api::Error>),
    /// One user's transactions newer than what was kept, for the reading
    /// numbered so.
    Charges(u64, i64, Result<Vec<Transaction>, api::Error>),
    /// "Runs out within N days" as typed (empty: everyone read).
    Within(String),
    /// A top-up for the users shown, in the bulk screen.
    TopUp,
    /// The users shown, as a CSV file.
    Export,
    Stop,
    /// Goes on from the next user not read.
    Resume,
    /// Reads everyone again, from now.
    Refresh,
    /// The chart of the months instead of the users (or the users again).
    Chart(bool),
    Scrolled(iced::widget::scrollable::Viewport),
    Resize(grid::Drag),
    Back,
}

/// Where the reading is.
#[derive(Debug, Clone, PartialEq)]
pub enum Phase {
    /// Reading the list of users.
    Listing,
    /// Reading each user's transactions.
    Reading,
    Stopped,
    Finished,
    /// The list could not be read.
    Failed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Column {
    Login,
    Balance,
    Spent,
    DaysLeft,
    RunsOut,
}

impl Column {
    const ALL: [Column; 5] = [
        Column::Login,
        Column::Balance,
        Column::Spent,
        Column::DaysLeft,
        Column::RunsOut,
    ];

    fn title(self) -> String {
        match self {
            Column::Login => fl!("column-login"),
            Column::Balance => fl!("column-balance"),
            Column::Spent => fl!("watch-spent"),
            Column::DaysLeft => fl!("watch-days-left"),
            Column::RunsOut => fl!("watch-runs-out"),
        }
    }

    fn width(self) -> f32 {
        match self {
            // Room for the titles in German and Russian, the longest
            // ("Verbraucht, 30 Tage", "Осталось дней"); Arabic's are cut.
            Column::Login => 280.0,
            Column::Balance => 150.0,
            Column::Spent => 250.0,
            Column::DaysLeft => 190.0,
            Column::RunsOut => 200.0,
        }
    }

    fn numeric(self) -> bool {
        !matches!(self, Column::Login)
    }
}

pub struct BalanceWatch {
    /// Where what was read is kept, and whose it is.
    file: KeptFile,
    /// What was read, this reading's and earlier ones'; None until the kept
    /// file is read (the users' transactions are asked for after it).
    /// Shared with its writing to the data folder: copied only if it is
    /// changed while a write still holds it.
    history: Option<Arc<WatchHistory>>,
    /// Why the kept file could not be used (everyone is read afresh).
    not_loaded: Option<String>,
    /// The dealer's months as read, made when what was read settles (not
    /// at each answer: it sums every user's months).
    chart: chart::MonthChart,
    /// The chart is shown in the table's place: at half screen there is no
    /// room for both.
    show_chart: bool,
    phase: Phase,
    /// This reading's number: answers for an earlier one (before "Read
    /// again") are not this one's.
    reading: u64,
    /// The users, read a page at a time.
    listing: Listing,
    /// The number of users whose transactions were asked for.
    next: usize,
    /// Users whose transactions are on their way, with the span asked.
    awaited: HashMap<i64, (chrono::NaiveDateTime, chrono::NaiveDateTime)>,
    /// The lines read, soonest to run out first.
    lines: Vec<Watch>,
    /// Users whose transactions could not be read: id, login, why.
    unread: Vec<(i64, String, String)>,
    /// The span whose charges count, fixed when the reading began.
    window: (chrono::NaiveDateTime, chrono::NaiveDateTime),
    /// "Runs out within N days" as typed.
    within: String,
    table: grid::Table,
    widths: Vec<f32>,
}

impl BalanceWatch {
    /// The watch of `dealer` on `server`, what it read kept in `data_dir`.
    pub fn new(server: String, dealer: String, data_dir: &std::path::Path) -> Self {
        Self::kept_in(KeptFile {
            path: watch_history::file(data_dir, &server, &dealer),
            server,
            dealer,
        })
    }

    fn kept_in(file: KeptFile) -> Self {
        BalanceWatch {
            file,
            history: None,
            not_loaded: None,
            chart: chart::MonthChart::default(),
            show_chart: false,
            phase: Phase::Listing,
            reading: 0,
            listing: Listing::default(),
            next: 0,
            awaited: HashMap::new(),
            lines: Vec::new(),
            unread: Vec::new(),
            window: balance_watch::window(chrono::Local::now().naive_local()),
            within: String::new(),
            table: grid::Table::new(TABLE_ID, HEADER_ID),
            widths: Column::ALL.iter().map(|c| c.width()).collect(),
        }
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    /// This reading's number (its answers carry it).
    pub fn reading(&self) -> u64 {
        self.reading
    }

    /// The lines read so far, soonest to run out first.
    pub fn lines(&self) -> &[Watch] {
        &self.lines
    }

    /// The lines shown: those that run out within the days typed, or all.
    pub fn shown(&self) -> Vec<&Watch> {
        match self.within_days() {
            Some(n) => self
                .lines
                .iter()
                .filter(|l| l.days_left.is_some_and(|d| d <= n))
                .collect(),
            None => self.lines.iter().collect(),
        }
    }

    fn within_days(&self) -> Option<i64> {
        self.within.trim().parse::<u32>().ok().map(i64::from)
    }

    /// Users whose transactions could not be read: id, login, why.
    pub fn unread(&self) -> &[(i64, String, String)] {
        &self.unread
    }

    fn list_next(&self) -> Action<Message> {
        let Some(query) = self.listing.next() else {
            return Action::none();
        };
        let reading = self.reading;
        Action::ask(Ask::list_users(query), move |r| Message::Listed(reading, r))
    }

    /// The reading as of `now` instead of this moment: the look tests'
    /// pictures never drift with the calendar.
    pub fn reading_at(mut self, now: chrono::NaiveDateTime) -> Self {
        self.window = balance_watch::window(now);
        self
    }

    /// What was read, this reading's and earlier ones' (None until the
    /// kept file was read).
    pub fn history(&self) -> Option<&WatchHistory> {
        self.history.as_deref()
    }

    /// Asks for more users' transactions, up to [`AT_ONCE`] on their way,
    /// each only for what is newer than what was kept (a user read to now
    /// already is not asked); ends the reading when every user is read.
    fn read_more(&mut self) -> Action<Message> {
        let mut action = Action::none();
        let Some(history) = &self.history else {
            return action;
        };
        let reading = self.reading;
        let today = self.window.1.date();
        while self.awaited.len() < AT_ONCE {
            let Some(user) = self.listing.users.get(self.next) else {
                break;
            };
            let id = user.id;
            self.next += 1;
            let Some(span) = history.span(id, self.window) else {
                let line = history.watch(user, self.window, today);
                balance_watch::insert_sorted(&mut self.lines, line);
                continue;
            };
            self.awaited.insert(id, span);
            action = action.and(Action::ask_alongside(
                Ask::transactions(id, span.0, span.1),
                move |r| Message::Charges(reading, id, r),
            ));
        }
        if self.next >= self.listing.users.len() && self.awaited.is_empty() {
            self.phase = Phase::Finished;
            self.make_chart();
            action = action.and(self.keep());
        }
        action
    }

    fn make_chart(&mut self) {
        let months = self
            .history
            .as_deref()
            .map(WatchHistory::months)
            .unwrap_or_default();
        self.chart.bars = months
            .into_iter()
            .map(|(name, money)| chart::Bar::of(&name, money))
            .collect();
    }

    /// The months' chart, with its title and what it is made of.
    fn months(&self) -> Element<'_, Message> {
        let since = self
            .history
            .as_ref()
            .and_then(|h| h.since)
            .map(|s| i18n::date(s.date()))
            .unwrap_or_default();
        column![
            row![
                text(fl!("watch-chart")),
                text(fl!("watch-chart-since", date = since)).style(text::secondary),
            ]
            .spacing(12)
            .wrap(),
            iced::widget::canvas(&self.chart)
                .width(Length::Fill)
                .height(Length::Fill),
        ]
        .spacing(6)
        .into()
    }

    /// Writes what was read to the data folder, without the users who are
    /// no longer the dealer's.
    fn keep(&mut self) -> Action<Message> {
        let Some(history) = &mut self.history else {
            return Action::none();
        };
        if self.listing.is_done() {
            let ids: HashSet<i64> = self.listing.users.iter().map(|u| u.id).collect();
            Arc::make_mut(history).keep_only(&ids);
        }
        self.file.keep(history.clone(), Message::Kept)
    }

    fn restart(&mut self) -> Action<Message> {
        *self = BalanceWatch {
            history: self.history.take(),
            chart: std::mem::take(&mut self.chart),
            show_chart: self.show_chart,
            widths: std::mem::take(&mut self.widths),
            within: std::mem::take(&mut self.within),
            reading: self.reading + 1,
            ..BalanceWatch::kept_in(self.file.clone())
        };
        self.list_next()
    }

    fn cell(&self, line: &Watch, column: Column) -> String {
        match column {
            Column::Login => line.login.clone(),
            Column::Balance => i18n::money(line.balance),
            Column::Spent => i18n::money(line.spent),
            Column::DaysLeft => line
                .days_left
                .map(|d| i18n::count(d.max(0) as u64))
                .unwrap_or_default(),
            Column::RunsOut => line.runs_out_on.map(i18n::date).unwrap_or_default(),
        }
    }

    fn progress(&self) -> Element<'_, Message> {
        let total = self.listing.users.len();
        let read = self.lines.len() + self.unread.len();
        let said = match &self.phase {
            Phase::Listing => fl!("watch-listing", read = i18n::count(total as u64)),
            Phase::Failed(why) => why.clone(),
            _ => fl!(
                "watch-progress",
                read = i18n::count(read as u64),
                total = i18n::count(total as u64)
            ),
        };
        let button_for = match self.phase {
            Phase::Listing | Phase::Reading => Some((fl!("watch-stop"), Message::Stop)),
            Phase::Stopped => Some((fl!("watch-resume"), Message::Resume)),
            Phase::Finished | Phase::Failed(_) => Some((fl!("watch-refresh"), Message::Refresh)),
        };
        let mut line = row![text(said)].spacing(12).align_y(Alignment::Center);
        if matches!(self.phase, Phase::Reading | Phase::Stopped) && total > 0 {
            line = line.push(
                progress_bar(0.0..=total as f32, read as f32)
                    .length(Length::Fixed(200.0))
                    .girth(8),
            );
        }
        if let Some((label, message)) = button_for {
            line = line.push(
                button(text(label))
                    .style(button::secondary)
                    .on_press(message),
            );
        }
        if !self.chart.bars.is_empty() {
            let (label, show) = if self.show_chart {
                (fl!("watch-chart-hide"), false)
            } else {
                (fl!("watch-chart-show"), true)
            };
            line = line.push(
                button(text(label))
                    .style(button::secondary)
                    .on_press(Message::Chart(show)),
            );
        }
        line.wrap().into()
    }

    /// "Runs out within N days", how many are shown, and what to do with them.
    fn segment(&self) -> Element<'_, Message> {
        let shown = self.shown().len();
        let any = shown > 0;
        row![
            text(fl!("watch-within")),
            iced::widget::text_input("", &self.within)
                .on_input(Message::Within)
                .width(Length::Fixed(70.0)),
            text(fl!("watch-days")),
            text(fl!(
                "watch-shown",
                shown = i18n::count(shown as u64),
                read = i18n::count(self.lines.len() as u64)
            ))
            .style(text::secondary),
            button(text(fl!("watch-top-up")))
                .style(button::secondary)
                .on_press_maybe(any.then_some(Message::TopUp)),
            button(text(fl!("watch-export")))
                .style(button::secondary)
                .on_press_maybe(any.then_some(Message::Export)),
        ]
        .spacing(10)
        .align_y(Alignment::Center)
        .wrap()
        .into()
    }

    /// Row `i` of the lines shown (filtered once per view, not per row).
    fn table_row<'a>(&self, shown: &[&Watch], i: usize, widths: &[f32]) -> Element<'a, Message> {
        let Some(line) = shown.get(i).copied() else {
            return space().into();
        };
        let cells = Column::ALL.iter().zip(widths).map(|(&c, &width)| {
            grid::in_column(grid::cell(self.cell(line, c), width, c.numeric()), width)
        });
        grid::plain_row(cells, ROW_HEIGHT, i)
    }
}

impl Page for BalanceWatch {
    type Message = Message;

    fn start(&mut self) -> Action<Message> {
        self.file.load(Message::Loaded).and(self.list_next())
    }

    fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Loaded(_) if self.history.is_some() => Action::none(),
            Message::Loaded(loaded) => {
                let history = match loaded {
                    Ok(Some(kept)) => kept,
                    Ok(None) => Arc::new(WatchHistory::new(&self.file.server, &self.file.dealer)),
                    Err(why) => {
                        // Read afresh; the file is replaced when it ends.
                        self.not_loaded = Some(why);
                        Arc::new(WatchHistory::new(&self.file.server, &self.file.dealer))
                    }
                };
                self.history = Some(history);
                self.make_chart();
                match self.phase {
                    Phase::Reading => self.read_more(),
                    _ => Action::none(),
                }
            }
            Message::Kept(Ok(())) => Action::none(),
            Message::Kept(Err(why)) => {
                Action::toast(Toast::failed(fl!("watch-not-kept", reason = why)))
            }
            Message::Listed(reading, _) if reading != self.reading || self.listing.is_done() => {
                Action::none()
            }
            Message::Listed(_, Ok(page)) => {
                if self.listing.take(page) {
                    if self.phase == Phase::Listing {
                        self.phase = Phase::Reading;
                        return self.read_more();
                    }
                    return Action::none();
                }
                match self.phase {
                    Phase::Listing => self.list_next(),
                    _ => Action::none(),
                }
            }
            Message::Listed(_, Err(e)) => {
                let toast = Toast::error(&e);
                self.phase = Phase::Failed(crate::words::errors::describe(&e));
                Action::toast(toast)
            }
            Message::Charges(reading, id, read) => {
                // Only an answer awaited: a late or repeated one, or one
                // for a reading started over, changes nothing.
                if reading != self.reading {
                    return Action::none();
                }
                let Some(span) = self.awaited.remove(&id) else {
                    return Action::none();
                };
                let (Some(user), Some(history)) = (
                    self.listing.users.iter().find(|u| u.id == id),
                    self.history.as_mut(),
                ) else {
                    return Action::none();
                };
                match read {
                    Ok(list) => {
                        let history = Arc::make_mut(history);
                        history.add(id, &list, span, self.window);
                        let line = history.watch(user, self.window, self.window.1.date());
                        balance_watch::insert_sorted(&mut self.lines, line);
                    }
                    Err(e) => self.unread.push((
                        id,
                        user.fields.login.clone().unwrap_or_default(),
                        crate::words::errors::describe(&e),
                    )),
                }
                match self.phase {
                    Phase::Reading => self.read_more(),
                    _ => Action::none(),
                }
            }
            Message::Within(typed) => {
                // Days are digits; anything else typed is not taken.
                if typed.chars().all(|c| c.is_ascii_digit()) && typed.len() <= 5 {
                    self.within = typed;
                }
                Action::none()
            }
            Message::TopUp => {
                let ids: std::collections::HashSet<i64> =
                    self.shown().iter().map(|l| l.id).collect();
                let users: Vec<User> = self
                    .listing
                    .users
                    .iter()
                    .filter(|u| ids.contains(&u.id))
                    .cloned()
                    .collect();
                if users.is_empty() {
                    return Action::none();
                }
                let bulk = crate::ui::screen::bulk::Bulk::new(
                    crate::ui::screen::users::BulkKind::Balance,
                    crate::ui::screen::users::Selection::Users(users),
                );
                Action::open(bulk.into())
            }
            Message::Export => {
                let lines: Vec<Watch> = self.shown().into_iter().cloned().collect();
                match balance_watch::to_csv(&lines) {
                    Ok(bytes) => Action::save_file(crate::ui::files::Save::asking(
                        format!("{}.csv", fl!("watch-file-name")),
                        bytes,
                    )),
                    Err(e) => {
                        Action::toast(Toast::failed(fl!("save-failed", reason = e.to_string())))
                    }
                }
            }
            Message::Stop => {
                if matches!(self.phase, Phase::Listing | Phase::Reading) {
                    self.phase = Phase::Stopped;
                    self.make_chart();
                }
                Action::none()
            }
            Message::Chart(show) => {
                self.show_chart = show;
                Action::none()
            }
            Message::Resume => {
                if self.phase != Phase::Stopped {
                    return Action::none();
                }
                // Stopped while listing: the list is read again whole.
                if !self.listing.is_done() {
                    return self.restart();
                }
                // Answers on their way when stopped were kept as they came:
                // the reading goes on from the users not asked for yet.
                self.phase = Phase::Reading;
                self.read_more()
            }
            Message::Refresh => self.restart(),
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::Resize(drag) => {
                if let Some((i, width)) = self.table.resize(drag, |_| 80.0)
                    && let Some(w) = self.widths.get_mut(i)
                {
                    *w = width;
                }
                Action::none()
            }
            // What this reading read is kept for the next one.
            Message::Back if self.lines.is_empty() => Action::close(),
            Message::Back => self.keep().and(Action::close()),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let back = icon::back_button(icon::BackTo::Previous).on_press(Message::Back);
        let title = row![back, text(fl!("watch-title")).size(22)]
            .spacing(16)
            .align_y(Alignment::Center);
        let mut page = column![
            title,
            text(fl!("watch-explained")).style(text::secondary),
            self.progress(),
        ]
        .spacing(12)
        .padding(16);
        if let Some(why) = &self.not_loaded {
            page = page
                .push(text(fl!("watch-not-loaded", reason = why.clone())).style(text::secondary));
        }
        if !self.unread.is_empty() {
            let names: Vec<&str> = self.unread.iter().map(|u| u.1.as_str()).collect();
            page = page.push(
                text(fl!(
                    "watch-unread",
                    count = self.unread.len(),
                    logins = names.join(", ")
                ))
                .style(text::danger),
            );
        }
        if self.show_chart && !self.chart.bars.is_empty() {
            return page.push(self.months()).into();
        }
        if !self.lines.is_empty() {
            page = page.push(self.segment());
        }
        let shown = self.shown();
        let rows = shown.len();
        let body: Element<'_, Message> = if self.lines.is_empty() {
            container(text(fl!("watch-none-yet")).style(text::secondary))
                .center(Length::Fill)
                .into()
        } else {
            let columns = Column::ALL
                .iter()
                .zip(&self.widths)
                .map(|(c, &w)| grid::Column::new(w).min(80.0).end_if(c.numeric()))
                .collect();
            self.table
                .grid(
                    columns,
                    rows,
                    ROW_HEIGHT,
                    Message::Scrolled,
                    Message::Resize,
                )
                .view(
                    move |c| grid::title(Column::ALL[c].title(), self.widths[c]),
                    move |i, widths| self.table_row(&shown, i, widths),
                )
        };
        page.push(body).into()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }
}
