//! Per-user settings the panel sets: two-factor authentication
//! (`panel/user/mfa/settings/update`) and the menu preset
//! (`panel/user/menu/preset/list`, `.../assign`).

use super::super::params::Params;
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::Store;
use rusqlite::params;
use serde_json::{Value, json};

/// The users a `target` names: `{type: selected, ids: [...]}` (1 to 100 of
/// this dealer's users) or `{type: all}`.
fn targets(store: &Store, dealer: i64, target: &Value, max: usize) -> Result<Vec<i64>, Failure> {
    match target.get("type").and_then(Value::as_str) {
        Some("all") => {
            let conn = store.conn();
            let mut stmt =
                conn.prepare("SELECT id FROM users WHERE dealer_id = ?1 AND deleted = 0")?;
            let ids = stmt
                .query_map([dealer], |r| r.get(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            Ok(ids)
        }
        Some("selected") | Some("users") => {
            let ids: Vec<i64> = target
                .get("ids")
                .and_then(Value::as_array)
                .ok_or_else(|| Failure::invalid_param("target.ids", "Must be a list of user ids"))?
                .iter()
                .map(|v| {
                    v.as_i64()
                        .ok_or_else(|| Failure::invalid_param("target.ids", "Must be user ids"))
                })
                .collect::<Result<_, _>>()?;
            if ids.is_empty() || ids.len() > max {
                return Err(Failure::invalid_param(
                    "target.ids",
                    &format!("Must name 1 to {max} users"),
                ));
            }
            let conn = store.conn();
            for id in &ids {
                let mine: bool = conn
                    .prepare(
                        "SELECT 1 FROM users WHERE id = ?1 AND dealer_id = ?2 AND deleted = 0",
                    )?
                    .exists(params![id, dealer])?;
                if !mine {
                    return Err(navixy_core::model::ErrorCode::NotFound.into());
                }
            }
            Ok(ids)
        }
        _ => Err(Failure::invalid_param(
            "target.type",
            "Must be selected or all",
        )),
    }
}

pub fn mfa_update(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "update")])?;
    let target: Value = p
        .object("target")?
        .ok_or_else(|| super::super::params::missing("target"))?;
    let settings: Value = p
        .object("settings")?
        .ok_or_else(|| super::super::params::missing("settings"))?;
    let allowed = match settings.get("type").and_then(Value::as_str) {
        Some("allowed") => {
            // The spec: e-mail is the one factor, and it must be named.
            let factors = settings.get("factor_types").and_then(Value::as_array);
            let email_only = factors
                .is_some_and(|f| !f.is_empty() && f.iter().all(|t| t.as_str() == Some("email")));
            if !email_only {
                return Err(Failure::invalid_param(
                    "settings.factor_types",
                    "Must be [\"email\"]",
                ));
            }
            true
        }
        Some("disallowed") => false,
        _ => {
            return Err(Failure::invalid_param(
                "settings.type",
                "Must be allowed or disallowed",
            ));
        }
    };
    let ids = targets(store, dealer, &target, 100)?;
    let conn = store.conn();
    for id in ids {
        conn.execute(
            "UPDATE users SET mfa_allowed = ?1 WHERE id = ?2",
            params![allowed, id],
        )?;
    }
    Ok(Reply::ok())
}

/// (id, title, owner) of the presets every dealer has; the first is the default.
const PRESETS: [(i64, &str, &str); 3] = [
    (1, "Standard", "platform"),
    (2, "Fleet manager", "dealer"),
    (3, "Field service", "dealer"),
];

pub fn preset_ids() -> impl Iterator<Item = i64> {
    PRESETS.iter().map(|p| p.0)
}

pub fn preset_list(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "read")])?;
    let conn = store.conn();
    let mut list = Vec::new();
    for (id, title, owner) in PRESETS {
        let users: Vec<i64> = conn
            .prepare(
                "SELECT id FROM users WHERE dealer_id = ?1 AND deleted = 0 AND menu_preset_id = ?2 ORDER BY id",
            )?
            .query_map(params![dealer, id], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut assignments = Vec::new();
        if id == 1 {
            assignments.push(json!({"type": "default"}));
        }
        if !users.is_empty() {
            assignments.push(json!({"type": "users", "ids": users}));
        }
        list.push(json!({
            "preset": {
                "id": id,
                "title": title,
                "main": [{"title": null, "items": [{"title": "Monitoring", "icon": "map", "tabs": [{"title": "Map", "destination": "map"}]}]}],
                "footer": {"title": null, "items": []},
            },
            "owner": owner,
            "assignments": assignments,
        }));
    }
    Ok(Reply::with("list", list))
}

/// Assigns a preset to the users named (`target: {type: users, ids}`) or
/// makes it the default (`{type: default}`); a user named here leaves the
/// preset it had.
pub fn preset_assign(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "update")])?;
    let preset = p.required_i64("preset_id")?;
    if !preset_ids().any(|id| id == preset) {
        return Err(navixy_core::model::ErrorCode::NotFound.into());
    }
    let target: Value = p
        .object("target")?
        .ok_or_else(|| super::super::params::missing("target"))?;
    if target.get("type").and_then(Value::as_str) == Some("default") {
        return Ok(Reply::ok()); // every dealer's default is the first preset here
    }
    let ids = targets(store, dealer, &target, 10_000)?;
    let conn = store.conn();
    for id in ids {
        conn.execute(
            "UPDATE users SET menu_preset_id = ?1 WHERE id = ?2",
            params![preset, id],
        )?;
    }
    Ok(Reply::ok())
}
