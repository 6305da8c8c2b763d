//! How screens talk to the server. A screen asks with a [`Request`] (plain
//! data, so tests can see and run it); the app runs it with [`execute`] as a
//! task and routes the answer back. The app keeps the session ([`Api`]): it is
//! the one place that holds the hash, drops answers to superseded requests,
//! and turns "session ended" into a return to the login screen.

use crate::api::{self, Client, DealerHash, ListQuery, UserPage, UserRecord};
use std::sync::Arc;

/// A logged-in panel session: the client and the dealer's hash.
#[derive(Debug)]
pub struct Api {
    pub client: Client,
    hash: DealerHash,
    /// The dealer login, shown in the header.
    pub login: String,
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
}

/// Requests of the same kind supersede each other: only the newest answer counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RequestKind {
    Login,
    Logout,
    ListUsers,
    ReadUser,
}

impl Request {
    pub fn kind(&self) -> RequestKind {
        match self {
            Request::Login { .. } => RequestKind::Login,
            Request::Logout => RequestKind::Logout,
            Request::ListUsers(_) => RequestKind::ListUsers,
            Request::ReadUser(_) => RequestKind::ReadUser,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Response {
    LoggedIn(Arc<Api>),
    LoggedOut,
    Users(UserPage),
    User(Box<UserRecord>),
}

/// Runs one request. Everything but `Login` needs a session; without one the
/// answer is the same "session ended" a server would give.
pub async fn execute(api: Option<Arc<Api>>, request: Request) -> Result<Response, api::Error> {
    if let Request::Login {
        base_url,
        login,
        password,
    } = request
    {
        let client = Client::new(&base_url)?;
        let hash = client.panel_auth(&login, &password.0).await?;
        return Ok(Response::LoggedIn(Arc::new(Api {
            client,
            hash,
            login,
        })));
    }
    let Some(api) = api else {
        return Err(api::Error::Api(api::ApiError {
            code: crate::model::ErrorCode::SessionEnded.code(),
            description: "no session".into(),
            http_status: 400,
            errors: Vec::new(),
            row_number: None,
            extra: Default::default(),
        }));
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
    }
}
