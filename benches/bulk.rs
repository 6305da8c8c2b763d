//! A bulk top-up of 1,000 users through the bulk runner (`session::bulk`),
//! against the sandbox at its documented 50 requests per second: what an
//! operator's run does (read each balance, change it, journal it, keep the
//! job file), with the effective request rate, failures, and every balance
//! checked afterwards. Run: `cargo bench --bench bulk`.

use futures_util::StreamExt;
use navixy_panel::api::ListQuery;
use navixy_panel::journal::Journal;
use navixy_panel::model::BalanceKind;
use navixy_panel::sandbox::{Sandbox, SandboxConfig};
use navixy_panel::session::bulk::{
    self, BulkAction, Context, Control, Event, ItemState, Job, Jobs,
};
use navixy_panel::session::{Request, Response, Secret, execute};
use std::sync::Arc;
use std::time::Instant;

const USERS: u32 = 1000;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = SandboxConfig {
        demo_users: USERS as usize,
        record_requests: true,
        ..SandboxConfig::new(dir.path().join("bulk.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    let login = Request::Login {
        base_url: sandbox.base_url(),
        login: "demo".into(),
        password: Secret("demo1234".into()),
    };
    let Ok(Response::LoggedIn(api)) = execute(None, login).await else {
        panic!("login");
    };
    let query = ListQuery {
        limit: Some(USERS),
        ..Default::default()
    };
    // The users, read with a session of its own (the run's is the one timed).
    let reader = navixy_panel::api::Client::new(&sandbox.base_url()).expect("client");
    let hash = reader.panel_auth("demo", "demo1234").await.expect("login");
    let users = reader.users_list(&hash, &query).await.expect("list").list;
    let ctx = Context {
        api: api.clone(),
        options: Default::default(),
        journal: Journal::in_dir(dir.path()),
        jobs: Jobs::in_dir(dir.path()),
    };
    let amount = 3.21;
    let job = Job::new(
        &api,
        BulkAction::Balance {
            kind: BalanceKind::Balance,
            amount,
            text: "Bulk bench top-up".into(),
        },
        &users,
    );
    // The setup's requests must leave the rate window before timing starts.
    tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
    let sent_before = sandbox.recorded().len();

    let started = Instant::now();
    let mut events = bulk::start(ctx, job, Arc::new(Control::default()));
    let (mut done, mut failed) = (0, 0);
    while let Some(e) = events.next().await {
        match e {
            Event::Item(_, ItemState::Done { .. }) => done += 1,
            Event::Item(..) => failed += 1,
            Event::NotKept(why) => panic!("job file: {why}"),
            Event::Ended(_) => break,
        }
    }
    let elapsed = started.elapsed().as_secs_f64();
    let requests = sandbox.recorded().len() - sent_before;

    let after = reader.users_list(&hash, &query).await.expect("list").list;
    let wrong = users
        .iter()
        .filter(|u| {
            let now = after.iter().find(|a| a.id == u.id).and_then(|a| a.balance);
            let want = u.balance.unwrap_or(0.0) + amount;
            now.is_none_or(|n| (n - want).abs() > 1e-6)
        })
        .count();
    println!(
        "bulk top-up of {} users: {done} done, {failed} failed, {wrong} balances wrong; \
         {requests} requests in {elapsed:.1} s = {:.1} requests/s ({:.1} users/s); \
         refused for the rate: {}",
        users.len(),
        requests as f64 / elapsed,
        users.len() as f64 / elapsed,
        sandbox.rate_refusals()
    );
}
