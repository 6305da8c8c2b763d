//! Account actions from the editor's header, each in its own dialog: change
//! the password, move the balance or bonus, delete the user (`corrupt`).
//! Rules come from `model::validation`; the server's refusals are explained
//! in the operator's words inside the dialog, which keeps what was typed.

use crate::api;
use crate::fl;
use crate::i18n;
use crate::model::validation::{self, Rule};
use crate::model::{BalanceKind, ErrorCode};
use crate::session::{Request, Secret};
use crate::ui::{errors, widget};
use iced::widget::{button, checkbox, column, container, row, text, text_input};
use iced::{Element, Length};

#[derive(Debug, Clone, PartialEq)]
pub enum Dialog {
    Password {
        password: String,
        repeat: String,
    },
    Balance {
        kind: BalanceKind,
        amount: String,
        text: String,
    },
    Delete {
        typed_login: String,
        clones: bool,
    },
}

/// An open dialog, what the server last said about it, and whether it is busy.
#[derive(Debug, Clone, PartialEq)]
pub struct Open {
    pub dialog: Dialog,
    pub sending: bool,
    pub refusal: Option<String>,
    /// The operator has typed something: rule hints show from then on.
    pub edited: bool,
}

#[derive(Debug, Clone)]
pub enum Input {
    Password(String),
    Repeat(String),
    Kind(BalanceKind),
    Amount(String),
    Text(String),
    TypedLogin(String),
    Clones(bool),
}

/// Balance or bonus, in the operator's words.
fn kind_name(kind: &BalanceKind) -> String {
    match kind {
        BalanceKind::Balance => fl!("field-balance"),
        BalanceKind::Bonus => fl!("field-bonus"),
    }
}

/// The user the actions apply to.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub user_id: i64,
    pub login: String,
    pub balance: f64,
    pub bonus: f64,
}

/// A signed amount with at most two decimals ("-12.5", "12,50").
pub fn parse_amount(s: &str) -> Option<f64> {
    let v: f64 = s.trim().replace(',', ".").parse().ok()?;
    (v != 0.0 && validation::has_at_most_two_decimals(v)).then_some(v)
}

impl Open {
    pub fn new(dialog: Dialog) -> Self {
        Open {
            dialog,
            sending: false,
            refusal: None,
            edited: false,
        }
    }

    pub fn input(&mut self, input: Input) {
        self.refusal = None;
        self.edited = true;
        match (&mut self.dialog, input) {
            (Dialog::Password { password, .. }, Input::Password(v)) => *password = v,
            (Dialog::Password { repeat, .. }, Input::Repeat(v)) => *repeat = v,
            (Dialog::Balance { kind, .. }, Input::Kind(k)) => *kind = k,
            (Dialog::Balance { amount, .. }, Input::Amount(v)) => *amount = v,
            (Dialog::Balance { text, .. }, Input::Text(v)) => *text = v,
            (Dialog::Delete { typed_login, .. }, Input::TypedLogin(v)) => *typed_login = v,
            (Dialog::Delete { clones, .. }, Input::Clones(v)) => *clones = v,
            _ => {}
        }
    }

    /// What stops the dialog from being sent, in the operator's words.
    pub fn problem(&self, account: &Account) -> Option<String> {
        match &self.dialog {
            Dialog::Password { password, repeat } => {
                match validation::validate_password("password", password) {
                    Some(_) => Some(fl!("rule-password")),
                    None if password != repeat => Some(fl!("rule-passwords-differ")),
                    None => None,
                }
            }
            Dialog::Balance { amount, text, .. } => match parse_amount(amount) {
                None => Some(fl!("balance-amount-rule")),
                Some(a) => validation::validate_balance_change(a, text)
                    .first()
                    .map(|e| match e.rule {
                        Rule::TooShort { min } => fl!("balance-text-rule", min = min.to_string()),
                        _ => fl!("balance-amount-rule"),
                    }),
            },
            Dialog::Delete { typed_login, .. } => {
                (!typed_login.trim().eq_ignore_ascii_case(&account.login))
                    .then(|| fl!("delete-login-mismatch"))
            }
        }
    }

    /// The new balance (or bonus) the change would leave.
    pub fn preview(&self, account: &Account) -> Option<f64> {
        let Dialog::Balance { kind, amount, .. } = &self.dialog else {
            return None;
        };
        let current = match kind {
            BalanceKind::Balance => account.balance,
            BalanceKind::Bonus => account.bonus,
        };
        parse_amount(amount).map(|a| ((current + a) * 100.0).round() / 100.0)
    }

    pub fn request(&self, account: &Account) -> Option<Request> {
        if self.sending || self.problem(account).is_some() {
            return None;
        }
        Some(match &self.dialog {
            Dialog::Password { password, .. } => {
                Request::ChangePassword(account.user_id, Secret(password.clone()))
            }
            Dialog::Balance { kind, amount, text } => Request::ChangeBalance {
                user_id: account.user_id,
                amount: parse_amount(amount)?,
                kind: *kind,
                text: text.trim().to_owned(),
            },
            Dialog::Delete { clones, .. } => Request::Corrupt {
                user_id: account.user_id,
                login: account.login.clone(),
                clones: *clones,
            },
        })
    }

    /// The server refused: say why in plain words, keep the dialog as typed.
    pub fn refused(&mut self, e: &api::Error, account: &Account) {
        self.sending = false;
        self.refusal = Some(match e.api() {
            Some(a) if a.is(ErrorCode::InsufficientFunds) => {
                let current = match &self.dialog {
                    Dialog::Balance {
                        kind: BalanceKind::Bonus,
                        ..
                    } => account.bonus,
                    _ => account.balance,
                };
                fl!("balance-insufficient", current = i18n::money(current))
            }
            Some(a) if a.is(ErrorCode::DeviceAlreadyCorrupted) => fl!("delete-252"),
            Some(a) if a.is(ErrorCode::DeviceHasClones) => fl!("delete-253"),
            Some(a) if !a.errors.is_empty() => a
                .errors
                .iter()
                .map(|p| p.error.clone())
                .collect::<Vec<_>>()
                .join("; "),
            _ => errors::describe(e),
        });
    }

    pub fn view<'a, M: Clone + 'a>(
        &'a self,
        account: &'a Account,
        on_input: impl Fn(Input) -> M + Copy + 'a,
        submit: M,
        close: M,
    ) -> Element<'a, M> {
        // Enter in any field submits, as the dialog's button does (the
        // submit checks the rules first and sends nothing when they fail).
        let (title, body, confirm, danger): (String, Element<'a, M>, String, bool) =
            match &self.dialog {
                Dialog::Password { password, repeat } => (
                    fl!("password-title", login = account.login.clone()),
                    column![
                        widget::labeled(
                            fl!("field-password"),
                            text_input("", password)
                                .secure(true)
                                .on_input(move |v| on_input(Input::Password(v)))
                                .on_submit(submit.clone())
                        ),
                        widget::labeled(
                            fl!("field-password-repeat"),
                            text_input("", repeat)
                                .secure(true)
                                .on_input(move |v| on_input(Input::Repeat(v)))
                                .on_submit(submit.clone())
                        ),
                    ]
                    .spacing(10)
                    .into(),
                    fl!("password-change"),
                    false,
                ),
                Dialog::Balance {
                    kind,
                    amount,
                    text: description,
                } => {
                    let preview = match self.preview(account) {
                        Some(new) => fl!("balance-preview", value = i18n::money(new)),
                        None => String::new(),
                    };
                    (
                        fl!("balance-title", login = account.login.clone()),
                        column![
                            text(fl!(
                                "balance-current",
                                balance = i18n::money(account.balance),
                                bonus = i18n::money(account.bonus)
                            ))
                            .style(text::secondary),
                            row![
                                widget::labeled(
                                    fl!("balance-what"),
                                    widget::choice(
                                        [BalanceKind::Balance, BalanceKind::Bonus],
                                        Some(*kind),
                                        kind_name,
                                        move |k| on_input(Input::Kind(k))
                                    )
                                ),
                                widget::labeled(
                                    fl!("balance-amount"),
                                    text_input("+100.00 / -25.50", amount)
                                        .on_input(move |v| on_input(Input::Amount(v)))
                                        .on_submit(submit.clone())
                                ),
                            ]
                            .spacing(12),
                            widget::labeled(
                                fl!("balance-description"),
                                text_input("", description)
                                    .on_input(move |v| on_input(Input::Text(v)))
                                    .on_submit(submit.clone())
                            ),
                            text(preview),
                        ]
                        .spacing(10)
                        .into(),
                        fl!("balance-apply"),
                        false,
                    )
                }
                Dialog::Delete {
                    typed_login,
                    clones,
                } => (
                    fl!("delete-title"),
                    column![
                        text(fl!("delete-explained", login = account.login.clone())),
                        widget::labeled(
                            fl!("delete-type-login"),
                            text_input(&account.login, typed_login)
                                .on_input(move |v| on_input(Input::TypedLogin(v)))
                                .on_submit(submit.clone())
                        ),
                        checkbox(*clones)
                            .label(fl!("delete-clones"))
                            .on_toggle(move |v| on_input(Input::Clones(v))),
                    ]
                    .spacing(10)
                    .into(),
                    fl!("delete"),
                    true,
                ),
            };
        let mut col = column![text(title).size(20), body].spacing(14);
        if let Some(p) = self
            .refusal
            .clone()
            .or_else(|| self.problem(account).filter(|_| self.edited))
        {
            col = col.push(text(p).style(if self.refusal.is_some() {
                text::danger
            } else {
                text::secondary
            }));
        }
        let ok = button(text(if self.sending { fl!("saving") } else { confirm }))
            .style(if danger {
                button::danger
            } else {
                button::primary
            })
            .on_press_maybe((!self.sending && self.problem(account).is_none()).then_some(submit));
        col = col.push(
            row![
                button(text(fl!("cancel")))
                    .style(button::secondary)
                    .on_press(close),
                ok
            ]
            .spacing(10),
        );
        container(col)
            .padding(24)
            .width(Length::Fixed(480.0))
            .style(container::bordered_box)
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn account() -> Account {
        Account {
            user_id: 1,
            login: "john@example.com".into(),
            balance: 10.01,
            bonus: 0.0,
        }
    }

    #[test]
    fn amounts_previews_and_rules() {
        assert_eq!(parse_amount("-2,05"), Some(-2.05));
        assert_eq!(parse_amount("1.005"), None);
        assert_eq!(parse_amount("0"), None);
        let mut d = Open::new(Dialog::Balance {
            kind: BalanceKind::Balance,
            amount: "25.5".into(),
            text: "ok".into(),
        });
        assert_eq!(d.preview(&account()), Some(35.51));
        assert!(d.problem(&account()).is_some(), "description too short");
        d.input(Input::Text("Bank transfer".into()));
        assert!(d.request(&account()).is_some());
        let del = Open::new(Dialog::Delete {
            typed_login: "JOHN@example.com ".into(),
            clones: true,
        });
        assert!(
            del.problem(&account()).is_none(),
            "the login, typed loosely, confirms"
        );
    }
}
