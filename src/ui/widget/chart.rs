//! What the charts share (the balance over time, the watch's months): a
//! value axis with round ticks fitted to the values shown, and redrawing as
//! the cursor moves over a chart, for its readout.

use iced::Rectangle;
use iced::mouse;
use iced::widget::canvas;

/// A chart's `update`: redraw as the cursor moves over it (the readout
/// follows), and once more when it leaves, so the readout goes with it.
/// `over`: whether the cursor was over the chart at the last move.
pub fn redraw_on_hover<M>(
    over: &mut bool,
    event: &canvas::Event,
    bounds: Rectangle,
    cursor: mouse::Cursor,
) -> Option<canvas::Action<M>> {
    match event {
        canvas::Event::Mouse(mouse::Event::CursorMoved { .. } | mouse::Event::CursorLeft) => {
            let now = cursor.is_over(bounds)
                && !matches!(event, canvas::Event::Mouse(mouse::Event::CursorLeft));
            let redraw = now || *over;
            *over = now;
            redraw.then(canvas::Action::request_redraw)
        }
        _ => None,
    }
}

/// A value axis: from `lo` to `hi` in steps of `step`, each a round number.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub lo: f64,
    pub hi: f64,
    pub step: f64,
}

impl Axis {
    /// The axis around values from `min` to `max`: about five round steps
    /// (1, 2 or 5 times a power of ten), the values a little inside it.
    pub fn fitted(min: f64, max: f64) -> Axis {
        let (min, max) = if max - min < 0.01 {
            // One value: a small span around it.
            let pad = (min.abs() * 0.1).max(1.0);
            (min - pad, max + pad)
        } else {
            (min, max)
        };
        let rough = (max - min) / 5.0;
        let power = 10f64.powf(rough.log10().floor());
        let step = [1.0, 2.0, 5.0, 10.0]
            .into_iter()
            .map(|m| m * power)
            .find(|s| *s >= rough)
            .unwrap_or(10.0 * power);
        let mut lo = (min / step).floor() * step;
        let mut hi = (max / step).ceil() * step;
        // The extremes never touch the frame.
        if min - lo < step * 0.05 {
            lo -= step;
        }
        if hi - max < step * 0.05 {
            hi += step;
        }
        Axis { lo, hi, step }
    }

    pub fn ticks(&self) -> impl Iterator<Item = f64> + '_ {
        let count = ((self.hi - self.lo) / self.step).round() as usize;
        (0..=count).map(|i| self.lo + i as f64 * self.step)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_axis_fits_the_values_with_round_ticks() {
        // A balance near 5,000 fills the chart; it does not start at 0.
        let a = Axis::fitted(4_870.0, 5_020.0);
        assert!(a.lo > 4_000.0 && a.lo < 4_870.0, "{a:?}");
        assert!(a.hi > 5_020.0 && a.hi < 5_200.0, "{a:?}");
        assert!([20.0, 50.0, 100.0].contains(&a.step), "{a:?}");
        let ticks: Vec<f64> = a.ticks().collect();
        assert!((4..=9).contains(&ticks.len()), "{ticks:?}");
        assert!(
            ticks.iter().all(|t| (t / a.step).fract().abs() < 1e-9),
            "{ticks:?}"
        );
        // Below zero and above.
        let a = Axis::fitted(-35.5, 120.0);
        assert!(
            a.lo < -35.5 && a.hi > 120.0 && a.ticks().any(|t| t == 0.0),
            "{a:?}"
        );
        // One value alone still makes an axis.
        let a = Axis::fitted(10.01, 10.01);
        assert!(a.lo < 10.01 && a.hi > 10.01, "{a:?}");
    }
}
