//! The balance watch through `update` and the view, against a real
//! sandbox: every user read, several at once, soonest to run out first;
//! stopped and taken up again without reading anyone twice; late answers,
//! and answers for a reading started over.

use crate::common::ui::Ui;
use iced_test::simulator;
use navixy_panel::model::BalanceKind;
use navixy_panel::session::Request;
use navixy_panel::session::watch_history::READ_AGAIN;
use navixy_panel::ui::app::Message;
use navixy_panel::ui::screen::balance_watch::{self, BalanceWatch, Phase};
use std::sync::Arc;

impl Ui {
    fn watch(&self) -> &BalanceWatch {
        crate::on_top!(self, Watch)
    }
}

#[tokio::test]
async fn every_user_is_read_and_the_soonest_to_run_out_comes_first() {
    let mut ui = Ui::logged_in().await;
    let hash = ui.h().demo().await;
    let id = ui.thirty_days_left("runs.out@example.com").await;
    let count = ui.h().filtered(&hash, "").await.unwrap().count as usize;

    ui.send(Message::OpenWatch);
    ui.top(balance_watch::Message::Loaded(Ok(None)));
    assert_eq!(ui.where_(), "balance watch");
    ui.settle_all().await;
    let watch = ui.watch();
    assert_eq!(*watch.phase(), Phase::Finished);
    assert_eq!(watch.lines().len() + watch.unread().len(), count);
    let mine = watch
        .lines()
        .iter()
        .find(|l| l.id == id)
        .expect("the new user");
    assert_eq!((mine.spent, mine.days_left), (3.0, Some(30)));
    let days: Vec<i64> = watch
        .lines()
        .iter()
        .map(|l| l.days_left.unwrap_or(i64::MAX))
        .collect();
    assert!(days.windows(2).all(|w| w[0] <= w[1]), "{days:?}");
    // The screen says it, in the operator's words and numbers.
    let mut view = simulator(ui.app.view());
    view.find("runs.out@example.com").expect("the user's line");
    view.find(format!("Users read: {count} of {count}").as_str())
        .expect("how far it got");
}

#[tokio::test]
async fn stopped_and_taken_up_again_nobody_is_read_twice() {
    let mut ui = Ui::logged_in().await;
    ui.send(Message::OpenWatch);
    ui.top(balance_watch::Message::Loaded(Ok(None)));
    // The list, then three users' answers; more are on their way at once.
    for _ in 0..4 {
        let (id, request) = ui
            .app
            .pending()
            .map(|(id, p)| (id, p.request.clone()))
            .next()
            .expect("a request on its way");
        let result = ui.app.run(request).await;
        ui.send(Message::Answer { id, result });
    }
    assert_eq!(ui.watch().lines().len(), 3);
    assert_eq!(
        ui.app.pending().count(),
        balance_watch::AT_ONCE,
        "several users at once, none superseding another"
    );
    // Stopped with answers on their way: they are kept when they come, and
    // nothing more is asked.
    ui.top(balance_watch::Message::Stop);
    ui.settle_all().await;
    assert_eq!(*ui.watch().phase(), Phase::Stopped);
    assert_eq!(ui.watch().lines().len(), 3 + balance_watch::AT_ONCE);
    assert_eq!(ui.app.pending().count(), 0, "nothing asked once stopped");

    ui.top(balance_watch::Message::Resume);
    ui.settle_all().await;
    let watch = ui.watch();
    assert_eq!(*watch.phase(), Phase::Finished);
    let mut ids: Vec<i64> = watch.lines().iter().map(|l| l.id).collect();
    let read = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), read, "nobody twice");
    let count = ui
        .h()
        .filtered(&ui.h().demo().await, "")
        .await
        .unwrap()
        .count;
    assert_eq!(read as u64, count);

    // An answer that comes again, late, changes nothing.
    let first = ui.watch().lines()[0].clone();
    let reading = ui.watch().reading();
    let charge = navixy_panel::model::Transaction {
        amount: Some(-1000.0),
        ..Default::default()
    };
    ui.top(balance_watch::Message::Charges(
        reading,
        first.id,
        Ok(vec![charge.clone()]),
    ));
    assert_eq!(ui.watch().lines().len(), read);
    assert_eq!(ui.watch().lines()[0], first);

    // Read again: an answer for the reading before is not this one's.
    ui.top(balance_watch::Message::Refresh);
    assert_eq!(*ui.watch().phase(), Phase::Listing);
    ui.top(balance_watch::Message::Charges(
        reading,
        first.id,
        Ok(vec![charge]),
    ));
    assert!(ui.watch().lines().is_empty());
    ui.settle_all().await;
    assert_eq!(ui.watch().lines().len() as u64, count);
}

#[tokio::test]
async fn those_who_run_out_within_n_days_are_shown_and_topped_up_together() {
    let mut ui = Ui::logged_in().await;
    let id = ui.thirty_days_left("month.left@example.com").await;
    ui.send(Message::OpenWatch);
    ui.top(balance_watch::Message::Loaded(Ok(None)));
    ui.settle_all().await;
    let everyone = ui.watch().lines().len();
    assert_eq!(ui.watch().shown().len(), everyone, "nothing typed: all");

    ui.top(balance_watch::Message::Within("30".into()));
    let shown: Vec<i64> = ui.watch().shown().iter().map(|l| l.id).collect();
    assert!(shown.contains(&id), "30 days left is within 30");
    assert!(
        ui.watch()
            .shown()
            .iter()
            .all(|l| l.days_left.is_some_and(|d| d <= 30))
    );
    ui.top(balance_watch::Message::Within("29".into()));
    assert!(!ui.watch().shown().iter().any(|l| l.id == id));
    // Only days are taken: what is not a number leaves the filter as it was.
    ui.top(balance_watch::Message::Within("2x".into()));
    assert!(!ui.watch().shown().iter().any(|l| l.id == id));
    simulator(ui.app.view())
        .find(format!("Shown: {} of {everyone}", ui.watch().shown().len()).as_str())
        .expect("how many are shown");

    // The users shown, chosen whole for a top-up.
    ui.top(balance_watch::Message::Within("30".into()));
    ui.top(balance_watch::Message::TopUp);
    assert_eq!(ui.where_(), "bulk");
    let mut chosen: Vec<i64> = crate::on_top!(ui, Bulk)
        .users()
        .iter()
        .map(|u| u.id)
        .collect();
    chosen.sort_unstable();
    let mut expected = shown;
    expected.sort_unstable();
    assert_eq!(chosen, expected);
}

#[tokio::test]
async fn a_second_reading_asks_only_for_what_is_newer_and_charts_the_months() {
    let mut ui = Ui::logged_in().await;
    let id = ui.thirty_days_left("kept.reading@example.com").await;
    ui.send(Message::OpenWatch);
    ui.top(balance_watch::Message::Loaded(Ok(None)));
    ui.settle_all().await;
    let kept = ui.watch().history().expect("read").clone();
    let read_to = kept.users[&id].to.expect("read to the window's end");
    // The months' chart takes the table's place on request.
    assert!(
        simulator(ui.app.view())
            .find("Refills and charges by month")
            .is_err()
    );
    ui.top(balance_watch::Message::Chart(true));
    simulator(ui.app.view())
        .find("Refills and charges by month")
        .expect("the months' chart");
    ui.top(balance_watch::Message::Chart(false));

    // The user is charged again; the watch is opened again with what was kept.
    let hash = ui.h().demo().await;
    ui.h()
        .client
        .change_balance(&hash, id, -1.0, BalanceKind::Balance, "Watch test")
        .await
        .unwrap();
    ui.top(balance_watch::Message::Back);
    ui.send(Message::OpenWatch);
    ui.top(balance_watch::Message::Loaded(Ok(Some(Arc::new(
        kept.clone(),
    )))));
    // Each user is asked only from a day before where the last reading ended.
    let mut asked_from = Vec::new();
    loop {
        let Some((rid, request)) = ui
            .app
            .pending()
            .map(|(rid, p)| (rid, p.request.clone()))
            .next()
        else {
            break;
        };
        if let Request::Transactions { user_id, from, .. } = &request {
            asked_from.push((*user_id, *from));
        }
        let result = ui.app.run(request).await;
        ui.send(Message::Answer { id: rid, result });
    }
    assert!(!asked_from.is_empty());
    for (user, from) in &asked_from {
        let again = kept.users[user].to.map(|to| to - READ_AGAIN);
        assert_eq!(Some(*from), again, "user {user}");
    }
    assert!(
        asked_from
            .iter()
            .any(|(u, f)| *u == id && *f == read_to - READ_AGAIN)
    );
    // What was kept and what is new add up: 4 spent, 2 left at 0.13 a day.
    let line = ui
        .watch()
        .lines()
        .iter()
        .find(|l| l.id == id)
        .expect("the user's line")
        .clone();
    assert_eq!(
        (line.balance, line.spent, line.days_left),
        (2.0, 4.0, Some(15))
    );
}

#[tokio::test]
async fn a_kept_reading_that_cannot_be_used_is_said_and_everyone_is_read() {
    let mut ui = Ui::logged_in().await;
    ui.send(Message::OpenWatch);
    ui.top(balance_watch::Message::Loaded(Err(
        "the file is not what the panel keeps".into(),
    )));
    ui.settle_all().await;
    assert_eq!(*ui.watch().phase(), Phase::Finished);
    assert!(!ui.watch().lines().is_empty());
    simulator(ui.app.view())
        .find("What earlier readings kept could not be used (the file is not what the panel keeps): everyone is read afresh.")
        .expect("said");
}
