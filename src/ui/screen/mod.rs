//! One module per screen. Each owns its state and talks to the app only
//! through its `Action`s; a screen never reaches into another.

pub mod activity;
pub mod applications;
pub mod customer_view;
pub mod import;
pub mod login;
pub mod transactions;
pub mod user_details;
pub mod user_editor;
pub mod users;
