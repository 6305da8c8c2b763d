//! Writing spreadsheets: user lists as XLSX or CSV. Used by the sandbox's
//! `panel/user/export` and, later, by the app's own exports. No UI.

mod transactions;
mod users;

pub use transactions::write_transactions_xlsx;
pub use users::{Cell, ExportError, write_csv, write_xlsx};

/// Text that a spreadsheet program would run as a formula (`=HYPERLINK(..)`,
/// `+cmd|..`) is written with a leading apostrophe, so it stays text.
pub fn neutralise_formula(text: &str) -> std::borrow::Cow<'_, str> {
    match text.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{text}").into(),
        _ => text.into(),
    }
}
