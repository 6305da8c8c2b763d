//! Everything iced: the app root, the navigation stack, screens, the effects
//! they ask for, file dialogs, the look, and widgets.

pub mod action;
pub mod app;
pub mod chooser;
pub mod drawing;
pub mod files;
pub mod kept;
pub mod nav;
pub mod parts;
pub mod screen;
pub mod theme;
pub mod widget;

use crate::config::Paths;
use app::App;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// Set in the environment, the app quits at its first frame after printing
/// how long that took: `scripts/bench` measures start-up with it.
pub const QUIT_AFTER_FIRST_FRAME: &str = "NAVIXY_PANEL_QUIT_AFTER_FIRST_FRAME";

static STARTED: OnceLock<Instant> = OnceLock::new();

/// Called first thing in `main`: start-up time counts from here.
pub fn mark_process_start() {
    STARTED.get_or_init(Instant::now);
}

/// Time since [`mark_process_start`] (zero if it was never called).
pub fn since_process_start() -> Duration {
    STARTED.get().map(Instant::elapsed).unwrap_or_default()
}

/// The app's icon for the window (drawn by `scripts/make_icon.py`).
fn window_icon() -> Option<iced::window::Icon> {
    const RGBA: &[u8] = include_bytes!("../../assets/navixy-panel-64.rgba");
    iced::window::icon::from_rgba(RGBA.to_vec(), 64, 64).ok()
}

/// The smallest window the screens are made for: a half screen.
pub const MIN_WINDOW: iced::Size = iced::Size::new(800.0, 560.0);

/// What every window and test simulator of the app draws text with: the
/// built-in fonts (`theme::FONTS`) and the icons.
pub fn settings() -> iced::Settings {
    let mut fonts: Vec<std::borrow::Cow<'static, [u8]>> =
        theme::FONTS.iter().map(|&f| f.into()).collect();
    fonts.push(iced_fonts::LUCIDE_FONT_BYTES.into());
    iced::Settings {
        fonts,
        default_font: theme::FONT,
        ..iced::Settings::default()
    }
}

/// Opens the window with the settings read at start (and what could not be
/// read of them), and runs until it is closed.
pub fn run(
    paths: Paths,
    (saved, problems): (crate::config::Settings, Vec<String>),
    drawing: drawing::Choice,
) -> iced::Result {
    let geometry = saved.window;
    let position = match (geometry.x, geometry.y) {
        (Some(x), Some(y)) => iced::window::Position::Specific(iced::Point::new(x, y)),
        _ => iced::window::Position::Centered,
    };
    let start = move || {
        let (mut app, task) = App::with_settings(paths.clone(), saved.clone(), &problems);
        app.drawing_chosen(&drawing);
        (app, task)
    };
    iced::application(start, App::update, App::view)
        .settings(settings())
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window(iced::window::Settings {
            size: iced::Size::new(geometry.width, geometry.height),
            position,
            min_size: Some(MIN_WINDOW),
            icon: window_icon(),
            exit_on_close_request: false,
            ..iced::window::Settings::default()
        })
        .run()
}
