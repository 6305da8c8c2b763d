//! The root of the app: which screen is up, the session, settings, toasts,
//! and the one place requests are sent and answers routed back.

use crate::api;
use crate::config::{Paths, ServerKind, Settings, ThemeChoice};
use crate::fl;
use crate::i18n::{self, Language};
use crate::journal::Journal;
use crate::sandbox::{Sandbox, SandboxConfig};
use crate::ui::audit;
use crate::ui::client::{self, Api, Request, RequestKind, Response};
use crate::ui::screen::activity::{self, Activity};
use crate::ui::screen::applications::{self, Applications};
use crate::ui::screen::customer_view::{self, CustomerView};
use crate::ui::screen::import::{self, Import};
use crate::ui::screen::login::{self, Login, Notice, SandboxState};
use crate::ui::screen::transactions::{self, Transactions};
use crate::ui::screen::user_details::{self, UserDetails};
use crate::ui::screen::user_editor::{self, UserEditor};
use crate::ui::screen::users::{self, Users};
use crate::ui::widget::modal::{Confirm, modal};
use crate::ui::widget::toast::{self, Toasts};
use iced::event::{self, Event};
use iced::keyboard::{self, Key, key::Named};
use iced::widget::{button, column, container, operation, pick_list, row, space, stack, text};
use iced::{Alignment, Element, Subscription, Task, Theme, theme, window};
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// How long a request may run before the busy indicator shows.
const BUSY_AFTER: Duration = Duration::from_millis(150);

pub enum Screen {
    Login(Login),
    Users(Users),
    /// A user's details, with the list kept underneath to go back to.
    Details(UserDetails, Box<Users>),
    /// A user's applications, over that user's details and the list.
    Applications(Box<Applications>, Box<UserDetails>, Box<Users>),
    /// The customer's view of a user, over that user's details and the list.
    Customer(Box<CustomerView>, Box<UserDetails>, Box<Users>),
    /// Creating or editing a user, over the screen it was opened from.
    Editor(Box<UserEditor>, Box<Screen>),
    /// A user's transactions, over that user's details and the list.
    Transactions(Box<Transactions>, Box<UserDetails>, Box<Users>),
    /// Importing users from a file, over the list.
    Import(Box<Import>, Box<Users>),
}

/// The users list inside a screen, however deep.
fn users_in(screen: &mut Screen) -> Option<&mut Users> {
    match screen {
        Screen::Users(u) => Some(u),
        Screen::Details(_, u)
        | Screen::Applications(_, _, u)
        | Screen::Customer(_, _, u)
        | Screen::Transactions(_, _, u)
        | Screen::Import(_, u) => Some(u),
        Screen::Editor(_, below) => users_in(below),
        Screen::Login(_) => None,
    }
}

/// A request on its way. Dropping it (superseded, or the session ended)
/// aborts the HTTP call.
pub struct Pending {
    pub kind: RequestKind,
    pub request: Request,
    pub started: Instant,
    _abort: iced::task::Handle,
}

#[derive(Debug, Clone)]
pub enum Message {
    Login(login::Message),
    Users(users::Message),
    Details(user_details::Message),
    Apps(applications::Message),
    Customer(customer_view::Message),
    Transactions(transactions::Message),
    /// A file was saved where the operator chose (None: the dialog was cancelled).
    Saved(Result<Option<PathBuf>, String>),
    Import(import::Message),
    /// The file to import (None: the dialog was cancelled).
    ImportFile(Option<PathBuf>),
    /// Where to write the users export (None: cancelled).
    ExportTo(Option<PathBuf>),
    /// A file dropped on the window: imported when the users list is up.
    FileDropped(PathBuf),
    Editor(user_editor::Message),
    Answer {
        id: u64,
        result: Result<Response, api::Error>,
    },
    SandboxStarted(Result<Arc<Sandbox>, String>),
    DismissToast(u64),
    Tick(Instant),
    LanguagePicked(Language),
    ThemePicked(ThemeChoice),
    SystemMode(theme::Mode),
    Logout,
    LogoutConfirmed,
    LogoutCancelled,
    Key(keyboard::Event),
    WindowResized(iced::Size),
    WindowMoved(iced::Point),
    CloseRequested(window::Id),
    /// Close the window although work would be lost.
    QuitConfirmed,
    QuitCancelled,
    /// The window drew for the first time (start-up is over).
    FirstFrame,
    /// The activity journal, over the current screen.
    OpenActivity,
    Activity(activity::Message),
}

pub struct App {
    paths: Paths,
    pub settings: Settings,
    system_mode: theme::Mode,
    pub screen: Screen,
    /// Where the operator was when the session ended, and whose session it was.
    parked: Option<(Screen, ServerKind, String)>,
    api: Option<Arc<Api>>,
    sandbox: Option<Arc<Sandbox>>,
    sandbox_state: SandboxState,
    pub toasts: Toasts,
    pub confirming_logout: bool,
    /// The window asked to close while work was unsaved: the operator decides.
    pub quit_asked: Option<window::Id>,
    next_request: u64,
    pending: BTreeMap<u64, Pending>,
    now: Instant,
    /// Where the export on its way will be written.
    export_path: Option<PathBuf>,
    /// Start-up ends at the first frame; until then the app listens for it.
    first_frame_drawn: bool,
    pub journal: Journal,
    /// The activity journal's screen, when open (over `screen`).
    pub activity: Option<Box<Activity>>,
    /// Timeouts and retries of the client made at login (settings:
    /// `request_timeout_secs`).
    pub client_options: api::ClientOptions,
}

impl App {
    /// Starts with the settings in `paths` (first run: defaults, sandbox).
    pub fn new(paths: Paths) -> (App, Task<Message>) {
        let (settings, problems) = Settings::load(&paths.settings_file);
        for p in &problems {
            tracing::warn!(problem = %p, "a setting could not be read and was reset");
        }
        i18n::set_language(settings.language.unwrap_or_else(i18n::system_language));
        let login = Login::new(
            settings.server,
            settings.custom_url.clone(),
            settings.login.clone(),
        );
        let journal = Journal::in_dir(&paths.data_dir);
        let settings_timeout = settings
            .request_timeout_secs
            .map(Duration::from_secs)
            .unwrap_or(api::ClientOptions::default().request_timeout);
        let mut app = App {
            paths,
            settings,
            system_mode: theme::Mode::Light,
            screen: Screen::Login(login),
            parked: None,
            api: None,
            sandbox: None,
            sandbox_state: SandboxState::NotStarted,
            toasts: Toasts::default(),
            confirming_logout: false,
            quit_asked: None,
            next_request: 0,
            pending: BTreeMap::new(),
            now: Instant::now(),
            export_path: None,
            first_frame_drawn: false,
            journal,
            activity: None,
            client_options: api::ClientOptions {
                request_timeout: settings_timeout,
                ..api::ClientOptions::default()
            },
        };
        if !problems.is_empty() {
            app.toasts
                .push(toast::Kind::Error, fl!("settings-reset"), None);
        }
        let mut tasks = vec![
            iced::system::theme().map(Message::SystemMode),
            operation::focus(login::PASSWORD_ID),
        ];
        if app.settings.server == ServerKind::Sandbox {
            tasks.push(app.start_sandbox());
        }
        (app, Task::batch(tasks))
    }

    /// Requests waiting for an answer, oldest first.
    pub fn pending(&self) -> impl Iterator<Item = (u64, &Pending)> {
        self.pending.iter().map(|(id, p)| (*id, p))
    }

    /// The logged-in session, for running a pending request (tests drive the
    /// app this way against a real sandbox).
    pub fn session(&self) -> Option<Arc<Api>> {
        self.api.clone()
    }

    /// Whether closing the window now would lose something the operator did,
    /// on the screen or on the one kept from a session that ended.
    pub fn unsaved_work(&self) -> bool {
        fn unsaved(screen: &Screen) -> bool {
            match screen {
                Screen::Editor(editor, under) => editor.unsaved() || unsaved(under),
                Screen::Import(import, _) => import.unsaved(),
                Screen::Applications(apps, _, _) => apps.unsaved(),
                Screen::Login(_)
                | Screen::Users(_)
                | Screen::Details(..)
                | Screen::Customer(..)
                | Screen::Transactions(..) => false,
            }
        }
        unsaved(&self.screen)
            || self.parked.as_ref().is_some_and(|(s, _, _)| unsaved(s))
            || self
                .pending
                .values()
                .any(|p| audit::changes_data(&p.request))
    }

    pub fn is_logged_in(&self) -> bool {
        self.api.is_some()
    }

    pub fn title(&self) -> String {
        fl!("app-title")
    }

    pub fn theme(&self) -> Theme {
        let dark = match self.settings.theme {
            ThemeChoice::Dark => true,
            ThemeChoice::Light => false,
            ThemeChoice::System => self.system_mode == theme::Mode::Dark,
        };
        if dark { Theme::Dark } else { Theme::Light }
    }

    fn save_settings(&self) {
        if let Err(e) = self.settings.save(&self.paths.settings_file) {
            tracing::error!(error = %e, "cannot save settings");
        }
    }

    fn start_sandbox(&mut self) -> Task<Message> {
        if self.sandbox_state != SandboxState::NotStarted
            && !matches!(self.sandbox_state, SandboxState::Failed(_))
        {
            return Task::none();
        }
        self.set_sandbox_state(SandboxState::Starting);
        Task::perform(
            start_sandbox(self.paths.sandbox_db()),
            Message::SandboxStarted,
        )
    }

    fn set_sandbox_state(&mut self, state: SandboxState) {
        self.sandbox_state = state.clone();
        if let Screen::Login(login) = &mut self.screen {
            login.sandbox_changed(state);
        }
    }

    /// Sends a request; a newer one of the same kind replaces (and aborts) the older.
    pub fn send(&mut self, request: Request) -> Task<Message> {
        self.next_request += 1;
        let id = self.next_request;
        let kind = request.kind();
        self.pending.retain(|_, p| p.kind != kind);
        let (task, handle) = Task::perform(self.run(request.clone()), move |result| {
            Message::Answer { id, result }
        })
        .abortable();
        self.pending.insert(
            id,
            Pending {
                kind,
                request,
                started: Instant::now(),
                _abort: handle.abort_on_drop(),
            },
        );
        task
    }

    /// Runs a request with the session; a change is written to the activity
    /// journal (synced to disk) before its answer is handed back.
    pub fn run(
        &self,
        request: Request,
    ) -> impl std::future::Future<Output = Result<Response, api::Error>> + 'static {
        let api = self.api.clone();
        let journal = self.journal.clone();
        let options = self.client_options.clone();
        async move {
            let result = client::execute_with(api.clone(), request.clone(), options).await;
            if let Some(entry) = api.and_then(|api| audit::entry(&api, &request, &result)) {
                let written = tokio::task::spawn_blocking(move || journal.append(&entry)).await;
                match written {
                    Ok(Ok(())) => {}
                    Ok(Err(e)) => {
                        tracing::error!(error = %e, "the activity journal could not be written")
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "the activity journal could not be written")
                    }
                }
            }
            result
        }
    }

    /// Takes the screen out to rebuild it; a cheap placeholder stands in meanwhile.
    fn take_screen(&mut self) -> Screen {
        let placeholder =
            Screen::Login(Login::new(ServerKind::Custom, String::new(), String::new()));
        std::mem::replace(&mut self.screen, placeholder)
    }

    fn transactions_action(&mut self, action: transactions::Action) -> Task<Message> {
        match action {
            transactions::Action::None => Task::none(),
            transactions::Action::Request(r) => self.send(r),
            transactions::Action::Back => self.back_to_details(None),
            transactions::Action::Failed(reason) => {
                self.toasts.push(
                    toast::Kind::Error,
                    fl!("save-failed", reason = reason),
                    None,
                );
                Task::none()
            }
            transactions::Action::Save { file_name, bytes } => {
                Task::perform(save_file(file_name, bytes), Message::Saved)
            }
        }
    }

    fn users_mut(&mut self) -> Option<&mut Users> {
        users_in(&mut self.screen)
    }

    /// Opens the editor over the current screen.
    fn open_editor(&mut self, editor: UserEditor) -> Task<Message> {
        let below = self.take_screen();
        self.screen = Screen::Editor(Box::new(editor), Box::new(below));
        operation::focus(user_editor::LOGIN_ID)
    }

    fn editor_action(&mut self, action: user_editor::Action) -> Task<Message> {
        match action {
            user_editor::Action::None => Task::none(),
            user_editor::Action::Request(r) => self.send(r),
            user_editor::Action::Toast(kind, text, code) => {
                self.toasts.push(kind, text, code);
                Task::none()
            }
            user_editor::Action::HandOver(session) => {
                let key = session.key_for_handover().to_owned();
                let web = self.settings.web_interface_url.trim().to_owned();
                // The sandbox has no web interface; elsewhere only where one is configured.
                let open = self.settings.server != ServerKind::Sandbox && !web.is_empty();
                let text = if open {
                    fl!("login-as-opened")
                } else {
                    fl!("login-as-copied")
                };
                self.toasts.push(toast::Kind::Success, text, None);
                let copy = iced::clipboard::write(key.clone());
                if open {
                    let separator = if web.contains('?') { '&' } else { '?' };
                    let url = format!("{web}{separator}session_key={key}");
                    let browse = Task::future(async move {
                        if let Err(e) = webbrowser::open(&url) {
                            tracing::warn!(error = %e, "cannot open the web interface");
                        }
                    })
                    .discard();
                    Task::batch([copy, browse])
                } else {
                    copy
                }
            }
            user_editor::Action::Deleted => {
                // The user is gone: back to the list (not its details), refreshed.
                self.screen = match self.take_screen() {
                    Screen::Editor(_, below) => match *below {
                        Screen::Details(_, users) => Screen::Users(*users),
                        other => other,
                    },
                    other => other,
                };
                self.toasts.push(toast::Kind::Success, fl!("deleted"), None);
                match self.users_mut().map(Users::refresh) {
                    Some(a) => self.users_action(a),
                    None => Task::none(),
                }
            }
            user_editor::Action::Close { saved, created } => {
                self.screen = match self.take_screen() {
                    Screen::Editor(_, below) => *below,
                    other => other,
                };
                if !saved {
                    return Task::none();
                }
                let text = if created.is_some() {
                    fl!("editor-created")
                } else {
                    fl!("editor-saved")
                };
                self.toasts.push(toast::Kind::Success, text, None);
                // Show what the server now has.
                let mut tasks = Vec::new();
                if let Screen::Details(details, _) = &mut self.screen
                    && let user_details::Action::Request(r) = details.refresh()
                {
                    tasks.push(self.send(r));
                }
                if let Some(users) = self.users_mut() {
                    let a = users.refresh();
                    tasks.push(self.users_action(a));
                }
                Task::batch(tasks)
            }
        }
    }

    fn customer_action(&mut self, action: customer_view::Action) -> Task<Message> {
        match action {
            customer_view::Action::None => Task::none(),
            customer_view::Action::Request(r) => self.send(r),
            customer_view::Action::Toast(kind, text, code) => {
                self.toasts.push(kind, text, code);
                Task::none()
            }
            customer_view::Action::Back(close) => self.back_to_details(close),
        }
    }

    /// Closes a screen opened over a user's details (applications, customer's
    /// view), ending its user session with `close`.
    fn back_to_details(&mut self, close: Option<Request>) -> Task<Message> {
        self.screen = match self.take_screen() {
            Screen::Applications(_, details, users)
            | Screen::Customer(_, details, users)
            | Screen::Transactions(_, details, users) => Screen::Details(*details, users),
            other => other,
        };
        close.map(|r| self.send(r)).unwrap_or_else(Task::none)
    }

    fn apps_action(&mut self, action: applications::Action) -> Task<Message> {
        match action {
            applications::Action::None => Task::none(),
            applications::Action::Do { requests, toast } => {
                if let Some((kind, text, code)) = toast {
                    self.toasts.push(kind, text, code);
                }
                let tasks: Vec<Task<Message>> =
                    requests.into_iter().map(|r| self.send(r)).collect();
                Task::batch(tasks)
            }
            applications::Action::Back(close) => self.back_to_details(close),
        }
    }

    fn users_action(&mut self, action: users::Action) -> Task<Message> {
        let task = match action {
            users::Action::None => Task::none(),
            users::Action::Request(r) => self.send(r),
            users::Action::Run(t) => t.map(Message::Users),
            users::Action::NewUser => self.open_editor(UserEditor::create()),
            users::Action::Import => Task::perform(pick_import_file(), Message::ImportFile),
            users::Action::Export => Task::perform(pick_export_path(), Message::ExportTo),
            users::Action::CancelExport => {
                // Dropping the pending entry aborts the HTTP call; the file is not written.
                self.pending.retain(|_, p| p.kind != RequestKind::Export);
                self.export_path = None;
                self.toasts
                    .push(toast::Kind::Success, fl!("export-cancelled"), None);
                Task::none()
            }
            users::Action::Template => self.import_action(import::template_action()),
            users::Action::OpenUser(id) => {
                let (details, request) = UserDetails::new(id);
                self.screen = match self.take_screen() {
                    Screen::Users(list) => Screen::Details(details, Box::new(list)),
                    other => other,
                };
                self.send(request)
            }
        };
        if let Some(users) = self.users_mut()
            && users.take_prefs_changed()
        {
            self.settings.users = users.prefs();
            self.save_settings();
        }
        task
    }

    fn import_action(&mut self, action: import::Action) -> Task<Message> {
        match action {
            import::Action::None => Task::none(),
            import::Action::Request(r) => self.send(r),
            import::Action::Toast(kind, text, code) => {
                self.toasts.push(kind, text, code);
                Task::none()
            }
            import::Action::Save { file_name, bytes } => {
                Task::perform(save_file(file_name, bytes), Message::Saved)
            }
            import::Action::ChooseFile => Task::perform(pick_import_file(), Message::ImportFile),
            import::Action::Run(task) => task.map(Message::Import),
            import::Action::Back { created } => {
                self.screen = match self.take_screen() {
                    Screen::Import(_, users) => Screen::Users(*users),
                    other => other,
                };
                match self.users_mut() {
                    Some(users) if created > 0 => {
                        let a = users.refresh();
                        self.users_action(a)
                    }
                    _ => Task::none(),
                }
            }
        }
    }

    /// Opens the import screen for `path` over the users list (or swaps the file).
    fn open_import(&mut self, path: PathBuf) -> Task<Message> {
        let (screen, task) = Import::open(path);
        self.screen = match self.take_screen() {
            Screen::Users(users) => Screen::Import(Box::new(screen), Box::new(users)),
            Screen::Import(old, users) if !old.is_busy() => Screen::Import(Box::new(screen), users),
            other => {
                self.screen = other;
                return Task::none();
            }
        };
        task.map(Message::Import)
    }

    fn exported(&mut self, result: Result<Response, api::Error>) -> Task<Message> {
        if let Some(users) = self.users_mut() {
            users.set_exporting(false);
        }
        let Some(path) = self.export_path.take() else {
            return Task::none();
        };
        match result {
            Ok(Response::Exported(file)) => Task::perform(
                async move {
                    tokio::fs::write(&path, &file.bytes)
                        .await
                        .map(|()| Some(path))
                        .map_err(|e| e.to_string())
                },
                Message::Saved,
            ),
            Ok(other) => {
                let e = unexpected(other);
                self.toasts.push(
                    toast::Kind::Error,
                    fl!("export-failed", reason = crate::ui::errors::describe(&e)),
                    None,
                );
                Task::none()
            }
            Err(e) => {
                self.toasts.push(
                    toast::Kind::Error,
                    fl!("export-failed", reason = crate::ui::errors::describe(&e)),
                    crate::ui::errors::code(&e),
                );
                Task::none()
            }
        }
    }

    fn login_action(&mut self, action: login::Action) -> Task<Message> {
        match action {
            login::Action::None => Task::none(),
            login::Action::Request(r) => self.send(r),
            login::Action::StartSandbox => {
                self.remember_login_form();
                self.start_sandbox()
            }
            login::Action::Remember => {
                self.remember_login_form();
                Task::none()
            }
        }
    }

    fn remember_login_form(&mut self) {
        if let Screen::Login(login) = &self.screen {
            self.settings.server = login.server;
            self.settings.custom_url = login.custom_url.clone();
        }
        self.save_settings();
    }

    /// The session is over (code 4): back to login, keeping the screen as it was.
    fn session_ended(&mut self) -> Task<Message> {
        self.api = None;
        self.pending.clear();
        let mut login = Login::new(
            self.settings.server,
            self.settings.custom_url.clone(),
            self.settings.login.clone(),
        );
        login.sandbox_changed(self.sandbox_state.clone());
        login.notice = Some(Notice::SessionEnded);
        let previous = std::mem::replace(&mut self.screen, Screen::Login(login));
        if !matches!(previous, Screen::Login(_)) {
            self.parked = Some((previous, self.settings.server, self.settings.login.clone()));
        }
        operation::focus(login::PASSWORD_ID)
    }

    fn logged_in(&mut self, api: Arc<Api>) -> Task<Message> {
        if let Screen::Login(login) = &mut self.screen {
            let _ = login.update(login::Message::Answered(Ok(())));
            self.settings.server = login.server;
            self.settings.custom_url = login.custom_url.clone();
        }
        self.settings.login = api.login.clone();
        self.save_settings();
        self.api = Some(api);
        // Back where the operator was, if the same dealer logged in again.
        let resumed = match self.parked.take() {
            Some((screen, server, login))
                if server == self.settings.server && login == self.settings.login =>
            {
                Some(screen)
            }
            _ => None,
        };
        self.screen = resumed.unwrap_or_else(|| Screen::Users(Users::new(&self.settings.users)));
        match &mut self.screen {
            Screen::Users(u) => {
                let a = u.refresh();
                self.users_action(a)
            }
            Screen::Details(d, u) => {
                let list = u.refresh();
                let details = d.refresh();
                let t1 = self.users_action(list);
                let t2 = match details {
                    user_details::Action::Request(r) => self.send(r),
                    _ => Task::none(),
                };
                Task::batch([t1, t2])
            }
            Screen::Applications(apps, _, _) => {
                // The old user session may have ended with the dealer's.
                apps.session = None;
                let action = apps.refresh();
                self.apps_action(action)
            }
            Screen::Customer(view, _, _) => {
                view.session = None;
                let action = view.refresh();
                self.customer_action(action)
            }
            Screen::Transactions(view, _, _) => {
                let action = view.load();
                self.transactions_action(action)
            }
            Screen::Import(screen, _) => {
                let action = screen.resumed();
                self.import_action(action)
            }
            // The form is kept exactly as typed. The save that met the ended
            // session is not resent on its own (it changes data): Save again.
            Screen::Editor(editor, _) => {
                editor.saving = false;
                Task::none()
            }
            Screen::Login(_) => Task::none(),
        }
    }

    fn answer(&mut self, id: u64, result: Result<Response, api::Error>) -> Task<Message> {
        // Superseded or cancelled: a newer answer of this kind is coming, or none is wanted.
        let Some(pending) = self.pending.remove(&id) else {
            return Task::none();
        };
        let kind = pending.kind;
        if let Err(e) = &result
            && e.is_session_ended()
            && !matches!(kind, RequestKind::Login | RequestKind::Logout)
            && !kind.uses_user_session()
        {
            return self.session_ended();
        }
        if kind.for_user_screens() {
            return match &mut self.screen {
                Screen::Applications(apps, _, _) => {
                    let action = apps.update(applications::Message::Answered(kind, result));
                    self.apps_action(action)
                }
                Screen::Customer(view, _, _) => {
                    let action = view.update(customer_view::Message::Answered(kind, result));
                    self.customer_action(action)
                }
                Screen::Editor(editor, _) if kind == RequestKind::OpenUserSession => {
                    let action = editor.handle(user_editor::Message::LoginAsAnswered(result));
                    self.editor_action(action)
                }
                // The operator left before the user session opened: end it.
                _ => match result {
                    Ok(Response::UserSession(s)) => self.send(Request::CloseUserSession(s)),
                    _ => Task::none(),
                },
            };
        }
        match (kind, result) {
            (RequestKind::Login, Ok(Response::LoggedIn(api))) => self.logged_in(api),
            (RequestKind::Login, Err(e)) => {
                if let Screen::Login(login) = &mut self.screen {
                    let action = login.update(login::Message::Answered(Err(e)));
                    return self.login_action(action);
                }
                Task::none()
            }
            (RequestKind::Logout, _) => Task::none(),
            (RequestKind::ListUsers, result) => {
                let page = result.and_then(|r| match r {
                    Response::Users(p) => Ok(p),
                    other => Err(unexpected(other)),
                });
                match self.users_mut() {
                    Some(users) => {
                        let action = users.update(users::Message::Loaded(page));
                        self.users_action(action)
                    }
                    None => Task::none(),
                }
            }
            (RequestKind::ReadUser, result) => {
                let record = result.and_then(|r| match r {
                    Response::User(u) => Ok(u),
                    other => Err(unexpected(other)),
                });
                if let Err(e) = &record {
                    self.toasts.push(
                        toast::Kind::Error,
                        crate::ui::errors::describe(e),
                        crate::ui::errors::code(e),
                    );
                }
                if let Screen::Details(details, _) = &mut self.screen {
                    let _ = details.update(user_details::Message::Loaded(record));
                }
                Task::none()
            }
            (RequestKind::Login, Ok(other)) => {
                tracing::error!(?other, "login answered with something else");
                Task::none()
            }
            // Routed to the applications screen above.
            (
                RequestKind::OpenUserSession
                | RequestKind::CloseUserSession
                | RequestKind::ListApps
                | RequestKind::SaveApp
                | RequestKind::DeleteApp(_)
                | RequestKind::SetAppEnabled(_)
                | RequestKind::CustomerInfo
                | RequestKind::ResendActivation,
                _,
            ) => Task::none(),
            (RequestKind::Import, result) => match &mut self.screen {
                Screen::Import(screen, _) => {
                    let action = screen.update(import::Message::Answered(kind, result));
                    self.import_action(action)
                }
                _ => Task::none(),
            },
            (RequestKind::Export, result) => self.exported(result),
            (RequestKind::Transactions, result) => match &mut self.screen {
                Screen::Transactions(view, _, _) => {
                    let action = view.update(transactions::Message::Answered(result));
                    self.transactions_action(action)
                }
                _ => Task::none(),
            },
            (RequestKind::AccountAction, result) => match &mut self.screen {
                Screen::Editor(editor, _) => {
                    let action = editor.handle(user_editor::Message::ActionAnswered(result));
                    self.editor_action(action)
                }
                _ => Task::none(),
            },
            (RequestKind::SaveUser, result) => match &mut self.screen {
                Screen::Editor(editor, _) => {
                    let action = editor.handle(user_editor::Message::Answered(kind, result));
                    self.editor_action(action)
                }
                _ => Task::none(),
            },
        }
    }

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Login(m) => match &mut self.screen {
                Screen::Login(login) => {
                    let action = login.update(m);
                    self.login_action(action)
                }
                _ => Task::none(),
            },
            Message::Users(m) => match &mut self.screen {
                Screen::Users(users) => {
                    let action = users.update(m);
                    self.users_action(action)
                }
                _ => Task::none(),
            },
            Message::Details(m) => {
                let Screen::Details(details, _) = &mut self.screen else {
                    return Task::none();
                };
                match details.update(m) {
                    user_details::Action::None => Task::none(),
                    user_details::Action::Request(r) => self.send(r),
                    user_details::Action::Applications(user_id, name) => {
                        let (apps, request) = Applications::new(user_id, name);
                        self.screen = match self.take_screen() {
                            Screen::Details(details, users) => {
                                Screen::Applications(Box::new(apps), Box::new(details), users)
                            }
                            other => other,
                        };
                        self.send(request)
                    }
                    user_details::Action::Edit(record) => {
                        self.open_editor(UserEditor::for_record(&record))
                    }
                    user_details::Action::Transactions(user_id, name) => {
                        let today = chrono::Utc::now().date_naive();
                        let (view, action) = Transactions::new(user_id, name, today);
                        self.screen = match self.take_screen() {
                            Screen::Details(details, users) => {
                                Screen::Transactions(Box::new(view), Box::new(details), users)
                            }
                            other => other,
                        };
                        self.transactions_action(action)
                    }
                    user_details::Action::CustomerView(user_id, login, name, needs_activation) => {
                        let (view, request) =
                            CustomerView::new(user_id, login, name, needs_activation);
                        self.screen = match self.take_screen() {
                            Screen::Details(details, users) => {
                                Screen::Customer(Box::new(view), Box::new(details), users)
                            }
                            other => other,
                        };
                        self.send(request)
                    }
                    user_details::Action::Back => {
                        self.screen = match self.take_screen() {
                            Screen::Details(_, users) => Screen::Users(*users),
                            other => other,
                        };
                        Task::none()
                    }
                }
            }
            Message::Apps(m) => match &mut self.screen {
                Screen::Applications(apps, _, _) => {
                    let opens_form = matches!(
                        m,
                        applications::Message::New | applications::Message::Edit(_)
                    );
                    let action = apps.update(m);
                    let task = self.apps_action(action);
                    if opens_form {
                        task.chain(operation::focus(applications::NAME_ID))
                    } else {
                        task
                    }
                }
                _ => Task::none(),
            },
            Message::Editor(m) => match &mut self.screen {
                Screen::Editor(editor, _) => {
                    let action = editor.handle(m);
                    self.editor_action(action)
                }
                _ => Task::none(),
            },
            Message::Transactions(m) => match &mut self.screen {
                Screen::Transactions(view, _, _) => {
                    let action = view.update(m);
                    self.transactions_action(action)
                }
                _ => Task::none(),
            },
            Message::Saved(Ok(Some(path))) => {
                self.toasts.push(
                    toast::Kind::Success,
                    fl!("saved-to", path = path.display().to_string()),
                    None,
                );
                Task::none()
            }
            Message::Saved(Ok(None)) => Task::none(),
            Message::Import(m) => match &mut self.screen {
                Screen::Import(screen, _) => {
                    let action = screen.update(m);
                    self.import_action(action)
                }
                _ => Task::none(),
            },
            Message::ImportFile(Some(path)) => self.open_import(path),
            Message::ImportFile(None) | Message::ExportTo(None) => Task::none(),
            Message::FileDropped(path) => {
                if self.api.is_some()
                    && crate::import::FileKind::from_name(&path.to_string_lossy()).is_some()
                {
                    self.open_import(path)
                } else {
                    Task::none()
                }
            }
            Message::ExportTo(Some(path)) => {
                let format = if path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("csv"))
                {
                    api::ExportFormat::Csv
                } else {
                    api::ExportFormat::Xlsx
                };
                let Some(users) = self.users_mut() else {
                    return Task::none();
                };
                let query = users.export_query(format);
                users.set_exporting(true);
                self.export_path = Some(path);
                self.send(Request::Export(query))
            }
            Message::OpenActivity => {
                self.activity = Some(Box::new(Activity::new(self.journal.read())));
                operation::focus(activity::FILTER_ID)
            }
            Message::Activity(m) => {
                let Some(screen) = self.activity.as_mut() else {
                    return Task::none();
                };
                match screen.update(m) {
                    activity::Action::None => Task::none(),
                    activity::Action::Close => {
                        self.activity = None;
                        Task::none()
                    }
                    activity::Action::Save { file_name, bytes } => {
                        Task::perform(save_file(file_name, bytes), Message::Saved)
                    }
                    activity::Action::Failed(reason) => {
                        self.toasts.push(
                            toast::Kind::Error,
                            fl!("save-failed", reason = reason),
                            None,
                        );
                        Task::none()
                    }
                }
            }
            Message::Saved(Err(reason)) => {
                self.toasts.push(
                    toast::Kind::Error,
                    fl!("save-failed", reason = reason),
                    None,
                );
                Task::none()
            }
            Message::Customer(m) => match &mut self.screen {
                Screen::Customer(view, _, _) => {
                    let action = view.update(m);
                    self.customer_action(action)
                }
                _ => Task::none(),
            },
            Message::Answer { id, result } => self.answer(id, result),
            Message::SandboxStarted(Ok(sandbox)) => {
                let url = sandbox.base_url();
                self.sandbox = Some(sandbox);
                self.set_sandbox_state(SandboxState::Ready(url));
                Task::none()
            }
            Message::SandboxStarted(Err(why)) => {
                self.set_sandbox_state(SandboxState::Failed(why));
                Task::none()
            }
            Message::DismissToast(id) => {
                self.toasts.dismiss(id);
                Task::none()
            }
            Message::Tick(now) => {
                self.now = now;
                self.toasts.expire(now);
                if let Screen::Customer(view, _, _) = &mut self.screen {
                    let _ = view.update(customer_view::Message::Tick(now));
                }
                Task::none()
            }
            Message::LanguagePicked(language) => {
                i18n::set_language(language);
                self.settings.language = Some(language);
                self.save_settings();
                if let Some(users) = self.users_mut() {
                    users.reformat();
                }
                Task::none()
            }
            Message::ThemePicked(choice) => {
                self.settings.theme = choice;
                self.save_settings();
                Task::none()
            }
            Message::SystemMode(mode) => {
                self.system_mode = mode;
                Task::none()
            }
            Message::Logout => {
                self.confirming_logout = true;
                Task::none()
            }
            Message::LogoutCancelled => {
                self.confirming_logout = false;
                Task::none()
            }
            Message::LogoutConfirmed => {
                self.confirming_logout = false;
                let task = self.send(Request::Logout);
                self.api = None;
                let mut login = Login::new(
                    self.settings.server,
                    self.settings.custom_url.clone(),
                    self.settings.login.clone(),
                );
                login.sandbox_changed(self.sandbox_state.clone());
                login.notice = Some(Notice::LoggedOut);
                // Kept, as the dialog promises: the same dealer logging in again
                // finds the screen (and any unsaved form) as it was.
                let previous = std::mem::replace(&mut self.screen, Screen::Login(login));
                self.parked = Some((previous, self.settings.server, self.settings.login.clone()));
                task
            }
            Message::Key(event) => self.key(event),
            Message::WindowResized(size) => {
                self.settings.window.width = size.width;
                self.settings.window.height = size.height;
                Task::none()
            }
            Message::WindowMoved(at) => {
                self.settings.window.x = Some(at.x);
                self.settings.window.y = Some(at.y);
                Task::none()
            }
            Message::CloseRequested(id) => {
                if self.unsaved_work() {
                    self.quit_asked = Some(id);
                    return Task::none();
                }
                self.save_settings();
                window::close(id)
            }
            Message::QuitConfirmed => match self.quit_asked.take() {
                Some(id) => {
                    self.save_settings();
                    window::close(id)
                }
                None => Task::none(),
            },
            Message::QuitCancelled => {
                self.quit_asked = None;
                Task::none()
            }
            Message::FirstFrame => {
                self.first_frame_drawn = true;
                let ms = super::since_process_start().as_secs_f64() * 1000.0;
                tracing::info!(ms, "first frame");
                if std::env::var_os(super::QUIT_AFTER_FIRST_FRAME).is_some() {
                    println!("first frame {ms:.0} ms after start");
                    return iced::exit();
                }
                Task::none()
            }
        }
    }

    fn key(&mut self, event: keyboard::Event) -> Task<Message> {
        let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
            return Task::none();
        };
        if self.quit_asked.is_some() {
            if key == Key::Named(Named::Escape) {
                self.quit_asked = None;
            }
            return Task::none();
        }
        if self.confirming_logout {
            if key == Key::Named(Named::Escape) {
                self.confirming_logout = false;
            }
            return Task::none();
        }
        // Tab moves between fields on every screen.
        if key == Key::Named(Named::Tab) {
            return if modifiers.shift() {
                operation::focus_previous()
            } else {
                operation::focus_next()
            };
        }
        // Activity lies over every screen: keys are its own while it is open.
        if self.activity.is_some() {
            return match key {
                Key::Named(Named::Escape) => {
                    self.update(Message::Activity(activity::Message::Close))
                }
                _ => Task::none(),
            };
        }
        if let (Screen::Login(_), Key::Named(Named::Enter)) = (&self.screen, key.as_ref()) {
            return self.update(Message::Login(login::Message::Submit));
        }
        let message = match (&self.screen, key.as_ref()) {
            (Screen::Users(_), Key::Character("f")) if modifiers.command() => {
                return operation::focus(users::FILTER_ID);
            }
            (Screen::Users(_), Key::Named(Named::PageDown)) => users::Message::NextPage,
            (Screen::Users(_), Key::Named(Named::PageUp)) => users::Message::PreviousPage,
            (Screen::Users(_), Key::Named(Named::ArrowDown)) => users::Message::SelectNext,
            (Screen::Users(_), Key::Named(Named::ArrowUp)) => users::Message::SelectPrevious,
            (Screen::Users(_), Key::Named(Named::Enter)) => users::Message::OpenSelected,
            (Screen::Users(_), Key::Named(Named::F5)) => users::Message::Refresh,
            (Screen::Applications(apps, ..), Key::Named(Named::Escape)) => {
                let m = if apps.confirm_delete.is_some() {
                    applications::Message::DeleteCancelled
                } else if apps.form.is_some() {
                    applications::Message::CancelForm
                } else {
                    applications::Message::Back
                };
                return self.update(Message::Apps(m));
            }
            (Screen::Editor(..), Key::Character("s")) if modifiers.command() => {
                return self.update(Message::Editor(user_editor::Message::Save));
            }
            (Screen::Editor(editor, _), Key::Named(Named::Escape)) => {
                let m = if editor.dialog.is_some() {
                    user_editor::Message::ActionClose
                } else if editor.confirm_discard {
                    user_editor::Message::DiscardCancelled
                } else {
                    user_editor::Message::Cancel
                };
                return self.update(Message::Editor(m));
            }
            (Screen::Import(screen, _), Key::Named(Named::Escape)) => {
                let m = if screen.confirm_leave {
                    import::Message::LeaveCancelled
                } else {
                    import::Message::Back
                };
                return self.update(Message::Import(m));
            }
            (Screen::Transactions(..), Key::Named(Named::Escape)) => {
                return self.update(Message::Transactions(transactions::Message::Back));
            }
            (Screen::Customer(..), Key::Named(Named::Escape)) => {
                return self.update(Message::Customer(customer_view::Message::Back));
            }
            (Screen::Details(..), Key::Named(Named::Escape)) => {
                return self.update(Message::Details(user_details::Message::Back));
            }
            _ => return Task::none(),
        };
        self.update(Message::Users(message))
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            keyboard::listen().map(Message::Key),
            if self.first_frame_drawn {
                Subscription::none()
            } else {
                window::frames().map(|_| Message::FirstFrame)
            },
            iced::system::theme_changes().map(Message::SystemMode),
            // A focused field captures Escape (and may capture Ctrl+S); the
            // shortcuts must work while typing, so those come through here.
            // Uncaptured keys arrive through `keyboard::listen` above.
            event::listen_with(|event, status, _| match (event, status) {
                (
                    Event::Keyboard(k @ keyboard::Event::KeyPressed { .. }),
                    event::Status::Captured,
                ) => {
                    let keyboard::Event::KeyPressed { key, modifiers, .. } = &k else {
                        return None;
                    };
                    let shortcut = *key == Key::Named(Named::Escape)
                        || (modifiers.command() && key.as_ref() == Key::Character("s"));
                    shortcut.then_some(Message::Key(k))
                }
                _ => None,
            }),
            event::listen_with(|event, _status, id| match event {
                Event::Window(window::Event::Resized(size)) => Some(Message::WindowResized(size)),
                Event::Window(window::Event::Moved(at)) => Some(Message::WindowMoved(at)),
                Event::Window(window::Event::CloseRequested) => Some(Message::CloseRequested(id)),
                Event::Window(window::Event::FileDropped(path)) => Some(Message::FileDropped(path)),
                _ => None,
            }),
        ];
        // Ticks only while something needs the clock: the busy indicator, fading toasts.
        let counting_down =
            matches!(&self.screen, Screen::Customer(view, ..) if view.counting_down());
        if !self.pending.is_empty() || self.toasts.has_expiring() || counting_down {
            subs.push(iced::time::every(Duration::from_millis(100)).map(Message::Tick));
        }
        Subscription::batch(subs)
    }

    fn busy(&self) -> bool {
        self.pending
            .values()
            .any(|p| self.now.saturating_duration_since(p.started) >= BUSY_AFTER)
    }

    fn header(&self) -> Element<'_, Message> {
        let languages = pick_list(
            Language::ALL,
            Some(i18n::current_language()),
            Message::LanguagePicked,
        );
        let themes: Vec<ThemeOption> = ThemeChoice::ALL.into_iter().map(ThemeOption).collect();
        let theme = pick_list(themes, Some(ThemeOption(self.settings.theme)), |t| {
            Message::ThemePicked(t.0)
        });
        let mut bar = row![text(fl!("app-title")).size(18)]
            .spacing(12)
            .align_y(Alignment::Center);
        if let Some(api) = &self.api {
            bar = bar
                .push(text(fl!("header-dealer", login = api.login.clone())).style(text::secondary));
        }
        bar = bar.push(space::horizontal());
        if self.busy() {
            bar = bar.push(text(fl!("busy")).style(text::primary));
        }
        if self.api.is_some() {
            bar = bar.push(
                button(text(fl!("activity-open")))
                    .style(button::secondary)
                    .on_press_maybe(self.activity.is_none().then_some(Message::OpenActivity)),
            );
        }
        bar = bar.push(languages).push(theme);
        if self.api.is_some() {
            bar = bar.push(
                button(text(fl!("logout")))
                    .style(button::secondary)
                    .on_press(Message::Logout),
            );
        }
        container(bar)
            .padding([8, 12])
            .style(|theme: &Theme| {
                let p = theme.extended_palette();
                container::Style::default()
                    .background(p.background.weak.color)
                    .color(p.background.weak.text)
            })
            .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body: Element<'_, Message> = match (&self.activity, &self.screen) {
            (Some(activity), _) => activity.view().map(Message::Activity),
            (None, screen) => self.screen_view(screen),
        };
        self.frame(body)
    }

    fn screen_view<'a>(&'a self, screen: &'a Screen) -> Element<'a, Message> {
        match screen {
            Screen::Login(login) => login.view().map(Message::Login),
            Screen::Users(users) => users.view().map(Message::Users),
            Screen::Details(details, _) => details.view().map(Message::Details),
            Screen::Customer(view, _, _) => view.view().map(Message::Customer),
            Screen::Transactions(view, _, _) => view.view().map(Message::Transactions),
            Screen::Import(screen, _) => {
                let view = screen.view().map(Message::Import);
                if screen.confirm_leave {
                    modal(
                        view,
                        Confirm {
                            title: fl!("import-leave-title"),
                            body: fl!("import-leave-body"),
                            confirm: fl!("import-leave"),
                            cancel: fl!("cancel"),
                            on_confirm: Message::Import(import::Message::LeaveConfirmed),
                            on_cancel: Message::Import(import::Message::LeaveCancelled),
                        },
                    )
                } else {
                    view
                }
            }
            Screen::Editor(editor, _) => {
                let view = editor.view().map(Message::Editor);
                if editor.confirm_discard {
                    modal(
                        view,
                        Confirm {
                            title: fl!("editor-discard-title"),
                            body: fl!("editor-discard-body"),
                            confirm: fl!("editor-discard"),
                            cancel: fl!("cancel"),
                            on_confirm: Message::Editor(user_editor::Message::DiscardConfirmed),
                            on_cancel: Message::Editor(user_editor::Message::DiscardCancelled),
                        },
                    )
                } else {
                    view
                }
            }
            Screen::Applications(apps, _, _) => {
                let view = apps.view().map(Message::Apps);
                match apps
                    .confirm_delete
                    .and_then(|id| apps.apps.iter().find(|a| a.id == id))
                {
                    Some(app) => modal(
                        view,
                        Confirm {
                            title: fl!("app-delete-title"),
                            body: fl!("app-delete-body", name = app.name.clone()),
                            confirm: fl!("delete"),
                            cancel: fl!("cancel"),
                            on_confirm: Message::Apps(applications::Message::DeleteConfirmed),
                            on_cancel: Message::Apps(applications::Message::DeleteCancelled),
                        },
                    ),
                    None => view,
                }
            }
        }
    }

    /// The header above, the logout question and the toasts over the page.
    fn frame<'a>(&'a self, body: Element<'a, Message>) -> Element<'a, Message> {
        let page: Element<'_, Message> = column![self.header(), body].into();
        let page = if self.quit_asked.is_some() {
            modal(
                page,
                Confirm {
                    title: fl!("quit-confirm-title"),
                    body: fl!("quit-confirm-body"),
                    confirm: fl!("quit-confirm"),
                    cancel: fl!("cancel"),
                    on_confirm: Message::QuitConfirmed,
                    on_cancel: Message::QuitCancelled,
                },
            )
        } else if self.confirming_logout {
            modal(
                page,
                Confirm {
                    title: fl!("logout-confirm-title"),
                    body: fl!("logout-confirm-body"),
                    confirm: fl!("logout"),
                    cancel: fl!("cancel"),
                    on_confirm: Message::LogoutConfirmed,
                    on_cancel: Message::LogoutCancelled,
                },
            )
        } else {
            page
        };
        if self.toasts.list.is_empty() {
            page
        } else {
            stack![page, self.toasts.view(Message::DismissToast)].into()
        }
    }
}

/// The theme choice as the pick list shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ThemeOption(ThemeChoice);

impl std::fmt::Display for ThemeOption {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self.0 {
            ThemeChoice::System => fl!("theme-system"),
            ThemeChoice::Light => fl!("theme-light"),
            ThemeChoice::Dark => fl!("theme-dark"),
        })
    }
}

fn unexpected(response: Response) -> api::Error {
    api::Error::UnexpectedResponse {
        status: 200,
        detail: format!("unexpected answer {response:?}"),
    }
}

/// Asks where to save (the native dialog) and writes the file there.
async fn save_file(file_name: String, bytes: Vec<u8>) -> Result<Option<PathBuf>, String> {
    let chosen = rfd::AsyncFileDialog::new()
        .set_file_name(&file_name)
        .add_filter("Excel", &["xlsx"])
        .save_file()
        .await;
    let Some(handle) = chosen else {
        return Ok(None);
    };
    let path = handle.path().to_path_buf();
    tokio::fs::write(&path, bytes)
        .await
        .map_err(|e| e.to_string())?;
    Ok(Some(path))
}

/// The native "open" dialog for a users file.
async fn pick_import_file() -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .add_filter(
            fl!("file-filter-spreadsheets"),
            &["xlsx", "xls", "ods", "csv", "txt"],
        )
        .pick_file()
        .await
        .map(|h| h.path().to_path_buf())
}

/// The native "save" dialog for a users export; the extension picks the format.
async fn pick_export_path() -> Option<PathBuf> {
    rfd::AsyncFileDialog::new()
        .set_file_name("users.xlsx")
        .add_filter("Excel", &["xlsx"])
        .add_filter("CSV", &["csv"])
        .save_file()
        .await
        .map(|h| h.path().to_path_buf())
}

/// Starts the embedded sandbox on a free loopback port, data in the app's folder.
async fn start_sandbox(db: PathBuf) -> Result<Arc<Sandbox>, String> {
    if let Some(dir) = db.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let listen = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    Sandbox::start(listen, SandboxConfig::new(db))
        .await
        .map(Arc::new)
        .map_err(|e| e.to_string())
}
