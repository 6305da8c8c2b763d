//! View pieces shared by the screens.

pub mod modal;
pub mod rows_in_view;
pub mod toast;

use iced::Element;
use iced::widget::{column, text};

/// A form field with its label above it.
pub fn labeled<'a, Message: 'a>(
    label: String,
    field: impl Into<Element<'a, Message>>,
) -> Element<'a, Message> {
    column![text(label).size(13), field.into()]
        .spacing(4)
        .into()
}
