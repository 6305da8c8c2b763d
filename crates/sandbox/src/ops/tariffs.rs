//! `panel/tariff/list`: the dealer's plans. Each dealer has its own few,
//! written here (the sandbox has no plan editor); a user's
//! `default_tariff_id` names one of them.

use super::super::params::Params;
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::Store;
use navixy_core::model::ErrorCode;
use serde_json::{Value, json};

/// (id, name, type, price, device type) of each dealer's plans.
fn plans(dealer: i64) -> Vec<(i64, &'static str, &'static str, f64, &'static str)> {
    // Ids never shared between dealers (5001: 100.., 5002: 200..): another
    // dealer's plan is unknown here.
    let base = dealer.rem_euclid(1000) * 100;
    vec![
        (base, "Fleet Standard", "monthly", 9.9, "tracker"),
        (base + 1, "Fleet Pro", "monthly", 14.9, "tracker"),
        (base + 2, "Pay per active day", "activeday", 0.45, "tracker"),
        (base + 3, "Personal", "monthly", 4.9, "tracker"),
        (base + 4, "Dash camera", "monthly", 7.5, "camera"),
    ]
}

/// The plan ids of a dealer (to check a user's `default_tariff_id`).
pub fn plan_ids(dealer: i64) -> Vec<i64> {
    plans(dealer).into_iter().map(|p| p.0).collect()
}

/// A `default_tariff_id` sent on create or update: one of the dealer's plans
/// (201 otherwise, as for any id the dealer does not own), or none.
pub fn check_plan(dealer: i64, plan: Option<i64>) -> Result<Option<i64>, Failure> {
    match plan {
        Some(id) if !plan_ids(dealer).contains(&id) => Err(ErrorCode::NotFound.into()),
        other => Ok(other),
    }
}

pub fn list(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("tariffs", "read")])?;
    let device_type = p.str("device_type")?;
    let filter = p.str("filter")?.map(|f| f.trim().to_lowercase());
    let mut found: Vec<Value> = plans(dealer)
        .into_iter()
        .filter(|(_, _, _, _, kind)| device_type.as_deref().is_none_or(|d| d == *kind))
        .filter(|(_, name, ..)| {
            filter
                .as_deref()
                .is_none_or(|f| f.is_empty() || name.to_lowercase().contains(f))
        })
        .map(|(id, name, kind, price, device)| {
            json!({
                "id": id, "name": name, "group_id": 0, "active": true, "type": kind,
                "price": price, "early_change_price": null, "device_limit": 1000,
                "has_reports": true, "store_period": "1y", "proportional_charge": false,
                "auto_prolong": true, "features": [], "device_type": device,
                "map_filter": {"exclusion": true, "values": []}, "service_prices": {}
            })
        })
        .collect();
    let count = found.len();
    let offset = p.count("offset", 0, i64::MAX)?.unwrap_or(0) as usize;
    let limit = p.count("limit", 0, i64::MAX)?.map(|l| l as usize);
    found = found
        .into_iter()
        .skip(offset)
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    Ok(Reply::with("list", found).and("count", count).and(
        "wholesale_service_prices",
        json!({"incoming_sms": 0.0, "outgoing_sms": 0.05, "service_sms": 0.05, "traffic": 0.0}),
    ))
}
