//! Transactions → XLSX: bold frozen header, auto-filter, real dates and money
//! numbers (so sums and sorting work in Excel), sensible column widths.

use super::ExportError;
use crate::model::{DATE_TIME_FORMAT, Transaction};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook};

/// `headers` are the column titles in the operator's language, in this order:
/// date, type, subtype, description, amount, old balance, new balance,
/// bonus amount, old bonus, new bonus.
pub fn write_transactions_xlsx(
    headers: &[String; 10],
    list: &[Transaction],
) -> Result<Vec<u8>, ExportError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0.00");
    let when = Format::new().set_num_format("yyyy-mm-dd hh:mm:ss");
    for (c, title) in headers.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, title, &bold)?;
    }
    for (i, t) in list.iter().enumerate() {
        let r = i as u32 + 1;
        let stamp = t.timestamp.as_deref().unwrap_or_default();
        match chrono::NaiveDateTime::parse_from_str(stamp, DATE_TIME_FORMAT) {
            Ok(_) => match ExcelDateTime::parse_from_str(stamp) {
                Ok(d) => {
                    sheet.write_datetime_with_format(r, 0, &d, &when)?;
                }
                Err(_) => {
                    sheet.write_string(r, 0, stamp)?;
                }
            },
            Err(_) => {
                sheet.write_string(r, 0, stamp)?;
            }
        }
        for (c, text) in [(1, &t.kind), (2, &t.subtype), (3, &t.description)] {
            sheet.write_string(r, c, text.as_deref().unwrap_or_default())?;
        }
        let numbers = [
            t.amount,
            t.old_balance,
            t.new_balance,
            t.bonus_amount,
            t.old_bonus,
            t.new_bonus,
        ];
        for (k, v) in numbers.into_iter().enumerate() {
            if let Some(v) = v {
                sheet.write_number_with_format(r, 4 + k as u16, v, &money)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, list.len() as u32, 9)?;
    for (c, width) in [20.0, 16.0, 14.0, 40.0, 12.0, 14.0, 14.0, 13.0, 12.0, 12.0]
        .into_iter()
        .enumerate()
    {
        sheet.set_column_width(c as u16, width)?;
    }
    Ok(workbook.save_to_buffer()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_back_with_numbers_and_dates() {
        let t = Transaction {
            description: Some("Monthly tariff fee".into()),
            kind: Some("tariff_charge".into()),
            subtype: Some("monthly".into()),
            timestamp: Some("2026-11-23 18:50:29".into()),
            amount: Some(-33.76),
            old_balance: Some(43.77),
            new_balance: Some(10.01),
            bonus_amount: Some(0.0),
            old_bonus: Some(0.0),
            new_bonus: Some(0.0),
            ..Default::default()
        };
        let headers = [
            "Date",
            "Type",
            "Subtype",
            "Description",
            "Amount",
            "Old balance",
            "New balance",
            "Bonus",
            "Old bonus",
            "New bonus",
        ]
        .map(String::from);
        let bytes = write_transactions_xlsx(&headers, &[t]).unwrap();
        let table = crate::import::read_table("t.xlsx", &bytes).unwrap();
        assert_eq!(table.rows[0][0], "Date");
        assert_eq!(table.rows[1][0], "2026-11-23 18:50:29", "a real date cell");
        assert_eq!(table.rows[1][3], "Monthly tariff fee");
        assert_eq!(
            (table.rows[1][4].as_str(), table.rows[1][6].as_str()),
            ("-33.76", "10.01"),
            "numbers, not text"
        );
    }
}
