//! Balance and bonus over time as a line chart (iced canvas): the value axis
//! fitted to the values shown with round ticks (a balance near 5,000 is not
//! a flat line at the top of an axis from 0), the bonus drawn only when it
//! moved or is held, and a readout of the point nearest the cursor.

use crate::fl;
use crate::i18n;
use crate::ui::widget::chart::{Axis, redraw_on_hover};
use iced::mouse;
use iced::widget::canvas::{self, Frame, Path, Stroke, Text};
use iced::{Color, Point, Rectangle, Renderer, Size, Theme};

/// One moment: seconds since the epoch, balance and bonus after it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Sample {
    pub at: i64,
    pub balance: f64,
    pub bonus: f64,
}

/// A line: which value of a sample, its colour, its name in the legend.
type Series = (fn(&Sample) -> f64, Color, String);

#[derive(Debug, Clone, Default)]
pub struct Chart {
    /// Values after each moment, in time order. The first is the start of the
    /// range (values before the first transaction), the last its end.
    pub samples: Vec<Sample>,
}

const PAD_LEFT: f32 = 80.0;
const PAD_BOTTOM: f32 = 28.0;
const PAD_TOP: f32 = 26.0;
const PAD_RIGHT: f32 = 16.0;

impl Chart {
    /// Whether the bonus is worth a line: it moved, or is held.
    fn shows_bonus(&self) -> bool {
        self.samples.iter().any(|s| s.bonus.abs() >= 0.005)
    }

    fn extent(&self) -> Option<(i64, i64, Axis)> {
        let first = self.samples.first()?;
        let last = self.samples.last()?;
        let bonus = self.shows_bonus();
        let (mut lo, mut hi) = (f64::MAX, f64::MIN);
        for s in &self.samples {
            lo = lo.min(s.balance);
            hi = hi.max(s.balance);
            if bonus {
                lo = lo.min(s.bonus);
                hi = hi.max(s.bonus);
            }
        }
        Some((first.at, last.at.max(first.at + 1), Axis::fitted(lo, hi)))
    }

    /// The sample nearest to an x position inside the plot, if any.
    pub fn nearest(&self, x: f32, plot: Rectangle) -> Option<Sample> {
        let (t0, t1, _) = self.extent()?;
        let t = t0 as f64 + ((x - plot.x) / plot.width).clamp(0.0, 1.0) as f64 * (t1 - t0) as f64;
        self.samples
            .iter()
            .min_by_key(|s| (s.at as f64 - t).abs() as i64)
            .copied()
    }
}

fn date(at: i64) -> String {
    chrono::DateTime::from_timestamp(at, 0)
        .map(|d| i18n::date(d.date_naive()))
        .unwrap_or_default()
}

impl<Message> canvas::Program<Message> for Chart {
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
        let plot = Rectangle::new(
            Point::new(PAD_LEFT, PAD_TOP),
            Size::new(
                (bounds.width - PAD_LEFT - PAD_RIGHT).max(1.0),
                (bounds.height - PAD_TOP - PAD_BOTTOM).max(1.0),
            ),
        );
        let Some((t0, t1, axis)) = self.extent() else {
            frame.fill_text(Text {
                content: fl!("transactions-chart-empty"),
                position: Point::new(PAD_LEFT, PAD_TOP),
                color: text_color,
                ..Text::default()
            });
            return vec![frame.into_geometry()];
        };
        let (lo, hi) = (axis.lo, axis.hi);
        let x = |at: i64| plot.x + ((at - t0) as f64 / (t1 - t0) as f64) as f32 * plot.width;
        let y = |v: f64| plot.y + plot.height - ((v - lo) / (hi - lo)) as f32 * plot.height;

        // The frame, a line at each tick with its value, and zero stronger.
        frame.stroke(
            &Path::rectangle(plot.position(), plot.size()),
            Stroke::default().with_color(muted).with_width(1.0),
        );
        let faint = Color { a: 0.35, ..muted };
        for value in axis.ticks() {
            let at_y = y(value);
            let zero = value.abs() < axis.step / 2.0;
            frame.stroke(
                &Path::line(
                    Point::new(plot.x, at_y),
                    Point::new(plot.x + plot.width, at_y),
                ),
                Stroke::default()
                    .with_color(if zero { muted } else { faint })
                    .with_width(1.0),
            );
            let label = i18n::money(value);
            let width = crate::ui::widget::grid::text_width(&label, 13.0);
            frame.fill_text(Text {
                content: label,
                position: Point::new((PAD_LEFT - 8.0 - width).max(2.0), at_y - 8.0),
                color: text_color,
                size: 13.0.into(),
                ..Text::default()
            });
        }
        let bottom = plot.y + plot.height + 6.0;
        frame.fill_text(Text {
            content: date(t0),
            position: Point::new(plot.x, bottom),
            color: text_color,
            size: 13.0.into(),
            ..Text::default()
        });
        frame.fill_text(Text {
            content: date(t1),
            position: Point::new(plot.x + plot.width - 80.0, bottom),
            color: text_color,
            size: 13.0.into(),
            ..Text::default()
        });

        // The two lines, and a legend.
        let series: [Series; 2] = [
            (
                |s: &Sample| s.balance,
                palette.primary.strong.color,
                fl!("field-balance"),
            ),
            (
                |s: &Sample| s.bonus,
                palette.success.strong.color,
                fl!("field-bonus"),
            ),
        ];
        let shown = if self.shows_bonus() { 2 } else { 1 };
        for (i, (value, color, name)) in series.iter().take(shown).enumerate() {
            // A balance holds until the next transaction: draw steps.
            let line = Path::new(|p| {
                let mut previous: Option<f32> = None;
                for s in &self.samples {
                    let (px, py) = (x(s.at), y(value(s)));
                    match previous {
                        None => p.move_to(Point::new(px, py)),
                        Some(last_y) => {
                            p.line_to(Point::new(px, last_y));
                            p.line_to(Point::new(px, py));
                        }
                    }
                    previous = Some(py);
                }
            });
            frame.stroke(&line, Stroke::default().with_color(*color).with_width(2.0));
            frame.fill_text(Text {
                content: format!("— {name}"),
                position: Point::new(plot.x + 8.0 + 120.0 * i as f32, 4.0),
                color: *color,
                size: 14.0.into(),
                ..Text::default()
            });
        }

        // The readout of the nearest point.
        if let Some(at) = cursor.position_in(bounds).filter(|p| plot.contains(*p))
            && let Some(s) = self.nearest(at.x, plot)
        {
            let sx = x(s.at);
            frame.stroke(
                &Path::line(Point::new(sx, plot.y), Point::new(sx, plot.y + plot.height)),
                Stroke::default().with_color(muted).with_width(1.0),
            );
            let readout = fl!(
                "transactions-readout",
                date = date(s.at),
                balance = i18n::money(s.balance),
                bonus = i18n::money(s.bonus)
            );
            // Above the plot, at its right end, on the page's colour: it
            // never covers the lines it reads out.
            let width = crate::ui::widget::grid::text_width(&readout, 13.0);
            let left = (plot.x + plot.width - width).max(plot.x + 250.0);
            frame.fill_rectangle(
                Point::new(left - 6.0, 2.0),
                Size::new(width + 12.0, PAD_TOP - 6.0),
                palette.background.base.color,
            );
            frame.fill_text(Text {
                content: readout,
                position: Point::new(left, 5.0),
                color: text_color,
                size: 13.0.into(),
                ..Text::default()
            });
        }
        vec![frame.into_geometry()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readout_picks_the_nearest_moment() {
        let chart = Chart {
            samples: vec![
                Sample {
                    at: 0,
                    balance: 10.0,
                    bonus: 0.0,
                },
                Sample {
                    at: 100,
                    balance: 20.0,
                    bonus: 1.0,
                },
                Sample {
                    at: 1000,
                    balance: 5.0,
                    bonus: 2.0,
                },
            ],
        };
        let plot = Rectangle::new(Point::new(0.0, 0.0), Size::new(1000.0, 100.0));
        assert_eq!(chart.nearest(90.0, plot).unwrap().at, 100);
        assert_eq!(chart.nearest(700.0, plot).unwrap().at, 1000);
        assert_eq!(
            chart.nearest(-50.0, plot).unwrap().at,
            0,
            "clamped to the plot"
        );
        assert!(Chart::default().nearest(10.0, plot).is_none());
    }

    #[test]
    fn a_bonus_that_never_moved_draws_no_line_nor_widens_the_axis() {
        let sample = |at, balance| Sample {
            at,
            balance,
            bonus: 0.0,
        };
        let chart = Chart {
            samples: vec![sample(0, 4_900.0), sample(10, 5_000.0)],
        };
        assert!(!chart.shows_bonus());
        let (_, _, axis) = chart.extent().unwrap();
        assert!(axis.lo > 4_000.0, "{axis:?}");
    }
}
