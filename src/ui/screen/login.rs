//! The login screen: which server, who, and the password (never stored).

use crate::api::{self, EU_CLOUD, US_CLOUD};
use crate::config::ServerKind;
use crate::fl;
use crate::session::{Api, Ask, Secret};
use crate::ui::widget;
use crate::words::errors;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, row, space, text, text_input};
use iced::{Element, Length};
use std::sync::Arc;

pub const LOGIN_ID: &str = "login-login";
pub const PASSWORD_ID: &str = "login-password";

/// The embedded sandbox, as far as this screen cares.
#[derive(Debug, Clone, PartialEq)]
pub enum SandboxState {
    NotStarted,
    Starting,
    Ready(String),
    Failed(String),
}

/// Why the operator is (back) on this screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Notice {
    SessionEnded,
    LoggedOut,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    Server(api::Error),
    /// Custom URL: not a URL.
    BadUrl,
    /// Custom URL: plain http to a host that is not this machine.
    HttpsRequired,
    MissingCredentials,
}

/// A login and password to fill in for the operator (the sandbox's demo dealer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub login: String,
    pub password: String,
}

#[derive(Debug, Clone)]
pub struct Login {
    server: ServerKind,
    custom_url: String,
    /// On-premise addresses kept in the settings, to pick from.
    saved_servers: Vec<String>,
    login: String,
    password: String,
    sandbox: SandboxState,
    busy: bool,
    problem: Option<Problem>,
    notice: Option<Notice>,
    /// Filled in when the sandbox is chosen.
    demo: Option<Credentials>,
}

#[derive(Debug, Clone)]
pub enum Message {
    ServerPicked(ServerKind),
    CustomUrl(String),
    Login(String),
    Password(String),
    Submit,
    Answered(Result<(), api::Error>),
}

pub enum Action {
    None,
    Request(Ask<Arc<Api>>),
    /// The operator picked the sandbox and it is not running yet.
    StartSandbox,
    /// Remember the server choice and login.
    Remember,
}

/// A server in the operator's words.
fn server_name(server: &ServerKind) -> String {
    match server {
        ServerKind::Sandbox => fl!("server-sandbox"),
        ServerKind::EuCloud => fl!("server-eu"),
        ServerKind::UsCloud => fl!("server-us"),
        ServerKind::Custom => fl!("server-custom"),
    }
}

/// True for addresses on this machine, where plain http is acceptable.
fn is_loopback(url: &reqwest::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    }
}

/// The API root for a custom (on-premise) address: https, except on loopback.
pub fn custom_base_url(input: &str) -> Result<String, Problem> {
    let input = input.trim();
    let with_scheme = if input.contains("://") {
        input.to_owned()
    } else {
        format!("https://{input}")
    };
    let url = reqwest::Url::parse(&with_scheme).map_err(|_| Problem::BadUrl)?;
    if url.host().is_none() || !matches!(url.scheme(), "http" | "https") {
        return Err(Problem::BadUrl);
    }
    if url.scheme() == "http" && !is_loopback(&url) {
        return Err(Problem::HttpsRequired);
    }
    Ok(url.to_string())
}

impl Login {
    pub fn new(server: ServerKind, custom_url: String, login: String) -> Self {
        Login {
            server,
            custom_url,
            saved_servers: Vec::new(),
            login,
            password: String::new(),
            sandbox: SandboxState::NotStarted,
            busy: false,
            problem: None,
            notice: None,
            demo: None,
        }
    }

    /// The on-premise servers' addresses to offer.
    pub fn with_saved_servers(mut self, servers: Vec<String>) -> Self {
        self.saved_servers = servers;
        self
    }

    /// The credentials to fill in on the sandbox.
    pub fn with_demo(mut self, demo: Credentials) -> Self {
        self.demo = Some(demo);
        self.prefill_demo();
        self
    }

    /// Why the operator is (back) here. After signing out on purpose no
    /// password is left filled in, not even the sandbox's demo one (the
    /// sandbox's line says it).
    pub fn with_notice(mut self, notice: Notice) -> Self {
        if notice == Notice::LoggedOut {
            self.password.clear();
            self.demo = None;
        }
        self.notice = Some(notice);
        self
    }

    /// On the sandbox, the demo dealer is filled in (unless someone else logs in).
    fn prefill_demo(&mut self) {
        let Some(demo) = &self.demo else {
            return;
        };
        if self.server == ServerKind::Sandbox && (self.login.is_empty() || self.login == demo.login)
        {
            self.login = demo.login.clone();
            self.password = demo.password.clone();
        }
    }

    pub fn server(&self) -> ServerKind {
        self.server
    }

    pub fn custom_url(&self) -> &str {
        &self.custom_url
    }

    pub fn login(&self) -> &str {
        &self.login
    }

    pub fn password(&self) -> &str {
        &self.password
    }

    pub fn sandbox(&self) -> &SandboxState {
        &self.sandbox
    }

    /// Signing in is under way.
    pub fn is_busy(&self) -> bool {
        self.busy
    }

    pub fn problem(&self) -> Option<&Problem> {
        self.problem.as_ref()
    }

    pub fn notice(&self) -> Option<Notice> {
        self.notice
    }

    /// Enter signs in, wherever the focus is.
    pub fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Enter)).then_some(Message::Submit)
    }

    pub fn needs_sandbox(&self) -> bool {
        self.server == ServerKind::Sandbox && self.sandbox == SandboxState::NotStarted
    }

    pub fn sandbox_changed(&mut self, state: SandboxState) {
        self.sandbox = state;
    }

    fn base_url(&self) -> Result<Option<String>, Problem> {
        match self.server {
            ServerKind::Sandbox => Ok(match &self.sandbox {
                SandboxState::Ready(url) => Some(url.clone()),
                _ => None,
            }),
            ServerKind::EuCloud => Ok(Some(EU_CLOUD.to_owned())),
            ServerKind::UsCloud => Ok(Some(US_CLOUD.to_owned())),
            ServerKind::Custom => custom_base_url(&self.custom_url).map(Some),
        }
    }

    pub fn can_submit(&self) -> bool {
        !self.busy
            && !self.login.trim().is_empty()
            && !self.password.is_empty()
            && !matches!(self.base_url(), Ok(None))
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::ServerPicked(server) => {
                self.server = server;
                self.problem = None;
                self.prefill_demo();
                if self.needs_sandbox() {
                    Action::StartSandbox
                } else {
                    Action::Remember
                }
            }
            Message::CustomUrl(url) => {
                self.custom_url = url;
                self.problem = None;
                Action::None
            }
            Message::Login(login) => {
                self.login = login;
                Action::None
            }
            Message::Password(password) => {
                self.password = password;
                Action::None
            }
            Message::Submit => {
                if self.busy {
                    return Action::None;
                }
                if self.login.trim().is_empty() || self.password.is_empty() {
                    self.problem = Some(Problem::MissingCredentials);
                    return Action::None;
                }
                match self.base_url() {
                    Err(p) => {
                        self.problem = Some(p);
                        Action::None
                    }
                    Ok(None) => Action::None, // the sandbox is still starting
                    Ok(Some(base_url)) => {
                        self.busy = true;
                        self.problem = None;
                        Action::Request(Ask::login(
                            base_url,
                            self.login.trim().to_owned(),
                            Secret(self.password.clone()),
                        ))
                    }
                }
            }
            Message::Answered(result) => {
                self.busy = false;
                match result {
                    Ok(()) => {
                        self.password.clear();
                        self.notice = None;
                        Action::Remember
                    }
                    Err(e) => {
                        self.problem = Some(Problem::Server(e));
                        Action::None
                    }
                }
            }
        }
    }

    fn problem_text(&self) -> Option<String> {
        self.problem.as_ref().map(|p| match p {
            Problem::Server(e) => errors::describe(e),
            Problem::BadUrl => fl!("login-bad-url"),
            Problem::HttpsRequired => fl!("login-https-required"),
            Problem::MissingCredentials => fl!("login-missing-credentials"),
        })
    }

    pub fn view(&self) -> Element<'_, Message> {
        let mut form = column![
            text(fl!("login-title")).size(24),
            text(fl!("login-subtitle")).size(14).style(text::secondary),
            widget::labeled(
                fl!("login-server"),
                widget::choice(
                    ServerKind::ALL,
                    Some(self.server),
                    server_name,
                    Message::ServerPicked
                )
                .width(Length::Fill)
            ),
        ]
        .spacing(14)
        .width(420);

        if self.server == ServerKind::Custom {
            form = form.push(widget::labeled(
                fl!("login-custom-url"),
                text_input("https://navixy.example.com/api-v2/", &self.custom_url)
                    .on_input(Message::CustomUrl)
                    .on_submit(Message::Submit),
            ));
            if !self.saved_servers.is_empty() {
                let current = self
                    .saved_servers
                    .iter()
                    .find(|s| s.trim() == self.custom_url.trim())
                    .cloned();
                form = form.push(
                    widget::choice(
                        self.saved_servers.clone(),
                        current,
                        Clone::clone,
                        Message::CustomUrl,
                    )
                    .placeholder(fl!("login-saved-servers"))
                    .width(Length::Fill),
                );
            }
        }
        let sandbox_line = match (&self.server, &self.sandbox) {
            (ServerKind::Sandbox, SandboxState::Starting | SandboxState::NotStarted) => Some(
                text(fl!("login-sandbox-starting"))
                    .size(13)
                    .style(text::secondary),
            ),
            (ServerKind::Sandbox, SandboxState::Ready(_)) => Some(
                text(fl!("login-sandbox-ready"))
                    .size(13)
                    .style(text::secondary),
            ),
            (ServerKind::Sandbox, SandboxState::Failed(why)) => Some(
                text(fl!("login-sandbox-failed", reason = why.clone()))
                    .size(13)
                    .style(text::danger),
            ),
            _ => None,
        };
        if let Some(line) = sandbox_line {
            form = form.push(line);
        }
        form = form
            .push(widget::labeled(
                fl!("login-login"),
                text_input("", &self.login)
                    .id(LOGIN_ID)
                    .on_input(Message::Login)
                    .on_submit(Message::Submit),
            ))
            .push(widget::labeled(
                fl!("login-password"),
                text_input("", &self.password)
                    .id(PASSWORD_ID)
                    .secure(true)
                    .on_input(Message::Password)
                    .on_submit(Message::Submit),
            ));
        // Why the operator is here, or what went wrong: in a space kept for
        // it, so the card (centred) never moves under the cursor.
        let message: Element<'_, Message> = match (self.problem_text(), self.notice) {
            (Some(problem), _) => text(problem).size(14).style(text::danger).into(),
            (None, Some(notice)) => text(match notice {
                Notice::SessionEnded => fl!("login-session-ended"),
                Notice::LoggedOut => fl!("login-logged-out"),
            })
            .size(14)
            .style(text::primary)
            .into(),
            (None, None) => space().into(),
        };
        form = form.push(container(message).height(40));
        let label = if self.busy {
            fl!("login-signing-in")
        } else {
            fl!("login-submit")
        };
        // Centred by a container, not by the text's own alignment: a
        // right-to-left label (Arabic) aligned to the centre of a wide text
        // is drawn beyond the button's right edge.
        let submit = button(container(text(label)).center_x(Length::Fill))
            .width(Length::Fill)
            .padding(10)
            .on_press_maybe(self.can_submit().then_some(Message::Submit));
        form = form.push(row![submit]);
        // Centred when it fits; in a window too low for it (half a screen,
        // longer words) the card scrolls instead of losing its button.
        let card = container(form).padding(28).style(container::rounded_box);
        container(
            iced::widget::scrollable(container(card).center_x(Length::Fill)).height(Length::Shrink),
        )
        .center(Length::Fill)
        .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signing_out_leaves_no_password_not_even_the_demo_one() {
        let demo = Credentials {
            login: "demo".into(),
            password: "demo1234".into(),
        };
        let fresh =
            Login::new(ServerKind::Sandbox, String::new(), String::new()).with_demo(demo.clone());
        assert_eq!(fresh.password(), "demo1234", "a first start fills it in");
        let mut out = Login::new(ServerKind::Sandbox, String::new(), "demo".into())
            .with_demo(demo)
            .with_notice(Notice::LoggedOut);
        out.sandbox_changed(SandboxState::Ready("http://127.0.0.1:1/v2/".into()));
        assert_eq!((out.login(), out.password()), ("demo", ""));
    }

    #[test]
    fn https_required_except_on_this_machine() {
        assert_eq!(
            custom_base_url("navixy.example.com/api-v2").unwrap(),
            "https://navixy.example.com/api-v2"
        );
        assert_eq!(
            custom_base_url("http://navixy.example.com/api-v2/"),
            Err(Problem::HttpsRequired)
        );
        assert!(custom_base_url("http://127.0.0.1:8470/v2/").is_ok());
        assert!(custom_base_url("http://localhost:8470/v2/").is_ok());
        assert!(custom_base_url("http://[::1]:8470/v2/").is_ok());
        assert_eq!(custom_base_url("https://"), Err(Problem::BadUrl));
        assert_eq!(custom_base_url("ftp://x.example.com"), Err(Problem::BadUrl));
    }
}
