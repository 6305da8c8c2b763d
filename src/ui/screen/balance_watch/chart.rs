//! The dealer's top-ups and charges per month as bars (iced canvas), from
//! what the balance watch has read: the value axis from zero with round
//! ticks, the months named as the language names them (as many as fit
//! under their bars), and a readout of the month under the cursor.

use crate::fl;
use crate::i18n;
use crate::session::watch_history::Month;
use crate::ui::widget::chart::{Axis, redraw_on_hover};
use crate::ui::widget::grid::text_width;
use iced::mouse;
use iced::widget::canvas::{self, Frame, Path, Stroke, Text};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme};

/// One month: its name, and its money.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub name: String,
    pub top_ups: f64,
    pub charges: f64,
}

impl Bar {
    /// `"2026-11"`'s money as the chart shows it.
    pub fn of(month: &str, money: Month) -> Bar {
        let mut parts = month.splitn(2, '-');
        let year = parts.next().and_then(|y| y.parse().ok());
        let number = parts.next().and_then(|m| m.parse().ok());
        Bar {
            name: match (year, number) {
                (Some(y), Some(m)) => i18n::month(y, m),
                _ => month.to_owned(),
            },
            top_ups: money.top_ups as f64 / 100.0,
            charges: money.charges as f64 / 100.0,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct MonthChart {
    /// Oldest first.
    pub bars: Vec<Bar>,
}

const PAD_LEFT: f32 = 80.0;
const PAD_BOTTOM: f32 = 24.0;
const PAD_TOP: f32 = 26.0;
const PAD_RIGHT: f32 = 16.0;
const LABEL: f32 = 12.0;

impl MonthChart {
    fn axis(&self) -> Axis {
        let max = self
            .bars
            .iter()
            .map(|b| b.top_ups.max(b.charges))
            .fold(0.0, f64::max);
        let axis = Axis::fitted(0.0, max.max(1.0));
        // Bars stand on zero.
        Axis { lo: 0.0, ..axis }
    }

    fn plot(bounds: Size) -> Rectangle {
        Rectangle::new(
            Point::new(PAD_LEFT, PAD_TOP),
            Size::new(
                (bounds.width - PAD_LEFT - PAD_RIGHT).max(1.0),
                (bounds.height - PAD_TOP - PAD_BOTTOM).max(1.0),
            ),
        )
    }

    /// The month under x, inside the plot.
    pub fn at(&self, x: f32, plot: Rectangle) -> Option<&Bar> {
        if self.bars.is_empty() || x < plot.x || x > plot.x + plot.width {
            return None;
        }
        let slot = plot.width / self.bars.len() as f32;
        let i = (((x - plot.x) / slot) as usize).min(self.bars.len() - 1);
        self.bars.get(i)
    }
}

impl<Message> canvas::Program<Message> for MonthChart {
    /// Whether the cursor was over the chart at the last move.
    type State = bool;

    fn update(
        &self,
        over: &mut bool,
        event: &canvas::Event,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Option<canvas::Action<Message>> {
        redraw_on_hover(over, event, bounds, cursor)
    }

    fn draw(
        &self,
        _: &bool,
        renderer: &Renderer,
        theme: &Theme,
        bounds: Rectangle,
        cursor: mouse::Cursor,
    ) -> Vec<canvas::Geometry> {
        let mut frame = Frame::new(renderer, bounds.size());
        let palette = theme.extended_palette();
        let text_color = palette.background.base.text;
        let muted = palette.background.strong.color;
        let faint = Color { a: 0.35, ..muted };
        let (up, down) = (palette.success.strong.color, palette.danger.strong.color);
        let plot = Self::plot(bounds.size());
        let axis = self.axis();
        let y = |v: f64| {
            plot.y + plot.height - ((v - axis.lo) / (axis.hi - axis.lo)) as f32 * plot.height
        };
        let label = |frame: &mut Frame, content: String, at: Point, color: Color| {
            frame.fill_text(Text {
                content,
                position: at,
                color,
                size: LABEL.into(),
                ..Text::default()
            });
        };

        for value in axis.ticks() {
            let at_y = y(value);
            frame.stroke(
                &Path::line(
                    Point::new(plot.x, at_y),
                    Point::new(plot.x + plot.width, at_y),
                ),
                Stroke::default()
                    .with_color(if value == 0.0 { muted } else { faint })
                    .with_width(1.0),
            );
            let text = i18n::money(value);
            let width = text_width(&text, LABEL);
            label(
                &mut frame,
                text,
                Point::new((PAD_LEFT - 8.0 - width).max(2.0), at_y - 7.0),
                text_color,
            );
        }

        // Two bars a month; a name under as many months as there is room for.
        let slot = plot.width / self.bars.len().max(1) as f32;
        let bar = (slot * 0.35).min(28.0);
        let mut free_from = plot.x;
        for (i, b) in self.bars.iter().enumerate() {
            let middle = plot.x + slot * (i as f32 + 0.5);
            for (value, color, x) in [(b.top_ups, up, middle - bar), (b.charges, down, middle)] {
                let top = y(value);
                frame.fill_rectangle(
                    Point::new(x, top),
                    Size::new(bar - 1.0, (plot.y + plot.height - top).max(0.0)),
                    color,
                );
            }
            let width = text_width(&b.name, LABEL);
            let left = (middle - width / 2.0).max(plot.x);
            if left >= free_from && left + width <= bounds.width {
                label(
                    &mut frame,
                    b.name.clone(),
                    Point::new(left, plot.y + plot.height + 5.0),
                    text_color,
                );
                free_from = left + width + 12.0;
            }
        }

        // The legend, or the month under the cursor.
        let hovered = cursor.position_in(bounds).and_then(|p| self.at(p.x, plot));
        match hovered {
            Some(b) => label(
                &mut frame,
                fl!(
                    "watch-chart-month",
                    month = b.name.clone(),
                    refills = i18n::money(b.top_ups),
                    charges = i18n::money(b.charges)
                ),
                Point::new(plot.x, 4.0),
                text_color,
            ),
            None => {
                let mut x = plot.x;
                for (name, color) in [
                    (fl!("watch-chart-refills"), up),
                    (fl!("watch-chart-charges"), down),
                ] {
                    frame.fill_rectangle(Point::new(x, 6.0), Size::new(10.0, 10.0), color);
                    let width = text_width(&name, LABEL);
                    label(&mut frame, name, Point::new(x + 14.0, 4.0), text_color);
                    x += 14.0 + width + 18.0;
                }
            }
        }
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_stand_on_zero_and_the_month_under_the_cursor_is_found() {
        let bar = |top_ups, charges| Bar {
            name: String::new(),
            top_ups,
            charges,
        };
        let chart = MonthChart {
            bars: vec![bar(4_800.0, 120.0), bar(0.0, 130.0)],
        };
        let axis = chart.axis();
        assert_eq!(axis.lo, 0.0);
        assert!(axis.hi >= 4_800.0 && axis.hi < 6_500.0, "{axis:?}");
        let plot = Rectangle::new(Point::new(100.0, 0.0), Size::new(200.0, 100.0));
        assert_eq!(chart.at(150.0, plot).map(|b| b.charges), Some(120.0));
        assert_eq!(chart.at(299.0, plot).map(|b| b.charges), Some(130.0));
        assert!(chart.at(50.0, plot).is_none(), "left of the plot");
        assert!(MonthChart::default().at(150.0, plot).is_none());
        let named = Bar::of(
            "2026-11",
            Month {
                top_ups: 12_345,
                charges: 100,
            },
        );
        assert_eq!(named.top_ups, 123.45);
        assert_eq!(Bar::of("not a month", Month::default()).name, "not a month");
    }
}
