//! panel/user/transaction/*: a user's billing history and balance changes.

use super::super::money::{self, cents};
use super::super::params::{Params, missing};
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::{Store, now_text};
use super::super::users;
use chrono::NaiveDateTime;
use navixy_core::model::validation::validate_balance_change;
use navixy_core::model::{BalanceKind, DATE_TIME_FORMAT, ErrorCode, FieldError, Rule};
use serde_json::{Value, json};

fn date_time(p: &Params, name: &str) -> Result<NaiveDateTime, Failure> {
    let s = p.str(name)?.ok_or_else(|| missing(name))?;
    let s = s.trim();
    NaiveDateTime::parse_from_str(s, DATE_TIME_FORMAT)
        .or_else(|_| {
            chrono::NaiveDate::parse_from_str(s, navixy_core::model::DATE_FORMAT)
                .map(|d| d.and_time(chrono::NaiveTime::MIN))
        })
        .map_err(|_| Failure::invalid([FieldError::new(name, Rule::InvalidDate)]))
}

/// The most transactions one list may ask for (the spec's `maximum`).
const TRANSACTIONS_LIMIT_MAX: i64 = 20_000;

pub fn list(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("transactions", "read")])?;
    let id = p.required_i64("user_id")?;
    let from = date_time(p, "from")?;
    let to = date_time(p, "to")?;
    if from >= to {
        return Err(Failure::invalid_param("to", "Must be after \"from\""));
    }
    let max = chrono::Duration::from_std(store.policy.max_transaction_span)
        .unwrap_or(chrono::Duration::MAX);
    if to - from > max {
        return Err(ErrorCode::TimeSpanTooBig.into());
    }
    // The spec's bounds; none: every transaction of the span.
    let limit = p.count("limit", 1, TRANSACTIONS_LIMIT_MAX)?.unwrap_or(-1);
    let conn = store.conn();
    users::find(&conn, dealer, id)?;
    let mut stmt = conn.prepare_cached(
        "SELECT description, type, subtype, timestamp, user_id, dealer_id, tracker_id, amount,
                new_balance, old_balance, bonus_amount, new_bonus, old_bonus
         FROM transactions WHERE user_id = ?1 AND timestamp >= ?2 AND timestamp < ?3
         ORDER BY timestamp, id LIMIT ?4",
    )?;
    let list: Vec<Value> = stmt
        .query_map(
            rusqlite::params![
                id,
                from.format(DATE_TIME_FORMAT).to_string(),
                to.format(DATE_TIME_FORMAT).to_string(),
                limit
            ],
            |r| {
                Ok(json!({
                    "description": r.get::<_, String>(0)?,
                    "type": r.get::<_, String>(1)?,
                    "subtype": r.get::<_, String>(2)?,
                    "timestamp": r.get::<_, String>(3)?,
                    "user_id": r.get::<_, i64>(4)?,
                    "dealer_id": r.get::<_, i64>(5)?,
                    "tracker_id": r.get::<_, i64>(6)?,
                    "amount": money::answer(r.get(7)?),
                    "new_balance": money::answer(r.get(8)?),
                    "old_balance": money::answer(r.get(9)?),
                    "bonus_amount": money::answer(r.get(10)?),
                    "new_bonus": money::answer(r.get(11)?),
                    "old_bonus": money::answer(r.get(12)?),
                }))
            },
        )?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Reply::with("list", list))
}

pub fn change_balance(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "update"), ("transactions", "create")])?;
    let id = p.required_i64("user_id")?;
    let amount = p.f64("amount")?.ok_or_else(|| missing("amount"))?;
    let kind_text = p.str("type")?.ok_or_else(|| missing("type"))?;
    let kind = BalanceKind::parse(&kind_text).ok_or_else(|| super::super::params::wrong("type"))?;
    let text = p.str("text")?.unwrap_or_default();
    let errors = validate_balance_change(amount, &text);
    if !errors.is_empty() {
        return Err(Failure::invalid(errors));
    }
    let mut conn = store.conn();
    users::find(&conn, dealer, id)?;
    // Read, check and write in one transaction: two concurrent withdrawals
    // can never both pass the "not negative" check.
    let tx = conn.transaction()?;
    let (balance, bonus): (f64, f64) = tx.query_row(
        "SELECT balance, bonus FROM users WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let (new_balance, new_bonus) = match kind {
        BalanceKind::Balance => (cents(balance + amount), bonus),
        BalanceKind::Bonus => (balance, cents(bonus + amount)),
    };
    // A result past the largest balance (or not a number at all) is refused
    // before anything is stored: a balance is never infinite or null.
    let limit = navixy_core::model::validation::BALANCE_AMOUNT_MAX;
    if !(new_balance.is_finite() && new_bonus.is_finite())
        || new_balance > limit
        || new_bonus > limit
    {
        return Err(Failure::invalid_param(
            "amount",
            "The balance would pass its largest value",
        ));
    }
    if new_balance < 0.0 || new_bonus < 0.0 {
        let current = if kind == BalanceKind::Balance {
            balance
        } else {
            bonus
        };
        return Err(Failure::new(ErrorCode::InsufficientFunds).extra("current", current));
    }
    tx.execute(
        "UPDATE users SET balance = ?1, bonus = ?2 WHERE id = ?3",
        rusqlite::params![new_balance, new_bonus, id],
    )?;
    let (money, bonus_amount) = match kind {
        BalanceKind::Balance => (cents(amount), 0.0),
        BalanceKind::Bonus => (0.0, cents(amount)),
    };
    tx.execute(
        "INSERT INTO transactions (user_id, dealer_id, tracker_id, timestamp, type, subtype, description,
            amount, old_balance, new_balance, bonus_amount, old_bonus, new_bonus)
         VALUES (?1, ?2, 0, ?3, 'payment', 'partner', ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        rusqlite::params![id, dealer, now_text(), text.trim(), money, balance, new_balance, bonus_amount, bonus, new_bonus],
    )?;
    tx.commit()?;
    tracing::info!(dealer, user = id, kind = kind.as_str(), "balance changed");
    Ok(Reply::ok())
}
