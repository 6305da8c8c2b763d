//! Requests on their way: who asked, who waits for the answer, and the rule
//! that a newer request of one kind from one asker supersedes the older.

use crate::api;
use crate::session::{Answer, Api, Dealer, Request, RequestKind, audit};
use crate::ui::action::OnAnswer;
use crate::ui::screen::{self, ScreenId};
use std::collections::BTreeMap;
use std::time::{Duration, Instant};

/// How the root narrows an answer it waits for itself.
pub(super) type Narrow<T> = Box<dyn FnOnce(Answer) -> Result<T, api::Error> + Send>;

/// Who waits for an answer.
pub(super) enum Awaits {
    /// The root itself (signing in).
    Root(Narrow<std::sync::Arc<Api>>),
    /// The root: what the dealer may do and has, told to every screen.
    Dealer(Narrow<std::sync::Arc<Dealer>>),
    /// A screen instance, with what turns the answer into its message.
    Screen(OnAnswer<screen::Message>),
    /// Nobody (ending a session on the way out).
    Nobody,
}

/// A request on its way. Dropping it (superseded, cancelled, or the session
/// ended) aborts the HTTP call.
pub struct Pending {
    pub kind: RequestKind,
    pub request: Request,
    /// The screen instance that asked (None: the app itself).
    pub from: Option<ScreenId>,
    /// The session it was sent in (None: signed out).
    pub session: Option<std::sync::Arc<crate::session::Api>>,
    pub started: Instant,
    /// Sent beside the asker's others of its kind: it supersedes none.
    pub alongside: bool,
    pub(super) awaits: Awaits,
    pub(super) _abort: iced::task::Handle,
}

impl Pending {
    fn awaited(&self) -> bool {
        !matches!(self.awaits, Awaits::Nobody)
    }
}

#[derive(Default)]
pub(super) struct Requests {
    next_id: u64,
    pending: BTreeMap<u64, Pending>,
}

impl Requests {
    /// The id the next request gets.
    pub fn next_id(&mut self) -> u64 {
        self.next_id += 1;
        self.next_id
    }

    /// Keeps `pending` under `id`; an awaited request replaces (and aborts)
    /// the awaited one of the same kind from the same asker.
    pub fn insert(&mut self, id: u64, pending: Pending) {
        if pending.awaited() && !pending.alongside {
            let (from, kind) = (pending.from, pending.kind);
            self.pending
                .retain(|_, p| !p.awaited() || p.from != from || p.kind != kind);
        }
        self.pending.insert(id, pending);
    }

    /// The request answered: None when superseded, cancelled or answered already.
    pub fn take(&mut self, id: u64) -> Option<Pending> {
        self.pending.remove(&id)
    }

    /// The screen `from` no longer waits for its request of this kind.
    pub fn cancel(&mut self, from: ScreenId, kind: RequestKind) {
        self.pending
            .retain(|_, p| !p.awaited() || p.from != Some(from) || p.kind != kind);
    }

    /// Forgets (and aborts) everything: the session ended.
    pub fn clear(&mut self) {
        self.pending.clear();
    }

    pub fn iter(&self) -> impl Iterator<Item = (u64, &Pending)> {
        self.pending.iter().map(|(id, p)| (*id, p))
    }

    pub fn is_empty(&self) -> bool {
        self.pending.is_empty()
    }

    /// Some request has run for longer than `after`.
    pub fn busy(&self, now: Instant, after: Duration) -> bool {
        self.pending
            .values()
            .any(|p| now.saturating_duration_since(p.started) >= after)
    }

    /// A change is on its way: its outcome is not known yet.
    pub fn changing_data(&self) -> bool {
        self.pending
            .values()
            .any(|p| audit::changes_data(&p.request))
    }
}
