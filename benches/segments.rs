//! Segments (#29) at 10,000 users: reading the index from the sandbox (ten
//! list pages at the documented rate), keeping it in the data folder and
//! reading it back, making what the search looks at, and the search itself
//! with the conditions an operator combines. The search must answer within
//! a frame (16 ms). Run: `cargo bench --bench segments`.

use chrono::NaiveDate;
use navixy_panel::model::LegalType;
use navixy_panel::model::segment::{Condition, Seen, search};
use navixy_panel::session::user_index::{self, Index};
use std::time::{Duration, Instant};

const USERS: usize = 10_000;
const RUNS: usize = 200;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort_unstable();
    times[times.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

mod support;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (sandbox, client, hash) = support::demo_dealer(dir.path(), USERS).await;
    let server = sandbox.base_url();

    let started = Instant::now();
    let mut requests = 0;
    let users = user_index::every_user(&client, &hash, &mut requests)
        .await
        .expect("every user");
    let read = started.elapsed();
    println!(
        "index refresh: {} users in {requests} requests, {}",
        users.len(),
        ms(read)
    );

    let index = Index {
        server: server.clone(),
        dealer: "demo".into(),
        read_at: chrono::Utc::now(),
        users,
    };
    let file = user_index::file(dir.path(), &server, "demo");
    let started = Instant::now();
    index.save(&file).expect("kept");
    let saved = started.elapsed();
    let size = std::fs::metadata(&file).map(|m| m.len()).unwrap_or(0);
    let started = Instant::now();
    let back = Index::load(&file, &server, "demo").expect("read back");
    let loaded = started.elapsed();
    println!(
        "index file: {:.1} MB, written {}, read back {}",
        size as f64 / 1e6,
        ms(saved),
        ms(loaded)
    );

    let started = Instant::now();
    let seen: Vec<Seen> = back.users.iter().map(Seen::of).collect();
    println!("what the search looks at, made: {}", ms(started.elapsed()));

    let today = NaiveDate::from_ymd_opt(2026, 12, 4).expect("a day");
    let cases: Vec<(&str, &str, Vec<Condition>)> = vec![
        ("no condition", "", vec![]),
        ("text only", "smith", vec![]),
        (
            "balance below 100",
            "",
            vec![Condition::BalanceBelow { amount: 100.0 }],
        ),
        (
            "five conditions",
            "",
            vec![
                Condition::BalanceAbove { amount: 10.0 },
                Condition::TrackersMoreThan { count: 2 },
                Condition::LegalType {
                    is: LegalType::Individual,
                },
                Condition::CreatedBetween {
                    from: NaiveDate::from_ymd_opt(2024, 1, 1).expect("a day"),
                    to: NaiveDate::from_ymd_opt(2026, 12, 31).expect("a day"),
                },
                Condition::TwoFactor { on: false },
            ],
        ),
        (
            "text + place + not activated for 30 days",
            "a",
            vec![
                Condition::Place { text: "los".into() },
                Condition::NotActivatedFor { days: 30 },
            ],
        ),
    ];
    println!("| segment | found | median of {RUNS} | slowest |");
    println!("|---|---:|---:|---:|");
    for (name, text, conditions) in cases {
        let mut times = Vec::with_capacity(RUNS);
        let mut found = 0;
        for _ in 0..RUNS {
            let started = Instant::now();
            found = std::hint::black_box(search(&seen, text, &conditions, today)).len();
            times.push(started.elapsed());
        }
        let slowest = times.iter().max().copied().unwrap_or_default();
        println!(
            "| {name} | {found} | {} | {} |",
            ms(median(times)),
            ms(slowest)
        );
    }
}
