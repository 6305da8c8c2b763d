//! A demo user's money over the months before today, as a dealer's customer
//! lives it: each month the plan's fee for its trackers and a few small
//! charges, and now and then a top-up. The lines are walked back from
//! today's balance, so each one's old and new balance agree with the next
//! and none is below zero.

use super::super::money::cents;
use chrono::{Duration, Utc};
use navixy_core::model::DATE_TIME_FORMAT;
use rand::Rng;
use rand::rngs::StdRng;

const DAY: i64 = 24 * 60;
const MONTH: i64 = 30 * DAY;

/// The user the lines are for.
pub struct Owner {
    pub dealer: i64,
    pub user: i64,
    pub trackers: i64,
}

/// One line before its balances are known.
struct Line {
    minutes_ago: i64,
    kind: &'static str,
    subtype: &'static str,
    description: &'static str,
    amount: f64,
}

/// `months` of lines, newest first.
fn lines(rng: &mut StdRng, trackers: i64, months: i64) -> Vec<Line> {
    let fee = cents(trackers.max(1) as f64 * rng.random_range(1.0..3.0));
    let mut lines = Vec::new();
    for month in 0..months {
        let start = month * MONTH;
        let within = |rng: &mut StdRng| start + rng.random_range(60..MONTH);
        lines.push(Line {
            minutes_ago: start + rng.random_range(60..3 * DAY),
            kind: "tariff_charge",
            subtype: "monthly",
            description: "Monthly tariff fee",
            amount: -fee,
        });
        lines.push(Line {
            minutes_ago: within(rng),
            kind: "main_charge",
            subtype: "activeday",
            description: "Active day fee",
            amount: -cents(rng.random_range(0.5..3.5)),
        });
        lines.push(Line {
            minutes_ago: within(rng),
            kind: "tariff_charge",
            subtype: "sms",
            description: "SMS notifications",
            amount: -cents(rng.random_range(0.1..2.1)),
        });
        if rng.random_bool(0.6) {
            lines.push(Line {
                minutes_ago: within(rng),
                kind: "payment",
                subtype: "partner",
                description: "Payment received, thank you",
                amount: f64::from(rng.random_range(1..=8) * 50),
            });
        }
    }
    lines.sort_by_key(|l| l.minutes_ago);
    lines
}

/// A balance that lasts `days` more days (and a little) at what the lines
/// of the last 30 days spent: what the balance watch will say of the user.
fn lasting(lines: &[Line], days: i64) -> f64 {
    let spent: f64 = lines
        .iter()
        .filter(|l| l.minutes_ago < MONTH && l.amount < 0.0)
        .map(|l| -l.amount)
        .sum();
    cents(spent / 30.0 * (days as f64 + 0.5))
}

/// Adds `months` of the user's history ending at today's `(balance, bonus)`.
/// A user `running_low` gets, instead, a balance that runs out within a
/// week: returned, for the user's record to say the same.
pub fn add(
    tx: &rusqlite::Transaction,
    rng: &mut StdRng,
    owner: &Owner,
    (balance, bonus): (f64, f64),
    months: i64,
    running_low: bool,
) -> rusqlite::Result<f64> {
    let lines = lines(rng, owner.trackers, months);
    let today = if running_low {
        lasting(&lines, rng.random_range(1..=6))
    } else {
        balance
    };
    let mut stmt = tx.prepare_cached(
        "INSERT INTO transactions (user_id, dealer_id, tracker_id, timestamp, type, subtype, description,
            amount, old_balance, new_balance, bonus_amount, old_bonus, new_bonus)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 0, ?11, ?11)",
    )?;
    let now = Utc::now();
    let mut new_balance = today;
    for (i, line) in lines.iter().enumerate() {
        let old_balance = cents(new_balance - line.amount);
        // A top-up that would have started below zero was never made.
        if old_balance < 0.0 {
            continue;
        }
        // A charge is for one of the user's trackers, as the list has them.
        let tracker = if line.kind == "payment" || owner.trackers == 0 {
            0
        } else {
            crate::ops::trackers::tracker_id(owner.user, i as i64 % owner.trackers)
        };
        let at = (now - Duration::minutes(line.minutes_ago))
            .format(DATE_TIME_FORMAT)
            .to_string();
        stmt.execute(rusqlite::params![
            owner.user,
            owner.dealer,
            tracker,
            at,
            line.kind,
            line.subtype,
            line.description,
            line.amount,
            old_balance,
            new_balance,
            bonus
        ])?;
        new_balance = old_balance;
    }
    Ok(today)
}
