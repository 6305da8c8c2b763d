//! The import template handed to operators: every documented column with
//! Navixy's header, a note explaining it, drop-down lists for Status and
//! Legal status, and two example rows (an individual and a company) that
//! import cleanly. Written in the current interface language.

use crate::i18n::{self, Language};
use crate::model::import_columns::ImportColumn;
use crate::model::sheet_words::sheet_words;
use rust_xlsxwriter::{DataValidation, Format, Note, Workbook, XlsxError};

/// Rows the drop-down lists cover: the most one upload may hold.
const LIST_ROWS: u32 = super::MAX_ROWS as u32;

/// The explanation shown in the note of a column's header.
pub fn column_note(column: ImportColumn) -> String {
    let key = column.parameter();
    let id = format!(
        "template-note-{}",
        key.trim_start_matches("users_import.").replace('_', "-")
    );
    i18n::LOADER.get(&id)
}

/// The logins of the example rows of the import templates: Navixy's own (the
/// English and Russian ones its web panel hands out, in
/// ../shared/reference/import-templates/) and ours. A file's row with one of
/// them is an example left in, never a customer.
pub fn example_logins() -> Vec<&'static str> {
    const NAVIXY: [&str; 4] = [
        "individual@example.com",
        "legal@example.com",
        "fizik@example.com",
        "urik@example.com",
    ];
    let ours = [Language::English, Language::Russian]
        .into_iter()
        .flat_map(example_logins_in);
    NAVIXY.into_iter().chain(ours).collect()
}

/// Our templates' example logins: Russian ones in Russian, the English
/// ones in every other language.
fn example_logins_in(language: Language) -> [&'static str; 2] {
    if language == Language::Russian {
        ["ivan.petrov@example.com", "ooo.vector@example.com"]
    } else {
        ["jane.doe@example.com", "fleet@acme-logistics.example.com"]
    }
}

/// Example rows in template column order: an individual and a legal entity.
fn examples(language: Language) -> [Vec<(ImportColumn, &'static str)>; 2] {
    use ImportColumn as C;
    let words = &sheet_words(language).examples;
    let [person_login, company_login] = example_logins_in(language);
    let mut one = vec![
        (C::Email, person_login),
        (C::Password, "change-me1"),
        (C::Status, "1"),
        (C::LegalStatus, "1"),
        (C::Phone, "12125550147"),
        (C::Surname, words.surname_1),
        (C::Name, words.name_1),
        (C::City, words.city),
    ];
    if !words.middle_name_1.is_empty() {
        one.push((C::MiddleName, words.middle_name_1));
    }
    let two = vec![
        (C::Email, company_login),
        (C::Password, "change-me2"),
        (C::Status, "1"),
        (C::LegalStatus, "2"),
        (C::Phone, "12125550148"),
        (C::Surname, words.surname_2),
        (C::Name, words.name_2),
        (C::Country, words.country),
        (C::Region, words.region),
        (C::City, words.city),
        (C::Street, words.street),
        (C::Zip, "10001"),
        (C::LegalName, words.legal_name),
        (C::TaxNumber, "7701234567"),
        (C::RegCountry, words.country),
        (C::RegRegion, words.region),
        (C::RegCity, words.city),
        (C::RegAddress, words.street),
        (C::RegZip, "10001"),
        (C::Discount, "5"),
        (C::DiscountEndDate, "2030-12-31"),
        (C::DeviceLimit, "10"),
    ];
    [one, two]
}

/// The template as XLSX bytes.
pub fn write_template() -> Result<Vec<u8>, XlsxError> {
    let language = i18n::current_language();
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(sheet_words(language).users)?;
    let required = Format::new()
        .set_bold()
        .set_background_color(0xFFF2CC)
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let optional = Format::new()
        .set_bold()
        .set_border_bottom(rust_xlsxwriter::FormatBorder::Thin);
    let text = Format::new().set_num_format("@");
    for (c, column) in ImportColumn::ALL.into_iter().enumerate() {
        let col = c as u16;
        let header = column.titled(language);
        let format = if column.always_required() {
            &required
        } else {
            &optional
        };
        sheet.write_string_with_format(0, col, &header, format)?;
        sheet.set_column_width(col, (header.chars().count() as f64 + 4.0).max(14.0))?;
        // Zip codes and phones stay text: Excel would drop leading zeros.
        sheet.set_column_format(col, &text)?;
        let note = Note::new(column_note(column))
            .set_author("Navixy panel")
            .add_author_prefix(false)
            .set_width(320)
            .set_height(110);
        sheet.insert_note(0, col, &note)?;
    }
    sheet.set_freeze_panes(1, 0)?;

    let status = DataValidation::new()
        .allow_list_strings(&["1", "0"])?
        .set_input_title(ImportColumn::Status.titled(language))?
        .set_input_message(column_note(ImportColumn::Status))?;
    let legal = DataValidation::new()
        .allow_list_strings(&["1", "2", "3"])?
        .set_input_title(ImportColumn::LegalStatus.titled(language))?
        .set_input_message(column_note(ImportColumn::LegalStatus))?;
    for (column, rule) in [
        (ImportColumn::Status, &status),
        (ImportColumn::LegalStatus, &legal),
    ] {
        let col = column.index() as u16;
        sheet.add_data_validation(1, col, LIST_ROWS, col, rule)?;
    }

    for (r, example) in examples(language).iter().enumerate() {
        for (column, value) in example {
            sheet.write_string((r + 1) as u32, column.index() as u16, *value)?;
        }
    }
    workbook.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_note() {
        // Russian has the same keys as English (checked by the strings' own test).
        for column in ImportColumn::ALL {
            let note = column_note(column);
            assert!(
                !note.is_empty() && !note.starts_with("No localization"),
                "{column:?}: {note}"
            );
        }
    }

    #[test]
    fn the_template_imports_cleanly_and_its_examples_are_left_out() {
        let bytes = write_template().unwrap();
        let preview = crate::import::Preview::open("t.xlsx", &bytes, &mut |_, _| {}).unwrap();
        assert!(preview.unknown.is_empty() && preview.missing.is_empty());
        assert_eq!(preview.columns, ImportColumn::ALL);
        assert!(preview.rows.iter().all(|r| r.is_valid() && r.is_example()));
        let s = preview.summary();
        assert_eq!(
            (s.rows, s.ready, s.excluded),
            (2, 0, 2),
            "{:?}",
            preview.rows
        );
    }
}
