//! Navixy status codes used by the operations we speak, with the HTTP status
//! each is answered with (API-NOTES.md). The sandbox answers with these and the
//! client branches on them; both read this one table.

/// A Navixy API status code. The UI branches on these, never on descriptions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorCode {
    Database,
    WrongHash,
    SessionEnded,
    WrongRequestFormat,
    Unexpected,
    InvalidParameters,
    TooLargeRequest,
    AccessDenied,
    DealerNotFound,
    NotPermitted,
    TooManyRequests,
    DisabledInDemo,
    WrongLoginOrPassword,
    UserNotActivated,
    LoginsLimitExceeded,
    LoginAttemptsExceeded,
    NotFound,
    FailedSendingEmail,
    LoginInUse,
    TimeSpanTooBig,
    LimitTooBig,
    NoDataFile,
    InvalidDataFormat,
    InsufficientFunds,
    DeviceAlreadyCorrupted,
    DeviceHasClones,
    TimeoutNotReached,
    AlreadyDone,
    OverQuota,
    FileTooLarge,
    DuplicateLogin,
    EmptyDataFile,
}

impl ErrorCode {
    pub const ALL: [ErrorCode; 32] = [
        Self::Database,
        Self::WrongHash,
        Self::SessionEnded,
        Self::WrongRequestFormat,
        Self::Unexpected,
        Self::InvalidParameters,
        Self::TooLargeRequest,
        Self::AccessDenied,
        Self::DealerNotFound,
        Self::NotPermitted,
        Self::TooManyRequests,
        Self::DisabledInDemo,
        Self::WrongLoginOrPassword,
        Self::UserNotActivated,
        Self::LoginsLimitExceeded,
        Self::LoginAttemptsExceeded,
        Self::NotFound,
        Self::FailedSendingEmail,
        Self::LoginInUse,
        Self::TimeSpanTooBig,
        Self::LimitTooBig,
        Self::NoDataFile,
        Self::InvalidDataFormat,
        Self::InsufficientFunds,
        Self::DeviceAlreadyCorrupted,
        Self::DeviceHasClones,
        Self::TimeoutNotReached,
        Self::AlreadyDone,
        Self::OverQuota,
        Self::FileTooLarge,
        Self::DuplicateLogin,
        Self::EmptyDataFile,
    ];

    /// (code, description, HTTP status) — the documented triple.
    const fn spec(self) -> (u32, &'static str, u16) {
        match self {
            Self::Database => (1, "Database error", 500),
            Self::WrongHash => (3, "Wrong hash", 400),
            Self::SessionEnded => (4, "User or API key not found or session ended", 400),
            Self::WrongRequestFormat => (5, "Wrong request format", 400),
            Self::Unexpected => (6, "Unexpected error", 500),
            Self::InvalidParameters => (7, "Invalid parameters", 400),
            Self::TooLargeRequest => (9, "Too large request", 412),
            Self::AccessDenied => (11, "Access denied", 403),
            Self::DealerNotFound => (12, "Dealer not found", 400),
            Self::NotPermitted => (13, "Operation not permitted", 403),
            Self::TooManyRequests => (15, "Too many requests (rate limit exceeded)", 429),
            Self::DisabledInDemo => (101, "In demo mode this function is disabled", 403),
            Self::WrongLoginOrPassword => (102, "Wrong login or password", 400),
            Self::UserNotActivated => (103, "User not activated", 400),
            Self::LoginsLimitExceeded => (104, "Logins limit exceeded", 400),
            Self::LoginAttemptsExceeded => {
                (105, "Login attempts limit exceeded, try again later", 400)
            }
            Self::NotFound => (201, "Not found in the database", 400),
            Self::FailedSendingEmail => (209, "Failed sending email", 500),
            Self::LoginInUse => (206, "Login already in use", 400),
            Self::TimeSpanTooBig => (211, "Requested time span is too big", 400),
            Self::LimitTooBig => (212, "Requested limit is too big", 400),
            Self::NoDataFile => (233, "No data file", 400),
            Self::InvalidDataFormat => (234, "Invalid data format", 400),
            Self::InsufficientFunds => (251, "Insufficient funds", 403),
            Self::DeviceAlreadyCorrupted => (252, "Device already corrupted", 400),
            Self::DeviceHasClones => (253, "Device has clones", 400),
            Self::TimeoutNotReached => (264, "Timeout not reached", 403),
            Self::AlreadyDone => (265, "Already done", 403),
            Self::OverQuota => (268, "Over quota", 402),
            Self::FileTooLarge => (271, "File size is larger than the maximum allowed", 413),
            Self::DuplicateLogin => (273, "Duplicate login", 400),
            Self::EmptyDataFile => (274, "Empty data file", 400),
        }
    }

    pub const fn code(self) -> u32 {
        self.spec().0
    }

    /// The description Navixy sends; for logs and the sandbox only.
    pub const fn description(self) -> &'static str {
        self.spec().1
    }

    pub const fn http_status(self) -> u16 {
        self.spec().2
    }

    pub fn from_code(code: u32) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_unique() {
        for c in ErrorCode::ALL {
            assert_eq!(ErrorCode::from_code(c.code()), Some(c));
        }
        assert_eq!(ErrorCode::from_code(999), None);
        assert_eq!(ErrorCode::InsufficientFunds.http_status(), 403);
        assert_eq!(ErrorCode::FileTooLarge.http_status(), 413);
    }
}
