//! The sandbox's SQLite database: schema, sessions, login lockout. User,
//! transaction and application queries live in the `ops` modules that use them.

use super::password;
use super::reply::Failure;
use navixy_core::model::ErrorCode;
use rand::RngCore;
use rusqlite::{Connection, OptionalExtension, params};
use std::path::Path;
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

/// The rules the sandbox plays by: the timing of sessions and lockout (tests
/// shorten them) and the applications dialect it speaks.
#[derive(Debug, Clone)]
pub struct Policy {
    pub dealer_session_ttl: Duration,
    pub user_session_ttl: Duration,
    pub lockout_attempts: u32,
    pub lockout_window: Duration,
    pub resend_timeout: Duration,
    /// Longest span `transaction/list` answers before code 211.
    pub max_transaction_span: Duration,
    /// Which names `user/application/*` take (see `ops/applications.rs`).
    pub applications_dialect: navixy_core::model::Dialect,
}

impl Default for Policy {
    fn default() -> Self {
        Self {
            dealer_session_ttl: Duration::from_secs(24 * 3600),
            user_session_ttl: Duration::from_secs(30 * 24 * 3600),
            lockout_attempts: 5,
            lockout_window: Duration::from_secs(15 * 60),
            resend_timeout: Duration::from_secs(5 * 60),
            max_transaction_span: Duration::from_secs(31 * 24 * 3600),
            applications_dialect: navixy_core::model::Dialect::Seed,
        }
    }
}

/// What a session belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionKind {
    Dealer,
    User,
    /// The session in an activation e-mail: good only for `user/activate`.
    Activation,
}

impl SessionKind {
    fn as_str(self) -> &'static str {
        match self {
            Self::Dealer => "dealer",
            Self::User => "user",
            Self::Activation => "activation",
        }
    }
}

/// A login as the lockout counts it: the one rule for "the same login"
/// (`validation::login_key`), of at most an e-mail's length.
fn lockout_key(login: &str) -> String {
    let bounded: String = login
        .trim()
        .chars()
        .take(navixy_core::model::validation::EMAIL_MAX)
        .collect();
    navixy_core::model::validation::login_key(&bounded)
}

/// Every user's `login_key` (`validation::login_key` of the login): the
/// column uniqueness and sign-in look logins up by. A database from before
/// it gets the column and its values here.
fn add_login_keys(conn: &Connection) -> rusqlite::Result<()> {
    let has: bool = conn
        .prepare("SELECT 1 FROM pragma_table_info('users') WHERE name = 'login_key'")?
        .exists([])?;
    if !has {
        conn.execute_batch("ALTER TABLE users ADD COLUMN login_key TEXT")?;
        let logins: Vec<(i64, String)> = conn
            .prepare("SELECT id, login FROM users")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (id, login) in logins {
            conn.execute(
                "UPDATE users SET login_key = ?1 WHERE id = ?2",
                params![navixy_core::model::validation::login_key(&login), id],
            )?;
        }
    }
    conn.execute_batch(
        "CREATE UNIQUE INDEX IF NOT EXISTS users_login_key ON users(login_key) WHERE deleted = 0;",
    )
}

pub struct Store {
    conn: Mutex<Connection>,
    pub policy: Policy,
    /// Where the sandbox answers (`127.0.0.1:8470`): the dealer's `domain`,
    /// whose `/pro/demo/` page "log in as user" opens.
    address: std::sync::OnceLock<String>,
}

const SCHEMA: &str = r#"
PRAGMA journal_mode = WAL;
PRAGMA synchronous = NORMAL;
PRAGMA foreign_keys = ON;

CREATE TABLE IF NOT EXISTS dealers (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    title TEXT NOT NULL,
    blocked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY,
    dealer_id INTEGER NOT NULL REFERENCES dealers(id),
    master_id INTEGER,
    password_hash TEXT NOT NULL,
    activated INTEGER NOT NULL,
    verified INTEGER NOT NULL,
    login TEXT NOT NULL,
    first_name TEXT, middle_name TEXT, last_name TEXT, legal_name TEXT,
    legal_type TEXT NOT NULL,
    phone TEXT,
    post_country TEXT, post_index TEXT, post_region TEXT, post_city TEXT, post_street_address TEXT,
    registered_country TEXT, registered_index TEXT, registered_region TEXT, registered_city TEXT,
    registered_street_address TEXT,
    state_reg_num TEXT, tin TEXT, okpo_code TEXT, iec TEXT,
    balance REAL NOT NULL DEFAULT 0,
    bonus REAL NOT NULL DEFAULT 0,
    creation_date TEXT NOT NULL,
    trackers_count INTEGER NOT NULL DEFAULT 0,
    comment TEXT,
    discount_value REAL NOT NULL DEFAULT 0,
    discount_min_trackers INTEGER NOT NULL DEFAULT 0,
    discount_end_date TEXT,
    discount_strategy TEXT NOT NULL DEFAULT 'no_summing',
    default_tariff_id INTEGER,
    time_zone TEXT, locale TEXT,
    -- simulated trackers: some already corrupted (252), some cloned (253)
    tracker_corrupted INTEGER NOT NULL DEFAULT 0,
    tracker_clones INTEGER NOT NULL DEFAULT 0,
    activation_sent_at INTEGER,
    deleted INTEGER NOT NULL DEFAULT 0
);
-- The 19 fields `filter` matches, lower-cased, one per line, keyed by user id.
-- Trigrams make a substring filter an index lookup instead of a scan.
CREATE VIRTUAL TABLE IF NOT EXISTS user_search USING fts5(text, tokenize = 'trigram');
-- A login is unique among live users of all dealers (Navixy logins are global).
CREATE UNIQUE INDEX IF NOT EXISTS users_login ON users(login COLLATE NOCASE) WHERE deleted = 0;
-- The list's indexes cover only what the list shows (live users that are not
-- sub-users), so counting and paging never visit the table's rows: with
-- `master_id IS NULL` outside the index, counting 100,000 users took 75 ms.
DROP INDEX IF EXISTS users_by_id;
DROP INDEX IF EXISTS users_active;
DROP INDEX IF EXISTS users_by_login;
DROP INDEX IF EXISTS users_by_last_name;
DROP INDEX IF EXISTS users_by_balance;
DROP INDEX IF EXISTS users_by_bonus;
DROP INDEX IF EXISTS users_by_phone;
DROP INDEX IF EXISTS users_by_city;
CREATE INDEX IF NOT EXISTS list_by_id ON users(dealer_id, id) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_active ON users(dealer_id, activated) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_by_login ON users(dealer_id, login COLLATE NOCASE, id) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_by_last_name ON users(dealer_id, last_name COLLATE NOCASE, id) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_by_balance ON users(dealer_id, balance, id) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_by_bonus ON users(dealer_id, bonus, id) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_by_phone ON users(dealer_id, phone, id) WHERE deleted = 0 AND master_id IS NULL;
CREATE INDEX IF NOT EXISTS list_by_city ON users(dealer_id, post_city COLLATE NOCASE, id) WHERE deleted = 0 AND master_id IS NULL;
-- Sub-users of an account.
CREATE INDEX IF NOT EXISTS users_by_master ON users(master_id) WHERE master_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS transactions (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    dealer_id INTEGER NOT NULL,
    tracker_id INTEGER NOT NULL DEFAULT 0,
    timestamp TEXT NOT NULL,
    type TEXT NOT NULL,
    subtype TEXT NOT NULL,
    description TEXT NOT NULL,
    amount REAL NOT NULL,
    old_balance REAL NOT NULL,
    new_balance REAL NOT NULL,
    bonus_amount REAL NOT NULL,
    old_bonus REAL NOT NULL,
    new_bonus REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS transactions_by_user ON transactions(user_id, timestamp);

CREATE TABLE IF NOT EXISTS applications (
    id INTEGER PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users(id),
    name TEXT NOT NULL,
    url TEXT NOT NULL,
    icon TEXT,
    is_enabled INTEGER NOT NULL,
    description TEXT,
    display_method TEXT,
    authorization TEXT
);
CREATE INDEX IF NOT EXISTS applications_by_user ON applications(user_id);

CREATE TABLE IF NOT EXISTS sessions (
    hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    ended INTEGER NOT NULL DEFAULT 0
);

-- E-mails the sandbox "sent" (it sends none): tests and demos read the links here.
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY,
    login TEXT NOT NULL,
    kind TEXT NOT NULL,
    session_hash TEXT NOT NULL,
    sent_at INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS login_failures (
    kind TEXT NOT NULL,
    login TEXT NOT NULL,
    at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS login_failures_by_login ON login_failures(kind, login, at);
"#;

pub fn now_unix() -> i64 {
    chrono::Utc::now().timestamp()
}

pub fn now_text() -> String {
    chrono::Utc::now()
        .format(navixy_core::model::DATE_TIME_FORMAT)
        .to_string()
}

/// What a dealer may do when nothing says less: the spec's sections for the
/// users section of the panel.
pub fn full_permissions() -> serde_json::Map<String, serde_json::Value> {
    let value = serde_json::json!({
        "base": ["get_dealer_info"],
        "users": ["corrupt", "create", "read", "update"],
        "user_sessions": ["create"],
        "trackers": ["corrupt", "create", "delete", "global", "read", "report", "update"],
        "tariffs": ["create", "read", "update"],
        "transactions": ["create", "read"],
        "password": ["update"]
    });
    value.as_object().cloned().unwrap_or_default()
}

/// Columns later versions added: a database made by an older sandbox gets
/// them on open.
fn add_columns(conn: &Connection) -> rusqlite::Result<()> {
    for (table, column, declaration) in [
        ("users", "mfa_allowed", "INTEGER NOT NULL DEFAULT 0"),
        ("users", "menu_preset_id", "INTEGER"),
        ("dealers", "permissions", "TEXT"),
    ] {
        let present = conn
            .prepare(&format!(
                "SELECT 1 FROM pragma_table_info('{table}') WHERE name = ?1"
            ))?
            .exists([column])?;
        if !present {
            conn.execute_batch(&format!(
                "ALTER TABLE {table} ADD COLUMN {column} {declaration}"
            ))?;
        }
    }
    Ok(())
}

/// 32 lowercase hex digits, like Navixy's hashes.
pub fn new_hash() -> String {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn looks_like_hash(h: &str) -> bool {
    (16..=64).contains(&h.len()) && h.bytes().all(|b| b.is_ascii_alphanumeric())
}

impl Store {
    /// The database holds live session hashes: on Unix it is made its
    /// owner's alone (0600) before SQLite opens it, and SQLite gives its
    /// -wal and -shm files the database's own mode.
    pub fn open(path: &Path, policy: Policy) -> rusqlite::Result<Self> {
        owner_only(path).map_err(|e| {
            rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CANTOPEN),
                Some(format!("{}: {e}", path.display())),
            )
        })?;
        let conn = Connection::open(path)?;
        conn.busy_timeout(Duration::from_secs(5))?;
        conn.execute_batch(SCHEMA)?;
        add_login_keys(&conn)?;
        add_columns(&conn)?;
        conn.execute_batch(super::money::ROUND_STORED)?;
        Ok(Self {
            conn: Mutex::new(conn),
            policy,
            address: std::sync::OnceLock::new(),
        })
    }

    /// The connection; a panic elsewhere never makes the database unusable.
    pub fn conn(&self) -> MutexGuard<'_, Connection> {
        self.conn
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn is_empty(&self) -> rusqlite::Result<bool> {
        let n: i64 = self
            .conn()
            .query_row("SELECT COUNT(*) FROM dealers", [], |r| r.get(0))?;
        Ok(n == 0)
    }

    pub fn create_session(&self, kind: SessionKind, subject_id: i64) -> rusqlite::Result<String> {
        let hash = new_hash();
        self.conn().execute(
            "INSERT INTO sessions (hash, kind, subject_id, created_at) VALUES (?1, ?2, ?3, ?4)",
            params![hash, kind.as_str(), subject_id, now_unix()],
        )?;
        Ok(hash)
    }

    /// The subject of a live session of this kind: 3 for a missing or malformed
    /// hash, 4 for one that is unknown, ended, expired or of another kind.
    pub fn session(&self, hash: Option<&str>, kind: SessionKind) -> Result<i64, Failure> {
        let hash = hash
            .filter(|h| looks_like_hash(h))
            .ok_or(ErrorCode::WrongHash)?;
        let row: Option<(String, i64, i64, bool)> = self
            .conn()
            .query_row(
                "SELECT kind, subject_id, created_at, ended FROM sessions WHERE hash = ?1",
                [hash],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .optional()?;
        let ttl = match kind {
            SessionKind::Dealer => self.policy.dealer_session_ttl,
            SessionKind::User | SessionKind::Activation => self.policy.user_session_ttl,
        };
        match row {
            Some((k, subject, created, false))
                if k == kind.as_str() && now_unix() < created + ttl.as_secs() as i64 =>
            {
                Ok(subject)
            }
            _ => Err(ErrorCode::SessionEnded.into()),
        }
    }

    pub fn end_session(&self, hash: &str) -> rusqlite::Result<()> {
        self.conn()
            .execute("UPDATE sessions SET ended = 1 WHERE hash = ?1", [hash])?;
        Ok(())
    }

    /// Counts a sign-in attempt before its password is checked, in one step
    /// under the database lock: parallel guesses cannot all slip in before
    /// the count (40 at once get 5 checks, not 7 to 9). 105 when the login
    /// already has the policy's failures within its window. A successful
    /// sign-in takes the count back with [`Store::clear_login_failures`].
    ///
    /// Logins are compared case-folded here as in every lookup (`DEMO` is
    /// `demo`); at most an e-mail's length of one is kept, and failures
    /// older than the window are forgotten, so what is stored stays bounded.
    pub fn begin_login_attempt(&self, kind: &str, login: &str) -> Result<(), Failure> {
        let now = now_unix();
        let since = now - self.policy.lockout_window.as_secs() as i64;
        let key = lockout_key(login);
        let conn = self.conn();
        conn.prepare_cached("DELETE FROM login_failures WHERE at <= ?1")?
            .execute([since])?;
        let failures: i64 = conn.query_row(
            "SELECT COUNT(*) FROM login_failures WHERE kind = ?1 AND login = ?2 AND at > ?3",
            params![kind, key, since],
            |r| r.get(0),
        )?;
        if failures >= i64::from(self.policy.lockout_attempts) {
            return Err(ErrorCode::LoginAttemptsExceeded.into());
        }
        conn.execute(
            "INSERT INTO login_failures (kind, login, at) VALUES (?1, ?2, ?3)",
            params![kind, key, now],
        )?;
        Ok(())
    }

    pub fn clear_login_failures(&self, kind: &str, login: &str) -> rusqlite::Result<()> {
        self.conn().execute(
            "DELETE FROM login_failures WHERE kind = ?1 AND login = ?2",
            params![kind, lockout_key(login)],
        )?;
        Ok(())
    }

    /// Where the sandbox answers, once it listens.
    pub fn set_address(&self, address: String) {
        let _ = self.address.set(address);
    }

    pub fn address(&self) -> String {
        self.address.get().cloned().unwrap_or_default()
    }

    /// What this dealer may do, by section (`users: [create, read, ...]`):
    /// everything, unless the dealer was given less.
    pub fn permissions(
        &self,
        dealer_id: i64,
    ) -> rusqlite::Result<serde_json::Map<String, serde_json::Value>> {
        let stored: Option<String> = self
            .conn()
            .query_row(
                "SELECT permissions FROM dealers WHERE id = ?1",
                [dealer_id],
                |r| r.get(0),
            )
            .optional()?
            .flatten();
        let parsed = stored
            .and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
            .and_then(|v| v.as_object().cloned());
        Ok(parsed.unwrap_or_else(full_permissions))
    }

    /// 13 unless the dealer may do `action` in `section`.
    pub fn require(&self, dealer_id: i64, section: &str, action: &str) -> Result<(), Failure> {
        let allowed = self
            .permissions(dealer_id)?
            .get(section)
            .and_then(serde_json::Value::as_array)
            .is_some_and(|a| a.iter().any(|v| v.as_str() == Some(action)));
        if allowed {
            Ok(())
        } else {
            Err(ErrorCode::NotPermitted.into())
        }
    }

    /// Gives a dealer less than everything (the demo's read-only dealer).
    pub fn set_permissions(
        &self,
        dealer_id: i64,
        permissions: &serde_json::Value,
    ) -> rusqlite::Result<()> {
        self.conn().execute(
            "UPDATE dealers SET permissions = ?1 WHERE id = ?2",
            params![permissions.to_string(), dealer_id],
        )?;
        Ok(())
    }

    pub fn add_dealer(
        &self,
        id: i64,
        login: &str,
        password: &str,
        title: &str,
        blocked: bool,
    ) -> rusqlite::Result<()> {
        self.conn().execute(
            "INSERT INTO dealers (id, login, password_hash, title, blocked) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, login, password::hash(password), title, blocked],
        )?;
        Ok(())
    }
}

/// Creates the database file readable by its owner only (an existing one,
/// and its -wal and -shm files, made so too). A no-op off Unix.
fn owner_only(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
        if path == Path::new(":memory:") {
            return Ok(());
        }
        std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(false)
            .mode(0o600)
            .open(path)?;
        for suffix in ["", "-wal", "-shm"] {
            let file = std::path::PathBuf::from(format!("{}{suffix}", path.display()));
            if file.exists() {
                std::fs::set_permissions(&file, std::fs::Permissions::from_mode(0o600))?;
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}
