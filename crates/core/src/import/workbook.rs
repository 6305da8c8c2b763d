//! What calamine does not tell about an XLSX workbook: which sheet is the
//! active one (`workbookView/@activeTab`), and whether a sheet holds formulas
//! at all (so their saved values are looked for only where there are some).

use quick_xml::Reader;
use quick_xml::events::Event;
use std::io::{Cursor, Read};

/// The workbook's sheets in tab order, with each one's part in the zip.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WorkbookMeta {
    pub sheets: Vec<SheetMeta>,
    /// Index into `sheets` of the tab Excel shows on opening.
    pub active: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SheetMeta {
    pub name: String,
    pub hidden: bool,
    /// e.g. `xl/worksheets/sheet1.xml`
    pub part: Option<String>,
}

fn part_text(zip: &mut zip::ZipArchive<Cursor<&[u8]>>, name: &str) -> Option<Vec<u8>> {
    let mut file = zip.by_name(name).ok()?;
    let mut out = Vec::new();
    file.read_to_end(&mut out).ok()?;
    Some(out)
}

fn attr(e: &quick_xml::events::BytesStart, local: &str) -> Option<String> {
    e.attributes().flatten().find_map(|a| {
        (a.key.local_name().as_ref() == local).then(|| {
            a.normalized_value(quick_xml::XmlVersion::default())
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| a.value.to_string())
        })
    })
}

/// Reads `xl/workbook.xml` and its relationships. Anything missing or odd
/// gives what could be read (no active tab: the first).
pub fn read_meta(bytes: &[u8]) -> WorkbookMeta {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return WorkbookMeta::default();
    };
    let mut targets = std::collections::HashMap::new();
    if let Some(rels) = part_text(&mut zip, "xl/_rels/workbook.xml.rels") {
        let mut xml = Reader::from_reader(rels.as_slice());
        let mut buf = Vec::new();
        loop {
            match xml.read_event_into(&mut buf) {
                Ok(Event::Empty(e) | Event::Start(e))
                    if e.local_name().as_ref() == "Relationship" =>
                {
                    if let (Some(id), Some(target)) = (attr(&e, "Id"), attr(&e, "Target")) {
                        let part = match target.strip_prefix('/') {
                            Some(absolute) => absolute.to_owned(),
                            None => format!("xl/{target}"),
                        };
                        targets.insert(id, part);
                    }
                }
                Ok(Event::Eof) | Err(_) => break,
                _ => {}
            }
            buf.clear();
        }
    }
    let mut meta = WorkbookMeta::default();
    let Some(workbook) = part_text(&mut zip, "xl/workbook.xml") else {
        return meta;
    };
    let mut xml = Reader::from_reader(workbook.as_slice());
    let mut buf = Vec::new();
    loop {
        match xml.read_event_into(&mut buf) {
            Ok(Event::Empty(e) | Event::Start(e)) => match e.local_name().as_ref() {
                "sheet" => meta.sheets.push(SheetMeta {
                    name: attr(&e, "name").unwrap_or_default(),
                    hidden: attr(&e, "state").is_some_and(|s| s != "visible"),
                    part: attr(&e, "id").and_then(|id| targets.get(&id).cloned()),
                }),
                "workbookView" => {
                    meta.active = attr(&e, "activeTab")
                        .and_then(|t| t.parse().ok())
                        .unwrap_or(0);
                }
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    if meta.active >= meta.sheets.len() {
        meta.active = 0;
    }
    meta
}

/// What a sheet's XML holds that costs a second pass to read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetFeatures {
    /// A formula element (`<f>`, any prefix).
    pub formulas: bool,
    /// Merged regions (`<mergeCell`).
    pub merges: bool,
}

/// Looks for formulas and merged regions in the raw XML. Unpacking the part
/// and searching it costs a fraction of parsing it, and most files have
/// neither, so the passes that read them run only where they are needed.
pub fn sheet_features(bytes: &[u8], part: &str) -> SheetFeatures {
    let unknown = SheetFeatures {
        formulas: true,
        merges: true,
    };
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return unknown; // cannot tell: look
    };
    let Some(xml) = part_text(&mut zip, part) else {
        return unknown;
    };
    let formula = |tag: &[u8]| {
        memchr::memmem::find_iter(&xml, tag)
            .any(|i| matches!(xml.get(i + tag.len()), Some(b'>' | b' ' | b'/')))
    };
    SheetFeatures {
        formulas: formula(b"<f") || formula(b":f"),
        merges: memchr::memmem::find(&xml, b"mergeCell").is_some(),
    }
}

/// What an ODS sheet shows that calamine's values lose: a percentage cell's
/// value as the percent it shows (0.075 → "7.5"), a number shown with
/// leading zeros as its text ("012345"), and its merged regions.
#[derive(Debug, Default)]
pub struct OdsShown {
    /// (row, column) → the text to use, 0-based sheet positions.
    pub cells: std::collections::HashMap<(u32, u32), String>,
    /// Merged regions: (top, left, bottom, right).
    pub merged: Vec<(u32, u32, u32, u32)>,
}

/// Reads `content.xml` of an ODS file for the sheet `sheet`.
pub fn ods_shown(bytes: &[u8], sheet: &str, max_items: usize) -> OdsShown {
    let mut shown = OdsShown::default();
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return shown;
    };
    let Some(content) = part_text(&mut zip, "content.xml") else {
        return shown;
    };
    let mut xml = Reader::from_reader(content.as_slice());
    let mut buf = Vec::new();
    let (mut in_sheet, mut row, mut col) = (false, 0u32, 0u32);
    let mut row_repeat = 1u32;
    // The number cell being read: (row, column, repeat, value, text so far).
    let mut number: Option<(u32, u32, u32, f64, String)> = None;
    let number_of = |e: &quick_xml::events::BytesStart, n: &str| {
        attr(e, n)
            .and_then(|v| v.parse::<u32>().ok())
            .unwrap_or(1)
            .max(1)
    };
    loop {
        let event = xml.read_event_into(&mut buf);
        match event {
            Ok(Event::Start(ref e) | Event::Empty(ref e)) => {
                let empty = matches!(event, Ok(Event::Empty(_)));
                match e.local_name().as_ref() {
                    "table" => {
                        in_sheet = attr(e, "name").as_deref() == Some(sheet);
                        (row, col) = (0, 0);
                    }
                    "table-row" if in_sheet => {
                        col = 0;
                        row_repeat = number_of(e, "number-rows-repeated");
                        if empty {
                            row = row.saturating_add(row_repeat);
                        }
                    }
                    "table-cell" | "covered-table-cell" if in_sheet => {
                        let repeat = number_of(e, "number-columns-repeated");
                        let rows_spanned = number_of(e, "number-rows-spanned");
                        let cols_spanned = number_of(e, "number-columns-spanned");
                        if (rows_spanned > 1 || cols_spanned > 1) && shown.merged.len() < max_items
                        {
                            shown.merged.push((
                                row,
                                col,
                                row + rows_spanned - 1,
                                col + cols_spanned - 1,
                            ));
                        }
                        let value: Option<f64> = attr(e, "value").and_then(|v| v.parse().ok());
                        match (attr(e, "value-type").as_deref(), value) {
                            (Some("percentage"), Some(v)) => {
                                for c in col..col.saturating_add(repeat.min(1024)) {
                                    if shown.cells.len() < max_items {
                                        let percent = (v * 100.0 * 1e9).round() / 1e9;
                                        shown
                                            .cells
                                            .insert((row, c), super::read::number_text(percent));
                                    }
                                }
                            }
                            (Some("float"), Some(v)) if !empty => {
                                number = Some((row, col, repeat.min(1024), v, String::new()));
                            }
                            _ => {}
                        }
                        col = col.saturating_add(repeat);
                    }
                    _ => {}
                }
            }
            Ok(Event::Text(t)) => {
                if let Some((.., text)) = number.as_mut() {
                    text.push_str(t.as_ref());
                }
            }
            Ok(Event::End(ref e)) => match e.local_name().as_ref() {
                "table-cell" => {
                    if let Some((r, c, repeat, v, text)) = number.take() {
                        let text = text.trim();
                        // Only where the digits show zeros the number lost.
                        let zeros = text.len() > 1
                            && text.starts_with('0')
                            && text.bytes().all(|b| b.is_ascii_digit())
                            && text.parse::<f64>().ok() == Some(v);
                        if zeros {
                            for c in c..c.saturating_add(repeat) {
                                if shown.cells.len() < max_items {
                                    shown.cells.insert((r, c), text.to_owned());
                                }
                            }
                        }
                    }
                }
                "table-row" if in_sheet => row = row.saturating_add(row_repeat),
                "table" if in_sheet => break,
                _ => {}
            },
            Ok(Event::Eof) | Err(_) => break,
            _ => {}
        }
        buf.clear();
    }
    shown
}
