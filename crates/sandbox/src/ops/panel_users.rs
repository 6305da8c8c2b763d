//! panel/user/*: the users of the logged-in dealer.

use super::super::params::Params;
use super::super::password;
use super::super::reply::{Failure, OpResult, Reply};
use super::super::store::{SessionKind, Store};
use super::super::users::{self, NewUserRow, USER_COLUMNS};
use navixy_core::export::{self, Cell};
use navixy_core::model::validation::{
    self, validate_comment, validate_discount, validate_password,
};
use navixy_core::model::{Discount, ErrorCode, FieldError, LegalType, Rule, UserField};
use navixy_core::model::{ExportFormat, ListQuery, OrderBy};
use serde_json::{Map, Value};

pub(super) fn list_query(p: &Params) -> Result<ListQuery, Failure> {
    let order_by = match p.str("order_by")? {
        None => None,
        Some(s) => Some(OrderBy::parse(&s).ok_or_else(|| super::super::params::wrong("order_by"))?),
    };
    let non_negative = |name: &str| -> Result<Option<u32>, Failure> {
        p.i64(name)?
            .map(|n| u32::try_from(n).map_err(|_| super::super::params::wrong(name)))
            .transpose()
    };
    Ok(ListQuery {
        filter: p.str("filter")?,
        order_by,
        ascending: p.bool("ascending")?,
        limit: non_negative("limit")?,
        offset: non_negative("offset")?,
        hide_inactive: p.bool("hide_inactive")?,
    })
}

pub fn list(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "read")])?;
    let q = list_query(p)?;
    let (rows, count) = users::list(&store.conn(), dealer, &q)?;
    let list: Vec<Value> = rows.into_iter().map(Value::Object).collect();
    Ok(Reply::with("list", list).and("count", count))
}

pub fn read(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "read")])?;
    let id = p.required_i64("user_id")?;
    let conn = store.conn();
    let user = users::find(&conn, dealer, id)?;
    let (discount, tariff) = users::discount_of(&conn, id)?;
    Ok(Reply::with("value", user)
        .and(
            "discount",
            serde_json::to_value(discount).unwrap_or(Value::Null),
        )
        .and("default_tariff_id", tariff))
}

fn reject_if_any(errors: Vec<navixy_core::model::FieldError>) -> Result<(), Failure> {
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Failure::invalid(errors))
    }
}

/// The `user` object of a create or update, checked for the keys the spec's
/// shape for `legal_type` requires (not `okpo_code` or `state_reg_num`) (API-NOTES "What the live server is sent":
/// every field present, empty ones as `""`). Unknown keys are ignored, as
/// Navixy's web panel sends many (balance, menu, block...).
fn user_object(
    p: &Params,
    stored_type: Option<LegalType>,
) -> Result<(Map<String, Value>, LegalType), Failure> {
    let sent: Map<String, Value> = p
        .object("user")?
        .ok_or_else(|| super::super::params::missing("user"))?;
    let sent_type = match sent.get("legal_type") {
        None | Some(Value::Null) => {
            return Err(Failure::invalid([FieldError::new(
                "user.legal_type",
                Rule::Absent,
            )]));
        }
        Some(v) => v
            .as_str()
            .and_then(LegalType::parse)
            .ok_or_else(|| super::super::params::wrong("user.legal_type"))?,
    };
    // On update the server keeps the stored type, whatever is sent.
    let legal_type = stored_type.unwrap_or(sent_type);
    let absent: Vec<FieldError> = UserField::ALL
        .into_iter()
        .filter(|f| f.key_required(legal_type))
        .filter(|f| !sent.get(f.name()).is_some_and(Value::is_string))
        .map(|f| FieldError::new(f.parameter(), Rule::Absent))
        .collect();
    reject_if_any(absent)?;
    Ok((sent, legal_type))
}

pub fn create(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "create")])?;
    let (sent, _) = user_object(p, None)?;
    let fields = users::fields_of(&sent);
    let pw = p.str("password")?.unwrap_or_default();
    let discount: Discount = p.object("discount")?.unwrap_or_default();
    let comment = p.str("comment")?;
    reject_if_any(validation::validate_new_user(
        &fields,
        &pw,
        Some(&discount),
        comment.as_deref(),
    ))?;
    let hash = password::hash(&pw);
    let conn = store.conn();
    let id = users::insert(
        &conn,
        &NewUserRow {
            dealer_id: dealer,
            fields: &fields,
            password_hash: &hash,
            discount: &discount,
            comment: comment.as_deref(),
            default_tariff_id: super::tariffs::check_plan(dealer, p.i64("default_tariff_id")?)?,
            time_zone: p.str("time_zone")?.as_deref(),
            locale: p.str("locale")?.as_deref(),
            balance: 0.0,
            bonus: 0.0,
            trackers_count: 0,
            creation_date: None,
        },
    )?;
    tracing::info!(dealer, user = id, "user created");
    Ok(Reply::with("id", id))
}

/// The whole user object replaces the stored one: a field sent `""` is
/// cleared. `id`, `legal_type` and `activated` must be there (the spec); the
/// stored legal type stays whatever is sent; `verified` follows `activated`
/// when absent. A rule blocks only a field that changes: a stored value the
/// server itself keeps (a legacy 9-digit phone) does not stop other edits.
pub fn update(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "update")])?;
    let raw: Map<String, Value> = p
        .object("user")?
        .ok_or_else(|| super::super::params::missing("user"))?;
    let id = match raw.get("id") {
        Some(Value::Number(n)) => super::super::params::whole(n),
        Some(Value::String(s)) => s.trim().parse().ok(),
        _ => None,
    }
    .ok_or_else(|| super::super::params::missing("user.id"))?;
    let conn = store.conn();
    let stored = users::find(&conn, dealer, id)?;
    let stored_fields = users::fields_of(&stored);
    let (sent, _) = user_object(p, stored_fields.legal_type)?;
    let activated = match sent.get("activated") {
        Some(Value::Bool(b)) => *b,
        _ => {
            return Err(Failure::invalid([FieldError::new(
                "user.activated",
                Rule::Absent,
            )]));
        }
    };
    let discount: Option<Discount> = p.object("discount")?;
    let comment = p.str("comment")?;
    let mut merged = stored.clone();
    for (k, v) in &sent {
        if v.is_string() && UserField::parse(k).is_some() {
            merged.insert(k.clone(), v.clone());
        }
    }
    let mut fields = users::fields_of(&merged);
    fields.activated = Some(activated);
    fields.verified = match sent.get("verified") {
        Some(Value::Bool(b)) => Some(*b),
        _ => Some(activated),
    };
    let (mut errors, _stored_problems) = validation::validate_user_edit(&fields, &stored_fields);
    errors.extend(discount.as_ref().map(validate_discount).unwrap_or_default());
    errors.extend(comment.as_deref().and_then(validate_comment));
    reject_if_any(errors)?;
    if let Some(login) = fields.login.as_deref()
        && users::login_taken(&conn, login, Some(id))?
    {
        return Err(ErrorCode::LoginInUse.into());
    }
    users::update(
        &conn,
        id,
        &fields,
        discount.as_ref(),
        comment.as_deref(),
        super::tariffs::check_plan(dealer, p.i64("default_tariff_id")?)?,
    )?;
    Ok(Reply::ok())
}

pub fn change_password(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "update")])?;
    let id = p.required_i64("user_id")?;
    let pw = p.str("password")?.unwrap_or_default();
    reject_if_any(validate_password("password", &pw).into_iter().collect())?;
    let conn = store.conn();
    users::find(&conn, dealer, id)?;
    conn.execute(
        "UPDATE users SET password_hash = ?1 WHERE id = ?2",
        rusqlite::params![password::hash(&pw), id],
    )?;
    Ok(Reply::ok())
}

pub fn corrupt(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "corrupt")])?;
    let id = p.required_i64("user_id")?;
    let login = p.required_str("login")?;
    let corrupt_clones = p.bool("corrupt_clones")?.unwrap_or(true);
    let conn = store.conn();
    let user = users::find(&conn, dealer, id)?;
    let stored_login = user
        .get("login")
        .and_then(Value::as_str)
        .unwrap_or_default();
    if !stored_login.eq_ignore_ascii_case(login.trim()) {
        return Err(Failure::invalid_param(
            "login",
            "Login does not match the user's login",
        ));
    }
    let (corrupted, clones): (bool, i64) = conn.query_row(
        "SELECT tracker_corrupted, tracker_clones FROM users WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    if corrupted {
        return Err(ErrorCode::DeviceAlreadyCorrupted.into());
    }
    if clones > 0 && !corrupt_clones {
        return Err(ErrorCode::DeviceHasClones.into());
    }
    conn.execute(
        "UPDATE users SET deleted = 1 WHERE id = ?1 OR master_id = ?1",
        [id],
    )?;
    conn.execute(
        "UPDATE sessions SET ended = 1 WHERE kind != 'dealer' AND subject_id = ?1",
        [id],
    )?;
    tracing::info!(dealer, user = id, "user corrupted");
    Ok(Reply::ok())
}

pub fn session_create(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "read"), ("user_sessions", "create")])?;
    let id = p.required_i64("user_id")?;
    users::find(&store.conn(), dealer, id)?;
    let hash = store.create_session(SessionKind::User, id)?;
    Ok(Reply::with("hash", hash))
}

const DEFAULT_EXPORT_COLUMNS: [&str; 6] = [
    "id",
    "login",
    "first_name",
    "middle_name",
    "last_name",
    "phone",
];

pub fn export(store: &Store, p: &Params) -> OpResult {
    let dealer = super::dealer_may(store, p, &[("users", "read")])?;
    let q = list_query(p)?;
    let format = match p.str("format")? {
        None => ExportFormat::Xlsx,
        Some(f) => ExportFormat::parse(&f).ok_or_else(|| super::super::params::wrong("format"))?,
    };
    // Columns that are not the user's fields are left out, not refused:
    // Navixy's web panel asks for its grid's columns, "edit-tool" among them.
    // Nothing else is ever written (a password hash is no column).
    let columns: Vec<String> = match p.string_list("columns")? {
        None => DEFAULT_EXPORT_COLUMNS
            .iter()
            .map(|s| s.to_string())
            .collect(),
        Some(asked) => asked
            .into_iter()
            .filter(|c| USER_COLUMNS.contains(&c.as_str()) && c != "default_tariff_id")
            .collect(),
    };
    if columns.is_empty() {
        return Err(Failure::invalid_param(
            "columns",
            "Must name at least one column of the user",
        ));
    }
    let (rows, _) = users::list(&store.conn(), dealer, &q)?;
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|u| {
            columns
                .iter()
                .map(|c| u.get(c).map(Cell::from).unwrap_or(Cell::Empty))
                .collect()
        })
        .collect();
    let header: Vec<&str> = columns.iter().map(String::as_str).collect();
    let failed = |e: export::ExportError| {
        tracing::error!(error = %e, "export failed");
        Failure::new(ErrorCode::Unexpected)
    };
    Ok(match format {
        ExportFormat::Xlsx => Reply::File {
            content_type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            file_name: "users.xlsx".into(),
            bytes: export::write_xlsx("Users", &header, &cells).map_err(failed)?,
        },
        ExportFormat::Csv => Reply::File {
            content_type: "text/csv; charset=utf-8",
            file_name: "users.csv".into(),
            bytes: export::write_csv(&header, &cells).map_err(failed)?,
        },
    })
}
