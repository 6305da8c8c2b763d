//! The balance watch (#29) twice over the same sandbox at the documented
//! rate limit: the first reading asks each user for the whole 30 days, the
//! second, from what the first kept, only from a day before where it ended.
//! Requests, transactions read, time and the kept file. Users:
//! `WATCH_USERS` (1,000 by default; 10,000 takes about seven minutes).
//! Run: `cargo bench --bench watch`.

use navixy_panel::session::balance_watch;
use navixy_panel::session::watch_history::{self, WatchHistory};
use std::time::Instant;

mod support;

#[tokio::main]
async fn main() {
    let users: usize = std::env::var("WATCH_USERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let dir = tempfile::tempdir().expect("temp dir");
    let (sandbox, client, hash) = support::demo_dealer(dir.path(), users).await;
    let server = sandbox.base_url();
    let mut history = WatchHistory::new(&server, "demo");
    println!("| reading | users | requests | transactions read | wall clock | rate | unread |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    for reading in ["first (nothing kept)", "second (from the first)"] {
        let started = Instant::now();
        let now = chrono::Local::now().naive_local();
        let report = balance_watch::read(&client, &hash, now, &mut history, &mut |_, _| {})
            .await
            .expect("read");
        let took = started.elapsed().as_secs_f64();
        println!(
            "| {reading} | {} | {} | {} | {took:.1} s | {:.1}/s | {} |",
            report.watch.len(),
            report.requests,
            report.transactions,
            report.requests as f64 / took,
            report.unread.len()
        );
    }
    let file = watch_history::file(dir.path(), &server, "demo");
    let started = Instant::now();
    history.save(&file).expect("kept");
    let saved = started.elapsed();
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let started = Instant::now();
    WatchHistory::load(&file, &server, "demo").expect("read back");
    println!(
        "kept file: {:.2} MB, written {:.1} ms, read back {:.1} ms",
        size as f64 / 1e6,
        saved.as_secs_f64() * 1000.0,
        started.elapsed().as_secs_f64() * 1000.0
    );
}
