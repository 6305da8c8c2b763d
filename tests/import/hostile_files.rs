//! Workbooks made to hurt: a zip bomb, a sheet with a cell a million rows
//! down, more rows than anyone imports, XML nested a hundred thousand deep,
//! a sheet part that is not XML. Each ends in a clear problem or a normal
//! read, never a panic or an exhausted machine. And exports write
//! formula-like text as text.

use navixy_panel::export::{Cell, write_csv, write_xlsx};
use navixy_panel::import::read::{READ_ROWS_MAX, ReadError, read_xlsx_within};
use navixy_panel::import::{FileProblem, Preview};
use rust_xlsxwriter::Workbook;
use std::io::{Cursor, Read, Write};

fn open(name: &str, bytes: &[u8]) -> Result<Preview, FileProblem> {
    Preview::open(name, bytes, &mut |_, _| {})
}

const HEADER: [&str; 6] = [
    "Email address*",
    "Password*",
    "Status*",
    "Legal status*",
    "Surname*",
    "Name*",
];

/// A valid one-user workbook.
fn small_workbook() -> Vec<u8> {
    let row = vec![
        Cell::Text("ann@example.com".into()),
        Cell::Text("secret12".into()),
        Cell::Number(1.0),
        Cell::Number(1.0),
        Cell::Text("Lee".into()),
        Cell::Text("Ann".into()),
    ];
    write_xlsx("Users", &HEADER, &[row]).unwrap()
}

/// The same workbook with one part replaced (stored uncompressed).
fn with_part(xlsx: &[u8], name: &str, content: &[u8]) -> Vec<u8> {
    let mut from = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for i in 0..from.len() {
        let mut part = from.by_index(i).unwrap();
        let part_name = part.name().expect("a name").into_owned();
        let mut bytes = Vec::new();
        if part_name == name {
            bytes.extend_from_slice(content);
        } else {
            part.read_to_end(&mut bytes).unwrap();
        }
        out.start_file(part_name, stored).unwrap();
        out.write_all(&bytes).unwrap();
    }
    out.finish().unwrap().into_inner()
}

fn sheet_part(xlsx: &[u8]) -> String {
    let mut zip = zip::ZipArchive::new(Cursor::new(xlsx)).unwrap();
    let mut part = zip.by_name("xl/worksheets/sheet1.xml").unwrap();
    let mut xml = String::new();
    part.read_to_string(&mut xml).unwrap();
    xml
}

#[test]
fn a_zip_that_declares_gigabytes_is_refused_before_unpacking() {
    let mut bytes = with_part(&small_workbook(), "xl/worksheets/sheet1.xml", b"<x/>");
    // Claim, in the central directory, that the sheet unpacks to 4 GB.
    let entry = bytes
        .windows(4)
        .position(|w| w == b"PK\x01\x02")
        .expect("a central directory");
    bytes[entry + 24..entry + 28].copy_from_slice(&0xFFFF_FFF0u32.to_le_bytes());
    assert_eq!(
        open("bomb.xlsx", &bytes).unwrap_err(),
        FileProblem::Unreadable(ReadError::TooBig)
    );
}

#[test]
fn a_part_that_lies_about_its_size_is_cut_off_while_reading() {
    // 8 MB of shared strings, deflated to a few kilobytes, declared as 100 bytes.
    let strings = format!(
        "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>{}</t></si></sst>",
        "A".repeat(8 * 1024 * 1024)
    );
    let mut from = zip::ZipArchive::new(Cursor::new(small_workbook())).unwrap();
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let deflated = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..from.len() {
        let mut part = from.by_index(i).unwrap();
        let name = part.name().expect("a name").into_owned();
        let mut bytes = Vec::new();
        part.read_to_end(&mut bytes).unwrap();
        out.start_file(name, deflated).unwrap();
        out.write_all(&bytes).unwrap();
    }
    // Our export writes strings inline (no table of its own): add one.
    assert!(from.by_name("xl/sharedStrings.xml").is_err());
    out.start_file("xl/sharedStrings.xml", deflated).unwrap();
    out.write_all(strings.as_bytes()).unwrap();
    let mut bytes = out.finish().unwrap().into_inner();
    assert!(bytes.len() < 200_000, "a bomb: {} bytes", bytes.len());
    // The central directory's entry for the strings: say 100 bytes.
    let mut at = 0;
    while let Some(p) = bytes[at..].windows(4).position(|w| w == b"PK\x01\x02") {
        let entry = at + p;
        let name_len = u16::from_le_bytes([bytes[entry + 28], bytes[entry + 29]]) as usize;
        if &bytes[entry + 46..entry + 46 + name_len] == b"xl/sharedStrings.xml" {
            bytes[entry + 24..entry + 28].copy_from_slice(&100u32.to_le_bytes());
        }
        at = entry + 4;
    }
    // The declared sizes pass a 1 MB limit; the real ones do not. The part is
    // cut off once it passes what it declared: a damaged file, whatever the
    // limit, and never 8 MB in memory.
    for limit in [1024 * 1024, 64 * 1024 * 1024] {
        let problem = read_xlsx_within(&bytes, limit).unwrap_err();
        assert!(
            matches!(&problem, ReadError::Unreadable(why) if why.contains("declared")),
            "{problem:?}"
        );
    }
    // Told the truth about its size, the same file reads within 64 MB (the
    // string is simply long) and is refused within 1 MB.
    let honest = with_part(&bytes, "xl/sharedStrings.xml", strings.as_bytes());
    assert!(read_xlsx_within(&honest, 64 * 1024 * 1024).is_ok());
    assert_eq!(
        read_xlsx_within(&honest, 1024 * 1024).unwrap_err(),
        ReadError::TooBig
    );
}

#[test]
fn more_rows_than_can_be_meant_stop_the_reading() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet_with_constant_memory().unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for r in 1..=READ_ROWS_MAX {
        sheet.write_number(r, 2, 1).unwrap();
    }
    let bytes = workbook.save_to_buffer().unwrap();
    assert_eq!(
        open("huge.xlsx", &bytes).unwrap_err(),
        FileProblem::Unreadable(ReadError::TooBig)
    );
}

#[test]
fn a_far_away_cell_does_not_make_a_giant_table() {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    for (c, h) in HEADER.iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    for (c, v) in ["ann@example.com", "secret12", "1", "1", "Lee", "Ann"]
        .iter()
        .enumerate()
    {
        sheet.write_string(1, c as u16, *v).unwrap();
    }
    // XFD1048576 with nothing in it, and far to the right of the users: both ignored.
    let format = rust_xlsxwriter::Format::new().set_bold();
    sheet.write_blank(1_048_575, 16_383, &format).unwrap();
    sheet.write_string(1, 5000, "stray").unwrap();
    let p = open("far.xlsx", &workbook.save_to_buffer().unwrap()).unwrap();
    assert_eq!(p.rows.len(), 1);
    assert!(p.rows[0].is_valid(), "{:?}", p.rows[0].problems);
}

#[test]
fn deeply_nested_or_broken_sheet_xml_is_a_problem_not_a_crash() {
    let nested = format!(
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>{}{}</sheetData></worksheet>",
        "<row>".repeat(100_000),
        "</row>".repeat(100_000)
    );
    let junk: Vec<u8> = (0..200_000u32).map(|i| (i * 7919 % 251) as u8).collect();
    for (name, content) in [
        ("nested.xlsx", nested.into_bytes()),
        ("junk.xlsx", junk),
        (
            "cut.xlsx",
            b"<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Em".to_vec(),
        ),
    ] {
        let bytes = with_part(&small_workbook(), "xl/worksheets/sheet1.xml", &content);
        match open(name, &bytes) {
            Err(FileProblem::Unreadable(_)) | Err(FileProblem::Empty) => {}
            other => panic!("{name}: {other:?}"),
        }
    }
}

/// Inputs the fuzzer (`fuzz/`, target `read_file`) crashed on; the first
/// byte chose the file name, as in the target.
#[test]
fn files_the_fuzzer_broke_are_problems_now() {
    const NAMES: [&str; 5] = ["users.csv", "users.xlsx", "users.xls", "users.ods", "users"];
    let found: [&[u8]; 1] = [include_bytes!("../fixtures/fuzz-shared-string-index.bin")];
    for data in found {
        let (pick, bytes) = data.split_first().unwrap();
        let name = NAMES[usize::from(*pick) % NAMES.len()];
        assert!(
            matches!(open(name, bytes), Err(FileProblem::Unreadable(_))),
            "{name}"
        );
    }
}

#[test]
fn exports_write_formula_like_text_as_text() {
    let hostile = [
        "=HYPERLINK(\"http://evil.example\",\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(A1:A9)",
    ];
    let rows: Vec<Vec<Cell>> = hostile
        .iter()
        .map(|s| vec![Cell::Text((*s).into())])
        .collect();
    let xlsx = write_xlsx("S", &["Name"], &rows).unwrap();
    let xml = sheet_part(&xlsx);
    assert!(!xml.contains("<f>"), "no formula in the sheet: {xml}");
    let table = navixy_panel::import::read_table("x.xlsx", &xlsx).unwrap();
    let read: Vec<&str> = table.rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(read, hostile, "the text itself, unchanged");

    let csv = String::from_utf8(write_csv(&["Name"], &rows).unwrap()).unwrap();
    for line in csv.lines().skip(1) {
        let first = line.trim_start_matches('"').chars().next();
        assert_eq!(first, Some('\''), "neutralised: {line}");
    }
}

#[test]
fn a_megabyte_cell_is_cleared_in_the_row_editor_not_laid_out() {
    use iced_test::simulator;
    use navixy_panel::model::import_columns::ImportColumn;
    use navixy_panel::model::validation::{NAME_MAX, Rule};
    use navixy_panel::ui::screen::Page;
    use navixy_panel::ui::screen::import::{self, Import};

    let big = "x".repeat(1_000_000);
    let text = format!(
        "Email address*;Password*;Status*;Legal status*;Surname*;Name*\n\
         anna@example.com;secret12;1;1;{big};Anna\n"
    );
    let mut screen = Import::new("big.csv".into());
    let preview = open("big.csv", text.as_bytes()).unwrap();
    let _ = screen.update(import::Message::Read(Ok(preview)));
    let _ = screen.update(import::Message::Select(0));
    let row = &screen.preview().unwrap().rows[0];
    assert_eq!(
        row.problems_in(ImportColumn::Surname)
            .map(|p| p.rule)
            .collect::<Vec<_>>(),
        [Rule::TooLong { max: NAME_MAX }]
    );
    let mut sim = simulator(screen.view());
    sim.find("1,000,000 characters: too long to edit here")
        .unwrap();
    sim.click("Clear").unwrap();
    let messages: Vec<import::Message> = sim.into_messages().collect();
    assert!(
        messages
            .iter()
            .any(|m| matches!(m, import::Message::Edit(ImportColumn::Surname, v) if v.is_empty())),
        "{messages:?}"
    );
    for m in messages {
        let _ = screen.update(m);
    }
    let row = &screen.preview().unwrap().rows[0];
    assert_eq!(row.cell(ImportColumn::Surname), "");
    assert!(
        row.problems_in(ImportColumn::Surname).next().is_some(),
        "a required surname, now empty"
    );
}

/// A BIFF8 record: type, length, data.
fn record(kind: u16, data: &[u8]) -> Vec<u8> {
    let mut r = kind.to_le_bytes().to_vec();
    r.extend_from_slice(&(data.len() as u16).to_le_bytes());
    r.extend_from_slice(data);
    r
}

fn number_cell(row: u16, col: u16) -> Vec<u8> {
    let mut d = row.to_le_bytes().to_vec();
    d.extend_from_slice(&col.to_le_bytes());
    d.extend_from_slice(&0u16.to_le_bytes());
    d.extend_from_slice(&1.0f64.to_le_bytes());
    record(0x0203, &d)
}

/// An .xls compound file whose one sheet holds `sheet` records.
fn xls_with(sheet: &[Vec<u8>]) -> Vec<u8> {
    let bof = |kind: u16| {
        let mut d = 0x0600u16.to_le_bytes().to_vec();
        d.extend_from_slice(&kind.to_le_bytes());
        d.extend_from_slice(&[0; 12]);
        record(0x0809, &d)
    };
    let mut stream = bof(0x0005);
    stream.extend(record(0x000A, &[]));
    stream.extend(bof(0x0010));
    for r in sheet {
        stream.extend_from_slice(r);
    }
    stream.extend(record(0x000A, &[]));
    let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
    file.create_stream("/Workbook")
        .unwrap()
        .write_all(&stream)
        .unwrap();
    file.flush().unwrap();
    file.into_inner().into_inner()
}

fn too_many_cells(p: Result<Preview, FileProblem>) -> bool {
    matches!(
        p,
        Err(FileProblem::Unreadable(ReadError::TooManyCells { .. }))
    )
}

#[test]
fn an_xls_cell_far_away_is_counted_before_any_table_is_made() {
    // 7 KB that asked calamine for 137 GB and aborted the process.
    let far = xls_with(&[number_cell(0, 0), number_cell(65535, 255)]);
    assert!(far.len() < 64 * 1024);
    assert!(too_many_cells(open("far.xls", &far)));
    let mut merged = 1u16.to_le_bytes().to_vec();
    for v in [0u16, 65535, 0, 255] {
        merged.extend_from_slice(&v.to_le_bytes());
    }
    let merged = xls_with(&[number_cell(0, 0), record(0x00E5, &merged)]);
    assert!(too_many_cells(open("merged.xls", &merged)));
    let mut dimensions = Vec::new();
    for v in [0u32, 65536] {
        dimensions.extend_from_slice(&v.to_le_bytes());
    }
    for v in [0u16, 256, 0] {
        dimensions.extend_from_slice(&v.to_le_bytes());
    }
    let declared = xls_with(&[record(0x0200, &dimensions), number_cell(0, 0)]);
    assert!(too_many_cells(open("declared.xls", &declared)));
}

#[test]
fn merged_regions_count_against_the_budget() {
    let xlsx = small_workbook();
    let xml = sheet_part(&xlsx);
    for regions in [1, 40] {
        let merges: String = (0..regions)
            .map(|_| "<mergeCell ref=\"A1:IW200001\"/>")
            .collect();
        let hostile = xml.replace(
            "</worksheet>",
            &format!("<mergeCells count=\"{regions}\">{merges}</mergeCells></worksheet>"),
        );
        let bytes = with_part(&xlsx, "xl/worksheets/sheet1.xml", hostile.as_bytes());
        assert!(bytes.len() < 64 * 1024);
        let opened = open("merged.xlsx", &bytes);
        assert!(too_many_cells(opened.clone()), "{regions}: {opened:?}");
    }
}

/// An ODS file with `table` as its one sheet's rows.
fn ods_with(rows: &str) -> Vec<u8> {
    let mut out = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default();
    let stored = options.compression_method(zip::CompressionMethod::Stored);
    out.start_file("mimetype", stored).unwrap();
    out.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .unwrap();
    out.start_file("META-INF/manifest.xml", options).unwrap();
    out.write_all(
        b"<?xml version=\"1.0\"?><manifest:manifest \
          xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
          <manifest:file-entry manifest:full-path=\"/\" \
          manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>\
          <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
          </manifest:manifest>",
    )
    .unwrap();
    out.start_file("content.xml", options).unwrap();
    write!(
        out,
        "<?xml version=\"1.0\"?><office:document-content \
         xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body>\
         <office:spreadsheet><table:table table:name=\"Users\">{rows}</table:table>\
         </office:spreadsheet></office:body></office:document-content>"
    )
    .unwrap();
    out.finish().unwrap().into_inner()
}

#[test]
fn repeated_ods_rows_and_columns_are_counted_not_expanded() {
    let bomb = ods_with(
        "<table:table-row table:number-rows-repeated=\"6000\"><table:table-cell \
         table:number-columns-repeated=\"16384\" office:value-type=\"float\" \
         office:value=\"1\"/></table:table-row>",
    );
    assert!(bomb.len() < 12 * 1024);
    assert!(too_many_cells(open("bomb.ods", &bomb)));
    // LibreOffice's trailing empty repeats (formatting) cost nothing.
    let header: String = HEADER
        .iter()
        .map(|h| format!("<table:table-cell office:value-type=\"string\"><text:p>{h}</text:p></table:table-cell>"))
        .collect();
    let user: String = ["ann@example.com", "secret12", "1", "1", "Lee", "Ann"]
        .iter()
        .map(|v| format!("<table:table-cell office:value-type=\"string\"><text:p>{v}</text:p></table:table-cell>"))
        .collect();
    let formatted = ods_with(&format!(
        "<table:table-row>{header}<table:table-cell table:number-columns-repeated=\"16378\"/></table:table-row>\
         <table:table-row>{user}<table:table-cell table:number-columns-repeated=\"16378\"/></table:table-row>\
         <table:table-row table:number-rows-repeated=\"1048574\"><table:table-cell \
         table:number-columns-repeated=\"16384\"/></table:table-row>"
    ));
    let p = open("formatted.ods", &formatted).expect("an ordinary file");
    assert_eq!(p.rows.len(), 1);
}

#[test]
fn a_csv_is_read_within_its_bounds() {
    // A million columns on one line: refused, not laid out.
    let wide = ";".repeat(1_000_000);
    assert!(matches!(
        open("wide.csv", wide.as_bytes()),
        Err(FileProblem::Unreadable(ReadError::TooManyColumns { .. }))
    ));
    // Ten megabytes of separators over many lines: the cell budget.
    let many = format!("{}\n", ";".repeat(999)).repeat(10_000);
    assert!(too_many_cells(open("many.csv", many.as_bytes())));
    // A file bigger than an import takes is read no further than the limit.
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.csv");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(1024 * 1024 * 1024)
        .unwrap();
    let bytes = navixy_panel::import::read_file(&big).unwrap();
    assert_eq!(bytes.len(), navixy_panel::import::MAX_FILE_BYTES + 1);
    assert!(matches!(
        open("big.csv", &bytes),
        Err(FileProblem::TooLarge { .. })
    ));
    #[cfg(unix)]
    {
        let zero = navixy_panel::import::read_file(std::path::Path::new("/dev/zero")).unwrap();
        assert_eq!(zero.len(), navixy_panel::import::MAX_FILE_BYTES + 1);
    }
}

/// With `HOSTILE_FILES_OUT` set, writes the shapes above as files: the
/// fuzzer's seeds (`fuzz/seeds/read_file`) and what BENCHMARKS.md's
/// "validate of any file" runs `navixy-panel validate` on.
#[test]
fn write_the_hostile_shapes() {
    let Some(dir) = std::env::var_os("HOSTILE_FILES_OUT") else {
        return;
    };
    let dir = std::path::PathBuf::from(dir);
    std::fs::create_dir_all(&dir).unwrap();
    let mut merged = 1u16.to_le_bytes().to_vec();
    for v in [0u16, 65535, 0, 255] {
        merged.extend_from_slice(&v.to_le_bytes());
    }
    let xml = sheet_part(&small_workbook());
    let ranges: String = (0..40)
        .map(|_| "<mergeCell ref=\"A1:IW200001\"/>")
        .collect();
    let merged_xlsx = xml.replace(
        "</worksheet>",
        &format!("<mergeCells count=\"40\">{ranges}</mergeCells></worksheet>"),
    );
    let files: [(&str, Vec<u8>); 5] = [
        (
            "far-cell.xls",
            xls_with(&[number_cell(0, 0), number_cell(65535, 255)]),
        ),
        (
            "merged.xls",
            xls_with(&[number_cell(0, 0), record(0x00E5, &merged)]),
        ),
        (
            "merged-40.xlsx",
            with_part(
                &small_workbook(),
                "xl/worksheets/sheet1.xml",
                merged_xlsx.as_bytes(),
            ),
        ),
        (
            "repeated.ods",
            ods_with(
                "<table:table-row table:number-rows-repeated=\"6000\"><table:table-cell \
                 table:number-columns-repeated=\"16384\" office:value-type=\"float\" \
                 office:value=\"1\"/></table:table-row>",
            ),
        ),
        ("wide.csv", ";".repeat(1_000_000).into_bytes()),
    ];
    for (name, bytes) in files {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
}
