//! The root of the app: the session and where the operator is in it
//! (`Session`, `Nav`), settings, the embedded sandbox, the one place requests
//! are sent and their answers handed to the screen instance that asked, the
//! effects screens ask for, and what belongs to no screen: the header, the
//! log-out and quit questions, toasts, "log in as user".

use crate::api;
use crate::config::{Paths, ServerKind, SettingChange, Settings, ThemeChoice};
use crate::fl;
use crate::i18n::{self, Language};
use crate::journal::Journal;
use crate::sandbox::{Sandbox, SandboxConfig};
use crate::session::{self, Answer, Api, Request, RequestKind, Response, audit};
use crate::ui::action::{Action, Effect, Happened, OnPick};
use crate::ui::chooser::{self, Chooser};
use crate::ui::files;
use crate::ui::nav::Nav;
use crate::ui::screen::activity::Activity;
use crate::ui::screen::login::{self, Login, Notice, SandboxState};
use crate::ui::screen::{self, Screen, ScreenId};
use crate::ui::widget::toast::{Toast, Toasts};
use iced::keyboard;
use iced::widget::operation;
use iced::{Task, theme, window};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

mod bulk_runs;
mod choosing;
mod input;
mod read;
mod requests;
mod sign_in;
mod view;

pub use requests::Pending;
use requests::{Awaits, Requests};

/// Signed out (the login screen), or signed in with a place to be.
pub enum Session {
    LoggedOut(Box<Login>),
    LoggedIn {
        api: Arc<Api>,
        nav: Nav,
        /// What the session knows about the dealer (unknown until read).
        dealer: Arc<session::Dealer>,
    },
}

/// Where the operator was when the session ended, and whose session it was:
/// the same dealer signing in again on the same server finds it as it was.
struct Parked {
    nav: Nav,
    server: ServerKind,
    login: String,
}

/// The in-app file chooser, and what to do with the file chosen.
struct Choosing {
    dialog: Chooser,
    then: Then,
}

enum Then {
    /// Hand the file (or None: cancelled) to the screen that asked.
    Tell(ScreenId, OnPick<screen::Message>),
    /// Write these bytes there.
    Write(Vec<u8>),
}

/// The root's own questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Modal {
    Logout,
    /// The window asked to close while work was unsaved.
    Quit(window::Id),
}

#[derive(Debug, Clone)]
pub enum Message {
    Login(login::Message),
    /// A message for one screen instance (dropped if it has closed).
    Screen(ScreenId, screen::Message),
    Answer {
        id: u64,
        result: Answer,
    },
    /// The in-app file chooser (where the system has no file dialog).
    Chooser(chooser::Message),
    /// A file was saved where the operator chose (None: the dialog was cancelled).
    Saved(Result<Option<PathBuf>, String>),
    /// A file dropped on the window: the screen on top decides.
    FileDropped(PathBuf),
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
    /// The size of the screen the window opened on (None: not known).
    ScreenSize(window::Id, Option<iced::Size>),
    /// Close the window although work would be lost.
    QuitConfirmed,
    QuitCancelled,
    /// The window drew for the first time (start-up is over).
    FirstFrame,
    /// The activity journal, over the current screen.
    OpenActivity,
    /// The balance watch, over the current screen.
    OpenWatch,
    /// Segments of the dealer's users, over the current screen.
    OpenSegments,
    /// The settings, over the current screen.
    OpenSettings,
    /// The web browser's answer to "log in as user" (Err: why it did not open).
    BrowserOpened(Result<(), String>),
}

pub struct App {
    paths: Paths,
    settings: Settings,
    system_mode: theme::Mode,
    session: Session,
    parked: Option<Parked>,
    sandbox: Option<Arc<Sandbox>>,
    sandbox_state: SandboxState,
    toasts: Toasts,
    modal: Option<Modal>,
    choosing: Option<Choosing>,
    /// The system shows file dialogs; without, the in-app chooser is used.
    system_dialogs: bool,
    requests: Requests,
    now: Instant,
    /// Start-up ends at the first frame; until then the app listens for it.
    first_frame_drawn: bool,
    /// What this start draws with (known when the window runs; tests: none).
    drawing: Option<crate::ui::drawing::Choice>,
    journal: Journal,
    /// Timeouts and retries of the client made at login (settings:
    /// `request_timeout_secs`).
    client_options: api::ClientOptions,
    /// The last address handed to the web browser ("log in as user").
    opened: Option<String>,
}

impl App {
    /// Starts with the settings in `paths` (first run: defaults, sandbox).
    pub fn new(paths: Paths) -> (App, Task<Message>) {
        let (settings, problems) = Settings::load(&paths.settings_file);
        Self::with_settings(paths, settings, &problems)
    }

    /// Starts with settings already read (`problems`: what could not be).
    pub fn with_settings(
        paths: Paths,
        settings: Settings,
        problems: &[String],
    ) -> (App, Task<Message>) {
        for p in problems {
            tracing::warn!(problem = %p, "a setting could not be read and was reset");
        }
        i18n::set_language(settings.language.unwrap_or_else(i18n::system_language));
        let journal = Journal::in_dir(&paths.data_dir);
        let request_timeout = settings.request_timeout();
        let mut app = App {
            paths,
            settings,
            system_mode: theme::Mode::Light,
            session: Session::LoggedOut(Box::new(Login::new(
                ServerKind::Custom,
                String::new(),
                String::new(),
            ))),
            parked: None,
            sandbox: None,
            sandbox_state: SandboxState::NotStarted,
            toasts: Toasts::default(),
            modal: None,
            choosing: None,
            system_dialogs: files::system_dialog_available(),
            requests: Requests::default(),
            now: Instant::now(),
            first_frame_drawn: false,
            drawing: None,
            journal,
            client_options: api::ClientOptions {
                request_timeout,
                ..api::ClientOptions::default()
            },
            opened: None,
        };
        app.session = Session::LoggedOut(Box::new(app.login_screen(None)));
        if !problems.is_empty() {
            app.toasts.push(Toast::failed(fl!("settings-reset")));
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

    /// Makes a window larger than its screen fit in it, leaving room for the
    /// title bar and the task bar; a window that fits is left as it is.
    fn fit_to_screen(&mut self, id: window::Id, screen: iced::Size) -> Task<Message> {
        let window = &mut self.settings.window;
        let (room_w, room_h) = (screen.width * 0.95, screen.height * 0.88);
        if window.width <= room_w && window.height <= room_h {
            return Task::none();
        }
        let fitted = iced::Size::new(
            window.width.min(room_w).max(super::MIN_WINDOW.width),
            window.height.min(room_h).max(super::MIN_WINDOW.height),
        );
        window.width = fitted.width;
        window.height = fitted.height;
        let at = iced::Point::new(
            ((screen.width - fitted.width) / 2.0).max(0.0),
            ((screen.height - fitted.height) / 2.0).max(0.0),
        );
        Task::batch([window::resize(id, fitted), window::move_to(id, at)])
    }

    /// Says once that the window draws with the processor because the
    /// graphics card failed (the setting was changed, so it is not said again).
    pub fn drawing_chosen(&mut self, choice: &crate::ui::drawing::Choice) {
        use crate::ui::drawing::{Choice, Failure};
        self.drawing = Some(choice.clone());
        let said = match choice {
            Choice::ProcessorAfterFailure(Failure::Probe(why)) => {
                fl!("drawing-failed-probe", reason = why.clone())
            }
            Choice::ProcessorAfterFailure(Failure::LastStart) => fl!("drawing-failed-start"),
            _ => return,
        };
        self.settings.drawing = crate::config::Drawing::Processor;
        self.toasts.push(Toast::failed(said));
    }

    // ---- settings and the sandbox ----------------------------------------

    /// Writes the settings off the UI thread.
    fn save_settings(&self) -> Task<Message> {
        let settings = self.settings.clone();
        let path = self.paths.settings_file.clone();
        Task::future(async move {
            let written = tokio::task::spawn_blocking(move || settings.save(&path)).await;
            match written {
                Ok(Ok(())) => {}
                Ok(Err(e)) => tracing::error!(error = %e, "cannot save settings"),
                Err(e) => tracing::error!(error = %e, "cannot save settings"),
            }
        })
        .discard()
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
        if let Session::LoggedOut(login) = &mut self.session {
            login.sandbox_changed(state);
        }
    }

    // ---- requests and answers --------------------------------------------

    /// Sends a request; a newer one of the same kind from the same asker
    /// replaces (and aborts) the older.
    fn send(&mut self, request: Request, from: Option<ScreenId>, awaits: Awaits) -> Task<Message> {
        self.send_as(request, from, awaits, false)
    }

    /// Sends a request, `alongside` the asker's others of its kind (none
    /// superseded) or in place of them.
    fn send_as(
        &mut self,
        request: Request,
        from: Option<ScreenId>,
        awaits: Awaits,
        alongside: bool,
    ) -> Task<Message> {
        let id = self.requests.next_id();
        let (task, handle) = Task::perform(self.run(request.clone()), move |result| {
            Message::Answer { id, result }
        })
        .abortable();
        let pending = Pending {
            kind: request.kind(),
            request,
            from,
            session: self.session(),
            started: Instant::now(),
            alongside,
            awaits,
            _abort: handle.abort_on_drop(),
        };
        self.requests.insert(id, pending);
        task
    }

    /// Runs a request with the session; a change is written to the activity
    /// journal (synced to disk) before its answer is handed back.
    pub fn run(&self, request: Request) -> impl std::future::Future<Output = Answer> + 'static {
        let mut options = self.client_options.clone();
        if let Request::Login { base_url, .. } = &request {
            options.applications_dialect = api::Client::api_root(base_url)
                .ok()
                .and_then(|root| self.settings.applications_dialects.get(&root).copied());
        }
        session::run_journaled(self.session(), request, options, self.journal.clone())
    }

    /// Keeps the applications dialect the server was seen to take, so the
    /// next sign-in to it starts in that dialect.
    fn keep_dialect(&mut self) -> Task<Message> {
        let Some(api) = self.session() else {
            return Task::none();
        };
        let Some(dialect) = api.client.learnt_dialect() else {
            return Task::none();
        };
        let server = api.client.base_url().to_owned();
        if self.settings.applications_dialects.get(&server) == Some(&dialect) {
            return Task::none();
        }
        self.settings
            .apply(SettingChange::ApplicationsDialect { server, dialect });
        self.save_settings()
    }

    fn answer(&mut self, id: u64, result: Answer) -> Task<Message> {
        // Superseded, cancelled or answered already: nobody wants it.
        let Some(pending) = self.requests.take(id) else {
            return Task::none();
        };
        let kind = pending.kind;
        // Sent in the session signed in now (a request of one signed out
        // before may still come back, ended: that ends nothing now).
        let current = match (&pending.session, self.session()) {
            (Some(sent), Some(now)) => Arc::ptr_eq(sent, &now),
            (None, _) => true,
            (Some(_), None) => false,
        };
        if let Err(e) = &result
            && e.is_session_ended()
            && current
            && !matches!(kind, RequestKind::Login | RequestKind::Logout)
            && !kind.uses_user_session()
        {
            return self.session_ended();
        }
        let kept = if matches!(kind, RequestKind::ListApps | RequestKind::SaveApp) && current {
            self.keep_dialect()
        } else {
            Task::none()
        };
        let task = match pending.awaits {
            Awaits::Root(narrow) => match narrow(result) {
                Ok(api) => self.logged_in(api),
                Err(e) => self.login_update(login::Message::Answered(Err(e))),
            },
            // Another session's dealer is not this one's.
            Awaits::Dealer(_) if !current => Task::none(),
            Awaits::Dealer(narrow) => match narrow(result) {
                Ok(known) => {
                    if let Session::LoggedIn { dealer, .. } = &mut self.session {
                        *dealer = known.clone();
                    }
                    self.tell(&Happened::Dealer(known))
                }
                // Screens go on with nothing hidden; the server still refuses
                // what this dealer may not do.
                Err(e) => {
                    tracing::warn!(error = %e, "what the dealer may do is not known");
                    Task::none()
                }
            },
            Awaits::Nobody => Task::none(),
            Awaits::Screen(to_message) => match pending.from {
                Some(screen) if self.nav().is_some_and(|n| n.contains(screen)) => {
                    self.update_screen(screen, to_message(result))
                }
                _ => self.answer_for_nobody(&pending.request, result),
            },
        };
        Task::batch([kept, task])
    }

    /// The screen that asked has closed. A user session it opened is ended;
    /// the outcome of a change it sent is said, since nobody else will.
    fn answer_for_nobody(&mut self, request: &Request, result: Answer) -> Task<Message> {
        if let Ok(Response::UserSession(s)) = &result {
            let close = Request::CloseUserSession(s.clone());
            return self.send(close, None, Awaits::Nobody);
        }
        let Some(operation) = audit::operation(request) else {
            return Task::none();
        };
        let what = crate::words::operation_label(operation);
        self.toasts.push(match &result {
            Ok(_) => Toast::success(fl!("left-change-done", operation = what)),
            Err(e) => Toast {
                text: fl!(
                    "left-change-failed",
                    operation = what,
                    reason = crate::words::errors::describe(e)
                ),
                ..Toast::error(e)
            },
        });
        Task::none()
    }

    /// A file dropped on the window goes to the screen on top if it takes
    /// files; otherwise the operator is told why nothing happened.
    fn dropped(&mut self, path: PathBuf) -> Task<Message> {
        let Some(top) = self.nav().map(|n| n.top()) else {
            return Task::none();
        };
        let id = top.id;
        if let Some(m) = top.screen.dropped(&path) {
            return self.update_screen(id, m);
        }
        let name = files::file_name(&path);
        let why = if files::has_extension(&name, files::SPREADSHEETS) {
            fl!("drop-elsewhere", name = name)
        } else {
            fl!(
                "drop-unsupported",
                name = name,
                extensions = files::SPREADSHEETS.join(", ")
            )
        };
        self.toasts.push(Toast::failed(why));
        Task::none()
    }

    // ---- screens and their effects ---------------------------------------

    /// Hands `message` to the screen instance `id` and carries out what it asks.
    fn update_screen(&mut self, id: ScreenId, message: screen::Message) -> Task<Message> {
        let Session::LoggedIn { nav, .. } = &mut self.session else {
            return Task::none();
        };
        let Some(screen) = nav.get_mut(id) else {
            return Task::none(); // it has closed
        };
        let action = screen.update(message);
        self.carry_out(id, action)
    }

    /// Carries out what the screen `from` asked for, in order; what happened
    /// is told to the other screens last, once the stack is as asked.
    fn carry_out(&mut self, from: ScreenId, action: Action<screen::Message>) -> Task<Message> {
        let mut tasks = Vec::new();
        let mut told = Vec::new();
        for effect in action.into_effects() {
            match effect {
                Effect::Request(request, answer) => {
                    tasks.push(self.send(request, Some(from), Awaits::Screen(answer)))
                }
                Effect::Alongside(request, answer) => {
                    let awaits = Awaits::Screen(answer);
                    tasks.push(self.send_as(request, Some(from), awaits, true))
                }
                Effect::Send(request) => tasks.push(self.send(request, Some(from), Awaits::Nobody)),
                Effect::Cancel(kind) => self.requests.cancel(from, kind),
                Effect::Run(task) => tasks.push(task.map(move |m| Message::Screen(from, m))),
                Effect::Toast(t) => self.toasts.push(t),
                Effect::SaveFile(save) => tasks.push(self.save_file(save)),
                Effect::PickFile(pick, chosen) => tasks.push(self.pick_file(from, pick, chosen)),
                Effect::Setting(change) => {
                    self.settings.apply(change);
                    // A new timeout holds from the next sign-in.
                    self.client_options.request_timeout = self.settings.request_timeout();
                    tasks.push(self.save_settings());
                }
                Effect::Open(screen) => tasks.push(self.open(*screen)),
                Effect::Close => {
                    if let Session::LoggedIn { nav, .. } = &mut self.session {
                        nav.close(from);
                    }
                }
                Effect::Tell(what) => told.push(what),
                Effect::HandOver(session) => tasks.push(self.hand_over(&session)),
                Effect::Bulk(run) => tasks.push(self.run_bulk(from, *run)),
            }
        }
        for what in told {
            tasks.push(self.tell(&what));
        }
        Task::batch(tasks)
    }

    /// Opens `screen` on top, tells it what is known about the dealer, and
    /// starts it.
    fn open(&mut self, screen: Screen) -> Task<Message> {
        let Session::LoggedIn { nav, dealer, .. } = &mut self.session else {
            return Task::none();
        };
        let id = nav.push(screen);
        let action = match nav.get_mut(id) {
            Some(screen) => screen
                .heard(&Happened::Dealer(dealer.clone()))
                .and(screen.start()),
            None => return Task::none(),
        };
        self.carry_out(id, action)
    }

    /// Tells every open screen, from the top down, what happened.
    fn tell(&mut self, what: &Happened) -> Task<Message> {
        let ids = match self.nav() {
            Some(nav) => nav.ids_from_top(),
            None => return Task::none(),
        };
        let mut tasks = Vec::new();
        for id in ids {
            let Session::LoggedIn { nav, .. } = &mut self.session else {
                break;
            };
            if let Some(screen) = nav.get_mut(id) {
                let action = screen.heard(what);
                tasks.push(self.carry_out(id, action));
            }
        }
        Task::batch(tasks)
    }

    fn nav_screen(&mut self, id: ScreenId) -> Option<&mut Screen> {
        match &mut self.session {
            Session::LoggedIn { nav, .. } => nav.get_mut(id),
            Session::LoggedOut(_) => None,
        }
    }

    // ---- update ----------------------------------------------------------

    pub fn update(&mut self, message: Message) -> Task<Message> {
        match message {
            Message::Login(m) => self.login_update(m),
            Message::Screen(id, m) => self.update_screen(id, m),
            Message::Answer { id, result } => self.answer(id, result),
            Message::Chooser(m) => match &mut self.choosing {
                Some(c) => {
                    let outcome = c.dialog.update(m);
                    self.chooser_outcome(outcome)
                }
                None => Task::none(),
            },
            Message::Saved(Ok(Some(path))) => {
                self.toasts.push(Toast::success(fl!(
                    "saved-to",
                    path = path.display().to_string()
                )));
                Task::none()
            }
            Message::Saved(Ok(None)) => Task::none(),
            Message::Saved(Err(reason)) => {
                self.toasts
                    .push(Toast::failed(fl!("save-failed", reason = reason)));
                Task::none()
            }
            Message::FileDropped(path) => self.dropped(path),
            Message::OpenActivity => {
                let already = matches!(self.top(), Some(Screen::Activity(_)));
                if already || !self.is_logged_in() {
                    return Task::none();
                }
                self.open(Activity::new(self.journal.read()).into())
            }
            Message::OpenWatch => {
                let already = matches!(self.top(), Some(Screen::Watch(_)));
                let Session::LoggedIn { api, .. } = &self.session else {
                    return Task::none();
                };
                if already {
                    return Task::none();
                }
                let screen = screen::balance_watch::BalanceWatch::new(
                    api.client.base_url().to_owned(),
                    api.login.clone(),
                    &self.paths.data_dir,
                );
                self.open(screen.into())
            }
            Message::OpenSegments => {
                let already = matches!(self.top(), Some(Screen::Segments(_)));
                let Session::LoggedIn { api, .. } = &self.session else {
                    return Task::none();
                };
                if already {
                    return Task::none();
                }
                let screen = screen::segments::Segments::new(
                    api.client.base_url().to_owned(),
                    api.login.clone(),
                    &self.paths.data_dir,
                    self.settings.segments.clone(),
                );
                self.open(screen.into())
            }
            Message::OpenSettings => {
                let already = matches!(self.top(), Some(Screen::Settings(_)));
                if already || !self.is_logged_in() {
                    return Task::none();
                }
                let screen =
                    screen::settings::Settings::new(&self.settings, self.paths.data_dir.clone())
                        .with_drawing_now(self.drawing.as_ref().map(|c| c.in_words()));
                self.open(screen.into())
            }
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
                Task::none()
            }
            Message::LanguagePicked(language) => {
                i18n::set_language(language);
                self.settings.language = Some(language);
                for nav in [
                    match &mut self.session {
                        Session::LoggedIn { nav, .. } => Some(nav),
                        Session::LoggedOut(_) => None,
                    },
                    self.parked.as_mut().map(|p| &mut p.nav),
                ]
                .into_iter()
                .flatten()
                {
                    nav.language_changed();
                }
                self.save_settings()
            }
            Message::ThemePicked(choice) => {
                self.settings.theme = choice;
                self.save_settings()
            }
            Message::SystemMode(mode) => {
                self.system_mode = mode;
                Task::none()
            }
            Message::Logout => {
                self.modal = Some(Modal::Logout);
                Task::none()
            }
            Message::LogoutCancelled => {
                self.modal = None;
                Task::none()
            }
            Message::LogoutConfirmed => {
                self.modal = None;
                let task = self.send(Request::Logout, None, Awaits::Nobody);
                // Kept, as the dialog promises: the same dealer logging in again
                // finds the screens (and any unsaved form) as they were.
                self.sign_out(Notice::LoggedOut);
                task
            }
            Message::Key(event) => self.key(event),
            Message::WindowResized(size) => {
                self.settings.window.width = size.width;
                self.settings.window.height = size.height;
                Task::none()
            }
            Message::ScreenSize(id, Some(screen)) => self.fit_to_screen(id, screen),
            Message::ScreenSize(_, None) => Task::none(),
            Message::WindowMoved(at) => {
                self.settings.window.x = Some(at.x);
                self.settings.window.y = Some(at.y);
                Task::none()
            }
            Message::CloseRequested(id) => {
                if self.unsaved_work() {
                    self.modal = Some(Modal::Quit(id));
                    return Task::none();
                }
                self.save_settings().chain(window::close(id))
            }
            Message::QuitConfirmed => match self.modal.take() {
                Some(Modal::Quit(id)) => self.save_settings().chain(window::close(id)),
                other => {
                    self.modal = other;
                    Task::none()
                }
            },
            Message::QuitCancelled => {
                self.modal = None;
                Task::none()
            }
            Message::BrowserOpened(result) => {
                self.browser_opened(result);
                Task::none()
            }
            // Frames already on their way when the first was seen say
            // nothing new: the start-up work below runs once.
            Message::FirstFrame if self.first_frame_drawn => Task::none(),
            Message::FirstFrame => {
                self.first_frame_drawn = true;
                let data_dir = self.paths.data_dir.clone();
                // A few frames on, the graphics card has drawn everything a
                // first frame needs: the mark of a start that failed goes.
                let drawn = Task::future(async move {
                    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
                    crate::ui::drawing::first_frame_drawn(&data_dir);
                })
                .discard();
                let ms = super::since_process_start().as_secs_f64() * 1000.0;
                tracing::info!(ms, "first frame");
                if std::env::var_os(super::QUIT_AFTER_FIRST_FRAME).is_some() {
                    crate::ui::drawing::first_frame_drawn(&self.paths.data_dir);
                    println!("first frame {ms:.0} ms after start");
                    return iced::exit();
                }
                // The size remembered may be larger than this screen (a
                // laptop after a large monitor, a virtual machine's window).
                let screen = window::oldest().and_then(|id| {
                    window::monitor_size(id).map(move |size| Message::ScreenSize(id, size))
                });
                Task::batch([drawn, screen])
            }
        }
    }
}

/// Starts the embedded sandbox on a free loopback port, data in the app's folder.
async fn start_sandbox(db: PathBuf) -> Result<Arc<Sandbox>, String> {
    if let Some(dir) = db.parent() {
        crate::config::private_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let listen = std::net::SocketAddr::from(([127, 0, 0, 1], 0));
    Sandbox::start(listen, SandboxConfig::new(db))
        .await
        .map(Arc::new)
        .map_err(|e| e.to_string())
}
