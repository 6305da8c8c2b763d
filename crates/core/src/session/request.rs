//! Requests as plain data, and the one function that runs them. A screen asks
//! with an [`Ask`](super::Ask) (a [`Request`] that knows its answer's type,
//! so tests can see and run exactly what the app would send); the app runs
//! the request with [`run_journaled`] and hands the [`Answer`] back to the
//! screen that asked, narrowed by the `Ask`. The app keeps the session
//! ([`Api`]): it is the one place that holds the hash.

use crate::api::{
    self, Client, ClientOptions, DealerHash, ExportQuery, ListQuery, NewUser, TariffRestrictions,
    UploadResult, UserHash, UserInfo, UserPage, UserRecord, UserUpdate, verify,
};
use crate::journal::Journal;
use crate::model::{Application, ApplicationDraft, BalanceKind};
use std::collections::HashSet;
use std::path::PathBuf;
use std::sync::Arc;

/// A logged-in panel session: the client and the dealer's hash.
#[derive(Debug)]
pub struct Api {
    pub client: Client,
    pub(super) hash: DealerHash,
    /// The dealer login, shown in the header.
    pub login: String,
}

/// A session as one of the dealer's users (from `panel/user/session/create`),
/// for the user API. Its hash stays in here: `Debug` hides it.
#[derive(Debug, PartialEq, Eq)]
pub struct UserSession {
    pub user_id: i64,
    /// The user's login, to name the user in the journal.
    pub login: String,
    hash: UserHash,
}

impl UserSession {
    /// The session key itself, only to hand it to the operator ("log in as
    /// user": clipboard and the web interface's `?session_key=`).
    pub fn key_for_handover(&self) -> &str {
        self.hash.expose()
    }
}

/// A file's content; `Debug` shows its size, not megabytes of bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct FileBytes(pub Arc<Vec<u8>>);

impl std::fmt::Debug for FileBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} bytes>", self.0.len())
    }
}

/// Which import a request belongs to, for the journal: the operator's file,
/// one id for a whole run of uploads, the logins of the rows sent, and how
/// many rows the run set out to create.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportMark {
    pub file: String,
    pub run: u64,
    pub logins: Vec<String>,
    pub rows: usize,
}

/// An import file as read, handed to a request; `Debug` shows its size.
#[derive(Clone, PartialEq)]
pub struct PreviewRef(pub Arc<crate::import::Preview>);

impl std::fmt::Debug for PreviewRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{} rows>", self.0.rows.len())
    }
}

/// Text that must never be printed (a password).
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(pub String);

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<secret>")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    Login {
        base_url: String,
        login: String,
        password: Secret,
    },
    Logout,
    ListUsers(ListQuery),
    ReadUser(i64),
    /// A session as this user (the login names the user in the journal).
    OpenUserSession {
        user_id: i64,
        login: String,
    },
    CloseUserSession(Arc<UserSession>),
    ListApps(Arc<UserSession>),
    /// Creates when the draft has no id, updates otherwise.
    SaveApp(Arc<UserSession>, ApplicationDraft),
    /// One of the user's applications, named for the journal.
    DeleteApp {
        session: Arc<UserSession>,
        app_id: i64,
        name: String,
    },
    SetAppEnabled {
        session: Arc<UserSession>,
        app_id: i64,
        name: String,
        enabled: bool,
    },
    /// `user/get_info` and `user/get_tariff_restrictions`.
    CustomerInfo(Arc<UserSession>),
    /// `user/resend_activation` for this login (needs no session).
    ResendActivation(String),
    CreateUser(Box<NewUser>),
    /// `before`: the user as the editor opened it, so the journal can say old → new.
    UpdateUser {
        update: Box<UserUpdate>,
        before: Box<UserUpdate>,
    },
    ChangePassword {
        user_id: i64,
        login: String,
        password: Secret,
    },
    ChangeBalance {
        user_id: i64,
        /// Names the user in the journal.
        login: String,
        amount: f64,
        kind: BalanceKind,
        text: String,
    },
    /// `panel/user/corrupt`: the login confirms; clones are removed too when true.
    Corrupt {
        user_id: i64,
        login: String,
        clones: bool,
    },
    /// `panel/user/upload` of one prepared file (never resent on its own),
    /// and the import it belongs to.
    Upload(FileBytes, ImportMark),
    /// Which of these logins exist (after an upload with an unknown
    /// outcome); the import it settles, if any, for the journal.
    FindLogins(Vec<String>, Option<ImportMark>),
    /// `panel/user/export` of the current list, downloaded beside this
    /// file (see `export_file`).
    Export {
        query: ExportQuery,
        to: PathBuf,
    },
    /// These rows of an import against the server: new, changed, unchanged
    /// or a conflict (`session::sync`).
    Classify(PreviewRef, Vec<usize>),
    /// What the session knows about the dealer (permissions, plans...),
    /// time zones described in this language (`en`, `ru`).
    Dealer {
        locale: String,
    },
    /// A page of a user's trackers.
    Trackers(crate::model::TrackerQuery),
    /// Two-factor authentication allowed or not for one user (`before`:
    /// as it was, for the journal).
    SetMfa {
        user_id: i64,
        login: String,
        allowed: bool,
        before: bool,
    },
    /// A menu preset for one user; the titles name them in the journal.
    AssignPreset {
        user_id: i64,
        login: String,
        preset_id: i64,
        title: String,
        before: Option<String>,
    },
    /// One chunk of a user's transactions (`from` < `to`, at most a month).
    Transactions {
        user_id: i64,
        from: chrono::NaiveDateTime,
        to: chrono::NaiveDateTime,
    },
}

/// Requests of the same kind supersede each other: only the newest answer counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestKind {
    Login,
    Logout,
    ListUsers,
    ReadUser,
    OpenUserSession,
    CloseUserSession,
    ListApps,
    SaveApp,
    /// Per application: toggling or deleting one never cancels another's.
    DeleteApp(i64),
    SetAppEnabled(i64),
    CustomerInfo,
    ResendActivation,
    /// Create or update: never sent twice on its own (it changes data).
    SaveUser,
    /// Password, balance, delete: account actions from the editor.
    AccountAction,
    Dealer,
    Trackers,
    /// An import's rows against the server.
    Classify,
    /// 2FA and the menu preset, saved after the user itself.
    UserSettings,
    Transactions,
    /// Upload and the login check after it: one at a time, never resent.
    Import,
    Export,
}

impl RequestKind {
    /// Requests answered by the user API: a code 4 there means the user's
    /// session ended, not the dealer's.
    pub fn uses_user_session(self) -> bool {
        matches!(
            self,
            Self::CloseUserSession
                | Self::ListApps
                | Self::SaveApp
                | Self::DeleteApp(_)
                | Self::SetAppEnabled(_)
                | Self::CustomerInfo
        )
    }
}

impl Request {
    pub fn kind(&self) -> RequestKind {
        match self {
            Request::Login { .. } => RequestKind::Login,
            Request::Logout => RequestKind::Logout,
            Request::ListUsers(_) => RequestKind::ListUsers,
            Request::ReadUser(_) => RequestKind::ReadUser,
            Request::OpenUserSession { .. } => RequestKind::OpenUserSession,
            Request::CloseUserSession(_) => RequestKind::CloseUserSession,
            Request::ListApps(_) => RequestKind::ListApps,
            Request::SaveApp(..) => RequestKind::SaveApp,
            Request::DeleteApp { app_id, .. } => RequestKind::DeleteApp(*app_id),
            Request::SetAppEnabled { app_id, .. } => RequestKind::SetAppEnabled(*app_id),
            Request::CustomerInfo(_) => RequestKind::CustomerInfo,
            Request::ResendActivation(_) => RequestKind::ResendActivation,
            Request::CreateUser(_) | Request::UpdateUser { .. } => RequestKind::SaveUser,
            Request::Transactions { .. } => RequestKind::Transactions,
            Request::Dealer { .. } => RequestKind::Dealer,
            Request::Trackers(_) => RequestKind::Trackers,
            Request::Classify(..) => RequestKind::Classify,
            Request::SetMfa { .. } | Request::AssignPreset { .. } => RequestKind::UserSettings,
            Request::Upload(..) | Request::FindLogins(..) => RequestKind::Import,
            Request::Export { .. } => RequestKind::Export,
            Request::ChangePassword { .. }
            | Request::ChangeBalance { .. }
            | Request::Corrupt { .. } => RequestKind::AccountAction,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Response {
    LoggedIn(Arc<Api>),
    LoggedOut,
    Users(UserPage),
    User(Box<UserRecord>),
    UserSession(Arc<UserSession>),
    Apps(Vec<Application>),
    /// Saved; the new id when one was created.
    AppSaved(Option<i64>),
    Customer(Box<UserInfo>, TariffRestrictions),
    UserCreated(i64),
    Transactions(Vec<crate::model::Transaction>),
    Dealer(Arc<super::Dealer>),
    Trackers(crate::model::TrackerPage),
    Classified(super::sync::Classified),
    Uploaded(UploadResult),
    /// The logins that exist, lower case.
    Logins(HashSet<String>),
    Downloaded(Arc<super::export_file::Download>),
    /// The balance (or bonus) before and after a change.
    BalanceChanged {
        before: f64,
        after: f64,
    },
    Done,
}

/// What a request came back with.
pub type Answer = Result<Response, api::Error>;

/// An answer of another kind than the request's: a bug of ours, said as one.
fn unexpected(response: Response) -> api::Error {
    api::Error::UnexpectedResponse {
        status: 200,
        detail: format!("unexpected answer {response:?}"),
    }
}

/// Narrowing an answer to what its request answers with, written once here
/// and used by `Ask`'s constructors only, so no screen narrows an answer or
/// needs an "unexpected answer" branch of its own.
macro_rules! narrowing {
    ($($name:ident: $variant:ident($($field:ident),+) -> $out:ty => $value:expr;)*) => {
        impl Response {
            $(
                pub(super) fn $name(self) -> Result<$out, api::Error> {
                    match self {
                        Response::$variant($($field),+) => Ok($value),
                        other => Err(unexpected(other)),
                    }
                }
            )*
        }
    };
}

narrowing! {
    into_users: Users(page) -> UserPage => page;
    into_user: User(record) -> Box<UserRecord> => record;
    into_user_session: UserSession(session) -> Arc<UserSession> => session;
    into_apps: Apps(apps) -> Vec<Application> => apps;
    into_app_saved: AppSaved(id) -> Option<i64> => id;
    into_customer: Customer(info, restrictions) -> (Box<UserInfo>, TariffRestrictions) => (info, restrictions);
    into_user_created: UserCreated(id) -> i64 => id;
    into_transactions: Transactions(list) -> Vec<crate::model::Transaction> => list;
    into_uploaded: Uploaded(result) -> UploadResult => result;
    into_logins: Logins(logins) -> HashSet<String> => logins;
    into_downloaded: Downloaded(file) -> Arc<super::export_file::Download> => file;
    into_logged_in: LoggedIn(api) -> Arc<Api> => api;
    into_dealer: Dealer(dealer) -> Arc<super::Dealer> => dealer;
    into_trackers: Trackers(page) -> crate::model::TrackerPage => page;
    into_classified: Classified(c) -> super::sync::Classified => c;
}

impl Response {
    /// The balance (or bonus) before and after a change.
    pub(super) fn into_balance_changed(self) -> Result<(f64, f64), api::Error> {
        match self {
            Response::BalanceChanged { before, after } => Ok((before, after)),
            other => Err(unexpected(other)),
        }
    }

    /// A change that answers with nothing but success.
    pub(super) fn into_done(self) -> Result<(), api::Error> {
        match self {
            Response::Done | Response::LoggedOut => Ok(()),
            other => Err(unexpected(other)),
        }
    }
}

/// Runs a request with the session; a change is written to the activity
/// journal (synced to disk) before its answer is handed back, so a change
/// reported done is always in the journal.
pub async fn run_journaled(
    api: Option<Arc<Api>>,
    request: Request,
    options: ClientOptions,
    journal: Journal,
) -> Answer {
    let result = execute_with(api.clone(), request.clone(), options).await;
    if let Some(api) = api {
        record(&api, &journal, &request, &result).await;
    }
    result
}

/// Writes the journal entry of `request` answered with `result` (none for
/// a read), synced to disk, off the async threads.
pub async fn record(api: &Api, journal: &Journal, request: &Request, result: &Answer) {
    let Some(entry) = super::audit::entry(api, request, result) else {
        return;
    };
    let journal = journal.clone();
    match tokio::task::spawn_blocking(move || journal.append(&entry)).await {
        Ok(Ok(())) => {}
        Ok(Err(e)) => tracing::error!(error = %e, "the activity journal could not be written"),
        Err(e) => tracing::error!(error = %e, "the activity journal could not be written"),
    }
}

/// Runs one request. Everything but `Login` needs a session; without one the
/// answer is the same "session ended" a server would give.
pub async fn execute(api: Option<Arc<Api>>, request: Request) -> Result<Response, api::Error> {
    execute_with(api, request, ClientOptions::default()).await
}

/// [`execute`], with the timeouts and retries a login's client gets.
pub async fn execute_with(
    api: Option<Arc<Api>>,
    request: Request,
    options: ClientOptions,
) -> Result<Response, api::Error> {
    if let Request::Login {
        base_url,
        login,
        password,
    } = request
    {
        let client = Client::with_options(&base_url, options)?;
        let hash = client.panel_auth(&login, &password.0).await?;
        return Ok(Response::LoggedIn(Arc::new(Api {
            client,
            hash,
            login,
        })));
    }
    let Some(api) = api else {
        return Err(crate::model::ErrorCode::SessionEnded.into());
    };
    let (client, hash) = (&api.client, &api.hash);
    match request {
        Request::Login { .. } => unreachable!("handled above"),
        Request::Logout => client
            .panel_logout(hash)
            .await
            .map(|()| Response::LoggedOut),
        Request::ListUsers(q) => client.users_list(hash, &q).await.map(Response::Users),
        Request::ReadUser(id) => client
            .user_read(hash, id)
            .await
            .map(|r| Response::User(Box::new(r))),
        Request::OpenUserSession { user_id, login } => {
            let hash = client.user_session_create(hash, user_id).await?;
            Ok(Response::UserSession(Arc::new(UserSession {
                user_id,
                login,
                hash,
            })))
        }
        Request::CloseUserSession(s) => client.user_logout(&s.hash).await.map(|()| Response::Done),
        Request::ListApps(s) => client.applications_list(&s.hash).await.map(Response::Apps),
        Request::SaveApp(s, draft) => match draft.id {
            None => verify::create_application(client, &s.hash, &draft)
                .await
                .map(|id| Response::AppSaved(Some(id))),
            Some(_) => verify::update_application(client, &s.hash, &draft)
                .await
                .map(|()| Response::AppSaved(None)),
        },
        Request::DeleteApp {
            session: s, app_id, ..
        } => verify::delete_application(client, &s.hash, app_id)
            .await
            .map(|()| Response::Done),
        Request::SetAppEnabled {
            session: s,
            app_id,
            enabled,
            ..
        } => verify::set_application_enabled(client, &s.hash, app_id, enabled)
            .await
            .map(|()| Response::Done),
        Request::CustomerInfo(s) => {
            let info = client.user_get_info(&s.hash).await?;
            let restrictions = client.user_get_tariff_restrictions(&s.hash).await?;
            Ok(Response::Customer(Box::new(info), restrictions))
        }
        Request::ResendActivation(login) => client
            .user_resend_activation(&login)
            .await
            .map(|()| Response::Done),
        Request::CreateUser(new) => verify::create_user(client, hash, &new)
            .await
            .map(Response::UserCreated),
        Request::UpdateUser { update, .. } => verify::update_user(client, hash, &update)
            .await
            .map(|()| Response::Done),
        Request::ChangePassword {
            user_id, password, ..
        } => verify::change_password(client, hash, user_id, &password.0)
            .await
            .map(|()| Response::Done),
        Request::ChangeBalance {
            user_id,
            amount,
            kind,
            text,
            ..
        } => verify::change_balance(client, hash, user_id, amount, kind, &text)
            .await
            .map(|(before, after)| Response::BalanceChanged { before, after }),
        Request::Dealer { locale } => super::Dealer::load(client, hash, &locale)
            .await
            .map(|d| Response::Dealer(Arc::new(d))),
        Request::Trackers(query) => client.trackers(hash, &query).await.map(Response::Trackers),
        Request::Classify(preview, rows) => super::sync::classify(client, hash, &preview.0, &rows)
            .await
            .map(Response::Classified),
        Request::SetMfa {
            user_id, allowed, ..
        } => client
            .set_mfa(hash, &[user_id], allowed)
            .await
            .map(|()| Response::Done),
        Request::AssignPreset {
            user_id, preset_id, ..
        } => client
            .assign_menu_preset(hash, preset_id, &[user_id])
            .await
            .map(|()| Response::Done),
        Request::Transactions { user_id, from, to } => client
            .transactions_list(hash, user_id, from, to, None)
            .await
            .map(Response::Transactions),
        Request::Upload(file, _) => client
            .users_upload(hash, "users.csv", file.0.as_ref().clone())
            .await
            .map(Response::Uploaded),
        Request::FindLogins(logins, _) => client
            .existing_logins(hash, &logins)
            .await
            .map(Response::Logins),
        Request::Export { query, to } => super::export_file::download(client, hash, &query, &to)
            .await
            .map(|d| Response::Downloaded(Arc::new(d))),
        Request::Corrupt {
            user_id,
            login,
            clones,
        } => verify::corrupt_user(client, hash, user_id, &login, clones)
            .await
            .map(|()| Response::Done),
    }
}
