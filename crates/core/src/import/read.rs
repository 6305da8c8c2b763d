//! Bytes of a file → a table of trimmed text cells, the way a person means
//! them: `11230.0` reads as "11230", a date cell as `2050-12-31`, a formula by
//! its cached value.

use super::rows::find_header;
use crate::model::text;
use calamine::{Data, DataRef, Reader, Xlsx};
use encoding_rs::Encoding;
use std::borrow::Cow;
use std::io::Cursor;

/// Rows and columns read at most. Far beyond what Navixy takes (10,000 rows
/// of 27 columns), low enough that a hostile sheet (a cell at XFD1048576, a
/// million rows) cannot exhaust memory: reading stops with a clear error.
pub const READ_ROWS_MAX: u32 = 200_000;
/// XLSX's own last column (XFD): no column an import could use is cut off.
pub const READ_COLUMNS_MAX: u32 = 16_384;
/// Cells kept in all, empty ones inside a row included: a sheet with a far
/// column in every row would otherwise fill memory with empty cells. One
/// budget for every format (see `bounds`).
pub const READ_CELLS_MAX: usize = super::bounds::CELLS_MAX as usize;
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

/// The separator of a CSV file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CsvDialect {
    Semicolon,
    Comma,
    Tab,
}

impl CsvDialect {
    fn byte(self) -> u8 {
        match self {
            Self::Semicolon => b';',
            Self::Comma => b',',
            Self::Tab => b'\t',
        }
    }

    fn from_char(c: char) -> Option<Self> {
        match c {
            ';' => Some(Self::Semicolon),
            ',' => Some(Self::Comma),
            '\t' => Some(Self::Tab),
            _ => None,
        }
    }
}

/// How a CSV file was read, worth telling the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvSource {
    pub separator: CsvDialect,
    /// The encoding used (UTF-8, a BOM's, the detector's guess, or the operator's).
    pub encoding: &'static Encoding,
    /// True when the separator came from an Excel `sep=X` first line.
    pub sep_line: bool,
}

/// A sheet of a workbook, as the choice of sheets shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetInfo {
    pub name: String,
    pub hidden: bool,
    /// A users header within its first rows.
    pub has_header: bool,
}

/// Which sheet of a workbook was read, and what else it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetChoice {
    pub name: String,
    pub sheets: Vec<SheetInfo>,
}

impl SheetChoice {
    /// Visible sheets with a header besides the one read: the operator may want one of them.
    pub fn others_with_header(&self) -> impl Iterator<Item = &SheetInfo> {
        self.sheets
            .iter()
            .filter(|s| s.has_header && !s.hidden && s.name != self.name)
    }
}

/// What the reader could not take from a cell as the person meant it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// A formula whose result the file does not hold (scripts write none).
    FormulaNotSaved,
    /// The cell shows an error, e.g. `#N/A`.
    ErrorValue(String),
    /// Inside a merged region: only its first cell, on `line`, holds the value.
    Merged { line: usize },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CellNote {
    /// The column in the file, 0-based.
    pub column: usize,
    pub kind: NoteKind,
}

/// One row of the file: the line a spreadsheet program or text editor shows
/// for it, its cells as written (not trimmed: a password keeps its spaces),
/// and what the reader noticed about them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableRow {
    pub line: usize,
    pub cells: Vec<String>,
    pub notes: Vec<CellNote>,
}

impl TableRow {
    pub fn new(line: usize, cells: Vec<String>) -> Self {
        Self {
            line,
            cells,
            notes: Vec::new(),
        }
    }
}

impl AsRef<[String]> for TableRow {
    fn as_ref(&self) -> &[String] {
        &self.cells
    }
}

impl std::ops::Deref for TableRow {
    type Target = Vec<String>;
    fn deref(&self) -> &Vec<String> {
        &self.cells
    }
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// The non-empty rows of the sheet read (or of the CSV file), in order.
    pub rows: Vec<TableRow>,
    /// Set for CSV files.
    pub csv: Option<CsvSource>,
    /// Set for workbooks.
    pub sheet: Option<SheetChoice>,
    /// The reader cannot see number formats (XLS): a percent cell's 0.075
    /// cannot be told from a typed 0.075.
    pub percent_unknown: bool,
}

/// What the operator chose instead of what the reader would find itself.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReadOptions {
    /// The text encoding of a CSV file.
    pub encoding: Option<&'static Encoding>,
    /// The sheet of a workbook, by name.
    pub sheet: Option<String>,
}

#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReadError {
    #[error("the file is not a spreadsheet this program can read: {0}")]
    Unreadable(String),
    #[error("the spreadsheet has no sheets")]
    NoSheet,
    #[error("the spreadsheet has no sheet named {0:?}")]
    NoSuchSheet(String),
    /// More rows than [`READ_ROWS_MAX`], more cells than [`READ_CELLS_MAX`],
    /// or parts that unpack to more than [`UNPACKED_BYTES_MAX`].
    #[error("the spreadsheet is too big to read")]
    TooBig,
    /// The file would become more cells than the import takes
    /// ([`READ_CELLS_MAX`]), counted before any is made.
    #[error("this file has {cells} cells; the import takes at most {max}")]
    TooManyCells { cells: u64, max: u64 },
    /// A row wider than a sheet can be ([`READ_COLUMNS_MAX`]).
    #[error("a row of this file has {columns} columns; the import takes at most {max}")]
    TooManyColumns { columns: u64, max: u64 },
}

impl From<super::bounds::TooManyCells> for ReadError {
    fn from(t: super::bounds::TooManyCells) -> Self {
        ReadError::TooManyCells {
            cells: t.cells,
            max: super::bounds::CELLS_MAX,
        }
    }
}

/// Reads a file. The kind comes from its content where that is unambiguous,
/// otherwise from its name; anything unknown is tried as CSV.
pub fn read_table(file_name: &str, bytes: &[u8]) -> Result<Table, ReadError> {
    read_table_with(file_name, bytes, &ReadOptions::default())
}

/// [`read_table`] with the operator's choice of encoding or sheet.
pub fn read_table_with(
    file_name: &str,
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<Table, ReadError> {
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
        FileKind::Csv => read_csv(bytes, options.encoding),
        FileKind::Xlsx => {
            check_unpacked_size(bytes).and_then(|()| read_xlsx(bytes, options.sheet.as_deref()))
        }
        FileKind::Ods => check_unpacked_size(bytes)
            .and_then(|()| Ok(super::bounds::ods(bytes)?))
            .and_then(|()| read_spreadsheet(bytes, options.sheet.as_deref())),
        FileKind::Xls => super::bounds::xls(bytes)
            .map_err(ReadError::from)
            .and_then(|()| read_spreadsheet(bytes, options.sheet.as_deref())),
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

/// [`read_table`] of an XLSX file with the unpacked-size limit given (tests
/// use a small one). calamine keeps the shared strings (and a text node)
/// whole in memory, so a part that unpacks to gigabytes would fill it. The
/// declared sizes are checked here; a part that declares less than it holds
/// is cut off by the zip crate as soon as it passes its declared size.
#[doc(hidden)]
pub fn read_xlsx_within(bytes: &[u8], limit: u64) -> Result<Table, ReadError> {
    check_declared_size(bytes, limit)?;
    read_xlsx(bytes, None)
}

/// Rows read to tell whether a sheet has a users header (it must be within
/// the first 10 rows; a couple more for blank ones).
const PEEK_ROWS: u32 = 12;

/// XLSX cell by cell, as stored (sparse): calamine's own range would first
/// make a dense rectangle from the first cell to the last, which a hostile
/// sheet makes astronomically large, and copy every shared string into it.
///
/// The sheet: the one asked for; else the active one when it has a users
/// header; else the first visible one with a header; never a hidden one
/// unless asked for.
fn read_xlsx(bytes: &[u8], asked: Option<&str>) -> Result<Table, ReadError> {
    let unreadable = |e: calamine::XlsxError| ReadError::Unreadable(e.to_string());
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(unreadable)?;
    let mut meta = super::workbook::read_meta(bytes);
    if meta.sheets.is_empty() {
        // No workbook.xml we could read: calamine's list, all visible.
        meta.sheets = workbook
            .sheet_names()
            .into_iter()
            .map(|name| super::workbook::SheetMeta {
                name,
                hidden: false,
                part: None,
            })
            .collect();
    }
    if meta.sheets.is_empty() {
        return Err(ReadError::NoSheet);
    }
    // One visible sheet and none asked for: it is the one, no need to peek.
    let only = (asked.is_none() && meta.sheets.iter().filter(|s| !s.hidden).count() == 1)
        .then(|| meta.sheets.iter().position(|s| !s.hidden))
        .flatten();
    if let Some(i) = only {
        let rows = read_xlsx_sheet(&mut workbook, bytes, &meta.sheets[i], None)?;
        let sheets = meta
            .sheets
            .iter()
            .map(|s| SheetInfo {
                name: s.name.clone(),
                hidden: s.hidden,
                has_header: !s.hidden && find_header(&rows).is_some(),
            })
            .collect();
        return Ok(Table {
            rows,
            csv: None,
            percent_unknown: false,
            sheet: Some(SheetChoice {
                name: meta.sheets[i].name.clone(),
                sheets,
            }),
        });
    }
    let mut sheets = Vec::new();
    for s in &meta.sheets {
        let has_header = !s.hidden && {
            let peek = read_xlsx_sheet(&mut workbook, bytes, s, Some(PEEK_ROWS))?;
            find_header(&peek).is_some()
        };
        sheets.push(SheetInfo {
            name: s.name.clone(),
            hidden: s.hidden,
            has_header,
        });
    }
    let chosen = match asked {
        Some(name) => meta
            .sheets
            .iter()
            .position(|s| s.name == name)
            .ok_or_else(|| ReadError::NoSuchSheet(name.to_owned()))?,
        None => pick_sheet(&sheets, meta.active),
    };
    let rows = read_xlsx_sheet(&mut workbook, bytes, &meta.sheets[chosen], None)?;
    Ok(Table {
        rows,
        csv: None,
        percent_unknown: false,
        sheet: Some(SheetChoice {
            name: meta.sheets[chosen].name.clone(),
            sheets,
        }),
    })
}

/// The active sheet when it has a header, else the first visible one with
/// one, else the active (or first visible) one: its missing columns are then
/// what the preview reports.
fn pick_sheet(sheets: &[SheetInfo], active: usize) -> usize {
    let visible = |i: &usize| !sheets[*i].hidden;
    let active_ok = sheets.get(active).is_some_and(|s| !s.hidden);
    if active_ok && sheets[active].has_header {
        return active;
    }
    (0..sheets.len())
        .find(|i| sheets[*i].has_header)
        .or(active_ok.then_some(active))
        .or_else(|| (0..sheets.len()).find(visible))
        .unwrap_or(0)
}

/// How a number format shows a number, where that changes what it means.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Shown {
    Plain,
    /// `0%`, `0.0%`: 0.05 is shown (and meant) as 5.
    Percent,
    /// `00000`: 1234 is shown as 01234 (zip codes).
    ZeroPadded(usize),
}

pub(super) fn shown_by(code: Option<&str>) -> Shown {
    let Some(code) = code else {
        return Shown::Plain;
    };
    // The part for positive numbers, without quoted text and escapes.
    let section = code.split(';').next().unwrap_or_default();
    let mut plain = String::new();
    let mut quoted = false;
    let mut escaped = false;
    for c in section.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => quoted = !quoted,
            _ if quoted => {}
            c => plain.push(c),
        }
    }
    if plain.contains('%') {
        Shown::Percent
    } else if plain.len() >= 2 && plain.chars().all(|c| c == '0') {
        Shown::ZeroPadded(plain.len())
    } else {
        Shown::Plain
    }
}

/// One sheet's rows (at most `limit` rows from the top when given), with
/// merged regions and formulas without a saved value noted on their cells.
fn read_xlsx_sheet(
    workbook: &mut Xlsx<Cursor<&[u8]>>,
    bytes: &[u8],
    sheet: &super::workbook::SheetMeta,
    limit: Option<u32>,
) -> Result<Vec<TableRow>, ReadError> {
    let unreadable = |e: calamine::XlsxError| ReadError::Unreadable(e.to_string());
    let mut cells: Vec<(u32, u32, String)> = Vec::new();
    let mut errors: Vec<(u32, u32, String)> = Vec::new();
    let mut top = u32::MAX;
    {
        let mut reader = workbook
            .worksheet_cells_reader(&sheet.name)
            .map_err(unreadable)?;
        let shown: Vec<Shown> = reader
            .styles()
            .iter()
            .map(|s| shown_by(s.number_format.as_ref().map(|f| f.format_code.as_str())))
            .collect();
        while let Some((cell, style)) = reader.next_cell_with_style_id().map_err(unreadable)? {
            let (r, c) = cell.get_position();
            if limit.is_some_and(|n| top != u32::MAX && r >= top.saturating_add(n)) {
                break;
            }
            if c >= READ_COLUMNS_MAX {
                continue; // past XLSX's own last column: a damaged file
            }
            let value = cell.get_value();
            if let DataRef::Error(e) = value {
                errors.push((r, c, error_text(e)));
            }
            let text = cell_ref_text(value, shown.get(style).copied().unwrap_or(Shown::Plain));
            if text.is_empty() {
                continue; // formatted but empty: not part of the table
            }
            if r >= READ_ROWS_MAX {
                return Err(ReadError::TooBig);
            }
            top = top.min(r);
            cells.push((r, c, text));
        }
    }
    let (mut rows, left) = sparse_rows(cells)?;
    let mut notes: Vec<(u32, u32, NoteKind)> = errors
        .into_iter()
        .map(|(r, c, e)| (r, c, NoteKind::ErrorValue(e)))
        .collect();
    if limit.is_none() {
        let features = match sheet.part.as_deref() {
            Some(part) => super::workbook::sheet_features(bytes, part),
            None => super::workbook::SheetFeatures {
                formulas: true,
                merges: true,
            },
        };
        if features.formulas {
            let mut reader = workbook
                .worksheet_cells_reader(&sheet.name)
                .map_err(unreadable)?;
            while let Some(f) = reader.next_cell_with_formula().map_err(unreadable)? {
                let unsaved = matches!(f.value, DataRef::Empty)
                    || matches!(&f.value, DataRef::String(s) if s.is_empty());
                if f.formula.is_some() && unsaved && f.pos.1 < READ_COLUMNS_MAX {
                    notes.push((f.pos.0, f.pos.1, NoteKind::FormulaNotSaved));
                }
            }
        }
        if features.merges
            && let Ok(merged) = workbook.merge_cells_by_sheet_name(&sheet.name)
        {
            notes.extend(merged_notes(&merged)?);
        }
    }
    attach_notes(&mut rows, notes, left);
    Ok(rows)
}

/// A note on every cell a merged region covers but its first (top-left) one.
/// Their cells count against the one budget: 40 regions of 51 million
/// cells each would otherwise become notes one by one.
fn merged_notes(regions: &[calamine::Dimensions]) -> Result<Vec<(u32, u32, NoteKind)>, ReadError> {
    // A region over a whole column or row is formatting, not data.
    let is_data = |d: &&calamine::Dimensions| {
        d.end.0.saturating_sub(d.start.0) <= READ_ROWS_MAX
            && d.end.1.saturating_sub(d.start.1) <= 256
    };
    super::bounds::merged(
        regions
            .iter()
            .filter(is_data)
            .map(|d| (d.start.0, d.start.1, d.end.0, d.end.1)),
    )?;
    let mut notes = Vec::new();
    for d in regions.iter().filter(is_data) {
        let (r0, c0) = d.start;
        let (r1, c1) = d.end;
        for r in r0..=r1 {
            for c in c0..=c1.min(READ_COLUMNS_MAX - 1) {
                if (r, c) != (r0, c0) {
                    notes.push((
                        r,
                        c,
                        NoteKind::Merged {
                            line: r0 as usize + 1,
                        },
                    ));
                }
            }
        }
    }
    Ok(notes)
}

/// Puts notes (at sheet positions) on the rows they concern, whose cells
/// start at column `left`; a note on a row with nothing in it (a formula
/// without a value on its own) makes the row appear.
fn attach_notes(rows: &mut Vec<TableRow>, notes: Vec<(u32, u32, NoteKind)>, left: u32) {
    for (r, c, kind) in notes {
        let Some(c) = c.checked_sub(left) else {
            continue;
        };
        let line = r as usize + 1;
        let i = match rows.binary_search_by_key(&line, |row| row.line) {
            Ok(i) => i,
            Err(i) => {
                if matches!(kind, NoteKind::Merged { .. }) {
                    continue; // a merged cell on an otherwise empty row: nothing lost
                }
                rows.insert(i, TableRow::new(line, Vec::new()));
                i
            }
        };
        let row = &mut rows[i];
        if row.cells.len() <= c as usize {
            row.cells.resize_with(c as usize + 1, String::new);
        }
        row.notes.push(CellNote {
            column: c as usize,
            kind,
        });
    }
}

/// Cells (row, column, text) in any order → rows in order, each as wide as
/// its last cell; the line is the row's number as the spreadsheet shows it.
/// Columns start at the leftmost one used (returned).
fn sparse_rows(mut cells: Vec<(u32, u32, String)>) -> Result<(Vec<TableRow>, u32), ReadError> {
    if !cells
        .windows(2)
        .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1))
    {
        cells.sort_by_key(|&(r, c, _)| (r, c));
    }
    let left = cells.iter().map(|c| c.1).min().unwrap_or(0);
    let mut rows: Vec<TableRow> = Vec::new();
    let mut kept = 0usize;
    for (r, c, text) in cells {
        let line = r as usize + 1;
        if rows.last().is_none_or(|row| row.line != line) {
            rows.push(TableRow::new(line, Vec::new()));
        }
        let Some(row) = rows.last_mut() else { continue };
        let c = (c - left) as usize;
        if row.cells.len() <= c {
            kept += c + 1 - row.cells.len();
            if kept > READ_CELLS_MAX {
                return Err(ReadError::TooManyCells {
                    cells: kept as u64,
                    max: READ_CELLS_MAX as u64,
                });
            }
            row.cells.resize_with(c + 1, String::new);
        }
        row.cells[c] = text;
    }
    Ok((rows, left))
}

fn error_text(e: &calamine::CellErrorType) -> String {
    e.to_string()
}

fn cell_ref_text(cell: &DataRef, shown: Shown) -> String {
    match cell {
        DataRef::SharedString(s) => (*s).to_owned(),
        DataRef::String(s) => s.clone(),
        // An error shows nothing we could use: it becomes a note on the cell.
        DataRef::Error(_) => String::new(),
        DataRef::Float(f) => shown_number(*f, shown),
        DataRef::Int(i) => shown_number(*i as f64, shown),
        other => cell_text(&Data::from(other.clone())),
    }
}

/// A number as its cell format shows it: a percent format's 0.05 as "5",
/// a zero-padded zip code's 1234 as "01234".
pub(super) fn shown_number(f: f64, shown: Shown) -> String {
    match shown {
        Shown::Plain => number_text(f),
        // Rounded to the last digit a double holds for a percent, so that
        // 0.075 × 100 is 7.5, not 7.500000000000001.
        Shown::Percent => number_text((f * 100.0 * 1e9).round() / 1e9),
        Shown::ZeroPadded(width) if f.fract() == 0.0 && (0.0..1e15).contains(&f) => {
            format!("{:0width$}", f as i64)
        }
        Shown::ZeroPadded(_) => number_text(f),
    }
}

/// The file as text: in the operator's encoding when chosen; else by its BOM
/// (UTF-8, UTF-16 LE or BE); else UTF-8 when it is valid UTF-8 (borrowed: no
/// copy of a 10 MB file); else the encoding Firefox's detector (chardetng)
/// finds, which tells Western (Windows-1252) from Russian (Windows-1251) Excel.
fn decode_text<'a>(
    bytes: &'a [u8],
    forced: Option<&'static Encoding>,
) -> (Cow<'a, str>, &'static Encoding) {
    if let Some(encoding) = forced {
        let (text, used, _) = encoding.decode(bytes);
        return (text, used);
    }
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let rest = &bytes[bom..];
        if encoding == encoding_rs::UTF_8
            && let Ok(s) = simdutf8::basic::from_utf8(rest)
        {
            return (Cow::Borrowed(s), encoding);
        }
        let (text, _) = encoding.decode_without_bom_handling(rest);
        return (text, encoding);
    }
    // SIMD: a whole 10 MB file is checked in about a millisecond.
    if let Ok(s) = simdutf8::basic::from_utf8(bytes) {
        return (Cow::Borrowed(s), encoding_rs::UTF_8);
    }
    let mut detector = chardetng::EncodingDetector::new();
    detector.feed(bytes, true);
    let encoding = detector.guess(None, true);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    (text, encoding)
}

/// Lines looked at to find the separator (the header may be below a title).
const SNIFF_LINES: usize = 10;

/// `;` is Navixy's separator. Otherwise the one found on the most of the
/// first lines (a title line above the header has none), `;` winning ties,
/// then `,` then tab.
fn detect_dialect(text: &str) -> CsvDialect {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_LINES)
        .collect();
    let on = |c: char| lines.iter().filter(|l| l.contains(c)).count();
    let (semicolon, comma, tab) = (on(';'), on(','), on('\t'));
    if semicolon >= comma && semicolon >= tab && (semicolon > 0 || (comma == 0 && tab == 0)) {
        CsvDialect::Semicolon
    } else if comma >= tab {
        CsvDialect::Comma
    } else {
        CsvDialect::Tab
    }
}

/// Excel's `sep=;` first line names the separator; the rows start after it.
fn sep_line(text: &str) -> Option<(CsvDialect, usize)> {
    let end = text.find(['\r', '\n']).unwrap_or(text.len());
    let first = &text[..end];
    let c = first
        .strip_prefix("sep=")
        .or_else(|| first.strip_prefix("SEP="))?;
    let mut chars = c.chars();
    let separator = CsvDialect::from_char(chars.next()?)?;
    if chars.next().is_some() {
        return None;
    }
    let rest = text[end..]
        .strip_prefix("\r\n")
        .or_else(|| text[end..].strip_prefix('\n'))
        .or_else(|| text[end..].strip_prefix('\r'))
        .unwrap_or(&text[end..]);
    Some((separator, text.len() - rest.len()))
}

/// Line breaks in `bytes` as an editor counts them: CRLF once, a lone CR or LF once.
fn line_breaks(bytes: &[u8]) -> usize {
    let mut n = 0;
    // Just after the last CR: an LF there ends the same line.
    let mut after_cr = None;
    for i in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if bytes[i] == b'\r' {
            after_cr = Some(i + 1);
        } else if after_cr == Some(i) {
            continue;
        }
        n += 1;
    }
    n
}

fn read_csv(bytes: &[u8], forced: Option<&'static Encoding>) -> Result<Table, ReadError> {
    let (text, encoding) = decode_text(bytes, forced);
    if text.contains('\0') {
        return Err(ReadError::Unreadable("binary content".into()));
    }
    let (separator, skip, from_sep_line) = match sep_line(&text) {
        Some((separator, skip)) => (separator, skip, true),
        None => (detect_dialect(&text), 0, false),
    };
    let body = &text[skip..];
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(separator.byte())
        .has_headers(false)
        .flexible(true)
        .from_reader(body.as_bytes());
    let mut rows: Vec<TableRow> = Vec::new();
    // Each record's line is where it starts: the lines before it counted as
    // an editor counts them (CRLF, CR and LF alike; quoted line breaks and
    // blank lines, which the csv crate skips, included).
    let raw = body.as_bytes();
    let mut line = 1 + usize::from(from_sep_line);
    let mut counted_to = 0usize;
    let mut cells_read = 0u64;
    let mut record = csv::StringRecord::new();
    while reader
        .read_record(&mut record)
        .map_err(|e| ReadError::Unreadable(e.to_string()))?
    {
        // The one cell budget, and no row wider than a sheet can be: a
        // line of a million separators is refused, not laid out.
        cells_read += record.len() as u64;
        if record.len() > READ_COLUMNS_MAX as usize {
            return Err(ReadError::TooManyColumns {
                columns: record.len() as u64,
                max: READ_COLUMNS_MAX.into(),
            });
        }
        if cells_read > READ_CELLS_MAX as u64 {
            return Err(ReadError::TooManyCells {
                cells: cells_read,
                max: READ_CELLS_MAX as u64,
            });
        }
        // The csv crate's position is where the record before ended (at its
        // line break): the record itself starts after the breaks and blank lines.
        let ended = record
            .position()
            .map_or(0, |p| p.byte() as usize)
            .min(raw.len());
        let start = ended
            + raw[ended..]
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n'))
                .count();
        line += line_breaks(&raw[counted_to.min(start)..start]);
        counted_to = start;
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if cells.iter().all(|c| text::trim(c).is_empty()) {
            continue;
        }
        rows.push(TableRow::new(line, cells));
    }
    Ok(Table {
        rows,
        csv: Some(CsvSource {
            separator,
            encoding,
            sep_line: from_sep_line,
        }),
        sheet: None,
        percent_unknown: false,
    })
}

/// XLS and ODS through calamine's range of the chosen sheet (as for XLSX:
/// asked for, else the first visible one with a header).
fn read_spreadsheet(bytes: &[u8], asked: Option<&str>) -> Result<Table, ReadError> {
    let unreadable = |e: calamine::Error| ReadError::Unreadable(e.to_string());
    let mut workbook =
        calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).map_err(unreadable)?;
    let metadata: Vec<(String, bool)> = workbook
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible != calamine::SheetVisible::Visible))
        .collect();
    if metadata.is_empty() {
        return Err(ReadError::NoSheet);
    }
    let mut sheets = Vec::new();
    let mut ranges = Vec::new();
    for (name, hidden) in &metadata {
        let rows = if *hidden {
            Vec::new()
        } else {
            range_rows(workbook.worksheet_range(name).map_err(unreadable)?)
        };
        sheets.push(SheetInfo {
            name: name.clone(),
            hidden: *hidden,
            has_header: find_header(&rows).is_some(),
        });
        ranges.push(rows);
    }
    let chosen = match asked {
        Some(name) => metadata
            .iter()
            .position(|(n, _)| n == name)
            .ok_or_else(|| ReadError::NoSuchSheet(name.to_owned()))?,
        None => pick_sheet(&sheets, 0),
    };
    let mut rows = if sheets[chosen].hidden {
        range_rows(
            workbook
                .worksheet_range(&metadata[chosen].0)
                .map_err(unreadable)?,
        )
    } else {
        std::mem::take(&mut ranges[chosen])
    };
    let name = &metadata[chosen].0;
    let left = workbook_left(&mut workbook, name);
    let mut percent_unknown = false;
    match &workbook {
        calamine::Sheets::Xls(xls) => {
            if let Ok(merged) = xls.merge_cells_by_sheet_name(name) {
                attach_notes(&mut rows, merged_notes(&merged)?, left);
            }
            // calamine keeps an XLS cell's number format to itself: it is
            // read from the file's own records.
            match super::xls_formats::shown_cells(bytes, name, READ_CELLS_MAX) {
                Some(cells) => show_as_formatted(&mut rows, cells, left),
                None => percent_unknown = true,
            }
        }
        calamine::Sheets::Ods(_) => {
            let shown = super::workbook::ods_shown(bytes, name, READ_CELLS_MAX);
            show_as_formatted(&mut rows, shown.cells, left);
            let regions: Vec<calamine::Dimensions> = shown
                .merged
                .into_iter()
                .map(|(r0, c0, r1, c1)| calamine::Dimensions::new((r0, c0), (r1, c1)))
                .collect();
            attach_notes(&mut rows, merged_notes(&regions)?, left);
        }
        _ => {}
    }
    Ok(Table {
        percent_unknown,
        rows,
        csv: None,
        sheet: Some(SheetChoice {
            name: metadata[chosen].0.clone(),
            sheets,
        }),
    })
}

/// Puts each cell's text as its format shows it ((row, column) from 0 in
/// the sheet) in place of the plain number calamine gave.
fn show_as_formatted(
    rows: &mut [TableRow],
    cells: impl IntoIterator<Item = ((u32, u32), String)>,
    left: u32,
) {
    for ((r, c), text) in cells {
        let line = r as usize + 1;
        if let (Ok(i), Some(c)) = (
            rows.binary_search_by_key(&line, |row| row.line),
            c.checked_sub(left),
        ) && let Some(cell) = rows[i].cells.get_mut(c as usize)
        {
            *cell = text;
        }
    }
}

/// The first column of a sheet's range (its cells are numbered from it).
fn workbook_left(workbook: &mut calamine::Sheets<Cursor<&[u8]>>, name: &str) -> u32 {
    workbook
        .worksheet_range(name)
        .ok()
        .and_then(|r| r.start())
        .map_or(0, |(_, left)| left)
}

/// A dense range → its non-empty rows, numbered as the sheet shows them;
/// error cells become notes.
fn range_rows(range: calamine::Range<Data>) -> Vec<TableRow> {
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        let mut r = TableRow::new(top as usize + i + 1, row.iter().map(cell_text).collect());
        for (c, cell) in row.iter().enumerate() {
            if let Data::Error(e) = cell {
                r.notes.push(CellNote {
                    column: c,
                    kind: NoteKind::ErrorValue(error_text(e)),
                });
            }
        }
        if !r.notes.is_empty() || r.cells.iter().any(|c| !text::trim(c).is_empty()) {
            rows.push(r);
        }
    }
    rows
}

/// A cell as the text a person typed or sees.
pub fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) => s.clone(),
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
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
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
    fn line_breaks_count_as_an_editor_does() {
        for (text, n) in [
            ("", 0),
            ("a", 0),
            ("a\nb", 1),
            ("a\r\nb", 1),
            ("a\rb", 1),
            ("\r\r\n\n", 3),
            ("\n\r", 2),
            ("a\r\n\r\nb\r", 3),
        ] {
            assert_eq!(line_breaks(text.as_bytes()), n, "{text:?}");
        }
    }

    fn cells(t: &Table) -> Vec<Vec<&str>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(String::as_str).collect())
            .collect()
    }

    fn lines(t: &Table) -> Vec<usize> {
        t.rows.iter().map(|r| r.line).collect()
    }

    #[test]
    fn csv_dialects_and_encodings() {
        let t = read_table("a.csv", "\u{feff}a;b\n\"x;1\";\"line\nbreak\"\n".as_bytes()).unwrap();
        assert_eq!(cells(&t), vec![vec!["a", "b"], vec!["x;1", "line\nbreak"]]);
        let source = t.csv.unwrap();
        assert_eq!(
            (source.separator, source.encoding),
            (CsvDialect::Semicolon, encoding_rs::UTF_8)
        );
        let t = read_table("a.csv", b"a,b\n1,2\n").unwrap();
        assert_eq!(t.csv.unwrap().separator, CsvDialect::Comma);
        let t = read_table("a.csv", b"a\tb\n1\t2\n").unwrap();
        assert_eq!(t.csv.unwrap().separator, CsvDialect::Tab);
        let (cp1251, _, _) =
            encoding_rs::WINDOWS_1251.encode("Фамилия;Имя\nИванов;Сергей\nПетрова;Анна\n");
        let t = read_table("ru.csv", &cp1251).unwrap();
        assert_eq!(cells(&t)[1], vec!["Иванов", "Сергей"]);
        assert_eq!(t.csv.unwrap().encoding, encoding_rs::WINDOWS_1251);
        let (cp1252, _, _) =
            encoding_rs::WINDOWS_1252.encode("Name;City\nMüller;Zürich\nSørensen;Århus\n");
        let t = read_table("de.csv", &cp1252).unwrap();
        assert_eq!(cells(&t)[1], vec!["Müller", "Zürich"]);
        assert_eq!(t.csv.unwrap().encoding, encoding_rs::WINDOWS_1252);
        // The operator's choice wins.
        let forced = ReadOptions {
            encoding: Some(encoding_rs::WINDOWS_1251),
            sheet: None,
        };
        let t = read_table_with("de.csv", &cp1252, &forced).unwrap();
        assert_eq!(t.csv.unwrap().encoding, encoding_rs::WINDOWS_1251);
    }

    #[test]
    fn lines_are_the_lines_an_editor_shows() {
        for (text, expected) in [
            ("h;x\r\na;1\r\nb;2\r\n", vec![1, 2, 3]),
            ("h;x\ra;1\rb;2\r", vec![1, 2, 3]),
            ("h;x\r\na;1\nb;2\rc;3\r\n", vec![1, 2, 3, 4]),
            ("h;x\r\n\r\na;\"two\r\nlines\"\r\nb;2\r\n", vec![1, 3, 5]),
            ("\nh;x\na;1\n", vec![2, 3]),
        ] {
            let t = read_table("l.csv", text.as_bytes()).unwrap();
            assert_eq!(lines(&t), expected, "{text:?}");
        }
        let t = read_table("s.csv", b"sep=,\r\nh,x\r\na;b,1\r\n").unwrap();
        assert_eq!(lines(&t), vec![2, 3]);
        assert_eq!(cells(&t)[1], vec!["a;b", "1"]);
        assert!(t.csv.unwrap().sep_line);
    }

    #[test]
    fn number_formats_as_the_cell_shows_them() {
        assert_eq!(shown_number(0.05, Shown::Percent), "5");
        assert_eq!(shown_number(0.075, Shown::Percent), "7.5");
        assert_eq!(shown_number(1234.0, Shown::ZeroPadded(5)), "01234");
        assert_eq!(shown_number(1000.0, Shown::Plain), "1000");
        let format = |code: &str| shown_by(Some(code));
        assert_eq!(format("0%"), Shown::Percent);
        assert_eq!(format("0.0%;-0.0%"), Shown::Percent);
        assert_eq!(format("00000"), Shown::ZeroPadded(5));
        assert_eq!(format("\"%\"0"), Shown::Plain);
        assert_eq!(format("#,##0"), Shown::Plain);
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
