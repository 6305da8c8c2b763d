//! Bulk runs against a real sandbox over loopback HTTP: a top-up of 300
//! users stopped halfway and resumed from its job file (with changes that
//! were on their way when it stopped, one made and one not), a lost answer
//! settled by reading back, cancelling, and actions that leave users as
//! they already are untouched.

use crate::common::start_configured;
use futures_util::StreamExt;
use navixy_panel::api::ListQuery;
use navixy_panel::journal::Journal;
use navixy_panel::model::{BalanceKind, Discount, DiscountStrategy, User};
use navixy_panel::sandbox::{DEMO_DEALER, Fault};
use navixy_panel::session::bulk::{
    self, BulkAction, Context, Control, Ending, Event, ItemState, Job, Jobs,
};
use navixy_panel::session::{Api, Request, Response, Secret, execute};
use std::collections::HashMap;
use std::sync::Arc;

struct Bench {
    h: crate::common::Harness,
    ctx: Context,
    data: tempfile::TempDir,
}

async fn bench(users: usize) -> Bench {
    let h = start_configured(|c| c.demo_users = users).await;
    let api = login(&h).await;
    let data = tempfile::tempdir().unwrap();
    let ctx = Context {
        api,
        options: Default::default(),
        journal: Journal::in_dir(data.path()),
        jobs: Jobs::in_dir(data.path()),
    };
    Bench { h, ctx, data }
}

async fn login(h: &crate::common::Harness) -> Arc<Api> {
    let answer = execute(
        None,
        Request::Login {
            base_url: h.sandbox.base_url(),
            login: DEMO_DEALER.login.into(),
            password: Secret(DEMO_DEALER.password.into()),
        },
    )
    .await
    .unwrap();
    match answer {
        Response::LoggedIn(api) => api,
        other => panic!("{other:?}"),
    }
}

impl Bench {
    /// The first `n` users by id.
    async fn users(&self, n: u32) -> Vec<User> {
        let hash = self.h.demo().await;
        let query = ListQuery {
            limit: Some(n),
            ..ListQuery::default()
        };
        self.h.client.users_list(&hash, &query).await.unwrap().list
    }

    async fn balances(&self) -> HashMap<i64, f64> {
        let hash = self.h.demo().await;
        let query = ListQuery {
            limit: Some(1000),
            ..ListQuery::default()
        };
        let page = self.h.client.users_list(&hash, &query).await.unwrap();
        page.list
            .iter()
            .map(|u| (u.id, u.balance.unwrap_or(0.0)))
            .collect()
    }

    /// Runs `job` to its end, pausing after `pause_after` users settled;
    /// the events seen, and how it ended.
    async fn run(&self, job: &Job, pause_after: Option<usize>) -> (Vec<Event>, Ending) {
        let control = Arc::new(Control::default());
        let mut events = Vec::new();
        let mut stream = Box::pin(bulk::run(self.ctx.clone(), job.clone(), control.clone()));
        while let Some(event) = stream.next().await {
            if let Event::Ended(ending) = event {
                return (events, ending);
            }
            events.push(event);
            let settled = events
                .iter()
                .filter(|e| matches!(e, Event::Item(..)))
                .count();
            if pause_after == Some(settled) {
                control.pause();
            }
        }
        panic!("the run ended without saying how");
    }

    fn journalled(&self, operation: &str) -> usize {
        Journal::in_dir(self.data.path())
            .read()
            .unwrap()
            .entries
            .iter()
            .filter(|e| e.operation == operation)
            .count()
    }
}

fn top_up() -> BulkAction {
    BulkAction::Balance {
        kind: BalanceKind::Balance,
        amount: 12.34,
        text: "Bulk top-up".into(),
    }
}

fn cents(v: f64) -> i64 {
    (v * 100.0).round() as i64
}

#[tokio::test]
async fn a_top_up_of_300_users_stopped_halfway_resumes_with_every_balance_exact() {
    let b = bench(310).await;
    let users = b.users(300).await;
    assert_eq!(users.len(), 300);
    let before = b.balances().await;
    let job = Job::new(&b.ctx.api, top_up(), &users);
    b.ctx.jobs.create(&job).unwrap();

    // Halfway, the run stops; the changes on their way finish and are kept.
    let (events, ending) = b.run(&job, Some(150)).await;
    assert_eq!(ending, Ending::Paused);
    let settled = events.len();
    assert!((150..=150 + bulk::AHEAD).contains(&settled), "{settled}");

    // The app "crashes" with two more changes on their way: one made (its
    // answer lost), one not. The job file says both were being sent.
    let kept = b
        .ctx
        .jobs
        .unfinished(&job.server, &job.dealer)
        .pop()
        .expect("the job is kept");
    assert_eq!(kept.counts().done, settled);
    let waiting: Vec<usize> = (0..kept.items.len())
        .filter(|&i| kept.items[i].state == ItemState::Waiting)
        .take(2)
        .collect();
    let (made, lost) = (waiting[0], waiting[1]);
    let hash = b.h.demo().await;
    for &i in &[made, lost] {
        let id = kept.items[i].user_id;
        let state = ItemState::Sending {
            before: Some(before[&id]),
            had: None,
        };
        b.ctx.jobs.record(&job.id, i, &state).unwrap();
    }
    b.h.client
        .change_balance(
            &hash,
            kept.items[made].user_id,
            12.34,
            BalanceKind::Balance,
            "Bulk top-up",
        )
        .await
        .unwrap();

    // Offered again at the next sign-in: what was done, and what was not.
    let resumed = b
        .ctx
        .jobs
        .unfinished(&job.server, &job.dealer)
        .pop()
        .expect("still unfinished");
    assert_eq!(resumed.counts().left, 300 - settled);
    let (events, ending) = b.run(&resumed, None).await;
    assert_eq!(ending, Ending::Finished);
    assert_eq!(events.len(), 300 - settled);
    let done = b.ctx.jobs.unfinished(&job.server, &job.dealer);
    assert!(done.is_empty(), "finished: not offered again");

    // Every balance moved once, exactly; nobody else's moved.
    let after = b.balances().await;
    for u in &users {
        assert_eq!(
            cents(after[&u.id]),
            cents(before[&u.id] + 12.34),
            "{}",
            u.fields.login.as_deref().unwrap_or_default()
        );
    }
    let others = before
        .keys()
        .filter(|id| !users.iter().any(|u| u.id == **id));
    for id in others {
        assert_eq!(cents(after[id]), cents(before[id]));
    }
    // Each change in the journal once, the one whose answer was lost too.
    assert_eq!(b.journalled("user.change_balance"), 300);
}

#[tokio::test]
async fn a_lost_answer_in_the_middle_is_read_back_not_sent_again() {
    let b = bench(20).await;
    let users = b.users(10).await;
    let before = b.balances().await;
    let job = Job::new(&b.ctx.api, top_up(), &users);
    b.ctx.jobs.create(&job).unwrap();
    // The change is made, then the connection breaks before its answer.
    b.h.sandbox
        .inject_fault("panel/user/transaction/change_balance", Fault::DropAfter);
    let (events, ending) = b.run(&job, None).await;
    assert_eq!(ending, Ending::Finished);
    assert!(
        events
            .iter()
            .all(|e| matches!(e, Event::Item(_, ItemState::Done { .. }))),
        "{events:?}"
    );
    let after = b.balances().await;
    for u in &users {
        assert_eq!(cents(after[&u.id]), cents(before[&u.id] + 12.34));
    }
}

#[tokio::test]
async fn a_cancelled_run_leaves_the_rest_unsent_and_is_not_offered_again_once_removed() {
    let b = bench(40).await;
    let users = b.users(40).await;
    let before = b.balances().await;
    let job = Job::new(&b.ctx.api, top_up(), &users);
    b.ctx.jobs.create(&job).unwrap();
    let control = Arc::new(Control::default());
    control.cancel();
    let mut stream = Box::pin(bulk::run(b.ctx.clone(), job.clone(), control));
    let mut items = 0;
    let ending = loop {
        match stream.next().await {
            Some(Event::Ended(e)) => break e,
            Some(Event::Item(..)) => items += 1,
            Some(other) => panic!("{other:?}"),
            None => panic!("no ending"),
        }
    };
    assert_eq!((ending, items), (Ending::Cancelled, 0));
    assert_eq!(b.balances().await, before, "nothing sent");
    b.ctx.jobs.remove(&job.id).unwrap();
    assert!(b.ctx.jobs.unfinished(&job.server, &job.dealer).is_empty());
}

#[tokio::test]
async fn settings_already_as_asked_are_left_alone() {
    let b = bench(12).await;
    let users = b.users(6).await;
    let hash = b.h.demo().await;
    // Two already have 2FA.
    b.h.client
        .set_mfa(&hash, &[users[0].id, users[1].id], true)
        .await
        .unwrap();
    let job = Job::new(&b.ctx.api, BulkAction::Mfa { allowed: true }, &users);
    b.ctx.jobs.create(&job).unwrap();
    let (events, ending) = b.run(&job, None).await;
    assert_eq!(ending, Ending::Finished);
    let unchanged = events
        .iter()
        .filter(|e| matches!(e, Event::Item(_, ItemState::Unchanged)))
        .count();
    assert_eq!(unchanged, 2);
    assert_eq!(b.journalled("user.mfa"), 4, "only what changed");
    for u in &users {
        let read = b.h.client.user_read(&hash, u.id).await.unwrap();
        assert_eq!(read.user.mfa_allowed, Some(true));
    }
    // An activation e-mail goes only to those not activated.
    let job = Job::new(&b.ctx.api, BulkAction::ResendActivation, &users);
    b.ctx.jobs.create(&job).unwrap();
    let (events, _) = b.run(&job, None).await;
    let sent = events
        .iter()
        .filter(|e| matches!(e, Event::Item(_, ItemState::Done { .. })))
        .count();
    let inactive = users
        .iter()
        .filter(|u| u.fields.activated == Some(false))
        .count();
    assert_eq!(sent, inactive);
}

#[tokio::test]
async fn a_refusal_is_listed_with_the_servers_reason_and_retried_on_request() {
    let b = bench(12).await;
    let users = b.users(5).await;
    // Take more than anyone has: the server refuses a balance below zero.
    let job = Job::new(
        &b.ctx.api,
        BulkAction::Balance {
            kind: BalanceKind::Bonus,
            amount: -1_000_000.0,
            text: "Too much".into(),
        },
        &users,
    );
    b.ctx.jobs.create(&job).unwrap();
    let (events, _) = b.run(&job, None).await;
    let codes: Vec<Option<u32>> = events
        .iter()
        .filter_map(|e| match e {
            Event::Item(_, ItemState::Failed { code, .. }) => Some(*code),
            _ => None,
        })
        .collect();
    assert_eq!(codes, vec![Some(251); 5]);
    // The run finished: not offered at the next sign-in (the journal and
    // the screen say what failed).
    assert!(b.ctx.jobs.unfinished(&job.server, &job.dealer).is_empty());
    // The screen's job, as the events left it, retries only the failed.
    let mut again = job.clone();
    for e in events {
        if let Event::Item(i, state) = e {
            again.items[i].state = state;
        }
    }
    assert_eq!(again.counts().failed, 5);
    again.retry_failed();
    assert_eq!(again.counts().left, 5);
}

#[tokio::test]
async fn a_run_whose_file_cannot_be_written_does_not_start() {
    let b = bench(3).await;
    let users = b.users(2).await;
    let hash = b.h.demo().await;
    // The data folder is a file: no job file can be made under it.
    let blocked = b.data.path().join("not-a-folder");
    std::fs::write(&blocked, "x").unwrap();
    let ctx = Context {
        jobs: Jobs::in_dir(&blocked),
        ..b.ctx.clone()
    };
    let job = Job::new(&ctx.api, top_up(), &users);
    let events: Vec<Event> = bulk::start(ctx, job, Arc::new(Control::default()))
        .collect()
        .await;
    assert!(matches!(events[0], Event::NotKept(_)), "{events:?}");
    assert!(
        matches!(events[1], Event::Ended(Ending::Paused)),
        "{events:?}"
    );
    assert_eq!(events.len(), 2);
    // Nothing was sent.
    let page =
        b.h.client
            .users_list(&hash, &ListQuery::default())
            .await
            .unwrap();
    for u in &users {
        let now = page.list.iter().find(|p| p.id == u.id).unwrap();
        assert_eq!(
            cents(now.balance.unwrap_or(0.0)),
            cents(u.balance.unwrap_or(0.0))
        );
    }
}

/// A job file is input like any other: one whose id climbs out of the jobs'
/// folder is neither run nor offered, and is set aside once, so the journal
/// beside it stays.
#[test]
fn a_job_file_that_lies_about_its_id_is_set_aside() {
    let data = tempfile::tempdir().unwrap();
    let jobs = Jobs::in_dir(data.path());
    let journal = data.path().join("activity.jsonl");
    std::fs::write(&journal, "{}\n").unwrap();
    let user: User =
        serde_json::from_value(serde_json::json!({"id": 7, "login": "a@example.com"})).unwrap();
    let action = BulkAction::Balance {
        kind: BalanceKind::Balance,
        amount: 5.0,
        text: "x".into(),
    };
    // What the resume screen says before anything is sent.
    let said = navixy_panel::ui::screen::bulk::action_words(
        &action,
        &navixy_panel::session::Dealer::unknown(),
    );
    assert!(said.contains("+5") && said.contains("\"x\""), "{said}");
    let mut job = Job::draft(action, &[user]);
    job.server = "http://127.0.0.1:1/v2/".into();
    job.dealer = "demo".into();
    let honest = job.clone();
    jobs.create(&honest).unwrap();
    job.id = "../activity".into();
    let dir = data.path().join("jobs");
    std::fs::write(
        dir.join("evil.jsonl"),
        format!("{}\n", serde_json::to_string(&job).unwrap()),
    )
    .unwrap();
    std::fs::write(dir.join("broken.jsonl"), "not json\n").unwrap();
    let (found, set_aside) = jobs.unfinished_and_set_aside(&job.server, &job.dealer);
    assert_eq!(
        found.iter().map(|j| &j.id).collect::<Vec<_>>(),
        vec![&honest.id]
    );
    let mut set_aside = set_aside;
    set_aside.sort();
    assert_eq!(set_aside, vec!["broken.jsonl", "evil.jsonl"]);
    assert!(dir.join("evil.jsonl.set-aside").exists());
    // Once set aside, not again; and removing a run touches only its own file.
    assert!(
        jobs.unfinished_and_set_aside(&job.server, &job.dealer)
            .1
            .is_empty()
    );
    jobs.remove("../activity").unwrap();
    assert!(journal.exists(), "the journal stays");
}

/// What a discount says, as compared after a round trip (the server may
/// answer a date with a time).
fn discount_key(d: &Option<Discount>) -> (Option<i64>, Option<i64>, Option<String>, String) {
    let d = d.clone().unwrap_or_default();
    (
        d.value.map(cents),
        d.min_trackers,
        d.end_date.map(|e| e.chars().take(10).collect()),
        format!("{:?}", d.strategy),
    )
}

#[tokio::test]
async fn a_discount_run_is_undone_user_by_user_even_from_its_paused_file() {
    // Paused after two, at most `bulk::AHEAD` more settle: some stay unsent.
    let b = bench(20).await;
    let users = b.users(12).await;
    let hash = b.h.demo().await;
    let mut had = HashMap::new();
    for u in &users {
        let read = b.h.client.user_read(&hash, u.id).await.unwrap();
        had.insert(u.id, discount_key(&read.discount));
    }
    assert!(
        had.values().any(|d| d.0 == Some(550)),
        "john.smith has 5.5 % and keeps it after the undo"
    );
    let discount = Discount {
        value: Some(12.5),
        min_trackers: Some(0),
        end_date: None,
        strategy: Some(DiscountStrategy::NoSumming),
    };
    let job = Job::new(&b.ctx.api, BulkAction::Discount { discount }, &users);
    b.ctx.jobs.create(&job).unwrap();
    // Paused: what the file keeps is what an undo can put back.
    let (_, ending) = b.run(&job, Some(2)).await;
    assert_eq!(ending, Ending::Paused);
    let kept = b.ctx.jobs.unfinished(&job.server, &job.dealer);
    let kept = kept.iter().find(|j| j.id == job.id).expect("kept");
    let (undo, changed) = kept.reversal().expect("a discount run can be undone");
    assert_eq!(changed.len(), kept.counts().done);
    assert!((2..=2 + bulk::AHEAD).contains(&changed.len()));
    let BulkAction::PutBack { had: put_back } = &undo else {
        panic!("{undo:?}")
    };
    assert_eq!(put_back.len(), changed.len());

    // One of them is changed back by hand first: it is left alone.
    let by_hand = changed[0];
    let original = b.h.client.user_read(&hash, by_hand).await.unwrap();
    let put_back_one = Job::new(
        &b.ctx.api,
        BulkAction::PutBack {
            had: put_back
                .iter()
                .filter(|(id, _)| **id == by_hand)
                .map(|(id, h)| (*id, h.clone()))
                .collect(),
        },
        std::slice::from_ref(&original.user),
    );
    b.ctx.jobs.create(&put_back_one).unwrap();
    let (events, _) = b.run(&put_back_one, None).await;
    assert!(
        matches!(events[..], [Event::Item(_, ItemState::Done { .. })]),
        "{events:?}"
    );

    let changed_users: Vec<User> = users
        .iter()
        .filter(|u| changed.contains(&u.id))
        .cloned()
        .collect();
    let reversal = Job::new(&b.ctx.api, undo, &changed_users);
    b.ctx.jobs.create(&reversal).unwrap();
    let (events, ending) = b.run(&reversal, None).await;
    assert_eq!(ending, Ending::Finished);
    let unchanged = events
        .iter()
        .filter(|e| matches!(e, Event::Item(_, ItemState::Unchanged)))
        .count();
    assert_eq!(unchanged, 1, "the one put back by hand: {events:?}");
    // Every user has its own discount again: those changed, put back; the
    // rest, never sent.
    for u in &users {
        let read = b.h.client.user_read(&hash, u.id).await.unwrap();
        assert_eq!(discount_key(&read.discount), had[&u.id], "user {}", u.id);
    }
}

#[tokio::test]
async fn a_plan_run_is_undone_to_each_users_own_plan() {
    let b = bench(12).await;
    let users = b.users(6).await;
    let hash = b.h.demo().await;
    let mut had = HashMap::new();
    for u in &users {
        let read = b.h.client.user_read(&hash, u.id).await.unwrap();
        had.insert(u.id, read.default_tariff_id);
    }
    let plan_id = had[&users[0].id].expect("demo users have a plan");
    assert!(
        had.values().any(|p| *p != Some(plan_id)),
        "the demo users' plans differ"
    );
    let job = Job::new(&b.ctx.api, BulkAction::Plan { plan_id }, &users);
    b.ctx.jobs.create(&job).unwrap();
    let (events, _) = b.run(&job, None).await;
    let mut done = job.clone();
    for e in events {
        if let Event::Item(i, state) = e {
            done.items[i].state = state;
        }
    }
    let (undo, changed) = done.reversal().expect("a plan run can be undone");
    assert!(
        !changed.contains(&users[0].id),
        "already on the plan: not changed, not put back"
    );
    let changed_users: Vec<User> = users
        .iter()
        .filter(|u| changed.contains(&u.id))
        .cloned()
        .collect();
    let reversal = Job::new(&b.ctx.api, undo, &changed_users);
    b.ctx.jobs.create(&reversal).unwrap();
    let (_, ending) = b.run(&reversal, None).await;
    assert_eq!(ending, Ending::Finished);
    for u in &users {
        let read = b.h.client.user_read(&hash, u.id).await.unwrap();
        assert_eq!(read.default_tariff_id, had[&u.id], "user {}", u.id);
    }
    assert!(b.journalled("user.update") >= 2 * changed.len());
}
