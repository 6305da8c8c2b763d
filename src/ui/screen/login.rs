//! The login screen: which server, who, and the password (never stored).

use crate::api::{self, EU_CLOUD, US_CLOUD};
use crate::config::ServerKind;
use crate::fl;
use crate::sandbox::DEMO_DEALER;
use crate::ui::client::{Request, Secret};
use crate::ui::{errors, widget};
use iced::widget::{button, column, container, pick_list, row, text, text_input};
use iced::{Alignment, Element, Length};

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

#[derive(Debug, Clone)]
pub struct Login {
    pub server: ServerKind,
    pub custom_url: String,
    pub login: String,
    pub password: String,
    pub sandbox: SandboxState,
    pub busy: bool,
    pub problem: Option<Problem>,
    pub notice: Option<Notice>,
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
    Request(Request),
    /// The operator picked the sandbox and it is not running yet.
    StartSandbox,
    /// Remember the server choice and login.
    Remember,
}

impl Server {
    fn label(self) -> String {
        match self.0 {
            ServerKind::Sandbox => fl!("server-sandbox"),
            ServerKind::EuCloud => fl!("server-eu"),
            ServerKind::UsCloud => fl!("server-us"),
            ServerKind::Custom => fl!("server-custom"),
        }
    }
}

/// A server choice as the pick list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Server(ServerKind);

impl std::fmt::Display for Server {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
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
        let mut screen = Login {
            server,
            custom_url,
            login,
            password: String::new(),
            sandbox: SandboxState::NotStarted,
            busy: false,
            problem: None,
            notice: None,
        };
        screen.prefill_demo();
        screen
    }

    /// On the sandbox, the demo dealer is filled in (unless someone else logs in).
    fn prefill_demo(&mut self) {
        if self.server == ServerKind::Sandbox
            && (self.login.is_empty() || self.login == DEMO_DEALER.login)
        {
            self.login = DEMO_DEALER.login.to_owned();
            self.password = DEMO_DEALER.password.to_owned();
        }
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
                        Action::Request(Request::Login {
                            base_url,
                            login: self.login.trim().to_owned(),
                            password: Secret(self.password.clone()),
                        })
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
        let servers: Vec<Server> = ServerKind::ALL.into_iter().map(Server).collect();
        let mut form = column![
            text(fl!("login-title")).size(26),
            text(fl!("login-subtitle")).size(14).style(text::secondary),
            widget::labeled(
                fl!("login-server"),
                pick_list(servers, Some(Server(self.server)), |s| {
                    Message::ServerPicked(s.0)
                })
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
        if let Some(notice) = self.notice {
            let msg = match notice {
                Notice::SessionEnded => fl!("login-session-ended"),
                Notice::LoggedOut => fl!("login-logged-out"),
            };
            form = form.push(text(msg).size(14).style(text::primary));
        }
        if let Some(problem) = self.problem_text() {
            form = form.push(text(problem).size(14).style(text::danger));
        }
        let label = if self.busy {
            fl!("login-signing-in")
        } else {
            fl!("login-submit")
        };
        let submit = button(text(label).width(Length::Fill).align_x(Alignment::Center))
            .width(Length::Fill)
            .padding(10)
            .on_press_maybe(self.can_submit().then_some(Message::Submit));
        form = form.push(row![submit]);
        container(container(form).padding(28).style(container::rounded_box))
            .center(Length::Fill)
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
