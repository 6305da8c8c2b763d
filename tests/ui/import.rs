//! The import screen through `update`, against a real sandbox: preview,
//! fixing and leaving out rows, upload in batches, a refusal in the middle
//! and the resumed upload, an answer lost on the way back, a session that
//! ends mid-upload, and the users export's request.

use crate::common::ui::Ui;
use navixy_panel::api::{self, ExportFormat};
use navixy_panel::import::{Outcome, Preview};
use navixy_panel::model::import_columns::ImportColumn;
use navixy_panel::session::{Request, RequestKind};
use navixy_panel::ui::app::Message;
use navixy_panel::ui::screen::import::{self, Import, Stage};
use navixy_panel::ui::screen::{Screen, users};

const HEADER: &str = "Email address*;Password*;Status*;Legal status*;Surname*;Name*";

impl Ui {
    /// Opens the import screen for a CSV with `rows`, as the reading task would.
    fn import_csv(&mut self, rows: &[&str]) {
        let text = format!("{HEADER}\n{}\n", rows.join("\n"));
        let path = self.dir.path().join("new-users.csv");
        std::fs::write(&path, &text).unwrap();
        self.list(users::Message::ImportFile(Some(path)));
        assert!(matches!(self.import().stage(), Stage::Reading { .. }));
        let preview = Preview::open("new-users.csv", text.as_bytes(), &mut |_, _| {});
        self.top(import::Message::Read(preview.map_err(|e| e.to_string())));
    }

    fn import(&self) -> &Import {
        crate::on_top!(self, Import)
    }

    fn import_mut(&mut self) -> &mut Import {
        match self.app.top_mut() {
            Some(Screen::Import(i)) => i,
            _ => panic!("not on the import screen"),
        }
    }

    fn imp(&mut self, m: import::Message) {
        self.top(m);
    }

    fn outcomes(&self) -> Vec<Outcome> {
        let p = self.import().preview().unwrap();
        p.rows.iter().map(|r| r.outcome.clone()).collect()
    }

    async fn count_login(&self, login: &str) -> usize {
        let h = self.h();
        let hash = h.demo().await;
        let page = h.filtered(&hash, login).await.expect("list");
        page.list
            .iter()
            .filter(|u| u.fields.login.as_deref() == Some(login))
            .count()
    }

    /// The one pending request of the import, with its id.
    fn pending_import(&self) -> (u64, Request) {
        let found: Vec<(u64, Request)> = self
            .app
            .pending()
            .filter(|(_, p)| p.kind == RequestKind::Import)
            .map(|(id, p)| (id, p.request.clone()))
            .collect();
        assert_eq!(found.len(), 1, "one import request at a time");
        found.into_iter().next().unwrap()
    }
}

#[tokio::test]
async fn preview_fix_leave_out_and_upload() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&[
        "imp.one@example.com;secret12;1;1;One;Ann",
        "not-an-email;secret12;1;1;Two;Bo",
        "imp.three@example.com;123;1;1;Three;Cy",
        "imp.four@example.com;secret12;1;1;Four;Di",
    ]);
    let s = ui.import().preview().unwrap().summary();
    assert_eq!((s.rows, s.ready, s.with_errors), (4, 2, 2));
    ui.imp(import::Message::Upload);
    assert!(
        ui.app.pending().next().is_none(),
        "nothing is sent while rows have errors"
    );

    // Errors only, fix one in place, leave the other out.
    ui.imp(import::Message::ErrorsOnly(true));
    ui.imp(import::Message::Select(1));
    ui.imp(import::Message::Edit(
        ImportColumn::Email,
        "imp.two@example.com".into(),
    ));
    let p = ui.import().preview().unwrap();
    assert!(p.rows[1].is_valid());
    assert_eq!(p.rows[1].cell(ImportColumn::Email), "imp.two@example.com");
    ui.imp(import::Message::ExcludeInvalid);
    let s = ui.import().preview().unwrap().summary();
    assert_eq!((s.ready, s.with_errors, s.excluded), (3, 0, 1));

    ui.import_mut().set_batch_size(2);
    ui.imp(import::Message::Upload);
    let (_, first) = ui.pending_import();
    let Request::Upload(file, _) = first else {
        panic!("an upload")
    };
    let sent = String::from_utf8(file.0.as_ref().clone()).unwrap();
    assert!(sent.starts_with(&format!("{HEADER}\n")), "{sent}");
    assert_eq!(sent.lines().count(), 3, "header and the first batch of two");
    ui.settle().await;
    assert_eq!(ui.import().stage(), &Stage::Reviewing);
    assert_eq!(
        ui.import().notice(),
        Some(&import::Notice::Done { created: 3 })
    );
    assert_eq!(
        ui.outcomes(),
        [
            Outcome::Created,
            Outcome::Created,
            Outcome::NotSent,
            Outcome::Created
        ]
    );
    for login in [
        "imp.one@example.com",
        "imp.two@example.com",
        "imp.four@example.com",
    ] {
        assert_eq!(ui.count_login(login).await, 1, "{login}");
    }
    assert_eq!(ui.count_login("imp.three@example.com").await, 0);

    // Back to the list, which is asked for again to show the new users.
    ui.imp(import::Message::Back);
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));
    assert!(
        ui.app
            .pending()
            .any(|(_, p)| p.kind == RequestKind::ListUsers)
    );
}

#[tokio::test]
async fn a_refused_row_stops_the_upload_and_the_rest_goes_later_without_duplicates() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&[
        "first.new@example.com;secret12;1;1;First;Ann",
        // Valid here, but the server has this login already (206).
        "john.smith@example.com;secret12;1;1;Smith;John",
        "third.new@example.com;secret12;1;1;Third;Cy",
    ]);
    ui.imp(import::Message::Upload);
    ui.settle().await; // upload refused at line 3, then the check of line 2
    assert_eq!(ui.import().stage(), &Stage::Reviewing);
    let outcomes = ui.outcomes();
    assert_eq!(outcomes[0], Outcome::Created, "found by the check");
    assert!(
        matches!(&outcomes[1], Outcome::Refused(why) if why.contains("already exists")),
        "{outcomes:?}"
    );
    assert_eq!(outcomes[2], Outcome::NotSent);
    let Some(import::Notice::Stopped { created, reason }) = ui.import().notice() else {
        panic!("a notice of the stop")
    };
    assert_eq!(*created, 1);
    assert!(reason.contains("line 3"), "{reason}");
    // The refused row must be dealt with before the rest can go.
    assert!(!ui.import().preview().unwrap().can_upload());
    ui.imp(import::Message::Include(1, false));
    ui.imp(import::Message::Upload);
    let (_, Request::Upload(file, _)) = ui.pending_import() else {
        panic!("an upload")
    };
    let sent = String::from_utf8(file.0.as_ref().clone()).unwrap();
    assert!(
        !sent.contains("first.new") && sent.contains("third.new"),
        "only the rest: {sent}"
    );
    ui.settle().await;
    assert_eq!(ui.outcomes()[2], Outcome::Created);
    assert_eq!(ui.count_login("first.new@example.com").await, 1);
    assert_eq!(ui.count_login("third.new@example.com").await, 1);
}

#[tokio::test]
async fn an_answer_lost_on_the_way_back_is_checked_not_resent() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&[
        "lost.one@example.com;secret12;1;1;One;Ann",
        "lost.two@example.com;secret12;1;1;Two;Bo",
    ]);
    ui.imp(import::Message::Upload);
    let (id, request) = ui.pending_import();
    // The server does the work, but the answer never arrives.
    let done = navixy_panel::session::execute(ui.app.session(), request).await;
    assert!(done.is_ok());
    ui.send(Message::Answer {
        id,
        result: Err(api::Error::Timeout),
    });
    let (_, check) = ui.pending_import();
    assert!(
        matches!(check, Request::FindLogins(ref l, _) if l.len() == 2),
        "{check:?}"
    );
    ui.settle().await;
    assert_eq!(ui.outcomes(), [Outcome::Created, Outcome::Created]);
    assert!(
        !ui.import().preview().unwrap().can_upload(),
        "nothing left to send"
    );
    assert_eq!(ui.count_login("lost.one@example.com").await, 1);
}

#[tokio::test]
async fn a_failed_check_blocks_uploading_until_it_succeeds() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&["chk.one@example.com;secret12;1;1;One;Ann"]);
    ui.imp(import::Message::Upload);
    let (id, _) = ui.pending_import();
    ui.send(Message::Answer {
        id,
        result: Err(api::Error::Timeout),
    });
    let (id, _) = ui.pending_import();
    ui.send(Message::Answer {
        id,
        result: Err(api::Error::Timeout),
    });
    assert!(matches!(ui.import().stage(), Stage::CheckFailed { .. }));
    ui.imp(import::Message::Upload);
    assert!(
        matches!(ui.import().stage(), Stage::CheckFailed { .. }),
        "no upload while the outcome is unknown"
    );
    ui.imp(import::Message::CheckAgain);
    ui.settle().await;
    assert_eq!(ui.outcomes(), [Outcome::NotSent], "the upload never ran");
    assert!(ui.import().preview().unwrap().can_upload());
}

#[tokio::test]
async fn a_session_ending_mid_upload_is_checked_after_login() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&["mid.one@example.com;secret12;1;1;One;Ann"]);
    ui.imp(import::Message::Upload);
    let (id, request) = ui.pending_import();
    let result = navixy_panel::session::execute(ui.app.session(), request).await;
    ui.send(Message::Logout);
    ui.send(Message::LogoutConfirmed);
    ui.send(Message::Answer { id, result }); // arrives on the login screen
    ui.settle().await;
    ui.login("demo", "demo1234");
    ui.settle().await;
    assert_eq!(ui.outcomes(), [Outcome::Created]);
    assert_eq!(ui.count_login("mid.one@example.com").await, 1);
}

#[tokio::test]
async fn leaving_with_corrections_asks_first() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&["bad;secret12;1;1;One;Ann"]);
    ui.imp(import::Message::Select(0));
    ui.imp(import::Message::Edit(
        ImportColumn::Email,
        "ok@example.com".into(),
    ));
    ui.imp(import::Message::Back);
    assert!(ui.import().confirm_leave());
    ui.imp(import::Message::LeaveCancelled);
    // Closing the window asks too.
    let window = iced::window::Id::unique();
    ui.send(Message::CloseRequested(window));
    assert_eq!(ui.app.quit_asked(), Some(window));
    ui.send(Message::QuitCancelled);
    assert_eq!(
        ui.import().preview().unwrap().rows[0].cell(ImportColumn::Email),
        "ok@example.com",
        "the correction is still there"
    );
    ui.imp(import::Message::Back);
    ui.imp(import::Message::LeaveConfirmed);
    assert!(matches!(ui.app.top(), Some(Screen::Users(_))));
}

#[tokio::test]
async fn an_unreadable_file_says_why() {
    let mut ui = Ui::logged_in().await;
    let path = ui.dir.path().join("photo.xlsx");
    std::fs::write(&path, b"\x89PNG not a workbook").unwrap();
    ui.list(users::Message::ImportFile(Some(path)));
    let problem = Preview::open("photo.xlsx", b"\x89PNG not a workbook", &mut |_, _| {})
        .map_err(|e| navixy_panel::import::report::file_problem_text(&e));
    ui.imp(import::Message::Read(problem));
    let Stage::Unreadable(why) = &ui.import().stage() else {
        panic!("unreadable")
    };
    assert!(why.contains("CSV, XLSX, XLS or ODS"), "{why}");
}

#[tokio::test]
async fn export_asks_for_the_current_filter_and_visible_columns() {
    let mut ui = Ui::logged_in().await;
    ui.list(users::Message::FilterChanged("smith".into()));
    ui.list(users::Message::FilterSettled(1));
    ui.list(users::Message::ShowColumn(users::UserColumn::Phone, false));
    ui.settle().await;
    let path = ui.dir.path().join("users.csv");
    ui.list(users::Message::ExportTo(Some(path)));
    let request = ui
        .app
        .pending()
        .find(|(_, p)| p.kind == RequestKind::Export)
        .map(|(_, p)| p.request.clone());
    let Some(Request::Export { query, .. }) = request else {
        panic!("an export request")
    };
    assert_eq!(query.format, Some(ExportFormat::Csv), "from the extension");
    assert_eq!(query.list.filter.as_deref(), Some("smith"));
    assert_eq!(query.list.limit, None, "every match, not one page");
    let columns = query.columns.clone().unwrap();
    assert!(columns.contains(&"login".to_owned()) && !columns.contains(&"phone".to_owned()));
    // The same query answered by the server: a CSV of the matching users.
    let h = ui.h();
    let hash = h.demo().await;
    let file = h.client.users_export(&hash, &query).await.unwrap();
    let text = String::from_utf8_lossy(&file.bytes);
    assert!(text.contains("john.smith@example.com"), "{text}");
    assert!(!text.contains("ivanov@example.ru"));
}

#[tokio::test]
async fn uploads_through_real_faults_create_every_row_exactly_once() {
    use navixy_panel::sandbox::Fault;
    for fault in [
        Fault::DropAfter,
        Fault::MalformedJson,
        Fault::ServerError,
        Fault::DropBefore,
    ] {
        let mut ui = Ui::logged_in().await;
        let one = format!("{}.one@example.com", fault.name());
        let two = format!("{}.two@example.com", fault.name());
        let (r1, r2) = (
            format!("{one};secret12;1;1;One;Ann"),
            format!("{two};secret12;1;1;Two;Bo"),
        );
        ui.import_csv(&[&r1, &r2]);
        ui.h().sandbox.inject_fault("panel/user/upload", fault);
        ui.imp(import::Message::Upload);
        ui.settle().await;
        assert_eq!(ui.h().sandbox.faults_pending(), 0, "{fault:?} was hit");
        if fault.runs_operation() {
            // Made but unanswered: the check finds both, nothing is resent.
            assert_eq!(
                ui.outcomes(),
                [Outcome::Created, Outcome::Created],
                "{fault:?}"
            );
        } else {
            // Not made: both stay ready, and the operator's upload makes them.
            assert_eq!(
                ui.outcomes(),
                [Outcome::NotSent, Outcome::NotSent],
                "{fault:?}"
            );
            ui.imp(import::Message::Upload);
            ui.settle().await;
            assert_eq!(
                ui.outcomes(),
                [Outcome::Created, Outcome::Created],
                "{fault:?}"
            );
        }
        assert_eq!(ui.count_login(&one).await, 1, "{fault:?}");
        assert_eq!(ui.count_login(&two).await, 1, "{fault:?}");
    }
}

#[tokio::test]
async fn an_export_still_building_can_be_cancelled_and_writes_nothing() {
    let mut ui = Ui::logged_in().await;
    let path = ui.dir.path().join("users.xlsx");
    ui.list(users::Message::ExportTo(Some(path.clone())));
    let (id, request) = ui
        .app
        .pending()
        .find(|(_, p)| p.kind == RequestKind::Export)
        .map(|(id, p)| (id, p.request.clone()))
        .expect("an export under way");
    // The button now cancels, in the view the operator sees.
    let mut sim = iced_test::simulator(ui.app.view());
    sim.click("Cancel export").unwrap();
    let messages: Vec<Message> = sim.into_messages().collect();
    for m in messages {
        ui.send(m);
    }
    assert!(!ui.app.pending().any(|(_, p)| p.kind == RequestKind::Export));
    assert!(ui.has_toast("Export cancelled"));
    // The answer that still arrives for it is dropped: no file appears,
    // not even the hidden one it was downloaded to.
    let result = ui.app.run(request).await;
    ui.send(Message::Answer { id, result });
    ui.settle().await;
    assert!(!path.exists());
    let parts = std::fs::read_dir(ui.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".part"))
        .count();
    assert_eq!(parts, 0, "the download went with the answer");
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(sim.find("Export…").is_ok(), "the button exports again");
}

impl Ui {
    /// Opens the import screen for a file's bytes, as the reading task would.
    fn import_bytes(&mut self, name: &str, bytes: &[u8]) {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        self.list(users::Message::ImportFile(Some(path)));
        let preview = Preview::open(name, bytes, &mut |_, _| {});
        self.imp(import::Message::Read(preview.map_err(|e| e.to_string())));
    }

    /// The re-read the screen asked for, done as its task would.
    fn finish_reading(&mut self, name: &str, bytes: &[u8]) {
        assert!(
            matches!(self.import().stage(), Stage::Reading { .. }),
            "reading again"
        );
        let options = self.import().options().clone();
        let preview = Preview::open_with(name, bytes, &options, &mut |_, _| {});
        self.imp(import::Message::Read(preview.map_err(|e| e.to_string())));
    }
}

#[tokio::test]
async fn the_operator_can_read_a_csv_in_another_encoding_until_rows_are_edited() {
    let mut ui = Ui::logged_in().await;
    let text = format!(
        "{HEADER}\nmueller@example.de;secret12;1;1;Müller;Jürgen\nsorensen@example.dk;secret12;1;1;Sørensen;Søren\n"
    );
    let bytes = encoding_rs::WINDOWS_1252.encode(&text).0.into_owned();
    ui.import_bytes("west.csv", &bytes);
    let p = ui.import().preview().unwrap();
    assert_eq!(p.csv.unwrap().encoding, encoding_rs::WINDOWS_1252);
    assert_eq!(p.rows[0].cell(ImportColumn::Surname), "Müller");
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(
        sim.find("Read as CSV separated by semicolons, windows-1252.")
            .is_ok()
    );
    drop(sim);
    ui.imp(import::Message::ReadAs(
        navixy_panel::import::read::ReadOptions {
            encoding: Some(encoding_rs::WINDOWS_1251),
            sheet: None,
        },
    ));
    ui.finish_reading("west.csv", &bytes);
    let p = ui.import().preview().unwrap();
    assert_eq!(
        p.rows[0].cell(ImportColumn::Surname),
        "Mьller",
        "read as chosen"
    );
    // Once a row is edited, reading again would lose it: the choice stays.
    ui.imp(import::Message::Select(0));
    ui.imp(import::Message::Edit(
        ImportColumn::Surname,
        "Müller".into(),
    ));
    ui.imp(import::Message::ReadAs(Default::default()));
    assert!(matches!(ui.import().stage(), Stage::Reviewing));
}

#[tokio::test]
async fn a_workbook_with_several_sheets_offers_them_and_reads_the_chosen_one() {
    let mut ui = Ui::logged_in().await;
    let bytes = std::fs::read("tests/fixtures/writers/openpyxl_workbook.xlsx").unwrap();
    ui.import_bytes("book.xlsx", &bytes);
    assert_eq!(
        ui.import().preview().unwrap().sheet.as_ref().unwrap().name,
        "Users"
    );
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(sim.find("Sheet:").is_ok());
    drop(sim);
    ui.imp(import::Message::ReadAs(
        navixy_panel::import::read::ReadOptions {
            sheet: Some("Old users".into()),
            encoding: None,
        },
    ));
    ui.finish_reading("book.xlsx", &bytes);
    let p = ui.import().preview().unwrap();
    assert_eq!(p.rows[0].cell(ImportColumn::Email), "hidden@example.com");
}

#[tokio::test]
async fn passwords_show_as_dots_until_the_operator_asks() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&["dots@example.com;secret12;1;1;Lee;Ann"]);
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(sim.find("secret12").is_err(), "not in clear");
    assert!(sim.find("••••••••").is_ok());
    drop(sim);
    ui.imp(import::Message::ShowPasswords(true));
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(sim.find("secret12").is_ok());
}

#[tokio::test]
async fn after_everything_is_created_the_upload_button_says_so() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&["all.done@example.com;secret12;1;1;Done;All"]);
    ui.imp(import::Message::Upload);
    ui.settle().await;
    let mut sim = iced_test::simulator(ui.app.view());
    assert!(
        sim.find("Nothing left to upload").is_ok(),
        "not 'the remaining 0'"
    );
}

/// Compared with the server, the rows of users that exist are not created
/// again: changed ones are updated (only their filled cells), unchanged ones
/// left alone; the operator chooses which classes go.
#[tokio::test]
async fn compared_rows_update_the_users_that_exist_and_create_the_new() {
    let mut ui = Ui::logged_in().await;
    ui.import_csv(&[
        // John Smith exists: another first name.
        "john.smith@example.com;whatever1;1;1;Smith;Johnny",
        "sync.new@example.com;secret12;1;1;New;Person",
    ]);
    ui.imp(import::Message::Compare);
    assert!(
        ui.app
            .pending()
            .any(|(_, p)| matches!(p.request, Request::Classify(..)))
    );
    ui.settle().await;
    let classified = ui.import().compared().expect("compared").clone();
    assert_eq!(classified.classes[&0].key(), "changed");
    assert_eq!(classified.classes[&1].key(), "new");
    // The view says what would change.
    let mut sim = iced_test::simulator(ui.app.view());
    sim.find("Changes: Name: John → Johnny")
        .expect("the change on its row");
    sim.find("Create 1, update 1").expect("what applying does");
    drop(sim);

    // Updating only: the new row waits.
    ui.imp(import::Message::ApplyNew(false));
    ui.imp(import::Message::Upload);
    ui.settle().await;
    assert_eq!(ui.import().update_of(0), Some(&Ok(())));
    assert_eq!(ui.count_login("sync.new@example.com").await, 0);
    // The updated row counts as updated, never as "left out"; no request
    // counts or milliseconds on the screen.
    let mut sim = iced_test::simulator(ui.app.view());
    sim.find("2 rows: 1 ready, 0 with errors, 1 updated")
        .expect("the summary line");
    sim.find("1 new, 1 changed, 0 unchanged, 0 conflicts")
        .expect("the comparison, without its cost");
    drop(sim);
    let hash = ui.h().demo().await;
    let john = ui.h().user_by_login(&hash, "john.smith@example.com").await;
    assert_eq!(john.fields.first_name.as_deref(), Some("Johnny"));
    assert_eq!(
        john.fields.post_city.as_deref(),
        Some("Los Angeles"),
        "not in the file: kept"
    );

    // Then the new one; the updated row is not sent again.
    ui.imp(import::Message::ApplyNew(true));
    ui.imp(import::Message::Upload);
    let kinds: Vec<RequestKind> = ui.app.pending().map(|(_, p)| p.kind).collect();
    assert_eq!(kinds, vec![RequestKind::Import], "no update again");
    ui.settle().await;
    assert_eq!(ui.count_login("sync.new@example.com").await, 1);
    let journal = ui.app.journal().read().unwrap();
    let ops: Vec<&str> = journal
        .entries
        .iter()
        .map(|e| e.operation.as_str())
        .collect();
    assert_eq!(ops, vec!["user.update", "users.import"]);
}
