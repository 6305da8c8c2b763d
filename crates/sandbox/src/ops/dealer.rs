//! What the panel asks about the dealer itself: its permissions, its
//! account (`domain`: where customers' web interface lives), and the time
//! zones users can be given.

use super::super::params::Params;
use super::super::reply::{OpResult, Reply};
use super::super::store::Store;
use chrono::{Datelike, Offset, TimeZone};
use chrono_tz::OffsetComponents;
use serde_json::{Value, json};

pub fn get_permissions(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer(store, p)?;
    Ok(Reply::with(
        "permissions",
        Value::Object(store.permissions(dealer)?),
    ))
}

/// `panel/dealer/get_info`: the fields at the top level, as the spec has
/// them. `domain` is where the sandbox answers: its `/pro/demo/` page plays
/// the customers' web interface for "log in as user".
pub fn get_info(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer(store, p)?;
    let title: String =
        store
            .conn()
            .query_row("SELECT title FROM dealers WHERE id = ?1", [dealer], |r| {
                r.get(0)
            })?;
    Ok(Reply::with("id", dealer)
        .and("title", title.clone())
        .and("legal_name", title)
        .and("contract_type", "PAAS")
        .and("block_status", "NOT_BLOCKED")
        .and("domain", store.address())
        .and("locale", "en")
        .and("default_user_time_zone", "Europe/London")
        .and("features", json!(["tracking", "reports", "fleet", "field_service"]))
        .and(
            "password_policy",
            json!({"min_length": 6, "max_length": 20, "special_chars": "!@#$%^&*-=()<>[]{}+:;.,/\\?|~`'\"",
                   "min_special_chars_count": 0, "min_digits_count": 0,
                   "min_uppercase_count": 0, "min_lowercase_count": 0}),
        ))
}

/// `panel/timezone/list`: every IANA zone with its standard offset and
/// its daylight-saving shift, in hours, by name.
pub fn timezones(_store: &Store, p: &Params) -> OpResult {
    p.required_str("locale")?;
    let year = chrono::Utc::now().year();
    let list: Vec<Value> = chrono_tz::TZ_VARIANTS
        .iter()
        .filter_map(|tz| {
            let winter = tz.with_ymd_and_hms(year, 1, 15, 12, 0, 0).single()?;
            let summer = tz.with_ymd_and_hms(year, 7, 15, 12, 0, 0).single()?;
            let base = winter.offset().base_utc_offset().num_minutes() as f64 / 60.0;
            let shift = (summer.offset().fix().local_minus_utc()
                - winter.offset().fix().local_minus_utc())
            .abs()
                / 3600;
            Some(json!({
                "zone_id": tz.name(),
                "description": tz.name().replace('_', " "),
                "base_offset": base,
                "dst_offset": shift,
                "country_code": "",
            }))
        })
        .collect();
    Ok(Reply::with("list", list))
}
