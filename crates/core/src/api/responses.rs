//! Request bodies and answers of the operations, as typed structs.
//! Answers read tolerantly: absent fields are None, unknown ones are ignored.

use super::ExportFormat;
use crate::model::{Discount, User, UserFields, user_object};
use serde::{Deserialize, Serialize};

/// One page of `panel/user/list`; `count` is the total ignoring paging.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct UserPage {
    #[serde(default)]
    pub list: Vec<User>,
    #[serde(default)]
    pub count: u64,
}

/// `panel/user/read`: the user, its discount and default tariff.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct UserRecord {
    #[serde(rename = "value")]
    pub user: User,
    #[serde(default)]
    pub discount: Option<Discount>,
    #[serde(default)]
    pub default_tariff_id: Option<i64>,
}

/// The body of `panel/user/create`. `user` goes out whole (see [`user_object`]).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NewUser {
    #[serde(serialize_with = "whole_user")]
    pub user: UserFields,
    pub time_zone: String,
    pub locale: String,
    pub password: String,
    pub discount: Discount,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_tariff_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// The body of `panel/user/update`. `user` goes out whole, with `id` and the
/// stored `legal_type` (every shape requires it; the server keeps the stored
/// one); read-only fields have no place here at all.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct UserUpdate {
    pub user: UserUpdateFields,
    pub discount: Discount,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub default_tariff_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comment: Option<String>,
}

/// `user` of an update: the id plus the editable fields.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserUpdateFields {
    pub id: i64,
    pub fields: UserFields,
}

impl Serialize for UserUpdateFields {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut object = user_object(&self.fields);
        object.insert("id".into(), self.id.into());
        object.serialize(s)
    }
}

fn whole_user<S: serde::Serializer>(fields: &UserFields, s: S) -> Result<S::Ok, S::Error> {
    user_object(fields).serialize(s)
}

impl UserUpdate {
    pub fn new(id: i64, fields: UserFields, discount: Discount) -> Self {
        Self {
            user: UserUpdateFields { id, fields },
            discount,
            default_tariff_id: None,
            comment: None,
        }
    }
}

/// `panel/user/upload` succeeded: how many rows were read and created.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
pub struct UploadResult {
    #[serde(default)]
    pub total: u64,
    #[serde(default)]
    pub errors: u64,
}

/// The file `panel/user/export` answered with.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportedFile {
    pub format: ExportFormat,
    pub bytes: Vec<u8>,
}

/// Allowed maps of the user's tariff.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct TariffRestrictions {
    pub allowed_maps: Option<Vec<String>>,
}

/// `user/get_info`: the account as the customer sees it.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct UserInfo {
    pub paas_id: Option<i64>,
    pub paas_settings: Option<serde_json::Value>,
    pub user_info: Option<CustomerAccount>,
    /// Present only for sub-users: the master account.
    pub master: Option<CustomerAccount>,
    pub tariff_restrictions: Option<TariffRestrictions>,
    pub premium_gis: Option<bool>,
    pub features: Option<Vec<String>>,
    pub privileges: Option<Privileges>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Privileges {
    pub rights: Option<Vec<String>>,
}

/// `user_info` (and `master`) of `user/get_info`.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct CustomerAccount {
    pub id: Option<i64>,
    pub login: Option<String>,
    pub title: Option<String>,
    pub phone: Option<String>,
    pub creation_date: Option<String>,
    pub balance: Option<f64>,
    pub bonus: Option<f64>,
    pub locale: Option<String>,
    pub demo: Option<bool>,
    pub verified: Option<bool>,
    pub legal_type: Option<String>,
    pub default_geocoder: Option<String>,
    pub route_provider: Option<String>,
    pub time_zone: Option<String>,
    pub measurement_system: Option<String>,
    pub first_name: Option<String>,
    pub middle_name: Option<String>,
    pub last_name: Option<String>,
    pub legal_name: Option<String>,
}
