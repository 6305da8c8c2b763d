//! Language switching, string completeness and snapshot baselines. Its
//! own test binary: the interface language is global to the process.

mod fits;
mod look;
mod pseudo;
