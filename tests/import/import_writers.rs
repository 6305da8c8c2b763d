//! Files written by other programs (tests/fixtures/writers/, made by
//! make_fixtures.py there with openpyxl, LibreOffice and Python's csv
//! module): each read as the person who made it meant, down to the value.

use navixy_panel::import::read::{CsvDialect, ReadOptions};
use navixy_panel::import::{ImportRow, Preview};
use navixy_panel::model::import_columns::ImportColumn as C;
use navixy_panel::model::validation::Rule;

fn open(name: &str) -> Preview {
    open_with(name, &ReadOptions::default())
}

fn open_with(name: &str, options: &ReadOptions) -> Preview {
    let path = format!(
        "{}/tests/fixtures/writers/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    Preview::open_with(name, &bytes, options, &mut |_, _| {})
        .unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn rules(row: &ImportRow, column: C) -> Vec<Rule> {
    row.problems_in(column).map(|p| p.rule).collect()
}

fn row<'a>(p: &'a Preview, login: &str) -> &'a ImportRow {
    p.rows
        .iter()
        .find(|r| r.cell(C::Email) == login)
        .unwrap_or_else(|| panic!("no row {login}"))
}

#[test]
fn openpyxl_the_active_sheet_below_its_title_with_formats_formulas_and_merges() {
    let p = open("openpyxl_workbook.xlsx");
    let sheet = p.sheet.as_ref().unwrap();
    assert_eq!(
        sheet.name, "Users",
        "the active sheet, not the instructions nor the hidden one"
    );
    assert!(
        sheet
            .sheets
            .iter()
            .any(|s| s.name == "Old users" && s.hidden)
    );
    assert!(
        !p.rows
            .iter()
            .any(|r| r.cell(C::Email) == "hidden@example.com")
    );
    assert_eq!(
        (p.header_line, p.skipped.as_slice()),
        (3, &[1][..]),
        "the title skipped"
    );
    assert!(p.missing.is_empty(), "{:?}", p.missing);
    assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [4, 5, 6]);

    let anna = row(&p, "anna@example.com");
    assert_eq!(anna.cell(C::Discount), "5", "0.05 shown as 5 %");
    assert_eq!(anna.cell(C::Zip), "01234", "format 00000 keeps the zero");
    assert_eq!(anna.cell(C::DeviceLimit), "1000");
    assert_eq!(anna.cell(C::DiscountEndDate), "2030-01-31");
    assert_eq!(anna.cell(C::City), "Zürich");
    assert_eq!(anna.cell(C::Password), "Secret123 ", "exactly as written");
    assert!(
        anna.warnings
            .iter()
            .any(|w| w.column == Some(C::Password) && w.rule == Rule::EndsWithSpace)
    );
    assert_eq!(
        rules(anna, C::Phone),
        [Rule::FormulaNotSaved],
        "never an empty cell"
    );
    assert_eq!(anna.cell(C::Comment), "Fleet of the north branch");

    let bob = row(&p, "bob@example.com");
    assert_eq!(bob.cell(C::Discount), "12.5");
    assert_eq!(bob.cell(C::Zip), "04051");
    assert_eq!(bob.cell(C::Phone), "12125550147");
    assert_eq!(rules(bob, C::Comment), [Rule::MergedCell { line: 4 }]);

    let carl = row(&p, "carl@example.com");
    assert_eq!(carl.cell(C::Status), "1", "the boolean TRUE");
    assert!(rules(carl, C::Status).is_empty());
    assert_eq!(
        rules(carl, C::Comment),
        [Rule::FormulaNotSaved],
        "=NA() without a value"
    );
    // Nothing silently ready: each of the three needs a look.
    assert_eq!(p.summary().ready, 0);

    // The hidden sheet only when asked for.
    let old = open_with(
        "openpyxl_workbook.xlsx",
        &ReadOptions {
            sheet: Some("Old users".into()),
            ..Default::default()
        },
    );
    assert_eq!(old.rows[0].cell(C::Email), "hidden@example.com");
}

fn check_libreoffice(p: &Preview, formats_seen: bool) {
    assert!(p.missing.is_empty(), "{:?}", p.missing);
    let ivanov = row(p, "ivanov@example.ru");
    assert_eq!(ivanov.cell(C::Surname), "Иванов");
    assert_eq!(ivanov.cell(C::MiddleName), "Александрович");
    assert_eq!(
        ivanov.cell(C::Phone),
        "79991234567",
        "the formula's saved value"
    );
    assert_eq!(ivanov.cell(C::DiscountEndDate), "2030-01-31");
    assert_eq!(ivanov.cell(C::Password), "Пароль123");
    let petrova = row(p, "petrova@example.ru");
    assert_eq!(petrova.cell(C::Status), "0");
    assert_eq!(petrova.cell(C::DeviceLimit), "1000");
    assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3]);
    if formats_seen {
        assert_eq!(ivanov.cell(C::Discount), "7.5", "0.075 shown as 7.5 %");
        assert_eq!(petrova.cell(C::Discount), "10");
        assert_eq!(petrova.cell(C::Zip), "012345", "shown with its zero");
        assert!(ivanov.is_valid() && petrova.is_valid(), "{:?}", p.rows);
    } else {
        // XLS number formats are out of calamine's reach: a fraction is a
        // question on the cell, never a 0.075 % discount.
        assert_eq!(rules(ivanov, C::Discount), [Rule::MaybePercent]);
        assert_eq!(rules(petrova, C::Discount), [Rule::MaybePercent]);
    }
}

#[test]
fn libreoffice_xls_with_cyrillic_text_and_dates() {
    let p = open("libreoffice_cyrillic.xls");
    assert_eq!(p.sheet.as_ref().unwrap().name, "Пользователи");
    check_libreoffice(&p, true);
}

#[test]
fn libreoffice_ods_with_cyrillic_text_and_dates() {
    let p = open("libreoffice_cyrillic.ods");
    check_libreoffice(&p, true);
}

#[test]
fn windows_1251_and_1252_csv_are_told_apart() {
    let ru = open("excel_1251.csv");
    assert_eq!(ru.csv.unwrap().encoding, encoding_rs::WINDOWS_1251);
    let ivanov = row(&ru, "ivanov@example.ru");
    assert_eq!(ivanov.cell(C::Surname), "Иванов");
    assert_eq!(ivanov.cell(C::Comment), "Звонить после обеда");
    assert!(ivanov.is_valid(), "{:?}", ivanov.problems);
    assert_eq!(ru.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3]);

    let west = open("excel_1252.csv");
    assert_eq!(west.csv.unwrap().encoding, encoding_rs::WINDOWS_1252);
    assert_eq!(row(&west, "mueller@example.de").cell(C::Surname), "Müller");
    assert_eq!(row(&west, "mueller@example.de").cell(C::City), "Zürich");
    assert_eq!(
        row(&west, "sorensen@example.dk").cell(C::Surname),
        "Sørensen"
    );
    assert_eq!(row(&west, "francois@example.fr").cell(C::Name), "Zoë");
    assert_eq!(
        west.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
        [2, 3, 4]
    );

    // The operator may say otherwise; the file is then read that way.
    let forced = open_with(
        "excel_1252.csv",
        &ReadOptions {
            encoding: Some(encoding_rs::WINDOWS_1251),
            ..Default::default()
        },
    );
    assert_eq!(
        row(&forced, "mueller@example.de").cell(C::Surname),
        "Mьller"
    );
}

#[test]
fn utf16_with_a_bom_and_tabs() {
    let p = open("utf16_bom.csv");
    let csv = p.csv.unwrap();
    assert_eq!(
        (csv.encoding, csv.separator),
        (encoding_rs::UTF_16LE, CsvDialect::Tab)
    );
    assert_eq!(row(&p, "sorensen@example.dk").cell(C::City), "Århus");
    assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 3, 4]);
}

#[test]
fn every_line_ending_gives_the_line_an_editor_shows() {
    for (file, lines) in [
        ("crlf_quoted.csv", vec![2, 4, 5]),
        ("cr_only.csv", vec![2, 3, 4]),
        ("mixed_endings.csv", vec![2, 3, 4]),
        ("sep_line.csv", vec![3, 4]),
    ] {
        let p = open(file);
        assert_eq!(
            p.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            lines,
            "{file}"
        );
        assert!(
            p.rows.iter().all(ImportRow::is_valid),
            "{file}: {:?}",
            p.rows
        );
    }
    let quoted = open("crlf_quoted.csv");
    assert_eq!(
        row(&quoted, "a1@example.com").cell(C::Comment),
        "first line\r\nsecond line"
    );
    let sep = open("sep_line.csv");
    assert!(sep.csv.unwrap().sep_line);
    assert_eq!(sep.header_line, 2);
}

#[test]
fn the_text_report_names_one_skipped_line_and_the_warnings() {
    navixy_panel::i18n::set_language(navixy_panel::i18n::Language::English);
    let report = navixy_panel::import::report::text_report(&open("openpyxl_workbook.xlsx"));
    assert!(
        report.contains("Line 1 above the header (line 3) was skipped."),
        "{report}"
    );
    assert!(
        report.contains("Line 4, to check: Password: Ends with a space"),
        "{report}"
    );
}
