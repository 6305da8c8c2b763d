//! The client against a server that attacks it (`crate::common::hostile`), over
//! real HTTP on loopback: a redirect never carries the password, an answer
//! of any size is cut off at a bound, an answer about someone else is
//! refused before anything is sent on it, and the server's words reach the
//! terminal without their control characters.

use crate::common::client_for;
use crate::common::hostile::{Hostile, Reply};
use navixy_panel::api::{
    ANSWER_BYTES_MAX, DealerHash, Error, ExportFormat, ExportQuery, FILE_BYTES_MAX, ListQuery,
};
use navixy_panel::session::export_file::{self, ColumnTitles, Exported};
use serde_json::json;

fn hash() -> DealerHash {
    DealerHash::new("a".repeat(32))
}

fn user(id: i64, login: &str) -> serde_json::Value {
    json!({"id": id, "login": login, "legal_type": "individual", "activated": true,
           "balance": 1.0, "bonus": 0.0, "creation_date": "2024-01-01 00:00:00"})
}

#[tokio::test]
async fn a_redirect_is_an_error_and_the_password_goes_nowhere_else() {
    let elsewhere = Hostile::start(|_| Reply::json(json!({"success": true, "hash": "x"}))).await;
    for status in [301u16, 302, 303, 307, 308] {
        let to = format!("{}panel/account/auth", elsewhere.base());
        let server = Hostile::start(move |_| {
            Reply::Plain(status, vec![("Location".into(), to.clone())], Vec::new())
        })
        .await;
        let client = client_for(&server.base());
        let answer = client.panel_auth("dealer", "s3cret-password").await;
        assert!(
            matches!(&answer, Err(Error::Redirected { status: s, to }) if *s == status && to.contains(&elsewhere.addr.to_string())),
            "{status}: {answer:?}"
        );
        assert_eq!(server.paths().len(), 1, "{status}: the password went once");
    }
    assert!(
        elsewhere.paths().is_empty(),
        "nothing reached the other host: {:?}",
        elsewhere.paths()
    );
}

#[tokio::test]
async fn an_endless_answer_is_cut_off_at_the_bound() {
    let server = Hostile::start(|_| Reply::Endless {
        declared: None,
        at_most: 4 * ANSWER_BYTES_MAX,
    })
    .await;
    let client = client_for(&server.base());
    let answer = client.users_list(&hash(), &ListQuery::default()).await;
    assert!(
        matches!(answer, Err(Error::TooLarge { limit }) if limit == ANSWER_BYTES_MAX),
        "{answer:?}"
    );
    // What the server got out before the client left: the bound and what
    // the sockets' buffers hold, never the whole.
    assert!(
        server.written() < ANSWER_BYTES_MAX + 16 * 1024 * 1024,
        "{} bytes read",
        server.written()
    );
}

#[tokio::test]
async fn an_answer_that_declares_gigabytes_is_refused_before_reading() {
    let server = Hostile::start(|_| Reply::Endless {
        declared: Some(5 * 1024 * 1024 * 1024),
        at_most: 64 * 1024 * 1024,
    })
    .await;
    let client = client_for(&server.base());
    let answer = client.users_list(&hash(), &ListQuery::default()).await;
    assert!(matches!(answer, Err(Error::TooLarge { .. })), "{answer:?}");
    assert_eq!(server.paths().len(), 1, "refused, not retried");
}

/// The export as the users screen makes it: downloaded, then put in place.
async fn export_users(
    client: &navixy_panel::api::Client,
    hash: &DealerHash,
    query: &ExportQuery,
    to: &std::path::Path,
    titles: &ColumnTitles,
) -> Result<Exported, Error> {
    let download = export_file::download(client, hash, query, to).await?;
    export_file::put_in_place(&download, titles)
}

fn csv_export() -> ExportQuery {
    ExportQuery {
        format: Some(ExportFormat::Csv),
        ..Default::default()
    }
}

/// What the folder holds, by name (hidden files too).
fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn an_endless_export_goes_to_disk_and_stops_at_the_bound_leaving_nothing() {
    let server = Hostile::start(|_| Reply::Endless {
        declared: None,
        at_most: 2 * FILE_BYTES_MAX,
    })
    .await;
    let client = client_for(&server.base());
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("users.csv");
    // The operator's earlier export under that name is not touched.
    std::fs::write(&to, "the earlier export").unwrap();
    let answer = export_users(&client, &hash(), &csv_export(), &to, &ColumnTitles::new()).await;
    assert!(
        matches!(answer, Err(Error::TooLarge { limit }) if limit == FILE_BYTES_MAX),
        "{answer:?}"
    );
    assert!(server.written() < FILE_BYTES_MAX + 16 * 1024 * 1024);
    assert_eq!(names_in(dir.path()), ["users.csv"], "no part left behind");
    assert_eq!(std::fs::read_to_string(&to).unwrap(), "the earlier export");
}

#[tokio::test]
async fn an_export_into_a_missing_folder_is_said_and_never_asked() {
    let server = Hostile::start(|_| Reply::Plain(200, Vec::new(), b"id;login\n".to_vec())).await;
    let client = client_for(&server.base());
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("gone").join("users.csv");
    let answer = export_users(&client, &hash(), &csv_export(), &to, &ColumnTitles::new()).await;
    assert!(matches!(answer, Err(Error::File(_))), "{answer:?}");
    assert!(server.paths().is_empty(), "nothing asked of the server");
}

#[tokio::test]
async fn a_servers_csv_export_is_written_again_and_an_unreadable_one_is_said() {
    let csv = "login;comment\r\nann@example.com;=HYPERLINK(\"http://x\")\r\n";
    let server = Hostile::start(move |_| Reply::Plain(200, Vec::new(), csv.into())).await;
    let client = client_for(&server.base());
    let dir = tempfile::tempdir().unwrap();
    let to = dir.path().join("users.csv");
    let done = export_users(&client, &hash(), &csv_export(), &to, &ColumnTitles::new())
        .await
        .unwrap();
    assert!(done.checked);
    let text = std::fs::read_to_string(&to).unwrap();
    assert!(text.contains("'=HYPERLINK"), "{text}");
    assert_eq!(names_in(dir.path()), ["users.csv"]);

    // Not UTF-8 past the header: kept as sent, and not called checked.
    let latin1 = b"login;comment\nann@example.com;=caf\xe9\n".to_vec();
    let server = Hostile::start(move |_| Reply::Plain(200, Vec::new(), latin1.clone())).await;
    let client = client_for(&server.base());
    let done = export_users(&client, &hash(), &csv_export(), &to, &ColumnTitles::new())
        .await
        .unwrap();
    assert!(!done.checked, "said as the server's");
    assert_eq!(
        std::fs::read(&to).unwrap(),
        b"login;comment\nann@example.com;=caf\xe9\n"
    );
    assert_eq!(names_in(dir.path()), ["users.csv"]);
}

#[tokio::test]
async fn an_answer_about_another_user_is_refused() {
    let server = Hostile::start(|r| {
        if r.path.ends_with("panel/user/read") {
            Reply::json(json!({"success": true, "value": user(777, "someone.else@example.com")}))
        } else if r.body.contains("dupes") {
            Reply::json(json!({"success": true, "count": 2,
                "list": [user(5, "a@example.com"), user(5, "b@example.com")]}))
        } else {
            Reply::json(json!({"success": true, "count": 1, "list": [user(-3, "a@example.com")]}))
        }
    })
    .await;
    let client = client_for(&server.base());
    let read = client.user_read(&hash(), 42).await;
    assert!(
        matches!(&read, Err(Error::Inconsistent(why)) if why.contains("42") && why.contains("777")),
        "{read:?}"
    );
    let dupes = ListQuery {
        filter: Some("dupes".into()),
        ..ListQuery::default()
    };
    let page = client.users_list(&hash(), &dupes).await;
    assert!(matches!(page, Err(Error::Inconsistent(_))), "{page:?}");
    let page = client.users_list(&hash(), &ListQuery::default()).await;
    assert!(matches!(page, Err(Error::Inconsistent(_))), "{page:?}");
    // A change whose read was refused is never sent.
    let file = "Email;Password;First name\nann@example.com;12@14Y$a;Ann\n";
    let preview = navixy_panel::import::Preview::open_with(
        "users.csv",
        file.as_bytes(),
        &Default::default(),
        &mut |_, _| {},
    )
    .unwrap();
    let applied =
        navixy_panel::session::sync::apply_change(&client, &hash(), &preview, 0, 42).await;
    assert!(applied.is_err(), "{applied:?}");
    assert!(
        !server
            .paths()
            .iter()
            .any(|p| p.ends_with("panel/user/update")),
        "{:?}",
        server.paths()
    );
}

#[tokio::test]
async fn the_servers_escape_codes_never_reach_the_terminal() {
    let evil = "\u{1b}]0;pwned\u{7}\u{1b}[2J\u{1b}[Hcreated 1200, updated 0\u{202E}";
    let server = Hostile::start(move |_| {
        Reply::Plain(
            400,
            Vec::new(),
            json!({"success": false, "status": {"code": 999, "description": evil},
                   "errors": [{"parameter": "user.login\u{1b}[31m", "error": evil}]})
            .to_string()
            .into_bytes(),
        )
    })
    .await;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("users.csv");
    std::fs::write(
        &file,
        "Email address*;Password*;Status*;Legal status*;Surname*;Name*\nann@example.com;secret12;1;1;Lee;Ann\n",
    )
    .unwrap();
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_navixy-panel"));
    cmd.args([
        "import",
        file.to_str().unwrap(),
        "--server",
        &server.base(),
        "--login",
        "d",
    ])
    .env("NAVIXY_PASSWORD", "pw");
    // The server answers on this thread's runtime while the command runs.
    let out = tokio::task::spawn_blocking(move || cmd.output())
        .await
        .unwrap()
        .unwrap();
    let all = [out.stdout, out.stderr].concat();
    let text = String::from_utf8_lossy(&all);
    assert!(!all.contains(&0x1b) && !all.contains(&0x07), "{text:?}");
    assert!(!text.contains('\u{202E}'), "{text:?}");
    assert!(
        text.contains("pwned"),
        "the words are said, harmless: {text}"
    );
}
