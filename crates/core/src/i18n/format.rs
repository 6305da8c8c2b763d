//! Numbers, money, percentages and dates as the operator's language writes
//! them: ICU4X, from the CLDR data baked in `data/icu` for our ten languages
//! (`scripts/make-icu-data` makes it).

use std::cell::RefCell;
use std::rc::Rc;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YM, YMD, YMDT};
use icu_datetime::input::{Date, DateTime, Time};
use icu_datetime::options::{TimePrecision, YearStyle};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;

use super::{Language, current_language};

/// The generated data: ICU4X's own code, which builds its tables with
/// `unsafe` reads of bytes it wrote itself.
#[allow(unsafe_code, clippy::all, clippy::pedantic, unreachable_pub)]
mod baked {
    pub struct Baked;
    include!(concat!(env!("CARGO_MANIFEST_DIR"), "/data/icu/mod.rs"));
    impl_data_provider!(Baked);
}
use baked::Baked;

/// How much of a moment is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Day,
    Minute,
    Second,
}

/// One language's formatters, made when the language is first used.
struct Formatters {
    number: DecimalFormatter,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    minute: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    second: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    /// A month of a year ("November 2026"); None where the data lacks it (the
    /// rest still formats).
    month: Option<FixedCalendarDateTimeFormatter<Gregorian, YM>>,
}

impl Formatters {
    fn new(language: Language) -> Option<Self> {
        let locale = Locale::try_from_str(language.tag()).ok()?;
        // Medium dates name the month ("4 Dec 2026", "4 дек. 2026 г."):
        // never read the wrong way round, as 4/12 and 12/4 are.
        let day = YMD::medium().with_year_style(YearStyle::Full);
        let at = |precision| {
            FixedCalendarDateTimeFormatter::try_new_unstable(
                &Baked,
                (&locale).into(),
                YMDT::medium()
                    .with_year_style(YearStyle::Full)
                    .with_time_precision(precision),
            )
        };
        let text = |e: &dyn std::fmt::Display| e.to_string();
        let made = (|| {
            Ok::<_, String>(Self {
                number: DecimalFormatter::try_new_unstable(
                    &Baked,
                    (&locale).into(),
                    Default::default(),
                )
                .map_err(|e| text(&e))?,
                day: FixedCalendarDateTimeFormatter::try_new_unstable(
                    &Baked,
                    (&locale).into(),
                    day,
                )
                .map_err(|e| text(&e))?,
                minute: at(TimePrecision::Minute).map_err(|e| text(&e))?,
                second: at(TimePrecision::Second).map_err(|e| text(&e))?,
                month: FixedCalendarDateTimeFormatter::try_new_unstable(
                    &Baked,
                    (&locale).into(),
                    YM::long().with_year_style(YearStyle::Full),
                )
                .map_err(|e| tracing::warn!(error = %e, "no month formats"))
                .ok(),
            })
        })();
        made.map_err(|e| tracing::error!(error = %e, tag = language.tag(), "no number formats"))
            .ok()
    }
}

thread_local! {
    /// The formatters of the language last used on this thread (none when
    /// its data could not be read: plain digits then).
    static FORMATTERS: RefCell<Option<(Language, Option<Rc<Formatters>>)>> =
        const { RefCell::new(None) };
}

fn formatters() -> Option<Rc<Formatters>> {
    let language = current_language();
    FORMATTERS.with(|cell| {
        let mut slot = cell.borrow_mut();
        match &*slot {
            Some((made_for, made)) if *made_for == language => made.clone(),
            _ => {
                let made = Formatters::new(language).map(Rc::new);
                *slot = Some((language, made.clone()));
                made
            }
        }
    })
}

/// `units` × 10^`exponent`, as the language writes it.
fn decimal(units: i64, exponent: i16, trim: bool) -> String {
    let mut d = Decimal::from(units);
    d.multiply_pow10(exponent);
    if trim {
        d.trim_end();
    }
    match formatters() {
        Some(f) => f.number.format(&d).to_string(),
        None => d.to_string(),
    }
}

/// A whole number with the language's digit grouping: 2,341 or 2 341.
pub fn count(n: u64) -> String {
    integer(i64::try_from(n).unwrap_or(i64::MAX))
}

/// A whole number, negative too, with the language's grouping and minus.
pub fn integer(n: i64) -> String {
    decimal(n, 0, false)
}

/// Money with two decimals and the language's separators: 1,234.50 or 1 234,50.
pub fn money(x: f64) -> String {
    decimal(hundredths(x), -2, false)
}

/// A percentage with as many decimals as it has (two at most), placed as the
/// language places it: 12.5%, 12,5 %, %12,5.
pub fn percent(x: f64) -> String {
    let (before, after) = percent_sign(current_language());
    format!("{before}{}{after}", decimal(hundredths(x), -2, true))
}

fn hundredths(x: f64) -> i64 {
    // `as` saturates; the values shown are far inside i64.
    (x * 100.0).round() as i64
}

/// Where the percent sign goes: CLDR 48's percent pattern and sign for the
/// language's Latin digits. ICU4X's percent formatter is still experimental
/// (icu_experimental), so the number is ICU4X's and the sign is placed here.
fn percent_sign(language: Language) -> (&'static str, &'static str) {
    const NBSP: &str = "\u{a0}%";
    match language {
        Language::English | Language::Portuguese | Language::Ukrainian => ("", "%"),
        Language::Russian
        | Language::Spanish
        | Language::German
        | Language::French
        | Language::Romanian => ("", NBSP),
        Language::Turkish => ("%", ""),
        // Left-to-right marks keep the sign beside its number in Arabic text.
        Language::Arabic => ("", "\u{200e}%\u{200e}"),
    }
}

/// A moment as the language writes it: "Dec 4, 2026, 5:05 PM",
/// "4 дек. 2026 г., 17:05".
pub fn date_time(at: NaiveDateTime, precision: Precision) -> String {
    let fallback = || match precision {
        Precision::Day => at.format(crate::model::DATE_FORMAT).to_string(),
        Precision::Minute => at.format("%Y-%m-%d %H:%M").to_string(),
        Precision::Second => at.format(crate::model::DATE_TIME_FORMAT).to_string(),
    };
    let (Some(f), Some(date)) = (formatters(), gregorian(at.date())) else {
        return fallback();
    };
    let time = Time::try_new(at.hour() as u8, at.minute() as u8, at.second() as u8, 0);
    match (precision, time) {
        (Precision::Day, _) => f.day.format(&date).to_string(),
        (Precision::Minute, Ok(time)) => f.minute.format(&DateTime { date, time }).to_string(),
        (Precision::Second, Ok(time)) => f.second.format(&DateTime { date, time }).to_string(),
        (_, Err(_)) => fallback(),
    }
}

/// A day as the language writes it: "Dec 4, 2026", "04.12.2026".
pub fn date(day: NaiveDate) -> String {
    date_time(day.and_time(chrono::NaiveTime::MIN), Precision::Day)
}

/// A month of a year as the language writes it: "November 2026", "ноябрь
/// 2026 г." (the medium form is "11/2026" in Russian: no name).
pub fn month(year: i32, month: u32) -> String {
    let fallback = || format!("{year:04}-{month:02}");
    let Some(day) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return fallback();
    };
    match (formatters(), gregorian(day)) {
        (Some(f), Some(date)) => match &f.month {
            Some(m) => m.format(&date).to_string(),
            None => fallback(),
        },
        _ => fallback(),
    }
}

/// A date or date and time as Navixy sends it (`2026-12-04 17:05:09`,
/// `2026-12-04`), as the language writes it; any other text as it came, so
/// that nothing the server said is hidden.
pub fn server_date_time(text: &str, precision: Precision) -> String {
    let trimmed = text.trim();
    if let Ok(at) = NaiveDateTime::parse_from_str(trimmed, crate::model::DATE_TIME_FORMAT) {
        return date_time(at, precision);
    }
    match crate::model::validation::canonical_date(trimmed) {
        Some(day) => date(day),
        None => text.to_owned(),
    }
}

fn gregorian(day: NaiveDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(day.year(), day.month() as u8, day.day() as u8).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_its_formatters() {
        for language in Language::ALL {
            let made = Formatters::new(language);
            assert!(made.is_some_and(|f| f.month.is_some()), "{language:?}");
        }
    }

    #[test]
    fn a_month_is_named_as_the_language_names_it() {
        let said = |language| {
            crate::i18n::set_language(language);
            month(2026, 11)
        };
        let (en, ru, de) = (
            said(Language::English),
            said(Language::Russian),
            said(Language::German),
        );
        crate::i18n::set_language(Language::English);
        assert_eq!(en, "November 2026", "{ru} {de}");
        assert!(ru.contains("2026") && ru.contains("нояб"), "{ru} {de} {en}");
        assert!(de.contains("2026") && de.contains("Nov"), "{de}");
        assert_eq!(month(2026, 13), "2026-13", "no such month: as it came");
    }
}
