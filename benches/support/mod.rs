//! What several benches share (each uses part of it).
#![allow(dead_code)]

use navixy_panel::api::{Client, ClientOptions, DealerHash};
use navixy_panel::sandbox::{DEMO_DEALER, Sandbox, SandboxConfig};
use std::path::Path;

/// A sandbox of `users` demo users, its database in `dir`, and the demo
/// dealer signed in with a client that keeps the documented rate.
pub async fn demo_dealer(dir: &Path, users: usize) -> (Sandbox, Client, DealerHash) {
    let config = SandboxConfig {
        demo_users: users,
        ..SandboxConfig::new(dir.join("bench.sqlite3"))
    };
    let sandbox = Sandbox::start("127.0.0.1:0".parse().unwrap(), config)
        .await
        .expect("sandbox");
    let client = Client::new(&sandbox.base_url()).expect("client");
    let hash = client
        .panel_auth(DEMO_DEALER.login, DEMO_DEALER.password)
        .await
        .expect("login");
    (sandbox, client, hash)
}

/// A client that does not keep the documented rate: the benches that use it
/// measure capacity (the rate itself is benches/rate.rs's).
pub fn unlimited(base: &str) -> Client {
    let options = ClientOptions {
        rate_limit: 0,
        file_timeout: std::time::Duration::from_secs(1800),
        ..Default::default()
    };
    Client::with_options(base, options).expect("client")
}
