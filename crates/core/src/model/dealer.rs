//! What the panel learns about the dealer itself: what it may do
//! (`panel/account/get_permissions`), its account (`panel/dealer/get_info`),
//! its plans (`panel/tariff/list`), the menu presets its users can have
//! (`panel/user/menu/preset/list`) and the time zones users can be given
//! (`panel/timezone/list`).

use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};

/// Something the operator may be allowed to do, by what the dealer's
/// permissions must grant for it (the gates Navixy's own panel uses).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Permit {
    /// Create users, one by one or by import.
    CreateUsers,
    /// Edit a user, its password, its 2FA and menu.
    EditUsers,
    /// Top up or take from a balance or bonus.
    ChangeBalance,
    DeleteUsers,
    /// A session as the user: "log in as", applications, the customer's view.
    ActAsUser,
    SeeTrackers,
    SeeTransactions,
    SeePlans,
}

impl Permit {
    /// Every `(section, action)` the permissions must list.
    pub fn needs(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Self::CreateUsers => &[("users", "create")],
            Self::EditUsers => &[("users", "update")],
            Self::ChangeBalance => &[("users", "update"), ("transactions", "create")],
            Self::DeleteUsers => &[("users", "corrupt")],
            Self::ActAsUser => &[("users", "read"), ("user_sessions", "create")],
            Self::SeeTrackers => &[("trackers", "read")],
            Self::SeeTransactions => &[("transactions", "read")],
            Self::SeePlans => &[("tariffs", "read")],
        }
    }
}

/// The dealer's permissions by section. Unknown (an older server, or not
/// read yet) allows everything: the server still refuses (13) what it must.
/// Known, an absent section grants nothing (the spec).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Permissions {
    sections: Option<BTreeMap<String, BTreeSet<String>>>,
}

impl Permissions {
    /// Permissions not known: nothing is hidden.
    pub fn unknown() -> Self {
        Self::default()
    }

    pub fn from_sections(sections: BTreeMap<String, Vec<String>>) -> Self {
        Permissions {
            sections: Some(
                sections
                    .into_iter()
                    .map(|(k, v)| (k, v.into_iter().collect()))
                    .collect(),
            ),
        }
    }

    pub fn is_known(&self) -> bool {
        self.sections.is_some()
    }

    pub fn allows(&self, permit: Permit) -> bool {
        let Some(sections) = &self.sections else {
            return true;
        };
        permit
            .needs()
            .iter()
            .all(|(section, action)| sections.get(*section).is_some_and(|a| a.contains(*action)))
    }
}

impl<'de> Deserialize<'de> for Permissions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        // A section that is not a list of texts grants nothing, rather than
        // failing the whole answer.
        let raw = BTreeMap::<String, serde_json::Value>::deserialize(d)?;
        Ok(Permissions::from_sections(
            raw.into_iter()
                .map(|(k, v)| {
                    let actions = v
                        .as_array()
                        .map(|a| {
                            a.iter()
                                .filter_map(|x| x.as_str().map(str::to_owned))
                                .collect()
                        })
                        .unwrap_or_default();
                    (k, actions)
                })
                .collect(),
        ))
    }
}

/// `panel/dealer/get_info`, the fields the panel uses.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct DealerInfo {
    pub id: Option<i64>,
    pub title: Option<String>,
    /// Where the dealer's customers' web interface lives (`demo.navixy.com`).
    pub domain: Option<String>,
}

/// A plan a user can be given (a "tariff" in the API).
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Plan {
    pub id: i64,
    #[serde(default)]
    pub name: String,
    /// `monthly` or `activeday`.
    #[serde(default, rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub price: Option<f64>,
    /// `tracker`, `camera`, `socket`.
    #[serde(default)]
    pub device_type: Option<String>,
}

impl Plan {
    /// "#101 Fleet Pro", as Navixy's panel names a plan.
    pub fn label(&self) -> String {
        format!("#{} {}", self.id, self.name)
    }
}

impl std::fmt::Display for Plan {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// A menu preset users can be given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuPreset {
    pub id: i64,
    pub title: String,
    /// The dealer's default: what a user without a preset of its own gets.
    pub is_default: bool,
}

/// An entry of `panel/user/menu/preset/list`.
#[derive(Debug, Clone, Deserialize)]
pub struct MenuPresetEntry {
    pub preset: MenuPresetHead,
    #[serde(default)]
    pub assignments: Vec<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct MenuPresetHead {
    pub id: i64,
    #[serde(default)]
    pub title: String,
}

impl From<MenuPresetEntry> for MenuPreset {
    fn from(e: MenuPresetEntry) -> Self {
        MenuPreset {
            id: e.preset.id,
            title: e.preset.title,
            is_default: e
                .assignments
                .iter()
                .any(|a| a.get("type").and_then(|t| t.as_str()) == Some("default")),
        }
    }
}

/// A time zone users can be given.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TimeZone {
    pub zone_id: String,
    #[serde(default)]
    pub description: String,
    /// Hours from UTC outside daylight saving (may be fractional).
    #[serde(default)]
    pub base_offset: f64,
}

impl TimeZone {
    /// "Europe/Berlin (UTC+1)".
    pub fn label(&self) -> String {
        let hours = self.base_offset.trunc() as i64;
        let minutes = ((self.base_offset.fract()).abs() * 60.0).round() as i64;
        let sign = if self.base_offset < 0.0 { '-' } else { '+' };
        match (hours, minutes) {
            (0, 0) => format!("{} (UTC)", self.zone_id),
            (h, 0) => format!("{} (UTC{sign}{})", self.zone_id, h.abs()),
            (h, m) => format!("{} (UTC{sign}{}:{m:02})", self.zone_id, h.abs()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(json: &str) -> Permissions {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn unknown_permissions_hide_nothing_and_an_absent_section_grants_nothing() {
        assert!(Permissions::unknown().allows(Permit::DeleteUsers));
        let viewer = known(r#"{"users": ["read"], "trackers": ["read"], "odd": 5}"#);
        assert!(viewer.allows(Permit::SeeTrackers));
        assert!(!viewer.allows(Permit::EditUsers));
        assert!(!viewer.allows(Permit::SeeTransactions), "absent section");
        assert!(!viewer.allows(Permit::ActAsUser), "needs user_sessions too");
        let editor = known(r#"{"users": ["read", "update"], "transactions": ["read"]}"#);
        assert!(editor.allows(Permit::EditUsers));
        assert!(
            !editor.allows(Permit::ChangeBalance),
            "needs transactions: create"
        );
    }

    #[test]
    fn time_zones_say_their_offset() {
        let tz = |id: &str, base| TimeZone {
            zone_id: id.into(),
            description: String::new(),
            base_offset: base,
        };
        assert_eq!(tz("UTC", 0.0).label(), "UTC (UTC)");
        assert_eq!(tz("Asia/Kolkata", 5.5).label(), "Asia/Kolkata (UTC+5:30)");
        assert_eq!(
            tz("America/St_Johns", -3.5).label(),
            "America/St_Johns (UTC-3:30)"
        );
        assert_eq!(tz("Europe/Berlin", 1.0).label(), "Europe/Berlin (UTC+1)");
    }
}
