//! The Navixy domain as the panel, the importer and the sandbox all see it:
//! users, discounts, transactions, applications, and the one definition of
//! what a valid user is. Plain Rust: no HTTP, no SQL, no UI.

pub mod application;
pub mod codes;
pub mod dealer;
pub mod import_columns;
pub mod query;
pub mod segment;
pub mod sheet_words;
pub mod text;
pub mod tracker;
pub mod transaction;
pub mod user;
pub mod user_fields;
pub mod validation;

pub use application::{
    Application, ApplicationAuthorization, ApplicationDraft, Dialect, DisplayMethod,
};
pub use codes::ErrorCode;
pub use dealer::{DealerInfo, MenuPreset, Permissions, Permit, Plan, TimeZone};
pub use query::{ExportFormat, ExportQuery, ListQuery, OrderBy};
pub use tracker::{Tracker, TrackerOrder, TrackerPage, TrackerQuery};
pub use transaction::{BalanceKind, Transaction};
pub use user::{Discount, DiscountStrategy, LegalType, User, UserFields};
pub use user_fields::{UserField, user_object};
pub use validation::{FieldError, Rule};

/// Navixy's date-time format, `yyyy-MM-dd HH:mm:ss`.
pub const DATE_TIME_FORMAT: &str = "%Y-%m-%d %H:%M:%S";
/// Navixy's date format, `yyyy-MM-dd`.
pub const DATE_FORMAT: &str = "%Y-%m-%d";
