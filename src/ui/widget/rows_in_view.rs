//! Long lists build only the rows in view (and a few around them), with empty
//! space standing in for the rest: a list of 10,000 rows then costs `view` and
//! layout what a list of 40 does. Needs rows of one known height. The grid
//! (`widget::grid`) draws them; this module knows which rows those are.

use iced::widget::scrollable;
use std::ops::Range;

/// Rows built beyond each edge of the viewport, so a quick scroll shows no gap.
const OVERSCAN: usize = 10;

/// Where a list is scrolled to, as its scrollable last reported.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scroll {
    offset: f32,
    /// The viewport's height at the last report; before the first one, a
    /// guess used only to decide whether a selected row needs revealing.
    height: f32,
}

impl Default for Scroll {
    fn default() -> Self {
        Scroll {
            offset: 0.0,
            height: 600.0,
        }
    }
}

/// The rows to build and the space that stands in for the others.
#[derive(Debug, Clone, PartialEq)]
pub struct InView {
    pub rows: Range<usize>,
    pub above: f32,
    pub below: f32,
}

impl Scroll {
    /// What the scrollable reported (its `on_scroll`).
    pub fn scrolled(&mut self, viewport: &scrollable::Viewport) {
        self.offset = viewport.absolute_offset().y;
        self.height = viewport.bounds().height;
    }

    /// Back to the top, when the rows are replaced (the caller snaps the
    /// scrollable there too).
    pub fn reset(&mut self) {
        self.offset = 0.0;
    }

    /// Which of `total` rows, each `pitch` high, to build in a viewport
    /// `height` high (from layout, so a tall window is filled from the start).
    pub fn in_view(&self, total: usize, pitch: f32, height: f32) -> InView {
        // The scrollable may have clamped its offset without a report (the
        // list got shorter): clamp here too, or nothing would be built.
        let max_offset = (total as f32 * pitch - height).max(0.0);
        let offset = self.offset.clamp(0.0, max_offset);
        let first = ((offset / pitch) as usize)
            .saturating_sub(OVERSCAN)
            .min(total);
        let visible = (height / pitch).ceil() as usize + 2 * OVERSCAN;
        let last = (first + visible).min(total);
        InView {
            rows: first..last,
            above: first as f32 * pitch,
            below: (total - last) as f32 * pitch,
        }
    }

    /// The offset to scroll to so that `row` is wholly in view, if it is not.
    pub fn reveal(&self, row: usize, pitch: f32) -> Option<f32> {
        let top = row as f32 * pitch;
        if top < self.offset {
            Some(top)
        } else if top + pitch > self.offset + self.height {
            Some(top + pitch - self.height)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_rows_in_view_and_a_few_around() {
        let scroll = Scroll {
            offset: 3000.0,
            height: 300.0,
        };
        let v = scroll.in_view(10_000, 30.0, 300.0);
        assert_eq!(v.rows, 90..120);
        assert_eq!(v.above, 2700.0);
        assert_eq!(v.below, (10_000 - 120) as f32 * 30.0);
    }

    #[test]
    fn an_offset_past_the_end_still_shows_the_last_rows() {
        let scroll = Scroll {
            offset: 30_000.0,
            height: 300.0,
        };
        let v = scroll.in_view(50, 30.0, 300.0);
        assert_eq!(v.rows.end, 50);
        assert!(v.rows.start <= 40, "{:?}", v.rows);
    }

    #[test]
    fn reveals_a_row_above_or_below_the_viewport_only() {
        let scroll = Scroll {
            offset: 300.0,
            height: 300.0,
        };
        assert_eq!(scroll.reveal(10, 30.0), None);
        assert_eq!(scroll.reveal(19, 30.0), None);
        assert_eq!(scroll.reveal(9, 30.0), Some(270.0));
        assert_eq!(scroll.reveal(20, 30.0), Some(330.0));
    }
}
