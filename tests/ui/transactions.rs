//! The transactions screen through `update`, against a real sandbox: the
//! default week, a 90-day range fetched month by month with progress, totals,
//! the chart's data, the table's order and words, and bad or refused ranges.

use navixy_panel::model::ErrorCode;

use crate::common::ui::Ui;
use navixy_panel::api::Error;
use navixy_panel::model::BalanceKind;
use navixy_panel::session::{Request, RequestKind};
use navixy_panel::ui::action::Effect;
use navixy_panel::ui::app::Message;
use navixy_panel::ui::screen::transactions::{self as tx, Transactions, TxColumn, range::Preset};
use navixy_panel::ui::screen::{Page, Screen, user_details, users};

impl Ui {
    fn tx(&self) -> &Transactions {
        crate::on_top!(self, Transactions)
    }

    async fn open_transactions(&mut self, row: usize) {
        self.list(users::Message::Open(row));
        self.settle().await;
        self.top(user_details::Message::Transactions);
    }

    fn pending_tx(&self) -> Vec<(u64, Request)> {
        self.app
            .pending()
            .filter(|(_, p)| p.kind == RequestKind::Transactions)
            .map(|(id, p)| (id, p.request.clone()))
            .collect()
    }
}

#[tokio::test]
async fn a_week_by_default_then_90_days_in_monthly_parts() {
    let mut ui = Ui::logged_in().await;
    let dealer = ui.h().demo().await;
    let john = ui
        .h()
        .user_by_login(&dealer, "john.smith@example.com")
        .await;
    ui.h()
        .client
        .change_balance(
            &dealer,
            john.id,
            40.0,
            BalanceKind::Balance,
            "Payment by card",
        )
        .await
        .unwrap();

    ui.open_transactions(0).await;
    assert_eq!(ui.tx().preset(), Preset::Days7);
    ui.settle().await;
    let week = ui.tx();
    assert_eq!(week.state(), &tx::State::Loaded);
    assert!(
        week.list()
            .iter()
            .any(|t| t.description.as_deref() == Some("Payment by card") && t.amount == Some(40.0))
    );
    assert!(week.totals().refills >= 40.0);
    let week_count = week.list().len();

    ui.top(tx::Message::Preset(Preset::Days90));
    assert_eq!(ui.tx().state(), &tx::State::Loading { done: 0, total: 3 });
    // One part at a time: run the first and see the progress.
    let (id, request) = ui.pending_tx().remove(0);
    let result = navixy_panel::session::execute(ui.app.session(), request).await;
    ui.send(Message::Answer { id, result });
    assert_eq!(ui.tx().state(), &tx::State::Loading { done: 1, total: 3 });
    ui.settle().await;
    let all = ui.tx();
    assert_eq!(all.state(), &tx::State::Loaded);
    assert!(
        all.list().len() >= week_count,
        "90 days hold at least the week"
    );
    assert!(
        all.list()
            .windows(2)
            .all(|w| w[0].timestamp <= w[1].timestamp),
        "merged in time order"
    );
    assert!(
        all.chart().samples.len() > all.list().len(),
        "from the range's start, each transaction, to now"
    );
    assert_eq!(
        all.chart().samples[0].balance,
        all.list()[0].old_balance.unwrap(),
        "starts before the first transaction"
    );
    assert_eq!(all.rows().len(), all.list().len());
    let sums = all.totals();
    assert!(
        sums.refills > 0.0 && sums.charges < 0.0,
        "the demo history has both"
    );
    // The last point of the chart is today's balance.
    let last = all.chart().samples.last().unwrap();
    assert_eq!(last.balance, 50.01);
}

#[tokio::test]
async fn bad_custom_dates_send_nothing_and_a_refused_part_is_explained() {
    let mut ui = Ui::logged_in().await;
    ui.open_transactions(0).await;
    ui.settle().await;
    ui.top(tx::Message::Preset(Preset::Custom));
    ui.top(tx::Message::CustomFrom("2026-02-01".into()));
    ui.top(tx::Message::CustomTo("2026-01-01".into()));
    ui.top(tx::Message::Apply);
    assert_eq!(ui.tx().state(), &tx::State::BadRange);
    assert!(ui.pending_tx().is_empty());

    ui.top(tx::Message::CustomTo("2026-03-31".into()));
    ui.top(tx::Message::Apply);
    let (id, _) = ui.pending_tx().remove(0);
    let too_long = Error::from(ErrorCode::TimeSpanTooBig);
    ui.send(Message::Answer {
        id,
        result: Err(too_long),
    });
    assert!(matches!(ui.tx().state(), tx::State::Failed(_)));
    // Esc goes back to the user.
    ui.top(tx::Message::Back);
    assert!(matches!(ui.app.top(), Some(Screen::Details(..))));
}

#[tokio::test]
async fn the_shown_transactions_export_to_xlsx() {
    let mut ui = Ui::logged_in().await;
    ui.open_transactions(0).await;
    ui.top(tx::Message::Preset(Preset::Days90));
    ui.settle().await;
    // A copy of the screen as it is, asked to export (the app would then
    // ask where to save).
    let mut view = ui.tx().clone();
    let shown = view.list().len();
    match view.update(tx::Message::Export).effects() {
        [Effect::SaveFile(save)] => {
            let (file_name, bytes) = (&save.file_name, &save.bytes);
            assert!(
                file_name.starts_with("transactions-1-") && file_name.ends_with(".xlsx"),
                "{file_name}"
            );
            let table = navixy_panel::import::read_table(file_name, bytes).unwrap();
            assert_eq!(
                table.rows.len(),
                shown + 1,
                "a header and every shown transaction"
            );
            assert_eq!(table.rows[0][0], "Date (UTC)");
            assert!(
                table.rows[1][4].parse::<f64>().is_ok(),
                "amounts are numbers"
            );
        }
        _ => panic!("expected a file to save"),
    }
}

#[tokio::test]
async fn faults_are_retried_unseen_then_explained_with_a_way_to_try_again() {
    use navixy_panel::sandbox::Fault;
    let mut ui = Ui::logged_in().await;
    for fault in [Fault::DropBefore, Fault::MalformedJson] {
        ui.h()
            .sandbox
            .inject_fault("panel/user/transaction/list", fault);
    }
    ui.open_transactions(0).await;
    ui.settle().await;
    assert_eq!(ui.h().sandbox.faults_pending(), 0);
    assert_eq!(
        ui.tx().state(),
        &tx::State::Loaded,
        "two failures, retried away"
    );

    // Past the cap: the message, the range as chosen, and a way to try again.
    for _ in 0..3 {
        ui.h()
            .sandbox
            .inject_fault("panel/user/transaction/list", Fault::ServerError);
    }
    ui.top(tx::Message::Preset(Preset::Days30));
    ui.settle().await;
    assert!(matches!(ui.tx().state(), tx::State::Failed(_)));
    assert_eq!(ui.tx().preset(), Preset::Days30);
    ui.try_again_after_server_trouble();
    ui.settle().await;
    assert_eq!(ui.tx().state(), &tx::State::Loaded);
    assert_eq!(ui.tx().preset(), Preset::Days30);
}

#[tokio::test]
async fn newest_first_sortable_signed_and_a_bonus_is_no_refill() {
    let mut ui = Ui::logged_in().await;
    let dealer = ui.h().demo().await;
    let john = ui
        .h()
        .user_by_login(&dealer, "john.smith@example.com")
        .await;
    let client = &ui.h().client;
    client
        .change_balance(
            &dealer,
            john.id,
            40.0,
            BalanceKind::Balance,
            "Payment by card",
        )
        .await
        .unwrap();
    client
        .change_balance(&dealer, john.id, 25.0, BalanceKind::Bonus, "Loyalty bonus")
        .await
        .unwrap();
    ui.open_transactions(0).await;
    ui.top(tx::Message::Preset(Preset::Days90));
    ui.settle().await;
    let screen = ui.tx();
    assert_eq!(screen.sorted_by(), (TxColumn::Date, false));
    // Shown as English writes a moment ("Dec 4, 2026, 6:49:29 PM"), read back.
    let dates: Vec<chrono::NaiveDateTime> = screen
        .rows()
        .iter()
        .map(|r| {
            let shown = r.cell(TxColumn::Date);
            chrono::NaiveDateTime::parse_from_str(shown, "%b %d, %Y, %I:%M:%S\u{202f}%p")
                .unwrap_or_else(|e| panic!("{shown:?}: {e}"))
        })
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {dates:?}"
    );
    // The bonus moved the bonus, not the refills.
    let sums = screen.totals();
    let paid_in: f64 = screen
        .list()
        .iter()
        .filter_map(|t| t.amount.filter(|a| *a > 0.0))
        .sum();
    assert!((sums.refills - paid_in).abs() < 0.005, "{sums:?}");
    assert!(sums.bonus >= 25.0, "{sums:?}");
    // Money in reads with its sign; a payment (tracker 0) links to no tracker.
    let card = screen
        .rows()
        .iter()
        .find(|r| r.cell(TxColumn::Description) == "Payment by card")
        .unwrap();
    assert_eq!(card.cell(TxColumn::Amount), "+40.00");
    assert_eq!(card.tracker, None);
    assert_eq!(card.cell(TxColumn::Tracker), "");
    // A charge names its tracker by label, read from the user's trackers.
    let labelled = screen.rows().iter().find(|r| r.tracker.is_some()).unwrap();
    assert!(
        !labelled.cell(TxColumn::Tracker).starts_with('#'),
        "{:?}",
        labelled.cell(TxColumn::Tracker)
    );

    // Sorted by amount: largest first, then smallest first.
    ui.top(tx::Message::SortBy(TxColumn::Amount));
    let amounts = |ui: &Ui| -> Vec<f64> {
        ui.tx()
            .rows()
            .iter()
            .map(|r| {
                r.cell(TxColumn::Amount)
                    .trim_start_matches('+')
                    .replace(',', "")
                    .parse()
                    .unwrap_or(0.0)
            })
            .collect()
    };
    let down = amounts(&ui);
    assert!(down.windows(2).all(|w| w[0] >= w[1]), "{down:?}");
    ui.top(tx::Message::SortBy(TxColumn::Amount));
    let up = amounts(&ui);
    assert!(up.windows(2).all(|w| w[0] <= w[1]), "{up:?}");
}
