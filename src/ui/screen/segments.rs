//! Segments (#29): the dealer's users asked what the server's one text
//! filter cannot ("balance below 10", "not activated for 30 days", "no
//! trackers"), every condition at once. The users come from the local index
//! (shown at once, with its age) and are read again from the server when the
//! screen opens and after the panel's own changes; the search runs here, in
//! a frame. A segment's users can be given to any bulk action or exported.

use crate::api::{self, UserPage};
use crate::fl;
use crate::i18n;
use crate::model::segment::{self, Condition, ConditionKind, Needs, Problem, Seen, Segment};
use crate::model::{LegalType, User};
use crate::session::Ask;
use crate::session::balance_watch;
use crate::session::user_index::{self, Age, Index, Listing};
use crate::session::user_terms::{self, KeptTerms, Terms};
use crate::session::watch_history::{self, WatchHistory};
use crate::ui::action::{Action, Happened};
use crate::ui::files::Pick;
use crate::ui::kept::KeptFile;
use crate::ui::screen::Page;
use crate::ui::screen::balance_watch::AT_ONCE;
use crate::ui::screen::users::{self, BulkKind, Row, Selection, UserColumn};
use crate::ui::widget::choice::choice;
use crate::ui::widget::toast::Toast;
use crate::ui::widget::{grid, icon};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, row, text, text_input};
use iced::{Alignment, Element, Length};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

const TABLE_ID: &str = "segment-table";
const HEADER_ID: &str = "segment-table-header";
const ROW_HEIGHT: f32 = 32.0;
/// The most height the conditions take (the found line and its buttons
/// are under them, whole): at half screen (580 px) the table keeps about
/// five rows.
const CONDITIONS_HEIGHT: f32 = 120.0;
/// What the table shows of each user (and an export writes).
const COLUMNS: [UserColumn; 6] = [
    UserColumn::Login,
    UserColumn::Name,
    UserColumn::Balance,
    UserColumn::Trackers,
    UserColumn::City,
    UserColumn::Created,
];

#[derive(Debug, Clone)]
pub enum Message {
    /// The index kept on this computer (None: there is none yet).
    Loaded(Result<Option<Arc<Index>>, String>),
    /// What the balance watch read (None: it never ran for this dealer).
    WatchLoaded(Result<Option<Arc<WatchHistory>>, String>),
    /// The users' discounts and plans kept (None: never read).
    TermsLoaded(Result<Option<Arc<KeptTerms>>, String>),
    /// Reads every user's record for its discount and plan.
    ReadTerms,
    StopTerms,
    /// One user's record, for the reading of terms numbered so.
    Term(u64, i64, Result<Box<api::UserRecord>, api::Error>),
    /// The terms were written (Err: why not).
    TermsKept(Result<(), String>),
    /// A page of users, for the reading numbered so.
    Listed(u64, Result<UserPage, api::Error>),
    /// The index was written (Err: why not).
    Kept(Result<(), String>),
    Refresh,
    Search(String),
    Add(ConditionKind),
    /// A condition's first or second value as typed.
    First(usize, String),
    Second(usize, String),
    Remove(usize),
    Name(String),
    /// Keep the conditions under the name typed.
    Save,
    /// A saved segment's conditions, by name.
    Pick(String),
    /// Forget the saved segment of the name typed.
    Forget,
    Bulk(BulkKind),
    Export,
    ExportTo(Option<PathBuf>),
    Scrolled(iced::widget::scrollable::Viewport),
    Resize(grid::Drag),
    Back,
}

/// Users' records being read for their discount and plan.
#[derive(Debug, Default)]
struct TermsReading {
    /// The next of the index's users to ask for.
    next: usize,
    awaited: HashSet<i64>,
    /// Users whose record could not be read.
    unread: usize,
}

/// A condition as the operator is typing it.
#[derive(Debug, Clone, PartialEq)]
struct Draft {
    kind: ConditionKind,
    first: String,
    second: String,
}

impl Draft {
    fn condition(&self) -> Result<Condition, Problem> {
        self.kind.condition(&self.first, &self.second)
    }
}

pub struct Segments {
    /// The kept index: where, and whose (server and dealer login).
    file: KeptFile,
    /// What the balance watch kept: how long each balance lasts.
    watch_file: KeptFile,
    watch: Option<Arc<WatchHistory>>,
    /// Each user's discount and plan, kept and read here.
    terms_file: KeptFile,
    terms: Option<KeptTerms>,
    /// The reading of terms under way.
    terms_reading: Option<TermsReading>,
    /// The number of the last reading of terms (answers carry it).
    terms_number: u64,
    dealer: Arc<crate::session::Dealer>,
    index: Option<Arc<Index>>,
    /// What the search looks at, one per user of the index.
    seen: Vec<Seen>,
    /// The reading under way from the server, and its number.
    listing: Option<Listing>,
    reading: u64,
    /// Why the last reading failed.
    failed: Option<String>,
    search: String,
    drafts: Vec<Draft>,
    name: String,
    saved: Vec<Segment>,
    /// Positions in the index of the users found.
    found: Vec<usize>,
    table: grid::Table,
    widths: Vec<f32>,
}

impl Segments {
    /// The segments of `dealer_login` on `server`, whose index is kept in
    /// `data_dir`; `saved`: the segments saved by name.
    pub fn new(
        server: String,
        dealer_login: String,
        data_dir: &std::path::Path,
        saved: Vec<Segment>,
    ) -> Self {
        Segments {
            watch_file: KeptFile {
                path: watch_history::file(data_dir, &server, &dealer_login),
                server: server.clone(),
                dealer: dealer_login.clone(),
            },
            watch: None,
            terms_file: KeptFile {
                path: user_terms::file(data_dir, &server, &dealer_login),
                server: server.clone(),
                dealer: dealer_login.clone(),
            },
            terms: None,
            terms_reading: None,
            terms_number: 0,
            file: KeptFile {
                path: user_index::file(data_dir, &server, &dealer_login),
                server,
                dealer: dealer_login,
            },
            dealer: Arc::new(crate::session::Dealer::unknown()),
            index: None,
            seen: Vec::new(),
            listing: None,
            reading: 0,
            failed: None,
            search: String::new(),
            drafts: Vec::new(),
            name: String::new(),
            saved,
            found: Vec::new(),
            table: grid::Table::new(TABLE_ID, HEADER_ID),
            widths: COLUMNS.iter().map(|&c| width(c)).collect(),
        }
    }

    /// The users found, in the index's order.
    pub fn found(&self) -> Vec<&User> {
        let Some(index) = &self.index else {
            return Vec::new();
        };
        self.found
            .iter()
            .filter_map(|&i| index.users.get(i))
            .collect()
    }

    /// Whether users are being read from the server.
    pub fn is_reading(&self) -> bool {
        self.listing.is_some()
    }

    /// The users the search looks at (None: none read yet).
    pub fn index(&self) -> Option<&Index> {
        self.index.as_deref()
    }

    /// The conditions that can be used, and whether every one typed can.
    fn conditions(&self) -> (Vec<Condition>, bool) {
        let read: Vec<_> = self.drafts.iter().map(Draft::condition).collect();
        let all = read.iter().all(Result::is_ok);
        (read.into_iter().filter_map(Result::ok).collect(), all)
    }

    fn find(&mut self) {
        let (conditions, _) = self.conditions();
        let today = chrono::Utc::now().date_naive();
        self.found = segment::search(&self.seen, &self.search, &conditions, today);
    }

    fn take_index(&mut self, index: Arc<Index>) {
        self.index = Some(index);
        self.see();
    }

    /// Works out what the search looks at, with how long each balance lasts
    /// as the balance watch read it (today's balance, its last 30 days).
    fn see(&mut self) {
        let Some(index) = &self.index else {
            return;
        };
        let window = balance_watch::window(chrono::Local::now().naive_local());
        let today = window.1.date();
        self.seen = index
            .users
            .iter()
            .map(|u| {
                let days_left = self
                    .watch
                    .as_ref()
                    .filter(|w| w.users.contains_key(&u.id))
                    .and_then(|w| w.watch(u, window, today).days_left);
                let terms = self.terms.as_ref().and_then(|t| t.users.get(&u.id));
                Seen::of(u).with_days_left(days_left).with_terms(
                    terms.and_then(|t| t.discount.as_ref()),
                    terms.and_then(|t| t.plan),
                )
            })
            .collect();
        self.find();
    }

    /// Asks for more users' records, up to [`AT_ONCE`] on their way; when
    /// every user is read, the terms are kept and searched.
    fn read_terms(&mut self) -> Action<Message> {
        let (Some(reading), Some(index)) = (self.terms_reading.as_mut(), &self.index) else {
            return Action::none();
        };
        let mut action = Action::none();
        let number = self.terms_number;
        while reading.awaited.len() < AT_ONCE {
            let Some(user) = index.users.get(reading.next) else {
                break;
            };
            let id = user.id;
            reading.next += 1;
            reading.awaited.insert(id);
            action = action.and(Action::ask_alongside(Ask::read_user(id), move |r| {
                Message::Term(number, id, r)
            }));
        }
        if reading.next >= index.users.len() && reading.awaited.is_empty() {
            action = action.and(self.terms_read());
        }
        action
    }

    /// The reading of terms ended (or was stopped): what was read is
    /// searched and kept.
    fn terms_read(&mut self) -> Action<Message> {
        self.terms_reading = None;
        let Some(terms) = self.terms.as_mut() else {
            return Action::none();
        };
        terms.read_at = Some(chrono::Utc::now());
        let kept = Arc::new(terms.clone());
        self.see();
        self.terms_file.keep(kept, Message::TermsKept)
    }

    /// A condition needs each user's discount or plan.
    fn needs_terms(&self) -> bool {
        self.drafts.iter().any(|d| d.kind.needs_terms())
    }

    /// Where the users' discounts and plans stand, and reading them.
    fn terms_line(&self) -> Element<'_, Message> {
        let users = self.index.as_ref().map_or(0, |i| i.users.len());
        let (said, button_for) = match (&self.terms_reading, &self.terms) {
            (Some(r), _) => (
                fl!(
                    "segments-terms-reading",
                    read = i18n::count((r.next - r.awaited.len()) as u64),
                    total = i18n::count(users as u64)
                ),
                (fl!("watch-stop"), Message::StopTerms),
            ),
            (
                None,
                Some(KeptTerms {
                    read_at: Some(at), ..
                }),
            ) => (
                fl!(
                    "segments-terms-as-of",
                    age = age_words(user_index::age(*at, chrono::Utc::now()))
                ),
                (fl!("segments-terms-read-again"), Message::ReadTerms),
            ),
            _ => (
                fl!("segments-terms-needed", count = i18n::count(users as u64)),
                (fl!("segments-terms-read"), Message::ReadTerms),
            ),
        };
        let (label, message) = button_for;
        let mut line = row![text(said).style(text::secondary)]
            .spacing(12)
            .align_y(Alignment::Center);
        line = line.push(
            button(text(label))
                .style(button::secondary)
                .on_press_maybe(self.index.is_some().then_some(message)),
        );
        if let Some(r) = self.terms_reading.as_ref().filter(|r| r.unread > 0) {
            line = line.push(
                text(fl!(
                    "segments-terms-unread",
                    count = i18n::count(r.unread as u64)
                ))
                .style(text::danger),
            );
        }
        line.wrap().vertical_spacing(4).into()
    }

    /// A condition needs what the balance watch reads, and it has not read
    /// this dealer.
    fn needs_watch(&self) -> bool {
        self.watch.as_ref().is_none_or(|w| w.users.is_empty())
            && self
                .drafts
                .iter()
                .any(|d| d.kind == ConditionKind::RunsOutWithin)
    }

    /// Reads every user from the server again (the index meanwhile stays).
    fn refresh(&mut self) -> Action<Message> {
        self.reading += 1;
        self.failed = None;
        self.listing = Some(Listing::default());
        self.list_next()
    }

    fn list_next(&self) -> Action<Message> {
        let Some(query) = self.listing.as_ref().and_then(Listing::next) else {
            return Action::none();
        };
        let reading = self.reading;
        Action::ask(Ask::list_users(query), move |r| Message::Listed(reading, r))
    }

    fn saved_changed(&self) -> Action<Message> {
        Action::from(crate::ui::action::Effect::Setting(
            crate::config::SettingChange::Segments(self.saved.clone()),
        ))
    }

    // ---- view ------------------------------------------------------------

    /// "Users as of 2 min ago: 10,000", or the reading under way.
    fn state_line(&self) -> Element<'_, Message> {
        let said = match (&self.listing, &self.index) {
            (Some(l), _) => fl!("segments-reading", read = i18n::count(l.users.len() as u64)),
            (None, Some(index)) => fl!(
                "segments-as-of",
                age = age_words(index.age(chrono::Utc::now())),
                count = i18n::count(index.users.len() as u64)
            ),
            (None, None) => fl!("segments-never-read"),
        };
        let mut line = row![text(said).style(text::secondary)]
            .spacing(12)
            .align_y(Alignment::Center);
        if self.listing.is_none() {
            line = line.push(
                icon::button_with(icon::refresh(), fl!("segments-refresh"))
                    .style(button::secondary)
                    .on_press(Message::Refresh),
            );
        }
        if let Some(why) = &self.failed {
            line = line.push(text(why.clone()).style(text::danger));
        }
        line.wrap().into()
    }

    /// The saved segments, the name, Save and Forget.
    fn saved_line(&self) -> Element<'_, Message> {
        let names: Vec<String> = self.saved.iter().map(|s| s.name.clone()).collect();
        let picked = names
            .iter()
            .find(|n| n.eq_ignore_ascii_case(self.name.trim()))
            .cloned();
        let (_, all_usable) = self.conditions();
        let can_save = !self.name.trim().is_empty() && all_usable && !self.drafts.is_empty();
        row![
            choice(names, picked.clone(), String::clone, Message::Pick)
                .placeholder(fl!("segments-saved"))
                .width(Length::Fixed(250.0)),
            text_input(&fl!("segments-name"), &self.name)
                .on_input(Message::Name)
                .on_submit_maybe(can_save.then_some(Message::Save))
                .width(Length::Fixed(220.0)),
            button(text(fl!("segments-save")))
                .style(button::primary)
                .on_press_maybe(can_save.then_some(Message::Save)),
            button(text(fl!("segments-forget")))
                .style(button::secondary)
                .on_press_maybe(picked.is_some().then_some(Message::Forget)),
        ]
        .spacing(8)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(6)
        .into()
    }

    fn draft_line(&self, i: usize, draft: &Draft) -> Element<'_, Message> {
        let mut line = row![text(kind_label(draft.kind)).width(Length::Fixed(230.0))]
            .spacing(8)
            .align_y(Alignment::Center);
        let input = |value: &str, placeholder: String, on: fn(usize, String) -> Message| {
            text_input(&placeholder, value)
                .on_input(move |v| on(i, v))
                .width(Length::Fixed(140.0))
        };
        match draft.kind.needs() {
            Needs::Nothing => {}
            Needs::Amount => line = line.push(input(&draft.first, "0.00".into(), Message::First)),
            Needs::Days => {
                line = line
                    .push(input(&draft.first, "30".into(), Message::First))
                    .push(text(fl!("watch-days")));
            }
            Needs::Count => line = line.push(input(&draft.first, "0".into(), Message::First)),
            Needs::Text => {
                line = line.push(input(&draft.first, fl!("segments-place"), Message::First));
            }
            Needs::TwoDates => {
                line = line
                    .push(input(&draft.first, "YYYY-MM-DD".into(), Message::First))
                    .push(text("–"))
                    .push(input(&draft.second, "YYYY-MM-DD".into(), Message::Second));
            }
            Needs::Plan => {
                let plans: Vec<i64> = self.dealer.plans.iter().flatten().map(|p| p.id).collect();
                let dealer = self.dealer.clone();
                line = line.push(
                    choice(
                        plans,
                        draft.first.trim().parse().ok(),
                        move |p| dealer.plan_label(*p),
                        move |p| Message::First(i, p.to_string()),
                    )
                    .placeholder(fl!("bulk-plan-choose"))
                    .width(Length::Fixed(260.0)),
                );
            }
            Needs::LegalType => {
                line = line.push(
                    choice(
                        LegalType::ALL,
                        LegalType::parse(&draft.first),
                        |t| legal_label(*t),
                        move |t| Message::First(i, t.as_str().to_owned()),
                    )
                    .width(Length::Fixed(180.0)),
                );
            }
        }
        line = line.push(
            button(icon::clear())
                .style(button::text)
                .on_press(Message::Remove(i)),
        );
        if let Err(problem) = draft.condition() {
            let said = text(problem_words(problem));
            line = line.push(if problem == Problem::Empty {
                said.style(text::secondary)
            } else {
                said.style(text::danger)
            });
        }
        line.wrap().vertical_spacing(4).into()
    }

    fn conditions_view(&self) -> Element<'_, Message> {
        let mut list = column![].spacing(6);
        for (i, d) in self.drafts.iter().enumerate() {
            list = list.push(self.draft_line(i, d));
        }
        list.into()
    }

    /// The picker of a condition to add: beside the search, so that it is
    /// in view however many conditions scroll under it.
    fn add_condition(&self) -> Element<'_, Message> {
        let unused = ConditionKind::ALL
            .into_iter()
            .filter(|k| !self.drafts.iter().any(|d| d.kind == *k));
        choice(unused, None, |k| kind_label(*k), Message::Add)
            .placeholder(fl!("segments-add"))
            .width(Length::Fixed(260.0))
            .into()
    }

    /// How many are found, and what can be done with them.
    fn found_line(&self) -> Element<'_, Message> {
        let total = self.index.as_ref().map_or(0, |i| i.users.len());
        let said = text(fl!(
            "segments-found",
            found = i18n::count(self.found.len() as u64),
            total = i18n::count(total as u64)
        ));
        if self.found.is_empty() {
            return said.into();
        }
        let line = row![said, iced::widget::space().width(8)]
            .spacing(8)
            .align_y(Alignment::Center);
        users::bulk_buttons(line, &self.dealer, Message::Bulk)
            .push(
                icon::button_with(icon::export(), fl!("segments-export"))
                    .style(button::secondary)
                    .on_press(Message::Export),
            )
            .wrap()
            .vertical_spacing(6)
            .into()
    }

    fn table_row<'a>(&'a self, i: usize, widths: &[f32]) -> Element<'a, Message> {
        let user = self
            .found
            .get(i)
            .and_then(|&at| self.index.as_ref()?.users.get(at));
        let Some(user) = user else {
            return iced::widget::space().into();
        };
        let row = Row::new(user);
        let cells = COLUMNS.iter().zip(widths).map(|(&c, &width)| {
            grid::in_column(
                grid::cell(row.cell(c).to_owned(), width, c.numeric()),
                width,
            )
        });
        grid::plain_row(cells, ROW_HEIGHT, i)
    }
}

/// A column's width: the list's, but logins whole up to about 24 letters
/// (a segment is often read to write to those customers).
fn width(column: UserColumn) -> f32 {
    match column {
        UserColumn::Login => 270.0,
        // The bold title whole.
        UserColumn::Trackers => 115.0,
        UserColumn::Balance => 130.0,
        other => other.default_width(),
    }
}

fn age_words(age: Age) -> String {
    match age {
        Age::JustNow => fl!("segments-age-now"),
        Age::Minutes(n) => fl!("segments-age-minutes", n = n),
        Age::Hours(n) => fl!("segments-age-hours", n = n),
        Age::Days(n) => fl!("segments-age-days", n = n),
    }
}

fn legal_label(t: LegalType) -> String {
    match t {
        LegalType::Individual => fl!("legal-individual"),
        LegalType::LegalEntity => fl!("legal-entity"),
        LegalType::SoleTrader => fl!("legal-sole-trader"),
    }
}

fn kind_label(kind: ConditionKind) -> String {
    match kind {
        ConditionKind::BalanceBelow => fl!("segments-balance-below"),
        ConditionKind::BalanceAbove => fl!("segments-balance-above"),
        ConditionKind::BalanceNegative => fl!("segments-balance-negative"),
        ConditionKind::NotActivated => fl!("segments-not-activated"),
        ConditionKind::NotActivatedFor => fl!("segments-not-activated-for"),
        ConditionKind::NoTrackers => fl!("segments-no-trackers"),
        ConditionKind::TrackersMoreThan => fl!("segments-trackers-more-than"),
        ConditionKind::TwoFactorOn => fl!("segments-two-factor-on"),
        ConditionKind::TwoFactorOff => fl!("segments-two-factor-off"),
        ConditionKind::LegalType => fl!("field-legal-type"),
        ConditionKind::CreatedBetween => fl!("segments-created-between"),
        ConditionKind::Place => fl!("segments-place"),
        ConditionKind::RunsOutWithin => fl!("watch-within"),
        ConditionKind::DiscountEndsWithin => fl!("segments-discount-ends-within"),
        ConditionKind::DiscountEnded => fl!("segments-discount-ended"),
        ConditionKind::Plan => fl!("field-plan"),
    }
}

fn problem_words(problem: Problem) -> String {
    match problem {
        Problem::Amount => fl!("segments-problem-amount"),
        Problem::Number => fl!("segments-problem-number"),
        Problem::Date => fl!("segments-problem-date"),
        Problem::DatesReversed => fl!("segments-problem-dates-reversed"),
        Problem::Empty => fl!("segments-problem-empty"),
    }
}

impl Page for Segments {
    type Message = Message;

    fn start(&mut self) -> Action<Message> {
        // What this computer kept is shown at once; the server is asked
        // for the users as they are now.
        self.file
            .load(Message::Loaded)
            .and(self.watch_file.load(Message::WatchLoaded))
            .and(self.terms_file.load(Message::TermsLoaded))
            .and(self.refresh())
    }

    fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Loaded(Ok(Some(index))) => {
                // A reading that finished first is newer than the file.
                if self.index.is_none() {
                    self.take_index(index);
                }
                Action::none()
            }
            Message::Loaded(Ok(None)) => Action::none(),
            Message::WatchLoaded(Ok(watch)) => {
                self.watch = watch;
                self.see();
                Action::none()
            }
            // The condition says it has nothing to go on; the watch itself
            // says why its file cannot be used.
            Message::WatchLoaded(Err(_)) => Action::none(),
            // A reading that began first is newer than the file.
            Message::TermsLoaded(Ok(Some(terms))) if self.terms.is_none() => {
                self.terms = Some(Arc::unwrap_or_clone(terms));
                self.see();
                Action::none()
            }
            Message::TermsLoaded(Ok(_)) => Action::none(),
            // Read again when asked; the file is replaced then.
            Message::TermsLoaded(Err(why)) => Action::toast(Toast::failed(fl!(
                "segments-index-unreadable",
                reason = why
            ))),
            Message::ReadTerms => {
                if self.terms_reading.is_some() || self.index.is_none() {
                    return Action::none();
                }
                self.terms_number += 1;
                self.terms_reading = Some(TermsReading::default());
                if self.terms.is_none() {
                    self.terms = Some(KeptTerms::new(&self.file.server, &self.file.dealer));
                }
                self.read_terms()
            }
            Message::StopTerms => {
                if self.terms_reading.is_none() {
                    return Action::none();
                }
                // Answers on their way are let go; what was read stays.
                self.terms_number += 1;
                self.terms_read()
            }
            Message::Term(number, id, read) => {
                let Some(reading) = self.terms_reading.as_mut() else {
                    return Action::none();
                };
                if number != self.terms_number || !reading.awaited.remove(&id) {
                    return Action::none();
                }
                match read {
                    Ok(record) => {
                        if let Some(terms) = self.terms.as_mut() {
                            terms.users.insert(
                                id,
                                Terms {
                                    discount: record.discount,
                                    plan: record.default_tariff_id,
                                },
                            );
                        }
                    }
                    Err(_) => reading.unread += 1,
                }
                self.read_terms()
            }
            Message::TermsKept(Ok(())) => Action::none(),
            Message::TermsKept(Err(why)) => {
                Action::toast(Toast::failed(fl!("save-failed", reason = why)))
            }
            Message::Loaded(Err(why)) => Action::toast(Toast::failed(fl!(
                "segments-index-unreadable",
                reason = why
            ))),
            Message::Listed(reading, _) if reading != self.reading || self.listing.is_none() => {
                Action::none()
            }
            Message::Listed(_, Ok(page)) => {
                let Some(listing) = self.listing.as_mut() else {
                    return Action::none();
                };
                if !listing.take(page) {
                    return self.list_next();
                }
                let users = self.listing.take().map(|l| l.users).unwrap_or_default();
                let index = Arc::new(Index {
                    server: self.file.server.clone(),
                    dealer: self.file.dealer.clone(),
                    read_at: chrono::Utc::now(),
                    users,
                });
                self.take_index(index.clone());
                self.file.keep(index, Message::Kept)
            }
            Message::Listed(_, Err(e)) => {
                self.listing = None;
                self.failed = Some(crate::words::errors::describe(&e));
                Action::toast(Toast::error(&e))
            }
            Message::Kept(Ok(())) => Action::none(),
            Message::Kept(Err(why)) => {
                Action::toast(Toast::failed(fl!("save-failed", reason = why)))
            }
            Message::Refresh => {
                if self.listing.is_some() {
                    return Action::none();
                }
                self.refresh()
            }
            Message::Search(typed) => {
                self.search = typed;
                self.find();
                Action::run(self.table.to_top())
            }
            Message::Add(kind) => {
                self.drafts.push(Draft {
                    kind,
                    first: String::new(),
                    second: String::new(),
                });
                self.find();
                Action::none()
            }
            Message::First(i, v) | Message::Second(i, v) if v.chars().count() > 100 => {
                let _ = (i, v);
                Action::none()
            }
            Message::First(i, v) => {
                if let Some(d) = self.drafts.get_mut(i) {
                    d.first = v;
                }
                self.find();
                Action::run(self.table.to_top())
            }
            Message::Second(i, v) => {
                if let Some(d) = self.drafts.get_mut(i) {
                    d.second = v;
                }
                self.find();
                Action::run(self.table.to_top())
            }
            Message::Remove(i) => {
                if i < self.drafts.len() {
                    self.drafts.remove(i);
                }
                self.find();
                Action::none()
            }
            Message::Name(typed) => {
                self.name = typed.chars().take(80).collect();
                Action::none()
            }
            Message::Save => {
                let (conditions, all_usable) = self.conditions();
                let name = self.name.trim().to_owned();
                if name.is_empty() || !all_usable || conditions.is_empty() {
                    return Action::none();
                }
                let segment = Segment {
                    name: name.clone(),
                    conditions,
                };
                match self
                    .saved
                    .iter_mut()
                    .find(|s| s.name.eq_ignore_ascii_case(&name))
                {
                    Some(same) => *same = segment,
                    None => {
                        if self.saved.len() >= crate::config::SAVED_SEGMENTS {
                            return Action::toast(Toast::failed(fl!("segments-too-many")));
                        }
                        self.saved.push(segment);
                    }
                }
                self.saved_changed().and(Action::toast(Toast::success(fl!(
                    "segments-saved-as",
                    name = name
                ))))
            }
            Message::Pick(name) => {
                let Some(segment) = self.saved.iter().find(|s| s.name == name) else {
                    return Action::none();
                };
                self.drafts = segment
                    .conditions
                    .iter()
                    .map(|c| {
                        let (kind, first, second) = c.typed();
                        Draft {
                            kind,
                            first,
                            second,
                        }
                    })
                    .collect();
                self.name = segment.name.clone();
                self.find();
                Action::run(self.table.to_top())
            }
            Message::Forget => {
                let before = self.saved.len();
                let name = self.name.trim().to_owned();
                self.saved.retain(|s| !s.name.eq_ignore_ascii_case(&name));
                if self.saved.len() == before {
                    return Action::none();
                }
                self.saved_changed()
            }
            Message::Bulk(kind) => {
                let users: Vec<User> = self.found().into_iter().cloned().collect();
                if users.is_empty() || !self.dealer.allows(kind.permit()) {
                    return Action::none();
                }
                let bulk = crate::ui::screen::bulk::Bulk::new(kind, Selection::Users(users));
                Action::open(bulk.into())
            }
            Message::Export => {
                let name = crate::ui::files::safe_file_name(&self.name, &fl!("segments-file-name"));
                Action::pick_file(
                    Pick::ExportTo {
                        file_name: format!("{name}.xlsx"),
                    },
                    Message::ExportTo,
                )
            }
            Message::ExportTo(Some(path)) => {
                users::write_users(&COLUMNS, self.found().into_iter(), path)
            }
            Message::ExportTo(None) => Action::none(),
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::Resize(drag) => {
                if let Some((i, width)) = self.table.resize(drag, |_| 80.0)
                    && let Some(w) = self.widths.get_mut(i)
                {
                    *w = width;
                }
                Action::none()
            }
            Message::Back => Action::close(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let back = icon::back_button(icon::BackTo::Previous).on_press(Message::Back);
        let title = row![
            back,
            text(fl!("segments-title")).size(22),
            self.state_line()
        ]
        .spacing(16)
        .align_y(Alignment::Center)
        .wrap()
        .vertical_spacing(6);
        let search = text_input(&fl!("segments-search"), &self.search)
            .on_input(Message::Search)
            .width(Length::Fixed(280.0));
        // The explanation makes room for the conditions once there are some.
        let explained = self
            .drafts
            .is_empty()
            .then(|| text(fl!("segments-explained")).style(text::secondary));
        let top = column![
            title,
            explained,
            row![search, self.add_condition(), self.saved_line()]
                .spacing(16)
                .align_y(Alignment::Center)
                .wrap()
                .vertical_spacing(6),
        ]
        .spacing(12);
        // The conditions and what they need scroll within a framed height
        // (at half a screen the table keeps about five rows): a line at
        // its edge reads as scrolled, not cut.
        let mut conditions = column![self.conditions_view()].spacing(8);
        if self.needs_watch() {
            conditions = conditions.push(text(fl!("segments-needs-watch")).style(text::warning));
        }
        if self.needs_terms() {
            conditions = conditions.push(self.terms_line());
        }
        let conditions = container(
            iced::widget::scrollable(container(conditions).padding([6, 8])).width(Length::Fill),
        )
        .max_height(CONDITIONS_HEIGHT);
        let framed = !self.drafts.is_empty() || self.needs_watch() || self.needs_terms();
        let conditions = framed.then(|| conditions.style(container::bordered_box));
        let page = column![top, conditions].spacing(12).padding(16);
        let found = container(self.found_line()).padding([4, 16]);
        let body: Element<'_, Message> = if self.found.is_empty() {
            let said = if self.index.is_some() {
                fl!("segments-none-found")
            } else {
                fl!("segments-never-read")
            };
            container(text(said).style(text::secondary))
                .center_x(Length::Fill)
                .padding(24)
                .into()
        } else {
            let columns = COLUMNS
                .iter()
                .zip(&self.widths)
                .map(|(c, &w)| grid::Column::new(w).min(80.0).end_if(c.numeric()))
                .collect();
            self.table
                .grid(
                    columns,
                    self.found.len(),
                    ROW_HEIGHT,
                    Message::Scrolled,
                    Message::Resize,
                )
                .view(
                    move |c| grid::title(COLUMNS[c].title(), self.widths[c]),
                    move |i, widths| self.table_row(i, widths),
                )
        };
        // The form above, the found line, and the table in the rest.
        column![
            page,
            found,
            container(body).padding([0, 16]).padding(iced::Padding {
                bottom: 16.0,
                ..iced::Padding::from([0, 16])
            })
        ]
        .into()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }

    fn heard(&mut self, what: &Happened) -> Action<Message> {
        match what {
            Happened::Dealer(dealer) => {
                self.dealer = dealer.clone();
                Action::none()
            }
            // The panel changed users: the index is read again (a reading
            // under way may have passed them: it starts over).
            Happened::UserSaved { .. }
            | Happened::UserDeleted(_)
            | Happened::UsersImported(_)
            | Happened::BulkFinished { .. } => self.refresh(),
        }
    }
}
