//! The app driven through `update` (and the view through the simulator),
//! against a real sandbox: requests the app sends are executed over HTTP and
//! their answers fed back, exactly as the runtime would.

use navixy_panel::model::ErrorCode;

use crate::common::start_with;
use crate::common::ui::Ui;
use iced_test::simulator;
use navixy_panel::api::{Error, OrderBy};
use navixy_panel::config::{Paths, ServerKind};
use navixy_panel::sandbox::Policy;
use navixy_panel::session::{self as client, Request, RequestKind};
use navixy_panel::ui::app::{App, Message};
use navixy_panel::ui::screen::login::{self, Notice, Problem};
use navixy_panel::ui::screen::users::{self, LoadState, UserColumn};
use navixy_panel::ui::screen::{self as screen, Screen};
use navixy_panel::ui::widget::pager::Step;

/// The app pointed at a fresh sandbox (as an on-premise URL on loopback).
async fn app_with(policy: Policy) -> Ui {
    Ui::start(policy).await
}

impl Ui {
    fn login_screen(&self) -> &login::Login {
        self.app.login().expect("on the login screen")
    }

    fn users_msg(&mut self, m: users::Message) {
        self.list(m);
    }

    fn pending_list_query(&self) -> Option<navixy_panel::api::ListQuery> {
        self.app.pending().find_map(|(_, p)| match &p.request {
            Request::ListUsers(q) => Some(q.clone()),
            _ => None,
        })
    }
}

#[tokio::test]
async fn logging_in_lands_on_the_first_page_of_users() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    assert!(ui.login_screen().is_busy());
    ui.settle().await;
    assert!(ui.app.is_logged_in());
    let users = ui.users();
    assert_eq!(
        (users.rows().len(), users.count(), users.state()),
        (50, 60, &LoadState::Loaded)
    );
    assert_eq!(users.range_text(), "1–50 of 60");
    // The login is remembered (in the settings the app writes), the password never.
    let saved = toml::to_string(ui.app.settings()).unwrap();
    assert!(saved.contains("login = \"demo\""), "{saved}");
    assert!(!saved.contains("demo1234"));
}

#[tokio::test]
async fn on_first_run_the_sandbox_is_chosen_started_and_its_demo_dealer_filled_in() {
    let h = start_with(Policy::default()).await;
    let dir = tempfile::tempdir().unwrap();
    let (mut app, _) = App::new(Paths::under(dir.path()));
    let Some(login) = app.login() else {
        panic!("the login screen")
    };
    assert_eq!(login.server(), ServerKind::Sandbox);
    assert_eq!(login.sandbox(), &login::SandboxState::Starting);
    assert_eq!((login.login(), login.password()), ("demo", "demo1234"));
    assert!(!login.can_submit(), "not before the sandbox answers");
    // The runtime would now deliver the started sandbox; hand it ours.
    let url = h.sandbox.base_url();
    let _ = app.update(Message::SandboxStarted(Ok(std::sync::Arc::new(h.sandbox))));
    let Some(login) = app.login() else {
        panic!("the login screen")
    };
    assert_eq!(login.sandbox(), &login::SandboxState::Ready(url));
    // Enter submits even when no field has the focus.
    let enter = crate::common::ui::key(iced::keyboard::key::Named::Enter);
    let _ = app.update(Message::Key(enter));
    assert_eq!(app.pending().count(), 1, "Enter sent the login");
    let mut ui = Ui {
        app,
        h: None,
        dir,
        keep: Some(Box::new(h.dir)),
    };
    ui.settle().await;
    assert!(ui.app.is_logged_in());
    assert_eq!(ui.users().count(), 60);
}

#[tokio::test]
async fn login_errors_are_explained_and_keep_what_was_typed() {
    let mut ui = app_with(Policy {
        lockout_attempts: 2,
        ..Policy::default()
    })
    .await;
    let code_of = |ui: &Ui| match &ui.login_screen().problem() {
        Some(Problem::Server(Error::Api(a))) => a.code,
        other => panic!("{other:?}"),
    };
    for (login, password, code) in [
        ("blocked", "blocked1234", 11),
        ("nobody", "x-password", 12),
        ("demo", "wrong-one", 102),
        ("demo", "wrong-two", 102),
        ("demo", "demo1234", 105),
    ] {
        ui.login(login, password);
        ui.settle().await;
        assert_eq!(code_of(&ui), code, "{login}");
        let screen = ui.login_screen();
        assert!(!screen.is_busy());
        assert_eq!(
            (screen.login(), screen.password()),
            (login, password),
            "nothing typed is lost"
        );
    }
    // Messages are the operator's words, not the server's.
    let text =
        navixy_panel::words::errors::describe(&Error::from(ErrorCode::LoginAttemptsExceeded));
    assert!(text.contains("Too many failed attempts"), "{text}");

    // A plain-http address that is not this machine is refused before anything is sent.
    ui.send(Message::Login(login::Message::ServerPicked(
        ServerKind::Custom,
    )));
    ui.send(Message::Login(login::Message::CustomUrl(
        "http://navixy.example.com/api-v2/".into(),
    )));
    ui.login("demo", "demo1234");
    assert_eq!(ui.login_screen().problem(), Some(&Problem::HttpsRequired));
    assert_eq!(ui.app.pending().count(), 0);
    // Nothing listens at this address: unreachable.
    let closed = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap();
    ui.send(Message::Login(login::Message::CustomUrl(format!(
        "http://{closed}/v2/"
    ))));
    ui.login("demo", "demo1234");
    ui.settle().await;
    assert!(matches!(
        ui.login_screen().problem(),
        Some(Problem::Server(Error::Network(_)))
    ));
    assert!(
        navixy_panel::words::errors::describe(&Error::Timeout).contains("did not answer in time")
    );
}

#[tokio::test]
async fn a_session_that_ends_returns_to_login_and_back_to_where_the_operator_was() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    ui.users_msg(users::Message::FilterChanged("smith".into()));
    ui.users_msg(users::Message::FilterSettled(1));
    ui.settle().await;
    ui.users_msg(users::Message::SortBy(OrderBy::Balance));
    ui.settle().await;
    let filtered = ui.users().count();
    assert!(filtered > 0 && filtered < 60);

    // The server says the session is over (code 4) in answer to the next request.
    ui.users_msg(users::Message::Refresh);
    let (id, _) = ui.app.pending().next().unwrap();
    let ended = Error::from(ErrorCode::SessionEnded);
    ui.send(Message::Answer {
        id,
        result: Err(ended),
    });
    assert!(!ui.app.is_logged_in());
    assert_eq!(ui.login_screen().notice(), Some(Notice::SessionEnded));
    assert_eq!(
        ui.login_screen().login(),
        "demo",
        "the login is kept, only the password is asked for"
    );

    ui.send(Message::Login(login::Message::Password("demo1234".into())));
    ui.send(Message::Login(login::Message::Submit));
    ui.settle().await;
    let users = ui.users();
    assert_eq!(users.filter(), "smith", "nothing typed is lost");
    assert_eq!(users.order(), (OrderBy::Balance, true));
    assert_eq!(users.count(), filtered);
    assert!(
        users
            .rows()
            .iter()
            .all(|r| format!("{r:?}").to_lowercase().contains("smith"))
    );
}

#[tokio::test]
async fn typing_fast_sends_only_the_last_filter_and_stale_answers_are_dropped() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    for text in ["s", "sm", "smi"] {
        ui.users_msg(users::Message::FilterChanged(text.into()));
    }
    // The pauses after "s" and "sm" end after more typing: nothing is sent for them.
    ui.users_msg(users::Message::FilterSettled(1));
    ui.users_msg(users::Message::FilterSettled(2));
    assert_eq!(ui.app.pending().count(), 0);
    ui.users_msg(users::Message::FilterSettled(3));
    assert_eq!(
        ui.pending_list_query().unwrap().filter.as_deref(),
        Some("smi")
    );

    // A newer list request supersedes the older one; the old answer is ignored.
    let (old_id, old_request) = ui
        .app
        .pending()
        .map(|(id, p)| (id, p.request.clone()))
        .next()
        .unwrap();
    ui.users_msg(users::Message::FilterChanged("ivanov".into()));
    ui.users_msg(users::Message::FilterSettled(4));
    assert_eq!(
        ui.app
            .pending()
            .filter(|(_, p)| p.kind == RequestKind::ListUsers)
            .count(),
        1
    );
    let stale = client::execute(ui.app.session(), old_request).await;
    ui.send(Message::Answer {
        id: old_id,
        result: stale,
    });
    assert_eq!(
        ui.users().state(),
        &LoadState::Loading,
        "the stale 'smi' answer did not land"
    );
    ui.settle().await;
    assert_eq!(ui.users().rows().len(), 1);
    assert_eq!(
        ui.users().rows()[0].cell(UserColumn::Login),
        "ivanov@example.ru"
    );
}

#[tokio::test]
async fn sorting_paging_page_size_and_only_active() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    ui.users_msg(users::Message::SortBy(OrderBy::Balance));
    ui.settle().await;
    assert!(ui.users().order().1);
    ui.users_msg(users::Message::SortBy(OrderBy::Balance));
    ui.settle().await;
    let u = ui.users();
    assert!(!u.order().1);
    let balances: Vec<f64> = u.users().iter().map(|x| x.balance.unwrap()).collect();
    assert!(
        balances.windows(2).all(|w| w[0] >= w[1]),
        "descending by balance"
    );

    let step = users::Message::Pager;
    ui.users_msg(step(Step::Previous));
    assert_eq!(ui.app.pending().count(), 0, "no page before the first");
    ui.users_msg(step(Step::Next));
    assert_eq!(ui.pending_list_query().unwrap().offset, Some(50));
    ui.settle().await;
    assert_eq!(ui.users().range_text(), "51–60 of 60");
    ui.users_msg(step(Step::Next));
    assert_eq!(ui.app.pending().count(), 0, "no page after the last");

    ui.users_msg(step(Step::Size(10)));
    let q = ui.pending_list_query().unwrap();
    assert_eq!(
        (q.limit, q.offset),
        (Some(10), Some(0)),
        "a new page size starts at the first page"
    );
    ui.settle().await;
    assert_eq!(ui.users().range_text(), "1–10 of 60");

    // To the last page and back to the first; a page typed, past the end: the last.
    ui.users_msg(step(Step::Last));
    assert_eq!(ui.pending_list_query().unwrap().offset, Some(50));
    ui.settle().await;
    assert_eq!(ui.users().range_text(), "51–60 of 60");
    ui.users_msg(step(Step::First));
    assert_eq!(ui.pending_list_query().unwrap().offset, Some(0));
    ui.settle().await;
    ui.users_msg(step(Step::Typed("3".into())));
    ui.users_msg(step(Step::GoTo));
    assert_eq!(
        ui.pending_list_query().unwrap().offset,
        Some(20),
        "page 3 as shown"
    );
    ui.settle().await;
    ui.users_msg(step(Step::Typed("77".into())));
    ui.users_msg(step(Step::GoTo));
    assert_eq!(ui.pending_list_query().unwrap().offset, Some(50));
    ui.settle().await;
    assert_eq!(ui.users().range_text(), "51–60 of 60");
    ui.users_msg(step(Step::First));
    ui.settle().await;

    ui.users_msg(users::Message::HideInactive(true));
    ui.settle().await;
    assert!(ui.users().count() < 60);
    assert!(ui.users().rows().iter().all(|r| !r.inactive));

    // Remembered for next time.
    let settings = ui.app.settings();
    assert_eq!(
        (settings.users.page_size, settings.users.hide_inactive),
        (10, true)
    );
}

#[tokio::test]
async fn the_column_chooser_is_remembered() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    ui.users_msg(users::Message::ShowColumn(UserColumn::Phone, false));
    ui.users_msg(users::Message::ShowColumn(UserColumn::Bonus, false));
    assert!(!ui.users().columns().contains(&UserColumn::Phone));
    let settings = ui.app.settings().clone();
    assert!(!settings.users.columns.contains(&"phone".to_owned()));
    let again = users::Users::new(&settings.users);
    assert_eq!(again.columns(), ui.users().columns());
    // The last column cannot be hidden.
    for c in UserColumn::ALL {
        ui.users_msg(users::Message::ShowColumn(c, false));
    }
    assert_eq!(ui.users().columns().len(), 1);
}

#[tokio::test]
async fn keyboard_selection_opens_details_and_back_keeps_the_list() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    ui.users_msg(users::Message::SelectNext);
    ui.users_msg(users::Message::SelectNext);
    assert_eq!(ui.users().selected(), Some(1));
    ui.users_msg(users::Message::OpenSelected);
    ui.settle().await;
    match ui.app.top() {
        Some(Screen::Details(d)) => {
            let rec = d.record().expect("loaded from panel/user/read");
            assert_eq!(
                rec.user.fields.login.as_deref(),
                Some("abc.logistics@example.com")
            );
        }
        _ => panic!("details expected"),
    }
    ui.top(navixy_panel::ui::screen::user_details::Message::Back);
    assert_eq!(ui.users().selected(), Some(1));
    assert_eq!(ui.users().rows().len(), 50);
}

#[tokio::test]
async fn logout_asks_first_then_ends_the_session() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    let session = ui.app.session().unwrap();
    ui.send(Message::Logout);
    assert!(ui.app.confirming_logout());
    ui.send(Message::LogoutCancelled);
    assert!(ui.app.is_logged_in());
    ui.send(Message::Logout);
    ui.send(Message::LogoutConfirmed);
    assert!(!ui.app.is_logged_in());
    assert_eq!(ui.login_screen().notice(), Some(Notice::LoggedOut));
    assert_eq!(ui.login_screen().login(), "demo", "the login stays");
    assert_eq!(ui.login_screen().password(), "", "no password is left");
    // The logout request runs with the old session; afterwards that session is dead.
    let (_, pending) = ui.app.pending().next().unwrap();
    assert_eq!(pending.request, Request::Logout);
    client::execute(Some(session.clone()), Request::Logout)
        .await
        .unwrap();
    let after = client::execute(Some(session), Request::ListUsers(Default::default()))
        .await
        .unwrap_err();
    assert!(after.is_session_ended());
}

#[tokio::test]
async fn the_views_can_be_clicked_and_typed_through() {
    let mut ui = app_with(Policy::default()).await;
    let mut sim = simulator(ui.app.view());
    sim.click(iced_test::selector::id(login::LOGIN_ID)).unwrap();
    let _ = sim.typewrite("demo");
    sim.click(iced_test::selector::id(login::PASSWORD_ID))
        .unwrap();
    let _ = sim.typewrite("demo1234");
    for m in sim.into_messages() {
        ui.send(m);
    }
    assert_eq!(
        (ui.login_screen().login(), ui.login_screen().password()),
        ("demo", "demo1234")
    );
    // The view is rebuilt from the new state, as the runtime does after each update.
    let mut sim = simulator(ui.app.view());
    sim.click("Sign in").unwrap();
    let messages: Vec<Message> = sim.into_messages().collect();
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, Message::Login(login::Message::Submit)))
    );
    for m in messages {
        ui.send(m);
    }
    ui.settle().await;

    let mut sim = simulator(ui.app.view());
    sim.find("john.smith@example.com").unwrap();
    sim.find("1–50 of 60").unwrap();
    sim.click("Columns").unwrap();
    sim.click("Balance").unwrap();
    sim.click(iced_test::selector::id(users::FILTER_ID))
        .unwrap();
    let _ = sim.typewrite("abc");
    let messages: Vec<Message> = sim.into_messages().collect();
    assert!(messages.iter().any(|m| matches!(
        m,
        Message::Screen(_, screen::Message::Users(users::Message::ToggleChooser))
    )));
    assert!(messages.iter().any(|m| matches!(
        m,
        Message::Screen(
            _,
            screen::Message::Users(users::Message::SortBy(OrderBy::Balance))
        )
    )));
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, Message::Screen(_, screen::Message::Users(users::Message::FilterChanged(t))) if t == "abc"))
    );
}

#[tokio::test]
async fn a_list_that_fails_past_the_retries_says_so_and_keeps_the_filter() {
    use navixy_panel::sandbox::Fault;
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    // Two failures are retried away unseen.
    for fault in [Fault::DropBefore, Fault::MalformedJson] {
        ui.h().sandbox.inject_fault("panel/user/list", fault);
    }
    ui.users_msg(users::Message::FilterChanged("smith".into()));
    ui.users_msg(users::Message::FilterSettled(1));
    ui.settle().await;
    assert_eq!(ui.h().sandbox.faults_pending(), 0);
    assert_eq!(ui.users().state(), &LoadState::Loaded);

    // Three in a row (the cap): a clear message, the filter as typed, a retry.
    for _ in 0..3 {
        ui.h()
            .sandbox
            .inject_fault("panel/user/list", Fault::ServerError);
    }
    ui.users_msg(users::Message::FilterChanged("smit".into()));
    ui.users_msg(users::Message::FilterSettled(2));
    ui.settle().await;
    assert!(matches!(ui.users().state(), LoadState::Failed(_)));
    assert_eq!(ui.users().filter(), "smit");
    ui.try_again_after_server_trouble();
    ui.settle().await;
    assert_eq!(ui.users().state(), &LoadState::Loaded);
}

#[tokio::test]
async fn signing_in_through_each_fault_explains_and_keeps_what_was_typed() {
    use navixy_panel::sandbox::Fault;
    let mut ui = app_with(Policy::default()).await;
    let attempts = navixy_panel::api::ClientOptions::default().read_attempts;
    for fault in Fault::ENDING_AT_ONCE {
        // Signing in is tried again (#30): only faults past the last try show.
        for _ in 0..attempts {
            ui.h().sandbox.inject_fault("panel/account/auth", fault);
        }
        ui.login("demo", "demo1234");
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        let screen = ui.login_screen();
        assert!(!screen.is_busy(), "{fault:?}");
        assert!(
            matches!(screen.problem(), Some(Problem::Server(_))),
            "{fault:?}: {:?}",
            screen.problem()
        );
        assert_eq!(
            screen.password(),
            "demo1234",
            "{fault:?}: nothing typed is lost"
        );
    }
    // One fault alone is tried again unseen, and the dealer is signed in.
    ui.h()
        .sandbox
        .inject_fault("panel/account/auth", Fault::ServerError);
    ui.login("demo", "demo1234");
    ui.settle().await;
    assert_eq!(ui.h().sandbox.faults_pending(), 0);
    assert!(ui.app.is_logged_in());
}

#[tokio::test]
async fn the_details_page_says_it_is_loading_the_user() {
    let mut ui = app_with(Policy::default()).await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    ui.users_msg(users::Message::Open(0));
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(
        sim.find("Loading the user…").is_ok(),
        "not 'Loading users…'"
    );
}

#[tokio::test]
async fn a_remembered_window_larger_than_the_screen_is_made_to_fit() {
    let mut ui = app_with(Policy::default()).await;
    let id = iced::window::Id::unique();
    let remembered = ui.app.settings().window;
    assert_eq!((remembered.width, remembered.height), (1280.0, 800.0));
    // A large screen: left as it is.
    ui.send(Message::ScreenSize(
        id,
        Some(iced::Size::new(1920.0, 1080.0)),
    ));
    assert_eq!(ui.app.settings().window, remembered);
    // Half a laptop's screen: the window fits it, no smaller than the screens allow.
    ui.send(Message::ScreenSize(id, Some(iced::Size::new(820.0, 580.0))));
    let fitted = ui.app.settings().window;
    assert!(
        fitted.width <= 820.0 && fitted.height <= 580.0,
        "{fitted:?}"
    );
    assert!(
        fitted.width >= 800.0 && fitted.height >= 560.0,
        "{fitted:?}"
    );
}
