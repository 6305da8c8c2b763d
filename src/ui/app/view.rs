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
use crate::ui::widget::modal::{self, Confirm};
use iced::widget::{button, column, container, pick_list, row, space, stack, text};
use iced::{Alignment, Element, Theme, theme};
use std::time::Duration;

/// The header's height (it holds one line of buttons).
const HEADER_HEIGHT: f32 = 48.0;
/// The header's spacing, its padding at each side, and what a button and a
/// picker add to their words (iced's paddings, an icon, a picker's arrow).
const HEADER_SPACING: f32 = 12.0;
const HEADER_PADDING: f32 = 12.0;
const BUTTON_EXTRA: f32 = 10.0 + icon::IN_BUTTON + icon::IN_BUTTON_GAP + 10.0;
const PICKER_EXTRA: f32 = 10.0 + 16.0 + 10.0 + 10.0;
/// The busy sign's size.
const BUSY_MARK: f32 = icon::IN_BUTTON;

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

    /// The header: the app, the dealer, the busy sign, and the root's
    /// buttons, which keep their words where the window is wide and are
    /// icons (their words on hover) where it is not.
    pub(super) fn header(&self) -> Element<'_, Message> {
        let content = iced::widget::responsive(move |size| {
            self.header_bar(size.width < self.wide_header_width())
        });
        container(content)
            .height(HEADER_HEIGHT)
            .padding([8.0, HEADER_PADDING])
            .style(look::header_bar)
            .into()
    }

    /// The width the header needs with its buttons' words, in the
    /// language shown: narrower, the buttons are icons (their words on
    /// hover). German needs more than English, so a fixed width cut its
    /// last button.
    fn wide_header_width(&self) -> f32 {
        use crate::ui::widget::measure::width;
        let words = |s: String| width(&s, 16.0, false);
        let mut parts = vec![width(&fl!("app-title"), 18.0, false)];
        let pickers = [
            Language::ALL
                .iter()
                .map(|l| words(l.to_string()))
                .fold(0.0, f32::max),
            ThemeChoice::ALL
                .iter()
                .map(|t| words(theme_name(t)))
                .fold(0.0, f32::max),
        ];
        parts.extend(pickers.map(|w| w + PICKER_EXTRA));
        if let Some(api) = self.session() {
            parts.push(words(fl!("header-dealer", login = api.login.clone())));
            let buttons = [
                fl!("watch-open"),
                fl!("segments-open"),
                fl!("activity-open"),
                fl!("settings-open"),
                fl!("logout"),
            ];
            parts.extend(buttons.map(|b| words(b) + BUTTON_EXTRA));
        }
        // Counted whether shown or not: the header does not switch to
        // icons and back as requests come and go.
        parts.push(BUSY_MARK);
        // A gap after each part (one more child: the space between the
        // dealer and the buttons); the padding is outside what is measured.
        let spacing = HEADER_SPACING * parts.len() as f32;
        parts.iter().sum::<f32>() + spacing
    }

    fn header_bar(&self, compact: bool) -> Element<'_, Message> {
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
        // Narrow, the app's name gives its room to the buttons (the
        // window's title says it): in Russian and German the last button
        // was squeezed out of a window at its smallest.
        let name = (!compact).then(|| text(fl!("app-title")).size(18));
        let mut bar = row![name]
            .spacing(HEADER_SPACING)
            .align_y(Alignment::Center);
        let api = self.session();
        if let Some(api) = &api {
            bar = bar
                .push(text(fl!("header-dealer", login = api.login.clone())).style(text::secondary));
        }
        bar = bar.push(space::horizontal());
        // The busy sign is a mark, its words on hover: as words it pushed
        // the last picker out of a German header, and room kept for them
        // cost the header its words in English.
        if self.busy() {
            bar = bar.push(
                iced::widget::tooltip(
                    icon::refresh().size(BUSY_MARK).style(text::primary),
                    container(text(fl!("busy")).size(13)).padding(6),
                    iced::widget::tooltip::Position::Bottom,
                )
                .style(container::bordered_box),
            );
        }
        let root_button = |i: iced::widget::Text<'static>, label: String, m: Option<Message>| {
            let b = if compact {
                button(i.size(15)).padding([6, 10])
            } else {
                icon::button_with(i, label.clone())
            }
            .style(button::secondary)
            .on_press_maybe(m);
            if compact {
                iced::widget::tooltip(
                    b,
                    container(text(label).size(13)).padding(6),
                    iced::widget::tooltip::Position::Bottom,
                )
                .style(container::bordered_box)
                .into()
            } else {
                Element::from(b)
            }
        };
        if api.is_some() {
            let on_watch = !matches!(self.top(), Some(Screen::Watch(_)));
            bar = bar.push(root_button(
                icon::balance(),
                fl!("watch-open"),
                on_watch.then_some(Message::OpenWatch),
            ));
            let on_segments = !matches!(self.top(), Some(Screen::Segments(_)));
            bar = bar.push(root_button(
                icon::segments(),
                fl!("segments-open"),
                on_segments.then_some(Message::OpenSegments),
            ));
            let on_activity = !matches!(self.top(), Some(Screen::Activity(_)));
            bar = bar.push(root_button(
                icon::activity(),
                fl!("activity-open"),
                on_activity.then_some(Message::OpenActivity),
            ));
            let on_settings = !matches!(self.top(), Some(Screen::Settings(_)));
            bar = bar.push(root_button(
                icon::settings(),
                fl!("settings-open"),
                on_settings.then_some(Message::OpenSettings),
            ));
        }
        bar = bar.push(languages).push(theme);
        if api.is_some() {
            bar = bar.push(root_button(
                icon::log_out(),
                fl!("logout"),
                Some(Message::Logout),
            ));
        }
        bar.into()
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
        // Every layer always there (empty when nothing is over the page), so
        // the page keeps its scroll positions and focus as they come and go.
        let question = match self.modal {
            Some(Modal::Quit(_)) => Some(modal::confirm(Confirm {
                title: fl!("quit-confirm-title"),
                body: fl!("quit-confirm-body"),
                confirm: fl!("quit-confirm"),
                cancel: fl!("cancel"),
                on_confirm: Message::QuitConfirmed,
                on_cancel: Message::QuitCancelled,
            })),
            Some(Modal::Logout) => Some(modal::confirm(Confirm {
                title: fl!("logout-confirm-title"),
                body: fl!("logout-confirm-body"),
                confirm: fl!("logout"),
                cancel: fl!("cancel"),
                on_confirm: Message::LogoutConfirmed,
                on_cancel: Message::LogoutCancelled,
            })),
            None => None,
        };
        let chooser = self.choosing.as_ref().map(|c| {
            modal::dialog(
                c.dialog.view().map(Message::Chooser),
                Message::Chooser(chooser::Message::Cancel),
            )
        });
        let toasts = (!self.toasts.list.is_empty()).then(|| {
            let dialog_open = self.modal.is_some()
                || self.choosing.is_some()
                || self.top().is_some_and(Screen::dialog_open);
            self.toasts.view(Message::DismissToast, dialog_open)
        });
        let layer = |over: Option<Element<'a, Message>>| over.unwrap_or_else(|| space().into());
        stack![page, layer(question), layer(chooser), layer(toasts)].into()
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
