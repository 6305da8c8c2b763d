//! The sandbox as the panel and Navixy's own web panel reach it, over
//! loopback HTTP: every operation with its documented errors, sessions and
//! access, uploads, the user API, attacks, and what it logs.

#[path = "../common/mod.rs"]
mod common;

mod hardening;
mod panel_users;
mod sandbox_logs;
mod sessions_and_access;
mod spec_gaps;
mod upload;
mod user_api;
mod users_section;
