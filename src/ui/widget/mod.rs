//! View pieces shared by the screens.

pub mod choice;
pub mod field;
pub mod grid;
pub mod icon;
pub mod modal;
pub mod rows_in_view;
pub mod toast;

pub use choice::choice;
pub use field::{Note, field};

use crate::api;
use crate::fl;
use crate::ui::errors;
use iced::widget::{button, column, container, text};
use iced::{Alignment, Element, Length};

/// At most `max` characters of `s`, with "…" when cut: a grid cell shows a
/// line, and laying out a megabyte of text for it would freeze the window.
pub fn shortened(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        Some((end, _)) => format!("{}…", &s[..end]).into(),
        None => s.into(),
    }
}

/// A form field with its label above it.
pub fn labeled<'a, Message: 'a>(
    label: String,
    field: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    column![text(label).size(13), field.into()]
        .spacing(4)
        .into()
}

/// Something could not be loaded: why (with the Navixy code when there is
/// one), and a button to try again, in the middle of the space.
pub fn failed<'a, Message: Clone + 'a>(e: &api::Error, retry: Message) -> Element<'a, Message> {
    let mut why = errors::describe(e);
    if let Some(code) = errors::code(e) {
        why = format!("{why} ({})", fl!("error-code", code = code));
    }
    container(
        column![
            text(why).style(text::danger),
            button(text(fl!("retry"))).on_press(retry)
        ]
        .spacing(10)
        .align_x(Alignment::Center),
    )
    .center(Length::Fill)
    .into()
}
