//! View pieces shared by the screens.

pub mod chart;
pub mod choice;
pub mod field;
pub mod grid;
pub mod icon;
pub mod measure;
pub mod modal;
pub mod pager;
pub mod rows_in_view;
pub mod toast;

pub use choice::choice;
pub use field::{Note, field};

use crate::api;
use crate::fl;
use crate::words::errors;
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

/// A stored value as a text field shows it: whole, without control
/// characters or bidi overrides. The value behind it is kept as stored
/// until the operator edits the field; an edit keeps what was shown.
pub fn in_field(value: &str) -> std::borrow::Cow<'_, str> {
    crate::model::text::printable_cow(value)
}

/// What a field whose stored value [`in_field`] changed says under it.
pub fn hidden_characters_note(value: &str) -> Option<Note> {
    value
        .chars()
        .any(crate::model::text::is_unsafe)
        .then(|| Note::Warning(fl!("field-hidden-characters")))
}

/// Text from outside as a cell or a label shows it: without control
/// characters or bidi overrides (which would reorder what the operator
/// reads), looked for as far as a cell can show (2,000 characters).
pub fn shown(s: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    let seen = match s.char_indices().nth(2000) {
        Some((end, _)) => &s[..end],
        None => &s[..],
    };
    if !seen.chars().any(crate::model::text::is_unsafe) {
        return s;
    }
    crate::model::text::printable(&shortened(&s, 2000)).into()
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
        why = format!("{why} ({})", fl!("error-code", code = code.to_string()));
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

/// A button for something the dealer may or may not do (its permissions,
/// `panel/account/get_permissions`): when it may, the button works; when it
/// may not, it stays where it is, greyed, with a tooltip saying
/// why, as Navixy's own panel shows it.
pub fn permitted<'a, Message: Clone + 'a>(
    button: iced::widget::Button<'a, Message>,
    on_press: Message,
    allowed: bool,
) -> Element<'a, Message> {
    if allowed {
        return button.on_press(on_press).into();
    }
    iced::widget::tooltip(
        button,
        container(text(fl!("not-permitted")).size(13)).padding(6),
        iced::widget::tooltip::Position::Bottom,
    )
    .style(container::bordered_box)
    .into()
}

/// A filter box with a × at its right end that clears it (shown once
/// something is typed; the text never runs under it).
pub fn search_box<'a, Message: Clone + 'a>(
    placeholder: &str,
    value: &str,
    id: &'static str,
    on_input: fn(String) -> Message,
    on_clear: Message,
) -> iced::widget::Stack<'a, Message> {
    let input = iced::widget::text_input(placeholder, value)
        .id(id)
        .on_input(on_input)
        .padding(iced::Padding::new(8.0).right(34.0))
        .width(Length::Fill);
    let clear: Element<'a, Message> = if value.is_empty() {
        iced::widget::space().into()
    } else {
        iced::widget::tooltip(
            button(icon::clear().size(14))
                .padding([4, 8])
                .style(button::text)
                .on_press(on_clear),
            container(text(fl!("filter-clear")).size(13)).padding(6),
            iced::widget::tooltip::Position::Bottom,
        )
        .style(container::bordered_box)
        .into()
    };
    iced::widget::stack![
        input,
        container(clear)
            .align_right(Length::Fill)
            .center_y(Length::Fill)
            .padding([0, 4]),
    ]
}
