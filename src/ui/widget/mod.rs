//! View pieces shared by the screens.

pub mod modal;
pub mod rows_in_view;
pub mod toast;

use iced::Element;
use iced::widget::{column, text};

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
