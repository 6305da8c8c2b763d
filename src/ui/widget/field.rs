//! A form field: its label above, and below it the one message that concerns
//! it (an error, or a warning about a value stored as is).

use iced::widget::{column, text};
use iced::{Element, Length};

/// What is said under a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Note {
    Error(String),
    Warning(String),
}

/// `input` with `label` above and `note` below.
pub fn field<'a, M: 'a>(
    label: String,
    input: impl Into<Element<'a, M>>,
    note: Option<Note>,
) -> Element<'a, M> {
    let mut col = column![super::labeled(label, input)]
        .spacing(2)
        .width(Length::Fill);
    match note {
        Some(Note::Error(e)) => col = col.push(text(e).size(13).style(text::danger)),
        Some(Note::Warning(w)) => col = col.push(text(w).size(13).style(text::warning)),
        None => {}
    }
    col.into()
}
