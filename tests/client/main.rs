//! The client against servers over real HTTP on loopback: the official
//! spec's contract, a server written to attack it, and a sandbox that
//! breaks on purpose.

#[path = "../common/mod.rs"]
mod common;

mod contract;
mod faults;
mod hostile_server;
