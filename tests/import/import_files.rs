//! The importer against files made here (rust_xlsxwriter, csv, raw bytes):
//! every rule, both header languages, encodings, separators, quoting,
//! formulas, dates, blank rows, extra columns, limits, broken and hostile
//! files; round trips template → import and export → import; and the
//! `validate` / `template` commands with their exit codes.

use navixy_panel::export::write_xlsx;
use navixy_panel::import::read::CsvDialect;
use navixy_panel::import::{FileProblem, MAX_ROWS, Preview};
use navixy_panel::model::import_columns::ImportColumn;
use navixy_panel::model::validation::Rule;
use rust_xlsxwriter::{ExcelDateTime, Formula, Workbook};
use std::process::Command;

const EN: &str = "Email address*;Password*;Status*;Legal status*;Surname*;Name*";
const RU: &str = "Адрес электронной почты*;Пароль*;Статус*;Юридический статус*;Фамилия*;Имя*";

fn open(name: &str, bytes: &[u8]) -> Preview {
    Preview::open(name, bytes, &mut |_, _| {}).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn rules(p: &Preview, row: usize, column: ImportColumn) -> Vec<Rule> {
    p.rows[row].problems_in(column).map(|p| p.rule).collect()
}

#[test]
fn every_rule_reports_in_its_column() {
    let header =
        format!("{EN};Phone number;Legal name;Discount;End date of discount;Device limit;Comment");
    let long_comment = "x".repeat(300);
    let rows = [
        "ok@x.com;secret12;1;1;Lee;Ann;12125550147;;5;2030-12-31;10;fine",
        "no-at;12345;2;4;;Bo;+1 212;;101;31/31/2030;1.5;",
        "co@x.com;secret12;0;2;Lee;Co;;;;;;",
        &format!("long@x.com;secret12;1;1;Lee;Al;;;;;;{long_comment}"),
        "OK@x.com;secret12;1;1;Lee;Dup;;;;;;",
    ];
    let text = format!("{header}\n{}\n", rows.join("\n"));
    let p = open("rules.csv", text.as_bytes());
    use ImportColumn as C;
    assert!(p.rows[0].is_valid(), "{:?}", p.rows[0].problems);
    assert_eq!(rules(&p, 1, C::Email), [Rule::InvalidEmail]);
    assert_eq!(rules(&p, 1, C::Password), [Rule::PasswordLength]);
    assert_eq!(rules(&p, 1, C::Status), [Rule::UnknownValue]);
    assert_eq!(rules(&p, 1, C::LegalStatus), [Rule::UnknownValue]);
    assert_eq!(rules(&p, 1, C::Surname), [Rule::Required]);
    assert_eq!(rules(&p, 1, C::Phone), [Rule::PhoneDigits]);
    assert!(!rules(&p, 1, C::Discount).is_empty());
    assert_eq!(rules(&p, 1, C::DiscountEndDate), [Rule::InvalidDate]);
    assert!(!rules(&p, 1, C::DeviceLimit).is_empty());
    // A legal entity needs its legal name and addresses.
    assert_eq!(rules(&p, 2, C::LegalName), [Rule::Required]);
    assert_eq!(rules(&p, 2, C::City), [Rule::Required]);
    assert_eq!(rules(&p, 3, C::Comment), [Rule::TooLong { max: 255 }]);
    assert_eq!(
        rules(&p, 4, C::Email),
        [Rule::DuplicateInFile { line: 2 }],
        "logins compare without case"
    );
    let s = p.summary();
    assert_eq!((s.rows, s.ready, s.with_errors), (5, 1, 4));
}

#[test]
fn russian_headers_windows_1251_and_other_separators() {
    let text = format!("{RU}\nivan@x.ru;secret12;1;1;Иванов;Иван\n");
    let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode(&text);
    let p = open("ru.csv", &cp1251);
    let csv = p.csv.unwrap();
    assert_eq!(
        (csv.separator, csv.encoding),
        (CsvDialect::Semicolon, encoding_rs::WINDOWS_1251)
    );
    assert_eq!(p.rows[0].cell(ImportColumn::Surname), "Иванов");
    assert!(p.rows[0].is_valid());

    let bom = format!("\u{feff}{}", text.replace(';', ","));
    let p = open("ru.csv", bom.as_bytes());
    let csv = p.csv.unwrap();
    assert_eq!(
        (csv.separator, csv.encoding),
        (CsvDialect::Comma, encoding_rs::UTF_8)
    );
    assert!(p.rows[0].is_valid());

    let tabs = text.replace(';', "\t");
    let p = open("ru.txt", tabs.as_bytes());
    assert_eq!(p.csv.map(|c| c.separator), Some(CsvDialect::Tab));
    assert!(p.rows[0].is_valid());
}

#[test]
fn quoting_blank_rows_extra_columns_and_header_quirks() {
    // Columns in another order, a look-alike Cyrillic С, spaces, case, no `*`.
    let text = "  NAME ;surname;Status;Legal Status;Password;Email address;Сomment;Favourite colour\n\
                \n\
                \"Ann; Jr\";Lee;1;1;secret12;ann@x.com;\"two\nlines\";red\n\
                ;;;;;;;\n\
                Bo;Lee;1;1;secret12;bo@x.com;;blue\n";
    let p = open("q.csv", text.as_bytes());
    assert_eq!(p.unknown, ["Favourite colour"]);
    assert!(p.missing.is_empty());
    assert_eq!(p.rows.len(), 2, "blank rows are skipped");
    assert_eq!(p.rows[0].line, 3, "line numbers count the blank line");
    assert_eq!(p.rows[1].line, 6, "and the quoted line break");
    assert_eq!(p.rows[0].cell(ImportColumn::Name), "Ann; Jr");
    // A comment may hold line breaks (Navixy's panel edits it multi-line).
    assert_eq!(p.rows[0].cell(ImportColumn::Comment), "two\nlines");
    assert!(rules(&p, 0, ImportColumn::Comment).is_empty());
    assert!(p.rows[1].is_valid());
}

#[test]
fn xlsx_numbers_formulas_and_dates_read_as_meant() {
    let mut wb = Workbook::new();
    let sheet = wb.add_worksheet();
    let header = [
        "Email address*",
        "Password*",
        "Status*",
        "Legal status*",
        "Surname*",
        "Name*",
        "Phone number",
        "Zip code",
        "End date of discount",
        "Discount",
    ];
    for (c, h) in header.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_string(1, 0, "num@x.com").unwrap();
    sheet.write_string(1, 1, "secret12").unwrap();
    sheet.write_number(1, 2, 1.0).unwrap();
    sheet.write_number(1, 3, 1.0).unwrap();
    sheet.write_string(1, 4, "Lee ").unwrap();
    sheet.write_string(1, 5, "Ann").unwrap();
    sheet
        .write_formula(1, 6, Formula::new("=17189164558").set_result("17189164558"))
        .unwrap();
    sheet.write_number(1, 7, 11230.0).unwrap();
    let date = ExcelDateTime::from_ymd(2050, 12, 31).unwrap();
    let fmt = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    sheet.write_datetime_with_format(1, 8, &date, &fmt).unwrap();
    sheet.write_number(1, 9, 5.0).unwrap();
    let bytes = wb.save_to_buffer().unwrap();
    let p = open("n.xlsx", &bytes);
    let row = &p.rows[0];
    assert!(row.is_valid(), "{:?}", row.problems);
    assert_eq!(row.cell(ImportColumn::Status), "1");
    assert_eq!(row.cell(ImportColumn::Surname), "Lee");
    assert_eq!(row.cell(ImportColumn::Phone), "17189164558");
    assert_eq!(row.cell(ImportColumn::Zip), "11230");
    assert_eq!(row.cell(ImportColumn::DiscountEndDate), "2050-12-31");
}

#[test]
fn navixys_real_templates_read_cleanly_and_their_example_rows_are_left_out() {
    for file in [
        "users_import_template_en.xlsx",
        "users_import_template_ru.xlsx",
    ] {
        let bytes = std::fs::read(format!("tests/fixtures/{file}")).unwrap();
        let p = open(file, &bytes);
        assert!(p.missing.is_empty() && p.unknown.is_empty(), "{file}");
        // Both example rows read without a problem, and are not uploaded as
        // they are: that would create two real users.
        assert!(
            p.rows
                .iter()
                .all(|r| r.is_valid() && r.is_example() && !r.included)
        );
        let s = p.summary();
        assert_eq!(
            (s.rows, s.ready, s.excluded),
            (2, 0, 2),
            "{file}: {:?}",
            p.rows
        );
        assert!(!p.can_upload());
    }
}

#[test]
fn broken_and_hostile_files_are_errors_not_panics() {
    let unreadable = |name: &str, bytes: &[u8]| {
        matches!(
            Preview::open(name, bytes, &mut |_, _| {}),
            Err(FileProblem::Unreadable(_))
        )
    };
    assert!(unreadable(
        "renamed.xlsx",
        b"just some text, not a workbook"
    ));
    assert!(unreadable("binary.csv", &[0u8, 159, 146, 150, 0, 1, 2]));
    let template = navixy_panel::import::template::write_template().unwrap();
    assert!(unreadable("cut.xlsx", &template[..template.len() / 2]));
    assert!(unreadable(
        "old.xls",
        &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
    ));
    assert_eq!(
        Preview::open(
            "empty.xlsx",
            &write_xlsx("S", &[], &[]).unwrap(),
            &mut |_, _| {}
        )
        .unwrap_err(),
        FileProblem::Empty
    );

    // Right-to-left, emoji, control characters and a 1 MB cell: read, checked, kept.
    let huge = "Ж".repeat(500_000);
    let text = format!(
        "{EN};Comment\n\
         rtl@x.com;secret12;1;1;\u{202e}evil;مرحبا;🚚 fleet\n\
         ctl@x.com;secret12;1;1;Lee\u{7};Ann;\n\
         big@x.com;secret12;1;1;Lee;Ann;{huge}\n\
         =HYPERLINK(\"http://x\");secret12;1;1;+cmd|' /C calc'!A0;Ann;\n"
    );
    let p = open("hostile.csv", text.as_bytes());
    assert_eq!(p.rows[0].cell(ImportColumn::Name), "مرحبا");
    assert!(
        !rules(&p, 1, ImportColumn::Surname).is_empty(),
        "control character"
    );
    assert_eq!(
        rules(&p, 2, ImportColumn::Comment),
        [Rule::TooLong { max: 255 }]
    );
    assert_eq!(rules(&p, 3, ImportColumn::Email), [Rule::InvalidEmail]);
}

#[test]
fn row_limit_and_progress() {
    let mut text = String::from(EN);
    for i in 0..=MAX_ROWS {
        text.push_str(&format!("\nu{i}@x.com;secret12;1;1;Lee;Ann"));
    }
    let mut calls = Vec::new();
    let mut p = Preview::open("big.csv", text.as_bytes(), &mut |done, total| {
        calls.push((done, total))
    })
    .unwrap();
    assert_eq!(calls.last(), Some(&(MAX_ROWS + 1, MAX_ROWS + 1)));
    assert!(calls.len() > 5, "progress while checking: {}", calls.len());
    assert!(p.too_many_rows());
    assert!(!p.can_upload());
    p.set_included(0, false);
    assert!(!p.too_many_rows());
    assert!(p.can_upload());
}

#[tokio::test]
async fn export_then_import_round_trip() {
    let h = crate::common::start().await;
    let hash = h.demo().await;
    let query = navixy_panel::api::ExportQuery {
        format: Some(navixy_panel::api::ExportFormat::Xlsx),
        ..Default::default()
    };
    let file = h.client.users_export(&hash, &query).await.unwrap();
    let p = open("export.xlsx", &file.bytes);
    // An export has no passwords or statuses: the rows read, and say what is missing.
    assert!(p.rows.len() >= 60, "{}", p.rows.len());
    assert!(p.missing.contains(&ImportColumn::Password));
    let john = p
        .rows
        .iter()
        .find(|r| r.cell(ImportColumn::Email) == "john.smith@example.com")
        .expect("john.smith in the export");
    assert_eq!(john.cell(ImportColumn::Surname), "Smith");
}

fn cli(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_navixy-panel"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn validate_and_template_commands() {
    let dir = tempfile::tempdir().unwrap();
    let mut english = String::new();
    for lang in ["en", "ru", "es", "pt", "de", "fr", "tr", "uk", "ro", "ar"] {
        let path = dir.path().join(format!("template_{lang}.xlsx"));
        let out = path.to_str().unwrap();
        assert_eq!(cli(&["template", "--lang", lang, out]).0, 0);
        let (code, text) = cli(&["validate", "--lang", lang, out]);
        assert_eq!(code, 0, "{text}");
        // Each speaks its own language (locales.rs holds every message
        // translated): the same report, never in English words.
        if lang == "en" {
            english = text;
        } else {
            assert_ne!(text, english, "{lang} answered in English");
        }
        let p = open(out, &std::fs::read(&path).unwrap());
        assert_eq!(
            p.columns,
            ImportColumn::ALL,
            "{lang}: every documented column"
        );
    }

    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        format!("{EN}\nok@x.com;secret12;1;1;Lee;Ann\nbad;1;1;1;Lee;Bo\n"),
    )
    .unwrap();
    let (code, json) = cli(&["validate", "--json", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    let report: serde_json::Value = serde_json::from_str(&json).expect("JSON on stdout");
    assert_eq!(
        (report["valid"].as_u64(), report["invalid"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(report["errors"][0]["line"], 3);
    let (code, text) = cli(&["validate", "--lang", "en", bad.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        text.contains("Line 3: Email address: Must be a valid e-mail address."),
        "{text}"
    );

    let junk = dir.path().join("junk.xlsx");
    std::fs::write(&junk, b"not a workbook").unwrap();
    assert_eq!(cli(&["validate", junk.to_str().unwrap()]).0, 2);
    assert_eq!(cli(&["validate", "/nonexistent/file.csv"]).0, 2);
}
