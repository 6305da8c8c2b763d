//! `view` + layout of the users screen with a full 500-row page and of the
//! import preview of a 10,000-row file, and the process's resident memory
//! after building them: `cargo bench --bench ui_view`. Headless (tiny-skia),
//! reported not asserted.

use iced::{Font, Pixels, Size};
use iced_test::core::renderer::Headless;
use iced_test::runtime::UserInterface;
use iced_test::runtime::user_interface::Cache;
use navixy_panel::api::UserPage;
use navixy_panel::config::UsersPrefs;
use navixy_panel::import::Preview;
use navixy_panel::model::{LegalType, User, UserFields};
use navixy_panel::ui::screen::Page;
use navixy_panel::ui::screen::import::{self, Import};
use navixy_panel::ui::screen::users::{self, Users};
use std::time::{Duration, Instant};

// The app's allocator (src/main.rs), so memory and times are the app's.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

type Renderer = iced_test::renderer::Renderer;
const WINDOW: Size = Size::new(1280.0, 800.0);
const RUNS: usize = 60;

fn page(n: usize) -> UserPage {
    let list = (0..n)
        .map(|i| User {
            id: 10_000 + i as i64,
            dealer_id: Some(5001),
            fields: UserFields {
                activated: Some(i % 10 != 0),
                login: Some(format!("customer.number{i}@example.com")),
                first_name: Some("Александр".into()),
                last_name: Some(format!("Smith-{i}")),
                legal_type: Some(LegalType::Individual),
                phone: Some(format!("7999{i:07}")),
                post_city: Some("Екатеринбург".into()),
                ..Default::default()
            },
            balance: Some(i as f64 * 13.37),
            bonus: Some(0.0),
            creation_date: Some("2025-01-02 03:04:05".into()),
            trackers_count: Some((i % 50) as i64),
            comment: None,
            mfa_allowed: None,
            menu_preset_id: None,
        })
        .collect();
    UserPage {
        list,
        count: 100_000,
    }
}

/// A 10,000-row file as operators send them: mostly valid, every 50th row
/// with a bad email so the problems column has something to say.
fn import_file(n: usize) -> String {
    let mut text =
        String::from("Email address*;Password*;Status*;Legal status*;Surname*;Name*;Phone;City\n");
    for i in 0..n {
        let email = if i % 50 == 7 {
            format!("customer{i}.example.com")
        } else {
            format!("customer{i}@example.com")
        };
        text.push_str(&format!(
            "{email};Secret{i:05};1;1;Smith-{i};Александр;7999{i:07};Екатеринбург\n"
        ));
    }
    text
}

/// Times `view` alone and `view` + layout, `RUNS` times.
fn time_view<'a, M>(
    renderer: &mut Renderer,
    view: impl Fn() -> iced::Element<'a, M>,
) -> (Vec<Duration>, Vec<Duration>) {
    let mut view_only = Vec::with_capacity(RUNS);
    let mut view_layout = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let t = Instant::now();
        let element = view();
        view_only.push(t.elapsed());
        let ui = UserInterface::build(element, WINDOW, Cache::default(), renderer);
        view_layout.push(t.elapsed());
        drop(ui);
    }
    (view_only, view_layout)
}

fn report(name: &str, mut v: Vec<Duration>) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{name:<40} p50 {:>7.2} ms   p99 {:>7.2} ms",
        ms(v[v.len() / 2]),
        ms(v[v.len() * 99 / 100])
    );
}

/// The process's resident memory (Linux), in MiB.
fn resident_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let mut renderer = iced_test::futures::futures::executor::block_on(
        <Renderer as Headless>::new(Font::DEFAULT, Pixels(16.0), Some("tiny-skia")),
    )
    .expect("headless renderer");

    let mut list = Users::new(&UsersPrefs {
        page_size: 500,
        ..UsersPrefs::default()
    });
    let t = Instant::now();
    let _ = list.update(users::Message::Loaded(Ok(page(500))));
    println!(
        "format 500 rows once (on arrival): {:.2} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    let (view_only, view_layout) = time_view(&mut renderer, || list.view());
    report("users view, 500 rows", view_only);
    report("users view + layout, 500 rows", view_layout);

    let text = import_file(10_000);
    let t = Instant::now();
    let preview = Preview::open("new-users.csv", text.as_bytes(), &mut |_, _| {})
        .expect("the generated file reads");
    println!(
        "read + check 10,000 rows: {:.2} ms",
        t.elapsed().as_secs_f64() * 1000.0
    );
    // Not started (no reading): the preview is handed over as it would arrive.
    let mut screen = Import::new("new-users.csv".into());
    let _ = screen.update(import::Message::Read(Ok(preview)));
    let (view_only, view_layout) = time_view(&mut renderer, || screen.view());
    report("import preview view, 10,000 rows", view_only);
    report("import preview view + layout, 10,000 rows", view_layout);

    if let Some(mib) = resident_mib() {
        println!("resident memory after both screens: {mib:.0} MiB");
    }

    // What cutting cells with "…" costs: shaping a cell's text the first
    // time it is seen, then the remembered width (every later frame).
    use navixy_panel::ui::widget::measure;
    let cells: Vec<String> = (0..1000)
        .map(|i| format!("new.customer{i}@example.com"))
        .collect();
    for (what, pass) in [("first sight", 0), ("remembered", 1)] {
        let t = Instant::now();
        for cell in &cells {
            std::hint::black_box(measure::width(cell, 16.0, false));
        }
        let per = t.elapsed().as_secs_f64() * 1e6 / cells.len() as f64;
        println!("measure a cell's width, {what}: {per:.2} µs (pass {pass})");
    }
}
