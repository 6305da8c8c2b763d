//! What an operation answers: a JSON success, a file, or a documented failure
//! in Navixy's envelope with the code's HTTP status.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use navixy_core::model::{ErrorCode, FieldError};
use serde_json::{Map, Value, json};

pub enum Reply {
    /// Top-level fields to send beside `"success": true`.
    Json(Map<String, Value>),
    File {
        content_type: &'static str,
        file_name: String,
        bytes: Vec<u8>,
    },
}

impl Reply {
    pub fn ok() -> Self {
        Reply::Json(Map::new())
    }

    /// `{"success": true, key: value}`
    pub fn with(key: &str, value: impl Into<Value>) -> Self {
        let mut m = Map::new();
        m.insert(key.to_owned(), value.into());
        Reply::Json(m)
    }

    pub fn and(mut self, key: &str, value: impl Into<Value>) -> Self {
        if let Reply::Json(m) = &mut self {
            m.insert(key.to_owned(), value.into());
        }
        self
    }
}

/// A documented failure.
#[derive(Debug, Clone, PartialEq)]
pub struct Failure {
    pub code: ErrorCode,
    pub errors: Vec<(String, String)>,
    pub row_number: Option<usize>,
    pub extra: Map<String, Value>,
}

impl Failure {
    pub fn new(code: ErrorCode) -> Self {
        Self {
            code,
            errors: Vec::new(),
            row_number: None,
            extra: Map::new(),
        }
    }

    /// Code 7 naming each bad parameter.
    pub fn invalid(errors: impl IntoIterator<Item = FieldError>) -> Self {
        let mut f = Self::new(ErrorCode::InvalidParameters);
        f.errors = errors
            .into_iter()
            .map(|e| (e.parameter, e.rule.english()))
            .collect();
        f
    }

    /// Code 7 for one parameter with a free-text reason.
    pub fn invalid_param(parameter: &str, error: &str) -> Self {
        let mut f = Self::new(ErrorCode::InvalidParameters);
        f.errors.push((parameter.to_owned(), error.to_owned()));
        f
    }

    pub fn at_row(mut self, row: usize) -> Self {
        self.row_number = Some(row);
        self
    }

    pub fn extra(mut self, key: &str, value: impl Into<Value>) -> Self {
        self.extra.insert(key.to_owned(), value.into());
        self
    }
}

impl From<ErrorCode> for Failure {
    fn from(code: ErrorCode) -> Self {
        Failure::new(code)
    }
}

impl From<rusqlite::Error> for Failure {
    fn from(e: rusqlite::Error) -> Self {
        tracing::error!(error = %e, "database error");
        Failure::new(ErrorCode::Database)
    }
}

pub type OpResult = Result<Reply, Failure>;

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let mut body = self.extra;
        body.insert("success".into(), false.into());
        body.insert(
            "status".into(),
            json!({ "code": self.code.code(), "description": self.code.description() }),
        );
        if !self.errors.is_empty() {
            let list: Vec<Value> = self
                .errors
                .into_iter()
                .map(|(parameter, error)| json!({ "parameter": parameter, "error": error }))
                .collect();
            body.insert("errors".into(), list.into());
        }
        if let Some(row) = self.row_number {
            body.insert("row_number".into(), row.into());
        }
        let status =
            StatusCode::from_u16(self.code.http_status()).unwrap_or(StatusCode::BAD_REQUEST);
        (status, axum::Json(Value::Object(body))).into_response()
    }
}

impl IntoResponse for Reply {
    fn into_response(self) -> Response {
        match self {
            Reply::Json(mut m) => {
                m.insert("success".into(), true.into());
                axum::Json(Value::Object(m)).into_response()
            }
            Reply::File {
                content_type,
                file_name,
                bytes,
            } => {
                let disposition = format!("attachment; filename=\"{file_name}\"");
                let mut r = bytes.into_response();
                r.headers_mut()
                    .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
                if let Ok(v) = HeaderValue::from_str(&disposition) {
                    r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
                }
                r
            }
        }
    }
}
