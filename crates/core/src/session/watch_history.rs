//! What the balance watch read (#29), kept in the data folder per server and
//! dealer: for each user, up to when its transactions were read, the charges
//! of the 30 days before that, and each month's top-ups and charges. The next
//! reading asks each user only for what is newer, and the months add up to
//! the dealer's chart.
//!
//! A transaction is never changed once made, so what was read stays true. The
//! last day before the end of a reading is read again the next time (the
//! server's clock and time zone are not the panel's, and a charge made in
//! the second a user was read may come after the read): what was kept of
//! that day is replaced by what is read, so nothing counts twice. A user
//! last read before the watch's window is read for the whole window.

use super::balance_watch::{Watch, line};
use super::kept::{self, KeptError, Owned};
use crate::model::{DATE_TIME_FORMAT, Transaction, User};
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

/// Months a user's totals are kept for (the chart shows a year).
pub const MONTHS_KEPT: usize = 13;

/// How much before the end of the last reading the next one starts.
pub const READ_AGAIN: Duration = Duration::days(1);

/// Money in whole cents: sums of thousands of lines stay exact.
type Cents = i64;

fn cents(amount: f64) -> Cents {
    (amount * 100.0).round() as Cents
}

/// One month's money of a user, or of the dealer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Month {
    /// Money put on the balance (payments, refunds): positive amounts.
    pub top_ups: Cents,
    /// Money taken from the balance, as a positive sum.
    pub charges: Cents,
}

/// What was read of one user.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct UserRead {
    /// Transactions before this moment were read (it is left out).
    pub to: Option<NaiveDateTime>,
    /// The charges of the watch's window before `to`: when, and how much.
    pub charges: Vec<(NaiveDateTime, Cents)>,
    /// Every line of the last [`READ_AGAIN`] before `to` (charges negative):
    /// what the next reading reads again, taken out before it is added.
    #[serde(default)]
    pub tail: Vec<(NaiveDateTime, Cents)>,
    /// "2026-11" → that month's money.
    pub months: BTreeMap<String, Month>,
}

/// Every user's reading, of one dealer on one server.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WatchHistory {
    pub server: String,
    pub dealer: String,
    /// The earliest moment read: the months before it hold nothing read.
    #[serde(default)]
    pub since: Option<NaiveDateTime>,
    pub users: BTreeMap<i64, UserRead>,
}

impl Owned for WatchHistory {
    fn owner(&self) -> (&str, &str) {
        (&self.server, &self.dealer)
    }
}

/// The file of `dealer`'s watch history on `server` in `data_dir`.
pub fn file(data_dir: &Path, server: &str, dealer: &str) -> PathBuf {
    kept::file(data_dir, "watch", server, dealer)
}

fn month_of(at: NaiveDateTime) -> String {
    format!("{:04}-{:02}", at.year(), at.month())
}

impl WatchHistory {
    pub fn new(server: &str, dealer: &str) -> Self {
        WatchHistory {
            server: server.to_owned(),
            dealer: dealer.to_owned(),
            since: None,
            users: BTreeMap::new(),
        }
    }

    pub fn load(path: &Path, server: &str, dealer: &str) -> Result<Self, KeptError> {
        kept::load(path, server, dealer)
    }

    pub fn save(&self, path: &Path) -> Result<(), KeptError> {
        kept::save(self, path)
    }

    /// The span to ask user `id` for, in the `window` of this reading: what
    /// is newer than what was read, or the whole window; None when what was
    /// read reaches the window's end already (nothing to ask).
    pub fn span(
        &self,
        id: i64,
        window: (NaiveDateTime, NaiveDateTime),
    ) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let (from, to) = window;
        let read_to = self.users.get(&id).and_then(|u| u.to);
        let from = read_to.map_or(from, |r| (r - READ_AGAIN).max(from));
        (from < to).then_some((from, to))
    }

    /// Takes user `id`'s transactions of `span` (as [`span`](Self::span)
    /// gave it), read in the reading whose window is `window`.
    pub fn add(
        &mut self,
        id: i64,
        list: &[Transaction],
        span: (NaiveDateTime, NaiveDateTime),
        window: (NaiveDateTime, NaiveDateTime),
    ) {
        self.since = Some(self.since.map_or(span.0, |s| s.min(span.0)));
        let user = self.users.entry(id).or_default();
        if user.to.is_none_or(|to| to < span.0) {
            // Read from the window's start: what was kept before it is not
            // this window's (months stay).
            user.charges.clear();
            user.tail.clear();
        } else {
            // What is read again is taken out first.
            for (at, amount) in user.tail.iter().filter(|(at, _)| *at >= span.0) {
                let month = user.months.entry(month_of(*at)).or_default();
                if *amount > 0 {
                    month.top_ups -= amount;
                } else {
                    month.charges += amount;
                }
            }
            user.tail.retain(|(at, _)| *at < span.0);
            user.charges.retain(|(at, _)| *at < span.0);
        }
        for t in list {
            let Some(amount) = t.amount.map(cents).filter(|a| *a != 0) else {
                continue;
            };
            // A time that does not read is taken as the span's last moment:
            // its money still counts, in this month.
            let at = t
                .timestamp
                .as_deref()
                .and_then(|s| NaiveDateTime::parse_from_str(s, DATE_TIME_FORMAT).ok())
                .filter(|at| *at >= span.0 && *at < span.1)
                .unwrap_or(span.1 - Duration::seconds(1));
            let month = user.months.entry(month_of(at)).or_default();
            if amount > 0 {
                month.top_ups += amount;
            } else {
                month.charges -= amount;
                user.charges.push((at, -amount));
            }
            user.tail.push((at, amount));
        }
        user.charges.retain(|(at, _)| *at >= window.0);
        user.tail.retain(|(at, _)| *at >= span.1 - READ_AGAIN);
        user.months.retain(|_, m| *m != Month::default());
        while user.months.len() > MONTHS_KEPT {
            user.months.pop_first();
        }
        user.to = Some(span.1);
    }

    /// What user `id` was charged in the window, as a positive amount.
    pub fn spent(&self, id: i64, window: (NaiveDateTime, NaiveDateTime)) -> f64 {
        let cents: Cents = self
            .users
            .get(&id)
            .map(|u| {
                u.charges
                    .iter()
                    .filter(|(at, _)| *at >= window.0 && *at < window.1)
                    .map(|(_, c)| c)
                    .sum()
            })
            .unwrap_or(0);
        cents as f64 / 100.0
    }

    /// `user`'s line of the watch, from what was read.
    pub fn watch(
        &self,
        user: &User,
        window: (NaiveDateTime, NaiveDateTime),
        today: NaiveDate,
    ) -> Watch {
        line(user, self.spent(user.id, window), today)
    }

    /// The dealer's money per month, oldest first: the users' months summed.
    pub fn months(&self) -> Vec<(String, Month)> {
        let mut sum: BTreeMap<&str, Month> = BTreeMap::new();
        for user in self.users.values() {
            for (name, m) in &user.months {
                let s = sum.entry(name).or_default();
                s.top_ups += m.top_ups;
                s.charges += m.charges;
            }
        }
        let skip = sum.len().saturating_sub(MONTHS_KEPT);
        sum.into_iter()
            .skip(skip)
            .map(|(k, v)| (k.to_owned(), v))
            .collect()
    }

    /// Forgets the users no longer the dealer's (deleted since).
    pub fn keep_only(&mut self, ids: &HashSet<i64>) {
        self.users.retain(|id, _| ids.contains(id));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, DATE_TIME_FORMAT).unwrap()
    }

    fn tx(when: &str, amount: f64) -> Transaction {
        serde_json::from_value(serde_json::json!({"timestamp": when, "amount": amount})).unwrap()
    }

    #[test]
    fn a_second_reading_asks_only_for_what_is_newer_and_adds_up() {
        let mut h = WatchHistory::new("s", "d");
        let first = (at("2026-11-01 10:00:00"), at("2026-12-01 10:00:00"));
        let span = h.span(7, first).unwrap();
        assert_eq!(span, first, "never read: the whole window");
        h.add(
            7,
            &[
                tx("2026-11-03 00:00:00", -30.0),
                tx("2026-11-20 00:00:00", 100.0),
                tx("2026-11-30 12:00:00", -0.1),
            ],
            span,
            first,
        );
        assert_eq!(h.spent(7, first), 30.1);
        // Two days later: the two days are asked for, and the last day of
        // the reading before again; what it read again counts once.
        let second = (at("2026-11-03 10:00:00"), at("2026-12-03 10:00:00"));
        let span = h.span(7, second).unwrap();
        assert_eq!(span, (at("2026-11-30 10:00:00"), second.1));
        let again = [
            tx("2026-11-30 12:00:00", -0.1),
            tx("2026-12-02 00:00:00", -5.0),
        ];
        h.add(7, &again, span, second);
        // The charge of Nov 3 fell out of the window.
        assert_eq!(h.spent(7, second), 5.1);
        assert_eq!(
            h.months(),
            [
                (
                    "2026-11".into(),
                    Month {
                        top_ups: 10_000,
                        charges: 3_010
                    }
                ),
                (
                    "2026-12".into(),
                    Month {
                        top_ups: 0,
                        charges: 500
                    }
                ),
            ]
        );
        // Read again at once: the same lines, the same sums.
        let before = h.clone();
        let span = h.span(7, second).unwrap();
        assert_eq!(span, (at("2026-12-02 10:00:00"), second.1));
        h.add(7, &[], span, second);
        assert_eq!(h.months(), before.months());
        assert_eq!(h.spent(7, second), 5.1);
        // Read long ago: the whole window again, and old charges go.
        let later = (at("2027-01-10 10:00:00"), at("2027-02-09 10:00:00"));
        assert_eq!(h.span(7, later), Some(later));
        h.add(7, &[], later, later);
        assert_eq!(h.spent(7, later), 0.0);
    }

    #[test]
    fn only_the_balances_charges_count_and_add_up_exactly() {
        let mut h = WatchHistory::new("s", "d");
        let window = (at("2026-11-01 00:00:00"), at("2026-12-01 00:00:00"));
        let when = "2026-11-10 00:00:00";
        let mut list = vec![
            tx(when, 50.0),
            tx(when, -0.1),
            tx(when, -0.2),
            tx(when, 0.0),
        ];
        list.extend((0..1000).map(|_| tx(when, -0.01)));
        h.add(1, &list, window, window);
        assert_eq!(h.spent(1, window), 10.3);
    }

    #[test]
    fn months_are_kept_for_a_year_and_a_time_that_does_not_read_still_counts() {
        let mut h = WatchHistory::new("s", "d");
        for m in 1..=15 {
            let from = at(&format!(
                "{}-{:02}-01 00:00:00",
                2025 + (m - 1) / 12,
                (m - 1) % 12 + 1
            ));
            let window = (from, from + Duration::days(20));
            h.add(1, &[tx("not a time", -1.0)], window, window);
        }
        let months = h.months();
        assert_eq!(months.len(), MONTHS_KEPT);
        assert_eq!(months[0].0, "2025-03");
        assert!(months.iter().all(|(_, m)| m.charges == 100));
    }

    #[test]
    fn a_history_reads_back_for_its_own_dealer_only() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = WatchHistory::new("https://api.example/", "Dealer");
        let window = (at("2026-11-01 10:00:00"), at("2026-12-01 10:00:00"));
        h.add(3, &[tx("2026-11-03 00:00:00", -2.5)], window, window);
        let path = file(dir.path(), &h.server, &h.dealer);
        h.save(&path).unwrap();
        assert_eq!(WatchHistory::load(&path, &h.server, "dealer").unwrap(), h);
        assert!(matches!(
            WatchHistory::load(&path, &h.server, "other"),
            Err(KeptError::NotThisDealer)
        ));
    }
}
