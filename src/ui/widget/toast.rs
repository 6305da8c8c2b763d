//! Toasts: successes fade after a few seconds; errors stay until dismissed
//! and show the Navixy code.

use crate::api;
use crate::fl;
use crate::words::errors;
use iced::widget::{button, column, container, row, text};
use iced::{Alignment, Element, Length};
use std::time::{Duration, Instant};

pub const SUCCESS_LIFETIME: Duration = Duration::from_secs(4);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Success,
    Error,
}

/// What a screen asks to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    pub kind: Kind,
    pub text: String,
    /// The Navixy code, shown beside the text.
    pub code: Option<u32>,
}

impl Toast {
    pub fn success(text: String) -> Self {
        Toast {
            kind: Kind::Success,
            text,
            code: None,
        }
    }

    /// A failure of ours, in words (no Navixy code).
    pub fn failed(text: String) -> Self {
        Toast {
            kind: Kind::Error,
            text,
            code: None,
        }
    }

    /// What went wrong with a request, in the operator's words, with its code.
    pub fn error(e: &api::Error) -> Self {
        Toast {
            kind: Kind::Error,
            text: errors::describe(e),
            code: errors::code(e),
        }
    }
}

/// A toast on screen.
#[derive(Debug, Clone, PartialEq)]
pub struct Shown {
    pub id: u64,
    pub kind: Kind,
    pub text: String,
    pub code: Option<u32>,
    pub created: Instant,
}

#[derive(Debug, Default)]
pub struct Toasts {
    pub list: Vec<Shown>,
    next_id: u64,
}

impl Toasts {
    pub fn push(&mut self, toast: Toast) {
        self.next_id += 1;
        self.list.push(Shown {
            id: self.next_id,
            kind: toast.kind,
            text: toast.text,
            code: toast.code,
            created: Instant::now(),
        });
        // Keep the corner readable: the oldest go first.
        if self.list.len() > 5 {
            self.list.remove(0);
        }
    }

    pub fn dismiss(&mut self, id: u64) {
        self.list.retain(|t| t.id != id);
    }

    /// Drops successes older than their lifetime; errors stay.
    pub fn expire(&mut self, now: Instant) {
        self.list
            .retain(|t| t.kind == Kind::Error || now.duration_since(t.created) < SUCCESS_LIFETIME);
    }

    pub fn has_expiring(&self) -> bool {
        self.list.iter().any(|t| t.kind == Kind::Success)
    }

    /// The toasts in the bottom right corner, or the top right one while a
    /// dialog is open (its buttons are at its bottom).
    pub fn view<'a, Message: Clone + 'a>(
        &'a self,
        on_dismiss: impl Fn(u64) -> Message,
        dialog_open: bool,
    ) -> Element<'a, Message> {
        let items = self.list.iter().map(|t| {
            let mut body = column![text(&t.text)].spacing(2);
            if let Some(code) = t.code {
                body = body.push(text(fl!("error-code", code = code.to_string())).size(12));
            }
            let style = match t.kind {
                Kind::Success => container::success,
                Kind::Error => container::danger,
            };
            container(
                row![
                    body.width(Length::Fill),
                    button(text("×"))
                        .style(button::text)
                        .on_press(on_dismiss(t.id))
                ]
                .spacing(8)
                .align_y(Alignment::Center),
            )
            .padding(10)
            .width(360)
            .style(style)
            .into()
        });
        let corner = container(column(items).spacing(8))
            .align_right(Length::Fill)
            .padding(16);
        if dialog_open {
            corner.align_top(Length::Fill).into()
        } else {
            corner.align_bottom(Length::Fill).into()
        }
    }
}
