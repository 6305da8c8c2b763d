//! The import template and numbers in every language: its headers in that
//! language, read back whole, its examples left out. The interface language
//! is the process's own: the tests take turns.

use navixy_core::i18n::{self, Language};
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
    let cases = [
        (Language::English, "1,234,567.50", "12.5\u{a0}%"),
        (Language::Russian, "1\u{a0}234\u{a0}567,50", "12,5\u{a0}%"),
        (Language::German, "1.234.567,50", "12,5\u{a0}%"),
        (
            Language::French,
            "1\u{202f}234\u{202f}567,50",
            "12,5\u{202f}%",
        ),
        (Language::Turkish, "1.234.567,50", "%12,5"),
        (Language::Portuguese, "1.234.567,50", "12,5%"),
    ];
    for (language, money, percent) in cases {
        i18n::set_language(language);
        assert_eq!(i18n::money(1_234_567.5), money, "{language:?}");
        assert_eq!(i18n::percent(12.5), percent, "{language:?}");
    }
    i18n::set_language(Language::English);
}
