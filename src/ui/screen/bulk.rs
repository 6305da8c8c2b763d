//! Bulk work on the users chosen in the list: what to do (a top-up, a
//! discount, a plan, 2FA, an activation e-mail, deletion), a preview of what
//! will change for whom, then the run at the rate limit with its progress
//! (done, failed, left, the rate, the time left), pause, resume and cancel;
//! the failed listed with the server's reason, to retry. The run itself is
//! `session::bulk`: kept in a job file, so a run the app did not finish is
//! opened here again at the next sign-in.

use crate::api::{self, ListQuery};
use crate::fl;
use crate::i18n;
use crate::model::{BalanceKind, Discount, DiscountStrategy, User};
use crate::session::bulk::{BulkAction, Control, Ending, Event, Had, ItemState, Job};
use crate::session::{Ask, Dealer};
use crate::ui::action::{Action, BulkRun, Effect, Happened};
use crate::ui::parts::account_actions;
use crate::ui::screen::Page;
use crate::ui::screen::users::{BulkKind, Selection};
use crate::ui::widget::grid;
use crate::ui::widget::toast::Toast;
use crate::ui::widget::{self, icon};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, checkbox, column, container, progress_bar, row, scrollable, space, text, text_input,
};
use iced::{Alignment, Element};
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;
use std::time::Instant;

const TABLE_ID: &str = "bulk-table";
/// The form's first field, focused when the form opens.
const FIRST_ID: &str = "bulk-first";
const HEADER_ID: &str = "bulk-table-header";
const ROW_HEIGHT: f32 = 30.0;
/// The room for what is wrong with the values typed: two lines of 13 px.
const PROBLEM_HEIGHT: f32 = 34.0;
/// How many users a page of "everyone matching" reads at once.
const READ_PAGE: u32 = 500;

#[derive(Debug, Clone)]
pub enum Message {
    /// A page of "everyone matching the filter".
    Read(Result<api::UserPage, api::Error>),
    /// One user's record, read for what the preview's "Before" shows.
    Held(i64, Result<Box<api::UserRecord>, api::Error>),
    Amount(String),
    Text(String),
    Kind(BalanceKind),
    DiscountValue(String),
    DiscountMinTrackers(String),
    DiscountEnd(String),
    OpenEnded(bool),
    Strategy(DiscountStrategy),
    Plan(i64),
    Mfa(bool),
    Clones(bool),
    /// The number of users typed to confirm a deletion.
    TypedCount(String),
    Start,
    Event(Event),
    Pause,
    Resume,
    Cancel,
    RetryFailed,
    /// An interrupted run the operator does not want back: its file goes.
    Discard,
    /// A preview of the run that puts back what this one changed.
    Undo,
    Scrolled(scrollable::Viewport),
    Resize(grid::Drag),
    Back,
}

/// What a user has now that the list does not carry (a discount, a plan):
/// read per user while the form is shown, so that "Before" says it.
#[derive(Debug, Clone, PartialEq)]
enum Held {
    Reading,
    Read {
        discount: Option<f64>,
        plan: Option<i64>,
    },
    Unread(String),
}

/// Records read at once for "Before": one, as the app keeps one request of
/// a kind per screen (a newer one supersedes the older: app::requests).
/// The rows fill in as they are read; the rate limit stays for the run.
const HELD_AT_ONCE: usize = 1;

/// Where the screen is.
#[derive(Debug, Clone)]
pub enum Phase {
    /// Reading everyone matching the filter: so many read of `of`.
    Reading {
        of: u64,
    },
    /// What to do, and a preview of it.
    Form,
    Running,
    /// The run stopped: paused, the session ended, finished or cancelled.
    Stopped(Ending),
    /// Opened at sign-in: a run the app did not finish.
    Interrupted,
    Failed(api::Error),
}

#[derive(Debug, Clone)]
pub struct Bulk {
    kind: BulkKind,
    /// Everyone matching (read page by page first), if that was chosen.
    query: Option<ListQuery>,
    users: Vec<User>,
    /// Where each user is in `users`, by id (a run's rows find theirs).
    by_id: HashMap<i64, usize>,
    // What to do.
    amount: String,
    text: String,
    balance_kind: BalanceKind,
    discount_value: String,
    discount_min_trackers: String,
    discount_end: String,
    open_ended: bool,
    strategy: DiscountStrategy,
    plan: Option<i64>,
    mfa: bool,
    clones: bool,
    typed_count: String,
    /// An undo of a discount or plan run: what each user had before it,
    /// put back instead of one value for all.
    put_back: Option<BTreeMap<i64, Had>>,
    // The run.
    job: Option<Job>,
    control: Option<Arc<Control>>,
    phase: Phase,
    /// When the run (this part of it) began, and how many were settled then.
    started: Option<(Instant, usize)>,
    /// Why the job file could not be written, if it could not.
    not_kept: Option<String>,
    dealer: Arc<Dealer>,
    table: grid::Table,
    widths: [f32; 4],
    /// Each user's discount or plan as read (discount and plan runs only).
    held: HashMap<i64, Held>,
    /// The next of `users` whose record to read, and how many are on the way.
    held_next: usize,
    held_reading: usize,
}

impl Bulk {
    pub fn new(kind: BulkKind, selection: Selection) -> Self {
        let (query, users, phase) = match selection {
            Selection::Users(users) => (None, users, Phase::Form),
            Selection::Matching { query, count } => {
                (Some(query), Vec::new(), Phase::Reading { of: count })
            }
        };
        let by_id = users.iter().enumerate().map(|(i, u)| (u.id, i)).collect();
        Bulk {
            kind,
            query,
            users,
            by_id,
            amount: String::new(),
            text: String::new(),
            balance_kind: BalanceKind::Balance,
            discount_value: String::new(),
            discount_min_trackers: "0".into(),
            discount_end: String::new(),
            open_ended: true,
            strategy: DiscountStrategy::NoSumming,
            plan: None,
            mfa: true,
            clones: false,
            typed_count: String::new(),
            put_back: None,
            job: None,
            control: None,
            phase,
            started: None,
            not_kept: None,
            dealer: Arc::new(Dealer::unknown()),
            table: grid::Table::new(TABLE_ID, HEADER_ID),
            widths: [260.0, 220.0, 220.0, 320.0],
            held: HashMap::new(),
            held_next: 0,
            held_reading: 0,
        }
    }

    /// Asks for the next users' records while the form is shown:
    /// [`HELD_AT_ONCE`] at a time, none once the run started.
    fn read_held(&mut self) -> Action<Message> {
        let mut action = Action::none();
        if !matches!(self.kind, BulkKind::Discount | BulkKind::Plan)
            || !matches!(self.phase, Phase::Form)
        {
            return action;
        }
        while self.held_reading < HELD_AT_ONCE {
            let Some(user) = self.users.get(self.held_next) else {
                break;
            };
            let id = user.id;
            self.held_next += 1;
            self.held_reading += 1;
            self.held.insert(id, Held::Reading);
            action = action.and(Action::ask(Ask::read_user(id), move |r| {
                Message::Held(id, r)
            }));
        }
        action
    }

    /// The user's discount or plan as its record says now (of the kind
    /// of the run).
    fn held_now(&self, user: &User) -> String {
        self.held_text(user, |held| match (self.kind, held) {
            (
                BulkKind::Discount,
                Held::Read {
                    discount: Some(v), ..
                },
            ) if *v > 0.0 => Some(i18n::percent(*v)),
            (BulkKind::Plan, Held::Read { plan: Some(p), .. }) => Some(self.dealer.plan_label(*p)),
            _ => None,
        })
    }

    /// What an undo puts back for one user.
    fn had_text(&self, had: Option<&Had>) -> String {
        match had {
            Some(Had::Discount { discount }) => match discount.value {
                Some(v) if v > 0.0 => i18n::percent(v),
                _ => fl!("bulk-before-none"),
            },
            Some(Had::Plan { plan_id }) => self.dealer.plan_label(*plan_id),
            None => String::new(),
        }
    }

    /// "Before" of a discount or plan run: what the user's record says.
    fn held_text(&self, user: &User, text: impl Fn(&Held) -> Option<String>) -> String {
        match self.held.get(&user.id) {
            // Queued while the form is shown; never read once the run began.
            None if !matches!(self.phase, Phase::Form) => String::new(),
            None | Some(Held::Reading) => fl!("bulk-before-reading"),
            Some(Held::Unread(why)) => fl!("bulk-before-unread", reason = why.clone()),
            Some(held) => text(held).unwrap_or_else(|| fl!("bulk-before-none")),
        }
    }

    /// The preview of the run that puts back what this one changed (see
    /// `Job::reversal`): the users it changed, as they are after it, and
    /// the opposite change filled in, to be started as any run is.
    fn undo(&self) -> Option<Bulk> {
        let job = self.job.as_ref()?;
        let (action, ids) = job.reversal()?;
        let after: HashMap<i64, Option<f64>> = job
            .items
            .iter()
            .filter_map(|i| match i.state {
                ItemState::Done { after, .. } => Some((i.user_id, after)),
                _ => None,
            })
            .collect();
        let users: Vec<User> = ids
            .iter()
            .filter_map(|id| self.by_id.get(id).and_then(|&k| self.users.get(k)))
            .map(|u| {
                let mut u = u.clone();
                match &job.action {
                    BulkAction::Balance { kind, .. } => {
                        if let Some(&Some(v)) = after.get(&u.id) {
                            match kind {
                                BalanceKind::Balance => u.balance = Some(v),
                                BalanceKind::Bonus => u.bonus = Some(v),
                            }
                        }
                    }
                    BulkAction::Mfa { allowed } => u.mfa_allowed = Some(*allowed),
                    _ => {}
                }
                u
            })
            .collect();
        let mut undo = Bulk::new(self.kind, Selection::Users(users));
        undo.dealer = self.dealer.clone();
        match action {
            BulkAction::Balance { kind, amount, text } => {
                undo.balance_kind = kind;
                undo.amount = format!("{amount:.2}");
                undo.text = text;
            }
            BulkAction::Mfa { allowed } => undo.mfa = allowed,
            BulkAction::PutBack { had } => undo.put_back = Some(had),
            _ => return None,
        }
        Some(undo)
    }

    /// A run the app did not finish, as its file has it: to resume or discard.
    pub fn interrupted(job: Job) -> Self {
        let put_back = match &job.action {
            BulkAction::PutBack { had } => Some(had.clone()),
            _ => None,
        };
        let kind = match &job.action {
            BulkAction::Balance { .. } => BulkKind::Balance,
            BulkAction::Discount { .. } => BulkKind::Discount,
            BulkAction::Plan { .. } => BulkKind::Plan,
            BulkAction::Mfa { .. } => BulkKind::Mfa,
            BulkAction::ResendActivation => BulkKind::ResendActivation,
            BulkAction::Delete { .. } => BulkKind::Delete,
            BulkAction::PutBack { had } => put_back_kind(had),
        };
        let mut bulk = Bulk::new(kind, Selection::Users(Vec::new()));
        bulk.put_back = put_back;
        bulk.job = Some(job);
        bulk.phase = Phase::Interrupted;
        bulk
    }

    pub fn phase(&self) -> &Phase {
        &self.phase
    }

    pub fn job(&self) -> Option<&Job> {
        self.job.as_ref()
    }

    /// The users the work is for.
    pub fn users(&self) -> &[User] {
        &self.users
    }

    fn running(&self) -> bool {
        matches!(self.phase, Phase::Running)
    }

    /// The action as typed, or what is wrong with it.
    pub fn action(&self) -> Result<BulkAction, String> {
        if let Some(had) = &self.put_back {
            return Ok(BulkAction::PutBack { had: had.clone() });
        }
        Ok(match self.kind {
            BulkKind::Balance => {
                if let Some(problem) = account_actions::balance_problem(&self.amount, &self.text) {
                    return Err(problem);
                }
                BulkAction::Balance {
                    kind: self.balance_kind,
                    amount: account_actions::parse_amount(&self.amount).unwrap_or_default(),
                    text: self.text.trim().to_owned(),
                }
            }
            BulkKind::Discount => {
                let discount = Discount {
                    value: self.discount_value.trim().replace(',', ".").parse().ok(),
                    min_trackers: self.discount_min_trackers.trim().parse().ok(),
                    end_date: (!self.open_ended).then(|| self.discount_end.trim().to_owned()),
                    strategy: Some(self.strategy),
                };
                let bad = discount.value.is_none()
                    || discount.min_trackers.is_none()
                    || discount.end_date.as_deref() == Some("")
                    || !crate::model::validation::validate_discount(&discount).is_empty();
                if bad {
                    return Err(fl!("bulk-discount-rule"));
                }
                BulkAction::Discount { discount }
            }
            BulkKind::Plan => match self.plan {
                Some(plan_id) => BulkAction::Plan { plan_id },
                None => return Err(fl!("bulk-plan-rule")),
            },
            BulkKind::Mfa => BulkAction::Mfa { allowed: self.mfa },
            BulkKind::ResendActivation => BulkAction::ResendActivation,
            BulkKind::Delete => {
                if self.typed_count.trim() != self.users.len().to_string() {
                    return Err(fl!("bulk-delete-rule", count = self.users.len()));
                }
                BulkAction::Delete {
                    clones: self.clones,
                }
            }
        })
    }

    /// The users the run leaves out, and why: a balance that would go below
    /// zero is refused by the server (251), so it is not sent.
    fn left_out(&self, user: &User) -> Option<String> {
        self.below_zero(user, self.amount())
            .then(|| fl!("bulk-below-zero"))
    }

    /// The amount typed, for a balance change (read once for many users).
    fn amount(&self) -> Option<f64> {
        match self.kind {
            BulkKind::Balance => account_actions::parse_amount(&self.amount),
            _ => None,
        }
    }

    fn below_zero(&self, user: &User, amount: Option<f64>) -> bool {
        amount.is_some_and(|a| self.current(user) + a < -0.004)
    }

    fn current(&self, user: &User) -> f64 {
        self.balance_kind.of(user)
    }

    /// What the preview says for one user: before, after, and a note.
    fn preview(&self, user: &User) -> (String, String, String) {
        let note = self.left_out(user).unwrap_or_default();
        if let Some(had) = &self.put_back {
            return (self.held_now(user), self.had_text(had.get(&user.id)), note);
        }
        match self.kind {
            // "After" shows only what a valid change would make: nothing
            // for nothing typed, or for a value the server would refuse.
            BulkKind::Balance => {
                let now = self.current(user);
                let after = account_actions::parse_amount(&self.amount)
                    .map(|a| i18n::money(now + a))
                    .unwrap_or_default();
                (i18n::money(now), after, note)
            }
            BulkKind::Discount => {
                let after = match self.action() {
                    Ok(BulkAction::Discount { discount }) => discount
                        .value
                        .map(|v| fl!("bulk-discount-after", value = i18n::percent(v)))
                        .unwrap_or_default(),
                    _ => String::new(),
                };
                (self.held_now(user), after, note)
            }
            BulkKind::Plan => (
                self.held_now(user),
                self.plan
                    .map(|p| self.dealer.plan_label(p))
                    .unwrap_or_default(),
                note,
            ),
            BulkKind::Mfa => {
                let word = |on: bool| {
                    if on {
                        fl!("value-on")
                    } else {
                        fl!("value-off")
                    }
                };
                let before = user.mfa_allowed.unwrap_or(false);
                let note = if before == self.mfa {
                    fl!("bulk-unchanged")
                } else {
                    note
                };
                (word(before), word(self.mfa), note)
            }
            BulkKind::ResendActivation => {
                if user.fields.activated == Some(false) {
                    (String::new(), fl!("bulk-resend-will"), note)
                } else {
                    (String::new(), String::new(), fl!("bulk-activated-already"))
                }
            }
            BulkKind::Delete => (String::new(), fl!("bulk-deleted"), note),
        }
    }

    /// Starts the run over the users not left out.
    fn start(&mut self) -> Action<Message> {
        let action = match self.action() {
            Ok(a) => a,
            Err(why) => return Action::toast(Toast::failed(why)),
        };
        if !self.dealer.allows(self.kind.permit()) {
            return Action::toast(Toast::failed(fl!("not-permitted")));
        }
        let amount = self.amount();
        let users: Vec<User> = self
            .users
            .iter()
            .filter(|u| !self.below_zero(u, amount))
            .cloned()
            .collect();
        if users.is_empty() {
            return Action::toast(Toast::failed(fl!("bulk-nobody")));
        }
        let job = Job::draft(action, &users);
        self.go(job, true)
    }

    /// Runs `job` (new: its file written first).
    fn go(&mut self, job: Job, fresh: bool) -> Action<Message> {
        let control = Arc::new(Control::default());
        self.started = Some((Instant::now(), job.counts().settled()));
        self.control = Some(control.clone());
        self.job = Some(job.clone());
        self.phase = Phase::Running;
        self.not_kept = None;
        Effect::Bulk(Box::new(BulkRun {
            job,
            fresh,
            control,
            on_event: Box::new(Message::Event),
        }))
        .into()
    }

    fn event(&mut self, event: Event) -> Action<Message> {
        match event {
            Event::Item(i, state) => {
                if let Some(item) = self.job.as_mut().and_then(|j| j.items.get_mut(i)) {
                    item.state = state;
                }
                Action::none()
            }
            Event::NotKept(why) => {
                self.not_kept = Some(why);
                Action::none()
            }
            Event::Ended(ending) => {
                self.phase = Phase::Stopped(ending);
                self.control = None;
                let counts = self.job.as_ref().map(Job::counts).unwrap_or_default();
                let said = match ending {
                    Ending::Finished if counts.failures() == 0 => {
                        Toast::success(fl!("bulk-finished", count = counts.succeeded()))
                    }
                    Ending::Finished => {
                        Toast::failed(fl!("bulk-finished-failures", failed = counts.failures()))
                    }
                    Ending::Paused => Toast::success(fl!("bulk-paused")),
                    Ending::Cancelled => Toast::success(fl!("bulk-cancelled")),
                    Ending::SessionEnded => Toast::failed(fl!("bulk-session-ended")),
                };
                // The list (and any user's screen) shows what changed.
                let told = match self.kind {
                    BulkKind::Delete => self
                        .job
                        .iter()
                        .flat_map(|j| j.items.iter())
                        .filter(|i| matches!(i.state, ItemState::Done { .. }))
                        .fold(Action::none(), |a, i| {
                            a.and(Action::tell(Happened::UserDeleted(i.user_id)))
                        }),
                    _ => Action::tell(Happened::UserSaved {
                        user_id: None,
                        created: false,
                    }),
                };
                let finished = match ending {
                    Ending::Finished => Action::tell(Happened::BulkFinished {
                        failed: self
                            .job
                            .iter()
                            .flat_map(|j| j.items.iter())
                            .filter(|i| i.state.is_failure())
                            .map(|i| i.user_id)
                            .collect(),
                    }),
                    _ => Action::none(),
                };
                Action::toast(said).and(told).and(finished)
            }
        }
    }

    /// "Done 120 · failed 2 · left 178 · 48 a second · about 4 s left"
    fn progress(&self) -> Element<'_, Message> {
        let Some(job) = &self.job else {
            return space().into();
        };
        let c = job.counts();
        let total = job.items.len().max(1);
        let mut words = vec![
            fl!("bulk-done", count = c.succeeded()),
            fl!("bulk-failed", count = c.failures()),
            fl!("bulk-left", count = c.left),
        ];
        if let (true, Some((at, before))) = (self.running(), self.started) {
            let secs = at.elapsed().as_secs_f64();
            let settled = c.settled().saturating_sub(before);
            if secs > 0.5 && settled > 0 {
                let rate = settled as f64 / secs;
                words.push(fl!("bulk-rate", rate = format!("{rate:.1}")));
                words.push(fl!(
                    "bulk-time-left",
                    seconds = ((c.left as f64 / rate).ceil() as u64)
                ));
            }
        }
        column![
            progress_bar(0.0..=total as f32, c.settled() as f32).girth(10),
            text(words.join(" · ")),
        ]
        .spacing(6)
        .into()
    }

    /// What to do: the action's own fields, each with what is wrong with it.
    fn form(&self) -> Element<'_, Message> {
        let problem = self.action().err();
        let fields: Element<'_, Message> = match self.kind {
            _ if self.put_back.is_some() => text(fl!("bulk-put-back-about")).into(),
            BulkKind::Balance => column![
                widget::choice(
                    [BalanceKind::Balance, BalanceKind::Bonus],
                    Some(self.balance_kind),
                    crate::words::kind_name,
                    Message::Kind
                ),
                row![
                    widget::labeled(
                        fl!("balance-amount"),
                        text_input("+100.00", &self.amount)
                            .id(FIRST_ID)
                            .on_input(Message::Amount)
                            .width(180)
                    ),
                    widget::labeled(
                        fl!("balance-description"),
                        text_input("", &self.text).on_input(Message::Text)
                    ),
                ]
                .spacing(12),
            ]
            .spacing(10)
            .into(),
            BulkKind::Discount => {
                let mut end = row![
                    checkbox(self.open_ended)
                        .label(fl!("value-open-ended"))
                        .on_toggle(Message::OpenEnded)
                ]
                .spacing(12)
                .align_y(Alignment::Center);
                if !self.open_ended {
                    end = end.push(
                        text_input("2030-12-31", &self.discount_end)
                            .on_input(Message::DiscountEnd)
                            .width(160),
                    );
                }
                column![
                    row![
                        widget::labeled(
                            fl!("field-discount-percent"),
                            text_input("0", &self.discount_value)
                                .id(FIRST_ID)
                                .on_input(Message::DiscountValue)
                                .width(140)
                        ),
                        widget::labeled(
                            fl!("field-discount-min-trackers"),
                            text_input("0", &self.discount_min_trackers)
                                .on_input(Message::DiscountMinTrackers)
                                .width(140)
                        ),
                        widget::labeled(
                            fl!("field-discount-strategy"),
                            widget::choice(
                                DiscountStrategy::ALL,
                                Some(self.strategy),
                                |s| match s {
                                    DiscountStrategy::NoSumming => fl!("strategy-no-summing"),
                                    DiscountStrategy::SumWithProgressive => fl!("strategy-sum"),
                                },
                                Message::Strategy
                            )
                        ),
                    ]
                    .spacing(12),
                    end,
                ]
                .spacing(10)
                .into()
            }
            BulkKind::Plan => {
                let plans: Vec<i64> = self.dealer.plans.iter().flatten().map(|p| p.id).collect();
                let dealer = self.dealer.clone();
                widget::labeled(
                    fl!("field-plan"),
                    widget::choice(
                        plans,
                        self.plan,
                        move |p| dealer.plan_label(*p),
                        Message::Plan,
                    )
                    .placeholder(fl!("bulk-plan-choose"))
                    .width(360),
                )
            }
            BulkKind::Mfa => iced::widget::toggler(self.mfa)
                .label(fl!("field-mfa-allowed"))
                .on_toggle(Message::Mfa)
                .into(),
            BulkKind::ResendActivation => text(fl!("bulk-resend-about")).into(),
            BulkKind::Delete => column![
                text(fl!("bulk-delete-warning", count = self.users.len())).style(text::danger),
                checkbox(self.clones)
                    .label(fl!("delete-clones"))
                    .on_toggle(Message::Clones),
                widget::field(
                    fl!("bulk-delete-type", count = self.users.len()),
                    text_input("", &self.typed_count)
                        .id(FIRST_ID)
                        .on_input(Message::TypedCount)
                        .width(160),
                    None,
                ),
            ]
            .spacing(10)
            .into(),
        };
        let amount = self.amount();
        let left_out = self
            .users
            .iter()
            .filter(|u| self.below_zero(u, amount))
            .count();
        let going = self.users.len() - left_out;
        let mut summary = vec![text(fl!("bulk-preview-count", count = going)).into()];
        if left_out > 0 {
            summary.push(
                text(fl!("bulk-left-out", count = left_out))
                    .style(text::warning)
                    .into(),
            );
        }
        let start = button(text(fl!("bulk-start", count = going)))
            .style(if self.kind == BulkKind::Delete {
                button::danger
            } else {
                button::primary
            })
            .on_press_maybe(problem.is_none().then_some(Message::Start));
        // What is wrong, once something is typed; its room kept meanwhile
        // (two lines: a rule runs that long in German at half a screen).
        let said = problem.filter(|_| self.touched()).unwrap_or_default();
        column![
            fields,
            container(text(said).size(13).style(text::danger)).height(PROBLEM_HEIGHT),
            row(summary)
                .spacing(16)
                .align_y(Alignment::Center)
                .push(space::horizontal())
                .push(start),
        ]
        .spacing(10)
        .into()
    }

    /// Whether the operator has typed anything yet (a message shows then).
    fn touched(&self) -> bool {
        !self.amount.is_empty()
            || !self.text.is_empty()
            || !self.typed_count.is_empty()
            || self.plan.is_some()
            || !self.discount_value.is_empty()
    }

    /// The run's buttons for where it is.
    fn controls(&self) -> Element<'_, Message> {
        let mut line = row![].spacing(10).align_y(Alignment::Center);
        let counts = self.job.as_ref().map(Job::counts).unwrap_or_default();
        match &self.phase {
            Phase::Running => {
                line = line
                    .push(button(text(fl!("bulk-pause"))).on_press(Message::Pause))
                    .push(
                        button(text(fl!("bulk-cancel")))
                            .style(button::secondary)
                            .on_press(Message::Cancel),
                    );
            }
            Phase::Stopped(Ending::Paused | Ending::SessionEnded) | Phase::Interrupted => {
                line = line
                    .push(
                        button(text(fl!("bulk-resume", count = counts.left)))
                            .on_press(Message::Resume),
                    )
                    .push(
                        button(text(fl!("bulk-discard")))
                            .style(button::secondary)
                            .on_press(Message::Discard),
                    );
            }
            Phase::Stopped(_) => {
                if counts.failures() > 0 {
                    line = line.push(
                        button(text(fl!("bulk-retry-failed", count = counts.failures())))
                            .on_press(Message::RetryFailed),
                    );
                }
                if self.job.as_ref().and_then(Job::reversal).is_some() {
                    line = line.push(
                        button(text(fl!("bulk-undo")))
                            .style(button::secondary)
                            .on_press(Message::Undo),
                    );
                }
            }
            _ => {}
        }
        line.into()
    }

    /// What the run does, as the title says it: the button's words without
    /// the "…" that says a form follows; an undo says what it puts back.
    fn title_words(&self) -> String {
        match (&self.put_back, self.kind) {
            (Some(_), BulkKind::Plan) => fl!("bulk-put-back-plan"),
            (Some(_), _) => fl!("bulk-put-back-discount"),
            (None, kind) => kind.label().trim_end_matches('…').to_owned(),
        }
    }

    /// Before and after are sums of money for a balance change: they line up
    /// on the right, as in the users list.
    fn money_column(&self, c: usize) -> bool {
        matches!(self.kind, BulkKind::Balance) && (c == 1 || c == 2)
    }

    fn header(&self, c: usize) -> Element<'_, Message> {
        let titles = [
            fl!("column-login"),
            fl!("bulk-before"),
            fl!("bulk-after"),
            fl!("bulk-outcome"),
        ];
        grid::title(titles[c].clone(), self.widths[c])
    }

    /// One user: before → after in the preview; its outcome once it ran.
    fn line<'a>(&'a self, i: usize, widths: &[f32]) -> Element<'a, Message> {
        let cells: [String; 4] = match &self.job {
            Some(job) => {
                let Some(item) = job.items.get(i) else {
                    return space().into();
                };
                let (before, after) = self
                    .by_id
                    .get(&item.user_id)
                    .and_then(|&k| self.users.get(k))
                    .map(|u| {
                        let (b, a, _) = self.preview(u);
                        (b, a)
                    })
                    .unwrap_or_default();
                [
                    item.login.clone(),
                    before,
                    match &item.state {
                        ItemState::Done { after: Some(v), .. } => i18n::money(*v),
                        _ => after,
                    },
                    outcome_text(&item.state),
                ]
            }
            None => {
                let Some(user) = self.users.get(i) else {
                    return space().into();
                };
                let (before, after, note) = self.preview(user);
                [
                    user.fields.login.clone().unwrap_or_default(),
                    before,
                    after,
                    note,
                ]
            }
        };
        let failed = self
            .job
            .as_ref()
            .and_then(|j| j.items.get(i))
            .is_some_and(|item| item.state.is_failure());
        let cells = cells
            .into_iter()
            .zip(widths)
            .enumerate()
            .map(|(c, (v, &w))| {
                let cell = if c == 3 && failed {
                    grid::styled_cell(v, w, false, text::danger)
                } else {
                    grid::cell(v, w, self.money_column(c))
                };
                grid::in_column(cell, w)
            });
        grid::plain_row(cells, ROW_HEIGHT, i)
    }

    fn table(&self) -> Element<'_, Message> {
        let rows = match &self.job {
            Some(job) => job.items.len(),
            None => self.users.len(),
        };
        let columns = self
            .widths
            .iter()
            .enumerate()
            .map(|(c, &w)| {
                let column = grid::Column::new(w).min(80.0);
                if self.money_column(c) {
                    column.end()
                } else {
                    column
                }
            })
            .collect();
        self.table
            .grid(
                columns,
                rows,
                ROW_HEIGHT,
                Message::Scrolled,
                Message::Resize,
            )
            .view(move |c| self.header(c), move |i, w| self.line(i, w))
    }

    fn read_next(&mut self) -> Action<Message> {
        let Some(mut query) = self.query.clone() else {
            return Action::none();
        };
        query.limit = Some(READ_PAGE);
        query.offset = Some(self.users.len() as u32);
        Action::ask(Ask::list_users(query), Message::Read)
    }
}

/// A user's outcome in the operator's words.
fn outcome_text(state: &ItemState) -> String {
    match state {
        ItemState::Waiting => fl!("bulk-state-waiting"),
        ItemState::Sending { .. } => fl!("bulk-state-sending"),
        ItemState::Done { .. } => fl!("bulk-state-done"),
        ItemState::Unchanged => fl!("bulk-unchanged"),
        ItemState::Skipped { reason } => fl!("bulk-state-skipped", reason = reason.clone()),
        ItemState::Failed { reason, code } => match code {
            Some(code) => fl!("bulk-state-refused", reason = reason.clone(), code = code),
            None => fl!("bulk-state-failed", reason = reason.clone()),
        },
        ItemState::Unknown { reason } => fl!("bulk-state-unknown", reason = reason.clone()),
    }
}

impl Page for Bulk {
    type Message = Message;

    fn start(&mut self) -> Action<Message> {
        match self.phase {
            Phase::Reading { .. } => self.read_next(),
            Phase::Form => {
                Action::run(iced::widget::operation::focus(FIRST_ID)).and(self.read_held())
            }
            _ => Action::none(),
        }
    }

    fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Read(Ok(page)) => {
                let got = page.list.len();
                for user in page.list {
                    self.by_id.insert(user.id, self.users.len());
                    self.users.push(user);
                }
                let Phase::Reading { of } = &mut self.phase else {
                    return Action::none();
                };
                *of = page.count;
                if got == 0 || self.users.len() as u64 >= page.count {
                    self.phase = Phase::Form;
                    return Action::run(iced::widget::operation::focus(FIRST_ID))
                        .and(self.read_held());
                }
                self.read_next()
            }
            Message::Undo => match self.undo() {
                Some(undo) => Action::open(undo.into()),
                None => Action::none(),
            },
            Message::Held(id, read) => {
                // Only users of this preview, and only once: a late or
                // repeated answer changes nothing it should not.
                if self.held.get(&id) != Some(&Held::Reading) {
                    return Action::none();
                }
                self.held_reading = self.held_reading.saturating_sub(1);
                let held = match read {
                    Ok(record) => Held::Read {
                        discount: record.discount.as_ref().and_then(|d| d.value),
                        plan: record.default_tariff_id,
                    },
                    Err(e) => Held::Unread(crate::words::errors::describe(&e)),
                };
                self.held.insert(id, held);
                self.read_held()
            }
            Message::Read(Err(e)) => {
                let toast = Toast::error(&e);
                self.phase = Phase::Failed(e);
                Action::toast(toast)
            }
            Message::Amount(v) => {
                self.amount = v;
                Action::none()
            }
            Message::Text(v) => {
                self.text = v;
                Action::none()
            }
            Message::Kind(k) => {
                self.balance_kind = k;
                Action::none()
            }
            Message::DiscountValue(v) => {
                self.discount_value = v;
                Action::none()
            }
            Message::DiscountMinTrackers(v) => {
                self.discount_min_trackers = v;
                Action::none()
            }
            Message::DiscountEnd(v) => {
                self.discount_end = v;
                Action::none()
            }
            Message::OpenEnded(v) => {
                self.open_ended = v;
                Action::none()
            }
            Message::Strategy(v) => {
                self.strategy = v;
                Action::none()
            }
            Message::Plan(p) => {
                self.plan = Some(p);
                Action::none()
            }
            Message::Mfa(on) => {
                self.mfa = on;
                Action::none()
            }
            Message::Clones(on) => {
                self.clones = on;
                Action::none()
            }
            Message::TypedCount(v) => {
                self.typed_count = v.chars().filter(char::is_ascii_digit).take(9).collect();
                Action::none()
            }
            Message::Start if matches!(self.phase, Phase::Form) => self.start(),
            Message::Start => Action::none(),
            Message::Event(e) => self.event(e),
            Message::Pause => {
                if let Some(c) = &self.control {
                    c.pause();
                }
                Action::none()
            }
            Message::Cancel => {
                if let Some(c) = &self.control {
                    c.cancel();
                }
                Action::none()
            }
            Message::Resume => match self.job.clone() {
                Some(job) if !self.running() => self.go(job, false),
                _ => Action::none(),
            },
            Message::RetryFailed => match self.job.clone() {
                Some(mut job) if !self.running() => {
                    job.retry_failed();
                    self.go(job, true)
                }
                _ => Action::none(),
            },
            Message::Discard => match self.job.clone() {
                // Cancelled before anything goes: the run removes its file.
                Some(job) if !self.running() => {
                    let control = Arc::new(Control::default());
                    control.cancel();
                    self.phase = Phase::Running;
                    Effect::Bulk(Box::new(BulkRun {
                        job,
                        fresh: false,
                        control,
                        on_event: Box::new(Message::Event),
                    }))
                    .into()
                }
                _ => Action::none(),
            },
            Message::Scrolled(viewport) => Action::run(self.table.scrolled(&viewport)),
            Message::Resize(drag) => {
                if let Some((i, w)) = self.table.resize(drag, |_| 80.0)
                    && let Some(width) = self.widths.get_mut(i)
                {
                    *width = w;
                }
                Action::none()
            }
            // A run on its way is paused first (its file keeps the rest).
            Message::Back if self.running() => {
                Action::toast(Toast::failed(fl!("bulk-pause-first")))
            }
            Message::Back => Action::close(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let back = icon::back_button(icon::BackTo::Previous)
            .on_press_maybe((!self.running()).then_some(Message::Back));
        let count = match &self.job {
            Some(job) => job.items.len(),
            None => self.users.len(),
        };
        let title = row![
            back,
            text(fl!(
                "bulk-title",
                // The button's words, without the "…" that says a form follows.
                action = self.title_words(),
                count = count,
                shown = i18n::count(count as u64)
            ))
            .size(22),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        let mut page = column![title].spacing(14).padding(12);
        match &self.phase {
            Phase::Reading { of } => {
                let (read, of) = (self.users.len(), *of);
                page = page.push(text(fl!("bulk-reading", read = read, of = of)));
            }
            Phase::Failed(e) => {
                page = page.push(widget::failed(e, Message::Back));
            }
            Phase::Form => {
                page = page.push(
                    container(self.form())
                        .padding(14)
                        .style(container::bordered_box),
                );
                page = page.push(self.table());
            }
            Phase::Interrupted => {
                let c = self.job.as_ref().map(Job::counts).unwrap_or_default();
                page = page
                    .push(text(fl!(
                        "bulk-interrupted",
                        done = c.settled(),
                        left = c.left
                    )))
                    .push(text(self.job.as_ref().map_or_else(String::new, |j| {
                        fl!(
                            "bulk-interrupted-action",
                            action = action_words(&j.action, &self.dealer)
                        )
                    })))
                    .push(self.controls())
                    .push(self.table());
            }
            Phase::Running | Phase::Stopped(_) => {
                page = page.push(self.progress()).push(self.controls());
                if let Some(why) = &self.not_kept {
                    page = page
                        .push(text(fl!("bulk-not-kept", reason = why.clone())).style(text::danger));
                }
                page = page.push(self.table());
            }
        }
        page.into()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }

    /// A run on its way: closing the window would stop it half done.
    fn unsaved(&self) -> bool {
        self.running()
    }

    fn heard(&mut self, what: &Happened) -> Action<Message> {
        if let Happened::Dealer(dealer) = what {
            self.dealer = dealer.clone();
        }
        Action::none()
    }

    /// The session ended mid-run and began again: the run waits to be resumed.
    fn resumed(&mut self) -> Action<Message> {
        Action::none()
    }
}

/// What a run does, with its amounts, as the operator reads it before
/// resuming one the app did not finish: the job's file says it, and that
/// file is read from disk, so nothing is sent before it is seen.
pub fn action_words(action: &BulkAction, dealer: &Dealer) -> String {
    match action {
        BulkAction::Balance { kind, amount, text } => fl!(
            "bulk-action-balance",
            kind = crate::words::kind_name(kind),
            amount = format!(
                "{}{}",
                if *amount > 0.0 { "+" } else { "" },
                i18n::money(*amount)
            ),
            text = text.clone()
        ),
        BulkAction::Discount { discount } => fl!(
            "bulk-action-discount",
            value = i18n::percent(discount.value.unwrap_or_default()),
            end = discount
                .end_date
                .clone()
                .unwrap_or_else(|| fl!("bulk-action-open-ended"))
        ),
        BulkAction::Plan { plan_id } => fl!("bulk-action-plan", plan = dealer.plan_label(*plan_id)),
        BulkAction::Mfa { allowed } => {
            if *allowed {
                fl!("bulk-action-mfa-on")
            } else {
                fl!("bulk-action-mfa-off")
            }
        }
        BulkAction::ResendActivation => fl!("bulk-action-resend"),
        BulkAction::Delete { .. } => fl!("bulk-action-delete"),
        BulkAction::PutBack { had } => match put_back_kind(had) {
            BulkKind::Plan => fl!("bulk-action-put-back-plan"),
            _ => fl!("bulk-action-put-back-discount"),
        },
    }
}

/// The kind of run an undo puts back (its users' discounts, or plans).
fn put_back_kind(had: &BTreeMap<i64, Had>) -> BulkKind {
    match had.values().next() {
        Some(Had::Plan { .. }) => BulkKind::Plan,
        _ => BulkKind::Discount,
    }
}
