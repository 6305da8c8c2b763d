//! Billing transactions of a user (panel/user/transaction/*).

use serde::{Deserialize, Serialize};

/// One billing transaction. Types and subtypes are kept as text: the server
/// knows more of them than any list we could write down.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Transaction {
    pub description: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub subtype: Option<String>,
    pub timestamp: Option<String>,
    pub user_id: Option<i64>,
    pub dealer_id: Option<i64>,
    pub tracker_id: Option<i64>,
    pub amount: Option<f64>,
    pub new_balance: Option<f64>,
    pub old_balance: Option<f64>,
    pub bonus_amount: Option<f64>,
    pub new_bonus: Option<f64>,
    pub old_bonus: Option<f64>,
}

/// Which balance `change_balance` moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BalanceKind {
    Balance,
    Bonus,
}

impl BalanceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Balance => "balance",
            Self::Bonus => "bonus",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "balance" => Some(Self::Balance),
            "bonus" => Some(Self::Bonus),
            _ => None,
        }
    }

    /// This balance of `user` (none stored is 0).
    pub fn of(self, user: &super::User) -> f64 {
        match self {
            Self::Balance => user.balance,
            Self::Bonus => user.bonus,
        }
        .unwrap_or(0.0)
    }
}
