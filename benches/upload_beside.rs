//! One dealer uploads 10,000 users while 20 clients of another dealer list
//! their users: how long the other dealer waits (p50, p99) during the upload.
//! Passwords are hashed before the database lock is taken, so the lists
//! should not queue behind the upload. Run: `cargo bench --bench upload_beside`.

use navixy_panel::api::ListQuery;
use navixy_panel::sandbox::{OTHER_DEALER, Sandbox, SandboxConfig};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

const ROWS: usize = 10_000;
const LISTERS: usize = 20;

mod support;
use support::unlimited as client;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = SandboxConfig {
        demo_users: 100,
        // Capacity, not the documented 50/s (benches/rate.rs measures that).
        rate_limit: 0,
        ..SandboxConfig::new(dir.path().join("upload.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    let base = sandbox.base_url();
    let uploader = client(&base);
    let demo = uploader
        .panel_auth("demo", "demo1234")
        .await
        .expect("login");
    let other = uploader
        .panel_auth(OTHER_DEALER.login, OTHER_DEALER.password)
        .await
        .expect("login");
    let mut csv = String::from("Email address*;Password*;Status*;Legal status*;Surname*;Name*\n");
    for i in 0..ROWS {
        csv.push_str(&format!(
            "bulk{i:05}@example.com;secret12;1;1;Bulk;User{i}\n"
        ));
    }

    let uploading = Arc::new(AtomicBool::new(true));
    let mut listers = tokio::task::JoinSet::new();
    for _ in 0..LISTERS {
        let (c, hash, on) = (client(&base), other.clone(), uploading.clone());
        listers.spawn(async move {
            let mut times = Vec::new();
            while on.load(Ordering::Relaxed) {
                let t = Instant::now();
                let q = ListQuery {
                    limit: Some(50),
                    ..Default::default()
                };
                if c.users_list(&hash, &q).await.is_ok() {
                    times.push(t.elapsed());
                }
            }
            times
        });
    }
    let started = Instant::now();
    let uploaded = uploader
        .users_upload(&demo, "bulk.csv", csv.into_bytes())
        .await;
    let upload_time = started.elapsed();
    uploading.store(false, Ordering::Relaxed);
    let mut times: Vec<Duration> = listers.join_all().await.into_iter().flatten().collect();
    times.sort();
    let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
    println!(
        "upload of {ROWS} rows: {:?} in {:.1} s",
        uploaded.map(|u| u.total),
        upload_time.as_secs_f64()
    );
    println!(
        "the other dealer meanwhile ({LISTERS} clients): {} lists, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms",
        times.len(),
        at(0.50).as_secs_f64() * 1000.0,
        at(0.99).as_secs_f64() * 1000.0,
        times.last().map_or(0.0, |t| t.as_secs_f64() * 1000.0)
    );
}
