//! One user as the server has it (`panel/user/read`), and the way to
//! everything about that user: the editor, transactions, the customer's
//! view, applications.

use crate::api::{self, UserRecord};
use crate::fl;
use crate::i18n;
use crate::model::{LegalType, Permit};
use crate::session::{Ask, Dealer};
use crate::ui::action::{Action, Happened};
use crate::ui::parts::account_actions::{self, AccountActions};
use crate::ui::parts::field_groups::{self, Lines};
use crate::ui::screen::Page;
use crate::ui::screen::applications::Applications;
use crate::ui::screen::customer_view::CustomerView;
use crate::ui::screen::trackers::Trackers;
use crate::ui::screen::transactions::Transactions;
use crate::ui::screen::user_editor::UserEditor;
use crate::ui::widget::{self, icon, toast::Toast};
use crate::words;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, row, scrollable, space, text};
use iced::{Alignment, Element, Length};
use std::sync::Arc;

/// The page's scrollable: a details page opens at its top.
const BODY_ID: &str = "details-body";

#[derive(Debug, Clone)]
pub struct UserDetails {
    user_id: i64,
    record: Option<Box<UserRecord>>,
    error: Option<api::Error>,
    /// Log in as, password, balance, delete: once the user is read.
    account: Option<AccountActions>,
    /// What the dealer may do, its plans and presets.
    dealer: Arc<Dealer>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Loaded(Result<Box<UserRecord>, api::Error>),
    Back,
    Reload,
    Applications,
    CustomerView,
    Edit,
    Transactions,
    Trackers,
    Account(account_actions::Message),
}

impl UserDetails {
    /// The details of this user; read when the screen starts.
    pub fn new(user_id: i64) -> Self {
        UserDetails {
            user_id,
            record: None,
            error: None,
            account: None,
            dealer: Arc::new(Dealer::unknown()),
        }
    }

    pub fn user_id(&self) -> i64 {
        self.user_id
    }

    /// The user's account actions, once the user is read.
    pub fn account(&self) -> Option<&AccountActions> {
        self.account.as_ref()
    }

    /// The user as last read.
    pub fn record(&self) -> Option<&UserRecord> {
        self.record.as_deref()
    }

    fn refresh(&mut self) -> Action<Message> {
        self.error = None;
        Action::ask(Ask::read_user(self.user_id), Message::Loaded)
    }

    /// What to call the user on the screens opened from here.
    fn name(&self) -> String {
        self.record
            .as_ref()
            .map(|r| r.user.display_name())
            .unwrap_or_default()
    }
}

impl Page for UserDetails {
    type Message = Message;

    fn start(&mut self) -> Action<Message> {
        self.refresh()
            .and(Action::run(iced::widget::operation::snap_to(
                BODY_ID,
                iced::widget::operation::RelativeOffset::START,
            )))
    }

    fn update(&mut self, message: Message) -> Action<Message> {
        match message {
            Message::Loaded(Ok(record)) => {
                match &mut self.account {
                    // A dialog open meanwhile keeps what was typed.
                    Some(account) => account.read(&record),
                    None => {
                        let mut actions = AccountActions::new(&record);
                        actions.dealer_known(self.dealer.clone());
                        self.account = Some(actions);
                    }
                }
                self.record = Some(record);
                self.error = None;
                Action::none()
            }
            Message::Account(m) => match &mut self.account {
                Some(account) => account.update(m).map(Message::Account),
                None => Action::none(),
            },
            Message::Loaded(Err(e)) => {
                let toast = Toast::error(&e);
                self.error = Some(e);
                Action::toast(toast)
            }
            Message::Back => Action::close(),
            Message::Applications => {
                let login = self
                    .record
                    .as_ref()
                    .and_then(|r| r.user.fields.login.clone())
                    .unwrap_or_default();
                Action::open(Applications::new(self.user_id, login, self.name()).into())
            }
            Message::Trackers => Action::open(Trackers::new(self.user_id, self.name()).into()),
            Message::Transactions => {
                let today = chrono::Utc::now().date_naive();
                Action::open(Transactions::new(self.user_id, self.name(), today).into())
            }
            Message::Edit if !self.dealer.allows(Permit::EditUsers) => {
                Action::toast(Toast::failed(fl!("not-permitted")))
            }
            Message::Edit => match &self.record {
                Some(r) => Action::open(UserEditor::for_record(r).into()),
                None => Action::none(),
            },
            Message::CustomerView => match &self.record {
                Some(r) => {
                    let f = &r.user.fields;
                    let needs_activation = f.activated != Some(true) || f.verified != Some(true);
                    Action::open(
                        CustomerView::new(
                            self.user_id,
                            f.login.clone().unwrap_or_default(),
                            r.user.display_name(),
                            needs_activation,
                        )
                        .into(),
                    )
                }
                None => Action::none(),
            },
            Message::Reload => self.refresh(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        self.page()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        if let Some(m) = self.account.as_ref().and_then(|a| a.on_key(key)) {
            return Some(Message::Account(m));
        }
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }

    fn unsaved(&self) -> bool {
        self.account.as_ref().is_some_and(AccountActions::unsaved)
    }

    fn dialog_open(&self) -> bool {
        self.account.as_ref().is_some_and(|a| a.dialog().is_some())
    }

    fn resumed(&mut self) -> Action<Message> {
        self.refresh()
    }

    fn heard(&mut self, what: &Happened) -> Action<Message> {
        match what {
            Happened::UserSaved {
                user_id: Some(id), ..
            } if *id == self.user_id => self.refresh(),
            // Its details are gone with it.
            Happened::UserDeleted(id) if *id == self.user_id => Action::close(),
            Happened::Dealer(dealer) => {
                self.dealer = dealer.clone();
                if let Some(account) = &mut self.account {
                    account.dealer_known(dealer.clone());
                }
                Action::none()
            }
            _ => Action::none(),
        }
    }
}

impl UserDetails {
    /// The user's menu preset by its title; none of its own is the dealer's
    /// default, said so.
    fn preset_text(&self, id: Option<i64>) -> String {
        match id {
            Some(id) => self
                .dealer
                .preset(id)
                .map_or_else(|| format!("#{id}"), |p| p.title.clone()),
            None => match self.dealer.default_preset() {
                Some(p) => fl!("preset-default-named", title = p.title.clone()),
                None => String::new(),
            },
        }
    }

    fn page(&self) -> Element<'_, Message> {
        let back = icon::back_button(icon::BackTo::Users).on_press(Message::Back);
        let Some(rec) = &self.record else {
            let body = match &self.error {
                Some(e) => widget::failed(e, Message::Reload),
                None => container(text(fl!("details-loading")).style(text::secondary))
                    .center(Length::Fill)
                    .into(),
            };
            return column![back, body].padding(12).spacing(10).into();
        };
        let u = &rec.user;
        let f = &u.fields;
        let yes_no = |b: Option<bool>| match b {
            Some(true) => fl!("value-yes"),
            Some(false) => fl!("value-no"),
            None => String::new(),
        };
        let legal = match f.legal_type {
            Some(LegalType::Individual) => fl!("legal-individual"),
            Some(LegalType::LegalEntity) => fl!("legal-entity"),
            Some(LegalType::SoleTrader) => fl!("legal-sole-trader"),
            None => String::new(),
        };
        let s = |v: &Option<String>| v.clone().unwrap_or_default();
        // A group's fields as label and value, in the one layout the editor uses too.
        let values = |lines: Lines| -> Vec<(String, String)> {
            lines
                .iter()
                .flat_map(|line| line.iter())
                .map(|&field| (field_groups::label(field), s(field.value(f))))
                .collect()
        };
        let groups: Vec<(String, Vec<(String, String)>)> = vec![
            (
                fl!("group-account"),
                vec![
                    (fl!("field-id"), u.id.to_string()),
                    (fl!("field-login"), s(&f.login)),
                    (fl!("field-activated"), yes_no(f.activated)),
                    (fl!("field-verified"), yes_no(f.verified)),
                    (
                        fl!("field-created"),
                        u.creation_date
                            .as_deref()
                            .map(|d| i18n::server_date_time(d, i18n::Precision::Minute))
                            .unwrap_or_default(),
                    ),
                    (
                        fl!("field-balance"),
                        u.balance.map(i18n::money).unwrap_or_default(),
                    ),
                    (
                        fl!("field-bonus"),
                        u.bonus.map(i18n::money).unwrap_or_default(),
                    ),
                    (
                        fl!("field-trackers"),
                        u.trackers_count
                            .map(|n| u64::try_from(n).map_or_else(|_| n.to_string(), i18n::count))
                            .unwrap_or_default(),
                    ),
                ],
            ),
            (fl!("group-person"), values(field_groups::PERSON)),
            (
                fl!("group-legal"),
                std::iter::once((fl!("field-legal-type"), legal))
                    .chain(values(field_groups::LEGAL))
                    .collect(),
            ),
            (fl!("group-postal"), values(field_groups::POSTAL)),
            (fl!("group-registered"), values(field_groups::REGISTERED)),
            (
                fl!("group-discount"),
                match &rec.discount {
                    Some(d) => vec![
                        (
                            fl!("field-discount-value"),
                            d.value.map(i18n::percent).unwrap_or_default(),
                        ),
                        (
                            fl!("field-discount-min-trackers"),
                            d.min_trackers.map(|n| n.to_string()).unwrap_or_default(),
                        ),
                        (
                            fl!("field-discount-end"),
                            d.end_date.as_deref().map_or_else(
                                || fl!("value-open-ended"),
                                |d| i18n::server_date_time(d, i18n::Precision::Day),
                            ),
                        ),
                    ],
                    None => vec![],
                },
            ),
            (
                fl!("group-other"),
                vec![
                    (fl!("field-comment"), s(&u.comment)),
                    (
                        fl!("field-plan"),
                        rec.default_tariff_id
                            .map(|t| self.dealer.plan_label(t))
                            .unwrap_or_default(),
                    ),
                    (fl!("field-menu-preset"), self.preset_text(u.menu_preset_id)),
                    (
                        fl!("field-mfa"),
                        u.mfa_allowed.map(words::yes_no).unwrap_or_default(),
                    ),
                ],
            ),
        ];
        let mut body = column![].spacing(18).width(Length::Fill);
        // A group with nothing in it (an individual's registered address) is left out.
        for (title, fields) in groups
            .into_iter()
            .filter(|(_, f)| f.iter().any(|(_, v)| !v.is_empty()))
        {
            let mut group = column![text(title).size(17)].spacing(6);
            for (label, value) in fields.into_iter().filter(|(_, v)| !v.is_empty()) {
                group = group.push(
                    row![text(label).width(220).style(text::secondary), text(value)].spacing(12),
                );
            }
            body = body.push(group);
        }
        let title = row![
            back,
            text(u.display_name()).size(22),
            iced::widget::space::horizontal(),
            widget::permitted(
                icon::button_with(icon::edit(), fl!("details-edit")),
                Message::Edit,
                self.dealer.allows(Permit::EditUsers),
            ),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        // What can be seen of the user, then what can be done to the account;
        // the line wraps in a narrow window.
        let see = |i, label: String, m: Message, permit: Permit| {
            widget::permitted(
                icon::button_with(i, label).style(button::secondary),
                m,
                self.dealer.allows(permit),
            )
        };
        let mut actions = row![
            see(
                icon::trackers(),
                fl!("trackers-open"),
                Message::Trackers,
                Permit::SeeTrackers
            ),
            see(
                icon::transactions(),
                fl!("transactions-open"),
                Message::Transactions,
                Permit::SeeTransactions
            ),
            see(
                icon::customer_view(),
                fl!("customer-open"),
                Message::CustomerView,
                Permit::ActAsUser
            ),
            see(
                icon::applications(),
                fl!("apps-open"),
                Message::Applications,
                Permit::ActAsUser
            ),
        ]
        .spacing(10);
        if let Some(account) = &self.account {
            actions = actions.push(space().width(14)).extend(
                account
                    .buttons()
                    .into_iter()
                    .map(|b| b.map(Message::Account)),
            );
        }
        let page: Element<'_, Message> = column![
            title,
            actions.wrap().vertical_spacing(8),
            scrollable(body).id(BODY_ID).height(Length::Fill)
        ]
        .spacing(14)
        .padding(12)
        .into();
        let over = self
            .account
            .as_ref()
            .and_then(|a| a.dialog_layer(Message::Account));
        crate::ui::widget::modal::layered(page, over)
    }
}
