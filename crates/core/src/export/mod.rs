//! Writing spreadsheets: user lists as XLSX or CSV, transactions as XLSX.
//! Used by the sandbox's `panel/user/export` and by the app's exports (the
//! users list, the journal, a user's transactions). No UI.

mod transactions;
mod users;

pub use transactions::write_transactions_xlsx;
pub use users::{Cell, ExportError, write_csv, write_xlsx};

/// Text that a spreadsheet program would run as a formula (`=HYPERLINK(..)`,
/// `+cmd|..`) is written with a leading apostrophe, so it stays text. Excel
/// and LibreOffice look past leading spaces (a no-break space too) and take
/// the fullwidth signs of East Asian input as the ASCII ones.
pub fn neutralise_formula(text: &str) -> std::borrow::Cow<'_, str> {
    let first = text.trim_start_matches(|c: char| c.is_whitespace() && c != '\t' && c != '\r');
    let starts_formula = matches!(
        first.chars().next(),
        Some('=' | '+' | '-' | '@' | '\u{FF1D}' | '\u{FF0B}' | '\u{FF0D}' | '\u{FF20}')
    );
    if starts_formula || matches!(text.chars().next(), Some('\t' | '\r')) {
        format!("'{text}").into()
    } else {
        text.into()
    }
}

/// A CSV file made elsewhere (the server's export) written again the way
/// the panel writes its own: each cell through [`neutralise_formula`],
/// quoted where it holds the separator, a quote or a line break; the
/// header's names through `title`. The separator is the header's (`;` or
/// `,`); the file gets a BOM and CRLF line ends, as the panel's own CSVs
/// have, so Excel on Windows reads it as UTF-8. Read and written as a stream: only
/// the first line is held whole. An error that is not the disk's means the
/// file is not CSV the reader can take.
pub fn rewrite_csv<R, W>(
    mut from: R,
    to: W,
    title: impl Fn(&str) -> String,
) -> Result<(), csv::Error>
where
    R: std::io::BufRead,
    W: std::io::Write,
{
    let mut first_line = Vec::new();
    from.read_until(b'\n', &mut first_line)?;
    let header = first_line
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&first_line[..]);
    let separator = if header.contains(&b';') { b';' } else { b',' };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(std::io::Read::chain(
            std::io::Cursor::new(header.to_vec()),
            from,
        ));
    let mut to = to;
    to.write_all(b"\xEF\xBB\xBF")?;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(separator)
        .terminator(csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(to);
    let mut record = csv::StringRecord::new();
    let mut first = true;
    while reader.read_record(&mut record)? {
        if first {
            writer.write_record(record.iter().map(&title))?;
            first = false;
        } else {
            writer.write_record(record.iter().map(|c| neutralise_formula(c).into_owned()))?;
        }
    }
    writer.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_behind_spaces_or_in_fullwidth_are_text() {
        for cell in [
            "=1+1",
            " =1+1",
            "\u{a0}+cmd|' /C calc'!A0",
            "\u{FF1D}HYPERLINK(\"x\")",
            "\t=1",
            "@SUM(A1)",
            "\u{3000}-2+3",
        ] {
            assert!(neutralise_formula(cell).starts_with('\''), "{cell:?}");
        }
        for cell in ["Ann", "a=b", "5", " x", ""] {
            assert_eq!(neutralise_formula(cell), cell);
        }
    }

    #[test]
    fn a_servers_csv_is_written_again_safely() {
        let expected = "\u{feff}LOGIN;COMMENT\r\nann@example.com;\"'=HYPERLINK(\"\"http://x\"\")\"\r\nbo@example.com;\"a;b\"\r\n";
        // With or without a BOM, LF or CRLF: Excel's UTF-8 with CRLF.
        for from_server in [
            "\u{feff}login;comment\nann@example.com;=HYPERLINK(\"http://x\")\nbo@example.com;\"a;b\"\n",
            "login;comment\r\nann@example.com;=HYPERLINK(\"http://x\")\r\nbo@example.com;\"a;b\"\r\n",
        ] {
            let mut out = Vec::new();
            rewrite_csv(from_server.as_bytes(), &mut out, |h| h.to_uppercase()).unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), expected);
        }
    }
}
