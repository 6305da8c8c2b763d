//! Money as the live server keeps it: whole cents. Every amount, balance
//! and bonus is rounded to cents before it is stored and again as it is
//! answered, so a sum of two demo amounts (0.02 + 0.1) is answered `0.12`,
//! never `0.12000000000000001`. The columns stay REAL: a double rounded to
//! cents is written by JSON as its two-decimal text, exactly.

use serde_json::Value;

/// `x` rounded to whole cents.
pub fn cents(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// An amount as the answers carry it.
pub fn answer(x: f64) -> Value {
    Value::from(cents(x))
}

/// Rounds what an older sandbox stored with float noise (run at open; it
/// changes nothing once done).
pub const ROUND_STORED: &str = "
UPDATE users SET balance = ROUND(balance, 2), bonus = ROUND(bonus, 2)
    WHERE balance != ROUND(balance, 2) OR bonus != ROUND(bonus, 2);
UPDATE transactions SET amount = ROUND(amount, 2), old_balance = ROUND(old_balance, 2),
    new_balance = ROUND(new_balance, 2), bonus_amount = ROUND(bonus_amount, 2),
    old_bonus = ROUND(old_bonus, 2), new_bonus = ROUND(new_bonus, 2)
    WHERE amount != ROUND(amount, 2) OR old_balance != ROUND(old_balance, 2)
       OR new_balance != ROUND(new_balance, 2) OR bonus_amount != ROUND(bonus_amount, 2)
       OR old_bonus != ROUND(old_bonus, 2) OR new_bonus != ROUND(new_bonus, 2);
";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sum_with_float_noise_is_answered_in_cents() {
        let noisy = -0.02 - 0.1;
        assert_ne!(noisy.to_string(), "-0.12");
        assert_eq!(answer(noisy).to_string(), "-0.12");
        assert_eq!(answer(4999.999).to_string(), "5000.0");
    }
}
