//! Which requests change data, and the journal entry each one leaves: the
//! app writes it (synced to disk) before the answer reaches the screen, so a
//! change reported done is always in the journal.

use super::request::{Api, ImportMark, Request, Response};
use crate::api::{self, NewUser};
use crate::journal::{Change, Entry, Outcome};
use crate::model::UserFields;
use serde_json::Value;

/// The entry for `request` answered with `result`; None for reads.
pub fn entry(api: &Api, request: &Request, result: &Result<Response, api::Error>) -> Option<Entry> {
    if let Request::FindLogins(asked, Some(mark)) = request {
        return import_check(api, asked, mark, result);
    }
    let (operation, user_id, user, changes) = describe(request)?;
    let user_id = user_id.or(match result {
        Ok(Response::UserCreated(id)) | Ok(Response::AppSaved(Some(id))) => Some(*id),
        _ => None,
    });
    let (outcome, code) = match result {
        Ok(_) => (Outcome::Done, None),
        Err(api::Error::Api(a)) => (Outcome::Refused, Some(a.code)),
        Err(api::Error::NotApplied(_)) => (Outcome::NotApplied, None),
        Err(api::Error::NotSent(_)) => (Outcome::Failed, None),
        Err(e) if e.outcome_unknown() => (Outcome::Unconfirmed, None),
        Err(api::Error::Unconfirmed(_)) => (Outcome::Unconfirmed, None),
        Err(_) => (Outcome::Failed, None),
    };
    let mut changes = changes;
    let mut logins = Vec::new();
    match (request, result) {
        (Request::Upload(_, mark), Ok(Response::Uploaded(u))) => {
            changes.push(Change::new("created", u.total.to_string()));
            // The server creates rows in order: the first `total` were made.
            logins = mark.logins.iter().take(u.total as usize).cloned().collect();
        }
        (Request::ChangeBalance { kind, .. }, Ok(Response::BalanceChanged { before, after })) => {
            changes.insert(
                0,
                Change {
                    field: kind.as_str().to_owned(),
                    old: Some(format!("{before:.2}")),
                    new: Some(format!("{after:.2}")),
                },
            );
        }
        _ => {}
    }
    Some(Entry {
        at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        server: api.client.base_url().to_owned(),
        dealer: api.login.clone(),
        operation: operation.to_owned(),
        user_id,
        user,
        changes,
        outcome,
        code,
        file: match request {
            Request::Upload(_, mark) => Some(mark.file.clone()),
            _ => None,
        },
        run: match request {
            Request::Upload(_, mark) => Some(mark.run),
            _ => None,
        },
        logins,
        bulk: None,
    })
}

/// After an upload whose outcome was unknown, the import screen asks which
/// of its logins exist: those were created, and the journal says so.
fn import_check(
    api: &Api,
    asked: &[String],
    mark: &ImportMark,
    result: &Result<Response, api::Error>,
) -> Option<Entry> {
    let found: Vec<String> = match result {
        Ok(Response::Logins(existing)) => asked
            .iter()
            .filter(|l| existing.contains(&crate::model::validation::login_key(l)))
            .cloned()
            .collect(),
        _ => return None, // nothing learnt: the upload's own entry stands
    };
    Some(Entry {
        at: chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
        server: api.client.base_url().to_owned(),
        dealer: api.login.clone(),
        operation: "users.import_check".to_owned(),
        user_id: None,
        user: None,
        changes: vec![Change::new("found", found.len().to_string())],
        outcome: Outcome::Done,
        code: None,
        file: Some(mark.file.clone()),
        run: Some(mark.run),
        logins: found,
        bulk: None,
    })
}

/// Whether `request` changes data (and so leaves a journal entry).
pub fn changes_data(request: &Request) -> bool {
    describe(request).is_some()
}

/// The journal's name of the change `request` makes (`user.update`...);
/// None for reads.
pub fn operation(request: &Request) -> Option<&'static str> {
    describe(request).map(|(operation, ..)| operation)
}

type Described = (&'static str, Option<i64>, Option<String>, Vec<Change>);

/// Operation, user, and what changes, for the requests that change data.
fn describe(request: &Request) -> Option<Described> {
    Some(match request {
        Request::CreateUser(new) => (
            "user.create",
            None,
            new.user.login.clone(),
            new_user_changes(new),
        ),
        // Named by the login it had: a refused change of login stays under
        // the user it was meant for.
        Request::UpdateUser { update, before } => (
            "user.update",
            Some(update.user.id),
            before.user.fields.login.clone(),
            changed(&[
                (
                    serde_json::to_value(&before.user.fields),
                    serde_json::to_value(&update.user.fields),
                ),
                (
                    serde_json::to_value(&before.discount).map(|v| prefixed("discount", v)),
                    serde_json::to_value(&update.discount).map(|v| prefixed("discount", v)),
                ),
                // The plan: only a change that is sent (none leaves it as it is).
                (
                    Ok(serde_json::json!({ "default_tariff_id": before.default_tariff_id })),
                    Ok(
                        serde_json::json!({ "default_tariff_id": update.default_tariff_id.or(before.default_tariff_id) }),
                    ),
                ),
            ]),
        ),
        // The password itself is never journalled.
        Request::ChangePassword { user_id, login, .. } => (
            "user.change_password",
            Some(*user_id),
            Some(login.clone()),
            vec![],
        ),
        Request::ChangeBalance {
            user_id,
            login,
            amount,
            kind,
            text,
        } => (
            "user.change_balance",
            Some(*user_id),
            Some(login.clone()),
            // Once made, the balance old → new goes first (see `entry`).
            vec![
                Change::new(format!("{}_change", kind.as_str()), format!("{amount:+.2}")),
                Change::new("text", text.clone()),
            ],
        ),
        Request::Corrupt {
            user_id,
            login,
            clones,
        } => (
            "user.delete",
            Some(*user_id),
            Some(login.clone()),
            vec![Change::new("with_clones", clones.to_string())],
        ),
        Request::SaveApp(s, draft) => (
            if draft.id.is_some() {
                "application.update"
            } else {
                "application.create"
            },
            Some(s.user_id),
            Some(s.login.clone()),
            vec![
                Change::new("name", draft.name.clone()),
                Change::new("url", draft.url.clone()),
                Change::new("enabled", draft.is_enabled.to_string()),
            ],
        ),
        Request::DeleteApp {
            session: s,
            app_id,
            name,
        } => (
            "application.delete",
            Some(s.user_id),
            Some(s.login.clone()),
            vec![
                Change::new("name", name.clone()),
                Change::new("application_id", app_id.to_string()),
            ],
        ),
        Request::SetAppEnabled {
            session: s,
            app_id,
            name,
            enabled,
        } => (
            "application.set_enabled",
            Some(s.user_id),
            Some(s.login.clone()),
            vec![
                Change::new("name", name.clone()),
                Change::new("application_id", app_id.to_string()),
                Change::new("enabled", enabled.to_string()),
            ],
        ),
        Request::SetMfa {
            user_id,
            login,
            allowed,
            before,
        } => (
            "user.mfa",
            Some(*user_id),
            Some(login.clone()),
            vec![Change {
                field: "mfa_allowed".into(),
                old: Some(before.to_string()),
                new: Some(allowed.to_string()),
            }],
        ),
        Request::AssignPreset {
            user_id,
            login,
            title,
            before,
            ..
        } => (
            "user.menu_preset",
            Some(*user_id),
            Some(login.clone()),
            vec![Change {
                field: "menu_preset".into(),
                old: before.clone(),
                new: Some(title.clone()),
            }],
        ),
        // An e-mail went to the customer: the operator did something.
        Request::ResendActivation(login) => {
            ("user.resend_activation", None, Some(login.clone()), vec![])
        }
        Request::Upload(_, mark) => (
            "users.import",
            None,
            None,
            vec![
                Change::new("rows_sent", mark.logins.len().to_string()),
                Change::new("run_rows", mark.rows.to_string()),
            ],
        ),
        Request::Login { .. }
        | Request::Logout
        | Request::ListUsers(_)
        | Request::ReadUser(_)
        | Request::OpenUserSession { .. }
        | Request::CloseUserSession(_)
        | Request::ListApps(_)
        | Request::CustomerInfo(_)
        | Request::Transactions { .. }
        | Request::FindLogins(..)
        | Request::Dealer { .. }
        | Request::Trackers(_)
        | Request::Classify(..)
        | Request::Export { .. } => return None,
    })
}

/// The fields given, as text (empty ones left out).
fn field_changes(fields: &UserFields) -> Vec<Change> {
    let Ok(Value::Object(map)) = serde_json::to_value(fields) else {
        return Vec::new();
    };
    map.into_iter()
        .filter_map(|(field, v)| match v {
            Value::Null => None,
            Value::String(s) if s.is_empty() => None,
            Value::String(s) => Some(Change::new(field, s)),
            other => Some(Change::new(field, other.to_string())),
        })
        .collect()
}

/// `{a: 1}` as `{"discount.a": 1}`.
fn prefixed(prefix: &str, v: Value) -> Value {
    match v {
        Value::Object(map) => Value::Object(
            map.into_iter()
                .map(|(k, v)| (format!("{prefix}.{k}"), v))
                .collect(),
        ),
        other => other,
    }
}

/// The fields whose value differs, old → new (pairs of objects, before and after).
fn changed(pairs: &[(serde_json::Result<Value>, serde_json::Result<Value>)]) -> Vec<Change> {
    let text = |v: &Value| match v {
        Value::Null => None,
        Value::String(s) if s.is_empty() => None,
        Value::String(s) => Some(s.clone()),
        other => Some(other.to_string()),
    };
    let mut changes = Vec::new();
    for pair in pairs {
        let (Ok(Value::Object(old)), Ok(Value::Object(new))) = pair else {
            continue;
        };
        for (field, value) in new {
            let old = old.get(field).and_then(text);
            let new = text(value);
            if old != new {
                changes.push(Change {
                    field: field.clone(),
                    old,
                    new,
                });
            }
        }
    }
    changes
}

fn new_user_changes(new: &NewUser) -> Vec<Change> {
    let mut changes = field_changes(&new.user);
    if let Some(v) = new.discount.value {
        changes.push(Change::new("discount", format!("{v}")));
    }
    if let Some(c) = new.comment.as_deref().filter(|c| !c.is_empty()) {
        changes.push(Change::new("comment", c));
    }
    changes
}
