//! The check that no text is drawn wider than the place the layout gave it:
//! a word cut at a cell's edge, a button's label clipped, a line pushed out
//! of the window.
//!
//! iced 0.14 tells a test each text's content and bounds (the selector's
//! walk of the widget tree) but not its size or font, and a text too wide
//! for its place still gets only that place as bounds. So each text is laid
//! out again, as the panel's own sizes and fonts would draw it, in the width
//! it was given: if no size and font of the panel's explains both its height
//! and a width within its bounds, it was drawn cut. A text whose height is no
//! whole number of lines of any size (a fixed or filled height) cannot be
//! judged this way and is left out; so are icons (their own font).
//! `FITS_DEBUG=1` prints every text the walk saw, with its place.

use iced::advanced::text;
use iced::{Rectangle, Size};
use iced_test::selector::{Candidate, Selector};
use iced_test::simulator::Simulator;
use navixy_panel::ui::widget::measure;
use std::sync::{Arc, Mutex, OnceLock};

/// Every text size the panel's screens use: each `.size(N)` in src/ui,
/// and the default (16), read from the sources so a new size is never
/// missed.
fn sizes() -> &'static [f32] {
    static SIZES: OnceLock<Vec<f32>> = OnceLock::new();
    SIZES.get_or_init(|| {
        let mut sizes = vec![16.0];
        let mut folders = vec![std::path::PathBuf::from("src/ui")];
        while let Some(folder) = folders.pop() {
            for entry in std::fs::read_dir(&folder).expect("src/ui") {
                let path = entry.expect("src/ui").path();
                if path.is_dir() {
                    folders.push(path);
                    continue;
                }
                let source = std::fs::read_to_string(&path).unwrap_or_default();
                for (_, after) in source
                    .match_indices(".size(")
                    .map(|(i, _)| source.split_at(i + 6))
                {
                    let number: String = after
                        .chars()
                        .take_while(|c| c.is_ascii_digit() || *c == '.')
                        .collect();
                    if let Ok(size) = number.parse::<f32>() {
                        sizes.push(size);
                    }
                }
            }
        }
        sizes.sort_by(f32::total_cmp);
        sizes.dedup();
        sizes
    })
}

/// How far a measure may differ from the layout's (rounding, shaping).
const SLACK: f32 = 1.0;

/// A text as the widget tree placed it.
#[derive(Debug, Clone)]
struct Placed {
    content: String,
    bounds: Rectangle,
    visible: Option<Rectangle>,
}

/// What the walk saw: every text, and every area that scrolls sideways
/// (its content wider than itself), where a text cut at the edge is one
/// scroll away.
#[derive(Debug, Default)]
struct Seen {
    texts: Vec<Placed>,
    sideways: Vec<Rectangle>,
}

/// Collects what it sees; never "finds" anything, so the walk sees it all.
struct Everything(Arc<Mutex<Seen>>);

impl Selector for Everything {
    type Output = ();

    fn select(&mut self, candidate: Candidate<'_>) -> Option<()> {
        let mut seen = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match candidate {
            Candidate::Text {
                bounds,
                visible_bounds,
                content,
                ..
            } => seen.texts.push(Placed {
                content: content.to_owned(),
                bounds,
                visible: visible_bounds,
            }),
            Candidate::Scrollable {
                bounds,
                visible_bounds: Some(visible),
                content_bounds,
                ..
            } if content_bounds.width > bounds.width + SLACK => seen.sideways.push(visible),
            _ => {}
        }
        None
    }

    fn description(&self) -> String {
        "everything".into()
    }
}

fn seen<M>(sim: &mut Simulator<'_, M>) -> Seen {
    let seen = Arc::new(Mutex::new(Seen::default()));
    // Never found by design: the walk has collected everything.
    let _ = sim.find(Everything(seen.clone()));
    std::mem::take(&mut *seen.lock().unwrap_or_else(|e| e.into_inner()))
}

fn is_icon(content: &str) -> bool {
    content
        .chars()
        .any(|c| ('\u{e000}'..='\u{f8ff}').contains(&c))
}

/// What is wrong with a text's place, if anything.
fn cut(placed: &Placed, window: Size, sideways: &[Rectangle]) -> Option<String> {
    let Placed {
        content,
        bounds,
        visible,
    } = placed;
    if content.trim().is_empty() {
        return None;
    }
    // Squeezed below a line of the smallest size: the layout ran out of
    // room before it.
    let smallest = sizes().first().copied().unwrap_or(16.0);
    let line_of = |size: f32| text::LineHeight::default().to_absolute(size.into()).0;
    if bounds.height + SLACK < line_of(smallest) || bounds.width < SLACK {
        return Some(format!(
            "{content:?} is squeezed to {:.0}×{:.0} at ({:.0}, {:.0})",
            bounds.width, bounds.height, bounds.x, bounds.y
        ));
    }
    let frame = Rectangle::with_size(window);
    // Outside any scrolling area, what is not in the window cannot be
    // reached at all (a form's buttons below a short window).
    let unscrolled = *visible == Some(*bounds);
    let inside = bounds.x >= -SLACK
        && bounds.y >= -SLACK
        && bounds.x + bounds.width <= window.width + SLACK
        && bounds.y + bounds.height <= window.height + SLACK;
    if unscrolled && !inside {
        return Some(format!(
            "{content:?} is out of the window, where nothing scrolls: {:.0}..{:.0} × {:.0}..{:.0}",
            bounds.x,
            bounds.x + bounds.width,
            bounds.y,
            bounds.y + bounds.height,
        ));
    }
    // The part in view: within its scrolling areas and the window. One
    // cut short sideways must be in an area that scrolls sideways (a
    // table wider than the window); one out of view entirely is scrolled
    // away, as is one cut at the top or bottom.
    let shown = visible.and_then(|v| v.intersection(&frame))?;
    let scrolls = sideways.iter().any(|area| {
        area.x <= shown.x + SLACK && shown.x + shown.width <= area.x + area.width + SLACK
    });
    if shown.width + SLACK < bounds.width && !scrolls {
        return Some(format!(
            "{content:?} runs out of its area: {:.0}..{:.0} shown of {:.0}..{:.0}",
            shown.x,
            shown.x + shown.width,
            bounds.x,
            bounds.x + bounds.width,
        ));
    }
    // An icon is placed as any text, but drawn in a font of its own.
    if is_icon(content) {
        return None;
    }
    let sizes: Vec<f32> = sizes()
        .iter()
        .copied()
        .filter(|&size| {
            let lines = bounds.height / line_of(size);
            lines >= 0.9 && (lines - lines.round()).abs() * line_of(size) <= SLACK
        })
        .collect();
    if sizes.is_empty() {
        return None;
    }
    let mut needs = Vec::new();
    for size in sizes {
        for font in [navixy_panel::ui::theme::FONT, navixy_panel::ui::theme::BOLD] {
            let wanted = measure::laid_out(content, size, font, bounds.width);
            let fits = wanted.width <= bounds.width + SLACK
                && (wanted.height - bounds.height).abs() <= SLACK;
            if fits {
                return None;
            }
            needs.push(format!("{size}: {:.0}×{:.0}", wanted.width, wanted.height));
        }
    }
    Some(format!(
        "{content:?} is cut: given {:.0}×{:.0} at ({:.0}, {:.0}), needs {}",
        bounds.width,
        bounds.height,
        bounds.x,
        bounds.y,
        needs.join(", ")
    ))
}

/// Each text of the screen drawn cut, said.
pub fn text_cuts<M>(sim: &mut Simulator<'_, M>, window: Size) -> Vec<String> {
    let seen = seen(sim);
    if std::env::var("FITS_DEBUG").is_ok() {
        for t in &seen.texts {
            eprintln!("{:?} {:?} {:?}", t.content, t.bounds, t.visible);
        }
    }
    assert!(!seen.texts.is_empty(), "no text found");
    seen.texts
        .iter()
        .filter_map(|t| cut(t, window, &seen.sideways))
        .collect()
}

/// Fails, naming each, if a text of the screen is drawn cut.
pub fn assert_no_text_cut<M>(sim: &mut Simulator<'_, M>, window: Size, name: &str) {
    let cut = text_cuts(sim, window);
    assert!(
        cut.is_empty(),
        "{name}: text drawn cut:\n{}",
        cut.join("\n")
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use iced::widget::{container, row, scrollable, text};

    fn window() -> Size {
        Size::new(400.0, 200.0)
    }

    fn found<'a>(element: impl Into<iced::Element<'a, ()>>) -> Vec<String> {
        let mut sim = Simulator::with_size(navixy_panel::ui::settings(), window(), element);
        let seen = seen(&mut sim);
        seen.texts
            .iter()
            .filter_map(|t| cut(t, window(), &seen.sideways))
            .collect()
    }

    #[test]
    fn a_line_too_wide_for_its_place_is_found_and_one_that_fits_is_not() {
        let line = "Balance of every customer";
        let cut_short = container(text(line).wrapping(text::Wrapping::None))
            .width(80)
            .clip(true);
        assert_eq!(found(cut_short).len(), 1);
        assert_eq!(
            found(container(text(line)).width(300)),
            Vec::<String>::new()
        );
        // Wrapped onto lines of its width: whole.
        assert_eq!(found(container(text(line)).width(80)), Vec::<String>::new());
        let bold = text(line).font(navixy_panel::ui::theme::BOLD).size(13);
        assert_eq!(found(container(bold).width(300)), Vec::<String>::new());
    }

    #[test]
    fn a_line_the_layout_had_no_room_for_is_found() {
        let short = container(iced::widget::column![text("Name"), text("Save")]).height(22);
        assert_eq!(found(short).len(), 1, "Save has no room under Name");
    }

    #[test]
    fn a_line_pushed_out_of_the_window_is_found_unless_it_scrolls_into_view() {
        let pushed = row![container(text("")).width(380), text("Refill")];
        assert_eq!(found(pushed).len(), 1);
        let scrolls = scrollable(row![container(text("")).width(350), text("Refill")])
            .direction(scrollable::Direction::Horizontal(Default::default()));
        assert_eq!(found(scrolls), Vec::<String>::new());
    }
}
