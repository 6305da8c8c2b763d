//! The app driven through `update` against a real sandbox: the requests it
//! leaves pending are run over HTTP and their answers fed back, exactly as
//! the runtime would.

use super::Harness;
use navixy_panel::config::{Paths, ServerKind, Settings};
use navixy_panel::i18n::{self, Language};
use navixy_panel::sandbox::Policy;
use navixy_panel::session::{Request, RequestKind};
use navixy_panel::ui::app::{App, Message};
use navixy_panel::ui::screen::{self, Screen, login, user_editor as editor, users};

/// A named key pressed, with no modifiers, as the window reports it.
pub fn key(named: iced::keyboard::key::Named) -> iced::keyboard::Event {
    use iced::keyboard::{self, Key};
    keyboard::Event::KeyPressed {
        key: Key::Named(named),
        modified_key: Key::Named(named),
        physical_key: keyboard::key::Physical::Unidentified(
            keyboard::key::NativeCode::Unidentified,
        ),
        location: keyboard::Location::Standard,
        modifiers: keyboard::Modifiers::default(),
        text: None,
        repeat: false,
    }
}

pub struct Ui {
    pub app: App,
    /// The sandbox the app talks to (None when the app owns it).
    pub h: Option<Harness>,
    pub dir: tempfile::TempDir,
    /// Whatever else must live as long as the test (a database folder).
    pub keep: Option<Box<dyn std::any::Any>>,
}

/// The screen on top must be of this kind: a reference to it, or a panic
/// naming what is there instead.
#[macro_export]
macro_rules! on_top {
    ($ui:expr, $variant:ident) => {
        match $ui.app.top() {
            Some(navixy_panel::ui::screen::Screen::$variant(s)) => &**s,
            _ => panic!(
                "not on the {} screen: {}",
                stringify!($variant),
                $ui.where_()
            ),
        }
    };
}

impl Ui {
    /// The app (in English) pointed at a fresh sandbox as an on-premise URL on loopback.
    pub async fn start(policy: Policy) -> Ui {
        i18n::set_language(Language::English);
        let h = super::start_with(policy).await;
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        let settings = Settings {
            server: ServerKind::Custom,
            custom_url: h.sandbox.base_url(),
            language: Some(Language::English),
            ..Settings::default()
        };
        settings.save(&paths.settings_file).unwrap();
        let (app, _) = App::new(paths);
        Ui {
            app,
            h: Some(h),
            dir,
            keep: None,
        }
    }

    /// Started and logged in as the demo dealer, on the users list.
    pub async fn logged_in() -> Ui {
        let mut ui = Ui::start(Policy::default()).await;
        ui.login("demo", "demo1234");
        ui.settle().await;
        ui
    }

    /// Whether a toast says `part` (in English, the tests' language).
    pub fn has_toast(&self, part: &str) -> bool {
        self.app.toasts().iter().any(|t| t.text.contains(part))
    }

    /// The newest toast's text.
    pub fn last_toast(&self) -> String {
        self.app
            .toasts()
            .last()
            .map(|t| t.text.clone())
            .unwrap_or_default()
    }

    /// On the screen as it is drawn: the 500 message, then a click on
    /// "Try again", whose messages are fed back.
    pub fn try_again_after_server_trouble(&mut self) {
        let mut sim = iced_test::simulator(self.app.view());
        sim.find("The server is having trouble (HTTP 500). Try again in a moment.")
            .unwrap();
        sim.click("Try again").unwrap();
        let messages: Vec<Message> = sim.into_messages().collect();
        for m in messages {
            self.send(m);
        }
    }

    pub fn h(&self) -> &Harness {
        self.h.as_ref().expect("a test sandbox")
    }

    pub fn send(&mut self, m: Message) {
        let _ = self.app.update(m);
    }

    /// A message for the screen on top (as its view would send it).
    pub fn top(&mut self, m: impl Into<screen::Message>) {
        let m = self.app.to_top(m).expect("signed in");
        self.send(m);
    }

    /// A message for the users list, wherever it is on the stack.
    pub fn list(&mut self, m: users::Message) {
        let m = self.app.to_users(m).expect("signed in");
        self.send(m);
    }

    /// What is on screen, for a failing test's message.
    pub fn where_(&self) -> String {
        match self.app.top() {
            None => "the login screen".into(),
            Some(s) => screen_name(s).into(),
        }
    }

    pub fn users(&self) -> &users::Users {
        self.app
            .nav()
            .and_then(|n| n.users())
            .expect("signed in, with the users list")
    }

    /// How many screens are open (the list counts as one).
    pub fn depth(&self) -> usize {
        self.app.nav().map_or(0, |n| n.depth())
    }

    pub fn login(&mut self, login: &str, password: &str) {
        self.send(Message::Login(login::Message::Login(login.into())));
        self.send(Message::Login(login::Message::Password(password.into())));
        self.send(Message::Login(login::Message::Submit));
    }

    /// The id of the newest pending request of this kind.
    pub fn pending_id(&self, kind: RequestKind) -> u64 {
        self.app
            .pending()
            .filter(|(_, p)| p.kind == kind)
            .map(|(id, _)| id)
            .last()
            .unwrap_or_else(|| panic!("no pending {kind:?}"))
    }

    /// Runs the pending request `id` over HTTP, as the runtime would, and
    /// returns the message carrying its answer (not yet delivered).
    pub async fn answer_of(&self, id: u64) -> Message {
        let request = self
            .app
            .pending()
            .find(|(i, _)| *i == id)
            .map(|(_, p)| p.request.clone())
            .expect("pending");
        let result = self.app.run(request).await;
        Message::Answer { id, result }
    }

    /// Runs every pending request and feeds the answers back, until none is left.
    pub async fn settle(&mut self) {
        for _ in 0..10 {
            let batch: Vec<(u64, Request)> = self
                .app
                .pending()
                .map(|(id, p)| (id, p.request.clone()))
                .collect();
            if batch.is_empty() {
                return;
            }
            for (id, request) in batch {
                let result = self.app.run(request).await;
                self.send(Message::Answer { id, result });
            }
        }
        panic!("requests kept coming");
    }

    /// Answers requests until none is left, however many follow each other
    /// (a screen that reads one user after another).
    pub async fn settle_all(&mut self) {
        for _ in 0..100_000 {
            let Some((id, request)) = self
                .app
                .pending()
                .map(|(id, p)| (id, p.request.clone()))
                .next()
            else {
                return;
            };
            let result = self.app.run(request).await;
            self.send(Message::Answer { id, result });
        }
        panic!("requests kept coming");
    }
}

fn screen_name(s: &Screen) -> &'static str {
    match s {
        Screen::Users(_) => "users list",
        Screen::Details(_) => "user's details",
        Screen::Editor(_) => "editor",
        Screen::Applications(_) => "applications",
        Screen::Customer(_) => "customer's view",
        Screen::Transactions(_) => "transactions",
        Screen::Import(_) => "import",
        Screen::Activity(_) => "activity",
        Screen::Trackers(_) => "trackers",
        Screen::Settings(_) => "settings",
        Screen::Bulk(_) => "bulk",
        Screen::Watch(_) => "balance watch",
        Screen::Segments(_) => "segments",
    }
}

impl Ui {
    /// Sends `m` and runs the work it starts the way the runtime would, feeding
    /// what that work says back in, until it is done (widget operations,
    /// clipboard and window actions need a window and are skipped). For work
    /// that ends: a reading, a file written, a folder listed.
    pub async fn send_and_run(&mut self, m: Message) {
        use iced_test::futures::futures::StreamExt;
        let mut queue = vec![self.app.update(m)];
        while let Some(task) = queue.pop() {
            let Some(mut stream) = iced_test::runtime::task::into_stream(task) else {
                continue;
            };
            let deadline = std::time::Duration::from_secs(20);
            while let Ok(Some(action)) = tokio::time::timeout(deadline, stream.next()).await {
                if let iced_test::runtime::Action::Output(message) = action {
                    queue.push(self.app.update(message));
                }
            }
        }
    }
}

/// The user editor, shared by the editor's and the races' tests.
impl Ui {
    /// Types `value` into one of the editor's text fields.
    pub fn type_in(&mut self, field: editor::TextField, value: &str) {
        self.top(editor::Message::Edit(editor::Field::Text(
            field,
            value.into(),
        )));
    }

    /// The editor on top (a panic says what is there instead).
    pub fn editor(&self) -> &editor::UserEditor {
        crate::on_top!(self, Editor)
    }
}

/// Users with money to watch, shared by the balance watch's and the
/// segments' tests.
impl Ui {
    /// A new user paid 6 and was charged 3 in the last 30 days: 0.10 a
    /// day, 30 days left. Its id.
    pub async fn thirty_days_left(&self, login: &str) -> i64 {
        let hash = self.h().demo().await;
        let client = &self.h().client;
        let id = client
            .user_create(&hash, &super::new_individual(login))
            .await
            .unwrap();
        for amount in [6.0, -3.0] {
            client
                .change_balance(
                    &hash,
                    id,
                    amount,
                    navixy_panel::model::BalanceKind::Balance,
                    "Watch test",
                )
                .await
                .unwrap();
        }
        id
    }
}
