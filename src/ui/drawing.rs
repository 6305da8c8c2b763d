//! What the window draws with, chosen before it opens. iced falls back to
//! the processor (tiny-skia) by itself only when no graphics card answers;
//! a card that answers and then fails to compile iced's shaders (DirectX 12
//! without a working driver: virtual machines, Remote Desktop, Wine) makes
//! wgpu panic at the first frame, too late to fall back. So the graphics
//! card is tried first in a child process (`navixy-panel probe-drawing`),
//! which draws iced's own pipelines offscreen; if it fails, the window draws
//! with the processor, and the operator is told once.
//!
//! A probe that passed is remembered for this build of the program, so it
//! runs once per install, not at every start. A start on the graphics card
//! that never reached its first frame (a driver that broke later) leaves a
//! mark behind, and the next start draws with the processor.

use crate::config::{Drawing, Paths, Settings};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The hidden subcommand the probe runs as.
pub const PROBE_COMMAND: &str = "probe-drawing";
/// Set in the environment, the probe fails as a broken driver does (tests).
pub const FAIL_PROBE: &str = "NAVIXY_PANEL_FAIL_DRAWING_PROBE";
/// iced's own choice of renderer: set by hand, it is left alone.
const ICED_BACKEND: &str = "ICED_BACKEND";
/// How the probe ends when no graphics card answers at all.
pub const NO_CARD_EXIT: u8 = 3;
/// How long the probe may take (a shader compiler can be slow the first time).
const PROBE_TIMEOUT: Duration = Duration::from_secs(30);

/// How this start draws, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Choice {
    /// The graphics card passed the probe (or passed it before for this build).
    GraphicsCard,
    /// No graphics card answered the probe: the processor draws, as iced
    /// would choose itself if none answered the window either; nothing to
    /// say or change. (Under Wine the probe finds none where the window
    /// finds DirectX 12 and fails with it.)
    NoGraphicsCard,
    /// The operator chose the processor (setting or `--cpu`).
    ProcessorChosen,
    /// `ICED_BACKEND` was set by hand: iced does as it says.
    AsIcedBackendSays,
    /// The graphics card failed; the window draws with the processor from
    /// now on (the setting was changed): said to the operator once.
    ProcessorAfterFailure(Failure),
}

impl Choice {
    pub fn uses_processor(&self) -> bool {
        !matches!(self, Self::GraphicsCard | Self::AsIcedBackendSays)
    }

    /// What this start draws with, and why, in the operator's words.
    pub fn in_words(&self) -> String {
        match self {
            Self::GraphicsCard => crate::fl!("drawing-now-graphics-card"),
            Self::NoGraphicsCard => crate::fl!("drawing-now-no-card"),
            Self::ProcessorChosen => crate::fl!("drawing-now-processor"),
            Self::ProcessorAfterFailure(_) => crate::fl!("drawing-now-failed"),
            Self::AsIcedBackendSays => crate::fl!(
                "drawing-now-by-hand",
                value = std::env::var(ICED_BACKEND).unwrap_or_default()
            ),
        }
    }
}

/// What the probe found, when it did not fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probed {
    /// The graphics card drew everything a first frame draws.
    Drew,
    /// No graphics card answered.
    NoCard,
}

/// How the graphics card failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    /// The probe failed, crashed or hung: what it said, briefly.
    Probe(String),
    /// The last start on the graphics card never drew its first frame.
    LastStart,
}

/// Files the choice keeps in the data folder.
struct Marks {
    /// Which build of the program passed the probe.
    passed: PathBuf,
    /// Present while a start on the graphics card has not drawn yet.
    pending: PathBuf,
}

impl Marks {
    fn new(data_dir: &Path) -> Marks {
        Marks {
            passed: data_dir.join("drawing-probe-passed"),
            pending: data_dir.join("drawing-start-pending"),
        }
    }
}

/// Chooses what this start draws with and makes iced use it. Called in
/// `main` before the window opens and before any other thread starts (it
/// sets `ICED_BACKEND`). A failure changes the saved setting, so the probe
/// is not run again and the operator is told only once. `settings` are the
/// ones this start runs with, read once.
pub fn choose(paths: &Paths, settings: &mut Settings, processor_asked: bool) -> Choice {
    let probe = || {
        let exe = std::env::current_exe().map_err(|e| e.to_string())?;
        let mut command = Command::new(exe);
        command.arg(PROBE_COMMAND);
        probe_in_child(command)
    };
    let choice = decide(paths, settings, processor_asked, &probe);
    tracing::info!(?choice, "drawing");
    if choice.uses_processor() {
        use_processor();
    }
    if let Choice::ProcessorAfterFailure(failure) = &choice {
        tracing::warn!(
            ?failure,
            "the graphics card cannot draw: the processor will"
        );
        settings.drawing = Drawing::Processor;
        if let Err(e) = settings.save(&paths.settings_file) {
            tracing::warn!(error = %e, "the drawing setting could not be saved");
        }
    }
    choice
}

/// The decision alone, with the probe given (tests give their own).
pub fn decide(
    paths: &Paths,
    settings: &Settings,
    processor_asked: bool,
    probe: &dyn Fn() -> Result<Probed, String>,
) -> Choice {
    if processor_asked || settings.drawing == Drawing::Processor {
        return Choice::ProcessorChosen;
    }
    if std::env::var_os(ICED_BACKEND).is_some() {
        return Choice::AsIcedBackendSays;
    }
    let marks = Marks::new(&paths.data_dir);
    if marks.pending.exists() {
        let _ = std::fs::remove_file(&marks.pending);
        return Choice::ProcessorAfterFailure(Failure::LastStart);
    }
    let build = this_build();
    let remembered = std::fs::read_to_string(&marks.passed)
        .ok()
        .and_then(|text| match text.trim().strip_prefix(&build)?.trim() {
            "drew" => Some(Probed::Drew),
            "no card" => Some(Probed::NoCard),
            _ => None,
        });
    let probed = match remembered {
        Some(probed) => probed,
        None => {
            let probed = match probe() {
                Ok(probed) => probed,
                Err(why) => return Choice::ProcessorAfterFailure(Failure::Probe(why)),
            };
            let found = match probed {
                Probed::Drew => "drew",
                Probed::NoCard => "no card",
            };
            let _ = crate::config::private_dir(&paths.data_dir);
            let _ = std::fs::write(&marks.passed, format!("{build} {found}"));
            probed
        }
    };
    if probed == Probed::NoCard {
        return Choice::NoGraphicsCard;
    }
    // Removed once the first frame is drawn (`first_frame_drawn`).
    let _ = crate::config::private_dir(&paths.data_dir);
    let _ = std::fs::write(&marks.pending, "");
    Choice::GraphicsCard
}

/// The first frame was drawn: the graphics card works on this start.
pub fn first_frame_drawn(data_dir: &Path) {
    let _ = std::fs::remove_file(Marks::new(data_dir).pending);
}

/// Tells iced to draw with the processor.
#[allow(unsafe_code)] // one environment variable, before any thread starts
fn use_processor() {
    // SAFETY: called from `main` before the window, the runtime or any
    // other thread exists, so nothing reads the environment meanwhile.
    unsafe { std::env::set_var(ICED_BACKEND, "tiny-skia") };
}

/// This build of the program: its version, size and time, so that a new
/// install is probed again.
fn this_build() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    let (size, modified) = match &meta {
        Ok(m) => (
            m.len(),
            m.modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_secs()),
        ),
        Err(_) => (0, 0),
    };
    format!("{} {size} {modified}", env!("CARGO_PKG_VERSION"))
}

/// Runs the probe (`navixy-panel probe-drawing`) in a child process, so
/// that a driver that panics, aborts or hangs takes the child down, not the
/// app. Passed: the child ended well within the time allowed.
pub fn probe_in_child(mut command: Command) -> Result<Probed, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        // No console window flashes up for the probe.
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        command.creation_flags(CREATE_NO_WINDOW);
    }
    let mut child = command.spawn().map_err(|e| e.to_string())?;
    // What the child says is read on a thread, so a chatty driver never
    // fills the pipe and stalls it.
    let stderr = child.stderr.take();
    let said = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut s) = stderr {
            let _ = std::io::Read::read_to_string(&mut s, &mut text);
        }
        text
    });
    let started = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if started.elapsed() < PROBE_TIMEOUT => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(None) | Err(_) => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let said = said.join().unwrap_or_default();
    match status {
        Some(s) if s.success() => Ok(Probed::Drew),
        Some(s) if s.code() == Some(i32::from(NO_CARD_EXIT)) => Ok(Probed::NoCard),
        Some(s) => Err(last_words(&said).unwrap_or_else(|| s.to_string())),
        None => Err(format!("no answer in {} s", PROBE_TIMEOUT.as_secs())),
    }
}

/// The line of what a failed probe said that explains it.
fn last_words(said: &str) -> Option<String> {
    let lines: Vec<&str> = said
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let why = lines
        .iter()
        .find(|l| l.contains("wgpu error"))
        .or_else(|| lines.iter().find(|l| l.contains("panicked")))
        .or(lines.last())?;
    Some(
        crate::model::text::printable(why)
            .chars()
            .take(300)
            .collect(),
    )
}

/// The probe itself, in the child: iced's wgpu renderer made offscreen,
/// drawing a quad and text, which builds every pipeline the window's first
/// frame builds. A broken driver panics here (wgpu's errors are fatal) and
/// the process ends with a failure. None: no graphics card answered.
pub fn probe_here() -> Option<String> {
    use iced::advanced::renderer::{Headless, Quad, Renderer as _};
    use iced::advanced::text::{self, Renderer as _};
    use iced::{Color, Pixels, Point, Rectangle, Size};
    if std::env::var_os(FAIL_PROBE).is_some() {
        panic!("wgpu error: Validation Error (made to fail: {FAIL_PROBE})");
    }
    let font = crate::ui::theme::FONT;
    let renderer = iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
        font,
        Pixels(16.0),
        Some("wgpu"),
    ));
    let mut renderer = renderer?;
    let size = Size::new(64.0, 32.0);
    renderer.fill_quad(
        Quad {
            bounds: Rectangle::new(Point::ORIGIN, Size::new(16.0, 16.0)),
            ..Quad::default()
        },
        Color::BLACK,
    );
    renderer.fill_text(
        text::Text {
            content: "Ag Жж".to_owned(),
            bounds: size,
            size: Pixels(16.0),
            line_height: text::LineHeight::default(),
            font,
            align_x: text::Alignment::Default,
            align_y: iced::alignment::Vertical::Top,
            shaping: text::Shaping::Advanced,
            wrapping: text::Wrapping::None,
        },
        Point::ORIGIN,
        Color::BLACK,
        Rectangle::with_size(size),
    );
    let _ = renderer.screenshot(Size::new(64, 32), 1.0, Color::WHITE);
    Some(renderer.name())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths() -> (tempfile::TempDir, Paths) {
        let dir = tempfile::tempdir().unwrap();
        let paths = Paths::under(dir.path());
        (dir, paths)
    }

    fn passes() -> Result<Probed, String> {
        Ok(Probed::Drew)
    }

    fn no_card() -> Result<Probed, String> {
        Ok(Probed::NoCard)
    }

    fn fails() -> Result<Probed, String> {
        Err("wgpu error: FXC D3DCompile error".into())
    }

    fn never() -> Result<Probed, String> {
        panic!("the probe must not run")
    }

    #[test]
    fn a_failed_probe_draws_with_the_processor_and_a_passed_one_is_remembered() {
        if std::env::var_os(ICED_BACKEND).is_some() {
            return; // set by hand: iced's to follow, nothing to decide
        }
        let (_dir, paths) = paths();
        let settings = Settings::default();
        assert_eq!(
            decide(&paths, &settings, false, &fails),
            Choice::ProcessorAfterFailure(Failure::Probe(
                "wgpu error: FXC D3DCompile error".into()
            ))
        );
        assert_eq!(
            decide(&paths, &settings, false, &passes),
            Choice::GraphicsCard
        );
        first_frame_drawn(&paths.data_dir);
        // Passed for this build: not probed again.
        assert_eq!(
            decide(&paths, &settings, false, &never),
            Choice::GraphicsCard
        );
    }

    #[test]
    fn a_start_that_never_drew_its_first_frame_draws_with_the_processor_next() {
        if std::env::var_os(ICED_BACKEND).is_some() {
            return;
        }
        let (_dir, paths) = paths();
        let settings = Settings::default();
        assert_eq!(
            decide(&paths, &settings, false, &passes),
            Choice::GraphicsCard
        );
        // No first frame: the window died on the graphics card.
        assert_eq!(
            decide(&paths, &settings, false, &never),
            Choice::ProcessorAfterFailure(Failure::LastStart)
        );
    }

    #[test]
    fn no_graphics_card_draws_with_the_processor_and_is_remembered() {
        if std::env::var_os(ICED_BACKEND).is_some() {
            return;
        }
        let (_dir, paths) = paths();
        let settings = Settings::default();
        assert_eq!(
            decide(&paths, &settings, false, &no_card),
            Choice::NoGraphicsCard
        );
        assert!(Choice::NoGraphicsCard.uses_processor());
        assert_eq!(
            decide(&paths, &settings, false, &never),
            Choice::NoGraphicsCard
        );
    }

    #[test]
    fn the_processor_chosen_is_never_probed() {
        let (_dir, paths) = paths();
        let chosen = Settings {
            drawing: Drawing::Processor,
            ..Settings::default()
        };
        assert_eq!(
            decide(&paths, &chosen, false, &never),
            Choice::ProcessorChosen
        );
        assert_eq!(
            decide(&paths, &Settings::default(), true, &never),
            Choice::ProcessorChosen
        );
    }

    #[test]
    fn what_a_failed_probe_said_is_cut_to_its_reason() {
        let said = "INFO something\nthread 'main' panicked at src/x.rs:1:1:\nwgpu error: Validation Error\n\x1b[31mnote\x1b[0m: run with RUST_BACKTRACE=1\n";
        assert_eq!(
            last_words(said).as_deref(),
            Some("wgpu error: Validation Error")
        );
        assert_eq!(last_words("\n \n"), None);
    }
}
