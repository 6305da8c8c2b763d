//! Choosing files where the system has no file dialog (no desktop portal, no
//! zenity — this machine): the in-app chooser opens instead, and everything
//! that asks for a file works through it; files dropped on the window go
//! where they can, and say why when they cannot.

use crate::common::ui::Ui;
use navixy_panel::ui::app::Message;
use navixy_panel::ui::chooser;
use navixy_panel::ui::screen::user_details;
use navixy_panel::ui::screen::{Screen, users};

async fn without_a_file_dialog() -> Ui {
    let mut ui = Ui::logged_in().await;
    ui.app.set_system_dialogs(false);
    ui
}

fn choose(ui: &mut Ui, m: chooser::Message) {
    ui.send(Message::Chooser(m));
}

#[tokio::test]
async fn import_opens_the_in_app_chooser_and_the_file_typed_there() {
    let mut ui = without_a_file_dialog().await;
    let file = ui.dir.path().join("clients.csv");
    std::fs::write(
        &file,
        "Email address*;Password*;Status*;Legal status*;Surname*;Name*\n\
         dropped.in@example.com;secret12;1;1;In;Dropped\n",
    )
    .unwrap();
    ui.list(users::Message::Import);
    let chooser = ui
        .app
        .chooser()
        .expect("the app's own chooser, not nothing");
    let mut sim = iced_test::simulator(ui.app.view());
    sim.find("This system has no file dialog (no desktop portal or zenity), so the panel offers its own: type a path, or pick a place and a file below.")
        .expect("it says why");
    drop(sim);
    assert!(chooser.path().ends_with(std::path::MAIN_SEPARATOR));

    // A file that is no spreadsheet is refused where it was typed.
    let pdf = ui.dir.path().join("scan.pdf");
    std::fs::write(&pdf, "%PDF").unwrap();
    choose(&mut ui, chooser::Message::Path(pdf.display().to_string()));
    choose(&mut ui, chooser::Message::Confirm);
    let problem = ui
        .app
        .chooser()
        .and_then(|c| c.problem())
        .unwrap_or_default();
    assert!(problem.contains("spreadsheets"), "{problem}");

    choose(&mut ui, chooser::Message::Path(file.display().to_string()));
    ui.send_and_run(Message::Chooser(chooser::Message::Confirm))
        .await;
    assert!(ui.app.chooser().is_none(), "closed");
    let screen = crate::on_top!(ui, Import);
    assert_eq!(screen.file_name(), "clients.csv");
    assert!(screen.preview().is_some(), "read");
    assert_eq!(
        ui.app.settings().recent_folders.first().map(String::as_str),
        Some(ui.dir.path().to_str().unwrap()),
        "the folder is offered first next time"
    );
}

#[tokio::test]
async fn cancelling_the_chooser_changes_nothing_and_escape_cancels() {
    let mut ui = without_a_file_dialog().await;
    ui.list(users::Message::Import);
    choose(&mut ui, chooser::Message::Cancel);
    assert!(ui.app.chooser().is_none());
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));

    ui.list(users::Message::Import);
    let escape = crate::common::ui::key(iced::keyboard::key::Named::Escape);
    ui.send(Message::Key(escape));
    assert!(ui.app.chooser().is_none(), "Esc closes it");
    assert_eq!(ui.depth(), 1);
}

#[tokio::test]
async fn the_template_and_the_users_export_are_saved_through_the_chooser() {
    let mut ui = without_a_file_dialog().await;
    ui.list(users::Message::Template);
    let chooser = ui.app.chooser().expect("asks where");
    assert!(chooser.path().ends_with(".xlsx"), "the suggested name");
    let template = ui.dir.path().join("template");
    choose(
        &mut ui,
        chooser::Message::Path(template.display().to_string()),
    );
    ui.send_and_run(Message::Chooser(chooser::Message::Confirm))
        .await;
    let written = ui.dir.path().join("template.xlsx");
    assert!(written.is_file(), "the extension was added");
    assert!(ui.has_toast("Saved to"), "{}", ui.last_toast());

    // The export asks where first, then the server builds the file.
    ui.list(users::Message::Export);
    let to = ui.dir.path().join("everyone.csv");
    choose(&mut ui, chooser::Message::Path(to.display().to_string()));
    // Chosen, asked of the server, answered and written, as the runtime would.
    ui.send_and_run(Message::Chooser(chooser::Message::Confirm))
        .await;
    let text = std::fs::read_to_string(&to).expect("written");
    assert!(
        text.contains("john.smith@example.com"),
        "a CSV of the users"
    );
    assert!(
        ui.last_toast().contains(&to.display().to_string()),
        "{}",
        ui.last_toast()
    );
    assert!(!ui.users().is_exporting());
}

#[tokio::test]
async fn dropped_files_go_where_they_can_or_say_why_not() {
    let mut ui = Ui::logged_in().await;
    let pdf = ui.dir.path().join("contract.pdf");
    ui.send(Message::FileDropped(pdf));
    assert!(
        ui.has_toast("“contract.pdf” cannot be imported: only spreadsheets can"),
        "{}",
        ui.last_toast()
    );
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));

    // On a screen that takes no files: where to drop it instead.
    ui.list(users::Message::Open(0));
    ui.settle().await;
    ui.top(user_details::Message::Edit);
    let csv = ui.dir.path().join("more.csv");
    std::fs::write(&csv, "x").unwrap();
    ui.send(Message::FileDropped(csv.clone()));
    assert!(
        ui.has_toast("drop it on the users list"),
        "{}",
        ui.last_toast()
    );
    assert!(matches!(ui.app.top(), Some(Screen::Editor(_))));

    // On the list: the import screen opens for it.
    ui.top(navixy_panel::ui::screen::user_editor::Message::Cancel);
    ui.top(user_details::Message::Back);
    ui.send(Message::FileDropped(csv));
    let screen = crate::on_top!(ui, Import);
    assert_eq!(screen.file_name(), "more.csv");
}
