//! Dialogs and forms that hold still: a dialog keeps its size as messages
//! come and go, its first field takes the keyboard, Enter applies it and
//! Escape closes it; a field's message never moves the fields below it.

use crate::common::ui::{Ui, key};
use iced::keyboard::key::Named;
use iced_test::simulator;
use navixy_panel::ui::action::Effect;
use navixy_panel::ui::app::Message;
use navixy_panel::ui::parts::account_actions::{self as acc, AccountActions};
use navixy_panel::ui::screen::{Screen, user_details, users};

/// Where "Cancel" is drawn now: the dialog's buttons are its bottom edge.
fn cancel_at(ui: &Ui) -> iced::Rectangle {
    let mut sim = simulator(ui.app.view());
    sim.find("Cancel").expect("the dialog's Cancel").bounds()
}

#[tokio::test]
async fn the_balance_dialog_holds_still_takes_the_keyboard_and_closes_on_escape() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::Open(0)); // John Smith, from his details page
    ui.settle().await;
    let open = |m| user_details::Message::Account(m);
    ui.top(open(acc::Message::Open(acc::Which::Balance)));
    // Opening puts the keyboard in the first field (the amount).
    let mut probe = AccountActions::new(crate::on_top!(ui, Details).record().expect("read"));
    let opened = probe.update(acc::Message::Open(acc::Which::Balance));
    assert!(matches!(opened.effects(), [Effect::Run(_)]), "{opened:?}");
    let mut sim = simulator(ui.app.view());
    sim.find(iced_test::selector::id(acc::FIRST_FIELD_ID))
        .expect("the amount field is the first");
    drop(sim);

    let before = cancel_at(&ui);
    // A wrong amount: the dialog says why, in the room kept for it.
    ui.top(open(acc::Message::Input(acc::Input::Amount(
        "12.345".into(),
    ))));
    ui.top(open(acc::Message::Submit));
    let mut sim = simulator(ui.app.view());
    sim.find("Enter an amount other than zero, with at most two decimals.")
        .expect("why nothing was sent");
    drop(sim);
    assert_eq!(cancel_at(&ui), before, "the dialog did not change size");
    // Below zero, said before the server refuses it.
    ui.top(open(acc::Message::Input(acc::Input::Amount("-100".into()))));
    let mut sim = simulator(ui.app.view());
    sim.find("It would leave -89.99: the server refuses a change that takes it below zero.")
        .expect("a word before the server's refusal");
    drop(sim);
    assert_eq!(cancel_at(&ui), before);

    // Escape closes the dialog, not the page.
    ui.send(Message::Key(key(Named::Escape)));
    let details = crate::on_top!(ui, Details);
    assert!(details.account().and_then(AccountActions::dialog).is_none());
    ui.send(Message::Key(key(Named::Escape)));
    assert!(
        matches!(ui.app.top(), Some(Screen::Users(_))),
        "then the page"
    );
}

#[tokio::test]
async fn a_field_s_message_does_not_move_the_fields_below() {
    use navixy_panel::model::UserField as F;
    use navixy_panel::ui::screen::user_editor::{self as ed, Field, TextField as T};
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::NewUser);
    let phone_at = |ui: &Ui| {
        let mut sim = simulator(ui.app.view());
        sim.find("Phone (10–15 digits, no +)")
            .expect("the phone's label")
            .bounds()
    };
    let before = phone_at(&ui);
    // A login that breaks the rule: its message shows under it.
    ui.top(ed::Message::Edit(Field::Text(
        T::User(F::Login),
        "not-an-email".into(),
    )));
    let e = crate::on_top!(ui, Editor);
    assert!(e.error_for("user.login", &e.problems()).is_some());
    assert_eq!(
        phone_at(&ui),
        before,
        "the fields below stay where they were"
    );
}
