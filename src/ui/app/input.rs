//! What the window tells the root: keys (the root's own, then the screen on
//! top's), resizes, moves, dropped files, the clock, and what each screen
//! listens to.

use super::{App, Message, Session};
use crate::ui::chooser;
use iced::event::{self, Event};
use iced::keyboard::{self, Key, key::Named};
use iced::widget::operation;
use iced::{Subscription, Task, window};
use std::time::Duration;

impl App {
    /// The root's keys (its dialogs, Tab), then the screen on top's.
    pub(super) fn key(&mut self, event: keyboard::Event) -> Task<Message> {
        let keyboard::Event::KeyPressed { key, modifiers, .. } = event else {
            return Task::none();
        };
        if self.choosing.is_some() {
            let m = match key {
                Key::Named(Named::Escape) => chooser::Message::Cancel,
                Key::Named(Named::Tab) => chooser::Message::Complete,
                _ => return Task::none(),
            };
            return self.update(Message::Chooser(m));
        }
        if self.modal.is_some() {
            if key == Key::Named(Named::Escape) {
                self.modal = None;
            }
            return Task::none();
        }
        // Tab moves between fields on every screen.
        if key == Key::Named(Named::Tab) {
            return if modifiers.shift() {
                operation::focus_previous()
            } else {
                operation::focus_next()
            };
        }
        match &self.session {
            Session::LoggedOut(login) => match login.on_key(&key, modifiers) {
                Some(m) => self.login_update(m),
                None => Task::none(),
            },
            Session::LoggedIn { nav, .. } => {
                let top = nav.top();
                let id = top.id;
                match top.screen.on_key(&key, modifiers) {
                    Some(m) => self.update_screen(id, m),
                    None => Task::none(),
                }
            }
        }
    }

    pub fn subscription(&self) -> Subscription<Message> {
        let mut subs = vec![
            keyboard::listen().map(Message::Key),
            if self.first_frame_drawn {
                Subscription::none()
            } else {
                window::frames().map(|_| Message::FirstFrame)
            },
            iced::system::theme_changes().map(Message::SystemMode),
            // A focused field captures Escape (and may capture Ctrl+S); the
            // shortcuts must work while typing, so those come through here.
            // Uncaptured keys arrive through `keyboard::listen` above.
            event::listen_with(|event, status, _| match (event, status) {
                (
                    Event::Keyboard(k @ keyboard::Event::KeyPressed { .. }),
                    event::Status::Captured,
                ) => {
                    let keyboard::Event::KeyPressed { key, modifiers, .. } = &k else {
                        return None;
                    };
                    let shortcut = *key == Key::Named(Named::Escape)
                        || (modifiers.command() && key.as_ref() == Key::Character("s"));
                    shortcut.then_some(Message::Key(k))
                }
                _ => None,
            }),
            event::listen_with(|event, _status, id| match event {
                Event::Window(window::Event::Resized(size)) => Some(Message::WindowResized(size)),
                Event::Window(window::Event::Moved(at)) => Some(Message::WindowMoved(at)),
                Event::Window(window::Event::CloseRequested) => Some(Message::CloseRequested(id)),
                Event::Window(window::Event::FileDropped(path)) => Some(Message::FileDropped(path)),
                _ => None,
            }),
        ];
        // Ticks only while something needs the clock: the busy indicator, fading toasts.
        if !self.requests.is_empty() || self.toasts.has_expiring() {
            subs.push(iced::time::every(Duration::from_millis(100)).map(Message::Tick));
        }
        if let Some(nav) = self.nav() {
            for opened in nav.iter() {
                subs.push(
                    opened
                        .screen
                        .subscription()
                        .with(opened.id)
                        .map(|(id, m)| Message::Screen(id, m)),
                );
            }
        }
        Subscription::batch(subs)
    }
}
