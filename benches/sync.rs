//! Classifying an import against the server (`session::sync`): a
//! 10,000-row file of a dealer with 10,000 users, through the sandbox at its
//! documented 50 requests per second. Reports the requests it took and the
//! time, without discount columns (the list alone) and with them (a read per
//! user that exists, since the list does not carry the discount).
//! Run: `cargo bench --bench sync`.

use navixy_panel::api::{Client, ListQuery};
use navixy_panel::import::Preview;
use navixy_panel::sandbox::{Sandbox, SandboxConfig};
use navixy_panel::session::sync;

const USERS: usize = 10_000;

#[tokio::main]
async fn main() {
    let dir = tempfile::tempdir().expect("temp dir");
    let config = SandboxConfig {
        demo_users: USERS,
        ..SandboxConfig::new(dir.path().join("sync.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    let client = Client::new(&sandbox.base_url()).expect("client");
    let hash = client.panel_auth("demo", "demo1234").await.expect("login");
    let mut users = Vec::new();
    while users.len() < USERS {
        let page = client
            .users_list(
                &hash,
                &ListQuery {
                    limit: Some(1000),
                    offset: Some(users.len() as u32),
                    ..Default::default()
                },
            )
            .await
            .expect("list");
        if page.list.is_empty() {
            break;
        }
        users.extend(page.list);
    }
    // Every user's row, one in ten with another first name.
    for discount in [false, true] {
        let mut text =
            String::from("Email address*;Password*;Status*;Legal status*;Surname*;Name*");
        if discount {
            text.push_str(";Discount");
        }
        text.push('\n');
        for (i, u) in users.iter().enumerate() {
            let f = &u.fields;
            let name = if i % 10 == 0 {
                "Changed"
            } else {
                f.first_name.as_deref().unwrap_or("X")
            };
            text.push_str(&format!(
                "{};secret12;{};{};{};{}",
                f.login.as_deref().unwrap_or_default(),
                if f.activated == Some(false) { 0 } else { 1 },
                f.legal_type.map(|t| t.import_number()).unwrap_or(1),
                f.last_name.as_deref().unwrap_or("X"),
                name
            ));
            if discount {
                text.push_str(";0");
            }
            text.push('\n');
        }
        let preview = Preview::open("bench.csv", text.as_bytes(), &mut |_, _| {}).expect("reads");
        let rows: Vec<usize> = (0..preview.rows.len()).collect();
        // The setup's requests must leave the rate window first.
        tokio::time::sleep(std::time::Duration::from_millis(1100)).await;
        let c = sync::classify(&client, &hash, &preview, &rows)
            .await
            .expect("classify");
        println!(
            "classify {} rows against {} users{}: {} requests in {:.2} s; {} new, {} changed, {} unchanged, {} conflicts",
            rows.len(),
            users.len(),
            if discount {
                " (with a discount column)"
            } else {
                ""
            },
            c.requests,
            c.elapsed.as_secs_f64(),
            c.count("new"),
            c.count("changed"),
            c.count("unchanged"),
            c.count("conflict"),
        );
    }
}
