//! Users in the sandbox database: reading rows as the API's JSON, inserting,
//! updating, listing. Every lookup is scoped to the dealer: another dealer's
//! user is "not found" (201), exactly like a user that does not exist.

use super::reply::Failure;
use super::store::now_text;
use navixy_core::model::{Discount, ErrorCode, UserField, UserFields};
use navixy_core::model::{ListQuery, OrderBy};
use rusqlite::{Connection, OptionalExtension, Row, params_from_iter};
use serde_json::{Map, Value};

/// Editable text columns: the user's text fields (`model::UserField`, the one
/// table) and `legal_type`, named as in the API.
fn text_columns() -> impl Iterator<Item = &'static str> {
    UserField::ALL
        .into_iter()
        .map(UserField::name)
        .chain(["legal_type"])
}

/// Every field of the user object, in the seed's order: what `list` and
/// `read` answer with and what `export` may write.
pub const USER_COLUMNS: [&str; 33] = [
    "dealer_id",
    "activated",
    "verified",
    "login",
    "first_name",
    "middle_name",
    "last_name",
    "legal_name",
    "legal_type",
    "phone",
    "post_country",
    "post_index",
    "post_region",
    "post_city",
    "post_street_address",
    "registered_country",
    "registered_index",
    "registered_region",
    "registered_city",
    "registered_street_address",
    "state_reg_num",
    "tin",
    "okpo_code",
    "iec",
    "id",
    "balance",
    "bonus",
    "creation_date",
    "trackers_count",
    "comment",
    "default_tariff_id",
    "mfa_allowed",
    "menu_preset_id",
];

fn select_users() -> String {
    format!("SELECT {} FROM users", USER_COLUMNS.join(", "))
}

fn user_from_row(r: &Row) -> rusqlite::Result<Map<String, Value>> {
    let mut m = Map::new();
    for (i, name) in USER_COLUMNS.iter().enumerate() {
        if *name == "default_tariff_id" {
            continue; // answered beside the user by `read`, not inside it
        }
        let v = match *name {
            "activated" | "verified" | "mfa_allowed" => Value::Bool(r.get::<_, bool>(i)?),
            "menu_preset_id" => r.get::<_, Option<i64>>(i)?.map_or(Value::Null, Value::from),
            "id" | "dealer_id" | "trackers_count" => Value::from(r.get::<_, i64>(i)?),
            "balance" | "bonus" => super::money::answer(r.get(i)?),
            // The spec's answers give empty text as "", never null.
            _ => Value::String(r.get::<_, Option<String>>(i)?.unwrap_or_default()),
        };
        m.insert((*name).to_owned(), v);
    }
    Ok(m)
}

/// The text `filter` is matched against: the id and the fields, lower-cased,
/// one per line.
fn search_text(id: i64, fields: &Map<String, Value>) -> String {
    let mut s = id.to_string();
    for f in UserField::ALL.into_iter().filter(|f| f.filtered()) {
        if let Some(v) = fields.get(f.name()).and_then(Value::as_str) {
            s.push('\n');
            s.push_str(&v.to_lowercase());
        }
    }
    s
}

/// A live user of this dealer, or 201.
pub fn find(
    conn: &Connection,
    dealer_id: i64,
    user_id: i64,
) -> Result<Map<String, Value>, Failure> {
    conn.query_row(
        &format!(
            "{} WHERE id = ?1 AND dealer_id = ?2 AND deleted = 0",
            select_users()
        ),
        [user_id, dealer_id],
        user_from_row,
    )
    .optional()?
    .ok_or_else(|| ErrorCode::NotFound.into())
}

/// The editable fields of a stored user.
pub fn fields_of(user: &Map<String, Value>) -> UserFields {
    serde_json::from_value(Value::Object(user.clone())).unwrap_or_default()
}

pub fn discount_of(conn: &Connection, user_id: i64) -> rusqlite::Result<(Discount, Option<i64>)> {
    conn.query_row(
        "SELECT discount_value, discount_min_trackers, discount_end_date, discount_strategy, default_tariff_id
         FROM users WHERE id = ?1",
        [user_id],
        |r| {
            let strategy: String = r.get(3)?;
            Ok((
                Discount {
                    value: Some(r.get(0)?),
                    min_trackers: Some(r.get(1)?),
                    end_date: r.get(2)?,
                    strategy: navixy_core::model::DiscountStrategy::parse(&strategy),
                },
                r.get(4)?,
            ))
        },
    )
}

/// True when a live user (of any dealer) other than `except` has this login
/// by the one rule for "the same login" (`validation::login_key`).
pub fn login_taken(conn: &Connection, login: &str, except: Option<i64>) -> rusqlite::Result<bool> {
    let id: Option<i64> = conn
        .query_row(
            "SELECT id FROM users WHERE login_key = ?1 AND deleted = 0",
            [navixy_core::model::validation::login_key(login)],
            |r| r.get(0),
        )
        .optional()?;
    Ok(id.is_some_and(|id| Some(id) != except))
}

fn fields_map(fields: &UserFields) -> Map<String, Value> {
    match serde_json::to_value(fields) {
        Ok(Value::Object(m)) => m,
        _ => Map::new(),
    }
}

fn text(m: &Map<String, Value>, key: &str) -> Option<String> {
    m.get(key).and_then(Value::as_str).map(str::to_owned)
}

/// Everything needed to store a new user; already validated.
pub struct NewUserRow<'a> {
    pub dealer_id: i64,
    pub fields: &'a UserFields,
    pub password_hash: &'a str,
    pub discount: &'a Discount,
    pub comment: Option<&'a str>,
    pub default_tariff_id: Option<i64>,
    pub time_zone: Option<&'a str>,
    pub locale: Option<&'a str>,
    pub balance: f64,
    pub bonus: f64,
    pub trackers_count: i64,
    pub creation_date: Option<String>,
}

/// Inserts a user; 206 when the login is taken.
pub fn insert(conn: &Connection, u: &NewUserRow) -> Result<i64, Failure> {
    let m = fields_map(u.fields);
    let login = text(&m, "login").unwrap_or_default();
    if login_taken(conn, &login, None)? {
        return Err(ErrorCode::LoginInUse.into());
    }
    let activated = u.fields.activated.unwrap_or(true);
    let verified = u.fields.verified.unwrap_or(activated);
    let text: Vec<&str> = text_columns().collect();
    let columns = text.join(", ");
    let placeholders: Vec<String> = (1..=text.len()).map(|i| format!("?{i}")).collect();
    let n = text.len();
    let sql = format!(
        "INSERT INTO users ({columns}, dealer_id, password_hash, activated, verified, comment,
            discount_value, discount_min_trackers, discount_end_date, discount_strategy,
            default_tariff_id, time_zone, locale, balance, bonus, trackers_count, creation_date,
            login_key)
         VALUES ({}, {})",
        placeholders.join(", "),
        (n + 1..=n + 17)
            .map(|i| format!("?{i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let mut values: Vec<Value> = text
        .iter()
        .map(|f| m.get(*f).cloned().unwrap_or(Value::Null))
        .collect();
    values.extend([
        Value::from(u.dealer_id),
        Value::from(u.password_hash),
        Value::from(activated),
        Value::from(verified),
        u.comment.map(Value::from).unwrap_or(Value::Null),
        Value::from(u.discount.value.unwrap_or(0.0)),
        Value::from(u.discount.min_trackers.unwrap_or(0)),
        u.discount
            .end_date
            .clone()
            .map(Value::from)
            .unwrap_or(Value::Null),
        Value::from(
            u.discount
                .strategy
                .unwrap_or(navixy_core::model::DiscountStrategy::NoSumming)
                .as_str(),
        ),
        u.default_tariff_id.map(Value::from).unwrap_or(Value::Null),
        u.time_zone.map(Value::from).unwrap_or(Value::Null),
        u.locale.map(Value::from).unwrap_or(Value::Null),
        Value::from(u.balance),
        Value::from(u.bonus),
        Value::from(u.trackers_count),
        Value::from(u.creation_date.clone().unwrap_or_else(now_text)),
        Value::from(navixy_core::model::validation::login_key(&login)),
    ]);
    conn.prepare_cached(&sql)?
        .execute(params_from_iter(values.iter().map(sql_value)))?;
    let id = conn.last_insert_rowid();
    set_search_text(conn, id, &m)?;
    Ok(id)
}

fn set_search_text(
    conn: &Connection,
    id: i64,
    fields: &Map<String, Value>,
) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM user_search WHERE rowid = ?1")?
        .execute([id])?;
    conn.prepare_cached("INSERT INTO user_search (rowid, text) VALUES (?1, ?2)")?
        .execute(rusqlite::params![id, search_text(id, fields)])?;
    Ok(())
}

/// The SQL condition for a filter. Three characters or more use the trigram
/// index; shorter ones (trigrams cannot match them) scan the search text.
fn filter_condition(filter: &str, param: usize) -> (String, String) {
    if filter.chars().count() >= 3 {
        // An FTS5 phrase: quotes doubled, so the text is matched literally.
        let phrase = format!("\"{}\"", filter.replace('"', "\"\""));
        (
            format!("id IN (SELECT rowid FROM user_search WHERE user_search MATCH ?{param})"),
            phrase,
        )
    } else {
        (
            format!("id IN (SELECT rowid FROM user_search WHERE instr(text, ?{param}) > 0)"),
            filter.to_owned(),
        )
    }
}

fn sql_value(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as S;
    match v {
        Value::Null => S::Null,
        Value::Bool(b) => S::Integer(i64::from(*b)),
        Value::Number(n) => n
            .as_i64()
            .map(S::Integer)
            .unwrap_or_else(|| S::Real(n.as_f64().unwrap_or(0.0))),
        Value::String(s) => S::Text(s.clone()),
        other => S::Text(other.to_string()),
    }
}

/// Stores the merged fields of an existing user (legal type excluded: the API
/// cannot change it). `fields` are the complete new values.
pub fn update(
    conn: &Connection,
    user_id: i64,
    fields: &UserFields,
    discount: Option<&Discount>,
    comment: Option<&str>,
    default_tariff_id: Option<i64>,
) -> Result<(), Failure> {
    let m = fields_map(fields);
    let editable: Vec<&str> = UserField::ALL.into_iter().map(UserField::name).collect();
    let sets: Vec<String> = editable
        .iter()
        .enumerate()
        .map(|(i, f)| format!("{f} = ?{}", i + 1))
        .collect();
    let n = editable.len();
    let sql = format!(
        "UPDATE users SET {}, activated = ?{}, verified = ?{}, login_key = ?{} WHERE id = ?{}",
        sets.join(", "),
        n + 1,
        n + 2,
        n + 3,
        n + 4
    );
    let activated = fields.activated.unwrap_or(true);
    let mut values: Vec<Value> = editable
        .iter()
        .map(|f| m.get(*f).cloned().unwrap_or(Value::Null))
        .collect();
    values.extend([
        Value::from(activated),
        Value::from(fields.verified.unwrap_or(activated)),
        Value::from(navixy_core::model::validation::login_key(
            fields.login.as_deref().unwrap_or_default(),
        )),
        Value::from(user_id),
    ]);
    conn.execute(&sql, params_from_iter(values.iter().map(sql_value)))?;
    set_search_text(conn, user_id, &m)?;
    if let Some(d) = discount {
        conn.execute(
            "UPDATE users SET discount_value = ?1, discount_min_trackers = ?2, discount_end_date = ?3,
                discount_strategy = COALESCE(?4, discount_strategy) WHERE id = ?5",
            rusqlite::params![
                d.value.unwrap_or(0.0),
                d.min_trackers.unwrap_or(0),
                d.end_date.as_deref().filter(|s| !s.trim().is_empty()),
                d.strategy.map(|s| s.as_str()),
                user_id
            ],
        )?;
    }
    if let Some(c) = comment {
        conn.execute(
            "UPDATE users SET comment = ?1 WHERE id = ?2",
            rusqlite::params![c, user_id],
        )?;
    }
    if let Some(t) = default_tariff_id {
        conn.execute(
            "UPDATE users SET default_tariff_id = ?1 WHERE id = ?2",
            rusqlite::params![t, user_id],
        )?;
    }
    Ok(())
}

/// One page of a dealer's users and the total ignoring paging.
pub fn list(
    conn: &Connection,
    dealer_id: i64,
    q: &ListQuery,
) -> rusqlite::Result<(Vec<Map<String, Value>>, i64)> {
    // Sub-users belong to their master's account, not to the dealer's list.
    let mut where_sql = "dealer_id = ?1 AND deleted = 0 AND master_id IS NULL".to_owned();
    let mut args: Vec<rusqlite::types::Value> = vec![dealer_id.into()];
    if q.hide_inactive == Some(true) {
        where_sql.push_str(" AND activated = 1");
    }
    let filter = q.filter.as_deref().map(str::trim).filter(|f| !f.is_empty());
    if filter.is_some_and(|f| f.chars().any(char::is_control)) {
        // No stored field holds a control character (they are refused), so
        // such a filter matches nothing; FTS5 would choke on a NUL.
        where_sql.push_str(" AND 0");
    } else if let Some(filter) = filter {
        let (condition, value) = filter_condition(&filter.to_lowercase(), args.len() + 1);
        args.push(value.into());
        where_sql.push_str(" AND ");
        where_sql.push_str(&condition);
    }
    let count: i64 = conn.query_row(
        &format!("SELECT COUNT(*) FROM users WHERE {where_sql}"),
        params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let column = match q.order_by.unwrap_or_default() {
        OrderBy::Id => "id",
        OrderBy::Login => "login COLLATE NOCASE",
        OrderBy::LastName => "last_name COLLATE NOCASE",
        OrderBy::Balance => "balance",
        OrderBy::Bonus => "bonus",
        OrderBy::Phone => "phone",
        OrderBy::PostCity => "post_city COLLATE NOCASE",
    };
    let dir = if q.ascending.unwrap_or(true) {
        "ASC"
    } else {
        "DESC"
    };
    let tie = if column == "id" {
        String::new()
    } else {
        format!(", id {dir}")
    };
    args.push(q.limit.map(i64::from).unwrap_or(-1).into());
    args.push(i64::from(q.offset.unwrap_or(0)).into());
    let sql = format!(
        "{} WHERE {where_sql} ORDER BY {column} {dir}{tie} LIMIT ?{} OFFSET ?{}",
        select_users(),
        args.len() - 1,
        args.len()
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt
        .query_map(params_from_iter(args.iter()), user_from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok((rows, count))
}
