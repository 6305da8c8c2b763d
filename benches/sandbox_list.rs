//! Sandbox list latency at scale: `cargo bench --bench sandbox_list [-- USERS]`.
//! Starts a sandbox with USERS demo users (default 100,000) in a temp dir and
//! reports p50/p99 over loopback HTTP for the calls the users screen makes.
//! Reports, never asserts: speed is measured here, not in tests.

use navixy_panel::api::{Client, DealerHash, ListQuery, OrderBy};
use navixy_panel::sandbox::{Sandbox, SandboxConfig};
use std::time::{Duration, Instant};

const RUNS: usize = 40;

async fn measure(client: &Client, hash: &DealerHash, name: &str, q: ListQuery) {
    let mut times = Vec::with_capacity(RUNS);
    let mut count = 0;
    for _ in 0..RUNS {
        let t = Instant::now();
        let page = client.users_list(hash, &q).await.expect("list");
        times.push(t.elapsed());
        count = page.count;
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<34} p50 {:>7.2} ms   p99 {:>7.2} ms   (count {count})",
        ms(times[RUNS / 2]),
        ms(times[RUNS * 99 / 100])
    );
}

#[tokio::main]
async fn main() {
    let users: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let t = Instant::now();
    let config = SandboxConfig {
        demo_users: users,
        ..SandboxConfig::new(dir.path().join("bench.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    println!("seeded {users} users in {:.1} s", t.elapsed().as_secs_f64());
    let client = Client::new(&sandbox.base_url()).expect("client");
    let hash = client.panel_auth("demo", "demo1234").await.expect("login");
    let page = |order_by, ascending| ListQuery {
        order_by: Some(order_by),
        ascending: Some(ascending),
        limit: Some(50),
        ..Default::default()
    };
    measure(
        &client,
        &hash,
        "first page (50, by id)",
        page(OrderBy::Id, true),
    )
    .await;
    measure(
        &client,
        &hash,
        "filter ~1% ('brooklyn')",
        ListQuery {
            filter: Some("brooklyn".into()),
            limit: Some(50),
            ..Default::default()
        },
    )
    .await;
    measure(
        &client,
        &hash,
        "filter rare ('smith1234')",
        ListQuery {
            filter: Some("smith1234".into()),
            limit: Some(50),
            ..Default::default()
        },
    )
    .await;
    for order in OrderBy::ALL {
        measure(
            &client,
            &hash,
            &format!("sort by {} desc", order.as_str()),
            page(order, false),
        )
        .await;
    }
    measure(
        &client,
        &hash,
        "deep offset (90,000)",
        ListQuery {
            offset: Some(90_000),
            limit: Some(50),
            ..Default::default()
        },
    )
    .await;
    measure(
        &client,
        &hash,
        "hide inactive",
        ListQuery {
            hide_inactive: Some(true),
            limit: Some(50),
            ..Default::default()
        },
    )
    .await;
    sandbox.stop().await;
}
