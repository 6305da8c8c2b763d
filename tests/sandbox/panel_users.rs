//! panel/user/*: every operation against the sandbox over HTTP, with the
//! documented errors.

use crate::common::{code, new_individual, start};
use navixy_panel::api::{ExportFormat, ExportQuery, ListQuery, OrderBy, UserUpdate};
use navixy_panel::model::{BalanceKind, Discount, LegalType};

#[tokio::test]
async fn list_filters_sorts_pages_and_counts() {
    let h = start().await;
    let hash = h.demo().await;
    let all = h
        .client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap();
    assert_eq!(all.count, 60);
    assert_eq!(all.list.len(), 60);
    assert!(all.list.iter().all(|u| u.dealer_id == Some(5001)));

    let page = h
        .client
        .users_list(
            &hash,
            &ListQuery {
                limit: Some(10),
                offset: Some(55),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!(
        (page.list.len(), page.count),
        (5, 60),
        "count ignores paging"
    );

    for order in OrderBy::ALL {
        for ascending in [true, false] {
            let q = ListQuery {
                order_by: Some(order),
                ascending: Some(ascending),
                ..Default::default()
            };
            let list = h.client.users_list(&hash, &q).await.unwrap().list;
            let keys: Vec<String> = list
                .iter()
                .map(|u| match order {
                    OrderBy::Id => format!("{:010}", u.id),
                    OrderBy::Balance => format!("{:015.2}", u.balance.unwrap()),
                    OrderBy::Bonus => format!("{:015.2}", u.bonus.unwrap()),
                    OrderBy::Login => u.fields.login.clone().unwrap().to_lowercase(),
                    OrderBy::LastName => u
                        .fields
                        .last_name
                        .clone()
                        .unwrap_or_default()
                        .to_lowercase(),
                    OrderBy::Phone => u.fields.phone.clone().unwrap_or_default(),
                    OrderBy::PostCity => u
                        .fields
                        .post_city
                        .clone()
                        .unwrap_or_default()
                        .to_lowercase(),
                })
                .collect();
            let mut sorted = keys.clone();
            sorted.sort();
            if !ascending {
                sorted.reverse();
            }
            // Cyrillic case folding differs between SQLite NOCASE and Rust; compare ASCII-only keys.
            if keys.iter().all(|k| k.is_ascii()) {
                assert_eq!(keys, sorted, "{order:?} ascending={ascending}");
            }
        }
    }

    let smith = h.filtered(&hash, "  SMITH ").await.unwrap();
    assert!(smith.count >= 1);
    assert!(
        smith
            .list
            .iter()
            .all(|u| format!("{u:?}").to_lowercase().contains("smith"))
    );
    let cyrillic = h.filtered(&hash, "иванов").await.unwrap();
    assert!(
        cyrillic
            .list
            .iter()
            .any(|u| u.fields.login.as_deref() == Some("ivanov@example.ru")),
        "case-insensitive Cyrillic"
    );
    let by_id = h
        .client
        .users_list(
            &hash,
            &ListQuery {
                filter: Some("1".into()),
                limit: Some(100),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(by_id.list.iter().any(|u| u.id == 1));
    let blank = h.filtered(&hash, "   ").await.unwrap();
    assert_eq!(blank.count, 60, "a blank filter is no filter");
    let sql = h.filtered(&hash, "' OR 1=1 --%_").await.unwrap();
    assert_eq!(sql.count, 0, "SQL metacharacters are just text");
    for odd in ["\"", "a\"b\"c", "NEAR(", "smith*", "o'"] {
        let r = h.filtered(&hash, odd).await;
        assert!(r.is_ok(), "filter {odd:?} is text, not query syntax: {r:?}");
    }

    let active = h
        .client
        .users_list(
            &hash,
            &ListQuery {
                hide_inactive: Some(true),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert!(active.count < 60 && active.list.iter().all(|u| u.fields.activated == Some(true)));
}

#[tokio::test]
async fn create_read_update_with_documented_errors() {
    let h = start().await;
    let hash = h.demo().await;
    let id = h
        .client
        .user_create(&hash, &new_individual("jane.doe@example.org"))
        .await
        .unwrap();
    let rec = h.client.user_read(&hash, id).await.unwrap();
    assert_eq!(
        rec.user.fields.login.as_deref(),
        Some("jane.doe@example.org")
    );
    assert_eq!(
        rec.user.fields.verified,
        Some(true),
        "verified defaults to activated"
    );
    assert_eq!(rec.user.comment.as_deref(), Some("created by a test"));
    assert_eq!(rec.user.balance, Some(0.0));
    assert_eq!(rec.default_tariff_id, Some(101));
    let d = rec.discount.unwrap();
    assert_eq!(
        (d.value, d.min_trackers, d.end_date.as_deref()),
        (Some(7.5), Some(2), Some("2030-01-31"))
    );

    // 206: the login is taken (case-insensitively, across dealers too).
    assert_eq!(
        code(
            h.client
                .user_create(&hash, &new_individual("JANE.DOE@example.org"))
                .await
        ),
        206
    );
    // 7 with errors[] naming each bad parameter.
    let mut bad = new_individual("not-an-email");
    bad.user.phone = Some("+1 (213)".into());
    bad.password = "123".into();
    bad.discount.value = Some(140.0);
    let err = h.client.user_create(&hash, &bad).await.unwrap_err();
    let api = err.api().unwrap();
    assert_eq!((api.code, api.http_status), (7, 400));
    for p in ["user.login", "user.phone", "password", "discount.value"] {
        assert!(api.error_for(p).is_some(), "{p} in {:?}", api.errors);
    }
    let mut company = new_individual("acme@example.org");
    company.user.legal_type = Some(LegalType::LegalEntity);
    let err = h.client.user_create(&hash, &company).await.unwrap_err();
    assert!(err.api().unwrap().error_for("user.legal_name").is_some());

    // Update: changes what is sent, never the legal type; verified follows activated.
    let mut fields = rec.user.fields.clone();
    fields.first_name = Some("Janet".into());
    fields.activated = Some(false);
    fields.verified = None;
    fields.legal_type = Some(LegalType::SoleTrader);
    let mut update = UserUpdate::new(
        id,
        fields,
        Discount {
            value: Some(10.0),
            ..d
        },
    );
    update.comment = Some("renamed".into());
    h.client.user_update(&hash, &update).await.unwrap();
    let after = h.client.user_read(&hash, id).await.unwrap();
    assert_eq!(after.user.fields.first_name.as_deref(), Some("Janet"));
    assert_eq!(
        after.user.fields.legal_type,
        Some(LegalType::Individual),
        "legal type cannot change"
    );
    assert_eq!(
        (after.user.fields.activated, after.user.fields.verified),
        (Some(false), Some(false))
    );
    assert_eq!(after.user.comment.as_deref(), Some("renamed"));
    assert_eq!(after.discount.unwrap().value, Some(10.0));

    let mut taken = update.clone();
    taken.user.fields.login = Some("john.smith@example.com".into());
    assert_eq!(code(h.client.user_update(&hash, &taken).await), 206);
    let mut missing = update.clone();
    missing.user.id = 987_654;
    assert_eq!(code(h.client.user_read(&hash, 987_654).await), 201);
    assert_eq!(code(h.client.user_update(&hash, &missing).await), 201);
    let mut invalid = update;
    invalid.comment = Some("x".repeat(256));
    let err = h.client.user_update(&hash, &invalid).await.unwrap_err();
    assert!(err.api().unwrap().error_for("comment").is_some());
}

#[tokio::test]
async fn change_password_then_the_user_logs_in_with_it() {
    let h = start().await;
    let hash = h.demo().await;
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    assert_eq!(
        code(h.client.user_change_password(&hash, john.id, "short").await),
        7
    );
    assert_eq!(
        code(
            h.client
                .user_change_password(&hash, 987_654, "long-enough")
                .await
        ),
        201
    );
    h.client
        .user_change_password(&hash, john.id, "n3w-Passw0rd")
        .await
        .unwrap();
    h.client
        .user_auth("john.smith@example.com", "n3w-Passw0rd", None)
        .await
        .unwrap();
    assert_eq!(
        code(
            h.client
                .user_auth("john.smith@example.com", "user1234", None)
                .await
        ),
        102
    );
}

#[tokio::test]
async fn corrupt_needs_the_login_and_explains_trackers() {
    let h = start().await;
    let hash = h.demo().await;
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    assert_eq!(
        code(
            h.client
                .user_corrupt(&hash, john.id, "someone@else.com", true)
                .await
        ),
        7
    );
    let broken = h.user_by_login(&hash, "broken.tracker@example.com").await;
    assert_eq!(
        code(
            h.client
                .user_corrupt(&hash, broken.id, "broken.tracker@example.com", true)
                .await
        ),
        252
    );
    let clones = h.user_by_login(&hash, "fleet.clones@example.com").await;
    assert_eq!(
        code(
            h.client
                .user_corrupt(&hash, clones.id, "fleet.clones@example.com", false)
                .await
        ),
        253
    );
    h.client
        .user_corrupt(&hash, clones.id, "fleet.clones@example.com", true)
        .await
        .unwrap();

    let session = h.client.user_session_create(&hash, john.id).await.unwrap();
    h.client
        .user_corrupt(&hash, john.id, "John.Smith@example.com", true)
        .await
        .unwrap();
    assert_eq!(
        code(h.client.user_read(&hash, john.id).await),
        201,
        "a corrupted user no longer reads"
    );
    assert_eq!(
        code(
            h.client
                .user_corrupt(&hash, john.id, "john.smith@example.com", true)
                .await
        ),
        201
    );
    let list = h
        .client
        .users_list(&hash, &ListQuery::default())
        .await
        .unwrap();
    assert!(
        list.list
            .iter()
            .all(|u| u.id != john.id && u.id != clones.id)
    );
    assert_eq!(list.count, 58);
    assert_eq!(
        code(h.client.applications_list(&session).await),
        4,
        "its sessions end too"
    );
}

#[tokio::test]
async fn balance_changes_are_transactions_and_never_go_negative() {
    let h = start().await;
    let hash = h.demo().await;
    let john = h.user_by_login(&hash, "john.smith@example.com").await;
    assert_eq!(john.balance, Some(10.01));
    h.client
        .change_balance(
            &hash,
            john.id,
            25.5,
            BalanceKind::Balance,
            "Bank transfer #1",
        )
        .await
        .unwrap();
    h.client
        .change_balance(&hash, john.id, 3.0, BalanceKind::Bonus, "Loyalty bonus")
        .await
        .unwrap();
    let err = h
        .client
        .change_balance(&hash, john.id, -100.0, BalanceKind::Balance, "Too much")
        .await
        .unwrap_err();
    let api = err.api().unwrap();
    assert_eq!((api.code, api.http_status), (251, 403));
    assert_eq!(
        code(
            h.client
                .change_balance(&hash, john.id, -3.01, BalanceKind::Bonus, "Too much")
                .await
        ),
        251
    );
    assert_eq!(
        code(
            h.client
                .change_balance(&hash, john.id, 1.0, BalanceKind::Balance, "abc")
                .await
        ),
        7
    );
    assert_eq!(
        code(
            h.client
                .change_balance(&hash, 987_654, 1.0, BalanceKind::Balance, "nobody here")
                .await
        ),
        201
    );
    let after = h.client.user_read(&hash, john.id).await.unwrap().user;
    assert_eq!((after.balance, after.bonus), (Some(35.51), Some(3.0)));

    let now = chrono::Utc::now().naive_utc();
    let list = h
        .client
        .transactions_list(
            &hash,
            john.id,
            now - chrono::Duration::days(30),
            now + chrono::Duration::minutes(1),
            None,
        )
        .await
        .unwrap();
    let mine: Vec<_> = list
        .iter()
        .filter(|t| t.subtype.as_deref() == Some("partner") && t.kind.as_deref() == Some("payment"))
        .collect();
    let transfer = mine
        .iter()
        .find(|t| t.description.as_deref() == Some("Bank transfer #1"))
        .expect("recorded");
    assert_eq!(
        (transfer.amount, transfer.old_balance, transfer.new_balance),
        (Some(25.5), Some(10.01), Some(35.51))
    );
    let bonus = mine
        .iter()
        .find(|t| t.description.as_deref() == Some("Loyalty bonus"))
        .expect("recorded");
    assert_eq!(
        (bonus.bonus_amount, bonus.old_bonus, bonus.new_bonus),
        (Some(3.0), Some(0.0), Some(3.0))
    );
    let limited = h
        .client
        .transactions_list(
            &hash,
            john.id,
            now - chrono::Duration::days(30),
            now + chrono::Duration::minutes(1),
            Some(1),
        )
        .await
        .unwrap();
    assert_eq!(limited.len(), 1);

    assert_eq!(
        code(
            h.client
                .transactions_list(&hash, john.id, now, now - chrono::Duration::days(1), None)
                .await
        ),
        7
    );
    assert_eq!(
        code(
            h.client
                .transactions_list(&hash, john.id, now - chrono::Duration::days(90), now, None)
                .await
        ),
        211
    );
    assert_eq!(
        code(
            h.client
                .transactions_list(&hash, 987_654, now - chrono::Duration::days(3), now, None)
                .await
        ),
        201
    );
}

#[tokio::test]
async fn demo_history_is_consistent() {
    let h = start().await;
    let hash = h.demo().await;
    let page = h
        .client
        .users_list(
            &hash,
            &ListQuery {
                limit: Some(5),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let now = chrono::Utc::now().naive_utc();
    let mut seen = 0;
    for u in page.list {
        let mut all = Vec::new();
        for month in 0..3 {
            let to = now - chrono::Duration::days(30 * month);
            let from = to - chrono::Duration::days(30);
            let mut chunk = h
                .client
                .transactions_list(&hash, u.id, from, to, None)
                .await
                .unwrap();
            chunk.reverse();
            all.extend(chunk);
        }
        all.reverse();
        for pair in all.windows(2) {
            assert_eq!(pair[0].new_balance, pair[1].old_balance, "balances chain");
        }
        if let Some(last) = all.last() {
            assert_eq!(
                last.new_balance, u.balance,
                "history ends at today's balance"
            );
        }
        seen += all.len();
    }
    assert!(seen > 0);
}

#[tokio::test]
async fn export_writes_xlsx_and_csv_of_the_chosen_columns() {
    let h = start().await;
    let hash = h.demo().await;
    let q = ExportQuery {
        list: ListQuery {
            filter: Some("smith".into()),
            order_by: Some(OrderBy::Login),
            ..Default::default()
        },
        format: None,
        columns: Some(vec![
            "id".into(),
            "login".into(),
            "balance".into(),
            "legal_type".into(),
        ]),
    };
    let file = h.client.users_export(&hash, &q).await.unwrap();
    assert_eq!(file.format, ExportFormat::Xlsx);
    let table = navixy_panel::import::read_table("users.xlsx", &file.bytes).unwrap();
    assert_eq!(
        table.rows[0].cells,
        ["id", "login", "balance", "legal_type"]
    );
    assert!(table.rows.len() > 1);
    assert!(
        table.rows[1..]
            .iter()
            .any(|r| r[1] == "john.smith@example.com" && r[2] == "10.01")
    );

    let csv = h
        .client
        .users_export(
            &hash,
            &ExportQuery {
                format: Some(ExportFormat::Csv),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let table = navixy_panel::import::read_table("users.csv", &csv.bytes).unwrap();
    assert_eq!(
        table.rows[0].cells,
        [
            "id",
            "login",
            "first_name",
            "middle_name",
            "last_name",
            "phone"
        ],
        "default columns"
    );
    assert_eq!(table.rows.len(), 61);

    let bad = ExportQuery {
        columns: Some(vec!["password_hash".into()]),
        ..Default::default()
    };
    let err = h.client.users_export(&hash, &bad).await.unwrap_err();
    assert!(err.api().unwrap().error_for("columns").is_some());
}

#[tokio::test]
async fn session_create_gives_a_user_hash_for_the_user_api() {
    let h = start().await;
    let hash = h.demo().await;
    let abc = h.user_by_login(&hash, "abc.logistics@example.com").await;
    let user = h.client.user_session_create(&hash, abc.id).await.unwrap();
    let info = h.client.user_get_info(&user).await.unwrap();
    let account = info.user_info.unwrap();
    assert_eq!(account.login.as_deref(), Some("abc.logistics@example.com"));
    assert_eq!(account.title.as_deref(), Some("ABC Logistics Inc."));
    assert_eq!(info.paas_id, Some(5001));
    assert_eq!(
        code(h.client.user_session_create(&hash, 987_654).await),
        201
    );
}
