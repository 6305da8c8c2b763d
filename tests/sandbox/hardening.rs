//! What an attack pass on the sandbox broke, each against the real sandbox
//! over loopback: amounts and balances, texts that pass trimmed but would be
//! stored whole, form values that look like JSON, NUL in filters, the lockout
//! under parallel guesses, and one big upload beside another dealer's calls.

use crate::common::{Harness, start};
use navixy_panel::sandbox::{DEMO_DEALER, OTHER_DEALER};
use serde_json::{Value, json};

async fn post(h: &Harness, op: &str, hash: &str, body: Value) -> (u16, Value) {
    h.raw(op, |r| {
        r.header("Authorization", format!("NVX {hash}")).json(&body)
    })
    .await
}

async fn form(h: &Harness, op: &str, pairs: &[(&str, &str)]) -> (u16, Value) {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    h.raw(op, |r| r.form(&pairs)).await
}

fn code(answer: &Value) -> Option<u64> {
    answer["status"]["code"].as_u64()
}

#[tokio::test]
async fn amounts_are_exact_bounded_and_never_make_a_balance_infinite() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    let change = |amount: Value, text: &str| json!({"user_id": john.id, "amount": amount, "type": "balance", "text": text});
    let op = "panel/user/transaction/change_balance";
    for amount in [
        json!(1e306),
        json!(1.0000000001),
        json!(4.9e-9),
        json!(0),
        json!(-0.0),
        json!(1e11),
    ] {
        let (status, answer) = post(&h, op, &hex, change(amount.clone(), "Attack top-up")).await;
        assert_eq!(
            (status, code(&answer)),
            (400, Some(7)),
            "{amount}: {answer}"
        );
    }
    for text in [
        "x".repeat(900_000),
        "with a \u{0} NUL".to_owned(),
        "x".repeat(201),
    ] {
        let (_, answer) = post(&h, op, &hex, change(json!(5), &text)).await;
        assert_eq!(code(&answer), Some(7), "{} characters", text.len());
    }
    // Up to the largest balance, then no further.
    let (status, _) = post(&h, op, &hex, change(json!(9_999_999_000.0), "Big top-up")).await;
    assert_eq!(status, 200);
    let (_, answer) = post(&h, op, &hex, change(json!(9_999_999_000.0), "Big top-up")).await;
    assert_eq!(code(&answer), Some(7), "{answer}");
    let read = h.client.user_read(&hash, john.id).await.unwrap();
    assert!(read.user.balance.unwrap().is_finite());
    let (_, list) = post(&h, "panel/user/list", &hex, json!({"filter": "john.smith"})).await;
    assert!(list["list"][0]["balance"].is_f64(), "never null: {list}");
}

#[tokio::test]
async fn what_is_validated_is_what_is_stored() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    for login in [
        " ann@x.example.com ",
        "ann@x.example.com\u{a0}",
        "a\u{200b}nn@x.example.com",
    ] {
        let mut new = crate::common::new_individual(login);
        new.user.login = Some(login.into());
        let (status, answer) = post(
            &h,
            "panel/user/create",
            &hex,
            serde_json::to_value(&new).unwrap(),
        )
        .await;
        assert_eq!(
            (status, code(&answer)),
            (400, Some(7)),
            "{login:?}: {answer}"
        );
    }
    let mut long_okpo = crate::common::new_individual("okpo@example.com");
    long_okpo.user.legal_type = Some(navixy_panel::model::LegalType::SoleTrader);
    let mut body = serde_json::to_value(&long_okpo).unwrap();
    body["user"]["okpo_code"] = json!("1".repeat(100_000));
    let (_, answer) = post(&h, "panel/user/create", &hex, body).await;
    assert_eq!(code(&answer), Some(7));
    let mut body =
        serde_json::to_value(crate::common::new_individual("end.date@example.com")).unwrap();
    body["discount"]["end_date"] = json!("2030-01-31<script>alert(1)</script>");
    let (_, answer) = post(&h, "panel/user/create", &hex, body).await;
    assert_eq!(code(&answer), Some(7), "a date is the whole text: {answer}");
}

#[tokio::test]
async fn form_values_that_look_like_json_keep_their_meaning() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let (_, all) = form(&h, "panel/user/list", &[("hash", &hex), ("filter", "[1]")]).await;
    assert_eq!(all["count"], 0, "a filter is text: {all}");
    let r = reqwest::Client::new()
        .post(format!("{}panel/user/export", h.sandbox.base_url()))
        .form(&[
            ("hash", hex.as_str()),
            ("format", "csv"),
            ("filter", "[\"VIP\"]"),
        ])
        .send()
        .await
        .unwrap();
    let csv = r.text().await.unwrap();
    assert_eq!(
        csv.trim_start_matches('\u{feff}').lines().count(),
        1,
        "header only: {csv}"
    );

    let user = json!({"login": "json.form@example.com", "first_name": "Json", "middle_name": "",
        "last_name": "Form", "legal_type": "individual", "activated": true, "phone": "",
        "post_country": "", "post_region": "", "post_city": "", "post_street_address": "",
        "post_index": ""});
    let (status, created) = form(
        &h,
        "panel/user/create",
        &[
            ("hash", &hex),
            ("user", &user.to_string()),
            ("password", "[123456]"),
            ("comment", "[1,2]"),
            ("time_zone", "UTC"),
            ("locale", "en_US"),
        ],
    )
    .await;
    assert_eq!(status, 200, "{created}");
    let id = created["id"].as_i64().unwrap();
    let read = h.client.user_read(&hash, id).await.unwrap();
    assert_eq!(read.user.comment.as_deref(), Some("[1,2]"));
    let (status, answer) = form(
        &h,
        "user/auth",
        &[("login", "json.form@example.com"), ("password", "[123456]")],
    )
    .await;
    assert_eq!(status, 200, "the password as typed: {answer}");
}

#[tokio::test]
async fn a_nul_in_a_filter_is_answered_not_a_server_error() {
    let h = start().await;
    let hash = h.demo().await;
    let hex = hash.expose().to_owned();
    let (status, answer) = post(&h, "panel/user/list", &hex, json!({"filter": "smi\u{0}th"})).await;
    assert_eq!((status, &answer["count"]), (200, &json!(0)), "{answer}");
    let (status, _) = post(
        &h,
        "panel/user/export",
        &hex,
        json!({"filter": "abc\u{0}", "format": "csv"}),
    )
    .await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn parallel_wrong_passwords_get_exactly_the_allowed_checks() {
    let h = start().await;
    let mut guesses = tokio::task::JoinSet::new();
    for i in 0..40 {
        let url = format!("{}panel/account/auth", h.sandbox.base_url());
        guesses.spawn(async move {
            let r = reqwest::Client::new()
                .post(url)
                .json(&json!({"login": OTHER_DEALER.login, "password": format!("guess-{i}")}))
                .send()
                .await
                .unwrap();
            let body: Value = r.json().await.unwrap();
            code(&body)
        });
    }
    let codes = guesses.join_all().await;
    let checked = codes.iter().filter(|c| **c == Some(102)).count();
    let locked = codes.iter().filter(|c| **c == Some(105)).count();
    assert_eq!((checked, locked), (5, 35), "{codes:?}");
}

#[tokio::test]
async fn a_login_is_one_login_whatever_its_case() {
    let h = start().await;
    // The dealer signs in as DEMO, so failures as DEMO count for demo: one rule.
    let hash = h
        .client
        .panel_auth(&DEMO_DEALER.login.to_uppercase(), DEMO_DEALER.password)
        .await;
    assert!(hash.is_ok(), "{hash:?}");
    for _ in 0..5 {
        let e = h
            .client
            .panel_auth("DEMO", "wrong-password")
            .await
            .unwrap_err();
        assert_eq!(e.api().map(|a| a.code), Some(102));
    }
    let locked = h.client.panel_auth("demo", DEMO_DEALER.password).await;
    assert_eq!(locked.unwrap_err().api().map(|a| a.code), Some(105));
}

#[tokio::test]
async fn a_big_upload_leaves_other_dealers_answered() {
    let h = start().await;
    let demo = h.demo().await;
    let other = h.other().await;
    let mut csv = String::from("Email address*;Password*;Status*;Legal status*;Surname*;Name*\n");
    for i in 0..300 {
        csv.push_str(&format!("bulk{i}@example.com;secret12;1;1;Bulk;User\n"));
    }
    let client = h.client.clone();
    let upload = tokio::spawn(async move {
        client
            .users_upload(&demo, "bulk.csv", csv.into_bytes())
            .await
    });
    // While the passwords are hashed, the other dealer's lists are answered:
    // at least one comes back before the upload does.
    let mut answered_during = 0;
    for _ in 0..200 {
        if upload.is_finished() {
            break;
        }
        h.client
            .users_list(&other, &Default::default())
            .await
            .unwrap();
        if !upload.is_finished() {
            answered_during += 1;
        }
    }
    let uploaded = upload.await.unwrap().unwrap();
    assert_eq!(uploaded.total, 300);
    assert!(
        answered_during > 0,
        "the other dealer waited for the whole upload"
    );
}

#[tokio::test]
async fn look_alike_logins_are_one_login_in_the_sandbox_and_the_importer() {
    let h = start().await;
    let hash = h.demo().await;
    h.client
        .user_create(&hash, &crate::common::new_individual("Äpfel@example.de"))
        .await
        .unwrap();
    let again = h
        .client
        .user_create(&hash, &crate::common::new_individual("äpfel@example.de"))
        .await;
    assert_eq!(again.unwrap_err().api().map(|a| a.code), Some(206));
    let fullwidth = h
        .client
        .user_create(&hash, &crate::common::new_individual("ａpfel@example.de"))
        .await;
    assert_eq!(fullwidth.unwrap_err().api().map(|a| a.code), Some(7));
    // The importer calls the same two a duplicate, by the same rule.
    let text = "Email address*;Password*;Status*;Legal status*;Surname*;Name*\n\
                Äpfel@example.de;secret12;1;1;A;B\näpfel@example.de;secret12;1;1;A;B\n";
    let p = navixy_panel::import::Preview::open("d.csv", text.as_bytes(), &mut |_, _| {}).unwrap();
    assert_eq!(p.rows[1].duplicate_of, Some(2));
    // And the user signs in whichever way the login is written.
    let user = h
        .client
        .user_auth("ÄPFEL@example.de", "12@14Y$", None)
        .await;
    assert!(user.is_ok(), "{user:?}");
}

mod slow_clients {
    use super::*;
    use std::time::Duration;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio::net::TcpStream;

    async fn quick_sandbox() -> Harness {
        crate::common::start_configured(|c| {
            c.header_timeout = Duration::from_millis(300);
            c.body_timeout = Duration::from_millis(300);
            c.max_connections = 3;
        })
        .await
    }

    /// Everything the server sends until it closes the connection (bounded
    /// by a generous safety limit, so a broken server fails the test instead
    /// of hanging it).
    async fn until_closed(stream: &mut TcpStream) -> String {
        let mut out = Vec::new();
        let read =
            tokio::time::timeout(Duration::from_secs(20), stream.read_to_end(&mut out)).await;
        assert!(read.is_ok(), "the server kept the connection open");
        String::from_utf8_lossy(&out).into_owned()
    }

    #[tokio::test]
    async fn half_sent_headers_are_not_waited_for_forever() {
        let h = quick_sandbox().await;
        let mut s = TcpStream::connect(h.sandbox.addr()).await.unwrap();
        s.write_all(b"POST /v2/panel/user/list HTTP/1.1\r\nHost: sandbox\r\n")
            .await
            .unwrap();
        until_closed(&mut s).await;
        // The server still answers everyone else.
        assert!(
            h.client
                .panel_auth(DEMO_DEALER.login, DEMO_DEALER.password)
                .await
                .is_ok()
        );
    }

    #[tokio::test]
    async fn a_body_sent_byte_by_byte_is_refused_not_waited_for() {
        let h = quick_sandbox().await;
        let mut s = TcpStream::connect(h.sandbox.addr()).await.unwrap();
        let head = format!(
            "POST /v2/panel/account/auth HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{{\"lo",
            h.sandbox.addr()
        );
        s.write_all(head.as_bytes()).await.unwrap();
        let answer = until_closed(&mut s).await;
        assert!(answer.contains("\"code\":5"), "{answer}");
    }

    #[tokio::test]
    async fn connections_past_the_cap_are_closed_at_once() {
        let h = quick_sandbox().await;
        let mut idle = Vec::new();
        for _ in 0..3 {
            idle.push(TcpStream::connect(h.sandbox.addr()).await.unwrap());
        }
        // The server takes connections in order: once a request on the third
        // is answered, all three hold their slots.
        let third = idle.last_mut().unwrap();
        third
            .write_all(
                b"POST /v2/panel/user/list HTTP/1.1\r\nHost: sandbox\r\nContent-Length: 0\r\n\r\n",
            )
            .await
            .unwrap();
        let mut buf = [0u8; 12];
        third.read_exact(&mut buf).await.unwrap();
        let mut fourth = TcpStream::connect(h.sandbox.addr()).await.unwrap();
        fourth
            .write_all(b"POST /v2/panel/user/list HTTP/1.1\r\nHost: sandbox\r\n\r\n")
            .await
            .unwrap();
        assert_eq!(
            until_closed(&mut fourth).await,
            "",
            "closed without an answer"
        );
    }
}

#[tokio::test]
async fn parallel_withdrawals_never_overdraw_and_parallel_creates_make_one_user() {
    let h = start().await;
    let hash = h.demo().await;
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    assert_eq!(john.balance, Some(10.01));
    let mut withdrawals = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (c, hash) = (h.client.clone(), hash.clone());
        withdrawals.spawn(async move {
            c.change_balance(
                &hash,
                john.id,
                -1.0,
                navixy_panel::model::BalanceKind::Balance,
                "Parallel withdrawal",
            )
            .await
        });
    }
    let results = withdrawals.join_all().await;
    let made = results.iter().filter(|r| r.is_ok()).count();
    let refused: Vec<Option<u32>> = results
        .iter()
        .filter_map(|r| r.as_ref().err().map(|e| e.api().map(|a| a.code)))
        .collect();
    assert_eq!(made, 10, "10.01 pays for ten: {refused:?}");
    assert!(refused.iter().all(|c| *c == Some(251)), "{refused:?}");
    let after = h.client.user_read(&hash, john.id).await.unwrap();
    assert_eq!(after.user.balance, Some(0.01));

    let mut creates = tokio::task::JoinSet::new();
    for _ in 0..20 {
        let (c, hash) = (h.client.clone(), hash.clone());
        creates.spawn(async move {
            c.user_create(
                &hash,
                &crate::common::new_individual("one.login@example.com"),
            )
            .await
        });
    }
    let results = creates.join_all().await;
    assert_eq!(results.iter().filter(|r| r.is_ok()).count(), 1);
    assert!(
        results
            .iter()
            .filter_map(|r| r.as_ref().err())
            .all(|e| e.api().map(|a| a.code) == Some(206))
    );
}

/// A page in the operator's browser aimed at the sandbox: under another
/// host name (DNS rebinding) or from another origin, nothing is served, and
/// nothing counts towards the dealer's lockout.
#[tokio::test]
async fn a_web_page_cannot_drive_the_sandbox() {
    let h = start().await;
    let addr = h.sandbox.addr();
    let auth = json!({"login": DEMO_DEALER.login, "password": DEMO_DEALER.password});
    let (status, _) = h
        .raw("panel/account/auth", |r| {
            r.header("Host", format!("rebind.attacker.example:{}", addr.port()))
                .json(&auth)
        })
        .await;
    assert_eq!(status, 403, "rebinding");
    let wrong = [("login", DEMO_DEALER.login), ("password", "guess")];
    for _ in 0..8 {
        let (status, _) = h
            .raw("panel/account/auth", |r| {
                r.header("Origin", "http://attacker.example")
                    .header("Content-Type", "text/plain")
                    .body(serde_urlencoded::to_string(wrong).unwrap())
            })
            .await;
        assert_eq!(status, 403, "another origin");
    }
    // Not locked out, and the sandbox's own origin (Navixy's web panel
    // served from it) is answered.
    let (status, answer) = h
        .raw("panel/account/auth", |r| {
            r.header("Origin", format!("http://{addr}")).json(&auth)
        })
        .await;
    assert_eq!(
        (status, answer["success"].as_bool()),
        (200, Some(true)),
        "{answer}"
    );
    h.demo().await;
}

#[cfg(unix)]
#[tokio::test]
async fn the_sandboxs_database_is_its_owners_alone() {
    use std::os::unix::fs::PermissionsExt;
    let h = start().await;
    h.demo().await;
    let db = h.dir.path().join("sandbox.sqlite3");
    for suffix in ["", "-wal", "-shm"] {
        let file = std::path::PathBuf::from(format!("{}{suffix}", db.display()));
        if let Ok(meta) = std::fs::metadata(&file) {
            assert_eq!(
                meta.permissions().mode() & 0o777,
                0o600,
                "{}",
                file.display()
            );
        }
    }
    let dir = h.dir.path().join("data");
    navixy_panel::config::private_dir(&dir.join("jobs")).unwrap();
    for d in [&dir, &dir.join("jobs")] {
        let mode = std::fs::metadata(d).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", d.display());
    }
}
