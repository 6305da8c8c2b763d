//! Dialogs over the current screen: any content ([`overlay`]) or a
//! confirmation ([`modal`]).

use crate::ui::theme;
use iced::Element;
use iced::widget::{button, center, column, container, mouse_area, opaque, row, stack, text};

pub struct Confirm<Message> {
    pub title: String,
    pub body: String,
    pub confirm: String,
    pub cancel: String,
    pub on_confirm: Message,
    pub on_cancel: Message,
}

/// `content` over `base`, the rest dimmed; clicking outside sends `on_blur`.
pub fn overlay<'a, Message: Clone + 'a>(
    base: Element<'a, Message>,
    content: Element<'a, Message>,
    on_blur: Message,
) -> Element<'a, Message> {
    stack![
        base,
        opaque(mouse_area(center(opaque(content)).style(theme::backdrop)).on_press(on_blur))
    ]
    .into()
}

pub fn modal<'a, Message: Clone + 'a>(
    base: Element<'a, Message>,
    dialog: Confirm<Message>,
) -> Element<'a, Message> {
    let content = container(
        column![
            text(dialog.title).size(20),
            text(dialog.body),
            row![
                button(text(dialog.cancel))
                    .style(button::secondary)
                    .on_press(dialog.on_cancel.clone()),
                button(text(dialog.confirm))
                    .style(button::danger)
                    .on_press(dialog.on_confirm),
            ]
            .spacing(10),
        ]
        .spacing(16),
    )
    .padding(24)
    .max_width(460)
    .style(container::bordered_box);
    overlay(base, content.into(), dialog.on_cancel)
}
