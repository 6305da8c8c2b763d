//! Language switching, string completeness and snapshot baselines. Its
//! own test binary: the interface language is global to the process.

#[path = "../common/mod.rs"]
mod common;

mod fits;
mod look;
mod pseudo;
mod tour;
