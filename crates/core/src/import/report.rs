//! What is wrong with a file, for people and programs: the error report the
//! import screen saves as XLSX (the bad rows with their own cells, ready to
//! fix and import again), and the text or JSON `navixy-panel validate` prints.
//! Sentences come from the current language.

use super::preview::{FileProblem, ImportRow, Outcome, Preview};
use super::read::ReadError;
use crate::export::{Cell, ExportError, write_xlsx};
use crate::fl;
use crate::i18n;
use crate::model::import_columns::ImportColumn;

/// "Email address: Must be a valid e-mail address." for each problem of a row.
pub fn row_problems(row: &ImportRow) -> Vec<String> {
    let mut out: Vec<String> = row
        .all_problems()
        .map(|p| {
            let reason = i18n::rule_text(&p.rule);
            match p.column {
                Some(c) => format!("{}: {reason}", column_title(c)),
                None => reason,
            }
        })
        .collect();
    if let Outcome::Refused(why) = &row.outcome {
        out.push(why.clone());
    }
    out
}

/// Why a file could not be opened, in the operator's language.
pub fn file_problem_text(problem: &FileProblem) -> String {
    match problem {
        FileProblem::TooLarge { .. } => fl!("import-file-too-large"),
        FileProblem::Empty => fl!("import-file-empty"),
        FileProblem::Unreadable(ReadError::NoSheet) => fl!("import-file-no-sheet"),
        FileProblem::Unreadable(ReadError::TooBig) => fl!(
            "import-file-too-big",
            rows = i18n::count(u64::from(super::read::READ_ROWS_MAX))
        ),
        FileProblem::Unreadable(ReadError::TooManyCells { cells, max }) => fl!(
            "import-file-too-many-cells",
            cells = i18n::count(*cells),
            max = i18n::count(*max)
        ),
        FileProblem::Unreadable(ReadError::TooManyColumns { columns, max }) => fl!(
            "import-file-too-many-columns",
            columns = i18n::count(*columns),
            max = i18n::count(*max)
        ),
        FileProblem::Unreadable(ReadError::Unreadable(detail)) => {
            fl!("import-file-unreadable", detail = detail.clone())
        }
        FileProblem::Unreadable(ReadError::NoSuchSheet(name)) => {
            fl!("import-file-no-such-sheet", sheet = name.clone())
        }
        FileProblem::DuplicateColumn {
            header,
            first,
            second,
        } => fl!(
            "import-duplicate-column",
            header = header.clone(),
            first = first.clone(),
            second = second.clone()
        ),
    }
}

/// How the file was read, worth telling the operator: the encoding and
/// separator of a CSV file, the sheet of a workbook (and the others that have
/// a users header), the lines skipped above the header.
pub fn source_notes(preview: &Preview) -> Vec<String> {
    use super::read::CsvDialect;
    let mut notes = Vec::new();
    if let Some(csv) = preview.csv {
        let separator = match csv.separator {
            CsvDialect::Semicolon => fl!("import-separator-semicolon"),
            CsvDialect::Comma => fl!("import-separator-comma"),
            CsvDialect::Tab => fl!("import-separator-tab"),
        };
        notes.push(fl!(
            "import-csv-read-as",
            separator = separator,
            encoding = csv.encoding.name()
        ));
    }
    if let Some(sheet) = &preview.sheet {
        let others: Vec<&str> = sheet
            .others_with_header()
            .map(|s| s.name.as_str())
            .collect();
        notes.push(if others.is_empty() {
            fl!("import-sheet-read", sheet = sheet.name.clone())
        } else {
            fl!(
                "import-sheet-read-others",
                sheet = sheet.name.clone(),
                others = others.join(", ")
            )
        });
    }
    if let [only] = preview.skipped.as_slice() {
        notes.push(fl!(
            "import-line-skipped",
            line = only.to_string(),
            header = preview.header_line.to_string()
        ));
    } else if let (Some(first), Some(last)) = (preview.skipped.first(), preview.skipped.last()) {
        notes.push(fl!(
            "import-lines-skipped",
            first = first.to_string(),
            last = last.to_string(),
            header = preview.header_line.to_string()
        ));
    }
    notes
}

/// A column's header in the interface language, without the `*`.
pub fn column_title(column: ImportColumn) -> &'static str {
    column.header(i18n::current_language())
}

/// Rows that cannot go as they are: invalid or refused by the server.
fn bad_rows(preview: &Preview) -> impl Iterator<Item = &ImportRow> {
    preview
        .rows
        .iter()
        .filter(|r| !r.is_valid() || matches!(r.outcome, Outcome::Refused(_)))
}

/// The error report: line, the row's cells under the file's columns, and the
/// problems. Importing it again reads the cells and ignores the two extra columns.
pub fn error_report_xlsx(preview: &Preview) -> Result<Vec<u8>, ExportError> {
    let line = fl!("import-column-line");
    let problems = fl!("import-column-problems");
    let language = i18n::current_language();
    let headers: Vec<String> = std::iter::once(line)
        .chain(preview.columns.iter().map(|c| c.titled(language)))
        .chain(std::iter::once(problems))
        .collect();
    let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    let rows: Vec<Vec<Cell>> = bad_rows(preview)
        .map(|row| {
            std::iter::once(Cell::Number(row.line as f64))
                .chain(
                    preview
                        .columns
                        .iter()
                        .map(|c| Cell::Text(row.cell(*c).to_owned())),
                )
                .chain(std::iter::once(Cell::Text(row_problems(row).join("\n"))))
                .collect()
        })
        .collect();
    write_xlsx(&fl!("import-report-sheet"), &header_refs, &rows)
}

/// The summary line: "1,204 rows: 1,187 ready, 17 with errors".
pub fn summary_text(preview: &Preview) -> String {
    summary_line(preview, 0)
}

/// The summary line, with `updated` of the rows left out of the upload
/// counted as updated (they went to the server as updates), not as left out.
pub fn summary_line(preview: &Preview, updated: usize) -> String {
    let s = preview.summary();
    let excluded = s.excluded.saturating_sub(updated);
    let mut text = fl!(
        "import-summary",
        n = s.rows,
        rows = i18n::count(s.rows as u64),
        ready = i18n::count(s.ready as u64),
        errors = i18n::count(s.with_errors as u64)
    );
    if excluded > 0 {
        text.push_str(&fl!(
            "import-summary-excluded",
            excluded = i18n::count(excluded as u64)
        ));
    }
    if updated > 0 {
        text.push_str(&fl!(
            "import-summary-updated",
            updated = i18n::count(updated as u64)
        ));
    }
    if s.created > 0 {
        text.push_str(&fl!(
            "import-summary-created",
            created = i18n::count(s.created as u64)
        ));
    }
    text
}

/// Notes about the file as a whole: missing and unknown columns, too many rows.
pub fn file_notes(preview: &Preview) -> Vec<String> {
    let mut notes = Vec::new();
    if !preview.missing.is_empty() {
        let names: Vec<&str> = preview.missing.iter().map(|c| column_title(*c)).collect();
        notes.push(fl!("import-missing-columns", columns = names.join(", ")));
    }
    if !preview.unknown.is_empty() {
        notes.push(fl!(
            "import-unknown-columns",
            columns = preview.unknown.join(", ")
        ));
    }
    if preview.too_many_rows() {
        notes.push(fl!(
            "import-too-many-rows",
            max = i18n::count(super::MAX_ROWS as u64)
        ));
    }
    notes
}

/// The report as text, one line per bad row.
pub fn text_report(preview: &Preview) -> String {
    let mut out = format!("{}: {}\n", preview.file_name, summary_text(preview));
    for note in source_notes(preview).into_iter().chain(file_notes(preview)) {
        out.push_str(&note);
        out.push('\n');
    }
    for row in bad_rows(preview) {
        out.push_str(&fl!("import-line", line = row.line.to_string()));
        out.push_str(": ");
        out.push_str(&row_problems(row).join(" "));
        out.push('\n');
    }
    // Kept as written, but worth a look: said too (a password's spaces, an example row).
    for row in preview.rows.iter().filter(|r| !r.warnings.is_empty()) {
        let warnings: Vec<String> = row
            .warnings
            .iter()
            .map(|w| {
                let column = w.column.map(column_title).unwrap_or_default();
                format!("{column}: {}", i18n::rule_text(&w.rule))
            })
            .collect();
        out.push_str(&fl!(
            "import-line-warnings",
            line = row.line.to_string(),
            warnings = warnings.join(" ")
        ));
        out.push('\n');
    }
    out
}

/// The report as JSON, for scripts: stable keys, sentences in the current language.
pub fn json_report(preview: &Preview) -> serde_json::Value {
    let s = preview.summary();
    let rows: Vec<serde_json::Value> = bad_rows(preview)
        .map(|row| {
            let problems: Vec<serde_json::Value> = row
                .all_problems()
                .map(|p| {
                    serde_json::json!({
                        "column": p.column.map(|c| c.english()),
                        "parameter": p.column.map(|c| c.parameter()),
                        "value": p.column.map(|c| row.cell(c)),
                        "message": i18n::rule_text(&p.rule),
                    })
                })
                .collect();
            serde_json::json!({ "line": row.line, "problems": problems })
        })
        .collect();
    serde_json::json!({
        "file": preview.file_name,
        "rows": s.rows,
        "valid": s.ready,
        "invalid": s.with_errors,
        "missing_columns": preview.missing.iter().map(|c| c.english()).collect::<Vec<_>>(),
        "unknown_columns": preview.unknown,
        "too_many_rows": preview.too_many_rows(),
        "encoding": preview.csv.map(|c| c.encoding.name()),
        "separator": preview.csv.map(|c| match c.separator {
            super::read::CsvDialect::Semicolon => ";",
            super::read::CsvDialect::Comma => ",",
            super::read::CsvDialect::Tab => "\t",
        }),
        "sheet": preview.sheet.as_ref().map(|s| s.name.clone()),
        "header_line": preview.header_line,
        "skipped_lines": preview.skipped,
        "left_out_examples": preview.rows.iter().filter(|r| r.is_example()).map(|r| r.line).collect::<Vec<_>>(),
        "errors": rows,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_error_report_reads_back_with_the_bad_rows_only() {
        let text = "Email address*;Password*;Status*;Legal status*;Surname*;Name*\n\
                    ok@x.com;secret12;1;1;Lee;Ann\n\
                    bad;secret12;1;1;Lee;Bo\n";
        let p = Preview::open("t.csv", text.as_bytes(), &mut |_, _| {}).unwrap();
        let bytes = error_report_xlsx(&p).unwrap();
        let again = Preview::open("report.xlsx", &bytes, &mut |_, _| {}).unwrap();
        assert_eq!(again.rows.len(), 1);
        assert_eq!(again.rows[0].cell(ImportColumn::Email), "bad");
        assert_eq!(
            again.unknown.len(),
            2,
            "line and problems columns are extra"
        );
        let json = json_report(&p);
        assert_eq!(json["invalid"], 1);
        assert_eq!(json["errors"][0]["line"], 3);
        assert_eq!(json["errors"][0]["problems"][0]["column"], "Email address");
    }
}
