//! How many cells a workbook will become before anything dense is made of
//! it. calamine turns an `.xls` or `.ods` sheet into a rectangle from its
//! first cell to its last (and reserves what an `.xls` DIMENSIONS record
//! declares), so a 7 KB file with one cell at row 65,535 asks for 137 GB,
//! which aborts the process where no panic handler can catch it. The
//! counts here come from the file's own records, read without building
//! anything, and are held to [`CELLS_MAX`].

use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The cells a file may become in all (every sheet, merged regions
/// included): 500 columns for each of Navixy's 10,000 rows, in under
/// 500 MB however they are filled.
pub const CELLS_MAX: u64 = 5_000_000;

/// Refused: the file would become `cells` cells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooManyCells {
    pub cells: u64,
}

fn within(cells: u64) -> Result<(), TooManyCells> {
    if cells > CELLS_MAX {
        Err(TooManyCells { cells })
    } else {
        Ok(())
    }
}

/// A rectangle's cells, corners included.
fn area(r0: u64, c0: u64, r1: u64, c1: u64) -> u64 {
    (r1.saturating_sub(r0) + 1).saturating_mul(c1.saturating_sub(c0) + 1)
}

/// The cells of merged regions (first, last row; first, last column).
pub fn merged(regions: impl IntoIterator<Item = (u32, u32, u32, u32)>) -> Result<(), TooManyCells> {
    let cells = regions.into_iter().fold(0u64, |sum, (r0, c0, r1, c1)| {
        sum.saturating_add(area(r0.into(), c0.into(), r1.into(), c1.into()))
    });
    within(cells)
}

/// A sheet's extent as its records tell it.
#[derive(Default)]
struct Extent {
    top: u64,
    left: u64,
    bottom: u64,
    right: u64,
    any: bool,
}

impl Extent {
    fn cell(&mut self, row: u64, col: u64) {
        if !self.any {
            (self.top, self.left, self.bottom, self.right) = (row, col, row, col);
            self.any = true;
        }
        self.top = self.top.min(row);
        self.left = self.left.min(col);
        self.bottom = self.bottom.max(row);
        self.right = self.right.max(col);
    }

    fn cells(&self) -> u64 {
        if self.any {
            area(self.top, self.left, self.bottom, self.right)
        } else {
            0
        }
    }
}

fn u16_at(data: &[u8], at: usize) -> Option<u64> {
    Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?).into())
}

fn u32_at(data: &[u8], at: usize) -> Option<u64> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?).into())
}

/// An `.xls` file: every sheet's rectangle of cells, what its DIMENSIONS
/// records declare and its merged regions. A file that is not a compound
/// file, or has no workbook stream, is left for calamine to refuse.
pub fn xls(bytes: &[u8]) -> Result<(), TooManyCells> {
    let Ok(mut file) = cfb::CompoundFile::open(Cursor::new(bytes)) else {
        return Ok(());
    };
    let mut stream = Vec::new();
    let read = match file.open_stream("/Workbook") {
        Ok(mut s) => s.read_to_end(&mut stream),
        Err(_) => match file.open_stream("/Book") {
            Ok(mut s) => s.read_to_end(&mut stream),
            Err(_) => return Ok(()),
        },
    };
    if read.is_err() {
        return Ok(());
    }
    let mut total = 0u64;
    let mut sheet = Extent::default();
    let mut at = 0usize;
    while let (Some(kind), Some(len)) = (u16_at(&stream, at), u16_at(&stream, at + 2)) {
        let start = at + 4;
        let end = (start + len as usize).min(stream.len());
        let data = &stream[start..end];
        at = end;
        let (row, col) = (u16_at(data, 0), u16_at(data, 2));
        match kind {
            // BOF: a new substream (the globals, then each sheet).
            0x0809 => {
                total = total.saturating_add(sheet.cells());
                sheet = Extent::default();
            }
            // DIMENSIONS: calamine reserves room for what it declares.
            0x0200 => {
                let declared = if data.len() >= 14 {
                    (
                        u32_at(data, 0),
                        u32_at(data, 4),
                        u16_at(data, 8),
                        u16_at(data, 10),
                    )
                } else {
                    (
                        u16_at(data, 0),
                        u16_at(data, 2),
                        u16_at(data, 4),
                        u16_at(data, 6),
                    )
                };
                if let (Some(r0), Some(r1), Some(c0), Some(c1)) = declared {
                    let declared = r1.saturating_sub(r0).saturating_mul(c1.saturating_sub(c0));
                    total = total.saturating_add(declared);
                }
            }
            // Cells of one value: FORMULA, LABELSST, NUMBER, RK, BOOLERR,
            // LABEL, RSTRING.
            0x0006 | 0x00FD | 0x0203 | 0x027E | 0x0205 | 0x0204 | 0x00D6 => {
                if let (Some(r), Some(c)) = (row, col) {
                    sheet.cell(r, c);
                }
            }
            // MULRK: a row of cells, its last column in the last two bytes.
            0x00BD => {
                if let (Some(r), Some(c), Some(last)) = (
                    row,
                    col,
                    data.len().checked_sub(2).and_then(|i| u16_at(data, i)),
                ) {
                    sheet.cell(r, c);
                    sheet.cell(r, last.max(c));
                }
            }
            // MERGEDCELLS: a count, then (first row, last row, first col, last col).
            0x00E5 => {
                let count = u16_at(data, 0).unwrap_or(0) as usize;
                for i in 0..count {
                    let field = |k: usize| u16_at(data, 2 + i * 8 + k * 2);
                    if let (Some(r0), Some(r1), Some(c0), Some(c1)) =
                        (field(0), field(1), field(2), field(3))
                    {
                        total = total.saturating_add(area(r0, c0, r1, c1));
                    }
                }
            }
            _ => {}
        }
        within(total.saturating_add(sheet.cells()))?;
    }
    within(total.saturating_add(sheet.cells()))
}

/// An `.ods` file: each table's rectangle from its first filled cell to its
/// last, with repeated rows and columns counted as calamine expands them,
/// and its spanned (merged) cells. Trailing empty repeats, which
/// LibreOffice writes for formatting, cost nothing.
pub fn ods(bytes: &[u8]) -> Result<(), TooManyCells> {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(());
    };
    let Ok(part) = zip.by_name("content.xml") else {
        return Ok(());
    };
    let mut xml = Reader::from_reader(std::io::BufReader::new(part));
    let mut buf = Vec::new();
    let number = |e: &quick_xml::events::BytesStart, name: &str| -> u64 {
        e.attributes()
            .flatten()
            .find(|a| a.key.local_name().as_ref() == name)
            .and_then(|a| a.value.parse().ok())
            .unwrap_or(1u64)
            .max(1)
    };
    let mut total = 0u64;
    let mut sheet = Extent::default();
    let (mut row, mut col, mut row_repeat) = (0u64, 0u64, 1u64);
    // The filled columns of the row being read, as (first, last).
    let mut filled: Option<(u64, u64)> = None;
    loop {
        let event = xml.read_event_into(&mut buf);
        match &event {
            Ok(Event::Start(e) | Event::Empty(e)) => match e.local_name().as_ref() {
                "table" => {
                    total = total.saturating_add(sheet.cells());
                    sheet = Extent::default();
                    (row, col) = (0, 0);
                }
                "table-row" => {
                    (col, filled) = (0, None);
                    row_repeat = number(e, "number-rows-repeated");
                    if matches!(event, Ok(Event::Empty(_))) {
                        row = row.saturating_add(row_repeat);
                    }
                }
                name @ ("table-cell" | "covered-table-cell") => {
                    let repeat = number(e, "number-columns-repeated");
                    let has_value =
                        e.attributes().flatten().any(|a| {
                            matches!(a.key.local_name().as_ref(), "value-type" | "formula")
                        }) || (name == "table-cell" && matches!(event, Ok(Event::Start(_))));
                    let spans = (
                        number(e, "number-rows-spanned"),
                        number(e, "number-columns-spanned"),
                    );
                    if spans != (1, 1) {
                        total = total.saturating_add(spans.0.saturating_mul(spans.1));
                    }
                    if has_value {
                        let last = col.saturating_add(repeat - 1);
                        filled = Some(filled.map_or((col, last), |(f, _)| (f, last)));
                    }
                    col = col.saturating_add(repeat);
                }
                _ => {}
            },
            Ok(Event::End(e)) if e.local_name().as_ref() == "table-row" => {
                if let Some((first, last)) = filled {
                    sheet.cell(row, first);
                    sheet.cell(row.saturating_add(row_repeat - 1), last);
                }
                row = row.saturating_add(row_repeat);
            }
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        within(total.saturating_add(sheet.cells()))?;
        buf.clear();
    }
    within(total.saturating_add(sheet.cells()))
}
