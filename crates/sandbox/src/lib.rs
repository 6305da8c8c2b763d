//! A local server that speaks the Navixy API (the operations the panel uses)
//! over real HTTP, with data in a SQLite file. The app starts it in-process
//! when the operator picks "Sandbox"; `navixy-panel sandbox` runs it alone.
//!
//! The only crate that knows axum and SQL (`store.rs`, `users.rs`, `ops/`).

mod demo;
mod faults;
mod guard;
mod money;
mod ops;
mod params;
mod password;
mod rate;
mod reply;
mod store;
mod users;
mod web_interface;

pub use demo::{
    BLOCKED_DEALER, DEMO_DEALER, DEMO_SUB_USER, DEMO_USER_PASSWORD, DemoAccount, OTHER_DEALER,
    VIEWER_DEALER,
};
pub use faults::{Chaos, Fault};
pub use store::Policy;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, FromRequest, Multipart, State};
use axum::http::{Method, Request, header};
use axum::response::{IntoResponse, Response};
use faults::Faults;
use params::{Params, UploadedFile};
use reply::Failure;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use store::Store;

/// Bodies of ordinary calls above this answer code 9.
const MAX_REQUEST_BYTES: usize = 1024 * 1024;
/// Uploads may carry a 10 MB file plus the multipart framing.
const MAX_UPLOAD_BYTES: usize = ops::MAX_FILE_BYTES + 64 * 1024;

#[derive(Debug, Clone)]
pub struct SandboxConfig {
    pub db_path: PathBuf,
    /// Demo users created for the demo dealer when the database is new.
    pub demo_users: usize,
    /// Path prefix of the API root, e.g. `/v2`.
    pub prefix: String,
    pub policy: Policy,
    /// Random faults (none by default).
    pub chaos: Chaos,
    /// Requests per second per session and per IP (0: no limit, for benches).
    pub rate_limit: u32,
    /// For tests: keep every request's parameters, as they arrived, in memory
    /// (see [`Sandbox::recorded`]). Off by default: they hold passwords.
    pub record_requests: bool,
    /// Slow clients (slowloris): the longest a request's headers may take to
    /// arrive, and then its body; tests shorten them.
    pub header_timeout: std::time::Duration,
    pub body_timeout: std::time::Duration,
    /// Connections served at once; one past it is closed at once.
    pub max_connections: usize,
}

/// Navixy's documented limit (API-NOTES "Rate limit").
pub const DOCUMENTED_RATE_LIMIT: u32 = 50;

impl SandboxConfig {
    pub fn new(db_path: impl Into<PathBuf>) -> Self {
        Self {
            db_path: db_path.into(),
            demo_users: 1000,
            prefix: "/v2".into(),
            policy: Policy::default(),
            chaos: Chaos::default(),
            rate_limit: DOCUMENTED_RATE_LIMIT,
            record_requests: false,
            header_timeout: std::time::Duration::from_secs(30),
            body_timeout: std::time::Duration::from_secs(30),
            max_connections: 512,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    #[error("cannot open the sandbox database {path}: {source}")]
    Database {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("cannot listen on {addr}: {source}")]
    Listen {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the sandbox failed to start: {0}")]
    Start(String),
}

/// A running sandbox. Dropping it stops the server.
pub struct Sandbox {
    addr: SocketAddr,
    prefix: String,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
    store: Arc<Store>,
    faults: Arc<Faults>,
    recorder: Arc<Recorder>,
}

struct AppState {
    /// Where the sandbox listens: the only host it serves (see `guard`).
    addr: SocketAddr,
    store: Arc<Store>,
    prefix: String,
    faults: Arc<Faults>,
    limit: rate::RateLimiter,
    recorder: Arc<Recorder>,
    body_timeout: std::time::Duration,
}

/// What tests look at afterwards: the requests they asked the sandbox to keep
/// (operation and parameters), and how many the rate limit refused.
#[derive(Default)]
struct Recorder {
    on: bool,
    requests: std::sync::Mutex<Vec<(String, serde_json::Value)>>,
    rate_refusals: std::sync::atomic::AtomicU64,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox").field("addr", &self.addr).finish()
    }
}

impl Sandbox {
    /// Opens (or creates and seeds) the database and serves on `listen`
    /// (port 0 picks a free port: see [`Sandbox::addr`]).
    pub async fn start(listen: SocketAddr, config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let cfg = config.clone();
        let store = tokio::task::spawn_blocking(move || -> Result<Store, SandboxError> {
            let db_err = |source| SandboxError::Database {
                path: cfg.db_path.clone(),
                source,
            };
            let store = Store::open(&cfg.db_path, cfg.policy.clone()).map_err(db_err)?;
            if store.is_empty().map_err(db_err)? {
                demo::seed(&store, cfg.demo_users).map_err(db_err)?;
            }
            Ok(store)
        })
        .await
        .map_err(|e| SandboxError::Start(e.to_string()))??;

        let listener = tokio::net::TcpListener::bind(listen)
            .await
            .map_err(|source| SandboxError::Listen {
                addr: listen,
                source,
            })?;
        let addr = listener
            .local_addr()
            .map_err(|source| SandboxError::Listen {
                addr: listen,
                source,
            })?;
        let prefix = config.prefix.trim_end_matches('/').to_owned();
        // The dealer's `domain` (panel/dealer/get_info): where its page is.
        store.set_address(addr.to_string());
        let store = Arc::new(store);
        let faults = Arc::new(Faults::new(config.chaos.clone()));
        let recorder = Arc::new(Recorder {
            on: config.record_requests,
            ..Recorder::default()
        });
        let app = router(AppState {
            addr,
            store: store.clone(),
            prefix: prefix.clone(),
            faults: faults.clone(),
            limit: rate::RateLimiter::new(config.rate_limit),
            recorder: recorder.clone(),
            body_timeout: config.body_timeout,
        });
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let limits = (config.header_timeout, config.max_connections);
        let task = tokio::spawn(serve(listener, app, limits, rx));
        tracing::info!(%addr, "sandbox listening");
        Ok(Sandbox {
            addr,
            prefix,
            shutdown: Some(tx),
            task: Some(task),
            store,
            faults,
            recorder,
        })
    }

    /// For tests: the next call of `operation` (any call when empty) fails
    /// with `fault`. Faults queue up in the order injected.
    pub fn inject_fault(&self, operation: &str, fault: Fault) {
        self.faults.inject(operation, fault);
    }

    /// With `record_requests`: every request so far, as (operation, parameters
    /// as they arrived: JSON types kept, form values as text), oldest first.
    pub fn recorded(&self) -> Vec<(String, serde_json::Value)> {
        self.recorder
            .requests
            .lock()
            .map(|r| r.clone())
            .unwrap_or_default()
    }

    /// Requests refused so far with code 15 (too many requests).
    pub fn rate_refusals(&self) -> u64 {
        self.recorder
            .rate_refusals
            .load(std::sync::atomic::Ordering::Relaxed)
    }

    /// Injected faults not yet used (tests check theirs were hit).
    pub fn faults_pending(&self) -> usize {
        self.faults.pending()
    }

    /// The session hash in the last activation e-mail "sent" to `login`
    /// (the sandbox sends no mail; it keeps an outbox instead).
    pub fn activation_link(&self, login: &str) -> Option<String> {
        self.store
            .conn()
            .query_row(
                "SELECT session_hash FROM outbox WHERE login = ?1 AND kind = 'activation' ORDER BY id DESC LIMIT 1",
                [login.to_lowercase()],
                |r| r.get(0),
            )
            .ok()
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The API root to give a client, e.g. `http://127.0.0.1:8470/v2/`.
    pub fn base_url(&self) -> String {
        format!("http://{}{}/", self.addr, self.prefix)
    }

    /// Stops accepting and waits for the accepting to end; requests under
    /// way finish on their own connections.
    pub async fn stop(mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }

    /// Serves until the process gets Ctrl+C.
    pub async fn run_until_ctrl_c(self) {
        let _ = tokio::signal::ctrl_c().await;
        self.stop().await;
    }
}

impl Drop for Sandbox {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// For property tests and the fuzzer: the parameters of a request with this
/// query string, content type and (non-multipart) body, as the operations
/// would see them, or the Navixy code it is refused with. Never panics.
#[doc(hidden)]
pub fn parse_parameters(
    query: Option<&str>,
    content_type: &str,
    body: &[u8],
) -> Result<serde_json::Value, u32> {
    let mut p = Params::default();
    let parsed = (|| {
        if let Some(query) = query {
            let pairs: Vec<(String, String)> =
                serde_urlencoded::from_str(query).map_err(|_| params::bad_format())?;
            p.add_pairs(pairs);
        }
        params::add_body(&mut p, &content_type.to_ascii_lowercase(), body)?;
        p.finish_hash(None);
        Ok::<_, Failure>(())
    })();
    match parsed {
        Ok(()) => Ok(p.values()),
        Err(f) => Err(f.code.code()),
    }
}

/// Accepts connections until `shutdown`, each served on its own task with
/// a header read timeout, at most `max` at once (one past it is closed at
/// once, so a flood of idle connections cannot starve the others). axum's own
/// `serve` has neither; hyper-util's connection builder has the timeout.
async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    (header_timeout, max): (std::time::Duration, usize),
    mut shutdown: tokio::sync::oneshot::Receiver<()>,
) {
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    let slots = Arc::new(tokio::sync::Semaphore::new(max.max(1)));
    loop {
        let (stream, peer) = tokio::select! {
            _ = &mut shutdown => return,
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    continue;
                }
            },
        };
        let Ok(slot) = slots.clone().try_acquire_owned() else {
            tracing::warn!(%peer, "too many connections: closed");
            continue;
        };
        let app = app.clone();
        tokio::spawn(async move {
            let service =
                hyper::service::service_fn(move |mut request: Request<hyper::body::Incoming>| {
                    request
                        .extensions_mut()
                        .insert(axum::extract::ConnectInfo(peer));
                    let mut app = app.clone();
                    async move {
                        use tower::Service;
                        app.call(request.map(Body::new)).await
                    }
                });
            let mut builder = hyper_util::server::conn::auto::Builder::new(TokioExecutor::new());
            builder
                .http1()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout);
            let _ = builder
                .serve_connection(TokioIo::new(stream), service)
                .await;
            drop(slot);
        });
    }
}

fn router(state: AppState) -> Router {
    Router::new()
        .fallback(handle)
        .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES))
        .with_state(Arc::new(state))
}

async fn handle(State(state): State<Arc<AppState>>, request: Request<Body>) -> Response {
    if let Err(refused) = guard::admit(state.addr, &request) {
        return *refused;
    }
    // The API and the web page are read with GET and called with POST;
    // anything else (DELETE, PUT...) is no call of theirs.
    if !matches!(*request.method(), Method::GET | Method::POST) {
        let mut r = axum::http::StatusCode::METHOD_NOT_ALLOWED.into_response();
        r.headers_mut()
            .insert(header::ALLOW, header::HeaderValue::from_static("GET, POST"));
        return r;
    }
    let started = std::time::Instant::now();
    let path = request.uri().path().to_owned();
    if path == web_interface::PATH || path == web_interface::PATH.trim_end_matches('/') {
        let query = request.uri().query().map(str::to_owned);
        let store = state.store.clone();
        return tokio::task::spawn_blocking(move || web_interface::page(&store, query.as_deref()))
            .await
            .unwrap_or_else(|_| {
                (axum::http::StatusCode::INTERNAL_SERVER_ERROR, "").into_response()
            });
    }
    let Some(operation) = path
        .strip_prefix(&state.prefix)
        .map(|op| op.trim_matches('/').to_owned())
    else {
        return (axum::http::StatusCode::NOT_FOUND, "not an API path").into_response();
    };
    let latency = state.faults.latency();
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    let fault = state.faults.next(&operation);
    if let Some(f) = fault.filter(|f| !f.runs_operation()) {
        tracing::info!(operation, fault = f.name(), "fault mode: not run");
        return f.answer(None).await;
    }
    let peer = request
        .extensions()
        .get::<axum::extract::ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let read = tokio::time::timeout(state.body_timeout, read_params(&operation, request));
    let read = read.await.unwrap_or_else(|_| {
        Err(Failure::new(
            navixy_core::model::ErrorCode::WrongRequestFormat,
        ))
    });
    let response = match read {
        Err(failure) => failure.into_response(),
        Ok(params) if !state.limit.admit(params.hash.as_deref(), peer) => {
            state
                .recorder
                .rate_refusals
                .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            let mut r =
                Failure::new(navixy_core::model::ErrorCode::TooManyRequests).into_response();
            r.headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from_static("1"));
            r
        }
        Ok(params) => {
            if state.recorder.on
                && let Ok(mut r) = state.recorder.requests.lock()
            {
                r.push((operation.clone(), params.values()));
            }
            let store = state.store.clone();
            let op = operation.clone();
            match tokio::task::spawn_blocking(move || ops::run(&store, &op, &params)).await {
                Ok(Ok(reply)) => reply.into_response(),
                Ok(Err(failure)) => failure.into_response(),
                Err(e) => {
                    tracing::error!(error = %e, operation, "operation panicked");
                    Failure::new(navixy_core::model::ErrorCode::Unexpected).into_response()
                }
            }
        }
    };
    // Never the parameters or the hash: they carry passwords and credentials.
    tracing::info!(
        operation,
        status = response.status().as_u16(),
        ms = started.elapsed().as_secs_f64() * 1000.0,
        "request"
    );
    match fault {
        Some(f) => {
            tracing::info!(operation, fault = f.name(), "fault mode: answer broken");
            f.answer(Some(response)).await
        }
        None => response,
    }
}

async fn read_params(operation: &str, request: Request<Body>) -> Result<Params, Failure> {
    use navixy_core::model::ErrorCode;
    let is_upload = operation == "panel/user/upload";
    let mut p = Params::default();
    if let Some(query) = request.uri().query() {
        let pairs: Vec<(String, String)> =
            serde_urlencoded::from_str(query).map_err(|_| params::bad_format())?;
        p.add_pairs(pairs);
    }
    let auth = request
        .headers()
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();

    if content_type.starts_with("multipart/form-data") {
        let too_large = if is_upload {
            ErrorCode::FileTooLarge
        } else {
            ErrorCode::TooLargeRequest
        };
        let mut multipart = Multipart::from_request(request, &())
            .await
            .map_err(|_| params::bad_format())?;
        let mut pairs = Vec::new();
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(f)) => f,
                Ok(None) => break,
                Err(e) => {
                    return Err(if e.status() == 413 {
                        too_large.into()
                    } else {
                        params::bad_format()
                    });
                }
            };
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await.map_err(|e| {
                if e.status() == 413 {
                    Failure::new(too_large)
                } else {
                    params::bad_format()
                }
            })?;
            if name == "file" {
                p.file = Some(UploadedFile {
                    name: file_name.unwrap_or_default(),
                    bytes: bytes.to_vec(),
                });
            } else {
                pairs.push((name, String::from_utf8_lossy(&bytes).into_owned()));
            }
        }
        p.add_pairs(pairs);
    } else {
        let limit = if is_upload {
            MAX_UPLOAD_BYTES
        } else {
            MAX_REQUEST_BYTES
        };
        let body = axum::body::to_bytes(request.into_body(), limit)
            .await
            .map_err(|_| {
                Failure::new(if is_upload {
                    ErrorCode::FileTooLarge
                } else {
                    ErrorCode::TooLargeRequest
                })
            })?;
        params::add_body(&mut p, &content_type, &body)?;
    }
    p.finish_hash(auth.as_deref());
    Ok(p)
}
