//! What several benches share.

use navixy_panel::api::{Client, ClientOptions};

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
