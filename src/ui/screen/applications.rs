//! A user's applications (the external apps in the customer's web interface).
//! Reached with the user's own session (see `parts::acting_as_user`), which the screen
//! holds and ends when the operator leaves.

use crate::api;
use crate::fl;
use crate::model::validation::{self, APP_DESCRIPTION_MAX, APP_NAME_MAX};
use crate::model::{
    Application, ApplicationAuthorization, ApplicationDraft, DisplayMethod, ErrorCode, Rule,
};
use crate::session::{Ask, UserSession};
use crate::ui::parts::acting_as_user::{AsUser, Opened, State};
use crate::ui::screen::Page;
use crate::ui::widget::icon;
use crate::ui::widget::modal::{self, Confirm};
use crate::ui::widget::toast::Toast;
use crate::ui::widget::{self, Note};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{
    button, checkbox, column, container, operation, responsive, row, scrollable, space, text,
    text_input, toggler,
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

impl AuthChoice {
    const ALL: [AuthChoice; 3] = [Self::None, Self::UserSession, Self::ApiKey];

    fn label(&self) -> String {
        match self {
            AuthChoice::None => fl!("app-auth-none"),
            AuthChoice::UserSession => fl!("app-auth-user-session"),
            AuthChoice::ApiKey => fl!("app-auth-api-key"),
        }
    }
}

fn method_label(m: &DisplayMethod) -> String {
    match m {
        DisplayMethod::NewTab => fl!("app-display-new-tab"),
        DisplayMethod::Embedded => fl!("app-display-embedded"),
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

#[derive(Debug, Clone)]
pub struct Applications {
    as_user: AsUser,
    user_name: String,
    apps: Vec<Application>,
    form: Option<AppForm>,
    confirm_delete: Option<i64>,
    /// Toggles on their way: the value to restore if the server refuses.
    toggling: HashMap<i64, bool>,
}

#[derive(Debug, Clone)]
pub enum FormField {
    Name(String),
    Url(String),
    Icon(String),
    Enabled(bool),
    Description(String),
    Display(DisplayMethod),
    Auth(AuthChoice),
    ApiKey(String),
}

#[derive(Debug, Clone)]
pub enum Message {
    SessionOpened(Opened),
    Listed(Result<Vec<Application>, api::Error>),
    /// An application switched on or off (or not).
    Switched(i64, Result<(), api::Error>),
    Saved(Result<Option<i64>, api::Error>),
    Deleted(i64, Result<(), api::Error>),
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

type Action = crate::ui::action::Action<Message>;

/// The application form's width.
const FORM_WIDTH: f32 = 460.0;
/// The least a card leaves for an application's name and address.
const NAME_MIN: f32 = 180.0;
/// A card: the square with the name's first letter, the gaps between its
/// parts, its padding.
const LETTER: f32 = 32.0;
const CARD_SPACING: f32 = 14.0;
const CARD_PADDING: f32 = 10.0;

impl Applications {
    /// The applications of this user; the session opens when the screen starts.
    pub fn new(user_id: i64, login: String, user_name: String) -> Self {
        Applications {
            as_user: AsUser::new(user_id, login),
            user_name,
            apps: Vec::new(),
            form: None,
            confirm_delete: None,
            toggling: HashMap::new(),
        }
    }

    pub fn user_id(&self) -> i64 {
        self.as_user.user_id()
    }

    pub fn session(&self) -> Option<&Arc<UserSession>> {
        self.as_user.session()
    }

    pub fn state(&self) -> &State {
        self.as_user.state()
    }

    pub fn apps(&self) -> &[Application] {
        &self.apps
    }

    pub fn form(&self) -> Option<&AppForm> {
        self.form.as_ref()
    }

    pub fn confirm_delete(&self) -> Option<i64> {
        self.confirm_delete
    }

    /// Switches whose answer has not come yet.
    pub fn toggling(&self) -> &HashMap<i64, bool> {
        &self.toggling
    }

    /// Whether the server reports the newer fields (description, display, authorization).
    pub fn extended(&self) -> bool {
        self.apps.iter().any(|a| {
            a.description.is_some() || a.display_method.is_some() || a.authorization.is_some()
        })
    }

    /// Loads again, opening a new user session if there is none.
    fn refresh(&mut self) -> Action {
        self.as_user.refresh(Message::SessionOpened, list)
    }

    /// The application is gone (code 201, deleted meanwhile): reload and say so.
    fn gone(&mut self) -> Action {
        self.form = None;
        self.refresh()
            .and(Action::toast(Toast::failed(fl!("app-gone"))))
    }

    /// The user's session ended (not the dealer's): what was on its way is
    /// undone on screen, and a new session is opened. None for other errors.
    fn session_ended(&mut self, e: &api::Error) -> Option<Action> {
        if !self.as_user.ended(e) {
            return None;
        }
        for (id, previous) in self.toggling.drain() {
            if let Some(app) = self.apps.iter_mut().find(|a| a.id == id) {
                app.is_enabled = previous;
            }
        }
        if let Some(form) = &mut self.form {
            form.saving = false;
        }
        Some(self.refresh())
    }

    fn saved(&mut self, result: Result<Option<i64>, api::Error>) -> Action {
        let e = match result {
            Ok(_) => {
                let created = self.form.as_ref().is_some_and(|f| f.id.is_none());
                self.form = None;
                let text = if created {
                    fl!("app-created")
                } else {
                    fl!("app-saved")
                };
                return self.refresh().and(Action::toast(Toast::success(text)));
            }
            Err(e) => e,
        };
        if let Some(again) = self.session_ended(&e) {
            return again;
        }
        if e.is(ErrorCode::NotFound) {
            return self.gone();
        }
        let Some(form) = &mut self.form else {
            return Action::toast(Toast::error(&e));
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
            Action::toast(Toast::error(&e))
        } else {
            Action::none()
        }
    }

    fn focus_form(&self) -> Action {
        Action::run(operation::focus(NAME_ID))
    }
}

/// Asks for the user's applications with `session`.
fn list(session: Arc<UserSession>) -> Action {
    Action::ask(Ask::list_apps(session), Message::Listed)
}

impl Page for Applications {
    type Message = Message;

    fn start(&mut self) -> Action {
        self.refresh()
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::SessionOpened(result) => self.as_user.opened(result, list),
            Message::Listed(Ok(apps)) => {
                self.apps = apps;
                self.as_user.loaded();
                Action::none()
            }
            Message::Listed(Err(e)) => {
                if let Some(again) = self.session_ended(&e) {
                    return again;
                }
                self.as_user.failed(e);
                Action::none()
            }
            Message::Switched(id, Ok(())) => {
                self.toggling.remove(&id);
                Action::none()
            }
            Message::Switched(id, Err(e)) => {
                if let Some(again) = self.session_ended(&e) {
                    return again;
                }
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
                Action::toast(Toast::error(&e))
            }
            Message::Saved(result) => self.saved(result),
            Message::Deleted(id, Ok(())) => {
                self.apps.retain(|a| a.id != id);
                Action::toast(Toast::success(fl!("app-deleted")))
            }
            Message::Deleted(_, Err(e)) => {
                if let Some(again) = self.session_ended(&e) {
                    return again;
                }
                if e.is(ErrorCode::NotFound) {
                    return self.gone();
                }
                Action::toast(Toast::error(&e))
            }
            Message::Toggle(id, on) => {
                let Some(session) = self.as_user.session().cloned() else {
                    return Action::none();
                };
                let Some(app) = self.apps.iter_mut().find(|a| a.id == id) else {
                    return Action::none();
                };
                self.toggling.entry(id).or_insert(app.is_enabled);
                app.is_enabled = on;
                let ask = Ask::set_app_enabled(session, id, app.name.clone(), on);
                Action::ask(ask, move |a| Message::Switched(id, a))
            }
            Message::New => {
                self.form = Some(AppForm::new());
                self.focus_form()
            }
            Message::Edit(id) => {
                self.form = self.apps.iter().find(|a| a.id == id).map(AppForm::edit);
                self.focus_form()
            }
            Message::Field(field) => {
                let Some(form) = &mut self.form else {
                    return Action::none();
                };
                let param = match &field {
                    FormField::Name(_) => "application.name",
                    FormField::Url(_) => "application.url",
                    FormField::Description(_) => "application.description",
                    FormField::ApiKey(_) => validation::APP_API_KEY,
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
                    FormField::Display(m) => form.display_method = m,
                    FormField::Auth(a) => form.auth = a,
                    FormField::ApiKey(v) => form.api_key = v,
                }
                Action::none()
            }
            Message::Save => {
                let extended = self.extended();
                let (Some(form), Some(session)) = (&mut self.form, self.as_user.session().cloned())
                else {
                    return Action::none();
                };
                if form.saving {
                    return Action::none();
                }
                let problems = form.problems(extended);
                if !problems.is_empty() {
                    form.touched.extend([
                        "application.name",
                        "application.url",
                        "application.description",
                        validation::APP_API_KEY,
                    ]);
                    // What is wrong shows under its field; the keyboard goes
                    // to the name when that is what needs attention.
                    if problems.contains_key("application.name") {
                        return Action::run(iced::widget::operation::focus(NAME_ID));
                    }
                    return Action::none();
                }
                form.saving = true;
                Action::ask(Ask::save_app(session, form.draft(extended)), Message::Saved)
            }
            Message::CancelForm => {
                self.form = None;
                Action::none()
            }
            Message::Delete(id) => {
                self.confirm_delete = Some(id);
                Action::none()
            }
            Message::DeleteCancelled => {
                self.confirm_delete = None;
                Action::none()
            }
            Message::DeleteConfirmed => {
                match (self.confirm_delete.take(), self.as_user.session().cloned()) {
                    (Some(id), Some(session)) => {
                        let name = self
                            .apps
                            .iter()
                            .find(|a| a.id == id)
                            .map(|a| a.name.clone())
                            .unwrap_or_default();
                        let ask = Ask::delete_app(session, id, name);
                        Action::ask(ask, move |a| Message::Deleted(id, a))
                    }
                    _ => Action::none(),
                }
            }
            Message::Refresh => self.refresh(),
            Message::Back => self.as_user.leave(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        let question = self
            .confirm_delete
            .and_then(|id| self.apps.iter().find(|a| a.id == id))
            .map(|app| {
                modal::confirm(Confirm {
                    title: fl!("app-delete-title"),
                    body: fl!("app-delete-body", name = app.name.clone()),
                    confirm: fl!("delete"),
                    cancel: fl!("cancel"),
                    on_confirm: Message::DeleteConfirmed,
                    on_cancel: Message::DeleteCancelled,
                })
            });
        modal::layered(self.page(), question)
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        if *key != Key::Named(Named::Escape) {
            return None;
        }
        Some(if self.confirm_delete.is_some() {
            Message::DeleteCancelled
        } else if self.form.is_some() {
            Message::CancelForm
        } else {
            Message::Back
        })
    }

    /// Work closing the window would lose: a form typed in or being saved,
    /// or an enable/disable whose answer has not come yet.
    fn unsaved(&self) -> bool {
        !self.toggling.is_empty()
            || self
                .form
                .as_ref()
                .is_some_and(|f| f.saving || !f.touched.is_empty())
    }

    /// The old user session may have ended with the dealer's: a new one.
    fn resumed(&mut self) -> Action {
        self.as_user.forget();
        self.refresh()
    }

    fn dialog_open(&self) -> bool {
        self.confirm_delete.is_some()
    }
}

impl Applications {
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
        let field = |label: String, input: Element<'a, Message>, param: &str| {
            widget::field(label, input, error_for(param).map(Note::Error))
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
                text_input("", &widget::in_field(&form.name))
                    .id(NAME_ID)
                    .on_input(|v| Message::Field(FormField::Name(v)))
                    .on_submit(Message::Save)
                    .into(),
                "application.name",
            ),
            field(
                fl!("app-url"),
                text_input("https://", &widget::in_field(&form.url))
                    .on_input(|v| Message::Field(FormField::Url(v)))
                    .on_submit(Message::Save)
                    .into(),
                "application.url",
            ),
            text(fl!("app-url-hint")).size(12).style(text::secondary),
            field(
                fl!("app-icon"),
                text_input("", &widget::in_field(&form.icon))
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
            col = col
                .push(field(
                    fl!(
                        "app-description",
                        count = form.description.trim().chars().count(),
                        max = APP_DESCRIPTION_MAX
                    ),
                    text_input("", &widget::in_field(&form.description))
                        .on_input(|v| Message::Field(FormField::Description(v)))
                        .into(),
                    "application.description",
                ))
                .push(widget::labeled(
                    fl!("app-display"),
                    widget::choice(
                        [DisplayMethod::NewTab, DisplayMethod::Embedded],
                        Some(form.display_method),
                        method_label,
                        |m| Message::Field(FormField::Display(m)),
                    ),
                ))
                .push(widget::labeled(
                    fl!("app-auth"),
                    widget::choice(AuthChoice::ALL, Some(form.auth), AuthChoice::label, |a| {
                        Message::Field(FormField::Auth(a))
                    }),
                ));
            if form.auth == AuthChoice::ApiKey {
                col = col.push(field(
                    fl!("app-api-key"),
                    text_input("", &widget::in_field(&form.api_key))
                        .on_input(|v| Message::Field(FormField::ApiKey(v)))
                        .on_submit(Message::Save)
                        .into(),
                    validation::APP_API_KEY,
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
        // Scrolls where the window is shorter than the form: its Save is
        // at the bottom.
        scrollable(
            container(col)
                .padding(16)
                .width(FORM_WIDTH)
                .style(container::rounded_box),
        )
        .into()
    }

    /// The least width the list needs beside the form: a card's switch and
    /// buttons in the language shown, its letter, and room for a name.
    fn list_min_width() -> f32 {
        use crate::ui::widget::measure::width;
        let words = |s: String| width(&s, 16.0, false);
        let switch = 40.0 + 10.0 + words(fl!("app-on")).max(words(fl!("app-off")));
        let buttons = words(fl!("edit")) + words(fl!("delete")) + 2.0 * 20.0;
        // Letter, name, switch, two buttons: four gaps; the card's padding
        // and the scrollbar.
        LETTER + NAME_MIN + switch + buttons + 4.0 * CARD_SPACING + 2.0 * CARD_PADDING + 12.0
    }

    fn list_view(&self) -> Element<'_, Message> {
        match self.as_user.state() {
            State::OpeningSession | State::Loading if self.apps.is_empty() => {
                return container(text(fl!("apps-loading")).style(text::secondary))
                    .center(Length::Fill)
                    .into();
            }
            State::Failed(e) => return widget::failed(e, Message::Refresh),
            _ if self.apps.is_empty() => {
                return container(text(fl!("apps-empty")).style(text::secondary))
                    .center(Length::Fill)
                    .into();
            }
            _ => {}
        }
        let rows = self.apps.iter().map(|app| {
            // The icon is an image's address, which the panel does not
            // fetch: the name's first letter stands for the application.
            let icon = container(text(
                app.name
                    .trim()
                    .chars()
                    .next()
                    .unwrap_or('□')
                    .to_uppercase()
                    .to_string(),
            ))
            .center_x(LETTER)
            .center_y(LETTER)
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
                .spacing(CARD_SPACING)
                .align_y(Alignment::Center),
            )
            .padding(CARD_PADDING)
            .style(container::bordered_box)
            .into()
        });
        scrollable(column(rows).spacing(8))
            .height(Length::Fill)
            .into()
    }

    fn page(&self) -> Element<'_, Message> {
        let header = row![
            icon::back_button(icon::BackTo::User).on_press(Message::Back),
            text(fl!("apps-title", user = self.user_name.clone())).size(22),
            space::horizontal(),
            button(text(fl!("app-new"))).on_press_maybe(
                (self.as_user.session().is_some() && self.form.is_none()).then_some(Message::New)
            ),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        // Where the window has no room for both, the form takes the
        // list's place until it is saved or closed.
        let body = responsive(move |size| match &self.form {
            Some(form) if size.width < FORM_WIDTH + 16.0 + Self::list_min_width() => {
                self.form_view(form)
            }
            Some(form) => row![self.list_view(), self.form_view(form)]
                .spacing(16)
                .into(),
            None => self.list_view(),
        });
        column![header, body].spacing(14).padding(12).into()
    }
}
