//! What tests and the runtime read of the app (and the few switches tests
//! set): the session, where the operator is, settings, toasts, the journal.

use super::{App, Message, Modal, Pending, Session};
use crate::api;
use crate::config::Settings;
use crate::journal::Journal;
use crate::session::Api;
use crate::ui::chooser::Chooser;
use crate::ui::nav::Nav;
use crate::ui::screen::login::Login;
use crate::ui::screen::users;
use crate::ui::screen::{self, Screen};
use crate::ui::widget::toast;
use iced::window;
use std::sync::Arc;

impl App {
    /// Requests waiting for an answer, oldest first.
    pub fn pending(&self) -> impl Iterator<Item = (u64, &Pending)> {
        self.requests.iter()
    }

    /// The logged-in session, for running a pending request (tests drive the
    /// app this way against a real sandbox).
    pub fn session(&self) -> Option<Arc<Api>> {
        match &self.session {
            Session::LoggedIn { api, .. } => Some(api.clone()),
            Session::LoggedOut(_) => None,
        }
    }

    pub fn is_logged_in(&self) -> bool {
        matches!(self.session, Session::LoggedIn { .. })
    }

    /// The login screen, while signed out.
    pub fn login(&self) -> Option<&Login> {
        match &self.session {
            Session::LoggedOut(login) => Some(login),
            Session::LoggedIn { .. } => None,
        }
    }

    /// Where the operator is, while signed in.
    pub fn nav(&self) -> Option<&Nav> {
        match &self.session {
            Session::LoggedIn { nav, .. } => Some(nav),
            Session::LoggedOut(_) => None,
        }
    }

    /// The screen the operator sees, while signed in.
    pub fn top(&self) -> Option<&Screen> {
        self.nav().map(|n| &n.top().screen)
    }

    /// The screen on top, to change what only a test or a tool changes
    /// (an import's batch size); the app itself never writes a screen.
    pub fn top_mut(&mut self) -> Option<&mut Screen> {
        let id = self.nav()?.top().id;
        self.nav_screen(id)
    }

    /// A message for the screen on top.
    pub fn to_top(&self, m: impl Into<screen::Message>) -> Option<Message> {
        let id = self.nav()?.top().id;
        Some(Message::Screen(id, m.into()))
    }

    /// A message for the users list.
    pub fn to_users(&self, m: users::Message) -> Option<Message> {
        let id = self.nav()?.users_id();
        Some(Message::Screen(id, m.into()))
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn toasts(&self) -> &[toast::Shown] {
        &self.toasts.list
    }

    pub fn journal(&self) -> &Journal {
        &self.journal
    }

    /// The last address handed to the web browser ("log in as user").
    pub fn opened_in_browser(&self) -> Option<&str> {
        self.opened.as_deref()
    }

    /// The window asked to close and the operator is being asked first.
    pub fn quit_asked(&self) -> Option<window::Id> {
        match self.modal {
            Some(Modal::Quit(id)) => Some(id),
            _ => None,
        }
    }

    pub fn confirming_logout(&self) -> bool {
        self.modal == Some(Modal::Logout)
    }

    /// Whether files are chosen with the system's dialog (or the app's own).
    pub fn set_system_dialogs(&mut self, on: bool) {
        self.system_dialogs = on;
    }

    /// The in-app file chooser, while it is open.
    pub fn chooser(&self) -> Option<&Chooser> {
        self.choosing.as_ref().map(|c| &c.dialog)
    }

    /// The client's timeouts for the next sign-in (tests shorten them).
    pub fn set_client_options(&mut self, options: api::ClientOptions) {
        self.client_options = options;
    }

    /// Whether closing the window now would lose something the operator did,
    /// on a screen (also one kept from a session that ended) or on its way.
    pub fn unsaved_work(&self) -> bool {
        let unsaved = |nav: &Nav| nav.iter().any(|o| o.screen.unsaved());
        self.nav().is_some_and(unsaved)
            || self.parked.as_ref().is_some_and(|p| unsaved(&p.nav))
            || self.requests.changing_data()
    }
}
