//! The icons on the main buttons, named for what they do (Lucide, through
//! `iced_fonts`; the font is loaded when the app starts, see `ui::run`), and
//! a button with an icon beside its words.

use iced::widget::{Button, Text, button, row, text};
use iced::{Alignment, Element};
use iced_fonts::lucide;

pub fn new_user<'a>() -> Text<'a> {
    lucide::user_plus()
}
pub fn import<'a>() -> Text<'a> {
    lucide::file_up()
}
pub fn export<'a>() -> Text<'a> {
    lucide::file_down()
}
pub fn template<'a>() -> Text<'a> {
    lucide::file_spreadsheet()
}
pub fn refresh<'a>() -> Text<'a> {
    lucide::refresh_cw()
}
pub fn columns<'a>() -> Text<'a> {
    lucide::columns_three()
}
pub fn back<'a>() -> Text<'a> {
    lucide::arrow_left()
}
pub fn activity<'a>() -> Text<'a> {
    lucide::history()
}
pub fn log_out<'a>() -> Text<'a> {
    lucide::log_out()
}
pub fn edit<'a>() -> Text<'a> {
    lucide::pencil()
}
pub fn save<'a>() -> Text<'a> {
    lucide::save()
}
pub fn delete<'a>() -> Text<'a> {
    lucide::trash_two()
}
pub fn log_in_as<'a>() -> Text<'a> {
    lucide::log_in()
}
pub fn password<'a>() -> Text<'a> {
    lucide::key_round()
}
pub fn balance<'a>() -> Text<'a> {
    lucide::wallet()
}
pub fn segments<'a>() -> Text<'a> {
    lucide::funnel()
}
pub fn transactions<'a>() -> Text<'a> {
    lucide::receipt()
}
pub fn customer_view<'a>() -> Text<'a> {
    lucide::eye()
}
pub fn applications<'a>() -> Text<'a> {
    lucide::layout_grid()
}
pub fn clear<'a>() -> Text<'a> {
    lucide::x()
}
pub fn individual<'a>() -> Text<'a> {
    lucide::user()
}
pub fn legal_entity<'a>() -> Text<'a> {
    lucide::building_two()
}
pub fn sole_trader<'a>() -> Text<'a> {
    lucide::briefcase()
}
pub fn first_page<'a>() -> Text<'a> {
    lucide::chevron_first()
}
pub fn previous_page<'a>() -> Text<'a> {
    lucide::chevron_left()
}
pub fn next_page<'a>() -> Text<'a> {
    lucide::chevron_right()
}
pub fn last_page<'a>() -> Text<'a> {
    lucide::chevron_last()
}
/// A header the table can be sorted by (not sorted by it now).
pub fn sortable<'a>() -> Text<'a> {
    lucide::chevrons_up_down()
}
pub fn trackers<'a>() -> Text<'a> {
    lucide::satellite_dish()
}
pub fn settings<'a>() -> Text<'a> {
    lucide::settings()
}
pub fn folder<'a>() -> Text<'a> {
    lucide::folder_open()
}
/// Something this dealer may not do.
pub fn locked<'a>() -> Text<'a> {
    lucide::lock()
}

/// The icon of a legal type, as the users table and the details show it.
pub fn legal_type<'a>(t: crate::model::LegalType) -> Text<'a> {
    match t {
        crate::model::LegalType::Individual => individual(),
        crate::model::LegalType::LegalEntity => legal_entity(),
        crate::model::LegalType::SoleTrader => sole_trader(),
    }
}

/// A button's icon size, and the gap between it and the words.
pub const IN_BUTTON: f32 = 15.0;
pub const IN_BUTTON_GAP: f32 = 6.0;

/// A button with `icon` before `label`.
pub fn button_with<'a, M: 'a>(icon: Text<'a>, label: String) -> Button<'a, M> {
    let content: Element<'a, M> = row![icon.size(IN_BUTTON), text(label)]
        .spacing(IN_BUTTON_GAP)
        .align_y(Alignment::Center)
        .into();
    button(content)
}

/// Where a screen's Back button goes, which its words name: the screen
/// under it is always the same one for the first two.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackTo {
    /// The users list (a user's page, an import).
    Users,
    /// The user's page the screen was opened from (its transactions,
    /// trackers, applications, customer's view).
    User,
    /// Wherever the operator was: screens opened from the header or from
    /// more than one place (bulk work).
    Previous,
}

/// A screen's Back button, secondary, saying where it goes.
pub fn back_button<'a, M: 'a>(to: BackTo) -> Button<'a, M> {
    let words = match to {
        BackTo::Users => crate::fl!("details-back"),
        BackTo::User => crate::fl!("details-back-user"),
        BackTo::Previous => crate::fl!("back"),
    };
    button_with(back(), words).style(iced::widget::button::secondary)
}
