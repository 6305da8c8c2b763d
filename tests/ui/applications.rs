//! The applications screen through `update`, against a real sandbox:
//! optimistic toggles and their rollback, the form with the shared rules and
//! the server's field errors, deletion, "deleted meanwhile" (201), and the
//! user session ending when the operator leaves.

use navixy_panel::model::ErrorCode;

use crate::common::ui::Ui;

use navixy_panel::api::{ApiError, Error, ParamError};
use navixy_panel::session::{self as client, Request, RequestKind};
use navixy_panel::ui::app::Message;
use navixy_panel::ui::parts::acting_as_user::State;
use navixy_panel::ui::screen::applications::{self as apps, FormField};
use navixy_panel::ui::screen::{Screen, user_details, users};
use navixy_panel::ui::widget::toast;

/// Logged in, on John Smith's applications (he has two demo applications).
async fn on_johns_applications() -> Ui {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::Open(0));
    ui.settle().await;
    ui.top(user_details::Message::Applications);
    ui.settle().await;
    ui
}

impl Ui {
    fn apps_msg(&mut self, m: apps::Message) {
        self.top(m);
    }

    fn screen(&self) -> &apps::Applications {
        crate::on_top!(self, Applications)
    }

    fn enabled(&self, id: i64) -> bool {
        self.screen()
            .apps()
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .is_enabled
    }

    /// The server's own view, through a separate session.
    async fn server_apps(&self) -> Vec<navixy_panel::model::Application> {
        let dealer = self.h().demo().await;
        let user = self
            .h()
            .client
            .user_session_create(&dealer, self.screen().user_id())
            .await
            .unwrap();
        self.h().client.applications_list(&user).await.unwrap()
    }
}

#[tokio::test]
async fn the_list_opens_with_a_user_session() {
    let ui = on_johns_applications().await;
    let s = ui.screen();
    assert_eq!(s.state(), &State::Loaded);
    assert_eq!(s.apps().len(), 2);
    assert!(s.session().is_some());
    assert!(
        s.extended(),
        "the sandbox reports description, display method and authorization"
    );
    assert!(
        format!("{:?}", s.session()).contains("redacted"),
        "the user hash never shows in Debug"
    );
}

#[tokio::test]
async fn a_toggle_moves_at_once_and_sticks_when_the_server_agrees() {
    let mut ui = on_johns_applications().await;
    let id = ui.screen().apps().iter().find(|a| a.is_enabled).unwrap().id;
    ui.apps_msg(apps::Message::Toggle(id, false));
    assert!(
        !ui.enabled(id),
        "optimistic: the switch moved before any answer"
    );
    ui.settle().await;
    assert!(!ui.enabled(id));
    assert!(ui.screen().toggling().is_empty());
    assert!(
        !ui.server_apps()
            .await
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .is_enabled
    );
}

#[tokio::test]
async fn a_refused_toggle_is_rolled_back_with_a_message() {
    let mut ui = on_johns_applications().await;
    let id = ui.screen().apps()[0].id;
    let before = ui.enabled(id);
    ui.apps_msg(apps::Message::Toggle(id, !before));
    assert_eq!(ui.enabled(id), !before);
    let req = ui.pending_id(RequestKind::SetAppEnabled(id));
    ui.send(Message::Answer {
        id: req,
        result: Err(Error::Timeout),
    });
    assert_eq!(ui.enabled(id), before, "rolled back");
    let last = ui.app.toasts().last().unwrap();
    assert_eq!(last.kind, toast::Kind::Error);
    assert!(last.text.contains("did not answer"), "{}", last.text);
}

#[tokio::test]
async fn an_application_deleted_meanwhile_is_explained_and_the_list_refreshed() {
    let mut ui = on_johns_applications().await;
    let id = ui.screen().apps()[0].id;
    // Someone else deletes it.
    let dealer = ui.h().demo().await;
    let other = ui
        .h()
        .client
        .user_session_create(&dealer, ui.screen().user_id())
        .await
        .unwrap();
    ui.h().client.application_delete(&other, id).await.unwrap();

    ui.apps_msg(apps::Message::Toggle(id, false));
    ui.settle().await;
    assert!(
        ui.screen().apps().iter().all(|a| a.id != id),
        "the list was refreshed"
    );
    assert!(
        ui.app
            .toasts()
            .iter()
            .any(|t| t.text.contains("no longer exists"))
    );
}

#[tokio::test]
async fn create_edit_and_delete_through_the_form() {
    let mut ui = on_johns_applications().await;
    ui.apps_msg(apps::Message::New);
    assert!(
        ui.screen().form().unwrap().touched.is_empty(),
        "a fresh form shows no errors yet"
    );
    // Save on the empty form says what is missing, under the fields.
    ui.apps_msg(apps::Message::Save);
    assert_eq!(ui.app.pending().count(), 0);
    iced_test::simulator(ui.app.view())
        .find("Required.")
        .expect("the name's rule, shown");
    ui.apps_msg(apps::Message::Field(FormField::Name(
        "A name that is far too long for it".into(),
    )));
    ui.apps_msg(apps::Message::Field(FormField::Url(
        "http://insecure.example.com".into(),
    )));
    let problems = ui.screen().form().unwrap().problems(true);
    assert!(problems.contains_key("application.name") && problems.contains_key("application.url"));
    ui.apps_msg(apps::Message::Save);
    assert_eq!(
        ui.app.pending().count(),
        0,
        "nothing is sent while the form breaks a rule"
    );
    assert!(
        ui.screen()
            .form()
            .unwrap()
            .touched
            .contains("application.name"),
        "a save attempt shows every problem"
    );

    ui.apps_msg(apps::Message::Field(FormField::Name(
        "Route planner".into(),
    )));
    ui.apps_msg(apps::Message::Field(FormField::Url(
        "https://planner.example.com/{user_id}".into(),
    )));
    ui.apps_msg(apps::Message::Field(FormField::Description(
        "Plans routes".into(),
    )));
    ui.apps_msg(apps::Message::Save);
    ui.settle().await;
    assert!(ui.screen().form().is_none());
    let created = ui
        .screen()
        .apps()
        .iter()
        .find(|a| a.name == "Route planner")
        .expect("listed")
        .clone();
    assert_eq!(created.url, "https://planner.example.com/{user_id}");
    assert!(
        ui.app
            .toasts()
            .iter()
            .any(|t| t.kind == toast::Kind::Success)
    );

    ui.apps_msg(apps::Message::Edit(created.id));
    ui.apps_msg(apps::Message::Field(FormField::Name("Planner".into())));
    ui.apps_msg(apps::Message::Save);
    ui.settle().await;
    assert!(
        ui.server_apps()
            .await
            .iter()
            .any(|a| a.id == created.id && a.name == "Planner")
    );

    ui.apps_msg(apps::Message::Delete(created.id));
    assert_eq!(ui.screen().confirm_delete(), Some(created.id), "asks first");
    ui.apps_msg(apps::Message::DeleteCancelled);
    assert_eq!(ui.app.pending().count(), 0);
    ui.apps_msg(apps::Message::Delete(created.id));
    ui.apps_msg(apps::Message::DeleteConfirmed);
    ui.settle().await;
    assert!(ui.screen().apps().iter().all(|a| a.id != created.id));
    assert!(ui.server_apps().await.iter().all(|a| a.id != created.id));
    // The journal names the application deleted, not only its number.
    let journal = ui.app.journal().read().unwrap();
    let deleted = journal
        .entries
        .iter()
        .find(|e| e.operation == "application.delete")
        .expect("journalled");
    assert!(
        navixy_panel::ui::screen::activity::changes_text(deleted).contains("Planner"),
        "{deleted:?}"
    );
}

#[tokio::test]
async fn a_refused_save_puts_the_message_on_its_field_and_keeps_the_form() {
    let mut ui = on_johns_applications().await;
    ui.apps_msg(apps::Message::New);
    ui.apps_msg(apps::Message::Field(FormField::Name(
        "Fleet dashboard".into(),
    )));
    ui.apps_msg(apps::Message::Field(FormField::Url(
        "https://dash.example.com".into(),
    )));
    ui.apps_msg(apps::Message::Save);
    let req = ui.pending_id(RequestKind::SaveApp);
    let refused = Error::Api(ApiError {
        errors: vec![ParamError {
            parameter: "application.url".into(),
            error: "Host is not allowed".into(),
        }],
        ..ApiError::new(ErrorCode::InvalidParameters)
    });
    ui.send(Message::Answer {
        id: req,
        result: Err(refused),
    });
    let form = ui.screen().form().expect("the form stays");
    assert_eq!(
        (form.name.as_str(), form.url.as_str(), form.saving),
        ("Fleet dashboard", "https://dash.example.com", false)
    );
    assert_eq!(
        form.server_errors
            .get("application.url")
            .map(String::as_str),
        Some("Host is not allowed")
    );
    // Typing in the field clears its server message.
    ui.apps_msg(apps::Message::Field(FormField::Url(
        "https://dash2.example.com".into(),
    )));
    assert!(ui.screen().form().unwrap().server_errors.is_empty());
}

#[tokio::test]
async fn leaving_ends_the_user_session_and_an_ended_one_is_reopened() {
    let mut ui = on_johns_applications().await;
    // The user session ends behind our back (code 4 from the user API):
    // the screen opens a new one instead of sending the dealer to login.
    ui.apps_msg(apps::Message::Refresh);
    let req = ui.pending_id(RequestKind::ListApps);
    let ended = Error::from(ErrorCode::SessionEnded);
    ui.send(Message::Answer {
        id: req,
        result: Err(ended),
    });
    assert!(ui.app.is_logged_in(), "the dealer stays logged in");
    assert!(
        ui.app
            .pending()
            .any(|(_, p)| p.kind == RequestKind::OpenUserSession)
    );
    ui.settle().await;
    assert_eq!(ui.screen().state(), &State::Loaded);

    let session = ui.screen().session().cloned().unwrap();
    ui.apps_msg(apps::Message::Back);
    assert!(matches!(ui.app.top(), Some(Screen::Details(..))));
    ui.settle().await;
    let after = client::execute(ui.app.session(), Request::ListApps(session)).await;
    assert!(
        after.unwrap_err().is_session_ended(),
        "user/logout ended it"
    );
}

#[tokio::test]
async fn a_toggle_through_each_fault_ends_as_the_server_has_it() {
    use navixy_panel::sandbox::Fault;
    let mut ui = on_johns_applications().await;
    let id = ui.screen().apps()[0].id;
    for fault in Fault::ENDING_AT_ONCE {
        let before = ui.enabled(id);
        ui.h()
            .sandbox
            .inject_fault("user/application/enabled/set", fault);
        ui.apps_msg(apps::Message::Toggle(id, !before));
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        let on_server = ui
            .server_apps()
            .await
            .iter()
            .find(|a| a.id == id)
            .unwrap()
            .is_enabled;
        let expected = if fault.runs_operation() {
            !before
        } else {
            before
        };
        assert_eq!(on_server, expected, "{fault:?}: the server");
        assert_eq!(
            ui.enabled(id),
            on_server,
            "{fault:?}: the switch shows the truth"
        );
        if !fault.runs_operation() {
            let last = ui.app.toasts().last().unwrap();
            assert!(last.text.contains("Nothing was changed"), "{}", last.text);
        }
    }
}

#[tokio::test]
async fn creating_and_deleting_through_each_fault_happen_once_or_not_at_all() {
    use navixy_panel::sandbox::Fault;
    let mut ui = on_johns_applications().await;
    for fault in Fault::ENDING_AT_ONCE {
        let name = format!("Planner {}", fault.name());
        ui.apps_msg(apps::Message::New);
        ui.apps_msg(apps::Message::Field(FormField::Name(name.clone())));
        ui.apps_msg(apps::Message::Field(FormField::Url(
            "https://planner.example.com/{user_id}".into(),
        )));
        ui.h()
            .sandbox
            .inject_fault("user/application/create", fault);
        ui.apps_msg(apps::Message::Save);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        let named = |apps: &[navixy_panel::model::Application]| {
            apps.iter().filter(|a| a.name == name).count()
        };
        if fault.runs_operation() {
            assert_eq!(named(&ui.server_apps().await), 1, "{fault:?}: made once");
            assert!(ui.screen().form().is_none(), "{fault:?}");
            assert_eq!(named(ui.screen().apps()), 1, "{fault:?}: listed");
        } else {
            assert_eq!(named(&ui.server_apps().await), 0, "{fault:?}");
            let form = ui.screen().form().expect("the form stays");
            assert_eq!(form.name, name, "{fault:?}: as typed");
            let last = ui.app.toasts().last().unwrap();
            assert!(last.text.contains("Nothing was changed"), "{}", last.text);
            ui.apps_msg(apps::Message::Save);
            ui.settle().await;
            assert_eq!(
                named(&ui.server_apps().await),
                1,
                "{fault:?}: saved again, once"
            );
        }

        let id = ui
            .screen()
            .apps()
            .iter()
            .find(|a| a.name == name)
            .expect("listed")
            .id;
        ui.h()
            .sandbox
            .inject_fault("user/application/delete", fault);
        ui.apps_msg(apps::Message::Delete(id));
        ui.apps_msg(apps::Message::DeleteConfirmed);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        let on_server = ui.server_apps().await.iter().any(|a| a.id == id);
        assert_eq!(on_server, !fault.runs_operation(), "{fault:?}: deleted");
        assert_eq!(
            ui.screen().apps().iter().any(|a| a.id == id),
            on_server,
            "{fault:?}: the list shows the truth"
        );
    }
}

#[tokio::test]
async fn the_dialect_a_server_takes_is_kept_for_the_next_sign_in() {
    let ui = on_johns_applications().await;
    let root = navixy_panel::api::Client::api_root(&ui.h().sandbox.base_url()).unwrap();
    // John's applications are listed in the seed's names: that is the
    // sandbox's dialect, and the settings now say so for this server.
    assert_eq!(
        ui.app.settings().applications_dialects.get(&root),
        Some(&navixy_panel::model::Dialect::Seed)
    );
}
