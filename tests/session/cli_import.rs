//! `navixy-panel import` (and the other subcommands' output) as a script
//! runs it: the real binary against a real sandbox on loopback.

use crate::common::{Harness, start};
use navixy_panel::sandbox::{DEMO_DEALER, Fault};
use std::io::Read;
use std::process::{Command, Stdio};

const HEADER: &str = "Email address*;Password*;Status*;Legal status*;Surname*;Name*";

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_navixy-panel"))
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// Runs `import FILE` against the harness's sandbox as the demo dealer.
async fn import(h: &Harness, file: &std::path::Path, password: &str, extra: &[&str]) -> Run {
    let mut cmd = bin();
    cmd.arg("import")
        .arg(file)
        .args([
            "--server",
            &h.sandbox.base_url(),
            "--login",
            DEMO_DEALER.login,
            "--lang",
            "en",
        ])
        .args(extra)
        .env("NAVIXY_PASSWORD", password)
        .stdin(Stdio::null());
    let out = tokio::task::spawn_blocking(move || cmd.output().expect("runs"))
        .await
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn write(h: &Harness, name: &str, rows: &[&str]) -> std::path::PathBuf {
    let path = h.dir.path().join(name);
    let text = std::iter::once(HEADER)
        .chain(rows.iter().copied())
        .collect::<Vec<_>>()
        .join("\r\n");
    std::fs::write(&path, text).unwrap();
    path
}

/// Each of the three logins of `THREE` is there exactly once.
async fn each_of_three_once(h: &Harness) {
    for login in [
        "cli.one@example.com",
        "cli.two@example.com",
        "cli.three@example.com",
    ] {
        assert_eq!(count(h, login).await, 1, "{login}");
    }
}

/// How many of the demo dealer's users have exactly this login.
async fn count(h: &Harness, login: &str) -> usize {
    h.logins_named(&h.demo().await, login).await
}

const THREE: [&str; 3] = [
    "cli.one@example.com;secret12;1;1;One;Ann",
    "cli.two@example.com;secret12;1;1;Two;Bo",
    "cli.three@example.com;secret12;1;1;Three;Cy",
];

#[tokio::test]
async fn a_valid_file_is_created_whole_and_a_second_run_creates_nothing() {
    let h = start().await;
    let file = write(&h, "three.csv", &THREE);
    let run = import(&h, &file, DEMO_DEALER.password, &[]).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "created 3, updated 0, unchanged 0, refused 0, different 0"
    );
    assert!(
        run.stderr.contains("created 3 of 3"),
        "progress on stderr: {}",
        run.stderr
    );
    // A rerun finds every row on the server as the file says: done (0).
    let again = import(&h, &file, DEMO_DEALER.password, &[]).await;
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(
        again.stdout.trim(),
        "created 0, updated 0, unchanged 3, refused 0, different 0"
    );
    each_of_three_once(&h).await;
}

#[tokio::test]
async fn invalid_existing_and_refused_rows_are_counted_and_the_rest_created() {
    let h = start().await;
    // A login of another dealer's user: not in our list, so only the server
    // can refuse it (206, logins are unique across dealers).
    let other = h.other().await;
    let taken = h
        .client
        .users_list(&other, &Default::default())
        .await
        .unwrap()
        .list[0]
        .fields
        .login
        .clone()
        .unwrap();
    let file = write(
        &h,
        "mixed.csv",
        &[
            "good.one@example.com;secret12;1;1;Good;One",
            "not-an-email;secret12;1;1;Bad;Row",
            "john.smith@example.com;secret12;1;1;Smith;John",
            &format!("{taken};secret12;1;1;Taken;Login"),
            "good.two@example.com;secret12;1;1;Good;Two",
        ],
    );
    let run = import(&h, &file, DEMO_DEALER.password, &[]).await;
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "created 2, updated 0, unchanged 1, refused 2, different 0"
    );
    assert!(
        run.stderr.contains("Line 3"),
        "the invalid row by its line: {}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 5"),
        "the refused row by its line: {}",
        run.stderr
    );
    assert_eq!(
        count(&h, "good.two@example.com").await,
        1,
        "rows after a refusal still go"
    );
}

#[tokio::test]
async fn an_interrupted_upload_is_resumed_without_duplicates() {
    let h = start().await;
    let file = write(&h, "three.csv", &THREE);
    // The connection breaks before the server reads the file: nothing made.
    h.sandbox
        .inject_fault("panel/user/upload", Fault::DropBefore);
    let broken = import(&h, &file, DEMO_DEALER.password, &[]).await;
    assert_eq!(broken.code, 2, "{}", broken.stderr);
    assert_eq!(
        broken.stdout.trim(),
        "created 0, updated 0, unchanged 0, refused 0, different 0"
    );
    // The answer is lost after the server made the users: found, not resent.
    h.sandbox
        .inject_fault("panel/user/upload", Fault::DropAfter);
    let lost = import(&h, &file, DEMO_DEALER.password, &[]).await;
    assert_eq!(lost.code, 0, "{}", lost.stderr);
    assert_eq!(
        lost.stdout.trim(),
        "created 3, updated 0, unchanged 0, refused 0, different 0"
    );
    assert_eq!(h.sandbox.faults_pending(), 0);
    let resumed = import(&h, &file, DEMO_DEALER.password, &[]).await;
    assert_eq!(
        resumed.stdout.trim(),
        "created 0, updated 0, unchanged 3, refused 0, different 0"
    );
    each_of_three_once(&h).await;
}

#[tokio::test]
async fn what_cannot_start_ends_with_2_and_sends_nothing() {
    let h = start().await;
    let file = write(&h, "three.csv", &THREE);
    let wrong = import(&h, &file, "not-the-password", &[]).await;
    assert_eq!(wrong.code, 2);
    assert!(
        wrong.stderr.contains("login or password"),
        "{}",
        wrong.stderr
    );
    let missing = import(
        &h,
        &h.dir.path().join("nope.csv"),
        DEMO_DEALER.password,
        &[],
    )
    .await;
    assert_eq!(missing.code, 2);
    let junk = h.dir.path().join("junk.xlsx");
    std::fs::write(&junk, b"PK\x03\x04not a workbook").unwrap();
    assert_eq!(import(&h, &junk, DEMO_DEALER.password, &[]).await.code, 2);
    assert_eq!(count(&h, "cli.one@example.com").await, 0);

    // A server that is not there; plain http to another machine is refused.
    for server in ["http://127.0.0.1:9/v2/", "http://192.0.2.1/v2/"] {
        let mut cmd = bin();
        cmd.args([
            "import",
            file.to_str().unwrap(),
            "--server",
            server,
            "--login",
            "demo",
        ])
        .env("NAVIXY_PASSWORD", "x")
        .stdin(Stdio::null());
        let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
            .await
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{server}");
    }
    // Refused in the operator's language, in the login screen's words.
    let mut cmd = bin();
    cmd.args([
        "import",
        file.to_str().unwrap(),
        "--server",
        "http://192.0.2.1/v2/",
    ])
    .args(["--login", "demo", "--lang", "ru"])
    .env("NAVIXY_PASSWORD", "x")
    .stdin(Stdio::null());
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(
        said.contains("Адрес должен начинаться с https://"),
        "{said}"
    );
}

#[tokio::test]
async fn no_password_and_no_terminal_is_said_not_waited_for() {
    let h = start().await;
    let file = write(&h, "three.csv", &THREE);
    let mut cmd = bin();
    cmd.args([
        "import",
        file.to_str().unwrap(),
        "--server",
        &h.sandbox.base_url(),
        "--login",
        "demo",
    ])
    .env_remove("NAVIXY_PASSWORD")
    .stdin(Stdio::null());
    let out = tokio::task::spawn_blocking(move || cmd.output().unwrap())
        .await
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("NAVIXY_PASSWORD"));
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    // Enough invalid rows that the report outgrows the pipe's buffer.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.csv");
    let mut text = format!("{HEADER}\n");
    for i in 0..4000 {
        text.push_str(&format!("bad-{i};1;7;9;;\n"));
    }
    std::fs::write(&path, text).unwrap();
    for json in [true, false] {
        let mut cmd = bin();
        cmd.args(["validate", path.to_str().unwrap(), "--lang", "en"]);
        if json {
            cmd.arg("--json");
        }
        let mut child = cmd
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut first = [0u8; 16];
        child.stdout.take().unwrap().read_exact(&mut first).unwrap(); // then closed, as `head` does
        let status = child.wait().unwrap();
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        assert_eq!(
            status.code(),
            Some(1),
            "the documented code, not a panic: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[tokio::test]
async fn sheet_and_encoding_can_be_named() {
    let h = start().await;
    let book = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/writers/openpyxl_workbook.xlsx");
    let run = import(&h, &book, DEMO_DEALER.password, &["--sheet", "Old users"]).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim(),
        "created 1, updated 0, unchanged 0, refused 0, different 0"
    );
    assert_eq!(count(&h, "hidden@example.com").await, 1);
    assert!(
        run.stderr.contains("Old users"),
        "the sheet is named: {}",
        run.stderr
    );
    let west = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/writers/excel_1252.csv");
    let run = import(
        &h,
        &west,
        DEMO_DEALER.password,
        &["--encoding", "windows-1252"],
    )
    .await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    let hash = h.demo().await;
    let mueller = h.user_by_login(&hash, "mueller@example.de").await;
    assert_eq!(mueller.fields.last_name.as_deref(), Some("Müller"));
    let bad = import(&h, &west, DEMO_DEALER.password, &["--encoding", "klingon"]).await;
    assert_eq!(bad.code, 2);
}

/// `--update` changes the users that exist where the file differs (never
/// their password), creates the new, and says so; without it the users
/// that exist are left alone (exit 1).
#[tokio::test]
async fn update_applies_the_changed_rows_and_ends_0() {
    let h = start().await;
    let file = write(&h, "three.csv", &THREE);
    assert_eq!(import(&h, &file, DEMO_DEALER.password, &[]).await.code, 0);
    let changed = write(
        &h,
        "changed.csv",
        &[
            "cli.one@example.com;another12;1;1;One;Anna",
            "cli.two@example.com;secret12;1;1;Two;Bo",
            "cli.three@example.com;secret12;1;1;Three;Cy",
            "cli.four@example.com;secret12;1;1;Four;Di",
        ],
    );
    let left = import(&h, &changed, DEMO_DEALER.password, &[]).await;
    assert_eq!(left.code, 1, "{}", left.stderr);
    // The stderr's comparison and the last line say the same.
    assert!(
        left.stderr.contains("1 changed, 2 unchanged"),
        "{}",
        left.stderr
    );
    assert_eq!(
        left.stdout.trim().lines().last().unwrap(),
        "created 1, updated 0, unchanged 2, refused 0, different 1"
    );
    let hash = h.demo().await;
    let one = h.user_by_login(&hash, "cli.one@example.com").await;
    assert_eq!(one.fields.first_name.as_deref(), Some("Ann"), "left alone");

    let run = import(&h, &changed, DEMO_DEALER.password, &["--update"]).await;
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        run.stdout.trim().lines().last().unwrap(),
        "created 0, updated 1, unchanged 3, refused 0, different 0"
    );
    assert!(run.stderr.contains("1 changed"), "{}", run.stderr);
    let one = h.user_by_login(&hash, "cli.one@example.com").await;
    assert_eq!(one.fields.first_name.as_deref(), Some("Anna"));
    // The password stays the one the user had.
    assert!(
        h.client
            .user_auth("cli.one@example.com", "secret12", None)
            .await
            .is_ok()
    );
    assert!(
        h.client
            .user_auth("cli.one@example.com", "another12", None)
            .await
            .is_err()
    );
    // Applied: the same file again changes nothing and is all done.
    let again = import(&h, &changed, DEMO_DEALER.password, &["--update"]).await;
    assert_eq!(again.code, 0);
    assert_eq!(
        again.stdout.trim().lines().last().unwrap(),
        "created 0, updated 0, unchanged 4, refused 0, different 0"
    );
}
