//! Bytes of a file → a table of trimmed text cells, the way a person means
//! them: `11230.0` reads as "11230", a date cell as `2050-12-31`, a formula by
//! its cached value.

use calamine::{Data, DataRef, Reader, Xlsx};
use std::borrow::Cow;
use std::io::{Cursor, Read, Seek};

/// Rows and columns read at most. Far beyond what Navixy takes (10,000 rows
/// of 27 columns), low enough that a hostile sheet (a cell at XFD1048576, a
/// million rows) cannot exhaust memory: reading stops with a clear error.
pub const READ_ROWS_MAX: u32 = 200_000;
pub const READ_COLUMNS_MAX: u32 = 256;
/// What the parts of a zip-based file (XLSX, ODS) may unpack to in all: a
/// 10 MB workbook unpacks to about 150 MB; a zip bomb declares far more.
pub const UNPACKED_BYTES_MAX: u64 = 512 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Csv,
    Xlsx,
    Xls,
    Ods,
}

impl FileKind {
    /// From the file name's extension.
    pub fn from_name(name: &str) -> Option<Self> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        match ext.as_str() {
            "csv" | "txt" => Some(Self::Csv),
            "xlsx" | "xlsm" => Some(Self::Xlsx),
            "xls" => Some(Self::Xls),
            "ods" => Some(Self::Ods),
            _ => None,
        }
    }

    /// From the first bytes: a zip (XLSX/ODS) or an OLE2 compound file (XLS).
    pub fn sniff(bytes: &[u8]) -> Option<Self> {
        if bytes.starts_with(b"PK\x03\x04") {
            Some(Self::Xlsx)
        } else if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
            Some(Self::Xls)
        } else {
            None
        }
    }
}

/// How a CSV file was read, worth telling the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDialect {
    Semicolon,
    Comma,
    Tab,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    Windows1251,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Every row of the first sheet, header included; cells trimmed.
    pub rows: Vec<Vec<String>>,
    /// Set for CSV files.
    pub csv: Option<(CsvDialect, TextEncoding)>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is not a spreadsheet this program can read: {0}")]
    Unreadable(String),
    #[error("the spreadsheet has no sheets")]
    NoSheet,
    /// More rows than [`READ_ROWS_MAX`], or parts that unpack to more than
    /// [`UNPACKED_BYTES_MAX`].
    #[error("the spreadsheet is too big to read")]
    TooBig,
}

/// Reads a file. The kind comes from its content where that is unambiguous,
/// otherwise from its name; anything unknown is tried as CSV.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Table, ReadError> {
    let by_name = FileKind::from_name(file_name);
    let kind = match (FileKind::sniff(bytes), by_name) {
        (Some(FileKind::Xlsx), Some(FileKind::Ods)) => FileKind::Ods,
        (Some(sniffed), _) => sniffed,
        (None, Some(FileKind::Csv) | None) => FileKind::Csv,
        (None, Some(other)) => {
            return Err(ReadError::Unreadable(format!(
                "{other:?} expected, but the content is not"
            )));
        }
    };
    // calamine panics on some damaged workbooks (fuzzing found a shared-string
    // index past the end of the table): a damaged file is a problem to
    // report, never a crash of the thread reading it.
    std::panic::catch_unwind(|| match kind {
        FileKind::Csv => read_csv(bytes),
        FileKind::Xlsx => read_xlsx(bytes),
        FileKind::Ods => check_unpacked_size(bytes).and_then(|()| read_spreadsheet(bytes)),
        FileKind::Xls => read_spreadsheet(bytes),
    })
    .unwrap_or_else(|_| Err(ReadError::Unreadable("the file is damaged".into())))
}

/// Refuses a zip whose parts declare more than `limit` bytes in all.
fn check_declared_size(bytes: &[u8], limit: u64) -> Result<(), ReadError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let mut total: u64 = 0;
    for i in 0..archive.len() {
        let part = archive
            .by_index_raw(i)
            .map_err(|e| ReadError::Unreadable(e.to_string()))?;
        total = total.saturating_add(part.size());
    }
    if total > limit {
        return Err(ReadError::TooBig);
    }
    Ok(())
}

/// Refuses a zip whose parts declare more than [`UNPACKED_BYTES_MAX`].
fn check_unpacked_size(bytes: &[u8]) -> Result<(), ReadError> {
    check_declared_size(bytes, UNPACKED_BYTES_MAX)
}

/// XLSX cell by cell, as stored (sparse): calamine's own range would first
/// make a dense rectangle from the first cell to the last, which a hostile
/// sheet makes astronomically large, and copy every shared string into it.
/// Rows and columns start at the first non-empty ones, as a range does.
fn read_xlsx(bytes: &[u8]) -> Result<Table, ReadError> {
    read_xlsx_within(bytes, UNPACKED_BYTES_MAX)
}

/// [`read_xlsx`] with the unpacked-size limit given (tests use a small one).
/// calamine keeps the shared strings (and a text node) whole in memory, so a
/// part that unpacks to gigabytes would fill it. The declared sizes are
/// checked here; a part that declares less than it holds is cut off by the
/// zip crate as soon as it passes its declared size (a damaged file).
#[doc(hidden)]
pub fn read_xlsx_within(bytes: &[u8], limit: u64) -> Result<Table, ReadError> {
    check_declared_size(bytes, limit)?;
    read_xlsx_cells(Cursor::new(bytes))
}

fn read_xlsx_cells<RS: Read + Seek>(file: RS) -> Result<Table, ReadError> {
    let unreadable = |e: calamine::XlsxError| ReadError::Unreadable(e.to_string());
    let mut workbook: Xlsx<_> = Xlsx::new(file).map_err(unreadable)?;
    let first = workbook
        .sheet_names()
        .first()
        .cloned()
        .ok_or(ReadError::NoSheet)?;
    let mut reader = workbook
        .worksheet_cells_reader(&first)
        .map_err(unreadable)?;
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    let (mut top, mut left) = (u32::MAX, u32::MAX);
    let mut in_order = true;
    while let Some(cell) = reader.next_cell().map_err(unreadable)? {
        let (r, c) = cell.get_position();
        if c >= READ_COLUMNS_MAX {
            continue; // far right of anything an import uses
        }
        let text = cell_ref_text(cell.get_value());
        if text.is_empty() {
            continue; // formatted but empty: not part of the table
        }
        if r >= READ_ROWS_MAX {
            return Err(ReadError::TooBig);
        }
        in_order &= cells.last().is_none_or(|&(pr, pc, _)| (pr, pc) < (r, c));
        top = top.min(r);
        left = left.min(c);
        cells.push((r, c, text));
    }
    if !in_order {
        cells.sort_by_key(|&(r, c, _)| (r, c));
    }
    let mut rows: Vec<Vec<String>> = Vec::new();
    for (r, c, text) in cells {
        let (r, c) = ((r - top) as usize, (c - left) as usize);
        if rows.len() <= r {
            rows.resize_with(r + 1, Vec::new);
        }
        let row = &mut rows[r];
        if row.len() <= c {
            row.resize_with(c + 1, String::new);
        }
        row[c] = text;
    }
    Ok(Table { rows, csv: None })
}

fn cell_ref_text(cell: &DataRef) -> String {
    match cell {
        DataRef::SharedString(s) => s.trim().to_owned(),
        DataRef::String(s) => s.trim().to_owned(),
        other => cell_text(&Data::from(other.clone())),
    }
}

/// The file as text, borrowed when it is UTF-8 already (no copy of a 10 MB file).
fn decode_text(bytes: &[u8]) -> (Cow<'_, str>, TextEncoding) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (Cow::Borrowed(s), TextEncoding::Utf8),
        // Russian Excel saves CSV in Windows-1251; every byte decodes there.
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1251.decode(bytes);
            (text, TextEncoding::Windows1251)
        }
    }
}

/// `;` is Navixy's separator; a file without one in its header uses
/// whichever of `,` and tab its header has more of.
fn detect_dialect(text: &str) -> CsvDialect {
    let header = text.lines().next().unwrap_or_default();
    let count = |c: char| header.matches(c).count();
    if count(';') > 0 || (count(',') == 0 && count('\t') == 0) {
        CsvDialect::Semicolon
    } else if count('\t') > count(',') {
        CsvDialect::Tab
    } else {
        CsvDialect::Comma
    }
}

fn read_csv(bytes: &[u8]) -> Result<Table, ReadError> {
    let (text, encoding) = decode_text(bytes);
    if text.contains('\0') {
        return Err(ReadError::Unreadable("binary content".into()));
    }
    let dialect = detect_dialect(&text);
    let delimiter = match dialect {
        CsvDialect::Semicolon => b';',
        CsvDialect::Comma => b',',
        CsvDialect::Tab => b'\t',
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<Vec<String>> = Vec::new();
    // The csv crate skips blank lines; a spreadsheet shows them as empty rows.
    // They are put back so line numbers match what the operator sees in Excel.
    // A record's position is where the one before it ended, blank lines included.
    let bytes = text.as_bytes();
    for record in reader.records() {
        let record = record.map_err(|e| ReadError::Unreadable(e.to_string()))?;
        let start = record.position().map_or(0, |p| p.byte() as usize);
        let blank_lines = bytes
            .get(start..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| matches!(b, b'\n' | b'\r'))
            .filter(|b| **b == b'\n')
            .count();
        rows.extend(std::iter::repeat_n(Vec::new(), blank_lines));
        rows.push(record.iter().map(|c| c.trim().to_owned()).collect());
    }
    Ok(Table {
        rows,
        csv: Some((dialect, encoding)),
    })
}

fn read_spreadsheet(bytes: &[u8]) -> Result<Table, ReadError> {
    let mut workbook = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or(ReadError::NoSheet)?
        .map_err(|e| ReadError::Unreadable(e.to_string()))?;
    let rows = range
        .rows()
        .map(|row| row.iter().map(cell_text).collect())
        .collect();
    Ok(Table { rows, csv: None })
}

/// A cell as the text a person typed or sees.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.trim().to_owned(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "1" } else { "0" }.to_owned(),
        Data::Float(f) => number_text(*f),
        Data::DateTime(dt) => match dt.as_datetime() {
            Some(d) if d.time() == chrono::NaiveTime::MIN => {
                d.date().format("%Y-%m-%d").to_string()
            }
            Some(d) => d.format("%Y-%m-%d %H:%M:%S").to_string(),
            None => dt.as_f64().to_string(),
        },
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.trim().to_owned(),
    }
}

/// Whole numbers without the `.0` spreadsheets add (zip codes, phones, statuses).
pub fn number_text(f: f64) -> String {
    if f.is_finite() && f.fract() == 0.0 && f.abs() < 1e15 {
        format!("{}", f as i64)
    } else {
        format!("{f}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_dialects_and_encodings() {
        let t = read_table("a.csv", "\u{feff}a;b\n\"x;1\";\"line\nbreak\"\n".as_bytes()).unwrap();
        assert_eq!(t.rows, vec![vec!["a", "b"], vec!["x;1", "line\nbreak"]]);
        assert_eq!(t.csv, Some((CsvDialect::Semicolon, TextEncoding::Utf8)));
        let t = read_table("a.csv", b"a,b\n1,2\n").unwrap();
        assert_eq!(t.csv.unwrap().0, CsvDialect::Comma);
        let t = read_table("a.csv", b"a\tb\n1\t2\n").unwrap();
        assert_eq!(t.csv.unwrap().0, CsvDialect::Tab);
        let (cp1251, _, _) = encoding_rs::WINDOWS_1251.encode("Фамилия;Имя\nИванов;Сергей\n");
        let t = read_table("ru.csv", &cp1251).unwrap();
        assert_eq!(t.rows[1], vec!["Иванов", "Сергей"]);
        assert_eq!(t.csv.unwrap().1, TextEncoding::Windows1251);
    }

    #[test]
    fn junk_with_a_spreadsheet_name_is_an_error_not_a_panic() {
        assert!(read_table("a.xlsx", b"PK\x03\x04garbage").is_err());
        assert!(read_table("a.xls", &[0xD0, 0xCF, 0x11, 0xE0, 1, 2, 3]).is_err());
        assert!(read_table("a.xlsx", b"hello").is_err());
    }

    #[test]
    fn numbers_read_as_people_mean_them() {
        assert_eq!(number_text(11230.0), "11230");
        assert_eq!(number_text(17189164558.0), "17189164558");
        assert_eq!(number_text(5.5), "5.5");
    }
}
