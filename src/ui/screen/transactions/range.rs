//! Which dates a preset covers, and how a long range is cut into the chunks
//! the server accepts (a span that is too long answers 211; a month is safe).

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime};

/// Longest span asked for in one request.
pub const CHUNK_DAYS: i64 = 30;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Preset {
    Days7,
    Days30,
    Days90,
    ThisMonth,
    Custom,
}

impl Preset {
    pub const ALL: [Preset; 5] = [
        Self::Days7,
        Self::Days30,
        Self::Days90,
        Self::ThisMonth,
        Self::Custom,
    ];
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(chrono::NaiveTime::MIN)
}

/// `[from, to)` for a preset, ending after `today`. Custom takes its own
/// first and last day (inclusive); None when they are the wrong way round.
pub fn span(
    preset: Preset,
    today: NaiveDate,
    custom: Option<(NaiveDate, NaiveDate)>,
) -> Option<(NaiveDateTime, NaiveDateTime)> {
    let end = midnight(today + Duration::days(1));
    let days_back = |n: i64| Some((midnight(today - Duration::days(n - 1)), end));
    match preset {
        Preset::Days7 => days_back(7),
        Preset::Days30 => days_back(30),
        Preset::Days90 => days_back(90),
        Preset::ThisMonth => Some((midnight(today.with_day(1)?), end)),
        Preset::Custom => {
            let (first, last) = custom?;
            (first <= last).then(|| (midnight(first), midnight(last + Duration::days(1))))
        }
    }
}

/// Consecutive `[from, to)` pieces of at most `CHUNK_DAYS` covering the span.
pub fn chunks(from: NaiveDateTime, to: NaiveDateTime) -> Vec<(NaiveDateTime, NaiveDateTime)> {
    let mut out = Vec::new();
    let mut start = from;
    while start < to {
        let end = (start + Duration::days(CHUNK_DAYS)).min(to);
        out.push((start, end));
        start = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn presets_end_after_today() {
        let today = d("2026-11-24");
        let (from, to) = span(Preset::Days7, today, None).unwrap();
        assert_eq!((from.date(), to.date()), (d("2026-11-18"), d("2026-11-25")));
        assert_eq!(
            span(Preset::ThisMonth, today, None).unwrap().0.date(),
            d("2026-11-01")
        );
        assert_eq!(
            span(
                Preset::Custom,
                today,
                Some((d("2026-01-01"), d("2026-01-31")))
            )
            .unwrap()
            .1
            .date(),
            d("2026-02-01")
        );
        assert_eq!(
            span(
                Preset::Custom,
                today,
                Some((d("2026-02-01"), d("2026-01-01")))
            ),
            None
        );
    }

    #[test]
    fn long_ranges_are_cut_into_contiguous_months() {
        let (from, to) = span(Preset::Days90, d("2026-11-24"), None).unwrap();
        let parts = chunks(from, to);
        assert_eq!(parts.len(), 3);
        assert_eq!(parts.first().unwrap().0, from);
        assert_eq!(parts.last().unwrap().1, to);
        assert!(parts.windows(2).all(|w| w[0].1 == w[1].0));
        assert!(
            parts
                .iter()
                .all(|(a, b)| *b - *a <= Duration::days(CHUNK_DAYS))
        );
        let year = chunks(midnight(d("2025-01-01")), midnight(d("2026-01-01")));
        assert_eq!(year.len(), 13);
    }
}
