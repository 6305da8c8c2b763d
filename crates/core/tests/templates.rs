//! The import template and numbers in every language: its headers in that
//! language, read back whole, its examples left out. The interface language
//! is the process's own: the tests take turns.

use navixy_core::i18n::{self, Language, Precision};
use navixy_core::import::Preview;
use navixy_core::import::template::write_template;
use navixy_core::model::import_columns::ImportColumn;
use std::sync::Mutex;

static LANGUAGE: Mutex<()> = Mutex::new(());

#[test]
fn every_languages_template_is_read_back_whole() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    for language in Language::ALL {
        i18n::set_language(language);
        let bytes = write_template().expect("a template");
        let preview = Preview::open("t.xlsx", &bytes, &mut |_, _| {})
            .unwrap_or_else(|e| panic!("{language:?}: {e:?}"));
        assert!(
            preview.unknown.is_empty() && preview.missing.is_empty(),
            "{language:?}: unknown {:?}, missing {:?}",
            preview.unknown,
            preview.missing
        );
        assert_eq!(preview.columns, ImportColumn::ALL, "{language:?}");
        assert!(
            preview.rows.iter().all(|r| r.is_valid() && r.is_example()),
            "{language:?}: {:?}",
            preview.rows
        );
        // The headers are the language's own, not English ones.
        let table = navixy_core::import::read_table("t.xlsx", &bytes).expect("readable");
        let header = &table.rows[0].cells;
        assert_eq!(
            header[ImportColumn::Surname.index()],
            ImportColumn::Surname.titled(language),
            "{language:?}"
        );
    }
    i18n::set_language(Language::English);
}

#[test]
fn numbers_are_written_as_each_language_writes_them() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    // CLDR's, as ICU4X writes them: grouping (a no-break space in Russian,
    // a narrow one in French), decimal separator, minus and the percent
    // sign's place. Spanish groups only from five digits.
    let cases = [
        (Language::English, "1,234,567.50", "-0.12", "12.5%", "1,234"),
        (
            Language::Russian,
            "1\u{a0}234\u{a0}567,50",
            "-0,12",
            "12,5\u{a0}%",
            "1\u{a0}234",
        ),
        (
            Language::German,
            "1.234.567,50",
            "-0,12",
            "12,5\u{a0}%",
            "1.234",
        ),
        (
            Language::French,
            "1\u{202f}234\u{202f}567,50",
            "-0,12",
            "12,5\u{a0}%",
            "1\u{202f}234",
        ),
        (
            Language::Spanish,
            "1.234.567,50",
            "-0,12",
            "12,5\u{a0}%",
            "1234",
        ),
        (
            Language::Portuguese,
            "1.234.567,50",
            "-0,12",
            "12,5%",
            "1.234",
        ),
        (Language::Turkish, "1.234.567,50", "-0,12", "%12,5", "1.234"),
        (
            Language::Ukrainian,
            "1\u{a0}234\u{a0}567,50",
            "-0,12",
            "12,5%",
            "1\u{a0}234",
        ),
        (
            Language::Romanian,
            "1.234.567,50",
            "-0,12",
            "12,5\u{a0}%",
            "1.234",
        ),
        (
            Language::Arabic,
            "1,234,567.50",
            "\u{200e}-0.12",
            "12.5\u{200e}%\u{200e}",
            "1,234",
        ),
    ];
    for (language, money, negative, percent, count) in cases {
        i18n::set_language(language);
        assert_eq!(i18n::money(1_234_567.5), money, "{language:?}");
        // Float noise as a server may send it is rounded to the cent.
        assert_eq!(i18n::money(-0.12000000000000001), negative, "{language:?}");
        assert_eq!(i18n::percent(12.5), percent, "{language:?}");
        let whole = percent.replace("12,5", "7").replace("12.5", "7");
        assert_eq!(i18n::percent(7.0), whole, "{language:?}");
        assert_eq!(i18n::count(1234), count, "{language:?}");
    }
    i18n::set_language(Language::English);
}

#[test]
fn dates_are_written_as_each_language_writes_them() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let cases = [
        (
            Language::English,
            "Dec 4, 2026",
            "Dec 4, 2026, 5:05:09\u{202f}PM",
        ),
        (
            Language::Russian,
            "4 дек. 2026\u{202f}г.",
            "4 дек. 2026\u{202f}г., 17:05:09",
        ),
        (Language::German, "04.12.2026", "04.12.2026, 17:05:09"),
        (Language::Turkish, "4 Ara 2026", "4 Ara 2026 17:05:09"),
    ];
    for (language, day, moment) in cases {
        i18n::set_language(language);
        assert_eq!(i18n::server_date_time("2026-12-04", Precision::Second), day);
        assert_eq!(
            i18n::server_date_time("2026-12-04 17:05:09", Precision::Second),
            moment,
            "{language:?}"
        );
        assert_eq!(
            i18n::server_date_time("2026-12-04 17:05:09", Precision::Day),
            day
        );
        // What is no date is shown as the server sent it.
        assert_eq!(i18n::server_date_time("soon", Precision::Day), "soon");
        assert_eq!(
            i18n::server_date_time("2026-02-30", Precision::Day),
            "2026-02-30"
        );
    }
    i18n::set_language(Language::English);
}
