//! Rows of an upload table → users to create, checked with the shared rules
//! (`model::validation`) plus the upload's own: required columns, Status 0/1,
//! Legal status 1/2/3, discount numbers.

use crate::model::import_columns::ImportColumn;
use crate::model::validation::{self, FieldError, Rule, parse_date};
use crate::model::{Discount, LegalType, UserFields};

/// Which column of the file holds what.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeaderMap {
    /// Where each column is in the file, by [`ImportColumn::index`] (an array:
    /// looked up 27 times per row, a hash map showed in the profile; boxed so
    /// that messages carrying a preview stay small).
    index: Box<[Option<usize>; ImportColumn::ALL.len()]>,
    /// Header cells that name no known column (reported, then ignored).
    pub unknown: Vec<String>,
}

impl HeaderMap {
    pub fn new(header: &[String]) -> Self {
        let mut map = HeaderMap::default();
        for (i, cell) in header.iter().enumerate() {
            match ImportColumn::from_header(cell) {
                // The first of two equal headers wins.
                Some(col) => {
                    map.index[col.index()].get_or_insert(i);
                }
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
        }
    }

    /// A row of the file rearranged into canonical order (empty where absent).
    /// Takes the row: its cells move, they are not copied.
    pub fn by_column(&self, mut row: Vec<String>) -> Vec<String> {
        ImportColumn::ALL
            .iter()
            .map(|c| {
                self.index[c.index()]
                    .and_then(|i| row.get_mut(i))
                    .map(std::mem::take)
                    .unwrap_or_default()
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

    fn cell<'a>(&self, row: &'a [String], col: ImportColumn) -> Option<&'a str> {
        let i = self.index[col.index()]?;
        row.get(i).map(String::as_str).filter(|s| !s.is_empty())
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
    row.iter().all(|c| c.trim().is_empty())
}

fn parse_number(s: &str) -> Option<f64> {
    s.trim()
        .trim_end_matches('%')
        .trim()
        .replace(',', ".")
        .parse()
        .ok()
}

/// Accepts `yyyy-MM-dd` (what date cells read as) and `dd.MM.yyyy` (Russian habit).
fn parse_any_date(s: &str) -> Option<String> {
    let s = s.trim();
    // Already in the API's form (most files): no need to format it again.
    if validation::canonical_date(s).is_some() {
        return Some(s.to_owned());
    }
    parse_date(s)
        .or_else(|| chrono::NaiveDate::parse_from_str(s.trim(), "%d.%m.%Y").ok())
        .map(|d| d.format(crate::model::DATE_FORMAT).to_string())
}

impl UserRow {
    /// Reads one row; returns it with every problem found (empty when valid).
    pub fn read(map: &HeaderMap, row: &[String], line: usize) -> (UserRow, Vec<FieldError>) {
        use ImportColumn as C;
        let get = |c: ImportColumn| map.cell(row, c).map(str::to_owned);
        let mut errors = Vec::new();

        let activated = match map.cell(row, C::Status) {
            Some("1") => Some(true),
            Some("0") => Some(false),
            Some(_) => {
                errors.push(FieldError::new(C::Status.parameter(), Rule::UnknownValue));
                None
            }
            None => None, // reported as required below
        };
        if activated.is_none() && map.cell(row, C::Status).is_none() {
            errors.push(FieldError::new(C::Status.parameter(), Rule::Required));
        }
        let legal_type = match map.cell(row, C::LegalStatus) {
            None => None,
            Some(s) => {
                let t = s.parse::<u8>().ok().and_then(LegalType::from_import_number);
                if t.is_none() {
                    errors.push(FieldError::new(
                        C::LegalStatus.parameter(),
                        Rule::UnknownValue,
                    ));
                }
                t
            }
        };

        let fields = UserFields {
            activated,
            verified: activated,
            login: get(C::Email),
            first_name: get(C::Name),
            middle_name: get(C::MiddleName),
            last_name: get(C::Surname),
            legal_name: get(C::LegalName),
            legal_type,
            phone: get(C::Phone),
            post_country: get(C::Country),
            post_index: get(C::Zip),
            post_region: get(C::Region),
            post_city: get(C::City),
            post_street_address: get(C::Street),
            registered_country: get(C::RegCountry),
            registered_index: get(C::RegZip),
            registered_region: get(C::RegRegion),
            registered_city: get(C::RegCity),
            registered_street_address: get(C::RegAddress),
            state_reg_num: get(C::StateRegNum),
            tin: get(C::TaxNumber),
            okpo_code: get(C::Okpo),
            iec: get(C::Iec),
        };
        // A missing legal status is reported once, as its own column's problem.
        let mut user_errors = validation::validate_user(&fields);
        if map.cell(row, C::LegalStatus).is_none() {
            user_errors.retain(|e| e.parameter != "user.legal_type");
            errors.push(FieldError::new(C::LegalStatus.parameter(), Rule::Required));
        } else if legal_type.is_none() {
            user_errors.retain(|e| e.parameter != "user.legal_type");
        }
        errors.extend(user_errors);

        let password = get(C::Password).unwrap_or_default();
        errors.extend(validation::validate_password(
            "users_import.password",
            &password,
        ));

        let mut discount = Discount::default();
        if let Some(s) = map.cell(row, C::Discount) {
            match parse_number(s) {
                Some(v) => discount.value = Some(v),
                None => errors.push(FieldError::new(
                    "discount.value",
                    Rule::OutOfRange {
                        min: 0.0,
                        max: 100.0,
                    },
                )),
            }
        }
        if let Some(s) = map.cell(row, C::DeviceLimit) {
            match parse_number(s).filter(|n| n.fract() == 0.0) {
                Some(n) => discount.min_trackers = Some(n as i64),
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

        let comment = get(C::Comment);
        errors.extend(comment.as_deref().and_then(validation::validate_comment));

        (
            UserRow {
                line,
                fields,
                password,
                discount,
                comment,
            },
            errors,
        )
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
