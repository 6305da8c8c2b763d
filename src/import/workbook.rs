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

/// True when the sheet's XML has a formula element (`<f>`, any prefix).
/// Unpacking the part costs a fraction of parsing it, and most files have
/// none, so the second pass that finds formulas without a value is rare.
pub fn has_formulas(bytes: &[u8], part: &str) -> bool {
    let Ok(mut zip) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return true; // cannot tell: look
    };
    let Some(xml) = part_text(&mut zip, part) else {
        return true;
    };
    xml.windows(3).any(|w| {
        (w[0] == b'<' || w[0] == b':') && w[1] == b'f' && matches!(w[2], b'>' | b' ' | b'/')
    })
}
