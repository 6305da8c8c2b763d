//! One module per screen. Each owns its state and its behaviour (messages,
//! shortcuts, dialogs, focus, what it does when the session resumes) and talks
//! to the app only through the [`Action`]s its `update` returns; a screen
//! never reaches into another. [`Screen`] is the one list of the screens on
//! the stack (the users list at its bottom, the others opened over it), and
//! dispatches to them; the login screen stands apart, before a session.

pub mod activity;
pub mod applications;
pub mod balance_watch;
pub mod bulk;
pub mod customer_view;
pub mod import;
pub mod login;
pub mod segments;
pub mod settings;
pub mod trackers;
pub mod transactions;
pub mod user_details;
pub mod user_editor;
pub mod users;

use crate::ui::action::{Action, Happened};
use iced::keyboard::{Key, Modifiers};
use iced::{Element, Subscription};
use std::path::Path;

/// One screen instance on the stack. Answers and late messages carry it, so
/// they reach the instance they are for, or nobody.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScreenId(pub u64);

/// What every screen can be asked. Only `update` and `view` are required.
pub trait Page {
    type Message: Send + 'static;

    /// Just opened: what to load first, where the focus goes.
    fn start(&mut self) -> Action<Self::Message> {
        Action::none()
    }

    fn update(&mut self, message: Self::Message) -> Action<Self::Message>;

    fn view(&self) -> Element<'_, Self::Message>;

    /// A key the window did not use otherwise (and Escape, Ctrl+S while typing).
    fn on_key(&self, _key: &Key, _modifiers: Modifiers) -> Option<Self::Message> {
        None
    }

    /// Work closing the window would lose.
    fn unsaved(&self) -> bool {
        false
    }

    /// The dealer logged in again after the session ended (code 4).
    fn resumed(&mut self) -> Action<Self::Message> {
        Action::none()
    }

    /// Another screen changed something this one may show.
    fn heard(&mut self, _what: &Happened) -> Action<Self::Message> {
        Action::none()
    }

    /// A dialog of the screen's own is open (toasts then keep clear of it).
    fn dialog_open(&self) -> bool {
        false
    }

    /// A file dropped on the window while this screen is on top.
    fn dropped(&self, _path: &Path) -> Option<Self::Message> {
        None
    }

    fn subscription(&self) -> Subscription<Self::Message> {
        Subscription::none()
    }

    /// The interface language changed: text formatted ahead of time is redone.
    fn language_changed(&mut self) {}
}

macro_rules! screens {
    ($($variant:ident($module:ident::$ty:ident)),* $(,)?) => {
        /// A screen on the stack.
        pub enum Screen {
            $($variant(Box<$module::$ty>),)*
        }

        /// A message for a screen, of whichever kind it is.
        #[derive(Debug, Clone)]
        pub enum Message {
            $($variant($module::Message),)*
        }

        $(
            impl From<$module::Message> for Message {
                fn from(m: $module::Message) -> Self {
                    Message::$variant(m)
                }
            }

            impl From<$module::$ty> for Screen {
                fn from(s: $module::$ty) -> Self {
                    Screen::$variant(Box::new(s))
                }
            }
        )*

        impl Screen {
            pub fn update(&mut self, message: Message) -> Action<Message> {
                match (self, message) {
                    $((Screen::$variant(s), Message::$variant(m)) => {
                        s.update(m).map(Message::$variant)
                    })*
                    // Ids are unique: a message for one kind of screen never
                    // reaches another.
                    #[allow(unreachable_patterns)]
                    _ => Action::none(),
                }
            }

            pub fn start(&mut self) -> Action<Message> {
                match self {
                    $(Screen::$variant(s) => s.start().map(Message::$variant),)*
                }
            }

            pub fn view(&self) -> Element<'_, Message> {
                match self {
                    $(Screen::$variant(s) => s.view().map(Message::$variant),)*
                }
            }

            pub fn on_key(&self, key: &Key, modifiers: Modifiers) -> Option<Message> {
                match self {
                    $(Screen::$variant(s) => s.on_key(key, modifiers).map(Message::$variant),)*
                }
            }

            pub fn unsaved(&self) -> bool {
                match self {
                    $(Screen::$variant(s) => s.unsaved(),)*
                }
            }

            pub fn resumed(&mut self) -> Action<Message> {
                match self {
                    $(Screen::$variant(s) => s.resumed().map(Message::$variant),)*
                }
            }

            pub fn heard(&mut self, what: &Happened) -> Action<Message> {
                match self {
                    $(Screen::$variant(s) => s.heard(what).map(Message::$variant),)*
                }
            }

            pub fn dialog_open(&self) -> bool {
                match self {
                    $(Screen::$variant(s) => s.dialog_open(),)*
                }
            }

            pub fn dropped(&self, path: &Path) -> Option<Message> {
                match self {
                    $(Screen::$variant(s) => s.dropped(path).map(Message::$variant),)*
                }
            }

            pub fn subscription(&self) -> Subscription<Message> {
                match self {
                    $(Screen::$variant(s) => s.subscription().map(Message::$variant),)*
                }
            }

            pub fn language_changed(&mut self) {
                match self {
                    $(Screen::$variant(s) => s.language_changed(),)*
                }
            }
        }
    };
}

screens! {
    Users(users::Users),
    Details(user_details::UserDetails),
    Editor(user_editor::UserEditor),
    Applications(applications::Applications),
    Customer(customer_view::CustomerView),
    Transactions(transactions::Transactions),
    Trackers(trackers::Trackers),
    Import(import::Import),
    Activity(activity::Activity),
    Settings(settings::Settings),
    Bulk(bulk::Bulk),
    Watch(balance_watch::BalanceWatch),
    Segments(segments::Segments),
}
