//! A form field: its label above, and below it the one message that concerns
//! it (an error, or a warning about a value stored as is). The message's
//! line is kept when there is none, so fields never jump as messages come
//! and go under the cursor.

use iced::widget::{column, space, stack, text};
use iced::{Element, Length};

/// The height kept for a message of one line.
const NOTE_HEIGHT: f32 = 18.0;

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
    let said: Element<'a, M> = match note {
        Some(Note::Error(e)) => text(e).size(13).style(text::danger).into(),
        Some(Note::Warning(w)) => text(w).size(13).style(text::warning).into(),
        None => space().into(),
    };
    column![
        super::labeled(label, input),
        stack![space().height(NOTE_HEIGHT), said]
    ]
    .spacing(2)
    .width(Length::Fill)
    .into()
}
