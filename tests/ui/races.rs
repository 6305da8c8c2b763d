//! Answers that come late, out of order, twice, or for a screen that has
//! closed, against a real sandbox: each reaches the screen instance that
//! asked, or nobody. (Before screens had ids, answers went by request kind to
//! whichever screen of that kind was up.)

use navixy_panel::model::UserField as F;

use crate::common::ui::Ui;
use navixy_panel::session::RequestKind;
use navixy_panel::ui::screen::applications as apps;
use navixy_panel::ui::screen::user_editor::{self as ed, TextField as T};
use navixy_panel::ui::screen::users::{self, UserColumn};
use navixy_panel::ui::screen::{Screen, user_details};

#[tokio::test]
async fn a_save_answered_after_its_editor_was_discarded_never_closes_the_next_editor() {
    let mut ui = Ui::logged_in().await;
    // Edit John Smith, press Save; the server is slow.
    ui.list(users::Message::Open(0));
    ui.settle().await;
    ui.top(user_details::Message::Edit);
    ui.type_in(T::User(F::FirstName), "Johnny");
    ui.top(ed::Message::Save);
    let save = ui.pending_id(RequestKind::SaveUser);
    let old_answer = ui.answer_of(save).await; // the server made the change

    // Cancel while saving, and discard.
    ui.top(ed::Message::Cancel);
    assert!(ui.editor().confirm_discard());
    ui.top(ed::Message::DiscardConfirmed);
    assert!(matches!(ui.app.top(), Some(Screen::Details(_))));

    // The editor again, and the operator types.
    ui.top(user_details::Message::Edit);
    ui.type_in(T::User(F::PostCity), "Springfield");

    // The old answer arrives: it is not this editor's.
    ui.send(old_answer);
    assert!(
        matches!(ui.app.top(), Some(Screen::Editor(_))),
        "the new editor stays open, on {}",
        ui.where_()
    );
    assert_eq!(
        ui.editor().form().text(F::PostCity),
        "Springfield",
        "nothing lost"
    );
    assert!(
        !ui.has_toast("User saved."),
        "not reported as this editor's save"
    );
    // What was sent is not lost from sight either: the operator is told it was made.
    assert!(
        ui.has_toast("Done after its screen was closed: User edited"),
        "{:?}",
        ui.last_toast()
    );
}

#[tokio::test]
async fn the_applications_of_one_user_never_show_on_anothers_screen() {
    let mut ui = Ui::logged_in().await;
    // User A (John Smith, two applications): the screen opens its session...
    ui.list(users::Message::Open(0));
    ui.settle().await;
    ui.top(user_details::Message::Applications);
    let opening_a = ui.pending_id(RequestKind::OpenUserSession);
    let session_a = ui.answer_of(opening_a).await;
    ui.send(session_a);
    // ...and asks for A's list; the operator leaves before it comes.
    let list_a = ui.pending_id(RequestKind::ListApps);
    let apps_of_a = ui.answer_of(list_a).await;
    ui.top(apps::Message::Back);
    ui.top(user_details::Message::Back);

    // User B (ABC Logistics): its applications screen opens.
    ui.list(users::Message::Open(1));
    ui.settle().await;
    ui.top(user_details::Message::Applications);
    ui.settle().await;
    let b = crate::on_top!(ui, Applications);
    let (b_id, b_count) = (b.user_id(), b.apps().len());

    // A's list arrives late.
    ui.send(apps_of_a);
    let b = crate::on_top!(ui, Applications);
    assert_eq!(b.user_id(), b_id);
    assert_eq!(
        b.apps().len(),
        b_count,
        "A's applications did not land on B"
    );
    assert!(
        b.apps().iter().all(|a| !a.name.contains("Route")),
        "{:?}",
        b.apps()
    );
}

#[tokio::test]
async fn list_answers_out_of_order_and_twice_leave_the_newest() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::FilterChanged("smith".into()));
    ui.list(users::Message::FilterSettled(1));
    let older = ui.pending_id(RequestKind::ListUsers);
    let older_answer = ui.answer_of(older).await;
    ui.list(users::Message::FilterChanged("ivanov".into()));
    ui.list(users::Message::FilterSettled(2));
    let newer = ui.pending_id(RequestKind::ListUsers);
    let newer_answer = ui.answer_of(newer).await;

    // The newer comes first, then the older, then the newer once more.
    ui.send(newer_answer.clone());
    ui.send(older_answer);
    ui.send(newer_answer);
    let list = ui.users();
    assert_eq!(list.rows().len(), 1);
    assert_eq!(list.rows()[0].cell(UserColumn::Login), "ivanov@example.ru");
    assert_eq!(list.filter(), "ivanov");
}

#[tokio::test]
async fn an_answer_for_a_screen_that_closed_is_dropped() {
    let mut ui = Ui::logged_in().await;
    let list_before = ui.users().rows().to_vec();
    // The details of a user are asked for, and closed before they come.
    ui.list(users::Message::Open(2));
    let read = ui.pending_id(RequestKind::ReadUser);
    let late = ui.answer_of(read).await;
    ui.top(user_details::Message::Back);
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));
    // Another user's details are open when the first answer comes.
    ui.list(users::Message::Open(0));
    ui.send(late);
    let details = crate::on_top!(ui, Details);
    assert!(
        details.record().is_none(),
        "the other user's record did not land here"
    );
    ui.settle().await;
    let details = crate::on_top!(ui, Details);
    assert_eq!(
        details.record().and_then(|r| r.user.fields.login.clone()),
        Some("john.smith@example.com".into())
    );
    ui.top(user_details::Message::Back);
    assert_eq!(ui.users().rows(), &list_before[..], "the list untouched");
    assert_eq!(ui.depth(), 1);

    // A user session opened for a screen that is gone is ended, not leaked.
    ui.list(users::Message::Open(0));
    ui.settle().await;
    ui.top(user_details::Message::CustomerView);
    let opening = ui.pending_id(RequestKind::OpenUserSession);
    let opened = ui.answer_of(opening).await;
    ui.top(navixy_panel::ui::screen::customer_view::Message::Back);
    ui.send(opened);
    assert!(
        ui.app
            .pending()
            .any(|(_, p)| p.kind == RequestKind::CloseUserSession),
        "the session nobody will use is closed"
    );
    ui.settle().await;
    assert!(matches!(ui.app.top(), Some(Screen::Details(_))));
}

/// What one dealer may do, read at sign-in, answered after that dealer
/// signed out and another signed in: it is not the new dealer's.
#[tokio::test]
async fn a_dealers_permissions_answered_after_another_signed_in_are_dropped() {
    use navixy_panel::sandbox::{Policy, VIEWER_DEALER};
    use navixy_panel::ui::app::Message;
    let mut ui = Ui::start(Policy::default()).await;
    ui.login("demo", "demo1234");
    let login = ui.pending_id(RequestKind::Login);
    let answer = ui.answer_of(login).await;
    ui.send(answer);
    // The demo dealer's permissions are on their way, slowly.
    let read = ui.pending_id(RequestKind::Dealer);
    let demos = ui.answer_of(read).await;
    ui.send(Message::Logout);
    ui.send(Message::LogoutConfirmed);
    ui.login(VIEWER_DEALER.login, VIEWER_DEALER.password);
    ui.settle().await;
    let may_edit = |ui: &Ui| {
        ui.app
            .dealer()
            .unwrap()
            .allows(navixy_panel::model::Permit::EditUsers)
    };
    assert!(
        ui.app.is_logged_in(),
        "on {}: {:?}",
        ui.where_(),
        ui.app.login().map(|l| l.problem().cloned())
    );
    assert!(!may_edit(&ui), "the viewer may not edit");
    ui.send(demos);
    assert!(!may_edit(&ui), "the demo dealer's answer changed nothing");
}
