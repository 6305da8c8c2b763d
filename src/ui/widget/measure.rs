//! How wide a line of text is drawn: shaped by the text engine and the
//! built-in fonts the window draws with, so that a cell or a title is cut
//! with "…" exactly where it would otherwise be clipped (a table of letter
//! widths guessed German and Arabic wrong). Widths are remembered: a table
//! measures the same cells every frame.

use iced::advanced::graphics::text::{Paragraph, font_system};
use iced::advanced::text::{self, Paragraph as _};
use iced::{Font, Size, alignment};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Once;

/// A line is measured no further than this many characters: wider than
/// any place in a window, and a server's megabyte name neither shaped nor
/// kept.
const MEASURED: usize = 400;

/// The part of `value` that is measured.
fn head(value: &str) -> &str {
    value
        .char_indices()
        .nth(MEASURED)
        .map_or(value, |(end, _)| &value[..end])
}

/// Past this many remembered widths the memory starts again (a long
/// scroll through thousands of users).
const REMEMBERED: usize = 20_000;

thread_local! {
    static WIDTHS: RefCell<HashMap<(u32, bool), HashMap<String, f32>>> =
        RefCell::new(HashMap::new());
}

/// The built-in fonts, loaded where the text engine measures (a test or a
/// bench measures before any window loads them; loading twice is a no-op).
fn load_fonts() {
    static FONTS: Once = Once::new();
    FONTS.call_once(|| {
        let mut fonts = font_system().write().unwrap_or_else(|e| e.into_inner());
        for font in crate::ui::theme::FONTS {
            fonts.load_font(font.into());
        }
    });
}

/// The size `value` takes at `size` in `font`, its words wrapped at
/// `width` (infinite: one line), shaped as the text widget shapes by
/// default (ASCII without kerning). The look tests check drawn text with it.
pub fn laid_out(value: &str, size: f32, font: Font, width: f32) -> Size {
    load_fonts();
    Paragraph::with_text(text::Text {
        content: value,
        bounds: Size::new(width, f32::INFINITY),
        size: size.into(),
        line_height: text::LineHeight::default(),
        font,
        align_x: text::Alignment::Default,
        align_y: alignment::Vertical::Top,
        shaping: text::Shaping::default(),
        wrapping: text::Wrapping::Word,
    })
    .min_bounds()
}

/// The width of `value` on one line at `size`, in the regular or the bold
/// built-in font.
pub fn width(value: &str, size: f32, bold: bool) -> f32 {
    let value = head(value);
    let key = (size.to_bits(), bold);
    if let Some(w) = WIDTHS.with_borrow(|m| m.get(&key).and_then(|m| m.get(value)).copied()) {
        return w;
    }
    let font = if bold {
        crate::ui::theme::BOLD
    } else {
        crate::ui::theme::FONT
    };
    let w = laid_out(value, size, font, f32::INFINITY).width;
    WIDTHS.with_borrow_mut(|m| {
        if m.values().map(HashMap::len).sum::<usize>() >= REMEMBERED {
            m.clear();
        }
        m.entry(key).or_default().insert(value.to_owned(), w);
    });
    w
}

/// The longest start of `value` that, with "…" after it, is at most
/// `room` wide; `value` itself, borrowed, when it fits whole.
pub fn cut(value: &str, size: f32, bold: bool, room: f32) -> std::borrow::Cow<'_, str> {
    let whole = value;
    let value = head(value);
    if value.len() == whole.len() && width(value, size, bold) <= room {
        return value.into();
    }
    // Widths grow with the characters kept: the longest start that fits is
    // found by halving, measuring a dozen starts instead of every one.
    let ends: Vec<usize> = value.char_indices().map(|(i, _)| i).skip(1).collect();
    let fits = |end: usize| width(&format!("{}…", value[..end].trim_end()), size, bold) <= room;
    let kept = ends.partition_point(|&end| fits(end));
    let end = if kept == 0 { 0 } else { ends[kept - 1] };
    format!("{}…", value[..end].trim_end()).into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cut_text_with_its_mark_fits_its_room_and_keeps_all_it_can() {
        let value = "Bonusabbuchung für Tracker";
        let whole = width(value, 16.0, false);
        assert!(whole > 100.0, "{whole}");
        let room = whole / 2.0;
        let cut = cut(value, 16.0, false, room);
        assert!(cut.ends_with('…'), "{cut}");
        assert!(width(&cut, 16.0, false) <= room, "{cut}");
        let one_more: String = value.chars().take(cut.chars().count()).collect();
        assert!(width(&format!("{one_more}…"), 16.0, false) > room, "{cut}");
        assert_eq!(super::cut(value, 16.0, false, whole), value);
        assert!(width(value, 16.0, true) > whole, "bold runs wider");
    }

    #[test]
    fn a_megabyte_line_is_measured_and_cut_no_further_than_a_place_could_show() {
        let huge = "W".repeat(1_000_000);
        assert_eq!(width(&huge, 16.0, false), width(head(&huge), 16.0, false));
        let cut = cut(&huge, 16.0, false, 120.0);
        assert!(cut.ends_with('…') && cut.chars().count() < 20, "{cut}");
        let remembered: usize = WIDTHS.with_borrow(|m| {
            m.values()
                .flat_map(|m| m.keys())
                .map(String::len)
                .max()
                .unwrap_or(0)
        });
        assert!(remembered <= 4 * MEASURED + 3, "{remembered} bytes kept");
    }

    #[test]
    fn nothing_fits_in_no_room_but_the_mark() {
        assert_eq!(cut("Balance", 16.0, true, 1.0), "…");
        assert_eq!(cut("", 16.0, true, 0.0), "");
    }
}
