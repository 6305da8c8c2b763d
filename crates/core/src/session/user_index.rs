//! The local index of a dealer's users (#29): every user read with the list
//! at a thousand a page, kept in the data folder per server and dealer login,
//! so segments are searched in a frame and are there at once the next time,
//! with their age said (the file: `kept`).

use super::kept::{self, KeptError, Owned};
use crate::api::{self, Client, DealerHash, ListQuery, UserPage};
use crate::model::User;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Users per list request: the most the server gives.
pub const PAGE: u32 = super::sync::PAGE;

/// Every user of one dealer on one server, as read at `read_at`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Index {
    /// The API address the users came from.
    pub server: String,
    /// The dealer login they were read with.
    pub dealer: String,
    pub read_at: DateTime<Utc>,
    pub users: Vec<User>,
}

impl Owned for Index {
    fn owner(&self) -> (&str, &str) {
        (&self.server, &self.dealer)
    }
}

/// The file of `dealer`'s index on `server` in `data_dir`.
pub fn file(data_dir: &Path, server: &str, dealer: &str) -> PathBuf {
    kept::file(data_dir, "users", server, dealer)
}

impl Index {
    /// Reads the index at `path`, if it is `dealer`'s on `server`.
    pub fn load(path: &Path, server: &str, dealer: &str) -> Result<Index, KeptError> {
        kept::load(path, server, dealer)
    }

    pub fn save(&self, path: &Path) -> Result<(), KeptError> {
        kept::save(self, path)
    }

    /// How long ago it was read, in the largest whole unit.
    pub fn age(&self, now: DateTime<Utc>) -> Age {
        age(self.read_at, now)
    }
}

/// How long before `now` something was read, in the largest whole unit.
pub fn age(read_at: DateTime<Utc>, now: DateTime<Utc>) -> Age {
    let seconds = (now - read_at).num_seconds().max(0);
    match seconds {
        s if s < 60 => Age::JustNow,
        s if s < 3600 => Age::Minutes(s / 60),
        s if s < 86_400 => Age::Hours(s / 3600),
        s => Age::Days(s / 86_400),
    }
}

/// How old an index is, as the operator is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Age {
    JustNow,
    Minutes(i64),
    Hours(i64),
    Days(i64),
}

/// The users list read page by page: what to ask next, and when it ends.
/// One definition of the end, for the screens and the command line.
#[derive(Debug, Default)]
pub struct Listing {
    pub users: Vec<User>,
    done: bool,
}

impl Listing {
    /// The next page's query; None once every user is read.
    pub fn next(&self) -> Option<ListQuery> {
        (!self.done).then(|| ListQuery {
            limit: Some(PAGE),
            offset: Some(u32::try_from(self.users.len()).unwrap_or(u32::MAX)),
            ..ListQuery::default()
        })
    }

    /// Takes a page; true when it was the last.
    pub fn take(&mut self, page: UserPage) -> bool {
        let got = page.list.len();
        self.users.extend(page.list);
        // A short page, or all that the server counts: the end. An empty
        // page ends it too, whatever the count says.
        if got == 0 || got < PAGE as usize || self.users.len() as u64 >= page.count {
            self.done = true;
        }
        self.done
    }

    pub fn is_done(&self) -> bool {
        self.done
    }
}

/// Every user of the dealer, a thousand a page; `requests` counts the pages.
pub async fn every_user(
    client: &Client,
    hash: &DealerHash,
    requests: &mut usize,
) -> Result<Vec<User>, api::Error> {
    let mut listing = Listing::default();
    while let Some(query) = listing.next() {
        let page = client.users_list(hash, &query).await?;
        *requests += 1;
        listing.take(page);
    }
    Ok(listing.users)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn index() -> Index {
        Index {
            server: "https://api.eu.navixy.com/v2/".into(),
            dealer: "Dealer@Example.com".into(),
            read_at: "2026-12-04T10:00:00Z".parse().unwrap(),
            users: vec![
                serde_json::from_value(serde_json::json!({"id": 7, "login": "a@b.c"})).unwrap(),
            ],
        }
    }

    #[test]
    fn an_index_reads_back_for_its_own_dealer_only() {
        let dir = tempfile::tempdir().unwrap();
        let i = index();
        let path = file(dir.path(), &i.server, &i.dealer);
        i.save(&path).unwrap();
        assert_eq!(
            Index::load(&path, &i.server, "dealer@example.com").unwrap(),
            i
        );
        assert!(matches!(
            Index::load(&path, &i.server, "other@example.com"),
            Err(KeptError::NotThisDealer)
        ));
        assert!(matches!(
            Index::load(&path, "https://evil.example/", &i.dealer),
            Err(KeptError::NotThisDealer)
        ));
        // Each server and dealer has a file of its own.
        assert_ne!(path, file(dir.path(), &i.server, "other@example.com"));
        assert_eq!(path, file(dir.path(), &i.server, "DEALER@example.com"));
    }

    #[test]
    fn a_broken_index_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("users.json");
        for bad in [&b"{"[..], b"[]", b"{\"server\":1}", b"\xff\xfe"] {
            std::fs::write(&path, bad).unwrap();
            assert!(matches!(
                Index::load(&path, "s", "d"),
                Err(KeptError::Shape(_))
            ));
        }
    }

    #[test]
    fn age_is_said_in_the_largest_whole_unit() {
        let i = index();
        let at = |s: &str| s.parse::<DateTime<Utc>>().unwrap();
        assert_eq!(i.age(at("2026-12-04T10:00:59Z")), Age::JustNow);
        assert_eq!(i.age(at("2026-12-04T10:02:30Z")), Age::Minutes(2));
        assert_eq!(i.age(at("2026-12-04T13:00:00Z")), Age::Hours(3));
        assert_eq!(i.age(at("2026-12-06T10:00:00Z")), Age::Days(2));
        // A clock set back says "just now", never a negative age.
        assert_eq!(i.age(at("2026-12-03T10:00:00Z")), Age::JustNow);
    }

    #[test]
    fn a_listing_ends_at_a_short_or_empty_page_or_the_count() {
        let users = |n: usize| -> Vec<User> {
            (0..n)
                .map(|i| serde_json::from_value(serde_json::json!({"id": i})).unwrap())
                .collect()
        };
        let mut l = Listing::default();
        assert_eq!(l.next().unwrap().offset, Some(0));
        assert!(!l.take(UserPage {
            list: users(1000),
            count: 2500
        }));
        assert_eq!(l.next().unwrap().offset, Some(1000));
        assert!(l.take(UserPage {
            list: users(10),
            count: 2500
        }));
        assert!(l.next().is_none());
        // A server that counts more than it gives ends at its empty page.
        let mut l = Listing::default();
        assert!(l.take(UserPage {
            list: vec![],
            count: 99
        }));
    }
}
