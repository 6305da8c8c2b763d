//! What the root draws: the header across the top, the screen on top of the
//! stack under it, and over them the root's own questions and the toasts.

use super::{App, Message, Modal, Session};
use crate::config::ThemeChoice;
use crate::fl;
use crate::i18n::{self, Language};
use crate::ui::chooser;
use crate::ui::screen::Screen;
use crate::ui::theme as look;
use crate::ui::widget;
use crate::ui::widget::icon;
use crate::ui::widget::modal::{Confirm, modal};
use iced::widget::{button, column, container, pick_list, row, space, stack, text};
use iced::{Alignment, Element, Theme, theme};
use std::time::Duration;

/// How long a request may run before the busy indicator shows.
const BUSY_AFTER: Duration = Duration::from_millis(150);

impl App {
    pub fn title(&self) -> String {
        fl!("app-title")
    }

    pub fn theme(&self) -> Theme {
        let dark = match self.settings.theme {
            ThemeChoice::Dark => true,
            ThemeChoice::Light => false,
            ThemeChoice::System => self.system_mode == theme::Mode::Dark,
        };
        if dark { look::dark() } else { look::light() }
    }

    /// A request has run long enough for the operator to wonder.
    pub(super) fn busy(&self) -> bool {
        self.requests.busy(self.now, BUSY_AFTER)
    }

    pub(super) fn header(&self) -> Element<'_, Message> {
        let languages = pick_list(
            Language::ALL,
            Some(i18n::current_language()),
            Message::LanguagePicked,
        );
        let theme = widget::choice(
            ThemeChoice::ALL,
            Some(self.settings.theme),
            theme_name,
            Message::ThemePicked,
        );
        let mut bar = row![text(fl!("app-title")).size(18)]
            .spacing(12)
            .align_y(Alignment::Center);
        let api = self.session();
        if let Some(api) = &api {
            bar = bar
                .push(text(fl!("header-dealer", login = api.login.clone())).style(text::secondary));
        }
        bar = bar.push(space::horizontal());
        if self.busy() {
            bar = bar.push(text(fl!("busy")).style(text::primary));
        }
        if api.is_some() {
            let on_activity = !matches!(self.top(), Some(Screen::Activity(_)));
            bar = bar.push(
                icon::button_with(icon::activity(), fl!("activity-open"))
                    .style(button::secondary)
                    .on_press_maybe(on_activity.then_some(Message::OpenActivity)),
            );
        }
        if api.is_some() {
            let on_settings = !matches!(self.top(), Some(Screen::Settings(_)));
            bar = bar.push(
                icon::button_with(icon::settings(), fl!("settings-open"))
                    .style(button::secondary)
                    .on_press_maybe(on_settings.then_some(Message::OpenSettings)),
            );
        }
        bar = bar.push(languages).push(theme);
        if api.is_some() {
            bar = bar.push(
                icon::button_with(icon::log_out(), fl!("logout"))
                    .style(button::secondary)
                    .on_press(Message::Logout),
            );
        }
        container(bar)
            .padding([8, 12])
            .style(look::header_bar)
            .into()
    }

    pub fn view(&self) -> Element<'_, Message> {
        let body = match &self.session {
            Session::LoggedOut(login) => login.view().map(Message::Login),
            Session::LoggedIn { nav, .. } => {
                let top = nav.top();
                let id = top.id;
                top.screen.view().map(move |m| Message::Screen(id, m))
            }
        };
        self.frame(body)
    }

    /// The header above, the root's questions and the toasts over the page.
    pub(super) fn frame<'a>(&'a self, body: Element<'a, Message>) -> Element<'a, Message> {
        let page: Element<'_, Message> = column![self.header(), body].into();
        let page = match self.modal {
            Some(Modal::Quit(_)) => modal(
                page,
                Confirm {
                    title: fl!("quit-confirm-title"),
                    body: fl!("quit-confirm-body"),
                    confirm: fl!("quit-confirm"),
                    cancel: fl!("cancel"),
                    on_confirm: Message::QuitConfirmed,
                    on_cancel: Message::QuitCancelled,
                },
            ),
            Some(Modal::Logout) => modal(
                page,
                Confirm {
                    title: fl!("logout-confirm-title"),
                    body: fl!("logout-confirm-body"),
                    confirm: fl!("logout"),
                    cancel: fl!("cancel"),
                    on_confirm: Message::LogoutConfirmed,
                    on_cancel: Message::LogoutCancelled,
                },
            ),
            None => page,
        };
        let page = match &self.choosing {
            Some(c) => widget::modal::overlay(
                page,
                c.dialog.view().map(Message::Chooser),
                Message::Chooser(chooser::Message::Cancel),
            ),
            None => page,
        };
        if self.toasts.list.is_empty() {
            page
        } else {
            let dialog_open = self.modal.is_some()
                || self.choosing.is_some()
                || self.top().is_some_and(Screen::dialog_open);
            stack![page, self.toasts.view(Message::DismissToast, dialog_open)].into()
        }
    }
}

/// A theme choice in the operator's words.
fn theme_name(choice: &ThemeChoice) -> String {
    match choice {
        ThemeChoice::System => fl!("theme-system"),
        ThemeChoice::Light => fl!("theme-light"),
        ThemeChoice::Dark => fl!("theme-dark"),
    }
}
