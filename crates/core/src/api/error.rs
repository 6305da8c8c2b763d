//! The one error type of the client. An API error keeps everything Navixy said
//! (code, description, per-parameter errors, row number) so the UI can put the
//! message beside the field or the row that caused it.

use crate::model::ErrorCode;
use serde::Deserialize;
use std::sync::Arc;

/// One entry of Navixy's `errors[]`: which parameter, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct ParamError {
    #[serde(default)]
    pub parameter: String,
    #[serde(default, alias = "message")]
    pub error: String,
}

/// A documented failure answered by the server.
#[derive(Debug, Clone, PartialEq)]
pub struct ApiError {
    pub code: u32,
    pub description: String,
    pub http_status: u16,
    pub errors: Vec<ParamError>,
    /// For uploads: the line of the file where the server stopped.
    pub row_number: Option<u64>,
    /// Other top-level fields of the answer, e.g. `remainder` with code 264.
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl ApiError {
    /// The error as a Navixy server reports `code`, with no per-parameter errors.
    pub fn new(code: ErrorCode) -> Self {
        ApiError {
            code: code.code(),
            description: code.description().to_owned(),
            http_status: code.http_status(),
            errors: Vec::new(),
            row_number: None,
            extra: serde_json::Map::new(),
        }
    }

    /// The code as a known [`ErrorCode`], if this build knows it.
    pub fn kind(&self) -> Option<ErrorCode> {
        ErrorCode::from_code(self.code)
    }

    pub fn is(&self, code: ErrorCode) -> bool {
        self.code == code.code()
    }

    /// With code 264: how long until the next try is allowed (`remainder`).
    pub fn remainder(&self) -> Option<std::time::Duration> {
        self.extra
            .get("remainder")
            .and_then(|v| v.as_str())
            .and_then(parse_iso_duration)
    }

    /// The message the server gave for one parameter, if any.
    pub fn error_for(&self, parameter: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.parameter == parameter)
            .map(|e| e.error.as_str())
    }
}

/// An ISO-8601 duration of hours, minutes and seconds, as Navixy sends them:
/// `PT5M`, `PT4M31.575S`, `PT1H`, `PT0S`. Anything else is None.
pub fn parse_iso_duration(s: &str) -> Option<std::time::Duration> {
    let rest = s.trim().strip_prefix("PT")?;
    if rest.is_empty() {
        return None;
    }
    let mut seconds = 0.0f64;
    let mut number = String::new();
    for c in rest.chars() {
        match c {
            '0'..='9' | '.' => number.push(c),
            'H' | 'M' | 'S' => {
                let n: f64 = number.parse().ok()?;
                number.clear();
                seconds += n * match c {
                    'H' => 3600.0,
                    'M' => 60.0,
                    _ => 1.0,
                };
            }
            _ => return None,
        }
    }
    (number.is_empty() && seconds.is_finite()).then(|| std::time::Duration::from_secs_f64(seconds))
}

#[cfg(test)]
mod tests {
    use super::parse_iso_duration;
    use std::time::Duration;

    #[test]
    fn iso_durations() {
        assert_eq!(parse_iso_duration("PT5M"), Some(Duration::from_secs(300)));
        assert_eq!(
            parse_iso_duration("PT4M31.575S"),
            Some(Duration::from_millis(271_575))
        );
        assert_eq!(
            parse_iso_duration("PT1H2S"),
            Some(Duration::from_secs(3602))
        );
        for bad in ["", "PT", "P1D", "5M", "PT5", "PTxM", "PT-1S"] {
            assert_eq!(parse_iso_duration(bad), None, "{bad}");
        }
    }
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum Error {
    #[error("Navixy error {}: {}", .0.code, .0.description)]
    Api(ApiError),
    /// The server could not be reached, or the connection broke mid-answer.
    #[error("network error: {0}")]
    Network(Arc<reqwest::Error>),
    #[error("the server did not answer in time")]
    Timeout,
    /// An answer that is not the documented envelope (an HTML page, a proxy's
    /// error, truncated JSON...): usually the wrong URL.
    #[error("not a Navixy API answer (HTTP {status}): {detail}")]
    UnexpectedResponse { status: u16, detail: String },
    /// The server answered with a redirect, which is never followed: it
    /// would take the request (a password, a session) elsewhere.
    #[error("the server sent us elsewhere (HTTP {status}): {to}")]
    Redirected { status: u16, to: String },
    /// An answer larger than the client takes for its kind; reading stopped.
    #[error("the server's answer is larger than {limit} bytes")]
    TooLarge { limit: u64 },
    /// An answer about something other than what was asked (another user's
    /// id, an id twice in a list): refused, nothing is done with it.
    #[error("the server's answer does not match the question: {0}")]
    Inconsistent(String),
    /// A file the answer is written to could not be written (the disk is
    /// full, the folder is gone): the export stopped there.
    #[error("cannot write the file: {0}")]
    File(Arc<std::io::Error>),
    /// A request we refuse to send (e.g. an unusable server address).
    #[error("invalid request: {0}")]
    InvalidRequest(String),
    /// A change whose answer was lost, and a read afterwards showed that it
    /// was not made: nothing changed, sending it again is safe.
    #[error("not applied (checked after: {0})")]
    NotApplied(Box<Error>),
    /// A change whose answer was lost, and no read could tell whether it was
    /// made: the operator must look before sending it again.
    #[error("outcome unknown ({0})")]
    Unconfirmed(Box<Error>),
    /// A read the change needed first failed, so the change was never sent:
    /// nothing changed, sending it again is safe.
    #[error("not sent ({0})")]
    NotSent(Box<Error>),
}

impl Error {
    /// An applications refusal in `dialect`, its `errors[]` renamed to the
    /// seed's names (`application.label` → `application.name`), which the
    /// shared rules and the forms use.
    pub fn in_seed_names(self, dialect: crate::model::Dialect) -> Self {
        use crate::model::Dialect;
        match self {
            Error::Api(mut e) if dialect != Dialect::Seed => {
                for p in &mut e.errors {
                    let field = p
                        .parameter
                        .strip_prefix("application.")
                        .unwrap_or(&p.parameter);
                    if let Some(i) = dialect.names().iter().position(|n| *n == field) {
                        p.parameter = format!("application.{}", Dialect::Seed.names()[i]);
                    }
                }
                Error::Api(e)
            }
            other => other,
        }
    }

    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Error::Api(e) => Some(e),
            _ => None,
        }
    }

    /// True when the server answered with this code.
    pub fn is(&self, code: ErrorCode) -> bool {
        self.api().is_some_and(|e| e.is(code))
    }

    /// Worth another try for a read: the network or the server's front
    /// failed, not the request itself.
    pub fn is_transient(&self) -> bool {
        match self {
            Error::Network(_) | Error::Timeout => true,
            Error::UnexpectedResponse { status, .. } => *status >= 500 || *status == 200,
            _ => false,
        }
    }

    /// A change was sent but whether the server made it cannot be known from
    /// the answer: only a read can tell.
    pub fn outcome_unknown(&self) -> bool {
        match self {
            // Refused before connecting: the request never left.
            Error::Network(e) => !e.is_connect(),
            Error::Timeout
            | Error::UnexpectedResponse { .. }
            | Error::Redirected { .. }
            | Error::TooLarge { .. }
            | Error::Inconsistent(_) => true,
            _ => false,
        }
    }

    /// The session is gone (ended, expired, or never valid): log in again.
    pub fn is_session_ended(&self) -> bool {
        self.is(ErrorCode::SessionEnded) || self.is(ErrorCode::WrongHash)
    }

    pub(crate) fn from_reqwest(e: reqwest::Error) -> Self {
        if e.is_timeout() {
            Error::Timeout
        } else if e.is_builder() {
            Error::InvalidRequest(e.to_string())
        } else {
            Error::Network(Arc::new(e))
        }
    }
}

impl From<ErrorCode> for Error {
    fn from(code: ErrorCode) -> Self {
        Error::Api(ApiError::new(code))
    }
}

/// Equal when the same thing went wrong (network errors compare by message).
impl PartialEq for Error {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Error::Api(a), Error::Api(b)) => a == b,
            (Error::Network(a), Error::Network(b)) => a.to_string() == b.to_string(),
            (Error::Timeout, Error::Timeout) => true,
            (
                Error::UnexpectedResponse {
                    status: s1,
                    detail: d1,
                },
                Error::UnexpectedResponse {
                    status: s2,
                    detail: d2,
                },
            ) => s1 == s2 && d1 == d2,
            (Error::InvalidRequest(a), Error::InvalidRequest(b)) => a == b,
            (
                Error::Redirected { status: s1, to: t1 },
                Error::Redirected { status: s2, to: t2 },
            ) => s1 == s2 && t1 == t2,
            (Error::TooLarge { limit: a }, Error::TooLarge { limit: b }) => a == b,
            (Error::Inconsistent(a), Error::Inconsistent(b)) => a == b,
            (Error::File(a), Error::File(b)) => a.kind() == b.kind(),
            (Error::NotApplied(a), Error::NotApplied(b)) => a == b,
            (Error::Unconfirmed(a), Error::Unconfirmed(b)) => a == b,
            (Error::NotSent(a), Error::NotSent(b)) => a == b,
            _ => false,
        }
    }
}

pub type Result<T> = std::result::Result<T, Error>;
