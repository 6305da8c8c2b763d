//! One function per API operation. Each checks the session, validates with the
//! shared rules, touches the database and answers a [`Reply`] or a [`Failure`].

mod account;
mod applications;
mod dealer;
mod panel_users;
pub(super) mod tariffs;
pub(super) mod trackers;
mod transactions;
mod upload;
mod user_api;
mod user_settings;

pub use navixy_core::import::MAX_FILE_BYTES;

use super::params::Params;
use super::reply::{Failure, OpResult};
use super::store::Store;
use navixy_core::model::ErrorCode;

/// Runs the operation named by the path under the API root.
pub fn run(store: &Store, operation: &str, p: &Params) -> OpResult {
    match operation.trim_matches('/') {
        "panel/account/auth" => account::auth(store, p),
        "panel/account/logout" => account::logout(store, p),
        "panel/account/get_permissions" => dealer::get_permissions(store, p),
        "panel/dealer/get_info" => dealer::get_info(store, p),
        "panel/timezone/list" => dealer::timezones(store, p),
        "panel/tracker/list" => trackers::list(store, p),
        "panel/tariff/list" => tariffs::list(store, p),
        "panel/user/mfa/settings/update" => user_settings::mfa_update(store, p),
        "panel/user/menu/preset/list" => user_settings::preset_list(store, p),
        "panel/user/menu/preset/assign" => user_settings::preset_assign(store, p),
        "panel/user/list" => panel_users::list(store, p),
        "panel/user/read" => panel_users::read(store, p),
        "panel/user/create" => panel_users::create(store, p),
        "panel/user/update" => panel_users::update(store, p),
        "panel/user/change_password" => panel_users::change_password(store, p),
        "panel/user/corrupt" => panel_users::corrupt(store, p),
        "panel/user/export" => panel_users::export(store, p),
        "panel/user/session/create" => panel_users::session_create(store, p),
        "panel/user/upload" => upload::upload(store, p),
        "panel/user/transaction/list" => transactions::list(store, p),
        "panel/user/transaction/change_balance" => transactions::change_balance(store, p),
        "user/auth" => user_api::auth(store, p),
        "user/get_info" => user_api::get_info(store, p),
        "user/get_tariff_restrictions" => user_api::get_tariff_restrictions(store, p),
        "user/logout" => user_api::logout(store, p),
        "user/resend_activation" => user_api::resend_activation(store, p),
        "user/activate" => user_api::activate(store, p),
        "user/application/list" => applications::list(store, p),
        "user/application/create" => applications::create(store, p),
        "user/application/update" => applications::update(store, p),
        "user/application/delete" => applications::delete(store, p),
        "user/application/enabled/set" => applications::set_enabled(store, p),
        _ => Err(Failure::new(ErrorCode::WrongRequestFormat)),
    }
}

/// The dealer of a live panel session.
fn dealer(store: &Store, p: &Params) -> Result<i64, Failure> {
    store.session(p.hash.as_deref(), super::store::SessionKind::Dealer)
}

/// The dealer of the session, if it may take every `(section, action)`
/// (`panel/account/get_permissions`); 13 otherwise, before anything is read
/// or changed.
fn dealer_may(store: &Store, p: &Params, needs: &[(&str, &str)]) -> Result<i64, Failure> {
    let dealer = dealer(store, p)?;
    for (section, action) in needs {
        store.require(dealer, section, action)?;
    }
    Ok(dealer)
}

/// The user of a live user session.
fn user(store: &Store, p: &Params) -> Result<i64, Failure> {
    store.session(p.hash.as_deref(), super::store::SessionKind::User)
}
