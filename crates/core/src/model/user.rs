//! The user account as the Admin Panel API describes it (seed: panel-user-api.txt).
//!
//! Reading is tolerant: every field may be absent (None) and unknown fields are
//! ignored, so a newer server never breaks an older panel.

use serde::{Deserialize, Serialize};

/// The kind of customer. The API cannot change it after creation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegalType {
    Individual,
    LegalEntity,
    SoleTrader,
}

impl LegalType {
    pub const ALL: [LegalType; 3] = [Self::Individual, Self::LegalEntity, Self::SoleTrader];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Individual => "individual",
            Self::LegalEntity => "legal_entity",
            Self::SoleTrader => "sole_trader",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }

    /// The number the bulk-upload "Legal status" column uses (1, 2, 3).
    pub fn import_number(self) -> u8 {
        match self {
            Self::Individual => 1,
            Self::LegalEntity => 2,
            Self::SoleTrader => 3,
        }
    }

    pub fn from_import_number(n: u8) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.import_number() == n)
    }

    /// Legal entities and sole traders must give their addresses.
    pub fn needs_addresses(self) -> bool {
        !matches!(self, Self::Individual)
    }

    /// Only legal entities have a legal name.
    pub fn needs_legal_name(self) -> bool {
        matches!(self, Self::LegalEntity)
    }
}

/// The editable part of a user: what travels inside `user` on create and update.
/// Read-only fields (balance, bonus, creation date, trackers, comment) are not here,
/// so they cannot be sent by mistake.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserFields {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activated: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verified: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub legal_name: Option<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient::legal_type"
    )]
    pub legal_type: Option<LegalType>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_index: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub post_street_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_index: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registered_street_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state_reg_num: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tin: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub okpo_code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub iec: Option<String>,
}

/// A user as the server reports it (list, read).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    pub id: i64,
    #[serde(default)]
    pub dealer_id: Option<i64>,
    #[serde(flatten)]
    pub fields: UserFields,
    #[serde(default)]
    pub balance: Option<f64>,
    #[serde(default)]
    pub bonus: Option<f64>,
    #[serde(default)]
    pub creation_date: Option<String>,
    #[serde(default)]
    pub trackers_count: Option<i64>,
    #[serde(default)]
    pub comment: Option<String>,
    /// May use two-factor authentication (e-mail codes).
    #[serde(default)]
    pub mfa_allowed: Option<bool>,
    /// The menu preset of the user's own (None: the dealer's default).
    #[serde(default)]
    pub menu_preset_id: Option<i64>,
}

impl User {
    /// What an operator calls this customer: the legal name of a legal entity,
    /// otherwise "Last First Middle", falling back to the login.
    pub fn display_name(&self) -> String {
        let f = &self.fields;
        if f.legal_type == Some(LegalType::LegalEntity)
            && let Some(name) = f
                .legal_name
                .as_deref()
                .map(str::trim)
                .filter(|s| !s.is_empty())
        {
            return name.to_owned();
        }
        let parts: Vec<&str> = [&f.last_name, &f.first_name, &f.middle_name]
            .into_iter()
            .filter_map(|p| p.as_deref().map(str::trim).filter(|s| !s.is_empty()))
            .collect();
        if parts.is_empty() {
            f.login.clone().unwrap_or_default()
        } else {
            parts.join(" ")
        }
    }
}

/// How a personal discount combines with the tariff's progressive discount.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DiscountStrategy {
    NoSumming,
    SumWithProgressive,
}

impl DiscountStrategy {
    pub const ALL: [DiscountStrategy; 2] = [Self::NoSumming, Self::SumWithProgressive];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::NoSumming => "no_summing",
            Self::SumWithProgressive => "sum_with_progressive",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A personal discount. The seed's names are sent; the newer spec's
/// `percent` and `device_limit` are accepted when reading.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Discount {
    #[serde(alias = "percent")]
    pub value: Option<f64>,
    #[serde(alias = "device_limit")]
    pub min_trackers: Option<i64>,
    /// `yyyy-MM-dd` (a date-time is accepted); None is open-ended.
    pub end_date: Option<String>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        deserialize_with = "lenient::strategy"
    )]
    pub strategy: Option<DiscountStrategy>,
}

/// Enum fields that tolerate values this build does not know: an unknown legal
/// type or strategy reads as None instead of failing the whole list.
mod lenient {
    use super::{DiscountStrategy, LegalType};
    use serde::{Deserialize, Deserializer};

    pub fn legal_type<'de, D: Deserializer<'de>>(d: D) -> Result<Option<LegalType>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        Ok(s.as_deref().and_then(LegalType::parse))
    }

    pub fn strategy<'de, D: Deserializer<'de>>(d: D) -> Result<Option<DiscountStrategy>, D::Error> {
        let s: Option<String> = Option::deserialize(d)?;
        Ok(s.as_deref().and_then(DiscountStrategy::parse))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_unknown_and_missing_fields_tolerantly() {
        let u: User = serde_json::from_str(
            r#"{"id": 7, "login": "a@b.co", "legal_type": "martian", "shoe_size": 44}"#,
        )
        .unwrap();
        assert_eq!(u.id, 7);
        assert_eq!(u.fields.login.as_deref(), Some("a@b.co"));
        assert_eq!(u.fields.legal_type, None);
        assert_eq!(u.balance, None);
    }

    #[test]
    fn discount_accepts_newer_names() {
        let d: Discount =
            serde_json::from_str(r#"{"percent": 5.5, "device_limit": 3, "end_date": null}"#)
                .unwrap();
        assert_eq!(d.value, Some(5.5));
        assert_eq!(d.min_trackers, Some(3));
        let sent = serde_json::to_value(&d).unwrap();
        assert!(sent.get("value").is_some() && sent.get("percent").is_none());
    }

    #[test]
    fn display_name_prefers_legal_name_for_companies() {
        let mut u: User = serde_json::from_str(
            r#"{"id":1,"login":"x@y.z","first_name":"John","last_name":"Smith","legal_name":"ABC Inc.","legal_type":"legal_entity"}"#,
        )
        .unwrap();
        assert_eq!(u.display_name(), "ABC Inc.");
        u.fields.legal_type = Some(LegalType::Individual);
        assert_eq!(u.display_name(), "Smith John");
    }
}
