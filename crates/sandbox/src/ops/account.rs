//! panel/account/*: dealer log-in and log-out.

use super::super::params::Params;
use super::super::password;
use super::super::reply::{OpResult, Reply};
use super::super::store::{SessionKind, Store};
use navixy_core::model::ErrorCode;
use rusqlite::OptionalExtension;

pub fn auth(store: &Store, p: &Params) -> OpResult {
    let login = p.required_str("login")?;
    let pw = p.required_str("password")?;
    store.begin_login_attempt("dealer", &login)?;
    // Case-folded, as the lockout counts it: `DEMO` is the dealer `demo`.
    let dealer: Option<(i64, String, bool)> = store
        .conn()
        .query_row(
            "SELECT id, password_hash, blocked FROM dealers WHERE login = ?1 COLLATE NOCASE",
            [&login],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()?;
    // A failure stays counted (begin_login_attempt counted it already).
    let Some((id, stored, blocked)) = dealer else {
        return Err(ErrorCode::DealerNotFound.into());
    };
    if !password::verify(&pw, &stored) {
        return Err(ErrorCode::WrongLoginOrPassword.into());
    }
    store.clear_login_failures("dealer", &login)?;
    if blocked {
        return Err(ErrorCode::AccessDenied.into());
    }
    let hash = store.create_session(SessionKind::Dealer, id)?;
    tracing::info!(dealer = id, "dealer logged in");
    Ok(Reply::with("hash", hash))
}

pub fn logout(store: &Store, p: &Params) -> OpResult {
    super::dealer(store, p)?;
    if let Some(h) = &p.hash {
        store.end_session(h)?;
    }
    Ok(Reply::ok())
}
