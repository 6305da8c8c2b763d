//! `view` + layout of the users screen with a full 500-row page:
//! `cargo bench --bench users_view`. Headless (tiny-skia), reported not asserted.

use iced::{Font, Pixels, Size};
use iced_test::core::renderer::Headless;
use iced_test::runtime::UserInterface;
use iced_test::runtime::user_interface::Cache;
use navixy_panel::api::UserPage;
use navixy_panel::config::UsersPrefs;
use navixy_panel::model::{LegalType, User, UserFields};
use navixy_panel::ui::screen::users::{self, Users};
use std::time::{Duration, Instant};

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
        })
        .collect();
    UserPage {
        list,
        count: 100_000,
    }
}

fn main() {
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

    let mut renderer = iced_test::futures::futures::executor::block_on(
        <iced_test::renderer::Renderer as Headless>::new(
            Font::DEFAULT,
            Pixels(16.0),
            Some("tiny-skia"),
        ),
    )
    .expect("headless renderer");
    let size = Size::new(1280.0, 800.0);
    let mut view_layout = Vec::new();
    let mut view_only = Vec::new();
    for _ in 0..60 {
        let t = Instant::now();
        let element = list.view();
        view_only.push(t.elapsed());
        let ui = UserInterface::build(element, size, Cache::default(), &mut renderer);
        view_layout.push(t.elapsed());
        drop(ui);
    }
    let report = |name: &str, mut v: Vec<Duration>| {
        v.sort();
        let ms = |d: Duration| d.as_secs_f64() * 1000.0;
        println!(
            "{name:<32} p50 {:>7.2} ms   p99 {:>7.2} ms",
            ms(v[v.len() / 2]),
            ms(v[v.len() * 99 / 100])
        );
    };
    report("users view, 500 rows", view_only);
    report("users view + layout, 500 rows", view_layout);
}
