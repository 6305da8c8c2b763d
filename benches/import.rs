//! Import and export speed: `cargo bench --bench import`.
//!
//! Parse + validate 10,000 and 100,000 user rows from CSV and XLSX, beside
//! the floor: the csv crate or calamine alone reading the same bytes. Then
//! 100,000 users × every column written to XLSX and CSV. The generated files
//! are left in `target/bench-data/` so `scripts/bench` can time Python's
//! pandas/openpyxl/XlsxWriter on exactly the same input. Reported, never asserted.

// The app's allocator (src/main.rs), so the figures are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use calamine::Reader;
use navixy_panel::export::{Cell, write_csv, write_xlsx};
use navixy_panel::import::{Preview, read_table};
use navixy_panel::model::import_columns::ImportColumn;
use std::io::Cursor;
use std::path::PathBuf;
use std::time::{Duration, Instant};

fn data_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench-data");
    std::fs::create_dir_all(&dir).expect("target/bench-data");
    dir
}

/// One realistic row, every column filled (a legal entity every third row).
fn row(i: usize) -> Vec<String> {
    use ImportColumn as C;
    ImportColumn::ALL
        .iter()
        .map(|c| match c {
            C::Email => format!("customer{i}@fleet-example.com"),
            C::Password => format!("pass{i:06}"),
            C::Status => "1".into(),
            C::LegalStatus => if i.is_multiple_of(3) { "2" } else { "1" }.into(),
            C::Surname => format!("Иванов-{i}"),
            C::Name => "Сергей".into(),
            C::MiddleName => "Петрович".into(),
            C::Phone => format!("7999{:07}", i % 10_000_000),
            C::Comment => "Imported from the old CRM".into(),
            C::Country | C::RegCountry => "Россия".into(),
            C::Region | C::RegRegion => "Свердловская область".into(),
            C::City | C::RegCity => "Екатеринбург".into(),
            C::Street | C::RegAddress => format!("ул. Ленина, {}", i % 200 + 1),
            C::Zip | C::RegZip => "620014".into(),
            C::LegalName => format!("ООО «Флот {i}»"),
            C::TaxNumber => "6671234567".into(),
            C::Iec => "667101001".into(),
            C::StateRegNum => "1026605123456".into(),
            C::Okpo => "12345678".into(),
            C::Discount => "5".into(),
            C::DiscountEndDate => "2030-12-31".into(),
            C::DeviceLimit => "10".into(),
        })
        .collect()
}

fn header() -> Vec<String> {
    ImportColumn::ALL
        .iter()
        .map(|c| c.seed_header(true))
        .collect()
}

fn csv_file(rows: usize) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(b';')
        .from_writer(Vec::new());
    w.write_record(header()).unwrap();
    for i in 0..rows {
        w.write_record(row(i)).unwrap();
    }
    w.into_inner().unwrap()
}

/// Written as Excel writes a workbook (strings in the shared-string table),
/// not as our constant-memory export does (strings inline): operators'
/// files come from Excel, and readers differ on the two.
fn xlsx_file(rows: usize) -> Vec<u8> {
    let mut workbook = rust_xlsxwriter::Workbook::new();
    let sheet = workbook.add_worksheet();
    for (c, name) in header().iter().enumerate() {
        sheet.write_string(0, c as u16, name).unwrap();
    }
    for i in 0..rows {
        for (c, value) in row(i).iter().enumerate() {
            sheet.write_string(i as u32 + 1, c as u16, value).unwrap();
        }
    }
    workbook.save_to_buffer().unwrap()
}

/// Best of `runs` (the least disturbed by the rest of the machine).
fn best(runs: usize, mut f: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn raw_csv(bytes: &[u8]) -> usize {
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    r.records()
        .filter_map(Result::ok)
        .map(|rec| rec.len())
        .sum()
}

fn raw_xlsx(bytes: &[u8]) -> usize {
    let mut wb = calamine::open_workbook_auto_from_rs(Cursor::new(bytes)).unwrap();
    let range = wb.worksheet_range_at(0).unwrap().unwrap();
    range.rows().map(|r| r.len()).sum()
}

fn main() {
    let dir = data_dir();
    // Figures for scripts/bench's side-by-side table, in milliseconds.
    let mut figures = serde_json::Map::new();
    println!(
        "{:<34} {:>10} {:>10} {:>12} {:>8}",
        "import (best of runs)", "raw ms", "ours ms", "rows/s", "ours/raw"
    );
    // `cargo bench --bench import -- csv` times only what matches (for a profiler).
    let only = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let wanted = |name: &str| only.as_deref().is_none_or(|o| name.contains(o));
    for rows in [10_000usize, 100_000] {
        let runs = if rows > 10_000 { 3 } else { 7 };
        for kind in ["csv", "xlsx"] {
            let name = format!("users_{rows}.{kind}");
            if !wanted(&name) {
                continue;
            }
            let bytes = if kind == "csv" {
                csv_file(rows)
            } else {
                xlsx_file(rows)
            };
            std::fs::write(dir.join(&name), &bytes).unwrap();
            let raw = best(runs, || {
                let n = if kind == "csv" {
                    raw_csv(&bytes)
                } else {
                    raw_xlsx(&bytes)
                };
                assert!(n > 0);
            });
            // 100,000 rows are over Navixy's 10 MB per-file limit, which
            // `Preview::open` enforces; the same reading and checking is timed.
            let ours = best(runs, || {
                let table = read_table(&name, &bytes).unwrap();
                let p = Preview::from_table(&name, table, &mut |_, _| {}).unwrap();
                assert_eq!(p.rows.len(), rows);
            });
            figures.insert(format!("raw {name}"), ms(raw).into());
            figures.insert(format!("ours {name}"), ms(ours).into());
            println!(
                "{:<34} {:>10.1} {:>10.1} {:>12.0} {:>8.2}",
                format!("parse+validate {name}"),
                ms(raw),
                ms(ours),
                rows as f64 / ours.as_secs_f64(),
                ours.as_secs_f64() / raw.as_secs_f64()
            );
        }
    }

    if !wanted("export") {
        return;
    }
    // Export: 100,000 users × every column, as panel/user/export writes them.
    let columns: Vec<String> = header();
    let header: Vec<&str> = columns.iter().map(String::as_str).collect();
    let cells: Vec<Vec<Cell>> = (0..100_000)
        .map(|i| {
            row(i)
                .into_iter()
                .enumerate()
                .map(|(c, v)| match c {
                    2 | 3 => Cell::Number(v.parse().unwrap_or(0.0)),
                    _ => Cell::Text(v),
                })
                .collect()
        })
        .collect();
    let mut size = 0;
    let xlsx = best(3, || {
        size = write_xlsx("Users", &header, &cells).unwrap().len()
    });
    println!(
        "export 100,000 users × {} columns to XLSX: {:.0} ms ({:.1} MB)",
        header.len(),
        ms(xlsx),
        size as f64 / 1e6
    );
    let csv = best(3, || size = write_csv(&header, &cells).unwrap().len());
    println!(
        "export 100,000 users × {} columns to CSV:  {:.0} ms ({:.1} MB)",
        header.len(),
        ms(csv),
        size as f64 / 1e6
    );
    figures.insert("export xlsx 100000".into(), ms(xlsx).into());
    figures.insert("export csv 100000".into(), ms(csv).into());
    std::fs::write(
        dir.join("rust.json"),
        serde_json::Value::Object(figures).to_string(),
    )
    .unwrap();
    println!("files for the Python peers: {}", dir.display());
}
