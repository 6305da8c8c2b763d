//! What the screens that act as a user share (the user's applications, the
//! customer's view): a session as that user (`panel/user/session/create`),
//! opened when the screen starts, opened again when the user API says it
//! ended (code 4 there is the user's session, not the dealer's), and closed
//! (`user/logout`) when the operator leaves.

use crate::api;
use crate::session::{Ask, Request, UserSession};
use crate::ui::action::{Action, Effect};
use std::sync::Arc;

#[derive(Debug, Clone, PartialEq)]
pub enum State {
    OpeningSession,
    Loading,
    Loaded,
    Failed(api::Error),
}

/// The answer to opening the session, as a screen's message carries it.
pub type Opened = Result<Arc<UserSession>, api::Error>;

#[derive(Debug, Clone)]
pub struct AsUser {
    user_id: i64,
    /// Names the user in the journal.
    login: String,
    session: Option<Arc<UserSession>>,
    state: State,
}

impl AsUser {
    pub fn new(user_id: i64, login: String) -> Self {
        AsUser {
            user_id,
            login,
            session: None,
            state: State::OpeningSession,
        }
    }

    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    pub fn session(&self) -> Option<&Arc<UserSession>> {
        self.session.as_ref()
    }

    pub fn state(&self) -> &State {
        &self.state
    }

    /// Loads what the screen shows with `load`, opening a session first
    /// when there is none (its answer comes back as `opened`).
    pub fn refresh<M: Send + 'static>(
        &mut self,
        opened: fn(Opened) -> M,
        load: impl FnOnce(Arc<UserSession>) -> Action<M>,
    ) -> Action<M> {
        match self.session.clone() {
            Some(session) => {
                self.state = State::Loading;
                load(session)
            }
            None => {
                self.state = State::OpeningSession;
                let ask = Ask::open_user_session(self.user_id, self.login.clone());
                Action::ask(ask, opened)
            }
        }
    }

    /// The session opened (then `load` with it), or could not be.
    pub fn opened<M: Send + 'static>(
        &mut self,
        result: Opened,
        load: impl FnOnce(Arc<UserSession>) -> Action<M>,
    ) -> Action<M> {
        match result {
            Ok(session) => {
                self.session = Some(session.clone());
                self.state = State::Loading;
                load(session)
            }
            Err(e) => {
                self.state = State::Failed(e);
                Action::none()
            }
        }
    }

    pub fn loaded(&mut self) {
        self.state = State::Loaded;
    }

    pub fn failed(&mut self, e: api::Error) {
        self.state = State::Failed(e);
    }

    /// True when `e` says the user's session ended: it is forgotten, and the
    /// screen opens a new one with `refresh`.
    pub fn ended(&mut self, e: &api::Error) -> bool {
        let ended = e.is_session_ended();
        if ended {
            self.session = None;
        }
        ended
    }

    /// After the dealer logged in again: the user's session may have ended
    /// with the dealer's, so a new one is opened on the next refresh.
    pub fn forget(&mut self) {
        self.session = None;
    }

    /// Leaving: the session is ended on the server, and the screen closes.
    pub fn leave<M: Send + 'static>(&mut self) -> Action<M> {
        let close = match self.session.take() {
            // Nobody waits for this answer: the screen is gone by then.
            Some(s) => Effect::Send(Request::CloseUserSession(s)).into(),
            None => Action::none(),
        };
        close.and(Action::close())
    }
}
