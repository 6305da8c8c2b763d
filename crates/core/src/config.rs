//! The operator's settings, kept as TOML in the OS config folder. Reading is
//! defensive: each value that cannot be read falls back to its default and the
//! rest are kept (a hand-edited typo never resets everything).

use crate::i18n::Language;
use crate::model::Dialect;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

/// Which Navixy server the panel talks to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ServerKind {
    /// The built-in local server with demo data: works with no account.
    #[default]
    Sandbox,
    EuCloud,
    UsCloud,
    /// An on-premise installation at `custom_url`.
    Custom,
}

impl ServerKind {
    pub const ALL: [ServerKind; 4] = [Self::Sandbox, Self::EuCloud, Self::UsCloud, Self::Custom];
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ThemeChoice {
    /// Follow the operating system's light or dark mode.
    #[default]
    System,
    Light,
    Dark,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [Self::System, Self::Light, Self::Dark];
}

/// What the window draws with. The graphics card is tried first, checked
/// before the window opens; where it cannot draw (no working driver, as in
/// many virtual machines and Remote Desktop sessions) the processor draws,
/// which always works.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Drawing {
    #[default]
    GraphicsCard,
    Processor,
}

impl Drawing {
    pub const ALL: [Drawing; 2] = [Self::GraphicsCard, Self::Processor];
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct WindowGeometry {
    pub width: f32,
    pub height: f32,
    pub x: Option<f32>,
    pub y: Option<f32>,
}

impl Default for WindowGeometry {
    fn default() -> Self {
        Self {
            width: 1280.0,
            height: 800.0,
            x: None,
            y: None,
        }
    }
}

impl WindowGeometry {
    /// Sizes a window manager would never give are replaced by the default.
    fn sane(self) -> Self {
        let ok = |v: f32, lo: f32| v.is_finite() && (lo..=20_000.0).contains(&v);
        let pos = |v: Option<f32>| v.filter(|v| v.is_finite() && v.abs() < 20_000.0);
        if ok(self.width, 400.0) && ok(self.height, 300.0) {
            Self {
                x: pos(self.x),
                y: pos(self.y),
                ..self
            }
        } else {
            Self::default()
        }
    }
}

/// The users table as the operator left it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct UsersPrefs {
    /// Column ids in display order (see `ui::screen::users::UserColumn`).
    pub columns: Vec<String>,
    pub page_size: u32,
    pub hide_inactive: bool,
    /// Column widths in pixels, by column id, where the operator changed them.
    pub widths: std::collections::BTreeMap<String, f32>,
}

impl Default for UsersPrefs {
    fn default() -> Self {
        Self {
            columns: [
                "id", "name", "login", "phone", "balance", "bonus", "city", "trackers", "created",
            ]
            .map(String::from)
            .to_vec(),
            page_size: 50,
            hide_inactive: false,
            widths: Default::default(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Settings {
    /// None follows the operating system.
    pub language: Option<Language>,
    pub theme: ThemeChoice,
    pub server: ServerKind,
    pub custom_url: String,
    /// The last login used (never the password).
    pub login: String,
    /// On-premise servers' addresses the operator keeps, to pick at login
    /// (newest first).
    pub saved_servers: Vec<String>,
    /// Where "Log in as user" opens the customer's web interface: a
    /// template with `{domain}` (the dealer's, from the server) and
    /// `{session_key}`, or a plain address that gets `?session_key=`.
    /// None: Navixy's own (`https://{domain}/pro/demo/?session_key=...`);
    /// empty: only copy the session key.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub web_interface: Option<String>,
    /// The folders files were last chosen in, newest first (the in-app file
    /// chooser offers them).
    pub recent_folders: Vec<String>,
    pub window: WindowGeometry,
    pub users: UsersPrefs,
    /// How long an ordinary call may take before it counts as lost (default 30 s).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub request_timeout_secs: Option<u64>,
    /// What the window draws with, from the next start.
    pub drawing: Drawing,
    /// The applications dialect each server (by API address) was seen to
    /// take, so it is learnt once, not at every sign-in.
    pub applications_dialects: std::collections::BTreeMap<String, Dialect>,
    /// The segments the operator saved by name, in the order saved.
    pub segments: Vec<crate::model::segment::Segment>,
}

fn field<T: DeserializeOwned>(
    table: &toml::Table,
    key: &str,
    problems: &mut Vec<String>,
) -> Option<T> {
    let value = table.get(key)?;
    match value.clone().try_into() {
        Ok(v) => Some(v),
        Err(e) => {
            problems.push(format!("{key}: {e}"));
            None
        }
    }
}

/// How many recent folders are remembered.
pub const RECENT_FOLDERS: usize = 5;
/// How many server addresses are kept.
pub const SAVED_SERVERS: usize = 10;
/// How many segments are kept by name.
pub const SAVED_SEGMENTS: usize = 100;

/// A setting the operator changed (on the Settings screen, or the users
/// list's own choices).
#[derive(Debug, Clone, PartialEq)]
pub enum SettingChange {
    /// The users list's columns, page size or filter choices.
    UsersList(UsersPrefs),
    SavedServers(Vec<String>),
    WebInterface(Option<String>),
    RequestTimeout(Option<u64>),
    Drawing(Drawing),
    ApplicationsDialect {
        server: String,
        dialect: Dialect,
    },
    /// The segments saved by name, all of them.
    Segments(Vec<crate::model::segment::Segment>),
}

impl Settings {
    pub fn apply(&mut self, change: SettingChange) {
        match change {
            SettingChange::UsersList(prefs) => self.users = prefs,
            SettingChange::SavedServers(list) => {
                self.saved_servers = list;
                self.saved_servers.truncate(SAVED_SERVERS);
            }
            SettingChange::WebInterface(template) => self.web_interface = template,
            SettingChange::RequestTimeout(secs) => {
                self.request_timeout_secs = secs.filter(|s| (1..=600).contains(s));
            }
            SettingChange::Drawing(drawing) => self.drawing = drawing,
            SettingChange::ApplicationsDialect { server, dialect } => {
                self.applications_dialects.insert(server, dialect);
            }
            SettingChange::Segments(mut list) => {
                list.truncate(SAVED_SEGMENTS);
                self.segments = list;
            }
        }
    }

    /// How long an ordinary call may take: the operator's, else the client's default.
    pub fn request_timeout(&self) -> std::time::Duration {
        self.request_timeout_secs
            .map(std::time::Duration::from_secs)
            .unwrap_or(crate::api::ClientOptions::default().request_timeout)
    }

    /// The web interface's address template in use (see `web_interface`).
    pub fn web_interface_template(&self) -> &str {
        self.web_interface
            .as_deref()
            .unwrap_or(crate::session::dealer::WEB_INTERFACE_TEMPLATE)
    }

    /// Keeps an on-premise server's address (after a sign-in there), newest first.
    pub fn remember_server(&mut self, url: &str) {
        let url = url.trim();
        if url.is_empty() {
            return;
        }
        self.saved_servers.retain(|s| s.trim() != url);
        self.saved_servers.insert(0, url.to_owned());
        self.saved_servers.truncate(SAVED_SERVERS);
    }

    /// Remembers the folder of a file the operator chose, newest first.
    pub fn remember_folder(&mut self, file: &Path) {
        let Some(dir) = file.parent().filter(|d| !d.as_os_str().is_empty()) else {
            return;
        };
        let dir = dir.to_string_lossy().into_owned();
        self.recent_folders.retain(|d| *d != dir);
        self.recent_folders.insert(0, dir);
        self.recent_folders.truncate(RECENT_FOLDERS);
    }

    /// Reads settings, keeping every value that reads and reporting the rest.
    pub fn from_toml(text: &str) -> (Settings, Vec<String>) {
        let mut problems = Vec::new();
        let table: toml::Table = match text.parse() {
            Ok(t) => t,
            Err(e) => return (Settings::default(), vec![format!("not TOML: {e}")]),
        };
        let d = Settings::default();
        let users = table
            .get("users")
            .and_then(toml::Value::as_table)
            .cloned()
            .unwrap_or_default();
        let settings = Settings {
            language: field(&table, "language", &mut problems),
            theme: field(&table, "theme", &mut problems).unwrap_or(d.theme),
            server: field(&table, "server", &mut problems).unwrap_or(d.server),
            custom_url: field(&table, "custom_url", &mut problems).unwrap_or(d.custom_url),
            login: field(&table, "login", &mut problems).unwrap_or(d.login),
            saved_servers: field::<Vec<String>>(&table, "saved_servers", &mut problems)
                .map(|mut s| {
                    s.truncate(SAVED_SERVERS);
                    s
                })
                .unwrap_or_default(),
            // An address set by hand in an older version is kept as it was meant.
            web_interface: field::<String>(&table, "web_interface", &mut problems).or_else(|| {
                field::<String>(&table, "web_interface_url", &mut problems)
                    .filter(|u| !u.trim().is_empty())
            }),
            recent_folders: field::<Vec<String>>(&table, "recent_folders", &mut problems)
                .map(|mut f| {
                    f.truncate(RECENT_FOLDERS);
                    f
                })
                .unwrap_or_default(),
            window: field::<WindowGeometry>(&table, "window", &mut problems)
                .map(WindowGeometry::sane)
                .unwrap_or_default(),
            request_timeout_secs: field::<u64>(&table, "request_timeout_secs", &mut problems)
                .filter(|s| (1..=600).contains(s)),
            drawing: field(&table, "drawing", &mut problems).unwrap_or(d.drawing),
            applications_dialects: field(&table, "applications_dialects", &mut problems)
                .unwrap_or_default(),
            segments: field::<Vec<crate::model::segment::Segment>>(
                &table,
                "segments",
                &mut problems,
            )
            .map(|mut s| {
                s.truncate(SAVED_SEGMENTS);
                s
            })
            .unwrap_or_default(),
            users: UsersPrefs {
                columns: field::<Vec<String>>(&users, "columns", &mut problems)
                    .filter(|c| !c.is_empty())
                    .unwrap_or(d.users.columns),
                page_size: field::<u32>(&users, "page_size", &mut problems)
                    .filter(|n| [10, 20, 50, 100, 500].contains(n))
                    .unwrap_or(d.users.page_size),
                hide_inactive: field(&users, "hide_inactive", &mut problems)
                    .unwrap_or(d.users.hide_inactive),
                widths: field(&users, "widths", &mut problems).unwrap_or_default(),
            },
        };
        (settings, problems)
    }

    pub fn to_toml(&self) -> String {
        toml::to_string_pretty(self).unwrap_or_default()
    }

    /// Loads from `path`; a missing file is a first run (defaults, no problem).
    pub fn load(path: &Path) -> (Settings, Vec<String>) {
        match std::fs::read_to_string(path) {
            Ok(text) => Settings::from_toml(&text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Settings::default(), Vec::new()),
            Err(e) => (
                Settings::default(),
                vec![format!("{}: {e}", path.display())],
            ),
        }
    }

    /// Writes atomically (temp file + rename): a crash never leaves half a file.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        // The owner's alone: it names the dealer login and the servers used.
        write_private(path, self.to_toml().as_bytes())
    }
}

/// Writes `bytes` to `path` whole or not at all (a file beside it, then
/// renamed), readable by the owner only, in a private folder.
pub fn write_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        private_dir(dir)?;
    }
    let mut tmp_name = path.file_name().unwrap_or_default().to_owned();
    tmp_name.push(".tmp");
    let tmp = path.with_file_name(tmp_name);
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&tmp)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // `mode` applies only to a new file; an older one is tightened too.
        file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
    }
    std::io::Write::write_all(&mut file, bytes)?;
    file.sync_all()?;
    drop(file);
    std::fs::rename(tmp, path)
}

/// Where the app keeps things.
#[derive(Debug, Clone, PartialEq)]
pub struct Paths {
    pub settings_file: PathBuf,
    pub data_dir: PathBuf,
}

impl Paths {
    /// The OS folders (`~/.config/navixy-panel`, `~/.local/share/navixy-panel` on Linux).
    pub fn system() -> Paths {
        match directories::ProjectDirs::from("com", "Navixy Panel", "navixy-panel") {
            Some(dirs) => Paths {
                settings_file: dirs.config_dir().join("settings.toml"),
                data_dir: dirs.data_dir().to_path_buf(),
            },
            None => Paths::under(Path::new(".navixy-panel")),
        }
    }

    /// Everything under one folder (tests, portable installs).
    pub fn under(dir: &Path) -> Paths {
        Paths {
            settings_file: dir.join("settings.toml"),
            data_dir: dir.join("data"),
        }
    }

    pub fn sandbox_db(&self) -> PathBuf {
        self.data_dir.join("sandbox.sqlite3")
    }
}

/// Creates `dir` (and its parents) for the panel's own files: on Unix the
/// folder itself is its owner's alone (0700), since it holds the journal,
/// job files and the sandbox's live session hashes. On Windows the user's
/// profile is private already.
pub fn private_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)?;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
    }
    #[cfg(not(unix))]
    std::fs::create_dir_all(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn saved_settings_are_readable_by_the_owner_only_and_hold_no_secret() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.toml");
        // An older, world-readable file is tightened when saved again.
        std::fs::write(&path, "").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        let s = Settings {
            login: "dealer@example.com".into(),
            ..Settings::default()
        };
        s.save(&path).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("dealer@example.com"));
        for secret in ["password", "hash", "session"] {
            assert!(!text.to_lowercase().contains(secret), "{secret} in {text}");
        }
    }

    #[test]
    fn round_trips() {
        let s = Settings {
            language: Some(Language::Russian),
            theme: ThemeChoice::Dark,
            server: ServerKind::Custom,
            custom_url: "https://navixy.example.com/api-v2/".into(),
            login: "dealer@example.com".into(),
            saved_servers: vec!["https://navixy.example.com/api-v2/".into()],
            web_interface: Some("https://{domain}/pro/?session_key={session_key}".into()),
            recent_folders: vec!["/home/op/Clients".into()],
            window: WindowGeometry {
                width: 1000.0,
                height: 700.0,
                x: Some(10.0),
                y: Some(20.0),
            },
            users: UsersPrefs {
                columns: vec!["id".into(), "login".into()],
                page_size: 100,
                hide_inactive: true,
                widths: [("login".to_owned(), 300.0)].into_iter().collect(),
            },
            request_timeout_secs: Some(45),
            drawing: Drawing::Processor,
            applications_dialects: [("https://api.eu.navixy.com/v2/".to_owned(), Dialect::Spec)]
                .into_iter()
                .collect(),
            segments: vec![crate::model::segment::Segment {
                name: "Running low".into(),
                conditions: vec![
                    crate::model::segment::Condition::BalanceBelow { amount: 25.5 },
                    crate::model::segment::Condition::Place {
                        text: "Berlin".into(),
                    },
                ],
            }],
        };
        let (back, problems) = Settings::from_toml(&s.to_toml());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(back, s);
    }

    #[test]
    fn an_older_hand_set_web_interface_address_is_kept() {
        let (s, problems) =
            Settings::from_toml(r#"web_interface_url = "https://gps.example.com/""#);
        assert!(problems.is_empty());
        assert_eq!(s.web_interface_template(), "https://gps.example.com/");
        let (s, _) = Settings::from_toml(r#"web_interface_url = """#);
        assert_eq!(
            s.web_interface_template(),
            crate::session::dealer::WEB_INTERFACE_TEMPLATE,
            "none set: Navixy's own"
        );
        let (s, _) = Settings::from_toml(r#"web_interface = """#);
        assert_eq!(s.web_interface_template(), "", "only copy the key");
    }

    #[test]
    fn a_bad_value_falls_back_alone() {
        let text = r#"
            language = "klingon"
            theme = "dark"
            server = 42
            login = "keep@me.com"
            [window]
            width = -5.0
            height = 700.0
            [users]
            page_size = 7
            hide_inactive = true
        "#;
        let (s, problems) = Settings::from_toml(text);
        assert_eq!(s.language, None);
        assert_eq!(s.theme, ThemeChoice::Dark);
        assert_eq!(s.server, ServerKind::Sandbox);
        assert_eq!(s.login, "keep@me.com");
        assert_eq!(s.window, WindowGeometry::default());
        assert_eq!(s.users.page_size, 50);
        assert!(s.users.hide_inactive);
        assert_eq!(problems.len(), 2, "{problems:?}");
    }

    #[test]
    fn garbage_and_missing_files_give_defaults() {
        assert_eq!(Settings::from_toml("[[[ not toml").0, Settings::default());
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        assert_eq!(
            Settings::load(&paths.settings_file),
            (Settings::default(), vec![])
        );
        let s = Settings {
            login: "x@y.zz".into(),
            ..Settings::default()
        };
        s.save(&paths.settings_file).unwrap();
        assert_eq!(Settings::load(&paths.settings_file).0, s);
    }
}
