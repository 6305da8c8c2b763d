//! Segments through `update` and the view, against a real sandbox: what the
//! server's text filter cannot find, found among every user; saved by name;
//! the users kept on this computer shown at once the next time; a broken
//! kept file said and replaced; a segment's users given to a bulk action.

use crate::common::new_individual;
use crate::common::ui::Ui;
use iced_test::simulator;
use navixy_panel::model::User;
use navixy_panel::model::segment::ConditionKind;
use navixy_panel::session::user_index::{self, Index};
use navixy_panel::ui::app::Message;
use navixy_panel::ui::screen::segments::{self, Segments};
use navixy_panel::ui::screen::users::BulkKind;
use std::sync::Arc;

impl Ui {
    fn segments(&self) -> &Segments {
        crate::on_top!(self, Segments)
    }

    /// Answers requests until none is left, running the work each answer
    /// starts (the kept file is written so).
    async fn settle_running(&mut self) {
        loop {
            let next = self
                .app
                .pending()
                .map(|(id, p)| (id, p.request.clone()))
                .next();
            let Some((id, request)) = next else {
                return;
            };
            let result = self.app.run(request).await;
            self.send_and_run(Message::Answer { id, result }).await;
        }
    }

    fn index_file(&self) -> std::path::PathBuf {
        user_index::file(
            &self.dir.path().join("data"),
            &self.h().sandbox.base_url(),
            "demo",
        )
    }

    /// Every user of the demo dealer, as the server lists them.
    async fn everyone(&self) -> Vec<User> {
        let hash = self.h().demo().await;
        let mut requests = 0;
        user_index::every_user(&self.h().client, &hash, &mut requests)
            .await
            .unwrap()
    }
}

fn found_ids(s: &Segments) -> Vec<i64> {
    let mut ids: Vec<i64> = s.found().iter().map(|u| u.id).collect();
    ids.sort_unstable();
    ids
}

#[tokio::test]
async fn a_segment_finds_what_the_server_cannot_and_is_kept_by_name() {
    let mut ui = Ui::logged_in().await;
    let hash = ui.h().demo().await;
    let mut waiting = new_individual("never.came@example.com");
    waiting.user.activated = Some(false);
    let id = ui.h().client.user_create(&hash, &waiting).await.unwrap();

    ui.send_and_run(Message::OpenSegments).await;
    assert_eq!(ui.where_(), "segments");
    ui.settle_running().await;
    let everyone = ui.everyone().await;
    assert_eq!(ui.segments().index().unwrap().users.len(), everyone.len());
    assert_eq!(ui.segments().found().len(), everyone.len(), "no condition");

    ui.top(segments::Message::Add(ConditionKind::NotActivated));
    ui.top(segments::Message::Add(ConditionKind::NoTrackers));
    let mut expected: Vec<i64> = everyone
        .iter()
        .filter(|u| u.fields.activated == Some(false) && u.trackers_count == Some(0))
        .map(|u| u.id)
        .collect();
    expected.sort_unstable();
    assert!(expected.contains(&id));
    assert_eq!(found_ids(ui.segments()), expected);
    simulator(ui.app.view())
        .find(format!("Found: {} of {}", expected.len(), everyone.len()).as_str())
        .expect("how many are found");
    // The text filter narrows the segment further.
    ui.top(segments::Message::Search("NEVER.came".into()));
    assert_eq!(found_ids(ui.segments()), [id]);
    simulator(ui.app.view())
        .find("never.came@example.com")
        .expect("the user's line");
    ui.top(segments::Message::Search(String::new()));

    // A value not yet typed is said, and the condition waits for it.
    ui.top(segments::Message::Add(ConditionKind::BalanceBelow));
    assert_eq!(found_ids(ui.segments()), expected);
    simulator(ui.app.view())
        .find("Type a value to use this condition")
        .expect("what the condition waits for");
    ui.top(segments::Message::First(2, "abc".into()));
    simulator(ui.app.view())
        .find("An amount, such as 25 or 12.50")
        .expect("why the amount cannot be used");
    ui.top(segments::Message::Remove(2));

    ui.top(segments::Message::Name("Never came".into()));
    ui.top(segments::Message::Save);
    assert!(ui.has_toast("Segment “Never came” saved."));
    let saved = &ui.app.settings().segments;
    assert_eq!(saved.len(), 1);
    assert_eq!(saved[0].conditions.len(), 2);

    // Kept on this computer: every user, this dealer's on this server.
    let kept = Index::load(&ui.index_file(), &ui.h().sandbox.base_url(), "demo").expect("kept");
    assert_eq!(kept.users.len(), everyone.len());

    // Opened again: the kept users are shown while the server is asked,
    // and the segment comes back by its name.
    ui.top(segments::Message::Back);
    ui.send(Message::OpenSegments);
    assert!(ui.segments().is_reading());
    ui.top(segments::Message::Loaded(Ok(Some(Arc::new(kept.clone())))));
    assert_eq!(
        ui.segments().index().map(|i| i.users.len()),
        Some(everyone.len())
    );
    ui.top(segments::Message::Pick("Never came".into()));
    assert_eq!(found_ids(ui.segments()), expected);
    ui.settle_running().await;
    assert!(!ui.segments().is_reading());
    assert_eq!(found_ids(ui.segments()), expected);
    // The kept file, come late, is older than what the server said.
    let mut stale = kept;
    stale.users.truncate(1);
    ui.top(segments::Message::Loaded(Ok(Some(Arc::new(stale)))));
    assert_eq!(ui.segments().index().unwrap().users.len(), everyone.len());
}

#[tokio::test]
async fn a_broken_kept_file_is_said_and_replaced() {
    let mut ui = Ui::logged_in().await;
    let file = ui.index_file();
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, b"{\"server\": [1, 2").unwrap();
    ui.send_and_run(Message::OpenSegments).await;
    assert!(
        ui.has_toast("could not be read"),
        "said: {}",
        ui.last_toast()
    );
    ui.settle_running().await;
    let count = ui.everyone().await.len();
    let kept = Index::load(&file, &ui.h().sandbox.base_url(), "demo").expect("written again");
    assert_eq!(kept.users.len(), count);
}

#[tokio::test]
async fn a_segments_users_go_whole_to_a_bulk_action() {
    let mut ui = Ui::logged_in().await;
    ui.send_and_run(Message::OpenSegments).await;
    ui.settle_running().await;
    ui.top(segments::Message::Add(ConditionKind::TrackersMoreThan));
    ui.top(segments::Message::First(0, "2".into()));
    let expected = found_ids(ui.segments());
    assert!(!expected.is_empty(), "the demo has users with trackers");
    assert!(
        ui.segments()
            .found()
            .iter()
            .all(|u| u.trackers_count.is_some_and(|t| t > 2))
    );
    ui.top(segments::Message::Bulk(BulkKind::Mfa));
    assert_eq!(ui.where_(), "bulk");
    let mut chosen: Vec<i64> = crate::on_top!(ui, Bulk)
        .users()
        .iter()
        .map(|u| u.id)
        .collect();
    chosen.sort_unstable();
    assert_eq!(chosen, expected);
}

#[tokio::test]
async fn runs_out_within_n_days_uses_what_the_balance_watch_kept() {
    let mut ui = Ui::logged_in().await;
    // Before the watch ever ran, the condition says what it needs.
    ui.send_and_run(Message::OpenSegments).await;
    ui.settle_running().await;
    ui.top(segments::Message::Add(ConditionKind::RunsOutWithin));
    ui.top(segments::Message::First(0, "30".into()));
    assert!(ui.segments().found().is_empty());
    simulator(ui.app.view())
        .find("The balance watch has not read this dealer's charges yet: open it once, and this condition finds who runs out.")
        .expect("what the condition needs");
    ui.top(segments::Message::Back);

    // A user with 30 days left.
    let id = ui.thirty_days_left("thirty.days@example.com").await;
    ui.send_and_run(Message::OpenWatch).await;
    ui.settle_running().await;
    assert_eq!(ui.where_(), "balance watch");
    ui.top(navixy_panel::ui::screen::balance_watch::Message::Back);

    ui.send_and_run(Message::OpenSegments).await;
    ui.settle_running().await;
    ui.top(segments::Message::Add(ConditionKind::RunsOutWithin));
    ui.top(segments::Message::First(0, "30".into()));
    assert!(found_ids(ui.segments()).contains(&id));
    ui.top(segments::Message::First(0, "29".into()));
    assert!(!found_ids(ui.segments()).contains(&id));
    assert!(
        simulator(ui.app.view())
            .find("The balance watch has not read this dealer's charges yet: open it once, and this condition finds who runs out.")
            .is_err()
    );
}

#[tokio::test]
async fn discounts_and_plans_are_read_user_by_user_then_searched_and_kept() {
    let mut ui = Ui::logged_in().await;
    ui.send_and_run(Message::OpenSegments).await;
    ui.settle_running().await;
    ui.top(segments::Message::Add(ConditionKind::Plan));
    simulator(ui.app.view())
        .find("Read discounts and plans")
        .expect("the way to read them");

    // What the server says of each user, to compare with.
    let hash = ui.h().demo().await;
    let mut records = Vec::new();
    for user in ui.everyone().await {
        records.push(ui.h().client.user_read(&hash, user.id).await.unwrap());
    }
    let plan = records[0].default_tariff_id.expect("a demo plan");
    let mut on_plan: Vec<i64> = records
        .iter()
        .filter(|r| r.default_tariff_id == Some(plan))
        .map(|r| r.user.id)
        .collect();
    on_plan.sort_unstable();
    assert!(on_plan.len() < records.len(), "the plans differ");
    // Not in the list: nobody is on a plan until the records are read.
    ui.top(segments::Message::First(0, plan.to_string()));
    assert!(ui.segments().found().is_empty());

    ui.top(segments::Message::ReadTerms);
    ui.settle_running().await;
    simulator(ui.app.view())
        .find("Discounts and plans read just now")
        .expect("when they were read");
    assert_eq!(found_ids(ui.segments()), on_plan);

    // A discount that ends within a year (the demo's end in -200..400 days).
    ui.top(segments::Message::Remove(0));
    ui.top(segments::Message::Add(ConditionKind::DiscountEndsWithin));
    ui.top(segments::Message::First(0, "400".into()));
    let today = chrono::Utc::now().date_naive();
    let ends = |r: &navixy_panel::api::UserRecord| {
        r.discount
            .as_ref()
            .filter(|d| d.value.is_some_and(|v| v > 0.0))
            .and_then(|d| d.end_date.as_deref())
            .and_then(|e| chrono::NaiveDate::parse_from_str(e.get(..10)?, "%Y-%m-%d").ok())
    };
    let mut ending: Vec<i64> = records
        .iter()
        .filter(|r| ends(r).is_some_and(|e| e >= today && (e - today).num_days() <= 400))
        .map(|r| r.user.id)
        .collect();
    ending.sort_unstable();
    assert_eq!(found_ids(ui.segments()), ending);

    // Kept for the next time, every user's.
    let file = navixy_panel::session::user_terms::file(
        &ui.dir.path().join("data"),
        &ui.h().sandbox.base_url(),
        "demo",
    );
    let kept = navixy_panel::session::user_terms::KeptTerms::load(
        &file,
        &ui.h().sandbox.base_url(),
        "demo",
    )
    .expect("kept");
    assert_eq!(kept.users.len(), records.len());

    // Read again and stopped at once: the answers on their way are let go,
    // what was read stays, and nothing more is asked.
    ui.top(segments::Message::ReadTerms);
    assert!(ui.app.pending().count() > 0);
    ui.top(segments::Message::StopTerms);
    ui.settle_running().await;
    assert_eq!(ui.app.pending().count(), 0);
    assert_eq!(found_ids(ui.segments()), ending);
    simulator(ui.app.view())
        .find("Read them again")
        .expect("stopped");
}
