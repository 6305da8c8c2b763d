//! Rows of an upload table → users to create, checked with the shared rules
//! (`model::validation`) plus the upload's own: required columns, Status 0/1,
//! Legal status 1/2/3, discount numbers.

use crate::i18n::Language;
use crate::model::import_columns::ImportColumn;
use crate::model::sheet_words::{SheetWords, sheet_words};
use crate::model::text;
use crate::model::validation::{self, FieldError, Rule, parse_date};
use crate::model::{Discount, LegalType, UserField, UserFields};

/// Which column of the file holds what.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderMap {
    /// Where each column is in the file, by [`ImportColumn::index`] (an array:
    /// looked up 27 times per row, a hash map showed in the profile; boxed so
    /// that messages carrying a preview stay small).
    index: Box<[Option<usize>; ImportColumn::ALL.len()]>,
    /// Header cells that name no known column (reported, then ignored).
    pub unknown: Vec<String>,
    /// A column named twice: (column, first position, second position), 0-based.
    pub duplicates: Vec<(ImportColumn, usize, usize)>,
}

impl HeaderMap {
    pub fn new(header: &[String]) -> Self {
        let mut map = HeaderMap::default();
        for (i, cell) in header.iter().enumerate() {
            match ImportColumn::from_header(cell) {
                // Two columns with one meaning: which one the person meant
                // cannot be known, so it is reported (the first is kept).
                Some(col) => match map.index[col.index()] {
                    Some(first) => map.duplicates.push((col, first, i)),
                    None => map.index[col.index()] = Some(i),
                },
                None if !cell.trim().is_empty() => map.unknown.push(cell.clone()),
                None => {}
            }
        }
        map
    }

    /// The layout of [`HeaderMap::by_column`]'s output: column `c` at `c.index()`.
    pub fn canonical() -> Self {
        HeaderMap {
            index: Box::new(std::array::from_fn(Some)),
            unknown: Vec::new(),
            duplicates: Vec::new(),
        }
    }

    /// How many known columns the header names.
    pub fn recognised(&self) -> usize {
        self.index.iter().filter(|i| i.is_some()).count()
    }

    /// The column of the file that holds `col`, 0-based.
    pub fn position(&self, col: ImportColumn) -> Option<usize> {
        self.index[col.index()]
    }

    /// A row of the file rearranged into canonical order (empty where absent),
    /// trimmed but for the password, which is kept exactly as written.
    /// Takes the row: its cells move, they are not copied.
    pub fn by_column(&self, mut row: Vec<String>) -> Vec<String> {
        ImportColumn::ALL
            .iter()
            .map(|c| {
                let cell = self.index[c.index()]
                    .and_then(|i| row.get_mut(i))
                    .map(std::mem::take)
                    .unwrap_or_default();
                if *c == ImportColumn::Password {
                    cell
                } else {
                    trimmed(cell)
                }
            })
            .collect()
    }

    pub fn has(&self, col: ImportColumn) -> bool {
        self.index[col.index()].is_some()
    }

    /// Required columns the header lacks, in template order.
    pub fn missing_required(&self) -> Vec<ImportColumn> {
        ImportColumn::ALL
            .into_iter()
            .filter(|c| c.always_required() && !self.has(*c))
            .collect()
    }

    /// A cell's text: trimmed, but for the password (exactly as written).
    fn cell<'a>(&self, row: &'a [String], col: ImportColumn) -> Option<&'a str> {
        let i = self.index[col.index()]?;
        let text = row.get(i).map(String::as_str)?;
        let text = if col == ImportColumn::Password {
            text
        } else {
            text::trim(text)
        };
        Some(text).filter(|s| !s.is_empty())
    }
}

/// Without its outer spaces; the same string when there are none (no copy).
fn trimmed(cell: String) -> String {
    let t = text::trim(&cell);
    if t.len() == cell.len() {
        cell
    } else {
        t.to_owned()
    }
}

/// Rows looked at for the header: a title and a few notes may sit above it.
pub const HEADER_WITHIN: usize = 10;

/// The index of the header among the first [`HEADER_WITHIN`] rows: the first
/// that names at least three known columns.
pub fn find_header<R: AsRef<[String]>>(rows: &[R]) -> Option<usize> {
    rows.iter()
        .take(HEADER_WITHIN)
        .position(|r| !is_blank(r.as_ref()) && HeaderMap::new(r.as_ref()).recognised() >= 3)
}

/// A password's outer spaces are kept (the person may mean them), but said:
/// the warning the operator sees on the cell.
pub fn password_warning(password: &str) -> Option<Rule> {
    if password.starts_with(char::is_whitespace) {
        Some(Rule::StartsWithSpace)
    } else if password.ends_with(char::is_whitespace) {
        Some(Rule::EndsWithSpace)
    } else {
        None
    }
}

/// One user to create, read from one line of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct UserRow {
    /// 1-based line in the file, the header being line 1 (Navixy's `row_number`).
    pub line: usize,
    pub fields: UserFields,
    pub password: String,
    pub discount: Discount,
    pub comment: Option<String>,
}

/// True for a row with nothing in it (skipped, as spreadsheets often end so).
pub fn is_blank(row: &[String]) -> bool {
    row.iter().all(|c| text::trim(c).is_empty())
}

/// A number as written by hand or by a spreadsheet: `5,5` and `5.5`, `5 %`.
/// `1,500` could be one and a half or fifteen hundred: that is a problem to
/// show, not a guess (Err).
fn parse_number(s: &str) -> Result<Option<f64>, Rule> {
    let t = s.trim().trim_end_matches('%').trim();
    if grouped_integer(t).is_some() && t.contains(',') {
        return Err(Rule::AmbiguousNumber);
    }
    Ok(t.replace(',', ".").parse().ok())
}

/// `1,000`, `1 000`, `1.000` (thousands grouped, one separator): 1000.
fn grouped_integer(t: &str) -> Option<i64> {
    let separator = t.chars().find(|c| !c.is_ascii_digit())?;
    if !matches!(separator, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}') {
        return None;
    }
    let groups: Vec<&str> = t.split(separator).collect();
    let ok = groups.len() >= 2
        && (1..=3).contains(&groups[0].len())
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()));
    if !ok {
        return None;
    }
    groups.concat().parse().ok()
}

/// A whole number, thousands grouped or not (a device limit written `1,000`).
fn parse_whole(s: &str) -> Option<i64> {
    let t = s.trim();
    t.parse::<i64>()
        .ok()
        .or_else(|| grouped_integer(t))
        .or_else(|| {
            t.parse::<f64>()
                .ok()
                .filter(|f| f.fract() == 0.0)
                .map(|f| f as i64)
        })
}

/// Accepts `yyyy-MM-dd` (what date cells read as), `yyyy-MM-dd HH:mm:ss` and
/// `dd.MM.yyyy` (Russian habit): the whole text, never a prefix of it.
fn parse_any_date(s: &str) -> Option<String> {
    let s = s.trim();
    // Already in the API's form (most files): no need to format it again.
    if validation::canonical_date(s).is_some() {
        return Some(s.to_owned());
    }
    parse_date(s)
        .or_else(|| {
            // dd.MM.yyyy with all four digits of the year (never year 30).
            (s.len() == 10)
                .then(|| chrono::NaiveDate::parse_from_str(s, "%d.%m.%Y").ok())
                .flatten()
        })
        .map(|d| d.format(crate::model::DATE_FORMAT).to_string())
}

/// Legal status: 1 individual, 2 legal entity, 3 sole trader.
pub fn parse_legal_status(s: &str) -> Option<LegalType> {
    s.trim()
        .parse::<u8>()
        .ok()
        .and_then(LegalType::from_import_number)
}

/// Status: 1 or 0, or a boolean cell / Excel's TRUE and FALSE text in any
/// language the panel speaks.
pub fn parse_status(s: &str) -> Option<bool> {
    let s = s.trim();
    match s {
        "1" => return Some(true),
        "0" => return Some(false),
        _ => {}
    }
    let lower = |t: &'static str| t.chars().flat_map(char::to_lowercase);
    let said = |word: fn(&SheetWords) -> &'static str| {
        Language::ALL
            .into_iter()
            .any(|l| lower(word(sheet_words(l))).eq(s.chars().flat_map(char::to_lowercase)))
    };
    if said(|w| w.true_word) {
        Some(true)
    } else if said(|w| w.false_word) {
        Some(false)
    } else {
        None
    }
}

impl UserRow {
    /// Reads one row; returns it with every problem found (empty when valid).
    pub fn read(map: &HeaderMap, row: &[String], line: usize) -> (UserRow, Vec<FieldError>) {
        use ImportColumn as C;
        let get = |c: ImportColumn| map.cell(row, c).map(str::to_owned);
        let activated = map.cell(row, C::Status).and_then(parse_status);
        let mut fields = UserFields {
            activated,
            verified: activated,
            legal_type: map.cell(row, C::LegalStatus).and_then(parse_legal_status),
            ..UserFields::default()
        };
        for f in UserField::ALL {
            *f.slot(&mut fields) = get(ImportColumn::of_field(f));
        }
        let discount = Discount {
            value: map
                .cell(row, C::Discount)
                .and_then(|s| parse_number(s).ok().flatten()),
            min_trackers: map.cell(row, C::DeviceLimit).and_then(parse_whole),
            end_date: map.cell(row, C::DiscountEndDate).and_then(parse_any_date),
            ..Discount::default()
        };
        let user = UserRow {
            line,
            fields,
            password: get(C::Password).unwrap_or_default(),
            discount,
            comment: get(C::Comment),
        };
        (user, Self::problems(map, row))
    }

    /// Every problem of one row, read where its cells are (nothing copied:
    /// the preview asks this of every row of a file).
    pub fn problems(map: &HeaderMap, row: &[String]) -> Vec<FieldError> {
        use ImportColumn as C;
        let mut errors = Vec::new();

        let status = map.cell(row, C::Status);
        match status {
            Some(s) if parse_status(s).is_none() => {
                errors.push(FieldError::new(C::Status.parameter(), Rule::UnknownValue));
            }
            Some(_) => {}
            None => errors.push(FieldError::new(C::Status.parameter(), Rule::Required)),
        }
        let legal_cell = map.cell(row, C::LegalStatus);
        let legal_type = legal_cell.and_then(parse_legal_status);
        if legal_cell.is_some() && legal_type.is_none() {
            errors.push(FieldError::new(
                C::LegalStatus.parameter(),
                Rule::UnknownValue,
            ));
        }

        // A missing legal status is reported once, as its own column's problem.
        let mut user_errors = validation::validate_user_with(legal_type, |f| {
            map.cell(row, ImportColumn::of_field(f))
        });
        if legal_cell.is_none() {
            user_errors.retain(|e| e.parameter != "user.legal_type");
            errors.push(FieldError::new(C::LegalStatus.parameter(), Rule::Required));
        } else if legal_type.is_none() {
            user_errors.retain(|e| e.parameter != "user.legal_type");
        }
        errors.extend(user_errors);

        let password = map.cell(row, C::Password).unwrap_or_default();
        errors.extend(validation::validate_password(
            "users_import.password",
            password,
        ));

        let mut discount = Discount::default();
        if let Some(s) = map.cell(row, C::Discount) {
            match parse_number(s) {
                Ok(Some(v)) => discount.value = Some(v),
                Ok(None) => errors.push(FieldError::new(
                    "discount.value",
                    Rule::OutOfRange {
                        min: 0.0,
                        max: 100.0,
                    },
                )),
                Err(rule) => errors.push(FieldError::new("discount.value", rule)),
            }
        }
        if let Some(s) = map.cell(row, C::DeviceLimit) {
            match parse_whole(s) {
                Some(n) => discount.min_trackers = Some(n),
                None => errors.push(FieldError::new("discount.min_trackers", Rule::NotNegative)),
            }
        }
        if let Some(s) = map.cell(row, C::DiscountEndDate) {
            match parse_any_date(s) {
                Some(d) => discount.end_date = Some(d),
                None => errors.push(FieldError::new("discount.end_date", Rule::InvalidDate)),
            }
        }
        errors.extend(validation::validate_discount(&discount));
        errors.extend(
            map.cell(row, C::Comment)
                .and_then(validation::validate_comment),
        );
        errors
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn reads_a_row_in_any_column_order() {
        let map = HeaderMap::new(&strings(&[
            "Name*",
            "Surname*",
            "Email address*",
            "Password*",
            "Status*",
            "Legal status*",
            "Discount",
            "Colour",
        ]));
        assert!(map.missing_required().is_empty());
        assert_eq!(map.unknown, ["Colour"]);
        let (row, errors) = UserRow::read(
            &map,
            &strings(&[
                "John",
                "Smith",
                "john@example.com",
                "secret12",
                "1",
                "1",
                "5,5",
                "red",
            ]),
            2,
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(row.fields.login.as_deref(), Some("john@example.com"));
        assert_eq!(row.fields.activated, Some(true));
        assert_eq!(row.discount.value, Some(5.5));
    }

    #[test]
    fn reports_every_problem_of_a_row() {
        let map = HeaderMap::new(&strings(&[
            "Email address",
            "Password",
            "Status",
            "Legal status",
            "Surname",
            "Name",
        ]));
        let (_, errors) = UserRow::read(&map, &strings(&["bad", "123", "7", "9", "", "X"]), 3);
        let params: Vec<&str> = errors.iter().map(|e| e.parameter.as_str()).collect();
        for p in [
            "users_import.status",
            "users_import.legal_status",
            "user.login",
            "user.last_name",
            "users_import.password",
        ] {
            assert!(params.contains(&p), "{p} in {params:?}");
        }
    }

    #[test]
    fn numbers_dates_and_statuses_as_people_write_them() {
        assert_eq!(parse_whole("1,000"), Some(1000));
        assert_eq!(parse_whole("1 000 000"), Some(1_000_000));
        assert_eq!(parse_whole("1\u{a0}000"), Some(1000));
        assert_eq!(parse_whole("12"), Some(12));
        assert_eq!(parse_whole("1,5"), None);
        assert_eq!(parse_number("5,5"), Ok(Some(5.5)));
        assert_eq!(parse_number("7.5 %"), Ok(Some(7.5)));
        assert_eq!(parse_number("1,500"), Err(Rule::AmbiguousNumber));
        assert_eq!(parse_any_date("31.01.2030").as_deref(), Some("2030-01-31"));
        assert_eq!(
            parse_any_date("2030-01-31 10:00:00").as_deref(),
            Some("2030-01-31")
        );
        for bad in [
            "2030-01-31xyz",
            "2030-01-31 25:00:00",
            "2030-01-3",
            "31.01.30",
        ] {
            assert_eq!(parse_any_date(bad), None, "{bad}");
        }
        assert_eq!(parse_status("TRUE"), Some(true));
        assert_eq!(parse_status("ЛОЖЬ"), Some(false));
        assert_eq!(parse_status("yes"), None);
        assert_eq!(password_warning(" Secret123"), Some(Rule::StartsWithSpace));
        assert_eq!(password_warning("Secret123 "), Some(Rule::EndsWithSpace));
    }

    #[test]
    fn the_header_may_sit_below_a_title_and_a_column_may_not_come_twice() {
        let rows = vec![
            strings(&["Customers to import"]),
            strings(&[
                "Email address*",
                "Password*",
                "Status*",
                "Surname*",
                "login",
            ]),
        ];
        assert_eq!(find_header(&rows), Some(1));
        let map = HeaderMap::new(&rows[1]);
        assert_eq!(map.duplicates, [(ImportColumn::Email, 0, 4)]);
    }

    #[test]
    fn missing_columns() {
        let map = HeaderMap::new(&strings(&["Email address", "Surname"]));
        assert_eq!(
            map.missing_required(),
            [
                ImportColumn::Password,
                ImportColumn::Status,
                ImportColumn::LegalStatus,
                ImportColumn::Name
            ]
        );
    }
}
