//! A user's account actions, each in its own dialog: log in as the user,
//! change the password, move the balance or bonus, delete the user
//! (`corrupt`). The same buttons and dialogs serve the user's details and
//! the editor. Rules come from `model::validation`; the server's refusals are
//! explained in the operator's words inside the dialog, which keeps what was
//! typed; a dialog has one size, its first field focused, Enter applies it.

use crate::api::{self, UserRecord};
use crate::fl;
use crate::i18n;
use crate::model::validation::{self, Rule};
use crate::model::{BalanceKind, ErrorCode, Permit};
use crate::session::{Ask, Dealer, Secret, UserSession};
use crate::ui::action::{Action, Effect, Happened};
use crate::ui::widget;
use crate::ui::widget::icon;
use crate::ui::widget::modal;
use crate::ui::widget::toast::Toast;
use crate::words::{self, errors};
use iced::keyboard::{Key, key::Named};
use iced::widget::{button, checkbox, column, container, operation, row, text, text_input};
use iced::{Element, Length};
use std::sync::Arc;

/// The first field of each dialog, focused when it opens.
pub const FIRST_FIELD_ID: &str = "account-dialog-first";
/// The room for what a balance change would leave: two lines of 14 px.
const PREVIEW_HEIGHT: f32 = 37.0;

/// Which account action's dialog to open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Password,
    Balance,
    Delete,
}

#[derive(Debug, Clone)]
pub enum Message {
    /// "Log in as user": open a user session to hand over.
    LoginAs,
    LoginAsAnswered(Result<Arc<UserSession>, api::Error>),
    Open(Which),
    Input(Input),
    Submit,
    Close,
    /// The password changed, or the user deleted (or not).
    Done(Result<(), api::Error>),
    /// The balance (or bonus) before and after the change (or why not).
    BalanceChanged(Result<(f64, f64), api::Error>),
}

/// The account actions of one user, and the dialog open, if any.
#[derive(Debug, Clone)]
pub struct AccountActions {
    account: Account,
    dialog: Option<Open>,
    /// What the dealer may do: the buttons it may not use are greyed.
    dealer: Arc<Dealer>,
}

impl AccountActions {
    pub fn new(record: &UserRecord) -> Self {
        AccountActions {
            account: Account {
                user_id: record.user.id,
                login: record.user.fields.login.clone().unwrap_or_default(),
                balance: record.user.balance.unwrap_or_default(),
                bonus: record.user.bonus.unwrap_or_default(),
            },
            dialog: None,
            dealer: Arc::new(Dealer::unknown()),
        }
    }

    /// What the dealer may do, once it is known.
    pub fn dealer_known(&mut self, dealer: Arc<Dealer>) {
        self.dealer = dealer;
    }

    /// Whether the dealer may take this action (its permissions).
    fn allows(&self, message: &Message) -> bool {
        let permit = match message {
            Message::LoginAs => Permit::ActAsUser,
            Message::Open(Which::Password) => Permit::EditUsers,
            Message::Open(Which::Balance) => Permit::ChangeBalance,
            Message::Open(Which::Delete) => Permit::DeleteUsers,
            _ => return true,
        };
        self.dealer.allows(permit)
    }

    /// The user as read again: the login and balances follow; a dialog
    /// open keeps what was typed.
    pub fn read(&mut self, record: &UserRecord) {
        self.account = AccountActions::new(record).account;
    }

    pub fn account(&self) -> &Account {
        &self.account
    }

    /// The dialog open, if any.
    pub fn dialog(&self) -> Option<&Open> {
        self.dialog.as_ref()
    }

    /// A balance or password typed, or a change whose answer has not come.
    pub fn unsaved(&self) -> bool {
        self.dialog.as_ref().is_some_and(|d| d.edited || d.sending)
    }

    /// Escape closes the dialog, if one is open.
    pub fn on_key(&self, key: &Key) -> Option<Message> {
        (self.dialog.is_some() && *key == Key::Named(Named::Escape)).then_some(Message::Close)
    }

    pub fn update(&mut self, message: Message) -> Action<Message> {
        if !self.allows(&message) {
            return Action::toast(Toast::failed(fl!("not-permitted")));
        }
        let account = self.account.clone();
        match message {
            Message::LoginAs => Action::ask(
                Ask::open_user_session(account.user_id, account.login.clone()),
                Message::LoginAsAnswered,
            ),
            Message::LoginAsAnswered(Ok(s)) => Effect::HandOver(s).into(),
            Message::LoginAsAnswered(Err(e)) => Action::toast(Toast::error(&e)),
            Message::Open(which) => {
                self.dialog = Some(Open::new(match which {
                    Which::Password => Dialog::Password {
                        password: String::new(),
                        repeat: String::new(),
                    },
                    Which::Balance => Dialog::Balance {
                        kind: BalanceKind::Balance,
                        amount: String::new(),
                        text: String::new(),
                    },
                    // Removing clones held by other users is a choice, never
                    // the default (the API's default is to remove them).
                    Which::Delete => Dialog::Delete {
                        typed_login: String::new(),
                        clones: false,
                    },
                }));
                Action::run(operation::focus(FIRST_FIELD_ID))
            }
            Message::Input(input) => {
                if let Some(d) = &mut self.dialog {
                    d.input(input);
                }
                Action::none()
            }
            Message::Submit => {
                let Some(d) = &mut self.dialog else {
                    return Action::none();
                };
                let Some(send) = d.submit(&account) else {
                    // Nothing sent: what is wrong shows from now on.
                    d.edited = true;
                    return Action::none();
                };
                d.sending = true;
                send
            }
            Message::Close => {
                if self.dialog.as_ref().is_some_and(|d| !d.sending) {
                    self.dialog = None;
                }
                Action::none()
            }
            Message::Done(Err(e)) | Message::BalanceChanged(Err(e)) => {
                if let Some(d) = &mut self.dialog {
                    d.refused(&e, &account);
                }
                Action::none()
            }
            Message::BalanceChanged(Ok((_, after))) => {
                let Some(done) = self.dialog.take() else {
                    return Action::none();
                };
                if let Dialog::Balance { kind, .. } = &done.dialog {
                    match kind {
                        BalanceKind::Balance => self.account.balance = after,
                        BalanceKind::Bonus => self.account.bonus = after,
                    }
                }
                // The details (and the list) show the new balance.
                Action::toast(Toast::success(fl!("balance-changed"))).and(Action::tell(
                    Happened::UserSaved {
                        user_id: Some(account.user_id),
                        created: false,
                    },
                ))
            }
            Message::Done(Ok(())) => match self.dialog.take().map(|d| d.dialog) {
                // The screen showing the user closes; every other one hears of it.
                Some(Dialog::Delete { .. }) => Action::close()
                    .and(Action::tell(Happened::UserDeleted(account.user_id)))
                    .and(Action::toast(Toast::success(fl!("deleted")))),
                Some(_) => Action::toast(Toast::success(fl!("password-changed"))),
                None => Action::none(),
            },
        }
    }

    /// The buttons that open the actions (each its own element, so a line
    /// of them can wrap between buttons).
    pub fn buttons(&self) -> Vec<Element<'_, Message>> {
        let secondary = |i, label: String, m: Message| -> Element<'_, Message> {
            let allowed = self.allows(&m);
            widget::permitted(
                icon::button_with(i, label).style(button::secondary),
                m,
                allowed,
            )
        };
        vec![
            secondary(icon::log_in_as(), fl!("action-login-as"), Message::LoginAs),
            secondary(
                icon::password(),
                fl!("action-password"),
                Message::Open(Which::Password),
            ),
            secondary(
                icon::balance(),
                fl!("action-balance"),
                Message::Open(Which::Balance),
            ),
            widget::permitted(
                icon::button_with(icon::delete(), fl!("action-delete")).style(button::danger),
                Message::Open(Which::Delete),
                self.allows(&Message::Open(Which::Delete)),
            ),
        ]
    }

    /// The open dialog, to lay over the page (see `modal::layered`).
    pub fn dialog_layer<'a, M: Clone + 'a>(
        &'a self,
        wrap: fn(Message) -> M,
    ) -> Option<Element<'a, M>> {
        let dialog = self.dialog.as_ref()?;
        let content = dialog
            .view(
                &self.account,
                Message::Input,
                Message::Submit,
                Message::Close,
            )
            .map(wrap);
        Some(modal::dialog(content, wrap(Message::Close)))
    }
}

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

/// The user the actions apply to.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    pub user_id: i64,
    pub login: String,
    pub balance: f64,
    pub bonus: f64,
}

/// A signed amount with at most two decimals ("-12.5", "12,50").
/// What is wrong with a balance change as typed (an amount, a
/// description), in the operator's words; None when it may go.
pub fn balance_problem(amount: &str, text: &str) -> Option<String> {
    match parse_amount(amount) {
        None => Some(fl!("balance-amount-rule")),
        Some(a) => validation::validate_balance_change(a, text)
            .first()
            .map(|e| match e.rule {
                Rule::TooShort { min } => fl!("balance-text-rule", min = min.to_string()),
                _ => fl!("balance-amount-rule"),
            }),
    }
}

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
            Dialog::Balance { amount, text, .. } => balance_problem(amount, text),
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

    /// What Apply sends, unless something typed is wrong or it was sent.
    pub fn submit(&self, account: &Account) -> Option<Action<Message>> {
        if self.sending || self.problem(account).is_some() {
            return None;
        }
        let (user_id, login) = (account.user_id, account.login.clone());
        Some(match &self.dialog {
            Dialog::Password { password, .. } => {
                let ask = Ask::change_password(user_id, login, Secret(password.clone()));
                Action::ask(ask, Message::Done)
            }
            Dialog::Balance { kind, amount, text } => {
                let amount = parse_amount(amount)?;
                let text = text.trim().to_owned();
                let ask = Ask::change_balance(user_id, login, amount, *kind, text);
                Action::ask(ask, Message::BalanceChanged)
            }
            Dialog::Delete { clones, .. } => {
                Action::ask(Ask::delete_user(user_id, login, *clones), Message::Done)
            }
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
                                .id(FIRST_FIELD_ID)
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
                    // What the change would leave, and a word before the
                    // server refuses to go below zero (251).
                    let preview: Element<'a, M> = match self.preview(account) {
                        Some(new) if new < 0.0 => {
                            text(fl!("balance-preview-below-zero", value = i18n::money(new)))
                                .size(14)
                                .style(text::warning)
                                .into()
                        }
                        Some(new) => text(fl!("balance-preview", value = i18n::money(new)))
                            .size(14)
                            .into(),
                        None => text("").into(),
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
                                        words::kind_name,
                                        move |k| on_input(Input::Kind(k))
                                    )
                                ),
                                widget::labeled(
                                    fl!("balance-amount"),
                                    text_input("+100.00 / -25.50", amount)
                                        .id(FIRST_FIELD_ID)
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
                            // Two lines kept for it: the warning runs that
                            // long (it ran into the message under it).
                            container(preview).height(PREVIEW_HEIGHT),
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
                                .id(FIRST_FIELD_ID)
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
        // The message keeps its room, said or not: the dialog never changes size.
        let message = self
            .refusal
            .clone()
            .or_else(|| self.problem(account).filter(|_| self.edited))
            .unwrap_or_default();
        col = col.push(
            container(text(message).size(14).style(if self.refusal.is_some() {
                text::danger
            } else {
                text::secondary
            }))
            .height(40),
        );
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
        assert!(d.submit(&account()).is_some());
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
