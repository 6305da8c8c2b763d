//! Every screen and dialog of the running app, over a real sandbox, at half
//! a screen and at a laptop's whole one, in English, Russian, German and
//! the pseudo-locale: no text of any may be drawn cut (`fits`). No
//! baselines here (the sandbox's demo data is dated from today); the look
//! of the everyday screens is held by the snapshots in `look`.

use crate::common::ui::{Ui, key};
use crate::fits::text_cuts;
use iced::Size;
use iced::keyboard::key::Named;
use iced_test::simulator::Simulator;
use navixy_panel::i18n::{self, Language};
use navixy_panel::ui::app::Message;
use navixy_panel::ui::parts::account_actions::{self as acc};
use navixy_panel::ui::screen::{applications, bulk, import, user_details, users};

/// The windows the app is used in: the smallest it allows (half a laptop
/// screen), and a whole laptop screen.
const WINDOWS: [Size; 2] = [navixy_panel::ui::MIN_WINDOW, Size::new(1280.0, 800.0)];

fn escape() -> Message {
    Message::Key(key(Named::Escape))
}

/// What was seen drawn cut, named by screen, language and window.
static CUT: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// The app as drawn now, in both windows: what is cut is noted.
fn look(ui: &Ui, language: &str, what: &str) {
    for window in WINDOWS {
        let mut sim = Simulator::with_size(navixy_panel::ui::settings(), window, ui.app.view());
        let name = format!("{what} in {language} at {}×{}", window.width, window.height);
        let cuts = text_cuts(&mut sim, window);
        // To look at the tour: TOUR_SHOTS=folder keeps a picture of each.
        if let Ok(folder) = std::env::var("TOUR_SHOTS") {
            let file = format!("{folder}/{}", name.replace([' ', '\'', '×'], "-"));
            let theme = navixy_panel::ui::theme::light();
            let shot = sim.snapshot(&theme).expect("a picture");
            let _ = std::fs::remove_file(format!("{file}-tiny-skia.png"));
            shot.matches_image(&file).expect("written");
        }
        let mut cut = CUT.lock().unwrap_or_else(|e| e.into_inner());
        cut.extend(cuts.into_iter().map(|c| format!("{name}: {c}")));
    }
}

/// Walks every screen and dialog from the users list and back.
async fn tour(ui: &mut Ui, language: &str) {
    look(ui, language, "the users list");
    ui.list(users::Message::ToggleChooser);
    look(ui, language, "the column chooser");
    ui.list(users::Message::ToggleChooser);
    ui.list(users::Message::ChoosePage(true));
    look(ui, language, "the users list with a page chosen");
    for kind in users::BulkKind::ALL {
        ui.list(users::Message::Bulk(kind));
        ui.settle_all().await;
        look(ui, language, &format!("the bulk {kind:?} screen"));
        // What is wrong with a value, said under the fields.
        let wrong = match kind {
            users::BulkKind::Balance => Some(bulk::Message::Amount("1.234".into())),
            users::BulkKind::Discount => Some(bulk::Message::DiscountValue("120".into())),
            users::BulkKind::Delete => Some(bulk::Message::TypedCount("3".into())),
            _ => None,
        };
        if let Some(wrong) = wrong {
            ui.top(wrong);
            look(
                ui,
                language,
                &format!("the bulk {kind:?} screen with a wrong value"),
            );
        }
        ui.send(escape());
    }
    ui.list(users::Message::ChoosePage(false));

    ui.list(users::Message::Open(0));
    ui.settle_all().await;
    look(ui, language, "a user's details");
    for which in [
        acc::Which::Balance,
        acc::Which::Password,
        acc::Which::Delete,
    ] {
        ui.top(user_details::Message::Account(acc::Message::Open(which)));
        look(ui, language, &format!("the {which:?} dialog"));
        ui.send(escape());
    }
    // A change that would go below zero: the warning and the rule said.
    let account = |m| user_details::Message::Account(m);
    ui.top(account(acc::Message::Open(acc::Which::Balance)));
    ui.top(account(acc::Message::Input(acc::Input::Amount(
        "-100000".into(),
    ))));
    ui.top(account(acc::Message::Submit));
    look(ui, language, "the Balance dialog going below zero");
    ui.send(escape());
    ui.top(user_details::Message::Edit);
    ui.settle_all().await;
    look(ui, language, "the editor");
    ui.send(escape());
    ui.top(user_details::Message::Applications);
    ui.settle_all().await;
    look(ui, language, "the applications");
    ui.top(applications::Message::New);
    look(ui, language, "a new application's form");
    ui.top(applications::Message::CancelForm);
    ui.send(escape());
    for (open, what) in [
        (user_details::Message::CustomerView, "the customer's view"),
        (user_details::Message::Transactions, "the transactions"),
        (user_details::Message::Trackers, "the trackers"),
    ] {
        ui.top(open);
        ui.settle_all().await;
        assert_ne!(ui.where_(), "user's details", "{what} opened");
        look(ui, language, what);
        ui.send(escape());
    }
    ui.send(escape());

    for (open, what) in [
        (Message::OpenSettings, "the settings"),
        (Message::OpenActivity, "the journal"),
        (Message::OpenSegments, "the segments"),
        (Message::OpenWatch, "the balance watch"),
    ] {
        ui.send_and_run(open).await;
        ui.settle_all().await;
        assert_ne!(ui.where_(), "users list", "{what} opened");
        look(ui, language, what);
        ui.send(escape());
    }
    // A file dropped on the list: the import, a row with errors open.
    let file = ui.dir.path().join("new-users.csv");
    std::fs::write(
        &file,
        "Email address*;Password*;Status*;Legal status*;Surname*;Name*;Phone number\n\
         anna.lee@example.com;secret12;1;1;Lee;Anna;12125550147\n\
         not-an-email;123;1;2;Brown;Mark;+1 212\n",
    )
    .expect("a file to import");
    ui.send_and_run(Message::FileDropped(file)).await;
    crate::on_top!(ui, Import);
    look(ui, language, "the import");
    ui.top(import::Message::Select(1));
    look(ui, language, "the import with a row open");
    ui.send(escape());
    ui.send(escape());

    ui.send(Message::Logout);
    look(ui, language, "the log out question");
    ui.send(Message::LogoutCancelled);
}

#[test]
fn no_screen_or_dialog_draws_a_text_cut_in_any_window_or_language() {
    // The language is the process's: the tour holds it throughout.
    let _turn = crate::look::LANGUAGE
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime")
        .block_on(walk_every_language());
    i18n::set_language(Language::English);
    let cut = CUT.lock().unwrap_or_else(|e| e.into_inner());
    assert!(cut.is_empty(), "text drawn cut:\n{}", cut.join("\n"));
}

async fn walk_every_language() {
    let mut ui = Ui::start(navixy_panel::sandbox::Policy::default()).await;
    look(&ui, "English", "the login screen");
    ui.login("demo", "demo1234");
    ui.settle_all().await;
    // Where its words fit the header keeps them (English at 1280 px);
    // where they do not, its buttons are icons (German).
    let header_words = |ui: &Ui| {
        let whole = WINDOWS[1];
        let mut sim = Simulator::with_size(navixy_panel::ui::settings(), whole, ui.app.view());
        sim.find(navixy_panel::fl!("logout").as_str()).is_ok()
    };
    assert!(
        header_words(&ui),
        "English keeps the header's words at 1280 px"
    );
    ui.send(Message::LanguagePicked(Language::German));
    assert!(!header_words(&ui), "German's do not fit at 1280 px");
    for (language, name) in [
        (Language::English, "English"),
        (Language::Russian, "Russian"),
        (Language::German, "German"),
    ] {
        ui.send(Message::LanguagePicked(language));
        tour(&mut ui, name).await;
    }
    crate::pseudo::speak();
    tour(&mut ui, "the pseudo-locale").await;
}
