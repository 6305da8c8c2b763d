//! The user editor through `update`, against a real sandbox: create and
//! update with the shared rules, server errors on their fields, the
//! unsaved-changes guard, and a session that ends in the middle of a save.

use navixy_panel::model::UserField as F;

use navixy_panel::model::ErrorCode;

use crate::common::ui::Ui;
use iced_test::simulator;

use navixy_panel::api::{ApiError, Error, ParamError};
use navixy_panel::model::LegalType;
use navixy_panel::session::{Request, RequestKind};
use navixy_panel::ui::app::Message;
use navixy_panel::ui::parts::account_actions as acc;
use navixy_panel::ui::screen::user_editor::{self as ed, Field, TextField as T};
use navixy_panel::ui::screen::{self as screen, Screen, user_details, users};

impl Ui {
    fn fill_new_user(&mut self, login: &str) {
        self.type_in(T::User(F::Login), login);
        self.type_in(T::User(F::LastName), "Карпова");
        self.type_in(T::User(F::FirstName), "Ольга");
        self.type_in(T::User(F::Phone), "79991234567");
        self.type_in(T::Password, "secret-12");
        self.type_in(T::PasswordRepeat, "secret-12");
        self.type_in(T::DiscountValue, "7,5");
        self.type_in(T::DiscountMinTrackers, "3");
        self.type_in(T::Comment, "Signed at the trade fair");
    }
}

#[tokio::test]
async fn creating_a_user_checks_the_shared_rules_then_saves() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    assert!(!ui.editor().can_save(), "an empty form cannot be saved");
    // ...but Save can be pressed, and says why not.
    assert!(ui.editor().save_offered());
    let messages: Vec<Message> = {
        let mut sim = simulator(ui.app.view());
        sim.click("Save").expect("Save is not greyed out");
        sim.into_messages().collect()
    };
    assert!(!messages.is_empty(), "Save sends its message");
    ui.top(ed::Message::Save);
    assert_eq!(ui.app.pending().count(), 0);
    let p = ui.editor().problems();
    assert!(
        ui.editor().error_for("user.login", &p).is_some(),
        "a save attempt shows the problems"
    );

    ui.fill_new_user("olga.karpova@example.com");
    ui.type_in(T::PasswordRepeat, "secret-13");
    assert!(
        ui.editor()
            .error_for("password_repeat", &ui.editor().problems())
            .unwrap()
            .contains("do not match")
    );
    ui.type_in(T::PasswordRepeat, "secret-12");
    // A legal entity needs its name and addresses.
    ui.top(ed::Message::Edit(Field::LegalType(LegalType::LegalEntity)));
    assert!(ui.editor().problems().contains_key("user.legal_name"));
    ui.top(ed::Message::Edit(Field::LegalType(LegalType::Individual)));
    assert!(ui.editor().can_save(), "{:?}", ui.editor().problems());

    ui.top(ed::Message::Save);
    ui.settle().await;
    // The new user's details open, over the list (refreshed) it was made from.
    match ui.app.top() {
        Some(Screen::Details(d)) => assert_eq!(
            d.record().and_then(|r| r.user.fields.login.as_deref()),
            Some("olga.karpova@example.com")
        ),
        _ => panic!("the new user's details, not {}", ui.where_()),
    }
    assert_eq!(ui.depth(), 2);
    assert!(ui.app.toasts().iter().any(|t| t.text == "User created."));
    let dealer = ui.h().demo().await;
    let created = ui
        .h()
        .user_by_login(&dealer, "olga.karpova@example.com")
        .await;
    let rec = ui.h().client.user_read(&dealer, created.id).await.unwrap();
    assert_eq!(rec.user.fields.last_name.as_deref(), Some("Карпова"));
    assert_eq!(
        (
            rec.discount.as_ref().unwrap().value,
            rec.discount.as_ref().unwrap().min_trackers
        ),
        (Some(7.5), Some(3))
    );
    assert_eq!(
        rec.user.comment.as_deref(),
        Some("Signed at the trade fair")
    );
    ui.h()
        .client
        .user_auth("olga.karpova@example.com", "secret-12", None)
        .await
        .expect("the password works");
}

#[tokio::test]
async fn a_refused_save_keeps_the_form_and_marks_the_field() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    ui.fill_new_user("john.smith@example.com");
    ui.top(ed::Message::Save);
    ui.settle().await;
    let e = ui.editor();
    assert_eq!(
        e.form().text(F::FirstName),
        "Ольга",
        "nothing typed is lost"
    );
    assert!(!e.is_saving());
    assert!(
        e.error_for("user.login", &e.problems())
            .unwrap()
            .contains("already used"),
        "206 lands on the login"
    );

    // Code 7 with errors[]: each message beside its parameter.
    ui.type_in(T::User(F::Login), "new.address@example.com");
    ui.top(ed::Message::Save);
    let id = ui.pending_save();
    let refused = Error::Api(ApiError {
        errors: vec![
            ParamError {
                parameter: "user.phone".into(),
                error: "Phone is blacklisted".into(),
            },
            ParamError {
                parameter: "password".into(),
                error: "Too weak for this dealer".into(),
            },
        ],
        ..ApiError::new(ErrorCode::InvalidParameters)
    });
    ui.send(Message::Answer {
        id,
        result: Err(refused),
    });
    let e = ui.editor();
    assert_eq!(
        e.error_for("user.phone", &e.problems()).as_deref(),
        Some("Phone is blacklisted")
    );
    assert_eq!(
        e.error_for("password", &e.problems()).as_deref(),
        Some("Too weak for this dealer")
    );
    assert_eq!(e.form().text(F::Login), "new.address@example.com");
}

#[tokio::test]
async fn editing_saves_only_a_changed_form_with_the_stored_legal_type() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::Open(1)); // ABC Logistics, a legal entity
    ui.settle().await;
    ui.top(user_details::Message::Edit);
    let e = ui.editor();
    assert_eq!(e.form().text(F::LegalName), "ABC Logistics Inc.");
    assert!(!e.can_save(), "unchanged: nothing to save");
    ui.top(ed::Message::Edit(Field::LegalType(LegalType::Individual)));
    assert_eq!(
        ui.editor().form().legal_type,
        LegalType::LegalEntity,
        "fixed on update"
    );
    ui.type_in(T::User(F::LegalName), "ABC Logistics Group Inc.");
    assert!(ui.editor().can_save());
    // Ctrl+S saves.
    let ctrl_s = iced::keyboard::Event::KeyPressed {
        key: iced::keyboard::Key::Character("s".into()),
        modified_key: iced::keyboard::Key::Character("s".into()),
        physical_key: iced::keyboard::key::Physical::Unidentified(
            iced::keyboard::key::NativeCode::Unidentified,
        ),
        location: iced::keyboard::Location::Standard,
        modifiers: iced::keyboard::Modifiers::CTRL,
        text: None,
        repeat: false,
    };
    ui.send(Message::Key(ctrl_s));
    assert!(ui.app.pending().any(
        |(_, p)| matches!(&p.request, Request::UpdateUser { update: u, .. }
            if u.user.fields.legal_type == Some(LegalType::LegalEntity))
    ));
    ui.settle().await;
    match ui.app.top() {
        Some(Screen::Details(d)) => assert_eq!(
            d.record().unwrap().user.fields.legal_name.as_deref(),
            Some("ABC Logistics Group Inc."),
            "details re-read"
        ),
        _ => panic!("back on the details"),
    }
}

#[tokio::test]
async fn leaving_with_unsaved_changes_asks_first() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    ui.top(ed::Message::Cancel);
    assert!(
        matches!(ui.app.top(), Some(Screen::Users(_))),
        "an untouched form just closes"
    );
    ui.list(users::Message::NewUser);
    ui.type_in(T::User(F::Login), "half.typed@");
    ui.top(ed::Message::Cancel);
    assert!(ui.editor().confirm_discard());
    ui.top(ed::Message::DiscardCancelled);
    assert_eq!(ui.editor().form().text(F::Login), "half.typed@");
    ui.top(ed::Message::Cancel);
    ui.top(ed::Message::DiscardConfirmed);
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));
}

#[tokio::test]
async fn closing_the_window_with_unsaved_work_asks_first() {
    let window = iced::window::Id::unique();
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    ui.send(Message::CloseRequested(window));
    assert_eq!(
        ui.app.quit_asked(),
        None,
        "an untouched form closes at once"
    );

    ui.type_in(T::User(F::Login), "half.typed@");
    ui.send(Message::CloseRequested(window));
    assert_eq!(ui.app.quit_asked(), Some(window));
    let mut sim = simulator(ui.app.view());
    sim.find("Close without saving?").unwrap();
    sim.click("Cancel").unwrap();
    let messages: Vec<Message> = sim.into_messages().collect();
    assert!(messages.iter().any(|m| matches!(m, Message::QuitCancelled)));
    for m in messages {
        ui.send(m);
    }
    assert_eq!(ui.app.quit_asked(), None);
    assert_eq!(
        ui.editor().form().text(F::Login),
        "half.typed@",
        "the form is kept"
    );

    // A change on its way counts until its answer is in, form or no form.
    ui.fill_new_user("closing.while.saving@example.com");
    ui.top(ed::Message::Save);
    assert!(ui.app.unsaved_work());
    ui.settle().await;
    assert!(
        !matches!(ui.app.top(), Some(Screen::Editor(..))),
        "saved and closed"
    );
    assert!(!ui.app.unsaved_work());

    ui.list(users::Message::NewUser);
    ui.type_in(T::Comment, "typed, then closed anyway");
    ui.send(Message::CloseRequested(window));
    ui.send(Message::QuitConfirmed);
    assert_eq!(ui.app.quit_asked(), None);
}

#[tokio::test]
async fn a_session_that_ends_during_a_save_keeps_the_form_and_sends_nothing_twice() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    ui.fill_new_user("after.relogin@example.com");
    ui.top(ed::Message::Save);
    let id = ui.pending_save();
    let ended = Error::from(ErrorCode::SessionEnded);
    ui.send(Message::Answer {
        id,
        result: Err(ended),
    });
    assert!(!ui.app.is_logged_in());
    ui.login("demo", "demo1234");
    ui.settle().await;
    let e = ui.editor();
    assert_eq!(
        (e.form().text(F::Login), e.form().text(F::FirstName)),
        ("after.relogin@example.com", "Ольга")
    );
    assert!(
        !e.is_saving() && e.can_save(),
        "the operator saves again; nothing was resent"
    );
    ui.top(ed::Message::Save);
    ui.settle().await;
    let dealer = ui.h().demo().await;
    ui.h()
        .user_by_login(&dealer, "after.relogin@example.com")
        .await;
}

impl Ui {
    /// Opens the details of the list's `row`, then the editor for that user.
    async fn edit_row(&mut self, row: usize) {
        self.list(users::Message::Open(row));
        self.settle().await;
        self.top(user_details::Message::Edit);
    }

    fn act(&mut self, m: ed::Message) {
        self.top(m);
    }

    /// A message to the account actions' dialog in the editor.
    fn account(&mut self, m: acc::Message) {
        self.act(ed::Message::Account(m));
    }

    fn open_dialog(&mut self, which: acc::Which) {
        self.account(acc::Message::Open(which));
    }

    /// Types into the open account dialog.
    fn type_account(&mut self, input: acc::Input) {
        self.account(acc::Message::Input(input));
    }

    /// Opens the balance dialog with this amount and description typed.
    fn fill_balance(&mut self, amount: &str, text: &str) {
        self.open_dialog(acc::Which::Balance);
        self.type_account(acc::Input::Amount(amount.into()));
        self.type_account(acc::Input::Text(text.into()));
    }

    /// The id of the save the editor is waiting for.
    fn pending_save(&self) -> u64 {
        self.app
            .pending()
            .find(|(_, p)| p.kind == RequestKind::SaveUser)
            .map(|(id, _)| id)
            .expect("a save is pending")
    }

    /// John Smith (the list's first row) as the server has him now.
    async fn john(&self) -> navixy_panel::model::User {
        let dealer = self.h().demo().await;
        self.h()
            .user_by_login(&dealer, "john.smith@example.com")
            .await
    }

    fn dialog_refusal(&self) -> String {
        self.editor()
            .dialog()
            .and_then(|d| d.refusal.clone())
            .unwrap_or_default()
    }
}

#[tokio::test]
async fn change_password_from_the_editor() {
    use acc::Input;
    let mut ui = Ui::logged_in().await;
    ui.edit_row(0).await; // John Smith
    ui.open_dialog(acc::Which::Password);
    ui.type_account(Input::Password("n3w-pass".into()));
    ui.type_account(Input::Repeat("n3w-pasz".into()));
    ui.account(acc::Message::Submit);
    assert_eq!(
        ui.app.pending().count(),
        0,
        "the repeat differs: nothing is sent"
    );
    ui.type_account(Input::Repeat("n3w-pass".into()));
    ui.account(acc::Message::Submit);
    ui.settle().await;
    assert!(ui.editor().dialog().is_none());
    assert!(
        ui.app
            .toasts()
            .iter()
            .any(|t| t.text == "The password was changed.")
    );
    ui.h()
        .client
        .user_auth("john.smith@example.com", "n3w-pass", None)
        .await
        .expect("the new password works");
}

#[tokio::test]
async fn balance_changes_preview_and_explain_insufficient_funds() {
    use acc::Input;
    let mut ui = Ui::logged_in().await;
    ui.edit_row(0).await; // John Smith, balance 10.01
    ui.fill_balance("-100", "Refund of the deposit");
    let account = ui.editor().account().unwrap().account().clone();
    assert_eq!(
        ui.editor().dialog().unwrap().preview(&account),
        Some(-89.99)
    );
    ui.account(acc::Message::Submit);
    ui.settle().await;
    let refusal = ui.dialog_refusal();
    assert!(
        refusal.contains("Insufficient funds") && refusal.contains("10.01"),
        "{refusal}"
    );
    assert!(
        ui.editor().dialog().is_some(),
        "the dialog stays with what was typed"
    );

    ui.type_account(Input::Amount("25,50".into()));
    ui.account(acc::Message::Submit);
    ui.settle().await;
    assert!(ui.editor().dialog().is_none());
    assert_eq!(ui.editor().account().unwrap().account().balance, 35.51);
    // The bonus too.
    ui.open_dialog(acc::Which::Balance);
    ui.type_account(Input::Kind(navixy_panel::model::BalanceKind::Bonus));
    ui.type_account(Input::Amount("5".into()));
    ui.type_account(Input::Text("Loyalty bonus".into()));
    ui.account(acc::Message::Submit);
    ui.settle().await;
    let john = ui.john().await;
    assert_eq!((john.balance, john.bonus), (Some(35.51), Some(5.0)));
}

#[tokio::test]
async fn deleting_asks_for_the_login_and_explains_252_and_253() {
    use acc::Input;
    let mut ui = Ui::logged_in().await;
    ui.edit_row(3).await; // broken.tracker: one tracker already corrupted
    ui.open_dialog(acc::Which::Delete);
    ui.type_account(Input::TypedLogin("someone@else.com".into()));
    ui.account(acc::Message::Submit);
    assert_eq!(ui.app.pending().count(), 0, "the typed login must match");
    ui.type_account(Input::TypedLogin("broken.tracker@example.com".into()));
    ui.account(acc::Message::Submit);
    ui.settle().await;
    assert!(
        ui.dialog_refusal().contains("already deleted"),
        "{}",
        ui.dialog_refusal()
    );

    ui.account(acc::Message::Close);
    ui.act(ed::Message::Cancel);
    ui.top(user_details::Message::Back);
    ui.edit_row(2).await; // fleet.clones: trackers cloned to others
    ui.open_dialog(acc::Which::Delete);
    ui.type_account(Input::TypedLogin("fleet.clones@example.com".into()));
    ui.type_account(Input::Clones(false));
    ui.account(acc::Message::Submit);
    ui.settle().await;
    assert!(
        ui.dialog_refusal().contains("cloned"),
        "{}",
        ui.dialog_refusal()
    );
    ui.type_account(Input::Clones(true));
    ui.account(acc::Message::Submit);
    ui.settle().await;
    match ui.app.top() {
        Some(Screen::Users(list)) => assert!(
            list.users()
                .iter()
                .all(|u| u.fields.login.as_deref() != Some("fleet.clones@example.com"))
        ),
        _ => panic!("back on the refreshed list"),
    }
    assert!(
        ui.app
            .toasts()
            .iter()
            .any(|t| t.text == "The user was deleted.")
    );
}

#[tokio::test]
async fn log_in_as_user_hands_over_a_session_key() {
    let mut ui = Ui::logged_in().await;
    ui.edit_row(0).await;
    ui.account(acc::Message::LoginAs);
    assert!(
        ui.app
            .pending()
            .any(|(_, p)| matches!(p.request, Request::OpenUserSession { .. }))
    );
    ui.settle().await;
    assert!(
        ui.app.opened_in_browser().is_some(),
        "handed to the browser"
    );
    // Said once the browser answers (here: as if it opened).
    ui.send(navixy_panel::ui::app::Message::BrowserOpened(Ok(())));
    let toast = ui.app.toasts().last().expect("a toast");
    assert_eq!(
        toast.text,
        "The user's web interface was opened; the session key is also on the clipboard.",
        "the sandbox's page for the session (tests/ui/users_section.rs)"
    );
    assert!(
        matches!(ui.app.top(), Some(Screen::Editor(..))),
        "the editor stays open"
    );
}

#[tokio::test]
async fn logging_out_keeps_an_unsaved_form_for_the_next_login() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    ui.fill_new_user("typed.before.logout@example.com");
    ui.send(Message::Logout);
    ui.send(Message::LogoutConfirmed);
    assert!(!ui.app.is_logged_in());
    ui.settle().await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    assert_eq!(
        ui.editor().form().text(F::Login),
        "typed.before.logout@example.com"
    );
    assert_eq!(ui.editor().form().text(F::FirstName), "Ольга");
}

#[tokio::test]
async fn a_save_through_each_fault_keeps_the_form_or_saves_once() {
    use navixy_panel::sandbox::Fault;
    for fault in Fault::ENDING_AT_ONCE {
        let mut ui = Ui::logged_in().await;
        let login = format!("olga.{}@example.com", fault.name());
        ui.list(users::Message::NewUser);
        ui.fill_new_user(&login);
        ui.h().sandbox.inject_fault("panel/user/create", fault);
        ui.top(ed::Message::Save);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        let dealer = ui.h().demo().await;
        let stored = ui.h().filtered(&dealer, &login).await.unwrap().list.len();
        if fault.runs_operation() {
            // The answer was lost after the user was made: the read after
            // finds it, the save counts as done, the user exists once.
            assert!(
                matches!(ui.app.top(), Some(Screen::Details(_))),
                "{fault:?}"
            );
            assert_eq!(stored, 1, "{fault:?}");
        } else {
            // Not made: the form stays as typed and the message says so.
            assert_eq!(ui.editor().form().text(F::FirstName), "Ольга", "{fault:?}");
            assert!(!ui.editor().is_saving());
            assert!(
                ui.has_toast("Nothing was changed"),
                "{fault:?}: {:?}",
                ui.app.toasts()
            );
            assert_eq!(stored, 0, "{fault:?}");
            // Saving again (the operator's choice) makes it once.
            ui.top(ed::Message::Save);
            ui.settle().await;
            let stored = ui.h().filtered(&dealer, &login).await.unwrap().list.len();
            assert_eq!(stored, 1, "{fault:?}");
        }
    }
}

#[tokio::test]
async fn a_balance_change_through_each_fault_lands_once_or_not_at_all() {
    use navixy_panel::sandbox::Fault;
    let mut ui = Ui::logged_in().await;
    ui.edit_row(0).await; // John Smith, balance 10.01
    let mut expected = 10.01;
    for fault in Fault::ENDING_AT_ONCE {
        ui.fill_balance("40", "Top-up");
        ui.h()
            .sandbox
            .inject_fault("panel/user/transaction/change_balance", fault);
        ui.account(acc::Message::Submit);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        if fault.runs_operation() {
            expected += 40.0;
            assert!(ui.editor().dialog().is_none(), "{fault:?}: done");
        } else {
            assert!(
                ui.dialog_refusal().contains("Nothing was changed"),
                "{fault:?}: {}",
                ui.dialog_refusal()
            );
            assert!(ui.editor().dialog().is_some(), "what was typed stays");
            ui.account(acc::Message::Close);
        }
        let john = ui.john().await;
        let balance = john.balance.unwrap_or_default();
        assert!(
            (balance - expected).abs() < 0.005,
            "{fault:?}: {balance} ≠ {expected}"
        );
    }
}

#[tokio::test]
async fn a_stalled_answer_times_out_and_the_change_is_found_not_resent() {
    use navixy_panel::sandbox::Fault;
    use std::time::Duration;
    let mut ui = Ui::logged_in().await;
    // The session's client was made at login; a new login uses the shorter timeout.
    ui.app.set_client_options(navixy_panel::api::ClientOptions {
        request_timeout: Duration::from_millis(500),
        retry_pause: Duration::from_millis(10),
        ..Default::default()
    });
    ui.send(Message::Logout);
    ui.send(Message::LogoutConfirmed);
    ui.settle().await;
    ui.login("demo", "demo1234");
    ui.settle().await;

    ui.list(users::Message::NewUser);
    ui.fill_new_user("olga.stalled@example.com");
    ui.h()
        .sandbox
        .inject_fault("panel/user/create", Fault::Stall);
    ui.top(ed::Message::Save);
    ui.settle().await;
    assert_eq!(ui.h().sandbox.faults_pending(), 0);
    assert!(matches!(ui.app.top(), Some(Screen::Details(_))), "saved");
    ui.top(user_details::Message::Back);
    let dealer = ui.h().demo().await;
    let found = ui
        .h()
        .filtered(&dealer, "olga.stalled@example.com")
        .await
        .unwrap();
    assert_eq!(found.list.len(), 1, "made once");

    ui.edit_row(0).await; // John Smith, balance 10.01
    ui.fill_balance("5", "Top-up");
    ui.h()
        .sandbox
        .inject_fault("panel/user/transaction/change_balance", Fault::Stall);
    ui.account(acc::Message::Submit);
    ui.settle().await;
    assert!(ui.editor().dialog().is_none(), "done");
    let john = ui
        .h()
        .user_by_login(&dealer, "john.smith@example.com")
        .await;
    assert_eq!(john.balance, Some(15.01), "landed once");
}

/// John Smith's first name as the server has it.
async fn john_first_name(ui: &Ui) -> Option<String> {
    let dealer = ui.h().demo().await;
    ui.h()
        .user_by_login(&dealer, "john.smith@example.com")
        .await
        .fields
        .first_name
}

#[tokio::test]
async fn an_edit_through_each_fault_keeps_the_form_or_saves_once() {
    use navixy_panel::sandbox::Fault;
    for fault in Fault::ENDING_AT_ONCE {
        let mut ui = Ui::logged_in().await;
        ui.edit_row(0).await; // John Smith
        let name = format!("Jonathan {}", fault.name());
        ui.type_in(T::User(F::FirstName), &name);
        ui.h().sandbox.inject_fault("panel/user/update", fault);
        ui.top(ed::Message::Save);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        if fault.runs_operation() {
            // Made, the answer lost: read back, reported saved.
            assert!(
                matches!(ui.app.top(), Some(Screen::Details(..))),
                "{fault:?}"
            );
            assert_eq!(john_first_name(&ui).await.as_deref(), Some(name.as_str()));
        } else {
            assert_eq!(
                ui.editor().form().text(F::FirstName),
                name,
                "{fault:?}: kept"
            );
            assert!(
                ui.has_toast("Nothing was changed"),
                "{fault:?}: {:?}",
                ui.app.toasts()
            );
            assert_eq!(
                john_first_name(&ui).await.as_deref(),
                Some("John"),
                "{fault:?}"
            );
            ui.top(ed::Message::Save);
            ui.settle().await;
            assert_eq!(john_first_name(&ui).await.as_deref(), Some(name.as_str()));
        }
    }
}

#[tokio::test]
async fn a_password_change_through_each_fault_is_never_reported_done_unseen() {
    use acc::Input;
    use navixy_panel::sandbox::Fault;
    for (n, fault) in Fault::ENDING_AT_ONCE.into_iter().enumerate() {
        let mut ui = Ui::logged_in().await;
        ui.edit_row(0).await; // John Smith
        let password = format!("n3w-pass-{n}");
        ui.open_dialog(acc::Which::Password);
        ui.type_account(Input::Password(password.clone()));
        ui.type_account(Input::Repeat(password.clone()));
        ui.h()
            .sandbox
            .inject_fault("panel/user/change_password", fault);
        ui.account(acc::Message::Submit);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        // A password cannot be read back: whatever happened, the operator
        // is told it is unknown, and the dialog keeps what was typed.
        assert!(
            ui.dialog_refusal().contains("may or may not"),
            "{fault:?}: {}",
            ui.dialog_refusal()
        );
        assert!(ui.editor().dialog().is_some(), "{fault:?}");
        let works = ui
            .h()
            .client
            .user_auth("john.smith@example.com", &password, None)
            .await
            .is_ok();
        assert_eq!(works, fault.runs_operation(), "{fault:?}");
    }
}

#[tokio::test]
async fn a_delete_through_each_fault_ends_known() {
    use acc::Input;
    use navixy_panel::sandbox::Fault;
    for fault in Fault::ENDING_AT_ONCE {
        let mut ui = Ui::logged_in().await;
        ui.edit_row(0).await; // John Smith
        ui.open_dialog(acc::Which::Delete);
        ui.type_account(Input::TypedLogin("john.smith@example.com".into()));
        ui.h().sandbox.inject_fault("panel/user/corrupt", fault);
        ui.account(acc::Message::Submit);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        let dealer = ui.h().demo().await;
        let left = ui
            .h()
            .filtered(&dealer, "john.smith@example.com")
            .await
            .unwrap()
            .list
            .len();
        if fault.runs_operation() {
            assert_eq!(left, 0, "{fault:?}");
            assert!(matches!(ui.app.top(), Some(Screen::Users(_))), "{fault:?}");
            assert!(
                ui.app
                    .toasts()
                    .iter()
                    .any(|t| t.text == "The user was deleted."),
                "{fault:?}"
            );
        } else {
            assert_eq!(left, 1, "{fault:?}");
            assert!(
                ui.dialog_refusal().contains("Nothing was changed"),
                "{fault:?}: {}",
                ui.dialog_refusal()
            );
        }
    }
}

impl Ui {
    /// Opens the editor of the user with this id, from the users list (its
    /// first page) through the user's details.
    async fn edit_user(&mut self, id: i64) {
        let index = match self.app.top() {
            Some(Screen::Users(u)) => u.users().iter().position(|u| u.id == id),
            _ => None,
        }
        .expect("the user is on the list's first page");
        self.edit_row(index).await;
    }

    /// The demo user moved from an older system (9-digit phone, no e-mail login).
    async fn legacy_id(&self) -> i64 {
        let dealer = self.h().demo().await;
        self.h().user_by_login(&dealer, "legacy-fleet-07").await.id
    }

    async fn save_and_read_back(&mut self, id: i64) -> navixy_panel::api::UserRecord {
        self.top(ed::Message::Save);
        self.settle().await;
        let h = self.h();
        let dealer = h.demo().await;
        h.client.user_read(&dealer, id).await.unwrap()
    }
}

#[tokio::test]
async fn clearing_a_field_and_saving_clears_it_on_the_server() {
    let mut ui = Ui::logged_in().await;
    ui.edit_user(1).await;
    assert_eq!(ui.editor().form().text(F::Phone), "2135551234");
    ui.type_in(T::User(F::Phone), "");
    ui.type_in(T::User(F::MiddleName), "");
    assert!(ui.editor().can_save(), "{:?}", ui.editor().problems());
    let read = ui.save_and_read_back(1).await;
    assert_eq!(read.user.fields.phone.as_deref(), Some(""));
    assert_eq!(read.user.fields.middle_name.as_deref(), Some(""));
}

#[tokio::test]
async fn a_legacy_phone_is_a_warning_and_other_changes_still_save() {
    let mut ui = Ui::logged_in().await;
    let legacy = ui.legacy_id().await;
    ui.edit_user(legacy).await;
    let e = ui.editor();
    assert!(e.problems().is_empty(), "{:?}", e.problems());
    let warning = e.warning_for("user.phone").expect("a warning on the phone");
    let login = e.warning_for("user.login").expect("the login is no e-mail");
    // Both shown beside their fields, in the view the operator sees.
    let mut sim = simulator(ui.app.view());
    assert!(sim.find(warning.as_str()).is_ok(), "{warning}");
    assert!(sim.find(login.as_str()).is_ok(), "{login}");
    drop(sim);
    ui.type_in(T::User(F::PostCity), "Boston");
    assert!(ui.editor().can_save());
    let read = ui.save_and_read_back(legacy).await;
    assert_eq!(read.user.fields.post_city.as_deref(), Some("Boston"));
    assert_eq!(read.user.fields.phone.as_deref(), Some("212555123"));
}

#[tokio::test]
async fn a_changed_phone_must_follow_the_rule_again() {
    let mut ui = Ui::logged_in().await;
    let legacy = ui.legacy_id().await;
    ui.edit_user(legacy).await;
    ui.type_in(T::User(F::Phone), "21255512");
    assert!(!ui.editor().can_save());
    assert!(ui.editor().problems().contains_key("user.phone"));
}

#[tokio::test]
async fn the_comment_takes_line_breaks_typed_in_its_multi_line_editor() {
    use iced::widget::text_editor::{Action, Edit};
    let mut ui = Ui::logged_in().await;
    ui.edit_user(1).await;
    ui.top(ed::Message::CommentEdited(Action::SelectAll));
    for edit in [Edit::Insert('A'), Edit::Enter, Edit::Insert('B')] {
        ui.top(ed::Message::CommentEdited(Action::Edit(edit)));
    }
    assert_eq!(ui.editor().form().comment, "A\nB");
    assert!(ui.editor().problems().is_empty());
    let read = ui.save_and_read_back(1).await;
    assert_eq!(read.user.comment.as_deref(), Some("A\nB"));
}

#[tokio::test]
async fn safe_defaults_clones_stay_and_same_as_postal_copies() {
    let mut ui = Ui::logged_in().await;
    ui.edit_row(2).await; // fleet.clones: trackers cloned to other users
    ui.open_dialog(acc::Which::Delete);
    let clones = match ui.editor().dialog().map(|d| &d.dialog) {
        Some(acc::Dialog::Delete { clones, .. }) => *clones,
        other => panic!("the delete dialog: {other:?}"),
    };
    assert!(!clones, "other users' clones are removed only when asked");
    ui.account(acc::Message::Close);

    ui.act(ed::Message::Cancel);
    ui.top(user_details::Message::Back);
    ui.list(users::Message::NewUser);
    assert_eq!(
        ui.editor().form().locale,
        "en_US",
        "the interface's language"
    );
    ui.type_in(T::User(F::PostCity), "Basel");
    ui.type_in(T::User(F::PostStreetAddress), "Rheinweg 1");
    ui.top(ed::Message::Edit(Field::SameAddress(false)));
    let f = ui.editor().form();
    assert_eq!(
        (
            f.text(F::RegisteredCity),
            f.text(F::RegisteredStreetAddress)
        ),
        ("Basel", "Rheinweg 1"),
        "unticking copies the postal address to change what differs"
    );
}

#[tokio::test]
async fn enter_in_the_balance_dialog_applies_it() {
    let mut ui = Ui::logged_in().await;
    ui.edit_row(0).await;
    ui.fill_balance("5", "Bank transfer");
    let mut sim = simulator(ui.app.view());
    sim.click("Bank transfer").unwrap(); // the description field
    sim.tap_key(iced::keyboard::Key::Named(
        iced::keyboard::key::Named::Enter,
    ));
    let messages: Vec<Message> = sim.into_messages().collect();
    assert!(
        messages.iter().any(|m| matches!(
            m,
            Message::Screen(
                _,
                screen::Message::Editor(ed::Message::Account(acc::Message::Submit))
            )
        )),
        "{messages:?}"
    );
    for m in messages {
        ui.send(m);
    }
    ui.settle().await;
    assert!(ui.editor().dialog().is_none(), "applied and closed");
}

#[tokio::test]
async fn a_stored_value_with_control_characters_shows_clean_and_is_kept_unless_edited() {
    let mut ui = Ui::logged_in().await;
    // Control characters break a shared rule; a direction override breaks none.
    let controls = "Ann\u{1b}]0;pwned\u{7}";
    let override_ = "Bo\u{202e}b";
    ui.h().store_raw(1, "middle_name", controls);
    ui.h().store_raw(1, "first_name", override_);
    ui.edit_user(1).await;
    assert_eq!(
        ui.editor().form().text(F::MiddleName),
        controls,
        "held as stored"
    );
    let rule = ui
        .editor()
        .warning_for("user.middle_name")
        .expect("the rule's warning");
    let mut sim = simulator(ui.app.view());
    assert!(sim.find("Ann]0;pwned").is_ok(), "shown without them");
    assert!(sim.find("Bob").is_ok(), "shown without it");
    assert!(sim.find(rule.as_str()).is_ok(), "{rule}");
    assert!(
        sim.find(
            "This value holds characters that cannot be shown (control or direction marks). \
             They are kept as stored unless you edit this field."
        )
        .is_ok(),
        "what no rule says is said"
    );
    drop(sim);
    ui.type_in(T::User(F::PostCity), "Boston");
    let read = ui.save_and_read_back(1).await;
    assert_eq!(read.user.fields.post_city.as_deref(), Some("Boston"));
    let fields = &read.user.fields;
    assert_eq!(
        fields.middle_name.as_deref(),
        Some(controls),
        "not edited: as it was"
    );
    assert_eq!(
        fields.first_name.as_deref(),
        Some(override_),
        "not edited: as it was"
    );
}

#[tokio::test]
async fn ticking_open_ended_keeps_the_end_date_in_its_place() {
    let mut ui = Ui::logged_in().await;
    ui.edit_row(0).await;
    for open_ended in [true, false, true] {
        ui.top(ed::Message::Edit(Field::OpenEnded(open_ended)));
        let mut sim = simulator(ui.app.view());
        assert!(
            sim.find("Ends on (yyyy-mm-dd)").is_ok() || sim.find("Ends on (yyyy-mm-dd) *").is_ok(),
            "the end date shows, open-ended {open_ended}"
        );
    }
    assert!(
        ui.editor().problems().is_empty(),
        "open-ended needs no date"
    );
}
