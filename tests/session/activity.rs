//! The activity journal: every change made through the app is on disk before
//! the app hears the answer, with what changed and how it ended, never a
//! password; the Activity screen lists, filters and exports it.

use crate::common::new_individual;
use crate::common::ui::Ui;
use iced::Settings;
use iced_test::{Simulator, simulator};
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
    // A wide window: the header's buttons say their words (in a narrow one
    // they are icons).
    let mut sim = Simulator::with_size(Settings::default(), (1280.0, 800.0), ui.app.view());
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

mod journal_says {
    //! What the journal says of each kind of change: what happened, to whom
    //! (login and id), from which file, on which server; "not sent" apart
    //! from "unknown".

    use crate::common::ui::Ui;
    use navixy_panel::import::Preview;
    use navixy_panel::journal::Outcome;
    use navixy_panel::sandbox::Fault;
    use navixy_panel::ui::parts::account_actions as acc;
    use navixy_panel::ui::screen::user_editor::{self as ed, Field, TextField};
    use navixy_panel::ui::screen::{Page, activity, import, user_details, users};

    const HEADER: &str = "Email address*;Password*;Status*;Legal status*;Surname*;Name*";

    fn shown(ui: &Ui) -> activity::Activity {
        activity::Activity::new(ui.app.journal().read())
    }

    #[tokio::test]
    async fn an_import_is_one_line_with_its_file_counts_and_created_logins() {
        let mut ui = Ui::logged_in().await;
        let text = format!(
            "{HEADER}\n\
             journal.first@example.com;secret12;1;1;First;Ann\n\
             journal.second@example.com;secret12;1;1;Second;Bo\n\
             john.smith@example.com;secret12;1;1;Smith;John\n\
             journal.fourth@example.com;secret12;1;1;Fourth;Di\n"
        );
        let path = ui.dir.path().join("spring-clients.csv");
        std::fs::write(&path, &text).unwrap();
        ui.list(users::Message::ImportFile(Some(path)));
        let preview = Preview::open("spring-clients.csv", text.as_bytes(), &mut |_, _| {});
        ui.top(import::Message::Read(preview.map_err(|e| e.to_string())));
        ui.top(import::Message::Upload);
        ui.settle().await; // refused at the third row, then the check

        let screen = shown(&ui);
        let lines: Vec<_> = screen.shown().collect();
        assert_eq!(lines.len(), 1, "one line for the import: {lines:?}");
        let line = lines[0];
        assert_eq!(line.operation, "users.import");
        assert_eq!(line.file.as_deref(), Some("spring-clients.csv"));
        assert_eq!(line.outcome, Outcome::Refused);
        assert_eq!(
            line.logins,
            ["journal.first@example.com", "journal.second@example.com"],
            "the created users, by name"
        );
        let said = activity::changes_text(line);
        assert!(
            said.contains("Users created: 2")
                && said.contains("Refused: 1")
                && said.contains("Not sent: 1"),
            "{said}"
        );
        let mut sim = iced_test::simulator(screen.view());
        sim.find("spring-clients.csv").expect("the file names it");
    }

    #[tokio::test]
    async fn balance_password_and_edits_name_the_user_by_login_and_id_and_the_server() {
        let mut ui = Ui::logged_in().await;
        ui.list(users::Message::Open(0)); // John Smith
        ui.settle().await;
        ui.top(user_details::Message::Account(acc::Message::Open(
            acc::Which::Balance,
        )));
        ui.top(user_details::Message::Account(acc::Message::Input(
            acc::Input::Amount("-1000".into()),
        )));
        ui.top(user_details::Message::Account(acc::Message::Input(
            acc::Input::Text("Refund in full".into()),
        )));
        ui.top(user_details::Message::Account(acc::Message::Submit));
        ui.settle().await; // refused: 251
        let entries = ui.app.journal().read().unwrap().entries;
        let balance = entries.last().unwrap();
        assert_eq!(balance.operation, "user.change_balance");
        assert_eq!(
            (balance.user.as_deref(), balance.user_id),
            (Some("john.smith@example.com"), Some(1))
        );
        assert_eq!(balance.outcome, Outcome::Refused);

        // A change of login the server refuses stays under the login it had.
        ui.top(user_details::Message::Account(acc::Message::Close));
        ui.top(user_details::Message::Edit);
        ui.top(ed::Message::Edit(Field::Text(
            TextField::User(navixy_panel::model::UserField::Login),
            "abc.logistics@example.com".into(),
        )));
        ui.top(ed::Message::Save);
        ui.settle().await; // 206: in use
        let entries = ui.app.journal().read().unwrap().entries;
        let edit = entries.last().unwrap();
        assert_eq!(edit.outcome, Outcome::Refused);
        assert_eq!(edit.user.as_deref(), Some("john.smith@example.com"));

        let screen = shown(&ui);
        let mut sim = iced_test::simulator(screen.view());
        let host = url::Url::parse(&ui.h().sandbox.base_url()).unwrap();
        let host = format!("{}:{}", host.host_str().unwrap(), host.port().unwrap());
        sim.find(host.as_str()).expect("the server");
    }

    #[tokio::test]
    async fn a_balance_change_never_sent_is_not_sent_not_unknown() {
        let mut ui = Ui::logged_in().await;
        ui.list(users::Message::Open(0));
        ui.settle().await;
        ui.top(user_details::Message::Account(acc::Message::Open(
            acc::Which::Balance,
        )));
        ui.top(user_details::Message::Account(acc::Message::Input(
            acc::Input::Amount("5".into()),
        )));
        ui.top(user_details::Message::Account(acc::Message::Input(
            acc::Input::Text("Top-up by card".into()),
        )));
        // The read the change needs first fails past its retries.
        for _ in 0..4 {
            ui.h()
                .sandbox
                .inject_fault("panel/user/read", Fault::ServerError);
        }
        ui.top(user_details::Message::Account(acc::Message::Submit));
        ui.settle().await;
        let entries = ui.app.journal().read().unwrap().entries;
        let entry = entries.last().unwrap();
        assert_eq!(entry.operation, "user.change_balance");
        assert_eq!(entry.outcome, Outcome::Failed, "not sent, not 'unknown'");
        assert_eq!(activity::outcome_label(entry.outcome), "Not sent");
        let details = crate::on_top!(ui, Details);
        let said = details
            .account()
            .and_then(|a| a.dialog())
            .and_then(|d| d.refusal.clone())
            .unwrap_or_default();
        assert!(said.starts_with("Nothing was sent"), "{said}");
    }
}
