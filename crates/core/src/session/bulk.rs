//! Bulk work on many users: one action (a balance top-up, a discount, a
//! plan, 2FA, an activation e-mail, deletion) for each user of a selection,
//! at the rate limit, each change sent once and journalled as it completes.
//!
//! A run is a [`Job`] kept in a file in the data folder: its first line says
//! what is done to whom, each later line how one user's change went. Every
//! state is written before the change goes and after its answer, so a run
//! the app did not finish (closed, crashed, the session ended) is offered
//! again at the next sign-in knowing what was done, what was not, and which
//! changes were on their way; those are read back from the server before
//! anything is sent again ([`run`] settles them first).

use super::request::{self, Answer, Api, Request, Response};
use crate::api::{self, ClientOptions, UserUpdate, verify};
use crate::journal::Journal;
use crate::model::{BalanceKind, Discount, ErrorCode, User};
use futures_util::StreamExt;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};

/// What a run does to each user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum BulkAction {
    /// Moves the balance or the bonus by `amount` (may be negative).
    Balance {
        kind: BalanceKind,
        amount: f64,
        text: String,
    },
    Discount {
        discount: Discount,
    },
    /// The default plan.
    Plan {
        plan_id: i64,
    },
    Mfa {
        allowed: bool,
    },
    /// A new activation e-mail, to the users not activated yet.
    ResendActivation,
    Delete {
        clones: bool,
    },
    /// Each user's discount or plan as it was before a run changed it (the
    /// undo of that run), by user id.
    PutBack {
        had: BTreeMap<i64, Had>,
    },
}

/// What a user had before a discount or plan run changed it: kept in the
/// run's file with the change, so that the run can be undone user by user.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "had", rename_all = "snake_case")]
pub enum Had {
    Discount { discount: Discount },
    Plan { plan_id: i64 },
}

impl Had {
    /// What `action` would change of `record`, as the record has it now;
    /// None where nothing can be put back (a user with no plan: a plan
    /// cannot be taken away by an update).
    fn of(action: &BulkAction, record: &api::UserRecord) -> Option<Had> {
        match action {
            BulkAction::Discount { .. } => Some(Had::Discount {
                discount: record.discount.clone().unwrap_or_default(),
            }),
            BulkAction::Plan { .. } => record
                .default_tariff_id
                .map(|plan_id| Had::Plan { plan_id }),
            _ => None,
        }
    }

    /// The change that puts it back.
    fn action(&self) -> BulkAction {
        match self {
            Had::Discount { discount } => BulkAction::Discount {
                discount: discount.clone(),
            },
            Had::Plan { plan_id } => BulkAction::Plan { plan_id: *plan_id },
        }
    }
}

impl BulkAction {
    /// The journal's name for it (`user.change_balance`...).
    pub fn key(&self) -> &'static str {
        match self {
            BulkAction::Balance { .. } => "balance",
            BulkAction::Discount { .. } => "discount",
            BulkAction::Plan { .. } => "plan",
            BulkAction::Mfa { .. } => "mfa",
            BulkAction::ResendActivation => "resend_activation",
            BulkAction::Delete { .. } => "delete",
            BulkAction::PutBack { .. } => "put_back",
        }
    }
}

/// How one user's change stands.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum ItemState {
    Waiting,
    /// Sent (or about to be); `before` is the balance read just before,
    /// `had` the discount or plan.
    Sending {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        before: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        had: Option<Had>,
    },
    /// Made; `after` the balance after, where there is one; `had` the
    /// discount or plan before (what an undo puts back).
    Done {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        after: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        had: Option<Had>,
    },
    /// Already as asked (the same plan, 2FA already on...): nothing sent.
    Unchanged,
    /// Not for this user (an activation e-mail to an active user).
    Skipped {
        reason: String,
    },
    /// The server said no, or it could not be sent; nothing changed.
    Failed {
        reason: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        code: Option<u32>,
    },
    /// The answer was lost and a read could not tell: not sent again on its own.
    Unknown {
        reason: String,
    },
}

impl ItemState {
    /// No longer waiting for anything.
    pub fn is_settled(&self) -> bool {
        !matches!(self, ItemState::Waiting | ItemState::Sending { .. })
    }

    /// To try again on "retry the failed" (unknown ones are read back first).
    pub fn is_failure(&self) -> bool {
        matches!(self, ItemState::Failed { .. } | ItemState::Unknown { .. })
    }
}

/// One user of a run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Item {
    pub user_id: i64,
    pub login: String,
    /// What the operator calls the user.
    pub name: String,
    /// Activated (an activation e-mail goes only to users who are not).
    #[serde(default)]
    pub activated: bool,
    pub state: ItemState,
}

impl Item {
    pub fn of(user: &User) -> Item {
        Item {
            user_id: user.id,
            login: user.fields.login.clone().unwrap_or_default(),
            name: user.display_name(),
            activated: user.fields.activated != Some(false),
            state: ItemState::Waiting,
        }
    }
}

/// How many users of a run are where.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub done: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub failed: usize,
    pub unknown: usize,
    /// Not sent yet, or on their way.
    pub left: usize,
}

impl Counts {
    /// Made, already so, or not for that user: nothing left to do.
    pub fn succeeded(&self) -> usize {
        self.done + self.unchanged + self.skipped
    }

    /// Refused, failed, or unknown: listed, to retry.
    pub fn failures(&self) -> usize {
        self.failed + self.unknown
    }

    pub fn settled(&self) -> usize {
        self.done + self.unchanged + self.skipped + self.failed + self.unknown
    }
}

/// A bulk run: what it does, to whom, and how far it got.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    pub id: String,
    /// UTC, RFC 3339.
    pub created: String,
    pub server: String,
    pub dealer: String,
    pub action: BulkAction,
    pub items: Vec<Item>,
}

impl Job {
    /// The run that puts back what this one changed, where a change can be
    /// put back: the opposite top-up, 2FA as it was, or each user's own
    /// discount or plan as the file kept it; with the users it changed
    /// (those it found as asked were not changed, and stay so). None for
    /// an activation e-mail (sent), a deletion, an undo, or a discount or
    /// plan run whose file does not say what the users had (kept by an
    /// older build).
    pub fn reversal(&self) -> Option<(BulkAction, Vec<i64>)> {
        let done = self.items.iter().filter_map(|i| match &i.state {
            ItemState::Done { had, .. } => Some((i.user_id, had)),
            _ => None,
        });
        let (action, changed): (BulkAction, Vec<i64>) = match &self.action {
            BulkAction::Balance { kind, amount, text } => (
                BulkAction::Balance {
                    kind: *kind,
                    amount: -amount,
                    text: crate::fl!("bulk-undo-text", text = text.clone()),
                },
                done.map(|(id, _)| id).collect(),
            ),
            BulkAction::Mfa { allowed } => (
                BulkAction::Mfa { allowed: !allowed },
                done.map(|(id, _)| id).collect(),
            ),
            BulkAction::Discount { .. } | BulkAction::Plan { .. } => {
                let had: BTreeMap<i64, Had> = done
                    .filter_map(|(id, had)| Some((id, had.clone()?)))
                    .collect();
                let ids = had.keys().copied().collect();
                (BulkAction::PutBack { had }, ids)
            }
            _ => return None,
        };
        (!changed.is_empty()).then_some((action, changed))
    }

    pub fn new(api: &Api, action: BulkAction, users: &[User]) -> Job {
        let mut job = Job::draft(action, users);
        job.stamp(api);
        job
    }

    /// A run not yet tied to a session (the screen makes it; the app
    /// [`stamp`](Job::stamp)s it when it starts).
    pub fn draft(action: BulkAction, users: &[User]) -> Job {
        let now = chrono::Utc::now();
        Job {
            id: format!("{}-{}", now.format("%Y%m%dT%H%M%S%.3f"), std::process::id()),
            created: now.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            server: String::new(),
            dealer: String::new(),
            action,
            items: users.iter().map(Item::of).collect(),
        }
    }

    /// The server and dealer of the session it runs in: a run is offered
    /// again only to the same dealer on the same server.
    pub fn stamp(&mut self, api: &Api) {
        self.server = api.client.base_url().to_owned();
        self.dealer = api.login.clone();
    }

    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for item in &self.items {
            match item.state {
                ItemState::Done { .. } => c.done += 1,
                ItemState::Unchanged => c.unchanged += 1,
                ItemState::Skipped { .. } => c.skipped += 1,
                ItemState::Failed { .. } => c.failed += 1,
                ItemState::Unknown { .. } => c.unknown += 1,
                ItemState::Waiting | ItemState::Sending { .. } => c.left += 1,
            }
        }
        c
    }

    pub fn is_finished(&self) -> bool {
        self.items.iter().all(|i| i.state.is_settled())
    }

    /// The failed (and unknown) users go again: the unknown ones are read
    /// back before anything is sent.
    pub fn retry_failed(&mut self) {
        for item in &mut self.items {
            item.state = match &item.state {
                ItemState::Failed { .. } => ItemState::Waiting,
                ItemState::Unknown { .. } => ItemState::Sending {
                    before: None,
                    had: None,
                },
                other => other.clone(),
            };
        }
    }
}

/// One line after the first of a job's file: a user's new state.
#[derive(Serialize, Deserialize)]
struct Line {
    i: usize,
    #[serde(flatten)]
    state: ItemState,
}

/// The jobs' folder (`jobs/` in the data folder): one file per run, removed
/// when the operator is done with it.
#[derive(Debug, Clone)]
pub struct Jobs {
    dir: PathBuf,
}

impl Jobs {
    pub fn in_dir(data_dir: &Path) -> Jobs {
        Jobs {
            dir: data_dir.join("jobs"),
        }
    }

    /// A run's file. An id that is not one (it came from a file) names a
    /// file that cannot exist, inside the folder.
    fn path(&self, id: &str) -> PathBuf {
        if is_job_id(id) {
            self.dir.join(format!("{id}.jsonl"))
        } else {
            self.dir.join("not-a-job-id.invalid")
        }
    }

    /// Writes the job whole (a new run, or one retried): its file starts again.
    pub fn create(&self, job: &Job) -> std::io::Result<()> {
        crate::config::private_dir(&self.dir)?;
        let tmp = self.path(&job.id).with_extension("tmp");
        let mut file = owner_only(
            std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true),
        )
        .open(&tmp)?;
        let mut line = serde_json::to_vec(job).map_err(std::io::Error::other)?;
        line.push(b'\n');
        file.write_all(&line)?;
        file.sync_data()?;
        std::fs::rename(tmp, self.path(&job.id))
    }

    /// Appends one user's new state, synced to disk before the change goes
    /// (or after its answer came).
    pub fn record(&self, id: &str, index: usize, state: &ItemState) -> std::io::Result<()> {
        let mut file = owner_only(std::fs::OpenOptions::new().append(true)).open(self.path(id))?;
        let mut line = serde_json::to_vec(&Line {
            i: index,
            state: state.clone(),
        })
        .map_err(std::io::Error::other)?;
        line.push(b'\n');
        file.write_all(&line)?;
        file.sync_data()
    }

    /// A job as its file has it (later lines over the first); None when the
    /// file is not a job, or not the job its name says: the file is input
    /// like any other (a job whose id is `../activity` would have had the
    /// journal removed when it finished). A line half written by a crash is
    /// left out.
    pub fn load(&self, path: &Path) -> Option<Job> {
        let file = std::fs::File::open(path).ok()?;
        let mut lines = std::io::BufReader::new(file).lines();
        let mut job: Job = serde_json::from_str(&lines.next()?.ok()?).ok()?;
        let named = path.file_stem().and_then(|s| s.to_str());
        if !is_job_id(&job.id) || named != Some(job.id.as_str()) || path.parent() != Some(&self.dir)
        {
            return None;
        }
        for line in lines.map_while(Result::ok) {
            if let Ok(l) = serde_json::from_str::<Line>(&line)
                && let Some(item) = job.items.get_mut(l.i)
            {
                item.state = l.state;
            }
        }
        Some(job)
    }

    /// The runs of this dealer on this server not finished, oldest first.
    pub fn unfinished(&self, server: &str, dealer: &str) -> Vec<Job> {
        self.unfinished_and_set_aside(server, dealer).0
    }

    /// [`unfinished`](Jobs::unfinished), and the names of the files that
    /// cannot be trusted: each is renamed (`….jsonl.set-aside`), so that it is
    /// neither run nor offered at every sign-in.
    pub fn unfinished_and_set_aside(&self, server: &str, dealer: &str) -> (Vec<Job>, Vec<String>) {
        let Ok(dir) = std::fs::read_dir(&self.dir) else {
            return (Vec::new(), Vec::new());
        };
        let mut jobs = Vec::new();
        let mut set_aside = Vec::new();
        for path in dir.filter_map(Result::ok).map(|e| e.path()) {
            if path.extension().is_none_or(|e| e != "jsonl") {
                continue;
            }
            match self.load(&path) {
                Some(job) => {
                    if job.server == server && job.dealer == dealer && !job.is_finished() {
                        jobs.push(job);
                    }
                }
                None => {
                    let name = path
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    let aside = path.with_extension("jsonl.set-aside");
                    match std::fs::rename(&path, &aside) {
                        Ok(()) => {
                            tracing::warn!(file = %name, "a bulk run's file cannot be trusted: set aside")
                        }
                        Err(e) => {
                            tracing::warn!(file = %name, error = %e, "cannot set aside a bulk run's file")
                        }
                    }
                    set_aside.push(crate::model::text::printable(&name));
                }
            }
        }
        jobs.sort_by(|a, b| a.id.cmp(&b.id));
        (jobs, set_aside)
    }

    /// The operator is done with the run: its file goes.
    pub fn remove(&self, id: &str) -> std::io::Result<()> {
        match std::fs::remove_file(self.path(id)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// A run's id as [`Job::draft`] makes it (a time and a process number): no
/// separator, no dots that could climb out of the jobs' folder.
fn is_job_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && !id.starts_with('.')
        && !id.contains("..")
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '.' | '_'))
}

fn owner_only(options: &mut std::fs::OpenOptions) -> &mut std::fs::OpenOptions {
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(options, 0o600);
    options
}

/// Pause and cancel, shared between the screen and the run.
#[derive(Debug, Default)]
pub struct Control(AtomicU8);

const PAUSE: u8 = 1;
const CANCEL: u8 = 2;

impl Control {
    pub fn pause(&self) {
        self.0.store(PAUSE, Ordering::SeqCst);
    }

    pub fn cancel(&self) {
        self.0.store(CANCEL, Ordering::SeqCst);
    }

    fn stopping(&self) -> Option<Ending> {
        match self.0.load(Ordering::SeqCst) {
            PAUSE => Some(Ending::Paused),
            CANCEL => Some(Ending::Cancelled),
            _ => None,
        }
    }
}

/// Why a run stopped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ending {
    /// Every user is settled.
    Finished,
    Paused,
    Cancelled,
    /// The session ended (code 4): the rest waits for the next sign-in.
    SessionEnded,
}

/// What a run reports as it goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// A user's change moved on.
    Item(usize, ItemState),
    /// The job file could not be written: the run stops (a run that cannot
    /// be resumed safely is not run).
    NotKept(String),
    Ended(Ending),
}

/// Changes on their way at once: enough to keep the rate limit busy while
/// one waits for its answer.
pub const AT_ONCE: usize = 4;

/// Events wait for their listener one at a time: a run never gets far ahead
/// of what the operator sees, so a pause stops it within [`AHEAD`] users.
const WAITING_EVENTS: usize = 1;

/// At most this many users settle after the listener has seen one and
/// paused: the event waiting for it, the one being handed over, and the
/// rest of those on their way.
pub const AHEAD: usize = WAITING_EVENTS + AT_ONCE;

/// What a run needs from the session.
#[derive(Debug, Clone)]
pub struct Context {
    pub api: Arc<Api>,
    pub options: ClientOptions,
    pub journal: Journal,
    pub jobs: Jobs,
}

/// What a run reports, in order.
pub type Events = futures_util::stream::BoxStream<'static, Event>;

/// A new run (or one started again over its failed users): its file is
/// written whole first; a run that cannot be kept does not start. The
/// writing (synced to disk) happens on a blocking thread once the events
/// are asked for, not in the caller: screens start runs from `update`.
pub fn start(ctx: Context, job: Job, control: Arc<Control>) -> Events {
    futures_util::stream::once(async move {
        let jobs = ctx.jobs.clone();
        let written = tokio::task::spawn_blocking(move || {
            let created = jobs.create(&job);
            (job, created)
        })
        .await;
        let why = match written {
            Ok((job, Ok(()))) => return run(ctx, job, control),
            Ok((_, Err(e))) => e.to_string(),
            Err(e) => e.to_string(),
        };
        futures_util::stream::iter([Event::NotKept(why), Event::Ended(Ending::Paused)]).boxed()
    })
    .flatten()
    .boxed()
}

/// Runs `job` (its file written already) until every user is settled, or
/// it is paused or cancelled, or the session ends. The users whose change
/// was on its way when a run stopped before are read back first; the rest
/// go [`AT_ONCE`] at a time. The file is kept up to date, and removed once
/// the run is finished or cancelled (the journal keeps what was done).
/// Events come in the order the changes settle.
pub fn run(ctx: Context, job: Job, control: Arc<Control>) -> Events {
    // Every change of the run is journalled as part of it.
    let ctx = Context {
        journal: ctx.journal.in_bulk_run(&job.id),
        ..ctx
    };
    let (tx, rx) = tokio::sync::mpsc::channel(WAITING_EVENTS);
    tokio::spawn(async move {
        let ending = drive(&ctx, &job, &control, &tx).await;
        if matches!(ending, Ending::Finished | Ending::Cancelled)
            && let Err(e) = ctx.jobs.remove(&job.id)
        {
            tracing::warn!(error = %e, "a finished bulk run's file stays");
        }
        let _ = tx.send(Event::Ended(ending)).await;
    });
    futures_util::stream::unfold(rx, |mut rx| async move {
        let event = rx.recv().await?;
        Some((event, rx))
    })
    .boxed()
}

type Sender = tokio::sync::mpsc::Sender<Event>;

async fn drive(ctx: &Context, job: &Job, control: &Control, tx: &Sender) -> Ending {
    let keep = |index: usize, state: &ItemState| -> Result<(), String> {
        ctx.jobs
            .record(&job.id, index, state)
            .map_err(|e| e.to_string())
    };
    let todo: Vec<usize> = (0..job.items.len())
        .filter(|&i| !job.items[i].state.is_settled())
        .collect();
    let mut items = futures_util::stream::iter(todo)
        .map(|i| async move {
            if let Some(stop) = control.stopping() {
                return Step::Stopped(stop);
            }
            one(ctx, job, i, &keep).await
        })
        .buffer_unordered(AT_ONCE);
    let mut ending = Ending::Finished;
    while let Some(step) = items.next().await {
        match step {
            Step::Settled(i, state) => {
                if tx.send(Event::Item(i, state)).await.is_err() {
                    // Nobody listens (the screen is gone): what is on its
                    // way finishes, nothing new starts.
                    control.pause();
                }
            }
            Step::Stopped(why) => ending = why,
            Step::SessionEnded(i, state) => {
                let _ = tx.send(Event::Item(i, state)).await;
                control.pause();
                ending = Ending::SessionEnded;
            }
            Step::NotKept(why) => {
                let _ = tx.send(Event::NotKept(why)).await;
                control.pause();
                ending = Ending::Paused;
            }
        }
    }
    ending
}

enum Step {
    Settled(usize, ItemState),
    Stopped(Ending),
    /// The session ended: this user's state until the next sign-in.
    SessionEnded(usize, ItemState),
    NotKept(String),
}

/// One user's change: settled (read back first if it was on its way when
/// a run stopped), or sent once with its state kept before and after.
async fn one(
    ctx: &Context,
    job: &Job,
    index: usize,
    keep: &impl Fn(usize, &ItemState) -> Result<(), String>,
) -> Step {
    let item = &job.items[index];
    let state = match &item.state {
        ItemState::Sending { before, had } => {
            settle_lost(ctx, &job.action, item, *before, had.as_ref()).await
        }
        _ => Ok(None),
    };
    let settled = match state {
        Ok(Some(state)) => state,
        Ok(None) => send(ctx, &job.action, item, |state| keep(index, state)).await,
        // Still on its way, as far as anyone knows, until a read can tell.
        Err(e) if e.is_session_ended() => return Step::SessionEnded(index, item.state.clone()),
        Err(e) => ItemState::Unknown {
            reason: format!("could not read what happened: {e}"),
        },
    };
    let kept = keep(index, &settled);
    // The session ended before the change went: it waits for the next sign-in.
    if let ItemState::Waiting = settled {
        return Step::SessionEnded(index, settled);
    }
    match kept {
        Ok(()) => Step::Settled(index, settled),
        Err(why) => Step::NotKept(why),
    }
}

/// The change of one user's balance, as sent and journalled.
fn change_balance(item: &Item, kind: BalanceKind, amount: f64, text: &str) -> Request {
    Request::ChangeBalance {
        user_id: item.user_id,
        login: item.login.clone(),
        amount,
        kind,
        text: text.to_owned(),
    }
}

fn failed(e: &api::Error) -> ItemState {
    ItemState::Failed {
        reason: e.to_string(),
        code: e.api().map(|a| a.code),
    }
}

/// A user whose change was on its way when a run stopped: what the server
/// shows now says whether it was made (Some: settled), or that it was not
/// and may go again (None). A balance is judged against the one read
/// before it went; without that, it stays unknown.
async fn settle_lost(
    ctx: &Context,
    action: &BulkAction,
    item: &Item,
    before: Option<f64>,
    had: Option<&Had>,
) -> Result<Option<ItemState>, api::Error> {
    let (client, hash) = (&ctx.api.client, &ctx.api.hash);
    let read = client.user_read(hash, item.user_id).await;
    if let BulkAction::Delete { .. } = action {
        return match read {
            Err(e) if e.is(ErrorCode::NotFound) => Ok(Some(ItemState::Done {
                after: None,
                had: None,
            })),
            Err(e) => Err(e),
            Ok(_) => Ok(None),
        };
    }
    let record = read?;
    Ok(match action {
        BulkAction::Balance { kind, amount, text } => {
            let now = kind.of(&record.user);
            match before.map(|b| (b, verify::balance_landed(b, *amount, now))) {
                Some((before, Some(true))) => {
                    // Made, though its answer never came: journalled now.
                    let request = change_balance(item, *kind, *amount, text);
                    let found = Ok(Response::BalanceChanged { before, after: now });
                    request::record(&ctx.api, &ctx.journal, &request, &found).await;
                    Some(ItemState::Done {
                        after: Some(now),
                        had: None,
                    })
                }
                Some((_, Some(false))) => None,
                _ => Some(ItemState::Unknown {
                    reason: format!(
                        "the amount is {now}: whether this change made it cannot be told"
                    ),
                }),
            }
        }
        // An activation e-mail leaves nothing to read: it may have gone.
        BulkAction::ResendActivation => Some(ItemState::Unknown {
            reason: "the e-mail may have been sent".into(),
        }),
        other => reached(other, item, &record).then(|| ItemState::Done {
            after: None,
            had: had.cloned(),
        }),
    })
}

/// Whether the user already is as the action asks.
fn reached(action: &BulkAction, item: &Item, record: &api::UserRecord) -> bool {
    match action {
        BulkAction::Discount { discount } => {
            let d = record.discount.clone().unwrap_or_default();
            d.value == discount.value
                && d.min_trackers == discount.min_trackers
                && d.end_date.as_deref().map(|e| e.get(..10).unwrap_or(e))
                    == discount
                        .end_date
                        .as_deref()
                        .map(|e| e.get(..10).unwrap_or(e))
                && d.strategy == discount.strategy
        }
        BulkAction::Plan { plan_id } => record.default_tariff_id == Some(*plan_id),
        BulkAction::Mfa { allowed } => record.user.mfa_allowed == Some(*allowed),
        BulkAction::PutBack { had } => had
            .get(&item.user_id)
            .is_some_and(|had| reached(&had.action(), item, record)),
        BulkAction::Balance { .. } | BulkAction::ResendActivation | BulkAction::Delete { .. } => {
            false
        }
    }
}

/// Sends one user's change once (its state kept as `Sending` first) and
/// says how it went; `Waiting` when the session ended before it went.
async fn send(
    ctx: &Context,
    action: &BulkAction,
    item: &Item,
    keep: impl Fn(&ItemState) -> Result<(), String>,
) -> ItemState {
    let (client, hash) = (&ctx.api.client, &ctx.api.hash);
    let sending = |before, had| {
        keep(&ItemState::Sending { before, had }).map_err(|why| ItemState::Failed {
            reason: format!("not sent: the job file could not be written ({why})"),
            code: None,
        })
    };
    // What is read first: the user as it is (and the balance before).
    let record = match action {
        BulkAction::ResendActivation | BulkAction::Delete { .. } => None,
        _ => match client.user_read(hash, item.user_id).await {
            Ok(r) => Some(r),
            Err(e) if e.is_session_ended() => return ItemState::Waiting,
            Err(e) => return failed(&e),
        },
    };
    let request = match (action, &record) {
        (BulkAction::Balance { kind, amount, text }, Some(r)) => {
            let before = kind.of(&r.user);
            if let Err(s) = sending(Some(before), None) {
                return s;
            }
            let request = change_balance(item, *kind, *amount, text);
            let result: Answer = verify::change_balance_from(
                client,
                hash,
                item.user_id,
                before,
                (*amount, *kind),
                text,
            )
            .await
            .map(|(before, after)| Response::BalanceChanged { before, after });
            request::record(&ctx.api, &ctx.journal, &request, &result).await;
            return match result {
                Ok(Response::BalanceChanged { after, .. }) => ItemState::Done {
                    after: Some(after),
                    had: None,
                },
                Ok(_) => ItemState::Done {
                    after: None,
                    had: None,
                },
                Err(e) => outcome_of(&e),
            };
        }
        (_, Some(r)) if reached(action, item, r) => return ItemState::Unchanged,
        (BulkAction::PutBack { had }, Some(r)) => match had.get(&item.user_id).map(Had::action) {
            Some(BulkAction::Discount { discount }) => Request::UpdateUser {
                update: Box::new(update_of(r, Some(&discount), None)),
                before: Box::new(update_of(r, None, None)),
            },
            Some(BulkAction::Plan { plan_id }) => Request::UpdateUser {
                update: Box::new(update_of(r, None, Some(plan_id))),
                before: Box::new(update_of(r, None, None)),
            },
            _ => {
                return ItemState::Skipped {
                    reason: "nothing kept to put back".into(),
                };
            }
        },
        (BulkAction::Discount { discount }, Some(r)) => Request::UpdateUser {
            update: Box::new(update_of(r, Some(discount), None)),
            before: Box::new(update_of(r, None, None)),
        },
        (BulkAction::Plan { plan_id }, Some(r)) => Request::UpdateUser {
            update: Box::new(update_of(r, None, Some(*plan_id))),
            before: Box::new(update_of(r, None, None)),
        },
        (BulkAction::Mfa { allowed }, Some(r)) => Request::SetMfa {
            user_id: item.user_id,
            login: item.login.clone(),
            allowed: *allowed,
            before: r.user.mfa_allowed.unwrap_or(false),
        },
        (BulkAction::ResendActivation, _) if item.activated => {
            return ItemState::Skipped {
                reason: "activated already".into(),
            };
        }
        (BulkAction::ResendActivation, _) => Request::ResendActivation(item.login.clone()),
        (BulkAction::Delete { clones }, _) => Request::Corrupt {
            user_id: item.user_id,
            login: item.login.clone(),
            clones: *clones,
        },
        // Every action but these reads the user first.
        (_, None) => return ItemState::Waiting,
    };
    // What the user had, kept before the change goes: what an undo puts back.
    let had = record.as_ref().and_then(|r| Had::of(action, r));
    if let Err(s) = sending(None, had.clone()) {
        return s;
    }
    match request::run_journaled(
        Some(ctx.api.clone()),
        request,
        ctx.options.clone(),
        ctx.journal.clone(),
    )
    .await
    {
        Ok(_) => ItemState::Done { after: None, had },
        Err(e) => outcome_of(&e),
    }
}

/// A change that did not go through: refused, not made (safe to try
/// again), or unknown (never tried again without a read).
fn outcome_of(e: &api::Error) -> ItemState {
    match e {
        api::Error::Unconfirmed(_) => ItemState::Unknown {
            reason: e.to_string(),
        },
        e if e.is_session_ended() => ItemState::Waiting,
        e if e.outcome_unknown() => ItemState::Unknown {
            reason: e.to_string(),
        },
        e => failed(e),
    }
}

/// The whole user as the server has it, with a new discount or plan: what
/// an update sends (the comment stays as it is).
fn update_of(r: &api::UserRecord, discount: Option<&Discount>, plan: Option<i64>) -> UserUpdate {
    let mut update = UserUpdate::new(
        r.user.id,
        r.user.fields.clone(),
        discount
            .cloned()
            .or_else(|| r.discount.clone())
            .unwrap_or_default(),
    );
    update.default_tariff_id = plan.or(r.default_tariff_id);
    update
}
