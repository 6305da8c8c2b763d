//! The HTTP client. Every operation is a POST of a JSON body to
//! `<base>/<operation>`, with the session hash in `Authorization: NVX <hash>`
//! (never in the URL, so it cannot end up in a proxy log or an error message).
//!
//! Only reads are retried (a broken connection, a timeout, a 5xx or an answer
//! that is not the API's), with growing pauses and a cap. A call that changes
//! data is never sent twice behind the operator's back: its unknown outcome
//! goes back to the caller, who re-reads the state (see `super::verify`).

use super::error::{ApiError, Error, ParamError, Result};
use super::hash::{DealerHash, UserHash};
use super::rate::RateLimit;
use super::responses::{
    ExportedFile, NewUser, TariffRestrictions, UploadResult, UserInfo, UserPage, UserRecord,
    UserUpdate,
};
use crate::model::dealer::MenuPresetEntry;
use crate::model::text::printable;
use crate::model::{
    Application, ApplicationDraft, BalanceKind, DATE_TIME_FORMAT, Dialect, Transaction,
};
use crate::model::{
    DealerInfo, MenuPreset, Permissions, Plan, TimeZone, TrackerPage, TrackerQuery,
};
use crate::model::{ExportFormat, ExportQuery, ListQuery};
use chrono::NaiveDateTime;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use std::sync::Arc;
use std::time::Duration;

/// Timeouts. Files take longer than ordinary calls.
#[derive(Debug, Clone)]
pub struct ClientOptions {
    pub connect_timeout: Duration,
    pub request_timeout: Duration,
    pub file_timeout: Duration,
    /// Tries of a read, the first included.
    pub read_attempts: u32,
    /// Pause before the first retry; doubled each time, at most `retry_pause_max`.
    pub retry_pause: Duration,
    pub retry_pause_max: Duration,
    /// Requests per second this client keeps to (0: no limit; see `rate.rs`).
    pub rate_limit: u32,
    /// Tries of a request the server refused with "too many requests" (15),
    /// the first included; such a request was not carried out.
    pub slowed_down_attempts: u32,
    /// The pause after the first "too many requests", doubled each time,
    /// unless the server says how long in `Retry-After`.
    pub slowed_down_pause: Duration,
    /// The applications dialect this server was seen to take at an earlier
    /// sign-in (kept in the settings), so it is not learnt again.
    pub applications_dialect: Option<Dialect>,
}

impl Default for ClientOptions {
    fn default() -> Self {
        Self {
            connect_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(30),
            file_timeout: Duration::from_secs(300),
            read_attempts: 3,
            retry_pause: Duration::from_millis(300),
            retry_pause_max: Duration::from_secs(2),
            rate_limit: super::rate::DOCUMENTED_PER_SECOND,
            slowed_down_attempts: 6,
            slowed_down_pause: Duration::from_millis(500),
            applications_dialect: None,
        }
    }
}

/// The most an ordinary answer may hold. A page of 1,000 users is about
/// 1 MB; an answer past this is refused as it arrives, never held whole.
pub const ANSWER_BYTES_MAX: u64 = 32 * 1024 * 1024;
/// The most an exported file may hold (a whole dealer's users as XLSX is a
/// few MB per 10,000 users).
pub const FILE_BYTES_MAX: u64 = 256 * 1024 * 1024;

/// Operations that only read: safe to send again when the answer is lost.
/// (`export` reads too, but is not resent: see [`Client::users_export`].)
const READS: [&str; 12] = [
    "panel/account/get_permissions",
    "panel/dealer/get_info",
    "panel/tracker/list",
    "panel/tariff/list",
    "panel/timezone/list",
    "panel/user/menu/preset/list",
    "panel/user/list",
    "panel/user/read",
    "panel/user/transaction/list",
    "user/get_info",
    "user/get_tariff_restrictions",
    "user/application/list",
];

fn is_read(operation: &str) -> bool {
    READS.contains(&operation)
}

/// Signing in changes no data (a lost answer leaves at most a session
/// nobody uses), so a 500, a dropped connection or a malformed answer is
/// tried again as a read is; a refusal (a wrong password) never is.
const SIGN_IN: &str = "panel/account/auth";

/// Whether an operation may be sent again after a failure that says
/// nothing about the server's data.
fn may_repeat(operation: &str) -> bool {
    is_read(operation) || operation == SIGN_IN
}

/// A client for one Navixy server (cloud, on-premise or the sandbox).
#[derive(Debug, Clone)]
pub struct Client {
    http: reqwest::Client,
    base: reqwest::Url,
    options: ClientOptions,
    /// Shared by every clone: one budget for the whole session.
    limit: Arc<RateLimit>,
    /// The applications dialect this server was seen to take (None: not yet known).
    dialect: Arc<std::sync::Mutex<Option<Dialect>>>,
}

/// `{ "success": true, "id": N }`
#[derive(Deserialize)]
struct IdAnswer {
    id: i64,
}

/// `{ "success": true, "hash": "..." }`
#[derive(Deserialize)]
struct HashAnswer {
    hash: String,
}

#[derive(Deserialize)]
struct ListAnswer<T> {
    #[serde(default = "Vec::new")]
    list: Vec<T>,
}

#[derive(Deserialize)]
struct ValueAnswer<T> {
    value: T,
}

/// `{ "success": true }` with nothing else we need.
#[derive(Debug, Deserialize)]
struct Done {}

#[derive(Clone, Copy)]
enum Auth<'a> {
    None,
    Dealer(&'a DealerHash),
    User(&'a UserHash),
}

enum Body {
    Json(Value),
    /// Parameters the spec puts in the query string, with no body.
    Query(Vec<(&'static str, String)>),
    File {
        name: String,
        bytes: Vec<u8>,
    },
}

/// How long a request may take: files (upload, export) longer than calls.
#[derive(Clone, Copy)]
enum Wait {
    Call,
    File,
}

impl Client {
    /// `base_url` is the API root, e.g. `https://api.eu.navixy.com/v2/`.
    pub fn new(base_url: &str) -> Result<Self> {
        Self::with_options(base_url, ClientOptions::default())
    }

    /// The API root `base_url` names, as a client built with it reports it
    /// in [`Client::base_url`] (the key of what is kept per server).
    pub fn api_root(base_url: &str) -> Result<String> {
        Self::parse_root(base_url).map(String::from)
    }

    fn parse_root(base_url: &str) -> Result<reqwest::Url> {
        let mut text = base_url.trim().to_owned();
        if !text.ends_with('/') {
            text.push('/');
        }
        let base = reqwest::Url::parse(&text)
            .map_err(|e| Error::InvalidRequest(format!("server address {text:?}: {e}")))?;
        if !matches!(base.scheme(), "http" | "https") || base.host().is_none() {
            return Err(Error::InvalidRequest(format!(
                "server address {text:?} is not an http(s) URL"
            )));
        }
        Ok(base)
    }

    pub fn with_options(base_url: &str, options: ClientOptions) -> Result<Self> {
        let base = Self::parse_root(base_url)?;
        // TLS through rustls with ring (Cargo.toml): installed once for the
        // process; a second install is refused and changes nothing.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let http = reqwest::Client::builder()
            .connect_timeout(options.connect_timeout)
            // A redirect would carry the body (a password, a session) to
            // wherever the server points, https or not: it is an error.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("navixy-panel/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(Error::from_reqwest)?;
        let limit = Arc::new(RateLimit::new(options.rate_limit));
        Ok(Self {
            http,
            base,
            limit,
            dialect: Arc::new(std::sync::Mutex::new(options.applications_dialect)),
            options,
        })
    }

    pub fn base_url(&self) -> &str {
        self.base.as_str()
    }

    /// Sends one request in its turn under the rate limit. A "too many
    /// requests" answer (HTTP 429 or code 15) means the server did not carry
    /// it out, whatever it was, so it is sent again after a pause, a few times.
    async fn send(
        &self,
        operation: &str,
        auth: Auth<'_>,
        body: &Body,
        wait: Wait,
    ) -> Result<(u16, Vec<u8>)> {
        let mut pause = self.options.slowed_down_pause;
        let mut tries = 1;
        loop {
            self.limit.wait_turn().await;
            let (status, retry_after, bytes) = self.send_once(operation, auth, body, wait).await?;
            if !is_slow_down(status, &bytes) || tries >= self.options.slowed_down_attempts.max(1) {
                return Ok((status, bytes));
            }
            let delay = retry_after.unwrap_or(pause);
            tracing::warn!(operation, tries, ?delay, "the server asked us to slow down");
            tokio::time::sleep(delay).await;
            pause = (pause * 2).min(Duration::from_secs(8));
            tries += 1;
        }
    }

    async fn send_once(
        &self,
        operation: &str,
        auth: Auth<'_>,
        body: &Body,
        wait: Wait,
    ) -> Result<(u16, Option<Duration>, Vec<u8>)> {
        let (status, retry_after, response) = self.open(operation, auth, body, wait).await?;
        let limit = match wait {
            Wait::Call => ANSWER_BYTES_MAX,
            Wait::File => FILE_BYTES_MAX,
        };
        let bytes = read_within(response, limit).await?;
        tracing::debug!(operation, status, len = bytes.len(), "answer");
        Ok((status, retry_after, bytes))
    }

    /// Sends one request and returns its answer unread (a redirect refused).
    async fn open(
        &self,
        operation: &str,
        auth: Auth<'_>,
        body: &Body,
        wait: Wait,
    ) -> Result<(u16, Option<Duration>, reqwest::Response)> {
        let mut url = self
            .base
            .join(operation)
            .map_err(|e| Error::InvalidRequest(e.to_string()))?;
        if let Body::Query(pairs) = body {
            url.query_pairs_mut().extend_pairs(pairs);
        }
        let mut request = self.http.post(url);
        request = match auth {
            Auth::None => request,
            Auth::Dealer(h) => request.header("Authorization", format!("NVX {}", h.expose())),
            Auth::User(h) => request.header("Authorization", format!("NVX {}", h.expose())),
        };
        request = match body {
            Body::Json(v) => request.json(v),
            Body::Query(_) => request,
            Body::File { name, bytes } => {
                let part = reqwest::multipart::Part::bytes(bytes.clone()).file_name(name.clone());
                request.multipart(reqwest::multipart::Form::new().part("file", part))
            }
        };
        request = request.timeout(match wait {
            Wait::Call => self.options.request_timeout,
            Wait::File => self.options.file_timeout,
        });
        tracing::debug!(operation, "request");
        let response = request.send().await.map_err(Error::from_reqwest)?;
        let status = response.status().as_u16();
        let retry_after = response
            .headers()
            .get(reqwest::header::RETRY_AFTER)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.trim().parse::<u64>().ok())
            .map(|s| Duration::from_secs(s.min(60)));
        if response.status().is_redirection() {
            let to = response
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .map(printable)
                .unwrap_or_default();
            return Err(Error::Redirected { status, to });
        }
        Ok((status, retry_after, response))
    }

    async fn call<T: DeserializeOwned>(&self, op: &str, auth: Auth<'_>, body: Value) -> Result<T> {
        self.call_with(op, auth, Body::Json(body)).await
    }

    async fn call_with<T: DeserializeOwned>(
        &self,
        op: &str,
        auth: Auth<'_>,
        body: Body,
    ) -> Result<T> {
        if !may_repeat(op) {
            let (status, bytes) = self.send(op, auth, &body, Wait::Call).await?;
            return decode_answer(status, &bytes);
        }
        self.with_retries(op, || async {
            let (status, bytes) = self.send(op, auth, &body, Wait::Call).await?;
            decode_answer(status, &bytes)
        })
        .await
    }

    /// Runs a read until it succeeds, fails for good, or runs out of tries.
    async fn with_retries<T, F, Fut>(&self, op: &str, mut attempt: F) -> Result<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = Result<T>>,
    {
        let mut pause = self.options.retry_pause;
        let mut tries = 1;
        loop {
            match attempt().await {
                Err(e) if e.is_transient() && tries < self.options.read_attempts.max(1) => {
                    tracing::warn!(operation = op, error = %e, tries, "failed; trying again");
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(self.options.retry_pause_max);
                    tries += 1;
                }
                other => return other,
            }
        }
    }

    // ---- panel account -------------------------------------------------

    /// `panel/account/auth`: log in as a dealer.
    pub async fn panel_auth(&self, login: &str, password: &str) -> Result<DealerHash> {
        let body = json!({ "login": login, "password": password });
        let a: HashAnswer = self.call(SIGN_IN, Auth::None, body).await?;
        Ok(DealerHash::new(a.hash))
    }

    /// `panel/account/logout`: end the dealer session.
    pub async fn panel_logout(&self, hash: &DealerHash) -> Result<()> {
        let _: Done = self
            .call("panel/account/logout", Auth::Dealer(hash), json!({}))
            .await?;
        Ok(())
    }

    // ---- the dealer ----------------------------------------------------

    /// `panel/account/get_permissions`: what this dealer may do.
    pub async fn permissions(&self, hash: &DealerHash) -> Result<Permissions> {
        #[derive(Deserialize)]
        struct Answer {
            #[serde(default)]
            permissions: Permissions,
        }
        let a: Answer = self
            .call(
                "panel/account/get_permissions",
                Auth::Dealer(hash),
                json!({}),
            )
            .await?;
        Ok(a.permissions)
    }

    /// `panel/dealer/get_info`: the dealer's account (its `domain` above all).
    pub async fn dealer_info(&self, hash: &DealerHash) -> Result<DealerInfo> {
        self.call("panel/dealer/get_info", Auth::Dealer(hash), json!({}))
            .await
    }

    /// `panel/tariff/list`: every plan of the dealer (a dealer has a few).
    pub async fn plans(&self, hash: &DealerHash) -> Result<Vec<Plan>> {
        let a: ListAnswer<Plan> = self
            .call("panel/tariff/list", Auth::Dealer(hash), json!({}))
            .await?;
        Ok(a.list)
    }

    /// `panel/timezone/list`, described in `locale` (`en`, `ru`).
    pub async fn time_zones(&self, hash: &DealerHash, locale: &str) -> Result<Vec<TimeZone>> {
        let a: ListAnswer<TimeZone> = self
            .call(
                "panel/timezone/list",
                Auth::Dealer(hash),
                json!({ "locale": locale }),
            )
            .await?;
        Ok(a.list)
    }

    /// `panel/user/menu/preset/list`: the presets users can be given.
    pub async fn menu_presets(&self, hash: &DealerHash) -> Result<Vec<MenuPreset>> {
        let a: ListAnswer<MenuPresetEntry> = self
            .call("panel/user/menu/preset/list", Auth::Dealer(hash), json!({}))
            .await?;
        Ok(a.list.into_iter().map(MenuPreset::from).collect())
    }

    /// `panel/user/menu/preset/assign` of a preset to these users.
    pub async fn assign_menu_preset(
        &self,
        hash: &DealerHash,
        preset_id: i64,
        user_ids: &[i64],
    ) -> Result<()> {
        let body =
            json!({ "preset_id": preset_id, "target": { "type": "users", "ids": user_ids } });
        let _: Done = self
            .call("panel/user/menu/preset/assign", Auth::Dealer(hash), body)
            .await?;
        Ok(())
    }

    /// `panel/user/mfa/settings/update` for these users (1 to 100): e-mail
    /// codes allowed, or not.
    pub async fn set_mfa(&self, hash: &DealerHash, user_ids: &[i64], allowed: bool) -> Result<()> {
        let settings = if allowed {
            json!({ "type": "allowed", "factor_types": ["email"] })
        } else {
            json!({ "type": "disallowed" })
        };
        let body =
            json!({ "target": { "type": "selected", "ids": user_ids }, "settings": settings });
        let _: Done = self
            .call("panel/user/mfa/settings/update", Auth::Dealer(hash), body)
            .await?;
        Ok(())
    }

    /// `panel/tracker/list`: a page of a user's trackers.
    /// Refused when the page holds another user's tracker.
    pub async fn trackers(&self, hash: &DealerHash, query: &TrackerQuery) -> Result<TrackerPage> {
        let page: TrackerPage = self
            .call("panel/tracker/list", Auth::Dealer(hash), to_json(query)?)
            .await?;
        distinct_ids(page.list.iter().map(|t| t.id), "trackers")?;
        if let Some(other) = page
            .list
            .iter()
            .find_map(|t| t.user_id.filter(|&u| u != query.user_id))
        {
            return Err(Error::Inconsistent(format!(
                "asked for the trackers of user {}, answered some of user {other}",
                query.user_id
            )));
        }
        Ok(page)
    }

    // ---- panel users ---------------------------------------------------

    pub async fn users_list(&self, hash: &DealerHash, query: &ListQuery) -> Result<UserPage> {
        let page: UserPage = self
            .call("panel/user/list", Auth::Dealer(hash), to_json(query)?)
            .await?;
        distinct_ids(page.list.iter().map(|u| u.id), "users")?;
        Ok(page)
    }

    /// The user whose id was asked for; an answer about anyone else is refused.
    pub async fn user_read(&self, hash: &DealerHash, user_id: i64) -> Result<UserRecord> {
        let record: UserRecord = self
            .call(
                "panel/user/read",
                Auth::Dealer(hash),
                json!({ "user_id": user_id }),
            )
            .await?;
        if record.user.id != user_id {
            return Err(Error::Inconsistent(format!(
                "asked for user {user_id}, answered user {}",
                record.user.id
            )));
        }
        Ok(record)
    }

    /// Returns the new user's id.
    pub async fn user_create(&self, hash: &DealerHash, user: &NewUser) -> Result<i64> {
        let a: IdAnswer = self
            .call("panel/user/create", Auth::Dealer(hash), to_json(user)?)
            .await?;
        positive_id(a.id)
    }

    pub async fn user_update(&self, hash: &DealerHash, update: &UserUpdate) -> Result<()> {
        let _: Done = self
            .call("panel/user/update", Auth::Dealer(hash), to_json(update)?)
            .await?;
        Ok(())
    }

    pub async fn user_change_password(
        &self,
        hash: &DealerHash,
        user_id: i64,
        password: &str,
    ) -> Result<()> {
        let body = json!({ "user_id": user_id, "password": password });
        let _: Done = self
            .call("panel/user/change_password", Auth::Dealer(hash), body)
            .await?;
        Ok(())
    }

    /// `panel/user/corrupt`: delete a user. `login` must match, as a confirmation.
    pub async fn user_corrupt(
        &self,
        hash: &DealerHash,
        user_id: i64,
        login: &str,
        corrupt_clones: bool,
    ) -> Result<()> {
        let body = json!({ "user_id": user_id, "login": login, "corrupt_clones": corrupt_clones });
        let _: Done = self
            .call("panel/user/corrupt", Auth::Dealer(hash), body)
            .await?;
        Ok(())
    }

    /// `panel/user/upload`: a CSV (`;`) or XLS/XLSX file, sent as part `file`.
    pub async fn users_upload(
        &self,
        hash: &DealerHash,
        file_name: &str,
        bytes: Vec<u8>,
    ) -> Result<UploadResult> {
        let body = Body::File {
            name: file_name.to_owned(),
            bytes,
        };
        let (status, answer) = self
            .send("panel/user/upload", Auth::Dealer(hash), &body, Wait::File)
            .await?;
        decode_answer(status, &answer)
    }

    /// Which of `logins` exist among the dealer's users, as
    /// `validation::login_key`s (the one rule for "the same login").
    /// After an upload whose outcome is unknown this is how the panel learns
    /// what was created, so nothing is sent twice. One `list` call per login
    /// (the filter is a substring search, so the match is checked exactly),
    /// a few at a time.
    pub async fn existing_logins(
        &self,
        hash: &DealerHash,
        logins: &[String],
    ) -> Result<std::collections::HashSet<String>> {
        const AT_ONCE: usize = 8;
        let mut found = std::collections::HashSet::new();
        let mut pending = tokio::task::JoinSet::new();
        let key = crate::model::validation::login_key;
        let mut queue = logins.iter().map(|l| key(l));
        loop {
            while pending.len() < AT_ONCE {
                let Some(login) = queue.next() else { break };
                let (client, hash) = (self.clone(), hash.clone());
                pending.spawn(async move {
                    let query = ListQuery {
                        filter: Some(login.clone()),
                        order_by: Some(crate::api::OrderBy::Login),
                        limit: Some(100),
                        ..ListQuery::default()
                    };
                    let page = client.users_list(&hash, &query).await?;
                    let exists = page
                        .list
                        .iter()
                        .any(|u| u.fields.login.as_deref().is_some_and(|l| key(l) == login));
                    Ok::<_, Error>(exists.then_some(login))
                });
            }
            let Some(done) = pending.join_next().await else {
                return Ok(found);
            };
            match done {
                Ok(Ok(Some(login))) => {
                    found.insert(login);
                }
                Ok(Ok(None)) => {}
                Ok(Err(e)) => return Err(e),
                Err(e) => {
                    return Err(Error::UnexpectedResponse {
                        status: 0,
                        detail: format!("login check stopped: {e}"),
                    });
                }
            }
        }
    }

    /// `panel/user/export` into memory: [`Client::users_export_into`] a `Vec`.
    pub async fn users_export(
        &self,
        hash: &DealerHash,
        query: &ExportQuery,
    ) -> Result<ExportedFile> {
        let mut bytes = Vec::new();
        let format = self.users_export_into(hash, query, &mut bytes).await?;
        Ok(ExportedFile { format, bytes })
    }

    /// `panel/user/export`: the file written to `sink` as it arrives (at most
    /// [`FILE_BYTES_MAX`]), or the envelope's failure. A big dealer's file
    /// takes a while to build, so it gets the file timeout and is never sent
    /// again on its own: a second request while the first may still be
    /// building only doubles the server's work (the operator can cancel and
    /// ask again). What reached `sink` before a failure is the caller's to
    /// throw away.
    pub async fn users_export_into<W>(
        &self,
        hash: &DealerHash,
        query: &ExportQuery,
        sink: &mut W,
    ) -> Result<ExportFormat>
    where
        W: tokio::io::AsyncWrite + Unpin,
    {
        let op = "panel/user/export";
        let body = Body::Json(to_json(query)?);
        let format = query.format.unwrap_or_default();
        let mut pause = self.options.slowed_down_pause;
        let mut tries = 1;
        loop {
            self.limit.wait_turn().await;
            let (status, retry_after, mut response) =
                self.open(op, Auth::Dealer(hash), &body, Wait::File).await?;
            let head = read_head(&mut response).await?;
            if status == 200 && !looks_like_json(&head) {
                if format == ExportFormat::Xlsx && !head.starts_with(b"PK") {
                    return Err(Error::UnexpectedResponse {
                        status,
                        detail: "expected an XLSX file".into(),
                    });
                }
                let written = write_within(head, response, FILE_BYTES_MAX, sink).await?;
                tracing::debug!(op, status, written, "file");
                return Ok(format);
            }
            // Either a failure envelope or something that is not a file at all.
            let rest = read_within(response, ANSWER_BYTES_MAX.saturating_sub(head.len() as u64));
            let bytes = [head, rest.await?].concat();
            if is_slow_down(status, &bytes) && tries < self.options.slowed_down_attempts.max(1) {
                tokio::time::sleep(retry_after.unwrap_or(pause)).await;
                pause = (pause * 2).min(Duration::from_secs(8));
                tries += 1;
                continue;
            }
            let failure: Result<Done> = decode_answer(status, &bytes);
            failure?;
            return Err(Error::UnexpectedResponse {
                status,
                detail: "expected a file, got JSON".into(),
            });
        }
    }

    /// `panel/user/session/create`: a session to act as the user on the user API.
    pub async fn user_session_create(&self, hash: &DealerHash, user_id: i64) -> Result<UserHash> {
        let body = json!({ "user_id": user_id });
        let a: HashAnswer = self
            .call("panel/user/session/create", Auth::Dealer(hash), body)
            .await?;
        Ok(UserHash::new(a.hash))
    }

    pub async fn transactions_list(
        &self,
        hash: &DealerHash,
        user_id: i64,
        from: NaiveDateTime,
        to: NaiveDateTime,
        limit: Option<u32>,
    ) -> Result<Vec<Transaction>> {
        let mut body = json!({
            "user_id": user_id,
            "from": from.format(DATE_TIME_FORMAT).to_string(),
            "to": to.format(DATE_TIME_FORMAT).to_string(),
        });
        if let Some(limit) = limit {
            body["limit"] = json!(limit);
        }
        let a: ListAnswer<Transaction> = self
            .call("panel/user/transaction/list", Auth::Dealer(hash), body)
            .await?;
        if let Some(other) = a
            .list
            .iter()
            .find_map(|t| t.user_id.filter(|&u| u != user_id))
        {
            return Err(Error::Inconsistent(format!(
                "asked for the transactions of user {user_id}, answered some of user {other}"
            )));
        }
        Ok(a.list)
    }

    /// Moves the balance or bonus by `amount` (2 decimals at most, may be negative).
    pub async fn change_balance(
        &self,
        hash: &DealerHash,
        user_id: i64,
        amount: f64,
        kind: BalanceKind,
        text: &str,
    ) -> Result<()> {
        // Round to cents so 0.1 + 0.2 style noise never reaches the server.
        let amount = (amount * 100.0).round() / 100.0;
        let body =
            json!({ "user_id": user_id, "amount": amount, "type": kind.as_str(), "text": text });
        let _: Done = self
            .call(
                "panel/user/transaction/change_balance",
                Auth::Dealer(hash),
                body,
            )
            .await?;
        Ok(())
    }

    // ---- user API --------------------------------------------------------

    /// `user/auth`: log in as a user (customer). `dealer_id` restricts to one dealer.
    pub async fn user_auth(
        &self,
        login: &str,
        password: &str,
        dealer_id: Option<i64>,
    ) -> Result<UserHash> {
        let mut body = json!({ "login": login, "password": password });
        if let Some(id) = dealer_id {
            body["dealer_id"] = json!(id);
        }
        let a: HashAnswer = self.call("user/auth", Auth::None, body).await?;
        Ok(UserHash::new(a.hash))
    }

    pub async fn user_get_info(&self, hash: &UserHash) -> Result<UserInfo> {
        self.call("user/get_info", Auth::User(hash), json!({}))
            .await
    }

    pub async fn user_get_tariff_restrictions(
        &self,
        hash: &UserHash,
    ) -> Result<TariffRestrictions> {
        let a: ValueAnswer<TariffRestrictions> = self
            .call("user/get_tariff_restrictions", Auth::User(hash), json!({}))
            .await?;
        Ok(a.value)
    }

    /// `user/resend_activation`: a new activation e-mail (no session needed).
    /// Code 264 carries `remainder`, the wait before the next try (ISO-8601).
    pub async fn user_resend_activation(&self, login: &str) -> Result<()> {
        let body = json!({ "login": login });
        let _: Done = self
            .call("user/resend_activation", Auth::None, body)
            .await?;
        Ok(())
    }

    /// `user/activate`, with the session from the activation e-mail.
    pub async fn user_activate(&self, activation: &UserHash) -> Result<()> {
        let _: Done = self
            .call("user/activate", Auth::User(activation), json!({}))
            .await?;
        Ok(())
    }

    pub async fn user_logout(&self, hash: &UserHash) -> Result<()> {
        let _: Done = self
            .call("user/logout", Auth::User(hash), json!({}))
            .await?;
        Ok(())
    }

    /// Lists the user's applications, and learns from the list which dialect
    /// this server writes them in.
    pub async fn applications_list(&self, hash: &UserHash) -> Result<Vec<Application>> {
        let a: ListAnswer<Value> = self
            .call("user/application/list", Auth::User(hash), json!({}))
            .await?;
        if let Some(d) = a.list.iter().find_map(Dialect::of_listed) {
            self.remember_dialect(d);
        }
        a.list
            .into_iter()
            .map(|v| {
                serde_json::from_value(v).map_err(|e| Error::UnexpectedResponse {
                    status: 200,
                    detail: format!("unexpected application: {e}"),
                })
            })
            .collect()
    }

    /// The dialect applications are written in: the one the server's own list
    /// showed; before any list (or with an empty one), the seed's.
    pub fn applications_dialect(&self) -> Dialect {
        self.dialect
            .lock()
            .map(|d| d.unwrap_or_default())
            .unwrap_or_default()
    }

    /// The dialect this server was seen to take (from its list, or a save
    /// that worked in it, or the settings at sign-in); None: not known yet.
    pub fn learnt_dialect(&self) -> Option<Dialect> {
        self.dialect.lock().ok().and_then(|d| *d)
    }

    fn remember_dialect(&self, d: Dialect) {
        if let Ok(mut known) = self.dialect.lock() {
            *known = Some(d);
        }
    }

    /// Sends `user/application/create|update` in the known dialect. Refused
    /// with code 7 naming the other dialect's fields, the call changed nothing
    /// (API-NOTES), so it goes once more in that dialect; the one that works is
    /// remembered. Errors come back under the seed's names, which the rules use.
    async fn save_application<T: DeserializeOwned>(
        &self,
        op: &str,
        hash: &UserHash,
        app: &ApplicationDraft,
    ) -> Result<T> {
        let first = self.applications_dialect();
        let send = async |d: Dialect| {
            let body = json!({ "application": app.wire(d) });
            self.call::<T>(op, Auth::User(hash), body).await
        };
        match send(first).await {
            Err(Error::Api(e))
                if e.is(crate::model::ErrorCode::InvalidParameters)
                    && e.errors
                        .iter()
                        .any(|p| first.other().names_parameter(&p.parameter)) =>
            {
                tracing::info!(
                    operation = op,
                    dialect = first.other().as_str(),
                    "resending in the other applications dialect"
                );
                let again = send(first.other()).await;
                if again.is_ok() {
                    self.remember_dialect(first.other());
                }
                again.map_err(|e| e.in_seed_names(first.other()))
            }
            other => {
                if other.is_ok() {
                    self.remember_dialect(first);
                }
                other.map_err(|e| e.in_seed_names(first))
            }
        }
    }

    /// Creates an application (the draft's id is ignored) and returns its id.
    pub async fn application_create(&self, hash: &UserHash, app: &ApplicationDraft) -> Result<i64> {
        let mut app = app.clone();
        app.id = None;
        let a: IdAnswer = self
            .save_application("user/application/create", hash, &app)
            .await?;
        positive_id(a.id)
    }

    pub async fn application_update(&self, hash: &UserHash, app: &ApplicationDraft) -> Result<()> {
        if app.id.is_none() {
            return Err(Error::InvalidRequest(
                "an application to update needs its id".into(),
            ));
        }
        let _: Done = self
            .save_application("user/application/update", hash, app)
            .await?;
        Ok(())
    }

    /// `application_id` in the query, where the spec puts it.
    pub async fn application_delete(&self, hash: &UserHash, application_id: i64) -> Result<()> {
        let query = vec![("application_id", application_id.to_string())];
        let _: Done = self
            .call_with(
                "user/application/delete",
                Auth::User(hash),
                Body::Query(query),
            )
            .await?;
        Ok(())
    }

    pub async fn application_set_enabled(
        &self,
        hash: &UserHash,
        application_id: i64,
        enabled: bool,
    ) -> Result<()> {
        let query = vec![
            ("application_id", application_id.to_string()),
            ("enabled", enabled.to_string()),
        ];
        let _: Done = self
            .call_with(
                "user/application/enabled/set",
                Auth::User(hash),
                Body::Query(query),
            )
            .await?;
        Ok(())
    }
}

/// Reads an answer as it arrives, refusing it once it passes `limit` bytes
/// (or declares more): memory stays bounded whatever the server sends.
async fn read_within(mut response: reqwest::Response, limit: u64) -> Result<Vec<u8>> {
    let too_large = || Error::TooLarge { limit };
    let declared = response.content_length().unwrap_or(0);
    if declared > limit {
        return Err(too_large());
    }
    // What the server declares, within the limit, is room made once.
    let mut bytes = Vec::with_capacity(usize::try_from(declared).unwrap_or(0));
    while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
        if (bytes.len() + chunk.len()) as u64 > limit {
            return Err(too_large());
        }
        bytes.extend_from_slice(&chunk);
    }
    Ok(bytes)
}

/// The first bytes of an answer (a few chunks, at least [`HEAD_BYTES`] or
/// the whole answer when shorter): enough to tell a file from an envelope.
async fn read_head(response: &mut reqwest::Response) -> Result<Vec<u8>> {
    let mut head = Vec::new();
    while head.len() < HEAD_BYTES {
        match response.chunk().await.map_err(Error::from_reqwest)? {
            Some(chunk) => head.extend_from_slice(&chunk),
            None => break,
        }
    }
    Ok(head)
}

const HEAD_BYTES: usize = 64;

/// Writes `head` and the rest of the answer to `sink` as it arrives,
/// refusing it past `limit` bytes (or when it declares more).
async fn write_within<W>(
    head: Vec<u8>,
    mut response: reqwest::Response,
    limit: u64,
    sink: &mut W,
) -> Result<u64>
where
    W: tokio::io::AsyncWrite + Unpin,
{
    use tokio::io::AsyncWriteExt;
    let too_large = || Error::TooLarge { limit };
    let file = |e: std::io::Error| Error::File(Arc::new(e));
    if response.content_length().unwrap_or(0) > limit {
        return Err(too_large());
    }
    let mut written = head.len() as u64;
    if written > limit {
        return Err(too_large());
    }
    sink.write_all(&head).await.map_err(file)?;
    while let Some(chunk) = response.chunk().await.map_err(Error::from_reqwest)? {
        written += chunk.len() as u64;
        if written > limit {
            return Err(too_large());
        }
        sink.write_all(&chunk).await.map_err(file)?;
    }
    sink.flush().await.map_err(file)?;
    Ok(written)
}

/// Ids in a list must each name one thing, and be ids (positive).
fn distinct_ids(ids: impl Iterator<Item = i64>, what: &str) -> Result<()> {
    let mut seen = std::collections::HashSet::new();
    for id in ids {
        if id <= 0 || !seen.insert(id) {
            return Err(Error::Inconsistent(format!(
                "the list of {what} holds id {id} {}",
                if id <= 0 { "(not an id)" } else { "twice" }
            )));
        }
    }
    Ok(())
}

fn positive_id(id: i64) -> Result<i64> {
    if id > 0 {
        Ok(id)
    } else {
        Err(Error::Inconsistent(format!(
            "answered id {id}, which is not an id"
        )))
    }
}

fn to_json<T: serde::Serialize>(v: &T) -> Result<Value> {
    serde_json::to_value(v).map_err(|e| Error::InvalidRequest(e.to_string()))
}

/// "Too many requests": HTTP 429, or code 15 in a failure envelope.
fn is_slow_down(status: u16, bytes: &[u8]) -> bool {
    if status == 429 {
        return true;
    }
    status != 200
        && serde_json::from_slice::<Value>(bytes)
            .is_ok_and(|v| v.pointer("/status/code").and_then(Value::as_u64) == Some(15))
}

fn looks_like_json(bytes: &[u8]) -> bool {
    bytes.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

fn snippet(bytes: &[u8]) -> String {
    printable(&String::from_utf8_lossy(&bytes[..bytes.len().min(200)]))
}

/// Decodes a Navixy answer: the envelope's `success` decides between the typed
/// success `T` and an [`ApiError`]; anything else is [`Error::UnexpectedResponse`].
pub fn decode_answer<T: DeserializeOwned>(status: u16, bytes: &[u8]) -> Result<T> {
    let unexpected = |detail: String| Error::UnexpectedResponse { status, detail };
    let value: Value = serde_json::from_slice(bytes)
        .map_err(|_| unexpected(format!("not JSON: {:?}", snippet(bytes))))?;
    let Some(object) = value.as_object() else {
        return Err(unexpected("JSON that is not an object".into()));
    };
    match object.get("success").and_then(Value::as_bool) {
        Some(true) => {
            serde_json::from_value(value).map_err(|e| unexpected(format!("unexpected shape: {e}")))
        }
        Some(false) => Err(failure(status, object)
            .ok_or_else(|| unexpected("a failure without a status code".into()))?),
        None => Err(unexpected("no \"success\" field".into())),
    }
}

/// Reads `{status: {code, description}}`, or the applications spec's
/// `{error: {code, message}}`, with `errors[]` and `row_number`.
fn failure(http_status: u16, object: &serde_json::Map<String, Value>) -> Option<Error> {
    let status = object.get("status").or_else(|| object.get("error"))?;
    let code = status.get("code")?.as_u64()?;
    // The server's words reach a terminal and the screen: no control
    // characters or bidi overrides from it are kept.
    let description = printable(
        status
            .get("description")
            .or_else(|| status.get("message"))
            .and_then(Value::as_str)
            .unwrap_or_default(),
    );
    let mut errors = object
        .get("errors")
        .and_then(|e| serde_json::from_value::<Vec<ParamError>>(e.clone()).ok())
        .unwrap_or_default();
    for e in &mut errors {
        e.parameter = printable(&e.parameter);
        e.error = printable(&e.error);
    }
    let row_number = object.get("row_number").and_then(Value::as_u64);
    let extra = object
        .iter()
        .filter(|(k, _)| {
            !matches!(
                k.as_str(),
                "success" | "status" | "error" | "errors" | "row_number"
            )
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Some(Error::Api(ApiError {
        code: u32::try_from(code).ok()?,
        description,
        http_status,
        errors,
        row_number,
        extra,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_failures_in_both_shapes() {
        let e = decode_answer::<Done>(
            400,
            br#"{"errors":[{"error":"E-mail must be valid","parameter":"user.login"}],"row_number":2,
                "status":{"code":7,"description":"Invalid parameters"},"success":false}"#,
        )
        .unwrap_err();
        let api = e.api().unwrap();
        assert_eq!((api.code, api.row_number), (7, Some(2)));
        assert_eq!(api.error_for("user.login"), Some("E-mail must be valid"));
        let e = decode_answer::<Done>(
            400,
            br#"{"success":false,"error":{"code":201,"message":"Application not found"}}"#,
        )
        .unwrap_err();
        assert_eq!(e.api().unwrap().description, "Application not found");
        let e = decode_answer::<Done>(
            403,
            br#"{"success":false,"status":{"code":264,"description":"Timeout not reached"},"timeout":"PT5M","remainder":"PT4M31.575S"}"#,
        )
        .unwrap_err();
        assert_eq!(e.api().unwrap().extra["remainder"], "PT4M31.575S");
    }

    #[test]
    fn anything_else_is_unexpected() {
        for body in [
            &b"<html>502 Bad Gateway</html>"[..],
            b"",
            b"[]",
            b"{\"ok\":1}",
            b"{\"success\":false}",
            b"{\"success\":tr",
        ] {
            assert!(matches!(
                decode_answer::<Done>(502, body),
                Err(Error::UnexpectedResponse { .. })
            ));
        }
    }

    #[test]
    fn rejects_unusable_base_urls() {
        assert!(Client::new("ftp://example.com").is_err());
        assert!(Client::new("not a url").is_err());
        assert_eq!(
            Client::new("https://api.eu.navixy.com/v2")
                .unwrap()
                .base_url(),
            "https://api.eu.navixy.com/v2/"
        );
    }
}
