//! The sandbox's stand-in for the customers' web interface: the page "log in
//! as user" opens, `/pro/demo/?session_key=<hash>` (Navixy's monitoring
//! template), says whose session the key is, so the hand-over can be seen and
//! tested end to end. It is not Navixy's interface, and says so.

use super::store::{SessionKind, Store};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

/// The path of the page (the template's, without the host).
pub const PATH: &str = "/pro/demo/";

/// The page for the query of a request to [`PATH`].
pub fn page(store: &Store, query: Option<&str>) -> Response {
    let key = query
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "session_key"))
        .map(|(_, v)| v);
    let user = key
        .as_deref()
        .and_then(|k| store.session(Some(k), SessionKind::User).ok())
        .and_then(|id| {
            store
                .conn()
                .query_row("SELECT login FROM users WHERE id = ?1", [id], |r| {
                    r.get::<_, String>(0)
                })
                .ok()
                .map(|login| (id, login))
        });
    let (status, body) = match user {
        Some((id, login)) => (
            StatusCode::OK,
            format!(
                "<h1>Signed in as {}</h1><p data-user-id=\"{id}\">User #{id}. This is the \
                 Navixy Panel sandbox's stand-in for the customers' web interface.</p>",
                escape(&login)
            ),
        ),
        None => (
            StatusCode::UNAUTHORIZED,
            "<h1>Session key not valid</h1><p>The key is unknown, ended or expired.</p>".to_owned(),
        ),
    };
    let html = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>Sandbox web interface</title>\
         </head><body>{body}</body></html>"
    );
    (
        status,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        html,
    )
        .into_response()
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
