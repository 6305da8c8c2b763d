//! A request that knows the type of its answer. A screen asks with an
//! [`Ask<T>`] and gets `Result<T, api::Error>` back; the compiler holds a
//! screen to what its request answers with. An `Ask` is made only here, one
//! constructor per request, so the pairing of a request with its answer is
//! written once and no screen narrows an answer itself.
//!
//! The [`Request`] inside stays plain data: the app journals and supersedes
//! by it, and tests read what would be sent.

use super::request::{Answer, Api, FileBytes, ImportMark, PreviewRef, Response, Secret};
use super::{Dealer, Request, UserSession, export_file::Download, sync::Classified};
use crate::api::{
    self, ExportQuery, ListQuery, NewUser, TariffRestrictions, UploadResult, UserInfo, UserPage,
    UserRecord, UserUpdate,
};
use crate::model::{Application, ApplicationDraft, BalanceKind, TrackerPage, TrackerQuery};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

/// A request and what its answer is narrowed to.
pub struct Ask<T> {
    request: Request,
    narrow: fn(Response) -> Result<T, api::Error>,
}

impl<T> std::fmt::Debug for Ask<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Ask").field(&self.request).finish()
    }
}

impl<T> Ask<T> {
    fn new(request: Request, narrow: fn(Response) -> Result<T, api::Error>) -> Self {
        Ask { request, narrow }
    }

    /// What would be sent.
    pub fn request(&self) -> &Request {
        &self.request
    }

    /// The request to send, and how its answer becomes a `T`.
    pub fn into_parts(
        self,
    ) -> (
        Request,
        impl FnOnce(Answer) -> Result<T, api::Error> + Send + 'static,
    )
    where
        T: 'static,
    {
        let narrow = self.narrow;
        (self.request, move |answer: Answer| answer.and_then(narrow))
    }
}

impl Ask<Arc<Api>> {
    pub fn login(base_url: String, login: String, password: Secret) -> Self {
        let request = Request::Login {
            base_url,
            login,
            password,
        };
        Ask::new(request, Response::into_logged_in)
    }
}

impl Ask<Arc<Dealer>> {
    /// What the dealer may do and has, time zones named in `locale`.
    pub fn dealer(locale: String) -> Self {
        Ask::new(Request::Dealer { locale }, Response::into_dealer)
    }
}

impl Ask<UserPage> {
    pub fn list_users(query: ListQuery) -> Self {
        Ask::new(Request::ListUsers(query), Response::into_users)
    }
}

impl Ask<Box<UserRecord>> {
    pub fn read_user(user_id: i64) -> Self {
        Ask::new(Request::ReadUser(user_id), Response::into_user)
    }
}

impl Ask<Arc<UserSession>> {
    /// A session as this user (the login names the user in the journal).
    pub fn open_user_session(user_id: i64, login: String) -> Self {
        let request = Request::OpenUserSession { user_id, login };
        Ask::new(request, Response::into_user_session)
    }
}

impl Ask<Vec<Application>> {
    pub fn list_apps(session: Arc<UserSession>) -> Self {
        Ask::new(Request::ListApps(session), Response::into_apps)
    }
}

impl Ask<Option<i64>> {
    /// Creates when the draft has no id (the new id comes back), updates
    /// otherwise.
    pub fn save_app(session: Arc<UserSession>, draft: ApplicationDraft) -> Self {
        Ask::new(Request::SaveApp(session, draft), Response::into_app_saved)
    }
}

impl Ask<(Box<UserInfo>, TariffRestrictions)> {
    pub fn customer_info(session: Arc<UserSession>) -> Self {
        Ask::new(Request::CustomerInfo(session), Response::into_customer)
    }
}

impl Ask<i64> {
    /// The new user's id comes back.
    pub fn create_user(new: NewUser) -> Self {
        Ask::new(
            Request::CreateUser(Box::new(new)),
            Response::into_user_created,
        )
    }
}

impl Ask<Vec<crate::model::Transaction>> {
    /// One chunk of a user's transactions (`from` < `to`, at most a month).
    pub fn transactions(
        user_id: i64,
        from: chrono::NaiveDateTime,
        to: chrono::NaiveDateTime,
    ) -> Self {
        let request = Request::Transactions { user_id, from, to };
        Ask::new(request, Response::into_transactions)
    }
}

impl Ask<UploadResult> {
    pub fn upload(file: Vec<u8>, mark: ImportMark) -> Self {
        let request = Request::Upload(FileBytes(Arc::new(file)), mark);
        Ask::new(request, Response::into_uploaded)
    }
}

impl Ask<HashSet<String>> {
    /// Which of these logins exist (lower case).
    pub fn find_logins(logins: Vec<String>, mark: Option<ImportMark>) -> Self {
        Ask::new(Request::FindLogins(logins, mark), Response::into_logins)
    }
}

impl Ask<Arc<Download>> {
    pub fn export(query: ExportQuery, to: PathBuf) -> Self {
        Ask::new(Request::Export { query, to }, Response::into_downloaded)
    }
}

impl Ask<TrackerPage> {
    pub fn trackers(query: TrackerQuery) -> Self {
        Ask::new(Request::Trackers(query), Response::into_trackers)
    }
}

impl Ask<Classified> {
    /// These rows of an import against the server.
    pub fn classify(preview: Arc<crate::import::Preview>, rows: Vec<usize>) -> Self {
        let request = Request::Classify(PreviewRef(preview), rows);
        Ask::new(request, Response::into_classified)
    }
}

/// The balance (or bonus) before and after the change.
impl Ask<(f64, f64)> {
    pub fn change_balance(
        user_id: i64,
        login: String,
        amount: f64,
        kind: BalanceKind,
        text: String,
    ) -> Self {
        let request = Request::ChangeBalance {
            user_id,
            login,
            amount,
            kind,
            text,
        };
        Ask::new(request, Response::into_balance_changed)
    }
}

/// Requests answered with success alone.
impl Ask<()> {
    pub fn close_user_session(session: Arc<UserSession>) -> Self {
        Ask::new(Request::CloseUserSession(session), Response::into_done)
    }

    /// The application's name goes to the journal.
    pub fn delete_app(session: Arc<UserSession>, app_id: i64, name: String) -> Self {
        let request = Request::DeleteApp {
            session,
            app_id,
            name,
        };
        Ask::new(request, Response::into_done)
    }

    pub fn set_app_enabled(
        session: Arc<UserSession>,
        app_id: i64,
        name: String,
        enabled: bool,
    ) -> Self {
        let request = Request::SetAppEnabled {
            session,
            app_id,
            name,
            enabled,
        };
        Ask::new(request, Response::into_done)
    }

    pub fn resend_activation(login: String) -> Self {
        Ask::new(Request::ResendActivation(login), Response::into_done)
    }

    /// `before`: the user as the editor opened it, so the journal can say old → new.
    pub fn update_user(update: UserUpdate, before: UserUpdate) -> Self {
        let request = Request::UpdateUser {
            update: Box::new(update),
            before: Box::new(before),
        };
        Ask::new(request, Response::into_done)
    }

    pub fn change_password(user_id: i64, login: String, password: Secret) -> Self {
        let request = Request::ChangePassword {
            user_id,
            login,
            password,
        };
        Ask::new(request, Response::into_done)
    }

    /// `panel/user/corrupt`: clones are removed too when `clones`.
    pub fn delete_user(user_id: i64, login: String, clones: bool) -> Self {
        let request = Request::Corrupt {
            user_id,
            login,
            clones,
        };
        Ask::new(request, Response::into_done)
    }

    /// `before`: as it was, for the journal.
    pub fn set_mfa(user_id: i64, login: String, allowed: bool, before: bool) -> Self {
        let request = Request::SetMfa {
            user_id,
            login,
            allowed,
            before,
        };
        Ask::new(request, Response::into_done)
    }

    /// The titles name the presets in the journal.
    pub fn assign_preset(
        user_id: i64,
        login: String,
        preset: (i64, String),
        before: Option<String>,
    ) -> Self {
        let (preset_id, title) = preset;
        let request = Request::AssignPreset {
            user_id,
            login,
            preset_id,
            title,
            before,
        };
        Ask::new(request, Response::into_done)
    }
}
