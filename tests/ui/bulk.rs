//! Bulk work from the users list, through `update` and the view, against a
//! real sandbox: choosing users (a row, Shift for a range, the page, every
//! user matching the filter), the preview of what will change for whom, the
//! run to its end with each change journalled, deletion confirmed by the
//! number of users, and a run the app did not finish offered again at the
//! next sign-in.

use crate::common::ui::Ui;
use iced::keyboard::Modifiers;
use iced_test::simulator;
use navixy_panel::config::Paths;
use navixy_panel::model::BalanceKind;
use navixy_panel::sandbox::{Policy, VIEWER_DEALER};
use navixy_panel::session::bulk::{BulkAction, Ending, ItemState, Job, Jobs};
use navixy_panel::ui::screen::bulk::{self, Bulk, Phase};
use navixy_panel::ui::screen::users::{self, BulkKind};

impl Ui {
    fn bulk(&self) -> &Bulk {
        crate::on_top!(self, Bulk)
    }

    /// Sends `m` to the bulk screen and runs what it starts (the run) to its end.
    async fn run_bulk(&mut self, m: bulk::Message) {
        let m = self.app.to_top(m).unwrap();
        self.send_and_run(m).await;
        self.settle().await;
    }

    fn balance_of(&self, id: i64) -> f64 {
        self.users()
            .users()
            .iter()
            .find(|u| u.id == id)
            .and_then(|u| u.balance)
            .unwrap()
    }

    fn data_dir(&self) -> std::path::PathBuf {
        Paths::under(self.dir.path()).data_dir
    }
}

#[tokio::test]
async fn users_are_chosen_by_row_by_range_by_page_and_all_matching() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::Choose(1, true));
    ui.list(users::Message::Modifiers(Modifiers::SHIFT));
    ui.list(users::Message::Choose(4, true));
    ui.list(users::Message::Modifiers(Modifiers::default()));
    assert_eq!(ui.users().chosen_count(), 4, "rows 1 to 4");
    ui.list(users::Message::Choose(2, false));
    assert_eq!(ui.users().chosen_count(), 3);
    // The page, then everyone matching the filter (60 users, 50 a page).
    ui.list(users::Message::ChoosePage(true));
    assert_eq!(ui.users().chosen_count(), 50);
    simulator(ui.app.view())
        .find("Choose all 60 matching the filter")
        .expect("offered once the page is chosen");
    ui.list(users::Message::ChooseAllMatching);
    assert_eq!(ui.users().chosen_count(), 60);
    assert!(matches!(
        ui.users().selection(),
        Some(users::Selection::Matching { count: 60, .. })
    ));
    // A new filter is another "everyone".
    ui.list(users::Message::FilterChanged("smith".into()));
    ui.list(users::Message::FilterSettled(1));
    ui.settle().await;
    assert!(matches!(
        ui.users().selection(),
        Some(users::Selection::Users(_))
    ));
    ui.list(users::Message::ClearChoice);
    assert_eq!(ui.users().selection(), None);
}

#[tokio::test]
async fn a_bulk_top_up_previews_each_balance_then_runs_and_journals_each() {
    let mut ui = Ui::logged_in().await;
    let ids: Vec<i64> = ui.users().users()[..3].iter().map(|u| u.id).collect();
    let before: Vec<f64> = ids.iter().map(|id| ui.balance_of(*id)).collect();
    for row in 0..3 {
        ui.list(users::Message::Choose(row, true));
    }
    ui.list(users::Message::Bulk(BulkKind::Balance));
    assert_eq!(ui.where_(), "bulk");
    ui.top(bulk::Message::Kind(BalanceKind::Balance));
    ui.top(bulk::Message::Amount("+5".into()));
    // What is missing is said under the form.
    simulator(ui.app.view())
        .find("The description needs at least 5 characters.")
        .expect("the description's rule");
    ui.top(bulk::Message::Text("Bulk test".into()));
    assert!(ui.bulk().action().is_ok());
    // The preview says each balance before and after.
    let after = navixy_panel::i18n::money(before[0] + 5.0);
    simulator(ui.app.view())
        .find(after.as_str())
        .expect("the balance after, in the preview");
    ui.run_bulk(bulk::Message::Start).await;
    assert!(
        matches!(ui.bulk().phase(), Phase::Stopped(Ending::Finished)),
        "{:?}",
        ui.bulk().phase()
    );
    assert!(ui.has_toast("Done for 3"));
    assert_eq!(
        ui.users().chosen_count(),
        0,
        "all done: nobody stays chosen"
    );
    for (id, was) in ids.iter().zip(&before) {
        assert_eq!(
            (ui.balance_of(*id) * 100.0).round(),
            ((was + 5.0) * 100.0).round(),
            "the list shows the new balance"
        );
    }
    let journal = ui.app.journal().read().unwrap();
    let changes = journal
        .entries
        .iter()
        .filter(|e| e.operation == "user.change_balance")
        .count();
    assert_eq!(changes, 3);
    // In Activity the run is one line, which opens to its three changes.
    let mut activity = navixy_panel::ui::screen::activity::Activity::new(ui.app.journal().read());
    use navixy_panel::ui::screen::Page;
    use navixy_panel::ui::screen::activity::{self, Line};
    let [Line::Run(run, members)] = activity.lines() else {
        panic!("{:?}", activity.lines());
    };
    assert_eq!(members.len(), 3);
    let run = run.clone();
    let _ = activity.update(activity::Message::ToggleRun(run.clone()));
    assert_eq!(activity.lines().len(), 4, "the run and its changes");
    let _ = activity.update(activity::Message::ToggleRun(run));
    assert_eq!(activity.lines().len(), 1, "closed again");
    assert_eq!(activity.shown().count(), 3, "the export keeps every change");
    // Finished: nothing to offer again.
    assert!(
        Jobs::in_dir(&ui.data_dir())
            .unfinished(&ui.h().sandbox.base_url(), "demo")
            .is_empty()
    );
}

#[tokio::test]
async fn a_finished_top_up_is_undone_by_the_opposite_run_never_below_zero() {
    let mut ui = Ui::logged_in().await;
    let ids: Vec<i64> = ui.users().users()[..2].iter().map(|u| u.id).collect();
    let before: Vec<f64> = ids.iter().map(|id| ui.balance_of(*id)).collect();
    for row in 0..2 {
        ui.list(users::Message::Choose(row, true));
    }
    ui.list(users::Message::Bulk(BulkKind::Balance));
    ui.top(bulk::Message::Amount("+7.25".into()));
    ui.top(bulk::Message::Text("Autumn bonus".into()));
    ui.run_bulk(bulk::Message::Start).await;
    assert!(matches!(
        ui.bulk().phase(),
        Phase::Stopped(Ending::Finished)
    ));
    // The second user spends in the meantime: undoing all 7.25 would take
    // the balance below zero, which the server refuses, and the run says.
    let spender = ids[1];
    let hash = ui.h().demo().await;
    let now = before[1] + 7.25;
    ui.h()
        .client
        .change_balance(
            &hash,
            spender,
            -(now - 3.0),
            BalanceKind::Balance,
            "Spent meanwhile",
        )
        .await
        .unwrap();

    ui.top(bulk::Message::Undo);
    // A new preview of the opposite run, to be started as any run is.
    assert_eq!(ui.where_(), "bulk");
    let undo = ui.bulk();
    assert!(matches!(undo.phase(), Phase::Form));
    assert_eq!(undo.users().len(), 2);
    let Ok(BulkAction::Balance { amount, text, .. }) = undo.action() else {
        panic!("{:?}", undo.action());
    };
    assert_eq!((amount, text.as_str()), (-7.25, "Reversal: Autumn bonus"));
    ui.run_bulk(bulk::Message::Start).await;
    assert!(matches!(
        ui.bulk().phase(),
        Phase::Stopped(Ending::Finished)
    ));
    let first = ui.h().client.user_read(&hash, ids[0]).await.unwrap();
    assert_eq!(
        (first.user.balance.unwrap() * 100.0).round(),
        (before[0] * 100.0).round(),
        "back to what it was"
    );
    let second = ui.h().client.user_read(&hash, spender).await.unwrap();
    assert_eq!(second.user.balance, Some(3.0), "never below zero");
    let job = ui.bulk().job().expect("the undo run");
    let item = job.items.iter().find(|i| i.user_id == spender).unwrap();
    assert!(item.state.is_failure(), "{:?}", item.state);
    assert_eq!(job.counts().failures(), 1);
}

#[tokio::test]
async fn a_discount_preview_says_what_each_user_has_before() {
    let mut ui = Ui::logged_in().await;
    let row_of = |ui: &Ui, login: &str| {
        ui.users()
            .users()
            .iter()
            .position(|u| u.fields.login.as_deref() == Some(login))
            .unwrap_or_else(|| panic!("{login} on the first page"))
    };
    // John has 5.5 %, which the list does not carry; the other has none.
    let john = row_of(&ui, "john.smith@example.com");
    let other = (0..3).find(|&r| r != john).unwrap();
    ui.list(users::Message::Choose(john, true));
    ui.list(users::Message::Choose(other, true));
    ui.list(users::Message::Bulk(BulkKind::Discount));
    assert_eq!(ui.where_(), "bulk");
    // Until the records come, "Before" says they are being read.
    simulator(ui.app.view())
        .find("Reading…")
        .expect("before is being read");
    ui.settle().await;
    {
        let mut view = simulator(ui.app.view());
        view.find(navixy_panel::i18n::percent(5.5).as_str())
            .expect("John's discount before");
        view.find("None").expect("no discount before");
        assert!(view.find("Reading…").is_err(), "every record read");
    }
    // A late or repeated answer for a user changes nothing.
    let john_id = ui.users().users()[john].id;
    let late = ui.h().client.user_read(&ui.h().demo().await, john_id).await;
    ui.top(bulk::Message::Held(john_id, late.map(Box::new)));
    simulator(ui.app.view())
        .find(navixy_panel::i18n::percent(5.5).as_str())
        .expect("still John's discount");
    // "After" is what a valid change would make: a discount the server
    // refuses shows as no after at all, and Start stays off.
    ui.top(bulk::Message::DiscountValue("120".into()));
    let mut view = simulator(ui.app.view());
    assert!(view.find("120%").is_err(), "no after for 120 %");
    drop(view);
    assert!(ui.bulk().action().is_err());
    ui.top(bulk::Message::DiscountValue("12".into()));
    simulator(ui.app.view())
        .find("12%")
        .expect("after for a valid discount");
}

#[tokio::test]
async fn a_discount_run_is_undone_to_each_users_own_discount() {
    let mut ui = Ui::logged_in().await;
    let john = ui
        .users()
        .users()
        .iter()
        .position(|u| u.fields.login.as_deref() == Some("john.smith@example.com"))
        .expect("john on the first page");
    let other = (0..3).find(|&r| r != john).unwrap();
    let ids = [john, other].map(|r| ui.users().users()[r].id);
    ui.list(users::Message::Choose(john, true));
    ui.list(users::Message::Choose(other, true));
    ui.list(users::Message::Bulk(BulkKind::Discount));
    ui.settle().await;
    ui.top(bulk::Message::DiscountValue("12.5".into()));
    ui.run_bulk(bulk::Message::Start).await;
    assert!(matches!(
        ui.bulk().phase(),
        Phase::Stopped(Ending::Finished)
    ));
    simulator(ui.app.view())
        .find("Undo this run…")
        .expect("a discount run can be undone");

    ui.top(bulk::Message::Undo);
    assert_eq!(ui.where_(), "bulk");
    assert!(matches!(ui.bulk().action(), Ok(BulkAction::PutBack { .. })));
    ui.settle().await;
    {
        // Before: what each has now; after: what each had.
        let mut view = simulator(ui.app.view());
        view.find("Put back discounts for 2 users")
            .expect("the undo's title");
        view.find(navixy_panel::i18n::percent(12.5).as_str())
            .expect("the run's discount, now");
        view.find(navixy_panel::i18n::percent(5.5).as_str())
            .expect("John's own, put back");
        view.find("None").expect("the other had none");
    }
    ui.run_bulk(bulk::Message::Start).await;
    assert!(matches!(
        ui.bulk().phase(),
        Phase::Stopped(Ending::Finished)
    ));
    let hash = ui.h().demo().await;
    let values: Vec<Option<f64>> =
        futures_util::future::join_all(ids.iter().map(|id| ui.h().client.user_read(&hash, *id)))
            .await
            .into_iter()
            .map(|r| r.unwrap().discount.and_then(|d| d.value))
            .collect();
    assert_eq!(values, [Some(5.5), Some(0.0)]);
}

#[tokio::test]
async fn deleting_asks_for_the_number_of_users() {
    let mut ui = Ui::logged_in().await;
    let count = ui.users().count();
    // Two users well down the list (not the showcase ones other tests use).
    for row in [40, 41] {
        ui.list(users::Message::Choose(row, true));
    }
    ui.list(users::Message::Bulk(BulkKind::Delete));
    assert!(ui.bulk().action().is_err(), "nothing typed");
    ui.top(bulk::Message::TypedCount("3".into()));
    assert!(ui.bulk().action().is_err(), "not the number");
    ui.top(bulk::Message::Start);
    assert!(matches!(ui.bulk().phase(), Phase::Form), "not started");
    ui.top(bulk::Message::TypedCount("2".into()));
    assert!(ui.bulk().action().is_ok());
    ui.run_bulk(bulk::Message::Start).await;
    assert!(matches!(
        ui.bulk().phase(),
        Phase::Stopped(Ending::Finished)
    ));
    assert_eq!(ui.users().count(), count - 2);
    assert_eq!(
        ui.users().chosen_count(),
        0,
        "the deleted are no longer chosen"
    );
}

#[tokio::test]
async fn a_run_the_app_did_not_finish_is_offered_at_the_next_sign_in_and_resumes() {
    let mut ui = Ui::start(Policy::default()).await;
    let h = ui.h.take().unwrap();
    let hash = h.demo().await;
    let page = h
        .client
        .users_list(&hash, &navixy_panel::api::ListQuery::default())
        .await
        .unwrap();
    let users = &page.list[10..16];
    // A run of six, two done before the app closed.
    let mut job = Job::draft(BulkAction::Mfa { allowed: true }, users);
    job.server = h.sandbox.base_url();
    job.dealer = "demo".into();
    for u in &users[..2] {
        h.client.set_mfa(&hash, &[u.id], true).await.unwrap();
    }
    let jobs = Jobs::in_dir(&ui.data_dir());
    jobs.create(&job).unwrap();
    for i in 0..2 {
        jobs.record(
            &job.id,
            i,
            &ItemState::Done {
                after: None,
                had: None,
            },
        )
        .unwrap();
    }
    let users = users.to_vec();
    ui.h = Some(h);
    ui.login("demo", "demo1234");
    ui.settle().await;
    assert_eq!(ui.where_(), "bulk", "offered on sign-in");
    assert!(matches!(ui.bulk().phase(), Phase::Interrupted));
    simulator(ui.app.view())
        .find("Resume (4 left)")
        .expect("what is left, said");
    ui.run_bulk(bulk::Message::Resume).await;
    assert!(matches!(
        ui.bulk().phase(),
        Phase::Stopped(Ending::Finished)
    ));
    for u in &users {
        let read = ui.h().client.user_read(&hash, u.id).await.unwrap();
        assert_eq!(read.user.mfa_allowed, Some(true));
    }
    // Four sent; the two done before were not sent again.
    let journal = ui.app.journal().read().unwrap();
    let sent = journal
        .entries
        .iter()
        .filter(|e| e.operation == "user.mfa")
        .count();
    assert_eq!(sent, 4);
}

#[tokio::test]
async fn a_dealer_that_may_only_look_gets_no_bulk_changes() {
    let mut ui = Ui::start(Policy::default()).await;
    ui.login(VIEWER_DEALER.login, VIEWER_DEALER.password);
    ui.settle().await;
    ui.list(users::Message::Choose(0, true));
    let mut sim = simulator(ui.app.view());
    for label in ["Balance or bonus…", "Delete…", "2FA…"] {
        sim.click(label).unwrap();
    }
    assert_eq!(sim.into_messages().count(), 0, "greyed out");
    // Exporting what it sees it may.
    let mut sim = simulator(ui.app.view());
    sim.click("Export the chosen…").unwrap();
    assert_eq!(sim.into_messages().count(), 1);
    ui.list(users::Message::Bulk(BulkKind::Balance));
    assert_eq!(ui.where_(), "users list");
    assert!(ui.has_toast("may not do this"));
}
