//! Sessions, log-in errors and lockout, dealer isolation, the ways parameters
//! and hashes may arrive, persistence, and servers that misbehave.

use crate::common::{LOOPBACK, client_for, code, config, start, start_with};
use navixy_panel::api::{ClientOptions, DealerHash, Error, ListQuery, UserHash};
use navixy_panel::model::BalanceKind;
use navixy_panel::sandbox::{BLOCKED_DEALER, DEMO_DEALER, Policy, Sandbox};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[tokio::test]
async fn dealer_login_errors() {
    let h = start().await;
    assert_eq!(
        code(h.client.panel_auth("demo", "wrong-password").await),
        102
    );
    assert_eq!(code(h.client.panel_auth("nobody", "whatever1").await), 12);
    let err = h
        .client
        .panel_auth(BLOCKED_DEALER.login, BLOCKED_DEALER.password)
        .await
        .unwrap_err();
    assert_eq!(
        (err.api().unwrap().code, err.api().unwrap().http_status),
        (11, 403)
    );
}

#[tokio::test]
async fn repeated_wrong_passwords_lock_the_login() {
    let h = start_with(Policy {
        lockout_attempts: 3,
        ..Policy::default()
    })
    .await;
    for _ in 0..3 {
        assert_eq!(code(h.client.panel_auth("demo", "bad-guess").await), 102);
    }
    assert_eq!(
        code(
            h.client
                .panel_auth(DEMO_DEALER.login, DEMO_DEALER.password)
                .await
        ),
        105,
        "even the right password waits"
    );
    // Another login is not affected.
    h.client.panel_auth("other", "other1234").await.unwrap();
    for _ in 0..3 {
        assert_eq!(
            code(
                h.client
                    .user_auth("abc.logistics@example.com", "bad-guess", None)
                    .await
            ),
            102
        );
    }
    assert_eq!(
        code(
            h.client
                .user_auth("abc.logistics@example.com", "user1234", None)
                .await
        ),
        105
    );
}

#[tokio::test]
async fn logout_and_expiry_end_the_session() {
    let h = start().await;
    let hash = h.demo().await;
    h.client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap();
    h.client.panel_logout(&hash).await.unwrap();
    let err = h
        .client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap_err();
    assert!(err.is_session_ended());
    assert_eq!(code(h.client.panel_logout(&hash).await), 4);

    let expired = start_with(Policy {
        dealer_session_ttl: Duration::ZERO,
        ..Policy::default()
    })
    .await;
    let hash = expired.demo().await;
    assert_eq!(
        code(
            expired
                .client
                .users_list(&hash, &ListQuery::default())
                .await
        ),
        4,
        "a 24 h session is over after 24 h"
    );
}

#[tokio::test]
async fn every_operation_refuses_a_missing_wrong_or_foreign_hash() {
    let h = start().await;
    let unknown = DealerHash::new("0123456789abcdef0123456789abcdef");
    let malformed = DealerHash::new("x");
    assert_eq!(
        code(h.client.users_list(&unknown, &ListQuery::default()).await),
        4
    );
    assert_eq!(
        code(h.client.users_list(&malformed, &ListQuery::default()).await),
        3
    );
    for op in [
        "panel/user/list",
        "panel/user/read",
        "panel/user/create",
        "panel/user/update",
        "panel/user/change_password",
        "panel/user/corrupt",
        "panel/user/export",
        "panel/user/session/create",
        "panel/user/upload",
        "panel/user/transaction/list",
        "panel/user/transaction/change_balance",
        "panel/account/logout",
        "user/get_info",
        "user/logout",
        "user/application/list",
        "user/application/create",
        "user/application/update",
        "user/application/delete",
        "user/application/enabled/set",
    ] {
        let (status, body) = h
            .raw(op, |r| r.json(&serde_json::json!({"user_id": 1})))
            .await;
        assert_eq!(
            (status, body["status"]["code"].as_u64()),
            (400, Some(3)),
            "{op} without a hash"
        );
    }
    // A dealer hash is no good on the user API, nor a user hash on the panel.
    let dealer = h.demo().await;
    let as_user = UserHash::new(dealer.expose());
    assert_eq!(code(h.client.applications_list(&as_user).await), 4);
    let user = h
        .client
        .user_auth("abc.logistics@example.com", "user1234", None)
        .await
        .unwrap();
    let as_dealer = DealerHash::new(user.expose());
    assert_eq!(
        code(h.client.users_list(&as_dealer, &ListQuery::default()).await),
        4
    );
}

#[tokio::test]
async fn a_dealer_cannot_touch_another_dealers_users() {
    let h = start().await;
    let demo = h.demo().await;
    let other = h.other().await;
    let john = h.user_by_login(&demo, "john.smith@example.com").await;
    let theirs = h
        .client
        .users_list(&other, &ListQuery::default())
        .await
        .unwrap();
    assert_eq!(theirs.count, 25);
    assert!(theirs.list.iter().all(|u| u.dealer_id == Some(5002)));
    let filtered = h
        .client
        .users_list(
            &other,
            &ListQuery {
                filter: Some("john.smith".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(filtered.count, 0);

    assert_eq!(code(h.client.user_read(&other, john.id).await), 201);
    let update =
        navixy_panel::api::UserUpdate::new(john.id, john.fields.clone(), Default::default());
    assert_eq!(code(h.client.user_update(&other, &update).await), 201);
    assert_eq!(
        code(
            h.client
                .user_change_password(&other, john.id, "hijacked1")
                .await
        ),
        201
    );
    assert_eq!(
        code(
            h.client
                .user_corrupt(&other, john.id, "john.smith@example.com", true)
                .await
        ),
        201
    );
    assert_eq!(
        code(h.client.user_session_create(&other, john.id).await),
        201
    );
    assert_eq!(
        code(
            h.client
                .change_balance(&other, john.id, 5.0, BalanceKind::Balance, "not yours")
                .await
        ),
        201
    );
    let now = chrono::Utc::now().naive_utc();
    assert_eq!(
        code(
            h.client
                .transactions_list(&other, john.id, now - chrono::Duration::days(7), now, None)
                .await
        ),
        201
    );
    let still = h.client.user_read(&demo, john.id).await.unwrap().user;
    assert_eq!(still.balance, Some(10.01), "nothing changed");
}

#[tokio::test]
async fn parameters_arrive_as_json_form_or_query_and_the_hash_as_header_or_parameter() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let (status, body) = h
        .raw("panel/user/list", |r| {
            r.query(&[("hash", hex.as_str()), ("limit", "2")])
        })
        .await;
    assert_eq!(
        (status, body["list"].as_array().map(Vec::len)),
        (200, Some(2)),
        "query string"
    );
    let (_, body) = h
        .raw("panel/user/list", |r| {
            r.form(&[
                ("hash", hex.as_str()),
                ("filter", "smith"),
                ("hide_inactive", "true"),
            ])
        })
        .await;
    assert!(body["count"].as_u64().unwrap() >= 1, "form body");
    let (_, body) = h
        .raw("panel/user/list", |r| {
            r.header("Authorization", format!("NVX {hex}"))
                .json(&serde_json::json!({"limit": 1, "order_by": "balance", "ascending": false}))
        })
        .await;
    assert_eq!(
        body["list"].as_array().map(Vec::len),
        Some(1),
        "JSON body + header"
    );

    // Navixy's web panel sends nested objects as JSON text inside a form.
    // The whole user object, blanks as "" (a partial one is refused: tests/client/contract.rs).
    let user = serde_json::json!({"login": "form.user@example.com", "first_name": "Form",
        "middle_name": "", "last_name": "User", "legal_type": "individual", "activated": true,
        "phone": "", "post_country": "", "post_region": "", "post_city": "",
        "post_street_address": "", "post_index": ""});
    let discount = serde_json::json!({"value": 3, "min_trackers": 0, "end_date": null, "strategy": "no_summing"});
    let (status, body) = h
        .raw("panel/user/create", |r| {
            r.form(&[
                ("hash", hex.as_str()),
                ("user", &user.to_string()),
                ("discount", &discount.to_string()),
                ("password", "form-pass1"),
                ("time_zone", "UTC"),
                ("locale", "en_US"),
            ])
        })
        .await;
    assert_eq!(status, 200, "{body}");
    assert!(body["id"].as_i64().is_some());

    // Bad input is answered in the envelope, never with a crash.
    let (status, body) = h
        .raw("panel/user/list", |r| {
            r.header("Content-Type", "application/json")
                .body("{not json")
        })
        .await;
    assert_eq!((status, body["status"]["code"].as_u64()), (400, Some(5)));
    let (status, body) = h
        .raw("panel/user/read", |r| {
            r.form(&[("hash", hex.as_str()), ("user_id", "abc")])
        })
        .await;
    assert_eq!(
        (status, body["errors"][0]["parameter"].as_str()),
        (400, Some("user_id"))
    );
    let (_, body) = h
        .raw("panel/user/list", |r| {
            r.form(&[("hash", hex.as_str()), ("order_by", "password")])
        })
        .await;
    assert_eq!(
        body["status"]["code"].as_u64(),
        Some(7),
        "order_by is one of seven fields"
    );
    let big = "x".repeat(2 * 1024 * 1024);
    let (status, body) = h
        .raw("panel/user/list", |r| {
            r.form(&[("hash", hex.as_str()), ("filter", big.as_str())])
        })
        .await;
    assert_eq!(
        (status, body["status"]["code"].as_u64()),
        (412, Some(9)),
        "too large request"
    );
}

#[tokio::test]
async fn data_and_sessions_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let first = Sandbox::start(LOOPBACK.parse().unwrap(), config(&dir, Policy::default()))
        .await
        .unwrap();
    let client = client_for(&first.base_url());
    let hash = client.panel_auth("demo", "demo1234").await.unwrap();
    let john = client
        .users_list(
            &hash,
            &ListQuery {
                filter: Some("john.smith".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap()
        .list
        .remove(0);
    client
        .change_balance(&hash, john.id, 1.99, BalanceKind::Balance, "before restart")
        .await
        .unwrap();
    first.stop().await;

    let second = Sandbox::start(LOOPBACK.parse().unwrap(), config(&dir, Policy::default()))
        .await
        .unwrap();
    let client = client_for(&second.base_url());
    let again = client
        .user_read(&hash, john.id)
        .await
        .expect("the session outlives the restart");
    assert_eq!(again.user.balance, Some(12.0));
    let count = client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap()
        .count;
    assert_eq!(count, 60, "demo data is seeded once, not again");
}

/// A loopback server that answers every connection with `behaviour`.
async fn misbehaving_server(behaviour: &'static str) -> String {
    let listener = tokio::net::TcpListener::bind(LOOPBACK).await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buf = [0u8; 4096];
                let _ = socket.read(&mut buf).await;
                match behaviour {
                    "html" => {
                        let body = "<html><body>502 Bad Gateway</body></html>";
                        let _ = socket
                            .write_all(format!("HTTP/1.1 502 Bad Gateway\r\ncontent-type: text/html\r\ncontent-length: {}\r\n\r\n{body}", body.len()).as_bytes())
                            .await;
                    }
                    "truncated" => {
                        let _ = socket.write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"success\":tr").await;
                    }
                    "hang" => {
                        let _ = socket.read(&mut buf).await; // never answers
                    }
                    _ => {} // drop the connection
                }
            });
        }
    });
    format!("http://{addr}/v2/")
}

#[tokio::test]
async fn servers_that_misbehave_give_distinct_errors() {
    let html = client_for(&misbehaving_server("html").await);
    match html.panel_auth("demo", "demo1234").await {
        Err(Error::UnexpectedResponse {
            status: 502,
            detail,
        }) => assert!(detail.contains("Bad Gateway")),
        other => panic!("{other:?}"),
    }
    let truncated = client_for(&misbehaving_server("truncated").await);
    assert!(
        matches!(
            truncated.panel_auth("demo", "demo1234").await,
            Err(Error::Network(_))
        ),
        "connection lost mid-answer"
    );
    let dropped = client_for(&misbehaving_server("drop").await);
    assert!(matches!(
        dropped.panel_auth("demo", "demo1234").await,
        Err(Error::Network(_))
    ));
    let hang_url = misbehaving_server("hang").await;
    let options = ClientOptions {
        request_timeout: Duration::from_millis(300),
        ..ClientOptions::default()
    };
    let hanging = navixy_panel::api::Client::with_options(&hang_url, options).unwrap();
    assert!(matches!(
        hanging.panel_auth("demo", "demo1234").await,
        Err(Error::Timeout)
    ));
    // Nothing listens here (the port was just freed).
    let closed = {
        let l = std::net::TcpListener::bind(LOOPBACK).unwrap();
        l.local_addr().unwrap()
    };
    let refused = client_for(&format!("http://{closed}/v2/"));
    let err = refused.panel_auth("demo", "demo1234").await.unwrap_err();
    assert!(matches!(err, Error::Network(_)));
    assert!(
        !format!("{err} {err:?}").contains("demo1234"),
        "no password in errors"
    );
}

#[tokio::test]
async fn hashes_never_reach_debug_output_of_errors_or_requests() {
    let h = start().await;
    let hash = h.demo().await;
    let err = h.client.user_read(&hash, 987_654).await.unwrap_err();
    let shown = format!("{err} {err:?} {hash:?} {:?}", h.client);
    assert!(!shown.contains(hash.expose()));
}

#[tokio::test]
async fn a_request_body_over_one_megabyte_is_refused_with_code_9() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let filter = "x".repeat(1024 * 1024 + 1);
    let (status, body) = h
        .raw("panel/user/list", |r| {
            r.json(&serde_json::json!({ "hash": hex, "filter": filter }))
        })
        .await;
    assert_eq!(body["status"]["code"], 9, "{status} {body}");
    // Just under the limit is an ordinary call.
    let filter = "x".repeat(1000);
    let (_, body) = h
        .raw("panel/user/list", |r| {
            r.json(&serde_json::json!({ "hash": hex, "filter": filter }))
        })
        .await;
    assert_eq!(body["success"], true, "{body}");
}
