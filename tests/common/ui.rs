//! The app driven through `update` against a real sandbox: the requests it
//! leaves pending are run over HTTP and their answers fed back, exactly as
//! the runtime would.

use super::Harness;
use navixy_panel::config::{Paths, ServerKind, Settings};
use navixy_panel::i18n::{self, Language};
use navixy_panel::sandbox::Policy;
use navixy_panel::ui::app::{App, Message};
use navixy_panel::ui::client::Request;
use navixy_panel::ui::screen::login;

pub struct Ui {
    pub app: App,
    /// The sandbox the app talks to (None when the app owns it).
    pub h: Option<Harness>,
    pub dir: tempfile::TempDir,
    /// Whatever else must live as long as the test (a database folder).
    pub keep: Option<Box<dyn std::any::Any>>,
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
        self.app.toasts.list.iter().any(|t| t.text.contains(part))
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

    pub fn login(&mut self, login: &str, password: &str) {
        self.send(Message::Login(login::Message::Login(login.into())));
        self.send(Message::Login(login::Message::Password(password.into())));
        self.send(Message::Login(login::Message::Submit));
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
}
