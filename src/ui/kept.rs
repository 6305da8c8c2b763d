//! A screen's kept file of the dealer (`session::kept`), read and written on
//! a blocking thread: a file of thousands of users never holds up a frame.

use crate::session::kept::{self, Owned};
use crate::ui::action::Action;
use iced::Task;
use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::PathBuf;
use std::sync::Arc;

/// Where a screen's kept file is, and whose it must be.
#[derive(Debug, Clone)]
pub struct KeptFile {
    pub path: PathBuf,
    pub server: String,
    pub dealer: String,
}

impl KeptFile {
    /// Reads it: None when there is none yet, an error in words when it
    /// cannot be used (the screen says so and reads afresh).
    pub fn load<T, M>(&self, on: fn(Result<Option<Arc<T>>, String>) -> M) -> Action<M>
    where
        T: DeserializeOwned + Owned + Send + Sync + 'static,
        M: Send + 'static,
    {
        let file = self.clone();
        Action::run(Task::perform(
            async move {
                tokio::task::spawn_blocking(move || {
                    kept::load_if_any::<T>(&file.path, &file.server, &file.dealer)
                        .map(|v| v.map(Arc::new))
                })
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
            },
            on,
        ))
    }

    /// Writes `value` whole (a snapshot: the screen goes on changing its own).
    pub fn keep<T, M>(&self, value: Arc<T>, on: fn(Result<(), String>) -> M) -> Action<M>
    where
        T: Serialize + Send + Sync + 'static,
        M: Send + 'static,
    {
        let path = self.path.clone();
        Action::run(Task::perform(
            async move {
                tokio::task::spawn_blocking(move || {
                    kept::save(value.as_ref(), &path).map_err(|e| e.to_string())
                })
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
            },
            on,
        ))
    }
}
