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

mod support;
use support::unlimited;

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
        // Capacity, not the documented 50/s: benches/rate.rs measures that.
        rate_limit: 0,
        ..SandboxConfig::new(dir.path().join("bench.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    println!("seeded {users} users in {:.1} s", t.elapsed().as_secs_f64());
    let client = unlimited(&sandbox.base_url());
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
        "filter ~9% ('brooklyn')",
        ListQuery {
            filter: Some("brooklyn".into()),
            limit: Some(50),
            ..Default::default()
        },
    )
    .await;
    for (name, filter) in [
        ("filter ~0.5% ('jennifer.t')", "jennifer.t"),
        ("filter ~4.5% ('james.')", "james."),
    ] {
        measure(
            &client,
            &hash,
            name,
            ListQuery {
                filter: Some(filter.into()),
                limit: Some(50),
                ..Default::default()
            },
        )
        .await;
    }
    measure(
        &client,
        &hash,
        "filter rare ('12345@')",
        ListQuery {
            filter: Some("12345@".into()),
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
    throughput(&sandbox.base_url(), &hash).await;
    sandbox.stop().await;
}

/// 16 clients, each with its own connections, asking for list pages at once
/// (the first page and a filtered one, alternately), as 16 operators would.
async fn throughput(base_url: &str, hash: &DealerHash) {
    const CLIENTS: usize = 16;
    const PER_CLIENT: usize = 100;
    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for c in 0..CLIENTS {
        let client = unlimited(base_url);
        let hash = hash.clone();
        tasks.spawn(async move {
            let mut times = Vec::with_capacity(PER_CLIENT);
            for i in 0..PER_CLIENT {
                let q = ListQuery {
                    filter: ((c + i) % 2 == 1).then(|| "brooklyn".into()),
                    limit: Some(50),
                    ..Default::default()
                };
                let t = Instant::now();
                client.users_list(&hash, &q).await.expect("list");
                times.push(t.elapsed());
            }
            times
        });
    }
    let mut times: Vec<Duration> = tasks.join_all().await.into_iter().flatten().collect();
    let elapsed = started.elapsed();
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{CLIENTS} clients × {PER_CLIENT} lists: {:.0} requests/s   p50 {:.2} ms   p99 {:.2} ms",
        times.len() as f64 / elapsed.as_secs_f64(),
        ms(times[times.len() / 2]),
        ms(times[times.len() * 99 / 100])
    );
}
