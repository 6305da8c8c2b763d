//! What the window draws with: the graphics card is probed in a child
//! process, the real binary's `probe-drawing`; a failure there (made here
//! as a broken driver makes it) draws with the processor from then on.

use navixy_panel::config::{Paths, Settings};
use navixy_panel::ui::drawing::{self, Choice, Failure};
use std::process::Command;

fn probe(fail: bool) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_navixy-panel"));
    command.arg(drawing::PROBE_COMMAND);
    if fail {
        command.env(drawing::FAIL_PROBE, "1");
    }
    command
}

#[test]
fn a_graphics_card_that_fails_the_probe_leaves_the_drawing_to_the_processor() {
    if std::env::var_os("ICED_BACKEND").is_some() {
        return; // set by hand: iced follows it and nothing is probed
    }
    let dir = tempfile::tempdir().unwrap();
    let paths = Paths::under(dir.path());
    let choice = drawing::decide(&paths, &Settings::default(), false, &|| {
        drawing::probe_in_child(probe(true))
    });
    let Choice::ProcessorAfterFailure(Failure::Probe(why)) = &choice else {
        panic!("{choice:?}");
    };
    assert!(why.contains("wgpu error"), "{why}");
    assert!(choice.uses_processor());
}

#[test]
fn the_probe_says_what_drew_or_why_nothing_could() {
    let passed = probe(false).output().unwrap();
    let failed = probe(true).output().unwrap();
    assert!(!failed.status.success());
    let said = String::from_utf8_lossy(&failed.stderr);
    assert!(said.contains("wgpu error"), "{said}");
    // This machine may have no graphics card: then the probe says so.
    if !passed.status.success() {
        let said = String::from_utf8_lossy(&passed.stderr);
        assert!(said.contains("no graphics card"), "{said}");
        assert_eq!(passed.status.code(), Some(i32::from(drawing::NO_CARD_EXIT)));
    }
}
