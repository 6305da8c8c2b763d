//! The rest of the users section through `update` and the view, against a
//! real sandbox: permissions that grey out what a dealer may not do, a
//! user's trackers paged and sorted, the plan, 2FA and the menu preset saved
//! from the editor and shown on the details, "log in as user" opening the
//! sandbox's page for that session, and the Settings screen.

use crate::common::ui::Ui;
use iced_test::simulator;
use navixy_panel::model::TrackerOrder;
use navixy_panel::sandbox::{Policy, VIEWER_DEALER};
use navixy_panel::session::{Request, RequestKind};
use navixy_panel::ui::app::Message;
use navixy_panel::ui::parts::account_actions as acc;
use navixy_panel::ui::screen::trackers::{self, Trackers};
use navixy_panel::ui::screen::user_editor::{self as ed, Field};
use navixy_panel::ui::screen::{settings, user_details, users};
use navixy_panel::ui::widget::pager::Step;

impl Ui {
    /// The messages a click on the button saying `label` sends (none when
    /// it is greyed out), in a 1280×800 window as an operator's.
    fn click(&self, label: &str) -> Vec<Message> {
        let mut sim = iced_test::simulator::Simulator::with_size(
            navixy_panel::ui::settings(),
            (1280.0, 800.0),
            self.app.view(),
        );
        sim.click(label)
            .unwrap_or_else(|e| panic!("no {label:?} on the {}: {e:?}", self.where_()));
        sim.into_messages().collect()
    }

    /// The details of the user with this login (on the first page of the list).
    async fn details_of(&mut self, login: &str) {
        let row = self
            .users()
            .users()
            .iter()
            .position(|u| u.fields.login.as_deref() == Some(login))
            .unwrap_or_else(|| panic!("{login} not on the first page"));
        self.list(users::Message::Open(row));
        self.settle().await;
    }

    fn details(&self) -> &user_details::UserDetails {
        crate::on_top!(self, Details)
    }
}

#[tokio::test]
async fn a_dealer_without_users_update_sees_no_save_and_no_balance_action() {
    // What the demo dealer may do works: the test can tell a greyed button.
    let mut ui = Ui::logged_in().await;
    assert!(!ui.click("New user").is_empty());
    ui.list(users::Message::Open(0));
    ui.settle().await;
    for label in ["Edit", "Balance or bonus", "Change password", "Delete user"] {
        assert!(!ui.click(label).is_empty(), "{label}: the demo dealer may");
    }

    let mut ui = Ui::start(Policy::default()).await;
    ui.login(VIEWER_DEALER.login, VIEWER_DEALER.password);
    ui.settle().await;
    let dealer = ui.app.dealer().expect("signed in");
    assert!(dealer.permissions.is_known(), "read at sign-in");
    for label in ["New user", "Import…"] {
        assert!(ui.click(label).is_empty(), "{label}: the viewer may not");
    }
    ui.list(users::Message::Open(0));
    ui.settle().await;
    for label in [
        "Edit",
        "Balance or bonus",
        "Change password",
        "Delete user",
        "Log in as user",
    ] {
        assert!(ui.click(label).is_empty(), "{label}: the viewer may not");
    }
    // What it may see works.
    assert!(!ui.click("Trackers").is_empty());
    assert!(!ui.click("Transactions").is_empty());
    // A message that gets through all the same (a shortcut) is refused here,
    // before anything is sent.
    ui.top(user_details::Message::Account(acc::Message::Open(
        acc::Which::Balance,
    )));
    ui.top(user_details::Message::Edit);
    assert!(ui.has_toast("may not do this"));
    assert_eq!(ui.where_(), "user's details", "no editor opened");
    assert!(ui.details().account().unwrap().dialog().is_none());
    assert_eq!(ui.app.pending().count(), 0);
}

#[tokio::test]
async fn the_trackers_tab_pages_and_sorts() {
    let mut ui = Ui::logged_in().await;
    let owner = ui
        .users()
        .users()
        .iter()
        .filter(|u| u.trackers_count.unwrap_or(0) > 20)
        .max_by_key(|u| u.trackers_count)
        .cloned()
        .expect("a demo user with trackers");
    let n = owner.trackers_count.unwrap() as u64;
    ui.details_of(owner.fields.login.as_deref().unwrap()).await;
    ui.top(user_details::Message::Trackers);
    ui.settle().await;
    let screen = crate::on_top!(ui, Trackers);
    assert_eq!(screen.count(), n, "as many as the user's count");
    assert_eq!(screen.order(), (TrackerOrder::Label, true));
    ui.top(trackers::Message::Pager(Step::Size(10)));
    ui.settle().await;
    assert_eq!(
        crate::on_top!(ui, Trackers).range_text(),
        format!("1–10 of {n}")
    );
    ui.top(trackers::Message::Pager(Step::Next));
    let query = pending_trackers(&ui);
    assert_eq!((query.offset, query.limit), (10, 10));
    ui.settle().await;
    ui.top(trackers::Message::Pager(Step::Last));
    ui.settle().await;
    let last_first = (n - 1) / 10 * 10 + 1;
    assert_eq!(
        crate::on_top!(ui, Trackers).range_text(),
        format!("{last_first}–{n} of {n}")
    );
    // A header sorts the other way and starts again at the first page.
    ui.top(trackers::Message::SortBy(TrackerOrder::Label));
    let query = pending_trackers(&ui);
    assert_eq!((query.offset, query.ascending), (0, false));
    ui.settle().await;
    let labels: Vec<String> = crate::on_top!(ui, Trackers)
        .trackers()
        .iter()
        .map(|t| t.label.to_lowercase())
        .collect();
    let mut sorted = labels.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(labels, sorted, "descending by label");
    // The view shows the rows as sorted.
    let first = ui.trackers().trackers()[0].label.clone();
    simulator(ui.app.view())
        .find(first.as_str())
        .expect("the first tracker in the table");
}

fn pending_trackers(ui: &Ui) -> navixy_panel::model::TrackerQuery {
    ui.app
        .pending()
        .find_map(|(_, p)| match &p.request {
            Request::Trackers(q) => Some(q.clone()),
            _ => None,
        })
        .expect("a trackers page asked for")
}

impl Ui {
    fn trackers(&self) -> &Trackers {
        crate::on_top!(self, Trackers)
    }
}

#[tokio::test]
async fn a_transactions_tracker_opens_among_the_users_trackers() {
    let mut ui = Ui::logged_in().await;
    let owner = ui
        .users()
        .users()
        .iter()
        .find(|u| u.trackers_count.unwrap_or(0) > 0)
        .cloned()
        .unwrap();
    ui.details_of(owner.fields.login.as_deref().unwrap()).await;
    ui.top(user_details::Message::Transactions);
    ui.settle().await;
    let tx = crate::on_top!(ui, Transactions);
    let row = tx
        .rows()
        .iter()
        .find(|r| r.tracker.is_some())
        .expect("a charge for a tracker")
        .clone();
    let id = row.tracker.unwrap();
    // The tracker, named by its label, is a link.
    let label = row.cell(navixy_panel::ui::screen::transactions::TxColumn::Tracker);
    assert!(!label.starts_with('#'), "{label}");
    let messages = ui.click(label);
    assert!(!messages.is_empty(), "{label} is a link");
    for m in messages {
        ui.send(m);
    }
    ui.settle().await;
    let t = ui.trackers();
    let shown = t.selected().map(|i| t.rows()[i].id);
    assert_eq!(shown, Some(id), "found and selected");
}

#[tokio::test]
async fn choosing_a_plan_saves_default_tariff_id_and_the_details_show_its_name() {
    let mut ui = Ui::logged_in().await;
    ui.details_of("john.smith@example.com").await;
    let before = ui.details().record().unwrap().default_tariff_id;
    let dealer = ui.app.dealer().unwrap();
    let plans = dealer.plans.clone().expect("the demo dealer's plans");
    let camera = plans
        .iter()
        .find(|p| p.name == "Dash camera" && Some(p.id) != before)
        .unwrap()
        .clone();
    ui.top(user_details::Message::Edit);
    ui.top(ed::Message::Edit(Field::Plan(Some(camera.id))));
    ui.top(ed::Message::Save);
    let sent = ui
        .app
        .pending()
        .find_map(|(_, p)| match &p.request {
            Request::UpdateUser { update, .. } => Some(update.default_tariff_id),
            _ => None,
        })
        .expect("the user is updated");
    assert_eq!(sent, Some(camera.id));
    ui.settle().await;
    assert_eq!(ui.where_(), "user's details");
    assert_eq!(
        ui.details().record().unwrap().default_tariff_id,
        Some(camera.id)
    );
    let label = format!("#{} Dash camera", camera.id);
    simulator(ui.app.view())
        .find(label.as_str())
        .unwrap_or_else(|_| panic!("{label} on the details"));
    // The journal says what changed.
    let journal = ui.app.journal().read().unwrap();
    let last = journal.entries.last().expect("journalled");
    assert!(
        last.changes
            .iter()
            .any(|c| c.field == "default_tariff_id" && c.new == Some(camera.id.to_string())),
        "{:?}",
        last.changes
    );
}

#[tokio::test]
async fn the_2fa_switch_round_trips() {
    let mut ui = Ui::logged_in().await;
    ui.details_of("john.smith@example.com").await;
    let id = ui.details().user_id();
    assert_eq!(ui.details().record().unwrap().user.mfa_allowed, Some(false));
    for on in [true, false] {
        ui.top(user_details::Message::Edit);
        let editor = crate::on_top!(ui, Editor);
        assert_eq!(editor.form().mfa_allowed, !on, "as the server has it");
        ui.top(ed::Message::Edit(Field::Mfa(on)));
        ui.top(ed::Message::Save);
        // Only 2FA changed: the user itself is not sent again.
        let kinds: Vec<RequestKind> = ui.app.pending().map(|(_, p)| p.kind).collect();
        assert_eq!(kinds, vec![RequestKind::UserSettings]);
        ui.settle().await;
        assert_eq!(ui.where_(), "user's details", "saved and closed");
        let dealer = ui.h().demo().await;
        let read = ui.h().client.user_read(&dealer, id).await.unwrap();
        assert_eq!(read.user.mfa_allowed, Some(on));
        assert_eq!(ui.details().record().unwrap().user.mfa_allowed, Some(on));
    }
    // The list's 2FA column says it, as the server has it.
    ui.list(users::Message::ShowColumn(users::UserColumn::Mfa, true));
    let cell = |ui: &Ui| {
        let row = ui
            .users()
            .rows()
            .iter()
            .find(|r| r.id == id)
            .cloned()
            .unwrap();
        row.cell(users::UserColumn::Mfa).to_owned()
    };
    assert_eq!(cell(&ui), "Off");
    let dealer = ui.h().demo().await;
    ui.h().client.set_mfa(&dealer, &[id], true).await.unwrap();
    ui.list(users::Message::Refresh);
    ui.settle().await;
    assert_eq!(cell(&ui), "On");
}

#[tokio::test]
async fn a_menu_preset_chosen_in_the_editor_shows_on_the_details() {
    let mut ui = Ui::logged_in().await;
    ui.details_of("john.smith@example.com").await;
    simulator(ui.app.view())
        .find("Standard (the default)")
        .expect("no preset of its own: the default, said so");
    let dealer = ui.app.dealer().unwrap();
    let fleet = dealer
        .presets
        .as_ref()
        .unwrap()
        .iter()
        .find(|p| p.title == "Fleet manager")
        .unwrap()
        .clone();
    ui.top(user_details::Message::Edit);
    ui.top(ed::Message::Edit(Field::Preset(fleet.id)));
    ui.top(ed::Message::Edit(Field::Mfa(true)));
    ui.top(ed::Message::Save);
    ui.settle().await;
    assert_eq!(ui.where_(), "user's details");
    assert_eq!(
        ui.details().record().unwrap().user.menu_preset_id,
        Some(fleet.id)
    );
    simulator(ui.app.view())
        .find("Fleet manager")
        .expect("the preset on the details");
    // Each is its own entry in the journal, named by titles.
    let journal = ui.app.journal().read().unwrap();
    let ops: Vec<&str> = journal
        .entries
        .iter()
        .map(|e| e.operation.as_str())
        .collect();
    assert!(ops.ends_with(&["user.mfa", "user.menu_preset"]), "{ops:?}");
    let preset = journal.entries.last().unwrap();
    assert_eq!(preset.changes[0].old.as_deref(), Some("Standard"));
    assert_eq!(preset.changes[0].new.as_deref(), Some("Fleet manager"));
}

#[tokio::test]
async fn a_part_of_a_save_refused_keeps_the_rest_saved_and_is_sent_alone_again() {
    let mut ui = Ui::logged_in().await;
    ui.details_of("john.smith@example.com").await;
    ui.top(user_details::Message::Edit);
    ui.top(ed::Message::Edit(Field::Text(
        ed::TextField::User(navixy_panel::model::UserField::FirstName),
        "Johnny".into(),
    )));
    ui.top(ed::Message::Edit(Field::Mfa(true)));
    ui.h().sandbox.inject_fault(
        "panel/user/mfa/settings/update",
        navixy_panel::sandbox::Fault::ServerError,
    );
    ui.top(ed::Message::Save);
    ui.settle().await;
    assert_eq!(ui.where_(), "editor", "the 2FA part failed: still open");
    assert!(!crate::on_top!(ui, Editor).is_saving());
    // Save again: only 2FA goes.
    ui.top(ed::Message::Save);
    let kinds: Vec<RequestKind> = ui.app.pending().map(|(_, p)| p.kind).collect();
    assert_eq!(kinds, vec![RequestKind::UserSettings]);
    ui.settle().await;
    assert_eq!(ui.where_(), "user's details");
    let u = &ui.details().record().unwrap().user;
    assert_eq!(
        (u.fields.first_name.as_deref(), u.mfa_allowed),
        (Some("Johnny"), Some(true))
    );
}

#[tokio::test]
async fn log_in_as_user_opens_the_sandboxs_page_for_that_session() {
    let mut ui = Ui::logged_in().await;
    ui.details_of("john.smith@example.com").await;
    ui.top(user_details::Message::Account(acc::Message::LoginAs));
    ui.settle().await;
    assert!(
        !ui.has_toast("web interface was opened"),
        "said only once the browser answers"
    );
    ui.send(Message::BrowserOpened(Err("no browser".into())));
    assert!(ui.has_toast("No web browser could be opened"));
    ui.send(Message::BrowserOpened(Ok(())));
    assert!(ui.has_toast("web interface was opened"));
    let url = ui
        .app
        .opened_in_browser()
        .expect("handed to the browser")
        .to_owned();
    let domain = ui.h().sandbox.addr().to_string();
    assert!(
        url.starts_with(&format!("http://{domain}/pro/demo/?session_key=")),
        "{url}"
    );
    let page = reqwest::get(&url).await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let body = page.text().await.unwrap();
    assert!(
        body.contains("Signed in as john.smith@example.com"),
        "{body}"
    );

    // With no template, only the key is copied.
    ui.send(Message::OpenSettings);
    ui.top(settings::Message::TemplateTyped(String::new()));
    assert_eq!(ui.app.settings().web_interface.as_deref(), Some(""));
    ui.top(settings::Message::Back);
    ui.top(user_details::Message::Account(acc::Message::LoginAs));
    ui.settle().await;
    assert!(ui.has_toast("session key is on the clipboard"));
}

#[tokio::test]
async fn the_settings_screen_keeps_servers_template_and_timeout() {
    let mut ui = Ui::logged_in().await;
    ui.send(Message::OpenSettings);
    assert_eq!(ui.where_(), "settings");
    // The server signed in to is kept already.
    let base = ui.h().sandbox.base_url();
    assert_eq!(ui.app.settings().saved_servers, vec![base.clone()]);
    ui.top(settings::Message::ServerTyped("ftp://nope".into()));
    ui.top(settings::Message::AddServer);
    assert_eq!(ui.app.settings().saved_servers.len(), 1, "not an address");
    ui.top(settings::Message::ServerTyped(
        "https://navixy.example.com/api-v2/".into(),
    ));
    ui.top(settings::Message::AddServer);
    assert_eq!(
        ui.app.settings().saved_servers,
        vec!["https://navixy.example.com/api-v2/".to_owned(), base]
    );
    ui.top(settings::Message::RemoveServer(1));
    assert_eq!(ui.app.settings().saved_servers.len(), 1);
    // A template that is no address is not taken; a good one is.
    ui.top(settings::Message::TemplateTyped("gps {domain}".into()));
    assert_eq!(ui.app.settings().web_interface, None, "still Navixy's own");
    ui.top(settings::Message::TemplateTyped(
        "https://{domain}/?key={session_key}".into(),
    ));
    assert_eq!(
        ui.app.settings().web_interface_template(),
        "https://{domain}/?key={session_key}"
    );
    ui.top(settings::Message::DefaultTemplate);
    assert_eq!(ui.app.settings().web_interface, None);
    // The timeout: 1 to 600 seconds.
    ui.top(settings::Message::TimeoutTyped("0".into()));
    assert_eq!(ui.app.settings().request_timeout_secs, None);
    ui.top(settings::Message::TimeoutTyped("45".into()));
    assert_eq!(ui.app.settings().request_timeout_secs, Some(45));
    simulator(ui.app.view())
        .find("Open the data folder")
        .expect("the data folder");
}

#[tokio::test]
async fn the_settings_say_what_this_start_really_draws_with() {
    use navixy_panel::ui::drawing::Choice;
    let mut ui = Ui::logged_in().await;
    ui.app.drawing_chosen(&Choice::NoGraphicsCard);
    ui.send(Message::OpenSettings);
    let mut sim = simulator(ui.app.view());
    sim.find("This start draws with the processor: no graphics card answered.")
        .expect("what draws now, under the choice");
    assert!(
        ui.app.toasts().is_empty(),
        "no card is nothing to warn about"
    );
}

#[tokio::test]
async fn ticking_a_column_in_the_chooser_moves_nothing_under_the_pointer() {
    use navixy_panel::ui::screen::users::UserColumn;
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::ToggleChooser);
    let at = |ui: &Ui, label: &str| {
        let mut sim = simulator(ui.app.view());
        sim.find(label).expect("in the chooser").bounds()
    };
    let (comment, mfa) = (at(&ui, "Comment"), at(&ui, "2FA"));
    ui.list(users::Message::ShowColumn(UserColumn::Comment, true));
    // Its arrows take the room kept for them.
    assert_eq!(at(&ui, "Comment"), comment);
    assert_eq!(at(&ui, "2FA"), mfa);
}
