//! Load: 50 concurrent clients send 20,000 requests to a sandbox over
//! loopback, reads and writes mixed as operators do (lists, reads, edits,
//! balance top-ups, new users). Afterwards the database is read back: every
//! write must be there exactly once. Reports errors, lost or duplicated
//! writes, p50/p99 per kind and throughput: `cargo bench --bench load`.
//! Bounded in requests; loopback only.

use navixy_panel::api::{Client, DealerHash, ListQuery, NewUser, UserUpdate};
use navixy_panel::model::{BalanceKind, Discount, LegalType, UserFields};
use navixy_panel::sandbox::{Sandbox, SandboxConfig};
use std::collections::HashMap;
use std::time::{Duration, Instant};

const CLIENTS: usize = 50;
const REQUESTS: usize = 20_000;
/// Users whose balance the clients top up (each +1.00 per top-up).
const TOPPED_UP: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Kind {
    List,
    Read,
    Update,
    TopUp,
    Create,
}

fn kind_of(n: usize) -> Kind {
    match n % 20 {
        0..=8 => Kind::List,
        9..=12 => Kind::Read,
        13..=15 => Kind::Update,
        16..=18 => Kind::TopUp,
        _ => Kind::Create,
    }
}

fn new_user(login: &str) -> NewUser {
    NewUser {
        user: UserFields {
            activated: Some(true),
            login: Some(login.into()),
            first_name: Some("Load".into()),
            last_name: Some("Test".into()),
            legal_type: Some(LegalType::Individual),
            ..Default::default()
        },
        time_zone: "Europe/Berlin".into(),
        locale: "en_US".into(),
        password: "load-test-1".into(),
        discount: Discount::default(),
        default_tariff_id: None,
        comment: None,
    }
}

struct Done {
    times: Vec<(Kind, Duration)>,
    errors: Vec<String>,
    created: Vec<String>,
    top_ups: HashMap<i64, u32>,
}

mod support;
use support::unlimited;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = SandboxConfig {
        demo_users: 1000,
        // Capacity, not the documented 50/s: benches/rate.rs measures that.
        rate_limit: 0,
        ..SandboxConfig::new(dir.path().join("load.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    let base = sandbox.base_url();
    let admin = unlimited(&base);
    let hash = admin.panel_auth("demo", "demo1234").await.expect("login");
    let users = admin
        .users_list(
            &hash,
            &ListQuery {
                limit: Some(200),
                ..Default::default()
            },
        )
        .await
        .expect("list")
        .list;
    let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
    let topped: Vec<i64> = ids[..TOPPED_UP].to_vec();
    let mut before = HashMap::new();
    for id in &topped {
        let u = admin.user_read(&hash, *id).await.expect("read").user;
        before.insert(*id, u.balance.unwrap_or(0.0));
    }

    let started = Instant::now();
    let mut tasks = tokio::task::JoinSet::new();
    for c in 0..CLIENTS {
        let client = unlimited(&base);
        let (hash, ids, topped) = (hash.clone(), ids.clone(), topped.clone());
        tasks.spawn(async move { run_client(c, client, hash, ids, topped).await });
    }
    let all: Vec<Done> = tasks.join_all().await;
    let elapsed = started.elapsed();

    let mut times: Vec<(Kind, Duration)> = all.iter().flat_map(|d| d.times.clone()).collect();
    let errors: Vec<&String> = all.iter().flat_map(|d| &d.errors).collect();
    let created: Vec<&String> = all.iter().flat_map(|d| &d.created).collect();
    let mut top_ups: HashMap<i64, u32> = HashMap::new();
    for d in &all {
        for (id, n) in &d.top_ups {
            *top_ups.entry(*id).or_default() += n;
        }
    }

    // Read the database back: each write exactly once.
    let mut lost = 0;
    let mut duplicated = 0;
    for login in &created {
        let page = admin
            .users_list(
                &hash,
                &ListQuery {
                    filter: Some((*login).clone()),
                    ..Default::default()
                },
            )
            .await
            .expect("list");
        match page
            .list
            .iter()
            .filter(|u| u.fields.login.as_deref() == Some(login.as_str()))
            .count()
        {
            0 => lost += 1,
            1 => {}
            _ => duplicated += 1,
        }
    }
    let mut wrong_balances = 0;
    for id in &topped {
        let now = admin.user_read(&hash, *id).await.expect("read").user;
        let expected = before[id] + f64::from(top_ups.get(id).copied().unwrap_or(0));
        if (now.balance.unwrap_or(0.0) - expected).abs() > 0.005 {
            wrong_balances += 1;
        }
    }

    // And the SQLite file itself, beside the API's view of it.
    let db = rusqlite::Connection::open(dir.path().join("load.sqlite3")).expect("database");
    let rows_created: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM users WHERE login LIKE 'load%@example.com' AND deleted = 0",
            [],
            |r| r.get(0),
        )
        .expect("count users");
    let top_up_rows: i64 = db
        .query_row(
            "SELECT COUNT(*) FROM transactions WHERE description = 'load test'",
            [],
            |r| r.get(0),
        )
        .unwrap_or(-1);
    let topped_total: u32 = top_ups.values().sum();
    println!(
        "database: {rows_created} users for {} creates answered, {top_up_rows} top-up transactions for {topped_total} answered",
        created.len()
    );
    println!(
        "{CLIENTS} clients, {} requests in {:.1} s: {:.0} requests/s",
        times.len(),
        elapsed.as_secs_f64(),
        times.len() as f64 / elapsed.as_secs_f64()
    );
    println!(
        "errors {}, users created {} (lost {lost}, duplicated {duplicated}), balances wrong {wrong_balances} of {TOPPED_UP}",
        errors.len(),
        created.len()
    );
    for e in errors.iter().take(5) {
        println!("  error: {e}");
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    for kind in [
        Kind::List,
        Kind::Read,
        Kind::Update,
        Kind::TopUp,
        Kind::Create,
    ] {
        let mut t: Vec<Duration> = times
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, d)| *d)
            .collect();
        t.sort();
        if t.is_empty() {
            continue;
        }
        println!(
            "  {:<8} {:>6} requests   p50 {:>7.2} ms   p99 {:>7.2} ms",
            format!("{kind:?}"),
            t.len(),
            ms(t[t.len() / 2]),
            ms(t[t.len() * 99 / 100])
        );
    }
    sandbox.stop().await;
    // Correctness, not speed: a load run that loses or doubles a write fails.
    let consistent = errors.is_empty()
        && lost == 0
        && duplicated == 0
        && wrong_balances == 0
        && rows_created == created.len() as i64
        && top_up_rows == i64::from(topped_total);
    if !consistent {
        eprintln!("LOAD TEST FAILED: errors, or writes lost or duplicated (see above)");
        std::process::exit(1);
    }
}

async fn run_client(
    c: usize,
    client: Client,
    hash: DealerHash,
    ids: Vec<i64>,
    topped: Vec<i64>,
) -> Done {
    let mut done = Done {
        times: Vec::new(),
        errors: Vec::new(),
        created: Vec::new(),
        top_ups: HashMap::new(),
    };
    for i in (c..REQUESTS).step_by(CLIENTS) {
        let kind = kind_of(i);
        let id = ids[i % ids.len()];
        let t = Instant::now();
        let result = match kind {
            Kind::List => client
                .users_list(
                    &hash,
                    &ListQuery {
                        filter: (i % 3 == 0).then(|| "smith".into()),
                        limit: Some(50),
                        offset: Some(((i % 10) * 50) as u32),
                        ..Default::default()
                    },
                )
                .await
                .map(|_| ()),
            Kind::Read => client.user_read(&hash, id).await.map(|_| ()),
            Kind::Update => match client.user_read(&hash, id).await {
                Ok(r) => {
                    let mut fields = r.user.fields.clone();
                    fields.post_city = Some(format!("City {i}"));
                    let update = UserUpdate::new(id, fields, r.discount.unwrap_or_default());
                    client.user_update(&hash, &update).await
                }
                Err(e) => Err(e),
            },
            Kind::TopUp => {
                let user = topped[i % topped.len()];
                let r = client
                    .change_balance(&hash, user, 1.0, BalanceKind::Balance, "load test")
                    .await;
                if r.is_ok() {
                    *done.top_ups.entry(user).or_default() += 1;
                }
                r
            }
            Kind::Create => {
                let login = format!("load{i}@example.com");
                let r = client.user_create(&hash, &new_user(&login)).await;
                if r.is_ok() {
                    done.created.push(login);
                }
                r.map(|_| ())
            }
        };
        done.times.push((kind, t.elapsed()));
        if let Err(e) = result {
            done.errors.push(format!("{kind:?}: {e}"));
        }
    }
    done
}
