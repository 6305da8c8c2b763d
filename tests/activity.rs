//! The activity journal: every change made through the app is on disk before
//! the app hears the answer, with what changed and how it ended, never a
//! password; the Activity screen lists, filters and exports it.

mod common;

use common::new_individual;
use common::ui::Ui;
use iced_test::simulator;
use navixy_panel::api::UserUpdate;
use navixy_panel::import::read_table;
use navixy_panel::journal::{Change, Outcome};
use navixy_panel::model::BalanceKind;
use navixy_panel::sandbox::Fault;
use navixy_panel::session::{Request, Secret};
use navixy_panel::ui::screen::{Page, Screen, activity};

#[tokio::test]
async fn changes_are_journalled_with_their_outcome_and_never_a_password() {
    let ui = Ui::logged_in().await;
    let mut new = new_individual("journal.ann@example.com");
    new.password = "Pa55w0rd!x".into();
    let _ = ui.app.run(Request::CreateUser(Box::new(new))).await;
    let created = ui.app.journal().read().unwrap().entries;
    assert_eq!(created.len(), 1, "written before the answer was handled");
    let entry = &created[0];
    assert_eq!(entry.operation, "user.create");
    assert_eq!(entry.outcome, Outcome::Done);
    assert_eq!(entry.dealer, "demo");
    assert_eq!(entry.user.as_deref(), Some("journal.ann@example.com"));
    let id = entry.user_id.expect("the new id");
    assert!(
        entry
            .changes
            .iter()
            .any(|c| c.field == "post_city" && c.new.as_deref() == Some("Zürich"))
    );

    // An edit records only what changed, old → new.
    let before = UserUpdate::new(
        id,
        new_individual("journal.ann@example.com").user,
        Default::default(),
    );
    let mut update = before.clone();
    update.user.fields.post_city = Some("Basel".into());
    let _ = ui
        .app
        .run(Request::UpdateUser {
            update: Box::new(update),
            before: Box::new(before),
        })
        .await;
    let edit = ui.app.journal().read().unwrap().entries.pop().unwrap();
    assert_eq!(edit.operation, "user.update");
    assert_eq!(
        edit.changes,
        [Change {
            field: "post_city".into(),
            old: Some("Zürich".into()),
            new: Some("Basel".into())
        }]
    );

    let _ = ui
        .app
        .run(Request::ChangePassword {
            user_id: id,
            login: "journal.ann@example.com".into(),
            password: Secret("An0ther-secret".to_owned()),
        })
        .await;
    ui.h()
        .sandbox
        .inject_fault("panel/user/transaction/change_balance", Fault::DropBefore);
    let _ = ui
        .app
        .run(Request::ChangeBalance {
            user_id: id,
            login: "journal.ann@example.com".into(),
            amount: 12.5,
            kind: BalanceKind::Balance,
            text: "Deposit".into(),
        })
        .await;
    // Made: the journal has the balance before and after.
    let _ = ui
        .app
        .run(Request::ChangeBalance {
            user_id: id,
            login: "journal.ann@example.com".into(),
            amount: 12.5,
            kind: BalanceKind::Balance,
            text: "Deposit".into(),
        })
        .await;
    let top_up = ui.app.journal().read().unwrap().entries.pop().unwrap();
    assert_eq!(
        top_up.changes[0],
        Change {
            field: "balance".into(),
            old: Some("0.00".into()),
            new: Some("12.50".into())
        }
    );
    let _ = ui
        .app
        .run(Request::Corrupt {
            user_id: id,
            login: "wrong.login@example.com".into(),
            clones: false,
        })
        .await;

    let entries = ui.app.journal().read().unwrap().entries;
    let summary: Vec<(&str, Outcome)> = entries
        .iter()
        .map(|e| (e.operation.as_str(), e.outcome))
        .collect();
    assert_eq!(
        summary,
        [
            ("user.create", Outcome::Done),
            ("user.update", Outcome::Done),
            ("user.change_password", Outcome::Done),
            ("user.change_balance", Outcome::NotApplied),
            ("user.change_balance", Outcome::Done),
            ("user.delete", Outcome::Refused),
        ]
    );
    assert!(entries[5].code.is_some(), "the refusal's code");
    let file = std::fs::read_to_string(ui.app.journal().path()).unwrap();
    assert!(!file.contains("Pa55w0rd!x"), "{file}");
    assert!(!file.contains("An0ther-secret"), "{file}");
    assert!(!file.to_lowercase().contains("hash"), "{file}");
}

#[tokio::test]
async fn the_activity_screen_lists_filters_and_exports() {
    let mut ui = Ui::logged_in().await;
    for login in ["first.one@example.com", "second.one@example.com"] {
        let _ = ui
            .app
            .run(Request::CreateUser(Box::new(new_individual(login))))
            .await;
    }
    let mut sim = simulator(ui.app.view());
    sim.click("Activity").unwrap();
    for m in sim.into_messages() {
        ui.send(m);
    }
    let screen = crate::on_top!(ui, Activity);
    let logins: Vec<_> = screen.shown().filter_map(|e| e.user.clone()).collect();
    assert_eq!(
        logins,
        ["second.one@example.com", "first.one@example.com"],
        "newest first"
    );
    {
        let mut sim = simulator(ui.app.view());
        sim.find("User created").unwrap();
        sim.find("2 of 2 changes").unwrap();
    }

    ui.top(activity::Message::Filter("FIRST.ONE".into()));
    let screen = crate::on_top!(ui, Activity);
    assert_eq!(screen.shown().count(), 1);
    let bytes = screen.to_xlsx().unwrap();
    let table = read_table("activity.xlsx", &bytes).unwrap();
    assert_eq!(table.rows.len(), 2, "header and the one shown entry");
    assert!(
        table.rows[1]
            .iter()
            .any(|c| c.starts_with("first.one@example.com (#"))
    );
    assert!(table.rows[1].iter().any(|c| c == "Done"));

    ui.top(activity::Message::Close);
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));
}

#[tokio::test]
async fn a_damaged_journal_still_opens() {
    let ui = Ui::logged_in().await;
    let path = ui.app.journal().path().to_owned();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "not json\n\u{0}\u{1}garbage\n").unwrap();
    let screen = activity::Activity::new(ui.app.journal().read());
    assert_eq!(screen.shown().count(), 0);
    let mut sim = simulator(screen.view());
    sim.find("0 of 0 changes · 2 damaged lines skipped")
        .unwrap();
}
