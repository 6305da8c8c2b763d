//! Fault mode, for testing: the sandbox misbehaves on purpose, the way real
//! networks, proxies and overloaded servers do. Random faults come from the
//! command line (`navixy-panel sandbox --chaos-share 0.2 ...`); tests script
//! exact ones ("the next `panel/user/create` loses its answer") with
//! [`super::Sandbox::inject_fault`].

use axum::body::{Body, Bytes};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures_util::StreamExt;
use rand::Rng;
use std::collections::VecDeque;
use std::sync::Mutex;
use std::time::Duration;

/// One way for a call to go wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// HTTP 500 with a proxy's HTML page; the operation is not run.
    ServerError,
    /// The connection breaks before the answer; the operation is not run.
    DropBefore,
    /// The operation is run, then the connection breaks half-way through the
    /// answer: the change is made and the client cannot know it.
    DropAfter,
    /// The operation is run, the answer starts and never finishes.
    Stall,
    /// The operation is run and the answer is not JSON.
    MalformedJson,
    /// The request is held, never run and never answered: a client that
    /// times out cannot know whether it will run yet.
    StallBefore,
}

impl Fault {
    pub const ALL: [Fault; 6] = [
        Fault::ServerError,
        Fault::DropBefore,
        Fault::DropAfter,
        Fault::Stall,
        Fault::MalformedJson,
        Fault::StallBefore,
    ];

    /// Every fault but the stall: each ends at once, so a test driving an
    /// action through all of them waits for no timeout.
    pub const ENDING_AT_ONCE: [Fault; 4] = [
        Fault::ServerError,
        Fault::DropBefore,
        Fault::DropAfter,
        Fault::MalformedJson,
    ];

    /// The name used on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Fault::ServerError => "500",
            Fault::DropBefore => "drop-before",
            Fault::DropAfter => "drop-after",
            Fault::Stall => "stall",
            Fault::MalformedJson => "malformed",
            Fault::StallBefore => "stall-before",
        }
    }

    pub fn from_name(name: &str) -> Option<Fault> {
        Fault::ALL.into_iter().find(|f| f.name() == name)
    }

    /// Whether the operation runs before the fault shows.
    pub fn runs_operation(self) -> bool {
        !matches!(
            self,
            Fault::ServerError | Fault::DropBefore | Fault::StallBefore
        )
    }

    /// The broken answer, given the real one when the operation ran.
    pub(super) async fn answer(self, real: Option<Response>) -> Response {
        let real_bytes = match real {
            Some(r) => axum::body::to_bytes(r.into_body(), usize::MAX)
                .await
                .unwrap_or_default(),
            None => Bytes::new(),
        };
        match self {
            Fault::ServerError => (
                StatusCode::INTERNAL_SERVER_ERROR,
                [(header::CONTENT_TYPE, "text/html")],
                "<html><body><h1>500 Internal Server Error</h1></body></html>",
            )
                .into_response(),
            Fault::MalformedJson => (
                StatusCode::OK,
                [(header::CONTENT_TYPE, "application/json")],
                real_bytes.slice(..real_bytes.len() / 2),
            )
                .into_response(),
            Fault::StallBefore => {
                let never = futures_util::stream::once(async {
                    std::future::pending::<()>().await;
                    Err::<Bytes, _>(std::io::Error::other("never answered"))
                });
                Response::builder()
                    .status(StatusCode::OK)
                    .header(header::CONTENT_TYPE, "application/json")
                    .body(Body::from_stream(never))
                    .unwrap_or_default()
            }
            Fault::DropBefore | Fault::DropAfter | Fault::Stall => {
                // Promise the whole answer, send part of it, then fail (the
                // server closes the connection) or wait forever.
                let part = real_bytes.slice(..real_bytes.len() / 2);
                let stall = self == Fault::Stall;
                let stream = futures_util::stream::once(
                    async move { Ok::<_, std::io::Error>(part) },
                )
                .chain(futures_util::stream::once(async move {
                    if stall {
                        std::future::pending::<()>().await;
                    }
                    Err(std::io::Error::other("connection dropped by fault mode"))
                }));
                Response::builder()
                    .status(StatusCode::OK)
                    .header(header::CONTENT_TYPE, "application/json")
                    .header(header::CONTENT_LENGTH, real_bytes.len().max(1))
                    .body(Body::from_stream(stream))
                    .unwrap_or_default()
            }
        }
    }
}

/// Random misbehaviour, for running the app against a bad network by hand.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Chaos {
    /// Added to every answer.
    pub latency: Duration,
    /// Share of calls (0–1) that get one of `faults`, chosen at random.
    pub share: f64,
    pub faults: Vec<Fault>,
}

/// The faults to come: scripted ones first, in order, then chaos.
#[derive(Debug, Default)]
pub(super) struct Faults {
    chaos: Chaos,
    /// (operation, fault); an empty operation matches any.
    scripted: Mutex<VecDeque<(String, Fault)>>,
}

impl Faults {
    pub fn new(chaos: Chaos) -> Self {
        Faults {
            chaos,
            scripted: Mutex::default(),
        }
    }

    pub fn latency(&self) -> Duration {
        self.chaos.latency
    }

    pub fn inject(&self, operation: &str, fault: Fault) {
        if let Ok(mut q) = self.scripted.lock() {
            q.push_back((operation.trim_matches('/').to_owned(), fault));
        }
    }

    pub fn pending(&self) -> usize {
        self.scripted.lock().map(|q| q.len()).unwrap_or_default()
    }

    /// The fault for this call of `operation`, if any.
    pub fn next(&self, operation: &str) -> Option<Fault> {
        if let Ok(mut q) = self.scripted.lock()
            && let Some(i) = q
                .iter()
                .position(|(op, _)| op.is_empty() || op == operation)
        {
            return q.remove(i).map(|(_, f)| f);
        }
        if self.chaos.faults.is_empty() || self.chaos.share <= 0.0 {
            return None;
        }
        let mut rng = rand::rng();
        rng.random_bool(self.chaos.share.min(1.0))
            .then(|| self.chaos.faults[rng.random_range(0..self.chaos.faults.len())])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripted_faults_hit_their_operation_once_in_order() {
        let faults = Faults::default();
        faults.inject("panel/user/create", Fault::DropAfter);
        faults.inject("", Fault::ServerError);
        assert_eq!(faults.next("panel/user/list"), Some(Fault::ServerError));
        assert_eq!(faults.next("panel/user/list"), None);
        assert_eq!(faults.next("panel/user/create"), Some(Fault::DropAfter));
        assert_eq!(faults.next("panel/user/create"), None);
    }

    #[test]
    fn names_round_trip() {
        for f in Fault::ALL {
            assert_eq!(Fault::from_name(f.name()), Some(f));
        }
        assert_eq!(Fault::from_name("teapot"), None);
    }
}
