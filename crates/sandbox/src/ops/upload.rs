//! panel/user/upload: create users from a CSV (`;`) or XLS/XLSX file.
//!
//! Like Navixy, it stops at the first bad row and answers with its
//! `row_number` (the header is row 1). Rows before it are created — Navixy
//! does not document this either way, so the panel must (and does) check
//! which logins exist before offering a retry.

use super::super::params::Params;
use super::super::password;
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::Store;
use super::super::users::{self, NewUserRow};
use navixy_core::import::{
    HeaderMap, MAX_FILE_BYTES, MAX_ROWS, UserRow, read_table, rows::is_blank,
};
use navixy_core::model::ErrorCode;
use std::collections::HashSet;

pub fn upload(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "create")])?;
    let file = p.file.as_ref().ok_or(ErrorCode::NoDataFile)?;
    if file.bytes.len() > MAX_FILE_BYTES {
        return Err(ErrorCode::FileTooLarge.into());
    }
    let table = read_table(&file.name, &file.bytes).map_err(|e| {
        tracing::info!(error = %e, "unreadable upload");
        Failure::new(ErrorCode::InvalidDataFormat)
    })?;
    // The first non-empty line is the header, as the panel's preview reads it.
    let Some(header) = table.rows.first() else {
        return Err(ErrorCode::EmptyDataFile.into());
    };
    let map = HeaderMap::new(header);
    let missing = map.missing_required();
    if !missing.is_empty() {
        let mut f = Failure::new(ErrorCode::InvalidParameters).at_row(1);
        f.errors = missing
            .iter()
            .map(|c| (c.parameter(), "required column not found".to_owned()))
            .collect();
        return Err(f);
    }
    let data: Vec<(usize, &Vec<String>)> = table
        .rows
        .iter()
        .skip(1)
        .filter(|r| !is_blank(r))
        .map(|r| (r.line, &r.cells))
        .collect();
    if data.is_empty() {
        return Err(ErrorCode::EmptyDataFile.into());
    }
    if data.len() > MAX_ROWS {
        return Err(ErrorCode::OverQuota.into());
    }

    // Everything slow happens before the database lock: reading the rows up
    // to the first bad one and hashing their passwords (argon2, on this
    // blocking thread). Another dealer's calls keep being answered meanwhile.
    let mut seen = HashSet::new();
    let mut stop: Option<Failure> = None;
    let mut ready = Vec::new();
    for (line, cells) in data {
        let (row, errors) = UserRow::read(&map, cells, line);
        if !errors.is_empty() {
            stop = Some(Failure::invalid(errors).at_row(line));
            break;
        }
        let login = navixy_core::model::validation::login_key(
            row.fields.login.as_deref().unwrap_or_default(),
        );
        if !seen.insert(login) {
            stop = Some(Failure::new(ErrorCode::DuplicateLogin).at_row(line));
            break;
        }
        let hash = password::hash(&row.password);
        ready.push((line, row, hash));
    }
    // Then one short transaction.
    let mut conn = store.conn();
    let tx = conn.transaction()?;
    let mut created = 0u64;
    for (line, row, hash) in &ready {
        let inserted = users::insert(
            &tx,
            &NewUserRow {
                dealer_id: dealer,
                fields: &row.fields,
                password_hash: hash,
                discount: &row.discount,
                comment: row.comment.as_deref(),
                default_tariff_id: None,
                time_zone: Some("UTC"),
                locale: None,
                balance: 0.0,
                bonus: 0.0,
                trackers_count: 0,
                creation_date: None,
            },
        );
        match inserted {
            Ok(_) => created += 1,
            Err(f) => {
                // A later bad row is not reached: Navixy stops at the first.
                stop = Some(f.at_row(*line));
                break;
            }
        }
    }
    tx.commit()?;
    tracing::info!(dealer, created, "upload processed");
    match stop {
        Some(failure) => Err(failure),
        None => Ok(Reply::with("total", created).and("errors", 0)),
    }
}
