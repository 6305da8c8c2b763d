//! A typed async client for the Navixy API: the Admin Panel operations on users
//! and the user-API calls the panel needs (applications, the customer's view).
//! No UI here; a signed-in session (`session::Api`) owns one [`Client`].

mod client;
mod error;
mod hash;
mod rate;
mod responses;
pub mod verify;

pub use client::{ANSWER_BYTES_MAX, Client, ClientOptions, FILE_BYTES_MAX, decode_answer};
pub use error::{ApiError, Error, ParamError, parse_iso_duration};
pub use hash::{DealerHash, UserHash};
// The list and export parameters are the domain's (`model::query`): the
// sandbox reads them too, and it never imports the client.
pub use crate::model::{ExportFormat, ExportQuery, ListQuery, OrderBy};
pub use rate::{DOCUMENTED_PER_SECOND, RateLimit};
pub use responses::{
    CustomerAccount, ExportedFile, NewUser, Privileges, TariffRestrictions, UploadResult, UserInfo,
    UserPage, UserRecord, UserUpdate, UserUpdateFields,
};

/// The public Navixy clouds. On-premise installs and the sandbox use their own URL.
pub const EU_CLOUD: &str = "https://api.eu.navixy.com/v2/";
pub const US_CLOUD: &str = "https://api.us.navixy.com/v2/";
