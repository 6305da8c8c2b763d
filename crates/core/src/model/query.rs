//! Parameters of `panel/user/list` and `panel/user/export`.

use serde::{Deserialize, Serialize};

/// The only fields `list` and `export` can sort by.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderBy {
    #[default]
    Id,
    Login,
    LastName,
    Balance,
    Bonus,
    Phone,
    PostCity,
}

impl OrderBy {
    pub const ALL: [OrderBy; 7] = [
        Self::Id,
        Self::Login,
        Self::LastName,
        Self::Balance,
        Self::Bonus,
        Self::Phone,
        Self::PostCity,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::Login => "login",
            Self::LastName => "last_name",
            Self::Balance => "balance",
            Self::Bonus => "bonus",
            Self::Phone => "phone",
            Self::PostCity => "post_city",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// A page of the users list. Unset fields are not sent (server defaults apply).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ListQuery {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub order_by: Option<OrderBy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ascending: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub offset: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hide_inactive: Option<bool>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExportFormat {
    #[default]
    Xlsx,
    Csv,
}

impl ExportFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// The list parameters plus the file format and the columns to write.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ExportQuery {
    #[serde(flatten)]
    pub list: ListQuery,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub format: Option<ExportFormat>,
    /// User field names, e.g. `["id", "login", "balance"]`; None = server default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub columns: Option<Vec<String>>,
}
