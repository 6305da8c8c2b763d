//! Language switching, string completeness, and snapshot baselines of the
//! screens whose look matters (tiny-skia, committed in tests/snapshots/).
//! Its own test binary: the interface language is global to the process.

use iced_test::simulator::Simulator;
use navixy_panel::api::UserPage;
use navixy_panel::config::{ServerKind, UsersPrefs};
use navixy_panel::fl;
use navixy_panel::i18n::{self, Language};
use navixy_panel::import::Preview;
use navixy_panel::journal::{Change, Entry, Outcome};
use navixy_panel::ui::screen::balance_watch::BalanceWatch;
use navixy_panel::ui::screen::import::{self, Import};
use navixy_panel::ui::screen::login::{Credentials, Login, SandboxState};
use navixy_panel::ui::screen::segments::Segments;
use navixy_panel::ui::screen::transactions::{self, Transactions, range::Preset};
use navixy_panel::ui::screen::users::{self, Users};
use navixy_panel::ui::screen::{Page, activity};
use std::collections::BTreeSet;
use std::sync::Mutex;

/// The language is the process's: one test at a time may switch it.
pub static LANGUAGE: Mutex<()> = Mutex::new(());

fn keys(path: &str) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap()
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .filter(|k| !k.starts_with('#') && !k.is_empty() && !k.starts_with(' '))
        .collect()
}

/// Fixed users (no dates relative to today), so the picture never drifts.
fn page() -> UserPage {
    serde_json::from_str(include_str!("../fixtures/users_page.json")).unwrap()
}

/// Checks that no text is drawn cut, then compares with the committed
/// baseline; a missing baseline is a failure unless UPDATE_SNAPSHOTS is set
/// (then it is written, to be committed).
fn assert_matches(mut sim: Simulator<'_, impl Clone>, name: &str) {
    let window = if name.contains("-half-") { HALF } else { WHOLE };
    crate::fits::assert_no_text_cut(&mut sim, window, name);
    if std::env::var("ICED_TEST_BACKEND").as_deref() != Ok("tiny-skia") {
        eprintln!("snapshot {name} skipped: ICED_TEST_BACKEND is not tiny-skia");
        return;
    }
    let baseline = format!("tests/snapshots/{name}-tiny-skia.png");
    assert!(
        std::path::Path::new(&baseline).exists() || std::env::var("UPDATE_SNAPSHOTS").is_ok(),
        "missing baseline {baseline}: run with UPDATE_SNAPSHOTS=1 and commit it"
    );
    let snapshot = sim.snapshot(&navixy_panel::ui::theme::light()).unwrap();
    assert!(
        snapshot
            .matches_image(format!("tests/snapshots/{name}"))
            .unwrap(),
        "{name} differs from {baseline}"
    );
}

/// The import screen over a small file with a bad row open in the editor.
fn import_screen() -> Import {
    let text = "Email address*;Password*;Status*;Legal status*;Surname*;Name*;Phone number;Colour\n\
                anna.lee@example.com;secret12;1;1;Lee;Anna;12125550147;red\n\
                not-an-email;123;1;2;Brown;Mark;+1 212;blue\n\
                ivan@example.ru;secret12;0;1;Иванов;Иван;;\n\
                anna.lee@example.com;secret12;1;1;Lee;Ann;;\n";
    let mut screen = Import::new("new-users.csv".into());
    let preview = Preview::open("new-users.csv", text.as_bytes(), &mut |_, _| {}).unwrap();
    let _ = screen.update(import::Message::Read(Ok(preview)));
    let _ = screen.update(import::Message::Select(1));
    screen
}

/// The app's settings as the window has them: the icon font loaded.
/// The app's own fonts, as its window has them.
fn settings() -> iced::Settings {
    navixy_panel::ui::settings()
}

/// The window of most baselines.
const WHOLE: iced::Size = iced::Size::new(1280.0, 720.0);

/// A half-screen window: the smallest the app is used at. Its baselines are
/// named `…-half-…`.
const HALF: iced::Size = iced::Size::new(820.0, 520.0);

fn sim<'a, M>(element: impl Into<iced::Element<'a, M>>) -> Simulator<'a, M> {
    Simulator::with_size(settings(), WHOLE, element)
}

fn sim_half<'a, M>(element: impl Into<iced::Element<'a, M>>) -> Simulator<'a, M> {
    Simulator::with_size(settings(), HALF, element)
}

/// A month of one user's transactions (fixed dates, so the picture never drifts).
fn transactions_screen() -> Transactions {
    let list: Vec<navixy_panel::model::Transaction> =
        serde_json::from_str(include_str!("../fixtures/transactions_march.json")).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 3, 31).unwrap();
    let mut screen = Transactions::new(1, "Smith John William".into(), today);
    let _ = screen.update(transactions::Message::Preset(Preset::Days30));
    let _ = screen.update(transactions::Message::Chunk(Ok(list)));
    screen
}

/// The balance watch over the fixture's users, each charged in March, read
/// on a fixed day.
fn watch_screen() -> BalanceWatch {
    use navixy_panel::ui::screen::balance_watch::Message as W;
    let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 31)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap();
    let mut watch = BalanceWatch::new(
        "http://127.0.0.1:8470/v2/".into(),
        "demo".into(),
        std::path::Path::new("no-data-folder"),
    )
    .reading_at(now);
    let _ = watch.update(W::Loaded(Ok(None)));
    let users = page().list;
    let _ = watch.update(W::Listed(0, Ok(page())));
    for (i, user) in users.iter().enumerate() {
        let charge = |amount: f64, at: &str| navixy_panel::model::Transaction {
            amount: Some(amount),
            timestamp: Some(at.into()),
            ..Default::default()
        };
        let list = vec![
            charge(-3.0 * (i as f64 + 1.0), "2026-03-20 10:00:00"),
            charge(50.0, "2026-03-02 09:00:00"),
        ];
        let _ = watch.update(W::Charges(0, user.id, Ok(list)));
    }
    watch
}

/// Segments over the fixture's users, read just now, with a condition
/// typed and one waiting for its value.
fn segments_screen() -> Segments {
    use navixy_panel::model::segment::ConditionKind;
    use navixy_panel::ui::screen::segments::Message as S;
    let server = "http://127.0.0.1:8470/v2/";
    let mut screen = Segments::new(
        server.into(),
        "demo".into(),
        std::path::Path::new("no-data-folder"),
        Vec::new(),
    );
    let index = navixy_panel::session::user_index::Index {
        server: server.into(),
        dealer: "demo".into(),
        read_at: chrono::Utc::now(),
        users: page().list,
    };
    let _ = screen.update(S::Loaded(Ok(Some(std::sync::Arc::new(index)))));
    let _ = screen.update(S::Add(ConditionKind::BalanceBelow));
    let _ = screen.update(S::First(0, "1000".into()));
    let _ = screen.update(S::Add(ConditionKind::CreatedBetween));
    screen
}

/// An operator's edit of a user, as the journal keeps it.
fn edit() -> Entry {
    Entry {
        changes: vec![
            Change {
                field: "post_city".into(),
                old: Some("Zürich".into()),
                new: Some("Basel".into()),
            },
            Change::new("activated", "false"),
        ],
        at: "2026-11-24T10:00:00Z".into(),
        server: "http://127.0.0.1:8470/v2/".into(),
        dealer: "demo".into(),
        operation: "user.update".into(),
        user_id: Some(1),
        user: None,
        outcome: Outcome::Done,
        code: None,
        file: None,
        run: None,
        logins: Vec::new(),
        bulk: None,
    }
}

/// The journal with an edit and a bulk run of three top-ups.
fn journal() -> activity::Activity {
    let top_up = |n: i64| Entry {
        operation: "user.change_balance".into(),
        user_id: Some(n),
        user: Some(format!("client{n}@example.com")),
        changes: vec![Change::new("balance_change", "10")],
        bulk: Some("run-1".into()),
        ..edit()
    };
    activity::Activity::new(Ok(navixy_panel::journal::Read {
        entries: vec![edit(), top_up(2), top_up(3), top_up(4)],
        unreadable_lines: 0,
    }))
}

/// The login screen as a new operator first sees it.
fn login() -> Login {
    let mut login =
        Login::new(ServerKind::Sandbox, String::new(), String::new()).with_demo(Credentials {
            login: "demo".into(),
            password: "demo1234".into(),
        });
    login.sandbox_changed(SandboxState::Ready("http://127.0.0.1:8470/v2/".into()));
    login
}

#[test]
fn the_everyday_screens_fit_half_a_screen_in_words_forty_percent_longer() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    crate::pseudo::speak();
    assert_eq!(fl!("login-submit"), "Sígn ín~éé");
    let mut list = Users::new(&UsersPrefs::default());
    let _ = list.update(users::Message::Loaded(Ok(page())));
    assert_matches(sim_half(login().view()), "login-half-pseudo");
    assert_matches(sim_half(list.view()), "users-half-pseudo");
    assert_matches(sim_half(import_screen().view()), "import-half-pseudo");
    assert_matches(
        sim_half(transactions_screen().view()),
        "transactions-half-pseudo",
    );
    assert_matches(sim_half(journal().view()), "activity-half-pseudo");
    assert_matches(sim_half(watch_screen().view()), "watch-half-pseudo");
    assert_matches(sim_half(segments_screen().view()), "segments-half-pseudo");
    i18n::set_language(Language::English);
    assert_eq!(fl!("login-submit"), "Sign in");
}

#[test]
fn every_message_exists_in_both_languages() {
    let en = keys("i18n/en/navixy_panel.ftl");
    let ru = keys("i18n/ru/navixy_panel.ftl");
    assert!(en.len() > 50);
    assert_eq!(
        en.difference(&ru).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in Russian"
    );
    assert_eq!(
        ru.difference(&en).collect::<Vec<_>>(),
        Vec::<&String>::new(),
        "missing in English"
    );
}

#[test]
fn the_language_switches_without_a_restart_and_screens_look_as_committed() {
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    i18n::set_language(Language::English);
    let login = login();
    let mut list = Users::new(&UsersPrefs::default());
    let _ = list.update(users::Message::Loaded(Ok(page())));
    assert_eq!(list.range_text(), "1–8 of 2,341");
    assert_eq!(list.rows()[1].cell(users::UserColumn::Balance), "1,520.50");
    assert_eq!(i18n::percent(12.5), "12.5%");
    // A count in a message is grouped as every other number.
    assert_eq!(fl!("bulk-start", count = 1000), "Start for 1,000");
    assert_matches(sim(login.view()), "login-en");
    assert_matches(sim(list.view()), "users-en");
    // Half a screen: every column keeps its width, the table scrolls sideways.
    assert_matches(sim_half(list.view()), "users-half-en");
    assert_matches(sim(transactions_screen().view()), "transactions-en");
    let screen = import_screen();
    let mut s = sim(screen.view());
    s.click("Only rows with errors").unwrap();
    assert!(
        s.into_messages()
            .any(|m| matches!(m, import::Message::ErrorsOnly(true)))
    );
    assert_matches(sim(screen.view()), "import-en");
    // Half a screen: every part of the everyday screens in view, nothing cut.
    assert_matches(sim_half(screen.view()), "import-half-en");
    assert_matches(
        sim_half(transactions_screen().view()),
        "transactions-half-en",
    );
    assert_matches(sim_half(login.view()), "login-half-en");
    assert_matches(sim_half(watch_screen().view()), "watch-half-en");
    assert_matches(sim_half(segments_screen().view()), "segments-half-en");

    i18n::set_language(Language::Russian);
    assert_eq!(fl!("login-submit"), "Войти");
    list.language_changed();
    assert_eq!(list.range_text(), "1–8 из 2\u{a0}341");
    assert_eq!(
        list.rows()[1].cell(users::UserColumn::Balance),
        "1\u{a0}520,50"
    );
    // One decimal separator per language: percent as money.
    assert_eq!(i18n::percent(12.5), "12,5\u{a0}%");
    assert_eq!(i18n::percent(7.0), "7\u{a0}%");
    assert_eq!(fl!("bulk-start", count = 1000), "Запустить для 1\u{a0}000");
    let mut s = sim(list.view());
    s.find("Только активные").unwrap();
    assert_matches(s, "users-ru");
    assert_matches(sim(login.view()), "login-ru");
    assert_matches(sim(import_screen().view()), "import-ru");
    assert_matches(sim_half(list.view()), "users-half-ru");
    assert_matches(sim(transactions_screen().view()), "transactions-ru");
    assert_matches(sim_half(import_screen().view()), "import-half-ru");
    assert_matches(
        sim_half(transactions_screen().view()),
        "transactions-half-ru",
    );
    assert_matches(sim_half(login.view()), "login-half-ru");
    assert_matches(sim_half(watch_screen().view()), "watch-half-ru");
    assert_matches(sim_half(segments_screen().view()), "segments-half-ru");
    let mut months = watch_screen();
    let _ = months.update(navixy_panel::ui::screen::balance_watch::Message::Chart(
        true,
    ));
    assert_matches(sim_half(months.view()), "watch-chart-half-ru");
    // The activity journal names fields as the screens do.
    let edit = edit();
    assert_eq!(
        activity::changes_text(&edit),
        "Город: Zürich → Basel; Активирован: нет"
    );
    // The journal at half a screen: an edit and a bulk run of three top-ups.
    assert_matches(sim_half(journal().view()), "activity-half-ru");
    // The longest words (German) and right to left (Arabic), at half a screen.
    for (language, tag) in [(Language::German, "de"), (Language::Arabic, "ar")] {
        i18n::set_language(language);
        list.language_changed();
        assert_matches(sim_half(login.view()), &format!("login-half-{tag}"));
        assert_matches(sim_half(list.view()), &format!("users-half-{tag}"));
        let import = import_screen();
        assert_matches(sim_half(import.view()), &format!("import-half-{tag}"));
        let transactions = transactions_screen();
        let half = sim_half(transactions.view());
        assert_matches(half, &format!("transactions-half-{tag}"));
        assert_matches(sim_half(journal().view()), &format!("activity-half-{tag}"));
    }
    i18n::set_language(Language::English);
    assert_eq!(
        activity::changes_text(&edit),
        "City: Zürich → Basel; Activated: no"
    );
    assert_matches(sim_half(journal().view()), "activity-half-en");
    assert_eq!(fl!("login-submit"), "Sign in");
}

/// Every character the panel's words and screens use is in a built-in font,
/// so no text shows as boxes on a system with no fonts of its own (Windows
/// under Wine has none).
#[test]
fn every_character_the_panel_draws_is_in_a_built_in_font() {
    let faces: Vec<ttf_parser::Face<'_>> = navixy_panel::ui::theme::FONTS
        .iter()
        .map(|font| ttf_parser::Face::parse(font, 0).unwrap())
        .collect();
    let mut files: Vec<std::path::PathBuf> = Vec::new();
    let mut folders = vec![std::path::PathBuf::from("i18n"), "src/ui".into()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl" || e == "rs") {
                files.push(path);
            }
        }
    }
    assert!(files.len() > 20, "{files:?}");
    let mut texts: Vec<(String, String)> = files
        .iter()
        .map(|file| {
            let text = std::fs::read_to_string(file).unwrap();
            (file.display().to_string(), text)
        })
        .collect();
    // And what ICU4X writes: every month's name, both halves of the day,
    // separators and signs, in every language.
    {
        let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
        for language in Language::ALL {
            i18n::set_language(language);
            let mut text = format!(
                "{} {} {}",
                i18n::money(-1_234_567.5),
                i18n::percent(12.5),
                i18n::count(1_234_567)
            );
            for month in 1..=12 {
                let at = format!("2026-{month:02}-04 {:02}:05:09", month * 2 - 1);
                text += &i18n::server_date_time(&at, i18n::Precision::Second);
            }
            texts.push((format!("{language:?} numbers and dates"), text));
        }
        i18n::set_language(Language::English);
    }
    let mut missing = BTreeSet::new();
    for (source, text) in texts {
        for c in text.chars() {
            // Bidirectional marks are drawn as nothing (HarfBuzz hides them).
            let invisible = matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}');
            if !c.is_control() && !invisible && !faces.iter().any(|f| f.glyph_index(c).is_some()) {
                missing.insert(format!("{c} U+{:04X} ({source})", c as u32));
            }
        }
    }
    assert!(missing.is_empty(), "no built-in font has {missing:#?}");
}

/// A user's record as the server sends it (fixed dates).
fn record() -> navixy_panel::api::UserRecord {
    serde_json::from_str(include_str!("../fixtures/seed_user_read.json")).unwrap()
}

/// The rest of the screens and dialogs an operator works in, with fixed
/// data, in English, Russian and the pseudo-locale: a user's page, the
/// balance dialog refusing to go below zero, the editor, the applications
/// and a new one's form, the customer's view, the trackers, the column
/// chooser, the settings, and a bulk discount's preview.
#[test]
fn the_other_screens_and_dialogs_fit_half_a_screen() {
    use navixy_panel::ui::parts::account_actions as acc;
    use navixy_panel::ui::screen::applications::{self, Applications};
    use navixy_panel::ui::screen::bulk::{self, Bulk};
    use navixy_panel::ui::screen::user_details::{self, UserDetails};
    use navixy_panel::ui::screen::user_editor::UserEditor;
    let _turn = LANGUAGE.lock().unwrap_or_else(|e| e.into_inner());
    let speak: [(&str, fn()); 3] = [
        ("en", || i18n::set_language(Language::English)),
        ("ru", || i18n::set_language(Language::Russian)),
        ("pseudo", crate::pseudo::speak),
    ];
    for (tag, speak) in speak {
        speak();
        let record = record();
        let mut details = UserDetails::new(record.user.id);
        let _ = details.update(user_details::Message::Loaded(Ok(Box::new(record.clone()))));
        assert_matches(sim_half(details.view()), &format!("details-half-{tag}"));

        let account = user_details::Message::Account;
        let _ = details.update(account(acc::Message::Open(acc::Which::Balance)));
        let amount = acc::Input::Amount("-100000".into());
        let _ = details.update(account(acc::Message::Input(amount)));
        let _ = details.update(account(acc::Message::Submit));
        assert_matches(sim_half(details.view()), &format!("balance-half-{tag}"));

        let editor = UserEditor::for_record(&record);
        assert_matches(sim_half(editor.view()), &format!("editor-half-{tag}"));

        let mut apps =
            Applications::new(record.user.id, "user@test.com".into(), "Smith John".into());
        let listed = vec![navixy_panel::model::Application {
            id: 221,
            name: "Fuel reports".into(),
            url: "https://fuel.example.com/{language}/report?user={user_id}".into(),
            icon: None,
            is_enabled: true,
            description: Some("Daily fuel usage".into()),
            display_method: None,
            authorization: None,
        }];
        let _ = apps.update(applications::Message::Listed(Ok(listed)));
        assert_matches(sim_half(apps.view()), &format!("apps-half-{tag}"));
        let _ = apps.update(applications::Message::New);
        assert_matches(sim_half(apps.view()), &format!("app-form-half-{tag}"));

        let info: navixy_panel::api::UserInfo =
            serde_json::from_str(include_str!("../fixtures/seed_user_get_info.json")).unwrap();
        let mut customer = navixy_panel::ui::screen::customer_view::CustomerView::new(
            record.user.id,
            "demo@navixy.com".into(),
            "John Smith".into(),
            false,
        );
        let loaded = Ok((Box::new(info), Default::default()));
        let _ = customer.update(navixy_panel::ui::screen::customer_view::Message::Loaded(
            loaded,
        ));
        assert_matches(sim_half(customer.view()), &format!("customer-half-{tag}"));

        let mut list = Users::new(&UsersPrefs::default());
        let _ = list.update(users::Message::Loaded(Ok(page())));
        let _ = list.update(users::Message::ToggleChooser);
        assert_matches(sim_half(list.view()), &format!("chooser-half-{tag}"));

        let trackers = serde_json::json!({
            "count": 3,
            "list": [
                {"id": 1001, "label": "Car 1", "model_name": "Navixy Mobile App",
                 "creation_date": "2025-10-31 07:42:00", "last_connection": "2026-03-30 18:02:11",
                 "source": {"device_id": "797578601663361", "phone": "73922761721",
                            "connection_status": "active"}},
                {"id": 1002, "label": "Excavator 2", "model_name": "Teltonika FMC130",
                 "creation_date": "2025-11-02 10:00:00", "last_connection": "2026-03-29 08:15:40",
                 "source": {"device_id": "610980007166611", "phone": "70203425747",
                            "connection_status": "just_registered"}},
                {"id": 1003, "label": "Excavator 3 with a long name", "model_name": "Ruptela FM-Eco4",
                 "clone": true, "creation_date": "2025-11-03 10:00:00",
                 "source": {"device_id": "914054068004417", "phone": "73566355291",
                            "connection_status": "signal_lost", "blocked": true}}
            ]
        });
        let mut list_of =
            navixy_panel::ui::screen::trackers::Trackers::new(record.user.id, "Smith John".into());
        let listed = serde_json::from_value(trackers).unwrap();
        let _ = list_of.update(navixy_panel::ui::screen::trackers::Message::Loaded(Ok(
            listed,
        )));
        assert_matches(sim_half(list_of.view()), &format!("trackers-half-{tag}"));

        let saved = navixy_panel::config::Settings::default();
        let settings = navixy_panel::ui::screen::settings::Settings::new(
            &saved,
            "/home/operator/.local/share/navixy-panel".into(),
        );
        assert_matches(sim_half(settings.view()), &format!("settings-half-{tag}"));

        let users = page().list;
        let mut discount = Bulk::new(
            users::BulkKind::Discount,
            users::Selection::Users(users.clone()),
        );
        // Opened, it reads each user's record, one after another.
        let _ = navixy_panel::ui::screen::Page::start(&mut discount);
        for user in &users {
            let mut held = record.clone();
            held.user = user.clone();
            let _ = discount.update(bulk::Message::Held(user.id, Ok(Box::new(held))));
        }
        let _ = discount.update(bulk::Message::DiscountValue("12.5".into()));
        assert_matches(
            sim_half(discount.view()),
            &format!("bulk-discount-half-{tag}"),
        );
    }
    i18n::set_language(Language::English);
}
