//! `panel/tracker/list`: a user's trackers. The sandbox keeps no tracker
//! table: each user's trackers are drawn from the user's id, as many as its
//! `trackers_count`, the clones and the deleted (corrupted) one where the
//! showcase users have them, so the list always agrees with the user.

use super::super::params::Params;
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::Store;
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use rusqlite::params;
use serde_json::{Value, json};

const MODELS: [&str; 6] = [
    "Teltonika FMB920",
    "Queclink GV300",
    "Concox GT06N",
    "Teltonika FMC130",
    "Ruptela FM-Eco4",
    "Navixy Mobile App",
];
const LABELS: [&str; 6] = ["Van", "Truck", "Car", "Trailer", "Courier", "Excavator"];
const STATUSES: [&str; 5] = [
    "active",
    "idle",
    "offline",
    "signal_lost",
    "just_registered",
];

/// What a user's trackers are drawn from.
struct Owner {
    id: i64,
    dealer_id: i64,
    name: String,
    count: i64,
    corrupted: i64,
    clones: i64,
    created: String,
}

/// The id of a user's `index`-th tracker (from 0): the list and the demo
/// transactions agree on it.
pub fn tracker_id(user: i64, index: i64) -> i64 {
    user * 1000 + index + 1
}

fn trackers_of(o: &Owner) -> Vec<Value> {
    let mut rng = StdRng::seed_from_u64(o.id as u64 * 7919);
    (0..o.count)
        .map(|i| {
            let id = tracker_id(o.id, i);
            let kind = LABELS[rng.random_range(0..LABELS.len())];
            let model = MODELS[rng.random_range(0..MODELS.len())];
            let imei: String = (0..15)
                .map(|_| char::from(b'0' + rng.random_range(0..10u8)))
                .collect();
            let phone = format!("7{:010}", rng.random_range(0..10_000_000_000u64));
            let minutes_ago: i64 = rng.random_range(1..60 * 24 * 20);
            let last = (chrono::Utc::now() - chrono::Duration::minutes(minutes_ago))
                .format(navixy_core::model::DATE_TIME_FORMAT)
                .to_string();
            let status = STATUSES[rng.random_range(0..STATUSES.len())];
            // The last ones are the clones; the first, the one deleted.
            let clone = i >= o.count - o.clones;
            let deleted = i < o.corrupted;
            json!({
                "id": id,
                "label": format!("{kind} {}", i + 1),
                "group_id": 0,
                "user_id": o.id,
                "dealer_id": o.dealer_id,
                "owner_name": o.name,
                "model_name": model,
                "clone": clone,
                "deleted": deleted,
                "creation_date": day(&o.created),
                "last_connection": if status == "just_registered" { Value::Null } else { last.into() },
                "source": {
                    "id": id + 500_000,
                    "device_id": imei,
                    "model": model.split(' ').next_back().unwrap_or(model).to_lowercase(),
                    "blocked": status == "offline" && rng.random_range(0..5) == 0,
                    "phone": phone,
                    "tariff_id": super::tariffs::plan_ids(o.dealer_id).first().copied().unwrap_or(0),
                    "tariff_end_date": null,
                    "connection_status": status,
                    "creation_date": day(&o.created),
                }
            })
        })
        .collect()
}

/// `YYYY-MM-DD` of a `YYYY-MM-DD HH:MM:SS` (the spec's `format: date`).
fn day(date_time: &str) -> &str {
    date_time.get(..10).unwrap_or(date_time)
}

/// The text a tracker is sorted by for `order_by`.
fn sort_key(t: &Value, order_by: &str) -> (String, i64) {
    let id = t["id"].as_i64().unwrap_or(0);
    let text = match order_by {
        "id" => return (String::new(), id),
        "user_id" => return (String::new(), t["user_id"].as_i64().unwrap_or(0)),
        "device_id" | "phone" => t["source"][order_by].as_str().unwrap_or("").to_owned(),
        "status" => t["source"]["connection_status"]
            .as_str()
            .unwrap_or("")
            .to_owned(),
        "model" => t["model_name"].as_str().unwrap_or("").to_owned(),
        other => t[other].as_str().unwrap_or("").to_lowercase(),
    };
    (text, id)
}

pub fn list(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("trackers", "read")])?;
    let user_id = p.i64("user_id")?;
    let owners: Vec<Owner> = {
        let conn = store.conn();
        let mut stmt = conn.prepare(
            "SELECT id, dealer_id, COALESCE(NULLIF(legal_name, ''), TRIM(COALESCE(last_name, '') || ' ' || COALESCE(first_name, ''))),
                    trackers_count, tracker_corrupted, tracker_clones, creation_date
             FROM users WHERE dealer_id = ?1 AND deleted = 0 AND (?2 IS NULL OR id = ?2)",
        )?;
        stmt.query_map(params![dealer, user_id], |r| {
            Ok(Owner {
                id: r.get(0)?,
                dealer_id: r.get(1)?,
                name: r.get(2)?,
                count: r.get(3)?,
                corrupted: r.get(4)?,
                clones: r.get(5)?,
                created: r.get(6)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?
    };
    if user_id.is_some() && owners.is_empty() {
        // Not this dealer's user (or none at all).
        return Err(navixy_core::model::ErrorCode::NotFound.into());
    }
    let filter = p.str("filter")?.map(|f| f.trim().to_lowercase());
    let clones = p.str("clones_filter")?;
    let mut found: Vec<Value> = owners
        .iter()
        .flat_map(trackers_of)
        .filter(|t| match clones.as_deref() {
            Some("include_clones_only") => t["clone"] == true,
            Some("exclude_clones") => t["clone"] == false,
            _ => true,
        })
        .filter(|t| {
            filter.as_deref().is_none_or(|f| {
                f.is_empty()
                    || [
                        &t["label"],
                        &t["source"]["device_id"],
                        &t["source"]["phone"],
                    ]
                    .iter()
                    .any(|v| v.as_str().is_some_and(|s| s.to_lowercase().contains(f)))
            })
        })
        .collect();
    let order_by = p.str("order_by")?.unwrap_or_else(|| "id".to_owned());
    const ORDERS: [&str; 11] = [
        "id",
        "label",
        "status",
        "user_id",
        "owner_name",
        "model",
        "device_id",
        "phone",
        "last_connection",
        "creation_date",
        "comment",
    ];
    if !ORDERS.contains(&order_by.as_str()) {
        return Err(Failure::invalid_param("order_by", "Unknown sort field"));
    }
    found.sort_by_key(|t| sort_key(t, &order_by));
    if p.bool("ascending")? == Some(false) {
        found.reverse();
    }
    let count = found.len();
    let offset = p.count("offset", 0, i64::MAX)?.unwrap_or(0) as usize;
    let limit = p.count("limit", 0, i64::MAX)?.map(|l| l as usize);
    let page: Vec<Value> = found
        .into_iter()
        .skip(offset)
        .take(limit.unwrap_or(usize::MAX))
        .collect();
    Ok(Reply::with("list", page).and("count", count))
}
