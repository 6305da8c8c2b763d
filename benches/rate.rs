//! The documented rate limit, end to end: 1,000 list reads and 200 balance
//! changes through ONE session (one client, all its screens and background
//! jobs at once) against the sandbox at its default 50 requests per second.
//! Reports failures, the server's refusals (code 15), the effective rate, and
//! checks every balance afterwards. Run: `cargo bench --bench rate`.

use navixy_panel::api::{Client, ListQuery};
use navixy_panel::model::BalanceKind;
use navixy_panel::sandbox::{Sandbox, SandboxConfig};
use std::time::Instant;

const READS: usize = 1000;
const CHANGES: usize = 200;
/// Requests in flight at once: far more than the limit lets through.
const IN_FLIGHT: usize = 64;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = SandboxConfig {
        demo_users: 200,
        ..SandboxConfig::new(dir.path().join("rate.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    let client = Client::new(&sandbox.base_url()).expect("client");
    let hash = client.panel_auth("demo", "demo1234").await.expect("login");
    let users = client
        .users_list(
            &hash,
            &ListQuery {
                limit: Some(CHANGES as u32),
                ..Default::default()
            },
        )
        .await
        .expect("list")
        .list;
    // The setup's two requests must leave the window before timing starts.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;

    let started = Instant::now();
    let semaphore = std::sync::Arc::new(tokio::sync::Semaphore::new(IN_FLIGHT));
    let mut tasks = tokio::task::JoinSet::new();
    for i in 0..READS + CHANGES {
        let (client, hash, permit) = (client.clone(), hash.clone(), semaphore.clone());
        let user = (i >= READS).then(|| users[(i - READS) % users.len()].id);
        tasks.spawn(async move {
            let _permit = permit.acquire_owned().await;
            match user {
                None => {
                    let q = ListQuery {
                        limit: Some(20),
                        offset: Some((i % 10) as u32 * 20),
                        ..Default::default()
                    };
                    client.users_list(&hash, &q).await.map(|_| ())
                }
                Some(id) => {
                    client
                        .change_balance(&hash, id, 1.25, BalanceKind::Balance, "Rate bench top-up")
                        .await
                }
            }
        });
    }
    let results = tasks.join_all().await;
    let elapsed = started.elapsed().as_secs_f64();
    let failures = results.iter().filter(|r| r.is_err()).count();

    let mut wrong = 0;
    for u in &users {
        let now = client.user_read(&hash, u.id).await.expect("read").user;
        if (now.balance.unwrap_or(0.0) - (u.balance.unwrap_or(0.0) + 1.25)).abs() > 1e-6 {
            wrong += 1;
        }
    }
    let n = READS + CHANGES;
    // One request each (the plain client call, not api::verify's read-back).
    let sent = n;
    println!(
        "{READS} list reads + {CHANGES} balance changes through one session, {IN_FLIGHT} in flight"
    );
    println!("operations: {n} in {elapsed:.2} s, failures: {failures}, balances wrong: {wrong}");
    println!(
        "requests sent: {sent} ({:.1} requests/s; limit 50), refused by the server (15): {}",
        sent as f64 / elapsed,
        sandbox.rate_refusals()
    );
    if failures > 0 || wrong > 0 {
        std::process::exit(1);
    }
}
