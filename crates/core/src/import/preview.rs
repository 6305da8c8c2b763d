//! A whole upload file, checked before anything is sent: every row with every
//! problem, rows the operator fixed or left out, and which rows the server
//! has already created. The import screen and `navixy-panel validate` both
//! show this; it is also where the file sent to `panel/user/upload` is made.

use super::read::{
    CsvSource, NoteKind, ReadError, ReadOptions, SheetChoice, Table, TableRow, read_table_with,
};
use super::rows::{HeaderMap, UserRow, find_header, password_warning};
use super::{MAX_FILE_BYTES, MAX_ROWS};
use crate::model::import_columns::ImportColumn;
use crate::model::text;
use crate::model::validation::Rule;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Why a file cannot be previewed at all.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FileProblem {
    #[error("the file is larger than 10 MB")]
    TooLarge { bytes: usize },
    #[error(transparent)]
    Unreadable(#[from] ReadError),
    #[error("the file has no users (274)")]
    Empty,
    /// Two columns of the header name the same thing: which one the person
    /// meant cannot be known. Columns as a spreadsheet letters them.
    #[error("columns {first} and {second} are both {header:?}")]
    DuplicateColumn {
        header: String,
        first: String,
        second: String,
    },
}

/// A column's letters as a spreadsheet shows them: 0 → A, 26 → AA.
pub fn column_letters(mut i: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (i % 26) as u8);
        if i < 26 {
            break;
        }
        i = i / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// One problem of one row, in the column it concerns (None: the row as a whole).
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub column: Option<ImportColumn>,
    pub rule: Rule,
}

/// What the server made of a row.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Outcome {
    #[default]
    NotSent,
    /// The user exists now (the upload said so, or the check after a failure found it).
    Created,
    /// The server refused this row; its words, translated by whoever set it.
    Refused(String),
}

/// One line of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportRow {
    /// 1-based line in the file, the header being line 1 (Navixy's `row_number`).
    pub line: usize,
    /// The cells, by [`ImportColumn::index`]; empty where the file has no such column.
    pub cells: Vec<String>,
    /// What the shared validation found, by column.
    pub problems: Vec<Problem>,
    /// What the reader could not take as meant (a formula without a value, an
    /// error cell, a merged cell); gone from a cell once the operator edits it.
    pub read_problems: Vec<Problem>,
    /// Kept as written, but worth a look (a password's outer spaces, an
    /// example row); never blocking.
    pub warnings: Vec<Problem>,
    /// Set when an earlier included row has the same login (273).
    pub duplicate_of: Option<usize>,
    /// False once the operator leaves the row out of the upload.
    pub included: bool,
    pub outcome: Outcome,
}

impl ImportRow {
    pub fn cell(&self, column: ImportColumn) -> &str {
        &self.cells[column.index()]
    }

    pub fn is_valid(&self) -> bool {
        self.problems.is_empty() && self.read_problems.is_empty() && self.duplicate_of.is_none()
    }

    /// Every problem, the reader's and the duplicate included (not the warnings).
    pub fn all_problems(&self) -> impl Iterator<Item = Problem> + '_ {
        let duplicate = self.duplicate_of.map(|line| Problem {
            column: Some(ImportColumn::Email),
            rule: Rule::DuplicateInFile { line },
        });
        self.read_problems
            .iter()
            .cloned()
            .chain(self.problems.iter().cloned())
            .chain(duplicate)
    }

    /// True for a row of an import template's examples (left out by default).
    pub fn is_example(&self) -> bool {
        self.warnings.iter().any(|w| w.rule == Rule::ExampleRow)
    }

    /// The problems of one cell.
    pub fn problems_in(&self, column: ImportColumn) -> impl Iterator<Item = Problem> + '_ {
        self.all_problems()
            .filter(move |p| p.column == Some(column))
    }

    /// Included, valid and not sent yet: goes with the next upload. A row the
    /// server refused waits until the operator changes it or leaves it out.
    pub fn is_ready(&self) -> bool {
        self.included && self.is_valid() && self.outcome == Outcome::NotSent
    }

    /// Needs the operator: included, and invalid or refused by the server.
    pub fn needs_attention(&self) -> bool {
        self.included
            && self.outcome != Outcome::Created
            && (!self.is_valid() || matches!(self.outcome, Outcome::Refused(_)))
    }

    fn login_key(&self) -> String {
        crate::model::validation::login_key(self.cell(ImportColumn::Email))
    }

    /// Re-reads the row with the shared rules.
    fn check(&mut self, map: &HeaderMap) {
        let errors = UserRow::problems(map, &self.cells);
        self.problems = errors
            .into_iter()
            .map(|e| Problem {
                column: ImportColumn::for_parameter(&e.parameter),
                rule: e.rule,
            })
            .collect();
        // In the file's column order, as the operator reads the row.
        self.problems
            .sort_by_key(|p| p.column.map_or(0, |c| c.index() + 1));
        let password = Some(ImportColumn::Password);
        self.warnings.retain(|w| w.column != password);
        if let Some(rule) = password_warning(self.cell(ImportColumn::Password)) {
            self.warnings.push(Problem {
                column: password,
                rule,
            });
        }
    }
}

/// The counts the screen and the CLI lead with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Summary {
    pub rows: usize,
    /// Included, valid, not created yet.
    pub ready: usize,
    /// Included and with at least one problem.
    pub with_errors: usize,
    pub excluded: usize,
    pub created: usize,
}

/// The file, read and checked.
#[derive(Debug, Clone, PartialEq)]
pub struct Preview {
    pub file_name: String,
    /// How a CSV file was read (separator, encoding), worth telling the operator.
    pub csv: Option<CsvSource>,
    /// Which sheet of a workbook was read, and the others it has.
    pub sheet: Option<SheetChoice>,
    /// Lines above the header (a title, notes), skipped.
    pub skipped: Vec<usize>,
    /// The header's line.
    pub header_line: usize,
    /// The file's recognised columns in its own order, then any required one it lacks.
    pub columns: Vec<ImportColumn>,
    pub missing: Vec<ImportColumn>,
    /// Header cells that name no known column: reported, then ignored.
    pub unknown: Vec<String>,
    pub rows: Vec<ImportRow>,
    /// Reads each row's cells by [`ImportColumn::index`].
    canonical: HeaderMap,
}

/// Called with (rows checked, rows in all) while a big file is checked.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize);

impl Preview {
    /// Reads and checks a file. Blank lines are skipped (spreadsheets often end so).
    pub fn open(file_name: &str, bytes: &[u8], progress: Progress) -> Result<Self, FileProblem> {
        Self::open_with(file_name, bytes, &ReadOptions::default(), progress)
    }

    /// [`Preview::open`] with the operator's choice of encoding or sheet.
    pub fn open_with(
        file_name: &str,
        bytes: &[u8],
        options: &ReadOptions,
        progress: Progress,
    ) -> Result<Self, FileProblem> {
        if bytes.len() > MAX_FILE_BYTES {
            return Err(FileProblem::TooLarge { bytes: bytes.len() });
        }
        let table = read_table_with(file_name, bytes, options)?;
        Self::from_table(file_name, table, progress)
    }

    /// Checks a table already read (no size limit: benches and callers that
    /// read the file themselves).
    pub fn from_table(
        file_name: &str,
        table: Table,
        progress: Progress,
    ) -> Result<Self, FileProblem> {
        let mut rows = table.rows;
        // A title or notes may sit above the header (within its first rows).
        let at = find_header(&rows).unwrap_or(0);
        if rows.is_empty() {
            return Err(FileProblem::Empty);
        }
        let mut data = rows.split_off(at + 1);
        let header_row = rows.pop().unwrap_or_default();
        let skipped: Vec<usize> = rows.iter().map(|r| r.line).collect();
        let header = header_row.cells;
        let map = HeaderMap::new(&header);
        if let Some((_, first, second)) = map.duplicates.first() {
            return Err(FileProblem::DuplicateColumn {
                header: header[*second].trim().to_owned(),
                first: column_letters(*first),
                second: column_letters(*second),
            });
        }
        let mut columns: Vec<ImportColumn> = header
            .iter()
            .filter_map(|h| ImportColumn::from_header(h))
            .collect();
        dedup_keep_order(&mut columns);
        let missing = map.missing_required();
        columns.extend(missing.iter().copied());

        // A row that is only a merged region's lower cells holds nothing.
        data.retain(|r| {
            r.cells.iter().any(|c| !text::trim(c).is_empty())
                || r.notes
                    .iter()
                    .any(|n| !matches!(n.kind, NoteKind::Merged { .. }))
        });
        if data.is_empty() {
            return Err(FileProblem::Empty);
        }
        let canonical = HeaderMap::canonical();
        let rows = check_rows(&map, &canonical, data, progress);
        let mut preview = Preview {
            file_name: file_name.to_owned(),
            csv: table.csv,
            sheet: table.sheet,
            skipped,
            header_line: header_row.line,
            columns,
            missing,
            unknown: map.unknown.clone(),
            rows,
            canonical,
        };
        if table.percent_unknown {
            preview.question_fractions();
        }
        preview.leave_out_examples();
        preview.find_duplicates();
        Ok(preview)
    }

    /// Without the cells' number formats (XLS), a discount between 0 and 1 is
    /// most likely a percent cell's value (7.5 % holds 0.075): never a guess,
    /// the operator says which.
    fn question_fractions(&mut self) {
        for row in &mut self.rows {
            let v: Option<f64> = row.cell(ImportColumn::Discount).parse().ok();
            if v.is_some_and(|v| v > 0.0 && v < 1.0) {
                row.read_problems.push(Problem {
                    column: Some(ImportColumn::Discount),
                    rule: Rule::MaybePercent,
                });
            }
        }
    }

    /// Rows of an import template's examples (Navixy's or ours) are left out
    /// and said so: uploading a template as downloaded would create them.
    fn leave_out_examples(&mut self) {
        let examples = super::template::example_logins();
        for row in &mut self.rows {
            let login = row.login_key();
            if examples.iter().any(|e| e.eq_ignore_ascii_case(&login)) {
                row.included = false;
                row.warnings.push(Problem {
                    column: Some(ImportColumn::Email),
                    rule: Rule::ExampleRow,
                });
            }
        }
    }

    /// Marks every included row whose login an earlier included row has.
    fn find_duplicates(&mut self) {
        // The file's logins: foldhash, seeded at random per process, is several
        // times faster than SipHash and as unguessable to whoever wrote the file.
        let mut first: HashMap<String, usize, foldhash::fast::RandomState> =
            HashMap::with_capacity_and_hasher(self.rows.len(), Default::default());
        for row in &mut self.rows {
            row.duplicate_of = None;
            if !row.included || row.outcome == Outcome::Created {
                continue;
            }
            let key = row.login_key();
            if key.is_empty() {
                continue;
            }
            match first.get(&key) {
                Some(line) => row.duplicate_of = Some(*line),
                None => {
                    first.insert(key, row.line);
                }
            }
        }
    }

    pub fn summary(&self) -> Summary {
        let mut s = Summary {
            rows: self.rows.len(),
            ..Summary::default()
        };
        for row in &self.rows {
            if row.outcome == Outcome::Created {
                s.created += 1;
            } else if !row.included {
                s.excluded += 1;
            } else if row.needs_attention() {
                s.with_errors += 1;
            } else {
                s.ready += 1;
            }
        }
        s
    }

    /// More included rows than Navixy takes in one file.
    pub fn too_many_rows(&self) -> bool {
        self.rows
            .iter()
            .filter(|r| r.included && r.outcome != Outcome::Created)
            .count()
            > MAX_ROWS
    }

    /// Upload can start: something to send, nothing included is invalid.
    pub fn can_upload(&self) -> bool {
        let s = self.summary();
        s.ready > 0 && s.with_errors == 0 && !self.too_many_rows()
    }

    /// The operator's correction of one cell; the row (and logins) are checked again.
    pub fn set_cell(&mut self, row: usize, column: ImportColumn, value: String) {
        let Some(r) = self.rows.get_mut(row) else {
            return;
        };
        if r.outcome == Outcome::Created {
            return; // already on the server: editing here would change nothing
        }
        r.cells[column.index()] = value;
        // The operator's value replaces whatever the reader could not take.
        r.read_problems.retain(|p| p.column != Some(column));
        if column == ImportColumn::Email {
            r.warnings.retain(|w| w.rule != Rule::ExampleRow);
        }
        if matches!(r.outcome, Outcome::Refused(_)) {
            r.outcome = Outcome::NotSent;
        }
        r.check(&self.canonical);
        if !self.columns.contains(&column) {
            self.columns.push(column);
        }
        if column == ImportColumn::Email {
            self.find_duplicates();
        }
    }

    pub fn set_included(&mut self, row: usize, included: bool) {
        if let Some(r) = self.rows.get_mut(row) {
            r.included = included;
            self.find_duplicates();
        }
    }

    /// Leaves out every row that has a problem or was refused.
    pub fn exclude_invalid(&mut self) {
        for r in &mut self.rows {
            if r.needs_attention() {
                r.included = false;
            }
        }
        self.find_duplicates();
    }

    /// The logins of `rows`, as typed.
    pub fn logins(&self, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .filter_map(|&i| self.rows.get(i))
            .map(|r| r.cell(ImportColumn::Email).trim().to_owned())
            .collect()
    }

    /// The server created these rows' users.
    pub fn mark_created(&mut self, rows: &[usize]) {
        for &i in rows {
            if let Some(r) = self.rows.get_mut(i) {
                r.outcome = Outcome::Created;
            }
        }
        self.find_duplicates();
    }

    /// The server refused this row (the reason in the operator's language).
    pub fn mark_refused(&mut self, row: usize, reason: String) {
        if let Some(r) = self.rows.get_mut(row) {
            r.outcome = Outcome::Refused(reason);
        }
    }

    /// After an upload with an unknown outcome: rows whose login the server
    /// now has are created; the rest stay as they were, to be sent again.
    /// Returns how many were found created.
    pub fn apply_existing(
        &mut self,
        rows: &[usize],
        existing: &std::collections::HashSet<String>,
    ) -> usize {
        let created: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&i| {
                self.rows
                    .get(i)
                    .is_some_and(|r| existing.contains(&r.login_key()))
            })
            .collect();
        self.mark_created(&created);
        created.len()
    }

    /// Row `i` as a user, its cells read with the shared rules.
    pub fn user_row(&self, i: usize) -> Option<UserRow> {
        let r = self.rows.get(i)?;
        Some(UserRow::read(&self.canonical, &r.cells, r.line).0)
    }

    /// Indices of the rows the next upload sends, in file order.
    pub fn ready_rows(&self) -> Vec<usize> {
        (0..self.rows.len())
            .filter(|&i| self.rows[i].is_ready())
            .collect()
    }

    /// The file sent to Navixy for `rows`: UTF-8 CSV with `;` and the
    /// documented headers (English, or Russian when OGRN/OKPO are filled,
    /// which only Russian names), only the columns something fills.
    pub fn upload_file(&self, rows: &[usize]) -> Vec<u8> {
        let chosen: Vec<&ImportRow> = rows.iter().filter_map(|&i| self.rows.get(i)).collect();
        let columns: Vec<ImportColumn> = ImportColumn::ALL
            .into_iter()
            .filter(|c| c.always_required() || chosen.iter().any(|r| !r.cell(*c).is_empty()))
            .collect();
        let russian = columns.iter().any(|c| !c.in_english_seed());
        let mut out = Vec::new();
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(b';')
                .from_writer(&mut out);
            // Writing into a Vec cannot fail; a failure would surface as a short file
            // the server refuses, never as a wrong user.
            let _ = w.write_record(columns.iter().map(|c| c.seed_header(russian)));
            for row in &chosen {
                let _ = w.write_record(columns.iter().map(|c| row.cell(*c)));
            }
            let _ = w.flush();
        }
        out
    }
}

/// Rows checked between two progress reports.
const PROGRESS_EVERY: usize = 1000;

/// Puts each line's cells in canonical order and checks them, on every core:
/// the rules look at one row at a time, so a big file is ready in about half
/// the time on a 2-core machine. Progress is reported from the calling thread.
fn check_rows(
    map: &HeaderMap,
    canonical: &HeaderMap,
    data: Vec<TableRow>,
    progress: Progress,
) -> Vec<ImportRow> {
    let total = data.len();
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // A thread per core, each with at least a progress step's worth of rows.
    let parts = cores.min(total / PROGRESS_EVERY).max(1);
    let per_part = total.div_ceil(parts);
    let mut lines = data.into_iter();
    let mut parts: Vec<Vec<TableRow>> = (0..parts)
        .map(|_| lines.by_ref().take(per_part).collect())
        .collect();
    // The file's columns back to ours, for the reader's notes.
    let column_at = |i: usize| {
        ImportColumn::ALL
            .into_iter()
            .find(|c| map.position(*c) == Some(i))
    };
    let checked = AtomicUsize::new(0);
    let check = |part: Vec<TableRow>, report: &mut dyn FnMut()| {
        let mut rows = Vec::with_capacity(part.len());
        for TableRow { line, cells, notes } in part {
            let read_problems = notes
                .into_iter()
                .filter_map(|n| {
                    let column = column_at(n.column)?; // a column the import ignores
                    let rule = match n.kind {
                        NoteKind::FormulaNotSaved => Rule::FormulaNotSaved,
                        NoteKind::ErrorValue(shown) => Rule::CellError { shown },
                        NoteKind::Merged { line } => Rule::MergedCell { line },
                    };
                    Some(Problem {
                        column: Some(column),
                        rule,
                    })
                })
                .collect();
            let mut row = ImportRow {
                line,
                cells: map.by_column(cells),
                problems: Vec::new(),
                read_problems,
                warnings: Vec::new(),
                duplicate_of: None,
                included: true,
                outcome: Outcome::NotSent,
            };
            row.check(canonical);
            rows.push(row);
            if rows.len() % PROGRESS_EVERY == 0 {
                checked.fetch_add(PROGRESS_EVERY, Ordering::Relaxed);
                report();
            }
        }
        rows
    };
    let first = parts.remove(0);
    let rows = std::thread::scope(|scope| {
        let others: Vec<_> = parts
            .into_iter()
            .map(|part| scope.spawn(|| check(part, &mut || {})))
            .collect();
        let mut rows = check(first, &mut || {
            progress(checked.load(Ordering::Relaxed), total)
        });
        for other in others {
            // A panic in a rule is a bug: it reaches the caller as it would
            // have with one thread.
            rows.extend(
                other
                    .join()
                    .unwrap_or_else(|e| std::panic::resume_unwind(e)),
            );
        }
        rows
    });
    progress(total, total);
    rows
}

fn dedup_keep_order(columns: &mut Vec<ImportColumn>) {
    let mut seen = std::collections::HashSet::new();
    columns.retain(|c| seen.insert(*c));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(text: &str) -> Preview {
        Preview::open("t.csv", text.as_bytes(), &mut |_, _| {}).unwrap()
    }

    const HEADER: &str = "Email address*;Password*;Status*;Legal status*;Surname*;Name*;Colour";

    #[test]
    fn a_file_checked_in_parts_keeps_its_order_and_reports_progress() {
        let mut text = format!("{HEADER}\n");
        for i in 0..5001 {
            // Every 1000th row has no surname; the last repeats the first login.
            let surname = if i % 1000 == 0 { "" } else { "Lee" };
            let login = if i == 5000 { 0 } else { i };
            text.push_str(&format!("u{login}@x.com;secret12;1;1;{surname};Ann;\n"));
        }
        let mut reports = Vec::new();
        let p = Preview::open("big.csv", text.as_bytes(), &mut |done, total| {
            reports.push((done, total))
        })
        .unwrap();
        assert_eq!(
            p.rows.iter().map(|r| r.line).collect::<Vec<_>>(),
            (2..=5002).collect::<Vec<_>>()
        );
        let invalid: Vec<usize> = p
            .rows
            .iter()
            .filter(|r| !r.is_valid())
            .map(|r| r.line)
            .collect();
        assert_eq!(invalid, [2, 1002, 2002, 3002, 4002, 5002]);
        assert_eq!(p.rows[5000].duplicate_of, Some(2));
        assert_eq!(reports.last(), Some(&(5001, 5001)));
        assert!(reports.windows(2).all(|w| w[0].0 <= w[1].0), "{reports:?}");
    }

    #[test]
    fn checks_every_row_and_counts() {
        let p = open(&format!(
            "{HEADER}\na@x.com;secret12;1;1;Lee;Ann;red\n\nbad;1;7;1;;Bo;\nA@x.com;secret12;1;1;Lee;Al;\n"
        ));
        assert_eq!(p.unknown, ["Colour"]);
        assert_eq!(p.rows.iter().map(|r| r.line).collect::<Vec<_>>(), [2, 4, 5]);
        assert!(p.rows[0].is_valid());
        let bad: Vec<_> = p.rows[1].all_problems().filter_map(|p| p.column).collect();
        for c in [
            ImportColumn::Email,
            ImportColumn::Password,
            ImportColumn::Status,
            ImportColumn::Surname,
        ] {
            assert!(bad.contains(&c), "{c:?} in {bad:?}");
        }
        assert_eq!(
            p.rows[2].duplicate_of,
            Some(2),
            "logins compare without case"
        );
        let s = p.summary();
        assert_eq!((s.rows, s.ready, s.with_errors), (3, 1, 2));
        assert!(!p.can_upload());
    }

    #[test]
    fn fixing_and_excluding_rows() {
        let mut p = open(&format!(
            "{HEADER}\na@x.com;secret12;1;1;Lee;Ann;\nbad;secret12;1;1;Lee;Bo;\na@x.com;secret12;1;1;Lee;Al;\n"
        ));
        p.set_cell(1, ImportColumn::Email, "bo@x.com".into());
        assert!(p.rows[1].is_valid());
        p.set_included(0, false);
        assert_eq!(p.rows[2].duplicate_of, None, "the first copy is left out");
        assert!(p.can_upload());
        assert_eq!(p.ready_rows(), [1, 2]);
        let sent = String::from_utf8(p.upload_file(&[1, 2])).unwrap();
        let mut lines = sent.lines();
        assert_eq!(
            lines.next(),
            Some("Email address*;Password*;Status*;Legal status*;Surname*;Name*")
        );
        assert_eq!(lines.next(), Some("bo@x.com;secret12;1;1;Lee;Bo"));
    }

    #[test]
    fn missing_columns_can_be_filled_in_place() {
        let mut p =
            open("Email address;Password;Status;Legal status;Surname\nz@x.com;secret12;1;1;Lee\n");
        assert_eq!(p.missing, [ImportColumn::Name]);
        assert_eq!(p.columns.last(), Some(&ImportColumn::Name));
        assert!(!p.rows[0].is_valid());
        p.set_cell(0, ImportColumn::Name, "Zed".into());
        assert!(p.rows[0].is_valid());
    }

    #[test]
    fn ogrn_switches_the_upload_to_russian_headers() {
        let p = open(&format!(
            "{HEADER};State registration number\na@x.com;secret12;1;1;Lee;Ann;;123\n"
        ));
        let sent = String::from_utf8(p.upload_file(&[0])).unwrap();
        assert!(sent.starts_with("Адрес электронной почты*;"), "{sent}");
        assert!(sent.contains("ОГРН"));
    }

    #[test]
    fn whole_file_problems() {
        let empty = Preview::open("e.csv", b"", &mut |_, _| {});
        assert_eq!(empty.unwrap_err(), FileProblem::Empty);
        let header_only = Preview::open("e.csv", HEADER.as_bytes(), &mut |_, _| {});
        assert_eq!(header_only.unwrap_err(), FileProblem::Empty);
        let big = vec![b'a'; MAX_FILE_BYTES + 1];
        assert!(matches!(
            Preview::open("b.csv", &big, &mut |_, _| {}),
            Err(FileProblem::TooLarge { .. })
        ));
    }
}
