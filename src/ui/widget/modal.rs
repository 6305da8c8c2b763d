//! Dialogs over the current screen: any content ([`dialog`]) or a
//! confirmation ([`confirm`]), laid over the page with [`layered`].

use crate::ui::theme;
use iced::Element;
use iced::widget::{
    button, center, column, container, mouse_area, opaque, row, space, stack, text,
};

pub struct Confirm<Message> {
    pub title: String,
    pub body: String,
    pub confirm: String,
    pub cancel: String,
    pub on_confirm: Message,
    pub on_cancel: Message,
}

/// `base` with what is over it, if anything. The base keeps its place in
/// the widget tree whether something is over it or not, so a dialog or a
/// toast that comes and goes never resets its scroll positions or focus.
pub fn layered<'a, Message: 'a>(
    base: Element<'a, Message>,
    over: Option<Element<'a, Message>>,
) -> Element<'a, Message> {
    stack![base, over.unwrap_or_else(|| space().into())].into()
}

/// `content` as a dialog: the page behind dimmed; clicking outside sends
/// `on_blur`.
pub fn dialog<'a, Message: Clone + 'a>(
    content: Element<'a, Message>,
    on_blur: Message,
) -> Element<'a, Message> {
    opaque(mouse_area(center(opaque(content)).style(theme::backdrop)).on_press(on_blur))
}

/// A question with Cancel and a dangerous confirm, as a dialog.
pub fn confirm<'a, Message: Clone + 'a>(question: Confirm<Message>) -> Element<'a, Message> {
    let content = container(
        column![
            text(question.title).size(20),
            text(question.body),
            row![
                button(text(question.cancel))
                    .style(button::secondary)
                    .on_press(question.on_cancel.clone()),
                button(text(question.confirm))
                    .style(button::danger)
                    .on_press(question.on_confirm),
            ]
            .spacing(10),
        ]
        .spacing(16),
    )
    .padding(24)
    .max_width(460)
    .style(container::bordered_box);
    dialog(content.into(), question.on_cancel)
}
