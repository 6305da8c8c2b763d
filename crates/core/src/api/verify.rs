//! Changes whose answer may be lost. Each is sent once; when its outcome is
//! unknown (the connection broke, the answer timed out or was garbled), the
//! server is asked what actually happened and the caller gets one of:
//! - `Ok`: the change was made (the lost answer is rebuilt from the read);
//! - [`Error::NotApplied`]: it was not; nothing changed, sending again is safe;
//! - [`Error::Unconfirmed`]: the read could not tell either.
//!
//! Nothing here ever sends a change a second time.

use super::client::Client;
use super::error::{Error, Result};
use super::hash::{DealerHash, UserHash};
use super::responses::{NewUser, UserUpdate};
use crate::model::ListQuery;
use crate::model::{Application, ApplicationDraft, BalanceKind, ErrorCode};

/// What the read after a lost answer showed.
enum Found {
    Applied,
    NotApplied,
}

/// Settles a change sent once: its own answer when there is one, otherwise
/// what `check` finds out.
async fn settle<T>(sent: Result<T>, check: impl AsyncFnOnce() -> Result<(Found, T)>) -> Result<T> {
    let lost = match sent {
        Err(e) if e.outcome_unknown() => e,
        answered => return answered,
    };
    tracing::warn!(error = %lost, "the answer to a change was lost; reading what happened");
    match check().await {
        Ok((Found::Applied, value)) => Ok(value),
        // A request that timed out may still be waiting on the server and
        // run after this read: "not made yet" is not "not made", so it is
        // not called safe to send again.
        Ok((Found::NotApplied, _)) if matches!(lost, Error::Timeout) => {
            Err(Error::Unconfirmed(Box::new(lost)))
        }
        Ok((Found::NotApplied, _)) => Err(Error::NotApplied(Box::new(lost))),
        Err(read) => {
            tracing::warn!(error = %read, "could not read what happened");
            Err(Error::Unconfirmed(Box::new(lost)))
        }
    }
}

/// The live user with exactly this login (any case), if there is one.
async fn user_by_login(client: &Client, hash: &DealerHash, login: &str) -> Result<Option<i64>> {
    let query = ListQuery {
        filter: Some(login.to_owned()),
        limit: Some(50),
        ..Default::default()
    };
    let page = client.users_list(hash, &query).await?;
    Ok(page
        .list
        .into_iter()
        .find(|u| {
            u.fields.login.as_deref().is_some_and(|l| {
                crate::model::validation::login_key(l) == crate::model::validation::login_key(login)
            })
        })
        .map(|u| u.id))
}

/// `panel/user/create`; the new user's id.
pub async fn create_user(client: &Client, hash: &DealerHash, new: &NewUser) -> Result<i64> {
    let login = new.user.login.clone().unwrap_or_default();
    settle(client.user_create(hash, new).await, async || {
        Ok(match user_by_login(client, hash, &login).await? {
            Some(id) => (Found::Applied, id),
            None => (Found::NotApplied, 0),
        })
    })
    .await
}

/// `panel/user/update`: made when every field sent reads back as sent.
pub async fn update_user(client: &Client, hash: &DealerHash, update: &UserUpdate) -> Result<()> {
    settle(client.user_update(hash, update).await, async || {
        let now = client.user_read(hash, update.user.id).await?;
        // Both as whole objects, so a cleared field ("") compares too.
        let sent = crate::model::user_object(&update.user.fields);
        let read = crate::model::user_object(&now.user.fields);
        let same = sent
            .iter()
            // legal_type cannot change; the server keeps the stored one.
            .filter(|(k, _)| *k != "legal_type")
            .all(|(k, v)| read.get(k) == Some(v));
        Ok((
            if same {
                Found::Applied
            } else {
                Found::NotApplied
            },
            (),
        ))
    })
    .await
}

/// The user's balance (or bonus) now.
async fn balance_of(
    client: &Client,
    hash: &DealerHash,
    user_id: i64,
    kind: BalanceKind,
) -> Result<f64> {
    let u = client.user_read(hash, user_id).await?.user;
    Ok(kind.of(&u))
}

/// `panel/user/transaction/change_balance`: the balance (or bonus) is read
/// before, so that after a lost answer it shows whether the amount landed.
/// Returns the amount before and after the change.
pub async fn change_balance(
    client: &Client,
    hash: &DealerHash,
    user_id: i64,
    amount: f64,
    kind: BalanceKind,
    text: &str,
) -> Result<(f64, f64)> {
    // Without the balance before, the change is never sent (and says so).
    let before = balance_of(client, hash, user_id, kind)
        .await
        .map_err(|e| Error::NotSent(Box::new(e)))?;
    change_balance_from(client, hash, user_id, before, (amount, kind), text).await
}

/// Whether `amount` landed on a balance that was `before` and is `now`, to
/// the cent: it did, it did not, or (None) something else moved it.
pub fn balance_landed(before: f64, amount: f64, now: f64) -> Option<bool> {
    let cents = |v: f64| (v * 100.0).round() as i64;
    if cents(now) == cents(before + amount) {
        Some(true)
    } else if cents(now) == cents(before) {
        Some(false)
    } else {
        None
    }
}

/// [`change_balance`] when the caller has read the balance (or bonus)
/// `before` itself (a bulk run keeps it in its job file, to settle a change
/// whose answer a crash lost).
pub async fn change_balance_from(
    client: &Client,
    hash: &DealerHash,
    user_id: i64,
    before: f64,
    (amount, kind): (f64, BalanceKind),
    text: &str,
) -> Result<(f64, f64)> {
    let expected = ((before + amount) * 100.0).round() / 100.0;
    let sent = client
        .change_balance(hash, user_id, amount, kind, text)
        .await
        .map(|()| (before, expected));
    settle(sent, async || {
        let after = balance_of(client, hash, user_id, kind).await?;
        match balance_landed(before, amount, after) {
            Some(true) => Ok((Found::Applied, (before, after))),
            Some(false) => Ok((Found::NotApplied, (before, after))),
            // Someone else changed it meanwhile: this read cannot tell.
            None => Err(Error::InvalidRequest(format!(
                "the amount moved from {before} to {after}, not by {amount}"
            ))),
        }
    })
    .await
}

/// `panel/user/corrupt`: made when the user can no longer be read.
pub async fn corrupt_user(
    client: &Client,
    hash: &DealerHash,
    user_id: i64,
    login: &str,
    clones: bool,
) -> Result<()> {
    let sent = client.user_corrupt(hash, user_id, login, clones).await;
    settle(sent, async || match client.user_read(hash, user_id).await {
        Ok(_) => Ok((Found::NotApplied, ())),
        Err(e) if e.is(ErrorCode::NotFound) => Ok((Found::Applied, ())),
        Err(e) => Err(e),
    })
    .await
}

/// `panel/user/change_password`: a password cannot be read back, so a lost
/// answer stays unconfirmed (setting the same password again is harmless).
pub async fn change_password(
    client: &Client,
    hash: &DealerHash,
    user_id: i64,
    password: &str,
) -> Result<()> {
    match client.user_change_password(hash, user_id, password).await {
        Err(e) if e.outcome_unknown() => Err(Error::Unconfirmed(Box::new(e))),
        other => other,
    }
}

fn app_matches(app: &Application, draft: &ApplicationDraft) -> bool {
    app.name == draft.name
        && app.url == draft.url
        && app.is_enabled == draft.is_enabled
        && app.description.as_deref().unwrap_or_default()
            == draft.description.as_deref().unwrap_or_default()
}

/// `user/application/create`; the new application's id. The list is read
/// first so a lost answer can be told from an application made earlier.
pub async fn create_application(
    client: &Client,
    hash: &UserHash,
    draft: &ApplicationDraft,
) -> Result<i64> {
    let before: Vec<i64> = client
        .applications_list(hash)
        .await?
        .iter()
        .map(|a| a.id)
        .collect();
    let sent = client.application_create(hash, draft).await;
    settle(sent, async || {
        let new = client
            .applications_list(hash)
            .await?
            .into_iter()
            .find(|a| !before.contains(&a.id) && app_matches(a, draft));
        Ok(match new {
            Some(a) => (Found::Applied, a.id),
            None => (Found::NotApplied, 0),
        })
    })
    .await
}

async fn application(client: &Client, hash: &UserHash, id: i64) -> Result<Option<Application>> {
    Ok(client
        .applications_list(hash)
        .await?
        .into_iter()
        .find(|a| a.id == id))
}

pub async fn update_application(
    client: &Client,
    hash: &UserHash,
    draft: &ApplicationDraft,
) -> Result<()> {
    let id = draft.id.unwrap_or_default();
    settle(client.application_update(hash, draft).await, async || {
        let found = application(client, hash, id).await?;
        Ok(match found {
            Some(a) if app_matches(&a, draft) => (Found::Applied, ()),
            _ => (Found::NotApplied, ()),
        })
    })
    .await
}

pub async fn delete_application(client: &Client, hash: &UserHash, id: i64) -> Result<()> {
    settle(client.application_delete(hash, id).await, async || {
        let found = application(client, hash, id).await?;
        Ok((
            if found.is_none() {
                Found::Applied
            } else {
                Found::NotApplied
            },
            (),
        ))
    })
    .await
}

pub async fn set_application_enabled(
    client: &Client,
    hash: &UserHash,
    id: i64,
    enabled: bool,
) -> Result<()> {
    let sent = client.application_set_enabled(hash, id, enabled).await;
    settle(sent, async || {
        let found = application(client, hash, id).await?;
        Ok(match found {
            Some(a) if a.is_enabled == enabled => (Found::Applied, ()),
            _ => (Found::NotApplied, ()),
        })
    })
    .await
}
