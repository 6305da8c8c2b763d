//! What the sandbox logs while serving never contains a password or a
//! session hash. One test in this file: it installs the process's logger.

use crate::common::{new_individual, start};
use std::io::Write;
use std::sync::{Arc, Mutex};

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut v) = self.0.lock() {
            v.extend_from_slice(buf);
        }
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn logs_name_operations_never_passwords_or_hashes() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .init();

    let h = start().await;
    let hash = h.demo().await;
    let mut new = new_individual("logged.user@example.com");
    new.password = "Zq9-very-secret".into();
    let id = h.client.user_create(&hash, &new).await.unwrap();
    h.client
        .user_change_password(&hash, id, "Xy7-other-secret")
        .await
        .unwrap();
    let session = h.client.user_session_create(&hash, id).await.unwrap();
    let _ = h.client.applications_list(&session).await;
    // A failed login too: its password must not be logged either.
    let _ = h.client.panel_auth("demo", "Wrong-pass-42").await;

    let log = String::from_utf8_lossy(&captured.0.lock().unwrap()).into_owned();
    assert!(
        log.contains("panel/user/create"),
        "operations are logged: {log}"
    );
    for secret in [
        "Zq9-very-secret",
        "Xy7-other-secret",
        "Wrong-pass-42",
        "demo1234",
        hash.expose(),
        session.expose(),
    ] {
        assert!(!log.contains(secret), "{secret:?} in the log");
    }
}
