//! A user's trackers (`panel/tracker/list`) and how a page of them is asked for.

use serde::{Deserialize, Serialize};

/// A tracker as the list answers it: a device as presented to its owner.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Tracker {
    pub id: i64,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub user_id: Option<i64>,
    #[serde(default)]
    pub model_name: Option<String>,
    /// A clone shares its device with another tracker.
    #[serde(default)]
    pub clone: bool,
    #[serde(default)]
    pub deleted: bool,
    #[serde(default)]
    pub creation_date: Option<String>,
    #[serde(default)]
    pub last_connection: Option<String>,
    #[serde(default)]
    pub source: TrackerSource,
}

/// The device behind a tracker.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TrackerSource {
    /// The IMEI, or the device's own id.
    pub device_id: Option<String>,
    pub phone: Option<String>,
    pub blocked: Option<bool>,
    /// `active`, `idle`, `offline`, `signal_lost`, `just_registered`, ...
    pub connection_status: Option<String>,
}

/// What the trackers list can be sorted by (the spec's `order_by` values
/// the panel offers).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TrackerOrder {
    #[default]
    Id,
    Label,
    Model,
    DeviceId,
    Phone,
    Status,
    LastConnection,
    CreationDate,
}

/// A page of a user's trackers.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct TrackerQuery {
    pub user_id: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    pub order_by: TrackerOrder,
    pub ascending: bool,
    pub offset: u32,
    pub limit: u32,
}

/// One page of trackers; `count` ignores paging.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct TrackerPage {
    #[serde(default)]
    pub list: Vec<Tracker>,
    #[serde(default)]
    pub count: u64,
}
