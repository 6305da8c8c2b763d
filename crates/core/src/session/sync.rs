//! An import that updates: each row of a file classified against the
//! server by its login as **new** (no such user), **changed** (the user
//! exists and a column the file has differs: old → new), **unchanged**, or a
//! **conflict** (what the server cannot change, the legal type). New rows go
//! through `panel/user/upload` as before; changed ones through
//! `panel/user/update` with the whole user as the server has it and only the
//! file's filled cells changed: a blank cell leaves the server's value (an
//! import never clears what it does not fill). An existing user's password
//! is never changed by an import.
//!
//! The dealer's users are read with the list API in as few requests as the
//! file needs: every page of the dealer's users when that takes fewer
//! requests than the rows, otherwise one filtered request per login. The
//! discount, which the list does not carry, is read per user, and only for
//! rows whose file has discount columns.

use crate::api::{self, Client, DealerHash, ListQuery, UserRecord, UserUpdate, verify};
use crate::import::Preview;
use crate::import::rows::UserRow;
use crate::model::import_columns::ImportColumn;
use crate::model::validation::login_key;
use crate::model::{Discount, LegalType, User, UserField};
use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

/// How many users a page of the list reads.
pub const PAGE: u32 = 1000;
/// Lookups (filtered lists, reads) on their way at once.
const AT_ONCE: usize = 8;

/// One column that differs: what the server has, what the file says.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub column: ImportColumn,
    pub old: String,
    pub new: String,
}

/// What a row is against the server.
#[derive(Debug, Clone, PartialEq)]
pub enum Class {
    New,
    Changed {
        user_id: i64,
        changes: Vec<FieldChange>,
    },
    Unchanged {
        user_id: i64,
    },
    /// The file asks what the server cannot do (a legal type change).
    Conflict {
        user_id: i64,
        reason: Conflict,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub enum Conflict {
    /// The legal type is fixed once a user exists.
    LegalType { from: LegalType, to: LegalType },
}

impl Class {
    pub fn key(&self) -> &'static str {
        match self {
            Class::New => "new",
            Class::Changed { .. } => "changed",
            Class::Unchanged { .. } => "unchanged",
            Class::Conflict { .. } => "conflict",
        }
    }
}

/// The rows classified, and what it took.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Classified {
    /// By the preview's row index.
    pub classes: BTreeMap<usize, Class>,
    /// Requests sent to learn it.
    pub requests: usize,
    pub elapsed: Duration,
}

impl Classified {
    pub fn count(&self, key: &str) -> usize {
        self.classes.values().filter(|c| c.key() == key).count()
    }

    /// "12 new, 3 changed, 40 unchanged, 1 conflict", as the import
    /// screen says it.
    pub fn summary(&self) -> String {
        crate::fl!(
            "sync-summary",
            new = self.count("new"),
            changed = self.count("changed"),
            unchanged = self.count("unchanged"),
            conflicts = self.count("conflict")
        )
    }

    /// The same, with what it cost: "(2 requests, 140 ms)", for
    /// `navixy-panel import`'s log, where support reads it.
    pub fn summary_with_cost(&self) -> String {
        format!(
            "{} {}",
            self.summary(),
            crate::fl!(
                "sync-cost",
                requests = self.requests,
                ms = (self.elapsed.as_millis() as u64)
            )
        )
    }
}

/// The discount columns: a row that has any is compared with a read.
const DISCOUNT_COLUMNS: [ImportColumn; 3] = [
    ImportColumn::Discount,
    ImportColumn::DeviceLimit,
    ImportColumn::DiscountEndDate,
];

/// Classifies `rows` of `preview` (valid rows: their logins are read).
pub async fn classify(
    client: &Client,
    hash: &DealerHash,
    preview: &Preview,
    rows: &[usize],
) -> Result<Classified, api::Error> {
    let started = Instant::now();
    let mut requests = 0;
    let logins: Vec<String> = rows
        .iter()
        .map(|&i| login_key(preview.rows[i].cell(ImportColumn::Email)))
        .collect();
    let users = find_users(client, hash, &logins, &mut requests).await?;
    let with_discount = DISCOUNT_COLUMNS.iter().any(|c| preview.columns.contains(c));
    // The discount is not in the list: read where the file has it.
    let mut discounts: HashMap<i64, Option<Discount>> = HashMap::new();
    if with_discount {
        let ids: Vec<i64> = logins
            .iter()
            .filter_map(|l| users.get(l).map(|u| u.id))
            .collect();
        let records = read_all(client, hash, &ids).await?;
        requests += ids.len();
        discounts = records
            .into_iter()
            .map(|r| (r.user.id, r.discount))
            .collect();
    }
    let mut classes = BTreeMap::new();
    for (&i, login) in rows.iter().zip(&logins) {
        let Some(row) = preview.user_row(i) else {
            continue;
        };
        let class = match users.get(login) {
            None => Class::New,
            Some(user) => compare(preview, &row, user, discounts.get(&user.id)),
        };
        classes.insert(i, class);
    }
    Ok(Classified {
        classes,
        requests,
        elapsed: started.elapsed(),
    })
}

/// The users with these logins (by `login_key`), read in as few requests as
/// can be: every page of the dealer's users, or one lookup per login.
async fn find_users(
    client: &Client,
    hash: &DealerHash,
    logins: &[String],
    requests: &mut usize,
) -> Result<HashMap<String, User>, api::Error> {
    let page = |offset: u32| ListQuery {
        limit: Some(PAGE),
        offset: Some(offset),
        ..ListQuery::default()
    };
    let first = client.users_list(hash, &page(0)).await?;
    *requests += 1;
    let pages = first.count.div_ceil(u64::from(PAGE)) as usize;
    let wanted: std::collections::HashSet<&String> = logins.iter().collect();
    let mut found = HashMap::new();
    let keep = |list: Vec<User>, found: &mut HashMap<String, User>| {
        for u in list {
            let key = login_key(u.fields.login.as_deref().unwrap_or_default());
            if wanted.contains(&key) {
                found.insert(key, u);
            }
        }
    };
    keep(first.list, &mut found);
    if pages <= 1 {
        return Ok(found);
    }
    if pages - 1 <= logins.len() {
        // Every page: fewer requests than the rows.
        for p in 1..pages {
            let more = client.users_list(hash, &page(p as u32 * PAGE)).await?;
            *requests += 1;
            keep(more.list, &mut found);
        }
        return Ok(found);
    }
    // A few rows of a big dealer: one lookup per login (the filter is a
    // substring search, so the login is matched exactly here).
    let mut pending = tokio::task::JoinSet::new();
    let missing: Vec<String> = logins
        .iter()
        .filter(|l| !found.contains_key(*l))
        .cloned()
        .collect();
    let mut queue = missing.into_iter();
    loop {
        while pending.len() < AT_ONCE {
            let Some(login) = queue.next() else { break };
            let (client, hash) = (client.clone(), hash.clone());
            pending.spawn(async move {
                let query = ListQuery {
                    filter: Some(login.clone()),
                    limit: Some(100),
                    ..ListQuery::default()
                };
                let page = client.users_list(&hash, &query).await?;
                Ok::<_, api::Error>(
                    page.list.into_iter().find(|u| {
                        login_key(u.fields.login.as_deref().unwrap_or_default()) == login
                    }),
                )
            });
            *requests += 1;
        }
        let Some(done) = pending.join_next().await else {
            return Ok(found);
        };
        let user = done.map_err(|e| api::Error::UnexpectedResponse {
            status: 0,
            detail: format!("lookup stopped: {e}"),
        })??;
        if let Some(u) = user {
            found.insert(login_key(u.fields.login.as_deref().unwrap_or_default()), u);
        }
    }
}

/// Reads these users whole, a few at a time.
async fn read_all(
    client: &Client,
    hash: &DealerHash,
    ids: &[i64],
) -> Result<Vec<UserRecord>, api::Error> {
    let mut pending = tokio::task::JoinSet::new();
    let mut queue = ids.iter().copied();
    let mut read = Vec::with_capacity(ids.len());
    loop {
        while pending.len() < AT_ONCE {
            let Some(id) = queue.next() else { break };
            let (client, hash) = (client.clone(), hash.clone());
            pending.spawn(async move { client.user_read(&hash, id).await });
        }
        let Some(done) = pending.join_next().await else {
            return Ok(read);
        };
        read.push(done.map_err(|e| api::Error::UnexpectedResponse {
            status: 0,
            detail: format!("read stopped: {e}"),
        })??);
    }
}

/// The text of a field for comparing: blank is nothing; a phone by its digits.
fn same(field: Option<UserField>, a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    match field {
        Some(UserField::Phone) => {
            let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
            digits(a) == digits(b)
        }
        _ => a == b,
    }
}

/// The file's columns that carry a user field, with the field.
fn field_columns(preview: &Preview) -> Vec<(ImportColumn, UserField)> {
    UserField::ALL
        .into_iter()
        .filter_map(|f| Some((ImportColumn::for_parameter(f.parameter())?, f)))
        .filter(|(c, _)| preview.columns.contains(c) && *c != ImportColumn::Email)
        .collect()
}

/// A found user against its row: only the columns the file has count.
fn compare(
    preview: &Preview,
    row: &UserRow,
    user: &User,
    discount: Option<&Option<Discount>>,
) -> Class {
    if let (Some(from), Some(to)) = (user.fields.legal_type, row.fields.legal_type)
        && from != to
    {
        return Class::Conflict {
            user_id: user.id,
            reason: Conflict::LegalType { from, to },
        };
    }
    let mut changes = Vec::new();
    // A blank cell says nothing: the server's value stays (an import never
    // clears what it does not fill).
    let mut differ = |column, old: String, new: String, field| {
        if !new.trim().is_empty() && !same(field, &old, &new) {
            changes.push(FieldChange {
                column,
                old: old.trim().to_owned(),
                new: new.trim().to_owned(),
            });
        }
    };
    for (column, field) in field_columns(preview) {
        let old = field.get(&user.fields).unwrap_or_default().to_owned();
        let new = field.get(&row.fields).unwrap_or_default().to_owned();
        differ(column, old, new, Some(field));
    }
    if preview.columns.contains(&ImportColumn::Status) {
        let word = |b: Option<bool>| if b == Some(false) { "0" } else { "1" }.to_owned();
        differ(
            ImportColumn::Status,
            word(user.fields.activated),
            word(row.fields.activated),
            None,
        );
    }
    if preview.columns.contains(&ImportColumn::Comment) {
        differ(
            ImportColumn::Comment,
            user.comment.clone().unwrap_or_default(),
            row.comment.clone().unwrap_or_default(),
            None,
        );
    }
    if let Some(stored) = discount {
        let stored = stored.clone().unwrap_or_default();
        let number = |v: Option<f64>| v.map(|v| format!("{v}")).unwrap_or_default();
        let day = |d: Option<&str>| {
            d.map(|d| d.get(..10).unwrap_or(d).to_owned())
                .unwrap_or_default()
        };
        for column in DISCOUNT_COLUMNS
            .into_iter()
            .filter(|c| preview.columns.contains(c))
        {
            let (old, new) = match column {
                ImportColumn::Discount => (number(stored.value), number(row.discount.value)),
                ImportColumn::DeviceLimit => (
                    number(stored.min_trackers.map(|n| n as f64)),
                    number(row.discount.min_trackers.map(|n| n as f64)),
                ),
                _ => (
                    day(stored.end_date.as_deref()),
                    day(row.discount.end_date.as_deref()),
                ),
            };
            differ(column, old, new, None);
        }
    }
    if changes.is_empty() {
        Class::Unchanged { user_id: user.id }
    } else {
        Class::Changed {
            user_id: user.id,
            changes,
        }
    }
}

/// The update a changed row sends: the user whole as the server has it now
/// (read again just before), with the file's columns over it. The password
/// is never part of it.
pub fn update_for(preview: &Preview, row: &UserRow, now: &UserRecord) -> UserUpdate {
    let mut fields = now.user.fields.clone();
    for (_, field) in field_columns(preview) {
        if let Some(new) = field.get(&row.fields).filter(|v| !v.trim().is_empty()) {
            *field.slot(&mut fields) = Some(new.to_owned());
        }
    }
    if preview.columns.contains(&ImportColumn::Status) {
        fields.activated = row.fields.activated;
        fields.verified = row.fields.activated;
    }
    let mut discount = now.discount.clone().unwrap_or_default();
    let d = &row.discount;
    discount.value = d.value.or(discount.value);
    discount.min_trackers = d.min_trackers.or(discount.min_trackers);
    discount.end_date = d.end_date.clone().or(discount.end_date);
    let mut update = UserUpdate::new(now.user.id, fields, discount);
    update.comment = row
        .comment
        .clone()
        .filter(|c| !c.trim().is_empty())
        .or_else(|| now.user.comment.clone());
    update
}

/// Applies one changed row: reads the user, sends the update once (read
/// back if its answer is lost).
pub async fn apply_change(
    client: &Client,
    hash: &DealerHash,
    preview: &Preview,
    row: usize,
    user_id: i64,
) -> Result<(), api::Error> {
    let Some(file_row) = preview.user_row(row) else {
        return Err(api::Error::InvalidRequest(format!("no row {row}")));
    };
    let now = client
        .user_read(hash, user_id)
        .await
        .map_err(|e| api::Error::NotSent(Box::new(e)))?;
    // The user read must be the row's: another login would be another
    // user's account updated with this row's cells.
    let asked = login_key(preview.rows[row].cell(ImportColumn::Email));
    let answered = login_key(now.user.fields.login.as_deref().unwrap_or_default());
    if asked != answered {
        return Err(api::Error::NotSent(Box::new(api::Error::Inconsistent(
            format!("asked for {asked}, answered {answered}"),
        ))));
    }
    verify::update_user(client, hash, &update_for(preview, &file_row, &now)).await
}

/// The user as the server has it, as an update would send it unchanged
/// (the journal's "before").
pub fn as_update(now: &UserRecord) -> UserUpdate {
    let mut before = UserUpdate::new(
        now.user.id,
        now.user.fields.clone(),
        now.discount.clone().unwrap_or_default(),
    );
    before.comment = now.user.comment.clone();
    before.default_tariff_id = now.default_tariff_id;
    before
}
