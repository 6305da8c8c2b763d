//! What went wrong, in the operator's language. Branches on the Navixy code,
//! never on the server's description.

use crate::api::Error;
use crate::fl;
use crate::model::ErrorCode;

pub fn describe(e: &Error) -> String {
    match e {
        Error::Api(a) => match a.kind() {
            Some(ErrorCode::WrongLoginOrPassword) => fl!("error-wrong-credentials"),
            Some(ErrorCode::AccessDenied) => fl!("error-dealer-blocked"),
            Some(ErrorCode::DealerNotFound) => fl!("error-dealer-unknown"),
            Some(ErrorCode::LoginAttemptsExceeded) => fl!("error-too-many-attempts"),
            Some(ErrorCode::SessionEnded | ErrorCode::WrongHash) => fl!("error-session-ended"),
            Some(ErrorCode::NotFound) => fl!("error-not-found"),
            Some(ErrorCode::TooManyRequests) => fl!("error-rate-limited"),
            Some(ErrorCode::NotPermitted) => fl!("error-not-permitted"),
            Some(ErrorCode::LoginInUse) => fl!("error-login-in-use"),
            Some(ErrorCode::DuplicateLogin) => fl!("error-duplicate-login"),
            Some(ErrorCode::InvalidParameters) => fl!("error-invalid-parameters"),
            Some(ErrorCode::FileTooLarge) => fl!("import-file-too-large"),
            Some(ErrorCode::EmptyDataFile) => fl!("import-file-empty"),
            Some(ErrorCode::Database | ErrorCode::Unexpected) => fl!("error-server-failed"),
            _ => fl!("error-server", description = a.description.clone()),
        },
        Error::Network(_) => fl!("error-unreachable"),
        Error::Timeout => fl!("error-timeout"),
        // A proxy's or an overloaded server's error page: the address is right.
        Error::UnexpectedResponse { status, .. } if *status >= 500 => {
            fl!("error-server-down", status = status.to_string())
        }
        Error::UnexpectedResponse { .. } => fl!("error-not-navixy"),
        Error::InvalidRequest(_) => fl!("error-bad-url"),
        Error::Redirected { to, .. } => fl!("error-redirected", to = to.clone()),
        Error::TooLarge { limit } => {
            fl!(
                "error-too-large",
                megabytes = (limit / (1024 * 1024)).to_string()
            )
        }
        Error::Inconsistent(detail) => fl!("error-inconsistent", detail = detail.clone()),
        Error::File(e) => fl!("error-file-write", reason = e.to_string()),
        Error::NotApplied(_) => fl!("error-not-applied"),
        Error::Unconfirmed(_) => fl!("error-unconfirmed"),
        Error::NotSent(why) => fl!("error-not-sent", reason = describe(why)),
    }
}

/// The Navixy code to show beside a message, when the server gave one.
pub fn code(e: &Error) -> Option<u32> {
    e.api().map(|a| a.code)
}
