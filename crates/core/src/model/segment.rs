//! Segments (#29): the questions about a dealer's users that the server's
//! one text filter cannot answer ("whose balance is negative?", "who was
//! never activated?", "who has no trackers?"), asked of the users read
//! whole. A segment is a name and conditions that must all hold (AND);
//! the operator saves it by name and finds its users again in a frame.

use super::{LegalType, User};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One condition a user must meet.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum Condition {
    BalanceBelow {
        amount: f64,
    },
    BalanceAbove {
        amount: f64,
    },
    BalanceNegative,
    NotActivated,
    /// Created at least this many days ago and still not activated.
    NotActivatedFor {
        days: u32,
    },
    NoTrackers,
    TrackersMoreThan {
        count: u32,
    },
    TwoFactor {
        on: bool,
    },
    LegalType {
        is: LegalType,
    },
    /// Created on or after `from` and on or before `to` (UTC days).
    CreatedBetween {
        from: NaiveDate,
        to: NaiveDate,
    },
    /// The postal or registered city or country contains this text.
    Place {
        text: String,
    },
    /// The balance lasts at most this many more days at the last 30 days'
    /// rate, as the balance watch read it (a user it has not read, or who
    /// spent nothing, never meets it).
    RunsOutWithin {
        days: u32,
    },
    /// A discount whose end date is today or within this many days.
    DiscountEndsWithin {
        days: u32,
    },
    /// A discount whose end date has passed.
    DiscountEnded,
    /// The user's default plan.
    Plan {
        plan_id: i64,
    },
}

/// The kinds of condition, in the order the operator is offered them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ConditionKind {
    BalanceBelow,
    BalanceAbove,
    BalanceNegative,
    NotActivated,
    NotActivatedFor,
    NoTrackers,
    TrackersMoreThan,
    TwoFactorOn,
    TwoFactorOff,
    LegalType,
    CreatedBetween,
    Place,
    RunsOutWithin,
    DiscountEndsWithin,
    DiscountEnded,
    Plan,
}

/// What a condition needs typed: nothing, one value, or two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    Nothing,
    Amount,
    Days,
    Count,
    LegalType,
    TwoDates,
    Text,
    /// One of the dealer's plans (its id).
    Plan,
}

/// Why a condition as typed cannot be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// An amount: digits, a point or comma, at most two decimals.
    Amount,
    /// A whole number of at most five digits.
    Number,
    /// A date as `YYYY-MM-DD`.
    Date,
    /// The first date is after the second.
    DatesReversed,
    /// Nothing typed.
    Empty,
}

impl ConditionKind {
    pub const ALL: [ConditionKind; 16] = [
        Self::BalanceBelow,
        Self::BalanceAbove,
        Self::BalanceNegative,
        Self::RunsOutWithin,
        Self::DiscountEndsWithin,
        Self::DiscountEnded,
        Self::Plan,
        Self::NotActivated,
        Self::NotActivatedFor,
        Self::NoTrackers,
        Self::TrackersMoreThan,
        Self::TwoFactorOn,
        Self::TwoFactorOff,
        Self::LegalType,
        Self::CreatedBetween,
        Self::Place,
    ];

    /// Asks of what the users list leaves out (a discount, a plan): each
    /// user's record must be read for it.
    pub fn needs_terms(self) -> bool {
        matches!(
            self,
            Self::DiscountEndsWithin | Self::DiscountEnded | Self::Plan
        )
    }

    pub fn needs(self) -> Needs {
        match self {
            Self::BalanceBelow | Self::BalanceAbove => Needs::Amount,
            Self::NotActivatedFor | Self::RunsOutWithin | Self::DiscountEndsWithin => Needs::Days,
            Self::Plan => Needs::Plan,
            Self::TrackersMoreThan => Needs::Count,
            Self::LegalType => Needs::LegalType,
            Self::CreatedBetween => Needs::TwoDates,
            Self::Place => Needs::Text,
            Self::BalanceNegative
            | Self::DiscountEnded
            | Self::NotActivated
            | Self::NoTrackers
            | Self::TwoFactorOn
            | Self::TwoFactorOff => Needs::Nothing,
        }
    }

    /// The condition from what was typed (`first`, `second`: the values the
    /// kind [`needs`](Self::needs); a legal type as its API name).
    pub fn condition(self, first: &str, second: &str) -> Result<Condition, Problem> {
        let number = |s: &str| -> Result<u32, Problem> {
            let s = s.trim();
            if s.is_empty() {
                return Err(Problem::Empty);
            }
            if s.len() > 5 || !s.chars().all(|c| c.is_ascii_digit()) {
                return Err(Problem::Number);
            }
            s.parse().map_err(|_| Problem::Number)
        };
        let date = |s: &str| -> Result<NaiveDate, Problem> {
            if s.trim().is_empty() {
                return Err(Problem::Empty);
            }
            super::validation::canonical_date(s.trim()).ok_or(Problem::Date)
        };
        Ok(match self {
            Self::BalanceBelow => Condition::BalanceBelow {
                amount: amount(first)?,
            },
            Self::BalanceAbove => Condition::BalanceAbove {
                amount: amount(first)?,
            },
            Self::BalanceNegative => Condition::BalanceNegative,
            Self::NotActivated => Condition::NotActivated,
            Self::NotActivatedFor => Condition::NotActivatedFor {
                days: number(first)?,
            },
            Self::RunsOutWithin => Condition::RunsOutWithin {
                days: number(first)?,
            },
            Self::DiscountEndsWithin => Condition::DiscountEndsWithin {
                days: number(first)?,
            },
            Self::DiscountEnded => Condition::DiscountEnded,
            Self::Plan => Condition::Plan {
                plan_id: first.trim().parse().map_err(|_| Problem::Empty)?,
            },
            Self::NoTrackers => Condition::NoTrackers,
            Self::TrackersMoreThan => Condition::TrackersMoreThan {
                count: number(first)?,
            },
            Self::TwoFactorOn => Condition::TwoFactor { on: true },
            Self::TwoFactorOff => Condition::TwoFactor { on: false },
            Self::LegalType => Condition::LegalType {
                is: LegalType::parse(first).ok_or(Problem::Empty)?,
            },
            Self::CreatedBetween => {
                let (from, to) = (date(first)?, date(second)?);
                if from > to {
                    return Err(Problem::DatesReversed);
                }
                Condition::CreatedBetween { from, to }
            }
            Self::Place => {
                let text = first.trim();
                if text.is_empty() {
                    return Err(Problem::Empty);
                }
                Condition::Place {
                    text: text.to_owned(),
                }
            }
        })
    }
}

/// An amount as an operator types it: "-12.5", "12,50", "1000".
fn amount(s: &str) -> Result<f64, Problem> {
    let s = s.trim();
    if s.is_empty() {
        return Err(Problem::Empty);
    }
    let v: f64 = s.replace(',', ".").parse().map_err(|_| Problem::Amount)?;
    if !v.is_finite() || !super::validation::has_at_most_two_decimals(v) {
        return Err(Problem::Amount);
    }
    Ok(v)
}

impl Condition {
    /// The kind and the values as the operator would type them again.
    pub fn typed(&self) -> (ConditionKind, String, String) {
        let none = String::new;
        match self {
            Condition::BalanceBelow { amount } => {
                (ConditionKind::BalanceBelow, amount.to_string(), none())
            }
            Condition::BalanceAbove { amount } => {
                (ConditionKind::BalanceAbove, amount.to_string(), none())
            }
            Condition::BalanceNegative => (ConditionKind::BalanceNegative, none(), none()),
            Condition::NotActivated => (ConditionKind::NotActivated, none(), none()),
            Condition::NotActivatedFor { days } => {
                (ConditionKind::NotActivatedFor, days.to_string(), none())
            }
            Condition::NoTrackers => (ConditionKind::NoTrackers, none(), none()),
            Condition::TrackersMoreThan { count } => {
                (ConditionKind::TrackersMoreThan, count.to_string(), none())
            }
            Condition::TwoFactor { on: true } => (ConditionKind::TwoFactorOn, none(), none()),
            Condition::TwoFactor { on: false } => (ConditionKind::TwoFactorOff, none(), none()),
            Condition::LegalType { is } => (ConditionKind::LegalType, is.as_str().into(), none()),
            Condition::CreatedBetween { from, to } => (
                ConditionKind::CreatedBetween,
                from.format(super::DATE_FORMAT).to_string(),
                to.format(super::DATE_FORMAT).to_string(),
            ),
            Condition::Place { text } => (ConditionKind::Place, text.clone(), none()),
            Condition::RunsOutWithin { days } => {
                (ConditionKind::RunsOutWithin, days.to_string(), none())
            }
            Condition::DiscountEndsWithin { days } => {
                (ConditionKind::DiscountEndsWithin, days.to_string(), none())
            }
            Condition::DiscountEnded => (ConditionKind::DiscountEnded, none(), none()),
            Condition::Plan { plan_id } => (ConditionKind::Plan, plan_id.to_string(), none()),
        }
    }

    /// Whether `user` meets this condition on `today`. What the server left
    /// out never meets a condition about it (an unknown balance is neither
    /// below nor above anything). A place's text comes lower-cased.
    fn holds(&self, user: &Seen, today: NaiveDate) -> bool {
        match self {
            Condition::BalanceBelow { amount } => user.balance.is_some_and(|b| b < *amount),
            Condition::BalanceAbove { amount } => user.balance.is_some_and(|b| b > *amount),
            Condition::BalanceNegative => user.balance.is_some_and(|b| b < 0.0),
            Condition::NotActivated => user.activated == Some(false),
            Condition::NotActivatedFor { days } => {
                user.activated == Some(false)
                    && user
                        .created
                        .is_some_and(|c| (today - c).num_days() >= i64::from(*days))
            }
            Condition::NoTrackers => user.trackers == Some(0),
            Condition::TrackersMoreThan { count } => {
                user.trackers.is_some_and(|t| t > i64::from(*count))
            }
            Condition::TwoFactor { on } => user.two_factor == Some(*on),
            Condition::LegalType { is } => user.legal_type == Some(*is),
            Condition::CreatedBetween { from, to } => {
                user.created.is_some_and(|c| *from <= c && c <= *to)
            }
            Condition::Place { text } => user.places.contains(text.as_str()),
            Condition::RunsOutWithin { days } => {
                user.days_left.is_some_and(|d| d <= i64::from(*days))
            }
            Condition::DiscountEndsWithin { days } => user
                .discount_ends
                .is_some_and(|end| end >= today && (end - today).num_days() <= i64::from(*days)),
            Condition::DiscountEnded => user.discount_ends.is_some_and(|end| end < today),
            Condition::Plan { plan_id } => user.plan == Some(*plan_id),
        }
    }
}

/// A segment: a name and the conditions that must all hold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    pub name: String,
    #[serde(default)]
    pub conditions: Vec<Condition>,
}

/// What a search looks at of one user, worked out once per index rather
/// than once per keystroke: lower-cased texts and the creation day.
#[derive(Debug, Clone)]
pub struct Seen {
    /// Login, name, phone and legal name, lower-cased, one per line.
    words: String,
    /// Cities and countries, lower-cased, one per line.
    places: String,
    balance: Option<f64>,
    activated: Option<bool>,
    trackers: Option<i64>,
    two_factor: Option<bool>,
    legal_type: Option<LegalType>,
    created: Option<NaiveDate>,
    /// The days the balance lasts, as the balance watch worked it out
    /// ([`with_days_left`](Seen::with_days_left)); None: not read, or
    /// nothing spent.
    days_left: Option<i64>,
    /// The end of a discount above zero, and the default plan, as each
    /// user's record said ([`with_terms`](Seen::with_terms)); None: not
    /// read, open-ended, or none.
    discount_ends: Option<NaiveDate>,
    plan: Option<i64>,
}

impl Seen {
    pub fn of(user: &User) -> Seen {
        let f = &user.fields;
        let join = |parts: &[&Option<String>]| {
            parts
                .iter()
                .filter_map(|p| p.as_deref())
                .map(str::to_lowercase)
                .collect::<Vec<_>>()
                .join("\n")
        };
        let name = user.display_name();
        Seen {
            words: format!(
                "{}\n{}",
                name.to_lowercase(),
                join(&[&f.login, &f.phone, &f.legal_name])
            ),
            places: join(&[
                &f.post_city,
                &f.post_country,
                &f.registered_city,
                &f.registered_country,
            ]),
            balance: user.balance,
            activated: f.activated,
            trackers: user.trackers_count,
            two_factor: user.mfa_allowed,
            legal_type: f.legal_type,
            created: user
                .creation_date
                .as_deref()
                .and_then(super::validation::parse_date),
            days_left: None,
            discount_ends: None,
            plan: None,
        }
    }

    /// A user's discount and default plan, from the user's record.
    pub fn with_terms(self, discount: Option<&super::Discount>, plan: Option<i64>) -> Seen {
        let discount_ends = discount
            .filter(|d| d.value.is_some_and(|v| v > 0.0))
            .and_then(|d| d.end_date.as_deref())
            .and_then(super::validation::parse_date);
        Seen {
            discount_ends,
            plan,
            ..self
        }
    }

    /// The days the balance lasts, from the balance watch.
    pub fn with_days_left(self, days_left: Option<i64>) -> Seen {
        Seen { days_left, ..self }
    }
}

/// The positions in `seen` of the users whose login, name, phone or legal
/// name contains `text` (any case; empty: everyone) and who meet every
/// condition on `today`, in the order given.
pub fn search(seen: &[Seen], text: &str, conditions: &[Condition], today: NaiveDate) -> Vec<usize> {
    let text = text.trim().to_lowercase();
    // A place is compared lower-cased: lower its text once, not per user.
    let conditions: Vec<Condition> = conditions
        .iter()
        .map(|c| match c {
            Condition::Place { text } => Condition::Place {
                text: text.to_lowercase(),
            },
            other => other.clone(),
        })
        .collect();
    seen.iter()
        .enumerate()
        .filter(|(_, s)| text.is_empty() || s.words.contains(&text))
        .filter(|(_, s)| conditions.iter().all(|c| c.holds(s, today)))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: i64, edit: impl FnOnce(&mut User)) -> User {
        let mut u: User = serde_json::from_value(serde_json::json!({
            "id": id, "login": format!("u{id}@example.com"), "first_name": "Ann",
            "last_name": "Lee", "activated": true, "balance": 10.0,
            "trackers_count": 2, "mfa_allowed": false, "legal_type": "individual",
            "creation_date": "2026-01-15 10:00:00", "post_city": "Zürich",
            "post_country": "Switzerland"
        }))
        .unwrap();
        edit(&mut u);
        u
    }

    fn found(users: &[User], text: &str, conditions: &[Condition]) -> Vec<i64> {
        let seen: Vec<Seen> = users.iter().map(Seen::of).collect();
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        search(&seen, text, conditions, today)
            .into_iter()
            .map(|i| users[i].id)
            .collect()
    }

    #[test]
    fn conditions_hold_together_and_unknowns_meet_none() {
        let users = [
            user(1, |_| {}),
            user(2, |u| u.balance = Some(-5.0)),
            user(3, |u| u.balance = None),
            user(4, |u| {
                u.fields.activated = Some(false);
                u.trackers_count = Some(0);
            }),
            user(5, |u| {
                u.fields.activated = Some(false);
                u.creation_date = Some("2026-12-01 09:00:00".into());
            }),
        ];
        assert_eq!(found(&users, "", &[Condition::BalanceNegative]), [2]);
        assert_eq!(
            found(&users, "", &[Condition::BalanceBelow { amount: 10.0 }]),
            [2]
        );
        assert_eq!(
            found(&users, "", &[Condition::BalanceAbove { amount: -100.0 }]),
            [1, 2, 4, 5]
        );
        assert_eq!(found(&users, "", &[Condition::NotActivated]), [4, 5]);
        // Created three days before "today": not yet seven days waiting.
        assert_eq!(
            found(&users, "", &[Condition::NotActivatedFor { days: 7 }]),
            [4]
        );
        assert_eq!(
            found(
                &users,
                "",
                &[Condition::NotActivated, Condition::NoTrackers]
            ),
            [4]
        );
        assert_eq!(
            found(
                &users,
                "",
                &[Condition::CreatedBetween {
                    from: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                    to: NaiveDate::from_ymd_opt(2026, 12, 1).unwrap(),
                }]
            ),
            [5]
        );
    }

    #[test]
    fn runs_out_within_uses_what_the_watch_said_and_unread_meet_none() {
        let users = [user(1, |_| {}), user(2, |_| {}), user(3, |_| {})];
        let seen: Vec<Seen> = users
            .iter()
            .map(Seen::of)
            .zip([Some(3), Some(10), None])
            .map(|(s, d)| s.with_days_left(d))
            .collect();
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let within = |days| search(&seen, "", &[Condition::RunsOutWithin { days }], today);
        assert_eq!(within(7), [0]);
        assert_eq!(within(10), [0, 1]);
        assert_eq!(within(0), Vec::<usize>::new());
        assert_eq!(
            ConditionKind::RunsOutWithin.condition("7", ""),
            Ok(Condition::RunsOutWithin { days: 7 })
        );
    }

    #[test]
    fn discounts_that_end_or_ended_and_plans_from_the_users_records() {
        let users = [
            user(1, |_| {}),
            user(2, |_| {}),
            user(3, |_| {}),
            user(4, |_| {}),
        ];
        let discount = |value: f64, end: &str| super::super::Discount {
            value: Some(value),
            end_date: Some(end.into()),
            ..Default::default()
        };
        let terms = [
            (Some(discount(10.0, "2026-12-10")), Some(7)),
            (Some(discount(10.0, "2026-11-30 00:00:00")), Some(8)),
            // No discount to end, though a date is set.
            (Some(discount(0.0, "2026-12-05")), None),
            (None, None),
        ];
        let seen: Vec<Seen> = users
            .iter()
            .zip(&terms)
            .map(|(u, (d, p))| Seen::of(u).with_terms(d.as_ref(), *p))
            .collect();
        let today = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        let found = |c: Condition| search(&seen, "", &[c], today);
        assert_eq!(found(Condition::DiscountEndsWithin { days: 6 }), [0]);
        assert_eq!(
            found(Condition::DiscountEndsWithin { days: 5 }),
            Vec::<usize>::new()
        );
        assert_eq!(found(Condition::DiscountEnded), [1]);
        assert_eq!(found(Condition::Plan { plan_id: 8 }), [1]);
        assert_eq!(
            ConditionKind::Plan.condition("8", ""),
            Ok(Condition::Plan { plan_id: 8 })
        );
        assert_eq!(ConditionKind::Plan.condition("", ""), Err(Problem::Empty));
    }

    #[test]
    fn text_and_place_ignore_case() {
        let users = [
            user(1, |_| {}),
            user(2, |u| u.fields.post_city = Some("Berlin".into())),
        ];
        assert_eq!(found(&users, "U2@EXAMPLE", &[]), [2]);
        assert_eq!(found(&users, "lee ann", &[]), [1, 2]);
        assert_eq!(
            found(
                &users,
                "",
                &[Condition::Place {
                    text: "ZÜRICH".into()
                }]
            ),
            [1]
        );
        assert_eq!(
            found(
                &users,
                "",
                &[Condition::Place {
                    text: "switzerland".into()
                }]
            ),
            [1, 2]
        );
    }

    #[test]
    fn typed_values_are_checked_and_come_back_as_typed() {
        use ConditionKind as K;
        assert_eq!(K::BalanceBelow.condition("abc", ""), Err(Problem::Amount));
        assert_eq!(K::BalanceBelow.condition("1.005", ""), Err(Problem::Amount));
        assert_eq!(K::BalanceBelow.condition(" ", ""), Err(Problem::Empty));
        assert_eq!(
            K::TrackersMoreThan.condition("-1", ""),
            Err(Problem::Number)
        );
        assert_eq!(
            K::CreatedBetween.condition("2026-02-01", "2026-01-01"),
            Err(Problem::DatesReversed)
        );
        assert_eq!(
            K::CreatedBetween.condition("01.02.2026", "2026-01-01"),
            Err(Problem::Date)
        );
        for kind in ConditionKind::ALL {
            let (a, b) = match kind.needs() {
                Needs::Amount => ("12,5", ""),
                Needs::Days | Needs::Count => ("30", ""),
                Needs::Plan => ("7", ""),
                Needs::LegalType => ("sole_trader", ""),
                Needs::TwoDates => ("2026-01-01", "2026-03-31"),
                Needs::Text => ("Berlin", ""),
                Needs::Nothing => ("", ""),
            };
            let c = kind.condition(a, b).unwrap();
            let (k, a2, b2) = c.typed();
            assert_eq!(k, kind);
            assert_eq!(k.condition(&a2, &b2).unwrap(), c, "{kind:?}");
        }
    }

    #[test]
    fn a_saved_segment_reads_back() {
        let s = Segment {
            name: "Dormant".into(),
            conditions: vec![
                Condition::NotActivatedFor { days: 30 },
                Condition::LegalType {
                    is: LegalType::LegalEntity,
                },
            ],
        };
        let text = toml::to_string(&s).unwrap();
        assert_eq!(toml::from_str::<Segment>(&text).unwrap(), s);
    }
}
