//! user/*: the customer-side calls the panel uses (seed: user-api.txt).

use super::super::params::Params;
use super::super::password;
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::{SessionKind, Store, now_unix};
use super::super::users;
use navixy_core::model::{ErrorCode, FieldError, Rule};
use rusqlite::OptionalExtension;
use serde_json::{Map, Value, json};

pub fn auth(store: &Store, p: &Params) -> OpResult {
    let login = p.required_str("login")?;
    let pw = p.required_str("password")?;
    if pw.is_empty() || pw.chars().count() > 40 {
        return Err(Failure::invalid([FieldError::new(
            "password",
            Rule::TooLong { max: 40 },
        )]));
    }
    let dealer_filter = p.i64("dealer_id")?;
    store.begin_login_attempt("user", &login)?;
    let found: Option<(i64, i64, String, bool, bool)> = store
        .conn()
        .query_row(
            "SELECT u.id, u.dealer_id, u.password_hash, u.activated, d.blocked
             FROM users u JOIN dealers d ON d.id = u.dealer_id
             WHERE u.login_key = ?1 AND u.deleted = 0",
            [navixy_core::model::validation::login_key(&login)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
        )
        .optional()?;
    let user = found.filter(|(_, dealer, stored, _, _)| {
        dealer_filter.is_none_or(|d| d == *dealer) && password::verify(&pw, stored)
    });
    // A failure stays counted (begin_login_attempt counted it already).
    let Some((id, _, _, activated, dealer_blocked)) = user else {
        return Err(ErrorCode::WrongLoginOrPassword.into());
    };
    store.clear_login_failures("user", &login)?;
    if dealer_blocked {
        return Err(ErrorCode::AccessDenied.into());
    }
    if !activated {
        return Err(ErrorCode::UserNotActivated.into());
    }
    Ok(Reply::with(
        "hash",
        store.create_session(SessionKind::User, id)?,
    ))
}

const ALLOWED_MAPS: [&str; 3] = ["roadmap", "osm", "satellite"];

fn tariff_restrictions() -> Value {
    json!({ "allowed_maps": ALLOWED_MAPS })
}

/// The fields of `user_info` (and `master`) that come straight from the user row.
const INFO_FIELDS: [&str; 19] = [
    "id",
    "login",
    "phone",
    "creation_date",
    "balance",
    "bonus",
    "verified",
    "legal_type",
    "tin",
    "iec",
    "post_country",
    "post_region",
    "post_index",
    "post_city",
    "post_street_address",
    "first_name",
    "middle_name",
    "last_name",
    "legal_name",
];

fn account_info(
    user: &Map<String, Value>,
    locale: Option<String>,
    time_zone: Option<String>,
) -> Value {
    let mut info: Map<String, Value> = INFO_FIELDS
        .iter()
        .filter_map(|f| user.get(*f).map(|v| ((*f).to_owned(), v.clone())))
        .collect();
    for f in [
        "registered_country",
        "registered_region",
        "registered_index",
        "registered_city",
        "registered_street_address",
    ] {
        if let Some(v) = user.get(f) {
            info.insert(f.to_owned(), v.clone());
        }
    }
    let fields = users::fields_of(user);
    // As the seed shows it: the organisation's name, or "First Last".
    let title = match (
        &fields.legal_type,
        fields
            .legal_name
            .as_deref()
            .filter(|n| !n.trim().is_empty()),
    ) {
        (Some(navixy_core::model::LegalType::LegalEntity), Some(name)) => name.to_owned(),
        _ => [&fields.first_name, &fields.last_name]
            .into_iter()
            .filter_map(|p| p.as_deref().filter(|s| !s.trim().is_empty()))
            .collect::<Vec<_>>()
            .join(" "),
    };
    info.insert("title".into(), title.into());
    info.insert(
        "locale".into(),
        locale.unwrap_or_else(|| "en_US".into()).into(),
    );
    info.insert(
        "time_zone".into(),
        time_zone.unwrap_or_else(|| "UTC".into()).into(),
    );
    info.insert("demo".into(), false.into());
    info.insert("default_geocoder".into(), "osm".into());
    info.insert("route_provider".into(), "osrm".into());
    info.insert("measurement_system".into(), "metric".into());
    Value::Object(info)
}

pub fn get_info(store: &Store, p: &Params) -> OpResult {
    let id = super::user(store, p)?;
    let conn = store.conn();
    let (dealer_id, master_id, locale, time_zone): (
        i64,
        Option<i64>,
        Option<String>,
        Option<String>,
    ) = conn.query_row(
        "SELECT dealer_id, master_id, locale, time_zone FROM users WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )?;
    let user = users::find(&conn, dealer_id, id)?;
    let dealer_title: String = conn.query_row(
        "SELECT title FROM dealers WHERE id = ?1",
        [dealer_id],
        |r| r.get(0),
    )?;
    let mut reply = Reply::with("paas_id", dealer_id)
        .and(
            "paas_settings",
            json!({
                "service_title": dealer_title,
                "locale": "en_US",
                "demo_login": "",
                "demo_password": "",
                "maps": ALLOWED_MAPS,
                "default_map": { "type": "osm", "location": { "lat": 51.5, "lng": -0.12 }, "zoom": 10 },
                "allow_registration": false,
                "show_mobile_apps": true,
                "currency": "USD",
                "payment_link": "",
                "promo_url": "",
                "google_client_id": null,
                "display_model_features_link": true,
                "privacy_policy_link": "",
                "tos": "",
                "domain": "sandbox.localhost",
            }),
        )
        .and("user_info", account_info(&user, locale, time_zone))
        .and("tariff_restrictions", tariff_restrictions())
        .and("premium_gis", false)
        .and("features", json!(["branding_web", "branding_mobile", "custom_maps", "api"]));
    if let Some(master) = master_id {
        let master = users::find(&conn, dealer_id, master)?;
        reply = reply.and("master", account_info(&master, None, None)).and(
            "privileges",
            json!({ "rights": ["tracker_update", "tag_update"] }),
        );
    }
    Ok(reply)
}

pub fn get_tariff_restrictions(store: &Store, p: &Params) -> OpResult {
    super::user(store, p)?;
    Ok(Reply::with("value", tariff_restrictions()))
}

pub fn logout(store: &Store, p: &Params) -> OpResult {
    super::user(store, p)?;
    if let Some(h) = &p.hash {
        store.end_session(h)?;
    }
    Ok(Reply::ok())
}

/// An ISO-8601 duration such as `PT4M31.575S`.
fn iso_duration(ms: i64) -> String {
    let (m, rest) = (ms / 60_000, ms % 60_000);
    let s = rest as f64 / 1000.0;
    match (m, rest) {
        (0, _) => format!("PT{s}S"),
        (_, 0) => format!("PT{m}M"),
        _ => format!("PT{m}M{s}S"),
    }
}

pub fn resend_activation(store: &Store, p: &Params) -> OpResult {
    let login = p.required_str("login")?;
    let found: Option<(i64, bool, bool, Option<i64>)> = store
        .conn()
        .query_row(
            "SELECT id, activated, verified, activation_sent_at FROM users
             WHERE login_key = ?1 AND deleted = 0",
            [navixy_core::model::validation::login_key(&login)],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let (id, activated, verified, sent_at) = found.ok_or(ErrorCode::NotFound)?;
    if activated && verified {
        return Err(ErrorCode::AlreadyDone.into());
    }
    // The sandbox's stand-in for a mailbox that refuses mail.
    if login.to_ascii_lowercase().ends_with(".invalid") {
        return Err(ErrorCode::FailedSendingEmail.into());
    }
    let timeout_ms = store.policy.resend_timeout.as_millis() as i64;
    if let Some(sent) = sent_at {
        let elapsed_ms = (now_unix() - sent) * 1000;
        if elapsed_ms < timeout_ms {
            return Err(Failure::new(ErrorCode::TimeoutNotReached)
                .extra("timeout", iso_duration(timeout_ms))
                .extra("remainder", iso_duration(timeout_ms - elapsed_ms)));
        }
    }
    let hash = store.create_session(SessionKind::Activation, id)?;
    store.conn().execute(
        "INSERT INTO outbox (login, kind, session_hash, sent_at) VALUES (?1, 'activation', ?2, ?3)",
        rusqlite::params![login.to_lowercase(), hash, now_unix()],
    )?;
    store.conn().execute(
        "UPDATE users SET activation_sent_at = ?1 WHERE id = ?2",
        rusqlite::params![now_unix(), id],
    )?;
    Ok(Reply::ok())
}

/// Only the session from an activation e-mail works here; anything else is 4.
pub fn activate(store: &Store, p: &Params) -> OpResult {
    let id = store.session(p.hash.as_deref(), SessionKind::Activation)?;
    store.conn().execute(
        "UPDATE users SET activated = 1, verified = 1 WHERE id = ?1",
        [id],
    )?;
    if let Some(h) = &p.hash {
        store.end_session(h)?;
    }
    Ok(Reply::ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn durations() {
        assert_eq!(super::iso_duration(300_000), "PT5M");
        assert_eq!(super::iso_duration(271_575), "PT4M31.575S");
        assert_eq!(super::iso_duration(2_500), "PT2.5S");
    }
}
