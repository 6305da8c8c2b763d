//! Work with a Navixy session that needs no window: requests as plain data and
//! the one function that runs them (`request`), each request with the type of
//! its answer (`ask`), the journal entry each change leaves (`audit`), what
//! the session knows of the dealer (`dealer`), what the import screen and
//! `navixy-panel import` share, so a file goes to the server one way
//! (`upload`, `sync`, `import_file`), bulk runs (`bulk`) and the users export
//! written to disk (`export_file`). No iced here: the app, the CLI and the
//! tests all use it as it is.

pub mod ask;
pub mod audit;
pub mod balance_watch;
pub mod bulk;
pub mod dealer;
pub mod export_file;
pub mod import_file;
pub mod kept;
pub mod request;
pub mod sync;
pub mod upload;
pub mod user_index;
pub mod user_terms;
pub mod watch_history;

pub use ask::Ask;
pub use dealer::Dealer;
pub use request::{
    Answer, Api, FileBytes, ImportMark, PreviewRef, Request, RequestKind, Response, Secret,
    UserSession, execute, execute_with, run_journaled,
};
