//! A real sandbox on an ephemeral loopback port, and a client pointed at it.
#![allow(dead_code)]

use navixy_panel::api::{Client, ClientOptions, DealerHash, ListQuery, NewUser, UserPage};
use navixy_panel::model::User;
use navixy_panel::model::{Discount, DiscountStrategy, LegalType, UserFields};
use navixy_panel::sandbox::{DEMO_DEALER, OTHER_DEALER, Policy, Sandbox, SandboxConfig};
use std::net::SocketAddr;
use std::time::Duration;

pub mod hostile;
pub mod spec;
pub mod ui;

/// A valid new individual with every optional part filled in.
pub fn new_individual(login: &str) -> NewUser {
    NewUser {
        user: UserFields {
            activated: Some(true),
            login: Some(login.into()),
            first_name: Some("Jane".into()),
            last_name: Some("Doe".into()),
            legal_type: Some(LegalType::Individual),
            phone: Some("2135550000".into()),
            post_city: Some("Zürich".into()),
            ..Default::default()
        },
        time_zone: "Europe/Zurich".into(),
        locale: "en_US".into(),
        password: "12@14Y$".into(),
        discount: Discount {
            value: Some(7.5),
            min_trackers: Some(2),
            end_date: Some("2030-01-31".into()),
            strategy: Some(DiscountStrategy::NoSumming),
        },
        default_tariff_id: Some(101),
        comment: Some("created by a test".into()),
    }
}

pub struct Harness {
    pub sandbox: Sandbox,
    pub client: Client,
    pub dir: tempfile::TempDir,
}

pub const LOOPBACK: &str = "127.0.0.1:0";

pub fn config(dir: &tempfile::TempDir, policy: Policy) -> SandboxConfig {
    SandboxConfig {
        demo_users: 60,
        policy,
        ..SandboxConfig::new(dir.path().join("sandbox.sqlite3"))
    }
}

pub async fn start() -> Harness {
    start_with(Policy::default()).await
}

pub async fn start_with(policy: Policy) -> Harness {
    start_configured(|c| c.policy = policy).await
}

/// A sandbox whose configuration the test adjusts (rate limit, recording...).
pub async fn start_configured(adjust: impl FnOnce(&mut SandboxConfig)) -> Harness {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut cfg = config(&dir, Policy::default());
    adjust(&mut cfg);
    let sandbox = Sandbox::start(LOOPBACK.parse::<SocketAddr>().unwrap(), cfg)
        .await
        .expect("sandbox starts");
    let client = client_for(&sandbox.base_url());
    Harness {
        sandbox,
        client,
        dir,
    }
}

pub fn client_for(base: &str) -> Client {
    let options = ClientOptions {
        request_timeout: Duration::from_secs(20),
        // Retries of reads stay quick in tests that break the network on purpose.
        retry_pause: Duration::from_millis(10),
        ..ClientOptions::default()
    };
    Client::with_options(base, options).expect("client")
}

impl Harness {
    /// A user's stored text as a server that checks less would hold it:
    /// written to the sandbox's database past its rules.
    #[allow(dead_code)]
    pub fn store_raw(&self, user_id: i64, column: &str, value: &str) {
        let db = rusqlite::Connection::open(self.dir.path().join("sandbox.sqlite3")).unwrap();
        let changed = db
            .execute(
                &format!("UPDATE users SET {column} = ?1 WHERE id = ?2"),
                rusqlite::params![value, user_id],
            )
            .unwrap();
        assert_eq!(changed, 1, "user {user_id} is stored");
    }

    pub async fn demo(&self) -> DealerHash {
        self.client
            .panel_auth(DEMO_DEALER.login, DEMO_DEALER.password)
            .await
            .expect("demo login")
    }

    pub async fn other(&self) -> DealerHash {
        self.client
            .panel_auth(OTHER_DEALER.login, OTHER_DEALER.password)
            .await
            .expect("other login")
    }

    /// The dealer's users matching a filter (all of them, no paging).
    pub async fn filtered(
        &self,
        hash: &DealerHash,
        filter: &str,
    ) -> Result<UserPage, navixy_panel::api::Error> {
        let query = ListQuery {
            filter: Some(filter.into()),
            ..Default::default()
        };
        self.client.users_list(hash, &query).await
    }

    /// A demo-dealer user found by (part of) its login.
    pub async fn user_by_login(&self, hash: &DealerHash, login: &str) -> User {
        let page = self.filtered(hash, login).await.expect("list");
        page.list
            .into_iter()
            .find(|u| u.fields.login.as_deref() == Some(login))
            .unwrap_or_else(|| panic!("no user {login}"))
    }

    /// How many of the dealer's users have exactly this login.
    pub async fn logins_named(&self, hash: &DealerHash, login: &str) -> usize {
        self.filtered(hash, login)
            .await
            .expect("list")
            .list
            .iter()
            .filter(|u| u.fields.login.as_deref() == Some(login))
            .count()
    }

    /// POSTs raw parameters the way other clients might, bypassing our client.
    pub async fn raw(
        &self,
        op: &str,
        request: impl FnOnce(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> (u16, serde_json::Value) {
        let url = format!("{}{}", self.sandbox.base_url(), op);
        let response = request(reqwest::Client::new().post(url))
            .send()
            .await
            .expect("send");
        let status = response.status().as_u16();
        let body = response.json().await.unwrap_or(serde_json::Value::Null);
        (status, body)
    }
}

/// The Navixy code of a failed call, or a panic that says what came instead.
pub fn code<T: std::fmt::Debug>(r: Result<T, navixy_panel::api::Error>) -> u32 {
    match r {
        Err(navixy_panel::api::Error::Api(e)) => e.code,
        other => panic!("expected a Navixy error, got {other:?}"),
    }
}
