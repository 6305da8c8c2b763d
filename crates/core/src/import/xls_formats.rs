//! What calamine keeps to itself in an `.xls` file: each number cell's
//! format. A discount Excel or LibreOffice shows as 7.5 % is stored as
//! 0.075 and a zip code shown 012345 as 12345; XLSX and ODS readers see
//! the format, and so does this one, from the BIFF8 records of the
//! workbook stream: FORMAT (a code by number), XF (a style, naming its
//! format) and the number cells (NUMBER, RK, MULRK, FORMULA), each naming
//! its XF. Only cells whose format changes their meaning are reported.
//!
//! Reading is defensive: a record cut short, an encrypted file or a sheet
//! not found gives fewer (or no) cells, never a panic; the cell count is
//! bounded as the caller asks.

use super::read::{Shown, shown_by, shown_number};
use std::collections::HashMap;
use std::io::{Cursor, Read};

const BOF: u16 = 0x0809;
const EOF: u16 = 0x000A;
const FILEPASS: u16 = 0x002F;
const BOUNDSHEET: u16 = 0x0085;
const FORMAT: u16 = 0x041E;
const XF: u16 = 0x00E0;
const NUMBER: u16 = 0x0203;
const RK: u16 = 0x027E;
const MULRK: u16 = 0x00BD;
const FORMULA: u16 = 0x0006;

/// The number cells of sheet `sheet` whose format changes what they mean,
/// as (row, column) from 0 and the text the format shows. Empty when the
/// file cannot be read so (the caller then says formats are unknown).
pub fn shown_cells(
    bytes: &[u8],
    sheet: &str,
    max_cells: usize,
) -> Option<Vec<((u32, u32), String)>> {
    let stream = workbook_stream(bytes)?;
    let records = Records::new(&stream);
    let mut formats: HashMap<u16, Shown> = HashMap::new();
    let mut styles: Vec<Shown> = Vec::new();
    let mut sheet_at = None;
    for (kind, data) in records {
        match kind {
            FILEPASS => return None, // encrypted: nothing readable
            FORMAT => {
                if let (Some(id), Some(code)) = (u16_at(data, 0), unicode_string(data, 2)) {
                    formats.insert(id, shown_by(Some(&code)));
                }
            }
            XF => {
                let id = u16_at(data, 2).unwrap_or(0);
                styles.push(formats.get(&id).copied().unwrap_or_else(|| built_in(id)));
            }
            BOUNDSHEET => {
                let name = short_unicode_string(data, 6);
                if name.as_deref() == Some(sheet) {
                    sheet_at = u32_at(data, 0).map(|at| at as usize);
                }
            }
            EOF => break, // the globals end here
            _ => {}
        }
    }
    let at = sheet_at.filter(|at| *at < stream.len())?;
    let style = |xf: Option<u16>| xf.and_then(|i| styles.get(i as usize).copied());
    let mut cells = Vec::new();
    let shown_cell = |row: Option<u16>, col: Option<u16>, xf: Option<u16>, value: Option<f64>| {
        let (r, c, shown, v) = (row?, col?, style(xf)?, value?);
        (shown != Shown::Plain && v.is_finite())
            .then(|| ((u32::from(r), u32::from(c)), shown_number(v, shown)))
    };
    for (kind, data) in Records::new(&stream[at..]).skip(1) {
        let (row, col, xf) = (u16_at(data, 0), u16_at(data, 2), u16_at(data, 4));
        match kind {
            NUMBER => cells.extend(shown_cell(row, col, xf, f64_at(data, 6))),
            RK => cells.extend(shown_cell(row, col, xf, u32_at(data, 6).map(rk))),
            FORMULA => cells.extend(shown_cell(row, col, xf, formula_number(data))),
            MULRK => {
                // First column, then (XF, RK) pairs, then the last column.
                let pairs = data.len().saturating_sub(6) / 6;
                for i in 0..pairs {
                    let at = 4 + i * 6;
                    let c = col.map(|c| c.saturating_add(i as u16));
                    cells.extend(shown_cell(
                        row,
                        c,
                        u16_at(data, at),
                        u32_at(data, at + 2).map(rk),
                    ));
                }
            }
            BOF | EOF => break, // the sheet ends (or a chart inside it begins)
            _ => {}
        }
        if cells.len() > max_cells {
            return None;
        }
    }
    Some(cells)
}

/// Excel's built-in formats that matter here, used without a FORMAT record.
fn built_in(id: u16) -> Shown {
    match id {
        9 | 10 => Shown::Percent, // 0%, 0.00%
        _ => Shown::Plain,
    }
}

fn workbook_stream(bytes: &[u8]) -> Option<Vec<u8>> {
    let mut file = cfb::CompoundFile::open(Cursor::new(bytes)).ok()?;
    let mut stream = Vec::new();
    let mut s = file
        .open_stream("/Workbook")
        .or_else(|_| file.open_stream("/Book"))
        .ok()?;
    s.read_to_end(&mut stream).ok()?;
    Some(stream)
}

/// The records of a BIFF stream: (type, data), a record cut short ending it.
struct Records<'a> {
    stream: &'a [u8],
    at: usize,
}

impl<'a> Records<'a> {
    fn new(stream: &'a [u8]) -> Self {
        Self { stream, at: 0 }
    }
}

impl<'a> Iterator for Records<'a> {
    type Item = (u16, &'a [u8]);

    fn next(&mut self) -> Option<Self::Item> {
        let kind = u16_at(self.stream, self.at)?;
        let len = u16_at(self.stream, self.at + 2)? as usize;
        let start = self.at + 4;
        let data = self.stream.get(start..start + len)?;
        self.at = start + len;
        Some((kind, data))
    }
}

fn u16_at(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_le_bytes(data.get(at..at + 2)?.try_into().ok()?))
}

fn u32_at(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_le_bytes(data.get(at..at + 4)?.try_into().ok()?))
}

fn f64_at(data: &[u8], at: usize) -> Option<f64> {
    Some(f64::from_le_bytes(data.get(at..at + 8)?.try_into().ok()?))
}

/// An RK number: 30 bits of an integer or of a double's high part, maybe
/// divided by 100.
fn rk(v: u32) -> f64 {
    let n = if v & 0x02 != 0 {
        f64::from((v as i32) >> 2)
    } else {
        f64::from_bits(u64::from(v & 0xFFFF_FFFC) << 32)
    };
    if v & 0x01 != 0 { n / 100.0 } else { n }
}

/// A FORMULA's saved result when it is a number (text, booleans and errors
/// are marked by 0xFFFF in the last two bytes of the result).
fn formula_number(data: &[u8]) -> Option<f64> {
    if u16_at(data, 12)? == 0xFFFF {
        return None;
    }
    f64_at(data, 6)
}

/// XLUnicodeString: a 16-bit count, flags, then 8-bit or UTF-16 characters.
fn unicode_string(data: &[u8], at: usize) -> Option<String> {
    let count = u16_at(data, at)? as usize;
    string_chars(data, at + 2, count)
}

/// ShortXLUnicodeString: an 8-bit count, flags, then the characters.
fn short_unicode_string(data: &[u8], at: usize) -> Option<String> {
    let count = *data.get(at)? as usize;
    string_chars(data, at + 1, count)
}

fn string_chars(data: &[u8], flags_at: usize, count: usize) -> Option<String> {
    let wide = data.get(flags_at)? & 0x01 != 0;
    let start = flags_at + 1;
    if wide {
        let bytes = data.get(start..start + count * 2)?;
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|b| u16::from_le_bytes([b[0], b[1]]))
            .collect();
        Some(String::from_utf16_lossy(&units))
    } else {
        // "Compressed": each byte is a UTF-16 unit below 256 (Latin-1).
        Some(
            data.get(start..start + count)?
                .iter()
                .map(|&b| char::from(b))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rk_numbers_decode_as_biff_says() {
        assert_eq!(rk((12345 << 2) | 0x02), 12345.0);
        assert_eq!(rk((750 << 2) | 0x03), 7.5);
        let high = (0.5f64.to_bits() >> 32) as u32;
        assert_eq!(rk(high), 0.5);
    }

    #[test]
    fn damaged_or_foreign_bytes_give_nothing_and_never_panic() {
        assert_eq!(shown_cells(b"not a compound file", "Sheet1", 10), None);
        assert_eq!(shown_cells(&[], "Sheet1", 10), None);
        let cut = [0x1E, 0x04, 0xFF, 0x00, 0x01];
        assert_eq!(Records::new(&cut).count(), 0);
    }
}
