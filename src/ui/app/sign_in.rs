//! Signing in and out: the login screen, the session it opens, what the
//! dealer may do and has, the screens parked when a session ends (given back
//! to the same dealer), and signing in as a user ("log in as user").

use super::{App, Awaits, Message, Parked, Session};

use crate::fl;
use crate::i18n;
use crate::sandbox::DEMO_DEALER;
use crate::session::{self, Api, Ask, Dealer, UserSession};
use crate::ui::action::Action;
use crate::ui::nav::Nav;
use crate::ui::screen::bulk::Bulk;
use crate::ui::screen::login::{self, Credentials, Login, Notice};
use crate::ui::screen::users::Users;
use crate::ui::widget::toast::Toast;
use crate::words;
use iced::Task;
use iced::widget::operation;
use std::sync::Arc;

impl App {
    /// The login screen as the settings leave it, with the sandbox's demo
    /// dealer to fill in.
    pub(super) fn login_screen(&self, notice: Option<Notice>) -> Login {
        let mut login = Login::new(
            self.settings.server,
            self.settings.custom_url.clone(),
            self.settings.login.clone(),
        )
        .with_saved_servers(self.settings.saved_servers.clone())
        .with_demo(Credentials {
            login: DEMO_DEALER.login.to_owned(),
            password: DEMO_DEALER.password.to_owned(),
        });
        login.sandbox_changed(self.sandbox_state.clone());
        match notice {
            Some(n) => login.with_notice(n),
            None => login,
        }
    }

    pub(super) fn login_update(&mut self, message: login::Message) -> Task<Message> {
        let Session::LoggedOut(login) = &mut self.session else {
            return Task::none();
        };
        match login.update(message) {
            login::Action::None => Task::none(),
            login::Action::Request(ask) => {
                let (request, narrow) = ask.into_parts();
                self.send(request, None, Awaits::Root(Box::new(narrow)))
            }
            login::Action::StartSandbox => {
                let remember = self.remember_login_form();
                Task::batch([remember, self.start_sandbox()])
            }
            login::Action::Remember => self.remember_login_form(),
        }
    }

    pub(super) fn remember_login_form(&mut self) -> Task<Message> {
        if let Session::LoggedOut(login) = &self.session {
            self.settings.server = login.server();
            self.settings.custom_url = login.custom_url().to_owned();
        }
        self.save_settings()
    }

    /// Signed out, by the operator or because the session ended: the
    /// screens are kept for the same dealer's next sign-in.
    pub(super) fn sign_out(&mut self, notice: Notice) {
        let login = self.login_screen(Some(notice));
        if let Session::LoggedIn { nav, .. } =
            std::mem::replace(&mut self.session, Session::LoggedOut(Box::new(login)))
        {
            self.parked = Some(Parked {
                nav,
                server: self.settings.server,
                login: self.settings.login.clone(),
            });
        }
    }

    /// The session is over (code 4): back to login, keeping the screens as they were.
    pub(super) fn session_ended(&mut self) -> Task<Message> {
        self.requests.clear();
        self.sign_out(Notice::SessionEnded);
        operation::focus(login::PASSWORD_ID)
    }

    pub(super) fn logged_in(&mut self, api: Arc<Api>) -> Task<Message> {
        if let Session::LoggedOut(login) = &mut self.session {
            let _ = login.update(login::Message::Answered(Ok(())));
            self.settings.server = login.server();
            self.settings.custom_url = login.custom_url().to_owned();
        }
        self.settings.login = api.login.clone();
        tracing::info!(dealer = %api.login, "signed in");
        if self.settings.server == crate::config::ServerKind::Custom {
            let url = self.settings.custom_url.clone();
            self.settings.remember_server(&url);
        }
        let save = self.save_settings();
        // Back where the operator was, if the same dealer signed in again.
        let resumed = match self.parked.take() {
            Some(p) if p.server == self.settings.server && p.login == self.settings.login => {
                Some(p.nav)
            }
            _ => None,
        };
        // Nothing hidden until the dealer's permissions are read.
        let dealer = Arc::new(Dealer::unknown());
        let Some(nav) = resumed else {
            let nav = Nav::new(Users::new(&self.settings.users));
            let users = nav.users_id();
            self.session = Session::LoggedIn { api, nav, dealer };
            let start = match self.nav_screen(users) {
                Some(list) => list.start(),
                None => Action::none(),
            };
            let read = self.read_dealer();
            let mut tasks = vec![save, self.carry_out(users, start), read];
            // A bulk run left unfinished is offered again, newest on top.
            for job in self.unfinished_runs() {
                tasks.push(self.open(Bulk::interrupted(job).into()));
            }
            return Task::batch(tasks);
        };
        let ids = nav.ids_from_top();
        self.session = Session::LoggedIn { api, nav, dealer };
        let mut tasks = vec![save, self.read_dealer()];
        for id in ids {
            let action = match self.nav_screen(id) {
                Some(screen) => screen.resumed(),
                None => continue,
            };
            tasks.push(self.carry_out(id, action));
        }
        Task::batch(tasks)
    }

    /// What the session knows about the dealer (unknown while signed out).
    pub fn dealer(&self) -> Option<Arc<session::Dealer>> {
        match &self.session {
            Session::LoggedIn { dealer, .. } => Some(dealer.clone()),
            Session::LoggedOut(_) => None,
        }
    }

    /// Reads what the dealer may do and has (after every sign-in).
    pub(super) fn read_dealer(&mut self) -> Task<Message> {
        let locale = i18n::current_language().tag();
        let (request, narrow) = Ask::dealer(locale.to_owned()).into_parts();
        self.send(request, None, Awaits::Dealer(Box::new(narrow)))
    }

    /// "Log in as user", as Navixy's panel does it: the customer's web
    /// interface opens signed in with the session key (the dealer's domain
    /// in the settings' template); the key is on the clipboard too. What is
    /// said is what happened: the browser's answer comes back as
    /// [`Message::BrowserOpened`].
    pub(super) fn hand_over(&mut self, session: &UserSession) -> Task<Message> {
        let key = session.key_for_handover().to_owned();
        let url = self
            .dealer()
            .and_then(|d| d.web_interface(self.settings.web_interface_template(), &key));
        let copy = iced::clipboard::write(key);
        let url = match url {
            None => {
                self.toasts.push(Toast::success(fl!("login-as-copied")));
                return copy;
            }
            Some(Err(problem)) => {
                self.toasts.push(Toast::failed(fl!(
                    "login-as-refused",
                    reason = words::web_interface_problem(&problem)
                )));
                return copy;
            }
            Some(Ok(url)) => url.to_string(),
        };
        self.opened = Some(url.clone());
        let browse = Task::perform(
            async move {
                tokio::task::spawn_blocking(move || {
                    webbrowser::open(&url).map_err(|e| e.to_string())
                })
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
            },
            Message::BrowserOpened,
        );
        Task::batch([copy, browse])
    }

    /// What the browser said to "log in as user".
    pub(super) fn browser_opened(&mut self, result: Result<(), String>) {
        self.toasts.push(match result {
            Ok(()) => Toast::success(fl!("login-as-opened")),
            Err(why) => {
                tracing::warn!(error = %why, "cannot open the web interface");
                Toast::failed(fl!("login-as-no-browser"))
            }
        });
    }
}
