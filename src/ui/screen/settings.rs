//! What was only in `settings.toml`, on a screen: the on-premise servers'
//! addresses kept for the login screen, where "log in as user" opens the
//! customer's web interface, how long a request may take, and the folder
//! the app keeps its data in. A change applies as soon as it is valid.

use crate::api;
use crate::config::{Drawing, SettingChange, Settings as Saved};
use crate::fl;
use crate::session::dealer::{DOMAIN, SESSION_KEY, WEB_INTERFACE_TEMPLATE};
use crate::ui::action::{Action, Effect};
use crate::ui::screen::Page;
use crate::ui::widget::{self, Note, icon};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, radio, row, scrollable, text, text_input};
use iced::{Alignment, Element, Length, Task};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub enum Message {
    /// The address typed to add to the kept servers.
    ServerTyped(String),
    AddServer,
    RemoveServer(usize),
    TemplateTyped(String),
    /// Back to Navixy's own address.
    DefaultTemplate,
    TimeoutTyped(String),
    DrawingChosen(Drawing),
    OpenDataFolder,
    /// The data folder could not be opened: why.
    FolderNotOpened(String),
    Back,
}

#[derive(Debug, Clone)]
pub struct Settings {
    servers: Vec<String>,
    server_typed: String,
    server_problem: Option<String>,
    template: String,
    timeout: String,
    drawing: Drawing,
    /// What this start draws with, said under the choice.
    drawing_now: Option<String>,
    data_dir: PathBuf,
    folder_problem: Option<String>,
}

impl Settings {
    pub fn new(saved: &Saved, data_dir: PathBuf) -> Self {
        Settings {
            servers: saved.saved_servers.clone(),
            server_typed: String::new(),
            server_problem: None,
            template: saved.web_interface_template().to_owned(),
            timeout: saved.request_timeout().as_secs().to_string(),
            drawing: saved.drawing,
            drawing_now: None,
            data_dir,
            folder_problem: None,
        }
    }

    pub fn with_drawing_now(mut self, words: Option<String>) -> Self {
        self.drawing_now = words;
        self
    }

    pub fn servers(&self) -> &[String] {
        &self.servers
    }

    pub fn template(&self) -> &str {
        &self.template
    }

    /// What is wrong with the timeout typed, if anything.
    fn timeout_problem(&self) -> Option<String> {
        match self.timeout.trim().parse::<u64>() {
            Ok(s) if (1..=600).contains(&s) => None,
            _ => Some(fl!("settings-timeout-range")),
        }
    }

    /// What is wrong with the template, if anything: it must be an http(s)
    /// address (the placeholders aside).
    fn template_problem(&self) -> Option<String> {
        let t = self.template.trim();
        if t.is_empty() {
            return None; // only copy the key
        }
        let sample = t.replace(DOMAIN, "example.com").replace(SESSION_KEY, "key");
        match url::Url::parse(&sample) {
            Ok(u) if matches!(u.scheme(), "http" | "https") && u.host().is_some() => None,
            _ => Some(fl!("settings-template-invalid")),
        }
    }

    fn servers_changed(&self) -> Action<Message> {
        Effect::Setting(SettingChange::SavedServers(self.servers.clone())).into()
    }
}

/// A titled part of the screen, saying what it is for.
fn section<'a>(
    title: String,
    about: String,
    rows: Vec<Element<'a, Message>>,
) -> Element<'a, Message> {
    container(
        column![
            text(title).size(17),
            text(about).size(13).style(text::secondary)
        ]
        .extend(rows)
        .spacing(10),
    )
    .padding(14)
    .width(Length::Fill)
    .style(container::bordered_box)
    .into()
}

impl Page for Settings {
    type Message = Message;

    fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::ServerTyped(s) => {
                self.server_typed = s;
                self.server_problem = None;
                Action::none()
            }
            Message::AddServer => {
                let typed = self.server_typed.trim().to_owned();
                // Kept only as the login screen would take it.
                if let Err(e) = api::Client::new(&typed) {
                    self.server_problem = Some(crate::words::errors::describe(&e));
                    return Action::none();
                }
                self.servers.retain(|s| s.trim() != typed);
                self.servers.insert(0, typed);
                self.servers.truncate(crate::config::SAVED_SERVERS);
                self.server_typed.clear();
                self.servers_changed()
            }
            Message::RemoveServer(i) => {
                if i < self.servers.len() {
                    self.servers.remove(i);
                }
                self.servers_changed()
            }
            Message::TemplateTyped(t) => {
                self.template = t;
                if self.template_problem().is_some() {
                    return Action::none();
                }
                let kept = self.template.trim().to_owned();
                let value = (kept != WEB_INTERFACE_TEMPLATE).then_some(kept);
                Effect::Setting(SettingChange::WebInterface(value)).into()
            }
            Message::DefaultTemplate => {
                self.template = WEB_INTERFACE_TEMPLATE.to_owned();
                Effect::Setting(SettingChange::WebInterface(None)).into()
            }
            Message::TimeoutTyped(t) => {
                self.timeout = t.chars().filter(char::is_ascii_digit).take(4).collect();
                if self.timeout_problem().is_some() {
                    return Action::none();
                }
                let secs = self.timeout.trim().parse().ok();
                Effect::Setting(SettingChange::RequestTimeout(secs)).into()
            }
            Message::DrawingChosen(drawing) => {
                self.drawing = drawing;
                Effect::Setting(SettingChange::Drawing(drawing)).into()
            }
            Message::OpenDataFolder => {
                self.folder_problem = None;
                let dir = self.data_dir.clone();
                Action::run(
                    Task::future(async move {
                        let opened = tokio::task::spawn_blocking(move || {
                            std::fs::create_dir_all(&dir)?;
                            crate::ui::files::open_folder(&dir)
                        })
                        .await;
                        match opened {
                            Ok(Ok(())) => None,
                            Ok(Err(e)) => Some(Message::FolderNotOpened(e.to_string())),
                            Err(e) => Some(Message::FolderNotOpened(e.to_string())),
                        }
                    })
                    .and_then(Task::done),
                )
            }
            Message::FolderNotOpened(why) => {
                self.folder_problem = Some(fl!("settings-folder-not-opened", reason = why));
                Action::none()
            }
            Message::Back => Action::close(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let back = icon::back_button(icon::BackTo::Previous).on_press(Message::Back);
        let title = row![back, text(fl!("settings-title")).size(22)]
            .spacing(16)
            .align_y(Alignment::Center);
        let mut servers: Vec<Element<'_, Message>> = self
            .servers
            .iter()
            .enumerate()
            .map(|(i, s)| {
                row![
                    text(s).width(Length::Fill),
                    button(icon::clear().size(14))
                        .style(button::text)
                        .on_press(Message::RemoveServer(i)),
                ]
                .align_y(Alignment::Center)
                .into()
            })
            .collect();
        if servers.is_empty() {
            servers.push(
                text(fl!("settings-servers-none"))
                    .style(text::secondary)
                    .into(),
            );
        }
        servers.push(widget::field(
            fl!("settings-server-add-label"),
            row![
                text_input("https://navixy.example.com/api-v2/", &self.server_typed)
                    .on_input(Message::ServerTyped)
                    .on_submit(Message::AddServer),
                button(text(fl!("settings-server-add"))).on_press_maybe(
                    (!self.server_typed.trim().is_empty()).then_some(Message::AddServer)
                ),
            ]
            .spacing(8),
            self.server_problem.clone().map(Note::Error),
        ));
        let web = vec![
            widget::field(
                fl!("settings-template"),
                text_input(WEB_INTERFACE_TEMPLATE, &self.template).on_input(Message::TemplateTyped),
                self.template_problem().map(Note::Error),
            ),
            button(text(fl!("settings-template-default")))
                .style(button::secondary)
                .on_press_maybe(
                    (self.template.trim() != WEB_INTERFACE_TEMPLATE)
                        .then_some(Message::DefaultTemplate),
                )
                .into(),
        ];
        let timeout = vec![widget::field(
            fl!("settings-timeout"),
            text_input("30", &self.timeout)
                .on_input(Message::TimeoutTyped)
                .width(120),
            self.timeout_problem().map(Note::Error),
        )];
        let drawing = Drawing::ALL
            .iter()
            .map(|&d| {
                let label = match d {
                    Drawing::GraphicsCard => fl!("drawing-graphics-card"),
                    Drawing::Processor => fl!("drawing-processor"),
                };
                radio(label, d, Some(self.drawing), Message::DrawingChosen).into()
            })
            .chain(
                self.drawing_now
                    .as_ref()
                    .map(|now| text(now).size(13).style(text::secondary).into()),
            )
            .collect();
        let folder = vec![widget::field(
            self.data_dir.display().to_string(),
            icon::button_with(icon::folder(), fl!("settings-open-folder"))
                .style(button::secondary)
                .on_press(Message::OpenDataFolder),
            self.folder_problem.clone().map(Note::Error),
        )];
        let body = column![
            section(
                fl!("settings-servers"),
                fl!("settings-servers-about"),
                servers
            ),
            section(fl!("settings-web"), fl!("settings-web-about"), web),
            section(
                fl!("settings-timeout-title"),
                fl!("settings-timeout-about"),
                timeout
            ),
            section(
                fl!("settings-drawing"),
                fl!("settings-drawing-about"),
                drawing
            ),
            section(fl!("settings-folder"), fl!("settings-folder-about"), folder),
        ]
        .spacing(12)
        .max_width(860);
        // Room on the right for the scrollbar, so it never covers a section.
        column![
            title,
            scrollable(container(body).padding(iced::Padding::ZERO.right(16))).height(Length::Fill)
        ]
        .spacing(14)
        .padding(12)
        .into()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }
}
