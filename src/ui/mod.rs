//! Everything iced: the app root, screens, widgets, and the bridge to the API.

pub mod app;
pub mod client;
pub mod errors;
pub mod screen;
pub mod widget;

use crate::config::Paths;
use app::App;

/// Opens the window and runs until it is closed.
pub fn run(paths: Paths) -> iced::Result {
    let (settings, _) = crate::config::Settings::load(&paths.settings_file);
    let geometry = settings.window;
    let position = match (geometry.x, geometry.y) {
        (Some(x), Some(y)) => iced::window::Position::Specific(iced::Point::new(x, y)),
        _ => iced::window::Position::Centered,
    };
    iced::application(move || App::new(paths.clone()), App::update, App::view)
        .title(App::title)
        .theme(App::theme)
        .subscription(App::subscription)
        .window(iced::window::Settings {
            size: iced::Size::new(geometry.width, geometry.height),
            position,
            min_size: Some(iced::Size::new(800.0, 560.0)),
            exit_on_close_request: false,
            ..iced::window::Settings::default()
        })
        .run()
}
