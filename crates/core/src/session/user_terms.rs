//! Each user's discount and default plan (#29): what the users list leaves
//! out and segments ask about ("whose discount ends this month?", "who is
//! on this plan?"). Read one user at a time at the rate limit, and kept in
//! the data folder per server and dealer (`kept`), with when it was read.

use super::kept::{self, KeptError, Owned};
use crate::model::Discount;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// What one user is charged under.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Terms {
    #[serde(default)]
    pub discount: Option<Discount>,
    #[serde(default)]
    pub plan: Option<i64>,
}

/// Every user's terms, of one dealer on one server.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeptTerms {
    pub server: String,
    pub dealer: String,
    /// When the last reading ended (or stopped).
    pub read_at: Option<DateTime<Utc>>,
    pub users: BTreeMap<i64, Terms>,
}

impl Owned for KeptTerms {
    fn owner(&self) -> (&str, &str) {
        (&self.server, &self.dealer)
    }
}

/// The file of `dealer`'s users' terms on `server` in `data_dir`.
pub fn file(data_dir: &Path, server: &str, dealer: &str) -> PathBuf {
    kept::file(data_dir, "terms", server, dealer)
}

impl KeptTerms {
    pub fn new(server: &str, dealer: &str) -> Self {
        KeptTerms {
            server: server.to_owned(),
            dealer: dealer.to_owned(),
            read_at: None,
            users: BTreeMap::new(),
        }
    }

    pub fn load(path: &Path, server: &str, dealer: &str) -> Result<Self, KeptError> {
        kept::load(path, server, dealer)
    }

    pub fn save(&self, path: &Path) -> Result<(), KeptError> {
        kept::save(self, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_read_back_for_their_own_dealer_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut t = KeptTerms::new("https://api.example/", "dealer");
        t.users.insert(
            5,
            Terms {
                discount: Some(Discount {
                    value: Some(5.5),
                    ..Default::default()
                }),
                plan: Some(3),
            },
        );
        let path = file(dir.path(), &t.server, &t.dealer);
        t.save(&path).unwrap();
        assert_eq!(KeptTerms::load(&path, &t.server, "Dealer").unwrap(), t);
        assert!(matches!(
            KeptTerms::load(&path, "https://other.example/", "dealer"),
            Err(KeptError::NotThisDealer)
        ));
        assert_ne!(
            path,
            crate::session::user_index::file(dir.path(), &t.server, &t.dealer)
        );
    }
}
