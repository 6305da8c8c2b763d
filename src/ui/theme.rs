//! The look, in one place: named style functions over the theme's palette,
//! so a screen says *what* a thing is (a table's header, a selected row, a
//! cell with a problem) and never mixes colours of its own.

use iced::font::Weight;
use iced::theme::Palette;
use iced::widget::{container, text_input as input};
use iced::{Color, Font, Theme, color};
use std::sync::LazyLock;

/// The fonts built into the app (`assets/fonts`, SIL Open Font License,
/// made by `scripts/make_fonts`): text reads the same on every system, a
/// Windows with no fonts at all included, and in the snapshots. Noto Sans
/// writes Latin, Cyrillic and Greek; Noto Sans Arabic, Arabic; the arrows,
/// signs and shapes the panel draws come from parts of Noto Sans Math and
/// Symbols 2. Characters in none of them (a customer's name in Chinese)
/// come from the system's fonts.
pub const FONTS: [&[u8]; 6] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansMath-Arrows.ttf"),
    include_bytes!("../../assets/fonts/NotoSansSymbols2-Shapes.ttf"),
];

/// The text of every widget.
pub const FONT: Font = Font::with_name("Noto Sans");

/// Headers and what stands out.
pub const BOLD: Font = Font {
    weight: Weight::Bold,
    ..FONT
};

/// The panel's colours by day: a calm blue for what acts, clear reds,
/// greens and ambers for what went wrong, right or needs a look.
pub fn light() -> Theme {
    static LIGHT: LazyLock<Theme> = LazyLock::new(|| {
        Theme::custom(
            "Navixy Panel, light".to_owned(),
            Palette {
                background: color!(0xf6f7f9),
                text: color!(0x1f2933),
                primary: color!(0x1e6fd9),
                success: color!(0x23875a),
                warning: color!(0xb7791f),
                danger: color!(0xc93434),
            },
        )
    });
    LIGHT.clone()
}

/// The same by night.
pub fn dark() -> Theme {
    static DARK: LazyLock<Theme> = LazyLock::new(|| {
        Theme::custom(
            "Navixy Panel, dark".to_owned(),
            Palette {
                background: color!(0x1b1f24),
                text: color!(0xe4e7eb),
                primary: color!(0x4c9aff),
                success: color!(0x4cc38a),
                warning: color!(0xf0a050),
                danger: color!(0xf26d6d),
            },
        )
    });
    DARK.clone()
}

/// The bar across the top of the window.
pub fn header_bar(theme: &Theme) -> container::Style {
    let p = theme.extended_palette();
    container::Style::default()
        .background(p.background.weak.color)
        .color(p.background.weak.text)
}

/// The header line of a table.
/// The page itself: what covers a table's corner between its scrollbars.
pub fn page(theme: &Theme) -> container::Style {
    container::Style::default().background(theme.palette().background)
}

pub fn table_header(theme: &Theme) -> container::Style {
    container::Style::default().background(theme.extended_palette().background.weak.color)
}

/// A line of a table: the selected one stands out, every other one is
/// shaded so the eye can follow a line across.
pub fn table_row(theme: &Theme, selected: bool, odd: bool) -> container::Style {
    let p = theme.extended_palette();
    if selected {
        container::Style::default()
            .background(p.primary.weak.color)
            .color(p.primary.weak.text)
    } else if odd {
        container::Style::default().background(p.background.weakest.color)
    } else {
        container::Style::default()
    }
}

/// A line of the import grid: only the selected one is marked.
pub fn grid_row(theme: &Theme, selected: bool) -> container::Style {
    if selected {
        container::Style::default().background(theme.extended_palette().primary.weak.color)
    } else {
        container::Style::default()
    }
}

/// A cell whose value has a problem.
pub fn bad_cell(theme: &Theme, bad: bool) -> container::Style {
    if bad {
        let p = theme.extended_palette();
        container::Style::default()
            .background(p.danger.weak.color)
            .color(p.danger.weak.text)
    } else {
        container::Style::default()
    }
}

/// What lies under a dialog: dimmed, so the dialog is what the eye finds.
pub fn backdrop(_theme: &Theme) -> container::Style {
    container::Style {
        background: Some(
            Color {
                a: 0.6,
                ..Color::BLACK
            }
            .into(),
        ),
        ..container::Style::default()
    }
}

/// A text field, its border red while what it holds has a problem.
pub fn text_input(theme: &Theme, status: input::Status, invalid: bool) -> input::Style {
    let style = input::default(theme, status);
    if !invalid {
        return style;
    }
    let danger = theme.extended_palette().danger.base.color;
    input::Style {
        border: style.border.color(danger).width(1.5),
        ..style
    }
}

/// A link inside a table or text: the palette's primary colour, underlined
/// words being beyond iced 0.14's text; darker when hovered.
pub fn link(theme: &Theme, status: iced::widget::button::Status) -> iced::widget::button::Style {
    let palette = theme.extended_palette();
    let color = match status {
        iced::widget::button::Status::Hovered | iced::widget::button::Status::Pressed => {
            palette.primary.strong.color
        }
        _ => palette.primary.base.color,
    };
    iced::widget::button::Style {
        text_color: color,
        ..iced::widget::button::Style::default()
    }
}
