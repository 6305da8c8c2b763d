//! `navixy-panel report balances` as a script runs it: the real binary
//! against a real sandbox on loopback, and against a server that refuses
//! one user's transactions.

use crate::common::hostile::{Hostile, Reply};
use crate::common::{new_individual, start_configured};
use navixy_panel::model::BalanceKind;
use navixy_panel::sandbox::DEMO_DEALER;
use serde_json::json;
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

async fn report(server: &str, extra: &[&str]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_navixy-panel"));
    cmd.args(["report", "balances", "--server", server])
        .args(["--login", DEMO_DEALER.login, "--lang", "en"])
        .args(extra)
        .env("NAVIXY_PASSWORD", DEMO_DEALER.password)
        .stdin(Stdio::null());
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
        .await
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[tokio::test]
async fn every_user_soonest_out_first_with_the_days_their_balance_lasts() {
    let h = start_configured(|c| c.demo_users = 5).await;
    let hash = h.demo().await;
    let login = "watch.me@example.com";
    let id = h
        .client
        .user_create(&hash, &new_individual(login))
        .await
        .unwrap();
    // 100 paid in, 30 charged within the last 30 days: 1 a day, 70 left.
    for amount in [100.0, -30.0] {
        h.client
            .change_balance(&hash, id, amount, BalanceKind::Balance, "Watch test")
            .await
            .unwrap();
    }

    let in_70_days = || {
        (chrono::Local::now().date_naive() + chrono::Duration::days(70))
            .format("%Y-%m-%d")
            .to_string()
    };
    let before = in_70_days();
    let run = report(&h.sandbox.base_url(), &[]).await;
    // The day the run saw (it may have crossed midnight).
    let after = in_70_days();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let mut lines = run.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("login,id,balance,spent_30d,days_left,runs_out_on")
    );
    let rows: Vec<Vec<String>> = lines
        .map(|l| l.split(',').map(str::to_owned).collect())
        .collect();
    let mine = rows.iter().find(|r| r[0] == login).expect("the new user");
    assert_eq!(
        mine[1..5],
        [id.to_string(), "70.00".into(), "30.00".into(), "70".into()]
    );
    assert!(mine[5] == before || mine[5] == after, "{mine:?}");
    // Every user of the dealer, once.
    let users = h
        .client
        .users_list(&hash, &Default::default())
        .await
        .unwrap();
    assert_eq!(rows.len() as u64, users.count);
    // Soonest first; those who spent nothing (no days) last.
    let days: Vec<Option<i64>> = rows.iter().map(|r| r[4].parse().ok()).collect();
    let mut sorted = days.clone();
    sorted.sort_by_key(|d| d.unwrap_or(i64::MAX));
    assert_eq!(days, sorted);
    assert!(rows.iter().all(|r| r[4].is_empty() == r[5].is_empty()));
    assert!(run.stderr.contains("Users read:"), "{}", run.stderr);

    // Only those who run out within N days; as JSON.
    let run = report(&h.sandbox.base_url(), &["--days", "70", "--format", "json"]).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let list: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let mine = list
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["login"] == login)
        .expect("70 days is within 70");
    assert_eq!(mine["days_left"], 70);
    assert_eq!(mine["spent_30d"], 30.0);
    assert!(
        list.as_array()
            .unwrap()
            .iter()
            .all(|u| u["days_left"].as_i64().is_some_and(|d| d <= 70))
    );
    let file = h.dir.path().join("soon.csv");
    let run = report(
        &h.sandbox.base_url(),
        &["--days", "69", "--out", file.to_str().unwrap()],
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.is_empty());
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(written.starts_with("login,id,"), "{written}");
    assert!(!written.contains(login), "70 days is not within 69");
}

#[tokio::test]
async fn a_user_that_cannot_be_read_is_said_and_the_run_ends_1() {
    let server = Hostile::start(|r| {
        let user = |id: i64, login: &str| {
            json!({"id": id, "login": login, "balance": 50.0, "legal_type": "individual"})
        };
        if r.path.ends_with("panel/account/auth") {
            Reply::json(json!({"success": true, "hash": "0123456789abcdef0123456789abcdef"}))
        } else if r.path.ends_with("panel/user/list") {
            Reply::json(json!({"success": true, "count": 3,
                "list": [user(1, "fine@example.com"), user(2, "refused@example.com"),
                    user(3, "\u{1b}[2Jwiped@example.com")]}))
        } else if r.body.contains("\"user_id\":3") {
            Reply::json(json!({"success": true, "list": []}))
        } else if r.body.contains("\"user_id\":2") {
            Reply::Plain(
                400,
                Vec::new(),
                json!({"success": false, "status": {"code": 201, "description": "Not found in database"}})
                    .to_string()
                    .into_bytes(),
            )
        } else {
            Reply::json(json!({"success": true, "list": [
                {"user_id": 1, "amount": -5.0, "type": "tariff_charge", "timestamp": "2026-12-01 00:00:00"}
            ]}))
        }
    })
    .await;
    let run = report(&server.base(), &[]).await;
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("refused@example.com (#2)"),
        "{}",
        run.stderr
    );
    assert!(
        run.stdout.contains("fine@example.com,1,50.00,5.00,300,"),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("refused@"), "{}", run.stdout);
    // A server's login reaches the terminal without its escape codes.
    assert!(run.stdout.contains("wiped@example.com"), "{}", run.stdout);
    assert!(!run.stdout.contains('\u{1b}'), "{:?}", run.stdout);
}
