//! What a screen asks the app to do: the one vocabulary of effects every
//! screen's `update` returns, carried out in one place (`App::carry_out`).
//! A screen never sends, saves or navigates itself; it says so here, and the
//! app does it on behalf of that screen instance, so an answer comes back to
//! the instance that asked or to nobody.

use crate::api;
use crate::config::SettingChange;
use crate::session::bulk::{self, Control, Job};
use crate::session::{Answer, Ask, Request, RequestKind, UserSession};
use crate::ui::files::{Pick, Save};
use crate::ui::screen::Screen;
use crate::ui::widget::toast::Toast;
use iced::Task;
use std::path::PathBuf;
use std::sync::Arc;

/// Turns an answer into the asking screen's own message.
pub type OnAnswer<M> = Box<dyn FnOnce(Answer) -> M + Send>;
/// Turns the file the operator chose (None: cancelled) into the screen's message.
pub type OnPick<M> = Box<dyn FnOnce(Option<PathBuf>) -> M + Send>;

/// Something that happened that other screens on the stack may need to show:
/// the app tells every screen still open after carrying out the rest.
#[derive(Debug, Clone, PartialEq)]
pub enum Happened {
    /// What the dealer may do and has was read (after a sign-in); a screen
    /// just opened is told what is known too.
    Dealer(Arc<crate::session::Dealer>),
    /// A user was saved (created: the new id).
    UserSaved { user_id: Option<i64>, created: bool },
    /// A user was deleted: screens about that user close.
    UserDeleted(i64),
    /// Users were created by an import.
    UsersImported(usize),
    /// A bulk run finished: these users' changes failed (the users list
    /// keeps them chosen, to try again, and lets go of the rest).
    BulkFinished { failed: Vec<i64> },
}

pub enum Effect<M> {
    /// Send this request; its answer comes back as the message `answer` makes,
    /// to this screen instance only. A newer request of the same kind from the
    /// same screen supersedes (and aborts) the older one.
    Request(Request, OnAnswer<M>),
    /// Send this request beside the screen's others of its kind: none of them
    /// supersedes another (the balance watch reads several users at once).
    /// Its answer comes back as the message `answer` makes.
    Alongside(Request, OnAnswer<M>),
    /// Send this request; nobody waits for its answer (a user session ended
    /// on the way out).
    Send(Request),
    /// Stop waiting for this screen's request of this kind (its answer is dropped).
    Cancel(RequestKind),
    /// Work whose messages come back to this screen.
    Run(Task<M>),
    Toast(Toast),
    /// Ask where (unless known) and write the file; the app says where it went.
    SaveFile(Save),
    /// Ask the operator for a file; the choice comes back to this screen.
    PickFile(Pick, OnPick<M>),
    /// A setting changed (the Settings screen, the users list's columns and
    /// filters): apply and remember it.
    Setting(SettingChange),
    /// Open a screen over this one.
    Open(Box<Screen>),
    /// Close this screen (and anything over it).
    Close,
    /// Tell the screens still open what happened.
    Tell(Happened),
    /// "Log in as user": give the operator this session (clipboard, web interface).
    HandOver(Arc<UserSession>),
    /// Run bulk work with the session; its events come back to this screen.
    Bulk(Box<BulkRun<M>>),
}

/// Bulk work to run: the job, whether it is new (its file written first),
/// how the screen pauses or cancels it, and its events as the screen's messages.
pub struct BulkRun<M> {
    pub job: Job,
    pub fresh: bool,
    pub control: Arc<Control>,
    pub on_event: Box<dyn Fn(bulk::Event) -> M + Send>,
}

/// Effects in the order they are carried out.
#[must_use]
pub struct Action<M>(Vec<Effect<M>>);

impl<M> Default for Action<M> {
    fn default() -> Self {
        Action(Vec::new())
    }
}

impl<M> From<Effect<M>> for Action<M> {
    fn from(effect: Effect<M>) -> Self {
        Action(vec![effect])
    }
}

impl<M: Send + 'static> Action<M> {
    pub fn none() -> Self {
        Action::default()
    }

    /// Send this request; its answer, narrowed to what the request answers
    /// with, comes back as the message `answer` makes.
    pub fn ask<T: 'static>(
        ask: Ask<T>,
        answer: impl FnOnce(Result<T, api::Error>) -> M + Send + 'static,
    ) -> Self {
        let (request, narrow) = ask.into_parts();
        Effect::Request(request, Box::new(move |a| answer(narrow(a)))).into()
    }

    /// As [`Action::ask`], but beside the screen's other requests of this
    /// kind rather than in place of them.
    pub fn ask_alongside<T: 'static>(
        ask: Ask<T>,
        answer: impl FnOnce(Result<T, api::Error>) -> M + Send + 'static,
    ) -> Self {
        let (request, narrow) = ask.into_parts();
        Effect::Alongside(request, Box::new(move |a| answer(narrow(a)))).into()
    }

    pub fn run(task: Task<M>) -> Self {
        Effect::Run(task).into()
    }

    pub fn toast(toast: Toast) -> Self {
        Effect::Toast(toast).into()
    }

    pub fn save_file(save: Save) -> Self {
        Effect::SaveFile(save).into()
    }

    pub fn pick_file(
        pick: Pick,
        chosen: impl FnOnce(Option<PathBuf>) -> M + Send + 'static,
    ) -> Self {
        Effect::PickFile(pick, Box::new(chosen)).into()
    }

    pub fn open(screen: Screen) -> Self {
        Effect::Open(Box::new(screen)).into()
    }

    pub fn close() -> Self {
        Effect::Close.into()
    }

    pub fn tell(what: Happened) -> Self {
        Effect::Tell(what).into()
    }

    /// This, then `other`.
    pub fn and(mut self, other: impl Into<Action<M>>) -> Self {
        self.0.extend(other.into().0);
        self
    }

    pub fn is_none(&self) -> bool {
        self.0.is_empty()
    }

    pub fn effects(&self) -> &[Effect<M>] {
        &self.0
    }

    pub fn into_effects(self) -> Vec<Effect<M>> {
        self.0
    }

    /// The requests among the effects (tests look at what would be sent).
    pub fn requests(&self) -> impl Iterator<Item = &Request> {
        self.0.iter().filter_map(|e| match e {
            Effect::Request(r, _) | Effect::Alongside(r, _) | Effect::Send(r) => Some(r),
            _ => None,
        })
    }

    /// The same effects, for a wider message type.
    pub fn map<N: Send + 'static>(self, f: impl Fn(M) -> N + Clone + Send + 'static) -> Action<N> {
        Action(
            self.0
                .into_iter()
                .map(|effect| {
                    let f = f.clone();
                    match effect {
                        Effect::Request(r, answer) => {
                            Effect::Request(r, Box::new(move |a| f(answer(a))))
                        }
                        Effect::Alongside(r, answer) => {
                            Effect::Alongside(r, Box::new(move |a| f(answer(a))))
                        }
                        Effect::Send(r) => Effect::Send(r),
                        Effect::Cancel(kind) => Effect::Cancel(kind),
                        Effect::Run(task) => Effect::Run(task.map(f)),
                        Effect::Toast(t) => Effect::Toast(t),
                        Effect::SaveFile(s) => Effect::SaveFile(s),
                        Effect::PickFile(p, chosen) => {
                            Effect::PickFile(p, Box::new(move |path| f(chosen(path))))
                        }
                        Effect::Setting(c) => Effect::Setting(c),
                        Effect::Open(s) => Effect::Open(s),
                        Effect::Close => Effect::Close,
                        Effect::Tell(h) => Effect::Tell(h),
                        Effect::HandOver(s) => Effect::HandOver(s),
                        Effect::Bulk(run) => {
                            let BulkRun {
                                job,
                                fresh,
                                control,
                                on_event,
                            } = *run;
                            Effect::Bulk(Box::new(BulkRun {
                                job,
                                fresh,
                                control,
                                on_event: Box::new(move |e| f(on_event(e))),
                            }))
                        }
                    }
                })
                .collect(),
        )
    }
}

impl<M> std::fmt::Debug for Effect<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Effect::Request(r, _) => write!(f, "Request({:?})", r.kind()),
            Effect::Alongside(r, _) => write!(f, "Alongside({:?})", r.kind()),
            Effect::Send(r) => write!(f, "Send({:?})", r.kind()),
            Effect::Cancel(k) => write!(f, "Cancel({k:?})"),
            Effect::Run(_) => f.write_str("Run"),
            Effect::Toast(t) => write!(f, "Toast({:?})", t.text),
            Effect::SaveFile(s) => write!(f, "SaveFile({})", s.file_name),
            Effect::PickFile(p, _) => write!(f, "PickFile({p:?})"),
            Effect::Setting(c) => write!(f, "Setting({c:?})"),
            Effect::Open(_) => f.write_str("Open"),
            Effect::Close => f.write_str("Close"),
            Effect::Tell(h) => write!(f, "Tell({h:?})"),
            Effect::HandOver(_) => f.write_str("HandOver"),
            Effect::Bulk(run) => write!(f, "Bulk({})", run.job.id),
        }
    }
}

impl<M> std::fmt::Debug for Action<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(&self.0).finish()
    }
}
