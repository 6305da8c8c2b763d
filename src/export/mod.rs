//! Writing spreadsheets: user lists as XLSX or CSV. Used by the sandbox's
//! `panel/user/export` and, later, by the app's own exports. No UI.

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
/// `,`), a BOM kept. None when the file is not CSV the reader can take.
pub fn rewrite_csv(bytes: &[u8], title: impl Fn(&str) -> String) -> Option<Vec<u8>> {
    let (bom, body) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let first_line = body.split(|b| *b == b'\n').next().unwrap_or_default();
    let separator = if first_line.contains(&b';') {
        b';'
    } else {
        b','
    };
    // Line ends as the file had them (Windows' CRLF stays CRLF).
    let terminator = if first_line.ends_with(b"\r") {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator)
        .has_headers(false)
        .flexible(true)
        .from_reader(body);
    let mut out = if bom {
        b"\xEF\xBB\xBF".to_vec()
    } else {
        Vec::new()
    };
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(separator)
            .terminator(terminator)
            .flexible(true)
            .from_writer(&mut out);
        for (i, record) in reader.records().enumerate() {
            let record = record.ok()?;
            if i == 0 {
                writer.write_record(record.iter().map(&title)).ok()?;
            } else {
                writer
                    .write_record(record.iter().map(|c| neutralise_formula(c).into_owned()))
                    .ok()?;
            }
        }
        writer.flush().ok()?;
    }
    Some(out)
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
        let from_server = "\u{feff}login;comment\nann@example.com;=HYPERLINK(\"http://x\")\nbo@example.com;\"a;b\"\n";
        let out = rewrite_csv(from_server.as_bytes(), |h| h.to_uppercase()).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert_eq!(
            out,
            "\u{feff}LOGIN;COMMENT\nann@example.com;\"'=HYPERLINK(\"\"http://x\"\")\"\nbo@example.com;\"a;b\"\n"
        );
    }
}
