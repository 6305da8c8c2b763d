//! The account as the customer sees it (`user/get_info`,
//! `user/get_tariff_restrictions`), through the user's own session (see
//! `parts::acting_as_user`), and "resend activation e-mail" with the server's wait shown
//! as a live countdown.

use crate::api::{self, CustomerAccount, TariffRestrictions, UserInfo};
use crate::fl;
use crate::i18n;
use crate::model::ErrorCode;
use crate::session::{Ask, UserSession};
use crate::ui::parts::acting_as_user::{AsUser, Opened, State};
use crate::ui::screen::Page;
use crate::ui::widget::icon;
use crate::ui::widget::{self, toast::Toast};
use crate::words;
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::widget::{button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length, Subscription};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The "resend activation e-mail" button.
#[derive(Debug, Clone, PartialEq)]
pub enum Resend {
    Ready,
    Sending,
    /// The server asks to wait (code 264) until then.
    WaitUntil(Instant),
}

#[derive(Debug, Clone)]
pub struct CustomerView {
    as_user: AsUser,
    login: String,
    user_name: String,
    /// Not activated or not verified: offer to resend the activation e-mail.
    needs_activation: bool,
    info: Option<Box<UserInfo>>,
    restrictions: Option<TariffRestrictions>,
    resend: Resend,
    now: Instant,
}

#[derive(Debug, Clone)]
pub enum Message {
    SessionOpened(Opened),
    Loaded(Result<(Box<UserInfo>, TariffRestrictions), api::Error>),
    Resend,
    ResendAnswered(Result<(), api::Error>),
    Tick(Instant),
    Refresh,
    Back,
}

type Action = crate::ui::action::Action<Message>;

/// Asks for what the customer sees, with `session`.
fn load(session: Arc<UserSession>) -> Action {
    Action::ask(Ask::customer_info(session), Message::Loaded)
}

impl CustomerView {
    pub fn new(user_id: i64, login: String, user_name: String, needs_activation: bool) -> Self {
        CustomerView {
            as_user: AsUser::new(user_id, login.clone()),
            login,
            user_name,
            needs_activation,
            info: None,
            restrictions: None,
            resend: Resend::Ready,
            now: Instant::now(),
        }
    }

    pub fn state(&self) -> &State {
        self.as_user.state()
    }

    pub fn session(&self) -> Option<&Arc<UserSession>> {
        self.as_user.session()
    }

    pub fn info(&self) -> Option<&UserInfo> {
        self.info.as_deref()
    }

    pub fn restrictions(&self) -> Option<&TariffRestrictions> {
        self.restrictions.as_ref()
    }

    pub fn resend(&self) -> &Resend {
        &self.resend
    }

    pub fn needs_activation(&self) -> bool {
        self.needs_activation
    }

    fn refresh(&mut self) -> Action {
        self.as_user.refresh(Message::SessionOpened, load)
    }

    /// Time left before resending is allowed again, if any.
    pub fn wait_left(&self) -> Option<Duration> {
        match self.resend {
            Resend::WaitUntil(t) if t > self.now => Some(t - self.now),
            _ => None,
        }
    }

    /// True while the countdown needs the clock.
    pub fn counting_down(&self) -> bool {
        matches!(self.resend, Resend::WaitUntil(_))
    }

    fn resend_answered(&mut self, result: Result<(), api::Error>) -> Action {
        self.resend = Resend::Ready;
        let e = match result {
            Ok(()) => {
                return Action::toast(Toast::success(fl!(
                    "activation-sent",
                    login = self.login.clone()
                )));
            }
            Err(e) => e,
        };
        let text = match e.api() {
            Some(a) if a.is(ErrorCode::TimeoutNotReached) => {
                // Start the countdown from the server's own remainder.
                let wait = a.remainder().unwrap_or(Duration::from_secs(300));
                self.now = Instant::now();
                self.resend = Resend::WaitUntil(self.now + wait);
                return Action::none();
            }
            Some(a) if a.is(ErrorCode::AlreadyDone) => {
                self.needs_activation = false;
                fl!("activation-already-done")
            }
            Some(a) if a.is(ErrorCode::FailedSendingEmail) => fl!("activation-mail-failed"),
            Some(a) if a.is(ErrorCode::NotFound) => {
                fl!("activation-unknown-login", login = self.login.clone())
            }
            _ => return Action::toast(Toast::error(&e)),
        };
        Action::toast(Toast {
            text,
            ..Toast::error(&e)
        })
    }
}

impl Page for CustomerView {
    type Message = Message;

    fn start(&mut self) -> Action {
        self.refresh()
    }

    fn update(&mut self, message: Message) -> Action {
        match message {
            Message::SessionOpened(result) => self.as_user.opened(result, load),
            Message::Loaded(Ok((info, restrictions))) => {
                self.info = Some(info);
                self.restrictions = Some(restrictions);
                self.as_user.loaded();
                Action::none()
            }
            Message::Loaded(Err(e)) => {
                // The user's session ended (not the dealer's): open a new one.
                if self.as_user.ended(&e) {
                    return self.refresh();
                }
                self.as_user.failed(e);
                Action::none()
            }
            Message::Resend => {
                if self.resend != Resend::Ready {
                    return Action::none();
                }
                self.resend = Resend::Sending;
                let ask = Ask::resend_activation(self.login.clone());
                Action::ask(ask, Message::ResendAnswered)
            }
            Message::ResendAnswered(result) => self.resend_answered(result),
            Message::Tick(now) => {
                self.now = now;
                if let Resend::WaitUntil(t) = self.resend
                    && now >= t
                {
                    self.resend = Resend::Ready;
                }
                Action::none()
            }
            Message::Refresh => self.refresh(),
            Message::Back => self.as_user.leave(),
        }
    }

    fn view(&self) -> Element<'_, Message> {
        self.page()
    }

    fn on_key(&self, key: &Key, _modifiers: Modifiers) -> Option<Message> {
        (*key == Key::Named(Named::Escape)).then_some(Message::Back)
    }

    fn resumed(&mut self) -> Action {
        self.as_user.forget();
        self.refresh()
    }

    /// The countdown's clock, only while it runs.
    fn subscription(&self) -> Subscription<Message> {
        if self.counting_down() {
            iced::time::every(Duration::from_millis(100)).map(Message::Tick)
        } else {
            Subscription::none()
        }
    }
}

impl CustomerView {
    fn resend_view(&self) -> Element<'_, Message> {
        let label = match (&self.resend, self.wait_left()) {
            (Resend::Sending, _) => fl!("activation-sending"),
            (_, Some(left)) => {
                let s = left.as_secs() + u64::from(left.subsec_nanos() > 0);
                fl!(
                    "activation-wait",
                    time = format!("{}:{:02}", s / 60, s % 60)
                )
            }
            _ => fl!("activation-resend"),
        };
        let ready = self.resend == Resend::Ready;
        row![
            text(fl!("activation-needed")).style(text::warning),
            button(text(label)).on_press_maybe(ready.then_some(Message::Resend)),
        ]
        .spacing(12)
        .align_y(Alignment::Center)
        .into()
    }

    fn section<'a>(title: String, rows: Vec<(String, Option<String>)>) -> Element<'a, Message> {
        let mut col = column![text(title).size(17)].spacing(6);
        let present: Vec<(String, String)> = rows
            .into_iter()
            .filter_map(|(k, v)| v.filter(|v| !v.is_empty()).map(|v| (k, v)))
            .collect();
        if present.is_empty() {
            col = col.push(text(fl!("customer-not-reported")).style(text::secondary));
        }
        for (label, value) in present {
            col = col
                .push(row![text(label).width(240).style(text::secondary), text(value)].spacing(12));
        }
        col.into()
    }

    fn account_rows(a: &CustomerAccount) -> Vec<(String, Option<String>)> {
        let yes_no =
            |b: Option<bool>| b.map(|b| if b { fl!("value-yes") } else { fl!("value-no") });
        vec![
            (fl!("customer-title"), a.title.clone()),
            (fl!("field-login"), a.login.clone()),
            (fl!("field-id"), a.id.map(|i| i.to_string())),
            (
                fl!("customer-locale"),
                a.locale.as_deref().map(words::locale),
            ),
            (fl!("customer-time-zone"), a.time_zone.clone()),
            (
                fl!("customer-measurement"),
                a.measurement_system.as_deref().map(words::measurement),
            ),
            (
                fl!("customer-geocoder"),
                a.default_geocoder.as_deref().map(words::service),
            ),
            (
                fl!("customer-route-provider"),
                a.route_provider.as_deref().map(words::service),
            ),
            (fl!("customer-demo"), yes_no(a.demo)),
            (fl!("field-verified"), yes_no(a.verified)),
            (
                fl!("field-created"),
                a.creation_date
                    .as_deref()
                    .map(|d| i18n::server_date_time(d, i18n::Precision::Minute)),
            ),
        ]
    }

    fn page(&self) -> Element<'_, Message> {
        let header = row![
            icon::back_button(icon::BackTo::User).on_press(Message::Back),
            // The title gives way (to a second line) before the button.
            text(fl!("customer-heading", user = self.user_name.clone()))
                .size(22)
                .width(Length::Fill),
            button(text(fl!("users-refresh")))
                .style(button::secondary)
                .on_press(Message::Refresh),
        ]
        .spacing(16)
        .align_y(Alignment::Center);
        let mut page = column![header].spacing(14).padding(12);
        if self.needs_activation {
            page = page.push(self.resend_view());
        }
        let body: Element<'_, Message> = match (self.as_user.state(), &self.info) {
            (State::Failed(e), _) => widget::failed(e, Message::Refresh),
            (_, None) => container(text(fl!("customer-loading")).style(text::secondary))
                .center(Length::Fill)
                .into(),
            (_, Some(info)) => {
                let mut col = column![].spacing(18).width(Length::Fill);
                let account = info.user_info.clone().unwrap_or_default();
                col = col.push(Self::section(
                    fl!("customer-account"),
                    Self::account_rows(&account),
                ));
                let is_sub_user = info.master.is_some();
                if !is_sub_user {
                    col = col.push(Self::section(
                        fl!("customer-balances"),
                        vec![
                            (fl!("field-balance"), account.balance.map(i18n::money)),
                            (fl!("field-bonus"), account.bonus.map(i18n::money)),
                        ],
                    ));
                }
                if let Some(master) = &info.master {
                    let mut rows = Self::account_rows(master);
                    rows.push((fl!("field-balance"), master.balance.map(i18n::money)));
                    rows.push((fl!("field-bonus"), master.bonus.map(i18n::money)));
                    col = col.push(Self::section(fl!("customer-master"), rows));
                }
                let maps = self
                    .restrictions
                    .as_ref()
                    .and_then(|r| r.allowed_maps.clone())
                    .or_else(|| {
                        info.tariff_restrictions
                            .as_ref()
                            .and_then(|r| r.allowed_maps.clone())
                    });
                col = col.push(Self::section(
                    fl!("customer-tariff"),
                    vec![
                        (
                            fl!("customer-allowed-maps"),
                            maps.map(|m| words::list(&m, words::service)),
                        ),
                        (
                            fl!("customer-premium-gis"),
                            info.premium_gis
                                .map(|b| if b { fl!("value-yes") } else { fl!("value-no") }),
                        ),
                        (
                            fl!("customer-dealer"),
                            info.paas_id.map(|id| id.to_string()),
                        ),
                    ],
                ));
                col = col.push(Self::section(
                    fl!("customer-features"),
                    vec![(
                        fl!("customer-features-list"),
                        info.features
                            .as_ref()
                            .map(|f| words::list(f, words::feature)),
                    )],
                ));
                if is_sub_user {
                    let rights = info
                        .privileges
                        .as_ref()
                        .and_then(|p| p.rights.as_ref())
                        .map(|r| words::list(r, words::feature));
                    col = col.push(Self::section(
                        fl!("customer-privileges"),
                        vec![(fl!("customer-rights"), rights)],
                    ));
                }
                scrollable(col).height(Length::Fill).into()
            }
        };
        page.push(body).into()
    }
}
