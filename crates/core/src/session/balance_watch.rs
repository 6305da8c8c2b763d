//! The balance watch (#29): for each of the dealer's users, what the balance
//! was charged over the last 30 days and when, at that rate, it runs out.
//! Navixy has no such report; it is read here from every user's
//! transactions, one request per user, at the client's rate limit.

use super::watch_history::WatchHistory;
use crate::api::{self, Client, DealerHash};
use crate::model::User;
use chrono::{Duration, NaiveDate, NaiveDateTime, Timelike};
use std::collections::HashSet;

/// The days whose charges set the daily rate; one `transaction/list` span
/// (a month at most is accepted: API-NOTES).
pub const WINDOW_DAYS: i64 = 30;
/// Users read at once: enough to keep the rate limit busy over a slow link.
const AT_ONCE: usize = 8;

/// One user's line of the watch.
#[derive(Debug, Clone, PartialEq)]
pub struct Watch {
    pub login: String,
    pub id: i64,
    pub balance: f64,
    /// What the balance was charged over the last 30 days, as a positive amount.
    pub spent: f64,
    /// Whole days until the balance runs out at that daily rate;
    /// none when nothing was spent. 0 when it is out already.
    pub days_left: Option<i64>,
    pub runs_out_on: Option<NaiveDate>,
}

/// Whole days `balance` lasts at `spent` per 30 days, and the day it runs
/// out counted from `today`: floor(balance / (spent / 30)).
pub fn forecast(balance: f64, spent: f64, today: NaiveDate) -> (Option<i64>, Option<NaiveDate>) {
    if spent <= 0.0 {
        return (None, None);
    }
    let days = (balance / (spent / WINDOW_DAYS as f64)).floor().max(0.0);
    // A balance that lasts beyond any calendar is not a day.
    let days = (days < 1e6).then_some(days as i64);
    let on = days.and_then(|d| today.checked_add_signed(Duration::days(d)));
    (days, on)
}

/// The span whose charges count, read at `now`: the 30 days to the end of
/// the current second (the server compares whole seconds and leaves `to`
/// out, so a charge made a moment ago counts).
pub fn window(now: NaiveDateTime) -> (NaiveDateTime, NaiveDateTime) {
    let to = now.with_nanosecond(0).unwrap_or(now) + Duration::seconds(1);
    (to - Duration::days(WINDOW_DAYS), to)
}

/// `user`'s line, from what the window's charges came to.
pub fn line(user: &User, spent: f64, today: NaiveDate) -> Watch {
    let balance = user.balance.unwrap_or(0.0);
    let (days_left, runs_out_on) = forecast(balance, spent, today);
    Watch {
        login: user.fields.login.clone().unwrap_or_default(),
        id: user.id,
        balance,
        spent,
        days_left,
        runs_out_on,
    }
}

fn order(a: &Watch, b: &Watch) -> std::cmp::Ordering {
    let key = |w: &Watch| w.days_left.unwrap_or(i64::MAX);
    key(a).cmp(&key(b)).then_with(|| a.login.cmp(&b.login))
}

/// Soonest to run out first; those who spent nothing last; then by login.
pub fn sort(watch: &mut [Watch]) {
    watch.sort_by(order);
}

/// Puts `line` in its place in a list kept sorted (a screen filling in).
pub fn insert_sorted(list: &mut Vec<Watch>, line: Watch) {
    let at = list.partition_point(|w| order(w, &line).is_lt());
    list.insert(at, line);
}

/// What one run read: the users' lines (sorted), and the users that could
/// not be read, with why.
#[derive(Debug, Default)]
pub struct Report {
    pub watch: Vec<Watch>,
    pub unread: Vec<(User, api::Error)>,
    pub requests: usize,
    /// Transactions the answers held (a reading that starts from a kept
    /// one reads far fewer).
    pub transactions: usize,
}

/// Reads every user and their charges over the 30 days before `now`, each
/// user asked only for what `history` does not hold yet (a new history:
/// everything); `progress(read, of)` after each user. `history` keeps what
/// was read, and forgets the users who are gone.
pub async fn read(
    client: &Client,
    hash: &DealerHash,
    now: NaiveDateTime,
    history: &mut WatchHistory,
    progress: &mut dyn FnMut(usize, usize),
) -> Result<Report, api::Error> {
    let mut report = Report::default();
    let users = super::user_index::every_user(client, hash, &mut report.requests).await?;
    let window = window(now);
    let ids: HashSet<i64> = users.iter().map(|u| u.id).collect();
    history.keep_only(&ids);
    let total = users.len();
    let mut queue = users.into_iter();
    let mut pending = tokio::task::JoinSet::new();
    let mut done = 0;
    loop {
        while pending.len() < AT_ONCE {
            let Some(user) = queue.next() else { break };
            let span = history.span(user.id, window);
            let (client, hash) = (client.clone(), hash.clone());
            pending.spawn(async move {
                let read = match span {
                    Some((from, to)) => Some(
                        client
                            .transactions_list(&hash, user.id, from, to, None)
                            .await,
                    ),
                    None => None,
                };
                (user, span, read)
            });
        }
        let Some(joined) = pending.join_next().await else {
            break;
        };
        let (user, span, read) = joined.map_err(|e| api::Error::UnexpectedResponse {
            status: 0,
            detail: format!("reading stopped: {e}"),
        })?;
        done += 1;
        progress(done, total);
        match (span, read) {
            (Some(span), Some(Ok(list))) => {
                report.requests += 1;
                report.transactions += list.len();
                history.add(user.id, &list, span, window);
            }
            (_, Some(Err(e))) => {
                report.unread.push((user, e));
                continue;
            }
            _ => {}
        }
        report.watch.push(history.watch(&user, window, now.date()));
    }
    sort(&mut report.watch);
    Ok(report)
}

/// The report's columns, in this order: scripts read them by name.
pub const COLUMNS: [&str; 6] = [
    "login",
    "id",
    "balance",
    "spent_30d",
    "days_left",
    "runs_out_on",
];

fn cells(w: &Watch) -> [String; 6] {
    [
        w.login.clone(),
        w.id.to_string(),
        format!("{:.2}", w.balance),
        format!("{:.2}", w.spent),
        w.days_left.map(|d| d.to_string()).unwrap_or_default(),
        w.runs_out_on
            .map(|d| d.format(crate::model::DATE_FORMAT).to_string())
            .unwrap_or_default(),
    ]
}

/// The report as CSV: a header of [`COLUMNS`], money with two decimals,
/// dates as YYYY-MM-DD, empty where there is none.
pub fn to_csv(watch: &[Watch]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(COLUMNS)?;
    for line in watch {
        w.write_record(cells(line))?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// The report as a JSON array of objects with [`COLUMNS`] as keys; none is null.
pub fn to_json(watch: &[Watch]) -> serde_json::Value {
    let lines = watch.iter().map(|w| {
        serde_json::json!({
            "login": w.login,
            "id": w.id,
            "balance": (w.balance * 100.0).round() / 100.0,
            "spent_30d": (w.spent * 100.0).round() / 100.0,
            "days_left": w.days_left,
            "runs_out_on": w.runs_out_on.map(|d| d.format(crate::model::DATE_FORMAT).to_string()),
        })
    });
    serde_json::Value::Array(lines.collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn a_balance_lasts_whole_days_at_the_windows_rate() {
        let today = day("2026-12-04");
        // 30 spent in 30 days: 1 a day; 70 lasts 70 days.
        assert_eq!(
            forecast(70.0, 30.0, today),
            (Some(70), Some(day("2027-02-12")))
        );
        // 10 a day: 25 lasts 2 whole days.
        assert_eq!(forecast(25.0, 300.0, today).0, Some(2));
        // Out already: 0 days, today.
        assert_eq!(forecast(-5.0, 30.0, today), (Some(0), Some(today)));
        // Nothing spent: never.
        assert_eq!(forecast(100.0, 0.0, today), (None, None));
        assert_eq!(forecast(1e300, 0.01, today), (None, None));
    }

    #[test]
    fn soonest_first_and_those_who_spent_nothing_last() {
        let w = |login: &str, days_left: Option<i64>| Watch {
            login: login.into(),
            id: 0,
            balance: 0.0,
            spent: 0.0,
            days_left,
            runs_out_on: None,
        };
        let lines = [w("c", None), w("b", Some(9)), w("a", None), w("d", Some(2))];
        let mut list = lines.to_vec();
        sort(&mut list);
        let logins =
            |list: &[Watch]| -> Vec<String> { list.iter().map(|w| w.login.clone()).collect() };
        assert_eq!(logins(&list), ["d", "b", "a", "c"]);
        // Filled in one by one, the same order.
        let mut filled = Vec::new();
        for line in lines {
            insert_sorted(&mut filled, line);
        }
        assert_eq!(logins(&filled), logins(&list));
    }
}
