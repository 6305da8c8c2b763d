//! The client against a sandbox that breaks on purpose (fault mode): reads are
//! retried and succeed; a change is sent once, and after a lost answer the
//! state is read to say what happened. The database is checked afterwards:
//! no double balance change, no duplicate user.

use crate::common::{new_individual, start};
use navixy_panel::api::{Client, ClientOptions, Error, ListQuery, verify};
use navixy_panel::model::{ApplicationDraft, BalanceKind};
use navixy_panel::sandbox::Fault;
use std::time::Duration;

const LIST: &str = "panel/user/list";

/// A client that gives up on a stalled answer quickly.
fn impatient_client(h: &crate::common::Harness) -> Client {
    Client::with_options(
        &h.sandbox.base_url(),
        ClientOptions {
            request_timeout: Duration::from_millis(400),
            retry_pause: Duration::from_millis(10),
            ..ClientOptions::default()
        },
    )
    .unwrap()
}

async fn logins_like(
    h: &crate::common::Harness,
    hash: &navixy_panel::api::DealerHash,
    login: &str,
) -> usize {
    h.logins_named(hash, login).await
}

#[tokio::test]
async fn a_read_is_retried_through_each_fault_and_succeeds() {
    let h = start().await;
    let hash = h.demo().await;
    for fault in Fault::ALL {
        if matches!(fault, Fault::Stall | Fault::StallBefore) {
            continue; // needs a short timeout: below
        }
        h.sandbox.inject_fault(LIST, fault);
        h.sandbox.inject_fault(LIST, fault);
        let page = h.client.users_list(&hash, &ListQuery::default()).await;
        assert!(page.is_ok(), "{fault:?}: {page:?}");
        assert_eq!(h.sandbox.faults_pending(), 0, "both tries hit {fault:?}");
    }
}

#[tokio::test]
async fn signing_in_is_tried_again_through_faults_never_after_a_refusal() {
    let h = start().await;
    const AUTH: &str = "panel/account/auth";
    for fault in [
        Fault::ServerError,
        Fault::DropBefore,
        Fault::DropAfter,
        Fault::MalformedJson,
    ] {
        h.sandbox.inject_fault(AUTH, fault);
        h.sandbox.inject_fault(AUTH, fault);
        let hash = h.client.panel_auth("demo", "demo1234").await;
        assert!(hash.is_ok(), "{fault:?}: {hash:?}");
        assert_eq!(h.sandbox.faults_pending(), 0, "both tries hit {fault:?}");
    }
    // A wrong password is an answer, not a fault: said at once, not sent
    // again (the next attempt would be the one the fault waits for).
    h.sandbox.inject_fault(AUTH, Fault::ServerError);
    let _ = h.client.panel_auth("demo", "demo1234").await; // takes the fault, retried
    let wrong = h.client.panel_auth("demo", "Wrong-pass-9").await;
    assert!(wrong.is_err_and(|e| !e.is_transient()));
    h.sandbox.inject_fault(AUTH, Fault::ServerError);
    let wrong = h.client.panel_auth("demo", "Wrong-pass-9").await;
    assert!(
        wrong.is_err_and(|e| !e.is_transient()),
        "the fault, then the refusal"
    );
    assert_eq!(h.sandbox.faults_pending(), 0);
}

#[tokio::test]
async fn a_stalled_answer_times_out_and_the_read_is_tried_again() {
    let h = start().await;
    let hash = h.demo().await;
    let quick = impatient_client(&h);
    for fault in [Fault::Stall, Fault::StallBefore] {
        h.sandbox.inject_fault(LIST, fault);
        let page = quick.users_list(&hash, &ListQuery::default()).await;
        assert!(page.is_ok(), "{fault:?}: {page:?}");
        assert_eq!(h.sandbox.faults_pending(), 0);
    }
}

#[tokio::test]
async fn reads_give_up_after_the_cap_with_a_clear_error() {
    let h = start().await;
    let hash = h.demo().await;
    for _ in 0..3 {
        h.sandbox.inject_fault(LIST, Fault::ServerError);
    }
    let e = h
        .client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap_err();
    assert!(
        matches!(e, Error::UnexpectedResponse { status: 500, .. }),
        "{e:?}"
    );
    // The faults are used up: the next read works.
    assert!(
        h.client
            .users_list(&hash, &ListQuery::default())
            .await
            .is_ok()
    );
}

#[tokio::test]
async fn a_change_is_never_sent_twice_by_the_client() {
    let h = start().await;
    let hash = h.demo().await;
    // The answer is lost after the user was made: the plain client reports an
    // unknown outcome and does not try again.
    h.sandbox
        .inject_fault("panel/user/create", Fault::DropAfter);
    let e = h
        .client
        .user_create(&hash, &new_individual("lost.answer@example.com"))
        .await
        .unwrap_err();
    assert!(e.outcome_unknown(), "{e:?}");
    assert_eq!(logins_like(&h, &hash, "lost.answer@example.com").await, 1);
}

#[tokio::test]
async fn creating_a_user_through_each_fault_ends_with_exactly_one_or_a_clear_not_applied() {
    let h = start().await;
    let hash = h.demo().await;
    for fault in Fault::ALL {
        let login = format!("fault.{}@example.com", fault.name());
        h.sandbox.inject_fault("panel/user/create", fault);
        let client = if matches!(fault, Fault::Stall | Fault::StallBefore) {
            impatient_client(&h)
        } else {
            h.client.clone()
        };
        let result = verify::create_user(&client, &hash, &new_individual(&login)).await;
        assert_eq!(h.sandbox.faults_pending(), 0, "{fault:?} was hit");
        let stored = logins_like(&h, &hash, &login).await;
        if fault == Fault::StallBefore {
            // Timed out before it ran: the read finds nothing, but the request
            // might still run, so it is not called safe to send again.
            assert!(
                matches!(result, Err(Error::Unconfirmed(_))),
                "{fault:?}: {result:?}"
            );
            assert_eq!(stored, 0);
        } else if fault.runs_operation() {
            let id = result.unwrap_or_else(|e| panic!("{fault:?}: {e:?}"));
            assert!(id > 0);
            assert_eq!(stored, 1, "{fault:?}");
        } else {
            assert!(
                matches!(result, Err(Error::NotApplied(_))),
                "{fault:?}: {result:?}"
            );
            assert_eq!(stored, 0, "{fault:?}");
            // Sending it again (the operator's choice) creates it once.
            verify::create_user(&h.client, &hash, &new_individual(&login))
                .await
                .unwrap();
            assert_eq!(logins_like(&h, &hash, &login).await, 1, "{fault:?}");
        }
    }
}

#[tokio::test]
async fn a_balance_change_lands_once_or_not_at_all() {
    let h = start().await;
    let hash = h.demo().await;
    let user = h.user_by_login(&hash, "john.smith@example.com").await;
    let balance = async || {
        h.client
            .user_read(&hash, user.id)
            .await
            .unwrap()
            .user
            .balance
            .unwrap_or(0.0)
    };
    let start_balance = balance().await;
    const OP: &str = "panel/user/transaction/change_balance";

    h.sandbox.inject_fault(OP, Fault::DropAfter);
    verify::change_balance(
        &h.client,
        &hash,
        user.id,
        25.0,
        BalanceKind::Balance,
        "top-up",
    )
    .await
    .unwrap();
    assert_eq!(balance().await, start_balance + 25.0);

    h.sandbox.inject_fault(OP, Fault::MalformedJson);
    verify::change_balance(
        &h.client,
        &hash,
        user.id,
        5.0,
        BalanceKind::Balance,
        "top-up",
    )
    .await
    .unwrap();
    assert_eq!(balance().await, start_balance + 30.0);

    for fault in [Fault::ServerError, Fault::DropBefore] {
        h.sandbox.inject_fault(OP, fault);
        let r = verify::change_balance(&h.client, &hash, user.id, 100.0, BalanceKind::Balance, "x")
            .await;
        assert!(matches!(r, Err(Error::NotApplied(_))), "{fault:?}: {r:?}");
        assert_eq!(balance().await, start_balance + 30.0, "{fault:?}");
    }
}

#[tokio::test]
async fn update_delete_and_password_say_what_happened() {
    let h = start().await;
    let hash = h.demo().await;
    let id = h
        .client
        .user_create(&hash, &new_individual("to.change@example.com"))
        .await
        .unwrap();
    let mut update = navixy_panel::api::UserUpdate::new(
        id,
        new_individual("to.change@example.com").user,
        Default::default(),
    );
    update.user.fields.post_city = Some("Basel".into());
    h.sandbox
        .inject_fault("panel/user/update", Fault::DropAfter);
    verify::update_user(&h.client, &hash, &update)
        .await
        .unwrap();
    update.user.fields.post_city = Some("Bern".into());
    h.sandbox
        .inject_fault("panel/user/update", Fault::ServerError);
    let r = verify::update_user(&h.client, &hash, &update).await;
    assert!(matches!(r, Err(Error::NotApplied(_))), "{r:?}");
    let read = h.client.user_read(&hash, id).await.unwrap();
    assert_eq!(read.user.fields.post_city.as_deref(), Some("Basel"));

    // A password cannot be read back: the outcome stays unconfirmed.
    h.sandbox
        .inject_fault("panel/user/change_password", Fault::DropAfter);
    let r = verify::change_password(&h.client, &hash, id, "n3w-Secret").await;
    assert!(matches!(r, Err(Error::Unconfirmed(_))), "{r:?}");

    h.sandbox
        .inject_fault("panel/user/corrupt", Fault::DropBefore);
    let r = verify::corrupt_user(&h.client, &hash, id, "to.change@example.com", false).await;
    assert!(matches!(r, Err(Error::NotApplied(_))), "{r:?}");
    h.sandbox
        .inject_fault("panel/user/corrupt", Fault::DropAfter);
    verify::corrupt_user(&h.client, &hash, id, "to.change@example.com", false)
        .await
        .unwrap();
    assert_eq!(logins_like(&h, &hash, "to.change@example.com").await, 0);
}

#[tokio::test]
async fn application_changes_say_what_happened() {
    let h = start().await;
    let hash = h.demo().await;
    let user = h.user_by_login(&hash, "john.smith@example.com").await;
    let session = h.client.user_session_create(&hash, user.id).await.unwrap();
    let draft = ApplicationDraft {
        id: None,
        name: "Fleet map".into(),
        url: "https://maps.example.com/fleet".into(),
        is_enabled: true,
        ..Default::default()
    };
    let count = async || h.client.applications_list(&session).await.unwrap().len();
    let before = count().await;

    h.sandbox
        .inject_fault("user/application/create", Fault::DropAfter);
    let id = verify::create_application(&h.client, &session, &draft)
        .await
        .unwrap();
    assert_eq!(count().await, before + 1);

    h.sandbox
        .inject_fault("user/application/enabled/set", Fault::MalformedJson);
    verify::set_application_enabled(&h.client, &session, id, false)
        .await
        .unwrap();
    let app = h.client.applications_list(&session).await.unwrap();
    assert!(app.iter().any(|a| a.id == id && !a.is_enabled));

    h.sandbox
        .inject_fault("user/application/delete", Fault::ServerError);
    let r = verify::delete_application(&h.client, &session, id).await;
    assert!(matches!(r, Err(Error::NotApplied(_))), "{r:?}");
    h.sandbox
        .inject_fault("user/application/delete", Fault::DropAfter);
    verify::delete_application(&h.client, &session, id)
        .await
        .unwrap();
    assert_eq!(count().await, before);
}
