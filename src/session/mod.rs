//! Work with a Navixy session that needs no window: what the import screen
//! and `navixy-panel import` share, so a file goes to the server one way.

pub mod import_file;
pub mod upload;
