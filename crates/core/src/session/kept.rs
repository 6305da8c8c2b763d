//! Files the panel keeps of one dealer on one server in the data folder (the
//! users' index, what the balance watch read). Each is named by a digest, so
//! that no address or login reaches a file name; written whole or not at all,
//! the owner's alone (they hold customers' names and money); and read back
//! as hostile: bounded, and checked for whose it is.

use serde::Serialize;
use serde::de::DeserializeOwned;
use std::path::{Path, PathBuf};

/// The most a kept file may hold: 10,000 users' index takes about 8 MB.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// Why a kept file could not be used.
#[derive(Debug, thiserror::Error)]
pub enum KeptError {
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("the file is larger than {MAX_FILE_BYTES} bytes")]
    TooLarge,
    #[error("the file is not what the panel keeps: {0}")]
    Shape(#[from] serde_json::Error),
    /// It holds another server's or dealer's users.
    #[error("the file holds another dealer's users")]
    NotThisDealer,
}

/// What a kept file says of whose it is.
pub trait Owned {
    /// The API address and the dealer login it was read with.
    fn owner(&self) -> (&str, &str);
}

/// The file of `what` (`users`, `watch`) of `dealer` on `server`.
pub fn file(data_dir: &Path, what: &str, server: &str, dealer: &str) -> PathBuf {
    // FNV-1a: stable across versions and platforms, unlike std's hasher.
    let digest = format!("{server}\n{}", dealer.to_lowercase())
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    data_dir
        .join("index")
        .join(format!("{what}-{digest:016x}.json"))
}

/// Reads the file at `path`, if it is `dealer`'s on `server`.
pub fn load<T: DeserializeOwned + Owned>(
    path: &Path,
    server: &str,
    dealer: &str,
) -> Result<T, KeptError> {
    let file = std::fs::File::open(path)?;
    if file.metadata()?.len() > MAX_FILE_BYTES {
        return Err(KeptError::TooLarge);
    }
    let value: T = serde_json::from_reader(std::io::BufReader::new(file))?;
    let (its_server, its_dealer) = value.owner();
    if its_server != server || !its_dealer.eq_ignore_ascii_case(dealer) {
        return Err(KeptError::NotThisDealer);
    }
    Ok(value)
}

/// [`load`], with no file yet as None (the first time), and any other
/// failure in words: what a screen opening does.
pub fn load_if_any<T: DeserializeOwned + Owned>(
    path: &Path,
    server: &str,
    dealer: &str,
) -> Result<Option<T>, String> {
    match load(path, server, dealer) {
        Ok(value) => Ok(Some(value)),
        Err(KeptError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.to_string()),
    }
}

/// Writes `value` to `path` whole or not at all, the owner's alone.
pub fn save<T: Serialize>(value: &T, path: &Path) -> Result<(), KeptError> {
    let bytes = serde_json::to_vec(value)?;
    crate::config::write_private(path, &bytes)?;
    Ok(())
}
