//! user/application/*: a user's applications, in one of two dialects
//! (`Policy::applications_dialect`; API-NOTES "Two dialects, one live server"):
//! - seed (default): lists with the seed's names (name/url/is_enabled) and
//!   takes either dialect's, as API-NOTES asks of the sandbox;
//! - spec: lists with the spec's names (label/url_template/enabled) and refuses
//!   the seed's with code 7, so a client's switch of dialect is tested for real.

use super::super::params::{Params, missing};
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::Store;
use navixy_core::model::validation::{self, validate_application};
use navixy_core::model::{
    ApplicationAuthorization, ApplicationDraft, Dialect, DisplayMethod, ErrorCode, FieldError, Rule,
};
use serde_json::{Map, Value, json};

fn either<'a>(m: &'a Map<String, Value>, a: &str, b: &str) -> Option<&'a Value> {
    m.get(a)
        .filter(|v| !v.is_null())
        .or_else(|| m.get(b).filter(|v| !v.is_null()))
}

/// The application sent, and the object as sent (for naming its errors).
fn draft(p: &Params, dialect: Dialect) -> Result<(ApplicationDraft, Map<String, Value>), Failure> {
    let m: Map<String, Value> = p
        .object("application")?
        .ok_or_else(|| missing("application"))?;
    if dialect == Dialect::Spec {
        refuse_seed_names(&m)?;
    }
    let app = draft_of(&m)?;
    Ok((app, m))
}

fn draft_of(m: &Map<String, Value>) -> Result<ApplicationDraft, Failure> {
    let text = |v: Option<&Value>| v.and_then(Value::as_str).map(str::to_owned);
    Ok(ApplicationDraft {
        id: m.get("id").and_then(Value::as_i64),
        name: text(either(m, "name", "label")).unwrap_or_default(),
        url: text(either(m, "url", "url_template")).unwrap_or_default(),
        icon: text(m.get("icon")),
        is_enabled: either(m, "is_enabled", "enabled")
            .and_then(Value::as_bool)
            .unwrap_or(true),
        description: text(m.get("description")),
        display_method: m
            .get("display_method")
            .and_then(|v| serde_json::from_value(v.clone()).ok()),
        authorization: authorization(m.get("authorization"))?,
    })
}

/// The spec's `authorization`: `{"type": "user_session"}` or `{"type":
/// "api_key", "hash": "..."}`. Any other type, or an API key without its
/// hash, is refused rather than stored as something else.
fn authorization(v: Option<&Value>) -> Result<Option<ApplicationAuthorization>, Failure> {
    let Some(v) = v.filter(|v| !v.is_null()) else {
        return Ok(None);
    };
    let wrong = |name: &str, rule: Rule| Failure::invalid([FieldError::new(name, rule)]);
    match v.get("type").and_then(Value::as_str) {
        Some("user_session") => Ok(Some(ApplicationAuthorization::UserSession)),
        Some("api_key") => match v.get("hash").and_then(Value::as_str).map(str::trim) {
            Some(hash) if !hash.is_empty() => Ok(Some(ApplicationAuthorization::ApiKey {
                hash: Some(hash.to_owned()),
            })),
            _ => Err(wrong(validation::APP_API_KEY, Rule::Required)),
        },
        _ => Err(wrong("application.authorization.type", Rule::UnknownValue)),
    }
}

/// Spec mode: the seed's names are unknown parameters, and the spec's
/// required `label` and `url_template` are missing without them.
fn refuse_seed_names(m: &Map<String, Value>) -> Result<(), Failure> {
    let mut errors = Vec::new();
    for name in Dialect::Seed.names() {
        if m.contains_key(name) {
            errors.push((
                format!("application.{name}"),
                "Unknown parameter".to_owned(),
            ));
        }
    }
    for name in &Dialect::Spec.names()[..2] {
        if !m.contains_key(*name) {
            errors.push((format!("application.{name}"), Rule::Absent.english()));
        }
    }
    if errors.is_empty() {
        return Ok(());
    }
    let mut f = Failure::new(ErrorCode::InvalidParameters);
    f.errors = errors;
    Err(f)
}

/// The shared rules, each parameter named as the request sent it (in the
/// seed dialect either name is taken), else in the server's dialect.
fn check(
    app: &ApplicationDraft,
    sent: &Map<String, Value>,
    dialect: Dialect,
) -> Result<(), Failure> {
    let errors: Vec<FieldError> = validate_application(app)
        .into_iter()
        .map(|mut e| {
            let field = e.parameter.trim_start_matches("application.");
            if let Some(i) = Dialect::Seed.names().iter().position(|n| *n == field) {
                let [ours, theirs] = [dialect, dialect.other()].map(|d| d.names()[i]);
                let name = if !sent.contains_key(ours) && sent.contains_key(theirs) {
                    theirs
                } else {
                    ours
                };
                e.parameter = format!("application.{name}");
            }
            e
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::invalid(errors))
    }
}

fn not_found() -> Failure {
    ErrorCode::NotFound.into()
}

pub fn list(store: &Store, p: &Params) -> OpResult {
    let user = super::user(store, p)?;
    let dialect = store.policy.applications_dialect;
    let conn = store.conn();
    let mut stmt = conn.prepare_cached(
        "SELECT id, name, url, icon, is_enabled, description, display_method, authorization
         FROM applications WHERE user_id = ?1 ORDER BY id",
    )?;
    let list: Vec<Value> = stmt
        .query_map([user], |r| {
            let name: String = r.get(1)?;
            let url: String = r.get(2)?;
            let enabled: bool = r.get(4)?;
            let auth: Option<String> = r.get(7)?;
            let [name_key, url_key, enabled_key] = dialect.names();
            Ok(json!({
                "id": r.get::<_, i64>(0)?,
                name_key: name,
                url_key: url,
                "icon": r.get::<_, Option<String>>(3)?.unwrap_or_else(|| "extension".into()),
                enabled_key: enabled,
                "description": r.get::<_, Option<String>>(5)?.unwrap_or_default(),
                "display_method": r.get::<_, Option<String>>(6)?.unwrap_or_else(|| "new_tab".into()),
                "authorization": auth
                    .and_then(|a| serde_json::from_str::<Value>(&a).ok())
                    .unwrap_or_else(|| json!({ "type": "user_session" })),
            }))
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Reply::with("list", list))
}

fn stored_parts(app: &ApplicationDraft) -> (Option<String>, Option<String>) {
    let method = app.display_method.map(|m| match m {
        DisplayMethod::NewTab => "new_tab".to_owned(),
        DisplayMethod::Embedded => "embedded".to_owned(),
    });
    let auth = app
        .authorization
        .as_ref()
        .map(|a: &ApplicationAuthorization| serde_json::to_string(a).unwrap_or_default());
    (method, auth)
}

pub fn create(store: &Store, p: &Params) -> OpResult {
    let user = super::user(store, p)?;
    let dialect = store.policy.applications_dialect;
    let (app, sent) = draft(p, dialect)?;
    check(&app, &sent, dialect)?;
    let (method, auth) = stored_parts(&app);
    let conn = store.conn();
    conn.execute(
        "INSERT INTO applications (user_id, name, url, icon, is_enabled, description, display_method, authorization)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        rusqlite::params![user, app.name.trim(), app.url.trim(), app.icon, app.is_enabled, app.description, method, auth],
    )?;
    Ok(Reply::with("id", conn.last_insert_rowid()))
}

pub fn update(store: &Store, p: &Params) -> OpResult {
    let user = super::user(store, p)?;
    let dialect = store.policy.applications_dialect;
    let (app, sent) = draft(p, dialect)?;
    let id = app.id.ok_or_else(|| missing("application.id"))?;
    check(&app, &sent, dialect)?;
    let (method, auth) = stored_parts(&app);
    let changed = store.conn().execute(
        "UPDATE applications SET name = ?1, url = ?2, icon = ?3, is_enabled = ?4, description = ?5,
            display_method = COALESCE(?6, display_method), authorization = COALESCE(?7, authorization)
         WHERE id = ?8 AND user_id = ?9",
        rusqlite::params![app.name.trim(), app.url.trim(), app.icon, app.is_enabled, app.description, method, auth, id, user],
    )?;
    if changed == 0 {
        Err(not_found())
    } else {
        Ok(Reply::ok())
    }
}

pub fn delete(store: &Store, p: &Params) -> OpResult {
    let user = super::user(store, p)?;
    let id = p.required_i64("application_id")?;
    let changed = store.conn().execute(
        "DELETE FROM applications WHERE id = ?1 AND user_id = ?2",
        [id, user],
    )?;
    if changed == 0 {
        Err(not_found())
    } else {
        Ok(Reply::ok())
    }
}

pub fn set_enabled(store: &Store, p: &Params) -> OpResult {
    let user = super::user(store, p)?;
    let id = p.required_i64("application_id")?;
    let enabled = p.bool("enabled")?.ok_or_else(|| missing("enabled"))?;
    let changed = store.conn().execute(
        "UPDATE applications SET is_enabled = ?1 WHERE id = ?2 AND user_id = ?3",
        rusqlite::params![enabled, id, user],
    )?;
    if changed == 0 {
        Err(not_found())
    } else {
        Ok(Reply::ok())
    }
}
