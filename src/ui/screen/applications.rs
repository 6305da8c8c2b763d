//! A user's applications (the external apps in the customer's web interface).
//! Reached with the user's own session (`panel/user/session/create`), which the
//! screen holds and ends (`user/logout`) when the operator leaves.

use crate::api;
use crate::fl;
use crate::model::validation::{self, APP_DESCRIPTION_MAX, APP_NAME_MAX};
use crate::model::{
    Application, ApplicationAuthorization, ApplicationDraft, DisplayMethod, ErrorCode, Rule,
};
use crate::ui::client::{Request, RequestKind, Response, UserSession};
use crate::ui::errors;
use crate::ui::widget::{self, toast};
use iced::widget::{
    button, checkbox, column, container, pick_list, row, scrollable, space, text, text_input,
    toggler,
};
use iced::{Alignment, Element, Length};
use std::collections::HashMap;
use std::sync::Arc;

pub const NAME_ID: &str = "app-name";

/// How the application authenticates the customer, as the form offers it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuthChoice {
    None,
    UserSession,
    ApiKey,
}

impl std::fmt::Display for AuthChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            AuthChoice::None => fl!("app-auth-none"),
            AuthChoice::UserSession => fl!("app-auth-user-session"),
            AuthChoice::ApiKey => fl!("app-auth-api-key"),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Method(pub DisplayMethod);

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.0 {
            DisplayMethod::NewTab => fl!("app-display-new-tab"),
            DisplayMethod::Embedded => fl!("app-display-embedded"),
        })
    }
}

/// The create/edit form. Everything typed stays here until a save succeeds.
#[derive(Debug, Clone, PartialEq)]
pub struct AppForm {
    pub id: Option<i64>,
    pub name: String,
    pub url: String,
    pub icon: String,
    pub enabled: bool,
    pub description: String,
    pub display_method: DisplayMethod,
    pub auth: AuthChoice,
    pub api_key: String,
    pub saving: bool,
    /// Problems by API parameter (`application.url`...): ours as the operator
    /// types, or the server's after a refused save.
    pub server_errors: HashMap<String, String>,
    /// Fields the operator has edited: only their rules show (all after a save attempt).
    pub touched: std::collections::HashSet<&'static str>,
}

impl AppForm {
    fn new() -> Self {
        AppForm {
            id: None,
            name: String::new(),
            url: "https://".into(),
            icon: String::new(),
            enabled: true,
            description: String::new(),
            display_method: DisplayMethod::NewTab,
            auth: AuthChoice::UserSession,
            api_key: String::new(),
            saving: false,
            server_errors: HashMap::new(),
            touched: Default::default(),
        }
    }

    fn edit(app: &Application) -> Self {
        let (auth, api_key) = match &app.authorization {
            None => (AuthChoice::None, String::new()),
            Some(ApplicationAuthorization::ApiKey { hash }) => {
                (AuthChoice::ApiKey, hash.clone().unwrap_or_default())
            }
            Some(ApplicationAuthorization::UserSession) => (AuthChoice::UserSession, String::new()),
        };
        AppForm {
            id: Some(app.id),
            name: app.name.clone(),
            url: app.url.clone(),
            icon: app.icon.clone().unwrap_or_default(),
            enabled: app.is_enabled,
            description: app.description.clone().unwrap_or_default(),
            display_method: app.display_method.unwrap_or(DisplayMethod::NewTab),
            auth,
            api_key,
            saving: false,
            server_errors: HashMap::new(),
            touched: Default::default(),
        }
    }

    /// What is sent: the seed's names; the newer fields only where the server has them.
    pub fn draft(&self, extended: bool) -> ApplicationDraft {
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());
        ApplicationDraft {
            id: self.id,
            name: self.name.trim().to_owned(),
            url: self.url.trim().to_owned(),
            icon: text(&self.icon),
            is_enabled: self.enabled,
            description: extended.then(|| self.description.trim().to_owned()),
            display_method: extended.then_some(self.display_method),
            // "None" is no `authorization` at all: the spec knows only these two.
            authorization: extended
                .then(|| match self.auth {
                    AuthChoice::None => None,
                    AuthChoice::UserSession => Some(ApplicationAuthorization::UserSession),
                    AuthChoice::ApiKey => Some(ApplicationAuthorization::ApiKey {
                        hash: text(&self.api_key),
                    }),
                })
                .flatten(),
        }
    }

    /// The shared rules (`model::validation`), by parameter.
    pub fn problems(&self, extended: bool) -> HashMap<String, Rule> {
        validation::validate_application(&self.draft(extended))
            .into_iter()
            .map(|e| (e.parameter, e.rule))
            .collect()
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum State {
    OpeningSession,
    Loading,
    Loaded,
    Failed(api::Error),
}

#[derive(Debug, Clone)]
pub struct Applications {
    pub user_id: i64,
    pub user_name: String,
    pub session: Option<Arc<UserSession>>,
    pub apps: Vec<Application>,
    pub state: State,
    pub form: Option<AppForm>,
    pub confirm_delete: Option<i64>,
    /// Toggles on their way: the value to restore if the server refuses.
    pub toggling: HashMap<i64, bool>,
}

#[derive(Debug, Clone)]
pub enum FormField {
    Name(String),
    Url(String),
    Icon(String),
    Enabled(bool),
    Description(String),
    Display(Method),
    Auth(AuthChoice),
    ApiKey(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    Answered(RequestKind, Result<Response, api::Error>),
    Toggle(i64, bool),
    New,
    Edit(i64),
    Field(FormField),
    Save,
    CancelForm,
    Delete(i64),
    DeleteConfirmed,
    DeleteCancelled,
    Refresh,
    Back,
}

pub enum Action {
    None,
    /// Requests to send, and a toast to show (kind, text, Navixy code).
    Do {
        requests: Vec<Request>,
        toast: Option<(toast::Kind, String, Option<u32>)>,
    },
    /// Leave; end the user session if there is one.
    Back(Option<Request>),
}

impl Applications {
    /// Work closing the window would lose: a form typed in or being saved,
    /// or an enable/disable whose answer has not come yet.
    pub fn unsaved(&self) -> bool {
        !self.toggling.is_empty()
            || self
                .form
                .as_ref()
                .is_some_and(|f| f.saving || !f.touched.is_empty())
    }

    pub fn new(user_id: i64, user_name: String) -> (Self, Request) {
        let screen = Applications {
            user_id,
            user_name,
            session: None,
            apps: Vec::new(),
            state: State::OpeningSession,
            form: None,
            confirm_delete: None,
            toggling: HashMap::new(),
        };
        (screen, Request::OpenUserSession(user_id))
    }

    /// Whether the server reports the newer fields (description, display, authorization).
    pub fn extended(&self) -> bool {
        self.apps.iter().any(|a| {
            a.description.is_some() || a.display_method.is_some() || a.authorization.is_some()
        })
    }

    /// Loads again, opening a new user session if there is none.
    pub fn refresh(&mut self) -> Action {
        match &self.session {
            Some(s) => {
                self.state = State::Loading;
                Action::request(Request::ListApps(s.clone()))
            }
            None => {
                self.state = State::OpeningSession;
                Action::request(Request::OpenUserSession(self.user_id))
            }
        }
    }

    fn failed(&mut self, e: &api::Error) -> Action {
        Action::toast(toast::Kind::Error, errors::describe(e), errors::code(e))
    }

    /// The application is gone (code 201, deleted meanwhile): reload and say so.
    fn gone(&mut self) -> Action {
        self.form = None;
        self.refresh()
            .and_toast(toast::Kind::Error, fl!("app-gone"))
    }

    fn answered(&mut self, kind: RequestKind, result: Result<Response, api::Error>) -> Action {
        if let Err(e) = &result {
            // The user's session ended (not the dealer's): open a new one.
            if kind.uses_user_session() && e.is_session_ended() {
                self.session = None;
                for (id, previous) in self.toggling.drain() {
                    if let Some(app) = self.apps.iter_mut().find(|a| a.id == id) {
                        app.is_enabled = previous;
                    }
                }
                if let Some(form) = &mut self.form {
                    form.saving = false;
                }
                return self.refresh();
            }
        }
        match (kind, result) {
            (RequestKind::OpenUserSession, Ok(Response::UserSession(s))) => {
                self.session = Some(s);
                self.refresh()
            }
            (RequestKind::ListApps, Ok(Response::Apps(apps))) => {
                self.apps = apps;
                self.state = State::Loaded;
                Action::None
            }
            (RequestKind::OpenUserSession | RequestKind::ListApps, Err(e)) => {
                self.state = State::Failed(e);
                Action::None
            }
            (RequestKind::SetAppEnabled(id), Ok(_)) => {
                self.toggling.remove(&id);
                Action::None
            }
            (RequestKind::SetAppEnabled(id), Err(e)) => {
                // Optimistic: the switch moved at once; put it back.
                if let (Some(previous), Some(app)) = (
                    self.toggling.remove(&id),
                    self.apps.iter_mut().find(|a| a.id == id),
                ) {
                    app.is_enabled = previous;
                }
                if e.is(ErrorCode::NotFound) {
                    return self.gone();
                }
                self.failed(&e)
            }
            (RequestKind::SaveApp, Ok(_)) => {
                let created = self.form.as_ref().is_some_and(|f| f.id.is_none());
                self.form = None;
                let text = if created {
                    fl!("app-created")
                } else {
                    fl!("app-saved")
                };
                self.refresh().and_toast(toast::Kind::Success, text)
            }
            (RequestKind::SaveApp, Err(e)) => {
                if e.is(ErrorCode::NotFound) {
                    return self.gone();
                }
                let Some(form) = &mut self.form else {
                    return self.failed(&e);
                };
                form.saving = false;
                form.server_errors = e
                    .api()
                    .map(|a| {
                        a.errors
                            .iter()
                            .map(|p| (p.parameter.clone(), p.error.clone()))
                            .collect()
                    })
                    .unwrap_or_default();
                if form.server_errors.is_empty() {
                    self.failed(&e)
                } else {
                    Action::None
                }
            }
            (RequestKind::DeleteApp(id), Ok(_)) => {
                self.apps.retain(|a| a.id != id);
                Action::toast(toast::Kind::Success, fl!("app-deleted"), None)
            }
            (RequestKind::DeleteApp(_), Err(e)) => {
                if e.is(ErrorCode::NotFound) {
                    return self.gone();
                }
                self.failed(&e)
            }
            (_, Err(e)) => self.failed(&e),
            (_, Ok(_)) => Action::None,
        }
    }

    pub fn update(&mut self, message: Message) -> Action {
        match message {
            Message::Answered(kind, result) => self.answered(kind, result),
            Message::Toggle(id, on) => {
                let Some(session) = self.session.clone() else {
                    return Action::None;
                };
                let Some(app) = self.apps.iter_mut().find(|a| a.id == id) else {
                    return Action::None;
                };
                self.toggling.entry(id).or_insert(app.is_enabled);
                app.is_enabled = on;
                Action::request(Request::SetAppEnabled(session, id, on))
            }
            Message::New => {
                self.form = Some(AppForm::new());
                Action::None
            }
            Message::Edit(id) => {
                self.form = self.apps.iter().find(|a| a.id == id).map(AppForm::edit);
                Action::None
            }
            Message::Field(field) => {
                let Some(form) = &mut self.form else {
                    return Action::None;
                };
                let param = match &field {
                    FormField::Name(_) => "application.name",
                    FormField::Url(_) => "application.url",
                    FormField::Description(_) => "application.description",
                    _ => "",
                };
                form.server_errors.remove(param);
                form.touched.insert(param);
                match field {
                    FormField::Name(v) => form.name = v,
                    FormField::Url(v) => form.url = v,
                    FormField::Icon(v) => form.icon = v,
                    FormField::Enabled(v) => form.enabled = v,
                    FormField::Description(v) => form.description = v,
                    FormField::Display(m) => form.display_method = m.0,
                    FormField::Auth(a) => form.auth = a,
                    FormField::ApiKey(v) => form.api_key = v,
                }
                Action::None
            }
            Message::Save => {
                let extended = self.extended();
                let (Some(form), Some(session)) = (&mut self.form, self.session.clone()) else {
                    return Action::None;
                };
                if form.saving {
                    return Action::None;
                }
                if !form.problems(extended).is_empty() {
                    form.touched.extend([
                        "application.name",
                        "application.url",
                        "application.description",
                    ]);
                    return Action::None;
                }
                form.saving = true;
                Action::request(Request::SaveApp(session, form.draft(extended)))
            }
            Message::CancelForm => {
                self.form = None;
                Action::None
            }
            Message::Delete(id) => {
                self.confirm_delete = Some(id);
                Action::None
            }
            Message::DeleteCancelled => {
                self.confirm_delete = None;
                Action::None
            }
            Message::DeleteConfirmed => match (self.confirm_delete.take(), self.session.clone()) {
                (Some(id), Some(session)) => Action::request(Request::DeleteApp(session, id)),
                _ => Action::None,
            },
            Message::Refresh => self.refresh(),
            Message::Back => Action::Back(self.session.take().map(Request::CloseUserSession)),
        }
    }

    fn form_view<'a>(&'a self, form: &'a AppForm) -> Element<'a, Message> {
        let extended = self.extended();
        let problems = form.problems(extended);
        let error_for = |param: &str| -> Option<String> {
            form.server_errors.get(param).cloned().or_else(|| {
                problems
                    .get(param)
                    .filter(|_| form.touched.contains(param))
                    .map(crate::i18n::rule_text)
            })
        };
        let field =
            |label: String, input: Element<'a, Message>, param: &str| -> Element<'a, Message> {
                let mut col = column![widget::labeled(label, input)].spacing(2);
                if let Some(e) = error_for(param) {
                    col = col.push(text(e).size(13).style(text::danger));
                }
                col.into()
            };
        let name_count = form.name.trim().chars().count();
        let mut col = column![
            text(if form.id.is_some() {
                fl!("app-edit-title")
            } else {
                fl!("app-new-title")
            })
            .size(20),
            field(
                fl!("app-name", count = name_count, max = APP_NAME_MAX),
                text_input("", &form.name)
                    .id(NAME_ID)
                    .on_input(|v| Message::Field(FormField::Name(v)))
                    .on_submit(Message::Save)
                    .into(),
                "application.name",
            ),
            field(
                fl!("app-url"),
                text_input("https://", &form.url)
                    .on_input(|v| Message::Field(FormField::Url(v)))
                    .on_submit(Message::Save)
                    .into(),
                "application.url",
            ),
            text(fl!("app-url-hint")).size(12).style(text::secondary),
            field(
                fl!("app-icon"),
                text_input("", &form.icon)
                    .on_input(|v| Message::Field(FormField::Icon(v)))
                    .into(),
                "application.icon"
            ),
            checkbox(form.enabled)
                .label(fl!("app-enabled"))
                .on_toggle(|v| Message::Field(FormField::Enabled(v))),
        ]
        .spacing(10);
        if extended {
            let methods = [
                Method(DisplayMethod::NewTab),
                Method(DisplayMethod::Embedded),
            ];
            let auths = [
                AuthChoice::None,
                AuthChoice::UserSession,
                AuthChoice::ApiKey,
            ];
            col = col
                .push(field(
                    fl!(
                        "app-description",
                        count = form.description.trim().chars().count(),
                        max = APP_DESCRIPTION_MAX
                    ),
                    text_input("", &form.description)
                        .on_input(|v| Message::Field(FormField::Description(v)))
                        .into(),
                    "application.description",
                ))
                .push(widget::labeled(
                    fl!("app-display"),
                    pick_list(methods, Some(Method(form.display_method)), |m| {
                        Message::Field(FormField::Display(m))
                    }),
                ))
                .push(widget::labeled(
                    fl!("app-auth"),
                    pick_list(auths, Some(form.auth), |a| {
                        Message::Field(FormField::Auth(a))
                    }),
                ));
            if form.auth == AuthChoice::ApiKey {
                col = col.push(widget::labeled(
                    fl!("app-api-key"),
                    text_input("", &form.api_key)
                        .on_input(|v| Message::Field(FormField::ApiKey(v))),
                ));
            }
        }
        // Save stays clickable while the form breaks a rule: clicking shows every problem.
        let can_save = !form.saving;
        col = col.push(
            row![
                button(text(fl!("cancel")))
                    .style(button::secondary)
                    .on_press(Message::CancelForm),
                button(text(if form.saving {
                    fl!("saving")
                } else {
                    fl!("save")
                }))
                .on_press_maybe(can_save.then_some(Message::Save)),
            ]
            .spacing(10),
        );
        container(col)
            .padding(16)
            .width(460)
            .style(container::rounded_box)
            .into()
    }

    fn list_view(&self) -> Element<'_, Message> {
        match &self.state {
            State::OpeningSession | State::Loading if self.apps.is_empty() => {
                return container(text(fl!("apps-loading")).style(text::secondary))
                    .center(Length::Fill)
                    .into();
            }
            State::Failed(e) => {
                return container(
                    column![
                        text(errors::describe(e)).style(text::danger),
                        button(text(fl!("users-retry"))).on_press(Message::Refresh)
                    ]
                    .spacing(10),
                )
                .center(Length::Fill)
                .into();
            }
            _ if self.apps.is_empty() => {
                return container(text(fl!("apps-empty")).style(text::secondary))
                    .center(Length::Fill)
                    .into();
            }
            _ => {}
        }
        let rows = self.apps.iter().map(|app| {
            let icon = container(text(
                app.icon
                    .clone()
                    .unwrap_or_default()
                    .chars()
                    .next()
                    .unwrap_or('□')
                    .to_uppercase()
                    .to_string(),
            ))
            .center_x(32)
            .center_y(32)
            .style(container::secondary);
            let mut info = column![
                text(&app.name).size(16),
                text(&app.url)
                    .size(13)
                    .style(text::secondary)
                    .wrapping(text::Wrapping::None)
            ]
            .spacing(2);
            if let Some(d) = app.description.as_ref().filter(|d| !d.is_empty()) {
                info = info.push(text(d).size(13));
            }
            let id = app.id;
            container(
                row![
                    icon,
                    container(info).width(Length::Fill).clip(true),
                    toggler(app.is_enabled)
                        .label(if app.is_enabled {
                            fl!("app-on")
                        } else {
                            fl!("app-off")
                        })
                        .on_toggle(move |on| Message::Toggle(id, on)),
                    button(text(fl!("edit")))
                        .style(button::secondary)
                        .on_press(Message::Edit(id)),
                    button(text(fl!("delete")))
                        .style(button::danger)
                        .on_press(Message::Delete(id)),
                ]
                .spacing(14)
                .align_y(Alignment::Center),
            )
            .padding(10)
            .style(container::bordered_box)
            .into()
        });
        scrollable(column(rows).spacing(8))
            .height(Length::Fill)
            .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let header = row![
            button(text(fl!("details-back-user")))
                .style(button::secondary)
                .on_press(Message::Back),
            text(fl!("apps-title", user = self.user_name.clone())).size(22),
            space::horizontal(),
            button(text(fl!("app-new"))).on_press_maybe(
                (self.session.is_some() && self.form.is_none()).then_some(Message::New)
            ),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        let mut body = row![self.list_view()].spacing(16);
        if let Some(form) = &self.form {
            body = body.push(self.form_view(form));
        }
        column![header, body].spacing(14).padding(12).into()
    }
}

impl Action {
    fn request(r: Request) -> Action {
        Action::Do {
            requests: vec![r],
            toast: None,
        }
    }

    fn toast(kind: toast::Kind, text: String, code: Option<u32>) -> Action {
        Action::Do {
            requests: Vec::new(),
            toast: Some((kind, text, code)),
        }
    }

    /// The same requests, with a toast to show beside them.
    fn and_toast(self, kind: toast::Kind, text: String) -> Action {
        match self {
            Action::Do { requests, .. } => Action::Do {
                requests,
                toast: Some((kind, text, None)),
            },
            Action::None => Action::toast(kind, text, None),
            other => other,
        }
    }
}
